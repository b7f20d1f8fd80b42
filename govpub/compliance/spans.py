"""Spans asked, for each of many others, whether one covers or overlaps it: in log time.

A long field holds thousands of terms, notes, links and codes (an annual report's 不予公开
in every table row, a page of share codes); asking each of every span was quadratic.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["Spans"]


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
