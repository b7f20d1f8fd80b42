"""The WeChat Official Account (微信公众号) adapter: draft → freepublish, asynchronously.

Official API pages (new docs under ``https://developers.weixin.qq.com/doc/subscription/api/``
and ``…/doc/service/api/``): ``api_getstableaccesstoken``, ``api_uploadimage``,
``api_addmaterial``, ``api_draft_add``, ``api_getdraft``, ``api_draft_delete``,
``api_freepublish_submit``, ``api_freepublish_get``, ``api_freepublishdelete``,
``api_freepublishgetarticle``, ``api_freepublish_batchget``; the push
``Publish/Callback_on_finish.html`` (old docs).  Facts and choices:
``shared/reference/wechat.md``; ``docs/platforms.md`` § WeChat.

Credentials: ``app_id`` and ``app_secret`` (:class:`WechatCredentials`); the
caller's IP must be on the account's whitelist (40164).  Only verified
(认证) accounts may use ``freepublish`` (48001 otherwise).

Limits (checked before any call): title ≤ 32, author ≤ 16, digest ≤ 128
characters; content < 20,000 characters and < 1 MB counting the whole HTML;
``content_source_url`` ≤ 1 KB; body images JPEG/PNG < 1 MB; a cover is required.

Flow, one saved step each (``ctx.steps``), so a resumed delivery continues:

1. ``image_url:N`` — ``media/uploadimg`` per body image; ``src`` rewritten;
2. ``cover_media_id`` — ``material/add_material`` (permanent material);
3. ``draft_link_token`` then ``draft_media_id`` — ``draft/add``, the 阅读原文 link
   (``content_source_url``) carrying the delivery token (``?gpd=…``) so that
   reconcile knows this delivery's article from any other with the same title;
4. ``submit_sent_at`` then ``publish_id`` — ``freepublish/submit``, irreversible:
   a timeout or 5xx there is an unknown outcome, never retried blindly; the
   marker is saved before the call (a delivery without it was never submitted);
5. ``article_id`` / ``article_url`` — from :meth:`WechatAdapter.status`
   (``freepublish/get``) or :meth:`WechatAdapter.accept_event` (the push).

For the health checks (:mod:`govpub.health`): :meth:`WechatAdapter.latest_publication`
is one ``freepublish/batchget`` (no content) — the newest publication with an
article not deleted; an unverified account (48001) cannot tell, so it raises
:class:`~govpub.errors.NotSupported`.  :meth:`WechatAdapter.interaction_enabled`
is the ``need_open_comment`` setting.  Credentials have no known expiry (the
access token is refreshed by govpub), so ``credentials_expire_at`` stays ``None``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import (
    NotSupported,
    OutcomeUnknownError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.model import Account, Image, Post
from govpub.platforms._common import (
    LATEST_PAGE,
    MB,
    constant,
    ensure_grace_passed,
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
    carries_token,
)
from govpub.platforms.interaction import (
    InteractionCapable,
    InteractionPage,
    PublishedRef,
    ReplyOutcome,
)
from govpub.platforms.wechat.api import WechatApi
from govpub.platforms.wechat.comments import (
    STEP_MSG_DATA_ID,
    fetch_comments,
    find_comment_reply,
    reply_to_comment,
)
from govpub.platforms.wechat.content import rewrite_image_sources
from govpub.platforms.wechat.events import is_publish_event, publish_event_fields
from govpub.platforms.wechat.models import WechatCredentials, WechatSettings
from govpub.platforms.wechat.status import STATUS_MEANINGS, outcome_from_status, publish_id_text
from govpub.platforms.wechat.token import SHARED_TOKENS, TokenStore
from govpub.platforms.wechat.validation import (
    article_text,
    body_image_problem,
    content_problems,
    cover_bytes_problem,
    rendering_problems,
)
from govpub.render import render_wechat

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx  # imported where a request is made: none is made to check a post

    from govpub.interactions import Interaction

__all__ = ["CAPABILITIES", "WechatAdapter"]

CAPABILITIES: Final = Capabilities(
    label="微信公众号",
    title_max=32,
    author_max=16,
    summary_max=128,
    body_max_chars=19_999,  # "< 20,000 characters", the whole HTML counted
    body_max_bytes=MB - 1,  # "< 1 MB"
    image_max_bytes=MB - 1,  # media/uploadimg: < 1 MB
    cover_max_bytes=10 * MB,  # material type=image: 10 MB
    image_types=frozenset({"image/jpeg", "image/png"}),
    supports_delete=True,
    asynchronous=True,
    supports_reconcile=True,
)

STEP_COVER: Final = "cover_media_id"
STEP_DRAFT: Final = "draft_media_id"
STEP_DRAFT_TOKEN: Final = "draft_link_token"  # noqa: S105 - a step name; the link's token
STEP_SUBMIT_SENT: Final = "submit_sent_at"
STEP_PUBLISH_ID: Final = "publish_id"
STEP_ARTICLE_ID: Final = "article_id"
STEP_ARTICLE_URL: Final = "article_url"

_MATCH_SLACK_SECONDS: Final = 300


def image_step(index: int) -> str:
    """The step name of the ``index``-th (1-based) body image's uploaded URL."""
    return f"image_url:{index}"


