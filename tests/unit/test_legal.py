"""The legal reference: dated facts, the entry in force on a record's date, strict parsing."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from inspector_desk.core.errors import ValidationError
from inspector_desk.core.legal import LegalReference
from inspector_desk.core.rules import FollowUpRules

RULES = Path(__file__).resolve().parents[2] / "resources" / "rules" / "followup.json"


@pytest.fixture(scope="module")
def shipped() -> LegalReference:
    return FollowUpRules.from_mapping(json.loads(RULES.read_text(encoding="utf-8"))).legal


def test_the_2009_law_gives_way_to_245_viii_on_2_march_2026(shipped: LegalReference) -> None:
    assert shipped.in_force("law_2009_214", dt.date(2025, 11, 19)) is True
    assert shipped.in_force("law_2009_214", dt.date(2026, 3, 1)) is True
    assert shipped.in_force("law_2009_214", dt.date(2026, 3, 2)) is False
    assert shipped.in_force("law_2025_245", dt.date(2026, 3, 1)) is False
    assert shipped.in_force("law_2025_245", dt.date(2026, 11, 19)) is True
    assert shipped.in_force("other", dt.date(2026, 11, 19)) is None  # not legal data: no opinion
    # 245-VIII art. 50 (read in its Kazakh text): a preventive conversation lasts at most an hour
    assert shipped.value("conversation_max_minutes", dt.date(2026, 11, 19)) == 60
    assert "245-VIII" in shipped.text("law_2025_245", dt.date(2026, 11, 19), "kk")
    assert "Құқық бұзушылық профилактикасы туралы" in shipped.text(
        "law_2025_245", dt.date(2026, 11, 19), "kk")


def test_a_30_day_order_runs_30_days_after_the_day_of_service(shipped: LegalReference) -> None:
    assert shipped.value("order_term_days", dt.date(2026, 11, 19)) == 30
    assert shipped.order_end(dt.date(2026, 11, 19)) == dt.date(2026, 12, 19)
    assert shipped.entry("order_term_counting", dt.date(2026, 11, 19)).status == "unconfirmed"
    assert shipped.text("order_term_days", dt.date(2026, 11, 19), "ru") == "30 суток"
    assert shipped.text("order_term_days", dt.date(2026, 11, 19), "kk") == "30 тәулік"


def test_articles_have_their_2024_titles(shipped: LegalReference) -> None:
    day = dt.date(2026, 11, 19)
    assert "легкого вреда" in shipped.text("uk_108_1", day).replace("ё", "е")
    assert "Побои" in shipped.text("uk_109_1", day)
    assert shipped.in_force("uk_109_1", dt.date(2024, 6, 1)) is False  # before Law 72-VIII


def test_every_shipped_entry_is_sourced_or_marked_unconfirmed(shipped: LegalReference) -> None:
    for entry in shipped.entries():
        assert entry.status in ("verified", "secondary", "unconfirmed")
        if entry.status != "unconfirmed":
            assert entry.source, entry.id


def test_every_shipped_fact_is_listed_in_docs_legal_md(shipped: LegalReference) -> None:
    text = (RULES.parents[2] / "docs" / "legal.md").read_text(encoding="utf-8")
    missing = sorted({e.id for e in shipped.entries()
                      if not re.search(rf"(?<![\w]){re.escape(e.id)}(?![\w])", text)})
    assert not missing, f"docs/legal.md does not list: {missing}"


def _ref(*entries: dict) -> LegalReference:
    return LegalReference.from_mapping({"version": "t", "entries": list(entries)})


def test_a_later_entry_replaces_an_earlier_one_from_its_date() -> None:
    ref = _ref({"id": "order_term_days", "value": 30, "valid_to": "2026-03-01"},
               {"id": "order_term_days", "value": 20, "valid_from": "2026-03-02"})
    assert ref.value("order_term_days", dt.date(2026, 3, 1)) == 30
    assert ref.value("order_term_days", dt.datetime(2026, 3, 2, 9, 0)) == 20
    assert ref.order_end(dt.date(2026, 3, 2)) == dt.date(2026, 3, 22)


def test_counting_the_day_of_issue_is_data_too() -> None:
    ref = _ref({"id": "order_term_days", "value": 30},
               {"id": "order_term_counting", "unit": "issue_day_included"})
    assert ref.order_end(dt.date(2026, 11, 1)) == dt.date(2026, 11, 30)


@pytest.mark.parametrize("bad, says", [
    ({"id": "x", "valid_from": "2026-03-02", "valid_to": "2026-03-01"}, "before valid_from"),
    ({"id": "x", "status": "sure"}, "status"),
    ({"id": "x", "value": 1.5}, "value"),
    ({"id": "x", "value": "1e999999"}, "range"),
    ({"id": "x", "text": {"de": "Gesetz"}}, "text"),
    ({"id": "x", "colour": "red"}, "unknown keys"),
    ({"id": ""}, "id"),
])
def test_malformed_entries_are_refused_with_a_reason(bad: dict, says: str) -> None:
    with pytest.raises(ValidationError) as info:
        _ref(bad)
    assert says in str(info.value.errors["rules"][0])


def test_two_entries_in_force_on_one_day_are_refused() -> None:
    with pytest.raises(ValidationError):
        _ref({"id": "x", "value": 1, "valid_to": "2026-03-02"},
             {"id": "x", "value": 2, "valid_from": "2026-03-02"})


def test_rules_without_a_legal_section_still_load() -> None:
    data = json.loads(RULES.read_text(encoding="utf-8"))
    data.pop("legal")
    rules = FollowUpRules.from_mapping(data)
    assert rules.legal.value("order_term_days", dt.date(2026, 1, 1)) is None
    assert rules.default_order_end(dt.date(2026, 11, 1)) == dt.date(2026, 12, 1)
