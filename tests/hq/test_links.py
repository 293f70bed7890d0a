"""Linked persons across inspectors (issue 17 item 7; docs/hq.md "Linked persons"): the same
offender kept by two inspectors (the same ИИН; a name that differs only by Kazakh letters;
a name that is merely alike) is proposed as a candidate pair; an analyst confirms or rejects
it with a note under their own login; a confirmed pair reaches both owning devices as a
notice in an update pack (case number and inspector, nothing else about the other family),
a rejected one is never proposed again. Real devices, bundles and packs, on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_desk import cli
from inspector_desk.app import notices, sync
from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.iin import make_iin
from inspector_desk.core.services import PersonInput
from inspector_desk.hq import links, updates, users
from inspector_desk.messages import text
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.errors import UpdateRejected
from inspector_desk.sync.notices import FIELDS
from inspector_desk.sync.updates import PackContent
from tests.hq.test_authority import send
from tests.hq.test_review import ANALYST_PASSPHRASE, analyst
from tests.sync.fixtures import HQ_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
BORN = dt.date(1985, 3, 14)
IIN = make_iin(BORN, "M", 4021)


VICTIMS = iter([("Бекова", "Айгерим"), ("Ли", "Ольга"), ("Омарова", "Дана"), ("Ким", "Инна"),
                ("Жунусова", "Сауле"), ("Петрова", "Мария"), ("Тен", "Вера"), ("Нурова", "Алия"),
                ("Юн", "Елена"), ("Сатпаева", "Гульнар"), ("Пак", "Софья"), ("Азимова", "Камила")] * 10)


def family(session, address: str, offender: PersonInput) -> tuple[str, str, str]:
    """A case with an affected woman and the offender: (case id, case number, offender id)."""
    svc = session.services
    case_id = svc.cases.open_case(address=address, district="Есиль", source="102").created
    last, first = next(VICTIMS)
    svc.people.add_person_to_case(case_id, PersonInput(last_name=last, first_name=first), "affected")
    pid = svc.people.add_person_to_case(case_id, offender, "offender").created
    return case_id, svc.cases.get_case(case_id).case.case_no, pid


@pytest.fixture
def three(hub, make_device, tmp_path):
    """Three inspectors. A and B keep one offender (the same ИИН, typed with spaces on B);
    A and C one whose name differs only by Kazakh letters; B and C two alike women."""
    a, b, c = make_device("a", "A-1"), make_device("b", "B-2"), make_device("c", "C-3")
    for s, prefix in ((a, "AAAA"), (b, "BBBB"), (c, "CCCC")):
        hub.enrol(s, prefix)
    fam = {
        "a1": family(a, "ул. Абая 1", PersonInput(last_name="Ахметов", first_name="Серик",
                                                  patronymic="Болатович", iin=IIN, birth_date=BORN)),
        "b1": family(b, "ул. Кенесары 2", PersonInput(last_name="Ахметов", first_name="Серік",
                                                      iin=f"{IIN[:6]} {IIN[6:]}")),
        "a2": family(a, "ул. Сейфуллина 3", PersonInput(last_name="Қасымов", first_name="Нұрлан",
                                                        patronymic="Ержанұлы",
                                                        birth_date=dt.date(1990, 7, 2))),
        "c2": family(c, "ул. Республики 4", PersonInput(last_name="Касымов", first_name="Нурлан",
                                                        patronymic="Ержанулы",
                                                        birth_date=dt.date(1990, 7, 2))),
        "b3": family(b, "ул. Момышулы 5", PersonInput(last_name="Сейтова", first_name="Жанар",
                                                      birth_date=dt.date(1979, 1, 5))),
        "c3": family(c, "ул. Жангельдина 6", PersonInput(last_name="Сейтова", first_name="Жанара",
                                                         birth_date=dt.date(1979, 1, 5))),
        # Not candidates: the same name born another year; the same person twice on one device.
        "c4": family(c, "ул. Абая 7", PersonInput(last_name="Ахметов", first_name="Серик",
                                                  patronymic="Болатович", birth_date=dt.date(1962, 5, 1))),
        "a5": family(a, "ул. Абая 8", PersonInput(last_name="Қасымов", first_name="Нұрлан",
                                                  patronymic="Ержанұлы", birth_date=dt.date(1990, 7, 2))),
    }
    for s, name in ((a, "a"), (b, "b"), (c, "c")):
        send(hub, s, tmp_path / f"{name}1")
    return a, b, c, fam


def pairs(hub, min_score: int = 0) -> dict[frozenset, tuple[str, int]]:
    return {frozenset((c.a.person_id, c.b.person_id)): (c.reason, c.score)
            for c in links.candidates(hub.repo, min_score)}


def test_candidates_are_found_confirmed_to_both_devices_and_rejected_for_good(hub, three, tmp_path):
    a, b, c, fam = three
    found = pairs(hub)
    iin_pair = frozenset((fam["a1"][2], fam["b1"][2]))
    kazakh_pair = frozenset((fam["a2"][2], fam["c2"][2]))
    kazakh_pair_2 = frozenset((fam["a5"][2], fam["c2"][2]))
    alike_pair = frozenset((fam["b3"][2], fam["c3"][2]))
    assert found[iin_pair] == ("iin", 100)
    assert found[kazakh_pair] == ("name_birth_date", 95) == found[kazakh_pair_2]
    assert found[alike_pair][0] == "fuzzy_birth_date" and 80 <= found[alike_pair][1] < 95
    assert set(found) == {iin_pair, kazakh_pair, kazakh_pair_2, alike_pair}, found
    assert set(pairs(hub, 95)) == {iin_pair, kazakh_pair, kazakh_pair_2}

    [cand] = [x for x in links.candidates(hub.repo) if {x.a.person_id, x.b.person_id} == iin_pair]
    sides = {cand.a.login: cand.a, cand.b.login: cand.b}
    assert sides["A-1"].case_nos == [fam["a1"][1]] and sides["B-2"].case_nos == [fam["b1"][1]]
    assert sides["A-1"].name == "Ахметов С.Б." and cand.ref.startswith("L-")

    who = analyst(hub)
    at = hub.clock.now().isoformat()
    with pytest.raises(ValidationError):
        links.confirm(hub.repo, hub.keys, cand.ref, note=" ", actor=who, at=at, out_dir=tmp_path / "p")
    same_owner = links.pair_ref(fam["a2"][2], fam["a5"][2])
    with pytest.raises(ValidationError) as same:
        links.confirm(hub.repo, hub.keys, same_owner, note="x", actor=who, at=at, out_dir=tmp_path / "p")
    assert same.value.errors == {"": ["link_same_inspector"]}
    with pytest.raises(NotFound):
        links.reject(hub.repo, "L-00000000-ffffffff", note="x", actor=who, at=at)

    out = tmp_path / "packs"
    decision = links.confirm(hub.repo, hub.keys, cand.ref, note="один и тот же, ИИН совпал",
                             actor=who, at=at, out_dir=out)
    assert decision.status == "confirmed" and decision.reason == "iin" and len(decision.packs) == 2
    with pytest.raises(ValidationError):
        links.confirm(hub.repo, hub.keys, cand.ref, note="again", actor=who, at=at, out_dir=out)
    # Both devices take their pack; each lists one notice: its own case, the other's case
    # number and inspector, and nothing else.
    for session, mine, other, login in ((a, "a1", "b1", "B-2"), (b, "b1", "a1", "A-1")):
        [pack] = [p for p in decision.packs if session.actor.device_id[:8] in p.name]
        result = sync.import_update(session, pack)
        assert len(result.notices) == 1 and result.records == 0
        [n] = notices.notices(session)
        assert (n.case_id, n.case_no, n.person_id, n.other_case_no, n.other_inspector) == (
            fam[mine][0], fam[mine][1], fam[mine][2], fam[other][1], login)
        assert set(n.to_json()) == set(FIELDS)
        assert notices.notices(session, fam[mine][0]) == [n]
        assert notices.notices(session, fam[other][0]) == []
        line = notices.notice_text(session, n, "en")
        assert fam[mine][1] in line and fam[other][1] in line and login in line and "Ахметов" in line
        with pytest.raises(UpdateRejected):
            sync.import_update(session, pack)  # once only
    assert notices.notices(c) == []

    # The command (inspector-desk notices) lists them, for a case too.
    printed = []

    class Ctx:
        lang = "ru"

        class args:
            case = fam["a1"][1]

        def say(self, line):
            printed.append(line)

        def t(self, key, **kw):
            return text(key, "ru", **kw)

    assert cli.cmd_notices.__wrapped__(Ctx(), a) == 0
    assert len(printed) == 1 and "также проходит по делу " + fam["b1"][1] in printed[0]
    Ctx.args.case = fam["a2"][1]
    printed.clear()
    cli.cmd_notices.__wrapped__(Ctx(), a)
    assert printed == [text("label.no_notices", "ru")]

    # Confirmed or rejected, a pair is not proposed again, even after the devices send more.
    assert iin_pair not in pairs(hub)
    [alike] = [x for x in links.candidates(hub.repo) if {x.a.person_id, x.b.person_id} == alike_pair]
    rejected = links.reject(hub.repo, alike.ref, note="сёстры, не одно лицо", actor=who, at=at)
    assert rejected.status == "rejected" and rejected.packs == [] and rejected.notices == {}
    c.services.people.add_participant(fam["c2"][0], fam["c3"][2], "witness")
    send(hub, c, tmp_path / "c2")
    assert set(pairs(hub)) == {kazakh_pair, kazakh_pair_2}
    events = [(e[1], e[2], e[3]) for e in hub.repo.events()]
    assert (who, "link_confirm", cand.ref) in events and (who, "link_reject", alike.ref) in events
    decided = {d["ref"]: d for d in links.decisions(hub.repo)}
    assert decided[cand.ref]["status"] == "confirmed" and decided[cand.ref]["actor"] == who
    assert sorted(decided[cand.ref]["sent"]["packs"]) == sorted(p.name for p in decision.packs)
    assert decided[alike.ref]["note"] == "сёстры, не одно лицо"


def test_a_device_refuses_a_notice_that_is_not_exactly_what_headquarters_writes(hub, make_device,
                                                                               tmp_path):
    s = make_device("a", "A-1")
    hub.enrol(s, "AAAA")
    good = {"notice_id": "6f1c2b8e-0b1a-4c55-9d7e-2f7a9e3c1d40", "kind": "linked_person",
            "issued_at": "2026-11-20T10:00:00+05:00", "case_id": "0d7c7e43-55aa-4a8e-9a3e-3c1b2a7f9e11",
            "case_no": "AAAA-2026-0001", "person_id": "1e2d3c4b-5a69-4788-9a0b-c1d2e3f40516",
            "other_case_no": "BBBB-2026-0007", "other_inspector": "B-2"}
    bad = [{**good, "extra": "имя жертвы"}, {k: v for k, v in good.items() if k != "case_no"},
           {**good, "kind": "gossip"}, {**good, "case_id": "not-an-id"},
           {**good, "other_inspector": "B-2\u202e"}, {**good, "issued_at": "вчера"},
           {**good, "other_case_no": 7}]
    for n, notice in enumerate(bad):
        content = PackContent(notices=[canonical(notice) + b"\n"])
        pack = updates.issue(hub.repo, hub.keys, s.actor.device_id, content, tmp_path / f"bad{n}",
                             hub.clock.now().isoformat(), "test")
        with pytest.raises(UpdateRejected) as refused:
            sync.import_update(s, pack)
        assert refused.value.code == "update_content_invalid", notice
    assert notices.notices(s) == []
    pack = updates.issue(hub.repo, hub.keys, s.actor.device_id,
                         PackContent(notices=[canonical(good) + b"\n"]), tmp_path / "good",
                         hub.clock.now().isoformat(), "test")
    assert [n.other_case_no for n in sync.import_update(s, pack).notices] == ["BBBB-2026-0007"]


def test_blocking_finds_planted_pairs_among_many_persons_without_comparing_all_pairs():
    """A test-size figure of the matcher alone (bench/bench_links.py runs 130,000)."""
    import random
    import time

    rng = random.Random(17)
    surnames = ["Ахметов", "Касымов", "Сейтов", "Нурланов", "Жумабаев", "Ибраев", "Омаров",
                "Садыков", "Каримов", "Абенов", "Беков", "Тулегенов", "Ермеков", "Смагулов"]
    given = ["Серик", "Нурлан", "Ерлан", "Асхат", "Данияр", "Бауыржан", "Марат", "Руслан",
             "Айдос", "Ержан", "Талгат", "Канат"]
    persons = []
    for i in range(20_000):
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(60 * 365))
        persons.append(links.PersonRow(
            f"{i:08x}-0000-4000-8000-000000000000", f"dev{i % 50}", None,
            links.name_key(rng.choice(surnames) + "а" * (i % 2)), links.name_key(rng.choice(given)),
            links.name_key(rng.choice(given) + "ович"), born.isoformat()))
    planted = persons[123]
    twin = links.PersonRow("ffffffff-0000-4000-8000-000000000000", "dev-other", None, planted.last,
                           planted.first, planted.patronymic, planted.birth_date)
    started = time.perf_counter()
    found = links.find_pairs([*persons, twin])
    took = time.perf_counter() - started
    assert found[(planted.person_id, twin.person_id)] == ("name_birth_date", 95)
    assert all(reason != "iin" for reason, _ in found.values())
    print(f"\n20,000 persons: {len(found)} candidate pairs in {took:.2f} s")
    assert took < 60


def test_an_analyst_lists_confirms_and_rejects_from_the_command_line(sqlite_hub, make_device, tmp_path):
    hub = sqlite_hub
    a, b = make_device("a", "A-1"), make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    fa = family(a, "ул. Абая 1", PersonInput(last_name="Ахметов", first_name="Серик", iin=IIN))
    fb = family(b, "ул. Абая 2", PersonInput(last_name="Ахметов", first_name="Серік", iin=IIN))
    ga = family(a, "ул. Абая 3", PersonInput(last_name="Сейтова", first_name="Жанар",
                                             birth_date=dt.date(1979, 1, 5)))
    gb = family(b, "ул. Абая 4", PersonInput(last_name="Сейтова", first_name="Жанара",
                                             birth_date=dt.date(1979, 1, 5)))
    send(hub, a, tmp_path / "a1")
    send(hub, b, tmp_path / "b1")
    analyst(hub)
    users.add(hub.repo, "c.chief", "Бастық", "chief", ANALYST_PASSPHRASE,
              at=hub.clock.now().isoformat(), actor="b.analyst")
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "hq").write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    (secrets / "analyst").write_text(ANALYST_PASSPHRASE + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INSPECTOR_DESK_LANG": "en"}

    def hq(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
        p = subprocess.run([sys.executable, "-c", "from inspector_desk.hq.cli import main; "
                            "raise SystemExit(main())", "--home", str(hub.home),
                            "--passphrase-file", str(secrets / "hq"),
                            "--user-passphrase-file", str(secrets / "analyst"), *args],
                           capture_output=True, text=True, env=env, timeout=300)
        assert not ok or p.returncode == 0, p.stderr
        return p

    listed = hq("links").stdout
    refs = [x.split()[0] for x in listed.splitlines() if x.startswith("L-")]
    assert len(refs) == 2 and "same IIN" in listed and "similar name, same birth date" in listed
    assert fa[1] in listed and fb[1] in listed and "A-1" in listed and "Сейтова Ж." in listed
    assert hq("links", "--min-score", "96").stdout.count("L-") == 1
    iin_ref, alike_ref = refs
    nobody = hq("links", "confirm", iin_ref, "--note", "x", ok=False)
    assert nobody.returncode == 2
    chief = hq("--user", "c.chief", "links", "confirm", iin_ref, "--note", "x", ok=False)
    assert chief.returncode == 2 and "does not allow" in chief.stderr, chief.stderr
    out = tmp_path / "packs"
    done = hq("--user", "b.analyst", "links", "confirm", iin_ref, "--note", "ИИН совпал",
              "--out", str(out)).stdout
    assert "link confirmed" in done and done.count("update pack: ") == 2, done
    assert "rejected" in hq("--user", "b.analyst", "links", "reject", alike_ref, "--note", "нет").stdout
    assert "No candidate pairs" in hq("links").stdout
    decisions = hq("links", "decisions").stdout
    assert "b.analyst" in decisions and "ИИН совпал" in decisions
    assert ga[1] in decisions and gb[1] in decisions
    for session, other in ((a, fb), (b, fa)):
        [pack] = [p for p in out.iterdir() if session.actor.device_id[:8] in p.name]
        sync.import_update(session, pack)
        [n] = notices.notices(session)
        assert n.other_case_no == other[1]


# --- the kept candidate pairs (HQ schema 6) -------------------------------------------------


def same_as_scan(repo) -> list:
    """The kept pairs (as the page reads them, a page at a time) are exactly the pairs
    computed from every person (the computation the page made before schema 6)."""
    import dataclasses

    scan = [dataclasses.asdict(c) for c in links.candidates_scan(repo)]
    kept = [dataclasses.asdict(c) for c in links.candidates(repo)]
    assert kept == scan
    paged, offset = [], 0
    while chunk := links.candidates(repo, offset=offset, limit=3):
        paged += [dataclasses.asdict(c) for c in chunk]
        offset += 3
    assert paged == scan
    assert [dataclasses.asdict(c) for c in links.candidates(repo, 95)] == [c for c in scan if c["score"] >= 95]
    return scan


@pytest.mark.parametrize("max_block", [400, 2])
def test_kept_pairs_equal_the_full_computation_through_imports_edits_deletions_and_decisions(
        hub, three, tmp_path, monkeypatch, max_block):
    """max_block 2: every block is split by the surname's letter and cut in chunks, so a
    change moves the chunks of other persons (their pairs are redone)."""
    from inspector_desk.app.demo import generate

    monkeypatch.setattr(links, "MAX_BLOCK", max_block)
    a, b, c, fam = three
    with hub.repo.transaction():
        links.rebuild(hub.repo)  # the fixture's import ran with MAX_BLOCK 400
    assert len(same_as_scan(hub.repo)) == 4
    kept = hub.repo.db.query("SELECT count(*) FROM link_persons")[0][0]
    assert kept == hub.repo.db.query("SELECT count(*) FROM records WHERE kind = 'person'")[0][0]

    # more imports: many households from two laptops
    generate(a, households=6, seed=5)
    generate(c, households=6, seed=5)  # the same seed: the same names and dates
    send(hub, a, tmp_path / "a2")
    send(hub, c, tmp_path / "c2")
    before = same_as_scan(hub.repo)
    assert len(before) > 4

    # three alike women of three inspectors in one block: with max_block 2 the block is cut
    # in chunks by person id, [1st, 2nd] [3rd]; the 1st removed, the 2nd and the 3rd meet:
    # a pair of two persons the change did not touch
    fam["a6"] = family(a, "ул. Абая 9", PersonInput(last_name="Сейтова", first_name="Жанаргул",
                                                    birth_date=dt.date(1979, 1, 5)))
    send(hub, a, tmp_path / "a3")
    same_as_scan(hub.repo)
    trio = sorted((fam[k][2], s) for k, s in (("b3", b), ("c3", c), ("a6", a)))
    trio[0][1].services.people.remove_person(trio[0][0], "entered_by_mistake")
    send(hub, trio[0][1], tmp_path / "trio")
    met = {frozenset((x["a"]["person_id"], x["b"]["person_id"])) for x in same_as_scan(hub.repo)}
    assert frozenset((trio[1][0], trio[2][0])) in met
    fam["c3" if trio[0][0] == fam["c3"][2] else "b3" if trio[0][0] == fam["b3"][2] else "a6"] = None

    # a rename: B's offender gets another name and ИИН (he leaves his ИИН and name blocks),
    # C's woman takes the name of B's (she joins a block)
    svc = b.services
    svc.people.update_person(fam["b1"][2], PersonInput(last_name="Сагинтаев", first_name="Марат",
                                                birth_date=dt.date(1970, 1, 1)))
    woman, her_session, other = next((fam[k][2], s, fam[o]) for k, s, o in (
        ("c3", c, "b3"), ("a6", a, "b3"), ("c3", c, "a6")) if fam[k] and fam[o])
    her_session.services.people.update_person(woman, PersonInput(last_name="Сейтова", first_name="Жанар" if
                                                          other is fam["b3"] else "Жанаргул",
                                                          birth_date=dt.date(1979, 1, 5)))
    send(hub, b, tmp_path / "b2")
    send(hub, her_session, tmp_path / "c3")
    after = same_as_scan(hub.repo)
    ids = {frozenset((x["a"]["person_id"], x["b"]["person_id"])): x for x in after}
    assert frozenset((fam["a1"][2], fam["b1"][2])) not in ids
    assert ids[frozenset((woman, other[2]))]["reason"] == "name_birth_date"

    # deletions: a person removed from every case; a whole case's offender taken out
    c.services.people.remove_person(fam["c2"][2], "entered_by_mistake")
    send(hub, c, tmp_path / "c4")
    scan = same_as_scan(hub.repo)
    assert all(fam["c2"][2] not in (x["a"]["person_id"], x["b"]["person_id"]) for x in scan)

    # decisions: a confirmed and a rejected pair leave the list; the kept pairs stay right
    who = analyst(hub)
    at = hub.clock.now().isoformat()
    first, second = links.candidates(hub.repo)[:2]
    links.confirm(hub.repo, hub.keys, first.ref, note="да", actor=who, at=at, out_dir=tmp_path / "p")
    links.reject(hub.repo, second.ref, note="нет", actor=who, at=at)
    scan = same_as_scan(hub.repo)
    assert {first.ref, second.ref}.isdisjoint(x["ref"] for x in scan)

    # a reassignment changes the owner of the case's persons: their pairs follow (A's man
    # moves to B, who keeps the same ИИН: one inspector, no pair any more)
    other_iin = make_iin(dt.date(1977, 2, 3), "M", 5117)
    fam["a7"] = family(a, "ул. Абая 10", PersonInput(last_name="Жумабаев", first_name="Ерлан", iin=other_iin))
    fam["b7"] = family(b, "ул. Кенесары 11", PersonInput(last_name="Жумабаев", first_name="Ерлан",
                                                         iin=other_iin))
    send(hub, a, tmp_path / "a7")
    send(hub, b, tmp_path / "b7")
    moved = frozenset((fam["a7"][2], fam["b7"][2]))
    assert moved in {frozenset((x["a"]["person_id"], x["b"]["person_id"])) for x in same_as_scan(hub.repo)}
    updates.reassign(hub.repo, hub.keys, fam["a7"][1], b.actor.device_id, tmp_path / "packs", at, who)
    assert moved not in {frozenset((x["a"]["person_id"], x["b"]["person_id"])) for x in same_as_scan(hub.repo)}

    # and filling from scratch gives the same rows
    kept = sorted(hub.repo.db.query("SELECT pa.person_id, pb.person_id, p.ref, p.reason, p.score FROM link_pairs p "
                                    "JOIN link_persons pa ON pa.n = p.a JOIN link_persons pb ON pb.n = p.b"))
    with hub.repo.transaction():
        links.rebuild(hub.repo)
    assert sorted(hub.repo.db.query("SELECT pa.person_id, pb.person_id, p.ref, p.reason, p.score FROM link_pairs p "
                                    "JOIN link_persons pa ON pa.n = p.a JOIN link_persons pb ON pb.n = p.b")) == kept


def test_a_schema_5_database_is_migrated_and_filled_once(hub, three):
    db = hub.repo.db
    expected = same_as_scan(hub.repo)
    with hub.repo.transaction():
        for table in ("link_pairs", "link_persons"):
            db.execute(f"DROP TABLE {table}")
        db.execute("UPDATE hq_meta SET value = '5' WHERE key = 'schema_version'")
    db.ensure_schema()  # what opening the database does (hq/backends.py open_backend)
    assert db.query("SELECT value FROM hq_meta WHERE key = 'schema_version'")[0][0] == "6"
    assert links.pending(hub.repo)
    links.update(hub.repo, [hub_pid for (hub_pid,) in db.query("SELECT record_id FROM records "
                                                              "WHERE kind = 'person'")])  # no-op while pending
    assert db.query("SELECT count(*) FROM link_pairs")[0][0] == 0
    assert same_as_scan(hub.repo) == expected
    assert not links.pending(hub.repo)
