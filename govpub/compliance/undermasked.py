"""Numbers masked too little: ``32010219880808**18``, ``65010219661001234*``, ``1381654*678``.

The masking convention (docs/compliance.md, rules.md §10) hides the birth date: keep the
first six and the last four.  A number with only one or two characters masked and the
birth date shown names its holder among at most a hundred numbers — ten once the check
character rules out the rest — so it is no mask (red team 47 decided it leaks).

Read on the text as written, not the folded one: the fold drops a lone ``**`` between two
digits as emphasis, and the number would read as sixteen digits, none of a person's.  Only
contiguous digits with ``*``, ``＊`` or another mask character (``_MASKS``: ``●``, ``※``…)
for the masked characters — ASCII, or the decimal digits of any script read one for one (full
width, Arabic-Indic ``١٣٨١٦٥٤*٦٧٨``, Tibetan, Mongolian: the fold reads them so for the other
readers, red team 69); grouped forms are left to the ordinary readers (unread when masked).

A mobile number is masked 3 + 4 (``138****5678``); one or two digits masked
(``1381654*678``, ``13816545**8``) leave a hundred numbers at most, to be dialled in an
afternoon — a 公示 row so masked publishes the number (red team 54).

The asterisks that close Markdown emphasis are markup, not masks: ``**共计 138123456**`` is
nine digits in bold, ``*53410105\ufeff1929363884*`` a 统一社会信用代码 in italics (red team 89);
a number is read as the page shows it, without them, and a mask inside the emphasis stays one
(``**联系电话 1381234*678**``, fix 133).  Nor is a star after a figure that the page explains as
a footnote's mark (``全国人口共1411778724\\*（\\*为普查数）``, ``| 2020 | 1411778724\\* |``;
review 52's item 3), when nothing names the number a phone's.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from govpub.compliance.holds import holds
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.regex_cache import regex
from govpub.compliance.table_cells import HEADER_REACH, column_header

__all__ = [
    "find_under_masked_ids",
    "find_under_masked_mobiles",
    "folded_span",
    "in_arithmetic",
    "may_hold_under_masked",
]

# What masks a digit as a star does: "●", "※", a full-width "＿" (no Markdown's) — on an ID
# number as on a mobile (review 52's item 8); a mobile's "X", "#" and "×" after the digits too
# (between them a multiplication sign; review of fix51).  Each is read as "*".  An ID number's
# last may be an "X" or a look-alike (Ｘ, ×), a mask only after the ID's label when it is no
# check character (``_ID_CHECK_LETTERS``).
_MASKS = "*＊●※＿"
_MOBILE_MASKS = _MASKS + "XＸ#×"
_ID_CHECK_LETTERS = "XxＸｘ×"
_ID_AS_STAR = str.maketrans(dict.fromkeys(_MASKS, "*") | {"Ｘ": "X", "ｘ": "x", "×": "X"})
_MOBILE_AS_STAR = str.maketrans(dict.fromkeys(_MOBILE_MASKS, "*"))
_MOST_MASKED = 2
# 18 characters: the address code shown, then digits and masks, a check digit, X or mask
_ID_SHOWN = regex(r"[1-9][0-9]{5}[0-9*]{11}[0-9Xx*]")
# as written: maybe emphasis's stars before it, and among and after its characters
# (from 17 characters: sixteen digits and the star of an emphasis)
_ID_WRITTEN = regex(
    rf"(?<![0-9A-Za-z{_MASKS}])\**+[1-9][0-9{_ID_CHECK_LETTERS}{_MASKS}]{{16,24}}+"
    rf"(?![0-9A-Za-z{_MASKS}])"
)
_ID_LENGTH = 18

# 11 characters: a mobile's 1[3-9], then digits and masks; it may follow +86 (review of
# fix51); as written, from ten characters: nine digits and the star of an emphasis
_MOBILE_SHOWN = regex(r"1[3-9][0-9*]{9}")
_MOBILE_WRITTEN = regex(
    rf"(?:(?<=\+86)|(?<![0-9A-Za-z{_MASKS}Ｘ#×]))\**+1[3-9][0-9{_MOBILE_MASKS}]{{8,16}}+"
    rf"(?![0-9A-Za-z{_MASKS}Ｘ#×])"
)
_MOBILE_LENGTH = 11
# a decimal digit of another script (full width, Arabic-Indic, Tibetan, Mongolian…: Unicode Nd)
_OTHER_DIGIT = regex(r"(?![0-9])\d")


def _ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script read as its ASCII digit, one for
    one (offsets stay): a number masked too little in Tibetan digits is one in ASCII."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


# a mask beside a digit of any script: what a masked number needs, searched only when a mask
# is there
# (each star first: the alternation "\d[*＊]|[*＊]\d" was tried at every position, 0.8 ms a post)
_DIGIT_BY_MASK = tuple(regex(rf"{star}(?:(?<=\d{star})|(?=\d))") for star in (r"\*", "＊"))
_OTHER_MASKS = "X●#※×＿Ｘｘ"
# a lower-case "x" after seventeen digits: an ID number's check character, or its mask ("x" is
# in most links: a literal first)
_CHECK_X = regex(r"x(?<=\d{17}x)")

# What the page shows as a star that is no Markdown: an escaped star and a star's character
# reference (``\\*``, ``&#42;``, ``&ast;``), read as the full-width star (a mask, never
# emphasis); a closing tag between digits and a star, read as not there
# (``<em>11010519900307123</em>*``); and one or two ``_`` after nine digits or more and before
# no letter or digit (not a link's ``_20261203056_1``), a mask only after the number's label or a
# masked name (``身份证号：11010519900307123_``; review 51b's item 7).
_STAR_REFERENCE = r"\\\*|&#0*42;|&#[xX]0*2[aA];|&(?:mid)?ast;"
_CLOSING_TAG = r"</(?:em|i|strong|b|span)>"
_UNDERSCORE_AFTER_DIGITS = r"(?<=\d{9})_{1,2}(?![0-9A-Za-z_])"
_STAND_IN = regex(
    rf"(?P<star>{_STAR_REFERENCE})|(?P<tag>(?<=\d){_CLOSING_TAG}(?=\*))"
    rf"|(?P<underscore>{_UNDERSCORE_AFTER_DIGITS})"
)
_UNDERSCORE_CLOSING = regex(_UNDERSCORE_AFTER_DIGITS)
# (each after a C-level test for its characters: "_" is in most links, the others are rare)
_STAR_BY_DIGIT = regex(rf"\d(?:{_STAR_REFERENCE}|{_CLOSING_TAG}\*)|(?:{_STAR_REFERENCE})\d")
_UNDERSCORE_MASK = regex(r"_(?<=\d{9}_)_?(?![0-9A-Za-z_])")
# a run of "_" that may open Markdown emphasis: after a line's start, a space or punctuation
# (between two word characters it is a character: 电话_1381234567_; escaped, \_, none), before
# no space; the "_" after the digits then closes it, no mask (__联系电话 138123456__ is bold
# written whole)
_UNDERSCORE_OPENING = regex(r"(?:\A|(?<=\W)(?<!\\))_+(?=[^\s_])")
_UNDERSCORE_REACH = 64


class _Page:
    """A text as its page shows its stars (``_STAND_IN``), and where each character of it was
    written: a number is read in the one, its span and hidden digits given in the other
    (mapped only for a finding: the stand-ins may be many, the findings are few)."""

    def __init__(self, text: str) -> None:
        self.written = text
        self.text = text
        self._origin: list[int] | None = None
        self._source = text
        self._footnoted: bool | None = None
        if _STAND_IN.search(text) is not None:
            self._source = _underscore_emphasis_as_stars(text)
            self.text = _STAND_IN.sub(_as_shown, self._source)

    def footnoted(self, emphasis: _Emphasis) -> bool:
        """Whether the page explains a star as a footnote's mark (``_FOOTNOTE_KEY``): a star it
        shows, no star that opens ``emphasis`` (``*为进一步做好…*`` is a sentence in italics)."""
        if self._footnoted is None:
            self._footnoted = any(
                not emphasis.opens(key.start("star") if key.start("star") > -1 else key.end() - 1)
                for key in _FOOTNOTE_KEY.finditer(self.text)
            )
        return self._footnoted

    def at(self, i: int) -> int:
        """Where the page's character ``i`` was written (or the written text's end)."""
        if self.text is self.written:
            return i
        if self._origin is None:
            origin: list[int] = []
            done = 0
            for stand_in in _STAND_IN.finditer(self._source):
                origin.extend(range(done, stand_in.start()))
                if stand_in.lastgroup == "star":
                    origin.append(stand_in.start())
                elif stand_in.lastgroup == "underscore":
                    origin.extend(range(*stand_in.span()))
                done = stand_in.end()
            origin.extend(range(done, len(self.written) + 1))
            self._origin = origin
        return self._origin[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The written span of the page's ``start:end``, which ends before a star's character
        reference that ends it: a finding's message ends at its last character's start
        (``110105********123&``; review 52's item 10), and the page shows the star after it."""
        last = self.at(end - 1)
        if end - 1 > start and self.written.startswith("&", last):
            return self.at(start), last
        return self.at(start), self.at(end)

    def underscored(self, shown: list[int]) -> bool:
        """Whether a ``_`` written after a digit stands for a mask among ``shown``."""
        return self.text is not self.written and any(self._blank(i) for i in shown)

    def _blank(self, i: int) -> bool:
        """Whether the page's character ``i`` is a ``_`` written for a mask."""
        return self.text[i] == "＊" and self.written[self.at(i)] == "_"

    def blank_cut(self, number: str, shown: list[int], length: int) -> str:
        """``number`` cut to ``length`` when what is over is a blank line drawn after its digits,
        ``_`` or ``＿`` however long: it hides the rest of the number (``张*电话 1381234567__``,
        ten digits shown; review 52's item 8)."""
        over = len(number) - length
        if over > 0 and all(self.text[i] == "＿" or self._blank(i) for i in shown[-over - 1 :]):
            return number[:length]
        return number


