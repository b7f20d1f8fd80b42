"""What the ledger stores, and the interface every store implements.

The publisher talks to a :class:`Ledger`; SQLite is the default
(:class:`~govpub.ledger.sqlite.SqliteLedger`, also used in memory for tests),
and a PostgreSQL store for scale-out implements the same methods.  Calls are
synchronous and short; the publisher runs them on one writer thread so the
event loop never waits on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, Protocol

from govpub.audit import AuditTrail

if TYPE_CHECKING:
    from govpub.interactions import Answer, Interaction, NewInteraction, ReplyState
    from govpub.ledger.filings import FilingEvent, NewFiling
    from govpub.ledger.reports import Outcome, PostFacts, Publication
from govpub.ledger.states import DeliveryState
from govpub.model import Post

__all__ = [
    "DeliveryPlan",
    "DeliveryRecord",
    "FreezeState",
    "Ledger",
    "PostRecord",
    "PostState",
    "PostSummary",
]

PostState = Literal["scheduled", "active", "done", "refused", "retracted"]


@dataclass(frozen=True)
class PostRecord:
    """A post as submitted: its content (after compliance fixes), digest and approvals."""

    id: str
    digest: str
    category: str
    title: str
    state: PostState
    publish_at: datetime | None
    created_at: datetime
    approvals: tuple[Mapping[str, Any], ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class PostSummary:
    """A post as a list shows it: its record and how many deliveries are in each state.

    ``deliveries`` maps a delivery state to a count (states with none are absent).
    """

    post: PostRecord
    deliveries: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryRecord:
    """One post to one account: where it stands, and what the platform said."""

    id: str
    post_id: str
    account_id: str
    platform: str
    state: DeliveryState
    attempts: int = 0
    platform_post_id: str | None = None
    url: str | None = None
    last_error: Mapping[str, Any] | None = None
    steps: Mapping[str, Any] = field(default_factory=dict)
    instruction: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    published_at: datetime | None = None
    next_attempt_at: datetime | None = None
    owner: str | None = None


@dataclass(frozen=True)
class DeliveryPlan:
    """A delivery to write at submission: the account, and why it is skipped if it is."""

    account_id: str
    platform: str
    skip_reason: str | None = None


@dataclass(frozen=True)
class FreezeState:
    """An emergency stop (紧急暂停) in force."""

    reason: str
    actor: str
    since: datetime


class Ledger(Protocol):
    """The durable store of posts, deliveries, attempts and the audit trail."""

    @property
    def trail(self) -> AuditTrail:
        """The hash-chained audit trail kept with the ledger."""

    def submit(
        self,
        post: Post,
        plans: Sequence[DeliveryPlan],
        *,
        state: PostState,
        approvals: Sequence[Mapping[str, Any]],
        actor: str,
        details: Mapping[str, Any] | None = None,
        enqueue: bool = False,
    ) -> tuple[PostRecord, list[DeliveryRecord]]:
        """Store the post and plan every delivery in one transaction, before any network call.

        ``enqueue``: a job per planned delivery of an active post, in the same
        transaction (a store with workers' queue only).
        """

    def enqueue(self, delivery_ids: Sequence[str], *, at: datetime | None = None) -> list[str]:
        """A job for each delivery without one waiting (``at``: not before); those queued."""

    def enqueue_retractions(self, delivery_ids: Sequence[str], reason: str) -> list[str]:
        """A retraction job for each delivery without one waiting; those queued."""

    def get_post(self, post_id: str) -> PostRecord | None:
        """The stored post record, if any."""

    def post_and_freeze(self, post_id: str) -> tuple[PostRecord | None, FreezeState | None]:
        """:meth:`get_post` and :meth:`frozen`, read together (what a worker checks per send)."""

    def posts(
        self, *, states: Sequence[str] | None = None, since: datetime | None = None
    ) -> list[PostRecord]:
        """Stored posts, oldest first: only those in ``states``, created at or after ``since``."""

    def post_summaries(
        self, *, states: Sequence[str] | None = None, since: datetime | None = None
    ) -> list[PostSummary]:
        """Like :meth:`posts`, each with its delivery counts per state, read in one query."""

    def load_post(self, post_id: str) -> Post:
        """The stored post, images included, exactly as it was submitted."""

    def set_post_state(
        self, post_id: str, state: PostState, *, actor: str, reason: str | None = None
    ) -> None:
        """Move a post to ``state`` (audited)."""

    def deliveries(
        self, *, post_id: str | None = None, states: Sequence[str] | None = None
    ) -> list[DeliveryRecord]:
        """Deliveries, optionally of one post and/or in some states, oldest first."""

    def get_delivery(self, delivery_id: str) -> DeliveryRecord:
        """One delivery; ``LedgerError`` if unknown."""

    def transition(
        self,
        delivery_id: str,
        state: DeliveryState,
        *,
        actor: str,
        action: str,
        platform_post_id: str | None = None,
        url: str | None = None,
        error: Mapping[str, Any] | None = None,
        instruction: str | None = None,
        details: Mapping[str, Any] | None = None,
        next_attempt_at: datetime | None = None,
        attempt: Mapping[str, Any] | None = None,
        owner: str | None = None,
    ) -> DeliveryRecord:
        """Move a delivery to ``state`` (checked, audited); ``attempt`` is recorded with it.

        ``owner``: only while ``owner`` holds the delivery's lease, else
        :class:`~govpub.errors.LeaseLostError` and nothing is written (the fence
        before a platform call).
        """

    def owner_of(
        self, account_id: str, platform_post_id: str, *, exclude: str | None = None
    ) -> DeliveryRecord | None:
        """The delivery that holds ``platform_post_id`` on ``account_id``, other than ``exclude``.

        A platform post belongs to one delivery: the store refuses to record it
        for a second one (:class:`~govpub.errors.PlatformPostTakenError`).
        """

    def copies_of(
        self,
        content_key: str,
        *,
        accounts: Sequence[str],
        since: datetime,
        exclude_post: str,
    ) -> list[DeliveryRecord]:
        """Live or pending deliveries of other posts with ``content_key`` to ``accounts``."""

    def find_by_step(self, account_id: str, step: str, value: str) -> DeliveryRecord | None:
        """The delivery of ``account_id`` whose saved ``step`` is ``value``.

        How a platform's pushed result (WeChat ``PUBLISHJOBFINISH`` names its
        ``publish_id``) finds its delivery without reading every delivery.
        """

    # -- filings (备案) -------------------------------------------------------------------

    def add_filing(
        self, event: NewFiling, *, check: Callable[[FilingEvent | None], None] | None = None
    ) -> FilingEvent:
        """Store a lifecycle event (audited); ``check`` vets the account's previous event."""

    def mark_filed(
        self,
        event_id: int,
        *,
        filed_on: date,
        actor: str,
        receipt: str | None = None,
        check: Callable[[FilingEvent], None] | None = None,
    ) -> FilingEvent:
        """Record that an event was filed in the national system (audited)."""

    def filing(self, event_id: int) -> FilingEvent:
        """One event; ``LedgerError`` if unknown."""

    def filings(
        self, *, since: date | None = None, account_id: str | None = None
    ) -> list[FilingEvent]:
        """Events by event date, optionally from ``since`` and of one account."""

    def latest_filings(self) -> dict[str, FilingEvent]:
        """Every account's latest event."""

    def closed_accounts(self) -> dict[str, FilingEvent]:
        """Accounts whose latest filing is 关停 or 注销: never planned, whatever the config says."""

    # -- the inbox (政民互动; govpub.ledger.sql_inbox) ----------------------------------------

    def record_interactions(
        self,
        items: Sequence[NewInteraction],
        *,
        profile: str,
        due: Callable[[datetime], date],
        actor: str,
        cursor: tuple[str, str, str] | None = None,
    ) -> list[Interaction]:
        """Store what is new of ``items`` and move the collection cursor, in one transaction."""

    def inbox_cursor(self, account_id: str, channel: str) -> str | None:
        """Where the account's collection on ``channel`` stopped."""

    def interaction(self, interaction_id: str) -> Interaction:
        """One interaction; ``LedgerError`` if unknown."""

    def find_interactions(self, prefix: str) -> list[Interaction]:
        """Interactions whose id starts with ``prefix``."""

    def interactions(
        self,
        *,
        account_id: str | None = None,
        open_only: bool = False,
        due_before: date | None = None,
        pending_reply: bool = False,
    ) -> list[Interaction]:
        """Interactions by time received, filtered as asked."""

    def assign_interaction(self, interaction_id: str, *, assignee: str, actor: str) -> Interaction:
        """Give an open interaction to someone (audited)."""

    def close_interaction(self, interaction_id: str, *, reason: str, actor: str) -> Interaction:
        """End an interaction with a reason (audited)."""

    def intend_reply(
        self,
        interaction_id: str,
        *,
        text: str,
        approvals: Sequence[Mapping[str, Any]],
        actor: str,
        check: Callable[[Interaction], None] | None = None,
    ) -> Interaction:
        """Record a reply before it is sent (audited)."""

    def record_reply(
        self,
        interaction_id: str,
        *,
        outcome: ReplyState,
        actor: str,
        platform_reply_id: str | None = None,
        error: Mapping[str, Any] | None = None,
    ) -> Interaction:
        """Record the outcome of a reply's send (audited)."""

    def answers(self) -> list[Answer]:
        """The answer library (咨询答问库), oldest first."""

    # -- reports (health, metrics) ----------------------------------------------------------

    def last_live_publications(self, at: datetime) -> dict[str, datetime]:
        """Per account, the newest still-visible publication at or before ``at``."""

    def publications(self, since: datetime, until: datetime) -> list[Publication]:
        """Deliveries published in ``[since, until)``, oldest first."""

    def outcomes(self, since: datetime, until: datetime) -> list[Outcome]:
        """Where each delivery planned in ``[since, until)`` stands."""

    def retractions(self, since: datetime, until: datetime) -> list[str]:
        """Account ids of deliveries taken down (or being), last changed in ``[since, until)``."""

    def latest_settled_deliveries(self, at: datetime) -> dict[str, DeliveryRecord]:
        """Per account, the most recently updated settled delivery at or before ``at``."""

    def post_facts(self, ids: Sequence[str]) -> dict[str, PostFacts]:
        """Facts about these posts for the metrics (reprint, approvals, recorded findings)."""

    def save_step(self, delivery_id: str, name: str, value: Any) -> None:
        """Persist one platform step's reference (``None`` forgets it)."""

    def record_attempt(
        self,
        delivery_id: str,
        *,
        operation: str,
        outcome: str,
        error: Mapping[str, Any] | None = None,
        wait: float | None = None,
    ) -> None:
        """Record one platform call of a delivery (and count it)."""

    def claim(self, delivery_ids: Sequence[str], *, owner: str, lease_seconds: float) -> list[str]:
        """Take deliveries for this worker; returns the ids it got (others are leased elsewhere)."""

    def lease(
        self, delivery_id: str, *, owner: str, lease_seconds: float
    ) -> tuple[DeliveryRecord, bool]:
        """:meth:`claim` one delivery and read it: its record, and whether this worker holds it."""

    def release(self, *, owner: str, delivery_ids: Sequence[str] | None = None) -> None:
        """Give back every delivery this worker holds (or only ``delivery_ids`` of them)."""

    def published_since(self, account_id: str, since: datetime) -> list[datetime]:
        """When this account last published (for per-account hourly limits)."""

    def due_posts(self, now: datetime) -> list[PostRecord]:
        """Scheduled posts whose time has come."""

    def freeze(self, *, reason: str, actor: str) -> FreezeState:
        """Stop all sending until :meth:`unfreeze` (audited)."""

    def unfreeze(self, *, actor: str) -> None:
        """Lift the emergency stop (audited)."""

    def frozen(self) -> FreezeState | None:
        """The emergency stop in force, if any."""

    def audit(self, *, actor: str, action: str, subject: str, details: Mapping[str, Any]) -> None:
        """Append one record to the audit trail."""

    def close(self) -> None:
        """Release the store."""
