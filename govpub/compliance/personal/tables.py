"""Where a number stands in a table: the header over its cell, its row's first cell, the
row's cells, where the table starts.

Markdown tables (also quoted in a blockquote) and HTML tables, read back from the number's
offset in the folded text, up to :data:`_HEADER_REACH` characters.  A table names a column
once, in its header, so what a number is (a phone number under 电话, a figure under
金额（元）) is often said there and not right before it.  Apart because it knows table syntax
and no label: the readers that know the labels ask it.
"""

from __future__ import annotations

import re


def _row_and_header(folded: str, start: int) -> tuple[list[str], list[str], int]:
    """The header cells of the table whose row holds ``start``, that row's cells and the
    column of ``start`` (empty lists when it is no table's row, or the header row)."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    row = _unquoted(folded[line_start : len(folded) if line_end == -1 else line_end])
    if row.startswith("|"):
        column = folded.count("|", line_start, start) - 1
        lines = folded[max(0, line_start - _HEADER_REACH) : line_start].split("\n")[:-1]
        for index in range(len(lines) - 1, 0, -1):
            if _MD_DELIMITER_ROW.fullmatch(_unquoted(lines[index])):
                header = _unquoted(lines[index - 1]).strip().strip("|").split("|")
                return header, row.strip().strip("|").split("|"), column
            if "|" not in lines[index]:
                break
        return [], [], -1
    low = max(0, start - _HEADER_REACH)
    table, tr = folded.rfind("<table", low, start), folded.rfind("<tr", low, start)
    first = folded.find("<tr", table, start) if table != -1 else -1
    if tr == -1 or first in (-1, tr):
        return [], [], -1
    column = len(_HTML_CELL_OPEN.findall(folded, tr, start)) - 1
    tr_end = folded.find("</tr", start)
    header_end = folded.find("</tr", first, tr)
    header = _HTML_CELL.findall(folded, first, tr if header_end == -1 else header_end)
    cells = _HTML_CELL.findall(folded, tr, len(folded) if tr_end == -1 else tr_end)
    return header, cells, column


def _table_start(folded: str, start: int) -> int | None:
    """Where the table whose cell starts at ``start`` begins: its Markdown header row, or
    its ``<table`` tag."""
    before = folded[max(0, start - 200) : start].rstrip(" \t")
    if before.endswith(">"):
        table = folded.rfind("<table", max(0, start - _HEADER_REACH), start)
        return table if table != -1 else None
    line_start = folded.rfind("\n", 0, start) + 1
    low = max(0, line_start - _HEADER_REACH)
    lines = folded[low:line_start].split("\n")[:-1]
    offset = line_start
    for index in range(len(lines) - 1, 0, -1):
        offset -= len(lines[index]) + 1
        if _MD_DELIMITER_ROW.fullmatch(_unquoted(lines[index])):
            return offset - len(lines[index - 1]) - 1
    return None


def _row_label(folded: str, start: int) -> str | None:
    """The first cell of the table row in which a later cell starts at ``start``: a Markdown
    row's, an HTML row's or a tab-separated line's."""
    line_start = folded.rfind("\n", 0, start) + 1
    row = folded[line_start:start]
    trimmed = row.rstrip(" \t")
    if trimmed.endswith("|") and row.lstrip().startswith("|"):
        cells = row.lstrip()[1:].split("|")
        return cells[0] if len(cells) > 1 else None
    if row.endswith("\t") and "|" not in row and "<" not in row:
        return row.split("\t", 1)[0]
    if trimmed.endswith(">") and _HTML_CELL_START.search(trimmed) is not None:
        tr = folded.rfind("<tr", max(0, start - _HEADER_REACH), start)
        if tr == -1:
            return None
        first = _HTML_CELL.search(folded, tr, start)
        if first is None or first.end() > start:
            return None
        return first.group(1)
    return None


# A table names its column once, in its header: "| 姓名 | 电话 |⏎|---|---|⏎| 张三 |
# 138<br>1234<br>5678 |" — the number starts a cell, and the header cell over it is its label.
# (GFM's delimiter cell is one hyphen or more: editors write `| :-: |` to centre a column)
_MD_DELIMITER_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")


def _unquoted(line: str) -> str:
    """``line`` without its indent and blockquote marks: a table quoted in a blockquote is
    a table (``> | 李明 | … |`` → ``| 李明 | … |``)."""
    return line.lstrip(" \t>")


_HTML_CELL_START = re.compile(r"<t[dh]\b[^<>]{0,200}>$")
_HTML_CELL = re.compile(r"<t[dh]\b[^<>]{0,200}>(.*?)</t[dh]>", re.DOTALL)
_HTML_CELL_OPEN = re.compile(r"<t[dh]\b")
_HEADER_REACH = 4000  # how far up a table's header is looked for, in characters


def _column_header(folded: str, start: int) -> str | None:
    """The header cell over the table cell that the number at ``start`` starts, if any."""
    before = folded[max(0, start - 200) : start].rstrip(" \t")
    if before.endswith("|"):
        return _markdown_header(folded, start)
    if before.endswith(">") and _HTML_CELL_START.search(before) is not None:
        return _html_header(folded, start)
    return None  # (most numbers: no cell starts right before them)


def _markdown_header(folded: str, start: int) -> str | None:
    """The header cell over the Markdown table cell that starts at ``start``, if any."""
    line_start = folded.rfind("\n", 0, start) + 1
    row = _unquoted(folded[line_start:start])
    if not row.startswith("|"):
        return None
    column = row.count("|") - 1  # (cells before this one, after the row's leading "|")
    lines = folded[max(0, line_start - _HEADER_REACH) : line_start].split("\n")[:-1]
    for index in range(len(lines) - 1, 0, -1):
        if _MD_DELIMITER_ROW.fullmatch(_unquoted(lines[index])):
            cells = _unquoted(lines[index - 1]).strip().strip("|").split("|")
            return cells[column] if column < len(cells) else None
        if "|" not in lines[index]:
            return None  # (above the table)
    return None


def _html_header(folded: str, start: int) -> str | None:
    """The header cell over the HTML table cell that starts at ``start``, if any."""
    low = max(0, start - _HEADER_REACH)
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


def _cell_border(separator: str) -> bool:
    """Whether ``separator`` holds the border of two table cells (``|``, ``</td><td>``)."""
    return "|" in separator or "</t" in separator
