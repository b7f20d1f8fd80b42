"""``govpub audit verify | head | export`` on the configured store."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from govpub import SqliteAuditTrail
from govpub.cli import main


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config whose store holds five audit records."""
    path = tmp_path / "govpub.toml"
    path.write_text('[store]\npath = "ledger.db"\n', encoding="utf-8")
    trail = SqliteAuditTrail.open(tmp_path / "ledger.db")
    for index in range(1, 6):
        trail.append(
            actor="govpub",
            action="delivery.attempt",
            subject=f"p_1:acct{index}",
            details={"attempt": index},
        )
    trail.conn.close()
    return path


def _tamper(config: Path, sql: str) -> None:
    conn = sqlite3.connect(config.parent / "ledger.db")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_verify_ok(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["audit", "verify", "--config", str(config)])
    assert "共 5 条" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("sql", "seq"),
    [
        ("UPDATE audit_log SET details = '{\"attempt\": 9}' WHERE seq = 3", 3),
        ("DELETE FROM audit_log WHERE seq = 2", 2),
    ],
)
def test_verify_exits_1_naming_the_first_bad_record(
    config: Path, capsys: pytest.CaptureFixture[str], sql: str, seq: int
) -> None:
    _tamper(config, sql)
    assert 1 == main(["audit", "verify", "--config", str(config)])
    assert f"第 {seq} 条" in capsys.readouterr().err
    assert 1 == main(["audit", "verify", "--config", str(config), "--json"])
    assert seq == json.loads(capsys.readouterr().out)["first_bad_seq"]


def test_head_and_anchor(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["audit", "head", "--config", str(config)])
    anchor = capsys.readouterr().out.strip()
    seq, _, digest = anchor.partition(":")
    assert "5" == seq
    assert 64 == len(digest)
    assert 0 == main(["audit", "verify", "--config", str(config), "--anchor", anchor])
    _tamper(config, "DELETE FROM audit_log WHERE seq = 5")
    capsys.readouterr()
    assert 0 == main(["audit", "verify", "--config", str(config)])  # truncation alone…
    assert 1 == main(["audit", "verify", "--config", str(config), "--anchor", anchor])  # …caught
    assert "anchor_missing" in capsys.readouterr().err
    assert 2 == main(["audit", "verify", "--config", str(config), "--anchor", "5:abc"])


def test_head_json(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["audit", "head", "--config", str(config), "--json"])
    assert 5 == json.loads(capsys.readouterr().out)["seq"]


def test_export_jsonl_and_csv(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["audit", "export", "--config", str(config), "--since", "4"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [4, 5] == [x["seq"] for x in lines]

    out = config.parent / "audit.csv"
    assert 0 == main(["audit", "export", "--config", str(config), "-f", "csv", "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert ["1", "2", "3", "4", "5"] == [r["seq"] for r in rows]
    assert "已导出 5 条" in capsys.readouterr().err

    assert 0 == main(["audit", "export", "--config", str(config), "--since", "2000-01-01"])
    assert 5 == len(capsys.readouterr().out.splitlines())
    assert 2 == main(["audit", "export", "--config", str(config), "--format", "xml"])
    assert 2 == main(["audit", "export", "--config", str(config), "--since", "yesterday"])


def test_missing_store_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "govpub.toml"
    config.write_text('[store]\npath = "none.db"\n', encoding="utf-8")
    assert 2 == main(["audit", "verify", "--config", str(config)])
    err = capsys.readouterr().err
    assert "store.path" in err
    assert "none.db" in err


def test_store_without_audit_table_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "govpub.toml"
    config.write_text('[store]\npath = "other.db"\n', encoding="utf-8")
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE x (y)").connection.close()
    assert 2 == main(["audit", "head", "--config", str(config)])
    assert "no readable audit trail" in capsys.readouterr().err


def test_commands_do_not_write_to_the_store(config: Path) -> None:
    db = config.parent / "ledger.db"
    before = db.read_bytes()
    main(["audit", "verify", "--config", str(config)])
    main(["audit", "head", "--config", str(config)])
    main(["audit", "export", "--config", str(config), "-o", str(config.parent / "x.jsonl")])
    assert before == db.read_bytes()
