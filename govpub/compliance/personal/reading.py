"""Reading one written number: which runs of its groups are personal data.

:func:`_readings` takes, from each group on, the longest run of groups that reads as an ID
number, a card or a mobile number (:mod:`.kinds`), unless the words or the table around say
it is none (:mod:`.amounts`, :mod:`.accounts`) or the writing says the run is part of
something longer (:mod:`.windows`, :mod:`.codes`).  Linear in the number of groups: a
reading has at most 19 digits.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.cards import is_card_number
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.folding.attributes import ATTRIBUTE, BREAKS_KEPT_BY, KEEPS_BREAKS_STYLE
from govpub.compliance.folding.verbatim import in_code
from govpub.compliance.grouping import Group, WrittenNumber
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.orgcodes import valid_uscc
from govpub.compliance.personal.accounts import _organisation_account, _overseas_shape
from govpub.compliance.personal.amounts import _not_personal
from govpub.compliance.personal.codes import _ends_ok, _written_code, machine_numbered
from govpub.compliance.personal.hits import _Reading
from govpub.compliance.personal.kinds import (
    _MOBILE_SHAPES,
    _UNEVEN_SHAPES,
    _checked_id,
    _construction_permit,
    _holder_before,
    _in_uscc,
    _mobile_prefix,
    _name_ends_at,
    _surname_cell_before,
    _two_character_name_ends_at,
    _validated,
)
from govpub.compliance.personal.labels import _code_letters, _over_lines_labelled, label_at
from govpub.compliance.personal.names import person_name
from govpub.compliance.personal.windows import _Breaks, _Chunks, _SpacedOut
from govpub.compliance.table_cells import cell_border
from govpub.compliance.undermasked import in_arithmetic


def _read(
    folded: str,
    number: WrittenNumber,
    first: int,
    last: int,
    *,
    piece: bool = False,
    wrapped: bool = False,
    digits: str | None = None,
    lengths: tuple[int, ...] | None = None,
) -> _Reading | None:
    """What groups ``first``..``last - 1`` of ``number`` are, if personal data; ``piece``
    says they are a piece of a longer run of equal chunks (:class:`_Chunks`), which only a
    checked 18-digit ID number or a card number may be; ``wrapped``, that they are a mobile's
    or a card's digits over line wraps that the page does not show (:func:`_wrapped`).
    ``digits`` and ``lengths``, when given, are the groups' digits joined and their lengths,
    cut by the caller from the whole number's (:func:`_all_readings` asks of a window at each
    group: joining them again each time was most of a long run's cost, review 70's S1)."""
    groups = number.groups[first:last]

    def labelled() -> bool:
        return _over_lines_labelled(folded, number.start)

    if digits is None or lengths is None:
        digits = "".join(g.digits for g in groups)
        lengths = tuple(len(g.digits) for g in groups)
    start, end = groups[0].start, groups[-1].end
    found = _validated(folded, digits, lengths, start)
    # (a wrap inside a group is the page's, not the writer's: 183191⏎67517 read as one group)
    unwrapped = _unwrapped_lengths(folded, number) if wrapped else None
    if found is None and unwrapped is not None:
        found = _validated(folded, digits, unwrapped, start)
    if found is None and (len(digits) not in (11, 13, 15) or digits[-1] == "x"):
        return None  # (most windows of a long run of digit groups: nothing more to build)
    over_lines = any(number.broken_before(i) for i in range(first + 1, last))
    positions = [i for g in groups for i in range(g.start, g.end)]
    if found is not None:
        kind, certain = found
        if len(digits) in (18, 20) and kind == "id_number":  # checked: no context overrides it
            # (but a 施工许可证编号, after the permit's name: red team 15)
            permit = _construction_permit(folded, digits, start)
            return None if permit else _Reading(kind, start, end, tuple(positions[6:14]))
        if (
            _not_personal(folded, start, end, kind)
            or _serial_tail(folded, number, first, last)
            or (over_lines and not wrapped and not labelled())
            # (a piece may be a card, never a probable one: 1100 6289 3329 7620 6699 8, an
            # account in fours, holds a 62… run of 16 that fails Luhn — red team 37)
            or (piece and (kind != "bank_card" or not certain))
            or (kind == "bank_card" and _in_uscc(folded, number, first, last))
            or (
                kind == "bank_card"
                and _overseas_shape(digits, piece)
                and _organisation_account(folded, number.start)
            )
        ):
            return None
        hidden = positions[6:-4] if kind == "id_number" else positions[:-4]
        return _Reading(kind, start, end, tuple(hidden), certain)
    plus = number.plus and first == 0

    def uneven() -> bool:
        return _lone_pair(folded, number, first, last, wrapped=wrapped)

    prefix = _mobile_prefix(digits, lengths, plus, labelled, uneven)
    if prefix is None and unwrapped is not None:
        prefix = _mobile_prefix(digits, unwrapped, plus, labelled)
    if (
        prefix is None
        or (prefix and _after_area_code(number, first))
        or _not_personal(folded, start, end, "mobile")
        or _serial_tail(folded, number, first, last)
        or (over_lines and not wrapped and not labelled())
        or piece
    ):
        return None
    hidden = positions[prefix + 3 : prefix + 7]
    return _Reading("mobile", number.start if plus else start, end, tuple(hidden))


# What says two figures follow (a total, a year, a date, an item's number, a quantity's
# name, an estimate or a level reached, a mean): ``合计 1391 2345678``, ``2024年 1391 2345678``,
# ``第1391 2345678``, ``户籍人数 1391 2345678``, ``总产值：1391 2345678``, ``全市共有1391
# 2345678户``, ``约 1391 2345678``, ``达1391 2345678``, ``人均 1391 2345678``, ``人口 1391
# 2345678`` (review 64's F1; not the 约 of 预约, 签约, 合约: 预约1391 2345678 is the number to
# book by).
_FIGURES_BEFORE = LazyPattern(
    r"(?:[合总小共累]计|共有|人均|人口|[年月日期第数量额值达均]|(?<![预签合契违])约)[\s:：]*$"
)
_LONE_SPACES = frozenset({" ", "\u3000", "\u00a0"})
_FIGURES_REACH = 8
# A count's unit after the two figures, a measure's in letters too (``1391 2345678 kg``)
_UNIT_AFTER = LazyPattern(r"[ \u3000]*(?:kg|km|mg|kwh|kw|mw|ml|m2|m3|t|g|l|m)(?![a-z])")
# What may stand right before a number that stands alone: the text's or a line's start, a
# clause's end, an opening bracket or quote, a heading's closing one or hashtag
# (【寻人启事】1391 2345678, #寻人启事# …: review 65's L3), a list's bullet or item number and
# a space, a tag's end (a minus sign glued to it is no bullet: -1391 2345678); or a word that
# asks the reader to call, or names a way to reach someone (:data:`_CONTACT_WORDS`)
_ALONE_AFTER = LazyPattern(
    r"(?:(?:^|\n|[。！？；!?;（(【\[「『“\"‘'《】」』”]|[^\s#]#|>)[ \t\u3000\u00a0]*"
    r"|(?:^|\n)[ \t]*(?:[-*+>]|\d{1,2}[.、)])[ \t\u3000\u00a0]+)$"
)
# (咨询请拨1517⏎3615962, 请致电 1391 2345678, 微信同号1391 2345678, 客服：…, 请与王老师联系，…,
# 详询：…, 联系我👉…, 有事找我：…, 联系方式见下 …: the words a phone's label is made of, and the
# ways to reach someone, a colon or comma after)
_CONTACT_WORDS = LazyPattern(
    r"(?:拨打?|请打|致电|来电|电联|联系我?|联络|咨询|详询|呼叫|热线|电话|手机|号码|方式|座机|短信"
    r"|微信|同号|qq|vx|wx|客服|预约|报名|值班|求助|举报|投诉|联系我们|找我|见下|contact|call)"
    r"[）)]?[\s:：，,、/]{0,3}$"
)
# Who answers a number, as a label before a colon: a person's role (负责人：, 接待人：, 工作人员：,
# 主任：, data/representative_labels.txt) or a notice's heading (寻人启事：) — review 65's L3;
# not an office's or a figure's word (统计局：1391 2345678 stays figures: review 64's F1)
_ANSWERED_BY = LazyPattern.built(
    lambda: (
        "(?:[人员]|启事|"
        + "|".join(data_words("representative_labels.txt"))
        + r")[:：][ \t\u3000\u00a0]*$"
    )
)
# (a Weibo repost's hop, its nickname and a colon: //@平安北京:1391 2345678 — review 65's L3)
_REPOST_HOP = LazyPattern(r"//@[^\s:：/@]{1,30}[:：][ \t\u3000\u00a0]*$")
_REPOST_REACH = 40
# (a clause before a comma, from its start — the text's or a line's, a clause's end or the comma
# before, or the reach's start for a long one — and the comma: 如有疑问，1391 2345678,
# 热心市民拾到钱包，…, 于2024年3月5日，…, 如您对本次公示的…有任何疑问，…: review 67's L4)
_CLAUSE_BEFORE_COMMA = LazyPattern(r"(?P<clause>[^\n。！？；!?;，,]{1,40})[，,][ \t\u3000\u00a0]*$")
_CLAUSE_REACH = 40
# (a verb or an asking word that makes a clause an event or a request, data/clause_verbs.txt;
# a finding or losing verb, data/lost_found_verbs.txt, anywhere in the sentence)
_CLAUSE_VERB = LazyPattern.built(
    lambda: "|".join(data_words("clause_verbs.txt") + data_words("lost_found_verbs.txt"))
)
_LOST_FOUND_VERB = LazyPattern.built(lambda: "|".join(data_words("lost_found_verbs.txt")))
# (the sentence a clause before a comma ends, back to a sentence's end or a line's start within
# the reach: 本人不慎遗失黑色钱包一个，内有现金若干，1391 2345678 — review 67's L8)
_SENTENCE_BEFORE = LazyPattern(r"[^\n。！？；!?;]{1,60}$")
_SENTENCE_REACH = 60
# (what names what figures count, ending a clause or filling a cell: a total, a count, a sum, a
# value — 合计, 人口, 户数, 数量, 总量, 金额, 产值 —, or a word that says figures follow — 共有,
# 人均, 第, 达, 均, 约; not a time's word alone, which names when, not what is counted:
# 如需办理请在工作日，…, | 王小明 | 节假日 | …, 汛期, 青年 — review 67's L3, L5; not a duty's
# 值: 轮值, 当值)
_QUANTITY_NAMED = LazyPattern(
    r"(?:[合总小共累]计|共有|人口|[^\s\d][数量额]|[^\s\d轮当]值|[第达均]|(?<![预签合契违])约)"
    r"[\s:：]*$"
)
# (a day's date; with what around it, :func:`_event_day` tells an event's day from a period's)
_DAY = LazyPattern(r"(?<![\d年])(?:\d{2,4}年)?\d{1,2}月\d{1,2}[日号]")
# (a period's bound before or after a day: 截至 3月5日, 截止到3月5日, 1月1日至3月5日, 自3月5日起,
# 3月5日以来, 3月5日至今 — review 67's F2)
_PERIOD_BEFORE = LazyPattern(r"(?:截至|截止|[至到自从~～—–-])[ \t\u3000\u00a0]*$")
_PERIOD_AFTER = LazyPattern(
    r"[ \t\u3000\u00a0]*(?:以来|至今|[起止]|[至到~～—–-][ \t\u3000\u00a0]*(?:\d|今))"
)
_PERIOD_REACH = 8
# (a person's name that starts a clause, then a few short fields: a sex, a place, an age —
# 王小明，男，35岁，1391 2345678; or a sex glued to it, as the fold joins 王小明 男 1391 2345678:
# review 65's L4)
_NAME_AND_FIELDS = LazyPattern(
    rf"(?:^|[\n。！？；!?;])[ \t\u3000]*(?P<name>[{CJK_UNIFIED}]{{2,4}})"
    rf"(?:(?:[，,、 \t\u3000]+(?:[{CJK_UNIFIED}]{{1,6}}|\d{{1,3}}岁)){{1,3}}|[男女])"
    rf"[，,、 \t\u3000]+$"
)
_FIELDS_REACH = 40
_SPACE = r"[ \t\u3000\u00a0]"
_CELL_OPEN = rf"(?:\||<t[dh][^<>]{{0,80}}>){_SPACE}*$"
# (the cell before the number's, and its content; or none: the number's cell starts its row)
_CELL_BEFORE_NUMBER = LazyPattern(
    rf"(?:(?P<first>(?:^|\n){_SPACE}*\||(?:^|[^>\s]|<tr[^<>]{{0,80}}>)\s*<t[dh][^<>]{{0,80}}>)"
    rf"|(?:\||<t[dh][^<>]{{0,80}}>){_SPACE}*(?P<cell>[^|<>\n]{{0,30}}?)"
    rf"{_SPACE}*(?:\||</t[dh]>\s*<t[dh][^<>]{{0,80}}>)){_SPACE}*$"
)
# (a number in the next cell: a row of figures, | 1391 2345678 | 1402 2456789 |)
_NUMBER_CELL_AFTER = LazyPattern(rf"{_SPACE}*(?:\||</t[dh]>\s*<t[dh][^<>]{{0,80}}>){_SPACE}*\d")
_CELL_REACH = 200


def _lone_pair(
    folded: str, number: WrittenNumber, first: int, last: int, *, wrapped: bool = False
) -> bool:
    """Whether groups ``first``..``last - 1`` are a whole written number of two groups joined
    by one space (or, when ``wrapped``, the line wrap of :func:`_wrapped`), read as a
    mobile cut unevenly, 4-7 or 5-6 (red team 97): right after a person's name
    (``王老师1391 2345678``, ``刘永年1391 2345678``, whose 年 is no year's: review 64's L3), or
    standing alone (:func:`_stands_alone`: ``（1391 2345678）``, ``如有疑问。1391 2345678``);
    a phone's label before it is read by :func:`~.kinds._mobile_prefix`.  Figures otherwise:
    before a count's unit (``1391 2345678件``, ``1391 2345678 kg``), after a word that starts
    figures (:data:`_FIGURES_BEFORE`), a year (``1998 2345678``), or after any other word, a
    place's, an office's, a column's (``城东街道 1391 2345678``, ``统计局：1391 2345678``,
    ``男 1391 2345678``, ``| 城东 | 1391 2345678 |``, ``-1391 2345678``: review 64's F1)."""
    if (first, last) != (0, 2) or len(number.groups) != 2:
        return False
    joint = number.separators[0]
    if not (joint in _LONE_SPACES or (wrapped and _soft_wrap(joint))):
        return False
    start, end = number.start, number.end
    if _COUNT_AFTER.match(folded, end) is not None or _UNIT_AFTER.match(folded, end) is not None:
        return False  # (a count's unit after them: 1391 2345678件, 常住人口 1391 2345678 人)
    figures = _FIGURES_BEFORE.search(folded, max(0, start - _FIGURES_REACH), start)
    if _person_before(folded, start) and (
        figures is None
        or _name_ends_at(folded, figures.start() + 1)
        or _two_character_name_ends_at(folded, figures.start() + 1)
    ):
        return True  # (王老师1991 2345678: no year right after a person's name)
    if figures is not None or number.groups[0].digits.startswith("19"):
        return False
    return _stands_alone(folded, start, end)


