"""Generate ``redteam53_blind_data_grid.yaml``: issue 12's personal-data, marking and
disclosure forms, crossed systematically (red team 53, written blind).

The expectations were written from docs/compliance.md, rules.md §7/§9 and issue 12,
before the checker or any other corpus family was read; every number with a check
character comes from ``tests/compliance/number_makers.py``. Run from the repository root:

    python tests/compliance/corpus/gen_redteam53.py
"""

from __future__ import annotations

import datetime
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import corpus_yaml  # noqa: E402
from number_makers import (  # noqa: E402
    USCC_CHARS,
    chunks,
    full_width,
    grouped,
    id_number,
    luhn,
    org_code,
    uscc,
    zero_width,
)

FAMILY = "redteam53_blind_data_grid"
CASES: list[dict[str, Any]] = []
_IDS: set[str] = set()


def add(
    case_id: str, text: str, expect: str, rule: str | list[str] | None, note: str, **extra: Any
) -> None:
    """One case; ``rule`` None for a clean case."""
    assert case_id not in _IDS, case_id
    _IDS.add(case_id)
    case: dict[str, Any] = {"id": case_id, "text": text, "expect": expect}
    if rule is not None:
        case["rule"] = rule
    case["note"] = note
    case.update(extra)
    CASES.append(case)


# --- number validators of our own, to keep the twins honest ----------------------------

_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82",
}  # fmt: skip


def _real_date(text: str) -> bool:
    try:
        datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return True


def is_id18(number: str) -> bool:
    """A GB 11643 number: province, real date, check character."""
    return (
        len(number) == 18
        and number[:17].isdigit()
        and number[:2] in _PROVINCES
        and number[6:8] in {"18", "19", "20"}
        and _real_date(number[6:14])
        and id_number(number[:17]) == number.upper()
    )


def is_id15(number: str) -> bool:
    """A legacy 15-digit number: province and a real 19xx date."""
    return len(number) == 15 and number[:2] in _PROVINCES and _real_date("19" + number[6:12])


def is_uscc(number: str) -> bool:
    return (
        len(number) == 18 and all(c in USCC_CHARS for c in number) and uscc(number[:17]) == number
    )


def luhn_ok(number: str) -> bool:
    return luhn(number[:-1]) == number


def no_id_inside(number: str) -> bool:
    """No 18-digit ID number and no legacy 15-digit one anywhere in the digits."""
    return not any(is_id18(number[i : i + 18]) for i in range(len(number) - 17)) and not any(
        is_id15(number[i : i + 15]) for i in range(len(number) - 14)
    )


def card(prefix: str, length: int, seed: int = 0) -> str:
    """A Luhn-valid number of ``length`` digits that is no ID number nor a USCC."""
    rng = random.Random(f"{prefix}/{length}/{seed}")
    while True:
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
        number = luhn(body)
        if no_id_inside(number) and not is_uscc(number):
            return number


def bad_luhn(number: str) -> str:
    """``number`` with its check digit wrong."""
    return number[:-1] + str((int(number[-1]) + 3) % 10)


def ident(first17: str) -> str:
    number = id_number(first17)
    assert is_id18(number), number
    assert not is_uscc(number), number
    return number


def ident_x(prefix14: str) -> str:
    """An ID number ending in X."""
    for seq in range(100, 999):
        number = id_number(prefix14 + str(seq))
        if number.endswith("X") and not is_uscc(number):
            return number
    raise AssertionError(prefix14)


def wrong_check(number: str) -> str:
    last = number[-1]
    for other in "0123456789X":
        if other != last.upper():
            candidate = number[:-1] + other
            if not is_id18(candidate) and not is_uscc(candidate):
                return candidate
    raise AssertionError(number)


# --- 1. ID numbers ------------------------------------------------------------------

ID_PLAIN = ident("31010419851122368")
ID_X = ident_x("11010519491231")
ID_X2 = ident_x("44030419900315")
ID_LOWER = ident_x("33010619780602").lower()
IDS = {"plain": ID_PLAIN, "x": ID_X, "lx": ID_LOWER}
GROUPINGS = {"684": [6, 8], "33444": [3, 3, 4, 4], "44442": [4, 4, 4, 4]}
ID_SEPS = {"hy": "-", "fwhy": "－", "emdash": "—", "sp": " ", "idsp": "\u3000", "zw": "\u200b"}
ID_LABELS = [
    "身份证号：{n}",
    "证件号码{n}",
    "经核实，申请人{n}符合条件。",
    "【{n}】",
    "身份证号码：{n}，请核对。",
    "证件号码：{n}",
]

i = 0
for kind, number in IDS.items():
    for gname, lengths in GROUPINGS.items():
        for sname, sep in ID_SEPS.items():
            written = grouped(number, lengths, sep)
            text = "申请人张某，" + ID_LABELS[i % len(ID_LABELS)].format(n=written)
            add(
                f"id-{kind}-{gname}-{sname}",
                text,
                "block",
                "personal.id_number",
                f"ID number ({kind}) grouped {gname} with {sname!r}; label form {i % len(ID_LABELS)}",
            )
            i += 1

