"""The crash-point harness for a worker's unit of work: each delivery as one job runs it.

``govpub worker`` runs ``Deliveries.deliver(delivery_id)`` per job, which takes the
delivery's own lease (``Ledger.lease``, one statement), delivers, and gives the
lease back.  Here the publishing process runs each delivery that way and dies at
each durable state — right after the lease is committed among them, holding it —
and the recovery is what the workers' sweep does (``resume()``, each delivery
again as a job).  A lease left by a dead process on this machine is taken over at
once; the post must end published exactly once.
"""

from __future__ import annotations

import pytest

from govpub.sandbox import SandboxProcess
from govpub.testing.crashpoints import CrashHarness, SandboxCrashTarget, durable_states
from govpub.testing.crashpoints.sandbox import PUBLISH_OPERATIONS


@pytest.mark.parametrize("platform", sorted(PUBLISH_OPERATIONS))
def test_a_worker_killed_at_each_durable_state_of_its_job(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess, platform: str
) -> None:
    target = SandboxCrashTarget(crash_sandbox, platform, workload="work")
    report = crash_harness.run(target, scenario="clean", select=durable_states)
    labels = [p.label for p in report.points]
    assert "ledger.lease committed" in labels  # the job's own lease, not a chunk's claim
    assert "ledger.release committed" in labels
    assert "ledger.claim committed" not in labels
    killed_after_lease = [r for r in report.results if r.point.label == "ledger.lease committed"]
    assert killed_after_lease, report.summary()  # a durable state of its own: CI kills there
    assert all(r.died for r in report.results), report.summary()
    assert [] == [r.describe() for r in report.results if r.problems], report.summary()


def test_the_sandbox_target_names_its_workloads(crash_sandbox: SandboxProcess) -> None:
    with pytest.raises(ValueError, match="workload 'jobs'"):
        SandboxCrashTarget(crash_sandbox, "app", workload="jobs")
