"""The reference adapter: a platform that lives in memory, records every call, fails on demand.

For tests, docs and examples (like libcloud's dummy driver or httpx's
``MockTransport``).  Accounts choose a *world* by name in their settings; all
adapters of one world share its records, so a test can count how many times a
post really arrived::

    world = MemoryWorld.get("demo")
    world.fail("publish", "transient", times=2)             # next two publishes fail
    world.fail("publish", "outcome_unknown", after_commit=True)  # accepted, then "timeout"
    ...
    assert len(world.published(account="m1")) == 1

It needs no network; a token in its credentials is optional and never used.

For the health checks an account can be told what a real platform would say:
``settings = { interaction = false }`` (comments closed), ``outside_post_at``
(a post made outside govpub, e.g. in the platform's own editor) and
``token_expires_at``; ``world.fail("latest", "transient")`` makes the
latest-publication query fail, and ``world.clock`` dates new publications.

For the inbox (政民互动) the public can write to an account —
``world.say("m1", "请问…", author="市民")`` — and the adapter collects it on its
``messages`` channel and answers it (``world.replies``); ``world.fail("reply", …)``
and ``world.fail("interactions", …)`` inject faults there.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal

from pydantic import SecretStr, field_validator

from govpub.errors import (
    AuthExpiredError,
    OutcomeUnknownError,
    PlatformError,
    QuotaExhaustedError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.interactions import Interaction, NewInteraction
from govpub.model import AccountCredentials, AccountSettings, Post
from govpub.platforms.base import (
    Adapter,
    Capabilities,
    DeleteOutcome,
    DeliveryContext,
    PublishOutcome,
    ReconcileOutcome,
    Rendered,
)
from govpub.platforms.interaction import (
    InteractionCapable,
    InteractionPage,
    PublishedRef,
    ReplyOutcome,
)

__all__ = ["MemoryAdapter", "MemoryCredentials", "MemoryRecord", "MemorySettings", "MemoryWorld"]

Operation = Literal[
    "publish", "status", "delete", "reconcile", "latest", "interactions", "reply", "find_reply"
]

_ERROR_KINDS: dict[str, type[PlatformError]] = {
    cls.kind: cls
    for cls in (
        TransientError,
        RateLimitedError,
        AuthExpiredError,
        ReauthorizationRequired,
        QuotaExhaustedError,
        RejectedError,
        OutcomeUnknownError,
    )
}


class MemoryCredentials(AccountCredentials):
    """An optional token, so that docs and tests can show secret handling on a fake platform."""

    token: SecretStr | None = None


class MemorySettings(AccountSettings):
    """Settings of a memory account."""

    world: str = "default"
    supports_delete: bool = True
    app_key: str | None = None  # accounts of one app share rate-limit cool-downs, like Weibo's
    interaction: bool = True  # comments/messages open (互动), like WeChat's need_open_comment
    outside_post_at: datetime | None = None  # latest post made outside govpub (platform editor)
    token_expires_at: datetime | None = None  # like Weibo's token expiry

    @field_validator("outside_post_at", "token_expires_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError("needs a time zone, e.g. 2026-03-01T09:00:00+08:00")
        return value


@dataclass
class MemoryRecord:
    """One publication the memory platform accepted."""

    platform_post_id: str
    account: str
    delivery_key: str
    post_id: str
    post_digest: str
    title: str
    body: str
    published_at: datetime
    deleted: bool = False


@dataclass
class MemoryMessage:
    """A message from the public to an account, and the account's reply."""

    id: str
    account: str
    text: str
    author: str
    created_at: datetime
    post_id: str | None = None
    reply: str | None = None


@dataclass
class MemoryCall:
    """One call an adapter made, in order."""

    operation: Operation
    account: str
    delivery_key: str


@dataclass
class _Fault:
    operation: Operation
    error: PlatformError
    account: str | None
    remaining: int
    after_commit: bool


