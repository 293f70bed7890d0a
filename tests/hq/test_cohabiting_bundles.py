"""Headquarters accepts bundles whose participants carry the added field `cohabiting` and
bundles without it (an older device), keeps each line as it came, and reads both."""

from __future__ import annotations

import json

from inspector_desk.core.services import PersonInput
from inspector_desk.hq.importer import ImportResult
from inspector_desk.sync.records_codec import record_from_json
from tests.sync.fixtures import export


def _case(session, cohabiting: str | None) -> str:
    svc = session.services
    cid = svc.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="102").created
    svc.people.add_person_to_case(cid, PersonInput(last_name="Әлиева", first_name="Дана"),
                           "affected", "self")
    kw = {} if cohabiting is None else {"cohabiting": cohabiting}
    svc.people.add_person_to_case(cid, PersonInput(last_name="Әлиев", first_name="Марат"),
                           "offender", "former_spouse", **kw)
    return cid


def test_bundles_with_and_without_the_field(hub, make_device, tmp_path):
    new = make_device("new", "A-1047")
    old = make_device("old", "B-2000")
    hub.enrol(new, "K7QM")
    hub.enrol(old, "M3XZ")
    _case(new, "yes")
    _case(old, None)  # nothing recorded: the device writes the line an older release wrote
    [b1] = export(new, tmp_path / "usb-new")
    [b2] = export(old, tmp_path / "usb-old")
    for result in hub.import_(b1.path, b2.path):
        assert isinstance(result, ImportResult), result
    held = [data if isinstance(data, dict) else json.loads(data) for _rid, data in
            hub.repo.db.query("SELECT record_id, data FROM records WHERE kind = 'participant'")]
    offenders = [d for d in held if d["role"] == "offender"]
    assert sorted(d.get("cohabiting", "-") for d in offenders) == ["-", "yes"]
    read = sorted(record_from_json("participant", d).cohabiting for d in offenders)
    assert read == ["", "yes"]
