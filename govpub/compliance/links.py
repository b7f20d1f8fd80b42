"""Finding links in plain text, Markdown and HTML — all three at once, in one scan.

A post's body is Markdown that may hold HTML, its summary is plain text, and a
platform may linkify anything that looks like an address.  So the text is
*folded* once (:mod:`govpub.compliance.folding`: full-width forms to ASCII,
``。``/``｡`` between host labels to dots, invisible characters removed) and one
left-to-right scan of the folded text recognises:

* HTML tags with URL attributes (``href``, ``src``, ``srcset``, ``data-src``,
  ``poster``); an ``<a>`` (or ``<iframe>``, ``<video>``…) is taken with its
  content up to the closing tag, so that stripping can keep or drop it;
* Markdown inline links and images ``[text](url "title")``, ``![alt](url)``;
* Markdown autolinks ``<https://…>`` and reference definitions ``[id]: url``;
* URLs with a scheme, with two slashes, one or none (``https:/t.cn/x`` and
  ``https:t.cn/x`` open in a browser as ``https://t.cn/x``);
* schemeless ``www.`` hosts, and **bare domains** whose last label is a
  top-level domain of the Public Suffix List (:mod:`govpub.compliance.suffixes`),
  after any character that is not part of a host — CJK text, an ASCII or a
  full-width colon (``报名网址:t.cn/…``), a quote, a bracket.

So ``ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=…``, ``u。jd。com/…``, ``dwz｡cn/…``,
``ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／…`` and ``https://s.click.tao\\u200bbao.com/…``
(a zero-width space in the host, which a browser drops — UTS #46) are each one
link, found whole (issue 12).  Offsets are mapped back to the text as written:
:attr:`LinkSpan.raw` is exactly what the editor wrote, full-width and invisible
characters included, which is what stripping removes.

Chinese text has no spaces, so a bare URL ends where CJK text or full-width
sentence punctuation begins: "详见https://www.gov.cn/a.html。" gives
``https://www.gov.cn/a.html``; a host that starts right after ``://`` with CJK
characters is an internationalised domain (``http://中国政府网.政务/``).  Trailing
punctuation (``.,:;!?'*_~``) and unbalanced ``)``/``]`` are trimmed, as GFM's
autolink extension does.  An address followed by ``@`` is the user part of an
e-mail address, not a link; one preceded by ``@`` is a mail domain.

The scanner errs towards finding more: anything a platform might make into a
link should be found here (linkify-it, which the renderer uses, links bare
domains too), so that no ad link survives and no host escapes the source rules.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from itertools import accumulate
from typing import NamedTuple
from urllib.parse import unquote

from govpub.compliance._data import data_words
from govpub.compliance._text import require_text
from govpub.compliance.folding import ADDRESS_TAG, Folded, fold, is_han, written_url
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.suffixes import han_top_level_domains, is_top_level_domain

__all__ = [
    "LinkSpan",
    "abbreviation",
    "capitalised_words",
    "code_name",
    "company_form",
    "decimal_then_suffix",
    "dotted_name_after",
    "file_type_after",
    "find_links",
    "flatten",
    "is_app_link",
    "link_titles",
    "mail_with_path",
    "mail_written_around",
    "number_then_word",
    "scan_links",
    "sent_to",
    "stock_code",
    "tag_titles",
    "tech_name_in_code",
]

# Where a URL stops: whitespace, controls, quotes and angle brackets, general punctuation
# (“”‘’…), CJK symbols and punctuation, CJK characters, the full-width forms block (what
# is left of it after folding: ，；！（）［］ and the like) and every character beyond the
# Basic Multilingual Plane (CJK extensions, emoji).  The classes below are written as
# what a URL *may* hold, within the BMP: the regex engine tests such a class with a
# bitmap, and one that names a character beyond the BMP range by range (five times
# slower per character).
_STOP_RANGES = (
    (0x00, 0x20),
    (0x7F, 0x7F),
    (0x2000, 0x206F),
    (0x2E80, 0x9FFF),
    (0xA000, 0xA4CF),
    (0xAC00, 0xD7AF),
    (0xD800, 0xDFFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)


def _url_class(also_stop: str = "") -> str:
    """A character class of what a URL may hold (BMP only), minus ``also_stop``."""
    stops = bytearray(0x10000)
    for low, high in _STOP_RANGES:
        stops[low : high + 1] = b"\x01" * (high - low + 1)
    for char in '"<>`\x85\xa0\u1680' + also_stop:  # and the spaces outside those ranges
        stops[ord(char)] = 1
    parts: list[str] = []
    start = stops.find(0)
    while start != -1:
        end = stops.find(1, start)
        end = 0x10000 if end == -1 else end
        first, last = _class_char(start), _class_char(end - 1)
        parts.append(first if end - 1 == start else f"{first}-{last}")
        start = stops.find(0, end)
    return "[" + "".join(parts) + "]"


def _class_char(point: int) -> str:
    char = chr(point)
    return "\\" + char if char in "\\[]^-" else char


_CJKL = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"  # BMP only
_DOT = "。｡"  # left between CJK labels by the fold (it joins ASCII labels only)
_LABEL = r"[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?"


def _is_cjkl(char: str) -> bool:
    """Whether ``char`` is in ``_CJKL`` (CJK ideographs, kana, Hangul), tested in Python."""
    return (
        "\u3400" <= char <= "\u9fff"
        or "\u3040" <= char <= "\u30ff"
        or "\uac00" <= char <= "\ud7af"
        or "\uf900" <= char <= "\ufaff"
    )


# An ASCII host: runs of host characters, IPv6 literals and dots.  The plain expressions
# below take every dot; the full ones stop before a dot that CJK text follows (where an
# internationalised top-level domain may start: "gov.cn.政务").
_HOST_PART = r"(?:{host_char}++|\[[0-9a-f:.]+\]|\.{cjk_guard})"


def _path(url_char: str) -> str:
    return rf"(?:[/\\?#]{url_char}*+)?"


# After a bare domain: a trailing root dot before the port or path is the same host
# ("t.cn./x"); a port ends the host ("Shanghai.Tel:021-6321…" is a landline after a word)
_PORT_OR_ROOT_DOT = r"(?:\.(?=[:/\\?#]))?(?::[0-9]{1,5}(?![0-9A-Za-z\-]))?"


@cache
def _plain_patterns() -> dict[str, re.Pattern[str]]:
    """Bare URLs with ASCII hosts: the expressions used first (see :func:`_needs_full`).

    A character class of CJK text costs 2–4 ms to compile each time an expression names
    it (the regex compiler fills its bitmap in Python), and the full expressions name one
    a dozen times; these name none, and no internationalised top-level domain, so they
    need neither that nor the Public Suffix List.  They find what the full ones find
    wherever no CJK character follows a host's ``//``, its last dot or the host itself
    after ``。``/``｡`` — which the scanner checks in Python, and otherwise asks the full
    expressions (a property test compares the two).
    """
    host = _HOST_PART.format(host_char=_url_class("/\\?#[]."), cjk_guard="")
    path = _path(_url_class("[|"))
    return {
        "scheme": re.compile(
            rf"(?:https?|ftp):(?:[/\\]{{2}}|[/\\]?(?=[a-z0-9]))(?P<host>{host}*+){path}"
        ),
        "www": re.compile(rf"(?P<host>www\.(?=[a-z0-9]){host}++){path}"),
        "domain": re.compile(
            rf"(?P<host>(?:{_LABEL}\.)+(?P<tld>[a-z][a-z0-9\-]{{1,62}}(?![a-z0-9\-@]|_++[a-z0-9\-@.])))"
            rf"(?P<rest>{_PORT_OR_ROOT_DOT}{path})"
        ),
    }


_LABELS = re.compile(rf"(?:{_LABEL}\.)+")

_SCHEME = re.compile(r"(?:https?|ftp):")


def _host_start(text: str, begin: int, index: int) -> int:
    """Where the host of the run of host characters from ``begin`` (its first dot at
    ``index``) starts.

    An emphasis opens before the host: ``_t.cn_/x`` shows ``t.cn/x``.  And no label starts
    with a hyphen or a dot: glued before a host they are none of it — ``报名网址-t.cn/x``,
    ``链接．t.cn/x`` (a full-width full stop is a dot), ``(领券).t.cn/x``,
    ``[通知](…).t.cn/x`` show the host after them, which a linkifier links after
    punctuation (red team 35; after ASCII punctuation since the session's review).
    """
    while begin < index and text[begin] == "_":
        begin += 1
    while begin < index and text[begin] in "-.":
        begin += 1
    return begin


def _may_end_in_cjk(text: str, begin: int, stop: int) -> bool:
    """Whether the labels from ``begin`` run into CJK text (``gov.cn.政务``): see ``domain``."""
    labels = _LABELS.match(text, begin, stop)
    return labels is not None and labels.end() < stop and _is_cjkl(text[labels.end()])


def _needs_full(text: str, host_start: int, host_end: int, stop: int) -> bool:
    """Whether the full expressions could read a host differently from the plain ones.

    They differ only where CJK text follows: right after ``//`` (an internationalised
    host), after the host's last dot or after a ``。``/``｡`` that ends it (an
    internationalised top-level domain such as ``.政务``).
    """
    after = text[host_end] if host_end < stop else ""
    if after and _is_cjkl(after) and (host_start == host_end or text[host_end - 1] == "."):
        return True
    return after in ("\u3002", "\uff61") and host_end + 1 < stop and _is_cjkl(text[host_end + 1])


def _may_need_full(text: str, match: re.Match[str], stop: int) -> bool:
    """:func:`_needs_full` for a plain expression's match, most answered by one comparison.

    What it looks for after the host (CJK text, ``。``, ``｡``) is all at or above U+3000;
    most hosts end before ``/``.
    """
    host_end = match.end("host")
    if host_end >= stop or text[host_end] < "\u3000":
        return False
    return _needs_full(text, match.start("host"), host_end, stop)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The full expressions, compiled on first use (the CJK top-level domains come from the PSL).

    Used only where :func:`_needs_full` or :func:`_may_end_in_cjk` says the plain ones
    may not do (rare: an internationalised host or top-level domain).
    """
    # "[" and "]" only as an IPv6 literal: elsewhere they are Markdown, parsed first.
    host_char = _url_class("/\\?#[].")
    auth_ascii = _HOST_PART.format(host_char=host_char, cjk_guard=rf"(?![{_CJKL}])")
    # A path stops at "[" too: in Markdown "[text](url)" right after a bare URL is a
    # link of its own (inline links are parsed before bare URLs are linkified); and at
    # "|", which ends a GFM table cell before the cell's text is linkified.
    path = _path(_url_class("[|"))
    han_tlds = "|".join(sorted(han_top_level_domains(), key=len, reverse=True))
    idn_tld = rf"(?:[.{_DOT}](?:{han_tlds})(?![{_CJKL}]))"
    # an internationalised host has a dot: one CJK word after "//" is prose ("输入https://后
    # 再输入网址", "http://与https://的区别"), a name no public site has (red team 18)
    auth_cjk = (
        rf"[{_CJKL}][{_CJKL}a-z0-9\-]*(?:[.{_DOT}][{_CJKL}a-z0-9\-]+)+{idn_tld}?"
        r"(?::[0-9]{1,5})?"
    )
    return {
        # two slashes (any host, even an empty one), or one or none before an ASCII host
        "scheme": re.compile(
            rf"(?:https?|ftp):(?:[/\\]{{2}}(?:{auth_cjk}|{auth_ascii}*+{idn_tld}?)"
            rf"|[/\\]?(?=[a-z0-9]){auth_ascii}++{idn_tld}?){path}"
        ),
        "www": re.compile(rf"www\.(?=[a-z0-9]){auth_ascii}++{idn_tld}?{path}"),
        "domain": re.compile(
            rf"(?P<host>(?:{_LABEL}\.)+(?P<tld>[a-z][a-z0-9\-]{{1,62}}(?![a-z0-9\-@]|_++[a-z0-9\-@.])"
            rf"|(?:{han_tlds})(?![{_CJKL}])))"
            rf"(?P<rest>{_PORT_OR_ROOT_DOT}{path})"
        ),
    }


