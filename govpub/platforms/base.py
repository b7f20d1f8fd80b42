"""The adapter contract, capabilities, rendered payloads and the platform registry.

An adapter knows one platform's API and nothing of other platforms, the ledger
or the policy.  The publisher knows adapters only through this module:

* :meth:`Adapter.render` — pure: one post → one :class:`Rendered` for the platform
  (called once per platform, not per account);
* :meth:`Adapter.validate` — pure: what the platform would refuse in a rendering
  for one account's settings (a missing cover, a link off Weibo's safe domain),
  as :class:`RenderingProblem` values; ``publish`` runs the same checks first
  (:meth:`Adapter.ensure_valid`), and the publisher, ``govpub check`` and
  ``govpub review approve`` run them before anything is stored, signed or sent;
* :meth:`Adapter.publish` — deliver a rendered post to one account; each
  irreversible step's platform reference goes through :meth:`DeliveryContext.step`
  so a resumed delivery continues from where it stopped;
* :meth:`Adapter.status` — the result of an asynchronous publication (WeChat);
* :meth:`Adapter.delete` — retract; raises :class:`~govpub.errors.NotSupported`
  where the platform has no delete API;
* :meth:`Adapter.reconcile` — after an unknown outcome, ask the platform whether
  the post is there before anything is re-sent;
* :meth:`Adapter.aclose`.

Three optional questions about the *account* (not a post) serve the matrix
health checks (:mod:`govpub.health`); their defaults are safe, so an adapter
that does not answer them still works:

* :meth:`Adapter.latest_publication` — when the account last published, as the
  platform sees it (posts made outside govpub count); default ``NotSupported``;
* :meth:`Adapter.interaction_enabled` — whether comments/messages are open
  (互动); default ``None`` (unknown);
* :meth:`Adapter.credentials_expire_at` — when the credentials stop working;
  default ``None`` (no known expiry).

Shared HTTP behaviour: :meth:`Adapter.send` turns transport failures into error
kinds, and :meth:`Adapter.status_error` classifies an answer whose body is not
the platform's documented shape by its status alone (a proxy's 404 is never
read as the platform's answer).

Platforms are found through the entry-point group ``govpub.platforms``; the
built-in adapters register there too, and nothing is imported until a platform
is asked for by name.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from http import HTTPStatus
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, SecretStr

import govpub.logging  # noqa: F401 - installs the redacting filter on the httpx logger
from govpub._redact import register_secret
from govpub.errors import (
    ConfigError,
    NotSupported,
    OutcomeUnknownError,
    PlatformError,
    RateLimitedError,
    RejectedError,
    TransientError,
)
from govpub.model import Account, AccountCredentials, AccountSettings, Image, Post
from govpub.platforms._common import local_rejection, platform_error

if TYPE_CHECKING:
    import httpx  # imported where a request is made: none is made to check a post

__all__ = [
    "DELIVERY_TOKEN_LENGTH",
    "DELIVERY_TOKEN_PARAM",
    "ENTRY_POINT_GROUP",
    "LINK_TOKEN_CHARS",
    "Adapter",
    "Capabilities",
    "DeleteOutcome",
    "DeliveryContext",
    "LinkTokenSettings",
    "PublishOutcome",
    "ReconcileOutcome",
    "Rendered",
    "RenderingProblem",
    "available_platforms",
    "carries_token",
    "delivery_token",
    "get_adapter_class",
    "make_http_client",
    "parse_retry_after",
    "register_adapter",
    "tag_link",
    "unregister_adapter",
]

ENTRY_POINT_GROUP = "govpub.platforms"
USER_AGENT = "govpub (+https://github.com/govpub/govpub)"

T = TypeVar("T")


class Capabilities(BaseModel):
    """What a platform accepts and can do, declared as data.

    The renderer, the compliance checks, the publisher and the CLI read these
    instead of hard-coding platform facts.  ``None`` means "no known limit".
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str = Field(description="the platform's name as editors know it, e.g. 微信公众号")
    title_max: int | None = None
    author_max: int | None = None
    summary_max: int | None = None
    body_max_chars: int | None = None
    body_max_bytes: int | None = None
    text_max: int | None = Field(
        default=None, description="short-text platforms: the length limit in the platform's units"
    )
    images_max: int | None = None
    image_max_bytes: int | None = None
    cover_max_bytes: int | None = None
    image_types: frozenset[str] = frozenset({"image/jpeg", "image/png", "image/gif"})
    supports_delete: bool = True
    delete_may_be_refused: bool = False
    asynchronous: bool = False
    idempotent_publish: bool = False
    supports_reconcile: bool = True
    posts_per_hour: int | None = None


