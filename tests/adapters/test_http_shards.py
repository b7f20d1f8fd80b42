"""The sharded HTTP client: small pools, least-busy routing, limits, keep-alive, proxies.

``make_http_client`` splits its connection limit over pools of at most four
(issue 13, item 6).  These tests hold it to what the single pool promised: no
more connections than the limit, connections kept alive and reused, the user
agent, and the environment's proxies — a client with a custom transport does
not read them by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from govpub.platforms._http import USER_AGENT
from govpub.platforms._sharding import (
    ShardedTransport,
    environment_proxies,
    shard_sizes,
)
from govpub.platforms.base import make_http_client

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (1, [1]),
        (4, [4]),
        (5, [3, 2]),
        (10, [4, 3, 3]),
        (64, [4] * 16),
        (99, [4] * 24 + [3]),
    ],
)
def test_shard_sizes_sum_to_the_limit_none_over_four(limit: int, expected: list[int]) -> None:
    assert expected == shard_sizes(limit)
    assert limit == sum(shard_sizes(limit))


def test_shard_sizes_refuse_zero() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        shard_sizes(0)


# -- routing (in-memory shards that hold requests until released) ----------------------


class Body(httpx.AsyncByteStream):
    """A body read from the network (not pre-read, as ``content=`` would be)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"ok"


class Held(httpx.AsyncBaseTransport):
    """A shard that answers only when ``release`` is set; counts what it received."""

    def __init__(self, release: asyncio.Event, fail: bool = False) -> None:
        self.release = release
        self.fail = fail
        self.received = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.received += 1
        await self.release.wait()
        if self.fail:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, stream=Body())


async def test_requests_fill_the_home_pool_then_go_to_the_least_busy() -> None:
    release = asyncio.Event()
    shards = [Held(release) for _ in range(3)]
    transport = ShardedTransport(shards, [2, 2, 2])
    async with httpx.AsyncClient(transport=transport) as client:
        tasks = [asyncio.create_task(client.get("http://one.example/")) for _ in range(6)]
        await asyncio.sleep(0.01)
        assert (2, 2, 2) == transport.in_flight
        # Over the limit: the least busy pool (all full here) takes it and queues it.
        extra = asyncio.create_task(client.get("http://one.example/"))
        await asyncio.sleep(0.01)
        assert 7 == sum(transport.in_flight)
        release.set()
        responses = await asyncio.gather(*tasks, extra)
    assert [200] * 7 == [r.status_code for r in responses]
    assert (0, 0, 0) == transport.in_flight
    assert 7 == sum(s.received for s in shards)


async def test_a_host_returns_to_its_home_pool_while_it_has_room() -> None:
    release = asyncio.Event()
    release.set()
    shards = [Held(release) for _ in range(4)]
    transport = ShardedTransport(shards, [8] * 4)
    async with httpx.AsyncClient(transport=transport) as client:
        for _ in range(5):
            await client.get("http://one.example/")
    assert [5] == [s.received for s in shards if s.received]


async def test_a_failed_or_cancelled_request_gives_its_slot_back() -> None:
    release = asyncio.Event()
    failing = ShardedTransport([Held(release, fail=True)], [1])
    async with httpx.AsyncClient(transport=failing) as client:
        release.set()
        with pytest.raises(httpx.ConnectError):
            await client.get("http://one.example/")
    assert (0,) == failing.in_flight

    held = ShardedTransport([Held(asyncio.Event())], [1])
    async with httpx.AsyncClient(transport=held) as client:
        task = asyncio.create_task(client.get("http://one.example/"))
        await asyncio.sleep(0.01)
        assert (1,) == held.in_flight
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert (0,) == held.in_flight


async def test_a_streamed_response_holds_its_slot_until_closed() -> None:
    release = asyncio.Event()
    release.set()
    transport = ShardedTransport([Held(release)], [1])
    async with (
        httpx.AsyncClient(transport=transport) as client,
        client.stream("GET", "http://one.example/") as response,
    ):
        assert (1,) == transport.in_flight
        assert b"ok" == await response.aread()
    assert (0,) == transport.in_flight


async def test_a_response_read_already_holds_no_slot() -> None:
    answered = httpx.MockTransport(lambda request: httpx.Response(200, content=b"ok"))
    transport = ShardedTransport([answered], [1])
    async with httpx.AsyncClient(transport=transport) as client:
        assert b"ok" == (await client.get("http://one.example/")).content
    assert (0,) == transport.in_flight


# -- over real sockets -------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _server(
    answer: Callable[[bytes], bytes],
) -> AsyncIterator[tuple[int, list[bytes], set[int]]]:
    """A tiny HTTP/1.1 keep-alive server: yields (port, request heads, connection ids)."""
    heads: list[bytes] = []
    connections: set[int] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.add(id(writer))
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                heads.append(head)
                await asyncio.sleep(0.02)
                writer.write(answer(head))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[1], heads, connections


def _ok(_: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


async def test_the_limit_holds_and_connections_are_kept_alive() -> None:
    async with _server(_ok) as (port, heads, connections):
        client = make_http_client(timeout=5.0, max_connections=20)
        assert isinstance(client._transport, ShardedTransport)
        limit = asyncio.Semaphore(20)

        async def get() -> int:
            async with limit:
                return (await client.get(f"http://127.0.0.1:{port}/x")).status_code

        async with client:
            first = await asyncio.gather(*(get() for _ in range(100)))
            opened = len(connections)
            second = await asyncio.gather(*(get() for _ in range(100)))
        assert [200] * 200 == first + second
        assert opened <= 20
        assert opened == len(connections)  # the second batch opened none: keep-alive
        assert all(f"user-agent: {USER_AGENT}".encode() in h.lower() for h in heads)


async def test_environment_proxies_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    async with _server(_ok) as (port, heads, _):
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
        monkeypatch.setenv("NO_PROXY", "direct.invalid")
        async with make_http_client(timeout=5.0, max_connections=16) as client:
            response = await client.get("http://platform.invalid/api?x=1")
            assert 200 == response.status_code
            with pytest.raises(httpx.ConnectError):
                await client.get("http://direct.invalid/")  # not proxied: no such host
        assert heads[0].startswith(b"GET http://platform.invalid/api?x=1 HTTP/1.1")


@pytest.mark.parametrize(
    "variables",
    [
        {},
        {"HTTP_PROXY": "proxy.example:3128"},
        {"HTTPS_PROXY": "http://proxy.example:3128", "ALL_PROXY": "socks5://s.example:1080"},
        {
            "HTTPS_PROXY": "http://proxy.example:3128",
            "NO_PROXY": "localhost, 10.0.0.0/8,::1,.gov.cn,example.com,http://plain.example",
        },
        {"HTTPS_PROXY": "http://proxy.example:3128", "NO_PROXY": "example.com,*"},
    ],
)
def test_environment_proxies_read_as_httpx_reads_them(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str]
) -> None:
    from httpx._utils import get_environment_proxies

    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert get_environment_proxies() == environment_proxies()


async def test_an_injected_transport_is_used_as_given() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    async with make_http_client(transport=transport) as client:
        assert transport is client._transport
        assert 204 == (await client.get("https://example.gov.cn/")).status_code
