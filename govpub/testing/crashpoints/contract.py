"""The crash-point harness in the contract kit: a mixin for an adapter's own test suite.

Inherit :class:`CrashPointContract` beside
:class:`~govpub.testing.contract.AdapterContract` (it uses the same
``contract_adapter`` and ``contract_post`` fixtures) and say how to count live
publications on your fake platform::

    from govpub.testing.contract import AdapterContract
    from govpub.testing.crashpoints import CrashPointContract, PreparedRun

    class TestDouyinContract(AdapterContract, CrashPointContract):
        adapter_class = DouyinAdapter

        @pytest.fixture
        def contract_adapter(self, douyin_fake):
            return DouyinAdapter(douyin_fake.account)

        def crash_live_publications(self, run: PreparedRun) -> list[str]:
            return [v.id for v in douyin_fake_client().videos(title=run.post.title) if v.live]

Your fake must outlive the publishing process — a server on loopback, in a thread
of the test process or a process of its own — because the harness kills the
process that publishes and recovers in another.  An ``httpx.MockTransport`` that
lives inside the publisher cannot remember what it accepted across that.

By default every run publishes to the ``contract_adapter``'s account (each run's
post has its own id and a title ending in the run's name, so count by that);
override :meth:`CrashPointContract.crash_account` to give each run a fresh
account instead.  Scenarios other than ``clean`` (a fault armed on your fake
for the runs of a batch) go through :meth:`CrashPointContract.crash_arm`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from govpub.model import Account, Post
from govpub.platforms.base import Adapter
from govpub.testing.crashpoints.configfile import publisher_toml, write_config
from govpub.testing.crashpoints.harness import CrashHarness
from govpub.testing.crashpoints.selection import Selector, durable_states, every_point
from govpub.testing.crashpoints.target import PreparedRun

__all__ = ["CrashPointContract"]

_SELECTIONS: dict[str, Selector] = {"durable-states": durable_states, "every-point": every_point}


class CrashPointContract:
    """Mixin: kill a publication to your adapter at every crash point, recover, judge."""

    #: scenarios to run; anything but ``clean`` needs :meth:`crash_arm`
    crash_scenarios: ClassVar[tuple[str, ...]] = ("clean",)
    #: ``"durable-states"`` (one point per distinct durable state) or ``"every-point"``
    crash_selection: ClassVar[str] = "durable-states"
    #: worlds run at once (one forked publisher each)
    crash_workers: ClassVar[int] = 2
    #: seconds a child may take before it is killed and reported
    crash_timeout: ClassVar[float] = 120.0
    #: modules each child imports first (an adapter registered in code, not by entry point)
    crash_preload: ClassVar[tuple[str, ...]] = ()
    #: the operator IP in ``[publisher]`` (Weibo's ``rip``)
    crash_operator_ip: ClassVar[str | None] = "127.0.0.1"

    def crash_live_publications(self, run: PreparedRun) -> list[str]:
        """Ask your fake: the ids of ``run.post``'s live publications on ``run.account_id``.

        Ids as your adapter reports them (``PublishOutcome.platform_post_id``);
        "live" is published, or accepted and about to be — not deleted, not rejected.
        """
        raise NotImplementedError("override crash_live_publications to ask your fake platform")

    def crash_account(self, account: Account, name: str) -> Account:
        """The account run ``name`` publishes to (default: the contract adapter's, shared)."""
        del name
        return account

    def crash_post(self, post: Post, name: str) -> Post:
        """Run ``name``'s post: ``post`` with an id of its own and ``name`` ending the title."""
        slug = re.sub(r"[^A-Za-z0-9_-]", "-", name)
        return post.model_copy(update={"id": f"{post.id}-{slug}", "title": f"{post.title}·{name}"})

    def crash_arm(self, scenario: str, runs: Sequence[PreparedRun]) -> None:
        """Prepare your fake for ``scenario`` for these runs (the default knows only ``clean``)."""
        del runs
        if scenario != "clean":
            raise NotImplementedError(f"override crash_arm to arm scenario {scenario!r}")

    def test_crash_points(
        self, contract_adapter: Adapter, contract_post: Post, tmp_path: Path
    ) -> None:
        """Killed at any crash point and recovered, the post is published exactly once."""
        target = _ContractTarget(self, contract_adapter, contract_post)
        select = _SELECTIONS[self.crash_selection]
        with CrashHarness(
            tmp_path,
            workers=self.crash_workers,
            timeout=self.crash_timeout,
            preload=self.crash_preload,
        ) as harness:
            reports = [
                harness.run(target, scenario=scenario, select=select)
                for scenario in self.crash_scenarios
            ]
        failed = [r.summary() for r in reports if r.failures]
        assert [] == failed, "\n\n".join(failed)


class _ContractTarget:
    """The :class:`~govpub.testing.crashpoints.target.CrashTarget` a contract class describes."""

    def __init__(self, contract: CrashPointContract, adapter: Adapter, post: Post) -> None:
        self._contract = contract
        self._account = adapter.account
        self._post = post

    @property
    def platform(self) -> str:
        return self._account.platform

    def prepare(self, names: Sequence[str], directory: Path, scenario: str) -> list[PreparedRun]:
        runs = []
        for name in names:
            where = directory / name
            account = self._contract.crash_account(self._account, name)
            config = write_config(
                where,
                [account],
                extra_toml=publisher_toml(self._contract.crash_operator_ip),
            )
            runs.append(
                PreparedRun(
                    name=name,
                    directory=where,
                    config=config,
                    ledger=where / "govpub.db",
                    post=self._contract.crash_post(self._post, name),
                    account_id=account.id,
                )
            )
        self._contract.crash_arm(scenario, runs)
        return runs

    def live_publications(self, run: PreparedRun) -> list[str]:
        return self._contract.crash_live_publications(run)
