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
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from govpub.errors import ConfigError
from govpub.model import sniff_image_type
from govpub.sandbox._http import (
    FaultAnswer,
    bare_error,
    enter,
    json_response,
    leave,
    pick_5xx,
    read_form,
)
from govpub.sandbox.accounts import Draft, Media, PublishJob, WeChatApp, WeChatToken
from govpub.sandbox.faults import Decision, FaultRule
from govpub.sandbox.state import SandboxState
from govpub.sandbox.wechat_articles import (
    ARTICLES_MAX,
    ArticleRefused,
    check_article,
    draft_json,
    job_json,
)
from govpub.sandbox.wechat_comments import ERRORS as COMMENT_ERRORS
from govpub.sandbox.wechat_comments import comment_list, comment_reply

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

UPLOADIMG_MAX = 1024 * 1024
NEWSPIC_MAX = 20
_MATERIAL_LIMITS: Final[dict[str, tuple[int, frozenset[str], int]]] = {
    # type: (max bytes, accepted kinds, errcode when too large)
    "image": (
        10 * 1024 * 1024,
        frozenset({"image/bmp", "image/png", "image/jpeg", "image/gif"}),
        40009,
    ),
    "thumb": (64 * 1024, frozenset({"image/jpeg"}), 40012),
    "voice": (2 * 1024 * 1024, frozenset({"mp3", "wma", "wav", "amr"}), 40010),
    "video": (10 * 1024 * 1024, frozenset({"mp4"}), 40011),
}
_FORMATS: Final = {"image/jpeg": "jpeg", "image/png": "png", "image/gif": "gif", "image/bmp": "bmp"}

