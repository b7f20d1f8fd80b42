"""Public interactions (政民互动) as the ledger keeps them: one row per comment or message.

Pure data, no I/O (like :mod:`govpub.model`): adapters build them, the ledger
stores them.  Collection is :mod:`govpub.inbox.sync`, deadlines are
:mod:`govpub.inbox.deadlines`, storage is :mod:`govpub.ledger.sql_inbox`.

An interaction is stored once: its id is derived from the platform and the
platform's own id (:func:`interaction_id`), so collecting the same comment
twice — a second sync, a sync that crashed after storing but before moving its
cursor — changes nothing.

States (``STATE_LABELS``): ``new`` → ``assigned`` → ``replied`` → ``closed``;
``no_reply_needed`` (with a reason: spam, a duplicate, nothing to answer) ends
an interaction that was never answered.  A reply in flight is the ``reply_state``
column, not a state: ``intended`` (recorded before the send), ``sent``,
``unknown`` (the send may have reached the platform; reconcile before any
re-send) or ``failed`` (the platform refused; a corrected reply may be sent).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

__all__ = [
    "INTERACTION_KINDS",
    "INTERACTION_STATES",
    "OPEN_STATES",
    "STATE_LABELS",
    "Answer",
    "Interaction",
    "InteractionKind",
    "InteractionState",
    "NewInteraction",
    "ReplyState",
    "answer_id",
    "interaction_id",
]

InteractionKind = Literal["comment", "mention", "message"]
INTERACTION_KINDS: tuple[InteractionKind, ...] = get_args(InteractionKind)

InteractionState = Literal["new", "assigned", "replied", "closed", "no_reply_needed"]
INTERACTION_STATES: tuple[InteractionState, ...] = get_args(InteractionState)

#: States that still owe the public an answer (they count against the deadline).
OPEN_STATES: frozenset[str] = frozenset({"new", "assigned"})

ReplyState = Literal["intended", "sent", "unknown", "failed"]

STATE_LABELS: Mapping[str, str] = {
    "new": "待处理",
    "assigned": "已分派",
    "replied": "已回复",
    "closed": "已办结",
    "no_reply_needed": "无需回复",
}

KIND_LABELS: Mapping[str, str] = {"comment": "评论", "mention": "提及", "message": "留言"}


def interaction_id(platform: str, platform_id: str) -> str:
    """The stable id of one interaction: the same however often it is collected."""
    digest = hashlib.sha256(f"{platform}\0{platform_id}".encode()).hexdigest()
    return f"itx_{digest[:16]}"


@dataclass(frozen=True)
class NewInteraction:
    """An interaction as a platform reported it, before the ledger stores it.

    ``platform_id`` is unique on its platform (WeChat's comment ids are unique
    per article only, so the WeChat adapter prefixes the article's
    ``msg_data_id`` and index).  ``platform_post_id`` is the post it answers,
    in the form the ledger keeps for deliveries, so the inbox can link it to
    the govpub post.  ``reference`` holds what a reply needs (the WeChat
    article and comment ids, the Weibo status and comment ids).  ``reply_text``
    and ``replied_at``: the account already answered it on the platform (in
    the platform's own back end); it is stored as ``replied``.
    """

    platform: str
    account_id: str
    platform_id: str
    kind: InteractionKind
    author: str
    text: str
    received_at: datetime
    platform_post_id: str | None = None
    reference: Mapping[str, Any] = field(default_factory=dict)
    reply_text: str | None = None
    replied_at: datetime | None = None

    @property
    def id(self) -> str:
        """The id the ledger stores it under."""
        return interaction_id(self.platform, self.platform_id)


@dataclass(frozen=True)
class Interaction:
    """One stored interaction: what was said, to whom, by when it must be answered, and how."""

    id: str
    platform: str
    account_id: str
    platform_id: str
    kind: InteractionKind
    author: str
    text: str
    received_at: datetime
    collected_at: datetime
    state: InteractionState
    profile: str
    due_on: date
    updated_at: datetime
    platform_post_id: str | None = None
    post_id: str | None = None
    assignee: str | None = None
    reason: str | None = None
    reference: Mapping[str, Any] = field(default_factory=dict)
    reply_text: str | None = None
    reply_state: ReplyState | None = None
    reply_platform_id: str | None = None
    replied_at: datetime | None = None
    reply_approvals: tuple[Mapping[str, Any], ...] = ()

    @property
    def is_open(self) -> bool:
        """Whether the public is still owed an answer."""
        return self.state in OPEN_STATES

    @property
    def state_label(self) -> str:
        """The state's Chinese name."""
        return STATE_LABELS[self.state]

    @property
    def kind_label(self) -> str:
        """The kind's Chinese name (评论、提及、留言)."""
        return KIND_LABELS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (times ISO 8601, the deadline a date)."""
        return {
            "id": self.id,
            "platform": self.platform,
            "account_id": self.account_id,
            "platform_id": self.platform_id,
            "kind": self.kind,
            "kind_label": self.kind_label,
            "author": self.author,
            "text": self.text,
            "received_at": self.received_at.isoformat(),
            "collected_at": self.collected_at.isoformat(),
            "state": self.state,
            "state_label": self.state_label,
            "profile": self.profile,
            "due_on": self.due_on.isoformat(),
            "platform_post_id": self.platform_post_id,
            "post_id": self.post_id,
            "assignee": self.assignee,
            "reason": self.reason,
            "reply_text": self.reply_text,
            "reply_state": self.reply_state,
            "reply_platform_id": self.reply_platform_id,
            "replied_at": self.replied_at.isoformat() if self.replied_at else None,
        }


@dataclass(frozen=True)
class Answer:
    """An approved reply kept in the answer library (咨询答问库), with the question it answered."""

    id: str
    question: str
    answer: str
    created_at: datetime
    interaction_id: str | None = None
    account_id: str | None = None
    reviewers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "created_at": self.created_at.isoformat(),
            "interaction_id": self.interaction_id,
            "account_id": self.account_id,
            "reviewers": list(self.reviewers),
        }


def answer_id(question: str, answer: str) -> str:
    """The library id of one (question, answer) pair: the same pair is kept once."""
    digest = hashlib.sha256(f"{question}\0{answer}".encode()).hexdigest()
    return f"ans_{digest[:16]}"
