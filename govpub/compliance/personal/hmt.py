"""港澳台 numbers: Hong Kong, Macau and Taiwan ID numbers and mobile numbers.

HKIDs (``A123456(3)``, and ``G123456(A)``) and Taiwan's 身分證字號 by their published check
characters (:mod:`~govpub.compliance.hmt_ids`), a Macau ID number only after its label.
Mobile numbers only after a country code (``+852``, ``00853``, ``(886)``) or a mobile label
(``手提電話``, ``Mobile:``), and only in the mobile ranges (:func:`_hmt_mobile_at`): eight
digits alone are a count or a landline as often.  Apart from the mainland kinds: other
lengths, other labels, other ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

from govpub.compliance.grouping import WrittenNumber
from govpub.compliance.hmt_ids import valid_hkid, valid_tw_id
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.personal.amounts import _not_personal
from govpub.compliance.personal.codes import _ALNUM
from govpub.compliance.personal.hits import _Reading
from govpub.compliance.personal.labels import _LABEL_REACH, _NAME_TO_NUMBER, _code_letters, label_at
from govpub.compliance.spans import Spans
from govpub.compliance.table_cells import column_header

# 香港身份證 (A123456(3), XA123456(8)), 台灣 身分證字號 (A123456789) and 澳門居民身份證
# (1234567(8)): identity numbers of 港澳台 residents a mainland post may carry (个人信息保护法
# 第四条 covers any natural person).  The first two have published check characters
# (:mod:`.hmt_ids`); the Macau number's check is unpublished, so it is read only after a
# label naming the card.
_MACAU_LABEL = LazyPattern(
    r"(?:澳门|澳門)[^\n]{0,8}?(?:身份证|身份證)(?:编号|編號|号码|號碼|号|號)?" + _NAME_TO_NUMBER
)
# (身分證 is Taiwan's spelling; 國民身分證統一編號 ends in a serial label's 編號)
_IDENTITY_NEAR = LazyPattern(r"身[份分][证證]")
_CHECK_IN_BRACKETS = LazyPattern(r" ?[(（]([0-9a])[)）]")


def _hmt_id(
    folded: str, original: str, to_original: Callable[[int], int], number: WrittenNumber
) -> _Reading | None:
    """An HKID, a Taiwan ID number or (after its label) a Macau ID number."""
    group = number.groups[0]
    if number.plus or len(group.digits) not in (6, 7, 9) or not group.digits.isdigit():
        return None
    begin = _code_letters(folded, group.start, 2)
    if begin > 0 and folded[begin - 1] in _ALNUM:
        return None  # three letters or more: a code
    letters, digits = folded[begin : group.start], group.digits
    named = _IDENTITY_NEAR.search(folded, max(0, begin - _LABEL_REACH), begin) is not None
    if not named and label_at(folded, begin) in ("serial", "org"):
        return None  # a model, part or contract number that passes the check by chance
    check = _CHECK_IN_BRACKETS.match(folded, group.end)
    if check is not None:
        hong_kong = len(digits) == 6 and valid_hkid(letters, digits, check.group(1))
        macau = (
            len(digits) == 7
            and not letters
            and digits[0] in "157"
            and _MACAU_LABEL.search(folded, max(0, begin - _LABEL_REACH), begin) is not None
        )
        hidden = tuple(range(group.start + 1, group.end - 1))
        return _Reading("id_number", begin, check.end(), hidden) if hong_kong or macau else None
    taiwan = (
        len(digits) == 9
        and len(letters) == 1
        and len(number.groups) == 1
        # (in lower case, "a123456789", only after an identity label)
        and (original[to_original(begin)].isupper() or named)
        # (a letter or digit right after it: a longer code, Y111010503AA000090 a 统一社会信用代码)
        and not (group.end < len(folded) and folded[group.end] in _ALNUM)
        and valid_tw_id(letters, digits)
    )
    hidden = tuple(range(group.start + 1, group.end - 3))
    return _Reading("id_number", begin, group.end, hidden) if taiwan else None


# 港澳台 mobile numbers: Hong Kong's and Macau's have eight digits, Taiwan's 09 and eight
# (+886 9…).  Eight digits alone are an amount, a date or a Hong Kong landline as often as a
# mobile, so one is read only after its country code (+852, 00853, (886), 852-…) or after a
# label naming a mobile (手提電話, 流動電話, 手機, 行動電話, Mobile), and only in the mobile
# ranges: Hong Kong's 5, 6 and 9, and the 4, 7(0–3) and 8(1–4) blocks OFCA re-allocated to
# mobile services from 2017 (OFCA press release of 5 February 2018; landlines start with 2
# or 3); Macau's 6; Taiwan's 09.
_HMT_CODES = frozenset({"852", "853", "886"})
_HK_MOBILE = LazyPattern(r"[4569]|7[0-3]|8[1-4]")
_HMT_MOBILE_LABEL = LazyPattern(
    r"(?:(?:手提|流动|流動|行动|行動|移动|移動)(?:电话|電話)|手提|手机|手機|mobile(?: ?phone)?"
    # (and a WhatsApp number, a mobile's: "WhatsApp：9123 4567")
    r"|cell(?: ?phone)?|whatsapp)(?:号码|號碼|号|號| ?no\.?| ?number)?" + _NAME_TO_NUMBER
)

# (a Taiwan mobile dialled at home, 09 and eight digits, is no landline anywhere — Taiwan's
# start 02–08, the mainland's have seven or eight digits after the area code: after any
# phone label, 聯絡電話：0912-345-678)
_TW_PHONE_LABEL = LazyPattern(
    r"(?:电话|電話|(?:联系|联络|聯絡|聯繫)(?:人|方式)?|tel|phone|致电|致電|拨打|撥打)(?:号码|號碼|号|號)?"
    + _NAME_TO_NUMBER
)


def _hmt_mobile_number(code: str | None, national: str) -> bool:
    """Whether ``national`` is a mobile number of the region ``code`` names (any of them
    when ``None``: after a label); none when a country code ends the number (``、886``)."""
    if not national:
        return False  # (a code listed last, nothing after it: red team 40)
    if len(national) == 8 and code in ("852", None) and _HK_MOBILE.match(national):
        return True
    if len(national) == 8 and code in ("853", None):
        return national[0] == "6"
    if code not in ("886", None):
        return False
    if national.startswith("09"):
        return len(national) == 10
    return code is not None and national[0] == "9" and len(national) == 9


def _hmt_code(number: WrittenNumber, index: int) -> tuple[str, int] | None:
    """The country code group ``index`` of ``number`` starts with, and how many of its digits
    are the code (``00`` included): a code written as one (``+852``, ``00852``, ``(852)``,
    ``852-``), never three digits that merely start a longer run."""
    digits = number.groups[index].digits
    plus = index == 0 and number.plus
    dialled = digits.startswith("00") and not plus
    code = digits[2:5] if dialled else digits[:3]
    if code not in _HMT_CODES:
        return None
    size = len(code) + 2 * dialled
    if len(digits) == size or plus or dialled:
        return code, size  # a group of its own, or glued after + or 00
    return None


def _hmt_label(folded: str, start: int) -> Literal["mobile", "phone"] | None:
    """The label right before ``start``: one naming a mobile (``手提電話：``, ``Mobile:``), any
    phone label (``聯絡電話：``: for a Taiwan ``09…`` number only), or none."""
    if _HMT_MOBILE_LABEL.search(folded, max(0, start - _LABEL_REACH), start) is not None:
        return "mobile"
    if _TW_PHONE_LABEL.search(folded, max(0, start - _LABEL_REACH), start) is not None:
        return "phone"
    return _hmt_column_label(folded, start)


def _hmt_column_label(folded: str, start: int) -> Literal["mobile", "phone"] | None:
    """The label of the table column whose cell starts at ``start``: a header ``手提電話``
    names every number under it (``| 陳大文 | 9123 4567 |``; red team 40), as a column of
    mainland mobiles is named (:func:`column_header`)."""
    before = start - 1
    while before >= 0 and folded[before] in " \t":
        before -= 1
    if before < 0 or folded[before] not in "|>":
        return None  # (no cell starts at the number: the cheap test, most numbers)
    header = column_header(folded, start)
    if header is None:
        return None
    header = header.strip(" \t*_") + "："  # (the header as a label: a number follows it)
    if _HMT_MOBILE_LABEL.search(header) is not None:
        return "mobile"
    return "phone" if _TW_PHONE_LABEL.search(header) is not None else None


_HMT_MOST_DIGITS = 10  # (a Taiwan mobile dialled at home: 09 and eight)
_HMT_LABELLED_FIRST = frozenset("0456789")  # (what a labelled 港澳台 mobile starts with)


def _hmt_labelled(digits: str, label: Callable[[], Literal["mobile", "phone"] | None]) -> bool:
    """Whether a group of ``digits`` after ``label`` may start a 港澳台 mobile number: not a
    Hong Kong landline's 2 or 3, and a Taiwan ``09…`` after any phone label."""
    if digits[0] not in _HMT_LABELLED_FIRST:
        return False  # (before the label is looked up: most groups)
    said = label()
    return said == "mobile" or (said == "phone" and digits.startswith("09"))


