"""Spans asked, for each of many others, whether one covers or overlaps it: in log time.

A long field holds thousands of terms, notes, links and codes (an annual report's 不予公开
in every table row, a page of share codes); asking each of every span was quadratic.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["DisjointSpans", "Points", "Spans"]


class Spans:
    """``[start, end)`` spans, sorted by start with the furthest end so far: the spans that
    start before a point are a prefix, and one of them reaches past the point exactly when
    the prefix's furthest end does."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._ends = list(accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def cover(self, start: int, end: int) -> bool:
        """Whether a span holds ``[start, end)`` whole."""
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._ends[i - 1] >= end

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start


class DisjointSpans:
    """Spans that never overlap, added one by one (the hits of a reader, each kept only where
    no earlier one stands): kept in order, so that the one span a new span may overlap is
    the last to start before its end."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def __bool__(self) -> bool:
        return bool(self._starts)

    @property
    def furthest(self) -> int:
        """Where the last span ends (0 when there is none)."""
        return self._ends[-1] if self._ends else 0

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, which overlaps none of the spans (the caller asked)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


class Points:
    """Offsets asked whether one lies in ``[low, high)``: sorted, so in log time — a
    reader of sentences asks it of every earlier finding, thousands in a long field."""

    __slots__ = ("_at",)

    def __init__(self, points: Iterable[int] = ()) -> None:
        self._at = sorted(points)

    def within(self, low: int, high: int) -> bool:
        """Whether an offset lies in ``[low, high)``."""
        i = bisect.bisect_left(self._at, low)
        return i < len(self._at) and self._at[i] < high

    def add(self, point: int) -> None:
        bisect.insort(self._at, point)
