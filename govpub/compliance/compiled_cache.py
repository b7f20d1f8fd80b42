"""Compiled Hyperscan databases kept between processes: a command pays no compile.

Compiling the shipped lists' 1,099 literals takes 20–40 ms — a twentieth of
``govpub check``'s whole run — and every command that checks a post pays it
again; loading the serialised database takes 0.03 ms.  So the compiled database
is kept in the user's cache directory, under the SHA-256 of everything that
decides it: the literals, how the caller compiles them, Hyperscan's version and this
machine's architecture.  A changed list, library or machine compiles anew; a file that
does not load (truncated, from another CPU) is compiled over; a directory that
cannot be written costs only the compile.

Where: ``GOVPUB_CACHE_DIR``, else ``$XDG_CACHE_HOME/govpub``, else
``~/.cache/govpub``; ``GOVPUB_CACHE_DIR=off`` keeps nothing.  Hyperscan trusts
what it deserialises, so the directory must be one only its user can write, as
the home directory's cache is.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["cache_dir", "compiled_database", "write_whole"]

_log = logging.getLogger("govpub.compliance")
#: Values of ``GOVPUB_CACHE_DIR`` that turn the cache off.
_OFF = frozenset({"", "0", "off", "no", "none", "false"})


def cache_dir() -> Path | None:
    """Where compiled databases are kept (``None``: nowhere; see the module docstring)."""
    chosen = os.environ.get("GOVPUB_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "govpub"


def compiled_database(
    hyperscan: ModuleType,
    literals: Sequence[bytes],
    compile_database: Callable[[], Any],
    *,
    form: str,
) -> Any:
    """``compile_database()``'s database of ``literals``: loaded from the cache, else compiled
    and kept there.  ``form`` says how the caller compiles them (change it when that changes)."""
    directory = cache_dir()
    if directory is None:
        return compile_database()
    path = directory / f"hyperscan-{_key(hyperscan, literals, form)}.db"
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except FileNotFoundError:
        pass
    except Exception as exc:  # unreadable, or not loadable here: compile over it
        _log.debug("compiled database %s not loaded (%s); compiling", path, exc)
    database = compile_database()
    write_whole(path, hyperscan.dumpb(database))
    return database


def _key(hyperscan: ModuleType, literals: Sequence[bytes], form: str) -> str:
    digest = hashlib.sha256()
    for part in (form, getattr(hyperscan, "__version__", "?"), platform.machine()):
        digest.update(f"{part}\n".encode())
    for literal in literals:  # a length before each: no two lists give the same bytes
        digest.update(len(literal).to_bytes(4, "big") + literal)
    return digest.hexdigest()[:32]


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (another process may read it now)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        _log.debug("%s not kept in %s (%s)", path.name, path.parent, exc)
