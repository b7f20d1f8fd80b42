"""What a health check finds: one finding per rule and account, rolled up to a verdict.

Levels: ``ok`` (通过), ``warn`` (警告), ``fail`` (不合格).  An account fails when
any finding fails; the matrix fails when any account (or a matrix-wide
finding) fails, and ``govpub health`` then exits 1 so cron can alert.

Check ids are stable: ``R-…`` for the regulatory rules of rules.md §3
(``R-DORMANT``, ``R-INTERACT``, ``R-INTERACT-REPLY``, ``R-ONE-ACCOUNT``,
``R-FILING``), ``G-…`` for
govpub's own operational checks (``G-NAMES``, ``G-CREDENTIALS``,
``G-TOKEN-EXPIRY``, ``G-REAUTH``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

__all__ = [
    "CHECK_LABELS",
    "LEVEL_LABELS",
    "AccountHealth",
    "HealthFinding",
    "HealthReport",
    "Level",
    "worst",
]

Level = Literal["ok", "warn", "fail"]

LEVEL_LABELS: Mapping[str, str] = {"ok": "通过", "warn": "警告", "fail": "不合格"}
_LEVELS: tuple[Level, ...] = ("ok", "warn", "fail")
_RANK: Mapping[str, int] = {level: rank for rank, level in enumerate(_LEVELS)}

#: Each check id with its Chinese label (tables, the HTML report).
CHECK_LABELS: Mapping[str, str] = {
    "R-DORMANT": "内容更新",
    "R-INTERACT": "互动功能",
    "R-INTERACT-REPLY": "留言答复",
    "R-ONE-ACCOUNT": "一个单位同一平台一个账号",
    "R-FILING": "备案",
    "G-NAMES": "账号名称一致",
    "G-CREDENTIALS": "凭据",
    "G-TOKEN-EXPIRY": "凭据有效期",
    "G-REAUTH": "重新授权",
}


def worst(levels: Iterable[str]) -> Level:
    """The most severe of ``levels`` (``ok`` for none)."""
    rank = max((_RANK[level] for level in levels), default=0)
    return _LEVELS[rank]


@dataclass(frozen=True)
class HealthFinding:
    """One rule's verdict on one account (or on the matrix), with the rule's source."""

    check: str
    level: Level
    message: str
    source: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "check": self.check,
            "level": self.level,
            "message": self.message,
            "source": self.source,
            "details": dict(self.details),
        }


@dataclass
class AccountHealth:
    """Every finding about one account, and the facts they rest on."""

    account_id: str
    name: str
    unit: str
    platform: str
    status: str
    status_reason: str | None = None
    platform_label: str = ""
    findings: list[HealthFinding] = field(default_factory=list)
    last_publication: datetime | None = None
    last_publication_source: Literal["ledger", "platform", "opened"] | None = None
    days_without_update: int | None = None
    interaction: bool | None = None
    credentials_expire_at: datetime | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def level(self) -> Level:
        """The account's verdict: its worst finding."""
        return worst(f.level for f in self.findings)

    def finding(self, check: str) -> HealthFinding | None:
        """The worst finding of ``check`` for this account, if any."""
        found = [f for f in self.findings if f.check == check]
        if not found:
            return None
        return max(found, key=lambda f: _RANK[f.level])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "account": self.account_id,
            "name": self.name,
            "unit": self.unit,
            "platform": self.platform,
            "status": self.status,
            "status_reason": self.status_reason,
            "level": self.level,
            "last_publication": _iso(self.last_publication),
            "last_publication_source": self.last_publication_source,
            "days_without_update": self.days_without_update,
            "interaction": self.interaction,
            "credentials_expire_at": _iso(self.credentials_expire_at),
            "findings": [f.to_dict() for f in self.findings],
            "notes": list(self.notes),
        }


@dataclass
class HealthReport:
    """The matrix at one moment under one rule profile."""

    at: datetime
    profile: str
    profile_label: str
    accounts: list[AccountHealth]
    matrix_findings: list[HealthFinding] = field(default_factory=list)
    remote: bool = True

    @property
    def level(self) -> Level:
        """The matrix's verdict."""
        return worst([*(a.level for a in self.accounts), *(f.level for f in self.matrix_findings)])

    @property
    def counts(self) -> dict[str, int]:
        """Accounts per level."""
        counts = Counter(a.level for a in self.accounts)
        return {level: counts.get(level, 0) for level in ("ok", "warn", "fail")}

    @property
    def exit_code(self) -> int:
        """1 when anything fails (cron alerts on it), else 0."""
        return 1 if self.level == "fail" else 0

    def account(self, account_id: str) -> AccountHealth:
        """The entry of one account."""
        for entry in self.accounts:
            if entry.account_id == account_id:
                return entry
        raise KeyError(account_id)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``govpub health --json``)."""
        return {
            "at": _iso(self.at),
            "profile": self.profile,
            "profile_label": self.profile_label,
            "remote": self.remote,
            "level": self.level,
            "counts": self.counts,
            "accounts": [a.to_dict() for a in self.accounts],
            "matrix_findings": [f.to_dict() for f in self.matrix_findings],
        }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()