def _person_before(folded: str, start: int) -> bool:
    """Whether a person's name stands right before ``start`` (:func:`~.kinds._holder_before`),
    or before an enumeration comma there (``张三、1391 2345678``: the person's number, listed
    after the name)."""
    if _holder_before(folded, start) == "person":
        return True
    listed = _LISTED.search(folded, max(0, start - _FIGURES_REACH), start)
    return listed is not None and _holder_before(folded, listed.start()) == "person"


_LISTED = LazyPattern(r"[ \u3000]*、[ \u3000]*$")


def _stands_alone(folded: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end`` stands alone, no word before it on its line
    that its figures could be of: after a line's start, a clause's end, a bracket, a list's
    bullet (``- 1391 2345678``) or a tag's end (:data:`_ALONE_AFTER`), or a word that names a
    way to reach someone (:data:`_CONTACT_WORDS`: ``微信同号1391 2345678``), who answers it
    (:data:`_ANSWERED_BY`: ``负责人：…``), a repost's hop (``//@平安北京:…``), a clause of an
    event or a request and a comma (:func:`_clause_before_comma`: ``如有疑问，…``), or after a
    person's name and a few fields
    (``王小明，男，35岁，…``); in a table's cell (:func:`_alone_in_row`), when no row label or
    figures stand beside it."""
    reach = max(0, start - _FIGURES_REACH)
    if _CELL_OPEN_BEFORE.search(folded, max(0, start - _TAG_REACH), start) is not None:
        return _alone_in_row(folded, start, end)
    return (
        _ALONE_AFTER.search(folded, reach, start) is not None
        or _CONTACT_WORDS.search(folded, reach, start) is not None
        or _ANSWERED_BY.search(folded, reach, start) is not None
        or _REPOST_HOP.search(folded, max(0, start - _REPOST_REACH), start) is not None
        or _clause_before_comma(folded, start)
        or _named_in_clause(folded, start)
    )


def _clause_before_comma(folded: str, start: int) -> bool:
    """Whether the number at ``start`` follows a comma that ends a clause of an event or a
    request, after which it stands alone to a reader as after a full stop: a clause that
    names no quantity (:data:`_QUANTITY_NAMED`: ``拾到钱包数量，``, ``3月5日全市户籍人口，``
    stay figures' — review 67's F1) and holds a verb or an asking word
    (``data/clause_verbs.txt``: ``如有疑问，``, ``有线索请提供，``, ``如需办理请在工作日，`` —
    a time's word that ends a request names when to call: review 67's L3), or an event's day
    (:func:`_event_day`: ``于2024年3月5日，``, not ``截至 3月5日，``), or ends a sentence that
    holds a finding or losing verb (``data/lost_found_verbs.txt``: ``本人不慎遗失黑色钱包一个，
    内有现金若干，`` — review 67's L8) — review 65's L7.  A comma after a clause of nouns alone
    stays figures' (``人口，``, ``全市，人口，``, ``城东，男，``, ``其中，``): the words name what
    the figures count (fix98a).  A clause longer than the reach is read from the reach's start
    (review 67's L4)."""
    found = _CLAUSE_BEFORE_COMMA.search(folded, max(0, start - _CLAUSE_REACH), start)
    if found is None:
        return False
    clause = found.group("clause")
    if _QUANTITY_NAMED.search(clause) is not None:
        return False
    if _CLAUSE_VERB.search(clause) is not None or _event_day(clause):
        return True
    if _SCHEDULE_FIELD.search(clause) is not None:
        return True  # (报名时间：3月5日至3月10日，…: a schedule, not a period counted over)
    sentence = _SENTENCE_BEFORE.search(folded, max(0, found.start() - _SENTENCE_REACH), start)
    return sentence is not None and _LOST_FOUND_VERB.search(sentence.group()) is not None


# A field that gives a schedule: the dates after it, a range too, say when to act, and the number
# after its comma stands alone (review 68's L1).  Any time's label before a colon (报名时间：,
# 受理期限：, 公示期：); and a label that names what is done when — to enrol, to apply, to
# publicize, to open — however the field is written, with 为, 是 or nothing before its dates
# (公示时间为2024年3月5日至3月10日，, 办理时间 3月5日至…，, 开放时间为每周一至周五，: fix101b).
# A period alone (截至3月5日，, 2024年1月1日至3月5日，) or a label of no act (统计时间为…，) is
# still the period figures are counted over (mend100b).
_SCHEDULE_FIELD = LazyPattern(
    r"(?:时间|日期|期限|时段|公示期|受理期|办理期)[ \t]*[：:]"
    r"|(?:报名|办理|受理|公示|申报|申请|报送|活动|开放|办公|接待|咨询|营业|服务|工作|报到|缴费"
    r"|领取|预约|征集|考试)(?:时间|日期|期限|时段|期)"
)


def _event_day(clause: str) -> bool:
    """Whether ``clause`` names a day something happened on (``于2024年3月5日``), not a bound of
    the period figures are counted over (``截至 3月5日``, ``截止到3月5日``, ``1月1日至3月5日``,
    ``自3月5日起``, ``3月5日以来``: :data:`_PERIOD_BEFORE`, :data:`_PERIOD_AFTER` — review 67's
    F2)."""
    return any(
        _PERIOD_BEFORE.search(clause, max(0, day.start() - _PERIOD_REACH), day.start()) is None
        and _PERIOD_AFTER.match(clause, day.end()) is None
        for day in _DAY.finditer(clause)
    )


def _named_in_clause(folded: str, start: int) -> bool:
    """Whether a person's name starts the clause the number at ``start`` ends, a few short
    fields between (``王小明，男，35岁，1391 2345678``: the person's number, review 65's L4)."""
    fields = _NAME_AND_FIELDS.search(folded, max(0, start - _FIELDS_REACH), start)
    return fields is not None and person_name(folded, fields.start("name"), fields.end("name"))


def _alone_in_row(folded: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end``, which starts a table cell, is a mobile by its
    row: the row's first cell with no figures in the next (``| 1391 2345678 | 备注 |``,
    ``<tr><td>1308⏎7610800</td>``), or after a cell that holds a surname alone (``| 王** |
    1391 2345678 |``, a name masked whole: the fold drops the stars), or a few cells after
    one that holds a person's name, none with figures between (``| 王小明 | 男 | 1391 2345678
    |``: review 65's L4), or that holds a name and a sex glued, as the fold joins a
    one-character cell to its neighbours (``| 王明男汉族 | 1391 2345678 |``: red team 99) —
    not after a row's label (``| 城东 | 1391 2345678 |``, ``| 男 | …``: review 64's F1), nor
    in a row of figures."""
    before = _CELL_BEFORE_NUMBER.search(folded, max(0, start - _CELL_REACH), start)
    if before is None:
        return False
    if before.group("first") is not None:
        return _NUMBER_CELL_AFTER.match(folded, end) is None
    if _surname_cell_before(folded, start):
        return True
    reach = max(0, start - _CELL_REACH)
    for cells in (_NAME_CELLS_BEFORE, _NAME_AND_SEX_CELL_BEFORE):
        named = cells.search(folded, reach, start)
        if (
            named is not None
            and person_name(folded, named.start("name"), named.end("name"))
            and not _names_a_quantity(named.group("fields"))
        ):
            return True
    return False


def _names_a_quantity(cells: str) -> bool:
    """Whether one of the table ``cells`` between a name's and the number's names what figures
    count (:data:`_QUANTITY_NAMED`: ``合计``, ``人口``, ``户数``): the row is figures, and its
    first cell a label that starts with a surname by chance (``| 黄金 | 合计 | 1391 2345678
    |``, ``| 高新 | 人口 | …``: review 66's F2), no person's name.  A cell that names a time
    (``节假日``, ``星期日``, ``汛期``, ``青年``) is a duty roster's shift, no quantity (review 67's
    L5)."""
    return any(
        _QUANTITY_NAMED.search(cell.strip()) is not None for cell in _BORDER_SPLIT.split(cells)
    )


_BORDER = r"(?:\||</t[dh]>\s*<t[dh][^<>]{0,80}>)"
_BORDER_SPLIT = LazyPattern(_BORDER)
# (a cell that holds a name, then one to three short cells with no figures, to the number's)
_NAME_CELLS_BEFORE = LazyPattern(
    rf"(?:\||<t[dh][^<>]{{0,80}}>)[ \t]*(?P<name>[{CJK_UNIFIED}]{{2,4}})[ \t]*"
    rf"(?P<fields>(?:{_BORDER}[ \t]*[^|<>\n\d \t]{{1,8}}[ \t]*){{1,3}}){_BORDER}[ \t]*$"
)

# (a cell that holds a name glued to a sex and a nation's name maybe, then up to three short
# cells, to the number's: the fold joins one-character cells to their neighbours, so
# ``| 王明 | 男 | 汉族 | 1391 2345678 |`` is ``| 王明男汉族 | …`` — red team 99)
_NAME_AND_SEX_CELL_BEFORE = LazyPattern(
    rf"(?:\||<t[dh][^<>]{{0,80}}>)[ \t]*(?P<name>[{CJK_UNIFIED}]{{2,4}}?)[男女]"
    rf"(?:[{CJK_UNIFIED}]{{1,3}}族)?[ \t]*"
    rf"(?P<fields>(?:{_BORDER}[ \t]*[^|<>\n\d \t]{{1,8}}[ \t]*){{0,3}}){_BORDER}[ \t]*$"
)
_CELL_OPEN_BEFORE = LazyPattern(_CELL_OPEN)
_TAG_REACH = 80
_FLOW_REACH = 400
_WRAPS = frozenset({"\n", "\r\n", "-\n", "-\r\n"})


def _soft_wrap(separator: str) -> bool:
    """Whether ``separator`` is a soft line wrap, which the page that laid the text out put
    there and not its writer: a line break alone, or after a hyphen that ends the line (Word
    and a PDF's layout wrap after one: ``19426-⏎963993``), or a page break — the page's number
    on a line of its own, blank lines around it (``⏎⏎— 2 —⏎⏎``, ``⏎第 2 页 共 5 页⏎``,
    ``⏎-3-⏎``, a form feed the fold made a line break: red team 99).  :mod:`~govpub.
    compliance.grouping` lets a digit into a separator only in such a page's line."""
    return separator in _WRAPS or ("\n" in separator and _PAGE_NUMBER.search(separator) is not None)


_PAGE_NUMBER = LazyPattern(r"[0-9]")


def _wrapped(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number`` is a mobile (:func:`_wrapped_mobile`) or a card
    (:func:`_wrapped_card`) written whole over soft line wraps that the page does not show, and
    so is read as if on one line."""
    groups, separators = number.groups, number.separators
    wraps = [separators[i - 1] for i in range(1, len(groups)) if number.broken_before(i)]
    if not wraps or not all(_soft_wrap(wrap) for wrap in wraps):
        return False  # (a blank line, a <br>, a cell's border: two lines on every page)
    size = sum(len(g.digits) for g in groups)
    if size == 11:
        return _wrapped_mobile(folded, number, len(wraps))
    return _MOST_DIGITS >= size >= _CARD_WRAPPED_FEWEST and _wrapped_card(folded, number)


def _wrapped_mobile(folded: str, number: WrittenNumber, wraps: int) -> bool:
    """Whether ``number``, eleven digits over ``wraps`` soft line wraps, is a mobile wrapped
    where the page shows it on one line.  With one wrap (``1308⏎7610800``, ``139 1234⏎5678``):
    inside an HTML element whose line breaks are spaces (:func:`_in_html_flow`:
    ``<p>…1517⏎3615962…</p>``, ``<div>``, ``<td>``, ``<li>``), or right after a person's name
    (``周杰，1308⏎7610800``, ``王老师139 1234⏎5678``) — a name and then a number read as the
    person's number, however the text was wrapped — or a word that says whose number or whose
    money follows (:func:`_owner_word_before`: ``咨询请拨1517⏎3615962``, ``失主139⏎12345678``).
    With two, only a mobile's own 3-4-4 (``失主王先生139⏎1234⏎5678``, ``<p>139⏎1234⏎5678</p>``)
    where one wrap is read — a Markdown paragraph joins the lines with spaces (red team 98).
    Not a blank line or a ``<br>`` (two lines on every page), nor a column of figures, one a
    line, with none of those before it: ``139⏎1234⏎5678`` alone, ``合计⏎1391⏎2345678``,
    ``城东⏎139⏎1234⏎5678`` (red team 97; docs/compliance.md's limit)."""
    groups = number.groups
    if wraps == 2:
        if tuple(len(g.digits) for g in groups) != (3, 4, 4):
            return False
    elif wraps != 1 or len(groups) > 3:
        return False
    start = number.start
    return (
        _in_html_flow(folded, start, number.end)
        or _holder_before(folded, start) == "person"
        or _owner_word_before(folded, start)
    )


_CARD_WRAPPED_FEWEST = 16


def _wrapped_card(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number`` is a card's number in fours over soft line wraps
    (``转账至6222⏎0212⏎3456⏎7894``): 16 to 19 digits, every group four but the last, a real
    network's prefix and length and its Luhn digit (:func:`~govpub.compliance.cards.
    is_card_number`), after a person's name or a word that says where money goes
    (:func:`_owner_word_before`) — a Markdown paragraph joins the lines with spaces (red team
    98).  Four-digit figures one a line without such a word are a column (years, amounts)."""
    groups = number.groups
    if not _in_fours(tuple(len(g.digits) for g in groups)):
        unwrapped = _unwrapped_lengths(folded, number)
        if unwrapped is None or not _in_fours(unwrapped):
            return False
    digits = "".join(g.digits for g in groups)
    if not (digits.isdigit() and is_card_number(digits)):
        return False
    start = number.start
    return _holder_before(folded, start) == "person" or _owner_word_before(folded, start)


def _in_fours(lengths: tuple[int, ...]) -> bool:
    """Whether a card's groups are its digits in fours, the last no longer, or one group."""
    return all(n == 4 for n in lengths[:-1]) and (len(lengths) == 1 or lengths[-1] <= 4)


def _unwrapped_lengths(folded: str, number: WrittenNumber) -> tuple[int, ...] | None:
    """The lengths of the groups of ``number``, one soft wrap (:func:`_soft_wrap`) inside it,
    with the two groups it parts read as one, when the wrap cuts where no writer groups a
    mobile (``失主王先生183191⏎67517``, ``收款人张三，622226⏎8417511476``: 6-5 is no mobile's
    grouping, a PDF wrapped the line there — red team 99) and what stands before says a
    person's number follows: a person's name or an owner's word (:func:`_owner_word_before`);
    ``None`` else: at a grouping's edge (``139⏎12345678``, ``1391⏎2345678``: read as written,
    :func:`_lone_pair`), more wraps than one, a number that starts its line (a column of
    figures under a name, ``张三⏎183191⏎67517``), a head that is a date (``19850315⏎123``,
    ``198503⏎12345``), a tail that starts the next row of a tab paste (:func:`_next_row`) or
    that a count's unit follows (``…⏎67517件``), or no person's word before (an HTML
    paragraph's wrap, ``<p>183191⏎67517</p>``, shows no mobile's grouping)."""
    groups = number.groups
    lengths = tuple(len(g.digits) for g in groups)
    if lengths in _MOBILE_SHAPES or lengths in _UNEVEN_SHAPES:
        return None
    wraps = [i for i in range(1, len(groups)) if number.broken_before(i)]
    if len(wraps) != 1:
        return None
    at = wraps[0]
    line = folded.rfind("\n", 0, number.start) + 1
    end = number.end
    if (
        not folded[line : number.start].strip(" \t\u3000'")
        or _DATE_HEAD.fullmatch(groups[at - 1].digits) is not None
        or _next_row(folded, line, groups[at])
        or _COUNT_AFTER.match(folded, end) is not None
        or _UNIT_AFTER.match(folded, end) is not None
    ):
        return None
    start = number.start
    if _holder_before(folded, start) != "person" and not _owner_word_before(folded, start):
        return None
    return (*lengths[: at - 1], lengths[at - 1] + lengths[at], *lengths[at + 1 :])


def _next_row(folded: str, line: int, tail: Group) -> bool:
    """Whether ``tail``, the group after a wrap, is the next row's number in a tab paste: a
    tab after it, and the line before (from ``line``) opens with a number of as many digits
    and a tab (``10001⇥张三⇥183191⏎10002⇥李四``)."""
    if not folded.startswith("\t", tail.end):
        return False
    head = _ROW_NUMBER.match(folded, line)
    return head is not None and len(head.group(1)) == len(tail.digits)


# (a year and a month, and a day maybe: 198503, 19850315)
_DATE_HEAD = LazyPattern(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?")
_ROW_NUMBER = LazyPattern(r"[ \u3000]*([0-9]+)\t")


# A word that says whose number follows or where money goes: a phone's and a contact's
# (:data:`_CONTACT_WORDS`), a payment's (转账至, 汇款到, 打款给, 存入), an owner's (失主, 机主)
_OWNER_WORDS = LazyPattern(
    r"(?:(?:转账|汇款|打款|转款|付款|缴款|还款)(?:至|到|给|入)?|(?:汇|转|打|存)(?:至|到|给|入)"
    r"|失主|机主|卡主)[\s:：，,]{0,3}$"
)


def _owner_word_before(folded: str, start: int) -> bool:
    """Whether a word right before ``start`` says whose number or whose money follows
    (:data:`_OWNER_WORDS`, :data:`_CONTACT_WORDS`: ``转账至6222⏎…``, ``失主139⏎…``,
    ``咨询请拨1517⏎…``)."""
    reach = max(0, start - _FIGURES_REACH)
    return (
        _OWNER_WORDS.search(folded, reach, start) is not None
        or _CONTACT_WORDS.search(folded, reach, start) is not None
    )


# A tag the fold keeps (the block elements, the cells, the links: :mod:`~govpub.compliance.
# folding.attributes`), opening or closing
_TAG = LazyPattern(r"<(/?)([a-z][a-z0-9]*)(?=[\s/>])[^<>]*>")
# (the elements that show their source's line breaks; and any whose style keeps them,
# white-space:pre, pre-wrap, pre-line, break-spaces, which the fold leaves standing:
# KEEPS_BREAKS_STYLE)
_KEEPS_BREAKS = frozenset({"pre", "textarea", "listing", "xmp", "plaintext"})
_VOID = frozenset({"br", "img", "hr", "input", "wbr", "col", "area", "embed", "source", "meta"})
_CLOSING_TAG = LazyPattern(r"</([a-z][a-z0-9]*)")


def _in_html_flow(folded: str, start: int, end: int) -> bool:
    """Whether ``start``..``end`` stand inside an HTML element whose source line breaks the page
    shows as spaces — any element (``<p>``, ``<div>``, ``<td>``, ``<li>``: review 64's L4),
    opened within reach before and closed within reach after, and none between that keeps its
    line breaks, by its name (``<p><pre>1308⏎7610800</pre></p>``: review 64's F3) or its style
    (``<p style="white-space:pre-wrap">``, inherited by what it holds: fix98t), the innermost
    element that sets a ``white-space`` deciding (``<p style="white-space:pre"><span
    style="white-space:normal">`` shows one line: review 66's L4) — and not inside a tag's
    attribute.  Text after the last element closes
    (``<p>说明</p>1517⏎3615962``) is plain text, read line by line.  Linear: both reaches
    are bounded."""
    reach = max(0, start - _FLOW_REACH)
    if folded.rfind("<", reach, start) > folded.rfind(">", reach, start):
        return False  # (in a tag: <p title="1308⏎7610800">)
    opened: list[str] = []
    keeps: list[
        bool | None
    ] = []  # (whether each opened element keeps its line breaks; None: inherits)
    for tag in _TAG.finditer(folded, reach, start):
        closing, name = tag.group(1), tag.group(2)
        if name in _VOID or tag.group(0).endswith("/>"):
            continue
        if not closing:
            opened.append(name)
            styled = _styled_to_keep_breaks(tag.group(0))
            keeps.append((name in _KEEPS_BREAKS or None) if styled is None else styled)
        elif name in opened:
            at = len(opened) - 1 - opened[::-1].index(name)
            del opened[at:], keeps[at:]
    if not opened or _innermost(keeps) or _in_fenced_code(folded, reach, start):
        return False
    closed = _CLOSING_TAG.search(folded, end, end + _FLOW_REACH)
    return closed is not None and closed.group(1) in opened


def _in_fenced_code(folded: str, reach: int, at: int) -> bool:
    """Whether ``at`` stands in Markdown code read from ``reach`` on — a fence opened after a
    blank line inside an HTML element (``<div>⏎⏎```⏎1308⏎7610800⏎```⏎⏎</div>``: the blank line
    ends the HTML block, and the fence is a ``<pre>``, its line breaks kept: review 65's F1).
    Asked only where a fence's mark stands between."""
    between = folded[reach:at]
    if "```" not in between and "~~~" not in between:
        return False
    return bool(in_code(folded[reach : at + 1], [at - reach]))


def _innermost(keeps: list[bool | None]) -> bool:
    """Whether the innermost of the opened elements that set their line breaks' showing keeps
    them (none sets it: not kept) — CSS's ``white-space`` inherits, a descendant's own wins."""
    return next((kept for kept in reversed(keeps) if kept is not None), False)


def _styled_to_keep_breaks(tag: str) -> bool | None:
    """Whether a start tag's style, blanked by the fold but for the ``white-space`` that
    takes effect (:data:`~govpub.compliance.folding.attributes.KEEPS_BREAKS_STYLE`), keeps the
    source's line breaks (``pre``…) or not (``normal``, ``nowrap``); None when it sets none:
    the declaration standing alone among the blanks, not the words of a value the fold left
    (``<p title="white-space:pre">`` shows its title and wraps its text)."""
    if "white-space:" not in tag:
        return None
    values = iter([value.span() for value in ATTRIBUTE.finditer(tag)])
    value = next(values, None)
    for kept in KEEPS_BREAKS_STYLE.finditer(tag):
        while value is not None and value[1] <= kept.start():
            value = next(values, None)  # (the values before it: one pass, linear)
        if value is None or kept.start() < value[0]:
            return kept.group(1) in BREAKS_KEPT_BY
    return None


def _after_area_code(number: WrittenNumber, first: int) -> bool:
    """Whether group ``first`` follows an area code (``010-``, ``0791 ``): a landline's local
    number, whose ``86`` is no country code (``010-86135512-8001⏎2.``, an extension and the next
    line's item number after it, is no mobile 86 135512 8001 2: fix 100, red team 81)."""
    if first == 0:
        return False
    code = number.groups[first - 1].digits
    return (
        3 <= len(code) <= 4  # (an area code's 0 and two or three digits)
        and code[0] == "0"
        and code[1] != "0"
        and number.separators[first - 1] in _SERIAL_JOINS
    )


_SERIAL_JOINS = frozenset({" ", "-"})
_SERIAL_GROUPS_MOST = 8  # a serial's groups (2021 6217 0001 2345 6788: five; 32 digits in fours)


def _serial_tail(folded: str, number: WrittenNumber, first: int, last: int) -> bool:
    """Whether groups ``first``..``last - 1`` are the later groups of a serial number its label
    names, written in equal groups (the last no longer) joined by one space or one hyphen
    throughout (``订单号：2021 6217 0001 2345 6788``, a range
    ``准考证号4426340004289-4426340004301``): the label names the whole run, read as if
    unspaced, and no card or mobile is cut out of its tail (fix 100, red team 81).  A code's
    letters glued to the first group count in its size: a waybill ``SF17 1340 8992 224``, a
    医保 consumable's ``C010 4814 7805 8686 5375`` are written in fours (fix 128, red team 87).
    Not after a list's mark or a line break, nor groups of other sizes: an order number and
    then a card (``订单号：2021、6217…``) are two."""
    if first == 0 or last > _SERIAL_GROUPS_MOST:
        return False  # (and a run of many groups is figures, not one serial: constant time)
    joins = set(number.separators[: last - 1])
    if len(joins) != 1 or not joins <= _SERIAL_JOINS:
        return False
    # (equal groups, the last no longer: 学号 2021001 138 1234 5678 is a student's number and
    # then a phone's)
    head = number.groups[0]
    size = len(head.digits) + head.start - _code_letters(folded, head.start)
    groups = number.groups[1:last]
    if any(len(g.digits) != size for g in groups[:-1]) or len(groups[-1].digits) > size:
        return False
    return label_at(folded, number.start) == "serial"


def _readings(folded: str, number: WrittenNumber) -> Iterator[_Reading]:
    """The personal data in one written number: the longest reading from each group on."""
    if (
        _unreadable(number)
        or _written_code(folded, number)
        or machine_numbered(folded, number)
        or _version(folded, number)
    ):
        return iter(())
    wrapped = _wrapped(folded, number)
    if not wrapped and _figures_apart(folded, number):
        return _ids_across(folded, number)
    return _all_readings(folded, number, wrapped=wrapped)


# A version's word right before a number (v, ver, version, rev, build, 版本, 版本号)
_VERSION_BEFORE = LazyPattern(
    rf"(?:(?<![a-z{CJK_UNIFIED}])(?:v|ver|version|rev|build|release)[ ._:-]?"
    r"|版本号?[ :：]?(?:v[ ._:-]?)?)$"
)
_VERSION_REACH = 10


def _version(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number`` is a version string: groups joined by dots alone, right after a
    version's word (``ver-139.1234.5678``, ``v139.1234.5678``: review 64) — no mobile with
    dots; without the word it is one (``139.1234.5678``, ``手机：139.1234.5678``), and a V
    glued to a Chinese word is WeChat's, no version's (``加V：138.1234.5678``, ``微信v:…``:
    review 65's L5).  ``ver.139.1234.5678`` is a version's: ``ver`` is no WeChat word (its
    are ``v``, ``vx``, ``wx`` glued to 加 or 微信), and groups joined by dots after it name a
    build, not a phone (fix99b)."""
    return (
        len(number.groups) >= 2
        and all(joint == "." for joint in number.separators)
        and _VERSION_BEFORE.search(folded, max(0, number.start - _VERSION_REACH), number.start)
        is not None
    )


def _unreadable(number: WrittenNumber) -> bool:
    """Whether no reading is possible, at a glance (most numbers in prose: ``0316-6898304``).

    Below 13 digits only a mobile number can be read (IDs have 15 or 18, cards 13 to
    19), and its 11 digits start a group with ``1``.
    """
    groups = number.groups
    return sum(len(g.digits) for g in groups) < 13 and not any(g.digits[0] == "1" for g in groups)


def _figures_apart(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number`` is figures one a cell or a line (``| 2021 | 1234 | 5678 | …``)
    with no label before it: none has 11 digits of its own, and over a break only a
    checked 18-digit ID number is read (see :func:`_read`) — :func:`_ids_across` finds
    those at once, where :func:`_all_readings` would try every run of the figures."""
    groups = number.groups
    if len(groups) < 3 or any(len(g.digits) >= 11 for g in groups):
        return False
    if not all(number.broken_before(index) for index in range(1, len(groups))):
        return False
    return not _over_lines_labelled(folded, number.start)


def _ids_across(folded: str, number: WrittenNumber) -> Iterator[_Reading]:
    """The checked 18-digit ID numbers over the breaks of ``number`` (figures apart)."""
    groups = number.groups
    left_ok, right_ok = _ends_ok(folded, number)
    low = total = 0
    for high, group in enumerate(groups, 1):
        total += len(group.digits)
        while total > 18:
            total -= len(groups[low].digits)
            low += 1
        if (
            total == 18
            and (low > 0 or left_ok)
            and (high < len(groups) or right_ok)
            and _checked_id(groups[low:high])
        ):
            reading = _read(folded, number, low, high)
            if reading is not None:
                yield reading
                low, total = high, 0


_MOST_DIGITS = 19  # a card number's longest


def _star_in_mobile(number: WrittenNumber, first: int, last: int, size: int) -> bool:
    """Whether groups ``first``..``last - 1`` are a mobile's eleven digits with one star
    between them (``1381234*5678``): a star inserted, no mask (a mask leaves fewer digits)
    and no decimal point; without a label as with one (review of red teams 51–54)."""
    if size != 11 or last - first != 2 or number.separators[first] not in _STARS:
        return False
    digits = number.groups[first].digits + number.groups[first + 1].digits
    return digits[0] == "1" and digits[1] in "3456789"


_STARS = frozenset({"*", "\uff0a"})


def _weak_in_grouping(number: WrittenNumber, first: int, last: int, size: int) -> bool:
    """Whether groups ``first``..``last - 1`` are two groups joined by one middle dot, slash
    or tilde (``· ‧ ・ / ／ ~ ～ 〜``) in a grouping the kind lists: a mobile's 3-8 or 7-4
    (``138・12345678``, ``1381234‧5678``) or a card's 6 + the rest passing its check
    (``622202·1001123456789``) — read without a label, as the same grouping with a space or a
    hyphen is (red team 85, fix 118).  Never a dot: ``1381234.5678`` may be a decimal."""
    if last - first != 2 or number.separators[first] not in _WEAK_MARKS:
        return False
    head, tail = number.groups[first].digits, number.groups[first + 1].digits
    digits = head + tail
    if not digits.isdigit():
        return False
    if size == 11:
        mobile = digits[0] == "1" and digits[1] in "3456789"
        return mobile and (len(head), len(tail)) in ((3, 8), (7, 4))
    return len(head) == 6 and 13 <= size <= 19 and is_card_number(digits) and not valid_uscc(digits)


# (one of them between a mobile's or a card's groups: a dot stays out, a decimal point)
_WEAK_MARKS = frozenset("\u00b7\u2027\u30fb/\uff0f~\uff5e\u301c")
# A count's measure word after a number, a range's or a ratio's word before it or after it:
# 参会人数1381234～5678名, 办结1381234／5678件, 比例为1381234/5678, 区间 1381234/5678 之间,
# 受理量／办结量：1381234／5678（件）, the unit in brackets (red team 86) —
# two figures joined by a slash or a tilde, not a mobile (review 44 of fix 118)
_COUNT_UNITS = "名|件|份|个|人|次|户|家|项|条|字节|字|篇|张|页|册|元|万|亿|天|年|吨"
# (a unit alone in brackets, or not the first character of a word: 名额, 人事科, 个人, 年底,
# 天天, 件事 are words of a contact's line, not a count's unit — review 45)
_COUNT_AFTER = LazyPattern(
    rf"[ \u3000]*(?:[（(](?:{_COUNT_UNITS})[）)]"
    rf"|(?:{_COUNT_UNITS})(?![额单字称义事员底初度天节人]))"
)
_RANGE_BEFORE = LazyPattern(
    rf"(?:比例|比值|比率|区间|范围|之比|介于)[为是{LABEL_COLONS}]?[ \u3000]*$"
)
_RANGE_AFTER = LazyPattern(r"[ \u3000]*(?:之间|不等|区间|以内)")


def _a_count_or_range(folded: str, number: WrittenNumber, first: int, last: int) -> bool:
    """Whether groups ``first``..``last - 1``, two figures joined by one weak mark, are a count
    or a range by the words around them (:data:`_COUNT_AFTER`, :data:`_RANGE_BEFORE`)."""
    start, end = number.groups[first].start, number.groups[last - 1].end
    return (
        _COUNT_AFTER.match(folded, end) is not None
        or _RANGE_AFTER.match(folded, end) is not None
        or _RANGE_BEFORE.search(folded, max(0, start - 6), start) is not None
    )


def _in_sum(folded: str, number: WrittenNumber, first: int, last: int) -> bool:
    """Whether groups ``first``..``last - 1`` stand in a sum or in code, where a star is a
    multiplication sign (``面积=1381234*5678平方厘米``; review of fix51)."""
    return in_arithmetic(folded, number.groups[first].start, number.groups[last - 1].end)


_IPV4_GROUPS = 4
_IPV4_OCTET = 255


def _addresses(number: WrittenNumber) -> list[int] | None:
    """The groups of ``number`` in a dotted IPv4 address, as counts before each index (``None``
    when there is none): four groups of one to three digits, each up to 255, joined by single
    dots and no more dotted groups beside them (``192.168.175.27``, ``183.136.210.51:443``,
    with ``IP`` before it or not) — an address, whose 3-3-3-2 digits from 13x–19x are no mobile
    number (fix 100, red team 81).  A window of groups that overlaps one is not read."""
    groups, separators = number.groups, number.separators
    count = len(groups)
    marked = [False] * count
    found = False
    low = 0
    for high in range(1, count + 1):  # a chain of groups joined by single dots: low..high - 1
        if high < count and separators[high - 1] == ".":
            continue
        if high - low == _IPV4_GROUPS and all(_octet(g.digits) for g in groups[low:high]):
            found = True
            marked[low:high] = [True] * _IPV4_GROUPS
        low = high
    if not found:
        return None
    counts = [0]
    for one in marked:
        counts.append(counts[-1] + one)
    return counts


def _octet(digits: str) -> bool:
    return len(digits) <= 3 and digits.isdigit() and int(digits) <= _IPV4_OCTET


# A mask before a number's first group: masked digits (one space between at most) after a digit
# — 310104********6217, 138****4512, 6217 **** **** 4512, 310104××××××××4512 (three x's at
# least: 5xx, 1 x x and an ID number's X then a stray x are no mask, review 89's L3) — or four
# mask characters or more (**************4512; not Markdown's ** of bold, before a card in
# fours).  ``\Z``, not ``$``: a mask ending the line above is no mask before this line's number
# (``138 1234 ****⏎138 1234 5678``, review 89's L2)
_MASK_BEFORE = LazyPattern(
    r"(?:[0-9][ \u3000]?(?:[*\u25cf\u2022\u25cb][ \u3000]?){2,20}"
    r"|[0-9][ \u3000]?(?:x[ \u3000]?){3,20}"
    r"|[*\u25cf\u2022\u25cb]{4,20}[ \u3000]?)\Z"
)
_MASK_REACH = 48
_TAIL_MOST = 4  # (a visible tail's digits: an ID number's, a mobile's, a card's last four)
# (the lengths a masked number with its tail makes: a mobile, a card, an ID number)
_MASKED_LENGTHS = frozenset({11, 16, 17, 18, 19})


def _after_mask(folded: str, start: int) -> bool:
    """Whether a number starting at ``start`` follows a mask (:data:`_MASK_BEFORE`), glued to
    it or one space after it: it may be the mask's visible tail (:func:`_tail_of_mask`)."""
    return start > 0 and _MASK_BEFORE.search(folded, max(0, start - _MASK_REACH), start) is not None


def _tail_of_mask(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number``'s first group is the visible tail of a masked number (an ID number's
    last four, a mobile's, a card's).  The tail ends that number: in a pasted table it is glued
    by a tab or a space to the next cell's figures (``310104********6217⇥202503104174``), which
    with it make no card (red team 110's A).  A group glued to the mask is its tail; one a
    space after it only when it has a tail's length and ends there — a cell's end after it
    (``6217 **** **** 4512⇥…``) — or, four digits, completes the masked number's length
    (``6217 **** **** 4512 6228 …``): a value masked to its end has no tail, and the next
    cell's grouped number is no tail of it (``3101041985****** 138 1234 5678``, review 89's
    L1)."""
    start = number.start
    if not _after_mask(folded, start):
        return False
    if folded[start - 1] not in " \u3000":
        return True  # (glued: 138****4512)
    size = len(number.groups[0].digits)
    if size > _TAIL_MOST:
        return False
    if len(number.groups) == 1 or _cell_end(number.separators[0]):
        return True
    return size == _TAIL_MOST and _masked_length(folded, start - 1) + size in _MASKED_LENGTHS


def _masked_length(folded: str, end: int) -> int:
    """The digits and mask characters of the masked number ending at ``end`` (single spaces
    between them skipped), read back at most :data:`_MASK_REACH` characters."""
    count, at, low = 0, end - 1, max(0, end - _MASK_REACH)
    while at >= low:
        char = folded[at]
        if char.isdigit() or char in "*x\u25cf\u2022\u25cb":
            count += 1
        elif char not in " \u3000" or folded[at + 1] in " \u3000":
            break
        at -= 1
    return count


def _cell_end(separator: str) -> bool:
    """Whether ``separator`` ends a cell's number: a tab, two spaces, a line break or a table's
    cell border (``|``, ``</td><td>``) — not one space, a hyphen or a slash, which join a
    grouping's groups (``6228 4865 1010 5913-123`` is one number: review 89's F1)."""
    return "\t" in separator or "  " in separator or "\n" in separator or cell_border(separator)


def _grouping_ends(number: WrittenNumber, first: int, last: int) -> bool:
    """Whether groups ``first``..``last - 1`` end where their grouping ends: the separator after
    them is none of those between them (``6228 4865 1010 5913⇥2``, ``…5913 | 2 |``,
    ``…5913  800``) — a cell's number and the next cell's figures, not a card in fours one
    group of which is cut off (``6217 0089 6679 0870 230`` stays one number of 19) — and is
    white space or a cell's border, not a hyphen or a slash that joins a sub-account's digits
    (``6228 4865 1010 5913-123``: review 89's F1)."""
    if last >= len(number.groups):
        return True
    separator = number.separators[last - 1]
    return separator not in number.separators[first : last - 1] and (
        separator.isspace() or _cell_end(separator)
    )


def _window_ends(first: int, top: int, spaced: _SpacedOut | None) -> tuple[range, bool]:
    """The ends of the windows from group ``first`` to read, the longest first, and whether
    they cut a stretch spaced out one digit a group (:meth:`_SpacedOut.cut_from`): then only
    the window of 18 digits, the one reading such a window may hold (a checked ID number, or a
    card), is tried — the others were each asked and passed over (review 70's S1)."""
    if spaced is not None and spaced.cut_from(first, top):
        return (range(first + 18, first + 17, -1) if first + 18 <= top else range(0)), True
    return range(top, first, -1), False


def _all_readings(
    folded: str, number: WrittenNumber, *, wrapped: bool = False
) -> Iterator[_Reading]:
    """The readings of ``number``, the longest from each group on; ``wrapped``, that the whole
    number is one over line wraps the page does not show (:func:`_wrapped`)."""
    groups = number.groups
    count = len(groups)
    # (a piece needs two groups and one more beside them: most numbers have fewer)
    chunks = _Chunks(number) if count > 2 else None
    left_ok, right_ok = _ends_ok(folded, number)
    breaks = _Breaks(folded, number)
    spaced = _SpacedOut(number) if count >= 12 else None  # (see _SpacedOut)
    # (not after a phone's or a card's label: 手机：183.136.210.51 is a mobile with dots, review 39)
    addresses = _addresses(number) if count >= _IPV4_GROUPS and not breaks.labelled() else None
    # (the digits of the whole number and the digits before each group, counted once: a
    # window's size is a difference, its digits and lengths a slice — review 70's S1)
    joined = "".join(g.digits for g in groups)
    lengths = tuple(len(g.digits) for g in groups)
    before = list(accumulate(lengths, initial=0))
    # (a masked number's visible tail, 310104********6217: its own, not the next cell's head)
    tail_of_mask = _tail_of_mask(folded, number)

    def windows_read(first: int) -> Iterator[tuple[_Reading, int]]:
        """The readings of the windows from group ``first``, the longest first, and their ends."""
        # a reading has at most 19 digits and each group at least one: a long column of
        # figures (thousands of groups in one written number) costs linear time, not quadratic
        top = min(count, first + _MOST_DIGITS)
        lasts, cut = _window_ends(first, top, spaced)
        for last in lasts:
            size = before[last] - before[first]
            if size < 11:
                break
            digits = joined[before[first] : before[last]]
            if cut and not _validated(folded, digits, lengths[first:last], groups[first].start):
                # (18 digits spaced out that are no ID number or card: _read finds nothing in
                # them, so the window's other questions, dearer, are not asked — a run of 40,000
                # digits spaced out asks this at each digit)
                continue
            # (20 digits: only a 残疾人证 number, an ID number and two digits more, written
            # whole, as the two or in fours — the whole number, 3101 0419 8511 2275 8242: red
            # team 40 — no window of a long account in fours is read so)
            if (
                size > 20
                or (size == 20 and last - first > 2 and (first, last) != (0, count))
                or (first == 0 and not left_ok)
                or (last == count and not right_ok)
            ):
                continue
            whole = wrapped and (first, last) == (0, count)
            if size != 18 and not whole and breaks.unread(first, last):
                continue
            if size != 18 and (
                (spaced is not None and spaced.part(first, last))
                # (a window over an IPv4 address: 192.168.175.27 is no mobile)
                or (addresses is not None and addresses[last] != addresses[first])
                # (a tab, or a mask's tail before its gap, ends a cell's number: fix110f)
                or (tail_of_mask and first == 0 and last > 1)
                or breaks.over_tab(first, last)
            ):
                continue
            piece = chunks is not None and chunks.piece(first, last)
            if piece and size < 13:
                continue  # (a mobile number, which is not read out of a longer run of chunks)
            if number.joined_before(first) or (last < count and number.joined_before(last)):
                continue
            # (a checked 18-digit ID number is read whatever joins its groups, a lone dot or
            # slash too — 110105.19491231002X: a region, a date and a check character that
            # all hold are no decimal or date by chance)
            # (after a label one weak separator is enough: 手机：138.12345678 is no decimal)
            if (
                not (
                    number.consistent(first, last, once=breaks.labelled)
                    or (
                        (
                            _star_in_mobile(number, first, last, size)
                            or (
                                _weak_in_grouping(number, first, last, size)
                                and not _a_count_or_range(folded, number, first, last)
                            )
                        )
                        and (breaks.labelled() or not _in_sum(folded, number, first, last))
                    )
                )
                or breaks.lines_apart(first, last)
            ) and not (size == 18 and _checked_id(groups[first:last])):
                continue
            reading = _read(
                folded,
                number,
                first,
                last,
                piece=piece,
                wrapped=whole,
                digits=digits,
                lengths=lengths[first:last],
            )
            if reading is not None:
                yield reading, last

    first = 0
    while first < count:
        chosen = _preferred(windows_read(first), number, first)
        if chosen is None:
            first += 1
            continue
        yield chosen[0]
        first = chosen[1]


def _preferred(
    found: Iterator[tuple[_Reading, int]], number: WrittenNumber, first: int
) -> tuple[_Reading, int] | None:
    """The longest reading from group ``first`` on (and its end), of those ``found`` gives the
    longest first — but for a probable card (a 62… run failing Luhn) when the next reading is a
    card that checks and ends where its grouping ends (:func:`_grouping_ends`): the next cell's
    figures were glued on (``6228 4865 1010 5913⇥2``, ``…0296 | 2 |``: red team 110's D).  The
    windows are read lazily: the next is read only after a probable card."""
    longest = next(found, None)
    if longest is None or longest[0].kind != "bank_card" or longest[0].certain:
        return longest
    shorter = next(found, None)
    if (
        shorter is not None
        and shorter[0].kind == "bank_card"
        and shorter[0].certain
        and _grouping_ends(number, first, shorter[1])
    ):
        return shorter
    return longest
