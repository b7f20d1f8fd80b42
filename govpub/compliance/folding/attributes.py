"""What the attributes of the tags a page keeps are to a reader: text, an address, or nothing.

The fold drops the formatting tags (:mod:`.markup`) and keeps those that shape a page
(``<p>``, ``<section>``, ``<td>``, ``<img>``, ``<a>``…), attributes and all.  Of those
attributes a reader sees or hears a few — a tooltip (``title``), a picture's stand-in
(``alt``), the label read aloud (``aria-label``), a field's hint or a button's words —, and the
text rules read them in place; a link attribute holds an address, which the link rules judge
and the text rules pass over as any address; a WeChat card's ``data-miniprogram-*`` names the
mini-program it opens (:mod:`~govpub.compliance.share_codes` reads it).  Every other value — a
style, a class, a width, an id, a ``data-*`` note, a script — is shown to no reader: the text
the rules read has it blanked, name and value, one space a character (red team 90: ``<p
style="width:13812345678px;">`` blocked as a mobile and ``<section data-note="机密★10年">`` as a
marking, where on a ``<span>`` neither did).  The link scanner reads the tags whole
(:attr:`.Folded.tagged`): an address in any attribute is still a link.
"""

from __future__ import annotations

import re

__all__ = ["SHOWN_ATTRIBUTES", "blank_unshown", "in_shown_value"]

#: What a page shows or says of a tag besides its words: read as text where it stands.
SHOWN_ATTRIBUTES = frozenset(
    {"title", "alt", "aria-label", "aria-description", "placeholder", "value", "label"}
)
# What else the text rules still read: the link attributes' addresses (links/tags.py URL_ATTR)
# and the mini-program cards' attributes (share_codes.toml [mini_program]).
_READ = SHOWN_ATTRIBUTES | {"href", "src", "srcset", "data-src", "poster"}
_READ_PREFIX = "data-miniprogram-"

# A start tag with attributes (the text is folded: names in lower case), but the commonest,
# an anchor with its href alone, which has nothing to blank: one search in C at each "<".
_ATTRIBUTED_TAG = re.compile(
    r"<(?!a href=\"[^\"<>]*+\">)[a-z][a-z0-9-]{0,30}(?::[a-z0-9-]{1,30})?(?P<attrs>\s[^<>]*+)>"
)
# One attribute of a tag and its value, quoted or not (HTML's attribute name: anything but
# spaces, quotes, "/", "=" and the angles).
_ATTRIBUTE = re.compile(
    r"""(?<=[\s"'/])([^\s"'<>/=]++)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'=<>`]++))"""
)
# Where a tag may hold an attribute that is read: told in C, so that the commonest tags of an
# editor's page, <section style=…>, <p style=…>, are blanked whole with no attribute parsed
# (a name in a value, style="x title=y", takes the attribute by attribute way: as safe).
_NAMES = "|".join(sorted(_READ, key=lambda name: (-len(name), name)))
_READ_NAME = re.compile(rf"""[\s"'/](?:{_NAMES}|{_READ_PREFIX}[^\s"'<>/=]*+)\s*+=""")


def blank_unshown(folded: str) -> str:
    """``folded`` with the attributes of its tags that no reader sees blanked, names and values
    (same length, so offsets stay); ``folded`` itself when there are none."""
    if "=" not in folded:
        return folded
    pieces: list[str] = []
    done = 0
    for tag in _ATTRIBUTED_TAG.finditer(folded):
        start, end = tag.span("attrs")
        if _READ_NAME.search(folded, start, end) is None:
            pieces += (folded[done:start], " " * (end - start))  # (nothing in it read)
            done = end
            continue
        for attribute in _ATTRIBUTE.finditer(folded, start, end):
            name = attribute.group(1)
            if name in _READ or name.startswith(_READ_PREFIX):
                continue
            start, end = attribute.span()
            pieces += (folded[done:start], " " * (end - start))
            done = end
    if not pieces:
        return folded
    pieces.append(folded[done:])
    return "".join(pieces)


def in_shown_value(folded: str, opened: int, at: int) -> bool:
    """Whether offset ``at`` of ``folded`` lies in the value of a shown attribute
    (:data:`SHOWN_ATTRIBUTES`) of the tag that opens at ``opened``."""
    close = folded.find(">", at)
    for attribute in _ATTRIBUTE.finditer(folded, opened, len(folded) if close == -1 else close):
        start, end = attribute.span(attribute.lastindex or 0)
        if start <= at < end:
            return attribute.group(1) in SHOWN_ATTRIBUTES
        if start > at:
            break
    return False
