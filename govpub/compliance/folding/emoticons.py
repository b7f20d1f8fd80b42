"""Weibo's emoticon codes and pictures of them between digits or ideographs: a little picture.

``138[心]1234[心]5678``, ``158[doge]5708[doge]3934``, ``内部[微笑]资料`` and an
``<img alt="[微笑]">`` pasted from Weibo's page show a picture where the code stands, read as
an emoji is (a space between digits, nothing between ideographs).  Only where a picture
parts two digits or two ideographs (or an ideograph and a 密级's star): footnote marks
(``[1]``, ``[注]``), link words and ``[赞]`` after a count stay as written.
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance.folding.tables import CJK_UNIFIED, is_cjk_unified
from govpub.compliance.holds import holds
from govpub.compliance.regex_cache import regex

__all__ = ["emoticon_codes", "is_platform_emoticon", "may_hold_ascii_code"]


# Weibo (and Douyin, Kuaishou) show an emoticon code, "[心]", "[哈哈]", as a little
# picture: between two digits it reads as an emoji does, a space ("138[心]1234[心]5678"),
# and so between two ideographs, where the space closes up as an emoji's does
# ("内部[微笑]资料", "机[微笑]密★": red team 59), a run of them too ("内部[微笑][微笑]资料": a
# review). Only codes of ideographs, only between two digits or two ideographs: "[1]", "[注]："
# and link words stay; so does the like "[赞]" after a count, which engagement.py reads as
# the word (集齐38个[赞]即可领取) — not between two words ("内部[赞]资料").
# Weibo has codes in ASCII letters too, "[doge]", "[good]", "[ok]", and ones of a set's
# letters and ideographs, "[bm哭泣]": a word of two to eight letters (the fold lower-cased
# it), ideographs after it allowed, reads so between two digits or ideographs
# ("158[doge]5708[doge]3934", "打开淘[doge]宝": red team 98) — never one letter ("[a]", a
# note's mark) nor a digit ("[1]", a footnote's, "138[1]" too).  And a code between a 密级's
# level and its star, after an ideograph, reads as an emoji there does ("机密[心]★10年" as
# "机密😀★10年": red team 98's code-before-star).
_CODE = f"\\[(?:[{CJK_UNIFIED}]{{1,6}}|[a-z]{{2,8}}[{CJK_UNIFIED}]{{0,6}})\\]"
# An emoticon pasted from Weibo's web page or a 公众号 as a picture, ``<img alt="[微笑]"
# src=…>``, or an emoji so drawn, ``<img class="emoji" alt="😊">`` (its alt folded to a space),
# is the same little picture between two groups or two characters: it reads as a code there
# (``139<img alt="[微笑]">1234…``, ``内部<img alt="[微笑]">资料``: red team 98's
# emoticon-img-split).  Only an alt that is a code or an emoji alone: a picture with words, or
# none (``<img src=…>`` between two figures of a table), stays a tag.
_CODE_IMAGE = (
    r"<img(?=[\s/])[^<>]{0,300}?(?<=[\s\"'/])alt\s*=\s*"
    rf"(?:\"\s*(?:{_CODE}\s*|\s)\"|'\s*(?:{_CODE}\s*|\s)'|{_CODE}(?=[\s/>]))[^<>]{{0,300}}>"
)
#: A run of codes is read once: what follows the run decides for every code in it (a
#: lookahead over the rest of the run from each code was quadratic in a long run: red team 60).
_CODE_RUN = regex(f"{_CODE}(?:{_CODE})*")  # (a literal "[" first: the fast search)
_ONE_CODE = regex(_CODE)
#: ... and, in a text that holds a picture, a run of codes and pictures of codes.
_PICTURE_RUN = regex(f"(?:{_CODE}|{_CODE_IMAGE})+")
_ONE_PICTURE = regex(f"{_CODE}|{_CODE_IMAGE}")
_CODE_IMAGE_ONLY = regex(_CODE_IMAGE)
_DIGITS = frozenset("0123456789")
# A picture's own file on the site, which the tag may name (``src="/face/smile.png"``): a
# path, loaded, never opened as a link.  A remote picture (``src="https://…"``) stays a tag:
# the link scanner reads its address, which may be an ad's or a remote picture's
# (``image.not_scanned``) — but for the platform's own emoticon picture
# (``data/emoticon_pictures.txt``: Weibo's ``face.t.sinajs.cn/t4/appstyle/expression/…``), which
# is the code it shows as surely as a local file is (red team 112's M8).
# (A path that starts with two slashes, "//" or "/\", names another host: fix112i.)
_PICTURE_FILE_PATH = (
    r"(?![/\\]{2})[^\"'<>\s:?]{0,300}?\.(?:png|gif|jpe?g|webp|svg|bmp)"
    r"(?:\?[^\"'<>\s:/]{0,100})?"  # (the 公众号 editor's lazy data-src; a ?v=2 after it)
)


@cache
def _emoticon_address() -> str:
    """The expression of a platform emoticon picture's address (``data/emoticon_pictures.txt``):
    http:, https: or protocol-relative, the host exactly, a path under its emoticon prefix
    naming a picture file (letters, digits, ``_-./`` alone, no ``..``: no query, no escape)."""
    places = "|".join(re.escape(place.lower()) for place in data_words("emoticon_pictures.txt"))
    return rf"(?:https?:)?//(?:{places})(?:[a-z0-9_/-]|\.(?!\.)){{0,200}}\.(?:png|gif|jpe?g|webp)"


@cache
def _picture_file() -> re.Pattern[str]:
    """A picture file's ``src`` in a tag: the site's own path, or a platform emoticon's."""
    return regex(
        r"\s(?:data-)?src\s*=\s*(?P<q>[\"'])"
        rf"(?:{_PICTURE_FILE_PATH}|(?i:{_emoticon_address()}))(?P=q)"
    )


