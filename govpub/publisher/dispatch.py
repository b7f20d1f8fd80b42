"""Where deliveries run: the ``Dispatcher`` seam between planning a post and sending it.

The publisher plans (writes every delivery to the ledger), then hands the ids
to a dispatcher.  :class:`InProcessDispatcher`, the default, runs them here and
now, at most ``[publisher] concurrency`` at once, and returns when they are
done.  A queue-backed dispatcher (Celery, arq, procrastinate) enqueues one job
per id and returns at once; its workers call
:meth:`~govpub.publisher.delivery.Deliveries.deliver` — see
``docs/publishing.md``, "A Celery dispatcher in a page".

A dispatcher must be *at least once*: a job run twice, or by two workers at
once, is harmless (the lease admits one, the ledger state tells the other
there is nothing left); a job never run is found by ``govpub resume``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from govpub.publisher.delivery import Deliveries

__all__ = ["Dispatcher", "InProcessDispatcher"]


@runtime_checkable
class Dispatcher(Protocol):
    """Runs deliveries and retractions by id, somewhere."""

    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        """Have each delivery taken as far as it goes (now, or by a worker)."""

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        """Have each delivery retracted, for ``reason`` (audited with each deletion)."""


class InProcessDispatcher:
    """Runs every delivery in this event loop, ``concurrency`` at a time; returns when all are done.

    The per-platform and per-account limits are the
    :class:`~govpub.publisher.throttle.SendLimits` of ``deliveries``; this cap is
    the process's own.
    """

    def __init__(self, deliveries: Deliveries, *, concurrency: int) -> None:
        self.deliveries = deliveries
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)

    def __repr__(self) -> str:
        return f"<InProcessDispatcher concurrency={self.concurrency}>"

    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        """Deliver each id concurrently."""
        await asyncio.gather(*(self._deliver(d) for d in delivery_ids))

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        """Retract each id concurrently."""
        await asyncio.gather(*(self._retract(d, reason) for d in delivery_ids))

    async def _deliver(self, delivery_id: str) -> None:
        async with self._slots:
            await self.deliveries.deliver(delivery_id)

    async def _retract(self, delivery_id: str, reason: str) -> None:
        async with self._slots:
            await self.deliveries.retract(delivery_id, reason)
