"""Finding links in plain text, Markdown and HTML — all three at once, in one scan.

A post's body is Markdown that may hold HTML, its summary is plain text, and a
platform may linkify anything that looks like an address.  So one compiled
regular expression walks the text once, left to right, and recognises, in this
order at each position:

* HTML tags with URL attributes (``href``, ``src``, ``srcset``, ``data-src``,
  ``poster``); an ``<a>`` (or ``<iframe>``, ``<video>``…) is taken with its
  content up to the closing tag, so that stripping can keep or drop it;
* Markdown inline links and images ``[text](url "title")``, ``![alt](url)``;
* Markdown autolinks ``<https://…>`` and reference definitions ``[id]: url``;
* bare URLs with a scheme (``https://``, ``http://``, ``ftp://``);
* schemeless ``www.`` hosts, and schemeless ``host.tld/path`` for common TLDs
  (``t.cn/A6x…`` is how short links are pasted).

Chinese text has no spaces, so a bare URL ends where CJK text or full-width
punctuation begins: "详见https://www.gov.cn/a.html。" gives
``https://www.gov.cn/a.html``.  Inside the host, though, full-width letters and
the full-width or ideographic dots (``．。｡``) followed by a letter or digit are
part of the address (``www。gov。cn``), because browsers map them to ASCII
(UTS-46); a host that starts right after ``://`` with CJK characters is an
internationalised domain (``http://中国政府网.政务/``).  Trailing punctuation
(``.,:;!?'*_~``) and unbalanced ``)``/``]`` are trimmed, as GFM's autolink
extension does.

The scanner errs towards finding more: anything a platform might make into a
link should be found here, so that no ad link survives and no host escapes the
source rules.
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import NamedTuple

from govpub.compliance._text import CJK_IDEOGRAPHS

__all__ = ["LinkSpan", "find_links", "flatten", "scan_links"]

_FW_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_DOT = "。．｡"  # ideographic full stop, full-width full stop, half-width ideographic full stop
# Where a URL stops: whitespace, controls, quotes and angle brackets, general punctuation
# (“”‘’…), CJK symbols and punctuation, CJK characters, and the full-width forms block.
_STOP = (
    r"\s\x00-\x1f\x7f\"<>`"
    "\u2000-\u206f\u2e80-\u9fff\ua000-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0003ffff"
)
_CJKL = CJK_IDEOGRAPHS + "\u3040-\u30ff\uac00-\ud7af"
_IDN_TLDS = "政务|政務|公益|中国|中國|公司|网络|網絡"

_FW_LETTERS = "\uff21-\uff3a\uff41-\uff5a"
# An ideographic dot joins host labels when a letter follows, or a label of digits that
# does not run into CJK text ("www。163。com", but not "www.gov.cn。2025年").
_JOINING_DOT = (
    rf"[{_DOT}](?=[A-Za-z{_FW_LETTERS}]|[0-9\uff10-\uff19][A-Za-z0-9{_FW_ALNUM}\-]*+(?![{_CJKL}]))"
)
# "[" and "]" only as an IPv6 literal: elsewhere they are Markdown, which is parsed first.
_AUTH_ASCII = (
    rf"(?:[^{_STOP}/\\?#.\[\]]++|\[[0-9A-Fa-f:.]+\]|\.(?![{_CJKL}])"
    rf"|[{_FW_ALNUM}\uff0d]++|{_JOINING_DOT})"
)
_IDN_TLD = rf"(?:[.{_DOT}](?:{_IDN_TLDS})(?![{_CJKL}]))"
_AUTH_CJK = (
    rf"[{_CJKL}][{_CJKL}A-Za-z0-9\-]*(?:\.[{_CJKL}A-Za-z0-9\-]+)*{_IDN_TLD}?(?::[0-9]{{1,5}})?"
)
# A path stops at "[" too: in Markdown "[text](url)" right after a bare URL is a link
# of its own (inline links are parsed before bare URLs are linkified).
_PATH = rf"(?:[/\\?#][^{_STOP}\[]*+)?"
_FUZZY_TLDS = (
    "cn|com|net|org|cc|co|me|io|ly|gl|gg|im|info|top|xyz|vip|shop|club|site|online|link|mobi"
)

_PATTERN = rf"""
  (?P<html><(?P<tag>[A-Za-z][A-Za-z0-9\-]{{0,30}})(?P<attrs>\s[^<>]{{0,4000}})?>)
