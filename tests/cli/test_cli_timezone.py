"""Times on the command line are on the agency's clock (``[agency] timezone``), not the machine's."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from govpub import Approval, SqliteAuditTrail
from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture(autouse=True)
def _machine_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's own zone is UTC, so a time shown at +06:00 can only be the agency's."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example workspace, with the agency in Ürümqi (UTC+6)."""
    for name in ("post.md", "images", "keys", "secrets"):
        source = EXAMPLES / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    base = (EXAMPLES / "govpub.toml").read_text(encoding="utf-8")
    if not tomllib.loads(base).get("review"):
        base = re.sub(r"(?m)^\[review\]\s*$", "", base) + "\n"
        base += (EXAMPLES / "review-section.toml").read_text(encoding="utf-8")
    base = re.sub(r'(?m)^timezone = ".*"$', "", base)
    base = base.replace("[agency]\n", '[agency]\ntimezone = "Asia/Urumqi"\n', 1)
    (tmp_path / "govpub.toml").write_text(base, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def approve(key: str, role: str) -> list[str]:
    return ["review", "approve", "post.md", "--key", f"keys/{key}.example.pem", "--role", role]


def test_approval_times_are_signed_at_the_agency_offset(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(
        [*approve("zhang-min", "editor"), "--expires", "2099-01-01T09:00", "-o", "a1.json"]
    )
    approval = Approval.from_json((workspace / "a1.json").read_text(encoding="utf-8"))
    document = json.loads((workspace / "a1.json").read_text(encoding="utf-8"))
    assert document["time"].endswith("+06:00")  # canonical text, the agency's offset
    assert "2099-01-01T09:00:00+06:00" == document["expires_at"]  # no offset given: agency clock
    assert abs((datetime.now(UTC) - approval.time).total_seconds()) < 120
    assert "+06:00" in capsys.readouterr().err  # the 已签署 line


def test_review_status_and_form_show_times_at_the_agency_offset(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main([*approve("zhang-min", "editor"), "-o", "a1.json"])
    capsys.readouterr()
    assert 3 == main(["review", "status", "post.md", "-a", "a1.json"])
    out = capsys.readouterr().out
    assert re.search(r"张敏 · \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+06:00 · 密钥", out), out
    assert 0 == main(["review", "form", "post.md", "-a", "a1.json", "-o", "form.html"])
    page = (workspace / "form.html").read_text(encoding="utf-8")
    # publish_at is written 09:00+08:00 in the post: 07:00 in Ürümqi
    assert "<th>计划发布时间</th><td>2026-03-05T07:00:00+06:00</td>" in page
    assert re.search(r"生成于 \S+\+06:00 · 审核状态核验于 \S+\+06:00 · 时区 Asia/Urumqi", page)
    assert "+08:00" not in page


def test_audit_export_reads_a_date_on_the_agency_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "govpub.toml"
    config.write_text(
        '[agency]\ntimezone = "Asia/Urumqi"\n[store]\npath = "ledger.db"\n', encoding="utf-8"
    )
    times = iter(
        [
            datetime(2026, 2, 28, 17, 0, tzinfo=UTC),  # 2026-02-28 23:00 in Ürümqi
            datetime(2026, 2, 28, 19, 0, tzinfo=UTC),  # 2026-03-01 01:00 in Ürümqi
        ]
    )
    conn = sqlite3.connect(tmp_path / "ledger.db")
    SqliteAuditTrail.ensure_schema(conn)
    trail = SqliteAuditTrail(conn, clock=lambda: next(times))
    trail.append(actor="t", action="post.submitted", subject="p_before", details={})
    trail.append(actor="t", action="post.submitted", subject="p_after", details={})
    conn.close()
    assert 0 == main(["audit", "export", "--since", "2026-03-01", "--config", str(config)])
    subjects = [json.loads(line)["subject"] for line in capsys.readouterr().out.splitlines()]
    assert ["p_after"] == subjects  # on the machine's (UTC) clock, neither would count
