"""Account lifecycle events (开设、变更、关停、注销) as the ledger keeps them, for 备案.

The record type only; the rules of the lifecycle and the exports are governance
(:mod:`govpub.health.filings`), the storage is the ledger's
(:meth:`~govpub.ledger.records.Ledger.add_filing` and friends).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

__all__ = ["FILING_KINDS", "KIND_LABELS", "FilingEvent", "FilingKind", "NewFiling"]

FilingKind = Literal["opened", "changed", "closed", "cancelled"]
FILING_KINDS: tuple[FilingKind, ...] = get_args(FilingKind)

KIND_LABELS: Mapping[str, str] = {
    "opened": "开设",
    "changed": "变更",
    "closed": "关停",
    "cancelled": "注销",
}


@dataclass(frozen=True)
class FilingEvent:
    """One lifecycle event of one account, and whether it has been filed."""

    id: int
    kind: FilingKind
    account_id: str
    platform: str
    account_name: str
    unit: str
    supervisor: str
    event_date: date
    reason: str
    actor: str
    recorded_at: datetime
    changes: Mapping[str, Any] = field(default_factory=dict)
    filed_on: date | None = None
    receipt: str | None = None

    @property
    def label(self) -> str:
        """The event's Chinese name (开设…)."""
        return KIND_LABELS[self.kind]

    def changes_text(self) -> str:
        """``名称：旧 → 新；说明：…`` for people and CSV."""
        labels = {"name": "名称", "unit": "主办单位", "platform": "平台", "detail": "说明"}
        parts = []
        for key, value in self.changes.items():
            label = labels.get(key, key)
            if isinstance(value, Mapping) and "to" in value:
                parts.append(f"{label}：{value.get('from') or '—'} → {value['to']}")
            else:
                parts.append(f"{label}：{value}")
        return "；".join(parts)

    def to_dict(self, *, platform_label: str | None = None) -> dict[str, Any]:
        """JSON-ready form with the export keys (``kind`` stays the English id)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "kind_label": self.label,
            "event_date": self.event_date.isoformat(),
            "account_name": self.account_name,
            "platform_label": platform_label or self.platform,
            "platform": self.platform,
            "account_id": self.account_id,
            "unit": self.unit,
            "supervisor": self.supervisor,
            "changes": dict(self.changes),
            "changes_text": self.changes_text(),
            "reason": self.reason,
            "filed_on": self.filed_on.isoformat() if self.filed_on else None,
            "receipt": self.receipt,
            "actor": self.actor,
            "recorded_at": self.recorded_at.isoformat(),
        }


@dataclass(frozen=True)
class NewFiling:
    """An event to record: the account as it is *after* the event, and the facts of it."""

    kind: FilingKind
    account_id: str
    platform: str
    account_name: str
    unit: str
    supervisor: str
    event_date: date
    reason: str
    actor: str
    changes: Mapping[str, Any] = field(default_factory=dict)
    filed_on: date | None = None
    receipt: str | None = None
