"""The crash-point harness: kill a publication at every point where durability is decided.

govpub promises that no post is lost and none is published twice, even when the
publishing process is killed.  This harness checks the promise the hard way, for
one adapter at a time:

1. it publishes a post once, uninterrupted, in a child process, and lists every
   *crash point* the process passed — each ledger write, on both sides of its
   commit; before and after each platform step (``DeliveryContext.step``) and its
   save; right after each platform answer (``Adapter.send``) — see
   :mod:`~govpub.testing.crashpoints.hooks`;
2. for each point, in a fresh world (directory, ledger, account, post), it
   publishes in a child that dies there with ``os._exit``, then recovers in a new
   child (``resume``; ``publish`` again only if the plan never reached the disk);
3. it judges: the ledger is settled (post ``done``, delivery ``published``,
   nothing ``planned``/``sending``/``accepted``/``unknown``/``failed``), the audit
   chain verifies, and the platform holds exactly one live publication — the one
   the ledger names.

The hooks are installed in the child only, by wrapping; govpub's production code
has no test seam.  Children are forked from a server that imported govpub once
(:mod:`~govpub.testing.crashpoints.forkserver`), so a run costs a fraction of a
second, not an interpreter start.

Built-in platforms against the sandbox::

    from govpub.sandbox import SandboxProcess
    from govpub.testing.crashpoints import CrashHarness, SandboxCrashTarget, durable_states

    with SandboxProcess() as sandbox, CrashHarness(tmp_path) as harness:
        report = harness.run(SandboxCrashTarget(sandbox, "weibo"), scenario="gateway-error",
                             select=durable_states)
        assert [] == report.failures, report.summary()

The inbox's replies (政民互动) the same way — ``govpub inbox reply`` killed at
each point, ``govpub inbox sync`` recovering, judged from the sandbox's record of
replies (:mod:`~govpub.testing.crashpoints.replies`)::

    report = harness.run(SandboxReplyTarget(sandbox, "weibo"), select=durable_states)

A third-party adapter inherits :class:`CrashPointContract` beside
:class:`~govpub.testing.contract.AdapterContract` and tells it how to count
publications on its fake (``docs/writing-an-adapter.md`` § The crash-point
harness); or implements a :class:`CrashTarget` and calls :func:`run_crash_points`.

Each run leaves its directory behind (``govpub.toml``, ``govpub.db``, the points
passed, the logs), so a failing kill point can be looked at with ``govpub status
--config …/govpub.toml``.  Needs the ``sandbox`` extra (like all of ``govpub.testing``)
and a POSIX system (``os.fork``).
"""

from __future__ import annotations

from govpub.testing.crashpoints.contract import CrashPointContract
from govpub.testing.crashpoints.forkserver import HarnessError
from govpub.testing.crashpoints.harness import CrashHarness, CrashReport, run_crash_points
from govpub.testing.crashpoints.judge import KillPointResult, LedgerSnapshot, Verdict
from govpub.testing.crashpoints.points import CRASH_EXIT, CrashPoint
from govpub.testing.crashpoints.replies import ReplySnapshot
from govpub.testing.crashpoints.sandbox import SCENARIOS, SandboxCrashTarget
from govpub.testing.crashpoints.sandbox_replies import SandboxReplyTarget
from govpub.testing.crashpoints.selection import Selector, durable_states, every_point, spread
from govpub.testing.crashpoints.target import CrashTarget, JudgingTarget, PreparedRun

__all__ = [
    "CRASH_EXIT",
    "SCENARIOS",
    "CrashHarness",
    "CrashPoint",
    "CrashPointContract",
    "CrashReport",
    "CrashTarget",
    "HarnessError",
    "JudgingTarget",
    "KillPointResult",
    "LedgerSnapshot",
    "PreparedRun",
    "ReplySnapshot",
    "SandboxCrashTarget",
    "SandboxReplyTarget",
    "Selector",
    "Verdict",
    "durable_states",
    "every_point",
    "run_crash_points",
    "spread",
]
