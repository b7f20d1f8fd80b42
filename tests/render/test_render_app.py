"""Own-app rendering: one stable JSON document per post."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime, timedelta, timezone

import pytest
from render_helpers import APP_CAPS, JPEG, PNG, image, make_post

from govpub.errors import PostError
from govpub.model import Image, Override, Source
from govpub.render import render_app

REMOTE = "https://img.example.gov.cn/r.png"


def _document(**changes: object) -> dict[str, object]:
    rendered = render_app(make_post(**changes), APP_CAPS)
    document: dict[str, object] = json.loads(rendered.body)
    return document


def test_document_members_and_format() -> None:
    cover = image("images/cover.jpg", JPEG, "封面")
    local = image("images/a.png", PNG, "现场")
    post = make_post(
        summary="摘要。",
        body=f"正文。\n\n![现场](images/a.png)\n\n![远程]({REMOTE})\n\n[链接](https://www.gov.cn/)",
        images=(local,),
        cover=cover,
        tags=("植树节",),
        publish_at=datetime(2026, 3, 5, 9, tzinfo=timezone(timedelta(hours=8))),
    )
    rendered = render_app(post, APP_CAPS)
    assert ("app", "json", post.id, post.digest()) == (
        rendered.platform,
        rendered.format,
        rendered.post_id,
        rendered.post_digest,
    )
    document = json.loads(rendered.body)
    sha = hashlib.sha256(PNG).hexdigest()
    assert {
        "post_id": "p_test",
        "digest": post.digest(),
        "title": "关于开展春季义务植树活动的通知",
        "summary": "摘要。",
        "author": "市绿化办",
        "category": "daily",
        "tags": ["植树节"],
        "url": "https://www.example.gov.cn/tzgg/t1.html",
        "publish_at": "2026-03-05T09:00:00+08:00",
        "source": None,
        "attribution": None,
        "body_html": (
            "<p>正文。</p>\n"
            f'<p><img src="govpub-image:{sha}" alt="现场"></p>\n'
            f'<p><img src="{REMOTE}" alt="远程"></p>\n'
            '<p><a href="https://www.gov.cn/" rel="noopener">链接</a></p>\n'
        ),
        "images": [
            {
                "src": "images/a.png",
                "alt": "现场",
                "sha256": sha,
                "mime_type": "image/png",
                "ref": f"govpub-image:{sha}",
                "url": None,
                "data": base64.b64encode(PNG).decode(),
            },
            {
                "src": REMOTE,
                "alt": "",
                "sha256": None,
                "mime_type": "image/png",
                "ref": None,
                "url": REMOTE,
                "data": None,
            },
        ],
        "cover": {
            "src": "images/cover.jpg",
            "alt": "封面",
            "sha256": hashlib.sha256(JPEG).hexdigest(),
            "mime_type": "image/jpeg",
            "ref": f"govpub-image:{hashlib.sha256(JPEG).hexdigest()}",
            "url": None,
            "data": base64.b64encode(JPEG).decode(),
        },
    } == document
    # UTF-8, no ASCII escapes, sorted keys, compact: the same post always gives the same bytes
    assert "关于开展" in rendered.body
    assert list(document) == sorted(document)
    assert rendered.body == render_app(post, APP_CAPS).body
    assert ((), None) == (rendered.images, rendered.cover)


def test_unreferenced_images_follow_the_body_images() -> None:
    a, b = image("a.png", PNG), image("b.jpg", JPEG)
    document = _document(body="![](b.jpg)", images=(a, b))
    assert ["b.jpg", "a.png"] == [entry["src"] for entry in document["images"]]  # type: ignore[index, union-attr]


def test_pinned_remote_image_keeps_its_hash() -> None:
    pinned = Image(src=REMOTE, sha256="a" * 64)
    document = _document(body=f"![]({REMOTE})", images=(pinned,))
    assert "a" * 64 == document["images"][0]["sha256"]  # type: ignore[index]


def test_reprint_source_and_attribution() -> None:
    document = _document(body="正文。", source=Source(name="新华社", url="https://www.news.cn/a"))
    assert {"name": "新华社", "url": "https://www.news.cn/a"} == document["source"]
    assert "来源：新华社" == document["attribution"]
    assert "<p>正文。</p>\n<p>来源：新华社</p>" == document["body_html"]


def test_overrides_win() -> None:
    document = _document(
        overrides={
            "app": Override(
                title="客户端标题",
                summary="客户端摘要",
                author="客户端编辑",
                body="客户端正文",
                url="https://app.example.gov.cn/p/1",
            )
        }
    )
    assert (
        "客户端标题",
        "客户端摘要",
        "客户端编辑",
        "<p>客户端正文</p>\n",
        "https://app.example.gov.cn/p/1",
    ) == (
        document["title"],
        document["summary"],
        document["author"],
        document["body_html"],
        document["url"],
    )


def test_unsafe_html_is_removed() -> None:
    document = _document(body='a<script>x()</script><iframe src="https://x"></iframe>')
    assert "<p>a</p>\n" == document["body_html"]


@pytest.mark.parametrize(
    ("update", "changes", "field", "needle"),
    [
        ({"title_max": 10}, {}, "title", "上限 10 字，实际 15 字"),
        ({"summary_max": 2}, {"summary": "三个字"}, "summary", "上限 2 字"),
        ({"body_max_bytes": 100}, {}, "document", "overrides.app.body"),
        ({"images_max": 1}, {"images": (image("a.png"), image("b.png"))}, "images", "上限 1 张"),
        ({}, {"body": "![](unlisted.png)"}, "images", "unlisted.png"),
    ],
)
def test_declared_limits_are_enforced(
    update: dict[str, object], changes: dict[str, object], field: str, needle: str
) -> None:
    caps = APP_CAPS.model_copy(update=update)
    with pytest.raises(PostError) as caught:
        render_app(make_post(**changes), caps)
    assert field == caught.value.field
    assert needle in str(caught.value)
    assert "本单位客户端" in str(caught.value)
