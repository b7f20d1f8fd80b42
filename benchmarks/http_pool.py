"""Benchmark: the HTTP client's CPU per request, one big connection pool against small ones.

httpcore's connection pool re-examines every connection and every queued
request whenever a request arrives or a response is closed, so its cost per
request grows with the pool's size.  This measures it alone: N POSTs at a
concurrency of C to a tiny local HTTP/1.1 server (a separate process that
answers after a fixed latency and does almost no work), from

* ``one pool`` — one ``httpx.AsyncClient`` with ``max_connections = C``: what a
  competent script writes;
* ``keep-alive`` — the same with ``max_keepalive_connections = C`` too (httpx
  keeps 20 by default), as govpub's client was configured before issue 13;
* ``shards`` — govpub's client (:func:`govpub.platforms.base.make_http_client`),
  whose transport spreads requests over pools of at most
  :data:`~govpub.platforms._sharding.SHARD_CONNECTIONS` connections;
* ``pools of P`` (``--per-shard 2,4,8,16``) — govpub's transport with pools
  of P connections: how the size was chosen;
* ``8 clients`` (``--raw``) — C / 8 plain ``AsyncClient`` objects of 8
  connections each, the request going to the one with the fewest in flight: the
  claim checked without govpub's code.

Rounds are interleaved (ABC, BCA, …) so that load from other processes falls on
every side; medians are reported, with the client process's CPU time
(``time.process_time``: the server's CPU is not counted) and wall time.

    python benchmarks/http_pool.py                         # N = 2,000, C = 8, 64
    python benchmarks/http_pool.py --n 1000 --concurrency 64 --rounds 7 --raw
    python benchmarks/http_pool.py --n 1000 --concurrency 64 --per-shard 2,4,8,16
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable

import httpx

BODY = b'{"id":"ap_1","url":"https://app.example.gov.cn/p/1"}'
REQUEST_BODY = b"x" * 2048


# -- the server (its own process) ----------------------------------------------------


class _Server(asyncio.Protocol):
    """HTTP/1.1 with keep-alive, just enough for httpx: answer 201 after ``latency``."""

    latency = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            at = head.find(b"content-length:")
            if at >= 0:
                length = int(
                    head[at + 15 : head.find(b"\r\n", at) if b"\r\n" in head[at:] else None]
                )
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            loop = asyncio.get_running_loop()
            loop.call_later(self.latency, self.answer)

    def answer(self) -> None:
        if not self.transport.is_closing():
            self.transport.write(
                b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                b"Content-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
            )


async def serve(latency: float) -> None:
    _Server.latency = latency
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Server, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    await asyncio.Event().wait()


# -- the clients ---------------------------------------------------------------------

Send = Callable[[str], Awaitable[int]]


async def fan_out(send: Send, url: str, n: int, concurrency: int) -> None:
    limit = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with limit:
            status = await send(url)
        if status != 201:
            raise SystemExit(f"unexpected status {status}")

    await asyncio.gather(*(one() for _ in range(n)))


def one_pool(concurrency: int) -> tuple[Send, Callable[[], Awaitable[None]]]:
    client = httpx.AsyncClient(timeout=60.0, limits=httpx.Limits(max_connections=concurrency))

    async def send(url: str) -> int:
        return (await client.post(url, content=REQUEST_BODY)).status_code

    return send, client.aclose


def one_pool_keepalive(concurrency: int) -> tuple[Send, Callable[[], Awaitable[None]]]:
    client = httpx.AsyncClient(
        timeout=60.0,
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
    )

    async def send(url: str) -> int:
        return (await client.post(url, content=REQUEST_BODY)).status_code

    return send, client.aclose


def govpub_shards(concurrency: int) -> tuple[Send, Callable[[], Awaitable[None]]]:
    from govpub.platforms.base import make_http_client

    client = make_http_client(timeout=60.0, max_connections=concurrency)

    async def send(url: str) -> int:
        return (await client.post(url, content=REQUEST_BODY)).status_code

    return send, client.aclose


def raw_clients(concurrency: int) -> tuple[Send, Callable[[], Awaitable[None]]]:
    k = max(1, -(-concurrency // 8))
    clients = [
        httpx.AsyncClient(timeout=60.0, limits=httpx.Limits(max_connections=8)) for _ in range(k)
    ]
    in_flight = [0] * k

    async def send(url: str) -> int:
        i = min(range(k), key=in_flight.__getitem__)
        in_flight[i] += 1
        try:
            return (await clients[i].post(url, content=REQUEST_BODY)).status_code
        finally:
            in_flight[i] -= 1

    async def close() -> None:
        for client in clients:
            await client.aclose()

    return send, close


def pools_of(per_shard: int) -> Callable[[int], tuple[Send, Callable[[], Awaitable[None]]]]:
    """govpub's transport with pools of ``per_shard`` connections (the size under test)."""
    from govpub.platforms._sharding import ShardedTransport

    def side(concurrency: int) -> tuple[Send, Callable[[], Awaitable[None]]]:
        transport = ShardedTransport.build(
            max_connections=concurrency,
            ssl_context=httpx.create_ssl_context(),
            http2=True,
            per_shard=per_shard,
        )
        client = httpx.AsyncClient(timeout=60.0, transport=transport)

        async def send(url: str) -> int:
            return (await client.post(url, content=REQUEST_BODY)).status_code

        return send, client.aclose

    return side


