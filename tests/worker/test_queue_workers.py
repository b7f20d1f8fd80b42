"""`govpub worker` processes on one PostgreSQL store: each account gets the post once.

The publisher plans and enqueues (``[publisher] dispatcher = "workers"``) and
returns; worker subprocesses take the jobs.  Judged from the sandbox's own
record (publications per account, duplicates, calls in flight) and the ledger.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from govpub import AsyncPublisher, ConfigError, Image, Matrix, Post
from govpub.config import StoreConfig
from govpub.ledger.stores import open_ledger
from govpub.sandbox import SandboxServer, sandbox_matrix

pytest.importorskip("procrastinate")
pytest.importorskip("uvicorn")

PLATFORM_LIMIT = 3
EXTRA = (
    '[publisher]\nrequire_review = false\ndispatcher = "workers"\n'
    f"platform_concurrency = {{ wechat = {PLATFORM_LIMIT}, weibo = {PLATFORM_LIMIT}, "
    f"app = {PLATFORM_LIMIT} }}\n"
    'operator_ip = "127.0.0.1"\n'
)


@pytest.fixture
def store(postgres_ledger_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GOVPUB_STORE", postgres_ledger_url)
    return postgres_ledger_url


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        server.control.configure(latency=0.05)
        yield server


def matrix_for(sandbox: SandboxServer, tmp_path: Path, per_platform: int) -> Path:
    made = sandbox_matrix(
        sandbox,
        tmp_path,
        wechat=per_platform,
        weibo=per_platform,
        app=per_platform,
        units=[f"单位{n}" for n in range(per_platform)],
        settings={"wechat": {"status_poll_initial": 0.05}, "weibo": {"rip": "127.0.0.1"}},
        extra_toml=EXTRA,
    )
    return made.config_path


def start_worker(config: Path, store: str, name: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "GOVPUB_STORE": store, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govpub",
            "worker",
            "--config",
            str(config),
            "--concurrency",
            "8",
            "--name",
            name,
            "--sweep-cron",
            "* * * * * */2",
            "--stalled-after",
            "4",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def settled(store: str, post_id: str) -> dict[str, int]:
    ledger = open_ledger(StoreConfig(url=store), read_only=True)
    try:
        states: dict[str, int] = {}
        for delivery in ledger.deliveries(post_id=post_id):
            states[delivery.state] = states.get(delivery.state, 0) + 1
        return states
    finally:
        ledger.close()


def wait_until_published(store: str, post_id: str, total: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    states: dict[str, int] = {}
    while time.monotonic() < deadline:
        states = settled(store, post_id)
        if states.get("published", 0) == total:
            return
        time.sleep(0.3)
    raise AssertionError(f"not all published in {timeout} s: {states}")


def stop(worker: subprocess.Popen[bytes]) -> tuple[int, str]:
    worker.send_signal(signal.SIGTERM)
    _, err = worker.communicate(timeout=60)
    return worker.returncode, err.decode(errors="replace")


async def publish(config: Path, post: Post) -> list[str]:
    async with AsyncPublisher(Matrix.from_toml(config)) as publisher:
        report = await publisher.publish(post)
    assert {"planned"} == {d.state for d in report.deliveries}, report
    return [d.delivery_id for d in report.deliveries]


COVER = Image.from_path(Path(__file__).parents[2] / "examples" / "images" / "cover.jpg")


def notice(n: int) -> Post:
    return Post(
        id=f"p-workers-{n}",
        cover=COVER,
        title="关于开展春季义务植树活动的通知",
        body=f"全市于3月12日前后开展春季义务植树活动，欢迎市民就近参加。（第{n}次）",
        url="https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html",
    )


def test_two_workers_publish_every_account_once_within_the_limits(
    store: str, sandbox: SandboxServer, tmp_path: Path
) -> None:
    config = matrix_for(sandbox, tmp_path, per_platform=8)
    ids = asyncio.run(publish(config, notice(1)))
    assert 24 == len(ids)
    workers = [start_worker(config, store, f"w{n}") for n in range(2)]
    try:
        wait_until_published(store, "p-workers-1", 24)
    finally:
        codes = [stop(w) for w in workers]
    assert [0, 0] == [code for code, _ in codes], codes
    publications = sandbox.control.publications()
    assert [] == publications["duplicates"]
    assert 24 == len(publications["accounts"])
    assert {1} == set(publications["accounts"].values())
    peaks = sandbox.control.in_flight()["peak"]
    for platform in ("wechat", "weibo", "app"):
        assert peaks[platform] <= PLATFORM_LIMIT, peaks  # held across both workers
    assert max(peaks[p] for p in ("wechat", "weibo", "app")) >= 2  # and the two did overlap


def test_a_killed_worker_is_replaced_and_nothing_is_lost_or_doubled(
    store: str, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.control.configure(latency=0.3)
    config = matrix_for(sandbox, tmp_path, per_platform=6)
    asyncio.run(publish(config, notice(2)))
    victim = start_worker(config, store, "victim")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(sandbox.state.records()) < 3:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)  # mid-run: calls in flight, leases held, jobs "doing"
    victim.communicate(timeout=30)
    survivor = start_worker(config, store, "survivor")
    try:
        wait_until_published(store, "p-workers-2", 18, timeout=120)
    except AssertionError as exc:
        _, err = stop(survivor)
        raise AssertionError(f"{exc}\n{err[-3000:]}") from None
    code, err = stop(survivor)
    assert 0 == code, err
    publications = sandbox.control.publications()
    assert [] == publications["duplicates"]
    assert {1} == set(publications["accounts"].values())
    assert 18 == len(publications["accounts"])
    assert "unknown" not in settled(store, "p-workers-2")


def test_workers_refuse_a_sqlite_store(tmp_path: Path, sandbox: SandboxServer) -> None:
    made = sandbox_matrix(sandbox, tmp_path, extra_toml=EXTRA)
    with pytest.raises(ConfigError, match="PostgreSQL store") as caught:
        AsyncPublisher(Matrix.from_toml(made.config_path))
    assert "publisher.dispatcher" == caught.value.key


WEIBO_HOURLY = 30  # weibo.md §9; the sandbox refuses the 31st share of the hour with 20016


def weibo_notice(n: int) -> Post:
    """Posts different enough that Weibo's repeat checks (20017, 20019) let each through."""
    return Post(
        id=f"p-hourly-{n:02d}",
        title=f"第{n}号通告",
        body=f"编号{n * 7919}：本市第{n}批次春季植树点位已公布，请市民就近参加（{n}）。",
        url=f"https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_{1000 + n}.html",
    )


