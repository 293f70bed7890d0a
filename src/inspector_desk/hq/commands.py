"""The commands of ``inspector-desk-hq`` (hq/cli.py holds the parser)."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from inspector_desk.hq import devices, keys as hq_keys, recovery, report as hq_report, review, updates
from inspector_desk.hq import links as hq_links, quarantine as hq_quarantine, users as hq_users
from inspector_desk.hq.backends import open_backend
from inspector_desk.hq.gaps import gaps_of
from inspector_desk.hq.importer import AlreadyImported, Importer, Rejection
from inspector_desk.hq.intake.tls import enrolment_intake
from inspector_desk.hq.receipts import write_receipt
from inspector_desk.hq.repo import Repository
from inspector_desk.keystore.keyfile import write_atomic
from inspector_desk.paths import mode_problems, mode_report, tree
from inspector_desk.sync.canonical import read_limited

REPAIR = "inspector-desk-hq doctor --repair"


@contextmanager
def opened(hq: Any) -> Iterator[tuple[hq_keys.HqKeys, Repository]]:
    _warn_modes(hq)
    keys = hq_keys.unlock(hq.home, hq.passphrase())
    repo = Repository(open_backend(hq.args.db, hq.home, keys.db_key))
    try:
        yield keys, repo
    finally:
        repo.close()


def _out(arg: str | None, default: Path) -> Path:
    return Path(arg) if arg else default


def _packs_out(hq: Any) -> Path:
    """Where update packs are written: ``--out``, else HOME/outbox/updates."""
    return _out(hq.args.out, hq.home / "outbox" / "updates")


def _written(hq: Any, paths: list[Path]) -> int:
    """Say where each update pack was written; the command's exit status (0)."""
    for p in paths:
        hq.say(hq.t("hq.update_written", path=p))
    return 0


# --- file modes (docs/hq.md): everything in HOME is for its user alone ------------------------


def _warn_modes(hq: Any) -> None:
    """One line on standard error when files or folders in HOME are open to other users."""
    wide = mode_problems(tree(hq.home))
    if wide:
        print(hq.t("label.doctor_modes_warning", count=len(wide), command=REPAIR), file=sys.stderr)


def doctor(hq: Any) -> int:
    """Every file or folder in HOME that others than its user may read; ``--repair`` gives
    it 0600/0700. Needs no passphrase. Exit 1 while any remains open."""
    if os.name == "nt":  # no mode bits: the user-only ACL is given where each file is made
        return 0
    problems = mode_problems(tree(hq.home), repair=hq.args.repair)
    for key, params in mode_report(problems, repair=hq.args.repair):
        hq.say(hq.t(key, command=REPAIR, **params))
    return 1 if any(not p.repaired for p in problems) else 0


# --- keys and devices ------------------------------------------------------------------------


def keys_init(hq: Any) -> int:
    passphrase = hq.passphrase()
    officers = hq.officers(hq.args.officers)
    public = hq_keys.init_keys(hq.home, passphrase, officers, hq.now())
    hq.say(hq.t("hq.keys_created", path=hq.home, fingerprint=hq_keys.fingerprint(public)))
    return 0


def keys_show(hq: Any) -> int:
    public = hq_keys.load_public(hq.home)
    hq.say(hq.t("hq.fingerprint", fingerprint=hq_keys.fingerprint(public)))
    for name, value in vars(public).items():
        hq.say(f"{name}: {value}")
    return 0


