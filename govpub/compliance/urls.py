"""URLs read the way a browser reads them: WHATWG parsing (ada-url) and IDNA.

Every decision about a link — allowed source, ad, other host — is taken on the
host that :func:`parse_url` returns, never on the raw text, because the raw
text lies: ``https://www.gov.cn@evil.example/`` opens ``evil.example``;
``https://evil.example\\@www.gov.cn/`` opens ``evil.example`` too (a backslash
is a slash in special URLs); ``https://%77%77%77.gov.cn/``, ``www。gov。cn`` and
``ｗｗｗ．ｇｏｖ．ｃｎ`` are all ``www.gov.cn`` (percent-decoding and UTS-46
mapping of the host); ``WWW.GOV.CN.`` is ``www.gov.cn`` (case, and the root
label's trailing dot); a port never changes the host.  ada-url implements the
WHATWG URL Standard (https://url.spec.whatwg.org/#host-parsing) including its
IDNA step, so these all come out as a browser would open them.  A URL ada cannot
parse gives ``None`` and is never "allowed" (rules.md §6).

Domains written in configuration (``中国政府网.政务``) are converted with the
``idna`` package (UTS-46, strict IDNA2008 labels), so a typo in a config file is
reported instead of silently matching nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

import ada_url
import idna

from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex
from govpub.compliance.suffixes import is_public_suffix, registrable_domain

__all__ = [
    "DomainSet",
    "ParsedURL",
    "TrackingTest",
    "display_host",
    "is_public_suffix",
    "meant_url",
    "normalize_domain",
    "parse_url",
    "quick_host",
    "registrable_domain",
    "strip_query_params",
]

# A scheme is present when the text starts with a special scheme and a colon (WHATWG
# ignores missing slashes for those), any scheme with "://", or a known non-web scheme.
_SCHEME = regex(
    r"^[\x00-\x20]*(?:(?:https?|ftp|wss?|file):|[a-z][a-z0-9+.\-]*://"
    r"|(?:mailto|javascript|vbscript|data|tel|sms|about|blob):)",
    re.IGNORECASE,
)
_WEB_SCHEMES = frozenset({"http", "https", "ftp"})
_C0_SPACE = "".join(map(chr, range(0x21)))  # trimmed from both ends by a browser
_TABS = str.maketrans("", "", "\t\n\r")


@dataclass(frozen=True, slots=True)
class ParsedURL:
    """The parts of a URL that rules look at; ``host`` is ASCII, lower-case, no trailing dot."""

    href: str
    scheme: str
    host: str
    path: str
    query: str
    is_ip: bool

    @property
    def is_web(self) -> bool:
        """An http(s) or ftp URL with a host: something a reader's browser opens."""
        return self.scheme in _WEB_SCHEMES and bool(self.host)


@lru_cache(maxsize=8192)
def parse_url(raw: str) -> ParsedURL | None:
    """Parse ``raw`` like a browser's address bar; ``None`` when it cannot be parsed.

    Text without a scheme (``www.gov.cn/a``) is read as ``http://``; ``//host`` as
    ``https://``.  The host comes back in ASCII (punycode), lower case, with a
    single trailing dot removed; a host that still ends in a dot (``a.cn..``)
    opens nothing and gives ``None``.
    """
    text = raw.strip().strip(_C0_SPACE)
    if "\t" in text or "\n" in text or "\r" in text:
        text = text.translate(_TABS)  # a browser removes them before anything else
    if not text:
        return None

    if _SCHEME.match(text) is None:
        # "//host", and "/\\host" or "\\\\host": a backslash is a slash in a web URL
        relative = text[:2] in ("//", "\\\\", "/\\", "\\/")
        if not relative and _scheme_lookalike(text):
            return None
        text = ("https:" if relative else "http://") + text
    try:
        parts = ada_url.parse_url(
            text, attributes=("href", "protocol", "hostname", "pathname", "search", "host_type")
        )
    except ValueError:
        return None
    scheme = str(parts["protocol"]).rstrip(":")
    host = str(parts["hostname"])
    if host.endswith("."):
        host = host[:-1]
        if not host or host.endswith("."):
            return None
    return ParsedURL(
        href=str(parts["href"]),
        scheme=scheme,
        host=host,
        path=str(parts["pathname"]),
        query=str(parts["search"]).removeprefix("?"),
        is_ip=parts["host_type"] != ada_url.HostType.DEFAULT,
    )


def _scheme_lookalike(text: str) -> bool:
    """Whether ``text``, which has no scheme, starts with a word a scheme was meant to be.

    ``ht\u200btps://t.cn/x``, ``https;//t.cn/x``, ``https&#58;//t.cn/x``: a dotless first
    piece before ``//`` (or ending in ``:``/``;`` before one slash).  Read as a schemeless
    address (``http://`` put before it) its scheme would be the host — ``https``,
    ``https;`` — which no browser opens and no message should name; it is no address
    (:func:`meant_url` reads what it was meant to be).
    """
    cut = text.find("/")
    back = text.find("\\", 0, cut if cut >= 0 else len(text))
    if back >= 0:
        cut = back
    if cut <= 0 or "." in text[:cut]:
        return False
    return text[cut + 1 : cut + 2] in ("/", "\\") or text[cut - 1] in ":;"


