"""The one reader of a plain-text table's lines, cells and header (fix 103d).

Three readers had grown apart (a tab paste's phone column, fix101a; the header over a CSV's
cell, fix101g; a form's 公开属性 column, fix101f); they ask :mod:`govpub.compliance.plain_tables`.
"""

from __future__ import annotations

from govpub.compliance.plain_tables import (
    Span,
    Written,
    cell_starts,
    first_separator,
    header_above,
    header_cell,
    line_at,
    rows_below,
)


def _no_digit(text: str) -> object:
    return lambda start, end: not any(char.isdigit() for char in text[start:end])


def test_line_at() -> None:
    text = "a,b\n1,2\n3,4"
    assert Span(0, 3) == line_at(text, 0)
    assert Span(4, 7) == line_at(text, 5)
    assert Span(8, 11) == line_at(text, 10)
    assert Span(4, 7) == line_at(text, 7)  # (the line's "\n" is its own)


def test_header_above_over_rows() -> None:
    text = "工单号,状态\n6201,已办结\n6202,办理中"
    row = line_at(text, text.index("6202"))
    assert Span(0, 6) == header_above(text, row, ",", _no_digit(text))  # type: ignore[arg-type]


def test_header_above_stops_at_a_line_without_the_separator() -> None:
    text = "工单号,状态\n说明一行\n6201,已办结"
    row = line_at(text, text.index("6201"))
    assert Span(7, 11) == header_above(text, row, ",", _no_digit(text))  # type: ignore[arg-type]
    prose = "第1行说明\n6201,已办结"
    row = line_at(prose, prose.index("6201"))
    assert header_above(prose, row, ",", _no_digit(prose)) is None  # type: ignore[arg-type]


def test_header_above_is_bounded() -> None:
    rows = "".join(f"{n},x\n" for n in range(20))
    text = "号,值\n" + rows + "99,y"
    row = line_at(text, text.index("99,y"))
    assert header_above(text, row, ",", _no_digit(text)) is None  # type: ignore[arg-type]
    near = "号,值\n1,x\n2,y"
    row = line_at(near, near.index("2,y"))
    reach = max(0, row.start - 4)  # (the header starts before the reach back)
    assert header_above(near, row, ",", _no_digit(near), low=reach) is None  # type: ignore[arg-type]
    long = "号," + "值" * 600 + "\n1,x"
    row = line_at(long, long.index("1,x"))
    assert header_above(long, row, ",", _no_digit(long), line_most=500) is None  # type: ignore[arg-type]


def test_rows_below_and_cells() -> None:
    text = "序号\t姓名\n1\t张三\n2\t李四\n说明"
    rows = list(rows_below(text, text.index("1\t"), lambda s, e: "\t" in text[s:e]))
    assert [Span(6, 10), Span(11, 15)] == rows
    assert [6, 8] == list(cell_starts(text, rows[0], "\t"))
    assert "\t" == first_separator(text, rows[0])
    assert first_separator(text, line_at(text, len(text) - 1)) is None


def test_header_cell() -> None:
    assert "公开属性" == header_cell("标题,公开属性", ",", 2, 1)
    assert header_cell("标题", ",", 2, 1) is None  # (a header with fewer cells tells no column)


def test_written_counts_the_tabs_the_fold_dropped() -> None:
    written = "序号\t姓名\t电话"
    folded = "序号姓名电话"
    offsets = [0, 1, 3, 4, 6, 7]
    as_written = Written(written, lambda at: offsets[at] if at < len(offsets) else len(written))
    assert 2 == as_written.tabs(0, 6)
    assert ["序号", "姓名", "电话"] == as_written.cells(Span(0, len(folded)))
