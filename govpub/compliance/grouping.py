"""Numbers as people write them: digit groups joined by spaces, hyphens or dots.

Personal data is seldom one plain run of digits.  Phone numbers are written
``138 1234 5678`` or ``138-1234-5678``, cards ``6222 0212 3456 7890 128``, ID numbers
``310104-19851122-3688`` or ``310104 1985 1122 3688`` (issue 12: these forms passed);
and someone who wants a number past a filter spaces it out, ``1 3 8 1 2 3 4 …``.
A detector that only knows one grouping misses the others, and one that drops
every separator glues unrelated numbers together.  So this module finds each
*written number* — digit groups joined by short separator runs on one line — and
keeps its groups; the detectors (:mod:`.personal`) try the groups and the
consecutive runs of groups against each kind's shapes.

Separators: spaces (ASCII, no-break, ideographic ``\\u3000`` and the typographic
spaces), hyphens and dashes (``-‐‑‒–—―−﹣－``), and the *weak* separators — dots,
slashes, underscores, middle dots (``. ． · ・ / ／ _ ＿``), and the stars, tildes and
the stroke ``丨`` that people put between groups to get a number past a filter
(``138*1234*5678``, which Markdown shows as one run of digits with the middle group in
italics; ``138~1234~5678``, ``138丨1234丨5678``) — and brackets around a group
(``+86 (138) 1234-5678``), up to three together — or one line break, with spaces
around it (``138⏎1234⏎5678``: a Markdown renderer joins the lines of a paragraph, and
a reader reads the number whole; or an HTML ``<br>``, Markdown's backslash break, or the
next item of a ``-``/``*`` list), never a blank line, which starts a new paragraph.  A dot, star or
tilde on its own is also a decimal point or an operator, so a number never starts or
ends next to one (``0.13812345678`` and ``13812345678.00`` are not phone numbers); a
lone slash, middle dot or underscore lists numbers (``15812345678/13912345678``: two).
A number that uses a weak separator uses only it (``138.1234.5678``).  The marks that list items
(``、 ， ,``) join single digits (``1、3、8、…``) and, after a label, groups
(``电话：138，1234，5678``); the geometric shapes, ``★`` and ``※`` are weak separators too
(``138◆1234◆5678``), and ``[]``, ``【】`` and ``「」`` brackets around a group.  A
final ``x`` is kept for the check character of an ID number.

The text is the *folded* text of :mod:`._text`: full-width digits already ASCII,
letters lower-cased, zero-width characters gone — only ASCII digits are read, and
other digit forms are folding's business.  Full-width separators and ``＋`` are
accepted as written, so the module works whether or not folding maps punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from govpub.compliance.cards import is_card_number
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = [
    "ARABIC_DECIMAL",
    "CELL_BORDER",
    "LIST_MARKS",
    "MIN_DIGITS",
    "PAGE_LINE",
    "PAGE_TAIL",
    "STRETCH_CHARS",
    "Group",
    "WrittenNumber",
    "arabic_decimal_points",
    "find_numbers",
    "full_stops",
    "uniform",
]

# (and the combining marks a digit can carry, 1̲3̲8̲ or 1⃝3⃝8⃝: they sit on the digit and part
# it from the next as a space would — U+0300–U+036F, U+20D0–U+20FF)
_SPACES = " \t\u00a0\u2000-\u200a\u202f\u205f\u3000\u0300-\u036f\u20d0-\u20ff"
# (also the dashes an input method offers beside the hyphen: ー U+30FC, the katakana long
# mark typed for a dash; ⁃ U+2043; the box-drawing lines ─ ━)
_DASHES = "\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u30fc\u2043\u2500\u2501\u1806"
# (and the Mongolian todo soft hyphen ᠆ U+1806, the dash of a Mongolian keyboard: red team 69)
# (not "|": it parts the cells of a table row, and three counts in a row are no number)
# (and backslashes, 138\1234\5678: Markdown escapes only punctuation, so a reader sees them)
# (and the geometric shapes, ★ and ※, which the fold keeps for the markings: "138◆1234◆5678",
# "138▪1234▪5678" — not the white circles ○ ◯, which are numeral zeros and mask characters)
_WEAK = "._/\u00b7\u2027\u30fb\uff0e\uff0f\uff3f*~\u301c\u4e28\\\\\uff3c"
_WEAK += "\u25a0-\u25ca\u25cc-\u25ee\u25f0-\u25ff\u2605\u203b"
# (and the dots and full stops of the scripts of 西藏, 新疆 and 内蒙古 — the Tibetan tsheg ་ and
# shad །, the Arabic full stop ۔, the Mongolian full stop ᠃ — between groups as 。 and · are,
# "༡༣༨་༡༢༣༤་༥༦༧༨": red team 69; and the Arabic decimal separator ٫, which lists numbers as
# they do — between the Arabic-Indic digits it is written with it is a decimal point, and the
# reader makes it "." there first: ARABIC_DECIMAL, review 29)
_SCRIPT_DOTS = "\u0f0b\u0f0d\u06d4\u1803"
#: The Arabic decimal separator ٫ (U+066B).
ARABIC_DECIMAL = "\u066b"
_WEAK += _SCRIPT_DOTS + ARABIC_DECIMAL
# around a group: +86 (138) 1234-5678, 【138】1234-5678, [138][1234][5678], 「138」…
_BRACKETS = "()\uff08\uff09\\[\\]\u3010\u3011\u300c\u300d"
# one line break (or an HTML <br>, which the fold keeps), never a blank line
# (also the Unicode line and paragraph separators; a blockquote's "> " goes on its next line)
_NEWLINE = "(?:\\r?\\n|[\\x0b\\x0c\\x85\\u2028\\u2029])"
# (and the border between two cells of a table row, "| 3101041985 | 11223688 |" or
# "</td><td>": a reader reads across it as across a line break, and it counts as one —
# only a checked 18-digit ID number, or a number after a label, is read over it)
# (cells padded to line up, "| 3101041985      | 11223688   |", and an HTML row with a cell a
# line, "</td>⏎  <td>"; not a cell with attributes, "<td class=…>": the first pass finds
# stretches of digits and the characters of these borders only)
# (possessive: the padding is all taken or the border is none, with no backtracking over it)
_CELL_BORDER = "[ \t]{0,12}+(?:\\||</t[dh]>[ \t]{0,3}+(?:\r?\n[ \t]{0,12}+)?<t[dh]>)[ \t]{0,12}+"
#: The border between two cells of a table row, padding included (an expression).
CELL_BORDER = _CELL_BORDER
# A page break in a pasted 公文: the page number on a line of its own between the two halves
# of a number, blank lines maybe around it — GB/T 9704-2012 7.5 writes it "— 3 —", a PDF's
# text "- 3 -" (its digits are no group: _PAGE_GROUP takes the line whole, as a separator);
# and a PDF's or a word processor's footer, "第 3 页 共 5 页", "第3页/共5页", "第 3 页" (fix 98)
_PAGE_OF = f"[{_SPACES}]{{0,2}}[0-9]{{1,3}}[{_SPACES}]{{0,2}}页"  # " 3 页"
_FOOTER = f"第{_PAGE_OF}(?:[{_SPACES}/\uff0f\uff0c,]{{0,3}}共{_PAGE_OF})?"
#: A page number or footer on a line of its own (an expression, its line break after it).
PAGE_LINE = (
    f"[{_SPACES}]{{0,12}}+(?:[{_DASHES}]{{1,2}} ?[0-9]{{1,3}} ?[{_DASHES}]{{1,2}}|{_FOOTER})"
    f"(?=[{_SPACES}]*\r?\n)"
)
#: A page break after a line break: a page number or footer on a line of its own, a blank line
#: each side of it at most (an optional expression; tried only after a line break, so a
#: number's other ends pay nothing for it — and a host a PDF wrapped, spelled_links, reads it).
PAGE_TAIL = (
    f"(?:(?:[{_SPACES}]{{0,3}}\r?\n)?(?<=\n){PAGE_LINE}"
    f"[{_SPACES}]{{0,12}}+\r?\n(?:[{_SPACES}]{{0,3}}\r?\n)?)?"
)
# (or an HTML paragraph's end and the next one's start: an editor that pastes a PDF's text
# (UEditor, KindEditor) makes each of its lines a <p>, so a number wrapped in the PDF is cut
# over "</p><p>" — red team 112's M2; the label before the number still decides, as over any
# break; the fold blanks the tag's attributes, "<p   >", a style of at most 300 characters)
_PARAGRAPH_BREAK = f"</p>[{_SPACES}]{{0,3}}(?:{_NEWLINE}[{_SPACES}]{{0,3}})?<p {{0,300}}>"
# (a hyphen may end the line: Word and a PDF's layout wrap a line after one, 138-1234-⏎5678;
# so may Markdown's backslash, its hard line break, 138 1234\⏎5678)
# (and the next line may be a Markdown list's next item, "- 联系电话：138 1234⏎- 5678": a
# bullet and a space after the break — the label before the number still decides, see
# personal.labels._over_lines_labelled; "-5678" with no space is no item)
# (or the hyphen may start the next line, a <br> or a break put before it: "138<br>－1234－5678",
# "310104⏎-19851122-3688" — red team 90's D3; the label still decides, as above, and a column
# of negative figures is lines apart: WrittenNumber.lines_apart)
_BREAK = (
    f"[{_SPACES}]{{0,3}}[{_DASHES}\\\\]?[{_SPACES}]{{0,3}}"
    f"(?:<br ?/?>(?:[{_SPACES}]{{0,3}}{_NEWLINE})?|{_PARAGRAPH_BREAK}|{_NEWLINE}){PAGE_TAIL}"
    f"[{_SPACES}]{{0,3}}(?:>[{_SPACES}]{{0,3}}){{0,3}}(?:[-*][ \t]{{1,3}}|[{_DASHES}](?=[0-9]))?"
)
# The marks that list items (、 ， ,): they join single digits
# ("1、3、8、1、2、3、4、5、6、7、8": no list has eleven items of one digit) or after a label
# ("电话：138，1234，5678"), and never else — "涉及138，1234，5678三个批次" lists three
# batches, "1,380,000" is a thousands grouping (:meth:`WrittenNumber.consistent`).
# (and the commas of the Arabic and Mongolian scripts, ، ٬ ᠂: "نومۇرى ١٣٨،١٢٣٤،٥٦٧٨", red
# team 69 — read after a label as "电话：138，1234，5678" is)
_LISTS = "\u3001\uff0c,\u060c\u066c\u1802"
#: The marks that list items (a string of the characters).
LIST_MARKS = _LISTS
# The words for a dash or a space, said or typed between the groups as one reads a number out
# (杠, the dash of a dictated phone number; 横杠, 短横, 短杠; 空格): "联系电话：138杠1234杠5678",
# "身份证号：500103杠197705093564" (red team 102).  Weak separators (:func:`_kind`): a number
# parted by them uses one word, twice, or once after a label — 双杠, 比分3杠2, 138杠1234 and
# 按空格键 are no number.  A said dash mixes with typed dashes and spaces as they mix with one
# another, 138杠1234-5678 (:meth:`WrittenNumber.consistent`).
# (and the names an input method's or a typist's manual gives the hyphen, 短横线, 中划线,
# 中横线, and a word in brackets, 138（杠）1234（杠）5678 — review 70's L2, fix103c; not 减, the
# minus of arithmetic, 138减1234减5678)
# (and the other names of the marks typed for a dash: 横线, 连字符, 破折号, 减号 — the sign's name,
# not 减; with dashes typed around the word too, 138-杠-1234-5678, or after a line break,
# 138<br>杠1234-5678 — review 73's L9; one word, twice or beside typed dashes, as above:
# 请用短横线连接年月日, 减号和加号, 比分定格在 138杠1234 hold no number)
# (and 下划线, the underscore's name, said as 中划线 is — review 76's L3; the line break may
# stand after the word too, or be a paragraph's, 138杠<br>1234, 138</p><p>杠1234: the word says
# the number goes on over it)
_SPOKEN = "短横线|中划线|中横线|下划线|横线|横杠|短横|短杠|连字符|破折号|减号|杠|空格"
_SPOKEN_CHARS = frozenset("横短杠空格线中划下连字符破折号减")
_SAID_OPEN, _SAID_CLOSE = "(\uff08", ")\uff09"
# (with the source's line break after the tag, 138杠<br>⏎1234, 138杠</p>⏎<p>1234: review 78's L8;
# or a plain text's line break alone, 138杠⏎1234: review 78's L8 too)
_SAID_BREAK = "(?:<br ?/?>\n?|</p>[ \t\n]{0,3}<p>|\r?\n)"
_SEP = (
    f"(?:[{_SPACES}{_DASHES}{_WEAK}{_BRACKETS}{_LISTS}]{{0,3}}|{_BREAK}|{_CELL_BORDER}"
    f"|{_SAID_BREAK}?[{_SPACES}{_DASHES}]{{0,2}}[{_SAID_OPEN}]?(?:{_SPOKEN})[{_SAID_CLOSE}]?"
    f"[{_SPACES}{_DASHES}]{{0,2}}(?:{_SAID_BREAK}(?=[0-9]))?)"
)
#: Every number this module yields has at least this many digits (a passport has 7).
MIN_DIGITS = 7
#: What a stretch holds between its first and last digit (a character class's contents).
# (and the ideographs of a page footer, 第 页 共: PAGE_LINE; and of the spoken separators: _SPOKEN)
STRETCH_CHARS = (
    f"0-9{_SPACES}{_DASHES}{_WEAK}{_BRACKETS}{_LISTS}\\r\\n\\x0b\\x0c\\x85\\u2028\\u2029<br>|tdhp/"
    "\u7b2c\u9875\u5171" + "".join(sorted(_SPOKEN_CHARS))
)
# A cheap first pass finds stretches of digits and separators; the exact pattern runs
# only there.  Most of a text's numbers (dates, amounts, counts) never get that far.
_STRETCH = regex(rf"[0-9][{STRETCH_CHARS}]{{{MIN_DIGITS - 2},}}[0-9]")
_NUMBER = LazyPattern(
    rf"[+\uff0b]?[0-9](?:{_SEP}[0-9]){{{MIN_DIGITS - 1},}}"
    rf"(?:{_SEP}x(?![0-9a-z]))?"
)
_GROUP = regex(r"[0-9]+|x")
_PAGE_GROUP = LazyPattern(f"\\n{PAGE_LINE}|[0-9]+|x")  # (a number over lines)
_X_REACH = len("</td>   <td>x") + 1  # how far after a stretch its final x may stand
_WEAK_ONLY = LazyPattern(f"[{_WEAK}]")


@dataclass(frozen=True, slots=True)
class Group:
    """One group of a written number: its span and its ASCII digits (or ``"x"``)."""

    start: int
    end: int
    digits: str


@dataclass(frozen=True, slots=True)
class WrittenNumber:
    """A written number: groups, whether a ``+`` leads it, and the separator runs."""

    start: int
    end: int
    plus: bool
    groups: tuple[Group, ...]
    separators: tuple[str, ...]  # separators[i] is between groups[i] and groups[i + 1]

    def joined_before(self, index: int) -> bool:
        """Whether ``groups[index]`` cannot be split from the group before it.

        So it is when they are joined by a lone weak separator that makes one number of
        two (a decimal point, ``0.5``; a star or tilde, ``3*4``, ``1~2``) or by nothing
        (the ``x`` of ``…002x``).  A lone slash, middle dot or underscore lists numbers
        (``15812345678/13912345678``, ``电话：15812345678/0571-…``): each is read alone.
        """
        return index > 0 and (
            not self.separators[index - 1] or _joining(self.separators[index - 1])
        )

    def broken_before(self, index: int) -> bool:
        """Whether a line break (or ``<br>``) stands between ``groups[index]`` and the last."""
        return index > 0 and _line_break(self.separators[index - 1])

    def lines_apart(self, first: int, end: int) -> bool:
        """Whether groups ``first`` to ``end - 1`` span a line break and more groups go on
        across another one: a piece of a column of numbers, one a line
        (``100⏎200⏎300⏎…``), not one number written over several lines.  A number on a
        line of its own (``13812345678`` in a list of them) spans none and is read."""
        if not any(self.broken_before(i) for i in range(first + 1, end)):
            return False
        return self.broken_before(first) or (end < len(self.groups) and self.broken_before(end))

    def _parted_by_a_list_slash(self, first: int, end: int) -> bool:
        """Whether a slash spaced apart (:func:`_list_slash`) among groups ``first`` to
        ``end - 1`` stands between two whole numbers, seven digits or more on each side (a
        landline and a mobile, two cards), not inside one (``138 1234 / 5678``)."""
        lengths = [len(group.digits) for group in self.groups[first:end]]
        for at, separator in enumerate(self.separators[first : end - 1]):
            if separator and _list_slash(separator):
                before, after = sum(lengths[: at + 1]), sum(lengths[at + 1 :])
                if before >= _WHOLE_NUMBER and after >= _WHOLE_NUMBER:
                    return True
        return False

    def consistent(self, first: int, end: int, *, once: Callable[[], bool] | None = None) -> bool:
        """Whether groups ``first`` to ``end - 1`` can be one number.

        Weak separators must be the only ones and occur at least twice: ``138.1234.5678``
        is a number, ``138.1234 5678`` is not, and ``130.00000000`` is a decimal.  The
        nothing before an attached ``x`` and line breaks do not count.  ``once()``, when
        given and true, lets one weak separator do (a label before the number says it is no
        decimal: ``手机：138.12345678``) and weak and plain separators mix
        (``手机：138-1234·5678``); it is asked only then.  A mark that lists items
        (``、``, ``，``) joins single digits, or any groups when ``once()`` is true.
        """
        window = self.separators[first : end - 1]
        # (each separator asked once, and counted in C: a window of a run spaced out holds
        # one, 17 times, and such a run asks at each of its 40,000 digits — review 70's S1)
        distinct = {s for s in set(window) if s and not _line_break(s)}
        kinds = {_kind(s) for s in distinct}
        if _LISTED in kinds and not (
            all(len(g.digits) == 1 for g in self.groups[first:end]) or (once is not None and once())
        ):
            return False
        if not kinds & {_WEAKLY, _SAID}:
            return True
        said = {_said_word(s) for s in distinct if _kind(s) == _SAID}
        if _WEAKLY not in kinds and len(said) == 1:
            # (one word for a dash said, beside typed dashes and spaces or alone: a dash is a
            # dash however it is written, 138杠1234-5678, 138 杠 1234杠5678 — review 70's L2;
            # two words, 138杠1234横杠5678, are weak separators mixed, read after a label only)
            return sum(map(window.count, distinct)) >= 2 or (once is not None and once())
        if len(distinct) != 1:
            # (spaced out digit by digit, "1 3 8 . 1 2 3 4 . 5 6 7 8": the spaces part the
            # digits, the weak separator the groups — red team 24)
            distinct = {s for s in distinct if not s.isspace()}
            if len(distinct) != 1 or any(len(g.digits) != 1 for g in self.groups[first:end]):
                # (after a label, a weak separator among plain ones joins as they do: the
                # label says the digits are one number, 手机：138-1234·5678 — red team 53;
                # not a slash spaced apart between two whole numbers, which parts a list:
                # 电话：010-6512 3456 / 13812345678 is two numbers, never one card of 19
                # digits — red team 100; 手机：138 1234 / 5678 is one mobile)
                if self._parted_by_a_list_slash(first, end):
                    return False
                return once is not None and once()
        return sum(map(window.count, distinct)) >= 2 or (once is not None and once())


#: The fewest digits of a whole number on each side of a list's slash (a landline's seven).
_WHOLE_NUMBER = 7

_LINE_BREAKS = frozenset("\n\x0b\x0c\x85\u2028\u2029<|")  # "<": <br>, </td><td>; "|": a cell

# The three questions asked of a separator, remembered: a number of many groups asks them
# of the same few separators once for every reading tried (up to 19 a group).


@lru_cache(maxsize=1024)
def _line_break(separator: str) -> bool:
    """Whether ``separator`` breaks the line (not a dash said after a break, ``<br>杠``: the
    word says the number goes on, as a said dash does between two groups on one line)."""
    return any(char in _LINE_BREAKS for char in separator) and _SPOKEN_CHARS.isdisjoint(separator)


_PLAIN, _WEAKLY, _LISTED, _SAID = range(4)
# The scripts' full stops (the shad །, the Arabic ۔, the Mongolian ᠃): with a space beside them
# they end a sentence or a list's item, as 。 does — they join groups as 、 and ， do, after a
# label only ("ཁ་པར ༡༣༨། ༡༢༣༤། ༥༦༧༨"; "ཨང་གྲངས ༡༣༨། ༡༢༣༤། ༥༦༧༨" lists three numbers: review 29)
_SCRIPT_STOPS = frozenset("\u0f0d\u06d4\u1803")


@lru_cache(maxsize=1024)
def _kind(separator: str) -> int:
    """``_LISTED`` when ``separator`` holds a mark that lists items, else ``_SAID`` when it
    is a dash or a space said (:data:`_SPOKEN`: weak, but it mixes with typed dashes and
    spaces), else ``_WEAKLY`` when it holds a weak separator, else ``_PLAIN``."""
    if any(char in _LISTS for char in separator):
        return _LISTED
    if not _SPOKEN_CHARS.isdisjoint(separator):
        return _SAID  # (a dash or a space said, 138杠1234杠5678: _SPOKEN)
    if " " in separator and not _SCRIPT_STOPS.isdisjoint(separator):
        return _LISTED  # (a script's full stop and a space: "༡༣༨། ༡༢༣༤། ༥༦༧༨")
    return _WEAKLY if _WEAK_ONLY.search(separator) is not None else _PLAIN


@lru_cache(maxsize=1024)
def _said_word(separator: str) -> str:
    """The word of a said separator (:data:`_SPOKEN`), without the spaces and brackets beside
    it or the line break before or after it: ``" 杠 "``, ``"（杠）"``, ``"-杠-"``, ``"<br>杠"`` and
    ``"杠<br>"`` say what ``"杠"`` says."""
    return _SAID_TAGS.sub("", separator).strip(_SPACES_AND_BRACKETS)


_SAID_TAGS = regex(_SAID_BREAK)


_SPACES_AND_BRACKETS = " \t\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACES_AND_BRACKETS += "()\uff08\uff09"
_SPACES_AND_BRACKETS += (
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # (and dashes)
)


# A slash with spaces on both sides, as a list of numbers is written: its items are read apart.
_LIST_SLASH = regex(f"[{_SPACES}]+[/\uff0f][{_SPACES}]+")


@lru_cache(maxsize=1024)
def _list_slash(separator: str) -> bool:
    """Whether ``separator`` is a slash spaced apart (`` / ``, :data:`_LIST_SLASH`)."""
    return _LIST_SLASH.fullmatch(separator) is not None


# (weak separators that also list numbers, 15812345678/13912345678: not joining)
# (and the scripts' dots and full stops: a lone shad ends a sentence, it makes no decimal; and
# ٫ between ASCII digits, 电话：13812345678٫13912345678 — review 29)
_LISTING = frozenset("/\uff0f\u00b7\u2027\u30fb_\uff3f\u4e28" + _SCRIPT_DOTS + ARABIC_DECIMAL)


@lru_cache(maxsize=1024)
def _joining(separator: str) -> bool:
    return (
        len(separator) == 1
        and separator not in _LISTING
        and _WEAK_ONLY.match(separator) is not None
    )


_ARABIC_INDIC = frozenset("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
_ARABIC_INDIC |= frozenset("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")


def arabic_decimal_points(text: str, written: str, to_written: Callable[[int], int]) -> str:
    """``text`` (folded from ``written``, offsets mapped by ``to_written``) with each ٫ that
    stands between two Arabic-Indic or Persian digits as written made ``.``: the decimal point
    of the digits it goes with (``نىسبىتى ٠٫١٣٨١٢٣٤٥٦٧٨``, ``١٣٨١٢٣٤٥٦٧٨٫٠٠ يۈەن``).  Between
    ASCII digits no writer puts it — in Chinese text it is never a decimal point — so there
    it stays, and lists numbers (review 29).  Same length: offsets hold."""
    chars: list[str] | None = None
    at = text.find(ARABIC_DECIMAL)
    while at != -1:
        if 0 < at < len(text) - 1 and all(
            written[to_written(side)] in _ARABIC_INDIC for side in (at - 1, at + 1)
        ):
            chars = chars if chars is not None else list(text)
            chars[at] = "."
        at = text.find(ARABIC_DECIMAL, at + 1)
    return text if chars is None else "".join(chars)


# A space as written that the fold reads as one: any on the line (no-break, em, tab… and the
# Braille blank) or a character reference (&nbsp;, &#160;, &emsp;: review 52's item 7)
_WRITTEN_BLANK = "(?:[^\\S\\r\\n\\x0b\\x0c\\x85\\u2028\\u2029]|\u2800|&[#0-9A-Za-z]{2,31};)"
# A full stop as written before a digit, up to two spaces maybe between: 。 (a literal first, a
# fast search) or, when the text holds one, the halfwidth ｡ and the vertical ︒ the fold reads as 。
# (or a hyphen or a line break between, spaces maybe beside it: 手机：138。-1234。-5678,
# 手机：138。⏎1234。⏎5678 — read after a label only, :func:`full_stops`)
# (one class first, which most stops, before a word, fail at once)
_AFTER_STOP = (
    f"(?=[\\d\\s&\u2800{_DASHES}])"
    f"(?={_WRITTEN_BLANK}{{0,2}}\\d|[ \\t]{{0,2}}(?:[{_DASHES}]|\\r?\\n)[ \\t]{{0,2}}\\d)"
)
_STOP_BEFORE_DIGIT = regex(f"\u3002{_AFTER_STOP}")
_ANY_STOP_BEFORE_DIGIT = regex(f"[\u3002\uff61\ufe12]{_AFTER_STOP}")
# a decimal part: one to four digits that end the number (no digit group after them)
_DECIMAL_PART = regex("[0-9]{1,4}(?![0-9]|[ \u3000\\-][0-9])")
# the most digits of a number whose groups full stops may join: a card's nineteen
_LONGEST_JOINED = 19


def full_stops(
    text: str,
    written: str,
    to_written: Callable[[int], int],
    labelled: Callable[[int], bool] | None = None,
) -> str:
    """``text`` (folded from ``written``, offsets mapped by ``to_written``) with each ``.`` that
    was written ``。`` between two digits made ``。`` again: the end of a sentence, which parts
    two numbers (``报名费¥99。5287 0431 6290 1857`` is a price and a card, not 99.5287 and
    three groups; ``共50。310104198511223688``).  The fold makes such a ``。`` a dot, as it
    would between a host's labels (``u。jd。com``).  It stays a dot — a point between a number's
    parts — where the digits it joins are one number:

    * one to four digits that end the number after it: a decimal point typed with a Chinese
      input method (``13812345678。00``), an address's (``192。168。1。1``);
    * the groups it joins make a whole mobile, ID or card number (:func:`whole_number`), as a
      label's number in groups does (``身份证号：110105。19900307。1239``,
      ``手机号：138。12345678``: review 50) — the check says where it ends, a label would not.

    The groups are read as the grouped-number reader reads them, spaces or hyphens between
    them (``手机：138。1234 5678``, ``手机：138。 1234-5678``); and a ``。`` the fold keeps is made
    a dot where the groups it joins make a whole number — one with a space beside it, any the
    fold reads as a space (``手机：138。 1234。 5678``, ``身份证号：110105 。19900307 。1239``:
    review 51b; ``138。&nbsp;1234``, a tab, an em space, two spaces: review 52), and one
    between digits that run into a word, where it parts more groups than a decimal's two
    (``手机：138。1234。5678联系人``, review 52: the fold keeps a host's dot only where no word
    follows); else it ends a sentence (``收入1234。56万元``, ``预算110105。199003071239万元``).

    ``labelled(start)``, when given, says whether a label names the number at ``start``
    (``手机：``): then a ``。`` also joins a whole number's groups where, unlabelled, it ends a
    sentence or an item — before a hyphen or a line break (``手机：138。-1234。-5678``,
    ``手机：138。⏎1234。⏎5678``, made a space: a list's next line, ``共138。-1234。``, is read as
    before) and between the two groups of a decimal and its unit (``手机号：138。12345678联系人``).

    A decimal whose fraction is a mobile's eleven digits (``圆周率约为3。14159265358``) is thus
    read as a sentence's end and a mobile: a mobile has no check to tell it from a fraction, and
    ``会议室3。13812345678`` is someone's number (a false block on a made-up text, by decision).

    Same length: offsets hold (fix 133, mend 50b)."""
    stops = (
        _STOP_BEFORE_DIGIT
        if "\uff61" not in written and "\ufe12" not in written
        else _ANY_STOP_BEFORE_DIGIT
    )
    chars: list[str] | None = None
    removed = len(written) - len(text)
    last_written = last_at = -1  # (the stop before: its written and folded offsets)
    for stop in stops.finditer(written):
        # (the fold only removes characters: folded offset i is written i to i + removed,
        # so the stop's folded offset lies in that window — none to bisect when none removed;
        # and it lies after the stop before, by no more than the characters written between
        # them: a text of many references, 1。&nbsp;2, bisects a few characters a stop)
        written_at = stop.start()
        lo = max(0, written_at - removed, last_at)
        hi = min(written_at, len(text), last_at + written_at - last_written)
        at = bisect_left(range(len(text)), written_at, lo, hi, key=to_written)
        last_written, last_at = written_at, at
        if not (0 < at < len(text) - 1 and to_written(at) == written_at):
            continue
        if text[at] == ".":  # (a stop between digits, which the fold made a dot)
            if (
                text[at - 1] in _ASCII_DIGITS
                and _DECIMAL_PART.match(text, at + 1) is None
                and not _one_number(text if chars is None else chars, at)
            ):
                chars = chars if chars is not None else list(text)
                chars[at] = "\u3002"
        elif (
            text[at] == "\u3002" and text[at - 1] in _PART_ENDS
        ):  # (not a sentence's end before a year: 工作。2025年)
            gap = _LABELLED_GAP.match(text, at + 1)
            if gap is None and text[at + 1] not in _PART_ENDS:
                continue
            point = _one_number(
                text if chars is None else chars,
                at,
                between_digits=text[at - 1] in _ASCII_DIGITS and text[at + 1] in _ASCII_DIGITS,
                gap=0 if gap is None else gap.end() - at - 1,
                labelled=labelled,
            )
            if point is not None:
                # (a stop the fold kept between one number's groups: a space beside it, or
                # digits after it that run into a word, more groups than a decimal's two —
                # 手机：138。1234。5678联系人…, review 52's item 3)
                chars = chars if chars is not None else list(text)
                chars[at] = point
    return text if chars is None else "".join(chars)


def _one_number(
    text: str | list[str],
    at: int,
    *,
    between_digits: bool = False,
    gap: int = 0,
    labelled: Callable[[int], bool] | None = None,
) -> str | None:
    """What the point at ``at`` (a ``。`` as written, between digits or with a space beside it)
    is made when it joins the parts of one number — the groups around it, digits joined by
    points or a space, up to a sentence's end already found, are a whole number — or ``None``.

    ``between_digits`` (a ``。`` the fold kept between digits that run into a word): only when
    there are more groups than the two it parts — two alone are a decimal and its unit
    (``面积1101。05199003071239平方公里``, ``预算110105。199003071239万元``: review 51b) — or
    after a label (``labelled``, :func:`full_stops`).  ``gap``: the characters of a hyphen or
    a line break after the point (``138。-1234``), read after a label only; the point is
    made a space then, which the grouped reader reads before either."""
    around = _parts_around(text, at, gap)
    if around is None:
        return None
    left, right = around
    # (a decimal's two groups, or a hyphen or a line break after the point: a label's number)
    needs_label = gap > 0 or (between_digits and (left + right).rstrip("x").isdigit())
    joined = _NOT_DIGITS.sub("", left + right)
    if (
        (needs_label and labelled is None)
        or len(joined) > _LONGEST_JOINED
        or not whole_number(joined)
        # (a whole number on either side alone is read alone: 共4。<a card in fours> is a count
        # and a card, however the digits joined happen to pass Luhn)
        or any(whole_number(_NOT_DIGITS.sub("", side)) for side in (left, right))
    ):
        return None
    if needs_label and not (labelled is not None and labelled(at - len(left))):
        return None
    return " " if gap else "."


def _parts_around(text: str | list[str], at: int, gap: int) -> tuple[str, str] | None:
    """The parts of a number on each side of the point at ``at`` (``gap`` characters after it
    skipped, :func:`_one_number`), as written; ``None`` when they can be no one number."""
    lined = gap > 0
    before = text[max(0, at - _REACH) : at]
    after = text[at + 1 + gap : at + 1 + gap + _REACH]
    if not isinstance(before, str) or not isinstance(after, str):
        before, after = "".join(before), "".join(after)
    left = (_LINED_PARTS_BEFORE if lined else _PARTS_BEFORE).match(before[::-1])
    right = (
        (_LINED_PARTS_AFTER if lined else _PARTS_AFTER).match(after) if left is not None else None
    )
    if (
        left is None
        or right is None
        # (no number's separator: the grouped reader takes up to three characters)
        or len(left.group(1)) + len(right.group(1)) > _MOST_BESIDE
        # (a longer run holds no one number)
        or max(left.end(), right.end()) >= _REACH
        or left.end() + right.end() < _SHORTEST_WHOLE
    ):
        return None
    return left.group()[::-1], right.group()


# how far the parts a full stop joins are read on each side: more than a card's nineteen digits
# spaced out one by one, and the points between them, hold
_REACH = 40
# the groups on each side of the point: spaces maybe beside it (any the fold leaves: a space, a
# tab, a no-break or ideographic one; review 52's item 7), then digits joined as the grouped
# reader joins them — a point with spaces beside it, or up to three spaces and hyphens
# (手机：138。 1234-5678) — the groups before it read backwards, and only those after it may
# hold a 。 still to be read (and end in an ID number's check character)
_BLANK = f"[{_SPACES}]"


def _part_gap(points: str) -> str:
    """Between two groups: one of ``points`` with up to two spaces beside it (three characters,
    as the grouped reader takes), or up to three spaces and hyphens."""
    point = f"[{points}]"
    beside = f"{point}{_BLANK}{{0,2}}|{_BLANK}{point}{_BLANK}?|{_BLANK}{{2}}{point}"
    return f"(?:{beside}|[{_SPACES}{_DASHES}]{{1,3}})"


_PARTS_BEFORE = regex(f"({_BLANK}{{0,2}})[0-9]+(?:{_part_gap('.')}[0-9]+)*")
_PARTS_AFTER = regex(f"({_BLANK}{{0,2}})[0-9]+(?:{_part_gap('.' + chr(0x3002))}[0-9]+)*x?")
# after a label, a point with a hyphen or a line break after it is a gap too (the points before
# were made spaces, so read backwards the break comes first: "4321⏎ 831")
_LINE_GAP = f"{_BLANK}{{0,2}}(?:[{_DASHES}]|\r?\n){_BLANK}{{0,2}}"
_LABELLED_GAP = regex(f"{_LINE_GAP}(?=[0-9])")
_LINED_PARTS_BEFORE = regex(
    f"({_BLANK}{{0,2}})[0-9]+(?:(?:{_part_gap('.')}|{_BLANK}{{0,2}}\n\r?{_BLANK}{{0,2}})[0-9]+)*"
)
_LINED_PARTS_AFTER = regex(
    f"({_BLANK}{{0,2}})[0-9]+(?:(?:{_part_gap('.' + chr(0x3002))}|\u3002?{_LINE_GAP})[0-9]+)*x?"
)
_MOST_BESIDE = 2  # (spaces beside the point: with it, the three characters of a separator)
# what stands beside a point that joins parts: a digit or a space the fold leaves
_PART_ENDS = frozenset("0123456789 \t\u00a0\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B))
)
_NOT_DIGITS = regex("[^0-9x]")
_SHORTEST_WHOLE = 11  # (a mobile's digits)


_ASCII_DIGITS = frozenset("0123456789")


def find_numbers(
    text: str,
    inside: Callable[[int, int], bool] | None = None,
    *,
    worth: Callable[[str, int, int], bool] | None = None,
    stretches: Iterable[tuple[int, int]] | None = None,
) -> Iterator[WrittenNumber]:
    """Every written number in ``text`` with at least :data:`MIN_DIGITS` digits.

    ``inside(start, end)``, when given, says whether a span lies inside something
    whose digits do not count (a link); numbers that begin and end there are skipped.
    ``worth(text, start, end)``, when given, says whether a stretch of digits and
    separators can hold what the caller looks for; the others are not read.
    ``stretches``, when given, are the spans of the stretches of ``text`` (a digit,
    :data:`STRETCH_CHARS`, a digit: at least :data:`MIN_DIGITS` characters, leftmost
    first, none overlapping) that the caller found in a pass of its own.
    """
    if stretches is None:
        stretches = (stretch.span() for stretch in _STRETCH.finditer(text))
    for first, last in stretches:
        if worth is not None and not worth(text, first, last):
            continue
        # a leading "+" before, a final " x" and the character after it (or a final "x" in
        # a cell of its own, "</td> <td>x": only there does the search reach further)
        reach = _X_REACH if text.startswith("</", last) else 5
        low, high = max(first - 1, 0), min(last + reach, len(text))
        for match in _NUMBER.finditer(text, low, high):
            start, end = match.span()
            if start >= last:
                break  # (a number of the next stretch, in reach of this one's final x)
            if inside is None or not (inside(start, start + 1) and inside(end - 1, end)):
                yield _number(text, match)


def _number(text: str, match: re.Match[str]) -> WrittenNumber:
    plus = not match.group()[0].isdigit()
    groups: list[Group] = []
    separators: list[str] = []
    previous = match.start() + plus
    over_lines = text.find("\n", previous, match.end()) != -1
    for part in (_PAGE_GROUP if over_lines else _GROUP).finditer(text, previous, match.end()):
        if part.group()[0] == "\n":
            continue  # a page number between two groups: part of the separator
        if groups:
            separators.append(text[previous : part.start()])
        groups.append(Group(part.start(), part.end(), part.group()))
        previous = part.end()
    end = match.end()
    if _next_item(text, groups, separators):
        # (the next item's number of an ordered list on the line after the number, "手机：138⏎
        # 1234 5678⏎2. 赵先生": no group of the number — red team 82, fix 103)
        groups.pop()
        separators.pop()
        end = groups[-1].end
    if not plus and _list_marker(text, groups, separators):
        # (the item number of an ordered list, "1. 1 3 8 0 …": no group of the number)
        return WrittenNumber(groups[1].start, end, plus, tuple(groups[1:]), tuple(separators[1:]))
    return WrittenNumber(match.start(), end, plus, tuple(groups), tuple(separators))


# An ordered list's item number and its mark: "1. ", "2) ", "3、", "第1. " (a full stop or a
# closing parenthesis needs a space after it; the Chinese item mark 、 is written without one).
_MARKER_SEPARATOR = regex("[.)\uff0e\uff09][ \t\u3000]{1,2}|\u3001[ \t\u3000]{0,2}")
# what may stand between the start of a line and an item number: an indent, a blockquote's ">"
_INDENT = frozenset(" \t\u3000>")
_INDENT_REACH = 16
_LINE_STARTS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def _list_marker(text: str, groups: list[Group], separators: list[str]) -> bool:
    """Whether the first group is an ordered list's item number, not a group of the number:
    one or two digits at the start of a line (an indent, a blockquote's ``>`` or ``第`` maybe
    before them), then a list's mark that stands nowhere else between the groups — in
    ``1. 1 3 8 0 1 2 3 4 5 0 6`` the ``1.`` numbers the item, in ``138. 1234. 5678`` the dots
    group the number (red team 78's sweep; fix 93); three digits are a mobile's first group as
    often (``手机：⏎138. 1234-5678``, review 37)."""
    if len(groups) < 2 or len(groups[0].digits) > 2 or groups[0].digits == "x":
        return False
    marker = separators[0]
    if _MARKER_SEPARATOR.fullmatch(marker) is None or marker in separators[1:]:
        return False
    at = groups[0].start
    if at > 0 and text[at - 1] == "\u7b2c":  # 第
        at -= 1
    low = max(0, at - _INDENT_REACH)
    while at > low and text[at - 1] in _INDENT:
        at -= 1
    return at == 0 or text[at - 1] in _LINE_STARTS


# What follows the next item's number at a line's start: a full stop, a closing parenthesis or
# 、, and then (maybe after spaces) the item's first word — not a digit, not the text's end
# (a number wrapped before its last digits and a full stop: "…789⏎12.").
_NEXT_ITEM_MARK = regex("[.)\uff0e\uff09\u3001][ \t\u3000]{0,2}[^\\s0-9]")


def _next_item(text: str, groups: list[Group], separators: list[str]) -> bool:
    """Whether the last group is the next item's number of an ordered list: one or two digits
    at the start of the line after the number (an indent or a blockquote's ``>`` maybe before
    them), then a list's mark and a word (``2. 赵先生``, ``2、``)."""
    if len(groups) < 2 or len(groups[-1].digits) > 2 or not groups[-1].digits.isdigit():
        return False
    if sum(len(group.digits) for group in groups[:-1]) < MIN_DIGITS:
        return False  # (too few digits before it for a number: read as before)
    separator = separators[-1]
    line = max(separator.rfind(char) for char in _LINE_STARTS)
    if line == -1 or not _INDENT.issuperset(separator[line + 1 :]):
        return False
    if _NEXT_ITEM_MARK.match(text, groups[-1].end) is None:
        return False
    # (a number wrapped before its last digits, "身份证号：1101051990030710⏎01）": they are the next
    # item's number only when the number is whole without them — or, after a letter, a passport's
    # or a permit's eight or ten digits — and not in an open bracket: review 40, fix 105)
    digits = "".join(group.digits for group in groups[:-1])
    first = groups[0].start
    lettered = first > 0 and text[first - 1].isascii() and text[first - 1].isalpha()
    whole = len(digits) in (8, 10) if lettered else whole_number(digits)
    return whole and not in_open_bracket(text, first, groups[-2].end)


# Opening and closing brackets a number may stand in on its line.
_OPENING = frozenset("(\uff08[\u3010\u300c\u3014")
_CLOSING = frozenset(")\uff09]\u3011\u300d\u3015")
_BRACKET_REACH = 80


def whole_number(digits: str) -> bool:
    """Whether ``digits`` are a whole number of the kinds a wrap may end: a mobile's eleven, an
    ID number's eighteen passing its check, or a card of a network's prefix and length passing
    Luhn (the first 16 or 17 digits of an ID number pass Luhn one time in ten: review 41)."""
    if len(digits) == 11:
        return digits[0] == "1" and digits[1] in "3456789"
    if len(digits) == 18 and digits[:17].isdigit():
        return valid_id18(digits)
    return digits.isdigit() and is_card_number(digits)


def in_open_bracket(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands after a bracket opened on its (first) line (at most
    :data:`_BRACKET_REACH` characters before it) and not closed before ``end``."""
    line = start
    low = max(0, start - _BRACKET_REACH)
    while line > low and text[line - 1] not in _LINE_STARTS:
        line -= 1
    depth = 0
    for char in text[line:end]:
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING and depth:
            depth -= 1
    return depth > 0


def uniform(lengths: tuple[int, ...], largest: int) -> bool:
    """Whether groups of ``lengths`` are chunks of one size ≤ ``largest``, the last maybe shorter.

    ``(4, 4, 4, 4, 3)`` and ``(1, 1, 1, …)`` are; ``(2, 3, 3, 3)`` (thousands) is not.
    """
    size = lengths[0]
    return size <= largest and all(n == size for n in lengths[:-1]) and 0 < lengths[-1] <= size
