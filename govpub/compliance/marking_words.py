"""The words of markings that one separator does not split: ``内部·资料`` reads as 内部资料.

The fold keeps one separator between two words of two or more ideographs, because
that is how names and pairs are written (``马克·吐温``, ``北京-上海``, ``内部-控制``).
A marking split that way (``内部·资料``, ``不得-外传``, ``此件·不予公开``) would then
pass, so the fold asks here whether the words either side of such a separator join
into a marking word — the internal-use markers, the notes 注意保存/注意保密, the
sensitive terms, the words of 公开属性 notes and the built-in wording lists (``小·编``,
``必须·转发``; ``data/*.txt``), and the prose phrases that excuse a marking's words
(``内部资料性出版⏎物``) — and only then joins them.  Only at separators the fold
already looked at: no pass of its own.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["joins_marking", "listed_apart", "marking_words"]

_FILES = (
    "internal_markers.txt",
    "internal_notes.txt",
    "sensitive_markers.txt",
    "marking_words.txt",
    "opinion_words.txt",
    "forced_engagement.txt",
    "ad_wording.txt",
    # the prose phrases that excuse a marking's words, so that a line wrapped inside one
    # (内部资料性出版⏎物, as text pasted from a PDF has it) still excuses them
    "prose_phrases.txt",
)


@cache
def marking_words() -> tuple[frozenset[str], int]:
    """The words (simplified, as the fold leaves them) and the length of the longest."""
    from govpub.compliance.wording import parse_term_list  # noqa: PLC0415 - on first use

    data = resources.files("govpub.compliance") / "data"
    words = frozenset(
        term
        for name in _FILES
        for term, _ in parse_term_list((data / name).read_text(encoding="utf-8"))
    )
    return words, max(map(len, words))


@cache
def _seams() -> frozenset[str]:
    """Every pair of neighbouring characters in a marking word (``内部资料``: 内部, 部资, 资料)."""
    words, _ = marking_words()
    return frozenset(word[cut - 1 : cut + 1] for word in words for cut in range(1, len(word)))


def joins_marking(text: str, start: int, end: int) -> bool:
    """Whether a marking word starts before ``text[start:end]`` (a separator) and ends after."""
    if start == 0 or end >= len(text) or text[start - 1] + text[end] not in _seams():
        return False  # most separators (every line break after a heading): one set lookup
    words, longest = marking_words()
    left, right = text[max(0, start - longest + 1) : start], text[end : end + longest - 1]
    return any(
        left.endswith(word[:cut]) and right.startswith(word[cut:])
        for word in words
        for cut in range(1, len(word))
    )


# The marks a list or a sentence puts between its items, which the fold keeps (``省、市、县``,
# ``1,2,3``, a bullet ``●``): between *every* character of a marker of four or more they list
# no items but spell the marker out (``内、部、资、料``).  Listed as terms rather than folded
# away: the terms' one pass finds them at no cost of its own, and ``省、市、县`` stays as written.
_LIST_MARKS = "、，,；;●○◆◇■□▲△"


def listed_apart(word: str) -> list[str]:
    """``word`` with each list mark between all its characters (``内、部、资、料``); none for a
    word shorter than four ideographs, where the marks list items (``机、密``)."""
    if len(word) < 4 or not all("\u3400" <= char <= "\u9fff" for char in word):
        return []
    return [mark.join(word) for mark in _LIST_MARKS]
