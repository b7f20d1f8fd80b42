"""Chinese numerals read as digits for the personal-data detectors (:mod:`.numerals`)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from number_makers import id_number

from govpub import Post, check
from govpub.compliance import grouping, personal
from govpub.compliance.folding import fold
from govpub.compliance.links import flatten, scan_links
from govpub.compliance.numerals import MIN_RUN, NUMERALS, read_numerals
from govpub.compliance.personal.stretches import _stretches

_FORMS: dict[str, list[str]] = {}
for _numeral, _digit in NUMERALS.items():
    _FORMS.setdefault(_digit, []).append(_numeral)
_FORMS["3"].append("參")  # traditional 大写, folded to 参
_FORMS["6"].append("陸")
_FORMS["2"].append("貳")
_PROSE = st.text(alphabet=st.sampled_from("的了在和是政务公开通知请联系电话号码我们"), max_size=8)


@st.composite
def _written(draw: st.DrawFn, digits: str) -> str:
    """``digits`` in numerals, one form per digit drawn, with an optional separator."""
    separator = draw(st.sampled_from(["", "", " ", "-", "－", "\u200b"]))
    out = [draw(st.sampled_from(_FORMS[d])) for d in digits]
    if separator:
        return "".join(out[:3]) + separator + "".join(out[3:7]) + separator + "".join(out[7:])
    return "".join(out)


_MOBILES = st.builds(
    lambda second, rest: "1" + second + rest,
    st.sampled_from("3456789"),
    st.text(alphabet="0123456789", min_size=9, max_size=9),
)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), number=_MOBILES, lead=_PROSE, tail=_PROSE)
def test_mobile_numbers_in_numerals_block(
    data: st.DataObject, number: str, lead: str, tail: str
) -> None:
    written = data.draw(_written(number))
    body = lead + "：" + written + "。" + tail
    result = check(Post(title="通知", body=body))
    hits = [f for f in result.findings if f.rule == "personal.mobile"]
    assert [body.index(written)] == [f.offset for f in hits]
    assert written not in hits[0].excerpt  # masked
    assert hits[0].severity == "block"


@settings(max_examples=100, deadline=None)
@given(
    data=st.data(),
    number=_MOBILES,
    label=st.sampled_from(["联系电话：", "手机号码是", "电话：", "手机号："]),
    mark=st.sampled_from(["，", "、", ",", "。"]),
)
def test_mobile_numbers_in_numerals_grouped_by_list_marks_block_after_a_label(
    data: st.DataObject, number: str, label: str, mark: str
) -> None:
    """Groups of numerals parted by a list's mark or a full stop, as a caller's number is told
    in a 12345 transcript (red team 107): read after a label as ``138，1234，5678`` is."""
    assume("000" not in number)  # (three circles mask: 138〇〇〇〇5678)
    written = [data.draw(st.sampled_from(_FORMS[digit])) for digit in number]
    groups = ["".join(written[:3]), "".join(written[3:7]), "".join(written[7:])]
    body = f"王某，{label}{mark.join(groups)}。"
    assert [f.rule for f in check(Post(title="通知", body=body)).findings] == ["personal.mobile"]


@pytest.mark.parametrize(
    "text",
    [
        "涉及一三八，一二三四，五六七八三个批次",  # no label: three batches
        "一、二、三、四、五、六、七、八、九、十、十一",
        "二〇二四，二〇二五，二〇二六年连续三年",
        "时间是二〇二四年。二〇二五年。二〇二六年",
    ],
)
def test_numerals_parted_by_list_marks_without_a_label_stay_prose(text: str) -> None:
    assert not check(Post(title="通知", body=text)).findings


_BIRTHS = st.dates(min_value=date(1920, 1, 1), max_value=date(2020, 12, 31))


@settings(max_examples=100, deadline=None)
@given(data=st.data(), birth=_BIRTHS, serial=st.integers(0, 999))
def test_id_numbers_in_numerals_block(data: st.DataObject, birth: date, serial: int) -> None:
    number = id_number(f"310104{birth:%Y%m%d}{serial:03d}")
    if number.endswith("X"):
        number = number[:-1] + "x"
    written = "".join(data.draw(st.sampled_from(_FORMS.get(d, [d]))) for d in number)
    result = check(Post(title="通知", body="身份证号" + written))
    assert ["personal.id_number"] == [f.rule for f in result.findings]


@st.composite
def _mixed(draw: st.DrawFn, digits: str) -> str:
    """``digits`` with some of them (two or more, not only zeros) written as numerals and
    no eleven digits left standing together."""
    flags = draw(st.lists(st.booleans(), min_size=len(digits), max_size=len(digits)))
    as_numeral = [flag and d in _FORMS for d, flag in zip(digits, flags, strict=True)]  # not X
    longest = run = 0
    for flag in as_numeral:
        run = 0 if flag else run + 1
        longest = max(longest, run)
    chosen = [d for d, flag in zip(digits, as_numeral, strict=True) if flag]
    assume(len(chosen) >= 2 and set(chosen) != {"0"} and longest < MIN_RUN)
    assume(not all(as_numeral))
    return "".join(
        draw(st.sampled_from(_FORMS[d])) if flag else d
        for d, flag in zip(digits, as_numeral, strict=True)
    )


@settings(max_examples=200, deadline=None)
@given(data=st.data(), number=_MOBILES, lead=_PROSE)
def test_mobile_numbers_in_digits_and_numerals_block(
    data: st.DataObject, number: str, lead: str
) -> None:
    written = data.draw(_mixed(number))
    body = lead + "电话：" + written + "。"
    hits = check(Post(title="通知", body=body)).findings
    assert [("personal.mobile", body.index(written))] == [(f.rule, f.offset) for f in hits]


@settings(max_examples=200, deadline=None)
@given(data=st.data(), birth=_BIRTHS, serial=st.integers(0, 999), wrong=st.booleans())
def test_id_numbers_in_digits_and_numerals_block_when_checked(
    data: st.DataObject, birth: date, serial: int, wrong: bool
) -> None:
    number = id_number(f"310104{birth:%Y%m%d}{serial:03d}")
    if wrong:  # another check character: not an ID number, as in digits
        number = number[:-1] + ("1" if number[-1] != "1" else "2")
    written = data.draw(_mixed(number))
    rules = [f.rule for f in check(Post(title="通知", body="号码" + written)).findings]
    assert rules == ([] if wrong else ["personal.id_number"]), written


def test_digits_masked_with_zero_numerals_and_numbers_beside_numerals_stay_as_they_were() -> None:
    for text in ("电话138〇〇〇〇5678", "电话138○○○○5678", "2023一2025年", "第1一2条"):
        assert not check(Post(title="通知", body=text)).findings, text
    for text in ("13812345678一二班", "13812345678一13912345678"):
        assert {f.rule for f in check(Post(title="通知", body=text)).findings} == {
            "personal.mobile"
        }


@pytest.mark.parametrize("zeros", ["零零零零", "洞洞洞洞", "零零零"])
def test_zeros_written_as_words_are_digits_not_a_mask(zeros: str) -> None:
    """零 and 洞 write a zero, no one masks with them (red team 106): only circles mask."""
    body = f"电话138{zeros}{'1234' if len(zeros) == 4 else '12345'}"
    assert [f.rule for f in check(Post(title="通知", body=body)).findings] == ["personal.mobile"]


@given(text=st.text(alphabet=st.sampled_from([*NUMERALS, "年", "月", " ", "-", "a", "1"])))
def test_reading_keeps_the_length_and_only_long_runs_change(text: str) -> None:
    read = read_numerals(text)
    assert len(read) == len(text)
    for before, after in zip(text, read, strict=True):
        # (or 一 between digits read as the dash it looks like, when that makes a number)
        assert before == after or NUMERALS[before] == after or (before, after) == ("一", "-")


@given(run=st.text(alphabet=st.sampled_from(list(NUMERALS)), min_size=1, max_size=MIN_RUN - 1))
def test_short_runs_stay_numerals(run: str) -> None:
    assert read_numerals("第" + run + "条") == "第" + run + "条"


@given(digits=st.text(alphabet="0123456789", min_size=MIN_RUN, max_size=30), data=st.data())
def test_a_long_run_reads_back_as_its_digits(digits: str, data: st.DataObject) -> None:
    written = "".join(data.draw(st.sampled_from(_FORMS[d])) for d in digits)
    assert read_numerals(fold(written).text) == digits


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("手机：138一1234一5678", "personal.mobile"),
        ("138一1234一5678", "personal.mobile"),
        ("联系电话 139 一 8765 一 4321", "personal.mobile"),
        ("1381234一5678", "personal.mobile"),
        ("310104一19851122一3688", "personal.id_number"),
        ("身份证号：110105一19491231一002X", "personal.id_number"),
        ("卡号6222一0212一3456一7894", "personal.bank_card"),
    ],
)
def test_one_between_digits_reads_as_the_dash_it_looks_like(text: str, rule: str) -> None:
    """Read as the numeral, ``138一1234一5678`` has thirteen digits and is no number: the
    ``一`` is a dash to the eye (red team 53)."""
    assert [rule] == [f.rule for f in check(Post(title="通知", body=text)).findings]


def test_one_as_a_dash_makes_no_number_of_what_is_none() -> None:
    for text in (
        "2023一2025年",
        "第1一2条",
        "1一3号楼",
        "310104一19851122一3689",
        "138一1234一567",
    ):
        assert not check(Post(title="通知", body=text)).findings, text


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("如有疑问请联系王老师幺三九洞两三四五六七八", "personal.mobile"),
        ("值班手机：幺五八六拐八勾四三两幺", "personal.mobile"),
        ("值班手機：幺五八六拐八勾四三兩幺", "personal.mobile"),
        ("身份证号三幺洞幺洞四幺九八五幺幺两两三六八八", "personal.id_number"),
        ("银行卡六两幺七洞洞幺两三四五六七八九洞幺两两", "personal.bank_card"),
    ],
)
def test_radio_speech_digits_are_numerals(text: str, rule: str) -> None:
    """洞 0, 两 2, 拐 7, 勾 9 say a number aloud as 幺 does (red team 56)."""
    assert [rule] == [f.rule for f in check(Post(title="通知", body=text)).findings]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("身份证号㈢㈠〇㈠〇㈣㈠㈨㈧㈤㈠㈠㈡㈡㈢㈥㈧㈧", "personal.id_number"),
        ("银行卡㈥㈡㈠㈦〇〇㈠㈡㈢㈣㈤㈥㈦㈧㈨〇㈠㈡㈡", "personal.bank_card"),
        ("310104198511223688".replace("0", "〇"), "personal.id_number"),
        ("1391234〇678", "personal.mobile"),
    ],
)
def test_zeros_written_as_numerals_among_digits(text: str, rule: str) -> None:
    """No parenthesized zero exists: ``㈠〇㈠`` writes a zero as ``〇`` among digits, and a
    reader reads one number (red team 56); three zeros in a row stay a mask (above)."""
    assert [rule] == [f.rule for f in check(Post(title="通知", body=text)).findings]


def test_zeros_among_digits_make_no_number_of_what_is_none() -> None:
    for text in ("电话138〇〇〇5678", "310104198511223689".replace("0", "〇"), "1〇2〇3〇4〇5〇6"):
        assert not check(Post(title="通知", body=text)).findings, text
    assert ["personal.mobile"] == [
        f.rule for f in check(Post(title="通知", body="13812345678〇2")).findings
    ]


def test_prose_with_numerals_is_not_personal_data() -> None:
    for text in (
        "二〇二五年一月一日",
        "一一对应，三三两两",
        "十四亿一千万",
        "第一百三十八条",
        "两三天后到山洞拐弯处勾选一两项",
    ):
        assert not check(Post(title="通知", body=text)).findings, text


# -- one pass for the numerals and the stretches of digits (personal.stretches) -----------

_PIECES = st.lists(
    st.one_of(
        st.text(alphabet="0123456789", min_size=1, max_size=14),
        st.text(alphabet=st.sampled_from(list(NUMERALS)), min_size=1, max_size=14),
        st.sampled_from(list(" -.／/_·\u3000\x00a中，：号")),
    ),
    max_size=16,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_PIECES)
@example(text="一二三四五六七八九〇一 13812345678")
@example(text="138123456780一二三四五六七八九〇")
@example(text="138一二三四5678")
@example(text="12345678 一二三四")
def test_one_pass_finds_what_the_two_passes_find(text: str) -> None:
    """Runs of numerals where :func:`read_numerals` finds one, else grouping's stretches."""
    stretches = _stretches(text)
    if read_numerals(text) is not text:
        assert stretches is None
    elif stretches is not None:
        assert [m.span() for m in grouping._STRETCH.finditer(text)] == stretches
    else:  # a digit beside a numeral: a mixed run was possible, the two passes decide
        assert any(c in NUMERALS for c in text)
        assert any(c.isdigit() for c in text)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.one_of(
            _PIECES, st.sampled_from(["https://www.gov.cn/138123456780/x.htm ", "t.cn/一二"])
        ),
        max_size=5,
    )
)
def test_with_plain_links_the_personal_data_found_is_the_same(pieces: list[str]) -> None:
    """``plain_links`` (every address ASCII) changes how many passes, not what is found."""
    text = "".join(pieces)
    folded = fold(text)
    links = flatten(scan_links(text, folded=folded))
    starts = sorted((s.url_start, s.url_end) for s in links)
    scan = folded.text
    for start, end in starts:
        scan = scan[:start] + "\x00" * (end - start) + scan[end:]
    if not folded.identity or not all(s.raw.isascii() for s in links):
        return

    def hits(plain: bool) -> list[tuple[str, int, int, str, bool]]:
        found = personal.find_personal_data(
            folded.text, text, folded.original, lambda s, e: False, scan=scan, plain_links=plain
        )
        return [(h.kind, h.start, h.end, h.masked, h.certain) for h in found]

    assert hits(False) == hits(True)


