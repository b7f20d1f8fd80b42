"""Mend 115: review 89's L1, L2, L3 and F1 of fix110f (a mask's tail, a grouping's end).

A group after a mask is the mask's visible tail when glued to it, or when it has a tail's
length a space after it and ends its grouping or completes the masked number's length — a value
masked to its end has no tail (``3101041985****** 138 1234 5678`` blocks).  A mask ending the
line above is no mask before this line's number; a mask of x needs three x's; a hyphen or a
slash is no grouping's end (``6228 4865 1010 5913-123`` is one account of 19).
"""

from __future__ import annotations

import pytest
from number_makers import luhn

from govpub import Policy, Post, check
from govpub.compliance._text import fold
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal.reading import _after_mask, _cell_end, _tail_of_mask

POLICY = Policy.default()
CARD, MOB = "personal.bank_card", "personal.mobile"
C = luhn("622848651010591")
CG = " ".join(C[i : i + 4] for i in range(0, 16, 4))


def rules_of(text: str) -> dict[str, str]:
    """Each rule found in ``text`` (a post's body) and its severity."""
    result = check(Post(title="关于做好有关工作的通知", body=text), POLICY)
    return {finding.rule: finding.severity for finding in result.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("310104********6217\t202503104174", True),  # (glued)
        ("6217 **** **** 4512\t202503104174", True),  # (a tail of four, then a cell's end)
        ("6217 **** **** 4512 6228 4865", True),  # (four completing a card of 16)
        ("3101041985****** 138 1234 5678", False),  # (masked to its end: L1)
        ("138 1234 **** 6228 4865 1010 5913", False),  # (11 and four make no number)
        ("**** 138 1234 5678", False),
        ("3101041985****** 138-1234-5678", False),
        ("6217 **** **** 45123 2025 0310", False),  # (longer than a tail)
    ],
)
def test_a_masks_tail(text: str, expected: bool) -> None:
    folded = fold(text).text
    number = next(n for n in find_numbers(folded) if n.start > 0 and n.start >= text.find("*"))
    assert expected == _tail_of_mask(folded, number)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("138 1234 ****\n", False),  # (the line above: L2)
        ("138 1234 ****\r\n", False),
        ("5xx ", False),  # (two x's: L3)
        ("1 x x ", False),
        ("310104xxx", True),
        ("138 1234 **** ", True),
    ],
)
def test_a_mask_is_read_on_its_own_line(before: str, expected: bool) -> None:
    folded = fold(before + "1234").text
    assert expected == _after_mask(folded, len(folded) - 4)


@pytest.mark.parametrize(
    ("separator", "expected"),
    [
        ("\t", True),
        ("  ", True),
        (" | ", True),
        ("</td><td>", True),
        ("\n", True),
        (" ", False),
        ("-", False),
        ("/", False),
    ],
)
def test_a_cells_end(separator: str, expected: bool) -> None:
    assert expected == _cell_end(separator)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三 3101041985****** 138 1234 5678", {MOB: "block"}),
        (f"张三 138 1234 **** {CG}", {CARD: "block"}),
        ("联系电话\n138 1234 ****\n138 1234 5678", {MOB: "block"}),
        ("错误码5xx 138 1234 5678", {MOB: "block"}),
        (f"户名：某某区民政局，账号：{CG}-123", {CARD: "warn"}),
        (f"户名：某某区民政局，账号：{CG}/123", {CARD: "warn"}),
        (f"6217 **** **** 4512 {CG}", {CARD: "block"}),
        ("6\t王思雨\t女\t310104********6217\t202503104174\t78.50", {}),
        ("赵六\t6217 **** **** 4512\t202503104171\t2", {}),
    ],
)
def test_review_89(text: str, expected: dict[str, str]) -> None:
    assert expected == rules_of(text)
