"""Security headers on every response, and CSRF tokens on every form.

The console's pages run only the console's own script (``/static/console.js``):
the Content-Security-Policy forbids inline scripts, ``eval`` and every outside
resource, so a post's content, even if it slipped past the sanitiser, could
not run script or call home.  Post previews are separate documents with a
stricter policy of their own (:data:`PREVIEW_CSP`: ``sandbox``, no script at
all) shown in a sandboxed ``<iframe>``.

Every state-changing request carries the session's CSRF token — a hidden
``csrf`` field in forms, the ``X-CSRF-Token`` header in the script's ``fetch``
calls — compared in constant time.  ``SameSite=Strict`` cookies are the first
line; the token is the second.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "CSP",
    "PREVIEW_CSP",
    "SecurityHeaders",
    "check_csrf_header",
    "csrf_form",
    "csrf_token",
]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
#: Post previews: no script whatsoever, images only inline, shown only inside the console.
PREVIEW_CSP = (
    "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'"
)
_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"cross-origin-opener-policy": b"same-origin",
    b"cross-origin-resource-policy": b"same-origin",
    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """ASGI middleware: the CSP and the other headers, unless a response set its own CSP."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                    headers.append((b"x-frame-options", b"DENY"))
                headers += [(k, v) for k, v in _HEADERS.items() if k not in names]
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    session: dict[str, Any] = request.session
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def _same(given: object, request: Request) -> bool:
    expected = request.session.get("csrf")
    return (
        isinstance(given, str)
        and isinstance(expected, str)
        and hmac.compare_digest(given.encode(), expected.encode())
    )


async def csrf_form(request: Request) -> FormData:
    """The request's form, refused (403) unless it carries the session's CSRF token."""
    form = await request.form()
    if not _same(form.get("csrf"), request):
        raise HTTPException(403, "表单已失效，请刷新页面后重试（CSRF）")
    return form


def check_csrf_header(request: Request) -> None:
    """Refuse (403) a script request without the session's token in ``X-CSRF-Token``."""
    if not _same(request.headers.get("x-csrf-token"), request):
        raise HTTPException(403, "请求已失效，请刷新页面后重试（CSRF）")
