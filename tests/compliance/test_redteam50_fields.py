"""Red team 50 (blind): leaks the corpus format cannot express — several fields at once.

A corpus case puts its text in one field. These put the same or different leaks in
two or more fields of one post and check that each field gets its own finding, named
as the editor finds it (docs/compliance.md, "Fields checked"), and that a clean main
body does not hide an override that leaks. Written blind, with the corpus family
``redteam50_blind_fields``.
"""

from __future__ import annotations

import io

from number_makers import full_width, id_number
from PIL import Image as PILImage

from govpub import Image, Override, Policy, Post, Source, check

ZW = "\u200b"
ID = id_number("31010419851122368")
SPAN_ID = "".join(f"<span>{full_width(ID[i : i + 4])}</span>" for i in range(0, 18, 4))
MOBILE = "一三八－一二三四－五六七八"  # numerals and full-width dashes
SHORT = "ｔ。" + ZW + "ｃｎ／A6xYz"  # full width + 。 + U+200B
SHARE = "👉￥AbCd1234Ef￥👈複製這段描述，打開👉淘寶👈"


def _png() -> bytes:
    """A small plain picture (no code in it)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 64), "white").save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()
POLICY = Policy.default()


def _found(post: Post) -> list[tuple[str, str, str]]:
    """(rule, severity, field) of every finding, sorted."""
    return sorted((f.rule, f.severity, f.field) for f in check(post, POLICY).findings)


def test_summary_repeating_a_body_mobile_is_one_finding_per_field() -> None:
    text = f"报名咨询：{MOBILE}"
    post = Post(title="关于报名的通知", body=text, summary=text)
    assert _found(post) == [
        ("personal.mobile", "block", "body"),
        ("personal.mobile", "block", "summary"),
    ]


def test_summary_repeating_a_body_short_link_is_stripped_in_both() -> None:
    text = f"报名入口：{SHORT}"
    result = check(Post(title="关于报名的通知", body=text, summary=text), POLICY)
    assert sorted((f.rule, f.field) for f in result.findings) == [
        ("ad.link_stripped", "body"),
        ("ad.link_stripped", "summary"),
    ]
    assert result.post.body == result.post.summary == "报名入口："


def test_title_repeated_in_a_platform_title_marks_both() -> None:
    title = "機\u3000密＊１０年 会议纪要"
    post = Post(title=title, overrides={"wechat": Override(title=title)})
    assert _found(post) == [
        ("secrecy.marking", "block", "overrides.wechat.title"),
        ("secrecy.marking", "block", "title"),
    ]


def test_clean_body_does_not_hide_a_leaking_override_body() -> None:
    post = Post(
        title="关于做好有关工作的通知",
        body="全文见 https://www.gov.cn/zhengce/ 。",
        overrides={"wechat": Override(body=f"<p>申请人身份证：{SPAN_ID}</p>")},
    )
    assert _found(post) == [("personal.id_number", "block", "overrides.wechat.body")]


def test_weibo_text_link_is_stripped_from_the_weibo_override_only() -> None:
    post = Post(
        title="关于做好有关工作的通知",
        body="详见 https://www.gov.cn/zhengce/",
        overrides={"weibo": Override(text=f"#通知# 报名 {SHORT}")},
    )
    result = check(post, POLICY)
    assert [(f.rule, f.field) for f in result.findings] == [
        ("ad.link_stripped", "overrides.weibo.text")
    ]
    assert result.post.body == post.body
    assert result.post.overrides["weibo"].text == "#通知# 报名 "


def test_every_platform_override_body_is_read() -> None:
    overrides = {p: Override(body=f"（此件不予公開）{p}") for p in ("weibo", "wechat", "app")}
    post = Post(title="关于做好有关工作的通知", overrides=overrides)
    assert _found(post) == [
        ("disclosure.not_public", "block", f"overrides.{p}.body")
        for p in ("app", "wechat", "weibo")
    ]


def test_an_image_leaking_in_alt_and_file_name_gets_a_finding_for_each() -> None:
    image = Image(data=PNG, alt=f"联系人手机{MOBILE}", filename="內部資料－２０２５.png")
    post = Post(title="关于做好有关工作的通知", images=(image,))
    assert _found(post) == [
        ("personal.mobile", "block", "images[0].alt"),
        ("secrecy.internal", "block", "images[0].filename"),
    ]


def test_second_image_and_cover_are_named_by_their_place() -> None:
    clean = Image(data=PNG, alt="活动现场", filename="a.png")
    leaking = Image(data=PNG, alt=SHARE, filename="b.png")
    cover = Image(data=PNG, alt="封面", filename="ｕ。ｊｄ。ｃｏｍ.png")
    post = Post(title="关于做好有关工作的通知", images=(clean, leaking), cover=cover)
    assert _found(post) == [
        ("ad.share_code", "block", "images[1].alt"),
        ("ad.url_field", "block", "cover.filename"),
    ]


def test_tags_are_named_by_their_index() -> None:
    post = Post(title="关于做好有关工作的通知", tags=("政策解读", f"报名{SHORT}", f"咨询{MOBILE}"))
    assert _found(post) == [
        ("ad.link_stripped", "fixed", "tags[1]"),
        ("personal.mobile", "block", "tags[2]"),
    ]


def test_source_name_and_body_leaking_the_same_link() -> None:
    post = Post(
        title="关于做好有关工作的通知",
        body=f"原文 {SHORT}",
        source=Source(name=f"新华网 {SHORT}", url="https://www.news.cn/politics/c_1.htm"),
    )
    result = check(post, POLICY)
    assert sorted((f.rule, f.field) for f in result.findings) == [
        ("ad.link_stripped", "body"),
        ("ad.link_stripped", "source.name"),
    ]
    assert result.post.source is not None
    assert result.post.source.name == "新华网"


def test_clean_fields_everywhere_stay_clean() -> None:
    gov = "ｗｗｗ。" + ZW + "ｇｏｖ。ｃｎ/zhengce/"
    post = Post(
        title=f"通知全文见{gov}",
        summary="统一社会信用代码：" + full_width("511100005000001895"),
        author="本报记者 阿卜杜·热合曼",
        body=f"详见 {gov}",
        tags=("《絕密使命》觀後感", "秘 密 投 票"),
        images=(Image(data=PNG, alt="图为中国政府网首页", filename="www.gov.cn.png"),),
        source=Source(name="新 華 網", url="https://www。news。cn/politics/c_1.htm"),
        url="https://www。gov。cn/zhengce/content_1.htm",
        overrides={
            "weibo": Override(text=f"#政策解读# 全文见 {gov} [赞]"),
            "wechat": Override(title="保守國家秘密 人人有責", body="<p>（此件公開發布）</p>"),
            "app": Override(summary="公開屬性：主動公開", url="https://www.gov.cn/search?q=t.cn"),
        },
    )
    assert _found(post) == []
