"""A delivery is a unit of work: dispatched by id, run by any worker, within shared limits."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar

import pytest
from conftest import Sleeps, memory_account

from govpub import Matrix, Post
from govpub.ledger import SqliteLedger
from govpub.model import Account
from govpub.platforms.base import (
    DeleteOutcome,
    DeliveryContext,
    PublishOutcome,
    Rendered,
    register_adapter,
    unregister_adapter,
)
from govpub.platforms.memory import MemoryAdapter, MemorySettings, MemoryWorld
from govpub.publisher import AsyncPublisher, PublisherSettings, RetryPolicy
from govpub.publisher.delivery import open_deliveries
from govpub.publisher.dispatch import Dispatcher, InProcessDispatcher
from govpub.publisher.gate import open_gate


class Gauge(MemoryAdapter):
    """A memory platform whose calls take a moment, counting how many are in flight."""

    platform = "gauge"
    in_flight: ClassVar[Counter[str]] = Counter()
    peak: ClassVar[Counter[str]] = Counter()
    delay: ClassVar[float] = 0.002

    async def _measured(self, operation: str) -> None:
        Gauge.in_flight[operation] += 1
        Gauge.peak[operation] = max(Gauge.peak[operation], Gauge.in_flight[operation])
        try:
            await asyncio.sleep(Gauge.delay)
        finally:
            Gauge.in_flight[operation] -= 1

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        await self._measured("publish")
        return await super().publish(rendered, ctx)

    async def delete(self, ctx: DeliveryContext) -> DeleteOutcome:
        await self._measured("delete")
        return await super().delete(ctx)


@pytest.fixture
def gauge() -> Iterator[type[Gauge]]:
    Gauge.in_flight.clear()
    Gauge.peak.clear()
    Gauge.delay = 0.002
    register_adapter(Gauge)
    yield Gauge
    unregister_adapter("gauge")


def gauge_account(n: int) -> Account:
    return Account(
        id=f"g{n:02d}",
        platform="gauge",
        name=f"计量账号{n}",
        unit="某某市人民政府办公室",
        settings=MemorySettings(world="pub"),
    )


async def test_deleting_holds_the_same_platform_limit_as_publishing(
    gauge: type[Gauge],
    make_matrix: Callable[..., Matrix],
    post: Post,
    world: MemoryWorld,
    sleeps: Sleeps,
) -> None:
    matrix = make_matrix(*(gauge_account(n) for n in range(40)))
    settings = PublisherSettings(platform_concurrency={"gauge": 4})
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), settings=settings, sleep=sleeps
    ) as pub:
        published = await pub.publish(post)
        retracted = await pub.retract(post.id, "内容有误")
    assert {"published": 40} == published.counts
    assert {"retracted": 40} == retracted.counts
    assert [] == world.published()
    # 40 accounts, 4 at a time: the limit was reached and never passed, deleting as publishing.
    assert {"publish": 4, "delete": 4} == dict(gauge.peak)


class Queue:
    """A dispatcher that only records ids, as a job queue would: workers run them later."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, str | None]] = []

    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        self.jobs.extend((d, None) for d in delivery_ids)

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        self.jobs.extend((d, reason) for d in delivery_ids)


async def test_a_worker_delivers_by_id_with_only_the_config_and_the_ledger(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"))
    queue = Queue()
    assert isinstance(queue, Dispatcher)
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, dispatcher=queue
    ) as pub:
        report = await pub.publish(post)
    assert {"planned": 2} == report.counts  # planned and handed over; nothing sent here
    assert [] == world.calls
    ids = [d for d, _ in queue.jobs]
    async with open_deliveries(matrix, retry=RetryPolicy.no_wait(), sleep=sleeps) as work:
        first = [await work.deliver(d) for d in ids]
        again = [await work.deliver(d) for d in ids]  # a job delivered twice sends once
    assert ["published", "published"] == [r.state for r in first]
    assert ["published", "published"] == [r.state for r in again]
    assert 2 == len(world.published(post_id=post.id))
    ledger = SqliteLedger(matrix.store.path)
    try:  # every lease given back when its delivery ended
        assert [None, None] == [d.owner for d in ledger.deliveries(post_id=post.id)]
    finally:
        ledger.close()


