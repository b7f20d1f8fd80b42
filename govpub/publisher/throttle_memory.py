"""Send limits held in this process: the default for one publisher on one machine.

Semaphores per platform and per account, the cool-downs of
:class:`~govpub.publisher.retry.Cooldowns`, hourly buckets as lists of
reservations, the process-wide WeChat token cache, and a queue per delivery
that waits for a pushed result.  Nothing survives the process except what the
ledger already records (``earlier`` publications for the hourly buckets).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from govpub.publisher.retry import Cooldowns, Sleep, asyncio_sleep
from govpub.publisher.throttle import Reservation

if TYPE_CHECKING:
    from govpub.platforms.wechat.token import TokenStore
    from govpub.publisher.throttle import Pushed

__all__ = ["InMemoryLimits", "LocalCooldowns", "reserve_in"]


class LocalCooldowns:
    """:class:`~govpub.publisher.retry.Cooldowns` behind the async :class:`CooldownBoard`."""

    def __init__(self, *, sleep: Sleep = asyncio_sleep) -> None:
        self._board = Cooldowns(sleep=sleep)

    async def set(self, scopes: Sequence[str], seconds: float) -> None:
        """See :meth:`Cooldowns.set`."""
        self._board.set(scopes, seconds)

    async def remaining(self, scopes: Sequence[str]) -> float:
        """See :meth:`Cooldowns.remaining`."""
        return self._board.remaining(scopes)

    async def wait(self, scopes: Sequence[str]) -> float:
        """See :meth:`Cooldowns.wait`."""
        return await self._board.wait(scopes)


def reserve_in(
    held: list[tuple[str, datetime]],
    *,
    bucket: str,
    holder: str,
    limit: int,
    window: timedelta,
    now: datetime,
    earlier: Sequence[datetime],
) -> Reservation:
    """Decide a reservation against ``held`` (pruned and appended to in place).

    The rule both implementations follow: the window holds
    ``max(len(earlier), len(held))`` sends; a holder already in ``held`` keeps its slot.
    """
    held[:] = [(who, at) for who, at in held if at > now - window]
    if any(who == holder for who, _ in held):
        return Reservation(bucket, holder, now, granted=True)
    inside = sorted(t for t in earlier if t > now - window)
    times = sorted(at for _, at in held) if len(held) >= len(inside) else inside
    if len(times) < limit:
        held.append((holder, now))
        return Reservation(bucket, holder, now, granted=True)
    oldest_counting = times[len(times) - limit]
    return Reservation(bucket, holder, now, granted=False, retry_at=oldest_counting + window)


class InMemoryLimits:
    """:class:`~govpub.publisher.throttle.SendLimits` in this process (today's behaviour).

    ``platform_limit(platform)`` and ``per_account`` size the call slots.
    """

    def __init__(
        self,
        *,
        platform_limit: Callable[[str], int],
        per_account: int = 1,
        sleep: Sleep = asyncio_sleep,
        tokens: TokenStore | None = None,
    ) -> None:
        self._platform_limit = platform_limit
        self._per_account = per_account
        self._cooldowns = LocalCooldowns(sleep=sleep)
        self._tokens = tokens
        self._platforms: dict[str, asyncio.Semaphore] = {}
        #: The semaphore of each account with a call running or waiting, and how many.
        self._accounts: dict[str, _AccountSlots] = {}
        self._buckets: dict[str, list[tuple[str, datetime]]] = {}
        self._inboxes: dict[str, asyncio.Queue[Pushed]] = {}

    def __repr__(self) -> str:
        return f"<InMemoryLimits {len(self._accounts)} accounts busy>"

    @property
    def cooldowns(self) -> LocalCooldowns:
        """The process's cool-downs."""
        return self._cooldowns

    @property
    def tokens(self) -> TokenStore:
        """The process-wide WeChat token cache unless another was given."""
        if self._tokens is None:
            from govpub.platforms.wechat.token import SHARED_TOKENS  # noqa: PLC0415 - light

            self._tokens = SHARED_TOKENS
        return self._tokens

    @asynccontextmanager
    async def slot(self, platform: str, account_id: str) -> AsyncIterator[None]:
        """A semaphore of the account, then one of the platform.

        In that order, a call waiting for a busy account holds none of the
        platform's slots, which calls to other accounts can use meanwhile.  An
        account's semaphore lives while calls hold or wait for it: a matrix of
        thousands of accounts keeps no semaphore per account it ever served.
        """
        platforms = _semaphore(self._platforms, platform, self._platform_limit(platform))
        accounts = self._accounts.get(account_id)
        if accounts is None:
            accounts = self._accounts[account_id] = _AccountSlots(self._per_account)
        accounts.users += 1
        try:
            async with accounts.semaphore, platforms:
                yield
        finally:
            accounts.users -= 1
            if not accounts.users:
                del self._accounts[account_id]

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
        """See :meth:`SendLimits.reserve`; atomic because it never awaits."""
        held = self._buckets.setdefault(bucket, [])
        return reserve_in(
            held, bucket=bucket, holder=holder, limit=limit, window=window, now=now, earlier=earlier
        )

    async def release(self, reservation: Reservation) -> None:
        """Drop the holder's slot from the bucket."""
        held = self._buckets.get(reservation.bucket, [])
        held[:] = [(who, at) for who, at in held if who != reservation.holder]

    @contextmanager
    def inbox(self, delivery_id: str) -> Iterator[asyncio.Queue[Pushed]]:
        """A queue for ``delivery_id``'s pushed results while the block runs."""
        queue: asyncio.Queue[Pushed] = asyncio.Queue()
        self._inboxes[delivery_id] = queue
        try:
            yield queue
        finally:
            if self._inboxes.get(delivery_id) is queue:
                del self._inboxes[delivery_id]

    def wake(self, delivery_id: str, result: Pushed) -> bool:
        """Put ``result`` in the delivery's queue if it waits in this process."""
        queue = self._inboxes.get(delivery_id)
        if queue is None:
            return False
        queue.put_nowait(result)
        return True

    async def aclose(self) -> None:
        """Nothing to release."""


class _AccountSlots:
    """One account's semaphore and the calls that hold or wait for it."""

    __slots__ = ("semaphore", "users")

    def __init__(self, size: int) -> None:
        self.semaphore = asyncio.Semaphore(size)
        self.users = 0


def _semaphore(table: dict[str, asyncio.Semaphore], key: str, size: int) -> asyncio.Semaphore:
    semaphore = table.get(key)
    if semaphore is None:
        semaphore = table[key] = asyncio.Semaphore(size)
    return semaphore
