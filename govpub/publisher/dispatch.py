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
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
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
        """Deliver each id, ``concurrency`` at a time; returns when every one has ended."""
        await self._pool(delivery_ids, self.deliveries.deliver)

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        """Retract each id, ``concurrency`` at a time; returns when every one has ended."""
        await self._pool(delivery_ids, partial(self.deliveries.retract, reason=reason))

    async def _pool(
        self, delivery_ids: Sequence[str], unit: Callable[[str], Awaitable[object]]
    ) -> None:
        """At most ``concurrency`` tasks take the ids in order, each one within a slot.

        Not a task per id: a post to 5,000 accounts would otherwise keep 5,000
        suspended tasks (and as many waiters on the slots) alive for the whole
        run — objects the garbage collector walks again and again.  The slots are
        still the limit, shared with other dispatches running at the same time.
        A unit that raises does not stop the others; the first error is raised
        once all have ended.
        """
        ids = iter(delivery_ids)
        errors: list[BaseException] = []

        async def work() -> None:
            for delivery_id in ids:
                async with self._slots:
                    try:
                        await unit(delivery_id)
                    except Exception as exc:  # raised below, after the others
                        errors.append(exc)

        workers = min(self.concurrency, len(delivery_ids))
        await asyncio.gather(*(work() for _ in range(workers)))
        if errors:
            raise errors[0]
