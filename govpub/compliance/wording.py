"""Literal term lists, all matched in one pass by one Aho-Corasick automaton.

Several rules are lists of literal words: personal-opinion wording (123号 四(二)
"不得擅自发布代表个人观点、意见及情绪的言论"), forced likes/shares/downloads
(123号), internal-use markers (保密关, rules.md §7), and the agency's own lists
— sensitive words and 错敏字 pairs (``错字 => 正字``) with the severity it sets.

Looping over thousands of terms with ``in`` or one regex each costs one pass per
term; an Aho-Corasick automaton (pyahocorasick) finds every occurrence of every
term in one pass over the text, whatever the number of terms.  A policy builds
its automaton once, from the built-in lists and the configured files, and every
check reuses it.  Terms and texts are folded alike (:func:`fold_term`), so
``ＡＰＰ`` in a list matches ``app`` in a post; a term made only of ASCII letters
and digits matches whole words only (``ad`` does not match ``shadow``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from govpub.compliance._text import fold_term
from govpub.compliance.findings import Severity

__all__ = ["Term", "TermMatcher", "parse_term_list"]

_PAIR = re.compile(r"\s*(?:=>|->|→|\t)\s*")
_ASCII_WORD = re.compile(r"^[a-z0-9][a-z0-9 _\-.]*$")


@dataclass(frozen=True, slots=True)
class Term:
    """A listed term and what a match means."""

    rule: str
    severity: Severity
    term: str
    suggestion: str = ""
    list_name: str = ""


def parse_term_list(text: str) -> list[tuple[str, str]]:
    """``(term, suggestion)`` pairs from a term-list file.

    One term per line; ``错字 => 正字`` (or ``->``, ``→``, a tab) gives a
    suggestion; ``#`` starts a comment line; blank lines are ignored.
    """
    out: list[tuple[str, str]] = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = _PAIR.split(line, maxsplit=1)
        term = parts[0].strip()
        suggestion = parts[1].strip() if len(parts) > 1 else ""
        if term:
            out.append((term, suggestion))
    return out


class TermMatcher:
    """One automaton over every term of a policy; :meth:`find` scans a folded text once."""

    def __init__(self, terms: Iterable[Term]) -> None:
        grouped: dict[str, list[Term]] = {}
        for term in terms:
            key = fold_term(term.term)
            if key:
                grouped.setdefault(key, []).append(term)
        self._size = len(grouped)
        self._automaton = ahocorasick.Automaton()
        for key, group in grouped.items():
            whole_word = _ASCII_WORD.match(key) is not None
            self._automaton.add_word(key, (len(key), whole_word, tuple(group)))
        if grouped:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def find(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence of every term: ``(start, end, term)`` in the folded text."""
        if not self._size:
            return
        for last, (length, whole_word, group) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if whole_word and (
                (start > 0 and folded[start - 1].isascii() and folded[start - 1].isalnum())
                or (end < len(folded) and folded[end].isascii() and folded[end].isalnum())
            ):
                continue
            for term in group:
                yield start, end, term