def _as_shown(stand_in: re.Match[str]) -> str:
    """What the page shows for ``stand_in``: no tag, a star that is no emphasis (an ``_`` for a
    mask as one)."""
    if stand_in.lastgroup == "tag":
        return ""
    return "＊" * len(stand_in.group()) if stand_in.lastgroup == "underscore" else "＊"


def _underscore_emphasis_as_stars(text: str) -> str:
    """``text`` with each ``_`` run after a number's digits that closes an emphasis, and the run
    that opens it, written as stars (as long: the offsets stay), which the emphasis's pairing
    then reads as it reads stars: ``身份证号：_11010519900307123_`` is seventeen digits in
    italics after the ID's label, as ``身份证号：*11010519900307123*`` is (review 52's item 8)."""
    openings = [opening.span() for opening in _UNDERSCORE_OPENING.finditer(text)]
    if not openings:
        return text
    chars: list[str] | None = None
    closed: set[int] = set()  # the openings a run closed already: a later "_" is shown
    for closing in _UNDERSCORE_CLOSING.finditer(text):
        before = bisect_left(openings, closing.start(), key=lambda span: span[0]) - 1
        if before < 0 or before in closed:
            continue
        start, end = openings[before]
        if (
            closing.start() - start <= _UNDERSCORE_REACH
            and "\n" not in text[start : closing.start()]
        ):
            closed.add(before)
            chars = list(text) if chars is None else chars
            chars[start:end] = "*" * (end - start)
            chars[closing.start() : closing.end()] = "*" * (closing.end() - closing.start())
    return text if chars is None else "".join(chars)


