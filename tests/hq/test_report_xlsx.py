"""The month's statistics at headquarters as XLSX (issue 17 item 6): Cyrillic and Kazakh text
stays text (read back with openpyxl), every figure is the one the CSV and the PDF carry; the
PDF summary has bar charts by group and month over month (text extracted with pypdf). Real
devices and bundles, on SQLite and PostgreSQL; the command line on SQLite."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from inspector_desk.app.demo import generate
from inspector_desk.core.records import Incident
from inspector_desk.core.statistics import Month, flatten
from inspector_desk.hq import report
from tests.hq.test_authority import send
from tests.reports.reports_helpers import squash, text_of
from tests.sync.fixtures import HQ_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc)
KAZAKH = "Сарыарқа ауданы"


def two_districts(hub, make_device, tmp_path):
    """Two devices' demo families, and a case of this month in a district named in Kazakh."""
    a = make_device("a", "A-1")
    b = make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    generate(a, households=5, seed=21)
    generate(b, households=4, seed=22)
    incidents = [i.reported_at for s in (a, b) for i in s.store.find(Incident)]
    month = Month.of(max(incidents))
    a.services.cases.open_case(address="ул. Сығанақ 3", district=KAZAKH, source="102",
                         opened_at=month.start + dt.timedelta(days=3))
    send(hub, a, tmp_path / "a")
    send(hub, b, tmp_path / "b")
    return str(month)


def test_xlsx_keeps_cyrillic_and_kazakh_and_the_figures(hub, make_device, tmp_path):
    month = two_districts(hub, make_device, tmp_path)
    groups = list(report.figures(hub.repo, month, "district", NOW))
    previous = list(report.figures(hub.repo, report.previous_month(month), "district", NOW))
    names = [g.group for g in groups]
    assert KAZAKH in names and names[-1] == "*" and len(names) > 2
    for lang, sheets, total in (("ru", ["Сводка", "Показатели", "Месяц к месяцу"], "Итого"),
                                ("kk", ["Жиынтық", "Көрсеткіштер", "Айдан айға"], "Жиыны")):
        path = report.write_xlsx(groups, "district", month, tmp_path / f"s-{lang}.xlsx", lang, previous)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        wb = load_workbook(path)
        assert wb.sheetnames == sheets
        summary = [list(r) for r in wb[sheets[0]].iter_rows(values_only=True)]
        assert summary[2][1:] == [*names[:-1], total]
        rows = {r[0]: r[1:] for r in summary[3:]}
        victims = "Потерпевших всего" if lang == "ru" else "Барлық жәбірленушілер"
        assert list(rows[victims]) == [g.stats.victims for g in groups]
        data = [list(r) for r in wb[sheets[1]].iter_rows(values_only=True)]
        head = data[0]
        assert head[:2] == ["district", "month"] and [r[0] for r in data[1:]] == names
        for g, row in zip(groups, data[1:]):
            flat = flatten(g.stats)
            for name in ("visits", "incidents", "victims", "incidents_by_kind.physical", "cases_opened"):
                assert row[head.index(name)] == flat[name], (g.group, name)
        mom = [list(r) for r in wb[sheets[2]].iter_rows(values_only=True)]
        assert len(mom) == 1 + len(names) * 6
        for name in names[:-1]:
            mine = [r for r in mom[1:] if r[0] == name]
            old = {g.group: g.stats for g in previous}[name]
            new = {g.group: g.stats for g in groups}[name]
            assert mine[1][2:] == [old.incidents, new.incidents, new.incidents - old.incidents]
        kazakh = [r for r in mom[1:] if r[0] == KAZAKH]
        assert kazakh[3][2:] == [0, 1, 1]  # cases opened: none the month before, this one now
    assert sum(g.stats.incidents for g in groups[:-1]) == groups[-1].stats.incidents > 0

    # The summary PDF: the tables as before, then the charts, month over month.
    pdfs = report.write_pdfs(groups, "district", tmp_path / "pdf", hub.keys.signer, NOW, "kk", previous)
    summary = text_of(pdfs[-1].read_bytes())
    flat = squash(summary)
    assert "Диаграммалар" in summary and squash("Айдан айға, жиыны") in flat
    assert squash(KAZAKH) in flat and squash("Зорлық туралы хабарламалар") in flat
    assert squash("Жәбірленушілер") in flat
    assert len(pdfs) == len(groups) + 1


def test_report_command_writes_csv_xlsx_and_a_pdf_with_charts(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    month = two_districts(hub, make_device, tmp_path)
    (tmp_path / "hq-pass").write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INSPECTOR_DESK_LANG": "ru"}
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-c", "from inspector_desk.hq.cli import main; "
                        "raise SystemExit(main())", "--home", str(hub.home), "--passphrase-file",
                        str(tmp_path / "hq-pass"), "report", "--month", month, "--by", "district",
                        "--out", str(out / "s.csv"), "--xlsx", str(out / "s.xlsx"), "--pdf",
                        str(out / "pdf")], capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO((out / "s.csv").read_text(encoding="utf-8-sig"))))
    wb = load_workbook(out / "s.xlsx")
    assert wb.sheetnames == ["Сводка", "Показатели", "Месяц к месяцу"]
    data = [list(r) for r in wb["Показатели"].iter_rows(values_only=True)]
    assert [r["district"] for r in rows] == [r[0] for r in data[1:]]
    assert KAZAKH in [r[0] for r in data[1:]]
    for csv_row, xlsx_row in zip(rows, data[1:]):
        assert [str(v) for v in xlsx_row] == [csv_row[k] for k in data[0]]
    [summary] = (out / "pdf").glob("*-summary.pdf")
    text = squash(text_of(summary.read_bytes()))
    assert "Диаграммы" in text and squash("Месяц к месяцу, итого") in text
    assert squash("Посещения, сообщения и потерпевшие") in text
