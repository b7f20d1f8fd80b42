"""A 密级 alone in a table cell that a 保密 lesson's table lists, not a document's mark.

A 保密宣传 post tabulates the levels and what the law says of each (保密法 and its 实施条例:
绝密 30年, 机密 20年, 秘密 10年; 绝密 is 最重要的国家秘密, whose 泄露 causes 特别严重的损害):
``| 密级 | 保密期限 |⏎|---|---|⏎| 绝密 | 30年 |…``, in GFM or HTML, or the levels along a row
(``| 绝密 | 机密 | 秘密 |``).  Read narrowly (review 47): a lesson names at least two different
levels, and every other cell of its rows is a period or a definition of the level (or, in a
定密 report's table, a count: ``| 秘密 | 12 |``).  A table whose rows name things beside their
levels (名单, 汇总表, 会议记录, 光盘: a list of files or carriers), one row under a 密级 header,
a level beside an empty, 无 or — cell (a document's own 密级 block, its 版头), a table
that a title or a 主送 line (各单位：) follows or stands right above (a document's head), and
one that the line right above or below it or the post's title says lists files (本单位2026年
定密文件如下：, 以上文件请妥善保管。, 附件：…, a title ``2026年定密文件清单``:
``data/file_list_words.txt``) are marks, and so is a level with its star (``| ★机密 |``)
wherever it stands.  Red team 86 (fix 125), reviews 47 and 48.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.folding import fold
from govpub.compliance.regex_cache import regex
from govpub.compliance.table_cells import Row, row_at

__all__ = ["listed_level"]

_LEVEL_IN = regex(r"[绝机秘]\s?密")
# a cell of nothing but a 密级 (in bold too)
_BARE_LEVEL = regex(r"[ \t*_]*([绝机秘])\s?密(?:\s?级)?[ \t*_]*")
# a cell a lesson says of a level: its longest period (30年, 不超过20年, 长期, 30年（最长）) —
# a note in brackets only of how the period holds: 20年（干部任免名单） names a file (review 48) …
_PERIOD_CELL = regex(
    r"[ \t*_]*(?:一般)?(?:不超过|最长)?\s*"
    r"(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:年|个月)(?:以内)?|长期|永久)"
    r"(?:[（(](?:一般|最长|不超过|以内|法定|原则上|除另有规定外)[）)])?[ \t*_]*"
)
# … or what it is (最重要的国家秘密; 泄露会使国家安全和利益遭受特别严重的损害)
_DEFINITION_CELL = regex(r"(?:重要|一般)的?国家秘密|泄[露漏][^|]{0,40}损害")
# … or, in a 定密 report's table, how many matters were set at it (``| 秘密 | 12 |``: no 份号,
# whose six digits start with zeros; red team 81's fb-cell-1)
_COUNT_CELL = regex(r"[ \t*_]*(?:0|[1-9]\d{0,4})\s*(?:件|份|项|个)?[ \t*_]*")
# a column header naming the 密级 (密级, 保密等级, 密级名称…), first in a row of the levels
_LEVEL_HEADER = regex(r"[ \t*_]*(?:密\s?级|[保定]\s?密\s?(?:等\s?级|级\s?别))[^|]{0,6}")


def _level(cell: str) -> str | None:
    match = _BARE_LEVEL.fullmatch(cell)
    return None if match is None else match.group(1)


def _said_of_a_level(cell: str) -> bool:
    """Whether ``cell`` is what a lesson or a count says of a level: a period, a definition or
    a count (never empty, 无 or —, never a thing's name)."""
    return (
        _PERIOD_CELL.fullmatch(cell) is not None
        or _DEFINITION_CELL.search(cell) is not None
        or _COUNT_CELL.fullmatch(cell) is not None
    )


def listed_level(folded: str, start: int, end: int, title: str = "") -> bool:
    """Whether the marking ``folded[start:end]`` is a bare 密级 in a table cell that lists the
    levels as a lesson: a row of different levels, over the periods or definitions when a row
    follows, or a row named by a level, beside its periods or definitions, above or below a
    row named by another level so described — in a table that heads no document and lists no
    files, in a post whose ``title`` names no list of files."""
    levels = [match.start() for match in _LEVEL_IN.finditer(folded, start, end)]
    if levels:
        listed = all(_listed_at(folded, at) for at in levels)
    else:
        listed = _heads_listed_levels(folded, start)
    return listed and not _names_files(fold(title).text if title else "")


def _heads_listed_levels(folded: str, start: int) -> bool:
    """Whether the marking at ``start`` is the header cell naming the 密级 with a colon
    (``| 密级︰ | 保密期限 |``, which reads as a 密级 field) over a column of levels that a
    lesson lists (review 48, F3)."""
    row = row_at(folded, start)
    if (
        row is None
        or not row.below
        or not 0 <= row.column < len(row.cells)
        or _LEVEL_HEADER.fullmatch(row.cells[row.column]) is None
    ):
        return False
    level = _LEVEL_IN.search(folded, start, start + _ROW_MOST)  # (in the row below, if any)
    if level is None:
        return False
    below = row_at(folded, level.start())
    return (
        below is not None
        and below.column == row.column
        and below.above == row.cells
        and _listed_at(folded, level.start())
    )


def _listed_at(folded: str, at: int) -> bool:
    """:func:`listed_level` for the 密级 at ``at`` (a span may join the cells of a row)."""
    row = row_at(folded, at)
    if row is None or not 0 <= row.column < len(row.cells):
        return False
    own = _level(row.cells[row.column])
    if own is None:
        return False
    if any(_level(cell) not in (None, own) for cell in row.cells):
        listed = _levels_along(row)
    else:
        listed = _levels_down(row, own)
    return listed and not _heads_a_document(folded, at)


def _levels_along(row: Row) -> bool:
    """Whether a row of different levels lists them: its cells are levels (the first may name
    the 密级), and the rows above and below it, if any, say of each a period or a definition
    (a header row naming files over their levels is a list of files)."""
    neighbours = [cells for cells in (row.above, row.below) if cells]
    if not all(_said_at(cells, row.column) for cells in neighbours):
        return False  # (the cheap look first: what is said of this level)
    columns = [
        column
        for column, cell in enumerate(row.cells)
        if not (column == 0 and _LEVEL_HEADER.fullmatch(cell))
    ]
    if any(_level(row.cells[column]) is None for column in columns):
        return False  # (| 机密 | 秘密 | 内部 |)
    return all(_said_at(cells, column) for cells in neighbours for column in columns)


def _said_at(cells: list[str], column: int) -> bool:
    return column < len(cells) and _said_of_a_level(cells[column])


def _levels_down(row: Row, own: str) -> bool:
    """Whether a row named by the level ``own`` is a lesson's: the others of its cells (one
    at least) are said of a level, and a row above or below it, named by another level, too."""
    if row.column != 0 or not _described(row.cells):
        return False
    return any(
        cells and _level(cells[0]) not in (None, own) and _described(cells)
        for cells in (row.above, row.below)
    )


def _described(cells: list[str]) -> bool:
    """Whether a row's cells after its first are each said of a level (one at least)."""
    return len(cells) > 1 and all(_said_of_a_level(cell) for cell in cells[1:])


# what follows a document's head: its title (关于…; …的通知) or its 主送 line (各单位：)
_KINDS = "通知|通报|决定|意见|方案|办法|报告|请示|批复|纪要|规定|规划|要点|公告|函"
_TITLE_OR_ADDRESSEE = regex(
    rf"[ \t>#*_]*(?:各[^\n<{LABEL_COLONS}，。]{{1,20}}[{LABEL_COLONS}]"
    rf"|(?:关于[^\n<。！？]{{1,60}}|[^\n<。！？，]{{1,60}}的)(?:{_KINDS})[ \t*_]*(?:[\n<]|\Z))"
)
# Markdown table rows, also quoted, from a row's start to the table's end
_MARKDOWN_ROWS = regex(r"(?:[ \t>]*\|[^\n]*(?:\n|\Z))*")
_MARKDOWN_ROW = regex(r"[ \t>]*\|")
# blank lines and tags between a table's end and the text after it
_GAP = regex(r"(?:\s|<[^<>\n]{0,200}>)*")
_ROW_MOST = 2000  # how far back a cell's HTML tag is looked for (a table's row is short)
_TABLE_MOST = 20000  # how far back an HTML table's <table> tag is looked for
_LINE_MOST = 200  # a title, a 主送 line or a caption is a short line
_TAGS_MOST = 8  # how many tags (</p>, <table>) between a table and the line above it
#: The table :func:`_heads_a_document` read last: its text, its span and what it found (a
#: table of 80,000 characters holds 5,000 levels, and each would read the rest of the table
#: and the gap after it again).  One tuple, replaced whole.
_last_table: list[tuple[str, int, int, bool]] = [("", 0, 0, False)]


def _heads_a_document(folded: str, at: int) -> bool:
    """Whether the table whose cell holds ``folded[at]`` is a document's or lists files: a
    title or a 主送 line right after or right above it, or a line naming files
    (``data/file_list_words.txt``) right above or below it."""
    text, since, until, heads = _last_table[0]
    if text is folded and since <= at < until:
        return heads
    since, end = _table_span(folded, at)
    after = _GAP.match(folded, end)
    below = after.end() if after else end
    above = _line_above(folded, since)
    heads = (
        _TITLE_OR_ADDRESSEE.match(folded, below) is not None
        or (above < since and _TITLE_OR_ADDRESSEE.match(folded, above) is not None)
        or _lists_files(_line(folded, above, since))
        or _lists_files(_line(folded, below, below + _LINE_MOST))
    )
    _last_table[0] = (folded, since, max(end, at + 1), heads)
    return heads


@cache
def _file_words() -> re.Pattern[str]:
    """What names the files a table lists (``data/file_list_words.txt``)."""
    return regex("|".join(map(re.escape, data_words("file_list_words.txt"))))


@lru_cache(maxsize=16)
def _names_files(line: str) -> bool:
    """Whether a line (or the post's folded title) names a list of files."""
    return _file_words().search(line) is not None


# a line that says what a table is: one that sums it up (以上文件…, 上述材料…), an attachment's
# (附件：…), one that introduces it (…如下：) or a caption, no sentence (干部任免名单); not a
# sentence that names files in passing (请各单位注意保密，严禁外传考生名单。)
_ABOUT_A_TABLE = regex(
    rf"[ \t>#*_]*(?:以上|上述|附件)|[^\n]*[{LABEL_COLONS}][ \t*_]*\Z|[^，,。；;！!？?]*\Z"
)


def _lists_files(line: str) -> bool:
    """Whether a line right above or below a table says that it lists files."""
    return _names_files(line) and _ABOUT_A_TABLE.match(line) is not None


def _line(folded: str, start: int, end: int) -> str:
    """``folded[start:end]`` up to its first line break or tag: one line as a page shows it."""
    stop = end
    for mark in "\n<":
        if (at := folded.find(mark, start, stop)) >= 0:
            stop = at
    return folded[start:stop]


def _line_above(folded: str, start: int) -> int:
    """Where the line of text right above ``start`` (a table's first row or tag) begins:
    blank lines and up to ``_TAGS_MOST`` tags (``</p>``) skipped; ``start`` itself when there
    is none or it is longer than ``_LINE_MOST`` (prose, no caption or title)."""
    end = start
    for _ in range(_TAGS_MOST):
        while end > 0 and folded[end - 1].isspace():
            end -= 1
        if folded[end - 1 : end] != ">":
            break
        opening = folded.rfind("<", max(0, end - _LINE_MOST), end)
        if opening < 0:
            break
        end = opening
    low = max(0, end - _LINE_MOST)
    begin = max(folded.rfind("\n", low, end), folded.rfind(">", low, end)) + 1
    return start if begin == 0 and low > 0 else begin


def _table_span(folded: str, at: int) -> tuple[int, int]:
    """Where the table whose cell holds ``folded[at]`` is read from (its cell's tag, or its
    row's line) and where it ends: past its ``</table>`` or its last Markdown row (the text's
    end when an HTML table is never closed)."""
    reach = max(0, at - _ROW_MOST)
    low = max(folded.rfind("<td", reach, at), folded.rfind("<th", reach, at))
    if low > folded.rfind("</t", reach, at):
        opening = folded.rfind("<table", max(0, low - _TABLE_MOST), low)
        closing = folded.find("</table", at)
        end = len(folded) if closing == -1 else folded.find(">", closing) + 1 or len(folded)
        return low if opening < 0 else opening, end
    since = folded.rfind("\n", 0, at) + 1
    rows = _MARKDOWN_ROWS.match(folded, since)
    end = rows.end() if rows else since
    while since > 0:  # (back to the table's first row: its head's line is above that)
        previous = folded.rfind("\n", 0, since - 1) + 1
        if _MARKDOWN_ROW.match(folded, previous, since) is None:
            break
        since = previous
    return since, end
