"""Excerpts for findings, and the names other modules take from here.

Folding (matching on a normalised copy of the text, with offsets that point back
at the text as written) lives in :mod:`govpub.compliance.folding`; ``fold``,
``fold_term`` and ``Folded`` are re-exported here for the modules that import
them from this place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence

from govpub.compliance.folding import Folded, fold, fold_term
from govpub.compliance.folding.attributes import ATTRIBUTES_TO_END
from govpub.compliance.number_shapes import SHAPE_REACH, number_shapes
from govpub.compliance.regex_cache import regex

__all__ = [
    "CLAUSE_MARKS",
    "CLOSING_QUOTES",
    "HTML_BLOCK_CLOSE",
    "HTML_BLOCK_OPEN",
    "HTML_CELL_GAP",
    "LABEL_COLONS",
    "NEGATIONS",
    "OPENING_QUOTES",
    "PAREN_LIKE_CLOSE",
    "PAREN_LIKE_OPEN",
    "SENTENCE_END",
    "STATEMENT_END",
    "Folded",
    "alternation",
    "as_quoted",
    "closed_at",
    "excerpt",
    "fold",
    "fold_term",
    "neighbour_lines",
    "require_text",
    "run_end",
    "run_start",
    "sentence_around",
    "without_tags",
]

#: Chinese quotation marks: each closing mark with its opening one, and the other way round
#: (a sentence's or a clause's end inside a quotation is the quoted speaker's).
CLOSING_QUOTES = {"”": "“", "」": "「", "』": "『"}
OPENING_QUOTES = {opening: closing for closing, opening in CLOSING_QUOTES.items()}

#: The colons a label may end in, in folded text (fix 103): the fold makes ``：`` and ``﹕``
#: ASCII, and keeps the colons Hong Kong and Taiwan text types from Big5, ``︰`` (U+FE30) and
#: ``∶`` (U+2236), and the modifier letter colon ``꞉`` (U+A789): ``护照号码︰G1234 5678``,
#: ``联系手机∶155⏎8070 8286`` (red team 82).  ``：`` too, for text read unfolded.  One set for
#: every reader of a label, a number's or a field's (``密级︰机密``, ``是否公开∶否``: mend 46), to
#: be used inside a character class.
LABEL_COLONS = ":：︰∶꞉"

# HTML elements a page shows as a line or a cell of their own (inline formatting such as
# <span> or <b> is folded away): a 密级 or a 公开属性 note alone in one is a header line
# ("<td>机密</td>", "<p>（此件不予公开）</p>"), and a field's cells follow one another
# ("<td>密级</td><td>机密</td>"). Also the other block elements a page shows so: <section>,
# which the WeChat editors (135编辑器, 秀米) put round every paragraph, <center>, <blockquote>,
# HTML5's sectioning elements, a list's <dt>/<dd>, a table's or a figure's caption.  The
# opening tag's attributes read to its own ">" (ATTRIBUTES_TO_END): an editor's style runs past
# 40 characters, and a value may hold a "<" or a ">" (left27b: <p title="a<b">不得公开</p> and
# <p style="color:red;margin:0 auto;line-height:2">秘密</p> passed).
# Regular-expression pieces for folded text.
_HTML_BLOCKS = (
    r"(?:td|th|p|li|div|h[1-6]|section|article|header|footer|aside|center|blockquote"
    r"|d[dt]|caption|figcaption|address)"
)
# (and a forum's BBCode block boxes, which the fold keeps as written — [quote], [center],
# [left], [right], [h1]…: a box of its own, as its HTML twin is; "[center]机密[/center]★10年",
# review 64's L1)
_BBCODE_BLOCKS = r"(?:quote|center|left|right|h[1-6]|p|td|th|li)"
HTML_BLOCK_OPEN = (
    rf"(?:<{_HTML_BLOCKS}\b{ATTRIBUTES_TO_END}|\[{_BBCODE_BLOCKS}(?:=[^\]\n]{{1,200}})?\])"
)
HTML_BLOCK_CLOSE = rf"(?:</{_HTML_BLOCKS}>|\[/{_BBCODE_BLOCKS}\])"
HTML_CELL_GAP = r"</t[dh]>\s*<t[dh]\b[^<>\n]{0,40}>"

# Brackets that look like a round or lenticular one and that the fold keeps as written
# (NFKC makes ﹙ ⁽ ₍ ｟ a "(" or "⦅", which the fold does not: brackets end a URL): small,
# superscript, subscript, medium and white parentheses, white lenticular brackets, small
# tortoise-shell brackets, the vertical forms' parentheses (︵︶, red team 28). A note or a
# 密级 in them ("﹙此件不予公开﹚", "❨机密❩", "︵此件不予公开︶") is one in brackets.
# Characters for a regular-expression class, pairwise in the same order.
PAREN_LIKE_OPEN = "﹙⁽₍❨❪⦅｟〘﹝︵"
PAREN_LIKE_CLOSE = "﹚⁾₎❩❫⦆｠〙﹞︶"
# (and the white lenticular and the curly brackets, with their small and vertical forms:
# "〖此件不予公开〗", "｛内部资料，注意保存｝", red team 35)
PAREN_LIKE_OPEN += "〖｛{﹛︷︹︻︽"
PAREN_LIKE_CLOSE += "〗｝}﹜︸︺︼︾"


def without_tags(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``text[start:end]`` without an HTML tag at either end (``<td>机密</td>`` →
    ``机密``): a finding names what the reader sees."""
    while start < end and text[start] == "<" and (close := text.find(">", start, end)) != -1:
        start = close + 1
    while end > start and text[end - 1] == ">" and (open_ := text.rfind("<", start, end)) != -1:
        end = open_
    return start, end


