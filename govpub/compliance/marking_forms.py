"""The forms of a 密级 marking, as one expression (:data:`MARKING`) that :mod:`.secrecy` searches.

保密法 knows three 密级 — 绝密、机密、秘密 — and GB/T 9704-2012 §7.2.2 puts the
密级 and its period in a document's header, written ``机密★10年``, ``秘密★三年``,
``绝密·永久`` (rules.md §7); exam papers carry ``绝密★启用前``.  The expression reads
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
  ``绝密：★``, and with the star before it, ``★机密``: a header line).

Bare ``秘密``/``机密`` in a sentence (保守国家秘密) is ordinary prose and no form here.  Its
pieces :data:`LEVEL` (a 密级) and :data:`PERIOD` (its 保密期限) also serve the readings that
tell a match is prose's (:mod:`.marking_prose`, :mod:`.exam_secrets`).  The expression is
compiled on first use (:class:`~.lazy_pattern.LazyPattern`): most posts hold no key for it.
"""

from __future__ import annotations

from govpub.compliance._text import (
    HTML_BLOCK_CLOSE,
    HTML_BLOCK_OPEN,
    HTML_CELL_GAP,
    LABEL_COLONS,
    PAREN_LIKE_CLOSE,
    PAREN_LIKE_OPEN,
)
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.glosses import gloss
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_words import standin_level_firsts, standin_levels, star_words

__all__ = ["LEVEL", "MARKING", "PERIOD"]

