"""Fixtures for the review tests (helpers live in ``reviewkit``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reviewkit import KEYS, T0, Sign, review_section

from govpub import Approval, Post, ReviewPolicy, approve


@pytest.fixture
def keys() -> dict[str, Ed25519PrivateKey]:
    """Every team member's private key, plus one of an outsider (``外人``)."""
    return KEYS


@pytest.fixture
def policy() -> ReviewPolicy:
    return ReviewPolicy.from_mapping(review_section())


@pytest.fixture
def post() -> Post:
    return Post(
        id="p_review_test",
        title="关于开展2026年春季义务植树活动的通知",
        body="各区人民政府，市政府各部门：\n\n市绿化委员会决定于3月12日前后组织开展春季义务植树活动。",
        author="市绿化委员会办公室",
        category="daily",
        publish_at=T0 + timedelta(days=1),
    )


@pytest.fixture
def sign(keys: dict[str, Ed25519PrivateKey]) -> Sign:
    """``sign(post, "张敏", "editor", minutes=10, **approve_kwargs)``: signed at T0 + minutes."""

    def _sign(post: Post, reviewer: str, role: str, *, minutes: int = 0, **kwargs: Any) -> Approval:
        key = kwargs.pop("key", keys.get(reviewer))
        return approve(
            post,
            reviewer=reviewer,
            role=role,
            key=key,
            now=kwargs.pop("now", T0 + timedelta(minutes=minutes)),
            **kwargs,
        )

    return _sign
