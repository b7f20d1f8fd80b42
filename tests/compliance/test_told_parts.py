"""Fix 102e (red team 102's ``number-told-in-parts``): a mobile or ID number told in parts, each
named by its place (:mod:`govpub.compliance.personal.told_parts`)."""

from __future__ import annotations

import itertools
import re

import pytest
from check_timing import grows_linearly, repeated
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance._data import data_kinds
from govpub.compliance._text import fold
from govpub.compliance.anchors import find_anchors
from govpub.compliance.literal_scan import hyperscan_module
from govpub.compliance.personal import find_personal_data, mask_personal_data
from govpub.compliance.personal.told_parts import (
    _COUNT,
    _PLACE,
    _counts,
    _tellings,
    place_literals,
    told_numbers,
)
from govpub.compliance.spans import DisjointSpans
from govpub.compliance.wording import Term, TermMatcher


def _told(text: str) -> list[tuple[str, int, str]]:
    """What :func:`told_numbers` finds in ``text`` (as folded already): kind, start, mask."""
    hits = told_numbers(text, text, lambda at: at, lambda start, end: False, DisjointSpans())
    return [(hit.kind, hit.start, hit.masked) for hit in hits]


def _rules(body: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手机号是138开头，后面是12345678", ("mobile", 4, "138开头，后面是****5678")),
        (
            "电话前三位155，中间四位0140，尾号5780",
            ("mobile", 5, "155，中间四位****，尾号5780"),
        ),
        ("尾号6544，前七位1994819", ("mobile", 2, "6544，前七位199****")),
        (
            "电话是一八九，然后二四六〇，最后七七八三",
            ("mobile", 3, "一八九，然后****，最后七七八三"),
        ),
        (
            "身份证前六位310104，后面是199404189271",
            ("id_number", 6, "310104，后面是********9271"),
        ),
        ("王老师的号码前半是1352688。后半是9798。", ("mobile", 9, "135****。后半是9798")),
        (
            "手机号码以139开头，以5678结尾，中间是1234",
            ("mobile", 5, "139开头，以5678结尾，中间是****"),
        ),
    ],
)
def test_a_number_told_in_named_parts_is_found_at_its_first_part(
    text: str, expected: tuple[str, int, str]
) -> None:
    assert [expected] == _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "尾号5780的用户请于本周内到服务大厅领取。",
        "前三位是地区码，后面是顺序码。",
        "前三季度增长138，后面是12345678元",
        "验证码前三位是138，后八位是12345678",
        "手机验证码前三位是138，后八位是12345678",
        "订单号码是138，后面是12345678",
        "您尾号5678的储蓄卡账户3月5日支出人民币100.00元。",
        "本周一限行尾号为1和6的车辆，周二限行尾号为2和7的车辆。",
        "手机号前三位138、139、150为中国移动号段。",
        "电话前三位1551，中间四位0140，尾号578",
        "身份证前六位310104，后面是199404189270",
        "前半是1352688。后半是9798。",
        "电话前三位138，请于周五前报名并按时参加培训。后八位12345678",
        "一开始138，然后12345678",
    ],
)
def test_look_alikes_are_no_telling(text: str) -> None:
    assert [] == _told(text)


def test_counts_must_fit_their_parts() -> None:
    assert [] == _told("电话前四位155，后八位01405780")
    assert ["mobile"] == [kind for kind, _, _ in _told("电话前三位155，后八位01405780")]


def test_a_part_needs_its_end() -> None:
    """A part that runs on into a unit or a word is a figure's (后面是12345678元)."""
    assert [] == _told("手机号是138开头，后面是12345678元")
    assert [] == _told("手机号是138开头，后面是12345678的")


def test_no_label_needs_every_part_counted_or_named() -> None:
    assert ["mobile"] == [kind for kind, _, _ in _told("前七位1381234，尾号5678")]
    assert [] == _told("前面是1381234，后面是5678")
    assert ["mobile"] == [kind for kind, _, _ in _told("手机前面是1381234，后面是5678")]


def test_the_check_blocks_and_masks_the_whole_telling() -> None:
    body = "报名请联系王老师，手机号是138开头，后面是12345678。"
    assert {"personal.mobile"} == _rules(body)
    assert "报名请联系王老师，手机号是138开头，后面是****5678。" == mask_personal_data(body)


def test_a_number_read_otherwise_is_not_found_twice() -> None:
    """A part that is a number of its own is that number's finding, once."""
    text = "手机13812345678，然后1234"
    hits = list(find_personal_data(text, text, lambda at: at, lambda start, end: False))
    assert [("mobile", 2)] == [(hit.kind, hit.start) for hit in hits]


def test_the_place_words_are_data() -> None:
    kinds = data_kinds("told_parts.txt")
    for kind in ("label", "head", "middle", "next", "tail", "head-after", "tail-after", "named"):
        assert kinds[kind], kind
    assert "尾号" in kinds["tail"]
    assert "N" in "".join(kinds["head"])


