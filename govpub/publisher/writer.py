"""The ledger writer: the calls of a moment share one commit, off the event loop when it must wait.

Every delivery persists each step before it moves on, so a publication to
thousands of accounts is tens of thousands of small writes.  The ledger calls
made in one tick of the event loop are committed together (group commit); a
caller's await returns only after the commit: "saved before the next step"
still holds.

Where they run: the event loop must never wait on the database.  A store that
can begin a transaction that then waits for nothing (SQLite in WAL mode:
``BEGIN IMMEDIATE`` with no busy wait, no checkpoint at the commit — see
``Database.batch(wait=False)``) gets the tick's calls committed right there, on
the loop's own thread, when the writer's thread has nothing queued: handing
them to another thread buys nothing under the GIL and costs the hand-offs
(up to 14 % of a delivery's CPU when other jobs take the second core).  Whenever that
cannot begin at once — another process holds the file's write lock, another
thread the connection — or a call fails, nothing of the attempt is kept and the
calls go to the writer's one thread, which waits as long as it must (SQLite has
one writer) and commits whatever queued up meanwhile with them.  That thread
also runs the WAL checkpoints the loop's commits skip, every
:data:`CHECKPOINT_EVERY` of them.  PostgreSQL's statements are network round
trips: its calls always go to the thread.

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
import logging
import queue
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import partial
from typing import Any, TypeVar

__all__ = ["CHECKPOINT_EVERY", "LedgerWriter"]

#: Commits made on the event loop's thread between two WAL checkpoints run by the writer's
#: thread (each such commit skips SQLite's automatic checkpoint; see the module docstring).
CHECKPOINT_EVERY = 16

_log = logging.getLogger("govpub.ledger")

T = TypeVar("T")
_Call = tuple[Callable[[], Any], "asyncio.Future[Any]"]
_Item = tuple[asyncio.AbstractEventLoop, list[_Call]]
_Outcome = tuple[bool, Any]


class LedgerWriter:
    """Runs ledger calls on one thread, committing the calls of a moment together."""

    def __init__(self, ledger: object, *, max_batch: int = 256, on_loop: bool = True) -> None:
        """``on_loop=False``: every call goes to the thread (``benchmarks/writer_ablation.py``)."""
        self._transaction: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "transaction", None
        )
        self._batch: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "batch", None
        )
        self._joined: Callable[[], AbstractContextManager[Any]] | None = getattr(
            ledger, "joined", None
        )
        #: A batch that begins only at once and then waits for nothing (``None``: the store
        #: has none, and every call goes to the thread).
        self._here: Callable[[], AbstractContextManager[Any]] | None = None
        if on_loop and self._batch is not None and getattr(ledger, "begins_without_waiting", False):
            self._here = partial(self._batch, wait=False)
        self._checkpoint: Callable[[], Any] | None = getattr(ledger, "checkpoint", None)
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._pending: dict[asyncio.AbstractEventLoop, list[_Call]] = {}
        #: Guards ``_pending`` and ``_queued``: batches on the queue or on the thread, not yet
        #: committed (while any is, the loop's calls queue behind them: commits keep their order).
        self._pending_lock = threading.Lock()
        self._queued = 0
        self._thread = threading.Thread(target=self._serve, name="govpub-ledger", daemon=True)
        self._thread.start()
        self.commits = 0
        self.calls = 0
        #: Of :attr:`commits`, those made on the event loop's thread.
        self.commits_on_loop = 0

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

    def _hand_over(self, loop: asyncio.AbstractEventLoop, *, here: bool = True) -> None:
        """Commit the tick's calls here if nothing would wait, else hand them to the thread."""
        with self._pending_lock:
            calls = self._pending.pop(loop, [])
            # a lone call is one round trip without a transaction (see the module docstring)
            here = here and self._here is not None and len(calls) > 1 and not self._queued
        if calls and not (here and self._run_here(loop, calls)):
            self._put(loop, calls)

    def _put(self, loop: asyncio.AbstractEventLoop, calls: list[_Call]) -> None:
        with self._pending_lock:
            self._queued += 1
        self._queue.put((loop, calls))

    def _run_here(self, loop: asyncio.AbstractEventLoop, calls: list[_Call]) -> bool:
        """Commit ``calls`` on this (the event loop's) thread; ``False``: nothing was kept.

        Not committed — the batch could not begin at once, or a call failed and
        the batch was rolled back — the calls go to the thread as they are, to
        run there as they always would (waiting, or each again on its own).
        """
        assert self._here is not None  # noqa: S101 - checked by the caller
        outcomes, committed = self._in_batch([fn for fn, _ in calls], self._here)
        if not committed:
            return False
        self.calls += len(calls)
        self.commits_on_loop += 1
        _settle([(future, outcome) for (_, future), outcome in zip(calls, outcomes, strict=True)])
        if self._checkpoint is not None and self.commits_on_loop % CHECKPOINT_EVERY == 0:
            checkpoint = loop.create_future()
            checkpoint.add_done_callback(_report_checkpoint)
            self._put(loop, [(self._checkpoint, checkpoint)])
        return True

    def close(self) -> None:
        """Finish what is queued, then stop the thread."""
        for loop in list(self._pending):
            self._hand_over(loop, here=False)  # (maybe not on the loop's thread)
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
            with self._pending_lock:
                self._queued -= len(items)
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


def _report_checkpoint(future: asyncio.Future[Any]) -> None:
    """A checkpoint nobody awaits: say if it failed (the next commits checkpoint by themselves)."""
    if not future.cancelled() and future.exception() is not None:
        _log.warning("ledger checkpoint failed: %s", future.exception())
