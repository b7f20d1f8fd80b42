"""``govpub.testing.crashpoints.__all__`` is sorted and is exactly its public surface."""

from __future__ import annotations

import types

from govpub.testing import crashpoints


def test_all_is_sorted_and_complete() -> None:
    public = {
        name
        for name, value in vars(crashpoints).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    } - {"annotations"}
    assert sorted(crashpoints.__all__) == crashpoints.__all__
    assert public == set(crashpoints.__all__)
