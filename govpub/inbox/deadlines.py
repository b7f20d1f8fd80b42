"""Reply deadlines of public interactions, in working days of the health calendar.

No national reply time for 政务新媒体 messages is confirmed (rules.md §3
R-INTERACT: UNCONFIRMED); govpub takes it from the rule profile —
``reply_working_days`` (default 5, the suggested warning) and
``reply_limit_days`` (default 90 calendar days, the "3 months" after which an
unanswered message fails the account, by analogy with the website rule).

How the days are counted: the day a message arrives (in the agency's zone) is
day 0; the deadline is the ``reply_working_days``-th working day after it, in
the calendar ``[health] holidays`` / ``workdays`` describe
(:class:`~govpub.health.workdays.WorkCalendar`).  A message received on a
Friday evening with 5 working days is due the next Friday; one received on a
Saturday is due the Friday after (Mon … Fri); a public holiday moves the
deadline out by one working day for each holiday weekday in between.  The
message is **overdue** from the day after its deadline while it is still open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

from govpub.health.profiles import RuleProfile
from govpub.health.workdays import WorkCalendar
from govpub.interactions import Interaction

__all__ = ["days_unanswered", "due_function", "is_overdue", "past_limit", "reply_due"]


def reply_due(
    received_at: datetime, *, profile: RuleProfile, calendar: WorkCalendar, tz: tzinfo
) -> date:
    """The last day on which a reply to a message received at ``received_at`` is on time."""
    if received_at.utcoffset() is None:
        raise ValueError("received_at needs a time zone")
    day = received_at.astimezone(tz).date()
    return calendar.add_working_days(day, profile.reply_working_days)


def due_function(
    profile: RuleProfile, calendar: WorkCalendar, tz: tzinfo
) -> Callable[[datetime], date]:
    """:func:`reply_due` with the profile and calendar fixed (what the ledger calls)."""

    def due(received_at: datetime) -> date:
        return reply_due(received_at, profile=profile, calendar=calendar, tz=tz)

    return due


def is_overdue(interaction: Interaction, today: date) -> bool:
    """Open and past its deadline on ``today`` (the agency's date)."""
    return interaction.is_open and today > interaction.due_on


def days_unanswered(interaction: Interaction, today: date, tz: tzinfo) -> int:
    """Calendar days from the day received to ``today`` (0 on the day itself)."""
    return max((today - interaction.received_at.astimezone(tz).date()).days, 0)


def past_limit(interaction: Interaction, today: date, tz: tzinfo, profile: RuleProfile) -> bool:
    """Open and unanswered for more than the profile's ``reply_limit_days``."""
    return (
        interaction.is_open and days_unanswered(interaction, today, tz) > profile.reply_limit_days
    )
