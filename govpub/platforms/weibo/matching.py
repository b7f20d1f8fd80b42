"""Which status on the account's timeline is this delivery's: by its token, never by text alone.

The status a delivery sends carries the delivery token in its link
(``?gpd=<token>``, :func:`govpub.platforms.base.tag_link`).  Weibo shows links
as ``t.cn`` short links, so the candidates that read like the sent text (see
:func:`govpub.platforms.weibo.timeline.scan`) have their short links expanded
(``short_url/expand.json``) and the one whose long link carries the token is
this delivery's.  A status that the ledger records for another delivery is
never a candidate.  Where the links cannot be expanded (the endpoint refused,
or an old delivery sent without a token), the newest unowned candidate is
taken — text, time and ownership, the best the timeline can then say.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from govpub.errors import NotSupported, PlatformError
from govpub.platforms.base import DeliveryContext, carries_token
from govpub.platforms.weibo.timeline import scan, short_links, status_id

__all__ = ["Expand", "OwnStatus", "find_own_status", "unowned"]

Status = Mapping[str, Any]
Expand = Callable[[Sequence[str]], Awaitable[Mapping[str, str]]]


@dataclass(frozen=True)
class OwnStatus:
    """The delivery's status if found, whether the page was complete, and how it was matched."""

    status: Status | None
    covers_since: bool
    matched_by: str | None = None


async def unowned(statuses: Sequence[Status], ctx: DeliveryContext) -> list[Status]:
    """The statuses no other delivery of the ledger owns."""
    return [s for s in statuses if await ctx.owner_of(status_id(s)) is None]


async def find_own_status(
    statuses: Sequence[Status],
    text: str,
    *,
    since: float | None,
    token: str | None,
    page_full: bool,
    ctx: DeliveryContext,
    expand: Expand,
) -> OwnStatus:
    """This delivery's status among ``statuses`` (see the module docstring)."""
    found = scan(statuses, text, since=since, page_full=page_full)
    free = await unowned(found.matches, ctx)
    if not free:
        return OwnStatus(None, found.covers_since)
    if token is None:
        return OwnStatus(free[0], found.covers_since, "text")
    status, matched_by = await _by_token(free, token, expand)
    return OwnStatus(status, found.covers_since, matched_by)


async def _by_token(
    candidates: Sequence[Status], token: str, expand: Expand
) -> tuple[Status | None, str | None]:
    """The candidate whose link carries ``token``, in its text or behind its short link."""
    for status in candidates:
        if carries_token(str(status.get("text", "")), token):
            return status, "token"
    links = sorted({link for status in candidates for link in short_links(status)})
    if not links:
        return None, None
    try:
        long_links = await expand(links)
    except (PlatformError, NotSupported):
        return candidates[0], "text"  # the links cannot be read: text, time and ownership
    for status in candidates:
        if any(carries_token(long_links.get(link, ""), token) for link in short_links(status)):
            return status, "token"
    return None, None
