"""Stretches of digits not read change nothing that is found.

``find_numbers(text, worth=...)`` does not read the stretches of digits and
separators that cannot hold personal data (``personal.stretches._worth_reading``:
under 13 digits, no group starting with ``1`` and no letter before — a landline
number); the property checks that the personal data found is what reading every
stretch finds.
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from number_makers import id_number, luhn

from govpub.compliance import grouping
from govpub.compliance.folding import fold
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal import find_personal_data, stretches, windows


def test_a_landline_number_is_not_read() -> None:
    text = "咨询电话：0431-4956982，手机13812345678"
    read = [
        text[n.start : n.end]
        for n in grouping.find_numbers(fold(text).text, worth=stretches._worth_reading)
    ]
    assert ["13812345678"] == read


# (not "*" twice: "138*1234*5678" is 138<em>1234</em>5678 in Markdown, read as the page
# shows it, one run of digits — test_folding's single-* italics tests)
@pytest.mark.parametrize("separator", ["~", "\u301c", "\u4e28", "＊", "～"])
def test_stars_tildes_and_the_stroke_part_groups_as_dots_do(separator: str) -> None:
    text = fold(f"电话：138{separator}1234{separator}5678").text
    [number] = find_numbers(text)
    assert ["138", "1234", "5678"] == [g.digits for g in number.groups]
    assert number.consistent(0, 3)


def test_one_star_groups_as_a_dot_does() -> None:
    [number] = find_numbers(fold("电话：138*1234-5678").text)
    assert ["138", "1234", "5678"] == [g.digits for g in number.groups]


def test_a_cell_border_parts_groups_as_a_line_break_does() -> None:
    """``| 138 | 1234 | 5678 |`` is read across its cells only as over lines: each border
    is a break (a checked ID number, or a number after a label, is read over it)."""
    for text in ("| 138 | 1234 | 5678 |", "<td>138</td><td>1234</td> <td>5678</td>"):
        [number] = find_numbers(fold(text).text)
        assert [g.digits for g in number.groups] == ["138", "1234", "5678"]
        assert number.broken_before(1)
        assert number.broken_before(2)


@pytest.mark.parametrize(
    "footer", ["— 3 —", "- 3 -", "第 3 页 共 5 页", "第3页/共5页", "第3页，共5页", "  第 12 页  "]
)
def test_a_page_footer_on_its_line_is_a_page_break(footer: str) -> None:
    """A page number or a PDF's footer alone on its line between two groups is part of the
    line break that parts them (its digits are no group: fix 98 for the footers)."""
    [number] = find_numbers(fold(f"138 1234\n{footer}\n5678").text)
    assert ["138", "1234", "5678"] == [g.digits for g in number.groups]
    assert number.broken_before(2)


@pytest.mark.parametrize(
    "text",
    ["138 1234\n第 3 页 的附表\n5678", "138 1234 第 3 页 共 5 页\n5678", "1234第3页共5页5678"],
)
def test_a_footer_in_prose_is_no_page_break(text: str) -> None:
    assert all(len(number.groups) < 3 for number in find_numbers(fold(text).text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("联系电话：138杠1234杠5678", True),
        ("联系电话：138横杠1234横杠5678", True),
        ("联系电话：138 短横 1234 短横 5678", True),
        ("联系电话：138空格1234空格5678", True),
        ("身份证号：500103杠197705093564", True),  # once, after a label
        ("138杠1234杠5678", True),  # twice, as 138.1234.5678
        ("138杠12345678", False),  # once, no label: as 138.12345678
        ("138杠1234", False),
        ("138杠1234横杠5678", False),  # two words, no label: as 138.1234~5678
        ("比分3杠2，双杠决赛得分14.233", False),
        ("请按空格键，输入1234空格5678", False),
        ("2018杠2019杠2020年度考核", False),
    ],
)
def test_the_words_for_a_dash_or_a_space_part_groups(text: str, found: bool) -> None:
    """杠, 横杠, 短横, 短杠 and 空格 between a number's groups are weak separators: one word,
    twice, or once after a label (red team 102)."""
    folded = fold(text)
    hits = list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))
    assert found == bool(hits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("有事打138杠1234-5678", True),  # a said dash and a typed one, no label
        ("有事打138-1234杠5678", True),
        ("王老师138杠1234 5678", True),  # and a space
        ("有事请打138 杠 1234杠5678", True),  # one word, spaced once
        ("联系电话：138短横线1234短横线5678", True),
        ("咨询电话139中划线8765中划线4321", True),
        ("手机136中横线0012中横线3456", True),
        ("电话138(杠)1234(杠)5678", True),  # the word in brackets
        ("有事打138（杠）1234-5678", True),
        ("申请人310104中划线19851122中划线3688", True),  # an ID number
        ("身份证：310104（杠）19851122（杠）3688", True),
        ("6222杠0212-3456-7890-128", True),  # a card in fours
        ("编号138杠1234横杠5678", False),  # two words, no label: as before (fix102c)
        ("计算138减1234减5678的结果", False),  # 减 is arithmetic: no separator (decided)
        ("联系电话：010杠12345678", False),  # a landline, as 010-12345678
        ("会议定于2026短横线12短横线07召开", False),  # a date
        ("编号123杠4567-8901", False),  # no mobile's prefix
        ("身份证号：310104杠19851122-3689", False),  # fails its check
        ("中国队3杠2战胜对手，撬动1杠杆，杠杆率138%", False),
        ("电话138杠\n1234杠5678", True),  # a plain line break after the word (review 78's L8)
        ("手机138下划线\n1234下划线5678", True),
        ("比分定格在 138杠\n1234", False),  # too few digits
    ],
)
def test_a_said_dash_mixes_with_typed_ones(text: str, found: bool) -> None:
    """A dash said (杠, 横杠, 短横线, 中划线, 中横线, （杠）) mixes with typed dashes and spaces in
    one number as they mix with one another (review 70's L2)."""
    folded = fold(text)
    hits = list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))
    assert found == bool(hits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("138横线1234-5678", True),
        ("138连字符1234-5678", True),
        ("138破折号1234破折号5678", True),
        ("138减号1234减号5678", True),
        ("138减号1234-5678", True),
        ("138-杠-1234-5678", True),  # typed dashes around the word
        ("138<br>杠1234-5678", True),  # the word after a line break
        ("电话138杠<br>1234杠5678", True),  # the word before a line break (review 76's L3)
        ("138</p><p>杠1234-5678", True),  # a paragraph's break before the word
        ("138下划线1234下划线5678", True),  # the underscore's name
        ("138</p><p>1234-5678", False),  # a paragraph's break alone parts two numbers
        ("文件名用下划线连接，如2024下划线01下划线05", False),
        ("请用短横线连接年月日，如2024-05-01", False),
        ("减号和加号各有12345678种写法", False),
        ("比分定格在 138杠1234", False),
        ("比分定格在 138减号1234", False),
        ("2024杠05-01", False),
        ("2024破折号05破折号01", False),  # no mobile's prefix
        ("第138条：连字符用于连接，见第1234页", False),
        ("计算138减1234减5678的结果", False),  # 减 alone is still arithmetic
        ("138<br>1234-5678", False),  # a line break alone: as before
    ],
)
def test_the_other_names_of_a_dash_part_groups(text: str, found: bool) -> None:
    """横线, 连字符, 破折号 and 减号 name a dash as 杠 does; typed dashes around the word, or a line
    break before it, are part of the one separator (review 73's L9)."""
    folded = fold(text)
    hits = list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))
    assert found == bool(hits)


