"""公文 elements that warn (``secrecy.document_hint``): each finding names its element."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.document_elements import find_document_hints
from govpub.compliance.folding import fold


def _hints(text: str) -> list[tuple[str, str]]:
    folded = fold(text).text
    return [(folded[start:end], element) for start, end, element in find_document_hints(folded)]


@pytest.mark.parametrize(
    ("text", "element"),
    [
        ("000123\n关于……的通知", "版头「份号」"),
        ("特提\n关于……的通知", "版头「紧急程度」"),
        ("×政报〔2024〕7号　签发人：李四", "版头「签发人」"),
        ("×政办密电〔2024〕3号", "版头「发文字号」（密电）"),
        ("抄送：市委办公室。", "版记「抄送」"),
        ("分送：各区人民政府。", "版记「分送」"),
        ("××市人民政府办公室　2024年3月1日印发", "版记「印发机关和印发日期」"),
        ("（共印150份）", "版记「印数」"),
    ],
)
def test_each_element_is_named(text: str, element: str) -> None:
    assert [element] == [e for _, e in _hints(text)]
    (finding,) = check(Post(title="通知", body=text)).findings
    assert element in finding.message


def test_a_field_found_twice_is_one_hint() -> None:
    assert [("紧急程度:特急", "版头「紧急程度」")] == _hints("紧急程度：特急\n正文")


@pytest.mark.parametrize(
    ("note", "public"),
    [("（此件公开发布）", True), ("公开属性：主动公开", True), ("（此件不公开）", False)],
)
def test_a_public_document_gets_no_hint(note: str, public: bool) -> None:
    text = f"特急\n××市人民政府\n2024年3月1日\n{note}\n抄送：市委办公室。"
    assert public == (not _hints(text))


def test_a_number_in_a_table_cell_is_no_fenhao() -> None:
    assert [] == _hints("<td>310104</td><td>19851122</td>")
    assert [("000123", "版头「份号」")] == _hints("<p>000123</p><p>关于……的通知</p>")


def test_six_digits_going_on_as_digits_on_the_next_line_are_no_fenhao() -> None:
    # an ID number wrapped over the lines of a Markdown paragraph, its label without a colon
    # (red team 28); a 份号 is followed by a 密级, a 紧急程度 or the 发文机关标志
    assert [] == _hints("户主身份证号\n440305\n19900315\n105X")
    assert [("000123", "版头「份号」")] == _hints("000123\n机密★1年\n关于……的通知")
    assert [("000123", "版头「份号」")] == _hints("000123\n\n2024年工作要点")


def test_six_digits_ending_a_number_wrapped_from_the_line_above_are_no_fenhao() -> None:
    # an ID number wrapped after its twelfth digit, a mobile after its fifth (red team 95)
    assert [] == _hints("身份证号码110108200101\n206453")
    assert [] == _hints("联系人：王先生，18309\n893154")
    assert [("000123", "版头「份号」")] == _hints("机密★1年\n000123\n关于……的通知")
    assert [("000123", "版头「份号」")] == _hints("第2号\n\n000123\n关于……的通知")
    assert [] == _hints("卡号：6222 0212 3456\n789012")  # (a card, grouped)


@pytest.mark.parametrize("above", ["第2", "附件2", "- 2 -", "共3", "2024"])
def test_a_fenhao_under_a_line_ending_in_a_short_number_is_one(above: str) -> None:
    # a page's number, an 附件2, a count or a year is no number wrapped into the 份号: it has
    # fewer than five digits (a mobile wrapped after its fifth is the shortest; review 61 A15)
    assert [("000123", "版头「份号」")] == _hints(f"{above}\n000123\nXX市人民政府文件")


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：13812\n— 3 —\n345678",  # GB/T 9704's page number
        "联系电话：13812\n- 3 -\n345678",  # a PDF's text of it
        "联系电话：13812\n\n第 3 页 共 5 页\n\n345678",  # a footer, blank lines round it
        "身份证号码：110108200101\n第3页\n206453",
    ],
)
def test_six_digits_ending_a_number_a_page_break_parts_are_no_fenhao(text: str) -> None:
    # the page number between a number's parts is read over (red team 99's
    # page-split-tail-fenhao): the number above and the six digits make a whole number
    assert [] == _hints(text)


@pytest.mark.parametrize("above", ["编号20240101", "12345", "2024 0101", "第20240号"])
def test_a_fenhao_under_a_number_it_completes_to_nothing_is_one(above: str) -> None:
    # five digits or more above that make no mobile, ID number or card with the six (and
    # stand after no label): no number wrapped into the 份号 (review 61 A15, both ways)
    assert [("000123", "版头「份号」")] == _hints(f"{above}\n000123\nXX市人民政府文件")


def test_a_fenhao_after_a_page_number_is_one() -> None:
    assert [("000123", "版头「份号」")] == _hints("— 3 —\n000123\nXX市人民政府文件")
    assert [("000123", "版头「份号」")] == _hints("第2\n\n第 3 页\n000123\nXX市人民政府文件")


def test_six_digits_after_a_labelled_number_are_its_tail() -> None:
    # the label says what the number is, whatever its check (an ID number a red team made up)
    assert [] == _hints("身份证号码：110108200101\n206452")


# every colon of _text.LABEL_COLONS ends a 版头 field's name (mend 46)
@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉", ":"])
@pytest.mark.parametrize("form", ["紧急程度{}特急", "签发人{}张三"])
def test_every_label_colon_ends_a_header_field(form: str, colon: str) -> None:
    assert len(list(find_document_hints(fold(form.format(colon)).text))) == 1


@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉", ":"])
def test_a_public_document_with_every_colon_gets_no_header_hint(colon: str) -> None:
    text = f"公开属性{colon}主动公开\n紧急程度{colon}特急"
    assert not list(find_document_hints(fold(text).text))
