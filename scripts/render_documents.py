#!/usr/bin/env python3
"""Render every printed document for review: PDF -> PNG in docs/documents/.

    .venv/bin/python scripts/render_documents.py [--out docs/documents] [--keep-pdf DIR]

Builds a demo vault (synthetic data only) in a temporary folder that is deleted at the end,
adds one case holding the forms' own valid samples (every kind of measure), renders each
document in Russian and Kazakh for each of its recipients (``measure-<kind>`` is the
offender's paper, ``-protected`` the protected person's notice, ``-internal`` the case file's
copy; ``visit-offender`` the offender's copy of the act), and converts the first page of each
to a 16-level grey PNG at 150 dpi with ``pdftoppm -r 150`` and Pillow (Debian:
poppler-utils). The PDFs go to pdftoppm through a pipe; ``--keep-pdf`` also saves them.
"""

from __future__ import annotations

import argparse
import dataclasses
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
from inspector_desk.core.records import Measure  # noqa: E402
from inspector_desk.core.services import PersonInput  # noqa: E402
from inspector_desk.keystore.device_secret import KeyringSecrets  # noqa: E402
from inspector_desk.keystore.keyfile import KdfParams  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSPHRASE = "Демо-құпиясөз-2026!"
UNIT_RU = "ДП г. Астаны, УП Есильского района, отдел по борьбе с семейно-бытовым насилием"
UNIT_KK = ("Астана қаласы Полиция департаменті, Есіл ауданының Полиция басқармасы, "
           "отбасылық-тұрмыстық зорлық-зомбылыққа қарсы іс-қимыл бөлімі")
UNIT_EN = "Astana Police Department, Yesil District Police, Domestic Violence Unit"
RANK = "капитан полиции"
DPI = 150


def samples(form_id: str) -> list[dict]:
    """The valid answer sets of the form's newest samples file (forms/samples/)."""
    import yaml

    from inspector_desk.forms import default_forms_dir

    files = sorted((default_forms_dir() / "samples").glob(f"{form_id}.v*.yaml"),
                   key=lambda p: int(p.name.rsplit(".v", 1)[1].split(".")[0]))
    data = yaml.safe_load(files[-1].read_text(encoding="utf-8")) if files else {}
    return [dict(item["answers"]) for item in (data or {}).get("valid") or []]


def _plain(value, persons):
    if isinstance(value, dict):
        return {k: _plain(v, persons) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, persons) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and value.startswith("p-"):
        return persons.get(value, persons["p-victim"])
    return value


def rich_case(session) -> list[tuple[str, str, str]]:
    """One case with every kind of record (the forms' own samples, newest version, and a
    preventive register entry under version 1): (document, record id, name)."""
    svc = session.services
    cid = svc.cases.open_case(address="г. Астана, ул. Сығанақ, д. 3, кв. 7", district="Есиль",
                        source="111", beat="12").created
    victim = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Ахметова", first_name="Әсел", patronymic="Нұрланқызы", iin="880315400010",
        phones=["+7 701 555 12 34"], address="г. Астана, пр. Тұран, д. 19, кв. 44",
        safe_contact="Через сестру Гүлнар, после 18:00"), "affected", "self").created
    offender = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Ахметов", first_name="Ерлан", patronymic="Серікұлы",
        birth_date=dt.date(1985, 6, 2), sex="M", phones=["+7 777 123 45 67"]),
        "offender", "spouse").created
    child = svc.people.add_person_to_case(cid, PersonInput(
        last_name="Ахметова", first_name="Інкәр", birth_date=dt.date(2016, 9, 1), sex="F"),
        "child", "child").created
    persons = {"p-victim": victim, "p-offender": offender, "p-child": child}
    out = []
    saves = (("incident", "incident_report", svc.records.record_incident),
             ("measure-notice", "protective_measure", svc.records.issue_measure),
             ("referral", "referral", svc.records.refer), ("visit", "prevention_visit", svc.records.record_visit))
    for document, form_id, save in saves:
        for n, answers in enumerate(samples(form_id)):
            if document in ("incident", "visit") and n:
                continue  # one of each is enough
            record_id = save(cid, _plain(answers, persons)).created
            out.append((document, record_id, ""))
    register = svc.records.issue_measure(cid, {
        "measure_kind": "preventive_register", "subject": offender, "legal_basis": "law_2025_245",
        "issued_by": "Ст. инспектор Сәрсенбаева А. Н.", "issued_at": "2026-11-19",
        "valid_from": "2026-11-19", "status": "active"}, form_version=1).created
    out.append(("measure-notice", register, ""))
    out.append(("case-summary", cid, ""))
    return out


