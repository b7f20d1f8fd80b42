"""The durable ledger: posts, deliveries, attempts, platform references and the audit trail.

:class:`Ledger` is the interface; :class:`SqliteLedger` the default store.  See
:mod:`govpub.ledger.states` for the delivery state machine.
"""

from govpub.ledger.records import (
    DeliveryPlan,
    DeliveryRecord,
    FreezeState,
    Ledger,
    PostRecord,
    PostState,
    PostSummary,
)
from govpub.ledger.sqlite import SqliteLedger, delivery_key, worker_identity
from govpub.ledger.states import ACTIVE_STATES, FINAL_STATES, DeliveryState

__all__ = [
    "ACTIVE_STATES",
    "FINAL_STATES",
    "DeliveryPlan",
    "DeliveryRecord",
    "DeliveryState",
    "FreezeState",
    "Ledger",
    "PostRecord",
    "PostState",
    "PostSummary",
    "SqliteLedger",
    "delivery_key",
    "worker_identity",
]
