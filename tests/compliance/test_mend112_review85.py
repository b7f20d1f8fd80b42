"""Mend 112 (review 85 of fix108a): stripping an element keeps its children balanced, and the
scheme-less ad hosts the fix missed — ``xlink:href``, ``<object data>``, ``background``,
``action``…, a refresh's ``url=``, a user part or ``&nbsp;`` before the host — are read; a
srcset candidate's URL is its first word only."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, check
from govpub.compliance.links.tags import schemeless_ad, srcset_urls
from govpub.compliance.strip import strip_ad_links

POLICY = Policy.default()


def _checked(body: str) -> tuple[list[str], str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), POLICY)
    return sorted({f.rule for f in result.findings}), result.post.body


@pytest.mark.parametrize(
    ("body", "stripped"),
    [
        # an <a> goes as its two tags; its children's markup stays whole (review 85's F3)
        (
            '<p><a href="t.cn/x"><span style="color:red">红字</span>说明</a>后文</p>',
            '<p><span style="color:red">红字</span>说明后文</p>',
        ),
        (
            '<a href="t.cn/x"><strong>重要</strong><img src="img/1.png">通知</a>后文',
            '<strong>重要</strong><img src="img/1.png">通知后文',
        ),
        (
            '<p>前文<a href="t.cn/x"><strong>重要通知</strong></a>后文</p>',
            "<p>前文<strong>重要通知</strong>后文</p>",
        ),
        (
            '<p>前文<a href="https://t.cn/x"><em>重要</em>通知</a>后文</p>',
            "<p>前文<em>重要</em>通知后文</p>",
        ),
        # an element stripped by its start tag loses its matching end tag too
        ('<span data-href="https://t.cn/x"><b>报名</b></span>正文', "<b>报名</b>正文"),
        (
            '<form action="https://t.cn/A6Xyz12"><button>提交</button></form>正文',
            "<button>提交</button>正文",
        ),
        (
            '<form action="t.cn/A6Xyz12"><button>提交</button></form>正文',
            "<button>提交</button>正文",
        ),
        # nested elements of the same name: the end tag a browser pairs with it
        (
            '<div><span data-href="https://t.cn/x"><span>甲</span>乙</span>丙</div>',
            "<div><span>甲</span>乙丙</div>",
        ),
        (
            '<div><span data-href="https://t.cn/x">甲<span data-href="https://t.cn/y">乙</span>'
            "丙</span>丁</div>",
            "<div>甲乙丙丁</div>",
        ),
        # an element left open keeps what follows as it was
        ('<p><span data-href="https://t.cn/x">甲</p>乙', "<p>甲</p>乙"),
        # the unchanged: an unclosed <a>, a picture in a cell
        ('<p><a href="t.cn/x">报名入口</p><p>第二段正文</p>', "<p>报名入口</p><p>第二段正文</p>"),
        (
            '<table><tr><td><img src="u.jd.com/x.jpg"></td><td>数据123</td></tr></table>',
            "<table><tr><td></td><td>数据123</td></tr></table>",
        ),
    ],
)
def test_stripping_keeps_the_markup_balanced(body: str, stripped: str) -> None:
    assert (["ad.link_stripped"], stripped) == _checked(body)


@pytest.mark.parametrize(
    ("body", "stripped"),
    [
        (
            '<svg><a xlink:href="t.cn/A6Xyz12"><text>报名</text></a></svg>正文',
            "<svg><text>报名</text></svg>正文",
        ),
        ('<svg><image xlink:href="u.jd.com/x.jpg"/></svg>正文', "<svg></svg>正文"),
        ('<object data="v.douyin.com/abc"></object>正文', "正文"),
        ('<meta http-equiv="refresh" content="0;url=t.cn/A6Xyz12">正文', "正文"),
        ('<meta http-equiv="refresh" content="5; URL=\'t.cn/A6Xyz12\'">正文', "正文"),
        ('<a href="gov.cn@t.cn/A6Xyz12">报名</a>正文', "报名正文"),
        ('<a href="user@t.cn/A6Xyz12">报名</a>正文', "报名正文"),
        ('<a href="&nbsp;t.cn/A6Xyz12">报名</a>正文', "报名正文"),
        (
            '<table background="u.jd.com/bg.jpg"><tr><td>正文</td></tr></table>',
            "<tr><td>正文</td></tr>",
        ),
        ('<blockquote cite="t.cn/A6Xyz12">引文</blockquote>', "引文"),
        ('<button formaction="t.cn/A6Xyz12">提交</button>正文', "提交正文"),
    ],
)
def test_more_schemeless_ad_values_are_stripped(body: str, stripped: str) -> None:
    assert (["ad.link_stripped"], stripped) == _checked(body)


@pytest.mark.parametrize(
    "body",
    [
        '<a href="t.cn@gov.cn/x">报名</a>正文',  # (user part t.cn, host gov.cn)
        '<a href="kefu@t.cn">邮件</a>正文',  # (no path: a mail address, no user part read)
        '<img srcset="img/a.jpg t.cn" src="img/a.jpg">正文',  # (a descriptor's place)
        '<img srcset="img/a.jpg https://t.cn" src="img/a.jpg">正文',
        '<img srcset="img/a.jpg?x=1,t.cn 2x">正文',  # (one relative URL)
        '<object data="files/t.cn.swf"></object>正文',
        '<meta name="description" content="t.cn/A6Xyz12">正文',  # (no refresh)
        '<form action="/search.do"><button>搜索</button></form>正文',
        '<div data="t.cn/A6Xyz12">正文</div>',  # (data is an <object>'s address only)
    ],
)
def test_their_twins_stay_clean(body: str) -> None:
    assert ([], body) == _checked(body)


@pytest.mark.parametrize(
    ("value", "urls"),
    [
        ("img/a.jpg 1.5x, img/b.jpg 2x", [(0, "img/a.jpg"), (16, "img/b.jpg")]),
        ("u.jd.com/a.jpg,u.jd.com/b.jpg", [(0, "u.jd.com/a.jpg,u.jd.com/b.jpg")]),
        ("a.jpg, b.jpg", [(0, "a.jpg"), (7, "b.jpg")]),
        ("a.jpg 1x t.cn, b.jpg", [(0, "a.jpg"), (15, "b.jpg")]),
        (" , ,a.jpg", [(4, "a.jpg")]),
        ("", []),
    ],
)
def test_a_srcset_candidates_url_is_its_first_word(value: str, urls: list[tuple[int, str]]) -> None:
    assert urls == srcset_urls(value)


@pytest.mark.parametrize(
    ("tag", "name", "value", "at"),
    [
        ("svg", "xlink:href", "t.cn/x", 0),
        ("object", "data", "v.douyin.com/a", 0),
        ("meta", "content", "0;url=t.cn/x", 6),
        ("meta", "content", "0; url = 't.cn/x'", 10),
        ("meta", "content", "t.cn/x", None),  # (no refresh's seconds)
        ("div", "content", "0;url=t.cn/x", None),
        ("a", "title", "t.cn/x", None),
        ("svg", "xlink:href", "example.com/x", None),
    ],
)
def test_where_a_schemeless_ad_value_starts(
    tag: str, name: str, value: str, at: int | None
) -> None:
    assert at == schemeless_ad(tag, name, value)


def test_stripping_twice_changes_nothing() -> None:
    body = '<div><span data-href="https://t.cn/x"><span>甲</span>乙</span>丙</div>'
    once, _ = strip_ad_links(body, POLICY)
    assert (once, []) == strip_ad_links(once, POLICY)


@pytest.mark.parametrize(
    "unit",
    [
        '<span data-href="https://t.cn/x"><span>甲</span>',  # (left open: paired once per pass)
        '<span data-href="https://t.cn/x">甲</span>',
        '<a href="t.cn/x"><b>甲</b></a>',
        '<img srcset="a.b 1.5x, c.d 2.5x">',
    ],
)
def test_stripped_elements_are_paired_in_linear_time(unit: str) -> None:
    assert grows_linearly(unit * 800, unit * 8_000, within=0.05)
