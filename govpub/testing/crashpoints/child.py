"""The process that publishes and dies: one run of the crash-point harness, in a forked child.

A run is described by a :class:`ChildSpec` (plain JSON, so it crosses from the
test process to the fork server): which ``govpub.toml``, which post, which
workload, *act* or *recover*, and the point to die at.  The child installs the
hooks (:mod:`~govpub.testing.crashpoints.hooks`), then uses govpub's public API the
way an agency's script does and either dies at its point or finishes.

The ``publish`` workload acts with :class:`govpub.AsyncPublisher` over
:meth:`govpub.Matrix.from_toml`.  *Recover* is what an operator does after a
crash: ``resume()``; and if the ledger never learnt of the post (the process died
before the plan was committed, so the caller's ``publish`` never returned),
publish it again — the plan is written before any network call, so nothing can
have been sent.  The ``work`` workload is the same, except that each delivery
runs as a ``govpub worker`` job runs it: one
:meth:`~govpub.publisher.delivery.Deliveries.deliver` per delivery, which takes
the delivery's own lease (``Ledger.lease``) and gives it back — so a worker that
dies holding a lease is a kill point too; its recovery is the workers' sweep
(``resume()``, each delivery again as a job).  The ``reply`` workload (the inbox)
is :func:`govpub.testing.crashpoints.replies.run_reply`.
"""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final, Literal

from govpub.config import Matrix
from govpub.errors import LedgerError
from govpub.ledger.stores import open_ledger
from govpub.model import Post
from govpub.publisher import AsyncPublisher
from govpub.publisher.delivery import Deliveries, open_deliveries
from govpub.testing.crashpoints.hooks import install
from govpub.testing.crashpoints.points import Tripwire

__all__ = ["WORKLOADS", "ChildSpec", "read_post", "run_child"]

#: ``act``: the run that may die at its point; ``recover``: the operator's next run.
Mode = Literal["act", "recover"]


@dataclass(frozen=True)
class ChildSpec:
    """One child run: what to do, with which files, and where (if anywhere) to die."""

    mode: Mode
    config: str
    #: what acting means (a key of :data:`WORKLOADS`)
    workload: str
    #: the pickled :class:`~govpub.Post` (written by the harness, read by the child)
    post: str
    #: JSON lines, one per point passed (the enumeration when ``crash_label`` is ``None``)
    points: str
    #: the child's stdout and stderr
    log: str
    #: what happened, as JSON (``{"republished": bool}``); absent when the child died
    result: str
    crash_label: str | None = None
    crash_occurrence: int = 1
    #: the run's :attr:`~govpub.testing.crashpoints.target.PreparedRun.details`
    details: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The spec as sent to the fork server."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChildSpec:
        """Read back what :meth:`to_json` wrote."""
        return cls(**data)


def run_child(spec: ChildSpec) -> int:
    """Run one spec in this (forked) process; the exit status, unless it died at its point."""
    _redirect(spec.log)
    target = None if spec.crash_label is None else (spec.crash_label, spec.crash_occurrence)
    try:
        with Path(spec.points).open("a", encoding="utf-8") as log:
            install(Tripwire(target=target, log=log))
            result = WORKLOADS[spec.workload](spec)
        Path(spec.result).write_text(json.dumps(result), encoding="utf-8")
    except BaseException:  # whatever it was, the harness reads it from the log
        traceback.print_exc()
        sys.stderr.flush()
        return 1
    return 0


def read_post(spec: ChildSpec) -> Post:
    """The post the harness pickled for this run (its own file, written a moment ago)."""
    post: Post = pickle.loads(Path(spec.post).read_bytes())  # noqa: S301 - not untrusted input
    return post


def _publish(spec: ChildSpec) -> dict[str, Any]:
    """The ``publish`` workload: publish the post, or resume (and publish if never planned)."""
    return asyncio.run(_publish_async(spec, read_post(spec)))


def _work(spec: ChildSpec) -> dict[str, Any]:
    """The ``work`` workload: ``publish``, with each delivery run as a worker's job runs it."""
    return asyncio.run(_work_async(spec, read_post(spec)))


def _reply(spec: ChildSpec) -> dict[str, Any]:
    from govpub.testing.crashpoints.replies import run_reply  # noqa: PLC0415 - the CLI is big

    return run_reply(spec)


#: Workload name → what a child does for a spec (its result, as JSON).
WORKLOADS: Final[Mapping[str, Callable[[ChildSpec], dict[str, Any]]]] = {
    "publish": _publish,
    "work": _work,
    "reply": _reply,
}


async def _publish_async(spec: ChildSpec, post: Post) -> dict[str, Any]:
    matrix = Matrix.from_toml(spec.config)
    async with AsyncPublisher(matrix, actor="crashpoints") as publisher:
        return await _act_or_recover(spec, post, publisher)


async def _work_async(spec: ChildSpec, post: Post) -> dict[str, Any]:
    matrix = Matrix.from_toml(spec.config)
    ledger = open_ledger(matrix.store)
    try:
        async with (
            open_deliveries(matrix, ledger=ledger, actor="crashpoints") as work,
            AsyncPublisher(
                matrix, ledger=ledger, actor="crashpoints", dispatcher=_JobByJob(work)
            ) as publisher,
        ):
            return await _act_or_recover(spec, post, publisher)
    finally:
        ledger.close()


class _JobByJob:
    """A dispatcher that runs each delivery as one worker job would: ``deliver(id)``, in turn."""

    def __init__(self, work: Deliveries) -> None:
        self.work = work

    async def dispatch(self, delivery_ids: Sequence[str]) -> None:
        for delivery_id in delivery_ids:
            await self.work.deliver(delivery_id)

    async def dispatch_retractions(self, delivery_ids: Sequence[str], reason: str) -> None:
        for delivery_id in delivery_ids:
            await self.work.retract(delivery_id, reason)


async def _act_or_recover(spec: ChildSpec, post: Post, publisher: AsyncPublisher) -> dict[str, Any]:
    """Publish (``act``); or resume, and publish if the plan never became durable (``recover``)."""
    if spec.mode == "act":
        await publisher.publish(post)
        return {"republished": False}
    await publisher.resume()
    try:
        await publisher.status(post.id)
    except LedgerError:  # the plan never became durable: nothing was sent
        await publisher.publish(post)
        return {"republished": True}
    return {"republished": False}


def _redirect(path: str) -> None:
    """Send this process's output to the run's log, and read nothing from the fork server's pipe."""
    sys.stdout.flush()
    sys.stderr.flush()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
