"""The optional interaction capability (政民互动): collect comments and messages, reply to them.

An adapter that can read what the public says to its account, and answer it,
also derives from :class:`InteractionCapable`; :mod:`govpub.inbox` asks
``isinstance(adapter, InteractionCapable)`` and treats any other adapter as
"collects nothing" (a plug-in that never heard of the inbox still works).

The contract, per account:

* :attr:`InteractionCapable.interaction_channels` — the named streams the
  account has (WeChat ``comments``; Weibo ``comments`` and ``mentions``; own
  app ``messages``), each with its own cursor in the ledger;
* :meth:`InteractionCapable.fetch_interactions` — what arrived on one channel
  since a cursor (an opaque string the adapter made), and the cursor to start
  from next time.  Re-reading what was already collected is harmless (the
  ledger stores each interaction once), missing something is not — so a
  cursor is only ever advanced past what the page returned;
* :meth:`InteractionCapable.send_reply` — answer one interaction; the
  ``key`` is stable for that reply (the own app uses it as ``Idempotency-Key``);
* :meth:`InteractionCapable.find_reply` — after a send whose outcome is
  unknown (a timeout, a crash between the send and the ledger's record), ask
  the platform whether the reply is there before anything is sent again.

Some platforms address an interaction by the post it belongs to (WeChat
comments are listed per article, by the ``msg_data_id`` of the submit); the
inbox passes the account's published posts as :class:`PublishedRef` values, so
the adapter never reads the ledger.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from govpub.interactions import Interaction, NewInteraction

__all__ = ["InteractionCapable", "InteractionPage", "PublishedRef", "ReplyOutcome"]


@dataclass(frozen=True)
class PublishedRef:
    """One post of the account as the platform knows it: its id and the saved steps."""

    platform_post_id: str
    steps: Mapping[str, Any] = field(default_factory=dict)
    published_at: datetime | None = None


@dataclass(frozen=True)
class InteractionPage:
    """What one channel returned, and the cursor that follows it (``None``: unchanged)."""

    items: tuple[NewInteraction, ...] = ()
    cursor: str | None = None


@dataclass(frozen=True)
class ReplyOutcome:
    """A reply the platform holds: its id there (``None`` if the platform gives none)."""

    platform_reply_id: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


class InteractionCapable(ABC):
    """Mixed into an adapter that can collect and answer interactions (see the module)."""

    interaction_channels: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    async def fetch_interactions(
        self, channel: str, cursor: str | None, *, posts: Sequence[PublishedRef] = ()
    ) -> InteractionPage:
        """What arrived on ``channel`` after ``cursor`` (``None``: as far back as allowed)."""

    @abstractmethod
    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        """Answer ``interaction`` with ``text``; raises ``PlatformError`` kinds as publish does.

        ``operator_ip`` is the operator's IP where a platform wants it (Weibo ``rip``;
        ``[publisher] operator_ip``).

        An :class:`~govpub.errors.OutcomeUnknownError` means the reply may be
        there: the caller records that and asks :meth:`find_reply` next time.
        """

    @abstractmethod
    async def find_reply(self, interaction: Interaction, text: str) -> ReplyOutcome | None:
        """The reply ``text`` to ``interaction`` if the platform holds it, else ``None``."""
