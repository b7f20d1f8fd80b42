"""The crash-point harness for the three built-in adapters (issue 10, item 4).

Each adapter publishes a post with a cover and two body images to an account of
its own in the sandbox; the publishing process dies at a kill point, a new one
recovers (``resume``), and the post must then be published exactly once with a
settled ledger.  Three scenarios (:data:`govpub.testing.crashpoints.SCENARIOS`):
the plain path, a gateway error before the platform stored the post (so the
kill points of a re-send after a confirmed absence are reached), and a dropped
connection after it stored it (the kill points of a reconciliation that finds it).

The adapter tests judge the delivery, the audit chain and the platform; the
post's own state (``done`` once its deliveries are) is the publisher's
bookkeeping and has a test of its own, so that each failure points at one component.

CI kills at one point per distinct durable state (``durable_states``: every
ledger commit and every platform answer); ``pytest --run-slow`` kills at every
point, which also shows that the points CI skips are equivalent to the ones it runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from govpub.sandbox import SandboxProcess
from govpub.testing.crashpoints import (
    SCENARIOS,
    CrashHarness,
    CrashPoint,
    CrashReport,
    SandboxCrashTarget,
    durable_states,
    every_point,
)
from govpub.testing.crashpoints.sandbox import PUBLISH_OPERATIONS

PLATFORMS = sorted(PUBLISH_OPERATIONS)

#: The step that holds the reference of each platform's publishing call.
PUBLISHING_STEP = {"app": "app_post", "wechat": "publish_id", "weibo": "weibo_status"}


def check(report: CrashReport) -> None:
    """The enumeration went through the publishing call, and every kill point kept the promise."""
    labels = {p.label for p in report.points}
    assert {"ledger", "step", "http"} == {p.kind for p in report.points}
    assert {
        "ledger.submit committed",
        f"step {PUBLISHING_STEP[report.platform]}: before",
        "ledger.transition(sending, delivery.sending) committed",
    } <= labels
    assert report.results, "no kill point was run"
    # The post's own state is the publisher's: test_recovery_leaves_the_post_done judges it.
    assert [] == [r.describe() for r in report.results if r.delivery_problems], report.summary()


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_durable_state(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess, platform: str, scenario: str
) -> None:
    report = crash_harness.run(
        SandboxCrashTarget(crash_sandbox, platform), scenario=scenario, select=durable_states
    )
    assert len(report.results) < len(report.points)  # a real selection, not every point
    check(report)


@pytest.mark.slow
@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_kill_point(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess, platform: str, scenario: str
) -> None:
    report = crash_harness.run(
        SandboxCrashTarget(crash_sandbox, platform), scenario=scenario, select=every_point
    )
    assert len(report.results) == len(report.points)
    check(report)


def test_recovery_leaves_the_post_done(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess
) -> None:
    """Killed after its last delivery settled, the post is still finished by the recovery."""

    def after_the_last_delivery(points: Sequence[CrashPoint]) -> list[CrashPoint]:
        labels = [p.label for p in points]
        last = labels.index("ledger.transition(published, delivery.published) committed")
        return [p for p in points[last:] if "post_state" in p.label or p.index == last + 1]

    report = crash_harness.run(
        SandboxCrashTarget(crash_sandbox, "app"), select=after_the_last_delivery
    )
    assert [
        "ledger.transition(published, delivery.published) committed",
        "ledger.set_post_state(done) before",
        # a call alone in its moment commits its own transaction: nothing between return and commit
        "ledger.set_post_state(done) committed",
    ] == [r.point.label for r in report.results]
    assert [] == [r.describe() for r in report.failures], report.summary()
