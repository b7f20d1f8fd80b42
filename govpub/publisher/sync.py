"""``Publisher``: the synchronous twin of :class:`AsyncPublisher` (like httpx's Client).

One async core, a thin wrapper: each method runs the async method on an event
loop the ``Publisher`` owns for its whole life (so HTTP connections and token
caches are reused between calls).  Do not call it from inside a running event
loop — use :class:`AsyncPublisher` there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Sequence
from datetime import datetime
from typing import Any, TypeVar

from govpub.config import Matrix
from govpub.model import Post
from govpub.publisher.core import AsyncPublisher
from govpub.publisher.report import PublishReport

__all__ = ["Publisher"]

T = TypeVar("T")


class Publisher:
    """Synchronous publisher; a context manager with the same methods as :class:`AsyncPublisher`.

    ::

        with govpub.Publisher(matrix) as publisher:
            report = publisher.publish(post, approvals)
    """

    def __init__(self, matrix: Matrix, **options: Any) -> None:
        self._runner = asyncio.Runner()
        self._async = self._runner.run(_make(matrix, options))

    def __repr__(self) -> str:
        return f"<Publisher {len(self._async.matrix)} accounts>"

    def __enter__(self) -> Publisher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def asynchronous(self) -> AsyncPublisher:
        """The async publisher doing the work (for ``subscribe`` and advanced use)."""
        return self._async

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self._runner.run(coroutine)

    def publish(self, post: Post, approvals: Sequence[Any] = (), **options: Any) -> PublishReport:
        """See :meth:`AsyncPublisher.publish`."""
        return self._run(self._async.publish(post, approvals, **options))

    def resume(self, post_id: str | None = None) -> list[PublishReport]:
        """See :meth:`AsyncPublisher.resume`."""
        return self._run(self._async.resume(post_id))

    def status(self, post_id: str) -> PublishReport:
        """See :meth:`AsyncPublisher.status`."""
        return self._run(self._async.status(post_id))

    def retract(self, post_id: str, reason: str) -> PublishReport:
        """See :meth:`AsyncPublisher.retract`."""
        return self._run(self._async.retract(post_id, reason))

    def run_due(self, now: datetime | None = None) -> list[PublishReport]:
        """See :meth:`AsyncPublisher.run_due`."""
        return self._run(self._async.run_due(now))

    def freeze(self, reason: str) -> None:
        """See :meth:`AsyncPublisher.freeze`."""
        self._run(self._async.freeze(reason))

    def unfreeze(self) -> None:
        """See :meth:`AsyncPublisher.unfreeze`."""
        self._run(self._async.unfreeze())

    def close(self) -> None:
        """Close the async publisher and the event loop."""
        try:
            self._run(self._async.aclose())
        finally:
            self._runner.close()


async def _make(matrix: Matrix, options: dict[str, Any]) -> AsyncPublisher:
    # Built inside the loop so that its semaphores and queues belong to it.
    return AsyncPublisher(matrix, **options)
