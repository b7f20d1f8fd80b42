"""The audit trail API: append, transactions, schema, reading, export, and clean details."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

import pytest
from pydantic import SecretStr

from govpub import AuditTrail, LedgerError, SqliteAuditTrail
from govpub._redact import register_secret
from govpub.audit import ACTIONS, GENESIS_HASH


def test_first_record_chains_from_genesis_and_hash_is_reproducible(
    trail: SqliteAuditTrail,
) -> None:
    record = trail.append(
        actor="张敏", action="approval.accepted", subject="p_1", details={"tier": 1}
    )
    assert (1, GENESIS_HASH) == (record.seq, record.prev_hash)
    canonical = (
        '{"action":"approval.accepted","actor":"张敏","details":{"tier":1},'
        f'"seq":1,"subject":"p_1","time":"{record.time}","v":"govpub-audit/1"}}'
    ).encode()
    assert record.canonical() == canonical
    assert hashlib.sha256(GENESIS_HASH.encode() + canonical).hexdigest() == record.hash
    assert "2026-03-04T01:00:01.000000+00:00" == record.time


def test_records_chain_and_head_follows(trail: SqliteAuditTrail) -> None:
    assert trail.head() is None
    first = trail.append(actor="a", action="post.submitted", subject="p")
    second = trail.append(actor="a", action="check.completed", subject="p")
    assert (2, first.hash) == (second.seq, second.prev_hash)
    assert second.hash == trail.head()
    assert [1, 2] == [r.seq for r in trail.iter_records()]


def test_append_outside_a_transaction_commits(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    trail = SqliteAuditTrail.open(path)
    trail.append(actor="a", action="post.submitted", subject="p")
    other = sqlite3.connect(path)
    assert 1 == other.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    other.close()
    trail.conn.close()


def test_append_inside_the_callers_transaction_commits_or_rolls_back_with_it(
    db: sqlite3.Connection, trail: SqliteAuditTrail
) -> None:
    db.execute("CREATE TABLE deliveries (id TEXT PRIMARY KEY, state TEXT)")
    db.commit()

    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO deliveries VALUES ('d1', 'published')")
    trail.append(actor="govpub", action="delivery.published", subject="d1")
    assert db.in_transaction  # append did not commit the caller's work
    db.rollback()
    assert [] == list(trail.iter_records())

    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO deliveries VALUES ('d1', 'published')")
    trail.append(actor="govpub", action="delivery.published", subject="d1")
    db.commit()
    assert ["delivery.published"] == [r.action for r in trail.iter_records()]
    assert trail.verify().ok


def test_ensure_schema_is_idempotent_and_records_its_version(db: sqlite3.Connection) -> None:
    SqliteAuditTrail.ensure_schema(db)
    SqliteAuditTrail.ensure_schema(db)
    assert [("audit", 2)] == db.execute("SELECT * FROM schema_versions").fetchall()


def test_schema_versions_table_is_shared_with_other_components(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE schema_versions (component TEXT PRIMARY KEY, version INTEGER)")
    db.execute("INSERT INTO schema_versions VALUES ('ledger', 3)")
    db.commit()
    SqliteAuditTrail.ensure_schema(db)
    assert [("audit", 2), ("ledger", 3)] == sorted(
        db.execute("SELECT * FROM schema_versions").fetchall()
    )


#: ``audit_log`` as audit schema version 1 wrote it (two secondary indexes, since dropped).
_AUDIT_V1 = (
    "CREATE TABLE schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)",
    """CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, time TEXT NOT NULL, actor TEXT NOT NULL,
        action TEXT NOT NULL, subject TEXT NOT NULL, details TEXT NOT NULL,
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE)""",
    "CREATE INDEX audit_log_subject ON audit_log (subject)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    "INSERT INTO schema_versions VALUES ('audit', 1)",
)


def test_a_version_1_trail_loses_its_indexes_and_keeps_its_records(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _AUDIT_V1:
        conn.execute(statement)
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    old = SqliteAuditTrail(conn)  # appends need no index: a version 1 file written as before
    for n in range(5):
        old.append(actor="张敏", action="test.appended", subject=f"s{n}", details={"n": n})
    before = conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    SqliteAuditTrail.ensure_schema(conn)
    SqliteAuditTrail.ensure_schema(conn)  # idempotent
    assert [("audit", 2)] == conn.execute("SELECT * FROM schema_versions").fetchall()
    assert [] == conn.execute("SELECT name FROM pragma_index_list('audit_log')").fetchall()
    assert before == conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    trail = SqliteAuditTrail(conn)
    trail.append(actor="张敏", action="test.appended", subject="s5", details={})
    assert trail.verify().ok
    assert 6 == trail.verify().checked
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)
    conn.close()


def test_the_chain_cannot_fork_without_the_hash_index(trail: SqliteAuditTrail) -> None:
    first = trail.append(actor="a", action="post.submitted", subject="p")
    trail.append(actor="a", action="check.completed", subject="p")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):  # a second record 2
        trail.conn.execute(
            "INSERT INTO audit_log VALUES (2, 't', 'b', 'x.y', 'p', '{}', ?, ?)",
            (first.hash, "f" * 64),
        )


def test_a_newer_schema_is_refused(db: sqlite3.Connection) -> None:
    SqliteAuditTrail.ensure_schema(db)
    db.execute("UPDATE schema_versions SET version = 99 WHERE component = 'audit'")
    db.commit()
    with pytest.raises(LedgerError, match="newer govpub"):
        SqliteAuditTrail.ensure_schema(db)


def test_reading_without_a_schema_is_a_ledger_error(db: sqlite3.Connection) -> None:
    trail = SqliteAuditTrail(db)
    with pytest.raises(LedgerError, match="audit trail"):
        trail.verify()
    with pytest.raises(LedgerError, match="audit trail"):
        trail.append(actor="a", action="post.submitted", subject="p")


def test_sqlite_trail_satisfies_the_protocol(trail: SqliteAuditTrail) -> None:
    assert isinstance(trail, AuditTrail)


@pytest.mark.parametrize("action", ["Post.Submitted", "post", "post..x", "post.submitted!", ""])
def test_actions_are_dotted_lower_case_names(trail: SqliteAuditTrail, action: str) -> None:
    with pytest.raises(ValueError, match="dotted"):
        trail.append(actor="a", action=action, subject="p")


def test_actor_and_subject_are_required(trail: SqliteAuditTrail) -> None:
    with pytest.raises(ValueError, match="actor"):
        trail.append(actor=" ", action="post.submitted", subject="p")
    with pytest.raises(ValueError, match="subject"):
        trail.append(actor="a", action="post.submitted", subject="")


def test_known_actions_are_valid_names() -> None:
    import re

    for action in ACTIONS:
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", action), action


def test_iter_records_since_sequence_and_time(filled: SqliteAuditTrail) -> None:
    assert [8, 9, 10] == [r.seq for r in filled.iter_records(8)]
    since = datetime(2026, 3, 4, 1, 0, 9, tzinfo=UTC)  # record 9 was written at :09
    assert [9, 10] == [r.seq for r in filled.iter_records(since)]
    with pytest.raises(ValueError, match="time zone"):
        list(filled.iter_records(datetime(2026, 3, 4)))  # noqa: DTZ001 - the point of the test


def test_export_jsonl(filled: SqliteAuditTrail) -> None:
    out = io.StringIO()
    assert 3 == filled.export(out, since=8)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [8, 9, 10] == [line["seq"] for line in lines]
    assert {"platform_post_id": "wechat-city-42"} == lines[0]["details"]
    assert filled.head() == lines[-1]["hash"]


def test_export_csv(filled: SqliteAuditTrail) -> None:
    out = io.StringIO()
    assert 10 == filled.export(out, fmt="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert 10 == len(rows)
    assert "approval.accepted" == rows[2]["action"]
    assert {"tier": 1, "key_id": "72af854ad840cb13"} == json.loads(rows[2]["details"])


def test_export_refuses_unknown_format(filled: SqliteAuditTrail) -> None:
    with pytest.raises(ValueError, match="jsonl or csv"):
        filled.export(io.StringIO(), fmt="xml")  # type: ignore[arg-type]


class Kind(Enum):
    A = "a"


def test_details_are_cleaned_before_hashing(trail: SqliteAuditTrail) -> None:
    register_secret("CANARY-audit-77")
    digest = hashlib.sha256(b"x").hexdigest()
    record = trail.append(
        actor="govpub",
        action="delivery.failed",
        subject="p_1:wechat",
        details={
            "error": "token CANARY-audit-77 rejected",
            "access_token": "abc",
            "url": "https://api.weixin.qq.com/cgi-bin/draft/add?access_token=xyz&x=1",
            "contact": "联系人电话13812345678，身份证11010519491231002X",
            "card": "6222021234567890123",
            "digest": digest,
            "secret": SecretStr("s"),
            "when": datetime(2026, 3, 4, tzinfo=UTC),
            "kind": Kind.A,
            "payload": b"\x00\x01",
            "tags": ("a", "b"),
            "platform_post_id": "4961234567890128",
            "post_url": "https://weibo.com/1234567890/4961234567890128",
            "note": "卡号4961234567890128",
        },
    )
    stored = json.loads(
        trail.conn.execute("SELECT details FROM audit_log WHERE seq = 1").fetchone()[0]
    )
    assert stored == dict(record.details)
    text = json.dumps(stored, ensure_ascii=False)
    for leaked in ("CANARY-audit-77", "abc", "xyz", "13812345678", "11010519491231002X"):
        assert leaked not in text
    assert "138****5678" in stored["contact"]
    assert "110105********002X" in stored["contact"]
    assert "***************0123" == stored["card"]
    assert digest == stored["digest"]  # machine ids are not personal data
    assert "2026-03-04T00:00:00+00:00" == stored["when"]
    assert "a" == stored["kind"]
    assert stored["payload"].startswith("sha256:")
    assert ["a", "b"] == stored["tags"]
    # a 16-digit Weibo id passes the Luhn check of a card number: ids and links stay readable,
    # the same digits in free text do not
    assert "4961234567890128" == stored["platform_post_id"]
    assert "https://weibo.com/1234567890/4961234567890128" == stored["post_url"]
    assert "卡号************0128" == stored["note"]
    assert trail.verify().ok


def test_details_that_are_not_json_are_refused(trail: SqliteAuditTrail) -> None:
    with pytest.raises(ValueError, match=r"details\.obj"):
        trail.append(actor="a", action="post.submitted", subject="p", details={"obj": object()})
    with pytest.raises(ValueError, match="NaN"):
        trail.append(actor="a", action="post.submitted", subject="p", details={"x": float("nan")})
    assert trail.head() is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系电话13812345678", "联系电话138****5678"),
        ("身份证号11010519491231002X。", "身份证号110105********002X。"),
        ("卡号4111111111111111", "卡号************1111"),
        ("2026年3月12日 9时", "2026年3月12日 9时"),
    ],
)
def test_actor_subject_and_details_use_the_compliance_masker(
    trail: SqliteAuditTrail, text: str, expected: str
) -> None:
    record = trail.append(actor=text, action="post.submitted", subject=text, details={"x": text})
    assert (expected, expected, expected) == (record.actor, record.subject, record.details["x"])
