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

The fold closes up the blanks between two ideographs (``序号⇥姓名⇥准考证号`` → ``序号姓名准考证号``:
a letter-spaced marking, ``内⇥部⇥资⇥料``, is read whole), so a tab paste's or a space-aligned
table's cells are told in the text as written (:class:`Written`, :class:`Layout`): while a
reader reads a folded text whose written text it has, it says so (:func:`reading_as_written`),
and the table readers it asks (:mod:`.table_cells`) count the columns there (fix 111d).

Every walk is bounded — a few rows up, a few hundred characters, or rows below a header one
pass down — so a reader that asks for each of many cells stays linear.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import NamedTuple

from govpub.compliance.regex_cache import regex

__all__ = [
    "SEPARATORS",
    "Layout",
    "Span",
    "Written",
    "cell_starts",
    "first_separator",
    "header_above",
    "header_as_written",
    "header_cell",
    "line_at",
    "reading_as_written",
    "rows_below",
    "written_of",
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

    def layout(self, line: Span, tabbed: bool | None = None) -> Layout | None:
        """The cells of the folded line ``line`` as written (:class:`Layout`): parted by its
        tabs when ``tabbed`` (``None``: when it holds one), else by its runs of two blanks or
        more (a space-aligned table: ``1  王伟  3101…``; one space parts no cells, it groups a
        number's digits, ``6228 4865 …``); ``None`` when it has no border, or is longer than a
        table's row as written (:data:`_WRITTEN_ROW_MOST`)."""
        text = self.text
        start, end = self.to_original(line.start), self.to_original(line.end)
        if end - start > _WRITTEN_ROW_MOST:
            return None
        if tabbed is None:
            tabbed = text.find("\t", start, end) != -1
        if tabbed:
            borders = []
            at = text.find("\t", start, end)
            while at != -1:
                borders.append((at, at + 1))
                at = text.find("\t", at + 1, end)
        else:
            while start < end and text[start] in _BLANKS:
                start += 1  # (an indent, and the blanks that end the line, part no cells)
            while end > start and text[end - 1] in _BLANKS_AND_RETURN:
                end -= 1
            borders = [run.span() for run in _BLANK_BORDER.finditer(text, start, end)]
        if not borders:
            return None
        return Layout(
            tuple(b for b, _ in borders), tuple(e for _, e in borders), tabbed, start, end
        )

    def folded_cells(self, folded: str, line: Span, layout: Layout) -> list[str]:
        """The cells of the folded line ``line``, parted where ``layout`` (its layout as
        written) has its borders — those the fold closed up too (``序号姓名`` → ``序号``,
        ``姓名``) — each stripped of blanks: a header's words as the label readers read them
        (folded: ``準考證號`` reads ``准考证号``)."""
        cells: list[list[str]] = [[] for _ in range(layout.cells)]
        starts, ends = layout.starts, layout.ends
        for at in range(line.start, line.end):
            written = self.to_original(at)
            column = bisect_right(ends, written)
            if column < len(starts) and starts[column] <= written:
                continue  # (a border the fold kept: a tab before a digit)
            cells[column].append(folded[at])
        return ["".join(cell).strip(_BLANKS_AND_RETURN) for cell in cells]


#: The blanks of a space-aligned table's borders: a space, an ideographic space, a no-break space
_BLANKS = " \u3000\u00a0"
_BLANKS_AND_RETURN = _BLANKS + "\t\r"
# (a border of a space-aligned table: a run of two blanks or more, or one holding a tab; found
# from its first blank — a run is consumed whole, linear)
_BLANK_BORDER = regex("[ \u3000\u00a0\t]{2,}|\t")
#: The longest row of a plain table as written: a longer line is prose (and the walks linear).
_WRITTEN_ROW_MOST = 1000


class Layout(NamedTuple):
    """A line of a plain table as written: where its cell borders start and end (offsets in the
    written text: a tab, or a run of blanks), whether tabs part its cells, and where its cells'
    text starts and ends (a space-aligned line's indent and trailing blanks aside)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    tabbed: bool
    start: int
    end: int

    @property
    def cells(self) -> int:
        """How many cells the line has."""
        return len(self.starts) + 1

    def column(self, written: int) -> int:
        """The cell that holds the written offset ``written`` (a border's: the cell after it)."""
        return bisect_right(self.ends, written)

    def cell(self, text: str, column: int) -> str:
        """The cell ``column`` of the line as written (``text``: the written text), stripped of
        blanks."""
        first = self.ends[column - 1] if column else self.start
        last = self.starts[column] if column < len(self.starts) else self.end
        return text[first:last].strip(_BLANKS_AND_RETURN)

    def starts_cell(self, text: str, written: int) -> bool:
        """Whether the written offset ``written`` starts a cell of the line (blanks aside)."""
        column = bisect_right(self.ends, written)
        first = self.ends[column - 1] if column else self.start
        return not text[first:written].strip(_BLANKS)


#: The text as written of the folded text being read, while a reader reads it
#: (:func:`reading_as_written`): the label readers are asked about a number with the folded
#: text alone, from a dozen places, and a plain table's columns are told only as written.
_AS_WRITTEN: ContextVar[tuple[str, Written] | None] = ContextVar("_AS_WRITTEN", default=None)


@contextmanager
def reading_as_written(folded: str, written: Written) -> Iterator[None]:
    """A context in which the table readers asked about ``folded`` (this very string: a copy
    cut or changed from it is another text, read without) count a plain table's columns in
    ``written`` (:func:`written_of`).  Per thread and task (a context variable); the reader
    enters it around each synchronous question, never across a ``yield``."""
    token = _AS_WRITTEN.set((folded, written))
    try:
        yield
    finally:
        _AS_WRITTEN.reset(token)


def written_of(folded: str) -> Written | None:
    """The text as written of ``folded`` while it is read (:func:`reading_as_written`), else
    ``None``."""
    entry = _AS_WRITTEN.get()
    return entry[1] if entry is not None and entry[0] is folded else None


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


def header_as_written(
    folded: str,
    row: Span,
    layout: Layout,
    written: Written,
    is_header: Callable[[Span, Layout], bool],
    *,
    low: int = 0,
) -> tuple[Span, Layout] | None:
    """The header of the plain table whose row is ``row`` (its layout as written: ``layout``),
    counted as written: going up over its other rows, the first line that ``is_header`` (the
    line and its layout) takes for one, with as many cells as ``row`` parted alike (tabs, or
    runs of blanks), and its layout.  ``None`` when a line of another number of cells comes
    first — a blank line, a title, another table's row — or one that starts before ``low``: a
    header labels the rows right under it, as a Markdown table's does (fix 111d)."""
    start = row.start
    while start > low:
        end = start - 1
        start = folded.rfind("\n", low, end) + 1
        if start == 0 and low > 0:
            return None  # (the line starts beyond reach)
        above = Span(start, end)
        cells = written.layout(above, layout.tabbed)
        if cells is None or cells.cells != layout.cells:
            return None
        if is_header(above, cells):
            return above, cells
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
