"""A mobile or ID number told to the reader in parts, each part named by its place.

``手机号是138开头，后面是12345678``, ``电话前三位155，中间四位0140，尾号5780``,
``尾号6544，前七位1994819``, ``电话是一八九，然后二四六〇，最后七七八三``,
``身份证前六位310104，后面是199404189271``: no part is a number a digit reader takes for one,
and the reader of the post puts them together as told (red team 102's
``number-told-in-parts``).  The words that name a part's place are data
(``data/told_parts.txt``): the first digits (``开头``, ``前N位``, ``前半``), the middle
(``中间N位``), the next ones in telling order (``后面是``, ``然后``, ``接着``), the last
(``尾号``, ``后N位``, ``最后``).

A telling is read narrowly, so that figures in prose stay figures:

* each part is digits or Chinese numerals (:data:`~govpub.compliance.numerals.NUMERALS`),
  two or more, right after its place's word (``前三位是155``) or right before ``开头`` or
  ``结尾`` (``138开头``), and then ends: a clause's punctuation, a space or the line's end —
  not a unit or a word (``后面是12345678元``, ``尾号5780的用户``, ``尾号为1和6的车辆``) — but
  for 的 and the noun of its holder before the next part (``尾数5678的市民，前七位1381234``);
* the parts follow one another with at most a comma, a full stop, a space, a closing
  quotation mark, an HTML line break or a paragraph's end between (``138，<br>后八位…``,
  ``…</p><p>尾号5678``; not a list item's or a table cell's end), and
  are put in the order their places say (``尾号`` last, ``前七位`` first, ``后面是`` in
  telling order); a count a word gives (``前三位``, ``中间四位``) is the part's length;
* the number they make is a whole mobile (11 digits from ``13``–``19``) or an ID number
  that checks (:func:`~govpub.compliance.idnumbers.valid_id18`);
* a phone or ID word (``手机``, ``电话``, ``号码``, ``身份证``) stands in the sentence before
  the first part — or every part's word names digits (``前七位``, ``尾号``), which prose
  does not do for figures of its own.  A label's own part (``电话是一八九，然后…``) is the
  first.

The finding stands at the first part written and spans the telling; its mask hides what a
whole number's does (a mobile's middle four digits, an ID number's birth date), wherever
those digits were told.  Linear: each place's word is looked at once, with a bounded look
around it, and a telling holds at most :data:`_MOST_PARTS` parts.  The places' words are
found by the field's one Hyperscan pass when it runs (:func:`place_literals`,
:func:`places_found`; fix103b): their own expression's pass over prose full of 前, 后, 中 and
最 cost 0.12 ms of a benchmark post, reading the parts at the places it found 0.015 ms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from govpub.compliance._data import data_kinds
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.numerals import NUMERALS, SMALL_NUMBER, small_number
from govpub.compliance.personal.hits import Kind, PersonalHit, _masked, _Reading
from govpub.compliance.spans import DisjointSpans

__all__ = ["place_literals", "places_found", "told_numbers"]

#: A digit or a numeral a part is told in; not the numerals that are words of their own in
#: prose more often than digits (参, 两, 洞, 拐, 勾: 参加, 两个).
_DIGIT = "[0-9" + "".join(c for c in NUMERALS if c not in "参两洞拐勾") + "]"
_TABLE = str.maketrans(NUMERALS)
#: A part's length, at least two digits (a ``1`` after 尾号为 is a plate's), at most an ID's.
_PART = f"{_DIGIT}{{2,18}}x?"
#: What may follow a part's digits: a clause's end, a space, the line's or a cell's end.
_PART_END = '(?=[\\s，,。；;、！!？?)）」』"”’<|]|$)'
#: What may stand between a place's word and its part: ``是``, ``为``, a colon or both
#: (``后八位是：``), a space, an opening quotation mark (``后八位“12345678”``).
_CONNECTIVE = '(?:是|为)?[:：]?[ \t\u3000]{0,2}[“"「『‘]?'
#: What may stand between two parts: a comma, a full stop, a space, a closing quotation mark,
#: an HTML line break or a paragraph's end and the next's start (``138，<br>后八位…``, each with
#: the source's line break after it) — not a line break as typed, and not a list item's or a
#: table cell's end (the figures of a list or a table).
_GAP = '(?:[ \t\u3000，,。；;、”"」』’]|<br ?/?>\n?|</p>\n?<p>|</div>\n?<div>){0,3}'
#: Or 的 and a noun of a few characters, then what may stand between two parts: the holder
#: whose number it is, a part before another (``尾数5678的市民，前七位1381234``: review 72's L8).
#: A part so followed is read only with the next one (``尾号5780的用户`` alone is no number).
_WHOSE = '的[\u3400-\u9fff]{1,4}(?=[ \t\u3000，,。；;、”"」』’<])'
#: A count of digits in a place's word: ``三``, ``3``, ``十一``, ``两``.
_COUNT = f"(?:[0-9]{{1,2}}|两|{SMALL_NUMBER})"
#: How far back from ``开头``/``结尾`` its part's digits are read (a part and ``以``).
_PART_REACH = 20
#: How far back in its sentence a phone or ID word is read before the first part.
_LABEL_REACH = 16
#: How far back a label's own part is read before the first named part (label, part, gap).
_HEAD_REACH = 40
#: The most parts a telling holds (an ID number told in fours is five).
_MOST_PARTS = 5

# the places, in the order a number is put together: the label's own part and the first
# digits, then the middle and the next ones in telling order, then the last
_RANK = {"label": 0, "head": 0, "middle": 1, "next": 1, "tail": 2}
_AFTER = {"head-after": "head", "tail-after": "tail"}


@cache
def _kinds() -> dict[str, list[str]]:
    return data_kinds("told_parts.txt")


def _word_source(word: str) -> str:
    """A place's word as an expression, its ``N`` a count."""
    return re.escape(word).replace("N", _COUNT)


