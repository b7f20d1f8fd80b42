"""Weibo comments and mentions for the inbox, and replies to them.

Endpoints (open.weibo.com wiki, V2; the shapes as SDKs and the WC4J fixtures
show them — the current availability of each for ordinary apps after the 2017
write-API change is UNCONFIRMED, like ``statuses/destroy``):

* ``GET /2/comments/to_me.json?access_token&since_id&count&page`` —
  comments received on the account's statuses: ``{"comments": [{"created_at",
  "id", "idstr", "text", "user": {"id", "screen_name"}, "status": {"idstr", …},
  "reply_comment"?}], "total_number"}``, newest first
  (https://open.weibo.com/wiki/2/comments/to_me);
* ``GET /2/statuses/mentions.json?access_token&since_id&count&page`` — statuses
  that @ the account: ``{"statuses": [Status…]}`` (https://open.weibo.com/wiki/2/statuses/mentions);
* ``POST /2/comments/reply.json`` form ``access_token, cid, id, comment, rip``
  (``comment`` ≤ 140 characters) → the new comment
  (https://open.weibo.com/wiki/2/comments/reply);
* ``POST /2/comments/create.json`` form ``access_token, id, comment, rip`` —
  a comment on a status that mentioned the account (https://open.weibo.com/wiki/2/comments/create);
* ``GET /2/comments/by_me.json?access_token&since_id&max_id&count&page`` — the
  account's own comments, newest first (``max_id`` inclusive, ``count`` 50 by
  default), read back to settle a reply of unknown outcome
  (https://open.weibo.com/wiki/2/comments/by_me).

A channel's cursor is the largest id seen (``since_id`` returns only newer ones).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import OutcomeUnknownError, TransientError
from govpub.interactions import Interaction, InteractionKind, NewInteraction
from govpub.platforms._common import platform_error, platform_time
from govpub.platforms.interaction import InteractionPage, ReplyOutcome
from govpub.platforms.weibo.timeline import CLOCK_SLACK_SECONDS, CREATED_AT_FORMAT, created_at

if TYPE_CHECKING:
    from govpub.platforms.weibo.adapter import WeiboAdapter

__all__ = ["CHANNELS", "fetch_channel", "find_weibo_reply", "send_weibo_reply"]

PAGE: Final = 50
MAX_PAGES: Final = 10
#: How far back ``comments/by_me`` is read to settle a reply: 20 pages of 50 — the
#: 1,000 records the V1 API's paging was documented to reach ("通常最多能查看1000条左右";
#: V2's limit is UNCONFIRMED).
READ_BACK_PAGES: Final = 20
#: channel → (endpoint, list key, interaction kind).
CHANNELS: Final[Mapping[str, tuple[str, str, InteractionKind]]] = {
    "comments": ("comments/to_me", "comments", "comment"),
    "mentions": ("statuses/mentions", "statuses", "mention"),
}


async def fetch_channel(adapter: WeiboAdapter, channel: str, cursor: str | None) -> InteractionPage:
    """Everything newer than ``cursor`` on one channel, oldest first."""
    endpoint, key, kind = CHANNELS[channel]
    since = int(cursor) if cursor and cursor.isdigit() else 0
    found: list[NewInteraction] = []
    newest = since
    for page in range(1, MAX_PAGES + 1):
        params = {"count": str(PAGE), "page": str(page)}
        if since:
            params["since_id"] = str(since)
        payload = await adapter.read(endpoint, params)
        entries = [e for e in payload.get(key) or [] if isinstance(e, Mapping)]
        for entry in entries:
            item = _interaction(adapter, entry, kind)
            if int(item.reference["id"]) <= since:
                continue  # since_id is exclusive; a server that ignores it repeats old ones
            found.append(item)
            newest = max(newest, int(item.reference["id"]))
        if len(entries) < PAGE:
            break
    found.sort(key=lambda i: int(i.reference["id"]))
    return InteractionPage(tuple(found), str(newest) if newest else cursor)


def _interaction(
    adapter: WeiboAdapter, entry: Mapping[str, Any], kind: InteractionKind
) -> NewInteraction:
    idstr = str(entry.get("idstr") or entry.get("id") or "")
    if not idstr.isdigit():
        raise platform_error(
            TransientError,
            adapter,
            f"weibo: a {kind} without a numeric idstr",
        )
    raw_user, raw_status = entry.get("user"), entry.get("status")
    user: Mapping[str, Any] = raw_user if isinstance(raw_user, Mapping) else {}
    status_id = idstr
    if isinstance(raw_status, Mapping):
        status_id = str(raw_status.get("idstr") or raw_status.get("id"))
    prefix = "comment" if kind == "comment" else "status"
    return NewInteraction(
        platform="weibo",
        account_id=adapter.account.id,
        platform_id=f"{prefix}:{idstr}",
        kind=kind,
        author=str(user.get("screen_name") or user.get("id") or "微博用户"),
        text=str(entry.get("text", "")),
        received_at=platform_time(
            adapter,
            entry.get("created_at"),
            endpoint="comments" if kind == "comment" else "statuses/mentions",
            field="created_at",
            time_format=CREATED_AT_FORMAT,
        ),
        platform_post_id=status_id if kind == "comment" else None,
        reference={"id": idstr, "status_id": status_id},
    )


async def send_weibo_reply(
    adapter: WeiboAdapter, interaction: Interaction, text: str, *, rip: str
) -> ReplyOutcome:
    """``comments/reply`` to a comment, ``comments/create`` on a status that mentioned us."""
    ref = interaction.reference
    form = {"id": str(ref["status_id"]), "comment": text, "rip": rip}
    if interaction.kind == "comment":
        form["cid"] = str(ref["id"])
        endpoint = "comments/reply"
    else:
        endpoint = "comments/create"
    payload = await adapter.write(endpoint, form)
    idstr = str(payload.get("idstr") or payload.get("id") or "")
    if not idstr:
        raise platform_error(
            OutcomeUnknownError,
            adapter,
            f"{endpoint}: answer without idstr; the reply may be there",
            details={"endpoint": endpoint, "may_already_be_published": True},
        )
    return ReplyOutcome(platform_reply_id=idstr, details={"endpoint": endpoint})


async def find_weibo_reply(
    adapter: WeiboAdapter, interaction: Interaction, text: str
) -> ReplyOutcome | None:
    """The account's comment answering ``interaction`` with ``text``, from ``comments/by_me``.

    A reply to a comment is matched by ``reply_comment.idstr``; a comment on a
    mentioning status by ``status.idstr``; both must contain ``text`` (Weibo
    prefixes "回复@…:" to replies).

    The list is read newest first, page after page, back to the message the
    reply answers (no reply to it can be older; the intent time is not kept
    apart from the message, so the message's time is the bound, less
    :data:`~govpub.platforms.weibo.timeline.CLOCK_SLACK_SECONDS`).  Pages follow
    ``max_id`` (the oldest id seen, less one), not ``page``: comments the
    account writes meanwhile do not shift them.  ``None`` only when the read
    reached the message or the end of the list — a confirmed absence, which
    allows a re-send.  Not reached within :data:`READ_BACK_PAGES` pages, or a
    server that does not page: :class:`~govpub.errors.OutcomeUnknownError`
    (absence unconfirmed; never a reason to send again).
    """
    since = interaction.received_at.timestamp() - CLOCK_SLACK_SECONDS
    max_id: int | None = None
    for _ in range(READ_BACK_PAGES):
        params = {"count": str(PAGE)}
        if max_id is not None:
            params["max_id"] = str(max_id)
        payload = await adapter.read("comments/by_me", params)
        entries = [e for e in payload.get("comments") or [] if isinstance(e, Mapping)]
        found = next((e for e in entries if _answers(e, interaction, text)), None)
        if found is not None:
            return ReplyOutcome(platform_reply_id=str(found.get("idstr") or found.get("id")))
        ids = [int(i) for i in (str(e.get("idstr") or e.get("id")) for e in entries) if i.isdigit()]
        times = [t for t in (created_at(e) for e in entries) if t is not None]
        if len(entries) < PAGE or (times and min(times) < since):
            return None  # the whole list, or back past the message: the reply is not there
        if not ids or (max_id is not None and min(ids) > max_id):
            break  # a server that ignores max_id would repeat this page for ever
        max_id = min(ids) - 1
    raise platform_error(
        OutcomeUnknownError,
        adapter,
        f"comments/by_me: the reply was not among the account's newest "
        f"{READ_BACK_PAGES * PAGE} comments, and they do not reach back to the message; "
        "whether it was sent is unconfirmed",
        details={"endpoint": "comments/by_me", "may_already_be_published": True},
    )


def _answers(entry: Mapping[str, Any], interaction: Interaction, text: str) -> bool:
    """Whether one of the account's own comments is the reply ``text`` to ``interaction``."""
    if text not in str(entry.get("text", "")):
        return False
    ref = interaction.reference
    if interaction.kind == "comment":
        replied = entry.get("reply_comment")
        return isinstance(replied, Mapping) and str(replied.get("idstr")) == str(ref["id"])
    status = entry.get("status")
    return isinstance(status, Mapping) and str(status.get("idstr")) == str(ref["status_id"])
