"""The bookkeeping of the hostile-bundle suite (tests/hq/test_hostile_suite.py,
docs/hostile-bundles.md): a :class:`Ledger` imports each named variant into a real
headquarters, classifies what happened (refused with its code, held with its reasons,
already imported, skipped), checks it against what the variant must end in, and writes the
outcome into the per-backend tally. Failures are collected, one line per variant, and
reported together by :meth:`Ledger.finish`."""

from __future__ import annotations

import json
import os
import struct
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from inspector_desk.app import sync
from inspector_desk.hq.importer import AlreadyImported, ImportResult, Rejection

STATE_TABLES = ("records", "record_versions", "owners", "conflicts")

# backend → "category/name" → outcome; filled by every Ledger, read by the final tally test.
TALLY: dict[str, dict[str, "Seen"]] = defaultdict(dict)

# What the final test expects to have seen, per backend (a deselected category makes it fail).
CATEGORIES = ("byte-flip", "truncation", "appended", "chunks-resigned", "header-signed",
              "header-unsigned", "archive", "manifest", "content", "replay", "device",
              "re-enrolment", "cross-device", "forged-identity", "inbox")


@dataclass
class Seen:
    category: str
    name: str
    outcome: str              # refused | held | already imported | skipped | ACCEPTED
    code: str = ""            # refusal code, or the held reasons joined
    verified: bool = False    # a refusal of a file its device's key signed
    device: str | None = None
    file: str = ""
    seq: int | None = None
    bundle_id: str = ""
    detail: str = ""          # skipped: what the file was (FIFO, symbolic link, …)


def state(hub) -> list:
    return [row for row in hub.dump() if row[0] in STATE_TABLES]


def header_of(data: bytes) -> dict:
    try:
        n = struct.unpack(">I", data[4:8])[0]
        h = json.loads(data[8:8 + n])
        return h if isinstance(h, dict) else {}
    except Exception:  # noqa: BLE001 - a damaged header: nothing to learn from it
        return {}


def in_thread(fn, timeout: float = 60):
    """``fn()`` on a thread: returns (finished, value); an import that blocks (a FIFO opened
    for reading) is reported as a failure instead of hanging the suite."""
    out: list = []
    t = threading.Thread(target=lambda: out.append(_catch(fn)), daemon=True)
    t.start()
    t.join(timeout)
    return (not t.is_alive()), (out[0] if out else None)


def _catch(fn):
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - handed back to the test thread
        return exc


