"""公文 elements that betray a pasted official document: warn (``secrecy.document_hint``).

GB/T 9704-2012《党政机关公文格式》 lays a 公文 out as 版头, 主体 and 版记 (rules.md §7).
A 公开 公文 published in full legitimately shows its 发文字号, 主送机关, 成文日期 and
附注 such as ``（此件公开发布）``, and news quotes 发文字号 all the time: those pass.
What a public notice seldom carries, and an internal document pasted into a post
does, is found here and asks the editor to confirm (the 密级, internal-use and
不公开 notes that block are :mod:`.secrecy` and :mod:`.disclosure`):

* 版头: a 6-digit 份号 or a 紧急程度 (``特急``, ``加急``; a 电报's ``特提``, ``平急``,
  ``data/document_urgency.txt``) alone on one of the first non-blank lines, an HTML
  paragraph or cell counting as a line (a Word export: ``<p>000123</p><p>特急</p>``);
  six digits alone in a table's cell are data (an ID number over cells), not a 份号, and
  six digits beside an address are a 邮政编码 (``100017⏎北京市西城区府右街2号``);
  the same as a named field (``紧急程度：特急``, ``| 份号 | 000123 |``,
  ``<td>紧急程度</td><td>特急</td>``); the ``签发人：张三`` of an 上行文; a 密电's
  发文字号 (``×政办密电〔2024〕3号``: an encrypted telegram, where a 明电's passes) —
  the header and its fields in the first 1,000 characters (their place);
* 版记: a line starting ``抄送：`` (a 纪要's ``分送：``), the 印发机关和印发日期 line
  (``××市人民政府办公室　2024年3月1日印发``, a date in numerals too, in a table's cells too),
  and an 印数 note ``（共印150份）`` — in the
  last 1,500 characters (the 版记 ends a 公文: a fixed cost whatever the post's length;
  a 公文 pasted above 1,500 characters of other text keeps its 版记 unread).

A document that says it is public — ``（此件公开发布）``, ``（此件主动公开）``,
``公开属性：主动公开`` — gets none of these warnings: its issuer released it.
"特急救援", "加急办理" and "抄送给…" in a sentence are prose and pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import (
    HTML_BLOCK_CLOSE,
    HTML_BLOCK_OPEN,
    HTML_CELL_GAP,
    LABEL_COLONS,
)
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.grouping import PAGE_LINE, whole_number
from govpub.compliance.lazy_pattern import AnyPattern, LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = ["find_document_hints"]

#: A hint: its span and the element it is, with its part (``版头「份号」``, ``版记「抄送」``).
DocumentHint = tuple[int, int, str]

# 份号, 密级 and 紧急程度 are the first lines of a 公文, above the 发文机关标志 (an editor may
# paste that first): a 紧急程度 on one of the first four lines, a 份号 on one of the first three
_HEADER_LINES = 4
_NUMBER_LINES = 3
_HEADER_REACH = 1000  # (the header lines and fields; a Word export's paragraphs with their tags)
_TAIL_REACH = 1500  # (the 版记 of a 公文: its last lines)
_NUMBER_BLOCK = regex(r">[ \t]*[0-9]{6}[ \t]*<")  # (starts with a literal: fast)
_LINE_BREAK = regex(rf"\n|{HTML_BLOCK_CLOSE}")
_TAGS = regex(r"<[^<>\n]*>")
_START = rf"(?:(?m:^)|{HTML_BLOCK_OPEN})[ \t>#*_|]*"
_END = rf"[ \t*_|]*(?:(?m:$)|{HTML_BLOCK_CLOSE})"
_VALUE = rf"\s*(?:[{LABEL_COLONS}|]|[{LABEL_COLONS}]?\s*{HTML_CELL_GAP})\s*"


@cache
def _urgency_list() -> tuple[str, ...]:
    """The words of ``data/document_urgency.txt``."""
    return data_words("document_urgency.txt")


@cache
def _urgency_keyed() -> tuple[tuple[str, int], ...]:
    """The words found by their last character (急, 提: 应急 holds one, but seldom 特急)."""
    return tuple((word, len(word) - 1) for word in _urgency_list())


@cache
def _urgency_words() -> str:
    return "|".join(rf"{w[0]}\s?{w[1:]}" for w in _urgency_list())  # (spaced: "特 急")


@cache
def _urgency() -> re.Pattern[str]:
    """A 紧急程度 alone on a line (or an HTML block)."""
    return regex(rf"{_START}(?P<u>(?:紧急程度{_VALUE})?(?:{_urgency_words()})){_END}")


# A 份号 alone on a line or an HTML paragraph, not in a table's cell: a number alone in a cell
# is data ("<td>310104</td><td>19851122</td>…", an ID number over cells)
_NUMBER = LazyPattern(
    rf"(?:(?m:^)|<(?:p|div|h[1-6]|section|center)\b[^<>\n]{{0,40}}>)[ \t>#*_]*"
    rf"(?P<n>(?:份号{_VALUE})?\d{{6}}){_END}"
)


@cache
def _fields() -> LazyPattern:
    """The header's fields by name, anywhere: the name says what they are."""
    return LazyPattern(
        rf"(?P<u>紧急程度{_VALUE}(?:{_urgency_words()}))"
        rf"|(?P<n>份号{_VALUE}\d{{1,6}}(?!\d))"
        rf"|(?P<s>签发人{_VALUE}[{CJK_UNIFIED}]{{2,4}})"
        # a 密电's 发文字号 ("×政办密电〔2024〕3号"): an encrypted telegram, not a 明电
        rf"|(?P<m>[{CJK_UNIFIED}]{{1,8}}密电\s*[〔\[(（]\s*\d{{4}}\s*[〕\])）]\s*\d{{1,4}}\s*号)"
    )


