"""The sandbox's world: configuration, clock, accounts, records, counters, faults.

One :class:`SandboxState` backs one running sandbox (``create_app(state)``).
Tests reach it directly (``server.state``) when the sandbox runs in a thread of
the test process, or through the ``/_sandbox/…`` endpoints when it runs in a
process of its own.  Every read and write holds ``state.lock``: the server
mutates it on its event loop while a test thread reads it.

The clock is the sandbox's own (``time.time()`` plus an offset the control API
can advance): token lifetimes, publish-job delays, rate-limit windows and the
Weibo repeat window follow it, so a test can jump two hours ahead instead of
waiting.  Webhook signature timestamps are checked against real time, because
the client signs with real time.
"""

from __future__ import annotations

import hashlib
import itertools
import secrets
import struct
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from govpub.errors import ConfigError
from govpub.sandbox.accounts import (
    AppTenant,
    WeChatApp,
    WeChatToken,
    WeiboAccount,
    check_tenant,
    decode_webhook_secret,
    spec_field,
    specs_from_matrix,
)
from govpub.sandbox.faults import FaultPlan, FaultRule, parse_faults
from govpub.sandbox.inflight import InFlight
from govpub.sandbox.records import Counters, Record, RecordState, summarize

__all__ = ["Clock", "SandboxConfig", "SandboxState"]


