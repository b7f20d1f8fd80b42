"""pytest helpers for govpub users: a sandbox fixture and matrix builders.

Enable the fixtures in a ``conftest.py``::

    pytest_plugins = ["govpub.testing"]

then ask for ``sandbox`` in a test: a :class:`~govpub.sandbox.SandboxServer`
on an ephemeral loopback port, fresh for each test.  Build a matching matrix
with :func:`govpub.testing.sandbox.sandbox_matrix`.  Needs the ``sandbox`` extra.
"""

from __future__ import annotations

from govpub.testing.sandbox import SandboxAccount, SandboxMatrix, sandbox, sandbox_matrix

__all__ = ["SandboxAccount", "SandboxMatrix", "sandbox", "sandbox_matrix"]
