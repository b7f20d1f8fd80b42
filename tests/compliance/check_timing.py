"""Timing ``check`` for the tests that guard against quadratic work: a ratio, not a clock."""

from __future__ import annotations

import time
from collections.abc import Callable

from govpub import Post, check


def check_body(body: str) -> object:
    """``check`` of a post whose body is ``body``: what the guards time unless told otherwise."""
    return check(Post(title="通知", body=body))


def seconds_to_check(
    body: str, *, runs: int = 3, work: Callable[[str], object] = check_body
) -> float:
    """The best of ``runs`` runs of ``work`` (``check``) on ``body`` (wall clock)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work(body)
        times.append(time.perf_counter() - started)
    return min(times)


def grows_linearly(
    small: str, large: str, *, within: float, work: Callable[[str], object] = check_body
) -> bool:
    """Whether ``work`` (``check``) on ``large`` (ten times ``small``) takes under ``within``
    seconds, or under 25 times as long as on ``small``: ten times the text, about ten times the
    time, where work quadratic in the text takes a hundred — and on a busy machine both slow
    down alike."""
    work(small[:10])  # (first-use tables built before timing)
    took = seconds_to_check(large, work=work)
    return took < within or took < 25 * seconds_to_check(small, work=work)
