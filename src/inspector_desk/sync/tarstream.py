"""The plaintext inside a bundle: a strict subset of POSIX ustar, written and read as a stream.

Writing needs each member's size before its bytes (the tar header holds it), which the
export knows from its first pass; nothing is ever spooled to disk. Reading is *push*
style: the age decryptor hands over plaintext as it decrypts it, and :class:`TarReader`
turns that into member callbacks without holding more than one 512-byte block and the
current piece.

The subset (anything else is refused): regular files only (typeflag ``0``), ``ustar\\0``
magic with version ``00``, names of at most 100 bytes from ``[A-Za-z0-9._/-]`` and no
prefix field, the size as 11 octal digits and a NUL, zero padding to 512 bytes, and exactly
two zero blocks at the end, then nothing. Standard ``tar`` reads it (``age -d -i key bundle.payload | tar t``).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Protocol

BLOCK = 512
END = b"\0" * (2 * BLOCK)
NAME_RE = re.compile(r"^[A-Za-z0-9._-][A-Za-z0-9._/-]{0,99}$")
MAX_MEMBER = 8 ** 11 - 1  # the largest size an 11-digit octal field holds (8 GiB - 1)


class TarFormatError(ValueError):
    pass


def _octal(value: int, width: int) -> bytes:
    text = f"{value:0{width - 1}o}".encode("ascii")
    if len(text) != width - 1:
        raise TarFormatError("value does not fit its tar field")
    return text + b"\0"


def member_header(name: str, size: int, mtime: int) -> bytes:
    if not NAME_RE.match(name) or ".." in name.split("/"):
        raise TarFormatError(f"member name not allowed: {name!r}")
    if not 0 <= size <= MAX_MEMBER:
        raise TarFormatError("member too large")
    h = bytearray(BLOCK)
    h[0:len(name)] = name.encode("ascii")
    h[100:108] = _octal(0o600, 8)
    h[108:116] = _octal(0, 8)
    h[116:124] = _octal(0, 8)
    h[124:136] = _octal(size, 12)
    h[136:148] = _octal(max(0, mtime), 12)
    h[148:156] = b" " * 8
    h[156:157] = b"0"
    h[257:263] = b"ustar\0"
    h[263:265] = b"00"
    h[148:156] = f"{sum(h):06o}".encode("ascii") + b"\0 "
    return bytes(h)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def write_member(name: str, size: int, mtime: int, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Header, the member's bytes (which must add up to ``size``), padding."""
    yield member_header(name, size, mtime)
    written = 0
    for chunk in chunks:
        written += len(chunk)
        if written > size:
            raise TarFormatError(f"member {name} is longer than announced")
        if chunk:
            yield chunk
    if written != size:
        raise TarFormatError(f"member {name} is shorter than announced")
    yield padding(size)


def total_size(sizes: Iterable[int]) -> int:
    """Bytes of an archive whose members have these sizes."""
    return sum(BLOCK + s + (-s % BLOCK) for s in sizes) + len(END)


# --- reading -------------------------------------------------------------------------------


class MemberHandler(Protocol):
    def begin(self, name: str, size: int) -> None: ...
    def data(self, chunk: bytes) -> None: ...
    def end(self) -> None: ...


_SIZE_RE = re.compile(rb"^[0-7]{11}\0$")
_CHECKSUM_RE = re.compile(rb"^[0-7]{6}\0 $")


def parse_header(block: bytes) -> tuple[str, int]:
    """Name and size of one member header; anything outside the subset is refused.

    Numbers are read exactly as written: ``size`` is 11 octal digits and a NUL, the
    checksum 6 octal digits, NUL, space (no spaces, signs, ``_`` or ``0o`` that Python's
    ``int()`` would accept). ``mode``, ``uid``, ``gid``, ``mtime``, ``uname``, ``gname``,
    ``devmajor`` and ``devminor`` are not interpreted."""
    if len(block) != BLOCK or block[257:263] != b"ustar\0" or block[263:265] != b"00":
        raise TarFormatError("not a ustar header")
    stored = block[148:156]
    check = sum(block[:148]) + 8 * 32 + sum(block[156:])
    if not _CHECKSUM_RE.match(stored) or int(stored[:6], 8) != check:
        raise TarFormatError("header checksum mismatch")
    if not _SIZE_RE.match(block[124:136]):
        raise TarFormatError("bad size field in header")
    size = int(block[124:135], 8)
    if block[156:157] != b"0" or any(block[345:512]) or any(block[157:257]):
        raise TarFormatError("only plain regular files are allowed")
    raw = block[:100].rstrip(b"\0")
    if b"\0" in raw:
        raise TarFormatError("bad member name")
    name = raw.decode("ascii", "replace")
    if not NAME_RE.match(name) or ".." in name.split("/"):
        raise TarFormatError(f"member name not allowed: {name!r}")
    return name, size


class TarReader:
    """Feed plaintext with :meth:`feed`; call :meth:`close` at the end of the stream."""

    def __init__(self, handler: MemberHandler) -> None:
        self.handler = handler
        self._buf = bytearray()
        self._left = 0       # bytes of the current member still to come
        self._pad = 0        # padding bytes still to skip after it
        self._in_member = False
        self._zeros = 0      # zero blocks seen at the end
        self.members = 0

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self._in_member:
                take = min(self._left, len(view))
                if take:
                    self.handler.data(bytes(view[:take]))
                    self._left -= take
                    view = view[take:]
                if self._left == 0:
                    self._in_member = False
                    self.handler.end()
                continue
            if self._pad:
                take = min(self._pad, len(view))
                if any(view[:take]):
                    raise TarFormatError("non-zero padding")
                self._pad -= take
                view = view[take:]
                continue
            take = min(BLOCK - len(self._buf), len(view))
            self._buf += view[:take]
            view = view[take:]
            if len(self._buf) == BLOCK:
                self._block(bytes(self._buf))
                self._buf.clear()

    def _block(self, block: bytes) -> None:
        if self._zeros:
            if any(block) or self._zeros >= 2:
                raise TarFormatError("data after the end of the archive")
            self._zeros += 1
            return
        if not any(block):
            self._zeros = 1
            return
        name, size = parse_header(block)
        self.members += 1
        self.handler.begin(name, size)
        self._left, self._pad = size, -size % BLOCK
        self._in_member = True
        if size == 0:
            self._in_member = False
            self.handler.end()

    def close(self) -> None:
        if self._in_member or self._pad or self._buf or self._zeros != 2:
            raise TarFormatError("the archive is incomplete")
