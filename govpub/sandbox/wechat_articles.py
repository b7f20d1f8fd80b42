"""What WeChat's ``draft/add`` accepts and stores, and how drafts and articles read back.

Pure rules, no HTTP (the emulator in :mod:`govpub.sandbox.wechat` answers with
the codes).  Follows ``shared/reference/wechat.md`` §3.3 (draft fields) and §4
(limits): title ≤ 32, author ≤ 16, digest ≤ 128 字 (default: the first 54
characters of the text; single-article drafts only), content < 20,000
characters and < 1 MB counted over the whole HTML, ``content_source_url`` ≤ 1 KB,
a permanent cover of the same account; JavaScript is removed and images that
are not on WeChat's own image hosts are filtered out, as the platform does.
"""

from __future__ import annotations

import re
from typing import Any, Final
from urllib.parse import urlsplit

from govpub.sandbox.accounts import Draft, PublishJob, WeChatApp

__all__ = [
    "ARTICLES_MAX",
    "IMAGE_HOSTS",
    "ArticleRefused",
    "check_article",
    "draft_json",
    "filter_content",
    "job_json",
    "news_item",
]

IMAGE_HOSTS: Final = frozenset({"mmbiz.qpic.cn", "mmbiz.qlogo.cn"})

TITLE_MAX = 32
AUTHOR_MAX = 16
DIGEST_MAX = 128
DIGEST_DEFAULT = 54
CONTENT_MAX_CHARS = 20_000
CONTENT_MAX_BYTES = 1024 * 1024
SOURCE_URL_MAX_BYTES = 1024
ARTICLES_MAX = 8  # old multi-article news limit; the reference leaves it UNCONFIRMED
NEWSPIC_MAX = 20

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC_ATTR = re.compile(r"""\b(?:data-)?src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


class ArticleRefused(Exception):  # noqa: N818 - a refusal, not an error of the sandbox
    """``draft/add`` refuses an article: the errcode and a hint naming the field."""

    def __init__(self, code: int, hint: str = "") -> None:
        super().__init__(code, hint)
        self.code = code
        self.hint = hint


def filter_content(html: str) -> tuple[str, list[str], int]:
    """Content as WeChat stores it: scripts removed, images not on its own hosts removed.

    Returns the stored HTML, the ``src`` of every image removed, and the number
    of scripts removed (reference §3.3: "JS removed; … external ones are filtered out").
    """
    html, scripts = _SCRIPT.subn("", html)
    removed: list[str] = []

    def keep_or_drop(match: re.Match[str]) -> str:
        src_match = _SRC_ATTR.search(match.group(0))
        src = next((g for g in src_match.groups() if g is not None), "") if src_match else ""
        host = (urlsplit(src).hostname or "") if src.startswith(("http://", "https://")) else ""
        if host in IMAGE_HOSTS:
            return match.group(0)
        removed.append(src)
        return ""

    return _IMG_TAG.sub(keep_or_drop, html), removed, scripts


def check_article(  # noqa: PLR0912 - one check per documented limit
    app: WeChatApp, article: Any, index: int, *, single: bool
) -> dict[str, Any]:
    """The article as ``draft/add`` stores it, or :class:`ArticleRefused` (§3.3, §4)."""
    if not isinstance(article, dict):
        raise ArticleRefused(47001, f"articles[{index}] is not an object")
    article_type = article.get("article_type", "news")
    if article_type not in ("news", "newspic"):
        raise ArticleRefused(47001, f"articles[{index}].article_type")
    title = article.get("title")
    if not isinstance(title, str) or not title:
        raise ArticleRefused(47001, f"articles[{index}].title is required")
    if len(title) > TITLE_MAX:
        raise ArticleRefused(45003)
    author = article.get("author", "")
    if not isinstance(author, str) or len(author) > AUTHOR_MAX:
        raise ArticleRefused(45110)
    digest = article.get("digest", "")
    if not isinstance(digest, str) or len(digest) > DIGEST_MAX:
        raise ArticleRefused(45004)
    content = article.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ArticleRefused(44004)
    if len(content) >= CONTENT_MAX_CHARS or len(content.encode()) >= CONTENT_MAX_BYTES:
        raise ArticleRefused(45002)
    source_url = article.get("content_source_url", "")
    if not isinstance(source_url, str) or len(source_url.encode()) > SOURCE_URL_MAX_BYTES:
        raise ArticleRefused(41039)
    flags = {}
    for flag in ("need_open_comment", "only_fans_can_comment"):
        value = article.get(flag, 0)
        if value not in (0, 1):
            raise ArticleRefused(47001, f"articles[{index}].{flag}")
        flags[flag] = value
    thumb_id = article.get("thumb_media_id", "")
    thumb = app.media.get(str(thumb_id)) if thumb_id else None
    if article_type == "news" and (thumb is None or thumb.type not in ("image", "thumb")):
        raise ArticleRefused(40007, f"articles[{index}].thumb_media_id")
    if article_type == "newspic":
        images = (article.get("image_info") or {}).get("image_list") or []
        if not images or len(images) > NEWSPIC_MAX:
            raise ArticleRefused(47001, f"articles[{index}].image_info")
        for image in images:
            media = app.media.get(str((image or {}).get("image_media_id", "")))
            if media is None or media.type != "image":
                raise ArticleRefused(40007, f"articles[{index}].image_info")
    stored_content, removed, scripts = filter_content(content)
    if not single:
        digest = ""  # the digest is kept for single-article items only
    elif not digest:
        digest = _TAG.sub("", stored_content).strip()[:DIGEST_DEFAULT]
    return {
        "article_type": article_type,
        "title": title,
        "author": author,
        "digest": digest,
        "content": stored_content,
        "content_source_url": source_url,
        "thumb_media_id": thumb_id,
        "thumb_url": thumb.url if thumb is not None else "",
        **flags,
        "filtered_images": removed,
        "scripts_removed": scripts,
    }


def news_item(article: dict[str, Any], *, with_content: bool, url: str = "") -> dict[str, Any]:
    """One ``news_item`` of ``draft/get``, ``getarticle`` and the batchget listings."""
    item = {k: v for k, v in article.items() if k not in ("filtered_images", "scripts_removed")}
    if not with_content:
        item.pop("content", None)
    item["url"] = url
    return item


def draft_json(draft: Draft, *, with_content: bool) -> dict[str, Any]:
    """A draft as ``draft/get`` answers it (the ``url`` is a temporary preview link)."""
    return {
        "news_item": [
            news_item(
                a,
                with_content=with_content,
                url=f"https://mp.weixin.qq.com/s?__biz=sandbox&tempkey={draft.media_id[:16]}",
            )
            for a in draft.articles
        ],
        "create_time": int(draft.created),
        "update_time": int(draft.updated),
    }


def job_json(job: PublishJob, *, with_content: bool) -> dict[str, Any]:
    """A finished publish as ``freepublish/getarticle`` answers it, ``is_deleted`` per item."""
    items = []
    for article, url, deleted in zip(job.articles, job.urls, job.deleted, strict=True):
        item = news_item(article, with_content=with_content, url=url)
        item["is_deleted"] = deleted
        items.append(item)
    return {
        "news_item": items,
        "create_time": int(job.submitted_at),
        "update_time": int(job.finish_at),
    }
