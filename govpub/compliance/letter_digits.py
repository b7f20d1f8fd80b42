"""Letters written for digits: ``31O1O4198511223688``, ``l38l2345678``, ``138 l234 5678``.

``O`` looks like ``0`` and ``l`` or ``I`` like ``1``: a number typed with them reads the
same to a person and is no number to a digit reader.  The letters are read as digits
only where the result leaves no doubt — a checked 18-digit ID number (address code,
real date, MOD 11-2 check character), a mobile number right after a label saying
it is one (``手机：l38l2345678``), or a bank card right after a card's label
(``收款账号：6285844O9559l75I558``, ``银行卡号：6222 O2l2 3456 7894``) when its digits then make
a card by its network's prefix and length and pass Luhn (:mod:`.cards`; fix 83).
Elsewhere a letter among digits is a code's (``型号 A1O1``, ``SN 2O23…``, ``沪A·1O234``) and
stays a letter.

Which letters (red team 25): ``O``/``o`` for 0 and ``l``/``I``/``i`` for 1, in any width
(``ｌ``, ``Ｏ``: the fold reads them as ASCII), and the letters of other scripts that look
like them or like a digit (Cyrillic ``О`` ``І`` ``З``, Greek ``Ι`` ``ο``: the confusables
table of :mod:`.confusables`).  ``B`` for 8, ``S`` for 5 and ``Z`` for 2 (and their
look-alikes) are letters of codes as often as digits' stand-ins (房间号 ``B1234``, ``S1``
lines): they are read only right after a label — for a mobile number after a phone label,
and for an ID number (OCR's ``身份证号码：44030S198508152838``, red team 99; fix 99e) where O, l
and I alone leave no checked number and the 18 then check; never in an unlabelled number.

The number may be grouped as digits are (:mod:`.grouping`): ``138 l234 5678``,
``l38-l234-5678``, ``+86 l38 1234 5678``, ``310104-1985II22-3688`` — groups of digits and
such letters joined by one to three spaces, hyphens or dots; consecutive groups are tried as
a whole number (11 characters, or ``86`` and 11, for a mobile; 18 for an ID number), and a
group glued to another letter or digit (``ca1234``) neither starts nor ends one.  Only around
a run of seven digits or more that such a letter touches, or stands one separator away from
(``3l0104198511223688``, ``138 l234 5678``): that is what the digit reader finds anyway, so
the look costs nothing in a text without such letters — or right after a label of an ID
number or a phone, which says a number follows (:func:`read_after_label`:
``身份证号：31O1O4I985II223688``, ``联系手机：l39-l234-567O``); there a bar glued to the next
digit or letter is a ``1`` too (``手机：|39-|234-567O``; elsewhere a bar is a table's border).
``经核查31O1O4I985II223688``, with no seven digits together and no label, is not read.

Right after such a label (or the verbs 拨打, 致电) numerals are read among the letters too
(fix 86): the Roman numerals one to nine (``Ⅰ``–``Ⅸ``, ``ⅰ``–``ⅸ``: :data:`ROMAN`) and the
Chinese numerals (:data:`~.numerals.NUMERALS`) — ``身份证号：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ``,
``联系电话：ⅠⅢⅧⅠⅡⅢⅣⅤⅥⅦⅧ``, ``手机：一三八l二三四五六七八`` — counted as digits, the number
still a checked ID number, a mobile's shape or a checked card.  Chinese numerals at an end
glued to another word's ideograph are the word's (``联系人王五l38…``).  A number with numerals
read so has at most as many letters as numerals (9 of 18, 5 of 11): more is a code or a
heading's; one of letters and digits alone needs six digits (fix 60a: 12 letters of 18).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Literal

from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.cards import is_card_number
from govpub.compliance.confusables import table
from govpub.compliance.folding import is_han
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.numerals import NUMERALS, zero_mask
from govpub.compliance.regex_cache import regex

__all__ = [
    "LABEL_WORDS",
    "LETTERS",
    "ROMAN",
    "Kind",
    "find_letter_digits",
    "in_stretch",
    "labelled_numerals",
    "read_after_label",
    "stand_ins",
    "touched",
]

#: The letters that stand for digits in any number (the fold lower-cases O and I).
LETTERS = frozenset("oil")
# (and B, S, Z: for a labelled mobile only)
_CODE_LETTERS = {"b": "8", "s": "5", "z": "2"}
#: Fewest real digits in such a number (a word of o, i and l is none); with numerals read
#: too, no more letters than numerals: 9 of an ID number's 18, 5 of a mobile's 11 (fix 86).
_FEWEST_DIGITS = 6
#: The Roman numerals one to nine, capital and small (U+2160–U+2168, U+2170–U+2178): read as
#: digits right after a label only (fix 86; the fold makes Ⅰ and Ⅴ the letters i and v, so the
#: reader is given them as written: personal.lookalikes._with_roman).
ROMAN = {chr(0x2160 + n): str(n + 1) for n in range(9)} | {
    chr(0x2170 + n): str(n + 1) for n in range(9)
}
# between the groups: spaces, hyphens and dashes, dots (folded: ． is ., － is -), brackets
_SEPARATORS = frozenset(
    " \t\u00a0\u3000-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d.\u00b7()\uff08\uff09"
)
_MOST_SEPARATORS = 3  # together, between two groups
_REACH = 24  # how far a number goes on from the digits the reader found, each way
_GROUP_REACH = 8  # how far into the group beside the digits a letter is looked for
_PLUS = frozenset("+\uff0b")
_LONGEST = 19  # characters of a number read here (a card's most)
_SHORTEST_CARD = 13
Kind = Literal["id_number", "mobile", "bank_card"]


@cache
def _readings() -> tuple[dict[str, str], dict[str, str]]:
    """The letters read as digits anywhere (a checked ID number, a labelled mobile), and
    those read so for a labelled mobile only: each → its digit."""
    sure = {"o": "0", "i": "1", "l": "1"}
    code = dict(_CODE_LETTERS)
    for char, (reading, _) in table().items():
        if reading in sure:
            sure[char] = sure[reading]
        elif reading.isdigit():
            sure[char] = reading
        elif reading in _CODE_LETTERS:
            code[char] = _CODE_LETTERS[reading]
    return sure, code


@cache
def stand_ins() -> frozenset[str]:
    """Every character that may stand for a digit here (folded): ``o``, ``i``, ``l``, ``b``,
    ``s``, ``z`` and their look-alikes of other scripts."""
    sure, code = _readings()
    return frozenset(sure) | frozenset(code)


def touched(text: str, start: int, end: int) -> bool:
    """Whether a letter that may stand for a digit touches ``text[start:end]`` (digits), or
    is in the group one run of separators away from it (``l38 1234 5678``, ``1З8 1234 5678``,
    ``138 1234 567B``)."""
    letters = stand_ins()
    at = start - 1
    while at >= 0 and start - at <= _MOST_SEPARATORS and text[at] in _SEPARATORS:
        at -= 1
    near = at - _GROUP_REACH
    while at >= 0 and at > near and (text[at] in letters or "0" <= text[at] <= "9"):
        if text[at] in letters:
            return True
        at -= 1
    at = end
    while at < len(text) and at - end < _MOST_SEPARATORS and text[at] in _SEPARATORS:
        at += 1
    near = at + _GROUP_REACH
    while at < len(text) and at < near and (text[at] in letters or "0" <= text[at] <= "9"):
        if text[at] in letters:
            return True
        at += 1
    return False


def _word(char: str) -> bool:
    """Whether ``char`` glues a group to a word (a letter or digit, not an ideograph)."""
    return char.isalnum() and char < "\u2e80"


def in_stretch(text: str, start: int, end: int) -> bool:
    """Whether a stretch of digits and separators (:data:`~.grouping.STRETCH_CHARS`, which
    has the letters of ``<br>`` and ``</td>``) may hold letters for digits: touched, or with
    a ``b`` inside (``13b 1234 5678``)."""
    return touched(text, start, end) or text.find("b", start, end) != -1


@cache
def labelled_numerals() -> dict[str, str]:
    """The numerals read as digits among letters right after a label (fix 86): the Roman
    numerals one to nine and the Chinese numerals (:data:`~.numerals.NUMERALS`)."""
    return ROMAN | NUMERALS


@cache
def _group_chars(numerals: bool) -> frozenset[str]:
    """What a group holds besides ASCII digits: the stand-ins, and after a label the
    numerals."""
    return stand_ins() | frozenset(labelled_numerals()) if numerals else stand_ins()


def _glued_numeral(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a Chinese numeral, a character of the word it touches."""
    return at >= 0 and at < len(text) and text[at] in NUMERALS


