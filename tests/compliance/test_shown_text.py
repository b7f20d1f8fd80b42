"""shown_text: a field read again as the page shows it, without the elements it hides (fix103e)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.folding.hidden_elements import may_hide, unshown_elements
from govpub.compliance.shown_text import _hidden_on_page, _shown

_WHERE = "页面显示的文字中（隐藏的元素不显示）："


def _body(text: str, policy: Policy | None = None) -> list[tuple[str, str, int | None, str]]:
    result = check(Post(title="关于做好有关工作的通知", body=text), policy)
    return [(f.rule, f.severity, f.offset, f.excerpt) for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        '<span style="display:none">x</span>',
        "<span hidden>x</span>",
        "<SPAN HIDDEN>x</SPAN>",
        "<span hIdDeN>x</span>",
        '<SPAN STYLE="DISPLAY:NONE">x</SPAN>',
        '<span sTyLe="font-size:0">x</span>',
        '<span style="visibility:hidden">x</span>',
        '<span style="opacity:0">x</span>',
        '<span style="color:transparent">x</span>',
    ],
)
def test_the_quick_test_lets_every_hiding_through(text: str) -> None:
    assert may_hide(text)
    assert unshown_elements(text) != []


@pytest.mark.parametrize(
    "text",
    ["13812345678", "机密★10年", '<a href="https://www.gov.cn/">政府网</a>', "<p>内部资料</p>"],
)
def test_the_quick_test_stops_a_field_that_hides_nothing(text: str) -> None:
    assert not may_hide(text)


_TAG_PARTS = st.sampled_from(
    [
        *("<", ">", "span", "p", " ", "=", '"', "'", ";", ":", "0", "1", "x", "</span>"),
        *("hidden", "HIDDEN", "hiDDen", "hidDEN", "style", "STYLE", "sTyLe", "display"),
        *("none", "font-size", "opacity", "color", "transparent", "visibility", "width"),
        "overflow",
    ]
)


@given(st.lists(_TAG_PARTS, max_size=30).map("".join))
def test_the_quick_test_never_stops_a_field_that_hides(text: str) -> None:
    """Whatever the parts, a field the quick test stops holds no element the page hides."""
    if not may_hide(text):
        assert unshown_elements(text) == []


def test_offsets_map_back_to_the_first_shown_character() -> None:
    text = "<p>注意<span hidden>x</span>保存，会后<span hidden>x</span>收回</p>"
    shown, written = _shown(text, unshown_elements(text))
    assert shown == "<p>注意保存，会后收回</p>"
    assert [text[written(at)] for at in range(len(shown))] == list(shown)
    assert written(5) == text.index("保")  # (at a cut: the shown character after it)


def test_a_mobile_split_by_a_hidden_character_blocks_where_it_starts() -> None:
    text = '<p>158<span style="display:none">x</span>57083934</p>'
    assert [("personal.mobile", "block", 3, "<p>158****3934</p>")] == _body(text)


def test_the_message_says_the_finding_is_read_as_shown() -> None:
    text = "<p>内部<span hidden>x</span>资料</p>"
    [finding] = check(Post(title="通知", body=text)).findings
    assert ("secrecy.internal", 3) == (finding.rule, finding.offset)
    assert finding.message.startswith(_WHERE)


def test_a_split_number_blocks_where_the_text_is_masked(tmp_path: Path) -> None:
    """A mask over the shown characters would cut the hidden element's tags: it blocks."""
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=tmp_path)
    text = "<p>139<span hidden>x</span>12345678</p>"
    result = check(Post(title="通知", body=text), masking)
    [finding] = result.findings
    assert ("personal.mobile", "block") == (finding.rule, finding.severity)
    assert "删除隐藏的元素" in finding.message
    assert text == result.post.body  # (not changed)


def test_hidden_data_still_blocks_once() -> None:
    """The field's own reading stays: hidden data is still in the published HTML."""
    text = '<p><span style="display:none">13812345678</span></p>'
    [finding] = check(Post(title="通知", body=text)).findings
    assert ("personal.mobile", 30) == (finding.rule, finding.offset)
    assert not finding.message.startswith(_WHERE)


def test_a_finding_both_readings_make_is_reported_once() -> None:
    assert [("secrecy.marking", "block", 24)] == [
        f[:3] for f in _body("<p><span hidden>x</span>机密★10年</p>")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '<p>2024年<span style="display:none">x</span>12月</p>',
        "<p>第1<span hidden>x</span>页</p>",
        '<p>机<span style="display:none">x</span>构改革</p>',
        '<p>158<span style="color:red">x</span>57083934</p>',
        '<p>158<span style="display:none;display:inline">x</span>57083934</p>',
        "<p>158<del>x</del>57083934</p>",
        "`138<span hidden>x</span>12345678`",
    ],
)
def test_what_the_page_shows_apart_stays_clean(text: str) -> None:
    assert [] == _body(text)


def test_links_are_not_read_again() -> None:
    """An address with hidden content in it has its own reading (the worse one winning)."""
    text = '详见https://t.cn<span style="display:none">.gov.cn</span>/x'
    result = check(Post(title="通知", body=text))
    assert result.findings
    assert not any(f.message.startswith(_WHERE) for f in result.findings)


def test_hidden_elements_in_code_are_printed() -> None:
    text = "`1<span hidden>x</span>2` 3<span hidden>x</span>4"
    assert [(len("`1<span hidden>x</span>2` 3"), len(text) - 1)] == _hidden_on_page(text)


def test_a_title_is_read_as_shown() -> None:
    post = Post(title="关于机<span hidden>x</span>密★10年文件的通知", body="正文")
    assert [("title", "secrecy.marking", 2)] == [
        (f.field, f.rule, f.offset) for f in check(post).findings
    ]