SIDES = {
    "one pool": one_pool,
    "keep-alive": one_pool_keepalive,
    "shards": govpub_shards,
    "8 clients": raw_clients,
}


async def one_round(side: str, url: str, n: int, concurrency: int) -> tuple[float, float]:
    send, close = SIDES[side](concurrency)
    try:
        await fan_out(send, url, min(n, concurrency), concurrency)  # connections opened, untimed
        wall, cpu = time.perf_counter(), time.process_time()
        await fan_out(send, url, n, concurrency)
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        await close()


async def measure(args: argparse.Namespace, url: str) -> None:
    sides = ["one pool", *args.sides.split(",")] + (["8 clients"] if args.raw else [])
    for size in [int(p) for p in args.per_shard.split(",") if p]:
        SIDES[f"pools of {size}"] = pools_of(size)
        sides.append(f"pools of {size}")
    print(
        f"{args.n} POSTs to a local server answering after {args.latency * 1000:.0f} ms; "
        f"median of {args.rounds} interleaved rounds; client process CPU only"
    )
    print(f"{'C':>4} {'side':<11} {'wall s':>7} {'CPU ms/req':>11} {'wall ×':>7} {'CPU ×':>6}")
    for concurrency in [int(c) for c in args.concurrency.split(",")]:
        samples: dict[str, list[tuple[float, float]]] = {s: [] for s in sides}
        for r in range(args.rounds):
            order = sides[r % len(sides) :] + sides[: r % len(sides)]
            for side in order:
                samples[side].append(await one_round(side, url, args.n, concurrency))
        for side in sides:
            wall = statistics.median(w for w, _ in samples[side])
            cpu = statistics.median(c for _, c in samples[side])
            # Per-round ratios against the one-pool round next to it, then their median.
            wall_x = statistics.median(
                w / b for (w, _), (b, _) in zip(samples[side], samples["one pool"], strict=True)
            )
            cpu_x = statistics.median(
                c / b for (_, c), (_, b) in zip(samples[side], samples["one pool"], strict=True)
            )
            print(
                f"{concurrency:>4} {side:<11} {wall:>7.2f} {1000 * cpu / args.n:>11.3f} "
                f"{wall_x:>7.2f} {cpu_x:>6.2f}"
            )
        sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--concurrency", default="8,64", help="comma-separated")
    parser.add_argument("--latency", type=float, default=0.02, help="server latency (s)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--raw", action="store_true", help="also C / 8 plain AsyncClients")
    parser.add_argument("--per-shard", default="", help="also these pool sizes, e.g. 2,4,8,16")
    parser.add_argument("--sides", default="keep-alive,shards", help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(args.latency))
        return
    server = subprocess.Popen(  # noqa: S603 - this script, with our own arguments
        [sys.executable, __file__, "--serve", "--latency", str(args.latency)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        port = int(server.stdout.readline()) if server.stdout else 0
        asyncio.run(measure(args, f"http://127.0.0.1:{port}/posts"))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
