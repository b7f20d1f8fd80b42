"""The queue's connection pool: a connection is checked only after it sat idle.

procrastinate's own pool checks every connection it hands out with an empty
query (``AsyncConnectionPool.check_connection``), so that a connection the
server closed while it waited in the pool is replaced instead of failing the
next statement.  A worker hands out a connection for each statement of the
queue (fetch a job, finish it, defer one, the heartbeat): the check doubles
its round trips to PostgreSQL — 2.04 more per delivery, counted in a worker
draining 200 deliveries (docs/scale-out.md).

A connection that came back to the pool a moment ago is as alive as it was
then; the risk the check covers — a server restart, a firewall dropping quiet
connections — grows with the time a connection sat unused.  So this pool
checks a connection only when it was last handed out more than
``idle_check_after`` seconds ago (and always the first time).  A server restart while
the worker is busy still costs each pooled connection one failed statement:
the job fails, and the sweep gives its delivery a new job (the ledger, not
the queue, says what is done).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

import psycopg
import psycopg_pool

__all__ = ["IDLE_CHECK_SECONDS", "queue_pool"]

#: A connection idle longer than this is checked (a round trip) before it is handed out.
IDLE_CHECK_SECONDS = 5.0


def queue_pool(
    *,
    idle_check_after: float = IDLE_CHECK_SECONDS,
    clock: Callable[[], float] = time.monotonic,
    **kwargs: Any,
) -> psycopg_pool.AsyncConnectionPool:
    """An ``AsyncConnectionPool`` (``kwargs`` as its own) that checks only idle connections.

    Meant as procrastinate's ``PsycopgConnector(pool_factory=...)``: the
    ``check`` procrastinate passes is replaced by the idle-only one.  A
    connection's idle time is at most the time since it was last handed out
    (the pool calls ``check`` then), so that is what is measured: no ``reset``
    callback, which would make the pool return every connection through a
    maintenance task of its own.
    """
    handed_out: WeakKeyDictionary[psycopg.AsyncConnection[Any], float] = WeakKeyDictionary()

    async def check(conn: psycopg.AsyncConnection[Any]) -> None:
        now = clock()
        last = handed_out.get(conn)
        handed_out[conn] = now
        if last is None or now - last > idle_check_after:
            await psycopg_pool.AsyncConnectionPool.check_connection(conn)

    kwargs.pop("check", None)
    return psycopg_pool.AsyncConnectionPool(check=check, **kwargs)