@lru_cache(maxsize=1)
def _page(text: str) -> _Page:
    """The page of ``text``, made once for the ID numbers and the mobiles both."""
    return _Page(text)


def may_hold_under_masked(text: str) -> bool:
    """Whether ``text`` holds a mask character beside a digit (C-level tests first: most
    posts hold no asterisk, and most that do hold it in Markdown emphasis); the other masks
    (``_OTHER_MASKS``) only after a digit ("#" is in most posts, Markdown's headings: a search
    of the whole text for a digit before it cost 10 µs a post)."""
    if any(
        star in text and by.search(text) is not None
        for star, by in zip("*＊", _DIGIT_BY_MASK, strict=True)
    ):
        return True
    if (
        ("*" in text and (holds(text, "\\*") or holds(text, ">*")))
        or ("&" in text and (holds(text, "&#") or holds(text, "ast;")))
    ) and _STAR_BY_DIGIT.search(text) is not None:
        return True
    if "_" in text and _UNDERSCORE_MASK.search(text) is not None:
        return True
    if "x" in text and _CHECK_X.search(text) is not None:
        return True
    for mark in _OTHER_MASKS:
        at = text.find(mark)
        while at > -1:
            if at and text[at - 1].isdecimal():
                return True
            at = text.find(mark, at + 1)
    return False


