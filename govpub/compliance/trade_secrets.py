"""商业秘密 levels: a 中央企业's trade-secret marking (核心商密★5年), which no post carries.

国资委《中央企业商业秘密保护暂行规定》(国资发〔2010〕41号) sets two levels of a 中央企业's
商业秘密 "根据泄露会使企业的经济利益遭受损害的程度" — 核心商业秘密 and 普通商业秘密 — and
writes them "核心商密" and "普通商密" (第十三条); the 保密期限 is counted in 年, 月 or 日, or is
"长期" or "公布前" (第十四条); level and period are marked on the carrier (第十五条: 权属, 密级 and
保密期限), in practice as a 密级 is, with a star or a mark for it: ``核心商密★5年``,
``普通商密▲长期``, ``某集团 普通商密★2年``.  Many provincial 国资委 and state enterprises
follow the same rule.  A document so marked is a trade secret its holder keeps "不为公众所知悉"
(第二条), which 《政府信息公开条例》第十五条 keeps back as well: posting it discloses it, so the
mark **blocks** as a 密级 does (``secrecy.marking``).

A mark is the level with its star (``核心商密★``), with a mark for the star and a period
(``普通商密*3年``, ``核心商密·长期``), or with a period alone on a line of its own (``核心商密
5年``); ``商密`` without its grade only with a star and a period (``商密★3年``).  (A 密级 field,
``密级：普通商密``, is :mod:`.secrecy`'s whatever its value.)  The words in prose are no mark:
``加强商密管理``, ``核心商密保护``, ``密级标注统一为“核心商密”、“普通商密”`` (a lesson
quoting the rule), nor a level glossed in brackets (``核心商业秘密（核心商密）``).

UNCONFIRMED: the full text of 第十五条 (the mark's layout) was read only in part; the star
form is the practice seen in enterprises' own rules, not checked against the 规定's text.
"""

from __future__ import annotations

from collections.abc import Iterator

from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.lazy_pattern import LazyPattern

__all__ = ["find_trade_secret_marks"]

#: The two levels (第十三条), as the fold leaves them (spaced-out ideographs are joined).
TRADE_SECRET_LEVELS = ("核心商密", "普通商密")
_GRADED = rf"(?:{'|'.join(TRADE_SECRET_LEVELS)})"
# the star, and what a post writes for it beside a period (the fold makes ☆ ⭐ ★)
_STAR = "★▲△"
_STANDINS = r"[*·※◆●■◎]"
_NUMBER = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})"
# 第十四条: 年, 月 or 日, 长期 or 公布前 — not a grade, a bound or a decade going on (5年级,
# 3年内, 10年以上, 90年代)
_PERIOD = rf"(?:{_NUMBER}[ \t]?(?:年|个月|月|日|天)(?![级内以后前底度代])|长期|公布前)"
_GAP = r"[ \t]*"
_MARK = LazyPattern(
    # the level, its star, a period or none (a star alone: the period left out)
    rf"{_GRADED}{_GAP}[{_STAR}]{_GAP}(?:{_PERIOD}|(?![{CJK_UNIFIED}{_STAR}0-9]))"
    # a mark for the star, and a period
    rf"|{_GRADED}{_GAP}{_STANDINS}{_GAP}{_PERIOD}"
    # 商密 without its grade: a star and a period both
    rf"|(?<![{CJK_UNIFIED}])商密{_GAP}[{_STAR}]{_GAP}{_PERIOD}"
    # a line of its own: a holder's name or none, the level, a period (in brackets or not)
    rf"|(?m:^)[ \t>#*_]*(?:[{CJK_UNIFIED}]{{2,20}}[ \t]*)?{_GRADED}{_GAP}[（(]?{_PERIOD}[)）]?"
    rf"[ \t。*_]*(?m:$)"
)


def find_trade_secret_marks(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of 商业秘密 marks (``核心商密★5年``) in folded text; a text without ``商密`` is
    passed over at the cost of one search for a literal."""
    if "商密" not in folded:
        return
    for match in _MARK.finditer(folded):
        start, end = match.span()
        while start < end and folded[start] in " \t>#*_":
            start += 1
        while end > start and folded[end - 1] in " \t。*_":
            end -= 1
        yield start, end
