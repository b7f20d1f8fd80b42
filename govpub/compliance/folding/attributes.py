"""What the attributes of the tags a page keeps are to a reader: published text, or layout.

The fold drops the formatting tags (:mod:`.markup`) and keeps those that shape a page
(``<p>``, ``<section>``, ``<td>``, ``<img>``, ``<a>``…), attributes and all.  An attribute's
value ships in the page's source, which scrapers, search engines, reader modes and copy
buttons read, and which tooltip libraries show (``data-tip``, ``data-title``); a
``data-clipboard-text`` puts its 淘口令 on the reader's clipboard: published content, read as
text where it stands (review 51a).  Only layout is no content — a style, a class, a size, an
alignment, a colour, a cell's span, and the WeChat editors' picture geometry (``data-ratio``,
``data-w``, ``data-cropx1``…): the text the rules read has those blanked, name and value, one
space a character (red team 90: ``<p style="width:13812345678px;">`` blocked as a mobile).
The link scanner reads the tags whole (:attr:`.Folded.tagged`).
"""

from __future__ import annotations

import re

__all__ = [
    "ATTRIBUTES_TO_END",
    "LAYOUT_ATTRIBUTES",
    "SHOWN_ATTRIBUTES",
    "TOOLTIP_ATTRIBUTES",
    "blank_layout",
    "in_shown_value",
]

#: A tag's tooltip: ``title``, and the attributes the tooltip libraries show as one (bootstrap's
#: ``data-original-title``, tippy's and CSS ``attr()``'s ``data-tooltip``, ``data-tip``,
#: ``data-title``), read as a title is (review 51a's F4).
TOOLTIP_ATTRIBUTES = ("title", "data-tooltip", "data-title", "data-tip", "data-original-title")
#: What a page shows or says of a tag besides its words: its character references shown.
SHOWN_ATTRIBUTES = frozenset(
    {*TOOLTIP_ATTRIBUTES, "alt", "aria-label", "aria-description", "placeholder", "value", "label"}
)
#: What shapes a tag on the page and says nothing: blanked for the text rules.
LAYOUT_ATTRIBUTES = frozenset(
    {
        *("style", "class", "width", "height", "align", "valign", "border", "bgcolor"),
        *("color", "face", "size", "cellpadding", "cellspacing", "colspan", "rowspan"),
        *("hspace", "vspace", "frameborder", "dir", "lang", "tabindex"),
        # the picture geometry WeChat's editor, 135编辑器 and 秀米 write: numbers
        *("data-ratio", "data-w", "data-s", "data-backh", "data-backw"),
        *("data-cropx1", "data-cropx2", "data-cropy1", "data-cropy2", "data-cropselx1"),
        *("data-cropselx2", "data-cropsely1", "data-cropsely2"),
    }
)

#: A start tag's attributes up to the ">" that ends it, read as HTML reads them: a quoted
#: value may hold a ">" (``<p style="a>b" title="…">``: review 51a's F6), an unquoted one ends
#: at a space or a ">".  No "<" (a value holding one is left to the first ">", as before), and
#: possessive throughout: one pass, which ends at the next "<" at the latest.
ATTRIBUTES_TO_END = r"""(?:[^<>=]++|=\s*+(?:"[^"<]*+"|'[^'<]*+'|))*+>"""
# A start tag with attributes (the text is folded: names in lower case), but the commonest,
# an anchor with its href alone, which has nothing to blank: one search in C at each "<".
_ATTRIBUTED_TAG = re.compile(
    r"<(?!a href=\"[^\"<>]*+\">)[a-z][a-z0-9-]{0,30}(?::[a-z0-9-]{1,30})?"
    rf"(?P<attrs>\s{ATTRIBUTES_TO_END[:-1]})>"
)
# One attribute of a tag and its value, quoted or not (HTML's attribute name: anything but
# spaces, quotes, "/", "=" and the angles).
_VALUE = r"""\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'=<>`]++))"""
_ATTRIBUTE = re.compile(rf"""(?<=[\s"'/])([^\s"'<>/=]++){_VALUE}""")
# A tag whose attributes are all layout, told in C, so that the commonest tags of an editor's
# page, <section style=…>, <p style=…>, are blanked whole with no attribute parsed.
_NAMES = "|".join(sorted(LAYOUT_ATTRIBUTES, key=lambda name: (-len(name), name)))
_LAYOUT_ONLY = re.compile(
    rf"""(?:\s++(?:{_NAMES})\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))++\s*+/?"""
)


def blank_layout(folded: str) -> str:
    """``folded`` with the layout attributes of its tags blanked, names and values (same
    length, so offsets stay); ``folded`` itself when there are none."""
    if "=" not in folded:
        return folded
    pieces: list[str] = []
    done = 0
    for tag in _ATTRIBUTED_TAG.finditer(folded):
        start, end = tag.span("attrs")
        if _LAYOUT_ONLY.fullmatch(folded, start, end):
            pieces += (folded[done:start], " " * (end - start))
            done = end
            continue
        for attribute in _ATTRIBUTE.finditer(folded, start, end):
            if attribute.group(1) in LAYOUT_ATTRIBUTES:
                start, end = attribute.span()
                pieces += (folded[done:start], " " * (end - start))
                done = end
    if not pieces:
        return folded
    pieces.append(folded[done:])
    return "".join(pieces)


_TAG_END = re.compile(ATTRIBUTES_TO_END)


def in_shown_value(folded: str, opened: int, at: int) -> bool:
    """Whether offset ``at`` of ``folded`` lies in the value of a shown attribute
    (:data:`SHOWN_ATTRIBUTES`) of the tag that opens at ``opened``."""
    tag = _TAG_END.match(folded, opened + 1)
    close = folded.find(">", at) if tag is None else tag.end() - 1
    for attribute in _ATTRIBUTE.finditer(folded, opened, len(folded) if close == -1 else close):
        start, end = attribute.span(attribute.lastindex or 0)
        if start <= at < end:
            return attribute.group(1) in SHOWN_ATTRIBUTES
        if start > at:
            break
    return False
