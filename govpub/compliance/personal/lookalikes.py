"""Characters written for digits: a look-alike check character X, letters for digits.

``11010519491231002×`` (:data:`_X_LIKE`: ×, Cyrillic Х, 叉 …) is read with an X when the
number then checks; ``3l0104198511223688`` and ``手机：l38O1234567`` are read by
:mod:`~govpub.compliance.letter_digits` with this package's labels, and so, right after such a
label, is a number with no seven digits together (``身份证号：31O1O4I985II223688``,
``联系手机：l39-l234-567O``: :func:`_labelled_letter_readings`; there Roman and Chinese
numerals are digits too, the Roman numerals the fold made letters given back by
:func:`_with_roman`: ``联系电话：ⅠⅢⅧⅠⅡⅢⅣⅤⅥⅦⅧ``, fix 86).  Apart because both
change what a written number is before it is read.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache

from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.folding import is_han
from govpub.compliance.grouping import Group, WrittenNumber
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.letter_digits import (
    LABEL_WORDS,
    ROMAN,
    find_letter_digits,
    first_numeral,
    read_after_label,
    six_numerals,
    stand_ins,
    touched,
)
from govpub.compliance.numerals import NUMERALS
from govpub.compliance.personal.codes import _ALNUM
from govpub.compliance.personal.hits import _Reading
from govpub.compliance.personal.labels import _over_lines_labelled, gloss_from_letter, label_at
from govpub.compliance.plain_tables import (
    Span,
    Written,
    cell_starts,
    header_above,
    line_at,
    rows_below,
)
from govpub.compliance.regex_cache import regex

# The check character X written as a look-alike (11010519491231002×): the multiplication
# sign, crosses, the Cyrillic and Greek letters, bopomofo ㄨ, and 叉 — the X as it is read
# aloud, after an ID number in numerals (…一〇〇二叉), when no word goes on from it (叉车).
# Asked of the character as written: the fold keeps some and reads others (✕ ✖ ❌,
# pictographs) as a space.
_X_LIKE = frozenset("×✕✖✗✘❌❎╳⨉⨯хХχΧㄨ叉")
_X_GAP = frozenset(" -")  # what may stand between the digits and that X (folded)


def _with_x_like(
    folded: str, original: str, to_original: Callable[[int], int], number: WrittenNumber
) -> WrittenNumber:
    """``number`` with the look-alike X right after it as its last group — or after one
    space or hyphen, as a real X may stand (``… 091 Х``) — when that makes a checked
    18-digit ID number; else ``number``."""
    end = number.end
    if end >= len(folded):
        return number
    at = end  # (an X-like the fold reads as a space, ❌, is a space in the folded text)
    if original[to_original(end)] not in _X_LIKE and folded[end] in _X_GAP:
        at = end + 1
    if (
        at >= len(folded)
        or original[to_original(at)] not in _X_LIKE
        or (at + 1 < len(folded) and folded[at + 1] in _ALNUM)
        or (folded[at] == "叉" and at + 1 < len(folded) and is_han(folded[at + 1]))
        or number.groups[-1].digits == "x"
    ):
        return number
    digits = "".join(g.digits for g in number.groups)
    if len(digits) < 17 or not valid_id18(digits[-17:] + "x"):
        return number
    return replace(
        number,
        end=at + 1,
        groups=(*number.groups, Group(at, at + 1, "x")),
        separators=(*number.separators, folded[end:at]),
    )


def _carded(folded: str) -> Callable[[int], bool]:
    """What :mod:`~govpub.compliance.letter_digits` asks before it reads a card: whether a
    bank card's label (``卡号：``, ``银行账号``) names the number at a position of ``folded``."""
    return lambda at: label_at(folded, at) == "card"


