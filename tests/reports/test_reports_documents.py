"""Printed documents from a real vault: every visible field on the page, under the record's
own form version, in Russian, Kazakh and English; header, "page X of Y", signatures, the
embedded font and the audit entry."""

from __future__ import annotations

import re

import pytest
from reports_helpers import page_texts, reader, squash, text_of

from inspector_desk.app import documents
from inspector_desk.core.errors import NotFound
from inspector_desk.core.records import Incident, Measure, Referral, Visit
from inspector_desk.forms import FormContext
from inspector_desk.reports.fonts import KAZAKH_LETTERS

RECORDS = {"visit": Visit, "incident": Incident, "measure-notice": Measure, "referral": Referral}
# what each document prints whole (the measure's paper for the offender is a template of its
# own kind, tests/reports/test_reports_renderings.py; its case file copy is the whole form)
AUDIENCE = {"measure-notice": "internal"}
REPLACED = {"legal_basis", "legal_basis_article", "duration_days"}  # printed from the legal reference
PAGE = {"ru": "Стр. {page} из {pages}", "kk": "{page}-бет, барлығы {pages}",
        "en": "Page {page} of {pages}"}
STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def _record_id(rich, document):
    return {"visit": rich.visit, "incident": rich.incident, "measure-notice": rich.measure,
            "referral": rich.referral}[document]


def expected_fields(session, record, lang, audience):
    """What the forms engine says is visible: (label, value) of every non-signature line."""
    form = session.forms.registry.get(record.form_id, record.form_version)
    view = session.services.cases.get_case(record.case_id)
    names = {p.person.id: p.person.full_name for p in view.participants}
    ctx = FormContext.at(session.clock.now(), persons=names, lang=lang)
    out = []
    for section in form.render(record.answers, ctx, lang=lang, audience=audience):
        for line in section.fields:
            if line.type == "signature" or (line.type == "attachment" and not line.value):
                continue
            out.append((section.title, line.field_id, line.label, line.value or "—"))
    return out


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("document", list(RECORDS))
def test_every_visible_field_is_printed(session, rich, document, lang):
    record = session.store.get(RECORDS[document], _record_id(rich, document))
    pdf = documents.print_record(session, document, record.id, lang, audience=AUDIENCE.get(document))
    text = squash(text_of(pdf))
    fields = expected_fields(session, record, lang, AUDIENCE.get(document, "internal"))
    assert len(fields) >= 8
    for section, field_id, label, value in fields:
        if field_id in REPLACED:
            continue
        assert squash(section) in text, (section, lang)
        assert squash(label) in text, (label, lang)
        assert squash(value) in text, (label, value, lang)


@pytest.mark.parametrize("document", list(RECORDS))
def test_header_on_every_page(session, rich, inspector, document):
    pdf = documents.print_record(session, document, _record_id(rich, document), "ru")
    for text in page_texts(pdf):
        flat = squash(text)
        assert squash(inspector.unit) in flat
        assert squash(f"Дело № {rich.case_no}") in flat
        assert squash(f"Инспектор: {inspector.name}") in flat
        assert "A-1047" in flat
        assert re.search(r"Дата:\d\d\.\d\d\.\d{4}", flat)


