"""The link scan: one left-to-right loop over the folded text, and its markup forms.

:func:`scan_links` folds the text, runs the loop and adds the addresses of the formatting
tags the fold dropped (:mod:`~govpub.compliance.links.tags`); :func:`find_links` gives their
addresses.  The loop jumps to candidate characters (:data:`_CANDIDATE`) and hands each to its
form: ``.`` and ``:`` to the bare addresses (:mod:`~govpub.compliance.links.bare`); ``<`` to
HTML tags and autolinks and ``[`` to Markdown links, images and reference definitions, here —
with the loop, because a link's words are scanned again for the links inside them.
"""

from __future__ import annotations

import re

from govpub.compliance._text import require_text
from govpub.compliance.folding import Folded, fold
from govpub.compliance.folding.attributes import ATTRIBUTE
from govpub.compliance.links.addresses import (
    SCRIPT_SCHEMES,
    WEB_PREFIXES,
    entities,
    glued_web_address,
    is_app_link,
    is_web,
    md_unescape,
)
from govpub.compliance.links.bare import BareScanner
from govpub.compliance.links.span import NO_WORDS, LinkSpan, flatten, new_tuple
from govpub.compliance.links.tags import (
    CONTAINERS,
    EMBEDDED,
    EMBEDDED_TRIM,
    URL_ATTRIBUTES,
    ad_host_value,
    closing,
    embedded,
    formatting_tag_links,
    may_be_host,
    may_hold_address,
    player_carried,
    schemeless_ad,
    shown_tag,
    srcset_urls,
)
from govpub.compliance.regex_cache import regex

__all__ = ["find_links", "scan_links"]


# Fast paths for the commonest forms, whose words hold no candidate character (so no
# link): ``<a href="…">words</a>`` and ``[words](url)``; anything else takes the full
# expressions (markup_patterns).
_PLAIN_ANCHOR = regex(r'<a href="([^"<>&\s]*+)">([^<\[:.&]*+)</a\s*>')
_PLAIN_MARKDOWN = regex(r"\[([^\[\]\\<:.\n]*+)\]\(([^\s()<>\\]*+)\)")
# Every link starts at, or is found from, one of these characters: "<" before a letter
# (HTML, autolinks), "[" (Markdown), ":" after "s" or "p" (https, http, ftp) or after a
# letter or digit and before a slash, a backslash, a letter or "#" (an app's deep link,
# tbopen://…, snssdk1128://…, tbopen:m.taobao.com, intent:#Intent;…), or after a letter and
# a space and before "//" (kwai ://…), and "."
# before a letter, or before a label of digits that another dot follows ("163.com", not
# "77.5亿").  The class comes first, so the regex engine skips to those characters at C speed;
# the assertions after it are checked there, also in C; the expressions are tried only there.
_CANDIDATE = regex(
    r"[<\[:.](?:(?<=<)(?=[a-z])|(?<=\[)|(?<=\.)(?=[a-z_]|[0-9][a-z0-9\-_]*\.)|(?<=[sp]:)"
    r"|(?<=[a-z0-9]:)(?=[/\\a-z#])|(?<=[a-z] :)(?=//))"
)


# How a web address in an attribute's value starts (links.tags.EMBEDDED)
_WEB_HEADS = ("www.", "//", "http", "ftp")


# A web scheme written wrong (``https;//``, ``https ://``, ``https%3A%2F%2F``) or defanged
# (``hxxps://``) before an address: what the reader is shown is that address (red team 52).
_MISWRITTEN_SCHEME = regex(
    r"\s*+(?:h\s*t\s*t\s*p(?:\s*s)?\s*(?:[:;]|%3a)\s*(?:[/\\]|%2f|%5c)"
    r"|h\s*t\s*t\s*p(?:\s*s)?\s*[/\\]{2}|hxxps?:[/\\])",
    re.IGNORECASE,
)


def _miswritten_scheme(destination: str) -> bool:
    """Whether a destination no browser opens shows a web address all the same: a scheme
    written wrong or defanged, or a word glued before it (``www.https://…``)."""
    return (
        _MISWRITTEN_SCHEME.match(destination) is not None
        or glued_web_address(destination) is not None
    )


