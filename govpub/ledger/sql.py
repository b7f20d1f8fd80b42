"""The ledger's logic, written once in SQL both SQLite and PostgreSQL accept.

Every state change is its own committed transaction, written *before* the
publisher moves on, so a process killed at any instant leaves a ledger that
says exactly which deliveries are planned, in flight, done or in doubt.  The
audit record of a change is written in the same transaction as the change.

:class:`SqlLedger` runs over a :class:`~govpub.ledger.database.Database`; the
stores (:class:`~govpub.ledger.sqlite.SqliteLedger`,
:class:`~govpub.ledger.postgres.PostgresLedger`) open it and migrate the schema.
This module assembles the ledger from its parts (one table or concern each,
beside it as ``sql_*``) and keeps what is the whole's: the transactions, the
batches and the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Any

from govpub.ledger.audit_store import SqlAuditTrail
from govpub.ledger.database import Database
from govpub.ledger.sql_deliveries import SqlDeliveries
from govpub.ledger.sql_filings import SqlFilings
from govpub.ledger.sql_freeze import SqlFreeze
from govpub.ledger.sql_inbox import SqlInbox
from govpub.ledger.sql_leases import SqlLeases, worker_identity
from govpub.ledger.sql_posts import SqlPosts, delivery_key
from govpub.ledger.sql_reports import SqlReports
from govpub.ledger.sql_transitions import SqlTransitions

__all__ = ["SqlLedger", "delivery_key", "worker_identity"]


def _now() -> datetime:
    return datetime.now(UTC)


class SqlLedger(
    SqlPosts,
    SqlDeliveries,
    SqlTransitions,
    SqlLeases,
    SqlFreeze,
    SqlFilings,
    SqlInbox,
    SqlReports,
):
    """The :class:`~govpub.ledger.records.Ledger` over one database (:mod:`~.database`).

    Assembled from parts, one concern each: :class:`~govpub.ledger.sql_posts.SqlPosts`
    the posts and their plans; :class:`~govpub.ledger.sql_deliveries.SqlDeliveries`
    the reads of deliveries and attempts;
    :class:`~govpub.ledger.sql_transitions.SqlTransitions` their state changes;
    :class:`~govpub.ledger.sql_leases.SqlLeases` who may move them;
    :class:`~govpub.ledger.sql_freeze.SqlFreeze` the emergency stop;
    :class:`~govpub.ledger.sql_filings.SqlFilings` the lifecycle filings;
    :class:`~govpub.ledger.sql_inbox.SqlInbox` the inbox of public interactions
    (政民互动); :class:`~govpub.ledger.sql_reports.SqlReports` the read queries of
    health and metrics.  This class keeps what is the whole's: the transactions,
    batches and the audit trail.
    """

    def __init__(self, db: Database, *, path: str, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self.path = path
        self._clock = clock
        self._audit = SqlAuditTrail(db, clock=clock)

    @property
    def trail(self) -> SqlAuditTrail:
        """The hash-chained audit trail kept in the same database."""
        return self._audit

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction; a nested one is a savepoint that fails alone.

        The publisher's writer runs many calls inside one outer transaction
        (group commit): each call's own ``transaction()`` is then a savepoint,
        rolled back by itself if the call fails.
        """
        return self._db.transaction()

    @contextmanager
    def batch(self, *, wait: bool = True) -> Iterator[Database]:
        """One transaction for many calls without a savepoint each (the writer's group commit).

        A call that fails spoils the batch: everything is rolled back and
        :class:`~govpub.ledger.database.BatchSpoiled` raised, for the caller to
        run the calls again one by one (:meth:`Database.batch`).  ``wait=False``:
        :class:`~govpub.ledger.database.WouldWait` (nothing ran) unless the
        batch can begin at once and then wait for nothing (:attr:`begins_without_waiting`).
        """
        with self._db.batch(wait=wait), self.transaction() as db:
            yield db

    @property
    def begins_without_waiting(self) -> bool:
        """Whether ``batch(wait=False)`` can begin at all (SQLite, not read-only).

        The publisher's writer then commits a moment's calls on the event loop's
        thread when nothing else holds the database (see :mod:`govpub.publisher.writer`).
        """
        return self._db.begins_without_waiting and not getattr(self, "read_only", False)

    @contextmanager
    def joined(self) -> Iterator[None]:
        """A batch of one call: nested transactions join its outermost, but no transaction
        is opened for it — a call of one statement (a lease, a read) is one round trip.

        As in :meth:`batch`, a failure that passes through a nested transaction
        spoils the call's outermost one (:class:`~govpub.ledger.database.BatchSpoiled`),
        for the caller to run it again without this.
        """
        with self._db.batch():
            yield

    def audit(self, *, actor: str, action: str, subject: str, details: Mapping[str, Any]) -> None:
        """Append to the audit trail (inside the current transaction, if any)."""
        with self.transaction():
            self._audit.append(actor=actor, action=action, subject=subject, details=dict(details))

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._db.close()
