"""The review gate (先审后发): do these approvals cover exactly this post, as its category needs?

``ReviewPolicy.evaluate(post, approvals)`` returns a :class:`ReviewStatus` — each
tier satisfied or missing, each approval accepted or refused with its reasons —
and never raises for review reasons; ``ReviewPolicy.verify`` raises
:class:`~govpub.errors.ReviewError` listing every problem.  Each problem names
the reviewer, the tier and the reason, in Chinese for editors, with a stable
English reason id (:data:`REASONS`) for programs and the audit trail.

An approval is refused when (reference ``rules.md`` §3 R-REVIEW, README lesson 5):

* its signature does not verify (``bad_signature``), its reviewer is not
  registered (``unknown_reviewer``) or it was signed by a key that is not the
  reviewer's registered key (``key_not_registered``);
* it covers another version of the content (``digest_mismatch`` — any edit after
  review).  The approval also records ``post_id``, for people; it is not
  compared, because a post file without an ``id:`` gets a new id each time it is
  read, and the digest already binds the content;
* the reviewer does not hold the role (``role_not_held``), the role does not
  approve that tier (``tier_mismatch``), or a check the tier requires is not
  attested (``check_not_passed``);
* the reviewer wrote the post (``self_approval``) or approved another tier of
  it (``same_reviewer_two_tiers``);
* it expired or is stale (``expired``), is dated in the future
  (``not_yet_valid``), or was signed before the earlier tier was complete
  (``out_of_order``);
* the category is unknown to the policy (``unknown_category``) or is for
  reprints and the post has no source (``category_not_applicable``).

A tier nobody validly approved is ``missing_approval``.  Authors are compared by
name: ``post.author`` and every per-platform ``overrides[…].author``, split at
、，,;；/ and spaces, against the reviewer's ``name`` and ``aliases``
(NFKC, case-folded).  ``publish_at`` is not part of the digest, so a new
schedule keeps every approval valid.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from govpub.model import Post
from govpub.review._time import format_time
from govpub.review.approval import Approval
from govpub.review.checks import CHECK_KEYS, check_label
from govpub.review.policy import Category, normalise_name
from govpub.review.status import REASONS, ReviewProblem, ReviewStatus, TierStatus, tier_text

if TYPE_CHECKING:
    from govpub.review.policy import ReviewPolicy, Tier

__all__ = ["author_names", "evaluate"]

_AUTHOR_SEPARATORS = re.compile(r"[、，,;；/／|｜\s]+")


def author_names(post: Post) -> frozenset[str]:
    """The normalised names of the post's authors (byline and per-platform bylines)."""
    bylines = [post.author, *(o.author for o in post.overrides.values() if o.author)]
    return frozenset(
        normalise_name(part)
        for byline in bylines
        for part in _AUTHOR_SEPARATORS.split(byline)
        if part.strip()
    )


