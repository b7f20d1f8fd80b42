"""The delivery state machine: which states exist, which moves are allowed, which are final.

::

    planned ──► sending ──► accepted ──► published ──► retracting ──► retracted
       │           │  │        │            ▲              │
       │           │  │        │            │              ├──► retract_manual
       │           │  │        └──► removed │              └──► retract_failed
       │           │  └──► unknown ─────────┘ (reconciled: found)
       │           │         └──► planned   (reconciled: confirmed absent)
       │           └──► failed ──► planned  (resume of a retryable failure)
       ├──► skipped   (account suspended/closed when planned)
       └──► cancelled (retracted before it was sent)

``accepted`` is the asynchronous platforms' middle state (WeChat: the publish
job was submitted, the platform's review result is pending).  ``unknown`` means
an irreversible call may have taken effect: it is never re-sent until the
adapter's ``reconcile`` confirms the post is absent (reference README lesson 2).
"""

from __future__ import annotations

from typing import Literal, get_args

from govpub.errors import LedgerError

__all__ = [
    "ACTIVE_STATES",
    "FINAL_STATES",
    "TRANSITIONS",
    "DeliveryState",
    "check_transition",
]

DeliveryState = Literal[
    "planned",
    "sending",
    "accepted",
    "published",
    "failed",
    "unknown",
    "removed",
    "skipped",
    "cancelled",
    "retracting",
    "retracted",
    "retract_manual",
    "retract_failed",
]

ALL_STATES: frozenset[str] = frozenset(get_args(DeliveryState))

TRANSITIONS: dict[str, frozenset[str]] = {
    "planned": frozenset({"sending", "skipped", "cancelled", "failed"}),
    "sending": frozenset({"accepted", "published", "failed", "unknown", "sending"}),
    "accepted": frozenset({"published", "failed", "removed", "unknown", "accepted", "retracting"}),
    "unknown": frozenset(
        {"published", "accepted", "planned", "unknown", "failed", "cancelled", "retract_manual"}
    ),
    "failed": frozenset({"planned", "cancelled"}),
    "published": frozenset({"retracting", "removed"}),
    "retracting": frozenset({"retracted", "retract_manual", "retract_failed", "retracting"}),
    "retract_failed": frozenset({"retracting"}),
    "retract_manual": frozenset({"retracted", "retracting"}),
    "removed": frozenset(),
    "skipped": frozenset({"planned"}),
    "cancelled": frozenset(),
    "retracted": frozenset(),
}

#: States in which a delivery still needs work from ``resume``.
ACTIVE_STATES: frozenset[str] = frozenset({"planned", "sending", "accepted", "unknown"})

#: States that no ordinary operation leaves.
FINAL_STATES: frozenset[str] = frozenset({"removed", "cancelled", "retracted"})

assert set(TRANSITIONS) == ALL_STATES, "every state needs a row"  # noqa: S101 - module invariant


def check_transition(delivery_id: str, current: str, new: str) -> None:
    """Refuse a move the state machine does not allow (a bug, never a platform answer)."""
    if new not in TRANSITIONS.get(current, frozenset()):
        raise LedgerError(f"delivery {delivery_id}: transition {current} → {new} is not allowed")
