"""Fix 104d: ad hosts spelled or wrapped over the breaks a page shows as a line break (review
71's L2, L3, L6, L7, L8; review 72's L9), and 公开属性 columns in tables as exports write them
(review 72's L2, L3, L5)."""

from __future__ import annotations

import pytest
from spelled_hosts import POLICY, rules_of, spelled_hosts

from govpub.compliance.disclosure import find_disclosure_notes
from govpub.compliance.folding import fold
from govpub.compliance.form_syntax import _cell_spans, _label
from govpub.compliance.plain_tables import Span
from govpub.compliance.spelled_links import find_wrapped_hosts


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("<p>网址：t.</p><p>cn/A1b2</p>", "t.cn"),  # L2: a paragraph's tags after the dot
        ("<div>网址：t.</div>\n<div>cn/A1b2</div>", "t.cn"),
        ("网址：t.<p>cn/A1b2", "t.cn"),
        ('<p>网址：t.</p><p class="x">cn/A1b2</p>', "t.cn"),  # (attributes)
        ("网址：t<br>.cn/A1b2", "t.cn"),  # L3: <br> before the dot
        ("网址：t<BR/>.cn/A1b2", "t.cn"),
        ("s.click.tao  bao.com/t?e=1", "s.click.taobao.com"),  # L6: two spaces
        ("s.click.tao\tbao.com/t?e=1", "s.click.taobao.com"),  # L6: a tab
        ("<p>s.click.tao<br>bao.com/t?e=1</p>", "s.click.taobao.com"),  # L8: no scheme
        ("入口：s.click.tao\nbao.com/t?e=1", "s.click.taobao.com"),
        ("<p>https://t.c<br>\n  n/A1b2</p>", "t.cn"),  # L9: indentation after <br>
        ("<p>https://t.c<br>\n\nn/A1b2</p>", "t.cn"),  # L9: a blank source line
        ("<p>https://t.c</p><p>n/A1b2</p>", "t.cn"),  # L9 / L2: over paragraphs
    ],
)
def test_a_host_over_a_break_is_read(text: str, host: str) -> None:
    assert spelled_hosts(text) == [host]
    assert "ad.spelled_link" in rules_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "<p>网址：t.</p><p>cn</p>",  # no path over a paragraph break
        "<p>I like it.</p><p>com是常见的域名后缀</p>",
        "<p>评级 A.</p><p>CO 浓度 0.6mg/m³</p>",
        "<p>Here it is.</p><p>GD is short for Guangdong.</p>",
        "<div>今日空气质量：</div><div>● 综合评级 A</div><div>● CO 浓度 0.6mg/m³</div>",
        "<p>https://t.c<br><br><br>n/A1b2</p>",  # three <br>: a gap
        "<p>Visit tao<br>bao.com/x</p>",  # a word above: prose
        "www.gov.cn  www.news.cn",
        "https://www.gov.cn/a/s.click.tao\nbao.com/x",  # a path above, no host
    ],
)
def test_no_host_over_these_breaks(text: str) -> None:
    assert spelled_hosts(text) == []
    assert "ad.spelled_link" not in rules_of(text)


def test_a_schemeless_wrap_needs_a_dot_above_and_a_dot_or_path_below() -> None:
    folded = fold("s.click.tao\nbao").text
    assert list(find_wrapped_hosts(folded, POLICY.links.is_ad_host)) == []


@pytest.mark.parametrize("bar", ["\u00a6", "\u2502", "\u2223", "|"])
def test_a_bar_look_alike_after_a_host_parts_two_addresses(bar: str) -> None:
    text = f"www.gov.cn{bar}t.cn/A1b2"
    assert rules_of(text) == {"ad.link_stripped"}
    assert rules_of(f"www.gov.cn{bar}www.stats.gov.cn") == set()


def _notes(text: str) -> list[tuple[str, str]]:
    folded = fold(text).text
    return [(folded[start:end], kind) for start, end, kind in find_disclosure_notes(folded)]


@pytest.mark.parametrize(
    "text",
    [
        '标题,公开属性\n"关于某某事项的通知","不予公开"',  # L2: quoted fields
        '"标题","公开属性"\n"关于某某事项的通知","不予公开"',
        '标题,公开属性\n关于某某事项的通知,"不予公开"',
        '标题,公开属性\n"关于甲,乙事项的通知","不予公开"',  # a comma inside quotes
        "标题,公开属性：\n关于某某事项的通知,不予公开",  # L3: the label's colon
        "标题｜公开属性:\n关于某某事项的通知｜不予公开",
        "标题，公开属性\n关于某某事项的通知，不予公开",  # L5: typed with ，
    ],
)
def test_a_column_as_exports_write_it_is_a_note(text: str) -> None:
    assert _notes(text) == [("不予公开", "not_public")]
    assert "disclosure.not_public" in rules_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们认为，公开属性\n应当依法确定，不予公开的要说明理由",  # prose with ，
        "根据《政府信息公开条例》有关规定，公开属性\n关于某某事项的通知，不予公开",
        "标题，公开属性\n关于某某事项的通知，经研究，不予公开",  # a row of another count
        "| 标题 | 公开属性： |\n|---|---|\n| 关于某某事项的通知 | 不予公开 |",  # Markdown: warns
        "标题\t公开属性:\n关于某某事项的通知\t不予公开",  # a tab paste: not read
        '"信息类别","公开属性"\n"涉及国家秘密的","不予公开"',  # a guide's row
    ],
)
def test_no_column_note(text: str) -> None:
    assert "disclosure.not_public" not in rules_of(text)


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("a,b", ["a", "b"]),
        ('"a","b"', ["a", "b"]),
        ('"a,x",b', ["a,x", "b"]),
        ('"a""x""",b', ['a""x""', "b"]),  # (the doubled quotation marks stay as written)
        (' "a" ,b', ["a", "b"]),
        ('"a"x,b', ['"a"x', "b"]),  # text after the closing mark: not a quoted field
        ('"a,b', ['"a', "b"]),  # never closed: split as written
    ],
)
def test_csv_cells_are_read_inside_their_quotation_marks(row: str, cells: list[str]) -> None:
    assert [row[start:end] for start, end in _cell_spans(row, Span(0, len(row)), ",")] == cells


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("公开属性：", "公开属性"),
        ("公开属性:", "公开属性"),
        ('"公开属性"', "公开属性"),
        ("公开属性为", None),
    ],
)
def test_a_header_cells_colon_is_the_labels(key: str, label: str | None) -> None:
    assert _label(key) == label
