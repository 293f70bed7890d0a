"""Helpers shared by the forms-engine tests (imported as ``forms_helpers``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from inspector_desk.forms.registry import DEFINITION_NAME, read_document

REPO = Path(__file__).resolve().parents[2]
FORMS_DIR = REPO / "forms"
SHIPPED = ("prevention_visit", "incident_report", "risk_checklist", "protective_measure", "referral")
SHIPPED_VERSIONS = (1, 2)
"""Every shipped form has exactly these versions (a test checks it against the folder)."""


def _named(folder: Path) -> list[tuple[str, int]]:
    found = []
    for path in sorted(folder.glob("*.yaml")):
        match = DEFINITION_NAME.match(path.name)
        if match:
            found.append((match["id"], int(match["version"])))
    return sorted(found, key=lambda item: (SHIPPED.index(item[0]) if item[0] in SHIPPED
                                           else len(SHIPPED), item))


def definition_files() -> list[tuple[str, int]]:
    """(form id, version) of every definition file in forms/."""
    return _named(FORMS_DIR)


def sample_files() -> list[tuple[str, int]]:
    """(form id, version) of every sample file in forms/samples/."""
    return _named(FORMS_DIR / "samples")

PERSONS = {
    "p-victim": "Иванова Айгуль Каримовна",
    "p-offender": "Иванов Бауржан Серикович",
    "p-child": "Иванов Данияр Бауржанович",
}


def read_yaml(path: Path) -> Any:
    return read_document(path.read_text(encoding="utf-8"), path.name)


def sample_file(form_id: str, version: int) -> dict[str, Any]:
    return read_yaml(FORMS_DIR / "samples" / f"{form_id}.v{version}.yaml")


def minimal_form(**overrides: Any) -> dict[str, Any]:
    """A small valid definition to break in one place per test."""
    definition: dict[str, Any] = {
        "id": "demo",
        "version": 1,
        "title": {"ru": "Демо", "kk": "Демо", "en": "Demo"},
        "choices": {
            "kinds": [
                {"code": "planned", "label": {"ru": "Плановое", "kk": "Жоспарлы", "en": "Planned"}},
                {"code": "unplanned", "label": {"ru": "Внеплановое", "kk": "Жоспардан тыс",
                                                "en": "Unplanned"}},
            ],
        },
        "sections": [{
            "id": "main",
            "title": {"ru": "Основное", "kk": "Негізгі", "en": "Main"},
            "fields": [
                {"id": "visit_at", "type": "datetime", "required": True,
                 "label": {"ru": "Когда", "kk": "Қашан", "en": "When"}},
                {"id": "kind", "type": "select_one", "choices": "kinds",
                 "label": {"ru": "Вид", "kk": "Түрі", "en": "Kind"}},
                {"id": "next_visit", "type": "date",
                 "label": {"ru": "Следующее", "kk": "Келесі", "en": "Next"},
                 "constraints": [{"expression": ". >= date(${visit_at})",
                                  "message": {"ru": "Не раньше посещения", "kk": "Барудан ерте емес",
                                              "en": "Not before the visit"}}]},
            ],
        }],
    }
    definition.update(overrides)
    return definition


def fields_of(definition: dict[str, Any]) -> list[dict[str, Any]]:
    return definition["sections"][0]["fields"]


def with_fields(*extra: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    definition = minimal_form(**overrides)
    fields_of(definition).extend(copy.deepcopy(list(extra)))
    return definition
