"""Ad links (123号: 不得刊登商业广告): detection, stripping, filter lists, 淘口令."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govpub import Image, Policy, Post, Source, check, find_links, strip_ad_links
from govpub.compliance.adblock import parse_filter_list
from govpub.compliance.ads import AdRule, AdRules
from govpub.compliance.anchors import find_anchors
from govpub.compliance.folding import fold
from govpub.compliance.share_code_rules import _verb_gate
from govpub.compliance.share_codes import (
    ShareCodeRules,
    find_share_codes,
    share_code_rules,
)
from govpub.compliance.urls import parse_url
from govpub.testing.contract import tiny_png

ADS = [
    "https://s.click.taobao.com/t?e=abc",
    "https://uland.taobao.com/coupon/edetail?e=1",
    "https://m.tb.cn/h.5abc",
    "https://e.tb.cn/h.xyz",
    "https://item.taobao.com/item.htm?id=1&tk=abcd",
    "https://detail.tmall.com/item.htm?id=1&pid=mm_123_456_789",
    "https://union-click.jd.com/jdc?d=abc",
    "https://union.click.jd.com/jdc?d=abc",
    "https://u.jd.com/abc",
    "https://p.pinduoduo.com/abc",
    "https://mobile.yangkeduo.com/goods.html?goods_id=1&pid=8_1",
    "https://mobile.yangkeduo.com/goods.html?goods_id=1&duoduo_type=2",
    "https://click.union.vip.com/redirect?x=1",
    "https://r.union.meituan.com/url/visit/?a=1",
    # red team 35: 美团联盟 and 饿了么 (淘宝联盟) CPS links, as coupon mini-programs write them
    "https://runion.meituan.com/url?key=cd23&url=https%3A%2F%2Fi.meituan.com%2Fx",
    "https://click.meituan.com/t?t=1&c=2&p=WhaD2b5zGU-h",
    "https://s.click.ele.me/frZOjvu",
    "https://u.ctrip.com/union/CtripRedirect.aspx?x=1",
    "https://t.cn/A6xYz9k",
    "http://dwz.cn/abc",
    "https://bit.ly/abc",
    "https://tinyurl.com/abc",
    "t.cn/A6xYz9k",
    # host tricks do not hide an ad
    "HTTPS://S.CLICK.TAOBAO.COM./x",
    "https://s。click。taobao。com/x",
    "https://ｔ．ｃｎ/abc",
    "https://%74.cn/abc",
    "https://www.gov.cn@t.cn/abc",
    "https://t.cn\\@www.gov.cn/",
    "https://dpurl.cn/abC12",  # 大众点评 short link
    "https://t.meituan.com/AbCd12",  # 美团 share short link (red team 62)
    "https://j.youzan.com/Ab12Cd",  # 有赞 short link
    "https://t.ly/AbCd1",
    "https://a.co/d/AbCdEf1",  # Amazon's share short link
    # Markdown emphasis inside the host, shown as nothing ("_" and "~" are host characters)
    "https://t.**cn**/A6xYz",
    "https://t.~~cn~~/A6xYz",
    "https://t.__cn__/A6xYz",
    "t.__cn__/x",
    # landing pages reached through an affiliate link (red team 27)
    "https://item.taobao.com/item.htm?id=1&ali_trackid=2:mm_1_2_3:1700000000_0_0",
    "https://detail.tmall.com/item.htm?id=1&ali_trackid=2%3Amm_1_2_3%3A1",
    "https://item.jd.com/100012043978.html?utm_source=kong&utm_medium=jingfen",
    # red team 36: 美团联盟's CPS link, Ctrip's and Trip.com's allianceid, WeChat's URL Link
    "https://click.meituan.com/t?t=1&c=2&p=mcB9ObxznZMn",
    "https://hotels.ctrip.com/hotels/123.html?allianceid=1234&sid=5678",
    "https://m.ctrip.com/webapp/hotel/?AllianceID=1234&SID=5678",
    "https://www.trip.com/?Allianceid=1234&SID=5678",
    "https://wxaurl.cn/Cy0Yat2Ywag",
    "https://wxmpurl.cn/Cy0Yat2Ywag",
]

NOT_ADS = [
    "https://www.gov.cn/a",
    "https://item.taobao.com/item.htm?id=1",  # a product page without affiliate ids
    "https://www.ctrip.com/union/x",  # not u.ctrip.com
    "https://u.ctrip.com/hotel/x",  # not /union/
    "https://t.cn.gov.cn/x",
    "https://xt.cn/abc",
    "https://taobao.com.evil.example/",  # not an ad host either (a warning, see check)
    "https://mobile.yangkeduo.com/goods.html?goods_id=1",
    "https://item.taobao.com/item.htm?id=1&ali_trackid=1_abc",  # no promoter's mm_ id
    "https://item.jd.com/100012043978.html?utm_source=weixin",  # no 京粉 marks
    "https://hotels.ctrip.com/hotels/123.html?sid=5678",  # no allianceid
    "https://www.meituan.com/",  # 美团's own site, not its CPS clicks
    "https://example.com/?allianceid=1",  # Ctrip's parameter on another host
    "mailto:someone@t.cn",
    "https://www.example.com/a__t.cn__b",  # emphasis in the path: the host decides
    "not a url",
]


@pytest.mark.parametrize("url", ADS)
def test_is_ad_link(url: str) -> None:
    assert Policy.default().is_ad_link(url)


@pytest.mark.parametrize("url", NOT_ADS)
def test_is_not_ad_link(url: str) -> None:
    assert not Policy.default().is_ad_link(url)


STRIPS = [
    # (text, clean text, removed)
    (
        "买[领取优惠](https://s.click.taobao.com/x)吧",
        "买领取优惠吧",
        ["https://s.click.taobao.com/x"],
    ),
    ("见https://t.cn/A6x。", "见。", ["https://t.cn/A6x"]),
    ("见t.cn/A6x，", "见，", ["t.cn/A6x"]),
    ("见<https://t.cn/A6x>。", "见。", ["https://t.cn/A6x"]),
    ("[https://t.cn/x](https://t.cn/x)", "", ["https://t.cn/x"]),
    ("图![优惠](https://t.cn/i.png)", "图", ["https://t.cn/i.png"]),
    ('<a href="https://t.cn/x">领取</a>', "领取", ["https://t.cn/x"]),
    ('<A HREF="https://t.cn/x" class="c">领取</A>!', "领取!", ["https://t.cn/x"]),
    ('<img src="https://t.cn/i.png" alt="x">后', "后", ["https://t.cn/i.png"]),
    ('<iframe src="https://t.cn/v"></iframe>后', "后", ["https://t.cn/v"]),
    ("[优惠][1]\n\n[1]: https://t.cn/x\n后", "优惠\n\n后", ["https://t.cn/x"]),
    ("[优惠]\n\n[优惠]: https://t.cn/x\n", "优惠\n\n", ["https://t.cn/x"]),
    (
        "[国务院 https://t.cn/y 通知](https://www.gov.cn/a)",
        "[国务院  通知](https://www.gov.cn/a)",
        ["https://t.cn/y"],
    ),
    ("[领 https://t.cn/y](https://t.cn/x)", "领 ", ["https://t.cn/x", "https://t.cn/y"]),
    # text that closes up around a removed link is stripped again
    ("u.j[d](https://t.cn/x).com/abc", "", ["https://t.cn/x", "u.jd.com/abc"]),
    # a host right after punctuation is one, as a linkifier links it: stripped at once
    ("ww[w](https://t.cn/x).t.cn/abc", "www.", ["https://t.cn/x", "t.cn/abc"]),
    ("[通知](https://www.gov.cn/a).t.cn/abc", "[通知](https://www.gov.cn/a).", ["t.cn/abc"]),
    ("(领券).t.cn/abc", "(领券).", ["t.cn/abc"]),
    # tracking parameters go from links that stay; nothing is "removed"
    ("见https://www.gov.cn/a?utm_source=wx&id=1。", "见https://www.gov.cn/a?id=1。", []),
    (
        '<a href="https://www.gov.cn/a?id=1&amp;spm=a.b">通知</a>',
        '<a href="https://www.gov.cn/a?id=1">通知</a>',
        [],
    ),
    ("[通知](https://www.gov.cn/a?spm=x)", "[通知](https://www.gov.cn/a)", []),
    ("没有链接的文字。", "没有链接的文字。", []),
]


@pytest.mark.parametrize(("text", "clean", "removed"), STRIPS)
def test_strip_ad_links(text: str, clean: str, removed: list[str]) -> None:
    assert (clean, removed) == strip_ad_links(text)


def test_a_whole_ad_host_decides_alone_under_a_narrowed_domain() -> None:
    # s.click.taobao.com is an ad whatever its path; taobao.com's pages only with pid=mm_…
    rules = AdRules([AdRule("s.click.taobao.com"), AdRule("taobao.com", query="pid=mm_*")])
    assert True is rules.host_decides("s.click.taobao.com")
    assert False is rules.host_decides("h5.m.taobao.com")
    assert True is rules.host_decides("www.gov.cn")


def test_check_strips_and_reports_fixed() -> None:
    post = Post(title="通知", body="[领取](https://s.click.taobao.com/x)和https://t.cn/y。")
    result = check(post)
    assert "领取和。" == result.post.body
    # The post that is reviewed and sent is the checked one, and so is its id.
    assert Post(title="通知", body="领取和。").id == result.post.id
    with_id = Post(id="notice-1", title="通知", body=post.body)
    assert "notice-1" == check(with_id).post.id
    assert [
        ("ad.link_stripped", "fixed", "body", 5),
        ("ad.link_stripped", "fixed", "body", 35),
    ] == [(f.rule, f.severity, f.field, f.offset) for f in result.findings]
    assert not result.blocked


def test_body_images_from_ad_hosts_are_dropped() -> None:
    post = Post.from_markdown(
        "---\ntitle: 图\n---\n![广告](https://t.cn/i.png)\n![正常](https://www.gov.cn/a.png)\n"
    )
    result = check(post)
    assert ["https://www.gov.cn/a.png"] == [i.src for i in result.post.images]
    assert "\n![正常](https://www.gov.cn/a.png)\n" == result.post.body


def test_url_fields_that_are_ads_block() -> None:
    post = Post(title="通知", url="https://t.cn/abc")
    assert [("ad.url_field", "block", "url")] == [
        (f.rule, f.severity, f.field) for f in check(post).findings
    ]


def test_other_hosts_warn_once_per_host() -> None:
    post = Post(
        title="通知",
        body="见https://www.example.com/a 和 https://www.example.com/b，https://www.gov.cn/",
        url="https://www.example.org/own",
    )
    findings = [(f.rule, f.severity, f.offset) for f in check(post).findings]
    assert [("link.other_host", "warn", 1)] == findings
    assert "共 2 处" in check(post).findings[0].message


def test_links_to_the_posts_own_page_and_link_domains_do_not_warn(tmp_path: Path) -> None:
    post = Post(
        title="通知", body="见https://www.example.org/own/b", url="https://www.example.org/own"
    )
    assert [] == list(check(post).findings)
    policy = Policy.from_mapping({"link_domains": ["example.com"]}, base_dir=tmp_path)
    assert [] == list(check(Post(title="t", body="https://a.example.com/"), policy).findings)


def test_extra_ad_hosts_from_config(tmp_path: Path) -> None:
    policy = Policy.from_mapping({"ad_hosts": ["ad.example.cn"]}, base_dir=tmp_path)
    assert policy.is_ad_link("https://x.ad.example.cn/a")
    assert ("见。", ["https://ad.example.cn/a"]) == strip_ad_links(
        "见https://ad.example.cn/a。", policy
    )


FILTERS = """[Adblock Plus 2.0]
! Title: test list
||union178.com^$third-party
||ads.example.cn^
||cdn.example.cn/banner/*
|https://track.example.org/
@@||ok.ads.example.cn^
||example.net^$domain=news.example.com
##.ad-banner
/ad_banner.
||ad*.example.com^
"""


def test_adblock_filter_list(tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text(FILTERS, encoding="utf-8")
    policy = Policy.from_mapping({"ad_filter_list": "list.txt"}, base_dir=tmp_path)
    cases = {
        "https://www.union178.com/x": True,
        "https://ads.example.cn/x": True,
        "https://ok.ads.example.cn/x": False,
        "https://cdn.example.cn/banner/a.png": True,
        "https://cdn.example.cn/news/a.html": False,
        "https://track.example.org/p?x=1": True,
        "https://www.example.net/": False,  # $domain= rules are skipped
        "https://adx.example.com/": False,  # wildcard hosts are skipped
    }
    assert cases == {url: policy.is_ad_link(url) for url in cases}


def test_filter_list_counts_what_it_used() -> None:
    parsed = parse_filter_list(FILTERS)
    assert (5, 4) == (parsed.used, parsed.skipped)


# -- 淘口令 ------------------------------------------------------------------------

SHARE_CODES = [
    ("复制这段描述€g1IVbaMXxxK€后到👉淘♂寳♀👈", True),
    ("【淘宝】好物 ￥AbCd1234Ef￥ 复制此信息打开手淘查看", True),
    ("復·制这段描述（Xy12Ab34Cd）咑閞👉天猫👈", True),
    ("打开淘宝 /AbCdEf12gH/ 查看", True),
    ("复制口令＄ＡＢｃｄ１２３４ｅＦ＄打开淘宝", True),  # full-width letters and ＄
    ("编号（20250101）的文件", False),  # no trigger, no letters
    ("打开淘宝搜索“植树”", False),  # trigger without a code
    ("代码（g1IVbaMXxxK）", False),  # code without a trigger
    ("代码€g1IVbaMXxxK€", True),  # … but between signs no text puts around a word
    ("AbCd1234XyZ:// 复制打开淘宝", True),  # four symbols and spaces before the trigger
    ("AbCd1234XyZ:/// 复制打开淘宝", False),  # five: too far for a code without delimiters
    ("<td>淘口令</td><td>AbCd1234XyZ</td>", True),  # the name in the table cell before
    ("€AbCd1234XyZ€ 复制后打开京喜", True),
    ("€AbCd1234XyZ€ 复制后打开拼夕夕", True),
    ("<td>口令</td><td>AbCd1234XyZ</td>", False),  # 口令 alone is any password
    ("复制这条信息￥AbCd1234XyZ￥打开某宝", True),  # 某宝, TB: 淘宝's nicknames
    ("复制这条信息￥AbCd1234XyZ￥打开TB", True),
    ("复制这条信息￥AbCd1234XyZ￥打开tao bao", True),  # the pinyin in two words
    ("打开1TB的硬盘，复制【AbCd1234Ef】文件夹", False),  # TB in a size, not a word of its own
    ("复制【AbCd1234Ef】后打开stb机顶盒", False),  # tb inside another word
    ("订单号（JD2025010112）请勿泄露，打开京东APP可查询物流", False),  # an order's number
    ("#315Shopping# 提醒：打开淘宝购物请认准官方旗舰店", False),  # a Weibo topic
    ("【京东】复制整段话 #AbCd1234Ef# 打开京东APP", True),  # a random code in #…#
    # red team 35: square, curly, white and ornamental brackets and guillemets
    ("[AbCd1234EfG]打开淘宝App，即可查看", True),
    ("［AbCd1234EfG］复制打开淘宝", True),
    ("｛AbCd1234EfG｝复制打开淘宝", True),
    ("«AbCd1234EfG» 复制去闲鱼", True),
    ("❨AbCd1234EfG❩打开淘宝App即可查看", True),
    # … ASCII [] and {} as "#": a Markdown link's text, a citation, a template's field
    ("[Taobao2024](https://www.gov.cn/a) 打开淘宝", False),
    ("详见文献[Zhang2020a]。打开淘宝可购买", False),
    ("调用接口{userId12345}后打开淘宝", False),
    # an English trigger, found from the app's name (red team 36): a random code only
    ("Open the Taobao app and paste: ￥8aBcDeF12Gh￥", True),
    ("Copy (Xk9mPq2LrT) and open Tmall", True),
    ("Learn how to open a Taobao store (Marketplace)", False),  # a word, no random code
    # (no app named, and verb and app on two lines — but since lead127 a code of eleven or more
    # between two ￥ counts alone, Taobao's share text with its words cut)
    ("Open the app and paste ￥8aBcDeF12Gh￥", True),
    ("We met Taobao's team.\nPaste ￥8aBcDeF12Gh￥ below", True),
    ("Open the app and paste (8aBcDeF12Gh)", False),  # no app named
    ("We met Taobao's team.\nPaste (8aBcDeF12Gh) below", False),  # verb, app: two lines
    # red team 40: the other shopping apps by their English or pinyin names
    ("Open JD app and paste: ￥8aBcDeF12Gh￥", True),
    ("Open Pinduoduo, paste (8aBcDeF12Gh)", True),
    ("Copy [8aBcDeF12Gh] and open Xianyu", True),
    ("Open the JD report [Zhang2020a]", False),  # a citation: no random code's mix
    ("see jd.com/open (AbC123dEfG)", False),  # jd in a host is no app's name
    # red team 51: "<…>" as an editor's HTML writes the signs a reader sees
    ("<p>&lt;AbCd1234XyZ&gt;复制这段描述后打开淘宝</p>", True),
    ("<p>复制&LT;AbCd 1234 XyZ&GT;打开淘宝</p>", True),
    ("<p>&lt;AbCd1234XyZ&gt;</p>", False),  # no trigger: "<" is no alone delimiter
    ("<p>&lt;AbCd1234XyZ&amp;复制打开淘宝</p>", False),  # &amp; is no delimiter
]


@pytest.mark.parametrize(("text", "blocks"), SHARE_CODES)
def test_share_codes(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)
    assert blocks == result.blocked


# -- properties ------------------------------------------------------------------

_WORDS = st.lists(
    st.sampled_from([*"政务公开通知领取优惠 \n。，[]()<>!/.:wt", "www.", "https://"]), max_size=8
).map("".join)
_LINKS = st.sampled_from(
    [
        "https://t.cn/A6x",
        "t.cn/abc",
        "www.t.cn/x",
        "https://s.click.taobao.com/x?e=1",
        "https://www.gov.cn/a?utm_source=x",
        "https://www.gov.cn@t.cn/x",
        "https://ｔ．ｃｎ/y",
        "https://www.news.cn/a",
    ]
)


@st.composite
def _documents(draw: st.DrawFn, depth: int = 1) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        # link text may hold links itself: removing them changes how brackets pair up
        words = draw(_documents(depth - 1) if depth and draw(st.booleans()) else _WORDS)
        link = draw(_LINKS)
        form = draw(
            st.sampled_from(
                [
                    "{l}",
                    "[{w}]({l})",
                    "![{w}]({l})",
                    "<{l}>",
                    '<a href="{l}">{w}</a>',
                    "[{w}][r]\n\n[r]: {l}\n",
                ]
            )
        )
        parts.append(draw(_WORDS) + form.format(l=link, w=words))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(text=_documents())
def test_strip_is_idempotent_and_leaves_no_ad_host(text: str) -> None:
    policy = Policy.default()
    once, _ = strip_ad_links(text, policy)
    twice, removed = strip_ad_links(once, policy)
    assert (once, []) == (twice, removed)
    for link in find_links(once):
        parsed = parse_url(link)
        assert parsed is None or not policy.is_ad_link(link), link


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # "www.https" was the host; once the link before it goes, "https://t.cn/A6x" shows
        ("w[](https://t.cn/A6x)www.https://t.cn/A6x", "wwww."),
        # a relative destination is never read as text, with or without links in the words
        ("[\n\nhttps://t.cn/A6x](docs/t.cn)", "[\n\n](docs/t.cn)"),
        # one that starts with an address is a link
        ("[\n\nhttps://t.cn/A6x](t.cn/abc)", "\n\n"),
        # the removal brings two asterisks within reach: italics, read inside the address
        # before it ("https://*s.click.taobao.com/x" opens s.click.taobao.com)
        (f"https://*s.click.taobao.com/x 见「t.cn/{'A' * 40}」*。", " 见「」。"),
        # the removal before an "@" makes the text before it a user part: u.jd.com opens
        ("http:/机密t.cn//%｡@u.jd.com 完", " 完"),
        # (with a path the host after the "@" is a link of its own, found in the first scan and
        # stripped with its "@": fix98s)
        ("http:/机密t.cn//%｡@u.jd.com/K7x 完", "http:/机密｡ 完"),
    ],
)
def test_strip_is_idempotent_when_a_removal_changes_the_links_next_to_it(
    text: str, clean: str
) -> None:
    assert clean == strip_ad_links(text)[0]
    assert (clean, []) == strip_ad_links(clean)


# removing the inner link makes the outer brackets a link, whose ")" then ends the bare address
_NESTED = "[[ [](https://t.cn/A6x)https://t.cn/A6x][]](https://www.news.cn/a)https://t.cn/A6x"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120))
@example(text=_NESTED)
def test_strip_never_fails_and_is_idempotent_on_any_text(text: str) -> None:
    once, _ = strip_ad_links(text)
    assert once == strip_ad_links(once)[0]


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # the words left by a removed link join the text around them into a new link
        ("见https://www.gov.cn/a[?utm_source=1](https://t.cn/x)", "见https://www.gov.cn/a"),
        ("u.j[d](https://t.cn/x).com/abc，", "，"),
        # the words "t.cn" are a bare short-link host themselves and go with the link
        ("https://[t.cn](https://t.cn/y)/z 后", "https:///z 后"),
        # removals between separators or CJK text need no second pass, and get none
        ("见https://t.cn/x。后", "见。后"),
        ("[链接](https://t.cn/x)\n下一段", "链接\n下一段"),
        # a removal inside brackets turns the brackets around it into a link
        (_NESTED, "[[ ][]](https://www.news.cn/a)"),
        (
            "[a b]<https://t.cn/x>(https://www.gov.cn/b)https://t.cn/c",
            "[a b](https://www.gov.cn/b)",
        ),
    ],
)
def test_text_closing_up_after_a_removal(text: str, clean: str) -> None:
    assert clean == strip_ad_links(text)[0]
    assert clean == strip_ad_links(clean)[0]


def test_images_from_other_hosts_are_no_link_question_but_are_not_scanned() -> None:
    """A picture is shown, not followed: no ``link.other_host``; but its QR codes were not read."""
    body = (
        "![图](https://mmbiz.qpic.cn/a.png) <img src='https://cdn.example.com/b.png'>"
        " <iframe src='https://video.example.com/v'></iframe>"
        " ![示意图](https://www.gov.cn/images/a.png)"  # a government host's: trusted
    )
    assert [
        ("image.not_scanned", "https://mmbiz.qpic.cn/a.png"),
        ("image.not_scanned", "https://cdn.example.com/b.png"),
        ("link.other_host", "https://video.example.com/v"),
    ] == [(f.rule, f.excerpt) for f in check(Post(title="通知", body=body)).findings]
    own = Post(
        title="通知", body="![图](https://www.example.com/a.png)", url="https://www.example.com/n"
    )
    assert () == check(own).findings  # the agency's own site, as for links


def test_a_remote_picture_in_the_text_is_reported_once() -> None:
    """The post file adds the body's pictures to ``images``: reported there, not twice."""
    src = "https://cdn.example.com/b.png"
    post = Post(title="通知", body=f"![图]({src})", images=[Image(src=src)])
    assert [("image.not_scanned", "images[0]")] == [(f.rule, f.field) for f in check(post).findings]


def test_a_title_that_is_only_an_ad_link_blocks() -> None:
    post = Post(title="https://t.cn/abc", body="正文")
    result = check(post)
    assert result.blocked
    assert ("ad.link_stripped", "ad.url_field") == tuple(f.rule for f in result.findings)
    assert post.title == result.post.title  # never an invalid, empty title


def test_share_code_rules_are_data() -> None:
    rules = ShareCodeRules.from_mapping(
        {
            "token": {"min_length": 6, "max_length": 8, "window": 20, "delimiters": "@"},
            "trigger": {"gap": 15, "verbs": ["抄"], "apps": ["某宝"]},
        }
    )
    text = fold("抄口令@ab12cd@去某宝").text
    assert [(3, 11)] == [m.span() for m in rules.token.finditer(text)]
    assert rules.trigger.search(text) is not None
    shipped = share_code_rules()
    assert shipped.token.search("「vaqz99kzqvd」") is not None
    assert shipped.token.search("《abcd1234ef《") is not None


def test_a_share_codes_own_name_is_a_trigger_when_the_data_lists_it() -> None:
    data = {
        "token": {"min_length": 6, "max_length": 8, "window": 20, "delimiters": "@"},
        "trigger": {"gap": 15, "verbs": ["抄"], "apps": ["某宝"], "names": ["宝码"]},
    }
    rules = ShareCodeRules.from_mapping(data)
    assert rules.trigger.search(fold("宝码：@ab12cd@").text) is not None
    assert "宝" in rules.first_characters  # the quick skip lets a name's text through
    without = ShareCodeRules.from_mapping(
        {**data, "trigger": {"gap": 15, "verbs": ["抄"], "apps": ["某宝"]}}
    )
    assert without.trigger.search(fold("宝码：@ab12cd@").text) is None  # names are optional


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("淘口令：￥AbCd1234EfG￥", True),
        ("复制这条淘 口 令「VAQz99KzQVD」", True),  # spaced name
        ("淘口令是一种商品分享方式，请勿轻信。", False),  # the name without a code
        ("演练口令为【AbCd1234Ef】", False),  # 口令 alone: any password
    ],
)
def test_named_share_codes(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("复制口令 8Hk2LmnPQ 打开拼多多", True),
        ("复制这段 AbCd1234EfG 打开淘宝", True),
        ("复制这段ＡｂＣｄ１２３４ＥｆＧ打开👉手机淘宝👈", True),  # full-width, no spaces
        ("HUZbdB7yRgH CZ3457 复制打开淘宝", True),  # before the trigger, a model code between
        ("复制下方口令打开京东：AbCd1234EfG", True),  # right after the trigger
        ("淘口令：AbCd1234EfG", True),  # right after the code's name
        ("复制 iPhone15 打开淘宝搜索", False),  # one capital: a model name
        ("复制 XiaoMi14 打开淘宝", False),  # capitalised syllables: a name
        ("复制 HuaWeiP60 打开淘宝", False),
        ("复制型号CZ3457打开淘宝", False),  # capitals and digits only
        ("复制 GB32100XY 打开淘宝", False),
        ("复制 abcd1234ef 打开淘宝", False),  # no capitals: a hash, a code in lower case
        ("复制国办发〔2018〕123号打开淘宝", False),
        ("用户在iPhone15Pro上打开淘宝时闪退", False),  # no copy verb
        ("AbCd1234EfG 是本次活动的编号，请打开淘宝核对", False),  # no 复制
        ("复制链接 https://www.gov.cn/AbCd1234EfG 打开淘宝", False),  # a URL path
        ("打开闲鱼APP，搜索口令：PsBcdbzfFfS", True),  # APP and a search between
        ("打开饿了么搜索：AbCd1234Ef 领红包", True),
        ("闲鱼搜索口令：PsBcdbzfFfS", True),  # after 口令 no digit is needed
        ("打开闲鱼APP，搜索：PsBcdbzfFfS", False),  # … elsewhere it is
        ("美团外卖红包口令：AbCd1234Ef", True),  # a few characters between app and 口令
        ("美团外卖红包口令是什么？请勿轻信", False),
        ("88¥ CZ3457 AbCd1234Ef¥", True),  # ¥ with a model code inside: no trigger needed
        ("价格¥128，¥ CZ3457型号¥", False),
        ("支付宝首页搜索“8 7 6 5 4 3 2 1”领红包", True),  # 首页, spaced digits
        ("支付宝搜索 138 1234 5678 找客服", False),  # more digits than a 红包码
        ("#小程序://京东购物/春季新款外套/AbCd12x", True),  # a title before the code
        ("#小程序://随申办/医保服务/Ab12Cd", False),
    ],
)
def test_share_codes_without_delimiters(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("闲鱼口令【AbCd1234EfG】", True),  # an app's name then 口令
        ("饿了么口令：AbCd1234EfG", True),  # … and a code without delimiters
        ("饿🔥了🔥么口令：AbCd1234EfG", True),
        ("掏口令：￥AbCd1234EfG￥", True),  # a prefix of the data: 淘 as a homophone
        ("tao口令：￥AbCd1234EfG￥", True),
        ("谨防“闲鱼口令”类诈骗，不要复制陌生口令。", False),  # no code
        ("演练口令为【AbCd1234Ef】", False),  # 口令 alone, no app before it
        ("美丽乡村口令【AbCd1234Ef】", False),  # 美 of 美丽, not 美团
    ],
)
def test_share_codes_named_by_their_app(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


def test_app_named_codes_come_from_the_data() -> None:
    data = {
        "token": {"min_length": 6, "max_length": 8, "window": 20, "delimiters": "@"},
        "trigger": {"gap": 15, "verbs": ["抄"], "apps": ["某宝"]},
    }
    text = fold("某宝暗号@ab12cd@").text
    assert [] == list(find_share_codes(text, rules=ShareCodeRules.from_mapping(data)))
    named = {**data, "trigger": {**data["trigger"], "app_names": {"word": "暗号"}}}
    assert [(4, 12)] == list(find_share_codes(text, rules=ShareCodeRules.from_mapping(named)))


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("复制 ￥AbCd-1234-EfG￥ 打开淘宝", True),  # hyphens inside the code
        ("打开手机淘宝，复制AbCd1234EfG", True),  # the app first, then 复制 and the code
        ("型号（CZ3457AB12）请复制到京东官网比对", False),  # a label says what it is
        ("验证码【AbCd1234】请勿泄露，打开淘宝时请警惕", False),
        ("序列号：(SN20240915AB) 复制后打开京东售后页面", False),
        ("复制 ￥ISO-9001-2015￥ 打开淘宝", False),  # hyphens, but not written as a code
        ("打开淘宝，复制iPhone15Pro的参数", False),
    ],
)
def test_share_codes_hyphenated_labelled_and_after_the_app(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


_BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _syllables(code: str) -> bool:
    """Whether every stretch of small letters holds a vowel (a name: ``XiaoMi14``)."""
    stretches = "".join(c if c.islower() else " " for c in code).split()
    return all(any(v in stretch for v in "aeiou") for stretch in stretches)


@settings(max_examples=200, deadline=None)
@given(
    code=st.text(alphabet=_BASE62, min_size=8, max_size=13).filter(
        lambda c: (
            sum(ch.isupper() for ch in c) >= 2
            and any(ch.islower() for ch in c)
            and any(ch.isdigit() for ch in c)
            and not _syllables(c)
        )
    ),
    lead=st.sampled_from(["复制口令 ", "复制这段", "復制 ", "复·制 "]),
    tail=st.sampled_from([" 打开淘宝", "打开👉手机淘宝👈", "，打开拼多多", " 打開京東"]),
)
def test_a_code_written_like_one_between_copy_and_open_blocks(
    code: str, lead: str, tail: str
) -> None:
    body = f"{lead}{code}{tail}"
    [finding] = check(Post(title="通知", body=body)).findings
    assert (finding.rule, finding.offset) == ("ad.share_code", body.index(code))


@settings(max_examples=200, deadline=None)
@given(
    code=st.one_of(
        st.text(alphabet="ABCDEFGHJKLMNPQRTUWXY0123456789", min_size=8, max_size=13),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=8, max_size=13),
        st.builds(
            lambda word, digits: word.capitalize() + digits,
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8),
            st.text(alphabet="0123456789", min_size=1, max_size=4),
        ),
        st.builds(  # capitalised syllables: XiaoMi14, HuaWeiP60
            lambda syllables, digits: "".join(syllables) + digits,
            st.lists(
                st.sampled_from(["Xiao", "Mi", "Hua", "Wei", "One", "Plus", "Mate", "Pro"]),
                min_size=2,
                max_size=3,
            ),
            st.text(alphabet="0123456789", min_size=1, max_size=3),
        ),
    ),
)
def test_model_numbers_between_copy_and_open_stay_clean(code: str) -> None:
    """All capitals and digits, no capitals, or a name in syllables with digits: no code."""
    body = f"复制型号 {code} 打开淘宝"
    # (a run of digits may be a phone number, E + 8 digits a passport: not this test's)
    assert "ad.share_code" not in {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("见#小程序://京东购物/abcdef123。", [(1, 22)]),  # (folded text: lower case)
        ("小程序://拼多多/pq0k8bxj", [(0, 18)]),
        ("#小程序://国家政务服务平台/abc123", []),  # a government service
        ("#小程序://京东购物/ab", []),  # no code
    ],
)
def test_mini_program_links_of_shopping_apps(text: str, spans: list[tuple[int, int]]) -> None:
    assert spans == list(find_share_codes(text))


@pytest.mark.parametrize(
    ("card", "blocks"),
    [
        ('<mp-miniprogram data-miniprogram-path="p/i" data-miniprogram-nickname="京东购物">', True),
        ("<mp-miniprogram data-miniprogram-nickname='拼多多' class=x></mp-miniprogram>", True),
        ('<mp-miniprogram data-miniprogram-nickname="国家政务服务平台">', False),
        (
            '<mp-miniprogram data-miniprogram-title="淘宝村振兴" data-miniprogram-nickname="随申办">',
            False,
        ),
        ('<a class="weapp_text_link" data-miniprogram-nickname="淘宝" href="">去看看</a>', True),
        ('<p data-miniprogram-title="京东购物">', False),  # a title, not the name
        ("京东购物 data-miniprogram-nickname=京东购物", False),  # no element
        # no name, a shop's appid (red team 55): the same shop; an unknown appid names no one
        (
            '<mp-miniprogram data-miniprogram-appid="wx91d27dbf599dff74" data-miniprogram-path="p">',
            True,
        ),
        ('<a data-miniprogram-appid="WX32540BD863B27570">买</a>', True),
        ('<mp-miniprogram data-miniprogram-appid="wxabcdef1234567890">', False),
        ('<p data-miniprogram-title="wx91d27dbf599dff74">', False),  # a title, not the appid
    ],
)
def test_mini_program_cards_of_shopping_apps(card: str, blocks: bool) -> None:
    """A WeChat article's mini-program card is the ``#小程序://`` link as a card."""
    result = check(Post(title="通知", body=card))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


def test_a_card_with_a_shops_name_and_appid_is_one_finding() -> None:
    card = '<mp-miniprogram data-miniprogram-appid="wx91d27dbf599dff74" data-miniprogram-nickname="京东购物">'
    assert [f.rule for f in check(Post(title="通知", body=card)).findings] == ["ad.share_code"]


def test_card_elements_addresses_are_media() -> None:
    """The picture, avatar and video of a WeChat card are shown, not followed: no warning."""
    body = (
        '<mpvideosnap data-url="https://findermp.video.qq.com/251/x?k=1" '
        'data-headimgurl="https://wx.qlogo.cn/finderhead/ver_1/a/0"></mpvideosnap>'
        '<mp-miniprogram data-miniprogram-imageurl="https://mmbiz.qpic.cn/a/0?wx_fmt=png">'
    )
    assert not check(Post(title="通知", body=body)).findings
    ad = '<mpvideosnap data-url="https://t.cn/A6xYz"></mpvideosnap>'
    assert [f.rule for f in check(Post(title="通知", body=ad)).findings] == ["ad.link_stripped"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("打开京东方官网,复制(abcd1234ef)", False),
        ("复制链接打开北京喜报(abcd1234ef)", False),
        ("复制(abcd1234ef)打开京东方便领取", True),
        ("复制(abcd1234ef)打开京东", True),
        ("复制(abcd1234ef)打开北京东城区政务服务网", False),
        ("复制(abcd1234ef)打开北京京东", True),
        ("评选“最美团队”，复制口令(abcd1234ef)打开微信投票", False),
        ("复制(abcd1234ef)打开美团", True),
    ],
)
def test_words_that_hold_an_app_name(text: str, found: bool) -> None:
    assert found is bool(list(find_share_codes(text)))


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("#小程序://北京东城/AbCd12x", False),
        ("#小程序://南京东路街道/AbCd12x", False),
        ('<mp-miniprogram data-miniprogram-nickname="北京东站" data-miniprogram-path="p">', False),
        ("#小程序://最美团队评选/AbCd12x", False),  # 美团 across 最美 and 团队
        ("#小程序://休闲鱼庄/AbCd12x", False),
        ("#小程序://仙桃宝典/AbCd12x", False),  # 桃宝, a share text's spelling of 淘宝
        ("#小程序://结核病TB防治/AbCd12x", False),  # TB, tuberculosis
        ("#小程序://蘑菇街道/AbCd12x", False),
        ("#小程序://饿了么/AbCd12x", True),
        ("#小程序://京东购物/AbCd12x", True),
        ("#小程序://美团外卖/AbCd12x", True),
        # a listed place or term is excluded whole, not every 美团 before 队/体/结 (a review)
        ("#小程序://美团体检/AbCdEf", True),
        ("#小程序://美团圆梦购/AbCdEf", True),
        ("复制这条信息￥AbCd1234Ef￥，打开美团体验", True),
        ("#小程序://甜美团圆/AbCd12x", False),
        ("#小程序://终结TB行动/AbCd12x", False),
        # rebate mini-programs register the share texts' spellings (a review)
        ("#小程序://TB优惠券/AbCd12x", True),
        ("#小程序://某宝优惠券/AbCd12x", True),
        ("#小程序://拼夕夕好货/AbCd12x", True),
        ("#小程序://咸鱼二手/AbCd12x", True),
        ("#小程序://桃宝特卖/AbCd12x", True),
        ("#小程序://咸鱼翻身/AbCd12x", False),
        # 北京东… is a place whatever follows (a review weighed 湖北京东自营, now not read)
        ("复制￥AbCd1234￥打开北京喜来登酒店", False),
        ("复制这条信息￥AbCd1234Ef￥，打开北京东直门医院", False),
    ],
)
def test_a_mini_program_named_for_a_place_holding_an_app_name(body: str, found: bool) -> None:
    """北京东城区's and 南京东路街道's mini-programs hold 京东 and are no shop (red team 58)."""
    result = check(Post(title="通知", body=body))
    assert found is ("ad.share_code" in {f.rule for f in result.findings}), result.findings


def test_an_ad_address_in_the_source_name_is_stripped() -> None:
    source = Source(name="新华网 t.cn/A6x", url="https://www.news.cn/a.htm")
    result = check(Post(title="通知", body="正文", source=source))
    assert [("ad.link_stripped", "source.name")] == [(f.rule, f.field) for f in result.findings]
    assert result.post.source is not None
    assert result.post.source.name == "新华网"
    assert result.post.source.url == source.url


@pytest.mark.parametrize(
    ("link", "stranger"),
    [("ftp://ftp.gov.cn/pub/a.pdf", False), ("ftp://ftp.example.com/a.pdf", True)],
)
def test_an_ftp_link_warns_that_browsers_do_not_open_it(link: str, stranger: bool) -> None:
    """A government FTP server is not called a stranger; no browser opens FTP any longer."""
    [finding] = check(Post(title="通知", body=f"下载：{link}")).findings
    assert ("link.other_host", "warn") == (finding.rule, finding.severity)
    assert finding.message.startswith("FTP 链接")
    assert ("不是党政机关网站" in finding.message) is stranger


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("详见 https://s&#46;click&#46;taobao&#46;com/t?e=1 领取", "s.click.taobao.com"),
        ("详见 ｈｔｔｐｓ：／／ｕ．ｊｄ．ｃｏｍ／x 领取", "u.jd.com"),
        ("详见 https://t.cn/x", "t.cn"),
    ],
)
def test_the_message_names_the_host_the_address_reads_as(body: str, host: str) -> None:
    (finding,) = check(Post(title="通知", body=body)).findings
    assert finding.rule == "ad.link_stripped"
    assert f"（{host}）" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "₤AbCd12EfGh₤",
        "€g1IVbaMXxxK€₤AbCd12EfGh₤",  # two codes, the closing sign of one beside the next
        "€ g1IVbaMXxxK €，€Summer2024€，€25",
        "₤XiaoMi14Pro₤ 与 ₤AbCd12EfGh",  # a name, then a sign with no closing one
    ],
)
def test_signs_found_by_the_one_pass_give_what_the_share_codes_find_alone(text: str) -> None:
    folded = fold(text)
    signs = find_anchors(folded.text, Policy.default().terms).signs

    def written(start: int, end: int) -> str:
        o_start, o_end = folded.span(start, end)
        return text[o_start:o_end]

    alone = list(find_share_codes(folded.text, written))
    assert alone == list(find_share_codes(folded.text, written, signs=signs))
    assert bool(alone) is ("AbCd12EfGh₤" in text or "g1IVbaMXxxK" in text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("￥AbCd1234Ef￥", True),  # all a QR code holds: a share code without a trigger
        (" 【VAQz99KzQVD】\n", True),
        ("/AbCd1234Ef/", True),
        ("￥12345678￥", False),  # digits only
        ("(Mate60Pro)", False),  # a name in syllables, not a random code
        ("见附件￥AbCd1234Ef￥", False),  # not the whole text
    ],
)
def test_a_code_holding_nothing_but_a_token(text: str, found: bool) -> None:
    folded = fold(text)

    def written(start: int, end: int) -> str:
        o_start, o_end = folded.span(start, end)
        return text[o_start:o_end]

    assert found is bool(list(find_share_codes(folded.text, written, whole=True)))
    assert not list(find_share_codes(folded.text, written))  # (in prose it needs a trigger)


@pytest.mark.parametrize(
    "verbs", [["copy", "open", "paste"], ["open"], ["copy", "tap"], ["go", "see"]]
)
def test_the_english_verb_gate_finds_what_the_verbs_find(verbs: list[str]) -> None:
    """The gate before the apps' names (red team 40) is one expression starting with a letter
    every verb holds, where there is one; it finds a verb exactly where a plain search does."""
    gate = _verb_gate(verbs)
    assert gate is not None
    for text in ["copy this", "please open it", "paste:", "tap here", "go see", "cop y", "opn", ""]:
        assert (gate.search(text) is not None) == any(verb in text for verb in verbs), text


_EN_APPS = st.sampled_from(["Taobao", "TMALL", "JD", "Pinduoduo", "Xianyu", "Ｔａｏｂａｏ"])
_EN_BRACKETS = st.sampled_from(["￥￥", "()", "[]", "「」", "【】", "₤₤", "«»"])


@settings(max_examples=60, deadline=None)
@given(
    app=_EN_APPS,
    brackets=_EN_BRACKETS,
    verb_first=st.booleans(),
    code=st.sampled_from(["8aBcDeF12Gh", "Xk9mPq2LrT", "7HgT2kLm9Qp"]),
)
def test_an_english_trigger_around_a_bracketed_code_blocks(
    app: str, brackets: str, verb_first: bool, code: str
) -> None:
    """Any app of ``[trigger.english]``, any order of verb and app, any bracket: a random
    code near them blocks (red team 40's property); a citation key in its place does not."""
    token = f"{brackets[0]}{code}{brackets[1]}"
    text = (
        f"Open the {app} app and paste: {token}"
        if verb_first
        else f"{app}: copy {token} then open the app"
    )
    assert "ad.share_code" in {f.rule for f in check(Post(title="通知", body=text)).findings}
    cited = text.replace(code, "Zhang2020a")
    assert "ad.share_code" not in {f.rule for f in check(Post(title="通知", body=cited)).findings}


def test_strip_reads_a_host_that_closing_up_bares() -> None:
    """Hypothesis found it during red team 41's gate: stripping ``[](…)`` bares ``.t.cn/abc``,
    which the ``)`` glued before it had hidden; ``strip_ad_links`` strips until nothing is left
    (its promise: stripping twice changes nothing)."""
    once = strip_ad_links("[](https://t.cn/A6x).t.cn/abc", Policy.default())
    assert once == (".", ["https://t.cn/A6x", "t.cn/abc"])
    assert strip_ad_links(once[0], Policy.default()) == (".", [])


# -- red team 43: a project's number in brackets, a sentence away from "打开淘宝" -----------


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # capitals and digits alone, another sentence: a 采购意向's project number
        ("1. 项目【SWJ2026A001】要求供应商具备电商经验。活动期间，市民打开淘宝搜索即可参与", False),
        ("| 4 | 〔SWJ2026A004〕运维 |\n\n市民打开淘宝、天猫等APP搜索“消费节”", False),
        # the same token in the trigger's sentence, or inside it, still blocks
        ("复制【ABCD1234EF】打开淘宝", True),
        ("【ABCD1234EF】，复制这段描述后打开淘宝", True),
        # a code of both cases blocks within the window whatever the sentences
        ("项目【AbCd1234EfG】要求经验。活动期间，市民打开淘宝搜索即可参与", True),
        # a token that is a sentence of its own, the trigger's sentence next (red team 91)
        ("「G94GP3C35C4」。复制后打开淘宝", True),
        ("说明。「G94GP3C35C4」｡ 复制后打开淘宝", True),
        # a number at the end of a sentence of words is not that
        ("项目编号【SWJ2026A001】。复制后打开淘宝", False),
        ("「G94GP3C35C4」。活动期间，市民打开淘宝搜索即可参与", False),
        ("「G94GP3C35C4」\n复制后打开淘宝", True),
        # a doubled stop, a semicolon, a paragraph's tags around the stop (left 27a)
        ("「G94GP3C35C4」。。复制后打开淘宝", True),
        ("「G94GP3C35C4」；复制后打开淘宝", True),
        ("<p>「G94GP3C35C4」。</p><p>复制后打开淘宝</p>", True),
        ("「G94GP3C35C4」；；；；复制后打开淘宝", False),
        ("项目编号【SWJ2026A001】；市民打开淘宝搜索", False),
        ("<p>订单号</p><p>【A1B2C3D4E5】。</p><p>打开京东</p>", False),
        # (seven characters: no 淘口令, which is 8–13)
        ("「9GP4C35」。复制后打开淘宝", False),
        # a serial's shape (letters, a year, a number) or a table's cell is no such code
        ("【HBZC2025001】。打开淘宝APP，搜索“某县助农馆”", False),
        ("【2025ZC001】。打开淘宝", False),
        ("| 1 | 【HDZC2025A001】 | 打开淘宝搜索店铺 |", False),
        ("【HDZC2025A001】|复制后打开淘宝", False),
    ],
)
def test_a_capitals_only_token_needs_its_triggers_sentence(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


# -- red team 48: a spaced code between two currency signs, with no trigger ----------------


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # single separators inside: the letters and digits alone are a random code
        ("€AbCd 1234 Ef€", True),
        ("€AbCd-1234-Ef€", True),
        ("₤Ab Cd 12 Ef Gh₤", True),
        # words, a name in syllables, digits alone or too long without the spaces stay clean
        ("€Spring 2026€", False),
        ("€Xiao Mi 14 Pro€", False),
        ("€ 1234 5678 €", False),
        ("€AbCd 1234 EfGh 5678 Xy€", False),
    ],
)
def test_spaced_code_between_currency_signs(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == ("ad.share_code" in {f.rule for f in result.findings}), result.findings


@pytest.mark.parametrize(
    ("name", "blocks"),
    [
        ("t.cn_A6xyz.png", True),  # "_" for the "/" a file name cannot hold (red team 50)
        ("ｔ．ｃｎ＿A6xyz.png", True),
        ("s.click.taobao.com_t_e_1.jpg", True),
        ("u.jd.com_活动.png", True),
        ("tcn_logo_2025.png", False),
        ("www.gov.cn_banner.png", False),  # another host in a name is a word
        ("IMG_20251205_138.jpg", False),
        ("mat.cn_2025.png", False),
        # a hyphen after an ad host, a run of low lines, a host after another (fix49)
        ("t.cn-A6xyz.png", True),
        ("ｔ．ｃｎ－A6xyz.png", True),
        ("t.cn__A6xyz.png", True),
        ("gov.cn_t.cn_A6.png", True),
        ("my-photo-2025.png", False),
        ("www.gov.cn-logo.png", False),  # a hyphen after another host: a word
        ("photo__2025.png", False),
    ],
)
def test_an_underscore_in_a_file_name_stands_for_a_slash(name: str, blocks: bool) -> None:
    post = Post(title="通知", images=(Image(data=tiny_png(), filename=name),))
    found = [(f.rule, f.field) for f in check(post).findings]
    assert found == ([("ad.url_field", "images[0].filename")] if blocks else [])


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # red team 61: the nicknames ad copy gives the apps, in a share text's trigger
        ("复制￥Xk9mPq2LrT￥打开狗东", True),
        ("复制￥Xk9mPq2LrT￥打开JD", True),
        ("复制￥Zx7Cv9BnM2￥打开PDD帮我助力", True),
        ("复制￥Zx7Cv9BnM2￥打开pin多多", True),
        ("复制￥AbCd1234XyZ￥打开elm领外卖红包", True),
        ("复制￥Xk9mPq2LrT￥打开某团领外卖红包", True),
        ("复制￥Zx7Cv9BnM2￥打开wph", True),
        ("复制￥AbCd1234XyZ￥打开dy商城", True),
        ("zfb搜索 520123456 领红包", True),
        ("打开吱付宝APP搜“520123456”领红包", True),
        # …each a word of its own, and not inside the words that hold it
        ("复制￥Xk9mPq2LrT￥打开pddx", False),
        ("复制￥Xk9mPq2LrT￥打开helm", False),
        ("复制￥Xk9mPq2LrT￥打开某团队的共享文件夹", False),
        ("复制￥Xk9mPq2LrT￥打开某东路的地图", False),
        ("复制快递单号JD0012345678901，打开物流查询页面", False),  # JD then digits: a number
        ("支付宝搜索“浙里办”", False),
        # a short Latin name is a weaker trigger: a token of capitals and digits alone is a
        # number near it, not a code (a job description's, red team 12)
        ("复制【ABCD1234EF】打开JD", False),
        ("复制【ABCD1234EF】打开狗东", True),
        ("复制【AbCd1234Ef】打开JD", True),
    ],
)
def test_share_codes_with_the_apps_nicknames(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # a weak name first does not use the verb up: the full name after it is the trigger,
        # and a code of capitals and digits counts by it (a review of red team 61)
        ("打开JD或淘宝，复制【AB12CD34EF】", True),
        ("打开jd京东APP，复制【AB12CD34EF】", True),
        ("打开PDD拼多多，复制【AB12CD34EF】", True),
        ("复制【AB12CD34EF】打开mt美团", True),
        # TB, listed for 淘宝 before the weak names, is as strong as it was
        ("打开TB（淘宝），复制【AB12CD34EF】", True),
        ("打开TB，复制【AB12CD34EF】", True),
        ("打开JD，复制【AB12CD34EF】", False),
        ("打开JD，复制之后再打开文档（AB12CD34EF）", False),
    ],
)
def test_a_weak_name_leaves_the_verb_to_a_full_one(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # 某东 and 某团 are weak names, and not before a word that makes them a place or an
        # organisation: 某东部/某东区/某东方/某东站, 某团委/某团市委/某团支部/某团员 (a review of red
        # team 61)
        ("打开某东区政务服务网，复制（AB2024CD01）。", False),
        ("某东部省份工作人员打开某东部平台，复制（AB2024CD01）。", False),
        ("案例：某东方公司员工复制客户信息（AB2024CD01）后打开某东方系统。", False),
        ("复制下方编码，打开某东站售票处（AB2024CD01）。", False),
        ("张某复制他人账号后打开某团委公众号后台，发布信息（XY2024AB01）。", False),
        ("打开某团市委网站，复制（Ab2024cD01）。", False),
        ("打开某团支部页面，复制（Ab2024cD01）。", False),
        ("打开某团员的朋友圈，复制（Ab2024cD01）。", False),
        ("打开某团购网站，复制（AB2024CD01）。", False),
        ("复制￥Xk9mPq2LrT￥打开某团领外卖红包", True),
        ("复制￥Xk9mPq2LrT￥打开某东", True),
        # a short Latin name before a word that makes it something else is no app: a
        # system, platform, document, case, tree, list (kept, not dropped: mt and elm are the
        # nicknames ad copy uses, and the guard covers JD, PDD, wph alike)
        ("打开机器翻译（MT）平台，复制译文【Mt2024aB01】提交。", False),
        ("复制以下内容，打开MT系统查询（Mt2024aB01）。", False),
        ("复制申请号后打开elm树保护名录【Elm2024aB01】。", False),
        ("复制岗位信息，打开JD文档（Jd2024aBc01）查看岗位说明。", False),
        ("打开PDD病例库，复制病例（Pdd2024aB01）（帕金森病痴呆）。", False),
        ("打开wph系统，复制【Wph2024aB01】。", False),
        ("复制￥AbCd1234XyZ￥打开mt领外卖红包", True),
        ("打开wph，复制【Wph2024aB01】", True),
        # a stand-in emoji that makes an ordinary word, read as its character: not an app
        ("养犬人请打开🐶东门社区犬只登记系统，复制【AB12345678】。", False),
        ("打开狗东门社区，复制（AB2024CD01）。", False),
        ("打开🍑宝宝成长档案，复制【AB12345678】查询。", False),
        ("打开咸🐟养殖基地溯源，复制【AB12345678】。", False),
        ("打开🍑宝宝贝链接，复制【Ab3dE5fG7hK】", True),
        ("打开🐶东，复制【AB12345678】", True),
        # 桃寳 as 淘寳 (🍑寳)
        ("打开🍑寳，复制【Ab3dE5fG7hK】", True),
        ("打开桃寳，复制【Ab3dE5fG7hK】", True),
        # the short names spaced or dotted, still words of their own and weak
        ("打开P D D，复制【Ab3dE5fG7hK】", True),
        ("打开P-D-D，复制【Ab3dE5fG7hK】", True),
        ("打开J.D，复制【Ab3dE5fG7hK】", True),
        ("打开pin 多多，复制【Ab3dE5fG7hK】", True),
        ("打开P D D，复制【AB12CD34EF】", False),
        ("打开a p d d s，复制【Ab3dE5fG7hK】", False),
        ("打开J.D.系统，复制【Ab3dE5fG7hK】", False),
    ],
)
def test_nicknames_that_name_something_else(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # an emoji standing for a character of an app's name (red team 61)
        ("复制这条信息￥AbCd1234XyZ￥打开🍑宝", True),
        ("复制这条信息￥AbCd1234XyZ￥打开🍑 宝APP", True),
        ("【限时好价】复制￥Xk9mPq2LrT￥打开🐶东", True),
        ("复制口令￥Zx7Cv9BnM2￥打开拼🐶🐶帮我助力", True),
        ("打开咸🐟APP，搜索口令：PsBcdbzfFfS", True),
        ("打开 咸 🐟 APP，搜索口令：PsBcdbzfFfS", True),
        ("#Qw3eRt5YuI# 复制这段话，打开🍑宝即可领取", True),
        # the trigger must still read whole, a verb then the app, and a code stand near
        ("🍑平谷大桃喜获丰收，桃农打开销路", False),
        ("萌娃变身“🍑宝宝”，打开🍑园大门迎接游客", False),
        ("🐶东城区养犬登记通知：复制下方地址，打开地图导航前往", False),
        ("🐶东城区养犬登记￥Xk9mPq2LrT￥", False),  # the app, no verb before it
        ("咸🐟、闲置渔具交易市场周末开放，复制地址打开导航", False),
        ("复制这条信息「AbCd1234XyZ」打开🍑园", False),  # 桃园, no app
    ],
)
def test_emoji_standing_for_an_apps_character(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)


@pytest.mark.parametrize(
    "text", ["ab🐶🐶c", "a\u200bb🍑宝c🐟", "🍑打开 🍑 宝", "x\u200b\u200by🐶z", "plain"]
)
def test_folded_index_inverts_original(text: str) -> None:
    folded = fold(text)
    for index in range(len(text)):
        at = folded.folded_index(index)
        assert 0 <= at <= len(folded.text)
        if at < len(folded.text) and folded.original(at) == index:
            continue  # a character kept: its own offset
        # a character removed: the next one kept (or the end)
        assert at == len(folded.text) or folded.original(at) > index
        assert at == 0 or folded.original(at - 1) < index


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # the other shopping and group-buying apps, and the shops inside 抖音 and 视频号 (red team 62)
        ("复制口令￥AbCd1234XyZ￥打开得物APP", True),
        ("复制口令打开当当APP：「AbCd1234XyZ」", True),
        ("复制￥AbCd1234XyZ￥打开盒马", True),
        ("复制￥AbCd1234XyZ￥打开点淘APP", True),
        ("复制￥AbCd1234XyZ￥打开大众点评", True),
        ("复制口令￥AbCd1234XyZ￥打开抖音团购", True),
        ("复制￥AbCd1234XyZ￥打开视频号小商店", True),
        ("云闪付优惠券口令：AbCd1234XyZ", True),  # <app> … 口令, then the code
        ("#吱口令#长按复制此条消息，打开支付宝领红包！AbCd1234XyZ", True),  # a reward between
        ("打开支付宝搜索红包码 52012345 领红包", True),  # the number named after the verb
        ("打开云闪付APP搜索“88886666”领红包", True),
        # …and their twins
        # (小红书's own note shares carry such a code; 「」, for between ￥ it counts alone: lead127)
        ("复制「AbCd1234XyZ」打开小红书", False),
        ("打开支付宝扫一扫，扫描缴费通知书上的二维码。", False),
        ("复制订单号（ZF2026Ab0001），打开支付宝查询缴费记录。", False),  # a labelled number
        ("复制订单号ZF2026Ab0001，打开淘宝查询物流。", False),
        ("打开云闪付APP搜索“消费券”参与抢券。", False),  # a coupon searched for by name
    ],
)
def test_share_codes_of_the_other_apps(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings), result.findings


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # 支付宝 and 云闪付 are no trigger apps: a service's number copied before opening them
        ("打开支付宝，搜索“电子社保卡”，复制业务号【SBk2026AbCd】查询。", False),
        ("请复制缴费识别码（Sb2026AbCd01），打开支付宝“城市服务”完成缴费。", False),
        ("复制申报序号 GsDk2026Ab01 后打开支付宝搜索“个人所得税”。", False),
        ("复制受理号 SBk2026AbCd01，打开支付宝查询办理进度。", False),
        ("复制券码【XfQ2026AbCd】，打开云闪付领取。", False),
        # …nor is 领红包 a lead for any app, outside Alipay's own share text
        ("警惕！骗子常发送“打开支付宝领红包！AbCd1234XyZ”等消息，请勿点击。", False),
        ("警惕！骗子常发送“打开淘宝领红包！AbCd1234XyZ”等消息，请勿点击。", False),
        ("打开云闪付领红包活动「XfQ2026AbCd」已于今日启动。", False),
        # the labels of a service's numbers, before any app
        ("复制兑换码 XfQ2026AbCd，打开淘宝领取。", False),
        ("复制受理号【SBk2026AbCd】，打开京东查询。", False),
        # the words that hold 得物 and 当当
        ("复制成功经验，让困难群众及时获得物资保障【MzBz2026Ab】。", False),
        ("复制经验做法，打造响当当的品牌【PinPai2026Ab】。", False),
        # what still blocks: 吱口令, 长按复制…打开支付宝领红包, <app>…口令, a whole trigger
        ("长按复制此条消息，打开支付宝领红包：AbCd1234XyZ", True),
        ("长按复制此条消息，打开支付宝领红包：【AbCd1234XyZ】", True),
        ("吱口令：AbCd1234XyZ 复制此消息打开支付宝领红包", True),
        ("支付宝口令：AbCd1234XyZ", True),
        ("复制口令AbCd1234XyZ打开淘宝领红包", True),
        ("复制￥AbCd1234XyZ￥打开得物", True),
        ("复制￥AbCd1234XyZ￥打开当当", True),
    ],
)
def test_payment_apps_trigger_only_with_their_code_names(text: str, blocks: bool) -> None:
    """A review of red team 62: 支付宝 and 云闪付 as general trigger apps blocked service
    guides; 领红包 as a lead after any app blocked scam warnings and campaign names."""
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings), result.findings


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("复制口令AbCd1234XyZ打开支付宝", True),  # named 口令 before the app
        ("复制红包口令【AbCd1234XyZ】打开支付宝领取", True),
        ("复制【AbCd1234XyZ】打开云闪付领红包", True),  # delimited, the reward after the app
        ("复制此条消息，打开支付宝领红包！AbCd1234XyZ", True),  # Alipay's text without 长按
        # …and the service guides stay clean: a label, no 口令, no reward
        ("复制受理号 SBk2026AbCd01，打开支付宝查询办理进度。", False),
        ("复制【XfQ2026AbCd】，打开云闪付领取。", False),
        ("复制业务号【SBk2026AbCd】，打开云闪付领红包。", False),
        ("复制此条消息，打开支付宝查询办理进度。", False),
    ],
)
def test_payment_app_codes_named_or_rewarded_before_the_app(text: str, blocks: bool) -> None:
    """The final review (fix63): a code named 口令 (or delimited, with 领红包) before
    "打开支付宝/云闪付", and 复制此条消息 as an opener of Alipay's own text."""
    result = check(Post(title="通知", body=text))
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings), result.findings


@pytest.mark.parametrize(
    ("text", "warns"),
    [
        ("直播间搜索“高山土蜂蜜”即可下单购买。", True),  # red team 62: live and group-buying shops
        ("快手小店搜索“山里红特产”，下单即发货。", True),
        ("点淘搜索“助农好物”进直播间下单。", True),
        ("大众点评搜索“老街火锅”领券，到店享8折。", True),
        ("美团搜索“城南烧烤”，团购套餐5折抢购。", True),
        ("有骗子诱导群众在直播间搜索“内部福利”并私下转账。", False),  # no sale after it
        ("打开美团搜索“社区食堂”查看营业时间。", False),
    ],
)
def test_searches_in_live_and_group_buying_shops(text: str, warns: bool) -> None:
    result = check(Post(title="通知", body=text))
    assert warns == any(f.rule == "ad.wording" for f in result.findings), result.findings


def _written_codes(text: str) -> list[str]:
    folded = fold(text)

    def written(start: int, end: int) -> str:
        o_start, o_end = folded.span(start, end)
        return text[o_start:o_end]

    spans = find_share_codes(folded.text, written)
    return [folded.text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # spaced letter by letter between its delimiters, its trigger right after: read as the
        # unspaced token is, though its letters are no random code's (fix 93, red team 78)
        ("> 【W k e n z p U e U 2 i】复制后打开天猫", True),
        ("€x s 5 b h k m N 2 3 e€复制这段话打开淘宝", True),
        ("【W k e n z p U e U 2 i】 复制后打开天猫", True),  # a space before the trigger
        ("【WkenzpUeU2i】复制后打开天猫", True),  # unspaced, as before
        ("【Hello World】复制后打开天猫", False),  # words, not letters, spaced
        ("【ni hao shi jie】复制后打开天猫", False),
        ("《Pride and Prejudice》复制书名后打开淘宝阅读搜索", False),
        ("【W k e n z p U e U 2 i】\n\n本栏目内容由办公室负责维护。", False),  # no trigger
        ("【W k e n z p U e U 2 i】，请勿复制后打开天猫", False),  # not right after
    ],
)
def test_a_letter_spaced_token_right_before_its_trigger(text: str, found: bool) -> None:
    assert bool(_written_codes(text)) is found
