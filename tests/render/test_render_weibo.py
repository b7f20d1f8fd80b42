"""Weibo share rendering: counting, topics, the link, the source line, cutting, the picture."""

from __future__ import annotations

from typing import Any

import pytest
from render_helpers import BMP, GIF, JPEG, MB, PNG, WEIBO_CAPS, image, make_post

from govpub.errors import PostError
from govpub.model import Override, Source
from govpub.platforms.base import LINK_TOKEN_CHARS
from govpub.render import fit_weibo_text, render_weibo, weibo_length
from govpub.render.weibo import WEIBO_SAFETY_MARGIN, remove_topics

URL = "https://www.example.gov.cn/tzgg/t1.html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("a", 1),
        ("ab", 2),
        ("abc", 3),
        ("中", 1),
        ("中a", 2),
        ("中ab", 3),
        ("【植树】", 4),
        ("，。！？", 4),
        ("…“”", 3),
        ("é", 1),
        ("😀", 1),
        ("https://www.gov.cn/", 19),
        ("植树节 https://www.gov.cn/", 23),
    ],
)
def test_weibo_length(text: str, expected: int) -> None:
    assert expected == weibo_length(text)


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        ("#植树节#今天开始", "植树节今天开始", ["#植树节#"]),
        ("#甲##乙# 丙", "甲乙 丙", ["#甲#", "#乙#"]),
        ("见https://a.gov.cn/#/p#x#，完", "见https://a.gov.cn/#/p#x#，完", []),
        ("C# and F#", "C# and F#", []),
        ("##", "##", []),
        ("没有话题", "没有话题", []),
    ],
)
def test_remove_topics(text: str, expected: str, removed: list[str]) -> None:
    assert (expected, removed) == remove_topics(text)


def test_status_is_title_summary_link() -> None:
    post = make_post(summary="全市开展春季义务植树活动。")
    rendered = render_weibo(post, WEIBO_CAPS)
    assert "weibo" == rendered.platform
    assert "text" == rendered.format
    assert f"【关于开展春季义务植树活动的通知】全市开展春季义务植树活动。 {URL}" == rendered.body
    assert {
        "link": URL,
        "links": [URL],
        "removed_topics": [],
        "truncated": False,
        "length": weibo_length(rendered.body),
        "limit": 140 - WEIBO_SAFETY_MARGIN - LINK_TOKEN_CHARS,
        "attribution": None,
        "images_not_sent": 0,
    } == dict(rendered.fields)
    assert () == rendered.images
    assert post.cover == rendered.cover


def test_reprint_ends_with_the_source_line() -> None:
    post = make_post(summary="摘要。", source=Source(name="新华社", url="https://www.news.cn/a"))
    assert f"【关于开展春季义务植树活动的通知】摘要。 {URL} 来源：新华社" == (
        render_weibo(post, WEIBO_CAPS).body
    )


def test_without_summary_the_body_gives_the_excerpt() -> None:
    post = make_post(summary="", body="## 小标题\n\n第一句。**第二句**。")
    assert f"【关于开展春季义务植树活动的通知】小标题 第一句。第二句。 {URL}" == (
        render_weibo(post, WEIBO_CAPS).body
    )


def test_overrides_win() -> None:
    post = make_post(
        summary="通用摘要。",
        overrides={
            "weibo": Override(
                title="微博标题", summary="微博摘要。", url="https://www.example.gov.cn/wb.html"
            )
        },
    )
    rendered = render_weibo(post, WEIBO_CAPS)
    assert "【微博标题】微博摘要。 https://www.example.gov.cn/wb.html" == rendered.body
    assert "https://www.example.gov.cn/wb.html" == rendered.fields["link"]
    assert "微博标题" == rendered.title


def test_topics_are_removed_and_reported() -> None:
    post = make_post(title="#植树节#通知", summary="欢迎参加#义务植树#活动。")
    rendered = render_weibo(post, WEIBO_CAPS)
    assert f"【植树节通知】欢迎参加义务植树活动。 {URL}" == rendered.body
    assert ["#植树节#", "#义务植树#"] == rendered.fields["removed_topics"]


def test_a_long_summary_is_cut_at_a_sentence_and_the_link_and_source_stay() -> None:
    sentence = "全市各区在城市公园和郊野公园设置义务植树点并配备技术指导人员。"  # 31
    post = make_post(summary=sentence * 4, source=Source(name="新华社"))
    rendered = render_weibo(post, WEIBO_CAPS)
    body = rendered.body
    assert weibo_length(body) + LINK_TOKEN_CHARS <= 130  # room for the delivery token
    assert f"【关于开展春季义务植树活动的通知】{sentence[:-1]}… {URL} 来源：新华社" == body
    assert rendered.fields["truncated"] is True
    assert [URL] == rendered.fields["links"]


