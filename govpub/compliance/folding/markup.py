"""HTML markup that the page shows as nothing: formatting tags, comments, references.

HTML formatting tags and comments (``机<span>密</span>★``) and character references
(``t&#46;cn`` shows ``t.cn``); and the quick tests of whether a text may hold any inline
formatting at all (:func:`_may_hold_markup`), which spare most texts every expression of
this module and of :mod:`~.emphasis`.  Apart from the character map: markup is read in
context, a span at a time, after the one-for-one fold.  Its neighbours: where Markdown
passes HTML on (:mod:`~.html_blocks`), elements hidden content and all
(:mod:`~.hidden_elements`), Weibo's emoticon codes (:mod:`~.emoticons`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from govpub.compliance.confusables import lookalikes
from govpub.compliance.folding.attributes import (
    ATTRIBUTE,
    ATTRIBUTES_TO_END,
    TOOLTIP_ATTRIBUTES,
    attribute_value,
    in_shown_value,
    opening_tag,
    tag_end,
)
from govpub.compliance.folding.backticks import code_spans
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.folding.folded import Folded, back_to_written
from govpub.compliance.folding.foreign import foreign_end, start_tag_end
from govpub.compliance.folding.html_blocks import in_html_blocks, printed_markup
from govpub.compliance.folding.tables import _tables
from govpub.compliance.holds import holds
from govpub.compliance.lazy_pattern import AnyPattern, LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = [
    "ADDRESS_TAG",
    "FORMATTING_TAGS",
    "RAW_TEXT_NAMES",
    "REFERENCE_ANY_CASE",
    "TOOLTIP_TAG",
    "drop_formatting",
    "hidden_markup",
    "holds_reference",
    "markdown_code",
    "not_shown",
]


def _may_hold_markup(text: str) -> bool:
    return "<" in text or _may_hold_emphasis(text) or holds_reference(text)


def _may_hold_emphasis(text: str) -> bool:
    # one character first: "*" in a 20,000-character text takes 1 µs, "**" 20 µs and the
    # expression _EMPHASIS 250 µs (the regex engine tests a class character by character)
    return _holds(text, "**") or _holds(text, "__") or _holds(text, "~~") or "`" in text


# Needles of two or three characters, found by the regex engine: in a text of CJK characters
# (two bytes each) ``"__" in text`` takes 20–30 µs per 20,000 characters, the expression
# 5–13 µs (``"<r"`` and ``"<br"``, asked of every post with a link in ``<>``: −15 µs a post).
_NEEDLES = {needle: regex(re.escape(needle)) for needle in ("**", "__", "~~", "&#", "<r", "<br")}


def _holds(text: str, needle: str) -> bool:
    """Whether ``text`` holds ``needle`` (one of ``_NEEDLES``): its first character first (1 µs)."""
    return needle[0] in text and _NEEDLES[needle].search(text) is not None


def holds_reference(text: str) -> bool:
    """Whether ``text`` may hold a character reference, numeric or named (``&nbsp;``)."""
    return "&" in text and _REFERENCE_START.search(text) is not None


# Inline formatting that the page shows as nothing: HTML formatting tags and comments
# anywhere, and Markdown emphasis runs between two visible characters — so that
# "138**1234**5678", "机<span>密</span>★10年" and "t.<b>cn</b>/x" read as the page
# shows them.  Links, images and line breaks (<a>, <img>, <br>, <p>) stay.
_INLINE_NAMES = (
    "span|font|b|strong|i|em|u|s|strike|del|ins|mark|small|big|sub|sup|wbr|abbr|"
    "q|cite|code|kbd|tt|var|bdi|bdo|time|data|ruby|rb|rtc|"
    # inline too, and left by editors and by pages pasted into them (red team 51)
    "label|dfn|samp|nobr|acronym|blink"
)
# Word's own inline elements, which UEditor, KindEditor and the CMSs keep when a document is
# pasted from Word: the empty paragraph mark <o:p></o:p> and the smart tags round dates,
# numbers with units and names (<st1:chsdate …>2026年3月1日</st1:chsdate>, st1:chmetcnv,
# st1:personname); a page shows their content and nothing of them (red team 51).
_WORD_NAMES = "o:p|st1:[a-z-]{1,30}"
_TAG_NAMES = f"{_INLINE_NAMES}|{_WORD_NAMES}"
# Markup a browser shows as nothing, content and all, as the WHATWG HTML tokenizer reads it
# (red team 93): a comment, from "<!--" to the first "-->" or "--!>" whatever it holds
# ("<!-- <p> -->", "<!-- a>b -->"), "<!-->" and "<!--->" whole empty comments; the bogus
# comments "<?…>", "<![CDATA[…]]>" and a declaration ("<!doctype …>", Word's "<![endif]>") —
# "<!" then anything but "--" ("<![x …]]>", "<![cdata[", "<!1>", "<!>": left29a) —, to the
# first ">"; a <style> element, whose CSS is layout as a style attribute's is (red team
# 90's D9).  The expression finds a comment's and a <style>'s start; their ends are found
# once for all by :func:`_markup_spans` (an expression seeking the end again from each of
# 20,000 unclosed "<!--" took 1.4 s).  Word's conditional comment round its document's
# properties, "<!--[if gte mso 9]><xml>…<![endif]-->", is read: they ship in the page's
# source, as a script does (red team 92's x-word-meta cases; its "<![endif]>" goes).
_HIDDEN_MARKUP = (
    r"(?P<comment>!--(?!-?>|\[if[^\]>]{{0,100}}\]>))"
    r"|(?P<bogus>!---?>|\?[^>]{{0,300}}>|!(?!--)[^>]{{0,300}}>)"
    r"|(?P<style>{style}(?=[\s/>])[^<>]{{0,300}}>)"
    r"|(?P<bogus_end>/(?!{letter})[^>]{{0,300}}>)"  # (in a raw block: HTML_BLOCK_LINE)
)
# A Word bookmark, an <a> that links nowhere: Word writes <a name="_GoBack"></a> at the last
# edit point and <a name="_Hlk…">…</a>, <a name="OLE_LINK1">, <a name="_Toc…"> round ranges
# and headings, and a page shows nothing of it but its content, as of a <span> (red team
# 112's M1: "138<a name="_GoBack"></a>12345678" is one mobile).  A start tag whose attributes
# are all a bookmark's (name, id, class, target, lang) or an in-page href ("#x", ""), no
# other: a title is read as a title, an address the link scanner's (its tag stays); its
# end tag goes with it (:func:`_bookmark_ends`).  Each value holds ten digits at most, as
# Word's do (_Hlk and _Toc and nine digits): one that may hold a number (an anchor keyed by
# a person's ID number, ``<a name="sfz110105…">``) stays for the reader of tags' values.
_FEW_DIGITS = r"[^{stop}0-9]*+(?:[0-9][^{stop}0-9]*+){{{{0,10}}}}+"
_QUOTED = ('"<>&', "'<>&")
_UNQUOTED = "\\s\"'<>=`&"
_PLAIN_VALUE = (
    '"' + _FEW_DIGITS.format(stop=_QUOTED[0]) + '"|'
    "'" + _FEW_DIGITS.format(stop=_QUOTED[1]) + "'|" + _FEW_DIGITS.format(stop=_UNQUOTED)
)
_IN_PAGE_VALUE = (
    '"(?:#' + _FEW_DIGITS.format(stop=_QUOTED[0]) + ')?"|'
    "'(?:#" + _FEW_DIGITS.format(stop=_QUOTED[1]) + ")?'|"
    "#" + _FEW_DIGITS.format(stop=_UNQUOTED)
)
_BOOKMARK = (
    r"(?P<bookmark>{anchor}(?:\s++(?:(?:{bookmark_names})\s*+=\s*+(?:"
    + _PLAIN_VALUE
    + r")|{href}\s*+=\s*+(?:"
    + _IN_PAGE_VALUE
    + r")))*+\s*+/?>)"
)
_BOOKMARK_NAMES = "name|id|class|target|lang"
# (a quoted value may hold a ">", review 51a's F6, and a "<", left27b: ``<span data-y="a<b">``;
# the first ">" ends a tag that reads no other way)
_TAG_FORM = (
    r"<(?:/?(?:{names})(?=[\s/>])(?:(?=[^<>]{{0,300}}[<>])"
    + ATTRIBUTES_TO_END[:-1].replace("{", "{{").replace("}", "}}")
    + r"|[^<>]{{0,300}})>|"
    + _BOOKMARK
    + "|"
    + _HIDDEN_MARKUP
    + ")"
)
_TAG = LazyPattern(
    _TAG_FORM.format(
        names=_TAG_NAMES,
        style="style",
        letter="[a-z]",
        anchor="a",
        bookmark_names=_BOOKMARK_NAMES,
        href="href",
    ),
    re.IGNORECASE,
)
# the next <a> start or end tag, and an end tag whole
_ANCHOR_TAG = regex(r"<(?P<end>/)?a(?=[\s/>])", re.IGNORECASE)
_ANCHOR_END = regex(r"</a\s*+>", re.IGNORECASE)
_A_LETTERS = frozenset("aA")  # (a bookmark's start tag: "<a" then one of _AFTER_NAME)
_AFTER_NAME = frozenset(" \t\n\f\r/>")
# The ends of a comment and of a <style> element; one that ends no nearer than
# _HIDDEN_REACH (or not at all) is read as text, the safe side — a browser hides the rest.
_HIDDEN_ENDS = {
    "comment": regex(r"--!?>"),
    "style": regex(r"</style(?=[\s/>])[^>]{0,300}>", re.IGNORECASE),
}
_HIDDEN_REACH = 10_000
_HIDDEN_KINDS = frozenset({"comment", "bogus", "style", "bogus_end"})


def _markup_spans(
    text: str,
    tag: AnyPattern,
    written: str | None = None,
    removed: tuple[int, ...] = (),
    shown: Callable[[int], bool] | None = None,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``tag``'s matches in ``text``, a comment and a <style> to their ends; and
    those of them that a browser hides (comments, bogus comments, <style>: ``_HIDDEN_MARKUP``).

    Hidden markup opens only where the text as written (``written``, ``text`` itself if
    none; ``removed``: the offsets the fold removed from it) opens it
    (:func:`_opens_as_written`); in a raw-text element it reaches no further than the end
    tag, and a CDATA section in SVG or MathML is none (:class:`_RawText`); a comment or a
    <style> in a tag's quoted value is none, and none opens where ``shown`` (asked at rising
    offsets) tells Markdown prints it as text (:class:`_ShownAsWritten`)."""
    matches = [m for m in tag.finditer(text) if not _names_an_attribute(text, m.start())]
    if _HIDDEN_KINDS.isdisjoint(m.lastgroup for m in matches):  # formatting tags alone
        return _bookmark_ends(text, [m.span() for m in matches]), []
    written = text if written is None else written
    back = back_to_written(removed) if removed else None
    spans: list[tuple[int, int]] = []
    hidden: list[tuple[int, int]] = []
    ends: dict[str, tuple[int, re.Match[str] | None]] = {}  # the last end found, by kind
    raw = _RawText(text, hidden)
    tags = _Tags(text, hidden)
    at = 0
    while (match := tag.search(text, at)) is not None:
        kind = match.lastgroup
        if kind not in _HIDDEN_KINDS:
            spans.append(match.span())
            at = match.end()
            continue
        start = match.start()
        size = 7 if kind == "style" else 2  # ("<style" and the character after it)
        if not _opens_as_written(text, start, size, written, back) or (
            shown is not None and shown(start)
        ):
            at = start + 1
            continue
        if kind == "comment" and not _opens_as_written(text, start, 4, written, back):
            # "<!" then no "--" as written ("<!－－", "<!-\u200b-"): a bogus comment, to the
            # first ">"
            closed = text.find(">", start + 2, start + 303)
            if closed < 0:
                at = start + 1
                continue
            end = closed + 1
        elif kind not in {"comment", "style"}:
            end = match.end()
        elif (around := tags.around(start)) > 0:  # (in an attribute's value)
            at = around
            continue
        else:
            end = _hidden_end(text, str(kind), match.end(), ends) or -1
            if not 0 <= end - start <= _HIDDEN_REACH:  # (read as text, the safe side)
                at = match.end()
                continue
        reach = raw.reach(start, cdata=_cdata_as_written(written, back, start))
        if kind == "style" and raw.foreign_to:
            # (an SVG or a MathML <style> is no raw text: it ends with its element, where a
            # <div> breaks out or at "</svg>", and what follows is shown: review 62's L3)
            end = min(end, raw.foreign_to)
        if end > reach:
            # (in raw text, past its end tag: nothing opens; a CDATA section in SVG or
            # MathML is text to its "]]>", and nothing in it opens either: review 59's 1)
            at = raw.shown_to or start + 1
            continue
        spans.append((start, end))
        hidden.append((start, end))
        raw.passed(start, end)
        at = end
    return _bookmark_ends(text, spans), hidden


