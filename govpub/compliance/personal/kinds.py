"""The checks that make a run of digits an ID number, a bank card or a mobile number.

:func:`_validated` answers for an ID number (GB 11643 and its check character, a 残疾人证's
twenty digits, a legacy 15-digit number of a holder who can be alive) or a card (a network's
prefix, length and Luhn: :mod:`~govpub.compliance.cards`), :func:`_mobile_prefix` for a
mobile number in a mobile's grouping; each weighs what a label says against the other
numbers of the same shape (统一社会信用代码, IMEIs, membership numbers, 施工许可证编号).
Apart from :mod:`.reading`, which decides which groups of a written number to ask about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from govpub.compliance._data import data_words
from govpub.compliance._text import HTML_CELL_GAP, LABEL_COLONS
from govpub.compliance.cards import card_network, is_card_number, luhn_ok
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.grouping import CELL_BORDER, LIST_MARKS, Group, WrittenNumber, uniform
from govpub.compliance.idnumbers import (
    PROVINCES,
    living_holder,
    valid_foreign_id18,
    valid_id15,
    valid_id18,
)
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.orgcodes import AUTHORITY_CATEGORIES, registered_uscc, valid_uscc
from govpub.compliance.personal.accounts import _ORGANISATION
from govpub.compliance.personal.amounts import amount_before
from govpub.compliance.personal.codes import _ALNUM, _USCC_LENGTH, _ends_ok
from govpub.compliance.personal.documents import _permanent
from govpub.compliance.personal.hits import Kind, _Reading
from govpub.compliance.personal.labels import _NAME_TO_NUMBER, Label, _named, label_at
from govpub.compliance.personal.names import NAME_MASK, SURNAMED, is_place


def is_id18(digits: str, label: Callable[[], Label | None]) -> bool:
    """Whether 18 ``digits`` (an ``x`` in lower case) are a resident's ID number: its GB 11643
    check character, and, when they pass the GB 32100 check too, no 统一社会信用代码 by
    what ``label`` says of them (asked only then) or by their parts.  Public: the text's
    readers and a link's (:mod:`.query`) judge one alike."""
    if not valid_id18(digits):
        return False
    if not valid_uscc(digits):
        return True
    # A valid GB 32100 check character too (one ID number in 31 has one by chance): a
    # 统一社会信用代码 when labelled so, or when every part of it is well formed.
    said = label()
    return said == "id" or (said != "org" and not registered_uscc(digits))


# A 残疾人证 number (第二代, 2008) is the holder's ID number and two digits more: the kind of
# disability (1 视力 … 7 多重) and its grade (1–4) — 31010419851122758242.  So is a 个体工商户's
# old 纳税人识别号 (the owner's ID number and a two-digit sequence, 31010419851122758201).  Its
# first 18 digits are read as an ID number is; the two after it tell the form: a kind and a
# grade, or any two after an ID or a registration label (纳税人识别号, 税号).
_DISABILITY_KINDS, _DISABILITY_GRADES = "1234567", "1234"


def _id_and_two(digits: str, label: Callable[[], Label | None]) -> bool:
    """Whether 20 ``digits`` are an ID number and two more: a 残疾人证 number, or a labelled
    个体工商户's 纳税人识别号."""
    if not is_id18(digits[:18], label):
        return False
    disability = digits[18] in _DISABILITY_KINDS and digits[19] in _DISABILITY_GRADES
    return disability or label() in ("id", "org")


def _disability_with_x(folded: str, number: WrittenNumber) -> _Reading | None:
    """A 残疾人证 number whose ID number ends in X (``44030419900101109X42``): an X with
    digits after it ends no written number (:mod:`.grouping` keeps only a final X), so the
    17 digits before it are read here with the X and the kind and grade after it."""
    end = number.end
    tail = folded[end : end + 4]
    if len(tail) < 3 or tail[0] != "x" or (len(tail) == 4 and tail[3] in _ALNUM):
        return None
    digits = "".join(g.digits for g in number.groups) + tail[:3]
    if len(digits) != 20 or not _ends_ok(folded, number)[0]:
        return None
    if not _id_and_two(digits, lambda: label_at(folded, number.start)):
        return None
    positions = [i for g in number.groups for i in range(g.start, g.end)]
    return _Reading("id_number", number.groups[0].start, end + 3, tuple(positions[6:14]))


