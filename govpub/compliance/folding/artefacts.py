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
  ``2024年第12期``, ``第3页``; a short line repeated beside the page turns) on lines of their
  own, blank lines around them — where it stands between the two halves of an item broken at
  a line's end: the line above ends in a digit, a letter, an ideograph or a star with no
  punctuation, and the line below goes on with one.  The furniture is read as the page it
  is: nothing, so the halves stand a line break apart, as a wrapped line's do
  (``13812⏎345678``).  A line of prose between two numbers (a 公示 list's rows, a date line
  then an amount), a blank line alone, furniture after a sentence's end and a line holding a
  marking's words (``内部简报 第3期``) stay.

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
# (what a line read as nothing may never hold: a marking's or a note's words — a bulletin
# named 内部简报 is a marking on every page, read as written)
_MARKING_WORDS = ("密", "内部", "内参", "公开")
_FURNITURE_LINE = (
    f"[{_PAGE_SPACES}]{{0,12}}+\x0c?(?:{PAGE_LINE}|{_HEADER})?[{_PAGE_SPACES}]{{0,12}}+\x0c?\r?\n"
)
# what an item's halves are made of either side of the break
_ITEM_CHARS = "0-9A-Za-z\u3400-\u9fff\uf900-\ufaff★*"
_PAGE_BREAK = regex(f"\n((?:{_FURNITURE_LINE}){{0,6}}+\x0c?)(?=[{_ITEM_CHARS}])")
# (with no form feed in the text: a line of furniture must stand there, blank lines before it
# at most two — so that each line of prose that ends mid-sentence makes no match at all)
_BLANK_LINE = f"[{_PAGE_SPACES}]{{0,12}}+\r?\n"
_CONTENT_LINE = f"[{_PAGE_SPACES}]{{0,12}}+(?:{PAGE_LINE}|{_HEADER})[{_PAGE_SPACES}]{{0,12}}+\r?\n"
_FURNITURE_BREAK = regex(
    f"\n((?:{_BLANK_LINE}){{0,2}}+{_CONTENT_LINE}(?:{_FURNITURE_LINE}){{0,5}}+)(?=[{_ITEM_CHARS}])"
)
_ITEM_END = regex(f"[{_ITEM_CHARS}]")
_NOT_BLANK = regex(f"[^{_PAGE_SPACES}\r\n]")


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
    fed = "\x0c" in text
    if (fed or _PAGE_TURN.search(text) is not None) and (repeated := _repeated_furniture(text)):
        return _breaks_over_lines(text, repeated)
    spans: list[tuple[int, int]] = []
    for match in (_PAGE_BREAK if fed else _FURNITURE_BREAK).finditer(text):
        start, end = match.span(1)
        before = match.start()
        if before and text[before - 1] == "\r":
            before -= 1
        first = before
        if before and text[before - 1] == "\x0c":  # (a form feed before the "\n" too)
            before -= 1
        if not before or _ITEM_END.match(text, before - 1) is None:
            continue  # the line above ends a sentence, or nothing
        furniture = match.group(1)
        if first == before and "\x0c" not in furniture and _NOT_BLANK.search(furniture) is None:
            continue  # blank lines alone: a paragraph's end, no page's
        if _holds_marking_words(furniture):
            continue
        if first != before:
            spans.append((before, first))
        spans.append((start, end))
    return spans


# (and a running header that names no gazette — the issuer, the document's title — known by
# where it stands: a short line with no sentence punctuation, written as a whole line twice or
# more, once at least beside a page turn, a form feed or a page number, is the page's furniture
# wherever it stands.  Looked for only in a text that holds a page turn; then every short line
# between two halves is looked at, six at most, each at most 40 characters long.)
_PAGE_TURN = regex(f"\n{PAGE_LINE}")
_FURNITURE_ONLY = regex(
    f"[{_PAGE_SPACES}]{{0,12}}+\x0c?(?:{PAGE_LINE}|{_HEADER})[{_PAGE_SPACES}]{{0,12}}+\x0c?\r?\n"
)
_FURNITURE_LINES = 6  # the most lines of furniture one page turn holds
_LINE_BLANKS = f"{_PAGE_SPACES}\r\x0c"
_SENTENCE_MARKS = frozenset("，。；：！？,;:!?")
_FIGURES = regex("[0-9]{5}")
_REPEATED_MAX = 30  # the longest running header told by its repeats (characters)


