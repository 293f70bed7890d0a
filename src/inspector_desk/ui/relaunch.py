"""After a lock, the program replaces its own process with a fresh one (docs/lock.md).

Closing the vault wipes SQLCipher's key pages, but Python leaves copies it cannot reach:
the passphrase typed into a ``QLineEdit`` (a ``str``), names and narratives in freed heap
blocks, Qt's text layout caches, glyph caches of the victim's name. The only erase that
reaches all of them is the end of the process. So a lock ends it:

* Linux and macOS: :func:`os.execv` the same interpreter on the same program. The process
  keeps its id (the window manager sees the window close and a new one open) but the kernel
  drops the whole address space, every thread and every mapping, before the new program
  runs. File descriptors are not inherited (PEP 446; SQLite opens with ``O_CLOEXEC``).
* Windows: there is no exec; a new process is started with the same arguments and this one
  exits at once with ``os._exit`` (no Python or Qt clean-up that could touch data again).
  The system frees the old process's private pages when it ends.

Only harmless words cross to the new process: the profile name, the language, the home
folder, the window's place on screen and why it was locked. Never a key, never data.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)

REASONS = ("manual", "idle", "suspend", "screen", "logout")


@dataclass(frozen=True)
class Relaunch:
    """What the fresh process is told: nothing that a thief could use."""

    home: str = ""
    profile: str = ""
    lang: str = ""
    reason: str = "manual"
    geometry: str = ""  # "x,y,w,h" of the window, so it comes back where it was

    def argv(self) -> list[str]:
        args = [sys.executable, "-m", "inspector_desk", "--locked", self.reason]
        for flag, value in (("--home", self.home), ("--profile", self.profile), ("--lang", self.lang),
                            ("--geometry", self.geometry)):
            if value:
                args += [flag, value]
        return args


def frozen_argv(relaunch: Relaunch) -> list[str]:
    """The same arguments for the built application (PyInstaller): its binary is the program."""
    return [sys.executable, *relaunch.argv()[3:]]


def replace_process(relaunch: Relaunch, *, execv: Callable[[str, list[str]], None] = os.execv) -> None:
    """End this process and start the unlock screen in a fresh one. Does not return."""
    argv = frozen_argv(relaunch) if getattr(sys, "frozen", False) else relaunch.argv()
    log.info("lock: replacing the process (reason=%s)", relaunch.reason)
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":
        flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        subprocess.Popen(argv, close_fds=True, creationflags=flags)  # noqa: S603 - our own program
        os._exit(0)
    execv(argv[0], argv)
