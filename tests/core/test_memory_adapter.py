"""The reference adapter records calls and fails on demand (including after committing)."""

from __future__ import annotations

import pytest

from govpub import Account, OutcomeUnknownError, Post, RateLimitedError, TransientError
from govpub.platforms.base import DeliveryContext
from govpub.platforms.memory import MemoryAdapter, MemorySettings, MemoryWorld


def account(account_id: str = "m1", **settings: object) -> Account:
    return Account(
        id=account_id,
        platform="memory",
        name="测试账号",
        unit="测试单位",
        settings=MemorySettings(world="t", **settings),  # type: ignore[arg-type]
    )


def ctx(acc: Account, key: str = "d1") -> DeliveryContext:
    return DeliveryContext(key=key, post_id="p1", post_digest="0" * 64, account=acc)


async def test_publish_records_and_delete_retracts() -> None:
    post = Post(id="p1", title="标题", body="正文")
    acc = account()
    async with MemoryAdapter(acc) as adapter:
        rendered = MemoryAdapter.render(post)
        outcome = await adapter.publish(rendered, ctx(acc))
        assert "published" == outcome.state
        world = MemoryWorld.get("t")
        assert [("m1", "p1")] == [(r.account, r.post_id) for r in world.published()]
        assert "retracted" == (await adapter.delete(ctx(acc))).state
        assert [] == world.published()
        assert "already_gone" == (await adapter.delete(ctx(acc))).state
        assert ["publish", "delete", "delete"] == [c.operation for c in world.calls]


async def test_planned_faults_fail_the_next_calls_then_stop() -> None:
    acc = account()
    world = MemoryWorld.get("t")
    world.fail("publish", "transient", times=2)
    world.fail("publish", "rate_limited", retry_after=3)
    adapter = MemoryAdapter(acc)
    rendered = MemoryAdapter.render(Post(title="t"))
    for _ in range(2):
        with pytest.raises(TransientError):
            await adapter.publish(rendered, ctx(acc))
    with pytest.raises(RateLimitedError) as info:
        await adapter.publish(rendered, ctx(acc))
    assert 3 == info.value.retry_after
    assert "published" == (await adapter.publish(rendered, ctx(acc))).state
    assert 1 == len(world.published())
    await adapter.aclose()


async def test_commit_then_fail_is_visible_to_reconcile() -> None:
    acc = account()
    world = MemoryWorld.get("t")
    world.fail("publish", "outcome_unknown", after_commit=True)
    adapter = MemoryAdapter(acc)
    rendered = MemoryAdapter.render(Post(title="t"))
    with pytest.raises(OutcomeUnknownError):
        await adapter.publish(rendered, ctx(acc))
    assert 1 == len(world.published())
    assert "published" == (await adapter.reconcile(rendered, ctx(acc))).state
    assert "absent" == (await adapter.reconcile(rendered, ctx(acc, key="other"))).state
    await adapter.aclose()


async def test_faults_can_target_one_account() -> None:
    world = MemoryWorld.get("t")
    world.fail("publish", "rejected", account="m2")
    rendered = MemoryAdapter.render(Post(title="t"))
    first = account("m1")
    assert "published" == (await MemoryAdapter(first).publish(rendered, ctx(first))).state


async def test_delete_not_supported_becomes_a_manual_task() -> None:
    acc = account(supports_delete=False)
    outcome = await MemoryAdapter(acc).delete(ctx(acc))
    assert ("manual", "请在平台后台手动删除该内容") == (outcome.state, outcome.instruction)


def test_unknown_fault_kind_is_named() -> None:
    with pytest.raises(ValueError, match="unknown error kind 'boom'"):
        MemoryWorld.get("t").fail("publish", "boom")


async def test_step_saves_before_moving_on_and_reuses_on_resume() -> None:
    saved: list[tuple[str, object]] = []

    async def save(name: str, value: object) -> None:
        saved.append((name, value))

    calls = 0

    async def upload() -> str:
        nonlocal calls
        calls += 1
        return "media-1"

    context = DeliveryContext(
        key="k", post_id="p", post_digest="d", account=account(), save_step=save
    )
    assert "media-1" == await context.step("cover", upload)
    resumed = DeliveryContext(
        key="k", post_id="p", post_digest="d", account=account(), steps=dict(saved), save_step=save
    )
    assert "media-1" == await resumed.step("cover", upload)
    assert (1, [("cover", "media-1")]) == (calls, saved)
