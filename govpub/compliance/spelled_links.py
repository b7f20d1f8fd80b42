"""Ad and short hosts spelled out so that no link is found: ``t . cn/…``, ``t点cn``, ``t[.]cn``.

Spam that wants past a link filter writes the address for the reader to type:
dots spaced out (``t . cn``, every letter too: ``t . c n``; or a line break beside the
dot: ``t.⏎cn``, which a page shows as a space; or a line break inside a label of an address
after its scheme, ``https://t.c⏎n/x``, a PDF's wrap copied out), a Markdown emphasis beside the dot
(``t.*cn*``: shown as t.cn, never linked), bracketed (``t[.]cn``, ``t(.)cn``), spelled (``t dot
cn``, ``t点cn``) or replaced by a middle dot (``t·cn``, ``t‧cn``).  No browser
opens such text, so the link scanner rightly finds no link in it — and the reader
still reaches the ad.

A run of ASCII labels joined by such separators is read as a host only when the
labels joined with dots make a host the ad rules list as a whole (a shortener or
an affiliate host: :meth:`~govpub.compliance.ads.AdRules.is_ad_host`), so prose
with dots, 点 and middle dots (``阿卜杜·热合曼``, ``第1 . 2条``, ``3点30分``) stays
clean.  It cannot be stripped like a link (the sentence around it asks the
reader to type it), so it blocks: the editor removes it.

Runs on the folded text (full-width letters are ASCII by then).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from govpub.compliance._data import data_kinds
from govpub.compliance.folding.folded import Folded
from govpub.compliance.grouping import PAGE_TAIL
from govpub.compliance.lazy_pattern import LazyPattern

__all__ = [
    "anchor_expressions",
    "candidates_at",
    "find_spaced_labels",
    "find_spelled_links",
    "find_wrapped_hosts",
    "with_round_dots",
]

# The words and symbols written for a dot beyond those named below (data/spelled_link_dots.txt:
# "t dian cn", "t句号cn", "t圆点cn", "t●cn", "t⚫cn"; red team 102's dot-named-otherwise and
# emoji-for-dot): a Latin word between spaces, a word glued or spaced, a symbol the fold
# leaves, a round emoji the fold reads as a space (:func:`with_round_dots`).
_DOT_KINDS = data_kinds("spelled_link_dots.txt")
_SPACED_WORDS = tuple(_DOT_KINDS["spaced"])
_GLUED_WORDS = tuple(_DOT_KINDS["glued"])
_ROUND_EMOJI = tuple(_DOT_KINDS["emoji"])
# A line break a page shows as a space, as written in HTML ("t.<br>cn/x", "t.<BR/>cn/x"):
# after a dot it parts the labels as a line break does (red team 102's link-across-br)
# (<br/ > too: a browser reads it so; possessive, for "a<br" and 40,000 spaces took 6 s: review 128)
_BREAK_TAG = r"<br[ \t\n]*+/?[ \t\n]*+>"
# A paragraph's or a block's tag, which a page shows as a line break too ("t.</p><p>cn/x",
# "<div>t.</div><div>cn/x", "t.<p>cn/x": review 71's L2), its attributes bounded
# (and the blocks the WeChat editors wrap each paragraph in, 135编辑器's and 秀米's <section>,
# a list's item, a table's cell, a heading: review 76's L5; an article, a quotation, a
# definition's term and its description, a table's row: review 78's L10)
_BLOCK_ELEMENTS = (
    *("p", "div", "section", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"),
    *("article", "blockquote", "dt", "dd", "tr"),
)
_BLOCK_TAG = rf"</?(?:{'|'.join(_BLOCK_ELEMENTS)})(?:[ \t\n][^<>]{{0,200}})?>"
# After a dot, breaks that hold a block's tag (an address over them is read only with its
# path: :func:`find_spelled_links`)
_BLOCK_BREAK = (
    rf"(?:[ \t\n\u3000]|{_BREAK_TAG})*{_BLOCK_TAG}(?:[ \t\n\u3000]|{_BREAK_TAG}|{_BLOCK_TAG})*"
)
# A space, a line break, a <br> or a block's tag: one piece of a break around a dot
_ANY_BREAK = rf"(?:[ \t\n\u3000]|{_BREAK_TAG}|{_BLOCK_TAG})"

# What stands for a dot between labels.  A plain "." counts only with a space on a
# side (the link scanner reads "t.cn"); every other form counts as it is.
# Brackets around a dot or its word, in pairs: ASCII and the full-width and CJK ones that
# the fold leaves as written ("t{.}cn", "t<dot>cn", "t「.」cn", "t［.］cn", "t〔.〕cn").
_BRACKET_PAIRS = ("[]", "()", "{}", "<>", "（）", "【】", "［］", "「」", "『』", "〔〕", "〈〉")
# What stands for a dot by itself: 点 (and 點), the middle dots the fold leaves (and makes:
# ‧ ・ • ∙ ⋅ are · by then), and the look-alikes of a dot that spam writes between labels:
# 丶 (the radical "dot": "www丶xxx丶com"), the enumeration comma 、, ◦ ∘ ˙, and ᆞ (what
# NFKC makes of the Hangul middle dot ㆍ); and the dots, full stops and commas of the scripts
# of bilingual posts in 西藏, 新疆 and 内蒙古, typed where a 。 or 、 would be (red team 69):
# the Tibetan tsheg ་ and shad །, the Arabic full stop ۔ and comma ، (Uyghur, Kazakh), the
# Mongolian full stop ᠃ and comma ᠂ ("t་cn/…", "t ། cn/…", "t، cn/…").
_SCRIPT_STAND_INS = "\u0f0b\u0f0d\u06d4\u060c\u1803\u1802"
_STAND_IN_CLASS = "点點·‧・•∙⋅丶、◦∘˙ᆞ" + _SCRIPT_STAND_INS + "".join(_DOT_KINDS["symbols"])
_ODD_DOT = (
    r"(?:[ \t\n\u3000]*(?:"
    + "|".join(
        rf"{re.escape(pair[0])}\s*(?:\.|dot|点)\s*{re.escape(pair[1])}" for pair in _BRACKET_PAIRS
    )
    + "".join(f"|{re.escape(word)}" for word in _GLUED_WORDS)
    # (not a symbol that opens a line, four spaces at most after its break: a list's bullet,
    # "A⏎● CO 浓度" is no a.co — review 71's F2, review 72's F8)
    + "|"
    + "".join(rf"(?<!\n[ \t\u3000]{{{n}}})" for n in range(5))
    + rf"[{_STAND_IN_CLASS}]"
    + rf"|(?<=[ \t\u3000])(?:{'|'.join(map(re.escape, _SPACED_WORDS))})(?=[ \t\u3000]))"
    r"[ \t\n\u3000]*"
    # a line break before the dot, a <br> or a block break too ("t<br>.cn/x", "t</p><p>.cn/x":
    # review 71's L3, 76's L5), and a block break after it too: a dot in a block of its own
    # ("<section>t</section><section>.</section><section>cn/x": review 78's L10)
    rf"|{_ANY_BREAK}+[.。]{_ANY_BREAK}*"
    # or after it: a block break before a <br> alone, so that the labels part at the whole
    # break and not at its <br> ("t.<br></section><section>cn/x", the <br> editors leave at a
    # section's end: review 78's L10)
    rf"|[.。]{_BLOCK_BREAK}"
    rf"|[.。](?:[ \t\n\u3000]|{_BREAK_TAG})+"
    # a Markdown emphasis beside the dot ("t.*cn*"): the page shows t.cn, unlinked
    r"|[*_]{1,3}\.[*_]{0,3}|\.[*_]{1,3})"
)
_DOT = rf"(?:{_ODD_DOT}|\.)"
# (or spaced out letter by letter, "c n", "c  n": each a single letter or digit, one to three
# spaces between — a zero-width or an ideographic space beside a space leaves two or three
# once the fold has dropped or read it)
_LABEL = r"(?:[a-z0-9](?:[ ]{1,3}[a-z0-9]){1,62}(?![a-z0-9])|[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)"
_PATH = r"[A-Za-z0-9\-._~/?#&=%+:@!$*,;]*"


@cache
def _expressions() -> tuple[LazyPattern, LazyPattern, LazyPattern]:
    """The address, an odd separator, any separator; each compiled when first used."""
    address = rf"({_LABEL}(?:{_DOT}{_LABEL})+)(?:[ \t\u3000]*/{_PATH})?"
    return (
        LazyPattern(address, re.IGNORECASE),
        LazyPattern(_ODD_DOT, re.IGNORECASE),
        LazyPattern(_DOT, re.IGNORECASE),
    )


# Where a spelled address may be, found by one expression per character that starts with
# it (:func:`anchor_expressions`: the engine skips to a literal at C speed, where one
# expression with a class of them all is tested character by character, ~0.6 ms a
# 20,000-character post; check() runs these among the terms' alternatives, :mod:`.anchors`):
# a dot stand-in right after a letter or digit, an opening bracket holding a dot, or a
# space beside a dot.
_STAND_INS = (  # the fold has made 點 点, and ‧ ・ • ∙ ⋅ ·; a glued word by its first character
    "点·丶、◦∘˙ᆞ"
    + _SCRIPT_STAND_INS
    + "".join(_DOT_KINDS["symbols"])
    + "".join(sorted({word[0] for word in _GLUED_WORDS} - set("点·")))
)
_BRACKETS = "".join(pair[0] for pair in _BRACKET_PAIRS)
_SPACES = " \t\n"  # and U+3000 a space; a line break renders as one (t.⏎cn/x)
# beside a dot only; not "_" (t._cn_ renders so too), which every tracking parameter
# holds (utm_source): an anchor there would cost the anchors' pass a stop at each
_EMPHASIS = "*"
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_HOST_CHARS = _ALNUM | frozenset("-.")


def find_spelled_links(
    text: str, is_ad_host: Callable[[str], bool], *, candidates: list[int] | None = None
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, host)`` of every spelled-out address of an ad host in ``text``.

    ``candidates`` may pass :func:`candidates_at` of the anchors' matches, found by a
    pass the caller makes anyway (:mod:`.anchors`).
    """
    done = 0  # the text before this has been read
    found: list[tuple[int, int]] = []  # the spans of the hosts found, in order
    for candidate in _candidates(text) if candidates is None else candidates:
        spelled, odd, split = _expressions()
        if candidate < done:
            continue
        start = candidate
        while start > done and text[start - 1] in _HOST_CHARS:
            start -= 1
        # no label starts with a hyphen or a dot: glued before a host they are none of it
        # (报名入口-t . cn/x, 链接．t点cn/x: red team 84's S1)
        while start < candidate and text[start] in "-.":
            start += 1
        # a label spaced out letter by letter ("b i t . l y", "b  i  t"): back to its first
        while (before := _spaced_letter_before(text, start, done)) != start:
            start = before
        match = spelled.match(text, start)
        if match is None:
            continue
        done = match.end()
        written = match.group(1)
        first = odd.search(written)
        if first is None or _parted_by_block(match):
            continue  # an ordinary "t.cn": the link scanner's (or paragraphs, see below)
        if (
            written[: first.start()].isdigit()
            and first.group().startswith((".", "。"))
            and odd.search(written, first.end()) is None
        ):
            # a list's number before a link: "1. t.cn/x" (the link scanner's); not a dot
            # spaced on both sides ("3 . cn/x": JD's 3.cn spelled out), never a list's
            continue
        if written[: first.start()].isdigit() and first.group().strip() == "、":
            continue  # "3、cn域名": a list's number and its enumeration comma, never JD's 3.cn
        host = ".".join(label.lower().replace(" ", "") for label in split.split(written))
        if is_ad_host(host):
            found.append(match.span())
            yield match.start(), match.end(), host
    for start, end, host in itertools.chain(
        find_wrapped_hosts(text, is_ad_host), find_spaced_labels(text, is_ad_host)
    ):
        at = bisect.bisect_right(found, (start, len(text)))
        if not (at and found[at - 1][1] > start) and not (at < len(found) and found[at][0] < end):
            found.insert(at, (start, end))
            yield start, end, host  # (not a piece of a host read above: "https://t . c⏎n")


