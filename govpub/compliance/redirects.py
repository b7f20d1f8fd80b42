"""Addresses carried inside another address: the target of a redirect.

``https://www.gov.cn/redirect?url=https://m.tb.cn/h.x`` opens a government host,
and an open redirect there takes the reader on to the ad; so do redirectors such
as ``link.zhihu.com/?target=…``, and a page whose script reads its fragment
(``…/go#https://t.cn/x``).  A query or fragment value that is itself an absolute
address — as written, or percent-encoded once or twice (``https%3A%2F%2F…``,
``https%253A…``) — is carried; the link policy judges the carried addresses too
(:meth:`govpub.compliance.policy.Policy.classify_link`).  A bare host as a value
(``?site=t.cn``) is a word, not a redirect, and is not read: a redirect to it
stays on the site (``/t.cn``).

A carried address is read the way a browser reads a redirect's ``Location`` (the
WHATWG URL parser, https://url.spec.whatwg.org/#concept-basic-url-parser): tabs and
line breaks anywhere are dropped and leading spaces and controls trimmed
(``ht%09tps://t.cn/x``); a backslash is a slash (``https:\\\\t.cn/x``, ``/\\t.cn/x``);
a special scheme needs no slashes (``http:t.cn/x``, ``http:/t.cn/x`` open ``t.cn``
from an ``https`` page).  Two more carriers that redirectors use:

* a **value in base64** (``go.php?url=aHR0cHM6Ly90LmNuL3g``, the WordPress "go"
  plugins' form): read only when it starts as ``http`` does in base64 (``aHR0c``),
  so no other value is decoded;
* an address in the **path** (``https://www.gov.cn/r/https://t.cn/x``,
  ``…/go/https%3A%2F%2Ft.cn%2Fx``): a scheme with its slashes, written or
  percent-encoded once or twice (``%253A%252F%252F``), in any case (``hTtP://``), that
  starts a segment; a path's ``//`` alone is no address.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from urllib.parse import unquote

from govpub.compliance.regex_cache import regex

__all__ = ["carried_urls", "may_carry"]

#: A query's or fragment's parts; ``?`` is not a separator (a carried address has its own).
_PARTS = regex(r"[&;#]")
#: Percent-encoding applied at most this often (a redirect chain encodes once per hop).
_DECODES = 3
#: What a carried address may start with once decoded: a web scheme and any slashes (or
#: none), or two slashes (a backslash is a slash).
_ABSOLUTE = regex(r"(?:(https?|ftp):[/\\]*+|[/\\]{2,}+)(?=[^/\\])", re.IGNORECASE)
#: A browser drops these anywhere in an address, before anything else.
_TABS = str.maketrans("", "", "\t\n\r")
#: What a browser trims from both ends of an address: C0 controls and the space.
_C0_SPACE = "".join(map(chr, range(0x21)))
#: ``http`` in base64 (``aHR0cHM6Ly9`` is ``https://``), at the start of a value.
_BASE64_HTTP = "aHR0c"
_BASE64 = regex(r"aHR0c[A-Za-z0-9+/_\-]*={0,2}")
#: Something in a query or fragment that may be a carried address: slashes, an escape, a
#: backslash, a scheme's colon (``http:t.cn``), base64's ``http``.
_CARRY_SIGNS = ("//", "%", ":", "\\", _BASE64_HTTP)
#: A scheme with its slashes starting a path segment (or a value in it), as written or
#: percent-encoded; glued to other text (``a)https://…``) it is no segment of its own.
_IN_PATH = regex(
    r"(?<=[/=])(?:https?|ftp)(?::|%(?:25)?3a)(?:[/\\]|%(?:25)?(?:2f|5c))", re.IGNORECASE
)


def may_carry(url: str) -> bool:
    """Whether ``url`` may carry an address: its query or fragment holds one of
    :data:`_CARRY_SIGNS`, or its path a scheme (:data:`_IN_PATH`).

    The cheap test before :func:`carried_urls`, for the many addresses that carry none.
    """
    if "?" not in url and "#" not in url and _no_scheme_after_its_own(url):
        return False  # no query, no fragment, no scheme in the path: most links, at once
    tail = _tail_start(url)
    return _tail_may_carry(url, tail) or _in_path(url, tail) is not None


def _tail_may_carry(url: str, tail: int) -> bool:
    """Whether the query or fragment from ``tail`` holds one of :data:`_CARRY_SIGNS`."""
    if tail < 0:
        return False
    rest = url[tail:]
    # (written out: a loop over the signs costs more than the tests, for every address)
    return "//" in rest or "%" in rest or ":" in rest or "\\" in rest or _BASE64_HTTP in rest


def carried_urls(url: str) -> Iterator[str]:
    """The absolute addresses in ``url``'s query, fragment and path, decoded, in order."""
    tail = _tail_start(url)
    if _tail_may_carry(url, tail):
        for part in _PARTS.split(url[tail:]):
            _, equals, value = part.partition("=")
            for candidate in (value, part) if equals else (part,):
                carried = _absolute(_decoded(candidate))
                if carried is not None:
                    yield carried
                    break
    in_path = _in_path(url, tail)
    if in_path is not None:
        carried = _absolute(_decoded(url[in_path.start() :]))
        if carried is not None:
            yield carried


def _in_path(url: str, tail: int) -> re.Match[str] | None:
    """A scheme starting a segment of ``url``'s path (which ends where ``tail`` starts)."""
    if _no_scheme_after_its_own(url):
        return None  # the common case
    end = tail - 1 if tail >= 0 else len(url)
    slash = url.find("/", url.find("://") + 3)  # (-1 + 3 without a scheme: from 2)
    return None if slash < 0 else _IN_PATH.search(url, slash, end)


def _no_scheme_after_its_own(url: str) -> bool:
    """Whether ``url`` holds no ``http`` or ``ftp`` after the address's own scheme.

    In any case: a browser reads a scheme's letters in any case, so a redirect's path
    may carry ``hTtP://t.cn/x`` or ``HtTps%3A%2F%2F…`` (red team 18).  One search of the
    address in lower case (lowering an address and one search cost less than the two
    searches for ``tp`` and ``TP`` it replaces; a character that lowers to two only moves
    the search's start earlier).
    """
    return url.lower().find("tp", 6) < 0


def _absolute(value: str) -> str | None:
    """``value`` as the absolute web address a browser's redirect opens, if it is one.

    ``None`` for a relative address or a word.  Slashes and backslashes after the
    scheme are written as ``//``; without a scheme, ``https:`` is put before them.
    """
    if "\t" in value or "\n" in value or "\r" in value:
        value = value.translate(_TABS)
    value = value.strip(_C0_SPACE)
    if value.startswith(_BASE64_HTTP):
        value = _from_base64(value)
    match = _ABSOLUTE.match(value)
    if match is None:
        return None
    scheme = (match.group(1) or "https").lower()
    return f"{scheme}://{value[match.end() :]}"


def _from_base64(value: str) -> str:
    """A base64 value (standard or URL-safe alphabet, padding optional) decoded, when it
    decodes to ASCII text; otherwise the value unchanged."""
    match = _BASE64.match(value)
    if match is None:
        return value
    data = match.group().rstrip("=").replace("-", "+").replace("_", "/")
    try:
        decoded = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
        return decoded.decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return value


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
