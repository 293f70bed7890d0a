"""`inspector-desk print KIND ID --for offender|protected|file`: the real command line on a
vault holding a case with a victim-only canary in every private place. The offender's copy
it writes holds none; the file's copy holds them; a copy the document does not have is a
usage error that names the ones it has."""

from __future__ import annotations

import pytest

from tests.conftest import CLI_PASSPHRASE
from tests.reports.reports_helpers import CANARY, build_canary_case, digits, text_of


@pytest.fixture
def vault(cli):
    """The command line's vault, with the canary case written into it in this process."""
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from tests.support.keyrings import FileKeyring

    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--unit", "ОП Есиль")
    profiles = Profiles(cli.home, KeyringSecrets(FileKeyring(cli.tmp / "keyring.json")))
    session = profiles.unlock("default", CLI_PASSPHRASE)
    try:
        return build_canary_case(session)
    finally:
        session.lock()


def squash(text: str, sep: str = "") -> str:
    return sep.join(text.split())


def printed(cli, *args: str) -> str:
    out = cli.tmp / "out.pdf"
    cli("print", *args, "--to", str(out), "--force")
    return text_of(out.read_bytes())


def test_each_copy_of_a_protective_order(cli, vault):
    order = vault.measures["protective_order"]
    default = printed(cli, "measure-notice", order)
    offender = printed(cli, "measure-notice", order, "--for", "offender")
    assert CANARY not in offender and "Жұмабаев Нұрлан Бекұлы" in offender
    assert digits("+7 701 404 40 41")[-10:] not in digits(offender)
    # without --for: the document's own default, as in the preview: the offender's copy
    for text in (default, offender):
        assert "Copy for the person the measure applies to" in squash(text, " ")
    assert CANARY not in default
    file_copy = printed(cli, "measure-notice", order, "--for", "file")
    assert CANARY in file_copy and "Case file copy" in squash(file_copy, " ")
    protected = printed(cli, "measure-notice", order, "--for", "protected", "--lang", "kk")
    assert CANARY not in protected and "Жұмабаева Гүлнұр Өмірзаққызы" in protected
    chosen = printed(cli, "measure-notice", order, "--for", "protected", "--person", vault.victim)
    assert "Жұмабаева Гүлнұр Өмірзаққызы" in chosen


def test_each_copy_of_a_visit_act(cli, vault):
    assert CANARY in printed(cli, "visit", vault.visit)  # the act for the file
    assert CANARY in printed(cli, "visit", vault.visit, "--for", "file")
    offender = printed(cli, "visit", vault.visit, "--for", "offender", "--lang", "kk")
    assert CANARY not in offender and "Жұмабаев Нұрлан Бекұлы" in offender


def test_a_copy_the_document_does_not_have(cli, vault):
    out = cli.tmp / "no.pdf"
    p = cli("print", "incident", vault.incident, "--for", "offender", "--to", str(out), ok=False)
    assert p.returncode == 2 and "has: file" in p.stderr and not out.exists()
    p = cli("print", "measure-notice", vault.measures["official_warning"], "--for", "protected",
            "--to", str(out), ok=False)
    assert p.returncode == 2 and "has: offender, file" in p.stderr and not out.exists()
    p = cli("print", "measure-notice", vault.measures["protective_order"], "--for", "protected",
            "--person", vault.offender, "--to", str(out), ok=False)
    assert p.returncode == 2 and not out.exists()
    p = cli("print", "case-summary", vault.case_id, "--for", "offender", "--to", str(out), ok=False)
    assert p.returncode == 2 and not out.exists()
    p = cli("print", "visit", vault.visit, "--for", "victim", "--to", str(out), ok=False)
    assert p.returncode == 2 and "invalid choice" in p.stderr
