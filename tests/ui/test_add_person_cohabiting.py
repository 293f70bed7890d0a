"""The "Add person" dialog asks whether the person lives together with the affected person
(yes / no / unknown), apart from the relation; not for the affected person themself."""

from __future__ import annotations

import pytest

from inspector_desk.core.records import Participant
from inspector_desk.core.services import PersonInput
from tests.ui.test_workflow import first_run, make_controller  # noqa: F401 - a fixture

WAIT = 15_000


@pytest.fixture
def c(make_controller, qtbot):
    """A desk on a new vault, made through the first-run wizard."""
    c = make_controller()
    first_run(c, qtbot)
    return c


def add(c, qtbot, case_id, role, relation, last, cohabiting=None):
    from inspector_desk.ui.case_dialogs import AddPersonDialog

    d = AddPersonDialog(c.desk, case_id, c.window)
    qtbot.addWidget(d)
    d.role.setCurrentIndex(d.role.findData(role))
    d.relation.setCurrentIndex(d.relation.findData(relation))
    d.last.setText(last)
    d.first.setText("Тест")
    if cohabiting is not None:
        assert d.cohabiting.isEnabled()
        d.cohabiting.setCurrentIndex(d.cohabiting.findData(cohabiting))
    enabled = d.cohabiting.isEnabled()
    before = len(c.core.session.store.find(Participant, case_id=case_id))
    d.submit()
    qtbot.waitUntil(lambda: len(c.core.session.store.find(Participant, case_id=case_id))
                    == before + 1, timeout=WAIT)
    return enabled


def test_lives_together_is_recorded_apart_from_the_relation(c, qtbot):
    from inspector_desk.ui.case_dialogs import AddPersonDialog

    case_id = c.core.services.cases.open_case(address="ул. Сығанақ, 3", district="Есиль",
                                        source="102").created
    d = AddPersonDialog(c.desk, case_id, c.window)
    qtbot.addWidget(d)
    assert [d.cohabiting.itemData(i) for i in range(d.cohabiting.count())] == [
        "unknown", "yes", "no"]
    assert d.cohabiting.accessibleName() == "Lives together with the victim"
    d.reject()

    assert add(c, qtbot, case_id, "affected", "self", "Әлиева") is False
    add(c, qtbot, case_id, "offender", "former_cohabitant", "Әлиев", cohabiting="yes")
    add(c, qtbot, case_id, "child", "child", "Әлиева-кіші", cohabiting="no")
    assert add(c, qtbot, case_id, "witness", "other", "Көрші") is True  # left at "unknown"
    got = {p.role: (p.relation, p.cohabiting)
           for p in c.core.session.store.find(Participant, case_id=case_id)}
    assert got == {"affected": ("self", ""), "offender": ("former_cohabitant", "yes"),
                   "child": ("child", "no"), "witness": ("other", "unknown")}


def test_people_table_shows_lives_with_the_victim(c, qtbot):
    """The case view's People table has a column "Lives with the victim": the answer for every
    participant but the affected person; empty where it was not asked."""
    svc = c.core.services
    case_id = svc.cases.open_case(address="ул. Сығанақ, 3", district="Есиль", source="102").created
    add(c, qtbot, case_id, "affected", "self", "Әлиева")
    add(c, qtbot, case_id, "offender", "former_cohabitant", "Әлиев", cohabiting="yes")
    add(c, qtbot, case_id, "child", "child", "Әлиева-кіші", cohabiting="no")
    add(c, qtbot, case_id, "witness", "other", "Көрші")  # left at "unknown"
    svc.people.add_person_to_case(case_id, PersonInput(last_name="Сейітова", first_name="Тест"),
                           "family_member", "sibling")  # not asked (as records made before)

    c.desk.open_case(case_id)
    page = c.desk.case_page
    qtbot.waitUntil(lambda: page.view is not None and page.people.rowCount() == 5, timeout=WAIT)
    model = page.people
    headers = [model.horizontalHeaderItem(i).text() for i in range(model.columnCount())]
    assert headers == ["Role", "Name", "IIN", "Born", "Relation", "Lives with the victim", "Phone"]
    col = headers.index("Lives with the victim")
    got = {model.item(r, 1).text().split()[0]: model.item(r, col).text()
           for r in range(model.rowCount())}
    assert got == {"Әлиева": "", "Әлиев": "yes", "Әлиева-кіші": "no", "Көрші": "unknown",
                   "Сейітова": ""}
