"""Monthly statistics at headquarters: the same figures as the device computes."""

from __future__ import annotations

import csv
import datetime as dt

from inspector_desk.app.demo import generate
from inspector_desk.app.documents import statistics as device_statistics
from inspector_desk.hq import report
from tests.sync.fixtures import export


def test_report_by_district_and_inspector_matches_the_device(hub, make_device, tmp_path, clock):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=6, seed=21)
    [b] = export(a, tmp_path / "usb")
    hub.import_(b.path)
    month = clock.now().strftime("%Y-%m")
    groups = list(report.figures(hub.repo, month, "inspector", clock.now()))
    mine = next(g for g in groups if g.group == "A-1")
    device = device_statistics(a, month, "A-1", clock.now())
    assert mine.stats.to_dict() | {"inspector": None} == device.to_dict() | {"inspector": None}
    path = report.write_csv(groups, "inspector", month, tmp_path / "r.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [r["inspector"] for r in rows] == ["A-1", "*"]
    assert rows[0]["visits"] == str(device.visits) and "incidents_by_kind.physical" in rows[0]
    by_district = list(report.figures(hub.repo, month, "district", clock.now()))
    assert sum(g.stats.cases_opened for g in by_district if g.group != "*") == \
        next(g for g in by_district if g.group == "*").stats.cases_opened
    pdfs = report.write_pdfs(by_district[-1:], "district", tmp_path / "pdf", hub.keys.signer,
                             dt.datetime(2026, 11, 20, 12, tzinfo=dt.timezone.utc))
    assert pdfs[0].read_bytes().startswith(b"%PDF")
