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
read as the platform's answer; the rule is :mod:`~govpub.platforms._http_status`).

Platforms are found through the entry-point group ``govpub.platforms``; the
built-in adapters register there too, and nothing is imported until a platform
is asked for by name.

What the contract uses lives beside it and is imported from here:
:mod:`~govpub.platforms._delivery` (:class:`DeliveryContext`, the delivery
token in links), :mod:`~govpub.platforms._http` (:func:`make_http_client`) and
:mod:`~govpub.platforms._http_status` (:func:`parse_retry_after`).
"""

from __future__ import annotations

import hashlib
import json
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
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
    RejectedError,
    TransientError,
)
from govpub.model import Account, AccountCredentials, AccountSettings, Image, Post
from govpub.platforms._common import local_rejection
from govpub.platforms._delivery import (
    DELIVERY_TOKEN_LENGTH,
    DELIVERY_TOKEN_PARAM,
    LINK_TOKEN_CHARS,
    DeliveryContext,
    LinkTokenSettings,
    carries_token,
    delivery_token,
    tag_link,
)
from govpub.platforms._http import make_http_client, parsed_endpoint
from govpub.platforms._http_status import parse_retry_after
from govpub.platforms._http_status import status_error as _status_error

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

        For an answer whose body is not the platform's documented error shape
        (a proxy's page, a redirect, an unreadable 2xx): 429 →
        :class:`~govpub.errors.RateLimitedError`; an ``irreversible`` call →
        :class:`~govpub.errors.OutcomeUnknownError`; a 503 with ``Retry-After`` →
        ``RateLimitedError``; anything else → :class:`~govpub.errors.TransientError`
        (:func:`govpub.platforms._http_status.status_error` says why).
        """
        return _status_error(
            self,
            response,
            endpoint,
            irreversible=irreversible,
            message=message,
            code=code,
            details=details,
        )


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first awaited: reading a configuration needs no asyncio."""
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


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