def _hmt_length(code: str | None, national: str) -> int:
    """How many digits a 港澳台 mobile number starting ``national`` has."""
    if national.startswith("09"):
        return 10  # (Taiwan, dialled at home)
    return 9 if code == "886" else 8


# What may stand after a number and before the next in a list of numbers (a line break too).
_LISTING_MARKS = frozenset("/／、，,;；·\n<|")


def _listed_apart(number: WrittenNumber, index: int) -> bool:
    """Whether group ``index`` starts a new item of a list of numbers (or is the first)."""
    return index == 0 or any(c in _LISTING_MARKS for c in number.separators[index - 1])


def _hmt_mobile_at(
    folded: str,
    number: WrittenNumber,
    index: int,
    label: Callable[[], Literal["mobile", "phone"] | None],
) -> _Reading | None:
    """A 港澳台 mobile number starting at group ``index`` of ``number``; ``label()`` says what
    the label before the number is (asked only when no country code starts the group)."""
    groups = number.groups
    found = _hmt_code(number, index)
    start = number.start if index == 0 and number.plus else groups[index].start
    if found is not None:
        code, skip = found
    elif _hmt_labelled(groups[index].digits, label):
        code, skip = None, 0
    else:
        return None
    national, positions = "", list[int]()
    last = index
    # (up to ten groups: a Taiwan mobile spelled digit by digit, 0 9 1 2 3 4 5 6 7 8)
    for last in range(index, min(len(groups), index + _HMT_MOST_DIGITS)):
        group = groups[last]
        shown = group.digits[skip:] if last == index else group.digits
        if last > index and number.broken_before(last):
            return None
        national += shown
        positions += range(group.end - len(shown), group.end)
        if national and len(national) >= _hmt_length(code, national):
            break
    if not _hmt_mobile_number(code, national) or not number.consistent(index, last + 1):
        return None
    if last + 1 < len(groups) and not _listed_apart(number, last + 1):
        return None  # more digits go on: a longer code
    end = groups[last].end
    if _not_personal(folded, start, end, "mobile"):
        return None
    keep = 2 if len(national) == 8 else 3 + (national[0] == "0")
    return _Reading("mobile", start, end, tuple(positions[keep : keep + 4]))


