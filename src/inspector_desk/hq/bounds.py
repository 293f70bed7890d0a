"""The documented limits of a bundle (docs/bundle-format.md, "Limits"; sync/limits.py),
checked on its signed header before anything is decrypted or stored.

hq/header.py checks the header's schema (types, fields); this module checks that the
numbers in it are within what headquarters stores, counts and reports on: a bundle
numbered 2^62 used to be committed, then its device's receipt and ``devices`` failed.
"""

from __future__ import annotations

from typing import Any

from inspector_desk.hq.repo import Repository
from inspector_desk.sync import limits
from inspector_desk.sync.errors import BundleRejected


def out_of_bounds(what: str, **params: Any) -> BundleRejected:
    return BundleRejected("bundle_out_of_bounds", f"{what} is outside the documented limits",
                          field=what, **params)


def check_header_bounds(h: dict[str, Any]) -> None:
    """Every number of a (schema-valid) bundle header within its limit."""
    if not 1 <= h["seq"] <= limits.MAX_SEQ:
        raise out_of_bounds("seq", seq=h["seq"], limit=limits.MAX_SEQ)
    if h["volume"]["count"] > limits.MAX_VOLUMES:
        raise out_of_bounds("volume", limit=limits.MAX_VOLUMES)
    if h["plaintext_size"] > limits.MAX_PLAINTEXT:
        raise out_of_bounds("plaintext_size", limit=limits.MAX_PLAINTEXT)
    if h["schema_version"] > limits.MAX_SCHEMA_VERSION:
        raise out_of_bounds("schema_version")
    if "counts" in h:  # format 1: the content's figures are in clear (format 2: the manifest)
        check_content_bounds(h)


def check_content_bounds(h: dict[str, Any]) -> None:
    """The content's figures (hq/header.py CONTENT) within their limits: a format-1 header's,
    or a format-2 manifest's (checked when it is read, before any record is applied)."""
    counts = h["counts"]
    if any(n > limits.MAX_RECORDS for n in counts.values()) or \
            sum(n for k, n in counts.items() if k != "deleted") > limits.MAX_RECORDS:
        raise out_of_bounds("counts", limit=limits.MAX_RECORDS)
    if h["audit"]["to"] - h["audit"]["from"] > limits.MAX_AUDIT:
        raise out_of_bounds("audit", limit=limits.MAX_AUDIT)
    att = h["attachments"]
    if att["count"] > limits.MAX_ATTACHMENTS or att["bytes"] > limits.MAX_PLAINTEXT:
        raise out_of_bounds("attachments", limit=limits.MAX_ATTACHMENTS)


def highest_seq(repo: Repository, device_id: str) -> int:
    """The highest bundle number headquarters holds from this device (0: none yet)."""
    rows = repo.db.query("SELECT coalesce(max(seq), 0) FROM bundles WHERE device_id = ?", (device_id,))
    return int(rows[0][0])


def check_seq_ahead(repo: Repository, h: dict[str, Any]) -> None:
    """A bundle is numbered at most MAX_SEQ_AHEAD above what headquarters holds from its
    device: numbers are reserved one by one, so a larger jump is not a device at work."""
    top = highest_seq(repo, h["device_id"])
    if h["seq"] > top + limits.MAX_SEQ_AHEAD:
        raise out_of_bounds("seq", seq=h["seq"], highest=top, limit=limits.MAX_SEQ_AHEAD)
