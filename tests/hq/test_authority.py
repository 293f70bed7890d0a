"""Authority at headquarters (issue 14, item 1; docs/hq.md, "Who may change what"): only a
case's owner changes it and its records, a person's owner its fields; everything else a
correctly signed device sends is held for review, reported in its receipt and shown by the
device. Two real devices, real bundles, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

from inspector_desk.app import sync
from inspector_desk.app.demo import generate
from inspector_desk.core.records import FamilyCase, Participant, Person, Visit
from inspector_desk.core.services import PersonInput
from inspector_desk.hq import updates
from inspector_desk.hq.importer import ImportResult
from inspector_desk.hq.schema import SCHEMA_VERSION
from tests.sync.fixtures import export

STATE_TABLES = ("records", "record_versions", "owners", "conflicts")


def state(hub) -> list:
    """What another device's change must leave exactly as it was."""
    return [row for row in hub.dump() if row[0] in STATE_TABLES]


def two_devices(hub, make_device, seed: int = 3):
    a = make_device("a", "A-1")
    b = make_device("b", "B-2")
    hub.enrol(a, "AAAA")
    hub.enrol(b, "BBBB")
    generate(a, households=2, seed=seed)
    return a, b


def open_case(session) -> FamilyCase:
    return next(c for c in session.store.find(FamilyCase) if c.status != "closed")


def a_person_of(session, case: FamilyCase) -> Person:
    [pid, *_] = [p.person_id for p in session.store.find(Participant, case_id=case.id)]
    return session.store.get(Person, pid)


def send(hub, session, folder):
    """Export and import one bundle; it must be accepted as a file (holding is per record)."""
    [bundle] = export(session, folder)
    [result] = hub.import_(bundle.path)
    assert isinstance(result, ImportResult), result
    return result


def leak(hub, case: FamilyCase, to_session, folder):
    """Headquarters' copy of A's case and its records reaches B (as an update pack does):
    B's vault then knows A's current versions and sends its edits with them as ``base``."""
    _kind, data, sha = hub.repo.record(case.id)
    content = updates._case_content(hub.repo, data, sha, None)
    pack = updates.issue(hub.repo, hub.keys, to_session.actor.device_id, content, folder,
                         hub.clock.now().isoformat(), "test")
    sync.import_update(to_session, pack)


def forge(session, record) -> None:
    """Write a record straight into the vault (logged, so it is exported): what a tampered
    laptop would send, signed by its own key."""
    with session.store.transaction():
        session.store.put(record)


def held(hub, session) -> dict[str, str]:
    return {h.record_id: h.reason for _id, h in hub.repo.held_of(session.actor.device_id)}


def edit_person(session, person: Person, **changes) -> None:
    fields = {f.name: getattr(person, f.name) for f in dataclasses.fields(PersonInput)}
    session.services.people.update_person(person.id, PersonInput(**{**fields, **changes}))


