"""An endpoint without a query is parsed once per process; one with a query every time.

httpx parses a URL given as a string on each request; the adapters' endpoints
recur post after post, so :func:`~govpub.platforms.base.parsed_endpoint` keeps
them parsed.  A URL with a query may carry a token, and is never kept.
"""

from __future__ import annotations

import httpx
from adapter_helpers import app_account

from govpub.platforms._http import parsed_endpoint
from govpub.platforms.app import AppAdapter
from govpub.platforms.base import make_http_client


def recording(seen: list[httpx.URL]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={})

    return httpx.MockTransport(answer)


async def test_an_endpoint_is_parsed_once_and_sent_as_written() -> None:
    seen: list[httpx.URL] = []
    url = "https://parsed-once.example.gov.cn/govpub/posts"
    async with make_http_client(transport=recording(seen)) as client:
        adapter = AppAdapter(app_account(), client=client)
        before = parsed_endpoint.cache_info()
        for _ in range(3):
            await adapter.send("POST", url, idempotent=False, content=b"{}")
        after = parsed_endpoint.cache_info()
    assert [httpx.URL(url)] * 3 == seen
    assert 1 == after.misses - before.misses
    assert 2 == after.hits - before.hits


async def test_a_url_with_a_query_is_not_kept() -> None:
    seen: list[httpx.URL] = []
    urls = [f"https://api.example.cn/cgi-bin/draft/add?access_token=token-{n}" for n in range(3)]
    async with make_http_client(transport=recording(seen)) as client:
        adapter = AppAdapter(app_account(), client=client)
        before = parsed_endpoint.cache_info()
        for url in urls:
            await adapter.send("POST", url, idempotent=False, content=b"{}")
        after = parsed_endpoint.cache_info()
    assert [httpx.URL(u) for u in urls] == seen
    assert before.currsize == after.currsize
    assert before.misses == after.misses
