"""What a link's address opens, read as a browser reads it: a web page, an app, or nothing.

A Markdown destination or an attribute value is a web address when a browser would open one
(tabs and controls in the scheme, capitals, backslashes: :func:`is_web`); one that opens a
shopping app counts too (:func:`is_app_link`); anything else is relative.  With them the
decoders of an address as written (HTML entities, Markdown escapes).  Apart because it
judges one address alone, with no text around it: the scanner, the HTML attribute readers
and the policy ask it.
"""

from __future__ import annotations

import html
import re
from functools import cache
from urllib.parse import unquote

from govpub.compliance._data import data_words
from govpub.compliance.folding.addresses import MD_ESCAPE, written_url
from govpub.compliance.regex_cache import regex

__all__ = [
    "SCRIPT_SCHEMES",
    "WEB_PREFIXES",
    "address_after_colon",
    "app_schemes",
    "entities",
    "glued_web_address",
    "host_span",
    "html_backslashes",
    "intent_scheme",
    "is_app_link",
    "is_app_scheme",
    "is_web",
    "md_escapes_read",
    "md_unescape",
    "schemeless_host",
]


# Schemes whose "address" is a script or a document, which may hold a web address of its own.
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
WEB_PREFIXES = ("http:", "https:", "ftp:", "//", "www.")  # a web address starts so
# What a browser removes before it parses an href (WHATWG URL parser, basic URL parser):
# leading C0 controls and spaces, and every ASCII tab or newline anywhere.
_URL_TRIM = "".join(map(chr, range(0x21)))
_URL_TABS = str.maketrans("", "", "\t\n\r")


@cache
def app_schemes() -> frozenset[str]:
    """The schemes that open a shopping or video app (``data/app_schemes.txt``: ``tbopen``…),
    lower case, no ``:``."""
    return frozenset(data_words("app_schemes.txt"))


def is_app_scheme(scheme: str) -> bool:
    """Whether ``scheme`` (lower case, no ``:``) is one that opens a shopping or video app."""
    return scheme in app_schemes()


@cache
def _app_packages() -> frozenset[str]:
    """The Android packages of those apps (``data/app_packages.txt``): ``com.taobao.taobao``…"""
    return frozenset(data_words("app_packages.txt"))


# An Android intent's scheme (``intent://…#Intent;scheme=taobao;package=…;end``), or its
# package or component when it names no scheme (``intent:#Intent;package=com.taobao.taobao;
# end``): the app the address opens (red team 55; the review of red teams 55–56).
_INTENT_SCHEME = regex(r"[#;]scheme=([a-z][a-z0-9+.\-]*)", re.IGNORECASE)
_INTENT_PACKAGE = regex(r"[#;](?:package|component)=([a-z0-9_.]+)", re.IGNORECASE)


# What the part after a scheme's colon holds when it is an address rather than a word: a
# slash, a fragment, or a dot, a query, a parameter, a digit, ``-`` or ``_`` in it
# (``tbopen:m.taobao.com``, ``kwai:work?id=1``, ``tbopen:item123``, ``intent:#Intent;…``; not
# ``Taobao:TB``, ``taobao:hover``, ``kwai: 视频``, nor ``kwai:work``, a word as well).
_ADDRESS_REST = regex(r"[/\\#]|[!-~]*[.?=&;#0-9_\-]")


def address_after_colon(url: str) -> bool:
    """Whether what follows the first ``:`` of ``url`` reads as an address, not as a word: an
    app's link written with one slash or none must look like one (reviews of red team 55's
    fixes; the text is folded, so ``Pinduoduo:PDD123`` reads as an address too)."""
    colon = url.find(":")
    return colon >= 0 and _ADDRESS_REST.match(url, colon + 1) is not None


def is_app_link(url: str) -> bool:
    """Whether ``url`` opens a shopping app (``tbopen://…``, ``openapp.jdmobile://…``, or an
    Android ``intent:`` of one), or a mini-program its reader cannot judge or a shop's
    (:func:`_hidden_mini_program`).  Tabs and line breaks inside the scheme are dropped, as
    a browser's URL parser drops them (``kw&#9;ai://…``)."""
    colon = url.find(":")
    if not 0 < colon <= 24:
        return False
    scheme = url[:colon].strip().lower()
    if scheme in app_schemes():
        return True
    if not scheme.isalnum() and scheme.translate(_URL_TABS).strip() in app_schemes():
        return True  # (a C-level test first: "openapp.jdmobile" and "kw\tai" are no word)
    if scheme == "weixin":
        return _hidden_mini_program(url)
    return scheme == "intent" and _intent_opens_app(url, colon)


def intent_scheme(url: str, start: int = 0) -> str | None:
    """The scheme an Android intent names (``…#Intent;scheme=taobao;…``: ``taobao``), lower case."""
    found = _INTENT_SCHEME.search(url, start)
    return found.group(1).lower() if found is not None else None


