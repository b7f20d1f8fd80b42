"""A 密级 that the marking expression matched where the page writes it as prose, not as a mark.

:data:`.marking_forms.MARKING` reads a 密级's forms wherever they stand; some of them stand
in prose that names a level and marks nothing (:func:`marking_in_prose`):

* a work's title in 《》 (``《秘密★花园》``), or one that a middle dot parts beside a word
  naming the work (``纪录片《秘密·30年》``);
* a line of a bare level in a 保密 lesson's list of the levels (``- 绝密⏎- 机密⏎- 秘密``);
* a bare level in corner quotation marks that its sentence cites as a word
  (``展览中标有「绝密」字样``);
* a star between two phrases of a 保密 slogan (``保守国家秘密★维护国家安全``);
* a rating's stars opening the next line (``严守商业秘密⏎⏎★★★★★ 服务评价``);
* a 考务 rule's bracketed level of an exam's secrets (``试卷属于国家秘密（机密级），…``:
  :mod:`.exam_secrets`);
* a declassified record's former level (``已于2024年解密（原密级：机密）``).

Each reading is narrow: the same words with a star and a period, or standing as a header,
still block (``secrecy.marking``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govpub.compliance._text import LABEL_COLONS, STATEMENT_END, neighbour_lines, run_start
from govpub.compliance.exam_secrets import level_of_exam_secrets
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_forms import LEVEL, PERIOD
from govpub.compliance.regex_cache import regex

__all__ = ["marking_in_prose"]


def marking_in_prose(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` that :data:`.marking_forms.MARKING` matched is
    prose's (the module's readings), not a mark on the post."""
    return (
        _a_title(folded, start, end)
        or _dotted_title(folded, start, end)
        or _enumerated(folded, start, end)
        or _quoted_word(folded, start, end)
        or _slogan_star(folded, start, end)
        or _rating_below(folded, start, end)
        or level_of_exam_secrets(folded, start, end)
        or _former_level(folded, start, end)
    )


# A line of nothing but a 密级, as a list item may be ("- 机密", "2. 秘密"), maybe with a period
# but no star ("- 机密：20年", "- 秘密【10年】": the longest periods 保密法 allows, in a lesson)
_BARE_LEVEL = LazyPattern(
    rf"[ \t>#*_\-+]*(?:\d{{1,2}}[.、][ \t]*)?({LEVEL})(?:\s?级)?[ \t]*"
    rf"(?:[\-—–{LABEL_COLONS}/|(（【\[]?[ \t]*{PERIOD}[)）】\]]?)?[ \t*_]*"
)


def _bare_level(line: str) -> str | None:
    match = _BARE_LEVEL.fullmatch(line)
    return None if match is None else re.sub(r"[\s★]", "", match.group(1))


_BARE_LINE_REACH = 200  # a bare level's line is shorter: its indent, a list mark, a period


