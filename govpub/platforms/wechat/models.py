"""Credentials and settings of a WeChat Official Account (微信公众号) in ``govpub.toml``.

::

    [[accounts]]
    id = "wx-main"
    platform = "wechat"
    name = "某某市人民政府"
    unit = "某某市人民政府办公室"
    credentials = { app_id = "wx0123456789abcdef", app_secret = "env:WX_MAIN_SECRET" }
    settings = { content_source_url = "https://www.example.gov.cn/" }
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator

from govpub.model import AccountCredentials
from govpub.platforms.base import LinkTokenSettings

__all__ = ["WechatCredentials", "WechatSettings"]


class WechatCredentials(AccountCredentials):
    """Developer credentials (开发者ID, 开发者密码): 公众平台 → 开发 → 基本配置."""

    app_id: str = Field(min_length=1, description="AppID (开发者ID)")
    app_secret: SecretStr = Field(description="AppSecret (开发者密码); a secret reference")


class WechatSettings(LinkTokenSettings):
    """How govpub publishes to this account (``link_token``: the delivery token in 阅读原文).

    ``cover_material_type``: whether a cover needs ``type=thumb`` or ``type=image``
    is UNCONFIRMED (wechat.md §3.2); govpub uploads ``image`` (up to 10 MB, any of
    bmp/png/jpeg/gif) because ``thumb`` is limited to 64 KB JPEG, which few covers
    meet, and ``draft/add`` only requires a *permanent* media_id.  Set ``thumb``
    if an account's drafts refuse image materials.
    """

    token_endpoint: Literal["stable", "classic"] = Field(
        default="stable",
        description="getStableAccessToken (recommended; processes do not invalidate each "
        "other) or the classic /cgi-bin/token (needs one central refresher per appid)",
    )
    need_open_comment: bool = Field(
        default=True,
        description="open comments (留言) on published articles: 政务新媒体 must offer "
        "interaction; 88000 means the account lacks the privilege",
    )
    only_fans_can_comment: bool = False
    content_source_url: str | None = Field(
        default=None,
        max_length=1024,
        description="阅读原文 fallback (the agency's page) when the post has no url",
    )
    cover_material_type: Literal["image", "thumb"] = "image"
    status_poll_initial: float = Field(
        default=30.0, gt=0, description="first wait before freepublish/get (seconds)"
    )
    status_poll_max: float = Field(
        default=1800.0,
        gt=0,
        description="longest wait between freepublish/get calls: the endpoint has a small "
        "daily quota (45009), so prefer the PUBLISHJOBFINISH push",
    )
    reconcile_grace_seconds: float = Field(
        default=600.0,
        ge=0,
        description="after an unknown submit, how long a publish job may still be running "
        "before a missing article counts as absent",
    )

    @field_validator("content_source_url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("http://", "https://")):
            raise ValueError("content_source_url must be an http:// or https:// address")
        return value
