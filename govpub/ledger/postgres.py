"""The ledger in PostgreSQL: for several workers on several machines sharing one matrix.

The logic is :class:`~govpub.ledger.sql.SqlLedger`'s, unchanged; this module
opens a psycopg connection (autocommit, transactions explicit), spells the few
dialect pieces PostgreSQL writes differently (``%s`` placeholders, ``jsonb``,
row locks, an advisory lock that serialises audit appends) and migrates the
schema (:mod:`govpub.ledger.postgres_schema`).  Install with
``pip install 'govpub[postgres]'``; configure ``[store] url`` in govpub.toml.

The URL's password never appears in a repr, an error or the audit trail
(:func:`redact_url`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from govpub.errors import LedgerError
from govpub.ledger.database import Cursor, Database, Dialect
from govpub.ledger.postgres_schema import migrate_postgres
from govpub.ledger.sql import SqlLedger

if TYPE_CHECKING:
    import psycopg

__all__ = ["PostgresDatabase", "PostgresDialect", "PostgresLedger", "redact_url"]

#: The advisory lock key that serialises appends to the audit chain ("audit" in ASCII).
AUDIT_CHAIN_LOCK = 0x6175646974


def _now() -> datetime:
    return datetime.now(UTC)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


# A single-quoted literal, a dollar-quoted body, a "?" placeholder, or a "%".
_TOKEN = re.compile(r"'(?:[^']|'')*'|\$\$.*?\$\$|\?|%", re.DOTALL)


@cache
def _pyformat(sql: str) -> str:
    """``sql`` with ``?`` placeholders as ``%s`` and a literal ``%`` doubled (not in quotes)."""

    def token(match: re.Match[str]) -> str:
        text = match.group(0)
        return "%s" if text == "?" else "%%" if text == "%" else text

    return _TOKEN.sub(token, sql)


class PostgresDialect(Dialect):
    """PostgreSQL's spelling: ``%s`` placeholders, ``jsonb`` edits, ``FOR UPDATE`` row locks."""

    name = "postgresql"
    for_update = " FOR UPDATE"
    lock_audit_chain = f"SELECT pg_advisory_xact_lock({AUDIT_CHAIN_LOCK})"
    lock_audit_chain_column = f", pg_advisory_xact_lock({AUDIT_CHAIN_LOCK}) AS audit_chain_lock"
    # Under the chain lock, one statement reads the head and appends after it: with several
    # workers a head remembered by one is mostly stale (the others appended since), and a
    # checked insert, a read of the head and a second insert were three round trips.
    # SHA-256 of prev_hash ‖ canonical bytes, as govpub.audit.record_hash (sha256(): PG 11+).
    append_audit_at_head = (
        "INSERT INTO audit_log (seq, time, actor, action, subject, details, prev_hash, hash) "
        "SELECT head.seq + 1, ?, ?, ?, ?, ?, head.hash, encode(sha256("
        "convert_to(head.hash, 'UTF8') || ?::bytea "
        "|| convert_to((head.seq + 1)::text, 'UTF8') || ?::bytea), 'hex') "
        "FROM ((SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) "  # the index
        "UNION ALL SELECT 0, ? ORDER BY seq DESC LIMIT 1) AS head "  # or the genesis
        "RETURNING seq, prev_hash, hash"
    )
    constraint_error_aborts_transaction = True
    sorts_text_by_code_point = False
    writes_in_with = True

    def sql(self, text: str) -> str:
        """``?`` placeholders as psycopg's ``%s``."""
        return _pyformat(text)

    def set_json_key(self, column: str, key: str, value: Any) -> tuple[str, list[Any]]:
        """``jsonb_set`` on the text column, back to text."""
        return f"jsonb_set({column}::jsonb, ARRAY[?]::text[], ?::jsonb)::text", [key, _dumps(value)]

    def remove_json_key(self, column: str, key: str) -> tuple[str, list[Any]]:
        """The ``-`` operator of ``jsonb``."""
        return f"({column}::jsonb - ?::text)::text", [key]

    def json_text(self, column: str, key: str) -> tuple[str, list[Any]]:
        """The ``->>`` operator of ``jsonb``."""
        return f"({column}::jsonb ->> ?::text)", [key]

    def group_object(self, key: str, value: str) -> str:
        """``jsonb_object_agg`` as text."""
        return f"jsonb_object_agg({key}, {value})::text"