@dataclass
class MemoryWorld:
    """The shared state of one memory platform: records, calls and planned faults."""

    name: str
    records: list[MemoryRecord] = field(default_factory=list)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    calls: list[MemoryCall] = field(default_factory=list)
    messages: list[MemoryMessage] = field(default_factory=list)
    _faults: list[_Fault] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    _worlds: ClassVar[dict[str, MemoryWorld]] = {}

    @classmethod
    def get(cls, name: str = "default") -> MemoryWorld:
        """The world called ``name``, created on first use."""
        world = cls._worlds.get(name)
        if world is None:
            world = cls._worlds[name] = cls(name)
        return world

    @classmethod
    def reset_all(cls) -> None:
        """Forget every world (tests call this between cases)."""
        cls._worlds.clear()

    def fail(
        self,
        operation: Operation,
        error: str | PlatformError,
        *,
        account: str | None = None,
        times: int = 1,
        after_commit: bool = False,
        retry_after: float | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``operation`` fail with ``error``.

        ``error`` is an exception or a kind name (``"transient"``,
        ``"rate_limited"``, ``"outcome_unknown"``…).  With ``after_commit`` the
        publication is recorded *before* the error is raised — a platform that
        accepted the post and then timed out.
        """
        if isinstance(error, str):
            try:
                kind = _ERROR_KINDS[error]
            except KeyError:
                raise ValueError(
                    f"unknown error kind {error!r}; use one of {sorted(_ERROR_KINDS)}"
                ) from None
            error = kind(
                f"injected {error}", platform="memory", code=error, retry_after=retry_after
            )
        with self._lock:
            self._faults.append(_Fault(operation, error, account, times, after_commit))

    def published(
        self, *, account: str | None = None, post_id: str | None = None
    ) -> list[MemoryRecord]:
        """Live (not deleted) publications, optionally for one account or post."""
        return [
            r
            for r in self.records
            if not r.deleted
            and (account is None or r.account == account)
            and (post_id is None or r.post_id == post_id)
        ]

    def say(
        self,
        account: str,
        text: str,
        *,
        author: str = "市民",
        at: datetime | None = None,
        post_id: str | None = None,
        message_id: str | None = None,
    ) -> MemoryMessage:
        """The public writes ``text`` to ``account`` (a message the inbox will collect)."""
        message = MemoryMessage(
            message_id or self._next_id(),
            account,
            text,
            author,
            at or self.clock(),
            post_id=post_id,
        )
        with self._lock:
            self.messages.append(message)
        return message

    @property
    def replies(self) -> list[MemoryMessage]:
        """Messages the accounts answered."""
        return [m for m in self.messages if m.reply is not None]

    def _take_fault(self, operation: Operation, account: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.operation == operation and fault.account in (None, account):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _next_id(self) -> str:
        with self._lock:
            return f"mem-{next(self._ids)}"


class MemoryAdapter(Adapter, InteractionCapable):
    """An in-memory platform for tests and docs; see :class:`MemoryWorld`."""

    platform = "memory"
    interaction_channels = ("messages",)
    capabilities = Capabilities(label="内存平台（测试用）", supports_reconcile=True)
    Credentials = MemoryCredentials
    Settings = MemorySettings

    @property
    def world(self) -> MemoryWorld:
        """The world this account publishes into."""
        settings = self.account.settings
        name = settings.world if isinstance(settings, MemorySettings) else "default"
        return MemoryWorld.get(name)

    @classmethod
    def render(cls, post: Post) -> Rendered:
        """Title and Markdown body as plain text."""
        override = post.for_platform(cls.platform)
        return Rendered(
            platform=cls.platform,
            post_id=post.id,
            post_digest=post.digest(),
            format="text",
            title=override.title or post.title,
            body=override.text or override.body or post.body,
            images=post.images,
            cover=post.cover,
        )

    def _enter(self, operation: Operation, ctx: DeliveryContext) -> _Fault | None:
        world = self.world
        world.calls.append(MemoryCall(operation, self.account.id, ctx.key))
        fault = world._take_fault(operation, self.account.id)
        if fault is not None and not fault.after_commit:
            raise _fresh(fault.error, self.account.id)
        return fault

    def rate_limit_scopes(self) -> tuple[str, ...]:
        """The account, and its app when the settings name one."""
        settings = self.account.settings
        app = settings.app_key if isinstance(settings, MemorySettings) else None
        return (*super().rate_limit_scopes(), *((f"app:memory:{app}",) if app else ()))

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        """Record the publication (and fail first, or after, if told to)."""
        fault = self._enter("publish", ctx)
        record = MemoryRecord(
            platform_post_id=self.world._next_id(),
            account=self.account.id,
            delivery_key=ctx.key,
            post_id=rendered.post_id,
            post_digest=rendered.post_digest,
            title=rendered.title,
            body=rendered.body,
            published_at=self.world.clock(),
        )
        self.world.records.append(record)
        if fault is not None:
            raise _fresh(fault.error, self.account.id)
        return PublishOutcome(
            state="published",
            platform_post_id=record.platform_post_id,
            url=f"https://memory.invalid/{self.account.id}/{record.platform_post_id}",
        )

    async def latest_publication(self) -> datetime | None:
        """The newest live record of this account, or the seeded ``outside_post_at``."""
        world = self.world
        world.calls.append(MemoryCall("latest", self.account.id, ""))
        fault = world._take_fault("latest", self.account.id)
        if fault is not None:
            raise _fresh(fault.error, self.account.id)
        times = [r.published_at for r in world.published(account=self.account.id)]
        settings = self.account.settings
        if isinstance(settings, MemorySettings) and settings.outside_post_at is not None:
            times.append(settings.outside_post_at)
        return max(times, default=None)

    async def fetch_interactions(
        self, channel: str, cursor: str | None, *, posts: Sequence[PublishedRef] = ()
    ) -> InteractionPage:
        """Messages after ``cursor`` (a count of this account's messages already read)."""
        del channel, posts
        world = self.world
        world.calls.append(MemoryCall("interactions", self.account.id, ""))
        fault = world._take_fault("interactions", self.account.id)
        if fault is not None:
            raise _fresh(fault.error, self.account.id)
        mine = [m for m in world.messages if m.account == self.account.id]
        start = int(cursor) if cursor and cursor.isdigit() else 0
        items = tuple(
            NewInteraction(
                platform=self.platform,
                account_id=self.account.id,
                platform_id=m.id,
                kind="message",
                author=m.author,
                text=m.text,
                received_at=m.created_at,
                platform_post_id=m.post_id,
                reference={"id": m.id},
                reply_text=m.reply,
            )
            for m in mine[start:]
        )
        return InteractionPage(items, str(len(mine)))

    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        """Record the reply (and fail first, or after, if told to)."""
        del operator_ip
        world = self.world
        world.calls.append(MemoryCall("reply", self.account.id, key))
        fault = world._take_fault("reply", self.account.id)
        if fault is not None and not fault.after_commit:
            raise _fresh(fault.error, self.account.id)
        message = next(m for m in world.messages if m.id == interaction.reference["id"])
        message.reply = text
        if fault is not None:
            raise _fresh(fault.error, self.account.id)
        return ReplyOutcome(platform_reply_id=f"reply-{message.id}")

    async def find_reply(self, interaction: Interaction, text: str) -> ReplyOutcome | None:
        """The recorded reply, if any (or the failure a test planned for ``find_reply``)."""
        self.world.calls.append(MemoryCall("find_reply", self.account.id, interaction.id))
        fault = self.world._take_fault("find_reply", self.account.id)
        if fault is not None:
            raise _fresh(fault.error, self.account.id)
        message = next(
            (m for m in self.world.messages if m.id == interaction.reference["id"]), None
        )
        if message is None or message.reply is None:
            return None
        return ReplyOutcome(platform_reply_id=f"reply-{message.id}")

    def interaction_enabled(self) -> bool | None:
        """The ``interaction`` setting (default on)."""
        settings = self.account.settings
        return settings.interaction if isinstance(settings, MemorySettings) else None

    def credentials_expire_at(self) -> datetime | None:
        """The ``token_expires_at`` setting."""
        settings = self.account.settings
        return settings.token_expires_at if isinstance(settings, MemorySettings) else None

    async def delete(self, ctx: DeliveryContext) -> DeleteOutcome:
        """Mark the record deleted; a world without delete gives a manual task."""
        self._enter("delete", ctx)
        settings = self.account.settings
        if isinstance(settings, MemorySettings) and not settings.supports_delete:
            return DeleteOutcome(state="manual", instruction="请在平台后台手动删除该内容")
        found = [
            r
            for r in self.world.records
            if r.account == self.account.id and r.delivery_key == ctx.key
        ]
        if not found or all(r.deleted for r in found):
            return DeleteOutcome(state="already_gone")
        for record in found:
            record.deleted = True
        return DeleteOutcome(state="retracted")

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        """The memory platform knows for certain whether the delivery arrived."""
        self._enter("reconcile", ctx)
        for record in self.world.records:
            if record.account == self.account.id and record.delivery_key == ctx.key:
                return ReconcileOutcome(
                    state="published",
                    platform_post_id=record.platform_post_id,
                    url=f"https://memory.invalid/{self.account.id}/{record.platform_post_id}",
                )
        return ReconcileOutcome(state="absent")


def _fresh(error: PlatformError, account: str) -> PlatformError:
    """A new exception of the planned kind, so one planned fault is not raised twice."""
    clone: Any = type(error)(
        error.message,
        platform="memory",
        account=account,
        code=error.code,
        retry_after=error.retry_after,
    )
    result: PlatformError = clone
    return result