def _card_shape(lengths: tuple[int, ...]) -> bool:
    return (
        len(lengths) == 1
        or uniform(lengths, 6)
        or lengths in ((4, 6, 5), (4, 6, 4), (4, 6, 9))
        or (len(lengths) == 2 and lengths[0] == 6)
        or _fours_then_rest(lengths)
    )


def _fours_then_rest(lengths: tuple[int, ...]) -> bool:
    """Whether a number is cut in fours and then its rest run together (``6222 0212
    34567894``, ``6217 2729 5181 7560484``, ``6217 001234567890122``): a card copied from a
    form that grouped only its first digits, or typed in fours until the writer stopped (red
    team 97).  Asked only of 13 to 19 digits, and read as a card only when its network's
    prefix, length and Luhn hold (:func:`_card`) — no 统一社会信用代码."""
    *fours, rest = lengths
    return bool(fours) and all(n == 4 for n in fours) and rest > 4


def _card(digits: str, lengths: tuple[int, ...], label: Callable[[], Label | None]) -> bool | None:
    """``True`` for a card number, ``False`` for a probable one, ``None`` for neither."""
    if not 13 <= len(digits) <= 19 or card_network(digits) is None:
        # (no network's prefix and length, asked first: the cheapest test, and the one most
        # digits fail — a run of 40,000 digits spaced out asks at each digit: review 70's S1)
        return None
    if not _card_shape(lengths) and label() != "card":
        return None  # (after 卡号 any grouping: "六二二二 〇二一二三四五六七八九〇 一二八")
    if valid_uscc(digits) and label() != "card":
        return None  # a 统一社会信用代码 (issue 12: 51…/52…/53… codes passed Luhn)
    if is_card_number(digits):
        # (a 工商注册号 or 税务登记号 of 安徽 (34…) or 山东 (37…) after its label: an Amex's shape)
        return None if len(digits) == 15 and label() == "org" else True
    if digits.startswith("62") and 16 <= len(digits) <= 19:
        return False if len(lengths) == 1 or uniform(lengths, 4) else None
    return None


def _in_uscc(folded: str, number: WrittenNumber, first: int, last: int) -> bool:
    """Whether groups ``first``..``last - 1`` are only part of a 统一社会信用代码 written in
    groups (a 51–53 code of digits only, ``5133 0100 5973 7872 42``: its first 16 digits are a
    Mastercard's shape with Luhn by chance, and the code's grouping cuts them off) — no card
    unless labelled as one (red team 21).  The code is the whole written number, or a run of
    its groups joined alike around them: another number after a comma or on the next line is
    read into the written number too (``5331 0115 5406 5959 67，2026年…``: red team 89).  But
    a card in fours and two digits more complete a valid check character once in 31
    (``张三 5187 2914 1777 6316 02，2026年3月``, review 49): unless labelled a code, such a
    run is one only when its first four characters are a 社会组织's (a 登记管理部门 and 机构类别,
    a province) and it stands alone or after an organisation's name (``甲协会 5111 0000 5574
    4762 14 2026年成立``); after a person's name it is a card (``张三 5131 8949 5042 8646
    61``, review 50), and so before an age (``…61岁``, review 52).  A comma, a 、 or a
    table's cell border joins no code's parts, and an amount begins none: ``¥99，5287 0431
    6290 1857`` is a price and a card, whatever 99 and the card's digits make (fix 133)."""
    groups = number.groups
    if first == 0 and last == len(groups):
        return False  # (the whole number: _card has asked already)
    said = label_at(folded, number.start)
    if said == "card":
        return False
    holder = None if said == "org" else _holder_before(folded, number.start)
    if holder == "person":
        return False
    code = _code_around(
        number, first, last, shaped=said != "org", apart=said != "org" and holder is None
    )
    if code is None or (said != "org" and _aged(folded, groups, code, holder)):
        return False
    return not amount_before(folded, groups[code].start)