def test_a_said_word_is_the_same_with_a_break_or_dashes_beside_it() -> None:
    assert grouping._said_word("<br>杠") == grouping._said_word("-杠-") == "杠"
    assert not grouping._line_break("<br>杠")  # (the word says the number goes on)
    assert grouping._line_break("<br>")


@pytest.mark.parametrize(
    ("text", "consistent"),
    [
        ("138杠1234-5678", True),
        ("138 杠 1234杠5678", True),
        ("138（杠）1234 5678", True),
        ("138杠12345678", False),  # once, no label
        ("138杠1234.5678", False),  # a said dash and a dot: weak separators mixed
        ("138杠1234横杠5678", False),
    ],
)
def test_one_said_word_counts_with_the_typed_separators(text: str, consistent: bool) -> None:
    [number] = find_numbers(fold(text).text)
    assert consistent == number.consistent(0, len(number.groups))


_SPACED = st.sampled_from([" ", "杠", "-", "\n", " 杠 "])
# (single digits mostly, and now and then a longer group, which ends a stretch spaced out)
_GROUPS = st.lists(
    st.tuples(st.sampled_from([*"01234567890123456789", "12", "1234", "5678"]), _SPACED),
    max_size=30,
)


@given(
    st.sampled_from(["", "手机：", "身份证号：", "卡号："]),
    _GROUPS,
    st.sampled_from(["", id_number("31010419851122368"), luhn("62220212345678901"), "13812345678"]),
    _GROUPS,
    _SPACED,
)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_run_spaced_out_reads_what_every_window_of_it_reads(
    label: str,
    before: list[tuple[str, str]],
    inside: str,
    after: list[tuple[str, str]],
    spaced: str,
) -> None:
    """Only the 18-digit windows of a stretch spaced out one digit a group are asked about
    (``_SpacedOut.cut_from``, review 70's S1): what is found — an ID number, a card or a mobile
    spaced out among other digits, after a label or not, or nothing — is what asking every
    window finds."""
    digits = [*before, *((digit, spaced) for digit in inside), *after]
    text = label + "".join(digit + separator for digit, separator in digits)
    folded = fold(text)

    def found() -> list[object]:
        return list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))

    shortened = found()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(windows._SpacedOut, "cut_from", lambda self, first, top: False)
        assert found() == shortened