# full-width digits (and Ｘ), with each grouping
for gname, lengths in GROUPINGS.items():
    for kind, number in IDS.items():
        add(
            f"id-{kind}-{gname}-fullwidth",
            "身份证号：" + full_width(grouped(number, lengths, "-")),
            "block",
            "personal.id_number",
            "full-width digits and hyphens (and Ｘ for X)",
        )
add(
    "id-fullwidth-whole",
    "证件号码 " + full_width(ID_X2),
    "block",
    "personal.id_number",
    "whole in full width",
)
add(
    "id-zw-every3",
    "身份证号：" + zero_width(ID_PLAIN, 3),
    "block",
    "personal.id_number",
    "U+200B after every third digit",
)
add(
    "id-wj-every2",
    zero_width(ID_X2, 2, "\u2060") + "为其身份证号",
    "block",
    "personal.id_number",
    "U+2060 every second digit",
)
add(
    "id-brackets-fw",
    "【" + full_width(ID_X2) + "】",
    "block",
    "personal.id_number",
    "full width in 【】, no label",
)
add(
    "id-brackets-684",
    "【" + grouped(ID_X2, [6, 8], "－") + "】",
    "block",
    "personal.id_number",
    "6-8-4 with －, in 【】",
)
add(
    "id-nolabel-sentence",
    f"现将{ID_PLAIN}号申请人情况公示如下",
    "block",
    "personal.id_number",
    "glued to the words, no label",
)
add(
    "id-title",
    f"关于{grouped(ID_X, [6, 8], '-')}申请的答复",
    "block",
    "personal.id_number",
    "6-8-4 in the title",
    field="title",
)
add(
    "id-summary-fw-space",
    "身份证号 " + full_width(grouped(ID_PLAIN, [6, 8], " ")),
    "block",
    "personal.id_number",
    "full-width digits, ideographic spaces",
    field="summary",
)
add(
    "id-lower-x-fw-space",
    "证件号码：" + grouped(ID_LOWER, [3, 3, 4, 4], "\u3000"),
    "block",
    "personal.id_number",
    "lower-case x, 3-3-4-4-4 with U+3000",
)
add(
    "id-x-spaced-x",
    "身份证号：" + ID_X[:-1] + " X",
    "block",
    "personal.id_number",
    "the X set apart by a space",
)

# twins: wrong check characters must stay clean
for kind, number in IDS.items():
    bad = wrong_check(number)
    for gname, lengths in GROUPINGS.items():
        add(
            f"twin-id-{kind}-{gname}-badcheck",
            "身份证号：" + grouped(bad, lengths, "-"),
            "clean",
            None,
            "wrong GB 11643 check character: no ID number (docs: every number is validated before it blocks)",
        )
    add(
        f"twin-id-{kind}-fw-badcheck",
        "证件号码" + full_width(bad),
        "clean",
        None,
        "wrong check character in full width",
    )
    add(
        f"twin-id-{kind}-zw-badcheck",
        zero_width(bad, 4),
        "clean",
        None,
        "wrong check character with U+200B",
    )
bad_date = id_number("31010419851322368")
add(
    "twin-id-baddate",
    "身份证号：" + grouped(bad_date, [6, 8], "-"),
    "clean",
    None,
    "month 13 with a valid check character: no ID number",
)

# --- 2. Mobile numbers ----------------------------------------------------------------

MOBILES = ["13812345678", "15921876543", "18610012345", "19955501234", "17798765432"]
MOB_SEPS = {"hy": "-", "fwhy": "－", "emdash": "—", "dot": "·", "sp": " ", "idsp": "\u3000"}
MOB_LABELS = [
    "联系电话：{n}",
    "手机{n}",
    "如有疑问请致电{n}咨询。",
    "联系人：王某 {n}",
    "手机号码：{n}",
    "电话 {n}",
]
j = 0
for m, number in enumerate(MOBILES):
    for sname, sep in MOB_SEPS.items():
        written = grouped(number, [3, 4], sep)
        add(
            f"mob{m}-344-{sname}",
            MOB_LABELS[j % len(MOB_LABELS)].format(n=written),
            "block",
            "personal.mobile",
            f"mobile 3-4-4 with {sname!r}; label form {j % len(MOB_LABELS)}",
        )
        j += 1
PREFIXES = {
    "plus86": "+86 ",
    "plus86hy": "+86-",
    "paren": "(+86)",
    "fwparen": "（+86）",
    "fwplus": "＋８６ ",
}
for m, number in enumerate(MOBILES):
    for pname, prefix in PREFIXES.items():
        sep = "-" if m % 2 else " "
        add(
            f"mob{m}-{pname}",
            "联系方式：" + prefix + grouped(number, [3, 4], sep),
            "block",
            "personal.mobile",
            f"country code {prefix!r} before a 3-4-4 mobile",
        )
    add(
        f"mob{m}-fullwidth",
        "联系电话：" + full_width(grouped(number, [3, 4], "-")),
        "block",
        "personal.mobile",
        "full-width digits and －",
    )
    add(
        f"mob{m}-fw-whole-nolabel",
        "请拨打" + full_width(number) + "报名",
        "block",
        "personal.mobile",
        "full-width whole number",
    )
    add(
        f"mob{m}-335-label",
        "手机：" + grouped(number, [3, 3], " "),
        "block",
        "personal.mobile",
        "3-3-5 after a phone label (docs: any grouping after a phone label)",
    )
