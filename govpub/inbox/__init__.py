"""Public interaction (政民互动): one inbox for comments and messages across the matrix.

互动交流 is one of the four functions 国办发〔2018〕123号 gives 政务新媒体, and
"互动回应差" is a 单项否决 item of 国办秘函〔2019〕19号.  This package collects
what the public says to the matrix's accounts into the ledger, gives each
message a reply deadline from the rule profile, and sends reviewed replies:

* :mod:`govpub.inbox.deadlines` — deadlines in working days of the health calendar;
* :mod:`govpub.inbox.sync` — collection through the adapters' optional capability
  (:class:`~govpub.platforms.interaction.InteractionCapable`);
* :mod:`govpub.inbox.push` — messages pushed to the agency (WeChat callback, own app);
* :mod:`govpub.inbox.replies` — replies checked, reviewed, recorded before the send;
* :mod:`govpub.inbox.answers` — the answer library (咨询答问库);
* :mod:`govpub.inbox.metrics` — response rate, time to reply, overdue;
* the record types are :mod:`govpub.interactions` (pure data), the storage
  :mod:`govpub.ledger.sql_inbox`.
"""

from __future__ import annotations

from govpub.interactions import (
    INTERACTION_STATES,
    OPEN_STATES,
    STATE_LABELS,
    Interaction,
    InteractionKind,
    InteractionState,
    NewInteraction,
    interaction_id,
)

__all__ = [
    "INTERACTION_STATES",
    "OPEN_STATES",
    "STATE_LABELS",
    "Interaction",
    "InteractionKind",
    "InteractionState",
    "NewInteraction",
    "interaction_id",
]
