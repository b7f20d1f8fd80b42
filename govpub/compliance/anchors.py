"""One pass of the regex engine over a folded field for the terms and two detectors' anchors.

The term lists (:class:`~govpub.compliance.wording.TermMatcher`, one expression for
a list of few first characters), the 公开属性 notes (:mod:`.disclosure`: where
``公开`` after ``不予``, ``内部``…, ``上网`` or ``网站`` starts) and the spelled-out ad hosts
(:mod:`.spelled_links`: ``点``, ``·``, an opening bracket before a dot, a space beside
one) each look for literals, and each search is a pass over the whole text: the
terms' class of first characters ≈ 120 µs per 20,000 characters, the anchors' literal
expressions ≈ 90 µs together.  Written as one alternation — the terms first, then
the anchors — they are one pass that costs little more than the terms' alone
(``docs/performance.md``).  Every alternative starts with a literal, so the engine
keeps its skip to their first characters; one that started with a class would make
it try every position.  (The Chinese-numeral runs of :mod:`.numerals` stay a pass of
their own: as alternatives here they cost what that pass costs.)  With Hyperscan
installed the terms are its pass instead (:mod:`.literal_scan`, a tenth of the cost),
and this one looks for the anchors alone.

The pass gives what the separate searches give (a property test compares them):
after each match the search goes on one character later, so every start of every
alternative is seen; where a term's alternative matched, the anchors that start
with the same character were not tried there, and are tried one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from govpub.compliance._text import alternation
from govpub.compliance.disclosure import (
    ANCHOR_EXPRESSIONS,
    ANCHOR_LITERALS,
    ANCHOR_WORDS,
    kept_anchors,
)
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.letter_digits import LABEL_WORDS
from govpub.compliance.literal_scan import LiteralScanner, literal_scanner
from govpub.compliance.marking_notes import MARK_KEYS
from govpub.compliance.marking_words import standin_seed_literals, standin_seeds
from govpub.compliance.personal.told_parts import place_literals, places_found
from govpub.compliance.regex_cache import regex
from govpub.compliance.share_code_rules import share_code_rules
from govpub.compliance.spelled_links import anchor_expressions, anchor_literals, candidates_at
from govpub.compliance.wording import Term, TermMatcher

__all__ = ["Anchors", "find_anchors"]


@dataclass(frozen=True, slots=True)
class Anchors:
    """What one pass found in a folded field.

    ``terms`` is what :meth:`TermMatcher.find` gives (``None`` when the matcher uses
    its automaton: the caller runs it), ``notes`` the ``anchors`` of
    :func:`~govpub.compliance.disclosure.find_disclosure_notes`, ``spelled`` the
    ``candidates`` of :func:`~govpub.compliance.spelled_links.find_spelled_links` and
    ``signs`` the ``signs`` of :func:`~govpub.compliance.share_codes.find_share_codes`
    (where a currency sign that brackets a code on its own stands; ``None`` from the
    regex pass, where their two dozen first characters made the whole pass 15 % slower:
    the detector looks for them itself); ``marks`` where the
    :data:`~govpub.compliance.marking_notes.MARK_KEYS` start (internal-use phrases);
    ``labels`` where the :data:`~govpub.compliance.letter_digits.LABEL_WORDS` end, for
    :func:`~govpub.compliance.personal.find_personal_data` (``None`` from the regex pass:
    the reader looks for them itself); ``places`` where the places' words of a number told
    in parts are (:func:`~govpub.compliance.personal.told_parts.places_found`: ``前三位``,
    ``尾号``, ``然后`` — among the commonest characters of prose, a regex pass of their own
    cost 0.14 ms a post; ``None`` from the regex pass: the reader looks for them itself);
    ``standins`` where the seeds of the internal-use
    markers written with stand-ins stand (:func:`~govpub.compliance.marking_words.standin_seeds`;
    ``None`` from the regex pass: :func:`~govpub.compliance.marking_words.standin_markers`
    looks for them itself).
    """

    terms: list[tuple[int, int, Term]] | None
    notes: list[int]
    spelled: list[int]
    signs: list[int] | None
    marks: list[int]
    labels: list[int] | None = None
    places: list[tuple[int, int]] | None = None
    standins: list[int] | None = None


def find_anchors(folded: str, matcher: TermMatcher) -> Anchors:
    """The terms of ``matcher`` and the anchors of the two detectors in ``folded``."""
    if matcher.literals() is not None:
        return _find_fast(folded, matcher)
    terms_source = matcher.alternation()
    search = _expression(terms_source).search
    spelled = anchor_expressions()
    terms: list[tuple[int, int, Term]] | None = [] if terms_source is not None else None
    notes: list[int] = []
    hits: list[tuple[int, str]] = []
    marks: list[int] = []
    match = search(folded)
    while match is not None:
        at = match.start()
        found = match.group()
        if terms is not None and matcher.is_key(found):
            terms.extend(matcher.occurrences(folded, at, found))
            if found[0] in _FIRSTS:  # the anchors starting here were not tried: try them
                if any(note.match(folded, at) for note in _NOTES):
                    notes.append(at)
                pattern = spelled.get(found[0])
                if pattern is not None and pattern.match(folded, at) is not None:
                    hits.append((at, found[0]))
                if folded.startswith(_MARK_KEYS_BY_FIRST.get(found[0], ()), at):
                    marks.append(at)
        elif found in _NOTE_WORDS:
            notes.append(at)
        elif found in _MARK_KEYS:
            marks.append(at)
        else:
            hits.append((at, found))  # a spelled-out host's anchor: one character
        match = search(folded, at + 1)
    return Anchors(terms, kept_anchors(notes), candidates_at(folded, hits), None, marks)


def _find_fast(folded: str, matcher: TermMatcher) -> Anchors:
    """One Hyperscan pass for the terms and the anchors spelled out as literals."""
    scanner, size = _scanner(matcher)
    term_hits: list[tuple[int, int]] = []
    notes: list[int] = []
    hits: list[tuple[int, str]] = []
    signs: list[int] = []
    marks: list[int] = []
    spelled = anchor_literals()
    first_mark = size + len(ANCHOR_LITERALS) + len(spelled)
    first_sign = first_mark + len(MARK_KEYS)
    first_label = first_sign + len(_signs())
    labels: list[int] = []
    first_place = first_label + len(LABEL_WORDS)
    place_hits: list[tuple[int, int]] = []
    first_standin = first_place + _place_count()
    standins: list[tuple[int, int]] = []
    for at, index in scanner.scan(folded):
        if index >= first_standin:  # (the stand-ins' seeds: the last block of literals)
            standins.append((at, index - first_standin))
        elif index < size:
            term_hits.append((at, index))
        elif index < size + len(ANCHOR_LITERALS):
            notes.append(at + ANCHOR_LITERALS[index - size][1])
        elif index < first_mark:
            _, offset, anchor = spelled[index - size - len(ANCHOR_LITERALS)]
            hits.append((at + offset, anchor))
        elif index < first_sign:
            marks.append(at)
        elif index < first_label:
            signs.append(at)
        elif index < first_place:
            labels.append(at + len(LABEL_WORDS[index - first_label]))
        else:
            place_hits.append((at, index - first_place))  # (in order: the scan's)
    terms = list(matcher.at_keys(folded, term_hits))
    notes = kept_anchors(sorted(set(notes)))
    marks = sorted(set(marks))
    return Anchors(
        terms,
        notes,
        candidates_at(folded, hits),
        sorted(signs),
        marks,
        sorted(labels),
        places_found(place_hits),
        standins=standin_seeds(folded, standins),
    )


@lru_cache(maxsize=16)
def _scanner(matcher: TermMatcher) -> tuple[LiteralScanner, int]:
    """The matcher's terms, then the notes', the spelled hosts', the share codes' signs', the
    personal labels' and the told parts' places' literals; how many terms (a matcher built
    again from the same lists shares the compiled database)."""
    terms = matcher.literals() or []
    literals = [*terms, *(word for word, _ in ANCHOR_LITERALS)]
    literals += [literal for literal, _, _ in anchor_literals()]
    literals += MARK_KEYS
    literals += sorted(_signs())
    literals += LABEL_WORDS
    # the places' words of a number told in parts, last (personal.told_parts)
    literals += place_literals()
    # (last: the seeds of the markers written with stand-ins, :func:`_find_fast` reads them by
    # their index past the labels')
    literals += standin_seed_literals()
    return literal_scanner(tuple(literals)), len(terms)


@cache
def _place_count() -> int:
    """How many literals the places' words are (the block before the stand-ins' seeds)."""
    return len(place_literals())


def _signs() -> frozenset[str]:
    """The currency signs that bracket a share code on their own (``share_codes.toml``)."""
    return share_code_rules().alone_signs


_NOTE_WORDS = frozenset(ANCHOR_WORDS)
_NOTES = tuple(LazyPattern(expression) for expression in ANCHOR_EXPRESSIONS)
_MARK_KEYS = frozenset(MARK_KEYS)
_MARK_KEYS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _key in MARK_KEYS:
    _MARK_KEYS_BY_FIRST[_key[0]] = (*_MARK_KEYS_BY_FIRST.get(_key[0], ()), _key)
_FIRSTS = (
    frozenset(word[0] for word in ANCHOR_WORDS)
    | frozenset(anchor_expressions())
    | frozenset(_MARK_KEYS_BY_FIRST)
)


@lru_cache(maxsize=16)
def _expression(terms: str | None) -> re.Pattern[str]:
    """The terms' alternatives (when given), then every anchor's: literals first, all of them."""
    anchors = list(ANCHOR_EXPRESSIONS)
    anchors += [pattern.pattern for pattern in anchor_expressions().values()]
    # (one alternative per first character, as the terms': 28 keys as literals made the
    # pass 17 % slower on the benchmark posts, grouped 9 %)
    anchors.append(alternation(list(MARK_KEYS)))
    return regex("|".join(([terms] if terms else []) + anchors))
