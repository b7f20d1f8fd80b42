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
