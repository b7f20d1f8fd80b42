"""The ledger's filings (备案): lifecycle events stored and audited in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from govpub.errors import LedgerError
from govpub.ledger.filings import FilingEvent, NewFiling
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import iso

__all__ = ["SqlFilings"]


class SqlFilings(SqlCore):
    """``filings`` table access for :class:`~govpub.ledger.sql.SqlLedger`."""

    def add_filing(
        self, event: NewFiling, *, check: Callable[[FilingEvent | None], None] | None = None
    ) -> FilingEvent:
        """Store one event, audited as ``account.<kind>``; ``check`` vets the previous event.

        ``check`` runs inside the transaction with the account's latest event, so
        two recorders cannot both pass the lifecycle rule and both insert.
        """
        with self.transaction() as conn:
            if check is not None:
                check(self.latest_filing(event.account_id))
            cursor = conn.execute(
                "INSERT INTO filings(kind, account_id, platform, account_name, unit, supervisor, "
                "event_date, changes, reason, actor, recorded_at, filed_on, receipt) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    event.kind,
                    event.account_id,
                    event.platform,
                    event.account_name,
                    event.unit,
                    event.supervisor,
                    event.event_date.isoformat(),
                    json.dumps(dict(event.changes), ensure_ascii=False, sort_keys=True),
                    event.reason,
                    event.actor,
                    iso(self._clock()),
                    event.filed_on.isoformat() if event.filed_on else None,
                    event.receipt,
                ),
            )
            stored = self.filing(int(cursor.fetchone()["id"]))
            details = stored.to_dict()
            details.pop("recorded_at")
            self.audit(
                actor=event.actor,
                action=f"account.{event.kind}",
                subject=event.account_id,
                details=details,
            )
        return stored

    def mark_filed(
        self,
        event_id: int,
        *,
        filed_on: date,
        actor: str,
        receipt: str | None = None,
        check: Callable[[FilingEvent], None] | None = None,
    ) -> FilingEvent:
        """Record that event ``event_id`` was filed in the national system (audited)."""
        with self.transaction() as conn:
            event = self.filing(event_id)
            if check is not None:
                check(event)
            conn.execute(
                "UPDATE filings SET filed_on = ?, receipt = COALESCE(?, receipt) WHERE id = ?",
                (filed_on.isoformat(), receipt, event_id),
            )
            self.audit(
                actor=actor,
                action="account.filed",
                subject=event.account_id,
                details={
                    "filing": event_id,
                    "kind": event.kind,
                    "filed_on": filed_on.isoformat(),
                    "receipt": receipt,
                },
            )
            return self.filing(event_id)

    def filing(self, event_id: int) -> FilingEvent:
        """One event; ``LedgerError`` if there is none with that number."""
        row = self._db.row("SELECT * FROM filings WHERE id = ?", (event_id,))
        if row is None:
            raise LedgerError(f"no filing #{event_id} in the ledger {self.path}")
        return _event(row)

    def filings(
        self, *, since: date | None = None, account_id: str | None = None
    ) -> list[FilingEvent]:
        """Events by event date (then number), optionally from ``since`` and of one account."""
        clauses, args = [], []
        if since is not None:
            clauses.append("event_date >= ?")
            args.append(since.isoformat())
        if account_id is not None:
            clauses.append("account_id = ?")
            args.append(account_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        query = f"SELECT * FROM filings{where} ORDER BY event_date, id"  # noqa: S608 - fixed clauses
        rows = self._db.rows(query, args)
        return [_event(row) for row in rows]

    def latest_filing(self, account_id: str) -> FilingEvent | None:
        """The account's latest event, if any."""
        events = self.filings(account_id=account_id)
        return events[-1] if events else None

    def latest_filings(self) -> dict[str, FilingEvent]:
        """Every account's latest event."""
        latest: dict[str, FilingEvent] = {}
        for event in self.filings():
            latest[event.account_id] = event
        return latest

    def closed_accounts(self) -> dict[str, FilingEvent]:
        """Accounts whose latest filing is 关停 or 注销: the publisher never plans them."""
        return {
            account_id: event
            for account_id, event in self.latest_filings().items()
            if event.kind in ("closed", "cancelled")
        }


def _event(row: Any) -> FilingEvent:
    return FilingEvent(
        id=row["id"],
        kind=row["kind"],
        account_id=row["account_id"],
        platform=row["platform"],
        account_name=row["account_name"],
        unit=row["unit"],
        supervisor=row["supervisor"],
        event_date=date.fromisoformat(row["event_date"]),
        changes=json.loads(row["changes"]),
        reason=row["reason"],
        actor=row["actor"],
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
        filed_on=date.fromisoformat(row["filed_on"]) if row["filed_on"] else None,
        receipt=row["receipt"],
    )
