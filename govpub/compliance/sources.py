"""Reprint sources (转载来源): who a post may be reprinted from.

123号 四(二): "原则上只转载党委和政府网站以及有关主管部门确定的稿源单位发布的信息，
转载时必须注明来源".  So a source URL is allowed when its host, parsed the way
a browser parses it (:mod:`govpub.compliance.urls`), is

* a government host: ``gov.cn`` or under it, the ``.政务`` TLD
  (``xn--zfr164b``), or ``.政务.cn`` — matched at label boundaries (rules.md §6);
* a unit of the 稿源单位名单 (《互联网新闻信息服务管理规定》第十五条), shipped
  as the 2025 list (``data/reprint_sources_2025.csv``; rules.md §5) and
  replaceable from configuration, the list version recorded with every check —
  the 中央新闻单位 by their own names too (新华社, 人民日报, 中央广播电视总台…, each
  with the sites it publishes on and the other names a reprint line gives it,
  ``aliases``): "来源：新华社" is the commonest reprint line, and wire or print copy
  has no URL;
* a unit the agency's configuration adds (its provincial and municipal media,
  its 融媒体中心).

``.公益`` is *not* government (rules.md §6: public-interest bodies) and is not
allowed by itself.  A source *name* that is a listed unit while the URL is not
one of that unit's domains is impersonation.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.folding import fold
from govpub.compliance.regex_cache import regex
from govpub.compliance.urls import (
    DomainSet,
    ParsedURL,
    display_host,
    is_public_suffix,
    normalize_domain,
)

__all__ = [
    "ACCOUNT_PLATFORMS",
    "GOVERNMENT_SUFFIXES",
    "SourceList",
    "SourceRules",
    "SourceUnit",
    "normalize_name",
    "parse_source_csv",
]

#: gov.cn, .政务 and .政务.cn (the CONAC-run forms, rules.md §6).
GOVERNMENT_SUFFIXES = ("gov.cn", "xn--zfr164b", "xn--zfr164b.cn")
#: platforms where every unit keeps its own account (a 公众号, a 微博, a 百家号): their
#: address does not say whose account it is, so a listed name there is no impersonation
#: (新华社's own 公众号 is where its copy is most often taken from; review 87's S2) — though
#: the platform is no source to reprint from.  An aggregator's page (toutiao.com/a/…) is
#: the aggregator's, not an account's: a listed name there stays impersonation.
ACCOUNT_PLATFORMS = ("mp.weixin.qq.com", "weibo.com", "weibo.cn", "baijiahao.baidu.com")
_ZHENGWU = ("xn--zfr164b", "xn--zfr164b.cn")
_NAME_NOISE = regex(r"[\s·・()（）\[\]【】「」《》\"'“”‘’]")
_NAME_PREFIX = regex(rf"^(?:来源|稿源|转载自|转自|source)[{LABEL_COLONS}]", re.IGNORECASE)
_SPACES = regex(r"\s+")
# A wire story's dateline after the agency's name (NFKC, no spaces): （北京）, 北京电,
# 北京12月1日电, （北京）12月1日电.  Each part is bounded: linear in the name.
_DATELINE = regex(
    r"(?:\([\u4e00-\u9fff]{2,8}\)(?:\d{1,2}月\d{1,2}日电)?"
    r"|[\u4e00-\u9fff]{2,8}(?:\d{1,2}月\d{1,2}日)?电)"
)
#: what ends a place's name in a dateline's bracket (新华社（雄安新区）, 新华社（兴安盟）)
_PLACE_ENDINGS = ("省", "市", "县", "区", "州", "盟", "旗")


def normalize_name(name: str) -> str:
    """A unit name for comparison: NFKC and folded (新華網 is 新华网, invisible characters
    go), no spaces, brackets or a "来源：" prefix."""
    text = fold(unicodedata.normalize("NFKC", name)).text.strip()
    text = _NAME_PREFIX.sub("", text)
    return _NAME_NOISE.sub("", text).lower()


@dataclass(frozen=True, slots=True)
class SourceUnit:
    """A 稿源单位 (or a unit the agency adds): its name, the domains it publishes on and
    the other names a reprint line gives it (人民日报社 for 人民日报, 央视新闻 for
    中央广播电视总台)."""

    name: str
    domains: tuple[str, ...]
    category: str = ""
    note: str = ""
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The unit's name and its aliases."""
        return (self.name, *self.aliases)

    def is_news_agency(self) -> bool:
        """Whether the unit is a news agency (通讯社, 新闻社: 新华社, 中新社) or its app
        (新华社客户端, whose alias is 新华通讯社客户端), whose copy every listed unit carries:
        "来源：新华社" over a link to the story on people.com.cn names the copy's author and
        its carrier, no impersonation; the agency's app is the agency (review 87's S3)."""
        return any(
            name.removesuffix("客户端").endswith(("通讯社", "新闻社")) for name in self.names()
        )

    def owns(self, host: str) -> bool:
        """Whether ``host`` is one of this unit's sites.

        A domain that is itself a public suffix (中国政府网's ``gov.cn``) covers only
        ``gov.cn`` and ``www.gov.cn`` and its sub-hosts, not every government under
        ``gov.cn`` — each of those is its own site (rules.md §6, PSL).
        """
        for domain in self.domains:
            if is_public_suffix(domain):
                www = "www." + domain
                if host in (domain, www) or host.endswith("." + www):
                    return True
            elif host == domain or host.endswith("." + domain):
                return True
        return False


