"""Folding text for detection, in one pass, with the way back to what the editor wrote.

Every rule matches on a *folded* copy of a field, so that the forms people use to
get an ad link, a marking or a phone number past a filter read the way a reader
(or a reader's browser) reads them (issue 12; rules.md §7 "normalise first"):

* **a PDF reader's and a raw e-mail's artefacts**, first, as their tools meant them
  (:mod:`.artefacts`, fix 98): pdfminer's ``(cid:N)`` as U+FFFC (below), a
  quoted-printable soft break ``=⏎`` joined, a quoted-printable escape of one UTF-8
  character (``=E2=80=8B``) as that character;
* **compatibility forms** to their plain form — NFKC, one character for one:
  full-width letters, digits and URL punctuation (``ｈｔｔｐｓ：／／``, ``－``,
  ``＊``, ``＿``), mathematical and circled letters (and the fancy-text letters NFKC
  leaves alone: small capitals ``ᴛ.ᴄɴ``, negative circled and squared ``🅣 🆃``,
  parenthesized ``⒯``), CJK compatibility
  ideographs, Kangxi radicals, circled ideographs (``㊙`` → ``秘``); letters to
  lower case;
* **traditional characters to simplified** (``機密`` → ``机密``, ``內部資料`` →
  ``内部资料``), character by character, with OpenCC's table
  (:mod:`govpub.compliance.hanzi`), so term lists and markings match in either
  script;
* **star, asterisk, dot and dash variants** to ``★ * · -``; the ideographic
  space and no-break space to a space; dingbat digits (``❶ ➀ ➊ ⓵``) to digits;
* **emoji and pictographs read as spaces** (``内部🔒资料``, ``138🔸1234🔸5678``): so
  they close up between ideographs and separate digit groups; an emoticon code of
  Weibo or Douyin between two digits too (``138[心]1234[心]5678``);
* **decorating combining marks removed**: the marks of the script-neutral blocks
  (diacritics, their extensions, the marks for symbols, the half marks) that
  fancy-text generators put on every letter — underlined ``机̲密̲``, struck
  ``t̶.̶c̶n̶``, "zalgo" — read as the letters they decorate; a script's own marks
  (a Thai vowel sign) stay;
* **invisible characters removed**: the characters UTS #46 maps to nothing
  (soft hyphen, zero-width space, word joiner, variation selectors…), every
  other default-ignorable format character (zero-width joiners, bidi marks) and
  the keycap that boxes a digit (``1️⃣``), as
  browsers drop them from a host — ``tao\\u200bbao.com`` *is* ``taobao.com``;
* **spaced-out text closed up**: horizontal whitespace between two CJK
  ideographs is removed (``内 部 资 料`` → ``内部资料``) — Chinese prose does not
  put spaces between characters, headings and markings do;
* **letter-spaced text closed up**: ideographs strung together one by one with
  separators (``- _ · . / | ~ + * =``, spaces around them allowed) are joined
  (``内-部-资-料``, ``内 / 部 / 资料``, ``机·密★10年`` → ``内部资料``, ``机密★10年``);
  one separator between two words of two or more ideographs stays (``马克·吐温``,
  ``北京-上海``), unless the words join into a marking (``内部·资料``, ``此件·不予公开``); a
  line break or ``<br>`` is such a separator too (``内部⏎资料``), and so is Markdown's hard
  line break, the trailing spaces, tab or ``<br>`` before the newline with it (``内部  ⏎资料``,
  ``内部<br>⏎资料``: red team 94); a blank line never;
* **character references** (``&#46;``, ``&nbsp;``, ``&starf;``) read as their character;
* **look-alike letters of other scripts in hosts that mix scripts**: ``t.сn`` (Cyrillic
  ``с``) → ``t.cn``, ``tаobao`` → ``taobao``, as a reader reads them
  (:mod:`.confusables`: UTS #39's table, only in host-like tokens whose letters mix
  scripts, so that Russian and Greek prose stays as written);
* **full stops between host labels**: ``。`` and ``｡`` between two ASCII labels
  become ``.`` (``u。jd。com`` → ``u.jd.com``), as UTS #46 maps them in a host;
  a sentence's full stop stays;
* **Markdown escapes**: a backslash before ASCII punctuation goes, as the renderer
  drops it (``t\\.cn/x`` is a link on the page), and one at a line's end, a hard line
  break the page shows as the break alone (``内部\\⏎资料`` reads as ``内部⏎资料``); an
  escaped pipe between digits reads as ``/``, no table's cell border (``138\\|1234``);
* **inline formatting goes**: HTML formatting tags and comments (``<span>``,
  ``<b>``, ``<!-- -->``) and Markdown emphasis runs between two characters
  (``138**1234**5678``, ``机<span>密</span>★``) render as nothing between the
  characters they split; so do the two asterisks of single-``*`` italics
  (``機*密*★``, ``dwz｡c*n/x*y``), a pair of ASCII asterisks on one line as written
  (a lone ``*`` and the full-width ``＊`` of ``机密＊10年`` stay), and a pair of runs
  beside spaces that CommonMark reads as emphasis around digits (``138 **1234** 5678``);
* **layout attributes blanked**, last and one for one: of the tags the fold keeps, a style,
  a class, a width (``<p style="width:13812345678px;">``) reads as spaces, while every other
  value — published in the page's source, a ``data-*`` note too — stays; the link scanner
  reads the tags whole (:attr:`Folded.tagged`).

Sentence punctuation and brackets (``，；！（）［］｛｝＜＞＂＇``) stay as they are:
they end a URL in Chinese text and are not Markdown or HTML syntax, and folding
them would make ``详见https://t.cn/x（附件）`` one long address.

The fold is one regular-expression split at the characters that change (most
texts have a few dozen: ``：``, ``？``, capitals in URLs), each replaced from a
table and the pieces joined — a callback for each only when one of them needs
its context (whitespace, a backslash, an invisible character),
plus two scans that start only at a space before an ideograph and at ``。``.
Lengths change only where characters are removed (a slower path, taken only by
texts that need it), and :class:`Folded` maps every folded offset back to the
text as written, so that excerpts, masks and stripping act on the characters the
editor wrote.

The package: this module is the driver, :func:`fold`, and the order of its passes;
:mod:`~.artefacts` reads a PDF's and an e-mail's artefacts before them;
:mod:`~.tables` holds what folds to what (the character map and the expression that
finds what it touches), :mod:`~.markup` and :mod:`~.emphasis` the inline formatting
the page shows as nothing (HTML's and Markdown's), :mod:`~.spacing` the gaps that
close up between ideographs, :mod:`~.addresses` hosts and addresses as a browser
reads them, :mod:`~.attributes` what a kept tag's attributes are to a reader, and
:mod:`~.folded` the folded text with its way back.
"""

