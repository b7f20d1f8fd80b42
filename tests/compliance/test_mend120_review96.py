"""Review 96's L1 in fix111c's 12345 ticket lists (mend120).

A card's, a bank's, a holder's or a payment's word in the sentence before a list (across its
commas and line breaks), 卡 right before its head or a person's name glued before it keeps the
list's first item a card, whatever joins the items (``/``, ``号；``, ``号或``, ``号等``, a line
break, Markdown items); a ticket's word before the head (您反映的, 关于) leaves the tickets.
"""

from __future__ import annotations

import pytest
from number_makers import luhn

from govpub import Post, check
from govpub.compliance.personal.amounts import _card_clause

_TICKET = luhn("260630987654321")
_OTHER = luhn("260315000012345")
_CARD = luhn("230612345678901")  # (a Mastercard 2-series card whose 2306 reads as YYMM)
_BLOCKED = [("personal.bank_card", "block")]


def _personal(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return sorted({(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")})


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
    assert expected == _card_clause(before + _CARD, len(before))


@pytest.mark.parametrize(
    "text",
    [
        f"持卡人张三，{_CARD}/{_OTHER}号问题已办结。",
        f"持卡人张三，{_CARD}号；{_OTHER}号问题已办结。",
        f"持卡人张三，{_CARD}号或{_OTHER}号问题已办结。",
        f"补助已发放到您的账户，{_CARD}号\n{_OTHER}号问题已办结。",
        f"补助已发放到您的账户，- {_CARD}号\n- {_OTHER}号问题已办结。",
        f"您的卡{_CARD}、\n{_OTHER}号问题已办结。",
        f"张三{_CARD}、{_OTHER}号等问题已办结。",
        f"中国工商银行借记卡：\n- {_CARD}号\n- {_OTHER}号问题已办结。",
    ],
)
def test_card_before_a_new_joiner_blocks(text: str) -> None:
    assert _personal(text) == _BLOCKED


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{_TICKET}/{_OTHER}号问题已办结。",
        f"关于{_TICKET}号\n{_OTHER}号问题，现答复如下。",
        f"您反映的- {_TICKET}号\n- {_OTHER}号问题已办结。",
        f"补助已发放到您的账户。{_TICKET}/{_OTHER}号问题已办结。",
        f"我的卡是{_TICKET}/{_OTHER}号问题",
    ],
)
def test_tickets_stay_clean(text: str) -> None:
    assert _personal(text) == []
