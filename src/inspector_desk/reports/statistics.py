"""The inspector's monthly statistics as a printed page (figures: core/statistics.py).

Only counts and case numbers are printed: no names, addresses or narratives, so the page can
go to the unit's chief and to headquarters as it is.
"""

from __future__ import annotations

from typing import Any

import re
from dataclasses import dataclass
from typing import Sequence

from inspector_desk.core.statistics import (
    MVD_FIGURES,
    TOTAL_GROUP,
    GroupFigures,
    Month,
    MonthlyStatistics,
)
from inspector_desk.reports.labels import Labels
from inspector_desk.reports.layout import (
    DocumentBuilder,
    Issuer,
    SignLine,
    fmt_date,
    fmt_day,
)
from inspector_desk.reports.qr import sign_payload
from inspector_desk.reports.texts import check_lang, month_name, t

MAX_OVERDUE_ROWS = 300
GROUPS_PER_TABLE = 5


def _rows(counts: dict[str, int], name) -> list[list[str]]:
    return [[name(code), str(n)] for code, n in counts.items()]


def article_name(code: str, lang: str) -> str:
    """``uk_108_1`` → «ст. 108-1 УК РК» / «ҚР ҚК 108-1-бабы»: the number from the code, so no
    choice-list wording (and no review mark of an old form version) reaches the page."""
    m = re.fullmatch(r"uk_(\d+)((?:_\d+)*)", code)
    if not m:
        return code
    return t("stats.uk_article", lang, n=m.group(1) + m.group(2).replace("_", "-"))


def _figure_name(name: str, stats: MonthlyStatistics, lang: str) -> str:
    if name == "on_register":
        return t("stats.on_register", lang, date=fmt_day(stats.as_of))
    return t(f"stats.{name}", lang)


def mvd_section(b: DocumentBuilder, stats: MonthlyStatistics, lang: str) -> None:
    """The MVD's figures: the list, УК articles, victims by category."""
    count = t("stats.count", lang)
    b.section(t("stats.mvd", lang))
    b.table([t("stats.figure", lang), count],
            [[_figure_name(name, stats, lang), str(getattr(stats, name))]
             for name in MVD_FIGURES if name != "victims"],
            widths=[0.8, 0.2], align_right=(1,))
    b.table([t("stats.criminal", lang), count],
            [*[[article_name(code, lang), str(n)] for code, n in stats.criminal_by_article.items()]],
            widths=[0.8, 0.2], align_right=(1,))
    b.paragraph(t("stats.criminal_note", lang))
    b.table([t("stats.victims_by_category", lang), count],
            [*[[t(f"stats.victim.{c}", lang), str(n)] for c, n in stats.victims_by_category.items()],
             [t("stats.victims", lang), str(stats.victims)]],
            widths=[0.8, 0.2], align_right=(1,))
    b.paragraph(t("stats.victims_note", lang, adult=stats.adult_age, elderly=stats.elderly_age))


