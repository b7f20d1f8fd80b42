"""Fix 106d: spelled hosts over more block breaks, a space inside a host's last label, and
warn-level wording read through hidden junk (review 78's L10, review 76's L5i, review 77's L9).
"""

from __future__ import annotations

import pytest
from spelled_hosts import POLICY, rules_of, spelled_hosts

from govpub import Post, check
from govpub.compliance.spelled_links import find_spaced_labels

IS_AD = POLICY.links.is_ad_host
_WHERE = "页面显示的文字中（隐藏的元素不显示）："


@pytest.mark.parametrize(
    "text",
    [
        "<section>网址：t.<br></section><section>cn/A1b2</section>",
        "<section>网址：t.<br/></section><section>cn/A1b2</section>",
        "<section>网址：t.<br>\n</section>\n<section>cn/A1b2</section>",
        "<p>网址：t.<br></p><p>cn/A1b2</p>",
    ],
)
def test_a_br_before_a_blocks_end_after_the_dot_parts_the_labels_at_the_whole_break(
    text: str,
) -> None:
    """The labels part at the whole break, not at its ``<br>`` (review 78's L10)."""
    assert spelled_hosts(text) == ["t.cn"]


@pytest.mark.parametrize(
    "text",
    [
        "<section>网址：t</section><section>.</section><section>cn/A1b2</section>",
        "<p>网址：t</p><p>。</p><p>cn/A1b2</p>",
        "<section>网址：t</section>\n<section> . </section>\n<section>cn/A1b2</section>",
    ],
)
def test_a_dot_in_a_block_of_its_own_spells_the_host(text: str) -> None:
    assert spelled_hosts(text) == ["t.cn"]


@pytest.mark.parametrize(
    "text",
    [
        "<section>网址：t</section><section>.</section><section>cn</section>",
        "<section>口号 t.<br></section><section>cn</section>",
        "<section>见 Fig</section><section>.</section><section>cn/A1b2 所示</section>",
        "<section>编号 No.<br></section><section>cn/2024/001</section>",
    ],
)
def test_blocks_with_no_path_or_no_ad_host_are_no_spelled_host(text: str) -> None:
    assert spelled_hosts(text) == []


@pytest.mark.parametrize("gap", [" ", "  ", "   ", "\t"])
def test_a_space_inside_a_hosts_last_label_before_a_path_is_read_as_its_wrap(gap: str) -> None:
    """``u.jd.c om/x`` as ``u.jd.c<br />om/x``: a dot above, a path below (review 76's L5i)."""
    found = list(find_spaced_labels(f"领券：u.jd.c{gap}om/bq5hkk3", IS_AD))
    assert [(start, host) for start, _, host in found] == [(3, "u.jd.com")]
    assert rules_of(f"领券：u.jd.c{gap}om/bq5hkk3") == {"ad.spelled_link"}


@pytest.mark.parametrize(
    "text",
    ["e.g. c  om/x", "a.b.c  o m", "u.jd.c  om", "see c om/x", "www.gov.c  om/x", "and/or t c/x"],
)
def test_prose_and_other_hosts_with_a_space_stay_as_they_were(text: str) -> None:
    assert list(find_spaced_labels(text, IS_AD)) == []


def _findings(text: str) -> list[tuple[str, int | None, bool]]:
    result = check(Post(title="关于做好有关工作的通知", body=text))
    return [(f.rule, f.offset, f.message.startswith(_WHERE)) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "rule", "at"),
    [
        ('扫码<span style="display:none">x</span>领红包', "ad.wording", 0),
        ("活动说明。扫码<span hidden>x</span>领红包", "ad.wording", 5),
        ('关注<span style="display:none">x</span>公众号领取红包', "wording.forced_engagement", 0),
        ("集<span hidden>x</span>赞送礼品", "wording.forced_engagement", 0),
    ],
)
def test_wording_is_read_as_the_page_shows_it(text: str, rule: str, at: int) -> None:
    """Hidden junk inside a phrase hides it from the fold's reading, not from the reader
    (review 77's L9): found by the shown reading, at the written offset, said so."""
    assert _findings(text) == [(rule, at, True)]


@pytest.mark.parametrize(
    "text",
    [
        '扫码<span style="display:none">x</span>查看公示名单',
        '扫码<span style="color:red">x</span>领红包',
        "`扫码<span hidden>x</span>领红包`",
    ],
)
def test_wording_the_page_does_not_show_joined_stays_clean(text: str) -> None:
    assert _findings(text) == []


def test_wording_both_readings_find_is_reported_once() -> None:
    text = '扫码领红包<span style="display:none">x</span>'
    assert _findings(text) == [("ad.wording", 0, False)]
