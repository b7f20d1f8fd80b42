"""WeChat article rendering: every rule of the brief, table-driven where it is a table."""

from __future__ import annotations

from typing import Any

import pytest
from render_helpers import BMP, GIF, JPEG, MB, PNG, WECHAT_CAPS, image, make_post

from govpub.errors import PostError
from govpub.model import Image, Override, Source
from govpub.render import render_wechat, replace_image_sources
from govpub.render.sanitize import sanitize_wechat
from govpub.render.wechat import IMAGE_URL_RESERVE


def test_renders_title_body_fields_and_cover() -> None:
    post = make_post(
        summary="全市开展义务植树。",
        body="# 通知\n\n正文**加粗**。\n\n![植树](images/a.png)\n",
        images=(image("images/a.png", PNG, "植树"),),
    )
    rendered = render_wechat(post, WECHAT_CAPS)
    assert "wechat" == rendered.platform
    assert "html" == rendered.format
    assert post.id == rendered.post_id
    assert post.digest() == rendered.post_digest
    assert "关于开展春季义务植树活动的通知" == rendered.title
    assert (
        "<h1>通知</h1>\n<p>正文<strong>加粗</strong>。</p>\n"
        '<p><img src="images/a.png" alt="植树"></p>\n'
    ) == rendered.body
    assert {
        "article_type": "news",
        "author": "市绿化办",
        "digest": "全市开展义务植树。",
        "content_source_url": "https://www.example.gov.cn/tzgg/t1.html",
        "references": [],
        "dropped_links": [],
        "attribution": None,
        "image_url_reserve": IMAGE_URL_RESERVE,
    } == dict(rendered.fields)
    assert (post.images[0],) == rendered.images
    assert post.cover == rendered.cover


def test_platform_name_is_a_keyword_and_selects_the_override() -> None:
    post = make_post(overrides={"wechat2": Override(title="另一个号的标题")})
    rendered = render_wechat(post, WECHAT_CAPS, platform="wechat2")
    assert ("wechat2", "另一个号的标题") == (rendered.platform, rendered.title)


@pytest.mark.parametrize(
    ("changes", "field", "limit", "actual", "fix"),
    [
        ({"title": "标" * 33}, "title", 32, 33, "overrides.wechat.title"),
        ({"author": "作" * 17}, "author", 16, 17, "overrides.wechat.author"),
        ({"summary": "摘" * 129}, "digest", 128, 129, "overrides.wechat.summary"),
        (
            {"overrides": {"wechat": Override(title="标" * 40)}},
            "title",
            32,
            40,
            "overrides.wechat.title",
        ),
    ],
)
def test_too_long_fields_are_refused_with_the_limit_and_the_fix(
    changes: dict[str, Any], field: str, limit: int, actual: int, fix: str
) -> None:
    with pytest.raises(PostError) as caught:
        render_wechat(make_post(**changes), WECHAT_CAPS)
    message = str(caught.value)
    assert field == caught.value.field
    assert "微信公众号" in message
    assert f"上限 {limit} 字，实际 {actual} 字" in message
    assert fix in message


def test_overrides_win_over_derived_values() -> None:
    post = make_post(
        title="长标题",
        summary="通用摘要。",
        author="甲",
        body="通用正文。",
        overrides={
            "wechat": Override(
                title="微信标题",
                summary="微信摘要。",
                author="乙",
                body="微信正文。",
                url="https://www.example.gov.cn/wx.html",
            )
        },
    )
    rendered = render_wechat(post, WECHAT_CAPS)
    assert "微信标题" == rendered.title
    assert "<p>微信正文。</p>\n" == rendered.body
    assert "乙" == rendered.fields["author"]
    assert "微信摘要。" == rendered.fields["digest"]
    assert "https://www.example.gov.cn/wx.html" == rendered.fields["content_source_url"]


def test_digest_is_cut_from_the_body_at_a_sentence_boundary() -> None:
    sentence = "全市各区在城市公园和郊野公园设置义务植树点，并配备技术指导人员和志愿者。"  # 36
    post = make_post(summary="", body=f"## 小标题\n\n{sentence * 5}")
    digest = render_wechat(post, WECHAT_CAPS).fields["digest"]
    assert len(digest) <= 128
    assert f"小标题 {sentence * 2}{sentence[:-1]}…" == digest


def test_short_body_is_the_whole_digest() -> None:
    post = make_post(summary="", body="一句话通知。")
    assert "一句话通知。" == render_wechat(post, WECHAT_CAPS).fields["digest"]


def test_content_source_url_prefers_override_then_source_then_post_url() -> None:
    reprint = make_post(source=Source(name="新华社", url="https://www.news.cn/a.html"))
    assert (
        "https://www.news.cn/a.html"
        == render_wechat(reprint, WECHAT_CAPS).fields["content_source_url"]
    )
    neither = make_post(url=None)
    assert "content_source_url" not in render_wechat(neither, WECHAT_CAPS).fields
    too_long = make_post(url="https://www.example.gov.cn/" + "a" * 1000)
    with pytest.raises(PostError, match=r"上限 1024 字节"):
        render_wechat(too_long, WECHAT_CAPS)


