"""The command line as a new user and a script find it (issue 19, items 5 and 6): `case show`
lists the ids that `print` and `person` take; `--json` with documented keys (docs/cli.md);
the global options after the command too; the allowed reasons listed before any passphrase;
a reader that goes away (`| head`) ends the command quietly; a case opened from the command
line is one "view" in the audit log; `--version` imports nothing heavy. Real subprocesses on
a real vault."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from inspector_desk.messages import text
from tests.conftest import CLI_PASSPHRASE

CASE_ROW_KEYS = {"id", "case_no", "status", "risk_level", "district", "address", "inspector",
                 "opened_at", "due_at", "due_reason", "affected", "active_measures"}
CASE_KEYS = {"id", "case_no", "status", "risk_level", "district", "beat", "address", "source",
             "inspector", "opened_at", "closed_at", "closure_reason", "version", "next_due",
             "participants", "records"}
PARTICIPANT_KEYS = {"participant_id", "person_id", "role", "relation", "cohabiting",
                    "full_name", "iin", "birth_date"}
RECORD_KEYS = {"id", "kind", "at", "detail", "version", "print"}
PERSON_KEYS = {"id", "last_name", "first_name", "patronymic", "iin", "birth_date", "sex",
               "phones", "address", "safe_contact", "version", "cases"}
SEARCH_KEYS = {"kind", "id", "title", "detail", "case_ids", "case_nos"}
DUE_KEYS = {"case_id", "case_no", "due_at", "overdue", "reason", "risk_level", "address",
            "inspector"}


def _session(cli):
    from inspector_desk.app.profile import Profiles
    from inspector_desk.keystore.device_secret import KeyringSecrets
    from tests.support.keyrings import FileKeyring

    return Profiles(cli.home, KeyringSecrets(FileKeyring(cli.tmp / "keyring.json"))).unlock(
        "default", CLI_PASSPHRASE)


def _views(cli, record_id: str) -> int:
    session = _session(cli)
    try:
        return sum(e.action == "view" for e in session.store.audit_entries(record_id=record_id))
    finally:
        session.lock()


@pytest.fixture
def family(cli, tmp_path):
    """A case with a person and a visit, made through the command line."""
    cli("init", "--name", "Сәрсенбаева Айгүл", "--badge", "A-1047", "--district", "Есиль")
    case_no = cli("case", "new", "--address", "пр. Абая, 1", "--district", "Есиль",
                  "--source", "102").stdout.split()[-1]
    person_id = cli("person", "add", "--case", case_no, "--role", "affected", "--last-name",
                    "Әлімжанова", "--first-name", "Ақмарал", "--iin", "880315400010").stdout.split()[-1]
    answers = tmp_path / "visit.json"
    answers.write_text(json.dumps({
        "visit_at": "2026-01-10T15:00", "visit_type": "planned", "place": "home",
        "visit_address": "пр. Абая, 1", "persons_met": [{"person": person_id, "role": "affected"}],
        "conversation_held": "no", "intoxication": "no", "children_present": "no",
        "rights_explained": ["line_111"], "measure_in_force": "no", "risk_reassessed": "no",
        "next_visit": "2026-01-24"}), encoding="utf-8")
    cli("visit", "add", "--case", case_no, "--answers", str(answers))
    return case_no, person_id


def test_case_show_lists_the_ids_print_and_person_take_and_is_one_view(cli, family):
    case_no, person_id = family
    case_id = json.loads(cli("case", "list", "--json").stdout)[0]["id"]
    assert _views(cli, case_id) == 0  # listing the register opens no case
    out = cli("case", "show", case_no).stdout
    assert _views(cli, case_id) == 1  # one opening, one "view" entry
    [person_line] = [line for line in out.splitlines() if "Әлімжанова" in line]
    assert person_id in person_line.split()
    [visit_line] = [line for line in out.splitlines() if " visit " in line]
    visit_id = visit_line.split()[3]
    assert "[print visit]" in visit_line
    pdf = cli.tmp / "act.pdf"
    assert "Document saved" in cli("print", "visit", visit_id, "--to", str(pdf)).stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli("person", "show", person_id).stdout.count(person_id) == 1
    assert _views(cli, person_id) == 1


def test_json_output_has_the_documented_keys(cli, family):
    case_no, person_id = family
    [row] = json.loads(cli("case", "list", "--json").stdout)
    assert set(row) == CASE_ROW_KEYS and row["case_no"] == case_no
    assert row["affected"].startswith("Әлімжанова")  # JSON escapes give the text back exactly
    assert json.loads(cli("case", "list", "--status", "closed", "--json").stdout) == []

    raw = cli("case", "show", case_no, "--json").stdout
    assert raw.isascii()  # nothing stored reaches the terminal raw
    case = json.loads(raw)
    assert set(case) == CASE_KEYS and case["id"] == row["id"] and case["case_no"] == case_no
    [part] = case["participants"]
    assert set(part) == PARTICIPANT_KEYS and part["person_id"] == person_id
    assert part["iin"] == "880315400010" and part["birth_date"] == "1988-03-15"
    [visit] = [r for r in case["records"] if r["kind"] == "visit"]
    assert set(visit) == RECORD_KEYS and visit["print"] == "visit"
    assert visit["at"].startswith("2026-01-10T15:00")
    assert set(case["next_due"]) == {"at", "reason"}

    person = json.loads(cli("person", "show", "880315400010", "--json").stdout)
    assert set(person) == PERSON_KEYS and person["id"] == person_id
    assert person["cases"] == [{"case_id": row["id"], "case_no": case_no, "role": "affected",
                                "participant_id": part["participant_id"]}]

    [hit] = [h for h in json.loads(cli("search", "әлімжанова", "--json").stdout)
             if h["kind"] == "person"]
    assert set(hit) == SEARCH_KEYS and hit["id"] == person_id and hit["case_nos"] == [case_no]

    due = json.loads(cli("due", "--days", "3650", "--json").stdout)
    assert [d["case_no"] for d in due] == [case_no] and set(due[0]) == DUE_KEYS
    assert due[0]["overdue"] in (True, False)
    assert json.loads(cli("notices", "--json").stdout) == []


def test_global_options_after_the_command(cli):
    pw = str(cli.tmp / "pw.txt")
    cli("init", "--name", "Тест", "--badge", "T-1", "--passphrase-file", pw, pwfile=False)
    out = cli("demo", "--households", "2", "--passphrase-file", pw, pwfile=False).stdout
    assert "2 households" in out
    # --home and --profile after the command: the same vault; given after, they win.
    other = cli.tmp / "elsewhere"
    rows = cli("--home", str(other), "--profile", "nobody", "case", "list",
               "--home", str(cli.home), "--profile", "default", "--passphrase-file", pw,
               pwfile=False).stdout.splitlines()
    assert len(rows) >= 2
    assert not other.exists()
    # --lang after the command: the messages' language, argparse's own checks included.
    p = cli("case", "close", "X-1", "--lang", "ru", pwfile=False, ok=False)
    assert p.returncode == 2 and text("closure.family_moved", "ru") in p.stderr
    p = cli("doctor", "--profile", "a/b", "--lang", "ru", pwfile=False, ok=False)
    assert p.returncode == 2 and "недопустимое имя профиля «a/b»" in p.stderr
    # print's own --lang stays the document's: the messages keep the language given before.
    p = cli("print", "statistics", "--lang", "kk", "--to", str(cli.tmp / "s.pdf"))
    assert "Document saved" in p.stdout


@pytest.mark.parametrize("lang", ("en", "ru"))
def test_reasons_are_listed_with_their_words_before_any_passphrase(cli, lang):
    from inspector_desk.core.records import CLOSURE_REASONS_OFFERED
    from inspector_desk.core.services.cases import REOPEN_REASONS
    from inspector_desk.core.services.people import REMOVAL_REASONS

    # No passphrase file and nothing on standard input: had it asked, it would say so.
    for args, codes, prefix in (
            (("case", "close", "K7QM-2026-0001"), CLOSURE_REASONS_OFFERED, "closure."),
            (("case", "close", "K7QM-2026-0001", "--reason", "bored"), CLOSURE_REASONS_OFFERED,
             "closure."),
            (("case", "reopen", "K7QM-2026-0001"), REOPEN_REASONS, "reopen."),
            (("person", "remove", "880315400010"), REMOVAL_REASONS, "removal.")):
        p = cli("--lang", lang, *args, pwfile=False, ok=False)
        assert p.returncode == 2, p.stderr
        assert p.stderr.startswith(f"usage: inspector-desk {args[0]} {args[1]}")
        lines = p.stderr.splitlines()
        for code in codes:
            label = text(prefix + code, lang)
            assert label != prefix + code  # the catalog has the words
            assert any(line.split() == [code, *label.split()] for line in lines), (code, p.stderr)
        assert "standard input" not in p.stderr and "Unexpected" not in p.stderr  # not asked


def _closed_reader(cli, *args: str) -> subprocess.CompletedProcess:
    """Run with standard output's reader gone before anything is written."""
    cmd = [sys.executable, "-m", "inspector_desk", "--passphrase-file", str(cli.tmp / "pw.txt"),
           *args]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                         env=cli.env, cwd=cli.tmp)
    p.stdout.close()
    stderr = p.stderr.read().decode()
    p.stderr.close()
    return subprocess.CompletedProcess(cmd, p.wait(timeout=120), "", stderr)


