"""The fixed wording of printed documents, in Russian, Kazakh and English.

The texts are data: resources/i18n/documents.json (a key, then its ``ru``, ``kk`` and ``en``
text, like messages.json), read once when this module is imported. Labels of form fields and
of choices come from the form definitions (forms/*.yaml); the catalog holds only what belongs
to the document itself: titles, header and footer lines, signature captions, the statistics'
row names, and under ``chart.`` the words of the statistics charts and workbook
(reports/charts.py). A missing Kazakh or English text falls back to Russian. Kazakh wording
was drafted by a non-native speaker and waits for review (like forms/glossary-kk.yaml);
legal facts (article numbers, durations) are deliberately absent.
"""

from __future__ import annotations

import json
from typing import Any

from inspector_desk.paths import resource_dir

LANGUAGES = ("ru", "kk", "en")


def _load() -> dict[str, dict[str, str]]:
    path = resource_dir() / "i18n" / "documents.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


TEXTS: dict[str, dict[str, str]] = _load()
"""Every text of resources/i18n/documents.json by its key, read once (``chart.*``: the
statistics charts' and workbook's words, reports/charts.py ``ct``)."""

MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def t(name: str, lang: str, **params: Any) -> str:
    entry = TEXTS[name]
    template = entry.get(lang) or entry["ru"]
    return template.format(**params) if params else template


def has(name: str) -> bool:
    return name in TEXTS


def month_name(year: int, month: int, lang: str) -> str:
    name = MONTHS.get(lang, MONTHS["ru"])[month - 1]
    if lang == "kk":
        return f"{year} жылғы {name}"
    if lang == "en":
        return f"{name} {year}"
    return f"{name} {year} г."


__all__ = ["LANGUAGES", "MONTHS", "TEXTS", "check_lang", "has", "month_name", "t"]
