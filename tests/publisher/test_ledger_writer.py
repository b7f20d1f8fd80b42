"""Group commit: queued ledger calls share one commit, and a failing call fails alone."""

from __future__ import annotations

import asyncio
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
