"""One delivery, from the ledger state it is in to the end: send, poll, reconcile.

Exactly-once rule (reference README lessons 1 and 2): an irreversible publish
whose outcome is unknown — a timeout after the request left, a dropped
connection, a 5xx on a non-idempotent call, "repeated content", or a process
killed while the call was in flight — is never re-sent blindly.  The delivery
becomes ``unknown`` and the adapter's ``reconcile`` asks the platform; only a
confirmed absence allows another send.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from tenacity import RetryCallState

from govpub.errors import (
    ConfigError,
    DuplicateContentError,
    LeaseLostError,
    NotSupported,
    OutcomeUnknownError,
    PlatformError,
    PlatformPostTakenError,
    QuotaExhaustedError,
    RateLimitedError,
)
from govpub.ledger.records import DeliveryRecord, Ledger
from govpub.ledger.states import DeliveryState
from govpub.logging import get_logger
from govpub.platforms.base import (
    Adapter,
    DeliveryContext,
    PublishOutcome,
    ReconcileOutcome,
    Rendered,
)
from govpub.publisher import retraction
from govpub.publisher.events import DeliveryEvent
from govpub.publisher.retry import RetryPolicy, Sleep, retrying, with_retries
from govpub.publisher.throttle import CooldownBoard

__all__ = ["DeliveryRunner", "Store"]

#: Failures that come with a time to wait before the next try.
_WAITING_KINDS = frozenset({"rate_limited", "quota_exhausted"})
#: States that a platform call follows: a leased runner's move into one is fenced by its lease.
_CALL_STATES = frozenset({"sending", "retracting"})

_log = get_logger("govpub.publisher")

Emit = Callable[[DeliveryEvent], Awaitable[None]]


@dataclass
class Store:
    """The ledger, called on the publisher's single writer thread."""

    ledger: Ledger
    run: Callable[..., Awaitable[Any]]

    async def transition(
        self, delivery_id: str, state: DeliveryState, **kwargs: Any
    ) -> DeliveryRecord:
        """``ledger.transition`` off the event loop."""
        record: DeliveryRecord = await self.run(
            self.ledger.transition, delivery_id, state, **kwargs
        )
        return record

    async def get(self, delivery_id: str) -> DeliveryRecord:
        """``ledger.get_delivery`` off the event loop."""
        record: DeliveryRecord = await self.run(self.ledger.get_delivery, delivery_id)
        return record

    async def attempt(self, delivery_id: str, **kwargs: Any) -> None:
        """``ledger.record_attempt`` off the event loop."""
        await self.run(self.ledger.record_attempt, delivery_id, **kwargs)

    async def save_step(self, delivery_id: str, name: str, value: Any) -> None:
        """``ledger.save_step`` off the event loop."""
        await self.run(self.ledger.save_step, delivery_id, name, value)

    async def owner_post(self, record: DeliveryRecord, platform_post_id: str) -> str | None:
        """The post of another delivery that owns ``platform_post_id`` on the account, if any."""
        owner: DeliveryRecord | None = await self.run(
            self.ledger.owner_of, record.account_id, platform_post_id, exclude=record.id
        )
        return None if owner is None else owner.post_id


