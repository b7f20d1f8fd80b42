"""One delivery as the adapter sees it: its stable key, its token in links, its saved steps.

The publisher hands an adapter a :class:`DeliveryContext` for each delivery;
through it the adapter saves each irreversible step's platform reference
before it moves on (:meth:`DeliveryContext.step`), so a resumed delivery
continues where it stopped.  The delivery token (:func:`delivery_token`), put
in a post's link (:func:`tag_link`), lets reconcile tell this delivery's
platform post from any other.  Apart from :mod:`govpub.platforms.base`, the
contract that takes a context, because this is what the publisher provides,
not what an adapter implements; both are imported from ``base``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import Field

from govpub.model import Account, AccountSettings

__all__ = [
    "DELIVERY_TOKEN_LENGTH",
    "DELIVERY_TOKEN_PARAM",
    "LINK_TOKEN_CHARS",
    "DeliveryContext",
    "FindOwner",
    "LinkTokenSettings",
    "SaveStep",
    "carries_token",
    "delivery_token",
    "tag_link",
    "token_in_link",
]

T = TypeVar("T")


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


def token_in_link(
    ctx: DeliveryContext, settings: LinkTokenSettings, *, has_link: bool
) -> str | None:
    """The token the post's link carries: ``ctx.token``; ``None`` when switched off or no link."""
    if not settings.link_token or not has_link:
        return None
    return ctx.token
