"""Findings about a text field's links, and the field rebuilt without its ad links.

:mod:`.links` finds the links of a field; the policy says what each one is (an ad,
a government or source site, an address that opens nothing, another site).  This
module reports them: links that open nothing (``link.unparsable``), links to other
sites, once per host (``link.other_host`` — not a bare "host" that is prose:
``Dr.Wang``, ``report.final.pdf``), remote pictures that no one scanned for QR codes
(``image.not_scanned``).  Then it rebuilds the field as it will be sent: personal
data masked (when the policy says ``mask``), ad links stripped and tracking
parameters removed (:mod:`.strip`), each edit a ``fixed`` finding.

The helpers that say how a finding shows a link (:func:`url_excerpt`, the host a
reader is taken to, :func:`host_read`) serve the other readers of addresses too
(:mod:`.unlinked_ad_findings`, :mod:`.url_findings`).
"""

from __future__ import annotations

import bisect
import html
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial

from govpub._field_names import field_name
from govpub.compliance._data import data_words
from govpub.compliance._text import Folded
from govpub.compliance.fields import TextField
from govpub.compliance.folding import drop_formatting, drop_hidden, holds_reference, written_url
from govpub.compliance.folding.bbcode import drop_bbcode
from govpub.compliance.folding.emoticons import is_platform_emoticon
from govpub.compliance.folding.ruby import drop_annotations
from govpub.compliance.links import (
    LinkSpan,
    abbreviation,
    capitalised_words,
    code_name,
    company_form,
    decimal_then_suffix,
    dotted_name_after,
    file_type_after,
    flatten,
    host_span,
    is_app_link,
    mail_with_path,
    mail_written_around,
    md_escapes_read,
    number_then_word,
    scan_links,
    sent_to,
    stock_code,
    tech_name_in_code,
    token_then_acronym,
)
from govpub.compliance.mask_markup import shown_escapes, write_masks
from govpub.compliance.personal import mask_query
from govpub.compliance.policy import LinkClass, Policy
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.strip import LinkEdit, rewrite_links
from govpub.compliance.suffixes import is_top_level_domain
from govpub.compliance.urls import display_host, meant_url, parse_url, registrable_domain

__all__ = [
    "URL_EXCERPT",
    "NumbersInLinks",
    "ad_link_hosts",
    "host_read",
    "link_warnings",
    "meant_host",
    "rebuild_field",
    "unscanned_images",
    "url_excerpt",
]

_PLACEHOLDER = "\ue000"  # a private-use character: the mask until the field is rebuilt
#: How many characters of an address a finding shows.
URL_EXCERPT = 120


def url_excerpt(url: str) -> str:
    """A link as a finding shows it: personal data in its query masked (``?idcard=310104****…``)."""
    return mask_query(url)[:URL_EXCERPT]


def meant_host(raw: str) -> str | None:
    """The host an address that opens nothing was meant to open, if it can be told.

    Full-width, invisible and look-alike characters read as what they imitate
    (:func:`written_url`: ``ht\u200btps://``, ``ｈｔｔｐｓ：／／``, ``https&#58;//``), and a
    scheme written wrong as the scheme (:func:`meant_url`: ``https;//``, ``https ://``,
    ``https%3A%2F%2F…``): what the editor's message names instead of "https".
    """
    written = written_url(raw) if not raw.isascii() or "&" in raw else raw
    meant = parse_url(written)
    if meant is None or not meant.host:
        repaired = meant_url(written)
        meant = parse_url(repaired) if repaired is not None else None
    return meant.host if meant is not None and meant.host else None


def _unparsable_message(raw: str) -> str:
    """Why a link opens nothing; where full-width or invisible characters alone broke it,
    the host it was meant for (ｗｗｗ．ｇｏｖ．ｃｎ／ａ: a browser reads ／ as part of the host)."""
    meant = meant_host(raw)
    if meant is None:
        return "无法解析的链接：读者可能无法打开，也无法核验其域名，请修改"
    return (
        "链接含全角或不可见字符，或协议写法有误，浏览器无法打开"
        f"（应指向 {display_host(meant)}），请改正"
    )


