"""How the SQL ledger writes values into its columns and reads its rows back as records.

Every part of the ledger (:mod:`govpub.ledger.sql` and the ``sql_*`` modules
beside it) writes instants and JSON the same way and builds the same records
from the same rows; the conventions live here once.  Instants are UTC text of
one width (ISO 8601 with microseconds), so their text order is their time order.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from govpub._redact import redact
from govpub.ledger.records import DeliveryRecord, PostRecord

__all__ = [
    "POST_COLUMNS",
    "column_json",
    "delivery_record",
    "iso",
    "iso_or_none",
    "parse_iso",
    "post_record",
]


def iso(value: datetime) -> str:
    """How the ledger stores a time: UTC, ISO 8601, microseconds (sorts as text)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def iso_or_none(value: datetime | None) -> str | None:
    """:func:`iso` of a time that may be missing."""
    return None if value is None else iso(value)


def parse_iso(value: str | None) -> datetime | None:
    """A stored time read back (``None`` stays ``None``)."""
    return None if value is None else datetime.fromisoformat(value)


def column_json(value: Any, *, redacted: bool = True) -> str:
    """JSON for a column; errors are redacted, approvals and platform references kept exact.

    An approval is signed: masking its ``signature`` (a key name the redactor
    treats as secret) would void it, and a scheduled post could then never pass
    the gate again when it falls due.  It holds no secret — a public key, a key
    id and a signature are public by design.
    """
    data = redact(value) if redacted else value
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


#: The columns of a :class:`PostRecord` (not the post's content, which can be large).
POST_COLUMNS = ", ".join(
    f"posts.{column}"
    for column in (
        "id",
        "digest",
        "category",
        "title",
        "state",
        "publish_at",
        "created_at",
        "approvals",
        "reason",
    )
)


def post_record(row: Any) -> PostRecord:
    return PostRecord(
        id=row["id"],
        digest=row["digest"],
        category=row["category"],
        title=row["title"],
        state=row["state"],
        publish_at=parse_iso(row["publish_at"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        approvals=tuple(json.loads(row["approvals"])),
        reason=row["reason"],
    )


def delivery_record(row: Any) -> DeliveryRecord:
    """The record of a ``deliveries`` row (every transition returns one; a list reads many).

    Built without the frozen dataclass's ``__init__``, which sets each of the
    sixteen fields through ``object.__setattr__``: the fields go into the new
    instance's ``__dict__`` at once (a test holds the result equal to the
    ``__init__``'s).
    """
    record: DeliveryRecord = object.__new__(DeliveryRecord)
    last_error = row["last_error"]
    record.__dict__.update(
        id=row["id"],
        post_id=row["post_id"],
        account_id=row["account_id"],
        platform=row["platform"],
        state=row["state"],
        attempts=row["attempts"],
        platform_post_id=row["platform_post_id"],
        url=row["url"],
        last_error=json.loads(last_error) if last_error else None,
        steps=json.loads(row["steps"]),
        instruction=row["instruction"],
        created_at=parse_iso(row["created_at"]),
        updated_at=parse_iso(row["updated_at"]),
        published_at=parse_iso(row["published_at"]),
        next_attempt_at=parse_iso(row["next_attempt_at"]),
        owner=row["owner"],
    )
    return record
