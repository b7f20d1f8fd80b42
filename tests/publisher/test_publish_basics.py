"""publish(): plan first, deliver everywhere, one row per account, idempotent re-submission."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import Sleeps, memory_account

from govpub import LedgerError, Matrix, Post
from govpub.platforms.memory import MemoryWorld
from govpub.publisher import AsyncPublisher, DeliveryEvent, Publisher, RetryPolicy
from govpub.publisher.gate import open_gate


async def test_publishes_to_every_active_account(
    publisher: AsyncPublisher, post: Post, world: MemoryWorld
) -> None:
    report = await publisher.publish(post)
    assert {"published": 3} == report.counts
    assert report.ok
    assert ["m1", "m2", "m3"] == sorted(r.account for r in world.published(post_id=post.id))
    assert all(d.url and d.platform_post_id and d.attempts == 1 for d in report.deliveries)
    assert "done" == report.post_state


async def test_suspended_account_is_skipped_with_its_reason(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("old", status="suspended"))
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        report = await pub.publish(post)
    rows = {d.account_id: d for d in report.deliveries}
    assert ("skipped", "账号迁移中") == (rows["old"].state, rows["old"].instruction)
    assert ["m1"] == [r.account for r in world.published()]


async def test_closed_accounts_are_not_even_planned(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("gone", status="closed"))
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        report = await pub.publish(post)
    assert ["m1"] == [d.account_id for d in report.deliveries]


async def test_subset_by_id_platform_and_unit(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2", unit="某某市园林绿化局"))
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        report = await pub.publish(post, units=["某某市园林绿化局"])
    assert ["m2"] == [d.account_id for d in report.deliveries]


async def test_publishing_the_same_post_again_sends_nothing_twice(
    publisher: AsyncPublisher, post: Post, world: MemoryWorld
) -> None:
    await publisher.publish(post)
    again = await publisher.publish(post)
    assert {"published": 3} == again.counts
    assert 3 == len(world.published())


async def test_same_id_with_other_content_is_refused(publisher: AsyncPublisher, post: Post) -> None:
    await publisher.publish(post)
    with pytest.raises(LedgerError, match="already submitted with other content"):
        await publisher.publish(post.model_copy(update={"title": "改过的标题"}))


async def test_dry_run_stores_and_sends_nothing(
    publisher: AsyncPublisher, post: Post, world: MemoryWorld
) -> None:
    report = await publisher.publish(post, dry_run=True)
    assert {"planned": 3} == report.counts
    assert [] == world.calls
    with pytest.raises(LedgerError):
        await publisher.status(post.id)


async def test_events_reach_callbacks_and_iterators(publisher: AsyncPublisher, post: Post) -> None:
    seen: list[DeliveryEvent] = []
    publisher.subscribe(seen.append)
    await publisher.publish(post)
    names = [e.name for e in seen]
    assert "govpub.post.submitted" == names[0]
    assert 3 == names.count("govpub.delivery.published")
    assert 3 == names.count("govpub.delivery.sending")


def test_sync_twin_does_the_same(
    make_matrix: Callable[..., Matrix], post: Post, world: MemoryWorld
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"))
    with Publisher(matrix, gate=open_gate, retry=RetryPolicy.no_wait()) as pub:
        report = pub.publish(post)
        assert {"published": 2} == report.counts
        assert report.counts == pub.status(post.id).counts
    assert 2 == len(world.published())


async def test_no_target_is_a_clear_error(publisher: AsyncPublisher, post: Post) -> None:
    from govpub import ConfigError

    with pytest.raises(ConfigError, match="no account 'zz'"):
        await publisher.publish(post, accounts=["zz"])
