"""Throughput of the audit chain under concurrent writers, SQLite and PostgreSQL.

Every append reads the chain's head and writes after it, so appends are
serialised: by SQLite's single write lock (``BEGIN IMMEDIATE``) or, in
PostgreSQL, by a transaction-scoped advisory lock taken before the head is read
(docs/scale-out.md).  This measures what that costs: W writer processes, each
appending R records in their own transactions, against one store; records per
second over all writers, and the CPU the writers spent per record.  The chain
is verified afterwards (no fork, no gap).

Rounds interleave the stores and the writer counts; medians are reported.

    python benchmarks/audit_chain.py                 # 1, 2, 4 writers x 300 records, 3 rounds
    python benchmarks/audit_chain.py --quick         # smoke run (tests)
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path
from threading import BrokenBarrierError
from typing import Any

#: Seconds to wait for every writer to open the store (a writer that died never arrives).
START_TIMEOUT = 120


def _writer(store: dict[str, str], name: str, records: int, start: Any, out: Any) -> None:
    from govpub.config import StoreConfig
    from govpub.ledger.stores import open_ledger

    config = StoreConfig(url=store["url"]) if "url" in store else StoreConfig(path=store["path"])
    ledger = open_ledger(config)
    ledger.audit(actor=name, action="bench.warmup", subject="warmup", details={})
    start.wait(START_TIMEOUT)
    cpu = time.process_time()
    for n in range(records):
        ledger.audit(
            actor=name,
            action="delivery.published",
            subject=f"dlv_{name}_{n}",
            details={"platform_post_id": f"{n}", "url": f"https://m.example.cn/{n}"},
        )
    out.put(time.process_time() - cpu)
    ledger.close()


def one_round(store: dict[str, str], writers: int, records: int) -> tuple[float, float]:
    """(records per second over all writers, writer CPU ms per record)."""
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(writers + 1)
    out: Any = ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(store, f"w{i}", records, start, out))
        for i in range(writers)
    ]
    for proc in procs:
        proc.start()
    try:
        start.wait(START_TIMEOUT)
    except BrokenBarrierError:
        for proc in procs:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
        codes = [proc.exitcode for proc in procs]
        raise SystemExit(
            f"{writers} writer(s) did not all start within {START_TIMEOUT} s "
            f"(exit codes {codes}; None: still running, killed)"
        ) from None
    began = time.perf_counter()
    cpu = [out.get(timeout=300) for _ in procs]
    elapsed = time.perf_counter() - began
    for proc in procs:
        proc.join()
    total = writers * records
    return total / elapsed, 1000 * sum(cpu) / total


def verify(store: dict[str, str]) -> int:
    from govpub.config import StoreConfig
    from govpub.ledger.stores import open_ledger

    config = StoreConfig(url=store["url"]) if "url" in store else StoreConfig(path=store["path"])
    ledger = open_ledger(config, read_only=True)
    try:
        result = ledger.trail.verify()
        if not result.ok:
            raise SystemExit(f"audit chain broken: {result}")
        return len(list(ledger.trail.iter_records()))
    finally:
        ledger.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--writers", default="1,2,4")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--durable",
        action="store_true",
        help="PostgreSQL with fsync on every commit (the default is a throw-away cluster "
        "without fsync, like SQLite's synchronous=NORMAL in WAL mode)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.records, args.rounds, args.writers = 20, 1, "1,2"
    counts = [int(w) for w in args.writers.split(",")]

    from govpub.testing.postgres import TemporaryPostgres, find_server_binaries, fresh_schema

    results: dict[tuple[str, int], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pg = TemporaryPostgres(durable=args.durable).start() if find_server_binaries() else None
        try:
            for round_no in range(args.rounds):
                for writers in counts if round_no % 2 == 0 else reversed(counts):
                    stores = {"sqlite": {"path": str(Path(tmp) / f"r{round_no}w{writers}.db")}}
                    if pg is not None:
                        stores["postgresql"] = {"url": fresh_schema(pg.url)}
                    for kind, store in stores.items():
                        rate = one_round(store, writers, args.records)
                        expected = writers * (args.records + 1)
                        if verify(store) != expected:
                            raise SystemExit(f"{kind}, {writers} writers: records lost")
                        results.setdefault((kind, writers), []).append(rate)
        finally:
            if pg is not None:
                pg.stop()

    print(f"audit appends, {args.records} records per writer, medians of {args.rounds} rounds")
    print(f"{'store':<11} {'writers':>7} {'records/s':>10} {'CPU ms/record':>14}")
    for (kind, writers), rates in sorted(results.items()):
        per_s = statistics.median(r for r, _ in rates)
        cpu = statistics.median(c for _, c in rates)
        print(f"{kind:<11} {writers:>7} {per_s:>10.0f} {cpu:>14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
