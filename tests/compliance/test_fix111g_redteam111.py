"""Fix 111g: red team 111's misses and its F1.

* M1: an @mention whose account name ends in a verb of handling (``@某市发布 内部资料``): after
  ``@`` the word is the account's name, not a verb taking the marker (:mod:`.secrecy`).
* M2: a full-width ``＊`` (``✱``, ``∗``) after a level is read where ``★`` is: no Markdown
  reads it as emphasis (:func:`.secrecy.no_markdown_stars`).
* F1: no card is taken from the head of an 18-digit number starting 51–55 that goes on in its
  grouping (``5289 0672 6901 8966 18``; :mod:`.personal.reading`).
"""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.secrecy import (
    after_handling,
    find_markings,
    find_star_markings,
    no_markdown_stars,
)


def _rules(body: str) -> set[str]:
    return {
        finding.rule for finding in check(Post(title="通知", body=body), Policy.default()).findings
    }


@pytest.mark.parametrize(
    "text",
    ["@北京发布 内部资料", "@成都发布 內部資料", "@北京转发 内部资料", "＠江苏教育发布 内部参考"],
)
def test_an_account_named_for_a_verb_before_an_internal_marker_blocks(text: str) -> None:
    assert {"secrecy.internal"} == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "严禁发布内部资料。",
        "在个人微信朋友圈发布内部资料，是违反保密纪律的行为。",
        "严禁通过邮箱tougao@163发布内部资料。",
    ],
)
def test_a_verb_of_handling_in_prose_or_an_email_stays_prose(text: str) -> None:
    assert set() == _rules(text)


def test_a_mention_is_no_verb_of_handling() -> None:
    folded = fold("@北京发布内部资料")
    assert (False, True) == (
        after_handling(folded.text, folded.text.index("内部"), folded.removals),
        after_handling("严禁发布内部资料", 4),
    )


def test_a_wide_star_reads_as_the_star_it_stands_for() -> None:
    written = "绝密＊，请相互告知。秘密*"
    folded = fold(written)
    assert "绝密★，请相互告知。秘密*" == no_markdown_stars(folded, written)


def test_a_footnote_key_leaves_the_wide_star_a_footnote() -> None:
    written = "商业秘密＊的认定见附件。\n＊注：见第九条。"
    folded = fold(written)
    assert folded.text == no_markdown_stars(folded, written)


def test_what_was_read_before_is_read_in_the_same_place() -> None:
    written = "# 机密＊10年 正文"
    folded = fold(written)
    assert list(find_markings(folded.text)) == find_star_markings(folded, written)


@pytest.mark.parametrize(
    "text",
    [
        "：机密＊",
        "机密＊。",
        "@某市发布 绝密＊  欢迎扩散。",
        "机密✱，请妥善保管。",
        "秘密∗，会后收回。",
    ],
)
def test_a_star_no_markdown_reads_blocks_where_the_star_blocks(text: str) -> None:
    assert {"secrecy.marking"} == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "5289 0672 6901 8966 18",
        "5510 0671 7073 8117 75",
        "5500000000000004 31",
        "5500-0000-0000-0004-31",
    ],
)
def test_an_18_digit_51_55_number_in_its_grouping_is_no_card(text: str) -> None:
    assert set() == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "卡号：5500 0000 0000 0004 31",
        "6228 4865 1010 5913\t2",
        "5500 0000 0000 0004  31",
        "5500 0000 0000 0004，31",
        "张三 5289 0672 6901 8966 18",
        "第3 5289 0672 6901 8966 18",
        "5289 0672 6901 8966 61岁",
        "4111 1111 1111 1111 23",
    ],
)
def test_a_card_ended_by_a_cell_a_label_a_holder_or_another_length_still_blocks(text: str) -> None:
    assert {"personal.bank_card"} == _rules(text)
