"""What a reviewer at headquarters decides (docs/hq.md, "Conflicts and held changes").

Two things wait for a person:

* a **conflict** (``C-<record id prefix>``): a record with several heads (hq/merge.py), e.g.
  a laptop restored from a backup that edited a case again, or an owner's edit made while
  headquarters changed the same record;
* a **held change** (``H-<number>``): a version a correctly signed device sent but had no
  right to make (hq/authority.py): another inspector's case, another device's person, a
  version jump, a forged identity.

:func:`load` gives an item with its sides (the competing versions, the current one first),
the **common base** (the nearest version every side descends from, when headquarters has
one) and a field-by-field diff. Every field changed on one side only is proposed from that
side (a three-way merge); a field two sides changed differently is a *clash* and the
reviewer decides it. :func:`resolve` takes, per field, a side or a typed value, with a note;
it makes a headquarters version (one higher than every side, made by ``hq``, updated by
``hq:<login>``) that becomes the only head, and writes an update pack for the owner and for
every device that sent a side, each naming its own version as the one replaced, so both
vaults take the decision at their next import (sync/apply_update.py). :func:`reject` keeps
headquarters' version of a held change and sends it back to the device that sent it.

Every decision is a row of ``decisions`` and an HQ audit event under the reviewer's login.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.hq import authority, merge, updates
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import DeviceRow, HeldRow, Node, OwnerRow, Repository
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.records_codec import RecordFormatError, check_line, record_sha256
from inspector_desk.sync.updates import PackContent

HQ_DEVICE = "hq"
BOOKKEEPING = ("id", "version", "updated_at", "updated_by")
"""Fields every version changes or none may: never offered, set by the decision itself."""
ABSENT = object()  # a field a version does not have (an added field at its default)


@dataclass
class Side:
    label: str              # "1", "2", … as the reviewer names it
    origin: str             # "current" | "head" | "held"
    device_id: str
    login: str
    version: int
    sha256: str
    updated_at: str
    data: dict[str, Any]


@dataclass
class FieldDiff:
    name: str               # "beat", or "answers.q3" inside a form's answers
    base: Any
    values: list[Any]       # one per side
    proposal: int | None    # the side proposed; None: a clash, the reviewer decides

    @property
    def changed(self) -> list[bool]:
        return [v != self.base for v in self.values]


@dataclass
class Item:
    ref: str
    kind: str
    record_id: str
    case_id: str | None
    case_no: str
    persons: list[str]
    reason: str
    detail: str
    since: str
    sides: list[Side]
    base: dict[str, Any] | None
    base_ref: str
    held_id: int | None = None
    diff: list[FieldDiff] = field(default_factory=list)

    @property
    def inspectors(self) -> list[str]:
        return list(dict.fromkeys(s.login for s in self.sides))

    @property
    def clashes(self) -> list[str]:
        return [d.name for d in self.diff if d.proposal is None]


@dataclass
class Decision:
    item: str
    record_id: str
    version: int
    sha256: str
    fields: dict[str, Any]
    packs: list[Path]


# --- listing ------------------------------------------------------------------------------------


def items(repo: Repository) -> list[Item]:
    """Every open conflict and every held change of a record, oldest first."""
    found = [load(repo, conflict_ref(c["record_id"])) for c in repo.conflicts("open")]
    found += [load(repo, f"H-{hid}") for hid, _h in repo.held_of(None, "held")]
    return sorted(found, key=lambda i: (i.since, i.ref))


def conflict_ref(record_id: str) -> str:
    return f"C-{record_id[:8]}"


def open_conflicts(repo: Repository) -> list[dict[str, Any]]:
    return repo.conflicts("open")


def load(repo: Repository, ref: str) -> Item:
    ref = ref.strip()
    if ref[:2].upper() == "H-" and ref[2:].isdigit():
        return _held_item(repo, int(ref[2:]))
    if ref[:2].upper() == "C-":
        ref = ref[2:]
    matches = sorted({c["record_id"] for c in repo.conflicts("open")
                      if c["record_id"].startswith(ref.lower())}) if len(ref) >= 4 else []
    if len(matches) != 1:
        raise NotFound("no open conflict or held change with this reference", kind="review", id=ref)
    return _conflict_item(repo, matches[0])


def _logins(repo: Repository) -> dict[str, str]:
    return {d.device_id: d.login for d in repo.devices()}


def _conflict_item(repo: Repository, record_id: str) -> Item:
    nodes = repo.nodes([record_id])[record_id]
    heads = merge.heads(nodes)
    logins = _logins(repo)
    sides = [_side(repo, str(n + 1), "current" if n == 0 else "head", h, logins)
             for n, h in enumerate(heads)]
    find = {(x.version, x.sha256): x for x in nodes}
    common = [m for m in nodes if all(merge.is_ancestor(m, h, lambda v, s: find.get((v, s)))
                                      for h in heads)]
    base_node = max(common, key=merge.rank) if common else None
    base = repo.version_data(record_id, base_node.version, base_node.sha256) if base_node else None
    conflict = next(c for c in repo.conflicts("open") if c["record_id"] == record_id)
    item = Item(conflict_ref(record_id), heads[0].kind, record_id, None, "", [], "conflict",
                "", conflict["detected_at"], sides, base, _ref(base_node))
    return _finish(repo, item)


def _side(repo: Repository, label: str, origin: str, h: Node, logins: dict[str, str]) -> Side:
    data = repo.version_data(h.record_id, h.version, h.sha256) or {}
    login = data.get("updated_by") if h.device_id == HQ_DEVICE else logins.get(h.device_id, "?")
    return Side(label, origin, h.device_id, str(login or "?"), h.version, h.sha256,
                h.updated_at or "", data)


def _held_item(repo: Repository, held_id: int) -> Item:
    rows = repo.held_by_id(held_id)
    if rows is None or rows.status != "held":
        raise NotFound("no open conflict or held change with this reference", kind="review",
                       id=f"H-{held_id}")
    h: HeldRow = rows
    logins = _logins(repo)
    sides: list[Side] = []
    current = repo.record(h.record_id)
    if current is not None:
        kind, data, sha = current
        node = repo.node(h.record_id, data["version"], sha)
        sides.append(Side("1", "current", node.device_id if node else "?",
                          logins.get(node.device_id, str(data.get("updated_by", "?"))) if node else "?",
                          data["version"], sha, str(data.get("updated_at") or ""), data))
    held_data = json.loads(h.data)
    sides.append(Side(str(len(sides) + 1), "held", h.device_id, logins.get(h.device_id, "?"),
                      h.version, h.sha256, str(held_data.get("updated_at") or ""), held_data))
    base = None
    base_ref = ""
    if h.base_version is not None:
        base = repo.version_data(h.record_id, h.base_version, h.base_sha256 or "")
        base_ref = f"{h.base_version}:{(h.base_sha256 or '')[:12]}" if base is not None else ""
    item = Item(f"H-{held_id}", h.kind, h.record_id, h.case_id, "", [], h.reason, h.detail,
                h.held_at, sides, base, base_ref, held_id)
    return _finish(repo, item)


def _ref(n: Node | None) -> str:
    return f"{n.version}:{n.sha256[:12]}" if n else ""


def _finish(repo: Repository, item: Item) -> Item:
    data = item.sides[0].data
    item.case_id = item.case_id or (item.record_id if item.kind == "case" else data.get("case_id"))
    case = repo.record(item.case_id) if item.case_id else None
    item.case_no = str(case[1].get("case_no", "")) if case else str(data.get("case_no", "") or "")
    item.persons = _persons(repo, item)
    item.diff = diff(item.base, [s.data for s in item.sides])
    return item


def _name(p: dict[str, Any]) -> str:
    initials = "".join(f"{x[0]}." for x in (p.get("first_name"), p.get("patronymic")) if x)
    return " ".join(x for x in (p.get("last_name", ""), initials) if x)


def _persons(repo: Repository, item: Item) -> list[str]:
    """Who the record is about: the person itself, else the case's affected people first."""
    if item.kind == "person":
        return [_name(item.sides[-1].data)]
    if not item.case_id:
        return []
    links = sorted(((d.get("role") != "affected", d.get("role", ""), d.get("person_id"))
                    for _k, d, _s in repo.records_where(
                        "kind = 'participant' AND case_id = ? AND deleted = 0", (item.case_id,))))
    out = []
    for _first, _role, pid in links[:2]:
        found = repo.record(pid) if pid else None
        if found:
            out.append(_name(found[1]))
    return out