def test_four_workers_share_the_hourly_bucket_of_an_account(
    store: str, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """34 posts for one Weibo account, four workers racing: 30 go out, 4 wait for the hour.

    Each worker reserves in the bucket before it sends, so the platform never has
    to refuse one (its ``error.20016`` counter stays at 0).
    """
    made = sandbox_matrix(
        sandbox,
        tmp_path,
        wechat=0,
        weibo=1,
        app=0,
        settings={"weibo": {"rip": "127.0.0.1"}},
        # four sends to the account at once, so only the shared bucket stands between
        # the workers and a 31st share (the ledger's published count lags the sends)
        extra_toml=EXTRA.replace("\ndispatcher", "\nper_account = 4\ndispatcher"),
    )
    sandbox.control.configure(latency=0.3)  # sends overlap: three in flight at once
    posts = [weibo_notice(n) for n in range(1, WEIBO_HOURLY + 5)]

    async def enqueue_all() -> None:
        async with AsyncPublisher(Matrix.from_toml(made.config_path)) as publisher:
            for post in posts:
                await publisher.publish(post)

    asyncio.run(enqueue_all())
    workers = [start_worker(made.config_path, store, f"h{n}") for n in range(4)]
    deadline = time.monotonic() + 120
    states: dict[str, int] = {}
    try:
        while time.monotonic() < deadline:
            states = {}
            for post in posts:
                for state, count in settled(store, post.id).items():
                    states[state] = states.get(state, 0) + count
            if states.get("published", 0) + states.get("failed", 0) == len(posts):
                break
            time.sleep(0.3)
    finally:
        codes = [stop(w) for w in workers]
    assert [0] * 4 == [code for code, _ in codes], codes
    assert {"published": WEIBO_HOURLY, "failed": len(posts) - WEIBO_HOURLY} == states
    counters = sandbox.control.counters()
    refused = {a: c["error.20016"] for a, c in counters.items() if "error.20016" in c}
    assert {} == refused, counters  # the platform never had to refuse one
    assert WEIBO_HOURLY == len(sandbox.control.records(platform="weibo", live=True))
