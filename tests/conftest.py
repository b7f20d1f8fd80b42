"""Hermetic test set-up: no GOVPUB_* variables, no network, fresh memory worlds and secrets."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# The tests' own cache of compiled databases and expressions (never the user's ``~/.cache``),
# set before govpub is imported: the expressions a module compiles at import are looked up,
# and those compiled kept at exit, where GOVPUB_CACHE_DIR says then.  Removed at exit after
# they are kept (atexit runs the last registered first).
_CACHE = tempfile.mkdtemp(prefix="govpub-test-cache-")
os.environ["GOVPUB_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from govpub._redact import forget_secrets  # noqa: E402
from govpub.platforms.memory import MemoryWorld  # noqa: E402

pytest_plugins = ["govpub.testing"]

# Property tests draw new examples on every run where a developer runs them (that is how they
# find what no one wrote down), and the same ones in CI: a red build must mean a change broke
# something, never that the dice found an old gap that day (.ci/run sets CI).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def _cache_dir() -> Path:
    """The tests' own cache of compiled databases and expressions (:data:`_CACHE`)."""
    return Path(_CACHE)


@pytest.fixture(autouse=True)
def _hermetic(monkeypatch: pytest.MonkeyPatch, _cache_dir: Path) -> Iterator[None]:
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
