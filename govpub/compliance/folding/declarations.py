"""The one reader of a CSS declaration list: a ``style`` attribute's value, a rule's body.

A page applies the declaration that takes effect, not every one written: the last of a
property wins (``display:none;display:inline`` shows its element, review 66's L2), but an
``!important`` one wins over a later plain one; only a property at a declaration's start
counts (``content:'display:none'``, ``--x:white-space:pre``, ``background:url(a;b)`` declare
no ``display`` nor ``white-space``: the ``;`` inside quotes or parentheses splits nothing).
Comments read as nothing (``direction:/**/rtl``), and an escape as the character it stands
for (``display:n\\one`` is ``display:none``: review 77's L7).  Linear: one pass over the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from govpub.compliance.regex_cache import regex

__all__ = ["CSS_COMMENT", "declarations"]

# a CSS comment, which reads as nothing between a property's name and its value
# (``direction:/**/rtl``: review 62's L5); one left open runs to the end
CSS_COMMENT = regex(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
# the pieces a declaration list splits into: a run of plain characters, a quoted string (one
# left open runs to the end), a parenthesis, a ";"
_PIECE = regex(r"""[^;"'()\\]++|\\.?|"(?:[^"\\]|\\.?)*+"?|'(?:[^'\\]|\\.?)*+'?|[()]|;""", re.DOTALL)
_DECLARATION = regex(r"\s*+(-{0,2}[a-z_][a-z0-9_-]*+)\s*+:(.*)", re.DOTALL | re.IGNORECASE)
_IMPORTANT = regex(r"!\s*important\s*$", re.IGNORECASE)
# a CSS escape (CSS Syntax 3, 4.3.7): up to six hex digits and one white space after them, or
# any other character but a line break, which stands for itself
_ESCAPE = regex(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([^\n\r\f]))")


def declarations(
    style: str,
    valid: Mapping[str, frozenset[str]] | None = None,
    weighty_names: set[str] | None = None,
) -> dict[str, str]:
    """``style``'s declarations that take effect, by lower-case property: the last of each
    wins, an ``!important`` one over any later plain one; values stripped, in lower case,
    without ``!important``.  A piece that does not start with a property and a colon
    declares nothing, nor does a value of a property in ``valid`` that is not among its
    values there: CSS drops it, the earlier one standing (``direction:rtl;direction:foo``
    is ``rtl``: review 66's L9).  ``weighty_names``, when given, gets the properties whose
    declaration that takes effect is ``!important`` (one that beats another list's plain one:
    a sheet's over an inline style, review 77's F6)."""
    if "/*" in style:
        style = CSS_COMMENT.sub("", style)
    found: dict[str, str] = {}
    important: set[str] = set()
    for written in _split(style):
        declared = _DECLARATION.match(
            _ESCAPE.sub(_unescaped, written) if "\\" in written else written
        )
        if declared is None:
            continue
        name = declared.group(1).lower()
        value = declared.group(2).strip()
        weighty = _IMPORTANT.search(value) is not None
        if name in important and not weighty:
            continue  # (a plain declaration does not override an !important one)
        if weighty:
            value = _IMPORTANT.sub("", value).strip()
        value = value.lower()
        if valid is not None and name in valid and value not in valid[name]:
            continue  # (an invalid value: dropped)
        if weighty:
            important.add(name)
        found[name] = value
    if weighty_names is not None:
        weighty_names.update(important)
    return found


def _unescaped(escape: re.Match[str]) -> str:
    """The character a CSS escape stands for: a code point out of range, a surrogate or
    zero is U+FFFD, as CSS reads it."""
    if escape.group(2) is not None:
        return escape.group(2)
    point = int(escape.group(1), 16)
    return "\ufffd" if point == 0 or 0xD800 <= point <= 0xDFFF or point > 0x10FFFF else chr(point)


def _split(style: str) -> list[str]:
    """``style`` cut at its ``;`` outside quotes and parentheses."""
    pieces: list[str] = []
    start = depth = 0
    for piece in _PIECE.finditer(style):
        mark = piece.group()
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth = max(0, depth - 1)
        elif mark == ";" and depth == 0:
            pieces.append(style[start : piece.start()])
            start = piece.end()
    pieces.append(style[start:])
    return pieces
