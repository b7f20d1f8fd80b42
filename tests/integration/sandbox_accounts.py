"""Accounts registered in a running sandbox, and the adapters for them (integration tests).

Imported by the test modules of this folder (pytest puts the folder on ``sys.path``).
"""

from __future__ import annotations

import base64
import secrets
from typing import Any

from pydantic import SecretStr

from govpub.model import Account, Image, Post
from govpub.platforms.app import AppAdapter, AppCredentials, AppSettings
from govpub.platforms.wechat import WechatAdapter, WechatCredentials, WechatSettings
from govpub.platforms.weibo import WeiboAdapter, WeiboCredentials, WeiboSettings
from govpub.testing.contract import tiny_png

SAFE_DOMAIN = "www.example.gov.cn"


def wechat(server: Any, **settings: Any) -> tuple[Account, str]:
    app_id, secret = f"wx{secrets.token_hex(8)}", secrets.token_hex(16)
    (key,) = server.register({"platform": "wechat", "app_id": app_id, "app_secret": secret})
    values: dict[str, Any] = {"status_poll_initial": 0.05, "reconcile_grace_seconds": 0}
    values.update(settings)
    account = Account(
        id=f"wx-{app_id[-6:]}",
        platform="wechat",
        name="示例市人民政府",
        unit="示例市人民政府办公室",
        api_base=server.wechat_url,
        credentials=WechatCredentials(app_id=app_id, app_secret=SecretStr(secret)),
        settings=WechatSettings(**values),
    )
    return account, key


def weibo(server: Any, **settings: Any) -> tuple[Account, str]:
    uid = str(5_000_000_000 + secrets.randbelow(1_000_000_000))
    token = f"2.00{secrets.token_urlsafe(24)}"
    spec = {"platform": "weibo", "access_token": token, "safe_domain": SAFE_DOMAIN, "uid": uid}
    (key,) = server.register(spec)
    values: dict[str, Any] = {
        "safe_domain": SAFE_DOMAIN,
        "uid": uid,
        "rip": "127.0.0.1",
        "reconcile_grace_seconds": 0,
    }
    values.update(settings)
    account = Account(
        id=f"wb-{uid[-6:]}",
        platform="weibo",
        name="示例发布",
        unit="示例市人民政府新闻办公室",
        api_base=server.weibo_url,
        credentials=WeiboCredentials(access_token=SecretStr(token)),
        settings=WeiboSettings(**values),
    )
    return account, key


def app(server: Any, **settings: Any) -> tuple[Account, str]:
    tenant = f"tenant-{secrets.token_hex(3)}"
    secret = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    (key,) = server.register({"platform": "app", "tenant": tenant, "webhook_secret": secret})
    account = Account(
        id=f"app-{tenant[-6:]}",
        platform="app",
        name="示例市政务客户端",
        unit="示例市大数据中心",
        api_base=server.app_url(tenant),
        credentials=AppCredentials(webhook_secret=SecretStr(secret)),
        settings=AppSettings(**settings),
    )
    return account, key


ADAPTERS: dict[str, Any] = {"wechat": WechatAdapter, "weibo": WeiboAdapter, "app": AppAdapter}
MAKERS: dict[str, Any] = {"wechat": wechat, "weibo": weibo, "app": app}


def post(title: str = "政务公开工作会议召开", **fields: Any) -> Post:
    """A post with a cover and two body images, linking to the safe domain."""
    values: dict[str, Any] = {
        "title": title,
        "summary": "会议部署下一阶段政务公开重点工作。",
        "author": "办公室",
        "body": (
            "会议部署下一阶段政务公开重点工作。\n\n![会场](body-1.png)\n\n"
            "要求各部门抓好落实。\n\n![展板](body-2.png)\n"
        ),
        "url": f"https://{SAFE_DOMAIN}/art/2025/1/6/art_{secrets.token_hex(4)}.html",
        "cover": Image(src="cover.png", data=tiny_png(4, 4, shade=200)),
        "images": (
            Image(src="body-1.png", data=tiny_png(shade=10), alt="会场"),
            Image(src="body-2.png", data=tiny_png(shade=20), alt="展板"),
        ),
    }
    values.update(fields)
    return Post(**values)
