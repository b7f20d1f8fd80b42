"""The audit record and its hash: the link of the chain, its canonical bytes, the constants.

The definition in :mod:`govpub.audit`'s docstring, as code: :class:`AuditRecord`, the
canonical JSON the hash covers, and ``SHA-256(prev_hash ‖ canonical record)``.  The append
path builds the same bytes without a second serialisation (:func:`canonical_record`, and
:func:`canonical_around_seq` for PostgreSQL's in-statement numbering); tests hold the two
ways equal.  Apart because the stores, the cleaning and the verification all lean on it,
and it leans on none of them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from json.encoder import encode_basestring as _encode_string  # what json.dumps uses for str
from typing import Any

from govpub._canonical import canonical_json

#: The audit table's schema (not the record format): 1 — ``audit_log`` with append-only
#: triggers; 2 — without the indexes on ``hash`` and ``subject`` (nothing reads by them).
AUDIT_SCHEMA_VERSION = 2
RECORD_FORMAT = "govpub-audit/1"
GENESIS_HASH = "0" * 64

#: The actions govpub records, with what they mean (any lower-case dotted name is accepted).
ACTIONS: Mapping[str, str] = {
    "post.submitted": "a post entered the publisher (digest, category)",
    "check.completed": "compliance checks ran (findings by rule and severity)",
    "approval.accepted": "an approval passed the review gate (reviewer, tier, key id)",
    "approval.refused": "an approval was refused (reviewer, tier, reason ids)",
    "review.refused": "the review gate refused the post (every problem)",
    "post.planned": "deliveries were written to the ledger (each one's id, account, skip reason)",
    "delivery.attempt": "one attempt to publish to one account",
    "delivery.published": "the platform confirmed the post (platform post id, URL)",
    "delivery.failed": "the delivery failed for good (error kind and code)",
    "delivery.unknown": "the outcome is unknown and will be reconciled",
    "retract.requested": "someone asked to take a post down everywhere",
    "retract.completed": "a copy was deleted, or became a manual task",
    "matrix.frozen": "publishing was frozen for the matrix or an account",
    "matrix.unfrozen": "publishing resumed",
    "account.opened": "an account was added to the matrix (开设)",
    "account.changed": "an account's name, unit or settings changed (变更)",
    "account.closed": "an account was closed (关停)",
    "account.cancelled": "an account was cancelled (注销)",
    "account.filed": "a lifecycle event was filed in the national system (备案)",
}

ACTION_NAME = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$")


@dataclass(frozen=True)
class AuditRecord:
    """One link of the chain."""

    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str

    def canonical(self) -> bytes:
        """The canonical record the hash covers (:mod:`govpub.audit`'s docstring)."""
        return canonical_json(
            {
                "v": RECORD_FORMAT,
                "seq": self.seq,
                "time": self.time,
                "actor": self.actor,
                "action": self.action,
                "subject": self.subject,
                "details": self.details,
            }
        )

    def expected_hash(self) -> str:
        """The hash this record must have, given its ``prev_hash``."""
        return record_hash(self.prev_hash, self.canonical())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (export, CLI)."""
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "details": dict(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def new_record(
    *,
    seq: int,
    time: str,
    actor: str,
    action: str,
    subject: str,
    details: Mapping[str, Any],
    prev_hash: str,
    hash: str,
) -> AuditRecord:
    """``AuditRecord(...)`` for the append path, without the frozen ``__init__``.

    A frozen dataclass sets each field through ``object.__setattr__``; the
    trail writes three records per delivery, so the fields go into the
    instance's ``__dict__`` at once (the result compares equal to the
    ``__init__``'s; a test holds it).
    """
    record: AuditRecord = object.__new__(AuditRecord)
    record.__dict__.update(
        seq=seq,
        time=time,
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        prev_hash=prev_hash,
        hash=hash,
    )
    return record


def _text_json(value: str) -> bytes:
    """A JSON string as ``json.dumps(value, ensure_ascii=False)`` writes it (its own encoder)."""
    return _encode_string(value).encode("utf-8")


def canonical_record(
    *, seq: int, time: str, actor: str, action: str, subject: str, details: bytes
) -> bytes:
    """:meth:`AuditRecord.canonical` from the canonical bytes of ``details``, serialised once.

    The members are written in canonical (sorted) key order, each as
    :func:`~govpub._canonical.canonical_json` writes it, so the bytes are exactly
    those of ``canonical_json`` of the whole record (a test holds the two equal).
    """
    before, after = canonical_around_seq(
        time=time, actor=actor, action=action, subject=subject, details=details
    )
    return before + str(int(seq)).encode("ascii") + after


def canonical_around_seq(
    *, time: str, actor: str, action: str, subject: str, details: bytes
) -> tuple[bytes, bytes]:
    """The canonical record's bytes before and after the digits of ``seq``.

    A store that numbers the record itself (PostgreSQL, where the head is read
    in the inserting statement) joins ``before ‖ seq ‖ after`` and hashes it there.
    """
    return (
        b"".join(
            (
                b'{"action":',
                _text_json(action),
                b',"actor":',
                _text_json(actor),
                b',"details":',
                details,
                b',"seq":',
            )
        ),
        b"".join(
            (
                b',"subject":',
                _text_json(subject),
                b',"time":',
                _text_json(time),
                b',"v":"' + RECORD_FORMAT.encode("ascii") + b'"}',
            )
        ),
    )


def record_hash(prev_hash: str, canonical: bytes) -> str:
    """``SHA-256(prev_hash ‖ canonical)`` as lower-case hex (``prev_hash`` as ASCII hex)."""
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()
