"""Charts of the monthly statistics summary (headquarters; docs/hq.md "Statistics").

Vector bar charts drawn with reportlab's graphics (no image library, the document's own
DejaVu font so Cyrillic and Kazakh labels print): the groups' visits, incidents and victims
side by side; and, when the previous month's figures are given, month over month: the
total's main figures and each group's incidents, the previous month next to this one.
:func:`add_charts` puts them on a summary page (reports/statistics.py
``statistics_summary_report(charts=…)``); :func:`ct` also names the sheets and headings of
the XLSX workbook (hq/report.py), from the ``chart.*`` texts of resources/i18n/documents.json.
"""

from __future__ import annotations

from typing import Any, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from inspector_desk.core.statistics import TOTAL_GROUP, GroupFigures, Month
from inspector_desk.reports.fonts import BOLD, REGULAR, register_fonts
from inspector_desk.reports.texts import check_lang, month_name
from inspector_desk.reports.texts import t as doc_t

PALETTE = (colors.HexColor("#4C78A8"), colors.HexColor("#F58518"), colors.HexColor("#54A24B"),
           colors.HexColor("#B279A2"))
PER_CHART = 14  # groups per chart; more are split over several charts
MOM_FIGURES = ("visits", "incidents", "victims", "cases_opened", "referrals", "measures")


def ct(key: str, lang: str, **params: Any) -> str:
    """A chart's or workbook's word: ``chart.<key>`` of resources/i18n/documents.json."""
    return doc_t(f"chart.{key}", lang, **params)


def group_name(group: str, lang: str) -> str:
    if group == TOTAL_GROUP:
        return doc_t("stats.group_all", lang)
    return group or doc_t("stats.group_none", lang)


def figure(stats: Any, name: str) -> int:
    """A chart's figure of one group's statistics."""
    if name == "measures":
        return sum(stats.measures_issued.values())
    return int(getattr(stats, name))


def _short(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def bar_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]],
              width: float, height: float = 210) -> Drawing:
    """Grouped vertical bars: one colour per series, a legend, the category names below."""
    register_fonts()
    d = Drawing(width, height)
    d.add(String(0, height - 12, title, fontName=BOLD, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 58
    chart.width, chart.height = width - 44, height - 96
    chart.data = [list(values) for _name, values in series] or [[0]]
    chart.categoryAxis.categoryNames = [_short(c) for c in categories]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(categories) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 5 else "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max([v for _n, values in series for v in values] + [1])
    chart.valueAxis.valueMax = top + max(1, top // 10)
    chart.valueAxis.valueStep = max(1, -(-chart.valueAxis.valueMax // 5))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    chart.groupSpacing = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 34, height - 24
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy = 7, 7
    legend.deltax = 36 + max([stringWidth(name, REGULAR, 7) for name, _v in series] + [40])
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _v) in enumerate(series)]
    d.add(legend)
    return d


def drawings(groups: Sequence[GroupFigures], by: str, lang: str, width: float,
             previous: Sequence[GroupFigures] | None = None) -> list[tuple[str, Drawing]]:
    """(title, drawing) of every chart of a summary."""
    lang = check_lang(lang)
    out: list[tuple[str, Drawing]] = []
    parts = [g for g in groups if g.group != TOTAL_GROUP]
    by_name = doc_t(f"stats.by.{by}", lang)
    by_lower = by_name[:1].lower() + by_name[1:]
    names = ("visits", "incidents", "victims")
    for start in range(0, len(parts), PER_CHART):
        chunk = parts[start:start + PER_CHART]
        title = ct("by_group", lang, by=by_name)
        out.append((title, bar_chart(title, [group_name(g.group, lang) for g in chunk],
                                     [(ct(n, lang), [figure(g.stats, n) for g in chunk]) for n in names],
                                     width)))
    if previous:
        month = Month.parse(groups[0].stats.month)
        before = Month.parse(previous[0].stats.month)
        this_name = month_name(month.year, month.month, lang)
        prev_name = month_name(before.year, before.month, lang)
        old = {g.group: g.stats for g in previous}
        total = next((g for g in groups if g.group == TOTAL_GROUP), groups[-1])
        title = ct("mom_total", lang)
        out.append((title, bar_chart(title, [ct(n, lang) for n in MOM_FIGURES], [
            (prev_name, [figure(old[total.group], n) if total.group in old else 0 for n in MOM_FIGURES]),
            (this_name, [figure(total.stats, n) for n in MOM_FIGURES])], width)))
        for start in range(0, len(parts), PER_CHART):
            chunk = parts[start:start + PER_CHART]
            title = ct("mom_incidents", lang, by=by_lower)
            out.append((title, bar_chart(title, [group_name(g.group, lang) for g in chunk], [
                (prev_name, [old[g.group].incidents if g.group in old else 0 for g in chunk]),
                (this_name, [g.stats.incidents for g in chunk])], width)))
    return out


def add_charts(builder: Any, groups: Sequence[GroupFigures], by: str, lang: str,
               previous: Sequence[GroupFigures] | None = None) -> None:
    """Put the charts on a document being built (reports/layout.py ``DocumentBuilder``)."""
    from reportlab.platypus import KeepTogether, Spacer

    from inspector_desk.reports.layout import CONTENT_W

    found = drawings(groups, by, lang, CONTENT_W, previous)
    if not found:
        return
    builder.section(ct("charts", lang))
    for title, drawing in found:
        builder.texts.append(title)
        builder.story.append(KeepTogether([drawing, Spacer(1, 6)]))


__all__ = ["add_charts", "bar_chart", "ct", "drawings", "figure", "group_name"]
