"""What Weibo would refuse in a rendered status, decided without I/O (one definition each).

:meth:`WeiboAdapter.validate <govpub.platforms.weibo.WeiboAdapter.validate>`
lists these problems for one account's settings; ``publish`` refuses on them
before any call, and ``govpub check`` / ``govpub review approve`` show them to
the editor before anyone signs (issue 10, item 7).  A cover held only by URL is
judged by :func:`picture_problem` once fetched.

Facts (``shared/reference/weibo.md``; https://open.weibo.com/wiki/2/statuses/share):
the text must not be empty (20008) and must carry a link on the app's 安全域名
(10017 otherwise); the one picture (``pic``) is JPEG, GIF or PNG under 5 MB
(20005, 20006).  The state of the account at send time — an expired token, the
operator's IP (``rip``) — is not a property of the rendering and stays in
``publish``.
"""

from __future__ import annotations

from govpub.model import Image
from govpub.platforms._common import host_on_domain, image_file
from govpub.platforms.base import Capabilities, Rendered, RenderingProblem
from govpub.platforms.weibo.models import WeiboSettings
from govpub.render.links import find_urls

__all__ = ["picture_problem", "rendering_problems", "text_problems"]


def text_problems(rendered: Rendered, settings: WeiboSettings) -> list[RenderingProblem]:
    """An empty text; the post's link, and some link of the text, on the safe domain."""
    text = rendered.body.strip()
    if not text:
        return [RenderingProblem(field="text", message="微博正文为空（20008 content is null）。")]
    domain = settings.safe_domain
    problems = []
    link = rendered.fields.get("link")
    if link and not host_on_domain(str(link), domain):
        problems.append(
            RenderingProblem(
                field="link",
                message=f"文章链接 {link} 不在该微博应用的安全域名 {domain} 下，"
                f"微博会拒绝发布（10017）。请把文章的 url 换成 {domain} 下的页面，"
                "或在 overrides.weibo.url 中指定。",
            )
        )
    if not any(host_on_domain(span.url, domain) for span in find_urls(text)):
        problems.append(
            RenderingProblem(
                field="text",
                message=f"微博正文中没有安全域名 {domain} 下的链接，微博会拒绝发布（10017）。"
                f"请在文章的 url 或 overrides.weibo.text 中使用 {domain} 下的链接。",
            )
        )
    return problems


def picture_problem(cover: Image, data: bytes, caps: Capabilities) -> RenderingProblem | None:
    """A picture ``statuses/share`` would refuse: not JPEG/GIF/PNG (20005), not < 5 MB (20006)."""
    name = cover.src or cover.filename or "封面图"
    mime = image_file(cover, data, default_name="pic")[2]
    if mime not in caps.image_types:
        return RenderingProblem(
            field="cover", message=f"封面图 {name} 是 {mime}，微博配图只接受 JPEG、GIF、PNG。"
        )
    if caps.image_max_bytes is not None and len(data) > caps.image_max_bytes:
        return RenderingProblem(
            field="cover", message=f"封面图 {name} 为 {len(data)} 字节，微博配图须小于 5 MB。"
        )
    return None


def rendering_problems(
    rendered: Rendered, settings: WeiboSettings, caps: Capabilities
) -> list[RenderingProblem]:
    """Every problem of ``rendered`` for an account with ``settings``; pure, no I/O."""
    problems = text_problems(rendered, settings)
    cover = rendered.cover
    if cover is not None and cover.data is not None:
        found = picture_problem(cover, cover.data, caps)
        problems.extend([found] if found is not None else [])
    return problems
