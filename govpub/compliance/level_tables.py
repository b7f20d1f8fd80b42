"""A 密级 alone in a table cell that a 保密 lesson's table lists, not a document's mark.

A 保密宣传 post tabulates the three levels and their longest periods (保密法 and its
实施条例: 绝密 30年, 机密 20年, 秘密 10年): ``| 密级 | 保密期限 |⏎|---|---|⏎| 绝密 | 30年 |…``,
in GFM or HTML, or the levels as column headers (``| 绝密 | 机密 | 秘密 |``).  A document
bears one 密级; a table whose rows are named by different levels, or a row of different
levels, lists them — as a list of the levels on lines does (:func:`.secrecy._enumerated`).
A table of files names each row by its file, the level in a later cell (``| 年度报告 | 机密
|``: the file's mark, which blocks), and a level with its star (``| ★机密 |``) is a mark
wherever it stands, and so is a level first in a row that names a document (``| 机密 | 关于…的
方案 |``: a list of files, second read of fix 125).  Red team 86.
"""

from __future__ import annotations

import re

from govpub.compliance.table_cells import column_header, row_at

__all__ = ["listed_level"]

_LEVEL_IN = re.compile(r"[绝机秘]\s?密")
# a cell of nothing but a 密级 (in bold too), or of a period a lesson gives it
_BARE_LEVEL = re.compile(r"[ \t*_]*([绝机秘])\s?密(?:\s?级)?[ \t*_]*")
_PERIOD_CELL = re.compile(
    r"[ \t*_]*(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:年|个月)|长期|永久|[—\-–/无]*)"
    r"[ \t*_]*"
)
# a cell naming a document (a title, a kind of document, a 文号): the row is a file's, whose
# level in its first cell is the file's mark even when the next row's differs
_DOCUMENT_CELL = re.compile(
    r"关于|通知|方案|纪要|报告|意见|办法|决定|批复|请示|规划|文件|简报|《|〔\d{4}〕|\d+\s?号"
)
# a column header naming the 密级 (密级, 保密等级, 密级名称…)
_LEVEL_HEADER = re.compile(r"[ \t*_]*(?:密\s?级|[保定]\s?密\s?(?:等\s?级|级\s?别))[^|]{0,6}")


def _level(cell: str) -> str | None:
    match = _BARE_LEVEL.fullmatch(cell)
    return None if match is None else match.group(1)


def listed_level(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` is a bare 密级 in a table cell that lists the
    levels: a row of two different levels (their headers), a row named by a level with a
    different level naming the row above or below it, or the one row named by a level under
    a 密级 header whose other cells are its periods (``| 秘密 | 10年 |``)."""
    levels = [match.start() for match in _LEVEL_IN.finditer(folded, start, end)]
    return bool(levels) and all(_listed_at(folded, at) for at in levels)


def _listed_at(folded: str, at: int) -> bool:
    """:func:`listed_level` for the 密级 at ``at`` (a span may join the cells of a row)."""
    row = row_at(folded, at)
    if row is None or not 0 <= row.column < len(row.cells):
        return False
    own = _level(row.cells[row.column])
    if own is None:
        return False
    if any(_level(cell) not in (None, own) for cell in row.cells):
        return True  # (the levels along a row: | 绝密 | 机密 | 秘密 |)
    if row.column != 0 or any(_DOCUMENT_CELL.search(cell) for cell in row.cells[1:]):
        return False  # (a file's row: its level in a later cell, or a document named beside it)
    if any(cells and _level(cells[0]) not in (None, own) for cells in (row.above, row.below)):
        return True  # (the levels down the first column)
    header = column_header(folded, at)
    return (
        header is not None
        and _LEVEL_HEADER.fullmatch(header) is not None
        and all(_PERIOD_CELL.fullmatch(cell) for cell in row.cells[1:])
    )
