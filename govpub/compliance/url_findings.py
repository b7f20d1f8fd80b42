"""Findings about the post's URL fields: its reprint source, its own address, its pictures.

A URL field is an address and nothing else, so it is judged whole (a text field's
links are :mod:`.link_findings`'): ``source`` — a reprint names its source, and the
address is a government site's or a source unit's (稿源单位, its version of the list
named), the unit's own (no impersonation); ``url`` and ``overrides.*.url`` — no ad or
short link, an address that opens; either — personal data in its query blocks and
tracking parameters are removed; ``cover`` and ``images`` — a picture from an ad host
blocks (the cover) or is dropped (a body image, as a stripped link's picture is).
"""

from __future__ import annotations

import unicodedata

from govpub.compliance._text import fold
from govpub.compliance.link_findings import (
    ad_link_hosts,
    meant_host,
    url_excerpt,
)
from govpub.compliance.personal import find_in_query
from govpub.compliance.personal.query import where_in_address
from govpub.compliance.personal_findings import in_address_message
from govpub.compliance.run import Run
from govpub.compliance.sources import SourceUnit
from govpub.compliance.urls import ParsedURL, display_host, parse_url, registrable_domain

__all__ = ["image_sources", "reprint_source", "url_field"]


def reprint_source(run: Run) -> None:
    """A reprint's source (``source.name``, ``source.url``): named, from a government site or
    a source unit (稿源单位), and the unit it names owns the address."""
    source = run.post.source
    if source is None:
        return
    rules = run.policy.source_rules
    version = run.policy.source_list_version
    unit = rules.unit_named(source.name) if source.name else None
    if not source.name:
        run.add(
            "source.missing_name",
            "block",
            "转载内容必须注明来源名称（国办发〔2018〕123号：转载时必须注明来源）",
            field="source.name",
        )
    if source.url is None or not source.url.strip():  # (an empty URL is none: review 87)
        run.add(
            "source.missing_url",
            "warn" if unit is not None else "block",
            "转载来源缺少网址，无法核验是否为党政机关网站或稿源单位，请补充原文链接",
            excerpt=source.name,
            field="source.url",
        )
        return
    parsed = parse_url(source.url)
    shown = url_excerpt(source.url)
    allowed = run.policy.links.allows_source(source.url)
    if allowed and run.policy.links.classify_link(source.url) == "ad":
        # an allowed host's page that carries an ad address (an open redirect's target)
        carried = run.policy.links.redirect_to_ad(source.url)
        target = run.policy.links.link_host(carried) if carried is not None else None
        where = display_host(target) if target else carried
        run.add(
            "ad.url_field",
            "block",
            f"来源网址经跳转指向广告、推广或短链接（{where}），"
            "请改为原文网址（国办发〔2018〕123号）",
            excerpt=shown,
            field="source.url",
        )
    meant = meant_host(source.url) if parsed is None else None
    in_ascii = _full_width_allowed(run, source.url) if not allowed else None
    if in_ascii is not None:
        run.add(
            "link.unparsable",
            "warn",
            "来源网址含全角字符，浏览器无法打开"
            f"（应为 {display_host(in_ascii)} 的网址），请改为半角",
            excerpt=shown,
            field="source.url",
        )
    elif not allowed:
        if meant is not None:
            shown_meant = display_host(meant)
            why = (
                "来源网址含全角或不可见字符，或协议写法有误，浏览器无法打开"
                f"（应指向 {shown_meant}），无法核验"
            )
            if not _allowed_host(run, meant):
                why += f"；{shown_meant} 也不是党政机关网站或稿源单位"
        elif parsed is None or not parsed.is_web:
            why = "来源网址无法解析，无法核验"
        elif parsed.is_ip:
            why = f"来源网址使用 IP 地址（{parsed.host}），不是党政机关网站或稿源单位"
        else:
            owner = registrable_domain(parsed.host)
            shown_owner = f"（属于 {display_host(owner)}）" if owner != parsed.host else ""
            why = (
                f"来源 {display_host(parsed.host)}{shown_owner} 不是党政机关网站，"
                f"也不在稿源单位名单（{version} 版）中"
            )
        why += _own_account_hint(run, unit, source.name, parsed)
        run.add(
            "source.not_allowed",
            "block",
            f"{why}：原则上只转载党委和政府网站以及稿源单位发布的信息（国办发〔2018〕123号）",
            excerpt=shown,
            field="source.url",
        )
    host = parsed.host if parsed is not None else meant  # (a broken scheme: what it meant)
    if unit is not None and _impersonated(run, unit, host, allowed=allowed):
        domains = "、".join(display_host(d) for d in unit.domains)
        run.add(
            "source.impersonation",
            "block",
            f"来源名称「{source.name}」是稿源单位，但网址不属于该单位（应为 {domains}）",
            excerpt=shown,
            field="source.url",
        )
    _url_tracking(run, "source.url", source.url)


