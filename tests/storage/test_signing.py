from inspector_desk.keystore.signing import SigningKey, verify


def test_device_key_lives_in_the_vault_and_signs(session, profiles):
    from tests.conftest import PASSPHRASE

    key = session.signing_key
    sig = key.sign(b"record 1 v3")
    assert verify(key.public_bytes(), sig, b"record 1 v3")
    assert not verify(key.public_bytes(), sig, b"record 1 v4")
    assert not verify(SigningKey.generate().public_bytes(), sig, b"record 1 v3")
    public = key.public_bytes()
    session.lock()
    again = profiles.unlock("default", PASSPHRASE)
    assert again.signing_key.public_bytes() == public
    assert len(again.signing_key.key_id) == 16
    folder = profiles.folder("default")
    for f in folder.iterdir():
        if f.is_file():
            assert key.private_bytes() not in f.read_bytes()
    again.lock()
