"""Ads a reader reads but cannot click: none is a link the rebuild can strip, so each blocks.

A link is stripped from a field when it is rebuilt (:mod:`.link_findings`); what
this module judges is an ad address written so that it is no link, and a reader
still reaches it: a host spelled out to be typed (``t点cn``, ``t . cn/x``;
:mod:`.spelled_links`), one a right-to-left override shows the right way round
(:mod:`.bidi`), one in a link's or picture's title or alt text, one in a picture's
file name (``u.jd.com.png``), and a shopping share code that opens a product page
when copied (淘口令, :mod:`.share_codes`).  Cutting any of them out would leave the
sentence broken (or the name still pointing at the host): the editor rewrites it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace

from govpub.compliance._text import Folded, excerpt, fold
from govpub.compliance.anchors import Anchors
from govpub.compliance.bidi import overridden_runs
from govpub.compliance.field_view import FieldView
from govpub.compliance.fields import TextField
from govpub.compliance.link_findings import NumbersInLinks, ad_link_hosts, host_read, url_excerpt
from govpub.compliance.links import LinkSpan, flatten, link_titles, scan_links, tag_titles
from govpub.compliance.personal import mask_personal_data
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.share_codes import find_share_codes
from govpub.compliance.spelled_links import find_spelled_links, with_round_dots
from govpub.compliance.urls import display_host

__all__ = ["filename_links", "reversed_links", "share_codes", "spelled_links", "titled_links"]

# the kinds of link that may carry a title (titled_links)
_TITLED = frozenset({"md_link", "md_image", "refdef"})  # and "html": their own test
_PLAIN_HREF = len('<a href="')
# A file name's stand-ins for "/" (``filename_links``): a run of low lines (the fold makes
# the full-width and small forms "_"), or a hyphen right after an ad host (``t.cn-A6xyz``);
# a host right after the run starts a name of its own (``gov.cn_t.cn_A6``)
_NAME_SEPARATOR = regex(r"_+|-")
# two low lines or more, which the fold drops as emphasis markup (``t.cn__A6``): slashes first
_LOW_LINES = regex(r"[_＿﹍﹎﹏]{2,}")
_HOST_BEFORE = regex(r"(?:[a-z0-9]+\.)+[a-z]{2,}$", re.IGNORECASE)
_HOST_AFTER = regex(r"(?:[a-z0-9]+\.)+[a-z]{2,}(?![a-z0-9.])", re.IGNORECASE)


def _name_as_address(name: str, is_ad_host: Callable[[str], bool]) -> str:
    """``name`` (folded) with its stand-ins for ``/`` as slashes, same length: ``t.cn_A6``
    and ``t.cn-A6`` read ``t.cn/A6``; a separator before an ad host a space
    (``gov.cn_t.cn_A6`` reads ``gov.cn t.cn/A6``).  No registrable host holds ``_``; a
    hyphen is read so only after an ad host (``my-photo``, ``www.gov.cn-logo`` stay)."""

    def read(run: re.Match[str]) -> str:
        after = _HOST_AFTER.match(name, run.end())
        if after is not None and is_ad_host(after.group().lower()):
            return " " * len(run.group())
        if run.group() == "-":
            before = _HOST_BEFORE.search(name, 0, run.start())
            if before is None or not is_ad_host(before.group().lower()):
                return "-"
        return "/" * len(run.group())

    return _NAME_SEPARATOR.sub(read, name)


def share_codes(run: Run, view: FieldView, anchors: Anchors) -> None:
    """Shopping share codes (淘口令, :mod:`.share_codes`: ``￥AbCd1234Ef￥``): a product page
    opened by copying the code into the shopping app.  Not in a link's address."""
    spec = view.spec
    for start, end in find_share_codes(
        view.folded.text,
        view.written,
        signs=anchors.signs,
        whole=spec.payload,
        original=(spec.text, view.folded),
    ):
        if not view.in_url(start, end):
            o_start, _, shown = view.place(start, end)
            run.add(
                "ad.share_code",
                "block",
                "疑似淘口令等商品推广口令：政务新媒体不得刊登商业广告，请删除"
                "（国办发〔2018〕123号）",
                excerpt=shown,
                field=spec.name,
                offset=o_start,
            )


