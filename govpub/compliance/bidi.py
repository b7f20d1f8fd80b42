"""Text a page shows reversed: a right-to-left override (U+202E) hides an address.

Between U+202E RIGHT-TO-LEFT OVERRIDE and the end of its embedding — the matching
U+202C POP DIRECTIONAL FORMATTING, or the end of the paragraph — every character is
laid out right to left (UAX #9, rule X6).  So ``\\u202ex/nc.t//:sptth\\u202c`` shows
``https://t.cn/x``: the text holds the address backwards, no link scanner finds it
(and no platform links it), and the reader sees and types the address.  The fold
drops the control as it drops every invisible character; :func:`overridden_runs`
gives each overridden run as the reader sees it, to be read again by the link rules.

A page shows a bracket of an overridden run mirrored (UAX #9, rule L4: ``(`` as ``)``),
so ``\u202e（开公予不件此）`` shows ``（此件不予公开）``: the runs are given with their
brackets mirrored too, and :func:`unmirrored` turns them back, for the words inside are read
whichever way the brackets face (red team 56).  An HTML comment inside a run is no part of
it: the page drops it before laying the run out (``\u202e）开<!-- -->公不件此（`` shows
``（此件不公开）``; reversed with the run, it would no longer be a comment: red team 74).

The page shows a character reference to U+202E (``&#x202E;``, ``&#8238;``) as the character,
and ``<bdo dir="rtl">`` or a CSS bidi override (:mod:`.bidi_elements`) as U+202E … U+202C: all
are runs here (red team 96); a ``<style>`` that reverses the page's implied body makes all the
text one run, which holds every other (review 65's L11).  A run is read as laid out: each of its
blocks (a block tag, a ``<br>``, a blank line) reversed in its place, and the content of what a
page never shows (a ``<title>``, a script, a ``<template>``) no part of it (review 67's L1, L2); a
form control (a ``<textarea>``, a ``<button>``, a shown ``<input>``) is a box of its own, its
content a part of its own (review 68's L5) — not an image or an embedded object, whose box may
be of no size at all (``8765<img width=0>4321831`` reversed shows 13812345678: review 69's L2).
A run may hold only an item's tail, its head stored forwards before it
(``机密\u202e年01★\u202c`` shows 机密★10年): :func:`shown_stretches` gives each paragraph
holding runs as shown and as stored, to be read whole.

Only what a page shows overrides (review 62): a U+202E, a reference or an element in a comment,
a <style>, a script's content or a tag's value is none (:func:`_unshown`, the fold's readers
of them); a run ends with its paragraph — a blank line or a block element's tag — and a
single line break, a space in HTML and in a Markdown paragraph, ends it only as an editor
shows the text (``lines``, read too).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from govpub.compliance.bidi_elements import (
    BODY_OVERRIDE,
    OverrideElement,
    may_hold_override_element,
    override_elements,
)
from govpub.compliance.folding.hidden_elements import drop_hidden, unshown_elements
from govpub.compliance.folding.html_blocks import HTML_BLOCK_START
from govpub.compliance.folding.markup import REFERENCE_ANY_CASE, not_shown
from govpub.compliance.folding.verbatim import in_code
from govpub.compliance.holds import holds
from govpub.compliance.regex_cache import regex

__all__ = [
    "RLO",
    "Override",
    "Stretch",
    "may_override",
    "overridden_runs",
    "shown_stretches",
    "unmirrored",
]

RLO = "\u202e"
#: How a U+202E (or its character reference) is named in a finding's message.
RLO_CONTROL = "从右向左覆盖字符（U+202E）"
_OPENERS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: each pushes a level
_POP = "\u202c"  # PDF
_PARAGRAPH_ENDS = frozenset("\n\r\u2028\u2029\x1c\x1d\x1e\x85")  # where every embedding ends
# The controls, and the ends of a paragraph as a page reads it: a single line break is a space
# in HTML and in a Markdown paragraph (``\u202eabc\n87654321831`` shows 13812345678 cba:
# review 62's L6), a blank line ends it (found at its first line break, read as "\n")
_CONTROLS = regex("[\u202a-\u202e\u2028\u2029\x1c\x1d\x1e\x85]|(?:\r\n?+|\n)[ \t]*+(?=[\r\n])")
# ... and as an editor (or a <pre>) reads it: every line break ends it
_LINE_CONTROLS = regex("[\u202a-\u202e\n\r\u2028\u2029\x1c\x1d\x1e\x85]")
# A block element's tag, which starts a bidi paragraph of its own (review 62's F2): Markdown's
# HTML block names (CommonMark type 6; its comments and raw-text elements are no block)
_BLOCK_TAG = regex(HTML_BLOCK_START, re.IGNORECASE)
_BLOCK_END = "\u2029"  # (how a block tag stands among the controls)
_NOTHING = " \t\n\r\f\u202a\u202b\u202c\u202d\u202e"  # what reversed reads as nothing
_PARAGRAPH_END = regex("[\n\r\u2028\u2029\x1c\x1d\x1e\x85]")
# A reference to a U+202E (``&#x202E;``, ``&#8238;``, leading zeros, no ";"): a field that
# may hold an override besides a raw U+202E and an element (one search in C)
_RLO_REFERENCE = regex(r"&#(?:x0*202e(?![0-9a-f])|0*8238(?![0-9]))", re.I)
# a tag inside a run: the page lays out its text, not its tags
_TAG = regex(r"</?[A-Za-z][^<>]*+>")
# a <template>'s start or end tag (the group: its "/")
_TEMPLATE_TAG = regex(r"<(/?)template(?![A-Za-z0-9-])", re.IGNORECASE)
# The form controls, each laid out in a box of its own that a page always draws (an atomic
# inline, one neutral character in the line round it): a reversed run does not run through
# one, and what it holds — a <textarea>'s text, a <button>'s words — is laid out apart (review
# 68's L5).  Not the replaced elements (<img>, <object>, <video>, <iframe>…): an image of no
# size or no source, an empty object, shows nothing between the digits either side, which
# then read as one number (review 69's L2; the blocking side)
_OWN_BOXES = "textarea|input|select|option|button"
# A tag that parts a run's reading into paragraphs: a block element's (:data:`_BLOCK_TAG`'s
# names, but a <script>'s or a <style>'s, which show nothing), a line break's, <br>, or an
# element's in a box of its own (:data:`_OWN_BOXES`: its start and end tags; not an
# <input type=hidden>, which shows no box)
_BREAK_TAG = regex(
    rf"(?={HTML_BLOCK_START})(?!<(?:script|style)(?![A-Za-z0-9-]))</?[A-Za-z][^<>]*+>"
    r"|<br(?=[\s/>])[^<>]*+>"
    r"|(?!<input[^<>]*?[\s/]type\s*=\s*[\"']?hidden(?![a-z0-9-]))"
    rf"</?(?:{_OWN_BOXES})(?=[\s/>])[^<>]*+>",
    re.IGNORECASE,
)
# Where a run's reading is parted: a paragraph's end (a blank line, a paragraph separator) or
# a block tag (:data:`_BREAK_TAG`, which became a blank line); as an editor reads it, any line
# break.  The parts stand apart in the reading by a blank line
# (with the spaces after it: no part opens with one; none before, which a search tried from
# each of many spaces would read again and again)
_PARAGRAPH_BREAKS = regex("(?:[\u2028\u2029\x1c\x1d\x1e\x85]|(?:\r\n?+|\n)[ \t]*+[\r\n])\\s*+")
_LINE_BREAKS = regex("[\n\r\u2028\u2029\x1c\x1d\x1e\x85]\\s*+")
_PARAGRAPH_GAP = "\n\n"


class Override(NamedTuple):
    """A run a page shows reversed: ``[start, end)`` in the text with its controls or tags,
    ``shown`` its content as shown, ``how`` the override's name for a message."""

    start: int
    end: int
    shown: str
    how: str = RLO_CONTROL


