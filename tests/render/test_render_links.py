"""URLs in Chinese text end where CJK text or full-width punctuation begins."""

from __future__ import annotations

import pytest

from govpub.render.links import find_urls
from govpub.render.markdown import markdown_to_html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("详见https://www.gov.cn/a/b.html。更多内容", ["https://www.gov.cn/a/b.html"]),
        ("请看https://www.gov.cn/c_123.htm查看", ["https://www.gov.cn/c_123.htm"]),
        ("访问www.gov.cn了解", ["www.gov.cn"]),
        ("见 https://www.gov.cn/a?x=1，以及", ["https://www.gov.cn/a?x=1"]),
        ("（https://a.gov.cn/b）", ["https://a.gov.cn/b"]),
        ("【https://a.gov.cn/b】", ["https://a.gov.cn/b"]),
        ("“https://a.gov.cn/b”", ["https://a.gov.cn/b"]),
        ("https://a.gov.cn/x…更多", ["https://a.gov.cn/x"]),
        ("https://a.gov.cn/x\u3000全角空格", ["https://a.gov.cn/x"]),
        ("see https://a.gov.cn/b. Next", ["https://a.gov.cn/b"]),
        ("x https://a.gov.cn/b?q=1&r=2#frag y", ["https://a.gov.cn/b?q=1&r=2#frag"]),
        (
            "two https://a.gov.cn/1 and http://b.gov.cn/2",
            ["https://a.gov.cn/1", "http://b.gov.cn/2"],
        ),
        ("版本1.5倍，C# and F#", []),
        ("没有链接的句子。", []),
    ],
)
def test_find_urls_respects_cjk_boundaries(text: str, expected: list[str]) -> None:
    assert expected == [span.raw for span in find_urls(text)]


def test_find_urls_offsets_index_the_original_text() -> None:
    text = "详见https://www.gov.cn/a.html。"
    (span,) = find_urls(text)
    assert (2, 27) == (span.start, span.end)
    assert span.raw == text[span.start : span.end]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        (
            "详见https://www.gov.cn/a.html。更多",
            '<p>详见<a href="https://www.gov.cn/a.html">https://www.gov.cn/a.html</a>。更多</p>\n',
        ),
        (
            "访问www.gov.cn了解",
            '<p>访问<a href="http://www.gov.cn">www.gov.cn</a>了解</p>\n',
        ),
        (
            "[链接](https://a.gov.cn/x)不再重复",
            '<p><a href="https://a.gov.cn/x">链接</a>不再重复</p>\n',
        ),
    ],
)
def test_markdown_linkifies_bare_urls_in_chinese_text(markdown: str, expected: str) -> None:
    assert expected == markdown_to_html(markdown)
