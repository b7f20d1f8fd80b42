"""Check characters of the identity numbers of Hong Kong and Taiwan residents.

* 香港身份證 (HKID): one or two letters, six digits and a check character in brackets
  (``A123456(3)``).  Letters A–Z count 10–35 and a one-letter prefix is padded with a
  space worth 36; weights 9 … 2 over the eight characters, the check value ``-S mod 11``,
  10 written ``A`` (the Immigration Department's scheme as restated by validators;
  UNCONFIRMED against an official text).
* 台灣 國民身分證統一編號: a letter for the place of first registration (coded 10–35 in the
  Ministry of the Interior's order, ``I O W X Y Z`` out of sequence), ``1``/``2`` for the
  sex, seven digits and a check digit; weights 1 9 8 7 6 5 4 3 2 1 1 over the letter's
  two digits and the nine digits, the sum a multiple of 10.
"""

from __future__ import annotations

__all__ = ["valid_hkid", "valid_tw_id"]

_TW_CODES = {letter: 10 + i for i, letter in enumerate("abcdefghjklmnpqrstuvxywzio")}


def valid_hkid(letters: str, digits: str, check: str) -> bool:
    """Whether ``letters`` (one or two, lower case), six ``digits`` and ``check`` are an HKID."""
    values = [ord(c) - 87 for c in letters.rjust(2, "{")]  # ("{" - 87 = 36, a space)
    total = sum(
        v * w for v, w in zip(values + [int(d) for d in digits], range(9, 1, -1), strict=True)
    )
    value = -total % 11
    return check == ("a" if value == 10 else str(value))


def valid_tw_id(letter: str, digits: str) -> bool:
    """Whether ``letter`` (lower case) and nine ``digits`` are a Taiwan ID number."""
    code = _TW_CODES.get(letter)
    if code is None or digits[0] not in "12":
        return False
    values = [code // 10, code % 10, *map(int, digits)]
    return (
        sum(v * w for v, w in zip(values, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), strict=True)) % 10 == 0
    )