def _repeated_furniture(text: str) -> frozenset[str]:
    """The short lines of ``text`` (stripped) written twice or more, once at least beside a
    page turn (see above): one walk of its lines."""
    lines = text.split("\n")
    keys = [line.strip(_LINE_BLANKS) for line in lines]
    turns = [
        "\x0c" in line or (bool(key) and _FURNITURE_ONLY.match(line + "\n") is not None)
        for line, key in zip(lines, keys, strict=True)
    ]
    counts: dict[str, int] = {}
    beside: set[str] = set()
    for at, key in enumerate(keys):
        if not key or len(key) > _REPEATED_MAX or not _SENTENCE_MARKS.isdisjoint(key):
            continue
        if _FIGURES.search(key) is not None:
            continue  # (a number of its own: no header)
        counts[key] = counts.get(key, 0) + 1
        if turns[at] or _turn_beside(keys, turns, at):
            beside.add(key)
    return frozenset(key for key in beside if counts[key] > 1)


def _turn_beside(keys: list[str], turns: list[bool], at: int) -> bool:
    """Whether a page turn stands next to line ``at``, a blank line between them at most."""
    for step in (-1, 1):
        near = at + step
        if 0 <= near < len(keys) and not keys[near] and not turns[near]:
            near += step  # (one blank line)
        if 0 <= near < len(keys) and turns[near]:
            return True
    return False


def _breaks_over_lines(text: str, repeated: frozenset[str]) -> list[tuple[int, int]]:
    """:func:`page_breaks` in a text whose running headers include the lines of ``repeated``:
    what :data:`_PAGE_BREAK` finds, its furniture lines those lines too, told line by line (each
    line looked at once as furniture, and by at most six breaks before it)."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    furniture = [_is_furniture(line, repeated) for line in lines]
    spans: list[tuple[int, int]] = []
    for at, line in enumerate(lines[:-1]):
        end = line.rstrip("\r")
        fed = end.endswith("\x0c")
        end = end.rstrip("\x0c")
        if not end or _ITEM_END.match(end, len(end) - 1) is None:
            continue  # the line above ends a sentence, or nothing
        below = at + 1
        while below < len(lines) and below - at <= _FURNITURE_LINES and furniture[below]:
            below += 1
        if below == len(lines) or below - at > _FURNITURE_LINES:
            continue
        after = lines[below][1:] if lines[below].startswith("\x0c") else lines[below]
        if not after or _ITEM_END.match(after) is None:
            continue  # no item goes on below
        block = text[starts[at + 1] : starts[below] + len(lines[below]) - len(after)]
        if not fed and "\x0c" not in block and _NOT_BLANK.search(block) is None:
            continue  # blank lines alone: a paragraph's end, no page's
        if _holds_marking_words(block):
            continue
        if fed:
            spans.append((starts[at] + len(end), starts[at] + len(end) + 1))
        if block:
            spans.append((starts[at + 1], starts[at + 1] + len(block)))
    return spans


def _holds_marking_words(block: str) -> bool:
    """Whether ``block`` holds a word of :data:`_MARKING_WORDS`: never read as nothing."""
    return any(word in block for word in _MARKING_WORDS)


def _is_furniture(line: str, repeated: frozenset[str]) -> bool:
    """Whether ``line`` is blank or page furniture: a page number, a header, a line of
    ``repeated``."""
    key = line.strip(_LINE_BLANKS)
    return not key or key in repeated or _FURNITURE_ONLY.match(line + "\n") is not None


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
