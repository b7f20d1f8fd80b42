"""Retries obey the adapter's classification; unknown outcomes are reconciled, never re-sent blindly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import Sleeps, memory_account

from govpub import Matrix, Post
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld
from govpub.publisher import AsyncPublisher, PublisherSettings, RetryPolicy
from govpub.publisher.gate import open_gate


def publisher_for(matrix: Matrix, sleeps: Sleeps, **retry: float) -> AsyncPublisher:
    policy = RetryPolicy(initial_wait=1, max_wait=8, jitter=0, **retry)  # type: ignore[arg-type]
    return AsyncPublisher(matrix, gate=open_gate, retry=policy, sleep=sleeps)


async def test_transient_errors_back_off_then_succeed(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "transient", times=3)
    async with publisher_for(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(post)
        attempts = pub.ledger.attempts(report.deliveries[0].delivery_id)  # type: ignore[attr-defined]
    row = report.deliveries[0]
    assert ("published", 4) == (row.state, row.attempts)
    assert [1.0, 2.0, 4.0] == sleeps.calls
    assert ["transient", "transient", "transient", "published"] == [a["outcome"] for a in attempts]
    assert 1 == len(world.published())


async def test_rejection_fails_at_once_with_the_platform_code(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "rejected")
    async with publisher_for(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(post)
    row = report.deliveries[0]
    assert ("failed", 1, "rejected") == (
        row.state,
        row.attempts,
        row.error["kind"] if row.error else None,
    )
    assert "rejected" == row.error["code"] if row.error else None
    assert [] == sleeps.calls
    assert not report.ok


async def test_budget_exhausted_leaves_a_resumable_failure(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "transient", times=5)
    matrix = make_matrix(memory_account("m1"))
    async with publisher_for(matrix, sleeps, max_attempts=3) as pub:
        first = await pub.publish(post)
        assert "failed" == first.deliveries[0].state
        resumed = await pub.resume()
    assert "published" == resumed[0].deliveries[0].state
    assert 1 == len(world.published())


async def test_rate_limit_cool_down_is_shared_by_the_app(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "rate_limited", account="a1", retry_after=30)
    matrix = make_matrix(memory_account("a1", app_key="app"), memory_account("a2", app_key="app"))
    policy = RetryPolicy(initial_wait=1, max_wait=8, jitter=0)
    pub = AsyncPublisher(
        matrix,
        gate=open_gate,
        retry=policy,
        settings=PublisherSettings(concurrency=1),
        sleep=sleeps,
    )
    async with pub:
        report = await pub.publish(post)
    assert {"published": 2} == report.counts
    # a1 waits 30 s after its 429; a2, of the same app, waits out the same cool-down instead of
    # running into a second 429.
    assert 1 == [c.operation for c in world.calls].count("publish") - 2
    assert 30.0 in sleeps.calls


async def test_commit_then_timeout_is_reconciled_not_resent(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "outcome_unknown", after_commit=True)
    async with publisher_for(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(post)
    assert "published" == report.deliveries[0].state
    assert 1 == len(world.published())
    assert ["publish", "reconcile"] == [c.operation for c in world.calls]


async def test_unknown_and_confirmed_absent_is_sent_again(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "outcome_unknown")
    async with publisher_for(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(post)
    assert "published" == report.deliveries[0].state
    assert 1 == len(world.published())
    assert ["publish", "reconcile", "publish"] == [c.operation for c in world.calls]


async def test_reconcile_that_cannot_tell_leaves_unknown_with_a_hint(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "outcome_unknown")
    world.fail("reconcile", "rejected")
    async with publisher_for(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(post)
    assert "unknown" == report.deliveries[0].state
    assert not report.ok
    assert 0 == len(world.published())


async def test_resume_after_a_crash_mid_call_reconciles_first(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"))
    async with publisher_for(matrix, sleeps) as pub:
        await pub.publish(post, accounts=["m1"])
    # Simulate a process killed after sending to m1's platform but before recording it:
    ledger = SqliteLedger(matrix.store.path)
    delivery = ledger.deliveries(post_id=post.id)[0]
    ledger.connection.execute(
        "UPDATE deliveries SET state = 'sending' WHERE id = ?", (delivery.id,)
    )
    ledger.close()
    async with publisher_for(matrix, sleeps) as pub:
        reports = await pub.resume()
    assert "published" == reports[0].deliveries[0].state
    assert 1 == len(world.published(account="m1"))
    assert "reconcile" == world.calls[-1].operation


async def test_resume_sends_what_was_only_planned(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    from govpub.ledger import DeliveryPlan

    matrix = make_matrix(memory_account("m1"), memory_account("m2"))
    ledger = SqliteLedger(matrix.store.path)
    ledger.submit(
        post,
        [DeliveryPlan("m1", "memory"), DeliveryPlan("m2", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )
    ledger.close()
    async with publisher_for(matrix, sleeps) as pub:
        reports = await pub.resume()
    assert {"published": 2} == reports[0].counts
    assert 2 == len(world.published())


async def test_reauthorisation_stops_the_account_until_resumed(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "reauthorization_required")
    async with publisher_for(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(post)
        assert ("failed", "reauthorization_required") == (
            report.deliveries[0].state,
            report.deliveries[0].error["kind"] if report.deliveries[0].error else None,
        )
        assert [] == sleeps.calls
        later = await pub.resume(post.id)
    assert "published" == later[0].deliveries[0].state


async def test_a_wait_longer_than_the_budget_fails_now_and_resumes_when_due(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    from datetime import UTC, datetime, timedelta

    now = [datetime(2026, 3, 1, 9, tzinfo=UTC)]
    world.fail("publish", "rate_limited", account="a1", retry_after=3600)
    matrix = make_matrix(memory_account("a1", app_key="app"), memory_account("a2", app_key="app"))
    policy = RetryPolicy(initial_wait=0, max_wait=0, jitter=0, delivery_budget=600)
    one_at_a_time = PublisherSettings(concurrency=1)
    options: dict[str, Any] = {
        "gate": open_gate,
        "retry": policy,
        "settings": one_at_a_time,
        "sleep": sleeps,
        "clock": lambda: now[0],
    }
    async with AsyncPublisher(matrix, **options) as pub:
        report = await pub.publish(post)
        rows = {d.account_id: d for d in report.deliveries}
        # a1 was told to wait an hour: it fails at once (no hour-long sleep) and knows when to retry;
        # a2 shares the app's cool-down, so it does not even try.
        assert ("failed", "failed") == (rows["a1"].state, rows["a2"].state)
        assert rows["a1"].next_attempt_at is not None
        assert [] == [s for s in sleeps.calls if s > 600]
        assert ["publish"] == [c.operation for c in world.calls]
        assert [] == await pub.resume()  # not before the platform said
    now[0] += timedelta(hours=1, seconds=1)
    async with AsyncPublisher(matrix, **options) as pub:  # a new process: no in-memory cool-down
        [later] = await pub.resume()
    assert {"published": 2} == later.counts
