"""WeChat article HTML: point every ``<img>`` at its uploaded ``mmbiz.qpic.cn`` URL.

``draft/add`` filters out images that are not ``media/uploadimg`` URLs
(``api_draft_add``; wechat.md §3.3), so an article would silently lose them.
govpub rewrites each body image's ``src`` to the URL WeChat returned and refuses
any other external image instead of letting WeChat drop it — what was reviewed
is what readers see.  The rewriting itself is the renderer's
(:func:`govpub.render.html.rewrite_html`), so the HTML is serialised one way.
"""

from __future__ import annotations

from collections.abc import Mapping

from govpub.platforms._common import host_on_domain
from govpub.render.html import rewrite_html

__all__ = ["WECHAT_IMAGE_DOMAINS", "html_size", "rewrite_image_sources"]

#: Hosts WeChat serves uploaded images from (uploadimg answers ``http://mmbiz.qpic.cn/…``).
WECHAT_IMAGE_DOMAINS = ("mmbiz.qpic.cn", "mmbiz.qlogo.cn")


def rewrite_image_sources(body: str, uploaded: Mapping[str, str]) -> tuple[str, list[str]]:
    """Body HTML with each ``src`` in ``uploaded`` replaced; also the srcs left external.

    Images already on WeChat's image hosts are kept; any other ``src`` (another
    host, a local path that was not uploaded, a ``data:`` URI) is reported.
    """
    external: list[str] = []

    def replace(src: str) -> str:
        if src in uploaded:
            return uploaded[src]
        if not any(host_on_domain(src, domain) for domain in WECHAT_IMAGE_DOMAINS):
            external.append(src)
        return src

    return rewrite_html(body, image=replace), external


def html_size(body: str) -> tuple[int, int]:
    """``(characters, UTF-8 bytes)`` of the whole HTML, tags and attributes included.

    WeChat counts the whole string (community answer, wechat.md §4), so govpub
    does too.
    """
    return len(body), len(body.encode("utf-8"))
