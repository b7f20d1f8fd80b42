"""Retry policy and shared cool-downs: tenacity inside, one small model outside.

The adapter classifies every failure (``PlatformError.retryable``,
``retry_after``); this module only obeys (STYLE, "the adapter classifies; the
retry layer obeys").  A rate limit told to one delivery is a cool-down for
every delivery of the same account and app: one 429 slows them all instead of
multiplying into many (reference README lesson 4; own-app.md §5).
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from govpub.errors import PlatformError

if TYPE_CHECKING:
    # imported where a delivery retries: every command reads [publisher] (RetryPolicy)
    from tenacity import AsyncRetrying, RetryCallState

__all__ = ["Cooldowns", "RetryPolicy", "backoff", "retrying", "with_retries"]

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
BeforeSleep = Callable[["RetryCallState"], Awaitable[None] | None]


async def asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, with asyncio imported on first use (the default ``sleep`` here)."""
    import asyncio  # noqa: PLC0415 - see the imports

    await asyncio.sleep(seconds)


class RetryPolicy(BaseModel):
    """How hard the publisher tries, with stated defaults (``[publisher.retry]`` in govpub.toml)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    initial_wait: float = Field(1.0, ge=0, description="first backoff, seconds")
    max_wait: float = Field(60.0, ge=0, description="longest single backoff, seconds")
    jitter: float = Field(1.0, ge=0, description="random extra wait added to each backoff, seconds")
    max_attempts: int = Field(8, ge=1, description="platform calls per delivery step at most")
    delivery_budget: float = Field(600.0, gt=0, description="time one delivery may spend retrying")
    max_retry_after: float = Field(
        3600.0, gt=0, description="a platform's Retry-After above this fails the delivery instead"
    )
    status_budget: float = Field(
        900.0, ge=0, description="how long to wait for an asynchronous platform's result"
    )
    max_resends: int = Field(
        3, ge=0, description="re-sends after reconciliation confirmed a post absent"
    )

    @classmethod
    def no_wait(cls) -> RetryPolicy:
        """Retries without backoff, for test suites (``govpub.testing``)."""
        return cls(initial_wait=0, max_wait=0, jitter=0, status_budget=5.0)


class Cooldowns:
    """Per-scope "do not call before" times, shared by every delivery of a publisher."""

    def __init__(
        self, *, sleep: Sleep = asyncio_sleep, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._until: dict[str, float] = {}
        self._sleep = sleep
        self._clock = clock

    def set(self, scopes: Iterable[str], seconds: float) -> None:
        """Make every scope wait at least ``seconds`` from now."""
        until = self._clock() + max(seconds, 0.0)
        for scope in scopes:
            if self._until.get(scope, 0.0) < until:
                self._until[scope] = until

    def remaining(self, scopes: Iterable[str]) -> float:
        """Seconds until every scope is free."""
        if not self._until:  # nothing ever waited: no clock, no list (asked before every send)
            return 0.0
        now = self._clock()
        return max([self._until.get(scope, 0.0) - now for scope in scopes] + [0.0])

    async def wait(self, scopes: Iterable[str]) -> float:
        """Sleep until every scope is free; returns how long it slept.

        If another delivery extends the cool-down meanwhile, the extra time is
        waited too (the comparison is against the target time, not the clock,
        so an injected test sleep that returns at once still terminates).
        """
        scopes = tuple(scopes)
        target = self._target(scopes)
        slept = 0.0
        left = target - self._clock()
        while left > 0:
            await self._sleep(left)
            slept += left
            later = self._target(scopes)
            left, target = later - target, later
        return slept

    def _target(self, scopes: tuple[str, ...]) -> float:
        return max([self._until.get(scope, 0.0) for scope in scopes] + [0.0])


def backoff(policy: RetryPolicy, attempt: int) -> float:
    """Jittered exponential backoff: ``min(initial · 2^(attempt−1) + U(0, jitter), max_wait)``.

    The formula of tenacity's ``wait_exponential_jitter`` (Google Cloud Storage
    retry guidance), written out so it does not depend on that function's
    changing signature.
    """
    exponential = policy.initial_wait * 2 ** max(attempt - 1, 0)
    return float(min(exponential + random.uniform(0, policy.jitter), policy.max_wait))  # noqa: S311


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, PlatformError) and exc.retryable


async def with_retries(
    policy: RetryPolicy,
    call: Callable[[], Awaitable[T]],
    *,
    sleep: Sleep = asyncio_sleep,
    before_sleep: BeforeSleep | None = None,
) -> T:
    """``call()`` under :func:`retrying`, its first try without tenacity's machinery.

    Nearly every call succeeds at once, and driving a tenacity loop costs about
    50 µs a call — a sixth of a durable send's whole cost.  So the first try is
    a plain call; after a retryable failure tenacity takes over and sees that
    failure as its attempt 1: the same waits, the same ``before_sleep`` and the
    same attempt count, with the delivery budget measured from the first try.
    """
    started = time.monotonic()
    try:
        return await call()
    except Exception as exc:
        if not _retryable(exc):
            raise
        first: BaseException | None = exc
    async for attempt in retrying(policy, sleep=sleep, before_sleep=before_sleep, started=started):
        with attempt:
            if first is not None:
                failed, first = first, None
                raise failed
            return await call()
    raise AssertionError("unreachable: tenacity returns or re-raises")  # pragma: no cover


def retrying(
    policy: RetryPolicy,
    *,
    sleep: Sleep = asyncio_sleep,
    before_sleep: BeforeSleep | None = None,
    started: float | None = None,
) -> AsyncRetrying:
    """A tenacity loop for one delivery step: retry what the adapter called retryable.

    Waits honour ``retry_after`` on the error (capped by ``max_retry_after``);
    otherwise jittered exponential backoff.  The last error is re-raised.
    ``started`` (a ``time.monotonic()``): when the step's first try began, if
    before the loop (:func:`with_retries`); the delivery budget counts from it.
    """
    from tenacity import (  # noqa: PLC0415 - see the imports
        AsyncRetrying,
        retry_if_exception,
        stop_after_attempt,
        stop_any,
    )
    from tenacity.stop import stop_base  # noqa: PLC0415 - see the imports

    class OverBudget(stop_base):
        """tenacity's ``stop_before_delay``, counted from ``started`` when given."""

        def __call__(self, state: RetryCallState) -> bool:
            spent = state.seconds_since_start if started is None else time.monotonic() - started
            return (spent or 0.0) + (state.upcoming_sleep or 0.0) >= policy.delivery_budget

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        told = getattr(exc, "retry_after", None)
        if told is not None:
            return float(min(told, policy.max_retry_after))
        return backoff(policy, state.attempt_number)

    options: dict[str, Any] = {
        "retry": retry_if_exception(_retryable),
        "wait": wait,
        # stop_before_delay: a wait that would end past the budget (an hour-long Retry-After)
        # stops now; the delivery fails as resumable and is tried when the wait is over.
        "stop": stop_any(stop_after_attempt(policy.max_attempts), OverBudget()),
        "sleep": sleep,
        "reraise": True,
    }
    if before_sleep is not None:
        options["before_sleep"] = before_sleep
    return AsyncRetrying(**options)
