"""Chinese numerals read as digits, for the personal-data detectors.

A phone or ID number written in Chinese numerals — ``一三八一二三四五六七八``,
``壹叁捌壹贰叁肆伍陆柒捌``, ``幺三八…`` as it is read aloud — is the same personal
data, and a way to get it past a filter that reads only digits.  Folding cannot
map ``一`` to ``1`` everywhere (term lists and markings match on the ideographs),
so the detectors get their own copy of the folded text in which only *runs* of
numerals long enough to be such a number (eleven or more, the length of a mobile
number, separators allowed as for digits) are digits.  The copy has the length of
the folded text, so offsets, labels and masks need no map.  Eleven numerals in a
row do not occur in prose (a year is four: ``二〇二五``); ``十``, ``百`` and ``万``
make a number a quantity, not a digit string, and are not read.

Numerals mixed with digits — ``310104一九八五1122三六八八``, ``138一二三四5678`` — are read
the same way when the run of both has eleven or more characters, at least two
numerals that are not all zeros (``138〇〇〇〇5678`` is a number masked with circles) and
no stretch of eleven digits of its own (``13812345678一二``: the number is there in
digits already, and the numerals are something else).

A numeral is also a character of the word around it: a name (``张三``, ``王五``), ``参加``,
``一起``.  Folding closes the space between ideographs, so ``联系人张三 一三八…`` reads
``张三一三八…`` — twelve numerals, no number.  A run that reads as no number is tried
again without the one or two numerals at an end that touches another ideograph
(:func:`_unglued`): when what is left is a mobile, ID or card number, those numerals
stay as they were written, and part the number from the word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govpub.compliance.cards import is_card_number
from govpub.compliance.folding import is_cjk_unified
from govpub.compliance.grouping import CELL_BORDER, in_open_bracket, whole_number
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.regex_cache import regex

__all__ = [
    "MIN_RUN",
    "NUMERALS",
    "NUMERAL_SEPARATOR",
    "RUN_TAIL",
    "SEPARATOR_CLASS",
    "read_numerals",
    "zero_mask",
]

#: Each numeral and its digit, in folded forms (the text is folded: 貳 is 贰, 陸 is 陆).
#: With the Suzhou numerals (苏州码子, 花码: 〡〢〣〤〥〦〧〨〩, U+3021–U+3029, zero 〇), which
#: market receipts still use and NFKC leaves alone — read in runs as the others are, never
#: one alone (〡 is also a stroke that separates); and the radio-speech digits that say a
#: number aloud past noise, as 幺 does (洞 0, 两 2, 拐 7, 勾 9: ``幺三九洞两…``, red team 56),
#: words of their own in prose but eleven in a run only in a number.
NUMERALS = {
    **dict.fromkeys("〇零○洞", "0"),
    **dict.fromkeys("一壹幺〡", "1"),
    **dict.fromkeys("二贰〢两", "2"),
    **dict.fromkeys("三叁参〣", "3"),  # 參, traditional 大写 three, folds to 参
    **dict.fromkeys("四肆〤", "4"),
    **dict.fromkeys("五伍〥", "5"),
    **dict.fromkeys("六陆〦", "6"),
    **dict.fromkeys("七柒〧拐", "7"),
    **dict.fromkeys("八捌〨", "8"),
    **dict.fromkeys("九玖〩勾", "9"),
}
# (and 。 between groups of a run, :data:`_LISTED_GROUPS`: a dot, as the fold makes it of 。
# between digits)
_TABLE = str.maketrans({**NUMERALS, "\u3002": "."})
_NUMERAL = "[" + "".join(NUMERALS) + "]"
# the separators grouping.py accepts between digits, up to three, and line breaks: a run over
# lines is read as digits here, and grouping.py decides whether the lines make one number
# (one line break, with a label before it) or not (a blank line, a column of figures)
#: One character that may stand between two digits or numerals of a run (a class).
SEPARATOR_CLASS = (
    "[ \\-\u2010-\u2015\u2212\ufe63\uff0d._/\u00b7\u30fb\uff0e\uff0f\r\n"
    # and the brackets around a group, "（幺三八）一二三四-五六七八" (red team 32)
    "()\uff08\uff09\\[\\]\u3010\u3011\u300c\u300d]"
)
#: What may stand between two digits or numerals of a run (an expression).
NUMERAL_SEPARATOR = _SEPARATOR = SEPARATOR_CLASS + "{0,3}"
# ... and between the groups of a run, a table's cell border or an HTML line break too
# ("| 手机 | 一三八 | 一二三四 | 五六七八 |", "一三八<br>一二三四<br>五六七八"): grouping.py reads
# over them, as over a line break, only after a label
# ... and a list's mark (、 ， , 。) between groups of three numerals or more, as a caller's number
# is told in a 12345 transcript ("手机号码是一三八，一二三四，五六七八", red team 107): grouping.py
# reads the digits over it after a label only, as it reads "电话：138，1234，5678"
_LISTED_GROUPS = f"(?<={_NUMERAL}{{3}})[\u3001\uff0c,\u3002](?={_NUMERAL}{{3}})"
_RUN_SEPARATOR = f"(?:{_SEPARATOR}|{CELL_BORDER}|[ \t]{{0,3}}<br ?/?>[ \t]{{0,3}}|{_LISTED_GROUPS})"
#: Fewest numerals a run needs to be read as digits (a mobile number has eleven).
MIN_RUN = 11
#: What follows the first numeral of a run (an expression; the run is any numeral, then this).
RUN_TAIL = f"(?:{_RUN_SEPARATOR}{_NUMERAL}){{{MIN_RUN - 1},}}"
_RUN = regex(_NUMERAL + RUN_TAIL)
_EITHER = "[0-9" + "".join(NUMERALS) + "]"
# a run of digits and numerals together, and where a digit and a numeral touch
_MIXED = regex(f"{_EITHER}(?:{_RUN_SEPARATOR}{_EITHER}){{{MIN_RUN - 1},}}")
_TOUCH = regex(f"{_EITHER}(?:(?<=[0-9]){_SEPARATOR}{_NUMERAL}|(?<={_NUMERAL}){_SEPARATOR}[0-9])")
_NUMERALS = regex(_NUMERAL)
_ZEROS = frozenset(c for c, digit in NUMERALS.items() if digit == "0")
#: Fewest numerals a run mixed with digits needs (one ``一`` between numbers is a dash).
MIN_MIXED = 2


def read_numerals(folded: str, line_start: Callable[[int], bool] | None = None) -> str:
    """``folded`` with every run of :data:`MIN_RUN` or more numerals in digits, and every
    run of digits and numerals that reads as one number (see the module), same length.
    ``line_start(at)``, when given, says whether ``folded[at]`` starts a line as written (the
    fold closes a line break between ideographs: :data:`_HEADING`)."""
    if _RUN.search(folded) is None and _TOUCH.search(folded) is None:
        return folded
    read = _MIXED.sub(lambda match: _read_run(match, line_start), folded)
    return folded if read == folded else read


# The numeral or item number of the next heading or list item at the start of a run's last
# line, before its mark ("…六二〇九⏎四、公告期限", "…⏎2. 赵先生"): no numeral of the number
# (red team 82, fix 103).  The fold closes a line break between two ideographs ("…九四、"),
# so there the caller's ``line_start`` says where a line starts as written.
_HEADING = regex(f"(?:\r?\n|\r)[ \t\u3000]{{0,4}}{_EITHER}{{1,2}}$")
_HEADING_MARKS = frozenset("\u3001.\uff0e)\uff09")
_NUMERAL_CHARS = frozenset(NUMERALS) | frozenset("0123456789")


def _read_run(match: re.Match[str], line_start: Callable[[int], bool] | None) -> str:
    """One run read by :func:`_read_span` — without the next heading's numeral when its last
    line starts with one (:func:`_heading_cut`)."""
    text, start, end = match.string, match.start(), match.end()
    if text[end : end + 1] in _HEADING_MARKS and end - start > MIN_RUN:
        cut = _heading_cut(text, start, end, line_start)
        if cut is not None and _whole_before(text, start, cut):
            return _read_span(text, start, cut) + text[cut:end]
    return _read_span(text, start, end)


def _whole_before(text: str, start: int, cut: int) -> bool:
    """Whether ``text[start:cut]`` read as digits is a whole number (:func:`whole_number`) not
    in an open bracket on its line: else the numerals after ``cut`` are the number's last, wrapped
    to the next line (``（电话：一三八一二三四五六七⏎八）``, review 40, fix 105)."""
    digits = "".join(char for char in text[start:cut].translate(_TABLE) if "0" <= char <= "9")
    return whole_number(digits) and not in_open_bracket(text, start, cut)


def _heading_cut(
    text: str, start: int, end: int, line_start: Callable[[int], bool] | None
) -> int | None:
    """Where the next heading's or item's numeral at the end of the run ``text[start:end]``
    starts (one or two numerals or digits at a line's start: :data:`_HEADING`); else ``None``."""
    heading = _HEADING.search(text, start, end)
    if heading is not None:
        return heading.start()
    if line_start is None:
        return None
    for cut in (end - 1, end - 2):
        if not _NUMERAL_CHARS.issuperset(text[cut:end]):
            return None
        if line_start(cut):
            return cut
    return None


def _read_span(text: str, start: int, end: int) -> str:
    """The run ``text[start:end]`` read by :func:`_as_digits`, then freed of numerals a word
    took (:func:`_unglued`); or, when that reads no number, with its ``一`` between digits as
    dashes (:func:`_dashed`)."""
    run = text[start:end]
    read = _as_digits(run)
    after = text[end] if end < len(text) else ""
    if (read == run or not _a_number(read, after)) and (dashed := _dashed(run, after)):
        return dashed
    if read == run and (zeros := _zeros_as_digits(run, after)):
        return zeros
    if read == run:
        return run
    before = _is_word(text[start - 1]) if start else False
    if not (before or _is_word(after)) or _a_number(read, after):
        return read
    return _unglued(run, read, before=before, after=after)


# ``一`` right between two digits (a space either side allowed): a dash to the eye
_ONE_AS_DASH = regex("(?:(?<=[0-9])|(?<=[0-9] ))\u4e00(?= ?[0-9])")


def _dashed(run: str, after: str) -> str | None:
    """``run`` with each ``一`` between digits written as the dash it looks like
    (``138一1234一5678``, ``310104一19851122一3688``), when nothing else in it is a numeral and
    its digits then make a number (:func:`_a_number`); else ``None``.  Read as numerals, such a
    run has one digit too many for every ``一`` and is no number at all, so the dash's
    look is what hid it (red team 53)."""
    dashed = _ONE_AS_DASH.sub("-", run)
    if dashed == run or _NUMERALS.search(dashed) is not None or not _a_number(dashed, after):
        return None
    return dashed


def _is_word(char: str) -> bool:
    """Whether ``char`` is an ideograph and no numeral (of a word a numeral may end or start)."""
    return is_cjk_unified(char) and char not in NUMERALS


#: How many numerals at one end of a run may belong to the word beside it (张三, 一起).
_GLUED = 2


def _unglued(run: str, read: str, *, before: bool, after: str) -> str:
    """``read`` with up to :data:`_GLUED` numerals at an end that touches another ideograph
    (``before``; ``after`` is the character after the run) as ``run`` wrote them, when the
    digits left make a number (:func:`_a_number`); else ``read``."""
    size = len(run)
    heads = range(_GLUED + 1) if before else range(1)
    tails = range(_GLUED + 1) if _is_word(after) else range(1)
    for head in heads:
        for tail in tails:
            if not head and not tail:
                continue
            edges = run[:head] + run[size - tail :]
            if any(char not in NUMERALS for char in edges):
                continue  # (only numerals are given back to a word, never digits)
            if _a_number(read[head : size - tail], after if not tail else ""):
                return run[:head] + read[head : size - tail] + run[size - tail :]
    return read


def _a_number(read: str, after: str) -> bool:
    """Whether the digits of ``read`` (and a check character ``x`` right ``after`` it) are a
    mobile number, a checked 18-digit ID number or a card number."""
    digits = "".join(char for char in read if char.isdigit())
    if len(digits) == 11:
        return digits[0] == "1" and digits[1] in "3456789"
    if len(digits) == 17 and after == "x":
        return valid_id18(digits + "x")
    return (len(digits) == 18 and valid_id18(digits)) or is_card_number(digits)


def _as_digits(run: str) -> str:
    numerals = _NUMERALS.findall(run)
    if len(numerals) < MIN_MIXED:
        return run
    pieces = _NUMERALS.split(run)
    mixed = any(c.isdigit() for c in run)
    if not mixed or (
        not _ZEROS.issuperset(numerals)
        and all(sum(c.isdigit() for c in piece) < MIN_RUN for piece in pieces)
    ):
        return run.translate(_TABLE)
    return _RUN.sub(lambda inner: inner.group().translate(_TABLE), run)


#: A mask: three or more circles in a row (``138〇〇〇〇5678``, ``张○○○``).  零 and 洞 are zeros
#: as written, no mask: ``138零零零零1234`` is a mobile number (red team 106).
_MASK = regex("[〇○]{3}")


def zero_mask(text: str) -> bool:
    """Whether ``text`` holds a mask of zero numerals (:data:`_MASK`): ``138〇〇〇〇5678`` hides
    four digits, it writes no zeros."""
    return _MASK.search(text) is not None


def _zeros_as_digits(run: str, after: str) -> str | None:
    """``run`` with its zero numerals as ``0``, when they are its only numerals, none stands in
    a mask and the digits then make a number (:func:`_a_number`); else ``None``.  ``31〇1〇4…``
    writes a number's zeros as ``〇`` among other digits — ``㈢㈠〇㈠〇㈣…`` has no other zero,
    for no parenthesized zero exists (red team 56) — while ``138〇〇〇〇5678`` hides four."""
    numerals = _NUMERALS.findall(run)
    if not numerals or not _ZEROS.issuperset(numerals) or _MASK.search(run) is not None:
        return None
    read = run.translate(_TABLE)
    return read if _a_number(read, after) else None


#: A month's or a day's number in numerals: ``五``, ``十``, ``十一``, ``二十二``, ``三十一``
#: (an expression; :func:`small_number` reads it).
SMALL_NUMBER = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"


def small_number(written: str) -> int:
    """The value of a number of at most two places, in digits or in numerals as
    :data:`SMALL_NUMBER` writes them (``7``, ``07``, ``十一``, ``二十二``)."""
    if written.isdigit():
        return int(written)
    if "十" not in written:
        return int(written.translate(_TABLE))
    tens, _, units = written.partition("十")
    return int(tens.translate(_TABLE) or "1") * 10 + int(units.translate(_TABLE) or "0")
