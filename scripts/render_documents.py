#!/usr/bin/env python3
"""Render every printed document for review: PDF -> PNG in docs/documents/.

    .venv/bin/python scripts/render_documents.py [--out docs/documents] [--keep-pdf DIR]

Builds a demo vault (synthetic data only) in a temporary folder that is deleted at the end,
adds one hand-made case whose visit act runs over two pages, renders each document in
Russian and Kazakh, and converts the first page of each (plus page 2 of the long visit act)
to a small grey PNG with ``pdftoppm -r 60`` and Pillow (Debian: poppler-utils). The PDFs go to
pdftoppm through a pipe; ``--keep-pdf`` also saves them for a closer look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from inspector_desk.app import documents  # noqa: E402
from inspector_desk.app.demo import generate  # noqa: E402
from inspector_desk.app.profile import Profiles  # noqa: E402
from inspector_desk.app.session import InspectorInfo  # noqa: E402
from inspector_desk.core.ports import KZ_TZ, FixedClock  # noqa: E402
from inspector_desk.core.services import PersonInput  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KdfParams  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSPHRASE = "Демо-құпиясөз-2026!"
LONG_NOTES = (
    "Беседа проведена с Ахметовым Е. С. в присутствии супруги. Разъяснены последствия "
    "нарушения защитного предписания, порядок обращения на линии 111 и 102, права "
    "потерпевшей и возможность размещения в кризисном центре. Ахметов Е. С. пояснил, что "
    "конфликт возник из-за денег; обещал не употреблять спиртное и не приходить к месту "
    "работы супруги.\n"
    "Әңгімелесу барысында құқық бұзушыға қорғау нұсқамасын бұзудың салдары түсіндірілді; "
    "ол өз кінәсін мойындап, жұбайымен байланыс жасамауға уәде берді. "
) * 9


def rich_case(session) -> dict[str, str]:
    """One case with every kind of record; its visit act runs to two pages."""
    svc = session.services
    cid = svc.open_case(address="г. Астана, ул. Сығанақ, д. 3, кв. 7", district="Есиль",
                        source="111", beat="12").created
    victim = svc.add_person_to_case(cid, PersonInput(
        last_name="Ахметова", first_name="Әсел", patronymic="Нұрланқызы", iin="880315400010",
        phones=["+7 701 555 12 34"], address="г. Астана, пр. Тұран, д. 19, кв. 44",
        safe_contact="Через сестру Гүлнар, после 18:00"), "affected", "self").created
    offender = svc.add_person_to_case(cid, PersonInput(
        last_name="Ахметов", first_name="Ерлан", patronymic="Серікұлы",
        birth_date=dt.date(1985, 6, 2), sex="M", phones=["+7 777 123 45 67"]),
        "offender", "spouse").created
    child = svc.add_person_to_case(cid, PersonInput(
        last_name="Ахметова", first_name="Інкәр", birth_date=dt.date(2016, 9, 1), sex="F"),
        "child", "child").created
    incident = svc.record_incident(cid, {
        "occurred_at": "2026-11-18T21:40", "reported_at": "2026-11-18T22:05", "channel": "102",
        "registration_no": "КУИ № 4521", "place_kind": "shared_home",
        "incident_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
        "victim_address": "г. Астана, пр. Тұран, д. 19, кв. 44", "victim_phone": "+7 701 555 12 34",
        "safe_contact": "Через сестру Гүлнар, после 18:00", "in_shelter": "yes",
        "shelter_name": "Кризисный центр «Қамқор», ул. Жұбанов, 5",
        "narrative": "Супруг в состоянии опьянения оскорблял, угрожал расправой, толкнул; "
                     "дочь Інкәр была дома.",
        "violence_types": ["physical", "psychological"], "gbvims_type": "physical_assault",
        "forced_marriage": "no", "injuries": "yes", "injuries_description": "Кровоподтёк левого плеча.",
        "medical_help": ["ambulance"], "weapon": "no", "strangulation": "no",
        "intoxication": "yes", "children_present": "yes", "children_count": 1,
        "actions": ["delivered", "protective_order", "referral"]}).created
    svc.assess_risk(cid, {"assessed_at": "2026-11-19T10:00", "respondent": victim,
                          **{q: "yes" if i < 11 else "no" for i, q in enumerate(
                              f.id for f in session.forms.registry.get("risk_checklist").fields()
                              if f.type == "yes_no_unknown")}})
    measure = svc.issue_measure(cid, {
        "measure_kind": "protective_order", "subject": offender, "protected_person": victim,
        "legal_basis": "law_2009_214", "legal_basis_article": "ст. 20 (ред. 16.06.2024) ⚠",
        "issued_by": "Ст. инспектор Сәрсенбаева А. Н.", "approved_by": "Нач. ОП Есильского района",
        "issued_at": "2026-11-19", "served_at": "2026-11-19", "restrictions": ["no_contact"],
        "status": "active", "victim_address": "г. Астана, пр. Тұран, д. 19, кв. 44",
        "victim_phone": "+7 701 555 12 34", "safe_contact": "Через сестру Гүлнар, после 18:00",
        "shelter": "Кризисный центр «Қамқор», ул. Жұбанов, 5"}).created
    referral = svc.refer(cid, {
        "referred_at": "2026-11-19", "person": victim, "service": "crisis_centre",
        "service_name": "Кризисный центр «Қамқор», г. Астана, ул. Жұбанов, 5",
        "consent": "yes", "reason": "Временное размещение, психологическая и правовая помощь.",
        "safe_contact": "Через сестру Гүлнар, после 18:00"}).created
    visit = svc.record_visit(cid, {
        "visit_at": "2026-11-20T09:30", "visit_type": "joint", "joint_with": ["social_worker"],
        "joint_officer": "Соцработник Омарова Д. К.", "place": "home",
        "visit_address": "г. Астана, ул. Сығанақ, д. 3, кв. 7",
        "persons_met": [{"person": victim, "role": "affected"},
                        {"person": offender, "role": "offender"}],
        "conversation_held": "yes", "conversation_with": offender, "conversation_minutes": 45,
        "conversation_online": "no", "conversation_minor": "no", "conversation_notes": LONG_NOTES,
        "home_conditions": "Порядок; следов повреждения имущества нет.",
        "violence_signs": ["psychological"], "intoxication": "no", "children_present": "yes",
        "children_condition": "concerns", "children_notes": "Інкәр замкнута, плохо спит.",
        "rights_explained": ["victim_rights", "line_111", "line_102", "crisis_centre"],
        "measure_in_force": "yes", "measure_compliance": "complied", "risk_reassessed": "no",
        "next_visit": "2026-11-27"}).created
    del child
    return {"visit": visit, "incident": incident, "measure-notice": measure,
            "referral": referral, "case-summary": cid}


def to_png(pdf: bytes, target: Path, page: int = 1) -> None:
    """One page at 60 dpi, saved as a 16-level grey PNG (about 25 KB)."""
    from PIL import Image

    prefix = target.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", "-", str(prefix)], input=pdf, check=True)
    with Image.open(target) as image:
        small = image.convert("L").quantize(16)
    small.save(target, optimize=True, bits=4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "documents"))
    parser.add_argument("--keep-pdf", help="also save the PDFs in this folder")
    parser.add_argument("--households", type=int, default=15)
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: apt-get install poppler-utils", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    keep = Path(args.keep_pdf) if args.keep_pdf else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    clock = FixedClock(dt.datetime(2026, 11, 20, 10, 0, tzinfo=KZ_TZ))
    with tempfile.TemporaryDirectory(prefix="idesk-render-") as tmp:
        profiles = Profiles(Path(tmp) / "home", KeyringSecrets(MemoryKeyring()), clock,
                            kdf=KdfParams.fast_for_tests())
        info = InspectorInfo(name="Сәрсенбаева Айгүл Нұрланқызы", login="A-1047",
                             unit="ДП г. Астаны, УП Есильского района, отдел по борьбе с "
                                  "семейно-бытовым насилием", district="Есиль")
        session = profiles.create("demo", PASSPHRASE, info)
        try:
            generate(session, households=args.households, seed=5)
            refs = rich_case(session)
            clock.advance(minutes=30)
            for lang in ("ru", "kk"):
                for document in documents.DOCUMENTS:
                    pdf = documents.print_document(session, document, refs.get(document), lang,
                                                   month="2026-11")
                    name = f"{document}-{lang}"
                    if keep:
                        (keep / f"{name}.pdf").write_bytes(pdf)
                    to_png(pdf, out / f"{name}.png")
                    if document == "visit" and lang == "ru":
                        to_png(pdf, out / f"{name}-page2.png", page=2)
                    print(f"{out / name}.png  ({len(pdf) // 1024} KiB PDF)")
        finally:
            session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