def may_override(text: str) -> bool:
    """Whether ``text`` may hold an override: a U+202E, a reference to one, an element."""
    return (
        RLO in text
        or (holds(text, "&#") and _RLO_REFERENCE.search(text) is not None)
        or may_hold_override_element(text)
    )


# The paired brackets (Bidi_Mirroring_Glyph) a post may hold, each shown as the other.
_PAIRS = "()[]{}<>（）［］｛｝＜＞【】「」『』《》〈〉〔〕〖〗〘〙〚〛«»‹›⁅⁆⸨⸩"
_MIRROR = str.maketrans(_PAIRS[0::2] + _PAIRS[1::2], _PAIRS[1::2] + _PAIRS[0::2])
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"


def _uncommented(content: str) -> str:
    """``content`` without the HTML comments a page does not show.  Sought with
    ``str.find``: a regular expression sought the end of the text again from each unclosed
    ``<!--`` (80,000 characters of them took 9.6 s: review 33); an unclosed one is kept."""
    start = content.find(_COMMENT_OPEN)
    if start == -1:
        return content
    pieces, position = [], 0
    while start != -1:
        close = content.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if close == -1:
            break  # (no comment closes after this one, nor after any later one)
        pieces.append(content[position:start])
        position = close + len(_COMMENT_CLOSE)
        start = content.find(_COMMENT_OPEN, position)
    pieces.append(content[position:])
    return "".join(pieces)


