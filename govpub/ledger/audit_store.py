"""Where the audit trail is stored: the ``audit_log`` table of the ledger's database.

The chain itself — records, hashes, verification, the strict reading of details
— is :mod:`govpub.audit`; this module writes and reads it through a
:class:`~govpub.ledger.database.Database`, so SQLite and PostgreSQL keep the
same chain.  Appends are serialised: SQLite's ``BEGIN IMMEDIATE`` already holds
the only write lock; PostgreSQL takes a transaction-scoped advisory lock
(:attr:`~govpub.ledger.database.Dialect.lock_audit_chain`) before reading the
head, so two workers never both append after the same record (and if one
did, the primary key on ``seq`` refuses the second: nothing forks).
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from govpub._canonical import StrictJSONError, canonical_json
from govpub._redact import redact_text, secrets_generation
from govpub.audit import (
    ACTION_NAME,
    AUDIT_SCHEMA_VERSION,
    GENESIS_HASH,
    AuditRecord,
    AuditVerification,
    ExportFormat,
    canonical_around_seq,
    canonical_record,
    clean_details,
    is_machine_id,
    jsonable,
    new_record,
    record_from_row,
    record_hash,
    unreadable_record,
    walk_chain,
)
from govpub.errors import LedgerError
from govpub.ledger.database import Database, SqliteDatabase

__all__ = ["COLUMNS", "SQLITE_AUDIT_SCHEMA", "SqlAuditTrail", "SqliteAuditTrail"]

#: The columns of ``audit_log``, in the order a record is read.
COLUMNS = ("seq", "time", "actor", "action", "subject", "details", "prev_hash", "hash")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM audit_log"  # noqa: S608 - constant column names
_INSERT = f"INSERT INTO audit_log ({', '.join(COLUMNS)})"
#: Insert a record only if its predecessor (``seq``, ``hash``) is stored and nothing follows it.
_INSERT_AFTER = (
    _INSERT  # noqa: S608 - constant column names
    + " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
    "(SELECT 1 FROM audit_log WHERE seq = ? AND hash = ?) ON CONFLICT DO NOTHING"
)
#: How a string of a record is cleaned: personal data masked always (actor, subject), unless it
#: is a machine identifier (free text in details), never (identifiers; secrets are always redacted).
_ALWAYS, _FREE, _NEVER = 0, 1, 2
#: A delivery's id (:func:`~govpub.ledger.sql.delivery_key`): a hash govpub made, never
#: personal data — the subject of most records, and new in each delivery's first one, so
#: the masker would otherwise run once per delivery (secrets are still redacted from it).
_DELIVERY_KEY = re.compile(r"dlv_[0-9a-f]{32}\Z")
_MEMO_LENGTH, _MEMO_SIZE = 256, 8192

#: ``audit_log``'s columns in SQLite (version 2: ``seq`` is the only key, see :data:`_AUDIT_V2`).
_SQLITE_AUDIT_TABLE = """CREATE TABLE IF NOT EXISTS {name} (
        seq INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )"""
_SQLITE_AUDIT_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
)

#: ``audit_log`` in SQLite: append-only by triggers.
SQLITE_AUDIT_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS schema_versions (
        component TEXT PRIMARY KEY,
        version INTEGER NOT NULL
    )""",
    _SQLITE_AUDIT_TABLE.format(name="audit_log"),
    *_SQLITE_AUDIT_TRIGGERS,
)

#: Audit schema version 2 (SQLite): ``audit_log`` without version 1's two secondary indexes,
#: ``UNIQUE (hash)`` and ``audit_log_subject``.  Nothing govpub runs reads the trail by hash
#: or by subject (reads go by ``seq``, or scan in ``seq`` order: ``verify``, ``export``,
#: reports), and neither index keeps the chain whole: ``seq`` is the primary key, so two
#: records can never follow the same one, and each append checks its predecessor's
#: ``(seq, hash)``.  Each record landed on a random page of both indexes, about half of an
#: append's SQL time.  SQLite cannot drop a ``UNIQUE`` column constraint, so the table is
#: copied row for row (the same bytes: the chain verifies as before) into one without it.
_AUDIT_V2 = (
    "DROP INDEX IF EXISTS audit_log_subject",
    _SQLITE_AUDIT_TABLE.format(name="audit_log_v2"),
    "INSERT INTO audit_log_v2 SELECT "  # noqa: S608 - constant column names
    + ", ".join(COLUMNS)
    + " FROM audit_log ORDER BY seq",
    "DROP TABLE audit_log",  # its triggers go with it, before its rows (none fires)
    "ALTER TABLE audit_log_v2 RENAME TO audit_log",
    *_SQLITE_AUDIT_TRIGGERS,
)


def _masker(text: str) -> str:
    from govpub.compliance import mask_personal_data  # noqa: PLC0415 - heavy; load on first use

    return mask_personal_data(text)


