"""The page every document shares: A4, header, footer with "page X of Y", QR check code,
section headings, field tables and signature blocks.

A document is assembled with :class:`DocumentBuilder` and comes out as PDF bytes, built in
memory (``io.BytesIO``): nothing is written to disk here, ever. Every text put on the page
is also kept in :attr:`DocumentBuilder.texts`, so a document meant for the offender can be
checked for private data before it is returned (documents.py).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from inspector_desk.core.ports import in_zone, unit_zone
from inspector_desk.reports.fonts import BOLD, REGULAR, register_fonts
from inspector_desk.reports.qr import DocumentPayload, Signer, qr_modules, qr_path
from inspector_desk.reports.texts import check_lang, t

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 20 * mm, 15 * mm, 10 * mm, 20 * mm
QR_SIZE = 26 * mm
HEADER_H = QR_SIZE + 4 * mm
CONTENT_W = PAGE_W - LEFT - RIGHT
LONG_VALUE = 600  # characters: longer answers are printed below their label, full width
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#9AA5B1")
BAND = colors.HexColor("#E6ECF2")


@dataclass(frozen=True)
class Issuer:
    """Who prints: the unit and inspector named on every page, the device key that signs
    the check code, and the moment of printing (from the program's clock)."""

    unit: str
    name: str
    login: str
    signer: Signer
    printed_at: dt.datetime
    rank: str = ""     # звание: «капитан полиции»
    unit_kk: str = ""  # the unit's name in Kazakh and English (``unit`` is the Russian one)
    unit_en: str = ""

    def unit_in(self, lang: str) -> str:
        """The unit's name in the document's language; the Russian name only when the
        profile holds none in that language."""
        own = {"kk": self.unit_kk, "en": self.unit_en}.get(lang, "")
        return own or self.unit

    @property
    def name_rank(self) -> str:
        """«Сәрсенбаева А. Н., капитан полиции»: the name, then the rank when known."""
        return f"{self.name}, {self.rank}" if self.rank else self.name


@dataclass(frozen=True)
class SignLine:
    """One signature line: a caption (role), a printed name (may be empty: written by hand)."""

    caption: str
    name: str = ""


@lru_cache(maxsize=1)
def unit_tz() -> dt.tzinfo:
    """The zone every printed time is in: the unit's, from the legal fact ``unit_utc_offset``
    (docs/legal.md), the same as the program's clock; never the computer's setting."""
    from inspector_desk.reports.legal_source import default_legal

    return unit_zone(default_legal())


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return in_zone(value, unit_tz()).strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def fmt_day(value: dt.date | dt.datetime | None) -> str:
    if isinstance(value, dt.datetime):
        value = in_zone(value, unit_tz()).date()
    return fmt_date(value)


def markup(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        base = dict(fontName=REGULAR, textColor=INK, alignment=TA_LEFT)
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=13.5, leading=17,
                                    alignment=TA_CENTER, spaceAfter=3, textColor=INK)
        self.subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=9, leading=11.5,
                                       alignment=TA_CENTER, textColor=GREY, spaceAfter=6)
        self.section = ParagraphStyle("section", fontName=BOLD, fontSize=10, leading=13,
                                      backColor=BAND, borderPadding=(3, 4, 3, 4), spaceBefore=8,
                                      spaceAfter=5, textColor=INK, keepWithNext=1)
        self.body = ParagraphStyle("body", fontSize=9.5, leading=12.5, spaceAfter=4, **base)
        self.addressee = ParagraphStyle("addressee", fontName=REGULAR, fontSize=9.5, leading=12.5,
                                        textColor=INK, alignment=TA_RIGHT, spaceAfter=6,
                                        leftIndent=CONTENT_W * 0.45)
        self.label = ParagraphStyle("label", fontSize=8.5, leading=10.5, textColor=GREY,
                                    fontName=REGULAR)
        self.value = ParagraphStyle("value", fontSize=9.5, leading=12, **base)
        self.value_bold = ParagraphStyle("value_bold", fontSize=9.5, leading=12, fontName=BOLD,
                                         textColor=INK)
        self.cell = ParagraphStyle("cell", fontSize=8.5, leading=10.5, **base)
        self.cell_head = ParagraphStyle("cell_head", fontSize=8, leading=10, fontName=BOLD,
                                        textColor=INK)
        self.caption = ParagraphStyle("caption", fontSize=7, leading=8.5, textColor=GREY,
                                      fontName=REGULAR, alignment=TA_CENTER)


