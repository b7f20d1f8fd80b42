"""find_links: plain text, Markdown and HTML, bare URLs in Chinese text."""

from __future__ import annotations

import re
import unicodedata

import pytest
from check_timing import grows_linearly
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, Source, check, find_links, strip_ad_links
from govpub.compliance import links
from govpub.compliance.folding.attributes import opening_tag
from govpub.compliance.links import (
    abbreviation,
    bare,
    capitalised_words,
    code_name,
    company_form,
    decimal_then_suffix,
    dotted_name_after,
    is_app_link,
    link_titles,
    mail,
    number_then_word,
    scan_links,
    scanner,
    sent_to,
    stock_code,
    tag_titles,
    token_then_acronym,
    tooltips,
)

CASES = [
    # CJK text ends a bare URL; so does full-width punctuation
    ("详见https://www.gov.cn/a.html。", ["https://www.gov.cn/a.html"]),
    ("请访问https://www.gov.cn，了解详情", ["https://www.gov.cn"]),
    ("（https://www.gov.cn/a）", ["https://www.gov.cn/a"]),
    ("“https://www.gov.cn/a”", ["https://www.gov.cn/a"]),
    ("网址：https://www.gov.cn/a?b=1&c=2#d；", ["https://www.gov.cn/a?b=1&c=2#d"]),
    # English punctuation at the end is trimmed (GFM), balanced brackets are kept
    ("see https://www.gov.cn/a.", ["https://www.gov.cn/a"]),
    ("(see https://example.cn/a_(b))", ["https://example.cn/a_(b)"]),
    # schemeless www., full-width and ideographic dots, full-width letters
    ("访问www.gov.cn/zhengce获取", ["www.gov.cn/zhengce"]),
    ("访问www。gov。cn。", ["www。gov。cn"]),
    ("访问ｗｗｗ．ｇｏｖ．ｃｎ查看", ["ｗｗｗ．ｇｏｖ．ｃｎ"]),
    ("访问WWW.GOV.CN查看", ["WWW.GOV.CN"]),
    ("https://www.gov.cn。2025年", ["https://www.gov.cn"]),
    # host tricks are kept whole so that the host can be judged
    ("链接https://www.gov.cn@evil.example/x。", ["https://www.gov.cn@evil.example/x"]),
    ("链接https://evil.example\\@www.gov.cn/。", ["https://evil.example\\@www.gov.cn/"]),
    ("链接https://www.gov.cn。evil.example/x", ["https://www.gov.cn。evil.example/x"]),
    ("链接https://%77ww.gov.cn:8080/", ["https://%77ww.gov.cn:8080/"]),
    ("访问http://中国政府网.政务/了解", ["http://中国政府网.政务/"]),
    ("访问http://中国政府网.政务。", ["http://中国政府网.政务"]),
    ("访问https://www.example.政务/x", ["https://www.example.政务/x"]),
    # short links pasted without a scheme
    ("戳t.cn/A6xYz9k，", ["t.cn/A6xYz9k"]),
    # "www." before a scheme is no host of its own (hypothesis: stripping was not idempotent)
    ("见www.https://t.cn/A6x", ["https://t.cn/A6x"]),
    ("见www.http.com/x", ["www.http.com/x"]),
    # Markdown: links, images, autolinks, reference definitions
    ('[国务院](https://www.gov.cn/a "标题")', ["https://www.gov.cn/a"]),
    ("![图](https://img.example.cn/a.png)", ["https://img.example.cn/a.png"]),
    ("<https://www.gov.cn/x>", ["https://www.gov.cn/x"]),
    ('[ref]: https://t.cn/abc "标题"\n', ["https://t.cn/abc"]),
    ("[x](<https://www.gov.cn/a b>)", ["https://www.gov.cn/a b"]),
    ("[x](https://evil.example\\@www.gov.cn/)", ["https://evil.example@www.gov.cn/"]),
    ("[含 https://a.cn/ 的文字](docs/x.md)", ["https://a.cn/"]),
    ("[文字](docs/x.md)", []),  # a relative destination is never read as text
    ("[领取](t.cn/abc)", ["t.cn/abc"]),  # one that starts with an address is a link
    ("[本地](images/a.png)", []),
    # HTML: href, src, srcset, entities decoded
    ('<a href="https://www.gov.cn/a?x=1&amp;y=2">国务院</a>', ["https://www.gov.cn/a?x=1&y=2"]),
    ("<img src='https://t.cn/i.png'>", ["https://t.cn/i.png"]),
    ('<img srcset="a.png 1x, https://x.cn/b.png 2x">', ["https://x.cn/b.png"]),
    ('<a href="https://s&#46;click&#46;taobao&#46;com/x">买</a>', ["https://s.click.taobao.com/x"]),
    ('<a href="/relative">x</a>', []),
    # what a browser removes or reads as a slash before it parses an href (WHATWG)
    ('<a href="ht&#9;tps://t.cn/x">买</a>', ["ht\ttps://t.cn/x"]),
    ('<a href="h\nttps://t.cn/x">买</a>', ["h\nttps://t.cn/x"]),
    ('<a href="\x01https://t.cn/x">买</a>', ["\x01https://t.cn/x"]),
    ('<a href="&#72;ttps://t.cn/x">买</a>', ["Https://t.cn/x"]),
    # (HTML has no backslash escapes: before the query a backslash is a slash, and is given so)
    ('<img src="/\\t.cn/x.png">', ["//t.cn/x.png"]),
    ('<a href="/\t/t.cn/x">买</a>', ["/\t/t.cn/x"]),
    ('<a href="\\\\t.cn/x">买</a>', ["\\t.cn/x"]),
    ('<a href="\\docs\\a.html">说明</a>', []),  # "/docs/a.html": on the same site
    ('<a href="/\tdocs/a.html">说明</a>', []),  # "/docs/a.html" too
    # things that are not links
    ("邮箱 someone@example.cn 或 a.b", []),
    ("版本 v1.2.3，文件 report.docx", []),
    # .ai is a file type in small letters (Adobe Illustrator), a name in capitals
    ("源文件 logo.ai、logo.eps", []),
    # version numbers between a file's name and its extension; a WPS spreadsheet
    ("下载 app-v2.1.0.zip、setup_v2.1.zip", []),
    ("附件 budget.et", []),
    # a shared library (its version after it), a public key, installers
    ("替换 libssl.so.3、libcrypto.so，删除 id_rsa.pub，运行 driver-550.run、setup.cab", []),
    ("下载 mrw.so/AbC", ["mrw.so/AbC"]),
    ("接口 login.do、配置 application.properties", []),
    # a port ends where the host's address does: digits, then no letter, digit or hyphen
    ("Shanghai.Tel:021-63211234", ["Shanghai.Tel"]),
    ("见t.cn:8080/x", ["t.cn:8080/x"]),
    ("下载 files.example.zip", ["files.example.zip"]),
    ("推进 5G.AI 融合", ["5G.AI"]),
    # underscores of emphasis around a host are not part of it
    ("领取 _t.cn_/A6x", ["t.cn/A6x"]),  # (the path after the emphasis too: fix 114)
    ("见 _u.jd.com_ 领取", ["u.jd.com"]),
    ("t.cn_x/y", []),  # a host character after the underscores: one word
    # capitalised words either side of a dot are still found (an ad host written so is
    # stripped); check() does not warn on them as another host (capitalised_words)
    ("Dr.Wang和Mr.Li出席会议", ["Dr.Wang", "Mr.Li"]),
    ("使用Python。Java。Go三种语言", ["Python。Java"]),
    ("javascript:alert(1)", []),
]


@pytest.mark.parametrize(("text", "links"), CASES)
def test_find_links(text: str, links: list[str]) -> None:
    assert links == find_links(text)


def test_spans_point_at_the_text() -> None:
    text = "详见[通知](https://www.gov.cn/a)和https://t.cn/x。"
    spans = scan_links(text)
    assert ["[通知](https://www.gov.cn/a)", "https://t.cn/x"] == [
        text[s.start : s.end] for s in spans
    ]
    assert ["https://www.gov.cn/a", "https://t.cn/x"] == [
        text[s.url_start : s.url_end] for s in spans
    ]
    assert "通知" == text[spans[0].text_start : spans[0].text_end]


def test_anchor_element_takes_its_content() -> None:
    text = '前<a href="https://t.cn/x">领取 https://www.gov.cn/ 优惠</a>后'
    (span,) = scan_links(text)
    assert "领取 https://www.gov.cn/ 优惠" == text[span.text_start : span.text_end]
    assert ["https://www.gov.cn/"] == [s.url for s in span.inner]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ('<a href="x" title="<a href=\'http://t.cn/abc\'>">y</a>', []),
        (
            '<a href="https://t.cn/abc" title="<a href=\'https://www.gov.cn\'>">y</a>',
            ["https://t.cn/abc"],
        ),
        (
            '<a title="<a href=\'https://www.gov.cn\'>" href="https://t.cn/abc">y</a>',
            ["https://t.cn/abc"],
        ),
        ("<a title='x'href=\"https://t.cn/abc\">y</a>", ["https://t.cn/abc"]),
    ],
)
def test_a_tags_links_are_its_own_attributes_not_text_in_another_value(
    text: str, urls: list[str]
) -> None:
    # review 59's item 2: an attribute is a name in the tag's list, not text in a quoted value
    assert urls == [span.url for span in scan_links(text)]


def test_an_ad_address_in_a_title_that_spells_a_tag_is_caught() -> None:
    result = check(
        Post(title="通知", body='<a href="x" title="<a href=\'http://t.cn/abc\'>">y</a>')
    )
    assert "ad.spelled_link" in {finding.rule for finding in result.findings}


def test_unclosed_brackets_do_not_hang() -> None:
    text = "[" * 5000 + "https://www.gov.cn/a"
    assert ["https://www.gov.cn/a"] == find_links(text)


# -- property: a URL inserted anywhere in random CJK text is found whole --------------

_CJK_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from("，。、；：？！“”（）《》【】……——"),
    ),
    max_size=40,
)
_LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_PATH_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~%/=&"


@st.composite
def _urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http://", "https://", "HTTPS://", ""]))
    labels = draw(st.lists(_LABEL, min_size=1, max_size=3))
    tld = draw(st.sampled_from(["cn", "com", "gov.cn", "com.cn", "org"]))
    host = ".".join([*labels, tld])
    if not scheme:
        host = "www." + host
    port = draw(st.sampled_from(["", ":8080", ":443"]))
    # GFM trims trailing "_" and "~" (and .,:;!?'*), so a generated path does not end with one
    path = draw(st.text(alphabet=_PATH_CHARS, max_size=20)).rstrip("_~")
    query = draw(st.sampled_from(["", "?a=1", "?utm_source=wx&id=9"]))
    return f"{scheme}{host}{port}/{path}{query}"