class SqlAuditTrail:
    """The audit trail in the ledger's database.

    Appends join the caller's transaction when there is one (a state change and
    its record are atomic) and run their own otherwise.
    """

    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        masker: Callable[[str], str] = _masker,
    ) -> None:
        self.db = db
        self.clock = clock
        self.masker = masker
        #: The newest record this trail wrote, ``(seq, hash)``: the next append's
        #: predecessor, checked by the insert itself (:meth:`_insert`), never trusted blindly.
        self._head: tuple[int, str] | None = None
        #: When the chain lock was taken: (:attr:`Database.transactions`, ``.rollbacks``).
        self._locked_in = (-1, -1)
        #: When :attr:`_head` was written, likewise — in a transaction of this trail's own
        #: (not a caller's).  Until that transaction ends or a savepoint in it is rolled
        #: back, the head is certainly the newest record: the transaction holds the only
        #: write lock (SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's chain lock), so the next
        #: record goes in without the insert's check of its predecessor.
        self._head_in = (-1, -1)
        #: Clean text by mode (:data:`_ALWAYS`, :data:`_FREE`, :data:`_NEVER`), then text;
        #: valid while no secret is registered or forgotten (:attr:`_generation`).
        self._memo: tuple[dict[str, str], ...] = ({}, {}, {})
        #: Checked and cleaned actors and subjects by (which, text); actions checked.
        self._names: dict[tuple[str, str], str] = {}
        self._actions: set[str] = set()
        self._generation = -1

    # -- writing ---------------------------------------------------------------------------

    def append(
        self,
        *,
        actor: str,
        action: str,
        subject: str,
        details: Mapping[str, Any] | None = None,
        at: str | None = None,
    ) -> AuditRecord:
        """Append one record and return it (see the class docstring for transactions).

        ``at``: the record's time as the trail writes times (UTC, ISO 8601 with
        microseconds; default: the clock now) — the ledger passes a state change's
        own instant, so the record and the row it describes carry one time.

        The chain's head is kept in memory by the writer: the record is inserted
        only if its predecessor is still the newest record (one statement checks
        it); if another writer appended in between, or the transaction that
        wrote the remembered head was rolled back, the head is read again and
        the record appended after it.  PostgreSQL takes the chain's advisory
        lock once per transaction; SQLite's ``BEGIN IMMEDIATE`` holds the only
        write lock.  Details are cleaned and serialised once.
        """
        self._fresh()
        names = (self._name("actor", actor), self._name("subject", subject))
        fields = {
            "time": at or self.clock().astimezone(UTC).isoformat(timespec="microseconds"),
            "actor": names[0],
            "action": self._action(action),
            "subject": names[1],
        }
        clean = self._clean(details or {})
        encoded = canonical_json(clean)
        try:
            with self.db.transaction() as db:
                lock = db.dialect.lock_audit_chain
                if lock and self._locked_in != (db.transactions, db.rollbacks):
                    db.execute(lock)  # (a savepoint rolled back since may have released it)
                    self._locked_in = (db.transactions, db.rollbacks)
                record = None
                at_head = db.dialect.append_audit_at_head
                if at_head is not None:  # the statement reads the head under the lock
                    record = self._insert_at_head(db, at_head, fields, clean, encoded)
                ours = db.depth > 0 and self._head_in == (db.transactions, db.rollbacks)
                if record is None and self._head is not None:
                    record = self._insert(db, self._head, fields, clean, encoded, checked=not ours)
                if record is None:
                    if lock:
                        db.execute(lock)  # re-entrant; the head is read under it
                    head = self._read_head(db)
                    record = self._insert(db, head, fields, clean, encoded, checked=False)
                assert record is not None  # noqa: S101 - an unchecked insert returns or raises
                self._head = (record.seq, record.hash)
                self._head_in = (db.transactions, db.rollbacks) if db.depth > 0 else (-1, -1)
        except self.db.error as exc:
            self._head = None
            raise LedgerError(f"audit trail write failed: {exc}") from exc
        return record

    def chain_locked(self, db: Database) -> None:
        """The caller took the chain lock in ``db``'s transaction (``lock_audit_chain_column``)."""
        self._locked_in = (db.transactions, db.rollbacks)

    @staticmethod
    def _read_head(db: Database) -> tuple[int, str]:
        head = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return (0, GENESIS_HASH) if head is None else (int(head["seq"]), str(head["hash"]))

    @staticmethod
    def _insert(
        db: Database,
        head: tuple[int, str],
        fields: Mapping[str, str],
        clean: dict[str, Any],
        encoded: bytes,
        *,
        checked: bool,
    ) -> AuditRecord | None:
        """Insert the record after ``head``; ``checked``: only if ``head`` is still the newest.

        A checked insert writes nothing (and returns ``None``) unless the record
        ``head`` names is stored with that hash and no record follows it yet.
        """
        seq, prev = head[0] + 1, head[1]
        canonical = canonical_record(seq=seq, details=encoded, **fields)
        record = new_record(
            seq=seq, details=clean, prev_hash=prev, hash=record_hash(prev, canonical), **fields
        )
        values = (
            record.seq,
            record.time,
            record.actor,
            record.action,
            record.subject,
            encoded.decode("utf-8"),
            record.prev_hash,
            record.hash,
        )
        if not checked:
            db.execute(_INSERT + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
            return record
        inserted = db.execute(
            _INSERT_AFTER,
            (*values, head[0], prev),
        ).rowcount
        return record if inserted == 1 else None

    @staticmethod
    def _insert_at_head(
        db: Database,
        statement: str,
        fields: Mapping[str, str],
        clean: dict[str, Any],
        encoded: bytes,
    ) -> AuditRecord:
        """Append after the stored head in one statement that numbers and hashes the record."""
        before, after = canonical_around_seq(details=encoded, **fields)
        row = db.execute(
            statement,
            (
                fields["time"],
                fields["actor"],
                fields["action"],
                fields["subject"],
                encoded.decode("utf-8"),
                before,
                after,
                GENESIS_HASH,
            ),
        ).fetchone()
        return new_record(
            seq=int(row["seq"]),
            details=clean,
            prev_hash=str(row["prev_hash"]),
            hash=str(row["hash"]),
            **fields,
        )

    def _fresh(self) -> None:
        """Forget the remembered clean text if a secret was registered or forgotten since."""
        generation = secrets_generation()
        if generation != self._generation:
            self._memo = ({}, {}, {})
            self._names.clear()
            self._generation = generation

    def _name(self, which: str, value: str) -> str:
        """The actor or subject, checked (a non-empty string, hashable as UTF-8) and cleaned.

        Personal data is masked, except in a delivery's id (:data:`_DELIVERY_KEY`).
        The same few actors and subjects recur: each is checked and cleaned once.
        """
        clean = self._names.get((which, value)) if type(value) is str else None
        if clean is None:
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"audit {which} must be a non-empty string")
            jsonable(value, which)  # a lone surrogate cannot be hashed as UTF-8
            mode = _NEVER if which == "subject" and _DELIVERY_KEY.match(value) else _ALWAYS
            clean = self._clean_string(value, mode).strip()
            if len(value) <= _MEMO_LENGTH:
                if len(self._names) >= _MEMO_SIZE:
                    self._names.clear()
                self._names[which, value] = clean
        return clean

    def _action(self, action: str) -> str:
        if action not in self._actions:
            if not isinstance(action, str) or not ACTION_NAME.match(action):
                raise ValueError(f"audit action {action!r} is not a dotted lower-case name")
            if len(self._actions) >= _MEMO_SIZE:
                self._actions.clear()
            self._actions.add(action)
        return action

    def _clean(self, details: Mapping[str, Any]) -> dict[str, Any]:
        return clean_details(details, self._detail_text)

    def _detail_text(self, text: str, mask: bool) -> str:
        mode = _FREE if mask else _NEVER
        clean = self._memo[mode].get(text)
        return self._clean_string(text, mode) if clean is None else clean

    def _clean_string(self, text: str, mode: int) -> str:
        """``text`` with secrets redacted and (by ``mode``) personal data masked; memoised.

        The same strings recur record after record (account and post ids,
        states, actors); a remembered result is used only while no secret was
        registered or forgotten since it was computed (:meth:`_fresh`, at the
        start of each append).
        """
        memo = self._memo[mode]
        clean = memo.get(text)
        if clean is not None:
            return clean
        clean = redact_text(text)
        if mode == _ALWAYS or (mode == _FREE and not is_machine_id(clean)):
            clean = self.masker(clean)
        if len(text) <= _MEMO_LENGTH:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[text] = clean
        return clean

    # -- reading ---------------------------------------------------------------------------

    def head(self) -> str | None:
        """The newest record's hash, ``None`` when the trail is empty."""
        last = self.last()
        return last.hash if last is not None else None

    def last(self) -> AuditRecord | None:
        """The newest record."""
        rows = self._select("ORDER BY seq DESC LIMIT 1", ())
        return next(rows, None)

    def iter_records(self, since: int | datetime | None = None) -> Iterator[AuditRecord]:
        """Records in sequence order; ``since`` = first sequence number, or earliest time."""
        if since is None:
            return self._select("ORDER BY seq", ())
        if isinstance(since, datetime):
            if since.tzinfo is None or since.utcoffset() is None:
                raise ValueError("since has no time zone; give an aware datetime")
            start = since.astimezone(UTC).isoformat(timespec="microseconds")
            return self._select("WHERE time >= ? ORDER BY seq", (start,))
        return self._select("WHERE seq >= ? ORDER BY seq", (int(since),))

    def _rows(self, tail: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        query = _SELECT + " " + tail  # ``tail`` is one of a few constant clauses
        try:
            rows = self.db.rows(query, params)
        except self.db.error as exc:
            raise LedgerError(f"cannot read the audit trail: {exc}") from None
        return [tuple(row[c] for c in COLUMNS) for row in rows]

    def _select(self, tail: str, params: tuple[Any, ...]) -> Iterator[AuditRecord]:
        for row in self._rows(tail, params):
            try:
                record = record_from_row(row)
            except StrictJSONError as exc:
                raise unreadable_record(int(row[0]), exc) from None
            yield record

    def export(
        self, fp: IO[str], *, since: int | datetime | None = None, fmt: ExportFormat = "jsonl"
    ) -> int:
        """Write records as JSON Lines or CSV (``details`` as a JSON column); the count."""
        count = 0
        if fmt == "jsonl":
            for record in self.iter_records(since):
                fp.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                count += 1
        elif fmt == "csv":
            writer = csv.writer(fp, lineterminator="\n")
            writer.writerow(list(COLUMNS))
            for record in self.iter_records(since):
                row = record.to_dict()
                row["details"] = json.dumps(row["details"], ensure_ascii=False, sort_keys=True)
                writer.writerow(row.values())
                count += 1
        else:
            raise ValueError(f"unknown export format {fmt!r}; expected jsonl or csv")
        return count

    # -- verifying -------------------------------------------------------------------------

    def verify(self, *, anchors: Mapping[int, str] | None = None) -> AuditVerification:
        """Walk the whole chain and report the first record that does not fit.

        ``anchors`` maps sequence numbers to hashes recorded elsewhere (``audit
        head``); they catch a rewritten tail or dropped newest records.
        """
        return walk_chain(iter(self._rows("ORDER BY seq", ())), dict(anchors or {}))


class SqliteAuditTrail(SqlAuditTrail):
    """The audit trail in a SQLite database (the ledger's file), on the caller's connection.

    ``conn`` is the caller's; the trail never opens or closes it (except through
    :meth:`open`).  Call :meth:`ensure_schema` once (it is idempotent) before appending.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        masker: Callable[[str], str] = _masker,
    ) -> None:
        super().__init__(SqliteDatabase(conn), clock=clock, masker=masker)
        self.conn = conn

    @staticmethod
    def ensure_schema(conn: sqlite3.Connection) -> None:
        """Create ``audit_log`` (with append-only triggers) and ``schema_versions`` if missing.

        Records :data:`~govpub.audit.AUDIT_SCHEMA_VERSION` in ``schema_versions``,
        migrating a version 1 trail (:data:`_AUDIT_V2`); a newer version written by
        a later govpub is refused.
        """
        db = SqliteDatabase(conn)
        try:
            with db.transaction():
                for statement in SQLITE_AUDIT_SCHEMA:
                    db.execute(statement)
                if check_audit_version(db) < AUDIT_SCHEMA_VERSION:
                    if _has_secondary_index(db):  # a version 1 trail
                        for statement in _AUDIT_V2:
                            db.execute(statement)
                    set_audit_version(db)
        except sqlite3.Error as exc:
            raise LedgerError(f"cannot prepare the audit trail: {exc}") from None

    @classmethod
    def open(cls, path: str | Path) -> SqliteAuditTrail:
        """Connect to ``path`` (created if missing) and ensure the schema (scripts, tests)."""
        conn = sqlite3.connect(path, isolation_level=None)
        cls.ensure_schema(conn)
        return cls(conn)


def _has_secondary_index(db: Database) -> bool:
    """Whether SQLite's ``audit_log`` still has an index besides its ``seq`` key (version 1's)."""
    return db.execute("SELECT 1 FROM pragma_index_list('audit_log')").fetchone() is not None


def check_audit_version(db: Database) -> int:
    """The stored audit schema version (0: none yet); one written by a newer govpub is refused."""
    row = db.execute("SELECT version FROM schema_versions WHERE component = 'audit'").fetchone()
    version = 0 if row is None else int(row["version"])
    if version > AUDIT_SCHEMA_VERSION:
        raise LedgerError(
            f"the audit trail has schema version {version}, written by a newer govpub "
            f"(this one knows version {AUDIT_SCHEMA_VERSION}); upgrade govpub"
        )
    return version


def set_audit_version(db: Database) -> None:
    """Record :data:`~govpub.audit.AUDIT_SCHEMA_VERSION` as the audit schema's version."""
    db.execute(
        "INSERT INTO schema_versions (component, version) VALUES ('audit', ?) "
        "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
        (AUDIT_SCHEMA_VERSION,),
    )
