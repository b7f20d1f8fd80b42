"""What the ledger answers about the past: publications, outcomes, posts — for health and metrics.

Record types and the delivery-state groups they are counted by; the queries are
:class:`~govpub.ledger.records.Ledger` methods (SQLite: :mod:`govpub.ledger.sqlite_reports`),
so governance code never touches SQL.

Which deliveries count as an *update* (更新) for R-DORMANT: those whose copy is
still on the platform — ``published`` and the retraction states that leave it
there (``retracting``, ``retract_manual``, ``retract_failed``).  A retracted or
platform-removed post is not something an inspector can see.  For metrics
every delivery that reached ``published`` counts as a publication, retracted
later or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = [
    "LIVE_STATES",
    "RETRACTION_STATES",
    "SETTLED_STATES",
    "Outcome",
    "PostFacts",
    "Publication",
]

#: Delivery states whose copy is still visible on the platform.
LIVE_STATES: tuple[str, ...] = ("published", "retracting", "retract_manual", "retract_failed")
#: Delivery states that mean someone asked to take the copy down.
RETRACTION_STATES: tuple[str, ...] = ("retracting", "retracted", "retract_manual", "retract_failed")
#: Delivery states that will not change without new work (a success rate counts these).
SETTLED_STATES: tuple[str, ...] = (
    "published",
    "failed",
    "removed",
    "retracting",
    "retracted",
    "retract_manual",
    "retract_failed",
)


@dataclass(frozen=True)
class Publication:
    """One delivery that reached ``published``."""

    account_id: str
    post_id: str
    published_at: datetime
    state: str


@dataclass(frozen=True)
class Outcome:
    """Where one delivery stands: enough for a success rate."""

    account_id: str
    state: str
    published: bool


@dataclass(frozen=True)
class PostFacts:
    """What the metrics need of a stored post."""

    id: str
    created_at: datetime
    publish_at: datetime | None
    is_reprint: bool
    approvals: tuple[Mapping[str, Any], ...] = ()
    findings: tuple[Mapping[str, Any], ...] | None = None
    """Compliance findings stored with the post; ``None`` when none were recorded."""