def host_read(policy: Policy, url: str) -> str | None:
    """The host ``url`` takes a reader to, or for an address written with look-alikes
    (``s&#46;click…``, ``ｕ．ｊｄ．ｃｏｍ``) the host it reads as: what a message names."""
    found = policy.links.link_host(url) or meant_host(url)  # https;//t.cn/x: t.cn (red team 52)
    imitated = written_url(url)
    return (policy.links.link_host(imitated) or found) if imitated != url else found


def ad_link_hosts(policy: Policy, shown: str, folded: Folded) -> list[str]:
    """The ad hosts of the links in ``shown``, a text as a reader sees it that is no link
    (a tooltip, a run shown reversed): read as prose is."""
    return [
        host_read(policy, link.url) or link.url
        for link in flatten(scan_links(shown, folded=folded))
        if policy.links.classify_link(link.url) == "ad"
    ]


def link_warnings(
    run: Run, spec: TextField, flat: list[LinkSpan], numbers: Sequence[tuple[int, int, str]] = ()
) -> None:
    """Links that open nothing (each one), and links to sites that are neither government
    nor source sites (once per host, with its count; not the post's own site).  ``numbers``:
    the masks of the personal data found in the field (:class:`NumbersInLinks`)."""
    own = parse_url(run.post.url) if run.post.url else None
    in_links = NumbersInLinks(spec.text, numbers)
    others: dict[tuple[str, bool], list[LinkSpan]] = {}  # (host, ftp)
    printed = cache(partial(shown_escapes, spec.text))  # the escapes the page prints, once
    for span in flat:
        url = written = span.url
        if span.kind == "bare":
            # the page shows https://www\\.gov\\.cn/a as https://www.gov.cn/a (a C-level test
            # first: most addresses hold no backslash)
            url = written = _escapes_read(span, printed) if "\\" in url else url
            url = drop_formatting(drop_annotations(url))  # and www.<b>gov</b>.cn/a so too
            url = drop_bbcode(url)  # and www.[b]gov.cn/a as www.gov.cn/a (a forum's)
            if holds_reference(url):
                url = html.unescape(url)  # and &#119;ww.gov.cn/a as www.gov.cn/a
        verdict = run.policy.links.classify_link(url)
        if span.kind == "bare" and url != written and "<" in written:
            url, verdict = _worse_reading(run.policy, written, url, verdict)
        if verdict == "unparsable":
            run.add(
                "link.unparsable",
                "warn",
                _unparsable_message(in_links.masked(span)),
                excerpt=url_excerpt(in_links.masked(span)),
                field=spec.name,
                offset=span.url_start,
            )
        elif (
            verdict == "other"
            and not _is_media(span)
            and not _names_in_prose(span, spec.text)
            and not in_links.opens(span)
        ):
            host = run.policy.links.link_host(url)
            assert host is not None  # noqa: S101 - "other" is only given for parsed URLs
            if own is not None and host == own.host:
                continue
            if (
                span.kind == "bare"
                and "//" not in url
                and not is_top_level_domain(host.rpartition(".")[2])
            ):
                # (a bare host is found by its top-level domain; one without, as written,
                # was found as its look-alike letters read, А。Ασ → a.ao, and is no ad so
                # read: judged as written it is no address — Russian or Greek prose)
                continue
            if span.kind == "bare" and "//" not in url and "_" in registrable_domain(host):
                # a registry takes letters, digits and hyphens only (the LDH rule): a bare
                # name with "_" in its registrable part is a file's or an identifier's
                # (ssl_lib.cc, id_rsa.pub), no site's (a sub-host may have one)
                continue
            ftp = url.lstrip()[:4].lower() == "ftp:"
            others.setdefault((host, ftp), []).append(span)
    for (host, ftp), group in others.items():
        count = f"（共 {len(group)} 处）" if len(group) > 1 else ""
        shown = in_links.hidden(display_host(host), group[0])
        message = f"链接指向 {shown}，不是党政机关网站或稿源单位，请核实{count}"
        if ftp:  # a government FTP server is no stranger, but no reader's browser opens it
            message = (
                f"FTP 链接（{shown}）：浏览器已不再支持 FTP，读者多半无法打开，"
                f"请改用网页（https）链接{count}"
            )
            if run.policy.links.classify_link(f"https://{host}/") != "allowed":
                message += f"；{shown} 也不是党政机关网站或稿源单位，请核实"
        run.add(
            "link.other_host",
            "warn",
            message,
            excerpt=url_excerpt(in_links.masked(group[0])),
            field=spec.name,
            offset=group[0].url_start,
        )


