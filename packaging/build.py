#!/usr/bin/env python3
"""Build the installable Inspector Desk and prove it works.

    .venv/bin/python packaging/build.py            (Windows: .venv\\Scripts\\python packaging\\build.py)

1. installs PyInstaller into this Python if it is missing, from requirements.lock (the
   ``build`` extra of pyproject.toml, locked with the rest: ``python3 scripts/dev.py test``
   has already installed it; docs/building.md);
2. renders the icons if missing (packaging/icons/make_icons.py);
3. compiles the translations (scripts/i18n.py compile);
4. runs PyInstaller on packaging/inspector-desk.spec: dist/inspector-desk/ (one folder);
5. Linux: adds the desktop entry, icons and install.sh, and writes
   dist/inspector-desk-<version>-linux-x86_64.tar.gz;
   Windows: compiles the installer with Inno Setup (packaging/windows/inspector-desk.iss)
   when ISCC.exe is found: dist/inspector-desk-<version>-windows-x64-setup.exe;
6. runs the built program (on Linux: unpacked from the tarball, as a user gets it) with
   ``--version`` and ``--self-test``; any failure makes the build fail (exit status 1).

Run it with the project's virtual environment (``python3 scripts/dev.py test`` creates it):
PyInstaller bundles the packages installed in the Python that runs it. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "inspector-desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP = DIST / "inspector-desk"
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
EXE = "inspector-desk.exe" if WINDOWS else "inspector-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
ISCC_PLACES = (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe")


def say(text: str) -> None:
    print(f"==> {text}", flush=True)


def run(*cmd: str | os.PathLike[str], **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def version() -> str:
    return project()["version"]


def machine() -> str:
    m = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(m, m)


# --- steps ---------------------------------------------------------------------------------------


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
        return
    except ImportError:
        pass
    say("PyInstaller is missing: installing requirements.lock (the build extra is in it)")
    run(sys.executable, "-m", "pip", "install", "--quiet", "--require-hashes", "-r",
        ROOT / "requirements.lock")


def ensure_runtime() -> None:
    """The program's own dependencies must be importable here: they are what gets bundled."""
    missing = []
    for module in ("PySide6", "sqlcipher3", "reportlab", "keyring", "cryptography", "pyrage",
                   "platformdirs", "jsonschema", "yaml", "pypdfium2", "pypdf"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        sys.exit(f"build.py: {', '.join(missing)} not importable in {sys.executable}: run it with "
                 "the project's .venv (python3 scripts/dev.py test sets it up)")
    if LINUX and platform.machine() == "x86_64" and sys.version_info[:2] == (3, 11):
        check_locked()


def check_locked() -> None:
    """What gets bundled is what this Python has installed: it must be what requirements.lock
    pins (the lock is for Linux x86_64, CPython 3.11; scripts/dev.py installs it)."""
    from importlib import metadata

    wrong = []
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        m = re.match(r"([A-Za-z0-9_.-]+)==([^\s;\\]+)", line)
        if not m:
            continue
        name, pinned = m.groups()
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            have = "missing"
        if have != pinned:
            wrong.append(f"{name} {have} (locked: {pinned})")
    if wrong:
        sys.exit(f"build.py: {sys.executable} differs from requirements.lock: {', '.join(wrong)}; "
                 "run python3 scripts/dev.py test (it installs the lock) and build again")


def ensure_icons() -> None:
    icons = PACKAGING / "icons"
    wanted = [icons / "inspector-desk.png", icons / "inspector-desk.ico",
              *(icons / f"inspector-desk-{n}.png" for n in ICON_SIZES)]
    svg = icons / "inspector-desk.svg"
    if any(not p.exists() or p.stat().st_mtime < svg.stat().st_mtime for p in wanted):
        say("rendering the icons")
        run(sys.executable, icons / "make_icons.py")


def compile_translations() -> None:
    say("compiling translations")
    run(sys.executable, ROOT / "scripts" / "i18n.py", "compile", cwd=ROOT)


def pyinstaller() -> None:
    say("PyInstaller (one folder)")
    run(sys.executable, "-m", "PyInstaller", SPEC, "--noconfirm", "--clean",
        "--distpath", DIST, "--workpath", WORK, cwd=ROOT)
    if not (APP / EXE).exists():
        sys.exit(f"build.py: PyInstaller made no {APP / EXE}")


def add_linux_files() -> None:
    """The desktop entry, icons (hicolor layout) and the per-user installer, in the folder."""
    share = APP / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / "inspector-desk.desktop", share / "applications")
    for n in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{n}x{n}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PACKAGING / "icons" / f"inspector-desk-{n}.png", folder / "inspector-desk.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "icons" / "inspector-desk.svg", scalable)
    shutil.copy2(PACKAGING / "icons" / "inspector-desk.png", APP / "inspector-desk.png")
    shutil.copy2(PACKAGING / "linux" / "install.sh", APP / "install.sh")
    os.chmod(APP / "install.sh", 0o755)


