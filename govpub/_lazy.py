"""Public names imported on first use (PEP 562), for ``govpub`` and its heavier packages.

A package lists where each of its public names lives and defines::

    def __getattr__(name: str) -> Any:
        return load(globals(), _EXPORTS, name)

so that importing one light module of the package (``govpub.health.settings``,
which reading ``govpub.toml`` needs) does not import all the others (the health
check, and with it httpx and the platform adapters).  The same names are
imported under ``if TYPE_CHECKING:`` for type checkers; ``tests/core`` checks that
the two lists agree (issue 12, ``docs/performance.md`` "Start-up").
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any

__all__ = ["load", "names"]


def load(namespace: dict[str, Any], exports: Mapping[str, str], name: str) -> Any:
    """``name`` from the module ``exports`` names, cached in ``namespace``; else AttributeError."""
    module = exports.get(name)
    if module is None:
        raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    namespace[name] = value  # the next access is a plain attribute lookup
    return value


def names(namespace: dict[str, Any], exports: Mapping[str, str]) -> list[str]:
    """What ``dir()`` of the package shows: what it holds, and every public name."""
    return sorted({*namespace, *exports})
