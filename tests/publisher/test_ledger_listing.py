"""Listing posts from the ledger: filters by state and creation time, delivery counts in one query."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from govpub import LedgerError, Post
from govpub.ledger import DeliveryPlan, PostSummary, SqliteLedger

START = datetime(2026, 3, 5, 1, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ledger(tmp_path: Path, clock: Clock) -> SqliteLedger:
    """Three posts a day apart: p1 done (2 published, 1 failed), p2 retracted, p3 without plan."""
    store = SqliteLedger(tmp_path / "l.db", clock=clock)
    _, deliveries = store.submit(
        Post(id="p1", title="一"),
        [DeliveryPlan("a1", "memory"), DeliveryPlan("a2", "memory"), DeliveryPlan("a3", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )
    for delivery, end in zip(deliveries, ("published", "published", "failed"), strict=True):
        store.transition(delivery.id, "sending", actor="t", action="delivery.test")
        store.transition(delivery.id, end, actor="t", action="delivery.test")  # type: ignore[arg-type]
    store.set_post_state("p1", "done", actor="t")
    clock.now += timedelta(days=1)
    _, [only] = store.submit(
        Post(id="p2", title="二"),
        [DeliveryPlan("a1", "memory")],
        state="active",
        approvals=[],
        actor="t",
    )
    store.transition(only.id, "cancelled", actor="t", action="delivery.test")
    store.set_post_state("p2", "retracted", actor="t", reason="更正")
    clock.now += timedelta(days=1)
    store.submit(Post(id="p3", title="三"), [], state="scheduled", approvals=[], actor="t")
    return store


def ids(summaries: list[PostSummary]) -> list[str]:
    return [s.post.id for s in summaries]


def test_summaries_count_deliveries_per_state(ledger: SqliteLedger) -> None:
    summaries = ledger.post_summaries()
    assert ["p1", "p2", "p3"] == ids(summaries)
    assert [{"published": 2, "failed": 1}, {"cancelled": 1}, {}] == [
        dict(s.deliveries) for s in summaries
    ]
    assert ("done", "retracted", "更正") == (
        summaries[0].post.state,
        summaries[1].post.state,
        summaries[1].post.reason,
    )


@pytest.mark.parametrize(
    ("states", "since", "expected"),
    [
        (["retracted"], None, ["p2"]),
        (["done", "scheduled"], None, ["p1", "p3"]),
        (None, START + timedelta(days=1), ["p2", "p3"]),
        # the same instant written at +08:00: compared as a time, not as text
        (None, (START + timedelta(days=1)).astimezone(timezone(timedelta(hours=8))), ["p2", "p3"]),
        (None, START + timedelta(days=1, microseconds=1), ["p3"]),
        (["done"], START + timedelta(days=1), []),
    ],
)
def test_filters_by_state_and_since(
    ledger: SqliteLedger, states: list[str] | None, since: datetime | None, expected: list[str]
) -> None:
    assert expected == ids(ledger.post_summaries(states=states, since=since))
    assert expected == [p.id for p in ledger.posts(states=states, since=since)]


def test_counts_come_in_one_statement_not_one_per_post(ledger: SqliteLedger) -> None:
    statements: list[str] = []
    ledger.connection.set_trace_callback(statements.append)
    try:
        summaries = ledger.post_summaries()
    finally:
        ledger.connection.set_trace_callback(None)
    assert 3 == len(summaries)
    assert 1 == len(statements), statements


def test_since_without_a_zone_is_refused(ledger: SqliteLedger) -> None:
    with pytest.raises(LedgerError, match="no time zone"):
        ledger.posts(since=datetime(2026, 3, 5))  # noqa: DTZ001 - the point of the test
