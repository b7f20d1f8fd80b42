"""Benchmark: throughput of 1, 2 and 4 ``govpub worker`` processes on one PostgreSQL store.

Latency-bound on purpose (issue 13): the sandbox answers every call after a
fixed latency (300 ms by default), each worker runs 16 deliveries at once, and
the platform caps are set far above what the workers can reach, so the only
limit is how many calls are in flight — which is what adding workers adds.

The workload: ``--posts`` posts to ``--accounts`` own-app accounts (one call per
delivery), planned and enqueued by the publisher (``dispatcher = "workers"``)
before the clock starts; then W workers start with ``--once`` (each stops when
the queue is empty) and the clock stops when the last one exits.  Every round
uses a fresh schema and a fresh sandbox; rounds interleave W = 1, 2, 4 and the
figures are medians.  Afterwards the sandbox's record is checked: every account
holds every post exactly once.

    python benchmarks/scaleout.py                       # 10,000 deliveries, 300 ms, 3 rounds
    python benchmarks/scaleout.py --posts 20 --rounds 1  # 2,000 deliveries
    python benchmarks/scaleout.py --quick               # smoke run (tests)

Targets: 2 workers >= 1.7x one, 4 workers >= 3x one (deliveries per second).
CPU is the workers' own (user + system, from the children's rusage), per delivery;
on Linux the PostgreSQL server's (the postmaster, its reaped and live children) and the
sandbox's are read from ``/proc`` over the same span, with the share of the whole
machine's CPU that was busy — so that a run can show whether the cores, rather than
the workers, were the limit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BODY = "市绿化委员会决定于植树节前后组织开展春季义务植树活动，欢迎市民就近参加。"


def publisher_toml() -> str:
    return """
[publisher]
require_review = false
dispatcher = "workers"
platform_concurrency = { app = 10000 }
duplicate_window = "0s"
timeout = 60.0
"""


async def enqueue(config: Path, posts: int) -> int:
    """Plan and enqueue ``posts`` posts; the number of deliveries planned."""
    from govpub import AsyncPublisher, Matrix, Post

    planned = 0
    async with AsyncPublisher(Matrix.from_toml(config), actor="benchmark") as publisher:
        for n in range(posts):
            post = Post(
                id=f"p-scale-{n}",
                title=f"关于开展春季义务植树活动的通知（第{n + 1}期）",
                body=f"{BODY}（第{n + 1}期）",
                url=f"https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_{n}.html",
            )
            report = await publisher.publish(post)
            planned += len(report.deliveries)
    return planned


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat_fields(pid: int) -> list[str]:
    """``/proc/PID/stat`` after the command name (field 3 onwards); empty if unreadable."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rindex(")") + 2 :].split()


def process_cpu(pid: int, *, reaped: bool = False) -> float:
    """CPU seconds of ``pid`` (and, with ``reaped``, of the children it has waited for)."""
    fields = _stat_fields(pid)
    if not fields:
        return float("nan")
    columns = (11, 12, 13, 14) if reaped else (11, 12)  # utime stime [cutime cstime]
    return sum(int(fields[c]) for c in columns) / _TICKS


def server_cpu(postmaster: int) -> float:
    """A PostgreSQL server's CPU seconds so far: the postmaster, its exited and live children."""
    total = process_cpu(postmaster, reaped=True)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields and int(fields[1]) == postmaster:
                total += process_cpu(int(entry.name))
    return total


def machine_busy() -> tuple[float, float]:
    """(busy, all) CPU seconds of the whole machine since boot, from ``/proc/stat``."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except OSError:
        return float("nan"), float("nan")
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values) - idle) / _TICKS, sum(values) / _TICKS


def postmaster_pid(data: Path) -> int:
    """The server's process id, from its ``postmaster.pid``."""
    return int((data / "postmaster.pid").read_text().split()[0])