# (an age after a number: 61岁, 61 周岁; after an organisation's name the bound of a range of
# ages, 61岁以上会员, 61岁及以下, 61岁至70岁, counts its members, no holder's age: left 27a —
# after no name or a person's it is the holder's all the same: review 56)
_AGE = LazyPattern(r"\s?周?岁(?P<range>及?以[上下]|至)?")


def _aged(
    folded: str, groups: Sequence[Group], code: int, holder: Literal["organisation"] | None
) -> bool:
    """Whether the 统一社会信用代码 from group ``code`` ends in an age (``张三 5131 8949 5042 8646
    61岁``: a card and the holder's age, whoever's name is before it — review 52), a range's
    bound only when no organisation's name stands before it."""
    digits, at = 0, code
    while digits < _USCC_LENGTH:
        digits += len(groups[at].digits)
        at += 1
    age = _AGE.match(folded, groups[at - 1].end)
    return age is not None and (age.group("range") is None or holder != "organisation")


def _code_around(
    number: WrittenNumber, first: int, last: int, shaped: bool, apart: bool
) -> int | None:
    """The first group of the whole of ``number`` (its groups joined alike), or of a run of
    its groups joined alike round groups ``first``..``last - 1``, that is a 统一社会信用代码 of
    18 digits (:func:`_in_uscc`); when ``shaped``, such a run only with a registration part
    that is well formed, when ``apart`` only with no group joined the same way on either side
    but another such code; ``None`` when none is."""
    groups, separators = number.groups, number.separators
    # (each group a digit at least; and linear time)
    if len(groups) <= _USCC_LENGTH and len(set(separators)) <= 1 and not _parted(separators):
        digits = "".join(g.digits for g in groups)
        if len(digits) == _USCC_LENGTH and valid_uscc(digits):
            return 0
    room = _USCC_LENGTH - sum(len(g.digits) for g in groups[first:last])
    before = _fitting(groups, first - 1, -1, room)
    after = _fitting(groups, last, 1, room)
    for ahead, size in enumerate(before):
        behind = after.index(room - size) if room - size in after else -1
        if behind < 0 or behind == ahead == 0:
            continue  # (none, or the groups themselves)
        start, end = first - ahead, last + behind
        joints = separators[start : end - 1]
        if len(set(joints)) != 1 or _parted(joints):
            continue
        digits = "".join(g.digits for g in groups[start:end])
        if not valid_uscc(digits) or (shaped and not _registration_shaped(digits)):
            continue
        if not apart or not _joined_on(number, start, end, joints[0]):
            return start
    return None


def _joined_on(number: WrittenNumber, start: int, end: int, joint: str) -> bool:
    """Whether a group joined by ``joint`` stands right before or after groups
    ``start``..``end - 1``, other than the first of another 社会组织's code (two codes in a
    row: ``5111 0000 5574 4762 14 5111 0000 5403 2979 23``)."""
    groups, separators = number.groups, number.separators
    return (
        start > 0 and separators[start - 1] == joint and not _code_from(groups, start - 1, -1)
    ) or (end < len(groups) and separators[end - 1] == joint and not _code_from(groups, end, 1))


def _code_from(groups: Sequence[Group], at: int, step: int) -> bool:
    """Whether the groups from ``at`` on (``step`` -1: ending at it) make a 社会组织's
    统一社会信用代码 of 18 digits."""
    sizes = _fitting(groups, at, step, _USCC_LENGTH)
    if sizes[-1] != _USCC_LENGTH:
        return False
    run = groups[at : at + len(sizes) - 1] if step > 0 else groups[at + 2 - len(sizes) : at + 1]
    digits = "".join(g.digits for g in run)
    return valid_uscc(digits) and _registration_shaped(digits)


def _parted(joints: Sequence[str]) -> bool:
    """Whether one of ``joints`` holds a mark that lists items (``，``, ``、``, ``,``) or is a
    table's cell border: it parts two numbers, never a code's parts."""
    return any(
        _CELL_BORDER.fullmatch(joint) or any(mark in joint for mark in LIST_MARKS)
        for joint in joints
    )


_CELL_BORDER = LazyPattern(CELL_BORDER)


