"""Words a page shows with a link or a tag that are never linked: titles and alt texts.

``title="…"``, ``alt="…"`` and a Markdown link's ``"title"``: a tooltip, or a picture's
stand-in, shown to readers, so the check reads an address there as one to type, not to
click.  Apart: read after the scan, of the found links (:func:`link_titles`) and of the tags
that hold none (:func:`tag_titles`); and the tooltips of the formatting tags that the fold
drops (:func:`tooltips`), which the check reads as a text of their own, as it reads those of
the tags the fold keeps for the notes their quotes hide (:func:`kept_tag_titles`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from govpub.compliance.folding import FORMATTING_TAGS, TOOLTIP_TAG
from govpub.compliance.folding.attributes import TOOLTIP_ATTRIBUTES, tag_end
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.links.span import LinkSpan
from govpub.compliance.regex_cache import regex

__all__ = ["kept_tag_titles", "link_titles", "tag_titles", "tooltips"]


# What a page shows of a link or picture besides its words, never linked: the "title"
# attribute and the tooltip libraries' (a tooltip: TOOLTIP_ATTRIBUTES) and an image's "alt"
# text (shown when the picture is not), as written (any case); a Markdown link's, image's or
# reference definition's title after its destination.
_TOOLTIP_NAMES = "|".join(TOOLTIP_ATTRIBUTES)
# (after a space, or right after a quoted value, a "/" maybe between: browsers read
# class="c1"title=… and <span/class="c1"/title=…> so — red team 93 — but not a path's /title=)
_BEFORE_NAME = r"""(?:\s|(?<=["'])/?|(?<=\s)/)"""
_SHOWN_ATTR = regex(
    rf"""{_BEFORE_NAME}(?P<name>{_TOOLTIP_NAMES}|alt)\s*=\s*"""
    r"""(?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)'|(?P<v3>[^\s"'=<>`]+))""",
    re.IGNORECASE,
)
# One attribute of a start tag's list as the HTML tokenizer reads it, the spaces and "/"
# before it included: a name (any character but a space, "/" and ">", and but "=" past its
# first), and maybe its value, quoted or to a space or ">".  A title is one where the list puts
# a name, not words in another's value that read "title=" (``data-options='title="…"'``,
# ``onclick="alert('title=…')"``: review 58's M).
_LISTED_ATTRIBUTE = regex(
    r"""[\s/]*+(?P<name>[^\s/>][^\s/>=]*+)(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?"""
)
_TAG_NAME = regex(r"<[^\s/>]*+")


def _listed_values(
    attribute: re.Pattern[str], text: str, opened: int, close: int
) -> list[tuple[int, int]]:
    """The values of the ``attribute`` (a pattern whose group "name" is the attribute's name) in
    the tag of ``text`` that opens at ``opened`` and ends at ``close``: those whose name stands
    where the tag's list puts one (:data:`_LISTED_ATTRIBUTE`)."""
    found = [m for m in attribute.finditer(text, opened, close) if m.lastgroup is not None]
    if not found:  # (most tags: the list is walked only in a tag that reads "title=")
        return []
    tag_name = _TAG_NAME.match(text, opened, close)
    at = opened if tag_name is None else tag_name.end()
    names = set()
    for listed in _LISTED_ATTRIBUTE.finditer(text, at, close):
        if listed.start() != at:
            break
        names.add(listed.start("name"))
        at = listed.end()
    return [m.span(m.lastgroup or 0) for m in found if m.start("name") in names]


_MD_TITLE = regex(
    r""">?\s++(?:"(?P<v1>(?:[^"\\]++|\\.)*+)"|'(?P<v2>(?:[^'\\]++|\\.)*+)'"""
    r"""|\((?P<v3>(?:[^()\\]++|\\.)*+)\))"""
)


def link_titles(text: str, span: LinkSpan) -> list[tuple[int, int]]:
    """Where the titles of the link ``span`` of ``text`` are (``title="…"``, ``alt="…"``,
    ``[words](url "…")``): shown to readers, never linked."""
    if span.kind in ("md_link", "md_image", "refdef"):
        if span.end - span.url_end <= 2:  # "url)" or "<url>)": the commonest, no title
            return []
        title = _MD_TITLE.match(text, span.url_end, span.end)
        return [] if title is None or title.lastgroup is None else [title.span(title.lastgroup)]
    if span.kind == "html":
        # (to the tag's own ">", as the scanner read it: not one in a quoted value)
        tag = tag_end(text, span.start + 1, span.end)
        if tag is not None:
            return _listed_values(_SHOWN_ATTR, text, span.start, tag.end() - 1)
    return []


# A tag's shown attributes (title, alt) in a tag that holds no link of its own
# (``<img src="a.png" alt="…">``, ``<a title="…">``, ``<span title="…">``): the tooltip or
# the alt text shows the same as a link's does (red team 14).
_TAG_REACH = 500  # how far a tag's attributes are looked through
# Where such a tag may start: a tag name, not an autolink nor a closing tag; a link's own tag
# is passed by its start (link_titles gives its titles), but an "<a href="http…"" the scanner
# read as no link is read here — WHATWG reads the "<b>" glued after its title as its next
# attribute's name, ``<a href="…" title="详见u.jd.com/x"<b>…</a>``, which the fold drops, so
# its title stood in prose (left29b).  One search in C over the text.
_TAG_START = LazyPattern(r"<(?!https?:)[a-zA-Z][a-zA-Z0-9]{0,15}[\s/]")


def tag_titles(text: str, links: Sequence[LinkSpan]) -> list[tuple[int, int]]:
    """Where the titles and alt texts of tags are, except in the tags of ``links`` (whose
    titles :func:`link_titles` gives)."""
    return [span for _, span in _titled_tags(text, links)]


def kept_tag_titles(text: str, links: Sequence[LinkSpan]) -> list[tuple[int, int]]:
    """Where the titles and alt texts of :func:`tag_titles` are in the tags the fold keeps
    (``<p title="…">``, ``<td title="…">``, ``<img alt="…">``): read there in their tag, whose
    quotes keep a note or a marking from standing on a line of its own, though the page
    shows it so, as it shows a formatting tag's tooltip (:func:`tooltips`: those tags'
    titles are not among these)."""
    return [span for name, span in _titled_tags(text, links) if name not in FORMATTING_TAGS]


#: The last field's titled tags (its text, its links, what :func:`_titled_tags` found): the
#: check asks for its :func:`tag_titles` and then its :func:`kept_tag_titles`, and a second
#: walk over the tags of a post of HTML cost 2 % of ``check()`` (one tuple, swapped whole).
_LAST: list[tuple[str, Sequence[LinkSpan], list[tuple[str, tuple[int, int]]]]] = [("", (), [])]


def _titled_tags(text: str, links: Sequence[LinkSpan]) -> list[tuple[str, tuple[int, int]]]:
    """Each title and alt text of :func:`tag_titles`, with its tag's name in lower case."""
    last = _LAST[0]
    if last[0] is text and last[1] is links:
        return last[2]
    found = list(_walk_tags(text, links))
    _LAST[0] = (text, links, found)
    return found


def _walk_tags(text: str, links: Sequence[LinkSpan]) -> Iterator[tuple[str, tuple[int, int]]]:
    """:func:`_titled_tags`, read from the text."""
    starts: set[int] | None = None  # (made at the first tag found: most texts have none)
    for tag in _TAG_START.finditer(text):
        at = tag.start()
        if starts is None:
            starts = {span.start for span in links}
        if at in starts:
            continue
        end = tag_end(text, tag.end(), at + _TAG_REACH)
        if end is None:
            continue
        close = end.end() - 1
        name = text[at + 1 : tag.end() - 1].lower()
        for value in _listed_values(_SHOWN_ATTR, text, at, close):
            yield name, value


# What a formatting tag shows or says besides its words: a tooltip (``title``, and a tooltip
# library's ``data-tooltip``…: TOOLTIP_ATTRIBUTES), and the label a screen reader reads aloud
# in their place (``aria-label``).  Not its other ``data-*`` attributes, which no reader sees
# or hears (their addresses are read as links: links/tags.py).
_TOOLTIP_ATTR = regex(
    rf"""(?:[\s"']|(?<=["'])/)(?P<name>{_TOOLTIP_NAMES}|aria-label)\s*=\s*"""
    r"""(?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)'|(?P<v3>[^\s"'=<>`]+))""",
    re.IGNORECASE,
)


def tooltips(text: str) -> list[tuple[int, int]]:
    """Where the tooltips and spoken labels of ``text``'s formatting tags are (``<span
    title="…">``, ``<abbr aria-label="…">``), none empty: the fold drops the tags with them,
    and the page shows them to the reader all the same (red team 89)."""
    if "<" not in text:  # (the tag's pattern starts with "<", which the engine skips to fast:
        return []  # 24 µs in a post of 20,000 characters, against 330 µs for the names first)
    return [
        value
        for tag in TOOLTIP_TAG.finditer(text)
        for value in _listed_values(_TOOLTIP_ATTR, text, tag.start(), tag.end() - 1)
        if value[0] < value[1] and not text[value[0] : value[1]].isspace()
    ]