def test_small_numbers_in_digits_and_numerals() -> None:
    from govpub.compliance.numerals import small_number

    written = ["7", "07", "31", "五", "十", "十一", "二十", "二十二", "三十一", "〇"]
    assert [small_number(w) for w in written] == [7, 7, 31, 5, 10, 11, 20, 22, 31, 0]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("联系人张三 一三八一二三四五六七八", "personal.mobile"),  # 三 of the name
        ("王五一三八一二三四五六七八", "personal.mobile"),
        ("请拨打一三八一二三四五六七八参加", "personal.mobile"),  # 参, a numeral, of 参加
        ("电话一三八一二三四五六七八一起报名", "personal.mobile"),
        ("张三 三一〇一〇四一九八五一一二二三六八八 参加会议", "personal.id_number"),
        ("张三310104一九八五1122三六八八", "personal.id_number"),
    ],
)
def test_numerals_of_a_word_beside_a_number_are_not_its_digits(text: str, rule: str) -> None:
    """A name (张三) or a word (参加, 一起) beside the number gives its numeral back."""
    assert [rule] == [f.rule for f in check(Post(title="通知", body=text)).findings]


def test_a_word_gives_back_no_numeral_when_the_rest_is_no_number() -> None:
    text = "张三一二三四五六七八九〇一"  # twelve numerals and no number without the first
    assert "张312345678901" == read_numerals(text)
    assert "张三13812345678" == read_numerals("张三一三八一二三四五六七八")