_IRREGULAR = (
    "a documented limit (docs/compliance.md, limits): without a label only the groupings people "
    "use are read, since an irregular split of eleven digits also joins unrelated numbers in lists "
    "(redteam5_personal's 三个批次编号分别为138 123 45678 must stay clean)"
)
add(
    "mob-335-nolabel",
    "张某 " + grouped(MOBILES[0], [3, 3], " ") + " 已登记",
    "block",
    "personal.mobile",
    "3-3-5 without a label: an irregular grouping (docs list it as a limit)",
    xfail=_IRREGULAR,
)
add(
    "mob-335-hy-nolabel",
    grouped(MOBILES[1], [3, 3], "-") + "（王老师）",
    "block",
    "personal.mobile",
    "3-3-5 with hyphens, no label",
    xfail=_IRREGULAR,
)
add(
    "mob-zw",
    "联系电话：" + zero_width(MOBILES[2], 2),
    "block",
    "personal.mobile",
    "U+200B every second digit",
)
add(
    "mob-brackets",
    "【" + grouped(MOBILES[3], [3, 4], "－") + "】",
    "block",
    "personal.mobile",
    "in 【】 with －",
)
add("mob-38", "电话：" + MOBILES[4][:3] + "-" + MOBILES[4][3:], "block", "personal.mobile", "3-8")
add(
    "mob-title",
    "咨询电话" + grouped(MOBILES[0], [3, 4], "—"),
    "block",
    "personal.mobile",
    "em dashes, in the title",
    field="title",
)
add(
    "mob-0086",
    "联系电话：0086 " + grouped(MOBILES[1], [3, 4], " "),
    "block",
    "personal.mobile",
    "0086 before it",
)
add("mob-plus86-glued", "+86" + MOBILES[2], "block", "personal.mobile", "+86 glued to the number")
add(
    "mob-paren-fw-dash",
    "（+86）" + grouped(MOBILES[3], [3, 4], "－"),
    "block",
    "personal.mobile",
    "（+86） and －, no label",
)

# twins
add(
    "twin-landline-bj",
    "联系电话：010-6855 1234",
    "clean",
    None,
    "a Beijing landline with its area code",
)
add("twin-landline-sz", "咨询电话：0755-8600-1234", "clean", None, "a Shenzhen landline, 4-4-4")
add(
    "twin-landline-sh-paren",
    "电话：(021)63211234",
    "clean",
    None,
    "a landline with the area code in brackets",
)
add(
    "twin-landline-fw", "联系电话：０２１－６３２１１２３４", "clean", None, "a full-width landline"
)
add(
    "twin-landline-fwsp",
    "电话　0571　8765　4321",
    "clean",
    None,
    "a landline with ideographic spaces",
)
add("twin-landline-86", "+86 10 6855 1234", "clean", None, "a Beijing landline after +86")
add("twin-400-hy", "服务热线：400-820-8820", "clean", None, "a 400 number")
add("twin-400-whole", "客服电话4008208820", "clean", None, "a 400 number whole")
add("twin-800-hy", "免费热线：800-810-8888", "clean", None, "an 800 number")
add("twin-400-fw", "热线：４００－８２０－８８２０", "clean", None, "a 400 number in full width")
add("twin-400-dot", "热线 400·820·8820", "clean", None, "a 400 number with middle dots")
add("twin-12345", "请拨打12345政务服务热线", "clean", None, "the 12345 hotline")
add("twin-date-iso", "会议定于2026-12-05召开", "clean", None, "an ISO date")
add("twin-date-fw", "截止日期：２０２６－１２－０５", "clean", None, "a full-width date")
add("twin-date-dot", "发布日期 2026.12.05 14:30", "clean", None, "a dotted date and a time")
add("twin-date-range", "2026-12-05至2027-01-05", "clean", None, "a date range")
add("twin-mobile-short", "联系电话：138-1234-567", "clean", None, "ten digits: no mobile")
add("twin-mobile-12", "编号138-1234-56789", "clean", None, "twelve digits: no mobile")
add("twin-mobile-11-bad-prefix", "联系电话：128-1234-5678", "clean", None, "12x is no mobile range")
add("twin-amount", "累计投入13812345678元", "clean", None, "an amount in yuan")
add("twin-order-16", "订单号：2026120514301234", "clean", None, "an order number")
add(
    "twin-order-luhn62",
    "订单号：" + card("62", 16, 5),
    "clean",
    None,
    "a 62… Luhn number after 订单号 (docs: a serial label is no card)",
)

# --- 3. Bank cards -----------------------------------------------------------------

