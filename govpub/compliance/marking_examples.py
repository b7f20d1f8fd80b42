"""A 密级 marking quoted as an example in prose that explains how to mark.

A 保密 lesson shows the form it teaches: ``涉密文件应标明密级，如“机密★10年”``, ``保密期限在
密级后用★隔开，例如「秘密★10年」``.  The marking is quoted right after a word that gives an
example (如, 例如, 比如, 示例…: ``data/marking_example_cues.txt``; not 标注为/标明/格式为 alone,
which also say how the document itself is marked), or after an earlier example of a list
(``如“机密★10年”、“秘密★5年”``), in a sentence that speaks of marking before it (密级, 标志,
保密期限…: ``data/marking_lesson_words.txt``) and not, before or after the quotation, of the
document itself or its 定密 (``本通知密级标注为…``, ``…，本件按此标注``, ``经定密责任人审定``:
``data/own_document_names.txt``, ``data/marking_own_words.txt``).  It is no document's header,
but it is a marking on a page: a reviewer still looks (``secrecy.sensitive_term`` warns; fix
126).  A quoted marking alone — on the first line of a field with more below it, on a line
before a title or a salutation (关于…, 各单位：), as a title, after a cue with no lesson — and an
unquoted one still block (``secrecy.marking``; review 47), and so does one cited by a verb of
writing (印有“绝密★启用前”字样: red team 43).
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS, STATEMENT_END, run_end, run_start
from govpub.compliance.regex_cache import regex

__all__ = ["quoted_as_an_example"]

# the quotation marks a lesson quotes with, as the fold leaves them
_CLOSING = {"“": "”", "‘": "’", '"': '"', "＂": "＂", "「": "」", "『": "』", "〝": "〞"}
_REACH = 60  # an example's sentence: its cue and lesson a few clauses back at most
# (a table's cell and an HTML block, which the fold leaves as tags, are lines of their own)
_SENTENCE_ENDS = STATEMENT_END + "|<"
_LINE_REACH = 200  # a document's head is a short line
_LINE_BELOW = regex(r"\n\s*\S")
# what a document's head goes on with below its marking: a title or a salutation (各单位：)
_TITLE_OR_SALUTATION = regex(
    rf"\n\s*(?:关于|各[^\n{LABEL_COLONS}。，,]{{1,20}}[{LABEL_COLONS}]|尊敬的)"
)


@cache
def _cue_before() -> re.Pattern[str]:
    """An example's cue and what may stand between it and the quotation: a colon, a comma, a
    space, or earlier quoted examples of a list (``如“机密★10年”、“秘密★5年”``)."""
    cues = "|".join(map(re.escape, data_words("marking_example_cues.txt")))
    opening = re.escape("".join(_CLOSING))
    closing = re.escape("".join(set(_CLOSING.values())))
    earlier = rf"[{opening}][^{opening}{closing}\n]{{1,20}}[{closing}][、，,和或及与\s]*"
    return regex(rf"(?:{cues})[{LABEL_COLONS}，,\s]*(?:{earlier})*\Z")


@cache
def _itself() -> re.Pattern[str]:
    """The document speaking of itself or of its 定密 (本通知, 这份报告, 本件; 定密责任人):
    its own marking, no example."""
    names = "|".join(map(re.escape, data_words("own_document_names.txt")))
    own = "|".join(map(re.escape, data_words("marking_own_words.txt")))
    return regex(rf"[此本该这][份个项]?(?:{names})|{own}")


@cache
def _lesson() -> re.Pattern[str]:
    """What a sentence that explains how to mark speaks of (``data/marking_lesson_words.txt``)."""
    return regex("|".join(map(re.escape, data_words("marking_lesson_words.txt"))))


def quoted_as_an_example(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` stands quoted right after an example's cue, in
    a sentence that speaks of marking before the cue and not of the document itself, on no
    line that heads a document."""
    opening = _opening_quote(folded, start)
    closing = None if opening is None else _closing(folded, end, _CLOSING[folded[opening]])
    if opening is None or closing is None:
        return False
    head = run_start(folded, opening, opening - _REACH, _SENTENCE_ENDS)
    tail = run_end(folded, closing, closing + _REACH, _SENTENCE_ENDS)
    cue = _cue_before().search(folded, head, opening)
    return (
        cue is not None
        and _lesson().search(folded, head, cue.start()) is not None
        and _itself().search(folded, head, opening) is None
        and _itself().search(folded, closing, tail) is None
        and not _heads_a_document(folded, opening)
    )


def _heads_a_document(folded: str, at: int) -> bool:
    """Whether the line holding ``at`` is a document's head: the field's first line with
    lines below it, or a line right above a title or a salutation (关于…的通知, 各单位：).
    A head is a short line: one longer than ``_LINE_REACH`` is prose (and each look is
    bounded, so a long line of examples is read in linear time)."""
    line_end = folded.find("\n", at, at + _LINE_REACH)
    if line_end < 0:
        return False
    first_line = at <= _LINE_REACH and folded.find("\n", 0, at) < 0
    return (first_line and _LINE_BELOW.match(folded, line_end) is not None) or (
        _TITLE_OR_SALUTATION.match(folded, line_end) is not None
    )


def _opening_quote(folded: str, start: int) -> int | None:
    """Where the quotation mark that opens the marking at ``start`` stands: the span's own first
    character (a corner bracket is one of the marking's brackets) or the one before it, spaces
    between."""
    if folded[start : start + 1] in _CLOSING:
        return start
    at = start - 1
    while at >= 0 and folded[at] == " ":
        at -= 1
    return at if at >= 0 and folded[at] in _CLOSING else None


def _closing(folded: str, end: int, closing: str) -> int | None:
    """Where the quotation that closes right at the marking's end (the span's last character
    or the next, spaces between) ends, or ``None``."""
    if folded[end - 1 : end] == closing:
        return end
    at = end
    while at < len(folded) and folded[at] == " ":
        at += 1
    return at + 1 if folded[at : at + 1] == closing else None
