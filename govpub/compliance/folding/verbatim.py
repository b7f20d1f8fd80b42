"""Where Markdown prints a backslash as written: code and raw HTML, no paragraph text.

The fold drops a backslash at a line's end (a hard line break) and reads an escaped pipe
between digits as a slash (``138\\|1234``), as a Markdown paragraph shows them (red team 94).
CommonMark reads no escape in a code span (`` `内部\\⏎资料` `` shows ``内部\\ 资料``), in
fenced or indented code, or in a raw HTML block (``<pre>``, ``<p>``, ``<div>`` lines): the
page prints the backslash there, and the text stays as it is written (review 59's items 5
and 6).  Read only for the texts that hold such a backslash, in one pass over the lines.
"""

from __future__ import annotations

import bisect

from govpub.compliance.folding.backticks import code_spans
from govpub.compliance.folding.markup import in_html_blocks
from govpub.compliance.folding.tables import LINE_SEPARATORS
from govpub.compliance.regex_cache import regex

__all__ = ["PrintedBackslashes", "in_code"]

_FENCE = regex(r" {0,3}(`{3,}+|~{3,}+)")
_INDENTED = regex(r"(?: {4}| {0,3}\t)")
_BACKTICKS = regex(r"`++")
_BLANK_LINE = regex(r"\n[ \t]*+(?=\n|\Z)")
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
    code = _code_blocks(text) + _code_spans(text)
    code.sort()
    starts = [start for start, _ in code]
    found = set()
    for at in places:
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0 and at < code[index][1]:
            found.add(at)
    return found


def printed_as_written(text: str, places: list[int]) -> set[int]:
    """Of the places ``places`` (ascending) in ``text``, those in code or a raw HTML block."""
    found = in_code(text, places)
    lowered = text.translate(_ASCII_LOWER)  # (the block's tag names, as folded: one for one)
    found.update(start for start, _ in in_html_blocks(lowered, [(at, at + 1) for at in places]))
    return found


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """The fenced and indented code blocks of ``text``, as spans."""
    blocks: list[tuple[int, int]] = []
    fence = ""  # the open fence's backticks or tildes
    fence_start = -1
    after_blank = True  # an indented line after a blank line (or the first) is code
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
        elif (opening := _FENCE.match(line)) and not (
            opening.group(1)[0] == "`" and "`" in line[opening.end() :]
        ):
            fence, fence_start = opening.group(1), start
        elif after_blank and line.strip() and _INDENTED.match(line):
            blocks.append((start, end))
            start = end + 1
            continue  # (the next indented line goes on with the code)
        after_blank = not line.strip()
        start = end + 1
    if fence:
        blocks.append((fence_start, length))  # an unclosed fence runs to the end
    return blocks


def _code_spans(text: str) -> list[tuple[int, int]]:
    """The code spans of ``text``, each within a paragraph (no blank line inside)."""
    runs = [match.span() for match in _BACKTICKS.finditer(text)]
    if len(runs) < 2:
        return []
    blanks = [match.start() for match in _BLANK_LINE.finditer(text)]

    def within(start: int, closer: int) -> bool:
        blank = bisect.bisect_left(blanks, start)
        return not (blank < len(blanks) and blanks[blank] < closer)

    return code_spans(runs, within)
