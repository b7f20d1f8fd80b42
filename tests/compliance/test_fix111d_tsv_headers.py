"""Fix 111d: a tab paste's or a space-aligned table's header labels its columns (red team 110's B).

The fold closes up the blanks between two ideographs, so a header line ``序号⇥姓名⇥准考证号⇥成绩``
reads ``序号姓名准考证号成绩``: its cells are counted in the text as written
(:class:`~govpub.compliance.plain_tables.Layout`), while the personal-data reader has it at hand
(:func:`~govpub.compliance.plain_tables.reading_as_written`), and the header cell over a number's
cell is its column's label as a Markdown table's header cell is — a code's header clears a number,
a personal number's header keeps it, row by row under the header, not past a blank line or a row
of another cell count.
"""

from __future__ import annotations

import pytest
from number_makers import id_number, luhn

from govpub import Policy, Post, check
from govpub.compliance._text import fold
from govpub.compliance.personal.labels import label_at
from govpub.compliance.plain_tables import (
    Span,
    Written,
    header_as_written,
    line_at,
    reading_as_written,
    written_of,
)
from govpub.compliance.table_cells import (
    _is_row_cell,
    column_header,
    plain_column_header,
    row_and_header,
)

POLICY = Policy.default()
ID, MOB, CARD = "personal.id_number", "personal.mobile", "personal.bank_card"
LEGACY = "310101850612013"  # a legacy 15-digit ID number's shape (1985-06-12)


def rules_of(text: str) -> set[str]:
    """The rules found in ``text`` (a post's body)."""
    result = check(Post(title="关于做好有关工作的通知", body=text), POLICY)
    return {finding.rule for finding in result.findings}


def folded_and_written(text: str) -> tuple[str, Written]:
    """``text`` folded, and the :class:`Written` view of it."""
    folded = fold(text)
    return folded.text, Written(text, folded.original)


def sheet(separator: str, header: list[str], *rows: list[str]) -> str:
    return "\n".join(["笔试成绩公示"] + [separator.join(line) for line in (header, *rows)])


