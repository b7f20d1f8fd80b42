"""Review 101 of fix112a (mend124): a run of stars is dropped as hiding nothing only when it surely
hides nothing.

The digits joined round it must pass the readers' own checks for a kind (L1), no side of it may
hold a whole number alone (then the stars part two figures, ``13912345678****0000``), digits and
stars that make another kind's length under its prefix are a mask (``1301021*******1233``: F2),
and so is a mobile's mask glued to a year or a figure with a unit (``138****56782024年``: F1).
"""

from __future__ import annotations

import pytest
from number_makers import id_number

from govpub import Post, check
from govpub.compliance.folding.emphasis import _region_code, _stretch_on, _whole_number

_I13 = id_number("13010219900307123")  # a valid ID number of 河北


def _rules(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return sorted({(f.rule, f.severity) for f in findings})


@pytest.mark.parametrize(
    ("groups", "hidden", "after", "whole"),
    [
        (["13912345678", "0000"], 4, "", False),  # the left side is a mobile: a separator (L1)
        (["2024", "13912345678"], 4, "", False),
        (["139", "12345678"], 4, "", True),  # fix112a's fake: no side whole
        (["110105", "199003071230"], 4, "", False),  # a wrong check character: no ID
        ([_I13[:7], _I13[14:]], 7, "", False),  # 18 under a region code (F2)
        (["140105", "22104"], 4, "", False),  # a legacy ID's 15 under a region code
        (["1381234", "5678"], 4, "", True),  # 138123 is no region code's form
        (["138", "56782024"], 4, "年", False),  # a year after the mask's tail (F1)
        (["138", "56781234"], 4, "份", False),  # a figure with a unit
        (["138", "56781234"], 4, "，", True),  # a bare figure: the fake
        (["140105", "87952"], 8, ".", False),  # an ID mask, then a list's "2." glued to it
        (["140105", "879512"], 8, "、", False),  # … "12、"
        (["140105", "87952"], 8, "，", True),  # no list's mark: nineteen, no ID's length
    ],
)
def test_a_mask_hides_nothing_only_when_surely(
    groups: list[str], hidden: int, after: str, whole: bool
) -> None:
    assert _whole_number(groups, hidden, after) is whole


@pytest.mark.parametrize(
    ("head", "region"),
    [("130102", True), ("445302", True), ("659001", True), ("138123", False), ("130002", False)],
)
def test_a_region_code_has_its_form(head: str, region: bool) -> None:
    assert _region_code(head) is region


def test_an_id_numbers_x_ends_it_before_a_chinese_character() -> None:
    assert _stretch_on("19900307005x的", 0)[1] == "19900307005x"
    assert _stretch_on("19900307005xa", 0)[1] == "19900307005"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("联系电话：13912345678****0000", [("personal.mobile", "block")]),
        ("2024****13912345678", [("personal.mobile", "block")]),
        ("身份证号为110105****19900307005X的申请人", [("personal.id_number", "block")]),
        ("联系电话：138****12345678", [("personal.mobile", "block")]),
        (f"身份证号：{_I13[:7]}*******{_I13[14:]}", []),
        ("身份证号：140105****22104", []),
        ("联系电话：138****56782024年", []),
        ("138****56781234份", []),
    ],
)
def test_review_101s_forms(text: str, found: list[tuple[str, str]]) -> None:
    assert _rules(text) == found
