"""Mend 100b (review 67's L3, L4, L5, L8, F1, F2): the clause before a comma and a table's
quantity cell, as fix99b reads them. A clause that names a quantity stays figures' even after a
day's date; a request that ends in a time's word still asks; a long clause is read from the
reach's start; a period's bound is no event's day; a losing verb earlier in the sentence makes
the clause an event's; a cell that names a time is a duty roster's shift, no quantity."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.personal.reading import (
    _clause_before_comma,
    _event_day,
    _names_a_quantity,
)

M = "1391 2345678"


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    "body",
    [
        f"如需办理请在工作日，{M}",
        f"请在公示期，{M}",
        f"拾到钱包的好心人请于本周日，{M}",
        f"如您对本次公示的拟录用人员名单及其相关个人信息有任何疑问，{M}",
        f"| 王小明 | 节假日 | {M} |",
        f"| 王小明 | 汛期 | {M} |",
        f"| 王小明 | 轮值 | {M} |",
        f"<tr><td>王小明</td><td>男</td><td>汛期</td><td>{M}</td></tr>",
        f"本人不慎遗失黑色钱包一个，内有现金若干，{M}",
        f"于2024年3月5日，{M}",
        f"报名时间：3月5日至3月10日，{M}",  # (a schedule's range: review 68's L1)
        f"受理期限：3月5日至3月10日，{M}",
    ],
)
def test_requests_rosters_and_notices_block(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        f"3月5日全市户籍人口，{M}",
        f"3月5日成交金额，{M}",
        f"截至 3月5日，{M}",
        f"截止到3月5日，{M}",
        f"2024年1月1日至3月5日，{M}",
        f"3月5日以来，{M}",
        f"自3月5日起，{M}",
        f"本人不慎遗失钱包。内有现金若干，{M}",
        f"经排查发现，全市，{M}",
        f"| 高新 | 户数 | {M} |",
    ],
)
def test_figures_and_periods_stay_clean(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("如需办理请在工作日，", True),
        ("如您对本次公示的拟录用人员名单及其相关个人信息有任何疑问，", True),
        ("本人不慎遗失黑色钱包一个，内有现金若干，", True),
        ("3月5日全市户籍人口，", False),
        ("截至 3月5日，", False),
        ("本人不慎遗失钱包，内有现金数量，", False),
    ],
)
def test_clause_before_comma(text: str, alone: bool) -> None:
    assert _clause_before_comma(text, len(text)) is alone


def test_an_event_day_is_no_period_bound() -> None:
    assert _event_day("于2024年3月5日")
    assert _event_day("本人于3月5日在公园")
    assert not _event_day("截止到 3月5日")
    assert not _event_day("1月1日—3月5日")
    assert not _event_day("3月5日至今")


def test_a_time_cell_names_no_quantity() -> None:
    assert _names_a_quantity(" | 户数 ")
    assert _names_a_quantity(" | 金额 ")
    assert not _names_a_quantity(" | 节假日 ")
    assert not _names_a_quantity(" | 春节假期 ")
    assert not _names_a_quantity(" | 青年 ")
    assert not _names_a_quantity(" | 轮值 ")


@pytest.mark.parametrize(
    "unit",
    [
        f"本人不慎遗失黑色钱包一个，内有现金若干，{M}。",
        f"截至 3月5日，{M}\n",
        f"| 王小明 | 节假日 | {M} |\n",
        "如您对本次公示的拟录用人员名单及其相关个人信息有任何疑问" * 3 + f"，{M}",
    ],
)
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
