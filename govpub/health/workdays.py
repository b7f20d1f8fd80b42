"""Working days (工作日) for filing deadlines: Monday to Friday, adjusted by the year's 放假安排.

R-FILING counts its deadline in working days (湖北: 开设、变更、关停、注销 filed
"within 5 working days" [local]; rules.md §3).  China moves working days around
public holidays every year (调休: some Saturdays or Sundays become working days,
some weekdays holidays), announced each year by the State Council General
Office.  govpub ships no holiday table — it would go stale — so ``[health]``
lists them: ``holidays = [2026-10-01, …]`` and ``workdays = [2026-09-27, …]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["WorkCalendar"]

_SATURDAY = 5


@dataclass(frozen=True)
class WorkCalendar:
    """Which dates are working days: weekdays, minus ``holidays``, plus ``workdays``."""

    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()

    @classmethod
    def of(cls, holidays: Iterable[date] = (), workdays: Iterable[date] = ()) -> WorkCalendar:
        """A calendar from the dates of ``[health] holidays`` and ``[health] workdays``."""
        return cls(frozenset(holidays), frozenset(workdays))

    def is_workday(self, day: date) -> bool:
        """Whether ``day`` is a working day."""
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < _SATURDAY

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself is day 0).

        An event on a Monday with a 5-working-day deadline must be filed by the
        next Monday (Tue, Wed, Thu, Fri, Mon).
        """
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining:
            day += timedelta(days=1)
            if self.is_workday(day):
                remaining -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``)."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return count
