"""Fix 127b (review 105's open items on masks): another kind's form no longer covers digits that
are a whole number of their own, and a region's county part may be ``00``."""

from __future__ import annotations

import pytest

from govpub.compliance.folding.emphasis import _fake_form, _Form, _region_code, _whole_number

_LABELS = {None: "请核对：", "id": "身份证号：", "card": "银行卡号：", "phone": "联系电话："}


def _form(layout: str, named: str | None = None) -> _Form:
    label = _LABELS[named]
    return _Form(layout, label + layout, len(label))


@pytest.mark.parametrize(
    ("shown", "layout", "kind", "named", "fake"),
    [
        ("13501012345", "135010****12345", "id", None, True),  # a mobile in a legacy ID's form
        ("13010212345", "130102*******12345", "id", None, True),  # … in an 18's, the day shown
        ("13010212345", "130102****12345", "id", "id", False),  # an ID label names the form
        ("13010211233", "1301021*******1233", "id", None, False),  # the stars hide the day
        ("13010011233", "1301001*******1233", "id", None, False),  # (a city-level region)
        ("1401051234", "140105********1234", "id", None, False),  # no whole number shown
        ("440103851122123", "440103****851122123", "card", None, True),  # a whole legacy ID
        ("440103851122123", "440103****851122123", "card", "card", False),  # a card label
        ("18572123456", "1857212*******3456", "card", None, True),  # a mobile in a card's form
        ("378282246310005", "3782****82246310005", "card", None, False),  # a card's own digits
    ],
)
def test_a_form_worn_by_a_whole_number_is_fake(
    shown: str, layout: str, kind: str, named: str | None, fake: bool
) -> None:
    total = len(layout)
    assert _fake_form(shown, total, kind, _form(layout, named)) is fake


def test_no_form_known_keeps_the_old_answer() -> None:
    assert _fake_form("13501012345", 15, "id", None) is False


@pytest.mark.parametrize(
    ("groups", "hidden", "after", "named", "whole"),
    [
        (["139", "12345678"], 4, "号", "phone", True),  # a phone's label: the mobile and 号
        (["139", "12345678"], 4, "号", None, False),  # no label: a mask and 1234号 (mend124)
        (["138", "56782024"], 4, "年", "phone", False),  # a year after the mask stays one
        (["1301021", "1233"], 7, "", None, False),  # an ID mask's form, the day hidden
        (["135010", "12345"], 4, "", None, True),  # review 105's fake
        (["135010", "12345"], 4, "", "id", False),  # … named an ID's
    ],
)
def test_the_label_before_decides_a_glued_figure_and_a_form(
    groups: list[str], hidden: int, after: str, named: str | None, whole: bool
) -> None:
    layout = ("*" * hidden).join(groups)
    assert _whole_number(groups, hidden, after, _form(layout, named)) is whole


@pytest.mark.parametrize(
    ("head", "region"),
    [("441900", True), ("110100", True), ("130100", True), ("130002", False), ("138123", False)],
)
def test_a_county_part_may_be_00(head: str, region: bool) -> None:
    assert _region_code(head) is region