def _intent_opens_app(url: str, colon: int) -> bool:
    """Whether an Android intent (its ``:`` at ``colon``) opens one of those apps: by its
    scheme, or by its package or component."""
    if intent_scheme(url, colon) in app_schemes():
        return True
    named = _INTENT_PACKAGE.search(url, colon)
    return named is not None and named.group(1).lower() in _app_packages()


# WeChat's URL Scheme of a mini-program (微信开放文档「获取 URL Scheme」): encrypted,
# weixin://dl/business/?t=TICKET, or in plain text, weixin://dl/business/?appid=APPID&path=….
_WECHAT_BUSINESS = regex(
    r"weixin:/*dl/business/?\?(?:[^#\s]*?&)?(t|appid)=([^&#\s]*)", re.IGNORECASE
)


def _hidden_mini_program(url: str) -> bool:
    """Whether a ``weixin:`` address opens a mini-program its reader cannot judge or a shop's.

    The encrypted form hides which mini-program it opens, a shop as readily as a service, as
    its twin the URL Link ``wxaurl.cn/TICKET`` does (a short link, stripped): stripped alike.
    The plain form names its appid: a shop's (``share_codes.toml``) is an ad; any other, a
    service's as well, stays — as do ``weixin://dl/scan`` and the other ``weixin://`` pages."""
    found = _WECHAT_BUSINESS.match(url.strip())
    if found is None:
        return False
    if found.group(1).lower() == "t":
        return True
    from govpub.compliance.share_code_rules import share_code_rules  # noqa: PLC0415 - cycle

    return found.group(2) in share_code_rules().mini_shop_appids


# A web scheme with a word and a dot glued before it (``www.https://t.cn/x``, ``x.https://…``).
_GLUED_SCHEME = regex(r"[a-z0-9+\-.]*\.(?:https?|ftp)", re.IGNORECASE)


def glued_web_address(url: str) -> str | None:
    """The web address after a word glued before its scheme; ``None`` when there is none.

    A URL parser reads ``www.https`` in ``www.https://t.cn/x`` as the scheme, which no
    browser opens; but the page shows, a linkifier links and a reader copies the web
    address after the dot, ``https://t.cn/x`` — as the bare-text scanner reads it.
    """
    colon = url.find(":", 0, 40)
    if colon < 5 or "." not in url[:colon]:  # (C-level tests first: most glue nothing)
        return None
    if not url[0].isalnum() or not url[:colon].isprintable():  # " www.https://…", a tab
        url = url.translate(_URL_TABS).lstrip(_URL_TRIM)
        colon = url.find(":", 0, 40)
    if url[colon + 1 : colon + 2] not in ("/", "\\") or not _GLUED_SCHEME.fullmatch(url, 0, colon):
        return None
    return url[url.rfind(".", 0, colon) + 1 :]


# Full-width forms as ASCII and the ideographic full stops as dots, one character for one (an
# address's offsets as written are kept): how :func:`host_span` reads an address.
_ONE_FOR_ONE = str.maketrans({**{0xFF01 + i: 0x21 + i for i in range(94)}, 0x3002: 46, 0xFF61: 46})
# What stands before an address's host — a web scheme and its slashes (two, one or none: a
# browser opens ``https:t.cn``), any other scheme with two (``hxxps://``), or ``//`` alone; a
# user part up to its "@" — then the host, up to a port, a path, a query, a fragment or the end
# (none in ``javascript:f('…')``; none in an address percent-encoded whole, ``https%3A%2F%2F…``,
# whose path is no host either).
_HOST_IN_ADDRESS = regex(
    r"\s*(?:(?:https?|ftp):[/\\]{0,2}|[a-z][a-z0-9+.\-]*:[/\\]{2}|[/\\]{2})?"
    r"(?:[^/\\?#\s]*@)?([^/\\?#:@%\s\"'()<>]+)(?=[/\\?#]|:[0-9]*(?![^/\\?#])|\Z)",
    re.IGNORECASE,
)


def host_span(raw: str) -> tuple[int, int] | None:
    """Where the host of an address as written stands in it (``https://13938513134.com/a``:
    ``13938513134.com``; a bare ``13938513134。ID``: all of it), or ``None`` when it has none
    (a relative path, a ``javascript:`` address).

    Full-width forms and ideographic full stops are read as what they stand for
    (``ｈｔｔｐ：／／…``, ``u。jd。com``), one for one, so the offsets are those written.
    """
    found = _HOST_IN_ADDRESS.match(raw.translate(_ONE_FOR_ONE))
    return None if found is None else found.span(1)


