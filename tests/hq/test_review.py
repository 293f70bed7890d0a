"""Conflicts an analyst can decide (issue 14, item 5; docs/hq.md, "Conflicts and held
changes"): the list names the case, the person, the inspectors and the times; ``show`` gives
the field-by-field diff against the common base; the decision is taken per field with a note
under the reviewer's own login, and it travels back: both devices' vaults hold headquarters'
value after they import their update packs. Real devices, real bundles and packs, on SQLite
and PostgreSQL."""

from __future__ import annotations

import pytest

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.errors import NotFound, ValidationError
from inspector_desk.core.records import FamilyCase, Person
from inspector_desk.hq import review, users
from tests.hq.test_authority import a_person_of, edit_person, held, leak, open_case, send, two_devices
from tests.sync.fixtures import PASSPHRASE, export

ANALYST_PASSPHRASE = "сарапшы-Ботагөз-шешім-2026"


def analyst(hub) -> str:
    users.add(hub.repo, "b.analyst", "Ботагөз Сарапшы", "admin", ANALYST_PASSPHRASE,
              at=hub.clock.now().isoformat(), actor="b.analyst")
    return users.authenticate(hub.repo, "b.analyst", ANALYST_PASSPHRASE).login


def test_a_held_edit_of_another_inspectors_case_is_decided_per_field_and_both_devices_take_it(
        hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    case = open_case(a)
    leak(hub, case, b, tmp_path / "leak")           # B holds a copy of A's case (base: A's version)
    # Both inspectors change the case: the beat both (a clash), the address only B, the source only A.
    b.services.cases.update_case(case.id, beat="участок B", address="ул. Береке 7, кв. 2")
    send(hub, b, tmp_path / "b1")                   # held: the case is A's
    a.services.cases.update_case(case.id, beat="участок A", source="school")
    send(hub, a, tmp_path / "a2")
    assert held(hub, b) == {case.id: "not_your_case"}

    # The list names the case, its people, both inspectors and the times.
    [item] = [i for i in review.items(hub.repo) if i.record_id == case.id]
    assert item.ref.startswith("H-") and item.case_no == case.case_no
    assert item.inspectors == ["A-1", "B-2"] and item.persons and all(item.persons)
    assert item.since and all(s.updated_at for s in item.sides)
    # The diff against the common base (the version B edited): one clash, two proposals.
    by_field = {d.name: d for d in item.diff}
    assert set(by_field) == {"beat", "address", "source"}, by_field
    assert item.clashes == ["beat"]
    assert by_field["address"].proposal == 1 and by_field["source"].proposal == 0
    assert by_field["beat"].base == case.beat and by_field["beat"].values == ["участок A", "участок B"]

    who = analyst(hub)
    out = tmp_path / "packs"
    with pytest.raises(ValidationError) as undecided:
        review.resolve(hub.repo, hub.keys, item.ref, note="звонили обоим", actor=who,
                       at=hub.clock.now().isoformat(), out_dir=out)
    assert undecided.value.errors == {"beat": ["decide_this_field"]}
    before = hub.dump()
    with pytest.raises(ValidationError):
        review.resolve(hub.repo, hub.keys, item.ref, take={"beat": "2", "status": "1"},
                       note="x", actor=who, at=hub.clock.now().isoformat(), out_dir=out)
    assert hub.dump() == before, "a refused decision changes nothing"

    decision = review.resolve(hub.repo, hub.keys, item.ref, take={"beat": "2"},
                              note="участок уточнён у обоих", actor=who,
                              at=hub.clock.now().isoformat(), out_dir=out)
    current = hub.repo.record(case.id)[1]
    assert (current["beat"], current["address"], current["source"]) == (
        "участок B", "ул. Береке 7, кв. 2", "school")
    assert current["updated_by"] == "hq:b.analyst" and current["inspector"] == "A-1"
    assert hub.repo.current([case.id])[case.id][2] == 1, "the decision is the only head"
    assert review.items(hub.repo) == [] and held(hub, b) == {}
    assert ("b.analyst", "resolve", case.id) in [(e[1], e[2], e[3]) for e in hub.repo.events()]
    [d] = review.decisions(hub.repo, case.id)
    assert d["actor"] == "b.analyst" and d["fields"]["beat"]["how"] == "side 2"
    assert sorted(d["sent"]["packs"]) == sorted(p.name for p in decision.packs)

    # Both devices take the decision at their next import; B, whose beat lost nothing but whose
    # copy was held, and A, whose beat lost, both show headquarters' values.
    assert len(decision.packs) == 2
    for session in (a, b):
        [pack] = [p for p in decision.packs if session.actor.device_id[:8] in p.name]
        result = sync.import_update(session, pack)
        assert result.kept_local == [], session.actor.login
        mine = session.store.get(FamilyCase, case.id)
        assert (mine.beat, mine.address, mine.source, mine.version) == (
            "участок B", "ул. Береке 7, кв. 2", "school", decision.version)
    # A's next edit continues from the decision: no new conflict.
    a.services.cases.update_case(case.id, beat="участок A2")
    send(hub, a, tmp_path / "a3")
    assert review.items(hub.repo) == [] and hub.repo.record(case.id)[1]["beat"] == "участок A2"
    # B's receipt no longer lists the held change.
    assert sync.import_receipt(b, hub.receipt(b)).held == []


def test_a_restored_laptop_conflict_is_decided_per_field_with_a_typed_value(hub, make_device, tmp_path):
    """Two heads of one device (a vault restored from a backup edited the case again)."""
    s = make_device()
    profiles = s.profiles
    hub.enrol(s, "K7QM")
    generate(s, households=2, seed=12)
    [b1] = export(s, tmp_path / "1")
    backup = profiles.backup(s, "default", PASSPHRASE, tmp_path / "backup")
    case = open_case(s)
    s.services.cases.update_case(case.id, beat="после копии", address="ул. Первая 1")
    [b2] = export(s, tmp_path / "2")
    hub.import_(b1.path, b2.path)
    s.lock()
    profiles.restore("default", backup.path, PASSPHRASE)
    s = profiles.unlock("default", PASSPHRASE)
    s.services.cases.update_case(case.id, beat="после восстановления")
    export(s, tmp_path / "3")                      # refused: its number was used
    sync.import_receipt(s, hub.receipt(s))
    [b4] = export(s, tmp_path / "4")
    hub.import_(b4.path)
    [item] = review.items(hub.repo)
    assert item.ref == review.conflict_ref(case.id) and item.reason == "conflict"
    assert item.base is not None and item.base["beat"] == case.beat
    names = {d.name for d in item.diff}
    assert names == {"beat", "address"}
    assert item.clashes == ["beat"]
    with pytest.raises(NotFound):
        review.load(hub.repo, "C-ffff0000")
    who = analyst(hub)
    decision = review.resolve(hub.repo, hub.keys, item.ref, values={"beat": "участок 5 (уточнено)"},
                              rest="base", note="адрес не менялся", actor=who,
                              at=hub.clock.now().isoformat(), out_dir=tmp_path / "packs")
    current = hub.repo.record(case.id)[1]
    assert current["beat"] == "участок 5 (уточнено)" and current["address"] == case.address
    assert hub.repo.conflicts("open") == []
    [pack] = decision.packs
    assert sync.import_update(s, pack).kept_local == []
    mine = s.store.get(FamilyCase, case.id)
    assert (mine.beat, mine.address) == ("участок 5 (уточнено)", case.address)
    s.lock()


def test_a_rejected_held_person_edit_goes_back_to_its_device(hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    case = open_case(a)
    person = a_person_of(a, case)
    leak(hub, case, b, tmp_path / "leak")
    edit_person(b, b.store.get(Person, person.id), notes="B был здесь")
    send(hub, b, tmp_path / "b1")
    [item] = review.items(hub.repo)
    assert item.kind == "person" and item.persons == [review._name(hub.repo.record(person.id)[1])]
    with pytest.raises(Exception):
        review.reject(hub.repo, hub.keys, item.ref, note="", actor="x", at="t", out_dir=tmp_path)
    decision = review.reject(hub.repo, hub.keys, item.ref, note="не его семья", actor=analyst(hub),
                             at=hub.clock.now().isoformat(), out_dir=tmp_path / "packs")
    [pack] = decision.packs
    assert b.actor.device_id[:8] in pack.name
    sync.import_update(b, pack)
    assert b.store.get(Person, person.id).notes == person.notes
    assert hub.repo.record(person.id)[1]["notes"] == person.notes
    assert review.items(hub.repo) == [] and held(hub, b) == {}
