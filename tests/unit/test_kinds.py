"""The registry of record kinds (core/kinds.py) agrees with the records, forms, tables,
documents and translations it names, and is the one place a kind is spelled out."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path

import pytest

from inspector_desk.core import kinds
from inspector_desk.core.kinds import KINDS, by_name, find, form_kinds
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.records import RECORD_TYPES, TIMELINE_KINDS, FormRecord, Incident, Visit

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "inspector_desk"

# Files of src/ that may still spell "referral" in quotes, and why. Everything else asks the
# registry. Adding a kind must not mean editing a list in yet another file.
REFERRAL_ALLOWED = {
    "core/kinds.py": "the registry itself",
    "core/records.py": "the dataclass declares its KIND",
    "reports/documents.py": "the referral letter's renderer names the document it builds",
    "app/demo.py": "'referral' as an answer code of the incident form (action taken), not a kind",
    # Headquarters reads the registry (tests/hq/test_kinds_registry.py); its read-only case
    # view chooses which fields sum up a record of each kind.
    "hq/service.py": "headquarters: the fields that sum up a record of each kind (_SUMMARY)",
}


def test_every_record_type_is_registered_once_under_its_own_name():
    assert sorted(k.name for k in KINDS) == sorted(RECORD_TYPES)
    assert len({k.name for k in KINDS}) == len(KINDS)
    for k in KINDS:
        assert k.cls is RECORD_TYPES[k.name] and k.cls.KIND == k.name
        assert by_name(k.name) is k and find(k.name) is k and kinds.of(k.cls) is k
    assert find("nonsense") is None
    with pytest.raises(KeyError):
        by_name("nonsense")


def test_form_kinds_are_the_timeline_and_made_with_a_form_that_exists():
    assert sorted(k.name for k in form_kinds()) == sorted(TIMELINE_KINDS)
    form_files = {p.name.split(".v")[0] for p in (ROOT / "forms").glob("*.v*.yaml")}
    for k in KINDS:
        assert k.is_form == issubclass(k.cls, FormRecord), k.name
        if k.is_form:
            assert k.form_id in form_files, k.name
            assert k.in_case and k.create and k.when and k.qt_new, k.name
    assert len({k.form_id for k in form_kinds()}) == len(form_kinds())


def test_time_fields_and_columns_exist_on_the_record_class():
    for k in KINDS:
        names = {f.name: f for f in fields(k.cls)}
        for name in k.when:
            assert name in names, (k.name, name)
            assert "datetime" in str(names[name].type), (k.name, name)
        for column, (_field, how) in k.columns.items():
            assert column in names, (k.name, column)
            assert how in ("text", "datetime", "date", "int", "list", "yes"), (k.name, column)
        assert ("case_id" in names) == k.in_case, k.name
        for field_id in k.victim_only:
            assert re.fullmatch(r"[a-z_]+", field_id), field_id


def test_happened_at_is_the_first_time_set_in_the_kind_s_order():
    at = dt.datetime(2026, 11, 20, 9, 0, tzinfo=KZ_TZ)
    later = at + dt.timedelta(hours=2)
    incident = Incident(case_id="c", occurred_at=at, reported_at=later)
    assert kinds.happened_at(incident) == later == by_name("incident").happened_at(incident)
    assert kinds.happened_at(Incident(case_id="c", occurred_at=at)) == at
    blank = Visit(case_id="c", created_at=at)
    assert kinds.happened_at(blank) is None
    assert kinds.timeline_time(blank) == at  # then when it was written
    assert kinds.timeline_time(Visit(case_id="c")) == dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def test_the_services_create_and_print_through_names_that_exist():
    from inspector_desk.core.services import RecordUseCases
    from inspector_desk.reports import documents as report_documents

    for k in form_kinds():
        assert callable(getattr(RecordUseCases, k.create)), k.name
    names = [d.name for _k, d in kinds.documents()]
    assert len(names) == len(set(names))
    for k, d in kinds.documents():
        assert callable(getattr(report_documents, d.render)), d.name
        assert d.audiences and set(d.audiences) <= set(report_documents.AUDIENCES), d.name
        assert re.fullmatch(r"[a-z-]*", d.file_stem), d.name


def test_storage_table_names_are_unchanged():
    """Derived from the registry, the tables are the ones the migrations made (no schema change)."""
    from inspector_desk.storage.store import TABLES

    assert TABLES == {
        "case": "cases", "person": "persons", "participant": "participants", "visit": "visits",
        "incident": "incidents", "measure": "measures", "referral": "referrals",
        "risk": "risk_assessments", "attachment": "attachments"}
    assert list(TABLES) == list(RECORD_TYPES)
    sql = "\n".join(p.read_text(encoding="utf-8")
                    for p in (SRC / "storage" / "migrations").glob("*.sql"))
    for table in TABLES.values():
        assert re.search(rf"CREATE TABLE (IF NOT EXISTS )?{table}\b", sql), table


def _ts_messages(lang: str) -> set[tuple[str, str]]:
    tree = ET.parse(ROOT / "resources" / "i18n" / f"inspector_desk_{lang}.ts")
    out = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and (translation.text or "").strip():
                out.add((name, message.findtext("source")))
    return out


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_kind_has_a_translated_name_on_screen(lang):
    translated = _ts_messages(lang)
    for k in KINDS:
        assert ("Labels", k.qt_label) in translated, (k.name, lang)
        if k.qt_new:
            assert ("CasePage", k.qt_new) in translated, (k.name, lang)


def test_every_kind_has_its_name_in_the_message_catalog():
    """ru/kk/en names for the command line and headquarters (resources/i18n/messages.json)."""
    catalog = json.loads((ROOT / "resources" / "i18n" / "messages.json").read_text(encoding="utf-8"))
    for k in KINDS:
        assert k.label_key == f"kind.{k.name}"
        assert all(catalog.get(k.label_key, {}).get(lang) for lang in ("ru", "kk", "en")), k.name


def test_a_kind_is_spelled_out_in_few_files():
    """The registry is the one place that says what a kind is: grep src/ for "referral"."""
    found = sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                   if '"referral"' in p.read_text(encoding="utf-8"))
    assert set(found) <= set(REFERRAL_ALLOWED), sorted(set(found) - set(REFERRAL_ALLOWED))
    assert len(found) <= len(REFERRAL_ALLOWED)  # 19 files before the registry


def test_no_other_module_lists_a_kind_s_time_fields():
    """The registry is the only place that says which field is when a record happened: no
    loop over ("visit_at", "reported_at", ...) anywhere else."""
    pattern = re.compile(r"\(\s*\"(visit_at|occurred_at|reported_at|issued_at|referred_at|"
                         r"assessed_at)\",\s*\"(visit_at|occurred_at|reported_at|issued_at|"
                         r"referred_at|assessed_at)\"")
    offenders = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                 if p.name != "kinds.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == [], offenders