def _word_han(char: str) -> bool:
    """Whether ``char`` is an ideograph of a word (not a numeral): 王五, 五月."""
    return is_han(char) and char not in NUMERALS


@cache
def _label_ends() -> frozenset[str]:
    """The last ideographs of the label words (手机, 身份证号码, 拨打…): Chinese numerals
    glued to one are the number's (手机一三八l二三四五六七八), not a word's."""
    return frozenset(word[-1] for word in LABEL_WORDS if is_han(word[-1])) | frozenset("号號码碼")


def _unglued(text: str, first: int, last: int) -> tuple[int, int]:
    """``text[first:last]`` without the Chinese numerals at an end that touches a word's
    ideograph (联系人王五l38O1234567, l38O1234567五月: the name's, the date's) — at the
    start, not a label's (手机一三八l…)."""
    if first and _word_han(text[first - 1]) and text[first - 1] not in _label_ends():
        while first < last and _glued_numeral(text, first):
            first += 1
    if last < len(text) and _word_han(text[last]):
        while last > first and _glued_numeral(text, last - 1):
            last -= 1
    return first, last


def _groups(
    text: str, start: int, end: int, numerals: bool = False, floor: int | None = None
) -> list[tuple[int, int, bool, bool]]:
    """The groups of digits and letters around ``text[start:end]``: ``(start, end, free
    before, free after)`` — free: not glued to another letter or digit.  With ``numerals``
    (after a label) the Roman and Chinese numerals are a group's too.  ``floor``: where the
    caller's label ends, before which no group starts and where one is free (``Tel1974OO3O538``:
    the l of Tel is no 1 of the number, fix 110)."""
    chars = _group_chars(numerals)
    low = max(0, start - _REACH, 0 if floor is None else floor)
    high = min(len(text), end + _REACH)
    begin = start
    while begin > low and (text[begin - 1] in chars or text[begin - 1].isdigit()):
        begin -= 1
    groups: list[tuple[int, int, bool, bool]] = []
    at = begin
    while at < high:
        first = at
        while at < high and (text[at] in chars or "0" <= text[at] <= "9" or text[at] == "x"):
            at += 1
        if at == first:
            break
        glued_after = at < len(text) and _word(text[at])
        groups.append((first, at, True, not glued_after))
        gap = at
        while at < high and at - gap < _MOST_SEPARATORS and text[at] in _SEPARATORS:
            at += 1
        if at == gap or at >= high or not (text[at] in chars or "0" <= text[at] <= "9"):
            break
    if groups:
        first, last, _, after = groups[0]
        free = first in (0, floor) or not _word(text[first - 1])
        groups[0] = (first, last, free, after)
    # and the groups before the first, over separators
    at = begin
    while at > low:
        gap = at
        while at > low and gap - at < _MOST_SEPARATORS and text[at - 1] in _SEPARATORS:
            at -= 1
        if at in (gap, low) or not (text[at - 1] in chars or text[at - 1].isdigit()):
            break
        last = at
        while at > low and (text[at - 1] in chars or "0" <= text[at - 1] <= "9"):
            at -= 1
        free = at in (0, floor) or not _word(text[at - 1])
        groups.insert(0, (at, last, free, True))
    if numerals:
        groups = [
            (first, last, free, after)
            for first, last, free, after in (
                (*_unglued(text, first, last), free, after) for first, last, free, after in groups
            )
            if first < last
        ]
    return groups


