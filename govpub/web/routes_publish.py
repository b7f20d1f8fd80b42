"""Publishing with live per-account progress, and retracting with a reason (role-gated).

Both run :class:`govpub.AsyncPublisher` — the gate, the ledger, retries and
the audit trail are the publisher's — as a background job
(:mod:`govpub.web.jobs`); the progress page follows it through server-sent
events.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response, StreamingResponse

from govpub.publisher import AsyncPublisher, DeliveryEvent, PublishReport
from govpub.web.app import render, route
from govpub.web.context import ConsoleContext
from govpub.web.routes_posts import draft_or_404, read_draft
from govpub.web.security import csrf_form
from govpub.web.users import User

__all__ = ["ROUTES"]

_KEEPALIVE_SECONDS = 15.0


async def publish(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Start publishing a fully reviewed post to the matrix."""
    await csrf_form(request)
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    if draft.state != "submitted":
        raise HTTPException(409, f"稿件{draft.state_label}，不能发布")
    if ctx.jobs.running(draft.id):
        raise HTTPException(409, "该稿件正在发布或撤回")
    reading = await read_draft(ctx, draft)
    if reading.written is None or reading.status is None or not reading.status.complete:
        raise HTTPException(409, "审核未完成，不能发布")
    post, approvals = reading.written, draft.approval_bytes()
    ctx.drafts.record(draft, now=ctx.now(), who=user.name, action="publish", state="published")

    async def work(on_event: Callable[[DeliveryEvent], None]) -> PublishReport:
        try:
            async with AsyncPublisher(ctx.matrix, actor=user.name, on_event=on_event) as pub:
                return await pub.publish(post, approvals)
        except Exception:
            ctx.drafts.record(
                draft, now=ctx.now(), who=user.name, action="publish_failed", state="submitted"
            )
            raise

    ctx.jobs.start(draft.id, "publish", work)
    return RedirectResponse(f"/posts/{draft.id}/progress", status_code=303)


async def retract(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Take the post down from every account it reached (撤回), with the reason."""
    form = await csrf_form(request)
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    reason = str(form.get("reason") or "").strip()
    if not reason:
        raise HTTPException(400, "撤回须写明理由")
    if draft.state != "published":
        raise HTTPException(409, f"稿件{draft.state_label}，不能撤回")
    if ctx.jobs.running(draft.id):
        raise HTTPException(409, "该稿件正在发布或撤回")
    reading = await read_draft(ctx, draft)
    if reading.written is None:
        raise HTTPException(409, reading.error or "稿件无法读取")
    post_id = reading.written.id
    ctx.drafts.record(
        draft, now=ctx.now(), who=user.name, action="retract", state="retracted", reason=reason
    )

    async def work(on_event: Callable[[DeliveryEvent], None]) -> PublishReport:
        async with AsyncPublisher(ctx.matrix, actor=user.name, on_event=on_event) as publisher:
            return await publisher.retract(post_id, reason)

    ctx.jobs.start(draft.id, "retract", work)
    return RedirectResponse(f"/posts/{draft.id}/progress", status_code=303)


async def progress(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The progress page; its script follows ``/events``."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    accounts = [
        {"id": a.id, "name": a.name, "platform": a.platform, "unit": a.unit}
        for a in ctx.matrix.select()
    ]
    job = ctx.jobs.get(draft.id)
    return render(request, "progress.html", draft=draft, accounts=accounts, job=job)


async def events(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Server-sent events: every delivery event of the job, then ``done`` with the report."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    job = ctx.jobs.get(draft.id)
    if job is None:
        raise HTTPException(404, "没有进行中的发布或撤回")

    async def stream() -> AsyncIterator[str]:
        seen = 0
        while True:
            await job.wait_beyond(seen, _KEEPALIVE_SECONDS)
            while seen < len(job.events):
                data = json.dumps(job.events[seen], ensure_ascii=False)
                yield f"event: delivery\ndata: {data}\n\n"
                seen += 1
            if job.done:
                done = {"report": job.report, "error": job.error, "kind": job.kind}
                yield f"event: done\ndata: {json.dumps(done, ensure_ascii=False, default=str)}\n\n"
                return
            if await request.is_disconnected():
                return
            yield ": keep-alive\n\n"

    return StreamingResponse(
        stream(), media_type="text/event-stream", headers={"X-Accel-Buffering": "no"}
    )


ROUTES = [
    route("/posts/{draft_id}/publish", "publish", publish, ("POST",)),
    route("/posts/{draft_id}/retract", "publish", retract, ("POST",)),
    route("/posts/{draft_id}/progress", "user", progress),
    route("/posts/{draft_id}/events", "user", events),
]
