"""Elements a page does not show at all, content and all: hidden by their own attribute or style.

``<span style="display:none">``, ``<span hidden>``, font-size or opacity 0, visibility hidden,
colour transparent, an inline-block of width 0 hiding its overflow — and, for what a reader
copies of an address, the struck ``<del>``, ``<s>``, ``<strike>``.  One reader of hiding
(:func:`unshown_elements`) serves the fold's neighbours: the link scanner's
:func:`drop_hidden` (what a reader sees of an address) and the reversed-text reader
(a reversal only in a hidden element shows nothing).  An element hides by the declarations
of its style that take effect (:mod:`~.declarations`), not by the words its values hold.
"""

from __future__ import annotations

import re

from govpub.compliance.folding.attributes import ATTRIBUTE, attribute_value
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.folding.markup import drop_formatting
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = ["drop_hidden", "may_hide", "unshown_elements"]


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
# (a CSS comment reads as nothing there: display:/**/none hides, as _style_hides reads it)
_CSS_GAP = r"(?:\s|/\*[^<>]{0,50}?\*/)*"
_HIDING_STYLE = (
    rf"display{_CSS_GAP}:{_CSS_GAP}none|visibility{_CSS_GAP}:{_CSS_GAP}hidden"
    rf"|(?:font-size|opacity)\s*:\s*{_ZERO}|(?<![\w-])color\s*:\s*transparent"
    rf"|(?<![\w-])width\s*:\s*{_ZERO}[^<>]{{0,300}}?overflow\s*:\s*hidden"
    rf"|overflow\s*:\s*hidden[^<>]{{0,300}}?(?<![\w-])width\s*:\s*{_ZERO}"
    # (review 73's L5: collapsed, scaled to nothing, a height of 0 hiding its overflow, a
    # transparent colour written rgba/hsla, moved off the screen)
    rf"|visibility\s*:\s*collapse|transform\s*:\s*scale\(\s*0"
    rf"|(?<![\w-])(?:max-)?height\s*:\s*{_ZERO}[^<>]{{0,300}}?overflow\s*:\s*hidden"
    rf"|overflow\s*:\s*hidden[^<>]{{0,300}}?(?<![\w-])(?:max-)?height\s*:\s*{_ZERO}"
    rf"|(?<![\w-])color\s*:\s*(?:rgb|hsl)a\("
    rf"|(?:left|top|text-indent)\s*:\s*-\s*[0-9]{{4,}}"
)
_HIDDEN_OPEN = (
    r"<(?P<struck>del|s|strike)(?=[\s>])[^<>]{0,300}>"
    r"|<(?P<tag>[a-z][a-z0-9]{0,9})(?=[\s>])[^<>]{0,300}?"
    rf"(?:(?<=[\s\"'])hidden(?=[\s=/>])|{_HIDING_STYLE})"
    r"[^<>]{0,300}>"
)
_HIDDEN_ELEMENT = LazyPattern(
    rf"(?:{_HIDDEN_OPEN})"
    r"(?:[^<]|<(?!/?(?:(?P=struck)|(?P=tag))[\s>])){0,300}?"
    r"</(?:(?P=struck)|(?P=tag))\s*>",
    re.IGNORECASE,
)
_HIDDEN_START = LazyPattern(_HIDDEN_OPEN, re.IGNORECASE)
# What every element that hides holds, in any case: "hidden" (the attribute, visibility or
# overflow hidden) or a style attribute (display none, font-size, opacity, colour, width).
# Each looked for from a literal first character, in both cases, with the rest case folded:
# four searches in C, ≈ 15 µs each on a benchmark post, where one expression case folded
# whole tests every character (≈ 1 ms) and :func:`unshown_elements` reads every tag (0.35 ms).
_HIDDEN_HINT, _HIDDEN_UPPER_HINT = regex("d(?i:den)"), regex("D(?i:den)")  # (hi-dden)
_STYLE_HINT, _STYLE_UPPER_HINT = regex("y(?i:le)"), regex("Y(?i:le)")  # (st-yle)


def may_hide(text: str) -> bool:
    """Whether ``text`` may hold an element the page does not show (:func:`unshown_elements`):
    a tag and a "hidden" or a "style" in it, any case (a quick test; most fields hold none)."""
    return "<" in text and (
        _HIDDEN_HINT.search(text) is not None
        or _HIDDEN_UPPER_HINT.search(text) is not None
        or _STYLE_HINT.search(text) is not None
        or _STYLE_UPPER_HINT.search(text) is not None
    )