# A \uXXXX escape that is not itself escaped (an odd number of backslashes before the u).
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
            ("draft/add", "draft.add", self._draft_add),
            ("draft/get", "draft.get", self._draft_get),
            ("draft/delete", "draft.delete", self._draft_delete),
            ("draft/batchget", "draft.batchget", self._draft_batchget),
            ("material/del_material", "material.del_material", self._del_material),
            ("freepublish/submit", "freepublish.submit", self._submit),
            ("freepublish/get", "freepublish.get", self._get),
            ("freepublish/delete", "freepublish.delete", self._delete),
            ("freepublish/getarticle", "freepublish.getarticle", self._getarticle),
            ("freepublish/batchget", "freepublish.batchget", self._batchget),
            ("comment/list", "comment.list", partial(comment_list, self)),
            ("comment/reply/add", "comment.reply", partial(comment_reply, self)),
        ]
        routes = [
            Route("/cgi-bin/token", self._token, methods=["GET", "POST"]),
            Route("/cgi-bin/stable_token", self._stable_token, methods=post),
            Route("/cgi-bin/media/uploadimg", self._uploadimg, methods=post),
            Route("/cgi-bin/material/add_material", self._add_material, methods=post),
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

    def _fault_answer(self, app: WeChatApp | None, account: str) -> FaultAnswer:
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
                self._expire(app, int(rule.param("code")) or 42001)
            return None

        return answer

    def _expire(self, app: WeChatApp, code: int) -> None:
        now = self.state.clock.now()
        with self.state.lock:
            for token in (app.stable_token, app.classic_token):
                if token is None:
                    continue
                if code == 42001:
                    token.expires_at = min(token.expires_at, now)
                else:  # 40001 / 40014: superseded, as if someone else refreshed
                    token.superseded_at = now

    # -- tokens (reference §2) --------------------------------------------------------

    async def _token(self, request: Request) -> Response:
        params = request.query_params
        app_id = params.get("appid", "")
        entered = await enter(
            self.state,
            request,
            platform="wechat",
            operation="token",
            account=app_id or "?",
            answer=self._fault_answer(None, app_id or "?"),
        )
        if isinstance(entered, Response):
            return entered
        if request.method != "GET":
            return self.error(app_id, 43001)
        problem = self._check_credentials(
            params.get("grant_type"), app_id, params.get("secret", "")
        )
        if problem is not None:
            return problem
        with self.state.lock:
            app = self.state.wechat[app_id]
            now = self.state.clock.now()
            if app.classic_token is not None:
                old = app.classic_token
                old.superseded_at = min(
                    old.superseded_at or float("inf"), now + self.state.config.classic_token_grace
                )
            token = self._mint(app, "classic", now)
            app.classic_token = token
        return await leave(
            request,
            entered,
            json_response({"access_token": token.value, "expires_in": self._ttl()}),
        )

    async def _stable_token(self, request: Request) -> Response:  # noqa: PLR0911
        raw = await request.body()
        body = _loads(raw)
        app_id = str(body.get("appid", "")) if isinstance(body, dict) else ""
        entered = await enter(
            self.state,
            request,
            platform="wechat",
            operation="stable_token",
            account=app_id or "?",
            answer=self._fault_answer(None, app_id or "?"),
        )
        if isinstance(entered, Response):
            return entered
        if request.method != "POST":
            return self.error(app_id, 43002)
        if not raw:
            return self.error(app_id, 44002)
        if not isinstance(body, dict):
            return self.error(app_id, 47001)
        problem = self._check_credentials(
            body.get("grant_type"), app_id, str(body.get("secret") or "")
        )
        if problem is not None:
            return problem
        force = body.get("force_refresh") in (True, "true", 1)
        with self.state.lock:
            app = self.state.wechat[app_id]
            now = self.state.clock.now()
            current = app.stable_token
            if force:
                app.force_refreshes = [t for t in app.force_refreshes if now - t < 86_400]
                if len(app.force_refreshes) >= self.state.config.stable_force_per_day:
                    return self.error(app_id, 45009)
                app.force_refreshes.append(now)
                if current is not None:
                    current.superseded_at = now
            renew_before = min(300.0, self.state.config.token_ttl / 24)
            if (
                force
                or current is None
                or current.check(now) != 0
                or current.expires_at - now < renew_before
            ):
                current = self._mint(app, "stable", now)
                app.stable_token = current
            expires_in = max(int(current.expires_at - now), 0)
        return await leave(
            request,
            entered,
            json_response({"access_token": current.value, "expires_in": expires_in}),
        )

    def _check_credentials(self, grant_type: Any, app_id: str, secret: str) -> Response | None:
        if grant_type != "client_credential":
            return self.error(app_id or "?", 40002)
        if not app_id:
            return self.error("?", 41002)
        if not secret:
            return self.error(app_id, 41004)
        app = self.state.wechat.get(app_id)
        if app is None:
            return self.error(app_id, 40013)
        if secret != app.app_secret:
            return self.error(app_id, 40125)
        return None

    def _mint(self, app: WeChatApp, kind: Any, now: float) -> WeChatToken:
        token = WeChatToken(
            value=f"{self.state.next_seq()}_{self.state.random_id(80)}",
            app_id=app.app_id,
            kind=kind,
            issued_at=now,
            expires_at=now + self.state.config.token_ttl,
        )
        self.state.wechat_tokens[token.value] = token
        self.state.count(f"wechat:{app.app_id}", "token.issued")
        return token

    def _ttl(self) -> int:
        return int(self.state.config.token_ttl)

    # -- the common path of business calls ------------------------------------------------

    async def _authorised(  # noqa: PLR0911 - one errcode per refusal
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
            answer=self._fault_answer(app, account),
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
            authorised = await self._authorised(request, operation)
            if isinstance(authorised, Response):
                return authorised
            app, decision = authorised
            raw = await request.body()
            if not raw.strip():
                return self.error(app.app_id, 44002)
            if _UNICODE_ESCAPE.search(raw):
                return self.error(app.app_id, 40033)
            body = _loads(raw)
            if not isinstance(body, dict):
                return self.error(app.app_id, 47001)
            with self.state.lock:
                response = handler(app, body, decision)
            return await leave(request, decision, response)

        return endpoint

    # -- materials (reference §3.1, §3.2) ------------------------------------------------

    async def _uploadimg(self, request: Request) -> Response:
        authorised = await self._authorised(request, "media.uploadimg")
        if isinstance(authorised, Response):
            return authorised
        app, decision = authorised
        form = await read_form(request)
        files = form.files.get("media") if form is not None else None
        if not files:
            return self.error(app.app_id, 41005)
        data = files[0][1]
        kind = sniff_image_type(data)
        if kind not in ("image/jpeg", "image/png"):
            return self.error(app.app_id, 40005)
        if len(data) >= UPLOADIMG_MAX:
            return self.error(app.app_id, 40009)
        fmt = _FORMATS[kind]
        with self.state.lock:
            url = (
                f"http://mmbiz.qpic.cn/mmbiz_{'jpg' if fmt == 'jpeg' else fmt}/"
                f"{self.state.random_id(40)}/0?wx_fmt={fmt}"
            )
            app.images[url] = len(data)
        return await leave(request, decision, json_response({"url": url}))

    async def _add_material(self, request: Request) -> Response:
        authorised = await self._authorised(request, "material.add_material")
        if isinstance(authorised, Response):
            return authorised
        app, decision = authorised
        media_type = request.query_params.get("type", "")
        limits = _MATERIAL_LIMITS.get(media_type)
        if limits is None:
            return self.error(app.app_id, 40004)
        form = await read_form(request)
        files = form.files.get("media") if form is not None else None
        if not files:
            return self.error(app.app_id, 41005)
        filename, data = files[0]
        max_bytes, accepted, too_large = limits
        kind = sniff_image_type(data) if media_type in ("image", "thumb") else None
        found = kind or filename.rsplit(".", 1)[-1].lower()
        if found not in accepted:
            return self.error(app.app_id, 40005)
        if len(data) > max_bytes:
            return self.error(app.app_id, too_large)
        with self.state.lock:
            media_id = self.state.random_id(43)
            url = None
            if media_type == "image":
                fmt = _FORMATS.get(kind or "", "jpeg")
                url = f"http://mmbiz.qpic.cn/mmbiz_{fmt}/{self.state.random_id(40)}/0?wx_fmt={fmt}"
            app.media[media_id] = Media(media_id=media_id, type=media_type, size=len(data), url=url)
        answer: dict[str, Any] = {"media_id": media_id}
        if url is not None:
            answer["url"] = url
        return await leave(request, decision, json_response(answer))

    def _del_material(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        if app.media.pop(str(body.get("media_id", "")), None) is None:
            return self.error(app.app_id, 40007)
        return _ok()

    # -- drafts (reference §3.3, limits §4) ----------------------------------------------

    def _draft_add(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        articles = body.get("articles")
        if not isinstance(articles, list) or not articles:
            return self.error(app.app_id, 44003)
        if len(articles) > ARTICLES_MAX:
            return self.error(app.app_id, 45008)
        stored: list[dict[str, Any]] = []
        for index, article in enumerate(articles):
            try:
                stored.append(check_article(app, article, index, single=len(articles) == 1))
            except ArticleRefused as refused:
                return self.error(app.app_id, refused.code, refused.hint)
        now = self.state.clock.now()
        media_id = self.state.random_id(43)
        app.drafts[media_id] = Draft(media_id=media_id, articles=stored, created=now, updated=now)
        return json_response({"media_id": media_id})

    def _draft_get(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        self._settle(app)
        draft = app.drafts.get(str(body.get("media_id", "")))
        if draft is None:
            return self.error(app.app_id, 40007)
        return json_response(draft_json(draft, with_content=True))

    def _draft_delete(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        self._settle(app)
        if app.drafts.pop(str(body.get("media_id", "")), None) is None:
            return self.error(app.app_id, 40007)
        return _ok()

    def _draft_batchget(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        self._settle(app)
        window = _page(body)
        if window is None:
            return self.error(app.app_id, 40097)
        offset, count, with_content = window
        drafts = sorted(app.drafts.values(), key=lambda d: d.updated, reverse=True)
        page = drafts[offset : offset + count]
        items = [
            {
                "media_id": d.media_id,
                "content": draft_json(d, with_content=with_content),
                "update_time": int(d.updated),
            }
            for d in page
        ]
        return json_response({"total_count": len(drafts), "item_count": len(items), "item": items})

    # -- publishing (reference §3.4-3.7) -------------------------------------------------

    def _submit(self, app: WeChatApp, body: dict[str, Any], decision: Decision) -> Response:
        self._settle(app)
        draft = app.drafts.get(str(body.get("media_id", "")))
        if draft is None:
            return self.error(app.app_id, 40007)
        now = self.state.clock.now()
        seq = self.state.next_seq()
        publish_id = str(2_247_483_648 + seq)
        job = PublishJob(
            publish_id=publish_id,
            msg_data_id=str(2_147_483_648 + seq),
            draft_media_id=draft.media_id,
            articles=[dict(a) for a in draft.articles],
            submitted_at=now,
            finish_at=now + self.state.config.publish_delay,
            publish_id_number=self.state.chance(
                "publish_id_number", publish_id, self.state.config.publish_id_number
            ),
        )
        if decision.reject is not None:
            job.outcome = int(decision.reject.param("status"))
            idx = int(decision.reject.param("fail_idx"))
            job.fail_idx = [idx] if job.outcome in (2, 3, 4) and idx else []
        for idx, article in enumerate(job.articles, start=1):
            job.records.append(
                self.state.add_record(
                    platform="wechat",
                    account=app.app_id,
                    platform_id=publish_id,
                    title=article["title"],
                    content=article["content"],
                    state="pending",
                    details={
                        "publish_id": publish_id,
                        "idx": idx,
                        "draft_media_id": draft.media_id,
                        "content_source_url": article["content_source_url"],
                        "filtered_images": article["filtered_images"],
                    },
                )
            )
        app.jobs[publish_id] = job
        self.state.pending_apps.add(app.app_id)
        self._settle(app)
        number = job.publish_id_number
        return json_response(
            {
                "errcode": 0,
                "errmsg": "ok",
                "publish_id": int(publish_id) if number else publish_id,
                "msg_data_id": int(job.msg_data_id) if number else job.msg_data_id,
            }
        )

    def _get(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        quota = self.state.config.freepublish_get_daily_quota
        day = int(self.state.clock.now() // 86_400)
        if quota is not None:
            if app.get_calls.get(day, 0) >= quota:
                return self.error(app.app_id, 45009)
            app.get_calls[day] = app.get_calls.get(day, 0) + 1
        self._settle(app)
        raw_id = body.get("publish_id")
        job = app.jobs.get(str(raw_id)) if isinstance(raw_id, str | int) else None
        if job is None:
            return self.error(app.app_id, 53502)
        status = job.status(self.state.clock.now())
        answer: dict[str, Any] = {
            "publish_id": int(job.publish_id) if job.publish_id_number else job.publish_id,
            "publish_status": status,
        }
        if status == 0:
            answer["article_id"] = job.article_id
            answer["article_detail"] = {
                "count": len(job.urls),
                "item": [{"idx": i, "article_url": u} for i, u in enumerate(job.urls, start=1)],
            }
        elif status in (5, 6):
            answer["article_id"] = job.article_id
        answer["fail_idx"] = job.fail_idx if status in (2, 3, 4) else []
        return json_response(answer)

    def settle_app(self, app: WeChatApp) -> None:
        """Finish the account's due publish jobs (callers hold the lock)."""
        self._settle(app)

    def _settle(self, app: WeChatApp) -> None:
        """Finish this account's due publish jobs (callers hold the lock)."""
        if app.app_id in self.state.pending_apps and not app.settle(self.state.clock.now()):
            self.state.pending_apps.discard(app.app_id)

    def _published(self, app: WeChatApp, body: dict[str, Any]) -> PublishJob | None:
        self._settle(app)
        return app.articles.get(str(body.get("article_id", "")))

    def _delete(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        job = self._published(app, body)
        if job is None:
            return self.error(app.app_id, 53600)
        index = body.get("index", 0)
        if isinstance(index, str) and index.isdigit():
            index = int(index)
        if not isinstance(index, int) or isinstance(index, bool) or index < 0:
            return self.error(app.app_id, 40097)
        if index > len(job.articles):
            return self.error(app.app_id, 40060)
        # index 0 or missing deletes every article of the publish (reference §3.7).
        targets = range(len(job.articles)) if index == 0 else [index - 1]
        now = self.state.clock.now()
        for i in targets:
            if not job.deleted[i]:
                job.deleted[i] = True
                job.records[i].deleted = True
                job.records[i].deleted_at = now
        return _ok()

    def _getarticle(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        job = self._published(app, body)
        if job is None:
            return self.error(app.app_id, 53600)
        return json_response(job_json(job, with_content=True))

    def _batchget(self, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
        self._settle(app)
        window = _page(body)
        if window is None:
            return self.error(app.app_id, 40097)
        offset, count, with_content = window
        now = self.state.clock.now()
        done = [j for j in app.articles.values() if j.status(now) in (0, 5)]
        done.sort(key=lambda j: j.submitted_at, reverse=True)
        items = [
            {
                "article_id": j.article_id,
                "content": job_json(j, with_content=with_content),
                "update_time": int(j.finish_at),
            }
            for j in done[offset : offset + count]
        ]
        return json_response({"total_count": len(done), "item_count": len(items), "item": items})


def set_publish_status(state: SandboxState, app_id: str, publish_id: str, status: int) -> None:
    """Control API: a publish deleted by the user (5) or banned by the platform (6)."""
    if status not in (5, 6):
        raise ConfigError("only publish_status 5 or 6 can be set", key="status")
    with state.lock:
        state.settle()
        app = state.wechat.get(app_id)
        job = app.jobs.get(publish_id) if app is not None else None
        if job is None or job.article_id is None:
            raise ConfigError(
                f"no finished publish {publish_id!r} for {app_id!r}", key="publish_id"
            )
        job.override = status
        for record in job.records:
            if status == 5:
                record.deleted = True
                record.deleted_at = state.clock.now()
            else:
                record.state = "removed"


def _ok() -> Response:
    return json_response({"errcode": 0, "errmsg": "ok"})


def _loads(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


def _page(body: dict[str, Any]) -> tuple[int, int, bool] | None:
    offset, count, no_content = body.get("offset", 0), body.get("count"), body.get("no_content", 0)
    if not isinstance(offset, int) or not isinstance(count, int) or offset < 0:
        return None
    if not 1 <= count <= 20 or no_content not in (0, 1):
        return None
    return offset, count, not no_content
