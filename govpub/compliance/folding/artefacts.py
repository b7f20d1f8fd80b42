"""What a PDF reader and a raw e-mail leave inside the text, read as their tools meant it.

Text copied from a PDF, or from an e-mail shown undecoded, carries artefacts of the tool
that made it — inside a number, a marking or a note as much as between them (red team 79):

* ``(cid:N)``: pdfminer's placeholder for a glyph it could not map to a character
  (``银行卡号：(cid:345)48506100``, ``机(cid:3)密★10年``) — an unreadable glyph, read as the
  placeholder of an inline picture (U+FFFC) is: a stand-in the fold reads as a space, so it
  closes up between ideographs and parts digit groups;
* a quoted-printable soft line break, ``=`` at a line's end (``联系电话：138123=⏎45678``,
  ``内部=⏎资料``): the decoder joins the line to the next, and so does this — where the
  ``=`` follows a character that is not ``=`` or whitespace, so that a Setext heading's
  ``===`` and a formula's ``a =`` stay;
* a quoted-printable escape (``=E2=80=8B``): two to four ``=XX`` (upper-case hex, as the
  encoder writes them) that make one valid UTF-8 character are that character — a zero-width
  one the fold then drops as it drops any (``手机：=E2=80=8B13812345678``).  A lone ``=20``
  (``?a=20`` in a query) is none;
* a page break inside an item (red team 112's M3): the form feed pdftotext writes after a
  page's last line break (``联系电话：13812⏎\\f345678``), and the page furniture a PDF
  prints between two pages — a page number (``— 3 —``, ``第 2 页 共 5 页``: grouping's
  ``PAGE_LINE``) or a running header or footer (a 公报/政报/简报 line with its issue or page,
  ``2024年第12期``, ``第3页``) on lines of their own, a blank line at most each side of them —
  where it stands between the two halves of an item broken at a line's end: the line above
  ends in a digit, a letter, an ideograph or a star with no punctuation, and the line below
  goes on with one of the same kind (a digit or a letter after one, an ideograph after one);
  two numbers only after a label before the first (``电话：13812``).  The furniture is read as
  the page it is: nothing, so the halves stand a line break apart, as a wrapped line's do
  (``13812⏎345678``).  A line of prose between two numbers (a 公示 list's rows, a score then
  the next page's 准考证号, a date line then an amount), a blank line alone, a paragraph's
  break around a form feed, furniture after a sentence's end and furniture whose folded text
  holds a marking's or a note's words (``内部简报 第3期``, ``內部簡報``) stay.  A line is
  never furniture for being repeated (mend125, review 104): a repeated header can be the
  marking itself (``请勿外传``), a repeated cell a list's (``合格``).

Each artefact is one span of the text: its first character stands for what it is read as
(U+FFFC, the decoded character) and the others are removed — recorded, as the fold's passes
record what they remove, so that offsets lead back to the text as written.  Looked for only
in a text holding ``(cid:`` or an ``=`` before a line break or an upper-case ``C``–``F``: a
post without them pays a few substring searches.
"""

from __future__ import annotations

from govpub.compliance.folding.tables import _OBJECT_PLACEHOLDER
from govpub.compliance.grouping import PAGE_LINE
from govpub.compliance.regex_cache import regex

__all__ = ["may_hold_artefacts", "read_artefacts"]

_PLACEHOLDER = _OBJECT_PLACEHOLDER  # what (cid:N) is read as: an inline picture's stand-in
# A line's end: a decoder knows "\r\n" and "\n", but the fold makes a line break of the other
# breaks too (\v, \f, NEL, U+2028, U+2029), so the "=" before them is read the same way and a
# text folded twice folds as once ("0=\f": found by hypothesis)
_BREAKS = "\r\n\x0b\x0c\x85\u2028\u2029"

# One expression, one pass (linear: each branch is bounded).  The escapes spelled by UTF-8's
# structure, a lead byte and as many continuation bytes as it says; the decoding then refuses
# the overlong forms and the surrogates.
_ARTEFACT = regex(
    r"\(cid:[0-9]{1,5}\)"
    rf"|(?<=[^=\s])=(?:\r\n|[{_BREAKS}])"
    r"|=[CD][0-9A-F]=[89AB][0-9A-F]"
    r"|=E[0-9A-F](?:=[89AB][0-9A-F]){2}"
    r"|=F[0-4](?:=[89AB][0-9A-F]){3}"
)
# (an "=" before a line break or an escape's lead byte: one search, found by the "=" that
# starts it — most posts with an "=" hold it in a link's query, "?a=1")
_MAY_HOLD = regex(f"=[{_BREAKS}C-F]")


