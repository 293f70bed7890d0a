"""Reproducible builds (docs/building.md): requirements.lock matches pyproject.toml, every
runtime dependency is declared as such and bundled, test tools are not, the licence is an SPDX
expression, and the pre-commit hooks use the locked tools."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")
# Headquarters' server side: declared for the HQ commands, left out of the device's build.
HQ_ONLY = {"psycopg", "starlette", "uvicorn"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _dev():
    spec = importlib.util.spec_from_file_location("inspector_desk_dev_script",
                                                  ROOT / "scripts" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_excludes() -> set[str]:
    tree = ast.parse((ROOT / "packaging" / "inspector-desk.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["excludes"]:
            return set(ast.literal_eval(node.value))
    raise AssertionError("no `excludes = [...]` in packaging/inspector-desk.spec")


def _locked() -> dict[str, str]:
    return {m.group(1).lower().replace("_", "-"): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", LOCK, re.MULTILINE)}


def test_lock_is_current():
    dev = _dev()
    assert dev.lock_is_current(), dev.stale_lock_message()


def test_a_changed_dependency_makes_the_lock_stale(tmp_path):
    """The check looks at what the lock is resolved from, not at comments."""
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "dev.py", tmp_path / "scripts" / "dev.py")
    shutil.copy2(ROOT / "requirements.lock", tmp_path / "requirements.lock")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    check = [sys.executable, str(tmp_path / "scripts" / "dev.py"), "lock", "--check"]

    (tmp_path / "pyproject.toml").write_text(text + "\n# a comment\n", encoding="utf-8")
    assert subprocess.run(check, capture_output=True, text=True).returncode == 0
    (tmp_path / "pyproject.toml").write_text(
        text.replace("dependencies = [\n", 'dependencies = [\n    "six>=1.16",\n', 1), encoding="utf-8")
    p = subprocess.run(check, capture_output=True, text=True)
    assert p.returncode == 1 and "python3 scripts/dev.py lock" in p.stderr


def test_every_dependency_and_extra_is_pinned_with_hashes():
    locked = _locked()
    wanted = [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["test"],
              *PROJECT["optional-dependencies"]["build"], *PYPROJECT["build-system"]["requires"]]
    missing = [r for r in wanted if _name(r) not in locked]
    assert not missing
    blocks = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", LOCK.split("\n", 5)[-1])
    assert all("--hash=sha256:" in b for b in blocks if re.match(r"[A-Za-z0-9_.-]+==", b))


def test_runtime_dependencies_are_bundled_and_test_tools_are_not_runtime():
    excludes = _spec_excludes()
    runtime = {_name(r) for r in PROJECT["dependencies"]}
    assert "pypdf" in runtime  # reports/qr.py reads re-saved PDFs with it
    modules = metadata.packages_distributions()
    for module, dists in modules.items():
        if module in excludes and any(d.lower().replace("_", "-") in runtime for d in dists):
            assert any(d.lower() in HQ_ONLY for d in dists), \
                f"{module} is a runtime dependency but packaging/inspector-desk.spec excludes it"
    for tool in ("pytest", "hypothesis", "ruff", "mypy", "import-linter", "pyinstaller"):
        assert tool not in runtime


def test_licence_is_an_spdx_expression_and_the_backend_understands_it():
    assert PROJECT["license"] == "LicenseRef-Proprietary"
    assert PROJECT["license-files"] == []
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]
    assert int(_locked()["setuptools"].split(".")[0]) >= 77


@pytest.mark.parametrize("dist", ["reportlab"])
def test_libraries_whose_internals_we_use_are_capped_and_installed_within_the_cap(dist):
    from packaging.requirements import Requirement

    [req] = [Requirement(r) for r in PROJECT["dependencies"] if _name(r) == dist]
    assert any(s.operator == "<" for s in req.specifier), f"{dist} needs an upper bound"
    assert req.specifier.contains(metadata.version(dist))
    assert req.specifier.contains(_locked()[dist])


def test_pre_commit_runs_the_locked_ruff_import_linter_and_the_lock_check():
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    for entry in (".venv/bin/ruff check", ".venv/bin/lint-imports",
                  "python3 scripts/dev.py lock --check"):
        assert f"entry: {entry}" in config
    assert "ruff" in _locked() and "import-linter" in _locked()
