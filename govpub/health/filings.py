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
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import IO, Any

from govpub.errors import ConfigError
from govpub.ledger import FILING_KINDS, KIND_LABELS, FilingEvent, FilingKind, Ledger, NewFiling
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
    """The filings of a matrix: the lifecycle rules here, the storage the ledger's.

    Every write is audited by the ledger in the same transaction as the event.
    """

    def __init__(self, ledger: Ledger, *, clock: Callable[[], datetime] | None = None) -> None:
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
        today = today or self._clock().date()
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

        def follows(previous: FilingEvent | None) -> None:
            check_lifecycle(previous, kind, account.id)
            if previous is not None and event_date < previous.event_date:
                raise ConfigError(
                    f"account {account.id!r}: event date {event_date.isoformat()} is before "
                    f"filing #{previous.id} ({previous.kind}) on "
                    f"{previous.event_date.isoformat()}",
                    key="date",
                )

        event = NewFiling(
            kind=kind,
            account_id=account.id,
            platform=account.platform,
            account_name=account.name,
            unit=account.unit,
            supervisor=supervisor.strip(),
            event_date=event_date,
            reason=reason.strip(),
            actor=actor,
            changes=dict(changes or {}),
            filed_on=filed_on,
            receipt=receipt,
        )
        return self.ledger.add_filing(event, check=follows)

    def mark_filed(
        self, event_id: int, *, filed_on: date, actor: str, receipt: str | None = None
    ) -> FilingEvent:
        """Record that event ``event_id`` was filed in the national system on ``filed_on``."""

        def after_the_event(event: FilingEvent) -> None:
            if filed_on < event.event_date:
                raise ConfigError(
                    f"filing #{event_id}: filed on {filed_on.isoformat()}, before the event "
                    f"on {event.event_date.isoformat()}",
                    key="date",
                )

        return self.ledger.mark_filed(
            event_id, filed_on=filed_on, actor=actor, receipt=receipt, check=after_the_event
        )

    def get(self, event_id: int) -> FilingEvent:
        """One event; ``LedgerError`` if there is none with that number."""
        return self.ledger.filing(event_id)

    def events(
        self, *, since: date | None = None, account_id: str | None = None
    ) -> list[FilingEvent]:
        """Events by event date (then number), optionally from ``since`` and of one account."""
        return self.ledger.filings(since=since, account_id=account_id)

    def latest_of(self, account_id: str) -> FilingEvent | None:
        """The account's latest event, if any."""
        events = self.events(account_id=account_id)
        return events[-1] if events else None

    def latest(self) -> dict[str, FilingEvent]:
        """Every account's latest event."""
        return self.ledger.latest_filings()


def closed_by_filing(ledger: Ledger) -> dict[str, FilingEvent]:
    """Accounts whose latest filing is 关停 or 注销 (the publisher never plans them)."""
    return ledger.closed_accounts()


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
