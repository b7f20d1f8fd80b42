"""The ledger's freeze: one emergency stop for the whole matrix, audited when set and lifted.

Apart from the leases (:mod:`~govpub.ledger.sql_leases`), which say who may
move one delivery: the freeze says that no one may send anything.
"""

from __future__ import annotations

from datetime import datetime

from govpub.errors import LedgerError
from govpub.ledger.records import FreezeState
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import iso_or_none

__all__ = ["SqlFreeze"]


class SqlFreeze(SqlCore):
    """The ``freeze`` table for :class:`~govpub.ledger.sql.SqlLedger`."""

    def freeze(self, *, reason: str, actor: str) -> FreezeState:
        """Stop all sending until :meth:`unfreeze`."""
        if not reason.strip():
            raise LedgerError("a freeze needs a reason")
        now = self._clock()
        with self.transaction() as conn:
            conn.execute(
                'INSERT INTO "freeze"(id, reason, actor, since) VALUES (1, ?, ?, ?) '
                "ON CONFLICT(id) DO UPDATE SET reason = excluded.reason, actor = excluded.actor",
                (reason, actor, iso_or_none(now)),
            )
            self.audit(
                actor=actor, action="matrix.frozen", subject="matrix", details={"reason": reason}
            )
        state = self.frozen()
        assert state is not None  # noqa: S101 - written above
        return state

    def unfreeze(self, *, actor: str) -> None:
        """Lift the emergency stop."""
        with self.transaction() as conn:
            if conn.execute('DELETE FROM "freeze" WHERE id = 1').rowcount:
                self.audit(actor=actor, action="matrix.unfrozen", subject="matrix", details={})

    def frozen(self) -> FreezeState | None:
        """The emergency stop in force, if any."""
        with self._db.lock:
            row = self._db.execute(
                'SELECT reason, actor, since FROM "freeze" WHERE id = 1'
            ).fetchone()
        if row is None:
            return None
        return FreezeState(
            reason=row["reason"], actor=row["actor"], since=datetime.fromisoformat(row["since"])
        )
