"""What the harness needs of the platform under test: a fresh world per run, and its record.

A *world* is everything one run touches: a directory with its ``govpub.toml`` and
ledger file, one account of the platform, and a post of its own.  Worlds never
share an account's publications with each other, so "exactly one live
publication" can be counted on the platform's side without guessing which run
made which.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from govpub.model import Post

if TYPE_CHECKING:
    from govpub.testing.crashpoints.judge import Verdict

__all__ = ["CrashTarget", "JudgingTarget", "PreparedRun"]


@dataclass(frozen=True)
class PreparedRun:
    """One run's world: its directory, ``govpub.toml``, ledger file, post and account."""

    name: str
    directory: Path
    config: Path
    ledger: Path
    post: Post
    account_id: str
    #: the target's own notes (e.g. the sandbox account's key); JSON, the child reads them too
    details: Mapping[str, Any] = field(default_factory=dict)
    #: what the child that dies does: ``publish`` the post, or answer a message (``reply``;
    #: :mod:`~govpub.testing.crashpoints.replies`)
    workload: str = "publish"


@runtime_checkable
class CrashTarget(Protocol):
    """The platform under test, as the harness sees it.

    ``prepare`` makes one fresh world per name, in ``directory / name``: a
    ``govpub.toml`` with one account of the platform (``[publisher]
    require_review = false``: the harness publishes without approvals), the post
    to publish (its own id and title, so that no run can take another run's
    publication for its own), and the platform side armed for ``scenario``.
    Every world of a batch is prepared before any of them runs.

    ``live_publications`` answers from the platform's side, never from the
    ledger under test: the ids of the run's live publications (published, or
    accepted and about to be), as the ledger records them in ``platform_post_id``.
    """

    @property
    def platform(self) -> str:
        """The adapter's registered platform name."""
        ...

    def prepare(self, names: Sequence[str], directory: Path, scenario: str) -> list[PreparedRun]:
        """One fresh world per name, ready for ``scenario``."""
        ...

    def live_publications(self, run: PreparedRun) -> list[str]:
        """The platform ids of the run's post that readers can see (or soon will)."""
        ...


@runtime_checkable
class JudgingTarget(Protocol):
    """A target that judges its runs itself: a workload other than publishing a post.

    The harness judges a publication from the ledger's delivery and
    ``live_publications``; a target whose runs do something else (the inbox's
    reply, :class:`~govpub.testing.crashpoints.replies.SandboxReplyTarget`) says
    what "settled, exactly once" means for it.
    """

    def judge(self, run: PreparedRun) -> Verdict:
        """The ledger's and the platform's side of ``run`` after its recovery, and the problems."""
        ...
