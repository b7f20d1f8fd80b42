"""Review 96's F2: 12345 ticket lists in their common Markdown forms (fix112b).

An intro on the line above the list (您反映的⏎- …, 您反映的以下问题：⏎1. …), 等 without 号 and a
count after the last item (…等问题, …号等2件诉求, …号两件诉求), （1） and 100. marks, an indented
or quoted continuation and a list in a call's brackets (市民来电（…、…）反映) name the tickets; a
card the sentence names stays a card (mend120's words, read on the intro's line).
"""

from __future__ import annotations

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal import amounts, names
from govpub.compliance.personal.amounts import (
    _LIST_NAMED_AFTER,
    _bracket_opened,
    _card_clause,
    _introduced,
    _ticket_list_head,
)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("您反映的\n- ", True),
        ("您反映的：\n* ", True),
        ("您反映的以下问题：\n1. ", True),
        ("您反映的问题：\n（1）", True),
        ("> 您反映的\n> - ", True),
        ("您反映的\n100. ", True),
        # (a blank line between, as Markdown editors write a list under its lead: the intro
        # still ends in the list — fix127c reversed this case; three blank lines do not)
        ("您反映的\n\n- ", True),
        ("您反映的\n\n\n\n- ", False),
        ("退款账户：\n- ", False),
        ("持卡人张三，\n- ", False),
    ],
)
def test_an_intro_on_the_line_above(before: str, expected: bool) -> None:
    assert expected == _introduced(before + TICKET, len(before))


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("等问题", True),
        ("等等诉求", True),
        ("号等2件诉求", True),
        ("号两件诉求", True),
        ("两件诉求", True),
        ("号等3个问题", True),
        ("号问题", True),  # (the single ticket's words too)
        ("等2张卡", False),
        ("等银行卡", False),
        ("问题", False),  # (no 号, 等 nor count: a card's next word as often)
    ],
)
def test_the_words_that_name_a_list(after: str, expected: bool) -> None:
    assert expected == (_LIST_NAMED_AFTER.match(after) is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"市民来电（{TICKET}", "）"),
        (f"市民来信【{TICKET}", "】"),
        (f"张三（{TICKET}", ""),
    ],
)
def test_a_bracket_a_calls_word_opens(text: str, expected: str) -> None:
    assert expected == _bracket_opened(text, len(text) - len(TICKET))


@pytest.mark.parametrize(
    "between",
    ["号\n（2）", "号\n101. ", "号、\n  ", "号、\n> ", "\n> - "],
)
def test_the_walk_back_crosses_marks_indents_and_quotes(between: str) -> None:
    text = TICKET + between + OTHER + "号问题"
    assert 0 == _ticket_list_head(text, text.index(OTHER))


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("补助已发放到您反映的\n- ", True),  # (the intro's line is the clause)
        ("您在中国工商银行反映的以下问题：\n1. ", True),
        ("银行卡已办结，您反映的\n- ", False),  # (its own clause only)
        ("您反映的\n- ", False),
    ],
)
def test_the_clause_of_an_intro_above_is_its_line(before: str, expected: bool) -> None:
    assert expected == _card_clause(before + CARD, len(before))


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的\n- {TICKET}\n- {OTHER}号问题已办结。",
        f"您反映的以下问题：\n1. {TICKET}\n2. {OTHER}号问题已办结。",
        f"您反映的{TICKET}、{OTHER}等问题已办结。",
        f"您反映的{TICKET}号、{OTHER}号等2件诉求已办结。",
        f"您反映的{TICKET}号和{OTHER}号两件诉求已办结。",
        f"您反映的问题：\n（1）{TICKET}号\n（2）{OTHER}号问题已办结。",
        f"您反映的\n100. {TICKET}号\n101. {OTHER}号问题",
        f"您反映的{TICKET}号、\n  {OTHER}号问题",
        f"> 您反映的{TICKET}号、\n> {OTHER}号问题已办结",
        f"市民来电（{TICKET}、{OTHER}）反映",
    ],
)
def test_marked_lists_of_tickets_are_clean(text: str) -> None:
    assert [] == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"持卡人张三，\n- {CARD}\n- {OTHER}号问题已办结。",
        f"退款已转账至：\n- {CARD}\n- {OTHER}号问题已办结。",
        f"补助已发放到您反映的\n- {CARD}\n- {OTHER}号问题已办结。",
        f"持卡人张三，{CARD}、{OTHER}等问题已办结。",
        f"张三{CARD}、{OTHER}等问题已办结。",
        f"退费已转账至{CARD}号和{OTHER}号两件诉求已办结。",
        f"退款账户：\n（1）{CARD}号\n（2）{OTHER}号问题已办结。",
        f"持卡人张三，\n100. {CARD}号\n101. {OTHER}号问题",
        f"> 持卡人张三，{CARD}号、\n> {OTHER}号问题已办结",
        f"持卡人张三来电（{CARD}、{OTHER}）反映",
        f"您反映的{TICKET}等问题已办结。",  # (等 after one number names no list)
    ],
)
def test_a_card_the_sentence_names_stays_a_card(text: str) -> None:
    assert BLOCKED == personal_findings(text)


def test_names_are_read_from_their_own_module() -> None:
    """amounts and kinds read a person's name from :mod:`.names`, at their top (no cycle)."""
    assert amounts.person_name is names.person_name
    assert names.person_name("张三", 0, 2)
    assert not names.person_name("王府井", 0, 3)