def _impersonated(run: Run, unit: SourceUnit, host: str | None, *, allowed: bool) -> bool:
    """Whether a source named as ``unit`` gives an address on ``host`` that is not the unit's.

    A news agency's story on another allowed site is a wire story, not impersonation; nor
    is an address on a platform where every unit keeps its own account (its 公众号), which
    does not say whose account it is (review 87's S2).
    """
    rules = run.policy.source_rules
    if allowed and unit.is_news_agency():
        return False
    if host is None:
        return True
    return not rules.name_matches_host(unit, host) and not rules.account_platform(host)


def _own_account_hint(
    run: Run, unit: SourceUnit | None, name: str, parsed: ParsedURL | None
) -> str:
    """For a listed unit's name over an address on an account platform: give the unit's site."""
    if unit is None or parsed is None or not run.policy.source_rules.account_platform(parsed.host):
        return ""
    sites = "、".join(display_host(d) for d in unit.domains)
    return f"；如转自「{name}」的账号，请改注其网站（{sites}）上的原文链接"


def url_field(run: Run, name: str, url: str | None) -> None:
    """A URL field (``url``, ``overrides.*.url``): no ad, an address that opens, no tracking."""
    if url is None:
        return
    verdict = run.policy.links.classify_link(url)
    if verdict in ("unparsable", "not_web") and ad_link_hosts(run.policy, url, fold(url)):
        verdict = "ad"  # an address that opens nothing but one it holds (javascript:…t.cn/x)
    if verdict == "ad":
        run.add(
            "ad.url_field",
            "block",
            "该网址是广告、推广或短链接，政务新媒体不得链接广告页面，请改为原始网址",
            excerpt=url_excerpt(url),
            field=name,
        )
    elif verdict in ("unparsable", "not_web"):
        run.add(
            "link.unparsable",
            "warn",
            "无法解析的网址：读者可能无法打开，请修改",
            excerpt=url_excerpt(url),
            field=name,
        )
    else:
        if verdict == "other":
            _imitated_host(run, name, url)
        _url_tracking(run, name, url)


def _full_width_allowed(run: Run, url: str) -> str | None:
    """The host of an allowed source ``url`` names once its full-width forms are read as
    ASCII (NFKC: ``ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／…``, ``％2e``), if it does.

    An editor typing in a Chinese input method writes these; the source it names can be
    verified, but the address as written opens nothing, so it warns as such a body link
    does (``link.unparsable``; red team 109's item 7) instead of blocking as an unknown
    source.  Invisible characters and a scheme written wrong are not so read: they still
    block (``source.not_allowed``).
    """
    if url.isascii():
        return None
    ascii_form = unicodedata.normalize("NFKC", url)
    if ascii_form == url or not run.policy.links.allows_source(ascii_form):
        return None
    parsed = parse_url(ascii_form)
    return parsed.host if parsed is not None else None


def _allowed_host(run: Run, host: str) -> bool:
    """Whether a page on ``host`` may be reprinted from."""
    return run.policy.links.allows_source(f"https://{host}/")


