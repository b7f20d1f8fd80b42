"""What every step of a publication shares: the matrix, the ledger and its writer, events, clock.

Built once by :class:`~govpub.AsyncPublisher` (or by a worker, through
:func:`~govpub.publisher.delivery.open_deliveries`) and handed to the gate and
plan step (:mod:`~govpub.publisher.planning`), the unit of work
(:mod:`~govpub.publisher.delivery`) and the reports, so none of them reaches
into another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from govpub.config import Matrix
from govpub.errors import LedgerError
from govpub.ledger import ACTIVE_STATES, DeliveryRecord, Ledger, PostRecord
from govpub.model import Account
from govpub.publisher.events import DeliveryEvent, EventBus
from govpub.publisher.retry import RetryPolicy, Sleep
from govpub.publisher.runner import Store
from govpub.publisher.settings import PublisherSettings
from govpub.publisher.writer import LedgerWriter

__all__ = ["RESUMABLE_FAILURES", "Context", "delivery_event"]

T = TypeVar("T")

#: Failure kinds that ``resume`` tries again (the others need a new post or a human).
RESUMABLE_FAILURES = frozenset(
    {
        "transient",
        "rate_limited",
        "auth_expired",
        "quota_exhausted",
        "reauthorization_required",
        "config",
        "error",
    }
)


@dataclass
class Context:
    """The shared parts of one publisher (or one worker)."""

    matrix: Matrix
    ledger: Ledger
    writer: LedgerWriter
    settings: PublisherSettings
    retry: RetryPolicy
    bus: EventBus
    actor: str
    operator_ip: str | None
    sleep: Sleep
    clock: Callable[[], datetime]
    accounts: Mapping[str, Account] = field(init=False)
    store: Store = field(init=False)

    def __post_init__(self) -> None:
        self.accounts = {account.id: account for account in self.matrix.accounts}
        self.store = Store(self.ledger, self.writer.run)  # (not self.run: one await less)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a ledger call on the writer thread; returns once it is committed."""
        return await self.writer.run(fn, *args, **kwargs)

    async def post(self, post_id: str) -> PostRecord:
        """The stored post; ``LedgerError`` naming the ledger if there is none."""
        record = await self.run(self.ledger.get_post, post_id)
        if record is None:
            raise LedgerError(f"no post {post_id!r} in the ledger {self.matrix.store.path}")
        return record

    async def deliveries(self, post_id: str) -> list[DeliveryRecord]:
        """The post's deliveries, oldest first."""
        records: list[DeliveryRecord] = await self.run(self.ledger.deliveries, post_id=post_id)
        return records

    def needs_work(self, record: DeliveryRecord) -> bool:
        """Whether a run should take this delivery further now."""
        if record.state in ACTIVE_STATES:
            return True
        kind = (record.last_error or {}).get("kind")
        if record.state != "failed" or kind not in RESUMABLE_FAILURES:
            return False
        # A rate-limit window or a spent quota: not before the platform said.
        return record.next_attempt_at is None or record.next_attempt_at <= self.clock()


def delivery_event(name: str, record: DeliveryRecord, **fields: Any) -> DeliveryEvent:
    """``govpub.delivery.<name>`` about ``record``."""
    return DeliveryEvent(
        name=f"govpub.delivery.{name}",
        post_id=record.post_id,
        delivery_id=record.id,
        account_id=record.account_id,
        platform=record.platform,
        **fields,
    )
