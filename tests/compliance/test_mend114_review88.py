"""Review 88's leaks in fix110b's 12345 ticket lists (mend114).

A clause's comma or 和 joins two tickets only when the item before it has its own 号 or a
ticket's word introduces the list (L1); a card's label, a bank's name or a payment's word in the
clause before a list keeps its first item a card (L1, L1b); a label before a list names every
item whatever word follows the last and whatever form the first takes (L2).  An escaped star
before a run of stars round an invisible character is printed, and the run is emphasis (L3).
"""

from __future__ import annotations

import pytest
from number_makers import luhn

from govpub import Post, check
from govpub.compliance.personal.amounts import (
    _card_clause,
    _listed_ticket,
    _ticket_list_head,
)

_TICKET = luhn("260630987654321")
_OTHER = luhn("260315000012345")
_CARD = luhn("230612345678901")  # (a Mastercard 2-series card whose 2306 reads as YYMM)
_BLOCKED = [("personal.bank_card", "block")]


def _personal(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return sorted({(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")})


@pytest.mark.parametrize(
    ("after", "introduced", "expected"),
    [
        (f"，{_OTHER}号诉求", False, False),  # (a card ending one clause, the next one's ticket)
        (f"和{_OTHER}号工单", False, False),
        (f"号，{_OTHER}号诉求", False, True),  # (its own 号: an item)
        (f"号和{_OTHER}号问题", False, True),
        (f"，{_OTHER}号诉求", True, True),  # (关于 before the list)
        (f"、{_OTHER}号诉求", False, True),  # (、 is a list's separator)
        (f"、{_OTHER}，{_TICKET}号问题", False, False),  # (every comma needs 号 before it)
    ],
)
def test_a_clause_comma_joins_tickets_only_after_a_number_or_a_ticket_word(
    after: str, introduced: bool, expected: bool
) -> None:
    assert expected == _listed_ticket(_TICKET + after, len(_TICKET), introduced=introduced)


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
    assert expected == _card_clause(before + _TICKET, len(before))


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
    text = f"卡号：{first}、{_OTHER}号问题"
    assert 3 + first.index("2606") == _ticket_list_head(text, text.index(_OTHER))


@pytest.mark.parametrize(
    "text",
    [
        f"经核实，补助资金已于12月1日打入{_CARD}，{_OTHER}号诉求已办结。",
        f"退费已转账至{_CARD}，{_OTHER}号投诉已办结。",
        f"请核对收款账户信息{_CARD}和{_OTHER}号工单",
        f"补助资金已打入{_CARD}号、{_OTHER}号问题已办结",
        f"银行卡号：张三 {_CARD}、{_OTHER}号问题",
        f"您的社保卡{_CARD}、{_OTHER}号诉求已办结",
        f"中国工商银行{_CARD}、{_OTHER}号问题",
        f"卡号：2606309876543210、{_OTHER}号工单",
        f"银行卡号：2606309876543210、{_OTHER}号订单",
        f"卡号：2606 3098 7654 3210、{_OTHER}号问题",
        f"卡号：[2606309876543210](#)、{_OTHER}号问题",
    ],
)
def test_a_card_before_a_ticket_or_in_a_labelled_list_is_found(text: str) -> None:
    assert _BLOCKED == _personal(text)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{_TICKET}，{_OTHER}号问题已办结",
        f"关于{_TICKET}和{_OTHER}号诉求的答复",
        f"{_TICKET}号，{_OTHER}号问题已办结",
        f"经核实，{_TICKET}、{_OTHER}号诉求已办结",
        f"您反映的{_TICKET}号、{_OTHER}号问题，款项已退回",
        f"2606309876543210、{_OTHER}号工单",
    ],
)
def test_a_list_of_tickets_stays_clean(text: str) -> None:
    assert [] == _personal(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系电话：138\\***\u200b**12345678", [("personal.mobile", "block")]),
        ("身份证号：310104\\***\u200b**198511223688", [("personal.id_number", "block")]),
        ("联系电话：138\\****\u200b***12345678", [("personal.mobile", "block")]),
        ("联系电话：138\\**\u200b**12345678", []),  # (a star then two: the rule of 3 pairs none)
        ("`138\\***\u200b**12345678`", []),  # (a code span prints its stars)
    ],
)
def test_a_run_after_an_escaped_star_is_emphasis(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """CommonMark prints ``\\*`` and reads the ``**`` after it as emphasis round nothing:
    ``138\\***\\u200b**12345678`` shows ``138*12345678`` (review 88's L3)."""
    assert expected == _personal(text)
