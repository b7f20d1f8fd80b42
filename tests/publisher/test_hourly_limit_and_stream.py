"""The per-account hourly bucket (Weibo: 30 posts/hour) and the async event stream."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from conftest import Sleeps, memory_account

from govpub import Matrix, Post
from govpub.model import Account
from govpub.platforms.base import Capabilities, register_adapter, unregister_adapter
from govpub.platforms.memory import MemoryAdapter, MemorySettings, MemoryWorld
from govpub.publisher import AsyncPublisher, DeliveryEvent, RetryPolicy
from govpub.publisher.gate import open_gate


class TwoPerHour(MemoryAdapter):
    platform = "twoperhour"
    capabilities = Capabilities(label="限频平台（测试用）", posts_per_hour=2)


@pytest.fixture
def limited() -> Iterator[None]:
    register_adapter(TwoPerHour)
    yield
    unregister_adapter("twoperhour")


async def test_the_third_post_within_an_hour_waits(
    limited: None, make_matrix: Callable[..., Matrix], world: MemoryWorld, sleeps: Sleeps
) -> None:
    now = [datetime(2026, 3, 1, 9, tzinfo=UTC)]
    account = Account(
        id="w1",
        platform="twoperhour",
        name="限频账号",
        unit="单位",
        settings=MemorySettings(world="pub"),
    )
    matrix = make_matrix(account)
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, clock=lambda: now[0]
    ) as pub:
        for n in range(3):
            now[0] += timedelta(minutes=10)
            report = await pub.publish(Post(id=f"p{n}", title=f"第{n}篇"))
        row = report.deliveries[0]
        assert ("failed", "rate_limited") == (row.state, (row.error or {}).get("kind"))
        assert row.next_attempt_at == datetime(2026, 3, 1, 10, 10, tzinfo=UTC)
        assert 2 == len(world.published())  # the platform was not even asked
        now[0] = datetime(2026, 3, 1, 10, 11, tzinfo=UTC)
        [later] = await pub.resume()
    assert {"published": 1} == later.counts


async def test_events_can_be_iterated(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"))
    pub = AsyncPublisher(matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps)
    seen: list[DeliveryEvent] = []

    async def listen() -> None:
        seen.extend([event async for event in pub.events()])

    listener = asyncio.create_task(listen())
    await asyncio.sleep(0)
    async with pub:
        await pub.publish(post)
    await asyncio.wait_for(listener, 5)  # the stream ends when the publisher closes
    assert 2 == [e.name for e in seen].count("govpub.delivery.published")
