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
4. **send, then record** — ``sent`` with the platform's reply id; an unknown
   outcome (a timeout, a transient failure) is ``unknown``; a refusal ``failed``.

A crash between 3 and 4 leaves ``intended``: :func:`settle_pending` (run by
``govpub inbox sync``) asks the platform first (``find_reply`` of
:class:`~govpub.platforms.interaction.InteractionCapable`) and records
``sent`` if the reply is there, and sends it only if it is not — so no reply
is lost and none is sent twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

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
from govpub.interactions import Interaction
from govpub.ledger import Ledger
from govpub.logging import get_logger
from govpub.model import Post
from govpub.platforms.interaction import InteractionCapable
from govpub.review import Approval, ReviewPolicy
from govpub.review.policy import Category, Tier

__all__ = [
    "REPLY_CATEGORY",
    "deliver_reply",
    "operator_ip",
    "reply_key",
    "reply_post",
    "reply_review_policy",
    "settle_pending",
    "vet_reply",
]

_log = get_logger("govpub.inbox")

#: The review category of replies (``[review.categories.reply]`` configures it).
REPLY_CATEGORY = "reply"
#: Raised by a test's crash hook: what a killed process leaves behind.
CrashHook = Callable[[str], None]


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


async def deliver_reply(
    adapter: InteractionCapable,
    ledger: Ledger,
    interaction: Interaction,
    *,
    actor: str,
    operator_ip: str | None = None,
    crash: CrashHook | None = None,
) -> Interaction:
    """Send the intended reply of ``interaction`` and record what happened.

    ``crash`` (tests) is called with ``"before_send"`` and ``"after_send"``; a
    hook that raises stands for a process killed at that instant.
    """
    if interaction.reply_state not in ("intended", "unknown") or interaction.reply_text is None:
        raise LedgerError(f"interaction {interaction.id} has no reply to send")
    text = interaction.reply_text
    if crash is not None:
        crash("before_send")
    try:
        outcome = await adapter.send_reply(
            interaction, text, key=reply_key(interaction.id), operator_ip=operator_ip
        )
    except (OutcomeUnknownError, TransientError, RateLimitedError) as exc:
        _log.warning("govpub.inbox.reply_unknown", interaction=interaction.id, error=str(exc))
        return ledger.record_reply(
            interaction.id, outcome="unknown", actor=actor, error=_error(exc)
        )
    except PlatformError as exc:
        _log.warning("govpub.inbox.reply_failed", interaction=interaction.id, error=str(exc))
        return ledger.record_reply(interaction.id, outcome="failed", actor=actor, error=_error(exc))
    except NotSupported as exc:  # nothing was sent: the platform cannot answer this kind
        return ledger.record_reply(
            interaction.id,
            outcome="failed",
            actor=actor,
            error={"kind": "NotSupported", "message": str(exc)},
        )
    if crash is not None:
        crash("after_send")
    return ledger.record_reply(
        interaction.id,
        outcome="sent",
        actor=actor,
        platform_reply_id=outcome.platform_reply_id,
    )


async def settle_pending(
    adapter: InteractionCapable,
    ledger: Ledger,
    interaction: Interaction,
    *,
    actor: str,
    operator_ip: str | None = None,
) -> Interaction:
    """A reply left ``intended`` or ``unknown``: recorded if the platform has it, else sent."""
    text = interaction.reply_text or ""
    found = await adapter.find_reply(interaction, text)
    if found is not None:
        return ledger.record_reply(
            interaction.id,
            outcome="sent",
            actor=actor,
            platform_reply_id=found.platform_reply_id,
            error={"reconciled": True, **dict(found.details)},
        )
    return await deliver_reply(adapter, ledger, interaction, actor=actor, operator_ip=operator_ip)


def _error(exc: PlatformError) -> Mapping[str, Any]:
    return {
        "kind": type(exc).__name__,
        "code": exc.code,
        "message": str(exc),
        "request_id": exc.request_id,
    }