def find_under_masked_ids(text: str) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """The ``(start, end, birth)`` in ``text`` of every ID number with one or two characters
    masked that a filling of the masks makes a valid number (province, birth date and
    check character: :func:`~govpub.compliance.idnumbers.valid_id18`); ``birth`` are the
    offsets of its birth date, what a mask hides."""
    page = _page(text)
    emphasis = _Emphasis(page.text)
    for match in _ID_WRITTEN.finditer(_ascii_digits(page.text)):
        written = match.group()
        if not any(mask in written for mask in _MASKS) and not (
            written[-1] in _ID_CHECK_LETTERS and emphasis.named(match.start(), _ID_NAMED)
        ):
            continue  # (most: a number written whole; an X is a mask only after the ID's label)
        if "×" in written[:-1]:
            continue  # (a multiplication sign between digits)
        shown = emphasis.shown(match)
        number = emphasis.number(match, shown, _ID_LENGTH, _ID_NAMED)
        number = page.blank_cut(number, shown, _ID_LENGTH).translate(_ID_AS_STAR)
        if (
            number[-1] in "Xx"
            and not valid_id18(number)
            and emphasis.named(match.start(), _ID_NAMED)
        ):
            number = number[:-1] + "*"  # (an X that is no check character masks it)
        masked = number.count("*")
        if (
            1 <= masked <= _MOST_MASKED
            and _ID_SHOWN.fullmatch(number) is not None
            and _completes(number)
            and (not page.underscored(shown) or emphasis.named(match.start(), _ID_NAMED))
        ):
            yield *page.span(shown[0], shown[-1] + 1), tuple(map(page.at, shown[6:14]))


def find_under_masked_mobiles(text: str) -> Iterator[tuple[int, int, tuple[int, ...]]]:
    """The ``(start, end, middle)`` in ``text`` of every mobile number with one or two digits
    masked: the convention hides four (3 + 4), the ``middle`` offsets, and more hidden is a
    stricter mask."""
    page = _page(text)
    emphasis = _Emphasis(page.text)
    text = _ascii_digits(page.text)
    for match in _MOBILE_WRITTEN.finditer(text):
        written = match.group()
        if not any(mask in written for mask in _MOBILE_MASKS):
            continue  # (most: a number written whole)
        if "×" in written.rstrip(_MOBILE_MASKS):
            continue  # (a multiplication sign between digits)
        shown = emphasis.shown(match)
        number = emphasis.number(match, shown, _MOBILE_LENGTH, _MOBILE_NAMED)
        number = page.blank_cut(number, shown, _MOBILE_LENGTH).translate(_MOBILE_AS_STAR)
        masked = number.count("*")
        if (
            1 <= masked <= _MOST_MASKED
            and _MOBILE_SHOWN.fullmatch(number) is not None
            and not in_arithmetic(text, *match.span())
            and (not page.underscored(shown) or emphasis.named(match.start(), _MOBILE_NAMED))
            and not _footnote_mark(page, emphasis, match, shown, number)
        ):
            yield *page.span(shown[0], shown[-1] + 1), tuple(map(page.at, shown[3:7]))


