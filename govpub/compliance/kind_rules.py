"""A rule stated about 内部资料 as a kind of publication, not a note on the post.

《内部资料性出版物管理规定》 (新闻出版总署令第20号) makes 内部资料 a licensed kind: its articles,
a 12345 reply and a 政务新媒体 rule say where such materials may not appear, what their
publisher or printer must do and who handles them (``内部资料不得在政务新媒体发布。``,
``内部资料须在封面显著位置标注准印证号。``, ``印刷企业不得承印无准印证的内部资料。``).  A note
on the post says the same words of the reader's acts (``内部资料不得擅自翻印``,
``内部资料严禁在网上传播``, ``内部资料须经审批方可翻印``, ``内部资料泄密必究``, review 83) —
so no word list right after the marker tells the two apart (fix110e).  What does is the
sentence: it ends with its stop, and it names one of

* a place no note names, with the publisher's or a platform's act (``在政务新媒体发布``,
  ``在社会上征订、发行``, ``在封面…标注``, ``在本系统内交流``): a note's place is the reader's
  (``在网上传播``, ``在阅后收回``) and its acts are the reader's (翻印, 转载, 传播);
* the act of the publisher after an approval (``须经审核后方可印制``; a note says 方可翻印);
* the publisher or printer, or its act, as a noun with a modal (``内部资料出版单位应当…``,
  ``内部资料印刷需到新闻出版部门办理准印证``; a colophon writes ``内部资料印刷：某某印刷厂``);
* a licensed title that a fact is said of (``内部资料《某某简报》已完成年度核验。``);
* a list of kinds the rule is about (``内部资料、内部文件严禁在政务新媒体发布。``);
* a statute's article number heading the line (``第十条　内部资料…``);
* a printer's act earlier in the clause (``承印无准印证的内部资料``, ``发布内部资料、内部文件``).

Never under a 注意事项 or a 密级's star (the notes printed on the material itself), in a head
— a masthead before the marker on its line, or a line the marker opens that is the field's
first with more below, stands above a 关于… title or next to a masthead's line
(``某某通讯⏎内部资料不得在社会上发行。``, ``内部资料不得在政务新媒体发布。⏎关于…的通知``) —, with a
note after the stop (``…发布。请勿转发``) or a comma right after the marker
(``某某厂印制的内部资料，注意保存``): a note.

The caller (:func:`.secrecy.said_as_a_noun`) has already asked that the marker be written
whole, with no copula (为, 属于, 乃), ★ or bracket before it and no gap after it.
"""

from __future__ import annotations

from govpub.compliance._text import NOTE_AFTER_STOP, neighbour_lines
from govpub.compliance.folding import is_cjk_unified
from govpub.compliance.regex_cache import regex

__all__ = ["stated_of_the_kind"]

# the modal of a rule, right after the marker (or after its list)
_MODAL = r"(?:均|一律|也)?(?:不得|不准|不能|不可|严禁|禁止|需|须|必须|应当|应|只能|只可|可以|可|要)"
# a place no note names: a platform the post is on, the public, a publication's own cover
_VENUE = r"(?:政务新媒体|政府网站|门户网站|互联网站|社会上|封面|封底|版权页|本系统内|系统内)"
# what the publisher or a platform does (a note forbids the reader's 翻印, 转载, 传播, 外传)
_PUBLISHERS_ACT = r"(?:发布|刊登|登载|刊发|征订|发行|标注|印制|印刷|出版|交流|销售)"
# the next kinds of a list the rule is about (内部资料、内部文件…)
_KIND = r"(?:内部(?:资料|文件|材料)|涉密(?:文件|资料|材料|信息)|工作秘密)"
_MORE_KINDS = rf"(?:[、和及与]{_KIND}){{0,3}}(?:等(?:信息|材料|资料)?)?"
# the clause up to its end, bounded (linear time): no stop, comma or line break in it
_CLAUSE = r"[^\n，,。；;！!？?]{0,24}"

