"""`inspector-desk print statistics --month M --by district|inspector --to FILE` on the
device: the figures of every district (or inspector) of the vault side by side, computed by
the function headquarters' `report --by` uses, as CSV (a FILE ending in .csv, the columns
HQ writes) or as the signed summary page, which verify-document accepts."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from tests.conftest import CLI_PASSPHRASE
from tests.reports.reports_helpers import text_of

INCIDENT = {"occurred_at": "2026-11-17T20:10", "reported_at": "2026-11-17T20:30",
            "channel": "102", "place_kind": "shared_home", "narrative": "Угрозы.",
            "incident_address": "ул. Сығанақ, 3", "victim_address": "ул. Сығанақ, 3",
            "violence_types": ["physical"], "gbvims_type": "physical_assault",
            "forced_marriage": "no", "injuries": "no", "weapon": "no", "strangulation": "no",
            "intoxication": "no", "children_present": "no", "actions": ["delivered"]}


def _profiles(cli):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from tests.support.keyrings import FileKeyring

    return Profiles(cli.home, KeyringSecrets(FileKeyring(cli.tmp / "keyring.json")))


@pytest.fixture
def vault(cli):
    """Three cases: two in Есиль (one handed over to inspector B-2000), one in Нура, each
    with an incident reported in November 2026; one more incident in December."""
    from inspector_desk.core.records import FamilyCase

    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--unit", "ОП Есиль")
    session = _profiles(cli).unlock("default", CLI_PASSPHRASE)
    try:
        svc = session.services
        ids = [svc.cases.open_case(address=f"ул. Сығанақ, {n}", district=district, source="102").created
               for n, district in enumerate(("Есиль", "Есиль", "Нура"), 1)]
        for cid in ids:
            svc.records.record_incident(cid, INCIDENT, form_version=1)
        svc.records.record_incident(ids[2], {**INCIDENT, "occurred_at": "2026-12-01T09:00",
                                     "reported_at": "2026-12-01T09:10"}, form_version=1)
        case = session.store.get(FamilyCase, ids[1])
        with session.store.transaction():
            session.store.put(dataclasses.replace(case, inspector="B-2000",
                                                  version=case.version + 1))
    finally:
        session.lock()
    return ids


def _rows(path) -> dict[str, dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    by = next(iter(rows[0]))
    return {r[by]: r for r in rows}


def test_csv_by_district_and_by_inspector(cli, vault):
    from inspector_desk.app import documents
    from inspector_desk.core.statistics import csv_text

    out = cli.tmp / "по районам.csv"
    p = cli("print", "statistics", "--month", "2026-11", "--by", "district", "--to", str(out))
    assert "Document saved" in p.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, as HQ writes it: Excel
    rows = _rows(out)
    assert list(rows) == ["Есиль", "Нура", "*"]
    assert [rows[g]["incidents"] for g in rows] == ["2", "1", "3"]
    assert all(r["month"] == "2026-11" for r in rows.values())

    # the same figures as the function HQ's `report --by` calls, on the same records
    session = _profiles(cli).unlock("default", CLI_PASSPHRASE)
    try:
        groups = documents.statistics_by(session, "2026-11", "district")
        assert out.read_bytes().decode("utf-8-sig") == csv_text(groups, "district", "2026-11")
    finally:
        session.lock()

    out2 = cli.tmp / "by-inspector.csv"
    cli("print", "statistics", "--month", "2026-11", "--by", "inspector", "--to", str(out2))
    rows = _rows(out2)
    assert list(rows) == ["A-1047", "B-2000", "*"]
    assert [rows[g]["incidents"] for g in rows] == ["2", "1", "3"]


def test_the_summary_page_by_district(cli, vault):
    out = cli.tmp / "by-district.pdf"
    cli("--lang", "ru", "print", "statistics", "--month", "2026-11", "--by", "district",
        "--to", str(out))
    text = text_of(out.read_bytes())
    assert "Есиль" in text and "Нура" in text and "Итого" in text
    ok = cli("verify-document", "--pdf", str(out))
    assert ok.returncode == 0 and ok.stdout.startswith("Genuine")
    out_kk = cli.tmp / "by-inspector-kk.pdf"
    cli("print", "statistics", "--month", "2026-11", "--by", "inspector", "--lang", "kk",
        "--to", str(out_kk))
    kk = text_of(out_kk.read_bytes())
    assert "A-1047" in kk and "B-2000" in kk
    assert cli("verify-document", "--pdf", str(out_kk)).returncode == 0


def test_by_is_for_statistics_only(cli, vault):
    out = cli.tmp / "x.pdf"
    p = cli("print", "case-summary", vault[0], "--by", "district", "--to", str(out), ok=False)
    assert p.returncode == 2 and "--by is for statistics only" in p.stderr
    p = cli("print", "statistics", "--by", "beat", "--to", str(out), ok=False)
    assert p.returncode == 2 and not out.exists()
