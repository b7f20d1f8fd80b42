"""pytest helpers for govpub users: a sandbox fixture, matrix builders, the adapter contract kit.

Enable the fixtures in a ``conftest.py``::

    pytest_plugins = ["govpub.testing"]

then ask for ``sandbox`` in a test: a :class:`~govpub.sandbox.SandboxServer`
on an ephemeral loopback port, fresh for each test.  Build a matching matrix
with :func:`govpub.testing.sandbox.sandbox_matrix`.  Needs the ``sandbox`` extra.
``postgres_ledger_url`` is a fresh schema on a throw-away PostgreSQL server
(:mod:`govpub.testing.postgres`; needs the ``postgres`` extra and the server binaries).

Adapter authors inherit :class:`~govpub.testing.contract.AdapterContract`
(``govpub.testing.contract``) to run the contract kit against their fake, and
:class:`~govpub.testing.crashpoints.CrashPointContract` beside it for the
crash-point harness (``govpub.testing.crashpoints``: a publication killed at each
ledger write, adapter step and platform answer, then resumed, is published
exactly once).
"""

from __future__ import annotations

import pytest

pytest.register_assert_rewrite("govpub.testing.contract", "govpub.testing.crashpoints.contract")

from govpub.testing.contract import AdapterContract  # noqa: E402 - after the rewrite hook
from govpub.testing.postgres import postgres_ledger_url, postgres_url  # noqa: E402
from govpub.testing.sandbox import (  # noqa: E402
    SandboxAccount,
    SandboxMatrix,
    sandbox,
    sandbox_matrix,
)

__all__ = [
    "AdapterContract",
    "SandboxAccount",
    "SandboxMatrix",
    "postgres_ledger_url",
    "postgres_url",
    "sandbox",
    "sandbox_matrix",
]