class PostgresDatabase(Database):
    """A psycopg connection in autocommit mode; ``BEGIN`` opens a READ COMMITTED transaction.

    Rows come back as dicts (``row["column"]``), as :class:`sqlite3.Row` reads.
    Updates that race take row locks (``SELECT … FOR UPDATE``); audit appends
    take :data:`AUDIT_CHAIN_LOCK`.
    """

    dialect: Dialect = PostgresDialect()
    begin = "BEGIN"

    def __init__(self, conn: psycopg.Connection[Any], *, where: str = "") -> None:
        import psycopg  # noqa: PLC0415 - an optional dependency

        super().__init__(conn)
        self.integrity_error = psycopg.IntegrityError
        self.error = psycopg.Error
        self._operational_error = psycopg.OperationalError
        self.where = where

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """As :meth:`Database.execute`; without parameters the text is sent as written.

        A lost connection (the server restarted, the network dropped) is a
        :class:`~govpub.LedgerError` that says so: what the open transaction
        wrote is gone, what was committed stays, and ``govpub resume`` carries on.
        """
        with self.lock:
            try:
                if params:
                    cursor: Cursor = self.conn.execute(self.dialect.sql(sql), tuple(params))
                else:
                    cursor = self.conn.execute(sql)
            except self._operational_error as exc:
                if not self._lost(exc):
                    raise
                text = str(exc).strip()
                reason = text.splitlines()[0] if text else type(exc).__name__
                raise LedgerError(
                    f"lost the connection to the ledger {self.where}: {reason}; what was "
                    "committed is kept: run `govpub resume` when the database is back"
                ) from None
            return cursor

    def _lost(self, exc: Exception) -> bool:
        """Whether ``exc`` says the connection is gone, not that a statement failed.

        psycopg marks the connection broken when libpq saw it fail, but a socket
        closed under a statement being sent ("connection socket closed") leaves
        libpq's status as it was.  Such client-side failures carry no SQLSTATE; the
        server's own goodbyes are class 08 (connection exception) or 57P (operator
        intervention: the backend was terminated, the server is shutting down).
        A cancelled statement (57014) or any other server error is not a lost connection.
        """
        if self.conn.broken or self.conn.closed:
            return True
        state = getattr(exc, "sqlstate", None)
        return state is None or state.startswith(_CONNECTION_GONE)

    def undo(self, statement: str) -> None:
        """Roll back, unless the connection is lost (the server already rolled back)."""
        if self.conn.broken or self.conn.closed:
            return
        try:
            self.conn.execute(statement)
        except self._operational_error as exc:
            if not self._lost(exc):
                raise


#: SQLSTATE prefixes of a connection the server ended (connection exception, operator
#: intervention such as pg_terminate_backend or a shutdown), not of a failed statement.
_CONNECTION_GONE = ("08", "57P")


def redact_url(url: str) -> str:
    """``url`` without its password (``postgresql://user:***@host/db``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable database URL>"
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    netloc = f"{parts.username or ''}:***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def connect(url: str, *, application_name: str = "govpub") -> psycopg.Connection[Any]:
    """A psycopg connection to ``url`` (autocommit, dict rows); ``LedgerError`` naming the URL."""
    try:
        import psycopg  # noqa: PLC0415 - an optional dependency
        from psycopg.rows import dict_row  # noqa: PLC0415
    except ImportError:
        raise LedgerError(
            "[store] url is a PostgreSQL database, but psycopg is not installed: "
            "pip install 'govpub[postgres]'"
        ) from None
    try:
        conn: psycopg.Connection[Any] = psycopg.connect(
            url,
            autocommit=True,
            row_factory=dict_row,
            application_name=application_name,
            connect_timeout=10,
        )
    except psycopg.Error as exc:
        reason = str(exc).replace(url, redact_url(url)).strip().splitlines()[0]
        raise LedgerError(f"cannot open the ledger {redact_url(url)}: {reason}") from None
    return conn


class PostgresLedger(SqlLedger):
    """The ledger in a PostgreSQL database (see the module docstring).

    ``PostgresLedger(url)`` connects and migrates; ``migrate=False`` refuses a
    database whose schema is missing or old instead (``govpub store migrate``
    brings it up to date, for deployments where workers may not change the schema).
    """

    def __init__(
        self,
        url: str,
        *,
        clock: Callable[[], datetime] = _now,
        migrate: bool = True,
        read_only: bool = False,
    ) -> None:
        """Connect to ``url``; migrate the schema unless ``migrate=False`` or ``read_only``."""
        self.read_only = read_only
        self.url = redact_url(url)
        conn = connect(url)
        db = PostgresDatabase(conn, where=self.url)
        try:
            if read_only:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            if migrate and not read_only:
                migrate_postgres(db)
            else:
                _require_current(db, self.url)
        except db.error as exc:
            conn.close()
            raise LedgerError(f"cannot open the ledger {self.url}: {exc}") from None
        except BaseException:
            conn.close()
            raise
        super().__init__(db, path=self.url, clock=clock)

    def __repr__(self) -> str:
        return f"<PostgresLedger {self.url}>"


def _require_current(db: Database, where: str) -> None:
    from govpub.ledger.postgres_schema import schema_status  # noqa: PLC0415

    for component, (stored, target) in schema_status(db).items():
        if stored != target:
            raise LedgerError(
                f"the ledger {where} has {component} schema {stored}, this govpub writes "
                f"{target}: run `govpub store migrate`"
            )
