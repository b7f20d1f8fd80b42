"""Review 88's F1 and F2 (fix111c).

12345 tickets listed with ；, a slash, 以及, 或, a line break or a Markdown list, named 号等问题,
of any length, and in brackets after 来电： or with spaces inside, are no cards; a card in the same
lists still is (mend114's protections).  Emphasis round an invisible character in a raw HTML
block is read as written: the page shows its stars (F2).
"""

from __future__ import annotations

import threading

import pytest
from ticket_numbers import BLOCKED, CARD, OTHER, TICKET, personal_findings

from govpub.compliance.personal import amounts
from govpub.compliance.personal.amounts import (
    _listed_ticket,
    _ticket_list_head,
    _ticket_named,
)


@pytest.mark.parametrize(
    ("after", "introduced", "expected"),
    [
        (f"/{OTHER}号问题", False, True),  # (a slash is a list's separator, as 、 is)
        (f"／{OTHER}号诉求", False, True),
        (f"、\n{OTHER}号问题", False, True),  # (a line break after the separator)
        (f"、\n- {OTHER}号问题", False, True),
        (f"号；{OTHER}号问题", False, True),  # (a clause's separator after its own 号)
        (f"；{OTHER}号问题", False, False),  # (... and not without it)
        (f"；{OTHER}号问题", True, True),  # (... unless a ticket's word introduces the list)
        (f"号以及{OTHER}号问题", False, True),
        (f"以及{OTHER}号问题", False, False),
        (f"号或{OTHER}号问题", False, True),
        (f"或{OTHER}号问题", False, False),
        (f"号\n{OTHER}号问题", False, True),  # (one a line)
        (f"\n{OTHER}号问题", False, False),  # (a line break alone after a bare number)
        (f"号\n- {OTHER}号问题", False, True),  # (a Markdown list's items)
        (f"号\n2. {OTHER}号问题", False, True),
        (f"号、{OTHER}号等问题", False, True),  # (号等问题: 等 before the word)
        (f"号、{OTHER}号等账户", False, False),  # (等 and no ticket's word)
        (f"号 {OTHER}号问题", False, False),  # (a space is no separator)
    ],
)
def test_the_separators_of_a_list_of_tickets(after: str, introduced: bool, expected: bool) -> None:
    assert expected == _listed_ticket(TICKET + after, len(TICKET), introduced=introduced)


@pytest.mark.parametrize(
    "before",
    [f"{TICKET}/", f"{TICKET}号；", f"{TICKET}以及", f"{TICKET}号或", f"{TICKET}号\n- "],
)
def test_the_walk_back_crosses_the_same_separators(before: str) -> None:
    text = "卡号：" + before + OTHER + "号问题"
    assert 3 == _ticket_list_head(text, text.index(OTHER))


def test_a_list_of_any_length_is_walked_once() -> None:
    """Every item's walk ends where the first item's did (:class:`amounts._ListWalks`): the
    answers of a list's items are all known after the first is read."""
    text = "、".join([TICKET] * 30) + "号问题"
    assert _listed_ticket(text, len(TICKET), introduced=False)
    named = amounts._walks(text).named
    ends = [at + len(TICKET) for at in range(0, len(text) - 3, len(TICKET) + 1)]
    assert all(named.get((end, False, "", False)) for end in ends[:-1])
    last = text.rindex(TICKET)
    assert 0 == _ticket_list_head(text, last)
    assert 0 == amounts._walks(text).heads[len(TICKET) + 1]


def test_walks_are_kept_for_one_text_at_a_time() -> None:
    first, second = TICKET + "、" + OTHER + "号问题", TICKET + "，" + OTHER + "号问题"
    assert _listed_ticket(first, len(TICKET), introduced=False)
    assert not _listed_ticket(second, len(TICKET), introduced=False)
    assert amounts._walks(second) is amounts._walks(second)
    assert amounts._walks(first).named == {}  # (a new text: the old walks are gone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"市民来电：（{TICKET}）反映", True),
        (f"市民来电（ {TICKET} ）反映", True),
        (f"市民来信：【{TICKET}号】反映", True),
        (f"市民来电：（ {TICKET} 号 ）反映", True),
        (f"市民来电：:（{TICKET}）反映", False),  # (one colon)
        (f"市民来电：（{TICKET}】反映", False),  # (a bracket closing another kind)
    ],
)
def test_a_ticket_in_brackets_after_a_colon_or_with_spaces(text: str, expected: bool) -> None:
    start = text.index(TICKET)
    end = start + len(TICKET)
    assert expected == _ticket_named(text, start, end, start)


@pytest.mark.parametrize(
    "text",
    [
        f"补助资金已打入{CARD}；{OTHER}号诉求已办结",
        f"退费已转账至{CARD}/{OTHER}号投诉已办结",
        f"款项已原路退回{CARD}以及{OTHER}号问题已办结",
        f"请核对收款账户信息{CARD}或{OTHER}号工单",
        f"补助资金已打入{CARD}\n{OTHER}号诉求已办结",
        f"补助资金已打入{CARD}号、{OTHER}号等诉求已办结",
        f"中国工商银行{CARD}以及{OTHER}号问题",
        "卡号：" + "、".join([TICKET] * 11 + [OTHER]) + "号问题",
        f"- {CARD}\n- {OTHER}号问题",
    ],
)
def test_a_card_in_the_same_lists_is_found(text: str) -> None:
    assert BLOCKED == personal_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        f"您反映的{TICKET}号、{OTHER}号等问题已办结",
        f"您反映的{TICKET}/{OTHER}号问题已办结",
        f"您反映的{TICKET}号以及{OTHER}号问题已办结",
        f"您反映的以下问题已办结：\n- {TICKET}号\n- {OTHER}号问题",
        "您反映的" + "、".join([TICKET] * 11 + [OTHER]) + "号问题",
        f"市民来电：（{TICKET}）反映",
    ],
)
def test_a_list_of_tickets_stays_clean(text: str) -> None:
    assert [] == personal_findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (fix112a: the page shows every digit round the four stars, no mask — blocks)
        ("<div>\n联系电话：138\\\\**\u200b**12345678\n</div>", [("personal.mobile", "block")]),
        ("<div>联系电话：138**\u200b**12345678</div>", [("personal.mobile", "block")]),
        (
            "<section>\n身份证号：310104\\\\**\u200b**198511223688\n</section>",
            [("personal.id_number", "block")],
        ),
        ("<div>\n说明\n\n联系电话：138\\\\**\u200b**12345678", [("personal.mobile", "block")]),
        ("联系电话：<span>138\\\\**\u200b**12345678</span>", [("personal.mobile", "block")]),
        ("联系电话：138\\\\**\u200b**12345678", [("personal.mobile", "block")]),
    ],
)
def test_emphasis_in_a_raw_html_block_is_printed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """CommonMark reads no Markdown in an HTML block (§4.6): ``<div>⏎138\\\\**\\u200b**…``
    shows its backslashes and stars, a mask (review 88's F2); a blank line ends the block."""
    assert expected == personal_findings(text)


def test_each_thread_keeps_its_own_walks() -> None:
    """Two threads checking at once each keep their text's walks: one module-wide memo was
    thrown away at every switch and every list walked again (review 96's S1: 69 s for two
    40k posts at once, 3 s one after the other)."""
    mine, theirs = "您反映的" + "2606309876543215、" * 3, "您反映的" + "2603150000123455、" * 3
    kept = amounts._walks(mine)
    other = threading.Thread(target=amounts._walks, args=(theirs,))
    other.start()
    other.join()
    assert amounts._walks(mine) is kept
