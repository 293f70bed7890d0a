"""``case new | list | show | close | reopen``, ``search`` and ``due``: family cases."""

from __future__ import annotations

from typing import Any

from inspector_desk.cli.common import Commands, Context, reason, wants_json, with_session


def _print_kind(kind: str) -> str | None:
    """The ``print`` document of a record kind (``measure`` → ``measure-notice``), or None."""
    from inspector_desk.core.kinds import record_documents

    return next((d.name for k, d in record_documents() if k.name == kind), None)


@with_session
def cmd_case_new(ctx: Context, session) -> int:
    a = ctx.args
    svc = session.services
    changes = svc.cases.open_case(address=a.address, district=a.district, source=a.source, beat=a.beat)
    case_no, _affected = svc.desk.case_heads([changes.created])[changes.created]
    ctx.say(ctx.t("label.created_case", case_no=case_no))
    return 0


CASE_ROW_KEYS = ("id", "case_no", "status", "risk_level", "district", "address", "inspector",
                 "opened_at", "due_at", "due_reason", "affected", "active_measures")


@with_session
def cmd_case_list(ctx: Context, session) -> int:
    """The register (every status unless --status), by case number. Not a case opening:
    not audited, like the register on the screen."""
    from inspector_desk.core.records import CaseFilter

    rows = session.services.desk.case_page(CaseFilter(status=ctx.args.status or "all"), sort="case_no",
                                      limit=max(ctx.args.limit, 0))
    if wants_json(ctx):
        ctx.say_json([{k: getattr(r, k) for k in CASE_ROW_KEYS} for r in rows])
        return 0
    for c in rows:
        ctx.say(f"{c.case_no}\t{c.status}\t{c.risk_level}\t{c.district}\t{c.address}")
    return 0


def _when(record: Any) -> Any:
    """When a record of the timeline happened: the time the timeline is sorted by (one
    definition, core/kinds.py)."""
    from inspector_desk.core.kinds import timeline_time

    return timeline_time(record)


def _detail(record: Any) -> str:
    return getattr(record, "kind", "") or getattr(record, "visit_type", "") or getattr(record, "level", "")


@with_session
def cmd_case_show(ctx: Context, session) -> int:
    """One case opened: one "view" entry in the audit log, like opening it on the screen."""
    svc = session.services
    view = svc.cases.get_case(svc.cases.find_case_by_number(ctx.args.case_no).id)
    c = view.case
    if wants_json(ctx):
        ctx.say_json(_case_json(view))
        return 0
    for key, value in (("label.case_no", c.case_no), ("label.status", c.status),
                       ("label.risk", c.risk_level), ("label.district", c.district),
                       ("label.address", c.address), ("label.inspector", c.inspector)):
        ctx.say(f"{ctx.t(key)}: {value}")
    ctx.say(f"id: {c.id}")
    if view.next_due:
        ctx.say(f"{ctx.t('label.next_due')}: {view.next_due[0]:%d.%m.%Y %H:%M} ({view.next_due[1]})")
    ctx.say(f"\n{ctx.t('label.participants')}:")
    for p in view.participants:
        person = p.person
        line = f"  {p.participant.role:<14} {person.full_name}  {person.iin or ''}  id {person.id}"
        if p.participant.cohabiting:
            line += (f"  {ctx.t('label.cohabiting')}: "
                     f"{ctx.t('label.cohabiting.' + p.participant.cohabiting)}")
        ctx.say(line.rstrip())
    ctx.say(f"\n{ctx.t('label.timeline')}:")
    for r in view.timeline:
        document = _print_kind(r.KIND)
        line = f"  {_when(r):%d.%m.%Y %H:%M}  {r.KIND:<9} {r.id}  {_detail(r):<21}"
        ctx.say((line + (f" [print {document}]" if document else "")).rstrip())
    return 0


def _case_json(view: Any) -> dict[str, Any]:
    c = view.case
    return {
        "id": c.id, "case_no": c.case_no, "status": c.status, "risk_level": c.risk_level,
        "district": c.district, "beat": c.beat, "address": c.address, "source": c.source,
        "inspector": c.inspector, "opened_at": c.opened_at, "closed_at": c.closed_at,
        "closure_reason": c.closure_reason, "version": c.version,
        "next_due": ({"at": view.next_due[0], "reason": view.next_due[1]}
                     if view.next_due else None),
        "participants": [{
            "participant_id": p.participant.id, "person_id": p.person.id,
            "role": p.participant.role, "relation": p.participant.relation,
            "cohabiting": p.participant.cohabiting, "full_name": p.person.full_name,
            "iin": p.person.iin, "birth_date": p.person.birth_date,
        } for p in view.participants],
        "records": [{
            "id": r.id, "kind": r.KIND, "at": _when(r), "detail": _detail(r),
            "version": r.version, "print": _print_kind(r.KIND),
        } for r in view.timeline],
    }


def _close_reason(ctx: Context) -> str:
    from inspector_desk.core.records import CLOSURE_REASONS_OFFERED

    return reason(ctx, CLOSURE_REASONS_OFFERED, "closure.")


