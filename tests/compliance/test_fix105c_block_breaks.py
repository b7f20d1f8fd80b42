"""Fix 105c: ad hosts spelled over the block breaks the WeChat editors write (<section>, list
items, table cells, headings; a block break before the dot; a blank line inside a label;
review 76's L5), 公开属性 columns in ;-separated tables (L6a), and the tables' cost (S2)."""

from __future__ import annotations

import pytest
from spelled_hosts import rules_of, spelled_hosts

from govpub.compliance.folding import fold
from govpub.compliance.form_syntax import _remembered, _separator, form_notes


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("<p>网址：t.</p><section><p>cn/A1b2</p></section>", "t.cn"),  # L5a
        ("<section>网址：t.</section><section>cn/A1b2</section>", "t.cn"),  # L5b
        ('<section style="margin:0">网址：t.</section><section>cn/A1b2</section>', "t.cn"),
        ("<li>网址：t.</li><li>cn/A1b2</li>", "t.cn"),  # L5c
        ("<td>网址：t.</td><td>cn/A1b2</td>", "t.cn"),
        ("<h3>网址：t.</h3><p>cn/A1b2</p>", "t.cn"),
        ("<p>网址：t</p><p>.cn/A1b2</p>", "t.cn"),  # L5d: a block break before the dot
        ("<p>网址：t.c</p><p>n/A1b2</p>", "t.cn"),  # L5e: no scheme
        ("<p>s.click.tao</p><p>bao.com/t?e=1</p>", "s.click.taobao.com"),  # L5f
        ("s.click.tao\n\nbao.com/t?e=1", "s.click.taobao.com"),  # L5g: a blank line
        ("网址：t<br>\n.cn/A1b2", "t.cn"),  # L5h: <br> and a newline before the dot
        ("网址：t<br/>\n  .cn/A1b2", "t.cn"),
    ],
)
def test_a_host_over_a_block_break_is_read(text: str, host: str) -> None:
    assert spelled_hosts(text) == [host]
    assert "ad.spelled_link" in rules_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "<section>网址：t.</section><section>cn</section>",  # (no path: two paragraphs)
        "<section>I like it.</section><section>com是常见的域名后缀</section>",
        "<section>北京、上海等 etc.</section><section>cn字头的域名由CNNIC管理</section>",
        "<li>See the list.</li><li>net 收入增长</li>",
        "<section>评级 A.</section><section>CO 浓度 0.6mg/m³</section>",
        "<p>版本号 v2</p><p>.net 框架</p>",
        "s.click.tao\n\n\nbao.com/t?e=1",  # (two blank lines: a gap)
    ],
)
def test_paragraphs_that_end_and_start_with_words_stay_two(text: str) -> None:
    assert spelled_hosts(text) == []
    assert "ad.spelled_link" not in rules_of(text)


def test_a_heavy_bar_ends_a_host_as_a_light_one_does() -> None:
    assert rules_of("www.gov.cn┃t.cn/A1b2") == rules_of("www.gov.cn│t.cn/A1b2")
    assert rules_of("www.gov.cn┃www.stats.gov.cn") == set()


@pytest.mark.parametrize(
    ("line", "separator"),
    [
        ("标题;公开属性", ";"),
        ("标题,公开属性;备注", ","),  # (a comma first: ; inside a cell)
        ("标题|公开属性;x", "|"),
        ("标题，公开属性", "，"),
    ],
)
def test_a_header_line_tells_its_separator(line: str, separator: str) -> None:
    assert _separator(line) == separator


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("标题;公开属性\n关于开展安全生产大检查的通知;不予公开", {"disclosure.not_public"}),
        ('"标题";"公开属性"\n"关于开展安全生产大检查的通知";"不予公开"', {"disclosure.not_public"}),
        ("标题;公开属性\n关于开展安全生产大检查的通知;主动公开", set()),
        ("信息类别;公开属性\n国家秘密;不予公开", {"secrecy.sensitive_term"}),
        (
            "标题;公开属性\n关于开展安全生产大检查的通知;按规定不予公开的要说明理由",
            {"secrecy.sensitive_term"},
        ),
        # (L6b/c declined: a paragraph or a <br> a row is read as a <table>'s rows are)
        (
            "<p>标题，公开属性</p><p>关于开展安全生产大检查的通知，不予公开</p>",
            {"secrecy.sensitive_term"},
        ),
        ("标题，公开属性<br>关于开展安全生产大检查的通知，不予公开", {"secrecy.sensitive_term"}),
    ],
)
def test_a_semicolon_table_is_read_as_a_comma_one(text: str, rules: set[str]) -> None:
    assert rules_of(text) == rules


def test_a_columns_values_are_judged_once_each() -> None:
    seen: list[str] = []

    def judge(text: str) -> list[tuple[int, int, str]]:
        seen.append(text)
        return [(0, len(text), "x")] if "不予" in text else []

    judged = _remembered(judge)
    assert judged("不予公开") == judged("不予公开") == [(0, 4, "x")]
    assert seen == ["不予公开"]


def test_a_repeated_header_is_no_value() -> None:
    folded = fold("标题，公开属性\n" * 50).text
    anchors = [at for at in range(len(folded)) if folded.startswith("公开", at)]
    calls: list[str] = []

    def judge(text: str) -> list[tuple[int, int, str]]:
        calls.append(text)
        return []

    assert list(form_notes(folded, anchors, [], judge)) == []
    assert calls == []
