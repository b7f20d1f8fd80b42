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

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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
    """One automaton over every term of a policy; :meth:`find` scans a folded text once.

    For a long list, texts and terms go into the automaton as UTF-16 code units
    split into byte pairs (``"政务"`` → ``"\\x65\\x3f\\x52\\xa1"``).  pyahocorasick
    looks a node's transitions up one by one, so a 5,000-term list whose terms start
    with 2,000 different characters makes every character of the text cost 2,000
    comparisons at the root; split into bytes, no node has more than 256 transitions
    and the root about 80 for Chinese.  The bytes make the text twice as long,
    though, so a short list (the shipped ones: 80 terms, 40 first characters) is
    matched character by character: the split is used only above 256 distinct first
    characters (``benchmarks/compliance.py``, docs/performance.md).

    A short list (up to :data:`_REGEX_UP_TO` terms, the shipped ones among them) is
    matched by one regular expression instead, the terms written as a trie: the
    regex engine skips to a term's first character in C and tries the trie there,
    about twice as fast as walking the automaton over every character.  Both give
    the same matches, overlapping ones included (a property test compares them).
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        grouped: dict[str, list[Term]] = {}
        for term in terms:
            key = fold_term(term.term)
            if key:
                grouped.setdefault(key, []).append(term)
        self._size = len(grouped)
        # Split into bytes only when the root would have many transitions: for the
        # shipped lists (80 terms, 40 first characters) characters are faster, since
        # the bytes make the text twice as long.
        self._bytes = len({key[0] for key in grouped}) > _BYTES_ABOVE
        self._automaton = ahocorasick.Automaton()
        self._entries: dict[str, tuple[int, bool, tuple[Term, ...]]] = {}
        for key, group in grouped.items():
            whole_word = _ASCII_WORD.match(key) is not None
            stored = _encode(key) if self._bytes else key
            self._automaton.add_word(stored, (len(key), whole_word, tuple(group)))
            self._entries[key] = (len(key), whole_word, tuple(group))
        if grouped:
            self._automaton.make_automaton()
        self._regex = (
            not self._bytes
            and 0 < self._size <= _REGEX_UP_TO
            and max(map(len, grouped)) <= _REGEX_LONGEST
        )
        self._trie: tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None = None

    def __len__(self) -> int:
        return self._size

    def find(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence of every term: ``(start, end, term)`` in the folded text."""
        if not self._size:
            return
        if self._regex:
            yield from self._find_by_regex(folded)
            return
        if not self._bytes:
            for last, (length, whole_word, group) in self._automaton.iter(folded):
                first = last + 1 - length
                if whole_word and not _whole_word(folded, first, last + 1):
                    continue
                for term in group:
                    yield first, last + 1, term
            return
        encoded = _encode(folded)
        astral: list[int] = []
        if len(encoded) != 2 * len(folded):  # characters outside the BMP take two units
            astral = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(folded))]
        for last, (length, whole_word, group) in self._automaton.iter(encoded):
            first_byte = last + 1 - 2 * length
            if first_byte % 2:
                continue  # straddles two code units: not a match of characters
            unit = first_byte // 2
            start = unit - bisect.bisect_left(astral, unit) if astral else unit
            end = start + length
            if whole_word and (
                (start > 0 and folded[start - 1].isascii() and folded[start - 1].isalnum())
                or (end < len(folded) and folded[end].isascii() and folded[end].isalnum())
            ):
                continue
            for term in group:
                yield start, end, term

    def _find_by_regex(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """:meth:`find` for a short list: the trie expression, in the automaton's order.

        The expression gives the longest term at the leftmost position; the shorter
        terms that start there are its prefixes, and terms that start inside a match
        are looked for at each of its characters.
        """
        if self._trie is None:
            self._trie = _compile_trie(self._entries)
        pattern, prefixes = self._trie
        entries = self._entries
        found: list[tuple[int, int, str]] = []
        match_at = pattern.match
        for match in pattern.finditer(folded):
            start, end = match.span()
            found.extend((start, start + len(k), k) for k in prefixes[match.group()])
            for inner in range(start + 1, end):
                more = match_at(folded, inner)
                if more is not None:
                    found.extend((inner, inner + len(k), k) for k in prefixes[more.group()])
        # the automaton's order: by end, the longest (earliest start) first
        found.sort(key=lambda hit: (hit[1], hit[0]))
        for start, end, key in found:
            _, whole_word, group = entries[key]
            if whole_word and not _whole_word(folded, start, end):
                continue
            for term in group:
                yield start, end, term


_REGEX_UP_TO = 300  # terms
_REGEX_LONGEST = 64  # characters: the trie's nesting grows with a term's length


def _compile_trie(keys: Iterable[str]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One expression for ``keys`` written as a trie, and each key's prefixes among them."""
    words = sorted(keys)
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    listed = set(words)
    prefixes = {
        word: tuple(word[:n] for n in range(len(word), 0, -1) if word[:n] in listed)
        for word in words
    }
    return re.compile(_trie_pattern(root)), prefixes


def _trie_pattern(node: dict[str, Any]) -> str:
    """A trie node as an expression: greedy, so the longest term wins at a position."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if len(branches) > 1 else "(?:" + body + ")") + "?"


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BYTES_ABOVE = 256  # distinct first characters


def _whole_word(folded: str, start: int, end: int) -> bool:
    """An ASCII term stands alone: no ASCII letter or digit right before or after it."""
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _encode(text: str) -> str:
    """UTF-16 code units as pairs of byte-valued characters (see :class:`TermMatcher`)."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")