def _letter_readings(
    folded: str, number: WrittenNumber, written: Written | None = None
) -> Iterator[_Reading]:
    """A number with letters for digits around the digits of ``number``
    (:mod:`.letter_digits`), when such a letter touches them or stands a separator away
    (``written``: the post as written, where a tab paste's columns are counted)."""
    if not touched(folded, number.start, number.end):
        return
    for kind, start, end, hidden in find_letter_digits(
        folded,
        number.start,
        number.end,
        lambda at: _over_lines_labelled(folded, at) or _under_tab_phone_header(folded, at, written),
        carded=_carded(folded),
    ):
        yield _Reading(kind, start, end, hidden)


# (a phone's column in a header: 联系电话, 手机, 联系方式, 电话号码)
_PHONE_COLUMN = LazyPattern(r"电话|手机|联系方式|tel|phone|mobile")
_TAB_HEADER_REACH = 400
_TAB_ROWS_MOST = 12


def _as_written(folded: str, written: Written | None) -> Written:
    """``written``, or ``folded`` itself as the text written when none is given (a reader
    asked of a folded text alone, as the unit tests ask)."""
    return Written(folded, lambda at: at) if written is None else written


def _under_tab_phone_header(folded: str, at: int, written: Written | None = None) -> bool:
    """Whether ``at`` stands in a cell of a tab-separated paste (a line that holds a tab)
    whose header, the first line above its rows (each row holding a tab) with no digit, names
    a phone's column (``序号⇥姓名⇥联系电话⏎1⇥张三⇥l3812345678``): a label for the letters read as
    digits, as a Markdown table's header is (red team 99) — in the phone's column
    (:func:`_in_phone_column`: its first too), not under 型号 or 产品编号 beside it (review
    68's F4).  Bounded: a few rows, a few hundred characters back
    (:func:`~govpub.compliance.plain_tables.header_above`)."""
    row = line_at(folded, at)
    if row.start == 0 or "\t" not in folded[row.start : row.end]:
        return False
    header = header_above(
        folded,
        row,
        "\t",
        lambda start, end: (
            _PHONE_COLUMN.search(folded, start, end) is not None
            and not _A_DIGIT.search(folded, start, end)
        ),
        low=max(0, row.start - _TAB_HEADER_REACH),
        rows_most=_TAB_ROWS_MOST,
    )
    return header is not None and _in_phone_column(
        folded, header, row, at, _as_written(folded, written)
    )


def _in_phone_column(folded: str, header: Span, row: Span, at: int, written: Written) -> bool:
    """Whether the cell that ``at`` stands in, of the row ``row``, is in a column the header
    line ``header`` names a phone's, counting the tabs as written (the fold drops those
    between the header's words).  A row whose cells the header's do not match one for one (a
    cell left out, or a header of one cell, its tabs lost before the paste) tells no column:
    the table is told, and the reading still needs a mobile's shape — decided for the
    blocking side, as before review 68.  A phone's header cell followed by empty ones is a
    cell merged over their columns, as a spreadsheet pastes one
    (``联系电话⇥⏎…⇥0571-88888888⇥l3B1234S678``: review 69's L3)."""
    if written.tabs(*row) != written.tabs(*header):
        return True
    column = written.tabs(row.start, at)
    cells = written.cells(header)
    for match in _PHONE_COLUMN.finditer(folded, *header):
        first = written.tabs(header.start, match.start())
        last = first
        while last + 1 < len(cells) and not cells[last + 1].strip():
            last += 1
        if first <= column <= last:
            return True
    return False


# The label words (letter_digits.LABEL_WORDS) looked for here when the field's literal pass
# did not: each starts with a literal, so that the search skips to their first characters.
_LABEL_WORD = LazyPattern("|".join(LABEL_WORDS))
_LABEL_TO_NUMBER = 24  # how far after the word the number may start (联系人：王某 l39…)
_LABEL_SPAN = 2 * _LABEL_TO_NUMBER  # (and where such a number ends at the latest)
_TAG = regex(r"<[^<>\n]{0,40}>")
# what ends the gap after a label word: a line's end, a tag, a table's border, or a character
# that may be a word's or a number's (the Latin, Greek and Cyrillic letters; not ideographs)
_NOT_GAP = regex("[\n<|0-9a-zA-Z\u00aa-\u2e7f]")
_HTML_CELL = regex(r"<td\b[^<>]{0,200}>")
_MOST_CELLS = 400  # of the table under a header label that are looked at


