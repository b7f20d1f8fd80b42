"""Reading the account's timeline: candidates for reconciliation and late ids; status times.

Weibo rewrites links in a status to ``t.cn`` short links and may truncate long
text, so a status *reads like* a rendered text when the text without URLs and
spaces agrees on a leading signature.  Only statuses created after the share
was sent (minus some slack for clock skew) are candidates.  Which candidate is
this delivery's is decided by the delivery token in its link (the adapter
expands the short links), not by the text: two near-identical posts in one
window are never confused.

``created_at`` looks like ``"Mon Jan 06 10:00:00 +0800 2025"`` (weibo.md §6).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = [
    "CLOCK_SLACK_SECONDS",
    "CREATED_AT_FORMAT",
    "SIGNATURE_LENGTH",
    "TimelineScan",
    "created_at",
    "is_deleted",
    "reads_like",
    "scan",
    "short_links",
    "signature",
    "status_id",
]

#: The ``created_at`` format of a status (weibo.md §6), for :func:`datetime.strptime`.
CREATED_AT_FORMAT = "%a %b %d %H:%M:%S %z %Y"
SIGNATURE_LENGTH = 40
#: How far a platform's clock may be off ours when a time bounds a search, seconds.
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
class TimelineScan:
    """The statuses of a timeline page that read like a text, and whether the page was complete.

    ``matches`` are live statuses whose text agrees with the wanted text (links
    and spaces aside), newest first as the page lists them; ``covers_since``
    says whether the page reached back before ``since`` (or was the whole
    timeline): only then does "not found" mean "not there".
    """

    matches: tuple[Mapping[str, Any], ...]
    covers_since: bool


def scan(
    statuses: Iterable[Mapping[str, Any]], text: str, *, since: float | None, page_full: bool
) -> TimelineScan:
    """The live statuses that read like ``text``, created after ``since`` (minus clock slack)."""
    wanted = signature(text)
    oldest: float | None = None
    found: list[Mapping[str, Any]] = []
    for status in statuses:
        when = created_at(status)
        if when is not None:
            oldest = when if oldest is None else min(oldest, when)
        if is_deleted(status):
            continue
        if since is not None and when is not None and when < since - CLOCK_SLACK_SECONDS:
            continue
        if reads_like(status, wanted):
            found.append(status)
    reached = since is not None and oldest is not None and oldest < since - CLOCK_SLACK_SECONDS
    return TimelineScan(tuple(found), reached or not page_full)


def reads_like(status: Mapping[str, Any], wanted: str) -> bool:
    """Whether a status's text agrees with a signature (one may be a truncation of the other)."""
    theirs = signature(str(status.get("text", "")))
    agrees = theirs.startswith(wanted) or wanted.startswith(theirs)
    return bool(wanted and theirs and agrees and len(theirs) >= min(len(wanted), 10))


def status_id(status: Mapping[str, Any]) -> str:
    """A status's id as text (``idstr``: the int64 ``id`` is not safe in JSON numbers)."""
    return str(status.get("idstr") or status.get("id"))


def short_links(status: Mapping[str, Any]) -> list[str]:
    """The links in a status's text (Weibo shows them as ``http://t.cn/…``)."""
    return _URL.findall(str(status.get("text", "")))
