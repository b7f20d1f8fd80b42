"""What WeChat would refuse in a rendered article, decided without I/O (one definition each).

:meth:`WechatAdapter.validate <govpub.platforms.wechat.WechatAdapter.validate>`
lists these problems for one account's settings; ``publish`` refuses on them
before any call, and ``govpub check`` / ``govpub review approve`` show them to
the editor before anyone signs (issue 10, item 7).  The checks that need bytes
fetched at send time (a remote cover or body image) call the same functions
once the bytes are there.

Facts (``shared/reference/wechat.md`` §3.3–§4, ``api_draft_add``,
``api_uploadimage``, ``api_addmaterial``): title ≤ 32, author ≤ 16, digest ≤ 128
characters; ``content_source_url`` ≤ 1 KB; content < 20,000 characters and < 1 MB
over the whole HTML; body images (``media/uploadimg``) JPEG/PNG < 1 MB; a cover
is required (``thumb_media_id``), as permanent material ``type=image`` (JPEG,
PNG, GIF, BMP ≤ 10 MB) or ``type=thumb`` (JPEG ≤ 64 KB); ``draft/add`` drops
images that were not uploaded with ``media/uploadimg``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from govpub.model import Image
from govpub.platforms._common import MB, image_file
from govpub.platforms.base import (
    DELIVERY_TOKEN_LENGTH,
    Capabilities,
    Rendered,
    RenderingProblem,
    tag_link,
)
from govpub.platforms.wechat.content import html_size, rewrite_image_sources
from govpub.platforms.wechat.models import WechatSettings

__all__ = [
    "COVER_TYPES",
    "URL_MAX_BYTES",
    "ArticleText",
    "article_problems",
    "article_text",
    "body_image_problem",
    "content_problems",
    "cover_bytes_problem",
    "rendering_problems",
]

#: ``material/add_material`` per ``cover_material_type``: accepted types and the size limit.
COVER_TYPES: Final = {
    "image": (frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp"}), 10 * MB),
    "thumb": (frozenset({"image/jpeg"}), 64 * 1024),
}
#: ``content_source_url`` ≤ 1 KB (``api_draft_add``).
URL_MAX_BYTES: Final = 1024

_NAMES: Final = {"title": "标题", "author": "作者", "digest": "摘要"}


@dataclass(frozen=True)
class ArticleText:
    """The text fields of a ``draft/add`` article, as they will be sent."""

    title: str
    author: str
    digest: str
    source_url: str


def article_text(
    rendered: Rendered, settings: WechatSettings, *, token: str | None = None
) -> ArticleText:
    """The article's text fields: the rendering's, the account's ``content_source_url`` else.

    ``token``: the delivery token the 阅读原文 link carries (``?gpd=…``).
    """
    fields = rendered.fields
    source_url = str(fields.get("content_source_url") or settings.content_source_url or "").strip()
    if source_url and token is not None:
        source_url = tag_link(source_url, token)
    return ArticleText(
        title=rendered.title.strip(),
        author=str(fields.get("author") or "").strip(),
        digest=str(fields.get("digest") or fields.get("summary") or "").strip(),
        source_url=source_url,
    )


def article_problems(text: ArticleText, caps: Capabilities) -> list[RenderingProblem]:
    """An empty title, the title/author/digest lengths, the ``content_source_url`` size."""
    problems = []
    if not text.title:
        problems.append(
            RenderingProblem(field="title", message="标题为空：微信图文消息必须有标题。")
        )
    limits = (
        ("title", text.title, caps.title_max),
        ("author", text.author, caps.author_max),
        ("digest", text.digest, caps.summary_max),
    )
    for name, value, limit in limits:
        if limit is not None and len(value) > limit:
            problems.append(
                RenderingProblem(
                    field=name,
                    message=f"{_NAMES[name]}过长：上限 {limit} 字，实际 {len(value)} 字。",
                )
            )
    size = len(text.source_url.encode("utf-8"))
    if size > URL_MAX_BYTES:
        problems.append(
            RenderingProblem(
                field="content_source_url",
                message=f"原文链接（content_source_url，文章的 url 或账号设置）过长："
                f"上限 {URL_MAX_BYTES} 字节，实际 {size} 字节。",
            )
        )
    return problems


def content_problems(body: str, caps: Capabilities) -> list[RenderingProblem]:
    """Empty content, and the whole HTML's characters and bytes (WeChat counts tags too)."""
    if not body.strip():
        return [RenderingProblem(field="body", message="正文为空：微信图文消息必须有正文。")]
    chars, size = html_size(body)
    problems = []
    if caps.body_max_chars is not None and chars > caps.body_max_chars:
        problems.append(
            RenderingProblem(
                field="body",
                message=f"正文过长：整段 HTML（含标签）{chars} 字符，须少于 20,000 字符。",
            )
        )
    if caps.body_max_bytes is not None and size > caps.body_max_bytes:
        problems.append(
            RenderingProblem(
                field="body",
                message=f"正文过大：整段 HTML {size} 字节，须小于 1 MB。",
            )
        )
    return problems