CARDS = {
    "up16": card("6222", 16),
    "up17": card("6217", 17, 1),
    "up18": card("6228", 18, 2),
    "up19": card("6214", 19, 3),
    "visa13": card("4", 13, 4),
    "visa16": card("4111", 16, 5),
    "visa19": card("4563", 19, 6),
    "mc51": card("51", 16, 7),
    "mc53": card("5398", 16, 8),
    "mc55": card("5500", 16, 9),
    "mc2221": card("2221", 16, 10),
    "mc2500": card("2500", 16, 11),
    "mc2720": card("2720", 16, 12),
    "amex34": card("34", 15, 13),
    "amex37": card("37", 15, 14),
    "jcb3528": card("3528", 16, 15),
    "jcb3566": card("3566", 16, 16),
    "jcb3589": card("3589", 16, 17),
}
CARD_SEPS = {"sp": " ", "hy": "-", "fwhy": "－", "emdash": "—", "idsp": "\u3000"}
CARD_LABELS = [
    "银行卡号：{n}",
    "卡号{n}",
    "补贴发放至{n}账户。",
    "开户行：工商银行 卡号：{n}",
    "收款卡号 {n}",
]
k = 0
for cname, number in CARDS.items():
    if cname.startswith("amex"):
        groupings = {
            "465": lambda n, s: grouped(n, [4, 6], s),
            "fours": lambda n, s: chunks(n, 4, s),
        }
    elif cname == "visa13":
        groupings = {"whole": lambda n, s: n}
    else:
        groupings = {"fours": lambda n, s: chunks(n, 4, s)}
    for gname, group in groupings.items():
        seps = {"none": ""} if gname == "whole" else CARD_SEPS
        for sname, sep in seps.items():
            add(
                f"card-{cname}-{gname}-{sname}",
                CARD_LABELS[k % len(CARD_LABELS)].format(n=group(number, sep)),
                "block",
                "personal.bank_card",
                f"{cname}: prefix, length and Luhn; {gname} with {sname!r}",
            )
            k += 1
    add(
        f"card-{cname}-fullwidth",
        "银行卡号：" + full_width(chunks(number, 4, " ")),
        "block",
        "personal.bank_card",
        f"{cname} in full-width fours",
    )
    add(
        f"card-{cname}-zw",
        "卡号：" + zero_width(number, 4),
        "block",
        "personal.bank_card",
        f"{cname} with U+200B every four digits",
    )
    add(
        f"card-{cname}-whole",
        f"请将款项转入{number}。",
        "block",
        "personal.bank_card",
        f"{cname} whole, no label",
    )

# twins
for cname in ("visa16", "mc51", "mc2500", "amex37", "jcb3566", "visa19"):
    add(
        f"twin-card-{cname}-badluhn",
        "卡号：" + chunks(bad_luhn(CARDS[cname]), 4, " "),
        "clean",
        None,
        f"{cname} with a wrong Luhn digit",
    )
for cname in ("up16", "up19"):
    add(
        f"twin-card-{cname}-badluhn",
        "卡号：" + chunks(bad_luhn(CARDS[cname]), 4, "-"),
        "warn",
        "personal.bank_card",
        "62… of 16–19 digits failing Luhn only warns (docs: UnionPay debit cards may not use Luhn)",
    )
for n, prefix in enumerate(("51", "53", "55", "5500", "5212")):
    number = card(prefix, 18, 20 + n)
    add(
        f"twin-card-mc18-{prefix}",
        "编号：" + number if n % 2 else chunks(number, 4, " "),
        "clean",
        None,
        "a Mastercard prefix with 18 digits passing Luhn: no card (Mastercard numbers have 16)",
    )
add(
    "twin-card-visa17",
    "卡号 " + card("4", 17, 30),
    "clean",
    None,
    "Visa prefix, 17 digits: no Visa length",
)
add("twin-card-amex16", chunks(card("37", 16, 31), 4, " "), "clean", None, "Amex prefix, 16 digits")
add(
    "twin-card-jcb3590",
    "编号 " + chunks(card("3590", 16, 32), 4, "-"),
    "clean",
    None,
    "3590 is past JCB's range",
)
add(
    "twin-card-jcb3527",
    chunks(card("3527", 16, 33), 4, " "),
    "clean",
    None,
    "3527 is before JCB's range",
)
add(
    "twin-card-mc2220",
    chunks(card("2220", 16, 34), 4, " "),
    "clean",
    None,
    "2220 is before Mastercard's 2221",
)
add(
    "twin-card-mc2721",
    chunks(card("2721", 16, 35), 4, " "),
    "clean",
    None,
    "2721 is past Mastercard's 2720",
)
add(
    "twin-card-mc56",
    chunks(card("56", 16, 36), 4, " "),
    "clean",
    None,
    "56 is no Mastercard prefix (Maestro left out)",
)


def all_digit_uscc(prefix2: str, division: str, seed: int) -> str:
    """An all-digit USCC with a valid embedded 组织机构代码 that passes Luhn and is no ID number."""
    while True:
        org = org_code(str(50000000 + seed * 7919)[-8:])
        seed += 1
        if not org.isdigit():
            continue
        code = uscc(prefix2 + division + org)
        if code.isdigit() and luhn_ok(code) and not is_id18(code):
            return code


USCCS = {
    "51": all_digit_uscc("51", "110000", 1),
    "52": all_digit_uscc("52", "310104", 2),
    "53": all_digit_uscc("53", "440300", 3),
    "51b": all_digit_uscc("51", "510100", 4),
}
for uname, code in USCCS.items():
    add(
        f"twin-uscc{uname}-label",
        "统一社会信用代码：" + code,
        "clean",
        None,
        "all-digit USCC (51–53) passing Luhn: registration data, no card",
    )
    add(
        f"twin-uscc{uname}-bare",
        f"该社会组织（{code}）已完成年检。",
        "clean",
        None,
        "the same code without a label",
    )
    add(
        f"twin-uscc{uname}-fours",
        chunks(code, 4, " "),
        "clean",
        None,
        "the code grouped like a card",
    )
    add(
        f"twin-uscc{uname}-fw",
        "信用代码 " + full_width(code),
        "clean",
        None,
        "the code in full width",
    )
