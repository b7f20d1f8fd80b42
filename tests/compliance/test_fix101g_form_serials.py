"""Fix 101g (red team 101): a serial's name as a form export's key, a mini-program page's
query, a plain-text table's serial column and 办件 name a 62… number a serial, not a card;
a card under a card's key or column in the same shapes still blocks."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.personal.labels import _plain_serial_column, label_at
from govpub.compliance.table_cells import PlainHeader, plain_column_header


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {f.rule for f in result.findings if f.severity == "block"}


def _label(text: str, number: str) -> str | None:
    folded = fold(text).text
    return label_at(folded, folded.index(number))


@pytest.mark.parametrize(
    "body",
    [
        '{"orderNo":"6228486067222389267"}',
        '{"工单号":"6201101180051757","状态":"已办结"}',
        "bjbh=620102202403352101",
        "ticketNo：6201205183052926",
        "pages/index/index?id=6228486067222389267",
        "#小程序://浙里办/pages/index?bjbh=620102202403008679",
        "工单号,状态\n6201254015260760,已办结",
        "办件编号\t申请人\n620102202403039260\t张三",
        "受理编号｜状态\n620102202403588662｜已办结",
        "您的办件620102202403548716已受理",
    ],
)
def test_serials_clean(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ('{"bankCard":"6222189555979715"}', "personal.bank_card"),
        ("cardNo=6222189555979715", "personal.bank_card"),
        ("姓名,银行卡号\n张三,6222189555979715", "personal.bank_card"),
        ("办件人银行卡6222189555979715", "personal.bank_card"),
        ("pages/index/index?mobile=13812345678", "personal.mobile"),
        ("a/b?id=6222189555979715", "personal.bank_card"),
        ("emailNo=6222189555979715", "personal.bank_card"),
    ],
)
def test_cards_block(body: str, rule: str) -> None:
    assert _rules(body) == {rule}


def test_form_key_labels() -> None:
    assert _label('{"mailNo": "6201010220244563"}', "6201") == "serial"
    assert _label("工单号=6201010220244563", "6201") == "serial"
    assert _label('{"银行卡号":"6222189555979715"}', "6222") == "card"
    assert _label('"工单"6222189555979715', "6222") is None  # (a quoted word, no key)


def test_plain_column_header() -> None:
    text = "工单号,申请人,状态\n6201102772062632,张三,已办结\n6201102772062633,李四,已办结"
    assert plain_column_header(text, text.rindex("6201")) == PlainHeader("工单号", whole=False)
    assert plain_column_header(text, text.index("李四")) == PlainHeader("申请人", whole=False)
    lost = fold("办件编号\t申请人\n620102202403039260\t张三").text
    assert plain_column_header(lost, lost.index("6201")) == PlainHeader(
        "办件编号申请人", whole=True
    )
    assert plain_column_header(lost, lost.index("张三")) is None  # (its column is not told)
    ragged = "工单号,状态\n6201102772062632,张三,已办结"
    assert plain_column_header(ragged, ragged.index("6201")) is None
    assert plain_column_header("| 工单号 |\n| 6201102772062632 |", 12) is None  # (Markdown's)


def test_lost_tab_header_first_words() -> None:
    # (a header whose tabs were lost names its first column by its first words; a phone's
    # label first names none: the line's last words are read by the inline label, as before)
    folded = fold("联系电话\t工单号\n6201102772062632\t1").text
    assert not _plain_serial_column(folded, folded.index("6201"))
    folded = fold("工单号\t联系电话\n6201102772062632\t1").text
    assert _plain_serial_column(folded, folded.index("6201"))


def test_linear() -> None:
    for unit in (
        "工单号,状态\n6201254015260760,已办结\n",
        "pages/index/index?id=6228486067222389267&a=1 ",
        '{"orderNo":"6228486067222389267"},',
        "6201254015260760,",
    ):
        assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
