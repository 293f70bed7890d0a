"""What every fuzz test of tests/fuzz/ shares: how many examples, the contract a reader must
keep on hostile input (a typed error or a result; no hang; bounded memory), and the
mutations (bytes, and fields of parsed JSON).

Examples per test: the CI-sized number written beside each test, or
``INSPECTOR_DESK_FUZZ_EXAMPLES`` for all of them (``INSPECTOR_DESK_FUZZ_EXAMPLES=5000``
for a long run; see docs/fuzzing-notes.md). ``INSPECTOR_DESK_FUZZ_REPORT=path.json`` writes
the figures (examples, outcomes, slowest example, peak memory per reader) at the end.
"""

from __future__ import annotations

import copy
import json
import os
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from inspector_desk.core.errors import InspectorDeskError

MiB = 1 << 20
TIME_LIMIT_S = float(os.environ.get("INSPECTOR_DESK_FUZZ_TIME_LIMIT", "5"))
"""No single input may take longer (SECURITY.md T12: "no input over 5 s")."""

TYPED: tuple[type[BaseException], ...] = (InspectorDeskError,)
"""The program's typed errors: every refusal class (BundleRejected, ReceiptRejected,
UpdateRejected, EnrolmentRejected, RecoveryRejected), VaultError, FormError ... derive from it."""


def examples(ci: int, cap: int | None = None) -> int:
    n = int(os.environ.get("INSPECTOR_DESK_FUZZ_EXAMPLES") or ci)
    return min(n, cap) if cap else n


def fuzz_settings(ci: int, cap: int | None = None, **kw: Any) -> settings:
    """Hypothesis settings of a fuzz test: ``ci`` examples by default. The deadline is our
    own wall-clock check (:func:`call`), which reports the input; Hypothesis' own deadline is
    off because the first example of a test also pays for imports and caches. ``cap`` bounds
    a long run for tests whose every example costs seconds (age's scrypt)."""
    return settings(max_examples=examples(ci, cap), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example,
                                           HealthCheck.filter_too_much],
                    **kw)


@dataclass
class ReaderStats:
    examples: int = 0
    outcomes: Counter = field(default_factory=Counter)
    slowest_s: float = 0.0
    peak_bytes: int = 0
    largest_input: int = 0


STATS: dict[str, ReaderStats] = {}


def memory_bound(size: int) -> int:
    """The memory one input may take: a constant plus a small multiple of its size (JSON
    parsed into Python objects takes ~10-20x its bytes; binary files are streamed)."""
    return 24 * MiB + 24 * size


def call(reader: str, fn: Callable[[], Any], *, size: int, typed: tuple[type[BaseException], ...] = TYPED,
         limit_s: float = TIME_LIMIT_S, bound: int | None = None,
         classify: Callable[[Any], str] | None = None) -> Any:
    """Run ``fn`` (a reader on one hostile input of ``size`` bytes) under the contract:

    * it returns, or raises one of ``typed``; anything else propagates and fails the test
      (Hypothesis then shrinks the input and prints it);
    * it takes under ``limit_s`` seconds;
    * the process's memory grows by at most :func:`memory_bound`: its peak resident size
      (Linux ``VmHWM``, reset before each input through ``/proc/self/clear_refs``) minus its
      resident size before, so C libraries (SQLCipher, age) count too. Elsewhere, or with
      ``INSPECTOR_DESK_FUZZ_TRACEMALLOC=1``, the peak of the Python heap (tracemalloc, which
      slows pure-Python parsers ~15x: the time limit then stretches by that much).

    ``classify`` names the outcome of a result for the figures (e.g. the refusal code of a
    rejection returned rather than raised). Returns the result, or the typed error raised."""
    stats = STATS.setdefault(reader, ReaderStats())
    meter = _Meter()
    started = time.perf_counter()
    try:
        out = fn()
        stats.outcomes[classify(out) if classify else "accepted"] += 1
    except typed as exc:  # the contract: a typed refusal
        out = exc
        stats.outcomes[getattr(exc, "code", type(exc).__name__)] += 1
    finally:
        elapsed = time.perf_counter() - started
        peak = meter.stop()
    stats.examples += 1
    stats.slowest_s = max(stats.slowest_s, elapsed)
    stats.peak_bytes = max(stats.peak_bytes, peak)
    stats.largest_input = max(stats.largest_input, size)
    if not RSS_METER:
        limit_s *= 15
    assert elapsed < limit_s, f"{reader}: one input took {elapsed:.2f} s (limit {limit_s} s)"
    allowed = bound if bound is not None else memory_bound(size)
    assert peak < allowed, f"{reader}: {peak / MiB:.1f} MiB for a {size}-byte input (bound {allowed / MiB:.1f} MiB)"
    return out


