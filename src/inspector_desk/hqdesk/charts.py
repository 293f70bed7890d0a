"""Charts of the Statistics page, drawn with QPainter (PySide6-Essentials has no QtCharts).

The figures are the export's: the same groups (hq/report.py ``figures``) and the same
preparation as the printed summary's charts (reports/charts.py ``figure``, ``group_name``,
``MOM_FIGURES``, ``ct``): by district or inspector (visits, incidents, victims), by
category (incidents by kind of violence, victims by category, for all cases), month over
month (the total, and incidents per group).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from inspector_desk.core.statistics import TOTAL_GROUP, VICTIM_CATEGORIES, VIOLENCE_KINDS, Month

PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756")


@dataclass
class ChartData:
    title: str
    categories: list[str]
    series: list[tuple[str, list[int]]]


def chart_data(groups: Sequence[Any], by: str, lang: str, previous: Sequence[Any] | None,
               names: dict[str, str]) -> list[ChartData]:
    """Every chart of the page; ``names`` translates the category codes and titles that the
    printed charts do not have (the page passes its ``tr`` texts)."""
    from inspector_desk.reports.charts import MOM_FIGURES, ct, figure, group_name
    from inspector_desk.reports.texts import check_lang, month_name
    from inspector_desk.reports.texts import t as doc_t

    lang = check_lang(lang)
    out: list[ChartData] = []
    if not groups:
        return out
    parts = [g for g in groups if g.group != TOTAL_GROUP]
    total = next((g for g in groups if g.group == TOTAL_GROUP), groups[-1])
    by_name = doc_t(f"stats.by.{by}", lang)
    trio = ("visits", "incidents", "victims")
    out.append(ChartData(ct("by_group", lang, by=by_name), [group_name(g.group, lang) for g in parts],
                         [(ct(n, lang), [figure(g.stats, n) for g in parts]) for n in trio]))
    kinds = total.stats.incidents_by_kind
    out.append(ChartData(names["by_kind"], [names.get(k, k) for k in kinds], [(ct("incidents", lang), list(kinds.values()))]))
    cats = total.stats.victims_by_category
    out.append(ChartData(names["by_category"], [names.get(k, k) for k in cats], [(ct("victims", lang), list(cats.values()))]))
    if previous:
        month, before = Month.parse(total.stats.month), Month.parse(previous[0].stats.month)
        this_name, prev_name = month_name(month.year, month.month, lang), month_name(before.year, before.month, lang)
        old = {g.group: g.stats for g in previous}
        out.append(ChartData(ct("mom_total", lang), [ct(n, lang) for n in MOM_FIGURES], [
            (prev_name, [figure(old[total.group], n) if total.group in old else 0 for n in MOM_FIGURES]),
            (this_name, [figure(total.stats, n) for n in MOM_FIGURES])]))
        by_lower = by_name[:1].lower() + by_name[1:]
        out.append(ChartData(ct("mom_incidents", lang, by=by_lower), [group_name(g.group, lang) for g in parts], [
            (prev_name, [old[g.group].incidents if g.group in old else 0 for g in parts]),
            (this_name, [g.stats.incidents for g in parts])]))
    return out


CATEGORY_CODES = (*VIOLENCE_KINDS, *VICTIM_CATEGORIES)


class BarChart(QWidget):
    """Grouped vertical bars with values on top, a legend and the category names below."""

    def __init__(self, data: ChartData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setObjectName("chart")
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(data.title)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max(360, 40 + 36 * max(1, len(self.data.categories)) * max(1, len(self.data.series))), 260)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        d = self.data
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        w, h = self.width(), self.height()
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(pal.windowText().color())
        p.drawText(QRectF(4, 2, w - 8, fm.height() + 4), Qt.AlignmentFlag.AlignLeft, d.title)
        p.setFont(self.font())
        # legend
        x = 8.0
        y = fm.height() + 8
        for i, (name, _values) in enumerate(d.series):
            p.fillRect(QRectF(x, y + 2, 10, 10), QColor(PALETTE[i % len(PALETTE)]))
            p.drawText(QRectF(x + 14, y, fm.horizontalAdvance(name) + 4, fm.height()), Qt.AlignmentFlag.AlignLeft, name)
            x += 26 + fm.horizontalAdvance(name)
        top = y + fm.height() + 6 + fm.height()
        bottom = h - 2 * fm.height() - 8
        left, right = 8.0, w - 8.0
        height = max(bottom - top, 10)
        values = [v for _n, vs in d.series for v in vs]
        peak = max(values + [1])
        p.setPen(pal.mid().color())
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        n_cat, n_ser = max(len(d.categories), 1), max(len(d.series), 1)
        slot = (right - left) / n_cat
        bar = max(min((slot - 8) / n_ser, 48), 2)
        for c, name in enumerate(d.categories):
            x0 = left + c * slot + (slot - bar * n_ser) / 2
            for s, (_sname, vs) in enumerate(d.series):
                v = vs[c] if c < len(vs) else 0
                bh = height * v / peak
                rect = QRectF(x0 + s * bar, bottom - bh, bar - 1, bh)
                p.fillRect(rect, QColor(PALETTE[s % len(PALETTE)]))
                p.setPen(pal.windowText().color())
                p.drawText(QRectF(rect.x() - 10, rect.y() - fm.height() - 1, bar + 20, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, str(v))
            label = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(slot) - 2)
            p.setPen(pal.windowText().color())
            p.drawText(QRectF(left + c * slot, bottom + 4, slot, fm.height() * 2),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        p.end()
