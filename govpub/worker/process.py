"""One worker process: procrastinate's worker over the ledger's queue, running govpub's tasks.

Tasks (queue ``govpub``):

* ``govpub.deliver(delivery_id)`` — :meth:`Deliveries.deliver`.  When the
  delivery ends waiting (a rate-limit window, Weibo's hourly bucket: a
  resumable failure with ``next_attempt_at``), the wait is a job scheduled for
  that moment, not a sleeping worker.
* ``govpub.retract(delivery_id, reason)`` — :meth:`Deliveries.retract`.
* ``govpub.sweep`` (periodic, ``sweep_cron``) — one worker at a time: jobs of
  workers whose heartbeat stopped (SIGKILL, a lost machine) go back to the
  queue; scheduled posts whose time has come are gated and enqueued
  (``run_due``); every delivery that still needs work and has no job waiting
  gets one (``resume``).  This is what makes a killed worker's deliveries
  finish, once their ledger lease has expired.

SIGTERM or SIGINT drain the worker: it takes no new job, lets running ones
finish for ``drain_seconds``, then cancels them; a cancelled delivery gives
its lease back, and what it had sent is found by reconciliation on the next
run (the ledger recorded the intent before the call).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from govpub.config import Matrix
from govpub.errors import ConfigError
from govpub.ledger.queue import DELIVER_TASK, QUEUE, RETRACT_TASK
from govpub.ledger.stores import open_ledger
from govpub.logging import get_logger
from govpub.publisher.context import RESUMABLE_FAILURES
from govpub.publisher.core import AsyncPublisher
from govpub.publisher.delivery import Deliveries, open_deliveries
from govpub.publisher.settings import PublisherSettings
from govpub.worker.dispatcher import QueueDispatcher

__all__ = ["SWEEP_TASK", "WorkerOptions", "run_worker"]

_log = get_logger("govpub.worker")

#: The periodic task that re-queues stalled jobs and due or unfinished deliveries.
SWEEP_TASK = "govpub.sweep"


@dataclass(frozen=True)
class WorkerOptions:
    """How one worker runs (``govpub worker`` options)."""

    #: Jobs (deliveries) this process runs at once.
    concurrency: int = 16
    #: The worker's name in logs and in procrastinate's tables.
    name: str = "govpub-worker"
    #: When the sweep runs (cron; a 6th field is seconds): every minute by default.
    sweep_cron: str = "* * * * *"
    #: How long SIGTERM waits for running jobs before cancelling them.
    drain_seconds: float = 30.0
    #: A worker whose heartbeat is older than this is dead: its jobs go back to the queue.
    stalled_seconds: float = 30.0
    #: How often this worker says it is alive.
    heartbeat_seconds: float = 10.0
    #: False: stop once the queue is empty (``govpub worker --once``; tests).
    wait: bool = True


async def run_worker(matrix: Matrix, options: WorkerOptions | None = None) -> None:
    """Run one worker until SIGTERM/SIGINT (or cancellation); returns once drained."""
    options = options or WorkerOptions()
    url = matrix.store.url
    if url is None:
        where = str(matrix.path) if matrix.path is not None else None
        raise ConfigError(
            f"workers need a PostgreSQL store, and this one is a SQLite file "
            f"({matrix.store.path}): set [store] url",
            file=where,
            key="store.url",
        )
    procrastinate, psycopg_connector = _procrastinate()
    settings = PublisherSettings.from_matrix(matrix)
    from govpub.ledger.queue_pool import queue_pool  # noqa: PLC0415 - the postgres extra
    from govpub.publisher.throttle_postgres import PostgresLimits  # noqa: PLC0415

    ledger = await asyncio.to_thread(open_ledger, matrix.store)
    # a dead worker's call slots come free when it is declared dead (renewed while held)
    limits = await PostgresLimits.open(
        url,
        platform_limit=settings.platform_limit,
        per_account=settings.per_account,
        lease=options.stalled_seconds,
    )
    connector = psycopg_connector.PsycopgConnector(
        conninfo=url,
        kwargs={"application_name": f"govpub-worker:{options.name}"},
        pool_factory=queue_pool,  # checks a connection only after it sat idle
    )
    app = procrastinate.App(connector=connector)
    try:
        async with open_deliveries(matrix, ledger=ledger, limits=limits) as work:
            publisher = AsyncPublisher(
                matrix, ledger=ledger, limits=limits, dispatcher=QueueDispatcher(ledger)
            )
            try:
                _register(app, work, publisher, options)
                async with app.open_async():
                    _log.info(
                        "govpub.worker.started",
                        worker=options.name,
                        store=matrix.store.describe(),
                        concurrency=options.concurrency,
                    )
                    await app.run_worker_async(
                        queues=[QUEUE],
                        name=options.name,
                        concurrency=options.concurrency,
                        shutdown_graceful_timeout=options.drain_seconds,
                        update_heartbeat_interval=options.heartbeat_seconds,
                        stalled_worker_timeout=options.stalled_seconds,
                        delete_jobs="successful",
                        install_signal_handlers=True,
                        wait=options.wait,
                    )
            finally:
                await publisher.aclose()
    finally:
        _log.info("govpub.worker.stopped", worker=options.name)
        await asyncio.to_thread(ledger.close)


def _procrastinate() -> tuple[Any, Any]:
    try:
        import procrastinate  # noqa: PLC0415 - the workers extra
        from procrastinate import psycopg_connector  # noqa: PLC0415
    except ImportError:
        raise ConfigError(
            "govpub worker needs procrastinate: pip install 'govpub[workers]'", key="store.url"
        ) from None
    return procrastinate, psycopg_connector


def _register(
    app: Any, work: Deliveries, publisher: AsyncPublisher, options: WorkerOptions
) -> None:
    """govpub's three tasks on ``app``, bound to this worker's deliveries and publisher."""
    ledger = work.context.ledger
    failed = _procrastinate()[0].jobs.Status.FAILED

    async def deliver(delivery_id: str) -> None:
        record = await work.deliver(delivery_id)
        kind = (record.last_error or {}).get("kind")
        later = record.next_attempt_at
        if record.state == "failed" and kind in RESUMABLE_FAILURES and later is not None:
            wait = (later - datetime.now(UTC)).total_seconds()
            if wait > 0:  # a rate-limit window: come back then, without holding a slot
                await asyncio.to_thread(ledger.enqueue, [delivery_id], at=later)
                return
            await asyncio.to_thread(ledger.enqueue, [delivery_id])

    async def retract(delivery_id: str, reason: str) -> None:
        await work.retract(delivery_id, reason)

    async def sweep(timestamp: int) -> None:
        stalled = await app.job_manager.get_stalled_jobs(
            queue=QUEUE, seconds_since_heartbeat=options.stalled_seconds
        )
        for job in stalled:
            # A dead worker's job is closed, not retried: its delivery is enqueued afresh
            # below if it still needs work (a retried job could collide with that one).
            _log.warning("govpub.worker.stalled_job", job=job.id, task=job.task_name)
            await app.job_manager.finish_job(job, status=failed, delete_job=False)
        try:
            await publisher.run_due()
            await publisher.resume()
        except Exception:
            _log.exception("govpub.worker.sweep_failed")
            raise

    _task(app, DELIVER_TASK)(deliver)
    _task(app, RETRACT_TASK)(retract)
    app.periodic(cron=options.sweep_cron, periodic_id="sweep")(
        app.task(name=SWEEP_TASK, queue=QUEUE, queueing_lock=SWEEP_TASK, pass_context=False)(sweep)
    )


def _task(app: Any, name: str) -> Callable[[Callable[..., Awaitable[None]]], Any]:
    decorate: Callable[[Callable[..., Awaitable[None]]], Any] = app.task(
        name=name, queue=QUEUE, pass_context=False
    )
    return decorate
