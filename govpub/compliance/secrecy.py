"""保密关: the 密级 markings a post carries (``机密★10年``, ``密级：秘密``, ``（绝密）``).

"泄露国家秘密" is a 单项否决 item of the inspection regime (国办秘函〔2019〕19号): a
marking on a post blocks it (``secrecy.marking``).  The forms a marking takes are one
expression, :data:`MARKING`; this module searches it where a marking can
stand — the lines around a 密, a star or a stand-in (:func:`_markings`) — and drops the
matches a page writes as prose (:func:`.marking_prose.marking_in_prose`: a work's title,
a word quoted, a slogan's star, a rating, a lesson's list of levels, a 考务 rule's level
of an exam's secrets, a declassified record's former level).  In file names ``绝密`` and
``机密`` count anywhere (file names are not prose).

The internal-use markers (内部资料、不得外传…) are literal terms and are matched by the
policy's one Aho-Corasick automaton (:mod:`govpub.compliance.wording`), not here; where
prose says them of a thing, :mod:`.handled_materials` and :mod:`.marker_subjects` tell.
注意保存 and 注意保密 are markers only as a note, which :mod:`.internal_notes` finds.  The
公文 elements that only warn (份号, 紧急程度, 签发人, 版记) are
:mod:`govpub.compliance.document_elements`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from govpub.compliance._text import without_tags
from govpub.compliance.holds import occurrences
from govpub.compliance.marking_forms import MARKING
from govpub.compliance.marking_prose import marking_in_prose
from govpub.compliance.marking_words import standin_level_keys
from govpub.compliance.regex_cache import regex
from govpub.compliance.spans import Spans

__all__ = ["Hit", "find_markings"]

_FILENAME_MARKING = regex(r"绝\s?密|机\s?密")
Hit = tuple[int, int]


def find_markings(folded: str, *, filename: bool = False) -> Iterator[Hit]:
    """Spans of 密级 markings in a folded text (or a file name, where bare 绝密/机密 count)."""
    # every marking holds a key (an English one its field's name): skip most texts
    keys = _keys_at(folded)
    if not keys:
        return
    spans: list[Hit] = []
    for match in _markings(folded, keys):
        start, end = without_tags(folded, match.start(), match.end())
        if marking_in_prose(folded, start, end):
            continue
        # "密级：" then "机密★" right after it: one marking, one finding (not across lines)
        if spans and (
            start < spans[-1][1]
            or (start == spans[-1][1] and "\n" not in folded[start - 1 : start])
        ):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    yield from spans
    if filename:
        marked = Spans(spans)
        for match in _FILENAME_MARKING.finditer(folded):
            if not marked.overlap(match.start(), match.end()):
                yield match.start(), match.end()


# What every match of :data:`MARKING` holds: a 密 (绝密, 密级, 保密等级), a star, the English
# field's name, or a stand-in for the 密 (:func:`~.marking_words.standin_level_keys`).
_MARKING_KEYS = ("密", "★", "classification")
# How far from such a key a match of :data:`MARKING` may reach (a field's name, a cell's gap, the
# level and its period: well under this), taken to whole lines and one line more on each side.
_MARKING_REACH = 300


def _markings(folded: str, keys: list[int] | None = None) -> Iterator[re.Match[str]]:
    """:data:`MARKING`'s matches (:mod:`.marking_forms`), as ``finditer`` over the whole text
    gives them, from searches of the lines around its keys only: the expression has
    alternatives that start at any line or tag and is tried at every position (≈ 2 ms in a
    20,000-character post that holds a 保密 or a 密切 anywhere); each of its matches holds a
    key (a window starts and ends at a line's bounds, as its ``^`` and ``$`` need; ``keys``:
    :func:`_keys_at`)."""
    for low, high in _windows(folded, _keys_at(folded) if keys is None else keys):
        yield from MARKING.finditer(folded, low, high)


def _keys_at(folded: str) -> list[int]:
    """Where :data:`_MARKING_KEYS` and the stand-ins' keys stand in ``folded``, in order."""
    keys = (*_MARKING_KEYS, *standin_level_keys())
    return sorted(at for key in keys for at in occurrences(folded, key))


def _windows(folded: str, keys: list[int]) -> list[tuple[int, int]]:
    """The stretches of whole lines within :data:`_MARKING_REACH` of each key and one line
    beyond, overlapping ones merged (the line breaks looked up by bisection: a long line of
    many keys is no search from each to its line's ends)."""
    breaks = [match.start() for match in _LINE_BREAK.finditer(folded)]
    size = len(folded)

    def line_start(at: int) -> int:  # (of the line holding offset at)
        index = bisect.bisect_left(breaks, at) - 1
        return breaks[index] + 1 if index >= 0 else 0

    def line_end(at: int) -> int:
        index = bisect.bisect_left(breaks, at)
        return breaks[index] if index < len(breaks) else size

    windows: list[tuple[int, int]] = []
    for key in keys:
        low = line_start(max(0, key - _MARKING_REACH))
        low = line_start(low - 1) if low > 0 else 0
        high = line_end(min(size, key + _MARKING_REACH))
        high = line_end(high + 1) if high < size else size
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


_LINE_BREAK = regex("\n")