def _enumerated(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` is a line of nothing but a 密级 in a list of
    the levels — the line before or after it another 密级 alone ("- 绝密⏎- 机密⏎- 秘密", a 保密
    lesson's list): a document bears one 密级, never two lines of different ones."""
    if folded.find("\n", start, end) != -1:
        return False
    # (a line of a level alone is short: the line's ends looked for near the marking, not
    # over a long text for every marking in it)
    low = max(0, start - _BARE_LINE_REACH)
    first = folded.rfind("\n", low, start) + 1
    last = folded.find("\n", end, end + _BARE_LINE_REACH)
    if (first == 0 and low > 0) or (last == -1 and end + _BARE_LINE_REACH < len(folded)):
        return False
    last = len(folded) if last == -1 else last
    own = _bare_level(folded[first:last])
    if own is None:
        return False
    for line in neighbour_lines(folded, first, last, _BARE_LINE_REACH):
        other = _bare_level(line)
        if other is not None and other != own:
            return True
    return False


def _former_level(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` is a 密级 field after 原 in a sentence that
    says the record was declassified (``已于2024年解密（原密级：机密）``,
    ``均已解密，原密级：机密``): the level a declassified record had, which an archive's notice
    of its opening states (red team 110's C).  Only a completed 解密 (:func:`_declassified`) in
    the same sentence, and the level without a star or period (``原密级：绝密★长期`` is a
    mark); a 降密 record is still secret, ``原密级：机密`` alone still blocks (review 91's L3)."""
    if not (start > 0 and folded[start - 1] == "原" and folded.startswith("密", start)):
        return False
    after = folded[end : end + 1]
    if "★" in folded[start:end] or after in _STARS or after.isdigit() or after == "长":
        return False
    head = run_start(folded, start, start - _DECLASSIFIED_REACH, STATEMENT_END)
    return any(
        _declassified(folded, head, at, word) for word, at in _last_words(folded, head, start)
    )


_DECLASSIFIED = ("解密", "解除密级", "解除定密")
_DECLASSIFIED_REACH = 30
_STARS = frozenset("★*☆")
# what makes a 解密 not done: a negation or an intent before it in its clause
_NOT_DONE = ("不", "未", "拟", "申请", "待", "暂缓", "尚", "将", "可")
_DONE = ("已", "经")
_CLAUSE_STOPS = "，,、（(："


def _last_words(folded: str, head: int, start: int) -> Iterator[tuple[str, int]]:
    """Each word of :data:`_DECLASSIFIED` with where it last stands in ``folded[head:start]``."""
    for word in _DECLASSIFIED:
        at = folded.rfind(word, head, start)
        if at != -1:
            yield word, at


def _declassified(folded: str, head: int, at: int, word: str) -> bool:
    """Whether the ``word`` at ``at`` says a completed 解密: 已/经 before it in its clause
    (``已于2024年解密``, ``经鉴定…已解密``) or 后 after it (``解密后``), and no negation or intent
    (``不得解密``, ``尚未解密``, ``拟解密``, ``申请解密``) in the clause before it."""
    clause = folded[run_start(folded, at, head, _CLAUSE_STOPS) : at]
    if any(mark in clause for mark in _NOT_DONE):
        return False
    return any(mark in clause for mark in _DONE) or folded.startswith("后", at + len(word))


# A work's title in 《》 with a 密级 and a star in it, "《秘密★花园》", "《绝密★行动》": the star
# is the title's decoration, the words go on after it, and no 公文 header is a title.
_TITLE = LazyPattern(rf"{LEVEL}★[{CJK_UNIFIED}][^《》\n]{{0,30}}》")


# 「」 and 『』 are quotation marks (GB/T 15834-2011 §4.1) as well as brackets: a bare 密级
# quoted in them is a word only where the sentence cites it — words naming the mark after it
# ("标有「绝密」字样", "盖有「绝密」印章", "「机密」二字") or a verb of writing before it
# ("印有「机密」"), or a list of levels ("「绝密」、「机密」、「秘密」"). Otherwise it is a
# bracketed mark: "会议纪要「机密」仅限参会人员", "此件「绝密」不得翻印" (fix49).
_QUOTED_LEVEL = regex(rf"[「『]\s*{LEVEL}\s*[」』]")
_LIST_NEXT = regex(rf"\s*[、，,和与及或]\s*[「『]\s*{LEVEL}\s*[」』]")
_LIST_BEFORE = regex(rf"[「『]\s*{LEVEL}\s*[」』]\s*[、，,和与及或]\s*$")
_CITED_AFTER = regex(
    r"\s*(?:等|的)?(?:字样|标识|标志|标记|标注|二字|两字|字|印章|图章|章|戳|"
    r"(?:[三两二]个|等)?(?:密级|等级|级别))"
)
_CITED_BEFORE = (
    "标有", "印有", "写有", "盖有", "注有", "标着", "印着", "写着", "盖着", "称为", "叫做",
    "标注", "注明", "标明",
)  # fmt: skip


def _quoted_word(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` is a bare 密级 in corner quotation marks that
    the sentence cites as a word: a word naming the mark after it or after its list
    (``展览中标有「绝密」字样``, ``「绝密」、「机密」、「秘密」三个密级``), a verb of writing
    before it (``盖有「绝密」印章``), or one of a list of quoted levels.  A mark with its
    star or period (``印有「机密★」标识``) is not bare and still blocks."""
    if folded[start] not in "「『" or _QUOTED_LEVEL.fullmatch(folded, start, end) is None:
        return False
    if _LIST_BEFORE.search(folded, max(0, start - 12), start) is not None:
        return True  # a later member of a list of quoted levels
    tail = end
    while (member := _LIST_NEXT.match(folded, tail)) is not None:
        tail = member.end()
    return (
        tail > end
        or _CITED_AFTER.match(folded, tail) is not None
        or folded.endswith(_CITED_BEFORE, max(0, start - 3), start)
    )


# A kind of secret named as a noun ("国家秘密", "商业秘密"), not a 密级 standing alone, then a
# star and the next phrase of a slogan, which starts with its verb: "保守国家秘密★维护国家安全"
# (red team 81). Not any word after the star: "工作秘密★注意保存", "商业秘密★核心" and
# "国家秘密★事项一览表" are markings (review 39).
_SECRET_KINDS = ("国家", "商业", "工作", "军事", "个人", "技术", "经营")
# (a slogan's phrase after its verb, to a space, a dash, a sentence stop or a closing quotation
# mark or bracket; the gap after it)
_PHRASE = r"[^\s，。；！？,;!?\-\u2013\u2014\u2015…”’」』）)】]{0,16}"
_PHRASE_GAP = r"[ \t\u3000\-\u2013\u2014\u2015]{1,8}"
_SLOGAN_GOES_ON = regex(
    r"★[ \t\u3000]*(?:维护|共筑|筑牢|守护|保守|严守|保护|捍卫|共建|共守|守住|筑起|护航"
    r"|人人有责|从我做起|警钟长鸣|牢记|增强|提高|强化|确保|助力|服务(?!器)|促进|共创|共享|同心"
    r"|携手)"
    # the rest of the phrase a slogan's, not a period's or a thing's (商业秘密★保护期限至2030年,
    # 工作秘密★严守至2030年: markings, review 40). The phrase ends at a space, a dash, a sentence
    # stop, a closing quotation mark or bracket, or the line's end: what follows it is the
    # poster's, not the phrase's (保守国家秘密★筑牢安全防线 2024年保密宣传月, …——第36个…,
    # review 41); 至 alone is no period's (人人有责至关重要: the fold closed the space), 至2030年 is
    rf"(?!{_PHRASE}(?:期限|期间|\d|年|器)"
    # — and so is a period right past the phrase's space or dash (国家秘密★保护 10年, …★保护—10年,
    # 工作秘密★严守至 2030年, …★守护 5年内: markings, review 42); a year before a 保密 event or
    # a date (…防线 2024年保密宣传月, 2026年4月15日…) or a year of four digits after a slogan's
    # phrase is none — after a bare verb it is a period (国家秘密★保护 2030年)
    rf"|{_PHRASE}{_PHRASE_GAP}(?:\d{{1,2}}年(?![\d保])|长期|期限|至[ \t]*\d)"
    rf"|{_PHRASE}至{_PHRASE_GAP}\d"
    rf"|(?<!有责|做起|长鸣){_PHRASE_GAP}\d+年(?![\d保]))"
)


def _slogan_star(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` (a 密级 and ``★``, no period) is a star
    between two phrases of a slogan, after a kind of secret: ``保守国家秘密★维护国家安全``."""
    if not folded.endswith(_SECRET_KINDS, max(0, start - 2), start):
        return False
    star = folded.rfind("★", start, end)
    return (
        star != -1
        and not folded[star + 1 : end].strip()
        and _SLOGAN_GOES_ON.match(folded, star) is not None
    )


def _rating_below(folded: str, start: int, end: int) -> bool:
    """Whether the star of the marking ``folded[start:end]`` opens the next line with another
    star after it: a rating (``严守商业秘密⏎⏎★★★★★ 服务评价``, fix 107) joins nothing above it —
    unless a period follows the stars (``机密⏎★★★ 5年``: a marking's, review 41)."""
    star = folded.find("★", start, end)
    if star == -1 or not folded.startswith("★★", star):
        return False
    gap = folded[start:star]
    if "\n" not in gap and "<br" not in gap:
        return False
    stars = star
    while stars < len(folded) and folded[stars] == "★":  # (a rating's few stars)
        stars += 1
    return _PERIOD_AFTER_STARS.match(folded, stars) is None


# a period right after a rating's stars, on their line: a 密级's stars and period (机密⏎★★★ 5年),
# not a date (★★★★★ 5月10日)
_PERIOD_AFTER_STARS = LazyPattern(rf"[ \t\u3000]*(?:{PERIOD})(?![\d日号])")


def _a_title(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]`` (a 密级 and ``★``, no period) opens a title."""
    return (
        start > 0
        and folded[start - 1] == "《"
        and folded[end - 1] == "★"
        and _TITLE.match(folded, start) is not None
    )


# A work's title in 书名号 that a middle dot parts: "纪录片《秘密·30年》", "《机蜜·10年》新书发布"
# (the fold makes • and ・ the dot).  The dot is a title's separator (GB/T 15834-2011 §4.14);
# a 密级 with a dot for its star does not open a 《》, where a documentary's or a book's title
# does (review 73's F7).  With ★ or an asterisk it still blocks, as decided before:
# 《机密★10年》, 《机密（内部）★10年》 (fix101d), 《机密＊１０年》 (red team 95).
_DOTTED_TITLE = LazyPattern(r"[^★*《》\n]{0,30}》")
# What names a work around its title (纪录片《秘密·30年》, 《秘密·10年》新书发布): a marking in
# 书名号 with a middle dot is a title only beside one (review 76's L1: 《机密·10年》 alone, after
# 密级 or 本文件, or before a document's title is a marking)
_WORK_BEFORE = LazyPattern(
    r"(?:纪录片|电影|影片|电视剧|网剧|短剧|动画片?|新书|图书|书籍|小说|散文集?|诗集|话剧|舞台剧|"
    r"戏剧|节目|专辑|歌曲|作品|栏目|展览|剧目|微电影|系列片|专题片|宣传片)[“\"]?$"
)
_WORK_AFTER = LazyPattern(
    r"[”\"]?(?:首映|上映|热映|公映|定档|开播|播出|播映|出版|发行|新书|发布会|读后感|观后感|"
    r"一书|一片|一剧|剧组|作者|导演|主演|书中|片中|剧中)"
)
_WORK_REACH = 12


def _dotted_title(folded: str, start: int, end: int) -> bool:
    """Whether the marking ``folded[start:end]``, a middle dot for its star, opens a work's
    title in 书名号 that closes on its line (:data:`_DOTTED_TITLE`) beside a word naming the
    work (:data:`_WORK_BEFORE`, :data:`_WORK_AFTER`)."""
    if not (start > 0 and folded[start - 1] == "《" and "·" in folded[start:end]):
        return False
    title = _DOTTED_TITLE.match(folded, start)
    if title is None:
        return False
    before = _WORK_BEFORE.search(folded, max(0, start - 1 - _WORK_REACH), start - 1)
    return before is not None or _WORK_AFTER.match(folded, title.end()) is not None
