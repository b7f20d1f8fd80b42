"""Benchmark: govpub's own cost per delivery, with a platform that answers instantly.

``fanout.py`` compares govpub with a plain script over real loopback HTTP, where
the network (and the HTTP client) dominates.  This one takes the network away:
both sides talk to an in-process ``httpx.MockTransport`` that answers at once,
so what remains is the work each side does per delivery — for the plain script
signing and sending a request, for govpub also the ledger (every state change
committed before the next step), the audit trail, events, retries and
reconciliation bookkeeping.

    python benchmarks/overhead.py            # N = 1,000 own-app accounts
    python benchmarks/overhead.py --n 5000

The figure to read is govpub's milliseconds per delivery: that is what it adds
to each delivery's network time (and, with the work running on a second
thread, mostly overlaps with it).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import statistics
import tempfile
import time
from pathlib import Path

import httpx

import govpub
from govpub.platforms.app import AppAdapter


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json={"id": "ap_1", "url": "https://app.example.gov.cn/p/1"})


def write_matrix(root: Path, n: int) -> Path:
    secret = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    (root / "hook.secret").write_text(secret, encoding="utf-8")
    accounts = "".join(
        f'[[accounts]]\nid = "a{i}"\nplatform = "app"\nname = "客户端{i}"\nunit = "单位{i}"\n'
        f'api_base = "https://app{i}.example.gov.cn/govpub"\n'
        'credentials = { webhook_secret = "file:hook.secret" }\n'
        for i in range(n)
    )
    config = root / "govpub.toml"
    config.write_text(
        "[publisher]\nrequire_review = false\nconcurrency = 64\n"
        "platform_concurrency = { app = 64 }\n" + accounts,
        encoding="utf-8",
    )
    return config


POST = govpub.Post(
    id="p-overhead",
    title="关于开展春季义务植树活动的通知",
    body="为深入践行绿水青山就是金山银山的理念，组织开展春季义务植树活动。" * 20,
)


async def run_govpub(config: Path) -> float:
    matrix = govpub.Matrix.from_toml(config)
    client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with govpub.AsyncPublisher(matrix, client=client, actor="benchmark") as publisher:
        started = time.perf_counter()
        report = await publisher.publish(POST)
        seconds = time.perf_counter() - started
    await client.aclose()
    if not report.ok:
        raise SystemExit(f"govpub did not deliver everything: {report.counts}")
    return seconds


async def run_plain(config: Path) -> float:
    matrix = govpub.Matrix.from_toml(config)
    targets = [
        (a.api_base, a.credentials.webhook_secret.get_secret_value())  # type: ignore[attr-defined]
        for a in matrix.accounts
    ]
    limit = asyncio.Semaphore(64)
    async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
        started = time.perf_counter()
        data = json.loads(AppAdapter.render(POST).body)
        body = json.dumps(
            {"type": "post.published", "timestamp": "2026-03-05T09:00:00Z", "data": data},
            ensure_ascii=False,
        ).encode()

        async def send(n: int, base: str, secret: str) -> None:
            key, when = f"dlv_{n:032d}", int(time.time())
            mac = hmac.new(
                base64.b64decode(secret.removeprefix("whsec_")),
                f"{key}.{when}.".encode() + body,
                hashlib.sha256,
            )
            headers = {
                "webhook-id": key,
                "webhook-timestamp": str(when),
                "webhook-signature": "v1," + base64.b64encode(mac.digest()).decode(),
                "Idempotency-Key": f'"{key}"',
            }
            async with limit:
                response = await client.post(f"{base}/posts", content=body, headers=headers)
            response.raise_for_status()

        await asyncio.gather(*(send(n, base, secret) for n, (base, secret) in enumerate(targets)))
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plain, ours = [], []
    with tempfile.TemporaryDirectory(prefix="govpub-overhead-") as tmp:
        for run in range(args.repeat):
            root = Path(tmp) / str(run)
            root.mkdir()
            config = write_matrix(root, args.n)
            plain.append(asyncio.run(run_plain(config)))
            ours.append(asyncio.run(run_govpub(config)))
    p, g = statistics.median(plain), statistics.median(ours)
    print(f"{args.n} own-app deliveries to an instant platform, median of {args.repeat} runs")
    print(f"plain script: {p:.2f} s ({1000 * p / args.n:.2f} ms per delivery)")
    print(f"govpub:       {g:.2f} s ({1000 * g / args.n:.2f} ms per delivery)")
    print(f"govpub's own work: {1000 * (g - p) / args.n:.2f} ms per delivery on top of the script")


if __name__ == "__main__":
    main()