# --- the diff -----------------------------------------------------------------------------------


def flatten(data: dict[str, Any] | None) -> dict[str, Any]:
    """Field → value, a form's ``answers`` one answer per field (``answers.<name>``)."""
    out: dict[str, Any] = {}
    for k, v in (data or {}).items():
        if k in BOOKKEEPING:
            continue
        if k == "answers" and isinstance(v, dict):
            for ak, av in v.items():
                out[f"answers.{ak}"] = av
        else:
            out[k] = v
    return out


def diff(base: dict[str, Any] | None, sides: list[dict[str, Any]]) -> list[FieldDiff]:
    flat_base = flatten(base) if base is not None else None
    flats = [flatten(s) for s in sides]
    names = sorted({k for f in flats for k in f} | set(flat_base or {}))
    out = []
    for name in names:
        values = [f.get(name, ABSENT) for f in flats]
        if all(_same(v, values[0]) for v in values):
            continue
        b = flat_base.get(name, ABSENT) if flat_base is not None else ABSENT
        changed = [n for n, v in enumerate(values) if not _same(v, b)] if flat_base is not None \
            else list(range(len(values)))
        distinct = {canonical({"v": values[n]}) if values[n] is not ABSENT else b"" for n in changed}
        proposal = changed[0] if flat_base is not None and len(distinct) == 1 else None
        out.append(FieldDiff(name, b, values, proposal))
    return out