def _holder_before(folded: str, start: int) -> Literal["person", "organisation"] | None:
    """Whose name stands right before the number at ``start``: an organisation's (its name
    ends in what it is: 甲协会, 某基金会 — :data:`~.accounts._ORGANISATION`; or its
    representative's, named after a label of ``data/representative_labels.txt``, in its own
    cell or in a note: 法定代表人张三, ``| 理事长 | 张三 |``, 张三（理事长）, or in the cell after
    the organisation's: ``| 甲协会 | 张三 |``) or a person's (:func:`_person_begins`: 张三,
    收款人李四, 甲协会张三, 欧阳娜娜, 张* — no place's name: 高新区, 黄河, 沈阳, unless after a
    person's label: 收款人沈阳), ``None`` when neither."""
    reach = max(0, start - _NAME_REACH)
    name = _NAME_BEFORE.search(folded, reach, start)
    if name is None:
        return None
    if _names_organisation(folded, start, name):
        return "organisation"
    begin = _person_begins(folded, name.start(), name.end("name"))
    if begin is None:
        return None
    cell = _CELL_BEFORE.search(folded, max(0, begin - _NAME_REACH), begin)
    if cell is not None and _ORGANISATION.search(cell.group("name")) is not None:
        return "organisation"
    person = folded[begin : name.end("name")]
    labelled = _PERSON_LABEL_BEFORE.search(folded, max(0, begin - _NAME_REACH), begin)
    return "person" if labelled is not None or not is_place(person) else None


def _names_organisation(folded: str, start: int, name: re.Match[str]) -> bool:
    """Whether the ``name`` before ``start`` is an organisation's or its representative's:
    after a representative's label, or with one in its note (张三（理事长）)."""
    note = name.group("note")
    return (
        _ORGANISATION.search(name.group("name")) is not None
        or _REPRESENTATIVE_BEFORE.search(folded, max(0, start - _NAME_REACH), start) is not None
        or (note is not None and _REPRESENTATIVE_LABEL.search(note) is not None)
    )


def _person_begins(folded: str, run: int, end: int) -> int | None:
    """Where a person's name begins that ends the run of characters ``run``..``end``: a
    surname (``data/surnames.txt``, ``data/compound_surnames.txt``) and one or two characters
    or a mask (张三, 欧阳娜娜, 张*), the whole run or after a person's word (收款人李四, 甲商会会员
    张三: ``data/person_labels.txt``), an organisation's name (甲协会张三) or a verb that
    asks the reader to reach or pay the person (报名请找王老师, 咨询联系张三, 汇款给王小明:
    :data:`_CONTACT_VERB`);
    ``None`` when none does."""
    for size in _NAME_SIZES:
        begin = end - size
        if begin < run or SURNAMED.fullmatch(folded, begin, end) is None:
            continue
        before = folded[run:begin]
        if (
            not before
            or _PERSON_LABEL.search(before) is not None
            or _ORGANISATION.search(before) is not None
            or _CONTACT_VERB.search(before) is not None
        ):
            return begin
    return None


# What asks the reader to reach the person named after it: 报名请找王老师，咨询联系张三 (review
# 64: a name after 报名请找 was not read, and the number after it was no person's), or to pay
# them: 汇款给王小明6222⏎… (review 66's L8: the payee's card)
_CONTACT_VERB = LazyPattern(
    r"(?:找|联系|联络|咨询|致电|询问|请教|(?:汇款|转账|打款|转款|付款|汇|转|打)给)$"
)


def _name_ends_at(folded: str, end: int) -> bool:
    """Whether a person's name of three or four characters ends at ``end``: a surname and two
    characters, or a compound surname and one or two (刘永年, 张明月, 欧阳明月) — a name, not
    the word its last character ends (全年, 余额, 周期: two characters, a surname's by chance)."""
    return any(
        end - size >= 0 and SURNAMED.fullmatch(folded, end - size, end) is not None
        for size in (3, 4)
    )


