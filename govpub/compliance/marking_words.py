"""The words of markings that one separator does not split: ``内部·资料`` reads as 内部资料.

The fold keeps one separator between two words of two or more ideographs, because
that is how names and pairs are written (``马克·吐温``, ``北京-上海``, ``内部-控制``).
A marking split that way (``内部·资料``, ``不得-外传``, ``此件·不予公开``) would then
pass, so the fold asks here whether the words either side of such a separator join
into a marking word — the internal-use markers, the notes 注意保存/注意保密, the
sensitive terms, the words of 公开属性 notes and the built-in wording lists (``小·编``,
``必须·转发``; ``data/*.txt``), and the prose phrases that excuse a marking's words
(``内部资料性出版⏎物``) — and only then joins them.  Only at separators the fold
already looked at: no pass of its own.

A marking word with a character written as a homophone or its pinyin (``内部姿料``, ``NEIBU资料``,
``机蜜★10年``) reads as the word as well: the expressions of such stand-ins are built here from
``data/marking_standins.txt`` (:func:`standin_expression`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from govpub.compliance._data import data_kinds, data_text
from govpub.compliance.regex_cache import regex

__all__ = [
    "APART_RULE",
    "SET_OFF",
    "a_spaced_name",
    "apart_anchors",
    "joins_marking",
    "marking_words",
    "pinyin_expression",
    "spelled_apart",
    "standin_expression",
    "standin_level_firsts",
    "standin_level_keys",
    "standin_levels",
    "standin_markers",
    "standin_seed_literals",
    "standin_seeds",
    "stands_in",
    "star_words",
]

_FILES = (
    "internal_markers.txt",
    "internal_notes.txt",
    "sensitive_markers.txt",
    "marking_words.txt",
    "opinion_words.txt",
    "forced_engagement.txt",
    "ad_wording.txt",
    # the prose phrases that excuse a marking's words, so that a line wrapped inside one
    # (内部资料性出版⏎物, as text pasted from a PDF has it) still excuses them
    "prose_phrases.txt",
)


@cache
def marking_words() -> tuple[frozenset[str], int]:
    """The words (simplified, as the fold leaves them) and the length of the longest."""
    from govpub.compliance.wording import parse_term_list  # noqa: PLC0415 - on first use

    words = frozenset(term for name in _FILES for term, _ in parse_term_list(data_text(name)))
    return words, max(map(len, words))


@cache
def _markers() -> frozenset[str]:
    """The marking words without the prose phrases that excuse them: what a separator other
    than a line break may join into (``编印—内部资料`` is a masthead, no 编印内部资料 of the
    管理办法, which would excuse its marking: review 32)."""
    from govpub.compliance.wording import parse_term_list  # noqa: PLC0415 - on first use

    words, _ = marking_words()
    return words - {term for term, _ in parse_term_list(data_text("prose_phrases.txt"))}


@cache
def _seams() -> dict[str, tuple[tuple[str, int], ...]]:
    """Every pair of neighbouring characters in a marking word (``内部资料``: 内部, 部资, 资料),
    with the words and the cuts between the pair that it stands at: a gap is checked against
    those alone, not every word (a joined line cost ~60 µs: review 59's item 7)."""
    words, _ = marking_words()
    seams: dict[str, list[tuple[str, int]]] = {}
    for word in sorted(words):
        for cut in range(1, len(word)):
            seams.setdefault(word[cut - 1 : cut + 1], []).append((word, cut))
    return {seam: tuple(cuts) for seam, cuts in seams.items()}


def joins_marking(text: str, start: int, end: int, *, excuses: bool = True) -> bool:
    """Whether a marking word starts before ``text[start:end]`` (a separator) and ends after;
    a prose phrase that excuses a marking's words counts only with ``excuses``."""
    if start == 0 or end >= len(text):
        return False
    cuts = _seams().get(text[start - 1] + text[end])
    if cuts is None:
        return False  # most separators (every line break after a heading): one dict lookup
    words = marking_words()[0] if excuses else _markers()
    return any(
        word in words and text.endswith(word[:cut], 0, start) and text.startswith(word[cut:], end)
        for word, cut in cuts
    )


# The marks a list or a sentence puts between its items, which the fold keeps (``省、市、县``,
# ``1,2,3``, a bullet ``●``): between *every* character of a marker of four or more they list
# no items but spell the marker out (``内、部、资、料``, ``内，部、资、料``, ``内、 部、 资、 料``).
# Found from anchors in the terms' one pass — a marker's first character and a mark
# (``内、``, ``内 、``), at no cost of their own — and read from there (:func:`spelled_apart`), so
# that ``省、市、县`` stays as written and the marks need not be folded away.
APART_RULE = "marker-apart"
_LIST_MARKS = "、，,；;●○◆◇■□▲△。▪・"
_GAP = f"[ \t]*[{_LIST_MARKS}][ \t]*"


@cache
def _apart_markers() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """The internal-use markers of four ideographs or more, by first character, each with the
    expression of it spelled apart (a shorter one with a mark inside is a list: ``机、密``)."""
    from govpub.compliance.wording import parse_term_list  # noqa: PLC0415 - on first use

    text = data_text("internal_markers.txt")
    markers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for word, _ in sorted(parse_term_list(text), key=lambda pair: -len(pair[0])):
        if len(word) >= 4 and all("\u3400" <= char <= "\u9fff" for char in word):
            pattern = regex(_GAP.join(map(re.escape, word)))
            markers.setdefault(word[0], []).append((word, pattern))
    return markers


def apart_anchors() -> list[str]:
    """What the terms' pass looks for: a marker's first character, a mark, a space or not."""
    return [
        first + space + mark
        for first in _apart_markers()
        for mark in _LIST_MARKS
        for space in ("", " ")
    ]


def spelled_apart(folded: str, start: int) -> tuple[str, int] | None:
    """The marker spelled apart from ``start`` (an anchor) and where it ends, if one is."""
    for word, pattern in _apart_markers().get(folded[start], ()):
        found = pattern.match(folded, start)
        if found is not None:
            return word, found.end()
    return None


# A marking word written with stand-ins (red team 102's stand-in-character): a character
# replaced by a homophone (机蜜★10年, 内部姿料) or its pinyin (ji密★10年, NEIBU资料, 内部zi料,
# （此件不公kai）) reads as the word to any reader.  What each character may be written as is
# data (``data/marking_standins.txt``); the expressions here are built from it and used where
# the words are matched: a 密级 with its star and period (:mod:`.secrecy`), the internal-use
# markers (:func:`standin_markers`), the 公开 of a 公开属性 note (:mod:`.disclosure`).
_STANDINS_FILE = "marking_standins.txt"
# the tone marks a syllable's vowel may carry (the fold keeps them, and lower-cases only ASCII:
# a capital with a tone mark, "JĪ", folds to "jĪ")
_TONES = {"a": "aāáǎà", "e": "eēéěè", "i": "iīíǐì", "o": "oōóǒò", "u": "uūúǔùüǖǘǚǜ", "v": "vü"}
# What may stand between two syllables, or a syllable and a character: one space or none ("nei
# bu资料"), or what letter-spaces or breaks a marker as written — a line break, a dash, a middle
# dot — which the fold removes between two ideographs (内-部-资-料 folds to 内部资料) but keeps
# beside a letter (内-部-zi-料 folds to 内部-zi-料; 内部姿⏎料: review 70's L3)
JOINS = " \t\n-·\u2013\u2014\u2015\u30fc"
# (and the joins of two characters or more: two spaces, a <br> — "内部  zi  料", "内部<br>zi<br>料"
# set a syllable off as one space does: review 76's L2)
# (and a <br> with the source's line break after it, as editors write it: review 78's L7)
WIDE_JOINS = ("  ", "\t\t", "<br>", "<br/>", "<br />", "<br>\n", "<br/>\n", "<br />\n")
_WIDE_JOIN = "|".join(map(re.escape, WIDE_JOINS))
_JOIN = f"(?:[{re.escape(JOINS)}]|{_WIDE_JOIN})?"
#: What sets a syllable off from the ideograph beside it in a note (one space or tab, or a
#: wide join): "（此件不 gong 开）", "（此件不  gong  开）", "（此件不<br>gong<br>开）" (review
#: 78's L6)
SET_OFF = f"(?:{_WIDE_JOIN}|[ \t])"


# the line of ``data/marking_standins.txt`` that lists the syllables that are English words too
_ENGLISH = "english"


@cache
def _standins() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each character's homophones and pinyin (``data/marking_standins.txt``)."""
    table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for char, written in data_kinds(_STANDINS_FILE).items():
        if char == _ENGLISH:
            continue
        pinyin = tuple(form for form in written if form.isascii())
        table[char] = (tuple(form for form in written if not form.isascii()), pinyin)
    return table


def _syllable(pinyin: str) -> str:
    """The expression of a syllable with or without its tone mark."""
    return "".join(
        f"[{_TONES[char]}{_TONES[char][1:].upper()}]" if char in _TONES else re.escape(char)
        for char in pinyin
    )


def _written(char: str, *, first: bool, last: bool) -> str:
    """A character as written or in pinyin (a syllable not glued to other letters at the
    word's ends: ``neibu`` in an English word is none)."""
    forms = [re.escape(char)]
    for pinyin in _standins().get(char, ((), ()))[1]:
        before = "(?<![a-z])" if first else ""
        after = "(?![a-z])" if last else ""
        forms.append(f"{before}{_syllable(pinyin)}{after}")
    return f"(?:{'|'.join(forms)})"


def pinyin_expression(char: str) -> str:
    """The expression of ``char`` in its pinyin alone (with or without a tone mark, either
    case), not the end of a longer run of letters: what stands for ``char`` glued before an
    ideograph (``bu公开``)."""
    syllables = "|".join(map(_syllable, _standins().get(char, ((), ()))[1]))
    return f"(?<![a-z])(?:{syllables})"


def standin_expression(word: str) -> str:
    """The expression of ``word`` as written or with stand-ins: any of its characters in
    pinyin, and one of them at most a homophone (two read as another word).  Linear: one
    alternative per character that has a homophone, each a string of fixed choices."""
    last = len(word) - 1
    written = [_written(char, first=at == 0, last=at == last) for at, char in enumerate(word)]
    alternatives = [_JOIN.join(written)]
    for at, char in enumerate(word):
        homophones = _standins().get(char, ((), ()))[0]
        if homophones:
            parts = [*written[:at], f"[{''.join(homophones)}]", *written[at + 1 :]]
            alternatives.append(_JOIN.join(parts))
    return f"(?:{'|'.join(alternatives)})"


def stands_in(found: str, word: str, after: str = "") -> bool:
    """Whether ``found`` (a match of :func:`standin_expression`) is ``word`` with a stand-in,
    one ideograph at least left (a word all in pinyin is a term of its own list, or none),
    and no run of letters in it a word of its own (:func:`_a_word_of_its_own`); ``after``:
    the character that follows it in the text."""
    found = _BREAK_JOIN.sub("\n", found)  # (a <br> joins as a line break does)
    return (
        _JOINED.sub("", found) != word
        and _IDEOGRAPH.search(found) is not None
        and not _a_word_among(_IDEOGRAPH.split(found), goes_on=_IDEOGRAPH.match(after) is not None)
    )


def _a_word_among(runs: list[str], *, goes_on: bool) -> bool:
    """Whether a run of letters between the ideographs of a form (``runs``: what lies before
    the first, between two, after the last) is a word of its own (:func:`_a_word_of_its_own`):
    an English word only where the Chinese goes on past the form (``goes_on``: ``内部can考虑一下``
    — where the form ends the phrase, ``（仅供内部can考）``, its letters stand in: review 73's
    L1)."""
    return goes_on and any(_a_word_of_its_own(run) for run in runs if run.strip(JOINS))


_IDEOGRAPH = regex("[\u3400-\u9fff]")
_JOINED = regex(f"[{re.escape(JOINS)}]")
_BREAK_JOIN = regex("<br ?/?>")


def _a_word_of_its_own(run: str) -> bool:
    """Whether ``run``, the letters between two ideographs of a form (or before its first, or
    past its last), are an English word and stand in for nothing: one syllable that is an
    English word too, without a tone mark (``我们内部can考虑一下``: English in a Chinese
    sentence).  Glued to an ideograph, set off by spaces (``内部 zi 料``, ``（此件 bu 公开）``: the
    plain spaced-out evasion, review 73's L2), or with the other syllables (``内部zi料``,
    ``请 wu外传``, ``nei bu 资料``, ``内部cankao``), the syllables stand in (review 70's F4).  A
    name set off by spaces is written with its capital (``内部 Wen 件``), which the fold has
    lower-cased: the findings read it in the text as written (:func:`a_spaced_name`)."""
    letters = run.strip(JOINS)
    if _JOINED.search(letters) is not None:
        return False  # two syllables or more, spaced
    return letters.lower() in _english()


# A syllable written as a name (GB/T 28039-2011: a capital, then small letters), a space before
# it and no ideograph after it: "内部 Wen 件", "（此件不公 Kai）", "请 Wu 外传" (review 70's F4);
# glued to the ideograph after it, "请 Wu外传", it stands in
_SPACED_NAME = regex(
    r"(?:^|(?<=[ \t>]))[A-Z][a-z\u00e0-\u01dc]{0,5}(?![A-Za-z\u00e0-\u01dc\u3400-\u9fff])"
)


def a_spaced_name(written: str) -> bool:
    """Whether ``written``, a marker or a note with a stand-in as the text writes it (not
    folded), holds a syllable of the stand-ins' table written as a name, set off by spaces
    (:data:`_SPACED_NAME`): ``内部 Wen 件交流会``, ``老师说内部 Zi 料很多`` name a person, where
    ``内部 zi 料`` stands in (review 73's L2)."""
    return any(
        match.group().lower().translate(_UNTONED) in _syllables()
        for match in _SPACED_NAME.finditer(written)
    )


_UNTONED = str.maketrans(
    {tone: base for base, tones in _TONES.items() for tone in tones + tones.upper() if tone != base}
)


@cache
def _syllables() -> frozenset[str]:
    """Every syllable of the stand-ins' table."""
    return frozenset(syllable for _, pinyin in _standins().values() for syllable in pinyin)


@cache
def _english() -> frozenset[str]:
    """The syllables that are English words too (``data/marking_standins.txt``)."""
    return frozenset(data_kinds(_STANDINS_FILE).get(_ENGLISH, ()))


_LEVELS = ("绝密", "机密", "秘密")


def _firsts(word: str) -> set[str]:
    """The characters a form of ``word`` may start with: its first as written, a homophone of
    it, the first letter of its pinyin (with a tone mark, either case)."""
    homophones, pinyin = _standins().get(word[0], ((), ()))
    firsts = {word[0], *homophones}
    for initial in (syllable[0] for syllable in pinyin):
        tones = _TONES.get(initial, initial)
        firsts.update(tones + tones.upper())
    return firsts


def standin_levels() -> str:
    """The 密级 as written, in pinyin or with a stand-in (``jimi``, ``机蜜``, ``ji密``): what
    :mod:`.secrecy` reads before a star and a period, never alone (机蜜 is prose).  A look at
    the first character before the alternatives: a text with 密 in it is read at every
    position (without it, the alternatives doubled the time of the whole 密级 expression)."""
    alternatives = "|".join(standin_expression(level) for level in _LEVELS)
    return f"(?=[{standin_level_firsts()}])(?:{alternatives})"


def standin_level_firsts() -> str:
    """The characters a 密级 of :func:`standin_levels` may start with (a class's contents)."""
    return "".join(sorted(set().union(*map(_firsts, _LEVELS))))


def standin_level_keys() -> tuple[str, ...]:
    """What every 密级 written with a stand-in for its 密 holds (蜜, 秘, 觅, ``mi`` with its
    tone marks): where a reader of markings looks around (:func:`.secrecy._keys_at`)."""
    return _second_standins()


@cache
def _second_standins() -> tuple[str, ...]:
    """The stand-ins of every level's second character (蜜 秘 觅, mi with its tone marks in
    either case, as the fold leaves them)."""
    homophones, pinyin = _standins().get(_LEVELS[0][1], ((), ()))
    forms = {*homophones}
    for syllable in pinyin:
        forms.update(_toned_forms(syllable))
    return tuple(sorted(forms))


def _toned_forms(syllable: str) -> set[str]:
    """``syllable`` with each tone mark its vowels may carry, in either case (one at a time)."""
    forms = {syllable}
    for at, char in enumerate(syllable):
        for tone in _TONES.get(char, "")[1:]:
            for written in (tone, tone.upper()):
                forms.add(syllable[:at] + written + syllable[at + 1 :])
    return forms


def star_words() -> str:
    """The words a post writes for the star of a 密级 (星, 星号, 五角星), longest first."""
    words = sorted(_standins().get("★", ((), ()))[0], key=len, reverse=True)
    return f"(?:{'|'.join(map(re.escape, words))})"


# A marker with a stand-in has one: a homophone, or a syllable beside an ideograph of a marker
# (a join between or none).  Those seeds are pairs of characters (:class:`_SeedPair`): found by
# one expression whose first character is one of a class of ideographs (found at C speed), or
# by the one Hyperscan pass of :mod:`.anchors` as literals expanded from the same pairs
# (:func:`standin_seed_literals`); each marker's expression is then tried only where a marker
# may start before a seed — one alternation of every marker tried at every position was
# 60–250 ms for 30,000 characters of prose.


@dataclass(frozen=True)
class _SeedPair:
    """Two characters that seed a reading, side by side or with one join between: a homophone
    and what stands beside it in a marker (an ideograph, or a syllable's last or first letter),
    or a syllable's letter and a marker's ideograph; the seed is the ideograph (``right`` or
    not)."""

    left: str
    right: str
    seed_right: bool


@dataclass(frozen=True)
class _StandinReading:
    """What :func:`standin_markers` reads with: the seeds' pairs and their expression, each
    marker's expression by the characters a form of it may start with, and how far before its
    seed a form may start."""

    pairs: tuple[_SeedPair, ...]
    seeds: re.Pattern[str]
    starts: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    reach: int


@cache
def _standin_reading() -> _StandinReading:
    """The internal-use markers of four ideographs or more, read with their stand-ins."""
    from govpub.compliance.wording import parse_term_list  # noqa: PLC0415 - on first use

    markers = [
        word
        for word, _ in parse_term_list(data_text("internal_markers.txt"))
        if len(word) >= 4 and all("\u3400" <= char <= "\u9fff" for char in word)
    ] + sorted(_READ_AS)
    table = _standins()
    starts: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for word in markers:
        pattern = regex(standin_expression(word))
        for first in sorted(_firsts(word)):
            starts.setdefault(first, []).append((word, pattern))
    pairs = _seed_pairs(markers, table)
    # the longest a form runs before its seed: every character in its longest pinyin, joined
    # by the widest join
    widest = max(map(len, WIDE_JOINS))
    reach = max(
        sum(max(map(len, table.get(char, ((), ("",)))[1]), default=1) + widest for char in word)
        for word in markers
    )
    return _StandinReading(
        pairs, _seed_expression(pairs), {c: tuple(found) for c, found in starts.items()}, reach
    )


# The prohibitions that a note of :mod:`.marking_notes` reads as written, not a marker of the
# term lists, read with stand-ins as the marker they say (本材料 jin 止外传, 禁止 wai 传: review
# 76's L2; 禁止外传 as written stays the note's)
_READ_AS = {"禁止外传": "严禁外传"}


def _seed_pairs(
    markers: list[str], table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> tuple[_SeedPair, ...]:
    """The pairs that seed a reading of ``markers``: a homophone after what may stand before
    it (咨 in 内部咨料, not in 咨询: the commonest seed of prose, each read back in Python) and
    before what may stand after it; a syllable's last letter before a marker's ideograph, its
    first letter after one (the letters with their tone marks, either case)."""
    written = {char for word in markers for char in word}
    homophones = "".join(sorted({h for char in written for h in table.get(char, ((), ()))[0]}))
    syllables = {syllable for char in written for syllable in table.get(char, ((), ()))[1]}
    lasts = _toned({syllable[-1] for syllable in syllables})
    firsts = _toned({syllable[0] for syllable in syllables})
    marks = "".join(sorted(written))
    before = "".join(sorted(_neighbours(markers, table, -1))) + lasts
    after = "".join(sorted(_neighbours(markers, table, 1))) + firsts
    return (
        _SeedPair(before, homophones, seed_right=True),
        _SeedPair(homophones, after, seed_right=False),
        _SeedPair(lasts, marks, seed_right=True),
        _SeedPair(marks, firsts, seed_right=False),
    )


def _toned(letters: set[str]) -> str:
    """``letters`` with every tone mark each may carry, in either case (as the fold leaves
    them: it lower-cases ASCII alone)."""
    return "".join(
        sorted(
            {t for letter in letters for t in _TONES.get(letter, letter)}
            | {t.upper() for letter in letters for t in _TONES.get(letter, "")[1:]}
        )
    )


def _seed_expression(pairs: tuple[_SeedPair, ...]) -> re.Pattern[str]:
    """The seeds as one expression, its first character one of a class of the ideographs (a
    scan from letters tried every letter of a URL)."""
    join = f"[{re.escape(JOINS)}]"
    seeds = set().union(*((pair.right if pair.seed_right else pair.left) for pair in pairs))
    branches = []
    for pair in pairs:
        left, right = f"[{re.escape(pair.left)}]", f"[{re.escape(pair.right)}]"
        if pair.seed_right:
            branches.append(f"(?<={left}{right})|(?<={left}{join}{right})")
            branches.extend(f"(?<={left}{re.escape(wide)}{right})" for wide in WIDE_JOINS)
        else:
            branches.append(f"(?<={left})(?=(?:{join}|{_WIDE_JOIN})?{right})")
    return regex(f"[{''.join(sorted(seeds))}](?:{'|'.join(branches)})")


# A literal of the seeds: where its seed stands from its start, and the character a literal with
# a join in it needs at an offset from its start (the join's other side), or none.
_SeedLiteral = tuple[int, int, str | None]


@cache
def _seed_literals() -> tuple[tuple[str, ...], tuple[tuple[_SeedLiteral, ...], ...]]:
    """The seeds' pairs as literals for a Hyperscan pass: every pair side by side, and the
    ideograph with each join beside it (the letter or ideograph across the join looked at in
    Python: with it, the literals were the pairs times the joins)."""
    found: dict[str, list[_SeedLiteral]] = {}
    for pair in _standin_reading().pairs:
        for left in pair.left:
            for right in pair.right:
                found.setdefault(left + right, []).append((int(pair.seed_right), 0, None))
        for join in (*JOINS, *WIDE_JOINS):
            if pair.seed_right:
                for right in pair.right:
                    found.setdefault(join + right, []).append((len(join), -1, pair.left))
            else:
                for left in pair.left:
                    found.setdefault(left + join, []).append((0, len(join) + 1, pair.right))
    literals = tuple(sorted(found))
    return literals, tuple(tuple(sorted(set(found[literal]))) for literal in literals)


def standin_seed_literals() -> tuple[str, ...]:
    """The literals a Hyperscan pass looks for, whose occurrences :func:`standin_seeds` reads."""
    return _seed_literals()[0]


def standin_seeds(folded: str, hits: Iterable[tuple[int, int]]) -> list[int]:
    """Where the seeds stand, from ``(start, index)`` of the occurrences of
    :func:`standin_seed_literals` in ``folded``: what the seeds' expression finds."""
    readings = _seed_literals()[1]
    seeds: set[int] = set()
    for start, index in hits:
        for seed, at, needs in readings[index]:
            if needs is None or (0 <= start + at < len(folded) and folded[start + at] in needs):
                seeds.add(start + seed)
    return sorted(seeds)


def _neighbours(
    markers: list[str], table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], step: int
) -> set[str]:
    """The ideographs that stand ``step`` from one that has a homophone, in ``markers``."""
    return {
        word[at + step]
        for word in markers
        for at, char in enumerate(word)
        if table.get(char, ((), ()))[0] and 0 <= at + step < len(word)
    }


def standin_markers(
    folded: str, seeds: Sequence[int] | None = None
) -> Iterator[tuple[int, int, str]]:
    """The internal-use markers written with stand-ins (``内部姿料``, ``neibu资料``), each with
    the marker it stands for: each seed (``seeds`` as :func:`standin_seeds` gives them, from a
    pass the caller made, or found here) read back to where a marker may start, the markers
    that start with that character tried there (linear: each position tried once).  A marker
    as written is the term lists' and is passed over."""
    reading = _standin_reading()
    if seeds is None:
        seeds = [seed.start() for seed in reading.seeds.finditer(folded)]
    # (the positions before ``until`` are read: a marker found ends there, or a marker that
    # starts there and runs past this seed would have run past the one before, and been found)
    until = 0
    for at in seeds:
        if at < until:
            continue
        found = _marker_before(folded, reading, max(until, at - reading.reach), at)
        until = at + 1
        if found is not None:
            until = found[1]
            yield found


def _marker_before(
    folded: str, reading: _StandinReading, low: int, at: int
) -> tuple[int, int, str] | None:
    """The first marker with a stand-in that starts in ``folded[low:at + 1]`` and runs past
    ``at`` (a seed)."""
    for start in range(low, at + 1):
        for word, pattern in reading.starts.get(folded[start], ()):
            match = pattern.match(folded, start)
            after = folded[match.end() : match.end() + 1] if match is not None else ""
            if (
                match is not None
                and match.end() > at
                and stands_in(match.group(), word, after)
                and not _after_its_word(folded, start, match, word)
            ):
                return start, match.end(), _READ_AS.get(word, word)
    return None


def _after_its_word(folded: str, start: int, match: re.Match[str], word: str) -> bool:
    """Whether the form of ``word`` ``match`` found at ``start`` opens with the pinyin of the
    ideographs written just before it, and the ideographs after that have their own reading
    after them: words and their whole readings, as a vocabulary card lists them (``词语：内部
    nei bu<br>资料 zi liao``), not a marker (review 78's F2).  A form that
    opens with an ideograph (``内部 zi 料``), whose pinyin follows no such word (``nei bu
    资料``) or whose next word has no reading (``内部 nei bu 资料 注意保存``, ``内部neibu资料``:
    review 80's L1) is none."""
    found = match.group()
    first = _IDEOGRAPH.search(found)
    if first is None or first.start() == 0:
        return False
    read = word.find(found[first.start()])
    return (
        read > 0
        and _READING_AFTER.match(folded, match.end()) is not None
        and folded[:start].rstrip(JOINS).endswith(word[:read])
    )


# the reading written after a card's next word
_READING_AFTER = regex("[ \t]+[a-z\u00e0-\u00fc\u0101-\u01dc]")
