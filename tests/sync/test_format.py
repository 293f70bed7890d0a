"""The bundle format's building blocks: canonical JSON, the strict tar subset, the envelope,
and that standard tools (age, tar) read what we write."""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import tarfile

import pyrage
import pytest
from hypothesis import given, settings, strategies as st

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync import tarstream
from inspector_desk.sync.agestream import check_age_header, decrypt_stream
from inspector_desk.sync.canonical import CanonicalError, canonical, parse_canonical
from inspector_desk.sync.envelope import EnvelopeError, open_envelope, write_envelope
from inspector_desk.sync.payload import ManifestReader, PayloadError


def test_canonical_json_is_the_only_accepted_spelling():
    obj = {"b": [1, "ә"], "a": {"z": None, "y": True}}
    data = canonical(obj)
    assert data == '{"a":{"y":true,"z":null},"b":[1,"ә"]}'.encode()
    assert parse_canonical(data) == obj
    for bad in (b'{"a": 1}', b'{"b":1,"a":2}', b'{"a":1,"a":1}', b'{"a":1.5}', b'[1]',
                b'{"a":NaN}', b'\xff'):
        with pytest.raises(CanonicalError):
            parse_canonical(bad)


def _archive(members: dict[str, bytes]) -> bytes:
    out = b"".join(b"".join(tarstream.write_member(n, len(d), 0, [d])) for n, d in members.items())
    return out + tarstream.END


def test_our_tar_is_read_by_the_standard_library_and_back():
    members = {"manifest.json": b"{}", "records.jsonl": b"x" * 1000, "attachments/a": b""}
    data = _archive(members)
    assert len(data) == tarstream.total_size(len(d) for d in members.values())
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        assert {m.name: tf.extractfile(m).read() for m in tf.getmembers()} == members
    seen: dict[str, bytes] = {}

    class H:
        def begin(self, name, size):
            self.name = name
            seen[name] = b""

        def data(self, chunk):
            seen[self.name] += chunk

        def end(self):
            pass

    r = tarstream.TarReader(H())
    for i in range(0, len(data), 7):  # fed in awkward pieces
        r.feed(data[i:i + 7])
    r.close()
    assert seen == members


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000), st.integers(min_value=0, max_value=10_000))
def test_the_payload_reader_only_raises_its_own_error(noise, cut):
    """Hypothesis mutations of a valid archive: only PayloadError, never anything else."""
    body = b'{"a":1}\n'
    manifest = canonical({"members": [{"name": "records.jsonl", "size": len(body),
                                       "sha256": hashlib.sha256(body).hexdigest()}]}) + b"\n"
    data = bytearray(_archive({"manifest.json": manifest, "records.jsonl": body}))
    for i, b in enumerate(noise[:64]):
        data[(cut + i * 97) % len(data)] ^= b
    reader = ManifestReader(lambda m: None, lambda name: _Null())
    try:
        reader.feed(bytes(data[:cut % (len(data) + 1)]) + noise[64:])
        reader.close()
    except PayloadError:
        pass


class _Null:
    def data(self, chunk):
        pass

    def end(self):
        pass


def test_envelope_round_trip_and_age_interop(tmp_path):
    signer = SigningKey.generate()
    ident = pyrage.x25519.Identity.generate()
    header = {"format": 1, "type": "test"}
    plaintext = [b"a" * 100_000, b"b" * 100_000]
    gen = write_envelope(tmp_path / "t.idb", b"IDB1", header, iter(plaintext), [ident.to_public()], signer)
    consumed = []
    try:
        while True:
            consumed.append(next(gen))
    except StopIteration as stop:
        written = stop.value
    assert consumed[-1] == 200_000 and not list(tmp_path.glob("*.partial"))
    data = written.path.read_bytes()
    assert written.sha512 == hashlib.sha512(data).hexdigest() and written.size == len(data)
    opened = open_envelope(written.path, tmp_path / "copy", b"IDB1", 1 << 30)
    assert opened.header == header and opened.signed_by(signer.public_bytes())
    assert not opened.signed_by(SigningKey.generate().public_bytes())
    out = bytearray()
    with opened.payload() as p:
        decrypt_stream(p, [ident], out.extend)
    assert bytes(out) == b"".join(plaintext)
    with opened.payload() as p:
        assert check_age_header(p.read(4096)).count("X25519") == 1
    with pytest.raises(EnvelopeError):
        open_envelope(written.path, tmp_path / "c2", b"IDU1", 1 << 30)
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command-line tool is not installed (apt-get install age)")
    hlen = struct.unpack(">I", data[4:8])[0]
    (tmp_path / "payload.age").write_bytes(data[8 + hlen:-72])
    (tmp_path / "key.txt").write_text(str(ident) + "\n")
    p = subprocess.run([age, "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "payload.age")],
                       capture_output=True, timeout=30)
    assert p.returncode == 0 and p.stdout == b"".join(plaintext)


def test_a_cancelled_envelope_leaves_nothing(tmp_path):
    ident = pyrage.x25519.Identity.generate()

    def pieces():
        for _ in range(100):
            yield b"z" * 65536

    gen = write_envelope(tmp_path / "t.idb", b"IDB1", {"a": 1}, pieces(), [ident.to_public()],
                         SigningKey.generate())
    next(gen)
    next(gen)
    gen.close()
    assert list(tmp_path.iterdir()) == []


def test_a_failing_source_leaves_nothing(tmp_path):
    ident = pyrage.x25519.Identity.generate()

    def pieces():
        yield b"z" * 65536
        raise RuntimeError("disk read error")

    gen = write_envelope(tmp_path / "t.idb", b"IDB1", {"a": 1}, pieces(), [ident.to_public()],
                         SigningKey.generate())
    with pytest.raises(RuntimeError):
        for _ in gen:
            pass
    assert list(tmp_path.iterdir()) == []
