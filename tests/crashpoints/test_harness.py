"""The harness catches what it exists to catch: a duplicate, a lost delivery, a broken run.

Two deliberately broken own-app adapters (``faulty_adapters``, loaded into the
children by ``preload``) publish through the sandbox's own-app emulator, driven
by a :class:`CrashTarget` written here by hand — the way a third party can.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from govpub.model import Post
from govpub.sandbox import SandboxProcess, sandbox_matrix
from govpub.testing.crashpoints import (
    CrashHarness,
    CrashPoint,
    CrashReport,
    HarnessError,
    PreparedRun,
    durable_states,
)
from govpub.testing.crashpoints.configfile import publisher_toml
from govpub.testing.crashpoints.sandbox import crash_post


class EmulatedAppTarget:
    """The sandbox's own-app emulator, served by the adapter registered as ``platform``."""

    def __init__(self, sandbox: SandboxProcess, platform: str, post: Post | None = None) -> None:
        self.sandbox = sandbox
        self._platform = platform
        self._post = post

    @property
    def platform(self) -> str:
        return self._platform

    def prepare(self, names: Sequence[str], directory: Path, scenario: str) -> list[PreparedRun]:
        assert "clean" == scenario
        runs = []
        for name in names:
            made = sandbox_matrix(
                self.sandbox,
                directory / name,
                wechat=0,
                weibo=0,
                app=1,
                platform_names={"app": self._platform},
                extra_toml=publisher_toml(),
            )
            (account,) = made.accounts
            runs.append(
                PreparedRun(
                    name=name,
                    directory=directory / name,
                    config=made.config_path,
                    ledger=directory / name / "govpub.db",
                    post=self._post or crash_post(name),
                    account_id=account.id,
                    details={"tenant": account.key.split(":", 1)[1]},
                )
            )
        return runs

    def live_publications(self, run: PreparedRun) -> list[str]:
        records = self.sandbox.control.records(
            platform="app", account=run.details["tenant"], live=True
        )
        return [str(r["platform_id"]) for r in records]


def failing(report: CrashReport, problem: str) -> set[str]:
    """The labels of the kill points whose problems mention ``problem``."""
    return {str(r.point) for r in report.failures if any(problem in p for p in r.problems)}


def between(report: CrashReport, after: str, before: str) -> set[str]:
    """The labels of the kill points run strictly between two labels of the enumeration."""
    labels = [p.label for p in report.points]
    first, last = labels.index(after), labels.index(before)
    return {str(r.point) for r in report.results if first <= r.point.index - 1 < last}


def test_a_duplicate_is_found_where_the_platform_stored_the_post_but_the_ledger_did_not(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess
) -> None:
    report = crash_harness.run(
        EmulatedAppTarget(crash_sandbox, "app-forgetful"), select=durable_states
    )
    assert {"http POST /posts → 201"} == failing(report, "2 live publications")


def test_a_lost_delivery_is_found_wherever_it_was_in_flight(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess
) -> None:
    report = crash_harness.run(
        EmulatedAppTarget(crash_sandbox, "app-unsure"), select=durable_states
    )
    in_flight = between(
        report,
        "ledger.transition(sending, delivery.sending) committed",
        "ledger.transition(published, delivery.published) committed",
    )
    # In flight: the committed "sending" (with the event's timestamp) and the platform's answer
    # (the answer is saved with the "published" transition, in one write).
    assert {
        "ledger.transition(sending, delivery.sending) committed",
        "http POST /posts → 201",
    } == in_flight
    assert in_flight == failing(report, "delivery left unknown")


def test_a_crash_before_the_plan_is_recovered_by_publishing_again(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess
) -> None:
    def before_and_after_the_plan(points: Sequence[CrashPoint]) -> list[CrashPoint]:
        # (between them, the writer's batch has a "returned, commit pending" point)
        return [points[0], next(p for p in points if p.label == "ledger.submit committed")]

    report = crash_harness.run(
        EmulatedAppTarget(crash_sandbox, "app"), select=before_and_after_the_plan
    )
    before, after = report.results
    assert ("ledger.submit before", "ledger.submit committed") == (
        before.point.label,
        after.point.label,
    )
    assert (True, False) == (before.republished, after.republished)
    assert [(), ()] == [before.problems, after.problems]


def test_a_point_the_run_never_reaches_is_reported(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess
) -> None:
    nowhere = CrashPoint("ledger", "ledger.nothing committed", 1, 99)
    report = crash_harness.run(
        EmulatedAppTarget(crash_sandbox, "app"), select=lambda points: [nowhere]
    )
    (result,) = report.results
    assert not result.died
    assert ["the publishing run never reached this point (exit 0)"] == list(result.problems)


def test_an_uninterrupted_publication_that_fails_stops_the_harness(
    crash_harness: CrashHarness, crash_sandbox: SandboxProcess
) -> None:
    secret = crash_post("refused").model_copy(update={"body": "绝密★ 本文件不得外传。"})
    target = EmulatedAppTarget(crash_sandbox, "app", post=secret)
    with pytest.raises(HarnessError, match=r"uninterrupted publication failed.*PolicyError"):
        crash_harness.run(target)
