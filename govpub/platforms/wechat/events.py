"""The ``PUBLISHJOBFINISH`` push: the result of ``freepublish/submit`` without polling.

Source: https://developers.weixin.qq.com/doc/offiaccount/Publish/Callback_on_finish.html
(also on ``api_freepublish_submit``).  WeChat posts the event to the account's
callback URL (服务器配置) when a publish job ends; ``FromUserName`` is
``mphelper``.  Some accounts receive it as ``MASSSENDJOBFINISH`` with the same
``PublishEventInfo`` (community report, wechat.md §3.6), so both names are
accepted.  ``freepublish/get`` stays the fallback: never depend on the push alone.

The publisher's callback endpoint should first check the request with
:func:`verify_callback_signature` (``signature = sha1(sort(token, timestamp,
nonce))``, the 服务器配置 token — not the access token), then::

    publish_id, result = parse_publish_event(request_body)
    # find the delivery whose ctx.steps["publish_id"] == publish_id, then
    outcome = await adapter.accept_event(request_body, ctx)   # saves article_id/url

AES-encrypted (安全模式) callbacks must be decrypted by the caller first.
"""

from __future__ import annotations

import hashlib
import hmac
import xml.etree.ElementTree as ET
from typing import Any

from govpub.errors import PlatformError
from govpub.platforms.base import PublishOutcome
from govpub.platforms.wechat.status import outcome_from_status

__all__ = [
    "PUBLISH_EVENTS",
    "parse_publish_event",
    "publish_event_fields",
    "verify_callback_signature",
]

PUBLISH_EVENTS = frozenset({"PUBLISHJOBFINISH", "MASSSENDJOBFINISH"})
_MAX_EVENT_BYTES = 64 * 1024


def verify_callback_signature(token: str, timestamp: str, nonce: str, signature: str) -> bool:
    """Whether a callback request came from WeChat (接入指南: sha1 of the sorted three values)."""
    joined = "".join(sorted((token, timestamp, nonce))).encode("utf-8")
    expected = hashlib.sha1(joined, usedforsecurity=False).hexdigest()
    return hmac.compare_digest(expected, signature.strip().lower())


def _text(element: ET.Element | None, name: str) -> str | None:
    if element is None:
        return None
    child = element.find(name)
    if child is None or child.text is None:
        return None
    return child.text.strip()


def is_publish_event(xml: str | bytes) -> bool:
    """Whether a callback body is a publish-result push (the account's other events are not)."""
    raw = xml.encode("utf-8") if isinstance(xml, str) else xml
    return any(
        f"[{name}]".encode() in raw or f">{name}<".encode() in raw for name in PUBLISH_EVENTS
    )


def publish_event_fields(xml: str | bytes) -> dict[str, Any]:
    """The ``freepublish/get``-shaped fields of a publish push (pure parsing, no I/O).

    Raises :class:`ValueError` naming what is wrong: not XML, a DTD (refused, so
    no entity expansion can happen), not a publish event, no ``publish_id``.
    """
    raw = xml.encode("utf-8") if isinstance(xml, str) else xml
    if len(raw) > _MAX_EVENT_BYTES:
        raise ValueError(f"WeChat event: body larger than {_MAX_EVENT_BYTES} bytes")
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise ValueError("WeChat event: DTDs and entities are not accepted")
    try:
        root = ET.fromstring(raw)  # noqa: S314 - DTDs refused above; body size bounded
    except ET.ParseError as exc:
        raise ValueError(f"WeChat event: not XML ({exc})") from None
    event = _text(root, "Event")
    if event not in PUBLISH_EVENTS:
        raise ValueError(f"WeChat event: Event is {event!r}, not one of {sorted(PUBLISH_EVENTS)}")
    info = root.find("PublishEventInfo")
    if info is None:
        raise ValueError(f"WeChat event: {event} without PublishEventInfo (a mass-send event?)")
    publish_id = _text(info, "publish_id")
    status = _text(info, "publish_status")
    if not publish_id or status is None or not status.lstrip("-").isdigit():
        raise ValueError("WeChat event: PublishEventInfo lacks publish_id or publish_status")
    fields: dict[str, Any] = {
        "publish_id": publish_id,
        "publish_status": int(status),
        "fail_idx": [
            int(t) for e in info.findall("fail_idx") if (t := (e.text or "").strip()).isdigit()
        ],
        "event": event,
        "to_user": _text(root, "ToUserName"),
        "create_time": _text(root, "CreateTime"),
    }
    article_id = _text(info, "article_id")
    if article_id:
        fields["article_id"] = article_id
    detail = info.find("article_detail")
    if detail is not None:
        fields["article_detail"] = {
            "count": _text(detail, "count"),
            "item": [
                {"idx": _text(item, "idx"), "article_url": _text(item, "article_url")}
                for item in detail.findall("item")
            ],
        }
    return fields


def parse_publish_event(xml: str | bytes) -> tuple[str, PublishOutcome | PlatformError]:
    """``(publish_id, outcome)`` of a push: a :class:`PublishOutcome` or the error it means.

    The error has ``platform="wechat"`` and no account: the caller routes the
    event by ``publish_id`` and fills the account with ``error.with_context``.
    """
    fields = publish_event_fields(xml)
    result: PublishOutcome | PlatformError
    try:
        result = outcome_from_status(fields, platform="wechat", account=None)
    except PlatformError as exc:
        result = exc
    return str(fields["publish_id"]), result
