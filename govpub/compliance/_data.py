"""The word lists shipped under ``govpub/compliance/data/``: one reader for all of them.

A list is one entry a line; a line that starts with ``#`` is a comment and blank lines
are skipped.  Callers cache what they build from a list (each list is read once).
"""

from __future__ import annotations

from importlib import resources

__all__ = ["data_kinds", "data_text", "data_words"]


def data_text(name: str) -> str:
    """The text of ``data/<name>``."""
    return (resources.files("govpub.compliance") / "data" / name).read_text(encoding="utf-8")


def data_words(name: str) -> tuple[str, ...]:
    """The entries of the word list ``data/<name>``, stripped, in order."""
    lines = (line.strip() for line in data_text(name).lstrip("\ufeff").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def data_kinds(name: str) -> dict[str, list[str]]:
    """The words of each kind of a list whose lines read ``kind: word word …``
    (``data/attribute_kinds.txt``), a kind's lines joined in order."""
    kinds: dict[str, list[str]] = {}
    for line in data_words(name):
        kind, _, words = line.partition(":")
        kinds.setdefault(kind.strip(), []).extend(words.split())
    return kinds
