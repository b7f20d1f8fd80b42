"""The audit-trail contract: what a store offers (:class:`AuditTrail`) and what verifying
it says (:class:`AuditVerification`).

The publisher and the ledger need no more of a trail than this Protocol (the store is
:class:`govpub.ledger.audit_store.SqlAuditTrail`, over SQLite or PostgreSQL), so it is
apart from any store, and from how a chain is walked (:mod:`.verify`).
:class:`AuditVerification` is the one answer every store gives to ``verify``: whether
the chain holds, how many records were checked, the head, and else the first bad
sequence number with a stable reason id and a message in Chinese.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any, Literal, Protocol, runtime_checkable

from govpub.audit.record import AuditRecord

ExportFormat = Literal["jsonl", "csv"]


@dataclass(frozen=True)
class AuditVerification:
    """The result of walking the chain."""

    ok: bool
    checked: int
    head: str | None = None
    first_bad_seq: int | None = None
    reason: str | None = None
    """Stable id: missing_record, bad_sequence, inserted_record, prev_hash_mismatch,
    hash_mismatch, malformed_record, duplicate_key, non_finite, not_canonical,
    anchor_mismatch, anchor_missing."""
    message: str | None = None
    """The problem in Chinese, naming the sequence number."""

    def __bool__(self) -> bool:
        return self.ok

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``govpub audit verify --json``)."""
        return {
            "ok": self.ok,
            "checked": self.checked,
            "head": self.head,
            "first_bad_seq": self.first_bad_seq,
            "reason": self.reason,
            "message": self.message,
        }


@runtime_checkable
class AuditTrail(Protocol):
    """What the publisher and ledger need from an audit trail (SQLite today, others later)."""

    def append(
        self, *, actor: str, action: str, subject: str, details: Mapping[str, Any] | None = None
    ) -> AuditRecord:
        """Add one record at the end of the chain."""
        ...

    def verify(self, *, anchors: Mapping[int, str] | None = None) -> AuditVerification:
        """Walk the chain; name the first bad sequence number."""
        ...

    def head(self) -> str | None:
        """The newest record's hash, ``None`` for an empty trail."""
        ...

    def iter_records(self, since: int | datetime | None = None) -> Iterator[AuditRecord]:
        """Records in sequence order, from ``since`` (a sequence number or a time) on."""
        ...

    def export(
        self, fp: IO[str], *, since: int | datetime | None = None, fmt: ExportFormat = "jsonl"
    ) -> int:
        """Write records to ``fp``; the number written."""
        ...
