"""One text field while ``check()`` reads it: its folded text, its links, its masks.

Every reader of a field's findings (:mod:`.link_findings`, :mod:`.personal_findings`,
:mod:`.wording_findings`…) takes a :class:`FieldView`.  It answers the questions they
all ask, in offsets of the folded text: is this span in a link's address
(:meth:`~FieldView.in_url`, by bisection over the addresses, never a pass over them),
where was it written (:meth:`~FieldView.span`), how does a finding show it
(:meth:`~FieldView.place`: an excerpt with the personal data masked).  It is apart
from :mod:`.check`, which builds one per field, so that the readers can take it
without importing the driver that calls them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from govpub.compliance._text import Folded, excerpt, fold
from govpub.compliance.fields import TextField
from govpub.compliance.folding import FORMATTING_TAGS
from govpub.compliance.links import LinkSpan, host_span
from govpub.compliance.regex_cache import regex

__all__ = ["Cells", "FieldView"]

_BLANK = "\x00"  # stands for a link address's characters in FieldView.prose()
_DIGIT = regex(r"\d")  # (any script's: full-width digits too)
_RAW = attrgetter("raw")
# An address whose host is letters, dots and hyphens alone (``https://www.gov.cn/…``,
# ``t.cn/x``): most are, and no number stands in them — one C-level match of each link that
# never backtracks before any host is looked for (:func:`.host_span`)
_LETTERS_HOST = regex(r"[a-zA-Z:]*+(?://)?+[a-zA-Z.\-]*+(?=[/\\?#]|\Z)")
# What stands before a link's host in its address: a scheme and its slashes, or "//"
_SCHEME_HEAD = regex(r"(?:[a-z][a-z0-9+.\-]*:)?[/\\]{0,2}")


def _in_formatting_tag(span: LinkSpan) -> bool:
    """Whether a link's address stands in a formatting tag's attributes (``<span
    data-href=…>``), which the fold drops: no folded text lies in it, so no word or number
    read across the dropped tag (``内部<font data-url=…>资</font>料``) is inside an address."""
    return span.kind == "html" and span.tag in FORMATTING_TAGS


# A Markdown (GFM) table's row: a line that starts with a pipe; its cells lie between the pipes
# that no backslash escapes (``\\|`` is a pipe inside a cell)
_ROW_START = regex(r"^[ \t]*\|", re.MULTILINE)
_CELL_BAR = regex(r"(?<!\\)\|")
_DELIMITER_CELL = regex(r"[ \t]*:?-+:?[ \t]*")
# What the cells' text opens with: a line that is no cell, so that no cell stands at the head of
# a text (a 工作秘密 heading a text is a header; heading a table's column it is a column's name)
_CELLS_HEAD = "|\n\n"


@dataclass(frozen=True, slots=True)
class Cells:
    """The cells of a field's GFM table rows, each a line of its own, folded.

    A page shows a table's cell as a line of its own, as it shows an HTML ``<td>``; read
    in its row, a cell runs into the next (``| 通知 | 机★密 |``: the fold joins 知 and 机
    across the bar, ``| 主动公开：否 | 无 |`` reads 否无).  ``folded`` is the cells' text,
    one cell a paragraph; :meth:`spans` takes spans of it to the field's folded offsets.
    """

    folded: Folded
    starts: tuple[int, ...]  # where each cell starts in the cells' text (before the fold)
    origins: tuple[int, ...]  # where each cell starts in the field as written
    field: Folded  # the field's own folded text

    def spans(self, found: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of the cells' folded text → the same characters' spans in the field's folded
        text (one walk of the field's map for them all: a bisection each is no inverse)."""
        written = [
            (
                self._written(self.folded.original(start)),
                self._written(self.folded.original(end - 1)),
            )
            for start, end in found
            if start < end
        ]
        ends = sorted({at for span in written for at in span})
        folded = dict(zip(ends, self.field.folded_indexes(ends), strict=True))
        return [(folded[first], folded[last] + 1) for first, last in written]

    def _written(self, at: int) -> int:
        cell = bisect.bisect_right(self.starts, at) - 1
        return self.origins[cell] + at - self.starts[cell]