def _imitated_host(run: Run, name: str, url: str) -> None:
    """Warn when the post's own page is on a host that wears an allowed host's name as its
    first labels (``www.gov.cn.example.com``: ``example.com``'s).

    The check trusts the post's own host for its body links and QR codes, so such a page
    would vouch for every link to that look-alike (red team 109's item 5).  The same host as
    a reprint source blocks (``source.not_allowed``); as the post's own address the agency
    may really publish there (a cloud page), so it warns, naming the domain that owns it.
    """
    parsed = parse_url(url)
    if parsed is None or parsed.is_ip:
        return
    owner = registrable_domain(parsed.host)
    if owner == parsed.host or not parsed.host.endswith("." + owner):
        return
    worn = parsed.host[: -len(owner) - 1]
    if not _allowed_host(run, worn):
        return
    run.add(
        "link.other_host",
        "warn",
        f"该网址的主机 {display_host(parsed.host)} 以 {display_host(worn)} 开头，"
        f"实属 {display_host(owner)}，不是党政机关网站或稿源单位；"
        "正文和二维码中指向它的链接将被视为本站链接，请核对网址",
        excerpt=url_excerpt(url),
        field=name,
    )


def _url_tracking(run: Run, name: str, url: str) -> None:
    # ?idcard=…: the address itself carries personal data (an address field is not text:
    # a number inside a value is looked for here, q=身份证号3101…)
    _personal_in_address(run, name, url, "网址")
    cleaned = run.policy.links.strip_tracking(url)
    if cleaned != url:
        parsed = parse_url(url)
        host = display_host(parsed.host) if parsed is not None else ""
        run.add(
            "link.tracking_removed",
            "fixed",
            f"已去除网址中的跟踪参数（{host}）",
            excerpt=url_excerpt(cleaned),
            field=name,
        )
        run.updates[name] = cleaned


def image_sources(run: Run) -> set[int]:
    """Check image sources; return the indexes of body images to drop."""
    drop: set[int] = set()
    cover = run.post.cover
    if cover is not None and cover.is_remote and cover.src is not None:
        _picture_query(run, "cover.src", cover.src)
    if (
        cover is not None
        and cover.is_remote
        and cover.src is not None
        and run.policy.links.classify_link(cover.src) == "ad"
    ):
        run.add(
            "ad.url_field",
            "block",
            "封面图片地址是广告、推广或短链接，请改用本单位的图片",
            excerpt=url_excerpt(cover.src),
            field="cover.src",
        )
    for index, image in enumerate(run.post.images):
        src = image.src
        if src is None or not image.is_remote:
            continue
        _picture_query(run, f"images[{index}].src", src)
        if src in run.removed_srcs:
            drop.add(index)
        elif run.policy.links.classify_link(src) == "ad":
            drop.add(index)
            run.add(
                "ad.link_stripped",
                "fixed",
                "已删除来自广告、推广或短链接地址的图片（国办发〔2018〕123号）",
                excerpt=url_excerpt(src),
                field=f"images[{index}].src",
            )
    return drop


def _picture_query(run: Run, name: str, src: str) -> None:
    """Personal data in a picture's address outside its path (``a.jpg?idcard=3101…``): read
    as a link's is (a number in the path is its file name's, ``images[0].filename``)."""
    _personal_in_address(run, name, src, "图片网址", skip="路径")


def _personal_in_address(run: Run, name: str, url: str, called: str, skip: str = "") -> None:
    """Block each personal number in the address field ``name`` — its query, user part,
    fragment or path, named to the editor as ``called`` and the place — but in ``skip``."""
    for hit in find_in_query(url, inside=True):
        place = where_in_address(url, hit.start)
        if place != skip:
            run.add(
                f"personal.{hit.kind}",
                "block",
                in_address_message(f"{called}{place}", hit),
                excerpt=url_excerpt(url),
                field=name,
            )