# A page break inside an item (see the module).  Found from the line break that ends the line
# above; the lines after it are taken whole and never given back (possessive), each blank or
# page furniture, six at most, and a form feed may start or end any of them (pdftotext writes
# one before a page's first line): each line break starts one bounded attempt, so the scan is
# linear.  The character before the break and the furniture's presence are told in Python.
_PAGE_SPACES = " \t\u00a0\u3000"
# (a running header or footer, alone on its line: a gazette's or a bulletin's name, its issue,
# its page — "某某市人民政府公报 2024年第12期", "工作简报 第3期", "2024年第12期", "第3页" —
# and nothing else: a line with more on it, "2026年第3期　内部资料　注意保存", is the page's text)
_NUMBER_OF = f"第[{_PAGE_SPACES}]?[0-9]{{1,4}}[{_PAGE_SPACES}]?"
_ISSUE = (
    f"(?:[0-9]{{4}}[{_PAGE_SPACES}]?年[{_PAGE_SPACES}]?)?"
    f"(?:{_NUMBER_OF}期|[（(]总{_NUMBER_OF}期[）)])"
)
_APART = f"[{_PAGE_SPACES}·|/]{{0,6}}"
_PAGE_OF = f"(?:{_APART}{_NUMBER_OF}页)?"
_HEADER = (
    f"(?:[\u3400-\u9fff]{{0,20}}(?:公报|政报|简报)(?:{_APART}{_ISSUE})?{_PAGE_OF}"
    f"|{_ISSUE}{_PAGE_OF}|{_NUMBER_OF}页)"
)
# (what furniture read as nothing may never hold, told on its folded text — traditional, spaced
# and zero-width forms fold to these: a marking's or a note's words; a bulletin named 内部简报 is a
# marking on every page, read as written.  The furniture's expressions admit no more than a
# header's ideographs, its issue and page numbers, blanks, dashes and form feeds — no digit run of
# five, no host, no 淘口令's delimiters — so its ideographs are all there is to look at: review 104)
_MARKING_WORDS = ("密", "内部", "内参", "公开", "外传", "资料")
# (one line of furniture: a page number or footer, or a running header — with a form feed
# maybe at either end; a blank line at most before the first and after the last, as grouping's
# PAGE_TAIL allows, so a paragraph's break still parts two paragraphs: review 104's F3)
_BLANK_LINE = f"[{_PAGE_SPACES}]{{0,12}}+\r?\n"
_CONTENT_LINE = (
    f"[{_PAGE_SPACES}]{{0,12}}+\x0c?(?:{PAGE_LINE}|{_HEADER})[{_PAGE_SPACES}]{{0,12}}+\x0c?\r?\n"
)
_FURNITURE = f"(?:{_BLANK_LINE})?+(?:{_CONTENT_LINE}){{1,5}}+(?:{_BLANK_LINE})?+\x0c?"
# what an item's halves are made of either side of the break
_ITEM_CHARS = "0-9A-Za-z\u3400-\u9fff\uf900-\ufaff★*"
_FURNITURE_BREAK = regex(f"\n({_FURNITURE})(?=[{_ITEM_CHARS}])")
# (with a form feed in the text: pdftotext's bare page break, the form feed at the next line's
# start — or none there when one ends the line above — is furniture too, with no blank line)
_PAGE_BREAK = regex(f"\n({_FURNITURE}|\x0c?)(?=[{_ITEM_CHARS}])")
_ITEM_END = regex(f"[{_ITEM_CHARS}]")


def may_hold_page_break(text: str) -> bool:
    """Whether ``text`` may hold a page break inside an item: a form feed beside a line break,
    or a line that ends as page furniture ends (页, 期, 报, a "\\r", a page number's dash after a
    digit or a space — not a Markdown rule's ``---``).  One scan of the line breaks (one for
    furniture from each line break cost 0.1 ms a post of 20,000 characters: it runs only in a
    text this lets through)."""
    search = _FURNITURE_END.search
    found = search(text)
    while found is not None:
        at = found.start()
        if text[at - 1] not in _DASH_CHARS or _ends_page_number(text, at):
            return True
        found = search(text, found.end())
    return False


def _ends_page_number(text: str, at: int) -> bool:
    """Whether the dashes before ``at`` may end a page number: one or two, after a digit or a
    space (``— 3 —``, ``-12--``)."""
    start = at
    while start > 0 and text[start - 1] in _DASH_CHARS:
        start -= 1
    return at - start <= 2 and start > 0 and text[start - 1] in _BEFORE_PAGE_DASH


# (from the line break: the engine skips to each "\n" at C speed, and one look-behind of two
# characters and one of the two before tell it — a class first, alternatives after the "\n",
# and `"\x0c" in text` each took 20–300 µs a post of 20,000 ideographs; this takes 8 µs)
_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d")
_BEFORE_PAGE_DASH = frozenset("0123456789 \u3000")
_DASH_CLASS = "\\-\u2010-\u2015\u2212\uff0d"  # (the characters of _DASH_CHARS)
_FURNITURE_END = regex(f"\n\x0c?(?<=[期页报\r\x0c\n{_DASH_CLASS}][\x0c\n])(?<!\n\n)")


