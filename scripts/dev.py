#!/usr/bin/env python3
"""Set up the project's own virtual environment and run the app or the tests.

    python3 scripts/dev.py app [ARGS…]    set up, then start Inspector Desk (ARGS go to it)
    python3 scripts/dev.py test [ARGS…]   set up, then run every test (the import contracts among them)

Only the standard library is used here, so any Python 3.11+ can run it on a fresh machine.
The environment lives in .venv/ and is refreshed whenever pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def run(*cmd: str | os.PathLike[str], **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def setup() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"Inspector Desk needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    if not PY.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == want:
        return
    run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]")
    STAMP.write_text(want)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    setup()
    what, rest = argv[0], argv[1:]
    if what == "app":
        return subprocess.call([str(PY), "-m", "inspector_desk", *rest])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    try:
        raise SystemExit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        raise SystemExit(exc.returncode or 1) from None
