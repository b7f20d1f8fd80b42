"""Stripping an ad link leaves no lone Markdown emphasis mark behind (red team 21).

The fold reads ``t.c*n/A6x*`` as ``t.cn/A6x`` (a pair of single-``*`` italics on one
line, red team 20); the link found ends before the closing ``*``, so stripping it left a
``*`` that the page shows.  A pair with nothing between it once the link is gone
(``*t.cn/A6x*``, a code span's backticks) showed its marks too.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import strip_ad_links


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # half a pair inside the link, the other half beside it
        ("t.c*n/A6x*", ""),
        ("*t.cn*/A6x", ""),
        ("**t.cn**/A6x", ""),
        ("详见 t.c*n/A6x* 报名", "详见  报名"),
        ("报名网址：*t.cn*/A6xYz。", "报名网址：。"),
        # half a pair inside the link, the other half further on its line
        ("详见 t.c*n/A6x 报名*", "详见  报名"),
        ("*详见 t.c*n/A6x 报名", "详见  报名"),
        ("*重要* t.c*n/A6x* 和 *其他*", "*重要*  和 *其他*"),
        # a pair with nothing left between it
        ("报名网址：*t.cn/A6xYz*", "报名网址："),
        ("报名网址：**t.cn/A6xYz**", "报名网址："),
        ("***t.cn/A6x***", ""),
        ("详见 _t.cn/A6x_ 报名", "详见  报名"),
        ("详见 ~~t.cn/A6x~~ 报名", "详见  报名"),
        ("详见 `t.cn/A6x` 报名", "详见  报名"),
        ("- *u.jd.com/K7qP2x*", "- "),
        ("*https://t.cn/x*，欢迎参加", "，欢迎参加"),
        ('*<a href="https://t.cn/x">https://t.cn/x</a>*', ""),
        ("*[https://t.cn/x](https://t.cn/x)*", ""),
        # balanced: nothing else changes
        ("t.*cn*/A6x", ""),
        ("*详见t.cn/A6x*", "*详见*"),
        ("**详见 t.cn/A6x 报名**", "**详见  报名**"),
        ("**[领取](https://t.cn/x)**", "**领取**"),
        ("**注意**：*t.cn/A6x* 与 **b**", "**注意**： 与 **b**"),
        ("3*4 与 t.cn/A6x 与 5*6", "3*4 与  与 5*6"),
    ],
)
def test_no_lone_emphasis_mark_is_left(text: str, clean: str) -> None:
    assert clean == strip_ad_links(text)[0]


@settings(max_examples=60, deadline=None)
@given(
    mark=st.sampled_from(["*", "**", "_", "~~", "`"]),
    before=st.sampled_from(["", "详见 ", "报名网址：", "- "]),
    after=st.sampled_from(["", " 报名", "，欢迎参加", "。"]),
)
def test_stripping_a_wrapped_link_leaves_the_words_only(mark: str, before: str, after: str) -> None:
    text = f"{before}{mark}t.cn/A6xYz{mark}{after}"
    clean, removed = strip_ad_links(text)
    assert ["t.cn/A6xYz"] == removed
    assert before + after == clean
    assert (clean, []) == strip_ad_links(clean)
