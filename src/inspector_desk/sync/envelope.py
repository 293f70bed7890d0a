"""The signed, encrypted file envelope of bundles (``IDB1``) and update packs (``IDU1``).

::

    offset  size  content
    0       4     magic: "IDB1" (bundle, device → HQ) or "IDU1" (update pack, HQ → device)
    4       4     H = header length, unsigned big-endian, 2 … 65,536
    8       H     header: canonical JSON (sync/canonical.py)
    8+H     C     payload: an age v1 file (binary), 64 KiB STREAM chunks
    end-72  8     trailer magic: "IDB1SIG\\0" or "IDU1SIG\\0"
    end-64  64    Ed25519 signature over  magic ‖ "-sig\\0" ‖ SHA-512(header) ‖ SHA-512(payload)

The signature is checked before anything is decrypted. The file's own hash (SHA-512 of every
byte) names it in the next bundle's ``prev_hash`` and in receipts. Files are written as
``<name>.partial`` in the destination folder, synced, renamed, and the folder synced.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

import pyrage

from inspector_desk.keystore.signing import SigningKey, verify
from inspector_desk.paths import make_private, open_private
from inspector_desk.paths import fsync_dir
from inspector_desk.sync.agestream import encrypt_stream
from inspector_desk.sync.canonical import CanonicalError, canonical, parse_canonical

MAGICS = (b"IDB1", b"IDU1")
MAX_HEADER = 65536
TRAILER = 72
PREFIX = 8
COPY_BLOCK = 1 << 20


def trailer_magic(magic: bytes) -> bytes:
    return magic + b"SIG\0"


def signed_message(magic: bytes, header_sha512: bytes, payload_sha512: bytes) -> bytes:
    return magic + b"-sig\0" + header_sha512 + payload_sha512


class _HashingWriter:
    """Writes through to a file while hashing the bytes."""

    def __init__(self, f: BinaryIO, *hashes: "hashlib._Hash") -> None:
        self.f, self.hashes, self.size = f, hashes, 0
        self.error: OSError | None = None  # the encryptor reports it as its own error type

    def write(self, data: bytes) -> int:
        try:
            self.f.write(data)
        except OSError as exc:
            self.error = exc
            raise
        for h in self.hashes:
            h.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.f.flush()


@dataclass(frozen=True)
class Written:
    path: Path
    size: int
    sha512: str


def write_envelope(dest: Path, magic: bytes, header: dict, plaintext: Iterable[bytes],
                   recipients: list[pyrage.x25519.Recipient], signer: SigningKey) -> Iterator[int]:
    """Write an envelope to ``dest`` atomically; yields plaintext bytes consumed so far.

    The generator's return value (``StopIteration.value``) is a :class:`Written`. Closing it
    early removes the partial file."""
    header_bytes = canonical(header)
    if magic not in MAGICS or not 2 <= len(header_bytes) <= MAX_HEADER:
        raise ValueError("bad magic or header size")
    dest = Path(dest)
    partial = dest.with_name(dest.name + ".partial")
    whole, payload_hash = hashlib.sha512(), hashlib.sha512()
    done = False
    try:
        with os.fdopen(open_private(partial, exclusive=False), "wb") as f:  # 0600
            prefix = magic + struct.pack(">I", len(header_bytes)) + header_bytes
            f.write(prefix)
            whole.update(prefix)
            payload = _HashingWriter(f, whole, payload_hash)
            consumed = 0
            try:
                for n in encrypt_stream(plaintext, payload, recipients):  # type: ignore[arg-type]
                    consumed += n
                    yield consumed
            except Exception:
                if payload.error is not None:  # e.g. the disk is full: say so, not "encrypt error"
                    raise payload.error from None
                raise
            sig = signer.sign(signed_message(magic, hashlib.sha512(header_bytes).digest(),
                                             payload_hash.digest()))
            trailer = trailer_magic(magic) + sig
            f.write(trailer)
            whole.update(trailer)
            size = len(prefix) + payload.size + len(trailer)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, dest)
        if os.name == "nt":
            make_private(dest)
        fsync_dir(dest.parent)
        done = True
    finally:
        if not done:
            partial.unlink(missing_ok=True)
    return Written(dest, size, whole.hexdigest())


# --- reading -------------------------------------------------------------------------------


class EnvelopeError(ValueError):
    """Structural problem; ``reason`` is one of malformed, header, trailer, too_large,
    not_a_file (a FIFO, device, socket, directory or symbolic link: never read)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass
