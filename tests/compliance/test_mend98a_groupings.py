"""Review 65's L3, L4, L5, L7, L8, L9 (mend98a): a mobile cut 4-7 or 5-6 is read again after a
heading's closing bracket or hashtag, a role's label and a colon, a repost's hop, a clause that
asks the reader to call and a comma, a person's name a few fields or cells before it, and a
given name of two characters ending 达/均/月 or of three ending 桥; a V glued to a Chinese word is
WeChat's, no version's. Review 64's F1 look-alikes (figures after any other word) stay clean."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal.kinds import _two_character_name_ends_at
from govpub.compliance.personal.names import is_place
from govpub.compliance.personal.reading import _version

M = "1391 2345678"


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    "body",
    [
        # L3: a heading, a role's label, a contact's word, a repost's hop
        f"【寻人启事】{M}",
        "【寻人启事】13912 345678",
        f"寻人启事：{M}",
        f"#寻人启事# {M}",
        f"负责人：{M}",
        "负责人：13912 345678",
        f"接待人：{M}",
        f"详询：{M}",
        f"有事找我：{M}",
        f"联系方式见下 {M}",
        f"联系我👉{M}",
        f"//@平安北京:{M}",
        # L4: a person's name earlier in the row or the clause
        f"| 王小明 | 男 | {M} |",
        f"<tr><td>王小明</td><td>男</td><td>{M}</td></tr>",
        f"| 王小明 | 城东街道 | {M} |",
        f"| 1 | 王小明 | 男 | {M} |",
        f"王小明 男 {M}",
        f"王小明，男，{M}",
        f"王小明，男，35岁，{M}",
        # L5: WeChat's V
        "加V：138.1234.5678",
        "加v 138.1234.5678",
        "微信v:139.1234.5678",
        # L7: a clause that asks the reader to call, and a comma
        f"如有疑问，{M}",
        f"有线索请提供，{M}",
        # L8: given names of two characters ending 达, 均, 月
        f"王达{M}",
        f"李均 {M}",
        "王达13912 345678",
        f"张月{M}",
        # L9: a given name ending 桥
        f"刘金桥{M}",
        "刘金桥，1308\n7610800",
    ],
)
def test_review65_mobiles_block(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        f"| 城东 | {M} |",
        f"| 城东 | 男 | {M} |",
        f"| 王府井 | 男 | {M} |",
        f"| 2023 | 人口 | {M} |",
        f"城东街道 {M}",
        f"城东，男，{M}",
        f"全市，人口，{M}",
        f"人口，{M}",
        f"人均 {M}",
        f"约 {M}",
        f"统计局：{M}",
        f"-{M}",
        f"{M}件",
        f"达{M}",
        f"高达{M}",
        f"总数高达{M}",
        f"平均 {M}",
        f"每月{M}",
        f"#{M}",
        "ver-139.1234.5678",
        "v139.1234.5678",
        "版本号：139.1234.5678",
        "固件版本v139.1234.5678",
        "王府井，1308\n7610800",
        "李村，1308\n7610800",
    ],
)
def test_figures_and_versions_stay_clean(body: str) -> None:
    assert _rules(body) == set()


def test_two_character_names_before_figures_words() -> None:
    assert _two_character_name_ends_at("王达", 2)
    assert _two_character_name_ends_at("张月", 2)
    assert not _two_character_name_ends_at("高达", 2)
    assert not _two_character_name_ends_at("总数高达", 4)
    assert not _two_character_name_ends_at("王老", 2)


def test_bridge_ends_places_of_two_characters_only() -> None:
    assert is_place("李桥")
    assert not is_place("刘金桥")
    assert is_place("王府井")


def test_wechat_v_is_no_version() -> None:
    for text, version in (("加V：138.1234.5678", False), ("ver-139.1234.5678", True)):
        folded = text.lower()
        (number,) = find_numbers(folded)
        assert _version(folded, number) is version


@pytest.mark.parametrize(
    "unit",
    [
        f"| 王小明 | 男 | 城东 | {M} |\n",
        f"王小明，男，35岁，{M}\n",
        f"如有疑问，{M}。",
        f"//@平安北京:{M} ",
    ],
)
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
