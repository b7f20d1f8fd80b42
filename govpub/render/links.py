"""Bare URLs in Chinese text: where a link starts and, above all, where it ends.

linkify-it (the library markdown-it uses) was written for space-separated
languages.  In Chinese text a URL is usually glued to the words around it —
``详见https://www.gov.cn/a.html。更多`` — and linkify-it then either misses it
(no boundary before ``https``) or swallows the Chinese that follows
(``…/a.html。更多``), which would turn a sentence into a broken link on every
platform and make the Weibo cutter treat half a sentence as one unbreakable URL.

govpub's rule: **a URL ends where CJK text or full-width punctuation begins**,
and may start right after it.  :class:`CjkLinkify` applies it by running
linkify-it over a *masked* copy of the text in which every such character is
replaced by a space (one code point for one code point, so match offsets stay
valid for the original).  The price: internationalised host names and raw
Chinese path segments written in Chinese characters are not recognised as part
of a URL — write them punycoded / percent-encoded (Weibo asks for encoded
Chinese paths anyway, see ``reference/weibo.md`` §3 "Safe-domain link rule").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from linkify_it import LinkifyIt

__all__ = ["CjkLinkify", "UrlSpan", "find_urls", "linkify", "url_breaks"]


@lru_cache(maxsize=4096)
def url_breaks(char: str) -> bool:
    """Whether ``char`` ends a URL: a wide/full-width character, or non-ASCII punctuation/space.

    ASCII is left to linkify-it's own rules; accented Latin letters stay part of a URL.
    """
    if char < "\x80":
        return False
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return True
    return unicodedata.category(char)[0] in ("P", "S", "Z", "C")


def _mask(text: str) -> str:
    if text.isascii():
        return text
    return "".join(" " if url_breaks(c) else c for c in text)


class CjkLinkify(LinkifyIt):  # type: ignore[misc]  # linkify-it-py ships no type hints
    """linkify-it with the CJK boundary rule; a drop-in ``md.linkify`` for markdown-it."""

    def test(self, text: str) -> bool:
        """Whether ``text`` contains a link (CJK-bounded)."""
        return bool(super().test(_mask(text)))

    def match(self, text: str) -> list[Any] | None:
        """All links in ``text``; offsets index the original string."""
        result: list[Any] | None = super().match(_mask(text))
        return result

    def match_at_start(self, text: str) -> Any:
        """The link that starts at offset 0 of ``text``, if any."""
        return super().match_at_start(_mask(text))


@lru_cache(maxsize=1)
def linkify() -> CjkLinkify:
    """The shared, configured linkifier (fuzzy bare domains such as ``www.gov.cn`` included)."""
    return CjkLinkify()


@dataclass(frozen=True)
class UrlSpan:
    """A URL found in text: ``text[start:end] == raw``; ``url`` is the normalised target."""

    start: int
    end: int
    raw: str
    url: str


# Sentence punctuation that never ends a URL.  linkify-it drops it before a space or the
# text's end but keeps a "." before ",": "…/a.,一" gave "…/a." and "…/a. …" gave "…/a", so
# the Weibo cutter's result named another URL than its text did (a hypothesis example).
_TRAILING = ".,;:!?"


def find_urls(text: str) -> list[UrlSpan]:
    """Every URL in plain ``text``, in order, with the CJK boundary rule applied.

    A URL's end does not depend on what follows it: trailing sentence punctuation
    is never part of it.
    """
    spans: list[UrlSpan] = []
    for m in linkify().match(text) or []:
        raw = text[m.index : m.last_index]
        url = m.url
        extra = len(raw) - len(raw.rstrip(_TRAILING))
        if extra and len(raw) > extra:
            raw = raw[:-extra]
            url = url[:-extra] if url.endswith(text[m.last_index - extra : m.last_index]) else url
        spans.append(UrlSpan(m.index, m.index + len(raw), raw, url))
    return spans
