"""Numbers over soft line wraps (fix98t, red team 98's ``number-soft-wrapped-unlabelled``): a
mobile or a card whose groups a Markdown paragraph joins with spaces is read after a person's
name or a word that says whose number or whose money follows; alone or after a column's word
the lines stay figures.  A style's ``white-space`` that keeps line breaks is left standing by
the fold, and a wrap inside such an element stays two lines."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.folding.attributes import blank_layout
from govpub.compliance.personal.reading import _in_html_flow, _owner_word_before


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("失主王先生139\n12345678", "personal.mobile"),
        ("失主王先生1308\n7610800", "personal.mobile"),
        ("失主139\n1234\n5678", "personal.mobile"),
        ("联系人王老师\n139\n1234\n5678", "personal.mobile"),
        ("咨询请拨1517\n3615962", "personal.mobile"),
        ("<p>139\n1234\n5678</p>", "personal.mobile"),
        ("转账至6222\n0212\n3456\n7894", "personal.bank_card"),
        ("请汇款到 6222\n0212\n3456\n7894", "personal.bank_card"),
        ("收款人张三6222\n0212\n3456\n7894", "personal.bank_card"),
        ('<p style="white-space:normal">1308\n7610800</p>', "personal.mobile"),
        ('<p style="white-space:nowrap">1308\n7610800</p>', "personal.mobile"),
        ('<p style="white-space:pre">周杰，1308\n7610800</p>', "personal.mobile"),
        ('<p title="white-space:pre">1308\n7610800</p>', "personal.mobile"),
    ],
)
def test_a_wrapped_number_after_whose_words_blocks(body: str, rule: str) -> None:
    assert _rules(body) == {rule}


@pytest.mark.parametrize(
    "body",
    [
        "合计\n1391\n2345678",
        "合计\n139\n1234\n5678",
        "139\n1234\n5678",
        "城东\n139\n1234\n5678",
        "2019\n2020\n2021\n2022",
        "6222\n0212\n3456\n7894",
        "139\n12345678",
        "转发\n139\n1234\n5678",
        "转账至6222\n0212\n3456\n7895",
        "失主王先生139\n\n12345678",
        '<p style="white-space:pre">1308\n7610800</p>',
        '<div style="white-space: pre-wrap">1308\n7610800</div>',
        '<div style="white-space:pre-line"><p>1308\n7610800</p></div>',
        '<p style="white-space:pre;width:13812345678px">说明</p>',
    ],
)
def test_columns_and_kept_line_breaks_stay_clean(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("转账至", True),
        ("汇款到 ", True),
        ("存入", True),
        ("失主：", True),
        ("请拨", True),
        ("转发", False),
        ("合计", False),
        ("城东", False),
    ],
)
def test_owner_word_before(text: str, expected: bool) -> None:
    assert _owner_word_before(text + "139", len(text)) is expected


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ('<p style="white-space:pre">', "white-space:pre"),
        ('<p style="color:red; white-space: pre-wrap; width:1px">', "white-space:pre-wrap"),
        ('<td style="white-space:break-spaces">', "white-space:break-spaces"),
        # (the white-space that takes effect stands, whatever its value: review 66's L4)
        ('<p style="white-space:normal">', "white-space:normal"),
        ('<p style="white-space:nowrap">', "white-space:nowrap"),
        ('<p style="white-space:pretty">', None),
    ],
)
def test_blank_layout_leaves_a_kept_white_space(html: str, kept: str | None) -> None:
    blanked = blank_layout(html)
    assert len(blanked) == len(html)  # (offsets stay)
    tag = html.split(maxsplit=1)[0]
    assert blanked.split() == [tag, *(kept.split() if kept else []), ">"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>1308\n7610800</p>", True),
        ("<p white-space:pre>1308\n7610800</p>", False),
        ("<div white-space:pre-wrap><p>1308\n7610800</p></div>", False),
        ("<div white-space:pre></div><p>1308\n7610800</p>", True),
        ('<p title="white-space:pre">1308\n7610800</p>', True),
        ("<p title=white-space:pre>1308\n7610800</p>", True),
    ],
)
def test_in_html_flow_reads_a_kept_white_space(html: str, expected: bool) -> None:
    start = html.index("1308")
    assert _in_html_flow(html, start, start + 12) is expected


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("失主王先生139\n1234\n5678。", id="wrapped-after-a-name"),
        pytest.param("转账至6222\n0212\n3456\n7894。", id="wrapped-cards"),
        pytest.param('<p style="white-space:pre">1308\n7610800</p>', id="kept-breaks"),
        pytest.param("合计\n139\n1234\n5678\n", id="columns"),
    ],
)
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