def _with_hmt_mobiles(
    folded: str, number: WrittenNumber, readings: list[_Reading]
) -> list[_Reading]:
    """``readings`` and the 港澳台 mobile numbers among the groups no reading covers: after a
    country code, or after the label before the number (which names every item of a list of
    numbers, ``聯絡：+886 2 2345 6789 / 0912-345-678``)."""
    found: list[_Reading] = []
    said: list[Literal["mobile", "phone"] | None] = []  # (the label, asked once)
    # (a column of thousands of figures has as many readings: asked in log time)
    read = Spans((r.start, r.end) for r in readings) if readings else None

    def label() -> Literal["mobile", "phone"] | None:
        if not said:
            said.append(_hmt_label(folded, number.start))
        return said[0]

    for index, group in enumerate(number.groups):
        if not _listed_apart(number, index) or (found and found[-1].end > group.start):
            continue  # (the cheap tests first: most groups go on a number)
        if read is not None and read.overlap(group.start, group.start + 1):
            continue
        reading = _hmt_mobile_at(folded, number, index, label)
        if reading is not None and not (read and read.overlap(reading.start, reading.end)):
            found.append(reading)
    return sorted(readings + found, key=lambda r: r.start) if found else readings


# An HKID whose check value is 10, written A: one or two letters, six digits and "(A)" — found
# from its check in brackets (a class of letters first would stop a search at every letter
# of English text), then read back.
_HKID_A = LazyPattern(r"(?<![a-z0-9])([a-z]{1,2})([0-9]{6}) ?[(（]a[)）]")
_HKID_A_SIZE = len("ab123456 (a)")
# (found from "a" and its closing bracket, the bracket before it read after: an expression
# that starts with a literal letter is searched faster than one that starts with a bracket,
# which Markdown's links put everywhere, or with a look-behind, tried at every position)
_CHECK_A = LazyPattern(r"a[)）]")


