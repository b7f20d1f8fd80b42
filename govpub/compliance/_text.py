"""Excerpts for findings, and the names other modules take from here.

Folding (matching on a normalised copy of the text, with offsets that point back
at the text as written) lives in :mod:`govpub.compliance.folding`; ``fold``,
``fold_term`` and ``Folded`` are re-exported here for the modules that import
them from this place.
"""

from __future__ import annotations

import re

from govpub.compliance.folding import Folded, fold, fold_term

__all__ = [
    "CJK_IDEOGRAPHS",
    "Folded",
    "excerpt",
    "fold",
    "fold_term",
]

#: CJK ideographs (URL scanning stops at these; term lists are mostly made of them).
CJK_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"

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
