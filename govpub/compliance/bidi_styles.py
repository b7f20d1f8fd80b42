"""A page's ``<style>`` rules that set an element's direction or bidi override.

``<style>.x{direction:rtl;unicode-bidi:bidi-override}</style><span class=x>87654321831</span>``
shows 13812345678, as the same declarations in the span's own ``style`` attribute do (review
62's L5): the element is an override element of :mod:`.bidi_elements`.  So the declarations
``direction`` and ``unicode-bidi`` of a ``<style>`` element that a page applies are read for
the elements their selectors match.

No general CSS engine: simple selectors only — a type, ``*``, classes and an id, together
(``span``, ``.x``, ``#id``, ``span.x``, ``.x.y``), several in a list (``a, .x``); a complex
selector is read by its last compound, the element it styles (``div .x``, ``p > span``: the
side of blocking — the element is read as matched whatever its ancestors); one with a
pseudo-class, a pseudo-element or an attribute test (``.x:hover``, ``[dir]``) is not read, nor
is an ``@media`` condition (its rules apply as if it held).  Specificity orders the rules
(id, classes, type; then the later), the element's inline ``style`` wins over them all
(``!important`` is not weighed), and at most :data:`_MOST_RULES` rules are read.

A ``<style>`` applies where the page reads it: not in a comment (``<!-- <style>…</style>
-->``), a raw-text element's content, a tag's value (the fold's reader of hidden markup) or
Markdown code; a rule in a CSS comment is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from govpub.compliance.folding.markup import hidden_markup
from govpub.compliance.folding.verbatim import in_code
from govpub.compliance.regex_cache import regex

__all__ = ["StyleRules", "declarations", "style_rules"]

_IMPORTANT = regex(r"!\s*important\s*$", re.IGNORECASE)
# a CSS comment, which reads as nothing between a property's name and its value
# (``direction:/**/rtl``: review 62's L5); one left open runs to the end
_CSS_COMMENT = regex(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_STYLE_START = regex(r"<style(?=[\s/>])", re.IGNORECASE)
_STYLE_END = regex(r"</style", re.IGNORECASE)
_BRACES = regex(r"[{}]")
_CDO_CDC = regex(r"<!--|-->")  # (CSS reads them as nothing: an old page's <style><!-- … -->)
_COMBINATOR = regex(r"\s*[>+~]\s*|\s+")
_COMPOUND = regex(r"(?P<type>[A-Za-z][A-Za-z0-9-]*|\*)?(?P<rest>(?:[.#][\w-]+)*)")
_SIMPLE = regex(r"[.#][\w-]+")
_PROPERTIES = ("direction", "unicode-bidi")
_MOST_RULES = 64  # (each element is matched against the rules of its name, classes and id)


def declarations(style: str) -> dict[str, str]:
    """A ``style`` attribute's (or a rule's) declarations, by lower-case property, the last
    one winning; values in lower case without ``!important``, comments dropped."""
    found: dict[str, str] = {}
    if "/*" in style:
        style = _CSS_COMMENT.sub("", style)
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = _IMPORTANT.sub("", value.strip()).strip().lower()
    return found


class _Rule(NamedTuple):
    """One simple selector of a rule: what it asks of an element, its weight, what it sets."""

    specificity: tuple[int, int, int, int]  # ids, classes, type, the rule's order
    type: str  # "" or "*": any
    classes: frozenset[str]
    id: str  # "": any
    values: dict[str, str]


class StyleRules:
    """The direction and bidi rules of a text's ``<style>`` elements, by what they match."""

    def __init__(self, rules: list[_Rule]) -> None:
        self._by_type: dict[str, list[_Rule]] = {}
        self._by_class: dict[str, list[_Rule]] = {}
        self._by_id: dict[str, list[_Rule]] = {}
        for rule in rules:
            if rule.id:
                self._by_id.setdefault(rule.id, []).append(rule)
            elif rule.classes:
                self._by_class.setdefault(min(rule.classes), []).append(rule)
            else:
                self._by_type.setdefault(rule.type or "*", []).append(rule)

    def may_match(self, name: str, written: str) -> bool:
        """Whether a start tag of ``name`` whose attributes are ``written`` (lower case) may
        be matched: a rule of its name or of any, or a class or an id in it (a quick test)."""
        return (
            name in self._by_type
            or "*" in self._by_type
            or (bool(self._by_class) and "class" in written)
            or (bool(self._by_id) and "id" in written)
        )

    def values(self, name: str, classes: str, id_: str) -> dict[str, str]:
        """The declarations of the rules matching an element of ``name`` with the ``class``
        and ``id`` values given, the weightiest last winning."""
        names = frozenset(classes.split())
        found = [*self._by_type.get(name, ()), *self._by_type.get("*", ())]
        for class_ in names:
            found += self._by_class.get(class_, ())
        found += self._by_id.get(id_.strip(), ())
        merged: dict[str, str] = {}
        for rule in sorted(found, key=lambda rule: rule.specificity):
            if rule.type in {"", "*", name} and rule.classes <= names:
                merged.update(rule.values)
        return merged


