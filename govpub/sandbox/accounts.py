"""What the sandbox knows about each emulated account: credentials, tokens, stored content.

Credentials use the field names of govpub's adapters, so that a matrix can be
registered as it is (:func:`specs_from_matrix`):

* WeChat (微信公众号): ``app_id`` + ``app_secret``;
* Weibo (微博): ``access_token``, the app's 安全域名 ``safe_domain`` and the ``uid``;
* the own app: a tenant (the last path segment of the account's ``api_base``)
  and its ``webhook_secret`` (``whsec_`` + base64, Standard Webhooks v1).

In the sandbox these are plain strings — it is the test double of the
platform, which knows the secrets by definition.  They are never shown by the
inspection endpoints.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import SecretStr

from govpub.errors import ConfigError
from govpub.sandbox.records import Record

__all__ = [
    "AppPost",
    "AppTenant",
    "Draft",
    "IdempotencyEntry",
    "Media",
    "PublishJob",
    "WeChatApp",
    "WeChatToken",
    "WeiboAccount",
    "WeiboStatus",
    "decode_webhook_secret",
    "specs_from_matrix",
]

_TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_APP_PATH = re.compile(r"/app/([^/]+)$")


# -- WeChat ---------------------------------------------------------------------------


@dataclass
class WeChatToken:
    """An access token: ``stable`` (getStableAccessToken) or ``classic`` (``/cgi-bin/token``)."""

    value: str
    app_id: str
    kind: Literal["stable", "classic"]
    issued_at: float
    expires_at: float
    superseded_at: float | None = None

    def check(self, now: float) -> int:
        """0 if usable now, 40001 if a newer token replaced it, 42001 if it expired."""
        if self.superseded_at is not None and now >= self.superseded_at:
            return 40001
        if now >= self.expires_at:
            return 42001
        return 0


@dataclass
class Media:
    """A permanent material (``material/add_material``)."""

    media_id: str
    type: str
    size: int
    url: str | None = None


@dataclass
class Draft:
    """A draft in the draft box (``draft/add``); it leaves the box once published."""

    media_id: str
    articles: list[dict[str, Any]]
    created: float
    updated: float


@dataclass
class PublishJob:
    """One ``freepublish/submit``: status 1 until ``finish_at``, then its outcome.

    ``outcome`` is 0 (success) or an injected failure 2/3/4; ``override`` is set
    by the control API for 5 (deleted by the user) and 6 (banned).
    """

    publish_id: str
    msg_data_id: str
    draft_media_id: str
    articles: list[dict[str, Any]]
    submitted_at: float
    finish_at: float
    outcome: int = 0
    fail_idx: list[int] = field(default_factory=list)
    article_id: str | None = None
    urls: list[str] = field(default_factory=list)
    deleted: list[bool] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    override: int | None = None
    settled: bool = False
    publish_id_number: bool = False

    def status(self, now: float) -> int:
        """``publish_status`` as ``freepublish/get`` reports it (new docs §3.5)."""
        if self.override is not None:
            return self.override
        if not self.settled and now < self.finish_at:
            return 1
        if self.outcome == 0 and self.deleted and all(self.deleted):
            return 5
        return self.outcome


@dataclass
class WeChatApp:
    """An Official Account: its secret, its tokens, its materials, drafts and publish jobs."""

    app_id: str
    app_secret: str
    verified: bool = True
    stable_token: WeChatToken | None = None
    classic_token: WeChatToken | None = None
    force_refreshes: list[float] = field(default_factory=list)
    media: dict[str, Media] = field(default_factory=dict)
    images: dict[str, int] = field(default_factory=dict)
    drafts: dict[str, Draft] = field(default_factory=dict)
    jobs: dict[str, PublishJob] = field(default_factory=dict)
    articles: dict[str, PublishJob] = field(default_factory=dict)
    get_calls: dict[int, int] = field(default_factory=dict)

    def settle(self, now: float) -> bool:
        """Finish the publish jobs whose time has come; ``True`` while some are still running.

        Success makes the article public (``article_id``, permanent URLs) and
        takes the draft out of the draft box, as the platform does; a failure
        leaves the draft where it was.
        """
        running = False
        for job in self.jobs.values():
            if job.settled:
                continue
            if now < job.finish_at:
                running = True
                continue
            job.settled = True
            if job.outcome == 0:
                job.article_id = secrets.token_urlsafe(32)
                job.urls = [
                    f"https://mp.weixin.qq.com/s/{secrets.token_urlsafe(16)}" for _ in job.articles
                ]
                job.deleted = [False] * len(job.articles)
                self.articles[job.article_id] = job
                self.drafts.pop(job.draft_media_id, None)
                for record, url in zip(job.records, job.urls, strict=True):
                    record.state = "published"
                    record.details.update(article_id=job.article_id, article_url=url)
            else:
                for record in job.records:
                    record.state = "rejected"
                    record.details.update(publish_status=job.outcome, fail_idx=job.fail_idx)
        return running

    def describe(self) -> dict[str, Any]:
        """A secret-free view for ``GET /_sandbox/accounts``."""
        return {
            "platform": "wechat",
            "account": self.app_id,
            "verified": self.verified,
            "drafts": len(self.drafts),
            "publishes": len(self.jobs),
            "media": len(self.media),
        }


# -- Weibo ----------------------------------------------------------------------------


@dataclass
class WeiboStatus:
    """A status (微博) posted through ``statuses/share``."""

    id: int
    text: str
    created_at: float
    record: Record
    pic: str | None = None
    deleted: bool = False


@dataclass
class WeiboAccount:
    """A Weibo user who authorised the app: token, safe domain, its statuses."""

    uid: str
    access_token: str
    safe_domain: str
    screen_name: str
    delete_granted: bool
    token_created: float
    token_expires_at: float
    revoked: bool = False
    statuses: list[WeiboStatus] = field(default_factory=list)
    by_id: dict[int, WeiboStatus] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        """A secret-free view for ``GET /_sandbox/accounts``."""
        return {
            "platform": "weibo",
            "account": self.uid,
            "safe_domain": self.safe_domain,
            "delete_granted": self.delete_granted,
            "revoked": self.revoked,
            "token_expires_at": self.token_expires_at,
            "statuses": sum(1 for s in self.statuses if not s.deleted),
        }


# -- own app --------------------------------------------------------------------------


@dataclass
class AppPost:
    """A post the app backend stored."""

    id: str
    post_id: str
    title: str
    body: str
    url: str
    created_at: float
    record: Record
    data: dict[str, Any]
    deleted: bool = False

    def to_json(self) -> dict[str, Any]:
        """What ``GET /app/{tenant}/posts/{id}`` answers."""
        return {
            "id": self.id,
            "url": self.url,
            "post_id": self.post_id,
            "title": self.title,
            "digest": self.data.get("digest"),
            "created_at": self.created_at,
            "deleted": self.deleted,
        }


@dataclass
class IdempotencyEntry:
    """One Idempotency-Key: the payload fingerprint and, once done, the stored answer."""

    fingerprint: str
    done: bool = False
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class AppTenant:
    """A tenant of the app backend: its webhook keys, posts and idempotency keys."""

    tenant: str
    keys: list[bytes]
    public_keys: list[bytes] = field(default_factory=list)
    retired: bool = False
    posts: dict[str, AppPost] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    idempotency: dict[str, IdempotencyEntry] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        """A secret-free view for ``GET /_sandbox/accounts``."""
        return {
            "platform": "app",
            "account": self.tenant,
            "retired": self.retired,
            "posts": sum(1 for p in self.posts.values() if not p.deleted),
        }


def decode_webhook_secret(secret: str, *, where: str) -> bytes:
    """The key bytes of a ``whsec_`` secret (Standard Webhooks v1: strip prefix, base64)."""
    if not secret.startswith("whsec_"):
        raise ConfigError("a webhook secret starts with 'whsec_'", key=where)
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError("the part after 'whsec_' is not base64", key=where) from None
    if not key:
        raise ConfigError("the webhook secret is empty", key=where)
    return key


def check_tenant(tenant: str) -> str:
    """A tenant name usable as a URL path segment."""
    if not _TENANT.match(tenant):
        raise ConfigError(
            f"tenant {tenant!r} must be 1-64 letters, digits, '_', '.' or '-'", key="tenant"
        )
    return tenant


# -- matrix → sandbox accounts --------------------------------------------------------


def _plain(value: Any) -> str | None:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if value is None:
        return None
    return str(value)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _field(account: Any, part: str, name: str, *, required: bool = True) -> str | None:
    value = _plain(getattr(getattr(account, part), name, None))
    if required and not value:
        raise ConfigError(
            f"account {account.id!r} points at the sandbox but has no {part}.{name}",
            key=f"accounts.{account.id}.{part}.{name}",
        )
    return value


def specs_from_matrix(matrix: Any, *, base_url: str | None = None) -> list[dict[str, Any]]:
    """The sandbox registrations for every account of ``matrix`` that points at the sandbox.

    An account points at the sandbox when its ``api_base`` starts with
    ``base_url`` (or, without ``base_url``, is on a loopback host) and its path
    ends in ``/wechat``, ``/weibo`` or ``/app/<tenant>``.  Credentials are read by
    attribute (``app_id``/``app_secret``, ``access_token``, ``webhook_secret``;
    Weibo ``settings.safe_domain`` and ``settings.uid``), so any adapter's typed
    models work.
    """
    prefix = base_url.rstrip("/") if base_url else None
    specs: list[dict[str, Any]] = []
    for account in matrix.accounts:
        api_base = (account.api_base or "").rstrip("/")
        if not api_base:
            continue
        parts = urlsplit(api_base)
        if prefix is not None:
            if not api_base.startswith(prefix + "/"):
                continue
        elif not _is_loopback(parts.hostname or ""):
            continue
        path = parts.path
        if path.endswith("/wechat"):
            specs.append(
                {
                    "platform": "wechat",
                    "app_id": _field(account, "credentials", "app_id"),
                    "app_secret": _field(account, "credentials", "app_secret"),
                }
            )
        elif path.endswith("/weibo"):
            uid = _field(account, "settings", "uid", required=False) or _field(
                account, "credentials", "uid", required=False
            )
            specs.append(
                {
                    "platform": "weibo",
                    "access_token": _field(account, "credentials", "access_token"),
                    "safe_domain": _field(account, "settings", "safe_domain"),
                    "uid": uid,
                    "screen_name": account.name,
                }
            )
        elif match := _APP_PATH.search(path):
            specs.append(
                {
                    "platform": "app",
                    "tenant": match.group(1),
                    "webhook_secret": _field(account, "credentials", "webhook_secret"),
                }
            )
    return specs


def spec_field(spec: Mapping[str, Any], name: str, *, required: bool = True) -> Any:
    """A field of a registration, with an error naming it when missing."""
    value = spec.get(name)
    if required and (value is None or value == ""):
        raise ConfigError(
            f"a {spec.get('platform', '?')} account needs {name!r}", key=f"accounts.{name}"
        )
    return value
