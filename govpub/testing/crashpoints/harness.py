"""The crash-point harness: enumerate a publication's kill points, die at each, recover, judge.

For one platform and one scenario, :meth:`CrashHarness.run`:

1. **counts** — publishes a post in a child process that passes every point
   without dying; its log is the list of kill points, and that uninterrupted
   run must itself end published exactly once (else no kill point means anything);
2. **kills** — for each chosen point, in a fresh world (a new directory, ledger,
   account and post): publishes in a child that dies with ``os._exit`` at that
   point, then *recovers* in a new child — ``resume()``, and a new ``publish``
   only if the ledger never learnt of the post — and judges the result
   (:mod:`~govpub.testing.crashpoints.judge`).

Children are forked by fork servers (:mod:`~govpub.testing.crashpoints.forkserver`)
that the harness keeps for its whole life — start one harness per test module,
not per test — and worlds run ``workers`` at a time.
"""

from __future__ import annotations

import json
import os
import pickle
import queue
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govpub.testing.crashpoints.child import ChildSpec, Mode
from govpub.testing.crashpoints.forkserver import ChildExit, ForkServer, HarnessError
from govpub.testing.crashpoints.judge import (
    KillPointResult,
    LedgerSnapshot,
    Verdict,
    publication_verdict,
)
from govpub.testing.crashpoints.points import CRASH_EXIT, CrashPoint, read_points
from govpub.testing.crashpoints.selection import Selector, every_point
from govpub.testing.crashpoints.target import CrashTarget, JudgingTarget, PreparedRun

__all__ = ["CrashHarness", "CrashReport", "run_crash_points"]


@dataclass(frozen=True)
class CrashReport:
    """Every kill point of one platform and scenario, and how each recovery ended."""

    platform: str
    scenario: str
    #: every point the uninterrupted run passed
    points: tuple[CrashPoint, ...]
    #: one per chosen point, in the order of the run
    results: tuple[KillPointResult, ...]
    seconds: float

    @property
    def failures(self) -> list[KillPointResult]:
        """The kill points after which the promise did not hold."""
        return [r for r in self.results if not r.passed]

    def summary(self) -> str:
        """A readable report: counts, then every failure with what it left behind."""
        head = (
            f"{self.platform}/{self.scenario}: {len(self.results)} of {len(self.points)} kill "
            f"points run in {self.seconds:.1f} s, {len(self.failures)} failed"
        )
        return "\n".join([head, *(r.describe() for r in self.failures)])