@dataclass(frozen=True)
class SourceList:
    """A versioned 稿源单位 list (``2025`` is shipped; a config may replace it)."""

    version: str
    units: tuple[SourceUnit, ...]
    _by_name: dict[str, SourceUnit] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for unit in self.units:
            for name in unit.names():
                self._by_name.setdefault(normalize_name(name), unit)

    def __len__(self) -> int:
        return len(self.units)

    def unit_named(self, name: str) -> SourceUnit | None:
        """The unit with this name (spaces, brackets and width ignored), if listed."""
        return self._by_name.get(normalize_name(name))

    def domains(self) -> Iterable[str]:
        """Every domain of every unit."""
        for unit in self.units:
            yield from unit.domains


def parse_source_csv(text: str, *, origin: str) -> list[SourceUnit]:
    """Units from CSV text with the columns ``category,name,domains,note[,aliases]``.

    ``domains`` holds one or more domains separated by ``;``, ``aliases`` (optional)
    the unit's other names so separated.  Raises
    ``ValueError`` naming the line when a row is unusable; ``origin`` names the
    file in that message.
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"name", "domains"} - set(reader.fieldnames or ())
    if missing:
        raise ValueError(f"{origin}: missing column(s) {', '.join(sorted(missing))}")
    units: list[SourceUnit] = []
    for row in reader:
        line = reader.line_num
        name = (row.get("name") or "").strip()
        raw_domains = [d for d in (row.get("domains") or "").split(";") if d.strip()]
        if not name or not raw_domains:
            raise ValueError(f"{origin}, line {line}: a unit needs a name and a domain")
        try:
            domains = tuple(normalize_domain(d) for d in raw_domains)
        except ValueError as exc:
            raise ValueError(f"{origin}, line {line}: {exc}") from None
        units.append(
            SourceUnit(
                name=name,
                domains=domains,
                category=(row.get("category") or "").strip(),
                note=(row.get("note") or "").strip(),
                aliases=tuple(
                    a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()
                ),
            )
        )
    return units


@dataclass(frozen=True, slots=True)
class SourceVerdict:
    """Why a source URL is or is not allowed."""

    allowed: bool
    host: str = ""
    unit: SourceUnit | None = None
    government: bool = False


class SourceRules:
    """The compiled reprint-source rules of one policy."""

    def __init__(self, source_list: SourceList, extra_units: Iterable[SourceUnit] = ()) -> None:
        self.source_list = source_list
        self.extra_units = tuple(extra_units)
        units = (*source_list.units, *self.extra_units)
        self._units_by_domain: Mapping[str, SourceUnit] = {
            d: u for u in reversed(units) for d in u.domains
        }
        self._unit_domains = DomainSet(self._units_by_domain)
        self._government = DomainSet(GOVERNMENT_SUFFIXES)
        self._platforms = DomainSet(ACCOUNT_PLATFORMS)
        self._extra_by_name = {
            normalize_name(name): u for u in self.extra_units for name in u.names()
        }

    def verdict(self, parsed: ParsedURL | None) -> SourceVerdict:
        """Whether a parsed URL may be reprinted from, and through which rule."""
        if parsed is None or not parsed.is_web or parsed.is_ip or parsed.scheme == "ftp":
            return SourceVerdict(False, parsed.host if parsed is not None else "")
        host = parsed.host
        matched = self._unit_domains.match(host)
        unit = self._units_by_domain[matched] if matched is not None else None
        if unit is not None and not unit.owns(host):
            unit = None
        government = self._government.match(host) is not None
        return SourceVerdict(government or unit is not None, host, unit, government)

    def unit_named(self, name: str) -> SourceUnit | None:
        """A listed or configured unit with this name, or the news agency a wire story's
        dateline names (``新华社（北京）``, ``新华社北京12月1日电``: review 87's S4)."""
        return self._unit_named(name) or self._dateline_agency(name)

    def _unit_named(self, name: str) -> SourceUnit | None:
        return self._extra_by_name.get(normalize_name(name)) or self.source_list.unit_named(name)

    def _dateline_agency(self, name: str) -> SourceUnit | None:
        """The news agency whose name begins ``name`` when the rest is a dateline: a place in
        brackets (``新华社（北京）``), or a place, a date and 电 (``新华社北京12月1日电``).

        A wire story names its agency so; a name that only begins with an agency's
        (``新华社区``, ``新华社记者``) is no dateline and names no unit.
        """
        text = _SPACES.sub("", unicodedata.normalize("NFKC", name))
        if not text.endswith(("电", ")")):
            return None
        for end in range(2, len(text) - 1):
            if _DATELINE.fullmatch(text, end) and _bracket_place(text, end):
                unit = self._unit_named(text[:end])
                if unit is not None and unit.is_news_agency():
                    return unit
        return None

    def account_platform(self, host: str) -> bool:
        """Whether ``host`` is a platform where any unit may keep its own account
        (:data:`ACCOUNT_PLATFORMS`)."""
        return self._platforms.match(host) is not None

    def name_matches_host(self, unit: SourceUnit, host: str) -> bool:
        """Whether ``host`` belongs to ``unit``.

        A ``.政务`` name is the unit's own Chinese name (CONAC registers
        ``中文名.政务`` to government bodies only), so ``中国政府网.政务`` belongs
        to 中国政府网 even though the list gives only ``gov.cn``.
        """
        if unit.owns(host):
            return True
        for suffix in _ZHENGWU:
            if host.endswith("." + suffix):
                label = host[: -len(suffix) - 1].rsplit(".", 1)[-1]
                if normalize_name(display_host(label)) == normalize_name(unit.name):
                    return True
        return False


def _bracket_place(text: str, end: int) -> bool:
    """Whether the dateline at ``text[end:]`` names a place when it is bracketed: a name
    ending in a place's kind (``（北京市）``, ``（兴安盟）``) or a city of
    ``data/dateline_places.txt`` (``（北京）``).  Any other bracket after an agency's name
    (``新华社（转载）``, ``新华社（代理商）``) is no dateline: the name is judged as written
    (review 90's L4).  An unbracketed dateline ends in 电 and needs no such test."""
    if text[end] != "(":
        return True
    place = text[end + 1 : text.index(")", end)]
    return place.endswith(_PLACE_ENDINGS) or place in _dateline_places()


@cache
def _dateline_places() -> frozenset[str]:
    return frozenset(data_words("dateline_places.txt"))
