"""Forum BBCode that the page shows as nothing: ``[b]``, ``[size=1]``, ``[color=red]``….

A forum (Discuz!, phpBB, the 百度贴吧 and 政务论坛 editors) renders ``内部[b]资料[/b]`` as
内部资料 in bold and ``[b]138[/b]12345678`` as one number: the tags go, their text stays, as
the fold drops an inline HTML tag (:mod:`.markup`; red team 96's ``bbcode-inline``).  Only a
closed set of names (:data:`BBCODE_NAMES`, any case: the fold has lower-cased them), each
well formed (a value after "=" holds no "]" nor a line break), and only in pairs: an opening
tag with an end tag of its name somewhere after it, an end tag with an opening tag of its
name somewhere before — so that a footnote ``[1]``, a year ``[2024]``, a list ``[A] [B]`` and
a lone ``[b]`` in prose stay as written; and not in code (a code span, a fenced or indented
block shows them as written), nor a Markdown link's words (``[b](…)``).

A link's tag with its address, ``[url=https://…]官网[/url]`` (and ``[email=…]``), is kept
whole, and its end tag, as the fold keeps ``<a href="…">`` and ``</a>`` and a Markdown
link's brackets: the link scanner reads its address where it is written, bounded by the
"]", and its words read across neither tag (``[url]…[/url]`` round an address goes).
"""

from __future__ import annotations

import re

from govpub.compliance.folding.folded import back_to_written
from govpub.compliance.folding.markup import markdown_code
from govpub.compliance.holds import holds
from govpub.compliance.regex_cache import regex

__all__ = ["BBCODE_NAMES", "bbcode_tags", "drop_bbcode", "may_hold_bbcode"]

#: The tags a forum renders round text, inline, and shows nothing of.
BBCODE_NAMES = (
    "b",
    "i",
    "u",
    "s",
    "sup",
    "sub",
    "color",
    "size",
    "font",
    "url",
    "email",
)
# Not the block boxes: ``[quote]`` (a blockquote), ``[center]``, ``[left]``, ``[right]`` (a
# div with its text-align), like ``[h1]``, ``[p]``, ``[list]``, ``[td]``, ``[code]``: a forum
# shows their content in a box of its own, off the line, so that ``[quote]1381[/quote]2345678``
# is no one number (review 62 F5).  They stay as written, as the fold keeps ``<div>`` and
# ``<blockquote>``, and nothing reads across them.
# Those whose value is an address: the opening tag stays whole (the scanner's to read).
_ADDRESS_NAMES = frozenset({"url", "email"})
# One tag: "[" then "/" (an end tag) or a name and maybe "=value" (no "]", no line break, at
# most 200 characters), then "]"; a name only whole ("[size" is no "[s").  The fold has
# lower-cased the name.  Linear: a literal "[" first, bounded after it.
_TAG = regex(
    r"\[(?:/(?P<end>" + "|".join(BBCODE_NAMES) + r")|(?P<name>" + "|".join(BBCODE_NAMES) + r")"
    r"(?P<value>=[^\]\n]{1,200})?)\]"
)


# The same tags as written, any case: in an address the link scanner found across them.
_TAG_ANY_CASE = regex(_TAG.pattern, re.IGNORECASE)


def may_hold_bbcode(text: str) -> bool:
    """Whether ``text`` may hold a pair of BBCode tags: an end tag's ``[/`` (a quick test)."""
    return holds(text, "[/")


def bbcode_tags(
    folded: str, written: str | None = None, removed: tuple[int, ...] = ()
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The BBCode tags of ``folded`` that the page shows as nothing, for ``_drop``: see the
    module docstring.  ``written`` is the text as written (``removed``: the offsets the fold
    removed from it), whose code shows tags as written.  Each tag is looked at twice at most:
    the pairs are told by the first opening and the last end tag of each name."""
    tags = [
        tag for tag in _TAG.finditer(folded) if not folded.startswith("(", tag.end())
    ]  # ("[b](…)": a Markdown link's words)
    if not tags:
        return [], {}
    first_open: dict[str, int] = {}
    last_end: dict[str, int] = {}
    for tag in tags:
        if tag.group("end"):
            last_end[tag.group("end")] = tag.start()
        elif not _links(tag):
            first_open.setdefault(tag.group("name"), tag.start())
    gaps: list[tuple[int, int]] = []
    for tag in tags:
        end_name = tag.group("end")
        if end_name is not None:
            if first_open.get(end_name, len(folded)) < tag.start():
                gaps.append(tag.span())
        elif last_end.get(tag.group("name"), -1) > tag.start() and not _links(tag):
            gaps.append(tag.span())
    if gaps and written is not None and ("`" in written or "    " in written or "\t" in written):
        gaps = _outside_code(gaps, written, removed)
    return gaps, {}


def _outside_code(
    gaps: list[tuple[int, int]], written: str, removed: tuple[int, ...]
) -> list[tuple[int, int]]:
    """Of the tags at ``gaps`` (in order, offsets of the folded text), those outside the code
    of ``written`` (``removed``: the offsets the fold removed from it), which shows them."""
    code = markdown_code(written)
    if not code:
        return gaps
    back = back_to_written(removed)
    kept: list[tuple[int, int]] = []
    at = 0
    for gap in gaps:
        start = back.original(gap[0])
        while at < len(code) and code[at][1] <= start:
            at += 1
        if not (at < len(code) and code[at][0] <= start):
            kept.append(gap)
    return kept


def drop_bbcode(address: str) -> str:
    """``address`` as written without the BBCode tags in it: the link scanner found it across
    tags the fold dropped (``https://u.[size=1]jd.com/x``), and the page shows it without them
    (u.jd.com/x).  Every such tag goes, paired or not: an address holds a pair's opening tag
    and its end tag stands after it; but a link's tag with its address stays (see the module
    docstring)."""
    if "[" not in address:
        return address
    return _TAG_ANY_CASE.sub(_unless_address, address)


def _unless_address(tag: re.Match[str]) -> str:
    return tag.group() if _links(tag) else ""


def _links(tag: re.Match[str]) -> bool:
    """Whether ``tag`` is a link's opening tag with its address (``[url=…]``, ``[email=…]``)."""
    name = tag.group("name")
    return bool(name and tag.group("value")) and name.lower() in _ADDRESS_NAMES
