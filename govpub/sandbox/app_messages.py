"""The own-app emulator's public messages: list, read replies, reply with ``Idempotency-Key``.

govpub's contract (:mod:`govpub.platforms.app_messages`), served strictly:
every call signed (401 otherwise), ``limit`` 1..100 (400 problem otherwise),
an unknown message 404, a reply without ``Idempotency-Key`` 400, a key reused
with another payload 422, a key still in progress 409, a finished key replayed
with the stored answer (``Idempotent-Replayed: true``), a reply that is empty
or longer than 1,000 characters 422.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from govpub.sandbox._http import json_response, leave
from govpub.sandbox.ownapp import fingerprint, parse_idempotency_key

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from govpub.sandbox.accounts import AppTenant
    from govpub.sandbox.ownapp import AppEmulator
    from govpub.sandbox.public import AppMessage

__all__ = ["list_messages", "list_replies", "post_reply"]

REPLY_MAX: Final = 1000


def message_json(message: AppMessage) -> dict[str, Any]:
    """A message as ``GET /messages`` lists it."""
    data: dict[str, Any] = {
        "id": message.id,
        "author": message.author,
        "text": message.text,
        "created_at": message.created_at,
    }
    if message.post_id is not None:
        data["post_id"] = message.post_id
    if message.replies:
        data["reply"] = message.replies[0]
    return data


async def list_messages(emulator: AppEmulator, request: Request) -> Response:
    """``GET /{tenant}/messages?after=&limit=``: oldest first, ``next`` to continue."""
    begun = await emulator.begin(request, "messages.list")
    if not isinstance(begun, tuple):
        return begun
    tenant, decision, _ = begun
    try:
        limit = int(request.query_params.get("limit", "50"))
    except ValueError:
        limit = 0
    if not 1 <= limit <= 100:
        return emulator.problem(tenant.tenant, 400, "invalid-limit", "limit must be 1..100")
    after = request.query_params.get("after")
    with emulator.state.lock:
        messages = emulator.state.public.app.get(tenant.tenant, [])
        start = 0
        if after:
            ids = [m.id for m in messages]
            if after not in ids:
                return emulator.problem(
                    tenant.tenant, 400, "invalid-cursor", f"no message {after!r}"
                )
            start = ids.index(after) + 1
        page = messages[start : start + limit]
        body = {
            "messages": [message_json(m) for m in page],
            "next": page[-1].id if page else after,
        }
    return await leave(request, decision, json_response(body))


def _message(emulator: AppEmulator, tenant: AppTenant, request: Request) -> AppMessage | None:
    wanted = request.path_params["message"]
    messages = emulator.state.public.app.get(tenant.tenant, [])
    return next((m for m in messages if m.id == wanted), None)


async def list_replies(emulator: AppEmulator, request: Request) -> Response:
    """``GET /{tenant}/messages/{id}/replies``."""
    begun = await emulator.begin(request, "messages.replies")
    if not isinstance(begun, tuple):
        return begun
    tenant, decision, _ = begun
    with emulator.state.lock:
        message = _message(emulator, tenant, request)
        if message is None:
            return emulator.problem(tenant.tenant, 404, "not-found", "no such message")
        body = {"replies": list(message.replies)}
    return await leave(request, decision, json_response(body))


async def post_reply(emulator: AppEmulator, request: Request) -> Response:
    """``POST /{tenant}/messages/{id}/replies``, idempotent by key (as ``POST /posts``)."""
    begun = await emulator.begin(request, "messages.reply", sleep=False)
    if not isinstance(begun, tuple):
        return begun
    tenant, decision, raw = begun
    name = tenant.tenant
    key = parse_idempotency_key(request.headers.get("idempotency-key") or "")
    if key is None:
        return emulator.problem(
            name, 400, "idempotency-key-missing", "send an Idempotency-Key (a quoted string)"
        )
    try:
        payload = json.loads(raw)
    except ValueError:
        payload = None
    return await emulator.once(
        request,
        tenant,
        decision,
        key=key,
        print_=fingerprint(payload, raw),
        apply=lambda: _apply(emulator, tenant, request, payload),
    )


def _apply(emulator: AppEmulator, tenant: AppTenant, request: Request, payload: Any) -> Response:
    name = tenant.tenant
    message = _message(emulator, tenant, request)
    if message is None:
        return emulator.problem(name, 404, "not-found", "no such message")
    if not isinstance(payload, dict) or payload.get("type") != "message.replied":
        return emulator.problem(name, 422, "invalid-reply", "type must be message.replied")
    data = payload.get("data")
    if not isinstance(data, dict):
        return emulator.problem(name, 422, "invalid-reply", "data must be an object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > REPLY_MAX:
        return emulator.problem(
            name, 422, "invalid-reply", f"data.text must be 1..{REPLY_MAX} characters"
        )
    if data.get("message_id") != message.id:
        return emulator.problem(name, 422, "invalid-reply", "data.message_id is not this message")
    reply = {
        "id": f"r{emulator.state.next_seq():06d}",
        "text": text,
        "created_at": emulator.state.clock.now(),
    }
    message.replies.append(reply)
    emulator.state.count(f"app:{name}", "reply.stored")
    return json_response(reply, 201)
