"""Fix 110f: cell boundaries in pasted tab- and space-separated tables (red team 110's A, D, E).

A masked number's visible tail ends its number (``310104********6217⇥2025…`` holds no card), a
tab is a cell border no card or mobile is read over without a label, a 62… run that fails Luhn
does not hide the card that checks and ends where its grouping ends (``6228 4865 1010 5913⇥2``),
and a sheet's last header cell labels no row's first cell (``银行卡号⇥发放金额（元）⏎6217…``).
"""

from __future__ import annotations

import random

import pytest
from check_timing import grows_linearly
from hypothesis import given, settings
from hypothesis import strategies as st
from number_makers import id_number, luhn

from govpub import Policy, Post, check
from govpub.compliance._text import fold
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal.labels import label_at, sheet_header
from govpub.compliance.personal.reading import _after_mask, _grouping_ends

POLICY = Policy.default()
CARD, ID, MOB = "personal.bank_card", "personal.id_number", "personal.mobile"


def rules_of(text: str) -> dict[str, str]:
    """Each rule found in ``text`` (a post's body) and its severity."""
    result = check(Post(title="关于做好有关工作的通知", body=text), POLICY)
    return {finding.rule: finding.severity for finding in result.findings}


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("310104********", True),
        ("138****", True),
        ("6217 **** **** ", True),
        ("310104xxxxxxxx", True),
        ("310104\u25cf\u25cf\u25cf\u25cf\u25cf\u25cf\u25cf\u25cf", True),
        ("**************", True),  # (last four only: no digit before the mask)
        ("**", False),  # (Markdown's bold)
        ("王伟 ", False),
        ("xxxx", False),  # (letters alone: no mask after digits)
    ],
)
def test_a_mask_before_a_number_is_told(before: str, expected: bool) -> None:
    folded = fold(before + "4512").text
    assert expected == _after_mask(folded, len(folded) - 4)


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("6228 4865 1010 5913\t2", 4, True),  # (a tab after, spaces between)
        ("6228 4865 1010 5913  800", 4, True),  # (two spaces after, one between)
        ("6217 0089 6679 0870 230", 4, False),  # (one grouping: a 19-digit number)
        ("6228-4865-1010-5913 2", 4, True),
    ],
)
def test_a_grouping_ends_where_its_separator_changes(text: str, last: int, expected: bool) -> None:
    (number,) = find_numbers(fold(text).text)
    assert expected == _grouping_ends(number, 0, last)


def test_a_sheet_rows_first_cell_is_labelled_by_its_header_not_the_last_cell() -> None:
    folded = fold("联系电话\t编号\n13812345678\t001").text
    at = folded.index("138")
    assert sheet_header(folded, at) is not None
    assert label_at(folded, at) != "serial"
    assert sheet_header("编号：\n13812345678", len("编号：\n")) is None  # (no sheet: a label)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A: a masked tail and the next cell's number (Luhn-valid together)
        ("王思雨\t310104********6217\t202503104174\t78.50", {}),
        ("王伟 138****4512 202503104171 拟录用", {}),
        ("考场\t座位号\t准考证号\n03\t4512\t202503104171", {}),
        # D: a card in fours, then a short number in the next cell
        ("钱桂兰\t6228 4865 1010 5913\t2", {CARD: "block"}),
        ("| 赵秀英 | 6228 4812 2614 0296 | 2 |", {CARD: "block"}),
        (
            "<table><tr><td>赵秀英</td><td>6228 4888 4325 2248</td><td>2</td></tr></table>",
            {CARD: "block"},
        ),
        # twins: single spaces join a card in fours; Markdown bold is no mask; a label over tabs
        ("请将补助发至本人银行卡 6228 4865 1010 5913 。", {CARD: "block"}),
        ("**6228 4865 1010 5913**", {CARD: "block"}),
        ("联系电话：138\t1234\t5678", {MOB: "block"}),
        # E: the header's last cell
        ("银行卡号\t发放金额（元）\n6217 0089 6679 0870 230\t1200", {CARD: "block"}),
        ("联系电话\t编号\n13812345678\t001", {MOB: "block"}),
        ("发放金额（元）\t银行卡号\n13800000000\t6217 **** **** 1234", {}),
    ],
)
def test_pasted_table_cells(text: str, expected: dict[str, str]) -> None:
    assert expected == rules_of(text)


def test_a_failing_run_of_fours_stays_one_number() -> None:
    # (a 62… of 19 in fours failing Luhn whose first 16 pass: one grouping, warned as one)
    head = luhn("621700123456789")
    digits = next(
        head + f"{tail:03d}"
        for tail in range(1000)
        if luhn(head + f"{tail:03d}"[:2]) != head + f"{tail:03d}"
    )
    grouped = " ".join(digits[i : i + 4] for i in range(0, 19, 4))
    assert {CARD: "warn"} == rules_of(f"卡号：{grouped}")


_HEAD = "序号\t姓名\t身份证号\t准考证号\t成绩"


def _id(rng: random.Random) -> str:
    while True:
        number = id_number(
            f"{rng.choice(['310104', '320102', '440305'])}{rng.randint(1965, 2003)}"
            f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        )
        if number[-1] != "X":
            return number


def _sheet(seed: int, separator: str, rows: int, odd: int | None, odd_kind: str) -> str:
    """A 拟录用 sheet of masked IDs, 准考证号 and scores; row ``odd`` holds one ID, card or
    mobile unmasked (``odd_kind``)."""
    rng = random.Random(seed)
    lines = [_HEAD.replace("\t", separator)]
    for row in range(rows):
        number = _id(rng)
        cell = number[:6] + "********" + number[-4:]
        exam = f"2025{rng.randint(0, 10**8 - 1):08d}"
        score = f"{rng.uniform(60, 90):.2f}"
        if row == odd and odd_kind == "id":
            cell = number
        elif row == odd and odd_kind == "card":
            score = luhn(f"622848{rng.randint(0, 10**9 - 1):09d}")
        elif row == odd and odd_kind == "mobile":
            score = f"138{rng.randint(0, 10**8 - 1):08d}"
        lines.append(separator.join([str(row + 1), "王伟", cell, exam, score]))
    return "拟录用人员名单\n" + "\n".join(lines)


_SEPARATORS = st.sampled_from(["\t", " ", "  ", "\u3000\u3000"])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**6), separator=_SEPARATORS, rows=st.integers(1, 12))
def test_a_sheet_of_masked_ids_exam_numbers_and_scores_stays_clean(
    seed: int, separator: str, rows: int
) -> None:
    assert {} == rules_of(_sheet(seed, separator, rows, None, ""))


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    separator=_SEPARATORS,
    rows=st.integers(1, 12),
    kind=st.sampled_from(["id", "card", "mobile"]),
    data=st.data(),
)
def test_one_unmasked_number_in_such_a_sheet_blocks(
    seed: int, separator: str, rows: int, kind: str, data: st.DataObject
) -> None:
    odd = data.draw(st.integers(0, rows - 1))
    rule = {"id": ID, "card": CARD, "mobile": MOB}[kind]
    assert {rule: "block"} == rules_of(_sheet(seed, separator, rows, odd, kind))


def test_a_long_pasted_sheet_is_read_in_linear_time() -> None:
    row = "1\t王伟\t310104********6217\t202503104174\t6228 4865 1010 5913\t2\n"
    small = "序号\t姓名\t身份证号\t准考证号\t银行卡号\t人数\n" + row * 40
    large = "序号\t姓名\t身份证号\t准考证号\t银行卡号\t人数\n" + row * 400
    assert grows_linearly(small, large, within=2.0)
