"""Who may change what at headquarters (docs/hq.md, "Who may change what").

A correctly signed bundle proves which device sent it, not that the device may change what
it sends. Before a version joins the history (hq/merge.py) it is judged here:

* every **case** has an owner (device and inspector login), set by the first bundle that
  creates it; that bundle must come from a device whose case-number prefix the case number
  carries, and the case must carry that device's id and login. Visits, incidents, measures,
  referrals, risk assessments, participants and attachments belong to their case: only the
  case's owner changes them, and a new one must carry its sender's device id and login;
* every **person** is owned by the device that created it (same identity rule). Any device
  may *link* a person into a case it owns (a participant, a measure's or a referral's
  person): that is a record of its own case. Changes to the person's own fields from
  another device are held;
* a version may run ahead of what headquarters holds of the same line by at most the
  number of changes the device logged since (the bundle's change-log position): a number
  that jumps further is held, the current version stays;
* ``reassign`` (:func:`move_case`) gives a case, and the persons that appear in no other
  case of the previous owner, to another device; from then on only its bundles change them.

A change that fails is never applied: it is kept in ``held`` with its reason, and the
sending device's next receipt lists it. A record whose case headquarters has not received
yet *waits* (same table, status ``waiting``) and is judged again when the case arrives
(bundles may arrive in any order; a case may travel in a later volume than its visits).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from inspector_desk.core.kinds import KINDS
from inspector_desk.core.services.base import device_case_prefix
from inspector_desk.hq import merge
from inspector_desk.hq.repo import DeviceRow, HeldRow, OwnerRow, Repository
from inspector_desk.sync.canonical import canonical

OWNED = tuple(k.name for k in KINDS if not k.in_case)
"""The kinds a device owns itself (case, person: core/kinds.py, not in a case); every other
kind belongs to its case."""
ORDER = {name: n for n, name in enumerate(OWNED)}
REASONS = ("not_your_case", "not_your_person", "identity", "kind_changed", "case_number_changed",
           "version_jump", "case_held")


@dataclass
class Sender:
    device: DeviceRow
    bundle_id: str
    seq: int
    change_to: int


@dataclass
class Entry:
    kind: str
    data: dict[str, Any]
    base: tuple[int, str] | None
    sha256: str
    held_id: int | None = None  # set when a waiting change is judged again


@dataclass
class Outcome:
    conflicts: int = 0
    held: int = 0
    waiting: int = 0
    released: int = 0


def case_prefix_of(case_no: str) -> str:
    parts = str(case_no or "").rsplit("-", 2)
    return parts[0] if len(parts) == 3 else ""


class Authority:
    def __init__(self, repo: Repository, at: str) -> None:
        self.repo, self.at = repo, at
        self._devices: list[DeviceRow] | None = None
        self._have: set[tuple[str, int, str]] = set()
        self._held_now: set[str] = set()  # new cases held in this batch

    def devices(self) -> list[DeviceRow]:
        if self._devices is None:
            self._devices = self.repo.devices()
        return self._devices

    def prefixes(self, device: DeviceRow) -> set[str]:
        """The case-number prefixes a device may create cases under: the one headquarters
        gave it and the provisional one it used before enrolment (derived from its id),
        unless another device was given that one."""
        others = {d.case_prefix for d in self.devices() if d.device_id != device.device_id}
        return {device.case_prefix, device_case_prefix(device.device_id)} - others

    def other_logins(self, device: DeviceRow) -> set[str]:
        return {d.login for d in self.devices() if d.device_id != device.device_id and d.login} - {device.login}

    # --- judging a batch -----------------------------------------------------------------------

    def process(self, sender: Sender, entries: list[Entry]) -> Outcome:
        """Judge ``entries`` from ``sender``; apply the accepted ones (history and merge), keep
        the others aside. Cases and persons are judged first: a visit may follow its case in
        the same batch."""
        out = Outcome()
        if not entries:
            return out
        entries = sorted(entries, key=lambda e: ORDER.get(e.kind, len(ORDER)))
        ids = [e.data["id"] for e in entries]
        meta = self.repo.heads_meta(ids)
        case_ids = {e.data.get("case_id") for e in entries} | {m[1] for m in meta.values()}
        owners = self.repo.owners(ids + [c for c in case_ids if c])
        tops = self.repo.line_tops(sender.device.device_id, ids, sender.change_to)
        self._have = self.repo.existing([(e.data["id"], e.data["version"], e.sha256) for e in entries])
        accepted: list[tuple] = []
        known: dict[tuple[str, int, str], dict[str, Any]] = {}
        held: list[HeldRow] = []
        new_cases: list[str] = []
        for e in entries:
            verdict, reason, detail = self.judge(sender, e, meta.get(e.data["id"]), owners, tops)
            rid = e.data["id"]
            if verdict in ("accept", "copy"):
                if verdict == "accept" and e.kind in OWNED and rid not in owners:
                    owners[rid] = OwnerRow(rid, e.kind, sender.device.device_id, sender.device.login,
                                           self.at, "created")
                    self.repo.set_owner(owners[rid])
                    if e.kind == "case":
                        new_cases.append(rid)
                self._acknowledge(sender, e, owners)
                accepted.append(version_row(e, sender.device.device_id, sender.bundle_id))
                known[(rid, e.data["version"], e.sha256)] = e.data
                if e.held_id is not None:
                    self.repo.set_held_status(e.held_id, "released", self.at)
                    out.released += 1
            else:
                held.append(self._held_row(sender, e, verdict, reason, detail))
                if e.kind == "case" and verdict == "held" and rid not in owners:
                    self._held_now.add(rid)  # its records wait no more: held with it
                out.held += verdict == "held"
                out.waiting += verdict == "waiting"
        if accepted:
            self.repo.add_versions(accepted)
            out.conflicts += merge.refresh(self.repo, list(dict.fromkeys(r[0] for r in accepted)),
                                           known, self.at)
        self.repo.hold(held)
        for case_id in self._held_now:
            self.repo.hold_waiting(case_id, "case_held", "its case was held, not applied")
        self._held_now.clear()
        for case_id in new_cases:
            more = self.release(case_id)
            out.conflicts += more.conflicts
            out.held += more.held
            out.released += more.released
        return out

    def judge(self, sender: Sender, e: Entry, current: tuple | None, owners: dict[str, OwnerRow],
              tops: dict[str, list[tuple]]) -> tuple[str, str, str]:
        """("accept" | "copy" | "held" | "waiting", reason code, detail)."""
        d, dev = e.data, sender.device
        rid = d["id"]
        if (rid, d["version"], e.sha256) in self._have:
            return "copy", "", ""  # a copy of a version already held: it changes nothing
        if current is not None and current[0] != e.kind:
            return "held", "kind_changed", f"a {current[0]} at headquarters, sent as a {e.kind}"
        if e.kind == "case":
            owner = owners.get(rid)
            if owner is None:
                problem = self._identity(sender, d)
                if not problem and case_prefix_of(d.get("case_no", "")) not in self.prefixes(dev):
                    problem = f"case number {d.get('case_no')} is not under this device's prefix"
                if not problem and d.get("inspector") in self.other_logins(dev):
                    problem = f"names another device's inspector ({d.get('inspector')})"
                if problem:
                    return "held", "identity", problem
            elif owner.device_id != dev.device_id:
                return "held", "not_your_case", f"the case belongs to {owner.login} ({owner.device_id[:8]})"
            else:
                if current is not None and current[2] and d.get("case_no") != current[2]:
                    return "held", "case_number_changed", f"{current[2]} → {d.get('case_no')}"
                if d.get("inspector") in self.other_logins(dev):
                    return "held", "identity", f"names another device's inspector ({d.get('inspector')})"
        elif e.kind == "person":
            owner = owners.get(rid)
            if owner is None:
                problem = self._identity(sender, d)
                if problem:
                    return "held", "identity", problem
            elif owner.device_id != dev.device_id:
                return "held", "not_your_person", f"the person belongs to {owner.login} ({owner.device_id[:8]})"
        else:
            cases = [c for c in dict.fromkeys([d.get("case_id"), current[1] if current else None]) if c]
            for c in cases:
                owner = owners.get(c)
                if owner is not None and owner.device_id != dev.device_id:
                    return "held", "not_your_case", f"the case belongs to {owner.login} ({owner.device_id[:8]})"
            if current is None:
                problem = self._identity(sender, d)
                if problem:
                    return "held", "identity", problem
            if not cases or any(c not in owners for c in cases):
                if not cases or any(c in self._held_now or self.repo.is_held(c) for c in cases):
                    return "held", "case_held", "its case was held, not applied"
                return "waiting", "case_unknown", "its case has not arrived yet"
        jump = self._jump(sender, e, tops.get(rid, []))
        if jump:
            return "held", "version_jump", jump
        return "accept", "", ""

    @staticmethod
    def _identity(sender: Sender, d: dict[str, Any]) -> str:
        """What is wrong with a new record's claim of who made it ("" when nothing)."""
        dev = sender.device
        if d.get("device_id") != dev.device_id:
            return f"made on another device ({str(d.get('device_id'))[:8]})"
        if d.get("created_by") != dev.login:
            return f"created by another inspector ({d.get('created_by')})"
        return ""

    @staticmethod
    def _jump(sender: Sender, e: Entry, tops: list[tuple]) -> str:
        """Each new version on a device comes from one change in its log, so a version can
        be ahead of the line's top at headquarters (version ``top``, from the bundle at log
        position ``pos``) by at most the changes logged since: ``v <= to + (top - pos)``.
        A line headquarters has not seen, or whose top came in a later bundle (bundles
        imported out of order): at most the bundle's position over its base (or over 0).
        Every accepted version so stays within ``base + position``: a signed bundle cannot
        push a record's number far ahead of the device's own log."""
        v, to = e.data["version"], sender.change_to
        line = (e.base[0], e.base[1]) if e.base else (-1, "")
        slacks = [slack for bv, bs, slack in tops if (bv, bs) == line]
        if slacks:
            if v > to + slacks[0]:
                return f"version {v}, with at most {to + slacks[0]} possible after the changes logged"
            return ""
        floor = e.base[0] if e.base else 0
        if v - floor > to:
            return f"version {v} over {floor}, with {to} change(s) logged"
        return ""

    def _acknowledge(self, sender: Sender, e: Entry, owners: dict[str, OwnerRow]) -> None:
        """The new owner's first change in a reassigned case shows it took the case."""
        case_id = e.data["id"] if e.kind == "case" else e.data.get("case_id")
        owner = owners.get(case_id) if case_id else None
        if owner and owner.via == "reassigned" and owner.acknowledged_at is None \
                and owner.device_id == sender.device.device_id:
            self.repo.acknowledge_owner(case_id, self.at)
            owner.acknowledged_at = self.at

    def _held_row(self, sender: Sender, e: Entry, status: str, reason: str, detail: str) -> HeldRow:
        d = e.data
        case_id = d["id"] if e.kind == "case" else d.get("case_id")
        return HeldRow(sender.device.device_id, sender.bundle_id, sender.seq, sender.change_to,
                       d["id"], e.kind, d["version"], e.sha256, e.base[0] if e.base else None,
                       e.base[1] if e.base else None, case_id, status, reason, detail, self.at,
                       canonical(d).decode("utf-8"))

    # --- waiting changes ------------------------------------------------------------------------

    def release(self, case_id: str) -> Outcome:
        """Judge again the changes that waited for this case (it has just arrived)."""
        out = Outcome()
        by_sender: dict[tuple, list[Entry]] = {}
        for held_id, h in self.repo.waiting_for(case_id):
            base = (h.base_version, h.base_sha256 or "") if h.base_version is not None else None
            key = (h.device_id, h.bundle_id, h.seq, h.change_to)
            by_sender.setdefault(key, []).append(Entry(h.kind, json.loads(h.data), base, h.sha256, held_id))
        for (device_id, bundle_id, seq, change_to), entries in by_sender.items():
            device = self.repo.device(device_id)
            if device is None:
                continue
            more = self.process(Sender(device, bundle_id, seq, change_to), entries)
            out.conflicts += more.conflicts
            out.held += more.held
            out.released += more.released
        return out