from __future__ import annotations

import re
import sys
from functools import partial

from govpub.compliance.confusables import read_hosts
from govpub.compliance.folding.addresses import _host_dots, written_url
from govpub.compliance.folding.artefacts import may_hold_artefacts, read_artefacts
from govpub.compliance.folding.attributes import blank_layout
from govpub.compliance.folding.bbcode import bbcode_tags, may_hold_bbcode
from govpub.compliance.folding.emoticons import emoticon_codes, may_hold_ascii_code
from govpub.compliance.folding.emphasis import _emphasis, _empty_emphasis, _italics, _stray_stars
from govpub.compliance.folding.folded import Folded, _drop, _offset_map, back_to_written
from govpub.compliance.folding.hidden_elements import drop_hidden
from govpub.compliance.folding.markup import (
    ADDRESS_TAG,
    FORMATTING_TAGS,
    TOOLTIP_TAG,
    _markup,
    _may_hold_markup,
    _refers_to_lookalikes,
    drop_formatting,
    holds_reference,
)
from govpub.compliance.folding.ruby import may_hold_ruby, ruby_annotations
from govpub.compliance.folding.spacing import (
    _between_han,
    _BlankRun,
    _close_up_separators,
    _close_up_spaces,
    _is_blank,
)
from govpub.compliance.folding.tables import (
    CJK_UNIFIED,
    LINE_SEPARATORS,
    _astral_finder,
    _shows_lookalikes,
    _splitter,
    _tables,
    decorating_marks,
    ignorable_characters,
    is_cjk_unified,
    is_han,
    pictographs,
)
from govpub.compliance.folding.verbatim import PrintedBackslashes
from govpub.compliance.holds import holds
from govpub.compliance.regex_cache import regex

