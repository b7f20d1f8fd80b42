"""Literal term lists, all matched in one pass: one regular expression or one automaton.

Several rules are lists of literal words: personal-opinion wording (123号 四(二)
"不得擅自发布代表个人观点、意见及情绪的言论"), forced likes/shares/downloads
(123号), internal-use markers (保密关, rules.md §7), and the agency's own lists
— sensitive words and 错敏字 pairs (``错字 => 正字``) with the severity it sets.

Looping over thousands of terms with ``in`` or one regex each costs one pass per
term; an Aho-Corasick automaton (pyahocorasick) finds every occurrence of every
term in one pass over the text, whatever the number of terms.  For a list whose
terms start with at most 128 different characters (the shipped lists: 108) one regular
expression of them does the same pass faster (:class:`TermMatcher`).  A policy builds
its matcher once, from the built-in lists and the configured files, and every check
reuses it.  Terms and texts are folded alike (:func:`fold_term`), so ``ＡＰＰ`` in a list matches
``app`` in a post; a term made only of ASCII letters and digits matches whole
words only (``ad`` does not match ``shadow``).

Where a term stands decides whether it is a finding; those readers of its context are
modules of their own: :mod:`.quoted_speech` (a citizen's words reported),
:mod:`.opinion_prose` (an opinion word that is prose), :mod:`.sales_contexts` (sales
words that sell nothing), :mod:`.scam_warnings` (sales words quoted as a scam's).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from govpub.compliance._text import alternation, fold_term
from govpub.compliance.findings import Severity
from govpub.compliance.literal_scan import LiteralScanner, hyperscan_module, literal_scanner
from govpub.compliance.regex_cache import regex

__all__ = [
    "Engine",
    "Term",
    "TermMatcher",
    "parse_term_list",
]

#: How a :class:`TermMatcher` matches: ``auto`` takes Hyperscan when it is installed
#: (:mod:`.literal_scan`), else a regular expression for a list of few first characters
#: (``_REGEX_FIRSTS_UP_TO``) and an automaton for the others.
Engine = Literal["auto", "hyperscan", "regex", "automaton"]

_PAIR = regex(r"\s*(?:=>|->|→|\t)\s*")
_ASCII_WORD = regex(r"^[a-z0-9][a-z0-9 _\-.]*$")


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
    """One matcher over every term of a policy; :meth:`find` scans a folded text once.

    For a long list, texts and terms go into the automaton as UTF-16 code units
    split into byte pairs (``"政务"`` → ``"\\x65\\x3f\\x52\\xa1"``).  pyahocorasick
    looks a node's transitions up one by one, so a 5,000-term list whose terms start
    with 2,000 different characters makes every character of the text cost 2,000
    comparisons at the root; split into bytes, no node has more than 256 transitions
    and the root about 80 for Chinese.  The bytes make the text twice as long,
    though, so a list with fewer first characters is matched character by
    character: the split is used only above 256 distinct first characters
    (``benchmarks/compliance.py``, docs/performance.md).

    For a list whose terms start with at most 128 different characters (and at most
    800 terms), no automaton at all: one regular expression of the terms, grouped by
    first character and longest first, searched again one character after each match.
    Python's regex engine skips to the terms' first characters at C speed;
    pyahocorasick steps through every character, and takes about twice as long on the
    shipped lists.  What decides is the first characters, not the number of terms:
    800 terms of 42 first characters took 189 µs a post by the expression and 331 by
    the automaton, the shipped 343 terms of 107 first characters 420 and 669 (108 since); 200 terms
    of 150 first characters that all occur in every post 1,594 and 1,117
    (docs/performance.md, *The term matcher's choice*).

    With the ``fast`` extra installed, neither: one Hyperscan pass (:mod:`.literal_scan`)
    for any number of terms, about ten times faster than the expression on the shipped
    lists.  All three give the same matches (a property test compares them).
    """

    def __init__(self, terms: Iterable[Term], *, engine: Engine = "auto") -> None:
        grouped: dict[str, list[Term]] = {}
        for term in terms:
            key = fold_term(term.term)
            if key:
                grouped.setdefault(key, []).append(term)
        self._size = len(grouped)
        self._entries = {
            key: (len(key), _ASCII_WORD.match(key) is not None, tuple(group))
            for key, group in grouped.items()
        }
        self._pattern: re.Pattern[str] | None = None
        self._chains: dict[str, tuple[str, ...]] = {}
        # Hyperscan whenever it is installed (compiled on first use), else by size:
        # a short list is one regular expression (see the class docstring).
        if engine == "hyperscan" and hyperscan_module() is None:
            raise RuntimeError("engine='hyperscan' needs the fast extra: govpub[fast]")
        self._fast = engine == "hyperscan" or (
            engine == "auto" and self._size > 0 and hyperscan_module() is not None
        )
        self._keys = list(self._entries)
        self._scanner: LiteralScanner | None = None
        firsts = len({key[0] for key in grouped})
        self._regex = engine == "regex" or (
            engine == "auto"
            and not self._fast
            and self._size <= _REGEX_UP_TO
            and firsts <= _REGEX_FIRSTS_UP_TO
        )
        # Split into bytes only when the root would have many transitions.
        self._bytes = firsts > _BYTES_ABOVE
        self._automaton = ahocorasick.Automaton()
        if self._regex or self._fast:
            return
        for key, entry in self._entries.items():
            self._automaton.add_word(_encode(key) if self._bytes else key, entry)
        if grouped:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def _compiled(self) -> re.Pattern[str]:
        """The alternation of the terms, longest first, and each term's chain of prefixes."""
        if self._pattern is None:
            keys = sorted(self._entries, key=len, reverse=True)
            self._chains = {
                key: tuple(k for k in reversed(keys) if key.startswith(k)) for key in keys
            }
            self._pattern = regex(alternation(keys))
        return self._pattern

    def _find_regex(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence, as the automaton gives them, from searches of one expression.

        A search from ``pos`` finds the leftmost start at or after it and there the
        longest term (the alternatives go longest first); every other term that
        matches at that start is a prefix of that one.  The next search starts one
        character later, so overlapping occurrences are all found.
        """
        search = self._compiled().search
        match = search(folded)
        while match is not None:
            first = match.start()
            yield from self.occurrences(folded, first, match.group())
            match = search(folded, first + 1)

    def _find_fast(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence from one Hyperscan pass, in the order :meth:`_find_regex` gives."""
        if self._scanner is None:  # (the same lists in another matcher: the same database)
            self._scanner = literal_scanner(tuple(self._keys))
        return self.at_keys(folded, self._scanner.scan(folded))

    def literals(self) -> list[str] | None:
        """The folded terms for a Hyperscan pass another pass may share (:mod:`.anchors`),
        or ``None`` when this matcher does not use Hyperscan; :meth:`at_keys` reads its hits."""
        return self._keys if self._fast and self._size else None

    def at_keys(self, folded: str, hits: list[tuple[int, int]]) -> Iterator[tuple[int, int, Term]]:
        """The terms of ``(start, index into literals())`` hits, as :meth:`find` gives them:
        by start, and at one start the shorter term first."""
        keys, entries = self._keys, self._entries
        for first, index in sorted(hits, key=lambda hit: (hit[0], entries[keys[hit[1]]][0])):
            length, whole_word, group = entries[keys[index]]
            if whole_word and not _whole_word(folded, first, first + length):
                continue
            for term in group:
                yield first, first + length, term

    def alternation(self) -> str | None:
        """The expression of the terms, or ``None`` when the list is matched by the automaton.

        Another pass may run it among its own alternatives (:mod:`.anchors`): where one of
        them matches, :meth:`is_key` tells whether it was a term's.
        """
        if not self._size or not self._regex:
            return None  # (Hyperscan or the automaton: find() makes its own pass)
        return self._compiled().pattern

    def terms_of(self, word: str) -> tuple[Term, ...]:
        """The listed terms that are ``word`` (folded alike), none when it is not listed."""
        entry = self._entries.get(fold_term(word))
        return entry[2] if entry is not None else ()

    def is_key(self, found: str) -> bool:
        """Whether ``found``, a match of :meth:`alternation`, is a term (folded)."""
        return found in self._chains

    def occurrences(self, folded: str, first: int, found: str) -> Iterator[tuple[int, int, Term]]:
        """The terms of a match of :meth:`alternation` at ``first``, as :meth:`find` gives them.

        ``found`` is the longest term there; every other term that starts there is a
        prefix of it (its chain, shortest first, as the automaton ends them).
        """
        entries = self._entries
        for key in self._chains[found]:
            length, whole_word, group = entries[key]
            if whole_word and not _whole_word(folded, first, first + length):
                continue
            for term in group:
                yield first, first + length, term

    def find(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence of every term: ``(start, end, term)`` in the folded text."""
        if not self._size:
            return
        if self._fast:
            yield from self._find_fast(folded)
            return
        if self._regex:
            yield from self._find_regex(folded)
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


_ASTRAL = regex("[\U00010000-\U0010ffff]")
_BYTES_ABOVE = 256  # distinct first characters
# One regular expression beats the automaton for a list of few first characters, however
# many terms (measured to 800); with many, each a character the text holds, it loses.
_REGEX_FIRSTS_UP_TO = 128  # distinct first characters
_REGEX_UP_TO = 800  # terms


def _whole_word(folded: str, start: int, end: int) -> bool:
    """An ASCII term stands alone: no ASCII letter or digit right before or after it."""
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _encode(text: str) -> str:
    """UTF-16 code units as pairs of byte-valued characters (see :class:`TermMatcher`)."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")