def version_row(e: Entry, device_id: str, bundle_id: str) -> tuple:
    d = e.data
    return (d["id"], d["version"], e.sha256, e.kind, device_id, bundle_id,
            e.base[0] if e.base else None, e.base[1] if e.base else None,
            d.get("updated_at"), int(d["deleted"]), canonical(d).decode("utf-8"))


# --- reassignment ------------------------------------------------------------------------------


def move_case(repo: Repository, case: dict[str, Any], target: DeviceRow, at: str,
              version: int, sha256: str) -> str | None:
    """Make ``target`` the owner of the case and of its persons that appear in no other case
    of the previous owner; returns the previous owner's device id (inside the caller's
    transaction)."""
    case_id = case["id"]
    before = repo.owners([case_id]).get(case_id)
    previous = before.device_id if before else None
    repo.set_owner(OwnerRow(case_id, "case", target.device_id, target.login, at, "reassigned",
                            previous, version, sha256, None))
    if previous is None or previous == target.device_id:
        return previous
    linked = {d.get("person_id") for _k, d, _s in
              repo.records_where("kind = 'participant' AND case_id = ? AND deleted = 0", (case_id,))}
    elsewhere = {d.get("person_id") for _k, d, _s in repo.records_where(
        "kind = 'participant' AND deleted = 0 AND case_id != ? AND case_id IN "
        "(SELECT record_id FROM owners WHERE kind = 'case' AND device_id = ?)", (case_id, previous))}
    persons = repo.owners([p for p in linked if p])
    for pid, o in persons.items():
        if o.device_id == previous and pid not in elsewhere:
            repo.set_owner(OwnerRow(pid, "person", target.device_id, target.login, at, "reassigned",
                                    previous))
    return previous


__all__ = ["Authority", "Entry", "Outcome", "Sender", "REASONS", "move_case", "case_prefix_of"]
