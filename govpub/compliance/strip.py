"""Stripping ad links and tracking parameters from text, Markdown and HTML.

123号 四(三): no commercial ads, no links to ad pages.  Stripping is an edit the
editor can see (each removal is a ``fixed`` finding) and follows these rules:

* a link whose visible words are not the address — ``[领取优惠](https://s.click…)``,
  ``<a href="…">领取优惠</a>`` — loses the link and keeps the words;
* a link that is its own text (a bare URL, an autolink, ``[https://t.cn/x](…)``),
  an image, or a frame/media element goes entirely;
* a reference definition ``[id]: https://t.cn/x`` goes, and the references to it
  keep their words;
* links that stay lose their tracking parameters (``utm_*``, ``spm``,
  ``pid=mm_…``, ``tk``…), everything else about them kept byte for byte.

Stripping is repeated until nothing changes, so it is idempotent by
construction, and no ad link can be left behind by text that closes up around
a removed link (``ww[w](ad).t.cn/x``): whatever the last pass finds, it strips.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from govpub.compliance._text import require_text
from govpub.compliance.folding import drop_hidden, is_han
from govpub.compliance.folding.element_tags import element_tags, element_tokens
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.links import LinkSpan, scan_links
from govpub.compliance.links.bare import MOST_USER_PART
from govpub.compliance.policy import Policy
from govpub.compliance.regex_cache import regex
from govpub.compliance.urls import parse_url

__all__ = ["LinkEdit", "rewrite_links", "strip_ad_links"]

_MAX_ROUNDS = 64
_MARK = "\ue001"  # a private-use character: where a removed link was
_REFERENCE = LazyPattern(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.){0,999})\]"
    r"(?:\[(?P<label>(?:[^\[\]\\]|\\.){0,999})\]|(?![(\[:]))"
)


@dataclass(frozen=True, slots=True)
class LinkEdit:
    """One change: an ad link removed, or tracking parameters dropped from a link.

    ``offset`` is the address's position in the text as given (``None`` for an
    edit found on a later pass, after earlier removals moved the text).
    """

    kind: Literal["ad", "tracking"]
    url: str
    offset: int | None
    new_url: str = ""


def _is_ad(policy: Policy, span: LinkSpan) -> bool:
    if policy.links.classify_link(span.url) == "ad":
        return True
    raw = span.raw
    if span.kind == "html" and "\\" in raw:
        return False  # its url is the address as a browser reads it, backslashes as slashes
    if raw != span.url and raw and policy.links.classify_link(raw) == "ad":
        return True
    if span.kind == "bare" and "<" in raw and policy.links.classify_link(drop_hidden(raw)) == "ad":
        return True  # t.cn<span hidden>.gov.cn</span>/x: the reader copies t.cn/x
    return "&" in raw and policy.links.classify_link(html.unescape(raw)) == "ad"


def _groups(spans: Sequence[LinkSpan]) -> Sequence[Sequence[LinkSpan]]:
    """Spans of one HTML tag (several URL attributes) belong together."""
    starts = {span.start for span in spans}
    if len(starts) == len(spans):
        # no two share a start (links do not overlap; only one tag's attributes do): one each
        return [(span,) for span in spans]
    groups: list[list[LinkSpan]] = []
    head: LinkSpan | None = None
    for span in spans:
        if head is not None and head.kind == "html" and head.start == span.start:
            groups[-1].append(span)
        else:
            groups.append([span])
            head = span
    return groups


def _href(url: str) -> str:
    parsed = parse_url(url)
    return parsed.href if parsed is not None else url


class _Pass:
    """One pass over a text: rewrites it and collects the edits."""

    def __init__(self, text: str, policy: Policy, first: bool) -> None:
        self.text = text
        self.policy = policy
        self.first = first
        self.edits: list[LinkEdit] = []
        self.labels: set[str] = set()
        self.mark = "" if _MARK in text else _MARK
        self.drops: list[
            tuple[int, int]
        ] = []  # (where, how long), sorted: lone emphasis marks, end tags
        self.pairs: dict[int, tuple[int, int]] | None = None  # see drop_end_tag

    def offset(self, span: LinkSpan) -> int | None:
        return span.url_start if self.first else None

    def rewrite(self, start: int, end: int, spans: Sequence[LinkSpan]) -> str:
        text = self.text
        out: list[str] = []
        pos = start  # copied up to here; links that stay as they are are not copied apart
        policy = self.policy
        for group in _groups(spans):
            head = group[0]
            ads: Sequence[LinkSpan]
            if len(group) == 1:
                if not head.url or not _is_ad(policy, head):
                    if not head.inner and "?" not in head.raw:
                        continue  # nothing to change (most links): see keep()
                    ads = []
                else:
                    ads = group
            else:
                ads = [s for s in group if s.url and _is_ad(policy, s)]
            if ads:
                words = self.remove(head, ads)
                start, stop = head.start, head.end
                if not (words.replace(self.mark, "") if self.mark else words):
                    start, stop = self.widen(start, stop, pos, end)
                out.append(self.copy(pos, start))
                # the marks show where text closes up (see rewrite_links)
                out.append(self.mark + words + self.mark)
                pos = stop
                if head.kind == "refdef" and text.startswith("\n", pos):
                    pos += 1
                continue
            kept = self.keep(head, group)
            if kept is not None:
                out.append(text[pos : head.start])
                out.append(kept)
                pos = head.end
        if not out:
            return text[start:end]
        out.append(self.copy(pos, end))
        return "".join(out)

    def copy(self, start: int, end: int) -> str:
        """``text[start:end]`` without the emphasis marks :meth:`widen` dropped there."""
        if not self.drops:
            return self.text[start:end]
        first = bisect.bisect_left(self.drops, (start, 0))
        last = bisect.bisect_left(self.drops, (end, 0), first)
        pieces, pos = [], start  # (the drops are sorted: each looked at once)
        for at, size in self.drops[first:last]:
            if at >= pos and at + size <= end:
                pieces.append(self.text[pos:at])
                pos = at + size
        pieces.append(self.text[pos:end])
        return "".join(pieces)

    def widen(self, start: int, stop: int, low: int, high: int) -> tuple[int, int]:
        """The span of a link removed with its words, widened over the Markdown emphasis
        marks that would stand alone once it is gone.

        A link that took one half of a pair of ``*``/``_``/``~`` runs (``t.c*n/A6x*``,
        ``*t.cn*/A6x``: the fold reads the address without the half inside it) leaves the
        other half, which the page then shows as an asterisk; so does a pair with nothing
        left between it (``*t.cn/A6x*``, ``**…**``, a code span's backticks).  Their
        halves go too: the text reads as if the editor had never written the link.  The
        other half of a pair is looked for right beside the link, or else on its line.
        """
        text = self.text
        runs = _unpaired(text[start:stop])
        if runs is None:
            return start, stop  # (three or more unpaired runs: left as written)
        for run in runs:
            size = len(run)
            if _run_before(text, start, low) == run:
                start -= size
            elif _run_after(text, stop, high) == run:
                stop += size
            else:
                self.drop_on_line(run, start, stop, low, high)
        while True:
            left = _run_before(text, start, low)
            if not left or left != _run_after(text, stop, high):
                return start, stop
            if left[0] == "_" and _intraword(text, start - len(left), stop + len(left)):
                return start, stop  # (snake_case: underscores inside a word are no emphasis)
            start, stop = start - len(left), stop + len(left)

    def drop_on_line(self, run: str, start: int, stop: int, low: int, high: int) -> None:
        """Drop the nearest lone ``run`` on the link's line: before it, or else after it."""
        text = self.text
        line_start = max(text.rfind("\n", low, start) + 1, low)
        line_end = text.find("\n", stop, high)
        line_end = high if line_end == -1 else line_end
        pattern = _lone_run(run)
        before = [m.start() for m in pattern.finditer(text, line_start, start)]
        if len(before) % 2:
            bisect.insort(self.drops, (before[-1], len(run)))
            return
        after = pattern.search(text, stop, line_end)
        if after is not None:
            bisect.insort(self.drops, (after.start(), len(run)))

    def remove(self, head: LinkSpan, ads: Sequence[LinkSpan]) -> str:
        self.edits.extend(LinkEdit("ad", s.url, self.offset(s)) for s in ads)
        if head.kind == "refdef":
            self.labels.add(_label(head.label))
            return ""
        keeps_words = head.has_text and (head.kind == "md_link" or head.tag == "a")
        if not keeps_words:
            self.drop_end_tag(head)
            return ""
        before = len(self.edits)
        words = self.rewrite(*self.content(head), head.inner)
        if len(self.edits) > before:
            # the words were the address itself: one link, reported once
            removed = {_href(s.url) for s in ads}
            self.edits[before:] = [
                e for e in self.edits[before:] if e.kind != "ad" or _href(e.url) not in removed
            ]
        return words

    def content(self, head: LinkSpan) -> tuple[int, int]:
        """Where the words an ``<a>`` keeps stand: all between its start and end tag as written,
        its children's markup with them (review 85's F3).

        The visible words (``text_start``/``text_end``) leave out the formatting tags the fold
        drops: ``<a href="t.cn/x"><span style="color:red">红字</span>说明</a>`` kept only
        ``红字</span>说明``, an end tag without its start.  The children stay balanced when the
        ``<a>`` goes as an editor would remove it: its two tags, nothing inside.
        """
        text = self.text
        if head.kind != "html" or not text.startswith("<", head.start):
            return head.text_start, head.text_end
        start_tag = next(element_tokens(text, head.start), None)
        close = text.rfind("</", head.start, head.end)
        if (
            start_tag is None
            or start_tag.start() != head.start
            or start_tag.group("name") is None
            or start_tag.group("end") is not None
            or start_tag.end() > head.text_start
            or close < head.text_end
        ):
            return head.text_start, head.text_end  # (not read as a tag here: as before)
        return start_tag.end(), close

    def drop_end_tag(self, head: LinkSpan) -> None:
        """Drop the end tag of an element whose start tag went alone (``<span data-href>``,
        ``<form action>``, ``<section data-lazy-bgimg>``): its children stay, balanced
        (review 85's F3).  The end tag is the one a browser pairs with it, nested elements of
        the same name counted (:func:`_element_pairs`)."""
        if head.kind != "html" or head.has_text or not self.text.startswith("<", head.start):
            return
        name = _START_TAG_NAME.match(self.text, head.start)
        if name is None or name.group(1).lower() in _VOID:
            return  # (an <img>, an <embed>: nothing to pair, no pass over the tags)
        if self.pairs is None:
            self.pairs = _element_pairs(self.text)
        pair = self.pairs.get(head.start)
        if pair is not None and pair[0] >= head.end:
            bisect.insort(self.drops, (pair[0], pair[1] - pair[0]))

    def keep(self, head: LinkSpan, group: Sequence[LinkSpan]) -> str | None:
        """The link with tracking parameters dropped and its words rewritten; ``None``: as is."""
        text = self.text
        if len(group) == 1 and not head.inner and "?" not in head.raw:
            return None  # nothing to change (most links)
        splices: list[tuple[int, int, str]] = []
        for span in group:
            if not span.url:
                continue
            cleaned = self.policy.links.strip_tracking(span.raw)
            if cleaned != span.raw:
                self.edits.append(LinkEdit("tracking", span.url, self.offset(span), cleaned))
                splices.append((span.url_start, span.url_end, cleaned))
        if head.has_text and head.inner:
            words = self.rewrite(head.text_start, head.text_end, head.inner)
            splices.append((head.text_start, head.text_end, words))
        if not splices:
            return None
        out: list[str] = []
        pos = head.start
        for s_start, s_end, replacement in sorted(splices):
            out.append(text[pos:s_start])
            out.append(replacement)
            pos = s_end
        out.append(text[pos : head.end])
        return "".join(out)


# Elements with no end tag (HTML's void elements): a start tag of one opens nothing.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)


_START_TAG_NAME = regex(r"<([a-z][a-z0-9-]*+(?::[a-z0-9-]++)?)", re.IGNORECASE)


def _element_pairs(text: str) -> dict[int, tuple[int, int]]:
    """Each start tag's offset and the span of the end tag a browser pairs with it: the latest
    open element of its name, nested ones counted (``<span a><span>x</span>y</span>``).  One
    pass over the tags (:func:`element_tags`), made once for a pass that needs it; a start tag
    written ``/>`` (SVG's ``<image …/>``) or void, and one left open, have none."""
    opened: dict[str, list[int]] = {}
    pairs: dict[int, tuple[int, int]] = {}
    for tag in element_tags(text):
        name = tag.group("name").lower()
        if tag.group("end") is not None:
            stack = opened.get(name)
            if stack:
                pairs[stack.pop()] = tag.span()
        elif name not in _VOID and not tag.group().endswith("/>"):
            opened.setdefault(name, []).append(tag.start())
    return pairs


_EMPHASIS = LazyPattern(r"([*_~])\1*")
_EMPHASIS_CHARS = frozenset("*_~`")


def _unpaired(removed: str) -> list[str] | None:
    """The runs of emphasis marks in ``removed`` that no run of the same marks pairs with
    (``t.c*n/A6x`` → ``["*"]``; ``t.*cn*/A6x`` → ``[]``); ``None`` for more than two.
    Underscores between two letters or digits are no emphasis (``pid=mm_12_34``)."""
    if "*" not in removed and "_" not in removed and "~" not in removed:
        return []
    open_runs: list[str] = []
    for match in _EMPHASIS.finditer(removed):
        run = match.group()
        start, end = match.span()
        if (
            run[0] == "_"
            and removed[start - 1 : start].isalnum()
            and removed[end : end + 1].isalnum()
        ):
            # (snake_case: underscores inside a word are no emphasis — pid=mm_12_34_56 in the
            # query of an address whose host an emphasis closed around, _item.taobao.com_/…)
            continue
        if open_runs and open_runs[-1] == run:
            open_runs.pop()
        else:
            open_runs.append(run)
    return open_runs if len(open_runs) <= 2 else None


def _run_before(text: str, at: int, low: int) -> str:
    """The run of one emphasis mark (or backtick) that ends at ``at``, not before ``low``."""
    if at <= low or text[at - 1] not in _EMPHASIS_CHARS:
        return ""
    char, begin = text[at - 1], at - 1
    while begin > low and text[begin - 1] == char:
        begin -= 1
    return text[begin:at]


def _run_after(text: str, at: int, high: int) -> str:
    """The run of one emphasis mark (or backtick) that starts at ``at``, before ``high``."""
    if at >= high or text[at] not in _EMPHASIS_CHARS:
        return ""
    char, end = text[at], at + 1
    while end < high and text[end] == char:
        end += 1
    return text[at:end]


def _intraword(text: str, start: int, stop: int) -> bool:
    """Whether a letter or digit stands right before ``start`` or right at ``stop``."""
    return (start > 0 and text[start - 1].isalnum()) or (stop < len(text) and text[stop].isalnum())


def _lone_run(run: str) -> re.Pattern[str]:
    """A run of exactly ``run`` (no more of its mark on either side)."""
    char = re.escape(run[0])
    return regex(f"(?<!{char}){re.escape(run)}(?!{char})")


def _label(label: str) -> str:
    return " ".join(label.split()).casefold()


def _drop_references(text: str, labels: set[str]) -> str:
    """References to removed definitions keep their words (images go entirely)."""

    def replace(match: re.Match[str]) -> str:
        label = match.group("label")
        key = _label(label if label else match.group("text"))
        if key not in labels:
            return match.group()
        return "" if match.group("bang") else match.group("text")

    return _REFERENCE.sub(replace, text)


def rewrite_links(
    text: str, policy: Policy, spans: list[LinkSpan] | None = None
) -> tuple[str, list[LinkEdit]]:
    """``text`` with ad links stripped and tracking parameters removed, and every edit.

    ``spans`` may pass the links already scanned in ``text`` (saves a scan).  Passes
    repeat until nothing changes; a further pass is needed only when a removal let
    the text on both sides of it run together into a link (checked locally, see
    :func:`_closes_up`), so the usual cost is one pass.
    """
    edits: list[LinkEdit] = []
    current = text
    for round_number in range(_MAX_ROUNDS):
        found = spans if round_number == 0 and spans is not None else scan_links(current)
        if not found:
            break
        one = _Pass(current, policy, first=round_number == 0)
        rewritten = one.rewrite(0, len(current), found)
        cuts: list[int] = []
        if one.mark and one.mark in rewritten:
            pieces = rewritten.split(one.mark)
            for piece in pieces[:-1]:
                cuts.append((cuts[-1] if cuts else 0) + len(piece))
            rewritten = "".join(pieces)
        if one.labels:
            rewritten = _drop_references(rewritten, one.labels)
            cuts = [-1]  # references changed: look again everywhere
        edits.extend(one.edits)
        current = rewritten
        if not any(e.kind == "ad" for e in one.edits):
            break  # dropping tracking parameters joins nothing: no further pass needed
        if one.mark:
            stars = "*" in current  # (once, not at every cut; most texts have none: −0.008 ms)
            if not any(_closes_up(current, cut, policy, stars=stars) for cut in sorted(set(cuts))):
                break
    return current, edits


# A bare address never contains these (nor does anything that folds into an address:
# "．", "／", "：", "。" and invisible characters are not among them), so the text
# between two of them bounds any address that could run across a cut.
_SEPARATOR = LazyPattern(
    '[\\s"<>`\u2018-\u201f\u2026\u3001\u3003-\u303f'
    "\uff01\uff02\uff07\uff08\uff09\uff0c\uff1b\uff1c\uff1e\uff3b\uff3d\uff5b\uff5d]"
)
_LOCAL = 400


_IDN_TAIL = LazyPattern(r"//[\u3400-\u9fff\uf900-\ufaffa-zA-Z0-9.。｡\-]*")


def _idn_reaches(text: str, cut: int) -> bool:
    """Whether an internationalised host (``http://中国政府网.政务``) could run up to ``cut``."""
    start = text.rfind("//", max(cut - 80, 0), cut)
    if start == -1:
        return False
    tail = _IDN_TAIL.match(text, start, cut)
    return tail is not None and tail.end() == cut


def _user_part_reaches(text: str, cut: int) -> bool:
    """Whether an ``@`` follows ``cut`` closely: the text before it may now be an address's
    user part, which holds CJK text too (``http:/机密。@u.jd.com/x`` opens ``u.jd.com``; with
    ``t.cn//`` between the scheme and the ``@``, the ``@`` was a path's)."""
    return text.find("@", cut, cut + MOST_USER_PART) != -1


def _stars_on_line(text: str, cut: int) -> bool:
    """Whether an ASCII ``*`` stands on the cut's line near it.

    The fold pairs single-``*`` italics up to 60 characters apart, and emphasis runs
    anywhere on a line (:mod:`govpub.compliance.folding`); a removal between two
    asterisks can make a pair of them, and a pair read as emphasis changes the address
    it stood in (``https://*s.click.taobao.com/x`` … ``*``: the host is read without the
    ``*``).  Only a full scan sees that.
    """
    left = max(text.rfind("\n", max(cut - _LOCAL, 0), cut) + 1, cut - _LOCAL, 0)
    right = text.find("\n", cut, cut + _LOCAL)
    return text.find("*", left, right if right != -1 else cut + _LOCAL) != -1


def _inside_brackets(text: str, cut: int) -> bool:
    """Whether ``cut`` lies inside a ``[`` left open before it, or right after a ``]``.

    Markdown structure is not local: removing ``[](ad)`` from ``[[ [](ad)x][]](url)…``
    makes the outer brackets a link of their own, whose ``)`` now ends the bare
    address after it — a different text, which only a full scan sees.
    """
    left = max(cut - _LOCAL, 0)
    if cut > 0 and text[cut - 1] == "]":
        return True
    if text.rfind("[", left, cut) == -1:
        return False
    depth = 0
    for char in reversed(_BRACKETS.findall(text, left, cut)):
        if char == "]":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return True
    return False


_BRACKETS = regex(r"[\[\]]")


def _closes_up(text: str, cut: int, policy: Policy, *, stars: bool = True) -> bool:
    """Whether a link now runs across position ``cut``, where a removed link was.

    Links are looked for between the separators around the cut; a cut with no
    separator within reach, inside Markdown brackets, or after a reference definition
    went, counts as closed up (the caller then scans the whole text again).  So does
    a link there that another pass would change: the text closing up can also end a
    link early and let one appear next to the cut (``w[](ad)www.https://t.cn/x``:
    ``www.https`` was the host).  ``stars``: whether the text holds an ``*`` at all.
    """
    if cut < 0 or _inside_brackets(text, cut) or (stars and _stars_on_line(text, cut)):
        return True
    if not 0 < cut < len(text) or _SEPARATOR.match(text, cut - 1) or _SEPARATOR.match(text, cut):
        return False  # a link running across the cut would hold both characters beside it
    if (
        (is_han(text[cut - 1]) or is_han(text[cut]))
        and not _idn_reaches(text, cut)
        and not _user_part_reaches(text, cut)
    ):
        return False  # only an internationalised host right after "//" holds CJK characters
    left = max(cut - _LOCAL, 0)
    start = next((m.end() for m in reversed(list(_SEPARATOR.finditer(text, left, cut)))), left)
    after = _SEPARATOR.search(text, cut, min(cut + _LOCAL, len(text)))
    end = after.start() if after is not None else min(cut + _LOCAL, len(text))
    if (start == left and left > 0) or (after is None and end < len(text)):
        return True
    return any(
        span.start < cut < span.end or _changes(policy, span)
        for span in scan_links(text, start, end)
    )


def _changes(policy: Policy, span: LinkSpan) -> bool:
    """Whether a pass would change the link: an ad, or tracking parameters to drop."""
    if not span.url:
        return any(_changes(policy, inner) for inner in span.inner)
    if _is_ad(policy, span) or policy.links.strip_tracking(span.raw) != span.raw:
        return True
    return any(_changes(policy, inner) for inner in span.inner)


def strip_ad_links(text: str, policy: Policy | None = None) -> tuple[str, list[str]]:
    """Remove ad, affiliate and short links from ``text``; return it and the removed URLs.

    Works on plain text, Markdown and HTML alike; links that stay lose their
    tracking parameters.  ``strip_ad_links(strip_ad_links(t)[0])`` changes nothing.
    """
    require_text(text, "strip_ad_links")
    policy = policy if policy is not None else Policy.default()
    clean, removed = text, []
    for _ in range(_STRIP_ROUNDS):
        clean, edits = rewrite_links(clean, policy)
        ads = [e.url for e in edits if e.kind == "ad"]
        if not ads:
            break
        removed += ads  # stripping closes up: a host glued to the link's ")." is read next
    return clean, removed


#: Rounds of stripping: ``[](https://t.cn/A6x).t.cn/abc`` leaves ``.t.cn/abc``, a host that
#: ASCII punctuation glued before it hid (:func:`govpub.compliance.links.bare._host_start`).
_STRIP_ROUNDS = 3
