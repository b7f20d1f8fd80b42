"""Plain text: from HTML/Markdown, cut at a sentence boundary, and the source line.

Short fields (WeChat's digest, a Weibo status) are cut from longer text.  A cut
must read as a whole thought and must never break what a reader or a platform
parses: a URL is kept whole or dropped whole.  :func:`shorten` does that for
any additive length measure — characters for WeChat, Weibo's half-units for
Weibo (:mod:`govpub.render.weibo`).

Every reprint names its source (国办发〔2018〕123号 四(二): 转载时必须注明来源);
:func:`attribution` is the one place that line is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html.parser import HTMLParser
from itertools import accumulate

import ada_url

from govpub.model import Post
from govpub.render.links import find_urls, url_breaks
from govpub.render.markdown import markdown_to_html

__all__ = [
    "ATTRIBUTION_PREFIX",
    "ELLIPSIS",
    "attribution",
    "html_to_blocks",
    "markdown_to_text",
    "one_line",
    "shorten",
]

ATTRIBUTION_PREFIX = "来源："
ELLIPSIS = "…"

#: Ends a sentence (Chinese and Latin).  A Latin full stop only before whitespace or the end.
_SENTENCE_END = frozenset("。！？!?；;…")
_LATIN_STOP = "."
#: Closing quotes/brackets that belong to the sentence before the cut.
_CLOSERS = frozenset("”’」』）)】》〉\"'")
#: Ends a clause.
_CLAUSE_END = frozenset("，,、：:")
#: Dropped from the end of a cut before the ellipsis is added.
_TRIM = frozenset("，,、；;：:。.— \t\n\u3000")
#: Never split from the character before them (combining marks, joiners, variation selectors).
_GLUE = re.compile(r"[\u0300-\u036f\u200c\u200d\ufe00-\ufe0f\U000e0100-\U000e01ef]")

_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "blockquote", "pre", "ul", "ol", "li", "table", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "figcaption", "dl", "dt", "dd",
    }
)  # fmt: skip
_SPACE = re.compile(r"\s+")
#: Characters looked at past the budget (a URL longer than this is never kept anyway).
_LOOKAHEAD = 2048


def attribution(post: Post) -> str | None:
    """``来源：<source name>`` for a reprint (转载), ``None`` for original content.

    A source given only by URL is named by its host, so the line is never empty.
    """
    if post.source is None:
        return None
    name = post.source.name
    if not name and post.source.url:
        parsed = ada_url.parse_url(post.source.url) if ada_url.check_url(post.source.url) else {}
        name = str(parsed.get("hostname") or post.source.url)
    return f"{ATTRIBUTION_PREFIX}{name}"


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.pre = 0

    def _flush(self) -> None:
        text = "".join(self.current)
        if not self.pre:
            text = _SPACE.sub(" ", text)
        text = text.strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "pre":
            self.pre += 1
        elif tag == "br":
            self._flush()
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def html_to_blocks(fragment: str) -> list[str]:
    """The text of ``fragment`` as a list of blocks (paragraphs, headings, list items, lines).

    Images, scripts' content and markup are dropped; whitespace is collapsed
    (except inside ``<pre>``).
    """
    parser = _Blocks()
    parser.feed(fragment)
    parser.close()
    parser._flush()
    return parser.blocks


def one_line(blocks: Iterable[str]) -> str:
    """Join blocks into one line: directly after a sentence end, else with a space."""
    out = ""
    for block in blocks:
        text = _SPACE.sub(" ", block).strip()
        if not text:
            continue
        if out and not (out[-1] in _SENTENCE_END or out[-1] in _CLOSERS):
            out += " "
        out += text
    return out


def markdown_to_text(markdown: str) -> str:
    """Markdown → plain text, one block per line."""
    return "\n".join(html_to_blocks(markdown_to_html(markdown)))


def _unit(char: str) -> int:
    return 1


def _tiers(text: str) -> tuple[set[int], set[int], set[int]]:
    """Cut positions (``text[:p]`` is kept) that end a sentence, a clause, or a word."""
    sentence: set[int] = set()
    clause: set[int] = set()
    word: set[int] = set()
    n = len(text)
    for i, char in enumerate(text):
        after = i + 1
        if char in _SENTENCE_END or (char == _LATIN_STOP and (after == n or text[after].isspace())):
            end = after
            while end < n and text[end] in _CLOSERS:
                end += 1
            sentence.add(end)
        elif char == "\n":
            sentence.add(i)
        elif char in _CLAUSE_END:
            clause.add(after)
        if char.isspace():
            word.add(i)
        elif url_breaks(char):
            word.add(i)
            word.add(after)
    return sentence, clause, word


def _allowed(text: str, p: int, inside: set[int]) -> bool:
    """Whether cutting before ``text[p]`` keeps URLs, ASCII words and glued characters whole."""
    if p <= 0 or p >= len(text) or p in inside:
        return False
    before, after = text[p - 1], text[p]
    if before.isascii() and after.isascii() and not before.isspace() and not after.isspace():
        return False  # inside an ASCII word: "foo.co|m" could become a new link
    return not (_GLUE.match(after) or before == "\u200d")


def shorten(
    text: str,
    budget: int,
    *,
    weight: Callable[[str], int] = _unit,
    ellipsis: str = ELLIPSIS,
) -> str:
    """``text`` if it fits ``budget``, else its longest clean prefix plus ``ellipsis``.

    ``weight(char)`` gives each character's cost (additive).  The cut prefers,
    in order, the end of a sentence (。！？；… and a Latin ``.`` before a
    space, or a line end), the end of a clause (，、：,:), a word boundary; a
    tier is used when its best cut keeps at least half of the budget, else the
    longest cut of any tier.  It never falls inside a URL (the URL is kept
    whole or dropped whole), an ASCII word, or a combining sequence.  Weak
    trailing punctuation (，、；：。) is dropped before the ellipsis; when
    the kept text ends with a URL the ellipsis is set off by a space, so the
    URL stays recognisable.  When nothing fits, the result is ``""`` — never a
    lone ellipsis.  The result's weight never exceeds ``budget``, and a text
    that already fits comes back unchanged.
    """
    weights = [weight(c) for c in text]
    if sum(weights) <= budget:
        return text
    marker = sum(weight(c) for c in ellipsis)
    avail = budget - marker
    if avail <= 0:
        return ""
    prefix = [0, *accumulate(weights)]
    # Only the start of a long text can be kept; look a little past the budget so that a
    # URL or a closing quote that straddles it is still seen whole.
    over = next(i for i, total in enumerate(prefix) if total > budget)
    text = text[: over + _LOOKAHEAD]
    urls = find_urls(text)
    inside = {p for url in urls for p in range(url.start + 1, url.end)}
    url_ends = {url.end for url in urls}
    spacer = weight(" ")

    # Each allowed cut p keeps text[:kept[p]] once weak punctuation is trimmed.
    first_visible = len(text) - len(text.lstrip())
    ends = sorted(url_ends)
    kept: dict[int, int] = {}
    floor = 0
    for p in range(1, len(text)):
        if prefix[p] > avail and text[p - 1] not in _TRIM:
            break  # every later cut keeps at least text[:p]: none can fit
        while ends and ends[0] <= p:
            floor = ends.pop(0)
        if not _allowed(text, p, inside):
            continue
        end = p
        while end > floor and text[end - 1] in _TRIM:
            end -= 1
        cost = prefix[end] + (spacer if end in url_ends else 0)
        if end > first_visible and cost <= avail:
            kept[p] = end
    if not kept:
        return ""
    cut = max(kept, key=lambda p: (kept[p], p))
    for tier in _tiers(text):
        candidates = [p for p in tier if p in kept]
        if candidates:
            best = max(candidates, key=lambda p: (kept[p], p))
            if 2 * prefix[kept[best]] >= avail:
                cut = best
                break
    end = kept[cut]
    return text[:end] + (" " if end in url_ends else "") + ellipsis
