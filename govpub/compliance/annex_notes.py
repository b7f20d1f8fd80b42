"""公开属性 of an attachment: a 附注 that says a document's 附件 is not for release.

A document's 公开属性 may be decided part by part (国办发〔2016〕80号: 拟不公开的，要依法依规
说明理由; a 政务公开 office releases a notice and keeps back the list of names or the
table it attaches), and the 附注 below the date says so: ``（此件公开发布，附件不公开）``,
``（附件不公开）``, ``（此件删减后公开，附件2不公开）``, ``公开属性：主动公开（附件不公开）``, or a
table's own heading ``附件2：考察对象详细信息表（此表不公开）`` (red team 110's G).

GB/T 9704-2012 puts the 附件说明 above the signature and the 附注 below the date; the
attachments themselves follow on pages of their own, each headed ``附件1``.  A post that
carries such a note and an attachment after it — a line headed 附件/附表, a table — publishes
what its issuer decided to keep back: that **blocks** (``disclosure.not_public``).  The note
alone, the attachment left out as it should be, is a reviewer's look (``secrecy.sensitive_term``):
whether what follows in the post is the attachment cannot be told from the words.  The note is
read only in brackets, as the whole of a clause (``附件不公开的情形``, ``申请公开附件`` are prose).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from govpub.compliance.holds import occurrences
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_notes import NOTE_BRACKETS
from govpub.compliance.secrecy import Hit

__all__ = ["ANNEX_NUMBER", "Annexes", "find_annex_notes"]

#: An attachment's number: one or two digits, or Chinese numerals as a number is written from 一
#: to 九十九 (二, 十二, 二十, 二十一; review 94's L7) — not two numerals side by side (一二, 二二: a
#: typo or a list without its mark, no number).
ANNEX_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# the attachment (附件, 附件2, 附件1、3, 附件二, 附表) or the table itself (此表, 本表, 该表),
# then its 公开属性 denied; at most a few numbers, linear.  An attachment's number in Chinese
# numerals (附件二不公开, 附件一至三; review 91's L4) is the same attachment as 附件2: the
# headings below are read both ways (:data:`_ANNEX_BELOW`).  A list may name the word again
# after its mark (附件一、附件二; 附件1至附件3: review 94's L8).
_ANNEX_NOTE = LazyPattern(
    rf"(?:附件|附表|[此本该]表)[ \t]*(?P<numbers>{ANNEX_NUMBER}"
    rf"(?:[ \t]*[、,，和及至\-~][ \t]*(?:(?:附件|附表)[ \t]*)?{ANNEX_NUMBER}){{0,5}})?"
    r"[ \t]*(?:均|一律)?(?:不予以|不予|不对外|不)公开(?:发布)?"
)
_CLOSES = "）)】〕]］"
_CLAUSE_MARKS = "，,；;。"
_NOTE_REACH = 40  # a 附注's bracket is short: its opening looked for this far back
# an attachment in the post after the note: a line or an HTML block headed 附件/附表 (附件1：…,
# 附件一：…, 附件, 附表2, <p>附件1：…</p>), its number read, or a Markdown table's row or an
# HTML table
_ANNEX_BELOW = LazyPattern(
    r"(?:\n|<[a-z][^<>\n]{0,80}>)[ \t>#*_]*(?:附件|附表)"
    rf"[ \t]*({ANNEX_NUMBER})?[ \t]*(?:[：:<]|\n|$)"
    r"|(\n[ \t]*\||<table)"
)


def find_annex_notes(folded: str, anchors: Iterable[int] | None = None) -> Iterator[Hit]:
    """Spans of the notes that an attachment is not for release, each the clause of its
    brackets that says so (``附件不公开`` in ``（此件公开发布，附件不公开）``).  Read around each
    denied 公开 only, its note at most ``_WORDS_REACH`` characters back: ``anchors`` are where
    the 公开 of the 公开属性 notes start (:attr:`.anchors.Anchors.notes`, found by the pass the
    check makes anyway), else every 公开 is looked up.  (The expression run over the whole text
    is tried at every position, 1.4 ms a benchmark post; each denial looked up by ``str.find``
    scans a text that holds none, 15 µs.)"""
    after = 0
    starts = occurrences(folded, "公开") if anchors is None else anchors
    for at in starts:
        if at < after or folded[at - 1 : at] not in _DENIED_BY or not folded.startswith("公开", at):
            continue
        low = max(after, at - _WORDS_REACH)
        window = folded[low:at]
        if "附" not in window and "表" not in window:
            continue
        match = _ANNEX_NOTE.search(folded, low, min(len(folded), at + _DENIAL_LENGTH))
        if match is None or match.end() <= at:
            continue
        start, end = match.span()
        after = end
        if _opens_clause(folded, start) and _closes_clause(folded, end):
            yield start, end


# what stands right before a denied 公开 in every note of :data:`_ANNEX_NOTE` (不公开, 不予公开,
# 不予以公开, 不对外公开), and how far past the 公开 a note reaches (公开发布)
_DENIED_BY = frozenset("不予以外")
_DENIAL_LENGTH = len("公开发布")
_WORDS_REACH = 30  # 附件1、2、3、4、5、6 均不予以公开: the note's words before its 公开


def _opens_clause(folded: str, start: int) -> bool:
    """Whether ``start`` opens a clause of brackets on its line: right after the opening
    bracket or after a clause's mark inside one that is still open."""
    before = folded[max(0, start - _NOTE_REACH) : start]
    line = before[before.rfind("\n") + 1 :]
    opened = max(line.rfind(c) for c in NOTE_BRACKETS)
    if opened == -1 or any(c in line[opened:] for c in _CLOSES):
        return False
    # (a blank after the bracket or the mark: （此件公开发布， 附件 不 公开）; review 91's L4)
    line = line.rstrip(" \t")
    return opened == len(line) - 1 or line[-1] in _CLAUSE_MARKS


