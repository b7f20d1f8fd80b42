"""Crash points: the named moments of a publishing process, counted as it passes them.

A point is named by what just happened or is about to happen (``ledger.transition(sending,
delivery.sending) committed``, ``step publish_id: done, unsaved``, ``http POST
/2/statuses/share.json → 200``).  The same name can come back in one run (a status
poll, a second attempt), so a point is a name *and* its occurrence: "the second
time the run reached this".  A name with its occurrence picks the same moment in
another run of the same scenario even if an unrelated detail shifts the count.

:class:`Tripwire` is what the hooks call at every point: it writes the point to a
log (the enumeration, when nothing is to die) and ends the process with
``os._exit(CRASH_EXIT)`` at the chosen one — no ``finally``, no ``atexit``, no
flush of the ledger: what a power cut or a SIGKILL leaves.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from typing import Any, Final, Literal, TextIO

__all__ = ["CRASH_EXIT", "CrashPoint", "PointKind", "Tripwire", "read_points"]

#: The exit status of a process that died at its crash point (not a CLI status, not a signal).
CRASH_EXIT: Final = 86

PointKind = Literal["ledger", "step", "http"]


@dataclass(frozen=True)
class CrashPoint:
    """One moment of a run: what kind of hook saw it, its name, which time, and its position."""

    kind: PointKind
    label: str
    #: 1-based: the how-manieth time this run reached ``label``
    occurrence: int = 1
    #: 1-based position among every point of the run
    index: int = 0

    @property
    def key(self) -> tuple[str, int]:
        """What the tripwire matches: the label and its occurrence."""
        return self.label, self.occurrence

    def __str__(self) -> str:
        again = f" (#{self.occurrence})" if self.occurrence > 1 else ""
        return f"{self.label}{again}"

    def to_json(self) -> dict[str, Any]:
        """The point as one line of the points log."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrashPoint:
        """Read back what :meth:`to_json` wrote."""
        return cls(
            kind=data["kind"],
            label=data["label"],
            occurrence=int(data["occurrence"]),
            index=int(data["index"]),
        )


class Tripwire:
    """Counts the points a process passes, logs each, and dies at the target one.

    Thread-safe: the publisher's ledger writer thread and its event loop both
    pass points.  The log is flushed at every point, so it survives the exit.
    """

    def __init__(self, *, target: tuple[str, int] | None = None, log: TextIO | None = None) -> None:
        self.target = target
        self.points: list[CrashPoint] = []
        self._log = log
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def hit(self, kind: PointKind, label: str) -> None:
        """The process reached ``label``: log it, and die here if it is the target."""
        with self._lock:
            occurrence = self._seen.get(label, 0) + 1
            self._seen[label] = occurrence
            point = CrashPoint(kind, label, occurrence, len(self.points) + 1)
            self.points.append(point)
            if self._log is not None:
                self._log.write(json.dumps(point.to_json(), ensure_ascii=False) + "\n")
                self._log.flush()
            if self.target == point.key:
                os._exit(CRASH_EXIT)


def read_points(text: str) -> list[CrashPoint]:
    """The points of a run, from its log (a line cut short by the exit is ignored)."""
    points = []
    for line in text.splitlines():
        try:
            points.append(CrashPoint.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue
    return points
