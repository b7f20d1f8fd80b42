"""Calls in progress, per platform and per account, and the most ever seen at once.

The publisher promises limits on concurrency (``platform_concurrency``,
``account_concurrency``) that must hold across every process sending for a
matrix — a second worker must not double them.  As with publications, the
proof must come from the platform's side: the sandbox counts each API call
from the moment it arrives (before its latency) until its answer has been sent
or its connection dropped, and keeps the peak per key.

Keys: the platform (``weibo``) and the account (``weibo:1001``), as in the
call counters.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence

__all__ = ["InFlight"]


class InFlight:
    """Thread-safe in-progress counts and their peaks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._now: Counter[str] = Counter()
        self._peak: Counter[str] = Counter()

    def __repr__(self) -> str:
        return f"<InFlight now={sum(self._now.values())} keys={len(self._peak)}>"

    def begin(self, keys: Sequence[str]) -> None:
        """A call started for each of ``keys``."""
        with self._lock:
            for key in keys:
                self._now[key] += 1
                self._peak[key] = max(self._peak[key], self._now[key])

    def end(self, keys: Sequence[str]) -> None:
        """The call counted by :meth:`begin` with ``keys`` has ended."""
        with self._lock:
            for key in keys:
                self._now[key] -= 1
                if not self._now[key]:
                    del self._now[key]

    def snapshot(self) -> dict[str, dict[str, int]]:
        """``{"now": {...}, "peak": {...}}``, keys sorted."""
        with self._lock:
            return self._copy()

    def clear_peaks(self) -> dict[str, dict[str, int]]:
        """The snapshot up to now; then the peaks start again from the calls in progress."""
        with self._lock:
            seen = self._copy()
            self._peak = Counter(self._now)
            return seen

    def _copy(self) -> dict[str, dict[str, int]]:
        return {"now": dict(sorted(self._now.items())), "peak": dict(sorted(self._peak.items()))}
