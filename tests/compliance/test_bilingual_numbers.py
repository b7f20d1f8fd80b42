"""Numbers in bilingual posts (red team 100, fix 100b): an English gloss between a label and
its colon, China's code before a mobile in any grouping, a list parted by a spaced slash."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal.kinds import _code_written
from govpub.compliance.personal.labels import gloss_end


def _rules(text: str) -> list[str]:
    return [f.rule for f in check(Post(title="通知", body=text), Policy.default()).findings]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("护照号码（Passport No.）：e12345678", "personal.passport"),
        ("手机（Mobile）：9123 4567", "personal.mobile"),
        ("Mobile (HK): 9123 4567", "personal.mobile"),
        ("身份证号（ID No.）：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ", "personal.id_number"),
    ],
)
def test_a_gloss_between_label_and_colon_is_read_past(text: str, rule: str) -> None:
    assert _rules(text) == [rule]


@pytest.mark.parametrize(
    "text", ["型号（Model）：e12345678", "Fax (HK): 9123 4567", "手机（本人）：9123 4567"]
)
def test_a_gloss_makes_no_other_label_personal(text: str) -> None:
    assert _rules(text) == []


def test_gloss_end() -> None:
    text = fold("身份证号（ID No.）：1").text
    at = text.index("（")
    assert gloss_end(text, at) == text.index(":")
    assert gloss_end(text, 0) == 0
    note = fold("手机（本人）：1").text
    assert gloss_end(note, note.index("（")) == note.index("（")  # (no English: no gloss)


@pytest.mark.parametrize(
    "text",
    ["+86 1381 234 5678", "Mr. Li (+86 132 390 03129)", "+86 19319 167 517", "0086 1839 398 7443"],
)
def test_a_code_written_as_one_makes_any_grouping_a_mobile(text: str) -> None:
    assert _rules(text) == ["personal.mobile"]


@pytest.mark.parametrize(
    "text", ["+86 10 1234 5678", "+86 400 123 4567", "USD 1,380,012,345", "人口 86 1381 234 5678"]
)
def test_landlines_amounts_and_a_bare_86_stay_clean(text: str) -> None:
    assert _rules(text) == []


def test_code_written() -> None:
    assert _code_written("86", (3, 4, 3, 4), plus=True)
    assert _code_written("0086", (4, 4, 3, 4), plus=False)
    assert not _code_written("86", (2, 4, 3, 4), plus=False)
    assert not _code_written("0086", (8, 3, 4), plus=False)


def test_a_spaced_slash_parts_a_list() -> None:
    """``010-6512 3456 / 13812345678``: 6512 3456 and the mobile pass Luhn as a 19-digit card
    of 65…, but a slash spaced apart lists two numbers, even after a label."""
    [number] = find_numbers(fold("电话：010-6512 3456 / 13812345678").text)
    assert not number.consistent(1, len(number.groups), once=lambda: True)
    assert _rules("电话：010-6512 3456 / 13812345678") == ["personal.mobile"]
    assert _rules("6222 0202 / 0011 2233") == []


def test_a_spaced_slash_inside_one_number_parts_nothing() -> None:
    """Only a slash between two whole numbers (seven digits or more each side) lists them:
    ``手机：138 1234 / 5678`` is one mobile written with a slash, and blocks."""
    assert _rules("手机：138 1234 / 5678") == ["personal.mobile"]
    assert _rules("电话：13812345678 / 13912345678") == ["personal.mobile", "personal.mobile"]


def test_glosses_read_in_linear_time() -> None:
    unit = "手机（Mobile）：（Mobile）"
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.5)


@pytest.mark.parametrize(
    "body",
    [
        "采购编号（Procurement No.）：13812345678",
        "项目编号（Project No.）：13812345678",
        "合同编号（Contract No.）：1381 2345 678",
    ],
)
def test_a_glossed_serial_label_keeps_its_number_a_serial(body: str) -> None:
    """A serial label's gloss is read past as a personal label's is (review 68's F2)."""
    assert _rules(body) == []
