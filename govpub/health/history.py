"""The ledger read for governance: publications, deliveries, posts and findings over time.

Read-only queries over the ledger's SQLite file (through
:attr:`~govpub.ledger.SqliteLedger.connection`, which exists for reports); a
PostgreSQL ledger implements the same few methods.  Kept apart from the health
rules and the metrics so that the SQL lives in one place.

Which deliveries count as an *update* (更新) for R-DORMANT: those whose copy is
still on the platform — ``published`` and the retraction states that leave it
there (``retracting``, ``retract_manual``, ``retract_failed``).  A retracted or
platform-removed post is not something an inspector can see.  For metrics
every delivery that reached ``published`` counts as a publication, retracted
later or not.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from govpub._canonical import StrictJSONError
from govpub.audit import parse_details, unreadable_record
from govpub.ledger import DeliveryRecord, SqliteLedger

__all__ = [
    "LIVE_STATES",
    "RETRACTION_STATES",
    "SETTLED_STATES",
    "LedgerHistory",
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


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class LedgerHistory:
    """Read-only views of one :class:`~govpub.ledger.SqliteLedger`."""

    def __init__(self, ledger: SqliteLedger) -> None:
        self.ledger = ledger

    @contextmanager
    def _rows(self, query: str, args: Sequence[Any] = ()) -> Iterator[list[sqlite3.Row]]:
        with self.ledger.transaction() as conn:  # a consistent snapshot, and the ledger's lock
            yield conn.execute(query, tuple(args)).fetchall()

    def last_live_publications(self, at: datetime) -> dict[str, datetime]:
        """Per account, the newest still-visible publication at or before ``at``."""
        marks = ",".join("?" * len(LIVE_STATES))
        query = (
            "SELECT account_id, MAX(published_at) AS last FROM deliveries "  # noqa: S608 - placeholders only
            f"WHERE published_at IS NOT NULL AND published_at <= ? AND state IN ({marks}) "
            "GROUP BY account_id"
        )
        with self._rows(query, [_iso(at), *LIVE_STATES]) as rows:
            return {row["account_id"]: datetime.fromisoformat(row["last"]) for row in rows}

    def publications(self, since: datetime, until: datetime) -> list[Publication]:
        """Deliveries published in ``[since, until)``, oldest first."""
        with self._rows(
            "SELECT account_id, post_id, published_at, state FROM deliveries "
            "WHERE published_at IS NOT NULL AND published_at >= ? AND published_at < ? "
            "ORDER BY published_at, account_id",
            [_iso(since), _iso(until)],
        ) as rows:
            return [
                Publication(
                    account_id=row["account_id"],
                    post_id=row["post_id"],
                    published_at=datetime.fromisoformat(row["published_at"]),
                    state=row["state"],
                )
                for row in rows
            ]

    def outcomes(self, since: datetime, until: datetime) -> list[Outcome]:
        """Where each delivery planned in ``[since, until)`` stands (for success rates)."""
        with self._rows(
            "SELECT account_id, state, published_at FROM deliveries "
            "WHERE created_at >= ? AND created_at < ?",
            [_iso(since), _iso(until)],
        ) as rows:
            return [
                Outcome(row["account_id"], row["state"], row["published_at"] is not None)
                for row in rows
            ]

    def retractions(self, since: datetime, until: datetime) -> list[str]:
        """Account ids of deliveries taken down (or being), last changed in ``[since, until)``."""
        marks = ",".join("?" * len(RETRACTION_STATES))
        query = (
            "SELECT account_id FROM deliveries "  # noqa: S608 - placeholders only
            f"WHERE state IN ({marks}) AND updated_at >= ? AND updated_at < ?"
        )
        with self._rows(query, [*RETRACTION_STATES, _iso(since), _iso(until)]) as rows:
            return [row["account_id"] for row in rows]

    def latest_deliveries(self, at: datetime) -> dict[str, DeliveryRecord]:
        """Per account, the most recently updated settled delivery at or before ``at``."""
        marks = ",".join("?" * len(SETTLED_STATES))
        # SQLite takes the bare column (id) from the row that holds the MAX.
        query = (
            "SELECT id, MAX(updated_at) FROM deliveries "  # noqa: S608 - placeholders only
            f"WHERE state IN ({marks}) AND updated_at <= ? GROUP BY account_id"
        )
        with self._rows(query, [*SETTLED_STATES, _iso(at)]) as rows:
            ids = [row["id"] for row in rows]
        records = (self.ledger.get_delivery(i) for i in ids)
        return {record.account_id: record for record in records}

    def posts(self, ids: Sequence[str]) -> dict[str, PostFacts]:
        """Facts about the given posts (reprint or original, approvals, findings)."""
        wanted = sorted(set(ids))
        found: dict[str, PostFacts] = {}
        findings = self._findings(wanted)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT id, created_at, publish_at, content, approvals FROM posts "  # noqa: S608 - placeholders only
                f"WHERE id IN ({marks})"
            )
            with self._rows(query, chunk) as rows:
                for row in rows:
                    content = json.loads(row["content"])
                    found[row["id"]] = PostFacts(
                        id=row["id"],
                        created_at=datetime.fromisoformat(row["created_at"]),
                        publish_at=(
                            datetime.fromisoformat(row["publish_at"]) if row["publish_at"] else None
                        ),
                        is_reprint=content.get("source") is not None,
                        approvals=tuple(json.loads(row["approvals"])),
                        findings=(tuple(findings[row["id"]]) if row["id"] in findings else None),
                    )
        return found

    def _findings(self, post_ids: Sequence[str]) -> dict[str, list[Mapping[str, Any]]]:
        """Compliance findings recorded in the audit trail for these posts.

        The publisher stores the non-blocking findings in the ``post.submitted``
        record's ``findings``; a ``check.completed`` record (when the compliance
        part writes one) carries them too and then wins, so nothing is counted
        twice.  Absent details give none.
        """
        wanted = set(post_ids)
        by_action: dict[str, dict[str, list[Mapping[str, Any]]]] = {}
        with self._rows(
            "SELECT seq, action, subject, details FROM audit_log "
            "WHERE action IN ('post.submitted', 'check.completed') ORDER BY seq"
        ) as rows:
            for row in rows:
                if row["subject"] not in wanted:
                    continue
                try:  # the audit trail's one reader: what verify refuses, no report counts
                    details = parse_details(row["details"])
                except StrictJSONError as exc:
                    raise unreadable_record(int(row["seq"]), exc) from None
                items = details.get("findings")
                if isinstance(items, list):
                    by_action.setdefault(row["subject"], {})[row["action"]] = [
                        item for item in items if isinstance(item, dict)
                    ]
        return {
            post_id: actions.get("check.completed", actions.get("post.submitted", []))
            for post_id, actions in by_action.items()
        }
