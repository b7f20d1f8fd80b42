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
5年``), the level or its star in brackets of their own as a 密级's are (``【核心商密】★5年``,
``【核心商密】*5年``, ``核心商密（★5年）``); ``商密`` without its grade only with a star and a
period (``商密★3年``, ``【商密】★3年``; review 92's L8).  (A 密级 field, ``密级：普通商密``,
is :mod:`.secrecy`'s whatever its value.)  The words in prose are no mark: ``加强商密管理``,
``核心商密保护``, ``密级标注统一为“核心商密”、“普通商密”`` (a lesson quoting the rule), nor a
level glossed in brackets (``核心商业秘密（核心商密）``).

UNCONFIRMED: the full text of 第十五条 (the mark's layout) was read only in part; the star
form is the practice seen in enterprises' own rules, not checked against the 规定's text.
"""

from __future__ import annotations

from collections.abc import Iterator

from govpub.compliance._text import neighbour_lines
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.table_cells import column_header, row_label

__all__ = ["find_trade_secret_cells", "find_trade_secret_marks"]

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
# A holder's name before the level on its line (第十五条's 权属): a name that ends as a company's
# does, or any words with a blank after them ("某集团 普通商密 2年") — not prose glued to the level,
# "其中核心商密10年" (其中机密10年 is no mark either; review 84's F7).
_HOLDER_ENDINGS = ("公司", "集团", "企业", "银行", "院", "所", "厂", "中心")
_HOLDER = (
    rf"(?:[{CJK_UNIFIED}]{{1,18}}(?:{'|'.join(_HOLDER_ENDINGS)})[ \t]*"
    rf"|[{CJK_UNIFIED}]{{2,20}}[ \t]+)"
)
# a line of its own: a holder's name or none, the level, a period (in brackets or not)
_OWN_LINE = rf"[ \t>#*_]*{_HOLDER}?(?P<level>{_GRADED}){_GAP}[（(]?{_PERIOD}[)）]?[ \t。*_]*"
# The level in brackets of its own before its star ("【核心商密】★5年"), or the star in brackets
# of its own after it ("核心商密（★5年）", "普通商密（★）"), as a 密级 is written ("【机密】★10年",
# "机密（★10年）"; review 84's L10). Without its star the level in brackets is a gloss
# ("核心商业秘密（核心商密）").
_OPEN = r"[【\[［〔（(]"
_CLOSE = r"[】\]］〕）)]"
_MARK = LazyPattern(
    # the level, its star, a period or none (a star alone: the period left out)
    rf"(?:{_OPEN}{_GAP}{_GRADED}{_GAP}{_CLOSE}|{_GRADED}){_GAP}[{_STAR}]{_GAP}"
    rf"(?:{_PERIOD}|(?![{CJK_UNIFIED}{_STAR}0-9]))"
    rf"|{_GRADED}{_GAP}{_OPEN}{_GAP}[{_STAR}]{_GAP}{_PERIOD}?{_GAP}{_CLOSE}"
    # a mark for the star, and a period (the level in brackets or not: 【核心商密】*5年)
    rf"|(?:{_OPEN}{_GAP}{_GRADED}{_GAP}{_CLOSE}|{_GRADED}){_GAP}{_STANDINS}{_GAP}{_PERIOD}"
    # 商密 without its grade: a star and a period both (in brackets or not: 【商密】★5年), not
    # after a Chinese character either way (商业秘密可标注为【商密】★5年等形式 is a lesson;
    # review 94's F1)
    rf"|(?<![{CJK_UNIFIED}])(?:{_OPEN}{_GAP}商密{_GAP}{_CLOSE}|商密){_GAP}[{_STAR}]{_GAP}{_PERIOD}"
    rf"|(?m:^){_OWN_LINE}(?m:$)"
)
_LEVEL_LINE = LazyPattern(_OWN_LINE)
_LINE_REACH = 200  # (a level's line is short: a holder, the level, a period)


def find_trade_secret_marks(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of 商业秘密 marks (``核心商密★5年``) in folded text; a text without ``商密`` is
    passed over at the cost of one search for a literal."""
    if "商密" not in folded:
        return
    for match in _MARK.finditer(folded):
        level = match.group("level")
        if level is not None and _listed(folded, match.start(), match.end(), level):
            continue
        start, end = match.span()
        while start < end and folded[start] in " \t>#*_":
            start += 1
        while end > start and folded[end - 1] in " \t。*_":
            end -= 1
        yield start, end


def _listed(folded: str, start: int, end: int, level: str) -> bool:
    """Whether the level alone on its line ``folded[start:end]`` stands in a lesson's list of the
    levels: the line before or after it gives the other level alone (``核心商密 10年⏎普通商密
    5年``). A carrier bears one level, never two lines of different ones — the rule
    :func:`.marking_prose._enumerated` keeps for the national 密级 (``机密 10年⏎秘密 5年``;
    review 84's F6). A star keeps a mark a mark, as it does a 密级's."""
    for line in neighbour_lines(folded, start, end, _LINE_REACH):
        other = _LEVEL_LINE.fullmatch(line)
        if other is not None and other.group("level") != level:
            return True
    return False


# a level standing alone in a table's cell: the cell's border or its end on each side
_CELL_LEVEL = LazyPattern(rf"(?<=[|>\t])[ \t*_]*({_GRADED})[ \t*_]*(?=[|<\t]|(?m:$))")
_LEVEL_HEADERS = frozenset({"密级", "密级标注", "商密密级"})


def find_trade_secret_cells(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of a bare level in a 密级 cell: a row labelled 密级 (``| 密级 | 核心商密 |``) or a
    column headed 密级 (``| 标题 | 密级 |`` over ``| 关于XX的报告 | 核心商密 |``), as a 密级 is
    read in a cell (``| 密级 | 机密 |`` blocks; review 84's L9)."""
    if "商密" not in folded or "密级" not in folded:
        return
    for match in _CELL_LEVEL.finditer(folded):
        start = match.start(1)
        if any(
            cell is not None and cell.strip(" \t*_:：") in _LEVEL_HEADERS
            for cell in (row_label(folded, start), column_header(folded, start))
        ):
            yield start, match.end(1)