def find_letter_digits(
    text: str,
    start: int,
    end: int,
    labelled: Callable[[int], bool],
    *,
    carded: Callable[[int], bool],
    numerals: Mapping[str, str] | None = None,
    floor: int | None = None,
) -> Iterator[tuple[Kind, int, int, tuple[int, ...]]]:
    """``(kind, start, end, hidden)`` of a number written with letters for digits in
    folded ``text`` that holds ``text[start:end]`` (digits); ``hidden``: the positions a
    mask hides.  ``labelled(at)`` says whether a label before ``at`` names a phone,
    ``carded(at)`` whether one names a bank card.  ``numerals`` (right after a label:
    :func:`labelled_numerals`) are read as digits too, and counted as digits; ``floor`` (right
    after a label: where it ends) is where the number starts at the earliest."""
    sure, code = _readings()
    spelled = numerals or {}
    if text[start] in _PLUS:
        start += 1  # (the number's +86)
    groups = _groups(text, start, end, bool(spelled), floor)
    for i, (first, _, free, _) in enumerate(groups):
        if first >= end:
            break  # (a number starting past the digits found holds none of them)
        if not free:
            continue
        positions: list[int] = []
        for j in range(i, len(groups)):
            low, high, _, after = groups[j]
            positions.extend(range(low, high))
            if len(positions) > _LONGEST:
                break
            if high <= start or not after:
                continue
            found = _reading(text, positions, sure, code, labelled, carded=carded, numerals=spelled)
            if found is not None:
                kind, hidden = found
                if kind == "bank_card":  # (the longest: a card's first 16 of 19 may check)
                    high, hidden = _longest_card(
                        text, groups[j + 1 :], positions, high, hidden, numerals=spelled
                    )
                plus = kind == "mobile" and text[first - 1 : first] in _PLUS
                yield kind, first - plus, high, hidden
                return


