"""Issue 14, item 3: a request that reuses an enrolled device's id is refused unless
headquarters says so explicitly (``enrol approve --replace-key --reason``): audited in the
HQ audit log, the old key recorded as revoked, and bundles still signed with it refused.
Refusals leave the database unchanged; the real laptop keeps working. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid

import pyrage
import pytest

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.errors import NotFound
from inspector_desk.hq import devices
from inspector_desk.hq.cli import main as hq_main
from inspector_desk.hq.importer import ImportResult, Rejection
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.sync.enrolment import make_request
from inspector_desk.sync.errors import EnrolmentRejected
from tests.sync.fixtures import HQ_PASSPHRASE, export


def forged_request(device_id: str, signer: SigningKey | None = None, login: str = "A-1") -> bytes:
    """A request for ``device_id`` signed by a key of the sender's own choosing."""
    return make_request(request_id=str(uuid.uuid4()), device_id=device_id,
                        signer=signer or SigningKey.generate(),
                        recipient=str(pyrage.x25519.Identity.generate().to_public()),
                        inspector={"name": "X", "login": login, "unit": "", "district": ""},
                        created_at="2026-11-20T10:00:00+05:00", app_version="0.1.0")


def approve(hub, data: bytes, prefix: str = "AAAA", **kw):
    return devices.approve(hub.repo, hub.keys, data, case_prefix=prefix, at=hub.clock.now().isoformat(),
                           actor="test", **kw)


def refused_enrolment(hub, data: bytes, prefix: str = "AAAA", **kw) -> EnrolmentRejected:
    before = hub.dump()
    with pytest.raises(EnrolmentRejected) as e:
        approve(hub, data, prefix, **kw)
    assert e.value.code == "enrolment_device_known", e.value.code
    assert hub.dump() == before
    return e.value


@pytest.fixture
def laptop(hub, make_device, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=1, seed=3)
    return a


def test_a_known_device_id_with_another_key_is_refused(hub, laptop, tmp_path):
    device_id = laptop.actor.device_id
    enrolled = hub.repo.device(device_id)
    err = refused_enrolment(hub, forged_request(device_id))
    assert "--replace-key" in str(err)
    # Not even with a new prefix, nor with --replace-key but no reason.
    refused_enrolment(hub, forged_request(device_id), prefix="ZZZZ")
    refused_enrolment(hub, forged_request(device_id), replace_key=True, reason="  ")
    assert hub.repo.device(device_id) == enrolled
    # The real laptop is still the device: its bundles are imported.
    [b] = export(laptop, tmp_path / "usb")
    [r] = hub.import_(b.path)
    assert isinstance(r, ImportResult), r


def test_a_key_enrolled_under_another_id_is_refused(hub, laptop):
    refused_enrolment(hub, forged_request(str(uuid.uuid4()), signer=laptop.signing_key), prefix="BBBB")


def test_the_same_request_again_reissues_the_enrolment_and_nothing_else(hub, laptop, tmp_path):
    device_id = laptop.actor.device_id
    before = hub.repo.device(device_id)
    req = sync.enrolment_request(laptop, tmp_path).read_bytes()
    row, data = approve(hub, req)
    assert (row.key_id, row.case_prefix, row.status) == (before.key_id, before.case_prefix, "approved")
    assert json.loads(data)["body"]["device_key_id"] == before.key_id
    assert "issued again" in hub.repo.events()[-1][4]
    # The same key asking for another prefix: an enrolled device keeps its prefix.
    refused_enrolment(hub, req, prefix="CCCC")
    # A revoked device's key is never approved again.
    devices.revoke(hub.repo, device_id, "laptop stolen", "t", "test")
    refused_enrolment(hub, req)
    refused_enrolment(hub, req, replace_key=True, reason="found it")


def test_replace_key_is_explicit_audited_and_revokes_the_old_key(hub, laptop, tmp_path):
    device_id = laptop.actor.device_id
    old = hub.repo.device(device_id)
    [b_old] = export(laptop, tmp_path / "before")  # written with the old key, not yet imported
    new_key = SigningKey.generate()
    row, data = approve(hub, forged_request(device_id, new_key), replace_key=True,
                        reason="motherboard replaced, vault restored")
    assert row.key_id == new_key.key_id != old.key_id and row.case_prefix == old.case_prefix
    assert hub.repo.device(device_id).key_id == new_key.key_id
    assert json.loads(data)["body"]["device_key_id"] == new_key.key_id
    # The HQ audit log: the old key revoked (with the reason and who), then the enrolment.
    events = hub.repo.events()
    (at, actor, action, subject, detail), enrol = events[-2], events[-1]
    assert (actor, action, subject) == ("test", "key_revoked", device_id)
    info = json.loads(detail)
    assert info["key_id"] == old.key_id and info["signing_key"] == old.signing_key
    assert info["replaced_by"] == new_key.key_id and info["reason"] == "motherboard replaced, vault restored"
    assert enrol[2] == "enrol" and old.key_id in enrol[4] and "motherboard" in enrol[4]
    assert [k["key_id"] for k in devices.revoked_keys(hub.repo, device_id)] == [old.key_id]
    # A bundle signed with the revoked key: refused with its own reason, nothing stored.
    before = hub.dump()
    [r] = hub.import_(b_old.path)
    assert isinstance(r, Rejection) and r.error.code == "device_key_revoked", r
    assert hub.dump() == before
    # The revoked key is never approved again, whatever the flags.
    old_request = sync.enrolment_request(laptop, tmp_path).read_bytes()
    refused_enrolment(hub, old_request, replace_key=True, reason="put it back")
    refused_enrolment(hub, old_request)


def test_replace_key_for_an_unknown_device_is_an_error(hub):
    before = hub.dump()
    with pytest.raises(NotFound):
        approve(hub, forged_request(str(uuid.uuid4())), prefix="DDDD", replace_key=True, reason="x")
    assert hub.dump() == before


def test_the_command_line_refuses_then_replaces_with_a_reason(hq_home, make_device, tmp_path, capsys):
    a = make_device("a", "A-1")
    req = sync.enrolment_request(a, tmp_path)
    pw = tmp_path / "pw.txt"
    pw.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(hq_home), "--passphrase-file", str(pw), "--lang", "en", "enrol", "approve"]
    assert hq_main([*base, str(req), "--prefix", "AAAA", "--out", str(tmp_path / "a.idenrol")]) == 0
    forged = tmp_path / "forged.idreq"
    forged.write_bytes(forged_request(a.actor.device_id))
    capsys.readouterr()
    assert hq_main([*base, str(forged), "--prefix", "AAAA", "--out", str(tmp_path / "f.idenrol")]) == 2
    err = capsys.readouterr().err
    assert "already enrolled" in err and not (tmp_path / "f.idenrol").exists()
    assert hq_main([*base, str(forged), "--prefix", "AAAA", "--replace-key", "--reason", "new disk",
                    "--out", str(tmp_path / "f.idenrol")]) == 0
    out = capsys.readouterr().out
    assert "new disk" in out and (tmp_path / "f.idenrol").exists()
