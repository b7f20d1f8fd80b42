"""The publisher reports from the records its runs ended with, not from a second read.

Every delivery run in this process ends with the row its last write returned
(issue 13: no re-reads of rows the runner holds).  Where some dispatched
delivery did not run here — another holder had its lease, a queue's workers
took it — the report reads the ledger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from conftest import Sleeps, memory_account

from govpub import Matrix, Post
from govpub.ledger import DeliveryRecord, SqliteLedger
from govpub.platforms.memory import MemoryWorld
from govpub.publisher import AsyncPublisher, PublishReport, RetryPolicy
from govpub.publisher.gate import open_gate


class CountingLedger(SqliteLedger):
    """Counts reads of a post's deliveries."""

    reads = 0

    def deliveries(self, *args: Any, **kwargs: Any) -> list[DeliveryRecord]:
        self.reads += 1
        return super().deliveries(*args, **kwargs)


class Queue:
    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        del delivery_ids

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        raise AssertionError("not in this test")


def stored(matrix: Matrix, post: Post) -> PublishReport:
    """The report of ``post`` from the ledger alone (as ``govpub status`` gives it)."""
    ledger = SqliteLedger(matrix.store.path)
    try:
        records = ledger.deliveries(post_id=str(post.id))
        record = ledger.get_post(str(post.id))
        assert record is not None
    finally:
        ledger.close()
    return PublishReport.build(record, records, {a.id: a for a in matrix.accounts})


def same(report: PublishReport, other: PublishReport) -> None:
    ours, theirs = report.to_dict(), other.to_dict()
    assert ours["deliveries"] == theirs["deliveries"]
    assert ours["counts"] == theirs["counts"]


async def test_a_publication_reports_its_runs_without_reading_them_again(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"), memory_account("m3"))
    MemoryWorld.get("pub").fail("publish", "rejected", account="m2")  # one fails for good
    ledger = CountingLedger(matrix.store.path)
    async with AsyncPublisher(
        matrix, ledger=ledger, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as publisher:
        report = await publisher.publish(post)
    assert 0 == ledger.reads
    assert {"published": 2, "failed": 1} == report.counts
    same(report, stored(matrix, post))


async def test_a_delivery_that_ran_elsewhere_is_read_from_the_ledger(
    make_matrix: Callable[..., Matrix], post: Post, sleeps: Sleeps
) -> None:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"))
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps, dispatcher=Queue()
    ) as planner:
        await planner.publish(post)  # planned, not sent
    other = SqliteLedger(matrix.store.path)
    held = other.deliveries(post_id=str(post.id))[0].id
    assert [held] == other.claim([held], owner="another worker", lease_seconds=60)
    other.close()
    ledger = CountingLedger(matrix.store.path)
    async with AsyncPublisher(
        matrix, ledger=ledger, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as publisher:
        [report] = await publisher.resume(str(post.id))
        reads = ledger.reads
    assert 2 == reads  # the post's deliveries before the run, and again after it
    assert {"planned": 1, "published": 1} == report.counts
    same(report, stored(matrix, post))
