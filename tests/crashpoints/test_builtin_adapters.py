"""The crash-point harness for the three built-in adapters (issue 10, item 4).

Each adapter publishes a post with a cover and two body images to an account of
its own in the sandbox; the publishing process dies at a kill point, a new one
recovers (``resume``), and the post must then be published exactly once with a
settled ledger.  Three scenarios (:data:`govpub.testing.crashpoints.SCENARIOS`):
the plain path, a gateway error before the platform stored the post (so the
kill points of a re-send after a confirmed absence are reached), and a dropped
connection after it stored it (the kill points of a reconciliation that finds it).

CI kills at one point per distinct durable state (``durable_states``: every
ledger commit and every platform answer); ``pytest --run-slow`` kills at every
point, which also shows that the points CI skips are equivalent to the ones it runs.
"""

from __future__ import annotations

import pytest

from govpub.sandbox import SandboxProcess
from govpub.testing.crashpoints import (
    SCENARIOS,
    CrashHarness,
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
    assert [] == [r.describe() for r in report.failures], report.summary()


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
