"""A 密级 marking quoted as an example in prose that explains how to mark.

A 保密 lesson shows the form it teaches: ``涉密文件应标明密级，如“机密★10年”``, ``保密期限在
密级后用★隔开，例如「秘密★10年」``.  The marking is quoted right after a word that gives an
example (如, 例如, 标注为, 标明…: ``data/marking_example_cues.txt``), or after an earlier example
of a list (``如“机密★10年”、“秘密★5年”``), in a sentence that speaks of marking before it
(密级, 标志, 保密期限…: ``data/marking_lesson_words.txt``) and not of the document itself
(``本文件标明“机密★10年”`` is its own).  It is no document's header, but it is a marking on a
page: a reviewer still looks (``secrecy.sensitive_term`` warns; fix 126).  A quoted marking
alone — on the first line, as a title, after a cue with no lesson — and an unquoted one still
block (``secrecy.marking``), and so does one cited by a verb of writing (印有“绝密★启用前”字样:
red team 43).
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS, STATEMENT_END, run_start

__all__ = ["quoted_as_an_example"]

# the quotation marks a lesson quotes with, as the fold leaves them
_CLOSING = {"“": "”", "‘": "’", '"': '"', "＂": "＂", "「": "」", "『": "』", "〝": "〞"}
_REACH = 60  # an example's sentence: its cue and lesson a few clauses back at most
# (a table's cell and an HTML block, which the fold leaves as tags, are lines of their own)
_SENTENCE_ENDS = STATEMENT_END + "|<"
# the document speaking of itself: its own marking, no example
_ITSELF = re.compile(r"[此本该](?:件|文件?|稿|材料|资料)")


@cache
def _cue_before() -> re.Pattern[str]:
    """An example's cue and what may stand between it and the quotation: a colon, a comma, a
    space, or earlier quoted examples of a list (``如“机密★10年”、“秘密★5年”``)."""
    cues = "|".join(map(re.escape, data_words("marking_example_cues.txt")))
    opening = re.escape("".join(_CLOSING))
    closing = re.escape("".join(set(_CLOSING.values())))
    earlier = rf"[{opening}][^{opening}{closing}\n]{{1,20}}[{closing}][、，,和或及与\s]*"
    return re.compile(rf"(?:{cues})[{LABEL_COLONS}，,\s]*(?:{earlier})*\Z")


@cache
def _lesson() -> re.Pattern[str]:
    """What a sentence that explains how to mark speaks of (``data/marking_lesson_words.txt``)."""
    return re.compile("|".join(map(re.escape, data_words("marking_lesson_words.txt"))))


def quoted_as_an_example(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` stands quoted right after an example's cue, in
    a sentence that speaks of marking before the cue and not of the document itself."""
    opening = _opening_quote(folded, start)
    if opening is None or not _closed(folded, end, _CLOSING[folded[opening]]):
        return False
    head = run_start(folded, opening, opening - _REACH, _SENTENCE_ENDS)
    cue = _cue_before().search(folded, head, opening)
    return (
        cue is not None
        and _lesson().search(folded, head, cue.start()) is not None
        and _ITSELF.search(folded, head, opening) is None
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


def _closed(folded: str, end: int, closing: str) -> bool:
    """Whether the quotation closes right at the marking's end (the span's last character or the
    next, spaces between)."""
    if folded[end - 1 : end] == closing:
        return True
    at = end
    while at < len(folded) and folded[at] == " ":
        at += 1
    return folded[at : at + 1] == closing
