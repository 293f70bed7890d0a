"""Where the program finds its own data files (rules, translations, fonts, forms).

In a source checkout or an editable install they sit at the top of the repository
(``resources/``, ``forms/``); in the frozen application (PyInstaller, one folder) they sit in
the bundle's data folder, ``sys._MEIPASS`` (``_internal/`` beside the executable), under the
same names: packaging/inspector-desk.spec copies them there. ``INSPECTOR_DESK_RESOURCES``
overrides the resources folder; ``INSPECTOR_DESK_FORMS`` the forms folder
(inspector_desk.forms.paths).

It also holds the helpers that make what the program writes private to its user
(:func:`private_dir`, :func:`write_private`, :func:`mode_problems`; docs/vault.md, "File
modes").
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


def frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_dir() -> Path:
    env = os.environ.get("INSPECTOR_DESK_RESOURCES")
    return Path(env) if env else _root() / "resources"


def forms_dir() -> Path:
    """The forms shipped with the program (definitions, ``choices/``, ``schema/``,
    ``messages.yaml``): the repository's top-level ``forms/``, or its copy in the bundle."""
    return _root() / "forms"


def data_home(env_var: str, app_name: str) -> Path:
    """Where a program keeps its data: ``$env_var`` if set, else the platform's user data
    folder (platformdirs) for ``app_name``. Devices use ``INSPECTOR_DESK_HOME`` /
    InspectorDesk, headquarters ``INSPECTOR_DESK_HQ_HOME`` / InspectorDeskHQ."""
    env = os.environ.get(env_var)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(app_name, appauthor=False, roaming=False))


# --- files only their user can read ----------------------------------------------------
#
# Everything the program or headquarters writes (vault, key file, unlock state, settings,
# logs, backups, bundles, HQ's keys and database) is for its user alone: files 0600,
# folders 0700 on Linux and macOS. harden_process() (app/hardening.py) also sets the umask to
# 077, so files made by libraries (SQLite's -wal/-shm, the log) are born private too; the
# helpers below set the modes explicitly where this program creates a file, so they hold
# even in a process that was not hardened. Windows has no mode bits: there the same helpers
# give the file or folder an ACL that grants the current user alone (``icacls``).

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def restrict_acl(path: Path) -> bool:
    """Windows: remove inherited entries and grant the current user alone full control.

    ``icacls <path> /inheritance:r /grant:r %USERNAME%:F`` ((OI)(CI) on a folder, so what is
    created inside inherits it). Best effort: False when icacls is missing or refuses (a
    FAT stick has no ACLs). Elsewhere it does nothing and returns False."""
    if os.name != "nt":
        return False
    import subprocess

    user = os.environ.get("USERNAME", "")
    if not user:
        return False
    grant = f"{user}:(OI)(CI)F" if Path(path).is_dir() else f"{user}:F"
    try:
        done = subprocess.run(["icacls", str(path), "/inheritance:r", "/grant:r", grant],  # noqa: S603,S607
                              capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def make_private(path: Path) -> None:
    """Give an existing file 0600 or folder 0700 (Windows: a user-only ACL). Best effort: a
    file system without modes (FAT, some network shares) refuses or ignores it, and that
    never stops the work; ``doctor`` reports what stayed wider."""
    path = Path(path)
    if os.name == "nt":
        restrict_acl(path)
        return
    try:
        os.chmod(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)
    except OSError:
        pass


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Make the folder ``path`` and any missing parents, each new one 0700.

    ``tighten`` also gives an existing ``path`` 0700: the program's own folders. A folder the
    person chose (where a backup or a bundle goes) is left as it is: ``tighten=False``."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for p in reversed(missing):
        try:
            p.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue
        make_private(p)  # mkdir's mode goes through the umask; a wider umask cannot widen it
    if tighten or missing:
        make_private(path)
    return path


def open_private(path: Path, *, exclusive: bool = True) -> int:
    """A file descriptor for writing a new file that is 0600 from its first byte."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0),
                 PRIVATE_FILE)
    if os.name != "nt":
        try:
            os.fchmod(fd, PRIVATE_FILE)  # os.open's mode goes through the umask too
        except OSError:
            pass
    return fd


def write_private(path: Path, data: bytes) -> None:
    """Write a small file atomically and for its user alone: a new 0600 temporary file in
    the same folder, fsync, rename over ``path``, fsync the folder. A crash leaves the old
    content or the new, never a mix. OSError passes through (the caller says what it means)."""
    import secrets

    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with os.fdopen(open_private(tmp), "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    if os.name == "nt":
        restrict_acl(path)
    else:
        fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class ModeProblem:
    """A file or folder that others than its user may read (``mode`` as found)."""

    path: str
    mode: int
    wanted: int
    repaired: bool = False

    def describe(self) -> str:
        state = "repaired" if self.repaired else "run doctor --repair"
        return f"{self.path}: mode {self.mode:04o}, should be {self.wanted:04o} ({state})"


def mode_problems(paths, *, repair: bool = False) -> list[ModeProblem]:
    """Each of ``paths`` (files and folders; missing ones and symbolic links skipped) whose
    mode lets the group or others in; with ``repair`` give it 0600/0700. POSIX only: on
    Windows the answer is always empty (the ACL is set where files are made)."""
    if os.name == "nt":
        return []
    import stat

    out = []
    for p in paths:
        try:
            st = os.lstat(p)
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode) or not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
            continue
        mode = stat.S_IMODE(st.st_mode)
        if not mode & 0o077:
            continue
        wanted = PRIVATE_DIR if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE
        fixed = False
        if repair:
            try:
                os.chmod(p, wanted)
                fixed = stat.S_IMODE(os.lstat(p).st_mode) & 0o077 == 0
            except OSError:
                fixed = False
        out.append(ModeProblem(str(p), mode, wanted, fixed))
    return out


def tree(root: Path) -> list[Path]:
    """``root`` and everything under it, without following symbolic links."""
    root = Path(root)
    if not root.exists():
        return []
    out = [root]
    for folder, dirs, files in os.walk(root, followlinks=False):
        out += [Path(folder) / d for d in dirs] + [Path(folder) / f for f in files]
    return out


def mode_report(problems: list[ModeProblem], *, repair: bool) -> list[tuple[str, dict]]:
    """What ``doctor`` says about ``problems`` (device and headquarters alike): one message
    key and its parameters per file, then a summary key. The callers translate and print."""
    out = []
    for p in problems:
        key = ("label.doctor_mode_repaired" if p.repaired else
               "label.doctor_mode_not_repaired" if repair else "label.doctor_mode_wide")
        out.append((key, {"path": p.path, "mode": f"{p.mode:04o}", "wanted": f"{p.wanted:04o}"}))
    left = sum(not p.repaired for p in problems)
    if not problems:
        out.append(("label.doctor_modes_ok", {}))
    elif left and not repair:
        out.append(("label.doctor_modes_warning", {"count": left}))
    return out
