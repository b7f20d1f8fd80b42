"""Write a corpus family's YAML (``tests/compliance/corpus/README.md``) from a generator script.

The generators in ``tests/compliance/corpus/`` (``gen_*.py``) each wrote their family with
their own copy of the same quoting helper and line loop; this is that one copy, so that
every generated family quotes its strings the same way and a fix to the format lands once.

Strings are written JSON-quoted (a JSON string is a YAML double-quoted scalar), with the
characters a reader cannot see or tell apart from a space written as ``\\uXXXX`` escapes,
so that the file shows the trick a case plays. (``gen_redteam54.py`` dumps its family with
PyYAML, multi-line texts as ``|-`` blocks, a different layout, and does not use this.)
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypedDict, Unpack

# Invisible, joining, direction, filler or odd-width space characters: escaped in the file.
ESCAPED = frozenset(
    "\u00a0\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u2060\u2061\u3000\u3164\ufe0f\ufeff"
)

# The README's order of a case's keys.
KEYS = ("id", "text", "expect", "rule", "excerpt", "note", "field", "source", "xfail")


class Style(TypedDict, total=False):
    """:func:`render`'s keywords, for :func:`write` to pass on."""

    header: str | None
    keys: Sequence[str]
    bare: Collection[str]
    escaped: Collection[str]


def quote(text: str, escaped: Collection[str] = ESCAPED) -> str:
    """``text`` as a double-quoted YAML scalar, the characters in ``escaped`` written ``\\uXXXX``."""
    out = json.dumps(text, ensure_ascii=False)
    for char in escaped:
        out = out.replace(char, f"\\u{ord(char):04x}")
    return out


def render(
    family: str,
    cases: Iterable[Mapping[str, object]],
    *,
    header: str | None = None,
    keys: Sequence[str] = KEYS,
    bare: Collection[str] = ("id", "expect"),
    escaped: Collection[str] = ESCAPED,
) -> str:
    """The family's YAML: an optional ``# header`` comment, ``family:``, then ``cases:``.

    Each case's keys are written in the order of ``keys`` (the README's by default); a
    ``field`` of ``body``, the default, is left out. The values of the keys in ``bare``
    are written as they are, other strings quoted with :func:`quote` (escaping the
    characters in ``escaped``) and anything else (a list of rules) as JSON.
    """
    lines = [f"# {header}"] if header is not None else []
    lines += [f"family: {family}", "cases:"]
    for case in cases:
        prefix = "- "
        for key in keys:
            if key not in case or (key == "field" and case[key] == "body"):
                continue
            value = case[key]
            if key in bare:
                shown = str(value)
            elif isinstance(value, str):
                shown = quote(value, escaped)
            else:
                shown = json.dumps(value, ensure_ascii=False)
            lines.append(f"{prefix}{key}: {shown}")
            prefix = "  "
    return "\n".join(lines) + "\n"


def write(
    path: Path, family: str, cases: Iterable[Mapping[str, object]], **style: Unpack[Style]
) -> Path:
    """Write :func:`render`'s text (``style``: its keywords) to ``path`` in UTF-8; return it."""
    path.write_text(render(family, cases, **style), encoding="utf-8")
    return path
