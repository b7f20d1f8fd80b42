"""Addresses carried inside another address: the target of a redirect.

``https://www.gov.cn/redirect?url=https://m.tb.cn/h.x`` opens a government host,
and an open redirect there takes the reader on to the ad; so do redirectors such
as ``link.zhihu.com/?target=…``, and a page whose script reads its fragment
(``…/go#https://t.cn/x``).  A query or fragment value that is itself an absolute
address — as written, or percent-encoded once or twice (``https%3A%2F%2F…``,
``https%253A…``) — is carried; the link policy judges the carried addresses too
(:meth:`govpub.compliance.policy.Policy.classify_link`).  A bare host as a value
(``?site=t.cn``) is a word, not a redirect, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

__all__ = ["carried_urls", "may_carry"]

#: A query's or fragment's parts; ``?`` is not a separator (a carried address has its own).
_PARTS = re.compile(r"[&;#]")
_ABSOLUTE = ("http://", "https://", "//")
#: Percent-encoding applied at most this often (a redirect chain encodes once per hop).
_DECODES = 3


def may_carry(url: str) -> bool:
    """Whether ``url`` may carry an address: its query or fragment holds ``//`` or an escape.

    (Every absolute address has its two slashes, written or percent-encoded.)  The
    cheap test before :func:`carried_urls`, for the many addresses that carry none.
    """
    cut = _tail_start(url)
    return cut >= 0 and ("//" in url[cut:] or "%" in url[cut:])


def carried_urls(url: str) -> Iterator[str]:
    """The absolute addresses in ``url``'s query and fragment, decoded, in order."""
    if not may_carry(url):
        return
    for part in _PARTS.split(url[_tail_start(url) :]):
        _, equals, value = part.partition("=")
        for candidate in (value, part) if equals else (part,):
            carried = _decoded(candidate).strip()
            if carried.lower().startswith(_ABSOLUTE):
                yield "https:" + carried if carried.startswith("//") else carried
                break


def _tail_start(url: str) -> int:
    """Where the query (or, without one, the fragment) begins; -1 for neither.

    The first ``?`` or ``#``, whichever comes first: a ``?`` after the ``#`` is the
    carried address's own (``a.htm#https://s.click.taobao.com/t?e=1``).
    """
    query, fragment = url.find("?"), url.find("#")
    if query < 0 or 0 <= fragment < query:
        query = fragment
    return query + 1 if query >= 0 else -1


def _decoded(value: str) -> str:
    for _ in range(_DECODES):
        if "%" not in value:
            break
        decoded = unquote(value)
        if decoded == value:
            break
        value = decoded
    return value
