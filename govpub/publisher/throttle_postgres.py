"""Send limits in PostgreSQL: every worker of a matrix sees the same slots, waits and buckets.

The tables and their SQL are :class:`~govpub.ledger.limits_store.PostgresLimitStore`'s
(schema component ``limits``); this module decides:

* call slots — a slot is a row with a lease, taken only while fewer rows hold
  the scope (under an advisory lock, so two workers cannot both take the
  last); a call's platform and account slots are taken together in one round
  trip, or not at all; the lease is renewed while held and expires if the
  worker dies; waiting is polling with backoff;
* cool-downs — ``until`` per scope, only ever extended, in the database's clock;
* hourly buckets — the rule of the in-memory limits
  (:func:`~govpub.publisher.throttle_memory.reserve_in`), decided under the
  bucket's lock;
* access tokens (WeChat ``stable_token``) — read by every worker, refreshed by
  one at a time.  A token is a short-lived secret: registered with the
  redactor on read, never logged; guard the database like the credentials.

Pushed results (:meth:`inbox`/:meth:`wake`) stay in the process: a push that
reaches another worker is written to the ledger (:mod:`govpub.publisher.pushes`).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager, suppress
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from govpub._redact import register_secret
from govpub.ledger.limits_store import PostgresLimitStore
from govpub.publisher.retry import Sleep, asyncio_sleep
from govpub.publisher.throttle import Reservation
from govpub.publisher.throttle_memory import InMemoryLimits, reserve_in

if TYPE_CHECKING:
    from govpub.platforms.wechat.token import Fetch

__all__ = ["PostgresCooldowns", "PostgresLimits", "PostgresTokens"]


class PostgresCooldowns:
    """:class:`~govpub.publisher.throttle.CooldownBoard` every worker sees."""

    def __init__(self, store: PostgresLimitStore, *, sleep: Sleep) -> None:
        self._store = store
        self._sleep = sleep

    async def set(self, scopes: Sequence[str], seconds: float) -> None:
        """Extend every scope's wait to ``seconds`` from now (never shortens one)."""
        await self._store.extend_cooldown(scopes, seconds)

    async def remaining(self, scopes: Sequence[str]) -> float:
        """Seconds until every scope is free."""
        return (await self._store.cooldown(scopes))[1]

    async def wait(self, scopes: Sequence[str]) -> float:
        """Sleep until every scope is free; extensions made meanwhile are waited too."""
        target, left = await self._store.cooldown(scopes)
        slept = 0.0
        while left > 0 and target is not None:
            await self._sleep(left)
            slept += left
            later, _ = await self._store.cooldown(scopes)
            if later is None or later <= target:
                break
            left, target = (later - target).total_seconds(), later
        return slept


