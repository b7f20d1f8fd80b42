"""The access-token rules: stable_token, early expiry, one refresh at a time, retry once."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import respx
from adapter_helpers import golden, wechat_account

from govpub.errors import AuthExpiredError, ReauthorizationRequired
from govpub.platforms.wechat import TokenCache, WechatAdapter
from govpub.platforms.wechat.token import early_expiry_margin

BASE = "https://api.weixin.qq.com"


@pytest.mark.parametrize(
    ("expires_in", "margin"), [(7200, 300.0), (1000, 100.0), (345, 60.0), (60, 30.0), (10, 5.0)]
)
def test_early_expiry_margin(expires_in: float, margin: float) -> None:
    assert margin == early_expiry_margin(expires_in)


async def test_cached_token_expires_early() -> None:
    now = [1000.0]
    cache = TokenCache(clock=lambda: now[0])
    calls = 0

    async def fetch() -> tuple[str, float]:
        nonlocal calls
        calls += 1
        return f"token-{calls}", 7200.0

    assert await cache.get("k", fetch) == "token-1"
    now[0] += 7200 - 300 - 1
    assert await cache.get("k", fetch) == "token-1"
    now[0] += 1
    assert await cache.get("k", fetch) == "token-2"
    assert cache.refreshes["k"] == 2


async def test_concurrent_deliveries_cause_one_refresh() -> None:
    cache = TokenCache()
    calls = 0

    async def fetch() -> tuple[str, float]:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        return "shared-token", 7200.0

    tokens = await asyncio.gather(*(cache.get("k", fetch) for _ in range(20)))
    assert {"shared-token"} == set(tokens)
    assert calls == 1


async def test_invalidate_drops_only_the_token_that_failed() -> None:
    cache = TokenCache()

    async def fetch() -> tuple[str, float]:
        return "newer", 7200.0

    await cache.get("k", fetch)
    assert cache.invalidate("k", "older") is False
    assert cache.peek("k") == "newer"
    assert cache.invalidate("k", "newer") is True
    assert cache.peek("k") is None


@respx.mock
async def test_stable_token_is_the_default_and_sends_no_force_refresh() -> None:
    route = respx.post(f"{BASE}/cgi-bin/stable_token").mock(
        return_value=httpx.Response(200, json=golden("wechat", "stable_token_success"))
    )
    async with WechatAdapter(wechat_account()) as adapter:
        assert await adapter.api.token() == "ACCESS_TOKEN_PLACEHOLDER_0001"
        assert await adapter.api.token() == "ACCESS_TOKEN_PLACEHOLDER_0001"
    assert route.call_count == 1
    sent = json.loads(route.calls[0].request.content)
    expected = {
        "grant_type": "client_credential",
        "appid": "wx0123456789abcdef",
        "secret": "wx-app-secret-value",
        "force_refresh": False,
    }
    assert expected == sent


@respx.mock
async def test_classic_token_endpoint_when_configured() -> None:
    route = respx.get(f"{BASE}/cgi-bin/token").mock(
        return_value=httpx.Response(200, json=golden("wechat", "token_success"))
    )
    async with WechatAdapter(wechat_account(token_endpoint="classic")) as adapter:
        assert await adapter.api.token() == "ACCESS_TOKEN_PLACEHOLDER_CLASSIC"
    assert route.calls[0].request.url.params["grant_type"] == "client_credential"


@pytest.mark.parametrize("name", ["stable_token_40001", "stable_token_40125", "stable_token_40164"])
@respx.mock
async def test_token_endpoint_credential_errors_need_a_human(name: str) -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(
        return_value=httpx.Response(200, json=golden("wechat", name))
    )
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(ReauthorizationRequired) as caught:
            await adapter.api.token()
    assert caught.value.request_id == "6780a1b2-1c2d3e4f-5a6b7c8d"


@pytest.mark.parametrize("name", ["draft_add_40001", "draft_add_42001"])
@respx.mock
async def test_token_error_refreshes_once_and_retries_once(name: str) -> None:
    tokens = respx.post(f"{BASE}/cgi-bin/stable_token").mock(
        side_effect=[
            httpx.Response(200, json={"access_token": "first-token", "expires_in": 7200}),
            httpx.Response(200, json={"access_token": "second-token", "expires_in": 7200}),
        ]
    )
    draft = respx.post(f"{BASE}/cgi-bin/draft/add").mock(
        side_effect=[
            httpx.Response(200, json=golden("wechat", name)),
            httpx.Response(200, json=golden("wechat", "draft_add_success")),
        ]
    )
    async with WechatAdapter(wechat_account()) as adapter:
        assert await adapter.api.add_draft({"title": "t"}) == "DRAFT_MEDIA_ID_PLACEHOLDER"
    assert tokens.call_count == 2
    used = [call.request.url.params["access_token"] for call in draft.calls]
    assert used == ["first-token", "second-token"]


@respx.mock
async def test_a_second_token_error_is_raised_not_retried_again() -> None:
    tokens = respx.post(f"{BASE}/cgi-bin/stable_token").mock(
        side_effect=[
            httpx.Response(200, json={"access_token": f"token-{n}", "expires_in": 7200})
            for n in range(5)
        ]
    )
    draft = respx.post(f"{BASE}/cgi-bin/draft/add").mock(
        return_value=httpx.Response(200, json=golden("wechat", "draft_add_42001"))
    )
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(AuthExpiredError):
            await adapter.api.add_draft({"title": "t"})
    assert (tokens.call_count, draft.call_count) == (2, 2)


@respx.mock
async def test_a_newer_token_fetched_meanwhile_is_not_dropped() -> None:
    cache = TokenCache()
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(
        return_value=httpx.Response(200, json={"access_token": "fresh", "expires_in": 7200})
    )
    async with WechatAdapter(wechat_account(), tokens=cache) as adapter:
        await adapter.api.token()
        key = adapter.api.token_key
        assert cache.invalidate(key, "stale-token-someone-else-used") is False
        assert cache.peek(key) == "fresh"