# A scheme written with what a scheme cannot hold: spaces between its letters or before its
# colon (``h t t p s ://``), ``;`` for the colon (``https;//``), the colon and slashes
# percent-encoded (``https%3A%2F%2F``), then one to three slashes; or no colon and two
# slashes or three (``https//``: ``HTTP/1.1`` is no address).
_BROKEN_SCHEME = LazyPattern(
    r"[\x00-\x20]*+(h *t *t *p(?: *s)?|f *t *p) *"
    r"(?:(?::|;|%3a) *(?:[/\\]|%2f|%5c){1,3}|(?:[/\\]|%2f|%5c){2,3})",
    re.IGNORECASE,
)


def meant_url(raw: str) -> str | None:
    """The web address ``raw`` was meant to be when its scheme is written wrong; else ``None``.

    ``https;//t.cn/x``, ``https ://t.cn/x``, ``h t t p s ://t.cn/x`` and
    ``https%3A%2F%2Ft.cn%2Fx`` (the whole address percent-encoded) were meant as
    ``https://t.cn/x``.  No browser opens them so (:func:`parse_url` gives ``None`` or
    another host), but an editor's message should name the host the reader was shown.
    Look-alike and invisible characters (``ht\u200btps``, ``ｈｔｔｐｓ：／／``, ``&#58;``) are
    :func:`govpub.compliance.folding.written_url`'s: read them first.
    """
    match = _BROKEN_SCHEME.match(raw)
    if match is None:
        return None
    rest = raw[match.end() :]
    if "%" in match.group(0):  # encoded whole: the rest is encoded as the scheme is
        rest = unquote(rest)
    return f"{match.group(1).replace(' ', '').lower()}://{rest}"


# A plain address: http(s)/ftp or no scheme, then a host of plain LDH labels, no
# userinfo, no port, no percent-escapes, no punycode, not an IPv4 address.  For these the
# WHATWG host is the written host in lower case, without a single trailing dot.  (The
# labels are checked in Python after one possessive match: no backtracking.)
_PLAIN = regex(r"(?:(https?|ftp)://)?([a-z0-9\-]++(?:\.[a-z0-9\-]++)*+)\.?(?=[/?#]|\Z)")


def quick_host(raw: str) -> tuple[str, str] | None:
    """``(scheme, host)`` of a plain address without a full parse; ``None`` when not plain.

    The same host :func:`parse_url` gives, found with one regular expression: rules
    that depend on the host alone (most of them) need no more.  ``www.gov.cn/a`` and
    ``t.cn/x`` (no scheme) are ``http``, as in :func:`parse_url`.

    The answer depends only on the text up to the first ``/`` after the scheme (the
    expression stops there), so it is remembered for that prefix: a post's links
    share a few dozen sites, whatever their paths.
    """
    slash = raw.find("/", raw.find("://") + 3)  # (-1 + 3 when there is no "://": from 2)
    if slash < 2:
        return _quick_host(raw)
    prefix = raw[: slash + 1]
    known = _PREFIXES.get(prefix, _UNKNOWN)
    if known is _UNKNOWN:
        known = _quick_host(prefix)
        if len(_PREFIXES) >= _PREFIXES_LIMIT:
            _PREFIXES.clear()
        _PREFIXES[prefix] = known
    return known  # type: ignore[return-value]


_UNKNOWN = object()
_PREFIXES: dict[str, object] = {}
_PREFIXES_LIMIT = 4096


def _quick_host(raw: str) -> tuple[str, str] | None:
    match = _PLAIN.match(raw)
    if match is None:
        lowered = raw.lower()
        if lowered == raw:
            return None
        match = _PLAIN.match(lowered)  # upper case is rare: look again in lower case
        if match is None:
            return None
    scheme, host = match.groups()
    if (
        "xn--" in host
        or host[0] == "-"
        or host[-1] == "-"
        or "-." in host
        or ".-" in host
        or not "a" <= host[host.rfind(".") + 1] <= "z"  # a number: an IPv4 address
    ):
        return None
    if scheme is None:
        if "." not in host:
            return None  # "localhost/…" without a scheme is no address
        scheme = "http"
    return scheme, host


# Letters, digits and inner hyphens, 1–63 characters a label, no "--" in the third and
# fourth place (punycode and the labels IDNA reserves): IDNA maps such a name to itself in
# lower case.  The shipped lists hold 200 of them, each 60 µs through the idna package.
_LDH_LABEL = r"(?!..--)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
_LDH_NAME = regex(rf"{_LDH_LABEL}(?:\.{_LDH_LABEL})*")
_MAX_NAME = 253