@pytest.mark.parametrize(
    "text", ["138\n1234\n5678\n100\n200", "1 3 8\n1 2 3 4 5 6 7 8\n9", "| 138 | 1234 | 5678 |"]
)
def test_the_counted_breaks_say_what_the_number_says_of_lines_apart(text: str) -> None:
    [number] = find_numbers(fold(text).text)
    breaks = windows._Breaks(fold(text).text, number)
    count = len(number.groups)
    for first in range(count):
        for last in range(first + 1, count + 1):
            assert number.lines_apart(first, last) == breaks.lines_apart(first, last)


@pytest.mark.parametrize("unit", ["138杠1234杠", "1空格", "手机：138横杠1234横杠5678，"])
def test_the_spoken_separators_read_in_linear_time(unit: str) -> None:
    body = repeated(unit, 80_000)
    assert grows_linearly(body[: len(body) // 10], body, within=2.0)


def test_a_weak_separator_used_once_joins_nothing() -> None:
    """``138*1234 5678`` mixes a star and a space: not one number (as ``138.1234 5678``)."""
    [number] = find_numbers(fold("138*1234 5678").text)
    assert not number.consistent(0, 3)


@pytest.mark.parametrize(
    "text", ["手机：138-1234·5678", "联系电话：138 1234_5678", "卡号：6222-0212/3456 7894"]
)
def test_after_a_label_weak_and_plain_separators_mix(text: str) -> None:
    """A label says the digits are one number (red team 53); without one, ``138-1234_5678``
    mixes a weak separator with a plain one and stays apart, as ``138.1234 5678`` does."""
    [number] = find_numbers(fold(text).text)
    assert number.consistent(0, len(number.groups), once=lambda: True)
    assert not number.consistent(0, len(number.groups))


@pytest.mark.parametrize("separator", [".", "/", "~", "·", "★", "．", "_"])
def test_a_number_spaced_digit_by_digit_groups_at_its_weak_separators(separator: str) -> None:
    """``1 3 8 . 1 2 3 4 . 5 6 7 8``: the spaces part the digits, the dots the groups."""
    [number] = find_numbers(fold(f"1 3 8 {separator} 1 2 3 4 {separator} 5 6 7 8").text)
    assert len(number.groups) == 11
    assert number.consistent(0, 11)


def test_spaced_digits_with_one_weak_separator_or_groups_stay_apart() -> None:
    """``1 3 8 1 2 3 4 . 5 6`` is a decimal spaced out, ``13 8 . 1234 . 5678`` mixes groups."""
    [number] = find_numbers(fold("1 3 8 1 2 3 4 . 5 6").text)
    assert not number.consistent(0, len(number.groups))
    [number] = find_numbers(fold("13 8 . 1234 . 5678").text)
    assert not number.consistent(0, len(number.groups))


_NUMBERS = st.lists(
    st.one_of(
        st.text(alphabet="0123456789", min_size=1, max_size=19),
        st.sampled_from(
            ["1", "13812345678", "8613812345678", "4222222222222", "86", "+86 ", "0431-", "E", "x"]
        ),
        st.sampled_from([*" -.／/_\u3000a中，：号码身份证卡\n", "\n\n", "<br>", "护照", "g"]),
    ),
    max_size=12,
).map("".join)


@settings(
    max_examples=800, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_NUMBERS)
def test_the_stretches_not_read_hold_no_personal_data(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded = fold(text)

    def hits() -> list[tuple[str, int, int, str, bool]]:
        found = find_personal_data(folded.text, text, folded.original, lambda s, e: False)
        return [(h.kind, h.start, h.end, h.masked, h.certain) for h in found]

    read_some = hits()
    with monkeypatch.context() as patch:
        patch.setattr(stretches, "_worth_reading", lambda folded, start, end: True)
        assert hits() == read_some


# -- line breaks ----------------------------------------------------------------------

_BREAKS = st.sampled_from(["\n", "\r\n", " \n ", "  \n", "<br>", "<br/>", "<br />\n"])


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    number=st.sampled_from(["13812345678", "310104198511223688", "6222021001001234563"]),
)
def test_a_number_written_over_lines_is_read_whole(data: st.DataObject, number: str) -> None:
    shapes = {11: [(3, 4, 4), (3, 8), (7, 4)], 18: [(6, 8, 4), (6, 4, 4, 4)], 19: [(4,) * 5]}
    lengths = data.draw(st.sampled_from(shapes[len(number)]))
    groups, at = [], 0
    for length in lengths:
        groups.append(number[at : at + length])
        at += length
    written = "号码：" + "".join(g + data.draw(_BREAKS) for g in groups[:-1]) + groups[-1]
    hits = list(
        find_personal_data(fold(written).text, written, fold(written).original, lambda s, e: False)
    )
    assert 1 == len(hits)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.text(alphabet="0123456789", min_size=1, max_size=8), min_size=2, max_size=6)
)
def test_a_blank_line_never_joins_digits(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    for number in find_numbers(text):
        assert "\n\n" not in text[number.start : number.end]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("电话：138◆1234◆5678", True),
        ("电话：138▪1234▪5678", True),
        ("电话：【138】1234-5678", True),
        ("电话：[138][1234][5678]", True),
        ("联系电话：138，1234，5678", True),
        ("电话1、3、8、1、2、3、4、5、6、7、8", True),
        ("涉及138，1234，5678三个批次", False),  # a list of counts
        ("电话：138○1234○5678", False),  # ○ is a numeral zero and a mask character
        ("参考文献[1][2][3][4][5][6][7][8][9][10][11]", False),
    ],
)
def test_shapes_brackets_and_list_marks_between_groups(text: str, found: bool) -> None:
    folded = fold(text)
    hits = list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))
    assert found == bool(hits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("༡༣༨་༡༢༣༤་༥༦༧༨", True),  # the Tibetan tsheg between groups
        ("༡༣༨།༡༢༣༤།༥༦༧༨", True),  # the shad, Tibetan's full stop
        ("᠑᠓᠘᠆᠑᠒᠓᠔᠆᠕᠖᠗᠘", True),  # the Mongolian todo soft hyphen, a dash
        ("١٣٨۔١٢٣٤۔٥٦٧٨", True),  # the Arabic full stop
        ("ئالاقىلىشىش نومۇرى ١٣٨،١٢٣٤،٥٦٧٨", True),  # the Arabic comma after a Uyghur label
        ("ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠑᠓᠘᠂᠑᠒᠓᠔᠂᠕᠖᠗᠘", True),  # the Mongolian comma after a label
        ("전화: 138，1234，5678", True),  # a Korean label
        ("١٣٨،١٢٣٤،٥٦٧٨ تۈرلۈك", False),  # a list of counts, no label
        ("نىسبىتى ٠٫١٣٨١٢٣٤٥٦٧٨", False),  # a decimal, the Arabic decimal separator
        ("١٣٨١٢٣٤٥٦٧٨٫٠٠ يۈەن", False),
        # ٫ is the decimal point of the Arabic-Indic digits only: between ASCII ones it lists
        # them, as the scripts' dots do (review 29)
        ("电话：13812345678٫13912345678", True),
        ("13812345678٫00 يۈەن", True),
        ("编号2026٫13812345678", True),
        ("باھاسى ١٢٬٣٤٥٬٦٧٨٫٠٠ يۈەن", False),
        ("نىسبىتى ۰٫۱۳۸۱۲۳۴۵۶۷۸", False),  # Persian digits
        # a full stop and a space end a sentence or a list's item: they join groups after a
        # label only, as 、 and ， do (review 29)
        ("༡༣༨། ༡༢༣༤། ༥༦༧༨", False),
        ("١٣٨۔ ١٢٣٤۔ ٥٦٧٨", False),
        ("᠑᠓᠘ ᠃ ᠑᠒᠓᠔ ᠃ ᠕᠖᠗᠘", False),
        ("ཁ་པར ༡༣༨། ༡༢༣༤། ༥༦༧༨", True),
    ],
)
def test_the_punctuation_of_other_scripts_between_groups(text: str, found: bool) -> None:
    """Red team 69: bilingual posts group digits with their script's dots, stops, commas and
    dash as Chinese ones do with 。 · ， -; the Arabic decimal separator is a decimal point."""
    folded = fold(text)
    hits = list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))
    assert found == bool(hits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the words for a bare number (号, 编号) name no phone: a decision's, a house's, an
        # article's, a document's number (review 29)
        ("قارار نومۇرى ١٣٨، ١٢٣٤، ٥٦٧٨", False),
        ("ئۆي نومۇرى ١٣٨، ١٢٣٤، ٥٦٧٨", False),
        ("قارار نومىرى ۱۳۸، ۱۲۳۴، ۵۶۷۸", False),
        ("문서번호 138, 1234, 5678", False),
        ("ཨང་གྲངས ༡༣༨། ༡༢༣༤། ༥༦༧༨", False),
        ("ᠳ᠋ᠤᠭᠠᠷ ᠑᠓᠘᠂᠑᠒᠓᠔᠂᠕᠖᠗᠘", False),
        # the telephone's and the contact's
        ("تېلېفون نومۇرى ١٣٨، ١٢٣٤، ٥٦٧٨", True),
        ("تەلەفون نومىرى ۱۳۸، ۱۲۳۴، ۵۶۷۸", True),
        ("전화번호 138, 1234, 5678", True),
        ("휴대폰 번호: 138, 1234, 5678", True),
        ("ཁ་པར་ཨང་གྲངས ༡༣༨། ༡༢༣༤། ༥༦༧༨", True),
        # written with the free variation selector U+180B, which the fold drops: the label
        # words are folded as they are loaded
        ("ᠤᠲᠠᠰᠤᠨ ᠳ᠋ᠤᠭᠠᠷ ᠑᠓᠘᠂᠑᠒᠓᠔᠂᠕᠖᠗᠘", True),
        ("ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠳ᠋ᠤᠭᠠᠷ ᠑᠓᠘᠂᠑᠒᠓᠔᠂᠕᠖᠗᠘", True),
    ],
)
def test_the_number_labels_of_other_scripts(text: str, found: bool) -> None:
    """A phone's or a contact's label in Uyghur, Kazakh, Korean, Tibetan or Mongolian joins a
    number's groups over list marks as 电话 does; the bare number's word (号) does not."""
    folded = fold(text)
    hits = list(find_personal_data(folded.text, text, folded.original, lambda s, e: False))
    assert found == bool(hits)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # an ordered list's item number is no group of the number after it (fix 93)
        ("1. 1 3 8 0 1 2 3 4 5 0 6", "1 3 8 0 1 2 3 4 5 0 6"),
        ("   12) 1 3 8 0 1 2 3 4 5 0 6", "1 3 8 0 1 2 3 4 5 0 6"),
        ("> 3、1 3 8 0 1 2 3 4 5 0 6", "1 3 8 0 1 2 3 4 5 0 6"),
        ("第1. 1 3 8 0 1 2 3 4 5 0 6", "1 3 8 0 1 2 3 4 5 0 6"),
        ("说明\n2. 138 0123 4506", "138 0123 4506"),
        # not a marker: the same separator goes on between the groups (a number dotted out),
        # or the digits stand inside a line, or four digits
        ("138. 1234. 5678", "138 1234 5678"),
        ("电话 1. 1 3 8 0 1 2 3 4 5 0 6", "1 1 3 8 0 1 2 3 4 5 0 6"),
        ("2025. 1 3 8 0 1 2 3 4 5 0 6", "2025 1 3 8 0 1 2 3 4 5 0 6"),
        # three digits are a mobile's first group as often (review 37)
        ("手机：\n138. 1234-5678", "138 1234 5678"),
        ("电话：\n138) 1234 5678", "138 1234 5678"),
    ],
)
def test_a_list_marker_is_no_group(text: str, groups: str) -> None:
    found = list(find_numbers(text))
    assert [groups] == [" ".join(g.digits for g in n.groups) for n in found]
    assert found[0].start == found[0].groups[0].start
    assert len(found[0].separators) == len(found[0].groups) - 1


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # the next item's number of an ordered list at the start of the next line is no group
        # of the number before it (red team 82, fix 103)
        ("手机：138\n1234 5678\n2. 赵先生", "138 1234 5678"),
        ("卡号：6223 4582 0095 9839\n2、赵先生", "6223 4582 0095 9839"),
        ("卡号：6223 4582 0095 9839\n  12) 赵先生", "6223 4582 0095 9839"),
        # not an item: the number goes on, or nothing follows the mark, or three digits
        ("手机：138 1234\n56.78", "138 1234 56 78"),
        ("卡号：6223 4582 0095 98\n39.", "6223 4582 0095 98 39"),
        ("卡号：6223 4582 0095 9\n839. 赵先生", "6223 4582 0095 9 839"),
        ("电话：123456\n2. 赵先生", "123456 2"),  # (too few digits before it: read as before)
        # a number wrapped before its last digits: no number is complete without them, or it
        # stands in an open bracket (review 40, fix 105)
        ("身份证号：1101051990030710\n01）。", "1101051990030710 01"),
        ("身份证号：110105 19900307 10\n01、出生日期略", "110105 19900307 10 01"),
        ("（银行卡号：6222 0212 3456 78\n94）。", "6222 0212 3456 78 94"),
        ("举报人：张三（手机号码：1381234567\n8），地址略。", "1381234567 8"),
        ("手机：13812345 6\n78. 住址略", "13812345 6 78"),
        ("手机13812345 6\n78、邮箱略", "13812345 6 78"),
        ("（手机：13812345678\n2）", "13812345678 2"),
        # the digits before the wrap pass Luhn but are no card of any network (review 41, fix 113)
        ("身份证号：11010519900307103\n6、户籍地址略", "11010519900307103 6"),
        ("身份证号：1101051990030719\n09）。", "1101051990030719 09"),
        ("银行卡号：622202100000512\n9、开户行略", "622202100000512 9"),
        ("收款账号：6222 0210 0001 312\n3）。", "6222 0210 0001 312 3"),
    ],
)
def test_the_next_items_number_is_no_group(text: str, groups: str) -> None:
    found = list(find_numbers(text))
    assert [groups] == [" ".join(g.digits for g in n.groups) for n in found]
    assert found[0].end == found[0].groups[-1].end


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("身份证号：110105.19900307.1239", "身份证号：110105.19900307.1239"),
        ("手机号：138.12345678", "手机号：138.12345678"),
        ("共50.110105.19900307.1239", "共50。110105.19900307.1239"),
        ("联系电话13812345678.13912345678", "联系电话13812345678。13912345678"),
        ("圆周率约为3.14159265358", "圆周率约为3。14159265358"),
        ("共5.310104198511223688", "共5。310104198511223688"),
        ("1.13812345678", "1。13812345678"),
        ("如下：1.13812345678；2.13912345678", "如下：1。13812345678；2。13912345678"),
        ("报价13812345678.00", "报价13812345678.00"),
        # groups joined by a space beside the stop, or a space on either side of it (the fold
        # keeps a 。 with a space beside it: review 51b's item 1)
        ("手机：138.1234 5678", "手机：138.1234 5678"),
        ("身份证号：110105.19900307 1239", "身份证号：110105.19900307 1239"),
        ("银行卡号：6222 0212.3456 7890 128", "银行卡号：6222 0212.3456 7890 128"),
        ("手机：138\u3002 1234\u3002 5678", "手机：138. 1234. 5678"),
        ("身份证号：110105 \u300219900307 \u30021239", "身份证号：110105 .19900307 .1239"),
        ("手机 138 \u30021234 \u30025678", "手机 138 .1234 .5678"),
        ("手机：138\u3002\u30001234\u3002\u30005678", "手机：138.\u30001234.\u30005678"),
        ("报名费¥99.5287 0431 6290 1857", "报名费¥99。5287 0431 6290 1857"),
        ("共50\u3002 310104198511223688", "共50\u3002 310104198511223688"),
        ("共3\u3002 138 1234 5678", "共3\u3002 138 1234 5678"),
        ("电话010 8888 8888.13812345678", "电话010 8888 8888。13812345678"),
        ("2026\u3002 3\u3002 15", "2026\u3002 3\u3002 15"),
    ],
)
def test_a_full_stop_between_digits(text: str, stopped: str) -> None:
    """The fold makes 。 a dot (here written as the dot it folds to, the written form 。): it ends
    a sentence unless the digits it joins are one number (fix 133, mend 50b)."""
    written = text.replace(".", "\u3002")
    assert stopped == grouping.full_stops(text, written, lambda at: at)