def _same(a: Any, b: Any) -> bool:
    if a is ABSENT or b is ABSENT:
        return a is b
    return canonical({"v": a}) == canonical({"v": b})


# --- deciding -----------------------------------------------------------------------------------


def merged(item: Item, take: dict[str, str], values: dict[str, Any], rest: str | None) -> tuple[dict, dict]:
    """The record the decision makes, and what was decided per differing field."""
    labels = {s.label: n for n, s in enumerate(item.sides)}
    known = {d.name: d for d in item.diff}
    unknown = sorted((set(take) | set(values)) - set(known))
    if unknown:
        raise ValidationError({f: ["not_a_differing_field"] for f in unknown})
    bad = sorted(f for f, side in take.items() if side not in labels and side != "base")
    if rest is not None and rest not in labels and rest != "base":
        bad.append("--rest")
    if bad:
        raise ValidationError({f: ["not_a_side"] for f in bad})
    result = flatten(item.sides[0].data)
    decided: dict[str, Any] = {}
    undecided = []
    for name, d in known.items():
        if name in values:
            value, how = values[name], "value"
        else:
            side = take.get(name, rest)
            if side == "base":
                if item.base is None:
                    raise ValidationError({name: ["no_common_base"]})
                value, how = d.base, "base"
            elif side is not None:
                value, how = d.values[labels[side]], f"side {side}"
            elif d.proposal is not None:
                value, how = d.values[d.proposal], f"side {item.sides[d.proposal].label} (only change)"
            else:
                undecided.append(name)
                continue
        decided[name] = {"how": how, "value": None if value is ABSENT else value}
        if value is ABSENT:
            result.pop(name, None)
        else:
            result[name] = value
    if undecided:
        raise ValidationError({n: ["decide_this_field"] for n in undecided}, fields=", ".join(undecided))
    return _unflatten(result, item.sides[0].data), decided


