"""char_marks: one byte a character, and the separator gaps found through it as before."""

from __future__ import annotations

import random

import pytest

from govpub.compliance.char_marks import mark_table, marks
from govpub.compliance.folding.spacing import _SEPARATOR_GAP, _separator_gaps


def test_marks_keep_offsets() -> None:
    text = "机密-t.cn/x\x00é𠀀\ud800?"
    marked = marks(text, mark_table("-."))
    assert len(marked) == len(text)
    assert [i for i, byte in enumerate(marked) if byte == 0] == [2, 4]
    assert marked[9:] == b"\x01\xe9???"  # a NUL of the text is no mark; beyond Latin-1: "?"


def test_mark_table_refuses_what_marks_cannot_hold() -> None:
    with pytest.raises(ValueError, match="not a mark"):
        mark_table("?")
    with pytest.raises(ValueError, match="not a mark"):
        mark_table("。")


def test_separator_gaps_as_the_class_finds_them() -> None:
    alphabet = [*"-_·./|~+*=\x0b\x0c\x85 ?\x00a1é\n\r>", "机", "密", "𠀀", "<br>", "\ud800"]
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        # (not the line gaps, whose line's end marks start them, nor the <br> gaps, which
        # the blanks before them start)
        found = [
            g
            for g in _separator_gaps(text)
            if "\n" not in text[slice(*g)] and "<br" not in text[slice(*g)]
        ]
        assert found == [m.span() for m in _SEPARATOR_GAP.finditer(text)], repr(text)
