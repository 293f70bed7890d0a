"""The command line corrects and removes persons and closes and reopens cases, always for a
reason the person types (issue 15 item 7 and 4): `person edit`, `person remove`,
`participant remove`, `case close` (warnings, then --yes), `case reopen`. Real subprocesses
on a real vault; the audit is read back from the vault."""

from __future__ import annotations

import pytest

from tests.conftest import CLI_PASSPHRASE


def _session(cli):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from tests.support.keyrings import FileKeyring

    return Profiles(cli.home, KeyringSecrets(FileKeyring(cli.tmp / "keyring.json"))).unlock(
        "default", CLI_PASSPHRASE)


def _read(cli, fn):
    session = _session(cli)
    try:
        return fn(session)
    finally:
        session.lock()


def _audit(session, record_id, action):
    return [e.detail for e in session.store.audit_entries(record_id=record_id) if e.action == action]


@pytest.fixture
def family(cli):
    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--district", "Есиль")
    cases = []
    for address in ("ул. Сығанақ, 3", "ул. Бейбітшілік, 2"):
        out = cli("case", "new", "--address", address, "--district", "Есиль", "--source", "102").stdout
        cases.append(out.strip().split()[-1])
    out = cli("person", "add", "--case", cases[0], "--role", "offender", "--relation", "spouse",
              "--last-name", "Нурпеисов", "--first-name", "Ерлан", "--iin", "880315330016").stdout
    person_id = out.strip().split()[-1]
    cli("person", "add", "--case", cases[0], "--role", "affected", "--relation", "self",
        "--last-name", "Нурпеисова", "--first-name", "Асел")
    return cases, person_id


def test_person_edit_changes_only_the_fields_given_for_a_reason(cli, family):
    cases, person_id = family
    # No reason: refused with the list of reasons in words, nothing changed.
    p = cli("person", "edit", person_id, "--first-name", "Ерболат", ok=False)
    assert p.returncode == 2
    assert "reason" in p.stderr  # usage.reason_needed: the reasons, in words (no default)
    p = cli("person", "edit", person_id, "--reason", "typing_error", ok=False)
    assert p.returncode == 2
    assert "person_edit_nothing" in p.stderr or "at least one field" in p.stderr

    cli("person", "edit", person_id, "--reason", "typing_error", "--first-name", "Ерболат",
        "--patronymic", "Серікұлы", "--phone", "+7 701 123 45 67")

    def check(session):
        from inspector_desk.core.records import Person

        p = session.store.get(Person, person_id)
        assert (p.last_name, p.first_name, p.patronymic, p.iin, p.phones) == (
            "Нурпеисов", "Ерболат", "Серікұлы", "880315330016", ["+7 701 123 45 67"])
        assert _audit(session, person_id, "correct") == ["reason=typing_error"]

    _read(cli, check)
    # The person can be named by their IIN too; a wrong check digit is refused at the IIN.
    p = cli("person", "edit", "880315330016", "--reason", "documents_checked",
            "--iin", "880315330017", ok=False)
    assert p.returncode == 2 and "iin" in p.stderr.lower()
    show = cli("person", "show", "880315330016").stdout
    assert "Ерболат" in show and cases[0] in show


def test_person_remove_from_one_case_keeps_the_other_and_participant_remove(cli, family):
    cases, person_id = family
    # The offender is in the second case too.
    def link(session):
        svc = session.services
        svc.people.add_participant(svc.cases.find_case_by_number(cases[1]).id, person_id, "offender", "spouse")

    _read(cli, link)
    cli("person", "remove", person_id, "--case", cases[0], "--reason", "not_part_of_case")

    def check(session):
        from inspector_desk.core.records import Participant, Person

        parts = session.store.find(Participant, person_id=person_id)
        assert [session.store.get_any("case", p.case_id).case_no for p in parts] == [cases[1]]
        assert not session.store.get(Person, person_id).deleted
        gone = session.store.find(Participant, include_deleted=True, person_id=person_id)
        removed = next(p for p in gone if p.deleted)
        assert _audit(session, removed.id, "remove") == ["reason=not_part_of_case"]

    _read(cli, check)
    p = cli("participant", "remove", "--case", cases[1], "--person", person_id,
            "--reason", "other", ok=False)
    assert p.returncode == 2 and "note" in p.stderr.lower()
    cli("participant", "remove", "--case", cases[1], "--person", "880315330016",
        "--reason", "other", "--note", "дубль")

    def gone(session):
        from inspector_desk.core.records import Person

        assert session.store.get(Person, person_id).deleted  # in no case any more
        assert _audit(session, person_id, "remove") == ["reason=other; note=дубль"]

    _read(cli, gone)


def test_case_close_needs_a_reason_and_yes_after_warnings_then_reopen(cli, family):
    cases, person_id = family

    def high_risk(session):
        from inspector_desk.core.records import FamilyCase

        svc = session.services
        case = svc.cases.find_case_by_number(cases[0])
        victim = next(p.person.id for p in svc.cases.get_case(case.id).participants
                      if p.participant.role == "affected")
        form = session.forms.registry.get("risk_checklist")
        qs = [f.id for f in form.fields() if f.type == "yes_no_unknown"]
        answers = {"assessed_at": svc.clock.now().strftime("%Y-%m-%dT%H:%M"), "respondent": victim,
                   **{q: "yes" if i < 14 else "no" for i, q in enumerate(qs)}}
        svc.records.assess_risk(case.id, answers)
        assert session.store.get(FamilyCase, case.id).risk_level == "high"

    _read(cli, high_risk)
    p = cli("case", "close", cases[0], ok=False)  # no default reason
    assert p.returncode == 2 and "reason" in p.stderr
    p = cli("case", "close", cases[0], "--reason", "reconciled_no_risk", ok=False)  # retired
    assert p.returncode == 2
    p = cli("case", "close", cases[0], "--reason", "family_moved", ok=False)
    assert p.returncode == 2  # the warnings first; closing needs --yes after them
    assert "high_risk" in p.stderr or "high-risk" in p.stderr
    assert f"{cases[0]}\tactive" in cli("case", "list").stdout
    cli("case", "close", cases[0], "--reason", "family_moved", "--yes")
    assert f"{cases[0]}\tclosed" in cli("case", "list").stdout
    # A case without warnings closes without --yes.
    cli("case", "close", cases[1], "--reason", "transferred")

    p = cli("case", "reopen", cases[0], ok=False)
    assert p.returncode == 2 and "reason" in p.stderr
    cli("case", "reopen", cases[0], "--reason", "closed_by_mistake")
    assert f"{cases[0]}\tactive" in cli("case", "list").stdout

    def check(session):
        svc = session.services
        cid = svc.cases.find_case_by_number(cases[0]).id
        assert _audit(session, cid, "close") == ["reason=family_moved"]
        assert _audit(session, cid, "reopen") == ["reason=closed_by_mistake"]

    _read(cli, check)
