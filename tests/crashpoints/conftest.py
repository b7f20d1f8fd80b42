"""One sandbox process and one crash-point harness (its fork servers) for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govpub.sandbox import SandboxProcess  # the root conftest's govpub.testing needs it too
from govpub.testing.crashpoints import CrashHarness


@pytest.fixture(scope="session")
def crash_sandbox() -> Iterator[SandboxProcess]:
    """The platforms, in a process of their own: they outlive every killed publisher."""
    with SandboxProcess() as sandbox:
        yield sandbox


@pytest.fixture(scope="session")
def crash_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrashHarness]:
    """Fork servers that import govpub once; children see this folder (``faulty_adapters``)."""
    with CrashHarness(
        tmp_path_factory.mktemp("crashpoints"), workers=2, preload=["faulty_adapters"]
    ) as harness:
        yield harness