def _longest_card(
    text: str,
    groups: list[tuple[int, int, bool, bool]],
    positions: list[int],
    end: int,
    hidden: tuple[int, ...],
    *,
    numerals: Mapping[str, str],
) -> tuple[int, tuple[int, ...]]:
    """The end and hidden positions of the longest card that the groups after one read as a
    card (ending at ``end``, ``positions`` its characters) go on to make, else of that one."""
    sure = _readings()[0]
    positions = list(positions)
    for low, high, _, after in groups:
        positions.extend(range(low, high))
        if len(positions) > _LONGEST:
            break
        if after and _card(text, positions, sure, numerals):
            end, hidden = high, tuple(positions[:-4])
    return end, hidden


def _card(
    text: str, positions: list[int], sure: dict[str, str], numerals: Mapping[str, str]
) -> bool:
    """Whether the characters at ``positions``, their letters read as digits (O, l, I and
    their look-alikes; never B, S or Z) and their numerals too, make a card by its
    network's rules and Luhn."""
    digits = "".join(sure.get(c) or numerals.get(c) or c for c in (text[p] for p in positions))
    return digits.isdigit() and is_card_number(digits)


def _reading(
    text: str,
    positions: list[int],
    sure: dict[str, str],
    code: dict[str, str],
    labelled: Callable[[int], bool],
    *,
    carded: Callable[[int], bool],
    numerals: Mapping[str, str],
) -> tuple[Kind, tuple[int, ...]] | None:
    """What the characters at ``positions`` make: a checked ID number, a labelled mobile or
    a card after a card's label that its network's rules and Luhn check (with the positions
    its mask hides), or nothing.  With numerals among them, letters are at most half the
    characters (fix 86); of letters and digits alone, six digits are enough (fix 60a)."""
    chars = [text[p] for p in positions]
    letters = sum(c in sure or c in code for c in chars)
    spelled = sum(c in numerals for c in chars)
    if not (letters or spelled):
        return None  # (digits alone: the digit reader's)
    if len(chars) - letters < _FEWEST_DIGITS or "x" in chars[:-1]:
        return None
    if spelled and (2 * letters > len(chars) or (not letters and zero_mask("".join(chars)))):
        # (numerals among mostly letters: a code or a heading's, fix 86; digits masked with
        # zero numerals, 电话138〇〇〇〇5678: no number, fix 110)
        return None
    if len(chars) == 18 and _checked_id(chars, sure, code if numerals else {}, numerals):
        return "id_number", tuple(positions[6:-4])
    if (
        len(chars) >= _SHORTEST_CARD
        and _card(text, positions, sure, numerals)
        and carded(positions[0])
    ):
        return "bank_card", tuple(positions[:-4])
    national = positions[_country_code(chars) :]
    digits = "".join(
        sure.get(c) or code.get(c) or numerals.get(c) or c for c in (text[p] for p in national)
    )
    mobile = len(digits) == 11 and digits.isdigit() and digits[0] == "1" and digits[1] > "2"
    return ("mobile", tuple(national[3:7])) if mobile and labelled(positions[0]) else None


