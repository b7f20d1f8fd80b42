"""Timing ``check`` for the tests that guard against quadratic work: a ratio, not a clock."""

from __future__ import annotations

import time
from collections.abc import Callable

from govpub import Post, check


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters: the texts a guard compares."""
    return (unit * (size // len(unit) + 1))[:size]


def check_body(body: str) -> object:
    """``check`` of a post whose body is ``body``: what the guards time unless told otherwise."""
    return check(Post(title="通知", body=body))


def seconds_to_check(
    body: str, *, runs: int = 3, work: Callable[[str], object] = check_body
) -> float:
    """The best of ``runs`` runs of ``work`` (``check``) on ``body``, in CPU seconds of this
    process: time spent waiting for a core that other jobs hold is not counted."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        work(body)
        times.append(time.process_time() - started)
    return min(times)


def best_of_each(
    *bodies: str, runs: int = 5, work: Callable[[str], object] = check_body
) -> list[float]:
    """The best of ``runs`` CPU timings of ``work`` on each of ``bodies``, the bodies timed in
    turn: a busy spell of the machine (CI's neighbours, a slowed clock) then slows every body's
    runs alike instead of only the runs of the body timed while it lasts — CI once saw 1.55× for
    two bodies timed one after the other that are 1.0–1.2× apart on a quiet machine."""
    work(bodies[0][:10])  # (first-use tables built before timing)
    best = [float("inf")] * len(bodies)
    for _ in range(runs):
        for index, body in enumerate(bodies):
            best[index] = min(best[index], seconds_to_check(body, runs=1, work=work))
    return best


def grows_linearly(
    small: str, large: str, *, within: float, work: Callable[[str], object] = check_body
) -> bool:
    """Whether ``work`` (``check``) on ``large`` (ten times ``small``) takes under ``within``
    CPU seconds, or under 25 times as long as on ``small``: ten times the text, about ten times
    the time, where work quadratic in the text takes a hundred.  The two are timed in turn,
    three times each, and the best of each compared: a busy spell slows both alike."""
    work(small[:10])  # (first-use tables built before timing)
    best_small = best_large = float("inf")
    for _ in range(3):
        best_small = min(best_small, seconds_to_check(small, runs=1, work=work))
        best_large = min(best_large, seconds_to_check(large, runs=1, work=work))
    return best_large < within or best_large < 25 * best_small
