"""A 考务 rule: 不得/严禁/请勿外传 said of an exam's materials, not a note on the post.

考生须知 state what holds of the papers: ``试卷属绝密材料，考试结束前严禁外传``, ``标准答案在
考试结束前不得外传``.  The reading is narrow (fix 126, review 47): an exam's material
(``data/exam_materials.txt``) is the subject of a rule — 属, or a time before which it holds
(考试结束前, 开考前, 启用前: ``data/exam_rule_words.txt``) between the material and the 外传 —
in a sentence that heads no post (not a first line with more lines below it and neither a
``。`` nor a list item's number: review 48; with a ``。`` when a paper's questions or answers
follow: review 49), names no
document (通知, 汇编, 清单, 样卷, 安排, 汇报, 手册…: ``data/exam_documents.txt``), follows no
关于/以下为/附：/本批 and opens no bracket after the material; and the post's title names no
exam's material (``2024年中考数学试卷``: the post is the paper).  Since red team 108 a time
clause before the subject (``考试期间试卷严禁外传``, ``阅卷期间成绩严禁外传``:
``data/exam_time_clauses.txt``) or a list of an exam's materials in a sentence that ends
(``试题、答案严禁外传。``) states the rule too — since review 83 only in a sentence that ends
with its stop, points at nothing the post carries (以下, 下列, 所附) and stands in no exam
paper (注意事项, ``★启用前``, a paper's body below).  A bare ``答案严禁外传`` or ``考题请勿外传``
states no rule: it is a note, and blocks.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS, PAREN_LIKE_OPEN, STATEMENT_END, run_start
from govpub.compliance.folding import fold, is_cjk_unified
from govpub.compliance.regex_cache import regex

__all__ = ["said_of_exam_materials"]

_SENTENCE_REACH = 60  # a 考务 rule's sentence: its subject a few clauses back at most
# (a table's cell and an HTML block, which the fold leaves as tags, are lines of their own)
_SENTENCE_ENDS = STATEMENT_END + "|<"
# what opens a document's own note after its name: 关于…的通知，严禁外传; 以下为试题，严禁外传;
# 附：评分标准; 本批材料; 统一考试试卷（严禁外传）
_NOTE_OPENERS = regex(
    rf"关于|以下[为是]|附[{LABEL_COLONS}]|[此本该这][批件份套]|[此本该](?:文件?|材料|资料|稿|刊)"
    rf"|[(（\[【〔〖「『{PAREN_LIKE_OPEN}]"
)
_LINE_REACH = 200  # a heading is a short line
_LINE_BELOW = regex(r"\n\s*(?=\S)")
# what no heading has: a full stop (一、试卷启用前严禁外传。⏎二、…) or a list item's number
# (一、, （一）, 1., 1、, (1)): a rule of a notice's list (review 48, F1) — unless a paper's body
# follows (review 49)
_FULL_STOP = "。"
_NUMBERED = regex(
    r"[ \t>*_]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,3}[.．、)）])"
)
# a paper's numbered question: 1. 下列各数中……, 2. 以下说法正确的是（　）, 3. 计算：____
_QUESTION = regex(r"下列|以下|……|[(（][ 　]*[)）]|_{2,}|[?？]")


@cache
def _exam_materials() -> re.Pattern[str]:
    """An exam's materials (``data/exam_materials.txt``), not after 本/此/该 and a measure word
    (本试卷, 本套试题: the post is the paper)."""
    words = "|".join(map(re.escape, data_words("exam_materials.txt")))
    return regex(rf"(?<![本此该这])(?<![本此该这][套份张批次])(?:{words})")


@cache
def _words(name: str) -> re.Pattern[str]:
    """Any entry of the word list ``data/<name>``."""
    return regex("|".join(map(re.escape, data_words(name))))


def said_of_exam_materials(folded: str, start: int, title: str) -> bool:
    """Whether 外传 at ``start`` closes a 考务 rule about an exam's materials (the module's
    reading), not the note of a post that is, or names, an exam's document.  A line break,
    a table's cell or an HTML block ends the sentence: a note under a paper's name
    (统一考试试卷⏎严禁外传, ``| 试卷 | 严禁外传 |``) blocks."""
    head = run_start(folded, start, start - _SENTENCE_REACH, _SENTENCE_ENDS)
    numbered = _NUMBERED.match(folded, head)  # (a list item's （一） opens no note's bracket)
    head = head if numbered is None else numbered.end()
    return (
        _rule_stated(folded, head, start)
        and _words("exam_documents.txt").search(folded, head, start) is None
        and _NOTE_OPENERS.search(folded, head, start) is None
        and not _heads_the_post(folded, head, start)
        and not _titled_as_exam_material(title)
    )


def _rule_stated(folded: str, head: int, start: int) -> bool:
    """Whether the sentence ``folded[head:start]`` states a 考务 rule before its 外传: an
    exam's material, then 属 or a time (``data/exam_rule_words.txt``: 试卷属绝密材料，考试结束前);
    a time clause, then a subject (``data/exam_time_clauses.txt``: 考试结束前试题, 阅卷期间成绩;
    red team 108); or a list of an exam's materials in a sentence that ends (试题、答案严禁外传。:
    what a 考务 rule enumerates; a note names its paper and has no stop).  The last two only in
    a notice's rule (:func:`_a_rule_of_a_notice`, review 83), the list only with 严禁 below a
    line of its own (试题、答案请勿外传。 asks the reader; a bare first line is a note)."""
    material = _exam_materials().search(folded, head, start)
    rule_word = _words("exam_rule_words.txt")
    if material is not None and rule_word.search(folded, material.end(), start) is not None:
        return True
    if not _a_rule_of_a_notice(folded, head, start):
        return False
    if (
        material is not None
        and _listed_materials().match(folded, material.end(), start) is not None
        and folded.startswith("严禁", start)
        and not _on_the_first_line(folded, head)
    ):
        return True  # (试题、答案请勿外传。 asks the reader: a note; a bare first line too)
    time = _words("exam_time_clauses.txt").search(folded, head, start)
    return time is not None and _names_a_subject(folded[time.end() : start])


def _a_rule_of_a_notice(folded: str, head: int, start: int) -> bool:
    """Whether the sentence ``folded[head:start]`` may be a notice's rule for the time and list
    readings (review 83): it ends with its stop and no note follows the stop (考前答案严禁外传，
    请勿转发 is a leak's note), it points at nothing the post carries (以下/下列/所附试题: the
    post is the material) and it stands in no exam paper (its 注意事项, the lines after
    ``★启用前``, a paper's body on the next line)."""
    return (
        _ends_a_statement(folded, start)
        and _POINTERS.search(folded, head, start) is None
        and not _in_a_paper(folded, start)
    )


# what points at the post's own materials: 以下内容, 下列试题, 所附答案 (review 83's L8)
_POINTERS = regex("以下|下列|下面|如下|所附|随附|附后")
_PAPER_REACH = 2000  # how far back a paper's 注意事项 or ★启用前 is looked for (linear time)


def _in_a_paper(folded: str, start: int) -> bool:
    """Whether the rule at ``start`` stands in an exam paper: after its 注意事项 or its
    ``绝密★启用前`` (within ``_PAPER_REACH``), or above a paper's body (一、选择题 on the next
    line): the paper's own note, which blocks (review 83's L9, L10)."""
    low = max(0, start - _PAPER_REACH)
    if folded.find("注意事项", low, start) >= 0 or folded.find("★启用前", low, start) >= 0:
        return True
    below = _LINE_BELOW.search(folded, start, start + _LINE_REACH)
    return below is not None and _opens_a_paper(folded, below.end())


def _on_the_first_line(folded: str, head: int) -> bool:
    """Whether ``head`` is on the field's first line (within ``_LINE_REACH``): a bare list of
    materials with no addressee or heading above it is a note (答案、评分标准严禁外传。)."""
    return head <= _LINE_REACH and folded.find("\n", 0, head) < 0


@cache
def _listed_materials() -> re.Pattern[str]:
    """The next of a list of an exam's materials, right after the first (试题、答案,
    试卷和答题卡)."""
    words = "|".join(map(re.escape, data_words("exam_materials.txt")))
    return regex(rf"(?:[、，,和及与]|以及)(?:{words})")


def _ends_a_statement(folded: str, start: int) -> bool:
    """Whether the 外传 at ``start`` ends a sentence with its stop (``试题、答案严禁外传。``): a
    notice's rule; a note has none (``高考试卷、答案严禁外传``, review 47, still blocks), nor
    one after its stop (``答案、评分标准严禁外传。请勿转发``: review 83's L11)."""
    end = folded.find("外传", start, start + _TERM_REACH)
    if end < 0 or not folded.startswith(_STOPS, end + 2):
        return False
    return _NOTE_AFTER.match(folded, end + 3) is None


# a note right after the rule's stop: 请勿转发, 不得外传, 严禁截图
_NOTE_AFTER = regex(r"[ \t]*(?:请勿|请不要|不得|严禁|禁止|切勿)")


_TERM_REACH = 6  # 不得外传, 严禁外传, 请勿外传
_STOPS = ("。", "；", ";", "！", "!")


# what may stand between a time clause and 外传 without naming what the rule is about
_RULE_ADVERBS = " \t，,、均都一律也绝对请"
# what makes the words after a time clause a label or the post itself: a colon (考前须知：),
# 本/此/该/这 (开考前本试卷…)
_NOT_A_SUBJECT = frozenset(f"本此该这{LABEL_COLONS}")


def _names_a_subject(between: str) -> bool:
    """Whether the words between a time clause and 外传 name the rule's subject (试题, 成绩,
    评审结果): two ideographs at least once its adverbs go (考试期间一律严禁外传 names none)."""
    if any(c in _NOT_A_SUBJECT for c in between):
        return False  # (考前须知：本试卷请勿外传: the paper's own note)
    if _words("exam_time_clauses.txt").search(between) is not None:
        return False  # (启用前 考试结束前严禁外传: a second time clause is no subject)
    return sum(map(is_cjk_unified, between.strip(_RULE_ADVERBS))) >= 2


def _heads_the_post(folded: str, head: int, start: int) -> bool:
    """Whether the sentence at ``head`` stands on the field's first line with lines below it:
    a paper's or a document's heading (数学试卷，开考前严禁外传⏎一、选择题), not a rule.  A
    heading has no list item's number, and no full stop unless a paper's body is below it
    (``一、…。`` and ``试卷属国家秘密…。⏎考生须…`` are a notice's rules).  It
    is short: past ``_LINE_REACH`` the look ends (linear time on a long line)."""
    if head > _LINE_REACH or folded.find("\n", 0, head) >= 0:
        return False
    below = _LINE_BELOW.search(folded, start, start + _LINE_REACH)
    return (
        below is not None
        and _NUMBERED.match(folded) is None
        and (folded.find(_FULL_STOP, 0, below.start()) < 0 or _opens_a_paper(folded, below.end()))
    )


def _opens_a_paper(folded: str, at: int) -> bool:
    """Whether the line at ``at`` opens a paper's or its answers' body (一、选择题, 参考答案：,
    ``1. 下列各数中……``: ``data/exam_paper_parts.txt``), so the line above heads the paper
    even with a ``。``.  Only the line's first ``_LINE_REACH`` characters are read."""
    end = folded.find("\n", at, at + _LINE_REACH)
    line = folded[at : at + _LINE_REACH if end < 0 else end]
    if _words("exam_paper_parts.txt").search(line) is not None:
        return True
    return _NUMBERED.match(line) is not None and _QUESTION.search(line) is not None


@lru_cache(maxsize=16)
def _titled_as_exam_material(title: str) -> bool:
    """Whether the post's title names an exam's material (2024年中考数学试卷): the post is the
    paper, and a rule in it is the paper's note."""
    return _exam_materials().search(fold(title).text) is not None
