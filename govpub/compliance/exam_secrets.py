"""A 考务 rule's bracketed 密级 after 国家秘密: the level of an exam's secrets, not a mark.

《国家秘密及其密级具体范围的规定》 put 考试试题 among the state's secrets until the exam ends,
and 考务 notices restate it: ``笔试试卷在考试结束前属于国家秘密（机密级），任何人不得泄露``,
``试卷、答题卡按国家秘密（机密级）管理`` (red team 110's C).  The bracket names the level of
the secret the sentence speaks of and marks no document: :func:`level_of_exam_secrets` tells
:mod:`.marking_prose` so.  A paper's own cover line, a leak posted under it and a level with
its star or period (``国家秘密（绝密★启用前）``) still block.  The same notices' 外传 rules are
:mod:`.exam_rules`'s.
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import run_start
from govpub.compliance.folding import is_cjk_unified
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_forms import LEVEL
from govpub.compliance.regex_cache import regex

__all__ = ["level_of_exam_secrets"]

# A bare 密级 in brackets right after 国家秘密, in a sentence that says what an exam's materials
# are or how they are kept: the bracket names the level of the secret the sentence speaks of,
# as 属于绝密级国家秘密 does (the module's reading). Only with a verb before 国家秘密 (属, 属于,
# 按, 为, 列为…: a paper's heading, 数学试卷国家秘密（机密级）, has none), an exam's material
# named before it in its sentence (data/exam_materials.txt, data/exam_secret_materials.txt;
# not after 本/此/该: 本试卷 is the post), and the sentence going on after the bracket on its
# line. The level with its star or period (国家秘密（绝密★启用前）) is the paper's mark and
# still blocks. Review 91's F3: the level in any of a 密级's brackets (【机密级】, [机密级],
# 〔机密级〕), a blank before the bracket or after it, a closing quotation mark after it
# (“…属于国家秘密（机密级）”，…) and 上述材料 for the materials of the sentence before
# (:func:`_those_materials`) read the same.
_BARE_BRACKETED_LEVEL = LazyPattern(rf"[(（【\[〔]\s*{LEVEL}(?:\s?级)?\s*[)）】\]〕]")
_SECRET_VERBS = ("属于", "属", "为", "是", "系", "按", "按照", "列为", "定为", "列入", "作为")
_VERBS_LONGEST_FIRST = sorted(_SECRET_VERBS, key=len, reverse=True)
_SENTENCE_REACH = 60  # a 考务 rule's sentence: its subject a few clauses back
# (a ； parts the clauses of one rule: 开考前，试卷属于国家秘密（绝密级）；开考后至考试结束前，
# 属于国家秘密（机密级）)
_SENTENCE_STOPS = "。！？!?\n"
_GOES_ON = frozenset("，,、；;。.")
_CLAUSE_MARKS = frozenset("，,；;")
_BLANKS = " \t　"
# what may stand between the bracket and the sentence's going on: blanks, a closing quotation mark
_AFTER_THE_LEVEL = _BLANKS + "”’\"'」』"
_GAP_REACH = 2  # (at most two characters of each: linear, one look per marking)


@cache
def _exam_materials() -> re.Pattern[str]:
    """An exam's materials a 保密 rule names (``data/exam_materials.txt``, the 考务 rules'
    list, and ``data/exam_secret_materials.txt``: 题本, 答题纸…), not the post's own (本试卷)."""
    words = data_words("exam_materials.txt") + data_words("exam_secret_materials.txt")
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return regex(rf"(?<![本此该这])(?<![本此该这][套份张批次])(?:{alternatives})")


@cache
def _exam_subject() -> re.Pattern[str]:
    """An exam's material as the verb's subject, at the end of the text searched: the material,
    a bracket (含备用卷), a time (在考试结束前), 均 (``关于试题命制工作的请示属于…`` names the
    请示; review 91's L2)."""
    return regex(
        rf"(?:{_exam_materials().pattern})"
        r"(?:[(（][^()（）\n]{0,12}[)）])?(?:在[^，,。；;\n]{0,12}?[前后])?"
        r"(?:均|都|一律|统一|全部)?[ \t]*$"
    )