def _checked_id(
    chars: list[str], sure: dict[str, str], code: dict[str, str], numerals: Mapping[str, str]
) -> bool:
    """Whether 18 characters make a checked ID number with their letters read as digits: O,
    l and I anywhere, and right after a label (``code``: empty elsewhere) B, S and Z too, as
    OCR reads a scanned form (``身份证号码：44030S198508152838``, red team 99) — only when O, l
    and I alone leave no checked number (a code's B stays a letter where it can)."""
    if valid_id18("".join(sure.get(c) or numerals.get(c) or c for c in chars)):
        return True
    return any(c in code for c in chars) and valid_id18(
        "".join(sure.get(c) or code.get(c) or numerals.get(c) or c for c in chars)
    )


def _country_code(chars: list[str]) -> int:
    """How many of a mobile's characters are China's calling code written before it:
    ``86`` of 13 (``+86``'s plus is not among them) or ``0086`` of 15, else none."""
    if len(chars) == 13 and chars[:2] == ["8", "6"]:
        return 2
    if len(chars) == 15 and chars[:4] == ["0", "0", "8", "6"]:
        return 4
    return 0


#: Where a label of an ID number or a phone may end (the words the personal readers' labels
#: start with, folded): the number after one is read by :func:`read_after_label`.  Found by
#: the one literal pass over a field (:mod:`.anchors`) when Hyperscan is installed.
LABEL_WORDS = (
    "身份",
    "身分",
    "证件",
    "號碼",
    "号码",
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "tel",
    "phone",
    "mobile",
    # the verbs that say a phone number follows (拨打l39…, 致电I5488o34|27: fix 86)
    "拨打",
    "撥打",
    "致电",
    "致電",
    # a card's (银行卡号, 收款账号, 信用卡号, 银行账户: a card written with letters, fix 83)
    "卡号",
    "卡號",
    "账号",
    "帐号",
    "賬號",
    "帳號",
    "账户",
    "帐户",
    "帳戶",
)
_BAR = "|"


@cache
def _numerals_class() -> str:
    """A character class's inside: a digit or a numeral read after a label (Roman, Chinese)."""
    return "0-9" + "".join(sorted(labelled_numerals()))


@cache
def _between_class() -> str:
    """A character class's inside: what a number read here holds between its numerals
    (letters for digits, separators, bars, a plus)."""
    return re.escape("".join(sorted(stand_ins() | _SEPARATORS | _PLUS | {_BAR, "x"})))


@cache
def _six_in_number() -> re.Pattern[str]:
    """Six digits or numerals (Roman, Chinese: fix 86) among the characters a number read
    here holds from where it is matched (letters for digits, separators, bars, a plus): not
    the digits of the next label's number (``银行卡号：6222O`` repeated read each label's
    stretch at five times the cost — fix 83)."""
    return regex(f"(?:[{_between_class()}]*[{_numerals_class()}]){{{_FEWEST_DIGITS}}}")


@cache
def six_numerals() -> re.Pattern[str]:
    """Six digits or numerals (Roman, Chinese) in one stretch of a number's characters
    (letters for digits, separators, bars, a plus between them), searched for: the test
    before a label's stretch is read — what :func:`read_after_label` asks of the number,
    so that a run of labels each before a numeral (``手机：Ⅴ`` repeated, fix 86) is not read
    label by label on the numerals of the next ones."""
    numerals, between = _numerals_class(), _between_class()
    return regex(f"[{numerals}](?:[{between}]*[{numerals}]){{{_FEWEST_DIGITS - 1}}}")


