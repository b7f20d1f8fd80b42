"""保密关: secrecy markings (密级) and internal-use notes.

"泄露国家秘密" is a 单项否决 item of the inspection regime (国办秘函〔2019〕19号);
保密法 knows three 密级 — 绝密、机密、秘密 — and GB/T 9704-2012 §7.2.2 puts the
密级 and its period in a document's header, written ``机密★10年``, ``秘密★三年``,
``绝密·永久`` (rules.md §7); exam papers carry ``绝密★启用前``.  This module finds
those forms in folded text (:mod:`govpub.compliance._text`: full-width digits, star
variants ``☆⭐✩`` → ``★`` and ``•・`` → ``·`` are already mapped):

* 密级 + ``★`` with or without a period (``机密★``, ``秘密★3年``, ``绝密★永久``), also
  with the star in brackets of its own (``秘密（★）``, ``机密（★10年）``);
* 密级 + ``*``, ``·`` or another mark standing in for the star (``※▲◆●◎■◇▶``, any
  geometric shape, symbol or dingbat but the white circle ``○``) *with*
  a period (``秘密*5年``, ``绝密·永久``, ``机密※10年``) — a bare ``秘密*`` is too
  often Markdown emphasis (``**国家秘密**``) to block on;
* a 密级 in pinyin with the star, on a line of its own (``JIMI★``) or with a period
  (``mi mi★10年``): in a sentence ``MIMI★`` may be a name with a star after it;
* a ``密级：`` (or ``保密等级：``, ``保密级别：``, ``定密级别：``) header field at the start
  of a line, or such a field with its 密级 anywhere (``文件名称：… 密级：秘密``);
* a 密级 in brackets (``（机密）``, ``【秘密】``), as in file names
  (``通知(机密).docx``), or alone in a table cell (``| 机密 |``, ``| 密级 | 机密 |``),
  also with its period or what stands for the star (``（机密1年）``, ``【绝密*】``,
  ``（秘密 长期）``): the bracketed form of the line below;
* a 份号 and a 密级 on one line (``000123　　机密　1年``: GB/T 9704 puts them on the first
  two lines, a pasted layout often on one), or in one HTML block (``<p>000123　机密　1年</p>``);
* a line that holds nothing but a 密级, with or without its period and whatever
  stands for the star (``机密 10年``, ``机密—10年``, ``秘密（三年）``, ``绝密▲``,
  ``绝密：★``, and with the star before it, ``★机密``: a header line);
* in file names, ``绝密`` and ``机密`` anywhere (file names are not prose).

Bare ``秘密``/``机密`` in a sentence (保守国家秘密) is ordinary prose and is not
flagged; so is a bare bracketed level after 国家秘密 in a 考务 rule's sentence
(``试卷在考试结束前属于国家秘密（机密级），…``) and a ``原密级：`` field after 解密
(red team 110's C).  The internal-use markers (内部资料、不得外传…) are literal terms and are
matched by the policy's one Aho-Corasick automaton (:mod:`govpub.compliance.wording`),
not here; 注意保存 and 注意保密 are markers only as a note (in brackets, alone on a
line, after 此件), which :func:`find_internal_notes` finds.  The 公文 elements that only
warn (份号, 紧急程度, 签发人, 版记) are :mod:`govpub.compliance.document_elements`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import (
    HTML_BLOCK_CLOSE,
    HTML_BLOCK_OPEN,
    HTML_CELL_GAP,
    LABEL_COLONS,
    PAREN_LIKE_CLOSE,
    PAREN_LIKE_OPEN,
    neighbour_lines,
    run_start,
    without_tags,
)
from govpub.compliance.exam_rules import said_of_exam_materials
from govpub.compliance.folding import CJK_UNIFIED, is_cjk_unified
from govpub.compliance.glosses import gloss
from govpub.compliance.holds import occurrences
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_words import (
    standin_level_firsts,
    standin_level_keys,
    standin_levels,
    star_words,
)
from govpub.compliance.regex_cache import regex
from govpub.compliance.spans import Spans

__all__ = [
    "Hit",
    "after_handling",
    "ends_with_a_thing",
    "find_internal_notes",
    "find_markings",
    "handled_as_a_thing",
    "part_of_a_word",
    "passed_on_as_prose",
    "records_work",
    "said_as_a_noun",
    "used_by_a_thing",
]

# (a star slipped between the two characters, "机⭐密★", is a star the fold made of ⭐ 🌟 ☆)
_LEVEL_GAP = r"[\s★]"
_LEVEL = rf"(?:[绝机秘]{_LEVEL_GAP}?密)"
_PINYIN_LEVEL = r"(?:jue|ji|mi)\s?mi"
# the dashes the fold keeps, which letter-space a marking as a space does ("绝―密―★永久")
_DASH = r"[\-\u2013\u2014\u2015\u30fc]"
# What a page shows as blank between the parts of a marking: whitespace, and an HTML line
# break as a line break ("机密＊<br>10年", "机密＊10<br>年": red team 90's D2)
_BREAK = r"(?:\n|<br ?/?>)"
_GAP = r"(?:\s|<br ?/?>)*"
# (digits may be spaced as the rest of a spaced-out marking is: "机 密 ＊ 1 0 年",
# "机-密-＊-1-0-年", and the unit too: "机﹣密﹣＊10﹣年", red team 71; or broken over a
# line: "机密＊1<br>0年")
_NUMBER = rf"(?:\d(?:(?:[ \t]|{_DASH}|{_BREAK})?\d){{0,2}}|[一二三四五六七八九十百两]{{1,4}})"
# (the words letter-spaced too, as the level before them: "绝密＊永-久", red team 78)
_IN_WORD = rf"(?:{_DASH}|[·.])?"
_PERIOD = (
    rf"(?:{_NUMBER}{_GAP}(?:{_DASH}\s*)?(?:年|个月|月)"
    rf"|长{_IN_WORD}期|永{_IN_WORD}久|启{_IN_WORD}用{_IN_WORD}前)"  # 启用前: exam papers
)
# a 紧急程度 after the 密级 on its line (GB/T 9704 §7.2.3; 特提 and 平急: a 电报's), optional
_URGENCY = r"(?:(?:特急|加急|特提|平急)[ \t]*)?"
# (and 保密级别, 定密级别: a form's name for the field)
_FIELD = r"(?:密\s?级|[保定]\s?密\s?(?:等\s?级|级\s?别))"
# A 密级 translated, as an agency's English version of a document writes it (保密法: a secret
# is one in any language): the level with the star and its period ("SECRET★5 years", "TOP
# SECRET ★ Permanent"), the level and the star alone on a line, or the field at a line's start
# ("Classification: Confidential"). Not the words in prose ("kept confidential").
_EN_LEVEL = r"(?:top[ \t]?secret|secret|confidential)"
_EN_PERIOD = r"(?:\d{1,2}[ \t]*(?:years?|months?)(?![a-z])|permanent|long[ \t-]?term)"
# The English that glosses a 密级 field's name or a level right after it (:mod:`.glosses`):
# "密级（Classification）：机密", "密级 Security Level：机密", "机密 CONFIDENTIAL ★10年",
# "机密/SECRET★5年"
_FIELD_GLOSS = gloss(
    r"(?:security[ \t]+)?(?:classification|level)(?:[ \t]+level)?|secrecy(?:[ \t]+level)?"
)
# (and any English in brackets of its own between a level and its star: "机密（Classified）★10年",
# "绝密（Top-Secret）★30年" — the star and the period say it is the marking: review 68's L2)
_BRACKETED_ENGLISH = r"[ \t]*[(（][ \t]*[a-z][a-z \t.\-]{0,23}[)）](?=\s*★)"
# (or any other short phrase in brackets of its own, a Chinese note too, with the star and a
# period after it: "机密（内部）★10年", "秘密【简本】★5年" — whatever the phrase says, the star and
# the period make the marking, as they do after the English; without the period the star may
# be prose's, "保守国家秘密（内部）★" stays clean: review 68's L2, fix101d)
# (not after a category of secrets, which names no level — 国家秘密（含工作秘密）★3年以上的案件 —
# nor before a period that goes on as a grade or a bound: ★ 2年级, ★ 3年内, review 70's F2)
# (nor a course's kind in brackets, as a timetable writes it after a course's name: "秘密（必修）★
# 3个月", "国家秘密（选修）★ 2年级开设" — review 70's F2 twin; with its 课 too, "秘密（必修课）★
# 3个月": review 73's F6)
_COURSE_KIND = r"(?:必修|选修|辅修|必选|限选|任选|公选)课?"
_BRACKETED_NOTE = (
    r"(?<!国家秘密)(?<!工作秘密)(?<!商业秘密)(?<!公司秘密)(?<!守秘密)"
    rf"[ \t]*[(（【\[](?![ \t]*{_COURSE_KIND}[ \t]*[)）】\]])[^()（）【】\[\]★\n]{{1,16}}[)）】\]]"
    rf"(?=[ \t]*★[ \t]*{_PERIOD}(?![级内以后前底]))"
)
_LEVEL_GLOSS = rf"(?:{_BRACKETED_ENGLISH}|{_BRACKETED_NOTE}|{gloss(_EN_LEVEL)})"
# a 密级 field's value saying the text is no secret ("密级：公开", "密级：非密", a form's
# "密级：无"): the field then marks nothing
_PUBLIC_VALUE = rf"[ \t*_]*(?:公开|非密|非涉密|不涉密|无)(?![{CJK_UNIFIED}])"
_IS = r"(?:为|系|是|属于?|列为|定为|定密为|确定为)"
# 此件, 本件, 该件, 此/本/该文件, 本稿, 此稿 — not after a verb that explains what a marking
# means (表示该文件为机密级: a 保密 lesson, not a statement); written from its first
# character, the verbs looked behind it: a branch that starts with a look-behind is tried at
# every position of a text with 密
_THIS_NOT_EXPLAINED = (
    "[此本该]"
    + "".join(f"(?<!{verb}.)" for verb in ("表示", "说明", "意味着", "代表"))
    + "(?:件|文件|(?<=[本此])稿)"
)
_OPEN = rf"[(（\[【〔〖「『{PAREN_LIKE_OPEN}]"
_CLOSE = rf"[)）\]】〕〗」』{PAREN_LIKE_CLOSE}]"
# What stands for the star (with the period after it, or alone on a line): a dot, ※, and
# any geometric shape, symbol or dingbat (■ ◇ ▶ ☀ ✦ ❖, U+25A0–U+27BF; ⬛ ⭐ ⭕, U+2B1B–
# U+2B55; ⊙ ⊕ ⁂) — the ★ itself is one of them. Not an arrow ("侵犯商业秘密 → 3年以下"
# is a penalty), sentence punctuation ("商业机密，5年来…") or the white circle, a numeral
# zero and a mask character ("保守秘密○十年如一日", "张○○").
_MARKS = "·※\u25a0-\u25ca\u25cc-\u27bf\u2b1b-\u2b55⊙⊕⁂"
# and, with a period that ends the words or on a line of its own, the keyboard's stand-ins for ✕:
# the multiplication signs and a hash ("机密×10年", "绝密×长期", "机密#10年": red team 106) —
# in a sentence "×" is a product ("秘密×3、机密×5、绝密×10年度累计", "国家秘密×5年刑期": review
# 79's F2) and a hash closes a Weibo topic ("#保守国家秘密#30年来", review 79's F1)
_PERIOD_MARKS = "×⨯╳#"
# (of them, in a sentence, the multiplication signs only: a hash there closes a topic whatever
# follows, "#保守国家秘密#10年": review 81's F1)
_SENTENCE_MARKS = "×⨯╳"
# One letter-spacing separator on either side of the star: "机.密.★.10年" (the fold joins 机.密
# — ideographs strung one by one — but leaves the star and the digits as written), or one of
# the dashes the fold keeps ("绝―密―★永久", red team 71)
_SEPARATOR = rf"(?:[._·/~]|{_DASH})\s*"
_SPACING = rf"(?:{_SEPARATOR})?"
# A 密级 letter-spaced as the star and period after it are, in a sentence: the fold joins
# "机-密" only where the two stand alone (not after 标注: "本文件标注机-密-★10年"); with the
# star after it, no word of prose
# (or an asterisk, where every character is star-spaced: "机＊密＊永＊久" folds to "机*密*永久")
_SPACED_LEVEL = rf"(?:[绝机秘](?:{_LEVEL_GAP}|{_SEPARATOR}|\*)?密)"
# A period with an asterisk inside it, right after the 密级: "机*密*永*久" in Markdown shows
# 机<em>密</em>永*久, and nothing but a marking puts a star inside 永久 (red team 78's leftover)
_STARRED_PERIOD = (
    r"(?:\d{1,3}\*(?:年|个月|月)|\d\*\d(?:\*?\d)?\*?(?:年|个月|月)"
    r"|长\*期|永\*久|启\*用\*?前|启用\*前)"
)
# A 密级 written with a stand-in (机蜜, ji密, 鸡密: :mod:`.marking_words`), read where the star
# and its period after it say it is a marking — never alone (机蜜 is prose) — in each form the
# level as written is read with a star and a period: ★ or what stands for it, in brackets, its
# name (review 70's L1)
_STANDIN_LEVEL = standin_levels()
# What stands for the star, then its period (letter-spaced as the star is: "机-密-*-10年")
# (or a keyboard's stand-in in a sentence, :data:`_SENTENCE_MARKS`, then a period that ends
# the words — a break, a bracket or a sentence's mark after it, or the text's end: a marking's
# "【机密×10年】", "000123 机密×10年", "机密×10年，请妥善保管" (review 80's L2) — where a
# formula's and prose's go on: "绝密×10年度", "秘密×30年代", "商业秘密×10年保护期届满"
# (reviews 79's F1, 81's F1). The fold closes a space between two
# ideographs, so a title after it on its line, "机密×10年 关于…的通知", goes unread)
_STAR_THEN_PERIOD = (
    rf"{_GAP}{_SPACING}(?:[*{_MARKS}]{_GAP}{_SPACING}(?:{_PERIOD}|{_STARRED_PERIOD})"
    rf"|[{_SENTENCE_MARKS}]{_GAP}{_SPACING}{_PERIOD}(?=[\s)）\]】〕〗」』<，,。；;！!？?]|$))"
)
# The star's name, then the period: in brackets of its own ("机密（星）10年", not "机密（星期一）"),
# the period not going on as a bound (公司秘密（星标）3个月内 — review 70's F3); or glued to the
# level, the period ending the marking ("机密星10年"; not "机密星级", "我们的秘密星5年没见了":
# review 70's L1)
# The star, or what stands for it, in brackets of its own, the period in them or after them
# ("机蜜（★）10年", "机蜜（★10年）": a stand-in's level, which the period makes a marking)
_BRACKETED_STAR_THEN_PERIOD = (
    rf"\s*{_OPEN}\s*[*{_MARKS}]\s*(?:{_PERIOD}\s*{_CLOSE}|{_CLOSE}\s*{_PERIOD})"
)
_STAR_WORD_THEN_PERIOD = (
    rf"(?:\s*{_OPEN}\s*{star_words()}\s*{_CLOSE}\s*{_PERIOD}(?![级内以后前底])"
    rf"|{star_words()}\s*{_PERIOD}(?![{CJK_UNIFIED}]))"
)
# A 附注's other clauses after a bracketed 密级 (at most 30 characters, no bracket, no line break)
_LEVEL_ASIDE = r"[，,；;][^（()）【】〔〕\[\]［］|\n]{1,30}?"
_MARKING = LazyPattern(
    # (an HTML line break is a line break)
    rf"{_SPACED_LEVEL}{_LEVEL_GLOSS}(?:\s|<br ?/?>)*{_SPACING}★\s*(?:{_SPACING}{_PERIOD})?"
    # in pinyin with the star and a period (jimi★10年), or alone on a line (JIMI★): a name
    # with a star after it in a sentence ("MIMI★星光舞蹈团") is no marking
    # (or with a stand-in, as written to slip past a filter: 机蜜★10年, ji密★10年 — never
    # without its star and period: :mod:`.marking_words`)
    rf"|(?m:^[ \t>#*_\-]*{_PINYIN_LEVEL}\s*★[ \t]*[*_]{{0,3}}[ \t]*$)"
    # what stands for the star, with its period (letter-spaced as the star is: "机-密-*-10年")
    rf"|{_SPACED_LEVEL}{_LEVEL_GLOSS}{_STAR_THEN_PERIOD}"
    rf"|{_LEVEL}{_STARRED_PERIOD}"
    # (and the period in Chinese: "SECRET★5年", "TOP SECRET★永久" — as a marking stands, not
    # glued into prose or a title: 我们的secret★5年不变, 《SECRET★5年》, …★5年限定款; review
    # 68's F5)
    rf"|(?<![a-z]){_EN_LEVEL}[ \t]*★[ \t]*{_EN_PERIOD}"
    rf"|(?<![a-z\u3400-\u9fff《〈「『]){_EN_LEVEL}[ \t]*★[ \t]*{_PERIOD}(?![\u3400-\u9fff》〉」』])"
    rf"|(?m:^[ \t>#*_\-]*{_EN_LEVEL}[ \t]*★[ \t]*[*_]{{0,3}}[ \t]*$)"
    rf"|(?m:^[ \t>#*_\-]*(?:security[ \t]+)?classification[ \t]*[{LABEL_COLONS}][ \t]*"
    rf"(?:{_EN_LEVEL}(?![a-z])|{_LEVEL}))"  # (or a Chinese level: "Classification：机密")
    # the star in brackets of its own: "秘密（★）", "机密（★10年）", "绝密 【★】"
    rf"|{_LEVEL}\s*{_OPEN}\s*(?:★\s*{_PERIOD}?|[*{_MARKS}]\s*{_PERIOD})\s*{_CLOSE}"
    # (or the star's name, the period after: "机密（星）10年", not "机密（星期一）"; and a
    # stand-in's level with every star form and its period: 机蜜★10年, 机蜜*10年, 机蜜★<br>10年,
    # ji-密★10年, 机蜜（★）10年, 机蜜（星）10年 — one branch, after one look at the first character)
    # (not after a category of secrets, nor with a period that goes on as a bound: 保守秘密（星）
    # 5年, 公司秘密（星标）3个月内 — review 70's F3)
    rf"|(?=[{standin_level_firsts()}])(?<!守)(?<!国家)(?<!工作)(?<!商业)(?<!公司)"
    rf"(?:{_LEVEL}{_STAR_WORD_THEN_PERIOD}|{_STANDIN_LEVEL}"
    rf"(?:{_STAR_THEN_PERIOD}|{_BRACKETED_STAR_THEN_PERIOD}|{_STAR_WORD_THEN_PERIOD}))"
    rf"|(?m:^[ \t>#*\-]*{_FIELD}{_FIELD_GLOSS}\s*[{LABEL_COLONS}](?!{_PUBLIC_VALUE}))"
    rf"|{_FIELD}{_FIELD_GLOSS}\s*[{LABEL_COLONS}|]\s*{_LEVEL}"
    # an HTML table's field: "<td>密级</td><td>机密</td>"
    rf"|{_FIELD}{_FIELD_GLOSS}\s*[{LABEL_COLONS}]?\s*{HTML_CELL_GAP}\s*{_LEVEL}"
    # "密级 机密" at the start of a line (the fold closes the space between ideographs)
    rf"|(?m:^[ \t>#*\-|]*{_FIELD}\s*{_LEVEL})"
    # a 密级 in brackets or a table cell, with or without its period and what stands for
    # the star: "（机密）", "【绝密*】", "（机密 10年）", "| 秘密·长期 |"
    # (件 as in "此文件属于绝密件": "（机密件）", red team 107)
    rf"|{_OPEN[:-1]}|]\s*{_LEVEL}(?:\s?级|件)?\s*"
    rf"(?:[\-—–{LABEL_COLONS}]?\s*(?:[*{_MARKS}]\s*{_PERIOD}?|{_PERIOD})\s*)?{_CLOSE[:-1]}|]"
    # and a 附注's clauses after it, in the same brackets (not a table's cell): "（机密，会后
    # 收回）", "（机密件，请妥善保管）" — red team 107
    rf"|{_OPEN}\s*{_LEVEL}(?:\s?级|件)?{_LEVEL_ASIDE}{_CLOSE}"
    # the field's name in brackets of its own: "【密级】机密"
    rf"|{_OPEN}\s*{_FIELD}\s*{_CLOSE}\s*[{LABEL_COLONS}]?\s*{_LEVEL}"
    # the document says its own 密级: "本件为机密级", "此文件属于绝密件", "该件系秘密文件",
    # "此件机密，"; the 密级 ends it or takes 级/件/文件 ("本文件为秘密投票规则" is prose); not
    # what a marking means, explained ("标有“机密★10年”的文件，表示该文件为机密级": red team 43)
    rf"|{_THIS_NOT_EXPLAINED}\s*(?:{_IS}\s*)?{_LEVEL}(?:\s?级|件|文件|(?=[，,。；;）)!！?？\s]|$))"
    # a line, or an HTML block (a cell, a paragraph: "<td>机密</td>"), of nothing but a 密级
    # (in bold or italics too: "**机密**", "_秘密★_")
    # a 份号 and a 密级 on one line, as a Word layout pastes them: "000123　　机密　1年"
    # (either line may also hold the 紧急程度 after an alignment gap, "机密　　　特急": the fold
    # closes the gap between ideographs up, and 机密特急 is no word of prose), or an HTML
    # block, which a page shows as a line ("<p>000123　机密　1年</p>", a <td>, a <section>)
    rf"|(?m:(?:^|{HTML_BLOCK_OPEN})[ \t]*\d{{6}}[ \t]+{_LEVEL}(?:\s?级)?[ \t]*(?:{_PERIOD})?"
    rf"[ \t]*{_URGENCY}(?:$|{HTML_BLOCK_CLOSE}))"
    rf"|(?m:(?:^|{HTML_BLOCK_OPEN})[ \t>#*_\-★]*{_LEVEL}(?:\s?级)?[ \t]*"
    # (the period after a dash, colon, slash or bar, or in brackets: "机密/5年", "秘密【3年】")
    rf"(?:(?:[\-—–{LABEL_COLONS}/|(（【\[][ \t]*)?"
    rf"(?:[{_MARKS}][ \t]*{_PERIOD}?|[{_PERIOD_MARKS}][ \t]*{_PERIOD}|{_PERIOD})[)）】\]]?[ \t]*)?"
    rf"{_URGENCY}[*_]{{0,3}}[ \t]*(?:$|{HTML_BLOCK_CLOSE}))"
)
_FILENAME_MARKING = regex(r"绝\s?密|机\s?密")
Hit = tuple[int, int]


def find_markings(folded: str, *, filename: bool = False) -> Iterator[Hit]:
    """Spans of 密级 markings in a folded text (or a file name, where bare 绝密/机密 count)."""
    # every marking holds a key (an English one its field's name): skip most texts
    keys = _keys_at(folded)
    if not keys:
        return
    spans: list[Hit] = []
    for match in _markings(folded, keys):
        start, end = without_tags(folded, match.start(), match.end())
        if (
            _a_title(folded, start, end)
            or _dotted_title(folded, start, end)
            or _enumerated(folded, start, end)
            or _quoted_word(folded, start, end)
            or _slogan_star(folded, start, end)
            or _rating_below(folded, start, end)
            or _level_of_exam_secrets(folded, start, end)
            or _former_level(folded, start, end)
        ):
            continue
        # "密级：" then "机密★" right after it: one marking, one finding (not across lines)
        if spans and (
            start < spans[-1][1]
            or (start == spans[-1][1] and "\n" not in folded[start - 1 : start])
        ):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    yield from spans
    if filename:
        marked = Spans(spans)
        for match in _FILENAME_MARKING.finditer(folded):
            if not marked.overlap(match.start(), match.end()):
                yield match.start(), match.end()


# What every match of :data:`_MARKING` holds: a 密 (绝密, 密级, 保密等级), a star, the English
# field's name, or a stand-in for the 密 (:func:`~.marking_words.standin_level_keys`).
_MARKING_KEYS = ("密", "★", "classification")
# How far from such a key a match of :data:`_MARKING` may reach (a field's name, a cell's gap, the
# level and its period: well under this), taken to whole lines and one line more on each side.
_MARKING_REACH = 300


def _markings(folded: str, keys: list[int] | None = None) -> Iterator[re.Match[str]]:
    """:data:`_MARKING`'s matches, as ``finditer`` over the whole text gives them, from searches
    of the lines around its keys only: the expression has alternatives that start at any line
    or tag and is tried at every position (≈ 2 ms in a 20,000-character post that holds a 保密 or
    a 密切 anywhere); each of its matches holds a key (a window starts and ends at a line's
    bounds, as its ``^`` and ``$`` need; ``keys``: :func:`_keys_at`)."""
    for low, high in _windows(folded, _keys_at(folded) if keys is None else keys):
        yield from _MARKING.finditer(folded, low, high)


def _keys_at(folded: str) -> list[int]:
    """Where :data:`_MARKING_KEYS` and the stand-ins' keys stand in ``folded``, in order."""
    keys = (*_MARKING_KEYS, *standin_level_keys())
    return sorted(at for key in keys for at in occurrences(folded, key))


