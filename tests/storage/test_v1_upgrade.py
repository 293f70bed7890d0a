"""An upgraded vault holding records saved under the version 1 forms (issue 12 item 13): it
opens with the current program, migrates, passes `doctor` (integrity, cipher integrity, the
audit chain), keeps every record as it was, prints its v1 records under their own version,
and a paper printed before the upgrade still verifies as genuine after it.

The vault is made as the release before schema 7 left it: records saved through the
services under the v1 forms, then the one column schema 7 adds taken away and the schema
number set back to 6 (exactly the schema-6 tables: tests/storage/test_vault.py checks every
migration against the record classes)."""

from __future__ import annotations

import pytest

from inspector_desk.app import documents
from inspector_desk.core.records import (
    FamilyCase,
    Incident,
    Measure,
    Participant,
    Person,
    Referral,
    RiskAssessment,
    Visit,
)
from inspector_desk.storage.vault import schema_version_latest
from tests.conftest import PASSPHRASE
from tests.reports.reports_helpers import build_rich_case, squash, text_of

KINDS = (FamilyCase, Person, Participant, Visit, Incident, Measure, Referral, RiskAssessment)


def _snapshot(store) -> dict:
    return {cls.KIND: sorted((r.id, r.version, r.form_version if hasattr(r, "form_version")
                              else None, repr(getattr(r, "answers", None)))
                             for r in store.find(cls)) for cls in KINDS}


@pytest.fixture
def upgraded(profiles, inspector):
    """(session after the upgrade, the rich case, the records before, a PDF printed before)."""
    session = profiles.create("default", PASSPHRASE, inspector)
    rich = build_rich_case(session)  # every record under version 1 of its form
    before = _snapshot(session.store)
    assert {r.form_version for cls in (Visit, Incident, Measure, Referral, RiskAssessment)
            for r in session.store.find(cls)} == {1}
    printed_before = documents.print_record(session, "visit", rich.visit, "ru")
    summary_before = documents.print_case_summary(session, rich.case_id, "ru")
    audit_before = session.store.audit_head()
    conn = session.vault.conn
    assert session.vault.schema_version == schema_version_latest()
    conn.execute("ALTER TABLE participants DROP COLUMN cohabiting")  # as schema 6 had it
    conn.execute("PRAGMA user_version = 6")
    session.lock()

    after = profiles.unlock("default", PASSPHRASE)  # opens, migrates 6 → 7
    yield after, rich, before, (printed_before, summary_before), audit_before
    if not after.locked:
        after.lock()


def test_the_upgraded_vault_passes_doctor(upgraded):
    session, rich, before, _, audit_before = upgraded
    assert session.vault.schema_version == schema_version_latest()
    report = session.vault.doctor()
    assert report.integrity == ["ok"]
    assert report.cipher_integrity == []
    assert report.audit_problems == []
    assert report.ok
    assert report.audit_entries >= audit_before[0]
    assert report.records["visit"] == 2 and report.records["participant"] == 3
    # every record as it was: same versions, same form versions, same answers
    assert _snapshot(session.store) == before
    assert {p.cohabiting for p in session.store.find(Participant)} == {""}  # never asked


def test_doctor_from_the_command_line_code(upgraded, capsys):
    """The command's own report (cli._doctor_vault) on the upgraded vault: exit status 0."""
    from inspector_desk import cli

    session = upgraded[0]

    class Ctx:
        lang = "en"

        def say(self, line):
            print(line)

        def t(self, key, **kw):
            from inspector_desk.messages import text
            return text(key, "en", **kw)

    assert cli._doctor_vault(Ctx(), session) == 0
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out and "audit chain: ok" in out
    assert f"schema {schema_version_latest()}" in out


@pytest.mark.parametrize("lang", ("ru", "kk"))
def test_v1_records_print_under_their_own_version(upgraded, lang):
    session, rich, *_ = upgraded
    visit = text_of(documents.print_record(session, "visit", rich.visit, lang))
    order = text_of(documents.print_record(session, "measure-notice", rich.measure, lang))
    incident = text_of(documents.print_record(session, "incident", rich.incident, lang))
    assert "Нұрпейісов Ерлан Серікұлы" in order
    assert squash("Разъяснены последствия нарушения предписания.") in squash(visit)
    assert squash("Супруг в состоянии опьянения") in squash(incident)
    # the answer printed under its label in version 1 of the form
    registry = session.forms.registry
    v1_label = getattr(registry.get("prevention_visit", 1).field("conversation_notes").label, lang)
    assert squash(v1_label) in squash(visit)
    # the offender's copy of the v1 act still leaves the victim's details out
    offender = text_of(documents.print_record(session, "visit", rich.visit, lang,
                                              audience="offender"))
    assert "Тұран" not in offender and "Разъяснены последствия" not in offender


def test_papers_printed_before_the_upgrade_still_verify(upgraded):
    session, _rich, _before, (visit_pdf, summary_pdf), _ = upgraded
    assert documents.verify(session, visit_pdf).status == "valid"
    # the case summary hashes the participants, whose record gained a field: still valid
    assert documents.verify(session, summary_pdf).status == "valid"
