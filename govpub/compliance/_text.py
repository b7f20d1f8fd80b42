"""Text folding for matching, and excerpts for findings.

Rules match on a *folded* copy of each field: compatibility forms are mapped to
their plain form (full-width letters and digits, CJK compatibility ideographs,
Kangxi radicals, circled ideographs such as ``㊙`` → ``秘``, star variants → ``★``),
ASCII is lower-cased, and invisible format characters (zero-width space, soft
hyphen, BOM) are dropped — so that ``１３８…``, ``ＳＥＣＲＥＴ`` or ``机\u200b密★``
cannot slip past a rule (rules.md §7: "normalise first").

Why not plain ``unicodedata.normalize("NFKC", text)``: it changes lengths
(``…`` → ``...``), and every finding must point at a character offset in the
text the editor wrote.  Folding here is *length-preserving* except for the
dropped format characters, and when those occur a small offset map takes
positions back to the original.  Full-width punctuation (``，：（）``) is left as
it is — it is in almost every Chinese sentence, folding it would cost a pass
over the whole text, and the patterns accept both forms instead.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

__all__ = [
    "CJK_IDEOGRAPHS",
    "Folded",
    "excerpt",
    "fold",
    "fold_term",
]

#: CJK ideographs (URL scanning stops at these; term lists are mostly made of them).
CJK_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"

# Frequent full-width punctuation and the ideographic space stay as written (see above).
_KEEP = set(range(0xFF01, 0xFF10)) | set(range(0xFF1A, 0xFF21)) | set(range(0xFF3B, 0xFF41))
_KEEP |= set(range(0xFF5B, 0xFF66)) | {0x3000}
_STARS = "☆✩✪✫✬✭✮✯✰⭐⋆"
_DOTS = "•‧∙⋅・"
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP_RE = re.compile(f"[{_DROPPED}]")


@cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    """The one-to-one compatibility map and a regex that finds its keys (built once)."""
    table: dict[str, str] = {}
    ranges = [range(0xA0, 0x3400), range(0xF900, 0xFB00), range(0xFE30, 0x10000)]
    for block in ranges:
        for cp in block:
            if cp in _KEEP:
                continue
            char = chr(cp)
            mapped = unicodedata.normalize("NFKC", char)
            if mapped != char and len(mapped) == 1:
                table[char] = mapped
    for star in _STARS:
        table[star] = "★"
    for dot in _DOTS:
        table[dot] = "·"
    keys = "".join(sorted(table))
    return table, re.compile(f"[{re.escape(keys)}]")


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and, when characters were dropped, the way back to original offsets."""

    text: str
    _starts: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()

    def original(self, index: int) -> int:
        """The offset in the original text of folded offset ``index``."""
        if not self._starts:
            return index
        at = bisect.bisect_right(self._starts, index) - 1
        return index + (self._shifts[at] if at >= 0 else 0)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; see the module docstring."""
    table, finder = _table()
    if finder.search(text) is not None:
        text = finder.sub(lambda m: table[m.group()], text)
    lowered = text.lower()
    if len(lowered) == len(text):
        text = lowered
    else:  # a few letters (e.g. "İ") lower-case to two characters: fold ASCII only
        text = re.sub(r"[A-Z]+", lambda m: m.group().lower(), text)
    if _DROP_RE.search(text) is None:
        return Folded(text)
    pieces: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    position = 0
    for dropped, match in enumerate(_DROP_RE.finditer(text), 1):
        pieces.append(text[position : match.start()])
        position = match.end()
        starts.append(match.start() - dropped + 1)
        shifts.append(dropped)
    pieces.append(text[position:])
    return Folded("".join(pieces), tuple(starts), tuple(shifts))


def fold_term(term: str) -> str:
    """A term folded the way texts are, so that it matches their folded form."""
    return fold(term.strip()).text


_EXCERPT_WIDTH = 12
_WHITESPACE = re.compile(r"\s+")


def excerpt(
    text: str,
    start: int,
    end: int,
    masks: list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...] = (),
    *,
    width: int = _EXCERPT_WIDTH,
) -> str:
    """The match ``text[start:end]`` with up to ``width`` characters of context each side.

    ``masks`` are ``(start, end, replacement)`` spans of personal data in ``text``;
    every one that overlaps the excerpt is replaced, so an excerpt never shows a
    raw ID or phone number (rules.md §9: "report the masked excerpt only").
    """
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    for m_start, m_end, _ in masks:  # widen so that a mask is never cut in half
        if m_start < lo < m_end:
            lo = m_start
        if m_start < hi < m_end:
            hi = m_end
    window = text[lo:hi]
    for m_start, m_end, replacement in sorted(masks, reverse=True):
        if m_end <= lo or m_start >= hi:
            continue
        window = window[: m_start - lo] + replacement + window[m_end - lo :]
    window = _WHITESPACE.sub(" ", window)
    return ("…" if lo > 0 else "") + window + ("…" if hi < len(text) else "")