# A footnote's mark after a figure, no mask (review 52's item 3): a star (or ※) after the
# digits of a number that no label nor masked name names is one when the page explains a star
# — ``*为普查数``, ``（\\*为普查数）``, ``\\* 为初步核算数`` (a star at a line's start, or after a
# space or an opening bracket, before its explanation; an ASCII star then right before it, not
# a list's bullet; ``*为必填项`` marks a form's fields, no figure), ``注：*`` — or when the
# number fills a table cell after a cell of a figure (a year: ``| 2020 | 1411778724\\* |``) or
# a total (``<td>合计</td><td>1391234567&#42;</td>``).  Only a mobile's shape: a figure of nine
# or ten digits is common, of sixteen or seventeen none.
_FOOTNOTE_MARKS = "*＊※"
_FOOTNOTE_KEY = regex(
    r"(?:^|(?<=[\s（(【\[]))(?P<star>[*※]|＊[ \t\u3000]*)(?:为|為|表示|系|指|是)(?!必)"
    r"|[注註][：:][ \t\u3000]*[*＊※]",
    re.MULTILINE,
)
# what names a number a phone's or a person's, in the words just before it or in its column's
# header: then its star is a mask whatever the page explains
_CONTACT = regex(
    r"电话|電話|手机|手機|联系|聯繫|联络|聯絡|通讯|通訊|姓名|tel|phone|mobile", re.IGNORECASE
)
_CONTACT_REACH = 16
# the cell before a number's cell: a Markdown one, or an HTML one (its row's <tr> may be off);
# each searched back from the number, as far as it may reach
_MARKDOWN_CELL_BEFORE = regex(r"\|([^|\n]{1,40})\|[ \t]{0,8}\Z")
_MARKDOWN_REACH = 50
_HTML_CELL_BEFORE = regex(
    r"<t[dh]\b[^<>]{0,200}>([^<>\n]{1,40})</t[dh]>\s{0,4}<t[dh]\b[^<>]{0,200}>[ \t]{0,8}\Z"
)
_HTML_REACH = 470
_CELL_END = regex(r"[ \t]*(?:\||</t[dh]>|$)", re.MULTILINE)
# a row's figure (a year, a count, 5.3: three characters at least, no serial number's 1 or 12)
# or total
_ROW_OF_FIGURES = regex(
    r"[ \t]*(?:(?=[0-9,.，]{3})[0-9][0-9,.，]*[0-9]%?年?"
    r"|合计|合計|总计|總計|小计|小計|共计|共計|累计|累計"
    r"|全国|全國|全省|全市|全区|全區|全县|全縣)[ \t]*"
)


def _footnote_mark(
    page: _Page, emphasis: _Emphasis, match: re.Match[str], shown: list[int], number: str
) -> bool:
    """Whether the masks of ``number`` (the page's ``shown`` of ``match``) are a footnote's mark
    after a figure (``_FOOTNOTE_KEY``), not a mask."""
    marks = len(number) - len(number.rstrip("*"))
    if not marks or "*" in number[:-marks] or marks > len(shown):
        return False
    if any(page.text[i] not in _FOOTNOTE_MARKS for i in shown[-marks:]):
        return False  # (X, ●, "_" mask: none marks a footnote)
    start, end = match.start(), shown[-1] + 1
    text = page.text
    line = text.rfind("\n", max(0, start - _CONTACT_REACH), start) + 1
    if emphasis.named(start, _MOBILE_NAMED) or _CONTACT.search(
        text, max(line, start - _CONTACT_REACH), start
    ):
        return False
    return page.footnoted(emphasis) or _figure_cell(text, start, end)


