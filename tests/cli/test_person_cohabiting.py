"""`inspector-desk person add ... --cohabiting yes|no|unknown` records whether the person lives
together with the affected person, apart from the relation (issue 12 item 7); left out, it
is "" (not asked). `case show` prints it for each person where it was asked."""

from __future__ import annotations

import pytest

from tests.conftest import CLI_PASSPHRASE


def _participants(cli, case_no):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from tests.support.keyrings import FileKeyring

    session = Profiles(cli.home, KeyringSecrets(FileKeyring(cli.tmp / "keyring.json"))).unlock(
        "default", CLI_PASSPHRASE)
    try:
        svc = session.services
        view = svc.cases.get_case(svc.cases.find_case_by_number(case_no).id)
        return {p.person.last_name: (p.participant.role, p.participant.relation,
                                     p.participant.cohabiting) for p in view.participants}
    finally:
        session.lock()


@pytest.fixture
def case_no(cli):
    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--district", "Есиль")
    out = cli("case", "new", "--address", "ул. Сығанақ, 3", "--district", "Есиль",
              "--source", "102").stdout
    return out.strip().split()[-1]


def _add(cli, case_no, role, relation, last, *extra, ok=True):
    return cli("person", "add", "--case", case_no, "--role", role, "--relation", relation,
               "--last-name", last, "--first-name", "Тест", *extra, ok=ok)


def test_cohabiting_is_recorded_and_shown(cli, case_no):
    _add(cli, case_no, "affected", "self", "Әлиева")
    _add(cli, case_no, "offender", "former_cohabitant", "Әлиев", "--cohabiting", "yes")
    _add(cli, case_no, "child", "child", "Бекова", "--cohabiting", "no")
    _add(cli, case_no, "witness", "other", "Көрші", "--cohabiting", "unknown")
    _add(cli, case_no, "family_member", "sibling", "Сейітова")  # not asked

    assert _participants(cli, case_no) == {
        "Әлиева": ("affected", "self", ""), "Әлиев": ("offender", "former_cohabitant", "yes"),
        "Бекова": ("child", "child", "no"), "Көрші": ("witness", "other", "unknown"),
        "Сейітова": ("family_member", "sibling", "")}

    lines = {line.split()[1]: line for line in cli("case", "show", case_no).stdout.splitlines()
             if line.startswith("  ") and len(line.split()) > 1}
    assert lines["Әлиев"].endswith("Lives with the victim: yes")
    assert lines["Бекова"].endswith("Lives with the victim: no")
    assert lines["Көрші"].endswith("Lives with the victim: unknown")
    assert "Lives with the victim" not in lines["Әлиева"]
    assert "Lives with the victim" not in lines["Сейітова"]

    ru = cli("--lang", "ru", "case", "show", case_no).stdout
    assert "Проживает совместно с пострадавшим: да" in ru
    kk = cli("--lang", "kk", "case", "show", case_no).stdout
    assert "Жәбірленушімен бірге тұрады: жоқ" in kk


def test_a_value_outside_the_list_is_refused(cli, case_no):
    bad = _add(cli, case_no, "offender", "spouse", "Әлиев", "--cohabiting", "sometimes", ok=False)
    assert bad.returncode == 2 and "--cohabiting" in bad.stderr
    assert _participants(cli, case_no) == {}