class PostgresTokens:
    """:class:`~govpub.platforms.wechat.token.TokenStore` every worker shares."""

    def __init__(self, store: PostgresLimitStore, *, poll: float) -> None:
        self._store = store
        self._poll = poll
        self._local: dict[str, asyncio.Lock] = {}
        self._dropped: set[tuple[str, str]] = set()  # invalidated here, maybe not yet deleted
        self._tasks: set[asyncio.Task[None]] = set()

    async def _fresh(self, key: str) -> str | None:
        token = await self._store.token(key)
        if token is None:
            return None
        register_secret(token)
        return None if (key, token) in self._dropped else token

    async def get(self, key: str, fetch: Fetch) -> str:
        """A fresh token; one worker (and one delivery in it) refreshes, the others read."""
        from govpub.platforms.wechat.token import early_expiry_margin  # noqa: PLC0415 - light

        token = await self._fresh(key)
        if token is not None:
            return token

        async def refresh(stored: str | None) -> tuple[str, float] | None:
            if stored is not None and (key, stored) not in self._dropped:
                return None  # another worker refreshed while we waited for the lock
            new, expires_in = await fetch()
            register_secret(new)
            return new, max(expires_in - early_expiry_margin(expires_in), 0.0)

        async with self._local.setdefault(key, asyncio.Lock()):
            while True:
                token = await self._fresh(key)
                if token is not None:
                    return token
                token = await self._store.refresh_token(key, refresh, poll=self._poll)
                if token is not None:
                    return token

    def invalidate(self, key: str, token: str) -> bool:
        """Forget ``token``: at once in this worker, in the database as soon as it is reached.

        The protocol's method is synchronous (the adapter calls it from its
        error handling); the row is deleted by a task, only if it still holds
        ``token`` — a newer token another worker stored survives.
        """
        self._dropped.add((key, token))
        task = asyncio.get_running_loop().create_task(self._store.drop_token(key, token))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def settle(self) -> None:
        """Wait for pending deletions (before the pool closes)."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


class PostgresLimits(InMemoryLimits):
    """:class:`~govpub.publisher.throttle.SendLimits` in a PostgreSQL database.

    Open with :meth:`open` (it migrates the ``limits`` schema unless told not
    to); ``poll`` is the first wait between tries for a busy slot (it backs
    off to 20×); ``lease`` bounds how long a dead worker's slot stays taken.
    """

    def __init__(
        self,
        store: PostgresLimitStore,
        *,
        platform_limit: Callable[[str], int],
        per_account: int = 1,
        sleep: Sleep = asyncio_sleep,
        poll: float = 0.05,
        lease: float = 120.0,
    ) -> None:
        super().__init__(platform_limit=platform_limit, per_account=per_account, sleep=sleep)
        self._store = store
        self._poll = poll
        self._lease = lease
        self._pg_cooldowns = PostgresCooldowns(store, sleep=sleep)
        self._pg_tokens = PostgresTokens(store, poll=poll)
        self._worker = uuid.uuid4().hex[:12]

    def __repr__(self) -> str:
        return f"<PostgresLimits worker={self._worker}>"

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        platform_limit: Callable[[str], int],
        per_account: int = 1,
        sleep: Sleep = asyncio_sleep,
        poll: float = 0.05,
        lease: float = 120.0,
        max_connections: int = 4,
        migrate: bool = True,
    ) -> PostgresLimits:
        """Connect to ``url`` (a pool of ``max_connections``) and bring the schema up to date."""
        store = await PostgresLimitStore.open(url, max_connections=max_connections, migrate=migrate)
        return cls(
            store,
            platform_limit=platform_limit,
            per_account=per_account,
            sleep=sleep,
            poll=poll,
            lease=lease,
        )

    @property
    def cooldowns(self) -> PostgresCooldowns:  # type: ignore[override]
        """Cool-downs every worker sees."""
        return self._pg_cooldowns

    @property
    def tokens(self) -> PostgresTokens:
        """Access tokens every worker shares."""
        return self._pg_tokens

    @asynccontextmanager
    async def slot(self, platform: str, account_id: str) -> AsyncIterator[None]:
        """A slot of the platform and one of the account, taken together as leased rows.

        All or nothing: a call waiting for its account does not hold a
        platform slot meanwhile.  One round trip per try, one to free.
        """
        scopes = (
            (f"platform:{platform}", self._platform_limit(platform)),
            (f"account:{account_id}", self._per_account),
        )
        holder = f"{self._worker}:{uuid.uuid4().hex[:12]}"
        delay = self._poll
        while not await self._store.take_slots(scopes, holder, self._lease):
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, self._poll * 20)
        renew = asyncio.get_running_loop().create_task(self._renew(holder))
        try:
            yield
        finally:
            renew.cancel()
            with suppress(asyncio.CancelledError):
                await renew
            await self._store.free_slots(holder)

    async def _renew(self, holder: str) -> None:
        while True:
            await asyncio.sleep(self._lease / 3)
            await self._store.renew_slots(holder, self._lease)

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
        """See :meth:`SendLimits.reserve`: decided and written under the bucket's lock."""
        answer: list[Reservation] = []

        def decide(held: list[tuple[str, datetime]]) -> tuple[str, datetime] | None:
            had = any(who == holder for who, _ in held)
            answer.append(
                reserve_in(
                    held,
                    bucket=bucket,
                    holder=holder,
                    limit=limit,
                    window=window,
                    now=now,
                    earlier=earlier,
                )
            )
            return (holder, now) if answer[0].granted and not had else None

        await self._store.reserve(bucket, now=now, window=window, decide=decide)
        return answer[0]

    async def release(self, reservation: Reservation) -> None:
        """Delete the holder's reservation."""
        await self._store.release(reservation.bucket, reservation.holder)

    async def aclose(self) -> None:
        """Close the pool (slots this worker holds are deleted as their blocks end)."""
        await self._pg_tokens.settle()
        await self._store.close()
