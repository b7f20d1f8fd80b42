"""The shapes of a person's number that an excerpt masks wherever they stand.

An excerpt masks the numbers the personal readers found (:func:`._text.excerpt`'s masks), but
its window also shows what stands beside a finding: a number in a layout attribute the text
rules do not read (``<p style="width:13912345678px">手机138…``), a data attribute's next to the
number it repeats (``<p data-m="13912345678">``), a page's id the readers leave alone.  The page
may show it, or the source does; a finding must not (issue 12, review 51a's F3).  A number
written in character references (``data-x="&#49;&#51;&#57;…"``: the page shows no digit, its
source the number) is read so too (:func:`_referenced_shapes`, left 27a).  So every
excerpt also masks what a reader would take for a person's number if it stood alone, whatever
read it: over-masking an excerpt costs nothing, showing a number is a leak.  Ordinary figures
stay readable: dates, 文号, amounts, 12345 and other hotlines, any run of up to 12 digits
but an 11-digit mobile's.
"""

from __future__ import annotations

from collections.abc import Sequence

from govpub.compliance.regex_cache import regex

__all__ = ["SHAPE_REACH", "number_shapes"]

_DIGIT = "[0-9０-９]"
# (each shape with its own kind's group, keeping what a found number's mask keeps: a mobile's
# first 3 and last 4, an ID number's first 6 and last 4, a passport's letter and last 3
# digits, a card's last 4 — rules.md §10)
_SHAPES = regex(
    # (the first character's class first: the engine then skips to one, 2× faster)
    rf"(?=[0-9０-９CEＣＥ])(?:(?<![0-9０-９])(?:"
    # an ID number: 18 characters, the last a digit or X, whole or in 6-8-4 groups
    rf"(?P<id>{_DIGIT}{{6}}(?P<id_gap>[ -]?){_DIGIT}{{8}}(?P=id_gap){_DIGIT}{{3}}[0-9０-９XxＸｘ])"
    rf"(?![0-9０-９XxＸｘ])"
    # a mobile: 1[3-9] and 9 more digits, whole or in 3-4-4 groups
    rf"|(?P<mobile>[1１][3-9３-９]{_DIGIT}(?P<mobile_gap>[ -]?){_DIGIT}{{4}}"
    rf"(?P=mobile_gap){_DIGIT}{{4}})(?![0-9０-９])"
    # a card (and a 15-digit ID number, 86 and a mobile): 13 to 19 digits, whole or in fours
    rf"|(?P<card>{_DIGIT}{{13,19}}|{_DIGIT}{{4}}(?P<card_gap>[ -]){_DIGIT}{{4}}"
    rf"(?:(?P=card_gap){_DIGIT}{{4}}){{2}}(?:(?P=card_gap){_DIGIT}{{1,3}})?)(?![0-9０-９])"
    rf")"
    # a passport or a permit as the prose reader takes one alone: E and 8 digits or E, a
    # letter and 7 (every passport issued since 2012), a 往来港澳通行证's C and 8 digits
    rf"|(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])(?P<passport>(?:[CEＣＥ]{_DIGIT}|[EＥ][A-ZＡ-Ｚ]){_DIGIT}{{7}})"
    rf"(?![0-9０-９]))"
)
#: What each kind's mask keeps: its first and its last so many letters and digits.
_KEPT = {"id": (6, 4), "mobile": (3, 4), "card": (0, 4), "passport": (1, 3)}
#: The most characters a shape takes (19 digits in fours: 4 separators): how far before and
#: after an excerpt's window one may start or end and still show in it.
SHAPE_REACH = 24
_HIDDEN = regex(r"\w")
# (every shape has seven digits in a row, or a group of 3 or 4 digits and one of 4 after it)
_SEVEN_DIGITS = regex("[0-9０-９]{3}[ -]?[0-9０-９]{4}")