def _windows(folded: str, keys: list[int]) -> list[tuple[int, int]]:
    """The stretches of whole lines within :data:`_MARKING_REACH` of each key and one line
    beyond, overlapping ones merged (the line breaks looked up by bisection: a long line of
    many keys is no search from each to its line's ends)."""
    breaks = [match.start() for match in _LINE_BREAK.finditer(folded)]
    size = len(folded)

    def line_start(at: int) -> int:  # (of the line holding offset at)
        index = bisect.bisect_left(breaks, at) - 1
        return breaks[index] + 1 if index >= 0 else 0

    def line_end(at: int) -> int:
        index = bisect.bisect_left(breaks, at)
        return breaks[index] if index < len(breaks) else size

    windows: list[tuple[int, int]] = []
    for key in keys:
        low = line_start(max(0, key - _MARKING_REACH))
        low = line_start(low - 1) if low > 0 else 0
        high = line_end(min(size, key + _MARKING_REACH))
        high = line_end(high + 1) if high < size else size
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


_LINE_BREAK = regex("\n")


# A line of nothing but a 密级, as a list item may be ("- 机密", "2. 秘密"), maybe with a period
# but no star ("- 机密：20年", "- 秘密【10年】": the longest periods 保密法 allows, in a lesson)
_BARE_LEVEL = LazyPattern(
    rf"[ \t>#*_\-+]*(?:\d{{1,2}}[.、][ \t]*)?({_LEVEL})(?:\s?级)?[ \t]*"
    rf"(?:[\-—–{LABEL_COLONS}/|(（【\[]?[ \t]*{_PERIOD}[)）】\]]?)?[ \t*_]*"
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


# A bare 密级 in brackets right after 国家秘密, in a sentence that says what an exam's materials
# are or how they are kept: "笔试试卷在考试结束前属于国家秘密（机密级），任何人不得泄露",
# "试卷、答题卡按国家秘密（机密级）管理" (red team 110's C). 《国家秘密及其密级具体范围的规定》
# put 考试试题 among the state's secrets until the exam ends, and 考务 notices restate it; the
# bracket names the level of the secret the sentence speaks of, as 属于绝密级国家秘密 does, and
# marks no document. Only with a verb before 国家秘密 (属, 属于, 按, 为, 列为…: a paper's heading,
# 数学试卷国家秘密（机密级）, has none), an exam's material named before it in its sentence
# (data/exam_materials.txt, data/exam_secret_materials.txt; not after 本/此/该: 本试卷 is the
# post), and the sentence going on after the bracket on its line. The level with its star or
# period (国家秘密（绝密★启用前）) is the paper's mark and still blocks. Review 91's F3: the
# level in any of a 密级's brackets (【机密级】, [机密级], 〔机密级〕), a blank before the bracket
# or after it, a closing quotation mark after it (“…属于国家秘密（机密级）”，…) and 上述材料
# for the materials of the sentence before (:func:`_those_materials`) read the same.
_BARE_BRACKETED_LEVEL = LazyPattern(rf"[(（【\[〔]\s*{_LEVEL}(?:\s?级)?\s*[)）】\]〕]")
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


def _level_of_exam_secrets(folded: str, start: int, end: int) -> bool:
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
    head = run_start(folded, start, start - _DECLASSIFIED_REACH, _SENTENCE_STOPS + "；;")
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
_TITLE = LazyPattern(rf"{_LEVEL}★[{CJK_UNIFIED}][^《》\n]{{0,30}}》")


# 「」 and 『』 are quotation marks (GB/T 15834-2011 §4.1) as well as brackets: a bare 密级
# quoted in them is a word only where the sentence cites it — words naming the mark after it
# ("标有「绝密」字样", "盖有「绝密」印章", "「机密」二字") or a verb of writing before it
# ("印有「机密」"), or a list of levels ("「绝密」、「机密」、「秘密」"). Otherwise it is a
# bracketed mark: "会议纪要「机密」仅限参会人员", "此件「绝密」不得翻印" (fix49).
_QUOTED_LEVEL = regex(rf"[「『]\s*{_LEVEL}\s*[」』]")
_LIST_NEXT = regex(rf"\s*[、，,和与及或]\s*[「『]\s*{_LEVEL}\s*[」』]")
_LIST_BEFORE = regex(rf"[「『]\s*{_LEVEL}\s*[」』]\s*[、，,和与及或]\s*$")
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
_PERIOD_AFTER_STARS = LazyPattern(rf"[ \t\u3000]*(?:{_PERIOD})(?![\d日号])")


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


@cache
def _note_words() -> tuple[str, ...]:
    """The words of ``data/internal_notes.txt`` (注意保存, 注意保密, 内部刊物…)."""
    return data_words("internal_notes.txt")


# Characters too common in prose to tell whether a text may hold a note
_COMMON = frozenset("意保存密严禁外内部")


@cache
def _note_keys() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One character of each word that prose seldom holds (注, 泄, 刊), with its words.

    Testing one character is 1-2 µs in a 20,000-character text, a word of four 20 µs:
    the words are looked for only where their character is.
    """
    keyed: dict[str, list[str]] = {}
    for word in _note_words():
        keyed.setdefault(next((c for c in word if c not in _COMMON), word[0]), []).append(word)
    return tuple((key, regex("|".join(map(re.escape, ws)))) for key, ws in keyed.items())


@cache
def _internal_note() -> re.Pattern[str]:
    """The note forms of the words in ``data/internal_notes.txt``."""
    words = "|".join(re.escape(w) for w in _note_words())
    inside = rf"[^（()）【】〔〕\[\]「」{PAREN_LIKE_OPEN}{PAREN_LIKE_CLOSE}\n]{{0,30}}?"
    return regex(
        rf"(?:此件|本件|该件|此文件?|本文件?|该文件)\s*(?:请\s*)?(?P<w0>{words})"
        rf"|[（(【〔\[「{PAREN_LIKE_OPEN}]{inside}(?P<w1>{words}){inside}"
        rf"[）)】〕\]」{PAREN_LIKE_CLOSE}]"
        # alone on a line or in an HTML block, in bold or italics too (**注意保密**)
        rf"|(?m:(?:^|{HTML_BLOCK_OPEN}))[ \t>#*_\-]*(?P<w2>{words})[ \t。.!！*_]*"
        rf"(?m:(?:$|{HTML_BLOCK_CLOSE}))"
        # a 公文's 附注 (GB/T 9704 7.3.7), the note element itself: "附注：注意保密"
        rf"|附\s?注\s*[{LABEL_COLONS}]\s*(?P<w3>{words})"
    )


def find_internal_notes(folded: str) -> Iterator[Hit]:
    """注意保存/注意保密 written as a note: in brackets, alone on a line or in an HTML block,
    after 此件 or a 附注.

    In a sentence the same words are advice (请注意保存好购物凭证) and pass.
    """
    # (a substring test per pair of characters: a few µs in a long text, where the regex
    # engine would try every bracket and line)
    if not any(key in folded and words.search(folded) for key, words in _note_keys()):
        return  # (most texts hold none of the words: most with 注 hold no 注意保存)
    for match in _internal_note().finditer(folded):
        group = next(g for g in ("w0", "w1", "w2", "w3") if match.group(g) is not None)
        yield match.span(group)


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
        and not any(_closed_at(gaps, at) for at in range(start + 1, end + 1))
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
        before.endswith(_handled_glued()) and not _closed_at(gaps, start)
    ):
        return True
    if not before.endswith(_handled_joined()) or _in_an_account_name(folded, start, gaps):
        return False
    if not _closed_at(gaps, start):
        return True
    marker = _MARKER_AT.match(folded, start)
    if marker is None:
        return False
    apart = _APART_AFTER.match(folded, marker.end()) is not None
    if _closed_at(gaps, marker.end()):
        return not apart  # (查阅  内部资料  不得翻印, 登记 内部资料 注意保存: a note's phrases)
    # (nothing parts it from what follows: a note only after 仅供/仅限 — 仅供查阅 内部资料,
    # 此件仅供查阅 内部资料不得翻印 —, else the object of a sentence that ends or goes on:
    # 会后移交 内部资料, 借阅 内部资料⏎须登记, 复印 内部资料仅限本单位使用)
    return not (
        apart and (before.endswith(_FOR_ONLY) or _a_line_of_its_own(folded, start, marker.end()))
    )


# An @mention's account name, written whole up to the verb of handling that ends it (@北京发布,
# @某市发布, @北京转发): Weibo names take ideographs, letters, digits, ``_`` and ``-`` (at most
# 30); an ``@`` after a letter or a digit is an email address's (a@b.com), no mention.
_ACCOUNT_REACH = 31
_ACCOUNT_NAME = regex(r"(?<![0-9A-Za-z._%+-])@[0-9A-Za-z_\-\u3400-\u9fff]{1,30}")


def _in_an_account_name(folded: str, end: int, gaps: Sequence[int]) -> bool:
    """Whether the verb of handling that ends at ``end``, where the fold closed a gap, closes an
    @mention's account name written with no gap in it (``@某市发布 内部资料``, red team 111's M1):
    the account's name, not a verb taking the marker as its object — the marker blocks.  A gap
    inside ends the name before the verb (``@各单位 严禁擅自发布 内部资料`` is prose after a
    mention: review 97's F2), and so does no gap before the marker (``关于@某某发布内部资料``)."""
    at = folded.rfind("@", max(0, end - _ACCOUNT_REACH), end)
    if not _closed_at(gaps, end) or at < 0 or _ACCOUNT_NAME.fullmatch(folded, at, end) is None:
        return False
    first_gap = bisect.bisect_right(gaps, at)
    return first_gap == len(gaps) or gaps[first_gap] >= end


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


def _closed_at(gaps: Sequence[int], at: int) -> bool:
    """Whether ``at`` is one of the ascending folded offsets ``gaps``."""
    index = bisect.bisect_left(gaps, at)
    return index < len(gaps) and gaps[index] == at


# What 内部使用 is said of. A thing that is used (该系统仅限内部使用, 停车场仅供职工内部使用) is
# no text that is marked; a text or its data (本材料为内部使用, 本系统数据仅供内部使用) is,
# and so is a clause that names neither (内部使用 alone, 各单位：内部使用): the marking blocks.
_USED_THINGS = (
    "系统|平台|网站|网络|内网|专网|服务器|软件|程序|数据库|app|账号|帐号|邮箱|设备|设施|电脑|"
    "计算机|打印机|复印机|车辆|公务车|车位|停车场|停车位|食堂|餐厅|会议室|场地|场馆|场所|房间|"
    "电梯|通道|出入口|入口|大门|道路|仓库|宿舍|浴室|充电桩|楼层"
)
_USED_TEXTS = (
    "材料|文件|资料|文本|文稿|稿件|本文|此件|本件|该件|通知|报告|数据|信息|内容|名单|表格|附件|"
    "图片|视频|纪要|简报|讲话|方案|清单|手册|模板|课件"
)
_SUBJECT = LazyPattern(rf"(?P<thing>{_USED_THINGS})|{_USED_TEXTS}")
_THING_AT_END = LazyPattern(rf"(?:{_USED_THINGS})$")
_CLAUSE_END = "。！？!?；;，,：:\n【[（("
_SUBJECT_REACH = 30
_SAYING = frozenset("供限为于")


def used_by_a_thing(folded: str, start: int) -> bool:
    """Whether 内部使用 at ``start`` is said of a thing, not of a text: its clause's last
    named subject before it is a system, a place or a device, and the words between say
    what it is for (该系统仅限内部使用, 停车场仅供职工内部使用, 会议室为单位内部使用)."""
    lo = run_start(folded, start, start - _SUBJECT_REACH, _CLAUSE_END)
    subjects = list(_SUBJECT.finditer(folded, lo, start))  # (30 characters at most)
    last = subjects[-1] if subjects else None
    # ... and says so: 仅限, 仅供, 供, 为, 用于 between them ("××平台 内部使用" is a header)
    return (
        last is not None
        and last.group("thing") is not None
        and any(c in _SAYING for c in folded[last.end() : start])
    )


# 外传 said of what follows it or of a citizen's data before it: a rule of conduct, not a note
_PASSED_ON = frozenset({"不得外传", "严禁外传", "请勿外传"})
# what may follow the note itself: another act, a conjunction, what happens to offenders
_NOTE_GOES_ON = (
    "扩散", "转发", "复制", "翻印", "外泄", "上网", "传播", "或", "和", "及", "与", "并", "违",
    "注意", "阅后", "会后", "用后",
)  # fmt: skip
# a citizen's data (验证码请勿外传 and 密码不得外传 are in prose_phrases.txt as well)
_PERSONAL_DATA = ("个人信息", "隐私", "照片", "视频", "验证码", "密码", "口令", "账号", "帐号")


def passed_on_as_prose(
    folded: str, start: int, end: int, term: str, *, joined: bool = False, title: str = ""
) -> bool:
    """Whether 不得/严禁/请勿外传 at ``[start, end)`` is a rule about something else: with
    its object after it (严禁外传谣言, 请勿外传他人照片, 严禁外传试题内容), said of a citizen's
    data (工作人员对知悉的个人信息不得外传) or of an exam's materials (试卷属绝密材料，考试结束前
    严禁外传: :func:`.exam_rules.said_of_exam_materials`, which reads the post's ``title``).  A
    note ends there or goes on with another act (不得外传、复制; 严禁外传，违者追究); ``joined``
    says the fold closed a gap after it (不得外传⏎请遵照执行: the next line is no object)."""
    if term not in _PASSED_ON:
        return False
    after = folded[end : end + 1]
    if not joined and is_cjk_unified(after) and not folded.startswith(_NOTE_GOES_ON, end):
        return True
    return folded[max(0, start - 6) : start].rstrip(" 均一律都也").endswith(
        _PERSONAL_DATA
    ) or said_of_exam_materials(folded, start, title)


def ends_with_a_thing(folded: str, end: int) -> bool:
    """Whether ``folded[:end]`` ends with the name of a thing that is used (会议室, 停车位, 系统):
    a note after it, ``会议室（仅限本单位使用）``, says who may use the room, not who may read."""
    return _THING_AT_END.search(folded, max(0, end - 6), end) is not None
