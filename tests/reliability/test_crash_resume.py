"""Reliability: a matrix of 200+ sandbox accounts, a faulty platform, a publisher killed three times.

The sandbox runs in its own process and injects 10 % gateway errors, 5 %
commit-then-timeout (the platform accepts the post, the answer comes too late),
5 % rate limits with Retry-After (own app, Weibo) and 5 % WeChat token expiries.  The publishing
process (``govpub publish``, then ``govpub resume``) is SIGKILLed three times at
random moments and resumed until it finishes.  Then, from the sandbox's own
record: every account has the post exactly once, and the ledger agrees with the
sandbox on every platform id.

Sized for CI (210 accounts); ``pytest --run-slow`` runs it with 1,200.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govpub.ledger import SqliteLedger
from govpub.sandbox import sandbox_matrix

pytest.importorskip("uvicorn")
from govpub.sandbox import SandboxProcess

FAULTS = ",".join(
    (
        "*:5xx=0.1",
        "*:commit_timeout=0.05@delay=2",
        # Rate limits with Retry-After: the own app sends the header; Weibo's window comes back
        # through rate_limit_status.  (WeChat's 45011 means "the next minute" — a 60 s wait
        # its unit tests cover; here it would only make CI slow.)
        "app:rate_limit=0.05@retry_after=1",
        "weibo:rate_limit=0.05@retry_after=1",
        "wechat:token_expiry=0.05",
    )
)
PUBLISHER = """
[publisher]
require_review = false
operator_ip = "127.0.0.1"
timeout = 1.0

[publisher.retry]
initial_wait = 0.05
max_wait = 0.5
jitter = 0.05
max_attempts = 12
status_budget = 30.0
"""
POST = """---
id: p-reliability-1
title: 关于开展2026年春季义务植树活动的通知
summary: 3月12日前后全市开展春季义务植树活动，欢迎市民就近参加。
url: https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html
cover: {src: cover.jpg, alt: 春季义务植树活动}
---
全市组织开展春季义务植树活动。

![植树现场](tree-planting.png)