@settings(max_examples=300, deadline=None)
@given(before=_CJK_TEXT, url=_urls(), after=_CJK_TEXT)
def test_url_in_cjk_text_is_found_whole(before: str, url: str, after: str) -> None:
    assert [url] == find_links(before + url + after)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_find_links_never_fails(text: str) -> None:
    for span in scan_links(text):
        assert 0 <= span.start <= span.url_start <= span.url_end <= span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "links"),
    [
        # Markdown is parsed before bare URLs are linkified: a bare URL stops at "["
        ("https://www.gov.cn/a[x](https://t.cn/y)", ["https://www.gov.cn/a", "https://t.cn/y"]),
        # ("http://" alone, no host and no path, is no link: red team 18)
        ("http://[x](https://t.cn/y)", ["https://t.cn/y"]),
        ("http://[::1]:8080/a", ["http://[::1]:8080/a"]),
    ],
)
def test_bare_urls_stop_at_markdown(text: str, links: list[str]) -> None:
    assert links == find_links(text)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 20_000,
        "[x](" * 5_000,
        "<a " * 7_000,
        "www." * 5_000,
        "https://a.cn/" + ")" * 20_000,
        "https://a.cn/" + "(" * 20_000,
        "。a" * 10_000,
        "ｗｗｗ．" * 5_000,
    ],
    ids=["brackets", "md-open", "tags", "www", "closing", "opening", "dots", "full-width"],
)
def test_hostile_input_stays_fast(text: str) -> None:
    # quadratic behaviour would take minutes here; linear takes milliseconds
    def work(text: str) -> object:
        return strip_ad_links(text), check(Post(title="通知", body=text))

    assert grows_linearly(text[: len(text) // 10], text, within=3.0, work=work)


# -- the fast paths for plain anchors and Markdown links agree with the full expressions --

_WORDS_OR_LINKS = st.lists(
    st.sampled_from([*"通知原文链接 abc.:/<>[]()&\"'!", "t.cn/x", "<b>", "&amp;"]), max_size=8
).map("".join)
_TARGETS = st.sampled_from(
    ["https://www.gov.cn/a", "https://t.cn/x?a=1&b=2", "docs/a.md", "https://a.cn/(x)", ""]
)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS_OR_LINKS, target=_TARGETS, form=st.sampled_from(["html", "md", "img"]))
def test_fast_paths_agree_with_the_full_expressions(words: str, target: str, form: str) -> None:
    text = {
        "html": f'前<a href="{target}">{words}</a>后',
        "md": f"前[{words}]({target})后",
        "img": f"前![{words}]({target})后",
    }[form]
    fast = scan_links(text)
    never = re.compile(r"(?!)")
    saved = scanner._PLAIN_ANCHOR, scanner._PLAIN_MARKDOWN
    scanner._PLAIN_ANCHOR = scanner._PLAIN_MARKDOWN = never
    try:
        full = scan_links(text)
    finally:
        scanner._PLAIN_ANCHOR, scanner._PLAIN_MARKDOWN = saved
    assert full == fast


# -- the plain expressions (ASCII hosts) agree with the full ones (CJK hosts and TLDs) --

_URL_PIECES = st.lists(
    st.sampled_from(
        [
            "https:",
            "https://",
            "http:/",
            "ftp:",
            "//",
            "\\",
            "www.",
            "www",
            "t.cn",
            "gov",
            "a-b",
            "x_y",
            "163",
            ".",
            "。",
            "｡",
            "政务",
            "。政务",
            ".中国",
            "｡公益",
            "中国",
            "公益",
            "中国政府网",
            "通知",
            "かな",
            "한국",
            "/a?b=1#c",
            ":8080",
            "[::1]",
            "@",
            " ",
            "（",
            "，",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=_URL_PIECES)
@example(text="https://。政务 x")  # an empty host, then a CJK top-level domain after "。"
@example(text="https://｡政务/a")
@example(text="https://.政务/a")
@example(text="http://中国政府网.政务/x")
@example(text="见gov.cn.政务/y")
def test_plain_expressions_agree_with_the_full_ones(text: str) -> None:
    plain = scan_links(text)
    saved = bare._needs_full, bare._may_end_in_cjk
    bare._needs_full = bare._may_end_in_cjk = lambda *_: True  # type: ignore[assignment]
    try:
        full = scan_links(text)
    finally:
        bare._needs_full, bare._may_end_in_cjk = saved
    assert full == plain


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("Dr.Wang", True),
        ("Mr.Li", True),
        ("Python。Java", True),
        ("IE。Chrome", True),  # an abbreviation and a name
        ("GOV.CN", False),  # all in capitals: written as a host
        ("u.jd.com", False),
        ("T.Cn", False),  # a one-letter label is no word
        ("Baidu.com", False),  # "com" has no capital
        ("Taobao.Com/x", False),  # a path follows
        ("U.S.News", True),  # one-letter labels in a row: an initialism
        ("S.News", False),  # … but one alone is no word
        ("Chin.J.Prev.Med", True),  # one between two words: a word's initial
        ("Www.T.Cn", True),  # (still a link: an ad host so written is stripped)
        ("Prev.Med.J", False),  # one at the end is no word
        ("N.Engl.J.Med", True),  # the first of four labels: a journal's initial
        ("N.Engl", False),  # … but not of two
        ("PLoS.One", True),  # a name in mixed case
    ],
)
def test_capitalised_words(raw: str, words: bool) -> None:
    assert words is capitalised_words(raw)


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        ("the weights model.pt", "model.pt", True),  # a PyTorch model's file
        ("fig3.ps", "fig3.ps", True),
        ("publico.pt/2024", "publico.pt/2024", False),  # a path follows: a link
        ("WWW.X.PT", "WWW.X.PT", False),
        ("main.cc", "main.cc", False),  # sites live on .cc
        ("(com.tencent.mm)", "com.tencent.mm", True),  # an Android package
        ("com.cn.example", "com.cn.example", False),  # com.cn is a suffix: a host
        # packages the scan ends at a top-level domain (.tmall, .smile, .tax): red team 58
        ("包名com.tmall.wireless为天猫", "com.tmall", True),
        ("(com.smile.gifmaker)", "com.smile", True),
        ("包名：cn.gov.tax.its", "cn.gov.tax", True),
        # read whole to a top-level domain, a name under cn.gov./cn.com. is a host (a review)
        ("cn.gov.tax", "cn.gov.tax", False),
        ("领券 cn.com.adshop.top 下单", "cn.com.adshop.top", False),
        ("cn.gov.tax.its.adshop.top", "cn.gov.tax.its.adshop.top", False),
        ("com.tmall", "com.tmall", False),  # two labels and no more: a host
        ("com.tmall.wireless/x", "com.tmall", False),  # a path goes on: a link
        ("cn.bing.com", "cn.bing.com", False),  # a host may begin with cn
        ("spring.redis.host=127.0.0.1", "spring.redis.host", True),  # a configuration key
        ("spring.redis.host = x", "spring.redis.host", False),
        ("[cs.CL]", "cs.CL", True),  # an arXiv subject class
        ("cs.CL", "cs.CL", False),
    ],
)
def test_code_name(text: str, raw: str, name: bool) -> None:
    start = text.index(raw)
    assert name is code_name(raw, text, start, start + len(raw))


@pytest.mark.parametrize(
    ("raw", "stock"),
    [
        ("600519.SH", True),
        ("000001.sz", True),
        ("00700.HK", True),
        ("430047。BJ", True),  # an ideographic full stop, as Chinese text writes it
        ("６００５１９．ＳＨ", True),  # full-width
        ("600519.SH/x", False),  # a path follows: a link
        ("3.cn", False),  # JD's short host: not an exchange
        ("12371.cn", False),  # 共产党员网
        ("60051.SH", False),  # five digits: no A-share code
        ("abc.hk", False),
        ("TSLA.US", True),  # a US ticker, in capitals
        ("ＴＳＬＡ．ＵＳ", True),  # full-width
        ("tsla.us", False),  # a host as hosts are written
        ("Tsla.Us", False),
        ("TSLAXY.US", False),  # six letters: no ticker
        ("600519.US", False),  # digits: no US ticker
    ],
)
def test_stock_code(raw: str, stock: bool) -> None:
    assert stock is stock_code(raw)


@pytest.mark.parametrize(
    ("text", "host", "dotted"),
    [
        ("java.io.ObjectInputStream", "java.io", True),  # a Java class's dotted name
        ("com.alibaba.fastjson.JSON", "com.alibaba", True),
        ("java.io 包", "java.io", False),  # a space: linkify links it
        ("见www.example.com。下一句", "www.example.com", False),  # a sentence ends
        ("t.cn./x", "t.cn", False),  # a root dot, then a path
        ("详见report.final.pdfx", "report.final", False),  # one more label, small letters
    ],
)
def test_dotted_name_after(text: str, host: str, dotted: bool) -> None:
    assert dotted is dotted_name_after(text, text.index(host) + len(host))


def test_an_underscore_in_the_registrable_name_warns_not() -> None:
    policy = Policy.default()
    for text in ("漏洞位于ssl_lib.cc", "删除id_rsa.pub", "见 a_b.sh.gov.cn"):
        assert not check(Post(title="t", body=text), policy).findings
    # a sub-host may hold one: the registrable name is what a registry took
    result = check(Post(title="t", body="见x_y.example.com/a"), policy)
    assert [f.rule for f in result.findings] == ["link.other_host"]


def test_dotted_name_warns_not_but_an_ad_host_is_stripped() -> None:
    policy = Policy.default()
    assert not check(Post(title="t", body="利用java.io.ObjectInputStream反序列化"), policy).findings
    result = check(Post(title="t", body="见t.cn.Qwzx领取"), policy)
    assert [f.rule for f in result.findings] == ["ad.link_stripped"]


@pytest.mark.parametrize(
    ("text", "warns"),
    [
        ("投稿邮箱：tougao#163.com（请将#换成@）", False),
        ("邮箱：tougao＃163.com", False),  # full width
        ("邮箱：tougao(at)163.com、tougao[at]126.com、tougao【at】qq.com", False),
        ("邮箱：zwgk★163.com", False),
        ("邮箱：tougao AT 163.com", False),
        ("More information at example.com", True),  # English prose, not a mail address
        ("见第3页#example.com", True),  # no user name before the "#"
    ],
)
def test_mail_written_around_is_no_other_site(text: str, warns: bool) -> None:
    rules = [f.rule for f in check(Post(title="通知", body=text)).findings]
    assert warns == ("link.other_host" in rules)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CO.LTD", True),
        ("Co.Ltd", True),
        ("ＣＯ．ＬＴＤ", True),
        ("ABC.CO.LIMITED", True),
        ("PTY.LTD.", True),
        ("co.ltdx", False),
        ("xco.ltd", False),
        ("shop.ltd", False),
        ("t.cn", False),
    ],
)
def test_company_form(raw: str, expected: bool) -> None:
    assert company_form(raw) is expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('<a href="https://www.gov.cn" title="t.cn/x">x</a>', "t.cn/x"),
        ("<a TITLE='t.cn/x' href=\"https://www.gov.cn\">x</a>", "t.cn/x"),
        ("<a href=https://www.gov.cn title=t.cn/x>x</a>", "t.cn/x"),
        ('[x](https://www.gov.cn "t.cn/x")', "t.cn/x"),
        ("[x](<https://www.gov.cn> 't.cn/x')", "t.cn/x"),
        ("![x](https://www.gov.cn/a.png (t.cn/x))", "t.cn/x"),
        ("[x](https://www.gov.cn)", None),
        ('<a href="https://www.gov.cn">x</a>', None),
        ("https://www.gov.cn", None),
        ('[1]: https://www.gov.cn "t.cn/x"', "t.cn/x"),
    ],
)
def test_link_titles(text: str, title: str | None) -> None:
    (span,) = scan_links(text)
    found = link_titles(text, span)
    assert [text[start:end] for start, end in found] == ([title] if title else [])


def test_an_image_has_a_title_and_an_alt_text() -> None:
    text = '<img alt="a" src="https://www.gov.cn/a.png" title="b">'
    (span,) = scan_links(text)
    assert [text[start:end] for start, end in link_titles(text, span)] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("领取地址 hxxps://t.cn/x 速抢", "领取地址  速抢"),
        ("见hxxp:/u.jd.com/x。", "见。"),
        ("见hxxp://www.t.cn/x", "见"),
        ("见 meow://t.cn/x", "见 "),
    ],
)
def test_a_defanged_scheme_goes_with_the_host(text: str, stripped: str) -> None:
    # no browser opens hxxps://, but the host after it is an address a reader types: the
    # scheme before it is no word of the sentence, and stays behind when the host goes alone
    assert strip_ad_links(text)[0] == stripped
    assert check(Post(title="通知", body=text)).post.body == stripped


def test_a_defanged_scheme_is_not_the_address() -> None:
    assert find_links("见hxxps://t.cn/x") == ["t.cn/x"]
    spans = scan_links("见hxxps://t.cn/x")
    assert [(s.start, s.url_start) for s in spans] == [(1, 9)]  # the construct takes hxxps://


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("<a href=\"javascript:location.href='https://t.cn/x'\">x</a>", ["https://t.cn/x"]),
        ('<a onclick="window.open(\'//u.jd.com/a\')" href="#">x</a>', ["//u.jd.com/a"]),
        ('<div style="background:url(https://t.cn/x)">x</div>', ["https://t.cn/x"]),
        ('<meta http-equiv="refresh" content="0;url=www.t.cn/x">', ["www.t.cn/x"]),
        # the href's own address is found once; a title is text (judged by check)
        ('<a href="https://www.gov.cn/" title="https://t.cn/x">x</a>', ["https://www.gov.cn/"]),
        ('<span title="第2//3页">x</span>', []),
        ("[x](tbopen://m.taobao.com/a)", ["tbopen://m.taobao.com/a"]),
        (
            '<a href="openapp.jdmobile://virtual?params=1">x</a>',
            ["openapp.jdmobile://virtual?params=1"],
        ),
        # (a mini-program hidden behind WeChat's encrypted URL Scheme, as behind wxaurl.cn)
        ('<a href="weixin://dl/business/?t=1">x</a>', ["weixin://dl/business/?t=1"]),
        ('<a href="weixin://dl/scan">x</a>', []),
        # an app link is read as a browser reads a URL: character references decoded, tabs
        # dropped, one slash or none after an app's own scheme, an intent with none (review
        # of red teams 55–56)
        ('<a data-href="tbopen&#58;//m.taobao.com/x">x</a>', ["tbopen://m.taobao.com/x"]),
        ('<a data-href="tbopen&#x3a;//m.taobao.com/x">x</a>', ["tbopen://m.taobao.com/x"]),
        ('<a data-href="tbopen&colon;//m.taobao.com/x">x</a>', ["tbopen://m.taobao.com/x"]),
        ('<a data-href="tbopen:&#47;&#47;m.taobao.com/x">x</a>', ["tbopen://m.taobao.com/x"]),
        ('<a href="tbopen&#58;//m.taobao.com/x">x</a>', ["tbopen://m.taobao.com/x"]),
        ('<a data-href="tbopen:/m.taobao.com/x">x</a>', ["tbopen:/m.taobao.com/x"]),
        ('<a data-href="kwai:work?id=1">x</a>', ["kwai:work?id=1"]),
        ('<a data-href="kw\tai://work?id=1">x</a>', ["kw\tai://work?id=1"]),
        ('<a data-href="intent:#Intent;scheme=kwai;end">x</a>', ["intent:#Intent;scheme=kwai;end"]),
        # in a formatting tag the fold drops, with no "//" (its scheme named by the tag's reader)
        ('<span data-href="kwai:work?id=1">x</span>', ["kwai:work?id=1"]),
        (
            '<span data-href="intent:#Intent;scheme=kwai;end">x</span>',
            ["intent:#Intent;scheme=kwai;end"],
        ),
        ('<span style="color:red" data-x="meow:x">x</span>', []),
        # a scheme no app has, or one named in a title, is none
        ('<a data-href="meow:work?id=1" style="color:red">x</a>', []),
        ('<a title="kwai:work?id=1" href="#">x</a>', []),
    ],
)
def test_addresses_in_other_attributes_and_app_links_are_found(text: str, urls: list[str]) -> None:
    assert urls == find_links(text)


