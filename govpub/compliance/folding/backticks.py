"""Code spans as CommonMark pairs them: a run of backticks with the next run as long, in its
paragraph.

Two readers ask where a text's code spans are — the markup reader (``markup.py``: markup in
code is shown as written) and the backslash reader (``verbatim.py``: a backslash in code is
printed) — and pair the runs alike, as CommonMark does (review 61's A2–A4):

* a backslash-escaped backtick is a literal one and opens no span (``\\`内部\\⏎资料\\```
  shows a hard break between two backticks), though a run after a backslash may close one
  (in code a backslash is literal: `` `\\` `` is a code span holding ``\\``);
* a span stays in its paragraph: a blank line, a heading, a thematic break, a setext
  underline, a fence, the start of a block quote or of a list item ends it, and so does a GFM
  table's header row (each of a table's rows is read on its own), and a run with no run as
  long after it in its paragraph is a literal backtick.

Where a line may or may not end a paragraph (a list marker after a number other than 1, an
indented marker), it is taken to end one: fewer spans, so a backslash is read as a paragraph
reads it.
"""

from __future__ import annotations

import bisect

from govpub.compliance.folding.gfm_tables import starts_table
from govpub.compliance.regex_cache import regex

__all__ = ["code_spans", "paragraph_breaks"]

_BACKTICKS = regex(r"`++")
# A line's container markers — block quotes' and list items' (a list item starts a block, and
# its paragraph goes on over the lines after) — then what starts a block of one line (a blank
# line, a heading, a thematic break, a setext underline) or a fence
_CONTAINERS = regex(r"(?:[ \t]*+(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)))*+")
_BLOCK_START = regex(
    r"[ \t]*+(?:"
    r"(?P<blank>$)"
    r"|#{1,6}(?:[ \t]|$)"  # an ATX heading
    r"|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|-[ \t-]*$|=+[ \t]*$"  # a thematic break, a setext line
    r"|`{3,}(?=[^`]*$)|~{3,}"  # a fence (a backtick fence's info string holds no backtick)
    r")"
)
# A line of indented code (after a blank line or another): no paragraph goes on over it
_INDENTED = regex(r"(?: {4}| {0,3}\t)[ \t]*+\S")


def code_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The code spans of ``text`` from ``start`` to ``end`` (spans, in order): each unescaped
    run opens one that ends with the next run of its length in its paragraph; the runs inside
    a span open none.  Each run is looked at once (the next run of each length found from the
    end), each line once."""
    end = len(text) if end is None else end
    runs = [match.span() for match in _BACKTICKS.finditer(text, start, end)]
    if len(runs) < 2:
        return []
    breaks = paragraph_breaks(text, start, end)
    spans: list[tuple[int, int]] = []
    first = 0
    for last in _paragraph_ends(runs, breaks):
        spans += _paired(text, runs[first:last])
        first = last
    return spans


def _paragraph_ends(runs: list[tuple[int, int]], breaks: list[int]) -> list[int]:
    """The indexes that end each paragraph's runs in ``runs``: a run's paragraph is the number
    of breaks at or before it."""
    ends, paragraph = [], 0
    for index, (run_start, _) in enumerate(runs):
        here = bisect.bisect_right(breaks, run_start)
        if here != paragraph:
            ends.append(index)
            paragraph = here
    ends.append(len(runs))
    return ends


def _paired(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The code spans of one paragraph's runs: a run after an odd number of backslashes opens
    with its backticks but the first (none, for a single one), and closes with all."""
    closer = [-1] * len(runs)
    following: dict[int, int] = {}  # a run's length → the index of the next run as long
    for index in range(len(runs) - 1, -1, -1):
        run_start, run_end = runs[index]
        size = run_end - run_start - _escaped(text, run_start)
        closer[index] = following.get(size, -1) if size else -1
        following[run_end - run_start] = index
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        end = closer[index]
        if end < 0:
            index += 1
            continue
        spans.append((runs[index][0] + _escaped(text, runs[index][0]), runs[end][1]))
        index = end + 1
    return spans


def _escaped(text: str, at: int) -> int:
    """1 when the character at ``at`` stands after an odd run of backslashes, else 0 (each
    backslash run is read for the one backtick run after it)."""
    before = at
    while before > 0 and text[before - 1] == "\\":
        before -= 1
    return (at - before) % 2


def paragraph_breaks(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets in ``text`` (from ``start`` to ``end``) that no code span crosses: the
    start of each line that begins a block (see ``_BLOCK_START``, a list item, a block quote:
    a line with more quote markers than the one before, a line of indented code), and the end
    of each such line but a list item's whose paragraph goes on."""
    end = len(text) if end is None else end
    breaks: list[int] = []
    depth = 0  # the line before's quote markers
    code = True  # whether an indented line here is code (after a blank line or code)
    table = False  # whether this line is a GFM table's row (a blank line or a block ends it)
    line_start = start
    while line_start <= end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end == -1 else line_end
        containers = _CONTAINERS.match(text, line_start, line_end)
        markers = "" if containers is None else containers.group()  # (it matches "" too)
        after = line_start + len(markers)
        level, item = markers.count(">"), markers.strip(" \t>") != ""
        code = code and _INDENTED.match(text, after, line_end) is not None
        block = _BLOCK_START.match(text, after, line_end)
        table = (table and block is None) or _header_row(text, after, line_end, end)
        if block is not None or item or level > depth or code or table:
            breaks.append(line_start)
            if block is not None or code or table:
                breaks.append(line_end)  # (a one-line block: the next line is a new one)
        depth = level
        code = code or (block is not None and block.group("blank") is not None)
        line_start = line_end + 1
    return breaks


def _header_row(text: str, start: int, end: int, text_end: int) -> bool:
    """Whether the line from ``start`` to ``end`` is a GFM table's header row: a pipe in it,
    and a delimiter row of as many cells on the next line (its container markers aside)."""
    if "|" not in text[start:end] or end >= text_end:
        return False
    next_end = text.find("\n", end + 1, text_end)
    next_end = text_end if next_end == -1 else next_end
    containers = _CONTAINERS.match(text, end + 1, next_end)
    after = end + 1 + (0 if containers is None else len(containers.group()))
    return starts_table(text[start:end], text[after:next_end])
