"""Several small connection pools instead of one big one (issue 13, item 6).

httpcore's pool (1.0) re-examines its connections each time a request arrives
or a response is closed: every connection is asked whether it is closed,
expired (a socket poll for an idle one) or idle, and for every idle one the
whole list is walked again — work that grows with the square of the pool's
size.  Per request that is about 4–8 ms of CPU at 64 connections against
1–1.4 ms with 8 on the development machine (``benchmarks/http_pool.py``, with or
without ``max_keepalive_connections`` raised to the limit); at govpub's fan-out
concurrency it, not the network, bounded a publication.

:class:`ShardedTransport` keeps the limit — ``max_connections`` in all — but
splits it over pools of at most :data:`SHARD_CONNECTIONS`, each an ordinary
:class:`httpx.AsyncHTTPTransport` with the same TLS context, HTTP/2 setting,
keep-alive and proxy.  A request goes to its host's *home* pool when that pool
has a free connection (so a host's keep-alive connections stay together), else
to the pool with the fewest requests in flight; a request counts as in flight
until its response is closed, exactly as long as it holds its pool's
connection.  Under the publisher's own concurrency limit (at most
``max_connections`` requests in flight) some pool always has room, so no
request waits for a connection that another pool could give it.

A client built with a custom transport does not read the proxy variables of the
environment, so :func:`sharded_client_transports` reads them as httpx would
(:func:`environment_proxies`) and shards the proxied traffic too.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import ssl

__all__ = [
    "SHARD_CONNECTIONS",
    "ShardedTransport",
    "environment_proxies",
    "shard_sizes",
    "sharded_client_transports",
]

#: The most connections one pool holds.  Measured with 64 connections in all
#: (``benchmarks/http_pool.py --per-shard``): pools of 2 or 4 cost about 1.1 ms of
#: CPU per request, of 8 about 1.7 ms, of 16 about 2.3 ms; 4 keeps the number of
#: pools (and of places a host's keep-alive connections can be) small.
SHARD_CONNECTIONS = 4


def shard_sizes(max_connections: int, per_shard: int = SHARD_CONNECTIONS) -> list[int]:
    """Pool sizes summing to ``max_connections``, none over ``per_shard``, as even as can be.

    >>> shard_sizes(16), shard_sizes(10), shard_sizes(3)
    ([4, 4, 4, 4], [4, 3, 3], [3])
    """
    if max_connections < 1 or per_shard < 1:
        raise ValueError("max_connections and per_shard must be at least 1")
    count = -(-max_connections // per_shard)
    base, extra = divmod(max_connections, count)
    return [base + 1] * extra + [base] * (count - extra)


class _Release(httpx.AsyncByteStream):
    """A response body that gives its pool's slot back when it is closed."""

    __slots__ = ("_closed", "_counts", "_index", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, counts: list[int], index: int) -> None:
        self._stream = stream
        self._counts = counts
        self._index = index
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in self._stream:
            yield part

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if not self._closed:
                self._closed = True
                self._counts[self._index] -= 1


class ShardedTransport(httpx.AsyncBaseTransport):
    """Requests spread over small pools: the host's home pool if it has room, else the least busy.

    ``shards`` are any transports with their own connection limits, ``sizes``
    those limits (a pool counts as having room while fewer requests than its
    size are in flight).  Build one with :meth:`build`.
    """

    def __init__(self, shards: Sequence[httpx.AsyncBaseTransport], sizes: Sequence[int]) -> None:
        if not shards or len(shards) != len(sizes):
            raise ValueError("one size per shard, and at least one shard")
        self._shards = list(shards)
        self._sizes = list(sizes)
        self._in_flight = [0] * len(self._shards)

    @classmethod
    def build(
        cls,
        *,
        max_connections: int,
        ssl_context: ssl.SSLContext,
        http2: bool,
        proxy: str | None = None,
        per_shard: int = SHARD_CONNECTIONS,
        keepalive_expiry: float = 5.0,
    ) -> ShardedTransport:
        """``max_connections`` over pools of at most ``per_shard``, one TLS context for all.

        Every pool keeps all its connections alive (``max_keepalive_connections``
        equal to its size) for ``keepalive_expiry`` seconds, as the single pool
        of :func:`~govpub.platforms.base.make_http_client` did.
        """
        sizes = shard_sizes(max_connections, per_shard)
        shards = [
            httpx.AsyncHTTPTransport(
                verify=ssl_context,
                http2=http2,
                proxy=proxy,
                limits=httpx.Limits(
                    max_connections=size,
                    max_keepalive_connections=size,
                    keepalive_expiry=keepalive_expiry,
                ),
            )
            for size in sizes
        ]
        return cls(shards, sizes)

    @property
    def in_flight(self) -> tuple[int, ...]:
        """Requests in flight per pool (sent, response not yet closed)."""
        return tuple(self._in_flight)

    def _choose(self, request: httpx.Request) -> int:
        counts = self._in_flight
        home = hash(request.url.raw_host) % len(counts)
        if counts[home] < self._sizes[home]:
            return home
        return min(range(len(counts)), key=counts.__getitem__)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self._choose(request)
        self._in_flight[index] += 1
        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            self._in_flight[index] -= 1
            raise
        stream = response.stream
        if response.is_closed or not isinstance(stream, httpx.AsyncByteStream):
            self._in_flight[index] -= 1  # already read (a mock's), nothing holds a connection
        else:
            response.stream = _Release(stream, self._in_flight, index)
        return response

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()


def environment_proxies() -> dict[str, str | None]:
    """``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` as httpx mount patterns.

    The reading httpx applies to a client without a custom transport (a proxy
    URL per ``scheme://``; ``None`` — no proxy — per ``NO_PROXY`` entry; ``*``
    turns every proxy off), so that sharding changes no request's route.
    """
    info = urllib.request.getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if info.get(scheme):
            url = info[scheme]
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for entry in (host.strip() for host in info.get("no", "").split(",")):
        if entry == "*":
            return {}
        if not entry:
            continue
        if "://" in entry:
            mounts[entry] = None
        elif _is_ip(entry, 4):
            mounts[f"all://{entry}"] = None
        elif _is_ip(entry, 6):
            mounts[f"all://[{entry}]"] = None
        elif entry.lower() == "localhost":
            mounts[f"all://{entry}"] = None
        else:
            mounts[f"all://*{entry}"] = None
    return mounts


def _is_ip(text: str, version: int) -> bool:
    try:
        return ipaddress.ip_address(text.split("/", maxsplit=1)[0]).version == version
    except ValueError:
        return False


def sharded_client_transports(
    *, max_connections: int, http2: bool, trust_env: bool = True
) -> tuple[ShardedTransport, dict[str, httpx.AsyncBaseTransport | None]]:
    """The direct transport and the proxy mounts of a client, all sharded.

    The TLS context is made once (loading the CA bundle costs 50–80 ms) and
    shared by every pool; ``SSL_CERT_FILE``/``SSL_CERT_DIR`` and the proxy
    variables are read when ``trust_env`` is true, as httpx does.
    """
    context = httpx.create_ssl_context(trust_env=trust_env)

    def sharded(proxy: str | None) -> ShardedTransport:
        return ShardedTransport.build(
            max_connections=max_connections, ssl_context=context, http2=http2, proxy=proxy
        )

    proxies = environment_proxies() if trust_env else {}
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {
        pattern: None if url is None else sharded(url) for pattern, url in proxies.items()
    }
    return sharded(None), mounts
