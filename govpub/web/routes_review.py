"""Reviewers' pages: the queue, the 审核表, approving in the browser, refusing with a reason.

Approving is two requests.  ``prepare`` builds the approval's fields on the
server with :func:`govpub.review.approval_request` — for the post as it will be
sent (``govpub.check(post).post``), the signed-in reviewer's registered key, the
tier and the agency's clock — and keeps them for five minutes under a one-time
token; the browser signs :meth:`~govpub.review.ApprovalRequest.payload` with
the key it holds.  ``sign`` turns the signature into an
:class:`~govpub.Approval` (which checks it), runs the same gate as the
publisher and ``govpub review approve`` (refusing what the gate would refuse),
and writes the approval file byte for byte as the CLI writes it.
"""

from __future__ import annotations

import base64
import secrets
import time
from dataclasses import dataclass

from pydantic import ValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from govpub.review import CHECK_KEYS, CHECK_LABELS, ApprovalRequest, approval_request
from govpub.review.form import render_form
from govpub.web.app import render, route
from govpub.web.context import ConsoleContext
from govpub.web.drafts import Draft
from govpub.web.routes_auth import _json
from govpub.web.routes_posts import Reading, draft_or_404, page_values, read_draft
from govpub.web.security import PREVIEW_CSP, csrf_form
from govpub.web.users import User

__all__ = ["ROUTES"]

_PENDING_SECONDS = 300.0
_MAX_COMMENT = 500


@dataclass(frozen=True)
class _Pending:
    user: str
    draft_id: str
    request: ApprovalRequest
    expires: float


_pending: dict[str, _Pending] = {}


async def _may_review(ctx: ConsoleContext, request: Request, user: User) -> tuple[Draft, Reading]:
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    if draft.author == user.name:
        raise HTTPException(403, "不得审核本人提交的稿件")
    if draft.state != "submitted":
        raise HTTPException(409, f"稿件{draft.state_label}，不在审核中")
    return draft, await read_draft(ctx, draft)


def ready_tiers(ctx: ConsoleContext, reading: Reading) -> set[int]:
    """The tiers that may be approved now: those of the first stage not yet complete.

    The gate refuses a later tier signed before the earlier one was complete
    (``out_of_order``, ``docs/review.md``); offering it would only produce an
    approval that stops counting once the earlier tier is signed.
    """
    if reading.status is None:
        return set()
    category = ctx.review.categories.get(reading.status.category)
    if category is None:
        return set()
    satisfied = {t.number for t in reading.status.tiers if t.satisfied}
    for stage in category.stages():
        if not set(stage) <= satisfied:
            return set(stage) - satisfied
    return set()