add(
    "twin-uscc-zw",
    "统一社会信用代码" + zero_width(USCCS["52"], 6),
    "clean",
    None,
    "the code with U+200B",
)
ORG = org_code("70123456")
add(
    "twin-orgcode-hy",
    f"组织机构代码：{ORG[:8]}-{ORG[8]}",
    "clean",
    None,
    "a 组织机构代码 (GB 11714)",
)
add("twin-orgcode-whole", f"组织机构代码{ORG}", "clean", None, "a 组织机构代码 whole")

# --- 4. Secrecy markings ---------------------------------------------------------------

LEVELS = ["绝密", "机密", "秘密"]
MARKS = {
    "star": "★",
    "wstar": "☆",
    "star10": "★10年",
    "fwast10": "＊10年",
    "ast5": "*5年",
    "wstar3": "☆3年",
    "starcn": "★三年",
}
BODY = "关于做好年度安全检查工作的通知\n各区县人民政府：\n现将有关事项通知如下。"
for lvl_n, lvl in enumerate(LEVELS):
    for mname, mark in MARKS.items():
        add(
            f"mark-{lvl_n}-{mname}-top",
            f"{lvl}{mark}\n{BODY}",
            "block",
            "secrecy.marking",
            f"{lvl}{mark} at the top of the body",
        )
    add(
        f"mark-{lvl_n}-title",
        f"{lvl}★ 关于做好年度安全检查工作的通知",
        "block",
        "secrecy.marking",
        "密级★ in the title",
        field="title",
    )
    add(
        f"mark-{lvl_n}-title-period",
        f"{lvl}★1年 年度安全检查方案",
        "block",
        "secrecy.marking",
        "密级★1年 in the title",
        field="title",
    )
    add(
        f"mark-{lvl_n}-docno",
        f"某府办〔2026〕12号　{lvl}★1年\n{BODY}",
        "block",
        "secrecy.marking",
        "after a 发文字号 on the first line",
    )
    add(
        f"mark-{lvl_n}-docno-star",
        f"某办发〔2026〕3号 {lvl}★",
        "block",
        "secrecy.marking",
        "after a 发文字号, star without a period",
    )
    add(
        f"mark-{lvl_n}-spaced",
        f"{' '.join(lvl)} ★\n{BODY}",
        "block",
        "secrecy.marking",
        "spaced 机 密 ★",
    )
    add(
        f"mark-{lvl_n}-idsp",
        f"{chr(0x3000).join(lvl)}　★　１０年\n{BODY}",
        "block",
        "secrecy.marking",
        "ideographic spaces, full-width digits",
    )
    add(
        f"mark-{lvl_n}-zw",
        f"{lvl[0]}\u200b{lvl[1]}★\n{BODY}",
        "block",
        "secrecy.marking",
        "U+200B between the characters",
    )
    add(
        f"mark-{lvl_n}-ast-line",
        f"{lvl}*\n{BODY}",
        "block",
        "secrecy.marking",
        "密级* alone on a line (docs: alone on a line, also without a period)",
    )
    add(
        f"mark-{lvl_n}-fwast-line",
        f"{lvl}＊\n{BODY}",
        "block",
        "secrecy.marking",
        "full-width ＊ alone on a line",
    )
    add(
        f"mark-{lvl_n}-end",
        f"{BODY}\n（{lvl}★5年）",
        "block",
        "secrecy.marking",
        "at the end, in brackets with the star",
    )
    add(
        f"mark-{lvl_n}-inline",
        f"现印发{lvl}★10年文件一份，请妥善保管。",
        "block",
        "secrecy.marking",
        "密级★10年 inside a sentence",
    )
add("mark-trad-jimi", f"機密★\n{BODY}", "block", "secrecy.marking", "traditional 機密★")
add("mark-trad-juemi", f"絕密★永久\n{BODY}", "block", "secrecy.marking", "traditional 絕密★永久")
add(
    "mark-trad-jimi-fwast",
    "機密＊10年",
    "block",
    "secrecy.marking",
    "traditional with full-width asterisk",
)
add(
    "mark-trad-spaced",
    "機 密 ★ 十 年",
    "block",
    "secrecy.marking",
    "traditional spaced, numeral period",
)
add(
    "mark-trad-title",
    "絕密★ 年度工作要點",
    "block",
    "secrecy.marking",
    "traditional in the title",
    field="title",
)
add("mark-juemi-forever", "绝密★永久", "block", "secrecy.marking", "绝密★永久 alone")
add(
    "mark-fwast-inline",
    "机密＊10年　关于调整机构设置的请示",
    "block",
    "secrecy.marking",
    "issue 12: 机密＊10年, full-width asterisk",
)
add(
    "mark-fwast-spaced",
    "机　密　＊　１０　年",
    "block",
    "secrecy.marking",
    "full-width asterisk and spaces",
)
add(
    "mark-star10-idsp-docno",
    "某府发〔2026〕8号　　秘密★10年",
    "block",
    "secrecy.marking",
    "after a 发文字号 with two ideographic spaces",
)
add(
    "mark-summary",
    "秘密☆3年 年度工作通报",
    "block",
    "secrecy.marking",
    "秘密☆3年 in the summary",
    field="summary",
)