| (?P<md>(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.){{0,1000}}\]){{0,1000}})\]
     \(\s*(?:<(?P<dest_a>[^<>\n]*)>|(?P<dest_b>(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*))
     (?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\))
| (?P<auto><(?P<auto_url>(?:https?|ftp)://[^\s<>]*)>)
| (?P<ref>^[ ]{{0,3}}\[(?P<label>(?:[^\[\]\\\n]|\\.){{1,999}})\]:[ \t]*\n?[ \t]*
     (?:<(?P<ref_a>[^<>\n]*)>|(?P<ref_b>\S+))
     (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$)
| (?P<bare>(?:https?|ftp):[/\\]{{2}}(?:{_AUTH_CJK}|{_AUTH_ASCII}*+{_IDN_TLD}?){_PATH})
| (?P<www>(?<![A-Za-z0-9_@.\-/\\{_FW_ALNUM}])[wｗ]{{3}}[.{_DOT}](?=[A-Za-z0-9{_FW_ALNUM}])
     {_AUTH_ASCII}++{_IDN_TLD}?{_PATH})
| (?P<fuzzy>(?<![A-Za-z0-9_@.\-/\\:%{_FW_ALNUM}])
     (?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,61}}[A-Za-z0-9])?\.)+(?:{_FUZZY_TLDS})
     (?=[/:?#])(?::[0-9]{{1,5}})?{_PATH})
"""


@cache
def _scanner() -> re.Pattern[str]:
    """The compiled scanner, built on first use: compiling it takes 0.1-0.3 s (issue 12)."""
    return re.compile(_PATTERN, re.VERBOSE | re.MULTILINE | re.IGNORECASE)


_URL_ATTR = re.compile(
    r"""(?:^|\s)(?P<name>href|src|srcset|data-src|poster)\s*=\s*
        (?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)'|(?P<v3>[^\s"'=<>`]+))""",
    re.VERBOSE | re.IGNORECASE,
)
# Elements whose content goes with them: <a> keeps its words when its link goes; the
# others are media and frames, removed whole.
_CONTAINERS = frozenset({"a", "iframe", "video", "audio", "object", "picture", "script"})
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_TRAILING = ".,:;!?'*_~"
_PAIRS = {")": "(", "]": "["}
_WEB_START = re.compile(r"^(?:(?:https?|ftp):|//|www[.。．｡])", re.IGNORECASE)


class LinkSpan(NamedTuple):
    """One link found in a text.

    ``start``/``end`` cover the whole construct (a Markdown link with its text, an
    ``<a>`` element with its content, a bare URL); ``url_start``/``url_end`` the
    address as written, which ``raw`` holds; ``url`` is the address a browser
    uses (Markdown escapes and HTML entities decoded).  ``text_start``/
    ``text_end`` are the visible words of a Markdown link or ``<a>`` element, and
    ``inner`` the links inside them.  ``label`` is a reference definition's label.
    """

    kind: str  # "html" | "md_link" | "md_image" | "autolink" | "refdef" | "bare"
    start: int
    end: int
    url_start: int
    url_end: int
    raw: str
    url: str
    text_start: int = -1
    text_end: int = -1
    inner: tuple[LinkSpan, ...] = ()  # a NamedTuple: cheap to make, immutable
    label: str = ""
    tag: str = ""

    @property
    def has_text(self) -> bool:
        """Whether the link has visible words of its own (Markdown link text, ``<a>`` content)."""
        return self.text_start >= 0


def _trim(text: str, start: int, end: int) -> int:
    """The end of a bare URL once trailing punctuation and unbalanced brackets are dropped."""
    excess: dict[str, int] = {}
    while end > start:
        last = text[end - 1]
        if last in _TRAILING:
            end -= 1
            continue
        if last not in _PAIRS:
            break
        if last not in excess:  # counted once, so that a run of ")" costs linear time
            excess[last] = text.count(last, start, end) - text.count(_PAIRS[last], start, end)
        if excess[last] <= 0:
            break
        excess[last] -= 1
        end -= 1
    return end


def _is_web(url: str) -> bool:
    return _WEB_START.match(url.strip()) is not None


def _md_unescape(value: str) -> str:
    return html.unescape(_MD_ESCAPE.sub(r"\1", value)) if ("\\" in value or "&" in value) else value


# Every link starts at, or is found from, one of these characters: "<" (HTML, autolinks),
# "[" (Markdown), ":" (a scheme just before it), "w" (www.) and "." (schemeless hosts).
# Searching for them is a fast character-class scan; the full expression is then tried
# only at the few positions where a link can start (left to right, so the leftmost link
# wins exactly as with a plain search).
_CANDIDATE = re.compile(r"[<\[:.wWｗＷ]")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
_SCHEMES = ("https", "http", "ftp")


def _starts(text: str, at: int, floor: int) -> list[int]:
    """Where a link found from the candidate character at ``at`` may start (ascending)."""
    char = text[at]
    if char == "<" or char in "wWｗＷ":
        return [at]
    if char == "[":
        starts = {at}
        line = max(text.rfind("\n", floor, at) + 1, floor)
        if at - line <= 3 and not text[line:at].strip(" "):
            starts.add(line)
        if at > floor and text[at - 1] == "!":
            starts.add(at - 1)
        return sorted(starts)
    if char == ":":
        for scheme in _SCHEMES:
            begin = at - len(scheme)
            if begin >= floor and text[begin:at].lower() == scheme:
                return [begin]
        return []
    # "." : a schemeless host starts where its run of host characters starts
    begin = at
    while begin > floor and text[begin - 1] in _HOST_CHARS:
        begin -= 1
    return [begin] if begin < at else []


def scan_links(text: str, start: int = 0, end: int | None = None) -> list[LinkSpan]:
    """Every link in ``text[start:end]``, in order, with offsets into ``text``."""
    stop = len(text) if end is None else end
    spans: list[LinkSpan] = []
    floor = start  # links never start inside the previous one
    at = start
    while True:
        candidate = _CANDIDATE.search(text, at, stop)
        if candidate is None:
            break
        at = candidate.start() + 1
        for begin in _starts(text, candidate.start(), start):
            if begin < floor:
                continue
            match = _scanner().match(text, begin, stop)
            if match is not None:
                floor = at = _take(text, match, stop, spans)
                break
    return spans


def _take(text: str, match: re.Match[str], stop: int, spans: list[LinkSpan]) -> int:
    """Add the link(s) of one match to ``spans``; return where scanning resumes."""
    kind = match.lastgroup
    span: LinkSpan | None
    if kind == "html":
        tag_spans, resume = _html(text, match, stop)
        spans.extend(tag_spans)
        return resume
    if kind == "md":
        span = _markdown(text, match)
    elif kind == "auto":
        span = _span("autolink", match, "auto_url", text)
    elif kind == "ref":
        group = "ref_a" if match.group("ref_a") is not None else "ref_b"
        span = _span("refdef", match, group, text, label=match.group("label"))
    else:
        url_end = _trim(text, match.start(), match.end())
        raw = text[match.start() : url_end]
        spans.append(LinkSpan("bare", match.start(), url_end, match.start(), url_end, raw, raw))
        return max(url_end, match.start() + 1)
    if span is not None:
        spans.append(span)
    return match.end()


def _span(
    kind: str, match: re.Match[str], group: str, text: str, label: str = ""
) -> LinkSpan | None:
    raw = match.group(group)
    if raw is None or not _is_web(_md_unescape(raw)):
        return None
    return LinkSpan(
        kind,
        match.start(),
        match.end(),
        match.start(group),
        match.end(group),
        raw,
        _md_unescape(raw),
        label=label,
    )


def _markdown(text: str, match: re.Match[str]) -> LinkSpan | None:
    group = "dest_a" if match.group("dest_a") is not None else "dest_b"
    raw = match.group(group)
    inner = tuple(scan_links(text, match.start("text"), match.end("text")))
    kind = "md_image" if match.group("bang") else "md_link"
    if not _is_web(_md_unescape(raw)):
        if not inner:
            return None
        # a local or relative link: only the links in its words matter
        return LinkSpan(
            kind,
            match.start(),
            match.end(),
            match.start(group),
            match.end(group),
            raw,
            "",
            match.start("text"),
            match.end("text"),
            inner,
        )
    return LinkSpan(
        kind,
        match.start(),
        match.end(),
        match.start(group),
        match.end(group),
        raw,
        _md_unescape(raw),
        match.start("text"),
        match.end("text"),
        inner,
    )


def _html(text: str, match: re.Match[str], stop: int) -> tuple[list[LinkSpan], int]:
    """Links in one HTML tag; containers (``<a>``…) are taken up to their closing tag."""
    attrs = match.group("attrs") or ""
    tag = match.group("tag").lower()
    found: list[tuple[int, int, str]] = []
    base = match.start("attrs") if attrs else match.end()
    for attr in _URL_ATTR.finditer(attrs):
        group = next(g for g in ("v1", "v2", "v3") if attr.group(g) is not None)
        a_start, a_end = base + attr.start(group), base + attr.end(group)
        value = attr.group(group)
        if attr.group("name").lower() == "srcset":
            for candidate in re.finditer(r"[^\s,][^\s]*", value):
                piece = candidate.group().rstrip(",")
                if _is_web(html.unescape(piece)):
                    off = a_start + candidate.start()
                    found.append((off, off + len(piece), piece))
        elif _is_web(html.unescape(value)):
            found.append((a_start, a_end, value))
    if not found:
        return [], match.end()
    end = match.end()
    text_start = text_end = -1
    inner: tuple[LinkSpan, ...] = ()  # a NamedTuple: cheap to make, immutable
    if tag in _CONTAINERS:
        close = _closing(tag).search(text, match.end(), stop)
        if close is not None:
            text_start, text_end, end = match.end(), close.start(), close.end()
            inner = tuple(scan_links(text, text_start, text_end))
    spans = [
        LinkSpan(
            "html",
            match.start(),
            end,
            u_start,
            u_end,
            raw,
            html.unescape(raw),
            text_start,
            text_end,
            inner if index == 0 else (),
            tag=tag,
        )
        for index, (u_start, u_end, raw) in enumerate(found)
    ]
    return spans, end


@cache
def _closing(tag: str) -> re.Pattern[str]:
    return re.compile(rf"</{tag}\s*>", re.IGNORECASE)


def flatten(spans: list[LinkSpan] | tuple[LinkSpan, ...]) -> list[LinkSpan]:
    """Spans and the spans inside their link text, in reading order."""
    out: list[LinkSpan] = []
    for span in spans:
        out.extend(flatten(span.inner))
        if span.url:
            out.append(span)
    return out


def find_links(text: str) -> list[str]:
    """Every web link in ``text`` (plain text, Markdown or HTML), in order of appearance.

    Markdown destinations and HTML attributes come back decoded (escapes and
    entities), as a browser would use them; bare URLs come back as written.

    >>> find_links("详见https://www.gov.cn/a.html。也可访问www。gov。cn")
    ['https://www.gov.cn/a.html', 'www。gov。cn']
    """
    return [span.url for span in flatten(scan_links(text))]