def _two_character_name_ends_at(folded: str, end: int) -> bool:
    """Whether a person's name of two characters, the whole run of characters, ends at
    ``end`` in 达, 均 or 月 (王达, 李均, 张月: review 65's L8) — not a word that says figures
    follow, a surname's by chance (高达, 周月), nor the end of a longer run (总数高达, 每月)."""
    begin = end - 2
    return (
        begin >= 0
        and folded[end - 1] in _NAME_LAST_FIGURES
        and folded[begin:end] not in _FIGURES_WORDS
        and (begin == 0 or _CJK_CHAR.match(folded, begin - 1) is None)
        and SURNAMED.fullmatch(folded, begin, end) is not None
    )


# (the figures' words a given name ends in as often: 达, 均, 月 — not 年, 日, 期…; and the
# words of two characters that end so and start with a surname's character or another's)
_NAME_LAST_FIGURES = frozenset("达均月")
_FIGURES_WORDS = frozenset(
    {"高达", "长达", "多达", "远达", "到达", "平均", "年均", "月均", "日均", "周月", "余月", "龙月"}
)
_CJK_CHAR = LazyPattern(f"[{CJK_UNIFIED}]")


def _surname_cell_before(folded: str, start: int) -> bool:
    """Whether the table cell right before the one that starts at ``start`` holds a surname
    alone: a name masked whole (``| 王** | 1391 2345678 |``, the fold drops the stars)."""
    return _SURNAME_CELL.search(folded, max(0, start - _NAME_REACH), start) is not None


# (what may stand between a name and its number: a space, a colon, a comma, a cell's border;
# and a spreadsheet's text mark after a tab, ``1⇥张三⇥'1928609⏎3312``: a cell pasted from
# Excel keeps the apostrophe that stores its digits as text — red team 99)
_NAME_GAP = rf"[\s{LABEL_COLONS}|,，]{{0,4}}(?:{HTML_CELL_GAP}\s{{0,3}})?(?:(?<=\t)')?$"
# (what may stand between a label and the name after it: a space or a colon, a cell's border)
_LABEL_GAP = rf"(?:[\s{LABEL_COLONS}]{{0,3}}|\s*(?:\||{HTML_CELL_GAP})\s*)"
_NAME_REACH = 40
_NAME_SIZES = (4, 3, 2)  # (a compound surname and two characters; a surname and one or two)
# (a run of characters, or one and a mask: 张*; and a note in brackets after it: 张三（甲协会）)
_NAME_BEFORE = LazyPattern(
    rf"(?P<name>[{CJK_UNIFIED}]{{2,30}}|[{CJK_UNIFIED}]{{1,29}}[{NAME_MASK}]{{1,2}})"
    rf"(?P<note>[（(][^（()）\n]{{1,12}}[）)])?{_NAME_GAP}"
)
# (an organisation's name in the table cell before a person's)
_CELL_BEFORE = LazyPattern(rf"(?P<name>[{CJK_UNIFIED}]{{2,30}})\s*(?:\||{HTML_CELL_GAP})\s*$")


def _surname_and_name() -> str:
    surnames = "".join(data_words("surnames.txt"))
    return rf"(?P<person>[{surnames}][{CJK_UNIFIED}]{{1,2}})"


def _surname_cell_source() -> str:
    """A table cell that holds a surname alone, and the border to the next (``| 王 |``,
    ``<td>王</td><td>``), at the end."""
    single = "".join(data_words("surnames.txt"))
    return (
        rf"(?:^|\||\n|<t[dh][^<>]{{0,80}}>)[ \t]*[{single}]"
        rf"[ \t]*(?:\||</t[dh]>\s*<t[dh][^<>]{{0,80}}>)[ \t]*$"
    )


def _words_source(name: str, after: str = "") -> str:
    """Any word of ``data/<name>`` at the end, ``after`` it."""
    return "(?:" + "|".join(data_words(name)) + f"){after}$"


def _representative_source() -> str:
    """A representative's label and a person's name (法定代表人张三, 负责人：王五, 理事长 李四,
    ``| 理事长 | 张三 |``)."""
    labels = "|".join(data_words("representative_labels.txt"))
    return rf"(?:{labels}){_LABEL_GAP}{_surname_and_name()}{_NAME_GAP}"


