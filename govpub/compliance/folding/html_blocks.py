"""Where Markdown passes raw HTML on to the page, and where it prints markup as text.

CommonMark (0.31.2) passes HTML on in an *HTML block* (§4.6: a line that opens with one of
its start conditions, to the block's end) and inline (§6.6: a tag or comment whole in its
paragraph); anything else that looks like markup is printed, ``<`` and all.  The fold drops
hidden markup only where the page hides it: :func:`printed_markup` gives back the spans
Markdown prints (a comment cut by a blank line, a heading's or a table's markup), and
:func:`in_html_blocks` the spans inside HTML blocks, where Markdown is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govpub.compliance.folding.folded import Folded
from govpub.compliance.folding.gfm_tables import DELIMITER_ROW_FORM, starts_table
from govpub.compliance.regex_cache import regex

__all__ = ["HTML_BLOCK_LINE", "HTML_BLOCK_START", "in_html_blocks", "printed_markup"]


# The start of an HTML block (CommonMark §4.6, types 1–6; a declaration's, type 4, wants a
# letter after "<!": a line opening with "<![x 内部资料]]>" or "<!1 …>" is a paragraph, and
# printed — left29a).  A <pre>, <script>, <style> or <textarea> start tag opens one of type 1
# ("raw"), which ends with the first line that holds "</pre>", "</script>", "</style>" or
# "</textarea>" — the start line too: after "<style>p{}</style>" the next line is Markdown
# again (review 61's A1); their end tags open no block.
HTML_BLOCK_START = (
    r"<(?:(?P<marker>!--|\?|!\[cdata\[|!(?=[a-z]))|(?P<raw>pre|script|style|textarea)(?=[\s>]|\Z)"
    r"|/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|"
    r"col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|"
    r"frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    r"noframes|ol|optgroup|option|p|param|search|section|summary|table|"
    r"tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|\Z))"
)
HTML_BLOCK_LINE = regex(r" {0,3}" + HTML_BLOCK_START)
# The end of a block of types 1–5, by its marker (type 1: "raw"), found in a line.
_BLOCK_ENDS = {
    marker: regex(re.escape(end))
    for marker, end in {"!--": "-->", "?": "?>", "![cdata[": "]]>", "!": ">"}.items()
} | {"raw": regex(r"</(?:pre|script|style|textarea)>")}
# What closes a bogus comment in a paragraph, and a paragraph's end (the first of each after
# a place, kept while still ahead: each stretch read once).  A paragraph ends at a blank line
# or at a line that may interrupt it (CommonMark §4–5): a heading, a quote, a list item that
# holds something (a bullet, or "1." / "1)": an empty item may not interrupt, review 59's
# 10), a fence, a setext heading's underline ("---", "=", "-": the paragraph becomes the
# heading), a thematic break ("***", "- - -", "___") or the start of an HTML block of types
# 1–6 ("<div>", "<!--", "<?"; not type 7, "<span>") (left29a); in GFM, a table's header
# row, a line with a "|" right above a delimiter row ("|---|:-:|", "--|--": review 62's L8) of
# as many cells, as written (gfm_tables.starts_table: "| a | b |" over "|---|" is no table,
# and a comment opened above it goes on: review 64's F2).  An indented line (four spaces, a tab)
# interrupts nothing.
_PARAGRAPH_END = (
    r"\n(?:[ \t]*+(?:\n|\Z)| {0,3}(?:#{1,6}(?:[ \t\n]|\Z)|>|```|~~~"
    r"|(?:[-+*]|0{0,8}1[.)])[ \t]++[^ \t\n]"  # a list item with something in it
    r"|(?:=++|-++)[ \t]*+(?:\n|\Z)"  # a setext heading's underline
    r"|(?:(?:\*[ \t]*+){3,}|(?:-[ \t]*+){3,}|(?:_[ \t]*+){3,})(?:\n|\Z)"  # a thematic break
    rf"|(?P<header>[^\n|]*+\|[^\n]*+)\n{DELIMITER_ROW_FORM}(?:\n|\Z)"  # a table's header row
    rf"|{HTML_BLOCK_START}))"
)
_INLINE_ENDS = {"?": regex(r"\?>"), "!": regex(r"\]\]>"), "\n": regex(_PARAGRAPH_END)}


# An ATX heading's line, in a quote or a list item too ("> # 标题", "- # 标题"): its inline
# content ends with the line (a comment opened in "# 标题 <!--" is printed, and the next line
# is a paragraph of its own).
_ATX_HEADING = regex(
    r"(?: {0,3}(?:>[ \t]?|(?:[-+*]|[0-9]{1,9}[.)])[ \t]+))*+ {0,3}#{1,6}(?:[ \t\n]|\Z)"
)
_LINE_END = regex(r"\n")


class _Paragraphs:
    """The ends of Markdown's inline content after places of a text asked in order: of a
    paragraph, of an ATX heading's line, and the first "?>" and "]]>" (the first of each
    kept while still ahead: each stretch read once)."""

    def __init__(self, text: str, written: str | None = None, back: Folded | None = None) -> None:
        self._text = text
        self._written = text if written is None else written
        self._back = back  # (maps ``text``'s offsets into ``written``; none: the same)
        self._found: dict[str, tuple[int, re.Match[str] | None]] = {}
        self._line = (0, -1, False)  # (the place last asked, its line's start, a heading's)

    def end(self, at: int) -> int:
        """Where the paragraph or the ATX heading that ``at`` stands in ends (the text's end:
        none)."""
        found = self.first("line" if self._in_heading(at) else "\n", at)
        return len(self._text) if found is None else found.start()

    def first(self, kind: str, start: int) -> re.Match[str] | None:
        """The first match of ``_INLINE_ENDS[kind]`` (or of a line end: ``"line"``) after
        ``start``: the one found last when it is still ahead (or none was), else sought on."""
        searched, found = self._found.get(kind, (-1, None))
        if searched < 0 or searched > start or (found is not None and found.start() < start):
            found = (_LINE_END if kind == "line" else _INLINE_ENDS[kind]).search(self._text, start)
            while kind == "\n" and found is not None and not self._table(found):
                found = _INLINE_ENDS[kind].search(self._text, found.start() + 1)
            self._found[kind] = (start, found)
        return found

    def _table(self, found: re.Match[str]) -> bool:
        """Whether the header row and the delimiter row that ``found`` (``_PARAGRAPH_END``)
        read start a GFM table as written: the delimiter row one as written, and the two of
        as many cells (a row that ends the paragraph it would interrupt only then); true of
        any other end ``found`` read."""
        start = found.start("header")
        if start < 0:
            return True
        at = start if self._back is None else self._back.original(start)
        header_end = self._written.find("\n", at)
        if header_end < 0:
            return False
        delimiter_end = self._written.find("\n", header_end + 1)
        delimiter_end = len(self._written) if delimiter_end < 0 else delimiter_end
        delimiter = self._written[header_end + 1 : delimiter_end]
        return starts_table(self._written[at:header_end], delimiter)

    def _in_heading(self, at: int) -> bool:
        """Whether ``at`` stands on an ATX heading's line (its line's start sought back only to
        the place asked before, and each line read once)."""
        asked, line_start, heading = self._line
        if at < asked:
            asked, line_start, heading = 0, -1, False
        start = self._text.rfind("\n", asked, at) + 1 or max(line_start, 0)
        if start != line_start:
            heading = _ATX_HEADING.match(self._text, start) is not None
        self._line = (at, start, heading)
        return heading


def printed_markup(
    folded: str, hidden: list[tuple[int, int]], written: str, back: Folded | None
) -> set[tuple[int, int]]:
    """Of the spans ``hidden`` of ``folded``'s hidden markup, those that Markdown prints as
    text where it stands (in a paragraph or a raw HTML block); ``written`` is the text as
    written (``back`` maps ``folded``'s offsets into it, none: the same offsets)."""
    paragraphs = _Paragraphs(folded, written, back)
    original = (lambda at: at) if back is None else back.original
    inline = [
        span
        for span in hidden
        if not _passed_inline(folded, *span, paragraphs, (written, original(span[0])))
    ]
    return set(inline) - set(in_html_blocks(folded, inline)) if inline else set()


def _passed_inline(
    folded: str, start: int, end: int, paragraphs: _Paragraphs, written: tuple[str, int]
) -> bool:
    """Whether Markdown passes on the hidden markup at ``start``–``end`` in a paragraph
    (``written``: the text as written, and where its "<" stands in it)."""
    marker = folded[start + 1]
    if marker == "/":
        return False
    if marker == "s":
        return True  # (a <style> tag)
    paragraph_end = paragraphs.end(start)
    if folded.startswith("<!--", start) or _DECLARATION.match(*written):
        return end <= paragraph_end  # (a declaration: to its first ">", as the bogus comment)
    if marker == "!" and not written[0].startswith("<![CDATA[", written[1]):
        return False  # ("<![x", "<!1", "<![cdata[": no raw HTML)
    closed = paragraphs.first(marker, start + 2)
    return closed is not None and closed.start() < paragraph_end


# A declaration as CommonMark reads one inline: "<!", then an ASCII letter as written.
_DECLARATION = regex(r"<![A-Za-z]")


def _block_end(opened: re.Match[str]) -> re.Pattern[str] | None:
    """What ends the HTML block that ``opened`` (``HTML_BLOCK_LINE``) starts on a line of its
    own (none: a blank line, type 6)."""
    if opened.group("raw") is not None:
        return _BLOCK_ENDS["raw"]
    marker = opened.group("marker")
    return None if marker is None else _BLOCK_ENDS[marker]


def in_html_blocks(folded: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Of the spans ``spans`` of ``folded``, in order, those that start in a raw HTML block
    (see ``HTML_BLOCK_LINE``); its lines read once, whatever the number of spans."""
    in_block, line_end = False, -1
    closer: re.Pattern[str] | None = None  # (the end of a block of types 1–5)
    closed = False  # (the line read last closed the block)
    for span in spans:
        while line_end < span[0]:  # the lines up to the one holding it
            line_start = line_end + 1
            line_end = folded.find("\n", line_start)
            line_end = len(folded) if line_end == -1 else line_end
            if closed:
                in_block, closer, closed = False, None, False
            if closer is None and (folded[line_start:line_end].isspace() or line_start == line_end):
                in_block = False  # (a blank line ends a block of type 6)
            elif not in_block and (opened := HTML_BLOCK_LINE.match(folded, line_start, line_end)):
                in_block, closer = True, _block_end(opened)
            if closer is not None and closer.search(folded, line_start, line_end):
                closed = True
        if in_block:
            yield span