@pytest.mark.parametrize(
    ("body", "expected_body", "references"),
    [
        (
            "见[新华网报道](https://www.news.cn/a.html)。",
            "<p>见新华网报道[1]。</p>\n<p>参考链接：</p><p>[1] https://www.news.cn/a.html</p>",
            ["https://www.news.cn/a.html"],
        ),
        (
            "[甲](https://a.gov.cn/1)、[乙](https://b.gov.cn/2)、[再甲](https://a.gov.cn/1)",
            "<p>甲[1]、乙[2]、再甲[1]</p>\n<p>参考链接：</p>"
            "<p>[1] https://a.gov.cn/1</p><p>[2] https://b.gov.cn/2</p>",
            ["https://a.gov.cn/1", "https://b.gov.cn/2"],
        ),
        (  # a bare URL is its own text: no duplicate reference
            "详见https://www.gov.cn/a.html。",
            "<p>详见https://www.gov.cn/a.html。</p>\n",
            [],
        ),
        (
            "访问www.gov.cn了解",
            "<p>访问www.gov.cn了解</p>\n",
            [],
        ),
        (  # WeChat's own articles stay clickable
            "[往期](https://mp.weixin.qq.com/s/abc)",
            '<p><a href="https://mp.weixin.qq.com/s/abc">往期</a></p>\n',
            [],
        ),
        (  # relative links are resolved against the post's page
            "[附件](/fj/1.pdf)",
            "<p>附件[1]</p>\n<p>参考链接：</p><p>[1] https://www.example.gov.cn/fj/1.pdf</p>",
            ["https://www.example.gov.cn/fj/1.pdf"],
        ),
        (
            '<a href="https://x.gov.cn/raw">原始HTML链接</a>',
            "<p>原始HTML链接[1]</p>\n<p>参考链接：</p><p>[1] https://x.gov.cn/raw</p>",
            ["https://x.gov.cn/raw"],
        ),
        (
            "[写信](mailto:xinxiang@example.gov.cn)",
            "<p>写信[1]</p>\n<p>参考链接：</p><p>[1] mailto:xinxiang@example.gov.cn</p>",
            ["mailto:xinxiang@example.gov.cn"],
        ),
    ],
)
def test_external_links_become_a_reference_list(
    body: str, expected_body: str, references: list[str]
) -> None:
    rendered = render_wechat(make_post(body=body), WECHAT_CAPS)
    assert expected_body == rendered.body
    assert references == rendered.fields["references"]


def test_relative_link_without_a_base_is_dropped_and_reported() -> None:
    rendered = render_wechat(make_post(url=None, body="[附件](/fj/1.pdf)"), WECHAT_CAPS)
    assert "<p>附件</p>\n" == rendered.body
    assert ["/fj/1.pdf"] == rendered.fields["dropped_links"]


def test_reprint_carries_the_source_line_once() -> None:
    source = Source(name="新华社", url="https://www.news.cn/a.html")
    rendered = render_wechat(make_post(source=source, body="正文。"), WECHAT_CAPS)
    assert "<p>正文。</p>\n<p>来源：新华社</p>" == rendered.body
    assert "来源：新华社" == rendered.fields["attribution"]
    already = render_wechat(make_post(source=source, body="来源：新华社\n\n正文。"), WECHAT_CAPS)
    assert 1 == already.body.count("来源：新华社")


def test_source_line_comes_before_the_reference_list() -> None:
    post = make_post(source=Source(name="新华社"), body="[报道](https://www.news.cn/a.html)")
    assert (
        "<p>报道[1]</p>\n<p>来源：新华社</p><p>参考链接：</p><p>[1] https://www.news.cn/a.html</p>"
    ) == render_wechat(post, WECHAT_CAPS).body


def test_unsafe_html_is_removed() -> None:
    body = '正文<script>alert(1)</script>\n\n<iframe src="https://x.cn"></iframe>\n\n<video src="v.mp4"></video>'
    rendered = render_wechat(make_post(body=body), WECHAT_CAPS)
    for forbidden in ("<script", "alert", "<iframe", "<video"):
        assert forbidden not in rendered.body


def test_body_is_stable_under_the_allow_list() -> None:
    post = make_post(
        body="# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> 引用 & <注>\n\n"
        "[往期](https://mp.weixin.qq.com/s/x) [外链](https://www.news.cn/)\n\n```\na < b\n```\n",
    )
    body = render_wechat(post, WECHAT_CAPS).body
    assert body == sanitize_wechat(body)


