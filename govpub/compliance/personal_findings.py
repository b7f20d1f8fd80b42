"""Findings about personal data in a text field: reported, masked, or both.

:mod:`.personal` finds the numbers (ID numbers, mobiles, bank cards, passports,
permits) in the folded text and in the queries of the field's links; this module
decides what each one becomes: a number the policy lists as public
(``public_numbers``, a hotline) is no finding; one in the text is masked when the
policy says ``mask`` and the field can be edited, else it blocks (warns, when the
reading is uncertain); one in a link's query is reported and never masked (a
masked link is broken).  The masks it returns are those the field is rebuilt with
(:func:`.link_findings.rebuild_field`) and those every excerpt hides
(``FieldView.masks``).
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.parse
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from govpub.compliance._text import as_quoted, excerpt, fold
from govpub.compliance.field_view import FieldView
from govpub.compliance.fields import TextField
from govpub.compliance.findings import Finding
from govpub.compliance.holds import holds
from govpub.compliance.personal import (
    PersonalHit,
    any_query_maybe,
    find_in_query,
    find_in_written_query,
    find_personal_data,
    in_query_maybe,
)
from govpub.compliance.personal.query import (
    find_in_bare_queries,
    masked_as_written,
    where_in_address,
)
from govpub.compliance.policy import Policy
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.spans import Spans

__all__ = ["PERSONAL_NAMES", "ShownNumbers", "in_address_message", "personal_data"]

#: What a finding calls each kind of personal data.
PERSONAL_NAMES = {
    "id_number": "居民身份证号码",
    "mobile": "手机号码",
    "bank_card": "银行卡号",
    "passport": "护照号码",
    "permit": "港澳台通行证号码",
}


def personal_data(
    run: Run,
    view: FieldView,
    labels: list[int] | None = None,
    hidden: Sequence[tuple[int, int, str]] = (),
    places: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """Find personal data; report it; return its masks (original offsets).  ``labels``: where
    the labels that a number with letters for digits may follow end, when the field's literal
    pass found them (:class:`~govpub.compliance.anchors.Anchors`); ``hidden``: the masks of
    numbers read elsewhere in the field (its tooltips'), which every excerpt hides too;
    ``places``: where the places' words of a number told in parts are, when the literal pass
    found them (:func:`~govpub.compliance.personal.told_parts.places_found`)."""
    text = view.spec.text
    folded = view.folded
    masks: list[tuple[int, int, str]] = []
    hits: list[tuple[PersonalHit, int, int]] = []
    prose = view.prose()
    plain = prose is not None and view.plain_links()
    for hit in find_personal_data(
        folded.text,
        text,
        folded.original,
        view.in_page_id,
        scan=prose,
        plain_links=plain,
        labels=labels,
        places=places,
    ):
        o_start, o_end = view.span(hit.start, hit.end)
        if _is_public_number(run.policy, text[o_start:o_end]):
            continue
        masks.append((o_start, o_end, hit.masked))
        hits.append((hit, o_start, o_end))
    # in a form's query string written as text (mobile=138%201234%205678): text's, masked
    read = Spans((start, end) for start, end, _ in masks)
    for hit in find_in_bare_queries(
        folded.text, lambda s, e: text[slice(*view.span(s, e))], scan=prose
    ):
        o_start, o_end = view.span(hit.start, hit.end)
        if view.in_url(hit.start, hit.end) or _is_public_number(run.policy, text[o_start:o_end]):
            continue  # (a link's: read below)
        if not read.overlap(o_start, o_end):
            masks.append((o_start, o_end, masked_as_written(text[o_start:o_end], hit.masked)))
            hits.append((hit, o_start, o_end))
    # in a link's query (?idcard=…): reported, never masked (a masked link is broken),
    # and hidden in every excerpt
    in_links: list[tuple[PersonalHit, int, int, str]] = []
    links = view.links
    if not any_query_maybe(link.raw for link in links):
        # (most posts: no ASCII address can hold one — one look at all of them; one written
        # otherwise, beyond ASCII or with character references, is read as a browser sends it)
        links = [link for link in links if "&#" in link.raw or not (plain or link.raw.isascii())]
    for link in links:
        raw = link.raw
        # (as a browser sends an address with invisible or full-width characters)
        # (and as an HTML page decodes an href's character references, tel=&#49;38…)
        ascii_only = (plain or raw.isascii()) and "&#" not in raw
        if ascii_only and not in_query_maybe(raw):
            continue  # find_in_query's own first test, without a generator
        for hit in find_in_query(raw) if ascii_only else find_in_written_query(raw):
            o_start, o_end = link.url_start + hit.start, link.url_start + hit.end
            if not _is_public_number(run.policy, text[o_start:o_end]):
                in_links.append((hit, o_start, o_end, where_in_address(raw, hit.start)))
    masks.sort()  # in text order, as excerpt() looks them up
    found = masks + [(s, e, hit.masked) for hit, s, e, _ in in_links]
    run.numbers += [(text[start:end], masked) for start, end, masked in sorted(found)]
    shown = sorted(found + list(hidden))
    view.masks = shown
    for hit, o_start, o_end in hits:
        _report(run, view.spec, hit, o_start, o_end, masks=shown)
    for hit, o_start, o_end, place in in_links:
        run.add(
            f"personal.{hit.kind}",
            "block",
            in_address_message(f"链接{place}", hit),
            excerpt=excerpt(view.spec.text, o_start, o_end, shown),
            field=view.spec.name,
            offset=o_start,
        )
    return masks


def in_address_message(where: str, hit: PersonalHit) -> str:
    """What a block of a number in an address says: the place named as it is (``链接参数``,
    ``链接路径``, ``网址域名``…), and the remedy for it (a parameter is deleted, a path or a
    host rewritten)."""
    remedy = "删除该参数或链接" if where.endswith("参数") else "改写或删除该链接"
    return (
        f"{where}中含{PERSONAL_NAMES[hit.kind]}（{hit.masked}），公开发布前须{remedy}"
        "（个人信息保护法 第六条）"
    )


def _is_public_number(policy: Policy, written: str) -> bool:
    numbers = policy.public_numbers
    if not numbers:
        return False
    key = "".join(c for c in fold(written).text if c.isalnum())
    return key in numbers or (key.startswith("86") and key[2:] in numbers)


def _report(
    run: Run,
    spec: TextField,
    hit: PersonalHit,
    start: int,
    end: int,
    *,
    masks: list[tuple[int, int, str]],
) -> None:
    what = PERSONAL_NAMES[hit.kind]
    if not hit.certain:
        what = "疑似" + what
    # a number written over lines, or over a table's cells, is shown on one line in the
    # message (its tags as spaces: "310104</td><td>****" → "310104 ****")
    masked = as_quoted(hit.masked.replace("\r\n", " ").replace("\n", " "))
    shown = excerpt(spec.text, start, end, masks)
    if run.policy.personal_data == "mask" and spec.editable:
        run.add(
            f"personal.{hit.kind}",
            "fixed",
            f"已遮盖{what}：{masked}（个人信息保护法 第六条，最小必要）",
            excerpt=shown,
            field=spec.name,
            offset=start,
        )
        return
    remedy = '也可在配置中设置 personal_data = "mask" 自动遮盖' if spec.editable else spec.remedy
    run.add(
        f"personal.{hit.kind}",
        "block" if hit.certain else "warn",
        f"含{what}（{masked}），公开发布前须删除或遮盖（个人信息保护法 第六条）；{remedy}",
        excerpt=shown,
        field=spec.name,
        offset=start,
    )


#: The rules whose findings show an address or a host read from one: a link's, a URL field's, a
#: picture's, a reprint source's.
_SHOWING_ADDRESSES = ("link.", "ad.", "image.", "source.")
# a reference's "&" and an escape's "%" escaped once or twice more, as an address copied from a
# page's source or sent through a redirect shows them (&amp;#45;, &amp;amp;#45;, %252D, %25252D):
# read as the reader decodes them in turn, at most three times (review 51b's item 4)
_AMP = "&(?:amp;){0,2}"
_PERCENT = "%(?:25){0,2}"
# a digit (or an ID number's X) written as a character reference, decimal or hex, ASCII or
# full-width (&#49;, &#x31;, &#65297;): the page shows the digit; without its ";" only where no
# digit follows (an HTML parser reads "&#4912" as one reference)
_DIGIT_REFERENCE = (
    rf"{_AMP}#(?:0*(?:4[89]|5[0-7]|6529[6-9]|6530[0-5])(?![0-9])"
    r"|[Xx]0*(?:3|[Ff][Ff]1)[0-9](?![0-9A-Fa-f]));?"
)
_X_REFERENCE = rf"{_AMP}#(?:0*(?:88|120)(?![0-9])|[Xx]0*[57]8(?![0-9A-Fa-f]));?"
# (any character reference, as an HTML parser reads one)
_ANY_REFERENCE = rf"{_AMP}#(?:[0-9]+|[Xx][0-9A-Fa-f]+);?"
# a group of a number's digits as a finding shows an address: ASCII or full-width, escaped
# (%31, %EF%BC%91) or written as references (&#49;) or not, an ID number's X last; an escape
# or a reference that is no digit (%2D, %E2%80%94, &#45;, &#x2010;) is taken whole, as a
# separator, so that its digits are none
_GROUP_OR_ESCAPE = regex(
    rf"((?:[0-9０-９]|{_PERCENT}3[0-9]|{_PERCENT}[Ee][Ff]{_PERCENT}[Bb][Cc]{_PERCENT}9[0-9]"
    rf"|{_DIGIT_REFERENCE})+(?:[XxＸｘ]|{_PERCENT}[57]8|{_X_REFERENCE})?)"
    rf"|{_PERCENT}[0-9A-Fa-f]{{2}}|{_ANY_REFERENCE}"
)
# (a found number: its letters, a passport's or a permit's, then its digits)
_LETTERS_THEN_DIGITS = regex(r"([a-z]*)([0-9]+x?)")
#: The most characters between two groups of a number's digits an address may hold, one
#: spelling apart: ``/138/1234/5678``, ``(138)1234-5678``, ``138%E2%80%941234%E2%80%945678``.
_MOST_BETWEEN_GROUPS = 9
# (a text's UTF-8 bytes to the digits they may be: an ASCII digit as it is, a full-width one's
# last byte, ０ EF BC 90 … ９ EF BC 99, as that digit — and so any other character ending in one
# of those bytes: a few stray digits, only a maybe; every other byte dropped)
_DIGIT_BYTES = bytes(range(0x30, 0x3A))
_AS_DIGITS = bytes.maketrans(_DIGIT_BYTES + bytes(range(0x90, 0x9A)), _DIGIT_BYTES * 2)
_NOT_DIGIT_BYTES = bytes(b for b in range(256) if b not in _DIGIT_BYTES + bytes(range(0x90, 0x9A)))

#: A found number's digits (an ID number's X last) → its letters (a passport's ``e``) and
#: its mask's digits, one pair for each number that has those digits.
_Masked = dict[str, list[tuple[str, str]]]


class ShownNumbers:
    """Every person's number the check found in a post, written and masked, so that no
    finding that shows an address shows one: a number blocked in the prose and repeated in a
    link's unnamed parameter or path, a redirect target's host, a title that is nothing but
    a link, a picture's address (review 48's L1–L4); a passport's 9 characters, a number in
    groups (``/138/1234/5678``: review 49's L2, L3).  The findings that read a place mask
    what they find there; this is the last word over all of them.

    ``numbers``: as written and masked (``Run.numbers``: the text fields'); ``addresses``:
    the address fields (``url``, ``source.url``, a picture's), read only when a finding
    needs it."""

    def __init__(self, numbers: Sequence[tuple[str, str]], addresses: Sequence[str | None]):
        self._numbers = numbers
        self._addresses = addresses

    def hidden(self, findings: Sequence[Finding]) -> list[Finding]:
        """``findings`` with each of the numbers in the excerpts and messages of those that
        show an address (:data:`_SHOWING_ADDRESSES`) masked, in any spelling of it an address
        gives (full-width, escaped digits, separators).  (The others show a place of a text
        field, whose excerpt hides the field's numbers: :func:`._text.excerpt`.)"""
        shown = list(findings)
        showing = [i for i, f in enumerate(shown) if f.rule.startswith(_SHOWING_ADDRESSES)]
        masked = self._masked() if showing else {}
        if not masked:
            return shown  # (most posts)
        if not _may_show(
            masked, "\n".join(f"{shown[i].excerpt}\n{shown[i].message}" for i in showing)
        ):
            return shown  # (most posts: a few C-level passes over all the texts)
        hide = partial(_hidden_in, masked, _cut(masked))
        for index in showing:
            finding = shown[index]
            excerpt, message = hide(finding.excerpt), hide(finding.message)
            if excerpt != finding.excerpt or message != finding.message:
                shown[index] = replace(finding, excerpt=excerpt, message=message)
        return shown

    def _masked(self) -> _Masked:
        """Each number's digits → its letters and its mask's digits (:data:`_Masked`)."""
        pairs = list(self._numbers)
        for url in self._addresses:
            if url:
                pairs += [
                    (url[hit.start : hit.end], hit.masked)
                    for hit in find_in_written_query(url, inside=True)
                ]
        masked: _Masked = {}
        for written, mask in pairs:
            key, shown = _characters(written), _characters(mask)
            number = _LETTERS_THEN_DIGITS.fullmatch(key)
            if number and len(key) == len(shown):  # (not one masked in part: 3201…**18)
                letters, digits = number.groups()
                with_digits = masked.setdefault(digits, [])
                if (letters, shown[len(letters) :]) not in with_digits:  # (once: a post of 1,000)
                    with_digits.append((letters, shown[len(letters) :]))
        return masked


def _hidden_in(masked: _Masked, cut: _Masked, text: str) -> str:
    """``text`` with each number of ``masked`` masked where its digits are whole groups of
    digits (``2024031381234567801`` holds no mobile), one after another with a few
    characters between (:data:`_MOST_BETWEEN_GROUPS`), its letters before them, or cut
    short where ``text`` ends (``cut``, :func:`_cut`): a lookup a place, not a search a
    number (a post of thousands of numbers and links)."""
    groups = [
        (m.start(), m.end(), _digits(m.group(1)))
        for m in _GROUP_OR_ESCAPE.finditer(text)
        if m.group(1)
    ]
    longest = max(len(digits) for digits in masked)
    pieces: list[str] = []
    done = at = 0
    while at < len(groups):
        start = groups[at][0]
        found = _longest_at(masked, text, groups, at, longest, cut=cut)
        if found is None:
            at += 1
            continue
        mask, last = found
        pieces += (text[done:start], mask)
        done, at = groups[last][1], last + 1
    return "".join(pieces) + text[done:] if pieces else text


def _longest_at(
    masked: _Masked,
    text: str,
    groups: list[tuple[int, int, str]],
    at: int,
    longest: int,
    *,
    cut: _Masked,
) -> tuple[str, int] | None:
    """The mask of the longest number of ``masked`` written in ``groups`` from ``at`` on,
    or of the first digits of one of ``cut`` where ``text`` ends in a reference's start,
    and its last group's index."""
    start, end, digits = groups[at]
    found = None
    last = at
    while len(digits) <= longest:  # (at most that many groups: each has a digit)
        mask = _mask_at(masked, text, start, digits)
        if mask is not None:
            found = mask, last
        last += 1
        if last == len(groups) or _apart(text, end, groups[last][0]):
            break
        end, digits = groups[last][1], digits + groups[last][2]
    if found is None and last == len(groups) and _CUT_REFERENCE.match(text, end):
        mask = _mask_at(cut, text, start, digits)
        found = (mask, last - 1) if mask is not None else None
    return found


def _apart(text: str, end: int, start: int) -> bool:
    """Whether a group of digits ending at ``end`` and the next, from ``start``, are more
    than one spelling apart (:data:`_MOST_BETWEEN_GROUPS`), a separator escaped again read
    as it is decoded (``&amp;amp;#45;``, ``%25E2%2580%2594``: one character)."""
    between = start - end
    if between <= _MOST_BETWEEN_GROUPS:
        return False
    return (
        between > _MOST_BETWEEN_GROUPS * _DECODINGS
        or len(_decoded(text[end:start])) > _MOST_BETWEEN_GROUPS
    )


#: The fewest of a number's digits an excerpt cut short in it (``…&#55;&`` where the link
#: ended before ``&#56;``, the last digit) must show to be masked: all but 4, 7 at least
#: (``1381234`` and the prose's ``138****5678`` give the mobile whole).
_LEAST_CUT = 7
_MOST_CUT_OFF = 4
# (how a text cut short in a number written in references ends: in a reference's start, its
# "#56;" read as the link's fragment; a page's id that ends a link is not cut: /c/1381234)
_CUT_REFERENCE = regex(rf"{_AMP}(?:#[0-9]*)?\Z")


def _shortest_cut(digits: str) -> int:
    """How many of ``digits`` a text ending in them must show to be masked."""
    return max(_LEAST_CUT, len(digits) - _MOST_CUT_OFF)


def _cut(masked: _Masked) -> _Masked:
    """The first digits of each number of ``masked`` a text may end in (a link's excerpt
    cut before its last reference) → its letters and its mask's first digits
    (:data:`_Masked`)."""
    cut: _Masked = {}
    for digits, numbers in masked.items():
        for length in range(_shortest_cut(digits), len(digits)):
            for letters, mask in numbers:
                cut.setdefault(digits[:length], []).append((letters, mask[:length]))
    return cut


def _mask_at(masked: _Masked, text: str, start: int, digits: str) -> str | None:
    """The mask's digits of the number of ``masked`` whose digits are ``digits``, written
    from ``start`` on, when its letters (if any) end there (:func:`_letters_end_at`)."""
    for letters, mask in masked.get(digits, ()):
        if not letters or _letters_end_at(text, start, letters):
            return mask
    return None


#: How many characters before a number's digits its letters and a separator may take: two
#: letters and a separator each written as a reference or escapes (``&#x45;``, ``%E2%80%94``).
_LETTERS_SPAN = 32
# (the end of the characters before a number's digits: a word's last letters, then a separator
# of a few characters or none)
_LETTERS_BEFORE = regex(r"([a-z]+)([\W_]{0,3})\Z")


def _letters_end_at(text: str, start: int, letters: str) -> bool:
    """Whether a passport's or a permit's ``letters`` end right before ``start`` as the page
    shows them: plain (``…/xe12345678`` too), escaped (``%65``, ``&#69;``, full-width), or
    as a word of their own followed by a separator (``E-12345678``, ``c&#45;1234-5678``; not
    ``page-12345678``)."""
    if _characters(text[max(0, start - len(letters)) : start]) == letters:
        return True
    before = _decoded(text[max(0, start - _LETTERS_SPAN) : start])
    shown = _LETTERS_BEFORE.search(unicodedata.normalize("NFKC", before).lower())
    if shown is None:
        return False
    word, separator = shown.groups()
    return word == letters or (not separator and word.endswith(letters))


#: How many times an address's escapes and references are decoded: once, and twice more for
#: ``%25`` and ``&amp;`` (:data:`_AMP`, :data:`_PERCENT`).
_DECODINGS = 3


def _decoded(text: str) -> str:
    """``text`` with its escapes and character references decoded, as a reader takes them
    (those escaped again too: ``%2545`` and ``&amp;#69;`` are ``E``)."""
    for _ in range(_DECODINGS):
        written = text
        if "%" in text:
            text = urllib.parse.unquote(text)
        if "&" in text:
            text = html.unescape(text)
        if text == written:
            break
    return text


def _digits(group: str) -> str:
    """A group's digits as :func:`_characters` reads them, escapes and references decoded."""
    return _characters(_decoded(group))


# (an escape of a digit, ASCII or full-width, to that digit; any other escape to nothing)
_ESCAPE = regex(
    rf"{_PERCENT}(?:3([0-9])|[Ee][Ff]{_PERCENT}[Bb][Cc]{_PERCENT}9([0-9])|[0-9A-Fa-f]{{2}})"
)


def _escaped_digit(escape: re.Match[str]) -> str:
    """What :data:`_ESCAPE` makes of ``escape``: its digit, or nothing.  (A function: a
    template, ``\\1\\2``, is expanded in Python for each escape — twice the time.)"""
    return escape[1] or escape[2] or ""


def _may_show(masked: _Masked, texts: str) -> bool:
    """Whether ``texts`` may show a number of ``masked``: its first digits (:func:`_cut`) in
    the digits of ``texts`` with everything else dropped (escapes and references decoded,
    full-width read as ASCII) — a pass or two of C, where a search for each number's
    spellings costs 20 ns a character."""
    if "%" in texts:  # (%E2%80%94 → nothing, %31 → 1; and a few stray digits: only a maybe)
        texts = _ESCAPE.sub(_escaped_digit, texts)
    if holds(texts, "&#") or holds(texts, "&amp;"):  # (&#45; → nothing, &#49; → 1)
        texts = _REFERENCE.sub(_digit_or_nothing, texts)
    # (no NFKC: 0.2 µs a character of Chinese)
    digits = texts.encode().translate(_AS_DIGITS, _NOT_DIGIT_BYTES)
    return any(key[: _shortest_cut(key)].encode() in digits for key in masked)


_REFERENCE = regex(_ANY_REFERENCE)


def _digit_or_nothing(reference: re.Match[str]) -> str:
    """A character reference's digit (ASCII or full-width, as ASCII), or nothing."""
    char = unicodedata.normalize("NFKC", _decoded(reference.group()))
    return char if char.isascii() and char.isdigit() else ""


def _characters(text: str) -> str:
    """A number's letters, digits and mask characters, as NFKC reads them, lower case."""
    return "".join(
        c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum() or c == "*"
    )