# right after the marker (or its list): what only a rule about the kind says
_RULE_AFTER = regex(
    rf"{_MORE_KINDS}{_MODAL}在{_VENUE}{_CLAUSE}?{_PUBLISHERS_ACT}"
    rf"|{_MODAL}?经{_CLAUSE}?方可(?:印制|印刷|出版|发行|编印)"
    rf"|(?:出版|编印|印刷|承印)(?:单位|企业|机构)?{_MODAL}"
    r"|《[^》\n]{1,24}》(?:已经|已|通过)"
)
# right before the marker: a statute's article, or a publisher's or a platform's act earlier
# in its clause (承印无准印证的…, 发布内部资料、…)
_RULE_BEFORE = regex(
    r"第[〇零一二三四五六七八九十百\d]{1,5}条[ \t\u3000]*$"
    rf"|(?:承印|印制){_CLAUSE}的$"
    rf"|(?:发布|刊登|登载|转载|上传|转发|承印|印制)(?:{_KIND}、){{1,3}}$"
)
_BEFORE_REACH = 40
# what the marker after such words goes on with: its sentence's verb or stop, no comma (某某厂
# 印制的内部资料，注意保存 is a note)
_STOPS = "。；;！!？?"
# what above the marker makes its line the material's own note: a 注意事项 (注意事项：⏎1. 内部资料
# 须在…) or a 密级's star (绝密★启用前⏎内部资料…: a marked document's head)
_NOTES_HEADS = ("注意事项", "★")
_NOTES_REACH = 300
# the rest of the sentence up to its stop, on the marker's line (bounded: linear time), and
# no note right after the stop (内部资料不得在政务新媒体发布。请勿转发: a leak's line)
_TO_A_STOP = regex(rf"[^\n。；;！!？?]{{0,80}}[。；;！!？?](?!{NOTE_AFTER_STOP})")
# a masthead's line next to a line the marker opens: an issue, a bulletin's kind, a compiler
# (某某通讯⏎内部资料不得在社会上发行。, 内部资料…。⏎某某局办公室编): the line is its note
_MASTHEAD_LINE = regex(r"(?:第.{1,6}期|简报|快报|专报|通讯|动态|参考|刊物|编印?)$")
_LINE_REACH = 60
# below the marker's line: another line (the field's first line is then a head), or a
# document's 关于… title after at most one blank line
_LINE_BELOW = regex(r"\n\s*\S")
_TITLE_BELOW = regex(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)?关于")
_LINE_LEAD = " \t\u3000>*_#"


def stated_of_the_kind(folded: str, start: int, end: int) -> bool:
    """Whether the marker at ``[start, end)`` is what a rule about internal materials as a
    kind says something of (the module's reading): the sentence names a place, an act, a
    holder or an article no note names, and it ends with its stop on the marker's line."""
    after = _RULE_AFTER.match(folded, end)
    if after is None and not (
        _RULE_BEFORE.search(folded, max(0, start - _BEFORE_REACH), start) is not None
        and _goes_on(folded[end : end + 1])
    ):
        return False
    stop = _TO_A_STOP.match(folded, end if after is None else after.end())
    return (
        stop is not None
        and not any(
            folded.find(head, max(0, start - _NOTES_REACH), start) >= 0 for head in _NOTES_HEADS
        )
        and not _in_a_head(folded, start, stop.end())
    )


def _in_a_head(folded: str, start: int, stop: int) -> bool:
    """Whether the marker at ``start`` (``stop`` ends its sentence) stands in a document's or a
    publication's head: a masthead before it on its line, or a line it opens that is the
    field's first with more lines below, stands above a 关于… title or next to a masthead's
    line — the line is the head's own note."""
    low = max(0, start - _LINE_REACH)
    newline = folded.rfind("\n", low, start)
    first = low if newline < 0 else newline + 1  # (bounded: linear time on a long line)
    before = folded[first:start].strip(_LINE_LEAD)
    if before != "":  # (a masthead on one line: 某某通讯 2024年第3期 内部资料…。)
        return _MASTHEAD_LINE.search(before.rstrip("（）() \t\u3000")) is not None
    if newline < 0 and low > 0:
        return False  # (a long run of blanks before it: no head's line is read)
    last = folded.find("\n", stop, stop + _LINE_REACH)
    last = len(folded) if last < 0 and len(folded) - stop <= _LINE_REACH else last
    if last < 0:
        return False
    if (first == 0 and _LINE_BELOW.match(folded, last) is not None) or _TITLE_BELOW.match(
        folded, last
    ) is not None:
        return True  # (the field's first line with more below, a line above a 关于… title)
    return any(
        _MASTHEAD_LINE.search(line.strip()) is not None
        for line in neighbour_lines(folded, first, last, _LINE_REACH)
    )


def _goes_on(after: str) -> bool:
    """Whether ``after``, the character after the marker, goes on with its sentence (an
    ideograph of its verb) or ends it (a stop), not a comma or a colon."""
    return after != "" and (is_cjk_unified(after) or after in _STOPS)
