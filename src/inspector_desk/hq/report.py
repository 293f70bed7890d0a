"""Monthly statistics at headquarters, by district or by inspector.

The figures are computed by the same function the device prints its monthly report with
(core/statistics.py ``monthly_statistics``), over the current version of every record
headquarters holds, one group at a time (memory follows the largest group, not the
country). The groups are the ones ``core.statistics.statistics_by`` makes on a device (a
case belongs to one district and one inspector), so every figure of the groups adds up to
the ``*`` row. Output: one CSV row per group plus the total row (``core.statistics.csv_text``,
the same columns a device writes); with ``pdf_dir``, also the printed statistics page
(reports/statistics.py) per group and one summary page of the groups side by side, signed
by headquarters' key, with bar charts (reports/charts.py: by group, and month over month
against the previous month's figures when given). :func:`write_xlsx` writes the same
figures as an XLSX workbook (openpyxl): Cyrillic and Kazakh text stays text, unlike a CSV
opened in Excel with the wrong code page.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Iterator

from inspector_desk.core.records import FamilyCase
from inspector_desk.core.rules import FollowUpRules
from inspector_desk.core.statistics import (
    GROUPINGS,
    TOTAL_GROUP,
    GroupFigures,
    Month,
    csv_text,
    flatten,
    monthly_statistics,
)
from inspector_desk.hq.repo import Repository
from inspector_desk.hq.summary import STAT_KINDS
from inspector_desk.paths import open_private, private_dir, resource_dir, write_private
from inspector_desk.sync.records_codec import record_from_json

CHUNK = 400


def default_rules() -> FollowUpRules:
    return FollowUpRules.from_mapping(json.loads(
        (resource_dir() / "rules" / "followup.json").read_text(encoding="utf-8")))


def _cases(repo: Repository, by: str, value: str | None) -> list[FamilyCase]:
    where, params = ("kind = 'case'", ()) if value is None else (f"kind = 'case' AND {by} = ?", (value,))
    return [record_from_json(k, d) for k, d, _ in repo.records_where(where, params)]  # type: ignore[misc]


def _records_of(repo: Repository, case_ids: list[str]) -> dict[str, list[Any]]:
    """The records of these cases, and the persons their participants name (persons are
    shared between cases and carry no case id)."""
    out: dict[str, list[Any]] = {name: [] for name in STAT_KINDS.values()}
    kinds = ", ".join(f"'{k}'" for k in STAT_KINDS)
    for start in range(0, len(case_ids), CHUNK):
        chunk = case_ids[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for kind, data, _sha in repo.records_where(
                f"case_id IN ({marks}) AND kind IN ({kinds})", tuple(chunk)):
            out[STAT_KINDS[kind]].append(record_from_json(kind, data))
    person_ids = sorted({p.person_id for p in out["participants"] if not p.deleted})
    persons = []
    for start in range(0, len(person_ids), CHUNK):
        chunk = person_ids[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for kind, data, _sha in repo.records_where(
                f"record_id IN ({marks}) AND kind = 'person'", tuple(chunk)):
            persons.append(record_from_json(kind, data))
    out["persons"] = persons
    return out


def figures(repo: Repository, month: str, by: str, now: dt.datetime,
            rules: FollowUpRules | None = None, overdue: bool = True) -> Iterator[GroupFigures]:
    """Per group (district or inspector login), then ``*`` for all cases together: from the
    per-case shares headquarters keeps (hq/summary.py), identical to
    :func:`figures_from_records`. ``overdue=False``: without the list of overdue cases
    (``stats.overdue`` None; the Statistics screen, which shows neither it nor its length)."""
    if by not in GROUPINGS:
        raise ValueError("by district or by inspector")
    if rules is not None:  # the kept shares follow the shipped rules
        yield from figures_from_records(repo, month, by, now, rules)
        return
    from inspector_desk.hq import summary

    yield from summary.figures(repo, month, by, now, overdue=overdue)


def figures_from_records(repo: Repository, month: str, by: str, now: dt.datetime,
                         rules: FollowUpRules | None = None) -> Iterator[GroupFigures]:
    """The same figures computed from every current record, one group at a time (the
    reference the summary is checked against; slow at scale)."""
    if by not in GROUPINGS:
        raise ValueError("by district or by inspector")
    m = Month.parse(month)
    rules = rules or default_rules()
    for value in [*repo.group_values(by), None]:
        cases = _cases(repo, by, value)
        recs = _records_of(repo, [c.id for c in cases])
        stats = monthly_statistics(m, now=now, cases=cases, rules=rules, inspector=None, **recs)
        if value is not None and by == "inspector":
            stats.inspector = value
        yield GroupFigures(TOTAL_GROUP if value is None else value, stats)


def write_csv(groups: list[GroupFigures], by: str, month: str, path: Path) -> Path:
    path = Path(path)
    private_dir(path.parent, tighten=False)
    with os.fdopen(open_private(path, exclusive=False), "w", newline="",
                   encoding="utf-8-sig") as f:  # BOM: Excel reads Cyrillic; 0600
        f.write(csv_text(groups, by, month))
    return path


def previous_month(month: str) -> str:
    m = Month.parse(month)
    return f"{m.year - 1}-12" if m.month == 1 else f"{m.year}-{m.month - 1:02d}"


def write_xlsx(groups: list[GroupFigures], by: str, month: str, path: Path, lang: str = "ru",
               previous: list[GroupFigures] | None = None) -> Path:
    """The month's figures as an XLSX workbook (0600): a summary sheet (the summary page's
    rows, named in ``lang``, one column per group and the total), a figures sheet (the CSV's
    columns, one row per group) and, with ``previous``, month over month per group."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from inspector_desk.reports.charts import MOM_FIGURES, ct, figure, group_name
    from inspector_desk.reports.statistics import summary_rows
    from inspector_desk.reports.texts import check_lang, month_name
    from inspector_desk.reports.texts import t as doc_t

    lang = check_lang(lang)
    m = Month.parse(month)
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = ct("sheet.summary", lang)
    ws.append([doc_t("stats.summary_title", lang), month_name(m.year, m.month, lang)])
    ws.append([doc_t(f"stats.by.{by}", lang)])
    ws.append([ct("col.figure", lang), *[group_name(g.group, lang) for g in groups]])
    for cell in ws[3]:
        cell.font = bold
    for label, values in summary_rows(groups, lang):
        ws.append([label, *values])
    ws.column_dimensions["A"].width = 48
    ws.freeze_panes = "B4"

    data = wb.create_sheet(ct("sheet.figures", lang))
    rows = [{by: g.group, "month": str(month), **flatten(g.stats)} for g in groups]
    columns: list[str] = [by, "month"]
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    data.append(columns)
    for cell in data[1]:
        cell.font = bold
    for r in rows:
        data.append([r.get(c, 0) for c in columns])
    data.freeze_panes = "C2"

    if previous is not None:
        old = {g.group: g.stats for g in previous}
        p = Month.parse(previous[0].stats.month) if previous else m
        mom = wb.create_sheet(ct("sheet.mom", lang))
        mom.append([ct("col.group", lang), ct("col.figure", lang), month_name(p.year, p.month, lang),
                    month_name(m.year, m.month, lang), ct("col.change", lang)])
        for cell in mom[1]:
            cell.font = bold
        for g in groups:
            for name in MOM_FIGURES:
                before = figure(old[g.group], name) if g.group in old else 0
                now_ = figure(g.stats, name)
                mom.append([group_name(g.group, lang), ct(name, lang), before, now_, now_ - before])
        mom.column_dimensions["A"].width = 24
        mom.column_dimensions["B"].width = 24
    import io

    buffer = io.BytesIO()
    wb.save(buffer)
    path = Path(path)
    private_dir(path.parent, tighten=False)
    write_private(path, buffer.getvalue())  # 0600, atomic
    return path


def write_pdfs(groups: list[GroupFigures], by: str, folder: Path, signer: Any, now: dt.datetime,
               lang: str = "ru", previous: list[GroupFigures] | None = None) -> list[Path]:
    from inspector_desk.forms import FormRegistry, default_forms_dir
    from inspector_desk.reports.charts import add_charts
    from inspector_desk.reports.layout import Issuer
    from inspector_desk.reports.statistics import statistics_report, statistics_summary_report

    registry = FormRegistry.from_directory(default_forms_dir())
    issuer = Issuer(unit="Headquarters", name="Headquarters", login="hq", signer=signer, printed_at=now)
    folder = Path(folder)
    private_dir(folder, tighten=False)
    out = []
    for g in groups:
        safe = "all" if g.group == "*" else "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in g.group)
        path = folder / f"statistics-{g.stats.month}-{by}-{safe}.pdf"
        write_private(path, statistics_report(g.stats, registry, issuer, lang))
        out.append(path)
    if len(groups) > 1:
        path = folder / f"statistics-{groups[0].stats.month}-{by}-summary.pdf"
        write_private(path, statistics_summary_report(
            groups, by, issuer, lang, charts=lambda b: add_charts(b, groups, by, lang, previous)))
        out.append(path)
    return out
