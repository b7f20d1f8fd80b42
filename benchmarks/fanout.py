"""Benchmark: govpub's fan-out against a plain httpx script, in the same run.

One post goes to N own-app accounts of the sandbox (a separate process with a
fixed latency per call).  The baseline is the shortest correct script: it
renders the same post, signs the same Standard Webhooks requests and POSTs them
through one ``httpx.AsyncClient`` whose connection limit is the concurrency —
and keeps no ledger, no audit trail, no retries, no reconciliation.  govpub does
all of those.  What the comparison measures is what govpub's promises cost on
top of the network, and what its HTTP client saves.

Each side runs in its own process (so peak memory and CPU time are its own)
against a fresh sandbox process (so neither gets the other's idempotent
replays).  Only the publication is timed, not loading the configuration.  The
*client CPU* is the client process's CPU time (``time.process_time``: every
thread of it, the ledger's too; the sandbox's is not counted) over the same span.

Two more sides attribute the difference (``--sides``):

* ``plain+shards`` — the plain script with govpub's HTTP client
  (:func:`govpub.platforms.base.make_http_client`, connections sharded over
  pools of four) instead of its one ``AsyncClient``: the HTTP layer alone;
* ``govpub-1pool`` — govpub given one ``AsyncClient`` configured as its own
  client was before issue 13 (one pool of ``concurrency`` connections, all kept
  alive): everything but the sharding.

Rounds are interleaved (the order rotates each round) so that load from other
processes falls on every side; figures are medians, ratios are medians of the
per-round ratios to the plain script of the same round.

Run from the repository root::

    python benchmarks/fanout.py --sizes 1000 --repeat 5      # issue 13's targets
    python benchmarks/fanout.py                              # N = 100, 1,000, 10,000
    python benchmarks/fanout.py --sizes 100,1000 --latency 0.05 --sides plain,govpub

Targets: issue 6 — govpub ≤ 1.25× the plain script at N = 1,000, time linear in
N, peak memory under 300 MB at N = 10,000; issue 13 — at N = 1,000 govpub's
client CPU per request below the plain script's (ratio < 1.0) and its wall time
≤ 1.0×.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CONCURRENCY = 64
POST = """---
id: p-fanout-1
title: 关于开展2026年春季义务植树活动的通知
summary: 3月12日前后全市开展春季义务植树活动，欢迎市民就近参加。
url: https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html
---
{body}
"""
PARAGRAPH = (
    "为深入践行绿水青山就是金山银山的理念，市绿化委员会决定于植树节前后组织开展春季义务植树活动。"
)


def publisher_toml(concurrency: int) -> str:
    return f"""
