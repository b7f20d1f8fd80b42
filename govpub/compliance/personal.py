"""Personal data (个人信息): resident ID numbers, mobile numbers, bank cards, passports.

个人信息保护法 第6条 (minimum necessary) and 第13条(六)/第27条 (public data only
"在合理的范围内"); inspectors list "个人身份证号、手机号、银行卡号未进行模糊处理"
as a finding (rules.md §3 R-PERSONAL).  Detection is validated to keep false
alarms down (rules.md §9):

* **居民身份证号码** (GB 11643-1999): 18 characters — a province code, a real
  birth date, and the ISO 7064 MOD 11-2 check character (weights
  7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, ``"10X98765432"[S mod 11]``); a random
  18-digit number with a wrong check digit is *not* an ID.  Legacy 15-digit
  numbers (no check digit) need a province code and a real date in 19xx.
* **手机号**: ``1[3-9]`` + 9 digits, optionally ``+86``, optionally written
  3-4-4 with spaces or hyphens.
* **银行卡号**: 16–19 digits (optionally in groups of four) starting 62
  (UnionPay), 4 or 51–55, passing the Luhn check (ISO/IEC 7812-1) → block; a
  62-prefixed number that fails Luhn → warn (many UnionPay debit cards
  reportedly do not use Luhn — UNCONFIRMED).
* **护照**: ``E``/``G`` + 8 digits, or ``E`` + a letter + 7 digits, written in
  upper case (rules.md §9, UNCONFIRMED format list).

Masks (rules.md §10): ID keeps the first 6 and last 4 (``110105********002X``),
mobile 3 + 4 (``138****1234``), bank card the last 4, passport the first
character and last 3.  Separators stay where they are.  Digits inside URLs are
page identifiers, not personal data, and are skipped by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from govpub.compliance._text import fold

__all__ = [
    "PersonalHit",
    "find_personal_data",
    "id_check_char",
    "luhn_ok",
    "mask",
    "mask_personal_data",
]

Kind = Literal["id_number", "mobile", "bank_card", "passport"]

# GB/T 2260 province-level codes (the first two digits of an address code).
_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
        "91",
    ]
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10x98765432"

_ID18 = re.compile(
    r"(?<![0-9a-z])[1-9]\d{5}[ ]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"[ ]?\d{3}[0-9x](?![0-9a-z])"
)
_ID15 = re.compile(
    r"(?<![0-9a-z])[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)"
)
_MOBILE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)?86[ \-]?)?1[3-9]\d(?:\d{8}|[ \-]\d{4}[ \-]\d{4})(?![\d])"
)
_CARD = re.compile(
    r"(?<![\d])(?:62|4\d|5[1-5])(?:\d{14,17}|\d{2}(?:[ \-]\d{4}){3}(?:[ \-]\d{1,3})?)(?!\d)"
)
_PASSPORT = re.compile(r"(?<![0-9a-z])(?:[eg]\d{8}|e[a-z]\d{7})(?![0-9a-z])")


@dataclass(frozen=True, slots=True)
class PersonalHit:
    """A detected item: where it is in the folded text, what it is, how sure, its mask."""

    kind: Kind
    start: int
    end: int
    masked: str
    certain: bool = True


def id_check_char(first17: str) -> str:
    """The GB 11643 check character (``0``–``9`` or ``X``) for 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11].upper()


