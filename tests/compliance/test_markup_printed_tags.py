"""Tags and table rows read as Markdown prints them (fix98b: review 64's F2, L5, F5).

A GFM table interrupts a paragraph only when its delimiter row has as many cells as its header
row (GFM 0.29 §4.10: cells split at unescaped pipes, a leading and a trailing pipe make none),
so a comment opened above a row of the wrong count goes on and hides what follows; a start tag
CommonMark reads as none (an attribute name not ASCII) or whose ">" a blank line parts from its
"<" is printed, its references decoded — outside a raw HTML block, where the browser reads the
tag; a "//" in a query opens a nested host only where an authority may start, not in a path.
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub.compliance.folding import fold
from govpub.compliance.folding.gfm_tables import table_cells
from govpub.compliance.personal import query


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("| a | b |", 2),
        ("a | b", 2),
        ("| a | b", 2),
        ("a | b |", 2),
        ("|---|", 1),
        ("|---|---|", 2),
        ("---|---", 2),
        ("| :-- | --: |", 2),
        ("  | a |  ", 1),
        (r"| a \| b |", 1),  # (an escaped pipe splits no cell)
        (r"| a \\| b |", 1),  # (the renderer, markdown-it-py, looks one character back)
        ("|", 0),
        ("||", 1),
        (r"a\|b", 1),  # (a pipe escaped: one cell, and a row)
        ("| `a|b` |", 2),  # (a code span's pipe splits too, unescaped)
        ("no pipe", 0),
    ],
)
def test_a_table_rows_cells_are_counted_as_gfm_splits_them(row: str, cells: int) -> None:
    assert table_cells(row) == cells


_ID = "身份证号：110101199003074514"


@pytest.mark.parametrize(
    ("rows", "shown"),
    [
        ("| a | b |\n|---|---|", True),  # (a table: the comment above it is printed)
        ("a | b\n---|---", True),
        ("| a | b |\n| :-- | --: |", True),
        ("| a \\| b |\n|---|", True),  # (one cell each, as written)
        ("| a | b |\n|---|", False),  # (2 against 1: no table, the comment goes on)
        ("| a | b |\n|---|---|---|", False),
        ("| a \\| b |\n|---|---|", False),
        ("| a | b |\n|-x-|---|", False),  # (no delimiter row)
    ],
)
def test_a_table_ends_a_comments_paragraph_only_with_as_many_cells(rows: str, shown: bool) -> None:
    text = f"段落 <!-- x\n{rows}\n{_ID} -->"
    assert ("110101199003074514" in fold(text).text) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("正文<b 手机：&#49;3812345678>", "13812345678"),  # (review 64's L5)
        ("正文<b 手机=&#49;3812345678>", "13812345678"),
        ("正文<b 手机：13812345678>", "13812345678"),
        ("正文<span data-x=1 手机：&#49;3812345678>", "13812345678"),
        ('<img src="身份证号：&#x31;10101199003074514"\n\n正文>结束', "110101199003074514"),
        ('<img src="身份证号：&#x31;10101199003074514"\n\nzw>结束', "110101199003074514"),
        ('正文<b data-x="手机：&#49;3812345678"\n\nzw>结束', "13812345678"),
    ],
)
def test_a_tag_markdown_reads_as_none_is_printed(text: str, shown: str) -> None:
    assert shown in fold(text).text


@pytest.mark.parametrize(
    "text",
    [
        '正文<b data-x="手机：&#49;3812345678">x</b>',  # (an ASCII name: a tag, unshown)
        "正文<b data-x=手机：&#49;3812345678>x</b>",
        "<p>正文<b 手机：&#49;3812345678></p>",  # (in a raw HTML block: the browser's tag)
        '<p data-x="手机：&#49;3812345678"\n\nzw>结束',  # (the block's own tag)
        '<img src="手机：&#49;3812345678"\nzw>结束',  # (one line break: still a tag)
    ],
)
def test_a_tag_markdown_reads_stays_unshown(text: str) -> None:
    assert "13812345678" not in fold(text).text


def test_a_printed_tag_keeps_its_words_and_a_read_one_goes() -> None:
    assert fold("机<span 类=x>密</span>★10年").text == "机<span 类=x>密★10年"
    assert fold('机<span class="x">密</span>★10年').text == "机密★10年"


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://x.cn/?img=//cdn.x.cn//a.13812345678.jpg", False),  # (a path's "//")
        ("https://x.cn/?img=//cdn.x.cn/a//13812345678.x.jpg", False),
        ("https://x.cn/?img=//cdn.x.cn/13812345678.jpg", False),
        ("https://x.cn/?u=//13812345678.x.cn", True),
        ("https://x.cn/?img=//a.13812345678.jpg", True),  # (a host: a.138….jpg)
        ("https://x.cn/?u=https%3A%2F%2F13812345678.x.cn", True),
        ("https://x.cn/?u=https%3A%2F%2Fa.13812345678.x.cn", True),
        ("https://a.gov.cn/r?https://x.13812345678.t.cn/", True),
        ("https://a.gov.cn/r?https:/\\13812345678.t.cn/", True),
        ("https://a.gov.cn/r?a=1&//13812345678.t.cn/", True),
        ("https://a.gov.cn/r?u=x%3B%2F%2F13812345678.t.cn", True),  # (an escaped ";")
        ("https://a.gov.cn/r?u=x%2F%2F13812345678.t.cn", False),  # (a relative path)
    ],
)
def test_a_nested_host_opens_only_where_an_authority_may(url: str, found: bool) -> None:
    assert bool(list(query._nested_hosts(url))) is found


@pytest.mark.parametrize(
    "form",
    [
        "段落 <!-- x\n| a | b |\n|---|\n",  # (rows of the wrong count, each sought past)
        "| a | b | c |\n|---|---|\n",
        "正文<b 手机：&#49;3812345678>",
        '<img src="&#49;3812345678"\n\n正文>',
        '<b data-x="&#49;"\n\n',
    ],
)
def test_the_readings_are_linear(form: str) -> None:
    body = form * (80_000 // len(form))
    assert grows_linearly(body[: len(body) // 10], body, within=1.5, work=fold)
