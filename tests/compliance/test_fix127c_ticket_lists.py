"""fix127c: 12345 ticket lists in more shapes — a total after the list, a blank line after its
intro, words that sum it up below (以上工单), a call's time in brackets after an item, and a
holder's name a space before a card that heads a list."""

from __future__ import annotations

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal.amounts import (
    _LIST_NAMED_AFTER,
    _SUMMED_BELOW,
    _TICKET_LIST_INTRO,
    _holder_before,
)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("共2件诉求已办结", True),
        ("(共2件诉求)", True),
        ("（共3件问题）", True),
        # (a count alone may count cards as 等2件 may: mend123, review 130's F1)
        ("共计3件，", False),
        ("（共5件）已办结", False),
        ("号（共2件）", False),
        ("共2条转账记录", False),
        ("共2件物品", False),
        ("（来电时间：2026年6月30日）等问题", True),
        ("号（来电时间：2026年6月30日）问题", True),
        ("共2件问题账户", False),
        ("共2件银行卡", False),
        ("（共2件）账户", False),
        ("共2张卡", False),
        ("（卡号）等问题", False),
    ],
)
def test_a_lists_total_and_a_calls_time_name_it(after: str, expected: bool) -> None:
    assert expected == (_LIST_NAMED_AFTER.match(after) is not None)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("\n以上工单已办结", True),
        ("，以上工单均已办结", True),
        ("号，上述诉求已转办", True),
        ("\n以上3件诉求", True),
        # (not glued, not in the next sentence, not a list's word of any topic: review 130's F2)
        ("以上诉求均已办结", False),
        ("。上述问题已移交公安机关", False),
        ("；以上建议供参考", False),
        ("\n以上举报属实", False),
        ("\n以上问题已办结", False),
        ("以上问题账户", False),
        ("，以上账户已冻结", False),
        ("\n以上卡号", False),
    ],
)
def test_words_below_a_list_sum_it_up(after: str, expected: bool) -> None:
    assert expected == (_SUMMED_BELOW.match(after) is not None)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("您反映的以下问题：\n\n1. ", True),
        ("您反映的以下问题：\n  \n- ", True),
        ("> 您反映的\n>\n> - ", True),
        ("您反映的以下问题：\n\n\n\n1. ", False),  # (three blank lines: another paragraph)
        ("退款已转账至以下账户：\n\n1. ", False),
    ],
)
def test_a_blank_line_between_an_intro_and_its_list(before: str, expected: bool) -> None:
    assert expected == (_TICKET_LIST_INTRO.search(before) is not None)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("张三", True),
        # (a space sets a caller apart, 王女士 2306…、…号诉求, and 周报, 任务 read as names:
        # review 130's L1 undid fix127c's spaces)
        ("张三 ", False),
        ("张三\u3000", False),
        ("王女士 ", False),
        ("周报 ", False),
        ("工单号 ", False),
        ("经核实 ", False),
    ],
)
def test_a_holders_name_glued_before(before: str, expected: bool) -> None:
    assert expected == _holder_before(before + CARD, len(before))


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}、{OTHER}共2件诉求已办结。",
        f"{TICKET}、{OTHER}（共2件诉求）已办结。",
        f"王女士 {TICKET}、{OTHER}号诉求，已办结。",
        f"您反映的以下问题：\n\n1. {TICKET}\n2. {OTHER}号问题已办结。",
        f"- {TICKET}\n- {OTHER}\n以上工单已办结。",
        f"{TICKET}（来电时间：2026年6月30日）、{OTHER}等问题已办结。",
    ],
)
def test_honest_ticket_lists_in_these_shapes_stay_clean(text: str) -> None:
    assert [] == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"张三{CARD}、{OTHER}号问题已办结。",
        f"{CARD}、{OTHER}共计2件。",
        f"{CARD}、{OTHER}共2条转账记录",
        f"李某使用{CARD}、{OTHER}。上述问题已移交公安机关。",
        f"{CARD}、{OTHER}\n以上建议",
        f"{CARD}、{OTHER}共2件银行卡已冻结。",
        f"{CARD}\n以上工单已办结。",
        f"- {CARD}\n- {OTHER}等问题",  # (no intro above, 等问题 names no newline list)
        f"打入{CARD}，{OTHER}\n以上工单已办结。",
        f"{CARD}（卡号）、{OTHER}号问题已办结。",
    ],
)
def test_cards_in_these_shapes_still_block(text: str) -> None:
    assert BLOCKED == personal_findings(text)
