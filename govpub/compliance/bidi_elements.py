"""HTML elements a page shows reversed: ``<bdo dir="rtl">`` and CSS's bidi override.

A ``<bdo dir="rtl">`` element lays its content out right to left, character by character,
as U+202E … U+202C does (HTML: ``bdo`` is ``unicode-bidi: bidi-override``), and so does any
element whose inline style says ``unicode-bidi: bidi-override`` (or ``isolate-override``)
with ``direction: rtl`` (the style's own, or the element's ``dir="rtl"``).  So
``<bdo dir="rtl">料资部内</bdo>`` shows 内部资料 (red team 96).  ``dir="rtl"`` alone, or
``direction: rtl`` alone, reverses nothing a post holds: UAX #9 keeps ideographs and digits
in their order in a right-to-left paragraph; only an override reverses them.

:func:`override_elements` finds them: each element's end is its matching end tag, tags of
the same name inside counted (an element left open runs to the text's end); one markup in a
Markdown code span or block is printed as written and overrides nothing.  One pass over the
tags (the exact end of a start tag, read as HTML reads a quoted ``>``, only for the few that
may override).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from govpub.compliance.bidi_styles import StyleRules, declarations, style_rules
from govpub.compliance.folding.attributes import ATTRIBUTE, tag_end
from govpub.compliance.folding.markup import hidden_markup
from govpub.compliance.folding.verbatim import in_code
from govpub.compliance.regex_cache import regex

__all__ = [
    "BDO",
    "BODY_OVERRIDE",
    "CSS_OVERRIDE",
    "OverrideElement",
    "may_hold_override_element",
    "override_elements",
]

#: How each override is named in a finding's message (what an editor reads).
BDO = '<bdo dir="rtl"> 标签'
CSS_OVERRIDE = "CSS 样式 unicode-bidi 覆盖"
BODY_OVERRIDE = "页面 html/body 样式的 unicode-bidi 覆盖"

# (a field holding neither holds no override element: two searches in C, each from a literal —
# one expression of both, case folded whole, lost the literal's skip and tested every
# character: 110 µs against 14 µs on a benchmark post)
_BDO_HINT = regex(r"<(?i:bdo(?![a-z0-9-]))")
_OVERRIDE_HINT = regex(r"-(?i:override)")
_TAG = regex(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])")
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
_OVERRIDES = frozenset({"bidi-override", "isolate-override"})
_TAG_REACH = 1000  # how far a start tag's ">" is looked for


class OverrideElement(NamedTuple):
    """An element that shows its content reversed: ``[start, end)`` is the element with its
    tags, ``[content_start, content_end)`` its content; ``how`` names it for a message."""

    start: int
    content_start: int
    content_end: int
    end: int
    how: str


def _override(
    name: str, attributes: str, inherited: str, sheet: StyleRules | None
) -> tuple[str, str | None]:
    """The direction the start tag ``<name attributes>`` sets ("": none; ``inherited``, its
    parent's, where it sets none: review 62's L5) and how it reverses its content, ``None``
    if it does not; its inline style over the rules of ``sheet`` that match it (fix98c)."""
    values: dict[str, str] = {}
    for attribute in ATTRIBUTE.finditer(attributes):
        value = attribute.group("v1") or attribute.group("v2") or attribute.group("v3") or ""
        values.setdefault(attribute.group("name").lower(), value)
    style = declarations(values.get("style", ""))
    if sheet is not None:
        style = {**sheet.values(name, values.get("class", ""), values.get("id", "")), **style}
    return _styled(name, style, values.get("dir", ""), inherited)


def _styled(name: str, style: dict[str, str], dir_: str, inherited: str) -> tuple[str, str | None]:
    """:func:`_override` of an element of ``name`` whose declarations are ``style`` and whose
    ``dir`` attribute is ``dir_``."""
    own = style.get("direction") or dir_.strip().lower()
    if (own or inherited) != "rtl":
        return own, None
    if name == "bdo" and style.get("unicode-bidi", "bidi-override") in _OVERRIDES:
        return own, BDO
    return own, CSS_OVERRIDE if style.get("unicode-bidi") in _OVERRIDES else None


def may_hold_override_element(text: str) -> bool:
    """Whether ``text`` may hold an override element: a ``<bdo`` or a ``-override`` in it
    (a quick test, two searches in C)."""
    return "<" in text and (
        _BDO_HINT.search(text) is not None or _OVERRIDE_HINT.search(text) is not None
    )


_Open = list[tuple[tuple[int, int, str] | None, int]]


def _closed(
    text: str, tag: re.Match[str], stack: _Open | None, directions: list[str]
) -> OverrideElement | None:
    """The end tag ``tag`` closes the latest open element of its name (of ``stack``): the
    direction it set goes from ``directions``; the override element it ends, if one."""
    if not stack:
        return None
    element, placed = stack.pop()
    if placed >= 0:
        directions[placed] = ""
        while directions and not directions[-1]:
            directions.pop()
    if element is None:
        return None
    close = text.find(">", tag.end(), tag.end() + _TAG_REACH)
    end = tag.end() if close < 0 else close + 1
    return OverrideElement(element[0], element[1], tag.start(), end, element[2])


def _opened(
    text: str, tag: re.Match[str], directions: list[str], sheet: StyleRules | None
) -> tuple[tuple[int, int, str] | None, int]:
    """The start tag ``tag`` (one that may set a direction or an override): the override it
    opens, ``(start, content start, how)`` or None, and where the direction it sets goes in
    ``directions`` (-1: none)."""
    attributes = tag_end(text, tag.end())
    if attributes is None:
        return None, -1
    inherited = directions[-1] if directions else ""
    own, how = _override(tag.group(2).lower(), attributes.group()[:-1], inherited, sheet)
    element = (tag.start(), attributes.end(), how) if how else None
    if not own:
        return element, -1
    directions.append(own)
    return element, len(directions) - 1


def _root(sheet: StyleRules | None) -> tuple[str, bool]:
    """The direction the rules of ``sheet`` give the page's ``<html>`` and ``<body>``, which a
    post does not write (``html``, ``body``, ``*``), and whether the body shows its content
    reversed.  The direction is bare text's and every element's where it sets none
    (``<style>html{direction:rtl}</style><span style="unicode-bidi:bidi-override">…``
    reverses the span).  The body reverses with ``direction: rtl`` and a bidi override, its
    own or ``<html>``'s where it sets none: CSS inherits no ``unicode-bidi``, and ``html``'s
    override strictly reaches only its own inline content (none: the body is a block), but
    an override element's run is read with its nested blocks too, so is the root's (the
    blocking side); a body's own later ``direction: ltr`` or ``unicode-bidi: normal``
    undoes it (review 65's L11)."""
    if sheet is None:
        return "", False
    html = sheet.values("html", "", "")
    body = sheet.values("body", "", "")
    direction = _styled("html", html, "", "")[0]
    if "unicode-bidi" not in body and "unicode-bidi" in html:
        body = {**body, "unicode-bidi": html["unicode-bidi"]}
    own, how = _styled("body", body, "", direction)
    return own or direction, how is not None


def override_elements(text: str) -> list[OverrideElement]:
    """The elements of ``text`` that show their content reversed, in the order they start
    (nested ones too: the caller keeps the outermost); the page's implied body alone when
    the sheet reverses it (:data:`BODY_OVERRIDE`), which holds every other."""
    if not may_hold_override_element(text):
        return []
    found: list[OverrideElement] = []
    # a name's open elements: each an override's (start, content start, how) or None, and
    # where the direction it sets stands in ``directions`` (-1: none)
    open_: dict[str, _Open] = {}
    directions: list[str] = []  # the directions open elements set, in order ("": closed)
    sheet = style_rules(text)
    root, reversed_body = _root(sheet)
    if reversed_body:  # (the body holds every other: the page shows all its text reversed)
        body = _root_element(text)
        return [] if body is None else [body]
    if root:
        directions.append(root)
    for tag in _TAG.finditer(text):
        name = tag.group(2).lower()
        if tag.group(1):  # an end tag: closes the latest open element of its name
            if (closed := _closed(text, tag, open_.get(name), directions)) is not None:
                found.append(closed)
            continue
        if name in _VOID:
            continue
        plain_end = text.find(">", tag.end(), tag.end() + _TAG_REACH)
        if plain_end < 0:
            continue  # (no tag: each "<" looks so far at most, or "<a<a<a…" were quadratic)
        written = text[tag.end() : plain_end].lower()
        if (
            name == "bdo"
            or "override" in written
            or "rtl" in written
            or "ltr" in written
            or (sheet is not None and sheet.may_match(name, written))
        ):
            open_.setdefault(name, []).append(_opened(text, tag, directions, sheet))
        elif text[plain_end - 1] != "/":  # (a self-closed tag opens nothing)
            open_.setdefault(name, []).append((None, -1))
    for stack in open_.values():  # (left open: to the text's end)
        found += [
            OverrideElement(e[0], e[1], len(text), len(text), e[2])
            for e, _ in stack
            if e is not None
        ]
    if not found:
        return []
    printed = in_code(text, sorted(e.start for e in found))
    return sorted((e for e in found if e.start not in printed), key=lambda e: e.start)


def _root_element(text: str) -> OverrideElement | None:
    """The page's implied body, which :func:`_root` finds reversing, as an override element:
    all of ``text`` from its first shown character, where a finding points (the ``<style>``
    elements and comments before it show nothing: the fold's hidden markup, read once);
    None when the text shows nothing."""
    start = 0
    for span_start, span_end in hidden_markup(text):
        if text[start:span_start].strip():
            break
        start = span_end
    start = len(text) - len(text[start:].lstrip())
    if start == len(text):
        return None
    return OverrideElement(start, start, len(text), len(text), BODY_OVERRIDE)
