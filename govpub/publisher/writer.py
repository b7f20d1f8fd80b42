"""The ledger writer: one thread, and the calls of a moment share one commit.

Every delivery persists each step before it moves on, so a publication to
thousands of accounts is tens of thousands of small writes.  They run on one
thread (SQLite has one writer, and the event loop must never wait on disk).
The ledger calls made in one tick of the event loop go to that thread
together, and whatever queued up while it was busy joins them: the writer runs
them all in one transaction and commits once (group commit).  A caller's
await returns only after the commit: "saved before the next step" still holds.

The happy path has no savepoints: the calls run in a
:meth:`~govpub.ledger.database.Database.batch`, where nested transactions join
the outer one.  If any call fails, the batch is rolled back whole and each
call runs again on its own, in its own transaction — so a failing call still
fails alone, and the others' results are exactly those of running them one by
one.  Answers go back to the event loop once per batch, not once per call.
A call that is alone in its moment (a worker's lease, its read of the post)
gets no transaction around it: one statement is one round trip, and a call
that writes several opens its own (``ledger.joined()``).
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
_Call = tuple[Callable[[], Any], "asyncio.Future[Any]"]
_Item = tuple[asyncio.AbstractEventLoop, list[_Call]]
_Outcome = tuple[bool, Any]


class LedgerWriter:
    """Runs ledger calls on one thread, committing the calls of a moment together."""

    def __init__(self, ledger: object, *, max_batch: int = 256) -> None:
        self._transaction: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "transaction", None
        )
        self._batch: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "batch", None
        )
        self._joined: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "joined", None
        )
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._pending: dict[asyncio.AbstractEventLoop, list[_Call]] = {}
        self._pending_lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name="govpub-ledger", daemon=True)
        self._thread.start()
        self.commits = 0
        self.calls = 0

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` on the ledger thread; returns once it is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        with self._pending_lock:
            calls = self._pending.get(loop)
            if calls is None:
                calls = self._pending[loop] = []
                loop.call_soon(self._hand_over, loop)  # after the rest of this tick's callbacks
            calls.append((partial(fn, *args, **kwargs), future))
        return await future

    def _hand_over(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._pending_lock:
            calls = self._pending.pop(loop, [])
        if calls:
            self._queue.put((loop, calls))

    def close(self) -> None:
        """Finish what is queued, then stop the thread."""
        for loop in list(self._pending):
            self._hand_over(loop)
        self._queue.put(None)
        self._thread.join()

    def _serve(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            items = [item]
            size, stop = len(item[1]), False
            while size < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                items.append(more)
                size += len(more[1])
            calls = [call for _, batch in items for call in batch]
            outcomes = iter(self._execute([fn for fn, _ in calls]))
            for loop, batch in items:
                settled = [(future, next(outcomes)) for _, future in batch]
                try:
                    loop.call_soon_threadsafe(_settle, settled)
                except RuntimeError:  # the loop is closed: nobody is waiting any more
                    continue
            if stop:
                return

    def _execute(self, calls: list[Callable[[], Any]]) -> list[_Outcome]:
        self.calls += len(calls)
        if self._batch is None:
            return self._with_savepoints(calls)
        # one call: no transaction around it (its own, if it needs one, is the outermost)
        alone = len(calls) == 1 and self._joined is not None
        outcomes, committed = self._in_batch(calls, self._joined if alone else self._batch)
        if committed:
            return outcomes
        failed = {i for i, (ok, _) in enumerate(outcomes) if not ok}
        if failed and len(failed) < len(calls):  # the others again, together; these alone
            rest = [fn for i, fn in enumerate(calls) if i not in failed]
            again, committed = self._in_batch(rest, self._batch)
            if committed:
                others = iter(again)
                return [
                    self._alone(fn) if i in failed else next(others) for i, fn in enumerate(calls)
                ]
        return [self._alone(fn) for fn in calls]

    def _in_batch(
        self,
        calls: list[Callable[[], Any]],
        batch: Callable[[], AbstractContextManager[Any]] | None,
    ) -> tuple[list[_Outcome], bool]:
        """Run ``calls`` in one batch; their outcomes, and whether the batch was committed."""
        assert batch is not None  # noqa: S101 - checked by the caller
        outcomes: list[_Outcome] = []
        try:
            with batch():
                outcomes = [_call(fn) for fn in calls]
                _replay_unless_all_ok(outcomes)
        except Exception:  # a call failed or spoiled the batch, or the commit failed
            return outcomes, False
        self.commits += 1
        return outcomes, True

    def _alone(self, fn: Callable[[], Any]) -> _Outcome:
        self.commits += 1
        return _call(fn)

    def _with_savepoints(self, calls: list[Callable[[], Any]]) -> list[_Outcome]:
        """A ledger without batches: the calls in one transaction, each in its own savepoint."""
        if self._transaction is None or len(calls) == 1:
            self.commits += len(calls)
            return [_call(fn) for fn in calls]
        try:
            with self._transaction():
                outcomes = [_call(fn) for fn in calls]
        except Exception as exc:
            return [(False, exc)] * len(calls)
        self.commits += 1
        return outcomes


class _Replay(Exception):  # noqa: N818 - a signal, not an error
    """A call of the batch failed: roll it back and run each call on its own."""


def _replay_unless_all_ok(outcomes: list[_Outcome]) -> None:
    if not all(ok for ok, _ in outcomes):
        raise _Replay


def _call(fn: Callable[[], Any]) -> _Outcome:
    try:
        return True, fn()
    except Exception as exc:
        return False, exc


def _settle(settled: list[tuple[asyncio.Future[Any], _Outcome]]) -> None:
    for future, (ok, value) in settled:
        if future.cancelled():
            continue
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)