def _escapes_read(span: LinkSpan, printed: Callable[[], frozenset[int]]) -> str:
    """A bare address with its Markdown escapes read, as the page shows it and links it:
    ``https://www\\.gov\\.cn/a`` is ``https://www.gov.cn/a`` (red team 76; a browser reading
    the backslashes opens the host ``www``) — but for an escape the page prints
    (:func:`_prints_escape`; ``printed()`` gives the field's, rendered on first ask)."""
    url = span.url
    read = md_escapes_read(url)
    if read == url:
        return url  # (a Windows path's backslash is no escape)
    return url if _prints_escape(span, printed()) else read


def _prints_escape(span: LinkSpan, printed: frozenset[int]) -> bool:
    """Whether the page prints a Markdown escape of a bare address, in a code span or block
    or raw HTML (``printed``: offsets in the field as written, of
    :func:`~govpub.compliance.mask_markup.shown_escapes`): then it is read as written, a
    browser's backslashes and all (`` `https://www\\.gov\\.cn/a` `` opens the host ``www``).
    Elsewhere the page shows and links it without them (red team 76)."""
    return not printed.isdisjoint(range(span.url_start, span.url_end))


# the verdicts of two readings of one address, the worse first
_WORSE: dict[str, int] = {"ad": 0, "unparsable": 1, "other": 2, "not_web": 3, "allowed": 4}


def _worse_reading(
    policy: Policy, written: str, formatted: str, verdict: LinkClass
) -> tuple[str, LinkClass]:
    """Of a bare address written with tags, the reading without its hidden and struck
    content (what the reader copies: ``https://t.cn<span hidden>.gov.cn</span>/x`` is
    t.cn/x) when it is worse than the one with it (``formatted``, t.cn.gov.cn/x)."""
    seen = drop_hidden(drop_annotations(written))  # (a ruby's annotations: shown apart)
    if holds_reference(seen):
        seen = html.unescape(seen)
    if seen == formatted:
        return formatted, verdict
    seen_verdict = policy.links.classify_link(seen)
    if _WORSE[seen_verdict] < _WORSE[verdict]:
        return seen, seen_verdict
    return formatted, verdict


def _names_in_prose(span: LinkSpan, text: str) -> bool:
    """A bare host that is capitalised words (``Dr.Wang``, ``Python。Java``), a number and
    an English sentence's first word (``18:00。Office hours``), a decimal and a suffix's name
    going on in Chinese (``3.5。CN域名``), a token and an acronym (``5G。AI应用``), a company's
    legal form (``XX科技CO.LTD``), a file's name (``report.final`` of ``report.final.pdf``),
    a technology's name in a code span (`` `ASP.NET` ``), a stock's code (``600519.SH``), a
    dotted name that goes on past its top-level domain (``java.io.ObjectInputStream``),
    a name from code (``model.pt``, ``com.tencent.mm``, ``spring.redis.host=``),
    a mail address with a path after it (``abc@163.com/010-…``) or with its "@" written
    otherwise (``tougao#163.com``): no other host."""
    return span.kind == "bare" and (
        capitalised_words(span.raw)
        or number_then_word(span.raw)
        or (decimal_then_suffix(span.raw, text, span.url_end) and not sent_to(text, span.url_start))
        or (
            token_then_acronym(span.raw, text, span.url_start, span.url_end)
            and not sent_to(text, span.url_start)
        )
        or (abbreviation(span.raw) and not sent_to(text, span.url_start))
        or mail_with_path(span, text)
        or mail_written_around(span, text)
        or company_form(span.raw)
        or file_type_after(text, span.url_end)
        or dotted_name_after(text, span.url_end)
        or stock_code(span.raw)
        or tech_name_in_code(span.raw, text, span.url_start, span.url_end)
        or code_name(span.raw, text, span.url_start, span.url_end)
    )


