"""Which kill points to run: all of them, one per distinct durable state, or an even sample.

A selector takes the enumerated points of a run and returns those to kill at;
each is deterministic, so a CI run kills at the same points every time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from govpub.testing.crashpoints.points import CrashPoint

__all__ = ["Selector", "durable_states", "every_point", "spread"]

#: Picks the kill points to run from the enumerated ones.
Selector = Callable[[Sequence[CrashPoint]], Sequence[CrashPoint]]


def every_point(points: Sequence[CrashPoint]) -> Sequence[CrashPoint]:
    """All of them (the full run)."""
    return list(points)


def durable_states(points: Sequence[CrashPoint]) -> Sequence[CrashPoint]:
    """One kill point per distinct state a crash can leave: what the disk and the platform hold.

    Two points between which nothing was committed to the ledger and no platform
    answered leave the same world behind, so recovery starts from the same place:
    the first point and every point right after a change (a ``committed`` point, an
    ``http`` answer) stand for the others.  About 40 % of the points for every
    distinct outcome — what CI runs.  The full run kills at every point, which also
    checks that the points skipped here really are equivalent.
    """
    return [p for n, p in enumerate(points) if n == 0 or _changes_state(p)]


def spread(count: int) -> Selector:
    """``count`` points spread evenly over the run, first and last included."""

    def select(points: Sequence[CrashPoint]) -> Sequence[CrashPoint]:
        if count >= len(points):
            return list(points)
        if count <= 1:
            return list(points[: max(count, 0)])
        step = (len(points) - 1) / (count - 1)
        return [points[round(n * step)] for n in range(count)]

    return select


def _changes_state(point: CrashPoint) -> bool:
    return point.kind == "http" or point.label.endswith(" committed")
