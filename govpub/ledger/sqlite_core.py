"""What the parts of the SQLite ledger share: the connection, its lock, the clock.

:class:`~govpub.ledger.sqlite.SqliteLedger` is assembled from parts, one concern
each (:mod:`~govpub.ledger.sqlite_filings`, :mod:`~govpub.ledger.sqlite_reports`);
each part declares here what it uses of the whole, and the ledger provides it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from govpub.ledger.records import DeliveryRecord

__all__ = ["SqliteCore", "iso"]


def iso(value: datetime) -> str:
    """How the ledger stores a time: UTC, ISO 8601, microseconds (sorts as text)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class SqliteCore:
    """The members every part of the SQLite ledger relies on (provided by ``SqliteLedger``)."""

    path: str
    _conn: sqlite3.Connection
    _lock: Any
    _clock: Callable[[], datetime]

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction (a savepoint inside another)."""
        raise NotImplementedError

    def audit(self, *, actor: str, action: str, subject: str, details: Mapping[str, Any]) -> None:
        """Append to the audit trail, inside the current transaction."""
        raise NotImplementedError

    def get_delivery(self, delivery_id: str) -> DeliveryRecord:
        """One delivery."""
        raise NotImplementedError
