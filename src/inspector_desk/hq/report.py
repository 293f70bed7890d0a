"""Monthly statistics at headquarters, by district or by inspector.

The figures are computed by the same function the device prints its monthly report with
(core/statistics.py ``monthly_statistics``), over the current version of every record
headquarters holds, one group at a time (memory follows the largest group, not the
country). The groups are the ones ``core.statistics.statistics_by`` makes on a device (a
case belongs to one district and one inspector), so every figure of the groups adds up to
the ``*`` row. Output: one CSV row per group plus the total row (``core.statistics.csv_text``,
the same columns a device writes); with ``pdf_dir``, also the printed statistics page
(reports/statistics.py) per group and one summary page of the groups side by side, signed
by headquarters' key.
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
from inspector_desk.paths import open_private, private_dir, resource_dir, write_private
from inspector_desk.sync.records_codec import record_from_json

KINDS = {"visit": "visits", "incident": "incidents", "measure": "measures",
         "referral": "referrals", "risk": "risks", "participant": "participants"}
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
    out: dict[str, list[Any]] = {name: [] for name in KINDS.values()}
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    for start in range(0, len(case_ids), CHUNK):
        chunk = case_ids[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for kind, data, _sha in repo.records_where(
                f"case_id IN ({marks}) AND kind IN ({kinds})", tuple(chunk)):
            out[KINDS[kind]].append(record_from_json(kind, data))
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
            rules: FollowUpRules | None = None) -> Iterator[GroupFigures]:
    """Per group (district or inspector login), then ``*`` for all cases together."""
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


def write_pdfs(groups: list[GroupFigures], by: str, folder: Path, signer: Any, now: dt.datetime,
               lang: str = "ru") -> list[Path]:
    from inspector_desk.forms import FormRegistry, default_forms_dir
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
        write_private(path, statistics_summary_report(groups, by, issuer, lang))
        out.append(path)
    return out
