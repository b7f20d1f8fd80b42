"""Card numbers by network rules: prefix, length and Luhn, never a 统一社会信用代码."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from number_makers import chunks, luhn, org_code, uscc

from govpub import Post, check
from govpub.compliance import cards
from govpub.compliance.cards import (
    DOMESTIC,
    NETWORKS,
    CardRule,
    card_network,
    is_card_number,
    luhn_ok,
)
from govpub.compliance.orgcodes import valid_uscc


def _card(prefix: str, length: int) -> str:
    return luhn(prefix + "0" * (length - len(prefix) - 1))


@pytest.mark.parametrize(
    ("number", "valid"),
    [("4111111111111111", True), ("4111111111111112", False), ("79927398713", True)],
)
def test_luhn(number: str, valid: bool) -> None:
    assert valid == luhn_ok(number)


@pytest.mark.parametrize(
    ("prefix", "length", "network"),
    [
        ("62", 16, "UnionPay"),
        ("62", 19, "UnionPay"),
        ("62", 15, None),
        ("62", 20, None),
        ("4", 13, "Visa"),
        ("4", 16, "Visa"),
        ("4", 19, "Visa"),
        ("4", 17, None),
        ("51", 16, "Mastercard"),
        ("55", 16, "Mastercard"),
        ("51", 18, None),  # issue 12: no 18-digit Mastercard
        ("53", 18, None),
        ("56", 16, None),
        ("2221", 16, "Mastercard"),
        ("2720", 16, "Mastercard"),
        ("2220", 16, None),
        ("2721", 16, None),
        ("34", 15, "American Express"),
        ("37", 15, "American Express"),
        ("34", 16, None),
        ("3528", 16, "JCB"),
        ("3589", 19, "JCB"),
        ("3527", 16, None),
        ("3590", 16, None),
        ("6011", 16, "Discover"),
        ("65", 19, "Discover"),
        ("36", 14, "Diners Club"),
        ("305", 16, "Diners Club"),
        ("9558", 19, None),  # only the listed domestic prefixes: 95588, not 9558x
        ("95588", 19, "ICBC"),
        ("438588", 18, "CIB"),  # a Visa prefix with 18 digits, issued in China
        ("601382", 19, "BOC"),
        ("103", 19, None),  # 3-digit domestic prefixes are left out
    ],
)
def test_network_rules(prefix: str, length: int, network: str | None) -> None:
    number = _card(prefix, length)
    assert network == card_network(number)
    assert (network is not None) == is_card_number(number)
    assert not is_card_number(number[:-1] + str((int(number[-1]) + 1) % 10))  # Luhn still needed


def test_domestic_prefixes_are_outside_the_network_rules() -> None:
    # the table only adds what the international rules do not already cover
    for rule in DOMESTIC:
        for length in rule.lengths:
            number = _card(rule.low, length)
            assert not any(network.fits(number) for network in NETWORKS), rule


def _rules(text: str) -> list[tuple[str, str]]:
    findings = check(Post(title="通知", body=text)).findings
    return [(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")]


def _luhn_passing_code(category: str) -> str:
    """An all-digit 统一社会信用代码 of ``category`` (51 社会团体…) that passes Luhn."""
    for n in range(10_000):
        code = uscc(category + "110000" + org_code(f"{50000000 + n:08d}"))
        if code.isdigit() and luhn_ok(code):
            return code
    raise AssertionError(category)


@pytest.mark.parametrize("category", ["51", "52", "53", "62", "91", "12"])
def test_issue_12_all_digit_credit_codes_are_not_cards(category: str) -> None:
    code = _luhn_passing_code(category)
    assert [] == _rules(f"统一社会信用代码：{code}")
    assert [] == _rules(f"代码{code}。")


def test_a_credit_code_labelled_as_a_card_is_a_card() -> None:
    code = _luhn_passing_code("62")  # a 62… code is also 18 digits of UnionPay
    assert [("personal.bank_card", "block")] == _rules(f"银行卡号：{code}")


@pytest.mark.parametrize(
    "text",
    [
        "卡号4111 1111 1111 1111",
        "卡号4111-1111-1111-1111",
        "卡号4111－1111－1111－1111",
        "卡号４１１１ １１１１ １１１１ １１１１",
        "卡号4111\u200b1111\u200b1111\u200b1111",
        f"卡号{chunks(_card('622202', 19), 4, ' ')}",
        f"卡号{chunks(_card('2221', 16), 4, '-')}",
        f"卡号{_card('3528', 19)}",
        "卡号3782 822463 10005",  # Amex 4-6-5
        f"卡号{_card('62', 16)[:6]} {_card('62', 16)[6:]}",  # 6 + rest
        f"卡号{chunks(_card('95588', 19), 1, ' ')}",  # spaced out digit by digit
    ],
)
def test_card_forms_are_caught(text: str) -> None:
    assert [("personal.bank_card", "block")] == _rules(text)


def test_unionpay_without_luhn_warns_but_not_as_an_order_number() -> None:
    number = _card("6222", 19)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert [("personal.bank_card", "warn")] == _rules(f"卡{wrong}")
    assert [] == _rules(f"订单号{wrong}")


@given(
    rule=st.sampled_from(NETWORKS + DOMESTIC),
    data=st.data(),
    layout=st.sampled_from(["whole", "4", "4-", "fw", "zw"]),
)
def test_generated_cards_are_caught_in_every_grouping(
    rule: CardRule, data: st.DataObject, layout: str
) -> None:
    length = data.draw(st.sampled_from(sorted(rule.lengths)))
    prefix = str(data.draw(st.integers(int(rule.low), int(rule.high))))
    rest = data.draw(
        st.text(
            alphabet="0123456789",
            min_size=length - len(prefix) - 1,
            max_size=length - len(prefix) - 1,
        )
    )
    number = luhn(prefix + rest)
    assume(not valid_uscc(number))
    written = {
        "whole": number,
        "4": chunks(number, 4, " "),
        "4-": chunks(number, 4, "-"),
        "fw": "".join(chr(ord(c) + 0xFEE0) for c in chunks(number, 4, "-")),
        "zw": chunks(number, 4, "\u200b"),
    }[layout]
    rules = _rules(f"请向{written}转账")
    assert rules in ([("personal.bank_card", "block")], [("personal.id_number", "block")])


@given(st.text(alphabet="0123456789", min_size=12, max_size=20))
def test_the_index_gives_the_first_rule_that_fits(digits: str) -> None:
    first = next((rule.issuer for rule in cards._RULES if rule.fits(digits)), None)
    assert card_network(digits) == first


def _luhn_passing_fours(category: str) -> str:
    """An all-digit 统一社会信用代码 of ``category`` whose first 16 digits pass Luhn."""
    for n in range(10_000):
        code = uscc(category + "110000" + org_code(f"{50000000 + n:08d}"))
        if code.isdigit() and luhn_ok(code[:16]) and is_card_number(code[:16]):
            return code
    raise AssertionError(category)


@pytest.mark.parametrize("category", ["51", "52", "53"])
@pytest.mark.parametrize(
    "text",
    [
        "{}，2026年3月15日登记。",
        "报名费¥99，{}",
        "1. 工作\n2. {}\n3. 工作",
        "{}，9月登记",
    ],
)
def test_a_credit_code_in_fours_beside_another_number_is_no_card(category: str, text: str) -> None:
    # red team 89: its first 16 digits, a Mastercard's shape, pass Luhn by chance
    code = chunks(_luhn_passing_fours(category), 4, " ")
    assert [] == _rules(text.format(code))


@pytest.mark.parametrize(
    "text",
    [
        "{}，2026年3月15日登记。",
        "报名费¥99，{}",
        "1. 工作\n2. {}\n3. 工作",
        "卡号{}，2026年3月15日登记。",
    ],
)
def test_a_mastercard_in_fours_beside_another_number_is_a_card(text: str) -> None:
    card = chunks(_card("5311", 16), 4, " ")
    assert [("personal.bank_card", "block")] == _rules(text.format(card))


# A Mastercard whose digits after "99" pass the GB 32100 check by chance: 99 and the card
# read together are an all-digit 统一社会信用代码's shape (fix 133)
_AFTER_99 = luhn("528704316290185")


def test_the_card_after_99_is_a_code_by_chance() -> None:
    assert is_card_number(_AFTER_99)
    assert uscc("99" + _AFTER_99[:15]) == "99" + _AFTER_99


@pytest.mark.parametrize(
    "text",
    [
        "报名费¥99，{}",
        "报名费¥99，{4}",
        "报名费¥99。{4}",  # 。 ends the sentence: no decimal 99.5287
        "报名费¥98。{4}",
        "报名费¥99 {}",  # an amount begins no code
        "报名费$99，{}",
        "报名费€99，{}",
        "报名费RMB99，{}",
        "共99，{}",  # a comma joins no code
        "报名费99元，{4}",
    ],
)
def test_a_card_after_a_price_is_a_card(text: str) -> None:
    body = text.replace("{4}", chunks(_AFTER_99, 4, " ")).format(_AFTER_99)
    assert [("personal.bank_card", "block")] == _rules(body)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("￥50。310104198511223688", "personal.id_number"),
        ("共50。310104198511223688", "personal.id_number"),
        ("￥50。13812345678", "personal.mobile"),
        ("¥99，13812345678", "personal.mobile"),
    ],
)
def test_a_number_after_a_price_and_a_full_stop_is_read(text: str, rule: str) -> None:
    assert [(rule, "block")] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "退款：张三 5187 7066 9074 3915 40 300元",
        "王五 2026 5187 2914 1777 6316 02",
        "张三 5187 2914 1777 6316 02，2026年3月",
        "第3 5187 2914 1777 6316 02",
        "1 张三 5187 2914 1777 6316 02\n2 李四 5201 5000 8063 6082 72",
        "5187 2914 1777 6316 02 5187 7066 9074 3915 40",
        "张三 5187-7066-9074-3915-40 2026",
    ],
)
def test_a_mastercard_and_two_digits_that_make_a_code_is_a_card(text: str) -> None:
    # review 49: two digits after a card in fours complete a valid check character once in
    # 31; the code wins only standing alone with a 社会组织's registration part, or labelled
    assert ("personal.bank_card", "block") in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "报名费¥1,234,567",
        "报名费¥99.50",
        "报名费¥1，000",
        "报价13812345678。00",
        "地址192。168。1。1",
    ],
)
def test_amounts_and_short_decimals_after_a_full_stop_stay_clean(text: str) -> None:
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "5331 0115 5406 5959 67，2026年3月15日登记。",
        "报名费¥99，5331 0115 5406 5959 67",
        "统一社会信用代码：5331 0115 5406 5959 67 2026年登记",
    ],
)
def test_a_credit_code_standing_alone_or_labelled_is_no_card(text: str) -> None:
    assert [] == _rules(text)


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("身份证号：110105。19900307。1239", ["personal.id_number"]),
        ("身份证号：110105｡19900307｡1239", ["personal.id_number"]),
        ("身份证：110105︒19900307︒1239", ["personal.id_number"]),
        ("身份证号码：110105。199003071239", ["personal.id_number"]),
        ("身份证：310104。198511。223688", ["personal.id_number"]),
        ("身份证号：110105199。003071239", ["personal.id_number"]),
        ("手机：13812。345678", ["personal.mobile"]),
        ("手机号：138。12345678", ["personal.mobile"]),
        ("银行卡号：622202。1234567890128", ["personal.bank_card"]),
        ("银行卡号：6222021234567。890128", ["personal.bank_card"]),
        ("共50。110105。19900307。1239", ["personal.id_number"]),
        ("共5。310104198511223688", ["personal.id_number"]),
        ("身份证号110105199003071239。13812345678", ["personal.id_number", "personal.mobile"]),
        ("联系电话13812345678。13912345678", ["personal.mobile"]),
        ("联系方式如下：1。13812345678；2。13912345678", ["personal.mobile"]),
        ("圆周率约为3。14159265358", ["personal.mobile"]),  # (by decision: a fraction a mobile)
        ("会议室3。13812345678", ["personal.mobile"]),
        ("共5。5287 0431 6290 1857", ["personal.bank_card"]),
        ("服务器192。168。1。1", []),
        # a space between groups or beside the stop (review 51b's item 1)
        ("手机：138。1234 5678", ["personal.mobile"]),
        ("身份证号：110105。19900307 1239", ["personal.id_number"]),
        ("银行卡号：6222 0212。3456 7890 128", ["personal.bank_card"]),
        ("手机：138。 1234。 5678", ["personal.mobile"]),
        ("身份证号：110105 。19900307 。1239", ["personal.id_number"]),
        ("手机 138 。1234 。5678", ["personal.mobile"]),
        ("手机：138。\u30001234。\u30005678", ["personal.mobile"]),
        ("报名费¥99。5287 0431 6290 1857", ["personal.bank_card"]),
        ("共50。 310104198511223688", ["personal.id_number"]),
        ("增长13。 8%，收入1234。 56元", []),
        # any space the fold reads as one beside the stop, and a hyphen among the groups
        # (review 52's item 7)
        ("<p>手机：138。&nbsp;1234。&nbsp;5678</p>", ["personal.mobile"]),
        ("手机：138。\u00a01234。\u00a05678", ["personal.mobile"]),
        ("手机：138。\t1234。\t5678", ["personal.mobile"]),
        ("手机：138。\u20031234。\u20035678", ["personal.mobile"]),
        ("手机：138。  1234。  5678", ["personal.mobile"]),
        ("手机：138。 1234-5678", ["personal.mobile"]),
        ("手机：138。 1234 - 5678", ["personal.mobile"]),
        ("身份证号：110105。&#160;19900307。&#160;1239", ["personal.id_number"]),
        ("增速 13。\u00a05 12。\u00a08 11。\u00a02 9。\u00a06", []),
        ("分机号：0371-6123 4567。&nbsp;1381", []),
        # a 。 the fold keeps between digits, before a word (review 52's item 3)
        ("手机：138。1234。5678联系人：张三", ["personal.mobile"]),
        ("身份证号：110105。19900307。1239户籍地略", ["personal.id_number"]),
        ("共50。13812345678人参加", ["personal.mobile"]),
        ("收入1234。56万元，2026。12。03日", []),
        ("预算110105。199003071239万元，面积1101。05199003071239平方公里", []),
    ],
)
def test_a_full_stop_between_the_groups_of_one_number_joins_them(
    text: str, rules: list[str]
) -> None:
    """Review 50 (mend 50b): 。 between digits ends a sentence unless the groups it joins are a
    whole number that passes its check."""
    assert sorted({rule for rule, _ in _rules(text)}) == rules


@pytest.mark.parametrize(
    "text",
    [
        "李四 5211 9708 7750 3803 31，2026年3月",
        "| 张三 | 5131 8949 5042 8646 | 61 |",
        "张三 5131 8949 5042 8646 61岁",
        "收款人张三 5131 6524 3007 2461 50 元",
        "张三5131894950428646 61",
        "| 5131 8949 5042 8646 | 61 |",
        "甲协会 5187 2914 1777 6316 02 2026",
    ],
)
def test_a_mastercard_and_two_digits_after_a_name_or_a_cell_border_is_a_card(text: str) -> None:
    # review 50 item 4: the 18 digits make a valid code, but a person's name right before it,
    # or a cell border among its groups, says a card; an organisation's name clears only a
    # code with a 社会组织's registration part (87… is none)
    assert [("personal.bank_card", "block")] == _rules(text)


@pytest.mark.parametrize("category", ["51", "52", "53"])
@pytest.mark.parametrize(
    "text",
    [
        "甲协会 {} 2026年成立",
        "甲协会 {} 5A级",
        "甲基金会 {} 10万元",
        "北京市甲协会{} 10人",
        "{} {other}",
        "| 甲协会 | {} | 2026 |",
    ],
)
def test_a_credit_code_after_an_organisation_or_beside_another_code_is_no_card(
    category: str, text: str
) -> None:
    # review 50 item 5: a real 社会组织 code in fours, another number joined by a space after it
    code = chunks(_luhn_passing_fours(category), 4, " ")
    other = chunks(_luhn_passing_fours("52" if category == "51" else "51"), 4, " ")
    assert [] == _rules(text.replace("{}", code).replace("{other}", other))


@pytest.mark.parametrize(
    "text",
    [
        "高新区 {}",
        "黄河 {}",
        "江北区 {}",
        "石家庄 {}",
        "法定代表人张三 {}",
        "登记管理机关：民政局。负责人：王五 {}",
        "甲协会 法定代表人 张三 {}",
        "理事长李四 {}",
        "| 甲协会 | 张三 | {} |",
        "沈阳 {}",
        "吴忠 {}",
        "| 沈阳 | {} |",
        "| 甲协会 | 理事长 | 张三 | {} |",
        "<td>理事长</td><td>张三</td><td>{}</td>",
        "张三（理事长） {}",
    ],
)
@pytest.mark.parametrize("code", ["5111 0000 5574 4762 14", "5211 9708 7750 3803 31"])
def test_a_credit_code_after_a_place_or_a_representative_is_no_card(text: str, code: str) -> None:
    # review 51b items 2 and 3: a place whose name starts with a surname, or an organisation's
    # representative (after the label, or in the cell after the organisation's), is no
    # person whose card the 社会组织's code would be
    assert [] == _rules(text.format(code))


@pytest.mark.parametrize(
    "text",
    [
        "张三 5111 0000 5574 4762 14",
        "联系人王五 5111 0000 5574 4762 14",
        "收款人张三 5211 9708 7750 3803 31 元",
        "高新 5131 8949 5042 8646 61岁",
        "甲基金会受益人李四 5131 8949 5042 8646 61",
    ],
)
def test_a_persons_name_that_is_no_place_nor_a_representative_still_reads_a_card(
    text: str,
) -> None:
    # the twins of review 51b items 2 and 3: a contact, a payee or a beneficiary is the person
    assert [("personal.bank_card", "block")] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "李江 {}",
        "周庄 {}",
        "杨市 {}",
        "李长江 {}",
        "收款人李江 {}",
        "救助对象：刘湖 {}",
        "收款人沈阳 {}",
        "| 困难群众 | 李江 | {} |",
        "| 受助人 | 沈阳 | {} |",
        "甲协会张三 {}",
        "甲商会会员张三 {}",
        "张三（甲协会） {}",
        "欧阳娜娜 {}",
        "张* {}",
    ],
)
@pytest.mark.parametrize("code", ["5111 0000 5574 4762 14", "5131 8949 5042 8646 61"])
def test_a_persons_name_before_a_credit_codes_digits_reads_a_card(text: str, code: str) -> None:
    # review 52 item 1: a name of two characters is no place by its ending, 江 or 山 end
    # given names, a person's label makes a person whatever the name; review 51b item 6: a
    # name glued to an organisation's or a member's word, a compound surname, a masked name
    assert [("personal.bank_card", "block")] == _rules(text.format(code))


@pytest.mark.parametrize("name", ["高新区", "江苏", "负责人张三", "沈阳", ""])
def test_an_age_after_the_digits_is_no_codes_tail(name: str) -> None:
    # review 52 item 1: a card and then the holder's age, whatever name is before it
    assert [("personal.bank_card", "block")] == _rules(f"{name} 5131 8949 5042 8646 61岁")


@pytest.mark.parametrize("ages", ["61岁以上会员", "61岁及以上", "61周岁以下", "61岁至70岁"])
def test_the_bound_of_a_range_of_ages_is_no_holders_age(ages: str) -> None:
    # left 27a: after an organisation's name 61岁以上 counts its members, no card holder's
    # age — the code's digits stay a code; after a person's name, a holder's label or no name
    # at all they read a card (review 56)
    assert [] == _rules(f"甲协会 5131 8949 5042 8646 {ages}")
    for before in ("张三 ", "持卡人 ", "会员", ""):
        assert [("personal.bank_card", "block")] == _rules(f"{before}5131 8949 5042 8646 {ages}")
