"""The audit trail: append-only, hash-chained records of everything govpub did, and why.

Supervisors ask *who* approved, changed or published *what* (reference README
lesson 11; 国办秘函〔2019〕19号 checks 安全、泄露 incidents).  Each record names an
actor, a stable dotted ``action`` (:data:`ACTIONS`), a subject (a post id, an
account id…) and JSON details, and is chained to the one before it::

    hash = SHA-256( prev_hash ‖ canonical record )

where ``prev_hash`` is the previous record's hash as 64 lower-case hex ASCII
characters (sixty-four ``0`` for the first record) and the canonical record is
the UTF-8 canonical JSON (keys sorted, no spaces, non-ASCII as is) of
``{"v": "govpub-audit/1", "seq", "time", "actor", "action", "subject",
"details"}``.  Anyone can re-check a trail with ``sqlite3`` and ``sha256sum``.

:meth:`SqliteAuditTrail.verify` walks the chain and names the first bad
sequence number when a record was edited, deleted, inserted or the records were
reordered.  A chain without a secret cannot stop someone who rewrites *every*
later record, or who drops the newest ones: record ``govpub audit head`` (the
last sequence number and hash) somewhere else — a signed report, the OA
system, a printed register — and pass it back as an anchor
(``verify(anchors={seq: hash})``, ``govpub audit verify --anchor SEQ:HASH``).

The trail lives in the same SQLite file as the ledger, so an audit record and
the state change it describes commit together (see :meth:`SqliteAuditTrail.append`).
Details never hold secrets or unmasked personal data: they pass through
:func:`govpub._redact.redact` and the compliance checks' personal-data masker
(:func:`govpub.compliance.mask_personal_data`: ID, mobile, bank-card and passport
numbers, rules.md §9–§10) before they are hashed, so what is chained is already
clean.  Identifiers and links are left alone (``cleaning._ID_FIELD``).

The package, one idea a module: :mod:`.record` is the record, its canonical bytes and its
hash; :mod:`.trail` the contract a store keeps (:class:`AuditTrail`) and what verifying
says (:class:`AuditVerification`); :mod:`.verify` walks a stored chain; :mod:`.details`
writes and reads the stored details JSON; :mod:`.cleaning` redacts and masks details
before they are chained.  Every name is imported from here, :mod:`govpub.audit`.
"""

from __future__ import annotations

from typing import Any

from govpub.audit.cleaning import clean_details, is_machine_id, mask_strings, scrub
from govpub.audit.details import (
    jsonable,
    parse_details,
    record_from_row,
    stored_details,
    unreadable_record,
)
from govpub.audit.record import (
    ACTION_NAME,
    ACTIONS,
    AUDIT_SCHEMA_VERSION,
    GENESIS_HASH,
    RECORD_FORMAT,
    AuditRecord,
    canonical_around_seq,
    canonical_record,
    new_record,
    record_hash,
)
from govpub.audit.trail import AuditTrail, AuditVerification, ExportFormat
from govpub.audit.verify import walk_chain

__all__ = [
    "ACTIONS",
    "ACTION_NAME",
    "AUDIT_SCHEMA_VERSION",
    "GENESIS_HASH",
    "RECORD_FORMAT",
    "AuditRecord",
    "AuditTrail",
    "AuditVerification",
    "ExportFormat",
    "canonical_around_seq",
    "canonical_record",
    "clean_details",
    "is_machine_id",
    "jsonable",
    "mask_strings",
    "new_record",
    "parse_details",
    "record_from_row",
    "record_hash",
    "scrub",
    "stored_details",
    "unreadable_record",
    "walk_chain",
]


def __getattr__(name: str) -> Any:
    """``govpub.audit.SqliteAuditTrail``: the store moved under :mod:`govpub.ledger`."""
    if name == "SqliteAuditTrail":
        from govpub.ledger.audit_store import SqliteAuditTrail  # noqa: PLC0415 - avoids a cycle

        return SqliteAuditTrail
    raise AttributeError(f"module 'govpub.audit' has no attribute {name!r}")