@cache
def _words_source(kind: str) -> str:
    """The words of ``kind`` as one expression, the longest first."""
    return "|".join(sorted(map(re.escape, _kinds()[kind]), key=len, reverse=True))


@cache
def _ordered_words() -> list[tuple[str, str]]:
    """Each place's word as listed (``N`` its count) and its kind, the longest first."""
    words = [
        (word, kind)
        for kind, listed in _kinds().items()
        if kind in _RANK or kind in _AFTER
        for word in listed
    ]
    words.sort(key=lambda item: -len(item[0]))
    return words


@cache
def _place_words() -> list[tuple[re.Pattern[str], str]]:
    """Each place's word (an expression) and its kind, the longest first."""
    return [(re.compile(_word_source(word)), kind) for word, kind in _ordered_words()]


def _places_source() -> str:
    return "|".join(pattern.pattern for pattern, _ in _place_words())


# (one pass over the text finds every place's word; the longest at a place, as listed)
_PLACE = LazyPattern.built(_places_source)
_AFTER_WORD = LazyPattern(f"{_CONNECTIVE}(?P<digits>{_PART})(?:{_PART_END}|{_WHOSE})")
_BEFORE_WORD = LazyPattern(f"(?<!{_DIGIT})(?P<digits>{_PART})$")
_COUNT_IN = LazyPattern(_COUNT)
_LABEL = LazyPattern.built(lambda: _words_source("label"))
_OTHER = LazyPattern.built(lambda: _words_source("other"))
# (a label's own part before the first named one: 电话是一八九，然后…)
_LABEL_HEAD = LazyPattern.built(
    lambda: f"(?:{_LABEL.pattern})(?:的)?{_CONNECTIVE}(?P<digits>{_PART}){_GAP}$"
)
_SENTENCE_END = LazyPattern("[。！？!?；;\n]")

# The places' words as literals, for the field's one Hyperscan pass
# (:func:`~govpub.compliance.anchors.find_anchors`): a word with a count ``N`` written out
# with each count :data:`_COUNT` matches (160: 1 or 2 digits, 两, the numerals of 1–39).
_TEN = "0123456789"
_COUNT_DIGITS = [*_TEN, *(f"{tens}{units}" for tens in _TEN for units in _TEN)]
_UNITS = "一二三四五六七八九"
_COUNT_NUMERALS = [
    *(f"{tens}十{units}" for tens in ("", "一", "二", "三") for units in ("", *_UNITS)),
    *_UNITS,
]