class Rendered(BaseModel):
    """One post as one platform accepts it: computed once per platform, sent to each account."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    platform: str
    post_id: str
    post_digest: str
    format: Literal["text", "html", "json"]
    title: str = ""
    body: str = Field(description="plain text, sanitised HTML or a JSON document, per ``format``")
    fields: Mapping[str, Any] = Field(default_factory=dict)
    images: tuple[Image, ...] = Field(default=(), description="body images to upload, in order")
    cover: Image | None = None

    def payload_digest(self) -> str:
        """SHA-256 of what is sent, so a platform's record can be matched to this rendering."""
        view = {
            "title": self.title,
            "body": self.body,
            "fields": dict(self.fields),
            "images": [image.sha256 or image.src for image in self.images],
            "cover": None if self.cover is None else (self.cover.sha256 or self.cover.src),
        }
        raw = json.dumps(
            view, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
        )
        return hashlib.sha256(raw.encode()).hexdigest()


class RenderingProblem(BaseModel):
    """One reason a platform would refuse a rendering for an account, found without I/O.

    ``field`` names what to fix as the adapter's refusals name it (``cover``,
    ``title``, ``images[2]``, ``link``); ``message`` says what is wrong and how
    to fix it, in Chinese for the editor, without naming the platform or the
    account (the caller knows both and says them once).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str = Field(min_length=1)
    message: str = Field(min_length=1)


class PublishOutcome(BaseModel):
    """What a publish or status call established."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    state: Literal["published", "pending", "removed"]
    platform_post_id: str | None = None
    url: str | None = None
    details: Mapping[str, Any] = Field(default_factory=dict)


class DeleteOutcome(BaseModel):
    """What a delete call established: gone, already gone, or a job for a human."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    state: Literal["retracted", "already_gone", "manual"]
    instruction: str | None = Field(
        default=None, description="for ``manual``: what an editor must do, in Chinese"
    )
    details: Mapping[str, Any] = Field(default_factory=dict)


class ReconcileOutcome(BaseModel):
    """The platform's answer to "is this post there?" after an unknown outcome."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    state: Literal["published", "pending", "absent", "unknown"]
    platform_post_id: str | None = None
    url: str | None = None
    hint: str | None = Field(
        default=None, description="for ``unknown``: how to check by hand, and the text to look for"
    )


SaveStep = Callable[[str, Any], Awaitable[None]]
FindOwner = Callable[[str], Awaitable[str | None]]