# twins
add(
    "twin-mark-confidentiality",
    "信息系统应保障数据的机密性、完整性和可用性。",
    "clean",
    None,
    "机密性 in IT prose",
)
add(
    "twin-mark-confidentiality-2",
    "等级保护测评关注机密性（Confidentiality）保护措施。",
    "clean",
    None,
    "机密性 with the English word",
)
add("twin-mark-guard", "全体干部职工要严格保守国家秘密。", "clean", None, "保守国家秘密: prose")
add(
    "twin-mark-rule",
    "会议学习了秘密文件的管理规定。",
    "clean",
    None,
    "秘密文件 in a sentence naming a rule",
)
add(
    "twin-mark-stars-review",
    "游客纷纷给出★★★★★好评。",
    "clean",
    None,
    "rating stars, no level word",
)
add(
    "twin-mark-stars-far",
    "这座城市有许多秘密等你发现，景区获评★★★★★好评。",
    "clean",
    None,
    "stars far from 秘密",
)
add(
    "twin-mark-secret-10y",
    "他守住这个秘密10年。",
    "clean",
    None,
    "秘密 and a period of years in prose (docs example)",
)
add("twin-mark-trad-guard", "嚴格保守國家秘密", "clean", None, "traditional 保守國家秘密")
add("twin-mark-commercial", "依法保护企业商业秘密。", "clean", None, "商业秘密")
add("twin-mark-vote", "选举采用秘密投票方式。", "clean", None, "秘密投票")
add("twin-mark-stars-hotel", "该酒店为★★★★★级酒店。", "clean", None, "hotel stars")

# --- 5. Internal-use markers ---------------------------------------------------------

INTERNAL = {
    "ziliao": "内部资料",
    "wenjian": "内部文件",
    "cailiao": "内部材料",
    "shiyong": "内部使用",
}
TRAD = {"ziliao": "內部資料", "wenjian": "內部文件", "cailiao": "內部材料", "shiyong": "內部使用"}
for wname, word in INTERNAL.items():
    add(
        f"int-{wname}-top",
        f"{word}\n{BODY}",
        "block",
        "secrecy.internal",
        f"{word} alone at the top",
    )
    add(
        f"int-{wname}-spaced",
        f"{' '.join(word)}\n{BODY}",
        "block",
        "secrecy.internal",
        "spaced out",
    )
    add(
        f"int-{wname}-idsp",
        f"{chr(0x3000).join(word)}\n{BODY}",
        "block",
        "secrecy.internal",
        "ideographic spaces",
    )
    add(f"int-{wname}-paren", f"2026年工作要点（{word}）", "block", "secrecy.internal", "in （）")
    add(
        f"int-{wname}-lenticular",
        f"【{word}】{BODY}",
        "block",
        "secrecy.internal",
        "in 【】 at the top",
    )
    add(f"int-{wname}-trad", f"{TRAD[wname]}\n{BODY}", "block", "secrecy.internal", "traditional")
    add(
        f"int-{wname}-trad-spaced",
        f"{' '.join(TRAD[wname])}\n{BODY}",
        "block",
        "secrecy.internal",
        "traditional spaced",
    )
    add(
        f"int-{wname}-zw",
        f"{word[:2]}\u200b{word[2:]}\n{BODY}",
        "block",
        "secrecy.internal",
        "U+200B in the middle",
    )
    add(
        f"int-{wname}-end",
        f"{BODY}\n（{word}，注意保存）",
        "block",
        "secrecy.internal",
        "at the end with 注意保存",
    )
add(
    "int-ziliao-title",
    "内部资料 2026年第3期",
    "block",
    "secrecy.internal",
    "in the title",
    field="title",
)
add(
    "int-ziliao-issue12", "内 部 资 料", "block", "secrecy.internal", "issue 12: spaced 内 部 资 料"
)
add(
    "int-ziliao-trad-issue12",
    "內部資料",
    "block",
    "secrecy.internal",
    "issue 12: traditional 內部資料",
)
add("int-ziliao-fwparen", "(内部资料)", "block", "secrecy.internal", "half-width brackets")
add(
    "int-ziliao-quoted-rule",
    "《保密工作手册》规定：内部资料不得公开。",
    "block",
    "secrecy.internal",
    "decided from the docs: 内部资料 blocks pending human review wherever it stands, but for the listed prose phrases "
    "(内部资料性出版物, 以下简称内部资料, 将/泄露…内部资料, quoted as a word with 字样); a quoted rule is not among them",
)

# twins
add(
    "twin-int-battery",
    "电池内部材料发生热失控。",
    "clean",
    None,
    "内部材料 as the inside of a thing",
)
add("twin-int-system", "该系统仅限内部使用。", "clean", None, "内部使用 said of a system")
add("twin-int-control", "健全内部控制制度。", "clean", None, "内部控制")
add("twin-int-publication", "《内部资料性出版物管理办法》", "clean", None, "a kind of publication")
add(
    "twin-int-upload",
    "严禁将内部资料上传互联网。",
    "clean",
    None,
    "内部资料 as a thing handled (docs)",
)
add("twin-int-word", "印有“内部资料”字样的文件", "clean", None, "quoted as a word")
add("twin-int-audit", "开展内部审计工作", "clean", None, "内部审计")

