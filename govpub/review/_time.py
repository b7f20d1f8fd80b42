"""Times and durations for approvals and review policies.

An approval's times are signed *as text*, so each has exactly one accepted
spelling: Python's ``datetime.isoformat()`` of an aware time, whole seconds
(``2026-03-05T09:00:00+08:00``).  ``2026-03-05t09:00:00+08:00`` or a ``Z``
suffix mean the same instant but are refused — otherwise a byte of a signed
file could change without changing what was verified.

Durations in ``govpub.toml`` and on the command line are written ``90s``,
``30m``, ``72h``, ``7d`` or combined (``1d12h``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo

__all__ = ["format_time", "now_in", "now_local", "parse_canonical_time", "parse_duration"]

_DURATION = re.compile(r"^(?:(?P<d>\d+)d)?(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?(?:(?P<s>\d+)s)?$")


def now_local() -> datetime:
    """The current time in the machine's time zone, whole seconds (what a reviewer reads)."""
    return datetime.now(UTC).astimezone().replace(microsecond=0)


def now_in(tz: tzinfo) -> datetime:
    """The current time in ``tz`` (the agency's zone), whole seconds.

    The CLI signs approvals with this rather than :func:`now_local`: a server in
    UTC and a reviewer's laptop in Beijing then write the same offset, the one
    the agency's review form and inspectors read.
    """
    return datetime.now(UTC).astimezone(tz).replace(microsecond=0)


def format_time(value: datetime) -> str:
    """The one accepted text of an aware time (see the module docstring)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("time has no time zone; give an aware datetime")
    return value.replace(microsecond=0).isoformat()


def parse_canonical_time(text: str) -> datetime:
    """Parse a time written by :func:`format_time`; any other spelling is refused."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 time: {text!r}") from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"time has no UTC offset: {text!r}")
    if format_time(value) != text:
        raise ValueError(
            f"time must be written exactly as {format_time(value)!r} (canonical form), not {text!r}"
        )
    return value


def parse_duration(text: str) -> timedelta:
    """``"72h"`` → 72 hours; ``"1d12h"``, ``"30m"``, ``"90s"``; zero and empty are refused."""
    match = _DURATION.match(text.strip())
    if not text.strip() or match is None:
        raise ValueError(f"expected a duration like 30m, 72h or 7d, got {text!r}")
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    value = timedelta(
        days=parts.get("d", 0),
        hours=parts.get("h", 0),
        minutes=parts.get("m", 0),
        seconds=parts.get("s", 0),
    )
    if value <= timedelta(0):
        raise ValueError(f"duration must be positive, got {text!r}")
    return value
