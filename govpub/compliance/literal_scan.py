"""Every occurrence of a set of literal strings in one Hyperscan pass (the ``fast`` extra).

Python's regex engine and pyahocorasick both step through a text one character at a
time: on a 20,000-character post the term lists cost 0.4–0.6 ms, a fifth of
``check()``.  Hyperscan (Intel's multi-literal matcher, SIMD; ``pip install
'govpub[fast]'``, wheels for Linux x86-64 and ARM, macOS and Windows) does the same
pass in about 25 µs, encoding the text included (docs/performance.md).  Without it
the :class:`~govpub.compliance.wording.TermMatcher` falls back to its own engines,
which give the same matches (a property test compares all three).

The text is scanned as UTF-16 code units (little-endian bytes): a character of the
BMP is two bytes, so a match's start is a character offset after one halving, where
UTF-8 would need the bytes before it decoded (20–30 µs) and UTF-32 scans four times the
bytes, half of them zero (20 times slower).  A match at an odd byte straddles two code
units and is no match of characters; a character beyond the BMP is two units, and the
offsets after one are corrected by counting them.  Literals are compiled as
expressions of escaped bytes (the binding's pure-literal mode stops at a NUL byte, and
every ASCII character has one in UTF-16), and the compiled database is kept between
processes (:mod:`~govpub.compliance.compiled_cache`).  Scratch space is per thread: a
check may run on any thread.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Sequence
from functools import cache, lru_cache, partial
from types import ModuleType
from typing import Any

from govpub.compliance.compiled_cache import compiled_database
from govpub.compliance.regex_cache import regex

__all__ = ["LiteralScanner", "hyperscan_module", "literal_scanner"]

_ASTRAL = regex("[\U00010000-\U0010ffff]")


@cache
def hyperscan_module() -> ModuleType | None:
    """The ``hyperscan`` module, or ``None`` when it is not installed (imported on first use)."""
    try:
        import hyperscan  # noqa: PLC0415 - optional, and 11 ms: not at import govpub
    except ImportError:
        return None
    return hyperscan


class LiteralScanner:
    """One compiled Hyperscan database of ``literals``; :meth:`scan` finds every occurrence."""

    def __init__(self, literals: Sequence[str]) -> None:
        hyperscan = hyperscan_module()
        if hyperscan is None:
            raise RuntimeError("hyperscan is not installed: pip install 'govpub[fast]'")
        encoded = [literal.encode("utf-16-le", "surrogatepass") for literal in literals]
        if not all(encoded):
            raise ValueError("an empty literal matches everywhere")
        self._lengths = [len(raw) for raw in encoded]
        self._database: Any = compiled_database(
            hyperscan, encoded, partial(_compile, hyperscan, encoded), form=_FORM
        )
        self._hyperscan = hyperscan
        self._local = threading.local()

    def scan(self, text: str) -> list[tuple[int, int]]:
        """``(start, index)`` of every occurrence of ``literals[index]``, ordered by start
        (character offsets in ``text``); overlapping occurrences and prefixes included."""
        data = text.encode("utf-16-le", "surrogatepass")
        found: list[tuple[int, int]] = []
        lengths = self._lengths

        def matched(index: int, _start: int, end: int, _flags: int, _context: object) -> None:
            start = end - lengths[index]
            if not start % 2:  # (odd: across two code units)
                found.append((start // 2, index))

        self._database.scan(data, match_event_handler=matched, scratch=self._scratch())
        if not found:
            return []
        found.sort()
        if len(data) == 2 * len(text):
            return found
        # characters beyond the BMP: two units each, so subtract those before each start
        astral = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(text))]  # their units
        return [(unit - bisect.bisect_left(astral, unit), index) for unit, index in found]

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._hyperscan.Scratch(self._database)
        return scratch


#: How :func:`_compile` builds a database (its cache key: change it when that changes).
_FORM = "utf-16-le literals as escaped-byte expressions, block mode, v1"


def _compile(hyperscan: ModuleType, literals: list[bytes]) -> Any:
    """The database of ``literals`` (UTF-16 bytes), each an expression of escaped bytes."""
    expressions = ["".join(f"\\x{byte:02x}" for byte in raw).encode() for raw in literals]
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=expressions, ids=list(range(len(expressions))), elements=len(expressions)
    )
    return database


@lru_cache(maxsize=16)
def literal_scanner(literals: tuple[str, ...]) -> LiteralScanner:
    """A :class:`LiteralScanner` of ``literals``, compiled once per set (as ``re`` caches
    expressions): a policy built again from the same lists (each ``Policy.from_matrix``)
    reuses the database instead of compiling it again (5–10 ms for the shipped lists)."""
    return LiteralScanner(literals)
