"""Credentials and settings of a Weibo account in ``govpub.toml``.

::

    [[accounts]]
    id = "wb-main"
    platform = "weibo"
    name = "某某发布"
    unit = "某某市人民政府新闻办公室"
    credentials = { access_token = "env:WB_MAIN_TOKEN" }
    settings = { safe_domain = "example.gov.cn", uid = "1000000000", app_key = "123456",
                 rip = "203.0.113.10", token_expires_at = "2030-01-01T00:00:00+08:00" }
"""

from __future__ import annotations

import ipaddress
from datetime import datetime

from pydantic import Field, SecretStr, field_validator

from govpub.model import AccountCredentials
from govpub.platforms._common import host_of
from govpub.platforms.base import LinkTokenSettings

__all__ = ["WeiboCredentials", "WeiboSettings"]


class WeiboCredentials(AccountCredentials):
    """The OAuth2 access token the account's operator granted to the agency's Weibo app."""

    access_token: SecretStr = Field(description="OAuth2 access_token; a secret reference")


class WeiboSettings(LinkTokenSettings):
    """How govpub posts to this account (``link_token``: the delivery token in the link)."""

    safe_domain: str = Field(
        description="the Weibo app's 安全域名 (我的应用 → 应用信息 → 基本应用信息编辑): every "
        "post must link to a page on it (10017 otherwise)"
    )
    uid: str | None = Field(default=None, description="the account's uid (for its timeline)")
    app_key: str | None = Field(
        default=None, description="the Weibo app's key: rate limits are shared by the app"
    )
    rip: str | None = Field(
        default=None,
        description="fallback operator IP for share.json's rip when the publish context has none",
    )
    token_expires_at: datetime | None = Field(
        default=None,
        description="when the token expires (server apps get no refresh token: a human "
        "re-authorises); after it, govpub stops with 21327 before sending",
    )
    comments_enabled: bool = Field(
        default=True,
        description="whether the account keeps comments open (互动); Weibo sets this in the "
        "account's privacy settings, not per post — read by the health checks",
    )
    supports_delete: bool = Field(
        default=True,
        description="whether the app may call statuses/destroy (UNCONFIRMED since 2017); "
        "false turns every retract into a manual task",
    )
    rate_limit_wait: float = Field(
        default=3600.0,
        gt=0,
        description="wait after 10022–10024/20016 when rate_limit_status gives no reset time",
    )
    post_url_template: str = Field(
        default="https://m.weibo.cn/status/{id}",
        description="link to a post, from {id}, {mid} and {uid} (format UNCONFIRMED)",
    )
    timeline_count: int = Field(default=50, ge=1, le=100)
    reconcile_grace_seconds: float = Field(
        default=120.0,
        ge=0,
        description="after an unknown share, how long a post may take to appear in the "
        "timeline (20032: the server may be slow) before its absence is believed",
    )

    @field_validator("safe_domain")
    @classmethod
    def _domain(cls, value: str) -> str:
        host = host_of(f"https://{value.strip().rstrip('.')}/")
        if host is None or "/" in value or "." not in host:
            raise ValueError(f"safe_domain must be a domain name such as example.gov.cn: {value!r}")
        return host

    @field_validator("rip")
    @classmethod
    def _ip(cls, value: str | None) -> str | None:
        if value is not None:
            ipaddress.ip_address(value.strip())
            return value.strip()
        return value

    @field_validator("token_expires_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError("token_expires_at needs a time zone, e.g. 2030-01-01T00:00:00+08:00")
        return value
