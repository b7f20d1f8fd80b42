"""Makers of valid ID, card, phone and registration numbers, and of the ways people write them.

The check characters are computed here independently of govpub (other formulas for
the same standards), so that a test built on these makers checks govpub's
validators instead of repeating them.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence

# GB 11643-1999: ISO 7064 MOD 11-2, computed as the standard writes it —
# weight 2^(17-i) mod 11 and check value (12 - S mod 11) mod 11, 10 written X.
_ID_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]


def id_number(first17: str) -> str:
    """``first17`` completed with its GB 11643 check character."""
    value = (12 - sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11) % 11
    return first17 + ("X" if value == 10 else str(value))


def is_id_number(number: str, divisions: Collection[int] | None = None) -> bool:
    """Whether ``number`` is an 18-character ID number with a plausible date (1900–2026) and its
    check character (``x`` as ``X``), its first two digits in ``divisions`` when given: what a
    generator asks before it calls a made-up code clean (a code that happens to be one is a
    person's number)."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    if divisions is not None and int(number[:2]) not in divisions:
        return False
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    return (
        1900 <= year <= 2026
        and 1 <= month <= 12
        and 1 <= day <= 31
        and id_number(number[:17]) == number.upper()
    )


# GB 32100-2015: 31 characters, weights 3^i mod 31, check = -S mod 31.
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(first17: str) -> str:
    """``first17`` completed with its GB 32100 check character."""
    total = sum(USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + USCC_CHARS[-total % 31]


# GB 11714-1997: weights 3 7 9 10 5 8 4 2, check = 11 - S mod 11 (10 → X, 11 → 0).
_ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(first8: str) -> str:
    """``first8`` completed with its GB 11714 check character."""
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return first8 + {10: "X", 11: "0"}.get(value, str(value))


def luhn(partial: str) -> str:
    """``partial`` completed with its Luhn check digit (ISO/IEC 7812-1)."""
    total = 0
    for index, char in enumerate(reversed(partial)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return partial + str(-total % 10)


def vin(first8: str, tail8: str) -> str:
    """A vehicle identification number with its check character in the ninth place (ISO 3779,
    GB 16735): ``first8`` (WMI and VDS) and ``tail8`` (year, plant, serial)."""
    values = {str(i): i for i in range(10)}
    values.update(zip("ABCDEFGH", range(1, 9), strict=True))
    values.update(zip("JKLMN", range(1, 6), strict=True))
    values.update({"P": 7, "R": 9})
    values.update(zip("STUVWXYZ", range(2, 10), strict=True))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(values[c] * w for c, w in zip(first8 + "0" + tail8, weights, strict=True)) % 11
    return first8 + ("X" if total == 10 else str(total)) + tail8


def grouped(number: str, lengths: Sequence[int], separator: str) -> str:
    """``number`` cut into groups of ``lengths`` (the rest in a last group) and joined."""
    groups = []
    position = 0
    for length in lengths:
        if position >= len(number):
            break
        groups.append(number[position : position + length])
        position += length
    if position < len(number):
        groups.append(number[position:])
    return separator.join(groups)


def chunks(number: str, size: int, separator: str) -> str:
    """``number`` in groups of ``size``, the last maybe shorter."""
    return grouped(number, [size] * (len(number) // size + 1), separator)


_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789+-*/.ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_FULL_WIDTH[" "] = "\u3000"


def full_width(text: str) -> str:
    """``text`` with ASCII digits, capitals and ``+-*/. `` in their full-width forms."""
    return "".join(_FULL_WIDTH.get(c, c) for c in text)


def zero_width(text: str, every: int = 3, char: str = "\u200b") -> str:
    """``text`` with an invisible ``char`` after every ``every`` characters."""
    return char.join(text[i : i + every] for i in range(0, len(text), every))


#: Real GB/T 2260 division codes, for the address part of ID numbers and for codes.
DIVISIONS = (
    "110101",
    "110105",
    "110108",
    "120104",
    "130102",
    "210102",
    "310104",
    "310115",
    "320102",
    "330106",
    "350102",
    "370102",
    "410105",
    "420106",
    "440106",
    "440304",
    "500103",
    "510107",
    "530102",
    "610113",
    "650102",
)


# 香港身份證 (HKID): one or two letters, six digits, a check character. Published
# algorithm (Immigration Department, as restated widely): a one-letter prefix is
# preceded by a space worth 36; letters A–Z are 10–35; weights 9 8 7 6 5 4 3 2; the
# check value is (11 − S mod 11) mod 11, 10 written A.
def hkid(prefix: str, digits6: str) -> str:
    """``prefix`` + ``digits6`` completed as an HKID, written ``A123456(7)``."""
    letters = prefix.rjust(2)
    values = [36 if c == " " else ord(c) - ord("A") + 10 for c in letters]
    values += [int(d) for d in digits6]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    value = (11 - total % 11) % 11
    return f"{prefix}{digits6}({'A' if value == 10 else value})"


# 台灣 國民身分證統一編號: a letter for the place of registration (coded 10–35 in the
# Ministry of the Interior's order, I O W X Y Z out of sequence), a gender digit 1/2,
# seven digits and a check digit; weights 1 9 8 7 6 5 4 3 2 1 1 over the letter's two
# digits and the nine digits, the sum a multiple of 10.
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def tw_id(letter: str, first8: str) -> str:
    """``letter`` + ``first8`` (gender digit and seven more) completed with its check digit."""
    code = _TW_LETTERS.index(letter) + 10
    digits = [code // 10, code % 10] + [int(d) for d in first8]
    total = sum(d * w for d, w in zip(digits, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1], strict=True))
    return f"{letter}{first8}{-total % 10}"


def random_digits(rng: random.Random, n: int) -> str:
    """``n`` digits drawn from ``rng``."""
    return "".join(rng.choice("0123456789") for _ in range(n))


def no_mobile_inside(number: str) -> bool:
    """Whether no eleven digits of ``number`` in a row start as a mobile's (1, then 3–9)."""
    return not any(number[i] == "1" and number[i + 1] in "3456789" for i in range(len(number) - 10))


def luhn_uscc(rng: random.Random, prefix: str) -> str:
    """An all-digit 统一社会信用代码 with ``prefix`` (its first two characters) that also passes
    Luhn, no ID number or mobile inside: the look-alike a card reader must leave alone (issue
    12). Eighteen characters: the prefix, a division, a well-formed 组织机构代码 (nine) and the
    check character (until 2026-12-07 it took eight random digits, and made 17)."""
    while True:
        org = org_code(random_digits(rng, 8))  # the 9-character 组织机构代码 of GB 32100
        code = uscc(prefix + rng.choice(DIVISIONS) + org)
        if (
            len(code) == 18
            and code.isdigit()
            and luhn(code[:-1]) == code
            and not is_id_number(code)
            and no_mobile_inside(code)
        ):
            return code
