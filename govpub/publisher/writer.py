"""The ledger writer: one thread, and the calls that queue up together share one commit.

Every delivery persists each step before it moves on, so a publication to
thousands of accounts is tens of thousands of small writes.  They run on one
thread (SQLite has one writer, and the event loop must never wait on disk);
while that thread is busy, the calls of other deliveries queue up, and the
writer then runs the whole queue inside one transaction — each call in its own
savepoint, so one failing call fails alone — and commits once (group commit).
A caller's await returns only after the commit: "saved before the next step"
still holds.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import partial
from typing import Any, TypeVar

__all__ = ["LedgerWriter"]

T = TypeVar("T")
_Item = tuple[Callable[[], Any], asyncio.AbstractEventLoop, "asyncio.Future[Any]"]


class LedgerWriter:
    """Runs ledger calls on one thread, committing queued calls together."""

    def __init__(self, ledger: object, *, max_batch: int = 256) -> None:
        self._transaction: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "transaction", None
        )
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="govpub-ledger", daemon=True)
        self._thread.start()
        self.commits = 0
        self.calls = 0

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` on the ledger thread; returns once it is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put((partial(fn, *args, **kwargs), loop, future))
        return await future

    def close(self) -> None:
        """Finish what is queued, then stop the thread."""
        self._queue.put(None)
        self._thread.join()

    def _serve(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            stop = False
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            for (_, loop, future), outcome in zip(batch, self._execute(batch), strict=True):
                loop.call_soon_threadsafe(_settle, future, outcome)
            if stop:
                return

    def _execute(self, batch: list[_Item]) -> list[tuple[bool, Any]]:
        self.calls += len(batch)
        if self._transaction is None or len(batch) == 1:
            self.commits += len(batch)
            return [_call(fn) for fn, _, _ in batch]
        try:
            with self._transaction():
                outcomes = [_call(fn) for fn, _, _ in batch]
        except Exception as exc:
            return [(False, exc)] * len(batch)
        self.commits += 1
        return outcomes


def _call(fn: Callable[[], Any]) -> tuple[bool, Any]:
    try:
        return True, fn()
    except Exception as exc:
        return False, exc


def _settle(future: asyncio.Future[Any], outcome: tuple[bool, Any]) -> None:
    if future.cancelled():
        return
    ok, value = outcome
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)