@cache
def _markup_patterns() -> dict[str, re.Pattern[str]]:
    """Autolinks and HTML tags, Markdown links and reference definitions (no CJK classes)."""
    return {
        # autolinks first: an HTML tag name cannot hold ":"
        "angle": re.compile(
            r"(?P<auto><(?P<auto_url>(?:https?|ftp):[^\s<>]*+)>)"
            r"|(?P<html><(?P<tag>[a-z][a-z0-9\-]{0,30})(?P<attrs>\s[^<>]{0,4000})?>)"
        ),
        # runs of plain characters are taken whole and never given back (possessive):
        # linear, and several times faster than one character per step
        "md": re.compile(
            r"""(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]++|\\.|\[(?:[^\[\]\\]++|\\.){0,1000}+\]){0,1000}+)\]
            \(\s*+(?:<(?P<dest_a>[^<>\n]*+)>
                    |(?P<dest_b>(?:[^\s()\\]++|\\.|\((?:[^\s()\\]++|\\.)*+\))*+))
            (?:\s++(?:"(?:[^"\\]++|\\.)*+"|'(?:[^'\\]++|\\.)*+'|\((?:[^()\\]++|\\.)*+\)))?\s*\)""",
            re.VERBOSE,
        ),
        "ref": re.compile(
            r"""[ ]{0,3}\[(?P<label>(?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\n?[ \t]*
            (?:<(?P<ref_a>[^<>\n]*)>|(?P<ref_b>\S+))
            (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*(?=\n|\Z)""",
            re.VERBOSE,
        ),
    }


# Fast paths for the commonest forms, whose words hold no candidate character (so no
# link): ``<a href="…">words</a>`` and ``[words](url)``; anything else takes the full
# expressions below.
_PLAIN_ANCHOR = re.compile(r'<a href="([^"<>&\s]*+)">([^<\[:.&]*+)</a\s*>')
_PLAIN_MARKDOWN = re.compile(r"\[([^\[\]\\<:.\n]*+)\]\(([^\s()<>\\]*+)\)")
# (the text is folded: tag and attribute names are in lower case)
_URL_ATTR = re.compile(
    r"""(?:^|\s)(?P<name>href|src|srcset|data-src|poster)\s*=\s*
        (?:"(?P<v1>[^"]*+)"|'(?P<v2>[^']*+)'|(?P<v3>[^\s"'=<>`]++))""",
    re.VERBOSE,
)
# A web address inside any attribute's value, where no URL attribute holds it: a script's
# (``href="javascript:location.href='https://t.cn/x'"``, ``onclick="window.open('…')"``), a
# style's (``url(https://…)``), a refresh (``content="0;url=https://…"``), a form's action,
# an object's data, ``data-href``, ``xlink:href``.  A scheme, two slashes or ``www.``: the
# forms a script or a browser opens (bare hosts in attribute values are names and ids).
_EMBEDDED = re.compile(
    r"(?:(?<![a-z0-9+.\-])(?:https?|ftp):)?//[^\s\"'<>()\\`]+"
    r"|(?<![a-z0-9.\-/])www\.[^\s\"'<>()\\`]+"
)
_EMBEDDED_TRIM = ".,;:!?'\")]}"
# Schemes whose "address" is a script or a document, which may hold a web address of its own.
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
# Attributes whose addresses are none to open here: a title or alt text is shown to the
# reader (an address there is one to type, judged as a spelled-out host is — check's
# _titled_links); an XML namespace, xmlns="http://www.w3.org/2000/svg", is a name no one
# opens (the inline SVG of WeChat editors has it).
_NOT_OPENED_ATTR = re.compile(
    r"""(?:^|\s)(?:title|alt|xmlns(?::[a-z0-9_\-]+)?)\s*=\s*"""
    r"""(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++)"""
)
# Elements whose content goes with them: <a> keeps its words when its link goes; the
# others are media and frames, removed whole.
_CONTAINERS = frozenset({"a", "iframe", "video", "audio", "object", "picture", "script"})
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_TRAILING = ".,:;!?'*_~"
_PAIRS = {")": "(", "]": "["}
_TRIM_CHARS = frozenset(_TRAILING + ")]")
_WEB_PREFIXES = ("http:", "https:", "ftp:", "//", "www.")  # a web address starts so
# Every link starts at, or is found from, one of these characters: "<" before a letter
# (HTML, autolinks), "[" (Markdown), ":" after "s" or "p" (https, http, ftp) and "." before
# a letter, or before a label of digits that another dot follows ("163.com", not "77.5亿").
# The class comes first, so the regex engine skips to those characters at C speed; the
# assertions after it are checked there, also in C; the expressions are tried only there.
_CANDIDATE = re.compile(
    r"[<\[:.](?:(?<=<)(?=[a-z])|(?<=\[)|(?<=[sp]:)|(?<=\.)(?=[a-z_]|[0-9][a-z0-9\-_]*\.))"
)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")
# A mail address's user part, as written in posts (letters, digits, ``. _ % + -``; the text
# is folded to lower case), and ``:`` for a password (``user:pw@host``).
_MAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-:")
# A scheme (a web one, or any with its slashes: "hxxps://", which linkifiers and readers
# pass over) or ``www.``, then a user part ending where the ``@`` is (see
# _Scanner._user_part), looked for this far back at most.  The user part holds no space,
# slash, ``?``, ``#`` or ``@`` (they end it), and none of the ASCII brackets, angle brackets
# and backticks that close a Markdown or HTML construct (``[x](https://…)。@…``: linkify-it
# leaves ``( ) [ ]`` out of a user part too).
_USER_PART_HEAD = r"(?:(?:https?|ftp):|(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]{0,11}:[/\\]|www\.)"
_USER_PART = re.compile(rf"{_USER_PART_HEAD}[/\\]{{0,2}}[^\s/\\?#@()\[\]<>`]*\Z")
MOST_USER_PART = 100
# A "defanged" scheme before a bare host (hxxps://t.cn/x, hxxp:/t.cn/x, meow://t.cn/x): no
# browser opens it, but linkifiers link the host after it, and stripping the host alone
# would leave the scheme behind ("hxxps://"): it belongs to the link's construct.
_DEFANGED = re.compile(r"(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]{0,11}:[/\\]{1,2}\Z")
# A whole address percent-encoded in text ("https%3A%2F%2Ft.cn%2Fx", "https%253A%252F…"):
# the scheme and the escapes before its host, up to the "%" of the last one, whose "2F"
# the host scan took as the host's first characters; and what the address goes on with
# after the host (unreserved characters and escapes; the text is folded: lower case).
_ENCODED_HEAD = LazyPattern(
    r"(?<![a-z0-9+.\-%])(?:https?|ftp)%(?:25)?3a(?:%(?:25)?(?:2f|5c)){0,2}%\Z"
)
_NO_LEAD = (-1, 0)
_ENCODED_REST = LazyPattern(r"(?:%[0-9a-f]{2}|[a-z0-9\-._~+=&])*+")
# Top-level domains that are also common file extensions: "data.zip" or "readme.md" alone
# (a name and the extension, no path; version numbers may stand between: "app-v2.1.0.zip")
# is a file name in prose; "x.zip/a", "www.x.zip" and "https://x.zip" are still links.
# "et": a WPS spreadsheet, as government offices write their tables ("budget.et"); "so", a
# shared library, "pub", a public key, "run", "cab", installers, "do", a Struts action,
# "properties", a Java configuration, as 网络安全 notices name them ("libssl.so.3",
# "id_rsa.pub", "login.do", "application.properties").
_FILE_TYPES = frozenset(
    {
        "zip",
        "mov",
        "md",
        "py",
        "sh",
        "pl",
        "rs",
        "et",
        "so",
        "pub",
        "run",
        "cab",
        "do",
        "properties",
    }
)
# ... and those that are file types only in small letters, as an extension is written:
# "logo.ai" (Adobe Illustrator) is a file, "5G.AI" a name that linkify links.
_SMALL_FILE_TYPES = frozenset({"ai"})
# A word as a name or title writes it: "Wang", "Java", "IE" (two capitals at least); the
# dots a fold reads between host labels, as written ("Python。Java").
# (and a name in mixed case, a journal's "PLoS")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,}")
_WORD_DOTS = re.compile(r"[.\u3002\uff61\uff0e]")