@cache
def _look() -> re.Pattern[str]:
    """What a number with letters for digits, or a table's next cell, after a label holds: a
    letter for a digit, a bar, a tag; a line's end ends the look."""
    return regex("[\n<|" + re.escape("".join(sorted(stand_ins() | set(ROMAN)))) + "]")


# ... or a Chinese numeral touching a digit: one among digits is enough (联系电话：137九8644176,
# 身份证号：四一010520021113四990 — red team 82, fix 110); a numeral of a word after the label
# (电话一直占线) leads to no reading
_CN = "".join(NUMERALS)
_NUMERAL_TOUCH = regex(f"[0-9][{_CN}]|[{_CN}][0-9]")


# The Roman numerals the fold makes letters (Ⅰ i, Ⅴ v): given back to the label's reader.
_ROMAN_FOLDED = regex("[\u2160\u2164\u2170\u2174]")


def _with_roman(folded: str, original: str, to_original: Callable[[int], int]) -> str:
    """``folded`` with each Roman numeral that the fold made a letter (``Ⅰ`` ``i``, ``Ⅴ``
    ``v``) and that stands beside a digit, a numeral or a letter for one as written, for the
    reader after a label (fix 86: ``联系电话：ⅠⅤⅧⅡⅢⅣⅤⅥⅦⅧⅨ``; a heading's ``Ⅰ、`` or ``第Ⅴ章`` is
    left); the text itself when it holds none.  Same length."""
    if not (
        "\u2160" in original or "\u2164" in original or "\u2170" in original or "\u2174" in original
    ):
        return folded  # (four fast scans: a regular expression's class scans at 1/100 the speed)
    pieces: list[str] = []
    last = at = shift = 0  # (the folded offsets rise with the written ones: each from the last)
    size = len(folded)
    for match in _ROMAN_FOLDED.finditer(original):
        written = match.start()
        after = original[written + 1 : written + 2]
        if not (
            (written and _beside_roman(original[written - 1])) or (after and _beside_roman(after))
        ):
            continue
        guess = written - shift  # (most often the shift of the numeral before)
        if 0 <= guess < size and guess >= at and to_original(guess) == written:
            at = guess
        else:
            at = bisect_left(range(size), written, lo=at, key=to_original)
            if at >= size or to_original(at) != written:
                continue
        shift = written - at
        if folded[at] in "iv":
            pieces += (folded[last:at], match.group())
            last = at + 1
    if not pieces:
        return folded
    pieces.append(folded[last:])
    return "".join(pieces)


@cache
def _numberish() -> frozenset[str]:
    """What stands beside a Roman numeral in a number, as written, besides a decimal digit of
    any script: a numeral (Roman, Chinese, circled, parenthesized, full-stop, dingbat,
    superscript and subscript), a keycap's marks, a letter written for a digit."""
    chars = set(ROMAN) | set(NUMERALS) | set("OoIil|ＯｏＩｌ\u20e3\ufe0f¹²³")
    for low, high in ((0x2070, 0x209F), (0x2460, 0x24FF), (0x2776, 0x2793)):
        chars |= {chr(c) for c in range(low, high + 1)}
    return frozenset(chars)


def _beside_roman(char: str) -> bool:
    """Whether ``char`` beside a Roman numeral makes it a number's (:func:`_numberish`)."""
    return char.isdecimal() or char in _numberish()


