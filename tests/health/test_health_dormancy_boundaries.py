"""R-DORMANT with a fake clock: 9 → ok, 10 → warn, 13 → warn, 14 → fail, 15 → fail.

"监测时间点前2周内无更新" is read as calendar days (UTC+8) between the last update's
date and the check's date; see govpub.health.profiles for the boundary.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from healthkit import LOCAL, NOW, Desk, FakeClock, account, matrix, world

from govpub.health import NATIONAL, check_health
from govpub.health.dormancy import days_without_update, dormancy_finding, last_update
from govpub.health.profiles import load_profiles

TABLE = [(0, "ok"), (1, "ok"), (9, "ok"), (10, "warn"), (13, "warn"), (14, "fail"), (15, "fail")]


@pytest.mark.parametrize(("days", "expected"), TABLE)
async def test_days_without_update_through_the_ledger(
    tmp_path: Path, days: int, expected: str
) -> None:
    the_matrix = matrix(tmp_path, account("m1"))
    desk = Desk(the_matrix, FakeClock())
    await desk.publish(NOW - timedelta(days=days), 1)
    await desk.aclose()
    report = await check_health(the_matrix, at=NOW, remote=False)
    entry = report.account("m1")
    assert (days, expected) == (entry.days_without_update, entry.finding("R-DORMANT").level)  # type: ignore[union-attr]
    assert "ledger" == entry.last_publication_source


@pytest.mark.parametrize(
    ("last", "check", "days"),
    [
        # the same clock time, whole days apart
        (datetime(2026, 3, 4, 10, 0, tzinfo=LOCAL), datetime(2026, 3, 18, 10, 0, tzinfo=LOCAL), 14),
        # 13 days and 10 minutes of elapsed time, but 14 calendar days: fails (strict reading)
        (datetime(2026, 3, 4, 23, 55, tzinfo=LOCAL), datetime(2026, 3, 18, 0, 5, tzinfo=LOCAL), 14),
        # 14 days minus one minute of elapsed time on the same dates: 14
        (datetime(2026, 3, 4, 10, 1, tzinfo=LOCAL), datetime(2026, 3, 18, 10, 0, tzinfo=LOCAL), 14),
        # the last minute of D-13 is still 13 days
        (
            datetime(2026, 3, 5, 23, 59, tzinfo=LOCAL),
            datetime(2026, 3, 18, 23, 59, tzinfo=LOCAL),
            13,
        ),
        # a post at 00:30 Beijing time is on the previous UTC date; Beijing's date counts
        (
            datetime(2026, 3, 4, 16, 30, tzinfo=LOCAL.utc),
            datetime(2026, 3, 18, 9, 0, tzinfo=LOCAL),
            13,
        ),
    ],
)
def test_calendar_days_in_beijing_time(last: datetime, check: datetime, days: int) -> None:
    assert days == days_without_update(last, check, LOCAL)


def test_the_later_of_ledger_and_platform_counts_and_the_future_is_ignored() -> None:
    ledger = NOW - timedelta(days=20)
    platform = NOW - timedelta(days=3)
    assert ("platform", platform) == _pair(last_update(ledger, platform, None, NOW))
    assert ("ledger", ledger) == _pair(last_update(ledger, NOW + timedelta(days=1), None, NOW))
    assert ("opened", date(2026, 3, 10)) == _pair(last_update(None, None, date(2026, 3, 10), NOW))
    assert last_update(None, None, None, NOW) is None


def _pair(update: object) -> tuple[str, object]:
    return (update.source, update.at)  # type: ignore[attr-defined]


def test_unknown_history_warns_and_says_why() -> None:
    finding, days = dormancy_finding(None, NOW, NATIONAL, LOCAL)
    assert (None, "warn") == (days, finding.level)
    assert "无法确认" in finding.message


@pytest.mark.parametrize(("days", "expected"), [(6, "ok"), (7, "warn"), (9, "warn"), (10, "fail")])
def test_a_regional_profile_moves_the_boundaries(days: int, expected: str) -> None:
    minhou = load_profiles({"minhou": {"dormant_warn_days": 7, "dormant_fail_days": 10}})["minhou"]
    last = last_update(NOW - timedelta(days=days), None, None, NOW)
    finding, counted = dormancy_finding(last, NOW, minhou, LOCAL)
    assert (days, expected) == (counted, finding.level)


async def test_a_post_made_outside_govpub_counts(tmp_path: Path) -> None:
    outside = NOW - timedelta(days=2)
    the_matrix = matrix(tmp_path, account("m1", outside_post_at=outside))
    desk = Desk(the_matrix, FakeClock())
    await desk.publish(NOW - timedelta(days=20), 1)
    await desk.aclose()
    entry = (await check_health(the_matrix, at=NOW)).account("m1")
    assert (2, "ok", "platform") == (
        entry.days_without_update,
        entry.finding("R-DORMANT").level,  # type: ignore[union-attr]
        entry.last_publication_source,
    )
    offline = (await check_health(the_matrix, at=NOW, remote=False)).account("m1")
    assert (20, "fail") == (offline.days_without_update, offline.level)
    assert any("--no-remote" in note for note in offline.notes)


async def test_a_platform_error_degrades_to_the_ledger_with_a_note(tmp_path: Path) -> None:
    the_matrix = matrix(tmp_path, account("m1", outside_post_at=NOW - timedelta(days=1)))
    desk = Desk(the_matrix, FakeClock())
    await desk.publish(NOW - timedelta(days=11), 1)
    await desk.aclose()
    world().fail("latest", "transient", account="m1")
    entry = (await check_health(the_matrix, at=NOW)).account("m1")
    assert (11, "warn", "ledger") == (
        entry.days_without_update,
        entry.finding("R-DORMANT").level,  # type: ignore[union-attr]
        entry.last_publication_source,
    )
    assert ["查询平台最新发布失败（transient transient），仅依据台账"] == entry.notes


async def test_a_retracted_post_is_not_an_update(tmp_path: Path) -> None:
    the_matrix = matrix(tmp_path, account("m1"))
    desk = Desk(the_matrix, FakeClock())
    await desk.publish(NOW - timedelta(days=16), 1)
    await desk.publish(NOW - timedelta(days=2), 2)
    await desk.publisher.retract("p_health_2", "更正")
    await desk.aclose()
    entry = (await check_health(the_matrix, at=NOW, remote=False)).account("m1")
    assert (16, "fail") == (entry.days_without_update, entry.level)


async def test_a_new_account_counts_from_its_opening_filing(tmp_path: Path) -> None:
    from govpub.health import FilingRegistry
    from govpub.ledger import SqliteLedger

    the_matrix = matrix(tmp_path, account("m1"))
    ledger = SqliteLedger(the_matrix.store.path, clock=FakeClock())
    FilingRegistry(ledger, clock=FakeClock()).record(
        "opened",
        the_matrix.account("m1"),
        reason="新开设",
        supervisor="某某市委网信办",
        actor="test",
        event_date=date(2026, 3, 8),
        filed_on=date(2026, 3, 9),
    )
    ledger.close()
    entry = (await check_health(the_matrix, at=NOW, remote=False)).account("m1")
    assert (10, "warn", "opened") == (
        entry.days_without_update,
        entry.level,
        entry.last_publication_source,
    )


async def test_checking_as_of_a_past_date_uses_only_what_was_known_then(tmp_path: Path) -> None:
    the_matrix = matrix(tmp_path, account("m1"))
    desk = Desk(the_matrix, FakeClock())
    await desk.publish(datetime.combine(date(2026, 3, 1), time(9), LOCAL), 1)
    await desk.publish(datetime.combine(date(2026, 3, 17), time(9), LOCAL), 2)
    await desk.aclose()
    at = datetime.combine(date(2026, 3, 15), time(23, 59, 59), LOCAL)
    entry = (await check_health(the_matrix, at=at, remote=False)).account("m1")
    assert (14, "fail") == (entry.days_without_update, entry.level)
