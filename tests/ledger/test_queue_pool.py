"""The queue's pool checks a connection (a round trip) only after it sat idle; a dead one is replaced."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

pytest.importorskip("psycopg_pool")

import psycopg
import psycopg_pool

from govpub.ledger.queue_pool import queue_pool


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every round-trip check the pool makes, by backend pid."""
    checked: list[int] = []
    real = psycopg_pool.AsyncConnectionPool.check_connection

    async def check(conn: psycopg.AsyncConnection[Any]) -> None:
        checked.append(conn.info.backend_pid)
        await real(conn)

    monkeypatch.setattr(psycopg_pool.AsyncConnectionPool, "check_connection", check)
    return checked


async def backend_pid(pool: psycopg_pool.AsyncConnectionPool) -> int:
    async with pool.connection() as conn:
        row = await (await conn.execute("SELECT pg_backend_pid()")).fetchone()
        assert row is not None
        return int(row[0])


def test_a_connection_back_a_moment_ago_is_not_checked_again(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = counting_checks(monkeypatch)
    clock = Clock()

    async def scenario() -> list[int]:
        pool = queue_pool(
            conninfo=postgres_url,
            min_size=1,
            max_size=1,
            open=False,
            check=psycopg_pool.AsyncConnectionPool.check_connection,  # procrastinate's, replaced
            idle_check_after=5.0,
            clock=clock,
        )
        await pool.open(wait=True)
        try:
            pids = [await backend_pid(pool)]  # first hand-out: checked
            clock.now += 1.0
            pids += [await backend_pid(pool) for _ in range(3)]  # back a moment ago: not
            clock.now += 6.0
            pids.append(await backend_pid(pool))  # idle longer than 5 s: checked again
            return pids
        finally:
            await pool.close()

    pids = asyncio.run(scenario())
    assert len(set(pids)) == 1, pids  # one connection throughout
    assert checked == [pids[0], pids[0]], checked


def test_a_connection_the_server_closed_while_idle_is_replaced(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting_checks(monkeypatch)
    clock = Clock()

    async def scenario() -> tuple[int, int]:
        pool = queue_pool(conninfo=postgres_url, min_size=1, max_size=1, open=False, clock=clock)
        await pool.open(wait=True)
        try:
            first = await backend_pid(pool)
            with psycopg.connect(postgres_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (first,))
            await asyncio.sleep(0.2)
            clock.now += 60.0  # it sat idle: the check finds it dead and the pool replaces it
            return first, await backend_pid(pool)
        finally:
            await pool.close()

    first, second = asyncio.run(scenario())
    assert first != second
