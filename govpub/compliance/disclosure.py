"""公开属性: a document's note saying that it is not for release.

Every government document (公文) is given a disclosure attribute (公开属性) when it
is drafted — 主动公开, 依申请公开 or 不予公开 — "拟制公文时，要明确主动公开、
依申请公开、不予公开等属性，随公文一并报批，拟不公开的，要依法依规说明理由"
(国办发〔2016〕80号《〈关于全面推进政务公开工作的意见〉实施细则》, the 公文公开属性
源头认定 mechanism; national wording as restated by local rules [local], e.g. the
Inner Mongolia tax bureau's 公文类信息公开审核办法 第六条).  The attribute is printed on
the document, usually as an 附注 in brackets below the date — ``（此件不予公开）``,
``（此件公开发布）``, ``（此件依申请公开）`` — or as a ``公开属性：…`` /
``信息公开选项：…`` line above the 版记.  不予公开 covers what 《政府信息公开条例》
(2019) 第十四条 (国家秘密, 危及安全稳定), 第十五条 (商业秘密, 个人隐私) and 第十六条
(内部事务信息, 过程性信息) keep back.

A post that carries such a note is a document its issuer decided not to release:
publishing it on 政务新媒体 releases it.  So the note **blocks**
(``disclosure.not_public``); an 依申请公开 note **warns**
(``disclosure.on_request``: given to applicants, not published on the agency's own
initiative).  The same words in ordinary prose — "属于依法不予公开的情形",
"决定不予公开的，应当告知理由" — are not a note and do not block (the sensitive-word
list still asks a reviewer to look: ``secrecy.sensitive_term``).

A note is recognised (on folded text: full-width, traditional and spaced-out forms
are already folded) when it is

* in brackets of its own: ``（此件不公开）``, ``(不予公开)``, ``【此件不予公开，注意保存】``,
  ``（此件内部公开）``, ``（此件不上网）``;
* an attribute field: ``公开属性：不予公开``, ``信息公开选项：不公开``, ``公开方式：依申请公开``,
  ``公开属性：非公开`` (not ``非公开发行``, a private placement of shares), and a form's yes/no
  field ``是否公开：否``, ``是否主动公开：否``;
* a line of its own: ``此件不予公开``, ``不予公开。``;
* a one-sided bracket with 此件 ending a line after a title: ``…的公告（此件不予公开``.

UNCONFIRMED: the exact 附注 wording is convention, not a standard (GB/T 9704-2012
defines the 附注 element, not its text; its clause number was not checked), and
the national text of 国办发〔2016〕80号 was read only through local restatements.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import chain
from typing import Literal

from govpub.compliance._data import data_kinds, data_words
from govpub.compliance._text import (
    HTML_BLOCK_CLOSE,
    HTML_BLOCK_OPEN,
    HTML_CELL_GAP,
    LABEL_COLONS,
    PAREN_LIKE_CLOSE,
    PAREN_LIKE_OPEN,
    without_tags,
)
from govpub.compliance.annex_notes import ANNEX_NUMBER
from govpub.compliance.document_elements import PUBLIC_NOTE
from govpub.compliance.folding import CJK_UNIFIED, is_han
from govpub.compliance.form_syntax import form_notes
from govpub.compliance.glosses import gloss, gloss_before
from govpub.compliance.holds import holds
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_notes import CLAUSE_BREAK, NOTE_BRACKETS, bracket_clauses
from govpub.compliance.marking_words import (
    SET_OFF,
    WIDE_JOINS,
    pinyin_expression,
    standin_expression,
    stands_in,
)
from govpub.compliance.regex_cache import regex

__all__ = [
    "ANCHOR_EXPRESSIONS",
    "ANCHOR_LITERALS",
    "ANCHOR_WORDS",
    "DisclosureNote",
    "find_disclosure_notes",
    "kept_anchors",
]

DisclosureNote = tuple[int, int, Literal["not_public", "on_request"]]

# 公开 as written or with a stand-in, as a note written to slip past a filter has it
# ("（此件不公kai）": :mod:`.marking_words`, red team 102)
_PUBLIC = standin_expression("公开")
# and 不 so written before it, glued to it, as a note slips past a filter ("（此件bu公开）",
# review 70's L4), or set off by spaces ("（此件 bu 公开）": review 73's L2; a name so set off
# is written with its capital, "此件 Bu 公开", which the finding reads as written)
_NO = pinyin_expression("不")
# (不予 with 不 in pinyin too, "（此件 bu 予公开）"; and a space before 公 in pinyin, "（此件不 gong
# 开）", as after "bu": review 76's L2 — a space before 公 as written is no stand-in's; two
# spaces or a <br> as one: "（此件不  gong  开）", "（此件 bu<br>予公开）", review 78's L6)
_PINYIN_SPACE = f"(?:{SET_OFF}(?=g))?"
# (after "注：" or "附注：" too: "（注：此件不予公开）")
# (and "备注：", and the kinds of document a note names: "（本纪要不予公开）", "（此报告不公开）",
# "（本公告不予公开）": red team 110's G)
_WHICH = (
    rf"(?:[附备]?注\s*[{LABEL_COLONS}]\s*)?(?:此件|本件|该件|此文件?|本文件?|该文件|本稿|此稿"
    r"|[此本该](?:通知|通报|通告|公告|纪要|报告|意见|方案|材料|简报|函|批复|请示|决定|信息))?"
)
_NOT = (
    rf"(?:不予以|不予|{_NO}{SET_OFF}?予以?|免予|免于|暂缓|不作|不向社会|(?:不宜|不得|不可|暂不|"
    rf"不|{_NO}{SET_OFF}?)(?:对外)?|不在(?:网上|(?:政府|政务|门户)?网站上?|互联网上?)"
    r"|(?:仅限|仅|限)?内部)"
    # (免予公开, 免于公开, 暂缓公开, 不宜对外公开: the same attribute)
    rf"{_PINYIN_SPACE}{_PUBLIC}(?:发布)?"
    r"|(?:不予|不)主动公开"  # (此件不主动公开: the attribute 主动公开 denied)
    r"|非公开(?!发行|募集|招标|征集)"  # (此件非公开); 非公开发行 is a share issue
    # (此件不上网, 不得上网, 【严禁上网】): not to be put on the web
    r"|(?:不[宜得]?|严禁|禁止|请勿|切勿)(?:上网|发网站|在网上发布)"
    r"|(?:不予|不宜|不得|不可|暂不|不对外|不)(?:发布|公布)"  # (此件不对外发布, 此件不得公布)
    rf"|不对外(?![{CJK_UNIFIED}])"  # (此件不对外): not 不对外开放, 不对外营业
    # a distribution scope (发文范围): "（此件发至县团级）" goes to officials, not the public
    # (and "只发至", "印发至": "（此件只发至县级以上单位）", red team 107)
    r"|(?:仅|只|印)?发至(?:县团|县处|乡科|县|地市|地|厅局|省部|省军)级(?:以上)?"
    r"(?:单位|机关|领导|干部|人民政府)?"
    # ("（此件发至乡镇）", "（此件发至各县（市、区））": a scope by name, GB/T 9704 附注)
    r"|(?:仅|只|印)?发至(?:各)?(?:乡镇|街镇|街道|乡（镇）|乡\(镇\)|县[（(]市、?区?[）)]|县市区)(?:、?街道)?"
    r"(?:人民政府|党委|政府)?"
    r"|内部发行"  # (a publication's cover: "（内部发行）"; prose "该书曾内部发行" is none)
)
# What an attribute field may say besides: "公开属性：内部" (内部 alone is no note in brackets:
# "（内部）" marks a part of a thing as well)
_FIELD_ONLY = rf"内部(?:使用|资料|文件)?(?![{CJK_UNIFIED}])"
_ON_REQUEST = r"依申请公开"
_OPEN = rf"[（(【〔\[［〈《「『{PAREN_LIKE_OPEN}]"
_CLOSE = rf"[）)】〕\]］〉》」』{PAREN_LIKE_CLOSE}]"
_BRACKETS = f"（()）【】〔〕\\[\\]［］〈〉《》「」『』{PAREN_LIKE_OPEN}{PAREN_LIKE_CLOSE}"
_ASIDE = rf"(?:[，,；;、]\s*[^{_BRACKETS}\n]{{0,30}})?"
# The words may be emphasised with one star or underscore ("（此件*不予公开*）", "公开属性：_不予
# 公开_": the fold drops a run of two, "**", but keeps one, which may be a 密级's star), and in
# brackets end with a full stop ("（此件不予公开。）"); a letter-spacing hyphen or dash the fold
# leaves beside a bracket counts as one too ("（-此件-不-公开-）", "（ー此ー件ー不予ー公开ー）": the
# fold joins only the ideographs either side of a separator; red team 71).
_EMPHASIS = r"[\s*_\-\u2013\u2014\u2015\u30fc]{0,4}"  # (a dash, a blank line, a dash: 4)
# (an HTML line break before the closing bracket is one as a "⏎" is: "（此件不公开<br>）",
# red team 90's D8 — read after a block tag of any length)
_STOP = r"[。.!！]?(?:\s|<br\s*/?>)*"
# The note as an agency's English version of a document writes it (and see _EN_NOTE below)
_EN_NOT = (
    r"(?:this (?:document|notice|file) is )?not (?:for public (?:release|disclosure)"
    r"|for publication|to be (?:made public|published|disclosed|released))"
)
# That English beside the Chinese note, as a bilingual post prints both on one line or in one
# pair of brackets: "此件不公开 Not for public release", "（此件不予公开 / Not for public
# release）", "注：此件不公开。Note: not for public release.", "Not for public release — 此件不公开"
# (red team 100; :mod:`.glosses`)
_NOTE_TRANSLATION = rf"(?:note[ \t]*[{LABEL_COLONS}][ \t]*)?{_EN_NOT}"
_NOTE_GLOSS = gloss(_NOTE_TRANSLATION)
_NOTE_GLOSS_FIRST = gloss_before(_NOTE_TRANSLATION)
# A field's name with its English: "公开属性（Disclosure）：不予公开", "是否公开 Public：否"
_FIELD_GLOSS = gloss(
    r"(?:information[ \t]+)?disclosure(?:[ \t]+(?:attribute|type|status|option|mode|scope))?"
    r"|(?:to[ \t]+be[ \t]+)?(?:made[ \t]+)?public(?:ity|[ \t]+release|[ \t]+disclosure)?"
    r"|(?:publicly[ \t]+)?disclosed|release|publish(?:ed)?"
)
# (the field's names: 公开属性, and a 政府信息公开 page's 公开方式, 公开范围, 公开类别…)
_FIELD_WORDS = ("属性", "方式", "类型", "形式", "选项", "类别", "范围")
_FIELD_NAME = rf"(?:政府信息|信息)?公开(?:{'|'.join(_FIELD_WORDS)})"
# "公开属性：…", a table's "| 公开属性 | …", or "公开属性 …" at the start of a line (the
# fold closes the space between ideographs: without a line start it would be prose)
# (and an HTML table's cells: "<td>公开属性</td><td>不予公开</td>")
# (and the field's name in brackets of its own, as a 密级's: "【公开方式】不予公开")
_FIELD = (
    rf"(?:{_FIELD_NAME}{_FIELD_GLOSS}\s*(?:[{LABEL_COLONS}|]|[{LABEL_COLONS}]?\s*{HTML_CELL_GAP})\s*"
    rf"|[【\[［〔]{_FIELD_NAME}[】\]］〕]\s*[{LABEL_COLONS}]?\s*"
    rf"|(?m:^)[ \t>#*\-|]*{_FIELD_NAME}\s*)"
)
# a line of its own, or an HTML block of its own ("<td>此件不予公开</td>")
# (a bracket on one side only is still the note: "（此件不予公开", "此件不予公开）")
# (and a line an HTML <br> ends: "单位<br>2024年3月1日<br>不予公开" — red team 40)
_BR = r"<br\s*/?>"
# (a letter-spacing dash the fold leaves beside the bracket, as in brackets:
# "（ー此ー件ー不予ー公开ー⏎ー）")
_LINE_DASHES = r"\-\u2013\u2014\u2015\u30fc"
_LINE_START = rf"(?:(?m:^)|{HTML_BLOCK_OPEN}|{_BR})[ \t>#*_\-]*{_OPEN}?[ \t{_LINE_DASHES}]*"
# (a line of a text written with Windows line ends, "\r\n", ends before its "\r": "$"
# matches only before "\n" — review of red teams 51–54)
# (one letter-spacing dash before the line's end: "（此件不予公开-⏎）"; not a 破折号 "——",
# after which a heading's words go on)
_LINE_END = (
    rf"[ \t。.!！*_]*(?:[{_LINE_DASHES}][ \t]*)?{_CLOSE}?[ \t。.]*\r?"
    rf"(?:(?m:$)|{HTML_BLOCK_CLOSE}|{_BR})"
)
_LINE_EMPHASIS = r"[ \t*_]{0,3}"


def _note(core: str, field: str = "") -> str:
    return (
        rf"{_OPEN}{_EMPHASIS}{_WHICH}{_EMPHASIS}(?P<b{{n}}>{core}){_NOTE_GLOSS}{_EMPHASIS}{_ASIDE}"
        rf"{_STOP}{_CLOSE}"
        rf"|{_FIELD}{_LINE_EMPHASIS}(?P<f{{n}}>{core}{field})"
        rf"|{_LINE_START}{_NOTE_GLOSS_FIRST}{_WHICH}{_LINE_EMPHASIS}(?P<l{{n}}>{core}){_NOTE_GLOSS}"
        rf"{_LINE_END}"
    )


# a form's yes/no field: "是否公开：否", "是否主动公开：否", "主动公开：否", "| 是否公开 | 不公开 |"
_YES_NO = (
    rf"|(?:是否(?:主动)?|主动)公开{_FIELD_GLOSS}\s*(?:[{LABEL_COLONS}|]|[{LABEL_COLONS}]?\s*{HTML_CELL_GAP})\s*"
    rf"(?P<y0>否|不予公开|不公开)(?![{CJK_UNIFIED}])"
)


# A one-sided note that ends a line after other words: "关于举办春季招聘会的公告（此件不予公开⏎…" (a
# title with its 附注 glued on, the closing bracket lost; red team 84). The words 此件/本件… are
# needed (a bracket opened over a wrapped sentence, "对以下信息（不予公开⏎的除外）", says them not),
# and the note that blocks only: "（此件依申请公开" after a title stays as it was.
_TAIL_NOTE = (
    rf"|{_OPEN}[ \t*_]{{0,3}}(?:[附备]?注\s*[{LABEL_COLONS}]\s*)?"
    rf"(?:此件|本件|该件|此文件?|本文件?|该文件)[ \t*_]{{0,3}}(?P<t0>{_NOT})[ \t。.!！*_]*\r?(?m:$)"
)


# The note as an agency's English version of a document writes it, in brackets or on a line of
# its own: "(Not for public release)", "(This document is not to be made public)". Not the words
# in a sentence ("the figures are not for public release before 15 March", an embargo).
_EN_NOTE = LazyPattern(
    rf"[(（\[【][ \t*_]*{_EN_NOT}[ \t.。*_]*[)）\]】]"
    rf"|(?m:^[ \t>#*_\-]*{_EN_NOT}[ \t.。*_]*$)"
)


def _english_notes(folded: str) -> Iterator[DisclosureNote]:
    """Spans of English notes that a document is not for release (``_EN_NOTE``)."""
    if holds(folded, "not ") and ("publi" in folded or "disclos" in folded or "releas" in folded):
        for match in _EN_NOTE.finditer(folded):
            yield match.start(), match.end(), "not_public"


# A 成文日期 (a document's date), as a signature block prints it: "2026年12月1日", "二〇二六年
# 十二月一日", "2026.12.1"
_DATE = (
    r"(?:[0-9〇零一二三四五六七八九十]{2,4}[ \t]?年[ \t]?[0-9〇零一二三四五六七八九十]{1,3}[ \t]?月"
    r"[ \t]?[0-9〇零一二三四五六七八九十]{1,3}[ \t]?[日号]"
    r"|[0-9]{4}[.\-/][0-9]{1,2}[.\-/][0-9]{1,2})"
)
# The note with the words that name the document itself (此件, 本件, 此文件, 本文件) on a line it
# shares with other elements of the document's foot, as a Weibo post or a flattened 附注 line
# has it: after the date ("某局办公室 2026年12月1日 此件不公开"), an agency's name (a signature:
# "某局办公室 此件不公开", which the fold glues) or a blank after a hashtag's "#" or a number
# ("电话：0571-87012345 此件不公开"; not after a word: a tooltip's "a>b 此件不予公开" stays prose,
# left26b), and before the line's end, a hashtag ("此件不公开 #政务微博#"), a contact
# line ("此件不公开 联系人：王某") or a date ("此件不公开 2026年12月1日"). Red team 108's item 2.
# "This document" is the document's own note wherever it stands as a clause of its own: prose
# about the attribute goes on from it ("此件不公开的理由如下", "本件不公开审理", "如此件不公开，…")
# or leads to it ("经审查，本件不予公开。"), and neither is read here. Not 该件 ("that document":
# another's, as a reply names it).
_SHARED_WHICH = r"(?:此件|本件|此文件|本文件)"
_SIGNATURE_ENDINGS = (
    "办公室", "委员会", "人民政府", "政府", "局", "厅", "委", "办", "中心", "处", "部", "院", "所",
)  # fmt: skip
# an agency's name as it signs (某局办公室, 某街道办事处, 中共某区委宣传部, 某区人民法院), or its
# seal's place (（盖章）, （印章）, 【盖章】…: review 95's L3)
_SEAL = r"[（(【\[［](?:盖章|印章|公章|签章)[)）】\]］]"
_SIGNATURE = rf"(?:(?<=[{CJK_UNIFIED}])(?:{'|'.join(_SIGNATURE_ENDINGS)})|{_SEAL})[ \t]*"
# The date as the foot prints it: alone at the line's start, after the signature or the 版记's
# 印发 label, and maybe with its 印发 ("2026年12月1日印发"). Not a date a label gives as its
# value ("答复日期：2026年12月1日 本件不予公开", "办理结果 2026年12月1日 …": 本件 is then an
# application a reply rules on), nor a sentence's time ("截至2026年12月1日本件…", "我们在
# 2026年12月1日此件…"), nor a column's in a plain-text 公开目录 ("1 关于…的通知 2026年12月1日
# 此件不公开", whose value names another document's attribute): review 84's F1-F3.
# (and a full stop after it, which ends the date's sentence: "2026年12月1日。此件不公开", review
# 84's L6 — the note then stands alone to the line's end, as on a line of its own)
_FOOT_DATE = (
    rf"(?:{_LINE_START}|{_SIGNATURE}|印发[：:][ \t]*){_DATE}(?:印发)?[ \t]*(?:[。.][ \t]*)?"
)
# A 发文字号 opening the line before the note, as a flattened header or foot has it: "某政办发
# 〔2026〕12号 此件不公开" (review 84's L11; the fold glues the blank between 号 and 此). Not a
# number in a catalogue's row, after its serial and title ("1 关于…的通知 某政办发〔2026〕12号
# 此件不公开": a column's value, as the date there is).
# (not one a sentence cites, "根据某政办发〔2026〕12号 此件不公开", nor a reply's own number
# before 本件, the application it rules on: review 92's F3, F4)
_DOCUMENT_NUMBER = (
    rf"{_LINE_START}(?!根据|依据|按照|依照|参照|据|转发|印发)[{CJK_UNIFIED}]{{1,12}}"
    rf"[〔\[［(（][0-9]{{4}}[〕\]］)）][0-9]{{1,5}}号[ \t]*(?=此)"
)
# A blank after a number before 此件 (a phone's: "电话：0571-87012345 此件不公开"), not before 本件:
# after a number 本件 is the application a reply's reference names ("申请编号：2026-0123 本件不予
# 公开", "工单编号：… 本件不予公开"; review 84's F1). Not after a date the foot does not print
# (_FOOT_DATE's): a catalogue's column or a sentence's time is one whichever way the date is
# written — "1 关于…的通知 2026.12.1 此件不公开" as "… 2026年12月1日 此件不公开" (review 84's F2).
_NOT_A_DOTTED_DATE = r"(?<![0-9][.\-/][0-9])(?<![0-9][.\-/][0-9]{2})"
_SHARED_BEFORE = (
    rf"(?:{_FOOT_DATE}|{_SIGNATURE}|{_DOCUMENT_NUMBER}|(?<=#)[ \t]+"
    rf"|(?<=[0-9]){_NOT_A_DOTTED_DATE}[ \t]+(?=此))"
)
_CONTACT_LABELS = ("联系人", "联系电话", "联系方式", "咨询电话", "电话")
# (a hashtag's text starts with no blank: a topic's own closing "#" is no next hashtag, as in
# "#此件不公开# 这份文件为什么不公开？#政务#"; review 84's F5)
_NEXT_HASHTAG = r"#(?=[^#\s][^#\n]{0,29}#)"
# (or a mention, as a Weibo post ends with the account it names: "此件不公开 @某市发布", review 92's
# L7 — a mention of its own, another mention or a hashtag or the line's end after it, not the words
# of a question to the account: "此件不公开 @某市发布 为什么？", review 95's F2; and a repost's
# chain, "此件不公开 //@某市发布:转发微博", or a blank after "@": review 95's L5)
# (the fold glues "@某市发布 为什么？" to "@某市发布为什么?": a handle holds no sentence's stop)
_MENTION = r"(?://)?@[ \t]?(?=[^@#\s?？!！,，。;；]{1,30}[ \t]*(?:[@#]|/{2}@|\r?(?m:$)))"
# Another element of the foot after the note, a label with its colon (data/note_foot_labels.txt:
# "此件不公开 抄送：…", "… 咨询热线：12345", "… 地址：…", "… 邮箱：…", "… 印发：办公室"), or in
# brackets a contact's ("此件不公开（联系人：王某）"): review 84's L5 and L7. Without the colon
# the words go on as a sentence ("此件不公开抄送范围由办公室确定").
# (or a signature with its date: "某局 此件不予公开 某局办公室 2026年12月1日印发" — an agency's
# name, of no word that joins a sentence: "此件不公开的决定由某局于2026年…" stays prose)
# (a Latin letter too, as a placeholder or an abbreviation in the name has it: "XX局", "某市AI产业
# 中心"; review 92's L7 — the fold writes it in lower case; a digit, "某市5G产业中心", "X市12345
# 热线中心": review 95's L4; and the seal's place after the name, "某局办公室（盖章）
# 2026年12月1日": review 92's L6)
_NAME_CHARACTER = rf"(?:(?![的之是为于在和与及了将由对从向把被])[{CJK_UNIFIED}a-z0-9])"
_SIGNED_DATE = (
    rf"{_NAME_CHARACTER}{{1,20}}(?:{'|'.join(_SIGNATURE_ENDINGS)})[ \t]*(?:{_SEAL}[ \t]*)?"
    rf"{_DATE}"
)


# The attachments listed as the 附件说明 lists them, a number and a list's mark after 附件 or
# 附表 with no colon ("此件不公开 附件 1.有关名单", "附件一、有关名单"; review 95's L1, review
# 100's L3), or a number in Chinese numerals before the colon ("附件一：有关名单"). Not a
# decimal ("附件1.2版本"), a file's name ("此件不公开附件1.pdf另行下载": review 100's F1) nor a
# list of the attachments a sentence names ("此件不公开附件一、二的理由", "附件1、附件2另行
# 印发").  (The fold drops the blank between ideographs: "此件不公开 附件1" reads as glued.)
_ANNEX_LISTED = (
    rf"附[件表][ \t]*{ANNEX_NUMBER}[ \t]*"
    rf"(?:[{LABEL_COLONS}]|[.、](?![0-9一二三四五六七八九十]|附|[a-z]))"
)


def _shared_after(labels: Sequence[str], *, signed: bool = True, posted: bool = True) -> str:
    """What may follow a note that shares its line, ``labels`` the foot's other labels (and
    the attachments listed, :data:`_ANNEX_LISTED`, when 附件 is one); a signature with its date
    too unless ``signed`` is false, and a mention or a label in 【】 unless ``posted`` is false
    (:func:`_signed_prose`)."""
    signature = f"|{_SIGNED_DATE}" if signed else ""
    mention = f"|{_MENTION}" if posted else ""
    opening = "（(【\\[［〔「〈" if posted else "（("
    listed = f"|(?:[，,；;][ \t]*)?{_ANNEX_LISTED}" if "附件" in labels else ""
    # (a label numbered as a web post numbers its files, "附件1：", review 95's L1; after a cell's
    # border or a dash, "此件不公开 | 来源：某局": review 95's L7)
    return (
        rf"(?:[ \t。.!！*_|—]*(?:{_NEXT_HASHTAG}{mention}"
        rf"|(?:[，,；;][ \t]*)?(?:{'|'.join(_CONTACT_LABELS)}){listed}"
        rf"|(?:[，,；;][ \t]*|[{opening}][ \t]*)?(?:{'|'.join(map(re.escape, labels))})[ \t]*"
        rf"(?:[0-9]{{1,2}}[ \t]*)?[{LABEL_COLONS}]|{_DATE}{signature})|{_LINE_END})"
    )


@cache
def _after_unsigned() -> re.Pattern[str]:
    """What may follow a note sharing its line but a signature with its date."""
    return regex(_shared_after(_foot_labels(), signed=False))


@cache
def _after_the_application() -> re.Pattern[str]:
    """What may follow 本件's note sharing its line: not a signature with its date, a mention,
    a label in 【】 or a label a reply prints as well (the ``reply`` kind of
    data/note_foot_labels.txt: its attachment, source or editor — review 95's F1)."""
    return regex(_shared_after(_foot_labels("foot"), signed=False, posted=False))


def _foot_labels(*kinds: str) -> tuple[str, ...]:
    """The foot's other labels of ``kinds`` (data/note_foot_labels.txt: ``foot``, ``reply``; all
    without one)."""
    listed = data_kinds("note_foot_labels.txt")
    return tuple(label for kind in kinds or tuple(listed) for label in listed[kind])


# the verbs that go on from a note as its sentence's ("本件不公开审理", a court's hearing; "此件
# 不公开征求意见", "…招标", "…发布"): the words after them are no agency's name (review 92's F1)
_NOTE_VERB = regex(
    r"审理|开庭|宣判|听证|征求|征集|招标|投标|采购|发布|发行|出售|拍卖|转让|招聘|选拔|遴选|竞争|处理|讨论|表决|说明|理由|原因|情况"
)


def _signed_prose(folded: str, match: re.Match[str]) -> bool:
    """Whether a note sharing its line (``match``) is read so only by a signature with its date
    after it, and that reading is prose: 本件 there is the application a 依申请公开 reply rules
    on (``本件不予公开 某局政务公开办 2026年12月1日``, review 92's F2, as after a reference number),
    or a verb goes on from the note (:data:`_NOTE_VERB`, review 92's F1). 本件 is so read after
    the other elements a reply prints as well, its attachment, source or a mention
    (:func:`_after_the_application`, review 95's F1); 此件 with them is the document's note."""
    which = _shared_which(match)
    if which is None:
        return False
    said = "s" + which[1:]
    end = match.end(said)
    if match.group(which).startswith("本"):
        return _after_the_application().match(folded, end) is None
    if _after_unsigned().match(folded, end) is not None:
        return False
    return _NOTE_VERB.match(folded, end) is not None


def _shared_line_note(core: str, foot_labels: Sequence[str]) -> str:
    """A note naming the document itself on a line it shares with the foot (``_SHARED_BEFORE``,
    ``_shared_after``), ``core`` what it says: one reading for 不予公开 and 依申请公开 (``某局
    2026年12月1日 此件依申请公开`` warns as ``此件依申请公开`` alone does; review 84's L8)."""
    return (
        rf"|(?:{_LINE_START}|{_SHARED_BEFORE})(?P<w{{n}}>{_SHARED_WHICH}){_LINE_EMPHASIS}"
        rf"(?P<s{{n}}>{core})(?={_shared_after(foot_labels)})"
    )


# Where a note can start, one lookahead before the notes' alternation: a line's start, a bracket
# or a tag (``_OPEN``, ``_LINE_START``), a field's name (``_FIELD``, ``_YES_NO``), the 版记's
# 印发 label, a blank after a hashtag's "#" or a number, or an agency's name ending
# (``_SHARED_BEFORE``). The alternation is some thirty branches, each tried in turn at every
# position of a note's window; most positions start none, and the lookahead (atomic: tried once)
# turns them away with a few tests — a window of "不公开" repeated took 70 µs, 10 µs with it
# (review 92: 2 s for 80,000 characters). It is a necessary condition of every branch: the
# matches are the same.
_NOTE_START = (
    rf"(?=(?m:^)|[<{_OPEN[1:-1]}]|公开(?:{'|'.join(_FIELD_WORDS)})|(?:政府信息|信息)公开"
    rf"|是否|主动|印发[{LABEL_COLONS}]|(?<=[#0-9])[ \t]"
    rf"|(?<=[{CJK_UNIFIED}])(?:{'|'.join(_SIGNATURE_ENDINGS)}))"
)


_NOTE_STARTS = LazyPattern(_NOTE_START)


def _next_note_start(folded: str, start: int, searched: list[int]) -> int:
    """Where a note can first start (:data:`_NOTE_START`) at or after ``start`` in the whole
    text, or its length: a window that holds no such place is not searched (its matches are
    none). ``searched`` keeps the last search's start and result, which answer while ``start``
    lies between them — the windows move forward, so a text of many anchors and no note
    (``不公开`` repeated: review 92's cost) is searched once, not once a window.  The whole
    text's answer never misses one of a window's: the window's end only cuts a lookahead short."""
    if not searched[0] <= start <= searched[1]:
        place = _NOTE_STARTS.search(folded, start)
        searched[:] = [start, len(folded) if place is None else place.start()]
    return searched[1]


@cache
def _notes() -> re.Pattern[str]:
    """The notes' expression, compiled where a text first holds a candidate (4 ms)."""
    labels = _foot_labels()
    not_public = (
        _note(_NOT, "|" + _FIELD_ONLY) + _YES_NO + _TAIL_NOTE + _shared_line_note(_NOT, labels)
    ).replace("{n}", "0")
    on_request = (_note(_ON_REQUEST) + _shared_line_note(_ON_REQUEST, labels)).replace("{n}", "1")
    return regex(f"{_NOTE_START}(?:{not_public}|{on_request})")


def find_disclosure_notes(
    folded: str, *, anchors: list[int] | None = None
) -> Iterator[DisclosureNote]:
    """Spans of 公开属性 notes in folded text, each with what it says.

    Every note holds "公开", "上网", "网站", "发布" or "公布": the expression runs only on the line
    around each occurrence (at most 60 characters either side), not over the whole text.
    ``anchors`` may pass where those words start (:func:`kept_anchors` of every
    occurrence), found by a pass the caller makes anyway (:mod:`.anchors`), with or
    without the ``公开`` that no note can start (:data:`ANCHOR_EXPRESSIONS`).
    """
    seen_until = 0
    public: list[bool] = []  # (whether a note says the document is public: asked once)
    found: list[DisclosureNote] = []
    searched = [-1, -1]  # (where the text was last searched for a note's start, and what found)
    tried_tag = -1  # (the last cut tag a note was tried at: _cut_tag)
    anchors = _with_standins(folded, _anchors(folded) if anchors is None else anchors)
    for at in anchors:
        # "不予/不宜/不得/不/不对外/内部公开", "依申请公开", "不上网", "不(对外)发布": anything
        # else ("政务公开", "政府网站", "新闻发布") is no note
        if at < seen_until or (
            folded[at - 1 : at] not in _BEFORE
            and folded[max(at - 3, 0) : at] != "依申请"
            and folded[max(at - 4, 0) : at] != _YES_NO_FIELD
            and folded[max(at - 2, 0) : at + 3] not in _FIELD_ANCHORS
            and not folded.startswith(_FIELD_WORDS, at + 2)
            and folded[at - 1 : at + 2] != "不对外"
            and not folded.startswith("发至", at)
            and folded[at - 2 : at + 2] != "内部发行"
            and not folded.endswith(_BEFORE_WORDS, max(at - 4, 0), at)
            and folded[max(at - 2, 0) : at] not in _FORBIDDING
            and _NO_THEN_PUBLIC.match(folded, at) is None
        ):
            continue
        line_start = _line_start(folded, at)
        # (to the end of the next line: a bracket, a dash beside it, may wrap onto one —
        # "执行。（此件不予公开⏎⏎ー）"; the note's expressions cross no more than that)
        end = _next_line_end(folded, at)
        start = max(line_start, at - _REACH, seen_until)
        before = len(found)
        matches = _window_notes(folded, start, end, searched)
        tag = _cut_tag(folded, start, at, line_start)
        if tag is not None and tag != tried_tag and tag >= seen_until:
            tried_tag = tag  # (tried once: the anchors after it share its line's match)
            first = _notes().match(folded, tag, end)
            if first is not None:
                matches = chain((first,), _window_notes(folded, first.end(), end, searched))
        for match in matches:
            seen_until = max(seen_until, match.end())
            if (
                not _public_scope(folded, match, public)
                and not _wrapped_prose(folded, match)
                and not _shown_as_an_example(folded, match)
                and not _signed_prose(folded, match)
            ):
                found.append(_note_span(folded, match))
                yield found[-1]
        if len(found) == before and at >= seen_until:
            clause = _clause_note(folded, at, public)
            if clause is not None:
                seen_until = clause[1]
                found.append(clause)
                yield clause
    yield from _not_glossing(_english_notes(folded), found)
    yield from form_notes(folded, anchors, found, find_disclosure_notes)  # (JSON, CSV…)


# A 附注 whose brackets hold other clauses as well: "（联系人：王某，电话：…；此件不公开）",
# "（此件不公开。联系人：…）", "（会后收回，此件不公开）", "（此件请妥善保管，不对外发布）" (GB/T
# 9704's 附注 puts the contact and the 公开属性 in one pair of brackets; red team 107). Each clause
# parted by "，" "；" "。" is read as a note in brackets of its own would be.
_CLAUSE_CLOSES = "）)】〕]］"
_CLAUSE_REACH = 60  # (a 附注 is short: brackets wider than this are prose)
# a clause that makes the note's words a sentence's: a condition or a reason given (涉及国家秘密
# 的，不予公开; 属于内部事务信息，不予公开 — a reply to an applicant), a rule cited (依据…)
_CLAUSE_PROSE = regex(
    r"^(?:属于|涉及|依据|根据|依照|按照|依法|因|由于|对于|经|如|若|凡)|(?:的|的情形|者)$"
)


def _clause_note(folded: str, at: int, public: list[bool]) -> DisclosureNote | None:
    """The note that the anchor at ``at`` ends in a clause of brackets it shares with other
    clauses (``（联系人：王某；此件不公开）``), read as that clause alone in brackets would be:
    not when another clause makes it a sentence (a condition, a reason, a rule cited), nor a
    distribution scope beside a clause that says 公开 (:func:`_public_scope`'s reading)."""
    brackets = _shared_brackets(folded, at)
    if brackets is None:
        return None
    opened, closed = brackets
    clauses = bracket_clauses(folded, opened + 1, closed)
    here = next((lo, hi) for lo, hi in clauses if lo <= at < hi or hi == closed)
    words = [folded[lo:hi].strip() for lo, hi in clauses]
    if any(_CLAUSE_PROSE.search(w) is not None for w in words):
        return None
    clause = folded[here[0] : here[1]].strip()
    match = _notes().fullmatch(f"（{clause}）")
    if match is None:
        return None
    core = match.group("b0") or ""
    if "上网" in core or (
        _NOTE_ALONE.fullmatch(clause) and not any(_THE_DOCUMENT.search(w) for w in words)
    ):
        # (（本资料仅限内部使用，不得上网）: an internal note's act, read there; a bare 不公开
        # said of another clause's subject, （报名人员信息严格保密，不公开）)
        return None
    if "发至" in core and (
        any("公开" in w and not any(n in w for n in _NEGATIONS) for w in words)
        or _public_document(folded, public)
    ):
        return None  # (a scope in a public document: who gets the paper copy)
    kind: Literal["not_public", "on_request"] = (
        "not_public" if match.group("b0") is not None else "on_request"
    )
    start = folded.index(clause, here[0])
    return start, start + len(clause), kind


# what names the document itself in a 附注's clauses (此件, 本件, 该文件, 本文…): a bare verdict
# beside other clauses is the note's only with it — else it is said of another clause's subject
# ("（报名人员信息严格保密，不公开）", "（会议形式：闭门会议，不公开）": review 81's F2)
_THE_DOCUMENT = regex(r"[此本该](?:件|文件|文|稿)")
_NOTE_ALONE = regex(r"(?:不予|不对外|不)公开(?:发布)?|不对外发布")


def _shared_brackets(folded: str, at: int) -> tuple[int, int] | None:
    """Where the brackets around ``at`` open and close, on its line and near it, when they hold
    more than one clause and no brackets within (one clause is the note's own expression's)."""
    line_start = max(folded.rfind("\n", 0, at) + 1, at - _CLAUSE_REACH)
    opened = max(folded.rfind(c, line_start, at) for c in NOTE_BRACKETS)
    if opened == -1 or any(folded.find(c, opened + 1, at) != -1 for c in _CLAUSE_CLOSES):
        return None
    line_end = folded.find("\n", at, at + _CLAUSE_REACH)
    limit = at + _CLAUSE_REACH if line_end == -1 else line_end
    closes = [i for i in (folded.find(c, at, limit) for c in _CLAUSE_CLOSES) if i != -1]
    if not closes:
        return None
    closed = min(closes)
    inside = folded[opened + 1 : closed]
    if any(c in inside for c in NOTE_BRACKETS) or CLAUSE_BREAK.search(inside) is None:
        return None
    return opened, closed


def _public_document(folded: str, public: list[bool]) -> bool:
    """Whether the text has a note that says it is public (asked once a text: ``public``)."""
    if not public:
        public.append("公开" in folded and PUBLIC_NOTE.search(folded) is not None)
    return public[0]


def _not_glossing(
    english: Iterator[DisclosureNote], notes: list[DisclosureNote]
) -> Iterator[DisclosureNote]:
    """The English notes that are not a gloss inside a Chinese note found (``此件不公开 (Not for
    public release)`` is one note, its translation read past: one finding). Both come in the
    order of the text, so one walk over the two finds them (linear)."""
    at = 0
    for start, end, kind in english:
        while at < len(notes) and notes[at][1] < end:
            at += 1
        if at < len(notes) and notes[at][0] <= start:
            continue
        yield start, end, kind


def _next_line_end(folded: str, at: int) -> int:
    """Where the line after the one around ``at`` ends (past one blank line between them),
    looked for no further than ``_REACH`` from ``at``: the window's end either way."""
    limit = min(len(folded), at + _REACH)
    end = _line_end(folded, at, limit)
    if end == limit:
        return limit
    if folded.startswith("\n", end + 1):
        end += 1
    return _line_end(folded, end + 1, limit)


# A line break the source writes after a <br> is no line of its own: "（此件不<br>⏎gong<br>⏎开）"
# is one note (review 78's L6)
_BR_TAGS = ("<br>", "<br/>", "<br />")


def _line_end(folded: str, at: int, limit: int) -> int:
    """Where the line around ``at`` ends (a line break after a ``<br>`` going on), or ``limit``."""
    end = folded.find("\n", at, limit)
    while end != -1 and folded.endswith(_BR_TAGS, 0, end):
        end = folded.find("\n", end + 1, limit)
    return limit if end == -1 else end


# How far back the start of a tag that the window cut is looked for: WeChat editors (秀米, 135)
# write a paragraph's style inline, a few hundred characters (red team 112's M5).
_TAG_REACH = 2_000


def _cut_tag(folded: str, start: int, at: int, line_start: int) -> int | None:
    """The ``<`` of the tag that opens before the window ``folded[start:at]`` and ends in it, or
    ``None``: a note alone in a paragraph with a long inline style (``<p style="…60 characters…">
    此件不公开</p>``) starts its line at that ``<``, which the window does not hold.  One match is
    tried there, not the window stretched back to it — a text of one ``<`` and many ``>`` would
    have every window searched over the whole tag (review 100's S1: 25 s at 80,000 characters)."""
    if start <= line_start:
        return None
    close = folded.find(">", start, at)
    if close == -1 or folded.find("<", start, close) != -1:
        return None
    lowest = max(line_start, at - _TAG_REACH)
    closed = folded.rfind(">", lowest, start)  # (a tag closed before the window: none is cut)
    opening = folded.rfind("<", max(closed + 1, lowest), start)
    return None if opening == -1 else opening


def _window_notes(
    folded: str, start: int, end: int, searched: list[int]
) -> Iterator[re.Match[str]]:
    """The notes' matches in ``folded[start:end]``, none when no note can start there
    (:func:`_next_note_start`)."""
    if _next_note_start(folded, start, searched) >= end:
        return iter(())
    return _notes().finditer(folded, start, end)


def _line_start(folded: str, at: int) -> int:
    """Where the line around ``at`` starts (a line break after a ``<br>`` going on), looked for
    no further back than ``_REACH``."""
    lowest = max(at - _REACH, 0)
    start = folded.rfind("\n", 0, at)
    while start > lowest and folded.endswith(_BR_TAGS, 0, start):
        start = folded.rfind("\n", lowest, start)
    return start + 1


def _public_scope(folded: str, match: re.Match[str], public: list[bool]) -> bool:
    """Whether ``match`` is a distribution scope (``（此件发至乡镇）``) in a document that says
    it is public as well: in the same brackets (``（此件发至县级，主动公开）``, ``（此件发至各街镇，
    并在政府网站公开）``) or in a note of its own (``（此件公开发布）``).  The scope then says who
    receives the paper copy, not that the text is kept back (red team 22).  ``public`` holds
    whether the text has such a note, once asked."""
    core = match.group("b0") or match.group("l0") or match.group("t0") or match.group("s0") or ""
    if "发至" not in core:
        return False
    # a clause of the note that says 公开 and negates nothing (not "不在政府网站公开")
    clauses = re.split(r"[，,；;、]", match.group(0))
    if any("公开" in c and not any(n in c for n in _NEGATIONS) for c in clauses[1:]):
        return True
    if not public:  # (once a text: a search of the whole text for every note was quadratic)
        public.append("公开" in folded and PUBLIC_NOTE.search(folded) is not None)
    return public[0]


_NEGATIONS = ("不", "非", "未", "免", "暂缓", "内部")

# What ends a line that a sentence goes on from: a comma or a pause, or a word that governs
# the words after it (依法, 决定, 应当…) — "对涉及国家秘密的政府信息，依法⏎不予公开。" is the
# prose of 政府信息公开条例 wrapped by an editor or a PDF's layout, not a note; so is a line
# that ends in 的, a kind of information named before its verdict (涉及国家秘密的⏎不予公开).
_LINE_GOES_ON = LazyPattern(
    r"(?:[，,、；;的]|依法|依规|决定|应当|应予|应|予以|一律|均|可以|可|拟|将|暂)$"
)
_PAUSES = frozenset("，,、；;")
# A line that is a document's date (成文日期), a stray pause after it or not (red team 40)
_DATE_LAST = LazyPattern(
    r"^\s*(?:[0-9〇零一二三四五六七八九十]{2,4}年[0-9〇零一二三四五六七八九十]{1,3}月"
    r"[0-9〇零一二三四五六七八九十]{1,3}日|[0-9]{4}[.\-/][0-9]{1,2}[.\-/][0-9]{1,2})[，,、；;]?$"
)


@cache
def _example_label() -> re.Pattern[str]:
    """An example's cue with its colon (``示例：``), the cues of :mod:`.marking_examples`."""
    cues = "|".join(map(re.escape, data_words("marking_example_cues.txt")))
    # (and a guide's other labels of a foot it shows: 范例：, 样式：, 错误写法：, 正确写法：;
    # review 92's F5)
    return regex(rf"(?:{cues}|范例|样式|写法)[{LABEL_COLONS}]")


# a guide's heading that shows an example on its next lines: 示例如下：, 范例：, 写法：
_EXAMPLE_HEADING = LazyPattern(r"(?:示例|范例|样式|写法|举例)[^:：\n]{0,6}[:：][ \t]*\r?$")


def _shared_which(match: re.Match[str]) -> str | None:
    """The group of the words naming the document (此件) of a note sharing its line, of either
    kind (``_shared_line_note``), or ``None``: ``match`` is another form of the note."""
    if match.group("s0") is not None:
        return "w0"
    return "w1" if match.group("s1") is not None else None


def _shown_as_an_example(folded: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a note sharing its line after an example's cue and colon earlier on
    that line (``示例：某局办公室 2026年12月1日 此件不公开``): a guide shows the foot, as
    ``示例：此件不公开`` does, which is not read either (review 84's F4). The cue is looked for
    no further back than ``_LINE_REACH``: a line of many notes (a flattened page) is read in
    time linear in its length."""
    which = _shared_which(match)
    if which is None:
        return False
    at = match.start(which)
    line_start = _line_start(folded, at)
    start = max(line_start, at - _LINE_REACH)
    if _example_label().search(folded, start, at) is not None:
        return True
    # (or on the line after a guide's heading that ends so: "附注的写法示例如下：⏎2026年12月1日
    # 此件不公开 附件：…", "公开指南示例：⏎某局办公室 …"; review 95's F3)
    previous = _previous_line(folded, line_start)
    return previous is not None and _EXAMPLE_HEADING.search(previous) is not None


def _wrapped_prose(folded: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is a bare note on a line of its own (``不予公开。``) that continues
    the sentence of the line before: that line ends in a comma or a word that governs it
    (``依法⏎不予公开。``), or is a sentence's words without an end (no date, no agency's name).
    A note with 此件 or in brackets, or after a blank line, is a note still."""
    core = "l0" if match.group("l0") is not None else "l1"
    at = match.start(core)
    if at < 0 or any(is_han(c) for c in folded[match.start() : at]):
        return False  # (此件不予公开: a document's words; or not the line branch)
    if _GOES_ON_AFTER.match(folded, match.end()) is not None:
        return True  # (不予公开⏎的情形: the sentence goes on below it — red team 40)
    previous = _previous_line(folded, at)
    if previous is None:
        return False  # the first line, or a paragraph of its own
    previous = previous.rstrip(" \t\\\r")  # (and Markdown's hard break)
    if _DATE_LAST.match(previous) is not None:
        return False  # a document's date, a comma slipped after it (2024年3月1日，): its note
    if not previous or _LINE_GOES_ON.search(previous) is not None:
        return bool(previous)
    # a sentence's words cut before its end, which the line ends (行政机关⏎不予公开。): a pause
    # inside, a Han character last (not a date's 日, nor an agency's name, which has no pause)
    last = previous[-1]
    ended = "。" in folded[at : match.end()]
    return ended and is_han(last) and last not in "日年月" and any(c in _PAUSES for c in previous)


_BREAK = LazyPattern(rf"\n|{_BR}")
# what continues a sentence on the next line: a particle that joins the words to a noun
_GOES_ON_AFTER = LazyPattern(rf"(?:\n|{_BR})?[ \t]*[的之]")
_LINE_REACH = 200  # how far back the line before a note is read


def _previous_line(folded: str, at: int) -> str | None:
    """The line before the line ``at`` stands on, a line break or an HTML ``<br>`` ending
    each (``None``: the first line, or after a blank line — a paragraph of its own)."""
    low = max(0, at - _LINE_REACH)
    ends = [m.span() for m in _BREAK.finditer(folded, low, at)]
    if not ends or folded[ends[-1][1] : at].strip(" \t>#*_-（(【〔[") != "":
        return None  # (no break before the note's words on its line: the first line)
    this_start, _ = ends[-1]
    before = ends[-2][1] if len(ends) > 1 else low
    previous = folded[before:this_start]
    return previous if previous.strip(" \t") else None  # (a blank line: a paragraph)


_REACH = 60
#: The words every note holds.
ANCHOR_WORDS = ("公开", "上网", "网站", "发布", "公布", "对外", "发至", "发行")
# One expression per anchor: a literal is found at C speed (6 µs per 20,000 characters),
# where the alternation "公开|上网|网站" is tested character by character (60 µs).
_ANCHORS = tuple(regex(anchor) for anchor in ANCHOR_WORDS)


def _anchors(folded: str) -> list[int]:
    """Where an anchor starts, in order, as one search of the alternation finds them.

    The anchors are two characters each and start with different characters, so the
    alternation's matches are the literals' matches that do not overlap the one before.
    """
    if (
        "开" not in folded
        and "网" not in folded
        and "布" not in folded
        and "外" not in folded
        and "至" not in folded
        and "行" not in folded
    ):
        return []  # (one character each: 1 µs; most short texts)
    return kept_anchors(sorted(m.start() for anchor in _ANCHORS for m in anchor.finditer(folded)))


@cache
def _standin_anchor() -> re.Pattern[str]:
    """What may stand before a note's 公开, then 公开 as written or with a stand-in."""
    return regex(f"[{''.join(sorted(_BEFORE))}](?=({_PINYIN_SPACE}{_PUBLIC}))")


# A 公开 with a stand-in keeps one of its ideographs, the other in pinyin beside it (公kai,
# gong开): searched first for the ideograph, each expression a literal first (a few µs a post)
# (the syllable set off by one space, two or a <br>, as :data:`SET_OFF` has it: review 78's L6)
_SET_OFFS = ("", " ", "\t", *WIDE_JOINS)


def _after_syllable(before: str, then: str, *between: str) -> str:
    """``then``, after ``before`` glued or set off (:data:`_SET_OFFS`), with one of
    ``between`` (or nothing) between: one fixed-width look behind each, as ``re`` asks — after
    one look behind first that ``then`` follows no ideograph but ``between``'s (most of a
    post's 公开 follow one: a third of the cost)."""
    behind = [
        f"(?<={before}{re.escape(off)}{word}{then})" for off in _SET_OFFS for word in ("", *between)
    ]
    gate = "".join(f"|(?<={word}{then})" for word in between)
    return f"{then}(?:(?<![{CJK_UNIFIED}]{then}){gate})(?:{'|'.join(behind)})"


_GONG_THEN_LETTER = regex(f"公{SET_OFF}?k")
_LETTERS_THEN_KAI = regex(_after_syllable("ng", "开"))
# (and 公开 after 不 in pinyin, glued or spaced: "bu公开", "bu 公开", a literal first too)
# (and "bu予公开", "bu 予公开")
_NO_THEN_PUBLIC = regex(_after_syllable(_NO, "公开", "予"))


def _with_standins(folded: str, anchors: list[int]) -> list[int]:
    """``anchors`` and where a 公开 written with a stand-in starts after what may stand before
    a note's (``不公kai``, ``不gong开``): asked first whether the text holds 公 before a
    syllable or 开 after one (two searches for a literal), then one pass of one expression
    whose first character is one of a class of a few (0.1 ms a benchmark post, which most
    posts no longer pay)."""
    after_no = [match.start() for match in _NO_THEN_PUBLIC.finditer(folded)]
    if _GONG_THEN_LETTER.search(folded) is None and _LETTERS_THEN_KAI.search(folded) is None:
        return sorted(anchors + after_no) if after_no else anchors
    found = [
        match.end()
        for match in _standin_anchor().finditer(folded)
        if stands_in(match.group(1), "公开")
    ] + after_no
    return sorted(anchors + found) if found else anchors


def kept_anchors(found: list[int]) -> list[int]:
    """Of the ascending starts of every anchor, those one search of the alternation finds."""
    kept: list[int] = []
    for at in found:
        if not kept or at >= kept[-1] + 2:
            kept.append(at)
    return kept


_BEFORE = frozenset("予宜得可不外部上站网发否非")  # (否: 是否公开, a form's field; 可: 不可公开)
# and words of two or more characters before 公开 ("免于公开" but not "关于公开招聘")
_BEFORE_WORDS = ("免于", "暂缓", "不作", "不向社会", "不主动", "予主动", "予以")
# before 上网 ("【严禁上网】"; 不上网, 不得上网 pass through _BEFORE)
_FORBIDDING = frozenset({"严禁", "禁止", "请勿", "切勿"})
_YES_NO_FIELD = "是否主动"  # 是否主动公开: a form's field too (not 主动公开 in prose)
# 主动公开 as a field's name ("主动公开：否"), not the 主动公开 of prose
_FIELD_ANCHORS = frozenset("主动公开" + after for after in ":|")
#: The anchors for a pass of their own (:mod:`.anchors`): ``公开`` and ``发布`` only after
#: what the loop above asks for, so that most of them in prose (``政务公开``, ``新闻发布``)
#: never reach Python.
#: Leaving out the others changes nothing: no anchor overlaps a ``公开`` (which
#: :func:`kept_anchors` would drop), and the loop passes over them before anything else.
ANCHOR_EXPRESSIONS = (
    f"公开(?<=[{''.join(sorted(_BEFORE))}]公开)",
    "公开(?<=依申请公开)",
    *(f"公开(?<={word}公开)" for word in _BEFORE_WORDS),
    f"公开(?<={_YES_NO_FIELD}公开)",
    "上网",
    "网站",
    f"发布(?<=[{''.join(sorted(_BEFORE))}]发布)",
    f"公布(?<=[{''.join(sorted(_BEFORE))}]公布)",
    "公开(?<=主动公开)(?=[:|])",
    f"公开(?=(?:{'|'.join(_FIELD_WORDS)}))",
    "对外(?<=不对外)",
    "发至",
    "发行(?<=内部发行)",
)
#: The same, spelled out as literals (for a multi-literal pass): ``(literal, offset)``, the
#: anchor at ``offset`` in the literal.
ANCHOR_LITERALS = (
    *((before + word, 1) for word in ("公开", "发布", "公布") for before in sorted(_BEFORE)),
    ("依申请公开", 3),
    *((word + "公开", len(word)) for word in _BEFORE_WORDS),
    (_YES_NO_FIELD + "公开", len(_YES_NO_FIELD)),
    ("上网", 0),
    ("网站", 0),
    *((field, 2) for field in sorted(_FIELD_ANCHORS)),
    *(("公开" + word, 0) for word in _FIELD_WORDS),
    ("不对外", 1),
    ("发至", 0),
    ("内部发行", 2),
)


def _note_span(folded: str, match: re.Match[str]) -> DisclosureNote:
    kind: Literal["not_public", "on_request"] = (
        "not_public"
        if any(match.group(g) is not None for g in ("b0", "f0", "l0", "y0", "t0", "s0"))
        else "on_request"
    )
    # (a note sharing its line starts at its 此件, not at the date or the name before it)
    which = _shared_which(match)
    span = match.span() if which is None else (match.start(which), match.end())
    start, end = without_tags(folded, *span)
    while start < end and folded[start] in " \t>#*-|":
        start += 1
    while end > start and folded[end - 1] in " \t":
        end -= 1
    return start, end, kind
