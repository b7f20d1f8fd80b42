"""The ledger's leases: which worker may move a delivery, and taking over from a dead one.

A delivery is moved only by the holder of its lease (``host:pid:start``,
:func:`worker_identity`); a lease ends when it expires, when its holder gives
it back, or when its holder's process is gone from this host.  The
transitions fence on the lease (:meth:`~govpub.ledger.sql.SqlLedger.transition`
``owner=``), so a worker that stalled past its lease sends nothing.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any

from govpub.ledger.records import DeliveryRecord
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import delivery_record, iso_or_none, parse_iso

__all__ = ["SqlLeases", "worker_identity"]


def worker_identity() -> str:
    """``host:pid:start`` — who holds a delivery's lease."""
    return f"{socket.gethostname()}:{os.getpid()}:{int(datetime.now(UTC).timestamp())}"


class SqlLeases(SqlCore):
    """Delivery leases for :class:`~govpub.ledger.sql.SqlLedger`."""

    def claim(self, delivery_ids: Sequence[str], *, owner: str, lease_seconds: float) -> list[str]:
        """Lease deliveries to ``owner``; a dead process's lease (same host) is taken over.

        Set-based: the leases of up to :data:`_CHUNK` deliveries are read in one
        query and the free ones taken in one update (the in-process dispatcher
        claims a whole post's deliveries at once).
        """
        now = self._clock()
        until = iso_or_none(now + timedelta(seconds=lease_seconds))
        lock = self._db.dialect.for_update  # a constant of the dialect
        free: set[str] = set()
        with self.transaction() as conn:
            for chunk in _chunks(delivery_ids):
                marks = ",".join("?" * len(chunk))
                # Only "?" placeholders and the dialect's constant are joined.
                rows = conn.execute(
                    f"SELECT id, owner, lease_until FROM deliveries WHERE id IN ({marks}){lock}",  # noqa: S608
                    chunk,
                ).fetchall()
                taken = [row["id"] for row in rows if _lease_free(row, owner, now)]
                if taken:
                    conn.execute(
                        "UPDATE deliveries SET owner = ?, lease_until = ? "  # noqa: S608
                        f"WHERE id IN ({','.join('?' * len(taken))})",
                        (owner, until, *taken),
                    )
                    free.update(taken)
        return [delivery_id for delivery_id in delivery_ids if delivery_id in free]

    def lease(
        self, delivery_id: str, *, owner: str, lease_seconds: float
    ) -> tuple[DeliveryRecord, bool]:
        """:meth:`claim` one delivery and read it: the record as stored, and whether it is ours.

        A free, expired or own lease is taken and the row returned by one
        statement (a worker's every job starts here); a lease another holder
        has not let expire goes through :meth:`claim`, which takes it over
        only from a process that is gone.  ``LedgerError`` if unknown.
        """
        now = self._clock()
        until = iso_or_none(now + timedelta(seconds=lease_seconds))
        with self._db.lock:
            row = self._db.execute(
                "UPDATE deliveries SET owner = ?, lease_until = ? WHERE id = ? AND "
                "(owner IS NULL OR owner = ? OR lease_until IS NULL OR lease_until <= ?) "
                "RETURNING *",
                (owner, until, delivery_id, owner, iso_or_none(now)),
            ).fetchone()
        if row is not None:
            return delivery_record(row), True
        taken = self.claim([delivery_id], owner=owner, lease_seconds=lease_seconds)
        return self.get_delivery(delivery_id), bool(taken)

    def release(self, *, owner: str, delivery_ids: Sequence[str] | None = None) -> None:
        """Give back every delivery ``owner`` holds (or only ``delivery_ids`` of them)."""
        if delivery_ids is None:
            self._db.execute(
                "UPDATE deliveries SET owner = NULL, lease_until = NULL WHERE owner = ?", (owner,)
            )
            return
        chunks = list(_chunks(delivery_ids))
        with self.transaction() if len(chunks) > 1 else nullcontext():  # one statement: atomic
            for chunk in chunks:
                self._db.execute(
                    "UPDATE deliveries SET owner = NULL, lease_until = NULL "  # noqa: S608
                    f"WHERE owner = ? AND id IN ({','.join('?' * len(chunk))})",
                    (owner, *chunk),
                )


#: Ids per ``IN (…)`` list: far below SQLite's and PostgreSQL's limits on parameters.
_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    """``ids`` (without repeats) in lists of at most :data:`_CHUNK`."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        yield unique[start : start + _CHUNK]


def _lease_free(row: Any, owner: str, now: datetime) -> bool:
    """Whether the lease in ``row`` may be taken by ``owner``: none, its own, expired or dead."""
    holder, lease = row["owner"], parse_iso(row["lease_until"])
    return (
        holder is None
        or holder == owner
        or lease is None
        or lease <= now
        or not _holder_alive(holder)
    )


def _holder_alive(holder: str) -> bool:
    """Whether the process named in a lease (``host:pid:start``) may still be running."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