# --- 6. Disclosure notes ---------------------------------------------------------------

NOTES = {"bugongkai": "此件不公开", "buyugongkai": "此件不予公开", "bare": "不予公开"}
BRACKETS = {"fw": ("（", "）"), "hw": ("(", ")"), "len": ("【", "】")}
END = "某某市人民政府办公室\n2026年12月5日"
for nname, note in NOTES.items():
    for bname, (left, right) in BRACKETS.items():
        add(
            f"disc-{nname}-{bname}-top",
            f"{left}{note}{right}\n{BODY}",
            "block",
            "disclosure.not_public",
            f"{left}{note}{right} at the top",
        )
        add(
            f"disc-{nname}-{bname}-end",
            f"{BODY}\n{END}\n{left}{note}{right}",
            "block",
            "disclosure.not_public",
            f"{left}{note}{right} at the end",
        )
add(
    "disc-bugongkai-line-end",
    f"{BODY}\n{END}\n此件不公开",
    "block",
    "disclosure.not_public",
    "此件不公开 on a line of its own at the end",
)
add(
    "disc-bugongkai-line-top",
    f"此件不公开\n{BODY}",
    "block",
    "disclosure.not_public",
    "此件不公开 on a line of its own at the top",
)
add(
    "disc-buyu-line-end",
    f"{BODY}\n{END}\n此件不予公开",
    "block",
    "disclosure.not_public",
    "此件不予公开 on its line",
)
add("disc-spaced", f"{BODY}\n（此 件 不 予 公 开）", "block", "disclosure.not_public", "spaced out")
add(
    "disc-idsp",
    f"{BODY}\n（此　件　不　公　开）",
    "block",
    "disclosure.not_public",
    "ideographic spaces",
)
add("disc-trad", f"{BODY}\n（此件不予公開）", "block", "disclosure.not_public", "traditional 公開")
add(
    "disc-trad-bu",
    f"{BODY}\n（此件不公開）",
    "block",
    "disclosure.not_public",
    "traditional, 不公开",
)
add("disc-zw", f"{BODY}\n（此件不\u200b公开）", "block", "disclosure.not_public", "U+200B inside")
add(
    "disc-title",
    "（此件不予公开）关于调整工作机制的通知",
    "block",
    "disclosure.not_public",
    "the note in the title",
    field="title",
)
add(
    "disc-fwparen-bare-trad",
    "（不予公開）",
    "block",
    "disclosure.not_public",
    "traditional bare note",
)
add("disc-issue12-a", "（此件不公开）", "block", "disclosure.not_public", "issue 12's form, alone")
add(
    "disc-issue12-b", "（此件不予公开）", "block", "disclosure.not_public", "issue 12's form, alone"
)

# twins
add(
    "twin-disc-cases",
    "属于依法不予公开的情形的，应当告知申请人。",
    "warn",
    "secrecy.sensitive_term",
    "依法不予公开的情形: prose; 不予公开 warns as a sensitive term (docs)",
)
add(
    "twin-disc-secret",
    "涉及国家秘密的信息不予公开。",
    "warn",
    "secrecy.sensitive_term",
    "a rule in prose; 不予公开 warns",
)
add(
    "twin-disc-reason",
    "此件不予公开的理由如下：",
    "warn",
    "secrecy.sensitive_term",
    "docs example: not a note, the term warns",
)
add(
    "twin-disc-appeal",
    "对不予公开的决定不服的，可以依法申请行政复议。",
    "warn",
    "secrecy.sensitive_term",
    "prose",
)
add(
    "twin-disc-public",
    f"{BODY}\n{END}\n（此件公开发布）",
    "clean",
    None,
    "a document saying it is public",
)
add("twin-disc-active", f"{BODY}\n（此件主动公开）", "clean", None, "主动公开")
add(
    "twin-disc-onrequest",
    f"{BODY}\n（此件依申请公开）",
    "warn",
    "disclosure.on_request",
    "依申请公开 warns (docs)",
)
add(
    "twin-disc-bugongkai-prose",
    "此件不公开的原因已向申请人说明。",
    "clean",
    None,
    "此件不公开 inside a sentence: prose (不公开 is no listed term)",
)
add(
    "twin-disc-guard",
    "全体人员要保守国家秘密，依法做好政府信息公开工作。",
    "clean",
    None,
    "保守国家秘密 and 政府信息公开",
)
add("twin-disc-apply", "申请公开的信息不存在的，告知申请人。", "clean", None, "申请公开 in prose")


# --- 7. Second slice (after the first run, not blind) ---------------------------------
# A sweep of ~3,000 more forms found one real miss: 一 (U+4E00) written between digit
# groups as a dash. Read as the numeral it is, the run has a digit too many and is no number.
DASH_ONE = "\u4e00"
for kind, number in IDS.items():
    add(
        f"s2-id-{kind}-one-dash",
        "身份证号：" + grouped(number, [6, 8], DASH_ONE),
        "block",
        "personal.id_number",
        "一 as the dash between 6-8-4 groups",
    )
    add(
        f"s2-id-{kind}-one-dash-nolabel",
        grouped(number, [3, 3, 4, 4], DASH_ONE),
        "block",
        "personal.id_number",
        "一 between 3-3-4-4-4 groups, no label",
    )
