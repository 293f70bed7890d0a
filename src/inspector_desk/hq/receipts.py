"""Signed receipts, one per device: what headquarters holds of its bundles.

A receipt says only what the device's own signature backs: the bundles imported, the
numbers missing or burned, and the refusals of files *signed by this device* (a header
without a valid signature can name any device). A file imported again is not a refusal,
and a refusal of a bundle headquarters has since imported is no longer reported."""

from __future__ import annotations

import uuid
from pathlib import Path

from inspector_desk.hq.gaps import gaps_of
from inspector_desk.hq.importer import quarantined
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.paths import private_dir
from inspector_desk.sync.receipt import MAX_ACCEPTED, MAX_LISTED, MAX_REJECTED, make_receipt

NOT_REFUSALS = {"bundle_replayed"}  # written by older versions for a file imported twice


def receipt_body(repo: Repository, keys: HqKeys, home: Path, device_id: str, at: str) -> dict:
    held = repo.bundles_of(device_id)
    bundles = held[-MAX_ACCEPTED:]
    held_files = {(b.bundle_id, b.sha512) for b in held}
    gaps = gaps_of(repo, device_id)
    rejected = [{"file": str(r.get("file", "")), "seq": r.get("seq") if _is_int(r.get("seq")) else 0,
                 "bundle_id": str(r.get("bundle_id") or ""), "reason": str(r.get("reason", "")),
                 "at": str(r.get("at", ""))}
                for r in quarantined(home, device_id, verified_only=True)
                if r.get("reason") not in NOT_REFUSALS
                and (r.get("bundle_id"), r.get("sha512")) not in held_files]
    return {"receipt_id": str(uuid.uuid4()), "device_id": device_id, "issued_at": at,
            "hq_key_id": keys.public.signing_key_id, "highest_seq": gaps.highest,
            "accepted": [{"seq": b.seq, "bundle_id": b.bundle_id, "sha512": b.sha512} for b in bundles],
            "missing": gaps.missing[-MAX_LISTED:], "burned": gaps.burned[-MAX_LISTED:],
            "rejected": rejected[-MAX_REJECTED:], "held": held_entries(repo, device_id)}


def held_entries(repo: Repository, device_id: str) -> list[dict]:
    """Changes of this device headquarters did not apply (hq/authority.py), newest 100."""
    return [{"seq": h.seq, "bundle_id": h.bundle_id, "record_id": h.record_id, "kind": h.kind,
             "version": h.version, "reason": h.reason, "at": h.held_at}
            for _id, h in repo.held_of(device_id)][-100:]


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def write_receipt(repo: Repository, keys: HqKeys, home: Path, device_id: str, at: str,
                  dest_dir: Path) -> Path:
    body = receipt_body(repo, keys, home, device_id, at)
    dest_dir = Path(dest_dir)
    private_dir(dest_dir, tighten=False)  # made 0700 if new; the receipt 0600 (write_atomic)
    path = dest_dir / f"idesk-receipt-{device_id[:8]}-{body['highest_seq']:06d}.idr"
    write_atomic(path, make_receipt(body, keys.signer))
    return path
