"""The own-app adapter: push a post to the agency's own app backend, signed and idempotent.

The contract is govpub's (``shared/reference/own-app.md`` §1), built from public
standards: Standard Webhooks v1.0.0 for the envelope and signature
(https://github.com/standard-webhooks/standard-webhooks, ``spec/standard-webhooks.md``),
draft-ietf-httpapi-idempotency-key-header-06 for ``Idempotency-Key``, RFC 9457
for ``application/problem+json`` errors and RFC 9110 §10.2.3 for ``Retry-After``.

* ``POST {api_base}/posts`` with ``{"type": "post.published", "timestamp", "data":
  <the rendered JSON document>}``; ``webhook-id`` = ``Idempotency-Key`` = the
  delivery key (stable across retries and restarts), a new ``webhook-timestamp``
  and signature per attempt over the exact bytes sent.  The body is identical on
  every attempt (its timestamp is saved as a step) — a receiver that
  fingerprints payloads never sees the key reused with other content.
* ``DELETE {api_base}/posts/{id}``, signed the same way with its own id;
* ``GET {api_base}/posts/latest`` (health checks), signed over the empty body:
  200 with the newest live post (``created_at``: Unix seconds or RFC 3339 with
  an offset), 404 ``application/problem+json`` when the app holds none; any
  other 404 (or 405/501) means the backend lacks the endpoint → ``NotSupported``.

Credentials: ``webhook_secret`` (``whsec_…``, :class:`AppCredentials`); the
account's ``api_base`` is required (there is no default host).  No platform
limits.  Because the key makes a re-send safe, ``idempotent_publish`` is true:
after a timeout or a 500/502/504 the outcome is unknown, and :meth:`AppAdapter.reconcile`
simply sends again with the same key.  Works over IPv6 and HTTP/2 (the shared
client negotiates HTTP/2 where the server offers it).  ``interaction_enabled`` is
the ``comments_enabled`` setting; the secret has no expiry (``credentials_expire_at``
is ``None``).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final

from pydantic import Field, SecretStr, field_validator

from govpub.config.secrets import unresolved
from govpub.errors import (
    NotSupported,
    OutcomeUnknownError,
    PlatformError,
    RejectedError,
    TransientError,
)
from govpub.model import Account, AccountCredentials, AccountSettings, Post
from govpub.platforms._common import (
    constant,
    dumps_utf8,
    json_object,
    local_rejection,
    platform_error,
    platform_time,
    typed_credentials,
    typed_settings,
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
)
from govpub.platforms.interaction import (
    InteractionCapable,
    InteractionPage,
    PublishedRef,
    ReplyOutcome,
)
from govpub.render import render_app
from govpub.webhooks import check_secret, sf_string, signed_headers

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx  # imported where a request is made: none is made to check a post

    from govpub.interactions import Interaction

__all__ = ["CAPABILITIES", "AppAdapter", "AppCredentials", "AppSettings"]

CAPABILITIES: Final = Capabilities(
    label="自有客户端",
    supports_delete=True,
    idempotent_publish=True,
    supports_reconcile=True,
)

STEP_EVENT_TIME: Final = "app_event_timestamp"
STEP_POST: Final = "app_post"  # {"id": ..., "url": ...}
_PROBLEM_JSON: Final = "application/problem+json"


class AppCredentials(AccountCredentials):
    """The endpoint's Standard Webhooks secret (one per endpoint, as the spec recommends)."""

    webhook_secret: SecretStr = Field(description="whsec_<base64 key>; a secret reference")

    @field_validator("webhook_secret")
    @classmethod
    def _whsec(cls, value: SecretStr) -> SecretStr:
        if not unresolved(value):  # a reference is checked once read (config.secrets)
            check_secret(value.get_secret_value(), "webhook_secret")
        return value


class AppSettings(AccountSettings):
    """Delivery options of one app endpoint."""

    comments_enabled: bool = Field(
        default=True, description="sent as data.comments_enabled: the app opens comments (互动)"
    )
    timeout: float | None = Field(
        default=None, gt=0, description="per-request timeout in seconds (the client's otherwise)"
    )


