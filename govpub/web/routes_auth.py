"""Signing in and out (see :mod:`govpub.web.signin` for the protocol)."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from govpub.review.signing import parse_public_key, public_key_text, signature_valid
from govpub.web.app import open_route, render
from govpub.web.context import ConsoleContext
from govpub.web.security import check_csrf_header, csrf_form
from govpub.web.signin import signin_message
from govpub.web.users import User

__all__ = ["ROUTES"]


def _address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


def _origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


async def _json(request: Request) -> dict[str, object]:
    check_csrf_header(request)
    try:
        data = await request.json()
    except ValueError:
        raise HTTPException(400, "请求格式错误") from None
    if not isinstance(data, dict):
        raise HTTPException(400, "请求格式错误")
    return data


def _key_text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 100:
        raise HTTPException(400, "公钥格式错误")
    try:
        return public_key_text(parse_public_key(value))
    except ValueError:
        raise HTTPException(400, "公钥格式错误") from None


async def login(request: Request, ctx: ConsoleContext, user: User | None) -> Response:
    """The sign-in page: import a key once, then sign in with it."""
    return render(request, "login.html", signed_in=user)


async def challenge(request: Request, ctx: ConsoleContext, user: User | None) -> Response:
    """Step 1: a nonce for a registered key."""
    data = await _json(request)
    key = _key_text(data.get("public_key"))
    address = _address(request)
    if not ctx.limit_by_address.allow("challenge:" + address):
        await ctx.audit(
            actor="anonymous", action="web.signin_refused", subject=address, reason="rate_limited"
        )
        raise HTTPException(429, "登录尝试过于频繁，请稍后再试")
    reviewer = ctx.review.reviewer_by_key(key)
    if reviewer is None:
        await ctx.audit(
            actor="anonymous",
            action="web.signin_refused",
            subject=address,
            reason="key_not_registered",
            public_key=key,
        )
        raise HTTPException(403, "该密钥未在 [review.reviewers] 中登记，无法登录")
    return JSONResponse({"nonce": ctx.challenges.issue(key), "name": reviewer.name})


async def verify(request: Request, ctx: ConsoleContext, user: User | None) -> Response:
    """Step 2: the signed nonce; a session for the reviewer whose key signed it."""
    data = await _json(request)
    key = _key_text(data.get("public_key"))
    nonce, signature = data.get("nonce"), data.get("signature")
    address = _address(request)
    reviewer = ctx.review.reviewer_by_key(key)
    subject = reviewer.name if reviewer is not None else address
    if not (ctx.limit_by_address.allow(address) and ctx.limit_by_key.allow(key)):
        await ctx.audit(
            actor="anonymous", action="web.signin_refused", subject=subject, reason="rate_limited"
        )
        raise HTTPException(429, "登录尝试过于频繁，请稍后再试")
    valid = (
        reviewer is not None
        and isinstance(nonce, str)
        and isinstance(signature, str)
        and ctx.challenges.take(nonce, key)
        and signature_valid(
            parse_public_key(key), signin_message(nonce, _origin(request)), signature
        )
    )
    if not valid or reviewer is None:
        await ctx.audit(
            actor="anonymous",
            action="web.signin_refused",
            subject=subject,
            reason="bad_signature",
            address=address,
        )
        raise HTTPException(403, "签名验证失败，未登录")
    request.session.clear()  # a new session, and a new CSRF token, for the user (no fixation)
    request.session.update(user=reviewer.name, key_id=reviewer.key_id)
    await ctx.audit(
        actor=reviewer.name,
        action="web.signin",
        subject=reviewer.name,
        key_id=reviewer.key_id,
        address=address,
    )
    return JSONResponse({"next": "/"})


async def logout(request: Request, ctx: ConsoleContext, user: User | None) -> Response:
    """End the session."""
    await csrf_form(request)
    request.session.clear()
    if user is not None:
        await ctx.audit(actor=user.name, action="web.signout", subject=user.name)
    return RedirectResponse("/login", status_code=303)


ROUTES = [
    open_route("/login", login),
    open_route("/signin/challenge", challenge, ("POST",)),
    open_route("/signin/verify", verify, ("POST",)),
    open_route("/logout", logout, ("POST",)),
]
