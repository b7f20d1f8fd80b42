"""Review 105 of mend123: ticket lists read the noun after their word; payment words (mend126).

A list's ticket word ends its noun unless a card's, an account's or a person's noun reads on
after it (等问题储蓄卡, 等问题的账户, 等举报人账户: L6), whatever other word follows (等问题网上
已答复, 等问题电话回访: F4); a payment's word keeps a list a card only with where it is paid to
(发放至, 转账至: F1, F3 — review 102's L3 reversed); the clause above an intro is read from its
line's start (持卡人：张三⏎您于…通过12345热线反映的以下问题：⏎1. …: L7).
"""

from __future__ import annotations

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal.amounts import _LIST_NAMED_AFTER, _card_clause


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("等问题网上已答复", True),
        ("等问题电话回访", True),
        ("等投诉较多，", True),
        ("等举报的办理情况", True),
        ("等问题已办结", True),
        ("等问题储蓄卡", False),
        ("等问题信用卡", False),
        ("等问题对公账户", False),
        ("等问题的账户", False),
        ("等问题（账户）", False),
        ("等问题存折", False),
        ("等问题钱包", False),
        ("等举报人账户", False),
        ("等投诉人的银行卡", False),
        ("等举报人", False),
        ("两个问题信用卡", False),
        ("等投诉较多的卡片", False),
    ],
)
def test_a_list_word_ends_its_noun_unless_a_cards_noun_reads_on(after: str, expected: bool) -> None:
    assert expected == (_LIST_NAMED_AFTER.match(after) is not None)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("持卡人：张三\n您于2026年6月30日通过12345热线反映的以下问题：\n1. ", True),
        ("补贴已发放至以下账户：\n- ", True),
        ("退费已退至您的卡", True),
        ("关于补贴发放的", False),
        ("您反映的工资未到账", False),
        ("退款诉求：\n- ", False),
        ("您反映的补贴未到账诉求：\n1. ", False),
        ("2026年耕地地力保护补贴已全部发放\n您反映的以下问题：\n1. ", False),
    ],
)
def test_payment_words_only_with_where_the_payment_goes(before: str, expected: bool) -> None:
    assert expected == _card_clause(before + CARD, len(before))


@pytest.mark.parametrize(
    "text",
    [
        f"请勿向{CARD}、{OTHER}等问题储蓄卡转账。",
        f"请勿向{CARD}、{OTHER}等举报人账户转账。",
        f"持卡人：张三\n经核实您通过市12345热线反映的以下问题：\n1. {CARD}\n2. {OTHER}号问题已办结。",
    ],
)
def test_cards_the_review_found_cleared_block(text: str) -> None:
    assert BLOCKED == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"关于补贴发放的{TICKET}、{OTHER}号诉求已办结。",
        f"{TICKET}、{OTHER}等问题网上已答复。",
        f"您反映的补贴未到账问题：\n- {TICKET}\n- {OTHER}号问题已办结。",
        f"退款诉求：\n- {TICKET}\n- {OTHER}等问题已转交相关部门。",
    ],
)
def test_honest_ticket_lists_about_payments_stay_clean(text: str) -> None:
    assert [] == personal_findings(text)
