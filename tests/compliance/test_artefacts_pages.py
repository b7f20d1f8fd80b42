"""Fix127a: the page furniture fix112h and mend125 left unread between an item's halves
(``govpub/compliance/folding/artefacts.py``) — a gazette's line with its date, its 号 issue or its
page number, page numbers as ``·12·``, ``12/30``, ``Page 3 of 10``, a bare number or a document's
header at a page turn — and the lines that stay the page's text."""

from __future__ import annotations

import pytest

from govpub.compliance.folding import fold
from govpub.compliance.folding.artefacts import (
    _pages_in_order,
    may_hold_page_break,
    page_breaks,
)

_GAZETTE = "北京市人民政府公报"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # a header printed once, after a form feed alone on its line
        (f"电话：138 1234\n\f\n{_GAZETTE} 2024年第3期\n5678", "电话:138 1234\n5678"),
        ("电话：13812\n\f\n- 12 -\n\n345678", "电话:13812\n345678"),
        # a gazette's line with its date, its 号, its volume, its page number
        (f"电话：13812\n{_GAZETTE} 2024年1月15日\n345678", "电话:13812\n345678"),
        (f"电话：13812\n{_GAZETTE} 2024年3月\n345678", "电话:13812\n345678"),
        ("电话：13812\n国务院公报 2024年第3号\n345678", "电话:13812\n345678"),
        (f"电话：13812\n{_GAZETTE} 2024年第3期（总第800期）\n345678", "电话:13812\n345678"),
        (f"电话：13812\n— 12 — {_GAZETTE}\n345678", "电话:13812\n345678"),
        (f"电话：13812\n{_GAZETTE} — 13 —\n345678", "电话:13812\n345678"),
        (f"电话：13812\n{_GAZETTE} 2024年第3期 13\n345678", "电话:13812\n345678"),
        (f"电话：13812\n2024年第3期 {_GAZETTE}\n345678", "电话:13812\n345678"),
        (f"电话：13812\n{_GAZETTE} 2024年第3期 \n345678", "电话:13812\n345678"),
        ("电话：13812\n某某省人民政府公报（总第256期）\n345678", "电话:13812\n345678"),
        # page numbers alone
        ("电话：13812\n·12·\n345678", "电话:13812\n345678"),
        ("电话：13812\n· 12 ·\n345678", "电话:13812\n345678"),
        ("电话：13812\n12/30\n345678", "电话:13812\n345678"),
        ("电话：13812\n共10页 第3页\n345678", "电话:13812\n345678"),
        ("电话：13812\nPage 3 of 10\n345678", "电话:13812\n345678"),
        # at a page turn: a bare number, an organ's 文件, a 文号
        ("电话：13812\n12\n\f345678", "电话:13812\n345678"),
        ("电话：13812\n\f12\n345678", "电话:13812\n345678"),
        ("电话：13812\n\f北京市人民政府办公室文件\n345678", "电话:13812\n345678"),
        ("电话：13812\n\f京政办发〔2024〕5号\n345678", "电话:13812\n345678"),
        ("电话：13812\n— 3 —\n京政办发〔2024〕5号\n345678", "电话:13812\n345678"),
        ("机\n北京市人民政府公报 2024年1月15日\n密★10年", "机密★10年"),
    ],
)
def test_more_furniture_inside_an_item_is_read_as_nothing(text: str, folded: str) -> None:
    assert fold(text).text == folded


