"""Addresses carried inside another address (an open redirect's target) are judged too."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from qrkit import poster

from govpub import Image, Policy, Post, check
from govpub.compliance.redirects import carried_urls

AD = "https://m.tb.cn/h.5abcdEF?tk=xyz"


@pytest.mark.parametrize(
    ("url", "carried"),
    [
        ("https://www.gov.cn/r?url=https://m.tb.cn/h.5ab", ["https://m.tb.cn/h.5ab"]),
        ("https://www.gov.cn/r?a=1&u=https%3A%2F%2Ft.cn%2Fx", ["https://t.cn/x"]),
        ("https://www.gov.cn/r?u=https%253A%252F%252Ft.cn%252Fx", ["https://t.cn/x"]),
        ("https://link.zhihu.com/?target=https%3A//t.cn/x", ["https://t.cn/x"]),
        ("https://www.gov.cn/go#https://t.cn/x", ["https://t.cn/x"]),
        ("https://www.gov.cn/go?x=1#//t.cn/x", ["https://t.cn/x"]),
        # a "?" after the "#" is the carried address's own, not the page's query
        (
            "https://www.gov.cn/a.htm#https://s.click.taobao.com/t?e=1",
            ["https://s.click.taobao.com/t?e=1"],
        ),
        # the carried address keeps its own query (``?`` is not a separator)
        (
            "https://www.gov.cn/r?to=https://s.click.taobao.com/t?e=1",
            ["https://s.click.taobao.com/t?e=1"],
        ),
        # read as a browser reads a redirect's Location: backslashes are slashes, tabs go,
        # a special scheme needs no slashes (red team 11)
        ("https://www.gov.cn/r?url=https%3A%5C%5Ct.cn%2Fx", ["https://t.cn/x"]),
        ("https://www.gov.cn/r?url=%2F%5Ct.cn%2Fx", ["https://t.cn/x"]),
        ("https://www.gov.cn/r?url=ht%09tps://t.cn/x", ["https://t.cn/x"]),
        ("https://www.gov.cn/r?url=%20https://t.cn/x", ["https://t.cn/x"]),
        ("https://www.gov.cn/r?url=http:/t.cn/x", ["http://t.cn/x"]),
        ("https://www.gov.cn/r?url=HTTP:t.cn/x", ["http://t.cn/x"]),
        # base64, only from "http" on; an address in the path
        ("https://www.gov.cn/go.php?url=aHR0cHM6Ly90LmNuL3g", ["https://t.cn/x"]),
        ("https://www.gov.cn/go.php?url=aHR0cHM6Ly90LmNuL3g=", ["https://t.cn/x"]),
        ("https://www.gov.cn/go.php?id=aGVsbG8", []),
        ("https://www.gov.cn/r/https://t.cn/x?e=1", ["https://t.cn/x?e=1"]),
        ("https://www.gov.cn/r/https%3A%2F%2Ft.cn%2Fx", ["https://t.cn/x"]),
        ("https://www.gov.cn//zhengce//a.htm", []),  # a path's "//" alone is no address
        ("https://www.gov.cn/r?url=zhengce/a.htm", []),
        ("https://www.gov.cn/s?q=淘宝", []),
        ("https://www.gov.cn/a?ref=http_header", []),
        ("https://www.gov.cn/report?site=t.cn", []),  # a bare host is a word, not a redirect
        ("https://www.gov.cn/zhengce/", []),
    ],
)
def test_carried_urls(url: str, carried: list[str]) -> None:
    assert carried == list(carried_urls(url))


@pytest.mark.parametrize(
    "body",
    [
        f"详见https://www.gov.cn/redirect?url={AD}",
        f"详见https://www.gov.cn/redirect?url={quote(AD, safe='')}",
        f"详见https://www.gov.cn/redirect?url={quote(quote(AD, safe=''), safe='')}",
        f"[通知全文](https://www.gov.cn/r?u={quote(AD, safe='')})",
        f'<a href="https://link.zhihu.com/?target={quote(AD, safe="")}">原文</a>',
    ],
)
def test_a_link_that_redirects_to_an_ad_is_stripped_and_says_where_it_leads(body: str) -> None:
    result = check(Post(title="通知", body=body))
    [finding] = result.findings
    assert ("ad.link_stripped", "fixed") == (finding.rule, finding.severity)
    assert "经跳转指向 m.tb.cn" in finding.message
    assert "m.tb.cn" not in result.post.body
    assert "tb.cn" not in result.post.body.replace("%", "")


@pytest.mark.parametrize(
    "body",
    [
        "详见https://www.gov.cn/s?url=https://www.gov.cn/zhengce/",  # to another government page
        "详见https://www.gov.cn/search?q=淘宝&page=2",
        "详见https://www.gov.cn/a?ref=http_header&site=t.cn",
    ],
)
def test_links_carrying_no_ad_address_stay_clean(body: str) -> None:
    result = check(Post(title="通知", body=body))
    assert () == result.findings
    assert body == result.post.body


def test_a_qr_code_that_redirects_to_an_ad_blocks() -> None:
    data = poster(f"https://www.gov.cn/redirect?url={quote(AD, safe='')}")
    post = Post(title="通知", body="正文", images=[Image(data=data, filename="a.png")])
    assert ["image.ad_code"] == [f.rule for f in check(post).findings]


@given(
    encodings=st.integers(min_value=0, max_value=2),
    name=st.sampled_from(["url", "u", "target", "to", "redirect_uri", "x"]),
    host=st.sampled_from(["www.gov.cn", "www.beijing.gov.cn", "link.zhihu.com"]),
    ad=st.sampled_from([AD, "https://t.cn/A6xYz", "https://s.click.taobao.com/t?e=m%3D2"]),
)
def test_an_ad_address_carried_in_any_parameter_is_an_ad(
    encodings: int, name: str, host: str, ad: str
) -> None:
    value = ad
    for _ in range(encodings):
        value = quote(value, safe="")
    assert "ad" == Policy.default().classify_link(f"https://{host}/r?a=1&{name}={value}")


def test_a_short_address_carrying_one_early_is_read() -> None:
    """The pre-test looks at the query, wherever it starts (``//`` at the eighth character)."""
    assert "ad" == Policy.default().classify_link("a.cn?u=//t.cn/x")


@pytest.mark.parametrize(
    ("url", "carried"),
    [
        # a scheme in a path in any case (red team 18): the pre-test looked for "tp"/"TP" only
        ("https://www.example.com/go/hTtP://t.cn/x", ["http://t.cn/x"]),
        ("https://www.example.com/go/HtTps%3A%2F%2Ft.cn%2Fx", ["https://t.cn/x"]),
        ("https://www.example.com/go/fTp://t.cn/x", ["ftp://t.cn/x"]),
        ("https://www.gov.cn/go/hTtPs:/t.cn/x", ["https://t.cn/x"]),
        # percent-encoded twice in a path, as in a query
        ("https://www.gov.cn/go/https%253A%252F%252Ft.cn%252Fx", ["https://t.cn/x"]),
        ("https://www.gov.cn/go/HTTP%253a%252f%252ft.cn", ["http://t.cn"]),
        # a path that only holds the letters is no carrier
        ("https://www.gov.cn/hTtP/a.htm", []),
        ("https://www.gov.cn/HTTP%2520x", []),
    ],
)
def test_a_scheme_in_a_path_is_read_in_any_case(url: str, carried: list[str]) -> None:
    assert carried == list(carried_urls(url))


@given(
    scheme=st.sampled_from(["http", "https", "ftp"]),
    cases=st.lists(st.booleans(), min_size=5, max_size=5),
    encoded=st.booleans(),
)
def test_a_path_carries_a_scheme_written_in_any_case(
    scheme: str, cases: list[bool], encoded: bool
) -> None:
    written = "".join(c.upper() if up else c for c, up in zip(scheme, cases, strict=False))
    tail = "%3A%2F%2Ft.cn%2Fx" if encoded else "://t.cn/x"
    url = f"https://www.example.com/go/{written}{tail}"
    assert [f"{scheme}://t.cn/x"] == list(carried_urls(url))
    assert "ad" == Policy.default().classify_link(url)
