"""What the personal-data readers report, and how a found number is masked.

A :class:`PersonalHit` is what :func:`~govpub.compliance.personal.find_personal_data` and
:func:`~.query.find_in_query` yield; a ``_Reading`` is a reader's answer before it is
masked: the kind, the span in the folded text and the positions to hide.  A mask keeps what
rules.md §10 says to keep and is built from the characters the editor wrote
(:func:`_masked`), so that a full-width number is masked in full width.  Apart because every
reader builds on these, and they on nothing else in the package.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from govpub.compliance.folding.markup import REFERENCE_ANY_CASE

Kind = Literal["id_number", "mobile", "bank_card", "passport", "permit"]


@dataclass(frozen=True, slots=True)
class PersonalHit:
    """A detected item: where it is in the folded text, what it is, how sure, its mask."""

    kind: Kind
    start: int
    end: int
    masked: str
    certain: bool = True


def mask(text: str, keep_start: int, keep_end: int, char: str = "*") -> str:
    """``text`` with every letter or digit masked except the first and last few.

    Separators (spaces, hyphens, ``+``) are kept where they are, so the mask has
    the length of the original.
    """
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    hidden = set(positions[keep_start : len(positions) - keep_end])
    return "".join(char if i in hidden else c for i, c in enumerate(text))


@dataclass(frozen=True, slots=True)
class _Reading:
    kind: Kind
    start: int
    end: int
    hidden: tuple[int, ...]  # folded positions of the characters to mask
    certain: bool = True


def _masked(original: str, to_original: Callable[[int], int], reading: _Reading) -> str:
    """The characters the editor wrote for ``reading``, its hidden ones replaced by ``*``."""
    o_start = to_original(reading.start)
    o_end = to_original(reading.end - 1) + 1
    chars = list(original[o_start:o_end])
    for index in reading.hidden:
        at = to_original(index) - o_start
        # a hidden digit written as a character reference (&#49;, or &#49 as a browser reads
        # it without its ";": review 56): all of it (the shown digits end a reading, so a
        # hidden one's reference ends inside it)
        reference = (
            REFERENCE_ANY_CASE.match(original, o_start + at, o_end) if chars[at] == "&" else None
        )
        if reference is not None:
            chars[at : reference.end() - o_start] = "*" * (reference.end() - o_start - at)
        else:
            chars[at] = "*"
    return "".join(chars)