def markdown(header: list[str], *rows: list[str]) -> str:
    lines = ["笔试成绩公示", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


# ---------------------------------------------------------------- the layout as written


@pytest.mark.parametrize(
    ("line", "cells", "tabbed"),
    [
        ("序号\t姓名\t准考证号\t成绩", 4, True),
        ("序号\t\t准考证号", 3, True),  # (an empty cell between two tabs)
        ("1  王伟  310101850612013  78.5", 4, False),
        ("\u3000\u3000序号\u3000\u3000姓名\u3000\u3000成绩", 3, False),  # (the indent parts none)
        ("6228 4865 1010 5913", None, False),  # (one space groups a number's digits)
        ("笔试成绩公示", None, False),
    ],
)
def test_a_lines_cells_are_counted_as_written(line: str, cells: int | None, tabbed: bool) -> None:
    folded, written = folded_and_written(line)
    layout = written.layout(Span(0, len(folded)))
    assert cells == (None if layout is None else layout.cells)
    assert layout is None or tabbed == layout.tabbed


def test_a_headers_cells_are_cut_where_the_fold_closed_its_tabs() -> None:
    folded, written = folded_and_written("序號\t姓名\t準考證號\t金额（元）\t备注")
    assert "序号姓名准考证号金额（元）\t备注" == folded
    line = Span(0, len(folded))
    layout = written.layout(line)
    assert layout is not None
    assert ["序号", "姓名", "准考证号", "金额（元）", "备注"] == written.folded_cells(
        folded, line, layout
    )


def test_the_header_is_the_first_line_above_the_rows_with_as_many_cells_that_is_taken() -> None:
    text = "笔试成绩公示\n序号\t姓名\t准考证号\n1\t王伟\t202503100001\n2\t李娜\t" + LEGACY
    folded, written = folded_and_written(text)
    row = line_at(folded, folded.index(LEGACY))
    layout = written.layout(row)
    assert layout is not None
    found = header_as_written(
        folded, row, layout, written, lambda line, _: "1" not in folded[line.start : line.end]
    )
    assert found is not None
    assert "序号姓名准考证号" == folded[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "between",
    [
        "",  # (a blank line: another table's rows)
        "1\t王伟",  # (a row of another cell count)
        "拟录用人员名单",  # (a title of one cell)
    ],
)
def test_no_header_is_found_past_a_line_of_another_count(between: str) -> None:
    text = f"序号\t姓名\t准考证号\n{between}\n2\t李娜\t{LEGACY}"
    folded, written = folded_and_written(text)
    row = line_at(folded, folded.index(LEGACY))
    layout = written.layout(row)
    assert layout is not None
    assert header_as_written(folded, row, layout, written, lambda line, cells: True) is None


# ---------------------------------------------------------------- the table readers


def test_a_plain_header_is_read_only_while_the_written_text_is_at_hand() -> None:
    folded, written = folded_and_written(f"序号\t姓名\t准考证号\n1\t王伟\t{LEGACY}")
    at = folded.index(LEGACY)
    assert column_header(folded, at) is None  # (the folded text alone: its tabs are gone)
    assert written_of(folded) is None
    with reading_as_written(folded, written):
        assert written is written_of(folded)
        assert written_of(folded + " ") is None  # (another text)
        assert "准考证号" == column_header(folded, at)
        assert "准考证号" == (plain_column_header(folded, at) or (None,))[0]
        assert "serial" == label_at(folded, at)
        assert column_header(folded, folded.index("王伟")) == "姓名"
    assert written_of(folded) is None  # (and put back after)


def test_a_number_that_does_not_start_its_cell_has_no_header() -> None:
    folded, written = folded_and_written(f"序号\t姓名\t准考证号\n1\t王伟\tNo.{LEGACY}")
    with reading_as_written(folded, written):
        assert column_header(folded, folded.index(LEGACY)) is None


def test_a_plain_rows_cells_and_header_are_read_as_written() -> None:
    account = luhn("400002290910001234")
    text = f"收款单位信息\n户名\t开户行\t账号\n深圳市福田区财政局\t工商银行福田支行\t{account}"
    folded, written = folded_and_written(text)
    at = folded.index(account)
    assert ([], [], -1) == row_and_header(folded, at)
    with reading_as_written(folded, written):
        headers, cells, column = row_and_header(folded, at)
    assert ["户名", "开户行", "账号"] == headers
    assert ["深圳市福田区财政局", "工商银行福田支行", account] == cells
    assert 2 == column


def test_a_personal_header_labels_its_column_as_one() -> None:
    text = f"序号\t姓名\t身份证号\t准考证号\n1\t王伟\t{LEGACY}\t{LEGACY}"
    folded, written = folded_and_written(text)
    first = folded.index(LEGACY)
    second = folded.index(LEGACY, first + 1)
    with reading_as_written(folded, written):
        assert "id" == label_at(folded, first)
        assert "serial" == label_at(folded, second)


# ---------------------------------------------------------------- check(): as a Markdown table


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("准考证号", LEGACY),
        ("考生号", luhn("425123101234567")),
        ("报名序号", "15910200101"),
        ("准考证号", "13101230456"),
        ("身份证号", LEGACY),
        ("身份证号", id_number("31010419851122368")),
        ("联系电话", "13812345678"),
        ("银行卡号", luhn("621700123456789012")),
    ],
)
def test_a_tab_pastes_header_reads_as_a_markdown_tables(header: str, value: str) -> None:
    columns = ["序号", "姓名", header, "成绩"]
    row = ["1", "王伟", value, "78.5"]
    assert rules_of(markdown(columns, row)) == rules_of(sheet("\t", columns, row))


def test_each_column_is_read_by_its_own_header() -> None:
    separator = "\t"
    columns = ["姓名", "准考证号", "联系电话", "考生号"]
    row = ["王伟", LEGACY, "13812345678", luhn("425123101234567")]
    assert {MOB} == rules_of(sheet(separator, columns, row))


def test_every_row_under_the_header_is_labelled() -> None:
    rows = [[str(i), "王伟", f"20250310{i:04d}", "78.5"] for i in range(1, 41)]
    rows[35][2] = LEGACY
    assert set() == rules_of(sheet("\t", ["序号", "姓名", "准考证号", "成绩"], *rows))