def statistics_report(stats: MonthlyStatistics, registry: Any, issuer: Issuer,
                      lang: str = "ru") -> bytes:
    """The month's figures on A4: visits, incidents by kind, measures issued, expired and
    breached, referrals by service, cases by risk level, overdue follow-ups."""
    lang = check_lang(lang)
    labels = Labels(registry, lang)
    month = Month.parse(stats.month)
    period = month_name(month.year, month.month, lang)
    payload = sign_payload("statistics", stats, issuer.signer, issuer.printed_at)
    b = DocumentBuilder(lang=lang, issuer=issuer, title=t("title.statistics", lang),
                        payload=payload, date=fmt_day(issuer.printed_at),
                        header_lines=[f"{t('header.period', lang)}: {period}"])
    who = stats.inspector or t("stats.all", lang)
    b.fields([
        (t("stats.scope", lang), who if stats.inspector != issuer.login
         else issuer.name),
        (t("header.period", lang), f"{period} ({fmt_date(month.first_day)} – "
                                   f"{fmt_date(month.last_day)})"),
        (t("stats.as_of", lang), fmt_date(stats.as_of)),
    ])
    count = t("stats.count", lang)

    mvd_section(b, stats, lang)

    b.section(t("stats.visits", lang))
    b.table([t("stats.figure", lang), count],
            [[t("stats.visits_total", lang), str(stats.visits)],
             *_rows(stats.visits_by_type, lambda c: labels("visit_type", c)),
             [t("stats.conversations", lang), str(stats.conversations)]],
            widths=[0.8, 0.2], align_right=(1,))

    b.section(t("stats.incidents", lang))
    b.table([t("stats.by_kind", lang), count],
            [[t("stats.incidents_total", lang), str(stats.incidents)],
             *_rows(stats.incidents_by_kind, lambda c: labels("violence", c))],
            widths=[0.8, 0.2], align_right=(1,))
    b.table([t("stats.by_channel", lang), count],
            _rows(stats.incidents_by_channel, lambda c: labels("channel", c)),
            widths=[0.8, 0.2], align_right=(1,))

    b.section(t("stats.measures", lang))
    kinds = list(dict.fromkeys([*stats.measures_issued, *stats.measures_expired,
                                *stats.measures_breached]))
    rows = [[labels("measure_kind", k), str(stats.measures_issued.get(k, 0)),
             str(stats.measures_expired.get(k, 0)), str(stats.measures_breached.get(k, 0))]
            for k in kinds]
    rows.append([t("stats.total", lang), str(sum(stats.measures_issued.values())),
                 str(sum(stats.measures_expired.values())),
                 str(sum(stats.measures_breached.values()))])
    b.table([t("stats.kind", lang), t("stats.issued", lang), t("stats.expired", lang),
             t("stats.breached", lang)], rows, widths=[0.52, 0.16, 0.16, 0.16],
            align_right=(1, 2, 3))

    b.section(t("stats.referrals", lang))
    b.table([t("stats.service", lang), count],
            [*_rows(stats.referrals_by_service, lambda c: labels("service", c)),
             [t("stats.total", lang), str(stats.referrals)]],
            widths=[0.8, 0.2], align_right=(1,))
    b.table([t("stats.by_outcome", lang), count],
            _rows(stats.referrals_by_outcome, lambda c: labels("outcome", c)),
            widths=[0.8, 0.2], align_right=(1,))

    b.section(t("stats.cases", lang))
    as_of = fmt_day(stats.as_of)
    b.table([t("stats.figure", lang), count],
            [[t("stats.cases_supervised", lang), str(stats.cases_supervised)],
             [t("stats.cases_opened", lang), str(stats.cases_opened)],
             [t("stats.cases_closed", lang), str(stats.cases_closed)]],
            widths=[0.8, 0.2], align_right=(1,))
    b.table([t("stats.by_risk", lang, date=as_of), count],
            [*_rows(stats.cases_by_risk, lambda c: labels("risk", c)),
             [t("stats.total", lang), str(sum(stats.cases_by_risk.values()))]],
            widths=[0.8, 0.2], align_right=(1,))

    b.section(t("stats.overdue", lang))
    if stats.overdue is None:
        b.fields([(t("stats.overdue_total", lang, date=as_of), t("stats.overdue_unknown", lang))])
    else:
        b.fields([(t("stats.overdue_total", lang, date=as_of), str(len(stats.overdue)))])
        if stats.overdue:
            shown = stats.overdue[:MAX_OVERDUE_ROWS]
            b.table([t("header.case_no", lang), t("stats.due_at", lang), t("stats.reason", lang),
                     t("stats.days_late", lang)],
                    [[o.case_no, fmt_date(o.due_at), labels.due_reason(o.reason),
                      str(o.days_overdue)] for o in shown],
                    widths=[0.24, 0.22, 0.38, 0.16], align_right=(3,))
            if len(stats.overdue) > len(shown):
                b.paragraph(t("stats.more", lang, n=len(stats.overdue) - len(shown)))
    b.signatures([SignLine(t("sign.inspector", lang),
                           issuer.name),
                  SignLine(t("sign.chief", lang))])
    return b.build(f"{t('title.statistics', lang)} {stats.month}")


