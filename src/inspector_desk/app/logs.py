"""The program log, shared by the desktop program and the command line (no Qt here).

One rotating file, ``<data home>/logs/inspector-desk.log`` (1 MB, three older files kept),
readable by its user alone (file 0600, folder 0700; a user-only ACL on Windows). Messages
carry codes, ids and code locations, never content: an unexpected error is logged as its
exception type and the stack of ``file:line in function`` (:func:`safe_details`), never its
message or local values, which may hold a name or an ИИН.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from inspector_desk.paths import PRIVATE_FILE, make_private, private_dir

LOG_FILE = "inspector-desk.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3
LOGGER = "inspector_desk"


def log_folder(home: Path) -> Path:
    """Where the log of the data folder ``home`` lives."""
    return Path(home) / "logs"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are 0600 from their first byte, whatever the
    umask; the rotated copies keep that mode (a rename keeps it)."""

    def _open(self):  # noqa: ANN202 - the signature of logging.FileHandler._open
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        if "a" not in self.mode:
            flags = (flags & ~os.O_APPEND) | os.O_TRUNC
        fd = os.open(self.baseFilename, flags, PRIVATE_FILE)
        try:
            if os.name != "nt":
                os.fchmod(fd, PRIVATE_FILE)  # os.open's mode went through the umask
            stream = os.fdopen(fd, "a" if "a" in self.mode else "w", encoding=self.encoding,
                               errors=self.errors)
        except BaseException:
            os.close(fd)
            raise
        if os.name == "nt":
            make_private(Path(self.baseFilename))
        return stream


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the program's log (logger ``inspector_desk``) to ``folder/inspector-desk.log``.

    Called by every entry point; calling it again for the same file keeps the one handler,
    for another file replaces it. Returns the log's path. OSError passes through (a data
    folder that cannot be written): the caller decides whether to go on without a log."""
    folder = private_dir(Path(folder))
    path = folder / LOG_FILE
    root = logging.getLogger(LOGGER)
    root.setLevel(level)
    for h in list(root.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler):
            if h.baseFilename == os.path.abspath(path):
                return path
            root.removeHandler(h)
            h.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                         encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return path


def current_log() -> Path | None:
    """The file the program log goes to now, if any."""
    for h in logging.getLogger(LOGGER).handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            return Path(h.baseFilename)
    return None


def safe_details(exc: BaseException) -> str:
    """Exception type and code locations only: messages and values may hold personal data."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{type(exc).__module__}.{type(exc).__name__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames[-12:]]
    cause = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    if cause is not None and cause is not exc:
        lines.append(f"caused by {type(cause).__module__}.{type(cause).__name__}")
        lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}"
                  for f in traceback.extract_tb(cause.__traceback__)[-6:]]
    return "\n".join(lines)


__all__ = ["LOG_FILE", "LOG_FORMAT", "PrivateRotatingFileHandler", "current_log", "log_folder",
           "safe_details", "setup_logging"]
