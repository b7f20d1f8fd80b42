"""The ``sandbox`` pytest fixture: a fresh sandbox on an ephemeral loopback port per test.

:func:`sandbox_matrix` (a ``govpub.toml`` of sandbox accounts) lives in
:mod:`govpub.sandbox.matrix` — it needs no pytest — and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govpub.sandbox.matrix import SandboxAccount, SandboxLike, SandboxMatrix, sandbox_matrix
from govpub.sandbox.server import SandboxServer

__all__ = ["SandboxAccount", "SandboxLike", "SandboxMatrix", "sandbox", "sandbox_matrix"]


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A fresh sandbox on an ephemeral loopback port, stopped after the test."""
    with SandboxServer() as server:
        yield server
