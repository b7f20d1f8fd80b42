"""Timing ``check`` for the tests that guard against quadratic work: a ratio, not a clock."""

from __future__ import annotations

import time

from govpub import Post, check


def seconds_to_check(body: str, *, runs: int = 3) -> float:
    """The best of ``runs`` runs of ``check`` on a post whose body is ``body`` (wall clock)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        check(Post(title="通知", body=body))
        times.append(time.perf_counter() - started)
    return min(times)


def grows_linearly(small: str, large: str, *, within: float) -> bool:
    """Whether ``check`` on ``large`` (ten times ``small``) takes under ``within`` seconds, or
    under 25 times as long as on ``small``: ten times the text, about ten times the time,
    where work quadratic in the text takes a hundred — and on a busy machine both slow down
    alike."""
    check(Post(title="通知", body=small[:10]))  # (first-use tables built before timing)
    took = seconds_to_check(large)
    return took < within or took < 25 * seconds_to_check(small)
