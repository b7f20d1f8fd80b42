"""Characters written for digits: a look-alike check character X, letters for digits.

``11010519491231002×`` (:data:`_X_LIKE`: ×, Cyrillic Х, 叉 …) is read with an X when the
number then checks; ``3l0104198511223688`` and ``手机：l38O1234567`` are read by
:mod:`~govpub.compliance.letter_digits` with this package's labels.  Apart because both
change what a written number is before it is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from govpub.compliance.folding import is_han
from govpub.compliance.grouping import Group, WrittenNumber
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.letter_digits import find_letter_digits, touched
from govpub.compliance.personal.codes import _ALNUM
from govpub.compliance.personal.hits import _Reading
from govpub.compliance.personal.labels import _over_lines_labelled

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


def _letter_readings(folded: str, number: WrittenNumber) -> Iterator[_Reading]:
    """A number with letters for digits around the digits of ``number``
    (:mod:`.letter_digits`), when such a letter touches them or stands a separator away."""
    if not touched(folded, number.start, number.end):
        return
    for kind, start, end, hidden in find_letter_digits(
        folded, number.start, number.end, lambda at: _over_lines_labelled(folded, at)
    ):
        yield _Reading(kind, start, end, hidden)