async def queue(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Posts awaiting a tier this user approves (not their own)."""
    waiting = []
    for draft in ctx.drafts.all():
        if draft.state != "submitted" or draft.author == user.name:
            continue
        reading = await read_draft(ctx, draft)
        if reading.status is None or reading.written is None:
            continue
        mine = {n for n, _ in ctx.permissions.tiers_for(user, reading.written.category)}
        ready = ready_tiers(ctx, reading) & mine
        open_tiers = [t for t in reading.status.tiers if t.number in ready]
        signed = any(a.reviewer == user.name for a in reading.approvals)
        if open_tiers and not signed:
            waiting.append((draft, reading, open_tiers))
    return render(request, "queue.html", waiting=waiting)


async def review_page(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The 审核表 and the approve / refuse forms."""
    _draft, reading = await _may_review(ctx, request, user)
    values = page_values(ctx, reading, user)
    ready = ready_tiers(ctx, reading)
    tiers = [
        (n, t)
        for n, t in (
            ctx.permissions.tiers_for(user, reading.written.category) if reading.written else []
        )
        if n in ready
    ]
    return render(
        request,
        "review.html",
        tiers=tiers,
        checks=[(k, CHECK_LABELS[k]) for k in CHECK_KEYS],
        **values,
    )


async def review_form(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The 审核表 document (``govpub review form``), for a sandboxed frame."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    reading = await read_draft(ctx, draft)
    if reading.result is None or reading.status is None:
        raise HTTPException(409, reading.error or "稿件无法读取")
    page = render_form(
        reading.result.post,
        reading.status,
        findings=reading.result.findings,
        agency=ctx.matrix.agency.name,
        reviewer_titles={r.name: r.title for r in ctx.review.reviewers},
        file_problems=reading.broken,
        generated_at=ctx.now(),
        tz=ctx.zone,
    )
    return Response(
        page,
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": PREVIEW_CSP, "X-Frame-Options": "SAMEORIGIN"},
    )


async def prepare(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The approval's fields to sign (see the module docstring)."""
    data = await _json(request)
    draft, reading = await _may_review(ctx, request, user)
    result = reading.result
    if result is None or result.blocked:
        raise HTTPException(409, "稿件有阻止发布的问题，不能审核通过")
    tiers = dict(ctx.permissions.tiers_for(user, result.post.category))
    tier = data.get("tier")
    if not isinstance(tier, int) or tier not in tiers:
        raise HTTPException(400, "请选择您可以审核的层级")
    if tier not in ready_tiers(ctx, reading):
        raise HTTPException(409, f"第{tier}级现在不能审核：须先完成前一级审核，或该级已完成")
    comment = data.get("comment") or None
    if comment is not None and (not isinstance(comment, str) or len(comment) > _MAX_COMMENT):
        raise HTTPException(400, f"审核意见不超过 {_MAX_COMMENT} 字")
    not_passed = data.get("not_passed") or []
    if not isinstance(not_passed, list) or not set(not_passed) <= set(CHECK_KEYS):
        raise HTTPException(400, "审核项格式错误")
    reviewer = ctx.review.reviewer(user.name)
    if reviewer is None:  # removed from [review] since the page was loaded
        raise HTTPException(403, "您已不是登记的审核人")
    unsigned = approval_request(
        result.post,
        reviewer=user.name,
        role=tiers[tier].role,
        public_key=reviewer.public_key,
        tier=tier,
        comment=comment.strip() if comment else None,
        checks=dict.fromkeys(not_passed, False),
        now=ctx.now(),
    )
    now = time.monotonic()
    for token in [t for t, p in _pending.items() if p.expires < now]:
        del _pending[token]
    token = secrets.token_urlsafe(24)
    _pending[token] = _Pending(user.name, draft.id, unsigned, now + _PENDING_SECONDS)
    return JSONResponse(
        {
            "token": token,
            "payload": base64.b64encode(unsigned.payload()).decode("ascii"),
            "fields": dict(unsigned.fields),
        }
    )


async def sign(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The browser's signature → the approval file, if the gate accepts it."""
    data = await _json(request)
    draft, reading = await _may_review(ctx, request, user)
    token, signature = data.get("token"), data.get("signature")
    pending = _pending.pop(token, None) if isinstance(token, str) else None
    if (
        pending is None
        or pending.user != user.name
        or pending.draft_id != draft.id
        or pending.expires < time.monotonic()
    ):
        raise HTTPException(409, "审批请求已失效，请重新审核")
    if not isinstance(signature, str) or len(signature) > 100:
        raise HTTPException(400, "签名格式错误")
    try:
        approval = pending.request.with_signature(signature)
    except ValidationError:
        raise HTTPException(403, "签名无效：浏览器中的密钥不是您登记的密钥") from None
    result = reading.result
    if result is None:
        raise HTTPException(409, reading.error or "稿件无法读取")
    status = ctx.review.evaluate(result.post, [*reading.approvals, approval], now=ctx.now())
    own = [p.message for p in status.problems if p.approval is approval]
    if own:
        raise HTTPException(409, "未签署审批：" + "；".join(own))
    path = ctx.drafts.add_approval(draft, approval)
    ctx.drafts.record(draft, now=ctx.now(), who=user.name, action=f"approved tier {approval.tier}")
    await ctx.audit(
        actor=user.name,
        action="web.approved",
        subject=draft.id,
        tier=approval.tier,
        key_id=approval.key_id,
        digest=approval.post_digest,
        file=path.name,
    )
    return JSONResponse({"next": f"/posts/{draft.id}", "approval": approval.describe()})


async def refuse(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Send the post back to its writer, with the reason."""
    form = await csrf_form(request)
    draft, _reading = await _may_review(ctx, request, user)
    reason = str(form.get("reason") or "").strip()
    if not reason:
        raise HTTPException(400, "退回须写明理由")
    ctx.drafts.record(
        draft,
        now=ctx.now(),
        who=user.name,
        action="refused",
        state="refused",
        reason=reason[:_MAX_COMMENT],
    )
    await ctx.audit(actor=user.name, action="web.refused", subject=draft.id, reason=reason)
    return RedirectResponse("/review", status_code=303)


ROUTES = [
    route("/review", "review", queue),
    route("/posts/{draft_id}/review", "review", review_page),
    route("/posts/{draft_id}/form", "user", review_form),
    route("/posts/{draft_id}/approve/prepare", "review", prepare, ("POST",)),
    route("/posts/{draft_id}/approve/sign", "review", sign, ("POST",)),
    route("/posts/{draft_id}/refuse", "review", refuse, ("POST",)),
]
