"""age v1 encryption and decryption as bounded-memory streams (pyrage underneath).

``pyrage.encrypt_io`` *pulls* plaintext from a reader until it is exhausted. The export is a
generator that must yield progress (and may be cancelled) between pieces, so the encryptor
runs on a helper thread fed through a small bounded queue: at most ``QUEUE_DEPTH`` pieces
are in memory at any time, whatever the size of the bundle. All database reads stay on
the caller's thread.

``pyrage.decrypt_io`` *pushes* plaintext into a writer as each 64 KiB chunk is
authenticated; age refuses a stream whose final chunk is missing, but only at the end, so
whatever consumes the plaintext must treat it as provisional until decryption returns
(headquarters applies it inside one transaction and rolls back on any failure).
"""

from __future__ import annotations

import io
import queue
import re
import threading
from typing import BinaryIO, Callable, Iterable, Iterator

import pyrage

QUEUE_DEPTH = 4
_EOF = object()

AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_AGE_HEADER = 16 * 1024
MAX_STANZAS = 8
_STANZA_RE = re.compile(rb"^-> ([\x21-\x7e]+)( [\x21-\x7e]+)*$")


class _QueueReader(io.RawIOBase):
    """A reader whose bytes come from a queue of pieces (filled by another thread)."""

    def __init__(self, q: "queue.Queue[object]") -> None:
        self._q = q
        self._piece = memoryview(b"")
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._piece and not self._done:
            item = self._q.get()
            if item is _EOF:
                self._done = True
            elif isinstance(item, BaseException):
                raise item
            else:
                self._piece = memoryview(item)  # type: ignore[arg-type]
        n = min(len(buffer), len(self._piece))
        buffer[:n] = self._piece[:n]
        self._piece = self._piece[n:]  # a view: no copy of the rest of the piece
        return n


class _Cancelled(Exception):
    pass


def encrypt_stream(pieces: Iterable[bytes], out: BinaryIO,
                   recipients: list[pyrage.x25519.Recipient]) -> Iterator[int]:
    """Encrypt ``pieces`` to ``recipients`` into ``out``; yields the size of each piece
    once it has been queued. Closing the generator early aborts the encryption."""
    q: "queue.Queue[object]" = queue.Queue(maxsize=QUEUE_DEPTH)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.encrypt_io(_QueueReader(q), out, recipients)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            failure.append(exc)
            _drain(q)

    worker = threading.Thread(target=run, name="age-encrypt", daemon=True)
    worker.start()
    finished = False
    try:
        for piece in pieces:
            _put(q, piece, worker, failure)
            yield len(piece)
        _put(q, _EOF, worker, failure)
        finished = True
    finally:
        if not finished:
            _drain(q)
            _put(q, _Cancelled("encryption aborted"), worker, failure, quiet=True)
        worker.join()
    if failure:
        raise failure[0]


def _put(q: "queue.Queue[object]", item: object, worker: threading.Thread,
         failure: list[BaseException], quiet: bool = False) -> None:
    while True:
        if failure and not quiet:
            raise failure[0]
        if not worker.is_alive():
            return
        try:
            q.put(item, timeout=0.05)
            return
        except queue.Full:
            continue


def _drain(q: "queue.Queue[object]") -> None:
    try:
        while True:
            q.get_nowait()
    except queue.Empty:
        pass


class _Sink(io.RawIOBase):
    def __init__(self, write: Callable[[bytes], None]) -> None:
        self._write = write

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self._write(bytes(data))
        return len(data)


def decrypt_stream(source: BinaryIO, identities: list[pyrage.x25519.Identity],
                   consume: Callable[[bytes], None]) -> None:
    """Decrypt an age stream, handing each authenticated piece of plaintext to ``consume``.

    Raises ``pyrage.DecryptError`` for a wrong key, damage, or a missing final chunk (pyrage
    reports some of those as ``OSError``), and whatever ``consume`` raises, unchanged."""
    raised: list[BaseException] = []

    def guarded(data: bytes) -> None:
        if raised:
            # pyrage writes once more after a failed write. Never hand that on: after e.g.
            # SQLITE_FULL the database has rolled the transaction back, and the consumer's
            # next statement would be committed on its own (a half-applied import).
            raise raised[0]
        try:
            consume(data)
        except BaseException as exc:
            raised.append(exc)
            raise

    try:
        pyrage.decrypt_io(source, _Sink(guarded), identities)
    except OSError as exc:
        if raised and raised[0] is exc:
            raise
        raise pyrage.DecryptError(str(exc)) from None


def check_age_header(head: bytes) -> list[str]:
    """The stanza types of an age v1 header found at the start of ``head``; raises
    ``ValueError`` for anything that is not a small, well-formed binary age header."""
    if not head.startswith(AGE_MAGIC):
        raise ValueError("not an age v1 file")
    end = head.find(b"\n--- ", 0, MAX_AGE_HEADER)
    if end < 0:
        raise ValueError("age header missing or too large")
    stanzas: list[str] = []
    for line in head[len(AGE_MAGIC):end + 1].split(b"\n")[:-1]:
        if line.startswith(b"->"):
            m = _STANZA_RE.match(line)
            if not m:
                raise ValueError("bad age stanza line")
            stanzas.append(m.group(1).decode("ascii"))
            if len(stanzas) > MAX_STANZAS:
                raise ValueError("too many age stanzas")
        elif len(line) > 64:
            raise ValueError("bad age stanza body")
    if not stanzas:
        raise ValueError("no age recipients")
    return stanzas
