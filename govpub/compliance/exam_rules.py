"""A 考务 rule: 不得/严禁/请勿外传 said of an exam's materials, not a note on the post.

考生须知 state what holds of the papers: ``试卷属绝密材料，考试结束前严禁外传``, ``标准答案在
考试结束前不得外传``.  The reading is narrow (fix 126, review 47): an exam's material
(``data/exam_materials.txt``) is the subject of a rule — 属, or a time before which it holds
(考试结束前, 开考前, 启用前: ``data/exam_rule_words.txt``) between the material and the 外传 —
in a sentence that heads no post (not a first line with more lines below it), names no
document (通知, 汇编, 清单, 样卷, 安排, 汇报, 手册…: ``data/exam_documents.txt``), follows no
关于/以下为/附：/本批 and opens no bracket after the material; and the post's title names no
exam's material (``2024年中考数学试卷``: the post is the paper).  A bare ``答案严禁外传`` or
``考题请勿外传`` states no rule: it is a note, and blocks.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from govpub.compliance._data import data_words
from govpub.compliance._text import PAREN_LIKE_OPEN, STATEMENT_END, run_start
from govpub.compliance.folding import fold

__all__ = ["said_of_exam_materials"]

_SENTENCE_REACH = 60  # a 考务 rule's sentence: its subject a few clauses back at most
# (a table's cell and an HTML block, which the fold leaves as tags, are lines of their own)
_SENTENCE_ENDS = STATEMENT_END + "|<"
# what opens a document's own note after its name: 关于…的通知，严禁外传; 以下为试题，严禁外传;
# 附：评分标准; 本批材料; 统一考试试卷（严禁外传）
_NOTE_OPENERS = re.compile(
    r"关于|以下[为是]|附[:：]|[此本该这][批件份套]|[此本该](?:文件?|材料|资料|稿|刊)"
    rf"|[(（\[【〔〖「『{PAREN_LIKE_OPEN}]"
)
_LINE_REACH = 200  # a heading is a short line
_LINE_BELOW = re.compile(r"\n\s*\S")


@cache
def _exam_materials() -> re.Pattern[str]:
    """An exam's materials (``data/exam_materials.txt``), not after 本/此/该 and a measure word
    (本试卷, 本套试题: the post is the paper)."""
    words = "|".join(map(re.escape, data_words("exam_materials.txt")))
    return re.compile(rf"(?<![本此该这])(?<![本此该这][套份张批次])(?:{words})")


@cache
def _words(name: str) -> re.Pattern[str]:
    """Any entry of the word list ``data/<name>``."""
    return re.compile("|".join(map(re.escape, data_words(name))))


def said_of_exam_materials(folded: str, start: int, title: str) -> bool:
    """Whether 外传 at ``start`` closes a 考务 rule about an exam's materials (the module's
    reading), not the note of a post that is, or names, an exam's document.  A line break,
    a table's cell or an HTML block ends the sentence: a note under a paper's name
    (统一考试试卷⏎严禁外传, ``| 试卷 | 严禁外传 |``) blocks."""
    head = run_start(folded, start, start - _SENTENCE_REACH, _SENTENCE_ENDS)
    material = _exam_materials().search(folded, head, start)
    return (
        material is not None
        and _words("exam_rule_words.txt").search(folded, material.end(), start) is not None
        and _words("exam_documents.txt").search(folded, head, start) is None
        and _NOTE_OPENERS.search(folded, head, start) is None
        and not _heads_the_post(folded, head, start)
        and not _titled_as_exam_material(title)
    )


def _heads_the_post(folded: str, head: int, start: int) -> bool:
    """Whether the sentence at ``head`` stands on the field's first line with lines below it:
    a paper's or a document's heading (数学试卷，开考前严禁外传⏎一、选择题), not a rule.  A
    heading is short: past ``_LINE_REACH`` the look ends (linear time on a long line)."""
    return (
        head <= _LINE_REACH
        and folded.find("\n", 0, head) < 0
        and _LINE_BELOW.search(folded, start, start + _LINE_REACH) is not None
    )


@lru_cache(maxsize=16)
def _titled_as_exam_material(title: str) -> bool:
    """Whether the post's title names an exam's material (2024年中考数学试卷): the post is the
    paper, and a rule in it is the paper's note."""
    return _exam_materials().search(fold(title).text) is not None