def _hkids_checked_a(folded: str) -> Iterator[_Reading]:
    """HKIDs whose check character is ``A`` (``G123456(A)``), found from ``(a)`` and ``（a）``
    (:data:`_CHECK_A`)."""
    for match in _CHECK_A.finditer(folded):
        bracket = match.start() - 1
        # (a digit, or a space and a digit, before the bracket: not "(a)" of a list)
        if bracket > 0 and folded[bracket] in "(（":
            before = folded[bracket - 1]
            if before.isdigit() or (before == " " and folded[bracket - 2 : bracket - 1].isdigit()):
                reading = _hkid_checked_a(folded, match.end())
                if reading is not None:
                    yield reading


def _hkid_checked_a(folded: str, end: int) -> _Reading | None:
    """The HKID ending at ``end`` with ``(A)``, by the HKID check, and not after a serial
    label unless an identity word is near (as :func:`_hmt_id`)."""
    match = _HKID_A.search(folded, max(0, end - _HKID_A_SIZE), end)
    if match is None or match.end() != end:
        return None
    letters, digits = match.group(1), match.group(2)
    if not valid_hkid(letters, digits, "a"):
        return None
    start = match.start()
    named = _IDENTITY_NEAR.search(folded, max(0, start - _LABEL_REACH), start) is not None
    if not named and label_at(folded, start) in ("serial", "org"):
        return None  # a model or part number that passes the check by chance
    first = match.start(2)
    return _Reading("id_number", start, end, tuple(range(first + 1, first + 5)))


def _hmt_mobile_worth(folded: str, start: int, digits: int, before: str) -> bool:
    """Whether a stretch may hold a 港澳台 mobile number (:func:`_hmt_mobile_at`): a country
    code (+852 9123 4567), or eight digits or more after a mobile label (手提電話：9123 4567,
    手機：0912-345-678, and a list's later items: 9123 4567 / 852 — red team 40), or ten
    from 09 after a phone label (聯絡電話：0912-345-678)."""
    if folded.startswith(_HMT_CODE_STARTS, start):
        return True
    if folded[start] not in _HMT_LABELLED_FIRST:
        return False  # (a label reads no 1…, 2… or 3…: most stretches, mainland mobiles)
    if _HMT_MOBILE_LABEL.search(before) is not None:
        return True
    tw = digits >= 10 and folded.startswith("09", start)
    if tw and _TW_PHONE_LABEL.search(before) is not None:
        return True
    # (under a column headed 手提電話: the header is no text right before the cell)
    return _hmt_column_label(folded, start) is not None


# (a country code of 港澳台 starting a stretch: the cheap test before the reading,
# _hmt_mobile_at — a "+" or "、" before a later number's code starts a stretch of its own)
_HMT_CODE_STARTS = (*sorted(_HMT_CODES), *(f"00{code}" for code in sorted(_HMT_CODES)))