def _table_cells(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """The non-empty cells of the GFM table rows in ``text``: their text one a paragraph (after
    :data:`_CELLS_HEAD`; a blank line between, or the fold would join two cells of one
    character each, 否⏎无, as letter-spaced), where each starts in it and in ``text``;
    ``None`` without a row."""
    pieces: list[str] = [_CELLS_HEAD]
    starts: list[int] = []
    origins: list[int] = []
    length = len(_CELLS_HEAD)
    for row in _ROW_START.finditer(text):
        line_end = text.find("\n", row.end())
        line_end = len(text) if line_end == -1 else line_end
        cell_start = row.end()
        # (each bar ends a cell; what follows the last one, when a row leaves it open, too)
        ends = [bar.start() for bar in _CELL_BAR.finditer(text, cell_start, line_end)]
        for cell_end in (*ends, line_end):
            cell = text[cell_start:cell_end]
            if cell.strip() and _DELIMITER_CELL.fullmatch(cell) is None:
                starts.append(length)
                origins.append(cell_start)
                pieces += (cell, "\n\n")
                length += len(cell) + 2
            cell_start = cell_end + 1
    return ("".join(pieces), tuple(starts), tuple(origins)) if starts else None


@dataclass
class FieldView:
    """One text field while it is checked: folded text, links, masks, offset mapping."""

    spec: TextField
    folded: Folded
    links: list[LinkSpan]
    masks: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        links = self.links
        if not self.folded.identity:  # (a formatting tag went: its address is in no folded span)
            links = [s for s in links if not _in_formatting_tag(s)]
        self._by_start = sorted(links, key=lambda s: (s.url_start, s.url_end))
        self._starts = [s.url_start for s in self._by_start]
        self._ends = [s.url_end for s in self._by_start]
        self._identity = self.folded.identity
        self._cells: list[Cells | None] = []
        self._page_ids: tuple[list[int], list[int]] | None = None

    def cells(self) -> Cells | None:
        """The cells of the field's GFM table rows, each a line of its own (:class:`Cells`),
        or ``None``: a field without a pipe at a line's start (most) has none.  Made once."""
        if not self._cells:
            text = self.spec.text
            found = None
            if "|" in text and not self.spec.filename and _ROW_START.search(text) is not None:
                found = _table_cells(text)
            self._cells.append(
                None if found is None else Cells(fold(found[0]), found[1], found[2], self.folded)
            )
        return self._cells[0]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded offsets → offsets in the field as written."""
        if self._identity:
            return start, end
        return self.folded.original(start), self.folded.original(end - 1) + 1

    def in_url(self, start: int, end: int) -> bool:
        """Whether a folded span overlaps a link's address (links are judged by link rules)."""
        return self._overlaps(self._starts, self._ends, start, end)

    def in_page_id(self, start: int, end: int) -> bool:
        """Whether a folded span overlaps a link's address outside a host with digits: where a
        page's id stands, not a person's number (:meth:`page_ids`)."""
        return self._overlaps(*self.page_ids(), start, end)

    def _overlaps(self, starts: list[int], ends: list[int], start: int, end: int) -> bool:
        if not starts:
            return False
        if not self._identity:
            start, end = self.span(start, end)
        # address ranges do not overlap: only the last one starting before end can
        at = bisect.bisect_left(starts, end) - 1
        return at >= 0 and start < ends[at]

    def page_ids(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the link addresses as personal data is read around them:
        each address, with a host that holds a digit cut out (fix 127).

        A page's id stands in a path or a query (``/13812345678.htm``, ``?id=…``: no person's
        number), never in a host — a host of digits is no site anyone registers
        (``http://13938513134.com``), and a number that ends a sentence before a word a
        top-level domain is named for (``13938513134。ID号``, read as a bare host) is prose.
        Made once."""
        if self._page_ids is None:
            if all(map(_LETTERS_HOST.match, map(_RAW, self._by_start))):
                self._page_ids = self._starts, self._ends  # (most posts: no host of digits)
                return self._page_ids
            starts: list[int] = []
            ends: list[int] = []
            raws = map(_RAW, self._by_start)
            for start, end, raw in zip(self._starts, self._ends, raws, strict=True):
                host = host_span(raw) if _LETTERS_HOST.match(raw) is None else None
                if host is None or _DIGIT.search(raw, *host) is None:
                    starts.append(start)
                    ends.append(end)
                    continue
                for piece_start, piece_end in ((start, start + host[0]), (start + host[1], end)):
                    if piece_start < piece_end:  # (none empty: an empty one would overlap all)
                        starts.append(piece_start)
                        ends.append(piece_end)
            self._page_ids = starts, ends
        return self._page_ids

    def within_url(self, start: int, end: int) -> bool:
        """Whether a folded span lies wholly inside one link's address."""
        if not self._starts:
            return False
        if not self._identity:
            start, end = self.span(start, end)
        at = bisect.bisect_right(self._starts, start) - 1
        return at >= 0 and end <= self._ends[at]

    def host_link(self, start: int) -> LinkSpan | None:
        """The link whose host starts at a folded offset inside its address: only a scheme
        and its slashes stand before it (``https://t·cn/x``: a host spelled with a middle
        dot, which no browser opens as ``t.cn``; red team 35)."""
        if not self._identity:
            start = self.folded.original(start)
        at = bisect.bisect_right(self._starts, start) - 1
        if at < 0:
            return None
        head = unicodedata.normalize("NFKC", self.spec.text[self._starts[at] : start]).lower()
        return self._by_start[at] if _SCHEME_HEAD.fullmatch(head) else None

    def prose(self) -> str | None:
        """The folded text with every page id of a link address blanked out (same length:
        :meth:`page_ids`), or ``None``.

        Detectors that skip what lies in addresses (a page id is no phone number)
        scan this instead of asking :meth:`in_page_id` about every match: the regex
        engine passes over the blanks at C speed.  Where the fold removed characters
        (tags, entities, emphasis: most posts from an editor), each address is blanked where
        its characters went: a folded offset is in a page id when the character it came from
        is.  Either way an address is a word of its own to the readers around it: a number
        glued to one ends where the address starts (``33010619621123573Xhttps://…`` is an ID
        number whatever else the field holds; review 74).
        """
        text = self.folded.text
        if not self._starts:
            return text
        starts, ends = self.page_ids()
        if not self._identity:  # (the addresses' spans in folded offsets: what maps into them)
            starts = self.folded.folded_indexes(starts)
            ends = self.folded.folded_indexes(ends)
        pieces: list[str] = []
        append = pieces.append
        position = 0
        for url_start, end in zip(starts, ends, strict=True):
            start = url_start if url_start > position else position
            if end <= start:
                continue
            append(text[position:start])
            append(_BLANK * (end - start))
            position = end
        append(text[position:])
        return "".join(pieces)

    def plain_links(self) -> bool:
        """Whether every link address is ASCII: :meth:`prose` then blanks out no Chinese numeral
        (see :func:`~govpub.compliance.personal.find_personal_data`)."""
        return all(span.raw.isascii() for span in self.links)

    def written(self, start: int, end: int) -> str:
        """A folded span as the editor wrote it."""
        o_start, o_end = self.span(start, end)
        return self.spec.text[o_start:o_end]

    def place(self, start: int, end: int) -> tuple[int, int, str]:
        """Original start, end and the masked excerpt of a folded span."""
        o_start, o_end = self.span(start, end)
        return o_start, o_end, excerpt(self.spec.text, o_start, o_end, self.masks)
