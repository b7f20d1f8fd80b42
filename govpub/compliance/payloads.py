"""What the text of a decoded QR code or barcode means for a government post.

A code in an image is a link the editor cannot strip: it is judged by the same
link policy as the post's text (:meth:`Policy.classify_link`, on the host a
browser would open), and then by what only codes carry — payment codes and app
links.  国办发〔2018〕123号 四(三): no commercial ads and no links to ad pages.

* **A web link** — ``http(s)://…``, or a bare host such as ``m.tb.cn/h.x`` (the
  scanners of WeChat and Alipay open those too): ``ad`` for an ad, affiliate or
  short link, ``allowed`` for a government host, a listed 稿源单位, a configured
  ``link_domains`` host or the post's own page (``post.url``'s host, as for text
  links), ``other_host`` for any other host.
* **A payment code** (``payment``) — WeChat Pay ``wxp://…``/``weixin://wxpay/…``,
  Alipay ``HTTPS://QR.ALIPAY.COM/…``/``alipays://…``, UnionPay: commerce in a
  government post, and a known fraud pattern (a swapped 收款码); fees are paid on
  the government service platform, not to a code in a picture.
* **A shopping app link** (``taobao://``, ``openapp.jdmobile://``…) is an ``ad``, and so is
  every deep link the text rules strip (``snssdk1128://``, ``kwai://``, an ``intent:`` of one).
* **A harmless scheme** (``tel:``, ``mailto:``, ``WIFI:``, ``MECARD:``…) says
  nothing by itself; links written inside it are still judged.
* **Any other app link** (``weixin://dl/scan``, ``market://…``): ``app_link`` — where
  it leads cannot be judged from the text, so a reviewer looks.
* **Other text** (a product number from an EAN barcode, a sentence) is searched
  for links with :func:`govpub.find_links`; text without links is fine.

The payment, shopping-app and harmless rules are data: ``data/code_links.csv``
(rules marked UNCONFIRMED there are shipped all the same, as the ad hosts are).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from govpub.compliance.links import find_links, intent_scheme, is_app_link
from govpub.compliance.regex_cache import regex
from govpub.compliance.urls import DomainSet, ParsedURL, display_host, normalize_domain, parse_url

if TYPE_CHECKING:
    from govpub.compliance.policy import Policy

__all__ = ["CodeRule", "CodeRules", "PayloadLink", "Verdict", "code_rules", "read_payload"]

Verdict = Literal["payment", "ad", "other_host", "app_link", "unparsable", "allowed"]
_RuleVerdict = Literal["payment", "ad", "harmless"]

_SCHEME = regex(r"^([A-Za-z][A-Za-z0-9+.\-]*):(//)?")
_WEB = frozenset({"http", "https", "ftp"})
# A payload that is nothing but a host, with an optional port and path: scanners open it.
_BARE_HOST = regex(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9\-]+)"
    r"\.?(?::[0-9]{1,5})?(?:[/?#]\S*)?$"
)


@dataclass(frozen=True, slots=True)
class CodeRule:
    """One row of ``data/code_links.csv``: a scheme, a host (and path prefix), or both."""

    verdict: _RuleVerdict
    scheme: str  # "" for web links (http and https)
    host: str = ""
    path: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class PayloadLink:
    """One link a code holds and its verdict; ``where`` is the host, or ``scheme:`` of an app."""

    verdict: Verdict
    link: str
    where: str
    name: str = ""  # the rule's name for payment and app codes (支付宝收款码)


class CodeRules:
    """The compiled payment, shopping-app and harmless-scheme rules."""

    def __init__(self, rules: Iterable[CodeRule]) -> None:
        self._schemes: dict[str, list[CodeRule]] = {}
        self._web: dict[str, list[CodeRule]] = {}
        for rule in rules:
            if rule.scheme:
                self._schemes.setdefault(rule.scheme, []).append(rule)
            else:
                self._web.setdefault(rule.host, []).append(rule)
        self._web_hosts = DomainSet(self._web)

    def knows_scheme(self, scheme: str) -> bool:
        """Whether a rule names this scheme (so ``scheme:`` without ``//`` is a link, not text)."""
        return scheme in self._schemes

    def for_app(self, scheme: str, host: str, path: str) -> CodeRule | None:
        """The rule for an app link ``scheme://host/path``, if any."""
        for rule in self._schemes.get(scheme, ()):
            if (not rule.host or rule.host == host) and path.startswith(rule.path):
                return rule
        return None

    def for_web(self, parsed: ParsedURL) -> CodeRule | None:
        """The rule for a web link (host at label boundaries, then path prefix), if any."""
        matched = self._web_hosts.match(parsed.host)
        if matched is None:
            return None
        for rule in self._web[matched]:
            if parsed.path.lower().startswith(rule.path.lower()):
                return rule
        return None


def parse_code_rules(text: str, *, origin: str) -> list[CodeRule]:
    """Rules from CSV text with the columns ``verdict,scheme,host,path,name,note``."""
    rules: list[CodeRule] = []
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    for row in reader:
        where = f"{origin}, line {reader.line_num}"
        verdict = (row.get("verdict") or "").strip()
        scheme = (row.get("scheme") or "").strip().lower()
        host = (row.get("host") or "").strip().lower()
        if verdict not in ("payment", "ad", "harmless"):
            raise ValueError(f"{where}: unknown verdict {verdict!r}")
        if not scheme and not host:
            raise ValueError(f"{where}: give a scheme or a host")
        if host and not scheme:
            try:
                host = normalize_domain(host)
            except ValueError as exc:
                raise ValueError(f"{where}: {exc}") from None
        rules.append(
            CodeRule(
                verdict,  # type: ignore[arg-type]  # checked just above
                scheme,
                host,
                (row.get("path") or "").strip(),
                (row.get("name") or "").strip(),
            )
        )
    return rules


@cache
def code_rules() -> CodeRules:
    """The shipped rules, read once."""
    data = resources.files("govpub.compliance") / "data" / "code_links.csv"
    return CodeRules(parse_code_rules(data.read_text(encoding="utf-8"), origin="code_links.csv"))


def read_payload(text: str, policy: Policy, *, own_host: str | None = None) -> list[PayloadLink]:
    """Every link in a code's text with its verdict (empty for text without links).

    ``own_host`` is the host of the post's own page, allowed as in text links.
    """
    rules = code_rules()
    stripped = text.strip()
    match = _SCHEME.match(stripped)
    if match is not None:
        scheme = match.group(1).lower()
        if scheme in _WEB and not any(c.isspace() for c in stripped):
            return [_web(stripped, policy, rules, own_host)]
        if scheme not in _WEB and (match.group(2) or rules.knows_scheme(scheme)):
            app = _app(stripped, scheme, rules)
            if app is not None:
                return [app]
    if _BARE_HOST.match(stripped):
        return [_web(stripped, policy, rules, own_host)]
    found: dict[str, PayloadLink] = {}
    for link in find_links(text):
        if link not in found:
            found[link] = _found(link, policy, rules, own_host)
    return list(found.values())


def _app(link: str, scheme: str, rules: CodeRules) -> PayloadLink | None:
    """The verdict of an app link (``None`` for a harmless scheme: its text is read on).

    A deep link the text rules strip (``data/app_schemes.txt``: the shops, and the video and
    note apps whose share links are short links — ``snssdk1128://``, ``kwai://``,
    ``xhsdiscover://`` —, or an Android ``intent:`` of one) is an ad here too: what is
    stripped from text cannot be stripped from a picture, so it blocks (red team 57).
    """
    parts = urlsplit(link)
    rule = rules.for_app(scheme, parts.netloc.lower(), parts.path)
    if rule is None and is_app_link(link):
        return PayloadLink("ad", link, f"{scheme}:", _intent_app(link, rules))
    if rule is None:
        return PayloadLink("app_link", link, f"{scheme}:")
    if rule.verdict != "harmless":
        return PayloadLink(rule.verdict, link, f"{scheme}:", rule.name)
    return None


def _intent_app(link: str, rules: CodeRules) -> str:
    """The app an Android ``intent:`` opens, by its ``scheme=`` (``淘宝 App``), else ``""``."""
    scheme = intent_scheme(link)
    if scheme is None:
        return ""
    rule = rules.for_app(scheme, "", "")
    return rule.name if rule is not None and rule.verdict == "ad" else ""


def _found(link: str, policy: Policy, rules: CodeRules, own_host: str | None) -> PayloadLink:
    """A link found in a code's other text: an app's deep link by its scheme, else the web's.

    ``打开 pinduoduo://… 领券`` is found by :func:`find_links` as the text rules find it, and
    is that app's link, not an address that does not parse.
    """
    match = _SCHEME.match(link)
    if match is not None and match.group(1).lower() not in _WEB and is_app_link(link):
        app = _app(link, match.group(1).lower(), rules)
        if app is not None:
            return app
    return _web(link, policy, rules, own_host)


def _web(link: str, policy: Policy, rules: CodeRules, own_host: str | None) -> PayloadLink:
    parsed = parse_url(link)
    if parsed is None or not parsed.is_web:
        return PayloadLink("unparsable", link, link[:40])
    host = display_host(parsed.host)
    rule = rules.for_web(parsed)
    if rule is not None and rule.verdict != "harmless":
        return PayloadLink(rule.verdict, link, host, rule.name)
    verdict = policy.links.classify_link(link)
    if verdict == "ad":
        return PayloadLink("ad", link, host)
    if verdict == "allowed" or (own_host is not None and parsed.host == own_host):
        return PayloadLink("allowed", link, host)
    if verdict == "other":
        return PayloadLink("other_host", link, host)
    return PayloadLink("unparsable", link, host)
