"""One reader of audit details: what the chain hashes is exactly what SQL reads (issue 11.3).

``audit verify`` used to crash on ``NaN`` in a stored record's details, and to
pass a record whose details held ``{"account":"FORGED","account":"app-001"}``:
Python's ``json.loads`` keeps the last key, so the hash matched, while SQLite's
``json_extract`` reads ``FORGED``.  Here someone with the SQLite file writes
such records, and ``verify`` names them with a reason id; the writer can never
produce them.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govpub import LedgerError, SqliteAuditTrail
from govpub._canonical import StrictJSONError, canonical_json
from govpub.audit import AuditRecord, parse_details
from govpub.cli import main
from govpub.ledger import SqliteLedger

ORIGINAL = '{"account":"app-001","attempt":1}'


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A config and a store of four records; record 2's details are ``ORIGINAL``."""
    (tmp_path / "govpub.toml").write_text('[store]\npath = "ledger.db"\n', encoding="utf-8")
    trail = SqliteAuditTrail.open(tmp_path / "ledger.db")
    trail.append(actor="cms", action="post.submitted", subject="p_1", details={"n": 1})
    trail.append(
        actor="govpub",
        action="delivery.attempt",
        subject="p_1:app-001",
        details={"account": "app-001", "attempt": 1},
    )
    for n in (3, 4):
        trail.append(actor="govpub", action="delivery.published", subject="p_1", details={"n": n})
    stored = trail.conn.execute("SELECT details FROM audit_log WHERE seq = 2").fetchone()[0]
    assert ORIGINAL == stored
    trail.conn.close()
    return tmp_path


def _tamper(store: Path, details: str | bytes) -> None:
    """Write ``details`` into record 2, as someone with the file can; the hash is left alone —
    for every value-preserving change it still matches what a lenient reader computes."""
    db = sqlite3.connect(store / "ledger.db")
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET details = ? WHERE seq = 2", (details,))
    db.commit()
    db.close()


def _lenient_hash_matches(store: Path) -> bool:
    """Whether record 2's hash checks out under ``json.loads`` (the old verify's reader)."""
    db = sqlite3.connect(store / "ledger.db")
    row = db.execute("SELECT * FROM audit_log WHERE seq = 2").fetchone()
    db.close()
    record = AuditRecord(2, row[1], row[2], row[3], row[4], json.loads(row[5]), row[6], row[7])
    return record.expected_hash() == record.hash


def _verify(store: Path) -> tuple[int | None, str | None, str]:
    trail = SqliteAuditTrail.open(store / "ledger.db")
    try:
        result = trail.verify()
    finally:
        trail.conn.close()
    assert not result.ok
    return result.first_bad_seq, result.reason, result.message or ""


def test_the_forged_duplicate_key_keeps_its_hash_but_sqlite_reads_the_forgery(
    store: Path,
) -> None:
    forged = '{"account":"FORGED","account":"app-001","attempt":1}'
    _tamper(store, forged)
    assert _lenient_hash_matches(store)  # why the old verify passed it
    db = sqlite3.connect(store / "ledger.db")
    seen = db.execute("SELECT json_extract(details, '$.account') FROM audit_log WHERE seq = 2")
    assert ("FORGED",) == seen.fetchone()
    db.close()
    seq, reason, message = _verify(store)
    assert (2, "duplicate_key") == (seq, reason)
    assert "第 2 条" in message
    assert "'account'" in message


@pytest.mark.parametrize(
    ("details", "reason"),
    [
        ('{"account":"app-001","attempt":NaN}', "non_finite"),
        ('{"account":"app-001","attempt":Infinity}', "non_finite"),
        ('{"account":"app-001","attempt":-Infinity}', "non_finite"),
        ('{"account":"app-001","attempt":1e999}', "non_finite"),
        ('{"account":"app-001","account":"app-001","attempt":1}', "duplicate_key"),
        ('{"account": "app-001", "attempt": 1}', "not_canonical"),
        ('{"attempt":1,"account":"app-001"}', "not_canonical"),
        ('{"account":"\\u0061pp-001","attempt":1}', "not_canonical"),
        ('{"account":"app-001","attempt":1.0}', "hash_mismatch"),
        ('{"account":"\\ud800","attempt":1}', "malformed_record"),
        ('["account","app-001"]', "malformed_record"),
        ("{", "malformed_record"),
        (ORIGINAL.encode(), "malformed_record"),  # a BLOB: SQLite ≥ 3.45 would read it as JSONB
    ],
)
def test_verify_names_the_record_and_the_reason(
    store: Path, details: str | bytes, reason: str
) -> None:
    _tamper(store, details)
    seq, found, message = _verify(store)
    assert (2, reason) == (seq, found)
    assert "第 2 条" in message


@pytest.mark.parametrize(
    "details",
    [
        '{"account": "app-001", "attempt": 1}',
        '{"attempt":1,"account":"app-001"}',
        '{"account":"\\u0061pp-001","attempt":1}',
    ],
)
def test_a_reformatted_record_is_refused_though_its_hash_still_matches(
    store: Path, details: str
) -> None:
    _tamper(store, details)
    assert _lenient_hash_matches(store)
    assert (2, "not_canonical") == _verify(store)[:2]


def test_a_changed_value_is_a_hash_mismatch_before_a_form_problem(store: Path) -> None:
    """Reformatted *and* changed: the change is what verify reports."""
    _tamper(store, '{"account": "FORGED", "attempt": 1}')
    assert (2, "hash_mismatch") == _verify(store)[:2]