_LABEL_DOTS = regex(r"[.\u3002\uff61\uff0e]")  # (as written: 。 ｡ ． are dots)
# a word of an address: a host's label, a path's segment, a query's value (a number's too)
_WORD = regex(r"[^\W_]+")


class NumbersInLinks:
    """The personal data the field's reader found (its masks, in text order: original
    offsets) as the link findings meet it in addresses: a host a person's number opens is no
    site (:meth:`opens`), and no excerpt or message shows the number (:meth:`masked`,
    :meth:`hidden`) — a number in a host is read as any (fix 127)."""

    def __init__(self, text: str, numbers: Sequence[tuple[int, int, str]]) -> None:
        self.text = text
        self.numbers = numbers
        self.starts = [start for start, _, _ in numbers]
        self._words: dict[str, str] | None = None  # (hidden_anywhere's, on first need)

    def _in(self, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """The masks that overlap ``start``–``end``, in text order."""
        at = max(0, bisect.bisect_left(self.starts, start) - 1)
        while at < len(self.numbers) and self.numbers[at][0] < end:
            if self.numbers[at][1] > start:
                yield self.numbers[at]
            at += 1

    def opens(self, span: LinkSpan) -> bool:
        """Whether a person's number runs into a bare host's first label: ``13938513134。ID号``,
        ``139 3851 3134。CN编号``, ``１２０１…０６７９。SC编号``, ``13938513134.com/x``.

        A sentence that ends in a person's number and the next that opens with a word a
        top-level domain is named for, or a host of a person's digits, which no one
        registers: no other site (the number blocks).  A link with a scheme is the editor's
        address and still warns (``http://13938513134.com``).
        """
        if span.kind != "bare" or not self._overlap(span.url_start, span.url_end):
            return False  # (most links: no number in them — one bisection)
        host = host_span(span.raw)
        if host is None or host[0] > 0:
            return False  # (a scheme or a user part before the host: the editor's address)
        dot = _LABEL_DOTS.search(span.raw)
        label_end = span.url_start + (dot.start() if dot is not None else len(span.raw))
        return self._overlap(span.url_start, label_end)

    def _overlap(self, start: int, end: int) -> bool:
        """Whether a mask overlaps ``start``–``end`` (masks do not overlap one another)."""
        at = bisect.bisect_left(self.starts, end) - 1
        return at >= 0 and self.numbers[at][1] > start

    def masked(self, span: LinkSpan) -> str:
        """A link's address as written with the personal data in it masked."""
        if not self._overlap(span.url_start, span.url_end):
            return span.raw  # (most links)
        chars: list[str] = []
        for start, end, mask in self._in(span.url_start, span.url_end):
            chars = chars or list(span.raw)
            for index, char in zip(range(start, end), mask, strict=True):
                if char == "*" and span.url_start <= index < span.url_end:
                    chars[index - span.url_start] = "*"
        return "".join(chars) if chars else span.raw

    def hidden(self, shown: str, span: LinkSpan) -> str:
        """A host as a message names it (``shown``: folded, lower case) with the digits of a
        person's number in the link's address masked as the excerpt masks them."""
        return self.hidden_in(shown, span.url_start, span.url_end)

    def hidden_in(self, shown: str, start: int, end: int) -> str:
        """``shown``, an address or a host read from the field's ``start``–``end``, with the
        digits of each person's number there masked, as written (an excerpt's address) or
        folded and in lower case (a message's host)."""
        if not self._overlap(start, end):
            return shown  # (most links)
        for m_start, m_end, mask in self._in(start, end):
            low, high = max(m_start, start), min(m_end, end)
            written, masked = self.text[low:high], mask[low - m_start : high - m_start]
            shown = shown.replace(written, masked)
            written = unicodedata.normalize("NFKC", written).lower()
            shown = shown.replace(written, unicodedata.normalize("NFKC", masked).lower())
        return shown

    def hidden_anywhere(self, shown: str) -> str:
        """``shown``, an address read from no one place of the field (a later pass of the
        rebuild found it, text closed up around a removed link), with each word of it that is
        one of the field's numbers masked: a lookup a word, not a search a number."""
        if self._words is None:
            self._words = {}
            for start, end, mask in self.numbers:
                written = self.text[start:end]
                self._words[written] = mask
                folded = unicodedata.normalize("NFKC", written).lower()
                self._words[folded] = unicodedata.normalize("NFKC", mask).lower()
        words = self._words
        return _WORD.sub(lambda word: words.get(word.group(), word.group()), shown)


# an SVG <image> (xlink:href or href) is a picture as an <img> is: the WeChat editors'
# inline SVG shows its pictures so (and an HTML parser reads <image> as <img>)
_MEDIA_TAGS = frozenset({"img", "image", "source", "video", "audio", "picture", "track"})


def _is_media(span: LinkSpan) -> bool:
    """An image or media source: shown, not followed, so its host is no reprint question;
    also an address in a WeChat card's element (``data/card_tags.txt``).

    (Images from ad or short-link hosts are still stripped.)
    """
    return span.kind == "md_image" or (
        span.kind == "html" and (span.tag in _MEDIA_TAGS or span.tag in _card_tags())
    )


@cache
def _card_tags() -> frozenset[str]:
    """The WeChat editor's card elements, whose addresses are pictures and media."""
    return frozenset(data_words("card_tags.txt"))


def unscanned_images(
    run: Run, spec: TextField, flat: list[LinkSpan], numbers: Sequence[tuple[int, int, str]] = ()
) -> None:
    """Remote pictures written into the text from other hosts: shown to readers, never scanned.

    An image of the post (``images``, ``cover``) with the same address is
    reported there; an image from an ad host is stripped; one from a
    government or source host, a ``link_domains`` host or the post's own site
    is trusted as a link to it is.  Any other would reach readers with
    whatever QR code it holds, so it is reported as a remote image of the
    post is (``image.not_scanned``, warn by default).  ``numbers``: as for
    :func:`link_warnings` (no excerpt or message shows a person's number).
    """
    post = run.post
    known = {i.src for i in (post.cover, *post.images) if i is not None and i.src}
    own = parse_url(post.url) if post.url else None
    in_links = NumbersInLinks(spec.text, numbers)
    for span in flat:
        if not _is_picture(span) or span.url in known:
            continue
        parsed = parse_url(span.url)
        if parsed is None or parsed.scheme not in ("http", "https"):
            continue  # (a data: URI is dropped by every renderer; a path is no address)
        if run.policy.links.classify_link(span.url) != "other":
            continue  # an ad host's is stripped; a government or source host's is trusted
        if own is not None and own.host == parsed.host:
            continue  # the agency's own site
        if is_platform_emoticon(span.url):
            continue  # Weibo's or WeChat's own emoticon picture: a code's face, no QR code
        where = field_name(spec.name)
        run.add(
            "image.not_scanned",
            "warn",
            f"{where}中插入了远程图片（{in_links.hidden(display_host(parsed.host), span)}），"
            "检查时不下载，未检查其中的二维码；请下载后作为文章图片加入再检查，或由审核人员人工核对",
            excerpt=url_excerpt(in_links.masked(span)),
            field=spec.name,
            offset=span.url_start,
        )


def _is_picture(span: LinkSpan) -> bool:
    """A picture a reader sees (a ``<picture>``'s ``<source>`` comes with its ``<img>``)."""
    return span.kind == "md_image" or (span.kind == "html" and span.tag in ("img", "image"))


def rebuild_field(
    run: Run, spec: TextField, spans: list[LinkSpan], masks: list[tuple[int, int, str]]
) -> None:
    """The field as it will be sent (``run.updates``): ``masks`` laid on when the policy
    masks personal data, ad links stripped and tracking parameters removed; each edit of
    a link reported as ``fixed``."""
    text = spec.text
    masking = bool(masks) and run.policy.personal_data == "mask"
    placeholder = masking and _PLACEHOLDER not in text
    if masking:
        chars = list(text)
        for start, end, masked in masks:
            for index, char in zip(range(start, end), masked, strict=True):
                if char == "*":
                    chars[index] = _PLACEHOLDER if placeholder else "*"
        text = "".join(chars)
    edits: list[LinkEdit] = []
    if spans:
        text, edits = rewrite_links(text, run.policy, spans)
    if placeholder:
        text = write_masks(text, _PLACEHOLDER) if spec.markdown else text.replace(_PLACEHOLDER, "*")
    hide = _edit_masker(spec.text, spans, masks) if masks and edits else _as_is
    for edit in edits:
        found = host_read(run.policy, edit.url)
        host = hide(display_host(found) if found is not None else edit.url, edit)
        if is_app_link(edit.url):  # no web host: the app it opens
            host = f"{edit.url.split(':', 1)[0].strip()}:// 应用唤起链接"
        carried = run.policy.links.redirect_to_ad(edit.url) if edit.kind == "ad" else None
        target = run.policy.links.link_host(carried) if carried is not None else None
        if carried is not None and target != found:  # a government page's redirect to an
            # ad (not "https&#58;//t.cn/x", whose fragment "//t.cn/x" is t.cn's own address)
            host += f"，经跳转指向 {hide(display_host(target) if target else carried, edit)}"
        if edit.kind == "ad":
            run.removed_srcs.add(edit.url)
            run.add(
                "ad.link_stripped",
                "fixed",
                f"已删除广告、推广或短链接（{host}）：政务新媒体不得刊登商业广告"
                "（国办发〔2018〕123号）",
                excerpt=url_excerpt(hide(edit.url, edit)),
                field=spec.name,
                offset=edit.offset,
            )
        else:
            run.add(
                "link.tracking_removed",
                "fixed",
                f"已去除链接中的跟踪参数（{host}）",
                excerpt=url_excerpt(hide(edit.new_url, edit)),
                field=spec.name,
                offset=edit.offset,
            )
    if text != spec.text:
        run.updates[spec.name] = text


def _as_is(shown: str, edit: LinkEdit) -> str:
    """An edit's address or host as it is: no personal number in the field."""
    return shown


def _edit_masker(
    text: str, spans: list[LinkSpan], masks: Sequence[tuple[int, int, str]]
) -> Callable[[str, LinkEdit], str]:
    """How an edit's finding shows its address and host: the digits of a person's number in
    them masked (``https://139****3134.t.cn/x``: a number in a host is read as any, fix 127),
    read from the link's place in the field — or, for an edit a later pass found (no place),
    any of the field's numbers (review 47's F4)."""
    in_links = NumbersInLinks(text, masks)
    ends = {span.url_start: span.url_end for span in flatten(spans)}

    def hide(shown: str, edit: LinkEdit) -> str:
        if edit.offset is None:
            return in_links.hidden_anywhere(shown)
        return in_links.hidden_in(shown, edit.offset, ends.get(edit.offset, len(text)))

    return hide
