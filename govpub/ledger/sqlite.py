"""The default ledger: one SQLite file in WAL mode, beside ``govpub.toml``.

The logic is :class:`~govpub.ledger.sql.SqlLedger`'s; this module opens the
file (WAL, ``synchronous=NORMAL``, foreign keys, a busy timeout), migrates the
schema (:mod:`govpub.ledger.schema`) and prepares the audit trail.
``SqliteLedger(":memory:")`` is the in-memory store for tests;
``read_only=True`` opens an auditor's copy or a report while another process
publishes.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from govpub.errors import LedgerError
from govpub.ledger.audit_store import SqliteAuditTrail
from govpub.ledger.database import SqliteDatabase
from govpub.ledger.schema import migrate
from govpub.ledger.sql import SqlLedger, delivery_key, worker_identity

__all__ = ["SqliteLedger", "delivery_key", "worker_identity"]


def _now() -> datetime:
    return datetime.now(UTC)


class SqliteLedger(SqlLedger):
    """The ledger in one SQLite file (see the module docstring)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        clock: Callable[[], datetime] = _now,
        synchronous: str = "NORMAL",
        read_only: bool = False,
    ) -> None:
        """Open (and create, migrate) the ledger at ``path``.

        ``read_only``: open an existing file without changing it — an auditor's
        copy, a report while another process publishes; a write raises
        :class:`~govpub.LedgerError`, and a missing file or one without an audit
        trail is refused.
        """
        self.read_only = read_only
        where = str(path)
        try:
            conn = _connect(where, read_only)
            if read_only:  # at least an audit trail (an auditor may hold only that)
                conn.execute("SELECT 1 FROM audit_log LIMIT 1")
            else:
                _use_wal(conn)
                conn.execute(f"PRAGMA synchronous={synchronous}")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA busy_timeout=30000")
                migrate(conn)
                SqliteAuditTrail.ensure_schema(conn)
        except sqlite3.Error as exc:
            raise LedgerError(f"cannot open the ledger {where}: {exc}") from None
        super().__init__(SqliteDatabase(conn), path=where, clock=clock)

    def __repr__(self) -> str:
        return f"<SqliteLedger {self.path}>"

    def checkpoint(self) -> None:
        """Copy the WAL's committed pages back into the file, without waiting for anyone.

        ``PRAGMA wal_checkpoint(PASSIVE)``: what a commit does by itself once the
        WAL holds 1,000 pages — except the commits of the publisher's writer made
        on the event loop's thread, which must not wait for the checkpoint's
        fsyncs; the writer runs this on its own thread instead.
        """
        with self._db.lock:
            self._db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection (tests and read-only diagnostics)."""
        conn: sqlite3.Connection = self._db.conn
        return conn


#: How long opening waits for another process that is setting up the same new file.
_WAL_WAIT = 30.0


def _use_wal(conn: sqlite3.Connection) -> None:
    """Put the file in WAL mode (it stays so), waiting for others that open it at the same time.

    Switching a new file's journal mode needs it to itself, and SQLite answers
    "database is locked" at once instead of calling the busy handler: workers that
    start together on a file that does not exist yet would fail.  So the switch is
    tried again, briefly, for as long as the busy timeout would have waited.
    """
    deadline = time.monotonic() + _WAL_WAIT
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        else:
            return
        time.sleep(pause)
        pause = min(2 * pause, 0.1)


def _connect(path: str, read_only: bool) -> sqlite3.Connection:
    if read_only:
        if not Path(path).is_file():
            raise sqlite3.OperationalError("no such file")
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        return sqlite3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30.0
        )
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
