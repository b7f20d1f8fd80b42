"""One connection to the ledger's database, its nested transactions, and the SQL dialect.

The ledger's logic is written once (:mod:`govpub.ledger.sql`), in SQL that both
SQLite and PostgreSQL accept — ``?`` placeholders, ``ON CONFLICT DO NOTHING``,
``RETURNING``, window functions — and asks the :class:`Dialect` for the few
pieces that differ (JSON functions, row locks).  A :class:`Database` owns one
connection: statements run under its lock, and ``transaction()`` nests (the
inner ones are savepoints that fail alone, which the publisher's group commit
relies on).  Stores differ only in how they open the connection and migrate.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from types import TracebackType
from typing import Any, Protocol

__all__ = ["BatchSpoiled", "Cursor", "Database", "Dialect", "SqliteDatabase", "WouldWait"]


class BatchSpoiled(Exception):  # noqa: N818 - a state, not an error of the caller's
    """A call in a :meth:`Database.batch` failed: the whole batch was rolled back."""


class WouldWait(Exception):  # noqa: N818 - a state, not an error of the caller's
    """A batch asked not to wait (``batch(wait=False)``) could not begin at once; nothing ran."""


class Cursor(Protocol):
    """What the ledger reads from a statement (``sqlite3`` and ``psycopg`` cursors agree)."""

    @property
    def rowcount(self) -> int:
        """Rows changed by the statement."""

    def fetchone(self) -> Any:
        """The next row (addressable by column name), or ``None``."""

    def fetchall(self) -> list[Any]:
        """The remaining rows."""


class Dialect:
    """SQLite's spelling of the pieces that differ between the ledger's databases."""

    name = "sqlite"
    #: Appended to a ``SELECT`` that a transaction will update (row locks; SQLite locks the file).
    for_update = ""
    #: Run before reading the audit chain's head to append after it (``None``: the
    #: transaction's write lock already serialises appends, as SQLite's ``BEGIN IMMEDIATE`` does).
    lock_audit_chain: str | None = None
    #: The same lock as a column of a ``RETURNING`` list (empty: none needed), so that a
    #: state change and the chain lock its audit record needs cost one round trip.
    lock_audit_chain_column = ""
    #: An insert that appends an audit record after the stored head, numbering and hashing
    #: it in the statement (``None``: the trail's writer knows the head, SQLite's one writer).
    #: Parameters: time, actor, action, subject, details, the canonical bytes before and
    #: after ``seq`` (:func:`~govpub.audit.canonical_around_seq`); returns seq, prev_hash, hash.
    append_audit_at_head: str | None = None
    #: Whether a ``WITH`` clause may hold an ``INSERT`` (PostgreSQL): a state change's attempt
    #: row then goes in with the state change's ``UPDATE``, one statement.
    writes_in_with = False
    #: Whether a broken constraint aborts the whole transaction (PostgreSQL) rather than
    #: the statement alone (SQLite): then a refusal must be foreseen with a query first.
    constraint_error_aborts_transaction = False
    #: Whether ``ORDER BY`` a text column sorts as Python sorts ``str`` (code points; SQLite's
    #: BINARY collation of UTF-8) — a PostgreSQL database's collation may not.
    sorts_text_by_code_point = True

    def sql(self, text: str) -> str:
        """A statement written with ``?`` placeholders, as this driver takes it."""
        return text

    def set_json_key(self, column: str, key: str, value: Any) -> tuple[str, list[Any]]:
        """``column`` (a JSON object in text) with ``key`` set to ``value``."""
        return f"json_set({column}, ?, json(?))", [_json_path(key), _dumps(value)]

    def remove_json_key(self, column: str, key: str) -> tuple[str, list[Any]]:
        """``column`` without ``key``."""
        return f"json_remove({column}, ?)", [_json_path(key)]

    def json_text(self, column: str, key: str) -> tuple[str, list[Any]]:
        """The value at ``key`` of ``column`` as text (for comparisons)."""
        return f"CAST(json_extract({column}, ?) AS TEXT)", [_json_path(key)]

    def group_object(self, key: str, value: str) -> str:
        """An aggregate that builds a JSON object (text) from ``key``/``value`` columns."""
        return f"json_group_object({key}, {value})"


#: One encoder for every value written to a JSON column (``json.dumps`` builds one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)``."""
    return _ENCODER.encode(value)


@lru_cache(maxsize=256)
def _json_path(key: str) -> str:
    """SQLite's JSON path of a top-level ``key`` (step names recur: made once each)."""
    return "$." + json.dumps(key)