def _controls(text: str, *, lines: bool) -> list[tuple[int, int, str]]:
    """``(start, end, control)`` of the embedding controls and paragraph ends of ``text``, in
    order: the characters, the numeric character references to the controls, which the
    page shows as the characters (``&#x202E;``, ``&#8238;``: red team 96) — but in Markdown
    code, which prints a reference as written — and the tags of block elements; each line
    break a paragraph's end if ``lines``, else a blank line only."""
    controls = _LINE_CONTROLS if lines else _CONTROLS
    found = [(m.start(), m.end(), m.group()[0]) for m in controls.finditer(text)]
    if "<" in text:
        found += [
            (m.start(), m.end(), _BLOCK_END)
            for m in _BLOCK_TAG.finditer(text)
            if m.group("marker") is None and m.group("raw") is None
        ]
        found.sort()
    if not holds(text, "&#"):
        return found
    references = []
    for match in REFERENCE_ANY_CASE.finditer(text):
        hexadecimal, decimal = match.group(1), match.group(2)
        if hexadecimal is None and decimal is None:
            continue
        point = int(hexadecimal, 16) if hexadecimal is not None else int(decimal or "0")
        if 0x202A <= point <= 0x202E:
            references.append((match.start(), match.end(), chr(point)))
    if references:
        printed = in_code(text, [start for start, _, _ in references])
        found += [reference for reference in references if reference[0] not in printed]
        found.sort()
    return found


def _shown(content: str, *, lines: bool = False) -> str:
    """A run's content as the page shows it: no comments, no hidden elements (their content
    too: ``<bdo dir=rtl>8765<span hidden>9</span>4321831</bdo>`` shows 13812345678, review
    62's L7), no tags, mirrored, and each of its paragraphs reversed in its place (review 67's
    L1): a block element's tag, a ``<br>``, a blank line (any line break if ``lines``, as an
    editor shows the text) parts the run as it ends a U+202E's, for the page lays each block
    (each line) out on its own — ``<p>87654321831</p><p>9</p>`` reversed shows 13812345678 over
    9, not 913812345678 —, and so does a form control's tag, whose box is laid out
    apart (``<textarea>x</textarea>87654321831`` shows 13812345678 beside it: review 68's L5).
    The paragraphs stand apart by a blank line
    (:data:`_PARAGRAPH_GAP`, which :func:`_stored` reads back)."""
    if "<" in content:
        content = _BREAK_TAG.sub(_PARAGRAPH_GAP, _uncommented(drop_hidden(content)))
        content = _TAG.sub("", content)
    parts = (_LINE_BREAKS if lines else _PARAGRAPH_BREAKS).split(content)
    if len(parts) == 1:
        return content[::-1].translate(_MIRROR)
    return _PARAGRAPH_GAP.join(part[::-1] for part in parts if part.strip(_NOTHING)).translate(
        _MIRROR
    )


def _stored(shown: str) -> str:
    """The content of a run whose reading is ``shown`` (:func:`_shown`) in its stored order,
    brackets as stored: each paragraph turned back in its place, as long as ``shown``."""
    return _PARAGRAPH_GAP.join(part[::-1] for part in unmirrored(shown).split(_PARAGRAPH_GAP))


