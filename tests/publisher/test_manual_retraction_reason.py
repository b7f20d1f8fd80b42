"""A 需人工撤回 delivery says why in its ``error``, never an older error of the same delivery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from conftest import Sleeps, memory_account

from govpub import Matrix, NotSupported, Post
from govpub.platforms.base import DeleteOutcome, DeliveryContext
from govpub.platforms.memory import MemoryAdapter, MemoryWorld
from govpub.publisher import AsyncPublisher, DeliveryReport, RetryPolicy
from govpub.publisher.gate import open_gate

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def make(matrix: Matrix, sleeps: Sleeps) -> AsyncPublisher:
    return AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, clock=lambda: NOW
    )


def manual_row(rows: tuple[DeliveryReport, ...], account: str) -> DeliveryReport:
    row = next(r for r in rows if r.account_id == account)
    assert "retract_manual" == row.state
    assert row.error is not None
    return row


async def test_a_refused_delete_says_so_not_an_earlier_publish_error(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("nodel", supports_delete=False))
    world.fail("publish", "transient", account="nodel")  # recorded as the delivery's last error
    async with make(matrix, sleeps) as pub:
        assert "published" == (await pub.publish(post)).deliveries[0].state
        report = await pub.retract(post.id, reason="撤回")
    row = manual_row(report.deliveries, "nodel")
    assert "manual" == row.error["kind"]  # type: ignore[index]
    assert "memory: delete through the API was refused" in row.error["message"]  # type: ignore[index]
    assert "injected" not in str(row.error)
    assert "请在平台后台手动删除该内容" == row.instruction


async def test_a_platform_without_a_delete_api(
    make_matrix: Callable[..., Matrix],
    post: Post,
    sleeps: Sleeps,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def no_delete(self: MemoryAdapter, ctx: DeliveryContext) -> DeleteOutcome:
        raise NotSupported("memory: the platform offers no delete API")

    monkeypatch.setattr(MemoryAdapter, "delete", no_delete)
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        await pub.publish(post)
        report = await pub.retract(post.id, reason="撤回")
    row = manual_row(report.deliveries, "m1")
    assert {"kind": "not_supported", "message": "memory: the platform offers no delete API"} == (
        row.error
    )
    assert row.instruction is not None
    assert "平台不支持通过接口删除" in row.instruction


async def test_an_account_no_longer_configured(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    async with make(make_matrix(memory_account("m1"), memory_account("gone")), sleeps) as pub:
        await pub.publish(post)
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        report = await pub.retract(post.id, reason="撤回")
    row = manual_row(report.deliveries, "gone")
    assert "not_configured" == row.error["kind"]  # type: ignore[index]
    assert "'gone'" in row.error["message"]  # type: ignore[index]


async def test_an_outcome_reconcile_cannot_settle(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    world.fail("publish", "outcome_unknown", account="m1")
    world.fail("reconcile", "transient", account="m1", times=1000)
    async with make(make_matrix(memory_account("m1")), sleeps) as pub:
        assert "unknown" == (await pub.publish(post)).deliveries[0].state
        report = await pub.retract(post.id, reason="撤回")
    row = manual_row(report.deliveries, "m1")
    assert "outcome_unknown" == row.error["kind"]  # type: ignore[index]
    assert row.instruction is not None
    assert "无法确认是否已发布" in row.instruction
