"""居民身份证号码: the structure and check character of GB 11643-1999.

Why validate at all: an 18-digit number in a government post is far more often an
order, a case or a document number than a person's ID, and blocking every one of
them teaches editors to ignore the check.  GB 11643-1999 (公民身份号码) gives the
number enough structure to tell (rules.md §9):

* positions 1–6: the address code of GB/T 2260, whose first two digits are a
  province-level code (``11`` 北京 … ``65`` 新疆, ``71`` 台湾, ``81``/``82`` 香港/澳门,
  ``83`` and ``91`` as used for residence permits and early overseas numbers);
* positions 7–14: the birth date ``YYYYMMDD`` — a real calendar day, not in the future;
* positions 15–17: a sequence number (odd for men, even for women);
* position 18: the check character of ISO 7064 MOD 11-2 — weights
  ``7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2`` (``2^(17-i) mod 11``), ``S = Σ aᵢWᵢ``,
  check ``"10X98765432"[S mod 11]``.  Test vector: ``11010519491231002X``.

A random 18-digit string passes all three tests about once in 50,000 tries.

The 外国人永久居留身份证 (a foreigner's permanent residence card) of 2023 (issued from
2023-12-01, National Immigration Administration, 《新版外国人永久居留身份证适配性改造要点》)
has a number of the same build: ``9``, the two-digit province code of the office that
issued it, a three-digit numeric code of the nationality, the birth date, a sequence and
the same MOD 11-2 check character (:func:`valid_foreign_id18`).  Its 2017 predecessor had
15 characters: the nationality's three Latin letters and 12 digits (their layout and any
check are not published; govpub reads them after the card's name only).

The legacy 15-digit number (issued until 1999, GB 11643-1989) has the address
code, a two-digit year of the 1900s, month, day and a 3-digit sequence, and no
check digit — only the province code and the date can be validated.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "PROVINCES",
    "id_check_char",
    "living_holder",
    "real_birth_date",
    "valid_foreign_id18",
    "valid_id15",
    "valid_id18",
]

#: GB/T 2260 province-level codes: the first two digits of an address code.
_PROVINCE_CODES = (*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55))
PROVINCES = frozenset(str(code) for code in (*_PROVINCE_CODES, *range(61, 66), 71, 81, 82, 83, 91))
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_EARLIEST = date(1870, 1, 1)  # no living holder was born before


def id_check_char(first17: str) -> str:
    """The GB 11643 check character (``0``–``9`` or ``X``) for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def real_birth_date(year: int, month: int, day: int) -> bool:
    """Whether ``year-month-day`` is a calendar day a living person can be born on."""
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return _EARLIEST <= born <= date.today()  # noqa: DTZ011 - a calendar date, no zone


def valid_id18(number: str) -> bool:
    """Whether ``number`` (17 ASCII digits and a digit or ``X``/``x``) is a valid ID number."""
    if len(number) != 18 or not number[:17].isdigit() or number[:2] not in PROVINCES:
        return False
    if not real_birth_date(int(number[6:10]), int(number[10:12]), int(number[12:14])):
        return False
    return id_check_char(number[:17]) == number[17].upper()


def valid_foreign_id18(number: str) -> bool:
    """Whether ``number`` is a valid 18-digit 外国人永久居留身份证 number of 2023: ``9``, a
    province code, three digits of nationality, a birth date and a MOD 11-2 check character."""
    if len(number) != 18 or number[0] != "9" or not number[:17].isdigit():
        return False
    if number[1:3] not in PROVINCES or not real_birth_date(
        int(number[6:10]), int(number[10:12]), int(number[12:14])
    ):
        return False
    return id_check_char(number[:17]) == number[17].upper()


def valid_id15(number: str) -> bool:
    """Whether ``number`` (15 ASCII digits) is a plausible legacy 15-digit ID number."""
    return (
        len(number) == 15
        and number.isdigit()
        and number[:2] in PROVINCES
        and real_birth_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))
    )


#: No one this old is alive (the oldest verified living person in 2026 was born in 1909).
_OLDEST_AGE = 118


def living_holder(number: str) -> bool:
    """Whether a legacy 15-digit number's holder, born ``19YY``, can be alive today.

    The 15-digit number's year has two digits and means 19YY, so a 工商注册号 whose
    sequence starts ``000…`` (``310104000123456``, the usual form of GS15-2006's
    登记机关代码 + 顺序码) reads as a birth in 1900: a person who would be 126 years old.
    Such a number names no living person, whose data alone 个人信息保护法 第4条 protects
    (a 死者's data is its relatives' concern, 第49条) — and far more often a registration.
    """
    return 1900 + int(number[6:8]) > date.today().year - _OLDEST_AGE  # noqa: DTZ011
