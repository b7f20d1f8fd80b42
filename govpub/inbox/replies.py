"""Replies are content: compliance checks, a review of their own, and the ledger's guarantees.

A reply to the public is published speech of a government account, so it
passes what a post passes (国办发〔2018〕123号; rules.md R-REVIEW 先审后发):

1. **compliance** — :func:`govpub.check` on the reply as a post
   (:func:`reply_post`): secrecy markings, personal data, ad links…; a blocking
   finding, or a fix that would change the text the reviewer approved, refuses;
2. **review** — the approvals must cover exactly this text under the reply
   policy (:func:`reply_review_policy`): the ``[review.categories.reply]``
   category when ``govpub.toml`` defines one, else a **single tier** held by the
   role of the first tier of the first category;
3. **intent before send** — the text and approvals are committed
   (``reply_state = 'intended'``) before the adapter is called;
4. **send, then record** — ``sent`` with the platform's reply id; a refusal
   ``failed``.  What the adapter calls retryable (a 502 or a dropped connection
   before the platform took the request, a rate limit) is tried again under
   ``[publisher.retry]`` (:func:`retry_policy`), as a post's step is; when the
   retries are spent the reply is ``unknown`` for the next sync.  An unknown
   outcome (the request may have been applied) is committed as ``unknown`` and
   settled at once, in the same run (5).

5. **settle** — :func:`settle_pending` asks the platform first (``find_reply``
   of :class:`~govpub.platforms.interaction.InteractionCapable`, retried like
   the send) and records ``sent`` if the reply is there; only a confirmed
   absence allows another send, at most ``max_resends`` per run — the rule of
   posts (:mod:`govpub.publisher.runner`).

A crash between 3 and 4 leaves ``intended``, settled by (5) when ``govpub inbox
sync`` runs — so no reply is lost and none is sent twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from govpub.compliance import Policy, check
from govpub.config import Matrix
from govpub.errors import (
    LedgerError,
    NotSupported,
    OutcomeUnknownError,
    PlatformError,
    PolicyError,
    RateLimitedError,
    TransientError,
)
from govpub.interactions import Interaction, ReplyState
from govpub.ledger import Ledger
from govpub.logging import get_logger
from govpub.model import Post
from govpub.platforms.interaction import InteractionCapable
from govpub.publisher.retry import RetryPolicy, Sleep, asyncio_sleep, retrying
from govpub.review import Approval, ReviewPolicy
from govpub.review.policy import Category, Tier

if TYPE_CHECKING:
    from tenacity import RetryCallState

__all__ = [
    "REPLY_CATEGORY",
    "deliver_reply",
    "operator_ip",
    "reply_key",
    "reply_post",
    "reply_review_policy",
    "retry_policy",
    "settle_pending",
    "vet_reply",
]

_log = get_logger("govpub.inbox")

#: The review category of replies (``[review.categories.reply]`` configures it).
REPLY_CATEGORY = "reply"
#: Why a reply stays ``unknown`` when the run's re-sends are spent (shown to editors).
_RESENDS_EXHAUSTED: Mapping[str, Any] = {
    "kind": "resends_exhausted",
    "message": "多次核对均未在平台找到该回复，已停止自动重发，请人工核对后处理。",
}
T = TypeVar("T")


def operator_ip(matrix: Matrix) -> str | None:
    """``[publisher] operator_ip`` (validated when the configuration was loaded)."""
    value = matrix.publisher.get("operator_ip")
    return str(value) if value else None


def reply_key(interaction_id: str) -> str:
    """The reply's stable key (the own app's ``Idempotency-Key``); no ``.`` in it."""
    digest = hashlib.sha256(f"reply\0{interaction_id}".encode()).hexdigest()
    return f"rpl_{digest[:32]}"


def reply_post(interaction: Interaction, text: str) -> Post:
    """The reply as a post: what compliance checks and what reviewers sign (its digest)."""
    return Post(
        id=f"reply-{interaction.id}",
        title=f"回复{interaction.kind_label}",
        body=text,
        category=REPLY_CATEGORY,
    )


def reply_review_policy(matrix: Matrix) -> ReviewPolicy:
    """The matrix's review policy with a ``reply`` category (single tier unless configured)."""
    policy = ReviewPolicy.from_matrix(matrix)
    if REPLY_CATEGORY in policy.categories:
        return policy
    first = next(iter(policy.categories.values()))
    single = Category(label="政民互动回复", tiers=(Tier(role=first.tiers[0].role, name="审核"),))
    return policy.model_copy(update={"categories": {**policy.categories, REPLY_CATEGORY: single}})


