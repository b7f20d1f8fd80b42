"""The verdict on one kill point: did recovery keep the promise?

"No post lost, none published twice", made checkable after a crash and a
recovery:

* the ledger is **settled** — the delivery is ``published`` (nothing left
  ``planned``, ``sending``, ``accepted``, ``unknown`` or ``failed``) and the post,
  whose deliveries are all settled, is ``done``;
* the audit chain still verifies;
* the platform holds **exactly one** live publication of the post, and it is the
  one the ledger names.

The ledger is read from its file after every child has exited; the platform's
side comes from the :class:`~govpub.testing.crashpoints.target.CrashTarget`.
A target with another workload judges itself
(:class:`~govpub.testing.crashpoints.target.JudgingTarget`, e.g. the inbox's
replies) and hands back a :class:`Verdict` of the same shape.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from govpub.ledger import SqliteLedger
from govpub.testing.crashpoints.points import CrashPoint
from govpub.testing.crashpoints.target import PreparedRun

__all__ = [
    "KillPointResult",
    "LedgerSnapshot",
    "Snapshot",
    "Verdict",
    "delivery_unsettled",
    "post_unsettled",
    "unsettled",
]


class Snapshot(Protocol):
    """What a run left in its ledger, as a failure report shows it."""

    def describe_lines(self) -> list[str]:
        """Indented lines for :meth:`KillPointResult.describe`."""
        ...


@dataclass(frozen=True)
class LedgerSnapshot:
    """What the ledger says about a run's post: its state, its deliveries, its audit chain."""

    post_state: str | None
    deliveries: tuple[Mapping[str, Any], ...] = ()
    audit_ok: bool = True
    audit_problem: str | None = None

    @classmethod
    def read(cls, path: Path, post_id: str) -> LedgerSnapshot:
        """Read the post, its deliveries (state, steps, calls) and verify the audit chain."""
        if not path.exists():
            return cls(post_state=None)
        ledger = SqliteLedger(path)
        try:
            record = ledger.get_post(post_id)
            rows = [
                {
                    "account": d.account_id,
                    "state": d.state,
                    "platform_post_id": d.platform_post_id,
                    "steps": sorted(d.steps),
                    "attempts": d.attempts,
                    "calls": [f"{a['operation']}:{a['outcome']}" for a in ledger.attempts(d.id)],
                    "error": (d.last_error or {}).get("kind"),
                    "instruction": d.instruction,
                }
                for d in ledger.deliveries(post_id=post_id)
            ]
            verified = ledger.trail.verify()
        finally:
            ledger.close()
        return cls(
            post_state=record.state if record is not None else None,
            deliveries=tuple(rows),
            audit_ok=bool(verified),
            audit_problem=None if verified else f"{verified.reason} at {verified.first_bad_seq}",
        )

    def describe_lines(self) -> list[str]:
        """One line per delivery (state, steps, calls), then the post's state."""
        lines = []
        for row in self.deliveries:
            hint = str(row["instruction"] or "")
            lines.append(
                f"    delivery {row['state']}, steps={row['steps']}, attempts={row['attempts']}, "
                f"calls={row['calls']}, error={row['error']}"
                + (f", instruction={hint[:40]!r}…" if hint else "")
            )
        lines.append(f"    post {self.post_state}")
        return lines


@dataclass(frozen=True)
class Verdict:
    """One run judged: what its ledger holds, what the platform holds, and what falls short."""

    ledger: Snapshot
    #: the platform's ids of what the run made there (publications, replies)
    live: tuple[str, ...]
    problems: tuple[str, ...]


def publication_verdict(ledger: LedgerSnapshot, live: Sequence[str]) -> Verdict:
    """The verdict on a publication: :func:`unsettled`."""
    return Verdict(ledger, tuple(live), tuple(unsettled(ledger, live)))


def unsettled(ledger: LedgerSnapshot, live: Sequence[str]) -> list[str]:
    """How the ledger and the platform fall short of "published exactly once, settled"."""
    return post_unsettled(ledger) + delivery_unsettled(ledger, live)


def post_unsettled(ledger: LedgerSnapshot) -> list[str]:
    """The post's own record: known to the ledger, and ``done`` once its deliveries are."""
    if ledger.post_state is None:
        return ["the ledger does not know the post"]
    if ledger.post_state != "done":
        return [f"post left {ledger.post_state}"]
    return []


def delivery_unsettled(ledger: LedgerSnapshot, live: Sequence[str]) -> list[str]:
    """The delivery, the audit chain and the platform: published exactly once, as recorded."""
    problems = []
    if len(ledger.deliveries) != 1:
        problems.append(f"{len(ledger.deliveries)} deliveries (expected 1)")
    problems.extend(
        f"delivery left {row['state']}" for row in ledger.deliveries if row["state"] != "published"
    )
    if not ledger.audit_ok:
        problems.append(f"audit chain broken ({ledger.audit_problem})")
    if len(live) != 1:
        problems.append(f"{len(live)} live publications on the platform (expected 1)")
    else:
        named = [row["platform_post_id"] for row in ledger.deliveries]
        if named != list(live):
            problems.append(f"the ledger names {named}, the platform has {list(live)}")
    return problems


@dataclass(frozen=True)
class KillPointResult:
    """One kill point: did the run die there, did recovery settle it, what the platform holds."""

    point: CrashPoint
    run: PreparedRun
    #: the publishing child reached its point and died there
    died: bool
    #: the recovering child's exit status (0: it finished)
    recovered: int
    #: recovery had to publish (or reply) again (the intent never reached the disk)
    republished: bool
    ledger: Snapshot
    live: tuple[str, ...]
    problems: tuple[str, ...]
    seconds: float

    @property
    def passed(self) -> bool:
        """No problem found."""
        return not self.problems

    @property
    def delivery_problems(self) -> tuple[str, ...]:
        """The problems but the post's own state: what the adapter and the runner answer for.

        A post left ``active`` although its delivery settled is the publisher's
        bookkeeping, not the adapter's; an adapter's suite can judge without it
        (and judge the post in a test of its own).
        """
        own = post_unsettled(self.ledger) if isinstance(self.ledger, LedgerSnapshot) else []
        return tuple(p for p in self.problems if p not in own)

    def describe(self) -> str:
        """A few lines for a failure report: the point, the problems, what was left behind."""
        lines = [f"#{self.point.index} {self.point}: {'; '.join(self.problems) or 'ok'}"]
        lines += self.ledger.describe_lines()
        lines.append(
            f"    platform live={list(self.live)}"
            + ("; republished" if self.republished else "")
            + f"; run {self.run.directory}"
        )
        return "\n".join(lines)