class SandboxConfig(BaseModel):
    """Tunable behaviour of the emulators (``PATCH /_sandbox/config`` changes it live)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    seed: int = Field(default=0, description="seeds fault decisions and every random choice")
    latency: float = Field(default=0.0, ge=0, description="fixed delay added to every API call (s)")
    token_ttl: float = Field(default=7200.0, gt=0, description="WeChat access_token lifetime (s)")
    classic_token_grace: float = Field(
        default=300.0, ge=0, description="how long the previous classic token keeps working (s)"
    )
    stable_force_per_day: int = Field(default=20, ge=0, description="force_refresh calls per day")
    publish_delay: float = Field(
        default=0.0, ge=0, description="seconds a freepublish job stays at publish_status 1"
    )
    publish_id_number: float = Field(
        default=0.5, ge=0, le=1, description="share of publish_ids sent as JSON numbers"
    )
    freepublish_get_daily_quota: int | None = Field(
        default=None, ge=0, description="freepublish/get calls per app per day before 45009"
    )
    weibo_token_ttl: float = Field(default=157_680_000.0, gt=0, description="Weibo token (s)")
    weibo_length_limit: int = Field(default=140, ge=1)
    weibo_length_mode: Literal["chars", "half_ascii"] = Field(
        default="chars", description="chars: every character counts 1; half_ascii: ASCII ½"
    )
    weibo_repeat_window: float = Field(
        default=600.0,
        ge=0,
        description="within this window the same text again → 20019, the same text with other "
        "links → 20017 (s)",
    )
    weibo_short_links: bool = Field(
        default=True,
        description="links in a status's text become http://t.cn/… as Weibo shows them "
        "(short_url/expand.json gives the long URL back)",
    )
    weibo_posts_per_hour: int | None = Field(default=30, ge=1, description="share calls per hour")
    weibo_error_code_string: float = Field(
        default=0.5, ge=0, le=1, description="share of Weibo errors whose error_code is a string"
    )
    weibo_error_http_200: float = Field(
        default=0.0, ge=0, le=1, description="share of Weibo errors sent with HTTP 200"
    )
    weibo_delete_granted: bool = Field(
        default=True, description="default for new accounts: statuses/destroy allowed"
    )
    webhook_tolerance: float = Field(default=300.0, ge=0, description="±seconds (own app)")


class Clock:
    """Wall time plus an offset that tests can advance."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        """The sandbox's current time (Unix seconds)."""
        return time.time() + self.offset

    def advance(self, seconds: float) -> float:
        """Move the sandbox's time forward; returns the new time."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        self.offset += seconds
        return self.now()


class SandboxState:
    """Everything one sandbox knows; see the module docstring for threading and time."""

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        faults: FaultPlan | str | None = None,
        seed: int | None = None,
    ) -> None:
        self.config = config or SandboxConfig()
        if seed is not None:
            self.config.seed = seed
        self._initial_config = self.config.model_copy()
        self.lock = threading.RLock()
        self.clock = Clock()
        self.counters = Counters()
        self.in_flight = InFlight()
        self.faults = FaultPlan()
        self.set_faults(faults)
        self.wechat: dict[str, WeChatApp] = {}
        self.wechat_tokens: dict[str, WeChatToken] = {}
        self.weibo: dict[str, WeiboAccount] = {}
        self.weibo_tokens: dict[str, str] = {}
        self.short_links: dict[str, str] = {}
        self.apps: dict[str, AppTenant] = {}
        self.pending_apps: set[str] = set()
        self._records: list[Record] = []
        self._tags: list[tuple[str, str]] = []
        self._windows: dict[str, tuple[float, FaultRule]] = {}
        self._seq = itertools.count(1)

    def __repr__(self) -> str:
        return (
            f"<SandboxState wechat={len(self.wechat)} weibo={len(self.weibo)} "
            f"app={len(self.apps)} records={len(self._records)}>"
        )

    # -- accounts -------------------------------------------------------------------

    def register_wechat(self, app_id: str, app_secret: str, *, verified: bool = True) -> WeChatApp:
        """Add (or replace) an Official Account; ``verified=False`` refuses freepublish (48001)."""
        if not app_id or not app_secret:
            raise ConfigError("a WeChat account needs app_id and app_secret", key="app_id")
        app = WeChatApp(app_id=app_id, app_secret=app_secret, verified=verified)
        with self.lock:
            self.wechat[app_id] = app
        return app

    def register_weibo(
        self,
        access_token: str,
        safe_domain: str,
        *,
        uid: str | None = None,
        screen_name: str | None = None,
        delete_granted: bool | None = None,
    ) -> WeiboAccount:
        """Add a Weibo user who authorised the app; ``safe_domain`` is the app's 安全域名.

        ``safe_domain=""`` emulates an app with no safe domain ("appkey not bind domain!").
        """
        if not access_token:
            raise ConfigError("a Weibo account needs an access_token", key="access_token")
        if uid is None:
            digest = hashlib.sha256(access_token.encode()).digest()
            uid = str(1_000_000_000 + int.from_bytes(digest[:4], "big") % 8_999_999_999)
        now = self.clock.now()
        account = WeiboAccount(
            uid=str(uid),
            access_token=access_token,
            safe_domain=safe_domain.lower().strip().rstrip("."),
            screen_name=screen_name or f"sandbox_{uid}",
            delete_granted=self.config.weibo_delete_granted
            if delete_granted is None
            else delete_granted,
            token_created=now,
            token_expires_at=now + self.config.weibo_token_ttl,
        )
        with self.lock:
            old = self.weibo.get(account.uid)
            if old is not None:
                self.weibo_tokens.pop(old.access_token, None)
            self.weibo[account.uid] = account
            self.weibo_tokens[access_token] = account.uid
        return account

    def register_app(
        self,
        tenant: str,
        webhook_secret: str | Iterable[str],
        *,
        public_keys: Iterable[bytes] = (),
    ) -> AppTenant:
        """Add an app-backend tenant with one or more ``whsec_`` secrets (key rotation).

        ``public_keys`` (raw 32-byte Ed25519 keys) enable ``v1a`` signatures as well.
        """
        check_tenant(tenant)
        given = [webhook_secret] if isinstance(webhook_secret, str) else list(webhook_secret)
        keys = [decode_webhook_secret(s, where=f"app:{tenant}.webhook_secret") for s in given]
        if not keys:
            raise ConfigError(f"tenant {tenant!r} needs a webhook secret", key="webhook_secret")
        app = AppTenant(tenant=tenant, keys=keys, public_keys=list(public_keys))
        with self.lock:
            self.apps[tenant] = app
        return app

    def register(self, spec: Mapping[str, Any]) -> str:
        """Register one account from a JSON-like spec (``{"platform": "wechat", ...}``).

        Returns its key (``wechat:<app_id>``, ``weibo:<uid>``, ``app:<tenant>``).
        """
        platform = spec.get("platform")
        if platform == "wechat":
            app = self.register_wechat(
                spec_field(spec, "app_id"),
                spec_field(spec, "app_secret"),
                verified=bool(spec.get("verified", True)),
            )
            return f"wechat:{app.app_id}"
        if platform == "weibo":
            account = self.register_weibo(
                spec_field(spec, "access_token"),
                spec_field(spec, "safe_domain", required=False) or "",
                uid=spec.get("uid"),
                screen_name=spec.get("screen_name"),
                delete_granted=spec.get("delete_granted"),
            )
            return f"weibo:{account.uid}"
        if platform == "app":
            secret = spec_field(spec, "webhook_secret")
            tenant = self.register_app(spec_field(spec, "tenant"), secret)
            return f"app:{tenant.tenant}"
        raise ConfigError(
            f"unknown platform {platform!r} (expected wechat, weibo or app)", key="platform"
        )

    def register_matrix(self, matrix: Any, *, base_url: str | None = None) -> list[str]:
        """Register every account of a govpub ``Matrix`` that points at the sandbox."""
        return [self.register(spec) for spec in specs_from_matrix(matrix, base_url=base_url)]

    @classmethod
    def from_matrix(
        cls,
        matrix: Any,
        *,
        base_url: str | None = None,
        config: SandboxConfig | None = None,
        faults: FaultPlan | str | None = None,
    ) -> SandboxState:
        """A new state with the matrix's sandbox accounts registered (see ``specs_from_matrix``)."""
        state = cls(config, faults=faults)
        state.register_matrix(matrix, base_url=base_url)
        return state

    def accounts(self) -> list[dict[str, Any]]:
        """Every registered account, without secrets."""
        with self.lock:
            return [
                *(a.describe() for a in self.wechat.values()),
                *(a.describe() for a in self.weibo.values()),
                *(a.describe() for a in self.apps.values()),
            ]

    # -- faults, windows, randomness ------------------------------------------------

    def set_faults(self, faults: FaultPlan | str | None, *, seed: int | None = None) -> FaultPlan:
        """Replace the fault plan (a spec string is parsed with the state's seed)."""
        if seed is not None:
            self.config.seed = seed
        plan = (
            faults if isinstance(faults, FaultPlan) else parse_faults(faults, seed=self.config.seed)
        )
        self.faults = plan
        return plan

    def open_window(self, account: str, rule: FaultRule, seconds: float) -> None:
        """Answer every call of ``account`` like ``rule`` for ``seconds`` (a rate-limit window)."""
        with self.lock:
            self._windows[account] = (self.clock.now() + seconds, rule)

    def window(self, account: str) -> tuple[float, FaultRule] | None:
        """The open rate-limit window of ``account``: (seconds left, rule), or ``None``."""
        with self.lock:
            entry = self._windows.get(account)
            if entry is None:
                return None
            left = entry[0] - self.clock.now()
            if left <= 0:
                del self._windows[account]
                return None
            return left, entry[1]

    def chance(self, name: str, key: str, probability: float) -> bool:
        """A seeded, order-independent coin: the same (seed, name, key) always gives the same."""
        if probability <= 0:
            return False
        if probability >= 1:
            return True
        raw = f"{self.config.seed}\x1f{name}\x1f{key}".encode()
        (value,) = struct.unpack(">Q", hashlib.blake2b(raw, digest_size=8).digest())
        return float(value) / 2.0**64 < probability

    def next_seq(self) -> int:
        """A sandbox-wide sequence number (ids, record numbers)."""
        return next(self._seq)

    @staticmethod
    def random_id(n: int = 32) -> str:
        """An opaque random identifier (media ids, tokens)."""
        return secrets.token_urlsafe(n)[:n]

    # -- records --------------------------------------------------------------------

    def add_record(
        self,
        *,
        platform: str,
        account: str,
        platform_id: str,
        title: str,
        content: str,
        post_id: str | None = None,
        state: RecordState = "published",
        details: dict[str, Any] | None = None,
    ) -> Record:
        """Write down one accepted publication (callers hold ``lock``)."""
        record = Record.make(
            self.next_seq(),
            platform=platform,
            account=account,
            platform_id=platform_id,
            title=title,
            content=content,
            time=self.clock.now(),
            post_id=post_id,
            state=state,
            details=details,
        )
        if record.post_id is None:
            for tagged, needle in self._tags:
                if record.contains(needle):
                    record.post_id = tagged
                    break
        self._records.append(record)
        return record

    def tag_post(self, post_id: str, contains: str) -> int:
        """Attribute WeChat/Weibo records whose title or content contains ``contains`` to a post.

        Applies to existing records and to later ones; returns how many existing
        records were tagged.  (The app payload carries its post id itself.)
        """
        if not contains:
            raise ConfigError("tag_post needs a non-empty text to look for", key="contains")
        with self.lock:
            self._tags.append((post_id, contains))
            tagged = 0
            for record in self._records:
                if record.post_id is None and record.contains(contains):
                    record.post_id = post_id
                    tagged += 1
            return tagged

    def records(
        self,
        *,
        platform: str | None = None,
        account: str | None = None,
        post_id: str | None = None,
        contains: str | None = None,
        live: bool | None = None,
    ) -> list[Record]:
        """Accepted publications, filtered; ``live=True`` drops deleted and rejected ones."""
        with self.lock:
            self.settle()
            return [
                r
                for r in self._records
                if (platform is None or r.platform == platform)
                and (account is None or r.account == account)
                and (post_id is None or r.post_id == post_id)
                and (contains is None or r.contains(contains))
                and (live is None or r.live == live)
            ]

    def publications(self, **filters: Any) -> dict[str, Any]:
        """Live publications per account and the accounts with duplicates (see ``summarize``)."""
        filters.pop("live", None)
        return summarize(self.records(**filters))

    def settle(self) -> None:
        """Finish every WeChat publish job whose time has come (updates records and drafts)."""
        with self.lock:
            now = self.clock.now()
            for app_id in list(self.pending_apps):
                app = self.wechat.get(app_id)
                if app is None or not app.settle(now):
                    self.pending_apps.discard(app_id)

    # -- control --------------------------------------------------------------------

    def count(self, account: str, name: str, n: int = 1) -> None:
        """Count a call, a minted token, an error or a fault for ``account``."""
        with self.lock:
            self.counters.add(account, name, n)

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's time forward (tokens expire, jobs finish, windows close)."""
        with self.lock:
            return self.clock.advance(seconds)

    def expire_tokens(self, platform: str, account: str) -> int:
        """Expire an account's current tokens now; returns how many were expired.

        WeChat: the next business call gets 42001.  Weibo: the token is dead
        (21327) until :meth:`reauthorize`.
        """
        now = self.clock.now()
        with self.lock:
            if platform == "wechat":
                app = self.wechat.get(account)
                if app is None:
                    raise ConfigError(f"no WeChat account {account!r}", key="account")
                expired = 0
                for token in (app.stable_token, app.classic_token):
                    if token is not None and token.expires_at > now:
                        token.expires_at = now
                        expired += 1
                return expired
            if platform == "weibo":
                user = self.weibo.get(account)
                if user is None:
                    raise ConfigError(f"no Weibo account {account!r}", key="account")
                user.token_expires_at = min(user.token_expires_at, now)
                return 1
        raise ConfigError(f"platform {platform!r} has no tokens", key="platform")

    def reauthorize(self, uid: str) -> None:
        """A human re-authorised the Weibo app: the same token lives again for the full term."""
        with self.lock:
            user = self.weibo.get(uid)
            if user is None:
                raise ConfigError(f"no Weibo account {uid!r}", key="account")
            user.revoked = False
            user.token_created = self.clock.now()
            user.token_expires_at = user.token_created + self.config.weibo_token_ttl

    def reset(self, *, keep_accounts: bool = False) -> None:
        """Back to the state at creation: no records, counters, faults, windows, content,
        clock offset or setting changes — and no accounts, unless ``keep_accounts``."""
        with self.lock:
            self.config = self._initial_config.model_copy()
            accounts = (
                [
                    *(
                        {
                            "platform": "wechat",
                            "app_id": a.app_id,
                            "app_secret": a.app_secret,
                            "verified": a.verified,
                        }
                        for a in self.wechat.values()
                    ),
                    *(
                        {
                            "platform": "weibo",
                            "access_token": a.access_token,
                            "safe_domain": a.safe_domain,
                            "uid": a.uid,
                            "screen_name": a.screen_name,
                            "delete_granted": a.delete_granted,
                        }
                        for a in self.weibo.values()
                    ),
                ]
                if keep_accounts
                else []
            )
            tenants = list(self.apps.values()) if keep_accounts else []
            self.wechat.clear()
            self.wechat_tokens.clear()
            self.weibo.clear()
            self.weibo_tokens.clear()
            self.short_links.clear()
            self.apps.clear()
            self.pending_apps.clear()
            self._records.clear()
            self._tags.clear()
            self._windows.clear()
            self.counters.clear()
            self.in_flight.clear_peaks()
            self.faults = FaultPlan((), seed=self.config.seed)
            self.clock.offset = 0.0
            for spec in accounts:
                self.register(spec)
            for tenant in tenants:
                self.apps[tenant.tenant] = AppTenant(
                    tenant=tenant.tenant, keys=tenant.keys, public_keys=tenant.public_keys
                )