def test_app_links_are_ads_by_their_scheme() -> None:
    policy = Policy.default()
    assert policy.classify_link("TBOPEN://m.taobao.com/a") == "ad"
    assert policy.classify_link("pinduoduo://com.xunmeng.pinduoduo/g.html") == "ad"
    assert policy.classify_link("weixin://dl/business/?t=1") == "ad"  # (as wxaurl.cn is)
    assert policy.classify_link("weixin://dl/scan") == "not_web"
    # an Android intent opens the app of its scheme (red team 55)
    intent = "intent://item.taobao.com/i?id=1#Intent;scheme=taobao;package=com.taobao.taobao;end"
    assert policy.classify_link(intent) == "ad"
    assert policy.classify_link("INTENT://x#Intent;SCHEME=PINDUODUO;end") == "ad"
    assert policy.classify_link("intent://www.gov.cn/#Intent;scheme=https;end") != "ad"
    assert policy.classify_link("snssdk1128://aweme/detail/1") == "ad"  # Douyin: as v.douyin.com
    # or of its package, when it names no app's scheme (review of red teams 55–56)
    assert policy.classify_link("intent://x#Intent;package=com.taobao.taobao;end") == "ad"
    assert policy.classify_link("intent:#Intent;component=com.smile.gifmaker/.Main;end") == "ad"
    assert policy.classify_link("intent://x#Intent;package=cn.gov.app;end") != "ad"


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        # an app's deep link in text: from its scheme, not the host-like words after it
        ("点击 tbopen://m.taobao.com/a?id=1 购买", ["tbopen://m.taobao.com/a?id=1"]),
        (
            "点击 openapp.jdmobile://virtual?params=%7B%7D。",
            ["openapp.jdmobile://virtual?params=%7B%7D"],
        ),
        (
            "点 pinduoduo://com.xunmeng.pinduoduo/g.html?goods_id=1",
            ["pinduoduo://com.xunmeng.pinduoduo/g.html?goods_id=1"],
        ),
        ("见 kwai://work/5?u=1，", ["kwai://work/5?u=1"]),
        ("ＴＢＯＰＥＮ：／／m.taobao.com/a 买", ["ＴＢＯＰＥＮ：／／m.taobao.com/a"]),  # as written
        ("intent://x#Intent;scheme=tmall;end 打开", ["intent://x#Intent;scheme=tmall;end"]),
        ('<span data-href="tmall://page.tm/i?id=1">x</span>', ["tmall://page.tm/i?id=1"]),
        # an app's own scheme with one slash or none, or a space before its colon; an intent
        # with no slashes (review of red teams 55–56)
        ("点击 tbopen:/m.taobao.com/x 购买", ["tbopen:/m.taobao.com/x"]),
        ("点击 tbopen:m.taobao.com/x 购买", ["tbopen:m.taobao.com/x"]),
        ("点击 tbopen:\\\\m.taobao.com/x 购买", ["tbopen:\\\\m.taobao.com/x"]),
        ("打开 kwai ://work?id=1", ["kwai ://work?id=1"]),
        ("打开 intent:#Intent;scheme=kwai;end", ["intent:#Intent;scheme=kwai;end"]),
        (
            "打开 intent://x#Intent;package=com.taobao.taobao;end",
            ["intent://x#Intent;package=com.taobao.taobao;end"],
        ),
        # a scheme named in prose, or one that opens no shop, is no app link
        ("伪造 taobao:// 协议", []),
        ("支持 taobao: 协议，taobao :// 亦然", []),
        ("weixin:dl/business/?t=1 与 meow:x.y 与 10:30", []),
        ("支持 weixin://dl/scan 协议", []),
        ("meow://x.y 与 mailto:a@b.cn", []),
    ],
)
def test_app_deep_links_in_text_are_found(text: str, urls: list[str]) -> None:
    assert urls == find_links(text)


def test_app_deep_links_as_written_are_ads() -> None:
    policy = Policy.default()
    assert policy.classify_link("ＴＢＯＰＥＮ：／／m.taobao.com/a") == "ad"
    assert policy.classify_link("tb\u200bopen://m.taobao.com/a") == "ad"


def test_app_deep_links_in_text_are_stripped_whole() -> None:
    assert strip_ad_links("点击 ｔｂ\u200bｏｐｅｎ：／／m.taobao.com/a 购买") == (
        "点击  购买",
        ["ｔｂ\u200bｏｐｅｎ：／／m.taobao.com/a"],
    )


@pytest.mark.parametrize(
    ("text", "url", "whole"),
    [
        # a user part the host expressions stop at: the link runs from the scheme
        ("详见https://政府网@t.cn/x", "t.cn/x", "https://政府网@t.cn/x"),
        ("详见 https://www.gov.cn。@t.cn/x", "t.cn/x", "https://www.gov.cn。@t.cn/x"),
        ("详见 https://中国政府网:@t.cn/x", "t.cn/x", "https://中国政府网:@t.cn/x"),
        ("详见 www.gov.cn（官方）@t.cn/x", "t.cn/x", "www.gov.cn（官方）@t.cn/x"),
        ("详见 hxxps://政府网@t.cn/x", "t.cn/x", "hxxps://政府网@t.cn/x"),  # a defanged scheme
        # a mail address with a path after its domain: from the address's start
        ("复制 gov.cn@t.cn/x 打开", "t.cn/x", "gov.cn@t.cn/x"),
    ],
)
def test_a_user_part_goes_with_the_host_after_it(text: str, url: str, whole: str) -> None:
    [span] = scan_links(text)
    assert (url, whole) == (span.url, text[span.start : span.end])


@pytest.mark.parametrize(
    "text",
    [
        "网址https://www.gov.cn，邮箱abc@163.com",  # the @ of a mail address's user part
        "邮箱：abc@163.com",
        "邮箱：abc@163.com/电话：010-12345678",  # no path after the slash
        "详见 https://www.gov.cn/a。@t.cn",  # the @ is the path's
        # the scheme is an earlier construct's: a Markdown link, an autolink, an <a>
        "[x](https://www.gov.cn)。@t.cn/x",
        "<https://www.gov.cn>。@t.cn/x",
        '<a href="https://www.gov.cn">x</a>。@t.cn/x',
    ],
)
def test_a_mail_address_or_a_path_keeps_its_at(text: str) -> None:
    found = [span.url for span in scan_links(text)]
    assert all("163.com" not in url and url != "t.cn" for url in found)


def test_a_mail_address_with_a_path_is_a_link_only_to_an_ad() -> None:
    [span] = scan_links("邮箱：abc@163.com/010-12345678")
    assert links.mail_with_path(span, "邮箱：abc@163.com/010-12345678")
    assert () == check(Post(title="通知", body="邮箱：abc@163.com/010-12345678")).findings
    [finding] = check(Post(title="通知", body="复制 gov.cn@t.cn/x 打开")).findings
    assert "ad.link_stripped" == finding.rule


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        # a Markdown destination is unescaped once: four backslashes are two on the page
        ("[领取](\\\\\\\\t.cn/x)", ["\\\\t.cn/x"]),
        ("[领取](\\\\t.cn/x)", []),  # one on the page: a path of the site
        # HTML has no escapes: a backslash before the query is a slash
        ('<a href="https://www.gov.cn\\@t.cn/">x</a>', ["https://www.gov.cn/@t.cn/"]),
        ('<a href="https://t.cn\\@www.gov.cn/?q=a\\b">x</a>', ["https://t.cn/@www.gov.cn/?q=a\\b"]),
    ],
)
def test_backslashes_in_markdown_and_html(text: str, urls: list[str]) -> None:
    assert urls == find_links(text)


def test_a_host_in_punycode_imitating_an_ad_host_is_an_ad() -> None:
    policy = Policy.default()
    assert "ad" == policy.classify_link("https://s.click.xn--tobao-4ve.com/t?e=1")
    assert "ad" == policy.classify_link("https://xn--bt-hoc.ly/x")
    assert "allowed" == policy.classify_link("https://xn--fiqs8sirgfmhq98a.xn--zfr164b/")
    assert "other" == policy.classify_link("https://xn--fiqs8s.xn--fiqs8s/")


@pytest.mark.parametrize(
    "body",
    [
        "详见<b>www.gov.cn</b>/zhengce/a.html",
        "详见www.<span>gov</span>.cn/a",
        "详见" + "".join(f"<span>{c}</span>" for c in "www.gov.cn") + "/a",
        "详见www.<wbr>gov.cn/a",
        "详见www<!-- x -->.gov.cn/a",
        "详见https://www.<span>gov</span>.cn/a",
        "详见www.gov.<span>cn</span>",
        '<section style="display:inline-block">详见www.gov.</section>'
        '<section style="display:inline-block">cn/zhengce</section>',
    ],
)
def test_a_host_split_by_inline_markup_is_judged_as_the_page_shows_it(body: str) -> None:
    """An editor's span per character, a bold host, a ``<wbr>`` or a comment inside a bare
    address: the link is the one the page shows — www.gov.cn, no link that opens nothing
    (red team 51)."""
    assert check(Post(id="p", title="t", body=body), Policy.default()).findings == ()


def test_another_host_split_by_inline_markup_warns_as_that_host() -> None:
    found = check(Post(id="p", title="t", body="见www.<b>example</b>.com/a"), Policy.default())
    assert [f.rule for f in found.findings] == ["link.other_host"]
    assert "www.example.com" in found.findings[0].message
    trap = check(Post(id="p", title="t", body="见www.gov.cn<b>.evil.com</b>/a"), Policy.default())
    assert [f.rule for f in trap.findings] == ["link.other_host"]


def test_a_link_broken_by_full_width_characters_names_the_host_it_was_meant_for() -> None:
    """ｗｗｗ．ｇｏｖ．ｃｎ／ａ opens nothing (a browser reads ／ as part of the host): the
    warning says so and which host it should be, not that the host cannot be checked."""
    found = check(
        Post(id="p", title="t", body="详见 ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ"), Policy.default()
    )
    (finding,) = found.findings
    assert finding.rule == "link.unparsable"
    assert "全角" in finding.message
    assert "www.gov.cn" in finding.message
    broken = check(Post(id="p", title="t", body="见 http://www.gov.cn../a"), Policy.default())
    assert "无法核验其域名" in broken.findings[0].message


@pytest.mark.parametrize(
    ("body", "host"),
    [("详见 &#119;ww.gov.cn/a", None), ("详见 &#119;ww.example.com/a", "www.example.com")],
)
def test_a_bare_link_with_a_character_reference_is_judged_as_the_page_shows_it(
    body: str, host: str | None
) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    if host is None:
        assert findings == ()
    else:
        (finding,) = findings
        assert finding.rule == "link.other_host"
        assert host in finding.message
        assert finding.excerpt == body.removeprefix("详见 ")  # as written


# -- titles and alt texts of tags that hold no link (red team 14) --------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ('<img src="x.png" alt="t.cn/A">', ["t.cn/A"]),
        ("<img src=x alt=t.cn/A>", ["t.cn/A"]),
        ("<a title='t.cn/A'>x</a>", ["t.cn/A"]),
        ('<span TITLE="a" class="b">x</span><img alt="c">', ["a", "c"]),
        ('<img src="x.png">', []),
        # a quoted value may hold a ">" (review 51a's F6); an unquoted one ends there
        ('<p style="a>b" title="c">x</p>', ["c"]),
        ("<p title='a>b c'>x</p>", ["a>b c"]),
        ("<p class=a>b title=c>x</p>", []),
        ('<p data-tooltip="d" data-title=e>x</p>', ["d", "e"]),
        ('alt="t.cn/A" 不在标签里', []),
        ("a < b, title = c", []),
    ],
)
def test_tag_titles(text: str, titles: list[str]) -> None:
    assert [text[start:end] for start, end in tag_titles(text, [])] == titles


def test_tag_titles_skip_the_tags_of_links() -> None:
    text = '<a href="https://www.gov.cn" title="a">x</a><img src="b.png" alt="c">'
    assert [text[s:e] for s, e in tag_titles(text, scan_links(text))] == ["c"]


def test_an_anchor_with_a_tag_glued_to_a_value_is_a_link_whose_title_is_read() -> None:
    # left29b: the <b> glued after the title's quote is the anchor's next attribute's name
    # (WHATWG), no tag: the scanner reads the anchor as a link — its title is the link's, not a
    # tag title's — and the title's spelled-out ad host blocks; its host is no link of the text
    text = '<a href="https://www.gov.cn/" title="详见u.jd.com/x"<b>中国政府网</a>'
    assert [text[s:e] for s, e in tag_titles(text, scan_links(text))] == []
    findings = check(Post(id="p", title="t", body=text), Policy.default()).findings
    assert {f.rule for f in findings} == {"ad.spelled_link"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>ai lt=e\"'/x.cnTA", max_size=60))
def test_tag_titles_lie_inside_tags(text: str) -> None:
    for start, end in tag_titles(text, []):
        assert 0 < start <= end <= len(text)
        opening = opening_tag(text, start)
        assert opening != -1
        # (outside quotes: a quoted value may hold a ">", and a "<": left27b)
        assert ">" not in re.sub(r"=\s*(?:\"[^\"]*\"|'[^']*')", "=", text[opening:start])
        assert ">" not in text[start:end] or text[start - 1] in "\"'"


