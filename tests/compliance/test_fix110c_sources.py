"""Review 87's reprint-source items (fix110c): a listed name over its own platform account
(S2), the agency's app (S3) and a wire story's dateline (S4)."""

from __future__ import annotations

import pytest

from govpub import Policy, Post, Source, check


def _found(name: str, url: str | None) -> list[tuple[str, str]]:
    post = Post(title="转载", body="正文", source=Source(name=name, url=url))
    return sorted((f.rule, f.severity) for f in check(post).findings)


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("新华社", "https://mp.weixin.qq.com/s/abc"),
        ("人民日报", "https://weibo.com/rmrb"),
        ("央视新闻", "https://m.weibo.cn/u/1"),
        ("新华社", "https://baijiahao.baidu.com/s?id=1"),
    ],
)
def test_a_listed_name_over_a_platform_account_is_not_impersonation(name: str, url: str) -> None:
    """The address does not say whose account it is; the platform is still no source (S2)."""
    assert [("source.not_allowed", "block")] == _found(name, url)


def test_the_platform_message_gives_the_units_site() -> None:
    post = Post(
        title="转载", body="正文", source=Source(name="新华社", url="https://mp.weixin.qq.com/s/a")
    )
    [finding] = check(post).findings
    assert "如转自「新华社」的账号，请改注其网站（news.cn、" in finding.message


@pytest.mark.parametrize(
    "url",
    [
        "https://mp.weixin.qq.com.example.com/s/abc",  # a look-alike of the platform
        "https://www.toutiao.com/a/1",  # an aggregator's page (redteam12)
        "https://www.example.com/a.htm",
    ],
)
def test_a_listed_name_elsewhere_is_still_impersonation(url: str) -> None:
    assert [("source.impersonation", "block"), ("source.not_allowed", "block")] == _found(
        "新华社", url
    )


def test_an_unlisted_name_on_a_platform_is_not_allowed_without_a_hint() -> None:
    post = Post(
        title="转载",
        body="正文",
        source=Source(name="某某公司", url="https://mp.weixin.qq.com/s/a"),
    )
    [finding] = check(post).findings
    assert ("source.not_allowed", False) == (finding.rule, "请改注其网站" in finding.message)


@pytest.mark.parametrize(
    "url", ["https://www.gov.cn/xinwen/1.htm", "https://www.people.com.cn/n1/1.html"]
)
def test_the_agencys_app_carried_by_an_allowed_site_is_clean(url: str) -> None:
    """新华社客户端 is the agency: its story on gov.cn is a wire story (S3)."""
    assert [] == _found("新华社客户端", url)


def test_the_agencys_app_is_a_news_agency() -> None:
    rules = Policy.default().source_rules
    unit = rules.unit_named("新华社客户端")
    assert unit is not None
    assert unit.is_news_agency()
    assert rules.unit_named("新华通讯社客户端") is unit


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("新华社（北京）", "新华社"),
        ("新华社(北京)", "新华社"),
        ("新华社 （ 北京 ）", "新华社"),
        ("新华社北京电", "新华社"),
        ("新华社北京12月1日电", "新华社"),
        ("新华社北京１２月１日电", "新华社"),
        ("新华社（北京）12月1日电", "新华社"),
        ("新华社乌鲁木齐12月1日电", "新华社"),
        ("来源：新华社（北京）", "新华社"),
        ("中新社北京电", "中国新闻社"),
        ("新華社（北京）", "新华社"),
    ],
)
def test_a_dateline_names_its_agency(name: str, unit: str) -> None:
    """A wire story's dateline (S4): without a URL it warns as the agency's name does."""
    found = Policy.default().source_rules.unit_named(name)
    assert (unit, [("source.missing_url", "warn")]) == (
        found.name if found else None,
        _found(name, None),
    )


@pytest.mark.parametrize(
    "name",
    [
        "新华社区",  # begins with 新华社, no dateline
        "新华社记者",
        "新华社区电",  # a one-character "place"
        "人民日报（北京）",  # a newspaper: datelines are read for news agencies only
        "人民日报北京12月1日电",
        "新华社（北京）记者",
        "（北京）",
    ],
)
def test_other_names_are_no_dateline(name: str) -> None:
    assert [("source.missing_url", "block")] == _found(name, None)


@pytest.mark.parametrize(
    "name",
    [
        "新华社（转载）",
        "新华社（代理商）",
        "新华社（授权发布）",
        "新华社（记者）",
        "新华社（供稿）",
    ],
)
def test_a_bracket_that_holds_no_place_is_no_dateline(name: str) -> None:
    """Review 90's L4: only a place makes the bracket a dateline."""
    assert [("source.missing_url", "block")] == _found(name, None)


@pytest.mark.parametrize(
    "name", ["新华社（雄安新区）", "新华社（兴安盟）", "新华社（华盛顿）", "新华社（北京市）"]
)
def test_a_bracketed_place_is_a_dateline(name: str) -> None:
    assert [("source.missing_url", "warn")] == _found(name, None)
