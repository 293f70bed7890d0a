#!/usr/bin/env python3
"""Benchmark a printed document against bare reportlab doing the same text in the same run.

    .venv/bin/python bench/bench_reports.py [--runs 40]

Ours: a two-page prevention visit act (``reports.documents.visit_act``): the record rendered
through the forms engine under its own version, the signed check code, the QR code on every
page, header, tables, signature block and "page X of Y" (two passes over the pages).
Bare: ``SimpleDocTemplate`` laying out the same text (every line of our act, as pypdf
extracts it: labels, values, headers and footers of both pages, signature captions) as plain
paragraphs in the same embedded font; no tables, no QR, no signing, no page count. Both
build a PDF in memory. The runs alternate so both see the same machine state; prints
medians, 95th percentiles and the ratio (the target is a ratio of at most 2). Not a test:
the figures go into notes.

A second, stricter baseline lays out only the form's labels and values (no header or footer
text at all); its ratio is printed too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from inspector_desk.core.ports import KZ_TZ  # noqa: E402
from inspector_desk.core.records import FamilyCase, Participant, Person, Visit  # noqa: E402
from inspector_desk.forms import FormContext, FormRegistry, default_forms_dir  # noqa: E402
from inspector_desk.keystore.signing import SigningKey  # noqa: E402
from inspector_desk.reports.documents import CaseFile, visit_act  # noqa: E402
from inspector_desk.reports.fonts import BOLD, REGULAR, register_fonts  # noqa: E402
from inspector_desk.reports.layout import Issuer, markup  # noqa: E402

NOTES = ("Беседа проведена с правонарушителем в присутствии супруги. Разъяснены последствия "
         "нарушения защитного предписания и порядок обращения на линии 111 и 102. "
         "Әңгімелесу барысында құқық бұзушыға қорғау нұсқамасының салдары түсіндірілді.\n")


def sample(notes_repeat: int) -> tuple[Visit, CaseFile]:
    case = FamilyCase(case_no="K7QM-2026-0001", address="г. Астана, ул. Сығанақ, д. 3, кв. 7",
                      district="Есиль", inspector="A-1047")
    victim = Person(last_name="Нұрпейісова", first_name="Әсел", patronymic="Нұрланқызы")
    offender = Person(last_name="Нұрпейісов", first_name="Ерлан", patronymic="Серікұлы")
    parts = [(Participant(case_id=case.id, person_id=victim.id, role="affected"), victim),
             (Participant(case_id=case.id, person_id=offender.id, role="offender"), offender)]
    answers = {
        "visit_at": "2026-11-20T09:30", "visit_type": "planned", "place": "home",
        "visit_address": case.address,
        "persons_met": [{"person": victim.id, "role": "affected"},
                        {"person": offender.id, "role": "offender"}],
        "conversation_held": "yes", "conversation_with": offender.id,
        "conversation_minutes": 40, "conversation_online": "no", "conversation_minor": "no",
        "conversation_notes": NOTES * notes_repeat,
        "home_conditions": "Порядок; конфликтов со слов сторон не было.",
        "intoxication": "no", "children_present": "yes", "children_condition": "good",
        "rights_explained": ["victim_rights", "line_111", "crisis_centre"],
        "measure_in_force": "no", "risk_reassessed": "no", "next_visit": "2026-12-04"}
    visit = Visit(case_id=case.id, form_id="prevention_visit", form_version=1, answers=answers,
                  version=1, visit_at=dt.datetime(2026, 11, 20, 9, 30, tzinfo=KZ_TZ))
    return visit, CaseFile(case, parts, [visit])


def bare(lines: list[str]) -> bytes:
    register_fonts()
    body = ParagraphStyle("v", fontName=REGULAR, fontSize=9, leading=11)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=13.5, leading=17)
    story = [Paragraph("АКТ профилактического посещения", title)]
    story.extend(Paragraph(markup(line), body) for line in lines)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def summary(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    registry = FormRegistry.from_directory(default_forms_dir())
    key = SigningKey.generate()
    issuer = Issuer(unit="УП г. Астаны, отдел по борьбе с семейно-бытовым насилием",
                    name="Сәрсенбаева Айгүл Нұрланқызы", login="A-1047", signer=key,
                    printed_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))
    repeat = 4
    while True:  # the smallest act that runs to exactly two pages
        visit, case = sample(repeat)
        pages = len(PdfReader(io.BytesIO(visit_act(visit, case, registry, issuer, "ru"))).pages)
        if pages >= 2:
            break
        repeat += 2
    assert pages == 2, f"the sample act has {pages} pages"
    ours_pdf = PdfReader(io.BytesIO(visit_act(visit, case, registry, issuer, "ru")))
    lines = [line for page in ours_pdf.pages for line in page.extract_text().splitlines()
             if line.strip()]
    bare_pages = len(PdfReader(io.BytesIO(bare(lines))).pages)
    form = registry.get("prevention_visit", 1)
    ctx = FormContext.at(issuer.printed_at, persons=case.names(), lang="ru")
    fields = [text for s in form.render(visit.answers, ctx, lang="ru") for f in s.fields
              for text in (f.label, f.value)]

    ours, raw, strict = [], [], []
    for _ in range(3):  # warm up all (font parsing, form caches)
        visit_act(visit, case, registry, issuer, "ru")
        bare(lines)
        bare(fields)
    for _ in range(args.runs):
        ours.append(timed(lambda: visit_act(visit, case, registry, issuer, "ru")))
        raw.append(timed(lambda: bare(lines)))
        strict.append(timed(lambda: bare(fields)))
    (m1, p1), (m2, p2), (m3, p3) = summary(ours), summary(raw), summary(strict)
    print(f"visit act: {pages} pages (bare: {bare_pages}), {len(lines)} lines of text, "
          f"{len(visit.answers['conversation_notes'])} characters of notes, {args.runs} runs each")
    print(f"{'':<28} {'median ms':>10} {'p95 ms':>8}")
    print(f"{'visit act (reports)':<28} {m1:10.1f} {p1:8.1f}")
    print(f"{'bare reportlab, same text':<28} {m2:10.1f} {p2:8.1f}")
    print(f"{'bare, labels and values only':<28} {m3:10.1f} {p3:8.1f}")
    print(f"ratio to the same text (median): x{m1 / m2:.2f}   (p95): x{p1 / p2:.2f}   target: <= x2")
    print(f"ratio to labels and values only (median): x{m1 / m3:.2f}   (p95): x{p1 / p3:.2f}")
    return 0 if m1 / m2 <= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
