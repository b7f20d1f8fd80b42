"""Filings (备案): lifecycle, audit, export of every event, deadlines, and closure stops publishing."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from healthkit import NOW, FakeClock, account, matrix

from govpub import ConfigError
from govpub.cli import main
from govpub.health import FilingRegistry, check_health
from govpub.health.filing_status import account_filing_findings
from govpub.health.filings import EXPORT_FIELDS
from govpub.health.profiles import NATIONAL
from govpub.health.workdays import WorkCalendar
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld

EXAMPLES = Path(__file__).parents[2] / "examples"
CONFIG = """
[agency]
name = "某某市人民政府"
supervisor = "某某市委网信办"

[publisher]
require_review = false

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "filings" }

[[accounts]]
id = "m2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
settings = { world = "filings" }
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "govpub.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def cli(workspace: Path, *args: str) -> int:
    return main([*args, "--config", str(workspace / "govpub.toml")])


def test_every_lifecycle_event_is_exported_with_the_filing_fields(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == cli(
        workspace,
        "accounts",
        "open",
        "m1",
        "--reason",
        "新开设",
        "--date",
        "2026-01-05",
        "--filed",
        "2026-01-06",
        "--receipt",
        "BA-1",
    )
    assert 0 == cli(
        workspace,
        "accounts",
        "change",
        "m1",
        "--reason",
        "名称规范",
        "--name",
        "某某市发布",
        "--date",
        "2026-02-02",
    )
    assert 0 == cli(
        workspace,
        "accounts",
        "close",
        "m1",
        "--reason",
        "机构调整，停止运营",
        "--date",
        "2026-03-02",
    )
    assert 0 == cli(
        workspace,
        "accounts",
        "cancel",
        "m1",
        "--reason",
        "注销",
        "--date",
        "2026-03-09",
        "--supervisor",
        "某某省委网信办",
    )
    capsys.readouterr()

    assert 0 == cli(workspace, "accounts", "filings", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [header for _, header, _ in EXPORT_FIELDS] == list(rows[0])
    assert ["开设", "变更", "关停", "注销"] == [r["事项"] for r in rows]
    assert ["2026-01-05", "2026-02-02", "2026-03-02", "2026-03-09"] == [r["事项日期"] for r in rows]
    assert {"某某市人民政府办公室"} == {r["主办单位"] for r in rows}
    assert ["某某市委网信办"] * 3 + ["某某省委网信办"] == [r["主管单位"] for r in rows]
    assert {"内存平台（测试用）"} == {r["平台"] for r in rows}
    assert ["某某发布", "某某市发布", "某某市发布", "某某市发布"] == [r["账号名称"] for r in rows]
    assert "名称：某某发布 → 某某市发布" == rows[1]["变更内容"]
    assert ["新开设", "名称规范", "机构调整，停止运营", "注销"] == [r["原因"] for r in rows]
    assert ["2026-01-06", "", "", ""] == [r["报送日期"] for r in rows]
    assert "BA-1" == rows[0]["报送回执"]

    assert 0 == cli(workspace, "accounts", "filings", "--json", "--since", "2026-02-01")
    exported = json.loads(capsys.readouterr().out)
    assert ["changed", "closed", "cancelled"] == [e["kind"] for e in exported]
    assert {key for key, _, _ in EXPORT_FIELDS} <= set(exported[0])


def test_events_are_audited_in_the_same_store(workspace: Path) -> None:
    cli(workspace, "accounts", "open", "m2", "--reason", "新开设", "--date", "2026-01-05")
    cli(workspace, "accounts", "filed", "1", "--date", "2026-01-07", "--receipt", "BA-7")
    ledger = SqliteLedger(workspace / "govpub.db")
    try:
        records = [r for r in ledger.trail.iter_records() if r.action.startswith("account.")]
        assert ["account.opened", "account.filed"] == [r.action for r in records]
        assert ("m2", "某某市委网信办", "新开设") == (
            records[0].subject,
            records[0].details["supervisor"],
            records[0].details["reason"],
        )
        assert ledger.trail.verify().ok
        assert date(2026, 1, 7) == FilingRegistry(ledger).get(1).filed_on
    finally:
        ledger.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["open", "m1", "--reason", "again"], "already opened"),
        (["close", "nobody", "--reason", "x"], "no account 'nobody'"),
        (["change", "m1", "--reason", "x"], "must say what changed"),
        (["close", "m1", "--reason", "x", "--date", "2025-12-31"], "is before filing #1"),
        (["close", "m1", "--reason", "x", "--date", "2999-01-01"], "in the future"),
        (["close", "m1", "--reason", " "], "needs a reason"),
    ],
)
def test_refusals_name_what_was_wrong(
    workspace: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert 0 == cli(
        workspace, "accounts", "open", "m1", "--reason", "新开设", "--date", "2026-01-05"
    )
    capsys.readouterr()
    assert 2 == cli(workspace, "accounts", *args)
    assert message in capsys.readouterr().err


def test_nothing_follows_a_cancellation(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(workspace, "accounts", "cancel", "m1", "--reason", "注销", "--date", "2026-01-05")
    capsys.readouterr()
    assert 2 == cli(workspace, "accounts", "open", "m1", "--reason", "x")
    assert "a cancelled (注销) account is gone" in capsys.readouterr().err


def test_a_supervisor_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "govpub.toml").write_text(
        CONFIG.replace('supervisor = "某某市委网信办"\n', ""), encoding="utf-8"
    )
    assert 2 == main(
        ["accounts", "open", "m1", "--reason", "x", "--config", str(tmp_path / "govpub.toml")]
    )
    assert "agency.supervisor" in capsys.readouterr().err


def test_a_closed_account_is_never_planned(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLES / "post.md", workspace / "post.md")
    shutil.copytree(EXAMPLES / "images", workspace / "images")
    text = (workspace / "post.md").read_text(encoding="utf-8")
    (workspace / "post.md").write_text(
        text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", ""), encoding="utf-8"
    )
    assert 0 == cli(workspace, "accounts", "close", "m2", "--reason", "机构调整，停止运营")
    out = "".join(capsys.readouterr().out.split())
    assert 'status改为"closed"' in out

    assert 0 == cli(workspace, "publish", str(workspace / "post.md"), "--json")
    report = json.loads(capsys.readouterr().out)
    assert ["m1"] == [d["account_id"] for d in report["deliveries"]]
    assert ["m1"] == [r.account for r in MemoryWorld.get("filings").published()]

    # re-opened: planned again
    assert 0 == cli(workspace, "accounts", "open", "m2", "--reason", "恢复运营")
    capsys.readouterr()
    text = (workspace / "post.md").read_text(encoding="utf-8")
    (workspace / "post.md").write_text(
        text.replace("title: ", "id: p_again\ntitle: "), encoding="utf-8"
    )
    # the same text again under a new id: m1 has it already (the duplicate guard), so say so
    assert 3 == cli(workspace, "publish", str(workspace / "post.md"), "--json")
    capsys.readouterr()
    assert 0 == cli(workspace, "publish", str(workspace / "post.md"), "--allow-duplicate", "--json")
    report = json.loads(capsys.readouterr().out)
    assert ["m1", "m2"] == sorted(d["account_id"] for d in report["deliveries"])


async def test_suspended_accounts_are_skipped_with_their_reason(tmp_path: Path) -> None:
    from healthkit import Desk

    built = matrix(tmp_path, account("m1"), account("m2", unit="某某局", status="suspended"))
    desk = Desk(built, FakeClock())
    report = await desk.publish(NOW, 1)
    await desk.aclose()
    rows = {d.account_id: (d.state, d.instruction) for d in report.deliveries}
    assert {"m1": ("published", None), "m2": ("skipped", "账号迁移中")} == rows


# -- R-FILING in the health check ------------------------------------------------------------

CALENDAR = WorkCalendar.of(holidays=[date(2026, 4, 6)], workdays=[date(2026, 4, 12)])


@pytest.mark.parametrize(
    ("event", "check", "warns"),
    [
        # Monday 2026-03-02 + 5 working days = Monday 2026-03-09 (the deadline day is fine)
        (date(2026, 3, 2), date(2026, 3, 9), False),
        (date(2026, 3, 2), date(2026, 3, 10), True),
        # Thursday 04-02: Fri 3, (Mon 6 holiday), Tue 7, Wed 8, Thu 9, Fri 10
        (date(2026, 4, 2), date(2026, 4, 10), False),
        (date(2026, 4, 2), date(2026, 4, 11), True),
        # Tuesday 04-07: Wed 8, Thu 9, Fri 10, Sun 12 (调休 working day), Mon 13
        (date(2026, 4, 7), date(2026, 4, 13), False),
        (date(2026, 4, 7), date(2026, 4, 14), True),
    ],
)
def test_unfiled_after_five_working_days_warns(
    tmp_path: Path, event: date, check: date, warns: bool
) -> None:
    built = matrix(tmp_path, account("m1"))
    ledger = SqliteLedger(":memory:")
    filings = FilingRegistry(ledger, clock=FakeClock())
    recorded = filings.record(
        "opened",
        built.account("m1"),
        reason="新开设",
        supervisor="网信办",
        actor="t",
        event_date=event,
        today=check,
    )
    findings = account_filing_findings(
        built.account("m1"), [recorded], today=check, profile=NATIONAL, calendar=CALENDAR
    )
    assert warns == any("尚未报送备案" in f.message for f in findings)
    filed = filings.mark_filed(recorded.id, filed_on=check, actor="t")
    assert [] == account_filing_findings(
        built.account("m1"), [filed], today=check, profile=NATIONAL, calendar=CALENDAR
    )


async def test_config_and_filings_that_disagree_warn(tmp_path: Path) -> None:
    built = matrix(
        tmp_path,
        account("open-closed", status="closed"),
        account("never-filed"),
        account("closed-in-ledger", unit="某某局"),
    )
    ledger = SqliteLedger(built.store.path)
    filings = FilingRegistry(ledger, clock=FakeClock())
    for account_id, kind in (("open-closed", "opened"), ("closed-in-ledger", "closed")):
        filings.record(
            kind,  # type: ignore[arg-type]
            built.account(account_id),
            reason="r",
            supervisor="网信办",
            actor="t",
            event_date=NOW.date() - timedelta(days=1),
            filed_on=NOW.date(),
        )
    gone = account("gone")
    filings.record(
        "opened",
        gone,
        reason="r",
        supervisor="网信办",
        actor="t",
        event_date=date(2020, 1, 1),
        filed_on=date(2020, 1, 2),
    )
    ledger.close()
    report = await check_health(built, at=NOW, remote=False)
    messages = {
        e.account_id: [f.message for f in e.findings if f.check == "R-FILING"]
        for e in report.accounts
    }
    assert "与最近备案“开设”" in messages["open-closed"][0]
    assert "没有开设备案记录" in messages["never-filed"][0]
    assert "与最近备案“关停”" in messages["closed-in-ledger"][0]
    assert ["gone"] == [f.details["account"] for f in report.matrix_findings]


def test_lifecycle_refusal_is_a_config_error_naming_the_previous_event() -> None:
    ledger = SqliteLedger(":memory:")
    filings = FilingRegistry(ledger, clock=FakeClock())
    subject = account("m1")
    filings.record(
        "closed", subject, reason="r", supervisor="s", actor="t", event_date=date(2026, 3, 1)
    )
    with pytest.raises(
        ConfigError, match=r"cannot record closed \(关停\) after filing #1 closed on 2026-03-01"
    ):
        filings.record(
            "closed", subject, reason="r", supervisor="s", actor="t", event_date=date(2026, 3, 2)
        )
