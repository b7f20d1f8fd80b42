"""Weibo share (``statuses/share.json``): one plain-text status with a link and at most one picture.

Facts from ``reference/weibo.md`` §3:

* the status must contain at least one URL on the app's safe domain (安全域名),
  else 10017 — the adapter checks ``fields["link"]`` against the account's safe
  domain; the renderer guarantees there *is* a link;
* ≤ 140 Chinese characters (20012 beyond).  Weibo's exact counting is not
  documented; govpub counts conservatively: every character is 1 (the
  stricter of the GBK-byte and plain-character rules), a URL counted in full
  (Weibo may count links as short t.cn links — UNCONFIRMED),
  and keeps a safety margin below the limit (:data:`WEIBO_SAFETY_MARGIN`);
* ``#话题#`` is stripped silently by the share API, so govpub removes the
  markers itself and reports what it removed;
* one picture, JPEG/GIF/PNG, < 5 MB — the post's cover.

The status reads ``【标题】摘要 链接 来源：X``.  When it is too long only the
summary is shortened, at a sentence boundary, with "…"; the title, the link and
the source line are never cut (:func:`fit_weibo_text`).
"""

from __future__ import annotations

import re

import ada_url

from govpub.model import Post
from govpub.platforms.base import LINK_TOKEN_CHARS, Capabilities, Rendered
from govpub.render._checks import check_image, check_length, refuse
from govpub.render.links import find_urls
from govpub.render.markdown import markdown_to_html
from govpub.render.text import ELLIPSIS, attribution, html_to_blocks, one_line, shorten

__all__ = [
    "WEIBO_SAFETY_MARGIN",
    "fit_weibo_text",
    "remove_topics",
    "render_weibo",
    "weibo_halves",
    "weibo_length",
]

#: Characters kept free below the platform's limit (QQX checks 130 of 140).
WEIBO_SAFETY_MARGIN = 10

_TOPIC = re.compile(r"#([^#\s]{1,64})#")
_SPACE = re.compile(r"\s+")


def _half_units(char: str) -> int:
    """Every character counts 1 (two halves): the stricter of Weibo's two known rules."""
    del char
    return 2


def weibo_halves(text: str) -> int:
    """Length of ``text`` in half characters (every character is two halves; see below)."""
    return 2 * len(text)


def weibo_length(text: str) -> int:
    """Length of ``text`` as govpub counts it for Weibo: every character 1, links in full.

    Weibo's own rule is unconfirmed (weibo.md §3): the old SDKs counted GBK
    bytes (an ASCII character ½), and around 2021 Weibo seemed to switch to
    plain character counts, which the sandbox emulates.  govpub takes the
    stricter of the two, so a status that fits here fits under either rule.

    >>> weibo_length("植树节 https://www.gov.cn/")
    23
    """
    return (weibo_halves(text) + 1) // 2


def remove_topics(text: str) -> tuple[str, list[str]]:
    """Remove ``#话题#`` markers outside URLs; the words stay, the ``#`` go.

    Returns the new text and the topics removed (with their ``#``).  A ``#``
    inside a URL (a fragment) is left alone.
    """
    urls = find_urls(text)
    removed: list[str] = []
    out: list[str] = []
    last = 0
    for url in [*urls, None]:
        end = url.start if url is not None else len(text)
        segment = text[last:end]
        removed.extend(m.group(0) for m in _TOPIC.finditer(segment))
        out.append(_TOPIC.sub(r"\1", segment))
        if url is not None:
            out.append(url.raw)
            last = url.end
    return "".join(out), removed


def fit_weibo_text(head: str, middle: str, tail: str, limit: int) -> str:
    """``head + middle + tail`` within ``limit`` (counted by :func:`weibo_length`).

    Only ``middle`` is shortened (see :func:`govpub.render.text.shorten`: at a
    sentence boundary, never inside a URL, "…" added); ``head`` (the title) and
    ``tail`` (the link and the source line) are kept whole.  A text that fits
    is returned unchanged.  Raises :class:`ValueError` when ``head`` and
    ``tail`` alone exceed the limit.
    """
    budget = 2 * limit - weibo_halves(head) - weibo_halves(tail)
    if budget < 0:
        raise ValueError(
            f"head and tail need {weibo_length(head + tail)} of {limit} characters on their own"
        )
    return head + shorten(middle, budget, weight=_half_units, ellipsis=ELLIPSIS) + tail


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _normalised_link(url: str) -> str:
    """The link as Weibo should see it: WHATWG-serialised, non-ASCII percent-encoded."""
    if not ada_url.check_url(url):
        return url
    return str(ada_url.URL(url).href)