![志愿者](volunteers.png)
"""
EXAMPLES = Path(__file__).parents[2] / "examples" / "images"


def published(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(
                conn.execute(
                    "SELECT COUNT(*) FROM deliveries WHERE state = 'published'"
                ).fetchone()[0]
            )
    except sqlite3.Error:
        return 0


def run(
    command: list[str],
    *,
    kill_after: float | None,
    db: Path,
    rng: random.Random,
    log: Path,
    total: int = 0,
) -> int:
    """Run a govpub command; SIGKILL it once ``kill_after`` seconds of real work have passed."""
    env = {**os.environ, "GOVPUB_ACTOR": "reliability"}
    with log.open("ab") as sink:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=sink, env=env)
        if kill_after is None:
            try:
                child.wait(timeout=300)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
                raise AssertionError(f"{command[3]} did not finish: {state_counts(db)}") from None
            assert child.returncode in (0, 1), log.read_text(errors="replace")[-2000:]
            return child.returncode
        # The countdown starts once the plan is in the ledger: a publisher killed before
        # that has sent nothing (the plan is written before any network call), and a
        # matrix of 1,200 accounts takes a moment to load and plan.
        plan_deadline = time.monotonic() + 60
        while child.poll() is None and planned(db) == 0 and time.monotonic() < plan_deadline:
            time.sleep(0.01)
        start_count = published(db)
        # Somewhere in the first quarter of what is left, so that there is always work to cut.
        remaining = max(total - start_count, 4)
        target = rng.randint(1, remaining // 4)
        deadline = time.monotonic() + kill_after + 3.0  # imports take a moment
        while child.poll() is None and time.monotonic() < deadline:
            if published(db) - start_count >= target:
                break
            time.sleep(0.01)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        return child.returncode


def planned(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0])
    except sqlite3.Error:
        return 0


def state_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
        return dict(
            conn.execute("SELECT state, COUNT(*) FROM deliveries GROUP BY state").fetchall()
        )


@pytest.mark.parametrize(
    "per_platform",
    [
        pytest.param(70, id="210-accounts"),
        pytest.param(400, id="1200-accounts", marks=pytest.mark.slow),
    ],
)
def test_killed_three_times_every_account_has_the_post_exactly_once(
    tmp_path: Path, per_platform: int
) -> None:
    rng = random.Random(20261127)
    with SandboxProcess(faults=FAULTS, seed=11, settings={"publish_delay": 0.2}) as sandbox:
        made = sandbox_matrix(
            sandbox,
            tmp_path,
            wechat=per_platform,
            weibo=per_platform,
            app=per_platform,
            units=[f"示例市第{n}单位" for n in range(1, per_platform + 1)],
            settings={
                "wechat": {
                    "status_poll_initial": 0.2,
                    "status_poll_max": 1.0,
                    "reconcile_grace_seconds": 3.0,
                },
                # When rate_limit_status itself fails (a 5xx here), Weibo's hourly window is
                # assumed: 3600 s by default. The sandbox's windows last a second.
                "weibo": {"reconcile_grace_seconds": 3.0, "rate_limit_wait": 2.0},
            },
            extra_toml=PUBLISHER,
        )
        for name in ("cover.jpg", "tree-planting.png", "volunteers.png"):
            (tmp_path / name).write_bytes((EXAMPLES / name).read_bytes())
        (tmp_path / "post.md").write_text(POST, encoding="utf-8")
        sandbox.control.tag_post("p-reliability-1", "春季义务植树")
        db = tmp_path / "govpub.db"
        log = tmp_path / "publisher.log"
        base = [sys.executable, "-m", "govpub"]
        config = ["--config", str(made.config_path), "--json"]

        codes = [
            run(
                [*base, "publish", str(tmp_path / "post.md"), *config],
                kill_after=rng.uniform(0.5, 2.0),
                db=db,
                rng=rng,
                log=log,
            )
        ]
        codes += [
            run(
                [*base, "resume", *config],
                kill_after=rng.uniform(0.5, 2.0),
                db=db,
                rng=rng,
                log=log,
            )
            for _ in range(2)
        ]
        assert [-signal.SIGKILL] * 3 == codes, "each run must have been killed mid-way"
        for _ in range(5):
            run([*base, "resume", *config], kill_after=None, db=db, rng=rng, log=log)
            ledger = SqliteLedger(db)
            active = ledger.deliveries(
                states=["planned", "sending", "accepted", "unknown", "failed"]
            )
            ledger.close()
            if not active:
                break

        records = sandbox.control.records(post_id="p-reliability-1", live=True)
        summary = sandbox.control.publications(post_id="p-reliability-1")

    ledger = SqliteLedger(db)
    try:
        deliveries = ledger.deliveries(post_id="p-reliability-1")
        assert ledger.trail.verify()
    finally:
        ledger.close()
    accounts = {a.id: a for a in made.accounts}
    assert 3 * per_platform == len(deliveries) == len(accounts)
    assert {"published"} == {d.state for d in deliveries}, json.dumps(
        [(d.account_id, d.state, d.last_error) for d in deliveries if d.state != "published"],
        ensure_ascii=False,
    )
    assert [] == summary["duplicates"]
    by_account = {f"{r['platform']}:{r['account']}": r for r in records}
    assert len(records) == len(by_account) == 3 * per_platform  # exactly one live copy each
    for delivery in deliveries:
        record = by_account[accounts[delivery.account_id].key]
        # WeChat: the record is the publish job; the ledger keeps the article it became.
        platform_id = (
            record["details"]["article_id"]
            if delivery.platform == "wechat"
            else record["platform_id"]
        )
        assert str(platform_id) == str(delivery.platform_post_id), delivery.account_id