@pytest.mark.parametrize(
    ("written", "folded", "stopped"),
    [
        # any space the fold reads as a space beside the stop (review 52's item 7)
        ("138\u3002\u00a01234\u3002\u00a05678", "138\u3002 1234\u3002 5678", "138. 1234. 5678"),
        ("138\u3002\u20031234\u3002\u20035678", "138\u3002 1234\u3002 5678", "138. 1234. 5678"),
        ("138\u3002\t1234\u3002\t5678", "138\u3002\t1234\u3002\t5678", "138.\t1234.\t5678"),
        ("138\u3002  1234\u3002  5678", "138\u3002  1234\u3002  5678", "138.  1234.  5678"),
        ("138 \u3002 1234 \u3002 5678", "138 \u3002 1234 \u3002 5678", "138 . 1234 . 5678"),
        # a hyphen among the groups (the reader asks for a label then)
        ("138\u3002 1234-5678", "138\u3002 1234-5678", "138. 1234-5678"),
        ("138\u3002 1234 - 5678", "138\u3002 1234 - 5678", "138. 1234 - 5678"),
        # more than three characters between two groups: no number's separator
        ("138  \u3002  1234  \u3002  5678", "138  \u3002  1234  \u3002  5678", None),
        # a 。 the fold kept between digits that run into a word (review 52's item 3)
        (
            "138\u30021234\u30025678\u624b\u673a",
            "138.1234\u30025678\u624b\u673a",
            "138.1234.5678\u624b\u673a",
        ),
        ("1234\u300256\u4e07\u5143", "1234\u300256\u4e07\u5143", None),
        # (two groups alone are a decimal and its unit, whatever their digits: review 51b)
        ("110105\u3002199003071239\u4e07", "110105\u3002199003071239\u4e07", None),
        (
            "110105 19900307\u30021239\u6237",
            "110105 19900307\u30021239\u6237",
            "110105 19900307.1239\u6237",
        ),
        ("50\u300213812345678\u4eba", "50\u300213812345678\u4eba", None),
    ],
)
def test_a_full_stop_beside_any_space(written: str, folded: str, stopped: str | None) -> None:
    """A 。 with any space the fold reads as a space beside it, or one the fold kept between
    digits, joins the groups of a whole number (``None``: the text stays as folded)."""
    assert len(written) == len(folded)
    assert (stopped or folded) == grouping.full_stops(folded, written, lambda at: at)


