"""A link found in a text: :class:`LinkSpan`, the record every form of the scan makes.

Apart because everything that handles links — the scanner, stripping, the checks — reads it,
and it reads nothing: a plain model, with :func:`flatten` to walk the links inside a link's
words.  ``new_tuple`` and ``NO_WORDS`` make one from all its fields at once (the scanner's
fast path).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["NO_WORDS", "LinkSpan", "flatten", "new_tuple"]


class LinkSpan(NamedTuple):
    """One link found in a text.

    ``start``/``end`` cover the whole construct (a Markdown link with its text, an
    ``<a>`` element with its content, a bare URL); ``url_start``/``url_end`` the
    address as written, which ``raw`` holds (full-width and invisible characters
    included); ``url`` is the address a browser uses (Markdown escapes and HTML
    entities decoded; a bare URL as written — :func:`~govpub.compliance.urls.parse_url`
    reads full-width forms).  ``text_start``/``text_end`` are the visible words of a
    Markdown link or ``<a>`` element, and ``inner`` the links inside them.
    ``label`` is a reference definition's label.
    """

    kind: str  # "html" | "md_link" | "md_image" | "autolink" | "refdef" | "bare"
    start: int
    end: int
    url_start: int
    url_end: int
    raw: str
    url: str
    text_start: int = -1
    text_end: int = -1
    inner: tuple[LinkSpan, ...] = ()  # a NamedTuple: cheap to make, immutable
    label: str = ""
    tag: str = ""

    @property
    def has_text(self) -> bool:
        """Whether the link has visible words of its own (Markdown link text, ``<a>`` content)."""
        return self.text_start >= 0


# A LinkSpan made from all its fields at once, without the Python-level ``__new__`` that a
# NamedTuple's keyword defaults go through (half the cost; one a link: −0.02 ms a post).
new_tuple = tuple.__new__
NO_WORDS = tuple(LinkSpan._field_defaults.values())  # after ``url``: no words, inner links…


def flatten(spans: list[LinkSpan] | tuple[LinkSpan, ...]) -> list[LinkSpan]:
    """Spans and the spans inside their link text, in reading order."""
    out: list[LinkSpan] = []
    for span in spans:
        if span.inner:
            out.extend(flatten(span.inner))
        if span.url:
            out.append(span)
    return out
