"""Internal-use markings written as phrases: 内部参阅, 仅供领导参考, 征求意见稿，请勿扩散.

A document kept inside an agency says so on its cover, its header or its last line, in
words that vary from one office to the next: what it is (内部学习资料, 内部培训材料,
领导参阅件, 内部读物), who may read it (仅供领导参阅, 只供内部参考, 限本单位内部传阅,
限县处级以上领导干部范围内传达), what must not be done with it (请勿扩散, 未经批准不得翻印,
严禁复制、外传, 此件不得上网 is :mod:`.disclosure`'s) and when it goes back (会后收回,
阅后即焚, a 传阅 stamp's 阅后退回办公室), and the category 保密法 (2024) marks a document with,
工作秘密 (警务工作秘密, 检察工作秘密: fix 99).  The term lists hold
the commonest (内部资料, 不得外传…); listing every variant would push them past the 200
terms one regular expression holds (:mod:`.wording`), and most of the variants' words are
ordinary prose on their own (请勿扩散未经证实的消息, 会后收回折叠椅, 详细内容请参阅附件).

So the phrases are read here as a grammar, and only where a note stands:

* **as a note** — a line of its own, an HTML block of its own, or brackets of their own —
  whose whole content is made of the phrases above and the names of what they mark
  (此件, 本材料, 会议材料, 征求意见稿, 送审稿…), separated by spaces or punctuation.  A
  "do not spread" alone (请勿扩散, 请勿转发: an anti-rumour post's last line) needs another
  word of the note beside it or must open the text (``【请勿转发】`` heading a message);
* **anywhere**, the kinds and audiences no prose says of anything else: 内部学习资料,
  内部培训材料, 内部交流资料, 领导参阅件, 仅供领导参考/参阅/阅读, 只供内部参阅 — but not as
  the object of what is done to such materials (:func:`.handled_materials.handled_as_a_thing`'s
  verbs: 将, 泄露, 收藏的…) or as a word quoted (标有“内部学习资料”字样).

The search starts from literals that every phrase holds (``参阅``, ``扩散``, ``收回``…),
found with ``str.find`` (C speed), and reads only the line or the brackets around each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from govpub.compliance._text import (
    HTML_BLOCK_CLOSE,
    HTML_BLOCK_OPEN,
    LABEL_COLONS,
    PAREN_LIKE_CLOSE,
    PAREN_LIKE_OPEN,
)
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.handled_materials import after_handling
from govpub.compliance.holds import occurrences
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marker_subjects import ends_with_a_thing
from govpub.compliance.regex_cache import regex

__all__ = [
    "CLAUSE_BREAK",
    "MARK_KEYS",
    "NOTE_BRACKETS",
    "bracket_clauses",
    "find_marking_notes",
    "key_positions",
    "quoted_as_a_word",
]

Hit = tuple[int, int]

# What a note marks: the document, a draft, a meeting's papers.
_SUBJECT = (
    r"(?:此件|本件|该件|[此本该](?:文件|材料|资料|刊|期|稿|书|册)|会议(?:材料|文件|资料)"
    r"|征求意见稿|送审稿|讨论稿|修改稿|初稿|草稿|草案"
    # a 传阅 stamp's words: 传阅, 请传阅, 传阅件, 传阅范围：局党组成员 (who gets it next)
    rf"|请?传阅件?|传阅(?:范围|对象)[{LABEL_COLONS}][^\s，,、；;。{LABEL_COLONS}]{{1,12}})"
)
# What the document is: internal reading of one kind or another
_KIND = (
    r"(?:内部(?:学习|培训|交流|参考|工作){0,2}(?:资料|材料|读物|刊物|文件)"
    r"|内部(?:参阅|传阅|交流|发行|参考|使用|阅读)件?|领导(?:参阅|参考|阅)件?)"
)
# Who may read it: 仅供领导参阅, 只供内部参考, 限本单位内部传阅, 仅供内部征求意见
_UNIT = r"(?:本单位|本系统|本部门|本机关|本行业|单位|系统|机关)"
# a rank or an office before the leaders: 县处级以上领导干部, 局领导, 党员领导干部
_RANK = r"(?:[省部市地厅司县团局处乡科]{1,3}级(?:以上)?|[局厅处科室委办院])"
_AUDIENCE = rf"{_RANK}?{_UNIT}?(?:内部|(?:党员)?领导(?:干部|同志)?)"
_READ = r"(?:参考|参阅|阅读|阅|传阅|传达|学习|交流|查阅|掌握|征求意见|使用)"
# (in a note the unit alone says it too, "（仅限本单位使用）", and 供 alone, "（供领导参阅）")
# (限…范围内传达: the scope a 文件 is conveyed in, 限县处级以上领导干部范围内传达)
_SCOPE = rf"(?:(?:仅|只|限)(?:限|于)?供?|供)(?:{_AUDIENCE}|{_UNIT})(?:范围内?)?{_READ}{{1,2}}"
# What must not be done with it. 扩散, 转发, 上网 and 公开 alone are weak (below)
_STRONG_ACTS = r"(?:外传|翻印|复制|外泄|外借|带出|翻拍|拍照|传抄|摘抄)"
_WEAK_ACTS = r"(?:扩散|转发|上网|公开|对外)"
_DONT = r"(?:请勿|不得|严禁|禁止|切勿|不准|勿)"
_ACTS = rf"(?:{_DONT}?(?:{_STRONG_ACTS}|{_WEAK_ACTS}))"
_PROHIBIT = rf"(?:未经批准[，,]?)?{_DONT}{_ACTS}(?:[、/和及或]?{_ACTS})*"
# When it goes back
# (请阅后收回, 会议结束后收回, 阅后退回办公室: to whom it goes back is part of it)
_RECALL = (
    r"请?(?:会后|会议结束后|散会后|阅后|阅完|用后|用完|看后|阅毕|用毕)(?:请|即|务必|一律)?"
    r"(?:收回|交回|退回|即焚|销毁|即毁)(?:[至给]?(?:本?办公室|秘书[科处股]|机要[室科]|文书))?"
)
# A periodical's issue beside its marking ("内部参阅　第3期", "2024年第12期"): part of the note
_ISSUE = r"(?:\d{4}年)?(?:总)?第\s*[\d一二三四五六七八九十百]+\s*[期号]"
_KEEP = r"注意保[密存]"
# Who may know it, as a 附注 says it (red team 107): "（此件内部掌握）", "（请内部掌握）",
# "（此件请严格控制知悉范围）" — in prose (内部掌握的标准, 要严格控制知悉范围) never a note's
# whole clause
_KNOWN = r"(?:请\s*)?(?:内部掌握|(?:严格)?控制知悉范围)"
# A 工作秘密 marking (保密法 2024 第六十四条: a category a document is marked with), an
# organ's prefix allowed (警务工作秘密, 检察工作秘密, 审判工作秘密): a note's word like 内部资料,
# not after an act (不得外传工作秘密: what must not be passed on, prose)
_WORK_MARKING = (
    r"(?<![传印制泄借出拍照抄散发网开外])"
    r"(?:警务|公安|检察|审判|法院|司法|纪检监察|纪检|监察|侦查|执法)?工作秘密"
)
# (a stamp's brackets part the words of a note too: 【传阅】阅后退回办公室)
_SEP = rf"[\s，,、；;。.{LABEL_COLONS}!！/|·【】]*"
_ITEM = (
    rf"(?:{_SUBJECT}|{_ISSUE}|{_KIND}|{_SCOPE}|{_PROHIBIT}|{_RECALL}|{_KEEP}|{_KNOWN}"
    rf"|{_WORK_MARKING})"
)
_NOTE = LazyPattern(rf"{_SEP}{_ITEM}(?:{_SEP}{_ITEM})*{_SEP}")
# A note's words that mark on their own; the others (a subject, 请勿扩散) need company
# (in a note the grammar holds, an act of these is a prohibition's)
_STRONG = LazyPattern(
    rf"{_KIND}|{_SCOPE}|{_RECALL}|{_KEEP}|{_KNOWN}|未经批准|{_STRONG_ACTS}|{_WORK_MARKING}"
)
_SUBJECT_ONLY = LazyPattern(rf"{_SUBJECT}|{_ISSUE}")
_KEEP_ONLY = LazyPattern(_KEEP)
_WORK_MARKING_ONLY = LazyPattern(_WORK_MARKING)
_TEXT = LazyPattern(r"\S")  # (the first character of what follows a note: a scan to it)
_ITEMS = LazyPattern(_ITEM)

# Marked anywhere: kinds and audiences that prose says of nothing else
_ANYWHERE = LazyPattern(
    rf"内部(?:学习|培训|交流)(?:资料|材料)|[内领][部导]参阅件"
    rf"|(?:仅|只|限)(?:限|于)?供?{_AUDIENCE}(?:参考|参阅|阅读|传阅)"
)
#: Literals every note and every phrase marked anywhere holds one of: found by the pass over the
#: text that finds the terms (:mod:`.anchors`), where a literal more costs next to nothing with
#: Hyperscan.  Without it they are alternatives of one regular expression, which slows with
#: every new first character a text holds often: so they start where the terms start (内部,
#: 领导, 仅, 限, 不, 严) or with a character prose seldom holds (勿, 禁, 焚…), and a phrase is
#: keyed by its prohibition (勿, 不得, 严禁…), not by its acts (外传, 扩散, 转发: everywhere).
MARK_KEYS = (
    "内部参",
    "内部交",
    "内部学",
    "内部培",
    "内部读",
    "内部刊",
    "内部传",
    "内部征",
    "内部阅",
    "领导参",
    "领导阅",
    "领导同志阅",
    "领导干部阅",
    "领导干部范",
    "领导干部传",
    "领导范",
    "领导传",
    "仅供本",
    "仅限本",
    "限本单",
    "限于本",
    "勿",
    "不得",
    "不准",
    "严禁",
    "禁止",
    "注意保",
    "收回",
    "交回",
    "退回",
    "焚",
    "销毁",
    "工作秘密",
    "内部掌",
    "知悉范",
)
# (what a phrase marked anywhere starts with: the others' keys need no look)
_ANYWHERE_FIRSTS = frozenset("内领仅限")
_IN_A_NAME = LazyPattern(rf"{_KIND}|{_SCOPE}")
_OPENS = f"（(【〔[［〈＜「『{PAREN_LIKE_OPEN}"
_CLOSES = f"）)】〕]］〉＞」』{PAREN_LIKE_CLOSE}"
_REACH = 40  # a note is short: brackets and lines longer than this are prose
_BRACKET_OR_BREAK = regex(f"[{re.escape(_OPENS + _CLOSES)}\n]")
_LINE_MARKUP = LazyPattern(r"[ \t>#*_\-]*(?P<body>.*?)[ \t*_]*")
# (a line break inside a block ends a line as well: "<p>内部参阅<br>第3期</p>")
_BLOCK_OPEN_BEFORE = LazyPattern(rf"(?:{HTML_BLOCK_OPEN}|<br ?/?>)$")
_BLOCK_CLOSE = LazyPattern(rf"{HTML_BLOCK_CLOSE}|<br ?/?>")
_QUOTES = {"“": "”", "‘": "’", '"': '"', "「": "」", "『": "』"}
_MENTION_AFTER = ("字样", "字", "标识", "标志", "标记", "印章", "戳", "等")
_ALL_QUOTES = frozenset('“”‘’"「」『』')
_MENTION_BEFORE = ("标有", "标注", "印有", "注明", "标明", "盖有", "加盖", "写有")


def find_marking_notes(
    folded: str,
    keys: list[int] | None = None,
    *,
    filename: bool = False,
    gaps: Sequence[int] = (),
) -> Iterator[Hit]:
    """Spans of internal-use phrases in folded text: notes, and the kinds marked anywhere.

    ``keys`` may pass where the :data:`MARK_KEYS` start, in order, found by a pass the
    caller makes anyway (:mod:`.anchors`); without it they are looked for here.  In a file
    name (``内部参阅-2024.pdf``) every kind and audience counts anywhere: a name is no prose.
    ``gaps`` are where the fold closed a gap (``Folded.removals``): a verb of handling parted
    from a phrase by one is no verb of it (:func:`.handled_materials.after_handling`).
    """
    at_keys = key_positions(folded) if keys is None else keys
    if not at_keys:
        return
    anywhere = _IN_A_NAME if filename else _ANYWHERE
    spans = sorted({*_notes(folded, at_keys), *_anywhere(folded, at_keys, anywhere, gaps)})
    kept: list[Hit] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))  # (one note, one finding)
        else:
            kept.append((start, end))
    yield from kept


def key_positions(folded: str) -> list[int]:
    """Where any of :data:`MARK_KEYS` starts in ``folded``, in order (``str.find`` each)."""
    return sorted({at for key in MARK_KEYS for at in occurrences(folded, key)})


def _notes(folded: str, keys: list[int]) -> Iterator[Hit]:
    """The phrases of notes: a line, an HTML block or brackets whose whole content is the
    phrases and what they mark, each phrase on its own (内部资料，仅供内部参考: two)."""
    tried: set[Hit] = set()
    line_start = line_end = -1
    for at in keys:
        if at > line_end:  # (a new line: its bounds found once, from the last line's end)
            line_start = folded.rfind("\n", max(line_end, 0), at) + 1
            line_end = folded.find("\n", at)
            line_end = len(folded) if line_end == -1 else line_end
        spans = (_line_around(folded, at, line_start, line_end), _brackets_around(folded, at))
        for span in spans:
            if span is None or span in tried:
                continue
            tried.add(span)
            found = _note_in(folded, *span)
            if not found and span is spans[1]:
                found = _clause_notes_in(folded, *span)
            yield from found


def _line_around(folded: str, at: int, start: int, end: int) -> Hit | None:
    """The line ``[start, end)`` holding ``at`` or the HTML block in it, its Markdown and HTML
    markup left out, if short."""
    if end - start > _REACH:
        return _block_around(folded, at, start, end)  # (a paragraph, or blocks on one line)
    if "<" in folded[start:end]:
        return _block_around(folded, at, start, end)
    match = _LINE_MARKUP.fullmatch(folded, start, end)
    return None if match is None else match.span("body")


def _block_around(folded: str, at: int, start: int, end: int) -> Hit | None:
    """The inside of the HTML block (``<p>…</p>``, ``<td>…</td>``) holding ``at``, if short."""
    opened = folded.rfind(">", max(start, at - _REACH), at)
    closed = folded.find("<", at, min(end, at + _REACH))
    if opened == -1 or closed == -1:
        return None
    if _BLOCK_OPEN_BEFORE.search(folded, max(start, opened - 60), opened + 1) is None:
        return None
    if _BLOCK_CLOSE.match(folded, closed) is None:
        return None
    return opened + 1, closed


def _brackets_around(folded: str, at: int) -> Hit | None:
    """The inside of the brackets ``at`` stands in, if they are near and on its line."""
    # the nearest bracket or line break each side must be an opening and a closing bracket
    lo = max(0, at - _REACH)
    before = _BRACKET_OR_BREAK.search(folded[lo:at][::-1])
    if before is None or before.group() not in _OPENS:
        return None
    after = _BRACKET_OR_BREAK.search(folded, at, at + _REACH)
    if after is None or after.group() not in _CLOSES:
        return None
    return at - before.start(), after.start()


def _note_in(folded: str, start: int, end: int) -> list[Hit]:
    """The phrases of the note that ``folded[start:end]`` is, if it is one (not the names of
    what they mark: 征求意见稿，请勿扩散 reports 请勿扩散)."""
    if start >= end or _NOTE.fullmatch(folded, start, end) is None:
        return []
    if start > 0 and folded[start - 1] in "「『" and quoted_as_a_word(folded, start, end):
        return []  # 印有「内部资料，请勿外传」字样: corner quotation marks, a note cited (fix 107)
    items = list(_ITEMS.finditer(folded, start, end))
    marks = [item for item in items if _SUBJECT_ONLY.fullmatch(item.group()) is None]
    if start > 0 and folded[start - 1] in _OPENS and ends_with_a_thing(folded, start - 1):
        # a thing that is used, then its note: 会议室（仅限本单位使用） (not 材料（仅限本单位使用）)
        marks = [item for item in marks if not item.group().endswith("使用")]
    if not marks:
        return []  # 征求意见稿 alone is part of a title
    # 注意保存 beside another phrase is that phrase's (内部材料，注意保存: one finding, as before)
    others = [item for item in marks if _KEEP_ONLY.fullmatch(item.group()) is None]
    if (
        _STRONG.search(folded, start, end) is None
        and len(items) < 2
        and folded[: max(start - 1, 0)].strip()
    ):
        return []  # 请勿扩散 alone: an anti-rumour post's last line
    if (
        len(items) < 2
        and _WORK_MARKING_ONLY.fullmatch(items[0].group())
        and not _heads_the_text(folded, start, end)
    ):
        return []  # 工作秘密 alone is a header only at the text's head (else the word: warns)
    return [item.span() for item in others or marks]


# A 附注's brackets that hold other clauses as well: "（请各单位遵照执行，会后收回）", "（会议材料，
# 请妥善保管，会后收回）", "（会后收回，此件不公开）" (GB/T 9704's 附注: red team 107). Each clause
# parted by "，" "；" "。" is read as brackets of its own would be, unless one makes the words a
# sentence's (会后收回的材料由办公室统一销毁 is one clause; 座椅用后，会后收回 is no note either:
# a clause ending in 的, 后 or 时 is a condition).
#: The brackets a 附注 opens (not 「」 or 『』, which quote), and what parts its clauses.
NOTE_BRACKETS = "（(【〔[［"
CLAUSE_BREAK = regex(r"[，,；;。]")
_CLAUSE_PROSE = regex(r"(?:的|后|时|前)$")


def bracket_clauses(folded: str, start: int, end: int) -> list[Hit]:
    """The clauses of ``folded[start:end]`` (a bracket's inside), parted by :data:`CLAUSE_BREAK`
    (each clause's span without its mark)."""
    bounds = [start, *(m.end() for m in CLAUSE_BREAK.finditer(folded, start, end))]
    return list(zip(bounds, [*(b - 1 for b in bounds[1:]), end], strict=True))


def _clause_notes_in(folded: str, start: int, end: int) -> list[Hit]:
    """The phrases of the clauses of ``folded[start:end]`` (brackets' inside) that are notes
    read alone, when the brackets hold more than one clause and none is a condition."""
    if start == 0 or folded[start - 1] not in NOTE_BRACKETS:
        return []  # (「」 and 『』 quote: 印有「内部资料，请勿外传」字样 names a note, fix 107)
    clauses = bracket_clauses(folded, start, end)
    if len(clauses) < 2:
        return []
    if any(_CLAUSE_PROSE.search(folded[lo:hi].strip()) for lo, hi in clauses):
        return []
    found: list[Hit] = []
    for lo, hi in clauses:
        if _STRONG.search(folded, lo, hi) is not None:
            found += _note_in(folded, lo, hi)
    return found


# what the line after a 工作秘密 line says when the two are one wrapped phrase or a lesson's
# heading and its definition (工作秘密⏎是指…, 检察工作秘密⏎保护规定, **工作秘密**⏎工作秘密一旦泄露…)
# — and, review 41, a line that sets 国家秘密 beside it (工作秘密⏎和国家秘密有什么区别？),
# defines it in a sentence (工作秘密⏎为机关、单位…的事项。), asks a question or opens with a
# lesson's label (工作秘密⏎保护要点：…, 工作秘密⏎指导思想：…): a 公文 under a header starts with
# its title, 主送 or body (为贯彻…，现将有关事项通知如下), none a definition's 的事项 or a
# question (one line read, bounded). Review 42: beside it takes a conjunction and a word that
# compares (国家秘密载体管理规定, 与国家秘密载体管理有关的事项 are titles and bodies); a question
# is none past a label's colon (各单位：…是否…？, a 主送's) but 问：'s; and the labels of minutes
# and plans (会议要点：, 工作要求：, 主要内容：, 工作原则：) open a 公文
_COMPARED = r"(?:之间)?的?(?:区别|不同|区分|关系|异同|有什么|有何|有哪些)"
_GOES_ON = LazyPattern(
    r"[ \t>*_]*(?:的|是|指(?![导挥示南定])|管理|范围|目录|规定|办法|解读|界限|定密|不得|一旦|"
    rf"保护(?:规定|办法|条例|制度)|[{CJK_UNIFIED}]{{0,4}}工作秘密"
    rf"|(?:[和与及或同跟]|以及)国家秘密{_COMPARED}"
    rf"|国家秘密[和与及同跟][{CJK_UNIFIED}]{{0,4}}秘密{_COMPARED}"
    r"|(?:区别于|不同于)国家秘密"
    rf"|为[^。！？!?\n]{{0,100}}?的[{CJK_UNIFIED}]{{0,2}}事项(?:[。；;\r\n]|$)"
    rf"|(?:问[ \t]*[{LABEL_COLONS}])?[^。！？!?{LABEL_COLONS}\n]{{0,60}}[？?]"
    rf"|(?:[{CJK_UNIFIED}]{{0,4}}(?:特征|特点|定义|含义|概念)|保护要点|认定|范围|指导思想)"
    rf"[ \t]*[{LABEL_COLONS}])"
)
# What may stand before a header at the text's head: markup, an opening bracket, and lines of a
# 份号, an 附件 number or a 紧急程度 above it (``000123⏎警务工作秘密⏎…``, ``附件1⏎检察工作秘密⏎…``:
# review 40). Matched from the text's start up to the header, so it stops at the first word.
_HEAD = LazyPattern(
    r"(?:[ \t\r\n>#*_\-(\[（【〔［]|(?:\d{6}|附件[ \t]*\d{0,2}|特急|加急)[ \t]*(?:\r?\n))*"
)


def _heads_the_text(folded: str, start: int, end: int) -> bool:
    """Whether a lone 工作秘密 at ``folded[start:end]`` marks the text below it: it stands at
    the text's head (``警务工作秘密⏎…``, ``（警务工作秘密）⏎…``, under a 份号 line), text follows,
    and the next line neither goes on with it nor lists another kind of secret — a wrapped
    sentence (``工作秘密⏎是指…``) or a lesson's heading is the word, which warns (review 39)."""
    if _HEAD.fullmatch(folded, 0, start) is None:
        return False
    if not _TEXT.search(folded, end + 1) or _a_listed_kind(folded, start, end):
        return False
    line_end = folded.find("\n", end)
    return line_end == -1 or _GOES_ON.match(folded, line_end + 1) is None


# a line of one kind of secret alone, as a 保密 lesson lists them ("- 国家秘密", "2. 商业秘密",
# "个人隐私", a 密级)
_KIND_OF_SECRET = LazyPattern(
    rf"[ \t>#*_\-+]*(?:\d{{1,2}}[.、][ \t]*)?[{CJK_UNIFIED}]{{0,4}}(?:秘密|隐私|机密|绝密)"
    rf"[ \t*_{LABEL_COLONS}]*"
)


def _a_listed_kind(folded: str, start: int, end: int) -> bool:
    """Whether the line before or after the one holding ``folded[start:end]`` is another kind
    of secret alone (``- 国家秘密⏎- 工作秘密⏎- 商业秘密``: a 保密 lesson's list, no header)."""
    first = folded.rfind("\n", max(0, start - _REACH), start) + 1
    last = folded.find("\n", end, end + _REACH)
    lines: list[tuple[int, int]] = []
    if first > 0:
        lines.append((folded.rfind("\n", max(0, first - 1 - _REACH), first - 1) + 1, first - 1))
    if last != -1:
        after = folded.find("\n", last + 1, last + 1 + _REACH)
        lines.append((last + 1, len(folded) if after == -1 else after))
    return any(
        hi - lo <= _REACH and _KIND_OF_SECRET.fullmatch(folded, lo, hi) is not None
        for lo, hi in lines
    )


def _anywhere(
    folded: str, keys: list[int], anywhere: LazyPattern, gaps: Sequence[int]
) -> Iterator[Hit]:
    """The kinds and audiences marked wherever they stand (内部学习资料, 仅供领导参考)."""
    done = -1
    for at in keys:
        if at < done or folded[at] not in _ANYWHERE_FIRSTS:
            continue
        for match in anywhere.finditer(folded, max(0, at - 10, done), at + 12):
            if match.start() <= at < match.end():
                done = match.end()
                if not quoted_as_a_word(folded, *match.span()) and not after_handling(
                    folded, match.start(), gaps
                ):
                    yield match.span()
                break


def quoted_as_a_word(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is a marking's word, or a phrase of one, quoted as a word —
    标有“内部资料”字样, 印有“仅供内部参考”字样, “内部资料”四字, 印有「内部资料，请勿外传」字样 —:
    a 保密 case report names the marking, it does not bear it (fix 107: the whole quotation)."""
    quote = _quotation_around(folded, start, end)
    if quote is None:
        return False
    opened, closed = quote
    return (
        folded.startswith(_MENTION_AFTER, closed + 1)
        or _COUNTED_CHARACTERS.match(folded, closed + 1) is not None
        or folded[max(0, opened - 2) : opened].endswith(_MENTION_BEFORE)
    )


_QUOTE_REACH = 20  # a quoted note is short: its quotation marks near the phrase
# the characters of a quoted word counted (“内部资料”四字, “仅供内部参考”六个字)
# (not a serial number's 字第…号: “内部资料”2字第12号, review 41)
_COUNTED_CHARACTERS = LazyPattern(r"[二两三四五六七八九十\d]{1,2}个?字(?!第)")


def _quotation_around(folded: str, start: int, end: int) -> Hit | None:
    """Where the quotation marks around ``folded[start:end]`` stand (the opening mark's and
    the closing mark's places), if they are near, on its line, and nothing is quoted between."""
    lo = max(0, start - _QUOTE_REACH)
    for opened in range(start - 1, lo - 1, -1):
        char = folded[opened]
        close = _QUOTES.get(char)
        if close is not None and close != char:
            closed = folded.find(close, end, end + _QUOTE_REACH)
            inside = folded[opened + 1 : start] + folded[end:closed]
            if closed == -1 or "\n" in inside or any(q in inside for q in _ALL_QUOTES):
                return None
            return opened, closed
        if char == '"':  # (a straight quotation mark: right before the phrase only)
            ok = opened == start - 1 and folded.startswith('"', end)
            return (opened, end) if ok else None
        if char == "\n" or char in _ALL_QUOTES:
            return None
    return None