@dataclass
class DeliveryContext:
    """One delivery of one post to one account, as the adapter sees it.

    ``key`` is stable across retries and restarts (the ledger stores it before
    the first attempt): the own app uses it as ``Idempotency-Key``, the others
    put :attr:`token` in the post's link so that reconcile can tell this
    delivery's platform post from any other.  ``steps`` holds the platform
    references saved by earlier attempts.  ``find_owner`` answers which *other*
    post already owns a platform post on this account (``None``: none does).
    """

    key: str
    post_id: str
    post_digest: str
    account: Account
    steps: dict[str, Any] = field(default_factory=dict)
    save_step: SaveStep | None = None
    operator_ip: str | None = None
    attempt: int = 1
    find_owner: FindOwner | None = None
    #: Set by a runner that saves :attr:`unsaved` steps with the delivery's next state change.
    saves_with_transition: bool = False
    #: Deferred steps (``step(..., deferred=True)``) not yet saved; the runner's next
    #: transition saves them in its own update.
    unsaved: dict[str, Any] = field(default_factory=dict)

    @property
    def token(self) -> str:
        """This delivery's token: :func:`delivery_token` of ``key``."""
        return delivery_token(self.key)

    async def owner_of(self, platform_post_id: str) -> str | None:
        """The post of *another* delivery that owns ``platform_post_id`` on this account, if any.

        Reconcile never claims such a post: the ledger gives each platform post
        one owner.
        """
        if self.find_owner is None:
            return None
        return await self.find_owner(platform_post_id)

    async def step(
        self, name: str, action: Callable[[], Awaitable[T]], *, deferred: bool = False
    ) -> T:
        """Run ``action`` once per delivery: a saved result is reused, a new one saved first.

        The result is persisted *before* the adapter moves on, so a process
        killed after this point resumes with the reference instead of repeating
        the call (a second draft, a second upload).

        ``deferred``: the result is saved with the delivery's next state change
        instead, in the same write — one commit instead of two — when the runner
        offers it (:attr:`saves_with_transition`).  Only for a step after which
        the adapter makes no other platform call before its outcome is recorded
        (:meth:`Adapter.prepare`, or the last call of ``publish``), and whose loss
        is harmless: a process killed before that transition commits repeats the
        call on resume (the own app: the same key and body, answered as the first).
        """
        if name in self.steps:
            saved: T = self.steps[name]
            return saved
        value = await action()
        self.steps[name] = value
        if deferred and self.saves_with_transition:
            self.unsaved[name] = value
        elif self.save_step is not None:
            await self.save_step(name, value)
        return value

    async def record(self, name: str, value: Any) -> None:
        """Save ``value`` under ``name``, replacing what was there, in one write.

        For markers such as "sent at": a re-send after a confirmed absence
        moves the marker without a moment in which it is missing (a missing
        marker proves that nothing was sent).
        """
        self.steps[name] = value
        if self.save_step is not None:
            await self.save_step(name, value)

    async def forget(self, name: str) -> None:
        """Drop a saved step (e.g. a draft that the platform no longer has)."""
        self.steps.pop(name, None)
        if self.save_step is not None:
            await self.save_step(name, None)


#: Characters a delivery token adds to a link: ``&gpd=`` (or ``?gpd=``) and the token.
DELIVERY_TOKEN_PARAM = "gpd"  # noqa: S105 - a query parameter's name, not a secret
DELIVERY_TOKEN_LENGTH = 8
LINK_TOKEN_CHARS = len(DELIVERY_TOKEN_PARAM) + 2 + DELIVERY_TOKEN_LENGTH
_TOKEN_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # noqa: S105 - Crockford base 32, lower


def delivery_token(key: str) -> str:
    """A short token unique to one delivery (8 base-32 characters of a hash of its key).

    Platforms whose posts carry a link (the Weibo status, WeChat's 阅读原文
    ``content_source_url``) carry it as ``?gpd=<token>``: the platform post then
    names its delivery, and reconcile matches on that instead of on text and
    time, so two near-identical posts in one window are never confused.
    """
    value = int.from_bytes(hashlib.sha256(f"govpub-delivery/1\0{key}".encode()).digest()[:7])
    return "".join(_TOKEN_ALPHABET[(value >> (5 * i)) & 31] for i in range(DELIVERY_TOKEN_LENGTH))


def tag_link(url: str, token: str) -> str:
    """``url`` with ``gpd=<token>`` added to its query (before any fragment)."""
    base, hash_mark, fragment = url.partition("#")
    joiner = "&" if "?" in base else "?"
    if base.endswith(("?", "&")):
        joiner = ""
    return f"{base}{joiner}{DELIVERY_TOKEN_PARAM}={token}{hash_mark}{fragment}"


