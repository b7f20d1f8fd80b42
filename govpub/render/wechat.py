"""WeChat Official Account article (图文消息, ``draft/add`` ``article_type=news``).

Facts from ``reference/wechat.md`` §3.3 and §4 (``api_draft_add``, 2025-12-19):
title ≤ 32 字, author ≤ 16 字, digest ≤ 128 字, content < 20,000 characters
*and* < 1 MB counted over the whole HTML string, tags included (community
answer), ``content_source_url`` (阅读原文) ≤ 1 KB, a permanent cover media_id
required for ``news``.  Limits come from the adapter's
:class:`~govpub.platforms.base.Capabilities`; a post that cannot fit is refused
here, before any network call.

Choices where the reference says UNCONFIRMED:

* **External links.**  WeChat documents only links to its own articles
  (``mp.weixin.qq.com``); other ``<a href>`` are at best not clickable and may
  make ``draft/add`` fail (45166, "请确认 content 里没有超链接标签").  govpub
  keeps links to ``mp.weixin.qq.com`` and turns every other link into its text
  followed by ``[n]``, with the URLs listed as plain text under "参考链接：" at
  the end.  A bare URL written in the text stays as text (no duplicate entry).
* **HTML whitelist**: see :mod:`govpub.render.sanitize`.
* **Image URLs.**  The adapter replaces every ``<img src>`` by the URL
  ``media/uploadimg`` returns, which makes the HTML longer; the length check
  reserves :data:`IMAGE_URL_RESERVE` characters per ``<img>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import ada_url

from govpub.model import Post
from govpub.platforms.base import Capabilities, Rendered
from govpub.render._checks import check_image, check_length, refuse
from govpub.render.html import LinkAction, rewrite_html
from govpub.render.images import BodyImages
from govpub.render.markdown import markdown_to_html, normalize_link
from govpub.render.sanitize import sanitize_wechat
from govpub.render.text import attribution, html_to_blocks, one_line, shorten

__all__ = [
    "IMAGE_URL_RESERVE",
    "REFERENCES_HEADING",
    "SOURCE_URL_MAX_BYTES",
    "WECHAT_LINK_HOSTS",
    "render_wechat",
    "replace_image_sources",
]

#: Characters reserved per ``<img>`` for the longer ``mmbiz.qpic.cn`` URL the adapter writes.
IMAGE_URL_RESERVE = 256
#: ``content_source_url`` ≤ 1 KB (``api_draft_add``).
SOURCE_URL_MAX_BYTES = 1024
#: Hosts whose links WeChat keeps clickable in an article (its own articles).
WECHAT_LINK_HOSTS = frozenset({"mp.weixin.qq.com"})
REFERENCES_HEADING = "参考链接："

_SPACE = re.compile(r"\s+")


def _bare(url: str) -> str:
    """``url`` without scheme and trailing slash, to compare a link's text with its target."""
    for prefix in ("https://", "http://", "mailto:", "tel:"):
        if url.lower().startswith(prefix):
            url = url[len(prefix) :]
            break
    return url.rstrip("/")


