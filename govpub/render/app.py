"""The agency's own app: one JSON document per post (``reference/own-app.md`` §1).

The document is the ``data`` member of the Standard Webhooks envelope the app
adapter sends (``{"type": "post.published", "timestamp": …, "data": …}``); the
adapter wraps it and signs the exact bytes.  It is serialised once, here, as
UTF-8 JSON with sorted keys and no ASCII escaping, so the same post always gives
the same bytes — which is what the ``Idempotency-Key`` contract needs (a retry
must carry the same payload, or the receiver answers 422).

Members::

    post_id, digest (post.digest()), title, summary, author, category, tags,
    url, publish_at (ISO 8601 or null),
    source {name, url} | null, attribution ("来源：…" | null),
    body_html   sanitised HTML; links kept with rel="noopener";
                a local image's src is "govpub-image:<sha256>",
                a remote image's src is its URL
    images      [{src, alt, sha256, mime_type, ref, url, data}, …]
                body images in order of appearance, then the post's other images
    cover       same shape as an image, or null

For a local image ``src`` is the path as written in the post, ``ref`` the
``govpub-image:<sha256>`` reference used in ``body_html``, ``data`` the bytes in
base64 and ``url`` null; for a remote image ``url`` is its address, ``data`` and
``ref`` are null and ``sha256`` is the pinned hash if the post has one.  A
receiver resolves ``govpub-image:`` references through ``images[].ref``.
"""

from __future__ import annotations

import base64
import html
import json
from typing import Any

from govpub.model import Image, Post
from govpub.platforms.base import Capabilities, Rendered
from govpub.render._checks import check_image, check_length
from govpub.render.html import rewrite_html
from govpub.render.images import BodyImages
from govpub.render.markdown import markdown_to_html
from govpub.render.sanitize import sanitize_app
from govpub.render.text import attribution, html_to_blocks

__all__ = ["IMAGE_REF_SCHEME", "image_entry", "image_ref", "render_app"]

#: URL scheme of the references to embedded images in ``body_html``.
IMAGE_REF_SCHEME = "govpub-image"


def image_ref(image: Image) -> str | None:
    """``govpub-image:<sha256>`` for an image whose bytes travel in the document, else ``None``."""
    if image.data is None or image.sha256 is None:
        return None
    return f"{IMAGE_REF_SCHEME}:{image.sha256}"


def image_entry(image: Image) -> dict[str, Any]:
    """One image as the document describes it (see the module docstring)."""
    local = image.data is not None
    return {
        "src": image.src,
        "alt": image.alt,
        "sha256": image.sha256,
        "mime_type": image.mime_type,
        "ref": image_ref(image),
        "url": None if local else image.src,
        "data": base64.b64encode(image.data).decode("ascii") if image.data is not None else None,
    }


def render_app(post: Post, caps: Capabilities, *, platform: str = "app") -> Rendered:
    """Render ``post`` as the own app's JSON document (``format="json"``).

    Checks whatever limits ``caps`` declares (title, summary, images, and
    ``body_max_bytes`` over the whole document); raises
    :class:`~govpub.errors.PostError` when one is exceeded or a body image is
    not listed in the post.
    """
    override = post.for_platform(platform)
    title = (override.title or post.title).strip()
    check_length(caps, platform, "title", len(title), caps.title_max)
    author = (override.author if override.author is not None else post.author).strip()
    check_length(caps, platform, "author", len(author), caps.author_max)
    summary = (override.summary if override.summary is not None else post.summary).strip()
    check_length(caps, platform, "summary", len(summary), caps.summary_max)

    clean = sanitize_app(
        markdown_to_html(override.body if override.body is not None else post.body)
    )
    images = BodyImages(post.images, caps=caps, platform=platform)
    body_html = rewrite_html(clean, image=lambda src: image_ref(images.resolve(src)) or src)
    source_line = attribution(post)
    if source_line and not any(source_line in block for block in html_to_blocks(clean)):
        body_html += f"<p>{html.escape(source_line, quote=False)}</p>"

    listed = list(images.order)
    listed += [image for image in post.images if all(image is not seen for seen in listed)]
    for image in listed:
        check_image(caps, platform, image, field="images", max_bytes=caps.image_max_bytes)
    check_length(caps, platform, "images", len(listed), caps.images_max, unit="张")
    if post.cover is not None:
        check_image(caps, platform, post.cover, field="cover", max_bytes=caps.cover_max_bytes)

    digest = post.digest()
    document = {
        "post_id": post.id,
        "digest": digest,
        "title": title,
        "summary": summary,
        "author": author,
        "category": post.category,
        "tags": list(post.tags),
        "url": override.url or post.url,
        "publish_at": post.publish_at.isoformat() if post.publish_at is not None else None,
        "source": None
        if post.source is None
        else {"name": post.source.name, "url": post.source.url},
        "attribution": source_line,
        "body_html": body_html,
        "images": [image_entry(image) for image in listed],
        "cover": None if post.cover is None else image_entry(post.cover),
    }
    body = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    check_length(
        caps,
        platform,
        "document",
        len(body.encode()),
        caps.body_max_bytes,
        unit="字节",
        override="body",
    )
    return Rendered(
        platform=platform,
        post_id=post.id,
        post_digest=digest,
        format="json",
        title=title,
        body=body,
        fields={"image_count": len(listed), "attribution": source_line},
        images=(),
        cover=None,
    )
