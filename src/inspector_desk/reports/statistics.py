"""The inspector's monthly statistics as a printed page (figures: core/statistics.py).

Only counts and case numbers are printed: no names, addresses or narratives, so the page can
go to the unit's chief and to headquarters as it is.
"""

from __future__ import annotations

from typing import Any

from inspector_desk.core.statistics import Month, MonthlyStatistics
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


def _rows(counts: dict[str, int], name) -> list[list[str]]:
    return [[name(code), str(n)] for code, n in counts.items()]


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


__all__ = ["statistics_report"]