class _Links:
    """Decides each link's fate and numbers the references."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.references: list[str] = []
        self.dropped: list[str] = []

    def __call__(self, href: str, text: str) -> LinkAction:
        target = href
        if not ada_url.check_url(href):
            if self.base is None or not ada_url.check_url(self.base):
                self.dropped.append(href)
                return LinkAction(keep=False)
            target = str(ada_url.join_url(self.base, href))
        parsed = ada_url.parse_url(target)
        if parsed["protocol"] in ("http:", "https:") and parsed["hostname"] in WECHAT_LINK_HOSTS:
            return LinkAction(keep=True, href=target)
        label = _SPACE.sub("", text)
        if label and {_bare(label), _bare(normalize_link(label))} & {_bare(target), _bare(href)}:
            return LinkAction(keep=False)  # the URL is its own text: readers already see it
        if target not in self.references:
            self.references.append(target)
        return LinkAction(keep=False, suffix=f"[{self.references.index(target) + 1}]")


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def render_wechat(post: Post, caps: Capabilities, *, platform: str = "wechat") -> Rendered:
    """Render ``post`` as a WeChat article (``format="html"``).

    ``body`` is the sanitised HTML for ``draft/add.content``; its ``<img src>``
    values are the ``Image.src`` of ``images`` (use :func:`replace_image_sources`
    after uploading).  ``fields``: ``author``, ``digest``,
    ``content_source_url`` (absent when there is none), ``article_type``,
    ``references``, ``dropped_links``, ``attribution``, ``image_url_reserve``.
    Raises :class:`~govpub.errors.PostError` when a field is too long, the
    cover is missing or unusable, or a body image is not acceptable.
    """
    override = post.for_platform(platform)
    title = (override.title or post.title).strip()
    check_length(caps, platform, "title", len(title), caps.title_max)
    author = (override.author if override.author is not None else post.author).strip()
    check_length(caps, platform, "author", len(author), caps.author_max)

    if post.cover is None:
        raise refuse(
            caps,
            platform,
            "cover",
            "缺失：微信图文消息（news）必须有封面图。请在文章的 cover 中指定一张图片。",
        )
    check_image(caps, platform, post.cover, field="cover", max_bytes=caps.cover_max_bytes)

    source_url = post.source.url if post.source is not None else None
    link_base = override.url or post.url or source_url
    clean = sanitize_wechat(
        markdown_to_html(override.body if override.body is not None else post.body)
    )
    images = BodyImages(post.images, caps=caps, platform=platform)
    links = _Links(link_base)
    written: list[str] = []

    def image_src(src: str) -> str:
        written.append(images.resolve(src).src or src)
        return written[-1]

    content = rewrite_html(clean, image=image_src, link=links)
    blocks = html_to_blocks(clean)

    source_line = attribution(post)
    if source_line and not any(source_line in block for block in blocks):
        content += _paragraph(source_line)
    if links.references:
        content += _paragraph(REFERENCES_HEADING) + "".join(
            _paragraph(f"[{n}] {url}") for n, url in enumerate(links.references, start=1)
        )
    if not clean.strip() or not content.strip():
        raise refuse(caps, platform, "body", "为空：微信图文消息必须有正文。")

    for image in images.order:
        check_image(caps, platform, image, field="images", max_bytes=caps.image_max_bytes)
    check_length(caps, platform, "images", len(images.order), caps.images_max, unit="张")
    reserve = sum(max(0, IMAGE_URL_RESERVE - len(html.escape(src, quote=True))) for src in written)
    note = f"（整段 HTML 计，含标签；已为 {len(written)} 处图片地址预留替换长度）"
    check_length(caps, platform, "body", len(content) + reserve, caps.body_max_chars, note=note)
    check_length(
        caps,
        platform,
        "body",
        len(content.encode()) + reserve,
        caps.body_max_bytes,
        unit="字节",
        note=note,
    )

    summary = _SPACE.sub(" ", override.summary if override.summary is not None else post.summary)
    summary = summary.strip()
    if summary:
        check_length(caps, platform, "digest", len(summary), caps.summary_max, override="summary")
        digest = summary
    else:
        text = one_line(blocks)
        digest = text if caps.summary_max is None else shorten(text, caps.summary_max)

    content_source_url = override.url or (source_url if post.is_reprint else None) or post.url
    fields: dict[str, object] = {
        "article_type": "news",
        "author": author,
        "digest": digest,
        "references": list(links.references),
        "dropped_links": list(links.dropped),
        "attribution": source_line,
        "image_url_reserve": IMAGE_URL_RESERVE,
    }
    if content_source_url:
        check_length(
            caps,
            platform,
            "content_source_url",
            len(content_source_url.encode()),
            SOURCE_URL_MAX_BYTES,
            unit="字节",
            override="url",
        )
        fields["content_source_url"] = content_source_url
    return Rendered(
        platform=platform,
        post_id=post.id,
        post_digest=post.digest(),
        format="html",
        title=title,
        body=content,
        fields=fields,
        images=tuple(images.order),
        cover=post.cover,
    )


def replace_image_sources(content: str, urls: Mapping[str, str]) -> str:
    """Re-point every ``<img src>`` found in ``urls`` (``Image.src`` → uploaded URL).

    For the adapter, after ``media/uploadimg``: ``urls`` maps each body image's
    ``src`` to the ``mmbiz.qpic.cn`` URL WeChat returned.  A ``src`` missing
    from ``urls`` is left as it is (the adapter decides whether that is an error).
    """
    return rewrite_html(content, image=lambda src: urls.get(src, src))
