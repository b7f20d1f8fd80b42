"""Fix 86: letters and Roman numerals for digits in an ID number or a mobile right after its
label (:mod:`govpub.compliance.letter_digits`), and the look-alikes that stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub import Policy, Post, check

MASK = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path())


def _personal(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return [(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")]


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("身份证号：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ", "id_number", "身份证号：ⅢⅠOⅠOⅣ********ⅢⅥⅧⅧ"),
        ("身份证号码：ⅲⅰ〇ⅰ〇ⅳⅰⅸⅷⅴⅰⅰⅱⅱⅲⅵⅷⅷ", "id_number", "身份证号码：ⅲⅰ〇ⅰ〇ⅳ********ⅲⅵⅷⅷ"),
        ("公民身份号码：3101O4Ⅰ985ⅠⅠ22Ⅲ688", "id_number", "公民身份号码：3101O4********Ⅲ688"),
        ("身份证号：ⅢⅡOⅠOⅡⅠⅨⅧⅧOⅧOⅧⅠOOX", "id_number", "身份证号：ⅢⅡOⅠOⅡ********ⅠOOX"),
        (
            "申请人身份证号码：三1〇1〇四l9八5一122三6八8",
            "id_number",
            "申请人身份证号码：三1〇1〇四********三6八8",
        ),
        ("联系电话：ⅠⅢⅧⅠⅡⅢⅣⅤⅥⅦⅧ", "mobile", "联系电话：ⅠⅢⅧ****ⅤⅥⅦⅧ"),
        ("手机：ⅰⅲⅸ ⅰⅱⅲⅳ ⅴⅵⅶⅷ", "mobile", "手机：ⅰⅲⅸ **** ⅴⅵⅶⅷ"),
        ("电话：+86 ⅠⅢⅧ ⅠⅡⅢⅣ ⅤⅥⅦⅧ", "mobile", "电话：+86 ⅠⅢⅧ **** ⅤⅥⅦⅧ"),
        ("如有疑问请拨打I5488o34|27咨询。", "mobile", "如有疑问请拨打I54****4|27咨询。"),
        ("详情请致电l39-l234-567O。", "mobile", "详情请致电l39-****-567O。"),
        ("手机：一三八l二三四五六七八", "mobile", "手机：一三八****五六七八"),
    ],
)
def test_roman_and_letters_after_a_label_are_read(text: str, rule: str, expected: str) -> None:
    assert _personal(text) == [(f"personal.{rule}", "block")]
    assert check(Post(title="通知", summary=text), MASK).post.summary == expected


@pytest.mark.parametrize(
    "text",
    [
        "手机型号：IPHONE15PRO",
        "电话：O1O-6123 4567",  # a landline
        "Tel: 010-6512 3456",
        "身份证号：略",
        "产品型号：ⅠⅢⅧ-ⅠⅡⅢⅣ-ⅤⅥⅦⅧ",  # a serial label
        "手机型号：ⅠⅢⅧⅠⅡⅢⅣⅤⅥⅦⅧ",
        "身份证号：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅨ",  # the check fails
        "联系电话：ⅠⅡⅧⅠⅡⅢⅣⅤⅥⅦⅧ",  # 12…
        "联系电话见第Ⅱ部分，身份证号见第Ⅲ部分第Ⅳ条。",
        "手机：Ⅰ、Ⅱ、Ⅲ、Ⅳ、Ⅴ、Ⅵ、Ⅶ、Ⅷ、Ⅸ、Ⅰ、Ⅱ",
        "目录ⅠⅢⅧⅠⅡⅢⅣⅤⅥⅦⅧ",  # unlabelled
        "经核查ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ系编码。",
        "请拨打O1O-8888 6666咨询",
    ],
)
def test_codes_words_and_headings_after_a_label_stay(text: str) -> None:
    assert _personal(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("身份证号：llO1O12O0O1O1l1O16", [("personal.id_number", "block")]),  # 9 of 18
        # of letters and digits alone, six digits are enough (fix 60a: 12 letters of 18)
        ("身份证号：llOlO12O0O1O1l1O16", [("personal.id_number", "block")]),  # 10 of 18
        ("身份证号：llOlOl2OOOl0111016", [("personal.id_number", "block")]),
        ("手机：l3lOl012345", [("personal.mobile", "block")]),  # 5 of 11
        ("手机：l3lOlOl2345", []),  # 6 of 11: five digits
        # with Roman or Chinese numerals among them, letters at most half (fix 86)
        ("身份证号：llOlO1ⅡO0O1O1l1O16", []),  # 10 letters of 18
        ("身份证号：llO1O1ⅡO0O1O1l1O16", [("personal.id_number", "block")]),  # 9 of 18
    ],
)
def test_at_most_half_the_characters_are_letters(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """With numerals read among them, numerals (digits, Roman and Chinese numerals) are at
    least half of the number's characters: mostly letters is a code or a heading's; of
    letters and digits alone six digits are enough (fix 60a)."""
    assert _personal(text) == expected
