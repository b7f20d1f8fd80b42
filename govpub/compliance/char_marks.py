"""Finding the characters of a small set in a long text without a character class.

CPython's regex engine skips to a *literal* at the start of an expression fast (about
1.5 ns a character), but an expression that starts with a character *class*
(``[-_./|]``) has the class tested at every position: 5–10 ns a character, 100–200 µs
over a 20,000-character post of Chinese text, whatever the class holds and however few of
its characters the text has.  ``str.find`` of one character, ``str.encode`` and
``bytes.translate`` run at about 1 ns a character or faster.

So the text is turned, once, into bytes with one byte a character, in which every
character of the set is ``0x00`` and nothing else is (:func:`marks`).  ``bytes.find(0,
…)``, or a bytes expression that starts with ``\\x00``, then finds the candidates as a
literal is found, and the expression is matched on the text there
(``pattern.match(text, at)``: its lookbehinds still see the text before ``at``).
"""

from __future__ import annotations

__all__ = ["OTHER", "mark_table", "marks"]

#: What a character beyond Latin-1 is in :func:`marks` (one byte, as it is one character).
OTHER = ord("?")


def mark_table(chars: str) -> bytes:
    """The ``bytes.translate`` table of :func:`marks`: each of ``chars`` (Latin-1, not ``?``)
    to ``0x00``, a ``0x00`` of the text to ``0x01``, every other byte as it is."""
    table = bytearray(range(256))
    table[0] = 1
    for char in chars:
        point = ord(char)
        if point > 0xFF or point == OTHER:
            raise ValueError(f"not a mark: {char!r}")
        table[point] = 0
    return bytes(table)


def marks(text: str, table: bytes) -> bytes:
    """``text`` as one byte a character, at the same offsets: the characters of the set of
    ``table`` (:func:`mark_table`) as ``0x00``, characters beyond Latin-1 as ``?``, and the
    rest as they are.  (Two C passes: about 20 µs for 20,000 characters.)"""
    return text.encode("latin-1", "replace").translate(table)