def _reopen_reason(ctx: Context) -> str:
    from inspector_desk.core.services.cases import REOPEN_REASONS

    return reason(ctx, REOPEN_REASONS, "reopen.")


@with_session(first=_close_reason)
def cmd_case_close(ctx: Context, session) -> int:
    from inspector_desk.cli.common import CliError, err

    svc = session.services
    why = _close_reason(ctx)
    case = svc.cases.find_case_by_number(ctx.args.case_no)
    warnings = svc.cases.closing_warnings(case.id)
    for code in warnings:
        err(ctx.t("warning.close." + code, case_no=case.case_no))
    if warnings and not ctx.args.yes:
        raise CliError("label.close_needs_yes", case_no=case.case_no)
    svc.cases.close_case(case.id, why, ctx.args.note)
    ctx.say(ctx.t("label.case_closed", case_no=case.case_no, reason=ctx.t("closure." + why)))
    return 0


@with_session(first=_reopen_reason)
def cmd_case_reopen(ctx: Context, session) -> int:
    svc = session.services
    why = _reopen_reason(ctx)
    case = svc.cases.find_case_by_number(ctx.args.case_no)
    svc.cases.reopen_case(case.id, why, ctx.args.note)
    ctx.say(ctx.t("label.case_reopened", case_no=case.case_no, reason=ctx.t("reopen." + why)))
    return 0


@with_session
def cmd_search(ctx: Context, session) -> int:
    svc = session.services
    hits = svc.cases.search(" ".join(ctx.args.text), limit=ctx.args.limit)
    heads = svc.desk.case_heads([cid for h in hits for cid in h.case_ids])
    numbers = {cid: heads[cid][0] for cid in heads}
    if wants_json(ctx):
        ctx.say_json([{"kind": h.kind, "id": h.id, "title": h.title, "detail": h.detail,
                       "case_ids": list(h.case_ids),
                       "case_nos": [numbers[c] for c in h.case_ids if c in numbers]}
                      for h in hits])
        return 0
    if not hits:
        ctx.say(ctx.t("label.no_results"))
    for h in hits:
        cases = ", ".join(numbers[cid] for cid in h.case_ids[:3] if cid in numbers)
        ctx.say(f"{h.kind:<6} {h.title}\t{h.detail}\t{cases}")
    return 0


DUE_KEYS = ("case_id", "case_no", "due_at", "overdue", "reason", "risk_level", "address", "inspector")


@with_session
def cmd_due(ctx: Context, session) -> int:
    inspector = None if ctx.args.all else session.actor.user
    items = session.services.cases.due(inspector, horizon_days=ctx.args.days)
    if wants_json(ctx):
        ctx.say_json([{k: getattr(d, k) for k in DUE_KEYS} for d in items])
        return 0
    if not items:
        ctx.say(ctx.t("label.nothing_due"))
    for d in items:
        flag = ctx.t("label.overdue") if d.overdue else ""
        ctx.say(f"{d.due_at:%d.%m.%Y %H:%M}\t{d.case_no}\t{d.risk_level}\t{d.reason}\t{d.address}\t{flag}")
    return 0


def register(cli: Commands) -> None:
    case = cli.group("case", "family cases")
    s = case.add("new", cmd_case_new, "open a case")
    s.add_argument("--address", required=True)
    s.add_argument("--district", required=True)
    s.add_argument("--source", required=True, help="102, 111, statement, social_networks, school, medical, patrol")
    s.add_argument("--beat", default="")
    s = case.add("list", cmd_case_list, "list cases (every status unless --status)", json=True)
    s.add_argument("--status", choices=("active", "monitoring", "closed"))
    s.add_argument("--limit", type=int, default=1000)
    s = case.add("show", cmd_case_show, "show one case: its persons and records with their ids",
                 json=True)
    s.add_argument("case_no")
    s = case.add("close", cmd_case_close, "close a case (a reason, never a default; --yes after "
                 "the warnings: high risk, a measure in force, a contact due)")
    s.add_argument("case_no")
    s.add_argument("--reason", metavar="REASON", help="measures_expired_no_incidents, "
                   "family_moved, transferred, person_deceased, register_ended, other (other "
                   "needs --note); without it the reasons are listed")
    s.add_argument("--note", default="")
    s.add_argument("--yes", action="store_true", help="close despite the warnings shown")
    s = case.add("reopen", cmd_case_reopen, "open a closed case again, for a reason")
    s.add_argument("case_no")
    s.add_argument("--reason", metavar="REASON", help="new_report, new_incident, "
                   "closed_by_mistake, court_decision, other (other needs --note); without it "
                   "the reasons are listed")
    s.add_argument("--note", default="")

    s = cli.add("search", cmd_search, "search persons and cases", json=True)
    s.add_argument("text", nargs="+")
    s.add_argument("--limit", type=int, default=20)
    s = cli.add("due", cmd_due, "contacts due (yours; --all for the unit)", json=True)
    s.add_argument("--all", action="store_true")
    s.add_argument("--days", type=int, default=None)