class LinkSpan(NamedTuple):
    """One link found in a text.

    ``start``/``end`` cover the whole construct (a Markdown link with its text, an
    ``<a>`` element with its content, a bare URL); ``url_start``/``url_end`` the
    address as written, which ``raw`` holds (full-width and invisible characters
    included); ``url`` is the address a browser uses (Markdown escapes and HTML
    entities decoded; a bare URL as written — :func:`~govpub.compliance.urls.parse_url`
    reads full-width forms).  ``text_start``/``text_end`` are the visible words of a
    Markdown link or ``<a>`` element, and ``inner`` the links inside them.
    ``label`` is a reference definition's label.
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


# A LinkSpan made from all its fields at once, without the Python-level ``__new__`` that a
# NamedTuple's keyword defaults go through (half the cost; one a link: −0.02 ms a post).
_new_tuple = tuple.__new__
_NO_WORDS = tuple(LinkSpan._field_defaults.values())  # after ``url``: no words, inner links…


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


# What a browser removes before it parses an href (WHATWG URL parser, basic URL parser):
# leading C0 controls and spaces, and every ASCII tab or newline anywhere.
_URL_TRIM = "".join(map(chr, range(0x21)))
_URL_TABS = str.maketrans("", "", "\t\n\r")


def _embedded(
    attrs: str, base: int, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Web addresses inside the attribute values of a tag, outside the URL attributes'
    ``found`` and the attributes of :data:`_NOT_OPENED_ATTR` (offsets from ``base``, the
    attributes' start): :data:`_EMBEDDED`."""
    rest, at = [], 0  # the attributes without the URL attributes' values
    for f_start, f_end, _ in sorted(found):
        rest.append(attrs[at : max(at, f_start - base)])
        at = max(at, f_end - base)
    rest.append(attrs[at:])
    if not any("//" in piece or "www." in piece for piece in rest):
        return []  # (the commonest tag: an address in its href, nothing else)
    more: list[tuple[int, int, str]] = []
    shown = [(base + m.start(), base + m.end()) for m in _NOT_OPENED_ATTR.finditer(attrs)]
    for match in _EMBEDDED.finditer(attrs):
        start = base + match.start()
        if any(f_start <= start < f_end for f_start, f_end, _ in found) or any(
            s_start <= start < s_end for s_start, s_end in shown
        ):
            continue
        url = _QUOTE_REFERENCE.split(match.group(), 1)[0].rstrip(_EMBEDDED_TRIM)
        if "." in url:
            more.append((start, start + len(url), url))
    return more


# a quote written as a character reference ends a value: url(&quot;https://…&quot;)
_QUOTE_REFERENCE = re.compile(r"&(?:quot|apos|#0*3[49]|#x0*2[27]);?")
# a picture a style shows (background-image: url(…)), read before the address
_CSS_URL = re.compile(rf"url\(\s*(?:{_QUOTE_REFERENCE.pattern}|[\"'])?\s*\Z")


def _css_picture(attrs: str, at: int) -> bool:
    """Whether the address at ``at`` of ``attrs`` is a style's ``url(…)``: a picture."""
    return _CSS_URL.search(attrs, max(0, at - 16), at) is not None


@cache
def _app_schemes() -> frozenset[str]:
    """The schemes that open a shopping app (``data/app_schemes.txt``): ``tbopen``…"""
    return frozenset(data_words("app_schemes.txt"))


def is_app_link(url: str) -> bool:
    """Whether ``url`` opens a shopping app (``tbopen://…``, ``openapp.jdmobile://…``)."""
    colon = url.find(":")
    return 0 < colon <= 24 and url[:colon].strip().lower() in _app_schemes()


def _is_web(url: str) -> bool:
    """Whether a destination or attribute value opens a web address, read as a browser does.

    A tab or line break inside the scheme (``ht&#9;tps://t.cn/x``), a control character
    before it and an upper-case scheme (``&#72;ttps://…``) still open ``https://t.cn/x``;
    ``/`` and ``\\`` in any order (``/\\t.cn/x``) are ``//`` (a backslash is a slash in a
    web URL), a protocol-relative address.
    """
    if url.startswith(_WEB_PREFIXES):
        return True
    head = url.translate(_URL_TABS).lstrip().lstrip(_URL_TRIM)[:6]
    return head.lower().replace("\\", "/").startswith(_WEB_PREFIXES)


def _html_backslashes(url: str) -> str:
    """An attribute's web address with its backslashes before the query written as slashes.

    HTML has no backslash escapes: a browser reads ``\\`` in a web address's host and
    path as ``/`` (WHATWG URL parser), so ``href="https://www.gov.cn\\@t.cn/"`` opens
    www.gov.cn — whereas in Markdown text ``\\@`` is an escaped ``@`` and the same
    characters show ``https://www.gov.cn@t.cn/``.  Written as a browser reads it, the
    address is not read as Markdown again by the link policy.
    """
    if not _is_web(url):
        return url
    cut = min((at for at in (url.find("?"), url.find("#")) if at >= 0), default=len(url))
    return url[:cut].replace("\\", "/") + url[cut:]


def _entities(value: str) -> str:
    return html.unescape(value) if "&" in value else value


def _md_unescape(value: str) -> str:
    return html.unescape(_MD_ESCAPE.sub(r"\1", value)) if ("\\" in value or "&" in value) else value


# -- scanning the folded text ------------------------------------------------------


