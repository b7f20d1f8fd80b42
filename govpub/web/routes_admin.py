"""Supervisors' page: freeze and unfreeze, the matrix health check, audit verification.

Role-gated like publishing (:meth:`govpub.web.users.Permissions.can_publish`).
Freezing goes through :meth:`govpub.AsyncPublisher.freeze` (the ledger records
and audits it; every publisher and worker then holds its sends); the health
check is :func:`govpub.health.check.check_health` as ``govpub health`` runs it,
from the ledger only (no platform calls from a page view), and the printable
report is ``govpub report``'s, in a sandboxed frame; audit verification
is the ledger's own ``trail.verify()``, as ``govpub audit verify`` runs it.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from govpub.cli._when import parse_period
from govpub.health.check import check_health
from govpub.health.metrics import MetricsReport, compute_metrics
from govpub.health.report import render_report
from govpub.health.results import LEVEL_LABELS
from govpub.health.settings import HealthSettings
from govpub.ledger.stores import open_matrix_ledger
from govpub.publisher import AsyncPublisher
from govpub.web.app import render, route
from govpub.web.context import ConsoleContext
from govpub.web.security import PREVIEW_CSP, csrf_form
from govpub.web.users import User

__all__ = ["ROUTES"]


async def admin(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The freeze, the health of the matrix, the audit chain."""

    def read() -> tuple[object, object]:
        ledger = open_matrix_ledger(ctx.matrix)
        try:
            return ledger.frozen(), ledger.trail.verify()
        finally:
            ledger.close()

    frozen, verification = await run_in_threadpool(read)
    health = await check_health(ctx.matrix, remote=False)
    return render(
        request,
        "admin.html",
        frozen=frozen,
        verification=verification,
        health=health,
        levels=LEVEL_LABELS,
    )


async def report(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """The supervisors' report of the last 30 days (``govpub report --no-remote``), sandboxed."""
    settings = HealthSettings.from_matrix(ctx.matrix)
    since, until = parse_period(None, None, settings.tz)

    def figures() -> MetricsReport:
        ledger = open_matrix_ledger(ctx.matrix)
        try:
            return compute_metrics(ctx.matrix, ledger, since=since, until=until, tz=settings.tz)
        finally:
            ledger.close()

    metrics = await run_in_threadpool(figures)
    health = await check_health(ctx.matrix, remote=False, settings=settings)
    page = render_report(
        health, metrics, settings.rule_profile(None), agency=ctx.matrix.agency.name
    )
    return Response(
        page,
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": PREVIEW_CSP, "X-Frame-Options": "SAMEORIGIN"},
    )


async def freeze(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Stop all sending (紧急暂停), with the reason."""
    form = await csrf_form(request)
    reason = str(form.get("reason") or "").strip()
    if not reason:
        raise HTTPException(400, "冻结须写明理由")
    async with AsyncPublisher(ctx.matrix, actor=user.name) as publisher:
        await publisher.freeze(reason)
    return RedirectResponse("/admin", status_code=303)


async def unfreeze(request: Request, ctx: ConsoleContext, user: User) -> Response:
    """Allow sending again."""
    await csrf_form(request)
    async with AsyncPublisher(ctx.matrix, actor=user.name) as publisher:
        await publisher.unfreeze()
    return RedirectResponse("/admin", status_code=303)


ROUTES = [
    route("/admin", "publish", admin),
    route("/admin/report", "publish", report),
    route("/admin/freeze", "publish", freeze, ("POST",)),
    route("/admin/unfreeze", "publish", unfreeze, ("POST",)),
]
