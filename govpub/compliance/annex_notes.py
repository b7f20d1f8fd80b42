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

__all__ = ["find_annex_notes", "last_annex"]

# the attachment (附件, 附件2, 附件1、3, 附表) or the table itself (此表, 本表, 该表), then
# its 公开属性 denied; at most a few numbers, linear
_ANNEX_NOTE = LazyPattern(
    r"(?:附件|附表|[此本该]表)[ \t]*(?:\d{1,2}(?:[ \t]*[、,，和及至\-~][ \t]*\d{1,2}){0,5})?"
    r"[ \t]*(?:均|一律)?(?:不予以|不予|不对外|不)公开(?:发布)?"
)
_CLOSES = "）)】〕]］"
_CLAUSE_MARKS = "，,；;。"
_NOTE_REACH = 40  # a 附注's bracket is short: its opening looked for this far back
# an attachment in the post after the note: a line or an HTML block headed 附件/附表 (附件1：…,
# 附件, 附表2, <p>附件1：…</p>), a Markdown table's row or an HTML table
_ANNEX_BELOW = LazyPattern(
    r"(?:\n|<[a-z][^<>\n]{0,80}>)[ \t>#*_]*(?:附件|附表)[ \t]*\d{0,2}[ \t]*(?:[：:<]|\n|$)"
    r"|\n[ \t]*\||<table"
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
    return opened == len(line) - 1 or line[-1] in _CLAUSE_MARKS


def _closes_clause(folded: str, end: int) -> bool:
    """Whether the clause ends at ``end``: a closing bracket or another clause's mark."""
    return end < len(folded) and folded[end] in _CLOSES + _CLAUSE_MARKS


def last_annex(folded: str, after: int) -> int:
    """Where the last attachment after ``after`` starts (:data:`_ANNEX_BELOW`: a line headed 附件
    or 附表, a table), else -1: one pass, which tells every note of the field whether an
    attachment follows it (a note ending before it)."""
    last = -1
    for match in _ANNEX_BELOW.finditer(folded, after):
        last = match.start()
    return last
