"""A real, small filesystem for full-disk tests: a tmpfs with a size limit mounted on a folder
under ``tmp_path``, and a filler file that leaves only a chosen number of bytes free.

Mounting needs CAP_SYS_ADMIN: root (as on CI), or a user and mount namespace of one's own
(``unshare --user --map-root-user --mount <python> -m pytest …``). Where the machine does not
allow it, the tests that use :func:`tiny_fs` are skipped with the reason.

Usage, through the ``tiny_fs`` fixture (import it into a conftest, or build one on
:func:`tiny_mounts`)::

    def test_something(tiny_fs):
        fs = tiny_fs("home", 8 << 20)       # an 8 MiB tmpfs on tmp_path/home
        ...                                 # put files on fs.path
        with fs.full(leave=0):              # no byte left
            ...                             # ENOSPC everywhere on fs.path
        # the filler is gone again here

Space on tmpfs is counted in whole pages (4 KiB), so ``leave`` is rounded down to pages.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

MNT_DETACH = 2
FILLER = ".tinyfs-filler"
HOW_TO = ("run the tests as root (CI does), or as a user inside "
          "'unshare --user --map-root-user --mount'")


class MountUnavailable(Exception):
    """This machine does not let the tests mount a tmpfs; the message says why."""


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def mount_tmpfs(path: Path, size: int) -> None:
    """Mount a tmpfs of ``size`` bytes (rounded up to pages) on the existing folder ``path``."""
    if not sys.platform.startswith("linux"):
        raise MountUnavailable(f"a size-limited tmpfs is Linux only (this is {sys.platform})")
    options = f"size={size},mode=0700".encode()
    libc = _libc()
    if libc.mount(b"tmpfs", os.fsencode(path), b"tmpfs", 0, options) != 0:
        code = ctypes.get_errno()
        if code in (errno.EPERM, errno.EACCES):
            raise MountUnavailable(
                f"mounting a size-limited tmpfs needs CAP_SYS_ADMIN (root) and this process "
                f"does not have it ({os.strerror(code)}); {HOW_TO}")
        if code == errno.ENODEV:
            raise MountUnavailable("the kernel has no tmpfs")
        raise OSError(code, f"mount tmpfs on {path}: {os.strerror(code)}")


def unmount(path: Path) -> None:
    """Unmount; if something still holds a file open there, detach lazily (the kernel frees
    the filesystem once the last file is closed) rather than leave a mount behind."""
    libc = _libc()
    if libc.umount2(os.fsencode(path), 0) == 0:
        return
    code = ctypes.get_errno()
    if code == errno.EINVAL:  # not mounted (any more)
        return
    if libc.umount2(os.fsencode(path), MNT_DETACH) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"unmount {path}: {os.strerror(code)}")


class TinyFs:
    """One mounted tmpfs. ``path`` is its root folder."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = Path(path)
        self.size = size
        self.filler = self.path / FILLER

    # --- space ---------------------------------------------------------------------------

    def free(self) -> int:
        """Bytes an unprivileged writer may still use (tmpfs: whole pages)."""
        st = os.statvfs(self.path)
        return st.f_bavail * st.f_frsize

    @property
    def page(self) -> int:
        return os.statvfs(self.path).f_frsize

    def used(self) -> int:
        st = os.statvfs(self.path)
        return (st.f_blocks - st.f_bfree) * st.f_frsize

    def fill(self, leave: int = 0) -> int:
        """Grow the filler file until at most ``leave`` bytes are free (rounded down to a
        page); returns the bytes free afterwards. Calling it again tops the filler up."""
        leave -= leave % self.page
        grow = self.free() - leave
        if grow > 0:
            fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                start = os.fstat(fd).st_size
                try:
                    os.posix_fallocate(fd, start, grow)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    # Nearly full already (metadata took a page): take what is left.
                    os.lseek(fd, start, os.SEEK_SET)
                    block = b"\0" * self.page
                    try:
                        while self.free() > leave:
                            os.write(fd, block)
                    except OSError as exc2:
                        if exc2.errno != errno.ENOSPC:
                            raise
            finally:
                os.close(fd)
        return self.free()

    def release(self, nbytes: int | None = None) -> int:
        """Free space again: all of the filler (default) or ``nbytes`` of it; returns the
        bytes free afterwards."""
        if not self.filler.exists():
            return self.free()
        if nbytes is None:
            self.filler.unlink()
        else:
            size = self.filler.stat().st_size
            os.truncate(self.filler, max(0, size - nbytes))
        return self.free()

    @contextmanager
    def full(self, leave: int = 0) -> Iterator[TinyFs]:
        """Inside: at most ``leave`` bytes free. Afterwards the filler is removed."""
        self.fill(leave)
        try:
            yield self
        finally:
            self.release()

    def files(self) -> list[Path]:
        """Every file on the filesystem except the filler (sorted, relative paths)."""
        return sorted(p.relative_to(self.path) for p in self.path.rglob("*")
                      if p.is_file() and p.name != FILLER)


@contextmanager
def tinyfs(path: Path, size: int) -> Iterator[TinyFs]:
    """Mount a ``size``-byte tmpfs on ``path`` (made if missing), unmount afterwards.

    Raises :class:`MountUnavailable` where mounting is not allowed."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    mount_tmpfs(path, size)
    try:
        yield TinyFs(path, size)
    finally:
        unmount(path)


@contextmanager
def tiny_mounts(base: Path) -> Iterator[Callable[[str, int], TinyFs]]:
    """``make(name, size)`` → a :class:`TinyFs` mounted on ``base/name``; all of them are
    unmounted at the end (lazily if a file is still open). Skips the calling test with the
    reason where the machine does not allow mounting."""
    mounted: list[Path] = []

    def make(name: str, size: int) -> TinyFs:
        path = Path(base) / name
        path.mkdir(parents=True, exist_ok=True)
        try:
            mount_tmpfs(path, size)
        except MountUnavailable as exc:
            pytest.skip(str(exc))
        mounted.append(path)
        return TinyFs(path, size)

    try:
        yield make
    finally:
        for path in reversed(mounted):
            unmount(path)


@pytest.fixture
def tiny_fs(tmp_path):
    """``tiny_fs(name, size)`` → a :class:`TinyFs` mounted on ``tmp_path/name`` for the test."""
    with tiny_mounts(tmp_path) as make:
        yield make
