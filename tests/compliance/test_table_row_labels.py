"""A table row's own cell that names a personal number wins over a serial column header (fix 129).

Red team 87 (d2): ``| 1 | 王某 | 就诊人手机号 | 13938513134 |`` under a column headed 编号 (编码,
登记号, 单号, 序列号, 档案号) passed — the header's serial label turned the mobile reading off,
though the row itself names the number a person's mobile.
"""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.personal import labels
from govpub.compliance.table_cells import cells_before

_TABLE = "| 序号 | 姓名 | 项目 | {header} |\n|---|---|---|---|\n| 1 | 王某 | {label} | {value} |"


def _rules(body: str) -> list[tuple[str, str]]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return [(f.rule, f.severity) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("| 1 | 王某 | 就诊人手机号 | ", [" 就诊人手机号 ", " 王某 ", " 1 "]),
        ("> | 就诊人手机号 | ", [" 就诊人手机号 "]),
        ("| ", []),  # (the row's first cell: none before it)
        ("<table><tr><td>1</td><td>手机号</td><td>", ["手机号", "1"]),
        ("手机号：", []),  # (no table)
    ],
)
def test_the_cells_before_a_number_nearest_first(text: str, cells: list[str]) -> None:
    folded = fold(text + "13938513134 |" + ("</td></tr></table>" if "<td" in text else "")).text
    assert cells == cells_before(folded, len(text))


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("| 1 | 王某 | 就诊人手机号 | ", None),
        ("| 1 | 王某 | 患者手机 | ", None),
        ("| 1 | 王某 | 联系电话 | ", None),
        ("| 1 | 王某 | **手机号** | ", None),
        ("| 就诊人手机号 | 王某 | ", None),  # the row's first cell
        ("| 1 | 王某 | 受理编号 | ", "serial"),
        ("| 1 | 王某 | 快递单号 | ", "serial"),
        ("| 1 | 王某 | 体检 | ", "serial"),  # no label in the row: the header's
        ("| 手机号 | 快递单号 | ", "serial"),  # the nearest cell that names a number decides
        ("| 1 | 咨询 | ", "serial"),  # a 诉求类型, no number's name
        ("| 1 | 联系人 | ", "serial"),  # a person, no number
        # a bare 手机 is a device's only in a list of devices (mend 47c; review 48): here the
        # header names none
        ("| 1 | 手机 | ", None),
        ("| 1 | 手机（台） | ", None),
        ("| 1 | 联系手机 | ", None),
        ("| 1 | 手机号码 | ", None),
        ("| 1 | 手机电话 | ", None),
    ],
)
def test_a_row_naming_a_personal_number_unlabels_a_serial_column(
    row: str, expected: str | None
) -> None:
    cells = row.count("|")
    header = "| " + " | ".join(["项目"] * (cells - 1) + ["编号"]) + " |"
    text = f"{header}\n{'|---' * cells}|\n{row}"
    folded = fold(text + "13938513134 |").text
    assert expected == labels.label_at(folded, len(text))


@pytest.mark.parametrize("header", ["编号", "编码", "登记号", "单号", "序列号", "档案号"])
@pytest.mark.parametrize(
    "value", ["13938513134", "139 3851 3134", "139-3851-3134", "１３７　８６５２　７７２９"]
)
def test_a_mobile_named_by_its_row_blocks_under_a_serial_header(header: str, value: str) -> None:
    body = _TABLE.format(header=header, label="就诊人手机号", value=value)
    assert [("personal.mobile", "block")] == _rules(body)


@pytest.mark.parametrize("label", ["受理编号", "快递单号", "工单", "体检"])
def test_a_serial_row_stays_clean_under_a_serial_header(label: str) -> None:
    assert [] == _rules(_TABLE.format(header="编号", label=label, value="13938513134"))


@pytest.mark.parametrize(
    "body",
    [
        "| 项目 | 编号 |\n|---|---|\n| 就诊人手机号 | 13938513134 |",
        "<table><tr><th>项目</th><th>编号</th></tr>"
        "<tr><td>就诊人手机号</td><td>13938513134</td></tr></table>",
        "<table><tr><th>项目</th><th>编号</th></tr>"
        "<tr><th>联系电话</th><td>13938513134</td></tr></table>",
    ],
)
def test_the_two_column_form_and_html_tables(body: str) -> None:
    assert [("personal.mobile", "block")] == _rules(body)