class CrashHarness:
    """Fork servers and a directory for many runs; a context manager.

    ``workers`` worlds run at once (one fork server each); a child that takes
    longer than ``timeout`` seconds is killed and reported; ``preload`` names
    modules every child imports first (e.g. one that registers an adapter
    defined in code rather than through an entry point).
    """

    def __init__(
        self,
        directory: str | Path,
        *,
        workers: int = 2,
        timeout: float = 120.0,
        preload: Sequence[str] = (),
    ) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        self._servers: queue.Queue[ForkServer] = queue.Queue()
        self._made: list[ForkServer] = []
        self._batches = 0
        try:
            for n in range(max(workers, 1)):
                server = ForkServer(preload=preload, log=self.directory / f"forkserver-{n}.log")
                self._made.append(server)
                self._servers.put(server)
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"<CrashHarness {len(self._made)} workers in {self.directory}>"

    def __enter__(self) -> CrashHarness:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the fork servers."""
        for server in self._made:
            server.close()
        self._made.clear()

    def run(
        self, target: CrashTarget, *, scenario: str = "clean", select: Selector = every_point
    ) -> CrashReport:
        """Enumerate the kill points of publishing to ``target``, die at each chosen one, judge.

        Raises :class:`~govpub.testing.crashpoints.forkserver.HarnessError` when
        the uninterrupted publication itself fails.
        """
        started = time.monotonic()
        self._batches += 1
        # Run names are unique for the harness's life: a target that shares one account
        # between runs tells their posts apart by them (they end up in ids and titles).
        batch = f"b{self._batches}"
        root = self.directory / f"{target.platform}-{scenario}"
        counted = target.prepare([f"{batch}-count"], root, scenario)[0]
        for server in self._made:
            server.warm_up(_spec(counted, "act").to_json(), timeout=self.timeout)
        points = self._enumerate(target, counted)
        chosen = list(select(points))
        runs = target.prepare([f"{batch}-k{p.index:03d}" for p in chosen], root, scenario)
        with ThreadPoolExecutor(max_workers=len(self._made)) as pool:
            results = list(
                pool.map(lambda job: self._kill(target, *job), zip(chosen, runs, strict=True))
            )
        return CrashReport(
            platform=target.platform,
            scenario=scenario,
            points=tuple(points),
            results=tuple(results),
            seconds=time.monotonic() - started,
        )

    def _child(self, spec: ChildSpec) -> ChildExit:
        server = self._servers.get()
        try:
            return server.run(spec.to_json(), timeout=self.timeout)
        finally:
            self._servers.put(server)

    def _enumerate(self, target: CrashTarget, run: PreparedRun) -> list[CrashPoint]:
        """Act once without dying: the points passed, if it ended settled, exactly once."""
        spec = _spec(run, "act")
        ended = self._child(spec)
        if ended.status != 0:
            raise HarnessError(
                f"the uninterrupted {_noun(run)[0]} failed ({_ended(ended, spec)}) "
                f"in {run.directory}:\n{_tail(Path(spec.log))}"
            )
        problems = _verdict(target, run).problems
        if problems:
            raise HarnessError(
                f"the uninterrupted {_noun(run)[0]} did not end settled exactly once "
                f"in {run.directory}: {'; '.join(problems)}"
            )
        return read_points(Path(spec.points).read_text(encoding="utf-8"))

    def _kill(self, target: CrashTarget, point: CrashPoint, run: PreparedRun) -> KillPointResult:
        started = time.monotonic()
        (run.directory / "point.json").write_text(
            json.dumps(point.to_json(), ensure_ascii=False), encoding="utf-8"
        )
        kill = _spec(run, "act", point)
        killed = self._child(kill)
        recover = _spec(run, "recover")
        recovered = self._child(recover)
        verdict = _verdict(target, run)
        problems = []
        if killed.status != CRASH_EXIT:
            problems.append(
                f"the {_noun(run)[1]} run never reached this point ({_ended(killed, kill)})"
            )
        if recovered.status != 0:
            problems.append(f"recovery failed ({_ended(recovered, recover)})")
        problems += verdict.problems
        return KillPointResult(
            point=point,
            run=run,
            died=killed.status == CRASH_EXIT,
            recovered=recovered.status,
            republished=bool(_result(recover).get("republished")),
            ledger=verdict.ledger,
            live=verdict.live,
            problems=tuple(problems),
            seconds=time.monotonic() - started,
        )


def run_crash_points(
    target: CrashTarget,
    directory: str | Path,
    *,
    scenario: str = "clean",
    select: Selector = every_point,
    workers: int = 2,
    timeout: float = 120.0,
    preload: Sequence[str] = (),
) -> CrashReport:
    """One :meth:`CrashHarness.run` with a harness of its own (see :class:`CrashHarness`)."""
    with CrashHarness(directory, workers=workers, timeout=timeout, preload=preload) as harness:
        return harness.run(target, scenario=scenario, select=select)


#: Workload → how reports name what it does and the run that does it.
_NOUNS = {
    "publish": ("publication", "publishing"),
    "work": ("publication", "publishing"),
    "reply": ("reply", "replying"),
}


def _noun(run: PreparedRun) -> tuple[str, str]:
    return _NOUNS.get(run.workload, (run.workload, run.workload))


def _verdict(target: CrashTarget, run: PreparedRun) -> Verdict:
    """Judge ``run`` after its children exited: by the target, or as a publication."""
    if isinstance(target, JudgingTarget):
        return target.judge(run)
    return publication_verdict(
        LedgerSnapshot.read(run.ledger, run.post.id), target.live_publications(run)
    )


def _spec(run: PreparedRun, mode: Mode, point: CrashPoint | None = None) -> ChildSpec:
    post = run.directory / "post.pickle"
    if not post.exists():
        run.directory.mkdir(parents=True, exist_ok=True)
        post.write_bytes(pickle.dumps(run.post))
    name = run.workload if mode == "act" else mode  # publish.log, reply.log, recover.log
    return ChildSpec(
        mode=mode,
        config=os.fspath(run.config),
        workload=run.workload,
        post=os.fspath(post),
        points=os.fspath(run.directory / f"{name}.points.jsonl"),
        log=os.fspath(run.directory / f"{name}.log"),
        result=os.fspath(run.directory / f"{name}.result.json"),
        crash_label=point.label if point is not None else None,
        crash_occurrence=point.occurrence if point is not None else 1,
        details=dict(run.details),
    )


def _ended(child: ChildExit, spec: ChildSpec) -> str:
    """How a child ended, with the last line it wrote (the exception, usually)."""
    how = "timed out" if child.timed_out else f"exit {child.status}"
    last = _tail(Path(spec.log), lines=1).strip()
    return f"{how}: {last}" if last else how


def _result(spec: ChildSpec) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(Path(spec.result).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data


def _tail(path: Path, *, lines: int = 25) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
