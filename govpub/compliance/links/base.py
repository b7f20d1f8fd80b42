"""The scanner's state, and the spans it makes: constructs found in the folded text, as written.

One scan reads the folded text (:mod:`govpub.compliance.folding`) and reports offsets into
the text as written.  :class:`ScannerBase` holds both texts and the compiled expressions, and
makes a :class:`~govpub.compliance.links.span.LinkSpan` from folded offsets
(:meth:`~ScannerBase.span`: mapped back, its address decoded as a browser reads it).  The
scanner is one class written in three modules, one subclass each — this base, the bare
addresses (:mod:`~govpub.compliance.links.bare`), the loop and the markup forms
(:mod:`~govpub.compliance.links.scanner`) — so that no call goes through a layer more than
when it was one module: ``scan_links`` runs on every field.
"""

from __future__ import annotations

import re

from govpub.compliance.folding import Folded
from govpub.compliance.links.addresses import entities, html_backslashes, md_unescape
from govpub.compliance.links.expressions import markup_patterns, plain_patterns
from govpub.compliance.links.span import LinkSpan
from govpub.compliance.regex_cache import regex

__all__ = ["ScannerBase"]


_LABEL_WRITTEN = regex(r"\[((?:[^\[\]\\\n]|\\.)*)\]")


class ScannerBase:
    """The state of one scan of a folded text, and the spans it makes, as written."""

    def __init__(self, folded: Folded, written: str) -> None:
        self.text = folded.tagged  # (its tags' attributes all there: addresses in any)
        self.folded = folded
        self.written = written
        self.identity = folded.identity
        markup = markup_patterns()
        self.angle = markup["angle"].match
        self.markdown = markup["md"].match
        self.refdef = markup["ref"].match
        plain = plain_patterns()
        self.scheme = plain["scheme"].match
        self.www = plain["www"].match
        self.domain = plain["domain"].match
        #: The closing tag a container's search found, by ``(tag, stop)``: ``(from, match)``.
        #: Asked again from a later start, the answer stands while the match is not before
        #: it (a page of unclosed ``<a href=…>`` searched to its end once per tag was
        #: quadratic: red team 60).
        self.closes: dict[tuple[str, int], tuple[int, re.Match[str] | None]] = {}

    def span(
        self,
        kind: str,
        start: int,
        end: int,
        url_start: int,
        url_end: int,
        *,
        words: tuple[int, int] = (-1, -1),
        inner: tuple[LinkSpan, ...] = (),
        tag: str = "",
    ) -> LinkSpan:
        """A :class:`LinkSpan` of the text as written, from folded offsets."""
        text_start, text_end = words
        folded_url = (url_start, url_end)
        if not self.identity:
            span = self.folded.span
            start, end = span(start, end)
            url_start, url_end = span(url_start, url_end)
            if text_start >= 0:
                text_start, text_end = span(text_start, text_end)
        written = self.written
        raw = written[url_start:url_end]
        if kind == "bare" and "*" in raw and not self.identity:
            url = self._shown_stars(raw, url_start, *folded_url)
        elif kind == "bare" or ("&" not in raw and "\\" not in raw):
            url = raw  # (no entity, no escape: what the decoders below give back)
        elif kind == "html":
            url = entities(raw)
            if "\\" in url:
                url = html_backslashes(url)
        else:
            url = md_unescape(raw)
        label = ""
        if kind == "refdef":
            found = _LABEL_WRITTEN.search(written, start, end)
            label = found.group(1) if found is not None else ""
        return LinkSpan(
            kind, start, end, url_start, url_end, raw, url, text_start, text_end, inner, label, tag
        )

    def _shown_stars(self, raw: str, at: int, start: int, end: int) -> str:
        """A bare address as written at ``at`` (folded ``[start, end)``) without the
        asterisks folding dropped as emphasis: the half of an italic pair inside it
        (``*t.c*n/x``, ``www*.gov*.cn``) is no character of the address the page shows."""
        kept = {self.folded.original(index) for index in range(start, end)}
        return "".join(c for k, c in enumerate(raw, at) if c != "*" or k in kept)

    def _as_written(self, start: int, end: int) -> str:
        """The text as written behind the folded ``[start, end)``."""
        if not self.identity:
            start, end = self.folded.span(start, end)
        return self.written[start:end]
