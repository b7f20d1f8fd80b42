"""Platform discovery through entry points: lazy, duplicates refused, unknown names explained."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import EntryPoint

import pytest

from govpub import ConfigError
from govpub.platforms import base
from govpub.platforms.memory import MemoryAdapter


def test_memory_adapter_is_registered_like_any_plug_in() -> None:
    assert "memory" in base.available_platforms()
    assert MemoryAdapter is base.get_adapter_class("memory")


def test_unknown_platform_lists_installed_ones() -> None:
    with pytest.raises(
        ConfigError, match=r"unknown platform 'douyin'; installed platforms: .*memory"
    ):
        base.get_adapter_class("douyin")


def fake_points(*points: EntryPoint) -> object:
    def entry_points(group: str) -> tuple[EntryPoint, ...]:
        assert base.ENTRY_POINT_GROUP == group
        return points

    return entry_points


def test_duplicate_names_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        base,
        "entry_points",
        fake_points(
            EntryPoint("memory", "govpub.platforms.memory:MemoryAdapter", base.ENTRY_POINT_GROUP),
            EntryPoint("memory", "other_pkg.fake:Adapter", base.ENTRY_POINT_GROUP),
        ),
    )
    with pytest.raises(ConfigError, match="registered twice"):
        base.available_platforms()


def test_the_same_entry_point_seen_twice_is_not_a_duplicate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    point = EntryPoint("memory", "govpub.platforms.memory:MemoryAdapter", base.ENTRY_POINT_GROUP)
    monkeypatch.setattr(base, "entry_points", fake_points(point, point))
    assert ["memory"] == base.available_platforms()


def test_an_entry_point_that_is_not_an_adapter_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        base, "entry_points", fake_points(EntryPoint("bogus", "json:dumps", base.ENTRY_POINT_GROUP))
    )
    with pytest.raises(ConfigError, match="not a govpub Adapter subclass"):
        base.get_adapter_class("bogus")


def test_import_govpub_loads_no_cli_sandbox_or_adapter() -> None:
    # (rich is left out of the list: structlog imports it by itself whenever it is installed.)
    # The contract and the platform-independent modules beside it are not adapters.
    shared = ("govpub.platforms.base", "govpub.platforms._common", "govpub.platforms.preflight")
    code = (
        "import sys, govpub\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('govpub.cli', 'govpub.sandbox', "
        "'govpub.platforms.', 'typer', 'starlette', 'uvicorn')) "
        f"and m not in {shared!r})\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == out.stdout.strip()
