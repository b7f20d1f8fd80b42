"""pytest helpers for govpub users and adapter authors.

:mod:`govpub.testing.contract` — the adapter contract kit (:class:`AdapterContract`).
"""

from __future__ import annotations

import pytest

pytest.register_assert_rewrite("govpub.testing.contract")

from govpub.testing.contract import AdapterContract  # noqa: E402 - after the rewrite hook

__all__ = ["AdapterContract"]
