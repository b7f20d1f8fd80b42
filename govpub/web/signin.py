"""Sign-in without passwords: a server nonce signed with the user's Ed25519 key in the browser.

1. the browser sends the public key it holds (``ed25519:…``); if it is a
   registered reviewer's key, the server issues a one-time nonce, valid for two
   minutes and bound to that key;
2. the browser signs :func:`signin_message` — a context string, the console's
   origin and the nonce — with the non-extractable ``CryptoKey`` it keeps in
   IndexedDB (WebCrypto Ed25519);
3. the server verifies the signature with the registered key and takes the
   nonce out of play, signed in or not.

The message starts with ``govpub-signin/1``, never with ``{``, so a sign-in
signature can never pass for an approval (whose signed bytes are a canonical
JSON object) and an approval can never sign anyone in.  The origin in the
message stops a signature made for one console from signing in at another.

Attempts are rate-limited per client address and per key (:class:`RateLimiter`);
the routes audit every attempt in the ledger (``web.signin``, ``web.signin_refused``).
"""

from __future__ import annotations

import secrets
import time
from collections import deque
from collections.abc import Callable

__all__ = ["SIGNIN_CONTEXT", "Challenges", "RateLimiter", "signin_message"]

SIGNIN_CONTEXT = "govpub-signin/1"
_NONCE_TTL = 120.0
_MAX_OPEN = 10_000


def signin_message(nonce: str, origin: str) -> bytes:
    """The bytes the browser signs to sign in (see the module docstring)."""
    return f"{SIGNIN_CONTEXT}\n{origin}\n{nonce}".encode()


class Challenges:
    """One-time nonces, each bound to the public key it was issued for."""

    def __init__(
        self, *, ttl: float = _NONCE_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._open: dict[str, tuple[float, str]] = {}

    def issue(self, public_key: str) -> str:
        """A new nonce for ``public_key``."""
        now = self._clock()
        if len(self._open) >= _MAX_OPEN:
            self._open = {n: e for n, e in self._open.items() if e[0] > now}
            while len(self._open) >= _MAX_OPEN:  # still full of live ones: drop the oldest
                self._open.pop(next(iter(self._open)))
        nonce = secrets.token_urlsafe(32)
        self._open[nonce] = (now + self._ttl, public_key)
        return nonce

    def take(self, nonce: str, public_key: str) -> bool:
        """Whether ``nonce`` is live and was issued for ``public_key``; it is used up either way."""
        entry = self._open.pop(nonce, None)
        return entry is not None and entry[0] > self._clock() and entry[1] == public_key


class RateLimiter:
    """At most ``attempts`` per ``window`` seconds for each key (a client address, a public key)."""

    def __init__(
        self,
        *,
        attempts: int = 10,
        window: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._attempts = attempts
        self._window = window
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        """Count one attempt for ``key``; ``False`` when it is over the limit."""
        now = self._clock()
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= now - self._window:
            times.popleft()
        if len(times) >= self._attempts:
            return False
        times.append(now)
        if len(self._seen) > _MAX_OPEN:  # forget idle keys so that the table stays small
            self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > now - self._window}
        return True
