"""``govpub.testing.crashpoints.__all__`` is sorted (as ruff sorts) and is exactly its surface."""

from __future__ import annotations

import types

from govpub.testing import crashpoints


def isort_style(name: str) -> tuple[int, str]:
    """ruff's order (RUF022): CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2), name


def test_all_is_sorted_and_complete() -> None:
    public = {
        name
        for name, value in vars(crashpoints).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    } - {"annotations"}
    assert sorted(crashpoints.__all__, key=isort_style) == crashpoints.__all__
    assert public == set(crashpoints.__all__)