_SURNAME_CELL = LazyPattern.built(_surname_cell_source)
_PERSON_LABEL = LazyPattern.built(lambda: _words_source("person_labels.txt"))
_PERSON_LABEL_BEFORE = LazyPattern.built(lambda: _words_source("person_labels.txt", _LABEL_GAP))
_REPRESENTATIVE_BEFORE = LazyPattern.built(_representative_source)
_REPRESENTATIVE_LABEL = LazyPattern.built(lambda: "|".join(data_words("representative_labels.txt")))


def _registration_shaped(code: str) -> bool:
    """Whether a 51–53 code's first characters are a 社会组织's: 民政 and a 机构类别, then a
    province of its 登记管理机关's division (about one Mastercard in five has them by chance)."""
    division = code[2:4]
    return code[1] in AUTHORITY_CATEGORIES.get(code[0], "") and (
        division in PROVINCES or division == "10"  # (10: a national registration)
    )


def _fitting(groups: Sequence[Group], at: int, step: int, room: int) -> list[int]:
    """How many digits the nearest 0, 1, 2… groups from ``at`` on (``step`` -1: before it)
    hold, while no more than ``room``."""
    sizes = [0]
    while 0 <= at < len(groups) and sizes[-1] + len(groups[at].digits) <= room:
        sizes.append(sizes[-1] + len(groups[at].digits))
        at += step
    return sizes


def _is_id15(digits: str, lengths: tuple[int, ...]) -> bool:
    shaped = len(lengths) == 1 or uniform(lengths, 6) or lengths in ((6, 6, 3), (6, 9))
    return len(digits) == 15 and shaped and valid_id15(digits)


_MOBILE_SHAPES = ((3, 4, 4), (3, 8), (7, 4))
# (a mobile cut unevenly, 1391 2345678, 13912 345678: read without a label only when the
# reading says the two groups stand alone — :func:`~.reading._lone_pair` — red team 97)
_UNEVEN_SHAPES = ((4, 7), (5, 6))


def _mobile_prefix(
    digits: str,
    lengths: tuple[int, ...],
    plus: bool,
    labelled: Callable[[], bool],
    uneven: Callable[[], bool] = lambda: False,
) -> int | None:
    """How many leading digits are a country code, when ``digits`` is a mobile number.

    Its groups must be a mobile number's (3-4-4, 3-8, 7-4, equal chunks) unless a label
    before it says what it is (``手机：138 123 45678``); 4-7 and 5-6 when ``uneven()``
    says the groups stand alone, no figures (``王老师1391 2345678``)."""
    for prefix in ("0086", "86", ""):
        if not digits.startswith(prefix) or len(digits) != 11 + len(prefix):
            continue
        if plus and not prefix:
            return None
        national = lengths
        if prefix:
            if lengths[0] == len(prefix):
                national = lengths[1:]
            elif lengths[0] > len(prefix):
                national = (lengths[0] - len(prefix), *lengths[1:])
            else:
                continue
        number = digits[len(prefix) :]
        if number[0] != "1" or number[1] not in "3456789":
            continue
        shaped = len(national) == 1 or uniform(national, 4) or national in _MOBILE_SHAPES
        shaped = shaped or (bool(prefix) and _code_written(prefix, lengths, plus))
        if shaped or (not prefix and national in _UNEVEN_SHAPES and uneven()) or labelled():
            return len(prefix)
    return None


def _code_written(prefix: str, lengths: tuple[int, ...], plus: bool) -> bool:
    """Whether China's code before a mobile's 11 digits is written as one, after ``+`` or as a
    ``0086`` group: then the digits are a mobile in whatever grouping the editor wrote
    (``+86 1381 234 5678``, ``0086 13812 345 678``: red team 100); a bare ``86`` group may be a
    figure's (fix 100b)."""
    return plus or (prefix == "0086" and lengths[0] == len(prefix))


