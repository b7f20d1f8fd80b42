"""A delivery's lease is renewed while its holder works, so that the lease itself can be short.

The deliveries of a worker that died on another machine wait ``delivery_lease``
seconds; a live worker keeps its leases however long it works.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import pytest
from conftest import Sleeps, memory_account

from govpub import Matrix, Post
from govpub.ledger import SqliteLedger
from govpub.platforms.base import DeliveryContext, Rendered
from govpub.platforms.memory import MemoryAdapter, MemoryWorld
from govpub.publisher import AsyncPublisher, PublisherSettings, RetryPolicy
from govpub.publisher.delivery import open_deliveries
from govpub.publisher.gate import open_gate


class Queue:
    """Records the dispatched ids, as a job queue would."""

    def __init__(self) -> None:
        self.ids: list[str] = []

    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        self.ids.extend(delivery_ids)

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        raise AssertionError("not in this test")


async def planned(matrix: Matrix, post: Post, sleeps: Sleeps) -> list[str]:
    queue = Queue()
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, dispatcher=queue
    ) as publisher:
        await publisher.publish(post)
    return queue.ids


def claim_elsewhere(matrix: Matrix, delivery_id: str) -> bool:
    """Whether another worker could take the delivery now (its lease expired)."""
    ledger = SqliteLedger(matrix.store.path)
    try:
        return [delivery_id] == ledger.claim([delivery_id], owner="other", lease_seconds=60)
    finally:
        ledger.close()


async def test_a_held_lease_outlives_its_length_and_lapses_once_renewal_stops(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"))
    [delivery_id] = await planned(matrix, post, sleeps)
    settings = PublisherSettings(require_review=False, delivery_lease=10)
    async with open_deliveries(matrix, settings=settings, sleep=sleeps) as work:
        keeper = work.leases
        keeper.seconds = 0.3  # below the configurable minimum, to keep the test short
        ledger = work.context.ledger
        assert [delivery_id] == await work.context.run(
            ledger.claim, [delivery_id], owner=work.owner, lease_seconds=keeper.seconds
        )
        keeper.hold([delivery_id])
        await asyncio.sleep(0.9)  # three lease lengths, renewed every 0.1 s
        assert not claim_elsewhere(matrix, delivery_id)
        assert set() == await keeper.renew()
        await keeper.aclose()  # the worker stops renewing (as a dead one would)
        await asyncio.sleep(0.4)
        assert claim_elsewhere(matrix, delivery_id)


async def test_a_renewal_names_a_lease_another_worker_took(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"))
    [delivery_id] = await planned(matrix, post, sleeps)
    async with open_deliveries(matrix, sleep=sleeps) as work:
        ledger = work.context.ledger
        await work.context.run(ledger.claim, [delivery_id], owner=work.owner, lease_seconds=0.1)
        work.leases.hold([delivery_id])
        await asyncio.sleep(0.2)  # expired before the first renewal (every 100 s)
        assert claim_elsewhere(matrix, delivery_id)
        assert {delivery_id} == await work.leases.renew()


def test_the_lease_length_is_configurable_and_bounded() -> None:
    assert 300.0 == PublisherSettings().delivery_lease
    with pytest.raises(ValueError, match="delivery_lease"):
        PublisherSettings(delivery_lease=1)


async def test_a_worker_that_lost_its_lease_before_the_call_sends_nothing(
    make_matrix: Callable[..., Matrix],
    post: Post,
    sleeps: Sleeps,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A stalled worker wakes after another took its delivery over: the fence refuses its send.

    The stall is simulated where it would do harm, between the lease and the move
    that records the intent (the adapter's ``prepare``): the lease is given to
    another worker there, as a takeover after the lease expired would.
    """
    matrix = make_matrix(memory_account("m1"))
    world = MemoryWorld.get("pub")
    [delivery_id] = await planned(matrix, post, sleeps)
    prepare = MemoryAdapter.prepare
    async with (
        open_deliveries(matrix, sleep=sleeps) as stalled,
        open_deliveries(matrix, sleep=sleeps) as other,
    ):

        async def stall_then_lose_the_lease(
            self: MemoryAdapter, rendered: Rendered, ctx: DeliveryContext
        ) -> None:
            await prepare(self, rendered, ctx)
            ledger = SqliteLedger(matrix.store.path)
            try:
                ledger.release(owner=stalled.owner, delivery_ids=[delivery_id])
                assert [delivery_id] == ledger.claim(
                    [delivery_id], owner=other.owner, lease_seconds=60
                )
            finally:
                ledger.close()

        monkeypatch.setattr(MemoryAdapter, "prepare", stall_then_lose_the_lease)
        record = await stalled.deliver(delivery_id)
        monkeypatch.setattr(MemoryAdapter, "prepare", prepare)
        assert ("planned", other.owner) == (record.state, record.owner)
        assert [] == [c for c in world.calls if c.operation == "publish"]
        events = [r.msg for r in caplog.records if isinstance(r.msg, dict)]
        lost = [e for e in events if e["event"] == "govpub.delivery.lease_lost"]
        assert [(delivery_id, stalled.owner, other.owner)] == [
            (e["delivery"], e["owner"], e["holder"]) for e in lost
        ]
        # the worker that holds the lease finishes the delivery: one publication
        finished = await other.deliver(delivery_id)
    assert "published" == finished.state
    assert 1 == len([c for c in world.calls if c.operation == "publish"])
    assert 1 == len(world.records)
