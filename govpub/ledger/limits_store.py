"""The PostgreSQL tables of the send limits workers share: the SQL, and nothing else.

:class:`~govpub.publisher.throttle_postgres.PostgresLimits` decides (how long
to wait, whether a bucket has room); this store reads and writes the tables of
schema component ``limits`` (:mod:`govpub.ledger.postgres_schema`) through a
psycopg async pool, each decision taken under a PostgreSQL advisory lock:

* ``limit_slots`` — a held call slot is a row ``(scope, holder, lease_until)``; the
  scopes of one call are taken together by ``govpub_take_slots`` in one round trip;
* ``limit_cooldowns`` — ``until`` per scope in the database's clock, only extended;
* ``limit_reservations`` — an hourly bucket's reservations;
* ``limit_tokens`` — access tokens, refreshed under a session advisory lock.

Timestamps are the database's (``clock_timestamp()``) wherever workers on
several machines must agree; an hourly bucket's ``now`` is the caller's (the
publisher's clock, which the ledger's ``published_at`` uses too).
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from psycopg_pool import AsyncConnectionPool

__all__ = ["PostgresLimitStore", "lock_key"]

Held = list[tuple[str, datetime]]


def lock_key(name: str) -> int:
    """A stable 32-bit advisory lock key for ``name`` (the same in every worker)."""
    return zlib.crc32(f"govpub-limits:{name}".encode())


class PostgresLimitStore:
    """Reads and writes the ``limit_*`` tables; open with :meth:`open`."""

    def __init__(self, pool: AsyncConnectionPool[Any]) -> None:
        self._pool = pool

    @classmethod
    async def open(
        cls, url: str, *, max_connections: int = 4, migrate: bool = True
    ) -> PostgresLimitStore:
        """A pool of ``max_connections`` to ``url``; the schema migrated unless told not to."""
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
        return cls(pool)

    async def close(self) -> None:
        """Close the pool."""
        await self._pool.close()

    # -- call slots -----------------------------------------------------------------

    async def take_slots(
        self, scopes: Sequence[tuple[str, int]], holder: str, lease: float
    ) -> bool:
        """Hold every ``(scope, size)`` as ``holder``, or none: one round trip.

        Taken only while fewer than ``size`` live rows hold each scope; the
        decision runs in ``govpub_take_slots`` (schema ``limits`` 2; 3 counts with index
        scans) under the scopes' advisory locks, so two workers never both take the last slot.
        """
        names = [scope for scope, _ in scopes]
        async with self._pool.connection() as conn:
            cursor = await conn.execute(
                "SELECT govpub_take_slots(%s, %s, %s, %s, %s) AS taken",
                (
                    names,
                    [size for _, size in scopes],
                    [lock_key(name) for name in names],
                    holder,
                    lease,
                ),
            )
            row = await cursor.fetchone()
        return row is not None and bool(row["taken"])

    async def renew_slots(self, holder: str, lease: float) -> None:
        """Push the lease of every slot ``holder`` holds ``lease`` seconds from now."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "UPDATE limit_slots "
                "SET lease_until = clock_timestamp() + make_interval(secs => %s) "
                "WHERE holder = %s",
                (lease, holder),
            )

    async def free_slots(self, holder: str) -> None:
        """Delete every slot ``holder`` holds."""
        async with self._pool.connection() as conn:
            await conn.execute("DELETE FROM limit_slots WHERE holder = %s", (holder,))

    # -- cool-downs -----------------------------------------------------------------

    async def extend_cooldown(self, scopes: Sequence[str], seconds: float) -> None:
        """Make each scope wait until ``seconds`` from now, unless it already waits longer."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "INSERT INTO limit_cooldowns (scope, until) "
                "SELECT s, clock_timestamp() + make_interval(secs => %s) FROM unnest(%s::text[]) s "
                "ON CONFLICT (scope) DO UPDATE "
                "SET until = GREATEST(limit_cooldowns.until, excluded.until)",
                (max(seconds, 0.0), list(scopes)),
            )

    async def cooldown(self, scopes: Sequence[str]) -> tuple[datetime | None, float]:
        """The latest ``until`` of the scopes and the seconds left to it (0 if past)."""
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

    # -- hourly buckets ---------------------------------------------------------------

    async def reserve(
        self,
        bucket: str,
        *,
        now: datetime,
        window: timedelta,
        decide: Callable[[Held], tuple[str, datetime] | None],
    ) -> None:
        """Under the bucket's lock: drop rows out of the window, let ``decide`` see the rest.

        ``decide`` returns the row to insert, or ``None``; two workers never see
        the same rows and both insert.
        """
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key(bucket),))
            await conn.execute(
                "DELETE FROM limit_reservations WHERE bucket = %s AND at <= %s",
                (bucket, now - window),
            )
            cursor = await conn.execute(
                "SELECT holder, at FROM limit_reservations WHERE bucket = %s", (bucket,)
            )
            held = [(row["holder"], row["at"]) for row in await cursor.fetchall()]
            insert = decide(held)
            if insert is not None:
                await conn.execute(
                    "INSERT INTO limit_reservations (bucket, holder, at) VALUES (%s, %s, %s)",
                    (bucket, *insert),
                )

    async def release(self, bucket: str, holder: str) -> None:
        """Delete the holder's reservation."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "DELETE FROM limit_reservations WHERE bucket = %s AND holder = %s",
                (bucket, holder),
            )

    # -- access tokens ------------------------------------------------------------------

    async def token(self, key: str) -> str | None:
        """The stored token of ``key`` if it has not expired."""
        async with self._pool.connection() as conn:
            return await _unexpired_token(conn, key)

    async def refresh_token(
        self,
        key: str,
        refresh: Callable[[str | None], Awaitable[tuple[str, float] | None]],
        *,
        poll: float,
    ) -> str | None:
        """Run ``refresh`` holding ``key``'s lock (one worker at a time); store what it returns.

        ``refresh`` is given the token stored when the lock was taken (read on the lock's own
        connection: a second one asked of the pool while this one is held deadlocks once every
        connection of the pool is held by a refresh — each WeChat account refreshes its own
        token) and returns ``None`` when that one will do; else ``(token, lifetime_seconds)``.
        """
        lock = lock_key(f"token:{key}")
        async with self._pool.connection() as conn:
            while True:
                cursor = await conn.execute("SELECT pg_try_advisory_lock(%s) AS got", (lock,))
                row = await cursor.fetchone()
                if row is not None and row["got"]:
                    break
                await asyncio.sleep(poll)
            try:
                fetched = await refresh(await _unexpired_token(conn, key))
                if fetched is None:
                    return None
                token, lifetime = fetched
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

    async def drop_token(self, key: str, token: str) -> None:
        """Delete ``key``'s token if it is still ``token``."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "DELETE FROM limit_tokens WHERE key = %s AND token = %s", (key, token)
            )


async def _unexpired_token(conn: Any, key: str) -> str | None:
    """``key``'s stored token if it has not expired, read on ``conn``."""
    cursor = await conn.execute(
        "SELECT token FROM limit_tokens WHERE key = %s AND expires_at > clock_timestamp()", (key,)
    )
    row = await cursor.fetchone()
    return None if row is None else str(row["token"])


def _migrate(url: str) -> None:
    from govpub.ledger import postgres, postgres_schema  # noqa: PLC0415

    db = postgres.PostgresDatabase(postgres.connect(url))
    try:
        postgres_schema.migrate_postgres(db)
    finally:
        db.close()