class _Scanner:
    """One scan of a folded text; spans come out with offsets into the text as written."""

    def __init__(self, folded: Folded, written: str) -> None:
        self.text = folded.text
        self.folded = folded
        self.written = written
        self.identity = folded.identity
        markup = _markup_patterns()
        self.angle = markup["angle"].match
        self.markdown = markup["md"].match
        self.refdef = markup["ref"].match
        plain = _plain_patterns()
        self.scheme = plain["scheme"].match
        self.www = plain["www"].match
        self.domain = plain["domain"].match

    def span(
        self,
        kind: str,
        start: int,
        end: int,
        url_start: int,
        url_end: int,
        *,
        words: tuple[int, int] = (-1, -1),
        inner: tuple[LinkSpan, ...] = (),
        tag: str = "",
    ) -> LinkSpan:
        """A :class:`LinkSpan` of the text as written, from folded offsets."""
        text_start, text_end = words
        folded_url = (url_start, url_end)
        if not self.identity:
            span = self.folded.span
            start, end = span(start, end)
            url_start, url_end = span(url_start, url_end)
            if text_start >= 0:
                text_start, text_end = span(text_start, text_end)
        written = self.written
        raw = written[url_start:url_end]
        if kind == "bare" and "*" in raw and not self.identity:
            url = self._shown_stars(raw, url_start, *folded_url)
        elif kind == "bare" or ("&" not in raw and "\\" not in raw):
            url = raw  # (no entity, no escape: what the decoders below give back)
        elif kind == "html":
            url = _entities(raw)
            if "\\" in url:
                url = _html_backslashes(url)
        else:
            url = _md_unescape(raw)
        label = ""
        if kind == "refdef":
            found = _LABEL_WRITTEN.search(written, start, end)
            label = found.group(1) if found is not None else ""
        return LinkSpan(
            kind, start, end, url_start, url_end, raw, url, text_start, text_end, inner, label, tag
        )

    def _shown_stars(self, raw: str, at: int, start: int, end: int) -> str:
        """A bare address as written at ``at`` (folded ``[start, end)``) without the
        asterisks folding dropped as emphasis: the half of an italic pair inside it
        (``*t.c*n/x``, ``www*.gov*.cn``) is no character of the address the page shows."""
        kept = {self.folded.original(index) for index in range(start, end)}
        return "".join(c for k, c in enumerate(raw, at) if c != "*" or k in kept)

    def scan(self, start: int, stop: int) -> list[LinkSpan]:
        text = self.text
        spans: list[LinkSpan] = []
        floor = start  # links never start inside the previous one
        at = start
        search = _CANDIDATE.search
        while True:
            candidate = search(text, at, stop)
            if candidate is None:
                break
            index = candidate.start()
            at = index + 1
            char = text[index]
            if char == ".":
                resume = self._host(index, floor, stop, spans)
            elif char == ":":
                resume = self._scheme(index, floor, stop, spans)
            elif char == "<":
                resume = self._angle(index, stop, spans)
            else:
                resume = self._bracket(index, floor, start, stop, spans)
            if resume > 0:
                floor = at = resume
            elif resume < 0:
                at = -resume  # nothing here; skip what was looked at
        return spans

    # "." -----------------------------------------------------------------------------
    def _host(self, index: int, floor: int, stop: int, spans: list[LinkSpan]) -> int:
        text = self.text
        begin = index
        while begin > floor and text[begin - 1] in _HOST_CHARS:
            begin -= 1
        begin = _host_start(text, begin, index)
        if begin == index:
            return 0
        lead = begin
        if begin > 0 and text[begin - 1] == "@":  # a mail domain, or a user part's end
            lead = self._user_part(begin - 1, index, stop, spans)
            if lead < 0:
                return -_run_end(text, index, stop)
        if begin >= 3 and text[begin - 1] == "/":  # (a cheap test first: most hosts stand free)
            residue = _DEFANGED.search(text, max(floor, begin - 16), begin)
            if residue is not None:
                lead = residue.start()
        # (a cheap test first: most hosts follow no "%")
        at, skip = self._encoded_lead(begin, index, floor) if text[begin - 1] == "%" else _NO_LEAD
        encoded = at >= 0
        if encoded:
            begin, lead = begin + skip, at
        if text.startswith("www.", begin):
            if _SCHEME.match(text, begin + 4):
                return 0  # "www.https://t.cn/x": the address is the one after "www."
            match = self.www(text, begin, stop)
            if match is not None and _may_need_full(text, match, stop):
                match = _patterns()["www"].match(text, begin, stop)
            if match is not None:
                return self._bare(
                    match.start(), match.end(), stop, spans, lead=lead, encoded=encoded
                )
        return self._domain(begin, index, stop, spans, lead=lead, encoded=encoded)

    def _encoded_lead(self, begin: int, index: int, floor: int) -> tuple[int, int]:
        """Where the encoded scheme starts when the host run at ``begin`` begins inside an
        escape of a whole address percent-encoded (``https%3A%2F%2Ft.cn``: the run is
        ``2ft.cn``; encoded twice, ``252ft.cn``), and how much of the run is that escape;
        ``(-1, 0)`` when it does not (:data:`_ENCODED_HEAD`)."""
        text = self.text
        skip = 2 if text.startswith(("2f", "5c"), begin) else 0
        if not skip and text.startswith(("252f", "255c"), begin):
            skip = 4
        if begin < 7 or not skip or begin + skip >= index:
            return _NO_LEAD
        head = _ENCODED_HEAD.search(text, max(floor, begin - 32), begin)
        return _NO_LEAD if head is None else (head.start(), skip)

    def _user_part(self, at: int, index: int, stop: int, spans: list[LinkSpan]) -> int:
        """Where a link starts whose user part ends at the ``@`` at ``at``; -1 for a mail address.

        A browser opens the host after the ``@`` of an address's user part, whatever the
        part holds — CJK text, ``。``, quotes, brackets (``https://政府网@t.cn/x``,
        ``https://www.gov.cn。@t.cn/x``; WHATWG percent-encodes them), and linkifiers link
        the whole.  The host regexes stop at such characters, so the link is found here,
        from the scheme (or ``www.``) before the ``@`` on the same run of text; the link
        found before it, which ended at that character, is taken back.  Right after a
        mail address's characters (``abc@163.com``) the ``@`` is a mail address's, and
        stays one — unless a path follows its domain (``gov.cn@t.cn/x``: no mail
        address has a path; a browser opens ``t.cn/x``): then it is a link from the
        address's start, which only an ad host makes a finding of (:func:`mail_with_path`).
        """
        text = self.text
        if at > 0 and (text[at - 1] not in _MAIL_LOCAL or text[at - 1] == ":"):
            found = _USER_PART.search(text, max(0, at - MOST_USER_PART), at)
            if found is None:
                return -1
            start = found.start()
        else:
            end = _run_end(text, index, stop)
            if end + 1 >= stop or text[end] not in "/\\?#" or not "!" <= text[end + 1] <= "~":
                return -1  # no path, or CJK text after a slash ("abc@163.com/电话…")
            start = at
            while start > 0 and text[start - 1] in _MAIL_LOCAL:
                start -= 1
        written = start if self.identity else self.folded.original(start)
        while spans and spans[-1].start >= written:
            spans.pop()  # the scheme's link, which ended where the user part goes on
        if spans and spans[-1].end > written:
            return -1  # the scheme is inside an earlier link's construct: no user part
        return start

    def _domain(
        self,
        begin: int,
        index: int,
        stop: int,
        spans: list[LinkSpan],
        *,
        lead: int = -1,
        encoded: bool = False,
    ) -> int:
        """A bare domain (no scheme, no ``www.``) whose last label is a top-level domain.

        ``lead`` is where a scheme no browser knows starts before it (``hxxps://``): the
        link's construct starts there, so that stripping the address takes it along.
        """
        text = self.text
        if _may_end_in_cjk(text, begin, stop):
            match = _patterns()["domain"].match(text, begin, stop)  # a CJK top-level domain?
        else:
            match = self.domain(text, begin, stop)
        if match is None:
            return -_run_end(text, index, stop)
        tld = match.group("tld")
        if is_top_level_domain(tld):
            if (
                (
                    tld in _FILE_TYPES
                    or (tld in _SMALL_FILE_TYPES and self._as_written(*match.span("tld")).islower())
                )
                and not match.group("rest")
                and _file_name_labels(match.group("host"))
            ):
                return -_run_end(text, index, stop)  # a file name: "data.zip", "readme.md"
            return self._bare(begin, match.end(), stop, spans, lead=lead, encoded=encoded)
        # the last label is no top-level domain ("t.cn.next"): end at the last one that is
        labels = match.group("host").split(".")
        for count in range(len(labels) - 1, 1, -1):
            if is_top_level_domain(labels[count - 1]):
                end = begin + len(".".join(labels[:count]))
                return self._bare(begin, end, stop, spans, lead=lead, encoded=encoded)
        return -_run_end(text, index, stop)

    # ":" -----------------------------------------------------------------------------
    def _scheme(self, index: int, floor: int, stop: int, spans: list[LinkSpan]) -> int:
        text = self.text
        if text.startswith("http", index - 4):
            begin = index - 4
        elif text.startswith("https", index - 5):
            begin = index - 5
        elif text.startswith("ftp", index - 3):
            begin = index - 3
        else:
            return 0
        if begin < floor:
            return 0
        match = self.scheme(text, begin, stop)
        if match is not None and _may_need_full(text, match, stop):
            match = _patterns()["scheme"].match(text, begin, stop)
        if match is None or match.end() <= index + 3:
            return 0  # a scheme and its slashes alone ("以“https://”开头"): no host, no path
        return self._bare(begin, match.end(), stop, spans)

    def _bare(
        self,
        begin: int,
        end: int,
        stop: int,
        spans: list[LinkSpan],
        *,
        lead: int = -1,
        encoded: bool = False,
    ) -> int:
        if encoded:
            return self._encoded(lead, end, stop, spans)
        if self.text[end - 1] in _TRIM_CHARS:
            end = _trim(self.text, begin, end)
        start = begin if lead < 0 else lead
        if self.identity:
            raw = self.written[begin:end]
            spans.append(
                _new_tuple(LinkSpan, ("bare", start, end, begin, end, raw, raw, *_NO_WORDS))
            )
        else:
            spans.append(self.span("bare", start, end, begin, end))
        return max(end, begin + 1)

    def _encoded(self, begin: int, end: int, stop: int, spans: list[LinkSpan]) -> int:
        """A whole address percent-encoded in text (``https%3A%2F%2Ft.cn%2Fx``), from its
        scheme at ``begin``; its host ends at ``end``.

        No browser opens it as written (an address bar searches for it; a linkifier links
        ``2Ft.cn``), but it shows the reader an address to decode, as a spelled-out one
        does: the link is the whole, read decoded (``https://t.cn/x``), so that an ad host
        is stripped with its encoded scheme and path, and a warning names the host the
        reader is shown rather than ``2ft.cn``.
        """
        text = self.text
        rest = _ENCODED_REST.match(text, end, stop)
        end = rest.end() if rest is not None else end
        if text[end - 1] in _TRIM_CHARS:
            end = _trim(text, begin, end)
        span = self.span("bare", begin, end, begin, end)
        url = span.raw
        for _ in range(2):  # (encoded once, or twice by a redirect chain)
            if "%" not in url:
                break
            url = unquote(url)
        spans.append(span._replace(url=url))
        return end

    def _plain(
        self,
        kind: str,
        start: int,
        end: int,
        url: tuple[int, int],
        words: tuple[int, int],
        *,
        tag: str = "",
    ) -> LinkSpan:
        """A link whose words hold no link; made directly when its offsets are as written and
        its address has no entity to decode (no escape either: the plain forms allow none) —
        what :meth:`span` would give."""
        u_start, u_end = url
        if self.identity:
            raw = self.written[u_start:u_end]
            if "&" not in raw:
                return _new_tuple(
                    LinkSpan, (kind, start, end, u_start, u_end, raw, raw, *words, (), "", tag)
                )
        return self.span(kind, start, end, u_start, u_end, words=words, tag=tag)

    # "<" -----------------------------------------------------------------------------
    def _angle(self, index: int, stop: int, spans: list[LinkSpan]) -> int:
        plain = _PLAIN_ANCHOR.match(self.text, index, stop)
        if plain is not None and plain.group(1).startswith(_WEB_PREFIXES):
            # the most common anchor, whose words hold no link: no attribute parsing (its
            # address holds no space, so no lstrip() before the prefix test)
            end = plain.end()
            spans.append(self._plain("html", index, end, plain.span(1), plain.span(2), tag="a"))
            return end
        match = self.angle(self.text, index, stop)
        if match is None:
            return 0
        if match.lastgroup == "html":
            found, resume = self._html(match, stop)
            spans.extend(found)
            return resume
        span = self._simple("autolink", match, "auto_url")
        if span is None:
            return 0
        spans.append(span)
        return match.end()

    # "[" -----------------------------------------------------------------------------
    def _bracket(self, index: int, floor: int, start: int, stop: int, spans: list[LinkSpan]) -> int:
        text = self.text
        # a reference definition starts at most three spaces into a line (looked for near
        # ``index`` only: a search back to the line's start would cost a long line per "[";
        # and only after a space or a line break, told first with one comparison: −0.006 ms)
        if index == start or text[index - 1] in " \n":
            newline = text.rfind("\n", max(start, index - 4), index)
            line = newline + 1 if newline != -1 else (start if index - start <= 3 else -1)
        else:
            line = -1
        if line >= floor and line >= 0 and not text[line:index].strip(" "):
            ref = self.refdef(text, line, stop)
            if ref is not None:
                group = "ref_a" if ref.group("ref_a") is not None else "ref_b"
                span = self._simple("refdef", ref, group)
                if span is not None:
                    spans.append(span)
                    return ref.end()
        begin = index - 1 if index > floor and text[index - 1] == "!" else index
        plain = _PLAIN_MARKDOWN.match(text, index, stop) if begin == index else None
        if plain is not None and plain.group(2).startswith(_WEB_PREFIXES):
            # the most common Markdown link, whose words hold no link: no nested parsing (its
            # destination holds no space, so no lstrip() before the prefix test)
            end = plain.end()
            spans.append(self._plain("md_link", index, end, plain.span(2), plain.span(1)))
            return end
        match = self.markdown(text, begin, stop)
        if match is None and begin != index:
            match = self.markdown(text, index, stop)
        if match is None:
            return 0
        span = self._markdown(match)
        if span is None:
            return -match.end()  # a relative link with no link in its words
        spans.append(span)
        return match.end()

    def _markdown(self, match: re.Match[str]) -> LinkSpan | None:
        """A Markdown link; ``None`` for a local or relative one with no link in its words.

        A destination without a scheme is a link when it starts with an address the
        scanner would find in text (``[领取](t.cn/abc)``); otherwise it is relative
        (``docs/x.md``) and never scanned, whether or not the words hold links — so
        that removing those changes nothing else (strip stays idempotent).
        """
        group = "dest_a" if match.group("dest_a") is not None else "dest_b"
        d_start, d_end = match.span(group)
        # unescaped once, from what the editor wrote (the fold has unescaped the folded text
        # already: "\\\\t.cn" is "\\t.cn" on the page, a protocol-relative address)
        destination = _md_unescape(self._as_written(d_start, d_end))
        relative = (
            not _is_web(destination)
            and not is_app_link(destination)
            and not self._leads_with_link(d_start, d_end)
        )
        if relative and destination[:11].lower().startswith(_SCRIPT_SCHEMES):
            embedded = self._script_address(d_start, d_end)
            if embedded is not None:  # [x](javascript:location='//t.cn/x'): the address
                (d_start, d_end), relative = embedded, False
        text_start, text_end = match.span("text")
        inner: tuple[LinkSpan, ...] = ()
        if _CANDIDATE.search(self.text, text_start, text_end) is not None:
            inner = tuple(self.scan(text_start, text_end))
        if relative and not inner:
            return None
        kind = "md_image" if match.group("bang") else "md_link"
        span = self.span(
            kind,
            match.start(),
            match.end(),
            d_start,
            d_end,
            words=(text_start, text_end),
            inner=inner,
        )
        return span._replace(url="") if relative else span  # relative: only its words matter

    def _script_address(self, start: int, stop: int) -> tuple[int, int] | None:
        """Where the web address in a script destination ``[start, stop)`` is, if it holds one.

        ``[点此](javascript:location='//t.cn/x')``: Markdown renderers refuse a
        ``javascript:`` link and show it as text, which a platform's linkifier links
        (``t.cn/x``); where one renders it, the script opens the address.  Either way the
        address is the link, as in an HTML attribute's script (:data:`_EMBEDDED`).
        """
        match = _EMBEDDED.search(self.text, start, stop)
        if match is None:
            return None
        end = match.start() + len(match.group().rstrip(_EMBEDDED_TRIM))
        return (match.start(), end) if "." in self.text[match.start() : end] else None

    def _leads_with_link(self, start: int, stop: int) -> bool:
        """Whether the text ``[start, stop)`` starts with a link (a destination without scheme)."""
        if start == stop or _CANDIDATE.search(self.text, start, stop) is None:
            return False
        found = self.scan(start, stop)
        first = self.folded.original(start) if not self.identity else start
        return bool(found) and found[0].start == first

    def _as_written(self, start: int, end: int) -> str:
        """The text as written behind the folded ``[start, end)``."""
        if not self.identity:
            start, end = self.folded.span(start, end)
        return self.written[start:end]

    def _html(self, match: re.Match[str], stop: int) -> tuple[list[LinkSpan], int]:
        """Links in one HTML tag; containers (``<a>``…) are taken up to their closing tag."""
        text = self.text
        attrs = match.group("attrs") or ""
        tag = match.group("tag")
        found: list[tuple[int, int, str]] = []
        base = match.start("attrs") if attrs else match.end()
        for attr in _URL_ATTR.finditer(attrs):
            group = attr.lastgroup or "v3"
            a_start, a_end = base + attr.start(group), base + attr.end(group)
            value = attr.group(group)
            if attr.group("name") == "srcset":
                for candidate in re.finditer(r"[^\s,][^\s]*", value):
                    piece = candidate.group().rstrip(",")
                    if _is_web(_entities(piece)):
                        off = a_start + candidate.start()
                        found.append((off, off + len(piece), piece))
            elif (
                _is_web(_entities(value))
                or is_app_link(value)
                or (
                    value[:1] == "\\"
                    and _is_web(_entities(self._as_written(a_start - 1, a_end)[1:]))
                )
            ):  # the fold reads "\\\\" as a Markdown escape; HTML has none: "\\\\t.cn/x"
                # (from the character before: the fold drops the escaping backslash)
                found.append((a_start, a_end, value))
        found += _embedded(attrs, base, found)
        if not found:
            return [], match.end()
        end = match.end()
        text_start = text_end = -1
        inner: tuple[LinkSpan, ...] = ()
        if tag in _CONTAINERS:
            close = _closing(tag).search(text, match.end(), stop)
            if close is not None:
                text_start, text_end, end = match.end(), close.start(), close.end()
                if _CANDIDATE.search(text, text_start, text_end) is not None:
                    inner = tuple(self.scan(text_start, text_end))
        spans = [
            self.span(
                "html",
                match.start(),
                end,
                u_start,
                u_end,
                words=(text_start, text_end),
                inner=inner if index == 0 else (),
                # a style's url(…) is a picture the element shows, as an <img> is
                tag="img" if _css_picture(attrs, u_start - base) else tag,
            )
            for index, (u_start, u_end, _) in enumerate(found)
        ]
        return spans, end

    def _simple(self, kind: str, match: re.Match[str], group: str) -> LinkSpan | None:
        raw = match.group(group)
        if raw is None:
            return None
        plain = "\\" not in raw and "&" not in raw
        if not _is_web(raw if plain else _md_unescape(raw)) and not is_app_link(raw):
            return None
        start, end = match.span()
        u_start, u_end = match.span(group)
        if plain and self.identity and kind == "autolink":
            url = self.written[u_start:u_end]  # what span() gives: no map, nothing to decode
            return _new_tuple(LinkSpan, (kind, start, end, u_start, u_end, url, url, *_NO_WORDS))
        return self.span(kind, start, end, u_start, u_end)