@dataclass
class _Summary:
    """What a summary page is printed from (its check code hashes every group's figures)."""

    groups: Sequence[GroupFigures]
    by: str
    month: str

    @property
    def record_id(self) -> str:
        return f"stats-by:{self.by}:{self.month}"

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "month": self.month,
                "groups": [{"group": g.group, "stats": g.stats.to_dict()} for g in self.groups]}


def summary_rows(groups: Sequence[GroupFigures], lang: str) -> list[tuple[str, list[int]]]:
    """(row name, the number of each group) of the side-by-side page, in print order; an
    article or category met in one group only is a row of zeros elsewhere."""
    articles = list(dict.fromkeys(c for g in groups for c in g.stats.criminal_by_article))
    categories = list(dict.fromkeys(c for g in groups for c in g.stats.victims_by_category))
    first = groups[0].stats
    rows = [(_figure_name(n, first, lang), [getattr(g.stats, n) for g in groups])
            for n in MVD_FIGURES if n != "victims"]
    rows += [(article_name(c, lang), [g.stats.criminal_by_article.get(c, 0) for g in groups])
             for c in articles]
    rows += [(t(f"stats.victim.{c}", lang), [g.stats.victims_by_category.get(c, 0) for g in groups])
             for c in categories]
    rows += [(t(key, lang), [getattr(g.stats, name) for g in groups]) for key, name in (
        ("stats.victims", "victims"), ("stats.incidents_total", "incidents"),
        ("stats.visits_total", "visits"), ("stats.cases_supervised", "cases_supervised"))]
    return rows


def statistics_summary_report(groups: Sequence[GroupFigures], by: str, issuer: Issuer,
                              lang: str = "ru", charts: Any = None) -> bytes:
    """The MVD's figures of every district (or inspector) side by side, the total last;
    at most GROUPS_PER_TABLE groups per table, the row names repeated. ``charts``, if
    given, is called with the builder before the signatures (reports/charts.py)."""
    lang = check_lang(lang)
    if not groups:
        raise ValueError("no groups to print")
    month_text = groups[0].stats.month
    month = Month.parse(month_text)
    period = month_name(month.year, month.month, lang)
    summary = _Summary(list(groups), by, month_text)
    payload = sign_payload("statistics", summary, issuer.signer, issuer.printed_at)
    title = t("stats.summary_title", lang)
    b = DocumentBuilder(lang=lang, issuer=issuer, title=title, payload=payload,
                        date=fmt_day(issuer.printed_at),
                        header_lines=[f"{t('header.period', lang)}: {period}"])
    b.fields([(t("header.period", lang), f"{period} ({fmt_date(month.first_day)} – "
                                         f"{fmt_date(month.last_day)})"),
              (t("stats.as_of", lang), fmt_date(groups[-1].stats.as_of))])

    def name(group: str) -> str:
        if group == TOTAL_GROUP:
            return t("stats.group_all", lang)
        return group or t("stats.group_none", lang)

    b.section(t(f"stats.by.{by}", lang))
    rows = summary_rows(groups, lang)
    for start in range(0, len(groups), GROUPS_PER_TABLE):
        part = list(range(start, min(start + GROUPS_PER_TABLE, len(groups))))
        first = 1 - 0.1 * len(part)
        b.table([t("stats.figure", lang), *[name(groups[i].group) for i in part]],
                [[label, *[str(values[i]) for i in part]] for label, values in rows],
                widths=[first, *[0.1] * len(part)], align_right=tuple(range(1, len(part) + 1)))
    b.paragraph(t("stats.victims_note", lang, adult=groups[-1].stats.adult_age,
                  elderly=groups[-1].stats.elderly_age))
    if charts is not None:
        charts(b)
    b.signatures([SignLine(t("sign.inspector", lang), issuer.name), SignLine(t("sign.chief", lang))])
    return b.build(f"{title} {month_text}")


StatisticsSummary = _Summary  # app/documents.py verifies a summary page with it

__all__ = ["StatisticsSummary", "article_name", "mvd_section", "statistics_report", "statistics_summary_report",
           "summary_rows"]