def unshown_elements(text: str, *, struck: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text``'s elements a page does not show at all, content and all, each
    reaching no more than 300 characters: by their own ``hidden`` attribute or a style that
    hides them, written as such — not a struck one (``<del>`` is shown, a line through it)
    unless ``struck`` asks for those too, nor one whose only "hidden" or ``display:none``
    stands in another attribute's value (``<bdo dir=rtl title="display:none">`` is shown:
    review 65's L1, L2)."""
    spans: list[tuple[int, int]] = []
    at = 0
    while (element := _HIDDEN_ELEMENT.search(text, at)) is not None:
        opening_end = text.index(">", element.start()) + 1
        if _unshown(element, text[element.start() : opening_end], struck=struck):
            spans.append(element.span())
            at = element.end()
        else:  # (an element inside it may hide: looked for after its opening tag)
            at = opening_end
    return spans


def _unshown(element: re.Match[str], opening: str, *, struck: bool) -> bool:
    """Whether an element :data:`_HIDDEN_ELEMENT` or :data:`_HIDDEN_START` found, its opening
    tag ``opening``, is not shown (:func:`_hides`), or struck when ``struck`` asks."""
    if element.group("tag") is None:
        return struck
    return _hides(opening)


_QUOTED_VALUE = regex(r"\"[^\"]*\"|'[^']*'")
_HIDDEN_ATTRIBUTE = regex(r"(?<=\s)hidden(?=[\s=/>])", re.IGNORECASE)
_ZERO_VALUE = regex(rf"(?:0+(?:\.0*)?|\.0+){_UNITS}?")
# a colour of alpha 0 (rgba(0,0,0,0), hsla(0 0% 0% / 0)), a scale of 0, a place off the screen
_CLEAR_COLOUR = regex(r"(?:rgb|hsl)a?\(.*[,/]\s*(?:0+(?:\.0*)?|\.0+)%?\s*\)")
_SCALED_AWAY = regex(r"scale\(\s*(?:0+(?:\.0*)?|\.0+)\s*(?:,\s*[0-9.]+\s*)?\)")
_FAR_OFF = regex(r"-\s*[0-9]{4,}(?:\.[0-9]*)?(?:px|em|rem)?")


def _hides(opening: str) -> bool:
    """Whether the opening tag ``opening`` hides its element: a ``hidden`` attribute (any
    value: ``hidden=false`` hides too), or a ``style`` whose declarations that take effect
    hide (:func:`_style_hides`)."""
    if _HIDDEN_ATTRIBUTE.search(_QUOTED_VALUE.sub('""', opening)) is not None:
        return True
    return any(
        attribute.group("name").lower() == "style" and _style_hides(attribute_value(attribute))
        for attribute in ATTRIBUTE.finditer(opening)
    )


def _style_hides(style: str) -> bool:
    """Whether a ``style`` value hides its element, read by its declarations that take
    effect (:func:`~govpub.compliance.folding.declarations.declarations`), not by the words
    it holds: ``display:none;display:inline`` shows it, the later wins, and
    ``content:'display:none'`` declares no ``display`` (review 66's L2)."""
    declared = declarations(style)
    zero = [declared.get(name, "") for name in ("font-size", "opacity", "width")]
    overflows = declared.get("overflow") == "hidden"
    return (
        declared.get("display") == "none"
        or declared.get("visibility") in ("hidden", "collapse")
        or declared.get("color") == "transparent"
        or _CLEAR_COLOUR.fullmatch(declared.get("color", "")) is not None
        or any(_ZERO_VALUE.fullmatch(value) is not None for value in zero[:2])
        or (_ZERO_VALUE.fullmatch(zero[2]) is not None and overflows)
        or (overflows and _ZERO_VALUE.fullmatch(_height(declared)) is not None)
        or _SCALED_AWAY.fullmatch(declared.get("transform", "")) is not None
        or _off_screen(declared)
    )


def _height(declared: dict[str, str]) -> str:
    """The height an element is held to (``max-height`` as well): a collapsed section's."""
    return declared.get("max-height") or declared.get("height", "")


def _off_screen(declared: dict[str, str]) -> bool:
    """Whether an element is placed a thousand pixels off the screen: its text indented away,
    or an absolute or fixed box moved left or up (the "visually hidden" idiom; review 73)."""
    if _FAR_OFF.fullmatch(declared.get("text-indent", "")) is not None:
        return True
    return declared.get("position") in ("absolute", "fixed") and any(
        _FAR_OFF.fullmatch(declared.get(side, "")) is not None for side in ("left", "top")
    )


def drop_hidden(text: str) -> str:
    """``text`` without its hidden and struck elements, content and all, then without its
    formatting (:func:`drop_formatting`): what a reader sees of an address, and copies.

    A hidden element inside another goes first (a few rounds at most), and one left open
    goes with all after it: an address found in the folded text may end inside it,
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
        if not _unshown(opened, opened.group(0), struck=True):
            continue
        name = opened.group("struck") or opened.group("tag")
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
