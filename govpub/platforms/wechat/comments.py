"""WeChat article comments (留言) for the inbox: ``comment/list`` and ``comment/reply/add``.

Source: the old docs' 图文消息留言管理 page
(``https://developers.weixin.qq.com/doc/offiaccount/Comments_management/Image_Comments_Management_Interface.html``),
as SDKs reproduce it (no page in the new docs was found — UNCONFIRMED that it
is unchanged for ``freepublish`` articles):

* ``POST /cgi-bin/comment/list`` ``{"msg_data_id", "index", "begin", "count", "type"}``
  → ``{"errcode": 0, "total": N, "comment": [{"user_comment_id", "openid",
  "create_time", "content", "comment_type", "reply": {"content", "create_time"}}]}``;
  ``msg_data_id`` is the one ``freepublish/submit`` returns (saved as the
  delivery step ``msg_data_id``), ``index`` is 0-based, ``count`` < 50;
* ``POST /cgi-bin/comment/reply/add`` ``{"msg_data_id", "index", "user_comment_id",
  "content"}`` → ``{"errcode": 0}``; one reply per comment (88005 "already reply").

The cursor of the ``comments`` channel is JSON ``{"<msg_data_id>": begin}``:
how many comments of each article were read.  Comments carry an ``openid``, not
a name; the inbox shows ``微信用户 …`` with its last six characters.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import RejectedError, TransientError
from govpub.interactions import Interaction, NewInteraction
from govpub.platforms._common import platform_error, platform_time
from govpub.platforms.interaction import InteractionPage, PublishedRef, ReplyOutcome

if TYPE_CHECKING:
    from govpub.platforms.wechat.adapter import WechatAdapter

__all__ = ["STEP_MSG_DATA_ID", "fetch_comments", "find_comment_reply", "reply_to_comment"]

#: The delivery step that keeps ``freepublish/submit``'s ``msg_data_id``.
STEP_MSG_DATA_ID: Final = "msg_data_id"
PAGE: Final = 49  # below the documented 50
MAX_PAGES: Final = 20  # per article per sync: the rest waits for the next sync
ALREADY_REPLIED: Final = 88005


def _cursor(text: str | None) -> dict[str, int]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):  # not a cursor this adapter wrote: start over (stored once)
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)}


async def fetch_comments(
    adapter: WechatAdapter, cursor: str | None, posts: Sequence[PublishedRef]
) -> InteractionPage:
    """New comments of the account's articles (those whose ``msg_data_id`` is known)."""
    positions = _cursor(cursor)
    found: list[NewInteraction] = []
    for post in posts:
        msg_data_id = post.steps.get(STEP_MSG_DATA_ID)
        if msg_data_id in (None, ""):
            continue
        key = str(msg_data_id)
        begin = positions.get(key, 0)
        for _ in range(MAX_PAGES):
            payload = await adapter.api.list_comments(key, 0, begin=begin, count=PAGE)
            comments = payload.get("comment")
            if not isinstance(comments, list):
                raise platform_error(
                    TransientError,
                    adapter,
                    "comment/list: answer without a list of comment",
                    details={"endpoint": "comment/list"},
                )
            found.extend(
                _comment(adapter, entry, key, post.platform_post_id)
                for entry in comments
                if isinstance(entry, Mapping)
            )
            begin += len(comments)
            total = payload.get("total")
            if not comments or not isinstance(total, int) or begin >= total:
                break
        positions[key] = begin
    return InteractionPage(tuple(found), json.dumps(positions, sort_keys=True))


def _comment(
    adapter: WechatAdapter, entry: Mapping[str, Any], msg_data_id: str, post_id: str
) -> NewInteraction:
    comment_id = str(entry.get("user_comment_id", ""))
    if not comment_id:
        raise platform_error(
            TransientError,
            adapter,
            "comment/list: a comment without user_comment_id",
            details={"endpoint": "comment/list"},
        )
    openid = str(entry.get("openid", ""))
    reply = entry.get("reply")
    reply_text: str | None = None
    replied_at: datetime | None = None
    if isinstance(reply, Mapping) and reply.get("content"):
        reply_text = str(reply["content"])
        replied_at = platform_time(
            adapter, reply.get("create_time"), endpoint="comment/list", field="reply.create_time"
        )
    return NewInteraction(
        platform="wechat",
        account_id=adapter.account.id,
        platform_id=f"{msg_data_id}:0:{comment_id}",
        kind="comment",
        author=f"微信用户 …{openid[-6:]}" if openid else "微信用户",
        text=str(entry.get("content", "")),
        received_at=platform_time(
            adapter, entry.get("create_time"), endpoint="comment/list", field="create_time"
        ),
        platform_post_id=post_id,
        reference={
            "msg_data_id": msg_data_id,
            "index": 0,
            "user_comment_id": comment_id,
            "openid": openid,
        },
        reply_text=reply_text,
        replied_at=replied_at,
    )


async def reply_to_comment(
    adapter: WechatAdapter, interaction: Interaction, text: str
) -> ReplyOutcome:
    """``comment/reply/add``; 88005 (a reply exists) is settled by reading it back."""
    ref = interaction.reference
    try:
        await adapter.api.reply_comment(
            str(ref["msg_data_id"]), int(ref.get("index", 0)), str(ref["user_comment_id"]), text
        )
    except RejectedError as exc:
        if exc.code != ALREADY_REPLIED:
            raise
        found = await find_comment_reply(adapter, interaction, text)
        if found is None:
            raise
        return found
    return ReplyOutcome(details={"endpoint": "comment/reply/add"})


async def find_comment_reply(
    adapter: WechatAdapter, interaction: Interaction, text: str
) -> ReplyOutcome | None:
    """The account's reply to the comment, read from ``comment/list``; ``None`` if it has none.

    Any reply counts, not only ``text``: WeChat keeps one reply per comment,
    so another one (typed in the MP back end) also means "answered".
    """
    ref = interaction.reference
    msg_data_id, wanted = str(ref["msg_data_id"]), str(ref["user_comment_id"])
    begin = 0
    for _ in range(MAX_PAGES * 5):
        payload = await adapter.api.list_comments(
            msg_data_id, int(ref.get("index", 0)), begin=begin, count=PAGE
        )
        comments = [c for c in payload.get("comment") or [] if isinstance(c, Mapping)]
        for entry in comments:
            if str(entry.get("user_comment_id")) != wanted:
                continue
            reply = entry.get("reply")
            if isinstance(reply, Mapping) and reply.get("content"):
                same = reply.get("content") == text
                return ReplyOutcome(details={"text": reply.get("content"), "same_text": same})
            return None
        begin += len(comments)
        total = payload.get("total")
        if not comments or not isinstance(total, int) or begin >= total:
            return None
    return None