@pytest.mark.parametrize(
    "body",
    [
        '<img src="x.png" alt="ｔ．\u200bｃｎ／AbCd">',
        '<a title="t.cn/AbCd">详情</a>',
        '<span title="u.jd.com/x">国务院</span>',
    ],
)
def test_an_ad_host_in_a_tag_without_a_link_blocks(body: str) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert [f.rule for f in findings] == ["ad.spelled_link"]


# -- fix 131: the tooltips of formatting tags, which the fold drops (red team 89) ----------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('。<span title="机密★10年">附注</span>', ["机密★10年"]),
        ("<ABBR class=n TITLE='内部资料'>x</ABBR>", ["内部资料"]),
        ('<b aria-label="此件不予公开" title=x>y</b>', ["此件不予公开", "x"]),
        # a tooltip library's data-title is a tooltip (review 51a's F4); a data-note shown to no one
        ('<font data-title="机密" data-note="机密">x</font>', ["机密"]),
        ("<i data-tooltip='a' data-tip=b data-original-title=\"c\">x</i>", ["a", "b", "c"]),
        # a quoted ">" ends no tag (review 51a's F6)
        ('<span style="a>b" title="c">x</span>', ["c"]),
        ('<span title="">x</span><span title=" ">y</span>', []),
        ('<p title="机密★">x</p><img alt="机密★">', []),  # kept by the fold: read there
        ('<span title="a">x</span>title="b"', ["a"]),
        ("<span " + "x" * 300 + ' title="a">x</span>', []),  # a tag the fold keeps
    ],
)
def test_tooltips(text: str, shown: list[str]) -> None:
    assert [text[start:end] for start, end in tooltips(text)] == shown


@pytest.mark.parametrize(
    ("body", "rule", "written"),
    [
        ('区政府召开会议。<span title="机密★10年">附注</span>。', "secrecy.marking", "机密★10年"),
        ('<abbr title="內部資料">附注</abbr>', "secrecy.internal", "內部資料"),
        ('<font title="联系电话13812345678">联系人</font>', "personal.mobile", "13812345678"),
        ("<i aria-label='（此件不公开）'>注</i>", "disclosure.not_public", "（此件不公开）"),
    ],
)
def test_a_tooltip_is_read_at_the_editors_characters(body: str, rule: str, written: str) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    found = [f for f in findings if f.rule == rule]
    assert len(found) == 1
    assert body[found[0].offset or 0 :].startswith(written)
    assert "13812345678" not in found[0].excerpt


def test_a_tooltip_is_read_apart_from_the_words_its_tag_formats() -> None:
    body = '机<span title="说明">密</span>★10年，<span title="说明">内部</span>资料'
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert sorted(f.rule for f in findings) == ["secrecy.internal", "secrecy.marking"]


@pytest.mark.parametrize(
    "body",
    [
        '<abbr title="机密级">机密</abbr>文件的保密期限一般不超过20年。',
        '<abbr title="绝密">绝密</abbr>、<abbr title="机密">机密</abbr>、<abbr title="秘密">秘密</abbr>三个密级',
        '<span title="秘密">M</span>级文件的保管',
        '<span title="机密">机密</span>文件管理办法（保密教育课件）',
        '<p title="秘密">M</p>级文件的保管',
    ],
)
def test_a_level_word_alone_in_a_tooltip_is_no_marking(body: str) -> None:
    # (mend 49b: a level's name alone in a tooltip glosses the words; a <p title> quotes it)
    assert not check(Post(id="p", title="t", body=body), Policy.default()).findings


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<span title="机密★10年">机密</span>文件管理办法', {"secrecy.marking"}),
        ('<em title="此件不予公开">已印发</em>', {"disclosure.not_public"}),
        ('<span title="不予公开的情形">x</span>', {"secrecy.sensitive_term"}),
        # a note of its own, as a line holding it is (a <p title> quotes it: no note)
        ('<span title="秘密 10年">说明</span>', {"secrecy.marking"}),
        ('<abbr title="依申请公开">x</abbr>', {"disclosure.on_request"}),
    ],
)
def test_a_tooltip_still_reads_as_a_text_of_its_own(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ('<span title="13812345678">内部资料</span>', "secrecy.internal"),
        ('机<span title="13812345678">密</span>★5年', "secrecy.marking"),
        ('<i title="13812345678">注</i>：此件不公开', "disclosure.not_public"),
    ],
)
def test_a_tooltips_number_is_hidden_in_every_excerpt(body: str, rule: str) -> None:
    # (review 49's L1: the tooltip's masks join those of the field it is in)
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == {rule, "personal.mobile"}
    for finding in findings:
        assert not any(digits in finding.excerpt for digits in ("1234", "3812", "5678 "))
        assert "12345678" not in finding.message


@pytest.mark.parametrize(
    "body",
    [
        '<span title="手机13812345678">王</span>310104198511223688',
        '<span title="手机13812345678">王</span>x13912345678',
        '<span title="手机13812345678">王</span>，护照号E12345678',
        '<span title="手机13812345678">王</span>，https://www.gov.cn/a?tel=13912345678',
        '310104198511223688<b title="13812345678">王</b>',
    ],
)
def test_a_tooltips_number_is_hidden_in_the_fields_personal_excerpts(body: str) -> None:
    # (left25: a number's own finding beside a tooltip showed two of its digits, …78">王)
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert len([f for f in findings if f.rule.startswith("personal.")]) == 2
    for finding in findings:  # (no digit of the tooltip's unmasked beside its quote or "…")
        excerpt = finding.excerpt
        for run in re.finditer(r"[0-9*]+", excerpt):
            beside = excerpt[run.start() - 1 : run.start()] + excerpt[run.end() : run.end() + 1]
            assert "*" in run.group() or not set(beside) & set('"…'), finding


# -- left25: a kept tag's title (<p title>, <img alt>) read as a tooltip is ---------------


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<p title="依申请公开">王</p>', {"disclosure.on_request"}),
        ('<div title="依申请公开">王</div>', {"disclosure.on_request"}),
        ('<td title="此件依申请公开">王</td>', {"disclosure.on_request"}),
        ('<img src="a.png" alt="依申请公开">', {"disclosure.on_request"}),
        ('<p title="此件不予公开">王</p>', {"disclosure.not_public", "secrecy.sensitive_term"}),
        ('<p title="秘密 10年">王</p>', {"secrecy.marking"}),
        ('<p title="注意保存 会后收回">王</p>', {"secrecy.internal"}),
        # read in place already, once
        ('<p title="（此件依申请公开）">王</p>', {"disclosure.on_request"}),
        ('<div title="公开属性：依申请公开">x</div>', {"disclosure.on_request"}),
        ('<p title="机密★10年">王</p>', {"secrecy.marking"}),
        ('<p title="内部资料">王</p>', {"secrecy.internal"}),
        ('<p title="手机13812345678">王</p>', {"personal.mobile"}),
        # the tooltip's twins, unchanged
        ('<span title="依申请公开">王</span>', {"disclosure.on_request"}),
        ('<span title="秘密 10年">王</span>', {"secrecy.marking"}),
    ],
)
def test_a_kept_tags_title_reads_as_a_tooltip_does(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert sorted(f.rule for f in findings) == sorted(rules)


@pytest.mark.parametrize(
    "body",
    [
        '<p title="秘密">M</p>级文件的保管',  # a level's name alone glosses the words
        '<p title="主动公开">王</p>',
        '<img src="a.png" alt="依申请公开的办理流程图">',  # prose
        '<p title="依申请公开的办理流程">王</p>',
        '<a href="https://www.gov.cn/a" title="说明">王</a>',
    ],
)
def test_a_kept_tags_title_of_prose_stays_clean(body: str) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert [f.rule for f in findings if f.rule.startswith(("disclosure.", "secrecy."))] == []


# -- left26b: review 51a's F5–F7 (quoted angles, bare notes, tooltip libraries, bare hosts) ---


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # a quoted ">" before the title ends no tag (F6)
        (
            '<p style="a>b" title="此件不予公开">王</p>',
            {"disclosure.not_public", "secrecy.sensitive_term"},
        ),
        ("<td data-x='a>b' title='依申请公开'>王</td>", {"disclosure.on_request"}),
        ('<span style="a>b" title="此件不予公开">王</span>', {"disclosure.not_public"}),
        # a tooltip library's attribute reads as a title (F4)
        (
            '<p data-tooltip="此件不予公开">王</p>',
            {"disclosure.not_public", "secrecy.sensitive_term"},
        ),
        ('<p data-original-title="依申请公开">王</p>', {"disclosure.on_request"}),
        ('<b data-tip="秘密 10年">王</b>', {"secrecy.marking"}),
        # 不公开 alone labels an icon or a column (F5); a note's form still blocks
        ('<p><img alt="不公开" src="lock.png">个人隐私信息不公开</p>', set()),
        ('<th title="不公开">姓名</th>', set()),
        # (on a <span>, <em> or <p> round the words it is the note all the same: review 53)
        ('<span title=" 不公开 ">姓名</span>', {"disclosure.not_public"}),
        # an icon excused only when empty; a cell with words is the note (review 54)
        ('<i title="不公开"></i>正文', set()),
        ('<i title="不公开">请各单位遵照执行。</i>', {"disclosure.not_public"}),
        # review 55: only its own close tag ends an icon; blanks, one glyph, a comment or one
        # <use> leave it empty
        ('<i title="不公开"></b>本件内容', {"disclosure.not_public"}),
        ('<svg title="不公开"></i>本件内容', {"disclosure.not_public"}),
        ('<i title="不公开" data-x="></i>">本件内容</i>', {"disclosure.not_public"}),
        ('<svg class="icon" title="不公开"><use xlink:href="#icon-lock"></use></svg>', set()),
        ('<svg title="不公开"><use href="#x"/></svg>正文', set()),
        ('<i class="iconfont" title="不公开">&#xe600;</i>正文', set()),
        ('<i title="不公开">&nbsp;</i>', set()),
        ('<i title="不公开"><!-- x --></i>正文', set()),
        ('<i title="不公开">&#x672c;&#x4ef6;</i>', {"disclosure.not_public"}),
        ('<svg title="不公开"><use href="#x"/><text>本件</text></svg>', {"disclosure.not_public"}),
        ('<td title="不公开">附件3：人员名单</td>', {"disclosure.not_public"}),
        ('<img alt="不予公开" src="lock.png">', {"secrecy.sensitive_term"}),
        ('<em title="不予公开">附件</em>', {"disclosure.not_public"}),
        ("<span title=不予公开>附件</span>", {"disclosure.not_public"}),
        ('<p title="此件不公开">王</p>', {"disclosure.not_public"}),
        ('<p title="（不予公开）">王</p>', {"disclosure.not_public"}),
        ('<td title="公开属性：不公开">王</td>', {"disclosure.not_public"}),
        ('<span title="此件不公开">王</span>', {"disclosure.not_public"}),
    ],
)
def test_left26b_titles(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules


# -- left27b: a "<" inside an attribute's value (HTML allows it; browsers show the title) -----


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<p title="不得公开" data-y="a<b">正文</p>', {"disclosure.not_public"}),
        ('<p title="不公开" data-y="a<b">附件</p>', {"disclosure.not_public"}),
        ("<p title='不公开' data-y='a<b'>附件</p>", {"disclosure.not_public"}),
        ('<p title="不公开" data-y=a<b>附件</p>', {"disclosure.not_public"}),
        # a "<" in a value is no tag: not a header's nor a picture's (_labels_an_icon)
        ('<p data-y="x<td" title="不公开">附件</p>', {"disclosure.not_public"}),
        ('<p data-y="x<th" title="不公开">附件</p>', {"disclosure.not_public"}),
        ('<p data-y="x<img" title="不公开">附件</p>', {"disclosure.not_public"}),
        ('<span title="不公开" data-y="a<b">附件</span>', {"disclosure.not_public"}),
        ('<p title="依申请公开" data-y="a<b">王</p>', {"disclosure.on_request"}),
        ('机<span data-y="a<b">密</span>★10年', {"secrecy.marking"}),
        ('3<5 <p title="不公开">附件</p>', {"disclosure.not_public"}),
        # still a picture's or a header's label, a "<" in a value or not
        ('<img data-y="x<p" alt="不公开">', set()),
        ('<th data-y="x<p" title="不公开">姓名</th>', set()),
        ('<i title="不公开" data-y="a<b"></i>', set()),
        # what a value holding a "<" holds is read, a style's too
        ('<p style="a>手机13812345678</p><p style="b">x</p>', {"personal.mobile"}),
        # a note or a marking alone after a block's opening tag of any length (HTML_BLOCK_OPEN)
        ('<p title="a<b">不得公开</p>', {"disclosure.not_public"}),
        ('<p title="a>b">不得公开</p>', {"disclosure.not_public"}),
        (
            '<p style="color:red;margin:0 auto;line-height:2">此件不公开</p>',
            {"disclosure.not_public"},
        ),
        ('<p style="color:red;margin:0 auto;line-height:2">秘密</p>', {"secrecy.marking"}),
        # (eight values holding a "<" at most: a limit, for linear time)
        ('<p title="不公开"' + ' data-y="a<b"' * 8 + ">附件</p>", {"disclosure.not_public"}),
    ],
)
def test_left27b_a_value_may_hold_an_opening_angle(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ('<p title="a" data-y="x<b">y</p>', ["a"]),
        ('<p data-y="x<b" title="a">y</p>', ["a"]),
        ("<p data-y='x<b' title=a>y</p>", ["a"]),
        ('<p title="a<b c">y</p>', ["a<b c"]),
        # a quote left open reaches 300 characters, then is a character (as before)
        ('<p data-y="x<' + "z" * 300 + '" title="a">y</p>', []),
        ('<p data-y="x' + "z" * 300 + '" title="a">y</p>', ["a"]),
    ],
)
def test_left27b_tag_titles(text: str, titles: list[str]) -> None:
    assert [text[start:end] for start, end in tag_titles(text, [])] == titles


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        # a host with no scheme where a page opens a value (F7)
        ('<p style="background:url(t.cn/x)">x</p>', ["t.cn/x"]),
        ("<p style=\"background:url('u.jd.com/x')\">x</p>", ["u.jd.com/x"]),
        ("<p onclick=\"location='t.cn/x'\">x</p>", ["t.cn/x"]),
        (
            "<p onclick=\"window.open('s.click.taobao.com/t?e=1')\">x</p>",
            ["s.click.taobao.com/t?e=1"],
        ),
        ('<p data-url="t.cn/x">x</p>', ["t.cn/x"]),
        ('<span data-url="t.cn/x">x</span>', ["t.cn/x"]),
        ('<p data-url="beijing.gov.cn/x">x</p>', ["beijing.gov.cn/x"]),
        # elsewhere a name: a font, a class, an id, a file, a script's own words
        ('<p style="font-family:t.cn">x</p>', []),
        ('<p class="t.cn" id="u.jd.com">x</p>', []),
        ('<p data-file="report.zip" data-src="logo.png">x</p>', []),
        ('<p onclick="f(this.value)" data-v="1.5">x</p>', []),
        # a data-* host with no path names an editor (red team 92): 秀米, 壹伴
        ('<section data-mpa-powered-by="yiban.io">x</section>', []),
        ('<section data-from="xiumi.us">x</section>', []),
        # left27b: a port, a space before the host; an ad or short link's host alone in a
        # link's data-* name (any other host alone, or in another name, names something)
        ('<p data-href="u.jd.com:8080/x">x</p>', ["u.jd.com:8080/x"]),
        ('<p data-href="u.jd.com:8080">x</p>', ["u.jd.com:8080"]),
        ('<p data-href=" u.jd.com/x">x</p>', ["u.jd.com/x"]),
        ('<p data-href="u.jd.com">x</p>', ["u.jd.com"]),
        ('<span data-url="s.click.taobao.com">x</span>', ["s.click.taobao.com"]),
        ("<p data-jump-link='t.cn'>x</p>", ["t.cn"]),
        ('<p data-href="example.com">x</p>', []),
        ('<p data-note="t.cn" data-from="u.jd.com">x</p>', []),
    ],
)
def test_a_bare_host_where_a_page_opens_a_value_is_a_link(text: str, urls: list[str]) -> None:
    assert find_links(text) == urls


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<p data-href="s.click.taobao.com/t?e=1">活动</p>', {"ad.link_stripped"}),
        ('<p data-url="beijing.gov.cn/zhengce">政策</p>', set()),
        ('<p style="font-family:t.cn">活动</p>', set()),
    ],
)
def test_a_bare_host_in_an_attribute_is_judged_as_its_https_form(
    body: str, rules: set[str]
) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules


