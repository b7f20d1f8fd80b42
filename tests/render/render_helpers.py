"""Shared set-up for the renderer tests: the reference limits as Capabilities, image bytes."""

from __future__ import annotations

from typing import Any

from govpub.model import Image, Post
from govpub.platforms.base import Capabilities

MB = 1024 * 1024

#: reference/wechat.md §4: title 32, author 16, digest 128, content < 20,000 chars and < 1 MB,
#: body images (uploadimg) jpg/png < 1 MB, cover (add_material image) < 10 MB.
WECHAT_CAPS = Capabilities(
    label="微信公众号",
    title_max=32,
    author_max=16,
    summary_max=128,
    body_max_chars=19_999,
    body_max_bytes=MB - 1,
    images_max=None,
    image_max_bytes=MB - 1,
    cover_max_bytes=10 * MB - 1,
    image_types=frozenset({"image/jpeg", "image/png"}),
)

#: reference/weibo.md §3: 140 characters, one picture JPEG/GIF/PNG < 5 MB.
WEIBO_CAPS = Capabilities(
    label="新浪微博",
    text_max=140,
    images_max=1,
    image_max_bytes=5 * MB - 1,
    image_types=frozenset({"image/jpeg", "image/png", "image/gif"}),
)

#: The own app: generous.
APP_CAPS = Capabilities(label="本单位客户端")

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
GIF = b"GIF89a" + b"\x00" * 32
BMP = b"BM" + b"\x00" * 32


def image(src: str, data: bytes = PNG, alt: str = "") -> Image:
    """A local image with in-memory bytes (no file is read)."""
    return Image(src=src, alt=alt, data=data)


def make_post(**fields: Any) -> Post:
    """A small valid post; keyword arguments replace its fields."""
    base: dict[str, Any] = {
        "id": "p_test",
        "title": "关于开展春季义务植树活动的通知",
        "body": "市绿化委员会决定组织开展春季义务植树活动。欢迎市民就近参加。",
        "summary": "",
        "author": "市绿化办",
        "url": "https://www.example.gov.cn/tzgg/t1.html",
        "cover": image("images/cover.jpg", JPEG),
    }
    base.update(fields)
    return Post(**base)
