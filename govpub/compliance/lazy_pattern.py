"""Regular expressions compiled on first use, not at import.

``govpub check`` is a short process: what it compiles and never uses is start-up
time the editor waits for.  Most of the checks' large expressions (a 密级 with its
stand-ins and periods, an ID number's groupings, a document's header fields) run
only where a cheaper first pass found a candidate, and a typical post holds none.
Compiling those at import cost about 70 ms of every ``govpub check`` on the
benchmark machine (docs/performance.md, "Start-up").

A :class:`LazyPattern` reads like the compiled pattern it stands for: the first
attribute asked for compiles it and copies the matching methods onto the instance,
so every later ``search``/``finditer``/``sub`` is an instance attribute (a bound
method of the compiled pattern) — no wrapper between the caller and the C matcher.
``pattern`` and ``flags`` are there from the start, so a larger expression built
from this one's source does not compile it.  An expression whose source is itself built
from a shipped word list (:meth:`LazyPattern.built`) reads the list on first need — when
the expression is first used or its ``pattern`` first read — not at import.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any, Self

from govpub.compliance.regex_cache import regex

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["AnyPattern", "LazyPattern"]

#: What is copied onto the instance when the expression is compiled.
_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "groups",
    "groupindex",
)


class LazyPattern:
    """``re.compile(pattern, flags)``, done when the expression is first used."""

    flags: int

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern: str | Callable[[], str] = pattern
        self.flags = flags

    @classmethod
    def built(cls, source: Callable[[], str], flags: int = 0) -> Self:
        """``re.compile(source(), flags)``, with ``source()`` too called on first need: the
        first use, or the first read of :attr:`pattern` — an expression made from a word list
        under ``data/`` reads the list then, not at import (docs/performance.md, "Start-up")."""
        lazy = cls("", flags)
        lazy._pattern = source
        return lazy

    @property
    def pattern(self) -> str:
        """The expression's source (built now if it was not yet: :meth:`built`)."""
        pattern = self._pattern
        if not isinstance(pattern, str):
            # Two threads may both build the first time: the same source, set twice.
            pattern = self._pattern = pattern()
        return pattern

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled now if it was not yet)."""
        compiled: re.Pattern[str] | None = self.__dict__.get("_compiled")
        return self._compile() if compiled is None else compiled

    def _compile(self) -> re.Pattern[str]:
        # Two threads may both compile the first time: the same result, set twice.
        compiled = regex(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self._compiled = compiled
        return compiled

    if TYPE_CHECKING:  # the compiled pattern's methods, as the instance will hold them

        def search(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...
        def match(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...
        def fullmatch(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> re.Match[str] | None: ...
        def finditer(
            self, string: str, pos: int = 0, endpos: int = sys.maxsize
        ) -> Iterator[re.Match[str]]: ...
        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...
        def sub(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> str: ...
        def subn(
            self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> tuple[str, int]: ...
        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...

        groups: int
        groupindex: dict[str, int]

    else:

        def __getattr__(self, name: str) -> Any:
            # Only for a missing attribute: the first use.  Afterwards the methods are
            # found on the instance and this is not called again.
            if name not in _METHODS:
                raise AttributeError(name)
            return getattr(self._compile(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}{'…' if len(self.pattern) > 60 else ''})"


#: Either kind, for a function that only matches with what it is given.
AnyPattern = re.Pattern[str] | LazyPattern
