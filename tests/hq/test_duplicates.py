"""Issue 14, item 4 (headquarters' half): receipts say only the truth. A file imported again
is "already imported" (not a refusal, not quarantined, not in the receipt); only refusals of
files signed by the device itself reach its receipt (an unsigned header can name any
device); a refusal of a bundle imported since is no longer reported. SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json

import pytest

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.hq.cli import main as hq_main
from inspector_desk.hq.importer import AlreadyImported, ImportResult, Rejection, quarantined
from inspector_desk.hq.keys import load_public
from inspector_desk.hq.receipts import receipt_body
from inspector_desk.sync import limits
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.receipt import make_receipt
from tests.hq.test_bounds import Seed, sign, try_import
from tests.hq.test_import import open_case
from tests.sync.fixtures import HQ_PASSPHRASE, export


def rejected_in_receipt(hub, session) -> list[dict]:
    return receipt_body(hub.repo, hub.keys, hub.home, session.actor.device_id, "t")["rejected"]


@pytest.fixture
def device(hub, make_device):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=2, seed=9)
    return a


def _three_bundles(session, folder):
    out = []
    for beat in ("1", "2", "3"):
        session.services.cases.update_case(open_case(session).id, beat=beat)
        out += export(session, folder)
    return out


def test_importing_the_same_folder_twice_changes_nothing_and_refuses_nothing(hub, device, tmp_path):
    inbox = tmp_path / "inbox"
    bundles = _three_bundles(device, inbox)
    first = hub.import_(inbox)
    assert [type(r) for r in first] == [ImportResult] * 3, first
    before = hub.dump()
    again = hub.import_(inbox)
    assert [type(r) for r in again] == [AlreadyImported] * 3, again
    assert sorted(r.seq for r in again) == [b.seq for b in bundles]
    assert all(r.device_id == device.actor.device_id and r.imported_at for r in again)
    # Nothing moved, nothing quarantined, nothing stored, nothing refused in the receipt.
    assert all(b.path.exists() for b in bundles)
    assert quarantined(hub.home) == [] and hub.dump() == before
    assert rejected_in_receipt(hub, device) == []
    result = sync.import_receipt(device, hub.receipt(device))
    assert result.acknowledged == [1, 2, 3] and result.rejected == []


def test_unsigned_headers_naming_a_device_stay_out_of_its_receipt(hub, device, make_device, tmp_path):
    other = make_device("b", "B-2")
    hub.enrol(other, "BBBB")
    [b] = export(device, tmp_path / "usb")
    seed = Seed(hub, device, b.path.read_bytes())
    data = seed.data
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 1
    header = dict(seed.header)
    forgeries = {
        "payload-flipped": (bytes(flipped), "bundle_signature_invalid"),
        "truncated": (data[:-100], "bundle_trailer_invalid"),
        "signed-by-another-device": (sign(other.signing_key, canonical(header), seed.payload),
                                     "bundle_signature_invalid"),
        "another-key-id": (seed.resigned(signer=other.signing_key, device_key_id=other.signing_key.key_id),
                           "bundle_signature_invalid"),
        "other-hq-key": (seed.resigned(signer=other.signing_key, hq_key_id="0123456789abcdef"),
                         "bundle_wrong_hq_key"),
        "bad-schema": (sign(other.signing_key, canonical({**header, "seq": -1}), seed.payload),
                       "bundle_header_invalid"),
    }
    before = hub.dump()
    for name, (bad, code) in forgeries.items():
        r = try_import(hub, tmp_path, bad, f"{name}.idb")
        assert isinstance(r, Rejection) and r.error.code == code and not r.verified, (name, r)
    assert hub.dump() == before
    # Each is in the quarantine with the device its header named, but marked unverified …
    named = quarantined(hub.home, device.actor.device_id)
    assert len(named) == len(forgeries) and not any(q["verified"] for q in named)
    # … so neither the named device's receipt nor anyone else's reports it.
    assert rejected_in_receipt(hub, device) == [] and rejected_in_receipt(hub, other) == []
    # A refusal of a file the device itself signed is a fact about it: reported.
    # (the same number with other content: a device restored from an old backup)
    reused = seed.variant(seq=b.seq, created_at="2026-11-21T10:00:00+05:00")
    assert isinstance(try_import(hub, tmp_path, data, "good.idb"), ImportResult)
    r = try_import(hub, tmp_path, reused, "reused.idb")
    assert isinstance(r, Rejection) and r.error.code == "bundle_seq_reused" and r.verified
    assert r.device_id == device.actor.device_id
    [entry] = rejected_in_receipt(hub, device)
    assert (entry["reason"], entry["seq"], entry["file"]) == ("bundle_seq_reused", b.seq, "reused.idb")
    assert rejected_in_receipt(hub, other) == []
    result = sync.import_receipt(device, hub.receipt(device))
    assert [x["reason"] for x in result.rejected] == ["bundle_seq_reused"]


def test_a_refusal_is_no_longer_reported_once_that_bundle_is_imported(hub, device, tmp_path):
    [b] = export(device, tmp_path / "usb")
    seed = Seed(hub, device, b.path.read_bytes())
    far = seed.variant(seq=limits.MAX_SEQ_AHEAD + 2, prev_seq=0, prev_hash="")
    r = try_import(hub, tmp_path, far, "far.idb")
    assert isinstance(r, Rejection) and r.error.code == "bundle_out_of_bounds" and r.verified
    assert [x["reason"] for x in rejected_in_receipt(hub, device)] == ["bundle_out_of_bounds"]
    # Bundles in between arrive; the same file is now within reach and imported.
    assert isinstance(try_import(hub, tmp_path, seed.variant(seq=5000), "mid.idb"), ImportResult)
    r = try_import(hub, tmp_path, far, "far-again.idb")
    assert isinstance(r, ImportResult), r
    assert rejected_in_receipt(hub, device) == []
    held = {(x.bundle_id, x.sha512) for x in hub.repo.bundles_of(device.actor.device_id)}
    assert (json.loads(far[8:8 + int.from_bytes(far[4:8], "big")])["bundle_id"],
            hashlib.sha512(far).hexdigest()) in held


def test_the_device_does_not_show_replays_or_refusals_of_bundles_it_sees_accepted(hub, device, tmp_path):
    """Receipts from an older headquarters listed a file imported twice as refused."""
    [b] = export(device, tmp_path / "usb")
    [r] = hub.import_(b.path)
    body = receipt_body(hub.repo, hub.keys, hub.home, device.actor.device_id, "2026-11-20T10:00:00+05:00")
    accepted = body["accepted"][0]
    genuine = {"file": "x.idb", "seq": 7, "bundle_id": "00000000-0000-4000-8000-000000000007",
               "reason": "bundle_decrypt_failed", "at": "t"}
    body["rejected"] = [
        {"file": b.path.name, "seq": b.seq, "bundle_id": b.bundle_id, "reason": "bundle_replayed", "at": "t"},
        {"file": "copy.idb", "seq": accepted["seq"], "bundle_id": accepted["bundle_id"],
         "reason": "bundle_trailer_invalid", "at": "t"},
        genuine,
    ]
    path = tmp_path / "old.idr"
    path.write_bytes(make_receipt(body, hub.keys.signer))
    result = sync.import_receipt(device, path)
    assert result.acknowledged == [b.seq] and result.rejected == [genuine]


def test_the_command_line_imports_a_folder_twice_without_a_refusal(hq_home, make_device, tmp_path, capsys):
    a = make_device("a", "A-1")
    generate(a, households=1, seed=4)
    pw = tmp_path / "pw.txt"
    pw.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--home", str(hq_home), "--passphrase-file", str(pw), "--lang", "en"]
    req = sync.enrolment_request(a, tmp_path)
    assert hq_main([*base, "enrol", "approve", str(req), "--prefix", "AAAA",
                    "--out", str(tmp_path / "a.idenrol")]) == 0
    sync.import_enrolment(a, tmp_path / "a.idenrol", expect_hq_key_id=load_public(hq_home).signing_key_id)
    inbox = tmp_path / "inbox"
    export(a, inbox)
    capsys.readouterr()
    assert hq_main([*base, "import", str(inbox), "--receipts", str(tmp_path / "r1")]) == 0
    assert hq_main([*base, "import", str(inbox), "--receipts", str(tmp_path / "r2")]) == 0
    out = capsys.readouterr().out
    assert "already imported" in out and "REFUSED" not in out, out
    [receipt] = (tmp_path / "r2").glob("*.idr")
    assert json.loads(receipt.read_bytes())["body"]["rejected"] == []
    result = sync.import_receipt(a, receipt)
    assert result.acknowledged == [1] and result.rejected == []
