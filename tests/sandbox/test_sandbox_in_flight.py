"""The sandbox counts calls in flight per platform and account: the platform's side of the limits."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from govpub import AsyncPublisher, Matrix, Post
from govpub.sandbox import SandboxServer, sandbox_matrix
from govpub.sandbox.inflight import InFlight

pytest.importorskip("uvicorn")


def test_peaks_follow_begin_and_end() -> None:
    counts = InFlight()
    counts.begin(("weibo", "weibo:1"))
    counts.begin(("weibo", "weibo:2"))
    counts.end(("weibo", "weibo:1"))
    counts.begin(("weibo", "weibo:1"))
    assert {
        "now": {"weibo": 2, "weibo:1": 1, "weibo:2": 1},
        "peak": {"weibo": 2, "weibo:1": 1, "weibo:2": 1},
    } == counts.snapshot()
    counts.end(("weibo", "weibo:1"))
    counts.end(("weibo", "weibo:2"))
    assert 2 == counts.clear_peaks()["peak"]["weibo"]
    assert {"now": {}, "peak": {}} == counts.snapshot()


async def test_a_publisher_limited_to_three_calls_is_seen_with_three_at_most(
    tmp_path: Path,
) -> None:
    with SandboxServer() as server:
        made = sandbox_matrix(
            server,
            tmp_path,
            wechat=0,
            weibo=0,
            app=8,
            units=[f"单位{n}" for n in range(8)],
            extra_toml="[publisher]\nrequire_review = false\nplatform_concurrency = { app = 3 }\n",
        )
        server.control.configure(latency=0.15)
        post = Post(id="p-flight", title="关于春季植树活动的通知", body="全市开展义务植树活动。")
        async with AsyncPublisher(Matrix.from_toml(made.config_path)) as publisher:
            report = await publisher.publish(post)
        assert {"published"} == {d.state for d in report.deliveries}
        seen = server.control.in_flight()
        assert {} == seen["now"]  # every call ended, dropped ones included
        # the limit held, and was reached: the count is real, not a constant
        assert 3 == seen["peak"]["app"]
        accounts = {k: v for k, v in seen["peak"].items() if k.startswith("app:")}
        assert 8 == len(accounts)
        assert {1} == set(accounts.values())


async def test_unlimited_concurrent_calls_are_all_counted() -> None:
    with SandboxServer() as server:
        for n in range(5):
            server.state.register_weibo(f"t{n}", "www.example.gov.cn", uid=f"100{n}")
        server.control.configure(latency=0.3)
        async with httpx.AsyncClient() as client:
            calls = [
                client.get(f"{server.weibo_url}/2/account/rate_limit_status.json?access_token=t{n}")
                for n in range(5)
            ]
            await asyncio.gather(*calls)
        seen = server.control.in_flight(clear=True)
        assert {"now": {}, "peak": {}} == server.control.in_flight()
    assert 5 == seen["peak"].get("weibo", 0), seen
    assert {f"weibo:100{n}": 1 for n in range(5)} == {
        k: v for k, v in seen["peak"].items() if k != "weibo"
    }
