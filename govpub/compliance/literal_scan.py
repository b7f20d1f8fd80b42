"""Every occurrence of a set of literal strings in one Hyperscan pass (the ``fast`` extra).

Python's regex engine and pyahocorasick both step through a text one character at a
time: on a 20,000-character post the term lists cost 0.4–0.6 ms, a fifth of
``check()``.  Hyperscan (Intel's multi-literal matcher, SIMD; ``pip install
'govpub[fast]'``, wheels for Linux x86-64 and ARM, macOS and Windows) does the same
pass in under 10 µs plus 25 µs to encode the text as UTF-8 (docs/performance.md).
Without it the :class:`~govpub.compliance.wording.TermMatcher` falls back to its own
engines, which give the same matches (a property test compares all three).

Literals are compiled as UTF-8 bytes with Hyperscan's pure-literal compiler (a
literal holds no NUL: the binding passes C strings).  A UTF-8 literal that starts with
a character's first byte can only match at a character boundary, so each match's
start is a character offset once the bytes before it are counted — counted once,
walking forward from the last match, so the conversion costs one pass at most.
Scratch space is per thread: a check may run on any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

__all__ = ["LiteralScanner", "hyperscan_module"]


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
        encoded = [literal.encode("utf-8", "surrogatepass") for literal in literals]
        for literal, raw in zip(literals, encoded, strict=True):
            if not raw or b"\x00" in raw:
                raise ValueError(f"literal {literal!r}: empty or holding NUL")
        self._lengths = [len(raw) for raw in encoded]
        self._database: Any = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        self._database.compile(
            expressions=encoded, ids=list(range(len(encoded))), elements=len(encoded), literal=True
        )
        self._hyperscan = hyperscan
        self._local = threading.local()

    def scan(self, text: str) -> list[tuple[int, int]]:
        """``(start, index)`` of every occurrence of ``literals[index]``, ordered by start
        (character offsets in ``text``); overlapping occurrences and prefixes included."""
        data = text.encode("utf-8", "surrogatepass")
        found: list[tuple[int, int]] = []
        lengths = self._lengths

        def matched(index: int, _start: int, end: int, _flags: int, _context: object) -> None:
            found.append((end - lengths[index], index))

        self._database.scan(data, match_event_handler=matched, scratch=self._scratch())
        if not found:
            return []
        found.sort()
        if data.isascii():  # (ASCII text: bytes are characters)
            return found
        out: list[tuple[int, int]] = []
        byte = character = 0
        for start, index in found:
            if start != byte:
                character += len(data[byte:start].decode("utf-8", "surrogatepass"))
                byte = start
            out.append((character, index))
        return out

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._hyperscan.Scratch(self._database)
        return scratch