class _Judge:
    """One evaluation: collects problems while it walks the approvals and tiers."""

    def __init__(
        self, policy: ReviewPolicy, post: Post, category: Category | None, now: datetime
    ) -> None:
        self.policy = policy
        self.post = post
        self.category = category
        self.now = now
        self.digest = post.digest()
        self.authors = author_names(post)
        self.problems: list[ReviewProblem] = []

    def problem(
        self,
        reason: str,
        detail: str,
        *,
        reviewer: str | None,
        tier: int | None,
        approval: Approval | None = None,
        role: str | None = None,
        candidates: bool = False,
    ) -> None:
        name = ""
        if tier is not None and self.category is not None and tier <= len(self.category.tiers):
            found = self.category.tier(tier)
            name, role = found.name, found.role
        where = tier_text(tier, name, role)
        who = f"审核人 {reviewer} · " if reviewer and not candidates else ""
        message = f"{who}{where}：{REASONS.get(reason, reason)}，{detail}（{reason}）"
        self.problems.append(
            ReviewProblem(
                reason=reason, message=message, reviewer=reviewer, tier=tier, approval=approval
            )
        )

    def resolve_tier(self, approval: Approval, category: Category) -> tuple[int | None, str | None]:
        """The tier an approval is for, or why it cannot be placed."""
        if approval.tier is not None:
            if approval.tier > len(category.tiers):
                return None, f"类别 {self.post.category} 只有 {len(category.tiers)} 级审核"
            expected = category.tier(approval.tier).role
            if expected != approval.role:
                return None, f"该级由 {expected} 审核，审批的角色是 {approval.role}"
            return approval.tier, None
        numbers = [i for i, t in enumerate(category.tiers, start=1) if t.role == approval.role]
        if not numbers:
            return None, f"类别 {self.post.category} 没有由 {approval.role} 审核的层级"
        if len(numbers) > 1:
            listed = "、".join(f"第{n}级" for n in numbers)
            return None, f"{approval.role} 审核 {listed}，审批须注明层级（--tier）"
        return numbers[0], None

    def judge(
        self, approval: Approval, category: Category, max_age: timedelta | None
    ) -> int | None:
        """Check one approval on its own; its tier number if accepted, else ``None``."""
        who = approval.reviewer
        tier_number, why = self.resolve_tier(approval, category)
        place = tier_number if tier_number is not None else approval.tier
        before = len(self.problems)

        def fail(reason: str, detail: str) -> None:
            self.problem(
                reason, detail, reviewer=who, tier=place, approval=approval, role=approval.role
            )

        reviewer = self.policy.reviewer(approval.reviewer)
        if not approval.signature_ok():
            fail("bad_signature", "签名与审批内容不符，审批在签署后被改动")
        elif reviewer is None:
            fail("unknown_reviewer", f"{who} 未在 [review.reviewers] 中登记")
        elif reviewer.public_key != approval.public_key:
            fail(
                "key_not_registered",
                f"签名密钥 {approval.key_id} 不是 {who} 登记的密钥 {reviewer.key_id}",
            )
        if reviewer is None or len(self.problems) > before:
            return None  # who signed is not established: the rest of the approval means nothing
        if approval.post_digest != self.digest:
            fail(
                "digest_mismatch",
                f"审批针对摘要 {approval.post_digest[:12]}…，当前稿件摘要为 {self.digest[:12]}…，"
                "须重新审核",
            )
        if approval.role not in reviewer.roles:
            fail(
                "role_not_held",
                f"{who} 不具有 {approval.role} 角色（登记的角色：{'、'.join(reviewer.roles)}）",
            )
        if why is not None:
            fail("tier_mismatch", why)
        if tier_number is not None:
            failed = approval.checks.failed(category.tier(tier_number).checks)
            if failed:
                fail("check_not_passed", "未通过：" + "、".join(check_label(k) for k in failed))
        if reviewer.names() & self.authors:
            fail("self_approval", f"{who} 是本稿作者（{self.post.author}），不得审核本人稿件")
        self.judge_time(approval, max_age, fail)
        return tier_number if len(self.problems) == before else None

    def judge_time(
        self, approval: Approval, max_age: timedelta | None, fail: Callable[[str, str], None]
    ) -> None:
        if approval.expires_at is not None and self.now >= approval.expires_at:
            fail("expired", f"审批已于 {format_time(approval.expires_at)} 过期")
        elif max_age is not None and self.now > approval.time + max_age:
            fail(
                "expired",
                f"审批签署于 {format_time(approval.time)}，已超过有效期 {_duration_text(max_age)}",
            )
        if approval.time > self.now + self.policy.clock_skew:
            fail("not_yet_valid", f"审批时间 {format_time(approval.time)} 晚于当前时间")