def _closes_clause(folded: str, end: int) -> bool:
    """Whether the clause ends at ``end``: a closing bracket or another clause's mark."""
    return end < len(folded) and folded[end] in _CLOSES + _CLAUSE_MARKS


class Annexes:
    """The attachments after a point of a field, read in one pass (:data:`_ANNEX_BELOW`): where
    the last one with each number, the last of any, the last table start.  A heading line that
    is a download link (``附件：<a href=…>正文下载</a>``, ``附件：正文PDF版下载``) is the public
    text's file, not the attachment (review 91's F2)."""

    def __init__(self, folded: str, after: int) -> None:
        self.last = -1
        self.table = -1
        self.numbered: dict[int, int] = {}
        for match in _ANNEX_BELOW.finditer(folded, after):
            at = match.start()
            if match.group(2) is not None:
                self.table = self.last = at
                continue
            if _a_download(folded, match.end()):
                continue
            self.last = at
            if match.group(1) is not None:
                self.numbered[_number(match.group(1))] = at

    def follow(self, folded: str, start: int, end: int) -> bool:
        """Whether the note ``folded[start:end]`` stands as a 附注 (:func:`_stands_alone`) and
        the attachment it names follows it: a heading with one of its numbers (``附件2不公开``
        then ``附件1：…`` is the public one; review 91's F1), any heading when it names none,
        or a table."""
        if not _stands_alone(folded, start):
            return False
        if self.table >= end:
            return True
        numbers = _note_numbers(folded[start:end])
        if not numbers:
            return self.last >= end
        return any(self.numbered.get(number, -1) >= end for number in numbers)


_DOWNLOAD_REACH = 120