class _Meter:
    """Peak memory growth while one input is read."""

    def __init__(self) -> None:
        self.rss = RSS_METER
        if self.rss:
            self.base = _status("VmRSS")
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")  # reset the peak resident size to the current one
        else:
            self.was_tracing = tracemalloc.is_tracing()
            if not self.was_tracing:
                tracemalloc.start()
            tracemalloc.reset_peak()
            self.base = tracemalloc.get_traced_memory()[0]

    def stop(self) -> int:
        if self.rss:
            return max(0, _status("VmHWM") - self.base)
        peak = tracemalloc.get_traced_memory()[1] - self.base
        if not self.was_tracing:
            tracemalloc.stop()
        return peak


def _status(field_name: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field_name + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(field_name)


def _rss_works() -> bool:
    if os.environ.get("INSPECTOR_DESK_FUZZ_TRACEMALLOC") == "1":
        return False
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        _status("VmHWM")
        return True
    except OSError:
        return False
    except KeyError:
        return False


RSS_METER = _rss_works()


def report() -> dict[str, dict[str, Any]]:
    return {name: {"examples": s.examples, "outcomes": dict(s.outcomes.most_common()),
                   "slowest_s": round(s.slowest_s, 4), "peak_mib": round(s.peak_bytes / MiB, 2),
                   "largest_input": s.largest_input}
            for name, s in sorted(STATS.items())}


# --- byte mutations ------------------------------------------------------------------------

INTERESTING = [b"\x00", b"\xff", b"\x7f", b"\x80", b"\x00\x00\x00\x00", b"\xff\xff\xff\xff",
               b"\x00\x01\x00\x00", b"\x00\x01\x00\x01", b"\n", b"\r\n", b'"', b"{", b"}", b"[",
               b"]", b",", b":", b"\\u0000", b"-1", b"1e999", b"18446744073709551616", b"null",
               b"true", b"\xd0\x99", b"\xed\xa0\x80", b"\xc0\x80", b"ustar\x00", b"00000000000",
               b"77777777777", b"-> X25519 ", b"\n--- ", b"age-encryption.org/v1\n"]


def byte_edits(max_edits: int = 4) -> st.SearchStrategy:
    """A list of edits (:func:`apply_edits`): bit flips, byte sets, cuts, insertions,
    splices from elsewhere in the file, zeroed runs, truncation and appended bytes."""
    op = st.sampled_from(["flip", "set", "cut", "insert", "splice", "zero", "truncate", "append",
                          "interesting"])
    blob = st.one_of(st.binary(min_size=1, max_size=64), st.sampled_from(INTERESTING))
    return st.lists(st.tuples(op, st.integers(min_value=0, max_value=2 ** 32), st.integers(0, 2 ** 16), blob),
                    min_size=1, max_size=max_edits)


def apply_edits(data: bytes, edits: list[tuple[str, int, int, bytes]]) -> bytes:
    b = bytearray(data)
    for op, pos, n, blob in edits:
        at = pos % (len(b) + 1)
        if op == "flip" and b:
            b[at % len(b)] ^= 1 << (n % 8)
        elif op == "set" and b:
            b[at % len(b)] = blob[0]
        elif op == "cut":
            del b[at:at + 1 + n % 4096]
        elif op == "insert":
            b[at:at] = blob
        elif op == "splice" and b:
            src = n % len(b)
            b[at:at] = b[src:src + 1 + len(blob) * 16]
        elif op == "zero":
            b[at:at + 1 + n % 512] = bytes(len(b[at:at + 1 + n % 512]))
        elif op == "truncate":
            del b[at:]
        elif op == "append":
            b += blob * (1 + n % 64)
        elif op == "interesting":
            b[at:at + len(blob)] = blob
    return bytes(b)


def mutated(data: bytes) -> st.SearchStrategy[bytes]:
    """Mutations of one valid file (never the file itself)."""
    return byte_edits().map(lambda e: apply_edits(data, e)).filter(lambda m: m != data)


def hostile_bytes(prefixes: list[bytes] = ()) -> st.SearchStrategy[bytes]:  # type: ignore[assignment]
    """Arbitrary bytes, also behind a valid-looking prefix (magic, header length, JSON start)."""
    raw = st.binary(max_size=4096)
    if not prefixes:
        return raw
    return st.one_of(raw, st.tuples(st.sampled_from(list(prefixes)), raw).map(lambda t: t[0] + t[1]))


# --- JSON mutations --------------------------------------------------------------------------

NASTY_VALUES = [None, True, False, 0, -1, 1, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 63) - 1,
                10 ** 30, "", "x", "0" * 64, "f" * 128, "\u0000", "ә" * 3, "../../etc/passwd",
                "00000000-0000-4000-8000-000000000000", "2026-13-45T99:99:99", "9999-12-31",
                "age1", "AAAA", "=", [], {}, [[]], {"": None}, [None] * 3, "x" * 5000]


