"""One rule for a 公开属性 column in every table form (fix103d).

A bare 不予公开 or 不公开 in a cell after its row's first, under a header cell naming the
attribute, is the document's own attribute and blocks, in a CSV, a ``｜`` table, a Markdown
table, an HTML table and a tab paste alike; fix101f's exceptions hold in every form.
"""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.form_syntax import attribute_value, form_fields
from govpub.compliance.plain_tables import Written

_TITLE = "关于开展安全生产大检查的通知"


def _table(form: str, header: tuple[str, str], row: tuple[str, str]) -> str:
    if form == "csv":
        return f"{header[0]},{header[1]}\n{row[0]},{row[1]}"
    if form == "bar":
        return f"{header[0]}｜{header[1]}\n{row[0]}｜{row[1]}"
    if form == "tab":
        return f"{header[0]}\t{header[1]}\n{row[0]}\t{row[1]}"
    if form == "markdown":
        return f"| {header[0]} | {header[1]} |\n|---|---|\n| {row[0]} | {row[1]} |"
    return (
        f"<table><tr><th>{header[0]}</th><th>{header[1]}</th></tr>"
        f"<tr><td>{row[0]}</td><td>{row[1]}</td></tr></table>"
    )


_FORMS = ["csv", "bar", "tab", "markdown", "html"]


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check(Post(title="通知", body=text)).findings]


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize(
    ("label", "verdict"), [("公开属性", "不予公开"), ("公开方式", "不公开"), ("是否公开", "不公开")]
)
def test_an_attribute_column_blocks_in_every_form(form: str, label: str, verdict: str) -> None:
    text = _table(form, ("标题", label), (_TITLE, verdict))
    assert [("disclosure.not_public", "block")] == _rules(text)


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize(
    ("header", "row"),
    [
        (("公开属性", "件数"), ("不予公开", "12")),  # a 年报's count: the verdict names the row
        (("信息类别", "公开属性"), ("涉及国家秘密的", "不予公开")),  # a guide's row (fix 117)
        (("申请事项", "答复结果"), ("关于某某项目的信息", "不予公开")),  # an application's reply
    ],
)
def test_the_exceptions_hold_in_every_form(
    form: str, header: tuple[str, str], row: tuple[str, str]
) -> None:
    assert [("secrecy.sensitive_term", "warn")] == _rules(_table(form, header, row))


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("value", ["依申请公开", "主动公开"])
def test_a_catalogues_item_stays_a_value(form: str, value: str) -> None:
    assert [] == _rules(_table(form, ("名称", "公开属性"), (_TITLE, value)))


def test_attribute_value() -> None:
    assert attribute_value("公开属性", _TITLE, "不予公开")
    assert attribute_value(" 公开属性（主动公开/不予公开） ", _TITLE, "不公开")
    assert not attribute_value("备注", _TITLE, "不予公开")  # (a value under 备注: fix 120)
    assert not attribute_value("答复结果", _TITLE, "不予公开")
    assert not attribute_value("公开属性", "涉及国家秘密的", "不予公开")
    assert not attribute_value("公开属性", _TITLE, "依申请公开")


def test_a_tab_paste_is_read_as_written() -> None:
    text = f"标题\t公开属性\n{_TITLE}\t不予公开"
    folded = fold(text)
    at = folded.text.index("公开", folded.text.index("不予"))
    assert [] == [f for f in form_fields(folded.text, [at]) if f.label == "公开属性"]
    fields = list(form_fields(folded.text, [at], Written(text, folded.original)))
    assert ["不予公开"] == [folded.text[f.start : f.end] for f in fields]
    assert [("公开属性", _TITLE)] == [(f.label, f.row_head) for f in fields]
