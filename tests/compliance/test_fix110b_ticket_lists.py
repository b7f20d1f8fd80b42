"""Fix110b (review 86's F1, F3, L5, left by fix108d and mend113): a 12345 reply's list of
tickets, a ticket in brackets written otherwise, an escaped backslash before emphasis round
nothing.

A reply that merges tickets names them all with one word after the last (``2606…号、2603…号
问题``, ``2606…、2603…号诉求``): the list is read item by item only while each has a dated
ticket's shape, so a mobile, an ID number or a card of another shape ends it unnamed, and a
phone's, a card's or an ID's label before the list names every item.  A ticket stands in
brackets after 来电 with a space before them, in 【】 or with 号 inside (``来电【…】``,
``诉求（…号）``).  CommonMark reads ``\\\\`` as a printed backslash, so ``138\\\\**\\u200b**
12345678`` is emphasis round nothing between ``138\\`` and ``12345678``.
"""

from __future__ import annotations

import pytest
from ticket_numbers import OTHER, TICKET, personal_findings

from govpub.compliance.folding import fold
from govpub.compliance.folding.emphasis import _escaped
from govpub.compliance.personal.amounts import (
    _listed_ticket,
    _ticket_list_head,
    _ticket_named,
)

_NO_LUHN = OTHER[:-1] + str((int(OTHER[-1]) + 5) % 10)  # (a dated ticket that is no card)
_VISA = "4532015112830366"
_MOBILE = [("personal.mobile", "block")]
_CARD = [("personal.bank_card", "block")]
_ID = [("personal.id_number", "block")]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (f"号、{OTHER}号问题", True),
        (f"、{OTHER}号诉求", True),
        (f"号和{OTHER}号问题", True),
        (f"，{OTHER}号诉求", False),  # (a clause's comma after no 号: review 88's L1)
        (f"号，{OTHER}号诉求", True),
        (f" 号、{OTHER} 号问题", True),
        (f"、{_NO_LUHN}号问题", True),  # (a later item needs the shape only)
        (f"、{OTHER}、{TICKET}号投诉", True),
        (f"、{OTHER}号工单", True),  # (a work order's word ends the list too)
        (f"、{OTHER}", False),  # (named by nothing)
        ("、13812345678号问题", False),  # (a mobile ends the list)
        (f"、{_VISA}号问题", False),  # (a card of another shape)
        ("、110105491231002号信件", False),  # (a legacy ID)
        ("、2613309876543216号问题", False),  # (month 13: no dated ticket)
        ("、2603 1500 0012 3455号问题", False),  # (a card's fours)
        (f"号已办结，{OTHER}号问题", False),  # (a sentence between)
        (f"号问题、{OTHER}号问题", False),  # (named by its own word: no list needed)
    ],
)
def test_a_ticket_is_named_by_the_word_after_the_last_of_its_list(
    after: str, expected: bool
) -> None:
    assert expected == _listed_ticket(TICKET + after, len(TICKET), introduced=False)


def test_a_list_of_tickets_is_read_to_its_end() -> None:
    """A list of any length is walked once (fix111c: the ten items' reach left the first of
    twelve a card, review 88's F1); a number of another shape still ends it."""
    ten, eleven, forty = (TICKET + f"、{OTHER}" * n + "号问题" for n in (10, 11, 40))
    assert _listed_ticket(ten, len(TICKET), introduced=False)
    assert _listed_ticket(eleven, len(TICKET), introduced=False)
    assert _listed_ticket(forty, len(TICKET), introduced=False)
    assert not _listed_ticket(eleven.replace("号问题", "、13812345678号问题"), 16, introduced=False)


