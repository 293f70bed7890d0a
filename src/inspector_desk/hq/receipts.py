"""Signed receipts, one per device: what headquarters holds of its bundles."""

from __future__ import annotations

import uuid
from pathlib import Path

from inspector_desk.hq.gaps import gaps_of
from inspector_desk.hq.importer import quarantined
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.paths import private_dir
from inspector_desk.sync.receipt import MAX_ACCEPTED, make_receipt


def receipt_body(repo: Repository, keys: HqKeys, home: Path, device_id: str, at: str) -> dict:
    bundles = repo.bundles_of(device_id)[-MAX_ACCEPTED:]
    gaps = gaps_of(repo, device_id)
    rejected = [{"file": r.get("file", ""), "seq": r.get("seq") if isinstance(r.get("seq"), int) else 0,
                 "bundle_id": str(r.get("bundle_id") or ""), "reason": r.get("reason", ""),
                 "at": r.get("at", "")} for r in quarantined(home, device_id)][-100:]
    return {"receipt_id": str(uuid.uuid4()), "device_id": device_id, "issued_at": at,
            "hq_key_id": keys.public.signing_key_id, "highest_seq": gaps.highest,
            "accepted": [{"seq": b.seq, "bundle_id": b.bundle_id, "sha512": b.sha512} for b in bundles],
            "missing": gaps.missing, "burned": gaps.burned, "rejected": rejected}


def write_receipt(repo: Repository, keys: HqKeys, home: Path, device_id: str, at: str,
                  dest_dir: Path) -> Path:
    body = receipt_body(repo, keys, home, device_id, at)
    dest_dir = Path(dest_dir)
    private_dir(dest_dir, tighten=False)  # made 0700 if new; the receipt 0600 (write_atomic)
    path = dest_dir / f"idesk-receipt-{device_id[:8]}-{body['highest_seq']:06d}.idr"
    write_atomic(path, make_receipt(body, keys.signer))
    return path