def carries_token(text: str, token: str) -> bool:
    """Whether ``text`` (a link, or a text with links) carries ``gpd=<token>`` as a parameter."""
    needle = f"{DELIVERY_TOKEN_PARAM}={token}"
    start = text.find(needle)
    while start != -1:
        before = text[start - 1] if start else ""
        after = text[start + len(needle) : start + len(needle) + 1]
        if before in ("?", "&") and not (after.isalnum() or after == "_"):
            return True
        start = text.find(needle, start + 1)
    return False


class LinkTokenSettings(AccountSettings):
    """Settings of an adapter whose posts carry a link with the delivery token."""

    link_token: bool = Field(
        default=True,
        description="add ?gpd=<delivery token> to the post's link so that reconcile can tell "
        "this delivery's post from any other (off: match on text and time only)",
    )


AdapterT = TypeVar("AdapterT", bound="Adapter")


class Adapter(ABC):
    """Base of every platform adapter; one instance serves one account.

    Subclasses declare ``platform``, ``capabilities``, and their typed
    ``Credentials`` and ``Settings`` models (``govpub.toml`` is validated
    against them).  The HTTP client is injected so that tests, the sandbox and
    the publisher control timeouts, transports and connection limits.
    """

    platform: ClassVar[str]
    capabilities: ClassVar[Capabilities]
    Credentials: ClassVar[type[AccountCredentials]] = AccountCredentials
    Settings: ClassVar[type[AccountSettings]] = AccountSettings
    default_api_base: ClassVar[str | None] = None

    def __init__(self, account: Account, *, client: httpx.AsyncClient | None = None) -> None:
        self.account = account
        # Every secret of the account is masked wherever it might later appear — also for
        # accounts built in Python rather than loaded from govpub.toml (which registers too).
        for value in vars(account.credentials).values():
            if isinstance(value, SecretStr):
                register_secret(value.get_secret_value())
        self._own_client = client is None
        self.client = client if client is not None else make_http_client()
        #: Seconds a call this adapter gave up on (a timeout or a dropped connection after
        #: the request left) may still be running at the platform, counting against its
        #: concurrency limit and not yet visible to a lookup: the account's next call waits
        #: it out.  The publisher sets it from ``[publisher] abandoned_call_grace``.
        self.abandoned_call_grace = 0.0
        #: How the adapter waits (the publisher injects its own; tests a fake).
        self.sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
        self._platform_busy_until = 0.0  # time.monotonic() until which a given-up call may run

    def __repr__(self) -> str:
        return f"<{type(self).__name__} account={self.account.id!r}>"

    @property
    def api_base(self) -> str:
        """The account's ``api_base`` (e.g. the sandbox), else the platform's real endpoint."""
        base = self.account.api_base or self.default_api_base
        if base is None:
            raise ConfigError(
                f"account {self.account.id!r} needs api_base: platform {self.platform!r} "
                "has no default endpoint"
            )
        return base.rstrip("/")

    @property
    def settings(self) -> AccountSettings:
        """The account's settings, typed by ``Settings``."""
        return self.account.settings

    @classmethod
    @abstractmethod
    def render(cls, post: Post) -> Rendered:
        """Turn ``post`` into this platform's payload; pure, no I/O.

        Raises :class:`~govpub.errors.PostError` when the post cannot fit the
        platform's limits — before any network call.
        """

    @classmethod
    def validate(cls, rendered: Rendered, account: Account) -> list[RenderingProblem]:
        """What the platform would refuse in ``rendered`` for ``account``; pure, no I/O.

        :meth:`render` judges the post against the platform; this judges one
        rendering against one account's *settings* (WeChat's cover material
        type, Weibo's safe domain) and whatever the adapter must hold before
        sending (a cover, lengths, image types and sizes of the bytes already in
        memory).  Every problem is listed, not only the first.  ``publish`` runs
        it first through :meth:`ensure_valid`, and the publisher, ``govpub
        check`` and ``govpub review approve`` run it for every target account,
        so that a post that passes review is never refused by ``publish`` for a
        rendering requirement (issue 10, item 7).  Only the account's
        ``settings`` may decide (callers validate accounts with equal settings
        once); the state of the account at send time (an expired token, the
        operator's IP) is ``publish``'s business.  Default: no problems.
        """
        del rendered, account
        return []

    async def prepare(self, rendered: Rendered, ctx: DeliveryContext) -> None:
        """Fix, before the delivery is marked ``sending``, steps that need no platform call.

        The runner calls it just before that transition, which saves the steps
        made here with ``deferred=True`` in its own update (the own app's event
        timestamp): durable before the first call, without a write of their own.
        ``publish`` must not rely on it having run (it runs only under a runner).
        Default: nothing.
        """
        del rendered, ctx

    @abstractmethod
    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        """Deliver ``rendered`` to this account; ``pending`` for asynchronous platforms."""

    def ensure_valid(self, rendered: Rendered) -> None:
        """Refuse before any call what :meth:`validate` finds for this account.

        The one place a rendering problem becomes the error ``publish`` raises:
        a :class:`~govpub.errors.RejectedError` marked ``local`` (nothing was
        sent), naming the first problem's field and listing every problem.
        """
        problems = self.validate(rendered, self.account)
        if problems:
            raise self.rejection(problems)

    def rejection(self, problems: Sequence[RenderingProblem]) -> RejectedError:
        """The local :class:`~govpub.errors.RejectedError` for ``problems`` (at least one).

        Also for checks that need bytes fetched at send time (a remote image),
        so that such a refusal reads like the ones :meth:`validate` finds.
        """
        first, *rest = problems
        more = "".join(f"; {p.field}: {p.message}" for p in rest)
        return local_rejection(
            self, first.field, f"{first.message}{more} [account {self.account.id}]"
        )

    async def status(self, ctx: DeliveryContext) -> PublishOutcome:
        """Ask for the result of an earlier publish (asynchronous platforms override this).

        Poll it while the outcome is ``pending``, waiting
        :meth:`status_poll_delay` seconds between calls.
        """
        raise NotSupported(f"{self.platform}: publishing is synchronous; there is no status call")

    async def delete(self, ctx: DeliveryContext) -> DeleteOutcome:
        """Remove the published post; ``NotSupported`` where the platform cannot."""
        raise NotSupported(f"{self.platform}: the platform offers no delete API")

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        """Whether an earlier attempt with an unknown outcome reached the platform."""
        return ReconcileOutcome(
            state="unknown",
            hint=f"请登录{self.capabilities.label}后台核对是否已发布：{rendered.title}",
        )

    @classmethod
    def push_reference(cls, payload: bytes) -> tuple[str, str] | None:
        """Which delivery a platform's pushed notification is about: ``(step name, value)``.

        Platforms that push results (WeChat ``PUBLISHJOBFINISH``) say which saved
        step identifies the delivery (``("publish_id", "2247…")``); ``None`` (the
        default) means "not a notification this adapter understands".  Pure
        parsing, no I/O; a malformed payload raises ``ValueError`` naming the problem.
        """
        del payload
        return None

    async def accept_push(self, payload: bytes, ctx: DeliveryContext) -> PublishOutcome:
        """Apply a pushed result to its delivery instead of polling (see :meth:`push_reference`)."""
        del payload, ctx
        raise NotSupported(f"{self.platform}: the platform pushes no results")

    def status_poll_delay(self, attempt: int) -> float:
        """Seconds to wait before status poll number ``attempt`` (1-based) of an async publish.

        Platforms whose status call has a small daily quota (WeChat
        ``freepublish/get``) override this with long, capped intervals.
        """
        return float(min(2 ** (attempt - 1), 60))

    def rate_limit_scopes(self) -> tuple[str, ...]:
        """Keys whose cool-down this account shares (the account, and its app if it has one)."""
        return (f"account:{self.account.id}",)

    # -- the account's state, for the health checks (optional; safe defaults) -------

    async def latest_publication(self) -> datetime | None:
        """When this account last published anything, as the platform sees it; ``None`` if never.

        The health check counts days without update (内容不更新, 国办秘函〔2019〕19号
        单项否决) from the later of this and the ledger, so posts made in the
        platform's own editor count too.  One cheap read call, no retries (the
        health check degrades to the ledger on any error).  Like the ledger,
        count only what is still live: a retracted newest post is no update.
        The built-in adapters (shared parsing in :mod:`govpub.platforms._common`):

        * WeChat: ``POST /cgi-bin/freepublish/batchget`` ``{"offset": 0, "count": 20,
          "no_content": 1}`` → the newest ``item[].update_time`` (unix seconds) with
          an article not ``is_deleted``;
        * Weibo: ``GET /2/statuses/user_timeline.json?uid=…&count=20`` → the newest
          live ``statuses[].created_at`` (``"%a %b %d %H:%M:%S %z %Y"``);
        * own app: ``GET {api_base}/posts/latest`` → ``created_at`` (govpub's contract).

        Return an aware datetime.  Raises :class:`~govpub.errors.NotSupported`
        where the platform cannot tell (the default), ``PlatformError`` on failure.
        """
        raise NotSupported(f"{self.platform}: the adapter cannot ask for the latest publication")

    def interaction_enabled(self) -> bool | None:
        """Whether the account offers a working interaction channel (互动: comments, 留言).

        "未提供有效互动功能" fails the 互动回应差 indicator (国办秘函〔2019〕19号).
        Answer from the account's settings without I/O (WeChat ``need_open_comment``,
        Weibo and own app ``comments_enabled``); ``None`` (the default) means unknown.
        """
        return None

    def credentials_expire_at(self) -> datetime | None:
        """When the account's credentials stop working (Weibo ``token_expires_at``), if known.

        The health check warns ahead of it: an expired server-side Weibo token
        needs a person to re-authorise in a browser.  No I/O; default ``None``.
        """
        return None

    async def aclose(self) -> None:
        """Release what the adapter holds (its HTTP client, if it made one)."""
        if self._own_client:
            await self.client.aclose()

    async def __aenter__(self: AdapterT) -> AdapterT:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- shared HTTP behaviour -------------------------------------------------

    async def send(
        self, method: str, url: str, *, idempotent: bool, **kwargs: Any
    ) -> httpx.Response:
        """Send a request, turning transport failures into the right error kind.

        A failure before the request left (connect error, pool timeout) is
        transient.  A failure after it may have been applied: for an
        idempotent call that is still transient; otherwise the outcome is
        unknown and the publisher must reconcile instead of re-sending.
        """
        import httpx  # noqa: PLC0415 - loaded by the first request (docs/performance.md)

        await self._after_abandoned_call()
        target: str | httpx.URL = url if "?" in url else parsed_endpoint(url)
        try:
            response = await self.client.request(method, target, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise TransientError(
                f"could not connect: {type(exc).__name__}",
                platform=self.platform,
                account=self.account.id,
            ) from None
        except httpx.TransportError as exc:
            self._platform_busy_until = time.monotonic() + self.abandoned_call_grace
            kind = TransientError if idempotent else OutcomeUnknownError
            raise kind(
                f"no answer after the request was sent ({type(exc).__name__})",
                platform=self.platform,
                account=self.account.id,
            ) from None
        if response.is_closed:
            # Read whole and closed: detach it from httpx's stream, which refers back to the
            # response — a cycle that leaves every response, its request, headers and URL
            # (about 26 objects) to the garbage collector instead of the reference count.
            response.stream = httpx.ByteStream(response.content)
        return response

    async def _after_abandoned_call(self) -> None:
        """Wait while a call given up on may still run at the platform.

        A platform goes on with a request whose client timed out: it still
        holds one of the account's concurrent calls, and a lookup sent at once
        may not see the post it is about to create (and re-send it).  The wait
        holds the caller's call slot, so the publisher's concurrency limit stays
        true from the platform's side too.
        """
        left = self._platform_busy_until - time.monotonic()
        if left > 0:
            await self.sleep(left)

    def status_error(
        self,
        response: httpx.Response,
        endpoint: str,
        *,
        irreversible: bool,
        message: str | None = None,
        code: int | str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> PlatformError:
        """The error an answer means by its HTTP status alone: one rule for every adapter.

        An adapter looks at the status before it trusts a body (issue 10, item 5):
        a 2xx is read as the API documents it; a non-2xx is classified by its body
        only when that body has the platform's documented error shape (WeChat
        ``errcode``, Weibo ``error_code``, the own app's problem+json).  Anything
        else — a proxy's or gateway's page or JSON, a redirect (never followed),
        a 2xx body that cannot be read — did not come from the platform's API and
        says nothing but its status; so do the statuses whose meaning *is* the
        status (429, 503, a 5xx of the own app):

        * 429 → :class:`~govpub.errors.RateLimitedError`: the request was not
          processed (RFC 6585 §4); wait ``Retry-After`` when given;
        * an irreversible call (WeChat ``freepublish/submit``, Weibo
          ``statuses/share``) → :class:`~govpub.errors.OutcomeUnknownError`: it may
          have been applied, so the publisher reconciles instead of re-sending;
        * otherwise a 503 with ``Retry-After`` → ``RateLimitedError``, anything
          else → :class:`~govpub.errors.TransientError` (safe to try again).

        ``Retry-After`` (RFC 9110 §10.2.3) is kept on every kind.  ``message``
        replaces the default text (which says what kind of answer it was);
        ``code`` and ``details`` are passed on.
        """
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        kind: type[PlatformError]
        if status == HTTPStatus.TOO_MANY_REQUESTS:
            kind = RateLimitedError
        elif irreversible:
            kind = OutcomeUnknownError
        elif status == HTTPStatus.SERVICE_UNAVAILABLE and retry_after is not None:
            kind = RateLimitedError
        else:
            kind = TransientError
        extra: dict[str, Any] = {
            "endpoint": endpoint,
            "content_type": response.headers.get("Content-Type", ""),
            **(details or {}),
        }
        if response.is_success:
            what = "without a body the platform's API documents"
        elif response.is_redirect:
            what = "(a redirect, not followed: check the account's api_base)"
            extra["location"] = response.headers.get("Location", "")
        else:
            what = f"without a {self.capabilities.label} error body (a proxy or gateway answered?)"
        if kind is OutcomeUnknownError:
            extra["may_already_be_published"] = True
        return platform_error(
            kind,
            self,
            message or f"{endpoint}: HTTP {status} {what}",
            code=code,
            http_status=status,
            retry_after=retry_after,
            details=extra,
        )


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first awaited: reading a configuration needs no asyncio."""
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


@lru_cache(maxsize=2048)
def parsed_endpoint(url: str) -> httpx.URL:
    """``httpx.URL(url)``, parsed once per process for a URL without a query string.

    httpx parses a URL given as a string on every request (about 25 µs, 4 % of
    a delivery's cost in ``benchmarks/overhead.py``); a matrix's endpoints recur
    post after post.  URLs with a query are not kept: some carry
    a token (WeChat's ``access_token``) that changes, and keeping one would
    outlive the adapter that holds it.
    """
    import httpx  # noqa: PLC0415 - loaded by the first request (docs/performance.md)

    return httpx.URL(url)


def make_http_client(
    *,
    timeout: float = 30.0,
    max_connections: int = 100,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The one place govpub builds an HTTP client: timeouts, limits, user agent, HTTP/2.

    The client keeps and sends no cookies
    (:class:`~govpub.platforms._cookieless.CookielessClient`): it is shared by
    every account, and govpub authenticates each call itself.

    Without an injected ``transport`` the ``max_connections`` are split over
    pools of at most four (:class:`~govpub.platforms._sharding.ShardedTransport`):
    one big httpcore pool costs several times the CPU per request of small ones,
    which bounded fan-out (docs/performance.md).  The environment's proxy and
    CA-bundle variables are honoured as httpx honours them.
    """
    import httpx  # noqa: PLC0415 - not imported until an adapter needs a client

    from govpub.platforms._cookieless import CookielessClient  # noqa: PLC0415 - imports httpx

    mounts: dict[str, httpx.AsyncBaseTransport | None] | None = None
    if transport is None:
        from govpub.platforms._sharding import sharded_client_transports  # noqa: PLC0415

        try:
            import h2  # noqa: F401, PLC0415 - optional: HTTP/2 only when installed

            http2 = True
        except ImportError:
            http2 = False
        transport, mounts = sharded_client_transports(max_connections=max_connections, http2=http2)
    return CookielessClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={"User-Agent": USER_AGENT},
        transport=transport,
        mounts=mounts,
        follow_redirects=False,
    )


def parse_retry_after(
    value: str | None, *, now: datetime | None = None, cap: float = 3600.0
) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (RFC 9110 §10.2.3), or ``None``.

    Accepts delay-seconds and an HTTP-date; a date in the past gives 0; waits
    are capped at ``cap``; an unparsable value gives ``None`` (fall back to backoff).
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return min(max((when - now).total_seconds(), 0.0), cap)


# -- registry --------------------------------------------------------------------

_loaded: dict[str, type[Adapter]] = {}
_registered: dict[str, type[Adapter]] = {}


def _entry_points() -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        other = found.get(ep.name)
        if other is not None and other.value != ep.value:
            raise ConfigError(
                f"platform {ep.name!r} is registered twice: {other.value} and {ep.value}; "
                "uninstall one of the packages"
            )
        found[ep.name] = ep
    return found


def available_platforms() -> list[str]:
    """Names of the installed platforms (nothing is imported)."""
    return sorted(set(_entry_points()) | set(_registered))


def register_adapter(cls: type[Adapter]) -> type[Adapter]:
    """Register an adapter defined in code (no package needed), e.g. inside a CMS or a test.

    Usable as a class decorator.  A name already taken by an installed
    platform or another registration is refused.
    """
    if not (isinstance(cls, type) and issubclass(cls, Adapter)):
        raise ConfigError(f"{cls!r} is not a govpub Adapter subclass")
    name = cls.platform
    if name in _registered and _registered[name] is not cls:
        raise ConfigError(f"platform {name!r} is already registered by {_registered[name]!r}")
    if name in _entry_points():
        raise ConfigError(f"platform {name!r} is already installed as a plug-in")
    _registered[name] = cls
    _loaded[name] = cls
    return cls


def unregister_adapter(name: str) -> None:
    """Forget a platform registered with :func:`register_adapter`."""
    _registered.pop(name, None)
    _loaded.pop(name, None)


def get_adapter_class(name: str) -> type[Adapter]:
    """The adapter class registered as ``name``, imported on first use."""
    cached = _loaded.get(name)
    if cached is not None:
        return cached
    points = _entry_points()
    ep = points.get(name)
    if ep is None:
        installed = ", ".join(sorted(points)) or "none"
        raise ConfigError(f"unknown platform {name!r}; installed platforms: {installed}")
    cls = ep.load()
    if not (isinstance(cls, type) and issubclass(cls, Adapter)):
        raise ConfigError(f"platform {name!r} ({ep.value}) is not a govpub Adapter subclass")
    if getattr(cls, "platform", None) != name:
        raise ConfigError(
            f"platform {name!r} ({ep.value}) declares platform = {getattr(cls, 'platform', None)!r}"
        )
    _loaded[name] = cls
    return cls
