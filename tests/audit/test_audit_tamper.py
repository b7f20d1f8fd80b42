"""Tampering with the chain — modify, delete, insert, reorder — is found at the right record."""

from __future__ import annotations

import json
import sqlite3

import pytest

from govpub import SqliteAuditTrail
from govpub._canonical import canonical_json
from govpub.audit import AuditRecord, record_hash


def _attacker(db: sqlite3.Connection) -> sqlite3.Connection:
    """Someone with the database file: the append-only triggers are no obstacle to them."""
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.commit()
    return db


def _row(db: sqlite3.Connection, seq: int) -> tuple[object, ...]:
    row = db.execute("SELECT * FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    assert row is not None
    return tuple(row)


def _rehash(db: sqlite3.Connection, seq: int) -> None:
    """Recompute one record's hash after changing it (the careful attacker)."""
    seq_, time, actor, action, subject, details, prev, _ = _row(db, seq)
    record = AuditRecord(
        seq=int(str(seq_)),
        time=str(time),
        actor=str(actor),
        action=str(action),
        subject=str(subject),
        details=json.loads(str(details)),
        prev_hash=str(prev),
        hash="",
    )
    db.execute("UPDATE audit_log SET hash = ? WHERE seq = ?", (record.expected_hash(), seq))
    db.commit()


def test_untouched_chain_verifies(filled: SqliteAuditTrail) -> None:
    result = filled.verify()
    assert (True, 10, None) == (result.ok, result.checked, result.first_bad_seq)
    assert filled.head() == result.head


def test_modified_record_is_found_at_its_sequence_number(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    _attacker(db).execute(
        "UPDATE audit_log SET details = ? WHERE seq = 4",
        (json.dumps({"tier": 2, "key_id": "0000000000000000"}),),
    )
    db.commit()
    result = filled.verify()
    assert (False, 4, "hash_mismatch") == (result.ok, result.first_bad_seq, result.reason)
    assert "第 4 条" in (result.message or "")


@pytest.mark.parametrize("column", ["actor", "action", "subject", "time"])
def test_every_column_is_covered(
    filled: SqliteAuditTrail, db: sqlite3.Connection, column: str
) -> None:
    value = "2026-03-04T01:00:05.000000+00:00" if column == "time" else "x.y"
    _attacker(db).execute(f"UPDATE audit_log SET {column} = ? WHERE seq = 6", (value,))  # noqa: S608
    db.commit()
    assert 6 == filled.verify().first_bad_seq


def test_modified_and_rehashed_record_breaks_the_next_link(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    _attacker(db).execute("UPDATE audit_log SET actor = '李强' WHERE seq = 4")
    db.commit()
    _rehash(db, 4)
    result = filled.verify()
    assert (5, "prev_hash_mismatch") == (result.first_bad_seq, result.reason)


def test_deleted_record_is_found_at_its_sequence_number(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    _attacker(db).execute("DELETE FROM audit_log WHERE seq = 7")
    db.commit()
    result = filled.verify()
    assert (7, "missing_record") == (result.first_bad_seq, result.reason)
    assert 6 == result.checked


def test_deleted_and_renumbered_records_are_found(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    attacker = _attacker(db)
    attacker.execute("DELETE FROM audit_log WHERE seq = 3")
    for seq in range(4, 11):
        attacker.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (seq - 1, seq))
    db.commit()
    result = filled.verify()
    assert (3, "prev_hash_mismatch") == (result.first_bad_seq, result.reason)


def test_forged_insert_with_correct_hashes_is_found_at_the_inserted_record(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    attacker = _attacker(db)
    for seq in range(10, 5, -1):  # make room after record 5
        attacker.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (seq + 1, seq))
    prev = str(_row(db, 5)[7])
    forged = AuditRecord(
        seq=6,
        time="2026-03-04T01:00:05.500000+00:00",
        actor="刘洋",
        action="approval.accepted",
        subject="p_1",
        details={"tier": 3},
        prev_hash=prev,
        hash="",
    )
    attacker.execute(
        "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            6,
            forged.time,
            forged.actor,
            forged.action,
            forged.subject,
            canonical_json(forged.details).decode("utf-8"),  # as govpub writes it: careful
            prev,
            record_hash(prev, forged.canonical()),
        ),
    )
    db.commit()
    result = filled.verify()
    assert (6, "inserted_record") == (result.first_bad_seq, result.reason)
    assert "插入" in (result.message or "")


def test_clumsy_insert_is_found_at_the_inserted_record(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    attacker = _attacker(db)
    for seq in range(10, 3, -1):
        attacker.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (seq + 1, seq))
    copy = list(_row(db, 3))
    copy[0] = 4
    copy[7] = "f" * 64
    attacker.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", copy)
    db.commit()
    result = filled.verify()
    assert 4 == result.first_bad_seq


def test_reordered_records_are_found_at_the_first_moved_one(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    attacker = _attacker(db)
    attacker.execute("UPDATE audit_log SET seq = -1 WHERE seq = 8")
    attacker.execute("UPDATE audit_log SET seq = 8 WHERE seq = 9")
    attacker.execute("UPDATE audit_log SET seq = 9 WHERE seq = -1")
    db.commit()
    result = filled.verify()
    assert (8, "prev_hash_mismatch") == (result.first_bad_seq, result.reason)


def test_anchor_catches_a_rewritten_tail(filled: SqliteAuditTrail, db: sqlite3.Connection) -> None:
    anchor = {10: filled.head() or ""}
    attacker = _attacker(db)
    attacker.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 9")
    db.commit()
    _rehash(db, 9)
    prev = str(_row(db, 9)[7])
    attacker.execute("UPDATE audit_log SET prev_hash = ? WHERE seq = 10", (prev,))
    db.commit()
    _rehash(db, 10)
    assert filled.verify().ok  # a complete rewrite of the tail is consistent in itself…
    result = filled.verify(anchors=anchor)  # …but not with the head recorded elsewhere
    assert (10, "anchor_mismatch") == (result.first_bad_seq, result.reason)


def test_anchor_catches_dropped_newest_records(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    anchor = {10: filled.head() or ""}
    _attacker(db).execute("DELETE FROM audit_log WHERE seq >= 9")
    db.commit()
    assert filled.verify().ok
    result = filled.verify(anchors=anchor)
    assert (10, "anchor_missing") == (result.first_bad_seq, result.reason)


def test_broken_details_json_is_reported(filled: SqliteAuditTrail, db: sqlite3.Connection) -> None:
    _attacker(db).execute("UPDATE audit_log SET details = '{not json' WHERE seq = 2")
    db.commit()
    assert (2, "malformed_record") == (
        filled.verify().first_bad_seq,
        filled.verify().reason,
    )


def test_triggers_refuse_update_and_delete(
    filled: SqliteAuditTrail, db: sqlite3.Connection
) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = 1")