__all__ = [
    "ADDRESS_TAG",
    "CJK_UNIFIED",
    "FORMATTING_TAGS",
    "TOOLTIP_TAG",
    "Folded",
    "decorating_marks",
    "drop_formatting",
    "drop_hidden",
    "fold",
    "fold_term",
    "holds_reference",
    "ignorable_characters",
    "is_cjk_unified",
    "is_han",
    "may_hold_artefacts",
    "pictographs",
    "written_url",
]

# What a backslash escapes in Markdown (CommonMark: ASCII punctuation); the renderer
# drops such a backslash, so "t\\.cn/x" is a link on the page.
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# ... and a backslash at a line's end is a hard line break (CommonMark 6.7): the page shows
# the break and no backslash, so it goes as an escape's does ("内部\\⏎资料" reads as "内部⏎资料",
# red team 94; and before the Unicode line separators the fold makes line breaks: idempotent)
_BACKSLASH_GOES_BEFORE = _ESCAPABLE | {"\n", "\r"} | set(LINE_SEPARATORS)
# An escaped pipe between two digits reads as the slash a number's groups may stand apart
# with: it is never a table's cell border (GFM: "\\|" in a cell is the cell's text), so
# "| 备注 | 138\\|1234\\|5678 |" shows one cell of 138|1234|5678 — while a bare "|" there may
# part the cells of a row of figures, and stays (red team 94)
_ESCAPED_BETWEEN_DIGITS = {"|": "/"}

_RUBY_OR_BREAK = regex("<b?r")


class _Removal(Exception):  # noqa: N818 - control flow, never seen outside fold()
    """A character must go: the one-for-one fast path cannot fold this text."""


def fold(text: str) -> Folded:
    """Fold ``text`` for detection; see the module docstring."""
    read = read_artefacts(text)
    if read is None:
        return _fold(text)
    # a PDF's (cid:N), quoted-printable breaks and escapes read first (:mod:`.artefacts`):
    # the rest folds what they are read as, and its removals are mapped back through theirs
    written, early = read
    folded = _fold(written)
    tagged = folded.tagged_text
    if folded.identity:
        return Folded(folded.text, *_offset_map(early), tagged_text=tagged)
    back = back_to_written(early)
    later = folded.removed_offsets()
    removals = sorted([*early, *map(back.original, later)])
    return Folded(folded.text, *_offset_map(removals), tagged_text=tagged)