@pytest.mark.parametrize(
    "text",
    [
        "咨询请拨打（幺三九）二六四八-幺三五七",
        "电话(一三九)二六四八 一三五七",
        "手机【一三九】二六四八【一三五七】",
    ],
)
def test_brackets_around_a_group_of_numerals(text: str) -> None:
    """As around a group of digits, (138) 1234-5678 (red team 32)."""
    assert ["personal.mobile"] == [f.rule for f in check(Post(title="通知", body=text)).findings]


def test_numerals_in_brackets_of_a_list_are_no_number() -> None:
    text = "第（一）（二）（三）（四）（五）（六）项，（一）二三四五六七八九十一二三"
    assert () == check(Post(title="通知", body=text)).findings


def test_a_headings_numeral_on_the_next_line_is_no_digit() -> None:
    """``四、`` at the start of the line after a number in numerals is the next heading's
    numeral (red team 82, fix 103): as written, or folded with the line break closed up."""
    assert "手机：18433486209\n四、" == read_numerals("手机：一八四三三四八六二〇九\n四、")
    folded = "手机:一八四三三四八六二〇九四、公告"  # (the fold closes the break)
    assert "手机:184334862094、公告" == read_numerals(folded)
    assert "手机:18433486209四、公告" == read_numerals(folded, lambda at: at == 14)
    # (not at a line's start: a digit of the number)
    assert "手机:184334862094、公告" == read_numerals(folded, lambda at: False)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("（电话：一三八一二三四五六七\n八）。", "（电话：1381234567\n8）。"),
        ("手机：一三八一二三四五六\n七八、联系人王某", "手机：138123456\n78、联系人王某"),
        (
            "身份证号码：一一〇一〇五一九九〇〇三〇七一〇〇\n一）",
            "身份证号码：11010519900307100\n1）",
        ),
        ("联系电话：138一二三四56\n78）。", "联系电话：13812345678）。".replace("5678", "56\n78")),
        ("（手机：一三八一二三四五六七八\n二）", "（手机：13812345678\n2）"),
    ],
)
def test_a_wrapped_numbers_last_numerals_are_its_digits(text: str, read: str) -> None:
    """A number wrapped before its last numerals and a mark (review 40, fix 105): they are a
    heading's numeral only when the rest is a whole number, not in an open bracket."""
    assert read == read_numerals(text)
    folded = text.replace("\n", "")
    cut = text.index("\n")
    assert read.replace("\n", "") == read_numerals(folded, lambda at: at in (cut, cut - 1))
