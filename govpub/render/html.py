"""A small, faithful rewriter for HTML that nh3 has already sanitised.

nh3 decides *what may stay*; some platforms also need *what it becomes*: WeChat
turns external links into plain text with a numbered reference, the app points
local images at ``govpub-image:<sha256>`` references, every renderer needs the
``<img>`` sources in order of appearance.  nh3's ``attribute_filter`` can change
an attribute but cannot replace an element by its text or add text after it, so
this module walks the (well-formed, already clean) output of nh3 with the
standard library's HTML tokenizer and writes it back, calling hooks for images
and links.  Text is re-escaped on the way out, so what comes in as text leaves
as text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["LinkAction", "rewrite_html"]

_VOID = frozenset({"area", "br", "col", "hr", "img", "wbr"})


@dataclass(frozen=True)
class LinkAction:
    """What becomes of one ``<a href>``: kept as a link, or unwrapped with ``suffix`` after it."""

    keep: bool
    href: str | None = None
    suffix: str = ""


ImageHook = Callable[[str], str]
LinkHook = Callable[[str, str], LinkAction]


def _start(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    parts = [tag]
    for name, value in attrs:
        parts.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
    return "<" + " ".join(parts) + ">"


class _Rewriter(HTMLParser):
    def __init__(self, image: ImageHook | None, link: LinkHook | None) -> None:
        super().__init__(convert_charrefs=True)
        self.image = image
        self.link = link
        self.out: list[str] = []
        # One frame per open <a> handled by ``link``: (attrs, output so far, text so far).
        self.anchors: list[tuple[list[tuple[str, str | None]], list[str], list[str]]] = []

    def _emit(self, chunk: str, text: str | None = None) -> None:
        if self.anchors:
            self.anchors[-1][1].append(chunk)
            if text is not None:
                for frame in self.anchors:
                    frame[2].append(text)
        else:
            self.out.append(chunk)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and self.link is not None:
            self.anchors.append((attrs, [], []))
            return
        if tag == "img" and self.image is not None:
            attrs = [
                (name, self.image(value) if name == "src" and value is not None else value)
                for name, value in attrs
            ]
        self._emit(_start(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.link is not None:
            if not self.anchors:  # a stray </a>: nothing to close
                return
            attrs, inner, text = self.anchors.pop()
            href = dict(attrs).get("href")
            if href is None:
                self._emit("".join(inner))
                return
            action = self.link(href, "".join(text))
            if action.keep:
                kept = [(n, action.href if n == "href" and action.href else v) for n, v in attrs]
                self._emit(_start("a", kept) + "".join(inner) + "</a>")
            else:
                self._emit("".join(inner))
                if action.suffix:
                    self._emit(html.escape(action.suffix, quote=False), action.suffix)
            return
        if tag in _VOID:
            return
        self._emit(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self._emit(html.escape(data, quote=False), data)

    def close(self) -> None:
        super().close()
        while self.anchors:  # unclosed <a> at the end: close it the same way
            self.handle_endtag("a")


def rewrite_html(
    fragment: str, *, image: ImageHook | None = None, link: LinkHook | None = None
) -> str:
    """Rewrite sanitised ``fragment``: ``image(src) -> new src``, ``link(href, text) -> action``.

    Hooks are called in document order, so a hook that records its arguments
    sees images and links in the order a reader meets them.
    """
    rewriter = _Rewriter(image, link)
    rewriter.feed(fragment)
    rewriter.close()
    return "".join(rewriter.out)
