"""ID numbers with the birth date spelled out: ``310104 1985年11月22日 3688``.

A 居民身份证号码 (:mod:`.idnumbers`) holds its holder's birth date in positions 7–14;
written as a date (``1985年11月22日``, ``一九八五年十一月二十二日``) between the address
code and the last four characters, the number is still there for a reader to put
together, and it no longer looks like a number to a digit reader.  Such a form is
read as the 18 characters it spells and blocks only when they are a checked ID
number (address code, real date, MOD 11-2 check character): a date next to other
numbers in prose passes the check about once in 50,000 tries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.numerals import NUMERALS, SMALL_NUMBER, small_number
from govpub.compliance.regex_cache import regex

__all__ = ["find_spelled_ids"]

_DIGIT = "[0-9" + "".join(NUMERALS) + "]"
_GAP = r"[ \t\-]{0,3}"
_TABLE = str.maketrans(NUMERALS)
# the address code, the date, the sequence number and check character
_SPELLED = (
    rf"(?<![0-9a-z])(?P<area>{_DIGIT}{{6}}){_GAP}"
    rf"(?P<date>(?P<year>{_DIGIT}{{4}})年(?P<month>[0-9]{{1,2}}|{SMALL_NUMBER})月"
    rf"(?P<day>[0-9]{{1,2}}|{SMALL_NUMBER})[日号]?){_GAP}"
    rf"(?P<tail>{_DIGIT}{{3}}(?:{_DIGIT}|x))(?![0-9a-z])"
)


@cache
def _spelled() -> re.Pattern[str]:
    return regex(_SPELLED)


#: Where the year's 年 stands from the start of a match, at the most.
_YEAR_REACH = 6 + 3 + 4


@cache
def _years() -> re.Pattern[str]:
    """A 年 after four figures with a figure or a gap before them: one literal found at C
    speed, the figures asked by look-behinds (most years in prose, 于2025年, stop there)."""
    figure = _DIGIT[:-1]  # (the class without its bracket)
    return regex(f"年(?<={_DIGIT}{{4}}年)(?<={figure} \t\\-]{_DIGIT}{{4}}年)")


def find_spelled_ids(folded: str) -> Iterator[tuple[int, int, int, int]]:
    """``(start, end, date_start, date_end)`` of each ID number whose birth date is spelled
    out in ``folded``: the span of the number and of its date (what a mask hides)."""
    if "年" not in folded:
        return
    seen = 0
    for year in _years().finditer(folded):
        at = year.start()
        if at < seen:
            continue
        match = _spelled().search(folded, max(0, at - _YEAR_REACH - 1), at + 20)
        if match is not None and match.start("year") + 4 == at and _checked(match):
            seen = match.end()
            yield match.start(), match.end(), *match.span("date")


def _checked(match: re.Match[str]) -> bool:
    month, day = small_number(match["month"]), small_number(match["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    number = (
        match["area"].translate(_TABLE)
        + match["year"].translate(_TABLE)
        + f"{month:02d}{day:02d}"
        + match["tail"].translate(_TABLE)
    )
    return valid_id18(number)
