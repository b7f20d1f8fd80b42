"""``govpub.__all__`` is sorted and is exactly the public surface (after httpx's test)."""

from __future__ import annotations

import types

import govpub


def test_all_is_sorted_and_complete() -> None:
    public = {
        name
        for name, value in vars(govpub).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name not in {"annotations", "Any"}
    }
    assert sorted(govpub.__all__) == govpub.__all__
    assert public == set(govpub.__all__)


def test_every_exported_name_exists() -> None:
    for name in govpub.__all__:
        assert getattr(govpub, name) is not None