def body_image_problem(
    image: Image, data: bytes, index: int, caps: Capabilities
) -> RenderingProblem | None:
    """A body image ``media/uploadimg`` would refuse: not JPEG/PNG, or not under 1 MB."""
    field = f"images[{index}]"
    name = image.src or image.filename or "图片"
    mime = image_file(image, data, default_name="image")[2]
    if mime not in caps.image_types:
        return RenderingProblem(
            field=field,
            message=f"正文图片 {name} 是 {mime}，微信正文图片（media/uploadimg）只接受 JPEG/PNG。",
        )
    if caps.image_max_bytes is not None and len(data) > caps.image_max_bytes:
        return RenderingProblem(
            field=field,
            message=f"正文图片 {name} 为 {len(data)} 字节，须小于 1 MB。",
        )
    return None


def cover_bytes_problem(cover: Image, data: bytes, material_type: str) -> RenderingProblem | None:
    """A cover ``material/add_material`` would refuse as ``type=material_type``."""
    types, limit = COVER_TYPES[material_type]
    mime = image_file(cover, data, default_name="cover")[2]
    name = cover.src or cover.filename or "封面图"
    if mime not in types:
        allowed = "、".join(sorted(t.removeprefix("image/").upper() for t in types))
        return RenderingProblem(
            field="cover",
            message=f"封面图 {name} 是 {mime}，账号的封面素材类型 type={material_type} 只接受 "
            f"{allowed}。",
        )
    if len(data) > limit:
        return RenderingProblem(
            field="cover",
            message=f"封面图 {name} 为 {len(data)} 字节，超过 type={material_type} 素材的上限 "
            f"{limit} 字节。",
        )
    return None


def _external_images(rendered: Rendered) -> list[str]:
    """``<img>`` sources of the body that are neither the rendering's images nor on WeChat."""
    placeholders = {image.src: image.src for image in rendered.images if image.src is not None}
    return rewrite_image_sources(rendered.body, placeholders)[1]


def rendering_problems(
    rendered: Rendered, settings: WechatSettings, caps: Capabilities
) -> list[RenderingProblem]:
    """Every problem of ``rendered`` for an account with ``settings``; pure, no I/O.

    Images held only by URL are judged once fetched (by the same functions).
    """
    # The link is checked as sent: with room for a delivery token when the account adds one.
    room = "0" * DELIVERY_TOKEN_LENGTH if settings.link_token else None
    problems = article_problems(article_text(rendered, settings, token=room), caps)
    cover = rendered.cover
    if cover is None:
        problems.append(
            RenderingProblem(
                field="cover",
                message="缺少封面图：微信图文消息必须有封面图 (thumb_media_id is required)。"
                "请在文章的 cover 中指定一张图片。",
            )
        )
    elif cover.data is not None:
        found = cover_bytes_problem(cover, cover.data, settings.cover_material_type)
        problems.extend([found] if found is not None else [])
    problems.extend(content_problems(rendered.body, caps))
    for index, image in enumerate(rendered.images, 1):
        if image.data is not None:
            found = body_image_problem(image, image.data, index, caps)
            problems.extend([found] if found is not None else [])
    external = _external_images(rendered)
    if external:
        problems.append(
            RenderingProblem(
                field="body",
                message="正文中有不属于本稿件图片的外部图片，微信会丢弃未经 media/uploadimg "
                f"上传的图片：{'、'.join(external)}",
            )
        )
    return problems
