#!/usr/bin/env python3
"""Set up the project's own virtual environment and run the app or the tests.

    python3 scripts/dev.py app [ARGS…]    set up, then start Inspector Desk (ARGS go to it)
    python3 scripts/dev.py test [ARGS…]   set up, then `ruff check`, then `mypy`, then every test
                                          (the import contracts among them); ARGS go to pytest
    python3 scripts/dev.py lock           write requirements.lock again from pyproject.toml
                                          (keeps the pins it can; --upgrade: newest allowed)
    python3 scripts/dev.py lock --check   is requirements.lock current? (status 1 if not)

Only the standard library is used here, so any Python 3.11+ can run it on a fresh machine.
The environment lives in .venv/ and is installed from requirements.lock (exact versions,
every file's hash checked), then the project itself without its dependencies; it is refreshed
whenever pyproject.toml or the lock changes. docs/building.md tells the whole story.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
LOCK = ROOT / "requirements.lock"
LOCKED_EXTRAS = ("test", "build")
# The lock is for the machines of CI and of the developers: Linux x86_64, CPython 3.11, glibc
# 2.34 or newer (Qt 6.10+ wheels need it). Elsewhere (Windows, another Python) setup() says so
# and installs the ranges of pyproject.toml instead: not reproducible there.
LOCK_PYTHON = "3.11"
LOCK_PLATFORM = "x86_64-manylinux_2_34"
UV = "uv==0.13.9"      # the lock's resolver, pinned so that a re-lock changes pins only
INPUTS_LINE = "# inputs-sha256: "


def run(*cmd: str | os.PathLike[str], **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


# --- the lock --------------------------------------------------------------------------------


def lock_inputs() -> dict:
    """What requirements.lock is resolved from: the build backend, the Python range, the
    runtime dependencies and the locked extras (comments and order of tables don't count)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    extras = project.get("optional-dependencies", {})
    return {"build-system": data["build-system"]["requires"],
            "requires-python": project.get("requires-python", ""),
            "dependencies": project.get("dependencies", []),
            "extras": {name: extras.get(name, []) for name in LOCKED_EXTRAS},
            "python": LOCK_PYTHON, "platform": LOCK_PLATFORM}


def inputs_digest() -> str:
    blob = json.dumps(lock_inputs(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def lock_digest() -> str | None:
    """The digest written in requirements.lock, or None when there is no lock."""
    if not LOCK.exists():
        return None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line.startswith(INPUTS_LINE):
            return line[len(INPUTS_LINE):].split()[0]
    return ""


def lock_is_current() -> bool:
    return lock_digest() == inputs_digest()


def stale_lock_message() -> str:
    state = "is missing" if lock_digest() is None else "is older than pyproject.toml"
    return (f"requirements.lock {state} (its dependencies, extras or build backend changed): "
            "run `python3 scripts/dev.py lock` and commit requirements.lock with pyproject.toml")


def write_lock(upgrade: bool) -> None:
    """Resolve pyproject.toml (with the locked extras and the build backend) for the locked
    platform, with the sha256 of every file, into requirements.lock."""
    make_venv()
    run(PY, "-m", "pip", "install", "--quiet", UV)
    inputs = lock_inputs()
    with tempfile.TemporaryDirectory(prefix="inspector-desk-lock-") as tmp:
        backend = Path(tmp) / "build-backend.in"  # setuptools: dev.py installs without isolation
        backend.write_text("\n".join(inputs["build-system"]) + "\n", encoding="utf-8")
        out = Path(tmp) / "requirements.lock"
        if LOCK.exists() and not upgrade:
            out.write_bytes(LOCK.read_bytes())  # uv keeps the pins it finds in the output file
        run(PY, "-m", "uv", "pip", "compile", "--quiet", ROOT / "pyproject.toml", backend,
            *(f"--extra={e}" for e in LOCKED_EXTRAS),
            f"--python-version={LOCK_PYTHON}", f"--python-platform={LOCK_PLATFORM}", "--generate-hashes",
            "--custom-compile-command=python3 scripts/dev.py lock",
            *(["--upgrade"] if upgrade else []), f"--output-file={out}", cwd=ROOT)
        body = out.read_text(encoding="utf-8").replace(str(backend), "(build-system.requires)")
    header = (f"{INPUTS_LINE}{inputs_digest()}\n"
              "# ^ the digest of pyproject.toml's build-system.requires, dependencies and the "
              f"{', '.join(LOCKED_EXTRAS)} extras:\n"
              "#   `python3 scripts/dev.py lock --check` compares it (pre-commit, tests/packaging).\n")
    LOCK.write_text(header + body, encoding="utf-8")
    print(f"wrote {LOCK.relative_to(ROOT)}")


# --- the environment -------------------------------------------------------------------------


def make_venv() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Inspector Desk needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    if not PY.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)


def on_locked_platform() -> bool:
    return (sys.platform.startswith("linux") and platform.machine() in ("x86_64", "AMD64")
            and sys.implementation.name == "cpython"
            and f"{sys.version_info[0]}.{sys.version_info[1]}" == LOCK_PYTHON)


def setup() -> None:
    """The locked dependencies (hashes required), then the project (editable, no dependencies,
    built by the locked setuptools: no download outside the lock)."""
    if not lock_is_current():
        sys.exit(f"dev.py: {stale_lock_message()}")
    make_venv()
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + LOCK.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == want:
        return
    if on_locked_platform():
        run(PY, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", LOCK)
        run(PY, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "-e", ROOT)
    else:
        print(f"dev.py: requirements.lock is for Linux x86_64, CPython {LOCK_PYTHON}; this is "
              f"{sys.platform} {platform.machine()}, {sys.implementation.name} "
              f"{sys.version.split()[0]}: installing the version ranges of pyproject.toml "
              "(not reproducible; docs/building.md)", flush=True)
        run(PY, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{','.join(LOCKED_EXTRAS)}]")
    STAMP.write_text(want)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test", "lock"):
        print(__doc__)
        return 2
    what, rest = argv[0], argv[1:]
    if what == "lock":
        if rest == ["--check"]:
            if lock_is_current():
                print("requirements.lock is current")
                return 0
            print(stale_lock_message(), file=sys.stderr)
            return 1
        if rest not in ([], ["--upgrade"]):
            print(__doc__)
            return 2
        write_lock(upgrade=bool(rest))
        return 0
    setup()
    if what == "app":
        return subprocess.call([str(PY), "-m", "inspector_desk", *rest])
    print("+ ruff check", flush=True)
    if subprocess.call([str(PY), "-m", "ruff", "check", "--quiet", "."], cwd=ROOT) != 0:
        print("dev.py: ruff check found the problems above ([tool.ruff] in pyproject.toml); "
              "pytest not run", file=sys.stderr)
        return 1
    print("+ mypy", flush=True)  # what it checks, and how strictly: [tool.mypy] in pyproject.toml
    if subprocess.call([str(PY), "-m", "mypy"], cwd=ROOT) != 0:
        print("dev.py: mypy found the type errors above ([tool.mypy] in pyproject.toml; "
              "docs/building.md, \"Types\"); pytest not run", file=sys.stderr)
        return 1
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    try:
        raise SystemExit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        raise SystemExit(exc.returncode or 1) from None
