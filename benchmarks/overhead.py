"""Benchmark: govpub's own cost per delivery against the floor of any durable publisher.

``fanout.py`` compares govpub with a plain script over real loopback HTTP, where
the network (and the HTTP client) dominates.  This one takes the network away:
both sides talk to an in-process ``httpx.MockTransport`` that answers at once,
so what remains is the work each side does per delivery.  Each side uses its
own HTTP client: govpub the one it builds (``make_http_client``, which keeps no
cookies), the script a default ``httpx.AsyncClient``; ``--same-client`` gives the
script govpub's client too, to show what the client alone accounts for.

The baseline is the *fair* one: a hand-written script that sends the same
signed requests through the same transport and, like any publisher that must
survive a crash, records intent and outcome durably — one SQLite file in WAL
mode with ``synchronous=NORMAL`` (govpub's settings), one committed write
before each send and one after.  That is the physical floor of a durable
publisher; what govpub spends above it buys the rest of its promises (the
state machine, the hash-chained audit trail, retries, reconciliation, events).

    python benchmarks/overhead.py                 # N = 1,000 own-app accounts, 5 rounds
    python benchmarks/overhead.py --n 5000 --rounds 7
    python benchmarks/overhead.py --sql           # and SQL statements per delivery

Rounds interleave the two sides (alternating which goes first) in one process
run, so load from elsewhere on the machine falls on both; the figures are the
medians over rounds of wall time and of process CPU time (every thread, so
govpub's ledger thread counts), and their ratios.  Timed on each side: from
after the account matrix is loaded (the same ``govpub.Matrix.from_toml`` call
on both sides) to the last outcome committed and the store closed.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

import httpx

import govpub
from govpub.ledger.sqlite import SqliteLedger
from govpub.platforms.app import AppAdapter
from govpub.platforms.base import make_http_client

CONCURRENCY = 64


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
        f"[publisher]\nrequire_review = false\nconcurrency = {CONCURRENCY}\n"
        f"platform_concurrency = {{ app = {CONCURRENCY} }}\n" + accounts,
        encoding="utf-8",
    )
    return config


POST = govpub.Post(
    id="p-overhead",
    title="关于开展春季义务植树活动的通知",
    body="为深入践行绿水青山就是金山银山的理念，组织开展春季义务植树活动。" * 20,
)


Timed = tuple[float, float, int]  # wall seconds, CPU seconds, deliveries


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float], done: int) -> Timed:
    return time.perf_counter() - start[0], time.process_time() - start[1], done


async def run_govpub(config: Path, *, sql: list[str] | None = None) -> Timed:
    """Publish POST to every account of the matrix: open the ledger, publish, close."""
    matrix = govpub.Matrix.from_toml(config)  # the same on both sides: not timed
    start = _clock()
    ledger = SqliteLedger(matrix.store.path)
    if sql is not None:
        ledger.connection.set_trace_callback(sql.append)
    # the client govpub builds for itself, given the in-process platform as its transport
    client = make_http_client(transport=httpx.MockTransport(answer))
    try:
        async with govpub.AsyncPublisher(
            matrix, ledger=ledger, client=client, actor="benchmark"
        ) as publisher:
            report = await publisher.publish(POST)
    finally:
        await client.aclose()
        ledger.close()
    if not report.ok:
        raise SystemExit(f"govpub did not deliver everything: {report.counts}")
    return _since(start, len(report.deliveries))


async def run_plain(config: Path, *, same_client: bool = False) -> Timed:
    """The fair baseline: same requests, same transport, intent and outcome durable in SQLite.

    ``same_client``: send through govpub's client instead of a default ``httpx.AsyncClient``.
    """
    matrix = govpub.Matrix.from_toml(config)  # the same on both sides: not timed
    start = _clock()
    targets = [
        (a.id, a.api_base, a.credentials.webhook_secret.get_secret_value())  # type: ignore[attr-defined]
        for a in matrix.accounts
    ]
    db = sqlite3.connect(config.parent / "plain.sqlite3", isolation_level=None)  # autocommit
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(
        "CREATE TABLE IF NOT EXISTS deliveries (id TEXT PRIMARY KEY, account TEXT NOT NULL, "
        "state TEXT NOT NULL, post_id TEXT, url TEXT, updated_at REAL NOT NULL)"
    )
    limit = asyncio.Semaphore(CONCURRENCY)
    data = json.loads(AppAdapter.render(POST).body)
    body = json.dumps(
        {"type": "post.published", "timestamp": "2026-03-05T09:00:00Z", "data": data},
        ensure_ascii=False,
    ).encode()

    async def send(client: httpx.AsyncClient, n: int, account: str, base: str, secret: str) -> None:
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
            db.execute(  # intent, committed before the send
                "INSERT INTO deliveries (id, account, state, updated_at) VALUES (?, ?, ?, ?)",
                (key, account, "sending", time.time()),
            )
            response = await client.post(f"{base}/posts", content=body, headers=headers)
            response.raise_for_status()
            posted = response.json()
            db.execute(  # outcome, committed after
                "UPDATE deliveries SET state = ?, post_id = ?, url = ?, updated_at = ? "
                "WHERE id = ?",
                ("published", posted["id"], posted["url"], time.time(), key),
            )

    transport = httpx.MockTransport(answer)
    plain_client = (
        make_http_client(transport=transport)
        if same_client
        else httpx.AsyncClient(transport=transport)
    )
    async with plain_client as client:
        await asyncio.gather(*(send(client, n, *target) for n, target in enumerate(targets)))
    db.close()
    return _since(start, len(targets))


def count_sql(n: int) -> dict[str, float]:
    """SQL statements govpub runs per delivery (a trace callback on the ledger's connection)."""
    with tempfile.TemporaryDirectory(prefix="govpub-overhead-sql-") as tmp:
        config = write_matrix(Path(tmp), n)
        statements: list[str] = []
        done = asyncio.run(run_govpub(config, sql=statements))[2]
    kinds: dict[str, int] = {}
    for text in statements:
        word = text.lstrip().split(None, 1)[0].upper() if text.strip() else "?"
        kinds[word] = kinds.get(word, 0) + 1
    return {"sql per delivery": len(statements) / done} | {
        f"{kind} per delivery": count / done for kind, count in sorted(kinds.items())
    }


def run(n: int = 1000, rounds: int = 5, *, same_client: bool = False) -> dict[str, Any]:
    """Interleaved rounds of both sides; medians per delivery and the ratios govpub / plain."""
    times: dict[str, list[tuple[float, float]]] = {"plain": [], "govpub": []}
    sides: dict[str, Callable[[Path], Awaitable[Timed]]] = {
        "plain": partial(run_plain, same_client=same_client),
        "govpub": run_govpub,
    }
    with tempfile.TemporaryDirectory(prefix="govpub-overhead-") as tmp:
        for number in range(rounds):
            order = ["plain", "govpub"] if number % 2 == 0 else ["govpub", "plain"]
            for name in order:
                root = Path(tmp) / f"{number}-{name}"
                root.mkdir()
                wall, cpu, done = asyncio.run(sides[name](write_matrix(root, n)))
                if done != n:
                    raise SystemExit(f"{name} delivered {done} of {n}")
                times[name].append((wall, cpu))
    figures: dict[str, Any] = {"n": n, "rounds": rounds}
    for name, samples in times.items():
        figures[f"{name} wall ms"] = 1000 * statistics.median(w for w, _ in samples) / n
        figures[f"{name} cpu ms"] = 1000 * statistics.median(c for _, c in samples) / n
    for kind in ("wall", "cpu"):
        figures[f"govpub/plain {kind}"] = figures[f"govpub {kind} ms"] / figures[f"plain {kind} ms"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="accounts (deliveries per round)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds per side")
    parser.add_argument("--sql", action="store_true", help="also count SQL statements")
    parser.add_argument(
        "--same-client", action="store_true", help="the script sends through govpub's client too"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    f = run(args.n, args.rounds, same_client=args.same_client)
    load_after = os.getloadavg()[0]
    print(
        f"{args.n} own-app deliveries to an instant platform, "
        f"medians of {args.rounds} interleaved rounds (ms per delivery)"
    )
    print("                                       wall    cpu")
    script = "durable script (WAL, 2 commits each)"
    if args.same_client:
        script = "durable script, govpub's client"
    for name, label in (("plain", script), ("govpub", "govpub")):
        print(f"{label:<37} {f[f'{name} wall ms']:6.3f} {f[f'{name} cpu ms']:6.3f}")
    wall, cpu = f["govpub/plain wall"], f["govpub/plain cpu"]
    print(f"{'govpub / durable script':<37} {wall:5.2f}× {cpu:5.2f}×")
    print(f"load average (1 min) at the start and the end: {load_before:.2f}, {load_after:.2f}")
    if args.sql:
        for name, value in count_sql(args.n).items():
            print(f"{name}: {value:.2f}")


if __name__ == "__main__":
    main()
