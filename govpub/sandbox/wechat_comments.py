"""The WeChat emulator's comment management: ``comment/list`` and ``comment/reply/add``.

As the old docs' 图文消息留言管理 page describes them (see
:mod:`govpub.platforms.wechat.comments`): the article is addressed by the
``msg_data_id`` its ``freepublish/submit`` returned and a 0-based ``index``;
an unknown article is 88001, an article published without ``need_open_comment``
is 88000, a ``count`` outside 1..49 is 88010, an unknown comment 88008, a
second reply 88005, an empty or too long reply 88007 (the limit is not
documented: the sandbox takes 600 characters — UNCONFIRMED).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from govpub.sandbox._http import json_response
from govpub.sandbox.public import WechatComment

if TYPE_CHECKING:
    from starlette.responses import Response

    from govpub.sandbox.accounts import PublishJob, WeChatApp
    from govpub.sandbox.faults import Decision
    from govpub.sandbox.wechat import WeChatEmulator

__all__ = ["ERRORS", "comment_list", "comment_reply"]

#: The comment-management errcodes (errmsg as SDKs quote the old docs).
ERRORS: Final[dict[int, str]] = {
    88000: "without comment privilege",
    88001: "msg_data is not exists",
    88005: "already reply",
    88007: "reply content beyond max len or content len is zero",
    88008: "comment is not exists",
    88010: "count range error. cout <= 0 or count > 50",
}
REPLY_MAX: Final = 600


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _article(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any]
) -> tuple[PublishJob, int, list[WechatComment]] | Response:
    """The published article ``body`` names, its index and its comments; or the error."""
    msg_data_id = _int(body.get("msg_data_id"))
    index = _int(body.get("index", 0))
    if msg_data_id is None or index is None:
        return emulator.error(app.app_id, 40097)
    emulator.settle_app(app)
    now = emulator.state.clock.now()
    job = next(
        (j for j in app.jobs.values() if j.msg_data_id == str(msg_data_id) and j.status(now) == 0),
        None,
    )
    if job is None or index >= len(job.articles):
        return emulator.error(app.app_id, 88001)
    if not job.articles[index].get("need_open_comment"):
        return emulator.error(app.app_id, 88000)
    comments = emulator.state.public.wechat.get(app.app_id, {}).get(str(msg_data_id), [])
    return job, index, comments


def comment_list(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``comment/list``: one page of the article's comments, oldest first."""
    found = _article(emulator, app, body)
    if not isinstance(found, tuple):
        return found
    _job, _index, comments = found
    begin, count, kind = _int(body.get("begin")), _int(body.get("count")), _int(body.get("type"))
    if begin is None or kind not in (0, 1, 2):
        return emulator.error(app.app_id, 40097)
    if count is None or not 1 <= count < 50:
        return emulator.error(app.app_id, 88010)
    chosen = [c for c in comments if kind == 0 or (kind == 2) == c.elected]
    page = chosen[begin : begin + count]
    return json_response(
        {"errcode": 0, "errmsg": "ok", "total": len(chosen), "comment": [c.to_json() for c in page]}
    )


def comment_reply(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``comment/reply/add``: the account's one reply to one comment."""
    found = _article(emulator, app, body)
    if not isinstance(found, tuple):
        return found
    _job, _index, comments = found
    wanted = _int(body.get("user_comment_id"))
    comment = next((c for c in comments if c.user_comment_id == wanted), None)
    if comment is None:
        return emulator.error(app.app_id, 88008)
    content = body.get("content")
    if not isinstance(content, str) or not content.strip() or len(content) > REPLY_MAX:
        return emulator.error(app.app_id, 88007)
    if comment.reply is not None:
        return emulator.error(app.app_id, 88005)
    comment.reply = (content, int(emulator.state.clock.now()))
    emulator.state.count(f"wechat:{app.app_id}", "reply.stored")
    return json_response({"errcode": 0, "errmsg": "ok"})
