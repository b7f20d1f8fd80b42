"""Emulator of the WeChat Official Account API (微信公众号), under ``/wechat``.

Follows ``/work/shared/reference/wechat.md`` (new docs under
https://developers.weixin.qq.com/doc/subscription/api/ and …/doc/service/api/):

* tokens — ``/cgi-bin/token`` (classic: each call invalidates the previous
  token after a 5-minute grace) and ``/cgi-bin/stable_token`` (normal mode
  returns the current token with its remaining lifetime; ``force_refresh``
  invalidates it; 20 forced refreshes a day) — reference §2;
* materials — ``media/uploadimg`` (jpg/png < 1 MB, URLs on ``mmbiz.qpic.cn``),
  ``material/add_material`` (type limits), ``material/del_material`` — §3.1-3.2;
* drafts — ``draft/add`` with the §4 limits, ``draft/get``, ``draft/delete``,
  ``draft/batchget`` — §3.3;
* publishing — ``freepublish/submit`` (a job: ``publish_status`` 1 for
  ``publish_delay`` seconds, then 0, or an injected 2/3/4 with ``fail_idx``),
  ``freepublish/get``, ``freepublish/delete`` (index 0 or missing deletes every
  article — the trap of §3.7, emulated faithfully), ``getarticle``, ``batchget``.

Every error is HTTP 200 with ``{"errcode", "errmsg": "… rid: …"}``.  Codes the
reference does not document are marked ``# not in the reference`` where they
are chosen (see ``docs/sandbox.md``).

This module is the emulator's common path — the errcode table, the fault
answers, the token check and JSON body rules every business call goes through —
and its routes.  The calls live beside it: :mod:`~.wechat_tokens`,
:mod:`~.wechat_media`, :mod:`~.wechat_publish` (drafts and ``freepublish``) and
:mod:`~.wechat_comments`; the article rules in :mod:`~.wechat_articles`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from govpub.sandbox import wechat_media as media
from govpub.sandbox import wechat_publish as publish
from govpub.sandbox import wechat_tokens as tokens
from govpub.sandbox._http import (
    FaultAnswer,
    bare_error,
    enter,
    json_body,
    json_response,
    leave,
    pick_5xx,
)
from govpub.sandbox.accounts import WeChatApp
from govpub.sandbox.faults import Decision, FaultRule
from govpub.sandbox.state import SandboxState
from govpub.sandbox.wechat_comments import ERRORS as COMMENT_ERRORS
from govpub.sandbox.wechat_comments import comment_list, comment_reply
from govpub.sandbox.wechat_publish import set_publish_status

__all__ = ["ERRORS", "WeChatEmulator", "set_publish_status"]

#: errcode → errmsg (English, as the platform writes them).
ERRORS: Final[dict[int, str]] = {
    -1: "system error",
    40001: "invalid credential, access_token is invalid or not latest",
    40002: "invalid grant_type",
    40004: "invalid media type",
    40005: "invalid file type",
    40007: "invalid media_id",
    40009: "invalid image size",
    40010: "invalid voice size",  # global return codes (not in the reference table)
    40011: "invalid video size",  # global return codes (not in the reference table)
    40012: "invalid thumb size",
    40013: "invalid appid",
    40014: "invalid access_token",
    40033: "invalid charset. please check your request, if include \\uxxxx will create fail!",
    40060: "invalid article_idx",
    40097: "invalid args",  # not in the reference: malformed offset/count/index
    40125: "invalid appsecret",
    41001: "access_token missing",
    41002: "appid missing",
    41004: "appsecret missing",
    41005: "media data missing",  # global return codes
    41039: "invalid content_source_url",
    42001: "access_token expired",
    43001: "require GET method",
    43002: "require POST method",
    44002: "empty post data",
    44003: "empty news data",
    44004: "empty content",  # global return codes: empty content field
    45002: "content size out of limit",
    45003: "title size out of limit",
    45004: "description size out of limit",
    45008: "article size out of limit",
    45009: "reach max api daily quota limit",
    45011: "api minute-quota reach limit  mustslower  retry next minute",
    45110: "author size out of limit",  # not in the reference: chosen for author > 16
    47001: "data format error",
    48001: "api unauthorized",
    53502: "invalid publish_id",
    53600: "invalid article_id",
}

# A \\uXXXX escape that is not itself escaped (an odd number of backslashes before the u).
_UNICODE_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u[0-9a-fA-F]{4}")
Handler = Callable[[WeChatApp, dict[str, Any], Decision], Response]


class WeChatEmulator:
    """The ``/wechat`` routes over one :class:`SandboxState`."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Every emulated path, relative to the ``/wechat`` mount."""
        post = ["POST", "GET"]  # GET is answered 43002, as the platform does
        business: list[tuple[str, str, Handler]] = [
            ("draft/add", "draft.add", partial(publish.draft_add, self)),
            ("draft/get", "draft.get", partial(publish.draft_get, self)),
            ("draft/delete", "draft.delete", partial(publish.draft_delete, self)),
            ("draft/batchget", "draft.batchget", partial(publish.draft_batchget, self)),
            ("material/del_material", "material.del_material", partial(media.del_material, self)),
            ("freepublish/submit", "freepublish.submit", partial(publish.submit, self)),
            ("freepublish/get", "freepublish.get", partial(publish.get, self)),
            ("freepublish/delete", "freepublish.delete", partial(publish.delete, self)),
            ("freepublish/getarticle", "freepublish.getarticle", partial(publish.getarticle, self)),
            ("freepublish/batchget", "freepublish.batchget", partial(publish.batchget, self)),
            ("comment/list", "comment.list", partial(comment_list, self)),
            ("comment/reply/add", "comment.reply", partial(comment_reply, self)),
        ]
        routes = [
            Route("/cgi-bin/token", partial(tokens.token, self), methods=["GET", "POST"]),
            Route("/cgi-bin/stable_token", partial(tokens.stable_token, self), methods=post),
            Route("/cgi-bin/media/uploadimg", partial(media.uploadimg, self), methods=post),
            Route(
                "/cgi-bin/material/add_material", partial(media.add_material, self), methods=post
            ),
        ]
        for path, operation, handler in business:
            routes.append(
                Route(f"/cgi-bin/{path}", self._json_endpoint(operation, handler), methods=post)
            )
        return routes

    # -- answers --------------------------------------------------------------------

    def error(self, account: str, code: int, detail: str = "") -> Response:
        """``{"errcode", "errmsg"}`` with a ``rid``, counted as ``error.<code>``."""
        self.state.count(f"wechat:{account}", f"error.{code}")
        message = ERRORS.get(code) or COMMENT_ERRORS.get(code, "unknown error")
        if detail:
            message = f"{message} hint: [{detail}]"
        rid = "-".join(secrets.token_hex(4) for _ in range(3))
        return json_response({"errcode": code, "errmsg": f"{message} rid: {rid}"})

    @staticmethod
    def ok() -> Response:
        """``{"errcode": 0, "errmsg": "ok"}``: success with nothing to return."""
        return json_response({"errcode": 0, "errmsg": "ok"})

    def fault_answer(self, app: WeChatApp | None, account: str) -> FaultAnswer:
        """What WeChat answers to an injected fault (``None``: carry on normally)."""

        def answer(rule: FaultRule, _wait: float) -> Response | None:
            if rule.kind == "5xx":
                status = pick_5xx(self.state, rule)
                if rule.param("body") == "json":
                    response = self.error(account, -1)
                    response.status_code = status
                    return response
                return bare_error(status)
            if rule.kind == "busy":
                return self.error(account, -1)
            if rule.kind in ("rate_limit", "quota"):
                default = 45011 if rule.kind == "rate_limit" else 45009
                return self.error(account, int(rule.param("code")) or default)
            if rule.kind == "token_expiry" and app is not None:
                tokens.expire_tokens(self.state, app, int(rule.param("code")) or 42001)
            return None

        return answer

    # -- the common path of business calls ------------------------------------------------

    async def authorised(  # noqa: PLR0911 - one errcode per refusal
        self, request: Request, operation: str
    ) -> tuple[WeChatApp, Decision] | Response:
        """Faults, method, then the token: 41001 missing, 40014 unknown, 40001/42001."""
        value = request.query_params.get("access_token", "")
        token = self.state.wechat_tokens.get(value)
        app = self.state.wechat.get(token.app_id) if token is not None else None
        account = app.app_id if app is not None else "?"
        entered = await enter(
            self.state,
            request,
            platform="wechat",
            operation=operation,
            account=account,
            answer=self.fault_answer(app, account),
        )
        if isinstance(entered, Response):
            return entered
        if request.method != "POST":
            return self.error(account, 43002)
        if not value:
            return self.error(account, 41001)
        if token is None or app is None:
            return self.error(account, 40014)
        code = token.check(self.state.clock.now())
        if code:
            return self.error(account, code)
        if operation.startswith("freepublish.") and not app.verified:
            return self.error(account, 48001)
        return app, entered

    def _json_endpoint(
        self, operation: str, handler: Handler
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            authorised = await self.authorised(request, operation)
            if isinstance(authorised, Response):
                return authorised
            app, decision = authorised
            raw = await request.body()
            if not raw.strip():
                return self.error(app.app_id, 44002)
            if _UNICODE_ESCAPE.search(raw):
                return self.error(app.app_id, 40033)
            body = json_body(raw)
            if not isinstance(body, dict):
                return self.error(app.app_id, 47001)
            with self.state.lock:
                response = handler(app, body, decision)
            return await leave(request, decision, response)

        return endpoint

    def settle_app(self, app: WeChatApp) -> None:
        """Finish this account's due publish jobs (callers hold the lock)."""
        if app.app_id in self.state.pending_apps and not app.settle(self.state.clock.now()):
            self.state.pending_apps.discard(app.app_id)