def number_shapes(
    text: str, lo: int, hi: int, besides: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``(start, end, mask)`` of each person's number's shape in ``text`` that overlaps
    ``text[lo:hi]`` and none of the masks ``besides``, in text order: a look at
    ``SHAPE_REACH`` characters round it, whatever the length of ``text``."""
    shapes = _digit_shapes(text, lo, hi, besides)
    if _REFERENCE_START.search(text, max(0, lo - _REFERENCE_REACH), hi + _REFERENCE_REACH):
        referenced = _referenced_shapes(text, lo, hi, besides)
        if referenced:
            shapes = sorted([*shapes, *referenced])
    return shapes


def _digit_shapes(
    text: str, lo: int, hi: int, besides: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """:func:`number_shapes` of the numbers written in digits."""
    low, high = max(0, lo - SHAPE_REACH), hi + SHAPE_REACH
    if _SEVEN_DIGITS.search(text, low, high) is None:
        return []  # (most excerpts: a search that skips to a digit, 4× faster than the shapes')
    shapes = []
    for shape in _SHAPES.finditer(text, low, high):
        start, end = shape.span()
        if start < hi and end > lo and not _beside(start, end, besides):
            # (lastgroup: the kind's, the last group to close, around its gap's)
            kept = _KEPT[shape.lastgroup or ""]
            shapes.append((start, end, _masked(shape.group(), *kept)))
    return shapes


def _beside(start: int, end: int, besides: Sequence[tuple[int, int, str]]) -> bool:
    """Whether ``[start, end)`` overlaps one of the masks ``besides``."""
    return any(m[0] < end and start < m[1] for m in besides)


def _within(start: int, end: int, besides: Sequence[tuple[int, int, str]]) -> bool:
    """Whether ``[start, end)`` lies inside one of the masks ``besides``."""
    return any(m[0] <= start and end <= m[1] for m in besides)


# A digit (an ASCII or a full-width one, an ID number's X) written as a character reference,
# escaped again maybe (&amp;#49;: a page's source copied) — what the page shows as the digit
# (its ";" maybe, as a browser reads one without it; zeros before its number: review 56)
_DIGIT_REFERENCE = (
    "&(?:amp;){0,3}#(?:0{0,7}(?:4[89]|5[0-7]|88|120|6529[6-9]|6530[0-5])(?![0-9])"
    "|[xX]0{0,7}(?:3[0-9]|58|78|[fF][fF]1[0-9])(?![0-9a-fA-F]));?"
)
# seven such digits or more, plain digits among them maybe, a space or a hyphen maybe between
# (every shape has seven in a row or a group of three or four and one of four after it)
_REFERENCE_START = regex("&(?:amp;){0,3}#(?:[xX][0-9a-fA-F]|[0-9])")  # (a numeric reference)
_DIGIT_WRITTEN = f"(?:{_DIGIT_REFERENCE}|[0-9])"
_REFERENCED = regex(f"{_DIGIT_WRITTEN}(?:[ -]?{_DIGIT_WRITTEN}){{6,}}")
_RUN_CHARS = regex("[&#;0-9a-fA-FxXmp -]*")  # (what references and gaps are written in)
_REFERENCE_OR_GAP = regex(f"{_DIGIT_REFERENCE}|[0-9 -]")
#: How far before and after an excerpt's window a shape written in references may start or
#: end: 19 digits in fours, each in the longest reference (&amp;amp;amp;#x0000000ff19;).
_REFERENCE_REACH = 23 * len("&amp;amp;amp;#x0000000ff19;")


def _referenced_shapes(
    text: str, lo: int, hi: int, besides: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """:func:`number_shapes` of the numbers written in character references: each run of them
    read as the digits it shows, the shapes found there, and a shape's hidden digits made
    ``*`` (the kept ones stay as written, as a found number's mask keeps them)."""
    shapes = []
    # (only the characters of references and gaps on each side of the window, up to the reach:
    # a post of many findings beside references reads a few characters a finding, not 550)
    low = max(0, lo - _REFERENCE_REACH)
    run_chars = _RUN_CHARS.match(text[low:lo][::-1])
    low = lo - (0 if run_chars is None else run_chars.end())
    run_chars = _RUN_CHARS.match(text, hi, hi + _REFERENCE_REACH)
    high = hi if run_chars is None else run_chars.end()
    for run in _REFERENCED.finditer(text, low, high):
        if run.start() >= hi or run.end() <= lo or _within(run.start(), run.end(), besides):
            continue  # (not in the window, or a found number's, masked already)
        if "&" not in run.group():
            continue  # (plain digits: number_shapes reads them as written)
        items = list(_REFERENCE_OR_GAP.finditer(text, run.start(), run.end()))
        shown = "".join(_character(item.group()) for item in items)
        for shape in _SHAPES.finditer(shown):
            first, last = items[shape.start()], items[shape.end() - 1]
            start, end = first.start(), last.end()
            if start < hi and end > lo and not _beside(start, end, besides):
                keep_start, keep_end = _KEPT[shape.lastgroup or ""]
                digits = [at for at in range(shape.start(), shape.end()) if shown[at].isalnum()]
                hidden = set(digits[keep_start : len(digits) - keep_end])
                masked = "".join(
                    "*" if at in hidden else items[at].group()
                    for at in range(shape.start(), shape.end())
                )
                shapes.append((start, end, masked))
    return shapes


def _character(written: str) -> str:
    """The character a reference of :data:`_DIGIT_REFERENCE` shows (a gap as it is)."""
    if len(written) == 1:
        return written  # (a plain digit, or a gap)
    number = written[written.rindex("#") + 1 :].rstrip(";")
    return chr(int(number[1:], 16) if number[0] in "xX" else int(number))


def _masked(written: str, keep_start: int, keep_end: int) -> str:
    """``written`` with its letters and digits but the first and last few as ``*``, its
    separators where they are."""
    kept = [at for at, char in enumerate(written) if char.isalnum()]
    first, last = kept[keep_start], kept[-keep_end - 1]
    return written[:first] + _HIDDEN.sub("*", written[first : last + 1]) + written[last + 1 :]
