"""``AsyncPublisher``: one post, every account of the matrix, nothing lost, nothing doubled.

Order of a publication (DESIGN "Data flow"):

1. the gate — compliance checks (block findings refuse; the *stripped* post is
   what is sent) and the review gate (approvals bound to the digest);
2. render once per platform (a post that cannot fit is refused before anything
   is stored or sent);
3. the **plan** — one delivery per target account — written to the ledger in
   one transaction *before* any network call;
4. deliver concurrently, within limits per platform and per account, each
   delivery driven by a :class:`~govpub.publisher.runner.DeliveryRunner`.

``resume()`` finishes whatever a killed process left; ``retract()`` walks the
ledger backwards; ``run_due()`` sends scheduled posts; ``freeze()`` holds all
sending except exempt categories.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import httpx

from govpub.config import Matrix
from govpub.config.secrets import ready_account
from govpub.errors import (
    ConfigError,
    GovpubError,
    LedgerError,
    NotSupported,
    PlatformError,
    PolicyError,
    RateLimitedError,
    ReviewError,
)
from govpub.ledger import (
    ACTIVE_STATES,
    DeliveryPlan,
    DeliveryRecord,
    Ledger,
    PostRecord,
    worker_identity,
)
from govpub.ledger.stores import open_ledger
from govpub.limits import PostLimits
from govpub.logging import get_logger
from govpub.model import Account, Post
from govpub.platforms.base import (
    Adapter,
    DeliveryContext,
    PublishOutcome,
    Rendered,
    get_adapter_class,
    make_http_client,
)
from govpub.platforms.preflight import ensure_deliverable
from govpub.publisher.duplicates import earlier_copies, refusal
from govpub.publisher.events import DeliveryEvent, EventBus, EventHandler
from govpub.publisher.gate import Gate, GateResult, default_gate, refusal_details
from govpub.publisher.report import PublishReport
from govpub.publisher.retry import Cooldowns, RetryPolicy, Sleep, retrying
from govpub.publisher.runner import DeliveryRunner, Store
from govpub.publisher.settings import PublisherSettings
from govpub.publisher.webhook import WebhookSink
from govpub.publisher.writer import LedgerWriter

__all__ = ["AsyncPublisher"]

T = TypeVar("T")
_log = get_logger("govpub.publisher")

#: Failure kinds that ``resume`` tries again (the others need a new post or a human).
_RETRACTABLE = frozenset({"published", "accepted", "unknown", "retract_failed", "retract_manual"})
_RESUMABLE_FAILURES = frozenset(
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


class AsyncPublisher:
    """Publishes posts to a matrix; an async context manager.

    ::

        async with govpub.AsyncPublisher(matrix) as publisher:
            report = await publisher.publish(post, approvals)
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
        self._sleep = sleep
        self._own_client = client is None
        self._client = client
        self._db = LedgerWriter(self.ledger)
        self._store = Store(self.ledger, self._run_db)
        self._bus = EventBus()
        if on_event is not None:
            self._bus.subscribe(on_event)
        self._cooldowns = Cooldowns(sleep=sleep)
        self._adapters: dict[str, Adapter] = {}
        self._ready_accounts: dict[str, Account] = {}
        self._accounts = {account.id: account for account in matrix.accounts}
        self._global = asyncio.Semaphore(self.settings.concurrency)
        self._per_platform: dict[str, asyncio.Semaphore] = {}
        self._per_account: dict[str, asyncio.Semaphore] = {}
        self._status_queues: dict[str, asyncio.Queue[PublishOutcome | PlatformError]] = {}
        self._worker = worker_identity()
        self._closed = False
        self._webhook: WebhookSink | None = None
        if self.settings.webhook is not None:
            self._webhook = WebhookSink(self.settings.webhook, self._http(), sleep=sleep)
            self._bus.subscribe(self._webhook)

    def __repr__(self) -> str:
        return f"<AsyncPublisher {len(self.matrix)} accounts, ledger={self.ledger!r}>"

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
        for adapter in self._adapters.values():
            await adapter.aclose()
        if self._own_client and self._client is not None:
            await self._client.aclose()
        await self._run_db(self.ledger.release, owner=self._worker)
        self._db.close()
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
        PostLimits.from_matrix(self.matrix).enforce(post)  # before any check or rendering
        gated = await self._pass_gate(post, approvals, self._clock(), audit=not dry_run)
        targets = self._targets(
            accounts, platforms, units, closed=await self._run_db(_closed_by_filing, self.ledger)
        )
        existing = await self._run_db(self.ledger.get_post, gated.post.id)
        if existing is not None and existing.state in ("retracted", "refused"):
            done = "撤回" if existing.state == "retracted" else "被拒绝发布"
            raise PolicyError(
                f"稿件 {existing.id} 已{done}，不能以同样的内容再次发布；"
                "如需重新发布，请修改内容或在 front matter 中写明新的 id"
            )
        copies = await self._guard_duplicates(
            gated.post, targets, allow=allow_duplicate, audit=not dry_run
        )
        renders = self._render(gated.post, {a.platform for a in targets if a.is_active})
        ensure_deliverable(renders, [a for a in targets if a.is_active])
        if not dry_run:
            self._secrets_ready([a for a in targets if a.is_active])
        plans = [
            DeliveryPlan(
                account_id=a.id,
                platform=a.platform,
                skip_reason=None if a.is_active else (a.status_reason or f"账号状态：{a.status}"),
            )
            for a in targets
        ]
        now = self._clock()
        scheduled = gated.post.publish_at is not None and gated.post.publish_at > now
        if dry_run:
            return self._dry_report(gated, plans, scheduled)
        record, deliveries = await self._run_db(
            self.ledger.submit,
            gated.post,
            plans,
            state="scheduled" if scheduled else "active",
            approvals=gated.approvals,
            actor=self.actor,
            details={"findings": [f for f in gated.findings if f.get("severity") != "block"]},
        )
        await self._audit_gate(record.id, gated)
        if copies:
            await self._run_db(
                self.ledger.audit,
                actor=self.actor,
                action="duplicate.allowed",
                subject=record.id,
                details={"earlier": {a: d.post_id for a, d in sorted(copies.items())}},
            )
        await self._emit_post("submitted", record)
        again = existing is not None
        if scheduled:
            return self._report(record, deliveries, gated.findings, again=again)
        return await self._deliver_post(record, renders, gated.findings, again=again)

    async def resume(self, post_id: str | None = None) -> list[PublishReport]:
        """Finish every delivery a stopped process left (or those of one post)."""
        if post_id is not None:
            record = await self._post(post_id)
            records = [record]
        else:
            records = await self._run_db(self._posts_to_resume)
        reports = []
        for record in records:
            if record.state not in ("active", "done"):  # scheduled, refused, retracted: not now
                reports.append(self._report(record, await self._deliveries(record.id), ()))
                continue
            post = await self._run_db(self.ledger.load_post, record.id)
            renders = self._render(post, {d.platform for d in await self._deliveries(record.id)})
            reports.append(await self._deliver_post(record, renders, ()))
        return reports

    async def status(self, post_id: str) -> PublishReport:
        """Where each delivery of ``post_id`` stands, from the ledger."""
        record = await self._post(post_id)
        return self._report(record, await self._deliveries(post_id), ())

    async def retract(self, post_id: str, reason: str) -> PublishReport:
        """Take ``post_id`` down from every platform where it went (撤回), audited."""
        if not reason.strip():
            raise ConfigError("a retraction needs a reason (--reason)", key="reason")
        record = await self._post(post_id)
        post = await self._run_db(self.ledger.load_post, post_id)
        await self._run_db(
            self.ledger.audit,
            actor=self.actor,
            action="retract.requested",
            subject=post_id,
            details={"reason": reason},
        )
        deliveries = await self._deliveries(post_id)
        renders = self._render(
            post, {d.platform for d in deliveries if d.account_id in self._accounts}
        )
        await asyncio.gather(
            *(self._retract_one(d, renders.get(d.platform), reason) for d in deliveries)
        )
        await self._run_db(
            self.ledger.set_post_state, post_id, "retracted", actor=self.actor, reason=reason
        )
        record = await self._post(post_id)
        report = self._report(record, await self._deliveries(post_id), ())
        await self._run_db(
            self.ledger.audit,
            actor=self.actor,
            action="retract.completed",
            subject=post_id,
            details={"reason": reason, "counts": report.counts},
        )
        return report

    async def run_due(self, now: datetime | None = None) -> list[PublishReport]:
        """Send every scheduled post whose time has come, re-verifying its approvals first."""
        moment = now or self._clock()
        reports = []
        for record in await self._run_db(self.ledger.due_posts, moment):
            post = await self._run_db(self.ledger.load_post, record.id)
            try:
                gated = await self._pass_gate(post, record.approvals, moment, audit=True)
            except GovpubError as exc:
                await self._refuse_scheduled(record, exc)
                reports.append(
                    self._report(await self._post(record.id), await self._deliveries(record.id), ())
                )
                continue
            await self._run_db(self.ledger.set_post_state, record.id, "active", actor=self.actor)
            renders = self._render(
                gated.post, {d.platform for d in await self._deliveries(record.id)}
            )
            reports.append(
                await self._deliver_post(await self._post(record.id), renders, gated.findings)
            )
        return reports

    async def freeze(self, reason: str) -> None:
        """Emergency stop: nothing is sent until :meth:`unfreeze` (exempt categories excepted)."""
        await self._run_db(self.ledger.freeze, reason=reason, actor=self.actor)

    async def unfreeze(self) -> None:
        """Lift the emergency stop; queued and scheduled deliveries go out on the next run."""
        await self._run_db(self.ledger.unfreeze, actor=self.actor)

    async def feed_status(self, delivery_id: str, result: PublishOutcome | PlatformError) -> None:
        """Hand a pushed result (e.g. WeChat ``PUBLISHJOBFINISH``) to its delivery."""
        queue = self._status_queues.get(delivery_id)
        if queue is not None:
            queue.put_nowait(result)
            return
        record = await self._run_db(self.ledger.get_delivery, delivery_id)
        if record.state not in ("accepted", "unknown"):
            return  # a delivery another worker is sending will learn the result itself
        if isinstance(result, PlatformError):
            await self._store.transition(
                delivery_id,
                "failed",
                actor=self.actor,
                action="delivery.failed",
                error=result.to_dict(),
            )
        elif result.state == "published":
            await self._store.transition(
                delivery_id,
                "published",
                actor=self.actor,
                action="delivery.published",
                platform_post_id=result.platform_post_id,
                url=result.url,
            )

    async def accept_push(self, account_id: str, payload: bytes) -> PublishReport | None:
        """A platform's pushed result (e.g. WeChat ``PUBLISHJOBFINISH``) for ``account_id``.

        Call it from the HTTP endpoint that receives the platform's callbacks,
        after checking their signature (WeChat: ``verify_callback_signature``).
        Returns the post's report, or ``None`` when the push matches no delivery
        of this ledger (e.g. an article published by hand).
        """
        account = self.matrix.account(account_id)
        reference = get_adapter_class(account.platform).push_reference(payload)
        if reference is None:
            return None
        step, value = reference
        record = await self._run_db(self.ledger.find_by_step, account_id, step, value)
        if record is None or record.state not in ("accepted", "sending", "unknown"):
            return None
        ctx = DeliveryContext(
            key=record.id,
            post_id=record.post_id,
            post_digest="",
            account=account,
            steps=dict(record.steps),
            save_step=partial(self._store.save_step, record.id),
            operator_ip=self.operator_ip,
        )
        result: PublishOutcome | PlatformError
        try:
            result = await self._adapter(account).accept_push(payload, ctx)
        except PlatformError as exc:
            result = exc.with_context(platform=account.platform, account=account_id)
        await self.feed_status(record.id, result)
        return await self.status(record.post_id)

    # -- internals -------------------------------------------------------------

    async def _pass_gate(
        self, post: Post, approvals: Sequence[Any], now: datetime, *, audit: bool
    ) -> GateResult:
        """Run the gate; a refusal is audited (who, what digest, which findings) and re-raised."""
        try:
            return self.gate(post, approvals, now=now)
        except (PolicyError, ReviewError) as exc:
            if audit:
                action = "check.blocked" if isinstance(exc, PolicyError) else "review.refused"
                await self._run_db(
                    self.ledger.audit,
                    actor=self.actor,
                    action=action,
                    subject=post.id,
                    details={"digest": post.digest(), **refusal_details(exc)},
                )
            raise

    async def _guard_duplicates(
        self, post: Post, targets: Sequence[Account], *, allow: bool, audit: bool
    ) -> dict[str, DeliveryRecord]:
        """The accounts that already have this title and body; refused unless ``allow``."""
        copies = await self._run_db(
            earlier_copies,
            self.ledger,
            post,
            [a.id for a in targets if a.is_active],
            now=self._clock(),
            window=self.settings.duplicate_window,
        )
        if copies and not allow:
            error = refusal(post, copies, self.settings.duplicate_window)
            if audit:
                await self._run_db(
                    self.ledger.audit,
                    actor=self.actor,
                    action="duplicate.refused",
                    subject=post.id,
                    details={"digest": post.digest(), "earlier": error.earlier},
                )
            raise error
        return copies

    async def _audit_gate(self, post_id: str, gated: GateResult) -> None:
        for action, details in gated.audit:
            await self._run_db(
                self.ledger.audit, actor=self.actor, action=action, subject=post_id, details=details
            )

    async def _run_db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await self._db.run(fn, *args, **kwargs)

    async def _post(self, post_id: str) -> PostRecord:
        record = await self._run_db(self.ledger.get_post, post_id)
        if record is None:
            raise LedgerError(f"no post {post_id!r} in the ledger {self.matrix.store.path}")
        return record

    async def _deliveries(self, post_id: str) -> list[DeliveryRecord]:
        records: list[DeliveryRecord] = await self._run_db(self.ledger.deliveries, post_id=post_id)
        return records

    def _posts_to_resume(self) -> list[PostRecord]:
        """Posts with a delivery to finish — and ``active`` posts whose deliveries all settled.

        A process killed after its last delivery was recorded but before the post
        was marked ``done`` leaves such a post; resuming it settles the post's state.
        """
        ledger = self.ledger
        candidates = ledger.deliveries(states=[*ACTIVE_STATES, "failed"])
        ids = {d.post_id for d in candidates if self._needs_work(d)}
        ids.update(record.id for record in ledger.posts(states=["active"]))
        records = [ledger.get_post(post_id) for post_id in sorted(ids)]
        return [r for r in records if r is not None and r.state in ("active", "done")]

    def _targets(
        self,
        ids: Sequence[str] | None,
        platforms: Sequence[str] | None,
        units: Sequence[str] | None,
        *,
        closed: Collection[str] = frozenset(),
    ) -> list[Account]:
        """Active and suspended accounts; closed, cancelled — in the config or by filing — never."""
        chosen = self.matrix.select(
            ids=ids, platforms=platforms, units=units, include_inactive=True
        )
        targets = [a for a in chosen if a.status in ("active", "suspended") and a.id not in closed]
        if not targets:
            raise ConfigError(
                "no account to publish to (check --accounts and the matrix)", key="accounts"
            )
        return targets

    def _render(self, post: Post, platforms: set[str]) -> dict[str, Rendered]:
        """Render once per platform; a post that cannot fit raises before anything happens."""
        return {name: get_adapter_class(name).render(post) for name in sorted(platforms)}

    def _http(self) -> httpx.AsyncClient:
        """The one HTTP client the adapters (and the CMS webhook) share."""
        if self._client is None:
            self._client = make_http_client(
                timeout=self.settings.timeout, max_connections=self.settings.concurrency
            )
        return self._client

    def _secrets_ready(self, accounts: Sequence[Account]) -> None:
        """Read the secrets of every account about to be planned; all problems at once.

        Before the plan is written, so that a missing secret stores and sends
        nothing; the error names each account and key.
        """
        problems: list[ConfigError] = []
        for account in accounts:
            try:
                self._ready(account)
            except ConfigError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ConfigError.of(problems)

    def _ready(self, account: Account) -> Account:
        """``account`` with its secrets read and validated (once per publisher)."""
        ready = self._ready_accounts.get(account.id)
        if ready is None:
            ready = self._ready_accounts[account.id] = ready_account(account)
        return ready

    def _adapter(self, account: Account) -> Adapter:
        adapter = self._adapters.get(account.id)
        if adapter is None:
            adapter = get_adapter_class(account.platform)(self._ready(account), client=self._http())
            self._adapters[account.id] = adapter
        return adapter

    def _limit(self, table: dict[str, asyncio.Semaphore], key: str, size: int) -> asyncio.Semaphore:
        semaphore = table.get(key)
        if semaphore is None:
            semaphore = table[key] = asyncio.Semaphore(size)
        return semaphore

    async def _deliver_post(
        self,
        record: PostRecord,
        renders: Mapping[str, Rendered],
        findings: Sequence[Mapping[str, Any]],
        *,
        again: bool = False,
    ) -> PublishReport:
        frozen = await self._run_db(self.ledger.frozen)
        exempt = record.category in self.settings.freeze_exempt
        if frozen is not None and not exempt:
            await self._emit_post("held", record)
            return self._report(
                record,
                await self._deliveries(record.id),
                findings,
                frozen=frozen.reason,
                again=again,
            )
        deliveries = await self._deliveries(record.id)
        todo = [d for d in deliveries if self._needs_work(d)]
        claimed = set(
            await self._run_db(
                self.ledger.claim,
                [d.id for d in todo],
                owner=self._worker,
                lease_seconds=self.retry.delivery_budget + self.retry.status_budget + 60,
            )
        )
        await self._emit_post("delivering", record, [d for d in todo if d.id in claimed])
        await asyncio.gather(*(self._deliver(d, renders) for d in todo if d.id in claimed))
        after = await self._deliveries(record.id)
        if not any(d.state in ACTIVE_STATES for d in after) and record.state == "active":
            await self._run_db(self.ledger.set_post_state, record.id, "done", actor=self.actor)
        elif any(d.state in ACTIVE_STATES for d in after) and record.state == "done":
            await self._run_db(self.ledger.set_post_state, record.id, "active", actor=self.actor)
        return self._report(await self._post(record.id), after, findings, again=again)

    def _needs_work(self, record: DeliveryRecord) -> bool:
        if record.state in ACTIVE_STATES:
            return True
        kind = (record.last_error or {}).get("kind")
        if record.state != "failed" or kind not in _RESUMABLE_FAILURES:
            return False
        # A rate-limit window or a spent quota: not before the platform said.
        return record.next_attempt_at is None or record.next_attempt_at <= self._clock()

    async def _deliver(self, record: DeliveryRecord, renders: Mapping[str, Rendered]) -> None:
        account = self._accounts.get(record.account_id)
        if account is None or record.platform not in renders:
            await self._orphan(record)
            return
        async with (
            self._global,
            self._limit(
                self._per_platform, record.platform, self.settings.platform_limit(record.platform)
            ),
            self._limit(self._per_account, record.account_id, self.settings.per_account),
        ):
            if record.state == "planned" and await self._over_hourly_limit(record, account):
                return
            queue: asyncio.Queue[PublishOutcome | PlatformError] = asyncio.Queue()
            self._status_queues[record.id] = queue
            runner = self._runner(
                record, self._adapter(account), renders[record.platform], status_events=queue
            )
            try:
                await runner.run()
            except GovpubError as exc:
                await self._interrupted(runner.record, exc)
            except Exception as exc:
                _log.exception(
                    "govpub.delivery.crashed", delivery=record.id, account=record.account_id
                )
                await self._interrupted(runner.record, exc)
            finally:
                self._status_queues.pop(record.id, None)

    async def _over_hourly_limit(self, record: DeliveryRecord, account: Account) -> bool:
        """A client-side bucket: at most ``posts_per_hour`` publications per account (Weibo 30).

        Counted from the ledger, so it holds across processes; a delivery over the
        limit is not sent but fails as rate limited until the oldest of the hour
        ages out (weibo.md §9: "don't let one agency's burst starve the matrix").
        """
        limit = get_adapter_class(account.platform).capabilities.posts_per_hour
        if limit is None:
            return False
        now = self._clock()
        recent = await self._run_db(
            self.ledger.published_since, account.id, now - timedelta(hours=1)
        )
        if len(recent) < limit:
            return False
        until = recent[-limit] + timedelta(hours=1)
        wait = max((until - now).total_seconds(), 1.0)
        error = RateLimitedError(
            f"{limit} posts in the last hour: the client-side limit of this account",
            platform=account.platform,
            account=account.id,
            retry_after=wait,
        )
        await self._store.transition(
            record.id,
            "failed",
            actor=self.actor,
            action="delivery.failed",
            error=error.to_dict(),
            next_attempt_at=now + timedelta(seconds=wait),
        )
        await self._bus.emit(_event("failed", record, error=error.to_dict()))
        return True

    async def _interrupted(self, record: DeliveryRecord, exc: BaseException) -> None:
        """An unexpected error mid-delivery: what was in flight becomes ``unknown``, never lost."""
        current = await self._run_db(self.ledger.get_delivery, record.id)
        error = {"kind": "error", "message": f"{type(exc).__name__}: {exc}"}
        if current.state in ("sending", "accepted"):
            await self._store.transition(
                record.id, "unknown", actor=self.actor, action="delivery.unknown", error=error
            )
        elif current.state == "planned":
            await self._store.transition(
                record.id, "failed", actor=self.actor, action="delivery.failed", error=error
            )

    async def _orphan(self, record: DeliveryRecord) -> None:
        """A delivery whose account is no longer in the configuration cannot be sent."""
        if record.state == "planned":
            await self._store.transition(
                record.id,
                "failed",
                actor=self.actor,
                action="delivery.failed",
                error={
                    "kind": "rejected",
                    "message": f"account {record.account_id!r} is not configured",
                },
            )

    async def _retract_one(
        self, record: DeliveryRecord, rendered: Rendered | None, reason: str
    ) -> None:
        """Retract one delivery: cancel what was never sent, settle what is in doubt, delete."""
        account = self._accounts.get(record.account_id)
        if record.state in ("planned", "failed"):
            await self._store.transition(
                record.id, "cancelled", actor=self.actor, action="delivery.cancelled"
            )
            return
        if record.state not in _RETRACTABLE:
            return
        if account is None or rendered is None:
            await self._manual(record, "账号已不在配置中，请在平台后台手动删除。")
            return
        adapter = self._adapter(account)
        if record.state == "unknown":
            record = await self._runner(record, adapter, rendered).reconcile_only()
            if record.state == "unknown":
                await self._manual(
                    record,
                    (record.instruction or "")
                    + " 无法确认是否已发布：请在平台后台查找该内容，如已发布请手动删除。",
                )
                return
            if record.state not in ("published", "accepted"):
                return
        await self._delete(record, adapter, rendered, reason)

    async def _delete(
        self, record: DeliveryRecord, adapter: Adapter, rendered: Rendered, reason: str
    ) -> None:
        store, actor = self._store, self.actor
        await store.transition(
            record.id,
            "retracting",
            actor=actor,
            action="delivery.retracting",
            details={"reason": reason},
        )
        ctx = DeliveryContext(
            key=record.id,
            post_id=record.post_id,
            post_digest=rendered.post_digest,
            account=adapter.account,
            steps=dict(record.steps),
            save_step=partial(store.save_step, record.id),
            operator_ip=self.operator_ip,
        )
        try:
            async for attempt in retrying(self.retry, sleep=self._sleep):
                with attempt:
                    outcome = await adapter.delete(ctx)
        except PlatformError as exc:
            await store.attempt(
                record.id, operation="delete", outcome=exc.kind, error=exc.to_dict()
            )
            await store.transition(
                record.id,
                "retract_failed",
                actor=actor,
                action="delivery.retract_failed",
                error=exc.to_dict(),
            )
            await self._bus.emit(_event("retract_failed", record, error=exc.to_dict()))
            return
        except NotSupported as exc:
            await store.attempt(record.id, operation="delete", outcome="not_supported")
            await self._manual(
                record,
                _manual_instruction(adapter, record, exc),
                error={"kind": "not_supported", "message": str(exc)},
            )
            return
        await store.attempt(record.id, operation="delete", outcome=outcome.state)
        if outcome.state in ("retracted", "already_gone"):
            await store.transition(
                record.id,
                "retracted",
                actor=actor,
                action="delivery.retracted",
                details=dict(outcome.details),
            )
            await self._bus.emit(_event("retracted", record))
        else:
            await self._manual(
                record,
                outcome.instruction or _manual_instruction(adapter, record, None),
                error={
                    "kind": "manual",
                    "message": f"{adapter.platform}: delete through the API was refused "
                    "or is not enabled for this account",
                },
            )

    async def _manual(
        self, record: DeliveryRecord, instruction: str, *, error: Mapping[str, Any] | None = None
    ) -> None:
        """The platform cannot delete (or we cannot tell): a task for an editor.

        ``error`` says why, for the report's ``error`` (and the results table);
        without one the reason is read from the ledger: an account no longer
        configured, or an outcome reconcile could not settle.  It replaces any
        earlier error of the delivery, which would otherwise read as the cause.
        """
        current = await self._run_db(self.ledger.get_delivery, record.id)
        if error is None:
            if record.account_id not in self._accounts:
                error = {
                    "kind": "not_configured",
                    "message": f"account {record.account_id!r} is no longer configured",
                }
            elif current.state == "unknown":
                error = {
                    "kind": "outcome_unknown",
                    "message": "reconcile could not tell whether the post was published",
                }
            else:
                error = {"kind": "manual", "message": "the platform asks for a manual deletion"}
        if current.state not in ("unknown", "retracting"):
            await self._store.transition(
                record.id, "retracting", actor=self.actor, action="delivery.retracting"
            )
        await self._store.transition(
            record.id,
            "retract_manual",
            actor=self.actor,
            action="delivery.retract_manual",
            instruction=instruction.strip(),
            error=error,
        )
        await self._bus.emit(_event("retract_manual", record))

    def _runner(
        self,
        record: DeliveryRecord,
        adapter: Adapter,
        rendered: Rendered,
        *,
        status_events: asyncio.Queue[PublishOutcome | PlatformError] | None = None,
    ) -> DeliveryRunner:
        return DeliveryRunner(
            record=record,
            adapter=adapter,
            rendered=rendered,
            store=self._store,
            policy=self.retry,
            cooldowns=self._cooldowns,
            emit=self._bus.emit,
            sleep=self._sleep,
            actor=self.actor,
            operator_ip=self.operator_ip,
            status_events=status_events,
            clock=self._clock,
        )

    async def _refuse_scheduled(self, record: PostRecord, exc: GovpubError) -> None:
        await self._run_db(
            self.ledger.set_post_state, record.id, "refused", actor=self.actor, reason=str(exc)
        )
        for delivery in await self._deliveries(record.id):
            if delivery.state == "planned":
                await self._store.transition(
                    delivery.id,
                    "failed",
                    actor=self.actor,
                    action="delivery.failed",
                    error={"kind": "refused", "message": str(exc)},
                )

    async def _emit_post(
        self, name: str, record: PostRecord, deliveries: Sequence[DeliveryRecord] = ()
    ) -> None:
        todo = Counter(d.platform for d in deliveries if self._needs_work(d))
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
            self._accounts,
            findings=findings,
            frozen=frozen,
            already_submitted=again,
        )

    def _dry_report(
        self, gated: GateResult, plans: Sequence[DeliveryPlan], scheduled: bool
    ) -> PublishReport:
        from govpub.ledger import delivery_key  # noqa: PLC0415

        now = self._clock()
        record = PostRecord(
            id=gated.post.id,
            digest=gated.post.digest(),
            category=gated.post.category,
            title=gated.post.title,
            state="scheduled" if scheduled else "active",
            publish_at=gated.post.publish_at,
            created_at=now,
        )
        rows = [
            DeliveryRecord(
                id=delivery_key(gated.post.id, p.account_id),
                post_id=gated.post.id,
                account_id=p.account_id,
                platform=p.platform,
                state="skipped" if p.skip_reason else "planned",
                instruction=p.skip_reason,
            )
            for p in plans
        ]
        return self._report(record, rows, gated.findings)


def _closed_by_filing(ledger: Ledger) -> frozenset[str]:
    """Accounts whose latest filing (备案) is 关停 or 注销: never planned, whatever the config says.

    A filed closure stops publishing at once, before anyone edits govpub.toml;
    ``govpub health`` warns until the two agree (see :mod:`govpub.health.filings`).
    """
    return frozenset(ledger.closed_accounts())


def _event(name: str, record: DeliveryRecord, **fields: Any) -> DeliveryEvent:
    return DeliveryEvent(
        name=f"govpub.delivery.{name}",
        post_id=record.post_id,
        delivery_id=record.id,
        account_id=record.account_id,
        platform=record.platform,
        **fields,
    )


def _manual_instruction(adapter: Adapter, record: DeliveryRecord, exc: BaseException | None) -> str:
    where = record.url or record.platform_post_id or "（见平台后台）"
    why = f"（{exc}）" if exc is not None else ""
    label = adapter.capabilities.label
    return f"平台不支持通过接口删除{why}：请登录{label}后台，手动删除该内容：{where}"