def vet_reply(
    matrix: Matrix,
    interaction: Interaction,
    text: str,
    approvals: Sequence[Approval],
    *,
    now: datetime | None = None,
) -> Post:
    """Compliance and review of a reply (``PolicyError``, ``ReviewError``, ``PostError``)."""
    if not text.strip():
        raise PolicyError(f"the reply to {interaction.id} is empty")
    post = reply_post(interaction, text)
    result = check(post, Policy.from_matrix(matrix))
    if result.blocked:
        blocking = tuple(f for f in result.findings if f.severity == "block")
        raise PolicyError(
            "回复未通过合规检查：" + "；".join(f"{f.rule}: {f.message}" for f in blocking),
            findings=blocking,
        )
    if result.post.body != post.body:
        fixed = tuple(f for f in result.findings if f.severity == "fixed")
        raise PolicyError(
            "回复需修改后重新审核（合规检查会改动正文）："
            + "；".join(f"{f.rule}: {f.message}" for f in fixed),
            findings=fixed,
        )
    reply_review_policy(matrix).verify(post, approvals, now=now)
    return post


def retry_policy(matrix: Matrix) -> RetryPolicy:
    """``[publisher.retry]``: replies retry like posts (validated when the file was loaded)."""
    return RetryPolicy.model_validate(matrix.publisher.get("retry") or {})


async def deliver_reply(
    adapter: InteractionCapable,
    ledger: Ledger,
    interaction: Interaction,
    *,
    actor: str,
    operator_ip: str | None = None,
    policy: RetryPolicy | None = None,
    sleep: Sleep = asyncio_sleep,
) -> Interaction:
    """Send the intended reply of ``interaction`` and record what happened, settled in this run.

    Retried under ``policy`` (:func:`retry_policy`) like a post: a failure the
    adapter calls retryable is tried again; an unknown outcome is recorded and
    read back at once (:func:`settle_pending`), never sent again blindly.
    """
    if interaction.reply_state not in ("intended", "unknown") or interaction.reply_text is None:
        raise LedgerError(f"interaction {interaction.id} has no reply to send")
    run = _ReplyRun(adapter, ledger, actor, operator_ip, policy or RetryPolicy(), sleep)
    return await run.send(interaction)


async def settle_pending(
    adapter: InteractionCapable,
    ledger: Ledger,
    interaction: Interaction,
    *,
    actor: str,
    operator_ip: str | None = None,
    policy: RetryPolicy | None = None,
    sleep: Sleep = asyncio_sleep,
) -> Interaction:
    """A reply left ``intended`` or ``unknown``: recorded if the platform has it, else sent.

    Within one run: the read-back and the sends retry what the adapter calls
    retryable, and a re-send whose outcome is unknown again is read back again —
    at most ``policy.max_resends`` re-sends, each after a confirmed absence.
    """
    run = _ReplyRun(adapter, ledger, actor, operator_ip, policy or RetryPolicy(), sleep)
    return await run.settle(interaction)