for m, number in enumerate(MOBILES[:3]):
    add(
        f"s2-mob{m}-one-dash",
        "联系电话：" + grouped(number, [3, 4], DASH_ONE),
        "block",
        "personal.mobile",
        "一 as the dash of 3-4-4",
    )
    add(
        f"s2-mob{m}-one-dash-nolabel",
        "王老师" + grouped(number, [3, 4], f" {DASH_ONE} "),
        "block",
        "personal.mobile",
        "一 with spaces around it, no label",
    )
add(
    "s2-mob-one-dash-38",
    "手机" + grouped(MOBILES[3], [3], DASH_ONE),
    "block",
    "personal.mobile",
    "3-8 with one 一",
)
add(
    "s2-card-one-dash",
    "卡号：" + chunks(CARDS["up16"], 4, DASH_ONE),
    "block",
    "personal.bank_card",
    "a UnionPay card in fours joined by 一",
)
add("s2-twin-one-dash-years", "2023一2025年", "clean", None, "a range of years with 一 (docs)")
add(
    "s2-twin-one-dash-badcheck",
    "身份证号：" + grouped(wrong_check(ID_PLAIN), [6, 8], DASH_ONE),
    "clean",
    None,
    "一 as a dash, wrong check character",
)
add("s2-twin-one-dash-short", "编号138一1234一567", "clean", None, "一 as a dash, ten digits")
add("s2-twin-one-dash-floors", "1一3号楼", "clean", None, "a range of buildings")

# ... and one more: a letter-spaced note on a line of its own between two lines of prose
# was joined to them over its line breaks, so it read as a sentence.
for sname, sep in {"hy": "-", "dot": "·", "slash": " / ", "eq": "=", "us": "_"}.items():
    add(
        f"s2-disc-letterspaced-{sname}-top",
        sep.join("此件不予公开") + "\n" + BODY,
        "block",
        "disclosure.not_public",
        f"此件不予公开 letter-spaced with {sep!r} on the first line",
    )
    add(
        f"s2-disc-letterspaced-{sname}-end",
        f"{BODY}\n{END}\n" + sep.join("此件不公开"),
        "block",
        "disclosure.not_public",
        f"此件不公开 letter-spaced with {sep!r} under the date",
    )
add(
    "s2-disc-letterspaced-br",
    "各区县：<br>" + "-".join("此件不予公开") + "<br>2026年12月5日",
    "block",
    "disclosure.not_public",
    "between <br>s",
)
add(
    "s2-twin-disc-letterspaced-prose",
    "-".join("此件不予公开的理由如下") + "：",
    "warn",
    "secrecy.sensitive_term",
    "letter-spaced prose: 不予公开 warns, no note",
)
add(
    "s2-twin-int-down-the-page",
    f"内\n部\n资\n料\n{BODY}",
    "block",
    "secrecy.internal",
    "written down the page above prose",
)

# ... and a third: after a label, a weak separator (dot, slash, underscore, middle dot)
# among plain ones (space, hyphen) parted the number into pieces.
MIXED = {
    "hy-dot": ("-", "·"),
    "sp-us": (" ", "_"),
    "fwhy-slash": ("－", "/"),
    "sp-dot": ("\u3000", "."),
}
for mname, (plain, weak) in MIXED.items():
    add(
        f"s2-mob-mixed-{mname}",
        "手机：" + MOBILES[0][:3] + plain + MOBILES[0][3:7] + weak + MOBILES[0][7:],
        "block",
        "personal.mobile",
        f"a mobile after its label, {plain!r} then {weak!r}",
    )
    add(
        f"s2-card-mixed-{mname}",
        "卡号："
        + CARDS["visa16"][:4]
        + plain
        + CARDS["visa16"][4:8]
        + weak
        + CARDS["visa16"][8:12]
        + plain
        + CARDS["visa16"][12:],
        "block",
        "personal.bank_card",
        f"a Visa card after its label, {plain!r} and {weak!r}",
    )
add(
    "s2-mob-mixed-plus86",
    "联系电话：(+86) 138-1234/5678",
    "block",
    "personal.mobile",
    "+86, a hyphen and a slash",
)
add(
    "s2-twin-mixed-nolabel",
    MOBILES[1][:3] + "-" + MOBILES[1][3:7] + "_" + MOBILES[1][7:],
    "clean",
    None,
    "no label: a weak separator among plain ones parts the digits (documented)",
)
add("s2-twin-mixed-decimal", "金额：138-1234.56", "clean", None, "an amount with a decimal point")
add("s2-twin-mixed-landline", "联系电话：0571-8765/4321", "clean", None, "a landline with a slash")


def write() -> Path:
    return corpus_yaml.write(
        HERE / f"{FAMILY}.yaml",
        FAMILY,
        CASES,
        header="Generated by gen_redteam53.py (red team 53, blind): edit the script, not this file.",
        keys=("id", "text", "expect", "rule", "field", "xfail", "note"),
    )


if __name__ == "__main__":
    sys.stdout.write(f"{write()} {len(CASES)}\n")
