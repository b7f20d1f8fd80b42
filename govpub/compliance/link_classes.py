"""Link classification: is an address an ad, an allowed source, or neither.

Apart from :mod:`.policy`, which is the configuration, because it is a concept of
its own with state of its own: every reader of links asks these questions, several
times per link (the link, what it shows, what it carries), so the answers are cached
by address, by host and by site.  The readers ask the :class:`LinkClassifier` a
:class:`~govpub.Policy` holds (``policy.links``) directly; the policy's methods of
the same names delegate to it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal
from unicodedata import category

from govpub.compliance.ads import AdRules
from govpub.compliance.folding import holds_reference, may_hold_artefacts, written_url
from govpub.compliance.links import glued_web_address, is_app_link
from govpub.compliance.redirects import carried_urls, may_carry
from govpub.compliance.sources import SourceRules
from govpub.compliance.urls import (
    DomainSet,
    ParsedURL,
    TrackingTest,
    display_host,
    meant_url,
    parse_url,
    quick_host,
    strip_query_params,
)

__all__ = ["LinkClass", "LinkClassifier"]

LinkClass = Literal["ad", "allowed", "other", "unparsable", "not_web"]
_CACHE_LIMIT = 20_000
#: Redirects a browser follows before it gives up (Chrome and Firefox: 20): an address
#: carried deeper opens nothing, and following each level of ``http://http://…`` (80,000
#: characters: 11,000 levels) overflowed the stack and read the rest once per level.
_REDIRECT_HOPS = 20

#: Markdown emphasis runs and code-span backticks: inside an address the page shows them as
#: nothing (``_``, ``~`` and ``` ` ``` are host characters to a URL parser, so ``t.__cn__``
#: parses as a host of its own).
_EMPHASIS_RUNS = ("**", "__", "~~", "`")


class LinkClassifier:
    """The link questions of a :class:`~govpub.Policy`, from its reprint sources, allowed
    link domains, ad rules and tracking parameters; built with the policy, immutable
    like it (only its caches grow).
    """

    _sources: SourceRules
    _source_domains: DomainSet
    _link_domains: DomainSet
    _ads: AdRules
    _tracking: TrackingTest
    _cache: dict[str, tuple[LinkClass, str | None]]
    _host_cache: dict[str, LinkClass | None]
    _sites: dict[str, tuple[LinkClass, str]]

    __slots__ = (
        "_ads",
        "_cache",
        "_host_cache",
        "_link_domains",
        "_sites",
        "_source_domains",
        "_sources",
        "_tracking",
    )

    def __init__(
        self,
        *,
        sources: SourceRules,
        source_domains: DomainSet,
        link_domains: DomainSet,
        ads: AdRules,
        tracking: TrackingTest,
    ) -> None:
        init = object.__setattr__  # immutable once built, as the policy
        init(self, "_sources", sources)
        init(self, "_source_domains", source_domains)
        init(self, "_link_domains", link_domains)
        init(self, "_ads", ads)
        init(self, "_tracking", tracking)
        init(self, "_cache", {})  # classification cache: grows, but never changes an answer
        init(self, "_host_cache", {})  # the same, by (scheme, host) where the host decides
        init(self, "_sites", {})  # the same, by an address's site where the host decides

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"LinkClassifier is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"LinkClassifier is immutable (cannot delete {name!r})")

    def allows_source(self, url: str) -> bool:
        """Whether ``url`` may be reprinted from (government host, listed or configured unit).

        Decided on the host a browser would open; an unparsable URL is never allowed.
        """
        return self._allows_parsed(parse_url(url))

    def _allows_parsed(self, parsed: ParsedURL | None) -> bool:
        if self._sources.verdict(parsed).allowed:
            return True
        return (
            parsed is not None
            and parsed.scheme in ("http", "https")
            and not parsed.is_ip
            and parsed.host in self._source_domains
        )

    def is_ad_link(self, url: str) -> bool:
        """Whether ``url`` is an ad, affiliate or short link that must be stripped."""
        return self.classify_link(url) == "ad"

    def classify_link(self, url: str) -> LinkClass:
        """``ad``, ``allowed`` (source or link domain), ``other``, ``unparsable`` or ``not_web``.

        An address that carries an ad address in its query or fragment (the target
        of a redirect, :mod:`~govpub.compliance.redirects`) is ``ad``.
        """
        known = self._cache.get(url)  # (most links of a post: one lookup, no call further)
        return known[0] if known is not None else self._classify_link(url, _REDIRECT_HOPS)

    def redirect_to_ad(self, url: str) -> str | None:
        """The ad address ``url`` carries (``…?url=https://m.tb.cn/…``), if any."""
        return self._redirect_to_ad(url, _REDIRECT_HOPS)

    def _classify_link(self, url: str, hops: int) -> LinkClass:
        """:meth:`classify_link` following at most ``hops`` carried addresses deep.  A
        verdict a shorter reach may have cut short is not kept (an ad stays an ad)."""
        known = self._cache.get(url)
        if known is None:
            known = self._site(url) or self._classify(url, hops)
            if known[0] != "ad" and may_carry(url) and self._redirect_to_ad(url, hops) is not None:
                known = ("ad", known[1])
            if hops == _REDIRECT_HOPS or known[0] == "ad":
                if len(self._cache) >= _CACHE_LIMIT:
                    self._cache.clear()
                self._cache[url] = known
        return known[0]

    def _redirect_to_ad(self, url: str, hops: int) -> str | None:
        if hops <= 0 or not may_carry(url):
            return None  # (the cheap test first: most addresses carry none)
        for carried in carried_urls(url):
            if carried != url and self._classify_link(carried, hops - 1) == "ad":
                return carried
        return None

    def link_host(self, url: str) -> str | None:
        """The host a browser opens for ``url`` (``None`` when it cannot be parsed)."""
        known = self._cache.get(url)
        if known is not None and known[1] is not None:
            return known[1]
        quick = quick_host(url)
        if quick is not None:
            return quick[1]
        glued = glued_web_address(url)
        if glued is not None:  # as classify_link reads it
            return self.link_host(glued)
        parsed = parse_url(url)
        return parsed.host if parsed is not None else None

    def is_ad_host(self, host: str) -> bool:
        """Whether ``host`` (lower case, dots) is, or is under, a host the ad rules list whole."""
        return self._ads.is_ad_host(host)

    def _classify(self, url: str, hops: int) -> tuple[LinkClass, str | None]:
        """The class of ``url`` and, for a plain address, its host (both are cached)."""
        quick = quick_host(url)
        if quick is None or quick[0] == "ftp" or holds_reference(url):  # t&#46;cn: written_url
            glued = glued_web_address(url)
            if glued is not None:  # www.https://t.cn/x: the address after "www." (red team 52)
                return self._classify_link(glued, hops), None
            # (a shopping app's deep link, tbopen://…, is an ad with no host to judge)
            return ("ad" if is_app_link(url) else self._classify_written(url)), None
        host = quick[1]
        # http and https are judged alike, so the host alone is the key
        known: LinkClass | None
        if host in self._host_cache:
            known = self._host_cache[host]
        else:
            if self._ads.host_decides(host):
                known = self._classify_parsed(ParsedURL("", "https", host, "", "", False))
            else:
                known = None  # the path or query decides: parse the whole URL
            if len(self._host_cache) >= _CACHE_LIMIT:
                self._host_cache.clear()
            self._host_cache[host] = known
        if known is None:
            return self._classify_written(url), host
        slash = url.find("/", url.find("://") + 3)
        if slash >= 2:
            if len(self._sites) >= _CACHE_LIMIT:
                self._sites.clear()
            self._sites[url[: slash + 1]] = (known, host)
        return known, host

    def _site(self, url: str) -> tuple[LinkClass, str] | None:
        """Class and host of ``url`` when its site (the text up to the first ``/`` after
        the scheme) was seen before with a host that decides; ``None`` otherwise.

        What :meth:`_classify` reads from a plain address, :func:`quick_host` and the host,
        depends on that prefix alone; a character reference anywhere (``t&#46;cn``,
        ``t&period;cn``) sends it the slow way.
        A post's 100 new addresses share a dozen sites: one lookup each.
        """
        slash = url.find("/", url.find("://") + 3)
        if slash < 2:
            return None
        site = self._sites.get(url[: slash + 1])
        if site is None or holds_reference(url):
            return None
        return site

    def _classify_parsed(self, parsed: ParsedURL) -> LinkClass:
        """The class of a parsed web URL whose host decides (see :meth:`_classify`)."""
        if self._ads.is_ad_host(parsed.host):
            return "ad"
        if self._allows_parsed(parsed) or self.is_link_domain(parsed):
            return "allowed"
        return "other"

    def _classify_written(self, url: str) -> LinkClass:
        parsed = parse_url(url)
        if (
            parsed is not None
            and (self._ads.is_ad(parsed) or ("xn--" in parsed.host and self._punycode_ad(parsed)))
        ) or self._imitates_ad(url, parsed):
            return "ad"
        if parsed is None:
            return "unparsable"
        if not parsed.is_web:
            return "not_web"
        if self._allows_parsed(parsed) or self.is_link_domain(parsed):
            return "allowed"
        return "other"

    def _imitates_ad(self, url: str, parsed: ParsedURL | None) -> bool:
        """Whether an address that opens no ad is read as the ad address it imitates.

        Written with look-alike characters (``ｈｔｔｐｓ：／／ｕ．ｊｄ．ｃｏｍ／…``), split by
        inline formatting (``t.<b>cn</b>/x``, ``t.~~cn~~/x``, ``t&#46;cn``) or with a word
        glued before its scheme so written (``ｗｗｗ．https://t.cn/x``); with its scheme
        written wrong (``https;//t.cn/x``) or defanged (``hxxps://t.cn/x``): the reader is
        shown the ad's host.  Such an address is never *allowed* for that reason (a browser
        would not open it as that host).
        """
        if (
            not url.isascii()
            or "\\" in url
            or "<" in url
            or "[" in url  # (a forum's tags: u.[size=1]jd.com/x)
            or any(run in url for run in _EMPHASIS_RUNS)
            or holds_reference(url)
            or may_hold_artefacts(url)  # a quoted-printable break or escape: t.c=⏎n/x
        ):
            written = written_url(url)
            if is_app_link(written):  # ｔａｏｂａｏ：／／…, tb\u200bopen://… (red team 55)
                return True
            alike = parse_url(glued_web_address(written) or written)
            if alike is not None and self._ads.is_ad(alike):
                return True
        if parsed is None:  # (red team 52: a Markdown target so written was relative)
            meant = meant_url(url)
            alike = parse_url(meant) if meant is not None else None
            return alike is not None and self._ads.is_ad(alike)
        if parsed.scheme in _DEFANGED_SCHEMES:
            return self._ads.is_ad(replace(parsed, scheme="https"))
        return False

    def _punycode_ad(self, parsed: ParsedURL) -> bool:
        """Whether a host written in punycode imitates an ad host once its labels are shown.

        ``https://s.click.xn--tobao-4ve.com/…`` is ``s.click.tаobao.com`` (a Cyrillic
        ``а``), the same address a browser opens for the look-alike written in Unicode,
        which is read as the host it imitates (:mod:`.confusables`); so is its punycode.
        And symbols glued after the host (``https://t.cn→``, ``https://u.jd.com★/x``): a
        browser opens ``t.xn--cn-…``, but the reader is shown ``t.cn`` and a linkifier
        that stops at a symbol opens it — an ad host so written is stripped (fix 109).
        """
        shown = display_host(parsed.host)
        if shown == parsed.host:
            return False
        alike = written_url(shown)
        if not alike.isascii():
            alike = _symbols_trimmed(alike)
            if not alike.isascii():
                return False
        return self._ads.is_ad(
            ParsedURL("", parsed.scheme, alike.lower(), parsed.path, parsed.query, False)
        )

    def is_link_domain(self, parsed: ParsedURL) -> bool:
        """Whether the host is one the agency allows links to (``link_domains``)."""
        return parsed.host in self._link_domains

    def strip_tracking(self, url: str) -> str:
        """``url`` without tracking parameters (``utm_*``, ``spm``, ``pid=mm_…``, ``tk`` …)."""
        if "?" not in url:
            return url
        return strip_query_params(url, self._tracking)


def _symbols_trimmed(host: str) -> str:
    """``host`` without the symbols and punctuation glued after its last label (``t.cn→``)."""
    end = len(host)
    while end > 0 and not host[end - 1].isascii() and category(host[end - 1])[0] in "SP":
        end -= 1
    return host[:end] if end > 0 and host[end - 1] != "." else host


#: Schemes written "defanged" so that no browser opens them; the reader still sees the host.
_DEFANGED_SCHEMES = frozenset({"hxxp", "hxxps"})
