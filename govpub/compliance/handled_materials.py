"""内部资料 as a thing that prose speaks of, not a marking on the post.

The internal markers (内部资料, 内部文件, 内部材料, 内部参考) are terms of the policy's lists
(:mod:`govpub.compliance.wording`) and a marking where they label the text.  保密 education,
case reports, archive news and 政务服务 prose name the same words as a kind of thing: the
inside of a thing (``电池内部材料``), records kept and filed (``内部资料归档``), the object of
what is done to them (``将内部资料上传``, ``泄露内部文件``, ``收藏的内部资料``), a noun of a
sentence (``提交内部资料样本3份``: the licensed publications of 《内部资料性出版物管理规定》)
and what a rule of conduct is about (``将单位内部资料交给无关人员``).
:mod:`.secrecy_findings` and :mod:`.marking_notes` ask these readings before they report;
a note's own phrases, a copula or an owner before the marker keep it a marking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import closed_at
from govpub.compliance.folding import is_cjk_unified
from govpub.compliance.mention_accounts import in_an_account_name
from govpub.compliance.regex_cache import regex

__all__ = [
    "after_handling",
    "handled_as_a_thing",
    "part_of_a_word",
    "records_work",
    "said_as_a_noun",
]


@cache
def _part_markers() -> frozenset[str]:
    """The internal markers that are also the inside of a thing (``data/part_markers.txt``)."""
    return frozenset(data_words("part_markers.txt"))


# After these the words are still a label: a copula (本材料为内部材料) or the last character of
# an organisation's name or a pronoun for it (单位、部门、机关、公司、企业、本院、本局、我委…:
# 单位内部材料 is the unit's own material). Things end otherwise (电池、汽车、墙体、客舱).
_LABEL_BEFORE = frozenset("为是系属本我该此院局委厅办处科室司部门位关会所组校团社业")


def part_of_a_word(folded: str, start: int, term: str) -> bool:
    """Whether the internal marker ``term`` found at ``start`` is prose about the inside of a
    thing: ``电池内部材料`` (right after another ideograph), not ``本材料为内部材料`` or
    ``单位内部材料``."""
    if start == 0 or term not in _part_markers():
        return False
    before = folded[start - 1]
    return is_cjk_unified(before) and before not in _LABEL_BEFORE


# What the work of keeping records does with internal materials as a kind (完善内部资料归档制度,
# 内部文件的管理办法, 做好内部材料清退工作), or the folder, box or bag that holds them (内部文件夹,
# red team 49): prose about the category, not a marking on the text. Not 夹带 (smuggled
# along) or 夹页 (an inserted page): "内部文件夹带传阅" is the marking (fix49).
# Right after the marker only: "内部资料，归档备查" is a marking and a note.
_RECORDS_MARKERS = frozenset({"内部资料", "内部文件", "内部材料"})
_RECORDS_WORK = regex(
    r"的?(?:管理|归档|保管|整理|借阅|查阅|移交|销毁|清理|清退|建档|登记|印制|编印|发放|"
    r"流转|汇编工作|保密管理|制度|(?:夹|盒|袋)(?![带页杂着]))"
)


def records_work(folded: str, start: int, term: str) -> bool:
    """Whether the internal marker ``term`` at ``start`` names a kind of record that the words
    after it keep, file or destroy (内部资料归档, 内部文件的管理): prose, not a marking."""
    return term in _RECORDS_MARKERS and _RECORDS_WORK.match(folded, start + len(term)) is not None


# What is done to internal materials as things, right before the marker (严禁将内部资料上传互联网,
# 某干部泄露内部文件被查处, 档案馆收藏的内部资料, 一批馆藏内部资料, 这些内部资料记录了…): 保密
# education, case reports and archive news name the kind; a note never stands after a verb or
# a demonstrative. A copula (此为内部资料) or an owner (单位内部资料) before it still blocks.
_HANDLED_MARKERS = _RECORDS_MARKERS | {"内部参考"}
# (data/handled_before.txt: 将, 泄露, 馆藏…; data/handled_joined.txt: 查阅, 借阅, 复印… — fix 107,
# which a note's phrase may end with: joined to the marker only, review 41)


@cache
def _handled_before() -> tuple[str, ...]:
    """What is done to materials as things, right before them (``data/handled_before.txt``)."""
    return data_words("handled_before.txt")


@cache
def _handled_glued() -> tuple[str, ...]:
    """What is done to materials as things, glued to them only (``data/handled_glued.txt``:
    传递, 整理, 大量…): apart, the word credits or heads a note (review 79's L1)."""
    return data_words("handled_glued.txt")


@cache
def _handled_joined() -> tuple[str, ...]:
    """What is done to materials as things that a note's phrase may end with, right before
    them and joined to them (``data/handled_joined.txt``: 查阅, 登记, 复印…)."""
    return data_words("handled_joined.txt")


def handled_as_a_thing(folded: str, start: int, term: str, gaps: Sequence[int] = ()) -> bool:
    """Whether the internal marker ``term`` at ``start`` is the object of what is done to
    such materials (将内部资料上传, 泄露内部文件, 收藏的内部资料): prose, not a marking."""
    return term in _HANDLED_MARKERS and (
        after_handling(folded, start, gaps)
        or ruled_as_a_kind(folded, start, term)
        or said_as_a_noun(folded, start, term, gaps)
    )


def said_as_a_noun(folded: str, start: int, term: str, gaps: Sequence[int] = ()) -> bool:
    """Whether the marker ``term`` at ``start`` is a noun of a sentence (red team 108): joined
    to a predicate or a particle that no note writes after its marker (提交内部资料样本3份,
    “内部资料外泄”问题, 对内部资料的印制) — the licensed kind of publication of
    《内部资料性出版物管理规定》 (新闻出版总署令第20号), not a note on the post.  Only in a
    sentence (review 83): words before the marker on its line (a line, a masthead or a title
    that opens with it is a note: 内部资料须经审批方可翻印), a stop after it (内部资料审核稿 is a
    stamp), the marker written whole (内 部 资 料须经…, 内⁠部资料: the fold closed a gap in
    it), no copula before it (本资料属于内部资料应当保密), no ★ or bracket before it."""
    end = start + len(term)
    predicate = _kind_predicate().match(folded, end)
    return (
        term in _RECORDS_MARKERS
        and predicate is not None
        and not any(closed_at(gaps, at) for at in range(start + 1, end + 1))
        and not folded.endswith(_COPULAS, 0, start)
        and _BRACKET_BEFORE.search(folded, max(0, start - 12), start) is None
        and _in_a_sentence(folded, start, predicate.end())
    )


@cache
def _kind_predicate() -> re.Pattern[str]:
    """What a sentence says of the marker as a noun, right after it (``data/kind_predicates.txt``:
    的, 性出版物, 样本, 审批, 外泄), not a stamp's or a form's (审核稿, 审批表)."""
    words = "|".join(map(re.escape, data_words("kind_predicates.txt")))
    return regex(f"(?:{words})(?![稿表单件])")


# a copula before the marker makes it what the text is (本文为内部资料的一部分,
# 本资料属于内部资料应当保密, 本刊乃内部资料): a marking
_COPULAS = ("为", "是", "系", "属", "属于", "乃", "即")
_SENTENCE_LEAD = 8  # how far back on its line the marker's sentence is looked for
# the rest of the sentence up to its stop, on the marker's line (bounded: linear time)
_TO_A_STOP = regex(r"[^\n。；;！!？?]{0,80}[。；;！!？?]")


def _in_a_sentence(folded: str, start: int, after: int) -> bool:
    """Whether the marker at ``start`` stands inside a sentence: an ideograph before it on its
    line (not a line's, a masthead's or a title's opening word, nor after ★) and a stop after
    ``after`` on the same line."""
    line = folded.rfind("\n", max(0, start - _SENTENCE_LEAD), start) + 1
    before = folded[max(line, start - _SENTENCE_LEAD) : start]
    return (
        any(map(is_cjk_unified, before))
        and not before.rstrip().endswith(_DECORATIONS)
        and _TO_A_STOP.match(folded, after) is not None
    )


_DECORATIONS = ("★", "☆", "●", "◆", "■", "▲", "*")


# A rule of conduct said of the kind (red team 107): 将/把 before an owner's materials (将单位
# 内部资料交给无关人员: 将 takes its object), or after the marker what a rule says and a note
# does not (内部资料一律不得上网, 单位内部资料不得对外提供: a note says 不得外传, 注意保存).
# An owner alone before it (市财政局内部资料, 单位内部资料⏎) is a header and still blocks.
_TAKEN_OWNER = regex(r"[将把](?:本|我|该)?(?:单位|机关|部门)$")
_RULE_AFTER = regex(r"(?:均|都)?不得对外提供|一律[^，,；;。\n]{0,12}。")
# (not in brackets, a note's: "（内部资料一律不得上网发布）", "（单位内部资料不得对外提供）";
# 一律 only in a sentence that ends, as a note does not: "内部资料一律不得转发": review 81's L2)
# (or the last of a list of kinds after what is done to them: 严禁将涉密文件、内部资料带回家中,
# 办公电脑严禁存储涉密信息、内部资料 — not a note naming both, "涉密文件、内部资料，注意保存")
_LISTED_AFTER_HANDLING = regex(
    r"(?:[将把]|存储|存放|带回|携带|上传|发布|转发|复制|泄露)[^，,。；;\n]{0,4}"
    r"涉密(?:文件|信息|材料|资料)、$"
)
_BRACKET_BEFORE = regex(r"[(（【\[〔〖][^)）\]】〕〗\n，。]{0,8}$")


def ruled_as_a_kind(folded: str, start: int, term: str) -> bool:
    """Whether the marker ``term`` at ``start`` is what a rule of conduct is about: the object
    of 将/把 with its owner between (将单位内部资料交给…) or the last of a list of kinds after
    what is done to them (严禁将涉密文件、内部资料带回家中), or followed by a rule's words (不得对外
    提供, 一律… in a sentence) outside brackets — 保密 education, not a note on the text."""
    return (
        _TAKEN_OWNER.search(folded, max(0, start - 5), start) is not None
        or _LISTED_AFTER_HANDLING.search(folded, max(0, start - 16), start) is not None
    ) or (
        _RULE_AFTER.match(folded, start + len(term)) is not None
        and _BRACKET_BEFORE.search(folded, max(0, start - 12), start) is None
    )


# an internal marker that a verb of handling may take; what follows a note's marker standing
# apart (the line's end, or a note's own phrase: 不得翻印, 注意保存 — a comma before it makes it
# the sentence's: 读者借阅 内部资料，不得带出馆外); the verbs a note's 仅供 makes its own
_MARKER_AT = regex(r"内部(?:学习|培训|交流)?(?:资料|材料|文件|参考)")
_APART_AFTER = regex(
    r"[ \t]*(?:\r?\n|<br|$)|(?:不得|不准|严禁|禁止|请勿|切勿|勿|注意|妥善|阅后|用后|会后|仅供|仅限)"
)
_FOR_ONLY = tuple(
    f"{only}{verb}" for only in ("仅供", "仅限", "只供") for verb in ("查阅", "阅读", "参阅")
)


def after_handling(folded: str, start: int, gaps: Sequence[int] = ()) -> bool:
    """Whether what starts at ``start`` follows what is done to materials as things (将, 泄露,
    收藏的, 这些…, and 查阅, 登记, 复印… joined to it).  ``gaps`` are the folded offsets right
    before which the fold closed a gap (``Folded.removals``, in order): ``仅供查阅  内部资料
    不得翻印`` folds to 仅供查阅内部资料不得翻印, and the three are still a note's phrases (review
    41) — when the marker stands apart after it as well, by a gap and then a note's phrase or
    the line's end: in prose one space parts no verb from its object (各单位查阅 内部资料须经审批,
    review 42; 读者借阅 内部资料，不得带出馆外, 借阅 内部资料⏎须登记, review 43)."""
    before = folded[max(0, start - 6) : start]
    if before.rstrip(" ").endswith(_handled_before()) or (
        before.endswith(_handled_glued()) and not closed_at(gaps, start)
    ):
        return True
    if not before.endswith(_handled_joined()) or in_an_account_name(folded, start, gaps):
        return False
    if not closed_at(gaps, start):
        return True
    marker = _MARKER_AT.match(folded, start)
    if marker is None:
        return False
    apart = _APART_AFTER.match(folded, marker.end()) is not None
    if closed_at(gaps, marker.end()):
        return not apart  # (查阅  内部资料  不得翻印, 登记 内部资料 注意保存: a note's phrases)
    # (nothing parts it from what follows: a note only after 仅供/仅限 — 仅供查阅 内部资料,
    # 此件仅供查阅 内部资料不得翻印 —, else the object of a sentence that ends or goes on:
    # 会后移交 内部资料, 借阅 内部资料⏎须登记, 复印 内部资料仅限本单位使用)
    return not (
        apart and (before.endswith(_FOR_ONLY) or _a_line_of_its_own(folded, start, marker.end()))
    )


def _a_line_of_its_own(folded: str, start: int, end: int) -> bool:
    """Whether the verb of handling before ``start`` opens a header's line: the line before it
    names an issue or a kind of bulletin (第12期, 工作简报, 文件…) or a title starting 关于 follows
    the blank line after ``end``, the marker's (``第12期⏎复印 内部资料⏎⏎关于…的通知``) — not a
    sentence's object (``借阅 内部资料⏎须登记``; review 44) nor a task in a list (``工作安排⏎查阅
    内部资料⏎⏎登记来访``; review 45)."""
    verb = next((word for word in _handled_joined() if folded.endswith(word, 0, start)), "")
    opens = start - len(verb)
    if opens > 0 and folded[opens - 1] != "\n":
        return False
    alone = _ALONE_AFTER.match(folded, end)
    if alone is None:
        return False
    above = folded[
        folded.rfind("\n", max(0, opens - 1 - _ISSUE_REACH), max(0, opens - 1)) + 1 : max(
            0, opens - 1
        )
    ]
    return _ISSUE_LINE.search(above.strip()) is not None or folded.startswith("关于", alone.end())


_ALONE_AFTER = regex(r"[ \t]*(?:\r?\n[ \t]*(?:\r?\n[ \t]*|$)|$)")
_ISSUE_LINE = regex(r"(?:第.{1,6}期|简报|快报|专报|通讯|动态|参考|文件|资料)$")
_ISSUE_REACH = 40
