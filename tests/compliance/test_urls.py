"""Host parsing the way a browser does it: every trick from issue 4, both directions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy
from govpub.compliance import suffixes, urls
from govpub.compliance.suffixes import is_top_level_domain
from govpub.compliance.urls import (
    DomainSet,
    TrackingTest,
    display_host,
    meant_url,
    normalize_domain,
    parse_url,
    quick_host,
    registrable_domain,
    strip_query_params,
)

HOSTS = [
    # (url as written, host a browser opens)
    ("https://www.gov.cn/zhengce/", "www.gov.cn"),
    ("https://www.gov.cn@evil.example/", "evil.example"),  # userinfo
    ("https://user:pw@www.gov.cn/", "www.gov.cn"),
    ("https://evil.example\\@www.gov.cn/", "evil.example"),  # backslash is a slash
    ("https://evil.example\\www.gov.cn/", "evil.example"),
    ("https://%77%77%77.gov.cn/", "www.gov.cn"),  # percent-encoded host
    ("https://www.gov.cn%2eevil.example/", "www.gov.cn.evil.example"),
    ("https://www。gov。cn/", "www.gov.cn"),  # ideographic full stop
    ("https://www．gov．cn/", "www.gov.cn"),  # full-width full stop
    ("https://www｡gov｡cn/", "www.gov.cn"),  # half-width ideographic full stop
    ("https://ｗｗｗ．ｇｏｖ．ｃｎ/", "www.gov.cn"),  # full-width letters
    ("HTTPS://WWW.GOV.CN/", "www.gov.cn"),  # upper case
    ("https://www.gov.cn./", "www.gov.cn"),  # trailing dot
    ("https://www.gov.cn:8443/a", "www.gov.cn"),  # port
    ("https://www.gov.cn.:443/a", "www.gov.cn"),
    ("www.gov.cn/a", "www.gov.cn"),  # schemeless
    ("www。gov。cn", "www.gov.cn"),
    ("//www.gov.cn/a", "www.gov.cn"),  # protocol-relative
    ("https:evil.example/a", "evil.example"),  # special scheme without slashes
    ("https:///evil.example/a", "evil.example"),  # extra slashes
    ("https://www.gov\n.cn/", "www.gov.cn"),  # tabs and newlines are removed
    ("http://中国政府网.政务/", "xn--fiqs8sirgfmhq98a.xn--zfr164b"),  # IDN
    ("https://www.gоv.cn/", "www.xn--gv-fmc.cn"),  # Cyrillic о: a different host
    ("https://0x7f.1/", "127.0.0.1"),
    ("ht\ttps://t.cn/x", "t.cn"),  # ... everywhere, the scheme included
    ("\x01https://t.cn/x", "t.cn"),  # leading C0 controls are trimmed
    ("/\\t.cn/x", "t.cn"),  # "/\\" is "//": protocol-relative
    ("\\/t.cn/x", "t.cn"),
    ("/\t/t.cn/x", "t.cn"),
]


@pytest.mark.parametrize(("raw", "host"), HOSTS)
def test_host_is_what_a_browser_opens(raw: str, host: str) -> None:
    parsed = parse_url(raw)
    assert parsed is not None
    assert host == parsed.host


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "https://www.gov.cn../",  # empty label after removing the root dot
        "https://a b.cn/",
        "https://www.gov.cn％2e/",
        "https://[::1/",
        "https://exa<mple.cn/",
        "http://",
    ],
)
def test_unparsable(raw: str) -> None:
    assert parse_url(raw) is None


@pytest.mark.parametrize(
    ("raw", "web"),
    [("javascript:alert(1)", False), ("mailto:a@b.cn", False), ("ftp://f.cn/a", True)],
)
def test_web_urls(raw: str, web: bool) -> None:
    parsed = parse_url(raw)
    assert parsed is not None
    assert web == parsed.is_web


def test_ip_hosts_are_flagged() -> None:
    assert (True, True) == (parse_url("http://[::1]/").is_ip, parse_url("http://1.2.3.4/").is_ip)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("host", "matched"),
    [
        ("gov.cn", "gov.cn"),
        ("www.gov.cn", "gov.cn"),
        ("a.b.beijing.gov.cn", "gov.cn"),
        ("xgov.cn", None),
        ("gov.cn.evil.example", None),
        ("govcn.com", None),
        ("gov-cn.net", None),
        ("cn", None),
    ],
)
def test_domain_set_matches_at_label_boundaries(host: str, matched: str | None) -> None:
    assert matched == DomainSet(["gov.cn"]).match(host)


def test_domain_set_prefers_the_most_specific_domain() -> None:
    assert "beijing.gov.cn" == DomainSet(["gov.cn", "beijing.gov.cn"]).match("www.beijing.gov.cn")


@pytest.mark.parametrize(
    ("host", "owner"),
    [
        ("www.gd.gov.cn", "gd.gov.cn"),
        ("kjt.ah.gov.cn", "ah.gov.cn"),
        ("www.gov.cn", "www.gov.cn"),
        ("paper.people.com.cn", "people.com.cn"),
        ("www.xinhuanet.com", "xinhuanet.com"),
        ("a.b.example.com", "example.com"),
        ("cn", "cn"),
    ],
)
def test_registrable_domain(host: str, owner: str) -> None:
    assert owner == registrable_domain(host)


@pytest.mark.parametrize(
    ("domain", "ascii_host"),
    [
        ("中国政府网.政务", "xn--fiqs8sirgfmhq98a.xn--zfr164b"),
        ("WWW.Example.CN.", "www.example.cn"),
        ("ｅｘａｍｐｌｅ．ｃｎ", "example.cn"),
    ],
)
def test_normalize_domain(domain: str, ascii_host: str) -> None:
    assert ascii_host == normalize_domain(domain)


@pytest.mark.parametrize(
    "bad", ["", "https://example.cn", "example.cn/path", "a..cn", "user@example.cn", "-x-.cn"]
)
def test_normalize_domain_refuses(bad: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        normalize_domain(bad)


def test_display_host_shows_unicode() -> None:
    assert "中国政府网.政务" == display_host("xn--fiqs8sirgfmhq98a.xn--zfr164b")


TRACKING = TrackingTest(["utm_*", "spm", "pid=mm_*", "tk"])


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://a.cn/x?utm_source=wx&id=3", "https://a.cn/x?id=3"),
        ("https://a.cn/x?id=3&utm_source=wx#top", "https://a.cn/x?id=3#top"),
        ("https://a.cn/x?spm=a.b.c", "https://a.cn/x"),
        ("https://a.cn/x?UTM_Medium=1&q=%E4%B8%AD", "https://a.cn/x?q=%E4%B8%AD"),
        ("https://a.cn/?a=1&amp;spm=2&amp;c=3", "https://a.cn/?a=1&amp;c=3"),
        ("https://a.cn/?pid=mm_123&pid=other", "https://a.cn/?pid=other"),
        ("https://a.cn/?tk=abc", "https://a.cn/"),
        ("https://a.cn/?utm%5Fsource=1", "https://a.cn/"),
        ("https://a.cn/x?id=1", "https://a.cn/x?id=1"),
        ("https://a.cn/x#utm_source=1", "https://a.cn/x#utm_source=1"),
    ],
)
def test_strip_query_params(url: str, clean: str) -> None:
    assert clean == strip_query_params(url, TRACKING)


# -- the Public Suffix List (publicsuffixlist's copy) and the quick host reader ------------


@pytest.mark.parametrize(
    ("host", "owner"),
    [
        ("foo.bar.co.uk", "bar.co.uk"),  # beyond .cn: the whole list, not a hand-kept block
        ("www.example.com.cn", "example.com.cn"),
        ("a.b.xn--55qx5d.cn", "b.xn--55qx5d.cn"),  # 公司.cn
        ("www.xn--fiqs8sirgfmhq98a.xn--zfr164b", "xn--fiqs8sirgfmhq98a.xn--zfr164b"),
        ("x.y.xn--zfr164b.cn", "y.xn--zfr164b.cn"),  # 政务.cn: govpub's own addition
        ("gov.cn", "gov.cn"),
    ],
)
def test_registrable_domain_uses_the_public_suffix_list(host: str, owner: str) -> None:
    assert owner == registrable_domain(host)


@pytest.mark.parametrize(
    ("label", "known"),
    [
        ("cn", True),
        ("com", True),
        ("wang", True),
        ("政务", True),
        ("xn--zfr164b", True),
        ("docx", False),
        ("html", False),
        ("b", False),
        ("example", False),
    ],
)
def test_top_level_domains(label: str, known: bool) -> None:
    assert known == is_top_level_domain(label)


@pytest.mark.parametrize(
    "raw",
    [
        "https://www.gov.cn/a",
        "HTTPS://WWW.GOV.CN./a?b",
        "http://t.cn",
        "t.cn/abc",
        "www.beijing.gov.cn/x#y",
        "ftp://a-b.example.com/",
    ],
)
def test_quick_host_agrees_with_the_parser(raw: str) -> None:
    parsed = parse_url(raw)
    assert parsed is not None
    assert (parsed.scheme, parsed.host) == quick_host(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "https://www.gov.cn@evil.example/",
        "https://evil.example\\@www.gov.cn/",
        "https://%77ww.gov.cn/",
        "https://a.cn:8080/",
        "http://127.0.0.1/",
        "https://xn--fiqs8s.cn/",
        "localhost/x",
        "https:/t.cn/x",
        "mailto:a@t.cn",
    ],
)
def test_quick_host_leaves_anything_unusual_to_the_parser(raw: str) -> None:
    assert quick_host(raw) is None


@settings(max_examples=300, deadline=None)
@given(raw=st.text(alphabet="abcdefghxyz0123456789.-:/@%?#\\[]ABC", max_size=40))
def test_quick_host_never_disagrees_with_the_parser(raw: str) -> None:
    quick = quick_host(raw)
    if quick is not None:
        parsed = parse_url(raw)
        assert parsed is not None
        assert quick == (parsed.scheme, parsed.host)


@settings(max_examples=500, deadline=None)
@given(
    raw=st.lists(
        st.sampled_from(["https://", "http://", "ftp://", "://", "www.", "t.cn", "/", "."]),
        max_size=4,
    ).map("".join)
    | st.text(alphabet="abxyz019.-:/@%?#\\ABC", max_size=30)
)
def test_quick_host_remembered_by_prefix_is_quick_host(raw: str) -> None:
    # the answer for an address's prefix (up to the first "/" after the scheme) is reused
    # for every address with that prefix: it must be the answer for each of them
    assert urls._quick_host(raw) == quick_host(raw)
    assert urls._quick_host(raw) == quick_host(raw)  # remembered this time
    assert urls._quick_host(raw + "/x/Y?z#W") == quick_host(raw + "/x/Y?z#W")


def _normalized(domain: str) -> str:
    try:
        return urls.normalize_domain(domain)
    except ValueError:
        return "refused"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab9-.X_", max_size=14) | st.sampled_from(["a" * 63 + ".cn", "a" * 64]))
def test_ldh_names_skip_idna_with_the_same_answer(domain: str) -> None:
    fast = _normalized(domain)
    saved = urls._LDH_NAME
    urls._LDH_NAME = re.compile(r"(?!)")  # every name through the idna package
    try:
        assert _normalized(domain) == fast
    finally:
        urls._LDH_NAME = saved


def test_the_public_suffix_list_is_read_rule_by_rule() -> None:
    # parse_rules() finds the rules with one expression; reading it line by line:
    text = suffixes._data_text()
    section = text[text.find(suffixes._BEGIN) : text.find(suffixes._END)]
    lines = (line.strip() for line in section.splitlines())
    expected = {line.split()[0].lower() for line in lines if line and not line.startswith("//")}
    assert expected == suffixes.parse_rules(text)


# -- a scheme written wrong (red team 18) -----------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "ht\u200btps://t.cn/x",  # an invisible character in the scheme
        "ht\u00adtps://t.cn/x",
        "ht\u2060tps://t.cn/x",
        "ht\ufefftps://t.cn/x",
        "https;//t.cn/x",  # ";" for the colon
        "https&#58;//t.cn/x",  # the colon as a character reference (not decoded in a URL)
        "ht\u200btps:/t.cn/x",  # one slash
        "https;\\\\t.cn/x",
    ],
)
def test_a_scheme_written_wrong_is_not_read_as_the_host(raw: str) -> None:
    # read as a schemeless address ("http://" before it) the scheme would be the host:
    # "https", "https;" — which no browser opens and no message should name
    assert parse_url(raw) is None


@pytest.mark.parametrize(
    ("raw", "host"),
    [
        ("t.cn//x", "t.cn"),  # a dot before the first "//": a host with a path
        ("www.gov.cn/a//b", "www.gov.cn"),
        ("localhost:8080/x", "localhost"),  # a port, not a scheme
        ("HTTP/1.1", "http"),  # no "//", no colon: as before (no link finds it)
    ],
)
def test_schemeless_addresses_are_read_as_before(raw: str, host: str) -> None:
    parsed = parse_url(raw)
    assert parsed is not None
    assert host == parsed.host


@pytest.mark.parametrize(
    ("raw", "meant"),
    [
        ("https;//t.cn/x", "https://t.cn/x"),
        ("https ://t.cn/x", "https://t.cn/x"),
        ("h t t p s ://t.cn/x", "https://t.cn/x"),
        ("HTTPS;//T.CN/x", "https://T.CN/x"),
        ("https%3A%2F%2Ft.cn%2Fx", "https://t.cn/x"),
        ("http%3a%2f%2fu.jd.com%2fAbCd", "http://u.jd.com/AbCd"),
        ("https//t.cn/x", "https://t.cn/x"),
        ("ftp ://f.cn/a", "ftp://f.cn/a"),
        ("HTTP/1.1", None),  # no colon and one slash: a protocol's name and version
        ("https", None),
        ("www.gov.cn/a", None),
    ],
)
def test_meant_url(raw: str, meant: str | None) -> None:
    assert meant == meant_url(raw)


@settings(max_examples=300, deadline=None)
@given(
    scheme=st.sampled_from(["http", "https", "ftp", "HtTpS", "HTTP"]),
    at=st.integers(min_value=1, max_value=3),
    junk=st.text(alphabet="\u200b\u00ad\u2060\ufeff;&#58 ", min_size=1, max_size=4),
    host=st.sampled_from(["t.cn", "www.gov.cn", "u.jd.com", "a.b.example.com"]),
    slashes=st.sampled_from(["//", ":/", "://", ":\\\\", "\\\\"]),
)
def test_no_piece_of_a_scheme_is_ever_the_host(
    scheme: str, at: int, junk: str, host: str, slashes: str
) -> None:
    raw = scheme[:at] + junk + scheme[at:] + slashes + host + "/x"
    parsed = parse_url(raw)
    # either no address (the scheme is broken) or the host after the slashes, never the
    # scheme's letters with what was put between them
    assert parsed is None or parsed.host == host.lower()


def test_shipped_tracking_params_take_wechats_share_marks() -> None:
    policy = Policy.default()
    shared = "https://www.gov.cn/a.htm?from=groupmessage&isappinstalled=0&id=3"
    assert "https://www.gov.cn/a.htm?id=3" == policy.strip_tracking(shared)
    assert "https://www.gov.cn/a.htm?from=zwfw" == policy.strip_tracking(
        "https://www.gov.cn/a.htm?from=zwfw"  # a "from" the page may read
    )