def test_kazakh_document_keeps_every_kazakh_letter(session, rich):
    pdf = documents.print_record(session, "visit", rich.visit, "kk")
    text = text_of(pdf)
    assert "Профилактикалық бару АКТІСІ" in text
    assert "Сәрсенбаева Айгүл Нұрланқызы" in text  # header: ә ү ұ қ
    assert "Нұрпейісова Әсел Нұрланқызы" in text
    for word in ("Барған күні мен уақыты", "Әңгімелесу", "Іс №", "Күні"):
        assert squash(word) in squash(text), word
    used = set(text)
    # every Kazakh letter of this text came through (no boxes, no look-alike substitutes)
    assert {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"} <= used
    assert all(c in KAZAKH_LETTERS for c in "ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_page_x_of_y_on_a_long_visit_act(session, rich, lang):
    pdf = documents.print_record(session, "visit", rich.long_visit, lang)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for n, text in enumerate(pages, start=1):
        assert PAGE[lang].format(page=n, pages=len(pages)) in text
    if lang == "ru":  # the long notes are printed whole, across the pages
        body = []
        for text in pages:
            lines = text.splitlines()
            start = next(i for i, line in enumerate(lines) if line.startswith("Инспектор:")) + 1
            end = next(i for i, line in enumerate(lines) if "Напечатано" in line)
            body.extend(lines[start:end])
        record = session.store.get(Visit, rich.long_visit)
        assert squash(record.answers["conversation_notes"]) in squash("".join(body))


def test_signature_blocks_name_the_inspector_and_the_persons_present(session, rich, inspector):
    """Each signs their own rendering: the case file's act by the inspector and the victim,
    the offender's copy by the inspector and the offender."""
    text = text_of(documents.print_record(session, "visit", rich.visit, "ru"))
    tail = text[text.rindex("Подписи"):]
    assert "Подпись инспектора" in tail and squash(inspector.name) in squash(tail)
    assert "Нұрпейісова Әсел Нұрланқызы" in tail and "Нұрпейісов Ерлан Серікұлы" not in tail
    assert tail.count("(подпись)") == 2
    own = text_of(documents.print_record(session, "visit", rich.visit, "ru", audience="offender"))
    tail = own[own.rindex("Подписи"):]
    assert "Нұрпейісов Ерлан Серікұлы" in tail and "Нұрпейісова Әсел Нұрланқызы" not in tail
    assert "Правонарушитель" in tail and "агрессор" not in own
    notice = text_of(documents.print_record(session, "measure-notice", rich.measure, "ru"))
    assert "Копию получил(а)" in notice and "Дата и время вручения" in notice
    assert "Утверждаю: начальник органа внутренних дел" in notice
    incident = text_of(documents.print_record(session, "incident", rich.incident, "ru"))
    assert "Объяснение (заявление) получено" in incident
    assert "С рапортом ознакомлен" not in incident
    assert squash("РАПОРТ о поступлении сообщения о бытовом насилии") in squash(incident)
    assert squash(f"Начальнику {inspector.unit}") in squash(incident)
    letter = text_of(documents.print_record(session, "referral", rich.referral, "kk"))
    assert "Жолдамаға келісемін" in letter


def test_a_record_prints_under_its_own_form_version(session, rich, monkeypatch):
    import copy

    from inspector_desk.forms import FormRegistry, default_forms_dir

    # a registry of this test's own: the session-wide one must not learn a version 2
    registry = FormRegistry.from_directory(default_forms_dir())
    monkeypatch.setattr(session.forms, "registry", registry)
    newer = copy.deepcopy(dict(registry.get("prevention_visit", 1).definition))
    newer["version"] = 99
    newer["sections"][0]["fields"][0]["label"] = {"ru": "Когда (версия 2)", "kk": "Қашан",
                                                  "en": "When"}
    registry.add_definition(newer, source="test v99")
    assert registry.get("prevention_visit").version == 99
    text = text_of(documents.print_record(session, "visit", rich.visit, "ru"))
    assert "Дата и время посещения" in text and "версия 2" not in text
    assert "prevention_visit" not in text and "v1" not in text  # no internal form ids on paper


def test_case_summary_and_statistics_print(session, rich):
    summary = text_of(documents.print_case_summary(session, rich.case_no, "ru"))
    for expected in (rich.case_no, "Нұрпейісова Әсел Нұрланқызы", "880315400010",
                     "Защитное предписание", "Хронология", "Средний"):
        assert squash(expected) in squash(summary), expected
    by_id = text_of(documents.print_case_summary(session, rich.case_id, "kk"))
    assert "АНЫҚТАМА" in by_id
    stats = text_of(documents.print_statistics(session, "2026-11", "ru"))
    assert "ноябрь 2026" in stats and "Профилактические посещения" in stats


def test_the_font_is_embedded_and_no_standard_font_is_used(session, rich):
    for document in RECORDS:
        pdf = documents.print_record(session, document, _record_id(rich, document), "kk")
        for page in reader(pdf).pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts, "a page without fonts"
            for name in fonts:
                font = fonts[name].get_object()
                base = str(font["/BaseFont"])
                assert "DejaVuSans" in base, base
                assert not any(s in base for s in STANDARD_14), base
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), base  # embedded


def test_printing_is_audited_without_personal_data(session, rich):
    documents.print_record(session, "measure-notice", rich.measure, "kk")
    documents.print_statistics(session, "2026-11", "ru")
    [entry] = session.services.cases.audit_log(record_id=rich.measure, action="print")
    assert entry.kind == "measure" and entry.detail.startswith("measure-notice kk v1 ")
    documents.print_record(session, "visit", rich.visit, "ru", audience="offender")
    [visit] = session.services.cases.audit_log(record_id=rich.visit, action="print")
    assert visit.detail.endswith(" for offender")
    [stats] = session.services.cases.audit_log(action="print", record_id="stats:A-1047:2026-11")
    assert stats.kind == "statistics"
    for e in session.services.cases.audit_log(action="print"):
        assert "Нұрпейіс" not in e.detail and "Астана" not in e.detail


def test_deleted_or_unknown_records_are_not_printed(session, rich):
    session.services.records.delete_record(Referral, rich.referral)
    with pytest.raises(NotFound):
        documents.print_record(session, "referral", rich.referral, "ru")
    with pytest.raises(NotFound):
        documents.print_record(session, "visit", "no-such-id", "ru")
    assert not session.services.cases.audit_log(action="print")


def test_pdfs_are_built_in_memory_and_leave_no_file(session, rich, tmp_path, monkeypatch):
    import os
    import tempfile

    def refuse(*args, **kwargs):
        raise AssertionError("a temporary file was requested while printing")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile",
                 "SpooledTemporaryFile", "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, refuse)
    before = {p: p.stat().st_size for p in tmp_path.rglob("*") if p.is_file()
              and not p.name.startswith("vault.db")}
    cwd = set(os.listdir("."))
    for document in RECORDS:
        pdf = documents.print_record(session, document, _record_id(rich, document), "ru")
        assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-")
    documents.print_case_summary(session, rich.case_id, "kk")
    documents.print_statistics(session, "2026-11", "kk")
    after = {p: p.stat().st_size for p in tmp_path.rglob("*") if p.is_file()
             and not p.name.startswith("vault.db")}
    assert after == before
    assert set(os.listdir(".")) == cwd
