"""Fix 102b: spelled-out ad hosts red team 102 found passing, and a ``|`` inside a host.

A ``<br>`` after the dot or inside a wrapped host's label is a line break; the dot named
``dian``, ``句号``, ``圆点``, ``点儿``, drawn as ``●`` or a round emoji; a space inside a
label of a listed ad host; ``|`` ends a host (browsers forbid it in one).
"""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.links.scanner import find_links
from govpub.compliance.spelled_links import (
    find_spaced_labels,
    find_spelled_links,
    find_wrapped_hosts,
    with_round_dots,
)

POLICY = Policy.default()
IS_AD = POLICY.links.is_ad_host


def _hosts(text: str) -> list[str]:
    folded = fold(text)
    return [host for _, _, host in find_spelled_links(with_round_dots(text, folded), IS_AD)]


def _rules(text: str) -> set[str]:
    return {f.rule for f in check(Post(id="p", title="通知", body=text), POLICY).findings}


@pytest.mark.parametrize(
    "text", ["网址：t.<br>cn/x", "t.<BR>cn/x", "t.<br/>cn/x", "t.<br />cn/x", "t。<br>cn/x"]
)
def test_a_br_after_the_dot_is_a_line_break(text: str) -> None:
    assert _hosts(text) == ["t.cn"]


def test_a_br_inside_a_label_after_a_scheme_is_a_wrap() -> None:
    found = list(find_wrapped_hosts("详见https://t.c<br>n/A6x", IS_AD))
    assert [host for _, _, host in found] == ["t.cn"]
    assert list(find_wrapped_hosts("详见https://www.gov.cn<br>cn/x", IS_AD)) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("t dian cn/x", "t.cn"),
        ("u dian jd dian com/x", "u.jd.com"),
        ("t句号cn/x", "t.cn"),
        ("t圆点cn/x", "t.cn"),
        ("t 圆点 cn/x", "t.cn"),
        ("t点儿cn/x", "t.cn"),
        ("t●cn/x", "t.cn"),
    ],
)
def test_the_dot_named_or_drawn_otherwise(text: str, host: str) -> None:
    assert _hosts(text) == [host]


@pytest.mark.parametrize(
    "text", ["请在句末加句号", "图中圆点为站点", "Zhang Dian cn", "tdiancn", "● 第一条 ● 第二条"]
)
def test_prose_with_the_words_and_symbols_stays_clean(text: str) -> None:
    assert _hosts(text) == []


@pytest.mark.parametrize("emoji", ["⚫", "⚫\ufe0f", "🔴", "🟢", "⚪"])
def test_a_round_emoji_for_the_dot(emoji: str) -> None:
    assert _hosts(f"t{emoji}cn/x") == ["t.cn"]
    assert "ad.spelled_link" in _rules(f"网址：t{emoji}cn/x")


def test_round_dots_are_read_one_for_one_and_only_where_an_emoji_was() -> None:
    text = "a⚫️b <b>c</b>🔴d e"
    folded = fold(text)
    read = with_round_dots(text, folded)
    assert len(read) == len(folded.text)
    assert read.count("·") == 2
    plain = fold("t cn/x")
    assert with_round_dots("t cn/x", plain) is plain.text
    assert _hosts("g⭕⭕gle t⭕cn") == []  # (a ring is a letter o or a zero: not in the set)


def test_a_space_inside_a_label_of_a_listed_ad_host() -> None:
    found = list(find_spaced_labels("网址：s.click.tao bao.com/t?e=x", IS_AD))
    assert [(start, host) for start, _, host in found] == [(3, "s.click.taobao.com")]
    assert _rules("s.click.tao bao.com/t?e=x") == {"ad.spelled_link"}


@pytest.mark.parametrize(
    "text",
    [
        "www.gov.cn news.cn",
        "访问 tao bao.com",
        "go to u.jd.com/x",
        "see t.cn/x",
        "I love s click.a.com",
    ],
)
def test_no_listed_host_joined_or_a_part_an_ad_host_by_itself(text: str) -> None:
    assert list(find_spaced_labels(text, IS_AD)) == []


@pytest.mark.parametrize(
    "text", ["www.gov.cn|t.cn/A1b2", "https://www.gov.cn|t.cn/A1b2", "www.gov.cn｜t.cn/A1b2"]
)
def test_a_bar_ends_a_host(text: str) -> None:
    assert _rules(text) == {"ad.link_stripped"}


def test_a_bar_after_a_gov_link_leaves_it_whole() -> None:
    urls = find_links(fold("https://www.gov.cn|x").text)
    assert urls == ["https://www.gov.cn"]
