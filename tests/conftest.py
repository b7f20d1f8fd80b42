"""Hermetic test set-up: no GOVPUB_* variables, no network, fresh memory worlds and secrets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govpub._redact import forget_secrets
from govpub.platforms.memory import MemoryWorld

pytest_plugins = ["govpub.testing"]


@pytest.fixture(scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' own cache of compiled databases (never the user's ``~/.cache``)."""
    return tmp_path_factory.mktemp("govpub-cache")


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch, _cache_dir: Path) -> Iterator[None]:
    import os

    for name in list(os.environ):
        if name.startswith("GOVPUB_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(_cache_dir))
    MemoryWorld.reset_all()
    yield
    MemoryWorld.reset_all()
    forget_secrets()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run the full-size slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="full-size run: pass --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