# a date in digits (GB/T 9704-2012) or in numerals, as older documents print it (the fold
# closes the space between an organ's name and a date in numerals: "办公室二〇二四年…")
_NUMERAL = "〇○零一二三四五六七八九十"
_GAP = rf"(?:[ \t|]+|\s*{HTML_CELL_GAP}\s*)"
_DATE = (
    rf"(?:{_GAP}\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    rf"|(?<![于在]){_GAP}?[{_NUMERAL}]{{4}}年[{_NUMERAL}]{{1,2}}月[{_NUMERAL}]{{1,3}}日)"
)
# 版记: "抄送：…" / "分送：…" opening a line; "<印发机关> <日期>印发" as a line of its own (a
# space between them: "市政府办公室于2024年3月1日印发" is a sentence); "（共印150份）"
_IMPRINT = LazyPattern(
    rf"{_START}(?P<c>抄送|分送){_VALUE}"
    rf"|{_START}(?P<p>[^\s，。,；;{LABEL_COLONS}<>|]{{2,40}}?{_DATE}\s*印发){_END}"
    rf"|(?P<k>[（(]\s*共印\s*\d+\s*份\s*[）)])"
    rf"|{_START}(?P<l>共印\s*\d+\s*份)[。.]?{_END}"
)
_ELEMENTS = {"u": "版头「紧急程度」", "n": "版头「份号」", "s": "版头「签发人」"}
_ELEMENTS["m"] = "版头「发文字号」（密电）"
_ELEMENTS |= {"p": "版记「印发机关和印发日期」", "k": "版记「印数」", "l": "版记「印数」"}
# the document's own word that it is public: "（此件公开发布）", "公开属性：主动公开" (a
# distribution scope's note in such a document is no note that it is not for release either:
# :mod:`.disclosure`)
PUBLIC_NOTE = LazyPattern(
    rf"(?:此件|本件|本文件?)\s*(?:主动)?公开|公开(?:属性|方式|选项)\s*[{LABEL_COLONS}|]\s*主动公开"
)


