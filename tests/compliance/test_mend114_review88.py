"""Review 88's leaks in fix110b's 12345 ticket lists (mend114).

A clause's comma or 和 joins two tickets only when the item before it has its own 号 or a
ticket's word introduces the list (L1); a card's label, a bank's name or a payment's word in the
clause before a list keeps its first item a card (L1, L1b); a label before a list names every
item whatever word follows the last and whatever form the first takes (L2).  An escaped star
before a run of stars round an invisible character is printed, and the run is emphasis (L3).
"""

from __future__ import annotations

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal.amounts import (
    _card_clause,
    _listed_ticket,
    _ticket_list_head,
)


@pytest.mark.parametrize(
    ("after", "introduced", "expected"),
    [
        (f"，{OTHER}号诉求", False, False),  # (a card ending one clause, the next one's ticket)
        (f"和{OTHER}号工单", False, False),
        (f"号，{OTHER}号诉求", False, True),  # (its own 号: an item)
        (f"号和{OTHER}号问题", False, True),
        (f"，{OTHER}号诉求", True, True),  # (关于 before the list)
        (f"、{OTHER}号诉求", False, True),  # (、 is a list's separator)
        (f"、{OTHER}，{TICKET}号问题", False, False),  # (every comma needs 号 before it)
    ],
)
def test_a_clause_comma_joins_tickets_only_after_a_number_or_a_ticket_word(
    after: str, introduced: bool, expected: bool
) -> None:
    assert expected == _listed_ticket(TICKET + after, len(TICKET), introduced=introduced)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("银行卡号：张三 ", True),
        ("您的社保卡", True),
        ("中国工商银行", True),
        ("补助资金已于12月1日打入", True),
        ("款项已原路退回", True),
        ("请核对收款账户信息", True),
        ("您反映的", False),
        ("银行卡已办结，您反映的", False),  # (another clause)
        ("关于", False),
    ],
)
def test_a_card_word_in_the_clause_before_a_list(before: str, expected: bool) -> None:
    assert expected == _card_clause(before + TICKET, len(before))


@pytest.mark.parametrize(
    "first",
    [
        "2606309876543210",
        "2606 3098 7654 3210",
        "2606-3098-7654-3210",
        "（2606309876543210）",
        "“2606309876543210”",
        "[2606309876543210](#)",
    ],
)
def test_the_walk_back_sees_an_item_as_the_card_reader_does(first: str) -> None:
    text = f"卡号：{first}、{OTHER}号问题"
    assert 3 + first.index("2606") == _ticket_list_head(text, text.index(OTHER))


@pytest.mark.parametrize(
    "text",
    [
        f"经核实，补助资金已于12月1日打入{CARD}，{OTHER}号诉求已办结。",
        f"退费已转账至{CARD}，{OTHER}号投诉已办结。",
        f"请核对收款账户信息{CARD}和{OTHER}号工单",
        f"补助资金已打入{CARD}号、{OTHER}号问题已办结",
        f"银行卡号：张三 {CARD}、{OTHER}号问题",
        f"您的社保卡{CARD}、{OTHER}号诉求已办结",
        f"中国工商银行{CARD}、{OTHER}号问题",
        f"卡号：2606309876543210、{OTHER}号工单",
        f"银行卡号：2606309876543210、{OTHER}号订单",
        f"卡号：2606 3098 7654 3210、{OTHER}号问题",
        f"卡号：[2606309876543210](#)、{OTHER}号问题",
    ],
)
def test_a_card_before_a_ticket_or_in_a_labelled_list_is_found(text: str) -> None:
    assert BLOCKED == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}，{OTHER}号问题已办结",
        f"关于{TICKET}和{OTHER}号诉求的答复",
        f"{TICKET}号，{OTHER}号问题已办结",
        f"经核实，{TICKET}、{OTHER}号诉求已办结",
        f"您反映的{TICKET}号、{OTHER}号问题，款项已退回",
        f"2606309876543210、{OTHER}号工单",
    ],
)
def test_a_list_of_tickets_stays_clean(text: str) -> None:
    assert [] == personal_findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系电话：138\\***\u200b**12345678", [("personal.mobile", "block")]),
        ("身份证号：310104\\***\u200b**198511223688", [("personal.id_number", "block")]),
        ("联系电话：138\\****\u200b***12345678", [("personal.mobile", "block")]),
        # (a star then two: the rule of 3 pairs none; a code span prints its stars — shown among
        # all eleven digits, they hide none: no mask, fix112a)
        ("联系电话：138\\**\u200b**12345678", [("personal.mobile", "block")]),
        ("`138\\***\u200b**12345678`", [("personal.mobile", "block")]),
    ],
)
def test_a_run_after_an_escaped_star_is_emphasis(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """CommonMark prints ``\\*`` and reads the ``**`` after it as emphasis round nothing:
    ``138\\***\\u200b**12345678`` shows ``138*12345678`` (review 88's L3)."""
    assert expected == personal_findings(text)