def test_another_device_cannot_change_a_case_or_person_it_does_not_own(hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    case = open_case(a)
    person = a_person_of(a, case)
    leak(hub, case, b, tmp_path / "packs")
    before = state(hub)
    wrongly_accepted = 0

    # 1. B edits A's person (its base names A's current version): held, A's rows unchanged.
    edit_person(b, b.store.get(Person, person.id), notes="B was here")
    r = send(hub, b, tmp_path / "b1")
    assert r.conflicts == 0 and any("held" in n for n in r.notes), r.notes
    wrongly_accepted += state(hub) != before
    assert held(hub, b) == {person.id: "not_your_person"}
    assert hub.repo.record(person.id)[1]["notes"] == person.notes

    # B's receipt says so, and B's device shows it with its reason and what to do.
    receipt = sync.import_receipt(b, hub.receipt(b))
    assert [(h["record_id"], h["reason"], h["seq"]) for h in receipt.held] == [
        (person.id, "not_your_person", 1)]
    [line] = sync.held_notes(b, receipt, "en")
    assert "headquarters held a change" in line and "another inspector keeps this person" in line
    assert sync.held_notes(b, receipt, "ru")[0].startswith("  штаб не применил")

    # 2. B deletes A's person: held.
    b.services.records.delete_record(Person, person.id)
    send(hub, b, tmp_path / "b2")
    wrongly_accepted += state(hub) != before
    assert hub.repo.record(person.id)[1]["deleted"] is False

    # 3. B moves A's case to itself, and adds a visit to it: both held.
    b.services.cases.update_case(case.id, inspector="B-2", beat="moved")
    other = next(p.person_id for p in b.store.find(Participant, case_id=case.id) if p.person_id != person.id)
    b.services.records.record_visit(case.id, _visit(other))
    send(hub, b, tmp_path / "b3")
    wrongly_accepted += state(hub) != before
    reasons = held(hub, b)
    assert reasons[case.id] == "not_your_case"
    [visit] = [v for v in b.store.find(Visit, case_id=case.id) if v.device_id == b.actor.device_id]
    assert reasons[visit.id] == "not_your_case"
    assert hub.repo.record(case.id)[1]["inspector"] == "A-1"

    # 4. A person turned into a case (same id, another kind): held.
    forge(b, FamilyCase(id=person.id, version=1, case_no="BBBB-2026-0900", inspector="B-2",
                        district="Есиль", address="x", device_id=b.actor.device_id, created_by="B-2"))
    send(hub, b, tmp_path / "b4")
    wrongly_accepted += state(hub) != before
    assert hub.repo.record(person.id)[0] == "person"

    # The receipt lists every held change; nothing of B's reached the current records.
    receipt = sync.import_receipt(b, hub.receipt(b))
    assert {h["reason"] for h in receipt.held} == {"not_your_person", "not_your_case", "kind_changed"}
    assert len(sync.held_notes(b, receipt, "kk")) == len(receipt.held)
    assert wrongly_accepted == 0
    # A itself still changes its own person.
    edit_person(a, person, notes="A again")
    send(hub, a, tmp_path / "a2")
    assert hub.repo.record(person.id)[1]["notes"] == "A again" and held(hub, a) == {}


def test_a_new_case_must_carry_the_senders_own_prefix_and_identity(hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    before = state(hub)
    counted = hub.repo.db.query("SELECT count(*) FROM records WHERE kind = 'case' AND inspector = 'A-1'")
    forgeries = {
        # A's login, device id and prefix, sent by B
        "all of A": FamilyCase(version=1, case_no="AAAA-2026-0901", inspector="A-1", district="Есиль",
                               address="x", device_id=a.actor.device_id, created_by="A-1"),
        # B's identity, A's prefix
        "A's prefix": FamilyCase(version=1, case_no="AAAA-2026-0902", inspector="B-2", district="Есиль",
                                 address="x", device_id=b.actor.device_id, created_by="B-2"),
        # B's prefix, A's device id
        "A's device": FamilyCase(version=1, case_no="BBBB-2026-0903", inspector="B-2", district="Есиль",
                                 address="x", device_id=a.actor.device_id, created_by="B-2"),
        # B's prefix and device, counted for A's inspector
        "A's inspector": FamilyCase(version=1, case_no="BBBB-2026-0904", inspector="A-1",
                                    district="Есиль", address="x", device_id=b.actor.device_id,
                                    created_by="B-2"),
    }
    for record in forgeries.values():
        forge(b, record)
    # A visit in the forged case travels with it: held with its case.
    forge(b, Visit(version=1, case_id=forgeries["all of A"].id, device_id=b.actor.device_id,
                   created_by="B-2", form_id="prevention_visit", form_version=1))
    send(hub, b, tmp_path / "b1")
    assert state(hub) == before, "no forged case reached headquarters' records"
    reasons = held(hub, b)
    assert {reasons[r.id] for r in forgeries.values()} == {"identity"}
    assert reasons[next(iter(v for v in b.store.find(Visit))).id] in ("identity", "case_held")
    assert hub.repo.db.query(
        "SELECT count(*) FROM records WHERE kind = 'case' AND inspector = 'A-1'") == counted
    # B's own case under its own prefix is accepted and B owns it.
    own = b.services.cases.open_case(address="ул. Новая 1", district="Есиль", source="102").created
    send(hub, b, tmp_path / "b2")
    assert hub.repo.record(own)[1]["case_no"].startswith("BBBB-")
    assert hub.repo.owners([own])[own].device_id == b.actor.device_id


def test_a_version_that_jumps_never_becomes_current(hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    case = open_case(a)
    person = a_person_of(a, case)
    current = hub.repo.current([person.id])[person.id]
    # The owner's own laptop, tampered: one edit, then version 99 (no base).
    edit_person(a, person, notes="jump")
    a.store.conn.execute("UPDATE persons SET version = 99 WHERE id = ?", (person.id,))
    send(hub, a, tmp_path / "a2")
    assert hub.repo.current([person.id])[person.id] == current
    assert held(hub, a) == {person.id: "version_jump"}
    # Another device, version 99 of A's person without a base: held, current unchanged.
    copy = a.store.get(Person, person.id)
    forge(b, dataclasses.replace(copy, version=99, notes="B's 99"))
    send(hub, b, tmp_path / "b1")
    assert hub.repo.current([person.id])[person.id] == current
    assert held(hub, b) == {person.id: "not_your_person"}
    assert hub.repo.conflicts() == []
    # An ordinary edit after several local ones is not a jump.
    case_now = a.store.get(FamilyCase, case.id)
    for beat in ("1", "2", "3", "4"):
        a.services.cases.update_case(case.id, beat=beat)
    send(hub, a, tmp_path / "a3")
    assert hub.repo.current([case.id])[case.id][0] == case_now.version + 4


def test_reassign_moves_ownership(hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    sync.import_receipt(a, hub.receipt(a))
    case = open_case(a)
    packs = updates.reassign(hub.repo, hub.keys, case.case_no, b.actor.device_id, tmp_path / "packs",
                             hub.clock.now().isoformat(), "test")
    owner = hub.repo.owners([case.id])[case.id]
    assert (owner.device_id, owner.via, owner.previous_device_id, owner.acknowledged_at) == (
        b.actor.device_id, "reassigned", a.actor.device_id, None)
    sync.import_update(b, packs[0])
    # B's edit is applied (and acknowledges the case); A's later edit is held.
    b.services.cases.update_case(case.id, beat="B's beat")
    send(hub, b, tmp_path / "b1")
    assert hub.repo.record(case.id)[1]["beat"] == "B's beat" and held(hub, b) == {}
    assert hub.repo.owners([case.id])[case.id].acknowledged_at is not None
    before = state(hub)
    a.services.cases.update_case(case.id, beat="A's beat")
    send(hub, a, tmp_path / "a2")
    assert state(hub) == before and held(hub, a) == {case.id: "not_your_case"}
    assert hub.repo.conflicts() == []
    receipt = sync.import_receipt(a, hub.receipt(a))
    assert [h["reason"] for h in receipt.held] == ["not_your_case"]
    assert case.case_no in sync.held_notes(a, receipt, "en")[0]
    # The notice pack tells A the case is B's.
    sync.import_update(a, packs[1])
    assert a.store.get(FamilyCase, case.id).inspector == "B-2"


def test_a_person_in_two_cases_follows_the_rule(hub, make_device, tmp_path):
    """docs/hq.md: a person is owned by the device that created it; another device links it
    into its own case freely; a reassignment moves the persons of that case that appear in
    no other case of the previous owner; field changes from a non-owner are held."""
    a, b = two_devices(hub, make_device)
    x1 = a.services.cases.open_case(address="ул. Первая 1", district="Есиль", source="102").created
    x2 = a.services.cases.open_case(address="ул. Вторая 2", district="Есиль", source="102").created
    shared = a.services.people.add_person_to_case(x1, PersonInput("Общая", "Анна"), "affected").created
    a.services.people.add_participant(x2, shared, "affected")
    only = a.services.people.add_person_to_case(x1, PersonInput("Одна", "Бота"), "child").created
    send(hub, a, tmp_path / "a1")
    x1_no = a.store.get(FamilyCase, x1).case_no
    packs = updates.reassign(hub.repo, hub.keys, x1_no, b.actor.device_id, tmp_path / "packs",
                             hub.clock.now().isoformat(), "test")
    sync.import_update(b, packs[0])
    owners = hub.repo.owners([shared, only])
    assert owners[shared].device_id == a.actor.device_id  # still in A's other case
    assert owners[only].device_id == b.actor.device_id    # moved with the case
    # B changes both persons, and links the shared one into a case of its own.
    edit_person(b, b.store.get(Person, shared), notes="B: shared")
    edit_person(b, b.store.get(Person, only), notes="B: only")
    y = b.services.cases.open_case(address="ул. Третья 3", district="Есиль", source="102").created
    link = b.services.people.add_participant(y, shared, "affected").created
    send(hub, b, tmp_path / "b1")
    assert held(hub, b) == {shared: "not_your_person"}
    assert hub.repo.record(only)[1]["notes"] == "B: only"
    assert hub.repo.record(shared)[1]["notes"] == ""
    assert hub.repo.record(link)[1]["person_id"] == shared  # the link is B's own record
    # The owner still changes the shared person.
    edit_person(a, a.store.get(Person, shared), notes="A: shared")
    send(hub, a, tmp_path / "a2")
    assert hub.repo.record(shared)[1]["notes"] == "A: shared" and held(hub, a) == {}


def test_a_record_whose_case_comes_later_waits_for_it(hub, make_device, tmp_path):
    """Volumes: a visit may travel before its case (the case changed later); it waits and is
    applied when the case arrives, from its owner."""
    a = make_device("a", "A-1")
    hub.enrol(a, "AAAA")
    generate(a, households=3, seed=8)
    case = open_case(a)
    a.services.cases.update_case(case.id, beat="last")
    volumes = export(a, tmp_path / "usb", volume_bytes=20_000)
    assert len(volumes) >= 2
    for v in reversed(volumes[:-1]):
        hub.import_(v.path)
    waiting = hub.repo.held_of(a.actor.device_id, "waiting")
    assert any(h.case_id == case.id for _id, h in waiting), "the case's records waited for it"
    assert hub.repo.record(case.id) is None
    hub.import_(volumes[-1].path)
    assert hub.repo.held_of(a.actor.device_id, "waiting") == []
    assert held(hub, a) == {}
    local = {r.id for kind in (FamilyCase, Person, Participant, Visit) for r in a.store.find(kind)}
    have = {r[0] for r in hub.repo.db.query("SELECT record_id FROM records")}
    assert local <= have


def test_a_version_1_database_is_migrated_with_owners_users_and_decisions(hub, make_device, tmp_path):
    a, b = two_devices(hub, make_device)
    send(hub, a, tmp_path / "a1")
    owners = [r for r in hub.dump() if r[0] == "owners"]
    assert owners
    db = hub.repo.db
    with db.transaction():
        db.execute("DROP TABLE owners")
        db.execute("DROP TABLE held")
        db.execute("DROP TABLE hq_users")
        db.execute("DROP TABLE decisions")
        db.execute("DROP TABLE links")
        for table in ("case_summary", "case_persons", "figure_months", "case_figures", "figure_groups",
                      "link_pairs", "link_persons"):  # schemas 5 and 6
            db.execute(f"DROP TABLE {table}")
        db.execute("UPDATE hq_meta SET value = '1' WHERE key = 'schema_version'")
    db.ensure_schema()
    assert db.query("SELECT value FROM hq_meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    migrated = {r[1][0]: r[1][2] for r in hub.dump() if r[0] == "owners"}
    assert migrated == {r[1][0]: r[1][2] for r in owners}
    # And the rules hold on the migrated database.
    case = open_case(a)
    leak(hub, case, b, tmp_path / "packs")
    b.services.cases.update_case(case.id, beat="B")
    send(hub, b, tmp_path / "b1")
    assert held(hub, b) == {case.id: "not_your_case"}


def _visit(person_id):
    return {"visit_at": "2026-11-19T15:00", "visit_type": "planned", "place": "home",
            "visit_address": "г. Астана", "persons_met": [{"person": person_id, "role": "affected"}],
            "conversation_held": "no", "intoxication": "no", "children_present": "no",
            "rights_explained": ["line_111"], "measure_in_force": "no", "risk_reassessed": "no",
            "next_visit": "2026-12-03"}