# A space inside a label of an ad host (``s.click.tao bao.com/t?e=x``: the link scanner reads
# the harmless ``bao.com``, the reader types ``s.click.taobao.com``; red team 102's
# space-inside-label): a run of host characters, a space (two or three, or a tab: review 71's
# L6; a page shows one), and a host with a dot (then its path) — or, as a wrap is read
# (:func:`_bare_wraps`), the last label's rest and a path after a host with a dot above
# (``u.jd.c om/x``, ``u.jd.c  om/x``: review 76's L5).  The engine skips to each space or tab;
# one after a letter or digit and before such a host or a label and its path is read.
_LABEL_AFTER_SPACE = (
    r"[ \t]{0,2}(?=[a-z0-9\-]*(?:\.[a-z0-9]|/))"
    r"([a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*)"
    r"(?![a-z0-9\-])(/" + _PATH + ")?"
)
_SPACED_LABEL = LazyPattern(r" (?<=[a-z0-9] )" + _LABEL_AFTER_SPACE, re.IGNORECASE)
# (a tab's own expression, read only in a text that holds one: the engine skips to a space
# as to a literal, and a class of the two would make it test each character)
_TABBED_LABEL = LazyPattern(r"\t(?<=[a-z0-9]\t)" + _LABEL_AFTER_SPACE, re.IGNORECASE)


