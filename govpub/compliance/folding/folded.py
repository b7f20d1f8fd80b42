"""The folded text and the way back to the text as written: :class:`Folded`.

Each pass that removes characters records their offsets in the text as written;
:func:`_offset_map` makes of them the map that :class:`Folded` holds, and
:func:`_drop` is how a pass removes spans and records them.  Apart because every
pass of the fold uses it, and it uses none of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Folded", "back_to_written"]


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and the way back to offsets in the text as written.

    ``_starts[k]`` is the folded offset from which ``_shifts[k]`` characters of the
    original lie before the folded character (characters that were removed).
    """

    text: str
    _starts: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()
    #: ``text`` with the layout attributes it blanks (:mod:`.attributes`),
    #: the same length; ``None`` when it blanks none.
    tagged_text: str | None = None

    @property
    def tagged(self) -> str:
        """The folded text with every attribute of its tags: what the link scanner reads, so
        that an address in any attribute is found (``text`` is what the text rules read)."""
        return self.text if self.tagged_text is None else self.tagged_text

    @property
    def identity(self) -> bool:
        """Whether folded offsets are original offsets (nothing was removed)."""
        return not self._starts

    @property
    def removals(self) -> tuple[int, ...]:
        """The folded offsets right before which characters of the original were removed."""
        return self._starts

    def removed_offsets(self) -> list[int]:
        """The offsets in the original text of the characters removed, ascending (what
        :func:`_offset_map` made the map of)."""
        removed: list[int] = []
        before = 0  # characters removed before the current start
        for start, shift in zip(self._starts, self._shifts, strict=True):
            removed.extend(range(start + before, start + shift))
            before = shift
        return removed

    def original(self, index: int) -> int:
        """The offset in the original text of folded offset ``index``."""
        if not self._starts:
            return index
        at = bisect.bisect_right(self._starts, index) - 1
        return index + (self._shifts[at] if at >= 0 else 0)

    def folded_index(self, index: int) -> int:
        """The folded offset of original offset ``index``: of the character itself, or of
        the next one kept when it was removed (the inverse of :meth:`original`)."""
        return self.folded_indexes([index])[0]

    def folded_indexes(self, indexes: Sequence[int]) -> list[int]:
        """:meth:`folded_index` of each of ``indexes``, which are in order, in one walk of the
        map: a text of thousands of emoji asked a bisection (with a key) of each."""
        starts, shifts = self._starts, self._shifts
        if not starts:
            return list(indexes)
        out: list[int] = []
        at = 0  # (the k-th removal's first kept character is original starts[k] + shifts[k])
        for index in indexes:
            while at < len(starts) and starts[at] + shifts[at] <= index:
                at += 1
            folded = index - (shifts[at - 1] if at else 0)
            out.append(min(folded, starts[at]) if at < len(starts) else folded)
        return out

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded ``[start, end)`` → the original characters it came from.

        Removed characters inside the span are included (so that stripping takes
        ``tao\\u200bbao``); those just before or after it are not.
        """
        if not self._starts:
            return start, end
        if end <= start:
            at = self.original(start)
            return at, at
        return self.original(start), self.original(end - 1) + 1


def back_to_written(removed: Sequence[int]) -> Folded:
    """The way back from a text with the ascending original offsets ``removed`` gone to the
    text as written (its :meth:`Folded.original`; no text of its own)."""
    return Folded("", *_offset_map(removed))


def _offset_map(removed: Sequence[int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """``Folded``'s map from the ascending original offsets of removed characters."""
    starts: list[int] = []
    shifts: list[int] = []
    for count, at in enumerate(removed, 1):
        start = at - count + 1  # the folded offset of the next character kept
        if starts and starts[-1] == start:
            shifts[-1] = count
        else:
            starts.append(start)
            shifts.append(count)
    return tuple(starts), tuple(shifts)


def _drop(
    folded: str,
    removed: list[int],
    find: Callable[[str], tuple[list[tuple[int, int]], dict[int, str]]],
) -> str:
    gaps, shown = find(folded)
    if not gaps:
        return folded
    pieces: list[str] = []
    position = 0
    dropped: list[int] = []
    for first, end in sorted(gaps):
        start = max(first, position)
        pieces.append(folded[position:start])
        dropped.extend(range(start, end))
        position = max(position, end)
    pieces.append(folded[position:])
    if shown:  # each "&" that stays stands for its character
        kept = back_to_written(dropped)
        chars = list("".join(pieces))
        # (only where they stand: a walk of every character asked two bisections of each,
        # 4 ms a post of 20,000 characters with a few &nbsp;)
        at = sorted(shown)
        for original, index in zip(at, kept.folded_indexes(at), strict=True):
            if index < len(chars) and kept.original(index) == original:
                chars[index] = shown[original]
        pieces = chars
    # offsets in `folded` → offsets in the original text, past the earlier removals
    earlier = back_to_written(removed)
    removed[:] = sorted([*removed, *(earlier.original(d) for d in dropped)])
    return "".join(pieces)
