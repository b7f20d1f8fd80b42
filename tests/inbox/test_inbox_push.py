"""Pushed messages into the inbox: a WeChat follower's text message, a signed own-app message."""

from __future__ import annotations

import base64
import json
import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr

from govpub import ConfigError, Matrix
from govpub.config import StoreConfig
from govpub.inbox.push import receive_push
from govpub.ledger import SqliteLedger
from govpub.model import Account
from govpub.platforms.app import AppCredentials
from govpub.platforms.memory import MemorySettings
from govpub.platforms.wechat import WechatCredentials
from govpub.platforms.wechat.messages import message_from_callback
from govpub.webhooks import WebhookVerificationError, signed_headers

FIXTURE = Path(__file__).parents[1] / "fixtures" / "wechat" / "message_text.xml"
SECRET = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def matrix() -> Matrix:
    return Matrix(
        [
            Account(
                id="wx",
                platform="wechat",
                name="公众号",
                unit="单位",
                credentials=WechatCredentials(app_id="wx0123", app_secret=SecretStr("s" * 32)),
            ),
            Account(
                id="app",
                platform="app",
                name="客户端",
                unit="单位",
                api_base="https://app.example.gov.cn/govpub",
                credentials=AppCredentials(webhook_secret=SecretStr(SECRET)),
            ),
            Account(
                id="mem", platform="memory", name="内存", unit="单位", settings=MemorySettings()
            ),
        ],
        store=StoreConfig(path=":memory:"),
    )


def test_a_follower_message_is_stored_once() -> None:
    ledger = SqliteLedger(":memory:")
    body = FIXTURE.read_bytes()
    first = receive_push(matrix(), ledger, "wx", body)
    assert first is not None
    assert ("message", "wechat", "msg:23456789012345678") == (
        first.kind,
        first.platform,
        first.platform_id,
    )
    assert ("请问居住证办理需要多长时间？", datetime(2026, 1, 1, tzinfo=UTC)) == (
        first.text,
        first.received_at,
    )
    assert None is receive_push(matrix(), ledger, "wx", body)  # WeChat retries a slow callback
    ledger.close()


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<xml><MsgType>image</MsgType></xml>", "only text"),
        (b"<!DOCTYPE x [<!ENTITY a 'b'>]><xml/>", "DTD"),
        (b"not xml", "not XML"),
        (b"<xml><MsgType>text</MsgType><MsgId>1</MsgId></xml>", "missing"),
    ],
)
def test_a_bad_callback_body_is_refused_naming_the_problem(body: bytes, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        message_from_callback("wx", body)


def test_an_app_push_is_verified_and_stored() -> None:
    ledger = SqliteLedger(":memory:")
    event = {
        "type": "message.received",
        "timestamp": "2026-01-01T00:00:00Z",
        "data": {"id": "m1", "author": "市民", "text": "请问？", "created_at": 1767225600},
    }
    body = json.dumps(event, ensure_ascii=False).encode()
    stored = receive_push(matrix(), ledger, "app", body, headers=signed_headers(SECRET, "p1", body))
    assert stored is not None
    assert "app:m1" == stored.platform_id
    with pytest.raises(WebhookVerificationError):
        receive_push(matrix(), ledger, "app", body, headers={})
    with pytest.raises(ConfigError, match="receives no pushed messages"):
        receive_push(matrix(), ledger, "mem", body)
    ledger.close()


async def test_answering_a_follower_message_is_refused_before_any_call() -> None:
    from govpub.inbox.replies import deliver_reply
    from govpub.platforms.wechat import WechatAdapter

    ledger = SqliteLedger(":memory:")
    stored = receive_push(matrix(), ledger, "wx", FIXTURE.read_bytes())
    assert stored is not None
    intended = ledger.intend_reply(stored.id, text="您好。", approvals=[], actor="t")
    async with WechatAdapter(matrix().account("wx")) as adapter:
        done = await deliver_reply(adapter, ledger, intended, actor="t")
    assert ("failed", "new") == (done.reply_state, done.state)
    ledger.close()
