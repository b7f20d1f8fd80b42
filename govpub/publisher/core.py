"""``AsyncPublisher``: one post, every account of the matrix, nothing lost, nothing doubled.

A publication is gate → plan → dispatch → report (DESIGN "Data flow"):

1. gate and plan (:mod:`~govpub.publisher.planning`): compliance, review,
   targets, duplicates, rendering, and the plan — one delivery per target
   account — written to the ledger in one transaction *before* any network call;
2. dispatch (:mod:`~govpub.publisher.dispatch`): each delivery id to a
   :class:`~govpub.publisher.dispatch.Dispatcher`; the default runs them here,
   each one a unit of work (:mod:`~govpub.publisher.delivery`) within the shared
   :class:`~govpub.publisher.throttle.SendLimits`;
3. report: the post's state settled and every delivery read back from the ledger.

``resume()`` finishes whatever a killed process left; ``retract()`` dispatches
retractions through the same units and limits; ``run_due()`` sends scheduled
posts; ``freeze()`` holds all sending except exempt categories.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from govpub.config import Matrix
from govpub.errors import ConfigError, GovpubError, PlatformError
from govpub.ledger import ACTIVE_STATES, DeliveryRecord, Ledger, PostRecord
from govpub.ledger.stores import open_ledger
from govpub.model import Post
from govpub.platforms.base import PublishOutcome, Rendered
from govpub.publisher.adapters import AdapterPool
from govpub.publisher.context import Context
from govpub.publisher.delivery import Deliveries, default_limits
from govpub.publisher.dispatch import Dispatcher, InProcessDispatcher
from govpub.publisher.events import DeliveryEvent, EventBus, EventHandler
from govpub.publisher.gate import Gate, default_gate
from govpub.publisher.planning import Planner, render
from govpub.publisher.pushes import Pushes
from govpub.publisher.report import PublishReport
from govpub.publisher.retry import RetryPolicy, Sleep
from govpub.publisher.settings import PublisherSettings
from govpub.publisher.throttle import SendLimits
from govpub.publisher.webhook import WebhookSink
from govpub.publisher.writer import LedgerWriter

__all__ = ["AsyncPublisher"]


class AsyncPublisher:
    """Publishes posts to a matrix; an async context manager.

    ::

        async with govpub.AsyncPublisher(matrix) as publisher:
            report = await publisher.publish(post, approvals)

    ``limits`` (default: in this process) are shared by every worker of the
    matrix; ``dispatcher`` (default: run here, now) decides where deliveries run.
    """

    def __init__(
        self,
        matrix: Matrix,
        *,
        ledger: Ledger | None = None,
        gate: Gate | None = None,
        retry: RetryPolicy | None = None,
        settings: PublisherSettings | None = None,
        client: httpx.AsyncClient | None = None,
        on_event: EventHandler | None = None,
        actor: str = "govpub",
        operator_ip: str | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], datetime] | None = None,
        limits: SendLimits | None = None,
        dispatcher: Dispatcher | None = None,
    ) -> None:
        self.matrix = matrix
        self.settings = settings or PublisherSettings.from_matrix(matrix)
        self.retry = retry or self.settings.retry
        self._own_ledger = ledger is None
        self._clock = clock or (lambda: datetime.now(UTC))
        self.ledger: Ledger = ledger or open_ledger(matrix.store, clock=self._clock)
        self._gate: Gate | None = gate
        self.actor = actor
        self.operator_ip = operator_ip or self.settings.operator_ip
        self._bus = EventBus()
        if on_event is not None:
            self._bus.subscribe(on_event)
        self._ctx = Context(
            matrix=matrix,
            ledger=self.ledger,
            writer=LedgerWriter(self.ledger),
            settings=self.settings,
            retry=self.retry,
            bus=self._bus,
            actor=actor,
            operator_ip=self.operator_ip,
            sleep=sleep,
            clock=self._clock,
        )
        self.limits: SendLimits = limits or default_limits(self.settings, sleep=sleep)
        self._pool = AdapterPool(self.settings, self.limits, client=client, sleep=sleep)
        self.deliveries = Deliveries(self._ctx, self.limits, self._pool)
        self.dispatcher: Dispatcher = dispatcher or self._configured_dispatcher()
        self._planner = Planner(self._ctx, self._pool, lambda: self.gate)
        self._pushes = Pushes(self._ctx, self.limits, self._pool)
        self._closed = False
        self._webhook: WebhookSink | None = None
        if self.settings.webhook is not None:
            self._webhook = WebhookSink(self.settings.webhook, self._pool.http(), sleep=sleep)
            self._bus.subscribe(self._webhook)

    def __repr__(self) -> str:
        return f"<AsyncPublisher {len(self.matrix)} accounts, ledger={self.ledger!r}>"

    def _configured_dispatcher(self) -> Dispatcher:
        """``[publisher] dispatcher``: run here, or enqueue for ``govpub worker`` processes."""
        if self.settings.dispatcher == "in-process":
            return InProcessDispatcher(self.deliveries, concurrency=self.settings.concurrency)
        if self.matrix.store.url is None:
            raise ConfigError(
                'dispatcher = "workers" needs a PostgreSQL store ([store] url): workers '
                "share the ledger and its job queue",
                file=str(self.matrix.path) if self.matrix.path is not None else None,
                key="publisher.dispatcher",
            )
        from govpub.worker.dispatcher import QueueDispatcher  # noqa: PLC0415

        return QueueDispatcher(self.ledger)

    async def __aenter__(self) -> AsyncPublisher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close adapters, the HTTP client and (if it opened it) the ledger."""
        if self._closed:
            return
        self._closed = True
        if self._webhook is not None:
            await self._webhook.aclose()
        self._bus.close()
        await self.deliveries.aclose()
        self._ctx.writer.close()
        if self._own_ledger:
            self.ledger.close()

    @property
    def gate(self) -> Gate:
        """Compliance and review, built from the matrix on first use (freeze needs neither)."""
        if self._gate is None:
            self._gate = default_gate(self.matrix)
        return self._gate

    # -- public API ------------------------------------------------------------

    def subscribe(self, handler: EventHandler) -> None:
        """Call ``handler`` (sync or async) for every delivery event."""
        self._bus.subscribe(handler)

    def events(self) -> AsyncIterator[DeliveryEvent]:
        """Iterate over delivery events (for progress displays); ends when the publisher closes."""
        return self._bus.stream()

    async def publish(
        self,
        post: Post,
        approvals: Sequence[Any] = (),
        *,
        accounts: Sequence[str] | None = None,
        platforms: Sequence[str] | None = None,
        units: Sequence[str] | None = None,
        dry_run: bool = False,
        allow_duplicate: bool = False,
    ) -> PublishReport:
        """Check, gate, plan and deliver ``post`` to the matrix (or the selected accounts).

        Publishing a post that is already in the ledger (the same id — for a post
        without ``id``, the same content) sends nothing twice: the report shows the
        deliveries made (``already_submitted``) and unfinished ones are continued.

        Raises :class:`~govpub.PolicyError` or :class:`~govpub.ReviewError` when the
        gate refuses — :class:`~govpub.DuplicatePostError` when the same title and
        body already reached some of the accounts within ``duplicate_window`` and
        ``allow_duplicate`` is not set — and :class:`~govpub.PostError` when the post
        cannot fit a platform or is over ``[policy.limits]``; in those cases nothing is
        stored or sent.
        """
        plan = await self._planner.plan(
            post,
            approvals,
            accounts=accounts,
            platforms=platforms,
            units=units,
            dry_run=dry_run,
            allow_duplicate=allow_duplicate,
            # a queue's jobs commit with the plan (govpub.worker.QueueDispatcher)
            enqueue=bool(getattr(self.dispatcher, "enqueues_with_plan", False)),
        )
        findings = plan.gated.findings
        if dry_run:
            return self._report(plan.record, plan.deliveries, findings)
        await self._emit_post("submitted", plan.record)
        if plan.scheduled:
            return self._report(plan.record, plan.deliveries, findings, again=plan.again)
        return await self._deliver_post(
            plan.record, plan.renders, findings, again=plan.again, deliveries=plan.deliveries
        )

    async def resume(self, post_id: str | None = None) -> list[PublishReport]:
        """Finish every delivery a stopped process left (or those of one post)."""
        ctx = self._ctx
        if post_id is not None:
            records = [await ctx.post(post_id)]
        else:
            records = await ctx.run(self._posts_to_resume)
        reports = []
        for record in records:
            deliveries = await ctx.deliveries(record.id)
            if record.state not in ("active", "done"):  # scheduled, refused, retracted: not now
                reports.append(self._report(record, deliveries, ()))
                continue
            post = await ctx.run(self.ledger.load_post, record.id)
            renders = render(post, {d.platform for d in deliveries})
            reports.append(await self._deliver_post(record, renders, (), deliveries=deliveries))
        return reports

    async def status(self, post_id: str) -> PublishReport:
        """Where each delivery of ``post_id`` stands, from the ledger."""
        record = await self._ctx.post(post_id)
        return self._report(record, await self._ctx.deliveries(post_id), ())

    async def retract(self, post_id: str, reason: str) -> PublishReport:
        """Take ``post_id`` down from every platform where it went (撤回), audited."""
        if not reason.strip():
            raise ConfigError("a retraction needs a reason (--reason)", key="reason")
        ctx = self._ctx
        await ctx.post(post_id)
        post = await ctx.run(self.ledger.load_post, post_id)
        await self._audit("retract.requested", post_id, {"reason": reason})
        deliveries = await ctx.deliveries(post_id)
        renders = render(post, {d.platform for d in deliveries if d.account_id in ctx.accounts})
        await self.deliveries.prime(post_id, renders)
        try:
            await self.dispatcher.dispatch_retractions([d.id for d in deliveries], reason)
        finally:
            await self.deliveries.forget(post_id)
        await ctx.run(
            self.ledger.set_post_state, post_id, "retracted", actor=self.actor, reason=reason
        )
        report = self._report(await ctx.post(post_id), await ctx.deliveries(post_id), ())
        details = {"reason": reason, "counts": report.counts}
        await self._audit("retract.completed", post_id, details)
        return report

    async def run_due(self, now: datetime | None = None) -> list[PublishReport]:
        """Send every scheduled post whose time has come, re-verifying its approvals first."""
        ctx = self._ctx
        moment = now or self._clock()
        reports = []
        for record in await ctx.run(self.ledger.due_posts, moment):
            post = await ctx.run(self.ledger.load_post, record.id)
            try:
                gated = await self._planner.pass_gate(post, record.approvals, moment, audit=True)
            except GovpubError as exc:
                await self._refuse_scheduled(record, exc)
                reports.append(await self.status(record.id))
                continue
            await ctx.run(self.ledger.set_post_state, record.id, "active", actor=self.actor)
            renders = render(gated.post, {d.platform for d in await ctx.deliveries(record.id)})
            reports.append(
                await self._deliver_post(await ctx.post(record.id), renders, gated.findings)
            )
        return reports

    async def freeze(self, reason: str) -> None:
        """Emergency stop: nothing is sent until :meth:`unfreeze` (exempt categories excepted)."""
        await self._ctx.run(self.ledger.freeze, reason=reason, actor=self.actor)

    async def unfreeze(self) -> None:
        """Lift the emergency stop; queued and scheduled deliveries go out on the next run."""
        await self._ctx.run(self.ledger.unfreeze, actor=self.actor)

    async def feed_status(self, delivery_id: str, result: PublishOutcome | PlatformError) -> None:
        """Hand a pushed result (e.g. WeChat ``PUBLISHJOBFINISH``) to its delivery."""
        await self._pushes.feed(delivery_id, result)

    async def accept_push(self, account_id: str, payload: bytes) -> PublishReport | None:
        """A platform's pushed result (e.g. WeChat ``PUBLISHJOBFINISH``) for ``account_id``.

        Call it from the HTTP endpoint that receives the platform's callbacks,
        after checking their signature (WeChat: ``verify_callback_signature``).
        Returns the post's report, or ``None`` when the push matches no delivery
        of this ledger (e.g. an article published by hand).
        """
        post_id = await self._pushes.accept(account_id, payload)
        return None if post_id is None else await self.status(post_id)

    # -- dispatch and report ------------------------------------------------------

    async def _deliver_post(
        self,
        record: PostRecord,
        renders: Mapping[str, Rendered],
        findings: Sequence[Mapping[str, Any]],
        *,
        again: bool = False,
        deliveries: Sequence[DeliveryRecord] | None = None,
    ) -> PublishReport:
        """Dispatch the post's unfinished deliveries (unless frozen), then report.

        ``deliveries``: the post's deliveries as the plan's transaction returned
        them, not to be read again (each is leased before it runs, and a move
        from a state that changed meanwhile is checked against the stored one).
        """
        ctx = self._ctx
        frozen = await ctx.run(self.ledger.frozen)
        if frozen is not None and record.category not in self.settings.freeze_exempt:
            await self._emit_post("held", record)
            stored = await ctx.deliveries(record.id)
            return self._report(record, stored, findings, frozen=frozen.reason, again=again)
        if deliveries is None:
            deliveries = await ctx.deliveries(record.id)
        todo = [d for d in deliveries if ctx.needs_work(d)]
        await self._emit_post("delivering", record, todo)
        local = isinstance(
            self.dispatcher, InProcessDispatcher
        )  # a queue's workers lease their own
        await self.deliveries.prime(record.id, renders, todo if local else ())
        try:
            await self.dispatcher.dispatch([d.id for d in todo])
        finally:
            ended = await self.deliveries.forget(record.id)
        after = _as_ended(deliveries, todo, ended) if local else None
        if after is None:  # some ran elsewhere (a queue's workers, another holder of a lease)
            after = await ctx.deliveries(record.id)
        busy = any(d.state in ACTIVE_STATES for d in after)
        if not busy and record.state == "active":
            await ctx.run(self.ledger.set_post_state, record.id, "done", actor=self.actor)
        elif busy and record.state == "done":
            await ctx.run(self.ledger.set_post_state, record.id, "active", actor=self.actor)
        return self._report(await ctx.post(record.id), after, findings, again=again)

    def _posts_to_resume(self) -> list[PostRecord]:
        """Posts with a delivery to finish — and ``active`` posts whose deliveries all settled.

        A process killed after its last delivery was recorded but before the post
        was marked ``done`` leaves such a post; resuming it settles the post's state.
        """
        ledger = self.ledger
        candidates = ledger.deliveries(states=[*ACTIVE_STATES, "failed"])
        ids = {d.post_id for d in candidates if self._ctx.needs_work(d)}
        ids.update(record.id for record in ledger.posts(states=["active"]))
        records = [ledger.get_post(post_id) for post_id in sorted(ids)]
        return [r for r in records if r is not None and r.state in ("active", "done")]

    async def _refuse_scheduled(self, record: PostRecord, exc: GovpubError) -> None:
        ctx = self._ctx
        await ctx.run(
            self.ledger.set_post_state, record.id, "refused", actor=self.actor, reason=str(exc)
        )
        for delivery in await ctx.deliveries(record.id):
            if delivery.state == "planned":
                await ctx.store.transition(
                    delivery.id,
                    "failed",
                    actor=self.actor,
                    action="delivery.failed",
                    error={"kind": "refused", "message": str(exc)},
                )

    async def _audit(self, action: str, subject: str, details: Mapping[str, Any]) -> None:
        await self._ctx.run(
            self.ledger.audit, actor=self.actor, action=action, subject=subject, details=details
        )

    async def _emit_post(
        self, name: str, record: PostRecord, deliveries: Sequence[DeliveryRecord] = ()
    ) -> None:
        todo = Counter(d.platform for d in deliveries if self._ctx.needs_work(d))
        await self._bus.emit(
            DeliveryEvent(
                name=f"govpub.post.{name}",
                post_id=record.id,
                state=record.state,
                details={"platforms": dict(todo)} if deliveries else None,
            )
        )

    def _report(
        self,
        record: PostRecord,
        deliveries: Sequence[DeliveryRecord],
        findings: Sequence[Mapping[str, Any]],
        *,
        frozen: str | None = None,
        again: bool = False,
    ) -> PublishReport:
        return PublishReport.build(
            record,
            deliveries,
            self._ctx.accounts,
            findings=findings,
            frozen=frozen,
            already_submitted=again,
        )


def _as_ended(
    deliveries: Sequence[DeliveryRecord],
    todo: Sequence[DeliveryRecord],
    ended: Mapping[str, DeliveryRecord],
) -> list[DeliveryRecord] | None:
    """The post's deliveries as this process left them, if it ran every one it dispatched.

    Each ended record is the row its last write returned; the others needed no
    work when they were read.  ``None`` when some dispatched delivery did not
    run here: the ledger must be read.
    """
    if any(d.id not in ended for d in todo):
        return None
    return [ended.get(d.id, d) for d in deliveries]
