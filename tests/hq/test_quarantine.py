"""Issue 14, item 7: the quarantine's retention and report, and no figures of an inspector's
work in clear in a bundle header (format 2), while format-1 bundles still import.

Real refusals made by the real importer (files moved in with their reasons), on SQLite and
PostgreSQL for the audited purge; the command line as a real process."""

from __future__ import annotations

import datetime as dt
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_desk.hq import quarantine as q
from inspector_desk.hq.importer import ImportResult, Rejection
from inspector_desk.sync.canonical import canonical
from tests.hq.test_bounds import Seed, refused, try_import
from tests.sync.fixtures import HQ_PASSPHRASE, export

ROOT = Path(__file__).resolve().parents[2]


def _refuse(hub, tmp_path: Path, name: str, data: bytes) -> Rejection:
    folder = tmp_path / "inbox"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    [r] = hub.import_(folder / name)
    assert isinstance(r, Rejection) and r.quarantined is not None
    return r


def _fill(hub, tmp_path: Path, seed: Seed | None = None) -> dict[str, Rejection]:
    """Refusals at three ages: 200 days, 95 days and 1 day before the hub's clock."""
    now = hub.clock.now()
    made = {}
    for name, days in (("ancient.idb", 200), ("old.idb", 95), ("recent.idb", 1)):
        hub.clock.set(now - dt.timedelta(days=days))
        made[name] = _refuse(hub, tmp_path, name, b"IDB1 not a bundle at all " + name.encode())
    if seed is not None:  # one refusal the device signed: it has a device in the report
        hub.clock.set(now - dt.timedelta(days=2))
        made["signed.idb"] = _refuse(hub, tmp_path, "signed.idb", seed.variant(seq=2 ** 40))
    hub.clock.set(now)
    return made


@pytest.fixture
def seed(hub, make_device, tmp_path):
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    from inspector_desk.app.demo import generate

    generate(a, households=1, seed=3)
    [bundle] = export(a, tmp_path / "usb")
    return Seed(hub, a, bundle.path.read_bytes())


def test_the_report_counts_files_bytes_reasons_devices_and_ages(hub, seed, tmp_path):
    made = _fill(hub, tmp_path, seed)
    r = q.report(hub.home)
    assert r.count == 4
    on_disk = sum(p.stat().st_size for p in (hub.home / "quarantine").iterdir())
    assert r.bytes == on_disk
    assert r.by_reason == {"bundle_malformed": 3, "bundle_out_of_bounds": 1}
    assert r.by_device == {"-": 3, seed.header["device_id"]: 1}
    now = hub.clock.now()
    assert r.oldest == now - dt.timedelta(days=200) and r.newest == now - dt.timedelta(days=1)
    assert made["signed.idb"].verified


def test_purge_removes_only_what_is_older_than_the_retention_and_is_audited(hub, tmp_path):
    made = _fill(hub, tmp_path)
    now = hub.clock.now()
    before = list(hub.repo.events())
    with pytest.raises(q.RetentionTooShort):
        q.purge(hub.home, hub.repo, now, "hq", days=q.MIN_RETENTION_DAYS - 1)
    assert q.report(hub.home).count == 3 and list(hub.repo.events()) == before
    # The default retention (90 days): the 200- and 95-day-old entries go, with their reasons.
    removed, freed = q.purge(hub.home, hub.repo, now, "hq")
    assert removed == 2 and freed > 0
    for name in ("ancient.idb", "old.idb"):
        base = made[name].quarantined
        assert not base.exists() and not Path(f"{base}.reason.txt").exists() \
            and not Path(f"{base}.reason.json").exists()
    recent = made["recent.idb"].quarantined
    assert recent.exists() and Path(f"{recent}.reason.json").exists()
    [event] = [e for e in hub.repo.events() if e not in before]
    at, actor, action, subject, detail = event
    assert (actor, action, subject) == ("hq", "quarantine_purge", "quarantine")
    assert json.loads(detail) == {"retention_days": 90, "removed": 2, "bytes": freed, "failed": 0,
                                  "by_reason": {"bundle_malformed": 2}}
    # Asked again, or asked for the shortest retention allowed: a 1-day-old entry stays.
    assert q.purge(hub.home, hub.repo, now, "hq", days=q.MIN_RETENTION_DAYS) == (0, 0)
    assert recent.exists() and q.report(hub.home).count == 1
    assert len([e for e in hub.repo.events() if e not in before]) == 1  # nothing to record


def test_an_entry_without_reason_files_still_counts_and_ages_by_its_file(hub, tmp_path):
    folder = hub.home / "quarantine"
    folder.mkdir(exist_ok=True)
    stray = folder / "20250101-000000-abcdef-x.idb"
    stray.write_bytes(b"x" * 100)
    old = (hub.clock.now() - dt.timedelta(days=120)).timestamp()
    os.utime(stray, (old, old))
    r = q.report(hub.home)
    assert (r.count, r.bytes, dict(r.by_reason)) == (1, 100, {"unknown": 1})
    assert q.purge(hub.home, hub.repo, hub.clock.now(), "hq") == (1, 100)
    assert not stray.exists()