@dataclass
class _ReplyRun:
    """One run's sends and read-backs of one reply, and how many re-sends it made.

    The exactly-once rule of posts (:mod:`govpub.publisher.runner`): a send
    whose outcome is unknown is recorded ``unknown`` before anything else, and
    only a read-back that finds no reply allows another send.
    """

    adapter: InteractionCapable
    ledger: Ledger
    actor: str
    operator_ip: str | None
    policy: RetryPolicy
    sleep: Sleep
    resends: int = 0

    async def send(self, interaction: Interaction) -> Interaction:
        """Send (retrying what may be retried), record the outcome; settle an unknown one."""
        text = interaction.reply_text or ""
        call = partial(
            self.adapter.send_reply,
            interaction,
            text,
            key=reply_key(interaction.id),
            operator_ip=self.operator_ip,
        )
        try:
            outcome = await self._retried(call, interaction, "send")
        except OutcomeUnknownError as exc:  # it may be there: read back before anything else
            _log.warning("govpub.inbox.reply_unknown", interaction=interaction.id, error=str(exc))
            unknown = self._record(interaction, "unknown", error=_error(exc))
            return await self.settle(unknown)
        except (TransientError, RateLimitedError) as exc:  # retries spent: the next sync goes on
            _log.warning("govpub.inbox.reply_unknown", interaction=interaction.id, error=str(exc))
            return self._record(interaction, "unknown", error=_error(exc))
        except PlatformError as exc:
            _log.warning("govpub.inbox.reply_failed", interaction=interaction.id, error=str(exc))
            return self._record(interaction, "failed", error=_error(exc))
        except NotSupported as exc:  # nothing was sent: the platform cannot answer this kind
            error = {"kind": "NotSupported", "message": str(exc)}
            return self._record(interaction, "failed", error=error)
        return self._record(interaction, "sent", platform_reply_id=outcome.platform_reply_id)

    async def settle(self, interaction: Interaction) -> Interaction:
        """Read back; record ``sent`` if the reply is there, re-send only on confirmed absence."""
        text = interaction.reply_text or ""
        try:
            found = await self._retried(
                partial(self.adapter.find_reply, interaction, text), interaction, "read_back"
            )
        except PlatformError as exc:  # the platform would not say: still in flight
            _log.warning(
                "govpub.inbox.reply_read_back_failed", interaction=interaction.id, error=str(exc)
            )
            return self._record(interaction, "unknown", error=_error(exc))
        if found is not None:
            return self._record(
                interaction,
                "sent",
                platform_reply_id=found.platform_reply_id,
                error={"reconciled": True, **dict(found.details)},
            )
        if self.resends >= self.policy.max_resends:
            _log.warning("govpub.inbox.reply_resends_exhausted", interaction=interaction.id)
            return self._record(interaction, "unknown", error=_RESENDS_EXHAUSTED)
        self.resends += 1
        return await self.send(interaction)

    async def _retried(
        self, call: Callable[[], Awaitable[T]], interaction: Interaction, step: str
    ) -> T:
        """``call`` under the retry policy (:func:`govpub.publisher.retry.retrying`)."""

        def scheduled(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome is not None else None
            _log.info(
                "govpub.inbox.reply_retry_scheduled",
                interaction=interaction.id,
                step=step,
                attempt=state.attempt_number,
                wait=state.upcoming_sleep,
                error=str(exc) if exc is not None else None,
            )

        async for attempt in retrying(self.policy, sleep=self.sleep, before_sleep=scheduled):
            with attempt:
                return await call()
        raise AssertionError("unreachable: retrying re-raises the last error")  # pragma: no cover

    def _record(
        self,
        interaction: Interaction,
        outcome: ReplyState,
        *,
        platform_reply_id: str | None = None,
        error: Mapping[str, Any] | None = None,
    ) -> Interaction:
        return self.ledger.record_reply(
            interaction.id,
            outcome=outcome,
            actor=self.actor,
            platform_reply_id=platform_reply_id,
            error=error,
        )


def _error(exc: PlatformError) -> Mapping[str, Any]:
    return {
        "kind": type(exc).__name__,
        "code": exc.code,
        "message": str(exc),
        "request_id": exc.request_id,
    }