def _figure_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a table cell after a cell of a figure or a total, in a
    column whose header names no phone nor person."""
    if _CELL_END.match(text, end) is None:
        return False
    border = text[max(0, start - 8) : start].rstrip(" \t")[-1:]
    if border == "|":
        cell = _MARKDOWN_CELL_BEFORE.search(text, max(0, start - _MARKDOWN_REACH), start)
    elif border == ">":
        cell = _HTML_CELL_BEFORE.search(text, max(0, start - _HTML_REACH), start)
    else:
        return False
    if cell is None or not _ROW_OF_FIGURES.fullmatch(cell.group(1)):
        return False
    if not _contact_word_within(text, start - HEADER_REACH, start):
        return True  # (no header above names a phone: most statistics tables, no header read)
    header = column_header(text, start)
    return header is None or _CONTACT.search(header) is None


def _contact_word_within(text: str, start: int, end: int) -> bool:
    """Whether a word of ``_CONTACT`` stands in ``text[start:end]``."""
    words = _contact_words(text)
    at = bisect_left(words, max(0, start))
    return at < len(words) and words[at] < end


@lru_cache(maxsize=1)
def _contact_words(text: str) -> list[int]:
    """Where the words of ``_CONTACT`` start in ``text``, in order (found once for a text: its
    figures in cells are many)."""
    return [word.start() for word in _CONTACT.finditer(text)]


# a run of ASCII asterisks, not escaped
_STAR_RUN = regex(r"(?<!\\)\*+")


class _Pairing(NamedTuple):
    """How CommonMark pairs the star runs of a text (:func:`_emphasis_runs`)."""

    closing: frozenset[int]  # the offsets of the stars that closing runs spend
    opening: frozenset[int]  # the starts of the runs that open an emphasis
    balanced: frozenset[int]  # the starts of runs spent whole on an opener of their size


class _Emphasis:
    """The runs of asterisks of a text that are Markdown emphasis, not masks.

    A run after a visible character closes a run that opened before a visible character
    earlier on its line, as CommonMark pairs them (:func:`_emphasis_runs`).  Of a number as
    written, the page shows neither the stars that a closing run spends
    (``**共计 138123456**``: nine digits; ``**联系电话 1381234*678**``: a mask and the bold's
    end; ``*联系电话 1381234*678*``: the mask closes the italics, the page shows
    ``1381234678*``; ``**王*：138123456**``: the name's star spent one of the bold's, the
    page shows ``138123456*``) nor a run that opens before its first digit
    (``**1381234*678**``); a run that opens among its digits is a mask (fix 133).  Found in
    one pass over the text, when a number first holds an asterisk (most never do)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pairing: _Pairing | None = None

    def _paired(self) -> _Pairing:
        if self._pairing is None:
            self._pairing = _emphasis_runs(self._text)
        return self._pairing

    def shown(self, match: re.Match[str]) -> list[int]:
        """The offsets of the characters of ``match`` that the page shows."""
        start, end = match.span()
        if "*" not in match.group():
            return list(range(start, end))
        closing, opening, _ = self._paired()
        markup = closing.intersection(range(start, end))
        run = _STAR_RUN.match(self._text, start, end)
        if run is not None and start in opening:
            markup = markup.union(range(*run.span()))
        return [i for i in range(start, end) if i not in markup]

    def number(self, match: re.Match[str], shown: list[int], length: int, named: _Naming) -> str:
        """The characters of ``match`` at ``shown``, and a mask for each digit of a number of
        ``length`` that the emphasis left off the page when the words before say whose or
        what it is (:func:`_names`): ``张*电话1381234567*`` shows ten of a mobile's eleven
        digits, in italics after a masked name, as ``1381234567*`` does (review 50)."""
        number = "".join(match.string[i] for i in shown)
        cut = length - len(number)
        if (
            0 < cut <= _MOST_MASKED
            and len(shown) < len(match.group())
            and self._names(match, named)
        ):
            return number + "*" * cut
        return number

    def _names(self, match: re.Match[str], named: _Naming) -> bool:
        """Whether the words before ``match`` name its number: a masked name (``王*：``, not a
        word in italics, ``*注*：``), or the number's word (``电话``, ``身份证号``) — a mobile's
        only when the emphasis round the number is not written whole, as bold
        (``**联系电话 138123456**``: nine digits in bold, fix 132)."""
        start, end = match.span()
        words = self._words_before(start, named)
        if words is None:
            return False
        if words.group("mask") is not None or named.word_in_bold:
            return True
        closing = self._paired().closing
        return any(
            run.start() in closing and not self.closes_a_pair(run.start())
            for run in _STAR_RUN.finditer(self._text, start, end)
        )

    def opens(self, at: int) -> bool:
        """Whether an asterisk run that opens an emphasis starts at ``at``."""
        return self._text.startswith("*", at) and at in self._paired().opening

    def named(self, start: int, named: _Naming) -> bool:
        """Whether a masked name or the number's word stands right before ``start``."""
        return self._words_before(start, named) is not None

    def _words_before(self, start: int, named: _Naming) -> re.Match[str] | None:
        """The words right before ``start`` that name a number there: a masked name (not a
        word in italics, ``*注*：``) or the number's word."""
        words = named.before.search(self._text, max(0, start - _NAMED_REACH), start)
        if words is not None and words.group("mask") is not None:
            return None if self.closes_a_pair(words.start("mask")) else words
        return words

    def closes_a_pair(self, at: int) -> bool:
        """Whether the star run at ``at`` closes an emphasis that a run of its size opened:
        ``*注*`` is a word in italics, no name with a mask."""
        return self._text.startswith("*", at) and at in self._paired().balanced