def style_rules(text: str) -> StyleRules | None:
    """The rules of the ``<style>`` elements of ``text`` that the page applies and that set a
    direction or a bidi override; None when there are none."""
    if _STYLE_START.search(text) is None:
        return None
    hidden = hidden_markup(text)  # (comments and applied <style> elements)
    styles = [(s, e) for s, e in hidden if _STYLE_START.match(text, s) is not None]
    if not styles:
        return None
    printed = in_code(text, [start for start, _ in styles])
    rules: list[_Rule] = []
    for start, end in styles:
        if start in printed:
            continue
        opened = text.find(">", start, end)
        closed = _STYLE_END.search(text, opened + 1, end)
        sheet = text[opened + 1 : end if closed is None else closed.start()]
        for selectors, body in _rule_texts(sheet):
            values = {p: v for p, v in declarations(body).items() if p in _PROPERTIES}
            if values:
                rules += _selector_rules(selectors, values, len(rules))
            if len(rules) >= _MOST_RULES:
                return StyleRules(rules[:_MOST_RULES])
    return StyleRules(rules) if rules else None


def _rule_texts(sheet: str) -> Iterator[tuple[str, str]]:
    """Each rule of a style sheet, its selectors and its declarations: the innermost braces
    (an ``@media`` block's rules read as if it held), found once (linear)."""
    if "/*" in sheet:
        sheet = _CSS_COMMENT.sub("", sheet)
    selectors: str | None = None
    last = 0
    for brace in _BRACES.finditer(sheet):
        if brace.group() == "{":
            selectors = sheet[last : brace.start()]
        elif selectors is not None:
            yield selectors, sheet[last : brace.start()]
            selectors = None
        last = brace.end()


def _selector_rules(selectors: str, values: dict[str, str], order: int) -> Iterator[_Rule]:
    """A rule's simple selectors (each complex one by its last compound), with ``values``."""
    for selector in _CDO_CDC.sub(" ", selectors).split(","):
        compound = _COMBINATOR.split(selector.strip())[-1]
        match = _COMPOUND.fullmatch(compound)
        if not compound or match is None:
            continue  # (a pseudo-class, an attribute test, an at-rule's prelude: not read)
        parts = _SIMPLE.findall(match.group("rest"))
        classes = frozenset(p[1:] for p in parts if p[0] == ".")
        ids = [p[1:] for p in parts if p[0] == "#"]
        type_ = (match.group("type") or "").lower()
        if len(set(ids)) > 1:
            continue  # (no element has two ids)
        specificity = (len(ids), len(classes), int(type_ not in {"", "*"}), order)
        yield _Rule(specificity, type_, classes, ids[0] if ids else "", values)