def to_png(pdf: bytes, target: Path, page: int = 1) -> None:
    """One page at 150 dpi, saved as a 16-level grey PNG: with pdftoppm when it is
    installed, else with pypdfium2 (the same PDFium that browsers use)."""
    from PIL import Image

    if shutil.which("pdftoppm"):
        prefix = target.with_suffix("")
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page),
                        "-singlefile", "-", str(prefix)], input=pdf, check=True)
        image = Image.open(target)
    else:
        import pypdfium2

        document = pypdfium2.PdfDocument(pdf)
        image = document[page - 1].render(scale=DPI / 72).to_pil()
    with image:
        small = image.convert("L").quantize(16)
    small.save(target, optimize=True, bits=4)


def _inspector(session) -> None:
    """The profile's rank and Kazakh/English unit names (when this version's profile has no
    such fields, they are set for printing only)."""
    from types import SimpleNamespace

    info = session.inspector
    if not all(hasattr(info, f) for f in ("rank", "unit_kk", "unit_en")):
        session.inspector = SimpleNamespace(name=info.name, login=info.login, unit=info.unit,
                                            district=info.district, rank=RANK, unit_kk=UNIT_KK,
                                            unit_en=UNIT_EN)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "documents"))
    parser.add_argument("--keep-pdf", help="also save the PDFs in this folder")
    parser.add_argument("--households", type=int, default=15)
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        try:
            import pypdfium2  # noqa: F401
        except ImportError:
            print("neither pdftoppm (apt-get install poppler-utils) nor pypdfium2 found",
                  file=sys.stderr)
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
        fields = {f.name for f in dataclasses.fields(InspectorInfo)}
        extra = {k: v for k, v in (("rank", RANK), ("unit_kk", UNIT_KK), ("unit_en", UNIT_EN))
                 if k in fields}
        info = InspectorInfo(name="Сәрсенбаева Айгүл Нұрланқызы", login="A-1047", unit=UNIT_RU,
                             district="Есиль", **extra)
        session = profiles.create("demo", PASSPHRASE, info)
        try:
            _inspector(session)
            try:
                generate(session, households=args.households, seed=5)
            except Exception as exc:  # noqa: BLE001 - the statistics page is then thinner
                print(f"demo data not generated: {exc!r}", file=sys.stderr)
            items = rich_case(session)
            clock.advance(minutes=30)
            for old in out.glob("*.png"):
                old.unlink()
            for lang in ("ru", "kk"):
                jobs = []
                for document, ref, _ in items:
                    if document == "case-summary":
                        jobs.append((document, ref, None, None, document))
                        continue
                    kind = ""
                    if document == "measure-notice":
                        kind = session.store.get(Measure, ref).kind
                    for r in documents.renderings(session, document, ref):
                        if r.audience == "internal" and document == "measure-notice" \
                                and kind != "protective_order":
                            continue
                        base = f"measure-{kind}" if kind else document
                        default = documents.renderings(session, document, ref)[0].audience
                        name = base if r.audience == default else f"{base}-{r.audience}"
                        if any(j[4] == name for j in jobs):
                            continue  # one picture per kind and recipient
                        jobs.append((document, ref, r.audience, r.person_id or None, name))
                jobs.append(("statistics", None, None, None, "statistics"))
                for document, ref, audience, person, name in jobs:
                    pdf = documents.print_document(session, document, ref, lang, month="2026-11",
                                                   audience=audience, person_id=person)
                    name = f"{name}-{lang}"
                    if keep:
                        (keep / f"{name}.pdf").write_bytes(pdf)
                    to_png(pdf, out / f"{name}.png")
                    print(f"{out / name}.png  ({len(pdf) // 1024} KiB PDF)")
        finally:
            session.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
