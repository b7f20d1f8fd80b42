"""Canary secrets run through all three adapters and never show in logs, errors or steps."""

from __future__ import annotations

import base64
import io
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
import structlog
from adapter_helpers import app_rendered, context, wechat_rendered, weibo_rendered
from pydantic import SecretStr

from govpub.errors import PlatformError
from govpub.logging import configure_logging, get_logger
from govpub.model import Account
from govpub.platforms.app import AppAdapter, AppCredentials
from govpub.platforms.wechat import WechatAdapter, WechatCredentials, WechatSettings
from govpub.platforms.weibo import WeiboAdapter, WeiboCredentials, WeiboSettings

APP_SECRET = "CANARY-appsecret-5d1e"
ACCESS_TOKEN = "CANARY-wx-token-8b2c"
WEIBO_TOKEN = "CANARY-weibo-token-3f9a"
WEBHOOK_KEY = b"CANARY-webhook-key-bytes-0123456789"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(WEBHOOK_KEY).decode()
CANARIES = (APP_SECRET, ACCESS_TOKEN, WEIBO_TOKEN, WEBHOOK_SECRET, WEBHOOK_SECRET[6:])


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    configure_logging(json=True, level="DEBUG", stream=stream)
    yield stream
    structlog.reset_defaults()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_govpub", False):
            logging.getLogger().removeHandler(handler)


def accounts() -> tuple[Account, Account, Account]:
    wechat = Account(
        id="wx",
        platform="wechat",
        name="n",
        unit="u",
        credentials=WechatCredentials(app_id="wxcanary", app_secret=SecretStr(APP_SECRET)),
        settings=WechatSettings(token_endpoint="classic"),
    )
    weibo = Account(
        id="wb",
        platform="weibo",
        name="n",
        unit="u",
        credentials=WeiboCredentials(access_token=SecretStr(WEIBO_TOKEN)),
        settings=WeiboSettings(safe_domain="example.gov.cn", rip="203.0.113.1"),
    )
    app = Account(
        id="ap",
        platform="app",
        name="n",
        unit="u",
        api_base="https://app.example.gov.cn",
        credentials=AppCredentials(webhook_secret=SecretStr(WEBHOOK_SECRET)),
    )
    return wechat, weibo, app


def echo(request: httpx.Request) -> str:
    """An error text that quotes the request back, secrets and all (some servers do)."""
    return f"bad request {request.url} body={request.content[:300]!r}"


async def test_no_canary_in_logs_errors_or_steps(captured: io.StringIO) -> None:
    wechat, weibo, app = accounts()
    log = get_logger("govpub.test.canary")
    errors: list[PlatformError] = []
    steps: list[dict[str, Any]] = []
    with respx.mock(assert_all_called=False) as router:
        router.get("https://api.weixin.qq.com/cgi-bin/token").mock(
            return_value=httpx.Response(
                200, json={"access_token": ACCESS_TOKEN, "expires_in": 7200}
            )
        )
        router.post("https://api.weixin.qq.com/cgi-bin/media/uploadimg").mock(
            side_effect=lambda r: httpx.Response(200, json={"errcode": 40005, "errmsg": echo(r)})
        )
        router.post("https://api.weibo.com/2/statuses/share.json").mock(
            side_effect=lambda r: httpx.Response(400, json={"error_code": 10008, "error": echo(r)})
        )
        router.post("https://app.example.gov.cn/posts").mock(
            side_effect=lambda r: httpx.Response(
                400,
                json={"title": "bad", "detail": echo(r) + str(dict(r.headers))},
                headers={"Content-Type": "application/problem+json"},
            )
        )
        for adapter_type, account, rendered in (
            (WechatAdapter, wechat, wechat_rendered()),
            (WeiboAdapter, weibo, weibo_rendered()),
            (AppAdapter, app, app_rendered()),
        ):
            ctx, _ = context(account)
            async with adapter_type(account) as adapter:
                log.info("govpub.test.adapter", adapter=adapter, account=account)
                try:
                    await adapter.publish(rendered, ctx)
                except PlatformError as exc:
                    errors.append(exc)
                    log.exception("govpub.test.publish_failed", error=exc.to_dict())
                    logging.getLogger("govpub.test").warning("failed: %s %r", exc, exc)
            steps.append(ctx.steps)

    assert 3 == len(errors)
    shown = captured.getvalue()
    assert "HTTP Request" in shown
    assert "access_token=" in shown
    for error in errors:
        shown += str(error) + repr(error) + str(error.to_dict()) + str(error.details)
    shown += repr(steps) + repr(accounts())
    for canary in CANARIES:
        where = shown.find(canary)
        assert -1 == where, shown[max(where - 300, 0) : where + 40]
