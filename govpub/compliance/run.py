"""The state of one ``check()``: the post, the policy, the findings so far, the edits.

Every finding goes through :meth:`Run.add`, the one place where the policy's
severities apply (a policy may tighten a rule, never loosen it).  The readers of
findings (:mod:`.link_findings`, :mod:`.url_findings`, :mod:`.wording_findings`…)
are functions that take the run; it is apart from :mod:`.check`, the driver that
calls them, so that they can take it without importing the driver.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govpub.compliance.findings import Finding, Severity, tighter
from govpub.compliance.policy import Policy
from govpub.model import Post

__all__ = ["Run"]


@dataclass
class Run:
    """The state of one check: findings so far and the edits to the post."""

    post: Post
    policy: Policy
    findings: list[Finding] = field(default_factory=list)
    updates: dict[str, str] = field(default_factory=dict)
    removed_srcs: set[str] = field(default_factory=set)
    #: every person's number found so far, as written and masked: no finding shows one
    numbers: list[tuple[str, str]] = field(default_factory=list)

    def add(
        self,
        rule: str,
        severity: Severity,
        message: str,
        *,
        excerpt: str = "",
        field: str = "",
        offset: int | None = None,
    ) -> None:
        final = tighter(severity, self.policy.severity(rule, severity))
        self.findings.append(Finding(rule, final, message, excerpt, field, offset))

    def offsets(self, rule: str, field: str) -> list[int]:
        """Where the findings of ``rule`` in ``field`` so far start: a reader of sentences
        reports nothing a listed term over the same words reported already."""
        return [
            f.offset
            for f in self.findings
            if f.rule == rule and f.field == field and f.offset is not None
        ]
