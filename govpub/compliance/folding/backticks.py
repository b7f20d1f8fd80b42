"""Code spans as CommonMark pairs them: a run of backticks with the next run as long.

Two readers ask where a text's code spans are — the markup reader (``markup.py``: markup in
code is shown as written) and the backslash reader (``verbatim.py``: a backslash in code is
printed) — and pair the runs alike; each says for itself what may stand between.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["code_spans"]


def code_spans(
    runs: Sequence[tuple[int, int]], within: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """The code spans of the backtick runs ``runs`` (spans, in order): each run opens one that
    ends with the next run of its length, if ``within(start, closer_start)`` allows (a
    paragraph's end between, for one reader); the runs inside a span open none.  Each run is
    looked at once (the next run of each length found from the end)."""
    closer = [-1] * len(runs)
    following: dict[int, int] = {}  # a run's length → the index of the next run as long
    for index in range(len(runs) - 1, -1, -1):
        size = runs[index][1] - runs[index][0]
        closer[index] = following.get(size, -1)
        following[size] = index
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        end = closer[index]
        if end < 0 or (within is not None and not within(runs[index][0], runs[end][0])):
            index += 1
            continue
        spans.append((runs[index][0], runs[end][1]))
        index = end + 1
    return spans