class _Scanner(BareScanner):
    """One scan of a folded text; spans come out with offsets into the text as written."""

    def scan(self, start: int, stop: int) -> list[LinkSpan]:
        text = self.text
        spans: list[LinkSpan] = []
        floor = start  # links never start inside the previous one
        at = start
        search = _CANDIDATE.search
        while True:
            candidate = search(text, at, stop)
            if candidate is None:
                break
            index = candidate.start()
            at = index + 1
            char = text[index]
            if char == ".":
                resume = self._host(index, floor, stop, spans)
            elif char == ":":
                resume = self._scheme(index, floor, stop, spans)
            elif char == "<":
                resume = self._angle(index, stop, spans)
            else:
                resume = self._bracket(index, floor, start, stop, spans)
            if resume > 0:
                floor = at = resume
            elif resume < 0:
                at = -resume  # nothing here; skip what was looked at
        return spans

    def _plain(
        self,
        kind: str,
        start: int,
        end: int,
        url: tuple[int, int],
        words: tuple[int, int],
        *,
        tag: str = "",
    ) -> LinkSpan:
        """A link whose words hold no link; made directly when its offsets are as written and
        its address has no entity to decode (no escape either: the plain forms allow none) —
        what :meth:`span` would give."""
        u_start, u_end = url
        if self.identity:
            raw = self.written[u_start:u_end]
            if "&" not in raw:
                return new_tuple(
                    LinkSpan, (kind, start, end, u_start, u_end, raw, raw, *words, (), "", tag)
                )
        return self.span(kind, start, end, u_start, u_end, words=words, tag=tag)

    # "<" -----------------------------------------------------------------------------
    def _angle(self, index: int, stop: int, spans: list[LinkSpan]) -> int:
        plain = _PLAIN_ANCHOR.match(self.text, index, stop)
        if plain is not None and plain.group(1).startswith(WEB_PREFIXES):
            # the most common anchor, whose words hold no link: no attribute parsing (its
            # address holds no space, so no lstrip() before the prefix test)
            end = plain.end()
            spans.append(self._plain("html", index, end, plain.span(1), plain.span(2), tag="a"))
            return end
        match = self.angle(self.text, index, stop)
        if match is None:
            return 0
        if match.lastgroup == "html":
            found, resume = self._html(match, stop)
            spans.extend(found)
            return resume
        span = self._simple("autolink", match, "auto_url")
        if span is None:
            return 0
        spans.append(span)
        return match.end()

    # "[" -----------------------------------------------------------------------------
    def _bracket(self, index: int, floor: int, start: int, stop: int, spans: list[LinkSpan]) -> int:
        text = self.text
        # a reference definition starts at most three spaces into a line (looked for near
        # ``index`` only: a search back to the line's start would cost a long line per "[";
        # and only after a space or a line break, told first with one comparison: −0.006 ms)
        if index == start or text[index - 1] in " \n":
            newline = text.rfind("\n", max(start, index - 4), index)
            line = newline + 1 if newline != -1 else (start if index - start <= 3 else -1)
        else:
            line = -1
        if line >= floor and line >= 0 and not text[line:index].strip(" "):
            ref = self.refdef(text, line, stop)
            if ref is not None:
                group = "ref_a" if ref.group("ref_a") is not None else "ref_b"
                span = self._simple("refdef", ref, group)
                if span is not None:
                    spans.append(span)
                    return ref.end()
        begin = index - 1 if index > floor and text[index - 1] == "!" else index
        plain = _PLAIN_MARKDOWN.match(text, index, stop) if begin == index else None
        if plain is not None and plain.group(2).startswith(WEB_PREFIXES):
            # the most common Markdown link, whose words hold no link: no nested parsing (its
            # destination holds no space, so no lstrip() before the prefix test)
            end = plain.end()
            spans.append(self._plain("md_link", index, end, plain.span(2), plain.span(1)))
            return end
        match = self.markdown(text, begin, stop)
        if match is None and begin != index:
            match = self.markdown(text, index, stop)
        if match is None:
            return 0
        span = self._markdown(match)
        if span is None:
            return -match.end()  # a relative link with no link in its words
        spans.append(span)
        return match.end()

    def _markdown(self, match: re.Match[str]) -> LinkSpan | None:
        """A Markdown link; ``None`` for a local or relative one with no link in its words.

        A destination without a scheme is a link when it starts with an address the
        scanner would find in text (``[领取](t.cn/abc)``); otherwise it is relative
        (``docs/x.md``) and never scanned, whether or not the words hold links — so
        that removing those changes nothing else (strip stays idempotent).
        """
        group = "dest_a" if match.group("dest_a") is not None else "dest_b"
        d_start, d_end = match.span(group)
        # unescaped once, from what the editor wrote (the fold has unescaped the folded text
        # already: "\\\\t.cn" is "\\t.cn" on the page, a protocol-relative address)
        destination = md_unescape(self._as_written(d_start, d_end))
        relative = (
            not is_web(destination)
            and not is_app_link(destination)
            and not self._leads_with_link(d_start, d_end)
            and not _miswritten_scheme(self.text[d_start:d_end])  # (folded: ｗｗｗ．, 。)
        )
        if relative and destination[:11].lower().startswith(SCRIPT_SCHEMES):
            embedded = self._script_address(d_start, d_end)
            if embedded is not None:  # [x](javascript:location='//t.cn/x'): the address
                (d_start, d_end), relative = embedded, False
        text_start, text_end = match.span("text")
        inner: tuple[LinkSpan, ...] = ()
        if _CANDIDATE.search(self.text, text_start, text_end) is not None:
            inner = tuple(self.scan(text_start, text_end))
        if relative and not inner:
            return None
        kind = "md_image" if match.group("bang") else "md_link"
        span = self.span(
            kind,
            match.start(),
            match.end(),
            d_start,
            d_end,
            words=(text_start, text_end),
            inner=inner,
        )
        return span._replace(url="") if relative else span  # relative: only its words matter

    def _script_address(self, start: int, stop: int) -> tuple[int, int] | None:
        """Where the web address in a script destination ``[start, stop)`` is, if it holds one.

        ``[点此](javascript:location='//t.cn/x')``: Markdown renderers refuse a
        ``javascript:`` link and show it as text, which a platform's linkifier links
        (``t.cn/x``); where one renders it, the script opens the address.  Either way the
        address is the link, as in an HTML attribute's script (:data:`EMBEDDED`).
        """
        match = EMBEDDED.search(self.text, start, stop)
        if match is None:
            return None
        end = match.start() + len(match.group().rstrip(EMBEDDED_TRIM))
        return (match.start(), end) if "." in self.text[match.start() : end] else None

    def _leads_with_link(self, start: int, stop: int) -> bool:
        """Whether the text ``[start, stop)`` starts with a link (a destination without scheme)."""
        if start == stop or _CANDIDATE.search(self.text, start, stop) is None:
            return False
        found = self.scan(start, stop)
        first = self.folded.original(start) if not self.identity else start
        return bool(found) and found[0].start == first

    def _html(self, match: re.Match[str], stop: int) -> tuple[list[LinkSpan], int]:
        """Links in one HTML tag; containers (``<a>``…) are taken up to their closing tag."""
        text = self.text
        attrs = match.group("attrs") or ""
        tag = match.group("tag")
        base = match.start("attrs") if attrs else match.end()
        found, read = self._attribute_links(tag, attrs, base)
        found += [e for e in embedded(attrs, base, found + read) if self._opened(e)]
        if tag == "iframe":
            found += player_carried(tag, found)
        if not found:
            return [], match.end()
        end = match.end()
        text_start = text_end = -1
        inner: tuple[LinkSpan, ...] = ()
        if tag in CONTAINERS:
            close = self._closing(tag, match.end(), stop)
            if close is not None:
                text_start, text_end, end = match.end(), close.start(), close.end()
                if _CANDIDATE.search(text, text_start, text_end) is not None:
                    inner = tuple(self.scan(text_start, text_end))
        spans = [
            self.span(
                "html",
                match.start(),
                end,
                u_start,
                u_end,
                words=(text_start, text_end),
                inner=inner if index == 0 else (),
                # a style's url(…) is a picture the element shows, as an <img> is
                tag=shown_tag(tag, attrs, u_start - base, url),
            )
            for index, (u_start, u_end, url) in enumerate(found)
        ]
        return spans, end

    def _attribute_links(
        self, tag: str, attrs: str, base: int
    ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """The addresses in a tag's URL attributes, and a listed ad host with no scheme in the
        others (:func:`schemeless_ad`); and the ``srcset`` values read here whole, whose
        descriptors no other reader takes for addresses (offsets in the text)."""
        found: list[tuple[int, int, str]] = []
        read: list[tuple[int, int, str]] = []
        for attr in ATTRIBUTE.finditer(attrs):
            name = attr.group("name")
            group = attr.lastgroup or "v3"
            if name not in URL_ATTRIBUTES:
                if may_be_host(attr.group(group)):
                    at = schemeless_ad(tag, name, attr.group(group))
                    if at is not None:
                        a_end = base + attr.end(group)
                        found.append((base + attr.start(group) + at, a_end, attr.group(group)[at:]))
                continue
            a_start, a_end = base + attr.start(group), base + attr.end(group)
            value = attr.group(group)
            if name == "srcset":
                read.append((a_start, a_end, value))  # (its descriptors are no addresses)
                for off, piece in srcset_urls(value):
                    if is_web(entities(piece)) or ad_host_value(piece):
                        found.append((a_start + off, a_start + off + len(piece), piece))
            elif (
                is_web(entities(value))
                or is_app_link(value)
                or ("&" in value and is_app_link(entities(value)))  # tbopen&#58;//…
                or _miswritten_scheme(value)
                or ad_host_value(value)  # href="t.cn/x": the host an editor's dialog opens
                or (
                    value[:1] == "\\" and is_web(entities(self._as_written(a_start - 1, a_end)[1:]))
                )
            ):  # the fold reads "\\\\" as a Markdown escape; HTML has none: "\\\\t.cn/x"
                # (from the character before: the fold drops the escaping backslash)
                found.append((a_start, a_end, value))
        return found, read

    def _opened(self, address: tuple[int, int, str]) -> bool:
        """Whether a web address in an attribute's value is one a script opens: its ``www.``,
        ``//`` or scheme written in ASCII, not one the fold reads so (``data-note="ｗｗｗ．
        ｇｏｖ．ｃｎ"`` is no address to a browser, as on a ``<span>``: red team 90)."""
        start, _, url = address
        return not url.startswith(_WEB_HEADS) or self._as_written(start, start + 2).isascii()

    def _closing(self, tag: str, start: int, stop: int) -> re.Match[str] | None:
        """The first closing tag of ``tag`` in ``text[start:stop]`` (see ``closes``)."""
        known = self.closes.get((tag, stop))
        if (
            known is not None
            and known[0] <= start
            and (known[1] is None or known[1].start() >= start)
        ):
            return known[1]
        close = closing(tag).search(self.text, start, stop)
        self.closes[tag, stop] = (start, close)
        return close

    def _simple(self, kind: str, match: re.Match[str], group: str) -> LinkSpan | None:
        raw = match.group(group)
        if raw is None:
            return None
        plain = "\\" not in raw and "&" not in raw
        if not is_web(raw if plain else md_unescape(raw)) and not is_app_link(raw):
            return None
        start, end = match.span()
        u_start, u_end = match.span(group)
        if plain and self.identity and kind == "autolink":
            url = self.written[u_start:u_end]  # what span() gives: no map, nothing to decode
            return new_tuple(LinkSpan, (kind, start, end, u_start, u_end, url, url, *NO_WORDS))
        return self.span(kind, start, end, u_start, u_end)


def scan_links(
    text: str, start: int = 0, end: int | None = None, *, folded: Folded | None = None
) -> list[LinkSpan]:
    """Every link in ``text[start:end]``, in order, with offsets into ``text`` as written.

    ``folded`` may pass ``fold(text)`` when the caller has it already (saves a fold).
    """
    if start or (end is not None and end < len(text)):
        piece = text[start:end]
        return [_shift(s, start) for s in scan_links(piece)]
    if folded is None:
        folded = fold(text)
    spans = _Scanner(folded, text).scan(0, len(folded.text))
    # (a formatting tag's bare host, <span data-url="t.cn/x">, has a "." and an "=" only)
    if not folded.identity and "<" in text and (may_hold_address(text) or "=" in text):
        hidden = formatting_tag_links(text, spans)
        if hidden:
            spans = sorted([*spans, *hidden], key=lambda span: span.start)
    return spans


def _shift(span: LinkSpan, by: int) -> LinkSpan:
    def move(at: int) -> int:
        return at + by if at >= 0 else at

    return span._replace(
        start=span.start + by,
        end=span.end + by,
        url_start=span.url_start + by,
        url_end=span.url_end + by,
        text_start=move(span.text_start),
        text_end=move(span.text_end),
        inner=tuple(_shift(s, by) for s in span.inner),
    )


def find_links(text: str) -> list[str]:
    """Every web link in ``text`` (plain text, Markdown or HTML), in order of appearance.

    Markdown destinations and HTML attributes come back decoded (escapes and
    entities), as a browser would use them; bare URLs come back as written, however
    written (``u。jd。com/x``, ``ｔ．ｃｎ/x``) — :meth:`govpub.Policy.is_ad_link` and
    :meth:`~govpub.Policy.allows_source` read them as the address they imitate.

    >>> find_links("详见https://www.gov.cn/a.html。也可访问www。gov。cn")
    ['https://www.gov.cn/a.html', 'www。gov。cn']
    """
    require_text(text, "find_links")
    return [span.url for span in flatten(scan_links(text))]
