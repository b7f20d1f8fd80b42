"""Each platform's preview, from the same renderers the publisher sends with.

The console renders nothing itself: :func:`previews` asks each platform of the
matrix for its :class:`~govpub.platforms.base.Rendered` through the adapter
class (``get_adapter_class(name).render(post)``, what the publisher calls), so
what an editor sees is what each account gets:

* WeChat: the article HTML, already sanitised by the WeChat renderer
  (:func:`govpub.render.sanitize.sanitize_wechat`), wrapped by
  :func:`wechat_document` into a page that is served with its own
  ``sandbox`` Content-Security-Policy and shown in a phone-width sandboxed frame;
  images become ``data:`` URLs so that the frame loads nothing;
* Weibo: the text as sent, with its length in Weibo's units against the limit;
* the own app: the card (title, summary, cover) from the JSON document.
"""

from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass, field
from typing import Any

from govpub.config import Matrix
from govpub.errors import GovpubError
from govpub.model import Image, Post
from govpub.platforms.base import Rendered, get_adapter_class
from govpub.render import weibo_length
from govpub.render.html import rewrite_html

__all__ = ["Preview", "image_data_url", "previews", "wechat_document"]

_MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif"}
_MIME["webp"] = "image/webp"
#: A 1×1 grey GIF shown where an image is not one of the post's own files.
_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAMzMzAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw=="


@dataclass(frozen=True)
class Preview:
    """One platform's rendering, or why the post cannot go there."""

    platform: str
    label: str
    rendered: Rendered | None = None
    error: str | None = None
    accounts: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def image_data_url(image: Image | None) -> str | None:
    """A ``data:`` URL of a local image (``None`` for a remote one or none)."""
    if image is None or image.data is None:
        return None
    suffix = (image.filename or image.src or "").rsplit(".", 1)[-1].lower()
    mime = _MIME.get(suffix, "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(image.data).decode('ascii')}"


def previews(post: Post, matrix: Matrix) -> list[Preview]:
    """One preview per platform of the matrix's active accounts."""
    counts: dict[str, int] = {}
    for account in matrix.select():
        counts[account.platform] = counts.get(account.platform, 0) + 1
    found = []
    for platform in sorted(counts):
        adapter = get_adapter_class(platform)
        label = adapter.capabilities.label
        try:
            rendered = adapter.render(post)
        except GovpubError as exc:
            found.append(Preview(platform, label, error=str(exc), accounts=counts[platform]))
            continue
        found.append(
            Preview(
                platform, label, rendered, accounts=counts[platform], extra=_extra(rendered, post)
            )
        )
    return found


def _extra(rendered: Rendered, post: Post) -> dict[str, Any]:
    if rendered.format == "text":
        caps = get_adapter_class(rendered.platform).capabilities
        return {"length": weibo_length(rendered.body), "limit": caps.text_max}
    if rendered.format == "json":
        document = json.loads(rendered.body)
        cover = rendered.cover or post.cover  # the app's document names the cover; the post has it
        return {
            "title": document.get("title", ""),
            "summary": document.get("summary", ""),
            "author": document.get("author", ""),
            "attribution": document.get("attribution") or "",
            "cover": image_data_url(cover),
        }
    return {}


def wechat_document(rendered: Rendered) -> str:
    """The WeChat article as a page for the sandboxed preview frame.

    ``rendered.body`` is the renderer's sanitised HTML; only the title and
    author are added here, escaped.  Image sources are re-pointed to ``data:``
    URLs with the renderer's own rewriter (:func:`govpub.render.html.rewrite_html`).
    """
    urls = {i.src: url for i in rendered.images if i.src and (url := image_data_url(i))}
    # a source that is not one of the post's own images (a remote URL) is not fetched
    # by the preview: the frame loads nothing from anywhere
    body = rewrite_html(rendered.body, image=lambda src: urls.get(src, _PLACEHOLDER))
    author = str(rendered.fields.get("author") or "")
    cover = image_data_url(rendered.cover)
    cover_html = f'<img class="cover" alt="封面" src="{cover}">' if cover else ""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{html.escape(rendered.title)}</title><style>{_STYLE}</style></head><body>"
        f"{cover_html}<h1>{html.escape(rendered.title)}</h1>"
        f'<p class="by">{html.escape(author)}</p><article>{body}</article></body></html>'
    )


_STYLE = (
    "body{margin:0;padding:16px;font:16px/1.75 -apple-system,'PingFang SC','Noto Sans CJK SC',"
    "sans-serif;color:#222;background:#fff;word-wrap:break-word}"
    "h1{font-size:22px;line-height:1.4;margin:8px 0}.by{color:#576b95;font-size:15px}"
    "img{max-width:100%;height:auto}.cover{width:100%;border-radius:4px}"
)