def _a_download(folded: str, at: int) -> bool:
    """Whether the heading's line from ``at`` is the public text's download: it says 下载, 正文
    or 全文 (``附件：<a href=…>正文下载</a>``, ``附件：正文PDF版下载``, ``附件：[下载](…)``;
    review 91's F2).  A link alone is no such sign: a Markdown or HTML link whose text names the
    attachment (``附件2：[困难群众名单.xlsx](…)``), a link further on the line (``附件：有关名单。
    另见[政策解读](…)``) publish it or leave it named, and a picture (``![名单](….png)``) shows it
    whatever it says (review 94's L4-L6)."""
    line_end = folded.find("\n", at, at + _DOWNLOAD_REACH)
    rest = folded[at : at + _DOWNLOAD_REACH if line_end == -1 else line_end]
    return "![" not in rest and any(word in rest for word in _PUBLIC_TEXT_WORDS)


# what a heading that is the public text's own download says
_PUBLIC_TEXT_WORDS = ("下载", "正文", "全文")


_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}


def _number(text: str) -> int:
    """The number of ``1``, ``12``, ``一``, ``十二``, ``一十二`` (formal), ``二十``, ``二十一``
    (``ANNEX_NUMBER``)."""
    if text.isdigit():
        return int(text)
    tens, ten, units = text.partition("十")
    if not ten:
        return _NUMERALS[text]
    return (_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[units] if units else 0)


_NOTE_NUMBER = LazyPattern(ANNEX_NUMBER)
# the word a list names again before a number (附件一、附件二; 附件1至附件3)
_ANNEX_WORDS = ("附件", "附表")
_RANGE_MARKS = frozenset("至-~")


def _note_numbers(note: str) -> set[int]:
    """The attachments' numbers a note names (``附件1、2`` {1, 2}, ``附件1至3`` {1, 2, 3},
    ``附件二`` {2}); only those of its list (``附件一律不公开`` names none)."""
    numbers: set[int] = set()
    named = _ANNEX_NOTE.match(note)
    listed = "" if named is None else named.group("numbers") or ""
    previous: tuple[int, int] | None = None  # (number, where it ends)
    for match in _NOTE_NUMBER.finditer(listed):
        number = _number(match.group())
        between = _mark_between(listed[previous[1] : match.start()]) if previous else ""
        if previous is not None and between in _RANGE_MARKS and number - previous[0] <= 20:
            numbers.update(range(previous[0], number + 1))
        numbers.add(number)
        previous = (number, match.end())
    return numbers


def _mark_between(text: str) -> str:
    """The list's mark between two numbers, without blanks and the word named again
    (``至附件`` is ``至``, ``、 附件`` is ``、``)."""
    text = text.strip(" \t")
    for word in _ANNEX_WORDS:
        text = text.removesuffix(word)
    return text.strip(" \t")


# what may stand before a 附注's bracket on its line: nothing (marks, a tag), a 公开属性 or
# 附注 label and its value, the attachment's heading (附件2：…表（此表不公开）) or a date
_NOTE_LEAD = LazyPattern(
    r"(?:<[^<>\n]{0,80}>|[ \t>#*_\-]){0,8}"
    r"(?:(?:公开属性|公开方式|附注|注)[：:][^“”\"「」]{0,12}"
    rf"|(?:附件|附表)[ \t]*{ANNEX_NUMBER}?[ \t]*[：:][^“”\"「」]{{0,30}}"
    r"|\d{4}年\d{1,2}月\d{1,2}日[ \t]*)?"
)


def _stands_alone(folded: str, start: int) -> bool:
    """Whether the note's bracket stands as a 附注 (GB/T 9704: on its own line under the date)
    or after a 公开属性 label or an attachment's heading: not quoted, not after 示例：, not a
    catalogue's line (``1. 关于…的通知（附件不公开）``) or a sentence (``某通知标注（附件不公开），
    能否…``), which only warn (review 91's F2)."""
    before = folded[max(0, start - _NOTE_REACH) : start]
    newline = before.rfind("\n")
    if newline == -1 and start > _NOTE_REACH:
        return False
    line = before[newline + 1 :]
    opened = max(line.rfind(c) for c in NOTE_BRACKETS)
    return opened != -1 and _NOTE_LEAD.fullmatch(line, 0, opened) is not None