[publisher]
require_review = false
concurrency = {concurrency}
platform_concurrency = {{ app = {concurrency} }}
timeout = 60.0
"""


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the two sides (each run in its own process) ------------------------------------


async def run_govpub(
    config: Path, post_file: Path, concurrency: int, *, one_pool: bool
) -> dict[str, Any]:
    import httpx

    import govpub
    from govpub.platforms._http import USER_AGENT

    matrix = govpub.Matrix.from_toml(config)
    post = govpub.load_post(post_file)
    # govpub's client before issue 13: one pool, every connection kept alive, HTTP/2 offered.
    client = (
        httpx.AsyncClient(
            timeout=60.0,
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
            headers={"User-Agent": USER_AGENT},
            http2=True,
        )
        if one_pool
        else None
    )
    async with govpub.AsyncPublisher(matrix, actor="benchmark", client=client) as publisher:
        started, cpu = time.perf_counter(), time.process_time()
        report = await publisher.publish(post)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if client is not None:
        await client.aclose()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "published": report.counts.get("published", 0),
        "peak_mb": peak_mb(),
    }


async def run_plain(
    config: Path, post_file: Path, concurrency: int, *, shards: bool
) -> dict[str, Any]:
    import base64
    import hashlib
    import hmac
    from datetime import UTC, datetime

    import httpx

    import govpub
    from govpub.platforms.app import AppAdapter
    from govpub.platforms.base import make_http_client

    matrix = govpub.Matrix.from_toml(config)
    targets = [
        (a.api_base, a.credentials.webhook_secret.get_secret_value(), f"dlv_{n:032d}")  # type: ignore[attr-defined]
        for n, a in enumerate(matrix.accounts)
    ]
    post = govpub.load_post(post_file)
    limit = asyncio.Semaphore(concurrency)
    client = (
        make_http_client(timeout=60.0, max_connections=concurrency)
        if shards
        else httpx.AsyncClient(timeout=60.0, limits=httpx.Limits(max_connections=concurrency))
    )
    async with client:
        started, cpu = time.perf_counter(), time.process_time()
        document = json.loads(AppAdapter.render(post).body)
        stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        data = {**document, "comments_enabled": True}
        body = json.dumps(
            {"type": "post.published", "timestamp": stamp, "data": data},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()

        async def send(base: str, secret: str, key: str) -> bool:
            when = int(time.time())
            mac = hmac.new(
                base64.b64decode(secret.removeprefix("whsec_")),
                f"{key}.{when}.".encode() + body,
                hashlib.sha256,
            ).digest()
            headers = {
                "webhook-id": key,
                "webhook-timestamp": str(when),
                "webhook-signature": "v1," + base64.b64encode(mac).decode(),
                "Idempotency-Key": f'"{key}"',
                "Content-Type": "application/json",
            }
            async with limit:
                response = await client.post(f"{base}/posts", content=body, headers=headers)
            return response.is_success

        results = await asyncio.gather(*(send(*t) for t in targets))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "published": sum(results), "peak_mb": peak_mb()}


# -- the driver ----------------------------------------------------------------------


def one_run(side: str, n: int, latency: float, concurrency: int, root: Path) -> dict[str, Any]:
    from govpub.sandbox import SandboxProcess, sandbox_matrix

    workspace = root / f"{side}-{n}"
    workspace.mkdir(parents=True)
    with SandboxProcess(settings={"latency": latency}) as sandbox:
        made = sandbox_matrix(
            sandbox,
            workspace,
            wechat=0,
            weibo=0,
            app=n,
            units=[f"示例市第{i}单位" for i in range(1, n + 1)],
            extra_toml=publisher_toml(concurrency),
        )
        post_file = workspace / "post.md"
        post_file.write_text(POST.format(body="\n\n".join([PARAGRAPH] * 20)), encoding="utf-8")
        command = [sys.executable, __file__, "--side", side, "--config", str(made.config_path)]
        command += ["--post", str(post_file), "--concurrency", str(concurrency)]
        out = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
        result: dict[str, Any] = json.loads(out.stdout)
        stored = sandbox.control.publications()["total"]
    if result["published"] != n or stored != n:
        raise SystemExit(f"{side} at N={n}: {result['published']} reported, {stored} stored")
    return result


SIDES = ("plain", "govpub", "plain+shards", "govpub-1pool")


def child(args: argparse.Namespace) -> dict[str, Any]:
    if args.side in ("govpub", "govpub-1pool"):
        run = run_govpub(
            args.config, args.post, args.concurrency, one_pool=args.side == "govpub-1pool"
        )
    else:
        run = run_plain(args.config, args.post, args.concurrency, shards=args.side != "plain")
    return asyncio.run(run)


def ratio(runs: dict[str, list[dict[str, Any]]], side: str, key: str) -> float:
    """The median over rounds of ``side``'s ``key`` divided by the plain script's."""
    return statistics.median(
        r[key] / p[key] for r, p in zip(runs[side], runs["plain"], strict=True)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--latency", type=float, default=0.1, help="sandbox latency per call (s)")
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds (median)")
    parser.add_argument(
        "--sides", default=",".join(SIDES), help=f"comma-separated, plain first ({SIDES})"
    )
    parser.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--post", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.side:
        print(json.dumps(child(args)))
        return

    sides = [s for s in args.sides.split(",") if s]
    if sides[0] != "plain" or not set(sides) <= set(SIDES):
        raise SystemExit(f"--sides: plain first, then any of {SIDES}")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"fan-out to N own-app accounts; sandbox latency {args.latency * 1000:.0f} ms per call, "
        f"concurrency {args.concurrency}; medians of {args.repeat} interleaved rounds; "
        "CPU = the client process's"
    )
    header = ("N", "side", "wall s", "ms/post", "CPU ms/req", "wall ×", "CPU ×", "peak MB")
    print("{:>6} {:<13} {:>7} {:>8} {:>11} {:>7} {:>6} {:>8}".format(*header))
    targets: list[tuple[str, float, bool]] = []
    with tempfile.TemporaryDirectory(prefix="govpub-fanout-") as tmp:
        root = Path(tmp)
        for n in sizes:
            runs: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
            for attempt in range(args.repeat):
                order = sides[attempt % len(sides) :] + sides[: attempt % len(sides)]
                for side in order:
                    result = one_run(side, n, args.latency, args.concurrency, root / f"{attempt}")
                    runs[side].append(result)
            for side in sides:
                wall = statistics.median(r["seconds"] for r in runs[side])
                cpu = statistics.median(r["cpu"] for r in runs[side])
                peak = max(r["peak_mb"] for r in runs[side])
                print(
                    f"{n:>6} {side:<13} {wall:>7.2f} {1000 * wall / n:>8.2f} "
                    f"{1000 * cpu / n:>11.2f} {ratio(runs, side, 'seconds'):>7.2f} "
                    f"{ratio(runs, side, 'cpu'):>6.2f} {peak:>8.0f}"
                )
            if n == 1000 and "govpub" in runs:
                cpu_x, wall_x = ratio(runs, "govpub", "cpu"), ratio(runs, "govpub", "seconds")
                targets.append(
                    ("govpub client CPU per request < plain's (× < 1.0)", cpu_x, cpu_x < 1.0)
                )
                targets.append(("govpub wall time ≤ plain's (× ≤ 1.0)", wall_x, wall_x <= 1.0))
            sys.stdout.flush()
    for text, value, held in targets:
        print(
            f"issue 13 target at N = 1,000: {text}: {value:.2f} — {'holds' if held else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