# -- red team 18: schemes written wrong, encoded and in scripts --------------------------


@pytest.mark.parametrize(
    ("text", "links"),
    [
        # a whole address percent-encoded: one link from its scheme, read decoded (the host
        # scan alone found "2Ft.cn", whose host 2ft.cn is no ad host)
        ("详见 https%3A%2F%2Ft.cn%2Fx 领取", ["https://t.cn/x"]),
        (
            "详见https%3a%2f%2fs.click.taobao.com%2ft%3fe%3d1。",
            ["https://s.click.taobao.com/t?e=1"],
        ),
        ("HTTP%3A%2F%2Fwww.example.com%2Fa", ["HTTP://www.example.com/a"]),
        ("https%253A%252F%252Ft.cn%252Fx", ["https://t.cn/x"]),  # encoded twice
        ("编码后为%2Ft.cn", ["2Ft.cn"]),  # no encoded scheme before it: read as written
        # a scheme and its slashes alone, or before one CJK word, is prose
        ("网址以“https://”开头", []),
        ("在浏览器地址栏输入https://后再输入网址", []),
        ("http://与https://的区别", []),
        ("http://中国政府网.政务/", ["http://中国政府网.政务/"]),  # a dot: an IDN host
        ("https:///t.cn/x", ["https:///t.cn/x"]),  # an empty host with a path: t.cn
        # a script destination's address is the link (a renderer refuses javascript: and
        # shows the text, which a linkifier links)
        ("[点此](javascript:location='//t.cn/x')", ["//t.cn/x"]),
        ("[点此](javascript:window.open('https://t.cn/x'))", ["https://t.cn/x"]),
        ("[点此](javascript:void(0))", []),
    ],
)
def test_red_team_18_links(text: str, links: list[str]) -> None:
    assert links == find_links(text)


def test_an_encoded_address_is_stripped_whole() -> None:
    result = check(
        Post(id="p", title="t", body="详见 https%3A%2F%2Ft.cn%2Fx 领取"), Policy.default()
    )
    assert ["ad.link_stripped"] == [f.rule for f in result.findings]
    assert "（t.cn）" in result.findings[0].message
    assert "详见  领取" == result.post.body


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("详见 ht\u200btps://www.example.com/a", "www.example.com"),
        ("详见 ht\u00adtps://www.gov.cn/a", "www.gov.cn"),
    ],
)
def test_a_link_with_a_broken_scheme_names_the_host_it_was_meant_for(body: str, host: str) -> None:
    (finding,) = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert finding.rule == "link.unparsable"
    assert f"应指向 {host}" in finding.message
    assert "https，" not in finding.message


@pytest.mark.parametrize(
    "url",
    [
        "ht\u200btps://t.cn/x",
        "ht\u2060tps://t.cn/x",
        "https;//t.cn/x",
        "https ://t.cn/x",
        "https&#58;//t.cn/x",
        "https%3A%2F%2Ft.cn%2Fx",
        "ｈｔｔｐｓ：／／ｔ．ｃｎ／ｘ",
    ],
)
def test_a_source_with_a_broken_scheme_names_the_host_it_was_meant_for(url: str) -> None:
    post = Post(id="p", title="t", body="正文", source=Source(name="某网站", url=url))
    (finding,) = check(post, Policy.default()).findings
    assert finding.rule == "source.not_allowed"
    assert "应指向 t.cn" in finding.message
    assert "t.cn 也不是党政机关网站" in finding.message


def test_a_source_unit_with_a_broken_scheme_is_no_impersonation() -> None:
    post = Post(
        id="p",
        title="t",
        body="正文",
        source=Source(name="新华网", url="ht\u200btps://www.news.cn/a"),
    )
    (finding,) = check(post, Policy.default()).findings
    assert finding.rule == "source.not_allowed"  # the address opens nothing: still blocks
    assert "应指向 www.news.cn" in finding.message
    assert "也不是" not in finding.message


def test_an_ad_read_through_a_reference_names_no_redirect_to_itself() -> None:
    (finding,) = check(
        Post(id="p", title="t", body="详见 https&#58;//t.cn/x"), Policy.default()
    ).findings
    assert finding.rule == "ad.link_stripped"
    assert "经跳转" not in finding.message


@pytest.mark.parametrize(
    ("written", "url"),
    [
        ("*t．*cn/RPm", "t．cn/RPm"),
        ("www*。gov*。cn", "www。gov。cn"),
        ("u。jd*。com/x*y", "u。jd。com/xy"),
    ],
)
def test_a_bare_address_drops_the_asterisks_of_italics(written: str, url: str) -> None:
    """Half of an italic pair inside a bare address (the other half before it) is no
    character of the address the page shows."""
    assert [url] == find_links(written)


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        ("net/base/url_util.cc and main.cc", "main.cc", True),  # another source file on the line
        ("编译main.cc和util.h", "main.cc", True),
        ("the file main.cc", "main.cc", True),  # a word for a file before it
        ("main.cc 文件", "main.cc", True),  # … or after it
        ("在main.cc中的函数", "main.cc", True),
        ("修改 `main.cc` 即可", "main.cc", True),  # a code span
        ("详见 main.cc", "main.cc", False),  # no cue: sites live on .cc (reurl.cc)
        ("Best.pt", "Best.pt", True),  # a capital first, as a sentence starts
        ("BEST.PT", "BEST.PT", False),  # all in capitals: how hosts are disguised
    ],
)
def test_code_files_beside_their_cues(text: str, raw: str, name: bool) -> None:
    """A ``.cc`` name is C++ only beside a cue; ``.pt`` and ``.ps`` always (red team 36)."""
    start = text.index(raw)
    assert name is code_name(raw, text, start, start + len(raw))


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("M.Sc", True),
        ("B.Sc", True),
        ("B.Tech", True),
        ("M.Com", True),
        ("m.sc", False),  # in small letters, as hosts are written
        ("M.SC", False),  # all in capitals, as hosts are disguised
        ("B.COM", False),
        ("X.Sc", False),  # no such degree
    ],
)
def test_degree_abbreviations(raw: str, word: bool) -> None:
    assert word is abbreviation(raw)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("报名网址-t.cn/AbC12", "t.cn/AbC12"),
        ("报名网址.t.cn/AbC12", "t.cn/AbC12"),
        ("报名网址．t.cn/AbC12", "t.cn/AbC12"),  # a full-width full stop is a dot
        ("链接--u.jd.com/AbC", "u.jd.com/AbC"),
        ("abc-t.cn/x", "abc-t.cn/x"),  # a hyphen inside a label stays the host's
    ],
)
def test_no_host_starts_with_a_hyphen_or_a_dot(text: str, url: str) -> None:
    """A dot or hyphen glued to CJK text before a host starts no label of it (red team 35):
    the host is what follows, as a linkifier links it."""
    assert find_links(text) == [url]


@pytest.mark.parametrize("text", ["版本-v1.2.3", "文件-readme.md", "1-2.5倍", "京东.com"])
def test_a_hyphen_or_dot_before_no_host_finds_nothing(text: str) -> None:
    assert find_links(text) == []


@pytest.mark.parametrize(
    ("text", "raw", "name"),
    [
        ("修改 util.h 后，访问 abc.cc 领取福利", "abc.cc", False),  # a visit word: a site
        ("修改 util.h 后，访问︰abc.cc 领取福利", "abc.cc", False),  # (any colon: review 48)
        ("请修改源码︰url_util.cc", "url_util.cc", True),
        ("编译 main.cc，登录 promo.cc", "promo.cc", False),
        ("访问 promo.pt", "promo.pt", False),
        ("下载 model.pt", "model.pt", True),  # (a download: a file)
        ("编译 main.cc 和 util.h", "main.cc", True),
    ],
)
def test_a_visit_word_makes_a_file_name_a_host(text: str, raw: str, name: bool) -> None:
    """``访问 abc.cc``: a word that sends the reader to a site outweighs a source file on the
    line, which anyone can put there (red team 40)."""
    start = text.index(raw)
    assert name is code_name(raw, text, start, start + len(raw))


@pytest.mark.parametrize(
    ("text", "warns"),
    [
        ("请访问 B.Com 领取红包", True),  # a visit word: b.com is a host to go to
        ("登录 M.Tech 查看成绩", True),
        ("李四，B.Com，注册会计师", False),  # a degree in a CV line
        ("M.Tech 学位", False),
    ],
)
def test_a_degree_after_a_visit_word_is_a_host(text: str, warns: bool) -> None:
    """A degree's shape right after ``访问``/``登录`` is a host (red team 40): ``sent_to``."""
    rules = [f.rule for f in check(Post(title="通知", body=text)).findings]
    assert (rules == ["link.other_host"]) is warns
    start = text.index(".") - 1
    assert sent_to(text, start) is warns


def test_the_cheap_test_before_mail_written_around_hides_no_sign() -> None:
    """``_no_sign_before`` answers for the character right before a host without NFKC: where
    it says no stand-in for "@" ends there, the full search finds none, whatever the character
    (every BMP character, after user names that end as a sign's user part does)."""
    search = mail._mail_at_sign().search
    heads = ("tougao", "tougao#", "tougao(at", "tougao [at", "tougao A", "a★", "a ", "a\u3000")
    for point in range(0x10000):
        char = chr(point)
        if 0xD800 <= point <= 0xDFFF or not mail._no_sign_before(char):
            continue
        for head in heads:
            assert search(unicodedata.normalize("NFKC", head + char)) is None, (head, char)


# -- red team 44: a number ending a Chinese sentence, an English one starting after it ------


@pytest.mark.parametrize(
    ("raw", "prose"),
    [
        ("00。Office", True),  # 工作时间9:00—18:00。Office hours: …
        ("1234。Email", True),  # 电话 8768 1234。Email: …
        ("3.5。Contact", True),
        ("00。office", False),  # a host is written in lower case
        ("163。COM", False),  # … or in capitals
        ("00。Office/x", False),  # a path follows
        ("a1。Office", False),  # no number
        ("163.Com", False),  # an ASCII dot: no sentence ends there
    ],
)
def test_number_then_word(raw: str, prose: bool) -> None:
    assert prose is number_then_word(raw)


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("工作时间为工作日9:00—18:00。Office hours: 9:00–18:00, Monday to Friday.", set()),
        ("电话 Tel: +86 571 8768 1234。Email: invest@hhtz.gov.cn", set()),
        ("截止时间18:00。office/x", {"link.other_host"}),
        ("截止时间18:00。详见u.jd.com/abc", {"ad.link_stripped"}),
    ],
)
def test_a_number_and_an_english_sentence_are_no_other_site(body: str, rules: set[str]) -> None:
    assert rules == {f.rule for f in check(Post(title="通知", body=body)).findings}


