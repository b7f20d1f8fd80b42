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
    "DELIVER_TASK",
    "QUEUE",
    "QUEUE_SCHEMA_VERSION",
    "enqueue_deliveries",
    "queue_available",
    "queue_schema",
]

#: The procrastinate queue that govpub's workers listen to.
QUEUE = "govpub"
#: The task that runs one delivery (:mod:`govpub.worker`).
DELIVER_TASK = "govpub.deliver"
#: govpub's version of the ``queue`` component: procrastinate 3's schema.
QUEUE_SCHEMA_VERSION = 1

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
    already has a job waiting is skipped (its savepoint fails alone).  Returns
    the ids that got a new job.
    """
    queued: list[str] = []
    when = at.isoformat() if at is not None else None
    for delivery_id in delivery_ids:
        args = json.dumps({"delivery_id": delivery_id})
        try:
            with db.transaction():  # a savepoint inside the caller's transaction
                db.execute(_DEFER, (QUEUE, DELIVER_TASK, delivery_id, delivery_id, args, when))
        except db.integrity_error:  # the queueing lock: a job for it already waits
            continue
        queued.append(delivery_id)
    return queued
