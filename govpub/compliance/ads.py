"""Ad links, affiliate links, URL shorteners, tracking parameters and 淘口令.

123号: 政务新媒体 "不得刊登商业广告" — no commercial ads and no links to ad pages
(rules.md §3 R-NO-ADS, §8).  An ad link is recognised on the *parsed* URL:

* its host is, or is under, a listed ad host: e-commerce affiliate and promotion
  hosts (淘宝联盟 ``s.click.taobao.com``, ``uland.taobao.com``, ``tb.cn`` short
  links; 京东联盟 ``union-click.jd.com``; 多多进宝; 唯品会, 美团 and 携程 union
  links) and URL shorteners (``t.cn``, ``dwz.cn``, ``bit.ly``… — a short link
  hides where it goes, and govpub does no network I/O to expand it);
* or a listed host *with* a listed path prefix (``u.ctrip.com/union/``) or query
  parameter (``item.taobao.com`` with ``tk`` or ``pid=mm_…``);
* or a host rule of the user's Adblock Plus filter list blocks it
  (:mod:`govpub.compliance.adblock`).

The shipped rules are ``data/ad_rules.csv``; a policy adds hosts.  淘口令 and other
share codes, which cannot be stripped from prose, are :mod:`.share_codes`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from govpub.compliance._data import data_text
from govpub.compliance.adblock import FilterList
from govpub.compliance.regex_cache import regex
from govpub.compliance.urls import DomainSet, ParsedURL, TrackingTest, normalize_domain

__all__ = ["AdRule", "AdRules", "builtin_ad_rules", "parse_ad_rules", "shipped_ad_host"]

# A percent-encoded unreserved character (a letter, a digit, - . _ ~) is the character itself
# (RFC 3986 §6.2.2.2): ``p%69d=mm%5F1`` is ``pid=mm_1``, ``/%75nion/`` is ``/union/`` to the
# server, so a narrowed rule reads them decoded.
_UNRESERVED = regex(r"%(?:3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|2d|2e|5f|7e)", re.I)


def _unreserved(text: str) -> str:
    """``text`` with its percent-encoded unreserved characters decoded."""
    if "%" not in text:
        return text
    return _UNRESERVED.sub(lambda m: chr(int(m.group()[1:], 16)), text)


@dataclass(frozen=True, slots=True)
class AdRule:
    """One shipped or configured ad rule: a host, optionally narrowed by path or query."""

    host: str
    path: str = ""
    query: str = ""
    category: str = ""


def parse_ad_rules(text: str, *, origin: str) -> list[AdRule]:
    """Rules from CSV text with the columns ``category,host,path,query,note``."""
    rules: list[AdRule] = []
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    for row in reader:
        try:
            host = normalize_domain(row.get("host") or "")
        except ValueError as exc:
            raise ValueError(f"{origin}, line {reader.line_num}: {exc}") from None
        rules.append(
            AdRule(
                host=host,
                path=(row.get("path") or "").strip(),
                query=(row.get("query") or "").strip(),
                category=(row.get("category") or "").strip(),
            )
        )
    return rules


class AdRules:
    """The compiled ad-link rules of one policy."""

    def __init__(self, rules: Iterable[AdRule], filters: FilterList | None = None) -> None:
        whole: set[str] = set()
        narrowed: dict[str, list[tuple[str, TrackingTest | None]]] = {}
        for rule in rules:
            if not rule.path and not rule.query:
                whole.add(rule.host)
            else:
                test = TrackingTest(rule.query.split(";")) if rule.query else None
                narrowed.setdefault(rule.host, []).append((rule.path, test))
        self._hosts = DomainSet(whole)
        self._narrowed_hosts = DomainSet(narrowed)
        self._narrowed = {k: tuple(v) for k, v in narrowed.items()}
        self.filters = filters

    def host_decides(self, host: str) -> bool:
        """Whether the host alone decides (no filter list applies, and the host is an ad
        host or no path/query rule applies: ``s.click.taobao.com`` under the ``taobao.com``
        of ``pid=mm_…``)."""
        return self.filters is None and (
            host in self._hosts or self._narrowed_hosts.match(host) is None
        )

    def is_ad_host(self, host: str) -> bool:
        """Whether ``host`` is, or is under, a listed ad host (the whole-host rules)."""
        return host in self._hosts

    def is_ad(self, parsed: ParsedURL) -> bool:
        """Whether the parsed URL is an ad, affiliate or short link."""
        if not parsed.is_web:
            return False
        if parsed.host in self._hosts:
            return True
        matched = self._narrowed_hosts.match(parsed.host)
        if matched is not None and any(
            self._narrow_match(parsed, path, test) for path, test in self._narrowed[matched]
        ):
            return True
        return self.filters is not None and self.filters.blocks(parsed)

    @staticmethod
    def _narrow_match(parsed: ParsedURL, path: str, test: TrackingTest | None) -> bool:
        if path and not _unreserved(parsed.path).lower().startswith(path.lower()):
            return False
        if test is None:
            return True
        for param in _unreserved(parsed.query).split("&"):
            name, _, value = param.partition("=")
            if test(name.lower(), value):
                return True
        return False


@cache
def builtin_ad_rules() -> tuple[AdRule, ...]:
    """The shipped rules, ``data/ad_rules.csv``."""
    return tuple(parse_ad_rules(data_text("ad_rules.csv"), origin="ad_rules.csv"))


@cache
def _shipped() -> AdRules:
    return AdRules(builtin_ad_rules())


def shipped_ad_host(host: str) -> bool:
    """Whether ``host`` is, or is under, a host the shipped rules list whole (an ad or a
    short link's: ``u.jd.com``, ``t.cn``) — for the link scanner, which reads no policy."""
    return _shipped().is_ad_host(host)
