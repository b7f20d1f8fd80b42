"""A call govpub gave up on still runs at the platform: the account's next call waits it out.

The sandbox commits the app post and holds its answer (commit-then-timeout)
longer than the publisher's timeout.  Without a wait, the publisher's lookup
(or next send) reaches the platform while the abandoned call still runs there:
two calls in flight under a limit of one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub import AsyncPublisher, Matrix, Post
from govpub.publisher.settings import PublisherSettings
from govpub.sandbox import SandboxServer, sandbox_matrix

pytest.importorskip("uvicorn")

HOLD = 0.8  # the platform answers this long after committing
TIMEOUT = 0.3  # the publisher gives up first


def publisher_toml(grace: float) -> str:
    return (
        "[publisher]\nrequire_review = false\nplatform_concurrency = { app = 1 }\n"
        f"timeout = {TIMEOUT}\nabandoned_call_grace = {grace}\n"
    )


async def publish_with_grace(tmp_path: Path, grace: float) -> tuple[dict[str, int], list[str]]:
    with SandboxServer() as server:
        made = sandbox_matrix(
            server,
            tmp_path,
            wechat=0,
            weibo=0,
            app=3,
            units=["单位1", "单位2", "单位3"],
            extra_toml=publisher_toml(grace),
        )
        server.control.set_faults(f"app/posts.create:commit_timeout=1.0@delay={HOLD}")
        post = Post(id="p-abandoned", title="关于春季植树活动的通知", body="全市开展义务植树活动。")
        async with AsyncPublisher(Matrix.from_toml(made.config_path)) as publisher:
            report = await publisher.publish(post)
        seen = server.control.in_flight()
        summary = server.control.publications(post_id="p-abandoned")
    assert [] == summary["duplicates"]
    return seen["peak"], [d.state for d in report.deliveries]


async def test_the_next_call_waits_while_an_abandoned_call_may_run(tmp_path: Path) -> None:
    peak, states = await publish_with_grace(tmp_path, grace=HOLD + 0.7)
    assert ["published"] * 3 == states
    assert 1 == peak["app"], peak  # the platform never saw two calls at once


async def test_without_the_wait_the_platform_sees_the_limit_passed(tmp_path: Path) -> None:
    """The failure the wait prevents is real: the same run with no grace passes the limit."""
    peak, states = await publish_with_grace(tmp_path, grace=0)
    assert ["published"] * 3 == states  # found by the lookup, not sent twice
    assert peak["app"] >= 2, peak


def test_the_grace_defaults_to_the_timeout() -> None:
    assert 12.5 == PublisherSettings(timeout=12.5).call_grace
    assert 0.0 == PublisherSettings(timeout=12.5, abandoned_call_grace=0).call_grace


def test_a_negative_grace_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="abandoned_call_grace"):
        PublisherSettings(abandoned_call_grace=-1)