class _NumberedCanvas(Canvas):
    """Keeps every page until the end so the footer can say "page X of Y"."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class _FieldRow(Flowable):
    """One label/value line of a form: the label on the left, the value on the right, a thin
    rule below. Lighter than a table row (each paragraph is wrapped once); a row that does
    not fit moves to the next page whole."""

    PAD_X, PAD_TOP, PAD_BOTTOM = 2, 2, 2.2

    def __init__(self, label: Paragraph, value: Paragraph, label_width: float) -> None:
        super().__init__()
        self.label, self.value, self.label_width = label, value, label_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        split = avail_width * self.label_width
        _, lh = self.label.wrap(split - self.PAD_X - 4, avail_height)
        _, vh = self.value.wrap(avail_width - split - self.PAD_X - 4, avail_height)
        self.height = max(lh, vh) + self.PAD_TOP + self.PAD_BOTTOM
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # never split a row: it goes to the next page whole

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - self.PAD_TOP
        self.label.drawOn(canvas, self.PAD_X, top - self.label.height)
        self.value.drawOn(canvas, self.width * self.label_width + self.PAD_X,
                          top - self.value.height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.line(0, 0, self.width, 0)


class _Rule(Flowable):
    """A thin full-width rule closing a long answer."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 6

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.25)
        self.canv.line(0, 2, self.width, 2)


