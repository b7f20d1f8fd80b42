"""Fix 102e (red team 102's ``number-told-in-parts``): a mobile or ID number told in parts, each
named by its place (:mod:`govpub.compliance.personal.told_parts`)."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Post, check
from govpub.compliance._data import data_kinds
from govpub.compliance.personal import find_personal_data, mask_personal_data
from govpub.compliance.personal.told_parts import told_numbers
from govpub.compliance.spans import DisjointSpans


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
    ],
)
def test_reading_stays_linear(unit: str) -> None:
    def work(text: str) -> object:
        return _told(text)

    small, large = repeated(unit, 8_000), repeated(unit, 80_000)
    assert grows_linearly(small, large, within=0.5, work=work)
