"""The ledger read for governance: a thin view kept for the health and metrics code.

The queries are :class:`~govpub.ledger.records.Ledger` methods (see
:mod:`govpub.ledger.reports`): governance code never touches SQL, and any store
that implements the protocol — SQLite or PostgreSQL — serves the health checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from govpub.ledger import (
    LIVE_STATES,
    RETRACTION_STATES,
    SETTLED_STATES,
    DeliveryRecord,
    Ledger,
    Outcome,
    PostFacts,
    Publication,
)

__all__ = [
    "LIVE_STATES",
    "RETRACTION_STATES",
    "SETTLED_STATES",
    "LedgerHistory",
    "Outcome",
    "PostFacts",
    "Publication",
]


class LedgerHistory:
    """Read-only views of one ledger, by the names the health and metrics code use."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def last_live_publications(self, at: datetime) -> dict[str, datetime]:
        """Per account, the newest still-visible publication at or before ``at``."""
        return self.ledger.last_live_publications(at)

    def publications(self, since: datetime, until: datetime) -> list[Publication]:
        """Deliveries published in ``[since, until)``, oldest first."""
        return self.ledger.publications(since, until)

    def outcomes(self, since: datetime, until: datetime) -> list[Outcome]:
        """Where each delivery planned in ``[since, until)`` stands (for success rates)."""
        return self.ledger.outcomes(since, until)

    def retractions(self, since: datetime, until: datetime) -> list[str]:
        """Account ids of deliveries taken down (or being), last changed in ``[since, until)``."""
        return self.ledger.retractions(since, until)

    def latest_deliveries(self, at: datetime) -> dict[str, DeliveryRecord]:
        """Per account, the most recently updated settled delivery at or before ``at``."""
        return self.ledger.latest_settled_deliveries(at)

    def posts(self, ids: Sequence[str]) -> dict[str, PostFacts]:
        """Facts about the given posts (reprint or original, approvals, findings)."""
        return self.ledger.post_facts(ids)
