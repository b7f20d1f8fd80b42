"""Reprint sources (123号 四(二)): allowlist on the parsed host, impersonation, attribution."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, Source, check
from govpub.compliance.urls import parse_url

ALLOWED = [
    "https://www.gov.cn/zhengce/content/2025-01/01/content_1.htm",
    "https://gov.cn/",
    "https://www.beijing.gov.cn/a",
    "https://kjt.ah.gov.cn/a",
    "http://xxgk.some-county.gov.cn/a",
    "https://www.gov.cn:8443/a",
    "HTTPS://WWW.GOV.CN./a",
    "https://www。gov。cn/a",
    "https://ｗｗｗ．ｇｏｖ．ｃｎ/a",
    "https://%77%77%77.gov.cn/a",
    "https://evil.example@www.gov.cn/a",  # userinfo: the host is www.gov.cn
    "http://中国政府网.政务/",
    "http://某某局.政务.cn/",
    "https://www.news.cn/politics/2025-01/01/c_1.htm",
    "http://www.xinhuanet.com/a",
    "http://paper.people.com.cn/rmrb/a",
    "https://www.qstheory.cn/a",
    "https://news.cctv.com/a",
    "https://cn.wicinternet.org/a",
    "https://www.chinanews.com/gn/a.shtml",  # 中国新闻网's older address (rules.md §6)
    "http://m.people.cn/n4/2025/0101/c1-1.html",  # 人民网's mobile site
    "https://h.xinhuaxmt.com/vh512/share/12345678",  # 新华社客户端's share page
]

NOT_ALLOWED = [
    "https://xgov.cn/a",
    "https://gov.cn.evil.example/a",
    "https://govcn.com/a",
    "https://gov-cn.net/a",
    "https://www.gov.cn@evil.example/a",  # userinfo trick
    "https://evil.example\\@www.gov.cn/a",  # backslash trick
    "https://www.gov.cn%2eevil.example/a",
    "https://www.gov.cn。evil.example/a",
    "https://www.gоv.cn/a",  # Cyrillic о
    "https://people.com.cn.evil.example/",
    "https://qiushi.com.cn/a",  # not 求是网 (qstheory.cn)
    "https://chinanews-com.cn/a",
    "https://www.chinanews.com.evil.example/a",
    "http://某某基金会.公益/",  # .公益 is not government
    "https://1.2.3.4/a",
    "http://[::1]/a",
    "ftp://ftp.gov.cn/a",
    "javascript:alert(1)",
    "https://www.gov.cn../a",  # unparsable: never allowed
    "https://a b.gov.cn/",
    "",
]


@pytest.mark.parametrize("url", ALLOWED)
def test_allowed(url: str) -> None:
    assert Policy.default().allows_source(url)


@pytest.mark.parametrize("url", NOT_ALLOWED)
def test_not_allowed(url: str) -> None:
    assert not Policy.default().allows_source(url)


def _reprint(name: str, url: str | None) -> Post:
    return Post(
        title="转载", body="正文", source=Source(name=name, url=url) if name or url else None
    )


def _rules(post: Post, policy: Policy | None = None) -> list[tuple[str, str]]:
    return [
        (f.rule, f.severity) for f in check(post, policy).findings if f.field.startswith("source")
    ]


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("新华网", "https://www.news.cn/a", []),
        ("新华网", "https://www.xinhuanet.com/a", []),
        ("新华网", "https://www.people.com.cn/a", [("source.impersonation", "block")]),
        (
            "新华网",
            "https://xinhuanet.com.evil.example/a",
            [("source.not_allowed", "block"), ("source.impersonation", "block")],
        ),
        ("新华网", "https://www.gd.gov.cn/a", [("source.impersonation", "block")]),
        ("中国政府网", "https://www.gov.cn/a", []),
        ("中国政府网", "https://english.www.gov.cn/a", []),
        ("中国政府网", "http://中国政府网.政务/", []),
        ("中国政府网", "https://www.beijing.gov.cn/a", [("source.impersonation", "block")]),
        ("北京市人民政府门户网站", "https://www.gd.gov.cn/a", [("source.impersonation", "block")]),
        ("北京市人民政府门户网站", "https://www.beijing.gov.cn/a", []),
        (" 人民网 ", "http://paper.people.com.cn/a", []),
        ("人民网", "http://m.people.cn/n4/a.html", []),  # its mobile site
        ("新华社客户端", "https://h.xinhuaxmt.com/vh512/share/1", []),
        ("新华社客户端", "https://www.news.cn/a", []),  # 新华社's site too
        # a 中央新闻单位 by its own name owns its sites only (fix109b; red team 109's item 2) —
        # but a news agency's copy is carried by every listed unit: 新华社 on people.com.cn
        ("人民日报", "https://www.news.cn/a", [("source.impersonation", "block")]),
        ("新华社", "https://www.people.com.cn/a", []),
        ("某某县人民政府", "https://www.mmx.gov.cn/a", []),  # not listed, but a gov.cn host
        ("某某自媒体", "https://www.example.com/a", [("source.not_allowed", "block")]),
        ("某某自媒体", None, [("source.missing_url", "block")]),
        ("新华网", None, [("source.missing_url", "warn")]),
        ("", "https://www.gov.cn/a", [("source.missing_name", "block")]),
        ("某网", "https://www.gov.cn@evil.example/", [("source.not_allowed", "block")]),
        ("某网", "https://www.gov.cn../", [("source.not_allowed", "block")]),
    ],
)
def test_reprint_rules(name: str, url: str | None, expected: list[tuple[str, str]]) -> None:
    assert expected == _rules(_reprint(name, url))


def test_original_content_has_no_source_findings() -> None:
    assert [] == _rules(Post(title="原创", body="正文"))


def test_tracking_parameters_are_removed_from_the_source_url() -> None:
    result = check(_reprint("新华网", "https://www.news.cn/a?utm_source=wx&id=1"))
    assert "https://www.news.cn/a?id=1" == result.post.source.url  # type: ignore[union-attr]
    assert [("link.tracking_removed", "fixed")] == [(f.rule, f.severity) for f in result.findings]


def test_list_is_versioned() -> None:
    policy = Policy.default()
    assert "2025" == policy.source_list_version
    assert "2025" == check(_reprint("新华网", "https://www.news.cn/a"), policy).source_list
    assert len(policy.source_list) > 100


def test_agency_adds_units_and_domains(tmp_path: Path) -> None:
    policy = Policy.from_mapping(
        {
            "sources": [{"name": "某某市融媒体中心", "domains": ["mmrmt.cn", "news.mm-city.cn"]}],
            "source_domains": ["province-daily.cn"],
        },
        base_dir=tmp_path,
    )
    assert policy.allows_source("https://www.mmrmt.cn/a")
    assert policy.allows_source("https://news.mm-city.cn/a")
    assert policy.allows_source("https://e.province-daily.cn/a")
    assert not policy.allows_source("https://mm-city.cn/a")
    assert not Policy.default().allows_source("https://www.mmrmt.cn/a")
    # a configured unit is protected against impersonation too
    assert [("source.impersonation", "block")] == _rules(
        _reprint("某某市融媒体中心", "https://www.news.cn/a"), policy
    )


def test_list_can_be_replaced(tmp_path: Path) -> None:
    (tmp_path / "sources.csv").write_text(
        "category,name,domains,note\n测试,测试网,test-news.cn;test-news.com,\n", encoding="utf-8"
    )
    policy = Policy.from_mapping(
        {"source_list_file": "sources.csv", "source_list_version": "2026"}, base_dir=tmp_path
    )
    assert "2026" == policy.source_list_version
    assert policy.allows_source("https://www.test-news.com/a")
    assert not policy.allows_source("https://www.news.cn/a")  # replaced, not added to
    assert policy.allows_source("https://www.gov.cn/a")  # government hosts stay allowed


# -- property: never allowed outside the allowed domains ---------------------------

_LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?", fullmatch=True)
_DECOYS = st.sampled_from(
    ["gov.cn", "news.cn", "people.com.cn", "xn--zfr164b", "www.gov.cn", "qstheory.cn", ""]
)
_TLDS = st.sampled_from(["com", "net", "org", "example", "cn", "com.cn", "io", "xn--55qw42g"])


@st.composite
def _hosts_outside(draw: st.DrawFn) -> str:
    decoy = draw(_DECOYS)
    labels = draw(st.lists(_LABEL, min_size=1, max_size=3))
    joiner = draw(st.sampled_from([".", "-", ""]))
    core = draw(_LABEL)
    return ".".join([*labels, f"{decoy}{joiner}{core}" if decoy else core, draw(_TLDS)])


def _inside(host: str, policy: Policy) -> bool:
    domains = [*policy.source_list.domains(), "gov.cn", "xn--zfr164b", "xn--zfr164b.cn"]
    return any(host == d or host.endswith("." + d) for d in domains)


@settings(max_examples=400, deadline=None)
@given(
    host=_hosts_outside(),
    userinfo=st.sampled_from(["", "www.gov.cn@", "news.cn:x@"]),
    port=st.sampled_from(["", ":80", ":8443"]),
)
def test_allows_source_never_true_outside(host: str, userinfo: str, port: str) -> None:
    policy = Policy.default()
    url = f"https://{userinfo}{host}{port}/a"
    parsed = parse_url(url)
    assert parsed is not None
    if not _inside(parsed.host, policy):
        assert not policy.allows_source(url)


@settings(max_examples=300, deadline=None)
@given(
    authority=st.lists(
        st.sampled_from([*"abgovcnws.。．@:\\/%2e-_", "gov.cn", "news.cn", "ｇｏｖ"]), max_size=12
    ).map("".join)
)
def test_allows_source_never_true_outside_for_any_text(authority: str) -> None:
    policy = Policy.default()
    url = f"https://{authority}/a"
    if policy.allows_source(url):
        parsed = parse_url(url)
        assert parsed is not None
        assert _inside(parsed.host, policy), parsed.host
