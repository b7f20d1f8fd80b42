"""Marking words written otherwise: internal-use markers spelled out with list marks between
their characters, and a character of a marking word written as a homophone or its pinyin."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.marking_words import (
    _LIST_MARKS,
    apart_anchors,
    spelled_apart,
    standin_expression,
    standin_markers,
    stands_in,
)
from govpub.compliance.regex_cache import regex


def _rules(text: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=text), Policy.default()).findings}


@pytest.mark.parametrize("mark", list(_LIST_MARKS))
def test_a_marker_listed_apart_blocks(mark: str) -> None:
    assert "secrecy.internal" in _rules(f"{mark.join('内部资料')}\n各单位：")


@pytest.mark.parametrize(
    "text",
    [
        "内、 部、 资、 料",  # a space after each mark
        "内 、部 、资 、料",  # ... or before it
        "内，部、资、料",  # two kinds of marks
        "【仅、供、内、部、参、考】",
        "不，得，外，传",
    ],
)
def test_spaces_and_mixed_marks_block(text: str) -> None:
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "本次检查覆盖省、市、县、乡四级。",
        "国内、外部资料均已归档。",  # 内、 is an anchor; 外部资料 is no marker spelled apart
        "内、部、资料",  # a mark missing: not spelled out letter by letter
        "机、密、文、件",  # (机密 is no internal-use marker)
    ],
)
def test_lists_and_partial_spellings_stay_clean(text: str) -> None:
    assert "secrecy.internal" not in _rules(text)


def test_anchors_are_a_first_character_and_a_mark() -> None:
    anchors = apart_anchors()
    assert {"内、", "内 、", "不，"} <= set(anchors)
    assert spelled_apart("x内、部、资、料", 1) == ("内部资料", 8)
    assert spelled_apart("国内、外", 1) is None


@given(
    st.lists(st.sampled_from("省市县乡镇村组户内外部资料"), min_size=3, max_size=8),
    st.sampled_from(list(_LIST_MARKS)),
)
def test_lists_of_single_characters_stay_clean_unless_a_marker(items: list[str], mark: str) -> None:
    text = f"检查范围：{mark.join(items)}。"
    found = "secrecy.internal" in _rules(text)
    assert found == (mark.join("内部资料") in text)


# ----- stand-ins: a character written as a homophone or its pinyin (red team 102) -----------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("机蜜★10年", "secrecy.marking"),  # 蜜 for 密
        ("绝蜜★永久", "secrecy.marking"),
        ("ji密★10年", "secrecy.marking"),  # 机 in pinyin
        ("JĪ密★10年", "secrecy.marking"),  # in capitals, with its tone mark
        ("机㊙★10年", "secrecy.marking"),  # ㊙ folds to 秘, a stand-in for 密
        ("内部姿料", "secrecy.internal"),
        ("NEIBU资料", "secrecy.internal"),
        ("内部ZILIAO", "secrecy.internal"),
        ("内部zi料", "secrecy.internal"),
        ("nei bu 资料", "secrecy.internal"),
        ("（此件不公kai）", "disclosure.not_public"),
        ("（此件不gōng开）", "disclosure.not_public"),
    ],
)
def test_a_marking_word_with_a_stand_in_blocks(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "机蜜是一种罕见的蜂蜜。",  # a level's stand-in needs its star and period
        "本店机蜜★五星好评",  # (a star, no period)
        "蜜月旅行攻略",
        "秘书处负责会务安排",
        "资料下载",
        "调整内部姿态",
        "Steneibu资料库",  # neibu inside a word
        "https://www.example.gov.cn/neibu/ziliao/index.html",
        "推进政务公开，做好信息公开工作",
        "积蜜★10年",  # two homophones read as another word
    ],
)
def test_stand_in_look_alikes_stay_clean(text: str) -> None:
    assert not _rules(text)


@pytest.mark.parametrize(
    ("found", "stands"),
    [
        ("内部姿料", True),
        ("neibu资料", True),
        ("nei bu资料", True),
        ("内部资料", False),  # as written: the term lists'
        ("内部 资料", False),
        ("neibuziliao", False),  # all pinyin: a term of its own list, or none
    ],
)
def test_stands_in_needs_a_stand_in_and_an_ideograph(found: str, stands: bool) -> None:
    assert stands_in(found, "内部资料") is stands


def test_one_homophone_at_most() -> None:
    expression = regex(standin_expression("机密"))
    assert expression.fullmatch("鸡密")
    assert expression.fullmatch("机蜜")
    assert expression.fullmatch("鸡蜜") is None
    assert expression.fullmatch("jī mì")
    assert expression.fullmatch("ji蜜")


def test_standin_markers_name_the_marker() -> None:
    assert list(standin_markers("见neibu资料及内部姿料")) == [
        (1, 8, "内部资料"),
        (9, 13, "内部资料"),
    ]


@pytest.mark.parametrize(
    "text", ["机密（星）10年", "秘密（星号）3年", "绝密【五角星】永久", "机密 ( 星 ) 十年"]
)
def test_the_star_written_as_a_word_blocks(text: str) -> None:
    assert "secrecy.marking" in _rules(text)


@pytest.mark.parametrize("text", ["机密（星期一）会议纪要", "酒店星级评定", "机密（星）"])
def test_star_words_without_brackets_or_period_stay_clean(text: str) -> None:
    assert "secrecy.marking" not in _rules(text)


@pytest.mark.parametrize(
    "phrase", ["内部姿料，", "a内", "neibu资料 ", "不公kai", "机蜜★10年 ", "内部资料"]
)
def test_stand_ins_are_read_in_linear_time(phrase: str) -> None:
    small, large = (phrase * (n // len(phrase)) for n in (8_000, 80_000))
    assert grows_linearly(small, large, within=1.5)
