"""The agency's time zone (``[agency] timezone``): one IANA name, resolved once.

Editors, reviewers and inspectors read times on the agency's clock, not the
server's: a container runs in UTC, a review desk in Beijing, a county office
in Ürümqi may keep ``Asia/Urumqi``.  Stored times stay timezone-aware (UTC in
the ledger); only what people read and what reviewers sign is shown in this
zone.

``zoneinfo`` needs the tz database (the system's, or the ``tzdata`` package).
Where neither exists (a slim container, Windows without ``tzdata``) the
default ``Asia/Shanghai`` still works as a fixed +08:00 — China has had no
daylight saving time since 1991 — and any other name is refused with a
message that says to ``pip install tzdata``.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = ["DEFAULT_TIMEZONE", "resolve_zone"]

DEFAULT_TIMEZONE = "Asia/Shanghai"

#: China Standard Time, for a machine without a tz database (no DST since 1991).
_CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "CST")


@lru_cache(maxsize=16)
def resolve_zone(name: str) -> tzinfo:
    """The ``tzinfo`` of an IANA zone name; ``ValueError`` says what is wrong with the name.

    The message is written to follow ``expected:`` in a configuration error.
    """
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    if not _database_available():
        if name == DEFAULT_TIMEZONE:
            return _CHINA_STANDARD_TIME
        raise ValueError(
            f"a time zone this machine knows; {name!r} cannot be looked up because the tz "
            "database is missing (pip install tzdata), and only Asia/Shanghai works without it"
        )
    raise ValueError(f"an IANA time zone name such as Asia/Shanghai, got {name!r}")


def _database_available() -> bool:
    """Whether any tz database (system files or the ``tzdata`` package) can be read."""
    return bool(available_timezones())
