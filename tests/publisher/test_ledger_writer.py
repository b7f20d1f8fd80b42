"""Group commit: queued ledger calls share one commit, and a failing call fails alone."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from govpub import LedgerError, Post
from govpub.ledger import DeliveryPlan, SqliteLedger
from govpub.publisher.writer import LedgerWriter


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