def test_a_reader_that_goes_away_ends_the_command_quietly(cli):
    cli("init", "--name", "Тест", "--badge", "T-1")
    cli("demo", "--households", "120")  # more JSON than a pipe holds: the write must fail
    for args in (("case", "list"), ("case", "list", "--json"), ("--help",), ("--version",)):
        p = _closed_reader(cli, *args)
        assert (p.returncode, p.stderr) == (0, ""), (args, p.stderr)
    # The vault was locked as usual on the way out: its checks pass.
    assert "All checks passed" in cli("doctor").stdout
    # As a person types it.
    shell = subprocess.run(
        ["bash", "-c", "set -o pipefail; \"$0\" -m inspector_desk --passphrase-file pw.txt "
         "case list --json | head -1", sys.executable],
        capture_output=True, text=True, env=cli.env, cwd=cli.tmp, timeout=120)
    assert (shell.returncode, shell.stdout, shell.stderr) == (0, "[\n", "")


def test_version_and_help_import_nothing_heavy(cli):
    heavy = ("inspector_desk.core.services", "inspector_desk.core.records", "inspector_desk.app",
             "inspector_desk.storage", "inspector_desk.reports", "sqlcipher3", "reportlab",
             "PySide6", "cryptography", "keyring")
    for args in (("--version",), ("--help",)):
        p = subprocess.run([sys.executable, "-X", "importtime", "-m", "inspector_desk", *args],
                           capture_output=True, text=True, env=cli.env, timeout=120)
        assert p.returncode == 0, p.stderr
        imported = {line.rsplit("|", 1)[-1].strip() for line in p.stderr.splitlines()
                    if line.startswith("import time:")}
        # --version alone is answered before the command line is built (inspector_desk/entry.py)
        assert ("inspector_desk.cli" in imported) == (args == ("--help",)), (args, imported)
        loaded = sorted(m for m in imported if m.startswith(heavy))
        assert loaded == [], (args, loaded)
