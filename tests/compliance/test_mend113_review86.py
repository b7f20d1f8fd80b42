"""Review 86 of fix108d (mend113): a 12345 ticket's words clear only a card's reading of a
dated ticket's shape, and emphasis round invisible characters is none in code.

fix108d cleared any number but eleven digits and UnionPay's 62… that a 诉求, 问题, 件… named
after it, or that stood in brackets after 来电: a mobile with 86 before it, a 港澳台 mobile, a
15-digit legacy ID after its label and every card but UnionPay's went with it (L1–L4).  Now
only a bank card's reading is cleared (never a mobile's, a 港澳台 mobile's or an ID's), not
after a phone's, a card's or an ID's label, and for the new words only the dated ticket's
shape: 16 digits whose YYMM lies in Mastercard's 2221–2720.  Red team 107's 号工单 keeps its
own shape (any card's number but 62…).  A code span, a code block or a ``<pre>`` block shows
its stars as written: `` `138**\\u200b**12345678` `` is a mask there (F4).
"""

from __future__ import annotations

import pytest
from ticket_numbers import TICKET, personal_findings

from govpub.compliance.personal.amounts import _dated_ticket, _phone_label_before

_VISA = "4532015112830366"
_MOBILE = [("personal.mobile", "block")]
_CARD = [("personal.bank_card", "block")]
_ID = [("personal.id_number", "block")]


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        (TICKET, True),
        ("2511203982597914", True),  # (a 2025 ticket)
        ("2712991234567893", True),  # (27-12: in the range, below its end 2720)
        ("2720991234567897", False),  # (27-20: in the range, but no month twenty)
        (_VISA, False),
        ("2613309876543216", False),  # (month 13)
        ("2600309876543211", False),  # (month 00)
        (TICKET[:-1], False),  # (15 digits)
        (TICKET + "0", False),  # (17 digits)
    ],
)
def test_a_dated_ticket_is_sixteen_digits_from_a_yymm_in_mastercards_two_series(
    digits: str, expected: bool
) -> None:
    assert expected == _dated_ticket(digits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系电话", True),
        ("来电号码：", True),
        ("手机：", True),
        ("身份证号：", True),
        ("银行卡号：", True),
        ("12345热线", False),  # (the hotline's name after its number: the ticket's desk)
        ("您反映的", False),
        ("市民来电（", False),
    ],
)
def test_a_phone_card_or_id_label_before_the_number(text: str, expected: bool) -> None:
    assert expected == _phone_label_before(text + TICKET, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # L1: a mainland mobile with 86 / 0086
        ("市民来电（8613812345678）反映：小区路灯不亮。", _MOBILE),
        ("市民来电（008613812345678）反映", _MOBILE),
        ("来电号码：8613812345678号咨询", _MOBILE),
        ("联系电话8613812345678号问题", _MOBILE),
        ("您反映的8613812345678号投诉已办结", _MOBILE),
        ("8613812345678号工单", _MOBILE),
        # L2: 港澳台 mobiles after their label
        ("手提電話：91234567號問題已轉交。", _MOBILE),
        ("台胞王先生，手机：0912345678号咨询", _MOBILE),
        # L3: a legacy ID after its label
        ("身份证号：110105491231002号信件", _ID),
        ("身份证号：110105491231002号工单", _ID),
        # L4: card shapes other than a dated ticket's, and labels before a ticket's shape
        (f"持卡人张三，{_VISA}号件", _CARD),
        (f"我的卡是{_VISA}号问题", _CARD),
        (f"请将款项转入{_VISA}号问题账户。", _CARD),
        (f"市民来电（{_VISA}）反映", _CARD),
        (f"张三 {_VISA}号举报", _CARD),
        ("张三 5522334455667783号咨询", _CARD),
        ("张三 3566002020360505号投诉", _CARD),
        ("张三 6011000990139424号信件", _CARD),
        ("张三 4532015112830361238号留言", _CARD),
        (f"联系电话{TICKET}号问题", _CARD),
        (f"身份证号：{TICKET}号问题", _CARD),
        ("您反映的2613309876543216号问题", _CARD),
    ],
)
def test_a_tickets_words_clear_no_mobile_id_or_other_card(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}号问题",
        f"您反映的{TICKET}号举报",  # (F2: the fifth of 12345's kinds)
        f"12345热线{TICKET}号举报件",
        f"{TICKET}号来件",  # (F2: 来件 after the number too)
        f"市民来电（{TICKET}）反映",
        "12345热线2511203982597914号工单答复",
        f"张三 {_VISA}号工单",  # (red team 107's 号工单 keeps its own shape, as before)
    ],
)
def test_a_dated_ticket_named_by_its_word_stays_clean(text: str) -> None:
    assert [] == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "`138**\u200b**12345678`",
        "    138**\u200b**12345678",
        "```\n138**\u200b**12345678\n```",
        "<pre>\n138**\u200b**12345678\n</pre>",
        "<PRE class=x>\n138**\u200b**12345678",
    ],
)
def test_code_shows_the_stars_round_an_invisible_character(text: str) -> None:
    """Code prints its stars (``138****12345678``), and among all eleven digits they hide none:
    no mask (fix112a, review 96's L2 — clean before it)."""
    assert [("personal.mobile", "block")] == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：138**\u200b**12345678",
        "`代码` 联系电话：138**\u200b**12345678",
        "<pre>\n示例\n</pre>\n\n联系电话：138**\u200b**12345678",
        "<code>138**\u200b**12345678</code>",  # (inline HTML: CommonMark reads emphasis in it)
        "联系电话：\n    138**\u200b**12345678",  # (a paragraph's continuation: no code block)
        "<preface>\n138**\u200b**12345678",  # (no <pre> tag)
    ],
)
def test_emphasis_round_an_invisible_character_outside_code_still_blocks(text: str) -> None:
    assert _MOBILE == personal_findings(text)
