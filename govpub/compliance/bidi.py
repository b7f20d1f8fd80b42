"""Text a page shows reversed: a right-to-left override (U+202E) hides an address.

Between U+202E RIGHT-TO-LEFT OVERRIDE and the end of its embedding — the matching
U+202C POP DIRECTIONAL FORMATTING, or the end of the paragraph — every character is
laid out right to left (UAX #9, rule X6).  So ``\\u202ex/nc.t//:sptth\\u202c`` shows
``https://t.cn/x``: the text holds the address backwards, no link scanner finds it
(and no platform links it), and the reader sees and types the address.  The fold
drops the control as it drops every invisible character; :func:`overridden_runs`
gives each overridden run as the reader sees it, to be read again by the link rules.

A page shows a bracket of an overridden run mirrored (UAX #9, rule L4: ``(`` as ``)``),
so ``\u202e（开公予不件此）`` shows ``（此件不予公开）``: the runs are given with their
brackets mirrored too, and :func:`unmirrored` turns them back, for the words inside are read
whichever way the brackets face (red team 56).  An HTML comment inside a run is no part of
it: the page drops it before laying the run out (``\u202e）开<!-- -->公不件此（`` shows
``（此件不公开）``; reversed with the run, it would no longer be a comment: red team 74).
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["RLO", "overridden_runs", "unmirrored"]

RLO = "\u202e"
_OPENERS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: each pushes a level
_POP = "\u202c"  # PDF
_PARAGRAPH_ENDS = frozenset("\n\r\u2028\u2029\x1c\x1d\x1e\x85")  # where every embedding ends
# The paired brackets (Bidi_Mirroring_Glyph) a post may hold, each shown as the other.
_PAIRS = "()[]{}<>（）［］｛｝＜＞【】「」『』《》〈〉〔〕〖〗〘〙〚〛«»‹›⁅⁆⸨⸩"
_MIRROR = str.maketrans(_PAIRS[0::2] + _PAIRS[1::2], _PAIRS[1::2] + _PAIRS[0::2])
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"


def _uncommented(content: str) -> str:
    """``content`` without the HTML comments a page does not show.  Sought with
    ``str.find``: a regular expression sought the end of the text again from each unclosed
    ``<!--`` (80,000 characters of them took 9.6 s: review 33); an unclosed one is kept."""
    start = content.find(_COMMENT_OPEN)
    if start == -1:
        return content
    pieces, position = [], 0
    while start != -1:
        close = content.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if close == -1:
            break  # (no comment closes after this one, nor after any later one)
        pieces.append(content[position:start])
        position = close + len(_COMMENT_CLOSE)
        start = content.find(_COMMENT_OPEN, position)
    pieces.append(content[position:])
    return "".join(pieces)


def overridden_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, shown)`` of every run a U+202E overrides, outermost runs only.

    ``[start, end)`` is the run in ``text`` with its controls (the U+202E, and the
    U+202C that ends it if one does); ``shown`` is its content in the order a page
    shows it, brackets mirrored, HTML comments dropped, the controls inside left in (the fold
    drops them).
    """
    at = text.find(RLO)
    while at != -1:
        depth, end, content_end = 1, at + 1, -1
        while end < len(text) and text[end] not in _PARAGRAPH_ENDS:
            char = text[end]
            end += 1
            if char in _OPENERS:
                depth += 1
            elif char == _POP:
                depth -= 1
                if not depth:
                    content_end = end - 1  # (the PDF that ends the run is no content)
                    break
        shown = _uncommented(text[at + 1 : end if content_end < 0 else content_end])[::-1]
        yield at, end, shown.translate(_MIRROR)
        at = text.find(RLO, end)


def unmirrored(shown: str) -> str:
    """``shown`` with its brackets turned back as the text stores them: the run read as if the
    page did not mirror them (``）此件不公开（`` → ``（此件不公开）``), the same text when it
    holds none."""
    return shown.translate(_MIRROR)
