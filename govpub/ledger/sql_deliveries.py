"""The ledger's reads of deliveries: lists, one by id, by platform post, by step, and attempts.

Reads only, each one statement under the ledger's lock; what moves a delivery
is :mod:`~govpub.ledger.sql_transitions`, who may move it
:mod:`~govpub.ledger.sql_leases`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from govpub.errors import LedgerError
from govpub.ledger.records import DeliveryRecord
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import delivery_record, iso_or_none

__all__ = ["SqlDeliveries"]


class SqlDeliveries(SqlCore):
    """``deliveries`` and ``attempts`` reads for :class:`~govpub.ledger.sql.SqlLedger`."""

    def deliveries(
        self, *, post_id: str | None = None, states: Sequence[str] | None = None
    ) -> list[DeliveryRecord]:
        """Deliveries, optionally of one post and/or in some states, oldest first."""
        clauses, args = [], []
        if post_id is not None:
            clauses.append("post_id = ?")
            args.append(post_id)
        if states:
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            args.extend(states)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._db.lock:
            # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
            query = f"SELECT * FROM deliveries{where} ORDER BY created_at, account_id"  # noqa: S608
            rows = self._db.execute(query, args).fetchall()
        return [delivery_record(row) for row in rows]

    def get_delivery(self, delivery_id: str) -> DeliveryRecord:
        """One delivery; ``LedgerError`` if unknown."""
        with self._db.lock:
            row = self._db.execute(
                "SELECT * FROM deliveries WHERE id = ?", (delivery_id,)
            ).fetchone()
        if row is None:
            raise LedgerError(f"no delivery {delivery_id!r} in the ledger")
        return delivery_record(row)

    def owner_of(
        self, account_id: str, platform_post_id: str, *, exclude: str | None = None
    ) -> DeliveryRecord | None:
        """The delivery that recorded ``platform_post_id`` on ``account_id`` (but ``exclude``)."""
        with self._db.lock:
            row = self._db.execute(
                "SELECT * FROM deliveries WHERE account_id = ? AND platform_post_id = ? "
                "AND (CAST(? AS TEXT) IS NULL OR id <> ?)",
                (account_id, platform_post_id, exclude, exclude),
            ).fetchone()
        return None if row is None else delivery_record(row)

    def copies_of(
        self,
        content_key: str,
        *,
        accounts: Sequence[str],
        since: datetime,
        exclude_post: str,
    ) -> list[DeliveryRecord]:
        """Deliveries of *other* posts with this content key to these accounts since ``since``.

        Counted: deliveries that reached the account or are on their way
        (planned, sending, accepted, unknown, published, and published ones being
        or not yet retracted); not the failed, skipped, cancelled, removed or
        retracted ones.
        """
        if not accounts:
            return []
        marks = ",".join("?" * len(accounts))
        # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
        query = (
            "SELECT d.* FROM deliveries AS d JOIN posts AS p ON p.id = d.post_id "  # noqa: S608
            f"WHERE p.content_key = ? AND p.id != ? AND d.account_id IN ({marks}) "
            "AND d.state NOT IN ('failed', 'skipped', 'cancelled', 'removed', 'retracted') "
            "AND COALESCE(d.published_at, d.created_at) >= ? "
            "ORDER BY d.created_at, d.account_id"
        )
        with self._db.lock:
            rows = self._db.execute(
                query, (content_key, exclude_post, *accounts, iso_or_none(since))
            ).fetchall()
        return [delivery_record(row) for row in rows]

    def find_by_step(self, account_id: str, step: str, value: str) -> DeliveryRecord | None:
        """The delivery of ``account_id`` whose saved ``step`` is ``value`` (a platform's push)."""
        saved, key = self._db.dialect.json_text("steps", step)
        row = self._db.row(
            f"SELECT * FROM deliveries WHERE account_id = ? AND {saved} = ? "  # noqa: S608 - fixed
            "ORDER BY created_at LIMIT 1",
            (account_id, *key, value),
        )
        return None if row is None else delivery_record(row)

    def attempts(self, delivery_id: str) -> list[dict[str, Any]]:
        """The recorded platform calls of one delivery, in order."""
        with self._db.lock:
            rows = self._db.execute(
                "SELECT operation, outcome, error, wait, at FROM attempts "
                "WHERE delivery_id = ? ORDER BY id",
                (delivery_id,),
            ).fetchall()
        return [
            {**dict(row), "error": json.loads(row["error"]) if row["error"] else None}
            for row in rows
        ]

    def published_since(self, account_id: str, since: datetime) -> list[datetime]:
        """Publication times of ``account_id`` after ``since``, oldest first."""
        with self._db.lock:
            rows = self._db.execute(
                "SELECT published_at FROM deliveries WHERE account_id = ? AND published_at >= ? "
                "ORDER BY published_at",
                (account_id, iso_or_none(since)),
            ).fetchall()
        return [datetime.fromisoformat(row["published_at"]) for row in rows]
