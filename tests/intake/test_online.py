"""Online sync against the real service (tests/intake/conftest.py): upload, receipt and
update packs in one exchange, idempotency, conflicts, refusals, the pin, resumption."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from inspector_desk.app import online, sync
from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase
from inspector_desk.hq import devices as hq_devices, updates as hq_updates
from inspector_desk.sync.online import IntakeClient, IntakePinMismatch, file_sha512
from inspector_desk.sync.updates import PackContent


def open_case(session) -> FamilyCase:
    return next(c for c in session.store.find(FamilyCase) if c.status != "closed")


def attach(session, size: int) -> None:
    case = open_case(session)
    session.services.records.attach(case.id, record_kind="case", record_id=case.id, filename="scan.jpg",
                            mime="image/jpeg", stream=io.BytesIO(os.urandom(size)))


def records_at_hq(site) -> dict:
    return {rid: v for rid, v in site.repo.db.query("SELECT record_id, version FROM records")}


def test_send_stores_acknowledges_and_takes_update_packs(site, make_device):
    s = make_device()
    site.enrol(s, "K7QM")
    generate(s, households=3, seed=5)
    attach(s, 300_000)
    # An update pack headquarters wrote for this device travels back in the same exchange.
    dev = site.repo.device(s.actor.device_id)
    rules = (Path(__file__).resolve().parents[2] / "resources" / "rules" / "followup.json")
    hq_updates.issue(site.repo, site.keys, dev.device_id, hq_updates.content_from_files(rules=rules),
                     site.home / "outbox" / "updates", "2026-11-20T11:00:00+05:00", "test")

    r = online.run(online.send(s))
    assert r.sent == [1] and r.exported == [1] and r.set_aside == [] and r.already == []
    assert r.acknowledged == [1] and r.packs == [1]
    st = sync.status(s)
    assert st.unsent_changes == 0 and st.acknowledged_bundle == 1
    assert len(records_at_hq(site)) == sum(1 for _ in _records(s))
    assert online.pending(s) == []  # the acknowledged file is gone from the outbox
    # Nothing new: a second exchange sends nothing and applies nothing again.
    again = online.run(online.send(s))
    assert again.sent == [] and again.exported == [] and again.packs == [] and again.bytes_sent == 0


def _records(session):
    from inspector_desk.storage.store import TABLES

    for table in TABLES.values():
        yield from session.store.conn.execute(f"SELECT id FROM {table}")


def test_same_bundle_twice_is_already_stored_and_other_bytes_conflict(make_site, make_device, tmp_path):
    site = make_site("sqlite")
    s = make_device()
    site.enrol(s, "K7QM")
    generate(s, households=2, seed=2)
    job = sync.export(s, online.outbox_folder(s))
    for _ in job:
        pass
    [b] = job.result
    sha = b.sha512
    with online.client_for(s) as c:
        c.health()
        answer = online.run(c.upload(1, b.path, sha, 0))
        assert answer.status == 200 and answer.json()["state"] == "stored"
        again = online.run(c.upload(1, b.path, sha, 0))
        assert again.status == 200 and again.json()["state"] == "already_stored"
        assert c.offset(1, sha, b.size) == ("stored", b.size)
        # Other bytes under number 1 (a vault restored from an old backup writes its own #1):
        other = tmp_path / "other.idb"
        data = b.path.read_bytes()
        other.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))  # (a last byte of 0 once made "\0" the same)
        other_sha = file_sha512(other)
        assert c.offset(1, other_sha, b.size)[0] == "conflict"
        refused = online.run(c.upload(1, other, other_sha, 0))
        assert refused.status == 409 and refused.json()["code"] == "bundle_seq_reused"
    assert site.repo.bundle_at(s.actor.device_id, 1).sha512 == sha  # never overwritten
    n = site.repo.db.query("SELECT count(*) FROM bundles")[0][0]
    assert n == 1


def test_refused_bundle_is_set_aside_with_its_reason(make_site, make_device):
    site = make_site("sqlite")
    s = make_device()
    site.enrol(s, "K7QM")
    generate(s, households=2, seed=4)
    job = sync.export(s, online.outbox_folder(s))
    for _ in job:
        pass
    [b] = job.result
    # Damage the payload (the signature no longer holds): headquarters refuses it for good.
    data = bytearray(b.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    b.path.write_bytes(bytes(data))
    with s.store.transaction():  # the vault's record of the file follows the damaged bytes
        s.store.conn.execute("UPDATE sync_exports SET sha512 = ? WHERE seq = 1", (file_sha512(b.path),))
    r = online.run(online.send(s, export_new=False))
    assert [a.seq for a in r.set_aside] == [1] and r.set_aside[0].reason == "bundle_signature_invalid"
    assert online.pending(s) == [] and [a.reason for a in online.set_aside_list(s)] == ["bundle_signature_invalid"]
    assert (online.outbox_folder(s) / "refused" / b.path.name).exists()
    assert site.repo.db.query("SELECT count(*) FROM bundles")[0][0] == 0
    # The receipt it brought back names the refusal (headquarters verified nothing wrong
    # about the device: the signature failed, so the refusal is not in the receipt).
    assert r.receipts


def test_pin_mismatch_is_refused_before_anything_is_sent(make_site, make_device):
    site = make_site("sqlite")
    s = make_device()
    site.enrol(s, "K7QM")
    url, pin = online.intake_address(s)
    wrong = ("0" if pin[0] != "0" else "1") + pin[1:]
    c = IntakeClient(url, wrong, s.actor.device_id, s.signing_key)
    with pytest.raises(IntakePinMismatch):
        c.health()
    assert c.sent == 0
    # Another server on the same address with its own certificate: refused too.
    site.server.stop()
    other = site.home / "other"
    other.mkdir()
    from inspector_desk.hq.intake import tls

    tls.make_certificate(other, ["127.0.0.1"])
    (site.home / "intake" / "tls-key.pem").write_bytes((other / "intake" / "tls-key.pem").read_bytes())
    (site.home / "intake" / "tls-cert.pem").write_bytes((other / "intake" / "tls-cert.pem").read_bytes())
    site.server.start()
    generate(s, households=1, seed=1)
    with pytest.raises(IntakePinMismatch):
        online.run(online.send(s))
    assert site.repo.db.query("SELECT count(*) FROM bundles")[0][0] == 0


def test_revoked_device_is_refused(make_site, make_device):
    site = make_site("sqlite")
    s = make_device()
    site.enrol(s, "K7QM")
    hq_devices.revoke(site.repo, s.actor.device_id, "stolen", "2026-11-20T12:00:00+05:00", "test")
    generate(s, households=1, seed=1)
    from inspector_desk.sync.online import IntakeAuthRefused

    with pytest.raises(IntakeAuthRefused) as e:
        online.run(online.send(s))
    assert e.value.params["reason"] == "device_revoked" and not e.value.transient


def test_too_large_is_413_with_the_limit(make_site, make_device):
    site = make_site("sqlite", "--max-size", "200000")
    s = make_device()
    site.enrol(s, "K7QM")
    generate(s, households=2, seed=2)
    attach(s, 400_000)
    r = online.run(online.send(s))
    assert [a.reason for a in r.set_aside] == ["intake_too_large"]
    with online.client_for(s) as c:
        c.health()
        f = online.outbox_folder(s) / "refused" / r.set_aside[0].file
        answer = online.run(c.upload(1, f, file_sha512(f), 0))
    assert answer.status == 413 and answer.json()["limit"] == 200000


def test_inspector_desk_send_on_the_command_line(make_site, cli, tmp_path):
    """The real ``inspector-desk send`` in a subprocess, its vault enrolled with the pin."""
    site = make_site("sqlite")
    cli("init", "--name", "Тест", "--badge", "T-1", "--district", "Есиль")
    cli("enrol", "request", "--to", str(tmp_path))
    [req] = tmp_path.glob("*.idreq")
    from inspector_desk.hq.intake.tls import enrolment_intake

    _row, data = hq_devices.approve(site.repo, site.keys, req.read_bytes(), case_prefix="T1",
                                    at="2026-11-20T10:00:00+05:00", actor="test",
                                    intake=enrolment_intake(site.home))
    (tmp_path / "e.idenrol").write_bytes(data)
    cli("enrol", "import", str(tmp_path / "e.idenrol"), "--hq-fingerprint", site.keys.public.signing_key_id)
    cli("demo", "--households", "2")
    cli("send")
    assert site.repo.db.query("SELECT count(*) FROM bundles")[0][0] == 1
    again = cli("send")  # acknowledged: nothing new is exported or sent
    assert again.returncode == 0
    assert site.repo.db.query("SELECT count(*) FROM bundles")[0][0] == 1
    site.server.stop()
    p = cli("send", ok=False)  # headquarters away: one line, exit 2, no traceback
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1


def test_busy_is_503_with_retry_after_and_the_bundle_stays_pending(make_site, make_device):
    site = make_site("sqlite", "--max-uploads", "0", "--retry-after", "7")
    status, health = site.server.health()
    assert status == 200 and health["status"] == "ok" and health["max_bundle"] > 0
    s = make_device()
    site.enrol(s, "K7QM")
    generate(s, households=1, seed=9)
    from inspector_desk.sync.online import Backoff, IntakeBusy

    with pytest.raises(IntakeBusy) as e:
        online.run(online.send(s))
    assert e.value.transient and e.value.params["retry_after"] == 7
    assert [seq for seq, _p, _h in online.pending(s)] == [1] and online.set_aside_list(s) == []
    b = Backoff(base=1.0)
    assert b.failed(e.value.params["retry_after"]) >= 7  # never sooner than headquarters asks
    assert site.repo.db.query("SELECT count(*) FROM bundles")[0][0] == 0
