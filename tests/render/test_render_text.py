"""Plain text, sentence-boundary cutting and the source line."""

from __future__ import annotations

import pytest
from render_helpers import make_post

from govpub.model import Source
from govpub.render import attribution
from govpub.render.text import html_to_blocks, markdown_to_text, one_line, shorten


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (None, None),
        (Source(name="新华社", url="https://www.news.cn/a.html"), "来源：新华社"),
        (Source(name="中国政府网"), "来源：中国政府网"),
        (Source(url="https://www.gov.cn/zhengce/a.htm"), "来源：www.gov.cn"),
    ],
)
def test_attribution(source: Source | None, expected: str | None) -> None:
    assert expected == attribution(make_post(source=source))


def test_html_to_blocks_drops_markup_and_images() -> None:
    html = (
        "<h2>一、 标题</h2><p>第一段\n续行，<strong>加粗</strong>。<img src='a.png' alt='图'></p>"
        "<ul><li>甲</li><li>乙</li></ul><table><tr><td>a</td><td>b</td></tr></table>"
        "<p>a<br>b</p><pre>x  y\n z</pre>"
    )
    assert ["一、 标题", "第一段 续行，加粗。", "甲", "乙", "a b", "a", "b", "x  y\n z"] == (
        html_to_blocks(html)
    )


def test_markdown_to_text() -> None:
    assert "标题\n正文，[链接]。\n项" == markdown_to_text("# 标题\n\n正文，\\[链接\\]。\n\n- 项\n")


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (["第一段。", "第二段。"], "第一段。第二段。"),
        (["一、活动时间", "3月7日。"], "一、活动时间 3月7日。"),
        (["He said “yes.”", "Then"], "He said “yes.”Then"),
        (["  a  b ", "", "c"], "a b c"),
    ],
)
def test_one_line(blocks: list[str], expected: str) -> None:
    assert expected == one_line(blocks)


TEXT = (
    "为深入践行绿水青山就是金山银山的理念，市绿化委员会决定开展义务植树活动。现将有关事项通知如下。"
)


@pytest.mark.parametrize(
    ("text", "budget", "expected"),
    [
        # fits: unchanged, even at exactly the budget
        (TEXT, len(TEXT), TEXT),
        ("短句。", 3, "短句。"),
        # a sentence end is preferred ("。" dropped before the ellipsis)
        (TEXT, 40, "为深入践行绿水青山就是金山银山的理念，市绿化委员会决定开展义务植树活动…"),
        # no sentence end keeps half the budget: the clause end is used
        (TEXT, 30, "为深入践行绿水青山就是金山银山的理念…"),
        # nor a clause end: cut at a character (CJK has no spaces)
        (TEXT, 12, "为深入践行绿水青山就是…"),
        # "？" and "！" are kept: they carry meaning
        ("真的吗？是的，我们明天就出发去植树。", 8, "真的吗？…"),
        # closing quotes belong to the sentence
        ("他说：“要种好树。”然后大家出发去了公园里面。", 12, "他说：“要种好树。”…"),
        # Latin: a full stop counts only before a space; words are not split
        ("Hello world. This is a longer test sentence", 30, "Hello world. This is a longer…"),
        ("Version 3.5 of the rules applies", 15, "Version 3.5 of…"),
        # a URL is kept whole or dropped whole; after a URL the ellipsis is set off by a space
        (
            "详见https://www.example.gov.cn/a.html。其他内容很多很多",
            40,
            "详见https://www.example.gov.cn/a.html …",
        ),
        ("详见https://www.example.gov.cn/a.html。其他内容很多很多", 30, "详见…"),
        # nothing fits: empty, never a lone ellipsis
        (TEXT, 2, "为…"),
        (TEXT, 1, ""),
        ("https://www.example.gov.cn/a.html", 10, ""),
    ],
)
def test_shorten(text: str, budget: int, expected: str) -> None:
    assert expected == shorten(text, budget)
    assert len(expected) <= budget


def test_shorten_with_weights() -> None:
    # Chinese counts 2, ASCII 1: "abc 中文" = 3 + 1 + 4 = 8
    weight = lambda c: 1 if c.isascii() else 2  # noqa: E731
    assert "abc 中文" == shorten("abc 中文", 8, weight=weight)
    assert "abc…" == shorten("abc 中文", 7, weight=weight)
    assert "abc 中…" == shorten("abc 中文字", 8, weight=weight)