_TAG = regex(r"\s*<[^<>\n]*>\s*")


def as_quoted(written: str) -> str:
    """A span as a message quotes it: HTML tags inside it as one space
    (``密级</td><td>机密`` → ``密级 机密``), the ends stripped."""
    return _TAG.sub(" ", written).strip() if "<" in written else written.strip()


def _mask_start(mask: tuple[int, int, str]) -> int:
    return mask[0]


def _mask_end(mask: tuple[int, int, str]) -> int:
    return mask[1]


_EXCERPT_WIDTH = 12
_WHITESPACE = regex(r"\s+")


def excerpt(
    text: str,
    start: int,
    end: int,
    masks: list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...] = (),
    *,
    width: int = _EXCERPT_WIDTH,
) -> str:
    """The match ``text[start:end]`` with up to ``width`` characters of context each side.

    ``masks`` are ``(start, end, replacement)`` spans of personal data in ``text``, in
    text order and not overlapping (as a field's personal data is found); every one that
    overlaps the excerpt is replaced, so an excerpt never shows a raw ID or phone number
    (rules.md §9: "report the masked excerpt only").  Only the masks near the excerpt are
    looked at (a post of thousands of numbers has thousands of findings, each excerpted).
    Elsewhere in the excerpt, every shape of a person's number is masked too, whatever its
    source (:mod:`.number_shapes`: an attribute's number beside a finding).
    """
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    near = _masks_over(masks, lo, hi)
    lo, hi = _widened(near, lo, hi)
    # and what would be taken for a person's number standing alone, where no mask is
    around = _masks_over(masks, lo - SHAPE_REACH, hi + SHAPE_REACH) if masks else ()
    shapes = number_shapes(text, lo, hi, besides=around)
    if shapes:
        near = sorted([*near, *shapes])
        lo, hi = _widened(shapes, lo, hi)
    window = text[lo:hi]
    for m_start, m_end, replacement in reversed(near):
        window = window[: m_start - lo] + replacement + window[m_end - lo :]
    window = _WHITESPACE.sub(" ", window)
    return ("…" if lo > 0 else "") + window + ("…" if hi < len(text) else "")


def _masks_over(
    masks: list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...], lo: int, hi: int
) -> list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...]:
    """The masks that end after ``lo`` and start before ``hi`` (ends ascend with the starts)."""
    first = bisect_right(masks, lo, key=_mask_end)
    return masks[first : bisect_left(masks, hi, lo=first, key=_mask_start)]


def _widened(
    masks: list[tuple[int, int, str]] | tuple[tuple[int, int, str], ...], lo: int, hi: int
) -> tuple[int, int]:
    """``lo`` and ``hi`` widened so that none of ``masks`` is cut in half."""
    for m_start, m_end, _ in masks:
        if m_start < lo < m_end:
            lo = m_start
        if m_start < hi < m_end:
            hi = m_end
    return lo, hi


def require_text(value: object, function: str) -> None:
    """A ``TypeError`` naming what a public text function was given instead of a ``str``
    (``None``, ``bytes``, a ``Post``): deep inside it would fail about some attribute."""
    if not isinstance(value, str):
        hint = ": decode the bytes first" if isinstance(value, bytes | bytearray) else ""
        raise TypeError(f"{function}() takes a str, not {type(value).__name__}{hint}")