class AppAdapter(Adapter, InteractionCapable):
    """Pushes the rendered JSON document to ``{api_base}/posts``.

    Also collects the app's public messages and answers them (:mod:`.app_messages`).
    """

    platform = "app"
    capabilities = CAPABILITIES
    Credentials = AppCredentials
    Settings = AppSettings
    default_api_base = None

    def __init__(self, account: Account, *, client: httpx.AsyncClient | None = None) -> None:
        super().__init__(account, client=client)
        self.credentials = typed_credentials(AppCredentials, account)
        self.app = typed_settings(AppSettings, account)

    @classmethod
    def render(cls, post: Post) -> Rendered:
        """The app's JSON document (see :func:`govpub.render.render_app`)."""
        return render_app(post, cls.capabilities, platform=cls.platform)

    # -- publish -------------------------------------------------------------------

    async def prepare(self, rendered: Rendered, ctx: DeliveryContext) -> None:
        """Fix the event's timestamp: saved with the ``sending`` transition, before any POST."""
        del rendered
        await self._event_time(ctx, deferred=True)

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        """Send (or re-send, with the same key) the signed event; ``published`` with id and URL.

        The answer is saved with the transition that records it (``deferred``):
        a process killed in between re-sends on resume with the same key and
        body, and the app answers with the post it stored the first time.
        """
        self.ensure_valid(rendered)
        stamp = await self._event_time(ctx)
        body = _event_body(stamp, _event_data(rendered.body, self.app.comments_enabled))
        saved = await ctx.step(STEP_POST, lambda: self._send_post(body, ctx.key), deferred=True)
        return PublishOutcome(
            state="published",
            platform_post_id=saved.get("id"),
            url=saved.get("url"),
            details={"idempotency_key": ctx.key},
        )

    @staticmethod
    async def _event_time(ctx: DeliveryContext, *, deferred: bool = False) -> str:
        """The event's ``timestamp``: fixed once per delivery, so every attempt sends one body."""
        stamp: str = await ctx.step(
            STEP_EVENT_TIME,
            lambda: constant(
                datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
            ),
            deferred=deferred,
        )
        return stamp

    @classmethod
    def validate(cls, rendered: Rendered, account: Account) -> list[RenderingProblem]:
        """The payload must be one JSON object: the ``data`` of the signed event (own-app.md §1)."""
        del account  # every endpoint takes the same document
        problem = _document_problem(rendered.body)
        return [] if problem is None else [RenderingProblem(field="body", message=problem)]

    async def _send_post(self, body: bytes, key: str) -> dict[str, Any]:
        headers = self._headers(key, body)
        headers["Idempotency-Key"] = sf_string(key)
        headers["Content-Type"] = "application/json"
        response = await self._request("POST", f"{self.api_base}/posts", key, body, headers)
        if response.is_success:
            payload = json_object(response) or {}
            post_id = payload.get("id")
            url = payload.get("url")
            return {
                "id": str(post_id) if post_id not in (None, "") else None,
                "url": str(url) if url else None,
            }
        raise self._error(response, "POST /posts", publishing=True)

    def _headers(self, msg_id: str, body: bytes) -> dict[str, str]:
        try:
            return signed_headers(self.credentials.webhook_secret.get_secret_value(), msg_id, body)
        except ValueError as exc:
            raise local_rejection(self, "delivery key", str(exc)) from None

    async def _request(
        self, method: str, url: str, key: str, body: bytes, headers: dict[str, str]
    ) -> httpx.Response:
        extra: dict[str, Any] = {}
        if self.app.timeout is not None:
            extra["timeout"] = self.app.timeout
        # POST is idempotent only through the key: a lost answer is still an unknown
        # outcome for the ledger, resolved by reconcile() re-sending with that key.
        return await self.send(
            method, url, idempotent=method != "POST", content=body, headers=headers, **extra
        )

    # -- answers -------------------------------------------------------------------

    def _error(self, response: httpx.Response, what: str, *, publishing: bool) -> PlatformError:
        """The error a non-2xx answer means (own-app.md §1), problem+json surfaced.

        Status first: 409, 410, 401/403 mean what the contract says whatever the
        body; 400, 404, 422 and other 4xx are the receiver's refusal only as an
        RFC 9457 problem document.  429, 503 and the other 5xx, and every answer
        without the problem shape (a proxy's page, a redirect), are classified by
        :meth:`~govpub.platforms.base.Adapter.status_error`: 429 and a 503 with
        ``Retry-After`` wait as told; on ``POST /posts`` anything else is an
        unknown outcome (re-sending with the same key is safe); elsewhere transient.
        """
        status = response.status_code
        problem = _problem(response)
        text = " — ".join(
            str(problem[k]) for k in ("title", "detail") if isinstance(problem.get(k), str)
        )
        details: dict[str, Any] = {"endpoint": what}
        if "type" in problem:
            details["problem_type"] = problem["type"]
        kind: type[PlatformError]
        retry_after = None
        if status == HTTPStatus.CONFLICT:
            kind, note = (
                TransientError,
                "the same Idempotency-Key is still in progress; retry later",
            )
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
        elif status == HTTPStatus.GONE:
            kind, note = RejectedError, "the endpoint is retired (410 Gone): disable this account"
            details["endpoint_retired"] = True
        elif status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
            kind, note = RejectedError, "check the endpoint's webhook secret"
        elif status == HTTPStatus.UNPROCESSABLE_ENTITY and problem:
            kind = RejectedError
            note = (
                "the receiver says this Idempotency-Key was used with other content — a govpub "
                "bug (the payload must be identical on every attempt); report it"
            )
        elif 400 <= status < 500 and status != HTTPStatus.TOO_MANY_REQUESTS and problem:
            kind, note = RejectedError, ""
        else:  # 429, 5xx, or no problem document: the status decides, as for every adapter
            waits = status in (HTTPStatus.TOO_MANY_REQUESTS, HTTPStatus.SERVICE_UNAVAILABLE)
            unknown = publishing and not waits
            note = "the post may have been stored; re-sending with the same key is safe"
            return self.status_error(
                response,
                what,
                irreversible=unknown,
                message=_message(what, status, text, note if unknown else "") if problem else None,
                code=status,
                details=details,
            )
        return platform_error(
            kind,
            self,
            _message(what, status, text, note),
            code=status,
            http_status=status,
            retry_after=retry_after,
            details=details,
        )

    # -- interaction (政民互动; see govpub.platforms.app_messages) ------------------

    interaction_channels = ("messages",)

    async def fetch_interactions(
        self, channel: str, cursor: str | None, *, posts: Sequence[PublishedRef] = ()
    ) -> InteractionPage:
        """Public messages after ``cursor`` (``GET /messages``)."""
        from govpub.platforms.app_messages import fetch_messages  # noqa: PLC0415 - cycle

        del posts
        if channel != "messages":
            raise NotSupported(f"app: no interaction channel {channel!r} (messages only)")
        return await fetch_messages(self, cursor)

    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        """``POST /messages/{id}/replies`` with ``Idempotency-Key``."""
        del operator_ip
        from govpub.platforms.app_messages import send_app_reply  # noqa: PLC0415 - cycle

        return await send_app_reply(self, interaction, text, key=key)

    async def find_reply(self, interaction: Interaction, text: str) -> ReplyOutcome | None:
        """The reply among ``GET /messages/{id}/replies``."""
        from govpub.platforms.app_messages import find_app_reply  # noqa: PLC0415 - cycle

        return await find_app_reply(self, interaction, text)

    def signed_headers(self, msg_id: str, body: bytes) -> dict[str, str]:
        """Standard Webhooks headers over ``body`` with the account's secret."""
        return self._headers(msg_id, body)

    def answer_error(
        self, response: httpx.Response, what: str, *, publishing: bool
    ) -> PlatformError:
        """The error a non-2xx answer means (the contract's table; see ``_error``)."""
        return self._error(response, what, publishing=publishing)

    async def signed_get(self, path: str, what: str) -> dict[str, Any]:
        """A signed ``GET {api_base}{path}`` whose 2xx answer must be a JSON object."""
        msg_id = f"msg_read_{secrets.token_hex(12)}"
        response = await self._request(
            "GET", f"{self.api_base}{path}", msg_id, b"", self._headers(msg_id, b"")
        )
        if not response.is_success:
            raise self._error(response, what, publishing=False)
        payload = json_object(response)
        if payload is None:
            raise platform_error(
                TransientError,
                self,
                f"{what}: HTTP {response.status_code} without a JSON object",
                http_status=response.status_code,
                details={"endpoint": what},
            )
        return payload

    # -- the account, for the health checks ---------------------------------------

    async def latest_publication(self) -> datetime | None:
        """``created_at`` of the app's newest live post: ``GET {api_base}/posts/latest``.

        govpub's own contract (docs/platforms.md § own app), served by the
        sandbox: one signed GET (a fresh ``webhook-id``, the empty body), answers
        classified like every other call.  404 as ``application/problem+json``
        means "no post yet" (``None``); a 404 of another kind, 405 or 501 means
        the backend has no such endpoint (:class:`~govpub.errors.NotSupported`).
        """
        what = "GET /posts/latest"
        msg_id = f"msg_latest_{secrets.token_hex(12)}"
        response = await self._request(
            "GET", f"{self.api_base}/posts/latest", msg_id, b"", self._headers(msg_id, b"")
        )
        status = response.status_code
        if status == HTTPStatus.NOT_FOUND and _is_problem(response):
            return None
        if status in (HTTPStatus.NOT_FOUND, HTTPStatus.METHOD_NOT_ALLOWED, 501):
            raise NotSupported(
                f"app account {self.account.id!r}: the backend answers {what} with HTTP "
                f"{status}; it does not implement the latest-post endpoint of govpub's contract"
            )
        if not response.is_success:
            raise self._error(response, what, publishing=False)
        post = json_object(response)
        if post is None:
            raise platform_error(
                TransientError,
                self,
                f"{what}: HTTP {status} without a JSON object",
                http_status=status,
                details={"endpoint": what},
            )
        return platform_time(self, post.get("created_at"), endpoint=what, field="created_at")

    def interaction_enabled(self) -> bool:
        """The ``comments_enabled`` setting, sent with every post as ``data.comments_enabled``."""
        return self.app.comments_enabled

    # -- delete, reconcile ---------------------------------------------------------

    async def delete(self, ctx: DeliveryContext) -> DeleteOutcome:
        """``DELETE /posts/{id}``, signed; 410, or 404 as problem+json, mean already gone.

        A 404 without a problem document may be a proxy's: it says nothing about
        the post, so it is not taken for "gone" (the retraction is tried again).
        """
        saved = ctx.steps.get(STEP_POST)
        post_id = saved.get("id") if isinstance(saved, Mapping) else None
        post_id = post_id or ctx.steps.get("platform_post_id")
        if not post_id:
            return DeleteOutcome(
                state="manual",
                instruction=f"客户端「{self.account.name}」未返回内容 id，"
                "请在客户端后台手动删除该稿件",
            )
        msg_id = f"{ctx.key}-retract"
        response = await self._request(
            "DELETE", f"{self.api_base}/posts/{post_id}", msg_id, b"", self._headers(msg_id, b"")
        )
        if response.is_success:
            return DeleteOutcome(state="retracted", details={"id": str(post_id)})
        gone = response.status_code == HTTPStatus.GONE or (
            response.status_code == HTTPStatus.NOT_FOUND and bool(_problem(response))
        )  # a proxy's 404 says nothing about the post: status and shape first
        if gone:
            return DeleteOutcome(state="already_gone", details={"id": str(post_id)})
        raise self._error(response, f"DELETE /posts/{post_id}", publishing=False)

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        """Re-send with the same key: the receiver stores once and replays its answer.

        ``absent`` without a call when the event was never built: :meth:`publish`
        saves its timestamp before the first POST, so without it nothing was sent.
        """
        if STEP_EVENT_TIME not in ctx.steps and STEP_POST not in ctx.steps:
            return ReconcileOutcome(state="absent")
        try:
            outcome = await self.publish(rendered, ctx)
        except OutcomeUnknownError as exc:
            raise platform_error(
                TransientError,
                self,
                f"still no answer: {exc.message}",
                code=exc.code,
                http_status=exc.http_status,
            ) from None
        return ReconcileOutcome(
            state="published", platform_post_id=outcome.platform_post_id, url=outcome.url
        )


