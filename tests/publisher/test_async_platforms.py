"""Asynchronous platforms (like WeChat): accepted, then the result by polling or by a push."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import ClassVar

import pytest
from conftest import Sleeps

from govpub import Matrix, Post, RejectedError
from govpub.model import Account
from govpub.platforms.base import (
    Capabilities,
    DeliveryContext,
    PublishOutcome,
    register_adapter,
    unregister_adapter,
)
from govpub.platforms.memory import MemoryAdapter
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.publisher.gate import open_gate


class SlowReviewAdapter(MemoryAdapter):
    """Accepts a job, then reports "still publishing" ``pending_polls`` times before the result."""

    platform = "slowreview"
    capabilities = Capabilities(label="异步平台（测试用）", asynchronous=True)
    pending_polls: ClassVar[int] = 2
    final: ClassVar[str] = "published"
    polls: ClassVar[int] = 0

    async def publish(self, rendered, ctx: DeliveryContext) -> PublishOutcome:  # type: ignore[no-untyped-def]
        await ctx.step("job_id", _job)
        return PublishOutcome(state="pending", details={"job_id": ctx.steps["job_id"]})

    async def status(self, ctx: DeliveryContext) -> PublishOutcome:
        type(self).polls += 1
        if type(self).polls <= self.pending_polls:
            return PublishOutcome(state="pending")
        if self.final == "rejected":
            raise RejectedError("平台审核不通过", platform=self.platform, code=4)
        return PublishOutcome(
            state="published", platform_post_id="art-1", url="https://example.invalid/a/1"
        )


async def _job() -> str:
    return "job-42"


@pytest.fixture
def slow() -> AsyncIterator[type[SlowReviewAdapter]]:
    SlowReviewAdapter.polls = 0
    SlowReviewAdapter.final = "published"
    register_adapter(SlowReviewAdapter)
    yield SlowReviewAdapter
    unregister_adapter("slowreview")


def account() -> Account:
    return Account(id="s1", platform="slowreview", name="异步账号", unit="测试单位")


async def test_accepted_then_published_by_polling(
    slow: type[SlowReviewAdapter], make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    async with AsyncPublisher(
        make_matrix(account()), gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        report = await pub.publish(post)
        delivery = pub.ledger.get_delivery(report.deliveries[0].delivery_id)
    assert ("published", "https://example.invalid/a/1") == (
        report.deliveries[0].state,
        report.deliveries[0].url,
    )
    assert {"job_id": "job-42"} == dict(delivery.steps)
    assert 3 == slow.polls
    assert [1.0, 2.0, 4.0] == sleeps.calls


async def test_platform_review_rejection_fails_the_delivery(
    slow: type[SlowReviewAdapter], make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    slow.final = "rejected"
    async with AsyncPublisher(
        make_matrix(account()), gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        report = await pub.publish(post)
    row = report.deliveries[0]
    assert ("failed", 4) == (row.state, row.error["code"] if row.error else None)


async def test_status_budget_spent_leaves_accepted_for_resume(
    slow: type[SlowReviewAdapter], make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    slow.pending_polls = 100
    policy = RetryPolicy(initial_wait=0, max_wait=0, jitter=0, status_budget=0.5)
    async with AsyncPublisher(
        make_matrix(account()), gate=open_gate, retry=policy, sleep=sleeps
    ) as pub:
        report = await pub.publish(post)
        assert "accepted" == report.deliveries[0].state
        slow.pending_polls = 0
        [resumed] = await pub.resume()
    assert "published" == resumed.deliveries[0].state


async def test_a_pushed_result_settles_an_accepted_delivery(
    slow: type[SlowReviewAdapter], make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    slow.pending_polls = 100
    policy = RetryPolicy(initial_wait=0, max_wait=0, jitter=0, status_budget=0.5)
    async with AsyncPublisher(
        make_matrix(account()), gate=open_gate, retry=policy, sleep=sleeps
    ) as pub:
        report = await pub.publish(post)
        delivery_id = report.deliveries[0].delivery_id
        await pub.feed_status(
            delivery_id,
            PublishOutcome(state="published", platform_post_id="art-9", url="https://e.invalid/9"),
        )
        after = await pub.status(post.id)
    assert ("published", "art-9") == (
        after.deliveries[0].state,
        after.deliveries[0].platform_post_id,
    )
