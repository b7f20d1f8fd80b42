"""A delivery is a unit of work: a worker finishes it from its id, the config and the ledger.

:meth:`Deliveries.deliver` claims the delivery's lease, reads the post from the
ledger and renders it (unless the publisher already did), builds the adapter,
takes a call slot and — for a platform with an hourly limit — *reserves* a
slot of the hour, runs the :class:`~govpub.publisher.runner.DeliveryRunner`,
gives back what it did not use, and releases the lease.  Running it twice, or
in two workers at once, sends nothing twice: the lease admits one, the ledger's
state tells the second there is nothing left to do.

:meth:`Deliveries.retract` is the same for a retraction (撤回).

A dispatcher (:mod:`govpub.publisher.dispatch`) decides where and when these
run: in this process, or as jobs of a queue whose workers open their own
:func:`open_deliveries`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from govpub.config import Matrix
from govpub.errors import GovpubError, RateLimitedError
from govpub.ledger import DeliveryRecord, Ledger, worker_identity
from govpub.ledger.stores import open_ledger
from govpub.logging import get_logger
from govpub.model import Account
from govpub.platforms.base import Rendered, get_adapter_class
from govpub.publisher.adapters import AdapterPool
from govpub.publisher.context import Context, delivery_event
from govpub.publisher.events import EventBus, EventHandler
from govpub.publisher.leases import LeaseKeeper
from govpub.publisher.retraction import RETRACTABLE, cancel_unsent
from govpub.publisher.retry import RetryPolicy, Sleep
from govpub.publisher.runner import DeliveryRunner
from govpub.publisher.settings import PublisherSettings
from govpub.publisher.throttle import Reservation, SendLimits, hourly_bucket
from govpub.publisher.throttle_memory import InMemoryLimits
from govpub.publisher.writer import LedgerWriter

__all__ = ["Deliveries", "default_limits", "open_deliveries"]

_log = get_logger("govpub.publisher")

#: States after which a publish call went out (or may have): an hourly slot is spent.
_SENT_STATES = frozenset({"sending", "accepted", "published", "unknown", "removed"})


def default_limits(settings: PublisherSettings, *, sleep: Sleep = asyncio.sleep) -> SendLimits:
    """The in-process limits sized by ``[publisher]``."""
    return InMemoryLimits(
        platform_limit=settings.platform_limit, per_account=settings.per_account, sleep=sleep
    )


class Deliveries:
    """Runs deliveries and retractions by id, within the shared :class:`SendLimits`."""

    def __init__(self, context: Context, limits: SendLimits, pool: AdapterPool) -> None:
        self.context = context
        self.limits = limits
        self.pool = pool
        # host:pid:start of the process, and this instance: two instances in one process
        # (two jobs, two publishers) are two lease holders, never one that runs a delivery twice
        self.owner = f"{worker_identity()}:{uuid.uuid4().hex[:8]}"
        self._running: set[str] = set()
        self._renders: dict[tuple[str, str], Rendered] = {}
        self._checked: set[str] = set()
        self._leased: dict[str, DeliveryRecord] = {}  # claimed by prime(), not yet run
        self._bulk: dict[str, str] = {}  # delivery id → post id, released by forget()
        self._ended: dict[str, DeliveryRecord] = {}  # primed deliveries as their run left them
        self.leases = LeaseKeeper(context, self.owner, context.settings.delivery_lease)

    # -- what the publisher tells us ------------------------------------------------

    async def prime(
        self,
        post_id: str,
        renders: Mapping[str, Rendered],
        records: Sequence[DeliveryRecord] = (),
    ) -> None:
        """Use these renders for ``post_id``, whose state and freeze the publisher has checked.

        ``records`` (the deliveries about to be dispatched here) are leased in one
        call, and each :meth:`deliver` then starts from its record instead of
        claiming and reading it again — the in-process fast path.
        """
        for platform, rendered in renders.items():
            self._renders[post_id, platform] = rendered
        self._checked.add(post_id)
        if records:
            ctx = self.context
            claimed = set(
                await ctx.run(
                    ctx.ledger.claim,
                    [r.id for r in records],
                    owner=self.owner,
                    lease_seconds=self._lease,
                )
            )
            for record in records:
                if record.id in claimed:
                    self._leased[record.id] = record
                    self._bulk[record.id] = post_id
            self.leases.hold(claimed)

    async def forget(self, post_id: str) -> dict[str, DeliveryRecord]:
        """Drop what :meth:`prime` stored for ``post_id`` and give back its leases.

        Returns the records of the primed deliveries that ran here, as their
        runs left them (each is the row its last write returned): the publisher
        reports from them instead of reading every delivery again.
        """
        self._checked.discard(post_id)
        for key in [k for k in self._renders if k[0] == post_id]:
            del self._renders[key]
        ids = [d for d, p in self._bulk.items() if p == post_id]
        ended: dict[str, DeliveryRecord] = {}
        for delivery_id in ids:
            del self._bulk[delivery_id]
            self._leased.pop(delivery_id, None)
            record = self._ended.pop(delivery_id, None)
            if record is not None:
                ended[delivery_id] = record
        if ids:
            ctx = self.context
            self.leases.drop(ids)
            await ctx.run(ctx.ledger.release, owner=self.owner, delivery_ids=ids)
        return ended

    @property
    def _lease(self) -> float:
        return self.leases.seconds

    # -- the units of work ------------------------------------------------------------

    async def deliver(self, delivery_id: str) -> DeliveryRecord:
        """Take one delivery as far as it goes now; the record as it ends.

        Does nothing (and returns the record) when the delivery needs no work,
        its post is not to be sent now (scheduled, retracted, frozen), or
        another live worker holds its lease.
        """
        ctx = self.context
        if delivery_id in self._running:  # the same job twice at once: the lease is ours already
            return await ctx.store.get(delivery_id)
        self._running.add(delivery_id)
        try:
            return await self._claimed(delivery_id)
        finally:
            self._running.discard(delivery_id)

    async def _claimed(self, delivery_id: str) -> DeliveryRecord:
        ctx = self.context
        leased = self._leased.pop(delivery_id, None)
        if leased is not None:  # claimed by prime(); released by forget()
            ended = self._ended[delivery_id] = await self._deliver(leased)
            return ended
        # as it is now that we hold it (or not): one statement when the lease is free
        record, held = await ctx.run(
            ctx.ledger.lease, delivery_id, owner=self.owner, lease_seconds=self._lease
        )
        if not held:
            return record
        self.leases.hold([delivery_id])
        try:
            return await self._deliver(record)
        finally:
            self.leases.drop([delivery_id])
            await ctx.run(ctx.ledger.release, owner=self.owner, delivery_ids=[delivery_id])

    async def _deliver(self, record: DeliveryRecord) -> DeliveryRecord:
        """The leased delivery, if it needs work and its post may be sent now."""
        ctx = self.context
        if not ctx.needs_work(record) or not await self._may_send(record.post_id):
            return record
        account = ctx.accounts.get(record.account_id)
        rendered = await self._rendered(record) if account is not None else None
        if account is None or rendered is None:
            return await self._orphan(record)
        async with self.limits.slot(record.platform, record.account_id):
            return await self._run(record, account, rendered)

    async def retract(self, delivery_id: str, reason: str) -> DeliveryRecord:
        """Retract one delivery (cancel, settle, delete), within the same limits as a send."""
        ctx = self.context
        record = await ctx.store.get(delivery_id)
        if await cancel_unsent(ctx.store, record, actor=ctx.actor):
            return await ctx.store.get(delivery_id)
        if record.state not in RETRACTABLE:
            return record
        account = ctx.accounts.get(record.account_id)
        rendered = await self._rendered(record) if account is not None else None
        if account is None or rendered is None:
            return await self._unconfigured(record)
        async with self.limits.slot(record.platform, record.account_id):
            runner = self.runner(record, account, rendered)
            return await runner.retract(reason)

    def runner(
        self,
        record: DeliveryRecord,
        account: Account,
        rendered: Rendered,
        *,
        status_events: asyncio.Queue[Any] | None = None,
        leased: bool = False,
    ) -> DeliveryRunner:
        """A runner for ``record`` with this worker's adapter, policy and limits.

        ``leased``: this worker holds the delivery's lease, and the runner's moves
        before a platform call are fenced by it.
        """
        ctx = self.context
        return DeliveryRunner(
            record=record,
            adapter=self.pool.adapter(account),
            rendered=rendered,
            store=ctx.store,
            policy=ctx.retry,
            cooldowns=self.limits.cooldowns,
            emit=ctx.bus.emit,
            sleep=ctx.sleep,
            actor=ctx.actor,
            operator_ip=ctx.operator_ip,
            status_events=status_events,
            clock=ctx.clock,
            listening=ctx.bus.listening,
            lease_owner=self.owner if leased else None,
        )

    # -- internals ----------------------------------------------------------------------

    async def _may_send(self, post_id: str) -> bool:
        """The post is active (not scheduled, refused or retracted) and not held by a freeze."""
        if post_id in self._checked:
            return True
        ctx = self.context
        post, frozen = await ctx.run(ctx.ledger.post_and_freeze, post_id)
        if post is None or post.state not in ("active", "done"):
            return False
        return frozen is None or post.category in ctx.settings.freeze_exempt

    async def _rendered(self, record: DeliveryRecord) -> Rendered | None:
        """The post as ``record``'s platform shows it: primed, cached, or read from the ledger."""
        key = (record.post_id, record.platform)
        rendered = self._renders.get(key)
        if rendered is None and record.post_id not in self._checked:
            ctx = self.context
            post = await ctx.run(ctx.ledger.load_post, record.post_id)
            rendered = get_adapter_class(record.platform).render(post)
            if len(self._renders) > 256:  # a worker serves many posts: keep the cache small
                self._renders.clear()
            self._renders[key] = rendered
        return rendered

    async def _run(
        self, record: DeliveryRecord, account: Account, rendered: Rendered
    ) -> DeliveryRecord:
        reservation = None
        if record.state in ("planned", "failed"):
            reservation = await self._reserve_hour(record, account)
            if reservation is not None and not reservation.granted:
                return await self._over_hourly_limit(record, account, reservation)
        runner: DeliveryRunner | None = None
        try:
            # Only a platform that publishes asynchronously (its capabilities say so: WeChat)
            # pushes results, so only its deliveries take an inbox (a queue, its event and
            # four deques each); a pushed result for another is written to the ledger.
            asynchronous = get_adapter_class(account.platform).capabilities.asynchronous
            with self.limits.inbox(record.id) if asynchronous else nullcontext() as queue:
                runner = self.runner(record, account, rendered, status_events=queue, leased=True)
                try:
                    return await runner.run()
                except GovpubError as exc:
                    return await self._interrupted(runner.record, exc)
                except Exception as exc:
                    _log.exception(
                        "govpub.delivery.crashed", delivery=record.id, account=record.account_id
                    )
                    return await self._interrupted(runner.record, exc)
        finally:
            if reservation is not None and reservation.granted:
                final = runner.record if runner is not None else record
                sent = final.attempts > record.attempts or final.state in _SENT_STATES
                if not sent:
                    await self.limits.release(reservation)

    async def _reserve_hour(self, record: DeliveryRecord, account: Account) -> Reservation | None:
        """A slot of the account's hourly bucket (Weibo 30), taken before the send."""
        limit = get_adapter_class(account.platform).capabilities.posts_per_hour
        if limit is None:
            return None
        ctx = self.context
        now = ctx.clock()
        earlier = await ctx.run(ctx.ledger.published_since, account.id, now - timedelta(hours=1))
        return await self.limits.reserve(
            hourly_bucket(account.id),
            holder=record.id,
            limit=limit,
            window=timedelta(hours=1),
            now=now,
            earlier=earlier,
        )

    async def _over_hourly_limit(
        self, record: DeliveryRecord, account: Account, reservation: Reservation
    ) -> DeliveryRecord:
        """Not sent: fails as rate limited until the oldest send of the hour ages out.

        weibo.md §9: "don't let one agency's burst starve the matrix".
        """
        limit = get_adapter_class(account.platform).capabilities.posts_per_hour
        wait = max(reservation.wait, 1.0)
        error = RateLimitedError(
            f"{limit} posts in the last hour: the client-side limit of this account",
            platform=account.platform,
            account=account.id,
            retry_after=wait,
        )
        ctx = self.context
        if record.state == "failed":
            record = await ctx.store.transition(
                record.id, "planned", actor=ctx.actor, action="delivery.requeued"
            )
        moved = await ctx.store.transition(
            record.id,
            "failed",
            actor=ctx.actor,
            action="delivery.failed",
            error=error.to_dict(),
            next_attempt_at=reservation.at + timedelta(seconds=wait),
        )
        await ctx.bus.emit(delivery_event("failed", record, error=error.to_dict()))
        return moved

    async def _interrupted(self, record: DeliveryRecord, exc: BaseException) -> DeliveryRecord:
        """An unexpected error mid-delivery: what was in flight becomes ``unknown``, never lost."""
        ctx = self.context
        current = await ctx.store.get(record.id)
        error = {"kind": "error", "message": f"{type(exc).__name__}: {exc}"}
        if current.state in ("sending", "accepted"):
            return await ctx.store.transition(
                record.id, "unknown", actor=ctx.actor, action="delivery.unknown", error=error
            )
        if current.state == "planned":
            return await ctx.store.transition(
                record.id, "failed", actor=ctx.actor, action="delivery.failed", error=error
            )
        return current

    async def _orphan(self, record: DeliveryRecord) -> DeliveryRecord:
        """A delivery whose account is no longer in the configuration cannot be sent."""
        if record.state != "planned":
            return record
        ctx = self.context
        return await ctx.store.transition(
            record.id,
            "failed",
            actor=ctx.actor,
            action="delivery.failed",
            error={
                "kind": "rejected",
                "message": f"account {record.account_id!r} is not configured",
            },
        )

    async def _unconfigured(self, record: DeliveryRecord) -> DeliveryRecord:
        """A retraction for an account no longer configured: a task for an editor."""
        ctx = self.context
        if record.state not in ("unknown", "retracting"):
            record = await ctx.store.transition(
                record.id, "retracting", actor=ctx.actor, action="delivery.retracting"
            )
        moved = await ctx.store.transition(
            record.id,
            "retract_manual",
            actor=ctx.actor,
            action="delivery.retract_manual",
            instruction="账号已不在配置中，请在平台后台手动删除。",
            error={
                "kind": "not_configured",
                "message": f"account {record.account_id!r} is no longer configured",
            },
        )
        await ctx.bus.emit(delivery_event("retract_manual", record))
        return moved

    async def aclose(self) -> None:
        """Give back every lease this worker still holds, close the adapters and the limits."""
        ctx = self.context
        await self.leases.aclose()
        await ctx.run(ctx.ledger.release, owner=self.owner)
        await self.pool.aclose()
        await self.limits.aclose()


