"""What the parts of the SQL ledger share: the database, the clock, the audit hook.

:class:`~govpub.ledger.sql.SqlLedger` is assembled from parts, one concern
each (:mod:`~govpub.ledger.sql_posts`, :mod:`~govpub.ledger.sql_transitions`,
:mod:`~govpub.ledger.sql_filings`, …); each part declares here what it uses of
the whole, and the ledger provides it.  How values are written to columns and
rows read back is :mod:`~govpub.ledger.sql_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from govpub.ledger.database import Database
from govpub.ledger.records import DeliveryRecord, FreezeState

if TYPE_CHECKING:
    from govpub.ledger.audit_store import SqlAuditTrail

__all__ = ["SqlCore"]


class SqlCore:
    """The members every part of the SQL ledger relies on (provided by ``SqlLedger``)."""

    path: str
    _db: Database
    _clock: Callable[[], datetime]
    _audit: SqlAuditTrail

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction (a savepoint inside another)."""
        raise NotImplementedError

    def audit(self, *, actor: str, action: str, subject: str, details: Mapping[str, Any]) -> None:
        """Append to the audit trail, inside the current transaction."""
        raise NotImplementedError

    def get_delivery(self, delivery_id: str) -> DeliveryRecord:
        """One delivery."""
        raise NotImplementedError

    def deliveries(
        self, *, post_id: str | None = None, states: Sequence[str] | None = None
    ) -> list[DeliveryRecord]:
        """Deliveries, optionally of one post and/or in some states."""
        raise NotImplementedError

    def owner_of(
        self, account_id: str, platform_post_id: str, *, exclude: str | None = None
    ) -> DeliveryRecord | None:
        """The delivery that recorded ``platform_post_id`` on ``account_id``."""
        raise NotImplementedError

    def frozen(self) -> FreezeState | None:
        """The emergency stop in force, if any."""
        raise NotImplementedError
