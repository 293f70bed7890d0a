"""Update packs from headquarters: new form versions, follow-up rules, case reassignment.

Each pack is for one device (encrypted to the recipient it gave at enrolment), numbered per
device, signed by headquarters, and recorded in the ``updates`` table.

Reassigning a case makes a headquarters version of the case record (inspector changed,
version + 1, based on the current version) so that the merge sees every later edit as a
continuation of it; the new inspector's device receives the case with its persons,
participants, records and attachments; the previous holder's device receives the new case
version, so it knows the case has moved.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from inspector_desk.core.errors import NotFound
from inspector_desk.core.kinds import KINDS
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.hq import authority, merge
from inspector_desk.hq.keys import HqKeys
from inspector_desk.hq.repo import Repository
from inspector_desk.paths import private_dir
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.records_codec import record_sha256
from inspector_desk.sync.updates import UPDATE_FORMAT, PackContent, write_pack

FORM_FILE = re.compile(r"^([a-z][a-z0-9_]*)\.v([0-9]+)\.ya?ml$")
KIND_ORDER = tuple(k.name for k in KINDS)
"""A case's update pack, in dependency order: the registry's (core/kinds.py) order, the case
and persons first, then participants, the form kinds, attachments."""


def line(kind: str, data: dict[str, Any], sha: str, base: tuple[int, str] | None = None) -> bytes:
    """A record line; ``base`` names the version headquarters made this one from."""
    return canonical({"kind": kind, "record": data, "sha256": sha,
                      "base": None if base is None else {"version": base[0], "sha256": base[1]}}) + b"\n"


def content_from_files(forms: list[Path] = (), choices: list[Path] = (),  # type: ignore[assignment]
                       rules: Path | None = None) -> PackContent:
    c = PackContent()
    for f in forms:
        m = FORM_FILE.match(Path(f).name)
        if not m:
            raise ValueError(f"{f}: a form file is named <form_id>.v<version>.yaml")
        c.forms.append((m.group(1), int(m.group(2)), Path(f).read_bytes()))
    for f in choices:
        c.choices.append((Path(f).stem, Path(f).read_bytes()))
    if rules is not None:
        import json

        data = Path(rules).read_bytes()
        FollowUpRules.from_mapping(json.loads(data))  # refuse to send rules devices would refuse
        c.rules = data
    return c


def issue(repo: Repository, keys: HqKeys, device_id: str, content: PackContent, out_dir: Path,
          at: str, actor: str) -> Path:
    device = repo.device(device_id)
    if device is None or device.status != "approved":
        raise NotFound("no such enrolled device", kind="device", id=device_id)
    out_dir = Path(out_dir)
    private_dir(out_dir, tighten=False)  # made 0700 if new; the pack 0600 (write_envelope)
    with repo.transaction():
        seq = repo.next_update_seq(device_id)
        pack_id = str(uuid.uuid4())
        header = {"format": UPDATE_FORMAT, "type": "update", "pack_id": pack_id,
                  "device_id": device_id, "seq": seq, "hq_key_id": keys.public.signing_key_id,
                  "created_at": at}
        name = f"idesk-update-{device_id[:8]}-{seq:04d}.idu"
        written = write_pack(out_dir / name, header, content, device.recipient, keys.signer)
        repo.add_update(pack_id, device_id, seq, at, content.summary(), name)
        repo.add_event(at, actor, "update", device_id, f"pack {seq}: {content.summary()}")
    return written.path


def reassign(repo: Repository, keys: HqKeys, case_no: str, to_device: str, out_dir: Path,
             at: str, actor: str) -> list[Path]:
    """Hand a case to another enrolled device; returns the update packs written."""
    target = repo.device(to_device)
    if target is None or target.status != "approved":
        raise NotFound("no such enrolled device", kind="device", id=to_device)
    found = list(repo.records_where("kind = 'case' AND case_no = ?", (case_no,)))
    if not found:
        raise NotFound("no case with this number at headquarters", kind="case")
    _kind, case, sha = found[0]
    new = {**case, "inspector": target.login, "version": case["version"] + 1, "updated_at": at,
           "updated_by": f"hq:{actor}"}
    new_sha = record_sha256(new)
    with repo.transaction():
        repo.add_versions([(new["id"], new["version"], new_sha, "case", "hq", f"reassign:{uuid.uuid4()}",
                            case["version"], sha, at, int(new["deleted"]),
                            canonical(new).decode("utf-8"))])
        merge.refresh(repo, [new["id"]], {(new["id"], new["version"], new_sha): new}, at)
        # Ownership moves now (hq/authority.py): the new device's bundles change the case,
        # the previous owner's are held.
        previous_holder = authority.move_case(repo, new, target, at, new["version"], new_sha)
        from inspector_desk.hq import links  # its persons' owners moved: their candidate pairs (schema 6)
        links.update(repo, links.affected(repo, [new["id"]]))
        repo.add_event(at, actor, "reassign", new["id"], f"{case_no} → {target.login} ({to_device})")
    content = _case_content(repo, new, new_sha, (case["version"], sha))
    paths = [issue(repo, keys, to_device, content, out_dir, at, actor)]
    previous = repo.device(previous_holder) if previous_holder else None
    if previous is not None and previous.status == "approved" and previous_holder != to_device:
        notice = PackContent(records=[line("case", new, new_sha, (case["version"], sha))])
        paths.append(issue(repo, keys, previous_holder, notice, out_dir, at, actor))
    return paths


def _case_content(repo: Repository, case: dict[str, Any], case_sha: str,
                  case_base: tuple[int, str]) -> PackContent:
    """The case and everything that belongs to it, persons included, in dependency order."""
    items = [("case", case, case_sha)]
    rest = list(repo.records_where("case_id = ? AND kind != 'case'", (case["id"],)))
    person_ids = {d["person_id"] for k, d, _ in rest if k == "participant"}
    for pid in sorted(person_ids):
        found = repo.record(pid)
        if found:
            items.append(found)
    items += rest
    items.sort(key=lambda i: KIND_ORDER.index(i[0]))
    c = PackContent(records=[line(k, d, s, case_base if k == "case" else None) for k, d, s in items])
    for k, d, _s in items:
        if k == "attachment" and not d["deleted"] and repo.has_blob(d["sha256"]):
            c.attachments.append((d["id"], d["size"], d["sha256"],
                                  lambda sha=d["sha256"]: repo.blob_chunks(sha)))
    return c
