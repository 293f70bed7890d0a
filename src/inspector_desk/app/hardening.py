"""Process hardening for the desktop program: no core dumps, memory not readable by others.

A crash after a lock, or another program of the same user, must not get at the keys or the
victim's words in this process's memory (SECURITY.md: "Logs, dumps, clipboard"; issue 13):

* **Linux**: ``RLIMIT_CORE`` 0 (no core file, whatever ``ulimit -c`` or systemd-coredump
  says: the kernel does not hand a process with a zero limit and no dumpable flag to the
  core pattern), ``prctl(PR_SET_DUMPABLE, 0)`` (no core, and ``/proc/PID/mem``, ``ptrace``
  and ``process_vm_readv`` refused to every process of the same user that lacks
  ``CAP_SYS_PTRACE``: gdb, a memory scraper, another Python), and ``umask 077`` so that any
  file a library makes (SQLite's ``-wal``/``-shm``, the log) is born private.
* **macOS**: ``RLIMIT_CORE`` 0 and ``ptrace(PT_DENY_ATTACH)``, which stops debuggers and
  ``task_for_pid`` by unprivileged processes of the user.
* **Windows**: ``SetErrorMode`` so that a crash shows no dialog and Windows Error Reporting
  keeps no dump with our memory (``WerAddExcludedApplication`` for this executable, best
  effort); other processes of the same user can open ours only as the same user can open any
  of theirs: the remaining risk, written down in docs/lock.md.

``execve`` resets the dumpable flag, so the fresh process that a lock starts calls this
again first thing (ui/main.py). Every step is best effort and logged: a platform that
refuses one still runs, and ``report()`` tells the self-test and the tests what held.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def _libc():
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


def no_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def not_dumpable() -> bool:
    """Linux: PR_SET_DUMPABLE 0. macOS: PT_DENY_ATTACH."""
    libc = _libc() if os.name == "posix" else None
    if libc is None:
        return False
    if sys.platform.startswith("linux"):
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return libc.ptrace(PT_DENY_ATTACH, 0, None, 0) == 0
    return False


def windows_no_crash_dumps() -> bool:  # pragma: no cover - Windows only
    if os.name != "nt":
        return False
    try:
        kernel32 = ctypes.windll.kernel32
        # SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
        kernel32.SetErrorMode(0x0001 | 0x0002 | 0x8000)
        try:
            ctypes.windll.wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
        except (AttributeError, OSError):
            pass
        return True
    except (AttributeError, OSError):
        return False


def harden_process() -> dict[str, bool]:
    """Apply every step this platform allows; returns what held (for logs and tests)."""
    done = {"umask": False, "no_core": no_core_dumps(), "not_dumpable": not_dumpable(),
            "windows": windows_no_crash_dumps()}
    if os.name == "posix":
        os.umask(0o077)
        done["umask"] = True
    log.info("process hardening: %s", ", ".join(k for k, v in done.items() if v) or "none")
    return done


def report() -> dict[str, object]:
    """What is in force now (Linux): the core limit and the dumpable flag."""
    out: dict[str, object] = {}
    try:
        import resource

        out["core_limit"] = resource.getrlimit(resource.RLIMIT_CORE)
    except ImportError:
        pass
    libc = _libc() if sys.platform.startswith("linux") else None
    if libc is not None:
        out["dumpable"] = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    return out
