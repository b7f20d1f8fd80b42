"""The Weibo emulator's comments: ``comments/to_me``, ``statuses/mentions``, replies, ``by_me``.

Shapes as :mod:`govpub.platforms.weibo.comments` documents them.  Strict like
the rest of the emulator: token, method (10021), missing parameters (10016),
malformed ids (10008), a comment or status that does not exist (20101, and
20102 when it belongs to someone else — the account may reply only to
comments on its own statuses), an empty reply (20008) or one over 140
characters (20012).  Reads page with ``since_id`` (exclusive), ``max_id``,
``count`` (1..200) and ``page``, newest first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from govpub.sandbox._http import Form, json_response, leave
from govpub.sandbox.public import WeiboComment
from govpub.sandbox.weibo import ERRORS, created_at_text, weibo_length

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from govpub.sandbox.accounts import WeiboAccount
    from govpub.sandbox.weibo import WeiboEmulator

__all__ = ["by_me", "comments_create", "comments_reply", "comments_to_me", "mentions"]

REPLY_MAX: Final = 140
_OWN_COMMENT_BASE: Final = 4_950_000_000_000_000


def comment_json(
    emulator: WeiboEmulator, user: WeiboAccount, comment: WeiboComment, *, mine: bool = False
) -> dict[str, Any]:
    """A Comment object: its author, the status it is on, the comment it answers."""
    status = user.by_id.get(comment.status_id)
    data: dict[str, Any] = {
        "created_at": created_at_text(comment.created_at),
        "id": comment.id,
        "idstr": str(comment.id),
        "mid": str(comment.id),
        "text": comment.text,
        "source": '<a href="https://sandbox.govpub.invalid">govpub sandbox</a>',
        "user": (
            {
                "id": int(user.uid) if user.uid.isdigit() else user.uid,
                "screen_name": user.screen_name,
            }
            if mine
            else {
                "id": comment.user_id,
                "idstr": str(comment.user_id),
                "screen_name": comment.screen_name,
            }
        ),
    }
    if status is not None:
        data["status"] = emulator.status_json(user, status)
    else:
        mention = _find(emulator.state.public.weibo_mentions.get(user.uid, []), comment.status_id)
        if mention is not None:
            data["status"] = _mention_json(mention)
    if comment.reply_to is not None:
        answered = _find(emulator.state.public.weibo_comments.get(user.uid, []), comment.reply_to)
        if answered is not None:
            data["reply_comment"] = {
                "id": answered.id,
                "idstr": str(answered.id),
                "text": answered.text,
                "created_at": created_at_text(answered.created_at),
            }
    return data


def _author(user: WeiboAccount, comment: WeiboComment, *, mine: bool) -> dict[str, Any]:
    if mine:
        uid: int | str = int(user.uid) if user.uid.isdigit() else user.uid
        return {"id": uid, "idstr": user.uid, "screen_name": user.screen_name}
    return {
        "id": comment.user_id,
        "idstr": str(comment.user_id),
        "screen_name": comment.screen_name,
    }


def _mention_json(mention: WeiboComment) -> dict[str, Any]:
    return {
        "created_at": created_at_text(mention.created_at),
        "id": mention.id,
        "idstr": str(mention.id),
        "mid": str(mention.id),
        "text": mention.text,
        "user": {"id": mention.user_id, "screen_name": mention.screen_name},
    }


def _find(items: list[WeiboComment], wanted: int) -> WeiboComment | None:
    return next((c for c in items if c.id == wanted), None)


def _window(
    emulator: WeiboEmulator,
    user: WeiboAccount,
    request: Request,
    path: str,
    items: list[WeiboComment],
) -> tuple[list[WeiboComment], int] | Response:
    """One page, newest first, and how many match in all (``total_number``).

    As the wiki documents the lists: ``since_id`` exclusive, ``max_id``
    inclusive, ``count`` 1..200 (50 by default), ``page`` from 1.
    """
    params = request.query_params
    try:
        count = int(params.get("count", "50"))
        page = int(params.get("page", "1"))
        since_id = int(params.get("since_id", "0"))
        max_id = int(params.get("max_id", "0"))
    except ValueError:
        return emulator.error(user.uid, 10008, path)
    if not 1 <= count <= 200 or page < 1:
        return emulator.error(user.uid, 10008, path)
    chosen = [c for c in reversed(items) if c.id > since_id and (not max_id or c.id <= max_id)]
    return chosen[(page - 1) * count : page * count], len(chosen)


async def _read(
    emulator: WeiboEmulator, request: Request, operation: str, path: str, key: str
) -> Response:
    begun = await emulator.begin(request, operation, path, method="GET")
    if isinstance(begun, tuple):
        user, _form, decision = begun
    else:
        return begun
    with emulator.state.lock:
        public = emulator.state.public
        if key == "statuses":
            window = _window(emulator, user, request, path, public.weibo_mentions.get(user.uid, []))
            if not isinstance(window, tuple):
                return window
            chosen, total = window
            body: dict[str, Any] = {"statuses": [_mention_json(m) for m in chosen]}
        else:
            source = public.weibo_by_me if operation == "comments.by_me" else public.weibo_comments
            window = _window(emulator, user, request, path, source.get(user.uid, []))
            if not isinstance(window, tuple):
                return window
            chosen, total = window
            mine = operation == "comments.by_me"
            body = {"comments": [comment_json(emulator, user, c, mine=mine) for c in chosen]}
        body.update(previous_cursor=0, next_cursor=0, total_number=total)
    return await leave(request, decision, json_response(body))


async def comments_to_me(emulator: WeiboEmulator, request: Request) -> Response:
    """``GET /2/comments/to_me.json``."""
    return await _read(emulator, request, "comments.to_me", "/2/comments/to_me.json", "comments")


async def mentions(emulator: WeiboEmulator, request: Request) -> Response:
    """``GET /2/statuses/mentions.json``."""
    return await _read(
        emulator, request, "statuses.mentions", "/2/statuses/mentions.json", "statuses"
    )


async def by_me(emulator: WeiboEmulator, request: Request) -> Response:
    """``GET /2/comments/by_me.json``."""
    return await _read(emulator, request, "comments.by_me", "/2/comments/by_me.json", "comments")


async def _write(
    emulator: WeiboEmulator, request: Request, operation: str, path: str, *, reply: bool
) -> Response:
    begun = await emulator.begin(request, operation, path, method="POST")
    if isinstance(begun, tuple):
        user, form, decision = begun
    else:
        return begun
    assert form is not None  # noqa: S101 - begin refused a POST without a form
    with emulator.state.lock:
        response = _written(emulator, user, form, path, reply=reply)
    return await leave(request, decision, response)


def _written(  # noqa: PLR0911 - one answer per documented refusal
    emulator: WeiboEmulator, user: WeiboAccount, form: Form, path: str, *, reply: bool
) -> Response:
    uid = user.uid
    names = ("id", "comment", "cid") if reply else ("id", "comment")
    for name in names:
        if not form.get(name):
            return emulator.error(uid, 10016, path, ERRORS[10016].format(name=name))
    raw_id, raw_cid = form.get("id") or "", form.get("cid") or "0"
    if not raw_id.isdigit() or not raw_cid.isdigit():
        return emulator.error(uid, 10008, path)
    text = form.get("comment") or ""
    if not text.strip():
        return emulator.error(uid, 20008, path)
    if weibo_length(text) > REPLY_MAX:
        return emulator.error(uid, 20012, path)
    public = emulator.state.public
    status_id = int(raw_id)
    own = status_id in user.by_id
    mentioned = _find(public.weibo_mentions.get(uid, []), status_id)
    if not own and mentioned is None:
        elsewhere = any(status_id in a.by_id for a in emulator.state.weibo.values())
        return emulator.error(uid, 20102 if elsewhere else 20101, path)
    answered: WeiboComment | None = None
    if reply:
        answered = _find(public.weibo_comments.get(uid, []), int(raw_cid))
        if answered is None or answered.status_id != status_id:
            return emulator.error(uid, 20101, path, "target comment does not exist!")
        text = f"回复@{answered.screen_name}:{text}"
    comment = WeiboComment(
        id=_OWN_COMMENT_BASE + emulator.state.next_seq(),
        status_id=status_id,
        text=text,
        created_at=emulator.state.clock.now(),
        screen_name=user.screen_name,
        user_id=int(uid) if uid.isdigit() else 0,
        reply_to=answered.id if answered is not None else None,
    )
    public.weibo_by_me.setdefault(uid, []).append(comment)
    emulator.state.count(f"weibo:{uid}", "reply.stored")
    return json_response(comment_json(emulator, user, comment, mine=True))


async def comments_reply(emulator: WeiboEmulator, request: Request) -> Response:
    """``POST /2/comments/reply.json``."""
    return await _write(emulator, request, "comments.reply", "/2/comments/reply.json", reply=True)


async def comments_create(emulator: WeiboEmulator, request: Request) -> Response:
    """``POST /2/comments/create.json``."""
    return await _write(
        emulator, request, "comments.create", "/2/comments/create.json", reply=False
    )
