"""Editors' pages: write or upload a post, see its findings and previews, submit it for review."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from govpub.compliance import CheckResult
from govpub.errors import GovpubError, ReviewError
from govpub.model import Post
from govpub.publisher import AsyncPublisher, PublishReport
from govpub.review import Approval, ReviewStatus
from govpub.review.approval_file import read_approval
from govpub.web.app import render, route
from govpub.web.context import ConsoleContext
from govpub.web.drafts import IMAGE_NAME, Draft
from govpub.web.highlight import marked_lines
from govpub.web.previews import previews, wechat_document
from govpub.web.security import PREVIEW_CSP, csrf_form
from govpub.web.users import User

__all__ = ["ROUTES", "Reading", "draft_or_404", "read_draft"]

_MAX_IMAGE_BYTES = 10 * 1024 * 1024
_SEVERITY = {"block": "阻止发布", "warn": "提醒", "fixed": "已自动修正"}

_TEMPLATE = """---
title: 标题
summary: 摘要（可选）
author: 示例市人民政府办公室
category: daily
---
正文……
"""


@dataclass
class Reading:
    """A draft read as the CLI reads a post file: the post, its checks, its review status."""

    draft: Draft
    written: Post | None = None
    result: CheckResult | None = None
    status: ReviewStatus | None = None
    approvals: tuple[Approval, ...] = ()
    broken: tuple[str, ...] = ()
    error: str | None = None

    @property
    def blocked(self) -> bool:
        """Whether the post cannot go out as it is (unreadable, or a blocking finding)."""
        return self.result is None or self.result.blocked


def draft_or_404(ctx: ConsoleContext, draft_id: str) -> Draft:
    """The draft named in the URL."""
    draft = ctx.drafts.get(draft_id)
    if draft is None:
        raise HTTPException(404, "稿件不存在")
    return draft


async def read_draft(ctx: ConsoleContext, draft: Draft) -> Reading:
    """:func:`read_now` in a worker thread: the checks (images included) take CPU time,
    and the event loop keeps streaming other users' progress meanwhile."""
    return await run_in_threadpool(read_now, ctx, draft)


def read_now(ctx: ConsoleContext, draft: Draft) -> Reading:
    """Read the post, run the checks and evaluate its approvals (never raises for content)."""
    reading = Reading(draft)
    try:
        reading.written, reading.result = ctx.read(draft)
    except GovpubError as exc:  # named by the file's name alone: no server paths on pages
        reading.error = str(exc).replace(str(draft.path) + os.sep, "")
        return reading
    approvals: list[Approval] = []
    broken: list[str] = []
    for path in draft.approval_files():
        try:
            approvals.append(read_approval(path.read_bytes(), source=path.name))
        except ReviewError as exc:
            broken.append(str(exc))
    reading.approvals, reading.broken = tuple(approvals), tuple(broken)
    reading.status = ctx.review.evaluate(reading.result.post, approvals, now=ctx.now())
    return reading


async def _upload(form: FormData) -> tuple[str, dict[str, bytes]]:
    """The Markdown (the uploaded file wins over the text box) and the images."""
    try:
        return await _read_upload(form)
    finally:
        await form.close()  # the uploads' temporary files


async def _read_upload(form: FormData) -> tuple[str, dict[str, bytes]]:
    text = str(form.get("text") or "")
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        raw = await upload.read(10 * 1024 * 1024 + 1)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise HTTPException(400, "文件不是 UTF-8 编码的 Markdown") from None
    images: dict[str, bytes] = {}
    for item in form.getlist("images"):
        if not isinstance(item, UploadFile) or not item.filename:
            continue
        name = item.filename.replace("\\", "/").rsplit("/", 1)[-1]
        if not IMAGE_NAME.match(name):
            raise HTTPException(
                400, f"图片文件名不可用：{name}（只用字母、数字和 _.-，扩展名为图片）"
            )
        data = await item.read(_MAX_IMAGE_BYTES + 1)
        if len(data) > _MAX_IMAGE_BYTES:
            raise HTTPException(400, f"图片 {name} 超过 10 MB")
        images[name] = data
    return text, images