def _may_be_a_number(folded: str) -> bool:
    """Whether one of the first lines, or an HTML block, may be a 份号: six digits alone (a
    few str operations, where an expression for digits over the head costs 30 µs)."""
    if _NUMBER_BLOCK.search(folded, 0, _HEADER_REACH):
        return True
    at = count = 0
    while count < _NUMBER_LINES and at < len(folded):
        nxt = folded.find("\n", at)
        nxt = len(folded) if nxt == -1 else nxt
        if nxt - at > 40:  # (too long for a 份号 line: not sliced)
            count += 1
        elif line := folded[at:nxt].strip(" \t>#*_"):
            count += 1
            if len(line) == 6 and line.isascii() and line.isdigit():
                return True
        at = nxt + 1
    return False


def _header_lines(folded: str) -> list[tuple[int, int]]:
    """The spans of the first :data:`_HEADER_LINES` non-blank lines (or HTML blocks)."""
    spans: list[tuple[int, int]] = []
    at = 0
    head = folded[:_HEADER_REACH]
    if "<" not in head:  # (plain text: its lines, without the expression)
        while len(spans) < _HEADER_LINES and at < len(head):
            nxt = head.find("\n", at)
            nxt = len(head) if nxt == -1 else nxt
            if head[at:nxt].strip():
                spans.append((at, nxt))
            at = nxt + 1
        return spans
    for match in _LINE_BREAK.finditer(head):
        if _TAGS.sub("", head[at : match.start()]).strip():
            spans.append((at, match.end()))
            if len(spans) == _HEADER_LINES:
                break
        at = match.end()
    return spans


# A street address with its number ("府右街2号", "人民路 100 号院") or the code's own name
# (邮编, 邮政编码): what a 邮政编码 stands beside on an envelope or a letterhead, and never
# a 公文's 份号 (密级, 紧急程度 or the 发文机关标志 follow that)
_ADDRESS = LazyPattern(
    r"(?:路|街|巷|弄|胡同|大道)\s*(?:\d{1,5}|[一二三四五六七八九十百〇零]{1,6})\s*号|邮\s?编|邮政编码"
)


