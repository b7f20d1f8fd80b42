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
  marking itself (``请勿外传``), a repeated cell a list's (``合格``).  Since fix127a the
  furniture is also a 公报's line with its date, its 号 issue, its volume or its page number
  (``— 12 — 北京市人民政府公报``), a page number ``·12·``, ``12/30`` (never a page beyond
  its count), ``共10页 第3页``, ``Page 3 of 10``, a form feed alone on the blank line before
  it, and — where a form feed beside it or a page number before it proves the turn — a bare
  page number, an organ's 文件 header or a 文号; a date line, a 文号 line, a bare number with
  no turn beside them are the page's text, and a bare number that completes an item between
  two digit halves is the item's (``1381234⏎\\f567⏎8``).

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
# (a running header or footer, alone on its line: a gazette's or a bulletin's name with its
# issue, its date, its page — "某某市人民政府公报 2024年第12期", "国务院公报 2024年第3号",
# "北京市人民政府公报 2024年1月15日", "— 12 — 北京市人民政府公报", "工作简报 第3期" — or an issue
# or a page alone, "2024年第12期", "第3页", and nothing else: a line with more on it, "2026年第3期
# 内部资料　注意保存", is the page's text; a date alone is a date line, never furniture: fix127a)
_SP = f"[{_PAGE_SPACES}]?"
_NUMBER_OF = f"第{_SP}[0-9]{{1,4}}{_SP}"
_YEAR = f"[0-9]{{4}}{_SP}年{_SP}"
_VOLUME = f"[（(]总{_NUMBER_OF}期[）)]"  # (总第256期: the volume's running issue)
_ISSUE = f"(?:{_YEAR})?(?:{_NUMBER_OF}期(?:{_SP}{_VOLUME})?|{_VOLUME})"
_APART = f"[{_PAGE_SPACES}·|/]{{0,6}}"
_PAGE_OF = f"(?:{_APART}{_NUMBER_OF}页)?"
# (a page's number as a header prints it beside the gazette's name — in dashes, between middle
# dots, or bare — and what a gazette's line alone may add: the State Council's 公报 numbers its
# issues 号, "2024年第3号"; an issue's date, "2024年1月15日", "2024年3月")
_DASH_CLASS = "\\-\u2010-\u2015\u2212\uff0d"  # (the characters of _DASH_CHARS)
_DASHED = f"[{_DASH_CLASS}]{{1,2}}{_SP}[0-9]{{1,3}}{_SP}[{_DASH_CLASS}]{{1,2}}"
_DOTTED = f"[·•]{_SP}[0-9]{{1,3}}{_SP}[·•]"  # (·12·: a 公报's page number)
_DATE = f"{_YEAR}[0-9]{{1,2}}{_SP}月(?:{_SP}[0-9]{{1,2}}{_SP}日)?"
_GAZETTE_PART = (
    f"(?:{_ISSUE}|{_YEAR}{_NUMBER_OF}号(?:{_SP}{_VOLUME})?|{_DATE}|{_DASHED}|{_DOTTED}"
    f"|{_NUMBER_OF}页|[1-9][0-9]{{0,2}})"
)
_GAZETTE = "[\u3400-\u9fff]{0,20}(?:公报|政报|简报)"
# (a page number alone, in the forms a PDF's footer prints beyond grouping's PAGE_LINE: ·12·,
# 12/30 — its page before its count, told in Python —, 共10页 第3页, Page 3 of 10)
_PAGE_ALONE = (
    f"{_DOTTED}|[0-9]{{1,3}}{_SP}[/\uff0f]{_SP}[0-9]{{1,3}}"
    f"|共{_SP}[0-9]{{1,3}}{_SP}页{_APART}{_NUMBER_OF}页"
    "|[Pp](?:age|AGE) [0-9]{1,3}(?: of [0-9]{1,3})?"
)
_HEADER = (
    f"(?:(?:{_GAZETTE_PART}{_APART})?{_GAZETTE}(?:{_APART}{_GAZETTE_PART}){{0,3}}"
    f"|{_ISSUE}{_PAGE_OF}|{_NUMBER_OF}页|{_PAGE_ALONE})"
)
# (at a page turn — a form feed at the line's start or end, or the next line's start — more
# lines are furniture: a bare page number, "12"; a document's running header, an organ's 文件
# ("某某市人民政府办公室文件", not "关于转发有关文件") or a 文号 ("京政办发〔2024〕5号") — lines a
# page's text holds too, so read as furniture only where pdftotext's page break proves the turn:
# fix127a)
_TURN_HEADER = (
    f"(?:[\u3400-\u9fff]{{2,20}}(?:政府|办公室|办公厅|委员会|委|局|厅|部|院)文件"
    f"|[\u3400-\u9fff]{{1,12}}[〔\\[［(（][0-9]{{4}}[〕\\]］)）]{_SP}[0-9]{{1,4}}{_SP}号)"
)
_AT_TURN = f"(?:[1-9][0-9]{{0,2}}|{_TURN_HEADER})"
# (what furniture read as nothing may never hold, told on its folded text — traditional, spaced
# and zero-width forms fold to these: a marking's or a note's words; a bulletin named 内部简报 is a
# marking on every page, read as written.  The furniture's expressions admit no more than a
# header's ideographs, its issue and page numbers, blanks, dashes and form feeds — no digit run of
# five, no host, no 淘口令's delimiters — so its ideographs are all there is to look at: review 104)
_MARKING_WORDS = ("密", "内部", "内参", "公开", "外传", "资料")
# (one line of furniture: a page number or footer, or a running header — with a form feed
# maybe at either end; a blank line at most before the first and after the last, as grouping's
# PAGE_TAIL allows, so a paragraph's break still parts two paragraphs: review 104's F3 — a
# form feed may stand alone on that blank line, "⏎\f⏎": fix127a)
_BLANK_LINE = f"[{_PAGE_SPACES}]{{0,12}}+\x0c?[{_PAGE_SPACES}]{{0,12}}+\r?\n"
_LINE_END = f"[{_PAGE_SPACES}]{{0,12}}+\x0c?\r?\n"
_CONTENT_LINE = (
    f"[{_PAGE_SPACES}]{{0,12}}+\x0c?(?:{PAGE_LINE}|{_HEADER}){_LINE_END}"
    f"|[{_PAGE_SPACES}]{{0,12}}+\x0c[{_PAGE_SPACES}]{{0,12}}+{_AT_TURN}{_LINE_END}"
    f"|[{_PAGE_SPACES}]{{0,12}}+{_AT_TURN}[{_PAGE_SPACES}]{{0,12}}+(?:\x0c\r?\n|\r?\n(?=\x0c))"
)
# (a page number proves the turn as a form feed does: the document's header on the line after
# it is furniture too, "— 3 —⏎京政办发〔2024〕5号")
_NUMBERED_TURN = (
    f"[{_PAGE_SPACES}]{{0,12}}+(?:{PAGE_LINE}|{_DASHED}|{_PAGE_ALONE}){_LINE_END}"
    f"(?:{_BLANK_LINE})?+[{_PAGE_SPACES}]{{0,12}}+\x0c?{_TURN_HEADER}{_LINE_END}"
)
_FURNITURE = (
    f"(?:{_BLANK_LINE})?+(?:{_NUMBERED_TURN}|{_CONTENT_LINE}){{1,5}}+(?:{_BLANK_LINE})?+\x0c?"
)
# (one line of furniture whole, for may_hold_page_break: from the line's start to its break)
_FURNITURE_LINE = regex(f"(?:{_CONTENT_LINE})")
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
    digit or a space — not a Markdown rule's ``---``); or, since fix127a, a line that ends in a
    number of one to three digits, 日, 号, 月, a bracket, a middle dot or a blank after one of
    these and is furniture whole.  Two scans of the line breaks (one for furniture from each line
    break cost 0.1 ms a post of 20,000 characters: it runs only in a text this lets through)."""
    search = _FURNITURE_END.search
    found = search(text)
    while found is not None:
        at = found.start()
        if text[at - 1] not in _DASH_CHARS or _ends_page_number(text, at):
            return True
        found = search(text, found.end())
    return any(_ends_furniture_line(text, told.start()) for told in _TOLD_END.finditer(text))


def _ends_furniture_line(text: str, at: int) -> bool:
    """Whether the line that ends at the line break ``at`` is furniture whole — the test for a
    line that ends as much prose and many figures end (a digit, 日, 号, ")", a blank)."""
    start = text.rfind("\n", max(0, at - _LINE_REACH), at) + 1
    if not start and at > _LINE_REACH:
        return False  # (a line too long for furniture)
    if text[at - 1] in "日月号" and text.find("报", start, at) == -1:
        return False  # (a date or a 文号 ends a gazette's line only: a date line is text)
    return _FURNITURE_LINE.fullmatch(text, start, at + 1) is not None


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
_FURNITURE_END = regex(f"\n\x0c?(?<=[期页报\r\x0c\n{_DASH_CLASS}][\x0c\n])(?<!\n\n)")


# (and the ends of fix127a's furniture, each line told whole by _ends_furniture_line — only
# where it ends as furniture ends: a page's number of one to three digits after "/", "of ",
# "Page " or a blank after a header's 报 期 号 日 月 (12/30, Page 3 of 10, 公报 13); a date's 日 or
# 月, an issue's 号 after a digit; a volume's bracket after 期; a dotted page's dot after a digit;
# one or two blanks after any of these or 期 页 报 — "2024年第12期 ⏎", review 104's L2.  A
# table's rows, "合计 12", and a PDF's lines with trailing blanks end otherwise: a Python check
# of every line ending in a digit or a blank cost 1–4 ms a post of 20,000 characters)
def _told_ends() -> str:
    """The look-behinds of :data:`_TOLD_END`, one of a fixed width each."""
    blank = f"[{_PAGE_SPACES}]"
    before_number = ["[/\uff0f]", f"[/\uff0f]{blank}", "of ", "age ", f"[报期号日月]{blank}"]
    before_number.append(f"[报期号日月]{blank}{blank}")
    ends = [f"{lead}[0-9]{{{width}}}" for lead in before_number for width in (1, 2, 3)]
    ends += ["[0-9][日月号]", f"[0-9{_PAGE_SPACES}][·•]", "期[）)]"]
    told = "期页报日号月）)·•0-9"
    ends += [f"[{told}]{blank}", f"[{told}]{blank}{blank}"]
    return "|".join(f"(?<={end}\n)" for end in ends)


# (the last character first, one class: most lines end otherwise and pay one look-behind)
_TOLD_END = regex(f"\n(?<=[0-9日月号·•）){_PAGE_SPACES}]\n)(?:{_told_ends()})")
_LINE_REACH = 80  # (the longest line looked at as furniture)


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
        furniture = match.group(1)
        if not _goes_on(text, before, end) or _holds_marking_words(furniture):
            continue
        if not _pages_in_order(furniture):
            continue
        if _keeps_a_bare_number(text, before, end, furniture):
            # (the number stays text; the form feed before it is still pdftotext's bare break)
            end = start + 1
            if text[start] != "\x0c" or _ITEM_END.match(text, end) is None:
                continue
            if not _goes_on(text, before, end):
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


# (a page and the count of pages, 12/30: the page is never beyond the count — a date, 12/5, or
# a ratio, 30/12, is text)
_PAGE_FRACTION = regex(f"(?<![0-9])([0-9]{{1,3}}){_SP}[/\uff0f]{_SP}([0-9]{{1,3}})(?![0-9])")


def _pages_in_order(furniture: str) -> bool:
    """Whether each page and count of pages in ``furniture`` (``12/30``) has its page no further
    than its count, as a footer prints them: a line that reads otherwise is a date or a ratio,
    never furniture (fix127a)."""
    return all(0 < int(found[1]) <= int(found[2]) for found in _PAGE_FRACTION.finditer(furniture))


_ITEM_DIGITS = frozenset("0123456789Xx")


def _keeps_a_bare_number(text: str, before: int, after: int, furniture: str) -> bool:
    """Whether the bare number that is all ``furniture`` holds (``12`` at a page turn) is kept
    between two digit halves: read as nothing only where the halves alone make an item's
    digits and the three together do not (``13812⏎12⏎\\f345678``: a mobile, 13 digits
    none) — a page's number never completes a mobile, an ID number or a card, so
    ``1381234⏎\\f567⏎8`` is the mobile it reads as, not a page 567 inside 13812348 (fix127a)."""
    number = "".join(furniture.split())
    if not number.isdigit() or not (text[before - 1].isdigit() and text[after] in _ITEM_DIGITS):
        return False
    head: list[str] = []
    at, stop = before, max(0, before - _NUMBER_REACH)
    while at > stop and text[at - 1] in _NUMBER_CHARS:
        at -= 1
        head.append(text[at])
    tail: list[str] = []
    at, stop = after, min(len(text), after + _NUMBER_REACH)
    while at < stop and (text[at] in _NUMBER_CHARS or text[at] in _ITEM_DIGITS):
        tail.append(text[at])
        at += 1
    first = "".join(char for char in reversed(head) if char.isdigit())
    last = "".join(char for char in tail if char in _ITEM_DIGITS)
    return not _item_digits(first + last) or _item_digits(first + number + last)


def _item_digits(digits: str) -> bool:
    """Whether ``digits`` have a mobile's, an ID number's or a card's length and lead: 11 from
    1[3-9], 15 or 18 from a province's code, 13 to 19 from a card network's 3–6."""
    size = len(digits)
    if size == 11 and digits[0] == "1" and digits[1] in "3456789":
        return True
    if size in (15, 18) and digits[0] in "12345678":
        return True
    return 13 <= size <= 19 and digits[0] in "3456"


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
