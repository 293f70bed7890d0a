"""``inspector-desk --self-test`` in the source tree: the same check functions the built
program runs (tests/packaging/test_build.py runs them frozen), on throwaway data, never
touching the user's data folder or OS keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_desk import cli, selftest

ROOT = Path(__file__).resolve().parents[2]
NAMES = [name for name, _fn in selftest.CHECKS]


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    """Run every check once; the OS keyring is booby-trapped, the data folder watched."""
    import keyring

    base = tmp_path_factory.mktemp("selftest")
    user_home = tmp_path_factory.mktemp("user-data")
    lines: list[str] = []

    def no_os_keyring(*_a, **_kw):
        raise AssertionError("the self-test reached for the OS keyring")

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INSPECTOR_DESK_HOME", str(user_home))
        mp.setattr(keyring, "get_keyring", no_os_keyring)
        mp.setattr(keyring, "set_keyring", no_os_keyring)
        results = selftest.run_self_test(lines.append, base=base)
        home_after = os.environ.get("INSPECTOR_DESK_HOME")
    return {"results": {r.name: r for r in results}, "lines": lines, "base": base,
            "user_home": user_home, "home_after": home_after}


@pytest.mark.parametrize("name", [*NAMES, "cleanup"])
def test_check_passes(outcome, name):
    result = outcome["results"][name]
    assert result.ok, result.line()


def test_one_line_per_check_then_ok(outcome):
    lines = outcome["lines"]
    assert len(lines) == len(NAMES) + 2
    assert [line.split()[1] for line in lines[:-1]] == [*NAMES, "cleanup"]
    assert all(line.startswith("ok  ") for line in lines[:-1])
    assert lines[-1] == "OK"


def test_leaves_nothing_behind_and_never_uses_the_users_folder(outcome):
    assert list(outcome["base"].iterdir()) == []          # its temporary folder is gone
    assert list(outcome["user_home"].iterdir()) == []     # the data folder was not touched
    assert outcome["home_after"] == str(outcome["user_home"])  # and the variable is restored


def test_document_check_saw_the_embedded_font_and_a_valid_code(outcome):
    detail = outcome["results"]["document"].detail
    assert "DejaVuSans" in detail and "check code valid" in detail
    assert "also re-saved (pypdf)" in detail  # the path of a PDF re-saved by another program


def test_a_failing_check_is_one_line_naming_the_error(tmp_path):
    def broken(_t):
        raise ValueError("the font\nis missing")

    result = selftest.run_check(selftest.SelfTest(tmp_path), "fonts", broken)
    assert not result.ok
    assert result.line().startswith("FAIL  fonts")
    assert "ValueError: the font is missing" in result.line() and "\n" not in result.line()


def test_checks_that_need_an_earlier_one_say_so(tmp_path):
    t = selftest.SelfTest(tmp_path)
    for name, fn in (("form", selftest.check_form), ("document", selftest.check_document),
                     ("bundle", selftest.check_bundle), ("preview", selftest.check_preview)):
        result = selftest.run_check(t, name, fn)
        assert not result.ok and "not run: needs the" in result.detail


def test_main_forces_offscreen_and_exits_1_on_any_failure(monkeypatch):
    seen = {}

    def fake(out, *a, **kw):
        seen["platform"] = os.environ.get("QT_QPA_PLATFORM")
        return [selftest.Result("vault", True, "", 0), selftest.Result("bundle", False, "x", 0)]

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(selftest, "run_self_test", fake)
    assert selftest.main() == 1
    assert seen["platform"] == "offscreen"


def test_cli_flag_runs_it_before_anything_else(monkeypatch):
    calls = []
    monkeypatch.setattr(selftest, "main", lambda: calls.append("self-test") or 0)
    monkeypatch.setattr(cli, "Context", lambda *_a: pytest.fail("a Context (profiles, keyring) was made"))
    assert cli.main(["--self-test"]) == 0
    assert calls == ["self-test"]
    monkeypatch.setattr(selftest, "main", lambda: 1)
    assert cli.main(["--self-test"]) == 1


def test_frozen_layout_finds_resources_and_forms_in_the_bundle(tmp_path):
    """With sys._MEIPASS set (what PyInstaller does), every data folder is looked up there."""
    code = ("import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]\n"
            "from inspector_desk.paths import resource_dir, forms_dir\n"
            "from inspector_desk.forms import default_forms_dir\n"
            "print(resource_dir()); print(forms_dir()); print(default_forms_dir())\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("INSPECTOR_DESK_RESOURCES", "INSPECTOR_DESK_FORMS")}
    p = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                       env=env, check=True)
    assert p.stdout.splitlines() == [str(tmp_path / "resources"), str(tmp_path / "forms"),
                                     str(tmp_path / "forms")]
