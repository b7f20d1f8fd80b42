"""Where an SVG or a MathML element ends, as a browser reads it (WHATWG tokenizer and tree builder).

In foreign content ``<![CDATA[…]]>`` is a CDATA section, shown as text, and elsewhere a bogus
comment to its first ">" that hides what it holds (:mod:`.markup`'s ``_RawText``).  So where
an ``<svg>`` ends decides whether ``手机…`` in the CDATA after it is shown.  The element ends
with the first end tag of its name that stands in none of its CDATA sections, comments, bogus
comments or tags' quoted values, and closes no element of its name opened inside it
(``<svg><svg></svg><![CDATA[…]]></svg>``: the outer svg is still open, review 61's A13); a
start tag that closes itself (``<svg/>``) is closed at once (review 61's B6).  It ends too
where an HTML start tag breaks out of foreign content (WHATWG 13.2.6.5, "in foreign content":
``<div>``, ``<p>``, ``<img>``, ``<font size=3>``…, and the end tags ``</br>`` and ``</p>``):
the tag is an HTML element, and what follows is HTML again (``<svg><style><div>身份证号…``
is shown: review 62's L3) — but not inside an HTML integration point (``<foreignObject>``,
``<desc>``, ``<title>``, MathML's ``<mi>``…, ``<annotation-xml>``), whose content is read as
HTML already and leaves the foreign element open.  The content is read forward once; each
item's end is found from its start.
"""

from __future__ import annotations

import re

from govpub.compliance.folding.attributes import ATTRIBUTE, tag_end
from govpub.compliance.regex_cache import regex

__all__ = ["foreign_end", "start_tag_end"]

# What a foreign element's content holds that may hold its end tag: a CDATA section (in the
# folded text "<![cdata[", whatever its case as written: read to "]]>", the later end of a
# bogus comment as written, the safe side — the element reaches further), a comment, a bogus
# comment ("<?", "<!x", "</" then no letter: to the first ">"), a tag and its name.
_ITEM = regex(
    r"<(?:(?P<cdata>!\[cdata\[)|(?P<comment>!--)|(?P<bogus>[!?]|/(?![a-z]))"
    r"|(?P<end>/)?(?P<name>[a-z][^\s/>]*+))",
    re.IGNORECASE,
)
_COMMENT_END = regex(r"--!?>")
# The start tags that break out of foreign content, and the end tags (WHATWG 13.2.6.5); a
# <font> does so only with a color, face or size attribute (``_FONT_BREAKS``).
_BREAKOUT_NAMES = frozenset(
    {
        *("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt"),
        *("em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li"),
        *("listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span"),
        *("strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var"),
    }
)
_BREAKOUT_END_NAMES = frozenset({"br", "p"})
# The HTML integration points of SVG and MathML (MathML's text integration points and
# <annotation-xml> with any encoding: the foreign element is kept open, the safe side).
_INTEGRATION_NAMES = frozenset(
    {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"}
)
# One attribute of a start tag, its value (if any) read whole, so that a name is sought only
# where one stands: ``<font size>`` has one, ``<font title="size=3">`` none.
_ATTRIBUTE_NAME = regex(
    r"""(?P<name>[^\s"'<>/=][^\s"'>/=]*+)(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?"""
)
_FONT_BREAKS = frozenset({"color", "face", "size"})
_EMPTY_COMMENT = regex(r"-?>")  # ("<!-->" and "<!--->", whole comments)


def start_tag_end(text: str, name_end: int) -> tuple[int, bool]:
    """Where the tag whose name ends at ``name_end`` of ``text`` ends (after its ">", -1 if
    none does: the tag runs to the text's end), and whether it closes itself: a "/" right
    before its ">" that is no unquoted value's last character (``<svg/>``, ``<svg a="b"/>``;
    not ``<svg a=/>``)."""
    tag = tag_end(text, name_end)
    if tag is not None:
        end = tag.end()
    else:  # (a "<" where no value holds it: the first ">", as the tokenizer reads names)
        end = text.find(">", name_end) + 1
        if end == 0:
            return -1, False
    if end - 2 < name_end or text[end - 2] != "/":
        return end, False
    attributes = list(ATTRIBUTE.finditer(text, name_end, end - 1))
    last = attributes[-1] if attributes else None
    unquoted = last is not None and last.group("v3") is not None and last.end() == end - 1
    return end, not unquoted


def foreign_end(text: str, name: str, start: int) -> int:
    """Where the foreign element ``name`` ("svg", "math"; lower case), whose start tag ends at
    ``start`` of ``text``, ends: its end tag's "<", or the text's end (none)."""
    depth = 1
    integration = 0  # the integration points open (their content is HTML: no breakout)
    at = start
    while (item := _ITEM.search(text, at)) is not None:
        if item.group("cdata") is not None:
            at = _after(text.find("]]>", item.end()), 3)
        elif item.group("comment") is not None:
            empty = _EMPTY_COMMENT.match(text, item.end())
            closed = empty or _COMMENT_END.search(text, item.end())
            at = -1 if closed is None else closed.end()
        elif item.group("bogus") is not None:
            at = _after(text.find(">", item.end()), 1)
        else:
            tag = item.group("name").lower()
            ending = item.group("end") is not None
            if tag == name and ending:
                depth -= 1
                if depth == 0:
                    return item.start()
            at, closes = start_tag_end(text, item.end())
            if at >= 0 and not integration and _breaks_out(text, item, tag, at):
                return item.start()  # (a tag no ">" ends is never read: it breaks nothing)
            if tag in _INTEGRATION_NAMES and (ending or not closes):
                integration = max(0, integration - 1) if ending else integration + 1
            if tag == name and not ending and not closes:
                depth += 1
        if at < 0:
            break
    return len(text)


def _breaks_out(text: str, item: re.Match[str], tag: str, end: int) -> bool:
    """Whether the tag ``item`` found (its name ``tag``, lower case; its ">" right before
    ``end``) breaks out of foreign content: an end tag ``</br>`` or ``</p>``, or a start tag
    of ``_BREAKOUT_NAMES``, or a <font> with a color, face or size attribute."""
    if item.group("end") is not None:
        return tag in _BREAKOUT_END_NAMES
    if tag != "font":
        return tag in _BREAKOUT_NAMES
    attributes = _ATTRIBUTE_NAME.finditer(text, item.end(), end - 1)
    return any(attribute.group("name").lower() in _FONT_BREAKS for attribute in attributes)


def _after(found: int, size: int) -> int:
    """The offset after the ``size`` characters found at ``found`` (-1: not found)."""
    return -1 if found < 0 else found + size
