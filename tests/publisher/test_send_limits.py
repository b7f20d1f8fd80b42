"""The ``SendLimits`` contract, against every implementation (in memory, PostgreSQL).

The PostgreSQL cases also run two "workers" — two ``PostgresLimits`` on one
database — racing for the same slots: the limits must hold across them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest

from govpub.publisher.throttle import SendLimits
from govpub.publisher.throttle_memory import InMemoryLimits

NOW = datetime(2026, 3, 1, 9, tzinfo=UTC)
HOUR = timedelta(hours=1)

Factory = Callable[[], Awaitable[SendLimits]]


class Sleeps:
    """A sleep that records and returns at once (cool-down waits in tests)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


@pytest.fixture(params=["memory", "postgres"])
async def make_limits(request: pytest.FixtureRequest) -> AsyncIterator[Factory]:
    """Limits of one kind; every call of the factory is another worker on the same store."""
    made: list[SendLimits] = []
    if request.param == "memory":
        shared = InMemoryLimits(platform_limit=lambda _: 3, per_account=2, sleep=Sleeps())

        async def make() -> SendLimits:
            return shared  # one process: one store

    else:
        url = request.getfixturevalue("postgres_ledger_url")
        from govpub.publisher.throttle_postgres import PostgresLimits

        async def make() -> SendLimits:
            limits = await PostgresLimits.open(
                url,
                platform_limit=lambda _: 3,
                per_account=2,
                sleep=Sleeps(),
                poll=0.005,
            )
            made.append(limits)
            return limits

    yield make
    for limits in made:
        await limits.aclose()


async def test_an_hourly_bucket_of_n_grants_exactly_n_under_contention(
    make_limits: Factory,
) -> None:
    workers = [await make_limits() for _ in range(2)]
    answers = await asyncio.gather(
        *(
            workers[n % 2].reserve(
                "hourly:w1", holder=f"d{n}", limit=5, window=HOUR, now=NOW + timedelta(seconds=n)
            )
            for n in range(20)
        )
    )
    granted = [a for a in answers if a.granted]
    assert 5 == len(granted)
    refused = [a for a in answers if not a.granted]
    # a slot frees when the oldest granted reservation leaves the window
    oldest = min(a.at for a in granted)
    assert {oldest + HOUR} == {a.retry_at for a in refused}
    assert all(a.wait > 0 for a in refused)


async def test_a_released_slot_is_free_again_and_a_kept_one_counts_for_the_hour(
    make_limits: Factory,
) -> None:
    limits = await make_limits()
    first = await limits.reserve("hourly:a", holder="d1", limit=2, window=HOUR, now=NOW)
    second = await limits.reserve("hourly:a", holder="d2", limit=2, window=HOUR, now=NOW)
    assert (True, True) == (first.granted, second.granted)
    third = await limits.reserve("hourly:a", holder="d3", limit=2, window=HOUR, now=NOW)
    assert not third.granted
    await limits.release(second)  # d2's send did not happen
    again = await limits.reserve("hourly:a", holder="d3", limit=2, window=HOUR, now=NOW)
    assert again.granted
    late = await limits.reserve("hourly:a", holder="d4", limit=2, window=HOUR, now=NOW + HOUR)
    assert late.granted  # d1's slot aged out of the window


async def test_a_holder_asking_again_keeps_its_slot_and_the_ledger_counts_too(
    make_limits: Factory,
) -> None:
    limits = await make_limits()
    first = await limits.reserve("hourly:b", holder="d1", limit=2, window=HOUR, now=NOW)
    repeat = await limits.reserve("hourly:b", holder="d1", limit=2, window=HOUR, now=NOW)
    assert (True, True) == (first.granted, repeat.granted)
    # two sends this hour the store never saw (another process, before a restart): full
    earlier = [NOW - timedelta(minutes=30), NOW - timedelta(minutes=20)]
    full = await limits.reserve(
        "hourly:b", holder="d2", limit=2, window=HOUR, now=NOW, earlier=earlier
    )
    assert not full.granted
    assert NOW + timedelta(minutes=30) == full.retry_at


async def test_call_slots_hold_per_platform_and_per_account_across_workers(
    make_limits: Factory,
) -> None:
    workers = [await make_limits() for _ in range(2)]
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}

    async def call(worker: SendLimits, account: str) -> None:
        async with worker.slot("p", account):
            for key in ("platform", account):
                in_flight[key] = in_flight.get(key, 0) + 1
                peak[key] = max(peak.get(key, 0), in_flight[key])
            await asyncio.sleep(0.05)
            for key in ("platform", account):
                in_flight[key] -= 1

    # each account's calls come from both workers
    await asyncio.gather(*(call(workers[n % 2], f"a{n // 2 % 2}") for n in range(12)))
    assert 3 == peak["platform"]  # reached, never passed
    assert 2 == max(peak["a0"], peak["a1"])
    assert peak["a0"] <= 2
    assert peak["a1"] <= 2


