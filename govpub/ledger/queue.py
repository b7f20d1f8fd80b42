"""The job queue of workers, in the ledger's own PostgreSQL database (procrastinate's tables).

Workers take deliveries from procrastinate's queue.  Its tables live beside the
ledger's, so a plan and its jobs are written in **one transaction**: there is
never a planned delivery without a job to run it, nor a job for a plan that
rolled back — the dual write that a broker in a second system (Celery with
Redis) cannot avoid.  Jobs are inserted by procrastinate's own SQL function,
``procrastinate_defer_jobs_v1``, on the ledger's connection, inside whatever
transaction the caller holds; ``NOTIFY`` fires on commit and wakes idle workers.

Each job carries one delivery id.  Its ``lock`` is the delivery id (procrastinate
never runs two jobs with one lock at once) and so is its ``queueing_lock`` (at
most one job per delivery waits in the queue): enqueuing a delivery that already
waits is a no-op, so a periodic sweep may enqueue every due delivery again.

A batch of :data:`ANALYZE_AFTER` jobs or more is followed by ``ANALYZE`` of the
jobs table, in the same transaction.  procrastinate's fetch is planned from the
table's statistics (and the plan is cached in each worker's connection); taken
while the queue was nearly empty, they make every fetch of a burst sort all
waiting jobs and probe each one's lock — measured at 0.24 ms per fetch with 500
jobs queued, 14 ms with 1,000 and 27 ms with 2,000, which made PostgreSQL the
busiest process of a publication.  Fresh statistics (committed with the jobs,
which also makes the workers re-plan) keep a fetch near 0.3 ms at any size.

Every job has a lock, and procrastinate's fetch passes over a job whose lock an
earlier job holds: for the candidate it probes the jobs of the same lock through
an index led by ``id`` (``procrastinate_jobs_id_lock_idx_v1``), which walks every
waiting job — 0.19 ms per fetch with 4,000 waiting, growing with the queue
(procrastinate issues #393, #1242).  Version 2 of the component adds the index
that probe needs, led by the lock (:data:`QUEUE_INDEXES`): 0.004 ms at any size.

The schema is procrastinate's, applied by ``govpub store migrate`` as the
``queue`` component when procrastinate is installed (``govpub[workers]``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from importlib import resources

from govpub.ledger.database import Database

__all__ = [
    "ANALYZE_AFTER",
    "DELIVER_TASK",
    "QUEUE",
    "QUEUE_INDEXES",
    "QUEUE_SCHEMA_VERSION",
    "RETRACT_TASK",
    "enqueue_deliveries",
    "enqueue_retractions",
    "queue_available",
    "queue_schema",
]

#: The procrastinate queue that govpub's workers listen to.
QUEUE = "govpub"
#: The task that runs one delivery (:mod:`govpub.worker`).
DELIVER_TASK = "govpub.deliver"
#: The task that retracts one delivery.
RETRACT_TASK = "govpub.retract"
#: govpub's version of the ``queue`` component: procrastinate 3's schema (1), and
#: :data:`QUEUE_INDEXES` (2).
QUEUE_SCHEMA_VERSION = 2
#: What version 2 adds to procrastinate's schema: the fetch's probe of a job's lock by lock.
QUEUE_INDEXES = (
    "CREATE INDEX IF NOT EXISTS govpub_procrastinate_jobs_lock_id ON procrastinate_jobs "
    "(lock, id) WHERE status IN ('todo', 'doing')",
)
#: Jobs in one batch from which the jobs table's statistics are refreshed.
ANALYZE_AFTER = 100

_DEFER = (
    "SELECT unnest(procrastinate_defer_jobs_v1(ARRAY[ROW(?, ?, 0, ?, ?, ?::jsonb, "
    "?::timestamptz)::procrastinate_job_to_defer_v1])) AS id"
)


def queue_available() -> bool:
    """Whether procrastinate is installed (the ``queue`` component exists only then)."""
    try:
        resources.files("procrastinate.sql")
    except ModuleNotFoundError:
        return False
    return True


def queue_schema() -> tuple[str, ...]:
    """procrastinate's schema, as one script (it defines functions with ``$$`` bodies)."""
    script = (resources.files("procrastinate.sql") / "schema.sql").read_text(encoding="utf-8")
    return (script,)


def enqueue_deliveries(
    db: Database, delivery_ids: Sequence[str], *, at: datetime | None = None
) -> list[str]:
    """Defer one ``govpub.deliver`` job per delivery, in the caller's transaction.

    ``at`` schedules the jobs (a retry wait); ``None`` is now.  A delivery that
    already has a job waiting is skipped.  Returns the ids that got a new job.
    """
    jobs = [(d, d, {"delivery_id": d}) for d in delivery_ids]
    return _enqueue(db, DELIVER_TASK, jobs, at)


def enqueue_retractions(db: Database, delivery_ids: Sequence[str], reason: str) -> list[str]:
    """Defer one ``govpub.retract`` job per delivery (never run beside its delivery's job)."""
    jobs = [(d, f"retract:{d}", {"delivery_id": d, "reason": reason}) for d in delivery_ids]
    return _enqueue(db, RETRACT_TASK, jobs, None)


def _enqueue(
    db: Database,
    task: str,
    jobs: Sequence[tuple[str, str, dict[str, str]]],
    at: datetime | None,
) -> list[str]:
    """Insert ``(lock, queueing lock, args)`` jobs; those whose queueing lock waits are skipped.

    The waiting ones are read first, so a batch (where a failed statement spoils
    the whole transaction) normally sees no conflict; a job queued by another
    transaction in between is caught by the unique index in a savepoint.
    """
    if not jobs:
        return []
    waiting = {
        row["queueing_lock"]
        for row in db.rows(
            "SELECT queueing_lock FROM procrastinate_jobs "
            "WHERE status = 'todo' AND queueing_lock = ANY(?)",
            ([key for _, key, _ in jobs],),
        )
    }
    when = at.isoformat() if at is not None else None
    queued: list[str] = []
    for lock, key, args in jobs:
        if key in waiting:
            continue
        try:
            with db.transaction():  # a savepoint inside the caller's transaction
                db.execute(_DEFER, (QUEUE, task, lock, key, json.dumps(args), when))
        except db.integrity_error:  # queued by another transaction meanwhile
            continue
        queued.append(lock)
    if len(queued) >= ANALYZE_AFTER:
        db.execute("ANALYZE procrastinate_jobs")
    return queued
