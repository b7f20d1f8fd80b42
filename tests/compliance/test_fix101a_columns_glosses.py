"""Fix 101a (review 68's F4 and L4): a tab paste's phone header labels its own column, counted
in tabs as written; an English gloss after a slash or a space, or in brackets after a phone's
label, is read past by the look-alike readers (one gloss reader: ``glosses.gloss``)."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.personal.labels import gloss_end, gloss_from_letter
from govpub.compliance.personal.lookalikes import Written, _under_tab_phone_header


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings if f.severity == "block"}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("序号\t姓名\t联系电话\n1\t张三\tl3812345678", "personal.mobile"),
        ("序号\t联系电话\t姓名\n1\tl3812345678\t张三", "personal.mobile"),
        ("联系电话\t序号\t姓名\nl3812345678\t1\t张三", "personal.mobile"),
        ("序号\t姓名\t联系电话\t型号\n1\t\tl3812345678\tA100", "personal.mobile"),
        ("序号\t姓名\t联系电话\t型号\n1\t张三\tl3B1234S678", "personal.mobile"),
        ("身份证号/ID No.：11010S198502282538", "personal.id_number"),
        ("身份证号 ID No.：11010S198502282538", "personal.id_number"),
        ("手机（WeChat）：l381 2345 678", "personal.mobile"),
        ("手机（Mobile/WeChat）：l381 2345 678", "personal.mobile"),
        ("手机 / WeChat：l381 2345 678", "personal.mobile"),
        ("订单号/Tel：13812345678", "personal.mobile"),
        ("| 订单号 | n/a | 13812345678 |", "personal.mobile"),
        ("护照 G 12345678", "personal.passport"),
    ],
)
def test_blocks(body: str, rule: str) -> None:
    assert {rule} == _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        "序号\t姓名\t联系电话\t型号\n1\t张三\t0571-88888888\tl3B1234S678",
        "序号\t姓名\t联系电话\t产品编号\n1\t张三\t0571-88888888\t1B61Z674539",
        "序号\t姓名\t型号\t联系电话\n1\t张三\tl3B1234S678\t0571-88888888",
        "型号/Model No.：l3B1234S678",
        "订单号（Order No.）：SB12345678901",
        "订单号/Order No.：SB12345678901",
        "批次/Batch No.：l3B1234S678",
    ],
)
def test_stays_clean(body: str) -> None:
    assert set() == _rules(body)


def test_the_phone_header_labels_its_column_as_written() -> None:
    written = "序号\t姓名\t联系电话\t型号\n1\t张三\tl3B1234S678\tA100\n2\t李四\tA200\tl3B1234S678"
    folded = fold(written)
    text = folded.text
    assert "序号姓名" in text  # (the fold drops the header's tabs: counted as written)
    as_written = Written(written, folded.original)
    first, second = text.index("l3b"), text.rindex("l3b")
    assert _under_tab_phone_header(text, first, as_written)
    assert not _under_tab_phone_header(text, second, as_written)


def test_a_row_that_does_not_match_the_header_tells_the_table() -> None:
    text = "序号\t姓名\t联系电话\t型号\n1\tl3B1234S678"
    assert _under_tab_phone_header(text, text.index("l3B"))


@pytest.mark.parametrize(
    "body",
    [
        "序号\t姓名\t联系电话\t\n1\t张三\t0571-88888888\tl3B1234S678",
        "序号\t姓名\t联系电话\t\t备注\n1\t张三\t0571-88888888\tl3B1234S678\t无",
    ],
)
def test_a_phone_header_merged_over_empty_cells_labels_their_columns(body: str) -> None:
    """Review 69's L3: a spreadsheet pastes a merged header cell as the cell, then empty
    ones; the columns under the empty ones are the phone's too."""
    assert _rules(body) == {"personal.mobile"}


def test_gloss_from_letter() -> None:
    for label in ("身份证号/ID No.：1", "身份证号 / ID No.：1", "身份证号（ID No.）：1"):
        text = fold(label).text
        assert text.index(":") == gloss_from_letter(text, text.index("id"))
        assert text.index(":") == gloss_end(text, text.index("号") + 1)
    note = fold("手机（本人）：1").text
    assert note.index("（") == gloss_end(note, note.index("（"))
    word = fold("身份证号：张三 1").text
    assert word.index("1") == gloss_from_letter(word, word.index("1"))


@pytest.mark.parametrize(
    "unit",
    [
        "序号\t姓名\t联系电话\t型号\n1\t张三\t0571-88888888\tl3B1234S678\n",
        "身份证号/ID No.：11010S198502282538\n",
        "手机（Mobile/WeChat）：l381 2345 678\n",
        "手机 / WeChat / ",
    ],
)
def test_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)


@pytest.mark.parametrize("body", ["手机 Model：l3B1234S678", "手机（Model）：l3B1234S678"])
def test_a_device_field_is_no_gloss(body: str) -> None:
    """Review 69's F3: 手机 Model names a phone's model, its letters a model's, not a number."""
    assert _rules(body) == set()