async def home(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The posts list: every post in the console, where it stands."""
    return render(request, "home.html", drafts=ctx.drafts.all())


async def new_form(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """An empty post to write."""
    return render(request, "edit.html", text=_TEMPLATE, draft=None, error=None)


async def create(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Save what was written; show it with its findings and previews."""
    form = await csrf_form(request)
    text, images = await _upload(form)
    draft = ctx.drafts.create(text, images, author=user.name, title="", now=ctx.now())
    reading = await read_draft(ctx, draft)
    if reading.written is None:
        shutil.rmtree(draft.path)
        return render(request, "edit.html", 400, text=text, draft=None, error=reading.error)
    ctx.drafts.record(
        draft, now=ctx.now(), who=user.name, action="saved", title=reading.written.title
    )
    return RedirectResponse(f"/posts/{draft.id}", status_code=303)


def _own_and_editable(draft: Draft, user: User) -> None:
    if draft.author != user.name:
        raise HTTPException(403, "只有撰稿人可以修改或提交本稿件")
    if draft.state not in ("draft", "refused"):
        raise HTTPException(409, f"稿件{draft.state_label}，不能修改")


async def edit_form(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The post's Markdown to change."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    _own_and_editable(draft, user)
    return render(request, "edit.html", text=draft.text(), draft=draft, error=None)


async def edit(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """A new version; earlier approvals no longer apply."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    _own_and_editable(draft, user)
    form = await csrf_form(request)
    text, images = await _upload(form)
    previous = draft.text()
    ctx.drafts.rewrite(draft, text, images)
    reading = await read_draft(ctx, draft)
    if reading.written is None:
        draft.post_file.write_text(previous, encoding="utf-8")
        return render(request, "edit.html", 400, text=text, draft=draft, error=reading.error)
    ctx.drafts.record(
        draft,
        now=ctx.now(),
        who=user.name,
        action="edited",
        state="draft",
        title=reading.written.title,
    )
    return RedirectResponse(f"/posts/{draft.id}", status_code=303)


async def submit(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Hand the post to the reviewers."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    await csrf_form(request)
    _own_and_editable(draft, user)
    reading = await read_draft(ctx, draft)
    if reading.blocked:
        raise HTTPException(409, "稿件有阻止发布的问题，请先修改")
    ctx.drafts.record(draft, now=ctx.now(), who=user.name, action="submitted", state="submitted")
    await ctx.audit(actor=user.name, action="web.submitted", subject=draft.id)
    return RedirectResponse(f"/posts/{draft.id}", status_code=303)


def page_values(ctx: ConsoleContext, reading: Reading, user: User) -> dict[str, Any]:
    """What the post page shows, and which of its buttons this user gets."""
    draft = reading.draft
    author = draft.author == user.name
    tiers = ctx.permissions.tiers_for(user, reading.written.category) if reading.written else []
    complete = reading.status is not None and reading.status.complete and not reading.broken
    return {
        "draft": draft,
        "reading": reading,
        "severity": _SEVERITY,
        "lines": marked_lines(reading.written.body, reading.result.findings)
        if reading.written is not None and reading.result is not None
        else [],
        "fixed_body": reading.result.post.body
        if reading.result is not None
        and reading.written is not None
        and reading.result.post.body != reading.written.body
        else None,
        "previews": previews(reading.result.post, ctx.matrix) if reading.result else [],
        "is_author": author,
        "may_edit": author and draft.state in ("draft", "refused"),
        "may_submit": author and draft.state in ("draft", "refused") and not reading.blocked,
        "may_review": bool(tiers) and not author and draft.state == "submitted",
        "may_publish": ctx.permissions.can_publish(user)
        and draft.state == "submitted"
        and complete
        and not reading.blocked,
        "may_retract": ctx.permissions.can_publish(user) and draft.state == "published",
        "complete": complete,
    }


async def show(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """One post: findings marked in the text, each platform's preview, the review so far."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    reading = await read_draft(ctx, draft)
    report = None
    if draft.state in ("published", "retracted") and reading.written is not None:
        report = await ledger_status(ctx, reading.written.id, user)
    return render(request, "post.html", report=report, **page_values(ctx, reading, user))


async def ledger_status(ctx: ConsoleContext, post_id: str, user: User) -> PublishReport | None:
    """Where each delivery of the post stands, from the ledger (``govpub status``)."""
    try:
        async with AsyncPublisher(ctx.matrix, actor=user.name) as publisher:
            return await publisher.status(post_id)
    except GovpubError:  # not in the ledger (yet): the publishing job is still planning
        return None


async def wechat_preview(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The WeChat article as sent, for the sandboxed frame (its own strict CSP)."""
    draft = draft_or_404(ctx, request.path_params["draft_id"])
    reading = await read_draft(ctx, draft)
    found = list(previews(reading.result.post, ctx.matrix)) if reading.result else []
    rendered = next((p.rendered for p in found if p.platform == "wechat" and p.rendered), None)
    if rendered is None:
        raise HTTPException(404, "没有微信公众号预览")
    return Response(
        wechat_document(rendered),
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": PREVIEW_CSP, "X-Frame-Options": "SAMEORIGIN"},
    )


ROUTES = [
    route("/", "user", home),
    route("/posts/new", "user", new_form),
    route("/posts/new", "user", create, ("POST",)),
    route("/posts/{draft_id}", "user", show),
    route("/posts/{draft_id}/edit", "user", edit_form),
    route("/posts/{draft_id}/edit", "user", edit, ("POST",)),
    route("/posts/{draft_id}/submit", "user", submit, ("POST",)),
    route("/posts/{draft_id}/preview/wechat", "user", wechat_preview),
]
