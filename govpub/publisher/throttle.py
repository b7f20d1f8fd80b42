"""Send limits every worker shares: call slots, cool-downs, hourly buckets, tokens, wake-ups.

A platform's limits belong to the account or the app, not to a process: two
workers that each respect "4 calls at once" make 8, two workers that each see
29 of Weibo's 30 posts this hour both send.  So the publisher never keeps such
state itself; it asks a :class:`SendLimits`:

* :meth:`~SendLimits.slot` — one call in flight, within the platform's and the
  account's concurrency (an async context manager);
* :attr:`~SendLimits.cooldowns` — "do not call before" per rate-limit scope
  (the accounts of one app share the app's scope);
* :meth:`~SendLimits.reserve` — a slot of an hourly bucket *taken before* the
  send and given back (:meth:`~SendLimits.release`) only when nothing was sent,
  so two workers can never both take the last one;
* :attr:`~SendLimits.tokens` — access tokens (WeChat ``stable_token``) fetched
  once for every worker;
* :meth:`~SendLimits.inbox` / :meth:`~SendLimits.wake` — a platform's pushed
  result handed to the delivery that waits for it.

:class:`~govpub.publisher.throttle_memory.InMemoryLimits` (the default) holds
them in the process; :class:`~govpub.publisher.throttle_postgres.PostgresLimits`
in the PostgreSQL database the workers share.  The process-wide cap on
deliveries in flight (``[publisher] concurrency``) is not here: it is each
worker's own size.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    import asyncio

    from govpub.errors import PlatformError
    from govpub.platforms.base import PublishOutcome
    from govpub.platforms.wechat.token import TokenStore

    Pushed: TypeAlias = PublishOutcome | PlatformError

__all__ = ["CooldownBoard", "Reservation", "SendLimits", "hourly_bucket"]


def hourly_bucket(account_id: str) -> str:
    """The name of an account's hourly publication bucket."""
    return f"hourly:{account_id}"


@dataclass(frozen=True)
class Reservation:
    """The answer of :meth:`SendLimits.reserve`: a slot taken, or when one frees.

    ``granted`` reservations must be :meth:`released <SendLimits.release>` if
    the send did not happen; kept, they count until ``at + window``.
    """

    bucket: str
    holder: str
    at: datetime
    granted: bool
    retry_at: datetime | None = None

    @property
    def wait(self) -> float:
        """Seconds until a slot frees (0 for a granted reservation)."""
        if self.granted or self.retry_at is None:
            return 0.0
        return max((self.retry_at - self.at).total_seconds(), 0.0)


class CooldownBoard(Protocol):
    """Per-scope "do not call before" times (a 429 on one account slows its app's accounts)."""

    async def set(self, scopes: Sequence[str], seconds: float) -> None:
        """Make every scope wait at least ``seconds`` from now (never shortens a wait)."""

    async def remaining(self, scopes: Sequence[str]) -> float:
        """Seconds until every scope is free."""

    async def wait(self, scopes: Sequence[str]) -> float:
        """Sleep until every scope is free, also when another delivery extends it meanwhile."""


class SendLimits(Protocol):
    """What the workers of one matrix share to stay within the platforms' limits."""

    @property
    def cooldowns(self) -> CooldownBoard:
        """The shared cool-downs."""

    @property
    def tokens(self) -> TokenStore:
        """The access-token cache shared by every worker (WeChat ``stable_token``)."""

    def slot(self, platform: str, account_id: str) -> AbstractAsyncContextManager[None]:
        """Hold one call slot of ``platform`` and of ``account_id`` while the block runs."""

    async def reserve(
        self,
        bucket: str,
        *,
        holder: str,
        limit: int,
        window: timedelta,
        now: datetime,
        earlier: Sequence[datetime] = (),
    ) -> Reservation:
        """Take one of ``limit`` slots of ``bucket`` in the ``window`` ending ``now``.

        ``earlier`` are sends the ledger knows of in the window (they count even
        if this store has never seen them, e.g. after a restart); the bucket
        holds ``max(len(earlier), reservations kept)``.  A holder that already
        has a reservation in the window gets it again (a retried delivery is
        not counted twice).  Atomic: of two workers racing for the last slot,
        one is refused.
        """

    async def release(self, reservation: Reservation) -> None:
        """Give a granted slot back: the send it was taken for did not happen."""

    def inbox(self, delivery_id: str) -> AbstractContextManager[asyncio.Queue[Pushed]]:
        """Receive the pushed results of ``delivery_id`` while the block runs."""

    def wake(self, delivery_id: str, result: Pushed) -> bool:
        """Hand ``result`` to the delivery waiting for it; ``False`` if none waits here."""

    async def aclose(self) -> None:
        """Release what the limits hold (connections, slots of this worker)."""
