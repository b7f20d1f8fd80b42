"""Send limits in PostgreSQL: every worker of a matrix sees the same slots, waits and buckets.

Tables of schema component ``limits`` (:mod:`govpub.ledger.postgres_schema`):

* ``limit_slots`` — a held call slot is a row ``(scope, holder, lease_until)``;
  taking one counts the live rows of the scope under a transaction-scoped
  advisory lock on the scope, so two workers cannot both take the last.  A
  worker that dies leaves rows that expire with their lease (renewed while
  held); waiting is polling with backoff.
* ``limit_cooldowns`` — ``until`` per scope in the database's clock, only ever
  extended (``GREATEST``).
* ``limit_reservations`` — an hourly bucket's reservations; taking one decides
  under the bucket's advisory lock with the rule of the in-memory limits
  (:func:`~govpub.publisher.throttle_memory.reserve_in`) and inserts the row.
* ``limit_tokens`` — access tokens (WeChat ``stable_token``) shared by the
  workers, refreshed by one worker at a time (a session advisory lock).  A
  token is a short-lived secret: it is registered with the redactor on read,
  never logged; guard the database like the credentials it stands for.

Pushed results (:meth:`inbox`/:meth:`wake`) stay in the process: a push that
reaches another worker is written to the ledger (:mod:`govpub.publisher.pushes`).
"""

from __future__ import annotations

import asyncio
import uuid
import zlib
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager, suppress
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from govpub._redact import register_secret
from govpub.publisher.retry import Sleep, asyncio_sleep
from govpub.publisher.throttle import Reservation
from govpub.publisher.throttle_memory import InMemoryLimits, reserve_in

if TYPE_CHECKING:
    from psycopg_pool import AsyncConnectionPool

    from govpub.platforms.wechat.token import Fetch

__all__ = ["PostgresCooldowns", "PostgresLimits", "PostgresTokens"]


def _lock_key(name: str) -> int:
    """A stable 32-bit advisory lock key for ``name`` (the same in every worker)."""
    return zlib.crc32(f"govpub-limits:{name}".encode())


