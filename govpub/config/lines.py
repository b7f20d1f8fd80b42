"""Where a key is written in ``govpub.toml``: dotted key path → line number.

``tomllib`` gives values, not positions, so errors found after parsing would
name a key but no line.  This is a small scanner of the TOML text that knows
table headers (``[publisher.retry]``), arrays of tables (``[[accounts]]``, the
n-th one being ``accounts[n]``), ``key = value`` lines (dotted keys too), and
inline tables (``credentials = { app_id = …, app_secret = … }``, also inside
arrays: ``tiers = [{ role = … }, { role = … }]``).  It is a locator, not a
parser: the file has already been parsed successfully, and an unknown
construct only costs the line number, never the error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["KeyLines", "parse_key"]

Path = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*="
)
_INLINE_KEY = re.compile(r"(?:^|[{,])\s*([A-Za-z0-9_-]+)\s*=")
_PART = re.compile(r"[A-Za-z0-9_-]+|\[\d+\]")


def _key_parts(text: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in text.split("."))


def parse_key(dotted: str) -> Path:
    """``accounts[0].credentials.app_id`` → ``("accounts", 0, "credentials", "app_id")``."""
    return tuple(int(p[1:-1]) if p.startswith("[") else p for p in _PART.findall(dotted))


class KeyLines:
    """Line numbers (1-based) of the keys and tables of one TOML text."""

    def __init__(self, lines: Mapping[Path, int]) -> None:
        self._lines = dict(lines)

    @classmethod
    def from_text(cls, text: str) -> KeyLines:
        """Scan ``text`` (see the module docstring)."""
        found: dict[Path, int] = {}
        counts: dict[tuple[str, ...], int] = {}
        table: Path = ()
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string is not None:
                if in_string in line:
                    in_string = None
                continue
            header = _HEADER.match(line)
            if header and not _KEY.match(line):
                names = _key_parts(header.group(2))
                if header.group(1) == "[[":
                    index = counts.get(names, -1) + 1
                    counts[names] = index
                    table = (*cls._within(names, counts), index)
                    found.setdefault(table[:-1], number)  # the array itself: its first table
                else:
                    table = cls._within(names, counts)
                found.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key is None:
                continue
            path = (*table, *_key_parts(key.group(1)))
            found.setdefault(path, number)
            value = line[key.end() :]
            cls._inline(value, path, number, found)
            for quote in ('"""', "'''"):
                if value.count(quote) == 1:
                    in_string = quote
        return cls(found)

    @staticmethod
    def _within(names: tuple[str, ...], counts: Mapping[tuple[str, ...], int]) -> Path:
        """A header's path, with the current index of every enclosing array of tables."""
        path: list[str | int] = []
        for depth, name in enumerate(names):
            path.append(name)
            index = counts.get(names[: depth + 1])
            if index is not None and depth < len(names) - 1:
                path.append(index)
        return tuple(path)

    @staticmethod
    def _inline(value: str, path: Path, number: int, found: dict[Path, int]) -> None:
        """Keys of inline tables on this line: ``{ a = 1 }`` or ``[{ a = 1 }, { a = 2 }]``."""
        stripped = value.strip()
        if stripped.startswith("{"):
            for match in _INLINE_KEY.finditer(stripped):
                found.setdefault((*path, match.group(1)), number)
        elif stripped.startswith("["):
            for index, group in enumerate(re.findall(r"\{[^{}]*\}", stripped)):
                found.setdefault((*path, index), number)
                for match in _INLINE_KEY.finditer(group):
                    found.setdefault((*path, index, match.group(1)), number)

    def line_of(self, key: str | None) -> int | None:
        """The line of ``key`` — or of the closest enclosing key or table that is written."""
        if not key:
            return None
        parts = parse_key(key)
        for size in range(len(parts), 0, -1):
            line = self._lines.get(parts[:size])
            if line is not None:
                return line
        return None
