"""The written numbers of a text worth reading, found in one pass where possible.

:func:`_numbers` gives :func:`~govpub.compliance.personal.find_personal_data` the written
numbers of a text: runs of Chinese numerals are read as digits
(:mod:`~govpub.compliance.numerals`), and the stretches of digits
(:mod:`~govpub.compliance.grouping`) are found with them by one expression
(:func:`_stretch_or_run`).  A stretch that cannot hold personal data (a landline, a row of
figures) is passed over before it is parsed (:func:`_worth_reading`).  The hot path of a post
with many numbers (docs/performance.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from govpub.compliance.grouping import MIN_DIGITS, STRETCH_CHARS, WrittenNumber, find_numbers
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.letter_digits import in_stretch
from govpub.compliance.numerals import (
    NUMERAL_SEPARATOR,
    NUMERALS,
    RUN_TAIL,
    SEPARATOR_CLASS,
    read_numerals,
)
from govpub.compliance.personal.documents import _DOCUMENT_WORD, _PASSPORT_REACH
from govpub.compliance.personal.hmt import _hmt_mobile_worth
from govpub.compliance.personal.labels import _over_lines_labelled
from govpub.compliance.regex_cache import regex


def _numbers(
    folded: str,
    skip: Callable[[int, int], bool],
    scan: str | None,
    *,
    plain_links: bool,
    line_start: Callable[[int], bool] | None = None,
) -> tuple[str, Iterator[WrittenNumber]]:
    """The text the numbers are read in (``folded`` with runs of numerals as digits) and
    the written numbers (:func:`find_personal_data` says how; ``line_start``: whether a
    folded offset starts a line as written, :func:`~.numerals.read_numerals`)."""
    if scan is not None and plain_links and (stretches := _stretches(scan)) is not None:
        # no run of numerals in scan, so none in folded: nothing is read as digits
        return folded, find_numbers(scan, worth=_worth_reading, stretches=stretches)
    read = read_numerals(folded, line_start)
    if scan is not None and read is not folded:
        # scan's runs are runs of folded (the blanks are no numerals): none there, none here
        scan = read_numerals(scan, line_start)
    # digits in a link: a page id, not a person's
    if scan is None:
        return read, find_numbers(read, skip, worth=_worth_reading)
    return read, find_numbers(scan, worth=_worth_reading)


@cache
def _stretch_or_run() -> re.Pattern[str]:
    """A stretch of digits (grouping's) or a run of Chinese numerals (numerals'), in one
    expression that starts with one class: the regex engine skips to a digit or a numeral at
    C speed and then goes on by the one it found (an alternation of two expressions that
    start with classes would be tried at every position).  Compiled on first use (0.6 ms).
    """
    numerals = "".join(NUMERALS)
    # a numeral beside a digit (a mixed run may start there), looked for at the numerals
    # only: they are rarer than digits, and a digit's own branch stays as cheap as before
    digit_before = "|".join(f"(?<=[0-9]{SEPARATOR_CLASS * gap}[{numerals}])" for gap in range(4))
    # after a numeral, the tests that look back first, then one look ahead that each of the
    # others needs to pass (a separator maybe, then a numeral or a digit; or a cell border's
    # or a <br>'s first character): most numerals (进一步, （一）) stop there (−0.015 ms a post)
    ahead = f"(?={NUMERAL_SEPARATOR}[{numerals}0-9]|[ \t]{{0,12}}[|<])"
    return regex(
        f"[0-9{numerals}]"
        f"(?:(?<=[0-9])[{STRETCH_CHARS}]{{{MIN_DIGITS - 2},}}[0-9]"
        f"|(?<=[{numerals}])(?:(?P<touch>{digit_before})"
        f"|{ahead}(?:(?P<run>{RUN_TAIL})|(?P<after>{NUMERAL_SEPARATOR}[0-9]))))"
    )


def _stretches(scan: str) -> list[tuple[int, int]] | None:
    """The stretches of digits :func:`~.grouping.find_numbers` reads in ``scan``, from one
    pass that also looks for runs of Chinese numerals; ``None`` when it finds one, or a
    digit beside a numeral (``138一二三四5678`` may be a mixed run): then the numerals are
    read as digits first, and the stretches are looked for again.

    A stretch holds no numeral and a run no digit, so neither hides the other: the
    stretches are those :func:`~.grouping.find_numbers` finds, and a run or a mixed run
    is found wherever :func:`~.numerals.read_numerals` finds one (a test compares them).
    """
    stretches: list[tuple[int, int]] = []
    for match in _stretch_or_run().finditer(scan):
        if match.lastgroup is not None:  # a run of numerals, or a digit beside a numeral
            return None
        stretches.append(match.span())
    return stretches


# A group that starts with "1": only such a number of 11 or 12 digits can be a mobile number.
_GROUP_OF_ONE = regex(r"(?<![0-9])1")
_NON_DIGIT = regex(r"[^0-9]")


def _worth_reading(folded: str, start: int, end: int) -> bool:
    """Whether a stretch of digits and separators can hold personal data.

    Every kind but the mobile number has 13 digits or more, and a passport is a
    letter and 7 or 8 digits; a number of 11 or 12 digits is a mobile number only
    when a group of it starts with ``1`` (``0431-4956982``, a landline, is not).
    """
    digits = end - start - len(_NON_DIGIT.findall(folded, start, end))  # (ten counts: 6x slower)
    if digits >= 13:
        if not _cells_of_figures(folded, start, end):
            return True
        digits = 7  # a row of figures: worth reading only for a letter or a document's label
    if start > 0 and "a" <= folded[start - 1] <= "z":
        return True  # a passport, or a code of which the digits are part
    if in_stretch(folded, start, end):
        return True  # letters for digits (3101041985ll223688, 138 l234 5678: letter_digits)
    low = max(0, start - _PASSPORT_REACH)
    before = folded[low:start]
    if digits >= 7 and _DOCUMENT_WORD.search(folded, low, start) is not None:
        return True  # "护照 G 12345678", "回乡证 H 1234 5678": the letter stands apart
    if digits >= 8 and _hmt_mobile_worth(folded, start, digits, before):
        return True
    return digits >= 11 and _GROUP_OF_ONE.search(folded, start, end) is not None


_CELL_BORDER = regex(r"\||</t[dh]>\s*<t[dh]>")


def _cells_of_figures(folded: str, start: int, end: int) -> bool:
    """Whether a stretch is the cells of a table row with nothing to read in it: no cell
    has eleven digits, no run of cells makes a checked 18-digit ID number (or one whose X
    is in the next cell), and no label says what they are — a row of statistics, passed
    over before it is parsed (:func:`_figures_apart` says the same of a parsed number)."""
    if folded.find("|", start, end) == -1 and folded.find("</t", start, end) == -1:
        return False
    cells = [_NON_DIGIT.sub("", cell) for cell in _CELL_BORDER.split(folded[start:end])]
    if max(map(len, cells)) >= 11:
        return False  # (a mobile number in a cell of its own; fewer digits need a label)
    low = total = 0
    for high, cell in enumerate(cells, 1):
        total += len(cell)
        while total > 18:
            total -= len(cells[low])
            low += 1
        if total >= 17 and valid_id18("".join(cells[low:high]).ljust(18, "x")):
            return False
    return not _over_lines_labelled(folded, start)
