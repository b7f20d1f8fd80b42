"""Spaced-out and letter-spaced text closed up: the gaps between ideographs.

Whitespace, invisible characters and pictographs between two ideographs go
(``内 部 资 料``); separators that string ideographs together one by one go
(``内-部-资-料``, a line break in ``内⏎部⏎资⏎料``), but not one between two words
(``马克·吐温``), unless the words join into a marking (``内部·资料``).  Apart from the
character map because a gap is told by the ideographs either side of it, not by
its own characters.
"""

from __future__ import annotations

import re
from functools import partial

from govpub.compliance.char_marks import mark_table, marks
from govpub.compliance.folding.folded import _drop, back_to_written
from govpub.compliance.folding.markup import _holds
from govpub.compliance.folding.tables import (
    _WHITESPACE,
    ignorable_characters,
    is_han,
    pictographs,
)
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_words import joins_marking
from govpub.compliance.regex_cache import regex


class _BlankRun:
    """The run of blanks the fast path last measured: each of its characters asks whether the
    run lies between ideographs, and a run of 20,000 full-width spaces measured once for each
    took 44 s."""

    __slots__ = ("between", "end", "start")

    def __init__(self) -> None:
        self.start = self.end = -1
        self.between = False

    def between_han(self, text: str, index: int) -> bool:
        if not self.start <= index < self.end:
            self.start, self.end = _blank_run(text, index)
            self.between = _run_between_han(text, self.start, self.end)
        return self.between


def _blank_run(text: str, index: int) -> tuple[int, int]:
    """The run of blanks (whitespace, invisible characters, pictographs) around ``index``."""
    before = index - 1
    while before >= 0 and _is_blank(text[before]):
        before -= 1
    after = index + 1
    while after < len(text) and _is_blank(text[after]):
        after += 1
    return before + 1, after


def _spaced_han(char: str) -> bool:
    """Whether whitespace beside ``char`` is closed up as between ideographs: an ideograph, or
    the ideographic zero 〇 (U+3007, Script=Han but outside the CJK blocks), which numbers in
    numerals hold (``一 三 八 〇 一 …``, ``二 〇 二 五 年``: red team 78)."""
    return is_han(char) or char == "\u3007"