def luhn_ok(digits: str) -> bool:
    """The Luhn check (ISO/IEC 7812-1) used by payment card numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return date(1870, 1, 1) <= born <= date.today()  # noqa: DTZ011 - a calendar date, no zone


def _valid_id18(digits: str) -> bool:
    if digits[:2] not in _PROVINCES:
        return False
    if not _real_date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])):
        return False
    return id_check_char(digits[:17]) == digits[17].upper()


def _valid_id15(digits: str) -> bool:
    return digits[:2] in _PROVINCES and _real_date(
        1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    )


def mask(text: str, keep_start: int, keep_end: int, char: str = "*") -> str:
    """``text`` with every letter or digit masked except the first and last few.

    Separators (spaces, hyphens, ``+``) are kept where they are, so the mask has
    the length of the original.
    """
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    hidden = set(positions[keep_start : len(positions) - keep_end])
    return "".join(char if i in hidden else c for i, c in enumerate(text))


def _mobile_mask(text: str) -> str:
    # Keep a +86 prefix and the 3 + 4 of the number itself.
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    number = digits[-11:]
    hidden = set(number[3:7])
    return "".join("*" if i in hidden else c for i, c in enumerate(text))


def find_personal_data(
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    skip: Callable[[int, int], bool],
) -> Iterator[PersonalHit]:
    """Every validated item in ``folded`` (offsets in the folded text).

    ``original`` and ``to_original`` give the text as written (masks are built
    from it, so a full-width number is masked in full-width); ``skip(start, end)``
    says whether a span lies inside a URL.
    """
    windows = _windows(folded, skip)
    if not windows:
        return
    taken: list[tuple[int, int]] = []

    def matches(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        seen: set[tuple[int, int]] = set()
        for w_start, w_end in windows:
            for match in pattern.finditer(folded, w_start, w_end):
                if match.span() not in seen:
                    seen.add(match.span())
                    yield match

    def free(start: int, end: int) -> bool:
        if skip(start, end):
            return False
        return not any(s < end and start < e for s, e in taken)

    def written(start: int, end: int) -> str:
        return original[to_original(start) : to_original(end - 1) + 1]

    for match in matches(_ID18):
        digits = match.group().replace(" ", "")
        if _valid_id18(digits) and free(match.start(), match.end()):
            taken.append(match.span())
            yield PersonalHit("id_number", *match.span(), mask(written(*match.span()), 6, 4))
    for match in matches(_CARD):
        digits = re.sub(r"[ \-]", "", match.group())
        if not 16 <= len(digits) <= 19 or not free(match.start(), match.end()):
            continue
        certain = luhn_ok(digits)
        if certain or digits.startswith("62"):
            taken.append(match.span())
            yield PersonalHit(
                "bank_card", *match.span(), mask(written(*match.span()), 0, 4), certain
            )
    for match in matches(_ID15):
        if _valid_id15(match.group()) and free(match.start(), match.end()):
            taken.append(match.span())
            yield PersonalHit("id_number", *match.span(), mask(written(*match.span()), 6, 4))
    for match in matches(_MOBILE):
        if free(match.start(), match.end()):
            taken.append(match.span())
            yield PersonalHit("mobile", *match.span(), _mobile_mask(written(*match.span())))
    for match in matches(_PASSPORT):
        as_written = written(*match.span())
        if as_written[:1] in "EGＥＧ" and free(match.start(), match.end()):
            taken.append(match.span())
            yield PersonalHit("passport", *match.span(), mask(as_written, 1, 3))


# Every item holds a run of at least 7 digits (separators allowed): find those runs with
# one fast scan, and run the detectors only around them (a prefix such as "+86" or a
# passport letter sits at most 3 characters before the run).
_DIGIT_RUN = re.compile(r"[0-9][0-9 \-]{5,}[0-9]")


def _windows(folded: str, skip: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(folded):
        if skip(run.start(), run.end()):  # digits in a URL: a page id, not a person's
            continue
        start, end = max(run.start() - 3, 0), min(run.end() + 2, len(folded))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


#: Every detector needs at least this many digits (a passport: a letter and eight digits).
_FEWEST_DIGITS = 7
_DIGIT = re.compile(r"\d")


def mask_personal_data(text: str) -> str:
    """``text`` with every detected ID, phone, bank-card and passport number masked."""
    if len(_DIGIT.findall(text, 0, 4096)) < _FEWEST_DIGITS and len(text) <= 4096:
        return text  # every detector needs a run of digits; most audit strings have none
    folded = fold(text)
    masks = [
        (folded.original(h.start), folded.original(h.end - 1) + 1, h.masked)
        for h in find_personal_data(folded.text, text, folded.original, lambda s, e: False)
    ]
    for start, end, masked in sorted(masks, reverse=True):
        text = text[:start] + masked + text[end:]
    return text
