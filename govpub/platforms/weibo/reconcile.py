"""Settling an uncertain share by reading the timeline: reconcile, and "repeated text".

Two answers leave a delivery not knowing whether its status is live: an unknown
outcome of ``statuses/share`` (a timeout, a bare 5xx, 10010), reconciled before
anything is re-sent (:func:`reconcile`), and Weibo refusing the text as repeated
(20019/20111) or similar (20017) — which may be this delivery's own earlier
attempt, or another post's status (:func:`resolve_repeated`).  Both read the
account's timeline and look for the status carrying this delivery's token
(:mod:`~.matching`); a status the ledger records for another delivery is never
taken.  Apart from the adapter because this is judgement over what the
timeline shows, not a call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from govpub.errors import (
    DuplicateContentError,
    OutcomeUnknownError,
    PlatformError,
    ReauthorizationRequired,
    RejectedError,
)
from govpub.platforms._common import ensure_grace_passed
from govpub.platforms.base import DeliveryContext, ReconcileOutcome, Rendered
from govpub.platforms.weibo.errors import REPEATED_TEXT
from govpub.platforms.weibo.matching import OwnStatus, find_own_status
from govpub.platforms.weibo.steps import (
    STEP_STATUS,
    published,
    saved_status,
    sent_marker,
    sent_text,
    status_url,
)
from govpub.platforms.weibo.timeline import scan, status_id

if TYPE_CHECKING:
    from govpub.platforms.weibo.adapter import WeiboAdapter

__all__ = ["reconcile", "resolve_repeated"]


async def reconcile(
    adapter: WeiboAdapter, rendered: Rendered, ctx: DeliveryContext
) -> ReconcileOutcome:
    """Find this delivery's status in the account's timeline before anything is re-sent.

    See :meth:`WeiboAdapter.reconcile <govpub.platforms.weibo.WeiboAdapter.reconcile>`.
    """
    settings = adapter.weibo
    saved = ctx.steps.get(STEP_STATUS)
    if isinstance(saved, Mapping) and saved.get("id"):
        outcome = published(settings, saved)
        return ReconcileOutcome(
            state="published", platform_post_id=outcome.platform_post_id, url=outcome.url
        )
    marker = sent_marker(ctx)
    if marker is None:
        return ReconcileOutcome(state="absent")
    since, token = marker
    text = sent_text(rendered, token)
    hint = (
        f"请登录微博账号「{adapter.account.name}」核对最近发布的微博中是否已有以下内容，"
        f"确认后再决定是否重发：{rendered.body.strip()[:60]}"
    )
    try:
        statuses = await adapter.api.timeline()
    except (RejectedError, ReauthorizationRequired):
        return ReconcileOutcome(state="unknown", hint=hint)
    own = await _own(adapter, statuses, text, since=since, token=token, ctx=ctx)
    if own.status is not None:
        found = saved_status(own.status)
        await ctx.record(STEP_STATUS, found)
        return ReconcileOutcome(
            state="published", platform_post_id=found["id"], url=status_url(settings, found)
        )
    ensure_grace_passed(
        adapter,
        since,
        settings.reconcile_grace_seconds,
        "the post may not be visible in the timeline yet; ask again later",
    )
    if own.covers_since:
        return ReconcileOutcome(state="absent")
    return ReconcileOutcome(state="unknown", hint=hint)


async def resolve_repeated(
    adapter: WeiboAdapter, exc: OutcomeUnknownError, text: str, ctx: DeliveryContext
) -> dict[str, Any]:
    """Weibo refused the text as repeated (20019/20111) or similar (20017): whose is it?

    The status carrying this delivery's token is this delivery's (an earlier
    attempt did arrive): published, its step returned.  Any other status with
    this text belongs to another post — named when the ledger knows it — and this
    delivery fails as :class:`~govpub.errors.DuplicateContentError`, never
    ``published``.
    """
    marker = sent_marker(ctx)
    token = marker[1] if marker is not None else None
    try:
        statuses = await adapter.api.timeline()
    except PlatformError:
        raise exc from None
    own = await _own(adapter, statuses, text, since=None, token=token, ctx=ctx)
    if own.status is not None:
        return saved_status(own.status)
    if exc.code in REPEATED_TEXT and token is not None:
        raise exc  # the very text this delivery sends: its own status, not visible yet
    others = scan(statuses, text, since=None, page_full=False).matches
    other_id = status_id(others[0]) if others else None
    owner = await ctx.owner_of(other_id) if other_id else None
    whose = (
        f"已有稿件 {owner} 发布的相同内容（微博 {other_id}）"
        if owner
        else f"已有相同内容的微博 {other_id}（非本系统发布）"
        if other_id
        else "近期已有相同或相似的内容"
    )
    raise DuplicateContentError(
        f"微博拒绝重复内容（{exc.code}）：账号「{adapter.account.name}」{whose}，本条未发布",
        platform=adapter.platform,
        account=adapter.account.id,
        code=exc.code,
        http_status=exc.http_status,
        owner_post_id=owner,
        platform_post_id=other_id,
    )


async def _own(
    adapter: WeiboAdapter,
    statuses: list[dict[str, Any]],
    text: str,
    *,
    since: float | None,
    token: str | None,
    ctx: DeliveryContext,
) -> OwnStatus:
    return await find_own_status(
        statuses,
        text,
        since=since,
        token=token,
        page_full=len(statuses) >= adapter.weibo.timeline_count,
        ctx=ctx,
        expand=adapter.api.expand,
    )