def _validated(
    folded: str, digits: str, lengths: tuple[int, ...], start: int
) -> tuple[Kind, bool] | None:
    """``("id_number" | "bank_card", certain)`` when ``digits`` is one of those."""
    size = len(digits)

    def label() -> Label | None:
        return label_at(folded, start)

    if (size == 18 and is_id18(digits, label)) or (size == 20 and _id_and_two(digits, label)):
        return "id_number", True
    if size == 18 and digits[0] == "9" and valid_foreign_id18(digits) and _permanent(folded, start):
        return "id_number", True  # 外国人永久居留身份证 of 2023, after its name
    if size < 13 or digits[-1] == "x":
        return None
    card = _card(digits, lengths, label)
    if card is False and _named(_MEMBER_LABEL, folded, start):
        card = None  # a shop's membership number (or its column's) of a card's shape, failing Luhn
    if card is not None:
        return "bank_card", card
    # (a 15-digit 工商注册号, the business number before the 统一社会信用代码, after its label:
    # "注册号：310115000123456" — 000123 reads as a legacy ID's 1900-01-23; a 15-digit bank
    # account after its: "账号：1219 0885 1012 345", a 对公 account of 招商银行)
    # (and a legacy number of a holder born in 1908 or before, 310104000123456, only after an ID
    # label: no such holder is alive, and 000 is how most 注册号's sequences start)
    if size == 15 and _is_id15(digits, lengths):
        said = label()
        if said == "id" or (
            said not in ("org", "card")
            and living_holder(digits)
            and not _listed_imei(folded, digits, start)
        ):
            return "id_number", True
    return None


# An IMEI from 35 reads as a legacy ID number of 福建 one time in thirty; a list of them after
# one label (扣押手机3部（IMEI号分别为…、…、…）) has the label beyond the next number's reach.
# An IMEI passes Luhn: one with the word on its line before it is no legacy ID (red team 37).
_IMEI_NEAR = LazyPattern(r"imei|meid|串[号码號碼]")
_IMEI_REACH = 120


def _listed_imei(folded: str, digits: str, start: int) -> bool:
    """Whether 15 ``digits`` at ``start`` are an IMEI: Luhn, and the word on the line before."""
    if not luhn_ok(digits):
        return False
    line = folded.rfind("\n", max(0, start - _IMEI_REACH), start) + 1
    return _IMEI_NEAR.search(folded, max(line, start - _IMEI_REACH), start) is not None


# A shop's or a library's membership number (会员号, 会员卡号, 会员ID, VIP卡号) is often 16–19
# digits from 62, the UnionPay prefix; one that fails Luhn is no card.  One that passes is
# reported still (a label never hides a card: members are asked for their bank card's number
# too), and so is a mobile number after the label (a member number is often the member's
# mobile).  Not 会员编号, a serial label's.  A column's header labels its cells as the label
# before a number does (| 会员卡号 |, <th>VIP卡号</th>: red team 86).
# (any colon of LABEL_COLONS, as every label's: 会员卡号︰6222…, fix 110)
_MEMBER_LABEL = LazyPattern(
    rf"(?:会员|會員|vip)卡?(?:号码|號碼|号|號|id)?[\s{LABEL_COLONS}#为是（(|]{{0,3}}$"
)


# A 建筑工程施工许可证's number (住建部 2014 numbering) is 18 digits: the county code, the
# day of issue (yyyymmdd), a serial of that day and the kind of works (310104 20241231 01 01)
# — an ID number's shape, whose last digit passes GB 11643 one time in eleven, so one
# number in eleven of a 施工许可 公示 list read as a child's ID number (red team 15).  After
# the permit's name, or under a column headed with it, an 18-digit number "born" in 2014 or
# later (the first year of that numbering) is the permit's; an adult's ID number still blocks.
_PERMIT_LABEL = LazyPattern(r"施工许可证?(?:[（(]?(?:编号|号码|证号|编码|号))?" + _NAME_TO_NUMBER)
_PERMIT_FIRST_YEAR = "2014"


def _construction_permit(folded: str, digits: str, start: int) -> bool:
    """Whether the checked 18 digits at ``start`` are a 施工许可证编号: issued in 2014 or
    later, after the permit's name or in a column it heads."""
    return digits[6:10] >= _PERMIT_FIRST_YEAR and _named(_PERMIT_LABEL, folded, start)


def _checked_id(groups: tuple[Group, ...]) -> bool:
    """Whether ``groups`` make a checked 18-digit ID number: read even out of a column of
    numbers or a table row (``| 张三 | 3101041985 | 11223688 | 2023 |``), which no
    column of figures comes near by chance."""
    return valid_id18("".join(g.digits for g in groups))