class DeliveryRunner:
    """Drives one delivery with one adapter; created per delivery by the publisher."""

    def __init__(
        self,
        *,
        record: DeliveryRecord,
        adapter: Adapter,
        rendered: Rendered,
        store: Store,
        policy: RetryPolicy,
        cooldowns: CooldownBoard,
        emit: Emit,
        sleep: Sleep,
        actor: str,
        operator_ip: str | None,
        status_events: asyncio.Queue[PublishOutcome | PlatformError] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        listening: Callable[[], bool] = lambda: True,
        lease_owner: str | None = None,
    ) -> None:
        self.record = record
        self.adapter = adapter
        self.rendered = rendered
        self.store = store
        self.policy = policy
        self.cooldowns = cooldowns
        self.emit = emit
        self.sleep = sleep
        self.actor = actor
        self.scopes = adapter.rate_limit_scopes()
        self.status_events = status_events
        self.clock = clock
        #: Whether an event would reach anyone (else a move builds none).
        self.listening = listening
        #: The lease this runner works under (``None``: not leased, e.g. a retraction):
        #: each move into a state that a platform call follows is fenced by it.
        self.lease_owner = lease_owner
        self.ctx = DeliveryContext(
            key=record.id,
            post_id=record.post_id,
            post_digest=rendered.post_digest,
            account=adapter.account,
            steps=dict(record.steps),
            # not a method of the runner: the context would hold the runner in a cycle, which
            # only the garbage collector frees (the delivery's id never changes)
            save_step=partial(store.save_step, record.id),
            operator_ip=operator_ip,
            attempt=record.attempts + 1,
            find_owner=partial(store.owner_post, record),
            saves_with_transition=True,  # move() saves ctx.unsaved with each transition
        )
        self._resends = 0

    async def _event(self, name: str, **fields: Any) -> None:
        await self.emit(
            DeliveryEvent(
                name=f"govpub.delivery.{name}",
                post_id=self.record.post_id,
                delivery_id=self.record.id,
                account_id=self.record.account_id,
                platform=self.record.platform,
                state=self.record.state,
                **fields,
            )
        )

    async def move(self, state: DeliveryState, action: str, **kwargs: Any) -> None:
        """Transition the delivery (``delivery.<action>`` in the audit) and emit the event.

        The adapter's deferred steps are saved in the same update, and the ledger
        is told the record this runner holds, so it need not read the row first.
        """
        unsaved = self.ctx.unsaved
        steps = dict(unsaved) if unsaved else None
        if state in _CALL_STATES:
            # a platform call follows, then a move that reads the row back: this one need not
            kwargs["read_back"] = False
            if self.lease_owner is not None:
                kwargs["owner"] = self.lease_owner
        self.record = await self.store.transition(
            self.record.id,
            state,
            actor=self.actor,
            action=f"delivery.{action}",
            steps=steps,
            held=self.record,
            **kwargs,
        )
        for name in steps or ():
            del unsaved[name]
        if self.listening():
            await self._event(action, url=self.record.url, error=kwargs.get("error"))

    _move = move

    # -- entry -----------------------------------------------------------------

    async def run(self) -> DeliveryRecord:
        """Take the delivery from whatever state the ledger holds to a resting state."""
        try:
            await self._run()
        except PlatformPostTakenError as exc:
            await self._taken(exc)
        except LeaseLostError as exc:
            # stalled for a whole lease: the delivery is another worker's now, and ours
            # wrote nothing and called nothing since the fence refused the move
            _log.warning(
                "govpub.delivery.lease_lost",
                delivery=self.record.id,
                owner=self.lease_owner,
                holder=exc.holder,
            )
            self.record = await self.store.get(self.record.id)
        return self.record

    async def retract(self, reason: str) -> DeliveryRecord:
        """Take the delivery down (撤回) with the retries, cool-downs and events of a send."""
        self.record = await retraction.retract(self, reason)
        return self.record

    async def _taken(self, exc: PlatformPostTakenError) -> None:
        """The platform named a post that another delivery owns: never ours to claim.

        The delivery fails as ``duplicate_content`` naming the owner, so that a
        retraction of this post cancels it instead of deleting the other post's copy.
        """
        error = DuplicateContentError(
            f"平台返回的内容 {exc.platform_post_id} 已属于稿件 {exc.owner_post_id} 的投递，"
            "不能记为本稿件的发布",
            platform=self.record.platform,
            account=self.record.account_id,
            owner_post_id=exc.owner_post_id,
            platform_post_id=exc.platform_post_id,
        )
        self.record = await self.store.run(self.store.ledger.get_delivery, self.record.id)
        await self._fail(error, budget_spent=0.0)

    async def _run(self) -> None:
        state = self.record.state
        if state == "failed":
            await self._move("planned", "requeued")
            state = "planned"
        if state == "sending":
            # A previous process died during a call: it may or may not have taken effect.
            await self._move(
                "unknown", "interrupted", details={"reason": "process stopped mid-call"}
            )
            state = "unknown"
        if state == "planned":
            await self._send()
        elif state == "accepted":
            await self._poll()
        elif state == "unknown":
            await self._reconcile()

    # -- send ------------------------------------------------------------------

    async def _before_sleep(self, retry_state: RetryCallState) -> None:
        exc = retry_state.outcome.exception() if retry_state.outcome is not None else None
        wait = retry_state.upcoming_sleep
        if isinstance(exc, RateLimitedError):
            await self.cooldowns.set(self.scopes, wait)
        await self._event(
            "retry_scheduled",
            attempt=retry_state.attempt_number,
            wait=wait,
            error=exc.to_dict() if isinstance(exc, PlatformError) else None,
        )

    async def _send(self) -> None:
        try:
            await self._respect_cooldown()
        except RateLimitedError as exc:
            await self._fail(exc, budget_spent=0.0)
            return
        await self.adapter.prepare(self.rendered, self.ctx)  # its steps go with "sending"
        await self._move("sending", "sending")
        started = time.monotonic()
        try:
            outcome = await with_retries(
                self.policy, self._try_publish(), sleep=self.sleep, before_sleep=self._before_sleep
            )
        except OutcomeUnknownError as exc:
            await self._move("unknown", "unknown", error=exc.to_dict())
            await self._reconcile()
            return
        except PlatformError as exc:
            await self._fail(exc, budget_spent=time.monotonic() - started)
            return
        except ConfigError as exc:
            # An adapter's pre-check (e.g. Weibo without an operator IP): nothing was sent.
            error = {"kind": "config", "message": str(exc), "retryable": False}
            await self._move("failed", "failed", error=error)
            return
        await self._settle(outcome)

    def _try_publish(self) -> Callable[[], Awaitable[PublishOutcome]]:
        """One try of the publish call; a retry first waits out the account's cool-down.

        The first try's cool-down was checked just before the delivery was marked sending.
        """
        tries = 0

        async def attempt() -> PublishOutcome:
            nonlocal tries
            tries += 1
            if tries > 1:
                await self._respect_cooldown()
            return await self._publish_once()

        return attempt

    async def _publish_once(self) -> PublishOutcome:
        self.ctx.attempt = self.record.attempts + 1
        try:
            outcome = await self.adapter.publish(self.rendered, self.ctx)
        except PlatformError as exc:
            exc.with_context(platform=self.record.platform, account=self.record.account_id)
            await self.store.attempt(
                self.record.id,
                operation="publish",
                outcome=exc.kind,
                error=exc.to_dict(),
                wait=exc.retry_after,
            )
            self.record = replace(self.record, attempts=self.record.attempts + 1)
            if isinstance(exc, RateLimitedError) and exc.retry_after is not None:
                await self.cooldowns.set(self.scopes, exc.retry_after)
            if (
                isinstance(exc, RateLimitedError)
                and (exc.retry_after or 0) > self.policy.max_retry_after
            ):
                raise QuotaExhaustedError(
                    f"platform asks to wait {exc.retry_after:.0f}s, longer than max_retry_after",
                    platform=exc.platform,
                    account=exc.account,
                    code=exc.code,
                    retry_after=exc.retry_after,
                ) from exc
            raise
        return outcome

    async def _settle(self, outcome: PublishOutcome) -> None:
        attempt = {"operation": "publish", "outcome": outcome.state}
        if outcome.state == "published":
            await self._move(
                "published",
                "published",
                platform_post_id=outcome.platform_post_id,
                url=outcome.url,
                attempt=attempt,
            )
        elif outcome.state == "pending":
            await self._move(
                "accepted", "accepted", platform_post_id=outcome.platform_post_id, attempt=attempt
            )
            await self._poll()
        else:
            await self._move("removed", "removed", details=dict(outcome.details), attempt=attempt)

    async def _fail(self, exc: PlatformError, *, budget_spent: float) -> None:
        details = {"budget_spent": round(budget_spent, 3)}
        wait = exc.retry_after if exc.kind in _WAITING_KINDS else None
        later = self.clock() + timedelta(seconds=wait) if wait else None
        await self._move(
            "failed", "failed", error=exc.to_dict(), details=details, next_attempt_at=later
        )

    async def _respect_cooldown(self) -> None:
        """Wait out the account's shared cool-down — or, if it outlasts the budget, give up now."""
        left = await self.cooldowns.remaining(self.scopes)
        if left > self.policy.delivery_budget:
            raise RateLimitedError(
                f"this account is rate limited for another {left:.0f} s (shared cool-down)",
                platform=self.record.platform,
                account=self.record.account_id,
                retry_after=left,
            )
        if left > 0:  # one read when nothing waits (a shared board is a database query)
            await self.cooldowns.wait(self.scopes)

    # -- asynchronous result ---------------------------------------------------

    async def _poll(self) -> None:
        """Ask an asynchronous platform for the result until it is known or the budget is spent."""
        deadline = time.monotonic() + self.policy.status_budget
        attempt = 0
        while True:
            attempt += 1
            try:
                outcome = await self._next_status(attempt, deadline)
            except OutcomeUnknownError as exc:
                await self._move("unknown", "unknown", error=exc.to_dict())
                return
            except PlatformError as exc:
                if exc.retryable and time.monotonic() < deadline:
                    continue
                if isinstance(exc, QuotaExhaustedError) or exc.retryable:
                    # The job is still on the platform's side; resume asks again later.
                    await self.store.attempt(
                        self.record.id, operation="status", outcome=exc.kind, error=exc.to_dict()
                    )
                    return
                await self._move("failed", "failed", error=exc.to_dict())
                return
            if outcome is None:
                return  # budget spent: stays accepted, resume continues
            if outcome.state == "published":
                await self._move(
                    "published",
                    "published",
                    platform_post_id=outcome.platform_post_id,
                    url=outcome.url,
                )
                return
            if outcome.state == "removed":
                await self._move("removed", "removed", details=dict(outcome.details))
                return

    async def _next_status(self, attempt: int, deadline: float) -> PublishOutcome | None:
        """Wait for a pushed result or the adapter's poll delay, then ask the platform."""
        delay = self.adapter.status_poll_delay(attempt)
        remaining = deadline - time.monotonic()
        if attempt == 1:
            delay = min(delay, max(remaining, 0.0))  # every run asks at least once
        elif delay > remaining:
            return None
        pushed = await self._wait_or_push(delay)
        if pushed is not None:
            if isinstance(pushed, PlatformError):
                raise pushed
            await self.store.attempt(self.record.id, operation="status_event", outcome=pushed.state)
            return pushed
        try:
            outcome = await self.adapter.status(self.ctx)
        except NotSupported:
            return None
        except PlatformError as exc:
            await self.store.attempt(
                self.record.id, operation="status", outcome=exc.kind, error=exc.to_dict()
            )
            raise
        await self.store.attempt(self.record.id, operation="status", outcome=outcome.state)
        return outcome

    async def _wait_or_push(self, delay: float) -> PublishOutcome | PlatformError | None:
        """Sleep ``delay`` unless the platform pushes the result first (WeChat PUBLISHJOBFINISH)."""
        queue = self.status_events
        if queue is None:
            await self.sleep(delay)
            return None
        if not queue.empty():
            return queue.get_nowait()
        getter = asyncio.ensure_future(queue.get())
        sleeper = asyncio.ensure_future(self.sleep(delay))
        done, _ = await asyncio.wait({getter, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        for task in (getter, sleeper):
            if task not in done:
                task.cancel()
        return getter.result() if getter in done else None

    # -- reconcile ---------------------------------------------------------------

    async def _ask(self) -> ReconcileOutcome | None:
        """Ask the platform (with retries) whether the post is there; ``None`` if it won't say.

        A found post (or a pending job) is settled here; what to do about an
        absence or an unknown answer is the caller's decision.
        """
        try:
            async for attempt in retrying(self.policy, sleep=self.sleep):
                with attempt:
                    result = await self.adapter.reconcile(self.rendered, self.ctx)
        except PlatformError as exc:
            await self.store.attempt(
                self.record.id, operation="reconcile", outcome=exc.kind, error=exc.to_dict()
            )
            await self._move("unknown", "unknown", error=exc.to_dict())
            return None
        await self.store.attempt(self.record.id, operation="reconcile", outcome=result.state)
        if result.state == "published":
            await self._move(
                "published", "reconciled", platform_post_id=result.platform_post_id, url=result.url
            )
        elif result.state == "pending":
            await self._move("accepted", "reconciled", platform_post_id=result.platform_post_id)
        elif result.state == "unknown":
            await self._move("unknown", "unknown", instruction=result.hint)
        return result

    async def reconcile_only(self) -> DeliveryRecord:
        """Settle an ``unknown`` delivery from the platform's answer, never sending anything."""
        try:
            result = await self._ask()
        except PlatformPostTakenError as exc:
            await self._taken(exc)
            return self.record
        if result is not None and result.state == "absent":
            await self._move("cancelled", "cancelled", details={"reason": "confirmed absent"})
        return self.record

    async def _reconcile(self) -> None:
        """Ask the platform whether the post arrived; re-send only on confirmed absence."""
        result = await self._ask()
        if result is None:
            return
        if result.state == "pending":
            await self._poll()
        elif result.state == "absent":
            if self._resends >= self.policy.max_resends:
                await self._move(
                    "unknown",
                    "unknown",
                    instruction="多次核对均未在平台找到该内容，已停止自动重发，请人工核对后处理。",
                )
                return
            self._resends += 1
            await self._move("planned", "reconciled_absent")
            await self._send()
