"""A form export's fields read as a label and a value: 公开属性 notes written as data."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub.compliance.disclosure import find_disclosure_notes
from govpub.compliance.folding import fold
from govpub.compliance.form_syntax import FormField, form_fields


def _notes(text: str) -> list[tuple[str, str]]:
    folded = fold(text).text
    return [(folded[start:end], kind) for start, end, kind in find_disclosure_notes(folded)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"remark":"此件不公开"}', [("此件不公开", "not_public")]),
        ('{"gkxs":"此件不公开"}', [("此件不公开", "not_public")]),
        ('{"公开属性":"不予公开"}', [("不予公开", "not_public")]),
        ('{"公开属性":"依申请公开"}', [("依申请公开", "on_request")]),
        ('{"sfgk":"否"}', [("否", "not_public")]),
        ("公开属性=不予公开&title=x", [("不予公开", "not_public")]),
        ("title=x&note=此件不公开", [("此件不公开", "not_public")]),
        ("gkxs：此件不公开\n正文", [("此件不公开", "not_public")]),
        ("标题,公开属性\n关于某某事项的通知,不予公开", [("不予公开", "not_public")]),
        ("标题｜公开属性\n关于某某事项的通知｜不予公开", [("不予公开", "not_public")]),
    ],
)
def test_a_form_value_is_a_note(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _notes(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"content":"属于依法不予公开的情形"}',
        '{"remark":"依法不予公开的情形"}',
        "公开属性=主动公开",
        '{"remark":"可以公开"}',
        '{"答复结果":"不予公开"}',  # an application's reply: a bare verdict under another key
        "标题,公开属性（主动公开/依申请公开/不予公开）\n关于某某事项的通知,主动公开",
        '{"公开属性（主动公开/依申请公开/不予公开）":"主动公开"}',
        "公开属性,件数\n不予公开,12",  # a 年报's count: the verdict names the row
        "title=关于政务公开工作的通知&status=1",
        "| 标题 | 公开属性 |\n|---|---|\n| 关于通知 | 不予公开 |",  # a table's value (fix 120)
        "信息类别,公开属性\n涉及国家秘密的,不予公开",  # a guide's row (fix 117)
        "公开内容,公开形式\n职工福利,内部公开",  # a 公开目录's item (fix 123)
        "请填写姓名,备注栏请填写清楚并核对无误后提交\n对于涉密信息,不予公开",  # no header: prose
    ],
)
def test_no_note(text: str) -> None:
    assert [] == _notes(text)


def test_a_note_read_plainly_is_one_finding() -> None:
    text = "备注：此件不公开"
    assert [(fold(text).text, "not_public")] == _notes(text)


def test_fields_name_the_header_over_a_column() -> None:
    folded = "标题,公开属性\n关于通知,不予公开"
    at = folded.index("不予公开")
    assert [FormField("公开属性", at, at + 4, "关于通知")] == [
        field for field in form_fields(folded, [at]) if field.label == "公开属性"
    ]


def test_linear() -> None:
    unit = '{"gkxs":"此件不公开","公开属性":"主动公开"}\n标题,公开属性\n关于通知,不予公开\na=1&note=此件不公开\n'

    def notes(text: str) -> object:
        return list(find_disclosure_notes(text))

    small, large = (fold(repeated(unit, size)).text for size in (8_000, 80_000))
    assert grows_linearly(small, large, within=0.05, work=notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题；公开属性\n关于开展安全生产大检查的通知；不予公开", [("不予公开", "not_public")]),
        ("文号；公开属性\n某发〔2024〕1号；不予公开", [("不予公开", "not_public")]),
        ("我们认为；公开属性\n应当依法确定；不予公开", []),
        ("标题；公开属性\n关于开展安全生产大检查的通知；主动公开", []),
    ],
)
def test_a_fullwidth_semicolon_table_needs_a_named_first_column(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A 公开属性 table typed with "；" (WPS, a typist) is read as the ";" table is when its
    first column is named as a table's (标题, 文号…); "；" between clauses is prose (review 78's
    L11)."""
    assert _notes(text) == expected