class Opened:
    """A verified-structure envelope: header parsed, hashes computed over a private copy."""

    magic: bytes
    header: dict
    header_bytes: bytes
    header_sha512: bytes
    payload_sha512: bytes
    signature: bytes
    sha512: str          # of the whole file
    size: int
    payload_offset: int
    payload_size: int
    path: Path           # the private copy the hashes were computed over

    def signed_by(self, public: bytes) -> bool:
        return verify(public, self.signature,
                      signed_message(self.magic, self.header_sha512, self.payload_sha512))

    def payload(self) -> BinaryIO:
        """A reader over exactly the payload bytes of the private copy."""
        f = open(self.path, "rb")
        f.seek(self.payload_offset)
        return _Bounded(f, self.payload_size)  # type: ignore[return-value]


class _Bounded:
    def __init__(self, f: BinaryIO, size: int) -> None:
        self.f, self.left = f, size

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0 or n > self.left:
            n = self.left
        data = self.f.read(n)
        self.left -= len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.f.close()

    def __enter__(self) -> "_Bounded":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NOCTTY", 0))


def is_regular(path: Path) -> bool:
    """A regular file itself, not a symbolic link to one (``lstat``)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file (not a FIFO, device, socket,
    directory or symbolic link), without ever blocking on it. Raises ``EnvelopeError``
    (``not_a_file``) otherwise; ``OSError`` when it cannot be read."""
    if not is_regular(path):
        raise EnvelopeError("not_a_file", "not a regular file")
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENXIO, errno.EMLINK):  # swapped for a link or a FIFO
            raise EnvelopeError("not_a_file", "not a regular file") from None
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between lstat and open
            raise EnvelopeError("not_a_file", "not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def open_envelope(source: Path, private_copy: Path, magic: bytes, max_size: int,
                  on_header: Callable[[dict], None] | None = None) -> Opened:
    """Copy ``source`` to ``private_copy`` while parsing and hashing it (so what is verified
    is exactly what will be decrypted, even if the source changes meanwhile).

    ``on_header`` sees the parsed header before the rest is copied (cheap early refusals).
    Only a regular file is read: the source is opened without following a symbolic link and
    without blocking (a FIFO would otherwise wait for a writer forever), then checked."""
    src = open_regular(source)
    size = os.fstat(src.fileno()).st_size
    if size > max_size:
        src.close()
        raise EnvelopeError("too_large", f"{size} bytes, limit {max_size}")
    whole, payload_hash = hashlib.sha512(), hashlib.sha512()
    with (src,  # the private copy is 0600 like all the program writes
          os.fdopen(open_private(private_copy, exclusive=False), "wb") as dst):
        prefix = src.read(PREFIX)
        if len(prefix) < PREFIX or prefix[:4] != magic:
            raise EnvelopeError("malformed", "unknown file type")
        (hlen,) = struct.unpack(">I", prefix[4:])
        if not 2 <= hlen <= MAX_HEADER:
            raise EnvelopeError("malformed", "bad header length")
        header_bytes = src.read(hlen)
        if len(header_bytes) != hlen:
            raise EnvelopeError("malformed", "the file ends inside its header")
        try:
            header = parse_canonical(header_bytes)
        except CanonicalError as exc:
            raise EnvelopeError("header", str(exc)) from None
        if on_header:
            on_header(header)
        for part in (prefix, header_bytes):
            whole.update(part)
            dst.write(part)
        tail = b""
        payload_size = 0
        total = PREFIX + hlen
        while True:
            block = src.read(COPY_BLOCK)
            if not block:
                break
            total += len(block)
            if total > max_size:
                raise EnvelopeError("too_large", "the file grew beyond the limit while read")
            whole.update(block)
            dst.write(block)
            data = tail + block
            cut = max(0, len(data) - TRAILER)
            payload_hash.update(data[:cut])
            payload_size += cut
            tail = data[cut:]
    # The private copy is scratch (deleted after the import): no fsync needed.
    if len(tail) < TRAILER or payload_size == 0:
        raise EnvelopeError("trailer", "the file ends before its signature")
    if tail[:8] != trailer_magic(magic):
        raise EnvelopeError("trailer", "no signature trailer at the end of the file")
    return Opened(magic, header, header_bytes, hashlib.sha512(header_bytes).digest(),
                  payload_hash.digest(), tail[8:], whole.hexdigest(), total,
                  PREFIX + hlen, payload_size, Path(private_copy))
