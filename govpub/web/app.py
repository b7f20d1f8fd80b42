"""The console's Starlette application: middleware, templates, static files and the routes.

:func:`create_app` is what ``govpub serve`` runs.  Every route is declared
through :func:`guarded` with the permission it needs (:mod:`govpub.web.users`),
so that each URL checks the role itself, not only the menu that links to it;
``tests/web/test_web_authorisation.py`` walks the route table to prove it.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from govpub.web.context import ConsoleContext
from govpub.web.security import SecurityHeaders, csrf_token
from govpub.web.users import User

__all__ = ["Need", "create_app", "guarded", "open_route", "render", "route"]

_HERE = Path(__file__).parent
#: How long a session lasts without signing in again (a working day).
SESSION_SECONDS = 8 * 3600

Need = Literal["user", "review", "publish"]
Handler = Callable[[Request, ConsoleContext, User], Awaitable[Response]]
OpenHandler = Callable[[Request, ConsoleContext, User | None], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]

templates = Jinja2Templates(directory=str(_HERE / "templates"))


def context_of(request: Request) -> ConsoleContext:
    """The console's state."""
    found: ConsoleContext = request.app.state.console
    return found


def current_user(request: Request) -> User | None:
    """The signed-in user, or ``None`` (also when their key was changed since)."""
    name = request.session.get("user")
    key = request.session.get("key_id")
    if not isinstance(name, str) or not isinstance(key, str):
        return None
    return context_of(request).permissions.user(name, key)


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "") or request.url.path.endswith(
        ("/prepare", "/sign", "/challenge", "/verify", "/events")
    )


def guarded(need: Need, handler: Handler) -> Endpoint:
    """``handler`` behind a check that the request's user has ``need``."""

    async def endpoint(request: Request) -> Response:
        ctx = context_of(request)
        user = current_user(request)
        if user is None:
            if request.method == "GET" and not _wants_json(request):
                return RedirectResponse("/login", status_code=303)
            raise HTTPException(401, "请先登录")
        if need == "review" and not ctx.permissions.can_review(user):
            raise HTTPException(403, "您没有审核权限")
        if need == "publish" and not ctx.permissions.can_publish(user):
            raise HTTPException(403, "您没有发布、撤回或冻结的权限")
        return await handler(request, ctx, user)

    endpoint.need = need  # type: ignore[attr-defined]  # read by the authorisation tests
    return endpoint


def render(request: Request, template: str, status_code: int = 200, **values: Any) -> Response:
    """A page from ``templates/``, with the user, their permissions and the CSRF token."""
    ctx = context_of(request)
    user = current_user(request)
    values.update(
        user=user,
        can_review=user is not None and ctx.permissions.can_review(user),
        can_publish=user is not None and ctx.permissions.can_publish(user),
        roles=ctx.permissions.role_labels(user) if user is not None else "",
        csrf=csrf_token(request),
        agency=ctx.matrix.agency.name,
    )
    return templates.TemplateResponse(request, template, values, status_code=status_code)


async def _error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "服务器内部错误"
    if _wants_json(request) or request.headers.get("x-csrf-token") is not None:
        return JSONResponse({"error": detail}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, detail=detail)


def routes() -> list[BaseRoute]:
    """Every route of the console."""
    from govpub.web import (  # noqa: PLC0415 - the route modules import this one
        routes_admin,
        routes_auth,
        routes_posts,
        routes_publish,
        routes_review,
    )

    found: list[BaseRoute] = []
    for module in (routes_auth, routes_posts, routes_review, routes_publish, routes_admin):
        found += module.ROUTES
    found.append(Mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static"))
    return found


def create_app(
    config: Path | None = None,
    *,
    drafts: Path | None = None,
    secret_key: str | None = None,
    https_only: bool = False,
) -> Starlette:
    """The console for the matrix of ``config`` (``govpub.toml``).

    ``secret_key`` signs the session cookies; by default a random one is made at
    start, so that restarting the server signs everyone out.  ``https_only``
    marks the cookie ``Secure`` (behind a TLS proxy).
    """
    ctx = ConsoleContext.load(config, drafts=drafts)
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(
            SessionMiddleware,
            secret_key=secret_key or secrets.token_urlsafe(48),
            session_cookie="govpub_console",
            max_age=SESSION_SECONDS,
            same_site="strict",
            https_only=https_only,
        ),
    ]
    app = Starlette(
        routes=routes(),
        middleware=middleware,
        exception_handlers={HTTPException: _error, 500: _error},
    )
    app.state.console = ctx
    return app


def route(path: str, need: Need, handler: Handler, methods: tuple[str, ...] = ("GET",)) -> Route:
    """A route whose endpoint checks ``need`` first (see :func:`guarded`)."""
    return Route(path, guarded(need, handler), methods=list(methods))


def open_route(path: str, handler: OpenHandler, methods: tuple[str, ...] = ("GET",)) -> Route:
    """A route anyone may call (signing in); the handler gets the user if there is one."""

    async def endpoint(request: Request) -> Response:
        return await handler(request, context_of(request), current_user(request))

    endpoint.need = "anyone"  # type: ignore[attr-defined]  # read by the authorisation tests
    return Route(path, endpoint, methods=list(methods))
