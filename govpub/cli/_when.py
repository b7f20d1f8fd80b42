"""Dates and periods on the command line, in the agency's time zone.

The zone is ``[agency] timezone`` (``[health] utc_offset`` where the health
commands count calendar days): a date or a time without an offset means the
agency's clock, never the machine's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from govpub.errors import ConfigError

__all__ = [
    "DEFAULT_PERIOD_DAYS",
    "EARLIEST",
    "LATEST",
    "check_range",
    "parse_moment",
    "parse_period",
    "parse_start",
]

DEFAULT_PERIOD_DAYS = 30

#: The dates the command line accepts.  Wide enough for any record of a new-media account,
#: narrow enough that the day after, the period before or the same moment in UTC is still a
#: date Python can hold: ``--until 9999-12-31`` crashed with an OverflowError (issue 11).
EARLIEST = date(1970, 1, 1)
LATEST = date(2999, 12, 31)


def check_range(day: date, value: str, *, key: str) -> None:
    """Refuse (exit 2, naming the option) a date outside :data:`EARLIEST` … :data:`LATEST`."""
    if not EARLIEST <= day <= LATEST:
        raise ConfigError(
            f"{value!r} is out of range: expected a date from {EARLIEST} to {LATEST}", key=key
        )


def parse_moment(value: str | None, tz: tzinfo, *, key: str = "--at") -> datetime:
    """``--at``: now by default; ``YYYY-MM-DD`` is the *end* of that day (every post of it counts);
    an ISO date-time without an offset is read in ``tz``."""
    if value is None:
        return datetime.now(UTC)
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            check_range(day, value, key=key)
            return datetime.combine(day, time(23, 59, 59), tzinfo=tz)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"expected YYYY-MM-DD or an ISO date-time, got {value!r}", key=key
        ) from None
    check_range(moment.date(), value, key=key)
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=tz)


def parse_start(value: str, tz: tzinfo, *, key: str = "--since") -> datetime:
    """``--since``: ``YYYY-MM-DD`` is the start of that day; a time without offset is in ``tz``."""
    text = value.strip()
    try:
        moment = (
            datetime.combine(date.fromisoformat(text), time(0))
            if len(text) == 10
            else datetime.fromisoformat(text)
        )
    except ValueError:
        raise ConfigError(
            f"expected YYYY-MM-DD or an ISO date-time, got {value!r}", key=key
        ) from None
    check_range(moment.date(), value, key=key)
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=tz)


def parse_period(since: str | None, until: str | None, tz: tzinfo) -> tuple[datetime, datetime]:
    """``--since``/``--until`` dates (both inclusive) → ``[since 00:00, until+1 00:00)`` in ``tz``.

    Defaults: ``until`` today, ``since`` 29 days before it (30 days in all).
    """
    try:
        end_day = date.fromisoformat(until) if until else datetime.now(UTC).astimezone(tz).date()
    except ValueError:
        raise ConfigError(f"expected YYYY-MM-DD, got {until!r}", key="--until") from None
    if until:  # before the default start is counted back from it
        check_range(end_day, until, key="--until")
    try:
        start_day = (
            date.fromisoformat(since)
            if since
            else end_day - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        )
    except ValueError:
        raise ConfigError(f"expected YYYY-MM-DD, got {since!r}", key="--since") from None
    if since:
        check_range(start_day, since, key="--since")
    if start_day > end_day:
        raise ConfigError(
            f"--since {start_day.isoformat()} is after --until {end_day.isoformat()}",
            key="--since",
        )
    return (
        datetime.combine(start_day, time(0), tzinfo=tz),
        datetime.combine(end_day + timedelta(days=1), time(0), tzinfo=tz),
    )
