"""A page's ``<style>`` rules that set an element's direction or bidi override.

``<style>.x{direction:rtl;unicode-bidi:bidi-override}</style><span class=x>87654321831</span>``
shows 13812345678, as the same declarations in the span's own ``style`` attribute do (review
62's L5): the element is an override element of :mod:`.bidi_elements`.  So the declarations
``direction`` and ``unicode-bidi`` of a ``<style>`` element that a page applies are read for
the elements their selectors match, and for the page's implied ``<html>`` and ``<body>``,
which a post does not write: a body they reverse shows all the text reversed, bare text too
(``<style>*{…}</style>87654321831``: review 65's L11, :mod:`.bidi_elements`).

No general CSS engine: simple selectors only — a type, ``*``, classes and an id, together
(``span``, ``.x``, ``#id``, ``span.x``, ``.x.y``), several in a list (``a, .x``); a complex
selector is read by its last compound, the element it styles (``div .x``, ``p > span``: the
side of blocking — the element is read as matched whatever its ancestors); one with a
pseudo-class, a pseudo-element or an attribute test (``.x:hover``, ``[dir]``) is not read, nor
is an ``@media`` condition — but that of no screen, ``@media print``, whose values count only
where they reverse (review 66's L9) — or a ``<style media=…>`` (its rules apply as if it held:
a print sheet's ``<style media=print>`` reverses the printed page, which shows the number; a
query no device meets, ``(max-width:0)``, is no page's way to style — the blocking side, review
65's F2). Specificity orders the rules (id, classes, type; then the later), the element's
inline ``style`` wins over them all but a rule's ``!important`` declaration (review 77's
F6, L5: :func:`~govpub.compliance.folding.declarations.declarations` tells which are). A
sheet's count of rules costs nothing (the rules of one selector are merged:
:class:`StyleRules`), so decoys before the real rule hide nothing.

A ``<style>`` applies where the page reads it: not in a comment (``<!-- <style>…</style>
-->``), a raw-text element's content, a tag's value (the fold's reader of hidden markup) or
Markdown code; a rule in a CSS comment is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import NamedTuple

from govpub.compliance.folding.declarations import CSS_COMMENT, declarations
from govpub.compliance.folding.element_tags import element_tokens
from govpub.compliance.folding.markup import hidden_markup
from govpub.compliance.folding.verbatim import in_code
from govpub.compliance.regex_cache import regex

__all__ = ["StyleRules", "declarations", "screen_only", "style_rules"]

_STYLE_START = regex(r"<style(?=[\s/>])", re.IGNORECASE)
_STYLE_END = regex(r"</style", re.IGNORECASE)
_BRACES = regex(r"[{}]")
_CDO_CDC = regex(r"<!--|-->")  # (CSS reads them as nothing: an old page's <style><!-- … -->)
_COMBINATOR = regex(r"\s*[>+~]\s*|\s+")
_COMPOUND = regex(r"(?P<type>[A-Za-z][A-Za-z0-9-]*|\*)?(?P<rest>(?:[.#][\w-]+)*)")
_SIMPLE = regex(r"[.#][\w-]+")
_PROPERTIES = ("direction", "unicode-bidi")
_WIDE_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
# (the values CSS reads of the two; another, ``direction:foo``, is dropped: review 66's L9)
_VALID = {
    "direction": frozenset({"ltr", "rtl"}) | _WIDE_KEYWORDS,
    "unicode-bidi": frozenset(
        {"normal", "embed", "isolate", "bidi-override", "isolate-override", "plaintext"}
    )
    | _WIDE_KEYWORDS,
}
# a media query's media type that is no screen's (``print``, ``speech``…), after ``only``
_NOT_SCREEN = regex(
    r"\s*(?:only\s+)?(?:print|speech|aural|braille|embossed|handheld|projection|tty|tv)\b"
    r"|\s*not\s+(?:screen|all)\b",
    re.IGNORECASE,
)
_MOST_RULES = 64  # selectors an element weighs one by one (the rest: the blocking side)


class _Selector(NamedTuple):
    """What a simple selector asks of an element: its type ("" or "*": any), classes, id."""

    type: str
    classes: frozenset[str]
    id: str  # "": any


# a property's value, with where its rule stands: (!important, ids, classes, type, the rule's
# order)
_Placed = tuple[tuple[int, int, int, int, int], str]


class StyleRules:
    """The direction and bidi rules of a text's ``<style>`` elements, by what they match.

    The rules of one selector are merged, a property's last value kept (as the cascade
    keeps it: the same specificity, the later wins), so a sheet's count of rules costs an
    element nothing: ``.a0{…} … .a63{…} .x{…}`` gives an element of class ``x`` one rule to
    weigh (review 65's L6).  An element weighs the selectors of its name, of any, of each of
    its classes (by a compound's first class) and of its id, at most :data:`_MOST_RULES` in
    all; the selectors of one of these past that are not told apart — the element is read
    as reversed if any of them reverses (the blocking side, and linear)."""

    def __init__(self, rules: dict[_Selector, dict[str, _Placed]]) -> None:
        self._rules = rules
        self._buckets: dict[str, list[_Selector]] = {}
        for selector in rules:
            self._buckets.setdefault(_bucket(selector), []).append(selector)
        self._worst: dict[str, dict[str, str]] = {}
        self._classes = any(key[0] == "." for key in self._buckets)
        self._ids = any(key[0] == "#" for key in self._buckets)

    def may_match(self, name: str, written: str) -> bool:
        """Whether a start tag of ``name`` whose attributes are ``written`` (lower case) may
        be matched: a rule of its name or of any, or a class or an id in it (a quick test)."""
        return (
            name in self._buckets
            or "*" in self._buckets
            or (self._classes and "class" in written)
            or (self._ids and "id" in written)
        )

    def values(
        self, name: str, classes: str, id_: str, weighty_names: set[str] | None = None
    ) -> dict[str, str]:
        """The declarations of the rules matching an element of ``name`` with the ``class``
        and ``id`` values given, the weightiest last winning, an ``!important`` one over any
        plain one (past the cap, the blocking side: a reversing value of any selector of its
        kind wins); ``weighty_names``, when given, gets the properties whose value that wins
        is ``!important`` (it beats an inline style's plain one: review 77's F6, L5)."""
        names = frozenset(classes.split())
        id_ = id_.strip()
        keys = [name, "*", *(f".{class_}" for class_ in names), *([f"#{id_}"] if id_ else [])]
        placed: list[tuple[tuple[int, int, int, int, int], str, str]] = []
        worst: dict[str, str] = {}
        budget = _MOST_RULES
        for key in keys:
            bucket = self._buckets.get(key, ())
            if len(bucket) > budget:
                worst.update(self._reversing(key))
                continue
            budget -= len(bucket)
            for selector in bucket:
                if selector.type in {"", "*", name} and selector.classes <= names:
                    placed += [(at, p, v) for p, (at, v) in self._rules[selector].items()]
        merged = {p: (at, v) for at, p, v in sorted(placed)}
        if weighty_names is not None:
            weighty_names.update(p for p, (at, _) in merged.items() if at[0])
        return {**{p: v for p, (_, v) in merged.items()}, **worst}

    def declared(self) -> Iterator[tuple[str, str]]:
        """Every property and value its rules set, whatever they select."""
        for placed in self._rules.values():
            for property_, (_, value) in placed.items():
                yield property_, value

    def _reversing(self, key: str) -> dict[str, str]:
        """The values of the selectors filed under ``key`` that take part in a reversal
        (``direction: rtl``, an override), found once a key."""
        if key not in self._worst:
            self._worst[key] = {
                p: v
                for selector in self._buckets[key]
                for p, (_, v) in self._rules[selector].items()
                if _reverses(v)
            }
        return self._worst[key]


def _bucket(selector: _Selector) -> str:
    """Where a selector is filed: ``#id``, ``.class`` (its compound's least class) or its
    type (``*``: any)."""
    if selector.id:
        return f"#{selector.id}"
    if selector.classes:
        return f".{min(selector.classes)}"
    return selector.type or "*"


def style_rules(
    text: str,
    properties: tuple[str, ...] = _PROPERTIES,
    valid: Mapping[str, frozenset[str]] | None = _VALID,
    for_print: Callable[[str], bool] | None = None,
    *,
    every_screen: bool = False,
    some_screens: bool = False,
) -> StyleRules | None:
    """The rules of the ``<style>`` elements of ``text`` that the page applies and that set
    one of ``properties`` (a direction or a bidi override unless told; the hidden-element
    reader asks for the declarations that hide, fix104a), their values read against
    ``valid``; a value of a rule for no screen (``@media print``) counts where ``for_print``
    says so (one that reverses, unless told; none that hides).  None when there are none.

    ``every_screen`` keeps only the rules that hold on every screen for every element they
    name: none in an at-rule's block (``@media (max-width:…)`` hides a PC twin on a phone
    only), none of a ``<style media=…>`` for some media only, none of a complex selector
    (``.faq.closed .ans`` hides no ``.ans`` outside a closed FAQ) — the hidden-element
    reader's (review 77's F1, F2: a rule that hides on some screens removes nothing);
    ``some_screens`` keeps, besides, those of an ``@media`` block for some screens (one that
    shows again on a phone what every screen hides: review 78's F1)."""
    counts = _reverses if for_print is None else for_print
    if _STYLE_START.search(text) is None:
        return None
    hidden = hidden_markup(text)  # (comments and applied <style> elements)
    applied = _applied_styles(text)
    styles = [(s, e) for s, e in hidden if s in applied]
    if not styles:
        return None
    printed = in_code(text, [start for start, _ in styles])
    rules: dict[_Selector, dict[str, _Placed]] = {}
    order = 0
    for start, end in styles:
        if start in printed:
            continue
        opened = text.find(">", start, end)
        if every_screen and not _for_every_screen(text[start:opened]):
            continue
        closed = _STYLE_END.search(text, opened + 1, end)
        sheet = text[opened + 1 : end if closed is None else closed.start()]
        for selectors, body, screen, everywhere in _rule_texts(sheet):
            if every_screen and not everywhere and not (some_screens and screen):
                continue
            weighty: set[str] = set()
            values = {
                p: v
                for p, v in declarations(body, valid, weighty).items()
                if p in properties and (screen or counts(v))
            }
            if not values:
                continue
            order += 1
            for selector in _selectors(selectors, compound_only=every_screen):
                weight = (int(bool(selector.id)), len(selector.classes), _typed(selector))
                placed = rules.setdefault(selector, {})
                for property_, value in values.items():
                    important = int(property_ in weighty)
                    if property_ in placed and placed[property_][0][0] > important:
                        continue  # (a plain declaration does not override an !important one)
                    placed[property_] = ((important, *weight, order), value)
    return StyleRules(rules) if rules else None


def _applied_styles(text: str) -> set[int]:
    """Where the ``<style>`` elements of ``text`` that a page applies start, read as the
    tokenizer reads them (:func:`~.folding.element_tags.element_tokens`): none in a raw-text
    element's content (a script's string ``'<style>…</style>'``) nor in a ``<template>``,
    whose content is inert (review 77's F7)."""
    applied: set[int] = set()
    templates = 0
    for token in element_tokens(text):
        if token.group("raw") is not None:
            if templates == 0 and token.group("raw").lower() == "style":
                applied.add(token.start())
        elif token.group("name") is not None and token.group("name").lower() == "template":
            templates = max(0, templates - 1) if token.group("end") else templates + 1
    return applied


def screen_only(_value: str) -> bool:
    """A ``for_print`` of :func:`style_rules` by which no value of a rule for no screen counts
    (the readers of what a screen shows: hidden elements and what shows them again)."""
    return False


def _typed(selector: _Selector) -> int:
    """1 if the selector names a type (its weight's third place), else 0."""
    return int(selector.type not in {"", "*"})


def _reverses(value: str) -> bool:
    """Whether a ``direction`` or ``unicode-bidi`` value takes part in a reversal."""
    return value == "rtl" or value.endswith("-override")


# a <style> element's media and type attributes, their values
_MEDIA_ATTRIBUTE = regex(r"""\smedia\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))""", re.IGNORECASE)
_TYPE_ATTRIBUTE = regex(r"""\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))""", re.IGNORECASE)
# a media query that holds on every screen: all, screen, only screen
_EVERY_SCREEN = regex(
    r"\s*(?:only\s+)?(?:all|screen)\s*(?:and\s*\(\s*min-width\s*:\s*0+(?:\.0*)?(?:px|em|rem)?\s*\)\s*)?",
    re.IGNORECASE,
)


def _for_every_screen(opening: str) -> bool:
    """Whether a ``<style>`` start tag's sheet applies on every screen: no ``media`` but
    ``all`` or ``screen``, no ``type`` but ``text/css`` (review 77's F7, 78's L1)."""
    media = _MEDIA_ATTRIBUTE.search(opening)
    if media is not None and not _holds_everywhere(next(filter(None, media.groups()), "")):
        return False
    kind = _TYPE_ATTRIBUTE.search(opening)
    return kind is None or next(filter(None, kind.groups()), "").strip().lower() in ("", "text/css")


def _holds_everywhere(queries: str) -> bool:
    """Whether a media query list holds on every screen (``all``, ``screen``; or none; and
    ``screen and (min-width:0)``, which every screen meets: review 78's L2)."""
    return not queries.strip() or any(
        _EVERY_SCREEN.fullmatch(query) is not None for query in queries.split(",")
    )


def _rule_texts(sheet: str) -> Iterator[tuple[str, str, bool, bool]]:
    """Each rule of a style sheet, its selectors, its declarations, whether it applies on
    screen and whether it holds on every screen (in no at-rule's block but ``@media screen``
    or ``@media all``): the innermost braces, found once (linear).  A rule in an ``@media``
    block of no screen (``@media print{…}``, ``not screen``) applies on the printed page only: its
    values that reverse count (the printed page shows the number: review 65's F2), those
    that undo a reversal do not undo the screen's (``@media print{.a{direction:ltr}}``:
    review 66's L9); any other ``@media`` block's rules read as if it held."""
    if "/*" in sheet:
        sheet = CSS_COMMENT.sub("", sheet)
    selectors: str | None = None
    unscreened: list[bool] = []  # (each open block: whether an @media of no screen)
    somewhere: list[bool] = []  # (each open block: whether it may not hold on every screen)
    last = 0
    for brace in _BRACES.finditer(sheet):
        if brace.group() == "{":
            if selectors is not None:  # (the block just opened holds rules: an at-rule's)
                unscreened.append(_for_no_screen(selectors))
                somewhere.append(not _media_everywhere(selectors))
            selectors = sheet[last : brace.start()]
        elif selectors is not None:
            yield selectors, sheet[last : brace.start()], not any(unscreened), not any(somewhere)
            selectors = None
        elif unscreened:
            unscreened.pop()
            somewhere.pop()
        last = brace.end()


def _media_everywhere(prelude: str) -> bool:
    """Whether an at-rule's prelude is an ``@media`` that holds on every screen (``@media
    screen``, ``@media all``: review 78's L2); another at-rule, or a media feature
    (``(max-width:640px)``), may not."""
    prelude = prelude.strip()
    return prelude.lower().startswith("@media") and _holds_everywhere(prelude[len("@media") :])


def _for_no_screen(prelude: str) -> bool:
    """Whether an at-rule's prelude is an ``@media`` whose every query is for no screen."""
    prelude = prelude.strip()
    if not prelude.lower().startswith("@media"):
        return False
    queries = prelude[len("@media") :].split(",")
    return all(_NOT_SCREEN.match(query) is not None for query in queries)


def _selectors(selectors: str, *, compound_only: bool = False) -> Iterator[_Selector]:
    """A rule's simple selectors (each complex one by its last compound, or none when
    ``compound_only`` says so)."""
    for selector in _CDO_CDC.sub(" ", selectors).split(","):
        compounds = _COMBINATOR.split(selector.strip())
        if compound_only and len(compounds) > 1:
            continue
        compound = compounds[-1]
        match = _COMPOUND.fullmatch(compound)
        if not compound or match is None:
            continue  # (a pseudo-class, an attribute test, an at-rule's prelude: not read)
        parts = _SIMPLE.findall(match.group("rest"))
        classes = frozenset(p[1:] for p in parts if p[0] == ".")
        ids = {p[1:] for p in parts if p[0] == "#"}
        if len(ids) > 1:
            continue  # (no element has two ids)
        yield _Selector((match.group("type") or "").lower(), classes, min(ids, default=""))