def test_still_caught_under_a_serial_header() -> None:
    """The must-stay twins: a 手机号 column, an ID number and a card under 编号."""
    assert [("personal.mobile", "block")] == _rules(
        _TABLE.format(header="手机号", label="体检", value="13938513134")
    )
    assert [("personal.id_number", "block")] == _rules(
        _TABLE.format(header="编号", label="身份证号", value="11010519491231002X")
    )
    assert [("personal.bank_card", "block")] == _rules(
        _TABLE.format(header="编号", label="银行卡号", value="6222021234567894")
    )


@pytest.mark.parametrize(
    "body",
    [
        "| 序号 | 名称 | 设备编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        "| 序号 | 名称 | 设备编号 |\n|---|---|---|\n| 1 | **手机** | 13812345678 |",
        "| 序号 | 名称 | 设备编号 |\n|---|---|---|\n| 1 | 手机（台） | 13812345678 |",
        "| 序号 | 报修设备 | 编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        "| 设备 | 设备编号 |\n|---|---|\n| 手机 | 13812345678 |",
        "<table><tr><th>序号</th><th>名称</th><th>设备编号</th></tr>"
        "<tr><td>1</td><td>手机</td><td>13812345678</td></tr></table>",
    ],
)
def test_a_device_named_in_its_row_is_no_label(body: str) -> None:
    """A bare 手机 in a list of devices names the device, not its owner's number (review 47's
    F6): a serial under 设备编号 stays clean; 手机号, 联系手机 or 患者手机 still name a number."""
    assert [] == _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        # the header names no devices
        "| 序号 | 类型 | 编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        "| 序号 | 名称 | 编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        "| 单号 | 手机 | 单号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        # the table names a person or a way to reach one
        "| 序号 | 通讯方式 | 编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        "| 序号 | 联系人 | 编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |",
        "| 序号 | 姓名 | 类别 | 编号 |\n|---|---|---|---|\n| 1 | 张三 | 手机 | 13812345678 |",
        "| 序号 | 设备 | 设备编号 | 使用人 |\n|---|---|---|---|\n| 1 | 手机 | 13812345678 | 张三 |",
        "| 序号 | 设备 | 设备编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |\n"
        "| 2 | 联系电话 | 13938513134 |",
        "| 序号 | 设备 | 设备编号 |\n|---|---|---|\n| 1 | 手机 | 13812345678 |\n"
        "| 2 | 平板 | SN2024001 |\n| 3 | 电脑 | SN2024002 |\n| 4 | 负责人 | 张三 |",
        "<table><tr><th>序号</th><th>姓名</th><th>编号</th></tr>"
        "<tr><td>1</td><td>手机</td><td>13812345678</td></tr></table>",
        # 手机： is a label; a number in groups is a phone's
        "| 序号 | 名称 | 设备编号 |\n|---|---|---|\n| 1 | 手机： | 13812345678 |",
        "| 序号 | 设备 | 设备编号 |\n|---|---|---|\n| 1 | 手机 | 138 1234 5678 |",
        "| 序号 | 设备 | 设备编号 |\n|---|---|---|\n| 1 | 手机 | 139-3851-3134 |",
    ],
)
def test_a_bare_mobile_cell_outside_a_list_of_devices_names_a_number(body: str) -> None:
    """A bare 手机 names a device only where the header names devices, no cell of the table a
    person or a way to reach one, and the number is one run (review 48): else it still
    says the number is a mobile's."""
    assert ("personal.mobile", "block") in _rules(body)


# The label's cell before a styled cell is further back than a label is looked for before a
# number over lines: the row's cells are read (red team 90's D7)
@pytest.mark.parametrize(
    ("label", "expected"), [("联系人手机", [("personal.mobile", "block")]), ("合计金额", [])]
)
def test_a_styled_cell_after_its_label_cell_over_a_break(
    label: str, expected: list[tuple[str, str]]
) -> None:
    body = (
        f"<table><tr><td>{label}</td>"
        '<td style="border:1px solid #ccc;">1381234567<br>8</td></tr></table>'
    )
    assert expected == _rules(body)
