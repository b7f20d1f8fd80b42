"""Delivery leases kept alive while their holder works, so that a lease can be short.

A delivery is leased in the ledger before it runs (:meth:`~govpub.ledger.Ledger.claim`),
and a lease whose holder died is taken over: at once when the holder was a process on
the same machine that no longer exists, otherwise when the lease expires.  A lease
that must outlast the longest delivery (its retry budget plus its status budget)
leaves a dead remote worker's deliveries waiting that long.  Instead the holder
renews what it holds every third of the lease (one set-based ``claim`` for all of
them), and the lease is ``[publisher] delivery_lease`` seconds.

A renewal that comes back without a delivery means another process took it over (this
one was stopped or starved for a whole lease); that is logged, and the state machine
of the ledger still refuses a transition the new holder made impossible.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import TYPE_CHECKING

from govpub.logging import get_logger

if TYPE_CHECKING:
    from collections.abc import Iterable

    from govpub.publisher.context import Context

__all__ = ["LeaseKeeper"]

_log = get_logger("govpub.publisher")


class LeaseKeeper:
    """Renews the leases of the deliveries ``owner`` holds, every third of ``seconds``."""

    def __init__(self, context: Context, owner: str, seconds: float) -> None:
        self._context = context
        self._owner = owner
        self.seconds = seconds
        self._held: set[str] = set()
        self._task: asyncio.Task[None] | None = None

    def hold(self, delivery_ids: Iterable[str]) -> None:
        """Keep these leases alive from now on (renewal starts with the first one held)."""
        self._held.update(delivery_ids)
        if self._held and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._renew_forever())

    def drop(self, delivery_ids: Iterable[str]) -> None:
        """Stop renewing these leases (they were released)."""
        self._held.difference_update(delivery_ids)

    async def renew(self) -> set[str]:
        """Renew every held lease now; the ids another process holds instead."""
        ids = sorted(self._held)
        if not ids:
            return set()
        ctx = self._context
        kept = await ctx.run(ctx.ledger.claim, ids, owner=self._owner, lease_seconds=self.seconds)
        lost = (set(ids) - set(kept)) & self._held  # one released meanwhile is not lost
        if lost:
            _log.warning("govpub.delivery.lease_lost", deliveries=sorted(lost), owner=self._owner)
        return lost

    async def _renew_forever(self) -> None:
        while True:
            await asyncio.sleep(self.seconds / 3)
            try:
                await self.renew()
            except Exception:  # the next renewal tries again; the lease has two more thirds
                _log.exception("govpub.delivery.lease_renewal_failed", owner=self._owner)

    async def aclose(self) -> None:
        """Stop renewing (the caller releases what it still holds)."""
        self._held.clear()
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None
