"""Shared helpers for the adapter tests: golden files, accounts, contexts, images.

Imported by the test modules of this folder (pytest puts the folder on ``sys.path``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from govpub.model import Account, Image
from govpub.platforms.app import AppCredentials, AppSettings
from govpub.platforms.base import DeliveryContext, Rendered
from govpub.platforms.wechat import WechatCredentials, WechatSettings
from govpub.platforms.weibo import WeiboCredentials, WeiboSettings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
GIF = b"GIF89a" + b"\x00" * 32
BMP = b"BM" + b"\x00" * 64
WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # the Standard Webhooks spec's example key


def golden(platform: str, name: str) -> Any:
    """A golden response file, ``tests/fixtures/<platform>/<name>.json``."""
    return json.loads((FIXTURES / platform / f"{name}.json").read_text(encoding="utf-8"))


def golden_text(platform: str, name: str) -> str:
    return (FIXTURES / platform / name).read_text(encoding="utf-8")


def image(name: str, data: bytes, alt: str = "") -> Image:
    return Image(src=name, data=data, alt=alt)


def wechat_account(api_base: str | None = None, **settings: Any) -> Account:
    return Account(
        id="wx-main",
        platform="wechat",
        name="某某市人民政府",
        unit="某某市人民政府办公室",
        api_base=api_base,
        credentials=WechatCredentials(
            app_id="wx0123456789abcdef", app_secret=SecretStr("wx-app-secret-value")
        ),
        settings=WechatSettings(**settings),
    )


def weibo_account(api_base: str | None = None, **settings: Any) -> Account:
    values: dict[str, Any] = {"safe_domain": "example.gov.cn", "uid": "1000000000"}
    values.update(settings)
    return Account(
        id="wb-main",
        platform="weibo",
        name="某某发布",
        unit="某某市人民政府新闻办公室",
        api_base=api_base,
        credentials=WeiboCredentials(access_token=SecretStr("2.00weibo-token-value")),
        settings=WeiboSettings(**values),
    )


def app_account(api_base: str = "https://app.example.gov.cn/govpub", **settings: Any) -> Account:
    return Account(
        id="app-main",
        platform="app",
        name="某某市政务客户端",
        unit="某某市大数据中心",
        api_base=api_base,
        credentials=AppCredentials(webhook_secret=SecretStr(WHSEC)),
        settings=AppSettings(**settings),
    )


class Steps:
    """A stand-in for the ledger: records every saved step, in order."""

    def __init__(self) -> None:
        self.saved: list[tuple[str, Any]] = []

    async def __call__(self, name: str, value: Any) -> None:
        self.saved.append((name, value))


def context(
    account: Account,
    *,
    key: str = "dlv_01JABCDEF0000000000000000",
    steps: dict[str, Any] | None = None,
    operator_ip: str | None = None,
) -> tuple[DeliveryContext, Steps]:
    recorder = Steps()
    ctx = DeliveryContext(
        key=key,
        post_id="p_TEST",
        post_digest="0" * 64,
        account=account,
        steps=dict(steps or {}),
        save_step=recorder,
        operator_ip=operator_ip,
    )
    return ctx, recorder


def wechat_rendered(**fields: Any) -> Rendered:
    values: dict[str, Any] = {
        "author": "市政府办",
        "digest": "会议研究部署近期重点工作。",
        "content_source_url": "https://www.example.gov.cn/art/2025/1/6/art_1.html",
    }
    values.update(fields)
    return Rendered(
        platform="wechat",
        post_id="p_TEST",
        post_digest="0" * 64,
        format="html",
        title="市政府召开常务会议",
        body='<p>会议研究部署近期重点工作。</p><p><img src="img/a.png" alt="一"></p>'
        '<p><img src="img/b.jpg" alt="二"></p>',
        fields=values,
        images=(image("img/a.png", PNG), image("img/b.jpg", JPEG)),
        cover=image("img/cover.jpg", JPEG),
    )


def weibo_rendered(
    *, cover: Image | None = None, text: str | None = None, **fields: Any
) -> Rendered:
    body = text or (
        "【市政府召开常务会议】会议研究部署近期重点工作。 "
        "https://www.example.gov.cn/art/2025/1/6/art_1.html 来源：某某市人民政府"
    )
    values: dict[str, Any] = {"link": "https://www.example.gov.cn/art/2025/1/6/art_1.html"}
    values.update(fields)
    return Rendered(
        platform="weibo",
        post_id="p_TEST",
        post_digest="0" * 64,
        format="text",
        title="市政府召开常务会议",
        body=body,
        fields=values,
        cover=cover,
    )


def app_rendered() -> Rendered:
    document = {
        "post_id": "p_TEST",
        "digest": "0" * 64,
        "title": "市政府召开常务会议",
        "summary": "会议研究部署近期重点工作。",
        "body_html": "<p>会议研究部署近期重点工作。</p>",
        "source": None,
        "category": "daily",
        "tags": [],
        "images": [],
    }
    return Rendered(
        platform="app",
        post_id="p_TEST",
        post_digest="0" * 64,
        format="json",
        title="市政府召开常务会议",
        body=json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
    )