def _duration_text(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [
        f"{days}天" if days else "",
        f"{hours}小时" if hours else "",
        f"{minutes}分钟" if minutes else "",
    ]
    return "".join(parts) or f"{seconds}秒"


def evaluate(
    policy: ReviewPolicy,
    post: Post,
    approvals: Iterable[Approval],
    *,
    now: datetime | None = None,
) -> ReviewStatus:
    """The gate's evaluation (see the module docstring); ``ReviewPolicy.evaluate`` calls it."""
    when = now if now is not None else datetime.now(UTC)
    given = _unique(approvals)
    category = policy.categories.get(post.category)
    judge = _Judge(policy, post, category, when)
    if category is None:
        known = "、".join(sorted(policy.categories))
        detail = f"类别 {post.category!r} 未在审核策略中定义（已定义：{known}）"
        for approval in given:
            judge.problem(
                "unknown_category",
                detail,
                reviewer=approval.reviewer,
                tier=approval.tier,
                approval=approval,
                role=approval.role,
            )
        if not given:
            judge.problem("unknown_category", detail, reviewer=None, tier=None)
        return ReviewStatus(
            post_id=post.id,
            digest=judge.digest,
            category=post.category,
            problems=tuple(judge.problems),
            checked_at=when,
        )
    if category.reprint_only and post.source is None:
        judge.problem(
            "category_not_applicable",
            f"类别 {post.category} 仅用于转载稿件，但稿件没有注明来源（source）",
            reviewer=None,
            tier=None,
        )
    max_age = category.max_age or policy.max_age
    by_tier: dict[int, list[Approval]] = defaultdict(list)
    for approval in given:
        number = judge.judge(approval, category, max_age)
        if number is not None:
            by_tier[number].append(approval)
    _one_tier_per_person(judge, by_tier)
    tiers = _walk_stages(judge, policy, category, by_tier)
    accepted = tuple(a for t in tiers for a in t.approvals)
    return ReviewStatus(
        post_id=post.id,
        digest=judge.digest,
        category=post.category,
        category_label=category.label,
        tiers=tiers,
        accepted=accepted,
        problems=tuple(judge.problems),
        checked_at=when,
    )


def _unique(approvals: Iterable[Approval]) -> list[Approval]:
    """Drop exact duplicates (the same file given twice), keep order."""
    seen: set[str] = set()
    out: list[Approval] = []
    for approval in approvals:
        if approval.signature not in seen:
            seen.add(approval.signature)
            out.append(approval)
    return out


def _one_tier_per_person(judge: _Judge, by_tier: dict[int, list[Approval]]) -> None:
    """A person approves at most one tier of a post (审核分级 means different people)."""
    first_tier: dict[str, int] = {}
    for number in sorted(by_tier):
        kept: list[Approval] = []
        for approval in by_tier[number]:
            earlier = first_tier.setdefault(approval.reviewer, number)
            if earlier == number:
                kept.append(approval)
                continue
            judge.problem(
                "same_reviewer_two_tiers",
                f"{approval.reviewer} 已审核第{earlier}级，同一人不得再审核第{number}级",
                reviewer=approval.reviewer,
                tier=number,
                approval=approval,
            )
        by_tier[number] = kept


def _walk_stages(
    judge: _Judge,
    policy: ReviewPolicy,
    category: Category,
    by_tier: dict[int, list[Approval]],
) -> tuple[TierStatus, ...]:
    """Satisfy tiers stage by stage; a later stage's approval must follow the earlier stage."""
    statuses: dict[int, TierStatus] = {}
    previous_done: datetime | None = None
    ordered = True
    for stage in category.stages():
        stage_done: list[datetime] = []
        for number in stage:
            tier = category.tier(number)
            approvals = by_tier.get(number, [])
            if ordered and previous_done is not None:
                approvals = _in_order(judge, number, approvals, previous_done, policy.clock_skew)
            status = _tier_status(judge, policy, number, tier, approvals)
            statuses[number] = status
            if status.completed_at is not None:
                stage_done.append(status.completed_at)
        if ordered and len(stage_done) == len(stage):
            previous_done = max(stage_done)
        else:
            ordered = False  # an earlier stage is incomplete: later ones cannot be ordered yet
    return tuple(statuses[n] for n in sorted(statuses))


def _in_order(
    judge: _Judge,
    number: int,
    approvals: list[Approval],
    previous_done: datetime,
    skew: timedelta,
) -> list[Approval]:
    kept = []
    for approval in approvals:
        if approval.time + skew >= previous_done:
            kept.append(approval)
            continue
        judge.problem(
            "out_of_order",
            f"审批签署于 {format_time(approval.time)}，早于上一级审核完成的 "
            f"{format_time(previous_done)}，须在上一级之后重新审核",
            reviewer=approval.reviewer,
            tier=number,
            approval=approval,
        )
    return kept


def _tier_status(
    judge: _Judge, policy: ReviewPolicy, number: int, tier: Tier, approvals: list[Approval]
) -> TierStatus:
    eligible = [r for r in policy.holders(tier.role) if not (r.names() & judge.authors)]
    first: dict[str, datetime] = {}
    for approval in approvals:
        first[approval.reviewer] = min(approval.time, first.get(approval.reviewer, approval.time))
    if tier.mode == "all":
        missing = tuple(r.name for r in eligible if r.name not in first)
        satisfied = bool(eligible) and not missing
        completed = max(first.values()) if satisfied else None
    else:
        missing = () if first else tuple(r.name for r in eligible)
        satisfied = bool(first)
        completed = min(first.values()) if satisfied else None
    if not satisfied:
        if not eligible:
            who = None
            detail = f"除作者外没有审核人具有 {tier.role} 角色"
        else:
            joiner = "、" if tier.mode == "all" else " 或 "
            who = joiner.join(missing)
            detail = f"须由 {who} 审核" + (
                "（全部）" if tier.mode == "all" and len(missing) > 1 else ""
            )
        judge.problem("missing_approval", detail, reviewer=who, tier=number, candidates=True)
    return TierStatus(
        number=number,
        name=tier.name,
        role=tier.role,
        role_label=policy.role_label(tier.role),
        mode=tier.mode,
        checks=tuple(k for k in CHECK_KEYS if k in tier.checks),
        approvals=tuple(sorted(approvals, key=lambda a: a.time)),
        missing_reviewers=missing,
        satisfied=satisfied,
        completed_at=completed,
    )