def _run_end(text: str, index: int, stop: int) -> int:
    """The end of the run of host characters around ``index`` (nothing in it is a link)."""
    end = index + 1
    while end < stop and text[end] in _HOST_CHARS:
        end += 1
    return end


@cache
def _closing(tag: str) -> re.Pattern[str]:
    return re.compile(rf"</{tag}\s*>")


_LABEL_WRITTEN = re.compile(r"\[((?:[^\[\]\\\n]|\\.)*)\]")


def scan_links(
    text: str, start: int = 0, end: int | None = None, *, folded: Folded | None = None
) -> list[LinkSpan]:
    """Every link in ``text[start:end]``, in order, with offsets into ``text`` as written.

    ``folded`` may pass ``fold(text)`` when the caller has it already (saves a fold).
    """
    if start or (end is not None and end < len(text)):
        piece = text[start:end]
        return [_shift(s, start) for s in scan_links(piece)]
    if folded is None:
        folded = fold(text)
    spans = _Scanner(folded, text).scan(0, len(folded.text))
    if not folded.identity and "<" in text and ("//" in text or "www." in text):
        hidden = _formatting_tag_links(text, spans)
        if hidden:
            spans = sorted([*spans, *hidden], key=lambda span: span.start)
    return spans


# ASCII letters to lower case and nothing else, so that offsets stay (``str.lower`` makes two
# characters of "İ"): the attributes as written read as the folded ones of other tags are
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _formatting_tag_links(text: str, spans: Sequence[LinkSpan]) -> list[LinkSpan]:
    """Addresses in the attributes of formatting tags (``<span data-href="https://t.cn/x">``):
    the fold drops those tags as formatting, so the scan of the folded text never sees them,
    while a page's script opens the address.  Read from the text as written, each judged
    with its tag as any tag's embedded address is (red team 48)."""
    found: list[LinkSpan] = []
    ordered = sorted(spans, key=lambda span: span.start)
    starts = [span.start for span in ordered]
    reach = list(accumulate((span.end for span in ordered), max))  # the furthest end so far
    for match in ADDRESS_TAG.finditer(text):
        start, end = match.span()
        before = bisect.bisect_right(starts, start) - 1  # (one lookup, not a pass over spans)
        if before >= 0 and start < reach[before]:
            continue  # inside a link already found (an <a>'s words)
        base = match.start("attrs")
        tag = match.group("tag").translate(_LOWER)
        for u_start, u_end, _ in _embedded(match.group("attrs").translate(_LOWER), base, []):
            raw = text[u_start:u_end]
            url = _entities(raw) if "&" in raw else raw
            found.append(LinkSpan("html", start, end, u_start, u_end, raw, url, tag=tag))
    return found


