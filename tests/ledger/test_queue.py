"""The workers' queue shares the plan's transaction: no plan without its jobs, no job without a plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from govpub import Post
from govpub.ledger import DeliveryPlan
from govpub.ledger.postgres import PostgresLedger
from govpub.ledger.queue import ANALYZE_AFTER, DELIVER_TASK, QUEUE, enqueue_deliveries

psycopg = pytest.importorskip("psycopg")
pytest.importorskip("procrastinate")


@pytest.fixture
def ledger(postgres_ledger_url: str) -> Iterator[PostgresLedger]:
    opened = PostgresLedger(postgres_ledger_url)
    yield opened
    opened.close()


def plan(ledger: PostgresLedger, post_id: str = "p-q", accounts: int = 3) -> list[str]:
    post = Post(id=post_id, title="关于春季植树活动的通知", body="全市开展春季义务植树活动。")
    _, deliveries = ledger.submit(
        post,
        [DeliveryPlan(f"acct-{n}", "memory") for n in range(accounts)],
        state="active",
        approvals=[],
        actor="test",
    )
    return [d.id for d in deliveries]


def jobs(ledger: PostgresLedger) -> list[dict[str, object]]:
    return [
        dict(row)
        for row in ledger._db.rows(
            "SELECT queue_name, task_name, lock, queueing_lock, args, status, scheduled_at "
            "FROM procrastinate_jobs ORDER BY id"
        )
    ]


class CrashError(Exception):
    """The process dies between planning and committing."""


def plan_and_die(ledger: PostgresLedger) -> None:
    with ledger.transaction():
        enqueue_deliveries(ledger._db, plan(ledger))
        raise CrashError


def test_a_plan_and_its_jobs_commit_together(ledger: PostgresLedger) -> None:
    with ledger.transaction():
        ids = plan(ledger)
        assert ids == enqueue_deliveries(ledger._db, ids)
    queued = jobs(ledger)
    assert [(QUEUE, DELIVER_TASK, i, i, {"delivery_id": i}, "todo") for i in ids] == [
        (j["queue_name"], j["task_name"], j["lock"], j["queueing_lock"], j["args"], j["status"])
        for j in queued
    ]


def test_a_plan_that_rolls_back_leaves_no_job_and_no_delivery(ledger: PostgresLedger) -> None:
    with pytest.raises(CrashError):
        plan_and_die(ledger)
    assert [] == jobs(ledger)
    assert [] == ledger.deliveries()


def test_a_delivery_waits_in_the_queue_at_most_once(ledger: PostgresLedger) -> None:
    with ledger.transaction():
        ids = plan(ledger)
        enqueue_deliveries(ledger._db, ids)
    with ledger.transaction():  # a sweep enqueues every due delivery again
        assert [] == enqueue_deliveries(ledger._db, ids)
        ledger.audit(actor="test", action="test.after_sweep", subject="p-q", details={})
    assert len(ids) == len(jobs(ledger))
    # the sweep's own transaction went on after the skipped jobs
    assert "test.after_sweep" in [r.action for r in ledger.trail.iter_records()]


def test_a_retry_wait_is_a_scheduled_job(ledger: PostgresLedger) -> None:
    at = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    with ledger.transaction():
        [delivery] = plan(ledger, accounts=1)
        enqueue_deliveries(ledger._db, [delivery], at=at)
    [job] = jobs(ledger)
    assert at == job["scheduled_at"]


def counted_jobs(ledger: PostgresLedger) -> float:
    """The jobs table's row count as its statistics say (-1: never analysed)."""
    row = ledger._db.row(
        "SELECT reltuples FROM pg_class WHERE oid = 'procrastinate_jobs'::regclass"
    )
    return float(row["reltuples"])


def test_a_burst_of_jobs_refreshes_the_queue_statistics(ledger: PostgresLedger) -> None:
    with ledger.transaction():  # a small publication leaves the statistics alone
        enqueue_deliveries(ledger._db, plan(ledger, "p-small", accounts=3))
    assert -1 == counted_jobs(ledger)
    with ledger.transaction():  # a matrix-wide one: workers would otherwise sort them all
        enqueue_deliveries(ledger._db, plan(ledger, "p-burst", accounts=ANALYZE_AFTER))
    assert 3 + ANALYZE_AFTER == counted_jobs(ledger)


def test_the_fetch_probes_a_jobs_lock_by_lock_not_by_walking_the_queue(
    ledger: PostgresLedger,
) -> None:
    """procrastinate's own index for the probe is led by ``id``: it walked every waiting job."""
    with ledger.transaction():
        enqueue_deliveries(ledger._db, plan(ledger, "p-burst", accounts=ANALYZE_AFTER * 3))
    lock = ledger._db.row("SELECT lock FROM procrastinate_jobs ORDER BY id DESC LIMIT 1")["lock"]
    plan_text = "\n".join(
        row["QUERY PLAN"]
        for row in ledger._db.rows(
            "EXPLAIN SELECT 1 FROM procrastinate_jobs other_jobs WHERE other_jobs.lock = ? "
            "AND (other_jobs.status = 'doing' OR other_jobs.status = 'todo')",
            (lock,),
        )
    )
    assert "govpub_procrastinate_jobs_lock_id" in plan_text


def test_idle_workers_are_woken_on_commit_not_before(
    ledger: PostgresLedger, postgres_ledger_url: str
) -> None:
    with psycopg.connect(postgres_ledger_url, autocommit=True) as listener:
        listener.execute(f'LISTEN "procrastinate_queue_v1#{QUEUE}"')
        with ledger.transaction():
            ids = plan(ledger, accounts=2)
            enqueue_deliveries(ledger._db, ids)
            assert [] == list(listener.notifies(timeout=0.2, stop_after=1))
        woken = list(listener.notifies(timeout=5, stop_after=2))
    assert 2 == len(woken)
    assert all(n.channel == f"procrastinate_queue_v1#{QUEUE}" for n in woken)