def level_of_exam_secrets(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` is a bare bracketed 密级 after 国家秘密 in a
    sentence about an exam's materials (:data:`_BARE_BRACKETED_LEVEL`'s reading)."""
    lead = start - _gap(folded[max(0, start - _GAP_REACH) : start][::-1], _BLANKS)
    if (
        not folded.endswith("国家秘密", 0, lead)
        or _BARE_BRACKETED_LEVEL.fullmatch(folded, start, end) is None
    ):
        return False
    gone = end + _gap(folded[end : end + 2 * _GAP_REACH], _AFTER_THE_LEVEL)
    after = folded[gone : gone + 1]
    if not (after in _GOES_ON or is_cjk_unified(after)):
        return False  # (at the line's end: a heading's mark)
    verb = lead - len("国家秘密")
    said = next((word for word in _VERBS_LONGEST_FIRST if folded.endswith(word, 0, verb)), None)
    if said is None:
        return False
    verb -= len(said)
    head = run_start(folded, verb, verb - _SENTENCE_REACH, _SENTENCE_STOPS)
    # the verb's own subject, or a clause of a time only before it (开考前，试卷属于…；开考后至考试
    # 结束前，属于…) that goes on with the sentence's material
    if (
        _exam_subject().search(folded, head, verb) is None
        and not (
            folded[verb - 1 : verb] in _CLAUSE_MARKS
            and _exam_materials().search(folded, head, verb) is not None
        )
        and not _those_materials(folded, head, verb)
    ):
        return False
    return not _paper_posted(folded, head, end)


def _gap(text: str, blanks: str) -> int:
    """How many of ``text``'s first characters are in ``blanks``."""
    return len(text) - len(text.lstrip(blanks))


# 上述材料 (以上, 前述; 材料, 资料, 物品) as the verb's subject, at the end of the text searched
# (with a time, as :func:`_exam_subject` reads it: 以上材料在考试结束前属于…)
_THOSE = LazyPattern(
    r"(?:上述|以上|前述)(?:材料|资料|物品)(?:在[^，,。；;\n]{0,12}?[前后])?"
    r"(?:均|都|一律|统一|全部)?[ \t]*$"
)
_SENTENCE_ENDS = frozenset("。！？!?")


def _those_materials(folded: str, head: int, verb: int) -> bool:
    """Whether the verb's subject is 上述材料 and the sentence before it, on the same line,
    names an exam's material (``试卷、答题卡由专人保管。上述材料属于国家秘密（机密级），…``;
    review 91's F3): the rule's materials, named a sentence back."""
    if folded[head - 1 : head] not in _SENTENCE_ENDS or _THOSE.search(folded, head, verb) is None:
        return False
    before = run_start(folded, head - 1, head - 1 - _SENTENCE_REACH, _SENTENCE_STOPS)
    return _a_subject_of_materials(folded, before, head - 1)


# what follows an exam's material that is a noun of its own (试卷、答题卡由…; 考试试卷。), not a
# word that it qualifies (试卷安全, 试卷印制方案)
_AFTER_A_MATERIAL = frozenset("、，,；;。和及与等由均都在已须应不严（(")


def _a_subject_of_materials(folded: str, start: int, end: int) -> bool:
    """Whether the sentence ``folded[start:end]`` is said of an exam's materials: one of them a
    noun of its own (:data:`_AFTER_A_MATERIAL`), outside a title's 《》, and not 答案 alone, a
    common word (``会议审议了《2026年考试试卷印制方案》等文件。``, ``会议传达了关于试卷安全保密
    工作的要求，…`` name the meeting's documents; review 94's L3)."""
    for match in _exam_materials().finditer(folded, start, end):
        after = folded[match.end() : match.end() + 1]
        if (
            match.group() != "答案"
            and (after in _AFTER_A_MATERIAL or match.end() == end)
            and folded.count("《", start, match.start()) <= folded.count("》", start, match.start())
        ):
            return True
    return False


# What a paper or its answers look like after the sentence: a numbered question or part
# (一、常识判断, 1. 下列…, 题目一), an answer key (1.A 2.B), or words that post them (以下为, 如下)
_QUESTIONS = LazyPattern(
    r"\n[ \t]*(?:[一二三四五六七八九十]{1,2}、|\d{1,3}[.．、]|题目"
    r"|第[一二三四五六七八九十\d]{1,3}题)"
    # (on the sentence's line after its end, a post pasted flat: …解密。一、常识判断 1. 下列…;
    # review 94's L2)
    r"|(?<!\d)[。.；;][ \t]*(?:[一二三四五六七八九十]{1,2}、|\d{1,3}[.．、](?!\d))"
    r"|\d{1,3}[.．、][ \t]*[A-Da-d](?![A-Za-z])|以下为|如下[:：]"
)
_QUESTIONS_REACH = 300


def _paper_posted(folded: str, head: int, end: int) -> bool:
    """Whether the sentence ``folded[head:end]`` opens the field and questions or answers
    follow it (:data:`_QUESTIONS`): the paper's own cover line, or a leak posted under it
    (``笔试试卷属于国家秘密（机密级），…⏎一、常识判断``; review 91's L1), not a 考务 rule."""
    return (
        folded.rfind("\n", 0, head) == -1 or _under_a_paper_title(folded, head)
    ) and _QUESTIONS.search(folded, end, end + _QUESTIONS_REACH) is not None


# a paper's title line: the paper (试卷, 试题…) at its end, with its bracket (试卷（A卷）)
_PAPER_TITLE = LazyPattern(
    r"(?:试卷|试题|考卷|考题|真题|样卷)(?:[(（][^()（）\n]{0,8}[)）])?[ \t]*$", re.MULTILINE
)
_TITLE_LINES = 3  # a paper's title: at most a few lines above the rule
_TITLE_LINE_REACH = 40


def _under_a_paper_title(folded: str, head: int) -> bool:
    """Whether the lines right above the line of ``head`` are a paper's title: short lines with
    no sentence's end, one of them ending with the paper (``2026年度公务员录用考试⏎行政职业能力
    测验试卷⏎试卷属于国家秘密【机密级】，…``; review 94's L1) — a leak posted under its title, as
    one on the field's first line is."""
    line_start = folded.rfind("\n", 0, head) + 1
    low = line_start - 1
    for _ in range(_TITLE_LINES):
        if low <= 0:
            break
        reach = max(0, low - _TITLE_LINE_REACH - 1)
        top = folded.rfind("\n", reach, low) + 1
        line = folded[top:low]
        if (top == 0 and reach > 0) or any(c in line for c in _SENTENCE_ENDS):
            break  # (a line too long for a title, or a sentence)
        if _PAPER_TITLE.search(line) is not None:
            return True
        low = top - 1
    return False