def _shift(span: LinkSpan, by: int) -> LinkSpan:
    def move(at: int) -> int:
        return at + by if at >= 0 else at

    return span._replace(
        start=span.start + by,
        end=span.end + by,
        url_start=span.url_start + by,
        url_end=span.url_end + by,
        text_start=move(span.text_start),
        text_end=move(span.text_end),
        inner=tuple(_shift(s, by) for s in span.inner),
    )


def flatten(spans: list[LinkSpan] | tuple[LinkSpan, ...]) -> list[LinkSpan]:
    """Spans and the spans inside their link text, in reading order."""
    out: list[LinkSpan] = []
    for span in spans:
        if span.inner:
            out.extend(flatten(span.inner))
        if span.url:
            out.append(span)
    return out


def mail_with_path(span: LinkSpan, text: str) -> bool:
    """Whether the bare link ``span`` of ``text`` is a mail address with a path after it
    (``gov.cn@t.cn/x``, ``abc@163.com/010-…``): no scheme or ``www.`` before its ``@``.

    A browser opens the host after the ``@`` (``t.cn/x``), so an ad host is stripped; but
    posts write a mail address and a slash before the next contact, so another site's
    host does not warn.
    """
    return (
        span.kind == "bare"
        and span.start < span.url_start
        and text[span.url_start - 1] in "@＠﹫"
        and _USER_PART_START.match(text, span.start) is None
    )


_USER_PART_START = LazyPattern(_USER_PART_HEAD, re.IGNORECASE)


@cache
def _mail_at_sign() -> re.Pattern[str]:
    """A user name's last character and a stand-in for "@" (``data/mail_at_signs.txt``),
    at the end of the text searched."""
    signs = [unicodedata.normalize("NFKC", line) for line in data_words("mail_at_signs.txt")]
    symbols = "|".join(re.escape(sign) for sign in signs if not sign.isalpha())
    # (a word as written, in capitals: English prose says "more at example.com")
    words = "|".join(re.escape(sign) for sign in signs if sign.isalpha())
    return re.compile(rf"[a-z0-9._%+-](?:\s*(?:{symbols})\s*|\s+(?-i:{words})\s+)\Z", re.IGNORECASE)


_MAIL_REACH = 12  # how far before a host a stand-in for "@" and the user name's end may start


@cache
def _sign_ends() -> frozenset[str]:
    """The characters a stand-in for "@" ends with (in either case), once NFKC has read it."""
    signs = [unicodedata.normalize("NFKC", line) for line in data_words("mail_at_signs.txt")]
    return frozenset(char for sign in signs for char in (sign[-1].lower(), sign[-1].upper()))


def _no_sign_before(char: str) -> bool:
    """Whether ``char``, right before a host, shows that no stand-in for "@" ends there: what
    NFKC makes of it (an ASCII character or a CJK ideograph stays itself, a full-width form
    becomes its ASCII one, and none of them joins the character before) is neither a space
    nor a sign's last character.  The cheap test before :func:`mail_written_around`'s NFKC
    and search, which most hosts ("详见https://…", "来源：https://…") never need (−0.01 ms a
    post)."""
    if "\uff01" <= char <= "\uff5e":
        char = chr(ord(char) - 0xFEE0)
    elif not char.isascii() and not "\u4e00" <= char <= "\u9fff":
        return False
    return not char.isspace() and char not in _sign_ends()


def mail_written_around(span: LinkSpan, text: str) -> bool:
    """Whether the bare link ``span`` of ``text`` is the domain of a mail address whose
    "@" is written otherwise, against harvesters: ``tougao#163.com``, ``tougao(at)163.com``,
    ``tougao AT 163.com``, ``zwgk★163.com``.  Another site's host does not warn then."""
    if span.kind != "bare" or span.url_start == 0 or _no_sign_before(text[span.url_start - 1]):
        return False
    before = text[max(0, span.url_start - _MAIL_REACH) : span.url_start]
    return _mail_at_sign().search(unicodedata.normalize("NFKC", before)) is not None


