"""Formatting answers for people: screens, printed copies, statistics.

Dates as DD.MM.YYYY, date-times as DD.MM.YYYY HH:MM, times as HH:MM, decimals with a
comma in Russian and Kazakh, choices by their label in the language, yes/no/unknown as
Да/Нет/Неизвестно (Иә/Жоқ/Белгісіз, Yes/No/Unknown), persons by the display name
the context gives. Privacy marks decide which fields an audience sees.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from inspector_desk.forms.context import FormContext
from inspector_desk.forms.messages import catalog
from inspector_desk.forms.model import FieldDef

if TYPE_CHECKING:
    from inspector_desk.forms.form import Form, RenderedSection, _Run


def format_value(field: FieldDef, value: Any, lang: str, context: FormContext) -> str:
    """``value`` (typed, as the engine holds it) as text for ``lang``; empty gives ``""``."""
    if value is None:
        return ""
    if field.type == "yes_no_unknown":
        return catalog().yes_no_unknown.label(value, lang)
    if field.type == "select_one" and field.choices is not None:
        return field.choices.label(value, lang)
    if field.type == "select_multiple" and field.choices is not None:
        return "; ".join(field.choices.label(code, lang) for code in value)
    if field.type == "person":
        persons = context.persons or {}
        return persons.get(value, value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return catalog().yes_no_unknown.label("yes" if value else "no", lang)
    if isinstance(value, Decimal):
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang in ("ru", "kk") else text
    return str(value)


def _shown(run: "_Run", field: FieldDef, row: int | None, lang: str) -> str:
    value, error = (run.value(field, row), None) if field.calculate is not None \
        else run.typed(field, row)
    if error is not None:  # an invalid answer is shown as typed rather than hidden
        raw = run.raw(field, row)
        return raw if isinstance(raw, str) else str(raw)
    return format_value(field, value, lang, run.context)


def render_form(form: "Form", run: "_Run", lang: str, audience: str) -> list["RenderedSection"]:
    from inspector_desk.forms.form import RenderedField, RenderedSection

    sections = []
    for section in form.sections:
        lines: list[RenderedField] = []
        for field in section.fields:
            if field.type == "note" or not field.shown_to(audience) or \
                    not run.relevant(field, None):
                continue
            if field.type == "group":
                for row in range(run.row_count(field)):
                    for child in field.children:
                        if child.type == "note" or not child.shown_to(audience) or \
                                not run.relevant(child, row):
                            continue
                        label = catalog().render_text(
                            "row_label", lang, group=field.label.get(lang), n=row + 1,
                            label=child.label.get(lang))
                        lines.append(RenderedField(f"{field.id}[{row}].{child.id}", label,
                                                   _shown(run, child, row, lang), child.type))
                continue
            value = "" if field.type == "signature" else _shown(run, field, None, lang)
            lines.append(RenderedField(field.id, field.label.get(lang), value, field.type))
        if lines:
            sections.append(RenderedSection(section.id, section.title.get(lang), lines))
    return sections
