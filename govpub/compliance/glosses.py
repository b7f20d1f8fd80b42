"""An English gloss beside a Chinese word, read as transparent.

Bilingual posts (notices to foreign residents, a 自贸区's investment pages, an English version
printed under the Chinese) put the English for a word right after it:
``密级（Classification）：机密``, ``机密 CONFIDENTIAL ★10年``, ``公开属性/Disclosure：不予公开``,
``此件不公开 — Not for public release``. A reader that expects the Chinese word to be followed
by its colon, its star or the line's end would take the gloss for other words and let the
marking pass (red team 100).

A gloss is the English for the Chinese word before it — in brackets, after a slash, a bar, a
dash or a full stop, or after a space — and nothing else: the caller names the English it
accepts (``classification``, the levels, the note's translation), so that other English after
the word ("机密 Machine Secret Co.") is no gloss. The secrecy-marking and 公开属性-note readers
read it as if it were not there; it is bounded (one phrase), so a reading stays linear.

The expressions work on folded text (lower-case Latin letters, half-width colons; brackets
either width).
"""

from __future__ import annotations

__all__ = ["gloss", "gloss_before"]

_OPEN = r"[(（\[【]"
_CLOSE = r"[)）\]】]"
# what parts the Chinese word and its English: a slash, a bar, a dash, a full stop, or only a space
_APART = r"(?:[ \t]*[/／|\-\u2013\u2014\u2015。.][ \t]*|[ \t]+)"


def gloss(english: str) -> str:
    """An optional gloss after a Chinese word: ``english`` (an expression on folded text) in
    brackets of its own, or after a separator (:data:`_APART`), ending where a word ends."""
    return (
        rf"(?:[ \t]*{_OPEN}[ \t]*(?:{english})[ \t.]*{_CLOSE}"
        rf"|{_APART}(?:{english})(?![a-z]))?"
    )


def gloss_before(english: str) -> str:
    """An optional gloss that comes first: ``english`` and a separator before the Chinese words
    it translates (``Not for public release — 此件不公开``)."""
    return rf"(?:(?<![a-z])(?:{english})[ \t.。]*{_APART})?"
