"""Review 96's L2 (fix112a): a run of stars among a number's digits that leaves every digit on
the page hides nothing, and is no mask.

``138****12345678`` shows the whole mobile, ``310104****198511223688`` the whole ID number: the
fold drops such stars (:class:`~govpub.compliance.folding.emphasis._Masks`) and the readers read
the number.  A mask that leaves fewer digits than its number has stays, as the page shows it.
"""

from __future__ import annotations

import pytest
from number_makers import id_number, luhn

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.folding.emphasis import _stretch, _whole_number

_CARD = luhn("622202100112345")  # a UnionPay card of sixteen digits


def _rules(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return sorted({(f.rule, f.severity) for f in findings})


_ID18 = id_number("31010419851122367")


@pytest.mark.parametrize(
    ("groups", "hidden", "whole"),
    [
        (["138", "12345678"], 4, True),  # a mobile's eleven digits: fifteen is no mobile's length
        (["138", "12345678"], 8, True),
        (["138", "5678"], 4, False),  # 3 + 4: a real mask
        ([_ID18[:6], _ID18[6:]], 4, True),
        (["310104", "851122368"], 4, True),  # an old ID number's fifteen: nineteen is none of it
        (["310104", "6217"], 8, False),
        ([_CARD[:6], _CARD[6:]], 4, True),  # twenty: no card
        (["3782", "82246310005"], 4, False),  # fifteen that pass a card's check, nineteen: a card's
        (["138", "123456789"], 4, False),  # twelve digits: no whole number
        (["123", "45678901"], 4, False),  # eleven digits, no mobile's head
    ],
)
def test_a_mask_hides_nothing_when_its_digits_make_a_whole_number(
    groups: list[str], hidden: int, whole: bool
) -> None:
    assert _whole_number(groups, hidden) is whole


@pytest.mark.parametrize(
    ("folded", "run", "stretch"),
    [
        ("电话138****12345678。", (5, 9), (2, 17, ["138", "12345678"], 4)),
        ("138****1234****5678", (3, 7), (0, 19, ["138", "1234", "5678"], 8)),
        ("138**1234****5678", (9, 13), (5, 17, ["1234", "5678"], 4)),  # a run of two ends it
        ("138\\****12345678", (4, 8), (0, 16, ["138", "12345678"], 4)),  # a backslash glued before
        ("31010419851122367****x", (17, 21), (0, 21, ["31010419851122367"], 4)),
        ("3101041985112236****7x", (16, 20), (0, 22, ["3101041985112236", "7x"], 4)),
        ("138****5678 2024", (3, 7), (0, 11, ["138", "5678"], 4)),  # only what is glued
        ("1" * 12 + "****" + "1" * 12, (12, 16), (0, 28, [], 4)),  # too many digits: no number
    ],
)
def test_a_stretch_is_the_digits_and_masks_glued_round_a_run(
    folded: str, run: tuple[int, int], stretch: tuple[int, int, list[str], int]
) -> None:
    assert _stretch(folded, *run) == stretch


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("138****12345678", "13812345678"),
        ("1381234567****8", "13812345678"),
        ("138****1234****5678", "13812345678"),
        ("138＊＊＊＊12345678", "13812345678"),
        ("<div>138**\u200b**12345678</div>", "<div>13812345678</div>"),
        ("**138****12345678**", "13812345678"),
        # real masks stay as the page shows them
        ("138****5678", "138****5678"),
        ("310104********6217", "310104********6217"),
        ("6222 **** **** 1234", "6222 **** **** 1234"),
        ("138****5678 2024", "138****5678 2024"),
        ("**138****5678**", "138****5678"),
        ("13812345678****13912345678", "13812345678****13912345678"),  # two numbers
    ],
)
def test_the_stars_of_a_mask_that_hides_nothing_go(text: str, folded: str) -> None:
    assert fold(text).text == folded


_ID = id_number("31010419851122367")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("联系电话：138****12345678", [("personal.mobile", "block")]),
        ("<p>联系电话：1381234567**\ufeff**8</p>", [("personal.mobile", "block")]),
        (f"<div>身份证号：{_ID[:6]}**\u200b**{_ID[6:]}</div>", [("personal.id_number", "block")]),
        (f"卡号：{_CARD[:6]}****{_CARD[6:]}", [("personal.bank_card", "block")]),
        ("> <div>\n> 联系电话：138**\u200b**12345678\n> </div>", [("personal.mobile", "block")]),
        ("联系电话：138****5678", []),
        ("身份证号：310104********6217", []),
        ("卡号：6222 **** **** 1234", []),
        ("卡号：3782****82246310005", []),
    ],
)
def test_a_number_every_digit_of_which_shows_blocks(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _rules(text) == found
