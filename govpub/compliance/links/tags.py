"""Addresses in HTML tags' attributes: URL attributes, addresses in other values, formatting tags.

A tag's ``href``, ``src``, ``srcset``, ``data-src`` and ``poster`` hold its links
(:data:`URL_ATTRIBUTES`, read along its attribute list with :data:`ATTRIBUTE`; one with no
scheme only when it starts with a listed ad or short link's host, :func:`ad_host_value`); a
script's, a style's or a refresh's value may hold one more (:func:`embedded`); the elements of
:data:`CONTAINERS` are taken up to their closing tag (:func:`closing`).  And the formatting
tags that the fold drops, attributes and all (``<span data-href="…">``), are read from the
text as written after the scan (:func:`formatting_tag_links`).  Apart because it is HTML's
own reading, which the scanner's ``<`` form (:mod:`~govpub.compliance.links.scanner`)
applies to each tag.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from itertools import accumulate
from urllib.parse import urlsplit

from govpub.compliance._data import data_words
from govpub.compliance.ads import shipped_ad_host
from govpub.compliance.folding import ADDRESS_TAG
from govpub.compliance.links.addresses import (
    address_after_colon,
    app_schemes,
    entities,
    is_app_link,
    schemeless_host,
)
from govpub.compliance.links.lookalikes import FILE_TYPES, file_name_labels
from govpub.compliance.links.span import LinkSpan
from govpub.compliance.regex_cache import regex
from govpub.compliance.suffixes import is_top_level_domain

__all__ = [
    "CONTAINERS",
    "EMBEDDED",
    "EMBEDDED_TRIM",
    "SCHEMELESS_ATTRIBUTES",
    "URL_ATTRIBUTES",
    "ad_host_value",
    "closing",
    "embedded",
    "formatting_tag_links",
    "may_be_host",
    "may_hold_address",
    "player_carried",
    "schemeless_ad",
    "shown_tag",
    "srcset_urls",
]


# The attributes that hold a tag's links (the text is folded: names are in lower case)
URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "data-src", "poster"})
# Attributes read only for a listed ad host with no scheme (:func:`schemeless_ad`): with a
# scheme their addresses are found as any attribute's are (:data:`EMBEDDED`).  SVG's
# ``xlink:href`` (the SVG posts of 秀米 and 135 write it on ``<a>`` and ``<image>``), an
# ``<object>``'s ``data``, a legacy ``background`` picture, a form's ``action`` and
# ``formaction``, a quote's ``cite``, ``longdesc``, IE's ``lowsrc``/``dynsrc`` and ``ping``
# (review 85's L1, L2, L6).
SCHEMELESS_ATTRIBUTES = frozenset(
    {"xlink:href", "data", "background", "action", "formaction", "cite", "longdesc"}
    | {"lowsrc", "dynsrc", "ping"}
)
# What comes before a refresh's address: its seconds, ";" or ",", and "url=" (HTML's "shared
# declarative refresh steps"; the quote a browser drops around it).
_REFRESH_HEAD = regex(r"""\s*+[0-9.]*+\s*+[;,]\s*+(?:url\s*+=\s*+)?['"]?""", re.IGNORECASE)
# A web address inside any attribute's value, where no URL attribute holds it: a script's
# (``href="javascript:location.href='https://t.cn/x'"``, ``onclick="window.open('…')"``), a
# style's (``url(https://…)``), a refresh (``content="0;url=https://…"``), a form's action,
# an object's data, ``data-href``, ``xlink:href``.  A scheme, two slashes or ``www.``: the
# forms a script or a browser opens (bare hosts in attribute values are names and ids); and a
# web scheme with one slash, ``https:/t.cn/x``, which a browser opens as with two (in text the
# scanner reads it so: red team 90).
EMBEDDED = regex(
    r"(?:(?<![a-z0-9+.\-])(?:https?|ftp):)?//[^\s\"'<>()\\`]+"
    r"|(?<![a-z0-9+.\-])(?:https?|ftp):/(?=[a-z0-9])[^\s\"'<>()\\`]+"
    r"|(?<![a-z0-9.\-/])www\.[^\s\"'<>()\\`]+"
)
EMBEDDED_TRIM = ".,;:!?'\")]}"
# Attributes whose addresses are none to open here: a title or alt text is shown to the
# reader (an address there is one to type, judged as a spelled-out host is —
# unlinked_ad_findings.titled_links); an XML namespace, xmlns="http://www.w3.org/2000/svg",
# is a name no one opens (the inline SVG of WeChat editors has it).
_NOT_OPENED_ATTR = regex(
    r"""(?:^|\s)(?:title|alt|xmlns(?::[a-z0-9_\-]+)?)\s*=\s*"""
    r"""(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++)"""
)
# Elements whose content goes with them: <a> keeps its words when its link goes; the
# others are media and frames, removed whole.
CONTAINERS = frozenset({"a", "iframe", "video", "audio", "object", "picture", "script"})


def ad_host_value(value: str) -> bool:
    """Whether a URL attribute's value with no scheme starts with a listed ad or short link's
    host (``href="t.cn/A6X"``, ``src="u.jd.com/x"``; folded: ``u。jd。com``, ``ｔ．ｃｎ``,
    ``t.&#8203;cn``): read as that host, as in text and in a Markdown destination (fix108a,
    red team 108).

    To a browser such a value is a path on the page's own site; but the link dialogs of the
    editors that write these pages put ``http://`` before an address typed without one
    (UEditor's ``dialogs/link/link.html``; TinyMCE's ``link_assume_external_targets`` and
    ``link_default_protocol``; CKEditor 5's ``link.defaultProtocol``; CKEditor 4's protocol
    field, which writes the value as typed when set to "<other>"), so the editor meant the
    host, and no government site has a top-level folder named ``t.cn``.  Only the hosts the
    shipped rules list whole (:func:`shipped_ad_host`, as for a ``data-href``: the scanner
    reads no policy): another host with no scheme (``example.com/x``) stays the relative path
    it is to the browser, a ``www.`` one is read as before.
    """
    if not may_be_host(value):
        return False
    host = schemeless_host(value)
    return host is not None and shipped_ad_host(host)


def may_be_host(value: str) -> bool:
    """Whether a value may start with a host: it has a dot, or one written as a character
    reference or percent-encoded (``t&#46;cn``, ``t%2ecn``).  C-level tests, before any read."""
    return "." in value or "&" in value or "%" in value


# A srcset candidate's URL: its first word (a comma at its end ends the candidate).
_SRCSET_URL = regex(r"[^\s,][^\s]*+")


def srcset_urls(value: str) -> list[tuple[int, str]]:
    """The URLs of a ``srcset``'s candidates with their offsets in it, read as HTML's
    "parse a srcset attribute" reads them: each candidate's first word, trailing commas
    dropped; what follows it up to the next comma is its descriptor (``1.5x``, ``480w``), no
    address a browser fetches (``srcset="img/a.jpg t.cn"``: review 85's F2).  Linear: each
    character is passed once."""
    urls: list[tuple[int, str]] = []
    at = 0
    while (word := _SRCSET_URL.search(value, at)) is not None:
        url = word.group().rstrip(",")
        urls.append((word.start(), url))
        if len(url) < len(word.group()):
            at = word.end()  # (the comma ended the candidate: no descriptor)
            continue
        comma = value.find(",", word.end())
        if comma < 0:
            break
        at = comma + 1
    return urls


def schemeless_ad(tag: str, name: str, value: str) -> int | None:
    """Where a listed ad or short link's host with no scheme starts in the value of an attribute
    that is no :data:`URL_ATTRIBUTES` one, or ``None``: one of :data:`SCHEMELESS_ATTRIBUTES`
    read whole (``<svg><a xlink:href="t.cn/x">``, ``<object data="v.douyin.com/x">``), a
    ``<meta>`` refresh's ``content`` after its ``0;url=`` (review 85's L3), each as
    :func:`ad_host_value` reads a ``href``."""
    if name in SCHEMELESS_ATTRIBUTES:
        if name == "data" and tag != "object":
            return None  # (a data attribute elsewhere is no address: <div data="…">)
        return 0 if ad_host_value(value) else None
    if name != "content" or tag != "meta":
        return None
    head = _REFRESH_HEAD.match(value)
    return None if head is None or not ad_host_value(value[head.end() :]) else head.end()


def may_hold_address(piece: str) -> bool:
    """Whether attribute text may hold an address: ``//``, ``www.``, a colon, or one written
    as a character reference (``kwai&#58;work?id=1``; a review)."""
    return "//" in piece or "www." in piece or ":" in piece or "&#" in piece or "&colon" in piece


def embedded(
    attrs: str, base: int, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Web addresses inside the attribute values of a tag, outside the URL attributes'
    ``found`` and the attributes of :data:`_NOT_OPENED_ATTR` (offsets from ``base``, the
    attributes' start): :data:`EMBEDDED`."""
    rest, at = [], 0  # the attributes without the URL attributes' values
    for f_start, f_end, _ in sorted(found):
        rest.append(attrs[at : max(at, f_start - base)])
        at = max(at, f_end - base)
    rest.append(attrs[at:])
    bare = _bare_hosts(attrs, base, found)
    if not any(may_hold_address(piece) for piece in rest):
        return bare  # (the commonest tag: an address in its href, nothing else)
    shown = [(base + m.start(), base + m.end()) for m in _NOT_OPENED_ATTR.finditer(attrs)]
    more = _app_values(attrs, base, found, shown) + bare
    if not any("/" in piece or "www." in piece for piece in rest):  # (//, https:/)
        return more
    apps = list(more)
    for match in EMBEDDED.finditer(attrs):
        start = base + match.start()
        if (
            any(f_start <= start < f_end for f_start, f_end, _ in found)
            or any(s_start <= start < s_end for s_start, s_end in shown)
            or any(a_start <= start < a_end for a_start, a_end, _ in apps)
        ):
            continue
        url = _QUOTE_REFERENCE.split(match.group(), 1)[0].rstrip(EMBEDDED_TRIM)
        if attrs[match.start() - 1 : match.start()] == ":":  # an app's scheme before "//"?
            app = _app_scheme_before(attrs, match.start(), url)
            if app:
                start -= len(app)
                more.append((start, start + len(app) + len(url), app + url))
                continue
        if "." in url:
            more.append((start, start + len(url), url))
    return more


# A value that starts with a scheme: a word and a colon, spaces and controls before it, a tab
# or line break inside it (a URL parser drops them), the colon a character reference
# (``&#58;``, ``&#x3a;``, ``&colon;``) — an app's link, whole, in any attribute.
_SCHEMED_VALUE = regex(
    r"""=\s*(?:"|')?[\x00-\x20]*(?P<value>[a-z][a-z0-9+.\-\t\n\r]{0,23}(?::|&(?:#|colon))"""
    r"""[^\s"'<>`]*)"""
)


def _app_values(
    attrs: str,
    base: int,
    found: list[tuple[int, int, str]],
    shown: list[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """App links that are an attribute's whole value (``data-href="kwai:work?id=1"``,
    ``data-href="tbopen&#58;//m.taobao.com/x"``, ``data-href="intent:#Intent;…"``): read as a
    browser reads a URL, character references decoded (the review of red teams 55–56); not
    in the URL attributes' ``found`` or the attributes shown as text (``shown``)."""
    more: list[tuple[int, int, str]] = []
    for match in _SCHEMED_VALUE.finditer(attrs):
        value = match.group("value")
        url = entities(value) if "&" in value else value
        start = base + match.start("value")
        if (
            is_app_link(url)
            and address_after_colon(url)  # (class="taobao:hover", data-note="kwai: 视频平台")
            and not any(f_start <= start < f_end for f_start, f_end, _ in found)
            and not any(s_start <= start < s_end for s_start, s_end in shown)
        ):
            more.append((start, base + match.end("value"), url))
    return more


# Where a page opens a value with no scheme as an address (review 51a's F7): a style's
# ``url(t.cn/x)``, a string in a script's handler (``onclick="location='t.cn/x'"``,
# ``window.open("t.cn/x")``) and a ``data-*`` value whole (``data-url="t.cn/x"``, which the
# editors' and the CMSs' scripts open: they put the scheme before it).  Elsewhere a bare
# host is a name (``style="font-family:t.cn"``, ``class="t.cn"``, ``id``).
_BARE_PLACE = regex(
    r"""url\(\s*+(?:["']|&quot;|&#0*3[49];)?"""
    r"""|(?P<data>(?<![^\s"'/])data-(?P<name>[a-z0-9_.\-]*+)\s*+=\s*+["']?\s*+)"""
)
# A data-* name a script opens as a link (data-href, data-url, data-link, data-src, data-jump-url)
_LINK_NAME = regex(r"(?<![a-z])(?:href|url|link|src)(?![a-z])")  # (whole: not data-unlink)
_HANDLER = regex(r"""(?<![^\s"'/])on[a-z]++\s*+=\s*+(?:"(?P<v1>[^"]*+)"|'(?P<v2>[^']*+)')""")
_STRING_START = regex(r"""['"(]\s*+""")
# A host there, with a top-level domain's last label (told after), its port and its path
_BARE_HOST = regex(
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?P<top>[a-z]{2,63}))"
    r"(?![a-z0-9.\-])(?P<port>:[0-9]{1,5}(?![0-9]))?(?P<path>[/?#][^\s\"'<>()\\`]*)?"
)


def _bare_hosts(
    attrs: str, base: int, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Addresses with no scheme where the page opens a value (:data:`_BARE_PLACE`), a host
    of a top-level domain — but a file's name (``data-file="report.zip"``) — outside the URL
    attributes' ``found``: read as the body's bare hosts are (review 51a's F7)."""
    if "." not in attrs:
        return []
    # (a data-* value's host counts with a path or a port only: 秀米's and 壹伴's
    # data-*="xiumi.us" or "yiban.io" name the editor, red team 92; data-url="t.cn/x" is an
    # address, and so is a listed ad or short link's host alone in a link's data-href: left27b)
    places = [(place.end(), _link_name(place)) for place in _BARE_PLACE.finditer(attrs)]
    if "on" in attrs:
        for handler in _HANDLER.finditer(attrs):
            start, end = handler.span(handler.lastgroup or 0)
            places += [(string.end(), None) for string in _STRING_START.finditer(attrs, start, end)]
    more: list[tuple[int, int, str]] = []
    for place, data in places:
        host = _BARE_HOST.match(attrs, place)
        if host is None or not is_top_level_domain(top := host.group("top")):
            continue
        if (
            data is not None
            and not host.group("path")
            and not host.group("port")
            and not (data and shipped_ad_host(host.group("host")))
        ):
            continue
        if top in FILE_TYPES and not host.group("path") and file_name_labels(host.group("host")):
            continue  # (a file's name: report.zip)
        start = base + host.start()
        if not any(f_start <= start < f_end for f_start, f_end, _ in found):
            url = host.group().rstrip(EMBEDDED_TRIM)
            more.append((start, start + len(url), url))
    return more


def _link_name(place: re.Match[str]) -> bool | None:
    """``None`` where a page opens a value whatever it holds (a style's ``url()``); for a
    data-* value, whether its name is a link's (``data-href``, ``data-url``…)."""
    if place.group("data") is None:
        return None
    return _LINK_NAME.search(place.group("name")) is not None


_SCHEME_BEFORE = regex(r"(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]{0,23}:\Z")


def _app_scheme_before(attrs: str, at: int, url: str) -> str:
    """The scheme right before the ``//`` at ``at`` when it opens a shopping app
    (``data-href="tbopen://…"``); ``""`` when there is none (red team 55)."""
    head = _SCHEME_BEFORE.search(attrs, max(0, at - 25), at)
    if head is None or not is_app_link(head.group() + url):
        return ""
    return head.group()


# a quote written as a character reference ends a value: url(&quot;https://…&quot;)
_QUOTE_REFERENCE = regex(r"&(?:quot|apos|#0*3[49]|#x0*2[27]);?")
# a picture a style shows (background-image: url(…)), read before the address
_CSS_URL = regex(rf"url\(\s*(?:{_QUOTE_REFERENCE.pattern}|[\"'])?\s*\Z")


# a background picture the editors load lazily, 秀米's data-lazy-bgimg (red team 92)
_BACKGROUND_ATTRIBUTE = regex(r"""(?<![a-z0-9_.\-])data-(?:lazy-)?bgimg\s*=\s*["']?\Z""")


def shown_tag(tag: str, attrs: str, at: int, url: str) -> str:
    """The tag an address at ``at`` of ``attrs`` counts as: ``img`` for a picture the element
    shows (a style's ``url(…)``, a lazily loaded background), ``video`` for a video player's
    page an ``<iframe>`` embeds (``data/video_players.txt``: WeChat's, 腾讯视频's), else
    ``tag``.  Both are shown, not followed, so their hosts are no reprint question."""
    if _CSS_URL.search(attrs, max(0, at - 16), at) is not None:
        return "img"
    if "bgimg" in attrs and _BACKGROUND_ATTRIBUTE.search(attrs, max(0, at - 24), at):
        return "img"
    if tag == "iframe" and _video_player(url):
        return "video"
    return tag


# Where a player's query or fragment may start an address: after "?", "#", "&", "=" or "@"
_CARRIED_START = regex(r"[?#&=@]\s*+")


def player_carried(tag: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The ad and short links' addresses with no scheme in the query or fragment of the
    video players ``found`` in an ``<iframe>`` (``player.html?url=t.cn/x``, ``#t.cn/x``):
    the player is shown, not followed (:func:`shown_tag`), and the page its script opens
    with such a value is the ad's — read as the link it is (left27b).  A host alone that no
    rule lists is a word there (``?site=example.com``), as in any query (redirects)."""
    if tag != "iframe":
        return []
    more: list[tuple[int, int, str]] = []
    for start, _, url in found:
        rest = min((at for at in (url.find("?"), url.find("#")) if at >= 0), default=-1)
        if rest < 0 or not _video_player(url):
            continue
        for place in _CARRIED_START.finditer(url, rest):
            host = _BARE_HOST.match(url, place.end())
            if host is not None and shipped_ad_host(host.group("host")):
                address = host.group().rstrip(EMBEDDED_TRIM)
                at = start + host.start()
                more.append((at, at + len(address), address))
    return more


def _video_player(url: str) -> bool:
    """Whether ``url`` is a listed video player's page: its host (no user name before it:
    ``player.html@t.cn/x`` is t.cn's, review 53), its path and the start of its query."""
    try:
        parts = urlsplit(url if "//" in url[:10] else "//" + url)
        host = parts.hostname
    except ValueError:
        return False
    if host is None or "@" in parts.netloc:
        return False
    return any(
        host == p_host
        and (parts.path == p_path or parts.path.startswith(p_path + "/"))
        and parts.query.startswith(p_query)
        for p_host, p_path, p_query in _video_players()
    )


@cache
def _video_players() -> tuple[tuple[str, str, str], ...]:
    """``data/video_players.txt`` as (host, path, the query's start)."""
    players = []
    for line in data_words("video_players.txt"):
        parts = urlsplit("//" + line)
        players.append((parts.hostname or "", parts.path, parts.query))
    return tuple(players)


@cache
def closing(tag: str) -> re.Pattern[str]:
    return regex(rf"</{tag}\s*>")


# ASCII letters to lower case and nothing else, so that offsets stay (``str.lower`` makes two
# characters of "İ"): the attributes as written read as the folded ones of other tags are
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@cache
def _address_tag() -> re.Pattern[str]:
    """:data:`ADDRESS_TAG`, and a formatting tag with an attribute whose value starts with an
    app's scheme or ``intent`` and a colon, a character reference or a space (the forms with
    no ``//``: ``<span data-href="kwai:work?id=1">``, ``data-href="intent:#Intent;…"``; the
    review of red teams 55–56).  The schemes are named, so a style's ``color:red`` is none.
    And one that may hold a bare host where a page opens it (``<span data-url="t.cn/x">``:
    :func:`_bare_hosts`)."""
    names = "|".join(re.escape(name) for name in sorted(app_schemes() | {"intent"}))
    # (and the places of a bare host, _BARE_PLACE: a style's url(, a handler, a data-* host)
    bare = r"url\(|\son[a-z]+\s*=|\sdata-[a-z0-9_.\-]*\s*=\s*[\"']?[a-z0-9\-]+\.[a-z]"
    widened = rf"(?://|www\.|(?:https?|ftp):/|=\s*[\"']?\s*(?:{names})[\s:&]|{bare})"
    # (test_links' formatting-tag cases fail if ADDRESS_TAG no longer reads so)
    pattern = ADDRESS_TAG.pattern.replace(r"(?://|www\.|(?:https?|ftp):/)", widened, 1)
    return regex(pattern, ADDRESS_TAG.flags)


def formatting_tag_links(text: str, spans: Sequence[LinkSpan]) -> list[LinkSpan]:
    """Addresses in the attributes of formatting tags (``<span data-href="https://t.cn/x">``):
    the fold drops those tags as formatting, so the scan of the folded text never sees them,
    while a page's script opens the address.  Read from the text as written, each judged
    with its tag as any tag's embedded address is (red team 48)."""
    found: list[LinkSpan] = []
    ordered = sorted(spans, key=lambda span: span.start)
    starts = [span.start for span in ordered]
    reach = list(accumulate((span.end for span in ordered), max))  # the furthest end so far
    for match in _address_tag().finditer(text):
        start, end = match.span()
        before = bisect.bisect_right(starts, start) - 1  # (one lookup, not a pass over spans)
        if before >= 0 and start < reach[before]:
            continue  # inside a link already found (an <a>'s words)
        base = match.start("attrs")
        tag = match.group("tag").translate(_LOWER)
        attrs = match.group("attrs").translate(_LOWER)
        for u_start, u_end, _ in embedded(attrs, base, []):
            raw = text[u_start:u_end]
            url = entities(raw) if "&" in raw else raw
            shown = shown_tag(tag, attrs, u_start - base, url)
            found.append(LinkSpan("html", start, end, u_start, u_end, raw, url, tag=shown))
    return found
