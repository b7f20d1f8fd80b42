"""Where an SVG or a MathML element ends, as a browser reads it (WHATWG tokenizer and tree builder).

In foreign content ``<![CDATA[…]]>`` is a CDATA section, shown as text, and elsewhere a bogus
comment to its first ">" that hides what it holds (:mod:`.markup`'s ``_RawText``).  So where
an ``<svg>`` ends decides whether ``手机…`` in the CDATA after it is shown.  The element ends
with the first end tag of its name that stands in none of its CDATA sections, comments, bogus
comments or tags' quoted values, and closes no element of its name opened inside it
(``<svg><svg></svg><![CDATA[…]]></svg>``: the outer svg is still open, review 61's A13); a
start tag that closes itself (``<svg/>``) is closed at once (review 61's B6).  The content
is read forward once; each item's end is found from its start.
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
            own = item.group("name").lower() == name
            if own and item.group("end") is not None:
                depth -= 1
                if depth == 0:
                    return item.start()
            at, closes = start_tag_end(text, item.end())
            if own and item.group("end") is None and not closes:
                depth += 1
        if at < 0:
            break
    return len(text)


def _after(found: int, size: int) -> int:
    """The offset after the ``size`` characters found at ``found`` (-1: not found)."""
    return -1 if found < 0 else found + size
