"""govpub's HTTP client keeps no cookies: one account's answer must not ride on another's call.

Every account of the matrix shares one client; govpub authenticates each call
itself (tokens, signatures), so a ``Set-Cookie`` from a platform is dropped.
"""

from __future__ import annotations

import httpx
import pytest

from govpub.platforms.base import make_http_client


def cookie_setting_platform(seen: list[str | None]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Cookie"))
        return httpx.Response(
            200, headers={"Set-Cookie": "session=account-a; Path=/; Domain=api.example.cn"}
        )

    return httpx.MockTransport(answer)


async def test_a_cookie_one_answer_sets_is_not_sent_on_the_next_call() -> None:
    seen: list[str | None] = []
    async with make_http_client(transport=cookie_setting_platform(seen)) as client:
        await client.post("https://api.example.cn/publish?account=a")
        await client.post("https://api.example.cn/publish?account=b")
        assert [None, None] == seen
        assert not client.cookies


async def test_a_plain_httpx_client_would_have_sent_it() -> None:
    """The behaviour the test above guards against (so that test can fail)."""
    seen: list[str | None] = []
    async with httpx.AsyncClient(transport=cookie_setting_platform(seen)) as client:
        await client.post("https://api.example.cn/publish?account=a")
        await client.post("https://api.example.cn/publish?account=b")
    assert [None, "session=account-a"] == seen


async def test_cookies_cannot_be_set_on_it() -> None:
    async with make_http_client(transport=cookie_setting_platform([])) as client:
        with pytest.raises(TypeError, match="no cookies"):
            client.cookies = {"session": "x"}
        with pytest.raises(TypeError, match="no cookies"):
            client.cookies.set("session", "x")
        assert not client.cookies