def _unflatten(flat: dict[str, Any], like: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: v for k, v in like.items() if k in BOOKKEEPING}
    answers: dict[str, Any] | None = {} if isinstance(like.get("answers"), dict) else None
    for k, v in flat.items():
        if k.startswith("answers.") and answers is not None:
            answers[k[len("answers."):]] = v
        else:
            out[k] = v
    if answers is not None:
        out["answers"] = answers
    return out


def _stamp(item: Item, data: dict[str, Any], at: str, actor: str) -> tuple[dict[str, Any], str]:
    version = max([s.version for s in item.sides] + [item.sides[0].data.get("version", 0)]) + 1
    data = {**data, "id": item.record_id, "version": version, "updated_at": at,
            "updated_by": f"hq:{actor}"}
    line = {"kind": item.kind, "record": data, "sha256": record_sha256(data), "base": None}
    try:
        check_line(line)
    except RecordFormatError as exc:
        raise ValidationError({"": ["decision_not_a_valid_record"]}, detail=str(exc)) from None
    return data, line["sha256"]


def resolve(repo: Repository, keys: HqKeys, ref: str, *, take: dict[str, str] | None = None,
            values: dict[str, Any] | None = None, rest: str | None = None, note: str, actor: str,
            at: str, out_dir: Path) -> Decision:
    """Decide an item field by field; the result becomes the record's only head and travels
    to the devices involved."""
    if not note.strip():
        raise ValidationError({"note": ["required"]})
    with repo.transaction():
        item = load(repo, ref)
        record, decided = merged(item, take or {}, values or {}, rest)
        data, sha = _stamp(item, record, at, actor)
        parent = item.sides[0] if item.sides[0].origin != "held" else None
        repo.add_versions([(item.record_id, data["version"], sha, item.kind, HQ_DEVICE,
                            f"review:{uuid.uuid4()}", parent.version if parent else None,
                            parent.sha256 if parent else None, at, int(data["deleted"]),
                            canonical(data).decode("utf-8"))])
        repo.supersede(item.record_id, (data["version"], sha))
        merge.refresh(repo, [item.record_id], {(item.record_id, data["version"], sha): data}, at)
        summary = f"{item.ref} → {data['version']}:{sha[:12]}: {note.strip()}"
        repo.resolve_conflicts(item.record_id, at, f"{summary} ({actor})")
        if item.held_id is not None:
            repo.set_held_status(item.held_id, "resolved", at)
        if item.kind in authority.OWNED and not repo.owners([item.record_id]):
            _own_new(repo, item, at)
        targets = _targets(repo, item)
        repo.add_event(at, actor, "resolve", item.record_id, summary)
        decision_id = repo.add_decision(item.ref, item.record_id, item.kind, "resolve", actor, at,
                                        note.strip(), decided, data["version"], sha, targets)
    packs = _send(repo, keys, item.kind, data, sha, targets, out_dir, at, actor, decision_id)
    return Decision(item.ref, item.record_id, data["version"], sha, decided, packs)


def reject(repo: Repository, keys: HqKeys, ref: str, *, note: str, actor: str, at: str,
           out_dir: Path) -> Decision:
    """Keep headquarters' version of a held change; the device that sent it receives it."""
    if not note.strip():
        raise ValidationError({"note": ["required"]})
    with repo.transaction():
        item = load(repo, ref)
        if item.held_id is None:
            raise ValidationError({"": ["reject_is_for_held_changes"]})
        repo.set_held_status(item.held_id, "rejected", at)
        repo.add_event(at, actor, "reject", item.record_id, f"{item.ref}: {note.strip()}")
        current = item.sides[0] if item.sides[0].origin == "current" else None
        version, sha = (current.version, current.sha256) if current else (0, "")
        held = item.sides[-1]
        targets: dict[str, tuple[int, str] | None] = \
            {held.device_id: (held.version, held.sha256)} if current is not None else {}
        decision_id = repo.add_decision(item.ref, item.record_id, item.kind, "reject", actor, at,
                                        note.strip(), {}, version, sha, targets)
    packs: list[Path] = []
    if current is not None:
        packs = _send(repo, keys, item.kind, current.data, current.sha256, targets, out_dir, at,
                      actor, decision_id)
    return Decision(item.ref, item.record_id, version, sha, {}, packs)


