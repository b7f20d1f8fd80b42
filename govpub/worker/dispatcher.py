"""The dispatcher of a publisher whose deliveries run in workers: it enqueues and returns.

A queue-backed :class:`~govpub.publisher.dispatch.Dispatcher`.  When the
publisher plans a post it asks the ledger to defer the jobs in the plan's own
transaction (``enqueues_with_plan``); :meth:`QueueDispatcher.dispatch` covers
the rest (``govpub resume``, the sweep, a post whose time has come) and is
idempotent: a delivery whose job still waits gets no second one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from govpub.ledger import Ledger

__all__ = ["QueueDispatcher"]


class QueueDispatcher:
    """Defers ``govpub.deliver`` / ``govpub.retract`` jobs; workers run them."""

    #: The planner defers the jobs of a new plan in the plan's transaction.
    enqueues_with_plan = True

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def __repr__(self) -> str:
        return "<QueueDispatcher>"

    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        """A job for each delivery that has none waiting."""
        await asyncio.to_thread(self.ledger.enqueue, list(delivery_ids))

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        """A retraction job for each delivery."""
        await asyncio.to_thread(self.ledger.enqueue_retractions, list(delivery_ids), reason)