@asynccontextmanager
async def open_deliveries(
    matrix: Matrix,
    *,
    ledger: Ledger | None = None,
    limits: SendLimits | None = None,
    settings: PublisherSettings | None = None,
    retry: RetryPolicy | None = None,
    client: httpx.AsyncClient | None = None,
    on_event: EventHandler | None = None,
    actor: str = "govpub-worker",
    sleep: Sleep = asyncio.sleep,
    clock: Callable[[], datetime] | None = None,
) -> AsyncIterator[Deliveries]:
    """A worker's :class:`Deliveries`, from the configuration alone; closes what it opened.

    ::

        async with open_deliveries(matrix) as work:
            await work.deliver(delivery_id)
    """
    settings = settings or PublisherSettings.from_matrix(matrix)
    now = clock or (lambda: datetime.now(UTC))
    own_ledger = ledger is None
    store = ledger or open_ledger(matrix.store, clock=now)
    writer = LedgerWriter(store)
    bus = EventBus()
    if on_event is not None:
        bus.subscribe(on_event)
    context = Context(
        matrix=matrix,
        ledger=store,
        writer=writer,
        settings=settings,
        retry=retry or settings.retry,
        bus=bus,
        actor=actor,
        operator_ip=settings.operator_ip,
        sleep=sleep,
        clock=now,
    )
    limits = limits or default_limits(settings, sleep=sleep)
    work = Deliveries(context, limits, AdapterPool(settings, limits, client=client, sleep=sleep))
    try:
        yield work
    finally:
        try:
            await work.aclose()
        finally:
            bus.close()
            writer.close()
            if own_ledger:
                store.close()
