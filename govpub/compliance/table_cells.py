"""Where a number or a word stands in a table: the header over its cell, its row's first
cell, the row's cells (those before its own, nearest first), where the table starts.

Markdown tables (also quoted in a blockquote) and HTML tables, read back from the number's
offset in the folded text, up to :data:`HEADER_REACH` characters; and, while the text as
written is at hand (:func:`.plain_tables.reading_as_written`), a tab paste's or a
space-aligned table's, whose header line labels its columns as a Markdown table's does
(``序号⇥姓名⇥准考证号⏎1⇥王伟⇥3101…``: fix 111d, red team 110's B).  A table names a column
once, in its header, so what a number is (a phone number under 电话, a figure under
金额（元）) is often said there and not right before it.  Apart because it knows table syntax
and no label: the readers that know the labels ask it — the personal-data readers (a number's
column), and the secrecy readers (a 密级 or a verdict that is a table's value:
``secrecy_findings``, ``level_tables``).  Moved out of ``personal/`` (review 46).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from typing import NamedTuple

from govpub.compliance.plain_tables import (
    SEPARATORS,
    Layout,
    Span,
    Written,
    first_separator,
    header_above,
    header_as_written,
    header_cell,
    written_of,
)
from govpub.compliance.regex_cache import regex

__all__ = [
    "HEADER_REACH",
    "PlainHeader",
    "Row",
    "cell_border",
    "cells_before",
    "column_header",
    "plain_column_header",
    "row_and_header",
    "row_at",
    "row_label",
    "table_start",
]


def row_and_header(folded: str, start: int) -> tuple[list[str], list[str], int]:
    """The header cells of the table whose row holds ``start``, that row's cells and the
    column of ``start`` (empty lists when it is no table's row, or the header row)."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    row = _unquoted(folded[line_start : len(folded) if line_end == -1 else line_end])
    if row.startswith("|"):
        column = folded.count("|", line_start, start) - 1
        lines = folded[max(0, line_start - HEADER_REACH) : line_start].split("\n")[:-1]
        for index in range(len(lines) - 1, 0, -1):
            if _MD_DELIMITER_ROW.fullmatch(_unquoted(lines[index])):
                header = _unquoted(lines[index - 1]).strip().strip("|").split("|")
                return header, row.strip().strip("|").split("|"), column
            if "|" not in lines[index]:
                break
        return [], [], -1
    low = max(0, start - HEADER_REACH)
    table, tr = folded.rfind("<table", low, start), folded.rfind("<tr", low, start)
    first = folded.find("<tr", table, start) if table != -1 else -1
    if tr == -1 or first in (-1, tr):
        return _plain_row_and_header(folded, start)
    column = len(_HTML_CELL_OPEN.findall(folded, tr, start)) - 1
    tr_end = folded.find("</tr", start)
    header_end = folded.find("</tr", first, tr)
    header = _HTML_CELL.findall(folded, first, tr if header_end == -1 else header_end)
    cells = _HTML_CELL.findall(folded, tr, len(folded) if tr_end == -1 else tr_end)
    return header, cells, column


def table_start(folded: str, start: int) -> int | None:
    """Where the table whose cell starts at ``start`` begins: its Markdown header row, or
    its ``<table`` tag."""
    before = folded[max(0, start - 200) : start].rstrip(" \t")
    if before.endswith(">"):
        table = folded.rfind("<table", max(0, start - HEADER_REACH), start)
        return table if table != -1 else None
    line_start = folded.rfind("\n", 0, start) + 1
    low = max(0, line_start - HEADER_REACH)
    lines = folded[low:line_start].split("\n")[:-1]
    offset = line_start
    for index in range(len(lines) - 1, 0, -1):
        offset -= len(lines[index]) + 1
        if _MD_DELIMITER_ROW.fullmatch(_unquoted(lines[index])):
            return offset - len(lines[index - 1]) - 1
    return None


def row_label(folded: str, start: int) -> str | None:
    """The first cell of the table row in which a later cell starts at ``start``: a Markdown
    row's, an HTML row's or a tab-separated line's."""
    line = _line(folded, start)
    end = start
    while end > line.start and folded[end - 1] in " \t":
        end -= 1
    if end > line.start and folded[end - 1] == "|":
        return _first_cell(folded, line, start)
    if (
        start > line.start
        and folded[start - 1] == "\t"
        and not (line.bars and line.bars[0] < start)
        and not 0 <= line.first_lt < start
    ):
        return folded[line.start : min(line.first_tab, start)]
    if (
        end > line.start
        and folded[end - 1] == ">"
        and _HTML_CELL_START.search(folded, max(line.start, end - _CELL_START_MOST), end)
        is not None
    ):
        tr = folded.rfind("<tr", max(0, start - HEADER_REACH), start)
        if tr == -1:
            return None
        first = _HTML_CELL.search(folded, tr, start)
        if first is None or first.end() > start:
            return None
        return first.group(1)
    return None


def _first_cell(folded: str, line: _Line, start: int) -> str | None:
    """The first cell of the Markdown row ``line`` when another cell starts before ``start``:
    from the row's leading "|" to the next."""
    if not (line.lead < start and folded[line.lead] == "|"):
        return None
    second = line.bars[1] if len(line.bars) > 1 else len(folded)
    return folded[line.lead + 1 : second] if second < start else None


class _Line(NamedTuple):
    """What the readers of a row ask of the line a number is in, read once for the line."""

    start: int  # where the line starts
    end: int  # where it ends (its "\n", or the end of the text)
    lead: int  # its first character that is no whitespace (Markdown's row's "|")
    quoted_lead: int  # its first character that is no indent or blockquote mark
    bars: list[int]  # where its "|" stand
    first_tab: int  # its first tab (the end when none)
    first_lt: int  # its first "<" (-1 when none)


#: The line :func:`_line` read last, with its text: a line of 80,000 characters holds 6,000
#: numbers in cells, and each read the line from its start again (rfind, count, split:
#: quadratic, red team 60).  One tuple, replaced whole.
_last_line: list[tuple[str, _Line]] = [("", _Line(0, 0, 0, 0, [], 0, -1))]
_WHITESPACE = regex(r"\s*")
_QUOTE_MARKS = regex(r"[ \t>]*")
_BAR = regex(r"\|")


def _line(folded: str, at: int) -> _Line:
    """The :class:`_Line` that holds ``folded[at]``."""
    text, line = _last_line[0]
    if text is folded and line.start <= at < line.end:
        return line
    start = folded.rfind("\n", 0, at) + 1
    end = folded.find("\n", at)
    end = len(folded) if end == -1 else end
    lead = _WHITESPACE.match(folded, start, end)
    quoted = _QUOTE_MARKS.match(folded, start, end)
    tab = folded.find("\t", start, end)
    line = _Line(
        start,
        end,
        lead.end() if lead is not None else start,
        quoted.end() if quoted is not None else start,
        [bar.start() for bar in _BAR.finditer(folded, start, end)],
        end if tab == -1 else tab,
        folded.find("<", start, end),
    )
    _last_line[0] = (folded, line)
    return line


# A table names its column once, in its header: "| 姓名 | 电话 |⏎|---|---|⏎| 张三 |
# 138<br>1234<br>5678 |" — the number starts a cell, and the header cell over it is its label.
# (GFM's delimiter cell is one hyphen or more: editors write `| :-: |` to centre a column)
_MD_DELIMITER_ROW = regex(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")


def _unquoted(line: str) -> str:
    """``line`` without its indent and blockquote marks: a table quoted in a blockquote is
    a table (``> | 李明 | … |`` → ``| 李明 | … |``)."""
    return line.lstrip(" \t>")


_HTML_CELL_START = regex(r"<t[dh]\b[^<>]{0,200}>$")
_HTML_CELL = regex(r"<t[dh]\b[^<>]{0,200}>(.*?)</t[dh]>", re.DOTALL)
_HTML_CELL_OPEN = regex(r"<t[dh]\b")
HEADER_REACH = 4000  # how far up a table's header is looked for, in characters
_CELL_START_MOST = 205  # the longest _HTML_CELL_START: "<td", 200 characters, ">"


def column_header(folded: str, start: int) -> str | None:
    """The header cell over the table cell that the number at ``start`` starts, if any."""
    before = folded[max(0, start - 200) : start].rstrip(" \t")
    if before.endswith("|"):
        return _markdown_header(folded, start)
    if before.endswith(">") and _HTML_CELL_START.search(before) is not None:
        return _html_header(folded, start)
    if _plain_cell_start(folded, start):
        return _plain_header(folded, start)
    return None  # (most numbers: no cell starts right before them)


class PlainHeader(NamedTuple):
    """The header over a plain-text table's cell: the header cell itself, or — when the fold
    dropped the tabs between the header's words (``办件编号⇥申请人`` → ``办件编号申请人``) — the
    whole header line over the row's first cell (``whole``: the cell starts it)."""

    text: str
    whole: bool


_PLAIN_ROW_MOST = 500  # a plain table's row is short: a longer line is prose (and linear time)
_PLAIN_ROWS_MOST = 12  # rows above a cell looked through for the header, as a tab paste's
_A_DIGIT = regex(r"[0-9]")


def plain_column_header(folded: str, start: int) -> PlainHeader | None:
    """The header over the cell that the number at ``start`` starts in a plain-text table —
    a CSV (``工单号,状态⏎6201…,已办结``), a tab paste, a ``｜`` table — the first line above its
    rows (each holding the row's separator) with no digit, as :func:`column_header` finds a
    Markdown table's, and as a tab paste's phone header is found (``lookalikes``): the cell
    of the same column when the header has as many cells; the whole line over the first cell
    when the fold dropped a tab paste's header's tabs; else none (red team 101).  A tab
    paste's or a space-aligned table's is counted as written while that is at hand
    (:func:`_plain_header`: fix 111d), and else read in the folded text.  Bounded: short rows,
    a few rows back (:func:`.plain_tables.header_above`)."""
    if _plain_cell_start(folded, start) and (cell := _plain_header(folded, start)) is not None:
        return PlainHeader(cell, whole=False)
    return _folded_plain_header(folded, start)


def _folded_plain_header(folded: str, start: int) -> PlainHeader | None:
    """:func:`plain_column_header` read in the folded text alone."""
    line = _line(folded, start)
    if line.start == 0 or line.end - line.start > _PLAIN_ROW_MOST:
        return None
    row = Span(line.start, line.end)
    separator = folded[start - 1] if start > line.start else first_separator(folded, row)
    if separator is None or separator not in SEPARATORS or folded[line.lead] == "|":
        return None
    header = header_above(
        folded,
        row,
        separator,
        lambda above, end: _A_DIGIT.search(folded, above, end) is None,
        line_most=_PLAIN_ROW_MOST,
        rows_most=_PLAIN_ROWS_MOST,
    )
    if header is None:
        return None
    text = folded[header.start : header.end]
    cells = folded.count(separator, line.start, line.end) + 1
    column = folded.count(separator, line.start, start)
    cell = header_cell(text, separator, cells, column)
    if cell is not None:
        return PlainHeader(cell, whole=False)
    if separator == "\t" and separator not in text and column == 0 and text.strip():
        return PlainHeader(text, whole=True)  # (the fold dropped the header's tabs)
    return None


def _plain_cell_start(folded: str, start: int) -> bool:
    """Whether a cell of a tab paste or a space-aligned table may start at ``start``, by the
    folded text (a tab, two blanks or a line's start right before: the fold keeps the blanks
    before a digit), while its text as written is at hand (:func:`.plain_tables.written_of`)
    — a quick look before :func:`_plain_row` counts the cells as written."""
    if start > 0 and folded[start - 1] not in "\t\n" and folded[max(0, start - 2) : start] != "  ":
        return False
    return written_of(folded) is not None


class _PlainRow(NamedTuple):
    """A row of a plain table read as written (:func:`_plain_row`): the line, its layout, the
    column asked about, and its header's cells and where the header starts (``None`` and −1:
    no header)."""

    row: Span
    layout: Layout
    column: int
    header: list[str] | None
    header_start: int


class _PlainRows:
    """What :func:`_plain_row` read last: the text; the line and its layout (``None``: the line
    is no table's row); and, for each column asked about, the row read last with its header.
    Each number of a row asks, and the next row's header in that column is the same while only
    the table's rows stand between (a column of 准考证号 asks once a row)."""

    __slots__ = ("columns", "layout", "line", "text")

    def __init__(self) -> None:
        self.text = ""
        self.line = Span(0, 0)
        self.layout: Layout | None = None
        self.columns: dict[int, _PlainRow] = {}


#: :class:`_PlainRows` per thread: two threads checking at once each keep their own.
_last_plain = threading.local()

#: A row's cell in a number's column, as written: it opens with five digits or masks
#: (``****5678``), a blank or a hyphen between them aside — a header's cell there may open
#: with a year (``2026年身份证号``), and a row's is the number.
_ROW_CELL = regex(r"(?:[ \-]?[0-9０-９*＊●※×]){5}")


def _last_rows(folded: str) -> _PlainRows:
    """This thread's :class:`_PlainRows`, emptied when ``folded`` is another text."""
    rows: _PlainRows | None = getattr(_last_plain, "rows", None)
    if rows is None:
        rows = _last_plain.rows = _PlainRows()
    if rows.text is not folded:
        rows.text, rows.line, rows.layout, rows.columns = folded, Span(0, 0), None, {}
    return rows


def _plain_row(folded: str, at: int) -> tuple[Written, _PlainRow] | None:
    """The row of a tab paste that holds ``folded[at]``, counted as written, with the header of
    the column of ``folded[at]`` (:func:`.plain_tables.header_as_written`: going up, the first
    line of as many cells whose cell in that column is no row's, :func:`_is_row_cell`, within
    :data:`HEADER_REACH`), while the text as written is at hand; ``None`` else, or when the
    line is no tab paste's row.  A space-aligned table is not read here (review 98's L2, L3:
    a padded name, ``王··伟``, or a prose line with two spaces parts cells where the table
    has none) — the folded text's reading (:func:`_folded_plain_header`) stands."""
    written = written_of(folded)
    if written is None:
        return None
    line = _line(folded, at)
    if line.end - line.start > _PLAIN_ROW_MOST:
        return None
    row = Span(line.start, line.end)
    rows = _last_rows(folded)
    if rows.line != row:
        rows.line, rows.layout = row, written.layout(row, tabbed=True)
    layout = rows.layout
    if layout is None:
        return None
    column = layout.column(written.to_original(at))
    cached = rows.columns.get(column)
    if cached is not None and cached.row == row:
        return written, cached
    if cached is not None and _rows_between(folded, written, cached, row, layout):
        found = cached._replace(row=row, layout=layout)
    else:
        found = _read_plain_row(folded, written, row, layout, column)
    rows.columns[column] = found
    return written, found


def _is_row_cell(text: str, layout: Layout, column: int) -> bool:
    """Whether the line of ``layout`` is a row of the table for ``column``: its cell there, as
    written (``text``), is empty or opens with a number (:data:`_ROW_CELL`).  A header's cell
    there names the column, and may hold a digit (``联系电话1``, ``身份证号（15位）``,
    ``2026年身份证号``), and a digit in another column's (``2026年成绩``) is no matter: review
    98's L1, F1."""
    cell = layout.cell(text, column)
    return not cell or _ROW_CELL.match(cell) is not None


def _read_plain_row(
    folded: str, written: Written, row: Span, layout: Layout, column: int
) -> _PlainRow:
    """:func:`_plain_row`'s reading of ``row`` and its header in ``column``, walked up to."""
    header = header_as_written(
        folded,
        row,
        layout,
        written,
        lambda _line, cells: not _is_row_cell(written.text, cells, column),
        low=max(0, row.start - HEADER_REACH),
    )
    if header is None:
        return _PlainRow(row, layout, column, None, -1)
    line, cells = header
    cells_read = written.folded_cells(folded, line, cells)
    return _PlainRow(row, layout, column, cells_read, line.start)


def _rows_between(
    folded: str, written: Written, cached: _PlainRow, row: Span, layout: Layout
) -> bool:
    """Whether the header of ``cached`` (a row read before, in the same column) is ``row``'s
    too: ``row`` is below it, parted alike into as many cells, its header within reach, and
    every line between them a row of the table, as many cells and a row's cell in the column
    (:func:`_is_row_cell`: no header of its own)."""
    if not (
        cached.row.end < row.start <= cached.row.end + HEADER_REACH
        and layout.cells == cached.layout.cells
        and layout.tabbed == cached.layout.tabbed
        and (cached.header is None or cached.header_start >= row.start - HEADER_REACH)
    ):
        return False
    start = cached.row.end + 1
    while start < row.start:
        end = folded.find("\n", start, row.start)
        end = row.start - 1 if end == -1 else end
        cells = written.layout(Span(start, end), layout.tabbed)
        if (
            cells is None
            or cells.cells != layout.cells
            or not _is_row_cell(written.text, cells, cached.column)
        ):
            return False
        start = end + 1
    return True


def _plain_header(folded: str, start: int) -> str | None:
    """The header cell over the cell of a tab paste or a space-aligned table that the number at
    ``start`` starts, counted as written (:func:`_plain_row`), if any."""
    found = _plain_row(folded, start)
    if found is None:
        return None
    written, plain = found
    written_at = written.to_original(start)
    if plain.header is None or not plain.layout.starts_cell(written.text, written_at):
        return None
    return plain.header[plain.layout.column(written_at)]


def _plain_row_and_header(folded: str, start: int) -> tuple[list[str], list[str], int]:
    """:func:`row_and_header` for a tab paste's or a space-aligned table's row, counted as
    written (:func:`_plain_row`): empty lists when it is none, or has no header."""
    found = _plain_row(folded, start)
    if found is None:
        return [], [], -1
    written, plain = found
    if plain.header is None:
        return [], [], -1
    cells = written.folded_cells(folded, plain.row, plain.layout)
    return plain.header, cells, plain.layout.column(written.to_original(start))


def _markdown_header(folded: str, start: int) -> str | None:
    """The header cell over the Markdown table cell that starts at ``start``, if any."""
    line = _line(folded, start)
    line_start = line.start
    if not (line.quoted_lead < start and folded[line.quoted_lead] == "|"):
        return None
    column = bisect_left(line.bars, start) - 1  # (cells before this one, after the leading "|")
    cells = _markdown_header_row(folded, line_start)
    return cells[column] if cells is not None and column < len(cells) else None


def _markdown_header_row(folded: str, line_start: int) -> list[str] | None:
    """The header cells of the Markdown table whose row starts at ``line_start``, if any: the
    row above the nearest delimiter row, up the table's rows.  The answer for the row read
    last holds for a row below it when only table rows stand between (a column of machine
    ids, each asking for its header, read the whole table back each time: review 55)."""
    low = max(0, line_start - HEADER_REACH)
    text, row, header, cells = _last_header[0]
    if (
        text is folded
        and row <= line_start <= row + HEADER_REACH
        and (cells is None or header >= low)
        and _table_rows_only(folded[row:line_start])
    ):
        _last_header[0] = (folded, line_start, header, cells)
        return cells
    lines = folded[low:line_start].split("\n")[:-1]
    cells, header, end = None, -1, line_start
    for index in range(len(lines) - 1, 0, -1):
        end -= len(lines[index]) + 1
        if _MD_DELIMITER_ROW.fullmatch(_unquoted(lines[index])):
            cells = _unquoted(lines[index - 1]).strip().strip("|").split("|")
            header = end - len(lines[index - 1]) - 1
            break
        if "|" not in lines[index]:
            break  # (above the table)
    _last_header[0] = (folded, line_start, header, cells)
    return cells


def _table_rows_only(lines: str) -> bool:
    """Whether every line of ``lines`` (whole lines) is a Markdown table's row, none its
    delimiter row."""
    return all(
        "|" in line and not _MD_DELIMITER_ROW.fullmatch(_unquoted(line))
        for line in lines.split("\n")[:-1]
    )


#: The Markdown header row :func:`_markdown_header_row` read last: the text, the row asked
#: about, where the header row starts and its cells (``None``: no table's header).
_last_header: list[tuple[str, int, int, list[str] | None]] = [("", 0, -1, None)]


def _html_header(folded: str, start: int) -> str | None:
    """The header cell over the HTML table cell that starts at ``start``, if any."""
    low = max(0, start - HEADER_REACH)
    table = folded.rfind("<table", low, start)
    row = folded.rfind("<tr", low, start)
    if table == -1 or row == -1:
        return None
    column = len(_HTML_CELL_OPEN.findall(folded, row, start)) - 1
    first = folded.find("<tr", table, start)
    if first == row:
        return None  # (the number is in the header row)
    cells = _HTML_CELL.findall(folded, first, row)
    return cells[column] if 0 <= column < len(cells) else None


def cell_border(separator: str) -> bool:
    """Whether ``separator`` holds the border of two table cells (``|``, ``</td><td>``)."""
    return "|" in separator or "</t" in separator


class Row(NamedTuple):
    """A table row read around one of its cells: its cells, that cell's column, and the
    cells of the rows right above and below it in the same table (empty when none)."""

    cells: list[str]
    column: int
    above: list[str]
    below: list[str]


_ROW_MOST = 2000  # a longer row is read as no row: a table's row is short


def row_at(folded: str, at: int) -> Row | None:
    """The Markdown or HTML table row whose cell holds ``folded[at]``, with its neighbours
    (a Markdown header row's below is the first body row, past the delimiter row), or
    ``None`` when ``at`` is in no table's cell.  Each look is bounded by :data:`_ROW_MOST`."""
    low = max(0, at - _ROW_MOST)
    opening = max(folded.rfind("<td", low, at), folded.rfind("<th", low, at))
    if opening > folded.rfind("</t", low, at):
        return _html_row(folded, at)
    return _markdown_row(folded, at)


def cells_before(folded: str, at: int) -> list[str]:
    """The cells of the table row before the cell that holds ``folded[at]``, nearest first
    and the row's first cell last (none when ``at`` is in no table's cell): what the row says
    of its number, nearer than its column's header (``| 1 | 王某 | 就诊人手机号 | 139… |``) —
    and of a headed tab paste's or space-aligned table's row, counted as written while that is
    at hand (``1⇥王某⇥就诊人手机号⇥139…`` under ``…⇥编号``: :func:`_plain_row_and_header`)."""
    row = row_at(folded, at)
    if row is None:
        _, cells, column = _plain_row_and_header(folded, at)
        row = Row(cells, column, [], [])
    if row.column < 1:
        return []
    return row.cells[row.column - 1 :: -1]


def _markdown_row(folded: str, at: int) -> Row | None:
    """:func:`row_at` for a Markdown table's row."""
    low = max(0, at - _ROW_MOST)
    start = folded.rfind("\n", low, at) + 1
    end = folded.find("\n", at, at + _ROW_MOST)
    if (start == 0 and low > 0) or (end == -1 and len(folded) - at > _ROW_MOST):
        return None  # (a line too long for a table's row)
    end = len(folded) if end == -1 else end
    row = _unquoted(folded[start:end])
    if not row.startswith("|"):
        return None
    column = folded.count("|", start, at) - 1
    return Row(
        _markdown_cells(row),
        column,
        _markdown_next(folded, start, -1),
        _markdown_next(folded, end, 1),
    )


def _markdown_next(folded: str, edge: int, step: int) -> list[str]:
    """The cells of the table row above (``step`` −1: ``edge`` is the row's start) or below
    (1: its end) the row at ``edge``, past a delimiter row."""
    for _ in range(2):
        if step < 0:
            if edge == 0:
                return []
            start = folded.rfind("\n", max(0, edge - 1 - _ROW_MOST), edge - 1) + 1
            line, edge = folded[start : edge - 1], start
        else:
            if edge >= len(folded):
                return []
            end = folded.find("\n", edge + 1, edge + 1 + _ROW_MOST)
            end = len(folded) if end == -1 else end
            line, edge = folded[edge + 1 : end], end
        row = _unquoted(line)
        if not row.startswith("|"):
            return []
        if not _MD_DELIMITER_ROW.fullmatch(row):
            return _markdown_cells(row)
    return []


def _markdown_cells(row: str) -> list[str]:
    return row.strip().strip("|").split("|")


def _html_row(folded: str, at: int) -> Row | None:
    """:func:`row_at` for an HTML table's row."""
    low = max(0, at - _ROW_MOST)
    table, tr = folded.rfind("<table", low, at), folded.rfind("<tr", low, at)
    if tr == -1 or table > tr:
        return None
    tr_end = folded.find("</tr", at, at + _ROW_MOST)
    if tr_end == -1:
        return None
    above = folded.rfind("<tr", max(table, tr - _ROW_MOST), tr) if table != -1 else -1
    below = folded.find("<tr", tr_end, tr_end + _ROW_MOST)
    closing = folded.find("</table", tr_end, tr_end + _ROW_MOST)
    if closing != -1 and closing < below:
        below = -1
    below_end = folded.find("</tr", below, below + _ROW_MOST) if below != -1 else -1
    return Row(
        _HTML_CELL.findall(folded, tr, tr_end),
        len(_HTML_CELL_OPEN.findall(folded, tr, at)) - 1,
        _HTML_CELL.findall(folded, above, tr) if above != -1 else [],
        _HTML_CELL.findall(folded, below, below_end) if below_end != -1 else [],
    )
