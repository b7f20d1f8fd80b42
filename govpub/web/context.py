"""What every page of the console needs, loaded once when ``govpub serve`` starts.

The matrix, its compliance policy and review policy come from ``govpub.toml``
exactly as every command loads them; a change of the file (a new reviewer, a
rotated key) takes effect when the console is restarted.  The console cannot
work without ``[review]``: its users are the registered reviewers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool

from govpub.cli._preflight import with_platform_findings
from govpub.compliance import CheckResult, Policy, check
from govpub.config import Matrix
from govpub.errors import ConfigError
from govpub.ledger.stores import open_matrix_ledger
from govpub.model import Post
from govpub.postfile import load_post
from govpub.review import ReviewPolicy
from govpub.review._time import now_in
from govpub.web.drafts import Draft, DraftStore
from govpub.web.jobs import PublishJobs
from govpub.web.signin import Challenges, RateLimiter
from govpub.web.users import Permissions

__all__ = ["ConsoleContext"]


@dataclass
class ConsoleContext:
    """The console's state: configuration, drafts, sign-in challenges, publishing jobs."""

    matrix: Matrix
    policy: Policy
    review: ReviewPolicy
    drafts: DraftStore
    permissions: Permissions
    challenges: Challenges = field(default_factory=Challenges)
    limit_by_address: RateLimiter = field(default_factory=lambda: RateLimiter(attempts=30))
    limit_by_key: RateLimiter = field(default_factory=lambda: RateLimiter(attempts=5))
    jobs: PublishJobs = field(default_factory=PublishJobs)

    @classmethod
    def load(cls, config: Path | None, *, drafts: Path | None = None) -> ConsoleContext:
        """Read ``govpub.toml`` (the usual precedence when ``config`` is ``None``)."""
        matrix = Matrix.from_toml(config)
        if not matrix.review:
            raise ConfigError(
                "the web console needs a [review] section: its users are the registered "
                "reviewers, who sign in with their keys",
                file=str(matrix.path) if matrix.path else None,
                key="review",
            )
        review = ReviewPolicy.from_matrix(matrix)
        root = drafts if drafts is not None else matrix.base_dir / "web-drafts"
        return cls(
            matrix=matrix,
            policy=Policy.from_matrix(matrix),
            review=review,
            drafts=DraftStore(root),
            permissions=Permissions(review),
        )

    @property
    def zone(self) -> tzinfo:
        """The agency's time zone (``[agency] timezone``)."""
        return self.matrix.agency.tz

    def now(self) -> datetime:
        """Now, at the agency's offset (as ``govpub review approve`` signs)."""
        return now_in(self.zone)

    def read(self, draft: Draft) -> tuple[Post, CheckResult]:
        """The post as written, and the compliance result as ``govpub review`` computes it."""
        written = load_post(draft.post_file, limits=self.policy.limits)
        return written, with_platform_findings(check(written, self.policy), self.matrix)

    async def audit(self, *, actor: str, action: str, subject: str, **details: Any) -> None:
        """Append one record to the ledger's hash-chained audit trail."""

        def write() -> None:
            ledger = open_matrix_ledger(self.matrix)
            try:
                ledger.audit(actor=actor, action=action, subject=subject, details=details)
            finally:
                ledger.close()

        await run_in_threadpool(write)