class WechatAdapter(Adapter, InteractionCapable):
    """Publishes one article per post through the draft box and ``freepublish``.

    Also collects and answers the articles' comments (:mod:`.comments`).
    """

    platform = "wechat"
    capabilities = CAPABILITIES
    Credentials = WechatCredentials
    Settings = WechatSettings
    default_api_base = "https://api.weixin.qq.com"
    interaction_channels = ("comments",)

    def __init__(
        self,
        account: Account,
        *,
        client: httpx.AsyncClient | None = None,
        tokens: TokenStore | None = None,
    ) -> None:
        super().__init__(account, client=client)
        self.credentials = typed_credentials(WechatCredentials, account)
        self.wechat = typed_settings(WechatSettings, account)
        self.api = WechatApi(
            self,
            app_id=self.credentials.app_id,
            app_secret=self.credentials.app_secret,
            token_endpoint=self.wechat.token_endpoint,
            tokens=tokens if tokens is not None else SHARED_TOKENS,
        )

    @classmethod
    def render(cls, post: Post) -> Rendered:
        """WeChat-safe article HTML (see :func:`govpub.render.render_wechat`)."""
        return render_wechat(post, cls.capabilities, platform=cls.platform)

    def rate_limit_scopes(self) -> tuple[str, ...]:
        """The account and its appid (quotas are per appid)."""
        return (f"account:{self.account.id}", f"wechat-app:{self.credentials.app_id}")

    def status_poll_delay(self, attempt: int) -> float:
        """Long, capped waits: ``freepublish/get`` has a small daily quota (45009)."""
        delay = self.wechat.status_poll_initial * 2 ** max(attempt - 1, 0)
        return float(min(delay, self.wechat.status_poll_max))

    # -- the account, for the health checks ---------------------------------------

    async def latest_publication(self) -> datetime | None:
        """The ``update_time`` of the newest publication still live, from ``freepublish/batchget``.

        One call (``api_freepublish_batchget``: ``{"offset": 0, "count": 20,
        "no_content": 1}``) through the token handling and the errcode table of
        every other call; a retracted newest article is skipped (``is_deleted``),
        so a retraction never passes for an update.  ``None`` when no live
        publication is listed.  48001 — ``freepublish`` is for verified (认证)
        accounts only (wechat.md §1) — raises :class:`~govpub.errors.NotSupported`:
        such an account cannot be asked, and the health check uses the ledger.
        """
        try:
            listing = await self.api.list_published(count=LATEST_PAGE)
        except ReauthorizationRequired as exc:
            if exc.code != 48001:
                raise
            raise NotSupported(
                f"wechat account {self.account.id!r}: freepublish/batchget answered 48001 "
                "(api unauthorized): only verified (认证) accounts may use freepublish, so "
                "WeChat cannot say when this account last published"
            ) from None
        return latest_time(
            self,
            listing,
            endpoint="freepublish/batchget",
            entries="item",
            field="update_time",
            live=_has_live_article,
        )

    def interaction_enabled(self) -> bool:
        """The ``need_open_comment`` setting: comments (留言) open on every article sent."""
        return self.wechat.need_open_comment

    # -- interaction (政民互动) -------------------------------------------------------

    async def fetch_interactions(
        self, channel: str, cursor: str | None, *, posts: Sequence[PublishedRef] = ()
    ) -> InteractionPage:
        """New comments on the account's articles (``comment/list``; see :mod:`.comments`)."""
        if channel != "comments":
            raise NotSupported(f"wechat: no interaction channel {channel!r} (comments only)")
        return await fetch_comments(self, cursor, posts)

    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        """``comment/reply/add`` (not idempotent: an unknown outcome is read back first)."""
        del key, operator_ip  # WeChat takes no idempotency key; one reply per comment instead
        if interaction.kind != "comment":
            raise NotSupported(
                "wechat: answering a follower's message needs the customer-service API "
                "(message/custom/send, within 48 hours), which govpub does not implement yet"
            )
        return await reply_to_comment(self, interaction, text)

    async def find_reply(self, interaction: Interaction, text: str) -> ReplyOutcome | None:
        """The comment's reply as ``comment/list`` shows it."""
        if interaction.kind != "comment":
            return None
        return await find_comment_reply(self, interaction, text)

    # -- publish -------------------------------------------------------------------

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        """Upload, draft, submit; ``pending`` with the ``publish_id`` (poll :meth:`status`)."""
        self.ensure_valid(rendered)
        token = self._link_token(rendered, ctx)
        article = self._article_fields(rendered, token)
        cover = self._cover(rendered)

        uploaded: dict[str, str] = {}
        for index, image in enumerate(rendered.images, 1):
            url = await ctx.step(image_step(index), self._uploader(image, index))
            if image.src is not None:
                uploaded[image.src] = url
        content, _ = rewrite_image_sources(rendered.body, uploaded)  # none external: validated
        self._check_content(content)

        cover_id = await ctx.step(STEP_COVER, self._cover_uploader(cover))
        draft_reused = STEP_DRAFT in ctx.steps
        article = {**article, "content": content, "thumb_media_id": cover_id}
        if not draft_reused:
            await ctx.record(STEP_DRAFT_TOKEN, token)
        draft_id = await ctx.step(STEP_DRAFT, lambda: self.api.add_draft(article))
        if STEP_PUBLISH_ID not in ctx.steps:
            # Replaced in one write on a re-submit: without it, nothing was ever submitted.
            await ctx.record(STEP_SUBMIT_SENT, time.time())
        publish_id = await ctx.step(
            STEP_PUBLISH_ID, lambda: self._submit(draft_id, reused=draft_reused, ctx=ctx)
        )
        return PublishOutcome(
            state="pending",
            details={"publish_id": publish_id, "draft_media_id": draft_id},
        )

    @classmethod
    def validate(cls, rendered: Rendered, account: Account) -> list[RenderingProblem]:
        """What WeChat would refuse for this account (:func:`~.validation.rendering_problems`).

        Lengths, the cover (required; its type and size per the account's
        ``cover_material_type``), the content's size, the body images held in
        memory, and images that are not the post's own (``draft/add`` drops them).
        """
        settings = typed_settings(WechatSettings, account)
        return rendering_problems(rendered, settings, cls.capabilities)

    def _link_token(self, rendered: Rendered, ctx: DeliveryContext) -> str | None:
        """The token the article's 阅读原文 link carries (``None``: switched off, or no link)."""
        has_link = bool(article_text(rendered, self.wechat).source_url)
        return token_in_link(ctx, self.wechat, has_link=has_link)

    def _article_fields(self, rendered: Rendered, token: str | None) -> dict[str, Any]:
        """The ``draft/add`` article without content and cover (checked by :meth:`validate`)."""
        text = article_text(rendered, self.wechat, token=token)
        article: dict[str, Any] = {
            "article_type": "news",
            "title": text.title,
            "need_open_comment": int(self.wechat.need_open_comment),
            "only_fans_can_comment": int(self.wechat.only_fans_can_comment),
        }
        if text.author:
            article["author"] = text.author
        if text.digest:
            article["digest"] = text.digest
        if text.source_url:
            article["content_source_url"] = text.source_url
        return article

    def _cover(self, rendered: Rendered) -> Image:
        if rendered.cover is None:  # validate() refuses this; kept for the type checker
            raise self.rejection(rendering_problems(rendered, self.wechat, CAPABILITIES))
        return rendered.cover

    def _check_content(self, body: str) -> None:
        """The content once image URLs are rewritten: they can make it longer."""
        problems = content_problems(body, CAPABILITIES)
        if problems:
            raise self.rejection(problems)

    def _uploader(self, image: Image, index: int) -> Any:
        async def upload() -> str:
            file = await image_upload(
                self,
                image,
                field=f"images[{index}]",
                default_name="image",
                judge=lambda data: body_image_problem(image, data, index, CAPABILITIES),
            )
            return await self.api.upload_image(file)

        return upload

    def _cover_uploader(self, cover: Image) -> Any:
        async def upload() -> str:
            material_type = self.wechat.cover_material_type
            file = await image_upload(
                self,
                cover,
                field="cover",
                default_name="cover",
                judge=lambda data: cover_bytes_problem(cover, data, material_type),
            )
            return await self.api.add_material(file, material_type=material_type)

        return upload

    async def _submit(self, draft_id: str, *, reused: bool, ctx: DeliveryContext) -> str:
        try:
            payload = await self.api.submit(draft_id)
        except RejectedError as exc:
            if reused and exc.code == 40007:
                # A saved draft that WeChat no longer knows may have been published
                # by an earlier attempt: only reconciliation may decide.
                raise platform_error(
                    OutcomeUnknownError,
                    self,
                    f"the saved draft {draft_id} is no longer in the draft box; it may "
                    "have been published by an earlier attempt",
                    code=40007,
                    request_id=exc.request_id,
                    details={"draft_media_id": draft_id, "may_already_be_published": True},
                ) from None
            raise
        if payload.get("msg_data_id") not in (None, ""):
            # The article's id for the comment APIs (the inbox lists its 留言 by it).
            await ctx.record(STEP_MSG_DATA_ID, str(payload["msg_data_id"]))
        return publish_id_text(payload["publish_id"])

    # -- status, events ------------------------------------------------------------

    async def status(self, ctx: DeliveryContext) -> PublishOutcome:
        """``freepublish/get`` for the saved ``publish_id``; saves ``article_id``/``article_url``.

        45009 (daily quota) raises :class:`~govpub.errors.QuotaExhaustedError`
        with ``retry_after`` until the next day; prefer :meth:`accept_event`.
        """
        publish_id = ctx.steps.get(STEP_PUBLISH_ID)
        if not publish_id:
            raise platform_error(
                OutcomeUnknownError,
                self,
                f"delivery {ctx.key} has no saved publish_id: reconcile instead of polling",
            )
        payload = await self.api.get_publish(str(publish_id))
        return await self._remember(self._outcome(payload), ctx)

    @classmethod
    def push_reference(cls, payload: bytes) -> tuple[str, str] | None:
        """A ``PUBLISHJOBFINISH`` push names its delivery by ``publish_id``; others: ``None``."""
        if not is_publish_event(payload):
            return None
        return STEP_PUBLISH_ID, str(publish_event_fields(payload)["publish_id"])

    async def accept_push(self, payload: bytes, ctx: DeliveryContext) -> PublishOutcome:
        """The generic seam for :meth:`accept_event`."""
        return await self.accept_event(payload, ctx)

    async def accept_event(self, xml: str | bytes, ctx: DeliveryContext) -> PublishOutcome:
        """Apply a ``PUBLISHJOBFINISH`` push to this delivery (instead of polling)."""
        fields = publish_event_fields(xml)
        expected = ctx.steps.get(STEP_PUBLISH_ID)
        if expected is None or str(expected) != fields["publish_id"]:
            raise ValueError(
                f"event for publish_id {fields['publish_id']} does not belong to delivery "
                f"{ctx.key} (publish_id {expected})"
            )
        return await self._remember(self._outcome(fields), ctx)

    def _outcome(self, payload: dict[str, Any]) -> PublishOutcome:
        return outcome_from_status(payload, platform=self.platform, account=self.account.id)

    async def _remember(self, outcome: PublishOutcome, ctx: DeliveryContext) -> PublishOutcome:
        if outcome.state == "published" and outcome.platform_post_id is not None:
            await ctx.step(STEP_ARTICLE_ID, lambda: constant(outcome.platform_post_id))
            if outcome.url:
                await ctx.step(STEP_ARTICLE_URL, lambda: constant(outcome.url))
        return outcome

    # -- delete --------------------------------------------------------------------

    async def delete(self, ctx: DeliveryContext) -> DeleteOutcome:
        """Retract with ``freepublish/delete`` (explicit index 1), verified by ``getarticle``.

        A job that never published leaves its draft behind: that draft is deleted
        (``draft/delete``) and the result is ``already_gone``.
        """
        article_id = ctx.steps.get(STEP_ARTICLE_ID) or ctx.steps.get("platform_post_id")
        if article_id is None and ctx.steps.get(STEP_PUBLISH_ID):
            try:
                outcome = await self.status(ctx)
            except RejectedError:
                return await self._drop_draft(ctx, "the publish job failed; nothing was published")
            if outcome.state == "pending":
                raise platform_error(
                    TransientError,
                    self,
                    "the publish job is still running; retract once it has finished",
                    retry_after=self.status_poll_delay(1),
                )
            if outcome.state == "removed":
                return DeleteOutcome(state="already_gone", details=dict(outcome.details))
            article_id = outcome.platform_post_id
        if article_id is None:
            if ctx.steps.get(STEP_SUBMIT_SENT) is not None and ctx.steps.get(STEP_DRAFT):
                raise platform_error(
                    OutcomeUnknownError,
                    self,
                    "the submit's outcome is unknown: reconcile before retracting",
                )
            return await self._drop_draft(ctx, "nothing was submitted")
        return await self._delete_article(str(article_id))

    async def _delete_article(self, article_id: str) -> DeleteOutcome:
        try:
            await self.api.delete_publish(article_id, index=1)
        except RejectedError as exc:
            if exc.code != 53600:
                raise
            return DeleteOutcome(state="already_gone", details={"article_id": article_id})
        try:
            article = await self.api.get_article(article_id)
        except RejectedError as exc:
            if exc.code == 53600:
                return DeleteOutcome(state="retracted", details={"article_id": article_id})
            raise
        items = article.get("news_item") or []
        if items and all(bool(item.get("is_deleted")) for item in items if isinstance(item, dict)):
            return DeleteOutcome(state="retracted", details={"article_id": article_id})
        raise platform_error(
            TransientError,
            self,
            f"freepublish/delete answered ok but article {article_id} is not marked deleted yet",
            details={"article_id": article_id},
        )

    async def _drop_draft(self, ctx: DeliveryContext, why: str) -> DeleteOutcome:
        draft_id = ctx.steps.get(STEP_DRAFT)
        details: dict[str, Any] = {"note": why}
        if draft_id:
            try:
                await self.api.delete_draft(str(draft_id))
                details["draft_deleted"] = str(draft_id)
            except RejectedError as exc:
                if exc.code != 40007:
                    raise
        return DeleteOutcome(state="already_gone", details=details)

    # -- reconcile -----------------------------------------------------------------

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        """Whether an unknown submit reached WeChat, before anything is re-submitted.

        With a saved ``publish_id``: ``freepublish/get`` (a failed job raises its
        :class:`~govpub.errors.RejectedError`).  Without one: the recent
        publications (``freepublish/batchget``) are searched for the title; if
        none matches and the draft is still in the draft box, the post is
        ``absent`` once ``reconcile_grace_seconds`` have passed since the submit
        (before that a :class:`~govpub.errors.TransientError` says "ask again");
        if the draft is gone too, a human must look (``unknown`` with a hint).
        """
        if ctx.steps.get(STEP_PUBLISH_ID):
            outcome = await self.status(ctx)
            if outcome.state == "removed":
                status = int(outcome.details.get("publish_status", 5))
                return ReconcileOutcome(
                    state="unknown",
                    hint=f"公众号文章「{rendered.title}」已发布后被移除（{STATUS_MEANINGS[status]}），"
                    "请人工确认是否需要重新发布",
                )
            return ReconcileOutcome(
                state=outcome.state, platform_post_id=outcome.platform_post_id, url=outcome.url
            )
        draft_id = ctx.steps.get(STEP_DRAFT)
        if not draft_id or ctx.steps.get(STEP_SUBMIT_SENT) is None:
            return ReconcileOutcome(state="absent")
        sent_at = float(ctx.steps[STEP_SUBMIT_SENT])
        found = await self._find_published(rendered, ctx, sent_at)
        if found is not None:
            article_id, url = found
            await ctx.step(STEP_ARTICLE_ID, lambda: constant(article_id))
            return ReconcileOutcome(state="published", platform_post_id=article_id, url=url)
        # The job may still be running (the draft is there) or have just finished
        # (the draft is gone, the article not listed yet): ask again later.
        ensure_grace_passed(
            self,
            sent_at,
            self.wechat.reconcile_grace_seconds,
            "the publish job may still be running; ask again later",
        )
        if await self._draft_exists(str(draft_id)):
            return ReconcileOutcome(state="absent")
        return ReconcileOutcome(
            state="unknown",
            hint=f"草稿已不在草稿箱，但最近发表记录中未找到标题为「{rendered.title}」的文章；"
            "请登录公众平台“发表记录”人工核对后再决定是否重发",
        )

    async def _find_published(
        self, rendered: Rendered, ctx: DeliveryContext, sent_at: float
    ) -> tuple[str, str | None] | None:
        """This delivery's article among the recent publications (``freepublish/batchget``).

        Matched by the delivery token in the 阅读原文 link when the draft carried one,
        else by the title (drafts made before delivery tokens, or without a link);
        an article the ledger records for another delivery is never taken.
        """
        token = ctx.steps.get(STEP_DRAFT_TOKEN)
        listing = await self.api.list_published()
        for item in listing.get("item") or []:
            if not isinstance(item, dict) or not item.get("article_id"):
                continue
            updated = item.get("update_time")
            if isinstance(updated, int | float) and updated < sent_at - _MATCH_SLACK_SECONDS:
                continue
            content = item.get("content") or {}
            for news in content.get("news_item") or []:
                if not isinstance(news, dict) or news.get("is_deleted"):
                    continue
                if token:
                    ours = carries_token(str(news.get("content_source_url") or ""), str(token))
                else:
                    ours = news.get("title") == rendered.title.strip()
                article_id = str(item["article_id"])
                if ours and await ctx.owner_of(article_id) is None:
                    return article_id, news.get("url")
        return None

    async def _draft_exists(self, draft_id: str) -> bool:
        try:
            await self.api.get_draft(draft_id)
        except RejectedError as exc:
            if exc.code == 40007:
                return False
            raise
        return True


def _has_live_article(item: Mapping[str, Any]) -> bool:
    """Whether a ``batchget`` item still shows an article (one not ``is_deleted``).

    An item without article details counts as live: nothing says it was retracted.
    """
    content = item.get("content")
    news = content.get("news_item") if isinstance(content, Mapping) else None
    if not isinstance(news, list) or not news:
        return True
    return any(isinstance(n, Mapping) and not n.get("is_deleted") for n in news)