# (a star slipped between the two characters, "机⭐密★", is a star the fold made of ⭐ 🌟 ☆)
_LEVEL_GAP = r"[\s★]"
LEVEL = rf"(?:[绝机秘]{_LEVEL_GAP}?密)"
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
PERIOD = (
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
    rf"(?=[ \t]*★[ \t]*{PERIOD}(?![级内以后前底]))"
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
    rf"{_GAP}{_SPACING}(?:[*{_MARKS}]{_GAP}{_SPACING}(?:{PERIOD}|{_STARRED_PERIOD})"
    rf"|[{_SENTENCE_MARKS}]{_GAP}{_SPACING}{PERIOD}(?=[\s)）\]】〕〗」』<，,。；;！!？?]|$))"
)
# The star's name, then the period: in brackets of its own ("机密（星）10年", not "机密（星期一）"),
# the period not going on as a bound (公司秘密（星标）3个月内 — review 70's F3); or glued to the
# level, the period ending the marking ("机密星10年"; not "机密星级", "我们的秘密星5年没见了":
# review 70's L1)
# The star, or what stands for it, in brackets of its own, the period in them or after them
# ("机蜜（★）10年", "机蜜（★10年）": a stand-in's level, which the period makes a marking)
_BRACKETED_STAR_THEN_PERIOD = (
    rf"\s*{_OPEN}\s*[*{_MARKS}]\s*(?:{PERIOD}\s*{_CLOSE}|{_CLOSE}\s*{PERIOD})"
)
_STAR_WORD_THEN_PERIOD = (
    rf"(?:\s*{_OPEN}\s*{star_words()}\s*{_CLOSE}\s*{PERIOD}(?![级内以后前底])"
    rf"|{star_words()}\s*{PERIOD}(?![{CJK_UNIFIED}]))"
)
# A 附注's other clauses after a bracketed 密级 (at most 30 characters, no bracket, no line break)
_LEVEL_ASIDE = r"[，,；;][^（()）【】〔〕\[\]［］|\n]{1,30}?"
MARKING = LazyPattern(
    # (an HTML line break is a line break)
    rf"{_SPACED_LEVEL}{_LEVEL_GLOSS}(?:\s|<br ?/?>)*{_SPACING}★\s*(?:{_SPACING}{PERIOD})?"
    # in pinyin with the star and a period (jimi★10年), or alone on a line (JIMI★): a name
    # with a star after it in a sentence ("MIMI★星光舞蹈团") is no marking
    # (or with a stand-in, as written to slip past a filter: 机蜜★10年, ji密★10年 — never
    # without its star and period: :mod:`.marking_words`)
    rf"|(?m:^[ \t>#*_\-]*{_PINYIN_LEVEL}\s*★[ \t]*[*_]{{0,3}}[ \t]*$)"
    # what stands for the star, with its period (letter-spaced as the star is: "机-密-*-10年")
    rf"|{_SPACED_LEVEL}{_LEVEL_GLOSS}{_STAR_THEN_PERIOD}"
    rf"|{LEVEL}{_STARRED_PERIOD}"
    # (and the period in Chinese: "SECRET★5年", "TOP SECRET★永久" — as a marking stands, not
    # glued into prose or a title: 我们的secret★5年不变, 《SECRET★5年》, …★5年限定款; review
    # 68's F5)
    rf"|(?<![a-z]){_EN_LEVEL}[ \t]*★[ \t]*{_EN_PERIOD}"
    rf"|(?<![a-z\u3400-\u9fff《〈「『]){_EN_LEVEL}[ \t]*★[ \t]*{PERIOD}(?![\u3400-\u9fff》〉」』])"
    rf"|(?m:^[ \t>#*_\-]*{_EN_LEVEL}[ \t]*★[ \t]*[*_]{{0,3}}[ \t]*$)"
    rf"|(?m:^[ \t>#*_\-]*(?:security[ \t]+)?classification[ \t]*[{LABEL_COLONS}][ \t]*"
    rf"(?:{_EN_LEVEL}(?![a-z])|{LEVEL}))"  # (or a Chinese level: "Classification：机密")
    # the star in brackets of its own: "秘密（★）", "机密（★10年）", "绝密 【★】"
    rf"|{LEVEL}\s*{_OPEN}\s*(?:★\s*{PERIOD}?|[*{_MARKS}]\s*{PERIOD})\s*{_CLOSE}"
    # (or the star's name, the period after: "机密（星）10年", not "机密（星期一）"; and a
    # stand-in's level with every star form and its period: 机蜜★10年, 机蜜*10年, 机蜜★<br>10年,
    # ji-密★10年, 机蜜（★）10年, 机蜜（星）10年 — one branch, after one look at the first character)
    # (not after a category of secrets, nor with a period that goes on as a bound: 保守秘密（星）
    # 5年, 公司秘密（星标）3个月内 — review 70's F3)
    rf"|(?=[{standin_level_firsts()}])(?<!守)(?<!国家)(?<!工作)(?<!商业)(?<!公司)"
    rf"(?:{LEVEL}{_STAR_WORD_THEN_PERIOD}|{_STANDIN_LEVEL}"
    rf"(?:{_STAR_THEN_PERIOD}|{_BRACKETED_STAR_THEN_PERIOD}|{_STAR_WORD_THEN_PERIOD}))"
    rf"|(?m:^[ \t>#*\-]*{_FIELD}{_FIELD_GLOSS}\s*[{LABEL_COLONS}](?!{_PUBLIC_VALUE}))"
    rf"|{_FIELD}{_FIELD_GLOSS}\s*[{LABEL_COLONS}|]\s*{LEVEL}"
    # an HTML table's field: "<td>密级</td><td>机密</td>"
    rf"|{_FIELD}{_FIELD_GLOSS}\s*[{LABEL_COLONS}]?\s*{HTML_CELL_GAP}\s*{LEVEL}"
    # "密级 机密" at the start of a line (the fold closes the space between ideographs)
    rf"|(?m:^[ \t>#*\-|]*{_FIELD}\s*{LEVEL})"
    # a 密级 in brackets or a table cell, with or without its period and what stands for
    # the star: "（机密）", "【绝密*】", "（机密 10年）", "| 秘密·长期 |"
    # (件 as in "此文件属于绝密件": "（机密件）", red team 107)
    rf"|{_OPEN[:-1]}|]\s*{LEVEL}(?:\s?级|件)?\s*"
    rf"(?:[\-—–{LABEL_COLONS}]?\s*(?:[*{_MARKS}]\s*{PERIOD}?|{PERIOD})\s*)?{_CLOSE[:-1]}|]"
    # and a 附注's clauses after it, in the same brackets (not a table's cell): "（机密，会后
    # 收回）", "（机密件，请妥善保管）" — red team 107
    rf"|{_OPEN}\s*{LEVEL}(?:\s?级|件)?{_LEVEL_ASIDE}{_CLOSE}"
    # the field's name in brackets of its own: "【密级】机密"
    rf"|{_OPEN}\s*{_FIELD}\s*{_CLOSE}\s*[{LABEL_COLONS}]?\s*{LEVEL}"
    # the document says its own 密级: "本件为机密级", "此文件属于绝密件", "该件系秘密文件",
    # "此件机密，"; the 密级 ends it or takes 级/件/文件 ("本文件为秘密投票规则" is prose); not
    # what a marking means, explained ("标有“机密★10年”的文件，表示该文件为机密级": red team 43)
    rf"|{_THIS_NOT_EXPLAINED}\s*(?:{_IS}\s*)?{LEVEL}(?:\s?级|件|文件|(?=[，,。；;）)!！?？\s]|$))"
    # a line, or an HTML block (a cell, a paragraph: "<td>机密</td>"), of nothing but a 密级
    # (in bold or italics too: "**机密**", "_秘密★_")
    # a 份号 and a 密级 on one line, as a Word layout pastes them: "000123　　机密　1年"
    # (either line may also hold the 紧急程度 after an alignment gap, "机密　　　特急": the fold
    # closes the gap between ideographs up, and 机密特急 is no word of prose), or an HTML
    # block, which a page shows as a line ("<p>000123　机密　1年</p>", a <td>, a <section>)
    rf"|(?m:(?:^|{HTML_BLOCK_OPEN})[ \t]*\d{{6}}[ \t]+{LEVEL}(?:\s?级)?[ \t]*(?:{PERIOD})?"
    rf"[ \t]*{_URGENCY}(?:$|{HTML_BLOCK_CLOSE}))"
    rf"|(?m:(?:^|{HTML_BLOCK_OPEN})[ \t>#*_\-★]*{LEVEL}(?:\s?级)?[ \t]*"
    # (the period after a dash, colon, slash or bar, or in brackets: "机密/5年", "秘密【3年】")
    rf"(?:(?:[\-—–{LABEL_COLONS}/|(（【\[][ \t]*)?"
    rf"(?:[{_MARKS}][ \t]*{PERIOD}?|[{_PERIOD_MARKS}][ \t]*{PERIOD}|{PERIOD})[)）】\]]?[ \t]*)?"
    rf"{_URGENCY}[*_]{{0,3}}[ \t]*(?:$|{HTML_BLOCK_CLOSE}))"
)