def find_spaced_labels(
    text: str, is_ad_host: Callable[[str], bool]
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, host)`` of every host that a space cuts inside a label and whose two
    parts joined are an ad host the ad rules list whole (``s.click.tao bao.com/x`` reads
    ``s.click.taobao.com``).

    Read only when neither part is an ad host by itself (``去 t.cn/x``: a word before an ad
    link is the link rules'), so two hosts a space parts (``www.gov.cn news.cn``), a word
    before a host (``访问 tao bao.com``: taobao.com is no ad host the rules list whole) and
    English prose stay as they are.  Linear: each space read once, each part's characters
    by one space's reading.
    """
    matches = itertools.chain(
        _SPACED_LABEL.finditer(text) if " " in text else (),
        _TABBED_LABEL.finditer(text) if "\t" in text else (),
    )
    for match in matches:
        space = match.start()
        start = space
        while start > 0 and text[start - 1] in _HOST_CHARS:
            start -= 1
        while text[start] in "-.":
            start += 1  # (no label starts with a hyphen or a dot)
        above, below = text[start:space].lower(), match.group(1).lower()
        if above.endswith("-") or ("." not in below and not _host_with_path(above, match)):
            continue
        host = above + below
        if is_ad_host(host) and not is_ad_host(above) and not is_ad_host(below):
            yield start, match.end(), host


def _host_with_path(above: str, match: re.Match[str]) -> bool:
    """Whether a space parts a host's last label with a path after it (``u.jd.c om/x``): the
    part above has a dot (a word above, ``see c om/x``, is prose) and a path follows the part
    below, as :func:`_bare_wraps` reads a wrap."""
    return "." in above.strip(".") and match.group(2) is not None


# An address's host cut by a line break inside a label (``https://t.c⏎n/A6xYz8kQ``,
# ``https://s.click.tao⏎bao.com/t?e=x``): a PDF wraps a long line wherever the width ends,
# and the copied text keeps the break, where the page showed one address.  The host up to
# the break (after a scheme; spaces before it, a line's trailing ones or Markdown's hard
# break, as the backslash's is read), the host characters that start the next line (no "://" after
# them: a link of its own), and its path.  A ``<br>`` is such a break as written in HTML
# (``https://t.c<br>n/x``; red team 102's link-across-br), with the line break an editor writes
# after it or a second one (``<br>⏎``, ``<br><br>``: review 71's L1), the source's indentation
# or a blank line after it (``<br>⏎  n/x``, ``<br>⏎⏎n/x``), or a paragraph's or a block's end
# and the next one's start (``https://t.c</p><p>n/x``: review 71's L2, review 72's L9; three
# ``<br>`` are a gap, no wrap).  A page break between the two
# lines is a wrap too (``https://t.c⏎— 2 —⏎n/x``: the page's number or footer on a line of
# its own, as a number is read over it, :data:`~.grouping.PAGE_TAIL`; review 68's L7).
# (The host above is possessive: what may follow it is no host character, so giving some
# back never matches — and each of a post's hundred addresses gave back its every character.)
# (a block's end, the next one's start: "</p><p>", "</p></section><section><p>")
_BLOCK_END = rf"</(?:{'|'.join(_BLOCK_ELEMENTS)})>(?:[ \t\n]*{_BLOCK_TAG}){{1,4}}[ \t\n]*"
_WRAPPED_HOST = LazyPattern(
    rf"://([a-z0-9][a-z0-9.\-]*+)[ \t]*(?:\n|(?:{_BREAK_TAG}[ \t]*(?:\n[ \t]*){{0,2}}){{1,2}}"
    rf"|{_BLOCK_END})" + PAGE_TAIL + r"([a-z0-9.\-]*[a-z0-9])(?![a-z0-9\-]|:/)(/" + _PATH + ")?",
    re.IGNORECASE,
)


# The same wrap in a host written without a scheme (``s.click.tao<br>bao.com/t?e=x``,
# ``s.click.tao⏎bao.com/t?e=x``: review 71's L8), found from the break: the engine skips to
# each line break, and in another expression to each ``<`` (a literal each: one expression
# for both would test every character, ten times the cost); the host above is read back in
# Python (:func:`_host_above`)
_BREAK_LINES = r"[ \t]*(?:\n[ \t]*){0,2}"  # (after a <br>: the source's lines and indentation)
_BELOW_WRAP = r"([a-z0-9.\-]*[a-z0-9])(?![a-z0-9\-]|:/)(/" + _PATH + ")?"
_BARE_WRAPS = (  # (a break right after a letter or digit: a host's, or a word's)
    # (or a blank line: "s.click.tao⏎⏎bao.com/x", review 76's L5)
    LazyPattern(r"\n(?<=[a-z0-9]\n)(?:[ \t]*\n)?" + _BELOW_WRAP, re.IGNORECASE),
    LazyPattern(
        rf"<(?<=[a-z0-9]<)(?:{_BREAK_TAG[1:]}{_BREAK_LINES}(?:{_BREAK_TAG}{_BREAK_LINES})?"
        rf"|{_BLOCK_END[1:]})" + _BELOW_WRAP,
        re.IGNORECASE,
    ),
)
_BREAK_HINT = LazyPattern(rf"<br|</(?:{'|'.join(_BLOCK_ELEMENTS)})>", re.IGNORECASE)


def find_wrapped_hosts(
    text: str, is_ad_host: Callable[[str], bool]
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, host)`` of every address whose host a line break cuts inside a label
    and whose two parts joined are an ad host the ad rules list whole (``https://t.c⏎n/x``
    reads ``t.cn``); the wrap at a dot (``u.jd.⏎com``) is read with the other separators.

    Read only when neither part is an ad host by itself: an ad link above (``https://t.cn``)
    is the link rules', one below (``bit.ly/x`` on the next line) is a link of its own; a
    wrap whose parts make no ad host (``https://www.gov.c⏎n/…``, a link, then English
    text) is left as it is.  One pass over the text's schemes.
    """
    if "\n" not in text and _BREAK_HINT.search(text) is None:
        return
    for match in _WRAPPED_HOST.finditer(text) if "://" in text else ():
        above, below = match.group(1).lower(), match.group(2).lower()
        if above.endswith((".", "-")) or below.startswith((".", "-")):
            continue  # (a wrap at a dot or a hyphen: read as a separator, or a hyphen's own)
        host = above + below
        if is_ad_host(host) and not is_ad_host(above) and not is_ad_host(below):
            yield match.start(1), match.end(), host
    yield from _bare_wraps(text, is_ad_host)


def _bare_wraps(text: str, is_ad_host: Callable[[str], bool]) -> Iterator[tuple[int, int, str]]:
    """The wraps of :func:`find_wrapped_hosts` in a host with no scheme: the part above has a
    dot (``s.click.tao``; a word above, ``tao⏎bao.com``, is prose) and the part below a dot
    or a path, so a line that ends in a word over one that starts with another stays two."""
    for match in itertools.chain.from_iterable(wrap.finditer(text) for wrap in _BARE_WRAPS):
        start = _host_above(text, match.start())
        above, below = text[start : match.start()].rstrip(" \t").lower(), match.group(1).lower()
        if (
            "." not in above.strip(".")
            or above.endswith((".", "-"))
            or below.startswith((".", "-"))
            or ("." not in below and match.group(2) is None)
        ):
            continue
        host = above + below
        if is_ad_host(host) and not is_ad_host(above) and not is_ad_host(below):
            yield start, match.end(), host


def _host_above(text: str, end: int) -> int:
    """Where the host characters that end at ``end`` (spaces before it passed) start; ``end``
    when none do, or when a scheme, a path or a user part comes before them (``://t.c⏎n``
    is :data:`_WRAPPED_HOST`'s; ``/a.b⏎c`` is a path; a label's colon, ``入口：``, is none)."""
    last = end
    while last > 0 and text[last - 1] in " \t":
        last -= 1
    start = last
    while start > 0 and text[start - 1] in _HOST_CHARS and last - start < _LONGEST_HOST:
        start -= 1
    if start == last or (start > 0 and text[start - 1] in _NO_HOST_BEFORE):
        return end
    return start


_LONGEST_HOST = 253
_NO_HOST_BEFORE = _HOST_CHARS | frozenset("/@")  # (a path's or a mail address's piece)


def with_round_dots(written: str, folded: Folded) -> str:
    """The folded text of ``written`` with each space the fold made of a round emoji
    (``t⚫cn/x``, ``t🔴cn/x``: emoji fold to spaces) written as a middle dot, which the reader
    takes for a dot between labels; ``folded.text`` itself when ``written`` holds none.

    One for one, so offsets stay the folded ones; a few scans at C speed of a text without
    them (most texts), then one walk of the fold's map.
    """
    text = folded.text
    if not any(emoji in written for emoji in _ROUND_EMOJI):
        return text
    at = [m.start() for m in _ROUND_EMOJI_PATTERN.finditer(written)]
    chars = list(text)
    for index in folded.folded_indexes(at):
        if index < len(chars) and chars[index] == " ":
            chars[index] = "·"
    return "".join(chars)


_ROUND_EMOJI_PATTERN = LazyPattern("|".join(map(re.escape, _ROUND_EMOJI)))


_BLOCK_TAG_PATTERN = LazyPattern(_BLOCK_TAG, re.IGNORECASE)


def _parted_by_block(match: re.Match[str]) -> bool:
    """Whether a block's tag parts the labels of the address ``match`` found and no path
    follows them (``t.</p><p>cn``): such labels are read as a host only with a path after them
    (``t.</p><p>cn/A1b2``), for a paragraph that ends in a short word over one that starts with
    "com" or "cn" as a word (``…it.</p><p>com 是…``) is two paragraphs (review 71's L2)."""
    written = match.group(1)
    return (
        match.end() == match.end(1)
        and "<" in written
        and _BLOCK_TAG_PATTERN.search(written) is not None
    )


def _spaced_letter_before(text: str, start: int, done: int) -> int:
    """The single letter or digit one to three spaces before the single one at ``start``
    (a label spaced out letter by letter: "b i t", "b  i  t"); ``start`` when there is none.

    Nothing before ``done`` is read.
    """
    if text[start + 1 : start + 2] in _ALNUM:
        return start  # the character at start is not a single one
    for gap in (1, 2, 3):
        letter = start - gap - 1
        if letter < done or text[letter + 1] != " ":
            return start
        if text[letter] in _ALNUM:
            single = letter - 1 < done or text[letter - 1] not in _ALNUM
            return letter if single else start
    return start


# What must stand next to an anchor (see anchor_expressions): written once, read by the
# expressions and by the literals that spell them out.
_BEFORE_STAND_IN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz \t\n"
_AFTER_BRACKET = ".点d \t\n"
_DOTS = ".。"
_MOST_SPACES = 3  # between a space and the dot it separates
_MOST_EMPHASIS = 2  # more asterisks between an asterisk and the dot ("t***.cn")
_BREAK_OPENER = "<"  # an anchor after a dot where a <br> starts ("t.<br>cn")
_BREAK_NAMES = ("br", "bR", "Br", "BR")
# (or a block's tag, "t.</p><p>cn/x", "t.<div>cn/x"; or a <br> before the dot, "t<br>.cn/x")
# (and <section>, <li>, <td>, <th>, <h1>…<h6>: their names in lower case, in capitals, and
# capitalized, as editors write them)
_BLOCK_NAMES = tuple(
    slash + cased + end
    for name in _BLOCK_ELEMENTS
    for cased in dict.fromkeys((name, name.upper(), name.capitalize()))
    for slash in ("", "/")
    for end in ((">", " ") if len(name) < 3 else ("",))
)
_BREAKS_BEFORE_DOT = tuple(name + close for name in _BREAK_NAMES for close in (">", "/>", " />"))
# (a <br> and the source's line break or indentation before the dot, "t<br>⏎.cn/x"; review
# 76's L5)
_GAPS_BEFORE_DOT = ("", " ", "\t", "\n", "\n ", "\n  ", "\n    ", "\n\t", " \n", "\n\n")
# (a block's end after a letter or digit, "t</p><p>.cn/x": the dot after the next block's
# start; review 76's L5)
_BLOCK_ENDS = tuple(
    "/" + cased + ">"
    for name in _BLOCK_ELEMENTS
    for cased in dict.fromkeys((name, name.upper(), name.capitalize()))
)
_GAP_DOTS = tuple(gap + dot for gap in _GAPS_BEFORE_DOT for dot in _DOTS)
_BLOCK_RUN_THEN_DOT = LazyPattern(
    rf"{_BLOCK_TAG}(?:[ \t\n]*{_BLOCK_TAG}){{0,4}}[ \t\n]*[.。]", re.IGNORECASE
)


@cache
def anchor_expressions() -> dict[str, LazyPattern]:
    """Each anchor, with what must be next to it for :func:`_separates` to hold or a letter
    or digit to be found before it: a necessary condition, checked by the regex engine.

    Each expression starts with its one character, so the engine skips to it at C speed;
    most anchors in prose (``（一）``, ``重点``) are passed over without a Python step.  A
    space separates only next to a dot (or before ``dot``): exactly what
    :func:`_separates` asks, so the spaces of mixed text (``<a href``) are passed over too.
    """
    before, after = re.escape(_BEFORE_STAND_IN), re.escape(_AFTER_BRACKET)
    gaps = "|".join(map(re.escape, _GAPS_BEFORE_DOT))
    alnum, ends = re.escape("".join(sorted(_ALNUM))), "|".join(map(re.escape, _BLOCK_ENDS))
    spaces, dots = re.escape(_SPACES), re.escape(_DOTS)
    words = "|".join(re.escape(word + " ") for word in _SPACED_WORDS)
    return {
        **{a: LazyPattern(f"{a}(?<=[{before}]{a})") for a in _STAND_INS},
        **{
            a: LazyPattern(
                f"{re.escape(a)}(?:(?=[{after}])"
                + (
                    f"|(?<=[{dots}]<)(?=[bB][rR]|{'|'.join(map(re.escape, _BLOCK_NAMES))})"
                    f"|(?=[bB][rR](?:>|/>| />)(?:{gaps})[{dots}])"
                    f"|(?<=[{alnum}]<)(?={ends})"
                    if a == _BREAK_OPENER
                    else ""
                )
                + ")"
            )
            for a in _BRACKETS
        },
        **{
            a: LazyPattern(
                f"{re.escape(a)}(?:(?<=[{dots}]{re.escape(a)})"
                f"|(?=[{spaces}]{{0,{_MOST_SPACES}}}[{dots}]|{words}))"
            )
            for a in _SPACES
        },
        **{
            a: LazyPattern(
                f"{re.escape(a)}(?:(?<=\\.{re.escape(a)})"
                f"|(?={re.escape(a)}{{0,{_MOST_EMPHASIS}}}\\.))"
            )
            for a in _EMPHASIS
        },
    }


@cache
def anchor_literals() -> tuple[tuple[str, int, str], ...]:
    """The conditions of :func:`anchor_expressions` spelled out as literals, for a
    multi-literal pass (:mod:`.anchors` with Hyperscan): ``(literal, offset, anchor)``,
    the anchor at ``offset`` in the literal.  A match of one is a match of the anchor's
    expression there, and each match of an expression is one of some literal's."""
    literals = [(b + a, 1, a) for a in _STAND_INS for b in _BEFORE_STAND_IN]
    literals += [(a + b, 0, a) for a in _BRACKETS for b in _AFTER_BRACKET]
    literals += [
        (d + _BREAK_OPENER + name, 1, _BREAK_OPENER)
        for d in _DOTS
        for name in _BREAK_NAMES + _BLOCK_NAMES
    ]
    literals += [
        (_BREAK_OPENER + br + gap + d, 0, _BREAK_OPENER)
        for br in _BREAKS_BEFORE_DOT
        for gap in _GAPS_BEFORE_DOT
        for d in _DOTS
    ]
    literals += [(_BREAK_OPENER + end, 0, _BREAK_OPENER) for end in _BLOCK_ENDS]
    gaps = [
        "".join(gap)
        for n in range(_MOST_SPACES + 1)
        for gap in itertools.product(_SPACES, repeat=n)
    ]
    for a in _SPACES:
        literals += [(d + a, 1, a) for d in _DOTS]
        literals += [(a + gap + d, 0, a) for gap in gaps for d in _DOTS]
        literals += [(a + word + " ", 0, a) for word in _SPACED_WORDS]
    for a in _EMPHASIS:
        literals.append(("." + a, 1, a))
        literals += [(a * (n + 1) + ".", 0, a) for n in range(_MOST_EMPHASIS + 1)]
    return tuple(literals)


def _candidates(text: str) -> list[int]:
    """Positions of the last ASCII letter or digit before each possible separator, in order."""
    return candidates_at(
        text,
        (
            (hit.start(), anchor)
            for anchor, pattern in anchor_expressions().items()
            if anchor in text
            for hit in pattern.finditer(text)
        ),
    )


def candidates_at(text: str, hits: Iterable[tuple[int, str]]) -> list[int]:
    """The candidates (see :func:`_candidates`) of ``(start, anchor)`` matches of the anchors."""
    found: set[int] = set()
    for at, anchor in hits:
        label_end = _label_end(text, at, anchor)
        if label_end is not None:
            found.add(label_end)
    return sorted(found)


def _label_end(text: str, at: int, anchor: str) -> int | None:
    """The last ASCII letter or digit before the separator ``anchor`` at ``at``, if it is one."""
    if not _separates(text, at, anchor):
        return None
    before = at
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    if before > 0 and text[before - 1] in _ALNUM:
        return before - 1
    if (anchor in _SPACES or anchor == _BREAK_OPENER) and before > 1 and text[before - 1] in ".。":
        return before - 2  # "t. cn", "t.<br>cn": the dot comes before the space or the <br>
    if anchor in _EMPHASIS:  # "t*.cn", "t.*cn": the dot before the emphasis, or the run
        while before > 0 and text[before - 1] in "*_":
            before -= 1
        if before > 1 and text[before - 1] == "." and text[before - 2] in _ALNUM:
            return before - 2
        if before > 0 and text[before - 1] in _ALNUM:
            return before - 1
    return None


def _break_at(text: str, at: int) -> bool:
    """Whether a ``<br`` or a block's tag (``<p``, ``</p``, ``<div``, ``</div``; any case)
    starts at ``at``."""
    return text[at + 1 : at + 3] in _BREAK_NAMES or text.startswith(_BLOCK_NAMES, at + 1)


def _break_then_dot(text: str, at: int) -> bool:
    """Whether a ``<br>`` (``<br/>``, ``<br />``; the source's line break or indentation
    after it) and a dot stand at ``at`` ("t<br>.cn", "t<br>⏎.cn"), or a block's end after a
    letter or digit, the next one's start and a dot ("t</p><p>.cn")."""
    if text.startswith(_BREAKS_BEFORE_DOT, at + 1):
        close = text.find(">", at) + 1
        return text.startswith(_GAP_DOTS, close)
    return (
        text.startswith(_BLOCK_ENDS, at + 1)
        and at > 0
        and text[at - 1] in _ALNUM
        and _BLOCK_RUN_THEN_DOT.match(text, at) is not None
    )


def _separates(text: str, at: int, anchor: str) -> bool:
    """Whether the anchor at ``at`` can be (part of) a dot stand-in."""
    if anchor in _STAND_INS or anchor in _EMPHASIS:  # (the expression asked about a dot)
        return True
    after = text[at + 1 : at + 5].lstrip(_SPACES)
    before = text[at - 1] if at else ""
    if anchor in _BRACKETS:
        return (
            after[:1] in (".", "点")
            or after.startswith("dot")
            or (anchor == _BREAK_OPENER and before in _DOTS and _break_at(text, at))
            or (anchor == _BREAK_OPENER and _break_then_dot(text, at))
        )
    return (
        before in ".。"
        or after[:1] in (".", "。")
        or any(text.startswith(word + " ", at + 1) for word in _SPACED_WORDS)
    )
