"""The two database back-ends of headquarters, behind one small SQL surface.

* **SQLite** (default, ``<home>/hq.db``): an SQLCipher database keyed with a random key kept
  in ``hq-secret.age`` (so it opens only with the headquarters passphrase), WAL,
  ``synchronous=FULL``. A unit needs no server. SQLCipher rather than plain sqlite3 because
  the file holds every family's case: a copied disk must not read as plain text.
* **PostgreSQL** (``--db postgresql://…``, psycopg 3) for a national deployment: bulk
  loads use ``COPY`` into a temporary table, then one ``INSERT … ON CONFLICT DO NOTHING``.
  Encryption at rest is the server's (disk or tablespace encryption); connect over TLS or a
  local socket.

SQL is written once with ``?`` placeholders; the PostgreSQL back-end rewrites them.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import sqlcipher3

from inspector_desk.core.errors import StorageFull
from inspector_desk.hq.schema import SCHEMA_VERSION, migrations, statements
from inspector_desk.paths import private_dir
from inspector_desk.storage.connection import Transactions, checkpoint_and_close, connect, translate_error


def _full(exc: sqlcipher3.Error, path: Path) -> StorageFull | None:
    """StorageFull when the driver error means a full disk, else None."""
    mapped = translate_error(exc, path)
    return mapped if isinstance(mapped, StorageFull) else None


class Backend:
    dialect = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        raise NotImplementedError

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        yield from self.query(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def bulk_insert(self, table: str, cols: Sequence[str], rows: list[Sequence[Any]]) -> None:
        """Insert rows, silently skipping those whose key already exists."""
        marks = ", ".join("?" for _ in cols)
        self.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks}) "
                         "ON CONFLICT DO NOTHING", rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def json_out(self, value: Any) -> Any:
        return json.loads(value) if isinstance(value, (str, bytes)) else value

    def close(self) -> None:
        raise NotImplementedError

    def ensure_schema(self) -> None:
        if self.query(self._has_meta_sql()):
            found = self.query("SELECT value FROM hq_meta WHERE key = 'schema_version'")
            version = int(found[0][0]) if found else 1
            if version > SCHEMA_VERSION:
                raise RuntimeError("the headquarters database is newer than this program")
            if version < SCHEMA_VERSION:
                self.migrate(version)
            return
        with self.transaction():
            for stmt in statements(self.dialect):
                self.execute(stmt)
            self.execute("INSERT INTO hq_meta (key, value) VALUES ('schema_version', ?)",
                         (str(SCHEMA_VERSION),))

    def migrate(self, version: int) -> None:
        """Bring a database at ``version`` to :data:`SCHEMA_VERSION`, one step per version,
        each in one transaction with its new number (an interrupted upgrade is redone)."""
        steps = migrations(self.dialect)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for stmt in steps[target]:
                    self.execute(stmt)
                self.execute("UPDATE hq_meta SET value = ? WHERE key = 'schema_version'", (str(target),))

    def _has_meta_sql(self) -> str:
        raise NotImplementedError


class SqliteBackend(Backend):
    dialect = "sqlite"

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = Path(path)
        self.conn = connect(Path(path), key, create=not Path(path).exists())
        # Nested uses join the outer transaction; a full disk says StorageFull, any other
        # driver error goes on as it is (storage/connection.py, shared with the vault store).
        self._transactions = Transactions(lambda exc: _full(exc, self.path) or exc)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return [tuple(r) for r in self.conn.execute(sql, tuple(params))]

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        for r in self.conn.execute(sql, tuple(params)):
            yield tuple(r)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._transactions.write(self.conn):
            yield

    def _has_meta_sql(self) -> str:
        return "SELECT 1 FROM sqlite_master WHERE name = 'hq_meta'"

    def close(self) -> None:
        checkpoint_and_close(self.conn)


class PostgresBackend(Backend):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self._psycopg = psycopg
        self.conn = psycopg.connect(url, autocommit=True)
        self._tx: Any = None

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(self._sql(sql), tuple(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return [tuple(r) for r in self.conn.execute(self._sql(sql), tuple(params)).fetchall()]

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        with self.conn.cursor(name=None) as cur:
            cur.execute(self._sql(sql), tuple(params))
            for r in cur:
                yield tuple(r)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def bulk_insert(self, table: str, cols: Sequence[str], rows: list[Sequence[Any]]) -> None:
        """COPY into a temporary twin of ``table``, then one INSERT … ON CONFLICT DO NOTHING."""
        if not rows:
            return
        temp = f"_load_{table}"
        # Not cached: a rolled-back transaction takes the temporary table with it.
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {temp} (LIKE {table} INCLUDING DEFAULTS)")
        names = ", ".join(cols)
        with self.conn.cursor() as cur:
            with cur.copy(f"COPY {temp} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {temp} "
                        "ON CONFLICT DO NOTHING")
            cur.execute(f"TRUNCATE {temp}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._tx is not None:
            yield
            return
        with self.conn.transaction() as tx:
            self._tx = tx
            try:
                yield
            finally:
                self._tx = None

    def json_out(self, value: Any) -> Any:
        return value if not isinstance(value, (str, bytes)) else json.loads(value)

    def _has_meta_sql(self) -> str:
        return "SELECT 1 FROM information_schema.tables WHERE table_name = 'hq_meta'"

    def close(self) -> None:
        self.conn.close()


def open_backend(db: str | None, home: Path, key: bytes) -> Backend:
    """``db``: None (the SQLCipher file ``<home>/hq.db``), a ``postgresql://`` URL, or
    ``sqlite:///path``."""
    if db and db.startswith(("postgresql://", "postgres://")):
        backend: Backend = PostgresBackend(db)
    else:
        path = Path(db[len("sqlite:///"):]) if db and db.startswith("sqlite:///") else Path(home) / "hq.db"
        private_dir(path.parent, tighten=False)  # new folders 0700; hq.db 0600 (connect)
        backend = SqliteBackend(path, key)
    backend.ensure_schema()
    return backend