def _run_between_han(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and _spaced_han(text[start - 1]) and _spaced_han(text[end])


def _between_han(text: str, index: int) -> bool:
    """Whether the whitespace at ``index`` (with the run around it) lies between ideographs."""
    return _run_between_han(text, *_blank_run(text, index))


def _is_blank(char: str) -> bool:
    return char in _WHITESPACE or char in ignorable_characters() or char in pictographs()


# Plain spaces are not in the fold's character class (they are everywhere in mixed text):
# a run of them is found here, only where an ideograph follows, and goes when one precedes.
# A tab is folded where it stands, but one that markup separated from an ideograph
# ("机<b>\t密") is beside it only once the markup is gone: a text that still holds a tab
# is searched for runs of both (a class: slower than the literal, and rarely needed).
# A run is taken whole from its first space (the lookbehind after it: no space before) and
# never given back (the possessive "*+"): "  *" tried again from every space of a run,
# backtracking through the rest each time, took 2.4 s over 20,000 spaces.  The space comes
# first, so that the engine still skips to one at C speed (a lookbehind first: 25 times slower).
_SPACE_RUN = regex(" (?<!  ) *+(?=[\u3007\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])")
_BLANK_RUN = LazyPattern(
    "[ \t](?<![ \t][ \t])[ \t]*+(?=[\u3007\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])"
)


def _close_up_spaces(folded: str, removed: list[int], tabs: bool = False) -> str:
    pieces: list[str] = []
    position = 0
    gaps: list[int] = []
    for match in (_BLANK_RUN if tabs else _SPACE_RUN).finditer(folded):
        start = match.start()
        if start == 0 or not _spaced_han(folded[start - 1]):
            continue
        pieces.append(folded[position:start])
        gaps.extend(range(start, match.end()))
        position = match.end()
    if not gaps:
        return folded
    pieces.append(folded[position:])
    # offsets in `folded` → offsets in the original text, past the earlier removals
    earlier = back_to_written(removed)
    removed[:] = sorted([*removed, *(earlier.original(g) for g in gaps)])
    return "".join(pieces)


# Letter-spacing with punctuation: a separator, spaces around it allowed, between two
# ideographs.  Found from the separator (the class comes first: the regex engine skips to
# one at C speed, and Chinese text has few); the ideograph before it is looked at here.
# A line break (or ``<br>``) is such a separator too (``内部⏎资料``, ``内⏎部⏎资⏎料`` written
# down the page): a Markdown paragraph joins its lines and a reader reads the words whole.
# A blank line never is (the character before its second break is no ideograph).  Three
# expressions, each starting with what is found fast — a literal, or the separators in the
# text's marks (:mod:`.char_marks`) — rather than one holding the line breaks too (the
# Unicode line separators are "\n" by then: _tables()).
_HAN_RANGES = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"  # (what is_han() tells)
_HAN = f"[{_HAN_RANGES}]"
_IDEOGRAPH_AHEAD = f"(?={_HAN})"
_SEPARATORS = "-_·./|~+*=\x0b\x0c\x85"
_SEPARATOR_GAP = regex(f"[{_SEPARATORS}] ?" + _IDEOGRAPH_AHEAD)
# Where _SEPARATOR_GAP may match, in the text's marks: a separator, a space or none, and a
# character beyond Latin-1 (every ideograph is one); it is matched only there.  The class
# tested at each of a post's 20,000 positions took 200 µs, this 80 µs (the addresses of a
# post hold a thousand separators, before no ideograph).  A space is marked as the
# separators are, so that a candidate is one literal of two bytes, a mark before "?" (the
# separator, or the space after one): "\x00 ?\?" was tried at each of those thousand
# separators (18 µs a post), the literal is skipped to (11 µs).
_SEPARATOR_MARKS = mark_table(_SEPARATORS + " ")
_SEPARATOR_CANDIDATE = re.compile(rb"\x00\?")  # ("?": beyond Latin-1)
# (a Markdown blockquote's markers start each of its lines, "> 机⏎> 密★10年", and a list
# item's next line is indented, "- 内⏎  部资料": the paragraph inside joins its lines all
# the same; with a tab too, "内部⏎\t资料": a paragraph's next line is stripped of its blanks,
# and an indented code block cannot interrupt a paragraph — CommonMark 4.4, 4.8; left29b)
# And one to three asterisks glued to the ideograph that opens the line or ends the one before
# (``内部**⏎资料``, ``内部⏎**资料``, ``内部*⏎资料*``): emphasis the fold did not take away, which
# the page prints — a run before a break or unclosed opens nothing, CommonMark 6.2 — and the
# reader reads past as past ``内部** 资料``'s (left29b); four or more are a mask, and stay.
# Underscores and tildes too, printed so by the same rules (``内部__⏎资料``: fix63c).
_LINE_GAP = regex(
    "\n[ \t]*+(?:>[ \t]*+){0,3}(?:\\*{1,3}|_{1,3}|~{1,3})?" + _IDEOGRAPH_AHEAD
)  # "\r\n": from the "\r"
_PRINTED_RUNS = "*_~"
# What may end a line between its last character and the "\n", and shows as that line break
# alone: trailing blanks — two spaces or more are a Markdown hard line break, a tab or one
# space CommonMark strips — and the <br> a hard break renders to (``内部  ⏎资料``,
# ``内部<br>⏎资料`` show 内部 / 资料 as ``内部⏎资料`` does; red team 94).  (A backslash hard
# break, ``内部\⏎资料``, goes with the fold's Markdown escapes.)
_LINE_END_BLANKS = " \t\r"
_LINE_END_BREAKS = ("<br>", "<br/>", "<br />", "<br >")
# ... and of the line gaps, the breaks an ideograph may stand before, a line's end marks
# between (_line_end()): the only ones _letter_spacing() keeps.  A post's paragraphs end in
# ideographs and the next starts with one; a blank line between them made 26 gaps a post that
# were found, sorted and looked at again for nothing (15 µs a post).
_JOINED_LINE_GAP = regex(
    "\n(?:"
    + "|".join(
        [f"(?<=[{_HAN_RANGES}{_LINE_END_BLANKS}{_PRINTED_RUNS}]\n)"]
        + [f"(?<={re.escape(br)}\n)" for br in _LINE_END_BREAKS]
    )
    + ")"
    + _LINE_GAP.pattern[1:]
)
_BR_GAP = LazyPattern("<br ?/?> ?" + _IDEOGRAPH_AHEAD)
# (and a star, which every star emoji folds to: "内⭐部⭐资⭐料" strings the characters as
# "内*部*资*料" does — beyond Latin-1, so looked for apart, and only in a text that holds one;
# red team 35)
# (the star first: a look-behind first was tried at every position, 0.4 ms a post with a ★)
_STAR_GAP = LazyPattern("★(?<=[^密\n]★) ?" + _IDEOGRAPH_AHEAD)
# (and the dashes the fold keeps — en, em and horizontal bar, and the katakana prolonged sound
# mark that looks like one: "内—部—资—料", "机―密★", "（此ー件ー不予公开）" string the characters as
# "内-部-资-料" does; a 破折号 "——" is two, and the second has no ideograph before it.  Beyond
# Latin-1 too, so looked for apart, and only in a text that holds one; red team 71)
_DASHES = "\u2013\u2014\u2015\u30fc"
_DASH_GAP = LazyPattern(f"[{_DASHES}] ?(?:\n *)?" + _IDEOGRAPH_AHEAD)  # (a line may end after one)


def _dash_gaps(folded: str) -> list[tuple[int, int]]:
    """The spans of each dash of ``_DASHES`` (and a space or line break after it) between two
    ideographs.  Found with ``str.find`` (C speed), each looked at only after an ideograph: a
    post's prose holds dozens of 破折号 and ranges, and a regex scan of the whole text for
    them cost 7% of ``check()``."""
    spans: list[tuple[int, int]] = []
    gap = _DASH_GAP.match
    for dash in _DASHES:
        at = folded.find(dash)
        while at >= 0:
            before = folded[max(0, at - 2) : at].rstrip(" ")[-1:]  # (a space before it allowed)
            # (a digit or a colon before it, "9:00—12:00", fails the first test, no call made)
            if before >= "\u3400" and is_han(before) and (found := gap(folded, at)) is not None:
                spans.append(found.span())
            at = folded.find(dash, at + 1)
    return spans


def _line_end(folded: str, feed: int) -> int:
    """Where the end of the line the "\n" at ``feed`` ends starts: its end marks
    (``_LINE_END_BLANKS``, ``_LINE_END_BREAKS``) belong to its break.  Each character is
    stepped over once: the blanks and the break before one "\n" lie after the one before."""
    start = _blanks_before(folded, feed)
    if folded.endswith(_LINE_END_BREAKS, 0, start):
        start = _blanks_before(folded, folded.rindex("<", 0, start))
    return _stars_before(folded, start)


def _stars_before(folded: str, at: int) -> int:
    """Where the one to three asterisks (or underscores, or tildes: one kind) just before
    ``at`` start when an ideograph stands before them (``内部**⏎资料``, ``内部__⏎资料``:
    printed, read past as the line's end marks), else ``at``."""
    run = folded[at - 1 : at] if at else ""
    if not run or run not in _PRINTED_RUNS:
        return at
    start = at
    while start > at - 4 and start and folded[start - 1] == run:
        start -= 1
    if start == at or start == at - 4 or not start or not is_han(folded[start - 1]):
        return at
    return start


def _blanks_before(folded: str, at: int) -> int:
    """Where the blanks (``_LINE_END_BLANKS``) just before ``at`` start: they show as nothing
    before a line break or a ``<br>`` (``内部  <br>资料`` shows 内部 / 资料; red team 95)."""
    while at and folded[at - 1] in _LINE_END_BLANKS:
        at -= 1
    return at


def _separator_gaps(
    folded: str, *, joined: bool = False, breaks: bool = True
) -> list[tuple[int, int]]:
    """The spans of each separator (and a space after it) before an ideograph, in order;
    with ``joined``, only the line breaks after an ideograph (``_JOINED_LINE_GAP``); no
    ``<br>`` looked for unless ``breaks`` (false: ``folded`` holds no ``<br``)."""
    gap = _SEPARATOR_GAP.match
    spans: list[tuple[int, int]] = []
    for candidate in _SEPARATOR_CANDIDATE.finditer(marks(folded, _SEPARATOR_MARKS)):
        at = candidate.start()
        if folded[at] == " ":  # (the separator is the character before the space, if any)
            at -= 1
        if at >= 0 and (found := gap(folded, at)) is not None:
            spans.append(found.span())
    more: list[tuple[int, int]] = []
    if "\n" in folded:
        for match in (_JOINED_LINE_GAP if joined else _LINE_GAP).finditer(folded):
            start = _line_end(folded, match.start())
            if not joined or (start and is_han(folded[start - 1])):
                more.append((start, match.end()))
    if breaks and _holds(folded, "<br"):
        more += [(_blanks_before(folded, m.start()), m.end()) for m in _BR_GAP.finditer(folded)]
    if "★" in folded:
        # (not the star after a 密级: "绝-密★三年" is a marking's star before its period)
        more += [m.span() for m in _STAR_GAP.finditer(folded)]
    more += _dash_gaps(folded)
    return sorted(spans + more) if more else spans


def _close_up_separators(folded: str, removed: list[int], breaks: bool = True) -> str:
    """Join ideographs strung together one by one with separators (see the module); no
    ``<br>`` looked for unless ``breaks`` (false: ``folded`` holds no ``<br``)."""
    return _drop(folded, removed, partial(_letter_spacing, breaks=breaks))


def _letter_spacing(
    folded: str, breaks: bool = True
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The separators (with their spaces) to drop, for :func:`_drop`; nothing is shown."""
    gaps: list[tuple[int, int]] = []
    for separator, end in _separator_gaps(folded, joined=True, breaks=breaks):
        start = separator
        if folded[separator] == "*":  # a run of stars beside a space ("内** 部** 资料")
            while start > separator - 2 and start > 0 and folded[start - 1] == "*":
                start -= 1
        start = start - 1 if start > 0 and folded[start - 1] == " " else start
        if folded[separator] == "*" and folded[start - 1 : start] == "密":
            continue  # (a 密级's star, "绝密＊永-久": kept, as ★ is after 密; red team 78)
        if start > 0 and is_han(folded[start - 1]):
            gaps.append((start, end))
    return (_letter_spaced_runs(folded, gaps) if gaps else []), {}


def _letter_spaced_runs(folded: str, gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The gaps to drop: those of chains that string ideographs together one by one.

    ``gaps`` are the spans of a separator and its spaces, in order; two gaps are links of
    one chain when exactly one ideograph stands between them (``内-部-资料``: two links).
    A chain of two links or more is joined; a single gap only between two ideographs that
    stand alone (``中·美``), so that ``马克·吐温`` and ``北京-上海`` keep theirs — or when
    the words either side join into a marking (``内部·资料``, :mod:`.marking_words`).
    """
    drop: list[tuple[int, int]] = []
    chain: list[tuple[int, int]] = []

    def settle() -> None:
        _trim_line_ends(folded, chain)
        if not chain:
            return
        first, last = chain[0][0] - 1, chain[-1][1]
        alone_before = first == 0 or not is_han(folded[first - 1])
        alone_after = last + 1 >= len(folded) or not is_han(folded[last + 1])
        if len(chain) > 1 or (alone_before and alone_after) or _joins(folded, *chain[0]):
            drop.extend(chain)
        chain.clear()

    for gap in gaps:
        if chain and gap[0] == chain[-1][1] + 1:
            chain.append(gap)
            continue
        settle()
        chain.append(gap)
    settle()
    if len(drop) < len(gaps):  # a marking over two separators: "内* 部资* 料", "机·密★·10年"
        drop += _joined_markings(folded, gaps, drop)
        drop.sort()
    return drop


def _joins(folded: str, start: int, end: int) -> bool:
    """Whether the words either side of the gap ``folded[start:end]`` join into a marking
    word — into a prose phrase that excuses one only over a line break, as text pasted from
    a PDF wraps inside one (``内部资料性出版⏎物``): a dash or a space there is a masthead's
    (``县委办公室编印 — 内部资料``, no 编印内部资料 of the 管理办法; review 32)."""
    return joins_marking(folded, start, end, excuses=_is_break(folded, start, end))


def _trim_line_ends(folded: str, chain: list[tuple[int, int]]) -> None:
    """Take off a chain's line break at an end where the ideograph beyond it does not stand
    alone on its line: ``此-件-不-予-公-开⏎各区县…`` and ``2026年12月5日⏎此-件-…`` are a note on a
    line of its own between two lines of prose, not letters strung down the page
    (``内⏎部⏎资⏎料``); joined, the note lost its line and read as a sentence (red team 53)."""
    if len(chain) > 1 and _is_break(folded, *chain[-1]):
        after = chain[-1][1] + 1
        if after < len(folded) and folded[after] not in _LINE_END:
            chain.pop()
    if len(chain) > 1 and _is_break(folded, *chain[0]):
        before = chain[0][0] - 2
        if before >= 0 and folded[before] not in _LINE_START:
            chain.pop(0)


# What stands after an ideograph alone on its line, and before one (a blockquote's marker too)
_LINE_END = "\r\n <"
_LINE_START = "\n >"


def _is_break(folded: str, start: int, end: int) -> bool:
    """Whether the gap ``folded[start:end]`` is a line break or a ``<br>``."""
    return "\n" in folded[start:end] or "<br" in folded[start:end]


def _joined_markings(
    folded: str, gaps: list[tuple[int, int]], dropped: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The gaps left whose words join into a marking once every gap is gone (each gap alone
    left the marking split by the other: :func:`.joins_marking` looks at one)."""
    pieces: list[str] = []
    at: list[int] = []  # each gap's offset in the joined text
    position = length = 0
    for start, end in gaps:
        pieces.append(folded[position:start])
        length += start - position
        at.append(length)
        position = end
    pieces.append(folded[position:])
    joined = "".join(pieces)
    taken = set(dropped)
    return [
        gap
        for gap, point in zip(gaps, at, strict=True)
        if gap not in taken and joins_marking(joined, point, point, excuses=_is_break(folded, *gap))
    ]
