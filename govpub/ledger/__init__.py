"""The durable ledger: posts, deliveries, attempts, platform references and the audit trail.

:class:`Ledger` is the interface; :class:`SqliteLedger` the default store.  See
:mod:`govpub.ledger.states` for the delivery state machine.
"""

from govpub.ledger.filings import FILING_KINDS, KIND_LABELS, FilingEvent, FilingKind, NewFiling
from govpub.ledger.records import (
    DeliveryPlan,
    DeliveryRecord,
    FreezeState,
    Ledger,
    PostRecord,
    PostState,
    PostSummary,
)
from govpub.ledger.reports import (
    LIVE_STATES,
    RETRACTION_STATES,
    SETTLED_STATES,
    Outcome,
    PostFacts,
    Publication,
)
from govpub.ledger.sqlite import SqliteLedger, delivery_key, worker_identity
from govpub.ledger.states import ACTIVE_STATES, FINAL_STATES, DeliveryState

__all__ = [
    "ACTIVE_STATES",
    "FILING_KINDS",
    "FINAL_STATES",
    "KIND_LABELS",
    "LIVE_STATES",
    "RETRACTION_STATES",
    "SETTLED_STATES",
    "DeliveryPlan",
    "DeliveryRecord",
    "DeliveryState",
    "FilingEvent",
    "FilingKind",
    "FreezeState",
    "Ledger",
    "NewFiling",
    "Outcome",
    "PostFacts",
    "PostRecord",
    "PostState",
    "PostSummary",
    "Publication",
    "SqliteLedger",
    "delivery_key",
    "worker_identity",
]
