"""Public messages of the agency's own app, for the inbox: pulled, pushed in, answered.

govpub's contract (``docs/platforms.md`` § own app, messages), in the style of
the post contract (Standard Webhooks signatures, ``Idempotency-Key``, RFC 9457
problems):

* pull — ``GET {api_base}/messages?after=<cursor>&limit=50``, signed over the
  empty body → ``{"messages": [{"id", "post_id"?, "author", "text",
  "created_at", "reply"?: {"id", "text", "created_at"}}], "next": <cursor> | null}``,
  oldest first; ``next`` is the cursor to send next time;
* push in — the backend POSTs ``{"type": "message.received", "timestamp",
  "data": <one message>}`` to the agency's receiver, signed with the account's
  ``webhook_secret``; :func:`message_from_push` verifies it (±5 min, any ``v1``
  entry) and reads the message;
* reply — ``POST {api_base}/messages/{id}/replies`` with ``{"type":
  "message.replied", "data": {"message_id", "text"}}``, ``webhook-id`` =
  ``Idempotency-Key`` = the reply's key → ``{"id": <reply id>}``; the key makes
  a re-send after a lost answer safe;
* read back — ``GET {api_base}/messages/{id}/replies`` → ``{"replies": [{"id", "text"}]}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote

from govpub.errors import TransientError
from govpub.interactions import Interaction, NewInteraction
from govpub.platforms._common import dumps_utf8, json_object, platform_error, platform_time
from govpub.platforms.interaction import InteractionPage, ReplyOutcome
from govpub.webhooks import sf_string, verify

if TYPE_CHECKING:
    from govpub.platforms.app import AppAdapter

__all__ = ["PAGE", "fetch_messages", "find_app_reply", "message_from_push", "send_app_reply"]

PAGE: Final = 50
MAX_PAGES: Final = 20


async def fetch_messages(adapter: AppAdapter, cursor: str | None) -> InteractionPage:
    """Messages after ``cursor``, following ``next`` for a few pages."""
    found: list[NewInteraction] = []
    position = cursor
    for _ in range(MAX_PAGES):
        query = f"limit={PAGE}" + (f"&after={quote(position, safe='')}" if position else "")
        what = "GET /messages"
        payload = await adapter.signed_get(f"/messages?{query}", what)
        messages = payload.get("messages")
        if not isinstance(messages, list):
            raise platform_error(
                TransientError, adapter, f"{what}: answer without a list of messages"
            )
        found.extend(_message(adapter, m, what) for m in messages if isinstance(m, Mapping))
        following = payload.get("next")
        if not messages or not isinstance(following, str) or not following:
            break
        position = following
    return InteractionPage(tuple(found), position)


def _message(adapter: AppAdapter, message: Mapping[str, Any], what: str) -> NewInteraction:
    message_id = str(message.get("id") or "")
    if not message_id:
        raise platform_error(TransientError, adapter, f"{what}: a message without id")
    reply = message.get("reply")
    answered = isinstance(reply, Mapping) and bool(reply.get("text"))
    post_id = message.get("post_id")
    return NewInteraction(
        platform="app",
        account_id=adapter.account.id,
        platform_id=f"{adapter.account.id}:{message_id}",
        kind="message",
        author=str(message.get("author") or "用户"),
        text=str(message.get("text", "")),
        received_at=platform_time(
            adapter, message.get("created_at"), endpoint=what, field="created_at"
        ),
        platform_post_id=str(post_id) if post_id not in (None, "") else None,
        reference={"id": message_id},
        reply_text=str(reply["text"]) if answered and isinstance(reply, Mapping) else None,
        replied_at=(
            platform_time(adapter, reply.get("created_at"), endpoint=what, field="reply.created_at")
            if answered and isinstance(reply, Mapping)
            else None
        ),
    )


def message_from_push(
    adapter: AppAdapter, headers: Mapping[str, str], body: bytes, *, now: float | None = None
) -> NewInteraction:
    """The message of a signed ``message.received`` push; ``WebhookVerificationError`` if forged.

    ``ValueError`` names what is wrong with a payload that verifies but is not
    a ``message.received`` event.
    """
    verify(adapter.credentials.webhook_secret.get_secret_value(), headers, body, now=now)
    try:
        event = json.loads(body)
    except ValueError:
        raise ValueError("the push body is not JSON") from None
    data = event.get("data") if isinstance(event, dict) else None
    if not isinstance(event, dict) or event.get("type") != "message.received":
        raise ValueError("the push is not a message.received event")
    if not isinstance(data, Mapping):
        raise ValueError("the push has no data object")  # noqa: TRY004 - a bad payload
    return _message(adapter, data, "push message.received")


async def send_app_reply(
    adapter: AppAdapter, interaction: Interaction, text: str, *, key: str
) -> ReplyOutcome:
    """``POST /messages/{id}/replies`` with the reply's key (a re-send is a replay)."""
    message_id = str(interaction.reference["id"])
    what = "POST /messages/{id}/replies"
    body = dumps_utf8({"type": "message.replied", "data": {"message_id": message_id, "text": text}})
    headers = adapter.signed_headers(key, body)
    headers["Idempotency-Key"] = sf_string(key)
    headers["Content-Type"] = "application/json"
    response = await adapter.send(
        "POST",
        f"{adapter.api_base}/messages/{quote(message_id, safe='')}/replies",
        idempotent=True,  # the key makes it so
        content=body,
        headers=headers,
    )
    if not response.is_success:
        raise adapter.answer_error(response, what, publishing=True)
    payload = json_object(response) or {}
    reply_id = payload.get("id")
    return ReplyOutcome(platform_reply_id=str(reply_id) if reply_id not in (None, "") else None)


async def find_app_reply(
    adapter: AppAdapter, interaction: Interaction, text: str
) -> ReplyOutcome | None:
    """The reply ``text`` among the message's replies (``GET /messages/{id}/replies``)."""
    message_id = quote(str(interaction.reference["id"]), safe="")
    payload = await adapter.signed_get(
        f"/messages/{message_id}/replies", "GET /messages/{id}/replies"
    )
    for reply in payload.get("replies") or []:
        if isinstance(reply, Mapping) and reply.get("text") == text:
            reply_id = reply.get("id")
            return ReplyOutcome(platform_reply_id=str(reply_id) if reply_id else None)
    return None
