"""Group commit: queued ledger calls share one commit, and a failing call fails alone."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from govpub import LedgerError, Post
from govpub.ledger import DeliveryPlan, DeliveryRecord, SqliteLedger
from govpub.publisher.writer import CHECKPOINT_EVERY, LedgerWriter


async def test_concurrent_calls_share_commits_and_failures_stay_alone(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "l.db")
    plans = [DeliveryPlan(f"a{i}", "memory") for i in range(200)]
    _, deliveries = ledger.submit(
        Post(id="p1", title="t"), plans, state="active", approvals=[], actor="t"
    )
    writer = LedgerWriter(ledger)
    try:
        moves = [
            writer.run(ledger.transition, d.id, "sending", actor="t", action="delivery.sending")
            for d in deliveries
        ]
        bad = writer.run(
            ledger.transition, deliveries[0].id, "retracted", actor="t", action="delivery.bad"
        )
        results = await asyncio.gather(*moves, bad, return_exceptions=True)
    finally:
        writer.close()
    assert isinstance(results[-1], LedgerError)  # sending → retracted is refused …
    assert {"sending"} == {r.state for r in results[:-1]}  # … and took nobody else down
    assert writer.commits < writer.calls  # the queued calls were committed together
    reopened = SqliteLedger(tmp_path / "l.db")
    assert {"sending"} == {d.state for d in reopened.deliveries(post_id="p1")}
    assert reopened.trail.verify()


def test_a_failed_savepoint_rolls_back_only_its_own_writes(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "l.db")
    _, [delivery] = ledger.submit(
        Post(id="p1", title="t"),
        [DeliveryPlan("a1", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )
    with ledger.transaction():
        ledger.save_step(delivery.id, "draft", "M1")
        with pytest.raises(LedgerError):
            ledger.save_step("no-such-delivery", "draft", "M2")
    assert {"draft": "M1"} == dict(ledger.get_delivery(delivery.id).steps)


async def test_the_calls_of_one_tick_share_a_commit_without_savepoints(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "l.db")
    plans = [DeliveryPlan(f"a{i}", "memory") for i in range(20)]
    _, deliveries = ledger.submit(
        Post(id="p1", title="t"), plans, state="active", approvals=[], actor="t"
    )
    statements: list[str] = []
    ledger.connection.set_trace_callback(statements.append)
    writer = LedgerWriter(ledger)
    try:
        await asyncio.gather(
            *(
                writer.run(ledger.transition, d.id, "sending", actor="t", action="delivery.sending")
                for d in deliveries
            )
        )
    finally:
        writer.close()
    assert 1 == writer.commits
    assert not [s for s in statements if "SAVEPOINT" in s]
    assert 1 == statements.count("COMMIT")
    assert ledger.trail.verify()


def swallowing(ledger: SqliteLedger, delivery_id: str) -> Callable[[], str]:
    """A call that saves a step, then catches the failure of a nested transaction."""

    def careless() -> str:
        with ledger.transaction():
            ledger.save_step(delivery_id, "kept", 1)
            try:
                with ledger.transaction():
                    ledger.save_step(delivery_id, "undone", 2)
                    raise LedgerError("inner")
            except LedgerError:
                pass
        return "done"

    return careless


async def test_a_call_that_swallows_a_failure_is_replayed_with_its_savepoint(
    tmp_path: Path,
) -> None:
    """A batch has no savepoints: a failure caught inside a call spoils it, and the calls
    run again one by one — with the savepoint that undoes only the failed part."""
    ledger = SqliteLedger(tmp_path / "l.db")
    _, [one, two] = ledger.submit(
        Post(id="p1", title="t"),
        [DeliveryPlan("a1", "memory"), DeliveryPlan("a2", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )

    careless = swallowing(ledger, one.id)
    writer = LedgerWriter(ledger)
    try:
        results = await asyncio.gather(
            writer.run(careless), writer.run(ledger.save_step, two.id, "draft", "M2")
        )
    finally:
        writer.close()
    assert ["done", None] == results
    assert {"kept": 1} == dict(ledger.get_delivery(one.id).steps)
    assert {"draft": "M2"} == dict(ledger.get_delivery(two.id).steps)


async def test_a_lone_call_of_one_statement_is_not_wrapped_in_a_transaction(
    tmp_path: Path,
) -> None:
    """A worker's lease or read, alone in its moment, is one round trip; a state change
    alone still commits with its audit record, without savepoints."""
    ledger = SqliteLedger(tmp_path / "l.db")
    _, [delivery] = ledger.submit(
        Post(id="p1", title="t"),
        [DeliveryPlan("a1", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )
    statements: list[str] = []
    ledger.connection.set_trace_callback(statements.append)
    writer = LedgerWriter(ledger)
    try:
        record, held = await writer.run(ledger.lease, delivery.id, owner="me", lease_seconds=60)
        lease_statements, statements[:] = list(statements), []
        await writer.run(
            ledger.transition,
            delivery.id,
            "sending",
            actor="t",
            action="delivery.sending",
            held=record,
        )
    finally:
        writer.close()
    assert held
    assert ["UPDATE"] == [s.split()[0] for s in lease_statements]
    assert "BEGIN" == statements[0].split()[0]
    assert 1 == statements.count("COMMIT")
    assert not [s for s in statements if "SAVEPOINT" in s]
    assert ledger.trail.verify()


async def test_a_lone_call_that_swallows_a_failure_is_replayed_with_its_savepoint(
    tmp_path: Path,
) -> None:
    ledger = SqliteLedger(tmp_path / "l.db")
    _, [one] = ledger.submit(
        Post(id="p1", title="t"),
        [DeliveryPlan("a1", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )

    careless = swallowing(ledger, one.id)
    writer = LedgerWriter(ledger)
    try:
        assert "done" == await writer.run(careless)
    finally:
        writer.close()
    assert {"kept": 1} == dict(ledger.get_delivery(one.id).steps)


def _plan(tmp_path: Path, n: int) -> tuple[SqliteLedger, list[DeliveryRecord]]:
    ledger = SqliteLedger(tmp_path / "l.db")
    plans = [DeliveryPlan(f"a{i}", "memory") for i in range(n)]
    _, deliveries = ledger.submit(
        Post(id="p1", title="t"), plans, state="active", approvals=[], actor="t"
    )
    return ledger, deliveries


def _moving(ledger: SqliteLedger, threads: list[int]) -> Callable[[str], DeliveryRecord]:
    """A state change that notes the thread it ran on."""

    def move(delivery_id: str) -> DeliveryRecord:
        threads.append(threading.get_ident())
        return ledger.transition(delivery_id, "sending", actor="t", action="delivery.sending")

    return move


async def test_a_moments_calls_commit_on_the_event_loops_thread_when_nothing_would_wait(
    tmp_path: Path,
) -> None:
    ledger, deliveries = _plan(tmp_path, 5)
    threads: list[int] = []
    writer = LedgerWriter(ledger)
    try:
        moved = await asyncio.gather(
            *(writer.run(_moving(ledger, threads), d.id) for d in deliveries)
        )
    finally:
        writer.close()
    assert {"sending"} == {r.state for r in moved}
    assert {threading.get_ident()} == set(threads)
    assert (1, 1) == (writer.commits, writer.commits_on_loop)
    # the busy timeout and the automatic checkpoint are as they were
    assert 30000 == ledger.connection.execute("PRAGMA busy_timeout").fetchone()[0]
    assert 1000 == ledger.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    assert ledger.trail.verify()


async def test_while_another_process_holds_the_file_the_writers_thread_waits_not_the_loop(
    tmp_path: Path,
) -> None:
    ledger, deliveries = _plan(tmp_path, 3)
    other = sqlite3.connect(tmp_path / "l.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process's write lock on the file
    threads: list[int] = []
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    loop = asyncio.get_running_loop()
    ticker = loop.create_task(tick())
    loop.call_later(0.3, other.rollback)
    writer = LedgerWriter(ledger)
    try:
        moved = await asyncio.gather(
            *(writer.run(_moving(ledger, threads), d.id) for d in deliveries)
        )
    finally:
        writer.close()
        ticker.cancel()
        other.close()
    assert {"sending"} == {r.state for r in moved}
    assert ticks >= 10  # the loop went on while the writer's thread waited for the lock
    assert 0 == writer.commits_on_loop
    assert threading.get_ident() not in set(threads[len(deliveries) :])  # run again there
    assert {"sending"} == {d.state for d in SqliteLedger(tmp_path / "l.db").deliveries()}


async def test_the_writers_thread_checkpoints_what_the_loops_commits_skip(tmp_path: Path) -> None:
    ledger, deliveries = _plan(tmp_path, 2 * CHECKPOINT_EVERY)
    ran_on: list[int] = []
    checkpoint = ledger.checkpoint

    def noted() -> None:
        ran_on.append(threading.get_ident())
        checkpoint()

    ledger.checkpoint = noted  # type: ignore[method-assign]
    writer = LedgerWriter(ledger)
    try:
        for pair in zip(deliveries[::2], deliveries[1::2], strict=True):
            await asyncio.gather(
                *(
                    writer.run(
                        ledger.transition, d.id, "sending", actor="t", action="delivery.sending"
                    )
                    for d in pair
                )
            )
    finally:
        writer.close()
    assert CHECKPOINT_EVERY == writer.commits_on_loop
    assert 1 == len(ran_on)
    assert threading.get_ident() not in ran_on
    assert [("sending",)] == _in_file(tmp_path / "l.db", "SELECT DISTINCT state FROM deliveries")


def test_a_checkpoint_copies_the_wal_into_the_file(tmp_path: Path) -> None:
    ledger, [delivery, *_] = _plan(tmp_path, 2)
    ledger.checkpoint()  # the schema and the plan
    ledger.connection.execute("PRAGMA wal_autocheckpoint=0")
    ledger.save_step(delivery.id, "draft", "M1")
    steps = "SELECT count(*) FROM deliveries WHERE steps LIKE '%draft%'"
    assert [(0,)] == _in_file(tmp_path / "l.db", steps)
    ledger.checkpoint()
    assert [(1,)] == _in_file(tmp_path / "l.db", steps)


def _in_file(path: Path, query: str) -> list[tuple[object, ...]]:
    """What the database file alone holds (``immutable``: its WAL is not read)."""
    file = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return file.execute(query).fetchall()
    finally:
        file.close()
