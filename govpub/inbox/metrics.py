"""Interaction figures (政民互动) for a scope: response rate, time to reply, overdue counts.

* **received** — interactions received in the period;
* **response rate** (回复率) — replied ÷ (received − 无需回复): a message closed as
  needing no reply (spam, a duplicate) is neither answered nor owed;
* **median hours to reply** — from receipt to the reply, over the replied ones;
* **open** and **overdue** — still owed an answer at the end of the period, and
  of those the ones past their deadline (:mod:`govpub.inbox.deadlines`).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from govpub.inbox.deadlines import is_overdue
from govpub.interactions import Interaction

__all__ = ["InteractionStats", "interaction_stats"]


@dataclass(frozen=True)
class InteractionStats:
    """The interaction figures of one scope."""

    received: int = 0
    replied: int = 0
    no_reply_needed: int = 0
    open: int = 0
    overdue: int = 0
    median_hours_to_reply: float | None = None

    @property
    def response_rate(self) -> float | None:
        """Replied ÷ owed (``None`` when nothing was owed)."""
        owed = self.received - self.no_reply_needed
        return self.replied / owed if owed > 0 else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        rate = self.response_rate
        hours = self.median_hours_to_reply
        return {
            "received": self.received,
            "replied": self.replied,
            "no_reply_needed": self.no_reply_needed,
            "open": self.open,
            "overdue": self.overdue,
            "response_rate": None if rate is None else round(rate, 4),
            "median_hours_to_reply": None if hours is None else round(hours, 2),
        }


def interaction_stats(items: Iterable[Interaction], today: date) -> InteractionStats:
    """The figures of ``items`` (already chosen for the scope and period) as of ``today``."""
    chosen = list(items)
    replied = [i for i in chosen if i.replied_at is not None]
    hours = [(i.replied_at - i.received_at).total_seconds() / 3600 for i in replied if i.replied_at]
    return InteractionStats(
        received=len(chosen),
        replied=len(replied),
        no_reply_needed=sum(1 for i in chosen if i.state == "no_reply_needed"),
        open=sum(1 for i in chosen if i.is_open),
        overdue=sum(1 for i in chosen if is_overdue(i, today)),
        median_hours_to_reply=statistics.median(hours) if hours else None,
    )
