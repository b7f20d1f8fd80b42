"""Benchmark: govpub's fan-out against a plain httpx script, in the same run.

One post goes to N own-app accounts of the sandbox (a separate process with a
fixed latency per call).  The baseline is the shortest correct script: it
renders the same post, signs the same Standard Webhooks requests and POSTs them
with the same concurrency — and keeps no ledger, no audit trail, no retries, no
reconciliation.  govpub does all of those.  What the comparison measures is what
govpub's promises cost on top of the network.

Each side runs in its own process (so peak memory is its own) against a fresh
sandbox process (so neither gets the other's idempotent replays).  Only the
publication is timed, not loading the configuration.

Run from the repository root::

    python benchmarks/fanout.py                          # N = 100, 1,000, 10,000
    python benchmarks/fanout.py --sizes 100,1000 --latency 0.05

Targets (issue 6): govpub ≤ 1.25× the plain script at N = 1,000; time linear in
N; peak memory under 300 MB at N = 10,000.
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


async def run_govpub(config: Path, post_file: Path) -> dict[str, Any]:
    import govpub

    matrix = govpub.Matrix.from_toml(config)
    post = govpub.load_post(post_file)
    async with govpub.AsyncPublisher(matrix, actor="benchmark") as publisher:
        started = time.perf_counter()
        report = await publisher.publish(post)
        seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "published": report.counts.get("published", 0),
        "peak_mb": peak_mb(),
    }


async def run_plain(config: Path, post_file: Path, concurrency: int) -> dict[str, Any]:
    import base64
    import hashlib
    import hmac
    from datetime import UTC, datetime

    import httpx

    import govpub
    from govpub.platforms.app import AppAdapter

    matrix = govpub.Matrix.from_toml(config)
    targets = [
        (a.api_base, a.credentials.webhook_secret.get_secret_value(), f"dlv_{n:032d}")  # type: ignore[attr-defined]
        for n, a in enumerate(matrix.accounts)
    ]
    post = govpub.load_post(post_file)
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(
        timeout=60.0, limits=httpx.Limits(max_connections=concurrency)
    ) as client:
        started = time.perf_counter()
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
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "published": sum(results), "peak_mb": peak_mb()}


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--latency", type=float, default=0.1, help="sandbox latency per call (s)")
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    parser.add_argument("--repeat", type=int, default=2, help="runs per side and size (median)")
    parser.add_argument("--side", choices=["govpub", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--post", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.side == "govpub":
        print(json.dumps(asyncio.run(run_govpub(args.config, args.post))))
        return
    if args.side == "plain":
        print(json.dumps(asyncio.run(run_plain(args.config, args.post, args.concurrency))))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"fan-out to N own-app accounts; sandbox latency {args.latency * 1000:.0f} ms per call, "
        f"concurrency {args.concurrency}, median of {args.repeat} runs per side"
    )
    header = ("N", "plain s", "govpub s", "ratio", "govpub ms/post", "peak MB")
    print("{:>7} {:>9} {:>9} {:>6} {:>15} {:>8}".format(*header))
    with tempfile.TemporaryDirectory(prefix="govpub-fanout-") as tmp:
        root = Path(tmp)
        for n in sizes:
            plain, ours = [], []
            for attempt in range(args.repeat):
                order = ("plain", "govpub") if attempt % 2 == 0 else ("govpub", "plain")
                for side in order:
                    result = one_run(side, n, args.latency, args.concurrency, root / f"{attempt}")
                    (plain if side == "plain" else ours).append(result)
            p = statistics.median(r["seconds"] for r in plain)
            g = statistics.median(r["seconds"] for r in ours)
            peak = max(r["peak_mb"] for r in ours)
            print(f"{n:>7} {p:>9.2f} {g:>9.2f} {g / p:>6.2f} {1000 * g / n:>15.2f} {peak:>8.0f}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