def _file_name_labels(host: str) -> bool:
    """Whether the labels of a bare host ending in a file type are a file's name: a name, then
    version numbers, if any, before the extension ("data.zip", "app-v2.1.0.zip"; not
    "www.evil.zip")."""
    return all(label.isdigit() for label in host.split(".")[1:-1])


def capitalised_words(raw: str) -> bool:
    """Whether a bare host, as written, is capitalised words: ``Dr.Wang``, ``Python。Java``.

    Every label is a word with a capital (``Wang``, ``IE``), one at least a capitalised
    word (``Java``, not only ``CN``), and nothing follows the host: a title, a name or two
    words either side of a full stop, which ``.wang``, ``.li`` or ``.java`` happen to be
    top-level domains for.  Hosts are written in lower case (``u.jd.com``) or all in
    capitals (``U.JD.COM``); a one-letter label (``T.Cn``) is no word, unless it is one
    of an initialism's letters, two or more in a row (``U.S.News``), or a word's initial
    between two words (``Chin.J.Prev.Med``, a journal's abbreviation).  Such a host is
    still a link (an ad host written so is stripped), but another site's does not warn.
    """
    if raw.islower() or raw.isupper() or "/" in raw:  # (the common cases: one test each;
        return False  # a label with a slash, "com/s/Ab1", is no word)
    labels = _WORD_DOTS.split(raw)
    # the labels that are one capital letter, with a False either side
    initials = [False, *(len(label) == 1 and "A" <= label <= "Z" for label in labels), False]
    last = len(labels) - 1
    return all(
        _CAPITALISED.fullmatch(label)
        # (or the first of four or more labels: "N.Engl.J.Med")
        or (
            initials[i + 1]
            and (initials[i] or initials[i + 2] or 0 < i < last or (i == 0 and last >= 3))
        )
        for i, label in enumerate(labels)
    ) and any(not label.isupper() for label in labels)


# A number that ends a Chinese sentence and the capitalised word that starts an English one
# after it, read across the ideographic full stop: "18:00。Office hours" (red team 44)
_NUMBER_THEN_WORD = re.compile(r"\d+(?:[.\uff0e]\d+)*[\u3002\uff61][A-Z][a-z]+")


def number_then_word(raw: str) -> bool:
    """Whether a bare host, as written, is a number ending a sentence and a capitalised word
    starting the next: ``00。Office`` of ``工作时间9:00—18:00。Office hours: …``.

    A bilingual notice puts the English sentence right after the Chinese one's full stop, and
    ``.office``, ``.email`` or ``.link`` happen to be top-level domains; a host is written in
    lower case or in capitals (``163。com``, ``163。COM``).  Still a link (an ad host so
    written is stripped), but another site's does not warn.
    """
    return raw[0].isdigit() and raw[-1].islower() and _NUMBER_THEN_WORD.fullmatch(raw) is not None


# A decimal that ends a Chinese sentence and a top-level domain's name that opens the next,
# the sentence going on in Chinese: "增速3.5。CN域名注册量…" (red team 49)
_DECIMAL_THEN_SUFFIX = re.compile(r"\d+\.\d+[\u3002\uff61](?:[A-Z]{2,}|[a-z]{2,})")


def decimal_then_suffix(raw: str, text: str, end: int) -> bool:
    """Whether a bare host, as written, is a decimal ending a sentence and a domain suffix's
    name starting the next in Chinese: ``3.5。CN`` of ``增速3.5。CN域名注册量持续增长``.

    Labels of digits only, joined by an ASCII dot, then an ideographic full stop: a number
    (``3.5``), not a host (``163。COM`` has no decimal; ``3.5。cn/x`` has a path and stays a
    host).  Still a link (an ad host so written is stripped), but another site's does not warn
    — unless a word sends the reader there (``请访问3.5。cn``: the caller asks ``sent_to``).
    """
    return (
        raw[0].isdigit()
        and end < len(text)
        and is_han(text[end])
        and _DECIMAL_THEN_SUFFIX.fullmatch(raw) is not None
    )


# What a page shows of a link or picture besides its words, never linked: the "title"
# attribute (a tooltip) and an image's "alt" text (shown when the picture is not), as
# written (any case); a Markdown link's, image's or reference definition's title after
# its destination.
_SHOWN_ATTR = re.compile(
    r"""\s(?:title|alt)\s*=\s*(?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)'|(?P<v3>[^\s"'=<>`]+))""",
    re.IGNORECASE,
)
_MD_TITLE = re.compile(
    r""">?\s++(?:"(?P<v1>(?:[^"\\]++|\\.)*+)"|'(?P<v2>(?:[^'\\]++|\\.)*+)'"""
    r"""|\((?P<v3>(?:[^()\\]++|\\.)*+)\))"""
)


def link_titles(text: str, span: LinkSpan) -> list[tuple[int, int]]:
    """Where the titles of the link ``span`` of ``text`` are (``title="…"``, ``alt="…"``,
    ``[words](url "…")``): shown to readers, never linked."""
    if span.kind in ("md_link", "md_image", "refdef"):
        if span.end - span.url_end <= 2:  # "url)" or "<url>)": the commonest, no title
            return []
        title = _MD_TITLE.match(text, span.url_end, span.end)
        return [] if title is None or title.lastgroup is None else [title.span(title.lastgroup)]
    if span.kind == "html":
        tag_end = text.find(">", span.start, span.end)
        if tag_end > 0:
            return [
                m.span(m.lastgroup)
                for m in _SHOWN_ATTR.finditer(text, span.start, tag_end)
                if m.lastgroup is not None
            ]
    return []


# A tag's shown attributes (title, alt) in a tag that holds no link of its own
# (``<img src="a.png" alt="…">``, ``<a title="…">``, ``<span title="…">``): the tooltip or
# the alt text shows the same as a link's does (red team 14).
_TAG_REACH = 500  # how far a tag's attributes are looked through
# Where such a tag may start: a tag name, not a link's own "<a href="http…" nor an autolink
# (those are link spans, whose titles link_titles gives), nor a closing tag. One search in C
# over the text: in a post of links only it finds nothing and costs a few µs.
_TAG_START = LazyPattern(r"<(?!a href=\"https?:|https?:)[a-zA-Z][a-zA-Z0-9]{0,15}[\s/]")


def tag_titles(text: str, links: Sequence[LinkSpan]) -> list[tuple[int, int]]:
    """Where the titles and alt texts of tags are, except in the tags of ``links`` (whose
    titles :func:`link_titles` gives)."""
    found: list[tuple[int, int]] = []
    starts: set[int] | None = None  # (made at the first tag found: most texts have none)
    for tag in _TAG_START.finditer(text):
        at = tag.start()
        if starts is None:
            starts = {span.start for span in links}
        if at in starts:
            continue
        close = text.find(">", at, at + _TAG_REACH)
        if close == -1 or text.find("<", at + 1, close) != -1:
            continue
        found.extend(
            m.span(m.lastgroup)
            for m in _SHOWN_ATTR.finditer(text, at, close)
            if m.lastgroup is not None
        )
    return found


@cache
def _company_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The endings of company names of ``data/company_forms.txt``, and their last labels."""
    forms = frozenset(line.lower() for line in data_words("company_forms.txt"))
    return forms, frozenset(form.rpartition(".")[2] for form in forms)


def company_form(raw: str) -> bool:
    """Whether a bare host, as written, is a company name's legal form: ``CO.LTD``, ``Co.Ltd``.

    The host is one of ``data/company_forms.txt`` or ends with one after a dot
    (``ABC.CO.LTD``), and nothing follows it.  Only a host whose last label ends a
    listed form is looked up further.
    """
    forms, last_labels = _company_forms()
    if raw.isascii():  # (the common case: the last label looked up before anything is made)
        if raw.rstrip(".").rpartition(".")[2].lower() not in last_labels:
            return False
        host = raw.lower().rstrip(".")
    else:
        host = written_url(raw).lower().rstrip(".")
        if host.rpartition(".")[2] not in last_labels:
            return False
    return host in forms or any(host.endswith("." + form) for form in forms)


@cache
def _tech_names() -> frozenset[str]:
    """The technology names of ``data/tech_names.txt`` (``asp.net``, ``socket.io``)."""
    return frozenset(line.lower() for line in data_words("tech_names.txt"))


def tech_name_in_code(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare host ``raw`` at ``text[start:end]`` is a technology's name that is a
    Markdown code span of its own (`` `ASP.NET` ``): shown as code, linked by no renderer."""
    return (
        text[start - 1 : start] == "`"
        and text[end : end + 1] == "`"
        and raw.lower() in _tech_names()
    )


