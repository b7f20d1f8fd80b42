"""The optional account questions on the adapter seam: safe defaults, and the memory answers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from healthkit import NOW, account, world

from govpub import NotSupported, TransientError
from govpub.model import Account
from govpub.platforms.base import Adapter, Capabilities, DeliveryContext
from govpub.platforms.memory import MemoryAdapter


class Bare(Adapter):
    platform = "bare-test"
    capabilities = Capabilities(label="最小适配器")

    @classmethod
    def render(cls, post: Any) -> Any:
        raise NotImplementedError

    async def publish(self, rendered: Any, ctx: Any) -> Any:
        raise NotImplementedError


async def test_the_defaults_are_safe() -> None:
    async with Bare(Account(id="b", platform="bare-test", name="某某", unit="某某局")) as adapter:
        with pytest.raises(NotSupported, match="bare-test"):
            await adapter.latest_publication()
        assert (None, None) == (adapter.interaction_enabled(), adapter.credentials_expire_at())


async def test_memory_answers_from_settings_and_records() -> None:
    outside = NOW - timedelta(days=5)
    expiry = NOW + timedelta(days=30)
    subject = account("m1", outside_post_at=outside, interaction=False, token_expires_at=expiry)
    async with MemoryAdapter(subject) as adapter:
        assert (False, expiry) == (adapter.interaction_enabled(), adapter.credentials_expire_at())
        assert outside == await adapter.latest_publication()
        world().clock = lambda: NOW
        rendered = MemoryAdapter.render(__import__("healthkit").post(1))
        ctx = DeliveryContext(key="k1", post_id="p_health_1", post_digest="d", account=subject)
        await adapter.publish(rendered, ctx)
        assert NOW == await adapter.latest_publication()
        await adapter.delete(ctx)
        assert outside == await adapter.latest_publication()


async def test_memory_can_be_told_to_fail_the_query() -> None:
    world().fail("latest", "transient", account="m1")
    async with MemoryAdapter(account("m1")) as adapter:
        with pytest.raises(TransientError):
            await adapter.latest_publication()
        assert await adapter.latest_publication() is None


def test_a_naive_seeded_time_is_refused() -> None:
    from pydantic import ValidationError

    from govpub.platforms.memory import MemorySettings

    with pytest.raises(ValidationError, match="time zone"):
        MemorySettings(outside_post_at=NOW.replace(tzinfo=None))
