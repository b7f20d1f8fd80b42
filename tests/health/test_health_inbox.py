"""Unanswered messages in `govpub health` and the interaction figures of `govpub metrics`.

A fake clock: messages said to a memory account on given days, collected by
``sync_inbox``; the health check at later moments warns once one is past its
deadline (5 working days; a public holiday moves it) and fails past the
profile's limit; replies and 无需回复 count in the response rate.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from healthkit import LOCAL, account, matrix, world

from govpub.health import check_health_sync, compute_metrics
from govpub.inbox.sync import sync_inbox
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld

MONDAY = datetime(2026, 9, 28, 9, 0, tzinfo=LOCAL)  # before 国庆 2026 in the test calendar
HEALTH = {
    "holidays": [f"2026-10-0{d}" for d in range(1, 8)],
    "workdays": ["2026-10-10"],
    "profiles": {"strict": {"reply_working_days": 3, "reply_limit_days": 20}},
}


def collect(tmp_path: Path, *said: tuple[str, datetime]) -> tuple[SqliteLedger, object]:
    MemoryWorld.reset_all()
    m = matrix(tmp_path, account("m1"), health=HEALTH)
    for text, when in said:
        world().say("m1", text, at=when)
    ledger = SqliteLedger(tmp_path / "ledger.db")
    report = asyncio.run(sync_inbox(m, ledger))
    assert report.ok
    return ledger, m


def verdict(m: object, ledger: SqliteLedger, at: datetime, profile: str | None = None) -> str:
    report = check_health_sync(m, ledger=ledger, at=at, remote=False, profile=profile)  # type: ignore[arg-type]
    (entry,) = report.accounts
    (finding,) = [f for f in entry.findings if f.check == "R-INTERACT-REPLY"]
    return finding.level


def test_overdue_warns_after_the_holiday_adjusted_deadline_and_the_limit_fails(
    tmp_path: Path,
) -> None:
    ledger, m = collect(tmp_path, ("请问社保卡怎么补办？", MONDAY))
    (item,) = ledger.interactions()
    # Mon 09-28: Tue, Wed (2 working days), 10-01…10-07 off, Thu 10-08, Fri 10-09, Sat 10-10 (调休).
    assert "2026-10-10" == item.due_on.isoformat()
    assert "ok" == verdict(m, ledger, datetime(2026, 10, 10, 23, 0, tzinfo=LOCAL))
    assert "warn" == verdict(m, ledger, datetime(2026, 10, 11, 9, 0, tzinfo=LOCAL))
    assert "fail" == verdict(m, ledger, MONDAY + timedelta(days=91))
    assert "fail" == verdict(m, ledger, MONDAY + timedelta(days=21), profile="strict")
    ledger.close_interaction(item.id, reason="重复留言", actor="t")
    assert "ok" == verdict(m, ledger, MONDAY + timedelta(days=200))
    ledger.close()


def test_metrics_count_replies_overdue_and_the_median_time_to_reply(tmp_path: Path) -> None:
    ledger, m = collect(
        tmp_path,
        ("一", MONDAY),
        ("二", MONDAY + timedelta(hours=1)),
        ("三", MONDAY + timedelta(hours=2)),
        ("四", MONDAY + timedelta(hours=3)),
    )
    first, second, third, _fourth = ledger.interactions()
    for item, hours in ((first, 2), (second, 5)):
        ledger.intend_reply(item.id, text="您好。", approvals=[], actor="t")
        ledger.record_reply(item.id, outcome="sent", actor="t")
        ledger.connection.execute(
            "UPDATE interactions SET replied_at = ? WHERE id = ?",
            ((item.received_at + timedelta(hours=hours)).isoformat(), item.id),
        )
    ledger.close_interaction(third.id, reason="广告", actor="t")
    report = compute_metrics(
        m,  # type: ignore[arg-type]
        ledger,
        since=MONDAY - timedelta(days=1),
        until=MONDAY + timedelta(days=30),
        tz=LOCAL,
        now=MONDAY + timedelta(days=30),
    )
    figures = report.accounts[0].interaction
    assert (4, 2, 1, 1, 1) == (
        figures.received,
        figures.replied,
        figures.no_reply_needed,
        figures.open,
        figures.overdue,
    )
    assert (2 / 3, 3.5) == (figures.response_rate, figures.median_hours_to_reply)
    assert 1 == report.matrix.interaction.overdue
    assert 4 == report.rows()[0]["interaction_received"]
    ledger.close()