# -- red team 49: a decimal ending a sentence, a suffix's name opening the next in Chinese ---


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("增速3.5。CN域名注册量持续增长。", set()),
        ("占比12.08。com域名仍居首位。", set()),
        ("增速3.5。cn/x", {"link.other_host"}),  # a path: a host
        ("163。COM邮箱", {"link.other_host"}),  # no decimal: 163.com
        ("增速3.5。详见3。cn/AbCd", {"ad.link_stripped"}),  # JD's 3.cn still stripped
        # a word that sends the reader there: a host to go to (fix49)
        ("请访问3.5。cn获取优惠", {"link.other_host"}),
        ("点击0.1。vip领红包", {"link.other_host"}),
        ("登录1.2。cc领取", {"link.other_host"}),
        ("详见12.08。com官网", {"link.other_host"}),
    ],
)
def test_a_decimal_and_a_suffix_name_are_no_other_site(body: str, rules: set[str]) -> None:
    assert rules == {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    ("raw", "after", "prose"),
    [
        ("3.5。CN", "域", True),
        ("3.5。cn", "域", True),
        ("3.5。CN", "", False),  # nothing after: no sentence going on in Chinese
        ("3.5。CN", " ", False),
        ("3.5。Cn", "域", False),  # mixed case
        ("35。CN", "域", False),  # no decimal
        ("a.5。CN", "域", False),
    ],
)
def test_decimal_then_suffix(raw: str, after: str, prose: bool) -> None:
    assert prose is decimal_then_suffix(raw, raw + after, len(raw))


# -- red team 81: a token ending a sentence, an acronym that is a suffix opening the next ---


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("推进5G。AI应用在政务服务中落地。", set()),
        ("服务热线12345。IT运维由区大数据中心负责。", set()),
        ("发展4K。TV产业", set()),
        ("163。COM邮箱", {"link.other_host"}),  # .com is no acronym of prose: 163.com
        ("请访问5G。AI获取", {"link.other_host"}),  # a word sends the reader there
        ("推进5G。AI。", {"link.other_host"}),  # nothing in Chinese goes on after it
        ("详见t。cn/A6abc应用", {"ad.link_stripped"}),  # a shortener is stripped as ever
    ],
)
def test_a_token_and_an_acronym_are_no_other_site(body: str, rules: set[str]) -> None:
    assert rules == {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    ("raw", "after", "prose"),
    [
        ("5G。AI", "应", True),
        ("12345。IT", "运", True),
        ("5G。AI", "", False),
        ("5G。AI", "。", False),
        ("5G。COM", "应", False),  # not a listed acronym
        ("5g。ai", "应", False),  # written in lower case: a host
        ("5G.AI", "应", False),  # an ASCII dot: a host
        ("A.5G。AI", "应", False),  # two labels
    ],
)
def test_token_then_acronym(raw: str, after: str, prose: bool) -> None:
    assert prose is token_then_acronym(raw, raw + after, 0, len(raw))


# -- fix 127 (red team 87's d1): a plate, a code or a person's number, then 。 and an acronym ------


@pytest.mark.parametrize(
    ("raw", "after", "prose"),
    [
        ("AE3342。SC", "编", True),  # 食品生产许可 SC编号
        ("AE3342。VIN", "：", True),  # a label's colon
        ("AE3342。VIN", ":L", True),
        ("A1203。ICU", "床", True),
        ("SL2024001。CA", "证", True),
        ("5G。AI", ":8080", False),  # a port
        ("AE3342。SC", "，", False),  # a comma opens no sentence (2.0。CN，)
    ],
)
def test_the_names_a_notice_lists_are_acronyms_of_prose(raw: str, after: str, prose: bool) -> None:
    assert prose is token_then_acronym(raw, raw + after, 0, len(raw))


# -- mend 47c (review 47's F5): a brand's token before .vip, .app or .fm is a host ------------


@pytest.mark.parametrize(
    ("before", "raw", "after", "prose"),
    [
        ("加入", "AB88。VIP", "享", False),  # letters and digits: a betting site's name
        ("加入", "AB88。VIP", "：", False),
        ("扫码下载", "DD88。APP", "领", False),
        ("扫码关注", "XY66。FM", "直", False),
        ("", "CCTV5。APP", "下", True),  # no word sends the reader there (review 48)
        ("号牌号码：京", "AE3342。APP", "下", True),  # a plate (a province, a letter, five more)
        ("号牌号码：京", "AE3342。VIP", "会", True),
        ("京", "AE3342。APP", "下", True),
        ("沪", "AD12345。APP", "下", True),  # a new-energy plate's eight characters
        ("受理编号：", "SL2024001。APP", "下", True),  # a code after its label's colon
        ("编号: ", "A1203。FM", "频", True),
        ("推进", "5G。AI", "应", True),  # .ai: no ad site's suffix of the list
        ("开通", "ETC。APP", "下", True),  # letters alone: an acronym of prose
        ("服务热线", "12345。APP", "下", True),  # digits alone: a number of prose
        ("全新", "AB88。VIP", "享", True),  # (review 48: no join word, no lure)
        ("全新", "AB88。VIP", "享受返利", False),  # a lure after it; too short for a plate
        # review 48: a token is a site's name by a word beside it, not by its letters
        ("加入", "XPJ。VIP", "享受返利", False),
        ("加入", "8888。VIP", "享受返利", False),
        ("扫码下载", "BET。APP", "领红包", False),
        ("注册", "HG。VIP", "送彩金", False),
        ("全面推进", "5G。APP", "适老化改造", True),
        ("版本", "V2。APP", "上线", True),
        ("型号", "X5。APP", "端", True),
        ("订单号", "A123456。APP", "查询", True),  # a label without its colon
        ("工单号", "GD2024001。APP", "查看", True),
        ("项目代码", "XM2026A01。APP", "申报", True),
        ("收听", "FM88。FM", "频率", True),  # a radio station
        ("本台", "FM93。FM", "电台", True),
        ("扫码下载京", "AE3342。APP", "领红包", True),  # a plate, whatever the words
    ],
)
def test_a_brands_token_before_an_ad_sites_suffix_is_a_host(
    before: str, raw: str, after: str, prose: bool
) -> None:
    text = before + raw + after
    assert prose is token_then_acronym(raw, text, len(before), len(before) + len(raw))


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("加入AB88。VIP享受返利", {"link.other_host"}),
        ("加入AB88。VIP：注册送彩金", {"link.other_host"}),
        ("扫码下载DD88。APP领取红包", {"link.other_host"}),
        ("扫码关注XY66。FM直播", {"link.other_host"}),
        ("号牌号码：京AE3342。APP下载后可查询。", set()),
        ("号牌号码：京AE3342。VIP会员另行登记。", set()),
        ("受理编号：SL2024001。APP下载后可查询。", set()),
        ("开通ETC。APP下载后可查询。", set()),
        # review 48: a join word or a lure beside it, whatever the token's letters
        ("加入XPJ。VIP享受返利", {"link.other_host"}),
        ("加入8888。VIP享受返利", {"link.other_host"}),
        ("扫码下载BET。APP领红包", {"link.other_host"}),
        ("全面推进5G。APP适老化改造工作持续开展。", set()),
        ("版本V2。APP上线", set()),
        ("型号X5。APP端", set()),
        ("订单号A123456。APP查询", set()),
        ("工单号GD2024001。APP查看", set()),
        ("项目代码XM2026A01。APP申报", set()),
        ("收听FM88。FM频率", set()),
        ("本台FM93。FM电台", set()),
        ("号牌号码：京AE3342。VIN︰LSV3UBS31SD190615。", set()),  # any label colon
        ("号牌号码：京AE3342。VIN∶LSV3UBS31SD190615。", set()),
    ],
)
def test_an_ad_sites_host_written_with_a_full_stop_warns(body: str, rules: set[str]) -> None:
    assert rules == {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    ("raw", "host"),
    [
        ("http://13938513134.com", "13938513134.com"),
        ("https://u:p@13938513134.com:80/x?a=1", "13938513134.com"),
        ("13938513134。ID", "13938513134。ID"),  # a bare host, 。 a dot
        ("ｈｔｔｐ：／／１３９３８５１３１３４．ｃｏｍ／ａ", "１３９３８５１３１３４．ｃｏｍ"),
        ("https:t.cn/x", "t.cn"),  # a browser opens it
        ("hxxps://t.cn/x", "t.cn"),
        ("//t.cn/x", "t.cn"),
        ("javascript:call('13938513134')", None),
        ("https%3A%2F%2F13938513134.com%2Fx", None),  # encoded whole: no host to read
        ("/a/13938513134", None),
    ],
)
def test_host_span_is_the_host_as_written(raw: str, host: str | None) -> None:
    found = links.host_span(raw)
    assert host == (None if found is None else raw[found[0] : found[1]])


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("号牌号码：京AE3342。SC编号：SC10644010612345。", set()),
        ("号牌号码：京AE3342。VIN：LSV3UBS31SD190615。", set()),
        ("号牌号码：京AE3342。APP下载后可查询。", set()),
        # a person's number opens the host: no site, whatever the acronym
        ("身份证号：440304198003076925。CN编号另行公布。", {"personal.id_number"}),
        ("就诊人手机号：139 3851 3134。COM另行公布。", {"personal.mobile"}),
        ("详见13938513134.com/abc", {"personal.mobile"}),
        # with a scheme it is the editor's address: it warns, and the number blocks
        ("详见http://13938513134.com", {"personal.mobile", "link.other_host"}),
        ("请使用163。COM邮箱提交材料。", {"link.other_host"}),  # .com: a host
        ("号牌号码：京AE3342。SC，", {"link.other_host"}),
        ("详见T。CN/abc", {"ad.link_stripped"}),
    ],
)
def test_a_number_or_a_code_ending_a_sentence_is_no_site(body: str, rules: set[str]) -> None:
    assert rules == {f.rule for f in check(Post(title="通知", body=body)).findings}


# -- red team 48: an address in a formatting tag's attributes --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '<span data-href="https://t.cn/A6x">点此查看</span>',
        "<b onclick=\"window.open('//u.jd.com/x')\">详情</b>",
        "<SPAN DATA-HREF='HTTPS://T.CN/X'>看</SPAN>",
        '<font style="background:url(https://m.tb.cn/h.x)">活动</font>',
    ],
)
def test_address_in_a_formatting_tag_is_a_link(text: str) -> None:
    result = check(Post(title="通知", body=text))
    assert [f.rule for f in result.findings] == ["ad.link_stripped"]
    assert "t.cn" not in result.post.body
    assert "jd.com" not in result.post.body


def test_formatting_tag_with_an_address_still_closes_up() -> None:
    """The fold drops the tag all the same: words and numbers read across it are found."""
    for text, rule in [
        ('机<span data-href="https://www.gov.cn/">密</span>★10年', "secrecy.marking"),
        ('内部<font data-url="https://www.gov.cn/a">资</font>料', "secrecy.internal"),
        ('138<span data-href="https://www.gov.cn/">1234</span>5678', "personal.mobile"),
    ]:
        assert [f.rule for f in check(Post(title="通知", body=text)).findings] == [rule]


def test_a_span_made_at_once_equals_one_made_by_its_constructor() -> None:
    from govpub.compliance.links import span  # (its fast path)

    fast = span.new_tuple(
        links.LinkSpan, ("bare", 0, 8, 0, 8, "t.cn/abc", "t.cn/abc", *span.NO_WORDS)
    )
    assert fast == links.LinkSpan("bare", 0, 8, 0, 8, "t.cn/abc", "t.cn/abc")
    assert fast._fields == links.LinkSpan._fields


@pytest.mark.parametrize(
    "text",
    [
        "[这里](www.https://t.cn/A6xYz)",
        '<a href="www.https://t.cn/A6xYz">这里</a>',
        "[这里][1]\n\n[1]: www.https://t.cn/A6xYz",
        "[这里](x.HTTPS:\\\\t.cn/A6xYz)",
        "[这里](ｗｗｗ．https://t.cn/A6xYz)",
        "[这里](www。https://t.cn/A6xYz)",
        '<a href=" www.https://t.cn/A6xYz">这里</a>',
        '<a href="www.ht&#9;tps://t.cn/A6xYz">这里</a>',
        # a scheme written wrong or defanged in a Markdown target was read as relative
        "[这里](https;//t.cn/A6xYz)",
        "[这里](hxxps://t.cn/A6xYz)",
        "[这里](https//t.cn/A6xYz)",
    ],
)
def test_a_word_glued_before_a_link_targets_scheme_hides_no_ad(text: str) -> None:
    # red team 52: the parser read "www.https" as the scheme (no web address, no finding)
    result = check(Post(title="通知", body=text))
    assert [f.rule for f in result.findings] == ["ad.link_stripped"]
    assert "t.cn" not in result.post.body
    assert "（t.cn）" in result.findings[0].message


