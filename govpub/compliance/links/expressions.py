"""The regular expressions of the link scan: what a URL may hold, bare addresses, markup.

Apart because how they are written is a subject of its own — compile time.  A URL's
character classes name what it may hold within the BMP (a bitmap test in the regex engine);
the expressions for ASCII hosts (:func:`plain_patterns`) name no class of CJK text and no
internationalised top-level domain, so they need neither its 2–4 ms a class nor the Public
Suffix List; the full ones (:func:`full_patterns`) compile only when the scanner meets a host
that CJK text follows (:mod:`~govpub.compliance.links.bare` decides when).  Each set is
compiled on first use, never at import (``tests/core/test_import_budget.py``).
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance.folding.attributes import ATTRIBUTES_TO_END
from govpub.compliance.regex_cache import regex
from govpub.compliance.suffixes import han_top_level_domains

__all__ = [
    "LABELS",
    "full_patterns",
    "is_cjkl",
    "markup_patterns",
    "path_pattern",
    "plain_patterns",
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


# Bars a reader takes for "|" between two addresses (``www.gov.cn¦t.cn/x``: the broken bar
# U+00A6, the box-drawing │ U+2502 and ┃ U+2503 (review 76's L5), the divides sign ∣ U+2223;
# review 71's L7): an address stops at them as at "|" (the fold makes "｜" one; ǀ and Ɩ are
# letters, read by confusables)
_BAR_LOOKALIKES = "\u00a6\u2502\u2503\u2223"


def _class_char(point: int) -> str:
    char = chr(point)
    return "\\" + char if char in "\\[]^-" else char


# CJK text, where a host stops (its guard) and after which a Han top-level domain ends: the
# ideographs with Extension A and the compatibility block, kana and Hangul — wider than
# folding.CJK_UNIFIED (the unified block alone, where a reader asks whether a word goes on).
_CJKL = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"  # BMP only
_DOT = "。｡"  # left between CJK labels by the fold (it joins ASCII labels only)
_LABEL = r"[a-z0-9_](?:[a-z0-9_\-]{0,61}[a-z0-9_])?"


def is_cjkl(char: str) -> bool:
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
def plain_patterns() -> dict[str, re.Pattern[str]]:
    """Bare URLs with ASCII hosts: the expressions used first (see :func:`.bare._needs_full`).

    A character class of CJK text costs 2–4 ms to compile each time an expression names
    it (the regex compiler fills its bitmap in Python), and the full expressions name one
    a dozen times; these name none, and no internationalised top-level domain, so they
    need neither that nor the Public Suffix List.  They find what the full ones find
    wherever no CJK character follows a host's ``//`` or its last dot — which the scanner
    checks in Python, and otherwise asks the full expressions (a property test compares
    the two).  After an ASCII host, ``。``/``｡`` ends it in both: a sentence's end (fix 109).
    """
    host = _HOST_PART.format(host_char=_url_class("/\\?#[].|" + _BAR_LOOKALIKES), cjk_guard="")
    path = _path(_url_class("[|" + _BAR_LOOKALIKES))
    return {
        "scheme": regex(
            rf"(?:https?|ftp):(?:[/\\]{{2}}|[/\\]?(?=[a-z0-9]))(?P<host>{host}*+){path}"
        ),
        "www": regex(rf"(?P<host>www\.(?=[a-z0-9]){host}++){path}"),
        "domain": regex(
            rf"(?P<host>(?:{_LABEL}\.)+(?P<tld>[a-z][a-z0-9\-]{{1,62}}(?![a-z0-9\-@]|_++[a-z0-9\-@.])))"
            rf"(?P<rest>{_PORT_OR_ROOT_DOT}{path})"
        ),
    }


@cache
def path_pattern() -> re.Pattern[str]:
    """A bare address's path, query or fragment, as the expressions above read one after a
    host: read on its own after an emphasis that closes around the host (``_t.cn_/x``)."""
    return regex(_path(_url_class("[|" + _BAR_LOOKALIKES)))


# A host's labels and their dots, up to its last label (the scanner's _may_end_in_cjk)
LABELS = regex(rf"(?:{_LABEL}\.)+")


@cache
def full_patterns() -> dict[str, re.Pattern[str]]:
    """The full expressions, compiled on first use (the CJK top-level domains come from the PSL).

    Used only where :func:`.bare._needs_full` or :func:`.bare._may_end_in_cjk` says the plain ones
    may not do (rare: an internationalised host or top-level domain).
    """
    # "[" and "]" only as an IPv6 literal: elsewhere they are Markdown, parsed first.
    host_char = _url_class("/\\?#[].|" + _BAR_LOOKALIKES)
    auth_ascii = _HOST_PART.format(host_char=host_char, cjk_guard=rf"(?![{_CJKL}])")
    # A path stops at "[" too: in Markdown "[text](url)" right after a bare URL is a
    # link of its own (inline links are parsed before bare URLs are linkified); and at
    # "|", which ends a GFM table cell before the cell's text is linkified.
    path = _path(_url_class("[|" + _BAR_LOOKALIKES))
    han_tlds = "|".join(sorted(han_top_level_domains(), key=len, reverse=True))
    # after an ASCII host only an ASCII dot: "www.gov.cn。公司、企业…" is a sentence's end and
    # the next one's first word, though 公司 is a top-level domain too (fix 109); between
    # CJK labels "。" and "｡" stay dots (the fold joins ASCII labels only)
    idn_tld = rf"(?:\.(?:{han_tlds})(?![{_CJKL}]))"
    idn_tld_cjk = rf"(?:[.{_DOT}](?:{han_tlds})(?![{_CJKL}]))"
    # an internationalised host has a dot: one CJK word after "//" is prose ("输入https://后
    # 再输入网址", "http://与https://的区别"), a name no public site has (red team 18)
    auth_cjk = (
        rf"[{_CJKL}][{_CJKL}a-z0-9\-]*(?:[.{_DOT}][{_CJKL}a-z0-9\-]+)+{idn_tld_cjk}?"
        r"(?::[0-9]{1,5})?"
    )
    return {
        # two slashes (any host, even an empty one), or one or none before an ASCII host
        "scheme": regex(
            rf"(?:https?|ftp):(?:[/\\]{{2}}(?:{auth_cjk}|{auth_ascii}*+{idn_tld}?)"
            rf"|[/\\]?(?=[a-z0-9]){auth_ascii}++{idn_tld}?){path}"
        ),
        "www": regex(rf"www\.(?=[a-z0-9]){auth_ascii}++{idn_tld}?{path}"),
        "domain": regex(
            rf"(?P<host>(?:{_LABEL}\.)+(?P<tld>[a-z][a-z0-9\-]{{1,62}}(?![a-z0-9\-@]|_++[a-z0-9\-@.])"
            rf"|(?:{han_tlds})(?![{_CJKL}])))"
            rf"(?P<rest>{_PORT_OR_ROOT_DOT}{path})"
        ),
    }


@cache
def markup_patterns() -> dict[str, re.Pattern[str]]:
    """Autolinks and HTML tags, Markdown links and reference definitions (no CJK classes)."""
    return {
        # autolinks first: an HTML tag name cannot hold ":"; a tag's attributes read to its own
        # ">" as the fold reads them (ATTRIBUTES_TO_END: a quoted value may hold a "<" or a
        # ">"), so that a title or an alt after such a value is no text of the page (red team 93)
        "angle": regex(
            r"(?P<auto><(?P<auto_url>(?:https?|ftp):[^\s<>]*+)>)"
            r"|(?P<html><(?P<tag>[a-z][a-z0-9\-]{0,30})"
            rf"(?P<attrs>\s{ATTRIBUTES_TO_END[:-1]})?>)"
        ),
        # runs of plain characters are taken whole and never given back (possessive):
        # linear, and several times faster than one character per step
        "md": regex(
            r"""(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]++|\\.|\[(?:[^\[\]\\]++|\\.){0,1000}+\]){0,1000}+)\]
            \(\s*+(?:<(?P<dest_a>[^<>\n]*+)>
                    |(?P<dest_b>(?:[^\s()\\]++|\\.|\((?:[^\s()\\]++|\\.)*+\))*+))
            (?:\s++(?:"(?:[^"\\]++|\\.)*+"|'(?:[^'\\]++|\\.)*+'|\((?:[^()\\]++|\\.)*+\)))?\s*\)""",
            re.VERBOSE,
        ),
        "ref": regex(
            r"""[ ]{0,3}\[(?P<label>(?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\n?[ \t]*
            (?:<(?P<ref_a>[^<>\n]*)>|(?P<ref_b>\S+))
            (?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*(?=\n|\Z)""",
            re.VERBOSE,
        ),
    }
