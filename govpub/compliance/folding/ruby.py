"""A ruby's annotations, read apart from the base text they stand above.

``<ruby>138<rt>幺三八</rt></ruby>12345678`` shows 13812345678 along the line and 幺三八 small
above its first digits; ``内<rt>·</rt>部<rt>·</rt>资<rt>·</rt>料<rt>·</rt>`` shows 内部资料
with a dot over each character (着重号); a browser without ruby shows ``<rp>``'s brackets
round the annotation, beside the base.  Either way the base reads on without the annotation
(red team 96's ``ruby-annotation``): the fold drops each ``<rt>``, ``<rtc>`` and ``<rp>`` with its
content (:func:`ruby_annotations`, whatever the annotation holds: pinyin, bopomofo, dots,
digits, hanzi), and the check reads the annotations as a text of their own
(:func:`annotation_spans`), as it reads a formatting tag's tooltip — a marking or a number
written in an ``<rt>`` is shown too.

Only an annotation of plain text, at most 100 characters and no tag: one that holds a tag, or
a link's characters (``.``, ``:``, ``/``, ``@``), stays where it is written, to be read there
(the link scanner finds an address in place, as before).  ``</rt>`` may be left out before
the next ``<rt>``, ``<rtc>``, ``<rb>``, ``<rp>`` or ``</ruby>``, as HTML allows.  An ``<rtc>``
(an annotation container: ``<ruby>13812<rtc>a</rtc>345678</ruby>`` shows 13812345678 with
``a`` above, review 62 L9) is read as an ``<rt>``: its text goes; round ``<rt>`` elements, its
tags go as the annotation's own.
"""

from __future__ import annotations

import re

from govpub.compliance.holds import holds
from govpub.compliance.regex_cache import regex

__all__ = ["annotation_spans", "drop_annotations", "may_hold_ruby", "ruby_annotations"]

# An annotation: its start tag (attributes: at most 100 characters), its content (group
# "text") and its end tag, or none before the next ruby tag.  An ``<rtc>`` (an annotation
# container) is one as well: its text, or its tags round the ``<rt>`` in it, go.  Linear: a
# literal "<r" first, bounded after it.
_ANNOTATION = (
    r"<r(?:tc?|p)(?:\s[^<>]{0,100})?>(?P<text>[^<>.:/@\uff0e\uff1a\uff0f\uff20]{0,100})"
    r"(?:</r(?:tc?|p)\s*>|(?=</?r(?:uby|tc|[tbp])[\s>]))"
)
_FOLDED = regex(_ANNOTATION)
_WRITTEN = regex(_ANNOTATION, re.IGNORECASE)


def may_hold_ruby(text: str) -> bool:
    """Whether ``text`` may hold a ruby annotation (a quick test)."""
    return holds(text, "<r") and (holds(text, "<rt") or holds(text, "<rp"))


def ruby_annotations(folded: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The annotations of ``folded``, tags and content, for ``_drop``: the base reads on."""
    return [match.span() for match in _FOLDED.finditer(folded)], {}


def annotation_spans(text: str) -> list[tuple[int, int]]:
    """Where the content of each annotation the fold drops is in ``text`` as written (any
    case), none blank: to be read apart, as shown above the base."""
    if not holds(text, "<r") and not holds(text, "<R"):  # (C-level searches; the caseless pattern
        return []  # tests each character, 20 µs in a post of HTML)
    return [
        match.span("text")
        for match in _WRITTEN.finditer(text)
        if match.group("text") and not match.group("text").isspace()
    ]


def drop_annotations(address: str) -> str:
    """``address`` as written without the ruby annotations in it: the link scanner found it
    across annotations the fold dropped (``w<rt>·</rt>w<rt>·</rt>w.gov.cn``), and the line
    shows it without them."""
    return _WRITTEN.sub("", address) if "<" in address else address
