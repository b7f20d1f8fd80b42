"""What the review gate answers: tiers satisfied or missing, and every problem, named.

:class:`ReviewStatus` is returned by ``ReviewPolicy.evaluate`` and
``ReviewPolicy.verify``; each :class:`ReviewProblem` names the reviewer, the
tier and the reason (Chinese ``message`` for editors, English ``reason`` id from
:data:`REASONS` for programs and the audit trail).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from govpub.errors import ReviewError
from govpub.review._time import format_time

if TYPE_CHECKING:
    from govpub.review.approval import Approval

__all__ = ["REASONS", "ReviewProblem", "ReviewStatus", "TierStatus", "tier_text"]

#: Every reason id the gate uses, with its Chinese name (docs, forms, audit records).
REASONS: Mapping[str, str] = {
    "missing_approval": "缺少审核",
    "digest_mismatch": "审核后内容已改动",
    "unknown_reviewer": "审核人未登记",
    "bad_signature": "签名无效",
    "key_not_registered": "不是审核人登记的密钥",
    "role_not_held": "审核人不具有该角色",
    "tier_mismatch": "审核层级不符",
    "check_not_passed": "审核项未通过",
    "same_reviewer_two_tiers": "同一人审核了两级",
    "self_approval": "作者审核本人稿件",
    "expired": "审批已过期",
    "not_yet_valid": "审批时间晚于当前时间",
    "out_of_order": "未按顺序审核",
    "unknown_category": "稿件类别未定义",
    "category_not_applicable": "类别不适用于该稿件",
    "malformed": "审批文件格式错误",
    "duplicate_key": "审批文件中有重复的键",
    "non_finite": "审批文件中有 NaN 或 Infinity",
    "not_canonical": "审批文件不是签署时的原样",
}


@dataclass(frozen=True)
class ReviewProblem:
    """One thing wrong or missing, naming who, which tier and why."""

    reason: str
    """Stable English id, a key of :data:`REASONS`."""
    message: str
    """The whole problem in Chinese, reviewer, tier and reason id included."""
    reviewer: str | None = None
    """The reviewer concerned; for a missing tier, who could approve it."""
    tier: int | None = None
    """The 1-based tier number, when one is concerned."""
    approval: Approval | None = None
    """The refused approval, when the problem is about one."""
    source: str | None = None
    """The approval file, when the problem is a file that could not be read."""

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (the approval by key id and time, not its whole body)."""
        return {
            "reason": self.reason,
            "source": self.source,
            "reviewer": self.reviewer,
            "tier": self.tier,
            "message": self.message,
            "key_id": self.approval.key_id if self.approval else None,
            "approval_time": format_time(self.approval.time) if self.approval else None,
        }


@dataclass(frozen=True)
class TierStatus:
    """One tier of the post's category: its approvals and whether it is satisfied."""

    number: int
    name: str
    role: str
    role_label: str
    mode: str
    checks: tuple[str, ...]
    approvals: tuple[Approval, ...]
    missing_reviewers: tuple[str, ...]
    satisfied: bool
    completed_at: datetime | None = None

    @property
    def title(self) -> str:
        """``第1级 初审 [editor]``."""
        return tier_text(self.number, self.name, self.role)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "number": self.number,
            "name": self.name,
            "role": self.role,
            "role_label": self.role_label,
            "mode": self.mode,
            "checks": list(self.checks),
            "satisfied": self.satisfied,
            "completed_at": format_time(self.completed_at) if self.completed_at else None,
            "missing_reviewers": list(self.missing_reviewers),
            "approvals": [
                {
                    "reviewer": a.reviewer,
                    "role": a.role,
                    "time": format_time(a.time),
                    "expires_at": format_time(a.expires_at) if a.expires_at else None,
                    "key_id": a.key_id,
                    "checks": a.checks.model_dump(),
                    "comment": a.comment,
                }
                for a in self.approvals
            ],
        }


@dataclass(frozen=True)
class ReviewStatus:
    """The gate's answer for one post: tiers, accepted approvals and every problem."""

    post_id: str
    digest: str
    category: str
    checked_at: datetime
    category_label: str = ""
    tiers: tuple[TierStatus, ...] = ()
    accepted: tuple[Approval, ...] = ()
    problems: tuple[ReviewProblem, ...] = ()

    @property
    def complete(self) -> bool:
        """Every tier satisfied and nothing wrong: the post may be published."""
        return bool(self.tiers) and not self.problems and all(t.satisfied for t in self.tiers)

    @property
    def satisfied(self) -> tuple[TierStatus, ...]:
        """The tiers that have the approvals they need."""
        return tuple(t for t in self.tiers if t.satisfied)

    @property
    def missing(self) -> tuple[TierStatus, ...]:
        """The tiers still waiting for an approval."""
        return tuple(t for t in self.tiers if not t.satisfied)

    @property
    def refused(self) -> tuple[Approval, ...]:
        """The approvals the gate did not accept (each has at least one problem)."""
        seen: list[Approval] = []
        for problem in self.problems:
            if problem.approval is not None and problem.approval not in seen:
                seen.append(problem.approval)
        return tuple(seen)

    def summary(self) -> str:
        """One line in Chinese: complete, or what is missing."""
        if self.complete:
            return f"审核完成：{len(self.tiers)} 级审核均已通过（摘要 {self.digest[:12]}…）"
        return f"审核未完成：{len(self.problems)} 个问题（摘要 {self.digest[:12]}…）"

    def raise_for_problems(self) -> None:
        """Raise :class:`ReviewError` with every problem unless the review is complete."""
        if self.complete:
            return
        lines = "\n".join(f"  - {p.message}" for p in self.problems)
        raise ReviewError(
            f"稿件 {self.post_id}（类别 {self.category}，摘要 {self.digest[:12]}…）未通过审核，"
            f"共 {len(self.problems)} 个问题：\n{lines}",
            problems=self.problems,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (CLI ``--json``, audit details)."""
        return {
            "post_id": self.post_id,
            "digest": self.digest,
            "category": self.category,
            "category_label": self.category_label,
            "complete": self.complete,
            "checked_at": format_time(self.checked_at),
            "tiers": [t.to_dict() for t in self.tiers],
            "problems": [p.to_dict() for p in self.problems],
        }


def tier_text(number: int | None, name: str = "", role: str | None = None) -> str:
    """``第2级 复审 [director]`` — how messages name a tier."""
    if number is None:
        return "未指定层级" + (f" [{role}]" if role else "")
    parts = [f"第{number}级"]
    if name:
        parts.append(name)
    if role:
        parts.append(f"[{role}]")
    return " ".join(parts)
