"""Letters written for digits: ``31O1O4198511223688``, ``l38l2345678``.

``O`` looks like ``0`` and ``l`` or ``I`` like ``1``: a number typed with them reads the
same to a person and is no number to a digit reader.  The letters are read as digits
only where the result leaves no doubt — a checked 18-digit ID number (address code,
real date, MOD 11-2 check character), or a mobile number right after a label saying
it is one (``手机：l38l2345678``).  Elsewhere a letter among digits is a code's
(``型号 A1O1``, ``SN 2O23…``) and stays a letter.  Only unbroken runs are read (the
groupings of :mod:`.grouping` are for digits), and only around a run of seven digits or
more that a letter touches (``3l0104198511223688``, ``l38l2345678``): that is what the
digit reader finds anyway, so the look costs nothing in a text without such letters;
``31O1O4I985II223688``, with no seven digits together, is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Literal

from govpub.compliance.idnumbers import valid_id18

__all__ = ["LETTERS", "find_letter_digits"]

# (the text is folded: O and I are lower case)
_RUN = re.compile(r"(?<![0-9a-z])[0-9oil]{10,17}[0-9oilx](?![0-9a-z])")
_AS_DIGITS = str.maketrans("oil", "011")
_LETTERS = re.compile(r"[oil]")
#: Fewest real digits in such a run (a word of o, i and l is none).
_FEWEST_DIGITS = 6


def find_letter_digits(
    text: str, start: int, end: int, labelled: Callable[[int], bool]
) -> Iterator[tuple[Literal["id_number", "mobile"], int, int]]:
    """``(kind, start, end)`` of a number written with letters for digits in folded
    ``text`` that holds ``text[start:end]`` (digits); ``labelled(at)`` says whether a
    label before ``at`` names a phone."""
    while start > 0 and text[start - 1] in _RUN_CHARS:
        start -= 1
    while end < len(text) and text[end] in _RUN_CHARS:
        end += 1
    match = _RUN.fullmatch(text, start, end)
    if match is None:
        return
    run = match.group()
    letters = len(_LETTERS.findall(run))
    if not letters or len(run) - letters < _FEWEST_DIGITS:
        return
    digits = run.translate(_AS_DIGITS)
    if len(digits) == 18 and valid_id18(digits):
        yield "id_number", start, end
    elif len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789" and labelled(start):
        yield "mobile", start, end


_RUN_CHARS = frozenset("0123456789oilx")
#: The letters that stand for digits (the fold lower-cases O and I).
LETTERS = frozenset("oil")
