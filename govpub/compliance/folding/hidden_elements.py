"""Elements a page does not show at all, content and all: hidden by their own attribute or style.

``<span style="display:none">``, ``<span hidden>``, font-size or opacity 0, visibility hidden,
colour transparent, an inline-block of width 0 hiding its overflow, a box clipped to nothing,
a ``<template>``, an element a ``<style>`` rule of the text hides — and, for what a reader
copies of an address, the struck ``<del>``, ``<s>``, ``<strike>``.  One reader of hiding
(:func:`unshown_elements`) serves the fold's neighbours: the link scanner's
:func:`drop_hidden` (what a reader sees of an address) and the reversed-text reader
(a reversal only in a hidden element shows nothing).  An element hides by the declarations
of its style that take effect (:mod:`~.declarations`), not by the words its values hold.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import NamedTuple

from govpub.compliance.bidi_styles import StyleRules, screen_only, style_rules
from govpub.compliance.folding.attributes import ATTRIBUTE, attribute_value
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.folding.element_tags import TAG_BODY, element_tags
from govpub.compliance.folding.markup import drop_formatting
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = [
    "HidingSheet",
    "clear_colour",
    "declared_at",
    "drop_hidden",
    "hiding_sheet",
    "may_hide",
    "shown_again_by",
    "unshown_elements",
    "zero_length",
]


# An element the page does not show, or shows struck through: <span style="display:none">,
# <span hidden>, font-size 0, visibility hidden, opacity 0, colour transparent, an
# inline-block of width 0 hiding its overflow; <del>, <s>, <strike>.  An address written
# across one, "https://t.cn<span style="display:none">.gov.cn</span>/x", is read by
# drop_formatting as t.cn.gov.cn/x, but the reader sees (and copies) t.cn/x (review of red
# teams 51–54).  Zero however written, "0", ".0", "0.0px", "0!important"; tags of other
# names inside ("<del><i>.gov.cn</i></del>"; review of fix51).
_UNITS = r"(?:px|pt|em|rem|%|vw|vh|vmin|vmax|ex|ch)"
_ZERO = rf"(?:0+(?:\.0*)?|\.0+){_UNITS}?\s*(?:!\s*important\s*)?(?=[;\"'>])"
# (what hides an element in its style: display none, visibility hidden, …)
# (a CSS comment reads as nothing there: display:/**/none hides, as _declared reads it)
_CSS_GAP = r"(?:\s|/\*[^<>]{0,50}?\*/)*"
_HIDING_STYLE = (
    rf"display{_CSS_GAP}:{_CSS_GAP}none|visibility{_CSS_GAP}:{_CSS_GAP}hidden"
    rf"|(?:font-size|opacity)\s*:\s*{_ZERO}|(?<![\w-])color\s*:\s*transparent"
    rf"|(?<![\w-])(?:max-)?width\s*:\s*{_ZERO}[^<>]{{0,300}}?overflow\s*:\s*hidden"
    rf"|overflow\s*:\s*hidden[^<>]{{0,300}}?(?<![\w-])(?:max-)?width\s*:\s*{_ZERO}"
    # (review 73's L5: collapsed, scaled to nothing, a height of 0 hiding its overflow, a
    # transparent colour written rgba/hsla, moved off the screen)
    rf"|visibility\s*:\s*collapse|transform\s*:\s*scale"
    rf"|(?<![\w-])(?:max-)?height\s*:\s*{_ZERO}[^<>]{{0,300}}?overflow\s*:\s*hidden"
    rf"|overflow\s*:\s*hidden[^<>]{{0,300}}?(?<![\w-])(?:max-)?height\s*:\s*{_ZERO}"
    rf"|(?<![\w-])color\s*:\s*(?:(?:rgb|hsl)a?\(|(?:hwb|lab|lch|oklab|oklch|color)\(|#)"
    rf"|(?:left|top|text-indent)\s*:\s*-\s*[0-9]{{3,}}"
    # (fix106c: a colour of alpha 0 written #rrggbbaa, #rgba or rgb(… / 0), glyphs filled with
    # nothing, content skipped: review 77's L6, L7)
    rf"|text-fill-color\s*:|content-visibility\s*:\s*hidden"
    # (fix104a: clipped to nothing; a character reference in a style, read decoded by _hides)
    rf"|clip\s*:\s*rect\(|clip-path\s*:|&(?:#|colon;)"
    # (a CSS escape, read unescaped by .declarations: display:n\one — review 77's L7)
    r"|\\"
)
# (a <template>'s content is never rendered: fix104a, review 73's L8)
_HIDDEN_OPEN = (
    r"<(?P<struck>del|s|strike)(?=[\s>])[^<>]{0,300}>"
    r"|<(?P<tag>template(?=[\s/>])|[a-z][a-z0-9-]{0,30}(?=[\s>])"
    rf"(?=[^<>]{{0,300}}?(?:(?<=[\s\"'])hidden(?=[\s=/>])|{_HIDING_STYLE})))"
    r"[^<>]{0,300}>"
)
_HIDDEN_START = LazyPattern(_HIDDEN_OPEN, re.IGNORECASE)
# What every element that hides holds, in any case: "hidden" (the attribute, visibility or
# overflow hidden) or a style attribute (display none, font-size, opacity, colour, width).
# Each looked for from a literal first character, in both cases, with the rest case folded:
# four searches in C, ≈ 15 µs each on a benchmark post, where one expression case folded
# whole tests every character (≈ 1 ms) and :func:`unshown_elements` reads every tag (0.35 ms).
_HIDDEN_HINT, _HIDDEN_UPPER_HINT = regex("d(?i:den)"), regex("D(?i:den)")  # (hi-dden)
_STYLE_HINT, _STYLE_UPPER_HINT = regex("y(?i:le)"), regex("Y(?i:le)")  # (st-yle)
_TEMPLATE_HINT, _TEMPLATE_UPPER_HINT = regex("p(?i:late)"), regex("P(?i:late)")  # (tem-plate)


def may_hide(text: str) -> bool:
    """Whether ``text`` may hold an element the page does not show (:func:`unshown_elements`):
    a tag and a "hidden", a "style" or a "template" in it, any case (a quick test; most fields
    hold none)."""
    return "<" in text and (
        _HIDDEN_HINT.search(text) is not None
        or _HIDDEN_UPPER_HINT.search(text) is not None
        or _STYLE_HINT.search(text) is not None
        or _STYLE_UPPER_HINT.search(text) is not None
        or _TEMPLATE_HINT.search(text) is not None
        or _TEMPLATE_UPPER_HINT.search(text) is not None
    )


def unshown_elements(text: str, *, struck: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text``'s elements a page does not show at all, content and all: by
    their own ``hidden`` attribute or a style that hides them, written as such or by a rule
    of a ``<style>`` in the text (:func:`_hidden_by_sheet`), and a ``<template>`` — not a
    struck one (``<del>`` is shown, a line through it) unless ``struck`` asks for those too,
    nor one whose only "hidden" or ``display:none`` stands in another attribute's value
    (``<bdo dir=rtl title="display:none">`` is shown: review 65's L1, L2).

    Each reaches its own end tag, found as a browser finds it, by counting the elements of
    its name opened and closed inside it (:func:`_extents`: a ``<span>`` inside a hidden
    ``<span>``, content of any length; review 73's L3, L4); one never closed is none.  The
    outermost only: one inside another goes with it."""
    openers = _hiding_openers(text, struck=struck)
    if not openers:
        return []
    return _outermost(sorted(_extents(text, openers)))