def _labelled_letter_readings(
    folded: str, labels: list[int] | None, written: Written | None = None
) -> Iterator[_Reading]:
    """Numbers with letters for digits right after a label of an ID number or a phone
    (``身份证号：31O1O4-I985II22-3688``, ``联系手机：l39-l234-567O``,
    ``手机：|39-|234-567O``), or in the table column it heads: the first number after each
    label word (``labels``: where they end; ``None``: looked for here), and the cells of the
    rows below a label in a table — read as
    :func:`~govpub.compliance.letter_digits.read_after_label` says, a checked ID number or,
    after a phone's label, a mobile's shape (never after a serial-number label, ``设备号码：``;
    ``written``: the post as written, where a tab paste's columns are counted).
    """
    if labels is None:
        labels = [match.end() for match in _LABEL_WORD.finditer(folded)]
    read_to = 0  # (the cells below one label in a table: not again for the next label)
    digit = -1  # (where the first digit at or after the last label read stands)
    for label_end in labels:
        end = label_end
        look = _look().search(folded, end, end + _LABEL_TO_NUMBER)
        if look is not None and look.group() == "\n" and _ends_in_colon(folded, end, look.start()):
            end = look.end()  # (身份证号：⏎31O1O4…: the number on the label's next line)
            look = _look().search(folded, end, end + _LABEL_TO_NUMBER)
        if look is None or look.group() == "\n":
            stop = end + _LABEL_TO_NUMBER if look is None else look.start()
            look = _NUMERAL_TOUCH.search(folded, end, stop)
            if look is None:
                if end >= read_to:  # (a tab paste's header: its rows below, red team 99)
                    rows, read_to = _tab_cells_under(folded, end)
                    yield from _read_cells(folded, rows, written)
                continue  # (most labels: digits alone after them, or words)
        if look.group() not in "<|":
            # a letter first, so no table: a number after it needs six digits (a run of
            # hostile labels, 联系l repeated, cost 40 times other text: review of fix60a)
            # (digits or numerals: Roman, Chinese — fix 86)
            if digit < end:
                first = first_numeral().search(folded, end)
                digit = len(folded) if first is None else first.start()
            if digit >= end + _LABEL_SPAN or not six_numerals().search(
                folded, digit, end + _LABEL_SPAN
            ):
                continue
        at, table = _after_label(folded, end)
        cells: list[int] = []
        if table is not None and table >= read_to:
            cells, read_to = _cells_under(folded, table)
        starts = itertools.chain(() if at is None else (at,), cells)
        yield from _read_cells(folded, starts, written)


def _read_cells(folded: str, starts: Iterable[int], written: Written | None) -> Iterator[_Reading]:
    """The numbers with letters for digits read at ``starts``, after a label or in the
    column it heads (:func:`~govpub.compliance.letter_digits.read_after_label`)."""
    for start in starts:
        found = read_after_label(
            folded,
            start,
            lambda at: _labelled(folded, at, written),
            carded=_carded(folded),
        )
        if found is not None:
            yield _Reading(found[0], found[1], found[2], found[3])


def _ends_in_colon(folded: str, end: int, line_end: int) -> bool:
    """Whether the rest of a label word's line, ``folded[end:line_end]``, ends in a colon:
    the value may stand on the next line (``身份证号：⏎31O1O4…``, as a form's text is copied)."""
    return folded[end:line_end].rstrip(" \t\u3000").endswith(tuple(LABEL_COLONS))


def _after_label(folded: str, at: int) -> tuple[int | None, int | None]:
    """Where the first word or number after a label word ending at ``at`` starts (over the
    label's suffix, its colon, a contact's name, table borders and an HTML cell's tags;
    ``None`` when a line ends first or a word glues on), and where the label's table row ends
    when it stands in one (a Markdown row or an HTML cell: ``None`` when not)."""
    end = min(len(folded), at + _LABEL_TO_NUMBER)
    table = None
    while (found := _NOT_GAP.search(folded, at, end)) is not None:
        at, char = found.start(), found.group()
        if char == "<" and (tag := _TAG.match(folded, at)) is not None:
            if tag.group().startswith(("</td", "</th")) and table is None:
                table = at
            at = tag.end()
            continue
        if char == "|" and table is None and folded[at + 1 : at + 2] in (" ", "\t", "\n", ""):
            line = folded.rfind("\n", 0, at) + 1
            if folded[line:at].lstrip(" \t>").startswith("|"):
                table = at  # (a Markdown row's border)
        if char.isalpha() and (gloss := gloss_from_letter(folded, at)) > at:
            at = gloss  # (an English gloss before the colon: 身份证号（ID No.）：…, red team 100;
            continue  # 身份证号/ID No.：…, review 68's L4)
        if char == "\n" or char.isalnum():
            break
        at += 1
    else:
        return None, table
    if char == "\n":
        return None, table
    if (
        at
        and folded[at - 1].isalnum()
        and folded[at - 1] < "\u2e80"
        and not _glued_word(folded, at)
    ):
        return None, table
    if folded[at - 1] == "+":
        return at - 1, table  # (+86 l38…)
    bars = at
    while bars > at - 3 and folded[bars - 1] == "|":
        bars -= 1  # (bars for ones: 手机：|39-|234-567O, 身份证号：||03…)
    return bars, table


