"""Messages followers send to the account (接收普通消息), pushed to its callback, for the inbox.

Source: old docs ``https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html``
(a text message)::

    <xml>
      <ToUserName><![CDATA[<GH_ID>]]></ToUserName>
      <FromUserName><![CDATA[<OPENID>]]></FromUserName>
      <CreateTime>1767225600</CreateTime>
      <MsgType><![CDATA[text]]></MsgType>
      <Content><![CDATA[请问……]]></Content>
      <MsgId>23456789012345678</MsgId>
    </xml>

The caller checks the callback signature first
(:func:`~govpub.platforms.wechat.events.verify_callback_signature`) and decrypts 安全模式
bodies.  Only ``text`` messages are read (images, voice… are not yet: UNCONFIRMED which
the inbox should keep); ``MsgId`` identifies the message, so a push WeChat repeats (it
retries three times when the callback is slow) is stored once.  Answering such a message
needs the customer-service API (``message/custom/send``, within 48 hours of the
follower's message), which govpub does not implement yet: a reply is refused as
``NotSupported``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from govpub.interactions import NewInteraction

__all__ = ["message_from_callback"]

_MAX_BYTES = 64 * 1024


def message_from_callback(account_id: str, xml: str | bytes) -> NewInteraction:
    """The follower's text message in a callback body; ``ValueError`` naming what is wrong."""
    raw = xml.encode("utf-8") if isinstance(xml, str) else xml
    if len(raw) > _MAX_BYTES:
        raise ValueError(f"WeChat message: body larger than {_MAX_BYTES} bytes")
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise ValueError("WeChat message: DTDs and entities are not accepted")
    try:
        root = ET.fromstring(raw)  # noqa: S314 - DTDs refused above; body size bounded
    except ET.ParseError as exc:
        raise ValueError(f"WeChat message: not XML ({exc})") from None

    def text(name: str) -> str:
        child = root.find(name)
        return (child.text or "").strip() if child is not None else ""

    kind = text("MsgType")
    if kind != "text":
        raise ValueError(f"WeChat message: MsgType is {kind!r}; only text messages are read")
    msg_id, openid, stamp = text("MsgId"), text("FromUserName"), text("CreateTime")
    if not msg_id or not openid or not stamp.isdigit():
        raise ValueError("WeChat message: MsgId, FromUserName or CreateTime is missing")
    return NewInteraction(
        platform="wechat",
        account_id=account_id,
        platform_id=f"msg:{msg_id}",
        kind="message",
        author=f"微信用户 …{openid[-6:]}",
        text=text("Content"),
        received_at=datetime.fromtimestamp(int(stamp), UTC),
        reference={"msg_id": msg_id, "openid": openid, "to": text("ToUserName")},
    )
