"""Fix 99b (review 65's L5, L7, L8, L9; review 66's F2): a mobile cut 4-7 or 5-6 after a clause
of an event or a request and a comma stands alone (a verb or an asking word, or a day's date);
a comma after a clause of nouns stays figures'. A row label that starts with a surname, with a
quantity's cell between it and the number, is no person's name; a bridge's name is a place's."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal.names import is_place
from govpub.compliance.personal.reading import (
    _clause_before_comma,
    _names_a_quantity,
    _version,
)

M = "1391 2345678"


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    "body",
    [
        f"如有疑问，{M}",
        f"有线索请提供，{M}",
        f"热心市民拾到钱包，{M}",
        "热心市民拾到钱包，13912 345678",
        f"本人不慎遗失钱包，{M}",
        f"于2024年3月5日，{M}",
        f"3月5日，{M}",
        f"王达{M}",
        f"李均 {M}",
        f"张月{M}",
        f"刘金桥{M}",
        "刘金桥，1308\n7610800",
        f"| 王小明 | 男 | {M} |",
        f"| 王小明 | 城东街道 | {M} |",
    ],
)
def test_mobiles_block(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        f"全市人口，{M}",
        f"人口，{M}",
        f"全市，人口，{M}",
        f"城东，男，{M}",
        f"其中，{M}",
        f"例如，{M}",
        f"3月，{M}",
        f"截至2024年3月5日，{M}",
        f"拾到钱包数量，{M}",
        f"合计 {M}",
        f"GDP达{M}万元",
        f"达{M}",
        f"增长达{M}",
        f"产量均{M}",
        f"赵州桥 {M}",
        f"| 黄金 | 合计 | {M} |",
        f"| 高新 | 人口 | {M} |",
        f"<tr><td>黄金</td><td>合计</td><td>{M}</td></tr>",
        f"| 城东 | 男 | {M} |",
        "ver.139.1234.5678",
    ],
)
def test_figures_places_and_versions_stay_clean(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("如有疑问，", True),
        ("热心市民拾到钱包，", True),
        ("于2024年3月5日，", True),
        ("截至3月5日，", False),
        ("全市人口，", False),
        ("拾到钱包数量，", False),
        ("如有疑问", False),  # (no comma: the other readers decide)
    ],
)
def test_clause_before_comma(text: str, alone: bool) -> None:
    assert _clause_before_comma(text, len(text)) is alone


def test_a_quantity_cell_makes_a_row_of_figures() -> None:
    assert _names_a_quantity(" | 合计 ")
    assert _names_a_quantity("</td><td>人口")
    assert not _names_a_quantity(" | 男 ")
    assert not _names_a_quantity(" | 城东街道 ")


def test_bridges_are_places_by_name() -> None:
    assert is_place("赵州桥")
    assert not is_place("刘金桥")


def test_ver_names_a_version() -> None:
    folded = "ver.139.1234.5678"
    (number,) = find_numbers(folded)
    assert _version(folded, number)


@pytest.mark.parametrize(
    "unit",
    [f"热心市民拾到钱包，{M}。", f"于2024年3月5日，{M}\n", f"| 黄金 | 合计 | {M} |\n"],
)
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