class _Naming(NamedTuple):
    """What names a number right before it (:func:`_named_by`), and whether the number's word
    names it in bold too."""

    before: re.Pattern[str]
    word_in_bold: bool


def _named_by(words: str) -> re.Pattern[str]:
    """What names a number right before it: a masked name (``王*``, ``张**先生``), then maybe
    one of ``words`` and its ``号码``; or the word alone."""
    word = f"(?:{words})(?:号码|號碼|号|號)?"
    name = r"[\u3400-\u9fff](?P<mask>[*＊]+)(?:先生|女士)?[\s：:，,、]{0,2}"
    # (a table's cell border between: | 身份证号 | *11010519900307123* |; an inline tag or
    # "_" right before the number: 张*电话<b>1381234567</b>*, 张*电话_1381234567_)
    gap = r"(?:[\s：:]{0,2}|[ \t]*\|[ \t]*)(?:<(?:em|i|strong|b|span)>|_{1,2})?"
    return regex(rf"(?:{name}(?:{word})?|{word}){gap}\Z")


_MOBILE_NAMED = _Naming(_named_by("电话|電話|手机|手機"), word_in_bold=False)
# (seventeen digits after an ID's label, bold or not, are the ID: its check character follows)
_ID_NAMED = _Naming(_named_by("身份证|身份證|身分证|身分證|证件|證件"), word_in_bold=True)
_NAMED_REACH = 12


class _Opener:
    """A star run that may open an emphasis, and the stars it has left."""

    __slots__ = ("left", "may_close", "size", "start")

    def __init__(self, start: int, size: int, left: int, may_close: bool) -> None:
        self.start, self.size, self.left, self.may_close = start, size, left, may_close