def enrol_approve(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        row, data = devices.approve(repo, keys, read_limited(Path(a.request)), case_prefix=a.prefix,
                                    at=hq.now().isoformat(), actor=hq.actor(repo), unit=a.unit,
                                    replace_key=a.replace_key, reason=a.reason or "",
                                    intake=enrolment_intake(hq.home))  # docs/hq-server.md
    dest = _out(a.out, Path(a.request).parent)
    if dest.is_dir():
        dest = dest / f"idesk-enrolment-{row.device_id[:8]}.idenrol"
    write_atomic(dest, data)
    if a.replace_key:
        hq.say(hq.t("hq.key_replaced", device=row.device_id, key_id=row.key_id, reason=a.reason))
    hq.say(hq.t("hq.enrolled", device=row.device_id, prefix=row.case_prefix, path=dest,
                fingerprint=hq_keys.fingerprint(keys.public)))
    return 0


def devices_list(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        for d in repo.devices():
            g = gaps_of(repo, d.device_id)
            hq.say(f"{d.device_id}  {d.case_prefix:<6} {d.status:<9} {d.login:<10} {d.unit}  "
                   f"last={g.highest} missing={g.missing or '-'} burned={g.burned or '-'}"
                   + (f" forks={g.forks}" if g.forks else ""))
    return 0


def devices_revoke(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        d = devices.revoke(repo, hq.args.device_id, hq.args.reason, hq.now().isoformat(), hq.actor(repo))
    hq.say(hq.t("hq.revoked", device=d.device_id))
    return 0


# --- bundles and receipts --------------------------------------------------------------------


def import_bundles(hq: Any) -> int:
    a = hq.args
    receipts_dir = _out(a.receipts, hq.home / "outbox" / "receipts")
    refused = 0
    with opened(hq) as (keys, repo):
        importer = Importer(repo, keys, hq.home, now=hq.now, max_bundle=a.max_size)
        touched: set[str] = set()
        for r in importer.import_paths([Path(p) for p in a.paths]):
            if isinstance(r, Rejection):
                refused += 1
                if r.error.code == "bundle_not_a_file":
                    hq.say(hq.t("hq.skipped", file=r.path, reason=str(r.error)))
                    continue
                hq.say(hq.t("hq.rejected", file=r.path.name, code=r.error.code, reason=str(r.error),
                            path=r.quarantined or "-"))
                # Only a file its device signed tells that device anything (hq/receipts.py).
                if r.verified and r.device_id and repo.device(r.device_id):
                    touched.add(r.device_id)
                continue
            if isinstance(r, AlreadyImported):
                touched.add(r.device_id)
                hq.say(hq.t("hq.already_imported", file=r.path.name, seq=r.seq, at=r.imported_at))
                continue
            touched.add(r.device_id)
            hq.say(hq.t("hq.imported", file=r.path.name, seq=r.seq, records=r.records,
                        attachments=r.attachments, conflicts=r.conflicts))
            for note in r.notes:
                hq.say(f"  ! {note}")
        for device in sorted(touched):
            path = write_receipt(repo, keys, hq.home, device, hq.now().isoformat(), receipts_dir)
            hq.say(hq.t("hq.receipt", path=path))
    held = hq_quarantine.report(hq.home)
    if held.bytes > hq_quarantine.WARN_BYTES:
        print(hq.t("hq.quarantine_large", size=hq_quarantine.size_text(held.bytes), count=held.count),
              file=sys.stderr)
    return 1 if refused else 0


def quarantine(hq: Any) -> int:
    """The quarantine's contents; with ``--purge``, entries older than the retention are
    removed and the removal audited (this needs the passphrase; the report does not)."""
    days = hq.args.older_than if hq.args.older_than is not None else hq_quarantine.DEFAULT_RETENTION_DAYS
    if days < hq_quarantine.MIN_RETENTION_DAYS:
        print(hq.t("hq.quarantine_too_short", days=days, min=hq_quarantine.MIN_RETENTION_DAYS),
              file=sys.stderr)
        return 2
    r = hq_quarantine.report(hq.home)
    when = (lambda t: t.astimezone().isoformat(timespec="minutes") if t else "-")
    hq.say(hq.t("hq.quarantine_summary", path=hq.home / hq_quarantine.QUARANTINE, count=r.count,
                size=hq_quarantine.size_text(r.bytes), oldest=when(r.oldest), newest=when(r.newest)))
    for reason, n in sorted(r.by_reason.items(), key=lambda kv: (-kv[1], kv[0])):
        hq.say(hq.t("hq.quarantine_by_reason", reason=reason, count=n))
    for device, n in sorted(r.by_device.items(), key=lambda kv: (-kv[1], kv[0])):
        hq.say(hq.t("hq.quarantine_by_device", device=device, count=n))
    old = hq_quarantine.expired(hq.home, hq.now(), days)
    if not hq.args.purge:
        hq.say(hq.t("hq.quarantine_expired", days=days, count=len(old),
                    size=hq_quarantine.size_text(sum(e.size for e in old))))
        return 0
    with opened(hq) as (_keys, repo):
        count, freed = hq_quarantine.purge(hq.home, repo, hq.now(), hq.actor(repo), days)
    hq.say(hq.t("hq.quarantine_purged", count=count, days=days, size=hq_quarantine.size_text(freed)))
    return 0


def receipt(hq: Any) -> int:
    with opened(hq) as (keys, repo):
        path = write_receipt(repo, keys, hq.home, hq.args.device_id, hq.now().isoformat(),
                             _out(hq.args.out, hq.home / "outbox" / "receipts"))
    hq.say(hq.t("hq.receipt", path=path))
    return 0


# --- review --------------------------------------------------------------------------------


def conflicts_list(hq: Any) -> int:
    """Open conflicts and held changes: reference, case number, person, inspectors, times."""
    with opened(hq) as (_keys, repo):
        found = review.items(repo)
        for i in found:
            times = ", ".join(f"{s.label}: {s.updated_at or '-'}" for s in i.sides)
            hq.say(hq.t("hq.review_item", ref=i.ref, kind=i.kind, case=i.case_no or "-",
                        persons=", ".join(i.persons) or "-", inspectors=", ".join(i.inspectors),
                        since=i.since, times=times, reason=i.reason, clashes=len(i.clashes),
                        fields=len(i.diff)))
        if not found:
            hq.say(hq.t("hq.no_conflicts"))
    return 0


def _shown(value: Any) -> str:
    if value is review.ABSENT:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " ")
    return text if len(text) <= 60 else text[:59] + "…"


def conflicts_show(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        i = review.load(repo, hq.args.ref)
    hq.say(hq.t("hq.review_head", ref=i.ref, kind=i.kind, record=i.record_id, case=i.case_no or "-",
                persons=", ".join(i.persons) or "-", reason=i.reason, detail=i.detail or "-"))
    for s in i.sides:
        hq.say(hq.t("hq.review_side", label=s.label, origin=hq.t(f"hq.side_{s.origin}"),
                    login=s.login, device=s.device_id[:8], version=s.version, sha=s.sha256[:12],
                    at=s.updated_at or "-"))
    hq.say(hq.t("hq.review_base", base=i.base_ref or hq.t("hq.review_no_base")))
    for d in i.diff:
        mark = "!" if d.proposal is None else " "
        proposal = i.sides[d.proposal].label if d.proposal is not None else hq.t("hq.review_decide")
        hq.say(f"{mark} {d.name}")
        hq.say(f"    base: {_shown(d.base)}")
        for s, v, changed in zip(i.sides, d.values, d.changed):
            hq.say(f"    {s.label}{'*' if changed else ' '}   {_shown(v)}")
        hq.say(f"    → {proposal}")
    if i.clashes:
        hq.say(hq.t("hq.review_clashes", fields=", ".join(i.clashes)))
    return 0


def _pairs(items: list[str], parse_value: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{item!r}: expected FIELD=VALUE")
        if parse_value:
            try:
                out[name.strip()] = json.loads(value)
            except ValueError:
                out[name.strip()] = value
        else:
            out[name.strip()] = value.strip()
    return out


def conflicts_resolve(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        actor = hq.actor(repo, required=True)
        decision = review.resolve(repo, keys, a.ref, take=_pairs(a.take, False), values=_pairs(a.set, True),
                                  rest=a.rest, note=a.note, actor=actor, at=hq.now().isoformat(),
                                  out_dir=_packs_out(hq))
    hq.say(hq.t("hq.resolved", record=decision.item, version=decision.version))
    return _written(hq, decision.packs)


def conflicts_reject(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        actor = hq.actor(repo, required=True)
        decision = review.reject(repo, keys, a.ref, note=a.note, actor=actor, at=hq.now().isoformat(),
                                 out_dir=_packs_out(hq))
    hq.say(hq.t("hq.rejected_change", ref=decision.item))
    return _written(hq, decision.packs)


def conflicts_decisions(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        for d in review.decisions(repo):
            hq.say(hq.t("hq.decision", id=d["id"], at=d["at"], actor=d["actor"], action=d["action"],
                        ref=d["item"], record=d["record_id"], version=d["version"], note=d["note"],
                        packs=len(d["sent"].get("packs", []))))
    return 0


def conflicts_send(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        actor = hq.actor(repo, required=True)
        packs = review.send_again(repo, keys, a.decision, at=hq.now().isoformat(), actor=actor,
                                  out_dir=_packs_out(hq))
    return _written(hq, packs)


# --- people at headquarters ------------------------------------------------------------------


def users_list(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        for u in hq_users.users(repo):
            state = hq.t("hq.user_disabled", at=u.disabled_at, reason=u.disable_reason) \
                if u.disabled_at else ""
            hq.say(f"{u.login:<16} {u.role:<8} {u.name}  {u.created_at} ({u.created_by}) {state}".rstrip())
    return 0


def users_add(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (_keys, repo):
        actor = hq_users.NO_USER if not hq_users.has_users(repo) else hq.actor(repo)
        hq_users.require_admin(repo, None if actor == hq_users.NO_USER else hq_users.user(repo, actor))
        secret = hq.secret(a.new_passphrase_file, hq.t("hq.new_user_passphrase", login=a.login))
        if not a.new_passphrase_file and sys.stdin.isatty():
            if hq.secret(None, hq.t("hq.new_user_passphrase_again")) != secret:
                raise ValueError(hq.t("hq.passphrases_differ"))
        u = hq_users.add(repo, a.login, a.name, a.role, secret, at=hq.now().isoformat(),
                         actor=actor if actor != hq_users.NO_USER else a.login.strip().lower())
    hq.say(hq.t("hq.user_added", login=u.login, role=u.role))
    return 0


def users_disable(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        actor = hq.actor(repo, required=True)
        hq_users.require_admin(repo, hq_users.user(repo, actor))
        hq_users.disable(repo, hq.args.login, hq.args.reason, at=hq.now().isoformat(), actor=actor)
    hq.say(hq.t("hq.user_disabled_now", login=hq.args.login))
    return 0


def audit(hq: Any) -> int:
    """The HQ audit log (``events``): time, user, action, subject, detail."""
    with opened(hq) as (_keys, repo):
        rows = repo.events()
    for at, actor, action, subject, detail in rows[-max(hq.args.last, 1):]:
        hq.say("  ".join(x for x in (at, actor, action, subject, detail) if x))
    return 0


def held_list(hq: Any) -> int:
    """Changes headquarters did not apply (hq/authority.py), oldest first."""
    with opened(hq) as (_keys, repo):
        found = repo.held_of(None, "waiting" if hq.args.waiting else "held")
        logins = {d.device_id: d.login for d in repo.devices()}
        for _id, h in found:
            hq.say(hq.t("hq.held", at=h.held_at, device=h.device_id[:8], login=logins.get(h.device_id, "?"),
                        seq=h.seq, kind=h.kind, record=h.record_id, version=h.version, reason=h.reason,
                        detail=h.detail))
        if not found:
            hq.say(hq.t("hq.no_held"))
    return 0


# --- updates, recovery, reports --------------------------------------------------------------


def update(hq: Any) -> int:
    a = hq.args
    content = updates.content_from_files([Path(f) for f in a.form], [Path(f) for f in a.choices],
                                         Path(a.rules) if a.rules else None)
    with opened(hq) as (keys, repo):
        path = updates.issue(repo, keys, a.device_id, content,
                             _packs_out(hq), hq.now().isoformat(),
                             hq.actor(repo))
    return _written(hq, [path])


def reassign(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        paths = updates.reassign(repo, keys, a.case_no, a.to, _packs_out(hq),
                                 hq.now().isoformat(), hq.actor(repo))
    return _written(hq, paths)


def recover_approve(hq: Any) -> int:
    doc = json.loads((hq.home / hq_keys.PUBLIC).read_text(encoding="utf-8"))
    with opened(hq) as (keys, repo):
        actor = hq.actor(repo)
        officers = hq.officers(int(doc.get("recovery_officers", 1)))
        identity = hq_keys.unlock_recovery(hq.home, officers)
        body, data = recovery.approve(repo, keys, identity, read_limited(Path(hq.args.request)),
                                      officers=[f"officer {i + 1}" for i in range(len(officers))],
                                      at=hq.now().isoformat(), actor=actor)
    dest = _out(hq.args.out, Path(hq.args.request).parent)
    if dest.is_dir():
        dest = dest / f"idesk-recovery-{body['device_id'][:8]}-{body['request_id'][:8]}.idrec"
    write_atomic(dest, data)
    hq.say(hq.t("hq.recovery_written", path=dest))
    return 0


def report(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        groups = list(hq_report.figures(repo, a.month, a.by, hq.now()))
        path = hq_report.write_csv(groups, a.by, a.month, _out(
            a.out, hq.home / "reports" / f"statistics-{a.month}-{a.by}.csv"))
        hq.say(hq.t("hq.report_written", path=path))
        previous = list(hq_report.figures(repo, hq_report.previous_month(a.month), a.by, hq.now())) \
            if a.pdf or a.xlsx else None
        if a.xlsx:
            path = hq_report.write_xlsx(groups, a.by, a.month, Path(a.xlsx), hq.lang, previous)
            hq.say(hq.t("hq.report_written", path=path))
        if a.pdf:
            for p in hq_report.write_pdfs(groups, a.by, Path(a.pdf), keys.signer, hq.now(), hq.lang,
                                          previous):
                hq.say(hq.t("hq.report_written", path=p))
    return 0


# --- linked persons across inspectors (hq/links.py) ----------------------------------------


def links_list(hq: Any) -> int:
    """Candidate pairs: reference, score, reason, each side's inspector, cases and name."""
    with opened(hq) as (_keys, repo):
        found = hq_links.candidates(repo, hq.args.min_score)
    for c in found:
        hq.say(hq.t("hq.link_candidate", ref=c.ref, score=c.score,
                    reason=hq.t(f"hq.link_reason_{c.reason}"), a_login=c.a.login,
                    a_cases=", ".join(c.a.case_nos) or "-", a_name=c.a.name or "-",
                    b_login=c.b.login, b_cases=", ".join(c.b.case_nos) or "-", b_name=c.b.name or "-"))
    if not found:
        hq.say(hq.t("hq.no_link_candidates"))
    return 0


def _may_link(repo: Repository, actor: str) -> None:
    """Deciding a pair is an analyst's (or an admin's) act (hq/users.py PERMISSIONS)."""
    u = hq_users.user(repo, actor)
    if not u.allowed("links"):
        raise hq_users.NotAllowed("the role does not allow this", login=actor, role=u.role,
                                  action="links")


def links_confirm(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (keys, repo):
        actor = hq.actor(repo, required=True)
        _may_link(repo, actor)
        d = hq_links.confirm(repo, keys, a.pair, note=a.note, actor=actor, at=hq.now().isoformat(),
                             out_dir=_packs_out(hq))
    hq.say(hq.t("hq.link_confirmed", ref=d.ref, reason=hq.t(f"hq.link_reason_{d.reason}"),
                score=d.score, notices=sum(len(n) for n in d.notices.values())))
    return _written(hq, d.packs)


def links_reject(hq: Any) -> int:
    a = hq.args
    with opened(hq) as (_keys, repo):
        actor = hq.actor(repo, required=True)
        _may_link(repo, actor)
        d = hq_links.reject(repo, a.pair, note=a.note, actor=actor, at=hq.now().isoformat())
    hq.say(hq.t("hq.link_rejected", ref=d.ref))
    return 0


def links_decisions(hq: Any) -> int:
    with opened(hq) as (_keys, repo):
        for d in hq_links.decisions(repo):
            hq.say(hq.t("hq.link_decision", id=d["id"], ref=d["ref"], at=d["at"], actor=d["actor"],
                        status=d["status"], reason=d["reason"], score=d["score"],
                        a_cases=", ".join(d["cases"].get("a", [])) or "-",
                        b_cases=", ".join(d["cases"].get("b", [])) or "-", note=d["note"],
                        packs=len(d["sent"].get("packs", []))))
    return 0
