"""The Sina Weibo (新浪微博) adapter: one short post through ``statuses/share.json``.

Official API pages: https://open.weibo.com/wiki/2/statuses/share (the only write
API open to ordinary apps since 2017), https://open.weibo.com/wiki/2/statuses/destroy,
https://open.weibo.com/wiki/2/statuses/user_timeline,
https://open.weibo.com/wiki/2/account/rate_limit_status/en, the Error_code page;
facts and choices in ``shared/reference/weibo.md`` and ``docs/platforms.md`` § Weibo.

Credentials: an OAuth2 ``access_token`` (:class:`WeiboCredentials`).  Server
apps get no refresh token: when it dies (213xx) a human re-authorises, so those
codes raise :class:`~govpub.errors.ReauthorizationRequired` and are never retried.

Limits: ≤ 140 characters (the renderer counts and cuts); at least one link on the
app's 安全域名 (checked here, before sending); one picture (the cover), JPEG/GIF/
PNG < 5 MB, sent as multipart ``pic`` — the request is form-encoded otherwise;
``rip`` (the operator's IP) always sent; ≤ 30 posts per hour per user.

``share`` is irreversible: a timeout, a non-2xx without Weibo's ``error_code``
(a bare 5xx, a proxy's 404), 10010 or "repeated text"
(20017/20019/20111) is an unknown outcome that the publisher reconciles by
reading the account's timeline; 20032 is success with the id possibly later.

For the health checks (:mod:`govpub.health`): :meth:`WeiboAdapter.latest_publication`
reads the newest status of ``statuses/user_timeline`` (needs ``settings.uid``);
:meth:`WeiboAdapter.interaction_enabled` is ``settings.comments_enabled``;
:meth:`WeiboAdapter.credentials_expire_at` is ``settings.token_expires_at``
(always aware: a time without a zone is refused when the settings are loaded).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import (
    ConfigError,
    DuplicateContentError,
    NotSupported,
    OutcomeUnknownError,
    PlatformError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.model import Account, Image, Post
from govpub.platforms._common import (
    LATEST_PAGE,
    MB,
    image_bytes,
    image_file,
    json_object,
    latest_time,
    platform_error,
    typed_section,
)
from govpub.platforms.base import (
    Adapter,
    Capabilities,
    DeleteOutcome,
    DeliveryContext,
    PublishOutcome,
    ReconcileOutcome,
    Rendered,
    RenderingProblem,
    parse_retry_after,
    tag_link,
)
from govpub.platforms.interaction import (
    InteractionCapable,
    InteractionPage,
    PublishedRef,
    ReplyOutcome,
)
from govpub.platforms.weibo.comments import (
    CHANNELS,
    fetch_channel,
    find_weibo_reply,
    send_weibo_reply,
)
from govpub.platforms.weibo.errors import (
    REPEATED_TEXT,
    SIMILAR_TEXT,
    Kind,
    error_code_of,
    error_from_payload,
    kind_of,
)
from govpub.platforms.weibo.matching import OwnStatus, find_own_status
from govpub.platforms.weibo.models import WeiboCredentials, WeiboSettings
from govpub.platforms.weibo.timeline import CREATED_AT_FORMAT, is_deleted, scan, status_id
from govpub.platforms.weibo.validation import picture_problem, rendering_problems
from govpub.render import render_weibo

if TYPE_CHECKING:
    import httpx  # imported where a request is made: none is made to check a post

    from govpub.interactions import Interaction

__all__ = ["CAPABILITIES", "WeiboAdapter"]

CAPABILITIES: Final = Capabilities(
    label="新浪微博",
    text_max=140,  # Weibo's rule; the renderer keeps a safety margin below it
    images_max=1,
    image_max_bytes=5 * MB - 1,  # "< 5 MB"
    cover_max_bytes=5 * MB - 1,
    image_types=frozenset({"image/jpeg", "image/png", "image/gif"}),
    supports_delete=True,
    delete_may_be_refused=True,
    supports_reconcile=True,
    posts_per_hour=30,
)

STEP_SENT: Final = "share_sent"  # {"at": unix seconds, "token": the link's token | None}
LEGACY_STEP_SENT: Final = "share_sent_at"  # before delivery tokens: the time alone
STEP_STATUS: Final = "weibo_status"  # {"id": idstr | None, "mid": str | None}
EXPAND_BATCH: Final = 20  # short_url/expand.json takes at most 20 url_short
#: The call limits that ``account/rate_limit_status`` describes (IP, user, user per API).
CALL_LIMITS: Final = frozenset({10022, 10023, 10024})
#: Seconds to wait after a call limit that ``rate_limit_status`` shows lifted already.
LIFTED_WAIT: Final = 1.0

#: Codes with which Weibo refuses to let the app delete: the retract becomes manual.
DELETE_REFUSALS: Final = frozenset({10005, 10012, 10014, 20102})


class WeiboAdapter(Adapter, InteractionCapable):
    """Posts one status per post with ``statuses/share.json``.

    Also collects comments and mentions and answers them (:mod:`.comments`).
    """

    platform = "weibo"
    capabilities = CAPABILITIES
    Credentials = WeiboCredentials
    Settings = WeiboSettings
    default_api_base = "https://api.weibo.com"
    interaction_channels = tuple(CHANNELS)

    def __init__(self, account: Account, *, client: httpx.AsyncClient | None = None) -> None:
        super().__init__(account, client=client)
        self.credentials = typed_section(
            WeiboCredentials, account.credentials, account=account.id, section="credentials"
        )
        self.weibo = typed_section(
            WeiboSettings, account.settings, account=account.id, section="settings"
        )

    @classmethod
    def render(cls, post: Post) -> Rendered:
        """Text with 【title】, summary, link, source: :func:`govpub.render.render_weibo`."""
        return render_weibo(post, cls.capabilities, platform=cls.platform)

    def rate_limit_scopes(self) -> tuple[str, ...]:
        """The account, and the Weibo app whose IP and user limits all its accounts share."""
        scopes = [f"account:{self.account.id}"]
        if self.weibo.app_key:
            scopes.append(f"weibo-app:{self.weibo.app_key}")
        return tuple(scopes)

    # -- publish -------------------------------------------------------------------

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        """Share the text (and the cover as ``pic``); ``published`` with the ``idstr``."""
        self._check_token_expiry()
        rip = self._rip(ctx)
        self.ensure_valid(rendered)
        cover = rendered.cover
        token = self._token_for(rendered, ctx)
        sent_text = self._sent_text(rendered, token)
        if STEP_STATUS not in ctx.steps:
            # Saved before the call, replaced in one write on a re-send: a delivery
            # without this marker has never been sent (reconcile answers "absent").
            await ctx.record(STEP_SENT, {"at": time.time(), "token": token})
        saved = await ctx.step(STEP_STATUS, lambda: self._share(sent_text, rip, cover, ctx))
        return self._outcome(saved)

    def _token_for(self, rendered: Rendered, ctx: DeliveryContext) -> str | None:
        """The delivery token the status's link carries (``None``: switched off, or no link)."""
        link = rendered.fields.get("link")
        if not self.weibo.link_token or not link or str(link) not in rendered.body:
            return None
        return ctx.token

    @staticmethod
    def _sent_text(rendered: Rendered, token: str | None) -> str:
        """The text as sent: the rendered text with the token in its link.

        The renderer keeps room for the token (``LINK_TOKEN_CHARS``) below the limit.
        """
        text = rendered.body.strip()
        if token is None:
            return text
        link = str(rendered.fields["link"])
        return text.replace(link, tag_link(link, token), 1)

    @staticmethod
    def _sent(ctx: DeliveryContext) -> tuple[float, str | None] | None:
        """When the share was (last) sent and with which token; ``None``: never sent."""
        marker = ctx.steps.get(STEP_SENT)
        if isinstance(marker, Mapping) and isinstance(marker.get("at"), int | float):
            token = marker.get("token")
            return float(marker["at"]), str(token) if token else None
        legacy = ctx.steps.get(LEGACY_STEP_SENT)
        if isinstance(legacy, int | float):
            return float(legacy), None
        return None

    def _check_token_expiry(self) -> None:
        expires = self.weibo.token_expires_at
        if expires is not None and expires <= datetime.now(UTC):
            raise platform_error(
                ReauthorizationRequired,
                self,
                f"the access token expired at {expires.isoformat()}: re-authorise the account "
                "in a browser and update its credentials",
                code=21327,
                details={"local": True, "token_expires_at": expires.isoformat()},
            )

    def _rip(self, ctx: DeliveryContext) -> str:
        rip = ctx.operator_ip or self.weibo.rip
        if not rip:
            raise ConfigError(
                "statuses/share.json needs rip, the operator's IP: pass operator_ip in the "
                "publish context or set the account's settings.rip",
                key=f"accounts[{self.account.id}].settings.rip",
            )
        try:
            ipaddress.ip_address(rip)
        except ValueError:
            raise ConfigError(
                f"rip {rip!r} is not an IP address", key=f"accounts[{self.account.id}].settings.rip"
            ) from None
        return rip

    @classmethod
    def validate(cls, rendered: Rendered, account: Account) -> list[RenderingProblem]:
        """What Weibo would refuse for this account (:func:`~.validation.rendering_problems`).

        An empty text, a link off the account's safe domain (10017), a cover
        held in memory that is not a JPEG/GIF/PNG under 5 MB.  The token's
        expiry and ``rip`` are the account's state at send time: ``publish``
        checks those.
        """
        settings = typed_section(
            WeiboSettings, account.settings, account=account.id, section="settings"
        )
        return rendering_problems(rendered, settings, cls.capabilities)

    async def _share(
        self, text: str, rip: str, cover: Image | None, ctx: DeliveryContext
    ) -> dict[str, Any]:
        form = {"access_token": self._token(), "status": text, "rip": rip}
        url = f"{self.api_base}/2/statuses/share.json"
        if cover is None:
            response = await self.send("POST", url, idempotent=False, data=form)
        else:
            data = await image_bytes(self, cover, field="cover")
            problem = picture_problem(cover, data, CAPABILITIES)  # judged once fetched
            if problem is not None:
                raise self.rejection([problem])
            files = {"pic": image_file(cover, data, default_name="pic")}
            response = await self.send("POST", url, idempotent=False, data=form, files=files)
        try:
            payload = await self._payload(response, "statuses/share", irreversible=True)
        except OutcomeUnknownError as exc:
            if exc.code in REPEATED_TEXT | SIMILAR_TEXT:
                return await self._repeated(exc, text, ctx)
            raise
        idstr = str(payload.get("idstr") or "").strip()
        if error_code_of(payload) == 20032:
            return {"id": idstr or None, "mid": payload.get("mid"), "code": 20032}
        if not idstr:
            raise platform_error(
                OutcomeUnknownError,
                self,
                "statuses/share: answer without idstr or error_code; the post may be live",
                http_status=response.status_code,
                details={"may_already_be_published": True},
            )
        mid = payload.get("mid")
        return {"id": idstr, "mid": str(mid) if mid is not None else None}

    async def _repeated(
        self, exc: OutcomeUnknownError, text: str, ctx: DeliveryContext
    ) -> dict[str, Any]:
        """Weibo refused the text as repeated (20019/20111) or similar (20017): whose is it?

        The status carrying this delivery's token is this delivery's (an earlier
        attempt did arrive): published.  Any other status with this text belongs to
        another post — named when the ledger knows it — and this delivery fails as
        :class:`~govpub.errors.DuplicateContentError`, never ``published``.
        """
        marker = self._sent(ctx)
        token = marker[1] if marker is not None else None
        try:
            statuses = await self._timeline()
        except PlatformError:
            raise exc from None
        own = await self._own(statuses, text, since=None, token=token, ctx=ctx)
        if own.status is not None:
            return self._saved(own.status)
        if exc.code in REPEATED_TEXT and token is not None:
            raise exc  # the very text this delivery sends: its own status, not visible yet
        others = scan(statuses, text, since=None, page_full=False).matches
        other_id = status_id(others[0]) if others else None
        owner = await ctx.owner_of(other_id) if other_id else None
        whose = (
            f"已有稿件 {owner} 发布的相同内容（微博 {other_id}）"
            if owner
            else f"已有相同内容的微博 {other_id}（非本系统发布）"
            if other_id
            else "近期已有相同或相似的内容"
        )
        raise DuplicateContentError(
            f"微博拒绝重复内容（{exc.code}）：账号「{self.account.name}」{whose}，本条未发布",
            platform=self.platform,
            account=self.account.id,
            code=exc.code,
            http_status=exc.http_status,
            owner_post_id=owner,
            platform_post_id=other_id,
        )

    def _outcome(self, saved: Mapping[str, Any]) -> PublishOutcome:
        status_id = saved.get("id")
        details: dict[str, Any] = {"mid": saved.get("mid")}
        if saved.get("code") == 20032:
            details["note"] = "20032: published; the server is slow, the id may come later"
        return PublishOutcome(
            state="published",
            platform_post_id=status_id,
            url=self._post_url(saved) if status_id else None,
            details=details,
        )

    def _post_url(self, saved: Mapping[str, Any]) -> str:
        return self.weibo.post_url_template.format(
            id=saved.get("id") or "", mid=saved.get("mid") or "", uid=self.weibo.uid or ""
        )

    def _token(self) -> str:
        return self.credentials.access_token.get_secret_value()

    # -- responses -----------------------------------------------------------------

    async def _payload(
        self, response: httpx.Response, endpoint: str, *, irreversible: bool
    ) -> dict[str, Any]:
        """The JSON body of a successful answer; every other answer raised as its error.

        Status first: a 2xx JSON object is Weibo's answer (an ``error_code`` in it
        still counts); a non-2xx is classified by its body only when that body
        has Weibo's error shape (``error_code``, with ``error`` and ``request``).
        A bare 4xx, a proxy's JSON, a redirect is
        :meth:`~govpub.platforms.base.Adapter.status_error`: transient for
        the timeline, an unknown outcome for ``statuses/share``, never a refusal.
        """
        payload = json_object(response)
        code = error_code_of(payload) if payload is not None else None
        if payload is None or (code is None and not response.is_success):
            raise self.status_error(response, endpoint, irreversible=irreversible)
        retry_after = None
        if code is not None and kind_of(code) is Kind.RATE_LIMITED:
            retry_after = await self._rate_limit_wait(response, code)
        error = error_from_payload(
            self,
            payload,
            endpoint=endpoint,
            http_status=response.status_code,
            irreversible=irreversible,
            retry_after=retry_after,
        )
        if error is not None:
            raise error
        return payload

    async def _rate_limit_wait(self, response: httpx.Response, code: int) -> float:
        """How long to wait after a rate-limit code: Retry-After, else the window's reset.

        ``rate_limit_status`` describes the call limits (10022–10024): when it
        already shows hits left on both, the window has passed since the refusal
        and a short wait is enough — ``reset_time_in_seconds`` is then the time to
        the *next* reset, up to an hour away.
        """
        told = parse_retry_after(response.headers.get("Retry-After"))
        if told is not None:
            return told
        try:
            status = await self.send(
                "GET",
                f"{self.api_base}/2/account/rate_limit_status.json",
                idempotent=True,
                params={"access_token": self._token()},
            )
        except PlatformError:
            return self.weibo.rate_limit_wait
        payload = (json_object(status) if status.is_success else None) or {}  # status first
        hits = [payload.get("remaining_user_hits"), payload.get("remaining_ip_hits")]
        lifted = all(isinstance(h, int) and not isinstance(h, bool) and h > 0 for h in hits)
        if code in CALL_LIMITS and lifted:
            return LIFTED_WAIT
        reset = payload.get("reset_time_in_seconds")
        if isinstance(reset, int | float) and not isinstance(reset, bool) and reset > 0:
            return float(min(reset, 24 * 3600))
        return self.weibo.rate_limit_wait

    # -- interaction (政民互动; see .comments) -----------------------------------------

    async def fetch_interactions(
        self, channel: str, cursor: str | None, *, posts: Sequence[PublishedRef] = ()
    ) -> InteractionPage:
        """Comments received (``comments/to_me``) or mentions (``statuses/mentions``)."""
        del posts  # Weibo lists them per account
        if channel not in CHANNELS:
            raise NotSupported(f"weibo: no interaction channel {channel!r}")
        self._check_token_expiry()
        return await fetch_channel(self, channel, cursor)

    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        """``comments/reply`` or ``comments/create``; not idempotent (reconciled by reading)."""
        del key
        self._check_token_expiry()
        return await send_weibo_reply(self, interaction, text, rip=self.reply_rip(operator_ip))

    async def find_reply(self, interaction: Interaction, text: str) -> ReplyOutcome | None:
        """The reply among the account's own comments (``comments/by_me``)."""
        return await find_weibo_reply(self, interaction, text)

    async def read(self, endpoint: str, params: Mapping[str, str]) -> dict[str, Any]:
        """``GET /2/{endpoint}.json`` with the token; Weibo's errors raised by their class."""
        response = await self.send(
            "GET",
            f"{self.api_base}/2/{endpoint}.json",
            idempotent=True,
            params={"access_token": self._token(), **params},
        )
        return await self._payload(response, endpoint, irreversible=False)

    async def write(self, endpoint: str, form: Mapping[str, str]) -> dict[str, Any]:
        """``POST /2/{endpoint}.json`` (form); irreversible: a lost answer is unknown."""
        response = await self.send(
            "POST",
            f"{self.api_base}/2/{endpoint}.json",
            idempotent=False,
            data={"access_token": self._token(), **form},
        )
        return await self._payload(response, endpoint, irreversible=True)

    def reply_rip(self, operator_ip: str | None) -> str:
        """The operator IP sent with a reply: ``operator_ip``, else ``settings.rip``."""
        rip = operator_ip or self.weibo.rip
        if not rip:
            raise ConfigError(
                "replying on Weibo needs rip, the operator's IP: set [publisher] operator_ip "
                "or the account's settings.rip",
                key=f"accounts[{self.account.id}].settings.rip",
            )
        return rip

    # -- timeline ------------------------------------------------------------------

    async def _timeline_page(self, count: int) -> dict[str, Any]:
        params = {"access_token": self._token(), "count": str(count), "trim_user": "1"}
        if self.weibo.uid:
            params["uid"] = self.weibo.uid
        response = await self.send(
            "GET", f"{self.api_base}/2/statuses/user_timeline.json", idempotent=True, params=params
        )
        return await self._payload(response, "statuses/user_timeline", irreversible=False)

    async def _timeline(self) -> list[dict[str, Any]]:
        statuses = (await self._timeline_page(self.weibo.timeline_count)).get("statuses")
        return [s for s in statuses if isinstance(s, dict)] if isinstance(statuses, list) else []

    async def _own(
        self,
        statuses: list[dict[str, Any]],
        text: str,
        *,
        since: float | None,
        token: str | None,
        ctx: DeliveryContext,
    ) -> OwnStatus:
        return await find_own_status(
            statuses,
            text,
            since=since,
            token=token,
            page_full=len(statuses) >= self.weibo.timeline_count,
            ctx=ctx,
            expand=self._expand,
        )

    async def _expand(self, links: Sequence[str]) -> dict[str, str]:
        """``short_url/expand.json``: ``t.cn`` link → long link (https://open.weibo.com/wiki/2/short_url/expand).

        At most 20 ``url_short`` per call; a short link Weibo does not know is left out.
        """
        found: dict[str, str] = {}
        for start in range(0, len(links), EXPAND_BATCH):
            params = [("access_token", self._token())]
            params += [("url_short", link) for link in links[start : start + EXPAND_BATCH]]
            response = await self.send(
                "GET", f"{self.api_base}/2/short_url/expand.json", idempotent=True, params=params
            )
            payload = await self._payload(response, "short_url/expand", irreversible=False)
            for entry in payload.get("urls") or []:
                if isinstance(entry, Mapping) and entry.get("result") and entry.get("url_long"):
                    found[str(entry.get("url_short"))] = str(entry["url_long"])
        return found

    @staticmethod
    def _saved(status: Mapping[str, Any]) -> dict[str, Any]:
        mid = status.get("mid")
        return {"id": status_id(status), "mid": str(mid) if mid is not None else None}

    # -- the account, for the health checks ---------------------------------------

    async def latest_publication(self) -> datetime | None:
        """``created_at`` of the account's newest live status (``statuses/user_timeline``).

        One call (https://open.weibo.com/wiki/2/statuses/user_timeline, ``uid``,
        ``count``, ``trim_user=1``) through the error table of every other call;
        ``None`` when the page holds no live status.  Needs ``settings.uid`` (the
        call names the account it asks about), else :class:`~govpub.errors.NotSupported`.
        A token past ``token_expires_at`` fails before the call, as :meth:`publish` does.
        """
        if not self.weibo.uid:
            raise NotSupported(
                f"weibo account {self.account.id!r}: set settings.uid to let the health check "
                "read the account's timeline (statuses/user_timeline needs the uid)"
            )
        self._check_token_expiry()
        page = await self._timeline_page(LATEST_PAGE)
        return latest_time(
            self,
            page,
            endpoint="statuses/user_timeline",
            entries="statuses",
            field="created_at",
            live=lambda status: not is_deleted(status),
            time_format=CREATED_AT_FORMAT,
        )

    def interaction_enabled(self) -> bool:
        """The ``comments_enabled`` setting (Weibo sets comments per account, not per post)."""
        return self.weibo.comments_enabled

    def credentials_expire_at(self) -> datetime | None:
        """The ``token_expires_at`` setting; aware (a naive time is refused on loading)."""
        return self.weibo.token_expires_at

    # -- delete --------------------------------------------------------------------

    async def delete(self, ctx: DeliveryContext) -> DeleteOutcome:
        """``statuses/destroy``; 20101 → already gone; a refusal → a manual task."""
        saved = ctx.steps.get(STEP_STATUS) or {}
        status_id = saved.get("id") if isinstance(saved, Mapping) else None
        status_id = status_id or ctx.steps.get("platform_post_id")
        if not self.weibo.supports_delete:
            return self._manual(
                status_id, "该应用未开通接口删除（settings.supports_delete = false）"
            )
        if not status_id:
            return self._manual(None, "发布时平台未返回微博 id（20032），无法通过接口定位")
        try:
            response = await self.send(
                "POST",
                f"{self.api_base}/2/statuses/destroy.json",
                idempotent=True,
                data={"access_token": self._token(), "id": str(status_id)},
            )
            await self._payload(response, "statuses/destroy", irreversible=False)
        except RejectedError as exc:
            if exc.code == 20101:
                return DeleteOutcome(state="already_gone", details={"id": str(status_id)})
            if exc.code in DELETE_REFUSALS or exc.http_status == HTTPStatus.FORBIDDEN:
                return self._manual(status_id, f"平台拒绝接口删除（{exc.code}：{exc.message}）")
            raise
        return DeleteOutcome(state="retracted", details={"id": str(status_id)})

    def _manual(self, status_id: Any, why: str) -> DeleteOutcome:
        where = f"（{self._post_url({'id': status_id})}）" if status_id else ""
        return DeleteOutcome(
            state="manual",
            instruction=f"请登录微博账号「{self.account.name}」，找到该条微博{where}并手动删除。原因：{why}",
            details={"id": str(status_id) if status_id else None},
        )

    # -- reconcile -----------------------------------------------------------------

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        """Find this delivery's status in the account's timeline before anything is re-sent.

        ``absent`` at once when no share was ever sent (``publish`` records the
        send before the call, so a missing marker proves it).  Otherwise the
        status carrying the delivery's token (:mod:`govpub.platforms.weibo.matching`)
        is ``published`` (its id saved); ``absent`` only when the timeline page
        reaches back past the send and ``reconcile_grace_seconds`` have passed; a
        :class:`~govpub.errors.TransientError` ("ask again") within the grace
        period; ``unknown`` with the text to look for when the timeline cannot be
        read or does not reach back far enough.
        """
        saved = ctx.steps.get(STEP_STATUS)
        if isinstance(saved, Mapping) and saved.get("id"):
            outcome = self._outcome(saved)
            return ReconcileOutcome(
                state="published", platform_post_id=outcome.platform_post_id, url=outcome.url
            )
        marker = self._sent(ctx)
        if marker is None:
            return ReconcileOutcome(state="absent")
        since, token = marker
        text = self._sent_text(rendered, token)
        hint = (
            f"请登录微博账号「{self.account.name}」核对最近发布的微博中是否已有以下内容，"
            f"确认后再决定是否重发：{rendered.body.strip()[:60]}"
        )
        try:
            statuses = await self._timeline()
        except (RejectedError, ReauthorizationRequired):
            return ReconcileOutcome(state="unknown", hint=hint)
        own = await self._own(statuses, text, since=since, token=token, ctx=ctx)
        if own.status is not None:
            found = self._saved(own.status)
            await ctx.record(STEP_STATUS, found)
            return ReconcileOutcome(
                state="published", platform_post_id=found["id"], url=self._post_url(found)
            )
        waited = time.time() - since
        grace = self.weibo.reconcile_grace_seconds
        if waited < grace:
            raise platform_error(
                TransientError,
                self,
                "the post may not be visible in the timeline yet; ask again later",
                retry_after=grace - waited,
            )
        if own.covers_since:
            return ReconcileOutcome(state="absent")
        return ReconcileOutcome(state="unknown", hint=hint)
