"""Receipts: headquarters tells a device which of its bundles it holds.

A receipt (``*.idr``) is a signed document (sync/canonical.py) of type
``idesk-receipt/1``; body::

    receipt_id, device_id, issued_at, hq_key_id,
    highest_seq            the highest bundle number imported from this device
    accepted: [{seq, bundle_id, sha512}]   bundles imported (the most recent 1,000)
    missing:  [seq]        numbers below highest_seq never received (the most recent 1,000)
    burned:   [seq]        numbers reserved and never written (the most recent 1,000)
    rejected: [{file, seq, bundle_id, reason, at}]   refused files whose signature headquarters
                           verified with this device's key (the most recent 100)
    held:     [{seq, bundle_id, record_id, kind, version, reason, at}]   changes not applied

The device checks the signature against the headquarters key it pinned at enrolment,
matches every accepted entry with a bundle it wrote (number *and* hash), and only then
moves its acknowledged positions; a retention policy may purge behind them. A refusal of a
bundle the same receipt lists as accepted, or one an older headquarters wrote for a file
imported twice (``bundle_replayed``), is not a refusal and is not shown.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from inspector_desk.keystore.signing import SigningKey
from inspector_desk.storage.store import VaultStore
from inspector_desk.sync.canonical import check_signature, read_document, require, sign_document
from inspector_desk.sync.errors import ReceiptRejected
from inspector_desk.sync.limits import MAX_SEQ
from inspector_desk.sync.outbox import Outbox

RECEIPT_TYPE = "idesk-receipt/1"
MAX_ACCEPTED = 1000
MAX_LISTED = 1000    # missing, burned
MAX_REJECTED = 100
NOT_REFUSALS = {"bundle_replayed"}


def make_receipt(body: dict[str, Any], signer: SigningKey) -> bytes:
    return sign_document(RECEIPT_TYPE, body, signer)


@dataclass
class ReceiptResult:
    receipt_id: str
    acknowledged: list[int]        # bundle numbers newly acknowledged
    acked_change: int              # change-log position headquarters now holds
    acked_audit: int
    unmatched: list[int] = field(default_factory=list)  # accepted numbers this device did not write
    missing: list[int] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    purged: int = 0
    already_imported: bool = False
    held: list[dict[str, Any]] = field(default_factory=list)  # changes headquarters did not apply


RetentionPolicy = Callable[[VaultStore, int], int]
"""Called with the acknowledged change-log position after a receipt; returns how many
records it purged. The default keeps everything (docs/bundle-format.md, "Retention")."""


def keep_everything(store: VaultStore, acked_change: int) -> int:
    return 0


def read_receipt(data: bytes, hq_signing_key: bytes, device_id: str) -> dict[str, Any]:
    fail = lambda m: ReceiptRejected("receipt_malformed", m)  # noqa: E731
    doc = read_document(data, RECEIPT_TYPE, fail)
    if not check_signature(doc, hq_signing_key):
        raise ReceiptRejected("receipt_signature_invalid", "the receipt is not signed by headquarters")
    body = doc["body"]
    require(body, {"receipt_id": str, "device_id": str, "issued_at": str, "highest_seq": int,
                   "accepted": list, "missing": list, "rejected": list}, fail)
    if body["device_id"] != device_id:
        raise ReceiptRejected("receipt_wrong_device", "the receipt is for another device")
    for a in body["accepted"]:
        require(a if isinstance(a, dict) else {}, {"seq": int, "bundle_id": str, "sha512": str}, fail)
    if not all(0 <= n <= MAX_SEQ for n in [body["highest_seq"], *(a["seq"] for a in body["accepted"])]):
        raise fail("a bundle number out of range")  # docs/bundle-format.md, "Limits"
    if len(body["accepted"]) > MAX_ACCEPTED or len(body["missing"]) > MAX_LISTED \
            or len(body["rejected"]) > MAX_REJECTED:
        raise fail("a list longer than the format allows")
    if not all(isinstance(r, dict) for r in body["rejected"]):
        raise fail("a refusal that is not an object")
    return body


def refusals(body: dict[str, Any], matched: set[int]) -> list[dict[str, Any]]:
    """The refusals worth showing: not a file imported twice (older headquarters listed it
    as ``bundle_replayed``), not a bundle this receipt also lists as accepted and matched
    with one this device wrote."""
    accepted = {(a["seq"], a["bundle_id"]) for a in body["accepted"] if a["seq"] in matched}
    return [r for r in body["rejected"]
            if r.get("reason") not in NOT_REFUSALS and (r.get("seq"), r.get("bundle_id")) not in accepted]


def _skip_past(store: VaultStore, highest: int, at: str) -> None:
    """Headquarters holds a bundle numbered higher than any this vault knows: the vault was
    restored from an older backup. Burn the numbers up to it so the next bundle does not
    reuse one (headquarters would refuse it as ``bundle_seq_reused``)."""
    mine = store.conn.execute("SELECT coalesce(max(seq), 0) FROM sync_exports").fetchone()[0]
    if highest > mine:
        store.conn.execute("INSERT INTO sync_exports (seq, bundle_id, state, reserved_at) "
                           "VALUES (?, ?, 'reserved', ?)", (highest, str(uuid.uuid4()), at))


def apply_receipt(store: VaultStore, data: bytes, at: str, actor: str, device_id: str,
                  retention: RetentionPolicy = keep_everything) -> ReceiptResult:
    """Verify a receipt and mark what it covers acknowledged, in one transaction."""
    out = Outbox(store)
    enrol = out.require_enrolment()
    body = read_receipt(data, enrol.hq.signing_public, device_id)
    mine = {r.seq: r for r in out.exports() if r.state != "reserved"}
    matched, unmatched = set(), []
    for a in body["accepted"]:
        row = mine.get(a["seq"])
        if row and row.sha512 == a["sha512"] and row.bundle_id == a["bundle_id"]:
            matched.add(a["seq"])
        else:
            unmatched.append(a["seq"])
    with store.transaction():
        seen = store.conn.execute("SELECT 1 FROM sync_receipts WHERE receipt_id = ?",
                                  (body["receipt_id"],)).fetchone() is not None
        newly = sorted(s for s in matched if mine[s].state == "written")
        change, audit, _top = out.acknowledge(matched, at)
        _skip_past(store, body["highest_seq"], at)
        if not seen:
            store.conn.execute("INSERT INTO sync_receipts (receipt_id, issued_at, imported_at, body) "
                               "VALUES (?, ?, ?, ?)", (body["receipt_id"], body["issued_at"], at,
                                                       json.dumps(body, ensure_ascii=False)))
            store.append_audit(actor, device_id, "import", "receipt", body["receipt_id"],
                               f"acknowledged {len(newly)} bundle(s)")
        purged = retention(store, change)
    return ReceiptResult(body["receipt_id"], newly, change, audit, sorted(unmatched),
                         list(body["missing"]), refusals(body, matched), purged, seen,
                         _held(body.get("held", [])))


def _held(entries: Any) -> list[dict[str, Any]]:
    """The receipt's ``held`` list (changes headquarters kept aside), well-formed entries only."""
    spec = {"seq": int, "record_id": str, "kind": str, "reason": str}
    return [e for e in entries if isinstance(e, dict) and all(isinstance(e.get(k), t) for k, t in spec.items())] \
        if isinstance(entries, list) else []