def test_a_full_stop_before_a_space_reference() -> None:
    """``&nbsp;`` after the stop, which the fold reads as a space (review 52's item 7)."""
    written = "<p>手机：138。&nbsp;1234。&nbsp;5678</p>"
    folded = fold(written)
    assert "138. 1234. 5678" in grouping.full_stops(folded.text, written, folded.original)


# A hyphen may start the next line, a <br> or a line break put before it (red team 90's D3)
@pytest.mark.parametrize(
    "text", ["电话：138<br>－1234－5678", "电话：138－1234<br>－5678", "电话：138\n-1234-5678"]
)
def test_a_hyphen_after_a_line_break_parts_groups(text: str) -> None:
    [number] = find_numbers(fold(text).text)
    assert ["138", "1234", "5678"] == [g.digits for g in number.groups]


@pytest.mark.parametrize(
    ("folded", "labelled", "stopped"),
    [
        # a hyphen or a line break after each 。: a label's number (left 27a)
        ("138\u3002-1234\u3002-5678", True, "138 -1234 -5678"),
        ("138\u3002\n1234\u3002\n5678", True, "138 \n1234 \n5678"),
        ("138\u3002 -1234\u3002 -5678", True, "138  -1234  -5678"),
        ("138\u3002-1234\u3002-5678", False, None),
        ("138\u3002\n1234\u3002\n5678", False, None),
        # a decimal's two groups: a label's mobile
        ("138\u300212345678\u8054", True, "138.12345678\u8054"),
        ("138\u300212345678\u8054", False, None),
        # a whole number on either side is read alone, label or not
        ("13812345678\u3002-2025", True, None),
        ("50\u3002\n13812345678", True, None),
    ],
)
def test_a_full_stop_after_a_label(folded: str, labelled: bool, stopped: str | None) -> None:
    """A 。 before a hyphen or a line break, or between two groups before a word, joins a
    whole number's groups only when a label names the number (``None``: the text stays)."""
    assert (stopped or folded) == grouping.full_stops(
        folded, folded, lambda at: at, lambda start: labelled
    )
    assert folded == grouping.full_stops(folded, folded, lambda at: at)