def _postcode(folded: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether six digits alone on header line ``at`` are a 邮政编码, not a 份号.

    A 份号 counts copies from ``000001`` (GB/T 9704-2012 7.2.1); a postcode starts with its
    province's two digits, ``01``–``86`` (``100017``), and stands above or below an address.
    """
    start, end = lines[at]
    digits = _TAGS.sub("", folded[start:end]).strip(" \t\n>#*_|")
    if len(digits) != 6 or not digits.isdigit() or not 1 <= int(digits[:2]) <= 86:
        return False
    return any(
        _ADDRESS.search(_TAGS.sub("", folded[s:e]))
        for s, e in lines[max(at - 1, 0) : at + 2]
        if s != start
    )


def _after_label(folded: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether header line ``at`` is the value of a label ending the line above it
    (``身份证号码：⏎310104⏎…``: the first digits of an ID number, no 份号 — a 公文's first
    line is its 份号, and no line of its header ends with a colon)."""
    if at == 0:
        return False
    start, end = lines[at - 1]
    above = _TAGS.sub("", folded[start:end]).rstrip(" \t\n*_")
    return above.endswith(tuple(LABEL_COLONS)) and not above[:-1].rstrip().endswith("份号")


def _wrapped(folded: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether header line ``at`` goes on as digits on the very next line: a number wrapped
    over lines (``身份证号⏎440305⏎19900315⏎105X``, an ID number in a Markdown paragraph),
    no 份号 — a 密级, a 紧急程度 or the 发文机关标志 follows a 份号, never more digits."""
    if at + 1 >= len(lines):
        return False
    start, end = lines[at + 1]
    if folded.count("\n", lines[at][1], start) > 1:
        return False  # (a blank line between: a paragraph of its own)
    following = _TAGS.sub("", folded[start:end]).lstrip(" \t>*_")
    return "0" <= following[:1] <= "9"


def _tail(folded: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether header line ``at`` goes on the number that ends the line above it: the tail
    of a number wrapped over lines (``身份证号码110108200101⏎206453``, ``联系人：王先生，18309⏎
    893154``: red team 95) or parted by a page break (``联系电话：13812⏎— 3 —⏎345678``: red
    team 99), no 份号 — a 份号 is a 公文's first line, no number runs into it.

    Told by what it completes, not by any digit ending the line above (review 61 A15:
    ``第2⏎000123``): the digits above and its own make a whole number (a mobile, an ID number
    passing its check, a card passing Luhn: :func:`~.grouping.whole_number`), or the number
    above follows its label's colon (``身份证号码：110108200101⏎206452``).
    """
    start, end = lines[at]
    own = _TAGS.sub("", folded[start:end]).strip(" \t\n>#*_")
    head = ""  # (the digits above, from the number's first)
    line = at
    while (above := _number_above(folded, lines, line)) is not None:
        start, end = lines[above]
        text = _TAGS.sub("", folded[start:end]).rstrip(" \t\n*_")
        first = _number_start(text)
        digits = text[first:].replace(" ", "").replace("-", "")
        if not digits:
            break
        head = digits + head
        before = text[:first].rstrip(" \t")
        if before.strip(" >#*_"):  # (the number starts on that line)
            return whole_number(head + own) or _labelled(before)
        line = above  # (digits alone on their line: a number's middle, or its start)
    return bool(head) and whole_number(head + own)


def _number_above(folded: str, lines: list[tuple[int, int]], at: int) -> int | None:
    """The header line a number wrapped onto line ``at`` comes from: the line right above (no
    blank line between), or the one above a page number or footer on a line of its own
    (``— 3 —``, ``第 3 页``: a blank line each side of it at most, as a number is read over
    it, :data:`~.grouping.PAGE_LINE`); ``None`` when there is none."""
    if at == 0:
        return None
    start = lines[at][0]
    above_start, above_end = lines[at - 1]
    breaks = folded.count("\n", above_end, start)
    page = _TAGS.sub("", folded[above_start:above_end]).strip(" \t\n>*_")
    if at < 2 or not _PAGE.fullmatch(page + "\n"):
        return at - 1 if breaks <= 1 else None  # (a blank line between: a paragraph)
    if max(breaks, folded.count("\n", lines[at - 2][1], above_start)) > 2:
        return None
    return at - 2


# A page number or footer alone on its line, as a number's reading takes it in
_PAGE = LazyPattern(rf"{PAGE_LINE}\s*")


def _number_start(line: str) -> int:
    """Where the number that ends ``line`` starts: its digits, in groups parted by spaces or
    hyphens (``6222 0212 3456``); ``len(line)`` when no digit ends it."""
    at = len(line)
    while at and line[at - 1] in "0123456789 -":
        at -= 1
    while at < len(line) and line[at] in " -":
        at += 1
    return at


def _labelled(before: str) -> bool:
    """Whether the text before a number ends with a label's colon (``联系电话：``), not the
    ``份号：`` of a 份号 written over two lines."""
    return before.endswith(tuple(LABEL_COLONS)) and not before[:-1].rstrip().endswith("份号")


def _hints(pattern: AnyPattern, folded: str, start: int, end: int) -> Iterator[DocumentHint]:
    for match in pattern.finditer(folded, start, end):
        group = next(g for g, v in match.groupdict().items() if v is not None)
        yield *match.span(group), _ELEMENTS.get(group) or f"版记「{match.group(group)}」"


# Where the fields and the 版记 are looked for: around their words (a field's name, 抄送,
# 印发…), within their line; a 版记 line is short, its 印发机关 at most 40 characters
# (each with the index of the character it is found by: one seldom in prose)
_WORDS_FIELDS = (("紧急程度", 2), ("份号", 0), ("签发人", 0), ("密电", 0))
_WORDS_IMPRINT = (("抄送", 1), ("分送", 1), ("印发", 0), ("共印", 1))
_REACH = 80


def _around(
    pattern: AnyPattern, folded: str, words: tuple[tuple[str, int], ...], lo: int, hi: int
) -> list[DocumentHint]:
    """The pattern's hints on the lines around the words that may start or end one (not the
    whole text: 1 ms in 20,000 characters)."""
    hints: list[DocumentHint] = []
    searched = -1
    for at, word in _word_starts(folded, words, max(lo, 0), hi):
        if at < searched or not _may_be(folded, at, word):
            continue
        start = max(folded.rfind("\n", 0, at) + 1, at - _REACH)
        end = folded.find("\n", at)
        end = min(len(folded) if end == -1 else end, at + _REACH)
        hints += _hints(pattern, folded, start, end)
        searched = end
    return hints


def _word_starts(
    folded: str, words: tuple[tuple[str, int], ...], lo: int = 0, hi: int | None = None
) -> list[tuple[int, str]]:
    """Where the words start, found by one character of each (``(word, index)``): a
    character absent from a 20,000-character text costs 1-4 µs to rule out, a word 20 µs."""
    found: list[tuple[int, str]] = []
    for key, keyed in _keyed(words).items():
        at = folded.find(key, lo, hi)
        while at != -1:
            for word, index in keyed:
                if at >= index and folded.startswith(word, at - index):
                    found.append((at - index, word))
            at = folded.find(key, at + 1, hi)
    return sorted(found)


@cache
def _keyed(words: tuple[tuple[str, int], ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    keyed: dict[str, list[tuple[str, int]]] = {}
    for word, index in words:
        keyed.setdefault(word[index], []).append((word, index))
    return {key: tuple(ws) for key, ws in keyed.items()}


def _may_be(folded: str, at: int, word: str) -> bool:
    """What follows the word allows a hint (``印发`` ending its line, not ``自印发之日起``;
    a field's name followed by its value)."""
    after = folded[at + len(word) : at + len(word) + 8].lstrip(" \t*_")
    if word == "印发":
        return after[:1] in ("", "\n", "|", "<")
    if word == "共印":
        return after[:1].isdigit()
    if word == "密电":
        return after[:1] in "〔[(（"
    return after[:1] in (*LABEL_COLONS, "|", "<")


def find_document_hints(folded: str) -> Iterator[DocumentHint]:
    """The 公文 elements of a folded text that warn, in order, each with its name."""
    hints: list[DocumentHint] = []
    urgency = bool(_word_starts(folded, _urgency_keyed(), 0, _HEADER_REACH))
    if urgency or _may_be_a_number(folded):
        lines = _header_lines(folded)
        for start, end in lines if urgency else ():
            hints += _hints(_urgency(), folded, start, end)
        for at, (start, end) in enumerate(lines[:_NUMBER_LINES]):
            if not any(f(folded, lines, at) for f in (_postcode, _after_label, _wrapped, _tail)):
                hints += _hints(_NUMBER, folded, start, end)
    # (the fields are the header's, the 版记 ends a 公文: each looked for in its part of the
    # text only, a fixed cost whatever the length of the post)
    hints += _around(_fields(), folded, _WORDS_FIELDS, 0, _HEADER_REACH)
    hints += _around(_IMPRINT, folded, _WORDS_IMPRINT, len(folded) - _TAIL_REACH, len(folded))
    if not hints or ("公开" in folded and PUBLIC_NOTE.search(folded)):
        return
    seen = -1
    for start, stop, element in sorted(hints):
        if start >= seen:  # (a field found as a header line too: once)
            yield start, stop, element
            seen = stop
