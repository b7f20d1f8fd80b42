"""Red team 108's items 6 and 3 (fix108d): a 12345 ticket named after its number, and emphasis
round invisible characters alone.

A hotline's ticket numbers start with their date, and in 2026 every ``26MM`` lies in the
Mastercard 2-series (2221–2720): one in ten passes Luhn.  A 诉求, 问题, 来电, 投诉… named right
after the number (``…号诉求``), or a 来电 whose brackets hold it (``市民来电（…）反映``), makes it
the ticket (item 6); a card's label before it, a card's fours, a mobile's eleven digits and
UnionPay's 62… stay.  ``138**\\u200b**12345678`` shows ``<strong>\\u200b</strong>``, nothing,
between the digits: the fold drops those runs before they read as a four-star mask (item 3);
a mask as written stays.
"""

from __future__ import annotations

import pytest
from number_makers import luhn

from govpub import Post, check
from govpub.compliance.cards import card_network, is_card_number
from govpub.compliance.folding import fold
from govpub.compliance.folding.emphasis import _paired_stars

_TICKET = luhn("260630987654321")  # a ticket from 2026-06-30: a Mastercard's shape, Luhn-valid
_UNIONPAY = luhn("622202123456789")
_BLOCK = [("personal.bank_card", "block")]
_MOBILE = [("personal.mobile", "block")]


def _personal(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return [(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")]


def _rules(text: str) -> list[tuple[str, str]]:
    return sorted((f.rule, f.severity) for f in check(Post(title="通知", body=text)).findings)


def test_the_ticket_has_a_cards_shape() -> None:
    assert card_network(_TICKET) == "Mastercard"
    assert is_card_number(_TICKET)
    assert is_card_number(_UNIONPAY)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{_TICKET}号问题，经核实，已督促相关单位整改。",
        f"关于{_TICKET}号诉求的答复",
        f"12345热线{_TICKET}号来电答复",
        f"关于{_TICKET}号投诉的处理情况",
        f"您提出的{_TICKET}号建议已转交相关部门。",
        f"{_TICKET}号咨询已答复。",
        f"{_TICKET}号求助已转派。",
        f"市长信箱{_TICKET}号信件回复",
        f"{_TICKET}号留言已办结。",
        f"{_TICKET}号件已办结。",
        f"{_TICKET} 号问题已办结。",
        f"您反映的{_TICKET}號問題",
        f"市民来电（{_TICKET}）反映：小区路灯不亮。",
        f"市民来电({_TICKET})反映",
        f"群众来信（{_TICKET}）收悉。",
        f"该诉求（{_TICKET}）已办结。",
    ],
)
def test_a_ticket_named_after_or_in_a_calls_brackets_is_no_card(text: str) -> None:
    assert _personal(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"卡号：{_TICKET}", _BLOCK),
        (f"银行卡{_TICKET}", _BLOCK),
        (f"市民您好：{_TICKET}已办理。", _BLOCK),  # a date's shape alone names nothing
        (f"银行卡号：{_TICKET}号问题", _BLOCK),  # a card's label names it first
        (f"卡号{_TICKET}号诉求", _BLOCK),
        (f"请核对{_TICKET}号码是否正确", _BLOCK),  # 号码: a number, no ticket
        ("2606 3098 7654 3215号问题", _BLOCK),  # a card's fours
        (f"{_UNIONPAY}号问题", _BLOCK),  # UnionPay's 62…
        (f"市民来电（{_UNIONPAY}）反映", _BLOCK),
        ("您反映的13812345678号问题", _MOBILE),
        ("市民来电（13812345678）反映：路灯不亮。", _MOBILE),  # the caller's mobile
        (f"市民张三（{_TICKET}）反映", _BLOCK),  # no call's word before the brackets
        (f"市民来电（{_TICKET}，张三）反映", _BLOCK),  # the brackets hold more
        (f"来电{_TICKET}反映", _BLOCK),  # no brackets
    ],
)
def test_a_card_beside_the_words_still_blocks(text: str, found: list[tuple[str, str]]) -> None:
    assert _personal(text) == found


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("138**\u200b**12345678", "13812345678"),
        ("1381234567**\ufeff**8", "13812345678"),
        ("内部资**\u200b**料", "内部资料"),
        ("机密**\u2060**★10年", "机密★10年"),
        ("138***\u200b***12345678", "13812345678"),
        ("138****\u200b****12345678", "13812345678"),
        ("138**\u200b\u200c\u00ad**12345678", "13812345678"),
        # the star CommonMark leaves over stays
        ("138**\u200b***12345678", "138*12345678"),
        ("138***\u200b**12345678", "138*12345678"),
        # a mask as written stays one
        ("138****5678", "138****5678"),
        ("1381234****5678", "13812345678"),  # (all eleven digits: no mask, fix112a)
        ("138****\u200b5678", "138****5678"),
        ("138\u200b****5678", "138****5678"),
        # runs CommonMark pairs not (rule of 3), an escaped one, full-width stars (no Markdown)
        ("138**\u200b****5678", "138******5678"),
        ("138\\**\u200b**5678", "138****5678"),
        ("138＊＊\u200b＊＊5678", "138****5678"),
    ],
)
def test_emphasis_round_invisible_characters_shows_nothing(text: str, folded: str) -> None:
    assert fold(text).text == folded


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("联系电话：1381234567**\ufeff**8", [("personal.mobile", "block")]),
        ("联系电话：138**\u200b**12345678", [("personal.mobile", "block")]),
        ("身份证号：310104**\u200b**198511223688", [("personal.id_number", "block")]),
        ("内部资**\u200b**料", [("secrecy.internal", "block")]),
        ("机密**\u2060**★10年", [("secrecy.marking", "block")]),
        ("联系电话：138****5678", []),
        ("联系电话：1381234****5678", [("personal.mobile", "block")]),  # (no mask: fix112a)
        ("联系电话：138**\u200b**5678", []),  # seven digits shown
    ],
)
def test_what_emphasis_round_an_invisible_character_hid_is_found(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _rules(text) == found


@pytest.mark.parametrize(
    ("opening", "closing", "paired"),
    [(1, 1, 1), (2, 2, 2), (3, 3, 3), (4, 4, 4), (2, 3, 2), (3, 2, 2), (2, 4, 0), (1, 2, 0)],
)
def test_commonmarks_rule_of_three(opening: int, closing: int, paired: int) -> None:
    assert _paired_stars(opening, closing) == paired
