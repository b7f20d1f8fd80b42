"""What the parts of the SQL ledger share: the database, the clock, the audit hook.

:class:`~govpub.ledger.sql.SqlLedger` is assembled from parts, one concern
each (:mod:`~govpub.ledger.sql_filings`, :mod:`~govpub.ledger.sql_reports`);
each part declares here what it uses of the whole, and the ledger provides it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from govpub.ledger.database import Database
from govpub.ledger.records import DeliveryRecord

__all__ = ["SqlCore", "iso"]


def iso(value: datetime) -> str:
    """How the ledger stores a time: UTC, ISO 8601, microseconds (sorts as text)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class SqlCore:
    """The members every part of the SQL ledger relies on (provided by ``SqlLedger``)."""

    path: str
    _db: Database
    _clock: Callable[[], datetime]

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction (a savepoint inside another)."""
        raise NotImplementedError

    def audit(self, *, actor: str, action: str, subject: str, details: Mapping[str, Any]) -> None:
        """Append to the audit trail, inside the current transaction."""
        raise NotImplementedError

    def get_delivery(self, delivery_id: str) -> DeliveryRecord:
        """One delivery."""
        raise NotImplementedError