@pytest.mark.parametrize(
    ("details", "reason"),
    [
        ('{"account":"app-001","attempt":NaN}', "non_finite"),
        ('{"account":"FORGED","account":"app-001","attempt":1}', "duplicate_key"),
        ('{"account": "app-001", "attempt": 1}', "not_canonical"),
    ],
)
def test_the_cli_exits_1_naming_the_record_without_a_traceback(
    store: Path, capsys: pytest.CaptureFixture[str], details: str, reason: str
) -> None:
    _tamper(store, details)
    config = str(store / "govpub.toml")
    assert 1 == main(["audit", "verify", "--config", config])
    err = capsys.readouterr().err
    assert f"第 2 条（{reason}）" in err
    assert "Traceback" not in err
    assert 1 == main(["audit", "verify", "--config", config, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (False, 2, reason, 1) == (
        data["ok"],
        data["first_bad_seq"],
        data["reason"],
        data["checked"],
    )
    assert 1 == main(["audit", "export", "--config", config])  # a reader refuses it too
    err = capsys.readouterr().err
    assert f"[{reason}]" in err
    assert "第 2 条" in err
    assert "Traceback" not in err


def test_readers_raise_a_ledger_error_naming_the_record(store: Path) -> None:
    _tamper(store, '{"account":"app-001","attempt":NaN}')
    trail = SqliteAuditTrail.open(store / "ledger.db")
    try:
        with pytest.raises(LedgerError, match=r"第 2 条.*\[non_finite\]"):
            list(trail.iter_records())
        assert 4 == trail.last().seq  # type: ignore[union-attr]
    finally:
        trail.conn.close()


# -- the writer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("details", "words"),
    [
        ({"retry_after": math.nan}, "details.retry_after: NaN and infinity"),
        ({"nested": {"x": [1, math.inf]}}, "details.nested.x[1]: NaN and infinity"),
        ({1: "a", "1": "b"}, "two keys are both '1'"),
        ({"note": "\ud800"}, "details.note: a lone surrogate"),
        ({"\udc00": 1}, "details key: a lone surrogate"),
    ],
)
def test_the_writer_refuses_what_verify_would_call_tampered(
    trail: SqliteAuditTrail, details: dict[Any, Any], words: str
) -> None:
    trail.append(actor="govpub", action="post.submitted", subject="p_1")
    with pytest.raises(ValueError, match=r"^details") as raised:
        trail.append(actor="govpub", action="delivery.attempt", subject="p_1", details=details)
    assert words in str(raised.value)
    assert [1] == [r.seq for r in trail.iter_records()]
    assert trail.verify().ok


def test_the_writer_refuses_a_lone_surrogate_in_actor_or_subject(trail: SqliteAuditTrail) -> None:
    with pytest.raises(ValueError, match="actor: a lone surrogate"):
        trail.append(actor="张\ud800", action="post.submitted", subject="p_1")
    with pytest.raises(ValueError, match="subject: a lone surrogate"):
        trail.append(actor="govpub", action="post.submitted", subject="p_\udfff")
    assert trail.last() is None


_KEYS = st.text(max_size=8)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(details=st.dictionaries(_KEYS, _JSON, max_size=5))
def test_whatever_the_writer_stores_verify_reads_back_as_it_is(details: dict[str, Any]) -> None:
    conn = sqlite3.connect(":memory:")
    SqliteAuditTrail.ensure_schema(conn)
    trail = SqliteAuditTrail(conn, masker=lambda text: text)
    record = trail.append(actor="govpub", action="plugin.test", subject="p_1", details=details)
    [stored] = conn.execute("SELECT details FROM audit_log").fetchone()
    assert canonical_json(record.details).decode() == stored
    assert record.details == parse_details(stored)
    assert trail.verify().ok
    assert [record] == list(trail.iter_records())
    conn.close()


@settings(max_examples=200, deadline=None)
@given(details=st.dictionaries(_KEYS, _JSON, max_size=5), indent=st.sampled_from([None, 0, 1]))
def test_only_the_canonical_text_of_details_is_read(
    details: dict[str, Any], indent: int | None
) -> None:
    """Any other JSON text of the same value — spaces, escapes, order — is ``not_canonical``."""
    canonical = canonical_json(details).decode()
    for other in (
        json.dumps(details, indent=indent, sort_keys=True, ensure_ascii=False),
        json.dumps(details, sort_keys=True, separators=(",", ":")),  # ASCII escapes
        json.dumps(
            dict(reversed(list(details.items()))), separators=(",", ":"), ensure_ascii=False
        ),
    ):
        if other == canonical:
            assert details == parse_details(other)
            continue
        with pytest.raises(StrictJSONError) as raised:
            parse_details(other)
        assert "not_canonical" == raised.value.reason


def test_the_health_reports_read_findings_through_the_same_reader(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "ledger.db")
    try:
        finding = {"rule": "wording.opinion", "severity": "warn"}
        ledger.audit(
            actor="govpub",
            action="post.submitted",
            subject="p_1",
            details={"findings": [finding]},
        )
        assert {"p_1": [finding]} == ledger._recorded_findings(["p_1"])
        with ledger.transaction() as conn:
            conn.execute("DROP TRIGGER audit_log_no_update")
            conn.execute(
                "UPDATE audit_log SET details = ? WHERE seq = 1",
                ('{"findings":[],"findings":[{"rule":"wording.opinion","severity":"warn"}]}',),
            )
        with pytest.raises(LedgerError, match=r"第 1 条.*\[duplicate_key\]"):
            ledger._recorded_findings(["p_1"])
    finally:
        ledger.close()
