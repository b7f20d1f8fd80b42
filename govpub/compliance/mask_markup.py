"""How a mask is written in a Markdown field: ``\\*`` where Markdown reads escapes, else ``*``.

A ``*`` of a mask in Markdown prose must be written ``\\*``, or two masks on a line
pair up as emphasis and the stars vanish.  But CommonMark shows raw HTML (an
``<table>`` block pasted from a spreadsheet, a tag's attribute) and code as written:
there a backslash is printed, and a reader of a 公示 sees ``370102\\*\\*\\*…``.  Which
is which is left to CommonMark's parser (markdown-it, the renderers' own, without their
table and linkify plugins: neither changes where an escape is read, and both cost): every
run of a mask is tagged with a private-use marker, the text is rendered once with ``\\*``,
and a run whose marker is still followed by a backslash is shown literally.  The same
question of the escapes an editor wrote (:func:`shown_escapes`) tells the link warnings
whether a bare address's ``\\.`` is read (``https://www\\.gov\\.cn/``, fix 89).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from govpub.compliance.folding.addresses import MD_ESCAPE
from govpub.compliance.regex_cache import regex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

__all__ = ["shown_escapes", "write_masks"]

#: Supplementary Private Use Area-A: one marker per run of a mask, never in a post.
_FIRST_MARKER = 0xF0000
_LAST_MARKER = 0xFFFFD


def write_masks(text: str, placeholder: str) -> str:
    """``text`` with each run of ``placeholder`` written as Markdown shows it as stars."""
    runs = list(re.finditer(f"{re.escape(placeholder)}+", text))
    if not runs:
        return text
    literal = _shown_literally(text, runs)
    pieces: list[str] = []
    last = 0
    for index, run in enumerate(runs):
        star = "*" if index in literal else "\\*"
        pieces += (text[last : run.start()], star * len(run.group()))
        last = run.end()
    pieces.append(text[last:])
    return "".join(pieces)


#: What a text needs before Markdown shows any of it as written: a tag, a code span or
#: fence, an indented line (a code block).  Without them every escape is read: no render.
_LITERAL_HINT = regex(r"[<`]|~~~|^(?: {4}|\t)", re.MULTILINE)


def _shown_literally(text: str, runs: list[re.Match[str]]) -> set[int]:
    """The runs whose escapes Markdown would print (raw HTML, code), by rendering once."""
    if _LITERAL_HINT.search(text) is None:
        return set()
    tagged: list[str] = []
    last = 0
    for index, run in enumerate(runs[: _LAST_MARKER - _FIRST_MARKER]):
        tagged += (text[last : run.start()], chr(_FIRST_MARKER + index), "\\*" * len(run.group()))
        last = run.end()
    tagged.append(text[last:])
    html = _commonmark().render("".join(tagged))
    return {
        index
        for index in range(min(len(runs), _LAST_MARKER - _FIRST_MARKER))
        if chr(_FIRST_MARKER + index) + "\\*" in html
    }


#: A marker in the rendered page, and the backslashes after it: still the one it was put
#: before, or for an escaped backslash both (one alone is the escaped one, printed).
_MARKED_BACKSLASH = regex(f"([{chr(_FIRST_MARKER)}-{chr(_LAST_MARKER)}])(\\\\{{1,2}})")


def shown_escapes(text: str) -> frozenset[int]:
    """The offsets in ``text`` of the backslashes of Markdown escapes that the page prints:
    in a code span or block, or in raw HTML, CommonMark reads no escape (``\\.`` shows as
    written).  Elsewhere the renderer drops them, as the fold does.

    Told as the masks' runs are (:func:`_shown_literally`): with none of code's or HTML's
    hints the answer is none, without a render; else each escape is tagged with a marker
    of its own, the text is rendered once, and the markers still followed by a backslash
    name the escapes printed.  Escapes past the markers' count are read as the fold reads
    them (dropped).  Linear: one render, one search of the page.
    """
    if "\\" not in text or _LITERAL_HINT.search(text) is None:
        return frozenset()
    starts: list[int] = []
    tagged: list[str] = []
    last = 0
    for index, escape in enumerate(MD_ESCAPE.finditer(text)):
        if index > _LAST_MARKER - _FIRST_MARKER:
            break
        at = escape.start()
        tagged += (text[last:at], chr(_FIRST_MARKER + index))
        starts.append(at)
        last = at
    if not starts:
        return frozenset()
    tagged.append(text[last:])
    page = _commonmark().render("".join(tagged))
    shown: set[int] = set()
    for found in _MARKED_BACKSLASH.finditer(page):
        index = ord(found.group(1)) - _FIRST_MARKER
        if index < len(starts):
            at = starts[index]
            if len(found.group(2)) == (2 if text[at + 1] == "\\" else 1):
                shown.add(at)
    return frozenset(shown)


@cache
def _commonmark() -> MarkdownIt:
    """CommonMark with raw HTML passed through, as the renderers parse it."""
    # markdown-it is needed on the mask path only: import govpub stays lean
    from markdown_it import MarkdownIt  # noqa: PLC0415

    return MarkdownIt("commonmark", {"html": True})