def json_values() -> st.SearchStrategy[Any]:
    leaf = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2 ** 70, max_value=2 ** 70),
                     st.text(max_size=40), st.sampled_from(NASTY_VALUES))
    return st.recursive(leaf, lambda c: st.one_of(st.lists(c, max_size=4),
                                                  st.dictionaries(st.text(max_size=10), c, max_size=4)),
                        max_leaves=12)


def _paths(obj: Any, path: tuple = ()) -> list[tuple]:
    out = [path]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, path + (i,))
    return out


def _get(obj: Any, path: tuple) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def mutate_json(data: st.DataObject, obj: Any, max_edits: int = 3) -> Any:
    """A copy of ``obj`` with a few field-level edits: a value replaced (by another type, an
    extreme number, a long or odd string, a structure), a key removed or added, a value
    copied from elsewhere in the document, a list element dropped or repeated."""
    obj = copy.deepcopy(obj)
    for _ in range(data.draw(st.integers(1, max_edits), label="edits")):
        paths = _paths(obj)
        path = data.draw(st.sampled_from(paths), label="path")
        op = data.draw(st.sampled_from(["replace", "replace", "delete", "add", "copy", "repeat"]),
                       label="op")
        if op == "replace" or not path:
            value = copy.deepcopy(data.draw(json_values(), label="value"))  # NASTY_VALUES are shared
            if not path:
                if isinstance(value, dict):
                    obj = value
                continue
            _get(obj, path[:-1])[path[-1]] = value
        elif op == "delete":
            parent = _get(obj, path[:-1])
            del parent[path[-1]]
        elif op == "add":
            target = _get(obj, path)
            if isinstance(target, dict):
                target[data.draw(st.text(max_size=12), label="key")] = copy.deepcopy(data.draw(json_values(), label="v"))
            elif isinstance(target, list):
                target.append(copy.deepcopy(data.draw(json_values(), label="v")))
        elif op == "copy":
            source = copy.deepcopy(_get(obj, data.draw(st.sampled_from(paths), label="from")))
            parent = _get(obj, path[:-1])
            parent[path[-1]] = source
        elif op == "repeat":
            parent = _get(obj, path[:-1])
            if isinstance(parent, list):
                parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
    return obj


def dumps_any_canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def dumps_any(data: st.DataObject, obj: Any) -> bytes:
    """``obj`` as JSON, mostly canonical, sometimes spelled another way (spaces, escapes,
    key order), which a strict reader must refuse."""
    style = data.draw(st.sampled_from(["canonical", "canonical", "canonical", "spaced", "ascii"]),
                      label="style")
    if style == "spaced":
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")
    if style == "ascii":
        return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