def _bookmark_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (``_TAG``'s, in order) with the end tag of each bookmark among them (an
    ``<a`` then a blank, "/" or ">": ``_BOOKMARK``), the ``</a>`` that comes before any
    other ``<a`` (``<a name="_Hlk1">1234</a>5678`` reads 12345678; ``<a name="x"><a
    href="…">详情</a>`` keeps the link's end).  Each stretch read once: a tag found ahead
    serves every bookmark before it."""
    bookmarks = [
        end
        for start, end in spans
        if text[start + 1 : start + 2] in _A_LETTERS and text[start + 2 : start + 3] in _AFTER_NAME
    ]
    if not bookmarks:
        return spans
    ends: list[tuple[int, int]] = []
    found = _ANCHOR_TAG.search(text, bookmarks[0])
    for at in bookmarks:
        if found is not None and found.start() < at:
            found = _ANCHOR_TAG.search(text, at)
        if found is None:
            break
        end = _ANCHOR_END.match(text, found.start()) if found.group("end") else None
        if end is not None and (not ends or ends[-1] != end.span()):
            ends.append(end.span())
    return sorted(spans + ends) if ends else spans


def _cdata_as_written(written: str, back: Folded | None, start: int) -> bool:
    """Whether the "<" at ``start`` of the folded text opens "<![CDATA[" as written, in capitals:
    the tokenizer reads a CDATA section only so (in SVG or MathML; "<![cdata[" there is a bogus
    comment to the first ">", as anywhere else)."""
    return written.startswith("<![CDATA[", start if back is None else back.original(start))


def _opens_as_written(text: str, start: int, size: int, written: str, back: Folded | None) -> bool:
    """Whether the ``size`` characters at ``start`` of ``text`` are written so (``back`` maps
    ``text``'s offsets into ``written``), in ASCII: hidden markup opens where the tokenizer
    reads an ASCII "<" right before an ASCII "!", "?", "/" (or the name "style" and the
    character after it).  ``<st\u200byle>``, ``<ｓｔｙｌｅ>``, ``<ſtyle>``, ``<？x>`` and
    ``<\u200b!--`` fold to an opener, but a browser prints them as text (review 58's A)."""
    at = start if back is None else back.original(start)
    opener = written[at : at + size]
    return opener.isascii() and opener.lower() == text[start : start + size].lower()


# The elements whose content the tokenizer reads as text to their end tag (WHATWG's raw text
# and RCDATA, and <noscript>, <iframe>, <noembed>, <noframes> with scripting on): nothing
# opens in them, so that "<script>var s="<!--";</script>" hides no page text up to a later
# "-->" (review 58; a script's and a title's content is read all the same: mend93).  In SVG
# and MathML (foreign content), "<![CDATA[…]]>" is a CDATA section, shown as text.
RAW_TEXT_NAMES = (
    "script",
    "textarea",
    "title",
    "xmp",
    "noscript",
    "iframe",
    "noembed",
    "noframes",
)
_FOREIGN_NAMES = ("svg", "math")
# Of them, those whose content the page shows as written: a comment or a <style> in a
# <textarea> is text there, and hides nothing (review 59's 9).
_SHOWN_RAW_TEXT = ("textarea", "xmp", "plaintext")
_RAW_TEXT_OPEN = regex(
    rf"<({'|'.join(RAW_TEXT_NAMES + _FOREIGN_NAMES + ('plaintext',))})(?=[\s/>])", re.IGNORECASE
)
_RAW_TEXT_ENDS = {
    name: regex(rf"</{name}(?=[\s/>])", re.IGNORECASE) for name in RAW_TEXT_NAMES + _FOREIGN_NAMES
}


class _RawText:
    """The raw-text and foreign elements of a text, found in order as a scan asks (each
    stretch read once: the end tag last found, by name, is kept while it is still ahead).
    A start tag in another tag's quoted value opens none (``<p title="<textarea>">``: review
    61's B3 and B6; the tags read forward by a :class:`_Tags` of its own, ``hidden``: the
    hidden spans found so far), nor one in them (``<!-- <textarea> -->``: review 68's F6); a
    foreign element ends as :func:`.foreign_end` reads it."""

    def __init__(self, text: str, hidden: list[tuple[int, int]]) -> None:
        self._text = text
        self._tags = _Tags(text, hidden)
        self._open: re.Match[str] | None = None  # the next or current element's start tag
        self._seek: int | None = 0  # where the next one is sought from (None: found)
        self._ends: dict[str, tuple[int, re.Match[str] | None]] = {}
        self._close = (-1, 0)  # (the start of the element last asked about, where it ends)
        self.shown_to = 0  # the end of the CDATA section last asked about in a foreign element
        self.foreign_to = 0  # the end of the foreign element last asked about (0: in none)

    def reach(self, at: int, *, cdata: bool) -> int:
        """How far hidden markup at ``at`` may reach: in a raw-text element, to its end tag (a
        comment in a script's content hides script only), or nowhere where the element shows
        its content (``_SHOWN_RAW_TEXT``); a CDATA section in a foreign
        element, nowhere (it is shown, to ``shown_to``); elsewhere anywhere (in a foreign
        element, which ends at ``foreign_to``)."""
        self.shown_to = self.foreign_to = 0
        while True:
            if self._seek is not None:
                self._open = _RAW_TEXT_OPEN.search(self._text, self._seek)
                self._seek = None
            if self._open is None or at <= self._open.start():
                return len(self._text)
            # (asked only now, the hidden spans before ``at`` all found: a "<p title="" in a
            # comment before the start tag is no tag)
            if (quoted := self._tags.around(self._open.start())) >= 0:
                self._seek = quoted  # (in another tag's quoted value: opens nothing)
                continue
            if (commented := self._tags.hidden_end(self._open.start())) >= 0:
                self._seek = commented  # (in a comment: opens nothing, review 68's F6)
                continue
            name = self._open.group(1).lower()
            close = self._element_end(self._open)
            if at < close:
                if name in _SHOWN_RAW_TEXT:
                    return at
                if name in _FOREIGN_NAMES:
                    self.foreign_to = close
                if cdata and name in _FOREIGN_NAMES:
                    shown_end = self._text.find("]]>", at + 9)
                    self.shown_to = len(self._text) if shown_end < 0 else shown_end + 3
                return at if cdata else close if name not in _FOREIGN_NAMES else len(self._text)
            self._seek = close
            self._tags.skip(close)  # (no tag opens in its content)

    def passed(self, start: int, end: int) -> None:
        """Hidden markup from ``start`` (where :meth:`reach` was last asked) to ``end``: no
        element opens in it."""
        if self._open is not None and start <= self._open.start() < end:
            self._seek = end

    def _element_end(self, opened: re.Match[str]) -> int:
        """Where the element whose start tag ``opened`` found ends (the text's end: none); an
        SVG or a MathML element read by :func:`.foreign_end` (once: kept while asked about)."""
        if self._close[0] != opened.start():
            name = opened.group(1).lower()
            if name not in _FOREIGN_NAMES:
                end = self._end(name, opened.end())
            else:
                tag_close, closes = start_tag_end(self._text, opened.end())
                content = len(self._text) if tag_close < 0 else tag_close
                end = content if closes else foreign_end(self._text, name, content)
            self._close = (opened.start(), end)
        return self._close[1]

    def _end(self, name: str, start: int) -> int:
        """Where the element ``name`` opened before ``start`` ends (the text's end: none)."""
        if name == "plaintext":
            return len(self._text)
        searched, found = self._ends.get(name, (-1, None))
        if searched < 0 or (found is not None and found.start() < start):
            found = _RAW_TEXT_ENDS[name].search(self._text, start)
            self._ends[name] = (start, found)
        return len(self._text) if found is None else found.start()


_AFTER_QUOTED_VALUE = regex(r"[\"'][ \t\n\f]*+\Z")


def _names_an_attribute(text: str, at: int) -> bool:
    """Whether the "<" at ``at`` stands right after a quoted value of an enclosing start tag
    (spaces between or not): WHATWG reads it as a character of the next attribute's name
    (``<a href="…" title="…"<b>words</a>``), no tag of its own."""
    if at == 0 or text[at - 1] not in "\"' \t\n\f":
        return False
    if _AFTER_QUOTED_VALUE.search(text, max(0, at - 40), at) is None:
        return False
    opened = opening_tag(text, at)
    return 0 <= opened < at


# A tag read to its end, its quoted values whole: the "<!--" of <p title="<!--"> opens no
# comment, and hides nothing up to a later "-->" (nor does a "<style>" there); nor does that
# of <p title="<a href='x'><!--">, where the nearest "<" is the value's own (review 58's G).
# A quote opens a value only right after its "=": in <img alt=it's> it is a letter of the
# value, and the tag ends at its ">" (review 59's 4).
_TAG_TO_END = regex(
    r"</?[a-zA-Z](?:[^>\"'=]++|[\"']|=\s*+(?:\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z))?)*+"
)


class _Tags:
    """The tags of a text read forward once, as a scan asks in order whether a place stands
    inside one: each tag read from its "<" as the tokenizer reads it, its quoted values
    whole, a "<" in them no tag's start (``<p title="<<<<<<!--">`` holds no comment, however
    many come before the "<!--": review 59 found that reading back from the place over the
    four nearest "<" missed the tag's own); a tag that opens inside hidden markup
    (``hidden``: the spans found so far, in order) is none (left29a)."""

    def __init__(self, text: str, hidden: list[tuple[int, int]]) -> None:
        self._text = text
        self._hidden = hidden
        self._passed = 0  # the hidden spans that end before the tags still to read
        self._seek = 0  # where the next tag is sought from (the tags before it are read)

    def around(self, at: int) -> int:
        """The end of the tag that ``at`` stands inside, or -1; each tag before ``at`` read
        only up to ``at`` (the whole tag only when ``at`` is inside it, and the scan goes on
        from its end)."""
        while (tag := _TAG_TO_END.search(self._text, self._seek, at + 1)) is not None:
            opened = tag.start()
            hidden_end = self.hidden_end(opened)
            if hidden_end > opened:  # (a "<p" inside a comment opens no tag)
                self._seek = hidden_end
            elif tag.end() <= at:
                self._seek = tag.end()
            else:
                whole = _TAG_TO_END.match(self._text, opened)
                self._seek = whole.end() if whole is not None else tag.end()
                return self._seek
        self._seek = max(self._seek, at)
        return -1

    def skip(self, at: int) -> None:
        """Read no tag before ``at`` (a raw-text element's content, which holds none)."""
        self._seek = max(self._seek, at)

    def hidden_end(self, at: int) -> int:
        """The end of the hidden span that holds ``at``, or -1 (asked at rising ``at``, after
        :meth:`around` asked at ``at`` or before)."""
        while self._passed < len(self._hidden) and self._hidden[self._passed][1] <= at:
            self._passed += 1
        if self._passed < len(self._hidden) and self._hidden[self._passed][0] <= at:
            return self._hidden[self._passed][1]
        return -1


def hidden_markup(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` a browser hides as markup — comments, bogus comments and the
    ``<style>`` elements it applies — each to its end, in order (what the fold drops)."""
    return _markup_spans(text, _TAG)[1]


def not_shown(text: str, places: list[int]) -> set[int]:
    """Those of ``places`` (in order) of ``text`` that no page shows as its text, where an
    override or a paragraph's end is none (review 62's F1): in a comment or a <style> (the
    fold's hidden markup), in a script's or another raw-text element's content (not a
    <textarea>'s, which shows it), in a tag (a value: ``<img alt='&#x202E;'>``)."""
    if "<" not in text or not places:
        return set()
    hidden = _markup_spans(text, _TAG)[1]
    raw, tags = _RawText(text, hidden), _Tags(text, hidden)  # (each read forward once)
    found: set[int] = set()
    span = 0
    for at in places:
        while span < len(hidden) and hidden[span][1] <= at:
            span += 1
        in_hidden = span < len(hidden) and hidden[span][0] <= at
        # (a tag that opens at ``at``, an override element's own, is not one ``at`` is in)
        if in_hidden or at < raw.reach(at, cdata=False) < len(text) or tags.around(at) >= 0:
            found.add(at)
    return found


def _hidden_end(
    text: str, kind: str, start: int, ends: dict[str, tuple[int, re.Match[str] | None]]
) -> int | None:
    """Where the first end of ``kind`` after ``start`` ends: the one found last when it is
    still ahead (or none was), else sought on from ``start`` — each stretch read once."""
    searched, found = ends.get(kind, (-1, None))
    if searched < 0 or (found is not None and found.start() < start):
        found = _HIDDEN_ENDS[kind].search(text, start)
        ends[kind] = (start, found)
    return None if found is None else found.end()


def drop_formatting(text: str) -> str:
    """``text`` without the formatting tags and comments a page shows as nothing.

    An address the link scanner found across them in the folded text is the one the page
    shows: ``www.<b>gov</b>.cn/a`` and ``<span>w</span><span>w</span>…`` (an editor's span per
    character) read ``www.gov.cn/a``, and are judged so (red team 51).
    """
    if "<" not in text:
        return text
    kept, done = [], 0
    for start, end in sorted(_orphan_bookmark_end(text) + _markup_spans(text, _TAG)[0]):
        kept.append(text[done:start])
        done = max(done, end)  # (an orphan end in a comment: within its span)
    text = "".join(kept) + text[done:]
    # an inline box's tags, of which an address holds a box's end and the next one's start
    return _BOX_TAG.sub("", text) if "inline" in text.lower() else text


def _orphan_bookmark_end(text: str) -> list[tuple[int, int]]:
    """The span of an ``</a>`` that comes before any ``<a`` in ``text``, an address read
    across markup: the end of a bookmark whose start tag stands before the address
    (``<a name="_Hlk1"><span>www.s</span></a>h.gov.cn``), which the fold dropped with it — a
    link's end stays in the folded text, and no address is read across it."""
    found = _ANCHOR_TAG.search(text)
    if found is None or not found.group("end"):
        return []
    end = _ANCHOR_END.match(text, found.start())
    return [] if end is None else [end.span()]


# A formatting tag whose attributes hold a web address (``<span data-href="https://t.cn/x">``,
# ``<font onclick="window.open('//u.jd.com/x')">``): the fold drops it as formatting all the
# same (so ``机<span …>密</span>★`` still reads 机密★), and the link scanner reads its
# address from the text as written (links/tags.py ``formatting_tag_links``; red team 48), with
# one slash after a web scheme too (``https:/t.cn/x``, which a browser opens: red team 90).
FORMATTING_TAGS = frozenset(_INLINE_NAMES.split("|")) | {"o:p"}
ADDRESS_TAG = LazyPattern(
    rf"<(?P<tag>{_TAG_NAMES})(?=[\s/>])"
    r"(?P<attrs>[^<>]{0,300}?(?://|www\.|(?:https?|ftp):/)[^<>]{0,300})>",
    re.IGNORECASE,
)
# A formatting tag with a tooltip (``title``) or a spoken label (``aria-label``): the fold drops
# the tag, so that ``机<span title="说明">密</span>★`` reads 机密★, and the reader of its
# attributes (links/titles.py ``tooltips``) reads what the page shows or says of them as a text
# of its own (red team 89).  The tags the fold drops: of its names, at most 300 characters.
# Its tooltip may follow a quoted value that holds a ">" (review 51a's F6), and a tooltip
# library's attribute is a tooltip too (``data-tooltip``…: TOOLTIP_ATTRIBUTES).  A tag whose
# first angle is a "<" (a value holds one: left27b) is matched whatever it holds, and its
# tooltip looked for in it: a tooltip sought past a "<" from every "<" costs too much.
_TOOLTIP_NAMES = f"(?:{'|'.join(TOOLTIP_ATTRIBUTES)}|aria-label)"
TOOLTIP_TAG = LazyPattern(
    rf"<(?:{_TAG_NAMES})(?=[\s/])(?=[^<>]{{0,300}}[<>])"
    rf"(?=[^<]*?[\s\"'/]{_TOOLTIP_NAMES}\s*=|[^<>]*+<)"
    rf"(?:{ATTRIBUTES_TO_END}|[^<>]*>)",
    re.IGNORECASE,
)
# What IGNORECASE matches besides the ASCII letter, for the letters of those names: the
# characters outside ASCII whose case maps to them (a test checks every letter).
_CASELESS = {"i": "i\u0130\u0131", "k": "k\u212a", "s": "s\u017f"}


# Markup a browser hides is dropped with its content — unless the Markdown may show it as
# written: escaped ("\\<!--", "\\<style>" are text, and a link in it is linked), or in a code
# span or a fenced or indented code block ("`<!--` t.cn/x `-->`": two code spans, and a link
# between them; "`<style>`", "`<?php`", "`<![CDATA[`").  A field with none of these is told
# cheaply; in one with any, markup is read as text only where it stands in code or is escaped
# itself: "`x` <style>…</style>" is a code span, then a <style> a browser hides (review 59's
# 3), and so is a comment — "`a` 138<!--z-->12345678" is a closed code span, then a comment
# the page hides between the number's groups (review 66's L3: a comment was read as text
# wherever it stood once the field held a backtick, so one backtick split every number).
# An indented code line's indent (CommonMark §4.4: four columns, a tab to the next stop of
# four, so one to three spaces then a tab too), in block quotes too (§5.1: ">" and the one
# space or tab after it are the quote's; ">     <style>…" is code in a quote: review 61's A8).
# On the safe side, more code rather than less: a tab after a quote's space counts as four.
_CODE_INDENT = r"(?: {0,3}>[ \t]?)*+(?: {4}| {0,3}\t)"
_SHOWN_MARKUP = regex(
    rf"\\<(?:[!?/]|style)|`|~~~|^{_CODE_INDENT}[ \t]*<(?:[!?/]|style)",
    re.MULTILINE | re.IGNORECASE,
)
# Code as written: a fenced block (to its closing fence, or the text's end; its opening fence
# after any list or quote markers), an indented line — on the safe side, more code rather than
# less — and the code spans as CommonMark pairs them (backticks.py: a stray or escaped backtick
# shifts no pairing, review 61's A2).
_CODE_FENCE = regex(r"^[ \t]*(?:(?:[-+*>]|[0-9]{1,9}[.)])[ \t]*)*+(`{3,}|~{3,})", re.MULTILINE)
_INDENTED_LINE = regex(rf"^{_CODE_INDENT}[^\n]*+", re.MULTILINE)


class _ShownAsWritten:
    """Whether hidden markup opening at an offset of the folded text is shown as text, asked
    at rising offsets: Markdown prints it where it opens in code or after an escaping
    backslash of ``written`` (``removed``: the offsets the fold removed from it) — see
    ``_SHOWN_MARKUP``.  Told while the markup is read, so an opener printed as text opens
    nothing and reaches over no later comment: `` `<!--` 138<!--z-->12345678 `` and
    ``\\<!-- 138<!--z-->12345678`` hide the second comment (review 66's L3).  The field is
    read at the first question only (most fields hold no hidden markup), and its code once:
    a pointer moves forward over it."""

    def __init__(self, written: str, removed: tuple[int, ...]) -> None:
        self._written = written
        self._removed = removed
        self._back: Folded | None = None
        self._code: list[tuple[int, int]] | None = None  # (None: not read yet)
        self._plain = False  # (no code and no escape in the field: nothing is shown)
        self._next = 0

    def __call__(self, start: int) -> bool:
        if self._code is None:
            self._code = self._read()
        if self._plain:
            return False
        at = start if self._back is None else self._back.original(start)
        code = self._code
        while self._next < len(code) and code[self._next][1] <= at:
            self._next += 1
        in_code = self._next < len(code) and code[self._next][0] <= at
        return in_code or _escaped(self._written, at)

    def _read(self) -> list[tuple[int, int]]:
        """The field's code, read once (none where it holds no code and no escape, told
        cheaply by ``_SHOWN_MARKUP``)."""
        self._plain = _markup_hidden(self._written)
        if self._plain:
            return []
        self._back = back_to_written(self._removed) if self._removed else None
        return markdown_code(self._written)


def _escaped(written: str, at: int) -> bool:
    """Whether the character at ``at`` of ``written`` is escaped (after an odd backslash run)."""
    before = at
    while before > 0 and written[before - 1] == "\\":
        before -= 1
    return (at - before) % 2 == 1


def markdown_code(written: str) -> list[tuple[int, int]]:
    """The stretches of ``written`` that Markdown shows as code, in order (see ``_CODE_FENCE``)."""
    code: list[tuple[int, int]] = []
    at = 0
    while (fence := _CODE_FENCE.search(written, at)) is not None:
        code += _inline_code(written, at, fence.start())
        marker = fence.group(1)
        closing = regex(rf"^ {{0,3}}{marker[0]}{{{len(marker)},}}[ \t]*$", re.MULTILINE)
        line_end = written.find("\n", fence.end())
        closed = None if line_end < 0 else closing.search(written, line_end + 1)
        at = len(written) if closed is None else closed.end()
        code.append((len(written) if line_end < 0 else line_end, at))  # (its info string: none)
    code += _inline_code(written, at, len(written))
    return code


def _inline_code(written: str, start: int, end: int) -> list[tuple[int, int]]:
    """The indented lines and code spans of ``written`` from ``start`` to ``end``, in order."""
    spans = [m.span() for m in _INDENTED_LINE.finditer(written, start, end)]
    return sorted(spans + code_spans(written, start, end))


def _markup_hidden(text: str) -> bool:
    """Whether the hidden markup of ``text`` (as written) may be dropped: see ``_SHOWN_MARKUP``."""
    return _SHOWN_MARKUP.search(text) is None


@cache
def _folded_tag() -> re.Pattern[str]:
    """``_TAG`` for folded text, whose ASCII letters are lower case already: the same
    matches without IGNORECASE, half the time at each ``<`` (the engine compares literals,
    not case folds).  Compiled on first use (0.3 ms), as the fold's other tables."""
    letter = "[a-zA-Z" + "".join(c[1:] for c in _CASELESS.values()) + "]"  # (as IGNORECASE)
    names, style = _caseless(_TAG_NAMES), _caseless("style")
    return regex(
        _TAG_FORM.format(
            names=names,
            style=style,
            letter=letter,
            anchor=_caseless("a"),
            bookmark_names=_caseless(_BOOKMARK_NAMES),
            href=_caseless("href"),
        )
    )


def _caseless(names: str) -> str:
    """``names`` with each letter that IGNORECASE matches beyond ASCII as a class of them."""
    return "".join(f"[{_CASELESS[c]}]" if c in _CASELESS else c for c in names)


def _entity(match: re.Match[str]) -> str | None:
    """The folded character a numeric reference stands for ("" to drop, None: not one)."""
    hexadecimal, decimal = match.group(1), match.group(2)
    point = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if not 0 < point <= 0x10FFFF or 0xD800 <= point < 0xE000:
        return None
    char = chr(point)
    trans, _ = _tables()
    mapped = trans.get(point, char)
    return "" if mapped is None else mapped


# A named character reference shows its character too (the WeChat editor writes
# "138&nbsp;1234&nbsp;5678"; "机密&starf;10年").  The fold has lower-cased the name, so
# names are looked up without case.  The five that escape markup (&amp; &lt; &gt; &quot;
# &apos;) are left as written: they hide nothing, and links keep their "&amp;" as written.
# A numeric reference is its character on the page (Markdown and HTML both decode it):
# "t&#46;cn/x" shows t.cn/x; an HTML parser reads one without its ";" too (a parse error,
# not a refusal): in an HTML block "<p>t&#46cn/x</p>" is published as t.cn/x.  Its
# digits run as far as they go, as the parser reads them.
_REFERENCE = regex(
    r"&(?:#(?:x([0-9a-f]{1,6})(?![0-9a-f])|([0-9]{1,7})(?![0-9]));?|([a-z][a-z0-9]{1,31});)"
)
_REFERENCE_START = regex(r"&(?:#|[A-Za-z][A-Za-z0-9]{1,31};)")
#: A reference as the fold reads it, in the text as written (any case: a found number's mask
#: hides a digit's whole reference, personal/hits.py).
REFERENCE_ANY_CASE = LazyPattern(_REFERENCE.pattern, re.IGNORECASE)
_MARKUP_ESCAPES = ("amp", "lt", "gt", "quot", "apos")
_TAG_SYNTAX = frozenset("\"'<>")
# A blank line: it ends a paragraph (and a raw HTML block of type 6), so no tag of
# Markdown's spans one (CommonMark §4.8, §6.6: inline content is a paragraph's).
_BLANK_LINE = regex(r"\n[ \t]*+\n")
# A start tag's opening up to a character CommonMark reads in no tag (§6.6: names and
# attribute names are ASCII): ``<b 手机：&#49;3812345678`` is printed as text, its reference
# decoded (a browser reads a tag there; review 62's L11).
_NO_TAG_TO_MARKDOWN = regex(
    r"<[a-z][a-z0-9-]*+(?:\s++[a-z_:][a-z0-9_.:-]*+"
    r"(?:\s*+=\s*+(?:[^\s\"'=<>`]++|'[^']*+'|\"[^\"]*+\"))?)*+\s*+[^\x00-\x7f]",
    re.IGNORECASE,
)


def _printed_tags(
    folded: str, tags: list[tuple[int, int]], hidden: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """Of the formatting tags ``tags`` of ``folded`` (in order; ``hidden``: the hidden markup
    among them), those Markdown prints as text: a start tag CommonMark reads as none
    (``_NO_TAG_TO_MARKDOWN``: ``<b 手机：&#49;3812345678>`` is printed, its reference decoded,
    as the unclosed ``<b 手机：&#49;3812345678`` is: review 64's L5) or one a blank line cuts
    (``_BLANK_LINE``), outside a raw HTML block (there the browser reads the tag, and shows
    nothing of it)."""
    foreign = not folded.isascii()  # (asked once: an ASCII text's tags are all read as tags)
    cut = _BLANK_LINE.search(folded) is not None
    if not tags or not (foreign or cut):
        return set()
    kept = set(hidden)
    text_tags = [
        (start, end)
        for start, end in tags
        if (start, end) not in kept
        and (
            (foreign and _NO_TAG_TO_MARKDOWN.match(folded, start, end) is not None)
            or (cut and _BLANK_LINE.search(folded, start, end) is not None)
        )
    ]
    return set(text_tags) - set(in_html_blocks(folded, text_tags)) if text_tags else set()


def _printed_openings(folded: str, first_in: dict[int, int]) -> set[int]:
    """Of the "<" of ``folded`` that open the tags a character reference stands in (each one
    → where its first reference stands), those Markdown prints as text, the references
    decoded: a start tag CommonMark reads as none (``_NO_TAG_TO_MARKDOWN``: review 62's
    L11), and one whose ">" a blank line parts from its "<" outside a raw HTML block (its
    paragraph ends before the tag does: ``<img src="…&#x31;…"⏎⏎正文>`` is printed, and so are
    its references; a tag no ">" closes at all is read by :func:`.in_shown_value`)."""
    printed = {at for at in first_in if _NO_TAG_TO_MARKDOWN.match(folded, at) is not None}
    if _BLANK_LINE.search(folded) is None:
        return printed
    cut = [
        (at, at + 1)
        for at, reference in first_in.items()
        if at not in printed and _cut_by_blank_line(folded, at, reference)
    ]
    return printed | ({at for at, _ in cut} - {at for at, _ in in_html_blocks(folded, cut)})


_CUT_REACH = 4000  # how far after a reference its tag's ">" is looked for (none: not cut)


def _cut_by_blank_line(folded: str, opened: int, reference: int) -> bool:
    """Whether a blank line stands between the "<" at ``opened`` and the ">" that closes its
    tag (:func:`.tag_end`, quoted values whole; or else the first after ``reference``)."""
    tag = tag_end(folded, opened + 1)
    close = folded.find(">", reference, reference + _CUT_REACH) if tag is None else tag.end()
    return close > 0 and _BLANK_LINE.search(folded, opened, close) is not None


@cache
def _named_references() -> dict[str, str]:
    """HTML5's named references of one character, by lower-case name (built on first use)."""
    from html.entities import html5  # noqa: PLC0415 - a 2,000-entry table, only when needed

    named: dict[str, str] = {}
    # a name that is lower case already wins over one that only folds to it (&star; ☆, &Star; ⋆)
    for name, chars in sorted(html5.items(), key=lambda item: item[0] != item[0].lower()):
        if name.endswith(";") and len(chars) == 1:
            named.setdefault(name[:-1].lower(), chars)
    for name in _MARKUP_ESCAPES:
        del named[name]
    return named


def _reference(match: re.Match[str]) -> str | None:
    """The folded character a numeric or named reference stands for (see :func:`_entity`)."""
    name = match.group(3)
    if name is None:
        return _entity(match)
    char = _named_references().get(name.lower())
    if char is None:
        return None
    trans, _ = _tables()
    mapped = trans.get(ord(char), char)
    return "" if mapped is None else mapped


def _refers_to_lookalikes(text: str) -> bool:
    """Whether a character reference of ``text`` shows a look-alike letter (``t.&#1089;n``:
    the split saw no Cyrillic letter, the page shows one)."""
    if not holds_reference(text):
        return False
    letters = lookalikes()
    return any(_reference(m) in letters for m in REFERENCE_ANY_CASE.finditer(text))


# A block element styled to flow inline — 135编辑器's and 秀米's boxes round a word or a
# character, <section style="display:inline-block;background:…">资料</section> — shows its
# content on the line, as a <span> would: its tags go (red team 51; without the style a
# <section> stays a block). Only a box with no element of its own name inside, so that the
# closing tag found is its own; searched for only in a text holding "inline" (folded: lower).
_INLINE_BOX = LazyPattern(
    r"(?P<open><(?P<tag>section|div|p)(?=[\s>])[^<>]{0,300}?display\s*:\s*inline[^<>]{0,300}>)"
    r"(?:[^<]|<(?!/?(?P=tag)[\s>])){0,2000}?(?P<close></(?P=tag)\s*>)"
)

# One tag of such a box, for an address found across two of them: "t.</section><section
# style="display:inline-block">cn/x" shows t.cn/x (see drop_formatting).
_BOX_TAG = LazyPattern(
    r"</(?:section|div|p)\s*>|<(?:section|div|p)(?=[\s>])[^<>]{0,300}?display\s*:\s*inline[^<>]{0,300}>",
    re.IGNORECASE,
)


def _markup(
    folded: str, written: str | None = None, removed: tuple[int, ...] = ()
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The spans that render as nothing, and the character each reference shows; markup a
    browser hides among them only where ``written``, the text as written (``removed``: the
    offsets the fold removed from it), opens it and Markdown passes it on
    (:func:`~.html_blocks.printed_markup`; a ruby's annotations went before: :mod:`.ruby`)."""
    gaps: list[tuple[int, int]] = []
    spaced: list[int] = []  # starts of box tags that show as a space
    stars: dict[int, str] = {}  # start of a star's picture → the star it shows
    if "<" in folded:
        as_written = None if written is None else _ShownAsWritten(written, removed)
        tags, hidden = _markup_spans(folded, _folded_tag(), written, removed, as_written)
        if hidden:
            back = back_to_written(removed) if removed and written is not None else None
            printed = printed_markup(folded, hidden, written or folded, back)
            tags = [span for span in tags if span not in printed]
            if _holds(folded, "<br"):  # (Word's paired break: its conditionals not printed)
                gaps += _word_break_pairs(folded, [span for span in hidden if span not in printed])
        printed_tags = _printed_tags(folded, tags, hidden)  # (no tag to Markdown: printed)
        tags = [span for span in tags if span not in printed_tags]
        gaps += tags
        if "white-space" in folded:
            collapsed = _collapsed_breaks(folded, tags, hidden, written, removed)
            spaced += collapsed
            gaps += _blanks_around(folded, collapsed)
        # (red team 98; its characters shown with the stars)
        _editors_forms(folded, gaps, stars, written, removed)
        if "inline" in folded:
            _box_tags(folded, gaps, spaced)
        if holds(folded, "<img"):  # (a star's picture: see _STAR_IMAGE)
            for image in _STAR_IMAGE.finditer(folded):
                stars[image.start()] = image.group("star")
                gaps.append((image.start() + 1, image.end()))
    # start of a character reference → the character it shows (and of a spaced box tag)
    shown: dict[int, str] = dict.fromkeys(spaced, " ") | stars
    if holds_reference(folded):
        _references(folded, gaps, shown)
    return gaps, shown


# A formatting element's start and end tags and name (one the fold drops: see _collapsed_breaks)
_FORMATTING_START = regex(r"<([a-z][a-z0-9]*)(?=[\s/>])")
_FORMATTING_END = regex(r"</([a-z][a-z0-9]*)(?=[\s/>])")
# the white-space values that show the source's line breaks as spaces
_COLLAPSING = frozenset({"normal", "nowrap"})
_COLLAPSED_REACH = 300
_VOID_FORMATTING = frozenset({"wbr"})  # (no content: no line break of its own)
# (a line that ends in a space or a backslash may end in Markdown's hard line break, a <br>)
_HARD_BREAK_ENDS = frozenset(" \\")


def _collapsed_breaks(
    folded: str,
    tags: list[tuple[int, int]],
    hidden: list[tuple[int, int]],
    written: str | None,
    removed: tuple[int, ...],
) -> list[int]:
    """The line breaks of ``folded`` a page shows as spaces because the formatting element
    they stand in (among ``tags``, the fold's dropped ones, in order; ``hidden``: the hidden
    markup among them) sets ``white-space:normal`` or ``nowrap`` itself, for
    :func:`_markup`'s spaced characters: the innermost element that sets a ``white-space``
    decides, and once the fold drops the tag no reader sees it —
    ``<p style="white-space:pre"><span style="white-space:normal">1308⏎7610800</span></p>``
    shows 1308 7610800 on one line (review 66's L4).  Read by the one reader of declarations
    (:func:`~govpub.compliance.folding.declarations.declarations`).  Up to the element's own
    end tag, elements of its name inside counted (``<span …normal><span>13</span>08⏎…``: review
    67's L6), or the next ``white-space`` written (an element inside may set its own), at
    most 300 characters; not a tag the page prints as text (:func:`_printed_starts`: in a
    code block, in a ``<textarea>``), nor across a blank line, nor a Markdown hard break (a
    line's end after two spaces or a backslash, as ``written``: ``removed`` the offsets the
    fold removed from it) outside an HTML block (:func:`_hard_breaks`): the safe side is the
    break kept.  Linear: each reach bounded, the code and the blocks read once."""
    collapsing = [
        (index, opening.group(1))
        for index, (start, end) in enumerate(tags)
        if "white-space" in folded[start:end]
        and (opening := _FORMATTING_START.match(folded, start, end)) is not None
        and opening.group(1) not in _VOID_FORMATTING
        and _own_white_space(folded[start:end]) in _COLLAPSING
    ]
    if not collapsing:
        return []
    back = back_to_written(removed) if removed and written is not None else None
    starts = [tags[index] for index, _ in collapsing]
    printed = _printed_starts(folded, starts, hidden, written, back)
    own = _OwnBreaks(folded, hidden)
    soft: list[int] = []
    hard: list[int] = []  # (line ends that may be Markdown's hard breaks)
    for index, name in collapsing:
        end = tags[index][1]
        if tags[index][0] in printed:
            continue  # (the page prints the tag: it sets nothing — review 67's F3)
        reach = end + _COLLAPSED_REACH
        stop = min(
            _element_end(folded, tags, index, name, reach),
            _found_or(folded.find("white-space", end, reach), reach),
        )
        if _BLANK_LINE.search(folded, end, stop) is not None:
            continue  # (a blank line ends a Markdown paragraph, the element's tags with it)
        at = folded.find("\n", end, stop)
        while at >= 0:
            if not own.keeps(end, at):
                (hard if _hard_break(folded, at, written, back) else soft).append(at)
            at = folded.find("\n", at + 1, stop)
    return soft + _hard_breaks(folded, hard)


# The elements the UA stylesheet gives a white-space that keeps line breaks of their own (HTML
# §15.3.3: pre, listing, xmp and plaintext "pre", textarea "pre-wrap"), whatever they inherit;
# of them, those that are no raw text (a <textarea>'s, an <xmp>'s or a <plaintext>'s content
# is :class:`_RawText`'s), their start and end tags
_KEEPS_OWN_BREAKS = regex(r"<(/?)(pre|listing)(?=[\s/>])", re.IGNORECASE)


class _OwnBreaks:
    """The line breaks of ``folded`` that an element inside a collapsing element's reach keeps
    by its own ``white-space`` (``<pre><span style="white-space:normal"><textarea>1308⏎7610800
    </textarea></span></pre>`` shows two lines: review 68's F6): a ``<textarea>``'s, an
    ``<xmp>``'s or a ``<plaintext>``'s content (:class:`_RawText`'s shown raw text), and a
    ``<pre>`` or a ``<listing>`` opened in the reach (not one round the collapsing element,
    whose ``white-space`` it overrides).  ``<code>`` has no such rule: it inherits.  Asked at
    rising breaks; the elements found once, in order (linear)."""

    def __init__(self, folded: str, hidden: list[tuple[int, int]]) -> None:
        self._raw = _RawText(folded, hidden)
        self._elements = _pre_elements(folded, hidden)
        self._starts = [start for start, _ in self._elements]

    def keeps(self, reach_start: int, at: int) -> bool:
        """Whether the line break at ``at`` stands in such an element, a ``<pre>`` or a
        ``<listing>`` one opened at or after ``reach_start`` (asked at rising ``at``)."""
        if self._raw.reach(at, cdata=False) == at:
            return True  # (in a <textarea>'s, an <xmp>'s or a <plaintext>'s content)
        first = bisect.bisect_left(self._starts, reach_start)
        last = bisect.bisect_left(self._starts, at)
        return any(self._elements[index][1] > at for index in range(first, last))


def _pre_elements(folded: str, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each ``<pre>`` and ``<listing>`` element of ``folded``, in order of
    start: from its start tag's "<" to its end tag's (the text's end when none closes it), an
    end tag closing the innermost open element of its name and those inside it, as the parser
    does; not a tag in hidden markup (``hidden``, in order), in a raw-text element's content
    (:class:`_RawText`) or in another tag's quoted value (:class:`_Tags`).  One read (linear:
    an end tag pops each element once)."""
    if _KEEPS_OWN_BREAKS.search(folded) is None:
        return []
    raw, tags = _RawText(folded, hidden), _Tags(folded, hidden)
    elements: list[tuple[int, int]] = []
    opened: list[tuple[str, int]] = []  # (name, start) of the elements still open
    open_names = dict.fromkeys(("pre", "listing"), 0)
    span = 0
    at = 0
    while (tag := _KEEPS_OWN_BREAKS.search(folded, at)) is not None:
        at = tag.end()
        start = tag.start()
        while span < len(hidden) and hidden[span][1] <= start:
            span += 1
        if span < len(hidden) and hidden[span][0] <= start:
            at = hidden[span][1]  # (in a comment: no tag)
            continue
        if (content_end := raw.reach(start, cdata=False)) < len(folded):
            at = max(at, content_end)  # (in raw text: printed or not shown)
            continue
        if (quoted := tags.around(start)) >= 0:
            at = max(at, quoted)  # (in another tag's value)
            continue
        name = tag.group(2).lower()
        if not tag.group(1):
            opened.append((name, start))
            open_names[name] += 1
        elif open_names[name]:
            while True:  # (the innermost of its name closes, with all inside it)
                inner, inner_start = opened.pop()
                open_names[inner] -= 1
                elements.append((inner_start, start))
                if inner == name:
                    break
    elements += [(start, len(folded)) for _, start in opened]
    elements.sort()
    return elements


# the blanks a collapsed line break takes with it (CSS Text §4.1.1: spaces and tabs around it)
_BLANKS = frozenset(" \t")


def _blanks_around(folded: str, breaks: list[int]) -> list[tuple[int, int]]:
    """The spaces and tabs right before and after each of the collapsed line ``breaks`` of
    ``folded``, for :func:`_markup`'s gaps: white space collapses with the break into its one
    space (``1308  ⏎7610800`` and ``1308⏎    7610800`` show 1308 7610800: review 67's L9)."""
    gaps: list[tuple[int, int]] = []
    for at in breaks:
        before = at
        while before > 0 and folded[before - 1] in _BLANKS:
            before -= 1
        after = at + 1
        while after < len(folded) and folded[after] in _BLANKS:
            after += 1
        gaps += [(before, at)] if before < at else []
        gaps += [(at + 1, after)] if after > at + 1 else []
    return gaps


def _element_end(
    folded: str, tags: list[tuple[int, int]], index: int, name: str, reach: int
) -> int:
    """Where the element that ``tags[index]``, a start tag of ``name``, opens ends: the end
    tag of its name that closes as many as opened after it (``<span …><span>13</span>08⏎…
    </span>``: the inner end tag closes the inner element), sought among the fold's tags
    before ``reach`` (``reach`` when none does)."""
    depth = 0
    for at in range(index + 1, len(tags)):
        start, end = tags[at]
        if start >= reach:
            break
        closing = _FORMATTING_END.match(folded, start, end)
        if closing is not None and closing.group(1) == name:
            if depth == 0:
                return start
            depth -= 1
        elif (opening := _FORMATTING_START.match(folded, start, end)) is not None:
            depth += opening.group(1) == name
    return reach


def _printed_starts(
    folded: str,
    starts: list[tuple[int, int]],
    hidden: list[tuple[int, int]],
    written: str | None,
    back: Folded | None,
) -> set[int]:
    """Of the start tags ``starts`` of ``folded`` (in order), the starts of those the page
    prints as text, whose ``white-space`` sets nothing: in a fenced or indented code block
    as ``written`` (:func:`markdown_code`; ``back`` maps ``folded``'s offsets into it) outside
    an HTML block, and in a raw-text element's content (:class:`_RawText`: a ``<textarea>``'s
    or an ``<xmp>``'s is printed as written, a ``<script>``'s not shown) — review 67's F3.
    A code span is no such stretch: it shows its line breaks as spaces itself (CommonMark
    §6.1), as the element's style would."""
    source = folded if written is None else written
    code = [span for span in markdown_code(source) if not source.startswith("`", span[0])]
    blocks = [start for start, _ in code]
    in_code = []
    for span in starts:
        at = span[0] if back is None else back.original(span[0])
        index = bisect.bisect_right(blocks, at) - 1
        if index >= 0 and at < code[index][1]:
            in_code.append(span)
    printed = {start for start, _ in set(in_code) - set(in_html_blocks(folded, in_code))}
    raw = _RawText(folded, hidden)
    printed.update(start for start, _ in starts if raw.reach(start, cdata=False) < len(folded))
    return printed


def _hard_breaks(folded: str, breaks: list[int]) -> list[int]:
    """Of the line ends ``breaks`` of ``folded`` (ascending) after two spaces or a backslash,
    those that are no Markdown hard break: in a raw HTML block (:func:`.in_html_blocks`), where
    Markdown is not read and the browser collapses the spaces with the break
    (``<pre><span style="white-space:normal">1308  ⏎7610800</span></pre>`` is one line: review
    67's L9).  In a paragraph, inline HTML and all, the break is a ``<br>`` (kept)."""
    if not breaks:
        return []
    return [at for at, _ in in_html_blocks(folded, [(at, at + 1) for at in breaks])]


def _hard_break(folded: str, at: int, written: str | None, back: Folded | None) -> bool:
    """Whether the line break at ``at`` may be Markdown's hard one: a space or a backslash
    before it, in ``folded`` or as ``written`` (the fold drops an escaping backslash)."""
    if folded[at - 1] in _HARD_BREAK_ENDS:
        return True
    if written is None:
        return False
    original = at if back is None else back.original(at)
    return written[original - 1] in _HARD_BREAK_ENDS


def _found_or(at: int, missing: int) -> int:
    """``at``, a ``str.find`` result, or ``missing`` when it found nothing."""
    return missing if at < 0 else at


def _own_white_space(opening: str) -> str | None:
    """The ``white-space`` an opening tag's first ``style`` sets (HTML keeps the first of a
    name), as the declarations that take effect have it; None when it sets none."""
    for attribute in ATTRIBUTE.finditer(opening):
        if attribute.group("name").lower() == "style":
            return declarations(attribute_value(attribute)).get("white-space")
    return None


def _references(folded: str, gaps: list[tuple[int, int]], shown: dict[int, str]) -> None:
    """The character references of ``folded`` the page shows as their characters, for
    :func:`_markup`: each one's span into ``gaps`` (the "&" kept as the character, into
    ``shown``); in a tag only in a shown value, or where Markdown prints the tag as text
    (:func:`_printed_openings`)."""
    references = list(_REFERENCE.finditer(folded))
    tags_of: list[int] = []  # each reference's tag's "<" (-1: in none)
    first_in: dict[int, int] = {}  # a "<" → the first reference in its tag
    for match in references:
        at, reach = match.start(), max(0, match.start() - 4000)
        opened = folded.rfind("<", reach, at)
        tags_of.append(opened if opened > folded.rfind(">", reach, at) else -1)
        if tags_of[-1] >= 0:
            first_in.setdefault(opened, at)
    as_text = _printed_openings(folded, first_in)  # (Markdown prints those tags as text)
    for match, opened in zip(references, tags_of, strict=True):
        at = match.start()
        inside = opened >= 0 and opened not in as_text
        if inside and not in_shown_value(folded, opened, at):
            continue  # inside an HTML tag: the link scanner decodes attribute values
        char = _reference(match)
        # (an alt or a title text shows its references' characters, as the page's text does:
        # red team 90; but a quote or an angle there stays written, ending no value or tag)
        if char is not None and not (inside and char in _TAG_SYNTAX):
            start = match.start() + (1 if char else 0)  # the "&" becomes the character
            if char:
                shown[match.start()] = char
            gaps.append((start, match.end()))


def _editors_forms(
    folded: str,
    gaps: list[tuple[int, int]],
    shown: dict[int, str],
    written: str | None,
    removed: tuple[int, ...],
) -> None:
    """For :func:`_markup`: the blanks and attributes of the editors' ``<br …>`` tags
    (:func:`_editor_breaks`) into ``gaps``, and the legacy references written without ";"
    (:func:`_legacy_references`) into ``gaps`` and ``shown``, each only as ``written`` has
    it (``removed``: the offsets the fold removed from it; :func:`_legacy_as_written`)."""
    if _holds(folded, "<br"):
        gaps += _editor_breaks(folded)
    if "&" in folded:
        back = back_to_written(removed) if removed and written is not None else None
        for start, end, char in _legacy_references(folded):
            if written is None or _legacy_as_written(written, back, start, end):
                shown[start] = char
                gaps.append((start + 1, end))


# Word's line break in a paragraph, written twice: "<br style='mso-special-character:
# line-break'>⏎<![if !supportLineBreakNewLine]><br style='…'>⏎<![endif]>", the second for a
# browser that shows no break at a block's end.  The editors keep it as pasted; a reader sees
# one line break where Word had one, so the second <br> (and the blanks round it) goes: the
# pair reads as one break, as a single <br> does (red team 112's M6: a mobile over the pair).
_WORD_BREAK_OPEN = "<![if !supportlinebreaknewline]>"  # (folded: in lower case)
_WORD_SECOND_BREAK = regex(r"\s*+<br[^<>]{0,300}>\s*+(?=<!\[endif\]>)")
_BLANK_REACH = 8  # (the blanks before the pair's opener that go with it)


def _word_break_pairs(folded: str, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The second ``<br>`` of each of Word's paired line breaks in ``folded`` (``hidden``: its
    hidden markup, in order, the pair's ``<![if …]>`` among it), with the blanks round it,
    for :func:`_markup`'s gaps: the bogus comments round it go as hidden markup already."""
    gaps: list[tuple[int, int]] = []
    for start, end in hidden:
        if end - start != len(_WORD_BREAK_OPEN) or folded[start:end] != _WORD_BREAK_OPEN:
            continue
        second = _WORD_SECOND_BREAK.match(folded, end)
        if second is None:
            continue
        first = start
        while first > max(0, start - _BLANK_REACH) and folded[first - 1] in " \t\n":
            first -= 1
        gaps += [(first, start), second.span()]
    return gaps


# The line breaks the editors write: the 公众号 editor's "<br  />" (two spaces), its new
# editor's "<br class="ProseMirror-trailingBreak">", UEditor's "<br data-filtered="filtered">",
# "<br  >": a browser breaks the line at each as at "<br>", so the fold reads each as "<br>" (or
# "<br/>"), the form every reader of a break knows — its blanks and attributes go (red team
# 98's br-editor-forms).  One whose attributes hold an address, a reference or a tag's quote
# trouble stays as written (the link scanner reads it).
_EDITOR_BREAK = regex(r"<br(?=[\s/])(?P<inner>[^<>&]{0,300}?)(?P<slash>/?)>")
_PLAIN_BREAKS = frozenset({"", " "})


def _editor_breaks(folded: str) -> list[tuple[int, int]]:
    """The blanks and attributes of each of ``folded``'s ``<br …>`` tags not written as
    ``<br>``, ``<br/>``, ``<br />`` or ``<br >``, for :func:`_markup`'s gaps."""
    gaps: list[tuple[int, int]] = []
    for tag in _EDITOR_BREAK.finditer(folded):
        inner = tag.group("inner")
        if inner in _PLAIN_BREAKS or "/" in inner or "www." in inner:
            continue
        gaps.append(tag.span("inner"))
    return gaps


# A legacy named reference written without its ";" — "&nbsp", "&copy", "&times", the ones
# the WHATWG list lets stand so (html5's names without ";") — which a browser decodes in an
# HTML block's text as it does "&nbsp;": "<p>139&nbsp1234&nbsp5678</p>" shows 139 1234 5678
# (red team 98's nbsp-no-semicolon).  Not in a tag (an attribute's value is the link
# scanner's), nor where a longer name and ";" make a reference of their own (``&notin;``;
# ``139&nbsp12345678;`` shows 139 12345678;); not the five that escape markup; not outside
# an HTML block, where CommonMark prints "&nbsp" as written.
@cache
def _legacy_reference() -> re.Pattern[str]:
    """``&`` and a legacy name (lower case, as the fold has it; the longest first)."""
    from html.entities import html5  # noqa: PLC0415 - a 2,000-entry table, only when needed

    names = {name.lower() for name in html5 if not name.endswith(";")}
    names -= set(_MARKUP_ESCAPES)
    alternation = "|".join(sorted(names, key=lambda name: (-len(name), name)))
    return regex(f"&(?:{alternation})")


def _names_a_reference(folded: str, at: int) -> bool:
    """Whether a named reference with its ";" starts at ``at`` (``&notin;``): the longest name
    wins.  A legacy name before digits and a ";" that make no name is one
    (``139&nbsp12345678;``: a browser shows 139 12345678; — review 66's L5)."""
    full = _REFERENCE.match(folded, at)
    return full is not None and full.group(3) is not None and full.group(3) in _named_references()


def _legacy_as_written(written: str, back: Folded | None, start: int, end: int) -> bool:
    """Whether the legacy reference the fold reads at ``start``..``end`` is one as written:
    "&" and a name of the list in its own case, nothing the fold removed or folded in it.
    Names are case-sensitive, and only six stand in capitals (``&AMP``, ``&COPY``, ``&GT``,
    ``&LT``, ``&QUOT``, ``&REG``): ``139&NBSP1234&NBSP5678`` and a full-width ``＆ｎｂｓｐ``
    are printed as written (review 66's F1)."""
    first, last = (
        (start, end - 1) if back is None else (back.original(start), back.original(end - 1))
    )
    return written[first + 1 : last + 1] in _legacy_names()


@cache
def _legacy_names() -> frozenset[str]:
    """HTML5's names a browser reads without ";", in their own case (``nbsp``, ``AMP``)."""
    from html.entities import html5  # noqa: PLC0415 - a 2,000-entry table, only when needed

    return frozenset(name for name in html5 if not name.endswith(";"))


def _legacy_references(folded: str) -> list[tuple[int, int, str]]:
    """The legacy references without ";" in ``folded``'s HTML blocks, outside tags: their
    spans and the (folded) character each shows ("" for one the fold removes: left as is)."""
    outside = []
    for match in _legacy_reference().finditer(folded):
        if _names_a_reference(folded, match.start()):
            continue  # (&notin; is its own reference, read by _references)
        at, reach = match.start(), max(0, match.start() - 4000)
        if folded.rfind("<", reach, at) <= folded.rfind(">", reach, at):  # (not in a tag)
            outside.append(match.span())
    trans, _ = _tables()
    found = []
    for start, end in in_html_blocks(folded, outside):
        char = _named_references().get(folded[start + 1 : end])
        mapped = None if char is None else trans.get(ord(char), char)
        if mapped:
            found.append((start, end, mapped))
    return found


# Where Markdown prints hidden markup as text: "</" then no letter — "</ x>" and "</>", bogus
# comments to the first ">" where a browser gets them — everywhere but in a raw HTML block;
# there CommonMark passes on as written the lines from one that opens with a block's tag (a
# <p> pasted from a CMS) to a blank line, or from one that opens with "<!--", "<?", "<!x" or
# "<![CDATA[" to the line that holds "-->", "?>", ">" or "]]>" (types 2–5; the line after
# "<!-- x -->" is Markdown again).  In a paragraph it passes on a comment, "<?…?>",
# "<![CDATA[…]]>" and a declaration "<!x…>" (an ASCII letter after "<!"), each closed before
# the paragraph ends (``html_blocks._Paragraphs``), whole (the browser's bogus comment ends at
# the first ">" of it): "若 x<?y 则…；若 z>w" is printed (red team 93, review 58's F), and so are
# "<![x …]]>", "<!1…>" and a "<![cdata[" not written in capitals, which CommonMark 0.31.2 §6.6
# reads as no raw HTML (left29a).
# (The tag expression finds "</ x>" as "bogus_end"; the link scanner's address drops it
# wherever: it was found across one only where the fold dropped it.)
# A picture of a star, ``<img alt="★">`` (☆, ⭐, ＊ and "*" alike, folded to ★ and *): the page
# shows the star, drawn or as its alt text, so 机密<img alt="★">10年 reads 机密★10年 (review
# 51a's F7).  Only an alt that is the star alone (星级 is a word), and none with a reference
# in its tag (whose own gap :func:`_markup` makes).
_STAR_IMAGE = LazyPattern(
    r"<img(?=[\s/])[^<>&]{0,300}?(?<=[\s\"'/])alt\s*=\s*"
    r"""(?P<quote>["']?)\s*(?P<star>[★*])\s*(?P=quote)(?=[\s/>])[^<>&]{0,300}>"""
)


# A digit, then tags up to a box tag; tags, then a digit after it.  135编辑器's and 秀米's
# columns are inline boxes, "<section …inline-block>序号1</section><section …>13812345678"
# side by side: the digits of two boxes are two numbers, not one (review of red teams
# 51–54), while a word split across boxes still joins.
_DIGIT_BEFORE = regex(r"[0-9](?:<[^<>]{0,300}>)*\Z")
_DIGIT_AFTER = regex(r"(?:<[^<>]{0,300}>)*[0-9]")


def _box_tags(folded: str, gaps: list[tuple[int, int]], spaced: list[int]) -> None:
    """The tags of ``folded``'s inline boxes, for :func:`_markup`: each one goes (into
    ``gaps``), but a box's end tag right before the next box's start tag (a cell
    layout), between two digits, shows as a space (its "<" into ``spaced``).  One box
    inside a run of digits, "138123<section …inline>45678</section>", joins: a reader
    reads one number there (review of fix51)."""
    boxes = list(_INLINE_BOX.finditer(folded))
    opens = {box.start("open") for box in boxes}
    for box in boxes:
        gaps.append(box.span("open"))
        start, end = box.span("close")
        if _next_box(folded, end, opens) and _between_digits(folded, start, end):
            spaced.append(start)  # (the tag's "<" becomes the space)
            gaps.append((start + 1, end))
        else:
            gaps.append((start, end))


_TAG_RUN = regex(r"(?:<[^<>]{0,300}>)*")


def _next_box(folded: str, end: int, opens: set[int]) -> bool:
    """Whether a box's start tag follows ``end`` of ``folded`` (other tags between)."""
    run = _TAG_RUN.match(folded, end)
    reach = run.end() if run is not None else end  # (the pattern matches the empty string)
    at = end
    while at < reach:
        if at in opens:
            return True
        at = folded.index(">", at) + 1
    return False


def _between_digits(folded: str, start: int, end: int) -> bool:
    """Whether the box tag at ``start``–``end`` of ``folded`` stands between two digits
    (other tags between allowed): it shows as a space there, as the gap between columns."""
    return (
        _DIGIT_AFTER.match(folded, end) is not None
        and _DIGIT_BEFORE.search(folded, max(0, start - 2000), start) is not None
    )