def test_the_command_reports_and_purges(sqlite_hub, tmp_path):
    hub = sqlite_hub
    real_now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    hub.clock.set(real_now)
    _fill(hub, tmp_path)
    pw = tmp_path / "hq-pw.txt"
    pw.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")

    def hq(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", "from inspector_desk.hq.cli import main; raise SystemExit(main())",
             "--home", str(hub.home), "--passphrase-file", str(pw), "--lang", "en", *args],
            capture_output=True, text=True, timeout=300, cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)})

    p = hq("quarantine")
    assert p.returncode == 0, p.stderr
    assert "3 file(s)" in p.stdout and "reason bundle_malformed: 3" in p.stdout
    assert "older than 90 days: 2 file(s)" in p.stdout
    assert q.report(hub.home).count == 3  # a report removes nothing
    p = hq("quarantine", "--older-than", "3")
    assert p.returncode == 2 and "7 days" in p.stderr
    p = hq("quarantine", "--older-than", "100", "--purge")
    assert p.returncode == 0, p.stderr
    assert "removed from quarantine: 1 file(s) older than 100 days" in p.stdout
    assert q.report(hub.home).count == 2
    assert [e[2] for e in hub.repo.events()][-1] == "quarantine_purge"


# --- the clear header: no figures of the inspector's work ------------------------------------


def test_the_clear_header_carries_no_counts_and_format_1_still_imports(hub, seed, tmp_path):
    h = seed.header
    assert h["format"] == 2
    assert not {"counts", "attachments", "forms", "changes", "audit"} & set(h)
    manifest = json.loads(seed.members[0][1])
    assert manifest["format"] == 2 and manifest["counts"]["case"] == 1  # inside, encrypted
    # A bundle as a device before issue 14 wrote it (format 1, figures in clear) imports.
    m1 = {k: v for k, v in manifest.items() if k != "forms"} | {"format": 1}
    members = [("manifest.json", canonical(m1) + b"\n"), *seed.members[1:]]
    old = seed.variant(members, format=1, seq=2, prev_seq=1, prev_hash="ab" * 64, **{k: manifest[k] for k in
                                             ("changes", "audit", "counts", "attachments", "forms")})
    r = try_import(hub, tmp_path, old, "format1.idb")
    assert isinstance(r, ImportResult) and r.records == sum(
        n for k, n in manifest["counts"].items() if k != "deleted"), r
    # Format 2 and the figures in clear: not format 2.
    refused(hub, tmp_path, seed.resigned(counts=manifest["counts"]), "mixed.idb",
            "bundle_header_invalid", verified=False)
    # A newer format: refused, saying which formats this headquarters reads.
    r = refused(hub, tmp_path, seed.resigned(format=3), "format3.idb", "bundle_header_invalid",
                verified=False)
    assert "unsupported format 3" in str(r.error) and "1, 2" in str(r.error)
    # Format 2 whose manifest lacks the figures, or spells them wrong: refused, nothing applied.
    bare = {k: v for k, v in manifest.items() if k != "counts"}
    refused(hub, tmp_path, seed.variant([("manifest.json", canonical(bare) + b"\n"), *seed.members[1:]]),
            "no-counts.idb", "bundle_malformed")
    wrong = dict(manifest, counts=dict(manifest["counts"], case=-1))
    refused(hub, tmp_path, seed.variant([("manifest.json", canonical(wrong) + b"\n"), *seed.members[1:]]),
            "negative-count.idb", "bundle_malformed")
    lying = dict(manifest, counts=dict(manifest["counts"], case=manifest["counts"]["case"] + 1))
    refused(hub, tmp_path, seed.variant([("manifest.json", canonical(lying) + b"\n"), *seed.members[1:]]),
            "lying-count.idb", "bundle_manifest_mismatch")
    # The format-2 bundle itself imports, and headquarters keeps the manifest's figures.
    r = try_import(hub, tmp_path, seed.data, "format2.idb")
    assert isinstance(r, ImportResult), r
    row = hub.repo.bundle_at(h["device_id"], h["seq"])
    assert (row.change_from, row.change_to) == (manifest["changes"]["from"], manifest["changes"]["to"])
    hlen = struct.unpack(">I", seed.data[4:8])[0]
    assert b"counts" not in seed.data[8:8 + hlen]


def test_refusals_within_one_second_are_listed_in_the_order_they_happened(sqlite_hub, tmp_path):
    """The receipt reports the newest 100 refusals (hq/receipts.py): many files are refused
    within one second, so the order must not depend on the random part of their names."""
    from inspector_desk.hq.importer import quarantined

    names = [f"z{n:02d}-bad.idb" if n % 2 else f"a{n:02d}-bad.idb" for n in range(12)]
    for name in names:
        _refuse(sqlite_hub, tmp_path, name, b"IDB1" + bytes(40))
    assert [r["file"] for r in quarantined(sqlite_hub.home)] == names
