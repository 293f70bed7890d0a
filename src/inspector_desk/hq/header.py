"""The strict schema of a bundle header (formats 1 and 2). Anything else is refused: a header
with an unknown field or format is a newer format, not something to guess at.

Format 2 (issue 14, item 7) keeps the figures of an inspector's work out of the clear header:
``changes``, ``audit``, ``counts``, ``attachments`` and ``forms`` travel only inside the
encrypted manifest (:data:`CONTENT`), checked by :func:`check_content` when the manifest is
read. Format 1 bundles (written by devices before) carry them in clear and still import."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from inspector_desk.core.kinds import KINDS
from inspector_desk.sync.canonical import HEX16_RE, UUID_RE
from inspector_desk.sync.errors import BundleRejected

HEX128 = re.compile(r"^[0-9a-f]{128}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
FIELDS = {
    "format", "type", "bundle_id", "device_id", "device_key_id", "seq", "prev_seq", "prev_hash",
    "hq_key_id", "escrow_key_id", "created_at", "volume", "changes", "audit", "counts",
    "attachments", "plaintext_size", "schema_version", "forms", "app_version",
}
COUNT_KEYS = {k.name for k in KINDS} | {"deleted"}
CONTENT = ("changes", "audit", "counts", "attachments", "forms")
"""Fields a format-2 bundle carries only in its encrypted manifest (format 1: in clear too)."""
FIELDS_BY_FORMAT = {1: FIELDS, 2: FIELDS - set(CONTENT)}
FORMATS = tuple(FIELDS_BY_FORMAT)


def _int(v: Any, lo: int = 0) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and lo <= v < 2 ** 63


def _ints(d: Any, keys: set[str]) -> bool:
    return isinstance(d, dict) and set(d) == keys and all(_int(d[k]) for k in keys)


def check_header(h: dict[str, Any]) -> None:
    def bad(what: str) -> BundleRejected:
        return BundleRejected("bundle_header_invalid", f"header: {what}")

    fmt = h.get("format")
    if type(fmt) is not int or fmt not in FIELDS_BY_FORMAT or h.get("type") != "bundle":
        raise bad(f"unsupported format {fmt!r} (this headquarters reads formats "
                  f"{', '.join(map(str, FORMATS))}: update it)")
    if set(h) != FIELDS_BY_FORMAT[fmt]:
        raise bad("unexpected or missing fields")
    for k in ("bundle_id", "device_id"):
        if not isinstance(h[k], str) or not UUID_RE.match(h[k]):
            raise bad(k)
    for k in ("device_key_id", "hq_key_id"):
        if not isinstance(h[k], str) or not HEX16_RE.match(h[k]):
            raise bad(k)
    if not isinstance(h["escrow_key_id"], str) or h["escrow_key_id"] and not HEX16_RE.match(h["escrow_key_id"]):
        raise bad("escrow_key_id")
    if not _int(h["seq"], 1) or not _int(h["prev_seq"]) or h["prev_seq"] >= h["seq"]:
        raise bad("seq")
    if not isinstance(h["prev_hash"], str) or not (
            HEX128.match(h["prev_hash"]) if h["prev_seq"] else h["prev_hash"] == ""):
        raise bad("prev_hash")
    try:
        dt.datetime.fromisoformat(h["created_at"])
    except (TypeError, ValueError):
        raise bad("created_at") from None
    v = h["volume"]
    if not _ints(v, {"index", "count"}) or not 1 <= v["index"] <= v["count"]:
        raise bad("volume")
    if not _int(h["plaintext_size"]) or not _int(h["schema_version"], 1):
        raise bad("sizes")
    if not isinstance(h["app_version"], str) or len(h["app_version"]) > 64:
        raise bad("app_version")
    if fmt == 1:
        check_content(h, bad)


def check_content(d: dict[str, Any], bad) -> None:
    """The figures of a bundle's content (:data:`CONTENT`): in a format-1 header, or in a
    format-2 manifest. ``bad(what)`` makes the refusal to raise."""
    if not _ints(d["changes"], {"from", "to"}) or d["changes"]["from"] > d["changes"]["to"]:
        raise bad("changes")
    a = d["audit"]
    if not isinstance(a, dict) or set(a) != {"from", "to", "head_seq", "head_hash"} or \
            not all(_int(a[k]) for k in ("from", "to", "head_seq")) or a["from"] > a["to"] or \
            not isinstance(a["head_hash"], str) or not HEX64.match(a["head_hash"]):
        raise bad("audit")
    if not _ints(d["counts"], COUNT_KEYS):
        raise bad("counts")
    if not _ints(d["attachments"], {"count", "bytes"}):
        raise bad("attachments")
    f = d["forms"]
    if not isinstance(f, dict) or set(f) != {"known", "used"} or not isinstance(f["known"], dict) \
            or not isinstance(f["used"], dict):
        raise bad("forms")
