"""The WeChat ``access_token`` cache: one token per appid, one refresh at a time.

Rules (``shared/reference/wechat.md`` §2, after WxJava's
``BaseWxMpServiceImpl`` and the token pages ``api_getaccesstoken`` /
``api_getstableaccesstoken``):

* ``stable_token`` in normal mode by default: processes can call it without
  invalidating each other's tokens (the classic endpoint kicks out the previous
  token, so it needs a single refresher per appid);
* cached per appid and shared by every delivery of the account, treated as
  expired ``margin`` seconds early (60–300 s, never more than half the lifetime,
  because ``expires_in`` is the *remaining* lifetime and may be small);
* refreshed under a per-appid lock, re-checking the cache after acquiring it, so
  a burst of deliveries causes one token call, not one per delivery;
* :meth:`TokenCache.invalidate` drops a token only if it is still the one that
  failed — a newer token fetched by a concurrent delivery survives.

Tokens are registered with the redactor the moment they arrive.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from govpub._redact import register_secret

__all__ = ["SHARED_TOKENS", "TokenCache", "TokenStore", "early_expiry_margin"]

Fetch = Callable[[], Awaitable[tuple[str, float]]]


class TokenStore(Protocol):
    """Where adapters keep access tokens: this process (:class:`TokenCache`) or every worker's.

    :attr:`govpub.publisher.throttle.SendLimits.tokens` gives the one the
    publisher's workers share.
    """

    async def get(self, key: str, fetch: Fetch) -> str:
        """A fresh token for ``key``; ``fetch`` is called at most once however many wait."""

    def invalidate(self, key: str, token: str) -> bool:
        """Forget ``token`` if it is still the stored one; ``True`` if it was dropped."""


def early_expiry_margin(expires_in: float) -> float:
    """How many seconds before ``expires_in`` a token is treated as expired."""
    return min(300.0, max(60.0, expires_in * 0.1), expires_in / 2)


@dataclass(frozen=True)
class _Entry:
    token: str
    expires_at: float


class TokenCache:
    """Access tokens keyed by ``(api_base, appid, endpoint)``, shared by all deliveries.

    ``refreshes[key]`` counts token-endpoint calls, for tests and metrics.  Locks
    are kept per event loop, so one cache serves several loops (tests, the sync
    :class:`~govpub.Publisher` twin) without "bound to a different loop" errors.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._locks: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[str, asyncio.Lock]
        ] = weakref.WeakKeyDictionary()
        self.refreshes: Counter[str] = Counter()

    def __repr__(self) -> str:
        return f"<TokenCache {len(self._entries)} tokens>"

    def peek(self, key: str) -> str | None:
        """The cached token for ``key`` if it is still fresh, else ``None``."""
        entry = self._entries.get(key)
        if entry is None or entry.expires_at <= self._clock():
            return None
        return entry.token

    def _lock(self, key: str) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        per_loop = self._locks.setdefault(loop, {})
        lock = per_loop.get(key)
        if lock is None:
            lock = per_loop[key] = asyncio.Lock()
        return lock

    async def get(self, key: str, fetch: Fetch) -> str:
        """A fresh token for ``key``; calls ``fetch`` at most once however many wait."""
        token = self.peek(key)
        if token is not None:
            return token
        async with self._lock(key):
            token = self.peek(key)  # another delivery may have refreshed meanwhile
            if token is not None:
                return token
            token, expires_in = await fetch()
            register_secret(token)
            self.refreshes[key] += 1
            lifetime = max(expires_in - early_expiry_margin(expires_in), 0.0)
            self._entries[key] = _Entry(token, self._clock() + lifetime)
            return token

    def invalidate(self, key: str, token: str) -> bool:
        """Forget ``token`` if it is still the cached one; ``True`` if it was dropped."""
        entry = self._entries.get(key)
        if entry is not None and entry.token == token:
            del self._entries[key]
            return True
        return False

    def clear(self) -> None:
        """Forget every token (tests; a credentials change)."""
        self._entries.clear()
        self.refreshes.clear()


#: The process-wide cache every :class:`~govpub.platforms.wechat.WechatAdapter` uses by default.
SHARED_TOKENS = TokenCache()
