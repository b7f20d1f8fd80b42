"""Account lifecycle filings (备案): 开设、变更、关停、注销, in the ledger and the audit trail.

国办发〔2018〕123号 requires that opening, changing, closing and cancelling a
政务新媒体 account be filed (备案) with the supervising unit through the
全国政务新媒体信息报送系统; Hubei's rules ask for it within 5 working days
[local] (rules.md §3, R-FILING).  The national system has no public API, so a
person files there; govpub keeps the history and says what is still unfiled.

How this relates to ``govpub.toml``: the configuration stays the source of
truth for which accounts exist and their credentials, and govpub never edits
it.  The ledger keeps the lifecycle *history* — each event with its date,
unit, supervising unit (主管单位), platform, account name, what changed and
why, and when it was filed in the national system.  ``govpub health`` warns
when the two disagree (the config says ``closed`` but no 关停 is on record) and
when an event is still unfiled after the profile's working days.

Lifecycle: any first event (accounts older than govpub's ledger may start with
a change or a closure); then ``opened → changed* → closed → opened …`` and
``cancelled`` (注销) is final.  An event may not predate the previous one, lie
in the future, or be filed before it happened.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import IO, Any, Literal, get_args

from govpub.errors import ConfigError, LedgerError
from govpub.ledger import SqliteLedger
from govpub.model import Account

__all__ = [
    "EXPECTED_STATUS",
    "EXPORT_FIELDS",
    "KIND_LABELS",
    "FilingEvent",
    "FilingKind",
    "FilingRegistry",
    "check_lifecycle",
    "closed_by_filing",
    "export_csv",
    "export_json",
]

FilingKind = Literal["opened", "changed", "closed", "cancelled"]
FILING_KINDS: tuple[FilingKind, ...] = get_args(FilingKind)

KIND_LABELS: Mapping[str, str] = {
    "opened": "开设",
    "changed": "变更",
    "closed": "关停",
    "cancelled": "注销",
}

#: The config ``status`` each latest filing implies (a disagreement warns in ``govpub health``).
EXPECTED_STATUS: Mapping[str, tuple[str, ...]] = {
    "opened": ("active", "suspended"),
    "changed": ("active", "suspended"),
    "closed": ("closed",),
    "cancelled": ("cancelled",),
}

_ALLOWED_AFTER: Mapping[str, tuple[str, ...]] = {
    "opened": ("changed", "closed", "cancelled"),
    "changed": ("changed", "closed", "cancelled"),
    "closed": ("opened", "changed", "cancelled"),
    "cancelled": (),
}

#: Export columns: (JSON key, CSV header in Chinese, why it is there).  The national
#: system's form is not public (UNCONFIRMED); these are the items 123号 and the issue
#: name — date, unit, supervising unit, platform, account name, what changed, reason —
#: plus what a person needs to file and to trace it back.
EXPORT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("id", "序号", "govpub's event number (cross-reference with the audit trail)"),
    ("kind", "事项", "开设 / 变更 / 关停 / 注销"),
    ("event_date", "事项日期", "when the account was opened, changed, closed or cancelled"),
    ("account_name", "账号名称", "the account's name on the platform (after a change)"),
    ("platform_label", "平台", "the platform as editors know it, e.g. 微信公众号"),
    ("platform", "平台标识", "govpub's platform name"),
    ("account_id", "账号标识", "the account id in govpub.toml"),
    ("unit", "主办单位", "the unit that runs the account (谁开设、谁主办)"),
    ("supervisor", "主管单位", "the supervising unit the filing goes to"),
    ("changes", "变更内容", "what changed (name, unit, other), old → new"),
    ("reason", "原因", "why"),
    ("filed_on", "报送日期", "when it was filed in the national system (empty: not yet)"),
    ("receipt", "报送回执", "the national system's reference, if any"),
    ("actor", "登记人", "who recorded it in govpub"),
    ("recorded_at", "登记时间", "when it was recorded in govpub"),
)


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


def check_lifecycle(previous: FilingEvent | None, kind: str, account_id: str) -> None:
    """Refuse an event the lifecycle does not allow after ``previous`` (names both)."""
    if kind not in FILING_KINDS:
        raise ConfigError(f"unknown filing kind {kind!r}; one of {', '.join(FILING_KINDS)}")
    if previous is None:
        return
    if kind not in _ALLOWED_AFTER[previous.kind]:
        after = previous.kind
        hint = (
            "a cancelled (注销) account is gone; open a new account id instead"
            if after == "cancelled"
            else f"it is already {after} ({KIND_LABELS[after]})"
        )
        raise ConfigError(
            f"account {account_id!r}: cannot record {kind} ({KIND_LABELS[kind]}) after filing "
            f"#{previous.id} {after} on {previous.event_date.isoformat()}: {hint}",
            key="account",
        )


class FilingRegistry:
    """The filings of a matrix, in the ledger; every write is audited in the same transaction."""

    def __init__(
        self, ledger: SqliteLedger, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.ledger = ledger
        self._clock = clock or (lambda: datetime.now(UTC))

    def record(
        self,
        kind: FilingKind,
        account: Account,
        *,
        reason: str,
        supervisor: str,
        actor: str,
        event_date: date,
        today: date | None = None,
        changes: Mapping[str, Any] | None = None,
        filed_on: date | None = None,
        receipt: str | None = None,
    ) -> FilingEvent:
        """Record one lifecycle event of ``account`` (as it is *after* the event)."""
        if not reason.strip():
            raise ConfigError("a filing needs a reason (--reason)", key="reason")
        if not supervisor.strip():
            raise ConfigError(
                "a filing needs the supervising unit (主管单位): set [agency] supervisor "
                "in govpub.toml or give --supervisor",
                key="agency.supervisor",
            )
        now = self._clock()
        today = today or now.date()
        if event_date > today:
            raise ConfigError(
                f"event date {event_date.isoformat()} is in the future; record events "
                "when they happen",
                key="date",
            )
        if filed_on is not None and filed_on < event_date:
            raise ConfigError(
                f"filed on {filed_on.isoformat()}, before the event on {event_date.isoformat()}",
                key="filed",
            )
        if kind == "changed" and not changes:
            raise ConfigError(
                "a change (变更) must say what changed (--name, --unit or --detail)", key="change"
            )
        with self.ledger.transaction() as conn:
            previous = self.latest_of(account.id)
            check_lifecycle(previous, kind, account.id)
            if previous is not None and event_date < previous.event_date:
                raise ConfigError(
                    f"account {account.id!r}: event date {event_date.isoformat()} is before "
                    f"filing #{previous.id} ({previous.kind}) on "
                    f"{previous.event_date.isoformat()}",
                    key="date",
                )
            cursor = conn.execute(
                "INSERT INTO filings(kind, account_id, platform, account_name, unit, supervisor, "
                "event_date, changes, reason, actor, recorded_at, filed_on, receipt) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kind,
                    account.id,
                    account.platform,
                    account.name,
                    account.unit,
                    supervisor.strip(),
                    event_date.isoformat(),
                    json.dumps(dict(changes or {}), ensure_ascii=False, sort_keys=True),
                    reason.strip(),
                    actor,
                    now.astimezone(UTC).isoformat(timespec="microseconds"),
                    filed_on.isoformat() if filed_on else None,
                    receipt,
                ),
            )
            event = self.get(int(cursor.lastrowid or 0))
            details = event.to_dict()
            details.pop("recorded_at")
            self.ledger.audit(
                actor=actor, action=f"account.{kind}", subject=account.id, details=details
            )
        return event

    def mark_filed(
        self, event_id: int, *, filed_on: date, actor: str, receipt: str | None = None
    ) -> FilingEvent:
        """Record that event ``event_id`` was filed in the national system on ``filed_on``."""
        with self.ledger.transaction() as conn:
            event = self.get(event_id)
            if filed_on < event.event_date:
                raise ConfigError(
                    f"filing #{event_id}: filed on {filed_on.isoformat()}, before the event "
                    f"on {event.event_date.isoformat()}",
                    key="date",
                )
            conn.execute(
                "UPDATE filings SET filed_on = ?, receipt = COALESCE(?, receipt) WHERE id = ?",
                (filed_on.isoformat(), receipt, event_id),
            )
            self.ledger.audit(
                actor=actor,
                action="account.filed",
                subject=event.account_id,
                details={
                    "filing": event_id,
                    "kind": event.kind,
                    "filed_on": filed_on.isoformat(),
                    "receipt": receipt,
                },
            )
            return self.get(event_id)

    def get(self, event_id: int) -> FilingEvent:
        """One event; ``LedgerError`` if there is none with that number."""
        with self.ledger.transaction() as conn:
            row = conn.execute("SELECT * FROM filings WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise LedgerError(f"no filing #{event_id} in the ledger {self.ledger.path}")
        return _event(row)

    def events(
        self, *, since: date | None = None, account_id: str | None = None
    ) -> list[FilingEvent]:
        """Events by event date (then number), optionally from ``since`` and of one account."""
        clauses, args = [], []
        if since is not None:
            clauses.append("event_date >= ?")
            args.append(since.isoformat())
        if account_id is not None:
            clauses.append("account_id = ?")
            args.append(account_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        query = f"SELECT * FROM filings{where} ORDER BY event_date, id"  # noqa: S608 - fixed clauses
        with self.ledger.transaction() as conn:
            rows = conn.execute(query, args).fetchall()
        return [_event(row) for row in rows]

    def latest_of(self, account_id: str) -> FilingEvent | None:
        """The account's latest event, if any."""
        events = self.events(account_id=account_id)
        return events[-1] if events else None

    def latest(self) -> dict[str, FilingEvent]:
        """Every account's latest event."""
        latest: dict[str, FilingEvent] = {}
        for event in self.events():
            latest[event.account_id] = event
        return latest