async def test_two_workers_racing_for_one_delivery_publish_it_once(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(*(memory_account(f"m{n}") for n in range(8)))
    queue = Queue()
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, dispatcher=queue
    ) as pub:
        await pub.publish(post)
    ids = [d for d, _ in queue.jobs]
    async with (
        open_deliveries(matrix, retry=RetryPolicy.no_wait(), sleep=sleeps) as one,
        open_deliveries(matrix, retry=RetryPolicy.no_wait(), sleep=sleeps) as two,
    ):
        one.owner, two.owner = "worker-one:1:1", "worker-two:2:2"
        await asyncio.gather(*(w.deliver(d) for d in ids for w in (one, two)))
    assert 8 == len(world.published(post_id=post.id))
    assert 8 == len([c for c in world.calls if c.operation == "publish"])


async def test_a_worker_does_not_send_a_scheduled_or_frozen_post(
    make_matrix: Callable[..., Matrix], world: MemoryWorld, sleeps: Sleeps
) -> None:
    from datetime import UTC, datetime, timedelta

    matrix = make_matrix(memory_account("m1"))
    queue = Queue()
    later = Post(id="p_later", title="定时发布", publish_at=datetime.now(UTC) + timedelta(hours=2))
    urgent = Post(id="p_now", title="普通通知")
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, dispatcher=queue
    ) as pub:
        scheduled = await pub.publish(later)  # not dispatched: a job run anyway must not send
        await pub.publish(urgent)
        await pub.freeze("演练")
    ids = [scheduled.deliveries[0].delivery_id, *(d for d, _ in queue.jobs)]
    async with open_deliveries(matrix, retry=RetryPolicy.no_wait(), sleep=sleeps) as work:
        states = [(await work.deliver(d)).state for d in ids]
    assert ["planned", "planned"] == states
    assert [] == world.calls


async def test_two_workers_on_postgresql_share_the_platform_limit(
    gauge: type[Gauge], postgres_ledger_url: str, post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    from govpub.config import StoreConfig
    from govpub.publisher.throttle_postgres import PostgresLimits

    matrix = Matrix(
        [gauge_account(n) for n in range(16)], store=StoreConfig(url=postgres_ledger_url)
    )
    settings = PublisherSettings(platform_concurrency={"gauge": 4})
    queue = Queue()
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), settings=settings, dispatcher=queue
    ) as pub:
        await pub.publish(post)
    ids = [d for d, _ in queue.jobs]
    gauge.delay = 0.2  # long enough for the two workers' calls to overlap, even on a busy machine

    async def worker(share: list[str]) -> None:
        limits = await PostgresLimits.open(
            postgres_ledger_url, platform_limit=settings.platform_limit, poll=0.005
        )
        async with open_deliveries(
            matrix, limits=limits, settings=settings, retry=RetryPolicy.no_wait(), sleep=sleeps
        ) as work:
            await asyncio.gather(*(work.deliver(d) for d in share))

    await asyncio.gather(worker(ids[::2]), worker(ids[1::2]))
    assert 16 == len(world.published(post_id=post.id))
    assert 4 == gauge.peak["publish"]  # 4 across both workers, not 4 each


async def test_wechat_adapters_keep_their_tokens_in_the_shared_limits() -> None:
    from pydantic import SecretStr

    from govpub.platforms.wechat import TokenCache, WechatCredentials, WechatSettings
    from govpub.publisher.adapters import AdapterPool
    from govpub.publisher.throttle_memory import InMemoryLimits

    tokens = TokenCache()
    limits = InMemoryLimits(platform_limit=lambda _: 4, tokens=tokens)
    pool = AdapterPool(PublisherSettings(), limits)
    account = Account(
        id="wx-main",
        platform="wechat",
        name="某某市人民政府",
        unit="某某市人民政府办公室",
        credentials=WechatCredentials(
            app_id="wx0123456789abcdef", app_secret=SecretStr("wx-app-secret-value")
        ),
        settings=WechatSettings(),
    )
    try:
        adapter = pool.adapter(account)
        assert tokens is adapter.api.tokens  # type: ignore[attr-defined]
        memory = pool.adapter(memory_account("m1"))  # an adapter without tokens is built plainly
        assert "memory" == memory.platform
    finally:
        await pool.aclose()