def one_round(
    args: argparse.Namespace, workers: int, url: str, root: Path, postmaster: int
) -> dict[str, float]:
    from govpub.sandbox import SandboxProcess, sandbox_matrix
    from govpub.testing.postgres import fresh_schema

    workspace = root / f"w{workers}-{time.monotonic_ns()}"
    workspace.mkdir(parents=True)
    store = fresh_schema(url)
    env = {**os.environ, "GOVPUB_STORE": store}
    os.environ["GOVPUB_STORE"] = store
    with SandboxProcess(settings={"latency": args.latency}) as sandbox:
        made = sandbox_matrix(
            sandbox,
            workspace,
            wechat=0,
            weibo=0,
            app=args.accounts,
            units=[f"示例市第{i}单位" for i in range(1, args.accounts + 1)],
            extra_toml=publisher_toml(),
        )
        total = asyncio.run(enqueue(made.config_path, args.posts))
        command = [sys.executable, "-m", "govpub", "worker", "--once"]
        command += ["--config", str(made.config_path), "--concurrency", str(args.concurrency)]
        cpu = children_cpu()
        pg_cpu, sandbox_cpu, busy = server_cpu(postmaster), process_cpu(sandbox.pid), machine_busy()
        started = time.perf_counter()
        procs = [
            subprocess.Popen(  # noqa: S603 - our own CLI
                [*command, "--name", f"bench-{n}"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for n in range(workers)
        ]
        errors = [p.communicate()[1] for p in procs]
        seconds = time.perf_counter() - started
        cpu = children_cpu() - cpu
        time.sleep(0.2)  # the workers' backends exit and are reaped
        pg_cpu = server_cpu(postmaster) - pg_cpu
        sandbox_cpu = process_cpu(sandbox.pid) - sandbox_cpu
        busy_now = machine_busy()
        busy_share = (busy_now[0] - busy[0]) / max(busy_now[1] - busy[1], 1e-9)
        if any(p.returncode for p in procs):
            raise SystemExit(f"a worker failed: {errors[0].decode(errors='replace')[-2000:]}")
        seen = sandbox.control.publications()
    if seen["total"] != total or seen["duplicates"]:
        raise SystemExit(
            f"{workers} workers: {seen['total']} of {total} stored, "
            f"{len(seen['duplicates'])} duplicated"
        )
    return {
        "rate": total / seconds,
        "cpu_ms": 1000 * cpu / total,
        "pg_ms": 1000 * pg_cpu / total,
        "sandbox_ms": 1000 * sandbox_cpu / total,
        "busy": busy_share,
        "deliveries": total,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--accounts", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.posts, args.accounts, args.rounds, args.workers = 1, 20, 1, "1,2"
        args.latency, args.concurrency = 0.1, 8
    counts = [int(w) for w in args.workers.split(",")]

    from govpub.testing.postgres import TemporaryPostgres, find_server_binaries

    if find_server_binaries() is None:
        raise SystemExit("no PostgreSQL server binaries (apt-get install -y postgresql)")
    results: dict[int, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp, TemporaryPostgres() as pg:
        postmaster = postmaster_pid(pg.data)
        for round_no in range(args.rounds):
            for workers in counts if round_no % 2 == 0 else list(reversed(counts)):
                measured = one_round(args, workers, pg.url, Path(tmp), postmaster)
                results.setdefault(workers, []).append(measured)
    deliveries = args.posts * args.accounts
    print(
        f"{deliveries:,} deliveries ({args.posts} posts x {args.accounts} app accounts), "
        f"{args.latency * 1000:.0f} ms latency, concurrency {args.concurrency} per worker, "
        f"medians of {args.rounds} rounds"
    )
    print("CPU ms per delivery: the workers', PostgreSQL's, the sandbox's; busy: the machine's CPU")
    print(
        f"{'workers':>7} {'deliveries/s':>13} {'x one':>6} {'workers':>8} {'postgres':>9} "
        f"{'sandbox':>8} {'busy':>5}"
    )
    base = statistics.median(r["rate"] for r in results[counts[0]])
    missed = False
    for workers in counts:
        rate = statistics.median(r["rate"] for r in results[workers])
        cpu, pg_ms, sandbox_ms, busy = (
            statistics.median(r[key] for r in results[workers])
            for key in ("cpu_ms", "pg_ms", "sandbox_ms", "busy")
        )
        target = {2: 1.7, 4: 3.0}.get(workers)
        verdict = "" if target is None else f"   (target >= {target}x)"
        missed |= target is not None and rate / base < target
        print(
            f"{workers:>7} {rate:>13.1f} {rate / base:>5.2f}x {cpu:>8.2f} {pg_ms:>9.2f} "
            f"{sandbox_ms:>8.2f} {busy:>5.0%}{verdict}"
        )
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