# A start tag that the quick reading of :data:`_HIDDEN_START` may miss: one of more than 300
# characters (WeChat's exports carry long inline styles) or with a quoted value that holds a
# "<" or a ">" (``title="a>b"``; review 77's L2) — a text that holds one has its tags read
# whole (:func:`~.element_tags.element_tags`).  Each tag read once from its "<" (linear).
_ODD_TAG = regex(
    r"<[a-z][a-z0-9-]*+(?=[\s/>])(?:[^<>]{300}|(?:[^<>\"']++|\"[^\"<>]*+\"|'[^'<>]*+')*+[\"'])",
    re.IGNORECASE,
)


def _hiding_openers(text: str, *, struck: bool) -> dict[int, str]:
    """The start tags of ``text`` that hide their element (or strike it, when ``struck``
    asks), by where they start: their element's lower-case name.  Only the tags a browser
    reads as tags (:func:`~.element_tags.element_tags`: none in a comment, in another tag's
    value or in a raw-text element's content — ``<!--<span style="display:none">-->`` hides
    nothing, review 77's F4), each read whole however long (review 77's L2); a text where
    the quick reading finds none and that holds no sheet and no long tag is read no further
    (most)."""
    sheet = hiding_sheet(text)
    if sheet is None and _HIDDEN_START.search(text) is None and _ODD_TAG.search(text) is None:
        return {}
    openers: dict[int, str] = {}
    for tag in element_tags(text):
        if tag.group("end"):
            continue
        name = tag.group("name").lower()
        if name in _STRUCK_NAMES:
            if struck:
                openers[tag.start()] = name
            continue
        opening = tag.group(0)
        hinted = name == "template" or _HIDING_HINT.search(opening) is not None
        if not hinted and (sheet is None or not sheet.everywhere.may_match(name, opening.lower())):
            continue
        if name == "template" or _tag_hides(name, opening, sheet):
            openers[tag.start()] = name
    return openers


