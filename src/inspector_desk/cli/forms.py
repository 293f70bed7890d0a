"""``forms check``: the form definitions, without a vault."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.cli.common import Commands, Context


def cmd_forms_check(ctx: Context) -> int:
    from inspector_desk.forms import default_forms_dir
    from inspector_desk.forms.check import check_forms, format_report

    report = check_forms(Path(ctx.args.dir) if ctx.args.dir else default_forms_dir())
    ctx.say(format_report(report))
    return 0 if report.ok else 1


def register(cli: Commands) -> None:
    forms = cli.group("forms", "form definitions")
    s = forms.add("check", cmd_forms_check, "validate every form definition")
    s.add_argument("--dir")