def render_weibo(
    post: Post,
    caps: Capabilities,
    *,
    platform: str = "weibo",
    margin: int = WEIBO_SAFETY_MARGIN,
) -> Rendered:
    """Render ``post`` as a Weibo share status (``format="text"``).

    ``caps.text_max`` is Weibo's documented limit (140); the status is fitted
    to ``text_max - margin``, less the room the delivery token takes in the
    link (``LINK_TOKEN_CHARS``: the adapter adds ``?gpd=<token>`` per account).
    ``overrides.<platform>.text`` is used as the whole status (topics removed,
    the link and source line appended if missing) and refused, not cut, when too long.  Raises
    :class:`~govpub.errors.PostError` when there is no link, when the title,
    link and source line alone do not fit, or when the cover is not a JPEG,
    GIF or PNG within ``caps.cover_max_bytes`` (else ``caps.image_max_bytes``).
    """
    override = post.for_platform(platform)
    limit = None if caps.text_max is None else max(caps.text_max - margin - LINK_TOKEN_CHARS, 1)
    raw_link = override.url or post.url
    if not raw_link:
        raise refuse(
            caps,
            platform,
            "url",
            "缺失：微博分享必须带一个安全域名下的链接。"
            f"请填写文章的 url，或在 overrides.{platform}.url 中指定。",
        )
    link = _normalised_link(raw_link.strip())
    source_line = attribution(post)
    removed: list[str] = []
    truncated = False

    if override.text is not None:
        text, removed = remove_topics(override.text.strip())
        if not find_urls(text):
            text = f"{text} {link}"
        if source_line and source_line not in text:
            text = f"{text} {source_line}"
        if limit is not None:
            check_length(caps, platform, "text", weibo_length(text), limit, note="（含安全余量）")
    else:
        title, removed_title = remove_topics(_clean(override.title or post.title))
        summary = override.summary or post.summary
        if not summary.strip():
            summary = one_line(html_to_blocks(markdown_to_html(override.body or post.body)))
        middle, removed_middle = remove_topics(_clean(summary))
        removed = removed_title + removed_middle
        head = f"【{title}】"
        tail = f" {link}" + (f" {source_line}" if source_line else "")
        if limit is None:
            text = head + middle + tail
        else:
            fixed = weibo_length(head + tail)
            if fixed > limit:
                raise refuse(
                    caps,
                    platform,
                    "title",
                    f"过长：标题、链接与来源合计 {fixed} 字，已超过上限 {limit} 字（含安全余量），"
                    f"摘要已无处可放。请在 overrides.{platform}.title 中写一个更短的标题，"
                    f"或在 overrides.{platform}.text 中写出整条微博。",
                )
            text = fit_weibo_text(head, middle, tail, limit)
            truncated = text != head + middle + tail

    urls = find_urls(text)
    primary = next((u.raw for u in urls if u.raw == link), urls[0].raw if urls else link)
    cover = post.cover
    if cover is not None:
        check_image(
            caps,
            platform,
            cover,
            field="cover",
            max_bytes=caps.cover_max_bytes
            if caps.cover_max_bytes is not None
            else caps.image_max_bytes,
        )
    fields: dict[str, object] = {
        "link": primary,
        "links": [u.raw for u in urls],
        "removed_topics": removed,
        "truncated": truncated,
        "length": weibo_length(text),
        "limit": limit,
        "attribution": source_line,
        "images_not_sent": len(post.images),
    }
    return Rendered(
        platform=platform,
        post_id=post.id,
        post_digest=post.digest(),
        format="text",
        title=override.title or post.title,
        body=text,
        fields=fields,
        images=(),
        cover=cover,
    )