def test_img_src_is_the_image_src_as_written() -> None:
    listed = image("images/植树 现场.png", PNG, "现场")
    post = make_post(body="![现场](<images/植树 现场.png>)", images=(listed,))
    rendered = render_wechat(post, WECHAT_CAPS)
    assert '<p><img src="images/植树 现场.png" alt="现场"></p>\n' == rendered.body
    assert (listed,) == rendered.images


def test_images_in_order_of_appearance_deduplicated_remote_included() -> None:
    a, b = image("a.png", PNG), image("b.jpg", JPEG)
    post = make_post(
        body="![](b.jpg)\n\n![](https://img.example.gov.cn/r.png)\n\n![](a.png)\n\n![](b.jpg)",
        images=(a, b),
    )
    rendered = render_wechat(post, WECHAT_CAPS)
    assert ["b.jpg", "https://img.example.gov.cn/r.png", "a.png"] == [
        i.src for i in rendered.images
    ]
    assert rendered.images[1].is_remote
    assert 2 == rendered.body.count('src="b.jpg"')


def test_local_image_not_listed_in_the_post_is_refused() -> None:
    with pytest.raises(PostError) as caught:
        render_wechat(make_post(body="![](secret/unreviewed.png)"), WECHAT_CAPS)
    assert "images" == caught.value.field
    assert "secret/unreviewed.png" in str(caught.value)


@pytest.mark.parametrize(
    ("changes", "field", "needle"),
    [
        ({"cover": None}, "cover", "必须有封面图"),
        ({"cover": image("c.bmp", BMP)}, "cover", "image/bmp"),
        ({"cover": image("c.jpg", JPEG + b"\x00" * (10 * MB))}, "cover", "上限 10485759 字节"),
        ({"cover": Image(src="https://img.example.gov.cn/c.bmp")}, "cover", "image/bmp"),
        ({"body": "![](g.gif)", "images": (image("g.gif", GIF),)}, "images", "image/gif"),
        (
            {"body": "![](big.png)", "images": (image("big.png", PNG + b"\x00" * MB),)},
            "images",
            "上限 1048575 字节",
        ),
        (
            {"body": "![](x.png)", "images": (image("x.png", b"not an image"),)},
            "images",
            "无法识别",
        ),
        ({"body": ""}, "body", "为空"),
    ],
)
def test_unusable_cover_or_images_are_refused(
    changes: dict[str, Any], field: str, needle: str
) -> None:
    with pytest.raises(PostError) as caught:
        render_wechat(make_post(**changes), WECHAT_CAPS)
    assert field == caught.value.field
    assert needle in str(caught.value)
    assert "微信公众号" in str(caught.value)


def test_content_limits_count_the_whole_html() -> None:
    caps = WECHAT_CAPS.model_copy(update={"body_max_chars": 100, "body_max_bytes": 10_000})
    fits = make_post(body="字" * 90)  # "<p>" + 90 + "</p>\n" = 98
    assert 98 == len(render_wechat(fits, caps).body)
    with pytest.raises(PostError) as caught:
        render_wechat(make_post(body="字" * 94), caps)  # 102 characters of HTML
    assert "body" == caught.value.field
    assert "上限 100 字，实际 102 字" in str(caught.value)
    assert "overrides.wechat.body" in str(caught.value)

    in_bytes = WECHAT_CAPS.model_copy(update={"body_max_bytes": 200})
    with pytest.raises(PostError, match=r"上限 200 字节，实际 278 字节"):
        render_wechat(make_post(body="字" * 90), in_bytes)  # 90 × 3 bytes + 8


def test_content_length_reserves_room_for_uploaded_image_urls() -> None:
    caps = WECHAT_CAPS.model_copy(update={"body_max_chars": 200})
    post = make_post(body="![](a.png)", images=(image("a.png", PNG),))
    with pytest.raises(PostError) as caught:
        render_wechat(post, caps)
    html = '<p><img src="a.png" alt=""></p>\n'
    assert f"实际 {len(html) + IMAGE_URL_RESERVE - len('a.png')} 字" in str(caught.value)


def test_replace_image_sources_rewrites_only_known_srcs() -> None:
    post = make_post(
        body="![现场](<images/植树 现场.png>)\n\n![](https://img.example.gov.cn/r.png)",
        images=(image("images/植树 现场.png", PNG),),
    )
    body = render_wechat(post, WECHAT_CAPS).body
    rewritten = replace_image_sources(
        body, {"images/植树 现场.png": "http://mmbiz.qpic.cn/mmbiz_png/x/0?wx_fmt=png&a=1"}
    )
    assert (
        '<p><img src="http://mmbiz.qpic.cn/mmbiz_png/x/0?wx_fmt=png&amp;a=1" alt="现场"></p>\n'
        '<p><img src="https://img.example.gov.cn/r.png" alt=""></p>\n'
    ) == rewritten