@cache
def _file_type() -> re.Pattern[str]:
    """A dot and an extension of ``data/file_types.txt``, then no letter or digit."""
    lines = (line.lower() for line in data_words("file_types.txt"))
    names = "|".join(sorted((re.escape(line) for line in lines), key=len, reverse=True))
    return re.compile(rf"[.\u3002\uff0e\uff61](?:{names})(?![a-z0-9])", re.IGNORECASE)


@cache
def _stock_code() -> re.Pattern[str]:
    """A stock's code and its exchange (``data/stock_exchanges.txt``): ``600519.SH``."""
    codes = []
    for line in data_words("stock_exchanges.txt"):
        suffix, count, *kind = line.split()
        low, _, high = count.partition("-")
        dot = r"[.\u3002\uff0e\uff61]"
        if kind == ["letters"]:  # a ticker and its exchange, in capitals: "TSLA.US"
            codes.append(rf"[A-Z]{{{low},{high or low}}}{dot}{re.escape(suffix.upper())}")
        else:
            codes.append(rf"[0-9]{{{low},{high or low}}}{dot}(?i:{re.escape(suffix)})")
    return re.compile("|".join(codes))


def stock_code(raw: str) -> bool:
    """Whether a bare host, as written, is a stock's code and its exchange, nothing after:
    ``600519.SH``, ``00700.HK``, ``TSLA.US`` (``.sh``, ``.hk``, ``.us`` are top-level domains
    too)."""
    return (raw[:1].isdigit() or raw.isupper()) and _stock_code().fullmatch(
        unicodedata.normalize("NFKC", raw)
    ) is not None


def file_type_after(text: str, end: int) -> bool:
    """Whether a file's extension follows ``text[:end]`` (``report_2024.final`` + ``.pdf``):
    the bare host before it is a file's name."""
    return end < len(text) and text[end] in _FILE_DOTS and _file_type().match(text, end) is not None


_FILE_DOTS = frozenset(".\u3002\uff0e\uff61")


@cache
def _code_file_types() -> tuple[frozenset[str], frozenset[str]]:
    """The extensions of ``data/code_file_types.txt``: those read as a file's always (a name
    and one alone, ``model.pt``, ``fig3.ps``, is a file's name — still a link, so that an ad
    host is stripped, but no other site), and those read so only beside a cue (``cc``)."""
    always: set[str] = set()
    cued: set[str] = set()
    for line in data_words("code_file_types.txt"):
        extension, *how = line.lower().split()
        (cued if how == ["cue"] else always).add(extension)
    return frozenset(always), frozenset(cued)


# A C or C++ source or header file's name (url_util.cc, util.h, main.cpp), and the words for a
# file or for compiling right before or after one: what says a ".cc" name is C++, not a site.
_SOURCE_FILE = LazyPattern(r"[a-z0-9_]\.(?:cc|cpp|cxx|hpp|hh|h|c)(?![a-z0-9_])", re.IGNORECASE)
_FILE_WORD_BEFORE = LazyPattern(
    r"(?:文件|源码|源代码|代码|编译|修改|file|source|compil(?:e|es|ed|ing)|build)"
    r"[\s:：`'\"“”]{0,3}$",
    re.IGNORECASE,
)
_FILE_WORD_AFTER = LazyPattern(
    r"[\s`'\"“”]{0,3}(?:文件|中的|里的|第[0-9]+行|:[0-9]+\b|file)", re.IGNORECASE
)
_CUE_REACH = 120  # how far along the line another source file is looked for


def _source_file_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` say it is a source file: a code span, a
    word for a file or for compiling beside it, or another source file on its line."""
    if text[start - 1 : start] == "`":
        return True
    if _FILE_WORD_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    if _FILE_WORD_AFTER.match(text, end) is not None:
        return True
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CUE_REACH)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end == -1 else line_end, end + _CUE_REACH)
    # (not the name itself)
    return any(m.end() != end for m in _SOURCE_FILE.finditer(text, line_start, line_end))


def _code_file(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare ``raw`` is a file's name: one name label, lower case or one capital
    first, and an extension of ``data/code_file_types.txt`` (with its cue, where it needs one)."""
    _, dot, extension = raw.rpartition(".")
    always, cued = _code_file_types()
    extension = extension.lower()
    if extension not in always and extension not in cued:
        return False  # (most hosts: one set lookup)
    if not dot or not (raw.islower() or (raw[0].isupper() and raw[1:].islower())):
        return False
    if not _file_name_labels(raw.lower()) or sent_to(text, start):
        return False  # (访问 abc.cc: a site to go to, whatever file stands on the line)
    return extension in always or _source_file_cue(text, start, end)


# A word that sends the reader to a site right before a name: the name is a host to visit, not
# a file, even beside a source file's name ("修改 util.h 后，访问 abc.cc"; red team 40). Not
# 打开 or "open", which an editor does to a file as often.
def sent_to(text: str, start: int) -> bool:
    """Whether a word that sends the reader to a site stands right before ``start``
    (``访问``, ``登录``, ``详见``, ``visit``): what follows is a host to go to, whatever it
    looks like besides — a file's name (``访问 abc.cc``), a degree's (``请访问 B.Com 领取``)
    or a decimal and a suffix (``请访问3.5。cn``, fix49)."""
    return _VISIT_BEFORE.search(text, max(0, start - _VISIT_REACH), start) is not None


_VISIT_REACH = 8  # (the longest word and three marks after it)
_VISIT_BEFORE = LazyPattern(
    r"(?:访问|訪問|登录|登錄|登陆|登陸|浏览|瀏覽|前往|进入|進入|点击|點擊|网址|網址|详见|詳見|"
    r"visit|go to)"
    r"[\s:：`'\"“”]{0,3}$",
    re.IGNORECASE,
)


@cache
def _abbreviations() -> frozenset[str]:
    """The abbreviations of ``data/abbreviations.txt`` (``m.sc``, ``b.tech``)."""
    return frozenset(line.lower() for line in data_words("abbreviations.txt"))


def abbreviation(raw: str) -> bool:
    """Whether a bare host, as written, is an abbreviation in prose (``M.Sc``, ``B.Tech``):
    one of ``data/abbreviations.txt``, its first letter a capital, not all in capitals."""
    return raw[:1].isupper() and not raw.isupper() and raw.lower() in _abbreviations()


# The first label of a reverse-domain name, an Android app's or a Java package's
# ("com.tencent.mm"): a host is never named so.
_REVERSED_FIRST = frozenset({"com", "org", "net"})
# An arXiv subject class in its brackets: "[cs.CL]", "[stat.ML]", "[q-bio.GN]"
_SUBJECT_CLASS = LazyPattern(r"[a-z]+(?:-[a-z]+)?\.[A-Z]{2}")


def code_name(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare host ``raw`` at ``text[start:end]``, with nothing after it, is a name
    from code or data that no one opens: a model's file (``model.pt``), a package's
    (``com.tencent.mm``), a configuration key set right after it (``spring.redis.host=…``), an
    arXiv subject class (``[cs.CL]``)."""
    if not raw.isascii() or "/" in raw:
        return False
    labels = raw.split(".")
    return (
        _code_file(raw, text, start, end)
        or (len(labels) > 2 and labels[0] in _REVERSED_FIRST and len(labels[1]) > 2)
        or (raw.islower() and text[end : end + 1] == "=")
        or (
            text[start - 1 : start] == "["
            and text[end : end + 1] == "]"
            and _SUBJECT_CLASS.fullmatch(raw) is not None
        )
    )


def dotted_name_after(text: str, end: int) -> bool:
    """Whether a Java-style dotted name goes on after ``text[:end]``, a bare host the scan
    ended at its last top-level domain: a dot and a class (a capital: ``java.io`` of
    ``java.io.ObjectInputStream``) or two more labels (``com.alibaba`` of
    ``com.alibaba.fastjson.JSON``), which no browser and no linkify opens.  One more label in
    small letters is not enough (``report.final.pdfx`` may be a host and a typo)."""
    return _DOTTED_NAME.match(text, end) is not None


# What goes on after a host in a Java class's or package's dotted name (dotted_name_after).
_DOTTED_NAME = LazyPattern(r"\.(?:[A-Z][A-Za-z0-9_$]*|[a-z_][a-z0-9_]*\.[A-Za-z_])")


def find_links(text: str) -> list[str]:
    """Every web link in ``text`` (plain text, Markdown or HTML), in order of appearance.

    Markdown destinations and HTML attributes come back decoded (escapes and
    entities), as a browser would use them; bare URLs come back as written, however
    written (``u。jd。com/x``, ``ｔ．ｃｎ/x``) — :meth:`govpub.Policy.is_ad_link` and
    :meth:`~govpub.Policy.allows_source` read them as the address they imitate.

    >>> find_links("详见https://www.gov.cn/a.html。也可访问www。gov。cn")
    ['https://www.gov.cn/a.html', 'www。gov。cn']
    """
    require_text(text, "find_links")
    return [span.url for span in flatten(scan_links(text))]