def _unshown_raw_text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without the content of the raw-text elements a page never shows
    (``<title>``, ``<script>``, ``<noscript>``, …; not a ``<textarea>``'s, which it shows:
    the fold's :func:`~.folding.markup.not_shown`, asked at the start of each stretch between
    tags, once over the text): ``<title>通知2024</title><p>87654321831</p>`` reversed shows
    13812345678, not 13812345678 glued to 4202知通 (review 67's L2).  One read (linear)."""
    if "<" not in text[start:end]:
        return text[start:end]
    stretches: list[tuple[int, int]] = []
    position = start
    for tag in _TAG.finditer(text, start, end):
        if tag.start() > position:
            stretches.append((position, tag.start()))
        stretches.append((tag.start(), tag.end()))  # (the tag itself: kept, read later)
        position = tag.end()
    if position < end:
        stretches.append((position, end))
    unshown = not_shown(text, [s for s, e in stretches if text[s] != "<" or e - s == 1])
    unshown.update(_in_templates(text, stretches))
    return "".join(text[s:e] for s, e in stretches if s not in unshown)


def _in_templates(text: str, stretches: list[tuple[int, int]]) -> list[int]:
    """The starts of those of ``stretches`` (tags and the text between, in order) inside a
    closed ``<template>`` element, whose content the page keeps inert and never shows (not
    raw text: its tags are tags, and templates nest, counted); one left open is read as shown,
    the blocking side."""
    if "<template" not in text.lower():
        return []
    inside: list[int] = []
    found: list[int] = []
    depth = 0
    for start, end in stretches:
        name = _TEMPLATE_TAG.match(text, start, end)
        if name is not None and name.group(1):
            if depth:
                depth -= 1
                if not depth:
                    found += inside
                    inside = []
            continue
        if depth:
            inside.append(start)
        if name is not None:
            depth += 1
    return found


def _control_runs(text: str, controls: list[tuple[int, int, str]]) -> Iterator[Override]:
    """The runs of the U+202E of ``text`` (characters or references), outermost only, of
    ``controls`` (:func:`_controls`, those the page shows)."""
    index = 0
    while index < len(controls):
        at, after, char = controls[index]
        index += 1
        if char != RLO:
            continue
        depth, end, content_end = 1, len(text), len(text)
        inner: list[tuple[int, int, str]] = []
        while index < len(controls):
            start, stop, char = controls[index]
            if char in _PARAGRAPH_ENDS:
                end = content_end = start
                break
            index += 1
            if char in _OPENERS:
                depth += 1
            elif char == _POP:
                depth -= 1
                if not depth:
                    end, content_end = stop, start  # (the PDF that ends the run is no content)
                    break
            inner.append((start, stop, char))
        # the controls inside left in, as characters (the fold drops them)
        pieces: list[str] = []
        position = after
        for start, stop, char in inner:
            pieces += (text[position:start], char)
            position = stop
        pieces.append(text[position:content_end])
        shown = _shown("".join(pieces))
        if shown.strip(_NOTHING):  # (a run of spaces and controls shows nothing reversed)
            yield Override(at, end, shown)


def overridden_runs(text: str, *, lines: bool = False) -> Iterator[Override]:
    """Every run a page shows reversed, outermost runs only, in order; a run of a U+202E
    ends with its paragraph, at a blank line or a block element's tag (a single line break is
    a space in HTML and in a Markdown paragraph: review 62's L6), or at any line break if
    ``lines``, as an editor shows the text (and a page, a <pre>).

    A U+202E's run (or a reference's to one): ``[start, end)`` is the run in ``text`` with its
    controls (the U+202E, and the U+202C that ends it if one does); an override element's
    (:mod:`.bidi_elements`): the element with its tags.  ``shown`` is the content in the
    order a page shows it, brackets mirrored, HTML comments and tags dropped, the controls
    inside left in (the fold drops them).
    """
    elements = override_elements(text)
    if elements and elements[0].how == BODY_OVERRIDE:  # (every other run is inside it)
        body = elements[0]
        shown = _shown(_unshown_raw_text(text, body.content_start, body.end), lines=lines)
        if shown.strip(_NOTHING):
            yield Override(body.start, body.end, shown, body.how)
        return
    controls = _controls(text, lines=lines) if RLO in text or holds(text, "&#") else []
    if "<" in text and (controls or elements):
        unshown = not_shown(text, sorted([c[0] for c in controls] + [e.start for e in elements]))
        controls = [control for control in controls if control[0] not in unshown]
        elements = [element for element in elements if element.start not in unshown]
        controls, elements = _not_hidden(text, controls, elements)
    runs: list[Override | OverrideElement] = list(_control_runs(text, controls))
    if elements:
        runs += elements
        runs.sort(key=lambda run: run.start)
    reach = 0
    for run in runs:
        if run.start < reach:
            continue  # (one inside another is the outer one's: its content shown with it)
        reach = run.end
        if isinstance(run, OverrideElement):
            # (shown only when outermost: nested ones left open each hold the rest of the text)
            content = _unshown_raw_text(text, run.content_start, run.content_end)
            yield Override(run.start, run.end, _shown(content, lines=lines), run.how)
        else:
            yield run


def _not_hidden(
    text: str, controls: list[tuple[int, int, str]], elements: list[OverrideElement]
) -> tuple[list[tuple[int, int, str]], list[OverrideElement]]:
    """``controls`` and ``elements`` but the overrides a hidden element holds or is (``<bdo
    dir=rtl hidden>``, ``<div hidden><bdo dir=rtl>…``, a reference ``&#x202E;`` in one: review
    62's F4): the page shows nothing of them, and an editor shows their content as stored, in
    its order — a reversal only in a hidden element makes nothing (what it holds is still
    read as stored, ``<span hidden>13812345678</span>`` blocking).  A U+202E itself is kept:
    an editor lays it out too.  The fold's hidden elements (each to its own end tag)."""
    if "<" not in text or not (elements or any(text[c[0]] == "&" for c in controls)):
        return controls, elements
    hidden = unshown_elements(text)
    if not hidden:
        return controls, elements
    starts = [start for start, _ in hidden]

    def in_hidden(at: int) -> bool:
        index = bisect.bisect_right(starts, at) - 1
        return index >= 0 and at < hidden[index][1]

    return (
        [c for c in controls if text[c[0]] != "&" or not in_hidden(c[0])],
        [e for e in elements if not in_hidden(e.start)],
    )


class Stretch(NamedTuple):
    """A paragraph holding overridden runs, read whole: ``shown`` as the page shows it (each
    run reversed), ``stored`` with each run's content in its stored order; ``places`` the
    ``[start, end)`` of each run's content in both, as long in one as in the other."""

    runs: list[Override]
    shown: str
    stored: str
    places: list[tuple[int, int]]


def shown_stretches(text: str, runs: list[Override]) -> Iterator[Stretch]:
    """The paragraphs of ``text`` holding ``runs`` (outermost, in order), each with the text
    around its runs: a run holding only an item's tail, its head stored forwards before it
    (``本刊为内部\u202e料资\u202c。``, ``4475\u202e800752281606\u202c``: red team 96), shows
    the item whole only read with its paragraph.  A paragraph that is one run and spaces
    says no more than the run: none, nor does the page's body (:data:`BODY_OVERRIDE`), which
    holds all the text but the hidden markup before it (a ``<style>``, read again with it, would
    reverse it again).  Paragraph ends are found once (linear)."""
    ends = [m.start() for m in _PARAGRAPH_END.finditer(text)]
    index = 0
    if runs and runs[0].how == BODY_OVERRIDE:
        return
    while index < len(runs):
        first = bisect.bisect_left(ends, runs[index].start)
        stretch_start = ends[first - 1] + 1 if first else 0
        last = index
        stretch_end = _paragraph_end(ends, runs[last].end, len(text))
        while last + 1 < len(runs) and runs[last + 1].start < stretch_end:
            last += 1
            stretch_end = _paragraph_end(ends, runs[last].end, len(text))
        group = runs[index : last + 1]
        index = last + 1
        if (
            len(group) == 1
            and not text[stretch_start : group[0].start].strip()
            and not text[group[0].end : stretch_end].strip()
        ):
            continue
        shown: list[str] = []
        stored: list[str] = []
        places = []
        position, length = stretch_start, 0
        for run in group:
            between = text[position : run.start]
            length += len(between)
            places.append((length, length + len(run.shown)))
            length += len(run.shown)
            shown += (between, run.shown)
            stored += (between, _stored(run.shown))
            position = run.end
        shown.append(text[position:stretch_end])
        stored.append(text[position:stretch_end])
        yield Stretch(group, "".join(shown), "".join(stored), places)


def _paragraph_end(ends: list[int], at: int, length: int) -> int:
    """The end of the paragraph ``at`` stands in (or ends at: a run ends at a paragraph end)."""
    following = bisect.bisect_left(ends, at)
    return ends[following] if following < len(ends) else length


def unmirrored(shown: str) -> str:
    """``shown`` with its brackets turned back as the text stores them: the run read as if the
    page did not mirror them (``）此件不公开（`` → ``（此件不公开）``), the same text when it
    holds none."""
    return shown.translate(_MIRROR)
