"""Fix 108a (red team 108's item 1): a listed ad or short link's host with no scheme in a URL
attribute — ``<a href="t.cn/A6Xyz12">``, ``<img src="u。jd。com/x">`` — is read as that host
and stripped as its ``https://`` form is; any other scheme-less value stays a relative path."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, check
from govpub.compliance.links import find_links
from govpub.compliance.links.addresses import schemeless_host
from govpub.compliance.links.tags import ad_host_value

POLICY = Policy.default()


def _checked(body: str) -> tuple[list[str], str]:
    result = check(Post(title="关于开展活动的通知", body=body), POLICY)
    return sorted({f.rule for f in result.findings}), result.post.body


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("t.cn/A6Xyz12", "t.cn"),
        ("T.CN/A6X", "t.cn"),
        (" \tt.cn/x", "t.cn"),  # (spaces and controls before it: a URL parser drops them)
        ("t.cn", "t.cn"),
        ("t.cn?u=1", "t.cn"),
        ("t.cn#x", "t.cn"),
        ("t.cn\\x", "t.cn"),
        ("u.jd.com:8080/x", "u.jd.com"),
        ("t.cn./x", "t.cn"),  # (a root dot)
        ("t&#46;cn/x", "t.cn"),
        ("u&#x3002;jd&#x3002;com/x", "u.jd.com"),  # (。 as a reference, folded as in text)
        ("t.&#8203;cn/x", "t.cn"),  # (an invisible character as a reference)
        ("t.%63n/x", "t.cn"),  # (a browser percent-decodes a host)
        ("u%E3%80%82jd%E3%80%82com/x", "u.jd.com"),  # (。 percent-encoded, then folded)
        ("ｔ．ｃｎ／x", "t.cn"),
        ("news/2026/1.html", None),
        ("files/t.cn.pdf", None),
        ("./t.cn/x", None),
        ("../u.jd.com/", None),
        ("/t.cn/x", None),
        ("?u=t.cn/x", None),
        ("#t.cn", None),
        ("报名网址:t.cn/x", None),
        ("t.cn../x", None),
        ("a@t.cn/x", "t.cn"),  # (a user part: http:// before it opens t.cn; review 85's L4)
        ("gov.cn@t.cn/x", "t.cn"),
        ("t.cn@gov.cn/x", "gov.cn"),
        ("kefu@t.cn", None),  # (a mail address, no path: no user part read)
        ("&nbsp;t.cn/x", "t.cn"),  # (a no-break space before: review 85's L5)
        ("", None),
    ],
)
def test_the_host_a_schemeless_value_starts_with(value: str, host: str | None) -> None:
    assert schemeless_host(value) == host


@pytest.mark.parametrize(
    ("value", "ad"),
    [
        ("t.cn/A6Xyz12", True),
        ("m.tb.cn/h.5abcD", True),  # (under the listed tb.cn)
        ("x.t.cn/A6X", True),
        ("s.click.taobao.com/t?e=1&pid=mm_1_2_3", True),
        ("t.cn.png", False),  # (a file t.cn.png: the host t.cn.png is under no listed host)
        ("t.cnx/A6X", False),
        ("at.cn/A6X", False),
        ("u.jd.com.cn/x", False),
        ("example.com/x", False),
        ("www.gov.cn/x", False),
        ("item.taobao.com/x?pid=mm_1_2_3", False),  # (listed with a query only: not read)
        ("zhengce/a.html", False),
    ],
)
def test_only_a_listed_ad_or_short_host_is_read(value: str, ad: bool) -> None:
    assert ad_host_value(value) is ad


@pytest.mark.parametrize(
    "template",
    [
        '<p>领券<a href="{}">点击领取优惠券</a>。</p>',
        "<p>领券<a href='{}'>点击领取优惠券</a>。</p>",
        "<p>领券<a href={}>点击领取优惠券</a>。</p>",
        '<p>领券<a href=" {}">点击领取优惠券</a>。</p>',
        '<p>领券<img src="{}" alt="扫码">。</p>',
        '<p>领券<iframe src="{}"></iframe>。</p>',
        '<p>领券<area shape="rect" coords="0,0,1,1" href="{}">。</p>',
    ],
)
def test_a_schemeless_ad_link_is_stripped_as_its_https_form_is(template: str) -> None:
    """The element goes (an anchor's words stay) exactly as with ``https://`` before it."""
    schemeless = _checked(template.format("t.cn/A6Xyz12"))
    https = _checked(template.format("https://t.cn/A6Xyz12"))
    assert "ad.link_stripped" in schemeless[0]
    assert schemeless == https


@pytest.mark.parametrize(
    "body",
    [
        '<a href="u。jd。com/AbCdEf">领券</a>',
        '<a href="ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／ｔ？ｅ＝１">领券</a>',
        '<a href="t.\u200bcn/A6Xyz12">领券</a>',
        '<A HREF="DWZ.CN/XY12">领券</A>',
    ],
)
def test_folded_hosts_are_read(body: str) -> None:
    assert _checked(body) == (["ad.link_stripped"], "领券")


def test_the_link_found_is_the_value_as_written() -> None:
    assert find_links('<a href="u。jd。com/AbCdEf">领券</a>') == ["u。jd。com/AbCdEf"]
    assert find_links('<img srcset="t.cn/a.jpg 1x, b.jpg 2x">') == ["t.cn/a.jpg"]


@pytest.mark.parametrize(
    "body",
    [
        '<a href="example.com/x">说明</a>',  # (decided: not read as [x](example.com/x) is)
        '<a href="search.do?q=1">搜索</a>',  # (.do is a top-level domain)
        '<a href="files/t.cn.pdf">说明</a>',
        '<a href="./t.cn/x">说明</a>',
        '<a href="../u.jd.com/">说明</a>',
        '<a href="报名网址:t.cn/A6Xyz12">报名</a>',  # (a path, as the Markdown destination is)
    ],
)
def test_other_schemeless_values_stay_relative(body: str) -> None:
    assert _checked(body) == ([], body)


def test_a_long_schemeless_value_is_read_in_linear_time() -> None:
    def body(labels: int) -> str:
        return '<a href="' + "a." * labels + 'cn/x">说明</a>'

    assert grows_linearly(body(4_000), body(40_000), within=0.05)