@lru_cache(maxsize=8)  # a publication has one document (it may be large: keep few)
def _event_data(document: str, comments_enabled: bool) -> bytes:
    """The event's ``data`` as sent: the rendered document and the account's comment setting.

    The same for every account of a publication that shares the setting: serialised once.
    """
    return dumps_utf8({**json.loads(document), "comments_enabled": comments_enabled})


@lru_cache(maxsize=8)  # a document per publication (large ones too: keep few)
def _document_problem(body: str) -> str | None:
    """Why ``body`` is not one JSON object, or ``None``; one parse per document.

    Every delivery checks its document before the send (``ensure_valid``), and a
    post's document is the same object for all its accounts: a thousand parses of
    it were a thousand times the same answer.
    """
    try:
        document = json.loads(body)
    except ValueError:
        return "推送内容不是 JSON 文档。"
    if not isinstance(document, dict):
        return "推送内容必须是一个 JSON 对象。"
    return None


def _event_body(stamp: str, data: bytes) -> bytes:
    """``dumps_utf8({"type": "post.published", "timestamp": stamp, "data": …})``, byte for byte."""
    return b'{"type":"post.published","timestamp":' + dumps_utf8(stamp) + b',"data":' + data + b"}"


def _message(what: str, status: int, text: str, note: str) -> str:
    """``POST /posts: HTTP 400: <problem title — detail> (<what it means>)``."""
    return f"{what}: HTTP {status}" + (f": {text}" if text else "") + (f" ({note})" if note else "")


def _is_problem(response: httpx.Response) -> bool:
    """Whether the answer is an RFC 9457 problem document (the app speaking, not a proxy)."""
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return media == _PROBLEM_JSON and json_object(response) is not None


def _problem(response: httpx.Response) -> dict[str, Any]:
    """The RFC 9457 members worth showing; tolerant of non-JSON and wrongly typed members."""
    payload = json_object(response)
    if payload is None:
        return {}
    media = response.headers.get("Content-Type", "")
    if _PROBLEM_JSON not in media and not {"title", "detail", "type"} & payload.keys():
        return {}
    return {k: payload[k] for k in ("type", "title", "detail") if isinstance(payload.get(k), str)}
