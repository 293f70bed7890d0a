"""``visit add``: a prevention visit from a JSON file of the form's answers."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.cli.common import CliError, Commands, Context, with_session


@with_session
def cmd_visit_add(ctx: Context, session) -> int:
    import json

    a = ctx.args
    svc = session.services
    try:
        answers = json.loads(Path(a.answers).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CliError("file_error", detail=f"{a.answers}: {exc}") from None
    case = svc.cases.find_case_by_number(a.case)
    svc.records.record_visit(case.id, answers)
    ctx.say(ctx.t("label.saved_visit", case_no=case.case_no))
    return 0


def register(cli: Commands) -> None:
    visit = cli.group("visit", "prevention visits")
    s = visit.add("add", cmd_visit_add, "record a visit from a JSON file of answers")
    s.add_argument("--case", required=True)
    s.add_argument("--answers", required=True,
                   help="JSON file: answers to the prevention visit form (forms/prevention_visit.v*.yaml)")
