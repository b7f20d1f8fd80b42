"""Numbers read across groupings and wraps, review 64's leftovers (fix98a): a mobile cut 4-7 or
5-6 is read after a person's name or standing alone, figures after any other word or before a
count's unit; a wrap is a space inside any HTML element but one that keeps its line breaks; a
place's name is no person's; a version string's dotted groups are no mobile."""

from __future__ import annotations

import time

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.personal.kinds import _name_ends_at
from govpub.compliance.personal.names import is_place
from govpub.compliance.personal.reading import _in_html_flow


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    "body",
    [
        "| 城东 | 1391 2345678 |",
        "<table><tr><td>城东</td><td>1391 2345678</td></tr></table>",
        "| 1391 2345678 | 1402 2456789 |",
        "城东街道 1391 2345678",
        "男 1391 2345678",
        "本市常住人口 1391 2345678 人。",
        "全市共有1391 2345678户",
        "1391 2345678件",
        "1391 2345678 kg",
        "人均 1391 2345678",
        "约 1391 2345678",
        "达1391 2345678",
        "统计局：1391 2345678",
        "-1391 2345678",
        "账户余额1391 2345678",
        "全年 1391 2345678",
        "其中，1391 2345678",
        "城东、1391 2345678",
    ],
)
def test_two_figures_after_a_word_or_before_a_unit_stay_figures(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "王老师1391 2345678",
        "（1391 2345678）",
        "联系人：王老师 1391 2345678",
        "刘永年1391 2345678",
        "张明月1391 2345678",
        "李春日 1391 2345678",
        "欧阳明月1391 2345678",
        "如有疑问请联系。1391 2345678",
        "- 1391 2345678",
        "请拨1391 2345678",
        "报名请联系王老师，1391 2345678",
        "| 1391 2345678 | 备注 |",
        "| 王** | 1391 2345678 |",
        "张三、1391 2345678",
    ],
)
def test_a_mobile_cut_unevenly_after_a_name_or_alone_blocks(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        "<div>1308\n7610800</div>",
        "<td>1308\n7610800</td>",
        "<ul><li>1308\n7610800</li></ul>",
        "<p>1308\n7610800</p>",
        "<section><p>报名电话</p><div>1308\n7610800</div></section>",
        "报名请找王老师，1517\n3615962",
        "收款人李村，1308\n7610800",
    ],
)
def test_a_wrap_shown_as_a_space_or_after_a_name_blocks(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        "<p><pre>1308\n7610800</pre></p>",
        "<p><textarea>1308\n7610800</textarea></p>",
        "<div><xmp>1308\n7610800</xmp></div>",
        "<div><listing>1308\n7610800</listing></div>",
        "<p>说明</p>1517\n3615962。",
        '<p title="1308\n7610800">说明</p>',
        "<p>人口1391\n2345678人</p>",
        "王府井，1308\n7610800",
        "李村，1308\n7610800",
        "张家港，1308\n7610800",
        "ver-139.1234.5678",
        "固件版本v139.1234.5678",
        "- 1391 2345678\n- 1391 2345678",
    ],
)
def test_two_lines_places_and_versions_stay_clean(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("李村", True), ("王井", True), ("王府井", True), ("李家屯", True), ("周庄", False)],
)
def test_a_place_kind_that_ends_no_given_name(name: str, expected: bool) -> None:
    assert is_place(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("刘永年", True), ("欧阳明月", True), ("余额", False), ("账户余额", False)],
)
def test_a_name_of_three_or_four_ends_at(text: str, expected: bool) -> None:
    assert _name_ends_at(text, len(text)) is expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<div>1308\n7610800</div>", True),
        ("<p><pre>1308\n7610800</pre></p>", False),
        ("<p>x</p>1308\n7610800</p>", False),
        ("<div>1308\n7610800", False),
        ("<p>a<br>1308\n7610800</p>", True),
    ],
)
def test_in_html_flow(html: str, expected: bool) -> None:
    start = html.index("1308")
    assert _in_html_flow(html, start, start + 12) is expected


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("<div>1308\n7610800</div>", id="wrapped-in-divs"),
        pytest.param("<div><td>1308\n7610800 ", id="wrapped-in-open-elements"),
        pytest.param("| 城东 | 1391 2345678 |\n", id="table-rows"),
        pytest.param("<tr><td>王</td><td>1391 2345678</td></tr>", id="html-rows"),
        pytest.param("刘永年1391 2345678 ", id="names-ending-in-figure-words"),
        pytest.param("ver-139.1234.5678 ", id="versions"),
    ],
)
def test_the_readings_are_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)


def test_a_long_run_of_tags_before_a_wrap_is_read_fast() -> None:
    body = "<div>" * 20_000 + "1308\n7610800" + "</div>"
    started = time.process_time()
    _rules(body)
    assert time.process_time() - started < 5