def _fold(text: str) -> Folded:
    """:func:`fold`, once the artefacts are read."""
    if (
        text.isascii()
        and "\\" not in text
        and "*" not in text
        and "\r" not in text
        and not _may_hold_markup(text)
        and not may_hold_bbcode(text)
        and not may_hold_ascii_code(text)
    ):
        lowered = text.lower()
        if "\x0b" in lowered or "\x0c" in lowered:  # line breaks, as _tables() has them
            lowered = lowered.replace("\x0b", "\n").replace("\x0c", "\n")
        return Folded(lowered)
    trans, finder = _tables()
    if _beyond_bmp(text):
        finder = _astral_finder()  # an astral character: looked at one by one
    removed: list[int] = []  # original offsets of the removed characters, ascending
    splitter, simple = _splitter(finder)
    parts = splitter.split(text)
    found = parts[1::2]
    mapped = [simple.get(char) for char in found]
    if None not in mapped:
        # every character found folds into one other, whatever is around it: no callbacks
        parts[1::2] = mapped
        folded = "".join(parts)
    else:
        try:
            folded = finder.sub(partial(_one_for_one, trans, _BlankRun()), text)
        except _Removal:
            folded = _with_removals(text, trans, finder, removed)
    if "\r" in folded:  # Windows line ends read as "\n": "$" and "\n" line readers see them
        folded = _drop(folded, removed, partial(_carriage_returns, text, tuple(removed)))
        # an old Mac line end, a lone "\r" (and the first of "\r\r\n"), one for one
        folded = folded.replace("\r", "\n")
    # a ruby's "<r" and a line break's "<br" looked for at once, and again only if markup went
    # in between: most posts with tags hold neither (a search for each: −12 µs a post)
    angles = "<" in folded and _RUBY_OR_BREAK.search(folded) is not None
    tagged = folded
    folded = _drop_annotations_and_bbcode(folded, removed, text, ruby=angles)
    if _may_hold_markup(folded) or "*" in text:
        folded = _drop_markup(folded, removed, text)
    if "[" in folded or holds(folded, "<img"):  # (an emoticon's code, or its picture)
        folded = _drop(folded, removed, emoticon_codes)
    tabs = "\t" in folded  # left where no ideograph was beside it until markup went
    if tabs or " " in folded:
        folded = _close_up_spaces(folded, removed, tabs)
    # (a "<br" may stand in the text only if it did before the markup went, or the markup's
    # going made one: _drop returns its very argument when it drops nothing)
    folded = _close_up_separators(folded, removed, breaks=angles or folded is not tagged)
    if not _shows_lookalikes().isdisjoint(found) or _refers_to_lookalikes(text):
        # "t.сn", "tаobao" (one for one: offsets stay), the case of a bar's neighbours as written
        written = Folded(folded, *_offset_map(removed)).original
        folded = read_hosts(folded, written=lambda at: text[written(at)])
    folded = _host_dots(folded)
    if "<" not in folded:
        return Folded(folded, *_offset_map(removed))
    shown = blank_layout(folded)  # (the layout attributes: no content)
    return Folded(shown, *_offset_map(removed), tagged_text=None if shown is folded else folded)


_CARRIAGE_RETURN = regex("\r(?=\n)")


