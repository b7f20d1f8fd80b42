"""Marking words written with stand-ins, review 70's leftovers (fix103a): English words and
names that are no stand-in, the star forms of a stand-in 密级, joins inside a marker, 不 in
pinyin before a note's 公开, and the seeds found by the anchors' Hyperscan pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.anchors import find_anchors
from govpub.compliance.folding import fold
from govpub.compliance.literal_scan import hyperscan_module, literal_scanner
from govpub.compliance.marking_words import (
    _standin_reading,
    a_spaced_name,
    standin_markers,
    standin_seed_literals,
    standin_seeds,
    stands_in,
)
from govpub.compliance.wording import Term, TermMatcher


def _rules(text: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=text), Policy.default()).findings}


@pytest.mark.parametrize(
    "text",
    [
        "我们内部can考虑一下",  # English in a Chinese sentence: 考虑, not 内部参考
        "内部 Wen 件",  # a name set off by spaces (written with its capital)
        "老师说内部 Zi 料很多",
        "此件不公 Kai",
        "（此件不公 Kai）",
        "请 Wu 外传",
    ],
)
def test_an_english_word_or_a_name_is_no_stand_in(text: str) -> None:
    assert not _rules(text) & {"secrecy.internal", "disclosure.not_public"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("内部zi料", "secrecy.internal"),
        ("NEIBU资料", "secrecy.internal"),
        ("nei bu 资料", "secrecy.internal"),
        ("内部cankao", "secrecy.internal"),  # two syllables: pinyin, not English
        ("（此件不公kai）", "disclosure.not_public"),
        # (set off by spaces in small letters: no name, the spaced-out evasion — review 73's L2)
        ("内部 wen 件", "secrecy.internal"),
        ("内部 zi 料管理办法修订说明", "secrecy.internal"),
        ("（此件 bu 公开）", "disclosure.not_public"),
        ("请 Wu外传", "secrecy.internal"),  # (a capital glued to the ideograph after it)
    ],
)
def test_a_syllable_glued_or_with_its_fellows_still_stands_in(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize(
    ("found", "stands"),
    [
        ("内部can考", True),  # (the phrase ends at 考: 内部参考, review 73's L1)
        ("内部 wen 件", True),  # (a name's capital is read in the text as written)
        ("内部zi料", True),
        ("nei bu 资料", True),
        ("内-部-zi-料", True),
        ("内部cankao", True),
    ],
)
def test_stands_in_reads_the_runs_of_letters(found: str, stands: bool) -> None:
    word = {"考": "内部参考", "件": "内部文件"}.get(found[-1], "内部资料")
    word = "内部参考" if found.endswith("cankao") else word
    assert stands_in(found, word) is stands


def test_an_english_word_stands_for_nothing_where_the_chinese_goes_on() -> None:
    assert not stands_in("内部can考", "内部参考", after="虑")  # 我们内部can考虑一下
    assert stands_in("内部can考", "内部参考", after="）")  # （仅供内部can考）
    assert stands_in("内部 can 考", "内部参考", after="）")  # set off by spaces, ending the phrase


@pytest.mark.parametrize(
    "text",
    ["机蜜*10年", "机蜜（★）10年", "ji-密★10年", "机蜜★<br>10年", "机蜜★10年", "机蜜（★10年）"],
)
def test_a_standin_level_takes_the_star_forms_of_the_level(text: str) -> None:
    assert "secrecy.marking" in _rules(text)


@pytest.mark.parametrize("text", ["机密星10年", "机蜜星10年", "绝密星号永久"])
def test_the_star_word_glued_to_the_level_with_a_period_blocks(text: str) -> None:
    assert "secrecy.marking" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "机密星级",
        "我们的秘密星5年没见了",
        "秘密星球10年",
        "机密星10年前",
        "机蜜*",
        "机蜜（★）",
        "秘密（必修）★ 3个月",
        "国家秘密（选修）★ 2年级开设",
    ],
)
def test_no_marking_without_its_period_or_with_a_course(text: str) -> None:
    assert "secrecy.marking" not in _rules(text)


@pytest.mark.parametrize("text", ["内部姿\n料", "内-部-zi-料", "内·部·zi·料", "nei-bu资料"])
def test_a_join_inside_a_standin_marker(text: str) -> None:
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize("text", ["（此件bu公开）", "（此件bù公开）", "此件BU公开"])
def test_no_in_pinyin_before_a_note(text: str) -> None:
    assert "disclosure.not_public" in _rules(text)


@pytest.mark.parametrize("text", ["政务bu公开", "abu公开", "（此件不bu公开）"])
def test_no_in_pinyin_elsewhere_is_what_the_plain_form_gives(text: str) -> None:
    plain = text.replace("bu", "不")
    assert ("disclosure.not_public" in _rules(text)) is ("disclosure.not_public" in _rules(plain))


def test_all_in_pinyin_is_none() -> None:
    assert not _rules("NEI BU ZI LIAO")


_needs_hyperscan = pytest.mark.skipif(hyperscan_module() is None, reason="hyperscan")
# what the texts are made of: the markers' characters, homophones, pinyin, joins, prose
_PIECES = [
    *"内部资料参考文件使用材传阅不得外严禁止请勿仅供明电", *"姿咨滋", *"蜜秘觅", "jin", "wai",
    "nei", "bu", "zi", "liao", "can", "kao", "wen", "jian", "wu", "NEIBU", "zī", "Ǔ", "ū",
    " ", "\t", "\n", "-", "·", "—", "ー", "  ", "<br>", "<br />", "考虑", "咨询", "资料", "a", "s", "we", "。", "，",
]  # fmt: skip


@_needs_hyperscan
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_the_literal_seeds_are_the_expression_seeds(text: str) -> None:
    hits = literal_scanner(standin_seed_literals()).scan(text)
    assert list(standin_markers(text, standin_seeds(text, hits))) == list(standin_markers(text))


@_needs_hyperscan
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_the_anchors_pass_gives_the_seeds(text: str) -> None:
    anchors = find_anchors(text, Policy.default().terms)
    assert anchors.standins is not None
    assert list(standin_markers(text, anchors.standins)) == list(standin_markers(text))


def test_the_regex_pass_leaves_the_seeds_to_the_reader() -> None:
    matcher = TermMatcher([Term("terms.x", "warn", "内部")], engine="regex")
    assert find_anchors("内部zi料", matcher).standins is None


@_needs_hyperscan
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_the_literals_find_every_seed_the_expression_finds(text: str) -> None:
    hits = literal_scanner(standin_seed_literals()).scan(text)
    expected = [seed.start() for seed in _standin_reading().seeds.finditer(text)]
    assert standin_seeds(text, hits) == expected


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("内部 Wen 件", True),
        ("（此件不公 Kai）", True),
        ("请 Wu 外传", True),
        ("内部 zi 料", False),  # (small letters: no name)
        ("请 Wu外传", False),  # (glued to the ideograph after it)
        ("NEIBU资料", False),
        ("内部 Can 考", True),
    ],
)
def test_a_spaced_name_is_a_capital_syllable_set_off(written: str, named: bool) -> None:
    assert a_spaced_name(written) is named


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("本材料 jin 止外传", {"secrecy.internal"}),  # (禁止外传: review 76's L2)
        ("本材料禁止 wai 传", {"secrecy.internal"}),
        ("本材料 Jin 止外传", set()),  # (a name)
        ("内部  zi  料", {"secrecy.internal"}),  # (two spaces, a <br>: review 76's L2)
        ("内部<br>zi<br>料", {"secrecy.internal"}),
        ("内部<br>Zi<br>料", set()),
        ("内部<br>can<br>考虑一下", set()),
        ("（此件 bu 予公开）", {"disclosure.not_public"}),
        ("（此件不 gong 开）", {"disclosure.not_public"}),
        ("（此件 pdf 公开）", set()),
        ("（主讲：Bu Kai）公开课", set()),
    ],
)
def test_more_slots_take_a_spaced_syllable(text: str, rules: set[str]) -> None:
    result = check(Post(title="关于做好有关工作的通知", body=text), Policy.default())
    assert {finding.rule for finding in result.findings} == rules


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("词语：内部 nei bu<br>资料 zi liao", False),
        ("识字卡片：内部 nèi bù<br>资料 zī liào", False),
        ("词语：内部 nei bu 资料 zi liao", False),
        ("本刊为 nei bu 资料", True),
        ("外部 nei bu 资料", True),
        ("内部 zi 料", True),
        ("内部<br>zi<br>料", True),
        # the next word with no reading of its own: a marker (review 80's L1)
        ("内部 nei bu 资料 注意保存", True),
        ("【内部 nei bu 资料】", True),
        ("内部neibu资料", True),
        ("内部 nei bu<br>资料 注意保存", True),
    ],
)
def test_a_word_followed_by_its_reading_is_a_card(text: str, found: bool) -> None:
    """A word followed by its whole pinyin reading is a vocabulary card, not a marker with
    stand-ins; a reading after no such word, or one syllable for one ideograph, stands in
    (review 78's F2)."""
    assert bool(list(standin_markers(fold(text).text))) is found