# The label words of Latin letters that a number may be glued to (Tel1974OO3O538: red team 82,
# fix 110) when they start a word (not hotel, intel, telephone's tail)
_GLUED_WORDS = tuple(word for word in LABEL_WORDS if word.isascii())


def _glued_word(folded: str, at: int) -> bool:
    """Whether a label word of Latin letters (``tel``, ``phone``, ``mobile``) that starts a word
    ends right at ``at``, where the number glued to it starts."""
    for word in _GLUED_WORDS:
        start = at - len(word)
        if start >= 0 and folded.startswith(word, start):
            return not (start and folded[start - 1].isascii() and folded[start - 1].isalnum())
    return False


def _cells_under(folded: str, at: int) -> tuple[list[int], int]:
    """Where the cells of the table rows below the row that holds ``at`` start (after their
    border and spaces; Markdown rows up to the first line that is none, HTML cells up to the
    table's end), and where the table ends."""
    if folded[at] == "<":
        end = folded.find("</table", at)
        end = len(folded) if end == -1 else end
        cells = _HTML_CELL.finditer(folded, at, end)
        return [cell.end() for cell in itertools.islice(cells, _MOST_CELLS)], end
    starts: list[int] = []
    line = folded.find("\n", at) + 1
    while line and len(starts) < _MOST_CELLS:
        end = folded.find("\n", line)
        end = len(folded) if end == -1 else end
        if not folded[line:end].lstrip(" \t>").startswith("|"):
            return starts, line
        border = folded.find("|", line, end)
        while border != -1 and len(starts) < _MOST_CELLS:
            start = border + 1
            while start < end and folded[start] in " \t":
                start += 1
            if start < end and folded[start] != "|":
                starts.append(start)
            border = folded.find("|", border + 1, end)
        line = end + 1 if end < len(folded) else 0
    return starts, line or len(folded)


_A_DIGIT = regex(r"\d")  # (one search in C, not a test per character: 2 % of check())


def _tab_cells_under(folded: str, at: int) -> tuple[list[int], int]:
    """Where the cells of a tab paste's rows below the line that holds ``at`` start (after
    each tab, and each row's first), when that line holds no digit (a header: the fold drops
    the tabs between its words) and the rows below each hold a tab; and where they end."""
    low = max(0, at - _TAB_HEADER_REACH)
    line = folded.rfind("\n", low, at) + 1
    row = folded.find("\n", at, at + _TAB_HEADER_REACH) + 1
    if (line == 0 and low > 0) or not row or _A_DIGIT.search(folded, line, row - 1):
        return [], at  # (a header's line is short: bounded, a long line of labels is linear)
    starts: list[int] = []
    for cells in rows_below(folded, row, lambda start, end: "\t" in folded[start:end]):
        starts += itertools.islice(cell_starts(folded, cells, "\t"), _MOST_CELLS - len(starts))
        row = cells.end + 1
        if len(starts) >= _MOST_CELLS:
            break
    return starts, min(row, len(folded))


def _labelled(folded: str, start: int, written: Written | None = None) -> bool:
    """Whether a label that names a phone (or its column's header: a tab paste's too), and no
    serial number's, stands before ``start``."""
    return label_at(folded, start) != "serial" and (
        _over_lines_labelled(folded, start) or _under_tab_phone_header(folded, start, written)
    )