@pytest.mark.parametrize(
    "text",
    [
        # another table's header above a blank line
        f"序号\t姓名\t准考证号\n1\t王伟\t202503100001\n\n2\t李娜\t{LEGACY}",
        # a row of another cell count
        f"序号\t姓名\t准考证号\n1\t王伟\t{LEGACY}\t备注",
        # one space parts no cells (decided)
        f"序号 姓名 准考证号\n1 王伟 {LEGACY}",
        # no header: a title
        f"拟录用人员名单\n1\t王伟\t{LEGACY}",
    ],
)
def test_a_number_under_no_header_of_its_table_is_read_as_before(text: str) -> None:
    assert {ID} == rules_of(text)


def test_a_masked_tail_before_a_labelled_code_stays_clean() -> None:
    """The mask-tail rule (fix110f) and the header together: 310104********6217⇥<准考证号>."""
    text = sheet(
        "\t",
        ["序号", "姓名", "身份证号", "准考证号"],
        ["1", "王伟", "310104********6217", "202503104174"],
        ["2", "李娜", "310104********3688", LEGACY],
    )
    assert set() == rules_of(text)


def test_a_row_naming_a_personal_number_is_nearer_than_a_serial_header() -> None:
    """As in a Markdown table (fix 129): ``1⇥王某⇥就诊人手机号⇥139…`` under ``…⇥编号``."""
    columns = ["序号", "姓名", "项目", "编号"]
    row = ["1", "王某", "就诊人手机号", "13938513134"]
    assert {MOB} == rules_of(sheet("\t", columns, row))
    assert set() == rules_of(sheet("\t", columns, ["1", "王某", "体检", "13938513134"]))


# ---------------------------------------------------------------- mend 121 (review 98)

MOBILE = "13912345678"


@pytest.mark.parametrize(
    "header",
    ["联系电话1", "手机（11位）", "2026年联系电话"],
)
def test_a_header_holding_a_digit_is_its_tables_header(header: str) -> None:
    """L1: a second table's header with a digit is not walked over to the first's 考生号."""
    text = "\n".join(
        [
            "笔试成绩公示",
            "序号\t姓名\t考生号\t成绩",
            "1\t李娜\t2026010001\t78.5",
            f"序号\t姓名\t{header}\t备注",
            f"1\t王伟\t{MOBILE}\t无",
        ]
    )
    assert {MOB} == rules_of(text)


def test_a_digit_in_another_columns_header_does_not_unmake_it() -> None:
    """F1: ``2026年成绩`` beside 准考证号 is still the header."""
    text = f"笔试成绩公示\n序号\t姓名\t准考证号\t2026年成绩\n1\t王伟\t{LEGACY}\t78.5"
    assert set() == rules_of(text)


@pytest.mark.parametrize("cell", [MOBILE, "139****5678", "", "6228 4812 3456 7890 128"])
def test_a_rows_cell_opens_with_a_number(cell: str) -> None:
    """A line whose cell in the number's column opens with a number is one of the rows."""
    folded, written = folded_and_written(f"1\t王伟\t{cell}\t78.5")
    layout = written.layout(Span(0, len(folded)))
    assert layout is not None
    assert _is_row_cell(written.text, layout, 2)


@pytest.mark.parametrize("cell", ["联系电话1", "2026年身份证号", "身份证号（15位）"])
def test_a_headers_cell_names_the_column(cell: str) -> None:
    folded, written = folded_and_written(f"序号\t姓名\t{cell}\t备注")
    layout = written.layout(Span(0, len(folded)))
    assert layout is not None
    assert not _is_row_cell(written.text, layout, 2)


@pytest.mark.parametrize(
    "text",
    [
        # L2: a padded name parts a space-aligned row's cells where its header has none
        f"考生联系表\n序号  姓名    联系电话      考生号\n1     王  伟  {MOBILE}",
        # L3: a prose line with two spaces is no header
        f"请注意\n如有疑问请联系  本表不列考生号\n王老师  {MOBILE}",
        # a space-aligned table's header is not read (as before fix 111d)
        f"笔试成绩公示\n序号  姓名  考生号  成绩\n1  王伟  {MOBILE}  78.5",
    ],
)
def test_a_space_aligned_tables_header_is_not_read(text: str) -> None:
    """L2, L3: only a tab paste's cells are counted as written."""
    assert {MOB} == rules_of(text)
    folded, written = folded_and_written(text)
    with reading_as_written(folded, written):
        assert column_header(folded, folded.index(MOBILE)) is None
