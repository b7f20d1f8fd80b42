"""Emulator of the Sina Weibo REST API (新浪微博), under ``/weibo``.

Follows ``/work/shared/reference/weibo.md``:

* ``POST /2/statuses/share.json`` (§3) — ``access_token`` and ``rip``
  required; ``status`` must carry a URL on the app's 安全域名 (10017 "text not
  find domain!", or "appkey not bind domain!" when the app has none); more
  than 140 characters → 20012 (counted as plain characters by default,
  ``weibo_length_mode`` switches to CJK 1 / ASCII ½); the same text as the
  previous post, or within ``weibo_repeat_window`` → 20019 (提交相同的信息), the
  same text with other links within the window → 20017 (提交相似的信息); ``#话题#`` silently
  stripped; ``pic`` only as a multipart file, one, JPEG/GIF/PNG < 5 MB; at
  most ``weibo_posts_per_hour`` posts an hour → 20016 (§9);
* ``POST /2/statuses/destroy.json`` (§5) — may be refused (10014) when the app
  has no delete grant; 20101 for an unknown id; 20102 for another user's post;
* ``GET /2/statuses/user_timeline.json`` — the authorised user's recent
  statuses (``idstr``, ``mid``, ``text``, ``created_at``), for reconciliation;
  links in ``text`` are ``http://t.cn/…`` short links, as Weibo shows them
  (``weibo_short_links``; WC4J's status fixtures carry such links);
* ``GET /2/short_url/expand.json`` — ``url_short`` (repeated, ≤ 20) →
  ``{"urls": [{"url_short", "url_long", "type", "result"}]}``
  (https://open.weibo.com/wiki/2/short_url/expand);
* ``POST /oauth2/get_token_info`` (§2) and ``GET /2/account/rate_limit_status.json`` (§9).

Errors (§7): ``{"request", "error_code", "error"}``; ``error_code`` is a string
for a configurable share of answers (``weibo_error_code_string``), and the
HTTP status is 4xx/5xx — or 200 for a configurable share (``weibo_error_http_200``).
Which 4xx goes with which code is govpub's choice (the reference leaves it open).
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any, Final
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from govpub.model import sniff_image_type
from govpub.sandbox._http import (
    FaultAnswer,
    Form,
    bare_error,
    enter,
    json_response,
    leave,
    pick_5xx,
    read_form,
)
from govpub.sandbox.accounts import WeiboAccount, WeiboStatus
from govpub.sandbox.faults import FaultRule
from govpub.sandbox.state import SandboxState

__all__ = ["ERRORS", "WeiboEmulator", "created_at_text", "weibo_length"]

ERRORS: Final[dict[int, str]] = {
    10001: "system error!",
    10006: "source paramter(appkey) is missing",
    10008: "param error, see doc for more info.",
    10014: "Insufficient app permissions!",
    10016: "miss required parameter ({name}) , see doc for more info.",
    10017: "text not find domain!",
    10021: "HTTP method is not suported for this request!",
    10022: "IP requests out of rate limit!",
    10023: "User requests out of rate limit!",
    10024: "User requests for (statuses/share) out of rate limit!",
    20005: "unsupported image type, only suport JPG, GIF, PNG!",
    20006: "image size too large.",
    20007: "does multipart has image?",
    20008: "content is null!",
    20012: "Text too long, please input text less than 140 characters!",
    20016: "out of limit!",
    20017: "repeat content!",
    20019: "repeat content!",
    20101: "target weibo does not exist!",
    20102: "not your own weibo!",
    21319: "Accessor was revoked",
    21327: "expired_token",
    21332: "invalid_access_token",
}
NO_SAFE_DOMAIN: Final = "appkey not bind domain!"

#: HTTP status per error code (govpub's choice; 400 otherwise).
_HTTP_STATUS: Final[dict[int, int]] = {
    10001: 500,
    10014: 403,
    10022: 403,
    10023: 403,
    10024: 403,
    20016: 403,
    21319: 401,
    21327: 401,
    21332: 401,
}

PIC_MAX = 5 * 1024 * 1024
PIC_TYPES: Final = frozenset({"image/jpeg", "image/gif", "image/png"})
_TOPIC = re.compile(r"#[^#\r\n]+#")
_URL = re.compile(r"https?://[^\s<>\"'，。！？；：、（）【】《》]+", re.IGNORECASE)
_CST = timezone(timedelta(hours=8))
_STATUS_ID_BASE = 5_000_000_000_000_000
_BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_EXPAND_MAX = 20


def weibo_length(text: str, mode: str = "chars") -> int:
    """Length as the sandbox counts it: plain characters, or CJK 1 / ASCII ½ rounded up."""
    if mode == "chars":
        return len(text)
    return math.ceil(sum(0.5 if ord(ch) < 128 else 1.0 for ch in text))


def created_at_text(timestamp: float) -> str:
    """Weibo's ``created_at`` text for a Unix time (Beijing time)."""
    return _created_at(timestamp)