class Ledger:
    """One headquarters, many variants. ``expect`` is a refusal code (or a set of codes),
    ``"already imported"``, ``"skipped"`` or ``"held"``."""

    def __init__(self, hub, folder: Path, backend: str) -> None:
        self.hub, self.inbox, self.backend = hub, Path(folder), backend
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.seen: list[Seen] = []
        self.failures: list[str] = []

    # --- variants -----------------------------------------------------------------------------

    def bundle(self, category: str, name: str, data: bytes, expect, verified: bool | None = False,
               device: str | None = None) -> Seen:
        """Write ``data`` as ``<category>--<name>.idb`` and import it."""
        path = self.inbox / f"{category}--{name}.idb"
        path.write_bytes(data)
        return self.path(category, name, path, expect, verified, device, header_of(data))

    def path(self, category: str, name: str, path: Path, expect, verified: bool | None = False,
             device: str | None = None, header: dict | None = None, held: dict | None = None,
             session=None) -> Seen:
        """Import ``path`` (a file, or a folder holding one entry) and check the outcome:

        * a refusal: its code in ``expect``, ``verified`` as said (and then ``device``), the
          file quarantined with its reason, the database (every table) unchanged;
        * skipped (``bundle_not_a_file``): not read, not moved, not quarantined, unchanged;
        * already imported: left in place, not quarantined, unchanged;
        * held (``held``: record id → reason): the file accepted, every record of ``held``
          kept aside with its reason, the state tables unchanged.
        """
        key = f"{category}/{name}"
        assert key not in {f"{s.category}/{s.name}" for s in self.seen}, f"{key}: named twice"
        expect = {expect} if isinstance(expect, str) else set(expect)
        hub = self.hub
        hub.clock.advance(seconds=1)  # quarantine entries sort by time (the receipt's newest 100)
        before = hub.dump()
        held_before = {i for i, _h in hub.repo.held_of(session.actor.device_id)} if session else set()
        done, results = in_thread(lambda: hub.import_(path))
        header = header or {}
        seen = Seen(category, name, "?", file=path.name,
                    seq=header.get("seq") if type(header.get("seq")) is int else None,
                    bundle_id=str(header.get("bundle_id") or ""))
        fail = self.failures.append
        if not done:
            seen.outcome, seen.code = "HANG", "import never returned"
            fail(f"{key}: the import blocked")
        elif isinstance(results, Exception):
            seen.outcome, seen.code = "CRASH", repr(results)
            fail(f"{key}: the import crashed: {results!r}")
        elif len(results) != 1:
            seen.outcome = "?"
            fail(f"{key}: {len(results)} results: {results}")
        else:
            [r] = results
            self._judge(key, seen, r, expect, verified, device, before, held, session, held_before, path)
        self.seen.append(seen)
        TALLY[self.backend][key] = seen
        return seen

    def folder(self, category: str, prefix: str, folder: Path, expect, verified: bool | None = False,
               device: str | None = None) -> list[Seen]:
        """Import a whole folder (as an operator does, again and again): each file in it is
        one variant, ``<prefix>-<file name>``."""
        expect = {expect} if isinstance(expect, str) else set(expect)
        self.hub.clock.advance(seconds=1)
        before = self.hub.dump()
        done, results = in_thread(lambda: self.hub.import_(folder))
        if not done or isinstance(results, Exception):
            self.failures.append(f"{category}/{prefix}: the import of {folder} "
                                 f"{'crashed: ' + repr(results) if done else 'blocked'}")
            return []
        out = []
        for r in results:
            key = f"{category}/{prefix}-{r.path.name}"
            seen = Seen(category, f"{prefix}-{r.path.name}", "?", file=r.path.name)
            self._judge(key, seen, r, expect, verified, device, before, None, None, set(), r.path)
            self.seen.append(seen)
            TALLY[self.backend][key] = seen
            out.append(seen)
        return out

    def _judge(self, key, seen, r, expect, verified, device, before, held, session, held_before, path):
        hub, fail = self.hub, self.failures.append
        if isinstance(r, Rejection):
            code = r.error.code
            seen.code, seen.verified, seen.device = code, r.verified, r.device_id
            seen.outcome = "skipped" if code == "bundle_not_a_file" else "refused"
            seen.detail = str(getattr(r.error, "params", {}).get("kind", ""))
            if code not in expect and seen.outcome not in expect:
                fail(f"{key}: refused as {code} ({r.error}), expected {sorted(expect)}")
            if verified is not None and r.verified is not verified:
                fail(f"{key}: verified={r.verified}, expected {verified}")
            if r.verified and device is not None and r.device_id != device:
                fail(f"{key}: refusal attributed to {r.device_id}, expected {device}")
            if seen.outcome == "skipped":
                if r.quarantined is not None or not os.path.lexists(r.path):
                    fail(f"{key}: a special file was moved or quarantined")
            else:
                self._quarantined(key, r, path)
            if hub.dump() != before:
                fail(f"{key}: the refusal changed the database")
        elif isinstance(r, AlreadyImported):
            seen.outcome, seen.code, seen.device = "already imported", f"seq {r.seq}", r.device_id
            if "already imported" not in expect:
                fail(f"{key}: already imported, expected {sorted(expect)}")
            if not path.exists():
                fail(f"{key}: an already imported file was moved")
            if hub.dump() != before:
                fail(f"{key}: importing a file again changed the database")
        elif isinstance(r, ImportResult):
            seen.device = r.device_id
            if "held" not in expect or session is None:
                seen.outcome = "ACCEPTED"
                fail(f"{key}: WRONGLY ACCEPTED: {r}")
                return
            now = {h.record_id: h.reason for i, h in hub.repo.held_of(session.actor.device_id)
                   if i not in held_before}
            seen.outcome, seen.code = "held", ",".join(sorted(set(now.values())))
            if not now or any(now.get(rid) not in (want if isinstance(want, (set, tuple)) else {want})
                              for rid, want in held.items()):
                fail(f"{key}: held {now}, expected {held}")
            if [row for row in before if row[0] in STATE_TABLES] != state(hub):
                seen.outcome = "ACCEPTED"
                fail(f"{key}: WRONGLY ACCEPTED: the held change reached the state tables")
        else:
            fail(f"{key}: unexpected result {r!r}")

    def _quarantined(self, key: str, r: Rejection, path: Path) -> None:
        fail = self.failures.append
        q = r.quarantined
        if q is None or not q.exists():
            fail(f"{key}: not in the quarantine")
            return
        if path.exists():
            fail(f"{key}: the refused file was left in the inbox")
        try:
            first = Path(f"{q}.reason.txt").read_text(encoding="utf-8").splitlines()[0]
            info = json.loads(Path(f"{q}.reason.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, IndexError) as exc:
            fail(f"{key}: reason files unreadable: {exc}")
            return
        if first != r.error.code or info.get("reason") != r.error.code:
            fail(f"{key}: quarantined with reason {first!r}/{info.get('reason')!r}, not {r.error.code}")
        if info.get("verified") is not r.verified or info.get("file") != path.name:
            fail(f"{key}: reason.json says verified={info.get('verified')} file={info.get('file')}")

    def other(self, category: str, name: str, fn, expect) -> Seen:
        """A hostile input that is not a bundle (an enrolment request): ``fn()`` must raise an
        error whose ``code`` is ``expect``, and leave the database unchanged."""
        key = f"{category}/{name}"
        before = self.hub.dump()
        seen = Seen(category, name, "?")
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - judged below
            seen.outcome, seen.code = "refused", getattr(exc, "code", type(exc).__name__)
            if seen.code not in ({expect} if isinstance(expect, str) else set(expect)):
                self.failures.append(f"{key}: {seen.code} ({exc}), expected {expect}")
        else:
            seen.outcome = "ACCEPTED"
            self.failures.append(f"{key}: WRONGLY ACCEPTED")
        if self.hub.dump() != before:
            self.failures.append(f"{key}: the refusal changed the database")
        self.seen.append(seen)
        TALLY[self.backend][key] = seen
        return seen

    def control(self, data_or_path, name: str = "control.idb") -> ImportResult:
        """The honest bundle the variants were made from: it imports (so they were refused
        for what was done to them)."""
        path = data_or_path if isinstance(data_or_path, Path) else self.inbox / name
        if not isinstance(data_or_path, Path):
            path.write_bytes(data_or_path)
        self.hub.clock.advance(seconds=1)
        [r] = self.hub.import_(path)
        assert isinstance(r, ImportResult), f"the honest bundle was not imported: {r}"
        return r

    # --- the device told the truth --------------------------------------------------------------

    def check_receipt(self, session, held: dict | None = None) -> None:
        """The receipt headquarters writes for ``session``'s device lists exactly the
        refusals of files that device signed (newest 100), nothing from an unsigned header,
        no file imported twice; the device shows them (minus refusals of bundles the same
        receipt acknowledges); ``held`` ({(record id, reason)}), when given, is its held list."""
        device_id = session.actor.device_id
        fail = self.failures.append
        path = self.hub.receipt(session)
        body = json.loads(path.read_bytes())["body"]
        mine = [s for s in self.seen if s.outcome == "refused" and s.verified and s.device == device_id]
        want = [(s.file, s.code) for s in mine][-100:]
        got = [(e["file"], e["reason"]) for e in body["rejected"]]
        if got != want:
            fail(f"receipt of {device_id[:8]}: rejected {got[:5]}… ({len(got)}), expected {want[:5]}… "
                 f"({len(want)})")
        unsigned = {s.file for s in self.seen if s.outcome != "refused" or not s.verified
                    or s.device != device_id}
        if lies := [e for e in body["rejected"] if e["file"] in unsigned]:
            fail(f"receipt of {device_id[:8]} reports what its key never signed: {lies[:3]}")
        result = sync.import_receipt(session, path)
        matched = {(a["seq"], a["bundle_id"]) for a in body["accepted"]}
        shown = [(x["file"], x["reason"]) for x in result.rejected]
        by_file = {s.file: s for s in mine}
        expected_shown = [(f, c) for f, c in want
                          if (by_file[f].seq, by_file[f].bundle_id) not in matched]
        if shown != expected_shown:
            fail(f"device {device_id[:8]} shows {shown[:5]} ({len(shown)}), expected "
                 f"{expected_shown[:5]} ({len(expected_shown)})")
        if held is not None:
            got_held = {(h["record_id"], h["reason"]) for h in result.held}
            if got_held != held:
                fail(f"device {device_id[:8]} held list {got_held}, expected {held}")
            if len(sync.held_notes(session, result, "en")) != len(result.held):
                fail(f"device {device_id[:8]} does not show every held change")
        self.last_receipt = result

    def finish(self) -> None:
        assert not self.failures, f"{len(self.failures)} problem(s):\n" + "\n".join(self.failures)


def counts(backend: str) -> dict[str, Counter]:
    by: dict[str, Counter] = defaultdict(Counter)
    for seen in TALLY[backend].values():
        by[seen.category][seen.outcome] += 1
    return by
