"""Headquarters (hq/, hqdesk/) reads the registry of record kinds (core/kinds.py): it names no
kind the registry does not know, and its lists of kinds miss none the registry knows."""

from __future__ import annotations

import datetime as dt
import inspect
import re
from pathlib import Path

import pytest

from inspector_desk.core import kinds
from inspector_desk.core.kinds import KINDS, form_kinds
from inspector_desk.core.ports import KZ_TZ
from inspector_desk.core.statistics import monthly_statistics
from inspector_desk.hq import authority, header, service, summary, updates
from inspector_desk.hq.bundle_apply import BundleApplier
from inspector_desk.sync.records_codec import record_to_json

SRC = Path(__file__).resolve().parents[2] / "src" / "inspector_desk"
NAMES = {k.name for k in KINDS}

# Where hq/ and hqdesk/ name a record kind: the ``kind`` column of HQ's SQL (single quotes),
# a comparison of a record's kind in Python, a record decoded as a named kind.
SQL_ONE = re.compile(r"\bkind(?:\s*\|\|\s*'')?\s*(?:!=|=)\s*'([a-z_]+)'")
SQL_IN = re.compile(r"\bkind\s+IN\s*\(((?:\s*'[a-z_]+'\s*,?)+)\)")
PY_ONE = re.compile(r'(?<![\w.])(?:kind|e\.kind|item\.kind|found\[0\])\s*(?:==|!=)\s*"([a-z_]+)"')
PY_IN = re.compile(r'(?<![\w.])(?:kind|e\.kind|item\.kind)\s+(?:not\s+)?in\s+\(((?:\s*"[a-z_]+"\s*,?)+)\)')
DECODED = re.compile(r'record_from_json\(\s*"([a-z_]+)"')
NOT_RECORD_KINDS = {
    ("hq/links.py", "iin"): "a link's kind (same IIN), not a record's",
}


def _named_kinds() -> list[tuple[str, int, str]]:
    """(file, line, name) of every kind hq/ and hqdesk/ spell out."""
    found = []
    for path in sorted([*(SRC / "hq").rglob("*.py"), *(SRC / "hqdesk").rglob("*.py")]):
        rel, text = path.relative_to(SRC).as_posix(), path.read_text(encoding="utf-8")
        for pattern in (SQL_ONE, SQL_IN, PY_ONE, PY_IN, DECODED):
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                for name in re.findall(r"[a-z_]+", m.group(1)):
                    if (rel, name) not in NOT_RECORD_KINDS:
                        found.append((rel, line, name))
    return found


def test_headquarters_names_no_kind_the_registry_does_not_know():
    named = _named_kinds()
    unknown = [n for n in named if n[2] not in NAMES]
    assert unknown == []
    # The scan sees what it is meant to see (it cannot pass by finding nothing).
    spelled = {name for _f, _l, name in named}
    assert {"case", "person", "participant", "attachment"} <= spelled, spelled
    assert len({f for f, _l, _n in named}) >= 8


def test_the_scan_catches_a_kind_the_registry_does_not_know():
    assert SQL_ONE.search("WHERE kind = 'visits' AND deleted = 0").group(1) == "visits"
    assert PY_ONE.search('if kind == "risk_assessment":').group(1) == "risk_assessment"
    assert PY_IN.search('if item.kind in ("case", "people"):').group(1).count('"') == 4


def test_an_update_pack_orders_every_kind_the_registry_knows():
    assert sorted(updates.KIND_ORDER) == sorted(NAMES) and len(updates.KIND_ORDER) == len(NAMES)
    order = updates.KIND_ORDER.index
    for k in KINDS:  # what a record refers to travels before it
        if k.in_case:
            assert order("case") < order(k.name) and order("person") < order(k.name), k.name
    for k in form_kinds():
        assert order("participant") < order(k.name) < order("attachment"), k.name


def test_bundle_counts_are_of_every_kind_the_registry_knows():
    """A device counts every kind in its bundle (sync/export.py); headquarters checks the same."""
    assert header.COUNT_KEYS == NAMES | {"deleted"}
    applier = BundleApplier(None, {"device_id": "d", "bundle_id": "b"}, "2026-01-01T00:00:00+05:00")  # type: ignore[arg-type]
    assert set(applier.counts) == NAMES | {"deleted"}


def test_owned_kinds_are_those_not_in_a_case():
    assert set(authority.OWNED) == {k.name for k in KINDS if not k.in_case} == {"case", "person"}
    assert authority.ORDER == {"case": 0, "person": 1}


def test_statistics_read_every_kind_of_a_case_but_attachments():
    """hq/summary.py and hq/report.py feed monthly_statistics the kinds it takes an argument for."""
    params = inspect.signature(monthly_statistics).parameters
    assert summary.STAT_KINDS == {"visit": "visits", "incident": "incidents", "measure": "measures",
                                  "referral": "referrals", "risk": "risks",
                                  "participant": "participants"}
    assert set(summary.STAT_KINDS) == {k.name for k in KINDS if k.in_case} - {"attachment"}
    assert all(arg in params for arg in summary.STAT_KINDS.values())


def test_the_case_view_summarises_kinds_the_registry_knows():
    assert set(service._SUMMARY) <= NAMES
    assert {k.name for k in form_kinds()} | {"attachment"} == set(service._SUMMARY)


@pytest.mark.parametrize("kind", form_kinds(), ids=lambda k: k.name)
def test_the_case_view_dates_a_record_by_the_registry_s_time_fields(kind):
    """HQ's read-only case shows each record at the time core/kinds.py says it happened, else
    when it was written; the same time the inspector's case page sorts it by."""
    written = dt.datetime(2026, 3, 1, 8, 0, tzinfo=KZ_TZ)
    times = {name: written + dt.timedelta(days=n + 1) for n, name in enumerate(kind.when)}
    record = kind.cls(**{"case_id": "c", "created_at": written, **times})  # type: ignore[call-arg]
    data = record_to_json(record)
    expected = kinds.happened_at(record) or written
    assert service._when(kind.name, data) == expected.isoformat()
    if len(kind.when) > 1:  # the first time not set: the next one
        record = kind.cls(**{"case_id": "c", "created_at": written, kind.when[1]: times[kind.when[1]]})  # type: ignore[call-arg]
        assert service._when(kind.name, record_to_json(record)) == times[kind.when[1]].isoformat()
    blank = record_to_json(kind.cls(case_id="c", created_at=written))  # type: ignore[call-arg]
    assert service._when(kind.name, blank) == written.isoformat()


def test_a_kind_without_time_fields_is_dated_when_it_was_written():
    written, other = "2026-03-01T08:00:00+05:00", "2026-03-02T08:00:00+05:00"
    assert kinds.by_name("attachment").when == ()
    assert service._when("attachment", {"created_at": written, "visit_at": other}) == written
    assert service._when("nonsense", {"created_at": written, "visit_at": other}) == written
