"""Real use of ``govpub.testing.crashpoints``, type-checked by ``mypy --strict`` (not run by pytest)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from govpub.model import Account, Post
from govpub.sandbox import SandboxProcess
from govpub.testing.contract import AdapterContract
from govpub.testing.crashpoints import (
    CrashHarness,
    CrashPoint,
    CrashPointContract,
    CrashReport,
    CrashTarget,
    KillPointResult,
    PreparedRun,
    SandboxCrashTarget,
    durable_states,
    every_point,
    run_crash_points,
    spread,
)
from govpub.testing.crashpoints.configfile import publisher_toml, write_config


class OneAccountTarget:
    """A hand-written target: one account, counted by a callable of the author's fake."""

    def __init__(self, account: Account, post: Post) -> None:
        self.account = account
        self.post = post

    @property
    def platform(self) -> str:
        return self.account.platform

    def prepare(self, names: Sequence[str], directory: Path, scenario: str) -> list[PreparedRun]:
        del scenario
        return [
            PreparedRun(
                name=name,
                directory=directory / name,
                config=write_config(directory / name, [self.account], extra_toml=publisher_toml()),
                ledger=directory / name / "govpub.db",
                post=self.post.model_copy(update={"id": f"{self.post.id}-{name}"}),
                account_id=self.account.id,
            )
            for name in names
        ]

    def live_publications(self, run: PreparedRun) -> list[str]:
        return [run.post.id]


def failures_of(report: CrashReport) -> list[str]:
    failed: list[KillPointResult] = report.failures
    points: list[CrashPoint] = [r.point for r in failed]
    return [f"{p.kind} {p.label} #{p.occurrence}" for p in points] + [report.summary()]


def run_all(account: Account, post: Post, directory: Path) -> list[str]:
    target: CrashTarget = OneAccountTarget(account, post)
    report = run_crash_points(target, directory, select=spread(5), workers=1)
    with SandboxProcess() as sandbox, CrashHarness(directory, workers=2) as harness:
        weibo = harness.run(SandboxCrashTarget(sandbox, "weibo"), select=durable_states)
        app = harness.run(SandboxCrashTarget(sandbox, "app"), scenario="gateway-error")
        full = harness.run(target, select=every_point)
    return [*failures_of(report), *failures_of(weibo), *failures_of(app), *failures_of(full)]


class TypedContract(AdapterContract, CrashPointContract):
    crash_scenarios = ("clean", "gateway-error")
    crash_selection = "every-point"

    def crash_live_publications(self, run: PreparedRun) -> list[str]:
        return [run.account_id]

    def crash_account(self, account: Account, name: str) -> Account:
        return account.model_copy(update={"id": f"{account.id}-{name}"})