class OnePerHour(MemoryAdapter):
    """A platform allowing one post per account and hour whose pre-check can refuse a post."""

    platform = "oneperhour"
    capabilities = MemoryAdapter.capabilities.model_copy(
        update={"label": "限频平台（测试用）", "posts_per_hour": 1}
    )

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        from govpub.errors import ConfigError

        if rendered.title.startswith("缺少配置"):
            raise ConfigError("operator_ip is needed", key="operator_ip")  # before any call
        return await super().publish(rendered, ctx)


async def test_an_hourly_slot_is_given_back_when_nothing_was_sent(
    make_matrix: Callable[..., Matrix], world: MemoryWorld, sleeps: Sleeps
) -> None:
    register_adapter(OnePerHour)
    try:
        account = Account(
            id="h1",
            platform="oneperhour",
            name="限频账号",
            unit="单位",
            settings=MemorySettings(world="pub"),
        )
        matrix = make_matrix(account)
        async with AsyncPublisher(
            matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
        ) as pub:
            refused = await pub.publish(Post(id="p1", title="缺少配置的稿件"))
            sent = await pub.publish(Post(id="p2", title="第二篇"))
            over = await pub.publish(Post(id="p3", title="第三篇"))
    finally:
        unregister_adapter("oneperhour")
    assert "config" == (refused.deliveries[0].error or {}).get("kind")
    assert {"published": 1} == sent.counts  # p1's slot came back: nothing was sent for it
    assert "rate_limited" == (over.deliveries[0].error or {}).get("kind")  # p2's slot was kept
    assert 1 == len(world.published())


async def test_the_same_job_twice_at_once_in_one_worker_publishes_once(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(*(memory_account(f"m{n}") for n in range(4)))
    queue = Queue()
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, dispatcher=queue
    ) as pub:
        await pub.publish(post)
    ids = [d for d, _ in queue.jobs]
    options: dict[str, Any] = {
        "retry": RetryPolicy.no_wait(),
        "sleep": sleeps,
        "settings": PublisherSettings(per_account=4),  # the account slot does not serialise them
    }
    async with (
        open_deliveries(matrix, **options) as one,
        open_deliveries(matrix, **options) as two,
    ):  # one process: the same host and pid in both leases
        await asyncio.gather(*(w.deliver(d) for d in ids for w in (one, one, two, two)))
    assert 4 == len(world.published(post_id=post.id))
    assert 4 == len([c for c in world.calls if c.operation == "publish"])


class _Units:
    """Stands in for ``Deliveries``: records what ran, how many at once, and fails one id."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.ran: list[str] = []
        self.running = self.peak = 0

    async def deliver(self, delivery_id: str) -> None:
        self.started.append(delivery_id)
        self.running += 1
        self.peak = max(self.peak, self.running)
        await asyncio.sleep(0)
        self.running -= 1
        self.ran.append(delivery_id)
        if delivery_id == "d3":
            raise RuntimeError("d3 failed")


async def test_the_in_process_dispatcher_runs_every_id_within_its_concurrency() -> None:
    """A bounded pool: ids in order, never more than ``concurrency`` at once, a failure last."""
    units = _Units()
    dispatcher = InProcessDispatcher(units, concurrency=3)  # type: ignore[arg-type]
    ids = [f"d{n}" for n in range(10)]
    with pytest.raises(RuntimeError, match="d3 failed"):
        await dispatcher.dispatch(ids)
    assert ids == units.started
    assert sorted(ids) == sorted(units.ran)  # the others ran, d3's failure did not stop them
    assert 3 == units.peak
    await dispatcher.dispatch([])  # nothing to do: no task at all
