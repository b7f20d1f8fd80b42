"""Reading the account's timeline: a post for reconciliation and late ids; status times.

Weibo rewrites links in a status to ``t.cn`` short links and may truncate long
text, so a status matches a rendered text when the text *without URLs and
spaces* agrees on a leading signature.  Only statuses created after the share
was sent (minus some slack for clock skew) are considered, so an older post
with the same wording is never taken for this one.

``created_at`` looks like ``"Mon Jan 06 10:00:00 +0800 2025"`` (weibo.md §6).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = [
    "CREATED_AT_FORMAT",
    "SIGNATURE_LENGTH",
    "TimelineMatch",
    "created_at",
    "find_status",
    "is_deleted",
    "signature",
]

#: The ``created_at`` format of a status (weibo.md §6), for :func:`datetime.strptime`.
CREATED_AT_FORMAT = "%a %b %d %H:%M:%S %z %Y"
SIGNATURE_LENGTH = 40
CLOCK_SLACK_SECONDS = 300
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def signature(text: str) -> str:
    """The comparable core of a status text: no URLs, no whitespace, leading characters."""
    return _SPACE.sub("", _URL.sub("", text))[:SIGNATURE_LENGTH]


def created_at(status: Mapping[str, Any]) -> float | None:
    """A status's creation time (Unix seconds), or ``None`` if it cannot be read."""
    raw = status.get("created_at")
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw, CREATED_AT_FORMAT).timestamp()  # noqa: DTZ007 - has %z
    except ValueError:
        return None


def is_deleted(status: Mapping[str, Any]) -> bool:
    """Whether the timeline marks ``status`` as deleted (``"deleted": "1"``)."""
    return str(status.get("deleted", "0")) == "1"


@dataclass(frozen=True)
class TimelineMatch:
    """What a timeline scan found: the status (if any) and whether the scan was complete."""

    status: Mapping[str, Any] | None
    covers_since: bool


def find_status(
    statuses: Iterable[Mapping[str, Any]], text: str, *, since: float | None, page_full: bool
) -> TimelineMatch:
    """The live status whose text matches ``text``, created after ``since``.

    ``covers_since`` says whether the page reached back before ``since`` (or was
    the whole timeline): only then does "not found" mean "not there".
    """
    wanted = signature(text)
    oldest: float | None = None
    for status in statuses:
        when = created_at(status)
        if when is not None:
            oldest = when if oldest is None else min(oldest, when)
        if is_deleted(status):
            continue
        if since is not None and when is not None and when < since - CLOCK_SLACK_SECONDS:
            continue
        theirs = signature(str(status.get("text", "")))
        agrees = theirs.startswith(wanted) or wanted.startswith(theirs)
        if wanted and theirs and agrees and len(theirs) >= min(len(wanted), 10):
            return TimelineMatch(status, True)
    reached = since is not None and oldest is not None and oldest < since - CLOCK_SLACK_SECONDS
    return TimelineMatch(None, reached or not page_full)
