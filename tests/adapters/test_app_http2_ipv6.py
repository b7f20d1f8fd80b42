"""The app adapter over real sockets: IPv6 loopback, HTTP/2 (h2c prior knowledge) and HTTP/1.1.

A tiny receiver (starlette under hypercorn, which speaks HTTP/2) checks the
Standard Webhooks signature and the Idempotency-Key and stores each key once,
as own-app.md §1 describes; the test skips cleanly where the machine has no
IPv6 loopback.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
from adapter_helpers import WHSEC, app_account, app_rendered, context

pytest.importorskip("hypercorn")
starlette_requests = pytest.importorskip("starlette.requests")

from hypercorn.asyncio import serve  # noqa: E402
from hypercorn.config import Config  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.responses import JSONResponse, Response  # noqa: E402
from starlette.routing import Route  # noqa: E402

from govpub.platforms.app import AppAdapter  # noqa: E402
from govpub.webhooks import WebhookVerificationError, verify  # noqa: E402


def ipv6_loopback() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


def receiver(seen: list[tuple[str, str]]) -> Starlette:
    stored: dict[str, bytes] = {}

    async def create(request: starlette_requests.Request) -> Response:
        body = await request.body()
        try:
            msg_id = verify(WHSEC, dict(request.headers), body)
        except WebhookVerificationError as exc:
            return JSONResponse({"title": str(exc)}, status_code=401)
        if request.headers.get("idempotency-key") != f'"{msg_id}"':
            return JSONResponse({"title": "bad Idempotency-Key"}, status_code=400)
        if stored.setdefault(msg_id, body) != body:
            return JSONResponse({"title": "key reused"}, status_code=422)
        seen.append((request.scope["http_version"], msg_id))
        return JSONResponse({"id": f"app-{len(stored)}", "url": f"https://app.invalid/{msg_id}"})

    async def delete(request: starlette_requests.Request) -> Response:
        verify(WHSEC, dict(request.headers), await request.body())
        return Response(status_code=204)

    return Starlette(
        routes=[
            Route("/posts", create, methods=["POST"]),
            Route("/posts/{post_id}", delete, methods=["DELETE"]),
        ]
    )


async def serving(host: str, seen: list[tuple[str, str]]) -> AsyncIterator[str]:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    sock.close()
    config = Config()
    config.bind = [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"]
    config.loglevel = "WARNING"
    stop = asyncio.Event()
    task = asyncio.ensure_future(serve(receiver(seen), config, shutdown_trigger=stop.wait))  # type: ignore[arg-type]
    base = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    for _ in range(200):
        try:
            async with httpx.AsyncClient() as probe:
                await probe.get(f"{base}/ping")
            break
        except httpx.TransportError:
            await asyncio.sleep(0.02)
    try:
        yield base
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


@pytest.mark.parametrize(
    ("host", "http2"),
    [("::1", True), ("::1", False), ("127.0.0.1", True)],
    ids=["ipv6-h2", "ipv6-h1", "ipv4-h2"],
)
async def test_publish_and_delete_over_real_sockets(host: str, http2: bool) -> None:
    if ":" in host and not ipv6_loopback():
        pytest.skip("no IPv6 loopback on this machine")
    seen: list[tuple[str, str]] = []
    async for base in serving(host, seen):
        account = app_account(api_base=base)
        client = httpx.AsyncClient(http1=not http2, http2=http2)
        ctx, _ = context(account)
        async with AppAdapter(account, client=client) as adapter:
            outcome = await adapter.publish(app_rendered(), ctx)
            replay = await adapter.reconcile(app_rendered(), ctx)
            removed = await adapter.delete(ctx)
        await client.aclose()
    assert ("published", "app-1") == (outcome.state, outcome.platform_post_id)
    assert "published" == replay.state
    assert "retracted" == removed.state
    assert [("2" if http2 else "1.1", ctx.key)] == seen