class PostgresCooldowns:
    """:class:`~govpub.publisher.throttle.CooldownBoard` in ``limit_cooldowns``."""

    def __init__(self, pool: AsyncConnectionPool[Any], *, sleep: Sleep) -> None:
        self._pool = pool
        self._sleep = sleep

    async def set(self, scopes: Sequence[str], seconds: float) -> None:
        """Extend every scope's wait to ``seconds`` from now (never shortens one)."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "INSERT INTO limit_cooldowns (scope, until) "
                "SELECT s, clock_timestamp() + make_interval(secs => %s) FROM unnest(%s::text[]) s "
                "ON CONFLICT (scope) DO UPDATE "
                "SET until = GREATEST(limit_cooldowns.until, excluded.until)",
                (max(seconds, 0.0), list(scopes)),
            )

    async def _target(self, scopes: Sequence[str]) -> tuple[datetime | None, float]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT max(until) AS until, "
                "GREATEST(EXTRACT(EPOCH FROM max(until) - clock_timestamp()), 0) AS left "
                "FROM limit_cooldowns WHERE scope = ANY(%s)",
                (list(scopes),),
            )
            row = await cursor.fetchone()
        if row is None or row["until"] is None:
            return None, 0.0
        return row["until"], float(row["left"])

    async def remaining(self, scopes: Sequence[str]) -> float:
        """Seconds until every scope is free."""
        return (await self._target(scopes))[1]

    async def wait(self, scopes: Sequence[str]) -> float:
        """Sleep until every scope is free; extensions made meanwhile are waited too."""
        target, left = await self._target(scopes)
        slept = 0.0
        while left > 0 and target is not None:
            await self._sleep(left)
            slept += left
            later, _ = await self._target(scopes)
            if later is None or later <= target:
                break
            left, target = (later - target).total_seconds(), later
        return slept


class PostgresTokens:
    """:class:`~govpub.platforms.wechat.token.TokenStore` in ``limit_tokens``."""

    def __init__(self, pool: AsyncConnectionPool[Any], *, poll: float) -> None:
        self._pool = pool
        self._poll = poll
        self._local: dict[str, asyncio.Lock] = {}
        self._dropped: set[tuple[str, str]] = set()  # invalidated here, maybe not yet deleted
        self._tasks: set[asyncio.Task[None]] = set()

    async def _fresh(self, key: str) -> str | None:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT token FROM limit_tokens WHERE key = %s AND expires_at > clock_timestamp()",
                (key,),
            )
            row = await cursor.fetchone()
        if row is None:
            return None
        token: str = row["token"]
        register_secret(token)
        return None if (key, token) in self._dropped else token

    async def get(self, key: str, fetch: Fetch) -> str:
        """A fresh token; one worker (and one delivery in it) refreshes, the others read."""
        from govpub.platforms.wechat.token import early_expiry_margin  # noqa: PLC0415 - light

        token = await self._fresh(key)
        if token is not None:
            return token
        async with self._local.setdefault(key, asyncio.Lock()), self._pool.connection() as conn:
            lock = _lock_key(f"token:{key}")
            while True:
                token = await self._fresh(key)
                if token is not None:
                    return token
                cursor = await conn.execute("SELECT pg_try_advisory_lock(%s) AS got", (lock,))
                row = await cursor.fetchone()
                if row is not None and row["got"]:
                    break
                await asyncio.sleep(self._poll)
            try:
                token = await self._fresh(key)
                if token is not None:
                    return token
                token, expires_in = await fetch()
                register_secret(token)
                lifetime = max(expires_in - early_expiry_margin(expires_in), 0.0)
                await conn.execute(
                    "INSERT INTO limit_tokens (key, token, expires_at) "
                    "VALUES (%s, %s, clock_timestamp() + make_interval(secs => %s)) "
                    "ON CONFLICT (key) DO UPDATE "
                    "SET token = excluded.token, expires_at = excluded.expires_at",
                    (key, token, lifetime),
                )
                return token
            finally:
                await conn.execute("SELECT pg_advisory_unlock(%s)", (lock,))

    def invalidate(self, key: str, token: str) -> bool:
        """Forget ``token``: at once in this worker, in the database as soon as it is reached.

        The protocol's method is synchronous (the adapter calls it from its
        error handling); the row is deleted by a task, only if it still holds
        ``token`` — a newer token another worker stored survives.
        """
        self._dropped.add((key, token))
        task = asyncio.get_running_loop().create_task(self._invalidate(key, token))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def _invalidate(self, key: str, token: str) -> None:
        async with self._pool.connection() as conn:
            await conn.execute(
                "DELETE FROM limit_tokens WHERE key = %s AND token = %s", (key, token)
            )

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
        pool: AsyncConnectionPool[Any],
        *,
        platform_limit: Callable[[str], int],
        per_account: int = 1,
        sleep: Sleep = asyncio_sleep,
        poll: float = 0.05,
        lease: float = 120.0,
    ) -> None:
        super().__init__(platform_limit=platform_limit, per_account=per_account, sleep=sleep)
        self._pool = pool
        self._poll = poll
        self._lease = lease
        self._pg_cooldowns = PostgresCooldowns(pool, sleep=sleep)
        self._pg_tokens = PostgresTokens(pool, poll=poll)
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
        from psycopg.rows import dict_row  # noqa: PLC0415 - the postgres extra
        from psycopg_pool import AsyncConnectionPool  # noqa: PLC0415

        if migrate:
            await asyncio.to_thread(_migrate, url)
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max_connections,
            kwargs={"autocommit": True, "row_factory": dict_row, "application_name": "govpub"},
            open=False,
        )
        await pool.open(wait=True)
        return cls(
            pool,
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
        """A slot of the platform, then one of the account, each a leased row."""
        platform_scope = (f"platform:{platform}", self._platform_limit(platform))
        account_scope = (f"account:{account_id}", self._per_account)
        async with self._held(*platform_scope), self._held(*account_scope):
            yield

    @asynccontextmanager
    async def _held(self, scope: str, size: int) -> AsyncIterator[None]:
        holder = f"{self._worker}:{uuid.uuid4().hex[:12]}"
        delay = self._poll
        while not await self._take(scope, size, holder):
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, self._poll * 20)
        renew = asyncio.get_running_loop().create_task(self._renew(scope, holder))
        try:
            yield
        finally:
            renew.cancel()
            with suppress(asyncio.CancelledError):
                await renew
            async with self._pool.connection() as conn:
                await conn.execute(
                    "DELETE FROM limit_slots WHERE scope = %s AND holder = %s", (scope, holder)
                )

    async def _take(self, scope: str, size: int, holder: str) -> bool:
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(scope),))
            await conn.execute(
                "DELETE FROM limit_slots WHERE scope = %s AND lease_until < clock_timestamp()",
                (scope,),
            )
            cursor = await conn.execute(
                "SELECT count(*) AS n FROM limit_slots WHERE scope = %s", (scope,)
            )
            row = await cursor.fetchone()
            if row is None or row["n"] >= size:
                return False
            await conn.execute(
                "INSERT INTO limit_slots (scope, holder, lease_until) "
                "VALUES (%s, %s, clock_timestamp() + make_interval(secs => %s))",
                (scope, holder, self._lease),
            )
            return True

    async def _renew(self, scope: str, holder: str) -> None:
        while True:
            await asyncio.sleep(self._lease / 3)
            async with self._pool.connection() as conn:
                await conn.execute(
                    "UPDATE limit_slots SET lease_until = "
                    "clock_timestamp() + make_interval(secs => %s) "
                    "WHERE scope = %s AND holder = %s",
                    (self._lease, scope, holder),
                )

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
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(bucket),))
            await conn.execute(
                "DELETE FROM limit_reservations WHERE bucket = %s AND at <= %s",
                (bucket, now - window),
            )
            cursor = await conn.execute(
                "SELECT holder, at FROM limit_reservations WHERE bucket = %s", (bucket,)
            )
            held = [(row["holder"], row["at"]) for row in await cursor.fetchall()]
            before = len(held)
            answer = reserve_in(
                held,
                bucket=bucket,
                holder=holder,
                limit=limit,
                window=window,
                now=now,
                earlier=earlier,
            )
            if len(held) > before:
                await conn.execute(
                    "INSERT INTO limit_reservations (bucket, holder, at) VALUES (%s, %s, %s)",
                    (bucket, holder, now),
                )
        return answer

    async def release(self, reservation: Reservation) -> None:
        """Delete the holder's reservation."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "DELETE FROM limit_reservations WHERE bucket = %s AND holder = %s",
                (reservation.bucket, reservation.holder),
            )

    async def aclose(self) -> None:
        """Close the pool (slots this worker holds are deleted as their blocks end)."""
        await self._pg_tokens.settle()
        await self._pool.close()


def _migrate(url: str) -> None:
    from govpub.ledger import postgres, postgres_schema  # noqa: PLC0415

    db = postgres.PostgresDatabase(postgres.connect(url))
    try:
        postgres_schema.migrate_postgres(db)
    finally:
        db.close()
