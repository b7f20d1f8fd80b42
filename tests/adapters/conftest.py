"""Adapter tests: every test starts with an empty WeChat token cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govpub.platforms.wechat import SHARED_TOKENS


@pytest.fixture(autouse=True)
def _fresh_tokens() -> Iterator[None]:
    SHARED_TOKENS.clear()
    yield
    SHARED_TOKENS.clear()