async def test_a_call_waiting_for_its_account_holds_no_platform_slot(
    make_limits: Factory,
) -> None:
    """Account a0 is full; its queued calls must not take the platform's last slot from a1."""
    workers = [await make_limits() for _ in range(2)]
    release = asyncio.Event()
    both_busy = asyncio.Event()
    order: list[str] = []

    async def call(worker: SendLimits, account: str, name: str) -> None:
        async with worker.slot("p", account):
            order.append(name)
            if len(order) == 2:
                both_busy.set()
            await release.wait()

    busy = [asyncio.create_task(call(workers[n], "a0", f"a0-{n}")) for n in range(2)]
    await asyncio.wait_for(both_busy.wait(), 10)
    queued = [asyncio.create_task(call(workers[n % 2], "a0", f"a0-q{n}")) for n in range(3)]
    await asyncio.sleep(0.05)  # the queued calls are waiting for a0 now
    other = asyncio.create_task(call(workers[1], "a1", "a1"))
    await asyncio.sleep(0.5)
    assert "a1" in order, order  # platform: 2 of 3 held, so a1 went at once
    release.set()
    await asyncio.gather(*busy, *queued, other)
    assert 6 == len(order)


async def test_a_cool_down_is_seen_by_every_worker_and_never_shortened(
    make_limits: Factory,
) -> None:
    one, two = await make_limits(), await make_limits()
    await one.cooldowns.set(["app:x"], 30)
    await one.cooldowns.set(["app:x"], 5)  # a shorter wait never shortens a longer one
    left = await two.cooldowns.remaining(["account:y", "app:x"])
    assert 25 < left <= 30
    assert 0 == await two.cooldowns.remaining(["account:y"])


async def test_a_pushed_result_wakes_the_delivery_that_waits_for_it(
    make_limits: Factory,
) -> None:
    from govpub.platforms.base import PublishOutcome

    limits = await make_limits()
    result = PublishOutcome(state="published", platform_post_id="x1")
    assert not limits.wake("d1", result)  # nobody waits
    with limits.inbox("d1") as inbox:
        assert limits.wake("d1", result)
        assert result is await asyncio.wait_for(inbox.get(), 1)
    assert not limits.wake("d1", result)


async def test_a_token_is_fetched_once_for_every_worker_and_refreshed_once_invalid(
    make_limits: Factory,
) -> None:
    import uuid

    key = f"https://api.weixin.qq.com|wx{uuid.uuid4().hex[:8]}|stable_token"
    workers = [await make_limits() for _ in range(2)]
    fetched: list[str] = []

    async def fetch() -> tuple[str, float]:
        await asyncio.sleep(0.02)
        fetched.append(f"tok-{len(fetched) + 1}-{uuid.uuid4().hex}")
        return fetched[-1], 7200.0

    tokens = await asyncio.gather(*(w.tokens.get(key, fetch) for w in workers for _ in range(5)))
    assert [fetched[0]] * 10 == tokens
    # a 40001 on one worker: that token is dropped, the next call refreshes once
    assert workers[0].tokens.invalidate(key, fetched[0])
    again = await asyncio.gather(*(workers[0].tokens.get(key, fetch) for _ in range(3)))
    assert 2 == len(fetched)
    assert [fetched[1]] * 3 == again
    assert fetched[1] == await workers[1].tokens.get(key, fetch)


async def test_many_accounts_refresh_their_tokens_at_once_on_a_small_pool(
    postgres_ledger_url: str,
) -> None:
    # each WeChat account refreshes its own token; a refresh holds a pooled connection for
    # its lock, so one more asked of the pool inside it deadlocked once every connection was
    # held by a refresh (psycopg_pool.PoolTimeout after 30 s; the chaos test's "unknown"s)
    import uuid

    from govpub.publisher.throttle_postgres import PostgresLimits

    limits = await PostgresLimits.open(
        postgres_ledger_url, platform_limit=lambda _: 3, poll=0.005, max_connections=2
    )
    try:

        async def fetch() -> tuple[str, float]:
            await asyncio.sleep(0.05)
            return f"tok-{uuid.uuid4().hex}", 7200.0

        keys = [f"https://api.weixin.qq.com|wx{uuid.uuid4().hex[:8]}|token" for _ in range(6)]
        got = await asyncio.wait_for(
            asyncio.gather(*(limits.tokens.get(key, fetch) for key in keys)), timeout=10
        )
        assert len(set(got)) == 6
        assert got == [await limits.tokens.get(key, fetch) for key in keys]  # stored, not refetched
    finally:
        await limits.aclose()
