"""Share codes framed as share codes are — between a share code's delimiters with the trigger in
their sentence, between "复制" and "打开<app>", right after a code's name — judged by a far
weaker test than a token anywhere near a trigger (red team 102's share-code-read-as-words);
a code before an app named with a stand-in or after "去" (share-undelimited-standin-app)."""

from __future__ import annotations

import random
import string
import tomllib

import pytest
from check_timing import grows_linearly
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance._data import data_text
from govpub.compliance.share_code_rules import share_code_rules

CASES = [
    ("^82j4Gty6uaa^ 复制打开淘宝", True),  # one capital
    ("^A2j4Gty6uaa^ 复制打开淘宝", True),
    ("￥DT9e 4vab sbc￥复制打开淘宝", True),  # a syllable in its small letters, grouped
    ("淘口令：LKBJ7VK4qiQ", True),
    ("#7vud7c8D4qr# 复制后打开淘宝", True),
    ("^jRNwkJTQMly^ 复制打开淘宝", True),  # no digit
    ("复制6GhdVXwqqL8打开🍑宝", True),  # an app's stand-in name
    ("复制4BSBN3heHFN，去某宝搜", True),  # 去, not 打开
    ("复制4BSBN3heHFN，去淘宝搜索", True),
    # how to copy it, between the code and 复制 (red team 106: Taobao's own wording)
    ("VAQz99KzQVD 长按复制打开淘宝", True),
    ("“VAQz99KzQVD”，长按复制后打开淘宝", True),
    ("VAQz99KzQVD 長按複製此條消息，打開淘寶", True),
    ("VAQz99KzQVD 请长按复制后打开淘宝", True),
    ("8Hk2LmnPQrT 点击复制，打开手机淘宝", True),
    ("VAQz99KzQVD 长按后复制打开淘宝", True),  # review 79: more ways to say how
    ("VAQz99KzQVD 双击复制打开淘宝", True),
    ("VAQz99KzQVD 按住再复制，打开淘宝", True),
    ("CZ3457 双击复制打开淘宝", False),  # a model number, not a random code
    ("£VAQz99KzQVD£打开👉手机淘宝👈即可领取", True),  # £ and ‹ › as delimiters
    ("‹VAQz99KzQVD›打开手机淘宝", True),
    ("年货节福利£VAQz99KzQVD£", True),
    ("iPhone15Pro 长按复制链接打开京东", False),
    ("Hello World 长按复制打开淘宝", False),
    ("门票价格£25，可打开淘宝购买", False),
    ("^_^ 复制打开淘宝", False),  # an emoticon
    ("^_^ Welcome2024 ^_^ 复制打开淘宝", False),  # a word between two emoticons
    ("^Welcome2024^ 复制打开淘宝", False),
    ("#315Shopping# 复制打开淘宝", False),  # a topic
    ("#HelloWorld# 复制打开淘宝", False),
    ("￥1380￥复制打开淘宝", False),  # a price
    ("￥Taobao Live￥复制打开淘宝", False),  # words
    ("淘口令：TaobaoLive", False),
    ("复制iPhone15Pro打开淘宝", False),  # a product model
    ("复制XiaoMi14去京东搜", False),
    ("复制RTX4090Ti打开京东", False),
    ("[doge][AbCdEfGh] 打开淘宝直播间看助农带货", False),  # a Weibo emoticon's code
    ("调用接口{userId12345}后打开淘宝", False),  # a template's field
    ("[Zhang2020a] 复制打开淘宝", False),  # a citation
    ("这是某宝贵经验，值得复制推广", False),
    ("复制链接后去某宝贵宾厅领取", False),
    ("宝宝🍑宝宝 复制打开🍑宝宝相册", False),
    (
        "#7vud7c8D4qr#。\n\n本周活动安排如下，欢迎大家复制后打开淘宝搜索“助农”",
        False,
    ),  # not its sentence
]


@pytest.mark.parametrize(("text", "blocks"), CASES)
def test_framed_share_codes(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text), Policy.default())
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)


@pytest.mark.parametrize(
    "word",
    [
        "Welcome2024",
        "iPhone15Pro",
        "XiaoMi14",
        "HuaWeiP60",
        "TaobaoLive",
        "RTX4090Ti",
        "HelloWorld",
    ],
)
def test_words_and_models_are_not_framed_codes(word: str) -> None:
    bare = share_code_rules().bare
    assert bare is not None
    assert not bare.written_like_a_code(word, framed=True)


def test_the_framed_test_misses_few_random_codes() -> None:
    """Random codes of 11 letters and digits, as a 淘口令 is drawn: the strict test misses
    about a fifth of them (2,149 of 10,000 with this seed), the framed one about 7 % (its
    syllables read generously, so that a product's name stays one: review 70's F1)."""
    bare = share_code_rules().bare
    assert bare is not None
    rng = random.Random(102)
    alphabet = string.ascii_letters + string.digits
    codes = ["".join(rng.choice(alphabet) for _ in range(11)) for _ in range(2000)]
    strict = sum(not bare.written_like_a_code(code) for code in codes)
    framed = sum(not bare.written_like_a_code(code, framed=True) for code in codes)
    assert strict > 300
    assert framed < 160


def test_framed_codes_are_read_in_linear_time() -> None:
    for unit in (
        "^82j4Gty6uaa^ 复制打开淘宝 ",
        "复制6GhdVXwqqL8打开🍑宝 ",
        "复制4BSBN3heHFN，去某宝搜 ",
    ):
        assert grows_linearly(unit * 40, unit * 400, within=2.0), unit


@pytest.mark.parametrize(
    "name", ["JavaScript", "McDonald", "LinkedIn", "SketchUp", "MacBookPro14", "HuaWeiP60Pro"]
)
def test_a_products_name_framed_as_a_code_stays_a_word(name: str) -> None:
    """Review 70's F1: 复制JavaScript，打开京东 names a word, not a share code."""
    result = check(Post(title="通知", body=f"复制{name}，打开京东"), Policy.default())
    assert [finding.rule for finding in result.findings] == []


def _copy_leads() -> list[str]:
    """The shipped words between a code and the copy verb (``[bare] copy_leads``)."""
    data = tomllib.loads(data_text("share_codes.toml"))
    return list(data["bare"]["copy_leads"])


@settings(max_examples=60, deadline=None)
@given(
    code=st.text(string.ascii_letters + string.digits, min_size=11, max_size=11),
    leads=st.lists(st.sampled_from(_copy_leads()), min_size=1, max_size=2),
    gap=st.sampled_from(["", " ", "，", "”，"]),
)
def test_a_code_then_how_to_copy_it_blocks(code: str, leads: list[str], gap: str) -> None:
    """A code written as a random code is, then one or two of the words that say how to copy
    it (长按, 点击, 请…), then 复制打开淘宝: red team 106's share texts."""
    bare = share_code_rules().bare
    assert bare is not None
    assume(bare.written_like_a_code(code))
    text = f"{code}{gap}{''.join(leads)}复制打开淘宝"
    result = check(Post(title="通知", body=text), Policy.default())
    assert [f.rule for f in result.findings] == ["ad.share_code"], text