@pytest.mark.parametrize(
    ("url", "glued"),
    [
        ("www.https://t.cn/x", "https://t.cn/x"),
        ("x.ftp:/t.cn/x", "ftp:/t.cn/x"),
        ("file.http:x", None),  # a relative name, no web address after it
        ("https://t.cn/x", None),
        ("docs/v1.2/a.html", None),
    ],
)
def test_glued_web_address(url: str, glued: str | None) -> None:
    assert links.glued_web_address(url) == glued
    assert links.glued_web_address(url) is None or links.addresses.is_web(url)


def test_a_glued_scheme_before_a_government_page_stays_clean() -> None:
    assert check(Post(title="通知", body="[这里](www.https://www.gov.cn/a)")).findings == ()
    for relative in ("[这里](docs/http.md)", "[这里](https.html)", "[这里](file.http:x)"):
        assert check(Post(title="通知", body=relative)).findings == ()


def test_a_miswritten_scheme_in_a_target_to_another_host_warns_as_in_text() -> None:
    # as "https;//www.gov.cn/a" in text: no browser opens it (link.unparsable)
    result = check(Post(title="通知", body="[这里](https;//www.gov.cn/a)"))
    assert [f.rule for f in result.findings] == ["link.unparsable"]


@pytest.mark.parametrize(
    "body",
    [
        '请访问 https://t.cn<span style="display:none">.gov.cn</span>/A6xYz',
        "请访问 https://t.cn<span hidden>.gov.cn</span>/A6xYz",
        '请访问 https://t.cn<span style="font-size:0">.gov.cn</span>/A6xYz',
        "请访问 https://t.cn<del>.gov.cn</del>/A6xYz",
        '下单 https://u.jd.com<span style="display:none">.sh.gov.cn</span>/AbCd',
    ],
)
def test_a_hidden_government_suffix_leaves_the_ad_address_the_reader_copies(body: str) -> None:
    """The page shows (and the reader copies) t.cn/A6xYz: stripped as the ad it is, not
    read as t.cn.gov.cn (review of red teams 51–54)."""
    result = check(Post(title="通知", body=body))
    assert [("fixed", "ad.link_stripped")] == [(f.severity, f.rule) for f in result.findings]
    assert "gov.cn" not in result.post.body
    assert "//" not in result.post.body


def test_a_hidden_government_suffix_of_another_site_warns() -> None:
    result = check(Post(title="通知", body="见 https://evil.com<span hidden>.gov.cn</span>/x"))
    assert ["link.other_host"] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    ("url", "hidden"),
    [
        ("weixin://dl/business/?t=AbCdEf12345", True),  # encrypted: hides the mini-program
        ("WEIXIN://DL/BUSINESS/?t=AbCdEf12345&cq=from%3Dsms", True),
        ("weixin://dl/business/?cq=x&t=AbCdEf12345", True),
        ("weixin://dl/business/?appid=wx32540bd863b27570&path=pages/goods/goods", True),  # a shop
        ("weixin://dl/business/?appid=wx2b03c6e691cd7370&path=pages/index/index", False),
        ("weixin://dl/scan", False),
        ("weixin://", False),
        ("weixin://dl/business/", False),  # names nothing it opens
    ],
)
def test_wechat_url_schemes_of_mini_programs(url: str, hidden: bool) -> None:
    # the encrypted URL Scheme is judged as its twin wxaurl.cn; the plain one by its appid
    assert is_app_link(url) is hidden


@pytest.mark.parametrize(
    "body",
    [
        "领券 intent://x?" + "a" * 2100 + "#Intent;scheme=taobao;end",
        "领券 intent://x#Intent;S.x=" + "a" * 2100 + ";scheme=taobao;end",
        "领券 weixin://dl/business/?x=" + "a" * 2100 + "&t=ABCDEF",
    ],
)
def test_an_app_link_padded_past_the_cap_is_read_whole(body: str) -> None:
    # what the link opens may stand past the 2,048 characters read first (a review)
    result = check(Post(title="通知", body=body))
    assert ["ad.link_stripped"] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    ("body", "stripped"),
    [
        # a word and a colon is no app link without an address after it (a review)
        ("Pinduoduo:PDD Holdings", False),
        ("淘宝（Taobao:TB）", False),
        ("Kuaishou (kwai:KS) is listed", False),
        ("English names: Taobao:Alibaba's shop", False),
        ('<span class="taobao:hover">说明</span>', False),
        ('<span data-note="kwai: 视频平台">x</span>', False),
        ('<div data-scheme="tbopen:">x</div>', False),
        ("The intent:" + "x" * 2100, False),  # padded, and opening no app: no link
        ("点击 tbopen:m.taobao.com/x 购买", True),
        ("打开tbopen:item123领取", True),  # a digit, "#", "-" or "_": an address (a review)
        ("打开kwai:work#live", True),
        ('<a data-href="tbopen:item123">x</a>', True),
        ('<a data-href="kwai:work?id=1">x</a>', True),
        # an entity colon in a formatting tag's attribute (a review)
        ('<span data-href="tbopen&#58;m.taobao.com">x</span>', True),
        ('<span data-href="kwai&#x3A;work?id=1">x</span>', True),
    ],
)
def test_an_app_scheme_needs_an_address_after_its_colon(body: str, stripped: bool) -> None:
    result = check(Post(title="通知", body=body))
    assert stripped is ("ad.link_stripped" in {f.rule for f in result.findings}), result.findings
    if not stripped:
        assert result.post.body == body


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a bare address's Markdown escapes read, as the page shows it (fix 89, red team 76)
        ("https://www\\.gov\\.cn/a.html", "https://www.gov.cn/a.html"),
        ("http://www\\.sh\\.gov\\.cn\\/nw1\\/index\\.html", "http://www.sh.gov.cn/nw1/index.html"),
        ("HTTPS://WWW\\.GOV\\.CN/a\\_b.html", "HTTPS://WWW.GOV.CN/a_b.html"),
        # an escaped backslash is one backslash on the page
        ("https://www\\\\.gov\\\\.cn/a.html", "https://www\\.gov\\.cn/a.html"),
        # nothing else: no escape in a Windows path, no entity, no look-alike
        ("www.gov.cn\\a.html", "www.gov.cn\\a.html"),
        ("https://www&period;gov\\.cn/", "https://www&period;gov.cn/"),
        ("ｗｗｗ\\．gov.cn", "ｗｗｗ\\．gov.cn"),
        ("https://www.gov.cn/a.html", "https://www.gov.cn/a.html"),
    ],
)
def test_md_escapes_read(written: str, read: str) -> None:
    assert links.md_escapes_read(written) == read


def test_a_bare_address_is_found_as_written() -> None:
    # (the scan gives a bare address as written; the link policy's readers read its escapes)
    assert find_links("详见https://www\\.gov\\.cn/a.html。") == ["https://www\\.gov\\.cn/a.html"]


@pytest.mark.parametrize(
    ("post", "rules"),
    [
        # the page shows, and links, the address without the escapes: clean (fix 89)
        ({"body": "详见https://www\\.gov\\.cn/a.html。"}, []),
        ({"body": "原文：http://www\\.sh\\.gov\\.cn\\/nw1\\/index\\.html。"}, []),
        ({"body": "详见www\\.gov\\.cn/a.html。"}, []),
        ({"body": "详见[https://www\\.gov\\.cn/a.html](https://www.gov.cn/a.html)。"}, []),
        ({"body": "详见<b>原文</b>https://www\\.gov\\.cn/a.html。"}, []),
        ({"body": "http://www\\.sh\\.gov\\.cn/index&period;h<!--x-->tml。"}, []),
        ({"summary": "详见https://www\\.gov\\.cn/a.html。"}, []),
        ({"title": "通知原文https://www\\.gov\\.cn/a.html"}, []),
        # as the same address in a Markdown link's target is
        ({"body": "链接https://evil.example\\@www.gov.cn/。"}, []),
        ({"body": "详见https://www\\.example\\.com/a.html。"}, ["link.other_host"]),
        # a backslash the page prints stays, and a browser reads it as a slash: host "www"
        ({"body": "代码 `https://www\\.gov\\.cn/a.html` 完"}, ["link.other_host"]),
        ({"body": "示例：\n\n    https://www\\.gov\\.cn/a.html\n"}, ["link.other_host"]),
        ({"body": "<div>\nhttps://www\\.gov\\.cn/a.html\n</div>"}, ["link.other_host"]),
        ({"body": "详见https://www\\\\.gov\\\\.cn/a.html。"}, ["link.other_host"]),
        ({"body": "路径C:\\www.gov.cn\\a.html。"}, []),
    ],
)
def test_an_escaped_host_is_judged_as_the_page_shows_it(
    post: dict[str, str], rules: list[str]
) -> None:
    result = check(Post(**{"title": "通知", **post}))
    assert [f.rule for f in result.findings] == rules, result.findings


def test_an_escaped_host_warns_with_the_address_as_written() -> None:
    result = check(Post(title="通知", body="详见https://www\\.example\\.com/a.html。"))
    assert [(f.excerpt, f.offset) for f in result.findings] == [
        ("https://www\\.example\\.com/a.html", 2)
    ]


def test_an_escaped_ad_address_is_stripped_whole_as_written() -> None:
    assert strip_ad_links("详见https://t\\.cn/Ab12。") == ("详见。", ["https://t\\.cn/Ab12"])
    result = check(Post(title="通知", body="下单https://u\\.jd\\.com/x 。"))
    assert result.post.body == "下单 。"
    assert [(f.rule, f.excerpt) for f in result.findings] == [
        ("ad.link_stripped", "https://u\\.jd\\.com/x")
    ]


# Fix 109 (red team 83): a 。 and CJK text after an ASCII host end the sentence, not the host;
# a mention in the next sentence is no user part; symbols glued after an ad host strip it.
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("欢迎访问www.gov.cn。公司、企业可在线办理。", []),
        ("详见www.gov.cn。网站", []),
        ("详见www.gov.cn。网址：www.beijing.gov.cn", []),
        ("详见https://www.gov.cn。政务服务", []),
        ("详见http://中国政府网.政务/", []),
        ("详见gov.cn.公司/a", ["link.other_host"]),  # an ASCII dot: the IDN top-level domain
        ("登录www.gov.cn查询。转自@China.org 市民可通过12345热线反映问题。", []),
        ("登录https://www.gov.cn查询。转自@China.org", []),
        ("内部资料室（网址www.12345.gov.cn）转自@China.org ", []),
        ("登录www.gov.cn查询，转自@China.org", []),
        ("（网址www.gov.cn）转自@t.cn/x", ["ad.link_stripped"]),
        ("详见https://www.gov.cn（官方）@t.cn/x", ["ad.link_stripped"]),
        ("登录www.gov.cn查询。转自@t.cn/A6xYz", ["ad.link_stripped"]),  # a path: the ad opens
        ("请访问 www.gov.cn。@t.cn/A6xYz", ["ad.link_stripped"]),
        ("详见 https://政府网@t.cn/x", ["ad.link_stripped"]),
        ("同款https://t.cn→", ["ad.link_stripped"]),
        ("同款https://u.jd.com★/x", ["ad.link_stripped"]),
        ("登录https://zwfw.gd.gov.cn→办事服务", ["link.other_host"]),
        ("网址：https://example.com→", ["link.other_host"]),
        ("领券 s.click.taobao。com/t?e=m2Ab9", ["ad.link_stripped"]),
        ("京东 u。jd。com/8Kx2Qa", ["ad.link_stripped"]),
        ("短链 dwz｡cn/Ab12Cd", ["ad.link_stripped"]),
        ("报名 t．cn/A6xYz", ["ad.link_stripped"]),
        ("ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=abc", ["ad.link_stripped"]),
        ("ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／abc", ["ad.link_stripped"]),
        ("https://s.click.tao\u200bbao.com/t?e=1", ["ad.link_stripped"]),
        ("https:/t.cn/A6x", ["ad.link_stripped"]),
        ("访问taobao。com/abc", ["link.other_host"]),
    ],
)
def test_fix109_sentence_ends_mentions_and_glued_symbols(body: str, rules: list[str]) -> None:
    result = check(Post(title="通知", body=body))
    assert [f.rule for f in result.findings] == rules, result.findings


def test_fix109_a_symbol_glued_after_an_ad_host_goes_with_it() -> None:
    result = check(Post(title="通知", body="同款https://t.cn→办事"))
    assert result.post.body == "同款办事"


# -- red team 90 (fix 134): one slash after a web scheme in an attribute ------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('<span data-href="https:/t.cn/Rx8Kp">附件</span>', ["https:/t.cn/Rx8Kp"]),
        ('<section data-note="https:/t.cn/Rx8Kp"><p>附件</p></section>', ["https:/t.cn/Rx8Kp"]),
        ("<p onclick=\"location='http:/u.jd.com/x'\">看</p>", ["http:/u.jd.com/x"]),
        # an address the fold reads into ASCII is none to a script, on any tag (red team 90)
        ('<section data-note="详见ｗｗｗ．ｇｏｖ．ｃｎ／ａ"><p>附件</p></section>', []),
        ('<span data-note="详见ｗｗｗ．ｇｏｖ．ｃｎ／ａ">附件</span>', []),
        # a path after a colon is no address
        ('<section style="background:/img/a.png"><p>附件</p></section>', []),
    ],
)
def test_one_slash_after_a_web_scheme_in_an_attribute_is_a_link(
    text: str, found: list[str]
) -> None:
    assert find_links(text) == found


