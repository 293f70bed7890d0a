""""Lives together with the affected person", recorded on the person-in-case (Participant
.cohabiting, schema 7) apart from the relation: stored, validated, and carried on bundle
lines as an optional added field: a line without it (an older device or headquarters) is
valid and reads as "not asked"; a record that does not use it is written, hashed and
verified exactly as before the field existed."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from inspector_desk.core.errors import ValidationError
from inspector_desk.core.records import Participant
from inspector_desk.core.services import PersonInput
from inspector_desk.reports.qr import content_digest, record_content
from inspector_desk.sync.canonical import canonical
from inspector_desk.sync.records_codec import (
    RecordFormatError,
    check_line,
    record_from_json,
    record_line,
    record_sha256,
    record_to_json,
)


@pytest.fixture
def case(session):
    svc = session.services
    cid = svc.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="102").created
    svc.people.add_person_to_case(cid, PersonInput(last_name="Әлиева", first_name="Дана"),
                           "affected", "self")
    svc.people.add_person_to_case(cid, PersonInput(last_name="Әлиев", first_name="Марат"),
                           "offender", "former_spouse", cohabiting="yes")
    svc.people.add_person_to_case(cid, PersonInput(last_name="Әлиева", first_name="Айша"),
                           "child", "child", cohabiting="no")
    return cid


def _by_role(session, cid):
    return {p.role: p for p in session.store.find(Participant, case_id=cid)}


def test_stored_apart_from_the_relation(session, case):
    parts = _by_role(session, case)
    assert (parts["offender"].relation, parts["offender"].cohabiting) == ("former_spouse", "yes")
    assert (parts["child"].relation, parts["child"].cohabiting) == ("child", "no")
    assert parts["affected"].cohabiting == ""
    with pytest.raises(ValidationError) as exc:
        session.services.people.add_person_to_case(case, PersonInput(last_name="Х", first_name="У"),
                                            "witness", "other", cohabiting="sometimes")
    assert "cohabiting" in exc.value.errors


def test_bundle_lines_with_and_without_the_field(session, case):
    parts = _by_role(session, case)
    with_it = record_line(parts["offender"])
    without = record_line(parts["affected"])
    import json

    line = json.loads(with_it)
    assert line["record"]["cohabiting"] == "yes"
    kind, data, _ = check_line(line)
    assert record_from_json(kind, data).cohabiting == "yes"

    old = json.loads(without)
    assert "cohabiting" not in old["record"]  # exactly the line an older device writes
    kind, data, _ = check_line(old)
    assert record_from_json(kind, data) == parts["affected"]

    # an older device's line for a record this program reads as cohabiting "": same hash
    legacy = {k: v for k, v in record_to_json(parts["child"]).items() if k != "cohabiting"}
    assert record_sha256(legacy) == record_sha256(
        record_to_json(dataclasses.replace(parts["child"], cohabiting="")))

    # one spelling per record: the default is left out, a wrong type or value refused
    spelled = copy.deepcopy(old)
    spelled["record"]["cohabiting"] = ""
    spelled["sha256"] = record_sha256(spelled["record"])
    with pytest.raises(RecordFormatError):
        check_line(spelled)
    wrong = copy.deepcopy(line)
    wrong["record"]["cohabiting"] = 1
    wrong["sha256"] = record_sha256(wrong["record"])
    with pytest.raises(RecordFormatError):
        check_line(wrong)
    # the other fields are still all required
    short = copy.deepcopy(old)
    del short["record"]["relation"]
    short["sha256"] = record_sha256(short["record"])
    with pytest.raises(RecordFormatError):
        check_line(short)
    assert canonical(line) + b"\n" == with_it


def test_check_codes_of_records_that_do_not_use_it_are_unchanged(session, case):
    part = _by_role(session, case)["affected"]
    content = record_content(part)
    assert "cohabiting" not in content  # the digest papers printed before schema 7 carry
    assert content_digest(part) == content_digest({**content})
    assert record_content(_by_role(session, case)["offender"])["cohabiting"] == "yes"
