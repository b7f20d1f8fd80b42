"""注意保存 and 注意保密 written as a note: internal-use markers only where a note stands.

A 公文 kept inside an agency may say so in a note: in brackets (``（注意保存）``), after 此件
(``此件注意保密``), on a line or in an HTML block of its own, or as the 附注 element itself
(GB/T 9704 §7.3.7: ``附注：注意保密``).  In a sentence the same words are advice
(请注意保存好购物凭证) and pass, so they are no term of the policy's lists
(:mod:`govpub.compliance.wording`) and are read here, in a note's forms only
(``data/internal_notes.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import (
    HTML_BLOCK_CLOSE,
    HTML_BLOCK_OPEN,
    LABEL_COLONS,
    PAREN_LIKE_CLOSE,
    PAREN_LIKE_OPEN,
)
from govpub.compliance.regex_cache import regex
from govpub.compliance.secrecy import Hit

__all__ = ["find_internal_notes"]


@cache
def _note_words() -> tuple[str, ...]:
    """The words of ``data/internal_notes.txt`` (注意保存, 注意保密, 内部刊物…)."""
    return data_words("internal_notes.txt")


# Characters too common in prose to tell whether a text may hold a note
_COMMON = frozenset("意保存密严禁外内部")


@cache
def _note_keys() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One character of each word that prose seldom holds (注, 泄, 刊), with its words.

    Testing one character is 1-2 µs in a 20,000-character text, a word of four 20 µs:
    the words are looked for only where their character is.
    """
    keyed: dict[str, list[str]] = {}
    for word in _note_words():
        keyed.setdefault(next((c for c in word if c not in _COMMON), word[0]), []).append(word)
    return tuple((key, regex("|".join(map(re.escape, ws)))) for key, ws in keyed.items())


@cache
def _internal_note() -> re.Pattern[str]:
    """The note forms of the words in ``data/internal_notes.txt``."""
    words = "|".join(re.escape(w) for w in _note_words())
    inside = rf"[^（()）【】〔〕\[\]「」{PAREN_LIKE_OPEN}{PAREN_LIKE_CLOSE}\n]{{0,30}}?"
    return regex(
        rf"(?:此件|本件|该件|此文件?|本文件?|该文件)\s*(?:请\s*)?(?P<w0>{words})"
        rf"|[（(【〔\[「{PAREN_LIKE_OPEN}]{inside}(?P<w1>{words}){inside}"
        rf"[）)】〕\]」{PAREN_LIKE_CLOSE}]"
        # alone on a line or in an HTML block, in bold or italics too (**注意保密**)
        rf"|(?m:(?:^|{HTML_BLOCK_OPEN}))[ \t>#*_\-]*(?P<w2>{words})[ \t。.!！*_]*"
        rf"(?m:(?:$|{HTML_BLOCK_CLOSE}))"
        # a 公文's 附注 (GB/T 9704 7.3.7), the note element itself: "附注：注意保密"
        rf"|附\s?注\s*[{LABEL_COLONS}]\s*(?P<w3>{words})"
    )


def find_internal_notes(folded: str) -> Iterator[Hit]:
    """注意保存/注意保密 written as a note: in brackets, alone on a line or in an HTML block,
    after 此件 or a 附注.

    In a sentence the same words are advice (请注意保存好购物凭证) and pass.
    """
    # (a substring test per pair of characters: a few µs in a long text, where the regex
    # engine would try every bracket and line)
    if not any(key in folded and words.search(folded) for key, words in _note_keys()):
        return  # (most texts hold none of the words: most with 注 hold no 注意保存)
    for match in _internal_note().finditer(folded):
        group = next(g for g in ("w0", "w1", "w2", "w3") if match.group(g) is not None)
        yield match.span(group)