def page_breaks(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are page furniture inside an item (see the module), in
    order: each read as nothing.  A form feed just before the break goes too."""
    spans: list[tuple[int, int]] = []
    for match in (_PAGE_BREAK if "\x0c" in text else _FURNITURE_BREAK).finditer(text):
        start, end = match.span(1)
        before = match.start()
        if before and text[before - 1] == "\r":
            before -= 1
        first = before
        if before and text[before - 1] == "\x0c":  # (a form feed before the "\n" too)
            before -= 1
        if not before or _ITEM_END.match(text, before - 1) is None:
            continue  # the line above ends a sentence, or nothing
        if first == before and start == end:
            continue  # a plain line break: no page's
        if not _goes_on(text, before, end) or _holds_marking_words(match.group(1)):
            continue
        if first != before:
            spans.append((before, first))
        spans.append((start, end))
    return spans


_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_EITHER = frozenset("★*")  # (a star joins a marking's halves of either kind: 绝密★⏎长期)
_NUMBER_CHARS = frozenset("0123456789 -\u3000")  # (a number's digits, its groups' separators)
_NUMBER_REACH = 40  # (the longest number looked back over: a card's groups)


def _goes_on(text: str, before: int, after: int) -> bool:
    """Whether the item that ends at ``before`` goes on at ``after``, past the furniture: the
    line below starts with a character of the kind the line above ends with — a letter or a
    digit after one, an ideograph after one (a header or the issuer's line below a page number
    is no item's tail: red team 112's F3, review 104's L2).  Two numbers join across a page
    turn only after a label, as they would over a plain line break in grouping: the label before
    the first half decides (``电话：13812``) — a list's score at a page's foot and the next
    page's first 准考证号 are two numbers (review 104's F1)."""
    last, next_ = text[before - 1], text[after]
    if last in _EITHER or next_ in _EITHER:
        return True
    if (last in _ALNUM) != (next_ in _ALNUM):
        return False
    if not (last.isdigit() and next_.isdigit()):
        return True
    from govpub.compliance.personal.labels import (  # noqa: PLC0415 - it imports the fold
        _over_lines_labelled,
    )

    start, stop = before, max(0, before - _NUMBER_REACH)
    while start > stop and text[start - 1] in _NUMBER_CHARS:
        start -= 1  # (to the number's first group: 手机：138 1234⏎\f5678)
    while not text[start].isdigit():
        start += 1
    return _over_lines_labelled(text, start)


def _holds_marking_words(furniture: str) -> bool:
    """Whether ``furniture`` holds a word of :data:`_MARKING_WORDS` once folded: never read as
    nothing (review 104's L1)."""
    from govpub.compliance.folding import fold  # noqa: PLC0415 - it imports this module

    folded = fold(furniture.replace("\x0c", " ")).text
    return any(word in folded for word in _MARKING_WORDS)


def may_hold_artefacts(text: str) -> bool:
    """Whether ``text`` may hold an artefact: ``(cid:``, or ``=`` before a line break or an
    upper-case ``C``–``F``.  (Each "(" looked at: a search for the five characters ``(cid:``
    took twice as long in a post of ideographs, 20 µs in 20,000 characters.)"""
    if "=" in text and _MAY_HOLD.search(text) is not None:
        return True
    at = text.find("(")
    while at != -1:
        if text.startswith("cid:", at + 1):
            return True
        at = text.find("(", at + 1)
    return False


def read_artefacts(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its artefacts read, and the offsets of the characters removed from it
    (ascending); ``None`` when it holds none."""
    found_any = may_hold_artefacts(text)
    # (a line break first: most texts folded are a term, a host, a line — no regex call for them)
    breaks = page_breaks(text) if "\n" in text and may_hold_page_break(text) else []
    if not found_any and not breaks:
        return None
    spans = (
        [(match.span(), match.group()) for match in _ARTEFACT.finditer(text)] if found_any else []
    )
    if breaks:
        spans = sorted(spans + [(span, "") for span in breaks])
    pieces: list[str] = []
    removed: list[int] = []
    position = 0
    for (start, end), found in spans:
        if start < position:
            continue  # (inside furniture already read)
        if not found:
            stand_in = ""  # page furniture: nothing
        elif found[0] == "(":
            stand_in = _PLACEHOLDER
        elif found[1] in _BREAKS:
            stand_in = ""  # a soft line break: the two lines are one
        else:
            try:
                stand_in = bytes.fromhex(found.replace("=", "")).decode("utf-8")
            except UnicodeDecodeError:
                continue  # no character: the escapes stay as written
        pieces.append(text[position:start])
        pieces.append(stand_in)
        removed.extend(range(start + len(stand_in), end))
        position = end
    if not removed:
        return None
    pieces.append(text[position:])
    return "".join(pieces), removed
