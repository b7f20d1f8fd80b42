"""Where Markdown prints a backslash as written: code and raw HTML, no paragraph text.

The fold drops a backslash at a line's end (a hard line break) and reads an escaped pipe
between digits as a slash (``138\\|1234``), as a Markdown paragraph shows them (red team 94).
CommonMark reads no escape in a code span (`` `内部\\⏎资料` `` shows ``内部\\ 资料``), in
fenced or indented code, or in a raw HTML block (``<pre>``, ``<p>``, ``<div>`` lines): the
page prints the backslash there, and the text stays as it is written (review 59's items 5
and 6).  Code as CommonMark reads it (review 61's A3–A6): the code spans of ``backticks.py``
(an escaped backtick opens none, none crosses a paragraph's end), indented code that is no list
item's own indent (``- 说明⏎⏎    内部\\⏎    资料`` is the item's paragraph), and no escaped
pipe of a GFM table's row (the table reads ``\\|`` as a pipe, in code too).  Read only for the
texts that hold such a backslash, in one pass over the lines.
"""

from __future__ import annotations

import bisect
import re

from govpub.compliance.folding.backticks import code_spans
from govpub.compliance.folding.gfm_tables import starts_table
from govpub.compliance.folding.html_blocks import in_html_blocks
from govpub.compliance.folding.tables import LINE_SEPARATORS
from govpub.compliance.regex_cache import regex

__all__ = ["PrintedBackslashes", "in_code"]

_FENCE = regex(r" {0,3}(`{3,}+|~{3,}+)")
_LIST_ITEM = regex(r"([ \t]*+)(?:[-+*]|[0-9]{1,9}[.)])(?:([ \t]++)(?=\S)|[ \t]*+$)")
# A GFM table's rows run from its header (:func:`~.gfm_tables.starts_table`) to a blank line
_BLANK_AFTER = regex(r"\n[ \t]*+(?=\n|\Z)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The backslashes a Markdown paragraph reads otherwise than code: a line's end, a pipe
# between digits
_PARAGRAPH_BACKSLASH = regex(rf"\\(?=[\r\n{LINE_SEPARATORS}])|(?<=[0-9])\\\|(?=[0-9])")


class PrintedBackslashes:
    """The backslashes of a text that a paragraph reads and code prints: found at the first
    asked about, for the whole text at once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._printed: set[int] | None = None

    def printed(self, at: int) -> bool:
        """Whether the backslash at ``at`` is one of them, printed where it stands."""
        if not _PARAGRAPH_BACKSLASH.match(self.text, at):
            return False
        if self._printed is None:
            places = [found.start() for found in _PARAGRAPH_BACKSLASH.finditer(self.text)]
            self._printed = printed_as_written(self.text, places)
        return at in self._printed


def in_code(text: str, places: list[int]) -> set[int]:
    """Of the places ``places`` in ``text``, those in a code span or a fenced or indented
    code block, where Markdown prints markup and character references as written."""
    blocks, spans = _code(text)
    return {at for at in places if blocks.hold(at) or spans.hold(at)}


def _code(text: str) -> tuple[_Stretches, _Stretches]:
    """The code blocks and the code spans of ``text``, apart: a table reads ``\\|`` in a
    span as a pipe, in a block as written."""
    return _Stretches(_code_blocks(text)), _Stretches(code_spans(text))


def printed_as_written(text: str, places: list[int]) -> set[int]:
    """Of the places ``places`` (ascending) in ``text``, those in code or a raw HTML block: in a
    code block, or in a code span but for an escaped pipe in a table's row."""
    blocks, spans = _code(text)
    rows = _Stretches(_table_rows(text) if "|" in text else [])
    found = set()
    for at in places:
        if blocks.hold(at) or (
            spans.hold(at) and not (rows.hold(at) and text.startswith("\\|", at))
        ):
            found.add(at)
    lowered = text.translate(_ASCII_LOWER)  # (the block's tag names, as folded: one for one)
    found.update(start for start, _ in in_html_blocks(lowered, [(at, at + 1) for at in places]))
    return found


class _Stretches:
    """Stretches of a text that do not overlap, in order, asked whether one holds an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def hold(self, at: int) -> bool:
        """Whether one of them holds the offset ``at``."""
        index = bisect.bisect_right(self.starts, at) - 1
        return index >= 0 and at < self.spans[index][1]


def _table_rows(text: str) -> list[tuple[int, int]]:
    """The GFM tables of ``text`` as spans: from the header above a delimiter row to the next
    blank line (or the text's end)."""
    rows: list[tuple[int, int]] = []
    header, start = 0, 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if (
            start > 0
            and (not rows or rows[-1][1] < start)
            and starts_table(text[header : start - 1], text[start:end])
        ):
            blank = _BLANK_AFTER.search(text, end)
            rows.append((header, len(text) if blank is None else blank.start()))
        header, start = start, end + 1
    return rows


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """The fenced and indented code blocks of ``text``, as spans."""
    blocks: list[tuple[int, int]] = []
    fence = ""  # the open fence's backticks or tildes
    fence_start = -1
    after_blank = True  # an indented line after a blank line (or the first) is code
    items: list[int] = []  # the open list items' content indents, innermost last
    start = 0
    length = len(text)
    while start <= length:
        end = text.find("\n", start)
        end = length if end == -1 else end
        line = text[start:end]
        if fence:
            closing = _FENCE.match(line)
            if closing and closing.group(1).startswith(fence) and not line[closing.end() :].strip():
                blocks.append((fence_start, end))
                fence = ""
        elif (
            (opening := _FENCE.match(line))
            and not (opening.group(1)[0] == "`" and "`" in line[opening.end() :])
            and not _heads_a_table(text, line, end)
        ):
            fence, fence_start = opening.group(1), start
        elif line.strip():
            indent = _width(line, len(line) - len(line.lstrip(" \t")))
            if after_blank:
                while items and indent < items[-1]:
                    items.pop()  # (the items it is not indented for end)
            if after_blank and indent >= (items[-1] if items else 0) + 4:
                blocks.append((start, end))
                start = end + 1
                continue  # (the next indented line goes on with the code)
            if item := _LIST_ITEM.match(line):
                while items and indent < items[-1]:
                    items.pop()
                items.append(_content_indent(line, item))
        after_blank = not line.strip()
        start = end + 1
    if fence:
        blocks.append((fence_start, length))  # an unclosed fence runs to the end
    return blocks


def _heads_a_table(text: str, line: str, end: int) -> bool:
    """Whether ``line`` (ending at ``end`` in ``text``) is a GFM table's header row: the
    renderer tries a table before a fence, so a fence's line with a pipe over a delimiter
    row of as many cells opens a table (a property test's find against markdown-it)."""
    if "|" not in line or end >= len(text):
        return False
    next_end = text.find("\n", end + 1)
    return starts_table(line, text[end + 1 : len(text) if next_end == -1 else next_end])


def _width(line: str, length: int) -> int:
    """The columns of the first ``length`` characters of ``line`` (a tab to the next stop of 4)."""
    return len(line[:length].expandtabs(4))


def _content_indent(line: str, item: re.Match[str]) -> int:
    """The content indent of the list item ``item`` on ``line``: its marker's end and the spaces
    after (one, when there are five or more: the content is then indented code)."""
    marker_end = item.end(1) + len(item.group().strip(" \t"))
    spaces = _width(line, item.end()) - _width(line, marker_end)
    return _width(line, marker_end) + (spaces if 1 <= spaces <= 4 else 1)
