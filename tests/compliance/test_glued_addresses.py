"""A number glued to a link's address is read the same whether or not the fold removes
characters elsewhere in the field (review 74): the address is a word of its own, blanked where
its characters went (``FieldView.prose``), and an ``x`` that makes no ID number is no part of
the number before it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check

_POLICY = Policy.default()

_PIECES = st.sampled_from(
    [
        "13812345678",
        "19095068134",
        "6222021234567890128",
        "33010619621123573X",
        "330106196612128142",
        "x",
        "X",
        " ",
        "86 ",
        "https://e.cn",
        "https://www.gov.cn/a",
        "https://www.gov.cn/86",
        "t.cn/172",
        "/",
        "?id=",
        "，",
        "电话：",
    ]
)


def _personal(body: str) -> list[str]:
    report = check(Post(title="关于做好有关工作的通知", body=body), _POLICY)
    return sorted(f.rule for f in report.findings if f.rule.startswith("personal."))


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8).map("".join))
def test_a_removal_elsewhere_in_the_field_changes_no_reading(text: str) -> None:
    plain = _personal(text)
    assert _personal(f"<b>注</b>{text}") == plain
    assert _personal(f"{text}&nbsp;") == plain


@pytest.mark.parametrize(
    "body",
    [
        "联系电话：13812345678x",
        "19095068134xhttps://e.cn",
        "<b>19095068134xhttps://e.cn</b>",
        "卡号6222021234567890128x",
        "33010619621123573Xhttps://www.gov.cn/a",
        "&nbsp;33010619621123573Xhttps://www.gov.cn/a",
        "https://www.gov.cn/86 13812345678<b>x</b>",
        "<b>注</b>638\n15612394754xhttps://e.cn",
        "<b>注</b>310104198003117096 15928245987xhttps://e.cn",
        "<b>注</b>62805315065568100Xhttps://e.cn",
    ],
)
def test_a_number_beside_an_address_or_a_stray_x_blocks(body: str) -> None:
    assert _personal(body)


@pytest.mark.parametrize(
    "body",
    [
        "电话02112345678x",
        "编号12345678901x",
        "编号1381234567x",
        "详见https://www.gov.cn/a/13812345678x.html<b>x</b>",
        "流水号33010619621123574X",
        "身份证：******19860606048X",
        "身份证后12位：19860606048X",
        "户籍310104，证号19860606048X",
    ],
)
def test_an_x_after_what_is_no_number_of_a_person_or_an_id_numbers_tail_stays_clean(
    body: str,
) -> None:
    assert not _personal(body)