def spelled_links(run: Run, view: FieldView, anchors: Anchors) -> list[tuple[int, int]]:
    """Ad hosts written for the reader to type (``t . cn/…``, ``t点cn``): they block.

    Returns their spans as written.  One that lies wholly in a link's address
    is part of that link (judged by the link rules).
    """
    text = view.spec.text
    numbers = NumbersInLinks(text, view.masks)  # (a person's number in a host: masked)
    spans: list[tuple[int, int]] = []
    folded = with_round_dots(text, view.folded)  # (t⚫cn/x: the emoji a dot)
    candidates = anchors.spelled if folded is view.folded.text else None
    for start, end, host in find_spelled_links(
        folded, run.policy.links.is_ad_host, candidates=candidates
    ):
        if view.within_url(start, end):
            link = _spelled_host_link(run, view, start)
            if link is None:
                continue
            # the link is the spelled host's ("https://t·cn/x"): no other host to warn of
            spans.append((link.url_start, link.url_end))
        o_start, o_end, shown = view.place(start, end)
        spans.append((o_start, o_end))
        written = numbers.hidden_in(text[o_start:o_end].strip(), o_start, o_end)
        run.add(
            "ad.spelled_link",
            "block",
            f"疑似变形书写的广告或短链接「{written}」"
            f"（读作 {numbers.hidden_in(host, o_start, o_end)}）："
            "政务新媒体不得刊登商业广告，请删除（国办发〔2018〕123号）",
            excerpt=shown,
            field=view.spec.name,
            offset=o_start,
        )
    return spans


def _spelled_host_link(run: Run, view: FieldView, start: int) -> LinkSpan | None:
    """The link whose host is the spelled-out host at ``start`` inside its address, when
    it is no ad link the link rules strip already (``https://t.⇥cn/x`` in an href opens
    ``t.cn``); ``None`` for a spelled host elsewhere in an address, which is the link's."""
    link = view.host_link(start)
    if link is None or run.policy.links.classify_link(link.url) == "ad":
        return None
    return link


def reversed_links(run: Run, view: FieldView) -> list[tuple[int, int]]:
    """Ad addresses a right-to-left override (U+202E, ``<bdo dir="rtl">``, CSS) shows the
    right way round (:mod:`.bidi`):
    written backwards, no link, and the reader still reads the address.  They block
    as spelled-out hosts do (what else the run says goes with them).  Returns their
    runs' spans as written."""
    spec = view.spec
    spans: list[tuple[int, int]] = []
    for start, end, shown, how in overridden_runs(spec.text):
        folded = fold(shown)
        hosts = ad_link_hosts(run.policy, shown, folded)
        hosts += [h for _, _, h in find_spelled_links(folded.text, run.policy.links.is_ad_host)]
        if not hosts:
            continue
        spans.append((start, end))
        # (the run as shown holds a person's number the field as written does not: masked
        # as its own reading masks it)
        seen, host = mask_personal_data(shown), mask_personal_data(display_host(hosts[0]))
        run.add(
            "ad.spelled_link",
            "block",
            f"疑似用{how}倒写的广告或短链接，页面显示为「{seen.strip()}」"
            f"（读作 {host}）：政务新媒体不得刊登商业广告，请删除"
            "（国办发〔2018〕123号）",
            excerpt=excerpt(spec.text, start, end, view.masks),
            field=spec.name,
            offset=start,
        )
    return spans


