"""What an office program glues after a number that is none of its digits (red team 99).

Two tails hide a number from the digit readers, which read them as its digits or as a
decimal's:

* **a footnote or list mark** written as a superscript, circled, parenthesized or dotted
  digit right after the number (``联系电话：13812345678¹``, ``张三13812345678⑴``,
  ``…152838²``), or an HTML superscript's digits (``13812345678<sup>1</sup>``, a Word page's
  footnote): the fold makes the mark a digit, and the number one digit too long;
* **Excel's float** — an ID or mobile number a spreadsheet or a CSV export wrote as a
  number gets ``.0`` or ``.00`` (``4⇥孙七⇥13812345678.0``, ``身份证号：…2838.0``): the reader
  sees a decimal (``13812345678.00`` is one: :mod:`~govpub.compliance.grouping`).

:func:`without_tails` gives the folded text with such tails blanked out (same length), for
a second reading that adds what the first did not find
(:func:`~govpub.compliance.personal.find_personal_data`): a number that needs its mark to
be one (``1381234567⁸``, a digit written small to get past a filter) is still read the
first time.  The second reading is made only when a number the first one read may end in a
tail (:func:`may_end_in_tail`, a look at each of the few numbers worth reading): a post with
none pays nothing.  Only a tail after a number of eleven digits or more that no Latin letter
starts (a patent's ``ZL202319053551.0`` has its check digit there) is blanked, and a float's
only where no unit or word follows it (``13812345678.0亿元``, ``13812345678.5元`` and
``v1.0`` are figures: a fraction that is not all zeros is never Excel's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from govpub.compliance.folding.attributes import ATTRIBUTE, attribute_value
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.personal.amounts import AMOUNT_AFTER
from govpub.compliance.regex_cache import regex
from govpub.compliance.undermasked import folded_span

__all__ = ["BLANK", "blank_out", "may_end_in_tail", "tail_blanks", "without_tails"]

# The marks the fold reads as one digit: superscripts ⁰¹²³⁴–⁹, circled ①–⑨ and ⓪,
# parenthesized ⑴–⑼, dotted ⒈–⒐, double-circled ⓵–⓽, the dingbats ❶–❾, ➀–➈, ➊–➒ and ⓿.
_MARKS = frozenset(
    "\u00b2\u00b3\u00b9\u2070"
    + "".join(
        chr(code)
        for first, last in (
            (0x2074, 0x2079),
            (0x2460, 0x2468),
            (0x2474, 0x247C),
            (0x2488, 0x2490),
            (0x24F5, 0x24FD),
            (0x2776, 0x277E),
            (0x2780, 0x2788),
            (0x278A, 0x2792),
        )
        for code in range(first, last + 1)
    )
    + "\u24ea\u24ff"
)
# (as written: a character of their blocks, searched for; the marks and what is around them
# are looked at by hand — one class of few ranges is what the regex engine skips to fastest,
# 0.06 ms a 20,000-character post, where the marks' own class followed by more took 0.16)
_MARK_BLOCKS = regex("[\u00b2\u00b3\u00b9\u2070-\u2079\u2460-\u24ff\u2776-\u2793]")
# (an HTML superscript's one to three digits, and no digit after it: a <sup>, or a <span> whose
# style may raise it — Google Docs writes <span style="vertical-align:super">1</span>, asked
# by :func:`_raised`)
_SUPERSCRIPT = regex(
    "<(?P<tag>sup|span)\\b(?P<attributes>[^<>]{0,400})>\\s*[0-9０-９]{1,3}[)）]?\\s*</(?P=tag)>(?!\\d)",
    re.IGNORECASE,
)  # (<SUP>1</SUP>, <sup>1)</sup>: review 68's L3)
# (and the tags of bold, italics, a span or small print between the number and its mark: the
# number's closing ones, <b>13812345678</b>¹, or the mark's opening ones,
# 13812345678<small><sup>1</sup></small> — review 69's L4)
_INLINE_TAG = regex(r"</?(?:b|strong|em|i|span|font|small)\b[^<>]{0,200}>", re.IGNORECASE)
_MOST_TAGS = 3
# (folded: a point and one or two zeros that end a number — its digits looked at by hand)
_FLOAT_TAIL = regex(r"\.00?(?![0-9])")
_FEWEST_DIGITS = 11  # a mobile's: no shorter number is read with its tail blanked
_REACH = 30  # how far back the number's digits are counted (a grouped ID number's 18 + 12)
_INSIDE = frozenset(" -")  # what a grouped number holds between its digits
# what may follow a float's zeros or a mark: an end of a cell, a line or a clause, or a note's
# bracket (13812345678.0（本人）) — not a unit or a word
_ENDS = frozenset(
    "\t\n\r\x0b\x0c|<,;:!?()]}\"'\u3001\u3002\uff01\uff1f\uff0c\uff1b\uff1a\uff08\uff09\u3011\u201d\u2019"
)
BLANK = "\x00"  # (as a link's page id is blanked out: FieldView.prose)


def may_end_in_tail(
    folded: str, original: str, to_original: Callable[[int], int], start: int, end: int
) -> bool:
    """Whether the written number ``folded[start:end]`` (the digit reader's) may end in a tail:
    a float's ``.0`` or ``.00``, or a mark among its characters as written — the cheap test
    on the few numbers worth reading that lets a post with none skip :func:`without_tails`."""
    if folded[end - 2 : end] == ".0" or folded[end - 3 : end] == ".00":
        return True
    written = original[to_original(start) : to_original(end - 1) + 1]
    if not _MARKS.isdisjoint(written):
        return True
    lowered = written.lower()  # (a few characters: the number's own)
    return "<sup" in lowered or "super" in lowered


def without_tails(folded: str, original: str, to_original: Callable[[int], int]) -> str | None:
    """``folded`` with the footnote marks and float tails glued after a number blanked out
    (same length), or ``None`` when it has none."""
    blanks = tail_blanks(folded, original, to_original)
    return blank_out(folded, blanks) if blanks else None


def blank_out(text: str, blanks: Iterable[tuple[int, int]], shift: int = 0) -> str:
    """``text`` with the spans ``blanks`` (offsets ``shift`` past its start) as :data:`BLANK`
    (same length)."""
    chars = list(text)
    for start, end in blanks:
        chars[start - shift : end - shift] = BLANK * (end - start)
    return "".join(chars)


def tail_blanks(
    folded: str, original: str, to_original: Callable[[int], int]
) -> list[tuple[int, int]]:
    """The folded spans of the footnote marks and float tails glued after a number, in order:
    what :func:`without_tails` blanks out, and what the second reading is read around
    (:func:`~govpub.compliance.personal.find_personal_data`)."""
    blanks: list[tuple[int, int]] = []
    marks = [] if original.isascii() else list(_glued_marks(original))
    if "<" in original:  # (the expression reads the tag in any case)
        marks += (match.span() for match in _SUPERSCRIPT.finditer(original) if _raised(match))
    for mark_start, mark_end in marks:
        if not _long_number_before(original, _number_end(original, mark_start)):
            continue  # (as written first: a mark after a short figure, 10³, costs no look-up)
        start, end = folded_span(to_original, len(folded), mark_start, mark_end)
        if (
            start < end
            and _long_number_before(folded, start)
            and AMOUNT_AFTER.match(folded, end) is None
        ):
            blanks.append((start, end))  # (not before a unit: GDP 13812345678¹ 元, review 68's F3)
    for match in _FLOAT_TAIL.finditer(folded):
        start, end = match.span()
        if (
            folded[start - 4 : start].isdigit()
            and original[to_original(start)] in ".\uff0e"
            and _ends_figure(folded, end)
            and _long_number_before(folded, start)
            and (end - start == 2 or _named_on_its_line(folded, start))
        ):
            blanks.append((start, end))
    return sorted(blanks)


def _raised(superscript: re.Match[str]) -> bool:
    """Whether a :data:`_SUPERSCRIPT` match is one: a ``<sup>``, or a ``<span>`` whose
    ``style`` raises it as one, ``vertical-align: super`` in effect among its declarations
    (:func:`~govpub.compliance.folding.declarations.declarations`: any case, spaces, the last
    one winning) — not a subscript's ``sub``, nor a plain span."""
    if superscript.group("tag").lower() == "sup":
        return True
    return any(
        attribute.group("name").lower() == "style"
        and declarations(attribute_value(attribute)).get("vertical-align") == "super"
        for attribute in ATTRIBUTE.finditer(superscript.group("attributes"))
    )


def _glued_marks(original: str) -> Iterator[tuple[int, int]]:
    """The runs of marks (``¹``, ``⑴``, ``①``…) with no digit after them, as written."""
    end = 0
    for match in _MARK_BLOCKS.finditer(original):
        start = match.start()
        if start < end or original[start] not in _MARKS:
            continue  # (in the last run, or another character of the blocks: ⑩, Ⓐ)
        end = start + 1
        while end < len(original) and original[end] in _MARKS:
            end += 1
        if not original[end : end + 1].isdecimal():
            yield start, end


def _number_end(original: str, at: int) -> int:
    """Where the number before a mark at ``at`` ends as written: before the tags of bold,
    italics, a span or small print between them (``<b>13812345678</b>¹``,
    ``13812345678<span style="font-size:9pt"><sup>1</sup>``)."""
    for _ in range(_MOST_TAGS):
        if original[at - 1 : at] != ">":
            break
        tag = original.rfind("<", max(0, at - 210), at)
        if tag == -1 or _INLINE_TAG.fullmatch(original, tag, at) is None:
            break
        at = tag
    return at


def _long_number_before(text: str, end: int) -> bool:
    """Whether the number that ends at ``end`` of ``text`` (folded, or as written) has eleven
    digits or more (grouped by single spaces or hyphens) and no Latin letter glued before it
    (``ZL202319053551.0``)."""
    digits = 0
    at = end
    low = max(0, end - _REACH)
    while at > low:
        char = text[at - 1]
        if char.isdecimal():
            digits += 1
        elif not (char in _INSIDE and at - 1 > low and text[at - 2].isdecimal()):
            break
        at -= 1
    return digits >= _FEWEST_DIGITS and not (
        at > 0 and text[at - 1].isascii() and text[at - 1].isalpha()
    )


# What names a phone's or an ID's column or field on a number's line: ".00" after a number is
# an amount's cents (一般公共预算支出合计 15234567890.00, 期末余额 13812345678.00) unless the line
# says the number is a phone or an ID (联系电话⇥13812345678.00: Excel's two-decimal format;
# review 68's F1).  Excel's General format writes one zero, which stays a tail anywhere.
_PHONE_OR_ID_WORDS = regex(r"电话|手机|联系方式|号码|身份证|证件号|tel|mobile|phone", re.IGNORECASE)
_LINE_REACH = 40


def _named_on_its_line(folded: str, at: int) -> bool:
    """Whether the words on the line before ``at`` (40 characters at most) name a phone or
    an ID (:data:`_PHONE_OR_ID_WORDS`)."""
    low = max(0, at - _LINE_REACH, folded.rfind("\n", 0, at) + 1)
    return _PHONE_OR_ID_WORDS.search(folded, low, at) is not None


def _ends_figure(folded: str, at: int) -> bool:
    """Whether a float's zeros that end at ``at`` end the figure: the text ends, or a cell,
    line, clause or sentence does (over spaces)."""
    while at < len(folded) and folded[at] == " ":
        at += 1
    return at == len(folded) or folded[at] in _ENDS
