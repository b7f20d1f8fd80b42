"""Red team 107's false findings on agencies' accounts, counts and serials (fix107a).

An agency's 对公 account with an overseas card's shape by chance is the account when its holder
is an organisation of more kinds and named in more places (item 3); an 11-digit count with its
measure word glued is no mobile (item 4); a 预约号 or a number named a 工单 after it is a serial
(item 8).  Each clean form beside the twin that must still block.
"""

from __future__ import annotations

import pytest
from number_makers import luhn

from govpub import Post, check
from govpub.compliance.cards import card_network, is_card_number
from govpub.compliance.personal.accounts import _is_organisation

_ICBC_SC = luhn("440229458073021573")  # ICBC 四川's 19 digits from 4402: a Visa-19 by chance
_CMB_ZZ = "371968193036422"  # 招商银行 郑州's 15 digits from 0371: an Amex by chance
_MC_DATED = "2511203982597914"  # a booking's number from its date: a Mastercard 2-series
_BLOCK = [("personal.bank_card", "block")]
_MOBILE = [("personal.mobile", "block")]


def _personal(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return [(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")]


def test_the_numbers_have_the_shapes_the_cases_need() -> None:
    assert card_network(_ICBC_SC) == "Visa"
    assert card_network(_CMB_ZZ) == "American Express"
    assert is_card_number(_ICBC_SC)
    assert is_card_number(_CMB_ZZ)
    assert is_card_number(_MC_DATED)


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("武侯区某某小学", True),
        ("四川某某大学", True),
        ("武侯区实验幼儿园", True),
        ("武侯区青少年宫", True),
        ("武侯区广播电视台", True),
        ("某某国有林场", True),
        ("某某监狱", True),
        ("武侯区政府办", True),
        ("武侯区某某小学（本部）", True),
        ("张三", False),
        ("王晓园", False),  # a given name ending in 园: only 幼儿园, 公园, 陵园… are kinds
        ("李文学", False),
        ("刘春台", False),
        ("张建厂", False),  # 厂 ends given names too: only 工厂, 酒厂… (review 82's L2)
        ("某某县某某酒厂", True),
    ],
)
def test_an_organisations_kind_ends_its_name(name: str, *, organisation: bool) -> None:
    assert _is_organisation(name) is organisation


_BANK = "开户行：中国工商银行成都武侯支行"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"户名：武侯区某某小学\n{_BANK}\n账号：{_ICBC_SC}", []),
        (f"户名：武侯区某某托育园\n{_BANK}\n账号：{_ICBC_SC}", []),
        (f"户名：张三\n{_BANK}\n账号：{_ICBC_SC}", _BLOCK),
        (f"户名：武侯区某某小学\n{_BANK}\n卡号：{_ICBC_SC}", _BLOCK),
        # the unit right before its bank, in brackets or after a comma
        (f"请汇至某某公共资源交易服务中心（{_BANK}，账号：{_ICBC_SC}）。", []),
        (f"请汇至张三（{_BANK}，账号：{_ICBC_SC}）。", _BLOCK),
        # (a person's 户名 nearer the number than a unit before a bank keeps it a card)
        (f"某某中心（{_BANK}）\n户名：张三\n账号：{_ICBC_SC}", _BLOCK),
        # (a label's words before the bank are no unit: the 收款单位 named above holds it)
        (f"收款单位：某市财政局\n收款单位开户行：工商银行\n账号：{_ICBC_SC}", []),
        # an account's own label names its holder
        (f"缴款账户：某某区非税收入管理局，{_BANK}，账号：{_ICBC_SC}", []),
        (f"缴款账户：王某某，{_BANK}，账号：{_ICBC_SC}", _BLOCK),
        (f"捐赠账户：成都市慈善总会 {_ICBC_SC}（工商银行武侯支行）", []),
        (f"捐赠账户：张三 {_ICBC_SC}（工商银行武侯支行）", _BLOCK),
        (f"收款人：李四，卡号：{_ICBC_SC}", _BLOCK),
        # an Amex's 15 digits: 招商银行's accounts from 037x
        (f"户名：郑州市金水区财政局\n开户行：招商银行郑州分行\n账号：{_CMB_ZZ}", []),
        (f"户名：张三\n开户行：招商银行郑州分行\n账号：{_CMB_ZZ}", _BLOCK),
        (f"户名：郑州市金水区财政局\n卡号：{_CMB_ZZ}", _BLOCK),
        (f"账号：{_CMB_ZZ}", _BLOCK),
    ],
)
def test_an_agencys_account_is_read_with_its_holder(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _personal(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("全年全省快递业务量达15823456789件，同比增长12.4%。", []),
        ("全省移动电话用户达15823456789户。", []),
        ("全年累计办理社保业务13812345678笔。", []),
        ("全年政务服务网访问量达15923456789次。", []),
        ("全省共有实有市场主体18712345678个（含分支机构）。", []),
        ("全年ETC通行量达17312345678辆次。", []),
        ("全年全市快递业务量15823456789件次。", []),
        ("全年全省12345热线累计受理诉求13612345678条。", []),
        ("| 指标 | 2024年 |\n|---|---|\n| 快递业务量 | 15823456789件 |", []),
        ("12345热线全年受理诉求：13612345678条。", []),
        # a phone's label, a word the measure word starts, a space between: a mobile
        ("联系电话：13812345678，共3件。", _MOBILE),
        ("联系电话：13812345678件", _MOBILE),
        ("| 联系电话 |\n|---|\n| 13812345678件 |", _MOBILE),
        ("手机13812345678次日回电。", _MOBILE),
        ("王某13812345678次日到岗。", _MOBILE),
        ("张三13812345678个人承诺书已收。", _MOBILE),
        ("王某13812345678户籍江苏。", _MOBILE),
        ("王某13812345678家住某某小区。", _MOBILE),
        ("用户13812345678套餐到期。", _MOBILE),
        ("报名13812345678 件", _MOBILE),
        # no count's word before it (达, 共, 全年, 受理…): a contact (review 82's L4, L5)
        ("王先生13812345678件", _MOBILE),
        ("王老师13812345678笔试安排另行通知。", _MOBILE),
        ("微信同号13812345678件", _MOBILE),
    ],
)
def test_a_count_with_its_measure_word_glued_is_no_mobile(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _personal(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"预约号：{_MC_DATED}", []),
        (f"预约编号：{_MC_DATED}", []),
        (f"12345热线{_MC_DATED}号工单答复", []),
        (f"关于第{_MC_DATED}号案件的处理意见", []),
        (f"预约号码：{_MC_DATED}", _BLOCK),  # 预约号码: the number to call
        (f"银行卡号：{_MC_DATED}", _BLOCK),
        (f"请核对{_MC_DATED}号码是否正确", _BLOCK),
        ("预约号码：13812345678", _MOBILE),
        # no order's name for a mobile's eleven digits (review 82's L7)
        ("联系电话：13812345678 号订单已受理", _MOBILE),
    ],
)
def test_a_booking_or_a_work_orders_number_is_a_serial(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _personal(text) == found