def normalize_domain(domain: str) -> str:
    """A configured domain as an ASCII host (``中国政府网.政务`` → ``xn--….xn--zfr164b``).

    Raises ``ValueError`` with the reason when it is not a valid domain name.
    """
    text = domain.strip().rstrip(".")
    if not text:
        raise ValueError("empty domain")
    if "/" in text or ":" in text or "@" in text:
        raise ValueError(f"{domain!r} is not a bare domain (no scheme, path, port or user)")
    lowered = text.lower()
    if len(lowered) <= _MAX_NAME and _LDH_NAME.fullmatch(lowered):
        ascii_name = lowered  # what IDNA gives an LDH name, without its per-label checks
    else:
        try:
            ascii_name = idna.encode(text, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise ValueError(f"{domain!r} is not a valid domain name: {exc}") from None
    parsed = parse_url(f"http://{ascii_name}/")
    if parsed is None or parsed.host != ascii_name.lower() or parsed.is_ip:
        raise ValueError(f"{domain!r} is not a valid domain name")
    return parsed.host


def display_host(host: str) -> str:
    """The host as readers see it: punycode labels shown in Unicode when they decode."""
    if "xn--" not in host:
        return host
    try:
        return idna.decode(host)
    except idna.IDNAError:
        return str(ada_url.idna_to_unicode(host))


class DomainSet:
    """A set of domains matched at label boundaries: ``gov.cn`` matches ``www.gov.cn``.

    ``xgov.cn``, ``gov.cn.evil.example`` and ``govcn.com`` do not match ``gov.cn``:
    each suffix of the host that starts at a label is looked up, nothing else.
    """

    __slots__ = ("_depth", "_domains")

    def __init__(self, domains: Iterable[str] = ()) -> None:
        self._domains = frozenset(domains)
        # the most labels a listed domain has: longer suffixes of a host cannot match
        self._depth = max((d.count(".") + 1 for d in self._domains), default=0)

    def __len__(self) -> int:
        return len(self._domains)

    def __contains__(self, host: object) -> bool:
        return isinstance(host, str) and self.match(host) is not None

    def __or__(self, other: DomainSet) -> DomainSet:
        return DomainSet(self._domains | other._domains)

    def match(self, host: str) -> str | None:
        """The listed domain that ``host`` is, or is under; ``None`` when none.

        The most specific listed domain wins (``beijing.gov.cn`` before ``gov.cn``).
        """
        domains = self._domains
        if host in domains:
            return host
        labels = host.rsplit(".", self._depth)
        for size in range(min(self._depth, len(labels) - 1), 0, -1):
            suffix = ".".join(labels[-size:])
            if suffix in domains:
                return suffix
        return None


# -- tracking parameters -------------------------------------------------------------

_QUERY_SEPARATOR = regex(r"(&amp;|&)")


def strip_query_params(url: str, is_tracking: Callable[[str, str], bool]) -> str:
    """``url`` without the query parameters ``is_tracking(name, value)`` selects.

    Works on the text as written (``&amp;`` in HTML attributes included) and keeps
    everything else byte for byte; the ``?`` goes when no parameter is left.
    """
    q = url.find("?")
    if q == -1:
        return url
    h = url.find("#", q)
    end = len(url) if h == -1 else h
    query = url[q + 1 : end]
    parts = _QUERY_SEPARATOR.split(query) if "&" in query else [query]
    kept: list[tuple[str, str]] = []  # (separator before it, parameter)
    removed = False
    for index in range(0, len(parts), 2):
        param = parts[index]
        name, _, value = param.partition("=")
        if "%" in param:  # (unquote changes nothing else: no call for most parameters)
            name, value = unquote(name), unquote(value)
        if param and is_tracking(name.lower(), value):
            removed = True
            continue
        kept.append((parts[index - 1] if index else "", param))
    if not removed:
        return url
    query = "".join(sep + param if i else param for i, (sep, param) in enumerate(kept))
    return url[:q] + ("?" + query if query else "") + url[end:]


class TrackingTest:
    """Decides whether a query parameter is a tracker (``utm_*``, ``spm``, ``pid=mm_…``, ``tk``).

    ``names`` are exact names or prefixes ending in ``*``; ``name=value*`` entries
    match only when the value starts with the given prefix.
    """

    __slots__ = ("_exact", "_prefixes", "_valued")

    def __init__(self, entries: Iterable[str]) -> None:
        exact: set[str] = set()
        prefixes: list[str] = []
        valued: dict[str, list[str]] = {}
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            if "=" in entry:
                name, _, value = entry.partition("=")
                valued.setdefault(name, []).append(value.rstrip("*"))
            elif entry.endswith("*"):
                prefixes.append(entry[:-1])
            else:
                exact.add(entry)
        self._exact = frozenset(exact)
        self._prefixes = tuple(prefixes)
        self._valued = {k: tuple(v) for k, v in valued.items()}

    def __call__(self, name: str, value: str) -> bool:
        if name in self._exact or (self._prefixes and name.startswith(self._prefixes)):
            return True
        values = self._valued.get(name)
        return values is not None and value.lower().startswith(values)
