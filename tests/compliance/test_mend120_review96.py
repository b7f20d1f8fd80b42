"""Review 96's L1 in fix111c's 12345 ticket lists (mend120).

A card's, a bank's, a holder's or a payment's word in the sentence before a list (across its
commas and line breaks), 卡 right before its head or a person's name glued before it keeps the
list's first item a card, whatever joins the items (``/``, ``号；``, ``号或``, ``号等``, a line
break, Markdown items); a ticket's word before the head (您反映的, 关于) leaves the tickets.
"""

from __future__ import annotations

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal.amounts import _card_clause


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("持卡人张三，", True),  # (the holder's word across the clause's comma)
        ("补助已发放到您的账户，", True),
        ("中国工商银行借记卡：\n- ", True),  # (the bank's line above a Markdown list)
        ("您的卡", True),  # (卡 right before the head)
        ("张三", True),  # (a name glued before the head)
        ("王小明", True),
        ("我的卡是", False),  # (卡 not right before: mend113's tickets)
        ("补助已发放到您的账户。", False),  # (the sentence before ends the reach)
        ("市民", False),
        ("关于", False),  # (关于 introduces the list: no name)
        ("银行卡已办结，您反映的", False),  # (introduced: only its own clause, review 88's twin)
    ],
)
def test_card_sentence_before_a_list(before: str, expected: bool) -> None:
    assert expected == _card_clause(before + CARD, len(before))


@pytest.mark.parametrize(
    "text",
    [
        f"持卡人张三，{CARD}/{OTHER}号问题已办结。",
        f"持卡人张三，{CARD}号；{OTHER}号问题已办结。",
        f"持卡人张三，{CARD}号或{OTHER}号问题已办结。",
        f"补助已发放到您的账户，{CARD}号\n{OTHER}号问题已办结。",
        f"补助已发放到您的账户，- {CARD}号\n- {OTHER}号问题已办结。",
        f"您的卡{CARD}、\n{OTHER}号问题已办结。",
        f"张三{CARD}、{OTHER}号等问题已办结。",
        f"中国工商银行借记卡：\n- {CARD}号\n- {OTHER}号问题已办结。",
    ],
)
def test_card_before_a_new_joiner_blocks(text: str) -> None:
    assert personal_findings(text) == BLOCKED


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}/{OTHER}号问题已办结。",
        f"关于{TICKET}号\n{OTHER}号问题，现答复如下。",
        f"您反映的- {TICKET}号\n- {OTHER}号问题已办结。",
        f"补助已发放到您的账户。{TICKET}/{OTHER}号问题已办结。",
        f"我的卡是{TICKET}/{OTHER}号问题",
    ],
)
def test_tickets_stay_clean(text: str) -> None:
    assert personal_findings(text) == []