# A value with no scheme whose first part, up to a path, a query or a fragment, is a host:
# labels of letters, digits and "-" joined by dots, and a port (``t.cn``, ``u.jd.com:8080``;
# not ``news``, ``.``, ``..``, ``报名网址:t.cn``)
_HOST_AND_PORT = regex(
    r"(?P<host>[a-z0-9\-]++(?:\.[a-z0-9\-]++)++)(?::[0-9]{1,5})?+", re.IGNORECASE
)
_PATH_START = regex(r"[/\\?#]")


def schemeless_host(value: str) -> str | None:
    """The host an attribute value with no scheme starts with, lower case (``t.cn/A6X``:
    ``t.cn``); ``None`` when its first part, up to ``/``, ``\\``, ``?`` or ``#``, is no host
    name (a relative path: ``news/1.html``, ``./t.cn/x``, ``files/t.cn.pdf``).

    Read as a browser reads a value — entities decoded, the spaces and controls before it and
    the tabs and line breaks in it dropped, the host percent-decoded (``t.%63n``) and one
    trailing dot dropped — and as the text's links are, its look-alike characters folded
    (``u&#x3002;jd&#x3002;com``, ``t.&#8203;cn``: :func:`~govpub.compliance.folding.written_url`).
    A user part before the host is passed over, as a browser does once ``http://`` stands
    before it (``gov.cn@t.cn/x``: ``t.cn``; ``t.cn@gov.cn``: ``gov.cn``), where a path, query
    or fragment follows (``kefu@t.cn`` alone reads as the mail address it looks like).
    Whether the host is meant is the caller's to judge: to a browser every such value is a
    path on the page's own site (:func:`govpub.compliance.links.tags.ad_host_value`).
    """
    url = entities(value)
    if not url[:1].isalnum() or "\t" in url or "\n" in url or "\r" in url:
        url = url.translate(_URL_TABS).lstrip().lstrip(_URL_TRIM)  # (and &nbsp;: review 85's L5)
    if not url.isascii():
        url = written_url(url)
    end = _PATH_START.search(url)
    head = url if end is None else url[: end.start()]
    if "@" in head and end is not None:
        head = head[head.rfind("@") + 1 :]  # a user part before the host (review 85's L4)
    if "%" in head:
        head = unquote(head)  # (and what it encodes read as written: u%E3%80%82jd%E3%80%82com)
        if not head.isascii():
            head = written_url(head)
    found = _HOST_AND_PORT.fullmatch(head.removesuffix("."))
    return None if found is None else found.group("host").lower()


def is_web(url: str) -> bool:
    """Whether a destination or attribute value opens a web address, read as a browser does.

    A tab or line break inside the scheme (``ht&#9;tps://t.cn/x``), a control character
    before it and an upper-case scheme (``&#72;ttps://…``) still open ``https://t.cn/x``;
    ``/`` and ``\\`` in any order (``/\\t.cn/x``) are ``//`` (a backslash is a slash in a
    web URL), a protocol-relative address.
    """
    if url.startswith(WEB_PREFIXES):
        return True
    head = url.translate(_URL_TABS).lstrip().lstrip(_URL_TRIM)[:6]
    return head.lower().replace("\\", "/").startswith(WEB_PREFIXES) or (
        glued_web_address(url) is not None
    )


def html_backslashes(url: str) -> str:
    """An attribute's web address with its backslashes before the query written as slashes.

    HTML has no backslash escapes: a browser reads ``\\`` in a web address's host and
    path as ``/`` (WHATWG URL parser), so ``href="https://www.gov.cn\\@t.cn/"`` opens
    www.gov.cn — whereas in Markdown text ``\\@`` is an escaped ``@`` and the same
    characters show ``https://www.gov.cn@t.cn/``.  Written as a browser reads it, the
    address is not read as Markdown again by the link policy.
    """
    if not is_web(url):
        return url
    cut = min((at for at in (url.find("?"), url.find("#")) if at >= 0), default=len(url))
    return url[:cut].replace("\\", "/") + url[cut:]


def entities(value: str) -> str:
    return html.unescape(value) if "&" in value else value


def md_unescape(value: str) -> str:
    """A Markdown destination as a browser uses it: escapes read, then entities decoded."""
    return html.unescape(md_escapes_read(value)) if ("\\" in value or "&" in value) else value


def md_escapes_read(value: str) -> str:
    """``value`` with its Markdown escapes read and nothing else: ``https://www\\.gov\\.cn/a``
    is ``https://www.gov.cn/a``, and ``\\\\`` one backslash.  What the page shows of a bare
    address written so, and links (red team 76): a backslash before ASCII punctuation goes,
    as the fold drops it.  No entity is decoded, and no look-alike read (those are the
    policy's, which never allows an address for its look-alikes)."""
    return MD_ESCAPE.sub(r"\1", value) if "\\" in value else value