@pytest.mark.parametrize(
    "text",
    [
        "电话：13812\n2024年1月15日\n345678",  # a date alone is a date line
        "电话：13812\n京政办发〔2024〕5号\n345678",  # a 文号 with no page turn beside it
        "电话：13812\n12\n345678",  # a bare number with no form feed: a figure
        "电话：13812\n30/12\n345678",  # a page beyond its count: a ratio
        "电话：13812\n\f关于转发有关文件\n345678",  # a title's 文件, no organ's header
        "电话：13812\n\f某某局内部文件\n345678",  # a marking's words: never nothing
        "电话：13812\n\f北京市保密局文件\n345678",  # 密
        f"电话：13812\n\f{_GAZETTE} 2024年第3期（此件不公开）\n345678",  # more than a header
        f"电话：13812\n{_GAZETTE}2024年第3期刊登了该通知\n345678",  # prose
        f"电话：13812\n{_GAZETTE} 2024.3\n345678",  # no issue, date or page of a header's
        "20260100 王伟 139\n12\n\f20260101 李娜 128",  # two numbers, no label (F1)
    ],
)
def test_lines_that_are_the_pages_text_stay(text: str) -> None:
    assert page_breaks(text) == []  # every line read as written


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # a short number line that completes an item is the item's: only the form feed goes
        ("电话：1381234\n\f567\n8", "电话:1381234\n567\n8"),
        ("电话：138\n\f123\n45678", "电话:138\n123\n45678"),
        ("身份证号码1101051949\n\f123\n1002X", "身份证号码1101051949\n123\n1002x"),
        # ... and a page number that would spoil it goes
        ("电话：13812\n\f12\n345678", "电话:13812\n345678"),
        ("银行卡号：622202\n\f12\n1234567890128", "银行卡号:622202\n1234567890128"),
    ],
)
def test_a_bare_number_is_a_page_only_where_it_completes_no_item(text: str, folded: str) -> None:
    assert fold(text).text == folded


@pytest.mark.parametrize(
    ("furniture", "in_order"),
    [
        ("12/30\n", True),
        ("3 / 10\n", True),
        ("10/10\n", True),
        ("30/12\n", False),  # a ratio or a date
        ("0/3\n", False),  # no page 0
        ("第3页/共10页\n", True),  # (no digits beside the slash)
        ("公报 2024年第3期\n", True),
    ],
)
def test_a_page_is_never_beyond_its_count(furniture: str, in_order: bool) -> None:
    assert _pages_in_order(furniture) is in_order


@pytest.mark.parametrize(
    ("text", "may"),
    [
        # lines that end as fix127a's furniture ends, each told whole
        (f"1\n{_GAZETTE} 2024年1月15日\n2", True),
        ("1\n国务院公报 2024年第3号\n2", True),
        ("1\n12/30\n2", True),
        ("1\nPage 3 of 10\n2", True),
        ("1\n·12·\n2", True),
        ("1\n· 12 ·\n2", True),
        (f"1\n{_GAZETTE} 13\n2", True),
        (f"1\n{_GAZETTE} 2024年第3期 \n2", True),
        ("1\n某某省人民政府公报（总第256期）\n2", True),
        # and lines that end so and are no furniture: a date line, a row's count, a mobile, a
        # 文号 with no page turn, a sentence with trailing blanks
        ("1\n2024年3月1日\n2", False),
        ("1\n城东街道 合计 12\n2", False),
        ("1\n王伟 13812345678\n2", False),
        ("1\n京政办发〔2024〕5号\n2", False),
        ("1\n现将有关事项通知如下。 \n2", False),
        ("1\n" + "现将有关事项通知如下" * 9 + "公报 12\n2", False),  # (a line too long)
    ],
)
def test_only_a_line_that_ends_as_furniture_is_looked_at(text: str, may: bool) -> None:
    assert may_hold_page_break(text) is may


@pytest.mark.parametrize(
    "text",
    [
        f"电话：13812\r\n\f\r\n{_GAZETTE} 2024年1月15日\r\n345678",
        "电话：13812\n12\n\f345678 和 (cid:3)",
        "电话：13812\n— 3 —\n京政办发〔2024〕5号\n345678",
    ],
)
def test_more_furniture_maps_back_to_the_text_as_written(text: str) -> None:
    folded = fold(text)
    for index, char in enumerate(folded.text):
        written = text[folded.original(index)]
        assert written == char or fold(written).text in (char, "") or written in "(\r\x0c"
    removed = folded.removed_offsets()
    assert removed == sorted(set(removed))
    assert len(text) - len(removed) == len(folded.text)
