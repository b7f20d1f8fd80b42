"""Regular expressions compiled once per machine, not once per process.

``govpub check`` is a short process, and compiling the checks' four hundred-odd
expressions was a quarter of it (100–140 ms of ≈ 430 ms: docs/performance.md,
"Start-up").  Python keeps nothing of a compiled expression between processes (a
pickled pattern compiles again when loaded), so :func:`regex` keeps what ``re``'s
compiler makes of each — the program it hands to the C matcher, with its groups —
in the cache directory of :mod:`~govpub.compliance.compiled_cache`, in a file named
for this interpreter and its matcher's ``MAGIC``, and makes the pattern from it as
``re.compile`` does.  The matcher validates every program it is given (a file that
does not load, or a program it refuses, is compiled anew); a pattern made so is equal
(``==``: the same source, flags and program) to ``re.compile``'s.

What a process compiles that the file lacked is added to it at exit, whole or not at
all.  Where ``re``'s internals are not what this expects (another interpreter), or
with ``GOVPUB_CACHE_DIR=off``, every expression is simply ``re.compile``d.
"""

from __future__ import annotations

import atexit
import logging
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from govpub.compliance.compiled_cache import cache_dir, write_whole

__all__ = ["regex"]

_log = logging.getLogger("govpub.compliance")

try:  # CPython's own compiler, as re.compile calls it (3.11 to 3.13 alike)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _COMPILE_AS_RE = callable(getattr(_compiler, "_code", None)) and callable(_parser.parse)
except ImportError:  # pragma: no cover - another interpreter
    _COMPILE_AS_RE = False

#: A compiled expression's program: its flags, its code, its group count, name → index
#: and index → name (``_sre.compile``'s arguments after the source).
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: The programs the file holds at most: more (old releases' expressions) and only those
#: this process used are kept.
_MOST = 4000


class _Programs:
    """The programs known to this process: read from the file on first use, what this
    process compiled added to it at exit."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.known: dict[tuple[str, int], _Program] | None = None
        self.made: dict[tuple[str, int], _Program] = {}
        self.used: set[tuple[str, int]] = set()

    def load(self) -> dict[tuple[str, int], _Program]:
        directory = cache_dir()
        self.path = None if directory is None else directory / _file_name()
        self.known = _read(self.path) if self.path is not None else {}
        return self.known

    def add(self, key: tuple[str, int], program: _Program) -> None:
        if not self.made and self.path is not None:
            atexit.register(self.keep)
        self.made[key] = program
        if self.known is not None:
            self.known[key] = program

    def keep(self) -> None:
        """Add what this process compiled to the file (another process may have added its own
        since this one read it: read again, and merged)."""
        if not self.made or self.path is None:
            return
        programs = _read(self.path)
        programs.update(self.made)
        if len(programs) > _MOST:
            programs = {key: programs[key] for key in self.used if key in programs}
        self.made = {}
        try:
            data = marshal.dumps(programs)
        except ValueError as exc:  # (a program of a kind not foreseen: nothing kept)
            _log.debug("compiled expressions not kept (%s)", exc)
            return
        write_whole(self.path, data)


_PROGRAMS = _Programs()


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, made from the program kept between processes when
    there is one (see the module's docstring)."""
    if not _COMPILE_AS_RE or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    known = _PROGRAMS.known if _PROGRAMS.known is not None else _PROGRAMS.load()
    _PROGRAMS.used.add(key)
    program = known.get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)  # type: ignore[no-any-return]
        except Exception as exc:  # not a program this matcher takes: compiled anew
            _log.debug("kept program of %.40r refused (%s); compiling", pattern, exc)
    program = _compiled_program(pattern, key[1])
    _PROGRAMS.add(key, program)
    return _sre.compile(pattern, *program)  # type: ignore[no-any-return]


def _compiled_program(pattern: str, flags: int) -> _Program:
    """What ``re.compile`` hands to ``_sre.compile`` for ``pattern`` (it raises ``re.error``
    for a bad one, as ``re.compile`` does)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(word) for word in _compiler._code(parsed, flags)]  # (opcodes: int subclasses)
    state: Any = parsed.state
    groupindex: dict[str, int] = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))


def _file_name() -> str:
    version = ".".join(map(str, sys.version_info[:3]))
    return f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC}.marshal"


def _read(path: Path) -> dict[tuple[str, int], _Program]:
    """The programs kept at ``path`` (none if it is missing or does not load)."""
    try:
        # (the directory is its user's alone, as for compiled_cache; every program read is
        # checked by _sre.compile, which refuses what it cannot run)
        programs = marshal.loads(path.read_bytes())  # noqa: S302
    except FileNotFoundError:
        return {}
    except Exception as exc:  # truncated, or not ours: compiled over at exit
        _log.debug("kept expressions %s not loaded (%s)", path, exc)
        return {}
    return programs if isinstance(programs, dict) else {}