#: What ends a sentence in folded text (full-width ！ and ？ fold to ! and ?).
SENTENCE_END = frozenset("。！？!?\n")

#: What ends a statement: a sentence's end or a semicolon, which parts a notice's list of
#: demands (the forced-engagement readers read an act's condition and its demand's speaker
#: no further than one).
STATEMENT_END = "。！？!?\n；;"

#: What ends a clause: a statement's end, a comma or a colon (the sales readers read who
#: speaks and what a claim cue judges in its clause: govpub.compliance.sales_cues and
#: govpub.compliance.scam_warnings).
CLAUSE_MARKS = "，,；;：:。！？!?\n"

#: What negates a cue right before it: 不骗人, 没有虚假宣传, 不是骗局 (not 不法骗子); 未被查处
#: is a seller's claim (review 20).  Read by the warning readers, of a quotation's warning cue
#: and of a scam message's (govpub.compliance.scam_warnings, govpub.compliance.scam_messages).
NEGATIONS = ("不", "没", "无", "非", "不是", "没有", "并非", "绝非", "未被", "没被")


def sentence_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """``(head, tail)`` of the sentence ``text[start:end]`` stands in, at most ``reach``
    characters either side: the readers of a word's sentence (a sale beside a contact, two
    selling cues) look no further."""
    return (
        run_start(text, start, start - reach, SENTENCE_END),
        run_end(text, end, end + reach, SENTENCE_END),
    )


def neighbour_lines(text: str, first: int, last: int, reach: int) -> list[str]:
    """The lines right before and right after the line ``text[first:last]`` (``first`` at a
    line's start, ``last`` at its end), each only if at most ``reach`` characters long: the
    readers of a list of lines (a lesson's list of 密级 or of 商密 levels) look at short lines
    near a marking, never across a long text for every marking in it."""
    lines = []
    if first > 0:
        head = text.rfind("\n", max(0, first - 1 - reach), first - 1) + 1
        if head > 0 or first - 1 <= reach:
            lines.append(text[head : first - 1])
    if last < len(text):
        tail = text.find("\n", last + 1, last + 1 + reach)
        if tail != -1 or len(text) - last - 1 <= reach:
            lines.append(text[last + 1 : len(text) if tail == -1 else tail])
    return lines


def run_end(text: str, start: int, stop: int, marks: Container[str]) -> int:
    """The first index in ``[start, stop)`` whose character is in ``marks``, else ``stop``
    (at most ``len(text)``); ``start <= stop``.  Where a clause or a sentence going on at
    ``start`` ends, read no further than ``stop``: the readers of one each walk this way.
    ``marks`` holds single characters, a ``str`` or a ``frozenset`` (as fast for one).  A
    ``start`` past the text's end gives ``len(text)``, which slices as ``start`` would."""
    stop = min(stop, len(text))
    for at in range(start, stop):
        if text[at] in marks:
            return at
    return stop


def run_start(text: str, end: int, low: int, marks: Container[str]) -> int:
    """One past the last index in ``[low, end)`` whose character is in ``marks``, else
    ``low`` (at least 0); ``low <= end``.  Where the clause or sentence ending at ``end``
    starts, read no further back than ``low``: :func:`run_end` the other way."""
    low = max(0, low)
    for at in range(end - 1, low - 1, -1):
        if text[at] in marks:
            return at + 1
    return low


def closed_at(gaps: Sequence[int], at: int) -> bool:
    """Whether ``at`` is one of the ascending folded offsets ``gaps``: where the fold closed a
    gap (``Folded.removals``), which parts the words either side of it as the page shows them."""
    index = bisect_left(gaps, at)
    return index < len(gaps) and gaps[index] == at


def alternation(keys: list[str]) -> str:
    """The terms as one expression that matches the longest term at a position.

    Grouped by first character (``我(?:认为|个人觉得)|…``): at a character that
    starts a term only that character's terms are tried, twice as fast as one flat
    alternation of every term.  Within a group the longer terms come first, and a
    one-character term is the group's optional tail.
    """
    groups: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        groups.setdefault(key[0], []).append(key[1:])
    parts: list[str] = []
    for first, rests in groups.items():
        tails = "|".join(re.escape(rest) for rest in rests if rest)
        if not tails:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}(?:{tails}){'?' if '' in rests else ''}")
    return "|".join(parts)