def _created_at(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, _CST).strftime("%a %b %d %H:%M:%S %z %Y")


def short_link(url: str) -> str:
    """The ``http://t.cn/…`` link Weibo shows for ``url`` (the same URL, the same short link)."""
    value = int.from_bytes(hashlib.sha256(url.encode()).digest()[:6], "big")
    code = "".join(_BASE62[(value // 62**i) % 62] for i in range(7))
    return f"http://t.cn/{code}"


def _without_links(text: str) -> str:
    """A text with its links removed: two texts that differ only in links are "similar"."""
    return " ".join(_URL.sub(" ", text).split())


def _on_domain(text: str, domain: str) -> bool:
    for url in _URL.findall(text):
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if host == domain or host.endswith("." + domain):
            return True
    return False


class WeiboEmulator:
    """The ``/weibo`` routes over one :class:`SandboxState`."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Every emulated path, relative to the ``/weibo`` mount."""
        both = ["GET", "POST"]  # the wrong method is answered 10021, as the platform does
        return [
            Route("/2/statuses/share.json", self._share, methods=both),
            Route("/2/statuses/destroy.json", self._destroy, methods=both),
            Route("/2/statuses/user_timeline.json", self._timeline, methods=both),
            Route("/2/account/rate_limit_status.json", self._rate_limit_status, methods=both),
            Route("/2/short_url/expand.json", self._expand, methods=both),
            Route("/oauth2/get_token_info", self._token_info, methods=both),
            *self._interaction_routes(both),
        ]

    def _interaction_routes(self, methods: list[str]) -> list[Route]:
        """Comments, mentions and replies (:mod:`govpub.sandbox.weibo_comments`)."""
        from govpub.sandbox import weibo_comments as c  # noqa: PLC0415 - it imports this module

        def bound(handler: Any) -> Any:
            async def endpoint(request: Request) -> Response:
                response: Response = await handler(self, request)
                return response

            return endpoint

        return [
            Route("/2/comments/to_me.json", bound(c.comments_to_me), methods=methods),
            Route("/2/statuses/mentions.json", bound(c.mentions), methods=methods),
            Route("/2/comments/by_me.json", bound(c.by_me), methods=methods),
            Route("/2/comments/reply.json", bound(c.comments_reply), methods=methods),
            Route("/2/comments/create.json", bound(c.comments_create), methods=methods),
        ]

    # -- answers ----------------------------------------------------------------------

    def error(
        self,
        account: str,
        code: int,
        path: str,
        message: str | None = None,
        *,
        status: int | None = None,
    ) -> Response:
        """``{"request", "error_code", "error"}``; string or number code, 4xx/5xx or 200."""
        name = f"error.{code}"
        self.state.count(f"weibo:{account}", name)
        key = f"{account}:{code}:{self.state.counters.get(f'weibo:{account}').get(name, 0)}"
        config = self.state.config
        as_string = self.state.chance(
            "weibo_error_code_string", key, config.weibo_error_code_string
        )
        on_200 = self.state.chance("weibo_error_http_200", key, config.weibo_error_http_200)
        body = {
            "request": path,
            "error_code": str(code) if as_string else code,
            "error": message or ERRORS.get(code, "error"),
        }
        http = 200 if on_200 else (status or _HTTP_STATUS.get(code, 400))
        return json_response(body, http)

    def _fault_answer(self, user: WeiboAccount | None, account: str, path: str) -> FaultAnswer:
        def answer(rule: FaultRule, _wait: float) -> Response | None:
            if rule.kind == "5xx":
                status = pick_5xx(self.state, rule)
                if rule.param("body") == "json":
                    return self.error(account, 10001, path, status=status)
                return bare_error(status)
            if rule.kind == "busy":
                return self.error(account, 10001, path)
            if rule.kind in ("rate_limit", "quota"):
                default = 10023 if rule.kind == "rate_limit" else 10022
                return self.error(account, int(rule.param("code")) or default, path)
            if rule.kind == "token_expiry" and user is not None:
                with self.state.lock:
                    if int(rule.param("code")) == 21319:
                        user.revoked = True
                    else:
                        user.token_expires_at = min(user.token_expires_at, self.state.clock.now())
            return None

        return answer

    # -- the common path --------------------------------------------------------------

    async def _begin(  # noqa: PLR0911 - one error code per refusal
        self, request: Request, operation: str, path: str, *, method: str
    ) -> tuple[WeiboAccount, Form | None, Any] | Response:
        """Read the form, find the user, run the faults, check method and token."""
        form = await read_form(request) if request.method == "POST" else None
        token = self._token(request, form)
        uid = self.state.weibo_tokens.get(token) if token else None
        user = self.state.weibo.get(uid) if uid else None
        account = user.uid if user is not None else "?"
        entered = await enter(
            self.state,
            request,
            platform="weibo",
            operation=operation,
            account=account,
            answer=self._fault_answer(user, account, path),
            windows=operation != "account.rate_limit_status",
        )
        if isinstance(entered, Response):
            return entered
        if request.method != method:
            return self.error(account, 10021, path)
        if request.method == "POST" and form is None:
            return self.error(account, 10008, path)
        if not token:
            return self.error(account, 10006, path)
        if user is None:
            return self.error(account, 21332, path)
        if user.revoked:
            return self.error(account, 21319, path)
        if self.state.clock.now() >= user.token_expires_at:
            return self.error(account, 21327, path)
        return user, form, entered

    async def begin(
        self, request: Request, operation: str, path: str, *, method: str
    ) -> tuple[WeiboAccount, Form | None, Any] | Response:
        """The common path of every call (form, user, faults, method, token)."""
        return await self._begin(request, operation, path, method=method)

    @staticmethod
    def _token(request: Request, form: Form | None) -> str:
        if form is not None and form.get("access_token"):
            return form.get("access_token") or ""
        if request.query_params.get("access_token"):
            return request.query_params["access_token"]
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        return value.strip() if scheme.lower() == "oauth2" else ""

    def status_json(self, user: WeiboAccount, status: WeiboStatus) -> dict[str, Any]:
        """A Status object (reference §6)."""
        data: dict[str, Any] = {
            "created_at": _created_at(status.created_at),
            "id": status.id,
            "idstr": str(status.id),
            "mid": str(status.id),
            "text": status.text,
            "textLength": weibo_length(status.text, "half_ascii") * 2,
            "source": '<a href="https://sandbox.govpub.invalid" rel="nofollow">govpub sandbox</a>',
            "favorited": False,
            "truncated": False,
            "in_reply_to_status_id": "",
            "in_reply_to_user_id": "",
            "geo": None,
            "pic_urls": [],
            "user": {
                "id": int(user.uid) if user.uid.isdigit() else user.uid,
                "idstr": user.uid,
                "screen_name": user.screen_name,
            },
        }
        if status.pic:
            data.update(
                thumbnail_pic=f"https://wx1.sinaimg.cn/thumbnail/{status.pic}.jpg",
                bmiddle_pic=f"https://wx1.sinaimg.cn/bmiddle/{status.pic}.jpg",
                original_pic=f"https://wx1.sinaimg.cn/large/{status.pic}.jpg",
                pic_urls=[{"thumbnail_pic": f"https://wx1.sinaimg.cn/thumbnail/{status.pic}.jpg"}],
            )
        if status.deleted:
            data["deleted"] = "1"
        return data

    # -- statuses/share (§3) ------------------------------------------------------------

    async def _share(self, request: Request) -> Response:
        path = "/2/statuses/share.json"
        begun = await self._begin(request, "statuses.share", path, method="POST")
        if isinstance(begun, Response):
            return begun
        user, form, decision = begun
        assert form is not None  # noqa: S101 - _begin refused a POST without a form
        with self.state.lock:
            response = self._share_checked(user, form, path)
        return await leave(request, decision, response)

    def _share_checked(  # noqa: PLR0911, PLR0912 - one answer per documented refusal
        self, user: WeiboAccount, form: Form, path: str
    ) -> Response:
        config = self.state.config
        uid = user.uid
        rip = form.get("rip")
        if not rip:
            return self.error(uid, 10016, path, ERRORS[10016].format(name="rip"))
        try:
            ipaddress.ip_address(rip)
        except ValueError:
            return self.error(uid, 10008, path, f"param error: rip {rip!r} is not an IP address")
        text = form.get("status")
        if text is None:
            return self.error(uid, 10016, path, ERRORS[10016].format(name="status"))
        if not text.strip():
            return self.error(uid, 20008, path)
        if "pic" in form.fields:
            return self.error(uid, 20007, path)
        pics = form.files.get("pic", [])
        if len(pics) > 1:
            return self.error(uid, 10008, path, "param error: only one pic is allowed")
        pic = pics[0][1] if pics else None
        if pic is not None and sniff_image_type(pic) not in PIC_TYPES:
            return self.error(uid, 20005, path)
        if pic is not None and len(pic) >= PIC_MAX:
            return self.error(uid, 20006, path)
        if weibo_length(text, config.weibo_length_mode) > config.weibo_length_limit:
            return self.error(uid, 20012, path)
        if not user.safe_domain:
            return self.error(uid, 10017, path, NO_SAFE_DOMAIN)
        if not _on_domain(text, user.safe_domain):
            return self.error(uid, 10017, path)
        now = self.state.clock.now()
        if config.weibo_posts_per_hour is not None:
            this_hour = sum(1 for s in user.statuses if now - s.created_at < 3600)
            if this_hour >= config.weibo_posts_per_hour:
                return self.error(uid, 20016, path)
        sent = _TOPIC.sub("", text).strip()
        stored = self._shown(sent)
        live = [s for s in user.statuses if not s.deleted]
        recent = [s for s in live if now - s.created_at < config.weibo_repeat_window]
        if live and (live[-1].text == stored or any(s.text == stored for s in recent)):
            return self.error(uid, 20019, path)
        similar = _without_links(stored)
        if any(_without_links(s.text) == similar for s in recent):
            return self.error(uid, 20017, path)
        status_id = _STATUS_ID_BASE + self.state.next_seq()
        topics = _TOPIC.findall(text)
        record = self.state.add_record(
            platform="weibo",
            account=uid,
            platform_id=str(status_id),
            title="",
            content=sent,
            details={"topics_stripped": topics, "pic": pic is not None},
        )
        status = WeiboStatus(
            id=status_id,
            text=stored,
            created_at=now,
            record=record,
            pic=self.state.random_id(22) if pic is not None else None,
        )
        user.statuses.append(status)
        user.by_id[status_id] = status
        return json_response(self.status_json(user, status))

    def _shown(self, text: str) -> str:
        """The text as Weibo stores and shows it: every link a ``t.cn`` short link."""
        if not self.state.config.weibo_short_links:
            return text

        def shorten(match: re.Match[str]) -> str:
            short = short_link(match.group(0))
            self.state.short_links[short] = match.group(0)
            return short

        return _URL.sub(shorten, text)

    # -- statuses/destroy (§5) ----------------------------------------------------------

    async def _destroy(self, request: Request) -> Response:
        path = "/2/statuses/destroy.json"
        begun = await self._begin(request, "statuses.destroy", path, method="POST")
        if isinstance(begun, Response):
            return begun
        user, form, decision = begun
        assert form is not None  # noqa: S101 - _begin refused a POST without a form
        with self.state.lock:
            response = self._destroy_checked(user, form, path)
        return await leave(request, decision, response)

    def _destroy_checked(self, user: WeiboAccount, form: Form, path: str) -> Response:
        raw = form.get("id")
        if not raw:
            return self.error(user.uid, 10016, path, ERRORS[10016].format(name="id"))
        if not raw.isdigit():
            return self.error(user.uid, 10008, path, f"param error: id {raw!r}")
        if not user.delete_granted:
            return self.error(user.uid, 10014, path)
        status = user.by_id.get(int(raw))
        if status is None:
            others = any(int(raw) in a.by_id for a in self.state.weibo.values())
            return self.error(user.uid, 20102 if others else 20101, path)
        if status.deleted:
            return self.error(user.uid, 20101, path)
        status.deleted = True
        status.record.deleted = True
        status.record.deleted_at = self.state.clock.now()
        return json_response(self.status_json(user, status))

    # -- reads ----------------------------------------------------------------------------

    async def _timeline(self, request: Request) -> Response:
        path = "/2/statuses/user_timeline.json"
        begun = await self._begin(request, "statuses.user_timeline", path, method="GET")
        if isinstance(begun, Response):
            return begun
        user, _form, decision = begun
        params = request.query_params
        try:
            count = min(max(int(params.get("count", "20")), 1), 100)
            page = max(int(params.get("page", "1")), 1)
            since_id = int(params.get("since_id", "0"))
            max_id = int(params.get("max_id", "0"))
        except ValueError:
            return self.error(user.uid, 10008, path)
        with self.state.lock:
            live = [
                s
                for s in reversed(user.statuses)
                if not s.deleted and s.id > since_id and (not max_id or s.id <= max_id)
            ]
            chosen = live[(page - 1) * count : page * count]
            body = {
                "statuses": [self.status_json(user, s) for s in chosen],
                "marks": [],
                "hasvisible": False,
                "previous_cursor": 0,
                "next_cursor": 0,
                "total_number": len(live),
                "interval": 0,
            }
        return await leave(request, decision, json_response(body))

    async def _expand(self, request: Request) -> Response:
        path = "/2/short_url/expand.json"
        begun = await self._begin(request, "short_url.expand", path, method="GET")
        if isinstance(begun, Response):
            return begun
        user, _form, decision = begun
        wanted = request.query_params.getlist("url_short")
        if not wanted:
            return self.error(user.uid, 10016, path, ERRORS[10016].format(name="url_short"))
        if len(wanted) > _EXPAND_MAX:
            return self.error(user.uid, 10008, path, f"param error: at most {_EXPAND_MAX} urls")
        with self.state.lock:
            found = [(short, self.state.short_links.get(short)) for short in wanted]
        body = {
            "urls": [
                {"url_short": short, "url_long": long or "", "type": 0, "result": long is not None}
                for short, long in found
            ]
        }
        return await leave(request, decision, json_response(body))

    async def _token_info(self, request: Request) -> Response:
        path = "/oauth2/get_token_info"
        begun = await self._begin(request, "oauth2.get_token_info", path, method="POST")
        if isinstance(begun, Response):
            return begun
        user, _form, decision = begun
        now = self.state.clock.now()
        body = {
            "uid": int(user.uid) if user.uid.isdigit() else user.uid,
            "appkey": "sandbox",
            "scope": None,
            "create_at": int(user.token_created),
            "expire_in": max(int(user.token_expires_at - now), 0),
        }
        return await leave(request, decision, json_response(body))

    async def _rate_limit_status(self, request: Request) -> Response:
        path = "/2/account/rate_limit_status.json"
        begun = await self._begin(request, "account.rate_limit_status", path, method="GET")
        if isinstance(begun, Response):
            return begun
        user, _form, decision = begun
        now = self.state.clock.now()
        limit = self.state.config.weibo_posts_per_hour or 150
        with self.state.lock:
            recent = sorted(s.created_at for s in user.statuses if now - s.created_at < 3600)
        remaining = max(limit - len(recent), 0)
        reset_in = int(3600 - (now % 3600))
        if remaining == 0 and recent:
            reset_in = math.ceil(recent[0] + 3600 - now)
        window = self.state.window(f"weibo:{user.uid}")
        if window is not None:
            remaining, reset_in = 0, math.ceil(window[0])
        reset_at = datetime.fromtimestamp(now + reset_in, _CST).strftime("%Y-%m-%d %H:%M:%S")
        body = {
            "ip_limit": 10_000,
            "limit_time_unit": "HOURS",
            "remaining_ip_hits": 10_000,
            "remaining_user_hits": remaining,
            "reset_time": reset_at,
            "reset_time_in_seconds": reset_in,
            "user_limit": limit,
        }
        return await leave(request, decision, json_response(body))
