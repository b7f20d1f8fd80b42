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

This module is the flow; the calls are :mod:`~.api` (with the token), what a
delivery saves is :mod:`~.steps`, reading the timeline to settle an uncertain
share is :mod:`~.reconcile`.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import ConfigError, NotSupported, OutcomeUnknownError, RejectedError
from govpub.model import Account, Image, Post
from govpub.platforms._common import (
    LATEST_PAGE,
    MB,
    image_upload,
    latest_time,
    platform_error,
    typed_credentials,
    typed_settings,
)
from govpub.platforms._delivery import token_in_link
from govpub.platforms.base import (
    Adapter,
    Capabilities,
    DeleteOutcome,
    DeliveryContext,
    PublishOutcome,
    ReconcileOutcome,
    Rendered,
    RenderingProblem,
)
from govpub.platforms.interaction import (
    InteractionCapable,
    InteractionPage,
    PublishedRef,
    ReplyOutcome,
)
from govpub.platforms.weibo import reconcile as settle
from govpub.platforms.weibo.api import WeiboApi
from govpub.platforms.weibo.comments import (
    CHANNELS,
    fetch_channel,
    find_weibo_reply,
    send_weibo_reply,
)
from govpub.platforms.weibo.errors import REPEATED_TEXT, SIMILAR_TEXT, error_code_of
from govpub.platforms.weibo.models import WeiboCredentials, WeiboSettings
from govpub.platforms.weibo.steps import (
    STEP_SENT,
    STEP_STATUS,
    published,
    sent_text,
    status_url,
)
from govpub.platforms.weibo.timeline import CREATED_AT_FORMAT, is_deleted
from govpub.platforms.weibo.validation import picture_problem, rendering_problems
from govpub.render import render_weibo

if TYPE_CHECKING:
    from datetime import datetime

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
        self.credentials = typed_credentials(WeiboCredentials, account)
        self.weibo = typed_settings(WeiboSettings, account)
        self.api = WeiboApi(self, credentials=self.credentials, settings=self.weibo)

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
        self.api.check_token_expiry()
        rip = self._rip(ctx)
        self.ensure_valid(rendered)
        cover = rendered.cover
        token = self._token_for(rendered, ctx)
        text = sent_text(rendered, token)
        if STEP_STATUS not in ctx.steps:
            # Saved before the call, replaced in one write on a re-send: a delivery
            # without this marker has never been sent (reconcile answers "absent").
            await ctx.record(STEP_SENT, {"at": time.time(), "token": token})
        saved = await ctx.step(STEP_STATUS, lambda: self._share(text, rip, cover, ctx))
        return published(self.weibo, saved)

    def _token_for(self, rendered: Rendered, ctx: DeliveryContext) -> str | None:
        """The delivery token the status's link carries (``None``: switched off, or no link)."""
        link = rendered.fields.get("link")
        has_link = bool(link) and str(link) in rendered.body
        return token_in_link(ctx, self.weibo, has_link=has_link)

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
        settings = typed_settings(WeiboSettings, account)
        return rendering_problems(rendered, settings, cls.capabilities)

    async def _share(
        self, text: str, rip: str, cover: Image | None, ctx: DeliveryContext
    ) -> dict[str, Any]:
        pic = None if cover is None else await self._pic(cover)
        try:
            payload, http_status = await self.api.share(text, rip, pic)
        except OutcomeUnknownError as exc:
            if exc.code in REPEATED_TEXT | SIMILAR_TEXT:
                return await settle.resolve_repeated(self, exc, text, ctx)
            raise
        idstr = str(payload.get("idstr") or "").strip()
        if error_code_of(payload) == 20032:
            return {"id": idstr or None, "mid": payload.get("mid"), "code": 20032}
        if not idstr:
            raise platform_error(
                OutcomeUnknownError,
                self,
                "statuses/share: answer without idstr or error_code; the post may be live",
                http_status=http_status,
                details={"may_already_be_published": True},
            )
        mid = payload.get("mid")
        return {"id": idstr, "mid": str(mid) if mid is not None else None}

    async def _pic(self, cover: Image) -> tuple[str, bytes, str]:
        """The cover as the multipart ``pic``, judged once its bytes are fetched."""
        return await image_upload(
            self,
            cover,
            field="cover",
            default_name="pic",
            judge=lambda data: picture_problem(cover, data, CAPABILITIES),
        )

    # -- interaction (政民互动; see .comments) -----------------------------------------

    async def fetch_interactions(
        self, channel: str, cursor: str | None, *, posts: Sequence[PublishedRef] = ()
    ) -> InteractionPage:
        """Comments received (``comments/to_me``) or mentions (``statuses/mentions``)."""
        del posts  # Weibo lists them per account
        if channel not in CHANNELS:
            raise NotSupported(f"weibo: no interaction channel {channel!r}")
        self.api.check_token_expiry()
        return await fetch_channel(self, channel, cursor)

    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        """``comments/reply`` or ``comments/create``; not idempotent (reconciled by reading)."""
        del key
        self.api.check_token_expiry()
        return await send_weibo_reply(self, interaction, text, rip=self.reply_rip(operator_ip))

    async def find_reply(self, interaction: Interaction, text: str) -> ReplyOutcome | None:
        """The reply among the account's own comments (``comments/by_me``)."""
        return await find_weibo_reply(self, interaction, text)

    async def read(self, endpoint: str, params: Mapping[str, str]) -> dict[str, Any]:
        """``GET /2/{endpoint}.json`` with the token (:meth:`.api.WeiboApi.read`)."""
        return await self.api.read(endpoint, params)

    async def write(self, endpoint: str, form: Mapping[str, str]) -> dict[str, Any]:
        """``POST /2/{endpoint}.json`` (form), irreversible (:meth:`.api.WeiboApi.write`)."""
        return await self.api.write(endpoint, form)

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
        self.api.check_token_expiry()
        page = await self.api.timeline_page(LATEST_PAGE)
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
            await self.api.destroy(str(status_id))
        except RejectedError as exc:
            if exc.code == 20101:
                return DeleteOutcome(state="already_gone", details={"id": str(status_id)})
            if exc.code in DELETE_REFUSALS or exc.http_status == HTTPStatus.FORBIDDEN:
                return self._manual(status_id, f"平台拒绝接口删除（{exc.code}：{exc.message}）")
            raise
        return DeleteOutcome(state="retracted", details={"id": str(status_id)})

    def _manual(self, status_id: Any, why: str) -> DeleteOutcome:
        where = f"（{status_url(self.weibo, {'id': status_id})}）" if status_id else ""
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
        return await settle.reconcile(self, rendered, ctx)
