"""Retract everywhere, scheduled posts wait for run_due (re-gated), freeze holds all but exempt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import Sleeps, memory_account

from govpub import ConfigError, Matrix, Post, ReviewError
from govpub.platforms.memory import MemoryWorld
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.publisher.gate import GateResult, open_gate

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def make(matrix: Matrix, sleeps: Sleeps, **options: Any) -> AsyncPublisher:
    options.setdefault("gate", open_gate)
    return AsyncPublisher(
        matrix, retry=RetryPolicy.no_wait(), sleep=sleeps, clock=lambda: NOW, **options
    )


async def test_retract_removes_every_copy(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    async with make(make_matrix(memory_account("m1"), memory_account("m2")), sleeps) as pub:
        await pub.publish(post)
        report = await pub.retract(post.id, reason="数据有误，撤回更正")
    assert {"retracted": 2} == report.counts
    assert "retracted" == report.post_state
    assert [] == world.published()


async def test_platform_without_delete_becomes_a_manual_task(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("nodel", supports_delete=False))
    async with make(matrix, sleeps) as pub:
        await pub.publish(post)
        report = await pub.retract(post.id, reason="撤回")
    rows = {d.account_id: d for d in report.deliveries}
    assert "retracted" == rows["m1"].state
    assert ("retract_manual", "请在平台后台手动删除该内容") == (
        rows["nodel"].state,
        rows["nodel"].instruction,
    )
    assert ["nodel"] == [r.account for r in world.published()]


async def test_retract_cancels_what_was_never_sent_and_needs_a_reason(
    make_matrix: Callable[..., Matrix], world: MemoryWorld, sleeps: Sleeps
) -> None:
    later = Post(id="p_sched", title="定时稿件", publish_at=NOW + timedelta(days=1))
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        await pub.publish(later)
        with pytest.raises(ConfigError, match="needs a reason"):
            await pub.retract(later.id, reason=" ")
        report = await pub.retract(later.id, reason="活动取消")
    assert {"cancelled": 1} == report.counts
    assert [] == world.calls


async def test_retract_failure_is_reported_and_can_be_retried(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        await pub.publish(post)
        world.fail("delete", "rejected")
        first = await pub.retract(post.id, reason="撤回")
        assert "retract_failed" == first.deliveries[0].state
        second = await pub.retract(post.id, reason="再次撤回")
    assert "retracted" == second.deliveries[0].state


async def test_scheduled_post_waits_for_its_time(
    make_matrix: Callable[..., Matrix], world: MemoryWorld, sleeps: Sleeps
) -> None:
    later = Post(id="p_sched", title="定时稿件", publish_at=NOW + timedelta(hours=2))
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.publish(later)
        assert ("scheduled", {"planned": 1}) == (report.post_state, report.counts)
        assert [] == await pub.run_due(NOW + timedelta(hours=1))
        assert [] == world.calls
        [due] = await pub.run_due(NOW + timedelta(hours=2))
    assert {"published": 1} == due.counts
    assert 1 == len(world.published())


async def test_run_due_re_verifies_approvals(
    make_matrix: Callable[..., Matrix], world: MemoryWorld, sleeps: Sleeps
) -> None:
    expiry = NOW + timedelta(hours=1)

    def expiring_gate(post: Post, approvals: Sequence[Any], *, now: datetime) -> GateResult:
        if now > expiry:
            raise ReviewError("审核意见已过期 (approval.expired)")
        return open_gate(post, approvals, now=now)

    later = Post(id="p_sched", title="定时稿件", publish_at=NOW + timedelta(hours=2))
    async with make(make_matrix(memory_account("m1")), sleeps, gate=expiring_gate) as pub:
        await pub.publish(later, [{"reviewer": "王五"}])
        [refused] = await pub.run_due(NOW + timedelta(hours=3))
    assert "refused" == refused.post_state
    assert "failed" == refused.deliveries[0].state
    assert "approval.expired" in (refused.deliveries[0].error or {}).get("message", "")
    assert [] == world.calls


async def test_freeze_holds_everything_but_exempt_categories(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    urgent = Post(id="p_urgent", title="关于暴雨红色预警的紧急通知", category="emergency")
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        await pub.freeze("舆情研判，暂停发布")
        held = await pub.publish(post)
        assert ("舆情研判，暂停发布", {"planned": 1}) == (held.frozen, held.counts)
        sent = await pub.publish(urgent)
        assert {"published": 1} == sent.counts
        [still_held] = await pub.resume()
        assert ("舆情研判，暂停发布", "planned") == (
            still_held.frozen,
            still_held.deliveries[0].state,
        )
        await pub.unfreeze()
        [after] = await pub.resume()
    assert {"published": 1} == after.counts
    assert 2 == len(world.published())
