"""Workers: deliveries run as jobs of a queue in the ledger's PostgreSQL database.

``govpub worker`` starts one worker process (:func:`run_worker`); run as many as
the matrix needs, on any machines that reach the database.  The publisher plans
a post and defers one job per delivery in the same transaction
(:class:`QueueDispatcher`); each job runs one delivery as a unit of work
(:meth:`govpub.publisher.delivery.Deliveries.deliver`) within limits every
worker shares (:class:`govpub.publisher.throttle_postgres.PostgresLimits`).
See docs/scale-out.md.  Needs ``pip install 'govpub[workers]'``.
"""

from govpub.worker.dispatcher import QueueDispatcher
from govpub.worker.process import WorkerOptions, run_worker

__all__ = ["QueueDispatcher", "WorkerOptions", "run_worker"]
