"""Publishing and retracting in the background, with every delivery event kept for the page.

The console starts :meth:`govpub.AsyncPublisher.publish` (or ``retract``) as an
asyncio task and returns at once; the progress page follows the task through
server-sent events (``/posts/<id>/events``), one per delivery event the
publisher emits — the same events ``govpub publish`` draws its progress bars
from.  A page that connects late, or twice, is sent every event from the
start.  Jobs live in the server's memory: the ledger, not this, is the record.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from govpub.errors import GovpubError
from govpub.publisher import DeliveryEvent, PublishReport

__all__ = ["Job", "PublishJobs"]

Work = Callable[[Callable[[DeliveryEvent], None]], Awaitable[PublishReport]]


@dataclass
class Job:
    """One publishing or retraction run of one post."""

    kind: str
    events: list[dict[str, Any]] = field(default_factory=list)
    report: dict[str, Any] | None = None
    error: str | None = None
    done: bool = False
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    def add(self, event: DeliveryEvent) -> None:
        """Keep one publisher event (the publisher's ``on_event`` handler)."""
        self.events.append(event.to_dict())
        self._notify()

    def finish(self, report: PublishReport | None, error: str | None) -> None:
        """The run ended, with a report or an error message."""
        self.report = report.to_dict() if report is not None else None
        self.error = error
        self.done = True
        self._notify()

    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def wait_beyond(self, seen: int, seconds: float) -> None:
        """Return when there are more than ``seen`` events, when done, or after ``seconds``."""
        changed = self._changed
        if len(self.events) > seen or self.done:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), seconds)


class PublishJobs:
    """The running and finished jobs, by draft id (one at a time per draft)."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def get(self, draft_id: str) -> Job | None:
        """The latest job of the draft."""
        return self._jobs.get(draft_id)

    def running(self, draft_id: str) -> bool:
        """Whether a job of the draft is still running."""
        job = self._jobs.get(draft_id)
        return job is not None and not job.done

    def start(self, draft_id: str, kind: str, work: Work) -> Job:
        """Run ``work`` (given the job's event handler) as a task; its outcome lands in the job."""
        job = Job(kind)
        self._jobs[draft_id] = job

        async def run() -> None:
            try:
                report = await work(job.add)
            except GovpubError as exc:
                job.finish(None, str(exc))
            except Exception as exc:
                job.finish(None, f"{type(exc).__name__}: {exc}")
            else:
                job.finish(report, None)

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return job

    async def wait_all(self) -> None:
        """Wait for every running job (server shutdown, tests)."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