def _own_new(repo: Repository, item: Item, at: str) -> None:
    """A held new case or person accepted by a reviewer belongs to the device that made it."""
    held = item.sides[-1]
    device = repo.device(held.device_id)
    if device is not None:
        repo.set_owner(OwnerRow(item.record_id, item.kind, device.device_id, device.login, at,
                                "review"))


def _targets(repo: Repository, item: Item) -> dict[str, tuple[int, str] | None]:
    """Device → the version of its own the decision replaces (None: it has none of its own
    at headquarters, e.g. the owner of a case a held visit was sent into)."""
    out: dict[str, tuple[int, str] | None] = {}
    # A device with two sides (a vault restored from a backup) holds the one it sent last.
    arrived = repo.arrival(item.record_id)
    for s in sorted(item.sides, key=lambda s: (arrived.get((s.version, s.sha256), 1 << 62), s.version)):
        if s.device_id != HQ_DEVICE:
            out[s.device_id] = (s.version, s.sha256)
    owner_of = item.record_id if item.kind in authority.OWNED else item.case_id
    owner = repo.owners([owner_of]).get(owner_of) if owner_of else None
    if owner is not None:
        # The owner's copy came from headquarters when the current version is headquarters' own.
        current = item.sides[0]
        from_hq = (current.version, current.sha256) if current.device_id == HQ_DEVICE else None
        out.setdefault(owner.device_id, from_hq)
    return out


def _send(repo: Repository, keys: HqKeys, kind: str, data: dict[str, Any], sha: str,
          targets: dict[str, tuple[int, str] | None], out_dir: Path, at: str, actor: str,
          decision_id: int) -> list[Path]:
    """One update pack per device (after the decision is committed: a failure here leaves
    the decision made, and :func:`send_again` writes the packs again)."""
    packs = []
    for device_id, own in targets.items():
        device: DeviceRow | None = repo.device(device_id)
        if device is None or device.status != "approved":
            continue
        content = PackContent(records=[updates.line(kind, data, sha, own)])
        packs.append(updates.issue(repo, keys, device_id, content, out_dir, at, actor))
    with repo.transaction():
        repo.set_decision_sent(decision_id, [p.name for p in packs])
    return packs


def decisions(repo: Repository, record_id: str | None = None) -> list[dict[str, Any]]:
    return repo.decisions(record_id)


def send_again(repo: Repository, keys: HqKeys, decision_id: int, *, at: str, actor: str,
               out_dir: Path) -> list[Path]:
    """Write a decision's update packs again (e.g. the first attempt met a full disk)."""
    found = [d for d in repo.decisions(None) if d["id"] == decision_id]
    if not found or not found[0]["sha256"]:
        raise NotFound("no decision with this number sends anything", kind="decision", id=decision_id)
    d = found[0]
    data = repo.version_data(d["record_id"], d["version"], d["sha256"])
    if data is None:
        raise NotFound("the decided version is not at headquarters", kind="decision", id=decision_id)
    targets = {k: (tuple(v) if v else None) for k, v in d["sent"].get("targets", {}).items()}
    with repo.transaction():
        repo.add_event(at, actor, "send_again", d["record_id"], f"decision {decision_id}")
    return _send(repo, keys, d["kind"], data, d["sha256"], targets, out_dir, at, actor,  # type: ignore[arg-type]
                 decision_id)


__all__ = ["Item", "Side", "FieldDiff", "Decision", "items", "load", "diff", "merged", "resolve",
           "reject", "decisions", "send_again", "open_conflicts", "conflict_ref"]
