"""A plain-text table: lines of cells split by one separator, its header the line above them.

What an editor pastes from a spreadsheet or exports from a form: a tab paste
(``序号⇥姓名⇥联系电话⏎1⇥张三⇥138…``), a CSV (``工单号,状态⏎6201…,已办结``), a table of bars not
starting with one (``标题｜公开属性``, the full-width ``｜`` folded to ``|``; a row that starts
with a bar is a Markdown row, :mod:`.table_cells`'s).  No border marks a row: a row is a line
that holds the separator, and the header is the first line above the rows that the caller's
test takes for one (no digit; a label's word).  This module knows the lines, the cells and the
columns; the readers that know the labels ask it — the personal-data readers (a number's column:
``personal.lookalikes``, ``table_cells.plain_column_header``) and the form reader of 公开属性
columns (``form_syntax``).  One reader since fix 103 (three had grown apart: fixes 101a, f, g).

Every walk is bounded — a few rows up, a few hundred characters, or rows below a header one
pass down — so a reader that asks for each of many cells stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

__all__ = [
    "SEPARATORS",
    "Span",
    "Written",
    "cell_starts",
    "first_separator",
    "header_above",
    "header_cell",
    "line_at",
    "rows_below",
]

#: A plain table's separators: a CSV's comma, a tab paste's tab, a bar (``｜`` folded).
SEPARATORS = ",\t|"


class Span(NamedTuple):
    """A line of the folded text: where it starts, and where it ends (its ``"\\n"`` or the
    text's end)."""

    start: int
    end: int


@dataclass(frozen=True)
class Written:
    """The post as written, and where a folded offset stands in it: the fold drops a tab
    between two ideographs (``序号⇥姓名`` → ``序号姓名``), so a tab paste's columns are
    counted in the text as written (review 68's F4)."""

    text: str
    to_original: Callable[[int], int]

    def tabs(self, start: int, end: int) -> int:
        """How many tabs stand, as written, between the folded offsets ``start`` and ``end``."""
        return self.text.count("\t", self.to_original(start), self.to_original(end))

    def cells(self, line: Span) -> list[str]:
        """The tab-separated cells of the folded line ``line``, as written."""
        return self.text[self.to_original(line.start) : self.to_original(line.end)].split("\t")


def line_at(folded: str, at: int) -> Span:
    """The line that holds ``folded[at]``."""
    end = folded.find("\n", at)
    return Span(folded.rfind("\n", 0, at) + 1, len(folded) if end == -1 else end)


def header_above(
    folded: str,
    row: Span,
    separator: str,
    is_header: Callable[[int, int], bool],
    *,
    low: int = 0,
    line_most: int | None = None,
    rows_most: int = 12,
) -> Span | None:
    """The header of the table whose row is ``row``: going up, the first line that
    ``is_header`` (its start and end) takes for one, over lines that each hold ``separator``
    (the table's other rows).  ``None`` when a line without it comes first, the text's first
    line is passed, a line starts at or before ``low`` (a reach back, when ``low`` > 0) or is
    longer than ``line_most``, or after ``rows_most`` lines: a header is near its rows."""
    line = row.start
    for _ in range(rows_most):
        end = line - 1
        line = folded.rfind("\n", low, end) + 1
        if line == 0 and low > 0:
            return None  # (the line starts beyond reach)
        if line_most is not None and end - line > line_most:
            return None
        if is_header(line, end):
            return Span(line, end)
        if separator not in folded[line:end] or line == 0:
            return None
    return None


def rows_below(folded: str, start: int, is_row: Callable[[int, int], bool]) -> Iterator[Span]:
    """The rows of a table from the line that starts at ``start`` (the one below its header)
    down, while ``is_row`` (a line's start and end) takes each for one."""
    size = len(folded)
    while start <= size:
        end = folded.find("\n", start)
        end = size if end == -1 else end
        if not is_row(start, end):
            return
        yield Span(start, end)
        start = end + 1


def cell_starts(folded: str, row: Span, separator: str) -> Iterator[int]:
    """Where each cell of ``row`` starts: the row's start, and after each ``separator``."""
    yield row.start
    at = folded.find(separator, row.start, row.end)
    while at != -1:
        yield at + 1
        at = folded.find(separator, at + 1, row.end)


def first_separator(folded: str, row: Span) -> str | None:
    """The separator (:data:`SEPARATORS`) that stands first in ``row``, if any."""
    first = min(
        (at for at in (folded.find(sep, row.start, row.end) for sep in SEPARATORS) if at != -1),
        default=-1,
    )
    return None if first == -1 else folded[first]


def header_cell(header: str, separator: str, cells: int, column: int) -> str | None:
    """The cell ``column`` of the header line ``header`` over rows of ``cells`` cells, when it
    has as many (a header with fewer tells no column)."""
    parts = header.split(separator)
    return parts[column] if len(parts) == cells else None