# -- red team 92: a video player an iframe embeds, a background loaded lazily ------------------


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # WeChat's and 腾讯视频's players: shown where they stand, not followed
        (
            '<iframe class="video_iframe" data-src="https://mp.weixin.qq.com/mp/readtemplate'
            '?t=pages/video_player_tmpl&amp;vid=wxv_1"></iframe><p>视频</p>',
            set(),
        ),
        ('<iframe data-src="https://v.qq.com/txp/iframe/player.html?vid=x"></iframe>', set()),
        # 秀米's background picture, on a kept or a formatting tag: a remote picture
        (
            '<section data-lazy-bgimg="https://mmbiz.qpic.cn/mmbiz_jpg/a/640"><p>x</p></section>',
            {"image.not_scanned"},
        ),
        (
            '<span data-lazy-bgimg="https://mmbiz.qpic.cn/mmbiz_jpg/a/640">x</span>',
            {"image.not_scanned"},
        ),
        # another page in an iframe is a link to its host; an ad host goes either way
        ('<iframe src="https://example.com/page"></iframe>', {"link.other_host"}),
        ('<iframe src="https://player.youku.com/embed/XNDk2MTQ5NjU2MA=="></iframe>', set()),
        # the player's host parsed: a user name before another host is that host's (review 53)
        (
            '<iframe src="https://v.qq.com/txp/iframe/player.html@t.cn/x"></iframe>',
            {"link.other_host"},
        ),
        (
            '<iframe src="https://mp.weixin.qq.com/mp/readtemplate?t=other"></iframe>',
            {"link.other_host"},
        ),
        ('<iframe src="https://t.cn/x"></iframe>', {"ad.link_stripped"}),
        ('<section data-lazy-bgimg="https://t.cn/x.jpg"><p>x</p></section>', {"ad.link_stripped"}),
        # left27b: an ad or short link's host in the player's query or fragment is that link
        *(
            (f'<iframe src="https://v.qq.com/txp/iframe/player.html{rest}"></iframe>', rules)
            for rest, rules in (
                ("?url=t.cn/x", {"ad.link_stripped"}),
                ("?u=t.cn/x", {"ad.link_stripped"}),
                ("#t.cn/x", {"ad.link_stripped"}),
                ("?@t.cn/x", {"ad.link_stripped"}),
                ("?vid=1&amp;url=u.jd.com", {"ad.link_stripped"}),
                ("?vid=x0012abc", set()),
                ("?site=example.com", set()),
            )
        ),
    ],
)
def test_embedded_players_and_lazy_backgrounds_are_shown_not_followed(
    body: str, rules: set[str]
) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules


# fix112i (red team 112's F2): the platforms' own emoticon pictures warn no image.not_scanned


@pytest.mark.parametrize(
    ("src", "rules"),
    [
        (
            "https://face.t.sinajs.cn/t4/appstyle/expression/ext/normal/a1/2018new_doge02_org.png",
            set(),
        ),
        ("http://img.t.sinajs.cn/t4/appstyle/expression/ext/normal/d8/2018new_ku_org.png", set()),
        ("//face.t.sinajs.cn/t4/appstyle/expression/ext/normal/50/2018new_zan_org.png", set()),
        ("https://res.wx.qq.com/mpres/htmledition/images/icon/emotion/0.gif", set()),
        ("https://face.t.sinajs.cn/upload/qr.png", {"image.not_scanned"}),
        ("https://res.wx.qq.com/mmbizqr/code.png", {"image.not_scanned"}),
        (
            "https://face.t.sinajs.cn.example.com/t4/appstyle/expression/a.png",
            {"image.not_scanned"},
        ),
        ("//sinajs.cn.evil.com/t4/appstyle/expression/a.png", {"image.not_scanned"}),
        ("https://img.example.com/t4/appstyle/expression/a.png", {"image.not_scanned"}),
    ],
)
def test_a_platforms_own_emoticon_picture_is_not_a_remote_picture(
    src: str, rules: set[str]
) -> None:
    body = f'今天天气不错<span class="url-icon"><img alt="[doge]" src="{src}" /></span>'
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules


def test_a_players_carried_ad_link_is_stripped_with_the_frame() -> None:
    text = '前<iframe src="https://v.qq.com/txp/iframe/player.html?url=t.cn/x"></iframe>后'
    assert strip_ad_links(text) == ("前后", ["t.cn/x"])


# rt93: the link scanner reads a tag to its own ">" as the fold does (ATTRIBUTES_TO_END): a
# quoted value holding a "<" or a ">" ends no tag, so a title or an alt after it is shown text
# (a host there blocks as spelled out) and no link of the page's words
_JD_TITLE = 'title="详见u.jd.com/AbC123"'
_GOV_A = '<a href="https://www.gov.cn/" '


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        (f'{_GOV_A}data-x="a<b" {_JD_TITLE}>中国政府网</a>', {"ad.spelled_link"}),
        (f'{_GOV_A}data-x="a>b" {_JD_TITLE}>中国政府网</a>', {"ad.spelled_link"}),
        (f"{_GOV_A}data-x='1>0' title='详见u.jd.com/AbC123'>中国政府网</a>", {"ad.spelled_link"}),
        ('<img src="a.png" data-x="a<b" alt="详见u.jd.com/AbC123">', {"ad.spelled_link"}),
        ('<img src="a.png" data-x="a>b" alt="详见u.jd.com/AbC123">', {"ad.spelled_link"}),
        ("<img src='a.png' data-x='1>0' alt='详见u.jd.com/AbC123'>", {"ad.spelled_link"}),
        # the twins: a plain value; an ad link after such a value is still the tag's link
        (f'{_GOV_A}data-x="ab" {_JD_TITLE}>中国政府网</a>', {"ad.spelled_link"}),
        ('<a data-x="a>b" href="https://u.jd.com/x">中国政府网</a>', {"ad.link_stripped"}),
        ('<a data-x="a<b" href="https://u.jd.com/x">中国政府网</a>', {"ad.link_stripped"}),
        ('<img data-x="a>b" src="https://u.jd.com/x.png">', {"ad.link_stripped"}),
        # the words after the tag are read as text: a link there, a marking there
        (f'{_GOV_A}data-x="a>b">中国政府网u.jd.com/x</a>', {"ad.link_stripped"}),
        (f'{_GOV_A}data-x="a<b">内部资料</a>', {"secrecy.internal"}),
        (f'{_GOV_A}data-x="a>b" title="t">中国政府网</a>u.jd.com/x', {"ad.link_stripped"}),
    ],
)
def test_rt93_a_tag_is_read_to_its_own_angle(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=f"<p>{body}</p>"), Policy.default()).findings
    assert {f.rule for f in findings} == rules


@pytest.mark.parametrize(
    "text",
    [
        '<a href="https://t.cn/x" data-x="a>b" title="t">w</a>',
        '<a href="https://t.cn/x" data-x="a<b" title="t">w</a>',
        "<a data-x='1>0' href=\"https://t.cn/x\" title='t'>w</a>",
    ],
)
def test_rt93_the_scanners_tag_and_its_titles(text: str) -> None:
    (span,) = scan_links(text)
    assert (span.kind, span.tag, span.url) == ("html", "a", "https://t.cn/x")
    assert text[span.text_start : span.text_end] == "w"  # its words: after the tag's own ">"
    assert [text[s:e] for s, e in link_titles(text, span)] == ["t"]
    assert strip_ad_links(text) == ("w", ["https://t.cn/x"])


# rt93: a "<" right after a quoted value (spaces between or not) starts an attribute's name
# (WHATWG's "after attribute value (quoted)" state): the tag runs on to its own ">", and its
# words and titles are what the page shows
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<span title="a"<b>不公开</span>', {"disclosure.not_public"}),
        ('<span title="a" <b>不公开</span>', {"disclosure.not_public"}),
        ('机<span title="a"<b>密</span>★10年', {"secrecy.marking"}),
        ("机<span title='a'<b>密</span>★10年", {"secrecy.marking"}),
        ('138<span title="a"<b>1234</span>5678', {"personal.mobile"}),
        ('<span title="此件不公开"<b>附件</span>', {"disclosure.not_public"}),
        ('<p title="不公开"<b>附件</p>', {"disclosure.not_public"}),
        # twins: the same words plain; a tag that shows nothing of them; prose with a quote
        ('<span title="a">不公开</span>', {"disclosure.not_public"}),
        ('<span title="a"<b>附件</span>', set()),
        ('<span data-x="a"<b>会议</span>', set()),
        ('他说"好"<b>会议</b>', set()),
        # left29b: "</" there too — "<" a name, "/" a solidus, "b" the next name (WHATWG)
        ('<span title="a"</b>不公开</span>', {"disclosure.not_public"}),
        ('<span title="a" </b>不公开</span>', {"disclosure.not_public"}),
        ("机<span title='a'</b>密</span>★10年", {"secrecy.marking"}),
        ('138<span title="a"</b>1234</span>5678', {"personal.mobile"}),
        ('<span title="a"</b>附件</span>', set()),
        ('他说"好"</b>会议', set()),
        # and in an unquoted value, "</" two of its characters (WHATWG's unquoted-value state)
        ("<span title=a</b>不公开</span>", {"disclosure.not_public"}),
        ("机<span data-y=a</b>密</span>★10年", {"secrecy.marking"}),
        ("<span title=a</b>附件</span>", set()),
    ],
)
def test_rt93_an_angle_after_a_quoted_value_names_an_attribute(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=f"<p>{body}</p>"), Policy.default()).findings
    assert {f.rule for f in findings} == rules


def test_rt93_an_angle_after_a_quoted_value_counts_as_an_angled_value() -> None:
    # (eight values holding or followed by a "<" at most, as left27b's: linear time)
    assert opening_tag('<p title="不公开"' + ' data-y="a"<b' * 8 + ">附件</p>", 10) == 0
    assert opening_tag('<p title="不公开"' + ' data-y="a"<b' * 9 + ">附件</p>", 10) == -1


# -- mend58c: review 58's C and M -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a value may hold an end tag's "</" and a "-->": the tag reads on (review 58's C)
        ('<span data-tpl="<b>x</b>" title="此件不予公开">y</span>', ["此件不予公开"]),
        ("<span data-tpl='<b>x</b>' title='a'>y</span>", ["a"]),
        ('<img data-tpl="<b>x</b>" alt="u.jd.com/abc">', ["u.jd.com/abc"]),
        ('<span data-content="<p>说明</p>" title="a">y</span>', ["a"]),
        ('<span data-x="a<b -->" title="a">y</span>', ["a"]),
        ('<span data-tpl="a</b" title="a">y</span>', ["a"]),
        # in a comment the "-->" ends the quote left open there (review 57)
        ('<!-- <img a="< --><p title="b">正文</p>', ["b"]),
        # a title is where the tag's list puts a name, not words in a value (review 58's M)
        ("<div data-options='title=\"a\"'>x</div>", []),
        ("<div data-options=\"title='a'\">x</div>", []),
        ('<div data-x=\'a"title="b"\'>x</div>', []),
        ('<a href="#" onclick="alert(\'title=a\')">x</a>', []),
        ('<div title="a" data-options=\'title="b"\'>x</div>', ["a"]),
        ('<img src="x.png" data-tpl="<i>a</i>"/alt="b">', ["b"]),
        ('<span/class="c1"/title="a">x</span>', ["a"]),
    ],
)
def test_mend58c_tag_titles(text: str, titles: list[str]) -> None:
    assert [text[start:end] for start, end in tag_titles(text, [])] == titles


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('<span data-options=\'title="a"\' title="b">x</span>', ["b"]),
        ("<b onclick=\"f('title=a')\">x</b>", []),
        ('<span data-tpl="<b>x</b>" title="a">y</span>', ["a"]),
    ],
)
def test_mend58c_tooltips(text: str, shown: list[str]) -> None:
    assert [text[start:end] for start, end in tooltips(text)] == shown


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<span data-tpl="<b>x</b>" title="此件不予公开">y</span>', {"disclosure.not_public"}),
        ('<a data-tpl="<b>x</b>" title="t.cn/abc">y</a>', {"ad.spelled_link"}),
        ('<img data-tpl="<b>x</b>" alt="u.jd.com/abc">', {"ad.spelled_link"}),
        ('<span data-x="a<b -->" title="此件不予公开">y</span>', {"disclosure.not_public"}),
        # a quote left open in a comment or raw text still hides no page text (review 57)
        ('<!-- <span a="< --> 内部资料 <span class="c">x</span>', {"secrecy.internal"}),
        ('<script>var s=\'<b a="<\';</script>内部资料<b c="d">x</b>', {"secrecy.internal"}),
        ('<span =" <b>内部资料</span><span class="c">x</span>', {"secrecy.internal"}),
        # words in a value that read "title=" are no title (review 58's M)
        ('<a href="https://www.gov.cn/x" data-x=\'"title=u.jd.com/x\'>y</a>', set()),
        ("<div data-options='title=\"此件不予公开\"'>x</div>", {"secrecy.sensitive_term"}),
        (
            "<div title=\"此件不予公开\" data-options='x'>x</div>",
            {"disclosure.not_public", "secrecy.sensitive_term"},
        ),
    ],
)
def test_mend58c_values_read_whole_and_titles_where_names_are(body: str, rules: set[str]) -> None:
    findings = check(Post(id="p", title="t", body=body), Policy.default()).findings
    assert {f.rule for f in findings} == rules
