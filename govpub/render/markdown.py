"""Markdown → HTML, the first step of every HTML rendering (WeChat article, app body).

CommonMark (markdown-it-py) plus GFM tables and strikethrough, and bare URLs
turned into links with the CJK boundary rule of :mod:`govpub.render.links`.
Raw HTML in the Markdown is passed through here and removed or kept by the
platform's allow-list in :mod:`govpub.render.sanitize`; editors of government
accounts do paste ``<section>`` snippets from layout tools, and escaping them
would print the tags as text.  Typographic replacements and smart quotes stay
off: they would change the characters the reviewer approved.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

from govpub.render.links import linkify

__all__ = ["markdown_parser", "markdown_to_html", "normalize_link"]


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The shared parser: commonmark + table + strikethrough + CJK-aware linkify."""
    md = MarkdownIt("commonmark", {"html": True, "linkify": True, "typographer": False})
    md.enable(["table", "strikethrough", "linkify"])
    md.linkify = linkify()
    return md


def markdown_to_html(text: str) -> str:
    """Render Markdown ``text`` to (unsanitised) HTML."""
    return str(markdown_parser().render(text))


def normalize_link(src: str) -> str:
    """How the parser writes ``src`` into ``href``/``src`` (percent-encoding non-ASCII).

    The renderers use it to map an ``<img src>`` in the HTML back to the
    :class:`~govpub.model.Image` whose ``src`` was written in the Markdown.
    """
    return str(markdown_parser().normalizeLink(src))
