"""Red team 109's reprint-source items (fix109b): the 中央新闻单位 by their own names,
full-width source URLs, and a post's own page on a look-alike of an allowed host."""

from __future__ import annotations

import pytest

from govpub import Override, Policy, Post, Source, check
from govpub.compliance.sources import parse_source_csv


def _found(post: Post) -> list[tuple[str, str, str]]:
    return sorted((f.rule, f.severity, f.field) for f in check(post).findings)


def _reprint(name: str, url: str | None) -> Post:
    return Post(title="转载", body="正文", source=Source(name=name, url=url))


@pytest.mark.parametrize(
    "name",
    [
        "新华社",
        "新华通讯社",
        "人民日报",
        "人民日报社",
        "央视新闻",
        "中央广播电视总台",
        "求是",
        "光明日报",
        "经济日报",
        "中国日报",
        "中新社",
        "解放军报",
        "来源：新华社",
        "新 华 社",
    ],
)
def test_a_central_news_unit_without_a_url_only_warns(name: str) -> None:
    assert [("source.missing_url", "warn", "source.url")] == _found(_reprint(name, None))


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("新华社", "https://www.news.cn/politics/20261207/c.html"),
        ("新华社", "http://www.xinhuanet.com/politics/2026-12/07/c_1.htm"),
        ("新华社", "https://h.xinhuaxmt.com/vh512/share/1"),
        ("人民日报", "http://paper.people.com.cn/rmrb/html/2026-12/07/nw.htm"),
        ("人民日报社", "https://www.people.com.cn/n1/2026/1207/c1.html"),
        ("央视新闻", "https://news.cctv.com/2026/12/07/ARTI1.shtml"),
        ("中央广播电视总台", "https://www.cnr.cn/a.html"),
        ("求是", "http://www.qstheory.cn/dukan/qs/2026-12/01/c_1.htm"),
        ("光明日报", "https://epaper.gmw.cn/gmrb/a.htm"),
        ("经济日报", "http://paper.ce.cn/a.html"),
        ("中新社", "https://www.chinanews.com.cn/gn/1.shtml"),
        ("科技日报", "http://digitalpaper.stdaily.com/a.html"),
    ],
)
def test_a_central_news_unit_on_its_own_site_is_clean(name: str, url: str) -> None:
    assert [] == _found(_reprint(name, url))


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("人民日报", "https://www.news.cn/politics/1.htm"),
        ("央视新闻", "https://www.news.cn/politics/1.htm"),
        ("求是", "https://www.gmw.cn/a.htm"),
    ],
)
def test_a_central_news_unit_on_another_units_site_is_impersonation(name: str, url: str) -> None:
    assert [("source.impersonation", "block", "source.url")] == _found(_reprint(name, url))


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("新华社", "https://www.people.com.cn/n1/2026/1207/c1.html"),
        ("新华通讯社", "http://www.people.com.cn/n1/2026/1207/c1.html"),
        ("中新社", "https://www.people.com.cn/n1/2026/1207/c1.html"),
        ("新華社", "https://www.gov.cn/a.htm"),  # (中国政府网 carries 新华社's copy daily)
    ],
)
def test_a_news_agencys_copy_carried_by_an_allowed_site_is_clean(name: str, url: str) -> None:
    """A 通讯社's story is carried by every listed unit: "来源：新华社" over a link to the
    story on people.com.cn names the copy's author and its carrier."""
    assert [] == _found(_reprint(name, url))


def test_a_news_agency_on_a_site_not_allowed_is_still_impersonation() -> None:
    rules = {rule for rule, _, _ in _found(_reprint("新华社", "https://evil.cn/x"))}
    assert rules == {"source.not_allowed", "source.impersonation"}


def test_aliases_are_read_from_the_list_and_from_a_replacement() -> None:
    units = parse_source_csv(
        "category,name,domains,note,aliases\n中央新闻单位,某报,a.example;b.example,,某报社; 某某报\n",
        origin="test.csv",
    )
    assert ("某报社", "某某报") == units[0].aliases
    old_form = parse_source_csv("category,name,domains,note\nx,某网,a.example,\n", origin="t")
    assert () == old_form[0].aliases
    rules = Policy.default().source_rules
    assert rules.unit_named("央视") is rules.unit_named("中央广播电视总台")


@pytest.mark.parametrize(
    "url",
    [
        "ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ／",
        "https：//www.gov.cn/zhengce/",
    ],
)
def test_a_full_width_source_url_of_an_allowed_source_warns(url: str) -> None:
    assert [("link.unparsable", "warn", "source.url")] == _found(_reprint("中国政府网", url))


def test_a_full_width_host_alone_opens_as_ascii() -> None:
    # (a browser maps a host's full-width letters and dots, UTS #46: allowed as it was)
    assert [] == _found(_reprint("中国政府网", "https://ｗｗｗ．ｇｏｖ．ｃｎ/zhengce/"))


def test_a_full_width_source_url_still_names_its_unit() -> None:
    post = _reprint("人民日报", "ｈｔｔｐｓ：／／ｗｗｗ．ｎｅｗｓ．ｃｎ／ａ")
    assert [
        ("link.unparsable", "warn", "source.url"),
        ("source.impersonation", "block", "source.url"),
    ] == _found(post)


@pytest.mark.parametrize(
    "url",
    [
        "ｈｔｔｐｓ：／／ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ／ａ",  # not allowed in ASCII either
        "ht\u200btps://www.gov.cn/a",  # an invisible character is no full-width form
        "https;//www.gov.cn/a",  # nor is a scheme written wrong
    ],
)
def test_other_unopenable_source_urls_still_block(url: str) -> None:
    assert [("source.not_allowed", "block", "source.url")] == _found(_reprint("某网", url))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.cn.example.com/a",
        "https://gov.cn.example.com/a",
        "https://www.news.cn.example.net/a",
        "https://www.zj.gov.cn.evil.example/a",
    ],
)
def test_a_post_url_on_a_look_alike_of_an_allowed_host_warns(url: str) -> None:
    assert [("link.other_host", "warn", "url")] == _found(Post(title="t", url=url))
    override = Post(title="t", overrides={"weibo": Override(url=url)})
    assert [("link.other_host", "warn", "overrides.weibo.url")] == _found(override)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.cn/zhengce/1.htm",
        "https://www.zj.gov.cn/a",
        "https://www.example.com/a",  # another site: the agency's own page, unjudged
        "https://gov.cn-example.com/a",  # no label boundary
        "https://mygov.cn.example.com/a",  # mygov.cn is no allowed host
        "https://news.cctv.com/a",
    ],
)
def test_a_post_url_on_an_allowed_or_unrelated_host_is_clean(url: str) -> None:
    assert [] == _found(Post(title="t", url=url))


@pytest.mark.parametrize("url", ["", "  "])
def test_an_empty_source_url_is_a_missing_one(url: str) -> None:
    """An empty URL (a form's blank field) is none: 新华社 warns, as without a URL (review 87)."""
    assert [("source.missing_url", "warn", "source.url")] == _found(_reprint("新华社", url))
