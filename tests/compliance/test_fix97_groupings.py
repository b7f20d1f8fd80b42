"""A mobile cut unevenly or wrapped over a line, a card cut in fours and then run together
(red team 97, fix97): read as the reader of the page reads them, and figures stay figures."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated
from number_makers import luhn

from govpub import Policy, Post, check
from govpub.compliance.personal.kinds import _card_shape, _fours_then_rest

U16 = luhn("622202123456789")
U19 = luhn("621727295181756048")


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("lengths", "expected"),
    [
        ((4, 4, 8), True),
        ((4, 4, 4, 7), True),
        ((4, 15), True),
        ((4, 4, 4, 4), False),  # (fours: uniform, read already)
        ((4, 4, 4), False),
        ((8, 8), False),
        ((3, 13), False),
    ],
)
def test_fours_then_the_rest(lengths: tuple[int, ...], expected: bool) -> None:
    assert _fours_then_rest(lengths) is expected


def test_a_card_shape_includes_fours_then_the_rest() -> None:
    assert _card_shape((4, 4, 8))
    assert _card_shape((4, 15))


@pytest.mark.parametrize(
    "body",
    [
        f"请将费用转入{U16[:4]} {U16[4:8]} {U16[8:]}（张伟）",
        f"{U19[:4]} {U19[4:8]} {U19[8:12]} {U19[12:]}",
        f"转账至 {U19[:4]} {U19[4:]}",
    ],
)
def test_a_card_partly_grouped_blocks(body: str) -> None:
    assert _rules(body) == {"personal.bank_card"}


def test_a_card_partly_grouped_failing_luhn_passes() -> None:
    wrong = U16[:-1] + str((int(U16[-1]) + 3) % 10)
    assert _rules(f"{wrong[:4]} {wrong[4:8]} {wrong[8:]}") == set()


@pytest.mark.parametrize(
    "body",
    [
        "王老师1391 2345678",
        "报名请联系王老师（1391 2345678）。",
        "王老师13912 345678",
        "周杰，1308\n7610800，特此公告。",
        "王老师139 1234\n5678",
        "<p>报名请找王老师，1517\n3615962，工作日9:00—17:00。</p>",
    ],
)
def test_an_uneven_or_wrapped_mobile_blocks(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        "合计 1391 2345678",
        "2024年 1391 2345678",
        "户籍人数 1391 2345678",
        "1998 2345678",
        "1391 2345678\n1402 2456789",
        "0791 2345678",
        "截至年底累计1308\n7610800",
        "周杰，1308\n\n7610800",
        "周杰，1308<br>7610800",
        "<pre>1517\n3615962</pre>",
        "<p>说明</p>1517\n3615962。",
    ],
)
def test_figures_and_two_lines_stay_clean(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("<p>王老师，1517\n3615962 ", id="wrapped-in-paragraphs"),
        pytest.param("<p>王老师，1517\n3615962</p>", id="wrapped-in-closed-paragraphs"),
        pytest.param("王老师1391 2345678 ", id="uneven-after-names"),
    ],
)
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)


# Review 64 of fix97: a count's unit after the two figures keeps them figures (F1); right after
# a person's name a 4-7 mobile from 191/198/199 is no year (L2).
@pytest.mark.parametrize(
    "body",
    ["1391 2345678件", "本市常住人口 1391 2345678 人。", "共 1391 2345678 户", "1991 2345678"],
)
def test_two_figures_before_a_count_unit_or_a_year_stay_figures(body: str) -> None:
    assert "personal.mobile" not in _rules(body)


@pytest.mark.parametrize("body", ["王老师1991 2345678", "王老师1391 2345678，随时联系"])
def test_a_mobile_cut_unevenly_after_a_name_blocks(body: str) -> None:
    assert "personal.mobile" in _rules(body)