class Database:
    """One connection to the ledger's database, used by one thread at a time.

    Subclasses open the connection and say how a transaction begins; this class
    runs statements under the lock and nests transactions as savepoints.
    """

    dialect: Dialect = Dialect()
    #: What the driver raises for a broken constraint (a unique index).
    integrity_error: type[Exception] = sqlite3.IntegrityError
    #: What the driver raises for any database error.
    error: type[Exception] = sqlite3.Error
    begin = "BEGIN IMMEDIATE"
    #: Whether :meth:`batch` can begin without waiting (``wait=False``): only where a
    #: transaction's statements and its commit never wait once it has begun.
    begins_without_waiting = False

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.lock = threading.RLock()
        self.depth = 0
        #: Outermost transactions begun so far (a transaction's number, for what lasts as long
        #: as it does: PostgreSQL's transaction-scoped advisory locks).
        self.transactions = 0
        #: Savepoints rolled back so far (what a savepoint took, such as a lock, it gave back).
        self.rollbacks = 0
        #: In a :meth:`batch`: nested transactions join; an exception through one spoils it.
        self.flat = False
        self.spoiled = False
        #: In a :meth:`batch` asked not to wait: its outermost transaction begins only at once.
        self.nowait = False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement (``?`` placeholders); the caller holds :attr:`lock` to read rows."""
        with self.lock:
            cursor: Cursor = self.conn.execute(self.dialect.sql(sql), tuple(params))
            return cursor

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Every row of a query, read under the lock."""
        with self.lock:
            return self.execute(sql, params).fetchall()

    def row(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first row of a query, or ``None``."""
        with self.lock:
            return self.execute(sql, params).fetchone()

    def in_outer_transaction(self) -> bool:
        """Whether the connection's owner opened a transaction this object did not (join it)."""
        return False

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction; a nested one is a savepoint that fails alone.

        Inside :meth:`batch` a nested transaction joins the outer one instead (no
        savepoint); an exception that passes through it spoils the batch.
        (:class:`_Transaction`: a class, not a generator — five per delivery.)
        """
        return _Transaction(self)

    def undo(self, statement: str) -> None:
        """Roll back after an error (a store whose connection is gone has nothing to undo)."""
        self.conn.execute(statement)

    @contextmanager
    def _nested(self) -> Iterator[None]:
        name = f"sp{self.depth}"
        self.execute(f"SAVEPOINT {name}")
        self.depth += 1
        try:
            yield
        except BaseException:
            self.rollbacks += 1
            self.undo(f"ROLLBACK TO SAVEPOINT {name}")
            self.undo(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self.depth -= 1

    @contextmanager
    def batch(self, *, wait: bool = True) -> Iterator[None]:
        """Make the next outermost transaction a batch: nested transactions join it.

        The publisher's writer runs many ledger calls in one transaction (group
        commit).  Savepoints around each would let one failing call fail alone,
        but cost two statements per nested transaction on every call; a batch
        has none.  Instead, an exception that passes through any nested
        transaction — even one a caller then catches — spoils the batch: the
        outermost transaction rolls back everything and raises
        :class:`BatchSpoiled`, and the writer runs each call again on its own.

        ``wait=False``: raise :class:`WouldWait` instead of waiting — for this
        connection's lock (another thread is using it), or, when the outermost
        transaction begins, for another connection's write lock — and let that
        transaction wait for nothing once begun (:meth:`_begin`).  The writer
        runs a moment's calls on the event loop's own thread this way.
        """
        if wait:
            self.lock.acquire()
        elif not self.begins_without_waiting or not self.lock.acquire(blocking=False):
            raise WouldWait("the ledger's connection is in use")
        try:
            if not wait and (self.depth or self.in_outer_transaction()):
                raise WouldWait("the ledger's connection is in a transaction")
            if self.depth:
                raise RuntimeError("a batch must be the outermost transaction")
            self.flat, self.spoiled, self.nowait = True, False, not wait
            try:
                yield
            finally:
                self.flat = self.spoiled = self.nowait = False
        finally:
            self.lock.release()

    def _begin(self) -> None:
        """Begin the outermost transaction (a store that can begin without waiting overrides)."""
        self.execute(self.begin)

    def _ended(self) -> None:
        """The outermost transaction was committed or rolled back (or its commit failed)."""

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self.lock:
            self.conn.close()


_CALLER, _JOIN, _NESTED, _TOP = range(4)


class _Transaction:
    """:meth:`Database.transaction` as a context manager class.

    The publisher's writer runs each ledger call, and each audit append in it,
    in a transaction that joins its batch: a generator-based context manager
    cost about 1.5 µs each, five times per delivery.  The lock is held from
    ``__enter__`` to ``__exit__``, as the ``with self.lock`` of a generator would.
    """

    __slots__ = ("db", "mode", "nested")

    def __init__(self, db: Database) -> None:
        self.db = db
        self.mode = _CALLER
        self.nested: AbstractContextManager[None] | None = None

    def __enter__(self) -> Database:
        db = self.db
        db.lock.acquire()
        try:
            if not db.depth and db.in_outer_transaction():
                self.mode = _CALLER  # the caller's transaction: it commits or rolls back, not us
            elif db.depth and db.flat:  # a batch: join it (no savepoint; see batch())
                db.depth += 1
                self.mode = _JOIN
            elif db.depth:
                self.nested = db._nested()
                self.nested.__enter__()
                self.mode = _NESTED
            else:
                db._begin()
                db.transactions += 1
                db.depth = 1
                self.mode = _TOP
        except BaseException:
            db.lock.release()
            raise
        return db

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        db = self.db
        try:
            mode = self.mode
            if mode == _JOIN:
                db.depth -= 1
                if kind is not None:
                    db.spoiled = True
            elif mode == _NESTED:
                assert self.nested is not None  # noqa: S101 - set by __enter__
                return self.nested.__exit__(kind, exc, tb)
            elif mode == _TOP:
                db.depth = 0
                try:
                    if kind is not None:
                        db.undo("ROLLBACK")
                        return None
                    if db.flat and db.spoiled:
                        db.undo("ROLLBACK")
                        raise BatchSpoiled(
                            "a call of the batch failed; nothing of the batch was kept"
                        )
                    db.execute("COMMIT")
                finally:
                    db._ended()
            return None
        finally:
            db.lock.release()


class SqliteDatabase(Database):
    """A SQLite connection in autocommit mode: transactions are explicit (``BEGIN IMMEDIATE``).

    ``BEGIN IMMEDIATE`` takes the write lock at once, so two processes on one
    file never both read a head and then both write after it.
    """

    def __init__(self, conn: Any) -> None:
        super().__init__(conn)
        #: The busy timeout and automatic checkpoint as found (read at the first batch
        #: that must not wait, put back after each).
        self._settings: tuple[int, ...] | None = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """As :meth:`Database.execute`, rows addressable by name (the connection is left as is)."""
        with self.lock:
            cursor: sqlite3.Cursor = self.conn.cursor()
            cursor.row_factory = sqlite3.Row  # a borrowed connection keeps its own factory
            cursor.execute(sql, tuple(params))
            return cursor

    def in_outer_transaction(self) -> bool:
        """A caller's ``BEGIN`` on the shared connection (a trail used inside its transaction)."""
        return bool(self.conn.in_transaction)

    #: SQLite in WAL mode: once ``BEGIN IMMEDIATE`` holds the write lock, statements and the
    #: commit wait for nothing — but the checkpoint a commit may run (the WAL written back
    #: to the file, with its fsyncs), which a batch that must not wait turns off.
    begins_without_waiting = True

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``; in a batch that must not wait, without busy wait or checkpoint.

        The busy timeout is 0 while it begins (another connection's write lock:
        :class:`WouldWait` at once) and automatic checkpoints are off until it
        ends; both are put back as they were (:meth:`_ended`).  The writer has
        the checkpoints run on its thread instead (``SqliteLedger.checkpoint``).
        """
        if not self.nowait:
            super()._begin()
            return
        if self._settings is None:
            self._settings = tuple(
                int(self.conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in _SETTINGS
            )
        self._apply((0, 0))
        try:
            self.execute(self.begin)
        except sqlite3.OperationalError as exc:
            self._apply(self._settings)
            if exc.sqlite_errorcode & 0xFF in _BUSY:
                raise WouldWait(f"another connection holds the ledger's file ({exc})") from None
            raise

    def _ended(self) -> None:
        if self.nowait and self._settings is not None:
            self._apply(self._settings)

    def _apply(self, values: tuple[int, ...]) -> None:
        for name, value in zip(_SETTINGS, values, strict=True):
            self.conn.execute(f"PRAGMA {name}={int(value)}")


#: What a batch that must not wait turns off while it runs (:meth:`SqliteDatabase._begin`).
_SETTINGS = ("busy_timeout", "wal_autocheckpoint")
#: SQLITE_BUSY, SQLITE_LOCKED (primary result codes).
_BUSY = (5, 6)