def _emphasis_runs(text: str) -> _Pairing:
    """How CommonMark pairs the star runs of ``text``, line by line: a closing run looks
    back for the nearest run that may open, spends two stars of each when both have two
    (else one), drops the openers between and goes on while it has stars (``**张***``: the
    ``***`` closes the ``**`` and leaves a star on the page); a run that may both open and
    close pairs with none whose size sums with its own to a multiple of three, unless both
    are multiples of three (the rule of 3).  Linear: as CommonMark's ``openers_bottom``, a
    look back that failed is not made again."""
    closing: set[int] = set()
    opening: set[int] = set()
    balanced: set[int] = set()
    openers: list[_Opener] = []  # the runs still open on the line, in order
    searched: dict[tuple[bool, int], int] = {}  # what a look back found nothing below
    line_end = -1
    for run in _STAR_RUN.finditer(text):
        start, end = run.span()
        if start > line_end:  # a new line: what opened before it closes nothing here
            openers.clear()
            searched.clear()
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
        size = left = end - start
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        may_open, may_close = _flanks(after, before), _flanks(before, after)
        while may_close and left and openers:
            kind = (may_open, size % 3)
            found = _opener_for(openers, searched.get(kind, 0), size, may_open)
            if found is None:
                searched[kind] = len(openers)
                break
            opener = openers[found]
            del openers[found + 1 :]
            spent = 2 if left >= 2 and opener.left >= 2 else 1
            if opener.size == opener.left == size == left == spent:
                balanced.add(start)
            opening.add(opener.start)
            closing.update(range(end - left, end - left + spent))
            opener.left -= spent
            left -= spent
            if not opener.left:
                openers.pop()
            for looked, lowest in searched.items():
                if lowest > len(openers):
                    searched[looked] = len(openers)
        if left and may_open:
            openers.append(_Opener(start, size, left, may_close))
    return _Pairing(frozenset(closing), frozenset(opening), frozenset(balanced))


def _opener_for(openers: list[_Opener], lowest: int, size: int, may_open: bool) -> int | None:
    """The index of the nearest of ``openers`` (from ``lowest`` up) that a closing run of
    ``size`` stars pairs with, by the rule of 3."""
    for at in range(len(openers) - 1, lowest - 1, -1):
        opener = openers[at]
        if (opener.may_close or may_open) and size % 3 and (opener.size + size) % 3 == 0:
            continue
        return at
    return None


def _flanks(inner: str, outer: str) -> bool:
    """Whether a star run with ``inner`` on the side of the emphasised text and ``outer`` on
    the other may open or close there, as CommonMark's flanking rule says: not beside a space
    on its inner side, and beside punctuation there only with a space or punctuation outside
    (``王*，手机1381234567*``: the star after a name masks it, opening nothing; review 49)."""
    if inner.isspace():
        return False
    return not _is_punctuation(inner) or outer.isspace() or _is_punctuation(outer)


def _is_punctuation(char: str) -> bool:
    """Whether ``char`` is punctuation or a symbol to CommonMark (Unicode P* and S*)."""
    return unicodedata.category(char)[0] in "PS"


# A star between digits in a sum, not a mask nor a star typed into a mobile: "=", "×" or
# "÷" beside the number, a unit or a sum's word after it, a code span's backtick round it
# ("面积=1381234*5678平方厘米", "1381234*5678的积", "13812345*78=…", "`13812345*78`";
# review of fix51).
_SUM_BEFORE = regex(r"(?:[=＝×÷`]|版本号?|面积|体积|计算)[ \t]*\Z")
_SUM_AFTER = regex(
    r"[ \t]*(?:[=＝×÷`]|(?:平方|立方)?(?:毫米|厘米|分米|千米|公里|米)|千克|公斤|克|吨|毫升|升"
    r"|万?元|倍|号文件|的(?:乘?积|结果)|等于|是多少)"
)


def in_arithmetic(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``–``end`` of ``text`` stands in a sum or in code:
    its star is a multiplication sign there (see ``_SUM_BEFORE``)."""
    return (
        _SUM_AFTER.match(text, end) is not None
        or _SUM_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _completes(number: str) -> bool:
    """Whether some digits (or an ``X`` last) in place of the masks make a valid ID number."""
    slots = [i for i, c in enumerate(number) if c == "*"]
    choices = ["0123456789X" if i == len(number) - 1 else "0123456789" for i in slots]
    chars = list(number)
    for filling in product(*choices):
        for i, c in zip(slots, filling, strict=True):
            chars[i] = c
        if valid_id18("".join(chars)):
            return True
    return False


def folded_span(
    to_original: Callable[[int], int], size: int, start: int, end: int
) -> tuple[int, int]:
    """The folded span of the written span ``start:end``: ``to_original`` maps the
    ``size`` folded offsets to written ones, in order."""
    # (the first folded offset whose written offset is that one or after)
    return (
        bisect_left(range(size), start, key=to_original),
        bisect_left(range(size), end, key=to_original),
    )