@cache
def _counts() -> tuple[str, ...]:
    """Every count :data:`_COUNT` matches, written out (a test compares them)."""
    return (*_COUNT_DIGITS, "两", *_COUNT_NUMERALS)


@cache
def _literals() -> tuple[tuple[str, int], ...]:
    """Each place's word written out and its rank in :data:`_PLACE`'s alternation (the
    longest word first), in that order."""
    literals: list[tuple[str, int]] = []
    for rank, (word, _) in enumerate(_ordered_words()):
        counts = _counts() if "N" in word else ("N",)
        literals += [(word.replace("N", count), rank) for count in counts]
    return tuple(literals)


def place_literals() -> list[str]:
    """The places' words written out, for a literal pass; :func:`places_found` reads its hits."""
    return [literal for literal, _ in _literals()]


def places_found(hits: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where :data:`_PLACE`'s ``finditer`` finds a place's word, from where a literal pass
    found every :func:`place_literals` (``(start, index)``, ordered by start and index): at
    each start the word first in the alternation (the lowest index: the literals are in its
    order), and the next from the end of the last one — as the search takes them."""
    literals = _literals()
    places: list[tuple[int, int]] = []
    end = 0
    for start, index in hits:
        if start >= end:
            end = start + len(literals[index][0])
            places.append((start, end))
    return places


_GAP_ONLY = LazyPattern(_GAP)


@dataclass(frozen=True, slots=True)
class _Part:
    """One told part: where its words begin (its place's, or its own), where its digits are
    in the folded text, its place, whether its word names digits (a count, or 尾号), and the
    count it gives."""

    begin: int
    start: int
    end: int
    place: str
    named: bool = False
    count: int | None = None


def told_numbers(
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    skip: Callable[[int, int], bool],
    spans: DisjointSpans,
    *,
    places: Sequence[tuple[int, int]] | None = None,
) -> Iterator[PersonalHit]:
    """The mobile and ID numbers told in parts in ``folded`` that no other reading found
    (``spans``, which each is added to); ``skip(start, end)`` says a span is a link's.
    ``places``: where the places' words are, when the field's literal pass found them
    (:func:`places_found`); else they are looked for here."""
    for kind, parts in _tellings(folded, places):
        start, end = parts_span(parts)
        if skip(start, end) or spans.overlap(start, end):
            continue
        positions = [at for part in parts for at in range(part.start, part.end)]
        hidden = tuple(positions[3:7] if kind == "mobile" else positions[6:14])
        spans.add(start, end)
        reading = _Reading(kind, start, end, hidden)
        yield PersonalHit(kind, start, end, _masked(original, to_original, reading))


def parts_span(parts: list[_Part]) -> tuple[int, int]:
    """From the first part written to the end of the last."""
    return min(part.start for part in parts), max(part.end for part in parts)


def _tellings(
    folded: str, places: Iterable[tuple[int, int]] | None = None
) -> Iterator[tuple[Kind, list[_Part]]]:
    """Each telling of a number in ``folded``: its kind and its parts in the number's order
    (``places``: where the places' words are, else looked for)."""
    chain: list[_Part] = []
    chain_end = -1  # (where the last part's words end)
    if places is None:
        places = (match.span() for match in _PLACE.finditer(folded))
    for word_start, word_end in places:
        found = _part_at(folded, word_start, word_end)
        if found is None:
            continue
        part, end = found
        if not _gap(folded, chain_end, part.begin):
            chain = []
        chain = [*chain[-(_MOST_PARTS - 1) :], part]
        chain_end = end
        told = _told(folded, chain)
        if told is not None:
            yield told
            chain = []


def _gap(folded: str, end: int, begin: int) -> bool:
    """Whether one part's words end at ``end`` and the next's begin at ``begin`` with at
    most a clause's punctuation or a space between."""
    return 0 <= end <= begin and _GAP_ONLY.fullmatch(folded, end, begin) is not None


def _part_at(folded: str, word_start: int, word_end: int) -> tuple[_Part, int] | None:
    """The part a place's word at ``word_start:word_end`` names, and where its words end:
    digits before ``开头``/``结尾`` (138开头, 以5780结尾), else digits after the word
    (前三位155)."""
    word = folded[word_start:word_end]
    place = _place_of(word)
    if place in _AFTER:
        before = _BEFORE_WORD.search(folded, max(0, word_start - _PART_REACH), word_start)
        if before is not None:
            start = before.start("digits")
            begin = start - 1 if start and folded[start - 1] == "以" else start
            return _Part(begin, start, before.end("digits"), _AFTER[place]), word_end
        place = _AFTER[place]
    after = _AFTER_WORD.match(folded, word_end)
    if after is None:
        return None
    count = _COUNT_IN.search(word) if "位" in word or "个" in word else None
    part = _Part(
        word_start,
        after.start("digits"),
        after.end("digits"),
        place,
        named=count is not None or word in _kinds()["named"],
        count=None if count is None else _count(count.group()),
    )
    return part, after.end()  # (past the holder's noun, 的市民: _WHOSE)


def _place_of(word: str) -> str:
    """The kind of a place's word as matched (its count read as the ``N`` of its entry)."""
    literal = _literal_places().get(word)
    if literal is not None:
        return literal
    for pattern, kind in _place_words():
        if pattern.fullmatch(word):
            return kind
    raise AssertionError(word)  # (every match of _PLACE is one of the words)


@cache
def _literal_places() -> dict[str, str]:
    """The kind of each place's word that holds no count."""
    return {
        pattern.pattern: kind for pattern, kind in _place_words() if _COUNT not in pattern.pattern
    }


def _count(written: str) -> int:
    return 2 if written == "两" else small_number(written)


def _told(folded: str, chain: list[_Part]) -> tuple[Kind, list[_Part]] | None:
    """The number the last parts of ``chain`` tell, the most parts first, with the part a
    phone or ID word gives before them (电话是一八九，然后…) when one does."""
    for size in range(len(chain), 0, -1):
        parts = chain[-size:]
        head = _label_head(folded, parts[0].begin)
        if head is not None:
            parts = [head, *parts]
        if len(parts) < 2:
            continue
        kind = _number(folded, parts)
        if kind is not None and _labelled(folded, parts, head is not None):
            return kind, sorted(parts, key=lambda part: _RANK[part.place])
    return None


def _label_head(folded: str, begin: int) -> _Part | None:
    """The part a phone or ID word gives right before ``begin`` (电话是一八九，), if one does."""
    match = _LABEL_HEAD.search(folded, max(0, begin - _HEAD_REACH), begin)
    if match is None:
        return None
    return _Part(match.start(), match.start("digits"), match.end("digits"), "label")


def _labelled(folded: str, parts: list[_Part], head: bool) -> bool:
    """Whether a phone or ID word stands in the sentence before the first part written (or
    gives it: ``head``), or every part's word names digits (前七位, 尾号) — and no word of
    another number's (验证码, 订单号, 车牌) stands there."""
    start = min(part.begin for part in parts)
    low = max(0, start - _LABEL_REACH)
    for end in _SENTENCE_END.finditer(folded, low, start):
        low = end.end()
    if _OTHER.search(folded, low, start) is not None:
        return False
    if head or all(part.named for part in parts):
        return True
    return _LABEL.search(folded, low, start) is not None


def _number(folded: str, parts: list[_Part]) -> Kind | None:
    """``"mobile"`` or ``"id_number"`` when ``parts``, put in their places' order, make one
    (each count given the part's length, one first part and one last at most)."""
    ranks = [_RANK[part.place] for part in parts]
    if ranks.count(0) > 1 or ranks.count(2) > 1:
        return None
    if any(part.count is not None and part.count != part.end - part.start for part in parts):
        return None
    ordered = sorted(parts, key=lambda part: _RANK[part.place])
    digits = "".join(folded[part.start : part.end] for part in ordered).translate(_TABLE)
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789" and digits.isdigit():
        return "mobile"
    if len(digits) == 18 and valid_id18(digits):
        return "id_number"
    return None