@cache
def _platform_emoticon() -> re.Pattern[str]:
    return regex(f"(?i:{_emoticon_address()})")


def is_platform_emoticon(url: str) -> bool:
    """Whether ``url`` is a platform's own emoticon picture (``data/emoticon_pictures.txt``):
    the little face of a code, no picture a reader scans for a QR code (red team 112's F2).
    Only under the listed paths of the listed hosts: a look-alike host
    (``face.t.sinajs.cn.example.com``) or another path there is a remote picture as before."""
    return _platform_emoticon().fullmatch(url.strip()) is not None


# A layout value that names no address (``style="width:1.5em"``, ``class="face"``, ``width=20``):
# its dots are no host's (review 66's L7); one with a "/" or ":" in a url() stays to be read.
_LAYOUT_VALUE = regex(
    r"\s(?:style|class|width|height)\s*=\s*(?:\"[^\"/<>]*\"|'[^'/<>]*'|[^\s\"'/<>]+)"
)


def _plain_picture(tag: str) -> bool:
    """Whether the picture's tag ``tag`` holds nothing a link scanner reads: no address but
    its own picture file's path or a platform emoticon's (an ``<img alt="[微笑]"
    src="https://t.cn/x">`` stays a tag, whose source the scanner reads) and layout values."""
    rest = _LAYOUT_VALUE.sub("", _picture_file().sub("", tag))
    rest = rest.removesuffix(">").rstrip().removesuffix("/")
    return "/" not in rest and "." not in rest


# In a text of ASCII alone (the fold's fast path), a code can stand only between two digits.
_ASCII_CODE_IN_DIGITS = regex(r"[0-9](?:\[[A-Za-z]{2,8}\])+[0-9]")


def may_hold_ascii_code(text: str) -> bool:
    """Whether ``text``, all ASCII, may hold an emoticon code between two digits
    (``158[good]5708[good]3934``): the fold's fast path does not read one."""
    return "[" in text and _ASCII_CODE_IN_DIGITS.search(text) is not None


def _between(before: str, code: str, *, digit_after: bool) -> bool:
    """Whether ``code`` after ``before`` (one character, or "" at the start), in a run of codes
    that a digit (``digit_after``) or else an ideograph (or a star) follows, stands between two
    of a kind (a code's "]" or a picture's ">" before: in the run)."""
    if before in {"]", ">"}:
        return True
    if digit_after:
        return before in _DIGITS
    return is_cjk_unified(before) and not (before == "个" and code == "[赞]")


def emoticon_codes(folded: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Emoticon codes (and pictures of them) between digits or ideographs, or between an
    ideograph and a star, for the fold's ``_drop``: each shows as one space.  A code counts after a
    digit or an ideograph (or another code's "]") when its run of codes ends before the same
    kind; "[赞]" after a digit or "个" is the word, not a picture between two words."""
    gaps: list[tuple[int, int]] = []
    shown: dict[int, str] = {}
    pictures = holds(folded, "<img")
    runs, one = (_PICTURE_RUN, _ONE_PICTURE) if pictures else (_CODE_RUN, _ONE_CODE)
    for run in runs.finditer(folded):
        after = folded[run.end() : run.end() + 1]
        digit_after = after in _DIGITS
        if not (digit_after or after == "★" or is_cjk_unified(after)):
            continue
        if (
            pictures
            and "<" in run.group()
            and not all(
                _plain_picture(found.group()) for found in _CODE_IMAGE_ONLY.finditer(run.group())
            )
        ):
            continue  # (a picture whose tag holds an address: the link scanner reads it)
        for code in one.finditer(folded, run.start(), run.end()):
            start, end = code.span()
            before = folded[start - 1 : start]
            if before == ">" and start == run.start():
                before = ""  # (a tag before the run is no picture of it)
            if _between(before, code.group(), digit_after=digit_after):
                gaps.append((start + 1, end))
                shown[start] = " "
    return gaps, shown
