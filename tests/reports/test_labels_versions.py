"""A code that the newest form no longer offers is printed with the name its own form
version gave it, never as the raw code (v1's 'preventive_register' measure kind)."""

from __future__ import annotations

import pytest

from inspector_desk.reports.labels import Labels


@pytest.mark.parametrize("lang, name", [("ru", "Постановка на профилактический учёт"),
                                        ("kk", "Профилактикалық есепке қою")])
def test_a_v1_measure_kind_is_named_not_printed_as_a_code(forms, lang, name):
    registry = forms.registry
    newest = registry.get("protective_measure").field("measure_kind").choices
    assert newest.get("preventive_register") is None  # gone from the newest version
    labels = Labels(registry, lang)
    assert labels("measure_kind", "preventive_register") == name
    assert labels("measure_kind", "protective_order") == newest.label("protective_order", lang)
    assert labels("measure_kind", "no_such_code") == "no_such_code"
