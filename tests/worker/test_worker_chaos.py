"""Chaos on PostgreSQL: 4 workers, the reliability test's faults, 3 SIGKILLs of random workers.

The post is planned and enqueued by ``govpub publish`` (``dispatcher = "workers"``);
four ``govpub worker`` processes take the jobs while the sandbox injects the
faults of tests/reliability (gateway errors, "system busy", commit-then-timeout,
rate limits, token expiries).  Three times a random worker is SIGKILLed and a
new one started in its place.  Judged from the sandbox's own record: every
account has the post exactly once, nothing is left ``unknown``, the ledger
agrees with the platform ids, and the calls in flight never passed the
platform limits — across all workers together.

CI runs 90 accounts; ``pytest --run-slow`` runs the issue's 1,000.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from govpub.config import StoreConfig
from govpub.ledger.stores import open_ledger
from govpub.sandbox import SandboxProcess

pytest.importorskip("procrastinate")
pytest.importorskip("uvicorn")

_RELIABILITY = Path(__file__).parents[1] / "reliability" / "test_crash_resume.py"
_spec = importlib.util.spec_from_file_location("reliability_faults", _RELIABILITY)
assert _spec is not None
assert _spec.loader is not None
reliability: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reliability)

LIMIT = 6  # calls in flight per platform, for all workers together
WORKERS = 4


def publisher_toml() -> str:
    caps = f"platform_concurrency = {{ wechat = {LIMIT}, weibo = {LIMIT}, app = {LIMIT} }}\n"
    # The sandbox's commit-then-timeout holds its answer 2 s, twice the 1 s timeout: a call
    # given up on runs on at the platform that long, and the account's next call must wait.
    grace = "abandoned_call_grace = 3.0\n"
    return reliability.PUBLISHER.replace(
        "[publisher]\n", f'[publisher]\ndispatcher = "workers"\n{caps}{grace}'
    )


def start_worker(config: Path, store: str, name: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "GOVPUB_STORE": store, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "govpub", "worker", "--config", str(config)]
    command += ["--concurrency", "16", "--name", name]
    # A killed worker's call slots stay taken for --stalled-after seconds: longer than the
    # platform may go on working on a call whose caller died (commit-then-timeout holds its
    # answer 2 s; a loaded sandbox takes longer), or the platform sees the limit passed.
    command += ["--sweep-cron", "* * * * * */2", "--stalled-after", "10"]
    with log.open("ab") as sink:
        return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=sink)


def states(store: str) -> dict[str, int]:
    ledger = open_ledger(StoreConfig(url=store), read_only=True)
    try:
        counts: dict[str, int] = {}
        for delivery in ledger.deliveries(post_id="p-reliability-1"):
            counts[delivery.state] = counts.get(delivery.state, 0) + 1
        return counts
    finally:
        ledger.close()


@pytest.mark.parametrize(
    ("per_platform", "seed"),
    [
        pytest.param(30, 1, id="90-accounts"),
        pytest.param(
            334,
            20261202,
            id="1000-accounts",
            marks=pytest.mark.slow,
        ),
    ],
)
def test_four_workers_killed_three_times_publish_every_account_once(
    tmp_path: Path, postgres_ledger_url: str, per_platform: int, seed: int
) -> None:
    rng = random.Random(seed)
    store = postgres_ledger_url
    started = time.monotonic()
    faults = reliability.FAULTS
    with SandboxProcess(faults=faults, seed=seed, settings={"publish_delay": 0.2}) as sandbox:
        made = reliability.faulty_matrix(sandbox, tmp_path, per_platform, publisher_toml())
        env = {**os.environ, "GOVPUB_STORE": store}
        command = [sys.executable, "-m", "govpub", "publish", str(tmp_path / "post.md")]
        published = subprocess.run(
            [*command, "--config", str(made.config_path), "--json"],
            env=env,
            capture_output=True,
            check=False,
        )
        assert published.returncode in (0, 1), published.stderr.decode(errors="replace")[-2000:]
        total = 3 * per_platform
        log = tmp_path / "workers.log"
        workers = [start_worker(made.config_path, store, f"w{n}", log) for n in range(WORKERS)]
        kills = 0
        deadline = time.monotonic() + (120 if total < 200 else 900)
        try:
            while kills < 3:
                time.sleep(rng.uniform(1.0, 3.0))
                victim = rng.randrange(WORKERS)
                workers[victim].send_signal(signal.SIGKILL)
                workers[victim].wait(timeout=30)
                kills += 1
                workers[victim] = start_worker(made.config_path, store, f"w{victim}-{kills}", log)
            counts: dict[str, int] = {}
            while time.monotonic() < deadline:
                counts = states(store)
                if counts.get("published", 0) == total:
                    break
                time.sleep(0.5)
            assert counts.get("published", 0) == total, (counts, log.read_text()[-3000:])
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            codes = [w.wait(timeout=90) for w in workers]
        assert [0] * WORKERS == codes, log.read_text()[-3000:]
        records = sandbox.control.records(post_id="p-reliability-1", live=True)
        summary = sandbox.control.publications(post_id="p-reliability-1")
        peaks = sandbox.control.in_flight()["peak"]

    ledger = open_ledger(StoreConfig(url=store), read_only=True)
    try:
        deliveries = ledger.deliveries(post_id="p-reliability-1")
        assert ledger.trail.verify()
    finally:
        ledger.close()
    accounts = {a.id: a for a in made.accounts}
    assert {"published"} == {d.state for d in deliveries}
    assert [] == summary["duplicates"]
    by_account = {f"{r['platform']}:{r['account']}": r for r in records}
    assert len(records) == len(by_account) == total  # exactly one live copy each
    for delivery in deliveries:
        record = by_account[accounts[delivery.account_id].key]
        platform_id = (
            record["details"]["article_id"]
            if delivery.platform == "wechat"
            else record["platform_id"]
        )
        assert str(platform_id) == str(delivery.platform_post_id), delivery.account_id
    for platform in ("wechat", "weibo", "app"):
        assert peaks[platform] <= LIMIT, peaks  # held across every worker
    print(  # noqa: T201 - one line for docs/scale-out.md (pytest -s)
        f"worker chaos accounts={total} workers={WORKERS} kills=3 lost=0 duplicated=0 unknown=0 "
        f"peaks={ {p: peaks[p] for p in ('wechat', 'weibo', 'app')} } "
        f"seconds={time.monotonic() - started:.1f}"
    )
