"""Fix 99f (red team 99's wrap-in-group-after-name and ocr-column-tab-paste; fix99b's note on a
person's row): a mobile or a card a PDF wrapped inside a group, after a person's name or an
owner's or payee's word, is read as one number — a line's end, a hyphen at it, a page number or a
footer on a line of its own are soft wraps; a tab paste's rows under a phone's column header are
labelled for letters read as digits; a row's name cell the fold joined to a sex is a person's."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.grouping import WrittenNumber, find_numbers
from govpub.compliance.personal.lookalikes import _tab_cells_under, _under_tab_phone_header
from govpub.compliance.personal.reading import _soft_wrap, _unwrapped_lengths


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings if f.severity == "block"}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("失主王先生183191\n67517", "personal.mobile"),
        ("失主183191\n67517，请速联系", "personal.mobile"),
        ("1\t张三\t132390\n03129", "personal.mobile"),
        ("申请人张三，131954-\n95313", "personal.mobile"),
        ("收款人张三，622226\n8417511476", "personal.bank_card"),
        ("转账至6222 02\n12 3456 7894", "personal.bank_card"),
        ("申请人张三，138\n\n— 2 —\n\n74365363", "personal.mobile"),
        ("申请人张三，1383\n第 2 页 共 5 页\n3710584", "personal.mobile"),
        ("申请人张三，183759\f84345", "personal.mobile"),
        ("1\t张三\t'1928609\n3312", "personal.mobile"),
        ("序号\t姓名\t联系电话\n1\t张三\tl3812345678", "personal.mobile"),
        ("序号\t姓名\t联系电话\n1\t张三\t1B61Z674539", "personal.mobile"),
        ("| 王明 | 男 | 汉族 | 1391 2345678 |", "personal.mobile"),
    ],
)
def test_blocks(body: str, rule: str) -> None:
    assert rule in _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        "张三，1831\n9167万元",
        "张三\n183191\n67517",
        "王小明 19850315\n123",
        "10001\t张三\t183191\n10002\t李四\t5",
        "张三，183191\n67517件",
        "<p>183191\n67517</p>",
        "183191\n67517",
        "序号\t姓名\t编号\n1\t张三\t1B61Z674539",
        "| 黄金 | 男 | 合计 | 1391 2345678 |",
        "| 黄金男装 | 1391 2345678 |",
    ],
)
def test_stays_clean(body: str) -> None:
    assert not _rules(body)


def test_soft_wraps() -> None:
    for wrap in ("\n", "-\n", "\n\n— 2 —\n\n", "\n第 2 页共 5 页\n"):
        assert _soft_wrap(wrap)
    for gap in ("\n\n", " ", "<br>"):
        assert not _soft_wrap(gap)


def _number(text: str) -> WrittenNumber:
    (number,) = find_numbers(text)
    return number


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("失主王先生183191\n67517", (11,)),
        ("转账至6222 02\n12 3456 7894", (4, 4, 4, 4)),
        ("失主王先生139\n12345678", None),  # (an edge: read as written)
        ("失主王先生198503\n12345", None),  # (a date's head)
        ("183191\n67517", None),  # (no name before)
    ],
)
def test_unwrapped_lengths(text: str, lengths: tuple[int, ...] | None) -> None:
    assert _unwrapped_lengths(text, _number(text)) == lengths


def test_tab_phone_header() -> None:
    text = "序号姓名联系电话\n1\t李四\t无\n2\t张三\tl3812345678"
    assert _under_tab_phone_header(text, text.index("l38"))
    assert not _under_tab_phone_header("序号姓名编号\n1\t张三\tl3812345678", 16)
    cells, end = _tab_cells_under(text, text.index("\n"))
    assert text.index("l38") in cells
    assert end == len(text)


@pytest.mark.parametrize(
    "unit",
    [
        "失主王先生183191\n67517。",
        "1\t张三\t132390\n03129\n",
        "序号\t姓名\t联系电话\n1\t张三\tl3812345678\n",
        "联系电话",
        "| 王明 | 男 | 汉族 | 1391 2345678 |\n",
    ],
)
def test_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