def closed_by_filing(ledger: object) -> dict[str, FilingEvent]:
    """Accounts whose latest filing is 关停 or 注销 (the publisher never plans them).

    Only the SQLite ledger keeps filings; any other store gives none.
    """
    if not isinstance(ledger, SqliteLedger):
        return {}
    return {
        account_id: event
        for account_id, event in FilingRegistry(ledger).latest().items()
        if event.kind in ("closed", "cancelled")
    }


def _event(row: Any) -> FilingEvent:
    return FilingEvent(
        id=row["id"],
        kind=row["kind"],
        account_id=row["account_id"],
        platform=row["platform"],
        account_name=row["account_name"],
        unit=row["unit"],
        supervisor=row["supervisor"],
        event_date=date.fromisoformat(row["event_date"]),
        changes=json.loads(row["changes"]),
        reason=row["reason"],
        actor=row["actor"],
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
        filed_on=date.fromisoformat(row["filed_on"]) if row["filed_on"] else None,
        receipt=row["receipt"],
    )


def platform_label(platform: str) -> str:
    """The platform's Chinese label from its adapter's capabilities (the name if unknown)."""
    from govpub.platforms.base import get_adapter_class  # noqa: PLC0415 - lazy registry

    try:
        return get_adapter_class(platform).capabilities.label
    except ConfigError:
        return platform


def export_json(events: Sequence[FilingEvent]) -> list[dict[str, Any]]:
    """Every event as a JSON object with the export keys."""
    return [e.to_dict(platform_label=platform_label(e.platform)) for e in events]


def export_csv(events: Sequence[FilingEvent], out: IO[str]) -> None:
    """Write the events as CSV with Chinese headers (:data:`EXPORT_FIELDS`)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([header for _, header, _ in EXPORT_FIELDS])
    for row in export_json(events):
        values = {
            **row,
            "kind": row["kind_label"],
            "changes": row["changes_text"],
        }
        writer.writerow(
            ["" if values[key] is None else str(values[key]) for key, _, _ in EXPORT_FIELDS]
        )
