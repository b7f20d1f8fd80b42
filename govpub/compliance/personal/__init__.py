"""Personal data (个人信息): resident ID numbers, mobile numbers, bank cards, passports.

个人信息保护法 第6条 (minimum necessary) and 第13条(六)/第27条 (public data only
"在合理的范围内"); inspectors list "个人身份证号、手机号、银行卡号未进行模糊处理"
as a finding (rules.md §3 R-PERSONAL).  Every number is validated before it
blocks, so that order numbers, amounts and registration codes do not (rules.md §9),
and is read in any grouping an editor writes (:mod:`.grouping`):

* **居民身份证号码** (GB 11643-1999, :mod:`.idnumbers`): province code, real birth
  date, ISO 7064 MOD 11-2 check character, in any grouping (``310104-19851122-3688``,
  ``310104 1985 1122 3688``); legacy 15-digit numbers need a province code and a real
  date of a holder who can be alive (born after 1908; any date after an ID label:
  ``310104000123456`` is a 工商注册号) and are read whole, 6-6-3, 6-9 or in equal
  chunks.  The check character X
  may be a look-alike (``×``, ``✕``, Cyrillic ``Х``: :data:`.lookalikes._X_LIKE`) when the number
  then checks, and the birth date may be spelled out (``310104 1985年11月22日 3688``,
  :mod:`.spelled_ids`).  Over a table's cells (``| 3101041985 | 11223688 |``) a number
  is read as over lines: a checked 18-digit ID number always, any other kind after a
  label (``| 联系电话 | 138 | 1234 | 5678 |``).  A number that is
  also a 统一社会信用代码 (:mod:`.orgcodes`) is an ID number only when labelled as
  one (身份证…) or when it is not a properly formed code.
* **手机号**: ``1[3-9]`` + 9 digits, with ``+86``/``86``/``0086`` or not, whole,
  3-4-4, 3-8, 7-4 or in equal chunks of up to 4; after a label (``手机：``, ``电话``,
  ``手机/微信：``) in any grouping (``138 123 45678``), and cut in two by one dot, star
  or slash (``手机：138.12345678``), which without the label is a decimal or a list.
* **港澳台 mobiles**: Hong Kong's and Macau's eight digits, Taiwan's ``09`` + 8, read only
  after the country code (``+852 9123 4567``, ``(853) 6612 3456``, ``+886 912 345 678``) or a
  mobile label (``手提電話：``, ``流動電話：``, ``Mobile:``), and only in the mobile ranges
  (:func:`.hmt._hmt_mobile_at`): eight digits alone are a count as often.
* **letters for digits** (``3l0104198511223688``, ``手机：l38O1234567``; :mod:`.letter_digits`):
  a checked 18-digit ID number, or a mobile number after a label, also grouped
  (``联系电话：138 l234 5678``, ``310104-1985II22-3688``) and with the look-alike letters
  of other scripts (``О``, ``І``); ``B``/``S``/``Z`` only right after a label (a mobile, or
  an ID number that then checks: ``身份证号码：44030S198508152838``).  Right after a label
  (or in the column it heads) no seven digits together are needed, and a bar may be a 1
  (``身份证号：31O1O4I985II223688``, ``手机：|39-|234-567O``: :mod:`.lookalikes`).
* **银行卡号** (:mod:`.cards`): a network's prefix *and* length *and* the Luhn check
  → block; never a number with a valid GB 32100 check character (an all-digit
  统一社会信用代码) unless labelled as a card.  A ``62…`` number of 16–19 digits
  that fails Luhn → warn (many UnionPay debit cards reportedly do not use Luhn —
  UNCONFIRMED).  Cards are read whole, in equal chunks (4-4-4-4, 4-4-4-4-3),
  4-6-5, 4-6-4 or 6 + the rest; after a card label (``卡号``) in any grouping.
* **in Chinese numerals**: ``一三八一二三四五六七八``, ``壹叁捌…``, ``幺三八…``, ``〡〣〨…`` are
  read as digits when eleven or more numerals stand together, and so are numerals
  mixed with digits (``138一二三四5678``, ``310104一九八五1122三六八八``; :mod:`.numerals`).
* **护照**: ``E``/``G`` + 8 digits, or ``E`` + a letter + 7 digits, written in
  upper case (rules.md §9, UNCONFIRMED format list); after a 护照 label also with the
  letter apart, in lower case or with the digits grouped (``护照号码：G 1234 5678``), and
  the 公务, 外交 and 公务普通护照 (``SE``/``DE``/``PE`` + 7 digits, UNCONFIRMED).
* **港澳通行证** (往来港澳通行证 ``C…``; 港澳居民来往内地通行证, 回乡证, ``H…``/``M…``):
  the letter + 8 digits (rules.md §9, UNCONFIRMED), read only after a label naming the
  document (``港澳通行证号码：C12345678``, ``回乡证 H 1234 5678``, ``证件号码：M12345678``):
  without one, ``C12345678`` is as often a contract, model or part number; likewise
  往来台湾通行证 (``L…``, the old booklet ``T…``) and 台湾居民来往大陆通行证 (台胞证: eight digits
  and no letter, ``台胞证：12345678``; UNCONFIRMED).

Not personal data, whatever the digits — except a checked 18-digit ID number: an
amount, quantity or ordinal (``13800000000元``, ``¥4111111111111111``, ``…人次``,
``第13812345678位``), part of a
decimal number (``0.13812345678``, ``13812345678.00元``; Excel's ``.0`` or ``.00`` with no
unit after, ``13812345678.0``, and a footnote mark glued on, ``13812345678¹``, are no decimal
and no digit: :mod:`.number_tails`), a number labelled as an
order or serial number right before it (``订单号``, ``运单号``, ``学号``, ``发票号码``: one random
16-digit number in fifty has a card prefix and passes Luhn), also with a code's letters and
segments between (``合同编号：HT-2026-13812345678``, ``No. 13812345678``) or as the header of
its table column (``| 样品编号 |``, ``| 注册号 |``).

Masks (rules.md §10) keep, of the digits the editor wrote: ID the first 6 and last
4 (``110105********002X``, ``310104-********-3688``), mobile 3 + 4 of the national
number (``+86 138-****-5678``), bank card the last 4, passport and permit the first character
and last 3.  Separators, full-width digits and invisible characters stay where
they are, so the mask has the length of what was written.  Digits inside URLs are
page identifiers, not personal data, and are skipped by the caller (but in a host, which holds
no page id: ``FieldView.page_ids``, fix 127) — and for a link's query
value that is a checked 18-digit ID number, or a mobile, card, legacy ID, passport or permit
number under a parameter named for it (``?idcard=…``, ``&mobile=…``, ``sfzh=``,
``?passport=E…``: :func:`find_in_query`),
which the caller reports and never masks (a masked link is a broken one).

The package: :mod:`.labels` and :mod:`.tables` read what the words and the table around a
number say; :mod:`.amounts` and :mod:`.codes` what it is instead (an amount, a serial number,
part of a code); :mod:`.kinds` holds the checks and :mod:`.accounts` the 对公 accounts of a
card's shape; :mod:`.reading` and :mod:`.windows` read one written number; :mod:`.documents`
reads passports and permits, :mod:`.hmt` 港澳台 numbers, :mod:`.lookalikes` characters
written for digits; :mod:`.stretches` finds the numbers of a text worth reading and
:mod:`.query` reads link queries; :mod:`.hits` is what they report and how a mask is built.
This module puts them together (:func:`find_personal_data`, :func:`mask_personal_data`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import NamedTuple

from govpub.compliance._text import fold, require_text
from govpub.compliance.cards import luhn_ok
from govpub.compliance.grouping import (
    ARABIC_DECIMAL,
    WrittenNumber,
    arabic_decimal_points,
    full_stops,
)
from govpub.compliance.idnumbers import id_check_char
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.numerals import NUMERALS
from govpub.compliance.orgcodes import valid_uscc
from govpub.compliance.personal.codes import without_id_padding
from govpub.compliance.personal.documents import _labelled_passport, _passport, _permanent_2017
from govpub.compliance.personal.hits import PersonalHit, _masked, _Reading
from govpub.compliance.personal.hmt import _hkids_checked_a, _hmt_id, _with_hmt_mobiles
from govpub.compliance.personal.kinds import _disability_with_x
from govpub.compliance.personal.labels import (
    MOBILE_LENGTH,
    _over_lines_labelled,
    label_at,
    with_phone_signs,
)
from govpub.compliance.personal.lookalikes import (
    _labelled_letter_readings,
    _letter_readings,
    _with_roman,
    _with_x_like,
)
from govpub.compliance.personal.number_tails import blank_out, may_end_in_tail, tail_blanks
from govpub.compliance.personal.query import (
    any_query_maybe,
    find_in_query,
    find_in_written_query,
    in_query_maybe,
    mask_query,
)
from govpub.compliance.personal.reading import _readings
from govpub.compliance.personal.stretches import _numbers
from govpub.compliance.personal.told_parts import told_numbers
from govpub.compliance.plain_tables import Written, reading_as_written
from govpub.compliance.spans import DisjointSpans, Spans
from govpub.compliance.spelled_ids import find_spelled_ids
from govpub.compliance.table_cells import HEADER_REACH
from govpub.compliance.undermasked import (
    find_under_masked_ids,
    find_under_masked_mobiles,
    folded_span,
    may_hold_under_masked,
)

__all__ = [
    "PersonalHit",
    "any_query_maybe",
    "find_in_query",
    "find_in_written_query",
    "find_personal_data",
    "id_check_char",
    "in_query_maybe",
    "luhn_ok",
    "mask_personal_data",
    "mask_query",
]


def find_personal_data(
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    skip: Callable[[int, int], bool],
    *,
    scan: str | None = None,
    plain_links: bool = False,
    labels: list[int] | None = None,
    places: list[tuple[int, int]] | None = None,
) -> Iterator[PersonalHit]:
    """Every validated item in ``folded`` (offsets in the folded text).

    ``original`` and ``to_original`` give the text as written (masks are built
    from it, so a full-width number is masked in full-width); ``skip(start, end)``
    says whether a span lies inside a URL.  ``scan``, when given, is ``folded`` with
    the URLs blanked out (same length, no digits there): numbers are looked for in
    it, and the words around them are still read in ``folded``.  Runs of Chinese
    numerals are read as digits (:mod:`.numerals`): ``一三八一二三四五六七八`` is a
    mobile number.  Stretches of digits that cannot hold personal data (a landline
    number) are not read (:func:`.stretches._worth_reading`).

    ``plain_links`` says that no URL blanked out in ``scan`` holds a Chinese numeral
    (each is ASCII): ``folded`` then has the runs of numerals that ``scan`` has, and
    one pass over ``scan`` looks for those and for the stretches of digits together
    (:func:`.stretches._stretches`) — one pass over a long text instead of two.

    ``labels``, when given, are where the label words after which a number with letters for
    digits is read end (:data:`~govpub.compliance.letter_digits.LABEL_WORDS`, found by the
    field's literal pass); else they are looked for here.  ``places``, likewise, are where the
    places' words of a number told in parts are (:func:`.told_parts.places_found`); the text
    read again around a tail (below) looks for its own.

    A footnote mark or Excel's ``.0`` glued after a number (``13812345678¹``,
    ``13812345678.0``: :mod:`.number_tails`) is read a second time without it, and what
    that reading finds where the first found nothing is added: only the text around the tails
    is read again (:func:`_read_around_tails`), so that one mark in a long post costs a few
    hundred characters' reading, not the post's (review 68's S1).
    """

    first: list[tuple[int, int]] = []
    tails: list[int] = []  # (where the numbers that may end in a tail start)
    for hit in _find_personal_data(
        folded,
        original,
        to_original,
        skip,
        scan=scan,
        plain_links=plain_links,
        labels=labels,
        tails=tails,
        places=places,
    ):
        first.append((hit.start, hit.end))
        yield hit
    if not tails:
        return  # (most posts: no number the digit reader found ends in a mark or a float's .0)
    blanks = tail_blanks(folded, original, to_original)
    if not blanks:
        return
    found, added = Spans(first), DisjointSpans()
    labels = None if labels is None else sorted(labels)
    for window in _tail_windows(blanks, folded):
        for hit in _read_around_tails(
            window,
            folded,
            original,
            to_original,
            skip,
            scan=scan,
            plain_links=plain_links,
            labels=labels,
        ):
            if not (found.overlap(hit.start, hit.end) or added.overlap(hit.start, hit.end)):
                added.add(hit.start, hit.end)
                yield hit


# How much text around a tail is read again: before it, the furthest reach back of a number's
# readers (a Markdown or HTML table's header, :data:`~govpub.compliance.table_cells.HEADER_REACH`;
# a tab paste's, 400 characters: .lookalikes) from its line's start, and after it, a cell's or
# a unit's; a hit is kept within a number's length or two of a tail (its own number ends
# there, or one beside it whose reading the tail changed).  (600 before, review 69's F1 and
# L1: a table's header 600 characters up was cut off, and its column unread.)
_BEFORE_TAIL = HEADER_REACH
_AFTER_TAIL = 200
_NEAR_TAIL = 60


class _TailWindow(NamedTuple):
    """A stretch of the folded text read again, and the tails' blanks in it."""

    start: int
    end: int
    blanks: list[tuple[int, int]]


def _tail_windows(blanks: list[tuple[int, int]], folded: str) -> Iterator[_TailWindow]:
    """The stretches around the tails ``blanks`` (in order) of ``folded``, each from a line's
    start, those that overlap merged: each character is read again once at most."""
    size = len(folded)
    window: _TailWindow | None = None
    for start, end in blanks:
        low, high = max(0, start - _BEFORE_TAIL), min(size, end + _AFTER_TAIL)
        low = folded.rfind("\n", 0, low) + 1  # (from a line's start: a row read whole)
        if window is not None and low <= window.end:
            window.blanks.append((start, end))
            window = window._replace(end=max(window.end, high))
            continue
        if window is not None:
            yield window
        window = _TailWindow(low, high, [(start, end)])
    if window is not None:
        yield window


def _read_around_tails(
    window: _TailWindow,
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    skip: Callable[[int, int], bool],
    *,
    scan: str | None,
    plain_links: bool,
    labels: list[int] | None,
) -> Iterator[PersonalHit]:
    """The second reading of ``window``'s stretch with its tails blanked, as a text of its own
    (its written text, offsets and link blanks cut to match), at the whole text's offsets:
    the hits near a tail (:data:`_NEAR_TAIL`) — what the blanks can change, where the cut
    edges, far off, change nothing read."""
    low, high = window.start, window.end
    written_low = to_original(low)
    written_high = len(original) if high == len(folded) else to_original(high)

    def window_original(at: int) -> int:
        return to_original(at + low) - written_low

    def window_skip(start: int, end: int) -> bool:
        return skip(start + low, end + low)

    untailed = blank_out(folded[low:high], window.blanks, low)
    # (the tails' blanks over the link addresses' blanks: same length, same offsets)
    untailed_scan = None if scan is None else blank_out(scan[low:high], window.blanks, low)
    if labels is not None:  # (in order: those in the window, by bisection)
        labels = [at - low for at in labels[bisect_left(labels, low) : bisect_right(labels, high)]]
    blank_starts = [blank_start for blank_start, _ in window.blanks]
    for hit in _find_personal_data(
        untailed,
        original[written_low:written_high],
        window_original,
        window_skip,
        scan=untailed_scan,
        plain_links=plain_links,
        labels=labels,
        tails=None,
    ):
        start, end = hit.start + low, hit.end + low
        # (the last tail that starts before the hit's end, near: the tails are in order and
        # apart, their ends in order too)
        last = bisect_right(blank_starts, end + _NEAR_TAIL) - 1
        if last >= 0 and window.blanks[last][1] >= start - _NEAR_TAIL:
            yield replace(hit, start=start, end=end)


def _find_personal_data(
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    skip: Callable[[int, int], bool],
    *,
    scan: str | None,
    plain_links: bool,
    labels: list[int] | None,
    tails: list[int] | None,
    places: list[tuple[int, int]] | None = None,
) -> Iterator[PersonalHit]:
    """:func:`find_personal_data`'s one reading of ``folded``; where a written number that may
    end in a tail (:func:`.number_tails.may_end_in_tail`) starts is added to ``tails``."""
    # (a telephone's pictograph as a phone's label, ℡: ☎：abcde13812345678, issue 12)
    folded = with_phone_signs(folded, original, to_original)
    scan = None if scan is None else with_phone_signs(scan, original, to_original)
    folded, scan = _points_as_written(folded, scan, original, to_original)
    folded, numbers = _numbers(
        folded,
        skip,
        scan,
        plain_links=plain_links,
        line_start=lambda at: _starts_line(original, to_original(at)),
    )
    spans = DisjointSpans()  # (of the readings: a spelled-out ID number is none)
    # a number with letters for digits right after a label, first: no seven digits together
    # need stand there (身份证号：31O1O4I985II223688, 联系手机：l39-l234-567O), and its digits
    # alone are no other number (身份证号：4201051999020946|3 is no card)
    # (the Roman numerals the fold made letters, Ⅰ and Ⅴ, as written: fix 86)
    lettered = _with_roman(folded, original, to_original)
    as_written = Written(original, to_original)  # (a tab paste's columns: counted as written)
    for reading in _labelled_letter_readings(lettered, labels, as_written):
        if not skip(reading.start, reading.end) and not spans.overlap(reading.start, reading.end):
            spans.add(reading.start, reading.end)
            yield PersonalHit(
                reading.kind, reading.start, reading.end, _masked(original, to_original, reading)
            )
    labelled = bool(spans)
    furthest = 0  # (of the readings below)
    rereads = _STRAY_X_REREADS
    for written in numbers:
        if tails is not None and may_end_in_tail(
            folded, original, to_original, written.start, written.end
        ):
            tails.append(written.start)
        number = without_id_padding(folded, _with_x_like(folded, original, to_original, written))
        # letters for digits first: 13010120000lO10006 is an ID number, not a mobile and "lO…"
        ends_in_x = number.groups[-1].digits == "x"
        # (a tab paste's or a space-aligned table's columns: counted as written, fix 111d)
        with reading_as_written(folded, as_written):
            readings = list(_letter_readings(folded, number, as_written)) or _number_readings(
                folded, original, to_original, number, reread=ends_in_x and rereads > 0
            )
        rereads -= ends_in_x
        for reading in readings:
            if skip(reading.start, reading.end) or reading.start < furthest:
                continue  # (or two numbers touch one run of letters and digits)
            if labelled and spans.overlap(reading.start, reading.end):
                continue
            masked = _masked(original, to_original, reading)
            spans.add(reading.start, reading.end)
            furthest = reading.end
            yield PersonalHit(reading.kind, reading.start, reading.end, masked, reading.certain)
    # an HKID whose check character is A (G123456(A)): six digits, under the seven a written
    # number needs, so none of the readings above
    for reading in _hkids_checked_a(folded):
        if not skip(reading.start, reading.end) and not spans.overlap(reading.start, reading.end):
            spans.add(reading.start, reading.end)
            yield PersonalHit(
                "id_number", reading.start, reading.end, _masked(original, to_original, reading)
            )
    # an ID number with its birth date spelled out (310104 1985年11月22日 3688): none of the
    # readings above
    for start, end, date_start, date_end in find_spelled_ids(folded):
        if not skip(start, end) and not spans.overlap(start, end):
            reading = _Reading("id_number", start, end, tuple(range(date_start, date_end)))
            yield PersonalHit("id_number", start, end, _masked(original, to_original, reading))
    # a mobile or ID number told in parts, each named (手机号是138开头，后面是12345678): none
    # of the readings above (red team 102)
    yield from told_numbers(folded, original, to_original, skip, spans, places=places)
    # an ID number masked too little (32010219880808**18): read as written (the fold drops
    # a lone ** between digits)
    if may_hold_under_masked(original):
        yield from _under_masked(folded, original, to_original, skip, spans)


def _points_as_written(
    folded: str, scan: str | None, original: str, to_original: Callable[[int], int]
) -> tuple[str, str | None]:
    """``folded`` and ``scan`` with the points between digits read as they were written: ٫
    between Arabic-Indic digits a decimal point, a full stop the fold made a dot an end (the
    :mod:`~govpub.compliance.grouping` module's ``arabic_decimal_points`` and ``full_stops``)."""
    if ARABIC_DECIMAL in folded:  # (a C-level test: few texts hold one)
        folded = arabic_decimal_points(folded, original, to_original)
        scan = None if scan is None else arabic_decimal_points(scan, original, to_original)
    if "." in folded or "\u3002" in folded:  # (no dot or 。, no full stop to read)
        # (a label makes a 。 before a hyphen or a line break a number's: 手机：138。-1234。-5678)
        words = folded

        def labelled(start: int) -> bool:
            return _over_lines_labelled(words, start)

        stopped = full_stops(folded, original, to_original, labelled)
        if stopped is not folded:
            folded = stopped
            scan = None if scan is None else full_stops(scan, original, to_original, labelled)
    return folded, scan


def _starts_line(original: str, at: int) -> bool:
    """Whether ``original[at]`` starts a line (after an indent): the fold closes a line break
    between ideographs, so a heading's numeral after a number's last one (…二〇九⏎四、) is
    told by the text as written (fix 103)."""
    while at > 0 and original[at - 1] in " \t\u3000":
        at -= 1
    return at > 0 and original[at - 1] in "\n\r\x0b\x0c\x85\u2028\u2029"


def _under_masked(
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    skip: Callable[[int, int], bool],
    spans: DisjointSpans,
) -> Iterator[PersonalHit]:
    """The ID and mobile numbers of ``original`` with one or two characters masked
    (:mod:`.undermasked`), at their folded offsets; the birth date, and a mobile's middle
    four digits, are what a mask hides."""
    for o_start, o_end, birth in find_under_masked_ids(original):
        start, end = folded_span(to_original, len(folded), o_start, o_end)
        if start >= end or skip(start, end) or spans.overlap(start, end):
            continue
        hidden = tuple(i for i in range(start, end) if to_original(i) in birth)
        reading = _Reading("id_number", start, end, hidden)
        spans.add(start, end)
        yield PersonalHit("id_number", start, end, _masked(original, to_original, reading))
    for o_start, o_end, middle in find_under_masked_mobiles(original):
        start, end = folded_span(to_original, len(folded), o_start, o_end)
        if start >= end or skip(start, end) or spans.overlap(start, end):
            continue
        if label_at(folded, start) == "serial":
            continue  # (a code masked in part: 准考证号 1381654*678)
        hidden = tuple(i for i in range(start, end) if to_original(i) in middle)
        reading = _Reading("mobile", start, end, hidden)
        spans.add(start, end)
        yield PersonalHit("mobile", start, end, _masked(original, to_original, reading))


def _number_readings(
    folded: str,
    original: str,
    to_original: Callable[[int], int],
    number: WrittenNumber,
    *,
    reread: bool = True,
) -> list[_Reading]:
    """The readings of one written number, a passport's or permit's first.  ``reread``: a
    stray x may be read off with what follows it as the number's context (:func:`_without_x`,
    a copy of the field: a field's first :data:`_STRAY_X_REREADS` such numbers only)."""
    readings = list(_readings(folded, number))
    if (bare := _without_stray_x(folded, number)) is not None and not any(
        reading.end == number.end for reading in readings
    ):
        # (no reading took the x: the number before it is read without it, whole — an ID
        # number and a mobile after it, 310104198003117096 15928245987x, are both read —
        # with what follows the x as its context: _without_x)
        context = _without_x(folded, bare, number) if reread else folded
        readings = list(_readings(context, bare)) or readings
    if not readings and (disability := _disability_with_x(folded, number)) is not None:
        return [disability]
    if not readings or readings[0].start >= number.groups[0].end:
        passport = (
            _passport(folded, original, to_original, number)
            or _labelled_passport(folded, number)
            or _permanent_2017(folded, number)
            or _hmt_id(folded, original, to_original, number)
        )
        if passport is not None:
            readings.insert(0, passport)
    return _with_hmt_mobiles(folded, number, readings)


def _without_stray_x(folded: str, number: WrittenNumber) -> WrittenNumber | None:
    """``number`` without its final ``x`` when the x may be no ID number's check character:
    the eleven digits before it are no birth date and sequence number (``13812345678x``, a
    mobile and a stray letter — or an address glued on, ``13812345678xhttps://…``: review
    74's U3 and 75's c1–c3), where an ID number's tail, ``******19860606048X``, keeps it —
    unless a phone's label names a mobile's eleven digits (``手机：19910111234x``, whose
    digits read as 1991-01-11 and a sequence too: review 77's L10)."""
    groups = number.groups
    if len(groups) < 2 or groups[-1].digits != "x" or number.separators[-1]:
        return None
    digits = "".join(group.digits for group in groups[:-1])
    tail = _ID_TAIL.fullmatch(digits, max(0, len(digits) - 11)) is not None
    if (tail and not _a_labelled_mobile(folded, number, digits)) or valid_uscc(digits + "x"):
        return None  # (nor a 统一社会信用代码's check character: 62330106055668892X)
    return replace(
        number, end=groups[-2].end, groups=groups[:-1], separators=number.separators[:-1]
    )


def _a_labelled_mobile(folded: str, number: WrittenNumber, digits: str) -> bool:
    """Whether ``digits``, all of a number before its x, are a mobile's eleven after a
    phone's label: a label (:func:`~.labels._over_lines_labelled`) that names no ID number,
    code, card or serial (:func:`~.labels.label_at`) — after ``身份证号：`` or a mask
    (``******19860606048X``) the same digits are an ID number's tail."""
    return (
        len(digits) == MOBILE_LENGTH
        and digits[1] in "3456789"
        and _over_lines_labelled(folded, number.start)
        and label_at(folded, number.start) is None
    )


# How many numbers of a field with a stray x are read again in a copy of the field without it
# (:func:`_without_x`); after them, with the x in place — a field of thousands (a hostile
# paste) was quadratic in the copies and in the line caches they miss (review 79's S1)
_STRAY_X_REREADS = 64


def _without_x(folded: str, bare: WrittenNumber, number: WrittenNumber) -> str:
    """``folded`` with the stray x after ``bare`` (the end of ``number``) taken out, so that
    what follows the x is read as the number's context where ``bare`` ends: ``共计
    15912345678x元`` is an amount as ``共计15912345678元`` is (review 77's F8).  Offsets up to
    ``bare``'s end, all its readings' own, are kept."""
    return folded[: bare.end] + folded[number.end :]


# An ID number's last eleven digits before its check character: a birth date and a sequence
_ID_TAIL = LazyPattern(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}")


#: Every detector needs at least this many digits (an HKID whose check is A: six).
_FEWEST_DIGITS = 6
#: What the fold may read as a digit: a digit of any script, a numeral (一, 壹, 〇, 〡, 洞 and
#: the traditional 貳, 陸, 參, 兩), and the superscript, subscript, enclosed and dingbat digits.
_DIGIT_LIKE = LazyPattern(
    "[\\d"
    + "".join(NUMERALS)
    + "貳陸參兩\u00b2\u00b3\u00b9\u2070-\u2089\u2460-\u24ff\u2776-\u2793\U0001f100-\U0001f10c"
    # the parenthesized and circled ideograph numerals, ㈠ and ㊀ (red team 56)
    + "\u3220-\u3229\u3280-\u3289]"
)


def mask_personal_data(text: str) -> str:
    """``text`` with every detected ID, phone, bank-card and passport number masked."""
    require_text(text, "mask_personal_data")
    if len(_DIGIT_LIKE.findall(text, 0, 4096)) < _FEWEST_DIGITS and len(text) <= 4096:
        return text  # every detector needs a run of digits; most audit strings have none
    folded = fold(text)
    masks = [
        (folded.original(h.start), folded.original(h.end - 1) + 1, h.masked)
        for h in find_personal_data(folded.text, text, folded.original, lambda s, e: False)
    ]
    for start, end, masked in sorted(masks, reverse=True):
        text = text[:start] + masked + text[end:]
    return text