@cache
def first_numeral() -> re.Pattern[str]:
    """A digit or a numeral read after a label (Roman, Chinese)."""
    return regex(f"[{_numerals_class()}]")


# (what may end a label right before a bar that is a 1)
_LABEL_GAP = frozenset(LABEL_COLONS + "#(（")


def read_after_label(
    text: str,
    start: int,
    labelled: Callable[[int], bool],
    *,
    carded: Callable[[int], bool],
) -> tuple[Kind, int, int, tuple[int, ...]] | None:
    """A number written with letters for digits that starts at ``start`` of folded ``text``,
    right after a label of an ID number or a phone (the caller's), as :func:`find_letter_digits`
    reads one: ``身份证号：31O1O4I985II223688`` needs no seven digits together.  A bar glued to
    the digit or letter after it reads as ``1`` (``手机：|39-|234-567O``)."""
    if _six_in_number().match(text, start, start + _REACH) is None:
        return None  # (the cheap test first: most labels stand before digits alone)
    sure, code = _readings()
    numerals = labelled_numerals()
    offset = 0
    if text.find(_BAR, start, start + _REACH) != -1:
        # the number's stretch read apart, its bars as ones (not the whole text once a label)
        offset = max(0, start - 2 * _REACH)
        text = _bars_read(text[offset : start + 2 * _REACH], start - offset)
        start -= offset
        start += text[start] == _BAR  # (a bar that is no 1: a table's border)
    window = text[start : start + _REACH]
    if not any(c in sure or c in code or c in numerals for c in window):
        return None
    if not (
        text[start] in sure
        or text[start] in code
        or text[start] in _PLUS
        or "0" <= text[start] <= "9"
        or text[start] in numerals
    ):
        return None
    end = start + 1 + (text[start] in _PLUS)
    found = next(
        iter(
            find_letter_digits(
                text,
                start,
                end,
                lambda at: labelled(at + offset),
                carded=lambda at: carded(at + offset),
                numerals=numerals,
                floor=start if _glued_to_word(text, start) else None,
            )
        ),
        None,
    )
    if found is None or not offset:
        return found
    kind, first, last, hidden = found
    return kind, first + offset, last + offset, tuple(at + offset for at in hidden)


def _glued_to_word(text: str, start: int) -> bool:
    """Whether the number at ``start`` is glued to the Latin letters of its label
    (``Tel1974OO3O538``: the label's last letter is no digit's stand-in, fix 110)."""
    return start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()


@cache
def _bar_neighbours() -> dict[str, str]:
    """The letters and numerals beside which a bar reads as a ``1``."""
    return _readings()[0] | labelled_numerals()


def _bars_read(text: str, start: int) -> str:
    """``text`` with each bar of the number at ``start`` read as ``l`` (same length): a bar
    with a digit, a letter or the check character X after it and a digit, letter, hyphen or
    dot before it (or, first, the label's colon or space), one space, hyphen or dot apart on
    one side at most (``120101 |999…``, ``12010|-1999…``).  A table's border has spaces on
    both sides, a word before it (``|手机|139…``) or nothing after it (``…5678|``)."""
    sure = _bar_neighbours()
    chars = list(text[start : start + _REACH])
    bar = text.find(_BAR, start, start + _REACH)
    while bar != -1:
        at, bar = bar - start, text.find(_BAR, bar + 1, start + _REACH)
        before = chars[at - 1] if at else text[start - 1 : start] or " "
        after = chars[at + 1] if at + 1 < len(chars) else " "
        if before.isspace() and after.isspace():
            continue
        if before.isspace() and at >= 2:
            before = chars[at - 2]
        if (after.isspace() or after in "-.") and at + 2 < len(chars):
            after = chars[at + 2]
        if at == 0 and before not in _LABEL_GAP and not before.isspace():
            continue  # (the first bar after a word: |手机|139…, a table's border)
        if (after.isdigit() or after in sure or after in "|x") and (
            at == 0 or before.isdigit() or before in sure or before in "-."
        ):
            chars[at] = "l"
    read = "".join(chars)
    return (
        text
        if read == text[start : start + len(chars)]
        else text[:start] + read + text[start + len(chars) :]
    )
