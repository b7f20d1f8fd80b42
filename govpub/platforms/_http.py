"""The one HTTP client govpub builds, and the endpoints it parses once.

Adapters take an injected ``httpx.AsyncClient`` (or build this one):
timeouts, connection limits, the user agent and HTTP/2 are decided here
once for every platform.  httpx is imported when a client is made or a
request sent, never to read a configuration or check a post.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["USER_AGENT", "make_http_client", "parsed_endpoint"]

USER_AGENT = "govpub (+https://github.com/govpub/govpub)"


@lru_cache(maxsize=2048)
def parsed_endpoint(url: str) -> httpx.URL:
    """``httpx.URL(url)``, parsed once per process for a URL without a query string.

    httpx parses a URL given as a string on every request (about 25 µs, 4 % of
    a delivery's cost in ``benchmarks/overhead.py``); a matrix's endpoints recur
    post after post.  URLs with a query are not kept: some carry
    a token (WeChat's ``access_token``) that changes, and keeping one would
    outlive the adapter that holds it.
    """
    import httpx  # noqa: PLC0415 - loaded by the first request (docs/performance.md)

    return httpx.URL(url)


def make_http_client(
    *,
    timeout: float = 30.0,
    max_connections: int = 100,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The one place govpub builds an HTTP client: timeouts, limits, user agent, HTTP/2.

    The client keeps and sends no cookies
    (:class:`~govpub.platforms._cookieless.CookielessClient`): it is shared by
    every account, and govpub authenticates each call itself.

    Without an injected ``transport`` the ``max_connections`` are split over
    pools of at most four (:class:`~govpub.platforms._sharding.ShardedTransport`):
    one big httpcore pool costs several times the CPU per request of small ones,
    which bounded fan-out (docs/performance.md).  The environment's proxy and
    CA-bundle variables are honoured as httpx honours them.
    """
    import httpx  # noqa: PLC0415 - not imported until an adapter needs a client

    from govpub.platforms._cookieless import CookielessClient  # noqa: PLC0415 - imports httpx

    mounts: dict[str, httpx.AsyncBaseTransport | None] | None = None
    if transport is None:
        from govpub.platforms._sharding import sharded_client_transports  # noqa: PLC0415

        try:
            import h2  # noqa: F401, PLC0415 - optional: HTTP/2 only when installed

            http2 = True
        except ImportError:
            http2 = False
        transport, mounts = sharded_client_transports(max_connections=max_connections, http2=http2)
    return CookielessClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={"User-Agent": USER_AGENT},
        transport=transport,
        mounts=mounts,
        follow_redirects=False,
    )
