"""Review 102 of fix112b: ticket lists that cleared real cards (mend123).

A list's ticket word names it only when it ends the noun (等问题账户, 等举报线索 are accounts),
and a count only of 诉求 or 问题 (两件, 等2件 are parcels: L1); an intro on the line above reads
its sentence back across lines (持卡人：张三⏎您反映的以下问题：⏎1. …: L2).  (L3's payment words
before the list, 退款诉求：⏎- …, were reversed by mend126: review 105's F1, F3 — only where a
payment goes, 发放到, 转账至, keeps the list a card.)
"""

from __future__ import annotations

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal.amounts import _LIST_NAMED_AFTER, _card_clause


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("等问题已办结", True),
        ("等问题。", True),
        ("两个问题已转办", True),
        ("等2件诉求", True),
        ("号件已办结", True),
        ("等举报的办理情况", True),
        ("等问题", True),  # (the text's end)
        ("等问题账户", False),
        ("两个问题银行卡", False),
        ("等举报线索", False),
        ("等投诉较多的卡片", False),
        ("等问题卡片", False),
        ("等咨询号码", False),
        ("两件", False),
        ("等2件", False),
        (" 2件", False),
        ("号两件", False),
    ],
)
def test_a_list_word_ends_its_noun_and_a_count_names_tickets(after: str, expected: bool) -> None:
    assert expected == (_LIST_NAMED_AFTER.match(after) is not None)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("持卡人：张三\n您反映的以下问题：\n1. ", True),
        ("中国工商银行借记卡\n您反映的\n- ", True),
        ("> 持卡人张三\n> 您反映的\n> - ", True),
        ("退款已转账至以下账户\n您反映的\n- ", True),
        ("补贴发放到：\n- ", True),
        ("银行卡已办结，\n您反映的\n- ", False),  # (a comma ends the clause, as on one line)
        ("银行卡业务\n\n您反映的\n- ", False),  # (a blank line ends it)
        ("请勿向陌生银行卡转账。\n您反映的\n- ", False),
        ("诉求：\n- ", False),
        ("关于以下事项：\n1. ", False),
    ],
)
def test_the_clause_above_an_intro_reads_back_across_lines(before: str, expected: bool) -> None:
    assert expected == _card_clause(before + CARD, len(before))


@pytest.mark.parametrize(
    "text",
    [
        f"警方提醒：请勿向{CARD}、{OTHER}等问题账户转账。",
        f"警方已冻结{CARD}、{OTHER}两个问题账户。",
        f"公安机关根据{CARD}、{OTHER}等举报线索冻结涉案账户。",
        f"寄回{CARD}、{OTHER}等2件",
        f"持卡人：张三\n您反映的以下问题：\n1. {CARD}\n2. {OTHER}号问题已办结。",
    ],
)
def test_cards_the_review_found_cleared_block(text: str) -> None:
    assert BLOCKED == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}、{OTHER}等问题已办结。",
        f"{TICKET}、{OTHER}两个问题已转相关部门办理。",
        f"{TICKET}号和{OTHER}号两件诉求已办结",
        f"您反映的以下问题：\n1. {TICKET}\n2. {OTHER}号问题已办结。",
        f"诉求：\n- {TICKET}\n- {OTHER}等问题",
    ],
)
def test_honest_ticket_lists_of_the_same_shapes_stay_clean(text: str) -> None:
    assert [] == personal_findings(text)
