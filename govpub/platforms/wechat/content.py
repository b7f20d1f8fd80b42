"""WeChat article HTML: point every ``<img>`` at its uploaded ``mmbiz.qpic.cn`` URL.

``draft/add`` filters out images that are not ``media/uploadimg`` URLs
(``api_draft_add``; wechat.md §3.3), so an article would silently lose them.
govpub rewrites each body image's ``src`` to the URL WeChat returned and refuses
any other external image instead of letting WeChat drop it — what was reviewed
is what readers see.

The rewrite edits only the ``src`` attribute of start tags found by the standard
library's HTML tokenizer; the rest of the sanitised HTML is left byte for byte.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from html.parser import HTMLParser

from govpub.platforms._common import host_on_domain

__all__ = ["WECHAT_IMAGE_DOMAINS", "html_size", "rewrite_image_sources"]

#: Hosts WeChat serves uploaded images from (uploadimg answers ``http://mmbiz.qpic.cn/…``).
WECHAT_IMAGE_DOMAINS = ("mmbiz.qpic.cn", "mmbiz.qlogo.cn")


class _ImgFinder(HTMLParser):
    """Collects ``(start offset, raw start-tag text, src)`` of every ``<img>``."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0]
        for index, char in enumerate(text):
            if char == "\n":
                self._line_starts.append(index + 1)
        self.found: list[tuple[int, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "img":
            return
        line, column = self.getpos()
        raw = self.get_starttag_text() or ""
        src = next((value for name, value in attrs if name == "src"), None)
        self.found.append((self._line_starts[line - 1] + column, raw, src))

    handle_startendtag = handle_starttag


def _replace_src(raw: str, old: str, new: str) -> str:
    """``raw`` start tag with its src value ``old`` (as parsed) replaced by ``new``."""
    escaped = html.escape(new, quote=True)
    for written in {old, html.escape(old, quote=True), html.escape(old, quote=False)}:
        for quote in ('"', "'"):
            needle = f"src={quote}{written}{quote}"
            if needle in raw:
                return raw.replace(needle, f'src="{escaped}"', 1)
    if f"src={old}" in raw:
        return raw.replace(f"src={old}", f'src="{escaped}"', 1)
    raise ValueError(f"cannot locate src {old!r} in {raw!r}")


def rewrite_image_sources(body: str, uploaded: Mapping[str, str]) -> tuple[str, list[str]]:
    """Body HTML with each ``src`` in ``uploaded`` replaced; also the srcs left external.

    Images already on WeChat's image hosts are kept; ``<img>`` without ``src``
    and ``data:`` URIs count as external (WeChat would drop them too).
    """
    finder = _ImgFinder(body)
    finder.feed(body)
    finder.close()
    pieces: list[str] = []
    external: list[str] = []
    cursor = 0
    for offset, raw, src in finder.found:
        if src is not None and src in uploaded:
            pieces.append(body[cursor:offset])
            pieces.append(_replace_src(raw, src, uploaded[src]))
            cursor = offset + len(raw)
        elif src is None or not any(host_on_domain(src, d) for d in WECHAT_IMAGE_DOMAINS):
            external.append(src or "<img without src>")
    pieces.append(body[cursor:])
    return "".join(pieces), external


def html_size(body: str) -> tuple[int, int]:
    """``(characters, UTF-8 bytes)`` of the whole HTML, tags and attributes included.

    WeChat counts the whole string (community answer, wechat.md §4), so govpub
    does too.
    """
    return len(body), len(body.encode("utf-8"))
