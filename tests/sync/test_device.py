"""The device side: enrolment, receipts and update packs are verified against the pinned
headquarters key before anything changes; received forms and rules survive a restart."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase
from inspector_desk.forms import default_forms_dir
from inspector_desk.hq import updates
from inspector_desk.keystore.signing import SigningKey
from inspector_desk.paths import resource_dir
from inspector_desk.sync.canonical import parse_canonical
from inspector_desk.sync.errors import EnrolmentRejected, NotEnrolled, ReceiptRejected, UpdateRejected
from inspector_desk.sync.receipt import make_receipt
from inspector_desk.sync.updates import PackContent
from tests.sync.fixtures import PASSPHRASE, export


def test_export_needs_enrolment(make_device, tmp_path):
    s = make_device()
    with pytest.raises(NotEnrolled):
        list(sync.export(s, tmp_path))
    assert sync.status(s).enrolled is False


def test_enrolment_checks(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    req = sync.enrolment_request(a, tmp_path)
    from inspector_desk.hq import devices

    _row, data = devices.approve(hub.repo, hub.keys, req.read_bytes(), case_prefix="k7qm", at="t", actor="t")
    path = tmp_path / "a.idenrol"
    path.write_bytes(data)
    fingerprint = hub.keys.public.signing_key_id
    with pytest.raises(EnrolmentRejected) as exc:
        sync.import_enrolment(b, path, expect_hq_key_id=fingerprint)
    assert exc.value.code == "enrolment_wrong_device"
    with pytest.raises(EnrolmentRejected) as exc:
        sync.import_enrolment(a, path, expect_hq_key_id="0000 0000 0000 0000")
    assert exc.value.code == "enrolment_hq_mismatch"
    tampered = parse_canonical(data)
    tampered["body"]["case_prefix"] = "ZZZZ"
    path.write_bytes(json.dumps(tampered, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":")).encode())
    with pytest.raises(EnrolmentRejected) as exc:
        sync.import_enrolment(a, path, expect_hq_key_id=fingerprint)
    assert exc.value.code == "enrolment_signature_invalid"
    # The prefix is unique across devices.
    req_b = sync.enrolment_request(b, tmp_path / "b.idreq")
    with pytest.raises(EnrolmentRejected) as exc:
        devices.approve(hub.repo, hub.keys, req_b.read_bytes(), case_prefix="K7QM", at="t", actor="t")
    assert exc.value.code == "enrolment_prefix_taken"
    path.write_bytes(data)
    e = sync.import_enrolment(a, path, expect_hq_key_id=hub.keys.public.signing_key_id)
    assert e.case_prefix == "K7QM" and a.actor.case_prefix == "K7QM"
    # The enrolment, prefix and escrow outlive the session.
    a.lock()
    again = a.profiles.unlock("default", PASSPHRASE)
    try:
        assert again.actor.case_prefix == "K7QM"
        assert again.keyfile.escrow["recovery_key_id"] == hub.keys.public.recovery_key_id
        cid = again.services.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="111").created
        assert again.store.get(FamilyCase, cid).case_no.startswith("K7QM-")
    finally:
        again.lock()


def test_receipts_must_come_from_headquarters_for_this_device(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a = make_device()
    hub.enrol(a, "K7QM")
    generate(a, households=2, seed=1)
    [b] = export(a, tmp_path / "usb")
    hub.import_(b.path)
    real = hub.receipt(a).read_bytes()
    body = parse_canonical(real)["body"]
    forged = tmp_path / "forged.idr"
    forged.write_bytes(make_receipt(body, SigningKey.generate()))
    with pytest.raises(ReceiptRejected) as exc:
        sync.import_receipt(a, forged)
    assert exc.value.code == "receipt_signature_invalid"
    other = tmp_path / "other.idr"
    other.write_bytes(make_receipt({**body, "device_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12},
                                   hub.keys.signer))
    with pytest.raises(ReceiptRejected) as exc:
        sync.import_receipt(a, other)
    assert exc.value.code == "receipt_wrong_device"
    assert sync.status(a).acknowledged_bundle == 0
    # A receipt naming a bundle this device did not write (wrong hash) acknowledges nothing.
    wrong = tmp_path / "wrong.idr"
    wrong.write_bytes(make_receipt({**body, "accepted": [{**body["accepted"][0], "sha512": "0" * 128}]},
                                   hub.keys.signer))
    r = sync.import_receipt(a, wrong)
    assert r.acknowledged == [] and r.unmatched == [1] and r.acked_change == 0
    good = tmp_path / "good.idr"
    good.write_bytes(real)
    assert sync.import_receipt(a, good).acknowledged == [1]
    assert sync.import_receipt(a, good).already_imported


NEXT = max(int(p.name.split(".v")[1].split(".")[0])
           for p in default_forms_dir().glob("prevention_visit.v*.yaml")) + 1


def _visit_v2() -> str:
    """The next version of the visit form, as headquarters would send it."""
    data = yaml.safe_load((default_forms_dir() / "prevention_visit.v1.yaml").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["version"] = NEXT
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_update_pack_brings_forms_and_rules_that_survive_a_restart(sqlite_hub, make_device, tmp_path, forms):
    hub = sqlite_hub
    a = make_device()
    hub.enrol(a, "K7QM")
    rules = json.loads((resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8"))
    rules["rules_version"] = "2027-01"
    content = PackContent(forms=[("prevention_visit", NEXT, _visit_v2().encode())],
                          rules=json.dumps(rules, ensure_ascii=False).encode())
    pack = updates.issue(hub.repo, hub.keys, a.actor.device_id, content, tmp_path / "packs", "t", "t")
    shared_before = forms.registry.versions("prevention_visit")
    r = sync.import_update(a, pack)
    assert r.forms == [f"prevention_visit.v{NEXT}"] and r.rules_changed
    assert a.forms.latest_version("prevention_visit") == NEXT
    assert a.services.rules.rules_version == "2027-01"
    assert forms.registry.versions("prevention_visit") == shared_before, "the shared registry is untouched"
    with pytest.raises(UpdateRejected) as exc:
        sync.import_update(a, pack)
    assert exc.value.code == "update_replayed"
    a.lock()
    again = a.profiles.unlock("default", PASSPHRASE)
    try:
        assert again.forms.latest_version("prevention_visit") == NEXT
        assert again.services.rules.rules_version == "2027-01"
    finally:
        again.lock()


def test_update_packs_not_from_headquarters_or_not_for_us_are_refused(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    content = PackContent(forms=[("prevention_visit", NEXT, _visit_v2().encode())])
    for_b = updates.issue(hub.repo, hub.keys, b.actor.device_id, content, tmp_path / "p", "t", "t")
    with pytest.raises(UpdateRejected) as exc:
        sync.import_update(a, for_b)
    assert exc.value.code == "update_wrong_device"
    # Signed by someone else (here: a device key) with headquarters' key id in the header.
    from inspector_desk.sync.updates import write_pack

    header = {"format": 1, "type": "update", "pack_id": "00000000-0000-4000-8000-000000000001",
              "device_id": a.actor.device_id, "seq": 1, "hq_key_id": hub.keys.public.signing_key_id,
              "created_at": "t"}
    forged = write_pack(tmp_path / "forged.idu", header, content,
                        a.store.meta("sync.device_age_identity") and
                        str(__import__("pyrage").x25519.Identity.from_str(
                            a.store.meta("sync.device_age_identity")).to_public()),
                        b.signing_key)
    with pytest.raises(UpdateRejected) as exc:
        sync.import_update(a, forged.path)
    assert exc.value.code == "update_signature_invalid"
    # A flipped bit anywhere: refused, nothing applied.
    good = updates.issue(hub.repo, hub.keys, a.actor.device_id, content, tmp_path / "p", "t", "t")
    data = good.read_bytes()
    for off in (2, 20, len(data) // 2, len(data) - 30):
        bad = bytearray(data)
        bad[off] ^= 4
        p = tmp_path / f"bad{off}.idu"
        p.write_bytes(bytes(bad))
        with pytest.raises(UpdateRejected):
            sync.import_update(a, p)
    assert a.forms.latest_version("prevention_visit") == NEXT - 1
    assert sync.import_update(a, good).forms == [f"prevention_visit.v{NEXT}"]


def test_received_case_is_not_sent_back_unless_changed(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    generate(a, households=2, seed=9)
    case = next(c for c in a.store.find(FamilyCase) if c.status != "closed")
    [ba] = export(a, tmp_path / "a")
    hub.import_(ba.path)
    packs = updates.reassign(hub.repo, hub.keys, case.case_no, b.actor.device_id, tmp_path / "p",
                             hub.clock.now().isoformat(), "t")
    before = sync.status(b).unsent_changes
    sync.import_update(b, packs[0])
    assert sync.status(b).unsent_changes == before  # received records are not b's news
    assert b.services.cases.due(inspector="B-2", horizon_days=365), "the case is on B's due list"
    # The old holder learns the case moved.
    sync.import_update(a, packs[1])
    assert a.store.get(FamilyCase, case.id).inspector == "B-2"


# --- first enrolment: headquarters' fingerprint, never trust on first use (issue 13, item 10) --


def _not_enrolled(session, escrow_before, prefix_before) -> None:
    from inspector_desk.sync.outbox import ENROLMENT

    assert session.store.meta(ENROLMENT) is None and session.store.meta("case_prefix") is None
    assert sync.status(session).enrolled is False and session.actor.case_prefix == prefix_before
    assert not [e for e in session.store.audit_entries() if e.kind == "enrolment"]
    assert session.profiles.load_keyfile("default").escrow == escrow_before


def test_first_enrolment_needs_the_real_headquarters_fingerprint(sqlite_hub, make_device, tmp_path):
    from inspector_desk.core.errors import HqFingerprintRequired
    from inspector_desk.sync.enrolment import read_enrolment
    from tests.sync.forged_hq import forge_enrolment

    hub = sqlite_hub
    real = hub.keys.public.signing_key_id
    a = make_device()
    escrow, prefix = a.profiles.load_keyfile("default").escrow, a.actor.case_prefix
    req = sync.enrolment_request(a, tmp_path)
    forged, forger = forge_enrolment(req.read_bytes())
    assert forger != real
    fake = tmp_path / "forged.idenrol"
    fake.write_bytes(forged)
    full = {"profiles": a.profiles, "passphrase": PASSPHRASE}
    # (b) No fingerprint: refused before the file is even read, whatever the caller.
    for missing in (None, "", "   "):
        with pytest.raises(HqFingerprintRequired) as exc:
            sync.import_enrolment(a, fake, expect_hq_key_id=missing, **full)
        assert exc.value.code == "hq_fingerprint_required"
        _not_enrolled(a, escrow, prefix)
    with pytest.raises(HqFingerprintRequired):  # the layer below refuses too
        read_enrolment(forged, device_id=a.actor.device_id, device_key=a.signing_key.public_bytes())
    # (a) The forger's file checked against the real headquarters' fingerprint.
    with pytest.raises(EnrolmentRejected) as exc:
        sync.import_enrolment(a, fake, expect_hq_key_id=real, **full)
    assert exc.value.code == "enrolment_hq_mismatch"
    _not_enrolled(a, escrow, prefix)
    # The forged file would have passed on the forger's own fingerprint: the letter is the check.
    _row, genuine = devices_approve(hub, req)
    good = tmp_path / "genuine.idenrol"
    good.write_bytes(genuine)
    with pytest.raises(HqFingerprintRequired):  # even the genuine file needs it the first time
        sync.import_enrolment(a, good, **full)
    e = sync.import_enrolment(a, good, expect_hq_key_id=" ".join([real[:4], real[4:8], real[8:12],
                                                                   real[12:]]).upper(), **full)
    assert e.hq.signing_key_id == real and sync.status(a).enrolled
    # Re-enrolment: compared with the pinned key, so no fingerprint is needed, and a forger
    # is refused without one.
    assert sync.import_enrolment(a, good).case_prefix == "K7QM"
    with pytest.raises(EnrolmentRejected) as exc:
        sync.import_enrolment(a, fake)
    assert exc.value.code == "enrolment_signature_invalid"
    assert sync.status(a).enrolled and a.actor.case_prefix == "K7QM"


def devices_approve(hub, req):
    from inspector_desk.hq import devices

    return devices.approve(hub.repo, hub.keys, req.read_bytes(), case_prefix="K7QM", at="t", actor="t")
