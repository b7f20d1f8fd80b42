"""The WeChat emulator's access tokens: ``/cgi-bin/token``, ``/cgi-bin/stable_token``, expiry.

Reference §2 (``api_getaccesstoken``, ``api_getstableaccesstoken``): the classic
endpoint mints a new token on every call and invalidates the previous one after
a grace period (``classic_token_grace``); ``stable_token`` in normal mode returns
the current token with its remaining lifetime, minting a new one only when it is
invalid or about to expire, and ``force_refresh`` (at most
``stable_force_per_day`` a day, then 45009) supersedes it.  A ``token_expiry``
fault ends tokens early (:func:`expire_tokens`).  Apart from the emulator's
common path because the token endpoints take no token: they check the appid
and secret instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from govpub.sandbox._http import enter, json_body, json_response, leave
from govpub.sandbox.accounts import WeChatApp, WeChatToken

if TYPE_CHECKING:
    from starlette.requests import Request

    from govpub.sandbox.faults import Decision
    from govpub.sandbox.state import SandboxState
    from govpub.sandbox.wechat import WeChatEmulator

__all__ = ["expire_tokens", "stable_token", "token"]


async def token(emulator: WeChatEmulator, request: Request) -> Response:
    """``/cgi-bin/token`` (GET): a new classic token; the previous one lives out its grace."""
    params = request.query_params
    app_id = params.get("appid", "")
    entered = await _enter(emulator, request, "token", app_id)
    if isinstance(entered, Response):
        return entered
    if request.method != "GET":
        return emulator.error(app_id, 43001)
    problem = _check_credentials(
        emulator, params.get("grant_type"), app_id, params.get("secret", "")
    )
    if problem is not None:
        return problem
    state = emulator.state
    with state.lock:
        app = state.wechat[app_id]
        now = state.clock.now()
        if app.classic_token is not None:
            old = app.classic_token
            old.superseded_at = min(
                old.superseded_at or float("inf"), now + state.config.classic_token_grace
            )
        minted = _mint(emulator, app, "classic", now)
        app.classic_token = minted
    return await leave(
        request,
        entered,
        json_response({"access_token": minted.value, "expires_in": int(state.config.token_ttl)}),
    )


async def stable_token(  # noqa: PLR0911 - one errcode per refusal
    emulator: WeChatEmulator, request: Request
) -> Response:
    """``/cgi-bin/stable_token`` (POST JSON): the current token, or a new one when due/forced."""
    raw = await request.body()
    body = json_body(raw)
    app_id = str(body.get("appid", "")) if isinstance(body, dict) else ""
    entered = await _enter(emulator, request, "stable_token", app_id)
    if isinstance(entered, Response):
        return entered
    if request.method != "POST":
        return emulator.error(app_id, 43002)
    if not raw:
        return emulator.error(app_id, 44002)
    if not isinstance(body, dict):
        return emulator.error(app_id, 47001)
    problem = _check_credentials(
        emulator, body.get("grant_type"), app_id, str(body.get("secret") or "")
    )
    if problem is not None:
        return problem
    force = body.get("force_refresh") in (True, "true", 1)
    state = emulator.state
    with state.lock:
        app = state.wechat[app_id]
        now = state.clock.now()
        current = app.stable_token
        if force:
            app.force_refreshes = [t for t in app.force_refreshes if now - t < 86_400]
            if len(app.force_refreshes) >= state.config.stable_force_per_day:
                return emulator.error(app_id, 45009)
            app.force_refreshes.append(now)
            if current is not None:
                current.superseded_at = now
        renew_before = min(300.0, state.config.token_ttl / 24)
        if (
            force
            or current is None
            or current.check(now) != 0
            or current.expires_at - now < renew_before
        ):
            current = _mint(emulator, app, "stable", now)
            app.stable_token = current
        expires_in = max(int(current.expires_at - now), 0)
    return await leave(
        request,
        entered,
        json_response({"access_token": current.value, "expires_in": expires_in}),
    )


def expire_tokens(state: SandboxState, app: WeChatApp, code: int) -> None:
    """End the account's tokens now: expired (42001) or superseded (40001/40014)."""
    now = state.clock.now()
    with state.lock:
        for held in (app.stable_token, app.classic_token):
            if held is None:
                continue
            if code == 42001:
                held.expires_at = min(held.expires_at, now)
            else:  # 40001 / 40014: superseded, as if someone else refreshed
                held.superseded_at = now


async def _enter(
    emulator: WeChatEmulator, request: Request, operation: str, app_id: str
) -> Decision | Response:
    """The emulator's common entry (faults, rate limits) for a token call of ``app_id``."""
    return await enter(
        emulator.state,
        request,
        platform="wechat",
        operation=operation,
        account=app_id or "?",
        answer=emulator.fault_answer(None, app_id or "?"),
    )


def _check_credentials(
    emulator: WeChatEmulator, grant_type: Any, app_id: str, secret: str
) -> Response | None:
    if grant_type != "client_credential":
        return emulator.error(app_id or "?", 40002)
    if not app_id:
        return emulator.error("?", 41002)
    if not secret:
        return emulator.error(app_id, 41004)
    app = emulator.state.wechat.get(app_id)
    if app is None:
        return emulator.error(app_id, 40013)
    if secret != app.app_secret:
        return emulator.error(app_id, 40125)
    return None


def _mint(emulator: WeChatEmulator, app: WeChatApp, kind: Any, now: float) -> WeChatToken:
    state = emulator.state
    minted = WeChatToken(
        value=f"{state.next_seq()}_{state.random_id(80)}",
        app_id=app.app_id,
        kind=kind,
        issued_at=now,
        expires_at=now + state.config.token_ttl,
    )
    state.wechat_tokens[minted.value] = minted
    state.count(f"wechat:{app.app_id}", "token.issued")
    return minted