def test_the_margin_is_configurable() -> None:
    summary = "字" * 120  # head 18 + 120 + link 20 = 158 > 140
    cut_130 = render_weibo(make_post(summary=summary), WEIBO_CAPS)
    cut_140 = render_weibo(make_post(summary=summary), WEIBO_CAPS, margin=0)
    room = LINK_TOKEN_CHARS  # the adapter adds ?gpd=<token> to the link of each account's copy
    assert (130 - room, 140 - room) == (cut_130.fields["limit"], cut_140.fields["limit"])
    assert weibo_length(cut_130.body) <= 130 - room < weibo_length(cut_140.body) <= 140 - room


def test_no_limit_declared_means_no_cut() -> None:
    caps = WEIBO_CAPS.model_copy(update={"text_max": None})
    rendered = render_weibo(make_post(summary="字" * 500), caps)
    assert (False, None) == (rendered.fields["truncated"], rendered.fields["limit"])


def test_the_link_is_percent_encoded() -> None:
    post = make_post(url="https://www.example.gov.cn/通知/t1.html")
    rendered = render_weibo(post, WEIBO_CAPS)
    link = "https://www.example.gov.cn/%E9%80%9A%E7%9F%A5/t1.html"
    assert link == rendered.fields["link"]
    assert rendered.body.endswith(f" {link}")


@pytest.mark.parametrize(
    ("text", "expected", "link"),
    [
        # used as is, with its own link
        (f"自写全文，详见{URL}", f"自写全文，详见{URL}", URL),
        # no link in it: the post's link is appended
        ("自写全文。", f"自写全文。 {URL}", URL),
        # another link on it: kept, the first link is reported for the safe-domain check
        (
            "看这里 https://www.example.gov.cn/other.html",
            "看这里 https://www.example.gov.cn/other.html",
            "https://www.example.gov.cn/other.html",
        ),
        # topics removed
        (f"#植树节# 快来 {URL}", f"植树节 快来 {URL}", URL),
    ],
)
def test_override_text_is_used_as_is(text: str, expected: str, link: str) -> None:
    post = make_post(overrides={"weibo": Override(text=text)})
    rendered = render_weibo(post, WEIBO_CAPS)
    assert expected == rendered.body
    assert link == rendered.fields["link"]


def test_override_text_of_a_reprint_gets_the_source_line() -> None:
    post = make_post(source=Source(name="新华社"), overrides={"weibo": Override(text="全文。")})
    assert f"全文。 {URL} 来源：新华社" == render_weibo(post, WEIBO_CAPS).body


def test_override_text_too_long_is_refused_not_cut() -> None:
    post = make_post(overrides={"weibo": Override(text="字" * 100)})
    with pytest.raises(PostError) as caught:
        render_weibo(post, WEIBO_CAPS)
    assert "text" == caught.value.field
    assert f"上限 {130 - LINK_TOKEN_CHARS} 字，实际 140 字" in str(caught.value)
    assert "overrides.weibo.text" in str(caught.value)


@pytest.mark.parametrize(
    ("changes", "field", "needle"),
    [
        ({"url": None}, "url", "必须带一个安全域名下的链接"),
        (
            {"url": None, "overrides": {"weibo": Override(text="没有链接的全文。")}},
            "url",
            "overrides.weibo.url",
        ),
        ({"title": "长" * 120}, "title", "overrides.weibo.title"),
        ({"cover": image("c.bmp", BMP)}, "cover", "image/bmp"),
        ({"cover": image("c.png", PNG + b"\x00" * (5 * MB))}, "cover", "上限 5242879 字节"),
    ],
)
def test_refusals(changes: dict[str, Any], field: str, needle: str) -> None:
    with pytest.raises(PostError) as caught:
        render_weibo(make_post(**changes), WEIBO_CAPS)
    assert field == caught.value.field
    assert needle in str(caught.value)
    assert "新浪微博" in str(caught.value)


@pytest.mark.parametrize("data", [JPEG, PNG, GIF, PNG + b"\x00" * (5 * MB - 1 - len(PNG))])
def test_acceptable_pictures(data: bytes) -> None:
    cover = image("c", data)
    rendered = render_weibo(make_post(cover=cover), WEIBO_CAPS)
    assert (cover, ()) == (rendered.cover, rendered.images)


def test_body_images_are_not_sent() -> None:
    post = make_post(cover=None, body="![](a.png)", images=(image("a.png"),))
    rendered = render_weibo(post, WEIBO_CAPS)
    assert (None, (), 1) == (rendered.cover, rendered.images, rendered.fields["images_not_sent"])


def test_fit_weibo_text_refuses_when_head_and_tail_do_not_fit() -> None:
    with pytest.raises(ValueError, match="on their own"):
        fit_weibo_text("【" + "长" * 20 + "】", "摘要", f" {URL}", 20)