def tarball() -> Path:
    name = f"inspector-desk-{version()}"
    target = DIST / f"{name}-linux-{machine()}.tar.gz"
    say(f"writing {target.relative_to(ROOT)}")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(APP, arcname=name, filter=normalise)
    os.replace(partial, target)
    return target


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    return found or next((p for p in ISCC_PLACES if Path(p).exists()), None)


def windows_installer() -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        say("Inno Setup (ISCC.exe) not found: installer skipped; install Inno Setup 6 and "
            "run this again, or compile packaging/windows/inspector-desk.iss by hand")
        return None
    say("Inno Setup installer")
    run(iscc, "/Qp", f"/DAppVersion={version()}", f"/DSourceDir={APP}", f"/DOutputDir={DIST}",
        f"/DRepoRoot={ROOT}", PACKAGING / "windows" / "inspector-desk.iss")
    out = DIST / f"inspector-desk-{version()}-windows-x64-setup.exe"
    return out if out.exists() else None


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / (1 << 20):.1f} MiB"


def self_test(app_dir: Path) -> list[str]:
    """``--version`` and ``--self-test`` of the program in ``app_dir``; returns the output."""
    exe = app_dir / EXE
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("INSPECTOR_DESK_", "PYTHON", "QT_", "PYSIDE"))}
    env.pop("DISPLAY", None)          # headless, whatever this machine has
    env.pop("WAYLAND_DISPLAY", None)
    say(f"{exe} --version")
    got = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True,
                         timeout=120)
    line = (got.stdout or got.stderr).strip()
    print(line)
    if got.returncode != 0 or line != f"Inspector Desk {version()}":
        sys.exit(f"build.py: --version said {line!r} (status {got.returncode}), "
                 f"pyproject.toml says {version()}")
    say(f"{exe} --self-test")
    with tempfile.TemporaryDirectory(prefix="inspector-desk-build-home-") as home:
        env["HOME"] = home  # nothing of this machine's user is read or written
        env["TMPDIR"] = env["TEMP"] = env["TMP"] = home
        started = time.monotonic()
        p = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                           encoding="utf-8", errors="replace", timeout=600)
    lines = p.stdout.splitlines()
    print(p.stdout, end="")
    if p.stderr.strip():
        print(p.stderr, end="", file=sys.stderr)
    print(f"(self-test: status {p.returncode}, {time.monotonic() - started:.1f} s)")
    if p.returncode != 0 or not lines or lines[-1] != "OK":
        sys.exit("build.py: the built program failed its self-test")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    if sys.version_info < (3, 11):
        sys.exit("build.py needs Python 3.11 or newer")
    started = time.monotonic()
    ensure_pyinstaller()
    ensure_runtime()
    ensure_icons()
    compile_translations()
    pyinstaller()
    artefact: Path | None = None
    if LINUX:
        add_linux_files()
        artefact = tarball()
    elif WINDOWS:
        artefact = windows_installer()
    if LINUX and artefact is not None:
        with tempfile.TemporaryDirectory(prefix="inspector-desk-unpacked-") as tmp:
            with tarfile.open(artefact) as tar:
                tar.extractall(tmp, filter="tar")
            self_test(Path(tmp) / f"inspector-desk-{version()}")
    else:
        self_test(APP)
    say("done")
    print(f"version        {version()}")
    print(f"folder         {APP} ({mib(size_of(APP))})")
    if artefact is not None:
        print(f"artefact       {artefact} ({mib(size_of(artefact))})")
    print(f"build time     {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except subprocess.CalledProcessError as exc:
        print(f"build.py: {exc.cmd[0]} failed with status {exc.returncode}", file=sys.stderr)
        raise SystemExit(1) from None