@pytest.mark.parametrize(
    "unit",
    [
        "前三位155，",
        "手机号是138开头，后面是12345678",
        "然后",
        "12开头",
        "电话是一八九，然后",
        "号码号码前半是12，",
        "手机前三位138，<br>",
        "<br/>后八位12345678</p><p>",
        "后八位是：“12345678”，",
    ],
)
def test_reading_stays_linear(unit: str) -> None:
    def work(text: str) -> object:
        return _told(text)

    small, large = repeated(unit, 8_000), repeated(unit, 80_000)
    assert grows_linearly(small, large, within=0.5, work=work)


# fix103b: the leftovers of fix102e, and the places' words from the field's one literal pass


@pytest.mark.parametrize(
    "text",
    [
        "<p>手机前三位138，<br>后八位12345678</p>",
        "联系电话：前三位155<br />中间四位0140<br />尾号5780",
        "<p>王老师手机号前七位1381234，</p><p>尾号5678</p>",
        "<p>手机前三位138，</p>\n<p>后八位12345678</p>",
        "手机号前三位138<br>\n后八位12345678",
        "手机号前三位是：138，后八位是：12345678",
        "手机号码前三位“138”，后八位“12345678”",
        "手机号前三位为138，其余八位为12345678",
        "手机号138开头，后面八位是12345678",
    ],
)
def test_a_telling_over_an_html_line_break_a_colon_or_quotes_is_found(text: str) -> None:
    assert ["mobile"] == [kind for kind, _, _ in _told(fold(text).text)]


@pytest.mark.parametrize(
    "text",
    [
        "<ul><li>前三位138</li><li>后八位12345678</li></ul>",
        "<table><tr><td>前三位138</td></tr><tr><td>后八位12345678</td></tr></table>",
        "手机前三位138\n后八位12345678",
        "<p>手机前三位138，</p>\n\n<p>后八位12345678</p>",
        "手机前三位138，<br><br><br><br>后八位12345678",
        "前三季度增长138，<br>后面是12345678元",
        "验证码前三位是：138，<br>后八位是：12345678",
        "前三季度增长138，其余八位为12345678",
    ],
)
def test_parts_a_list_item_a_line_or_a_unit_apart_are_no_telling(text: str) -> None:
    assert [] == _told(fold(text).text)


def test_the_place_literals_are_every_count_written_out() -> None:
    """Each count :data:`_COUNT` matches is one the literals write out (at most four
    characters: ``二十九``), so that the literal pass finds every place the expression does."""
    count = re.compile(_COUNT)
    alphabet = sorted(set("0123456789两一二三四五六七八九十"))
    matched = {
        "".join(chars)
        for size in range(1, 5)
        for chars in itertools.product(alphabet, repeat=size)
        if count.fullmatch("".join(chars))
    }
    assert matched == set(_counts())
    assert "前十一位" in place_literals()
    assert "后面" in place_literals()


_PLACE_WORDS = ["前三位", "前十一位", "后8位", "后面", "最后", "最后面", "中间", "尾号", "开头"]
_PLACE_WORDS += ["结尾", "以", "手机", "电话号码", "然后", "前半部分", "前七个数字", "号码"]
_PLACE_WORDS += ["138", "1234", "5678", "一八九", "二四六〇", "12345678", "1381234", "x"]
_PLACE_WORDS += ["，", "。", " ", "是", "为", "：", "<br>", "\n", "元", "的", "验证码", "年"]
_WITH_HYPERSCAN = pytest.mark.skipif(hyperscan_module() is None, reason="the fast extra")


@_WITH_HYPERSCAN
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLACE_WORDS), max_size=14))
def test_the_literal_pass_finds_the_places_the_expression_finds(words: list[str]) -> None:
    """The places from the field's Hyperscan pass give the tellings the reader's own search
    gives (the longest word at a place, the next from its end)."""
    text = "".join(words)
    matcher = TermMatcher([Term("terms.x", "warn", "不存在的词")], engine="hyperscan")
    places = find_anchors(text, matcher).places
    assert [match.span() for match in _PLACE.finditer(text)] == places
    assert list(_tellings(text)) == list(_tellings(text, places))


@_WITH_HYPERSCAN
def test_the_check_reads_the_places_of_its_literal_pass() -> None:
    text = "通知：手机前三位138，<br>后八位12345678；最后面的然后中间"
    assert find_anchors(text, Policy.default().terms).places == [
        match.span() for match in _PLACE.finditer(text)
    ]
    assert {"personal.mobile"} == _rules("<p>手机前三位138，<br>后八位12345678</p>")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("手机号码尾数5678的市民，前七位1381234", True),
        ("手机号码尾数5678的市民<br>前七位1381234", True),
        ("尾号5678的车主。前七位1381234", True),
        ("尾号5780的用户", False),  # one part alone
        ("尾号5780的用户，前三位138", False),  # no whole mobile
        ("尾数5678的市民请注意，前七位1381234", False),  # a sentence, not the holder's noun
        ("请尾号为1和6的车辆前七位1381234", False),
    ],
)
def test_a_part_with_its_holder_before_the_next(body: str, found: bool) -> None:
    """A part followed by 的 and its holder's noun is read with the next part (review 72's L8)."""
    assert ("personal.mobile" in _rules(body)) is found