_STRUCK_NAMES = frozenset({"del", "s", "strike"})
# what a start tag that hides holds (the quick reading's test, asked of one tag)
_HIDING_HINT = LazyPattern(rf"(?<=[\s\"'])hidden(?=[\s=/>])|{_HIDING_STYLE}", re.IGNORECASE)


def _extents(text: str, openers: dict[int, str]) -> list[tuple[int, int]]:
    """The spans of the elements that ``openers`` start, each to the end tag that closes it:
    one pass over the tags from the first opener, as a browser reads them (none in a comment,
    a value or raw text: ``<!--</span>-->`` closes nothing, review 77's L4), a stack of those
    open for each name ``openers`` holds (linear whatever the names: a pass for each name was
    quadratic in them, review 77's S1; an end tag with none open closes nothing, a start tag
    never closed ends no element)."""
    opened: dict[str, list[int]] = {name: [] for name in openers.values()}
    spans: list[tuple[int, int]] = []
    for tag in element_tags(text, min(openers)):
        stack = opened.get(tag.group("name").lower())
        if stack is None:
            continue
        if not tag.group("end"):
            stack.append(tag.start())
        elif stack and openers.get(start := stack.pop()) is not None:
            spans.append((start, tag.end()))
    return spans


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of ``spans`` (sorted), those inside no earlier one."""
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _unshown(element: re.Match[str], opening: str, *, struck: bool) -> bool:
    """Whether an element :data:`_HIDDEN_START` found, its opening tag ``opening``, is not
    shown (a ``<template>``, or :func:`_hides`), or struck when ``struck`` asks."""
    name = element.group("tag")
    if name is None:
        return struck
    return name.lower() == "template" or _hides(opening)


# A style sheet in the field: its rules hide what they select as a style attribute would
# (review 73's L6), read by the one reader of a post's <style> rules (.bidi_styles: simple
# selectors, a complex one by its last compound, specificity, a sheet the page applies).
_SHEET_HINT = regex("<(?i:style)(?=[\\s/>])")
_START_TAG = regex(rf"<([a-z][a-z0-9-]*+)(?=[\s/>]){TAG_BODY}>", re.IGNORECASE)
# the properties whose declarations may hide an element (:func:`_declared_hides`)
_HIDING_PROPERTIES = (
    *("display", "visibility", "color", "font-size", "opacity", "width", "height"),
    *("max-height", "overflow", "transform", "text-indent", "position", "left", "top"),
    *("clip", "clip-path", "background-clip", "-webkit-background-clip"),
    *("background", "background-image", "background-color"),
    *("-webkit-text-fill-color", "-webkit-text-stroke", "content-visibility", "max-width"),
    *("margin-left", "margin-top"),
)


def _tag_hides(name: str, opening: str, sheet: HidingSheet | None) -> bool:
    """Whether the start tag ``opening`` of an element of ``name`` hides it: by its
    ``hidden`` attribute (any value: ``hidden=false`` hides too) unless a ``display`` of its
    own or of a rule shows it (the browser's ``[hidden]{display:none}`` yields to any author
    rule: review 77's F6), or by the declarations that take effect on it (:func:`_declared`):
    the rules of ``<style>`` elements that match it in the cascade's order, its own ``style``
    (the first: a page keeps it) over them but a rule's ``!important`` declaration.  A rule
    for no screen (``@media print``) or for some screens only hides nothing, and one for some
    screens that shows it again shows it (:class:`HidingSheet`)."""
    everywhere = None if sheet is None else sheet.everywhere
    declared = _declared(name, opening, everywhere)
    if _HIDDEN_ATTRIBUTE.search(_QUOTED_VALUE.sub('""', opening)) is not None and declared.get(
        "display", "none"
    ) in ("none", ""):
        return True
    if not _declared_hides(declared):
        return False
    return (
        sheet is None
        or sheet.anywhere is None
        or (_declared_hides(_declared(name, opening, sheet.anywhere)))
    )


def _attribute(opening: str, name: str) -> str:
    """The first ``name`` attribute's value of the start tag ``opening`` (a page keeps the
    first), its character references decoded; "" when it has none."""
    for attribute in ATTRIBUTE.finditer(opening):
        if attribute.group("name").lower() == name:
            return html.unescape(attribute_value(attribute))
    return ""


_QUOTED_VALUE = regex(r"\"[^\"]*\"|'[^']*'")
_HIDDEN_ATTRIBUTE = regex(r"(?<=\s)hidden(?=[\s=/>])", re.IGNORECASE)
_ZERO_VALUE = regex(rf"(?:0+(?:\.0*)?|\.0+){_UNITS}?")
# a colour of alpha 0 (rgba(0,0,0,0), hsla(0 0% 0% / 0)), a scale of 0, a place off the screen
# (#rrggbbaa, #rgba: review 77's L6)
# (the alpha alone: a fourth value after three commas, or the value after a slash — not the
# last of three, which is blue or lightness: rgb(255, 0, 0) is red, review 79's F3)
# (an alpha below 0 is clamped to 0, and a missing one, none, renders as 0: CSS Color 4 —
# rgba(0,0,0,-0.5), rgb(0 0 0 / none), calc(0); review 80's L6)
_NOUGHT_ALPHA = r"[+-]?(?:0+(?:\.0*)?|\.0+)%?|-(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)%?"
_ALPHA_NOUGHT = rf"\s*(?:{_NOUGHT_ALPHA}|none|calc\(\s*(?:{_NOUGHT_ALPHA})\s*\))\s*\)"
# (a value may be a function of its own, calc(…), and var(--c) the three colours: review 80's L6)
_VALUE = r"(?:[^,/()]|\([^()]*\))*"
# (the functions whose alpha follows a slash: CSS Color 4's hwb, lab, lch, oklab, oklch, color)
_SLASH_ALPHA_FUNCTIONS = r"(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)"
_CLEAR_COLOUR = regex(
    rf"(?:rgb|hsl)a?\((?:(?:{_VALUE},){{3}}|\s*var\([^()]*\)\s*,){_ALPHA_NOUGHT}"
    rf"|{_SLASH_ALPHA_FUNCTIONS}\({_VALUE}/{_ALPHA_NOUGHT}"
    r"|#[0-9a-f]{3}0|#[0-9a-f]{6}00"
)
# (scale(0), scale(1,0), scaleX(0), scaleY(0): review 77's L7)
_NOUGHT = r"\s*(?:0+(?:\.0*)?|\.0+)\s*"
_SCALED_AWAY = regex(
    rf"scale\({_NOUGHT}(?:,\s*[0-9.]+\s*)?\)|scale\(\s*[0-9.]+\s*,{_NOUGHT}\)"
    rf"|scale[xy]\({_NOUGHT}\)"
)
# (a thousand pixels, or a hundred em: review 77's L7)
_FAR_OFF = regex(r"-\s*[0-9]{4,}(?:\.[0-9]*)?(?:px|em|rem)?|-\s*[0-9]{3,}(?:\.[0-9]*)?r?em")


def _hides(opening: str) -> bool:
    """Whether the opening tag ``opening`` hides its element: a ``hidden`` attribute (any
    value: ``hidden=false`` hides too), or a ``style`` whose declarations that take effect
    hide (:func:`_declared_hides`: ``display:none;display:inline`` shows it, the later wins,
    and ``content:'display:none'`` declares no ``display``, review 66's L2), read as a
    browser reads it, its character references decoded (``display&#58;none`` hides: review
    73's L7) — its first ``style``, which a page keeps (review 77's L7) — as
    :func:`_tag_hides` reads a tag no sheet styles."""
    return _tag_hides("", opening, None)


def _declared_hides(declared: dict[str, str]) -> bool:
    """Whether the declarations that take effect ``declared`` hide their element."""
    zero = [declared.get(name, "") for name in ("font-size", "opacity")]
    overflows = declared.get("overflow") == "hidden"
    return (
        declared.get("display") == "none"
        or declared.get("visibility") in ("hidden", "collapse")
        or declared.get("content-visibility") == "hidden"
        or (_unpainted(declared) and not _painted_otherwise(declared))
        or any(_ZERO_VALUE.fullmatch(value) is not None for value in zero)
        or (overflows and _ZERO_VALUE.fullmatch(_width(declared)) is not None)
        or (overflows and _ZERO_VALUE.fullmatch(_height(declared)) is not None)
        or _SCALED_AWAY.fullmatch(declared.get("transform", "")) is not None
        or _off_screen(declared)
        or _clipped_away(declared)
    )


class HidingSheet(NamedTuple):
    """The rules of a text's ``<style>`` elements that may hide what they select: those that
    hold on every screen, and those with the rules of some screens too (an element hides
    only where it hides under both: ``.m{display:none}`` with ``@media (max-width:640px)
    {.m{display:inline}}`` shows on a phone — review 78's F1)."""

    everywhere: StyleRules
    anywhere: StyleRules | None


@lru_cache(maxsize=4)
def hiding_sheet(text: str) -> HidingSheet | None:
    """The hiding rules of ``text``'s ``<style>`` elements (:class:`HidingSheet`), or ``None``:
    read once for all of a text's elements, and once for a field's two readers of them (the
    hidden elements', the shown reading's)."""
    if _SHEET_HINT.search(text) is None:
        return None
    everywhere = style_rules(text, _HIDING_PROPERTIES, None, screen_only, every_screen=True)
    if everywhere is None:
        return None
    anywhere = style_rules(
        text, _HIDING_PROPERTIES, None, screen_only, every_screen=True, some_screens=True
    )
    return HidingSheet(everywhere, anywhere)


def declared_at(text: str, start: int, sheet: HidingSheet | None) -> dict[str, str]:
    """The declarations that take effect on the element whose start tag begins at ``start``
    of ``text`` on every screen: the rules of ``sheet`` (:func:`hiding_sheet`) that select it
    there, then its own ``style``."""
    tag = _START_TAG.match(text, start)
    if tag is None:
        return {}
    return _declared(
        tag.group(1).lower(), tag.group(0), None if sheet is None else sheet.everywhere
    )


def _declared(name: str, opening: str, rules: StyleRules | None) -> dict[str, str]:
    """The declarations that take effect on an element of ``name`` opened by ``opening``: the
    rules of ``rules`` that select it, then its own ``style`` (the first: a page keeps it)
    but where a rule's declaration is ``!important`` and its own is not (review 77's F6, L5)."""
    declared: dict[str, str] = {}
    weighty: set[str] = set()
    if rules is not None and rules.may_match(name, opening.lower()):
        classes, id_ = _attribute(opening, "class"), _attribute(opening, "id")
        declared = rules.values(name, classes, id_, weighty)
    own_weighty: set[str] = set()
    for property_, value in declarations(_attribute(opening, "style"), None, own_weighty).items():
        if property_ not in weighty or property_ in own_weighty:
            declared[property_] = value
    return declared


def shown_again_by(opening: str, declared: dict[str, str]) -> frozenset[str]:
    """The properties by which an element inside the hidden one that the start tag ``opening``
    opens may show itself after all: ``font-size`` inside a ``font-size:0`` wrapper (an
    editor's, round spans of 16px), ``visibility`` inside ``visibility:hidden``, ``color``
    inside a transparent colour — none when anything else hides it too (``display:none``,
    ``hidden``, ``opacity:0``, a clip: nothing inside shows; review 77's L1, where any style
    inside let it all be read as shown).  ``declared``: the declarations that take effect on
    it (:func:`declared_at`: a sheet's rule may hide it, review 77's F3)."""
    if _HIDDEN_ATTRIBUTE.search(_QUOTED_VALUE.sub('""', opening)) is not None:
        return frozenset()
    undone: set[str] = set()
    if zero_length(declared.get("font-size", "")):
        undone.add("font-size")
    if declared.get("visibility") in ("hidden", "collapse"):
        undone.add("visibility")
    if clear_colour(declared.get("color", "")):
        undone.add("color")
    rest = {name: value for name, value in declared.items() if name not in undone}
    return frozenset(undone) if undone and not _declared_hides(rest) else frozenset()


def clear_colour(colour: str) -> bool:
    """Whether a colour (a declared value, lower case) is one nobody sees: ``transparent``,
    or of alpha 0."""
    return colour == "transparent" or _CLEAR_COLOUR.fullmatch(colour) is not None


def _painted_otherwise(declared: dict[str, str]) -> bool:
    """Whether text of a clear colour is painted all the same: a gradient clipped to the
    text (135编辑器's and 秀米's gradient titles), a fill colour or an outline of its own
    (review 77's F5)."""
    fill = declared.get("-webkit-text-fill-color", "")
    clipped = "text" in (
        declared.get("background-clip", ""),
        declared.get("-webkit-background-clip", ""),
    )
    return (
        (clipped and _a_background(declared))
        or (bool(fill) and not clear_colour(fill))
        or bool(declared.get("-webkit-text-stroke", "").strip(" 0px"))
    )


def zero_length(value: str) -> bool:
    """Whether a declared length (lower case) is zero, however written (``0``, ``.0``,
    ``0.0px``)."""
    return _ZERO_VALUE.fullmatch(value) is not None


def _a_background(declared: dict[str, str]) -> bool:
    """Whether an element has a background one sees, to paint text clipped to it: an image
    or a gradient, or a colour that is not clear (``background:none`` paints nothing:
    review 78's L3)."""
    image = declared.get("background-image", "")
    if image and image != "none":
        return True
    background = declared.get("background", "") or declared.get("background-color", "")
    return bool(background) and background != "none" and not clear_colour(background)


def _unpainted(declared: dict[str, str]) -> bool:
    """Whether an element's glyphs are painted in no colour one sees: a clear colour, or a
    clear ``-webkit-text-fill-color``, which paints them instead (review 77's L6)."""
    fill = declared.get("-webkit-text-fill-color", "")
    return clear_colour(fill) if fill else clear_colour(declared.get("color", ""))


def _width(declared: dict[str, str]) -> str:
    """The width an element is held to (``max-width`` as well; review 77's L7)."""
    return declared.get("max-width") or declared.get("width", "")


def _height(declared: dict[str, str]) -> str:
    """The height an element is held to (``max-height`` as well): a collapsed section's."""
    return declared.get("max-height") or declared.get("height", "")


# a clip's rectangle (top, right, bottom, left) and a clip-path's inset (one to four
# percentages or zeros, as margin's shorthand), a circle of radius 0
_LENGTH = r"(-?[0-9]*\.?[0-9]+)(?:px)?"
_CLIP_RECT = regex(
    rf"rect\(\s*{_LENGTH}(?:\s*,\s*|\s+){_LENGTH}(?:\s*,\s*|\s+){_LENGTH}(?:\s*,\s*|\s+){_LENGTH}\s*\)"
)
_INSET = regex(r"inset\(\s*([0-9.%px\s]+?)\s*(?:round\b[^()]*)?\)")
_INSET_PART = regex(r"([0-9]*\.?[0-9]+)%|0*\.?0+(?:px)?")
_EMPTY_CIRCLE = regex(r"circle\(\s*(?:0+(?:\.0*)?|\.0+)(?:px|%)?\s*(?:at\b[^()]*)?\)")


def _clipped_away(declared: dict[str, str]) -> bool:
    """Whether an element is clipped to nothing: an absolute or fixed box's ``clip`` of a
    rectangle with no area (``rect(0 0 0 0)``, the "visually hidden" idiom's
    ``rect(1px,1px,1px,1px)``), or a ``clip-path`` of an inset that meets itself
    (``inset(50%)``) or a circle of radius 0 (review 73's L5); ``clip:auto`` and
    ``clip-path:inset(0)`` show it."""
    rect = _CLIP_RECT.fullmatch(declared.get("clip", ""))
    if rect is not None and declared.get("position") in ("absolute", "fixed"):
        top, right, bottom, left = (float(side) for side in rect.groups())
        if bottom <= top or right <= left:
            return True
    path = declared.get("clip-path", "")
    if _EMPTY_CIRCLE.fullmatch(path) is not None:
        return True
    inset = _INSET.fullmatch(path)
    return inset is not None and _inset_meets(inset.group(1).split())


def _inset_meets(parts: list[str]) -> bool:
    """Whether an ``inset()`` of ``parts`` (percentages or zeros, one to four, as CSS's
    shorthand for its four sides) leaves nothing: its top and bottom, or its left and right,
    reach 100% together."""
    read = [_INSET_PART.fullmatch(part) for part in parts]
    if not 1 <= len(read) <= 4 or any(part is None for part in read):
        return False
    sides = [float(part.group(1) or 0) for part in read if part is not None]
    top = sides[0]
    right = sides[1] if len(sides) > 1 else top
    bottom = sides[2] if len(sides) > 2 else top
    left = sides[3] if len(sides) > 3 else right
    return top + bottom >= 100 or left + right >= 100


# (the offsets that move an absolute or fixed box off the screen: by its place, or by its
# margin — ``margin-left:-9999px``, review 77's L7)
_OFFSETS = ("left", "top", "margin-left", "margin-top")


def _off_screen(declared: dict[str, str]) -> bool:
    """Whether an element is placed a thousand pixels off the screen: its text indented away,
    or an absolute or fixed box moved left or up (the "visually hidden" idiom; review 73)."""
    if _FAR_OFF.fullmatch(declared.get("text-indent", "")) is not None:
        return True
    return declared.get("position") in ("absolute", "fixed") and any(
        _FAR_OFF.fullmatch(declared.get(side, "")) is not None for side in _OFFSETS
    )


def drop_hidden(text: str) -> str:
    """``text`` without its hidden and struck elements, content and all, then without its
    formatting (:func:`drop_formatting`): what a reader sees of an address, and copies.

    A hidden element goes whole, those inside it with it (a few rounds at most, for what
    is left), and one left open goes with all after it (not a ``<template>``, read as
    shown): an address found in the folded text may end inside it,
    ``https://t.cn<span style="display:none">.gov.cn`` (review of fix51).  An element hides
    by the one reader of hiding (:func:`unshown_elements`, the declarations that take
    effect): not by a ``display:none`` in its title, nor one a later ``display:inline``
    overrides, and ``display:/**/none`` hides (fix99c)."""
    if "<" not in text:
        return text
    for _ in range(4):
        spans = unshown_elements(text, struck=True)
        if not spans:
            break
        text = _without(text, spans)
    for opened in _HIDDEN_START.finditer(text):
        name = opened.group("struck") or opened.group("tag")
        if not _unshown(opened, opened.group(0), struck=True) or name.lower() == "template":
            continue  # (a <template> left open is read as shown, as the bidi reader reads it)
        if f"</{name.lower()}" not in text[opened.end() :].lower():
            text = text[: opened.start()]
        break
    return drop_formatting(text)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (in order, apart)."""
    kept, done = [], 0
    for start, end in spans:
        kept.append(text[done:start])
        done = end
    return "".join(kept) + text[done:]
