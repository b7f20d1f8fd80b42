"""Fix 99e (red team 99): OCR's S, B and Z in an ID number after its label
(:mod:`govpub.compliance.letter_digits`), and a footnote mark or Excel's ``.0`` glued after
a number (:mod:`govpub.compliance.personal.number_tails`)."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Post, check
from govpub.compliance._text import fold
from govpub.compliance.personal import mask_personal_data
from govpub.compliance.personal.number_tails import BLANK, without_tails


def _personal(text: str) -> list[str]:
    findings = check(Post(title="通知", body=text)).findings
    return [f.rule for f in findings if f.rule.startswith("personal.")]


def _untailed(text: str) -> str | None:
    folded = fold(text)
    return without_tails(folded.text, text, folded.original)


@pytest.mark.parametrize(
    "text",
    [
        "身份证号码：44030S198508152838",
        "身份证号码：3101041985112236B8",
        "公民身份号码：310104198511Z23688",
        "身份证号：S10107198812122588",
        "身份证号码：44030S-19850815-2838",
    ],
)
def test_ocr_letters_in_a_labelled_id_number_are_read(text: str) -> None:
    assert _personal(text) == ["personal.id_number"]


@pytest.mark.parametrize(
    "text",
    [
        "身份证号码：44030B198508152838",  # (B is 8: no checked number)
        "经核查44030S198508152838",  # (no label: S stays a letter)
        "车牌：京B12345",
        "统一社会信用代码：91110108MA01B2C3D4",
    ],
)
def test_ocr_letters_stay_letters_elsewhere(text: str) -> None:
    assert _personal(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("联系电话：13812345678¹", "mobile"),
        ("联系人：张三17518572281⑴", "mobile"),
        ("联系电话：13812345678①", "mobile"),
        ("<p>联系电话：13812345678<sup>1</sup></p>", "mobile"),
        ("联系电话：<b>13812345678</b>¹", "mobile"),
        ("联系电话：13812345678³，地址：朝阳区", "mobile"),
        ("序号1\t张三\t440305198508152838²", "id_number"),
        ("联系电话：13812345678.0", "mobile"),
        ("4\t孙七\t13812345678.0", "mobile"),
        ("联系电话\t13812345678.00", "mobile"),
        ("联系电话：138 1234 5678.0", "mobile"),
        ("身份证号：440305198508152838.0", "id_number"),
        ("电话13812345678.0。", "mobile"),
        ("联系电话：1381234567⁸", "mobile"),  # (the number needs its mark: read first)
    ],
)
def test_a_number_with_its_tail_is_read(text: str, rule: str) -> None:
    assert _personal(text) == [f"personal.{rule}"]


@pytest.mark.parametrize(
    "text",
    [
        "面积120m²，体积10³立方米，x²+y²=1，第①项",
        "<p>面积10<sup>3</sup>平方米，同比增长5.2%<sup>1</sup></p>",
        "服务热线12345¹，办公电话010-12345678²",
        "预算金额13812345678.00元",
        "GDP 13812345678.0亿元",
        "GDP 13812345678.0 亿元",
        "联系电话：13812345678.5元",
        "专利号ZL202319053551.0",
        "金额：12,345.0元；合计\t15,000.00；版本v1.0",
        "一般公共预算支出合计 15234567890.00",  # (an amount's cents: review 68's F1)
        "期末余额 13812345678.00",
    ],
)
def test_marks_and_decimals_of_figures_stay(text: str) -> None:
    assert _personal(text) == []


def test_tails_are_blanked_in_place() -> None:
    assert _untailed("电话13812345678¹和13812345678.0") == (
        f"电话13812345678{BLANK}和13812345678{BLANK * 2}"
    )
    assert _untailed("m² 10³ 1.0 13812345678.5") is None
    assert _untailed("ZL202319053551.0") is None


def test_masks_leave_the_tail() -> None:
    assert mask_personal_data("电话13812345678¹") == "电话138****5678¹"
    assert mask_personal_data("电话13812345678.0") == "电话138****5678.0"


@pytest.mark.parametrize("unit", ["13812345678.0 ", "138123456789¹ ", "1.0¹ ", "13812345678.0元"])
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
