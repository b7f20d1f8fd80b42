"""Whether a long field holds a short string, and where: the quick tests that gate the readers.

Many readers first ask whether a field holds a few characters at all (``&#``, ``<img``,
``[/``, ``此件``) and skip their work when it does not — the common case.  CPython looks for
a needle of two to five characters at about a nanosecond a character of the field: 15–20 µs
in a post of 20,000 characters that lacks it, and a check asked a dozen such questions of a
benchmark post's body (≈ 0.24 ms, docs/performance.md).  :func:`holds` answers the same
in two steps that each run at C's speed: the needle's first character alone (``memchr``,
0.1–1 µs), then an expression whose first step is that character (the regex engine skips to
it: ≈ 7 µs).  A needle of six characters or more is found as fast by ``in`` itself (its
search skips by the needle's length).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from govpub.compliance.regex_cache import regex

__all__ = ["holds", "occurrences"]

#: From this length on, ``needle in text`` is as fast (its search skips by the needle's length).
_LONG = 6


def holds(text: str, needle: str) -> bool:
    """``needle in text`` (``needle`` not empty), faster where ``text`` is long and lacks it."""
    if len(needle) >= _LONG or len(text) < _WORTH:
        return needle in text
    return needle[0] in text and _from_first(needle).search(text) is not None


#: Below this length a field is searched by ``in`` (the expression's call costs more).
_WORTH = 256


def occurrences(text: str, needle: str, low: int = 0, high: int | None = None) -> Iterator[int]:
    """Where ``needle`` starts in ``text[low:high]``, in order, overlapping ones too (``str.find``
    from each: the readers that look around a rare character or word find it so)."""
    stop = len(text) if high is None else high
    at = text.find(needle, low, stop)
    while at != -1:
        yield at
        at = text.find(needle, at + 1, stop)


@lru_cache(maxsize=64)
def _from_first(needle: str) -> re.Pattern[str]:
    """``needle`` as an expression that starts with its first character alone."""
    return regex(f"{re.escape(needle[0])}(?={re.escape(needle[1:])})")
