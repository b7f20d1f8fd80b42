"""The start and end tags a browser builds a page's elements from, read as its tokenizer reads them.

A reader that counts elements (which ``</span>`` closes a hidden ``<span>``) counts tags,
and a ``<span>`` or a ``</span>`` is a tag only where the tokenizer reads one: not in a
comment (``<!--<span>-->``), not in another tag's quoted value (``<img alt="<span>">``,
``<a title="</span>">``), not in a raw-text element's content (``<textarea><span>
</textarea>``, a ``<script>``'s string, a ``<style>``'s sheet; review 77's F4, L4).  A tag
runs to its first ``>`` outside a quoted value, however long (WeChat's exports carry inline
styles of many hundred characters) and whatever its values hold (``title="a>b"``: review
77's L2).  One expression, each token read once from where the last ended (linear): a
comment to its ``-->`` (one left open runs to the text's end, as a browser reads it), a
bogus comment or a declaration to its ``>``, a raw-text element whole, a tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govpub.compliance.folding.markup import RAW_TEXT_NAMES
from govpub.compliance.regex_cache import regex

__all__ = ["TAG_BODY", "element_tags", "element_tokens"]

#: A tag's attributes to its end (its ">" not included): a quote opens a value only right
#: after its "=" (``<img alt=it's>``), a value left open runs to the text's end.
TAG_BODY = r"""(?:[^>"'=]++|["']|=\s*+(?:"[^"]*+(?:"|\Z)|'[^']*+(?:'|\Z))?)*+"""
_RAW = "|".join((*RAW_TEXT_NAMES, "style", "plaintext"))
_ELEMENT_TOKEN = regex(
    r"<!--(?:-?>|(?:[^-]++|-(?!-!?>))*+(?:--!?>|\Z))"
    r"|<[!?][^>]*+(?:>|\Z)"
    rf"|<(?P<raw>{_RAW})(?=[\s/>]){TAG_BODY}(?:>(?:[^<]++|<(?!/(?P=raw)(?=[\s/>])))*+)?"
    rf"|<(?P<end>/)?(?P<name>[a-z][a-z0-9-]*+(?::[a-z0-9-]++)?)(?=[\s/>]){TAG_BODY}(?:>|\Z)",
    re.IGNORECASE,
)


def element_tokens(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """The tokens of ``text`` from ``start`` (a token's start): comments and declarations,
    raw-text elements whole (group ``raw``: their name), start and end tags (group ``name``,
    ``end`` set for an end tag)."""
    return _ELEMENT_TOKEN.finditer(text, start)


def element_tags(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """The start and end tags of ``text`` from ``start`` (a token's start) that open or close
    elements, as :func:`element_tokens` reads them (group ``name``; ``end`` set for an end
    tag), but those of raw-text elements."""
    for token in _ELEMENT_TOKEN.finditer(text, start):
        if token.group("name") is not None:
            yield token