class DocumentBuilder:
    """Collects the content of one document and lays it out on A4 pages."""

    def __init__(self, *, lang: str, issuer: Issuer, title: str, payload: DocumentPayload,
                 case_no: str = "", date: str = "", subtitle: str = "",
                 header_lines: Sequence[str] = ()) -> None:
        register_fonts()
        self.lang = check_lang(lang)
        self.issuer = issuer
        self.title = title
        self.payload = payload
        self.case_no = case_no
        self.date = date
        self.styles = _Styles()
        self.story: list[Flowable] = []
        self.texts: list[str] = []
        self._qr_ops, self._qr_side = qr_path(qr_modules(payload.text))
        self._header = self._header_lines(header_lines)
        self._footer_lines = [
            t("footer.record", lang, id=payload.record_id, version=payload.version,
              printed=fmt_date(issuer.printed_at)),
            t("footer.check", lang, key=payload.key_id),
        ]
        self.texts += self._header + self._footer_lines
        self.story.append(self._para(title, self.styles.title))
        if subtitle:
            self.story.append(self._para(subtitle, self.styles.subtitle))
        else:
            self.story.append(Spacer(1, 4))

    # --- building blocks --------------------------------------------------------------------

    def _header_lines(self, extra: Sequence[str]) -> list[str]:
        lang = self.lang
        unit = self.issuer.unit_in(lang)
        lines = [unit] if unit else []
        lines.append(self.title)
        first = []
        if self.case_no:
            first.append(f"{t('header.case_no', lang)} {self.case_no}")
        if self.date:
            first.append(f"{t('header.date', lang)}: {self.date}")
        if first:
            lines.append(" · ".join(first))
        lines.append(f"{t('header.inspector', lang)}: {self.issuer.name_rank} "
                     f"({t('header.badge', lang)} {self.issuer.login})")
        lines.extend(extra)
        return lines

    def _para(self, text: str, style: ParagraphStyle) -> Paragraph:
        self.texts.append(text)
        return Paragraph(markup(text), style)

    def section(self, title: str) -> None:
        self.story.append(self._para(title, self.styles.section))

    def paragraph(self, text: str, bold: bool = False) -> None:
        for part in (text or "").split("\n\n"):
            self.story.append(self._para(part, self.styles.value_bold if bold else self.styles.body))

    def addressee(self, text: str) -> None:
        """The addressee block, top right («Начальнику …»)."""
        self.story.append(self._para(text, self.styles.addressee))

    def spacer(self, height: float = 4) -> None:
        self.story.append(Spacer(1, height))

    def fields(self, rows: Iterable[tuple[str, str]], label_width: float = 0.38,
               bold_values: bool = False) -> None:
        """Label/value rows; a long value goes below its label across the whole width."""
        value_style = self.styles.value_bold if bold_values else self.styles.value
        for label, value in rows:
            value = value if value not in (None, "") else "—"
            if len(value) > LONG_VALUE or value.count("\n") > 6:
                self.story.append(self._para(label, self.styles.label))
                for part in value.split("\n"):
                    self.story.append(self._para(part, self.styles.value))
                self.story.append(_Rule())
            else:
                self.story.append(_FieldRow(self._para(label, self.styles.label),
                                            self._para(value, value_style), label_width))

    def table(self, head: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], align_right: Sequence[int] = ()) -> None:
        """A grid with a heading row repeated on every page; ``widths`` are fractions."""
        style_right = ParagraphStyle("cell_r", parent=self.styles.cell, alignment=2)
        data = [[self._para(h, self.styles.cell_head) for h in head]]
        for row in rows:
            data.append([self._para(str(v), style_right if i in align_right else self.styles.cell)
                         for i, v in enumerate(row)])
        table = Table(data, colWidths=[CONTENT_W * w for w in widths], repeatRows=1,
                      splitByRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("GRID", (0, 0), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        self.story.append(table)
        self.story.append(Spacer(1, 4))

    def signatures(self, lines: Sequence[SignLine], title: str | None = None,
                   note: str = "", lead: Sequence[str] = ()) -> None:
        """A block of signature lines (and a closing ``note``), kept together on one page
        with the ``lead`` paragraphs it signs for (a text is never left on one page and its
        signatures on the next)."""
        lang = self.lang
        head = self._para(title or t("sign.title", lang), self.styles.section)
        leading = [self._para(part, self.styles.body) for text in lead
                   for part in (text or "").split("\n\n") if part]
        data: list[list[Flowable | str]] = []
        for line in lines:
            who = self._para(line.caption, self.styles.label)
            name = self._para(line.name or " ", self.styles.value)
            data.append([[who, name], "", ""])
            data.append(["", self._para(f"({t('sign.signature', lang)})", self.styles.caption),
                         self._para(f"({t('sign.date', lang)})", self.styles.caption)])
        widths = [CONTENT_W * 0.5, CONTENT_W * 0.3, CONTENT_W * 0.2]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        style = [("FONT", (0, 0), (-1, -1), REGULAR, 9),
                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for i in range(0, len(data), 2):
            style.append(("LINEBELOW", (1, i), (2, i), 0.6, INK))
            style.append(("TOPPADDING", (0, i), (-1, i), 7))
        table.setStyle(TableStyle(style))
        block: list[Flowable] = [*leading, head, table]
        if note:
            block += [Spacer(1, 6), self._para(note, self.styles.body)]
        self.story.append(KeepTogether(block))

    # --- the page ---------------------------------------------------------------------------

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_H - TOP
        if not getattr(canvas, "_idesk_qr", False):  # the QR code, written once per file
            canvas.beginForm("idesk-qr", 0, 0, self._qr_side, self._qr_side)
            canvas.setFillColor(colors.black)
            canvas.addLiteral(self._qr_ops)
            canvas.endForm()
            canvas._idesk_qr = True
        canvas.saveState()  # ... and placed on every page, scaled from module units
        canvas.translate(PAGE_W - RIGHT - QR_SIZE, top - QR_SIZE)
        canvas.scale(QR_SIZE / self._qr_side, QR_SIZE / self._qr_side)
        canvas.doForm("idesk-qr")
        canvas.restoreState()
        width = CONTENT_W - QR_SIZE - 6 * mm
        y = top - 9
        for i, line in enumerate(self._header):
            font, size = (BOLD, 9) if i == 0 else (REGULAR, 8.5)
            if line == self.title:
                font, size = BOLD, 8.5
            for part in simpleSplit(line, font, size, width)[:3 if i == 0 else 2]:
                canvas.setFont(font, size)
                canvas.setFillColor(INK if i == 0 else GREY if line == self.title else INK)
                canvas.drawString(LEFT, y, part)
                y -= size + 2.5
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = top - HEADER_H
        canvas.line(LEFT, rule_y, PAGE_W - RIGHT, rule_y)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(LEFT, BOTTOM - 4 * mm, PAGE_W - RIGHT, BOTTOM - 4 * mm)
        canvas.setFillColor(GREY)
        canvas.setFont(REGULAR, 6.5)
        y = BOTTOM - 8 * mm
        for line in self._footer_lines:
            canvas.drawString(LEFT, y, simpleSplit(line, REGULAR, 6.5, CONTENT_W - 32 * mm)[0])
            y -= 8
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 8.5)
        canvas.drawRightString(PAGE_W - RIGHT, BOTTOM - 8 * mm,
                               t("footer.page", self.lang, page=page, pages=pages))
        canvas.restoreState()

    def build(self, pdf_title: str = "") -> bytes:
        """The PDF, in memory. Fonts embedded; the check code in the /Keywords metadata."""
        buffer = io.BytesIO()
        frame_top = PAGE_H - TOP - HEADER_H - 4 * mm
        frame = Frame(LEFT, BOTTOM, CONTENT_W, frame_top - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
            bottomMargin=BOTTOM, title=pdf_title or self.title,
            author=self.issuer.unit_in(self.lang) or "",
            subject=self.title, creator="Inspector Desk", keywords=self.payload.text,
            initialFontName=REGULAR, initialFontSize=10, lang={"kk": "kk-KZ", "ru": "ru-RU",
                                                                 "en": "en"}[self.lang],
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_header)])
        footer = self._draw_footer
        doc.build(self.story, canvasmaker=lambda *a, **kw: _NumberedCanvas(*a, footer=footer, **kw))
        return buffer.getvalue()


__all__ = ["DocumentBuilder", "Issuer", "SignLine", "fmt_date", "fmt_day", "markup"]
