"""Reply deadlines: working days of the health calendar, weekends and public holidays.

A fake clock (fixed check dates) walks a message across a weekend and across
国庆 2026 (10-01 … 10-07 off; 调休 Saturday 10-10 worked — an example calendar
for the test, not a shipped table).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub import ConfigError
from govpub.health.profiles import NATIONAL, load_profiles
from govpub.health.workdays import WorkCalendar
from govpub.inbox.deadlines import days_unanswered, is_overdue, past_limit, reply_due
from govpub.interactions import Interaction

CST = timezone(timedelta(hours=8))
NATIONAL_DAY = WorkCalendar.of(
    holidays=[date(2026, 10, d) for d in range(1, 8)], workdays=[date(2026, 10, 10)]
)


def message(received: datetime, due_on: date, state: str = "new") -> Interaction:
    return Interaction(
        id="itx_1",
        platform="weibo",
        account_id="wb",
        platform_id="1",
        kind="comment",
        author="网友",
        text="请问",
        received_at=received,
        collected_at=received,
        state=state,  # type: ignore[arg-type]
        profile="national",
        due_on=due_on,
        updated_at=received,
    )


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # Monday: Tue Wed Thu Fri Mon.
        (datetime(2026, 3, 2, 9, 0, tzinfo=CST), date(2026, 3, 9)),
        # Friday evening: the weekend does not count.
        (datetime(2026, 3, 6, 22, 0, tzinfo=CST), date(2026, 3, 13)),
        # Saturday and Sunday: due the Friday after.
        (datetime(2026, 3, 7, 10, 0, tzinfo=CST), date(2026, 3, 13)),
        (datetime(2026, 3, 8, 23, 59, tzinfo=CST), date(2026, 3, 13)),
        # Sunday 16:30 UTC is already Monday in Beijing: the agency's day counts.
        (datetime(2026, 3, 8, 16, 30, tzinfo=UTC), date(2026, 3, 16)),
    ],
)
def test_five_working_days_across_a_weekend(received: datetime, expected: date) -> None:
    assert expected == reply_due(received, profile=NATIONAL, calendar=WorkCalendar(), tz=CST)


def test_a_public_holiday_and_its_make_up_saturday() -> None:
    # Wednesday 09-30: Thu 10-01 … Wed 10-07 off, Thu 10-08, Fri 10-09, Sat 10-10 (调休),
    # Mon 10-12, Tue 10-13.
    received = datetime(2026, 9, 30, 15, 0, tzinfo=CST)
    due_on = reply_due(received, profile=NATIONAL, calendar=NATIONAL_DAY, tz=CST)
    assert date(2026, 10, 13) == due_on
    # Without the holiday table it would have been due on 10-07.
    assert date(2026, 10, 7) == reply_due(
        received, profile=NATIONAL, calendar=WorkCalendar(), tz=CST
    )
    item = message(received, due_on)
    assert [False, False, True] == [
        is_overdue(item, today)
        for today in (date(2026, 10, 8), date(2026, 10, 13), date(2026, 10, 14))
    ]
    assert False is is_overdue(message(received, due_on, "replied"), date(2026, 11, 1))


def test_the_limit_fails_only_open_messages_older_than_it() -> None:
    received = datetime(2026, 1, 5, 9, 0, tzinfo=CST)
    item = message(received, date(2026, 1, 12))
    assert 90 == days_unanswered(item, date(2026, 4, 5), CST)
    assert (False, True) == (
        past_limit(item, date(2026, 4, 5), CST, NATIONAL),
        past_limit(item, date(2026, 4, 6), CST, NATIONAL),
    )
    assert False is past_limit(
        message(received, date(2026, 1, 12), "closed"), date(2027, 1, 1), CST, NATIONAL
    )


def test_profiles_set_the_deadline_and_are_validated() -> None:
    profiles = load_profiles({"js": {"reply_working_days": 3, "reply_limit_days": 30}})
    received = datetime(2026, 3, 6, 9, 0, tzinfo=CST)  # Friday
    assert date(2026, 3, 11) == reply_due(
        received, profile=profiles["js"], calendar=WorkCalendar(), tz=CST
    )
    with pytest.raises(ConfigError, match=r"health\.profiles\.js.*reply_limit_days \(3\)"):
        load_profiles({"js": {"reply_working_days": 5, "reply_limit_days": 3}})
    with pytest.raises(ConfigError, match=r"health\.profiles\.js\.reply_working_days"):
        load_profiles({"js": {"reply_working_days": 0}})


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        reply_due(datetime(2026, 3, 6), profile=NATIONAL, calendar=WorkCalendar(), tz=CST)  # noqa: DTZ001


holidays = st.frozensets(st.dates(date(2026, 1, 1), date(2026, 12, 31)), max_size=40)


@given(
    received=st.datetimes(
        datetime(2026, 1, 1),  # noqa: DTZ001 - hypothesis takes naive bounds
        datetime(2026, 11, 30),  # noqa: DTZ001 - hypothesis takes naive bounds
        timezones=st.just(UTC),
    ),
    days=st.integers(1, 20),
    off=holidays,
    on=holidays,
)
def test_the_deadline_is_the_nth_working_day_after_the_day_received(
    received: datetime, days: int, off: frozenset[date], on: frozenset[date]
) -> None:
    calendar = WorkCalendar(off, on)
    profile = NATIONAL.model_copy(update={"reply_working_days": days})
    due_on = reply_due(received, profile=profile, calendar=calendar, tz=CST)
    start = received.astimezone(CST).date()
    assert calendar.is_workday(due_on)
    assert days == calendar.working_days_between(start, due_on)
    assert days - 1 == calendar.working_days_between(start, due_on - timedelta(days=1))