def titled_links(run: Run, view: FieldView) -> None:
    """Ad addresses in a link's or picture's title or alt text (``title="https://t.cn/x"``,
    ``[words](url "t.cn/x")``): shown to the reader, who types them, never a link.
    They block as spelled-out hosts do (which the field's own pass finds there)."""
    text = view.spec.text
    seen: set[tuple[int, int]] = set()  # (one tag's several addresses share its title)
    stripped: frozenset[int] | None = None  # (asked once a field: see _stripped_starts)
    for span in view.links:
        # most links have no title, told here without a call: bare ones, "[words](url)"
        # and "<a href="url">" (the address, then '">' — nothing else in the tag)
        kind = span.kind
        if kind == "html":
            if span.url_start - span.start == _PLAIN_HREF and text.startswith('">', span.url_end):
                continue
        elif kind not in _TITLED or span.end - span.url_end <= 2:
            continue
        for title in link_titles(text, span):
            if title in seen:
                continue
            seen.add(title)
            start, end = title
            shown = text[start:end]
            if span.kind == "html" and "&" in shown:
                shown = html.unescape(shown)
            if stripped is None:
                stripped = _stripped_starts(run, view)
            if span.start not in stripped:
                _ad_title(run, view, start, end, shown)
    if "<" in text:
        # tags with no link of their own (<img src="a.png" alt="…">, <a title="…">)
        for start, end in tag_titles(text, view.links):
            if (start, end) in seen:
                continue
            shown = text[start:end]
            _ad_title(run, view, start, end, html.unescape(shown) if "&" in shown else shown)


def _stripped_starts(run: Run, view: FieldView) -> frozenset[int]:
    """Where the links and tags start that go when the field is rebuilt (an address of
    them is an ad): their titles go with them."""
    if not view.spec.editable:
        return frozenset()
    return frozenset(
        link.start for link in view.links if run.policy.links.classify_link(link.url) == "ad"
    )


def _ad_title(run: Run, view: FieldView, start: int, end: int, shown: str) -> None:
    """Report a title or alt text at ``start``..``end`` (read as ``shown``) that names an
    ad or short host."""
    hosts = ad_link_hosts(run.policy, shown, fold(shown))
    if hosts:
        run.add(
            "ad.spelled_link",
            "block",
            f"链接或图片的提示文字（title、alt）中含广告或短链接「{shown.strip()}」"
            f"（读作 {display_host(hosts[0])}）：政务新媒体不得刊登商业广告，请删除"
            "（国办发〔2018〕123号）",
            excerpt=excerpt(view.spec.text, start, end, view.masks),
            field=view.spec.name,
            offset=start,
        )


def filename_links(run: Run, spec: TextField, folded: Folded) -> None:
    """Ad and short-link hosts in an image's file name (``u.jd.com.png``): the platforms
    upload the picture under that name and a reader who saves it sees it.  A name is no
    link and cutting the host out leaves a name that still points at it: it blocks, and
    the editor renames the file.  Other hosts in a name (``www.gov.cn.png``) are words.

    A name cannot hold ``/``, so an underscore stands for it: ``t.cn_A6xyz.png`` names the
    short link ``t.cn/A6xyz`` (red team 50), as a hyphen after an ad host does (fix49:
    ``_name_as_address``)."""
    text = spec.text
    if _LOW_LINES.search(text) is not None:
        text = _LOW_LINES.sub(lambda run: "/" * len(run.group()), text)
        folded = fold(text)
    if "_" in folded.text or "-" in folded.text:
        folded = replace(folded, text=_name_as_address(folded.text, run.policy.links.is_ad_host))
    for span in flatten(scan_links(text, folded=folded)):
        url = _name_as_address(fold(span.url).text, run.policy.links.is_ad_host)
        if run.policy.links.classify_link(url) != "ad":
            continue
        found = host_read(run.policy, url)
        host = display_host(found) if found else span.url
        message = f"图片文件名含广告、推广或短链接（{host}），读者保存图片时可见，请重命名"
        shown = url_excerpt(spec.text[span.url_start : span.url_end].rstrip("_＿﹍﹎﹏"))
        run.add("ad.url_field", "block", message, excerpt=shown, field=spec.name)
