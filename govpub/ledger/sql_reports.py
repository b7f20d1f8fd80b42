"""The ledger's reports: the read queries of health, metrics and dormancy.

Read-only, each in one snapshot under the ledger's lock; see
:mod:`govpub.ledger.reports` for what counts as live, settled or retracted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from govpub._canonical import StrictJSONError
from govpub.audit import parse_details, unreadable_record
from govpub.ledger.records import DeliveryRecord
from govpub.ledger.reports import (
    LIVE_STATES,
    RETRACTION_STATES,
    SETTLED_STATES,
    Outcome,
    PostFacts,
    Publication,
)
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import iso

__all__ = ["SqlReports"]


class SqlReports(SqlCore):
    """Report queries for :class:`~govpub.ledger.sql.SqlLedger`."""

    @contextmanager
    def _report_rows(self, query: str, args: Sequence[Any] = ()) -> Iterator[list[Any]]:
        with self.transaction() as db:  # a consistent snapshot, and the ledger's lock
            yield db.execute(query, tuple(args)).fetchall()

    def last_live_publications(self, at: datetime) -> dict[str, datetime]:
        """Per account, the newest still-visible publication at or before ``at``."""
        marks = ",".join("?" * len(LIVE_STATES))
        query = (
            "SELECT account_id, MAX(published_at) AS last FROM deliveries "  # noqa: S608 - placeholders only
            f"WHERE published_at IS NOT NULL AND published_at <= ? AND state IN ({marks}) "
            "GROUP BY account_id"
        )
        with self._report_rows(query, [iso(at), *LIVE_STATES]) as rows:
            return {row["account_id"]: datetime.fromisoformat(row["last"]) for row in rows}

    def publications(self, since: datetime, until: datetime) -> list[Publication]:
        """Deliveries published in ``[since, until)``, oldest first."""
        with self._report_rows(
            "SELECT account_id, post_id, published_at, state FROM deliveries "
            "WHERE published_at IS NOT NULL AND published_at >= ? AND published_at < ? "
            "ORDER BY published_at, account_id",
            [iso(since), iso(until)],
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
        with self._report_rows(
            "SELECT account_id, state, published_at FROM deliveries "
            "WHERE created_at >= ? AND created_at < ?",
            [iso(since), iso(until)],
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
        with self._report_rows(query, [*RETRACTION_STATES, iso(since), iso(until)]) as rows:
            return [row["account_id"] for row in rows]

    def latest_settled_deliveries(self, at: datetime) -> dict[str, DeliveryRecord]:
        """Per account, the most recently updated settled delivery at or before ``at``."""
        marks = ",".join("?" * len(SETTLED_STATES))
        # The newest row of each account: a window, in both SQLite (3.25+) and PostgreSQL.
        query = (
            "SELECT id FROM (SELECT id, ROW_NUMBER() OVER "  # noqa: S608 - placeholders only
            "(PARTITION BY account_id ORDER BY updated_at DESC, id DESC) AS newest "
            f"FROM deliveries WHERE state IN ({marks}) AND updated_at <= ?) AS ranked "
            "WHERE newest = 1"
        )
        with self._report_rows(query, [*SETTLED_STATES, iso(at)]) as rows:
            ids = [row["id"] for row in rows]
        records = (self.get_delivery(i) for i in ids)
        return {record.account_id: record for record in records}

    def post_facts(self, ids: Sequence[str]) -> dict[str, PostFacts]:
        """Facts about the given posts (reprint or original, approvals, findings)."""
        wanted = sorted(set(ids))
        found: dict[str, PostFacts] = {}
        findings = self._recorded_findings(wanted)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            query = (
                "SELECT id, created_at, publish_at, content, approvals FROM posts "  # noqa: S608 - placeholders only
                f"WHERE id IN ({marks})"
            )
            with self._report_rows(query, chunk) as rows:
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

    def _recorded_findings(self, post_ids: Sequence[str]) -> dict[str, list[Mapping[str, Any]]]:
        """Compliance findings recorded in the audit trail for these posts.

        The publisher stores the non-blocking findings in the ``post.submitted``
        record's ``findings``; a ``check.completed`` record (when the compliance
        part writes one) carries them too and then wins, so nothing is counted
        twice.  Absent details give none.
        """
        wanted = set(post_ids)
        by_action: dict[str, dict[str, list[Mapping[str, Any]]]] = {}
        with self._report_rows(
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
