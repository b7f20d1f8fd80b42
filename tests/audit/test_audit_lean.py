"""The lean append: one serialisation, a remembered head, masking only free text — same chain."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from govpub import Post, SqliteAuditTrail
from govpub._canonical import canonical_json
from govpub._redact import forget_secrets, register_secret
from govpub.audit import AuditRecord, canonical_record
from govpub.ledger import DeliveryPlan, SqliteLedger

TEXTS = ["", "plain", 'quo"te\\back', "换行\n制表\t", "控制\x00\x1f", "emoji 🚀", "\u2028\u2029"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_record_is_serialised_as_canonical_json_of_the_whole(text: str) -> None:
    details = {"z": [1, 2.5, None, True], "a": {"text": text}, "中文": text}
    record = AuditRecord(
        seq=12,
        time="2026-03-04T01:00:00.000000+00:00",
        actor=text or "a",
        action="delivery.sending",
        subject=f"dlv_{text}",
        details=details,
        prev_hash="0" * 64,
        hash="",
    )
    composed = canonical_record(
        seq=12,
        time=record.time,
        actor=record.actor,
        action=record.action,
        subject=record.subject,
        details=canonical_json(details),
    )
    assert record.canonical() == composed


def test_appends_from_another_connection_are_noticed(tmp_path: Path) -> None:
    path = tmp_path / "govpub.db"
    one, two = (
        sqlite3.connect(path, isolation_level=None),
        sqlite3.connect(path, isolation_level=None),
    )
    SqliteAuditTrail.ensure_schema(one)
    clock = lambda: datetime(2026, 3, 4, tzinfo=UTC)  # noqa: E731
    first, second = SqliteAuditTrail(one, clock=clock), SqliteAuditTrail(two, clock=clock)
    for n in range(8):
        (first if n % 2 else second).append(actor="t", action="x.y", subject="s", details={"n": n})
    one.execute("BEGIN")  # a caller's own transaction, rolled back: the remembered head is gone
    first.append(actor="t", action="x.y", subject="s", details={"n": "gone"})
    one.execute("ROLLBACK")
    first.append(actor="t", action="x.y", subject="s", details={"n": 8})
    assert list(range(9)) == [r.details["n"] for r in first.iter_records()]
    assert first.verify()
    one.close()
    two.close()


@pytest.fixture
def secret() -> Iterator[str]:
    value = "s3cr3t-ABCDEFGH"
    register_secret(value)
    yield value
    forget_secrets()


def test_no_field_of_a_delivery_record_escapes_redaction(tmp_path: Path, secret: str) -> None:
    """Structured fields are not masked for personal data, but secrets go everywhere."""
    ledger = SqliteLedger(tmp_path / "ledger.db")
    post = Post(id=f"p-{secret}", title="t")
    _, (delivery,) = ledger.submit(
        post, [DeliveryPlan(f"acct-{secret}", "memory")], state="active", approvals=[], actor=secret
    )
    ledger.transition(delivery.id, "sending", actor=secret, action="delivery.sending")
    ledger.transition(
        delivery.id,
        "failed",
        actor="govpub",
        action="delivery.failed",
        error={"kind": secret, "message": f"bad {secret}", "code": secret},
        details={"reason": secret, "platform": secret, "to": secret, "post": [secret]},
        attempt={"operation": "publish", "outcome": secret, "error": {"message": secret}},
    )
    stored = ledger.connection.execute(
        "SELECT group_concat(actor || subject || details, '') FROM audit_log"
    ).fetchone()[0]
    assert secret not in stored
    assert ledger.trail.verify()
    ledger.close()


def test_personal_data_in_free_text_is_masked_and_ids_stay_readable(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "ledger.db")
    phone = "13812345678"
    ledger.audit(
        actor="t",
        action="custom.note",
        subject="matrix",
        details={
            "reason": f"致电 {phone}",
            "error": {"message": f"联系 {phone}"},
            "platform_post_id": "4983401234567890",
            "account": "weibo-city",
        },
    )
    (record,) = ledger.trail.iter_records()
    assert phone not in str(record.details)
    assert "4983401234567890" == record.details["platform_post_id"]
    assert "weibo-city" == record.details["account"]
    ledger.close()