def _carriage_returns(
    text: str, removed: tuple[int, ...], folded: str
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The "\r" of each "\r\n" of ``text``, for :func:`_drop`: a text written with Windows
    line ends has the lines of one written with "\n", and every line reader (``(?m:$)``
    matches before "\n" only) reads them so (review of red teams 51–54).  Only a "\n" as
    written: a "\r" before another line break the table made "\n" (NEL, U+2028) is a line end
    of its own, as ``str.splitlines()`` has it, with a tag between them or without."""
    written = back_to_written(removed) if removed else None
    returns = []
    for match in _CARRIAGE_RETURN.finditer(folded):
        feed = match.end() if written is None else written.original(match.end())
        if text[feed] == "\n":
            returns.append((match.start(), match.end()))
    return returns, {}


def _drop_annotations_and_bbcode(folded: str, removed: list[int], text: str, ruby: bool) -> str:
    """A ruby's annotations (:mod:`.ruby`: the check reads them apart) and a forum's BBCode tags
    (:mod:`.bbcode`), before the HTML and Markdown markup: its emphasis then reads across them.
    (``ruby`` false: ``folded`` holds no ``<r``.)"""
    if ruby and may_hold_ruby(folded):
        folded = _drop(folded, removed, ruby_annotations)
    if may_hold_bbcode(folded):
        folded = _drop(folded, removed, partial(bbcode_tags, written=text, removed=tuple(removed)))
    return folded


def _drop_markup(folded: str, removed: list[int], text: str) -> str:
    """Tags and references first, then single-* italics (an ASCII "*" in ``text``, as
    written), then the emphasis runs of what the page shows: the italics before the runs,
    so that the closing "*" of "*机密*＊10年" and the folded "＊" make no "**" run."""
    hidden = bool(removed)  # (characters gone already: invisible ones among them, maybe)
    if _may_hold_markup(folded):
        folded = _drop(folded, removed, partial(_markup, written=text, removed=tuple(removed)))
    if "*" not in text:
        return _drop(folded, removed, _emphasis)
    folded = _drop(folded, removed, partial(_italics, text, tuple(removed)))
    if hidden:  # "138**\u200b**5678": the runs that hold them, before they read as a mask
        folded = _drop(folded, removed, partial(_empty_emphasis, text, tuple(removed)))
    if folded.count("*") <= text.count("*"):
        folded = _drop(folded, removed, _emphasis)
        return _drop(folded, removed, _stray_stars) if "*" in folded else folded
    # a star that is no Markdown folded into "*" (``＊ ✱ ∗``): runs are of the ASCII ones
    back = back_to_written(removed)  # (built once, not for every run)
    folded = _drop(folded, removed, partial(_emphasis, text=text, written=back))
    back = back_to_written(removed)
    probe = "".join(
        "\uff0a" if char == "*" and text[back.original(at)] != "*" else char
        for at, char in enumerate(folded)
    )
    return _drop(folded, removed, lambda _: _stray_stars(probe))


# The most a str of BMP characters alone can take: CPython stores a string at the narrowest
# of 1, 2 or 4 bytes a character (PEP 393), so one that holds a character beyond the BMP
# takes more — told in O(1), where encoding the text to count its UTF-16 units took 20–30 µs
# a post.  A larger size (a str subclass, a cached UTF-8 copy) is confirmed by the encoding.
_BMP_SIZE = sys.getsizeof("\u0100") - 2


def _beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character beyond the Basic Multilingual Plane."""
    if type(text) is str and sys.getsizeof(text) <= _BMP_SIZE + 2 * len(text):
        return False
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _one_for_one(trans: dict[int, str | None], run: _BlankRun, match: re.Match[str]) -> str:
    """The fast path: a character that folds into one other (most texts need no more)."""
    char = match.group()
    if char == "\\":
        if match.string[match.end() : match.end() + 1] in _BACKSLASH_GOES_BEFORE:
            raise _Removal  # a Markdown escape: "t\\.cn" renders as "t.cn"
        return char
    mapped = trans.get(ord(char), char)
    if mapped is None:
        raise _Removal
    if (mapped == " " or char == "\t") and run.between_han(match.string, match.start()):
        raise _Removal
    return mapped


def _with_removals(
    text: str, trans: dict[int, str | None], finder: re.Pattern[str], removed: list[int]
) -> str:
    """The slow path: invisible characters go, whitespace closes up between ideographs."""
    pieces: list[str] = []
    position = 0  # the original text is copied up to here
    length = len(text)
    verbatim = PrintedBackslashes(text)  # (a line end's, a pipe's, that code prints)
    for match in finder.finditer(text):
        index = match.start()
        if index < position:
            continue  # taken with a run of whitespace before, or escaped
        char = text[index]
        if char == "\\":
            if verbatim.printed(index):
                continue  # code prints it as written: "`内部\\⏎资料`"
            if text[index + 1 : index + 2] in _BACKSLASH_GOES_BEFORE:  # a Markdown escape goes
                pieces.append(text[position:index])
                removed.append(index)
                escaped = text[index + 1]
                if escaped in _ESCAPED_BETWEEN_DIGITS and _digits_around(text, index, index + 2):
                    escaped = _ESCAPED_BETWEEN_DIGITS[escaped]
                pieces.append(trans.get(ord(escaped), escaped) or escaped)
                position = index + 2  # the escaped character is itself, even "\\"
            continue
        mapped = trans.get(ord(char), char)
        if mapped is not None and mapped != " " and char != "\t":
            pieces.append(text[position:index])
            pieces.append(mapped)
            position = index + 1
            continue
        # whitespace and invisible characters: a run of them closes up between ideographs
        stop = index + 1
        while stop < length and _is_blank(text[stop]):
            stop += 1
        closes = _between_han(text, index)
        pieces.append(text[position:index])
        for at in range(index, stop):
            kept = None if closes else trans.get(ord(text[at]), text[at])
            if kept is None:
                removed.append(at)
            else:
                pieces.append(kept)
        position = stop
    pieces.append(text[position:])
    return "".join(pieces)


def _digits_around(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between two digits."""
    return text[start - 1 : start].isdigit() and text[end : end + 1].isdigit()


def fold_term(term: str) -> str:
    """A term folded the way texts are, so that it matches their folded form."""
    return fold(term.strip()).text
