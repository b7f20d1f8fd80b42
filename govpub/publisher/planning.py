"""Gate and plan: what happens to a post before anything is sent.

1. the gate — compliance checks (block findings refuse; the *stripped* post is
   what is sent) and the review gate (approvals bound to the digest); a
   refusal is audited and re-raised;
2. the targets — active and suspended accounts of the selection, never one
   closed in the config or by filing (备案 关停/注销);
3. the duplicate guard — the same title and body already sent to an account;
4. render once per platform (a post that cannot fit is refused here);
5. the **plan** — one delivery per target — written in one transaction.

Every refusal happens before step 5: a refused post stores and sends nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from govpub.errors import ConfigError, PolicyError, ReviewError
from govpub.ledger import DeliveryPlan, DeliveryRecord, PostRecord, delivery_key
from govpub.limits import PostLimits
from govpub.model import Account, Post
from govpub.platforms.base import Rendered, get_adapter_class
from govpub.platforms.preflight import ensure_deliverable
from govpub.publisher.adapters import AdapterPool
from govpub.publisher.context import Context
from govpub.publisher.duplicates import earlier_copies, refusal
from govpub.publisher.gate import Gate, GateResult, refusal_details

__all__ = ["Plan", "Planner", "render"]


def render(post: Post, platforms: Collection[str]) -> dict[str, Rendered]:
    """Render once per platform; a post that cannot fit raises before anything happens."""
    return {name: get_adapter_class(name).render(post) for name in sorted(platforms)}


@dataclass(frozen=True)
class Plan:
    """A post past the gate: its stored record and deliveries (none for a dry run)."""

    gated: GateResult
    renders: dict[str, Rendered]
    scheduled: bool
    record: PostRecord
    deliveries: list[DeliveryRecord]
    again: bool


class Planner:
    """Gate, target, render and plan posts for one publisher."""

    def __init__(self, context: Context, pool: AdapterPool, gate: Callable[[], Gate]) -> None:
        self.context = context
        self.pool = pool
        self._gate = gate

    async def plan(
        self,
        post: Post,
        approvals: Sequence[Any],
        *,
        accounts: Sequence[str] | None,
        platforms: Sequence[str] | None,
        units: Sequence[str] | None,
        dry_run: bool,
        allow_duplicate: bool,
        enqueue: bool = False,
    ) -> Plan:
        """Check and plan ``post``; written to the ledger unless ``dry_run``.

        ``enqueue``: the workers' jobs are deferred in the plan's transaction.
        """
        ctx = self.context
        PostLimits.from_matrix(ctx.matrix).enforce(post)  # before any check or rendering
        gated = await self.pass_gate(post, approvals, ctx.clock(), audit=not dry_run)
        closed = frozenset(await ctx.run(ctx.ledger.closed_accounts))
        targets = self.targets(accounts, platforms, units, closed=closed)
        existing = await ctx.run(ctx.ledger.get_post, gated.post.id)
        if existing is not None and existing.state in ("retracted", "refused"):
            done = "撤回" if existing.state == "retracted" else "被拒绝发布"
            raise PolicyError(
                f"稿件 {existing.id} 已{done}，不能以同样的内容再次发布；"
                "如需重新发布，请修改内容或在 front matter 中写明新的 id"
            )
        active = [a for a in targets if a.is_active]
        copies = await self._guard_duplicates(
            gated.post, active, allow=allow_duplicate, audit=not dry_run
        )
        renders = render(gated.post, {a.platform for a in active})
        ensure_deliverable(renders, active)
        if not dry_run:
            self.pool.check_secrets(active)
        plans = [
            DeliveryPlan(
                account_id=a.id,
                platform=a.platform,
                skip_reason=None if a.is_active else (a.status_reason or f"账号状态：{a.status}"),
            )
            for a in targets
        ]
        now = ctx.clock()
        scheduled = gated.post.publish_at is not None and gated.post.publish_at > now
        state = "scheduled" if scheduled else "active"
        if dry_run:
            record, deliveries = _dry_plan(gated.post, plans, state=state, now=now)
            return Plan(gated, renders, scheduled, record, deliveries, again=False)
        record, deliveries = await ctx.run(
            ctx.ledger.submit,
            gated.post,
            plans,
            state=state,
            approvals=gated.approvals,
            actor=ctx.actor,
            details={"findings": [f for f in gated.findings if f.get("severity") != "block"]},
            enqueue=enqueue,
        )
        for action, details in gated.audit:
            await self._audit(action, record.id, details)
        if copies:
            earlier = {a: d.post_id for a, d in sorted(copies.items())}
            await self._audit("duplicate.allowed", record.id, {"earlier": earlier})
        return Plan(gated, renders, scheduled, record, deliveries, again=existing is not None)

    async def pass_gate(
        self, post: Post, approvals: Sequence[Any], now: datetime, *, audit: bool
    ) -> GateResult:
        """Run the gate; a refusal is audited (who, what digest, which findings) and re-raised."""
        try:
            return self._gate()(post, approvals, now=now)
        except (PolicyError, ReviewError) as exc:
            if audit:
                action = "check.blocked" if isinstance(exc, PolicyError) else "review.refused"
                details = {"digest": post.digest(), **refusal_details(exc)}
                await self._audit(action, post.id, details)
            raise

    def targets(
        self,
        ids: Sequence[str] | None,
        platforms: Sequence[str] | None,
        units: Sequence[str] | None,
        *,
        closed: Collection[str] = frozenset(),
    ) -> list[Account]:
        """Active and suspended accounts; closed, cancelled — in the config or by filing — never.

        A filed closure stops publishing at once, before anyone edits govpub.toml;
        ``govpub health`` warns until the two agree (see :mod:`govpub.health.filings`).
        """
        chosen = self.context.matrix.select(
            ids=ids, platforms=platforms, units=units, include_inactive=True
        )
        targets = [a for a in chosen if a.status in ("active", "suspended") and a.id not in closed]
        if not targets:
            raise ConfigError(
                "no account to publish to (check --accounts and the matrix)", key="accounts"
            )
        return targets

    async def _guard_duplicates(
        self, post: Post, active: Sequence[Account], *, allow: bool, audit: bool
    ) -> dict[str, DeliveryRecord]:
        """The accounts that already have this title and body; refused unless ``allow``."""
        ctx = self.context
        window = ctx.settings.duplicate_window
        copies = await ctx.run(
            earlier_copies,
            ctx.ledger,
            post,
            [a.id for a in active],
            now=ctx.clock(),
            window=window,
        )
        if copies and not allow:
            error = refusal(post, copies, window)
            if audit:
                details = {"digest": post.digest(), "earlier": error.earlier}
                await self._audit("duplicate.refused", post.id, details)
            raise error
        return copies

    async def _audit(self, action: str, subject: str, details: Any) -> None:
        ctx = self.context
        await ctx.run(
            ctx.ledger.audit, actor=ctx.actor, action=action, subject=subject, details=details
        )


def _dry_plan(
    post: Post, plans: Sequence[DeliveryPlan], *, state: Any, now: datetime
) -> tuple[PostRecord, list[DeliveryRecord]]:
    """The records a plan would write, for a dry run's report (nothing is stored)."""
    record = PostRecord(
        id=post.id,
        digest=post.digest(),
        category=post.category,
        title=post.title,
        state=state,
        publish_at=post.publish_at,
        created_at=now,
    )
    rows = [
        DeliveryRecord(
            id=delivery_key(post.id, p.account_id),
            post_id=post.id,
            account_id=p.account_id,
            platform=p.platform,
            state="skipped" if p.skip_reason else "planned",
            instruction=p.skip_reason,
        )
        for p in plans
    ]
    return record, rows
