"""The lean append: one serialisation, a remembered head, masking only free text — same chain."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from govpub import Post, SqliteAuditTrail
from govpub._canonical import canonical_json
from govpub._redact import forget_secrets, redact_text, register_secret
from govpub.audit import (
    AuditRecord,
    canonical_record,
    clean_details,
    jsonable,
    new_record,
    scrub,
)
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


def test_a_record_built_for_the_append_path_is_the_dataclass_one() -> None:
    fields: dict[str, Any] = {
        "seq": 3,
        "time": "2026-03-04T01:00:00.000000+00:00",
        "actor": "t",
        "action": "x.y",
        "subject": "s",
        "details": {"n": 1},
        "prev_hash": "0" * 64,
        "hash": "1" * 64,
    }
    built, made = new_record(**fields), AuditRecord(**fields)
    assert made == built
    assert vars(made) == vars(built)
    assert made.to_dict() == built.to_dict()
    with pytest.raises(AttributeError):
        built.seq = 4  # type: ignore[misc]


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


def test_in_its_own_transaction_the_trail_checks_the_head_once(tmp_path: Path) -> None:
    """The first append of a transaction checks its predecessor; the next ones need not."""
    ledger = SqliteLedger(tmp_path / "ledger.db")
    ledger.audit(actor="t", action="x.y", subject="s", details={"n": 0})
    statements: list[str] = []
    ledger.connection.set_trace_callback(statements.append)
    with ledger.batch():
        for n in range(1, 4):
            ledger.audit(actor="t", action="x.y", subject="s", details={"n": n})
    ledger.connection.set_trace_callback(None)
    inserts = [s for s in statements if s.startswith("INSERT INTO audit_log")]
    assert 3 == len(inserts)
    assert "WHERE EXISTS" in inserts[0]
    assert not any("WHERE EXISTS" in s for s in inserts[1:])
    assert list(range(4)) == [r.details["n"] for r in ledger.trail.iter_records()]
    assert ledger.trail.verify()
    ledger.close()


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
    ledger.audit(
        actor="t",
        action="custom.note",
        subject="matrix",
        details={"reason": "致电一三八一二三四五六七八"},
    )
    record, spelled = ledger.trail.iter_records()
    assert phone not in str(record.details)
    assert "一二三四" not in spelled.details["reason"]  # in Chinese numerals too
    assert "4983401234567890" == record.details["platform_post_id"]
    assert "weibo-city" == record.details["account"]
    ledger.close()


class Kind(Enum):
    A = "a-13812345678"


ODD_DETAILS: list[dict[str, Any]] = [
    {"reason": "致电 13812345678", "account": "13812345678", "to": "published"},
    {"ids": ["4983401234567890", 12], "post_id": "110101199003074578", "post": ["a", ["b"]]},
    {"error": {"message": "x", "token": {"nested": 1}, "kind": None}, "n": 1.5, "ok": True},
    {"when": datetime(2026, 3, 4, tzinfo=UTC), "blob": b"\x00", "kind": Kind.A, "s": {"b", "a"}},
    {"list": [("t", 1), {"password": "p"}, None, 2.0, Kind.A], 3: "three", "url": "u?token=z"},
    {"secret": float("nan")},
    {"x": [float("inf")]},
    {1: "a", "1": "b"},
    {"bad": "\ud800"},
    {"\udc00": 1},
]


@pytest.mark.parametrize("details", ODD_DETAILS)
def test_one_walk_cleans_as_the_two_passes_do(details: dict[str, Any]) -> None:
    def text(value: str, mask: bool) -> str:
        return f"<{redact_text(value)}|{mask}>"

    try:
        expected: Any = scrub(jsonable(details, "details"), text)
    except ValueError as exc:
        expected = ("refused", str(exc))
    try:
        actual: Any = clean_details(details, text)
    except ValueError as exc:
        actual = ("refused", str(exc))
    assert expected == actual