@pytest.mark.parametrize(
    ("before", "head"),
    [
        (f"您反映的{OTHER}号、", 4),
        (f"卡号：{OTHER}、{_NO_LUHN}、", 3),
        ("手机：13812345678、", 15),  # (a mobile is no item of a list of tickets)
        (f"{_VISA}、", 17),
        ("您反映的", 4),
    ],
)
def test_the_head_of_a_list_of_tickets(before: str, head: int) -> None:
    assert head == _ticket_list_head(before + TICKET + "号问题", len(before))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"市民来电（{TICKET}）", True),
        (f"市民来电 （{TICKET}）", True),
        (f"市民来信\u3000（{TICKET}）", True),
        (f"市民来电【{TICKET}】", True),
        (f"诉求（{TICKET}号）", True),
        (f"来件【{TICKET} 号】", True),
        (f"市民来电（{TICKET}】", False),  # (a bracket closes its own kind)
        (f"市民来电  （{TICKET}）", False),  # (two spaces: apart from the word)
        (f"市民来电【{TICKET}，张三】", False),
        (f"市民张三【{TICKET}】", False),
    ],
)
def test_a_ticket_in_brackets_after_its_word(text: str, expected: bool) -> None:
    start = text.index(TICKET)
    assert expected == _ticket_named(text, start, start + len(TICKET), start)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}号、{OTHER}号问题",
        f"您反映的{TICKET}、{OTHER}号诉求",
        f"您反映的{TICKET}号、{_NO_LUHN}号问题",
        f"12345热线{TICKET}、{OTHER}号工单答复",
        f"市民来电 （{TICKET}）反映",
        f"市民来电【{TICKET}】反映",
        f"诉求（{TICKET}号）已办结",
        f"{TICKET}号来件",
    ],
)
def test_a_list_or_a_bracket_of_tickets_stays_clean(text: str) -> None:
    assert [] == personal_findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 86's L1–L4 in lists and brackets: the list is read no further than its tickets
        (f"您反映的{TICKET}号、8613812345678号问题", sorted(_CARD + _MOBILE)),
        (f"您反映的8613812345678号、{TICKET}号问题", _MOBILE),
        ("市民来电【008613812345678】反映", _MOBILE),
        ("市民来电（13812345678号）反映", _MOBILE),
        (f"手提電話：91234567、{TICKET}號問題", _MOBILE),
        (f"您反映的{TICKET}号、110105491231002号信件", sorted(_CARD + _ID)),
        ("诉求（110105491231002号）已办结", _ID),
        (f"您反映的{TICKET}、{_VISA}号问题", _CARD),
        (f"市民来电【{_VISA}】反映", _CARD),
        # a label before the list names every item
        (f"卡号：{_NO_LUHN}、{TICKET}号问题", _CARD),
        (f"联系电话：{_NO_LUHN}、{TICKET}号问题", _CARD),
        (f"身份证号：{_NO_LUHN}号、{TICKET}号信件", _CARD),
    ],
)
def test_a_list_or_a_bracket_clears_no_other_reading(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == personal_findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*", False),
        ("\\*", True),
        ("\\\\*", False),
        ("\\\\\\*", True),
        ("\\\\\\\\*", False),
        ("a\\\\*", False),
    ],
)
def test_a_star_is_escaped_by_an_odd_number_of_backslashes(text: str, expected: bool) -> None:
    assert expected == _escaped(text, len(text) - 1)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("138\\\\**\u200b**12345678", "138\\12345678"),
        # (an escaped star: a run of four that leaves the whole mobile hides nothing, fix112a)
        ("138\\**\u200b**12345678", "13812345678"),
        ("138\\\\\\**\u200b**12345678", "13812345678"),
    ],
)
def test_emphasis_round_nothing_after_an_escaped_backslash_shows_nothing(
    text: str, folded: str
) -> None:
    assert folded == fold(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系电话：138\\\\**\u200b**12345678", _MOBILE),
        ("联系电话：138\\\\\\\\**\u200b**12345678", _MOBILE),
        ("身份证号：310104\\\\**\u200b**198511223688", _ID),
        ("联系电话：138\\**\u200b**12345678", _MOBILE),  # (fix112a: hides nothing)
        ("联系电话：138\\\\\\**\u200b**12345678", _MOBILE),
        ("联系电话：138\\\\**\u200b**5678", []),
    ],
)
def test_what_emphasis_after_an_escaped_backslash_hid_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == personal_findings(text)
