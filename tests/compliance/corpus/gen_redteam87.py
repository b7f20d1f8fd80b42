"""Regenerate redteam87_blind_sector_identifiers.yaml (red-team pass 87, written blind).

Sector identifiers that look like personal numbers — a false-finding and miss sweep. Government
posts of every sector (education, customs, tax, utilities, transport, housing, health, market
supervision, courts, 12345) are full of identifiers shaped like ID numbers (18 characters, the
last maybe X), mobiles (11 digits from 1) and bank cards (13–19 digits, Luhn). A seeded grammar of
CLEAN posts (notices, 公示 tables, 办事指南, 通报; labels with ``：`` ``:`` ``︰`` or none; numbers
whole, spaced, hyphened or full width) is filled with: 考生号, 准考证号, 报关单号, 发票代码 and
发票号码 (8 digits, 20 for 全电发票), 电费/燃气/水费户号, ETC 卡号 (粤通卡…), 交通卡号, VIN, 车牌号,
驾驶证档案编号, 不动产单元号 and 不动产权证号, 医保 codes (drugs ``XA01ABD075A002010100483``, 医疗服务
项目, 耗材), 社保登记号, 药品批准文号, 医疗器械注册证号, 食品生产许可证号, 排污许可证号, 专利号, 商标注册号,
律师执业证号, 教师资格证号, 特种设备/电梯注册代码, 营业执照注册号, HS 编码, 快递单号, 邮政编码, 工单号,
12345 受理号, 案号, 统一社会信用代码, 组织机构代码, IP addresses and ISBN.

Real items hidden among them must block: a 驾驶证号 (the holder's ID number), a 社会保障卡号 that is
the ID number, a 医保 参保人's 证件号码, a 就诊人手机号, a 退费 bank card (UnionPay, Luhn) and a
学籍号. **Decision on the 学籍号** (``G``/``L``/``J`` + the 18-character ID number): it IS the
child's ID number with a letter before it; a strict reviewer at a new-media office wants a 学籍号
in a published list blocked as ``personal.id_number`` exactly as the bare ID number would be (the
letter hides nothing), so the generator treats it as a real item, never as a clean identifier.

``python tests/compliance/corpus/gen_redteam87.py`` writes the family; ``--sweep N [out.json]``
(with govpub importable) puts N generated posts (clean, or hiding one real item) through
``govpub.check`` and counts every block, every warning and every miss by slot and pattern.
Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py``, ``number_makers.py`` and the layouts of ``gen_redteam71.py`` and
``gen_redteam81.py`` only).
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable, write_sweep_report

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, chunks, full_width, id_number, luhn, org_code, uscc, vin

SEED = 87
FAMILY = "redteam87_blind_sector_identifiers"
IDN = "personal.id_number"
MOB = "personal.mobile"
CARD = "personal.bank_card"

Rng = random.Random
DIGITS = "0123456789"
COLONS = ("：", "：", "：", ":", "︰", "")
PROVINCES = set(range(11, 16)) | set(range(21, 24)) | set(range(31, 38)) | set(range(41, 47))
PROVINCES |= set(range(50, 55)) | set(range(61, 66)) | {71, 81, 82}
CARD_PREFIXES = ("62", "4", "5", "34", "37", "35", "36", "38", "39", "30", "60", "64", "65", "2")


def digits(rng: Rng, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def _valid_id(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit() or int(number[:2]) not in PROVINCES:
        return False
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    return (
        1900 <= year <= 2026
        and 1 <= month <= 12
        and 1 <= day <= 31
        and id_number(number[:17]) == number.upper()
    )


def _plain(text: str) -> str:
    """``text`` folded to ASCII digits and letters, separators dropped."""
    out = []
    for c in text:
        if 0xFF10 <= ord(c) <= 0xFF5A:
            c = chr(ord(c) - 0xFEE0)
        if c.isascii() and c.isalnum():
            out.append(c.upper())
        elif c in " -\u3000－·.":
            continue
        else:
            out.append("|")
    return "".join(out)


def holds_id(text: str) -> bool:
    """A checked 18-digit ID number with a real birth date anywhere (docs: it always blocks)."""
    plain = _plain(text)
    return any(_valid_id(plain[i : i + 18]) for i in range(len(plain) - 17))


# ----- writing a number --------------------------------------------------------------------


def written(rng: Rng, value: str, groups: list[int] | None = None) -> tuple[str, str]:
    """``value`` whole, in its natural groups (spaces or hyphens), in fours, or full width."""
    form = rng.choice(["whole", "whole", "whole", "groups", "fours", "fw", "fw-groups"])
    if form in {"groups", "fw-groups"} and groups:
        sep = rng.choice([" ", "-"])
        from number_makers import grouped

        text = grouped(value, groups, sep)
    elif form == "fours" and len(value) > 8:
        text = chunks(value, 4, " ")
    else:
        form = "fw" if form.startswith("fw") else "whole"
        text = value
    if form.startswith("fw"):
        text = full_width(text)
    return form, text


# ----- the clean identifiers (slot name, label choices, maker, natural groups) ---------------


def _div(rng: Rng) -> str:
    return rng.choice(DIVISIONS)


def m_exam_candidate(rng: Rng) -> str:  # 考生号 14 digits: year, province, county, serial
    return "26" + _div(rng)[:2] + _div(rng)[2:6] + digits(rng, 6)


def m_admission(rng: Rng) -> str:  # 准考证号 9–15 digits
    return digits(rng, rng.choice([9, 10, 12, 15]), "123456789")


def m_customs(rng: Rng) -> str:  # 报关单号 18: customs code 4, year 4, I/E 1, serial 9
    return (
        rng.choice(["5301", "5316", "2200", "0100", "4200", "7900"])
        + "2026"
        + rng.choice("01")
        + digits(rng, 9)
    )


def m_invoice_code(rng: Rng) -> str:  # 发票代码 12
    return "0" + _div(rng)[:4] + "26" + digits(rng, 5)


def m_invoice_no(rng: Rng) -> str:  # 8, or 20 for 全电发票 (year 2, region 2, ...)
    if rng.random() < 0.5:
        return digits(rng, 8)
    return "26" + _div(rng)[:2] + "2" + digits(rng, 15)


def m_utility(rng: Rng) -> str:  # 电费/燃气/水费户号 10–13 digits
    return digits(rng, rng.choice([10, 11, 12, 13]), "0123456789")


def m_etc(rng: Rng) -> str:  # ETC 卡号 16–20 digits from a province's issuer code
    return rng.choice(["4401", "3201", "1101", "3301", "5001", "6201"]) + digits(
        rng, rng.choice([12, 14, 15, 16])
    )


def m_transit(rng: Rng) -> str:  # 交通卡号 (交通联合 3104…, 一卡通 1000…)
    return rng.choice(["3104", "1000", "2150", "8888"]) + digits(rng, rng.choice([8, 12, 15]))


def m_vin(rng: Rng) -> str:
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    first8 = rng.choice(["LFV", "LSV", "LGB", "LVS", "LBV", "LNB"]) + "".join(
        rng.choice(alnum) for _ in range(5)
    )
    tail8 = rng.choice("RST") + rng.choice("ABCDEF") + digits(rng, 6)
    return vin(first8, tail8)


def m_plate(rng: Rng) -> str:
    head = rng.choice(["粤B", "京A", "沪C", "浙A", "川A", "苏E"])
    tail = rng.choice(
        [digits(rng, 5), "D" + digits(rng, 5), rng.choice("ABCDEFGHJK") + digits(rng, 4)]
    )
    return head + rng.choice(["", "·", " "]) + tail


def m_licence_file(rng: Rng) -> str:  # 驾驶证档案编号 12
    return _div(rng)[:4] + digits(rng, 8)


def m_estate_unit(rng: Rng) -> str:  # 不动产单元号 28
    return (
        _div(rng)
        + digits(rng, 6)
        + rng.choice(["GB", "GA", "JC"])
        + digits(rng, 5)
        + rng.choice("FW")
        + digits(rng, 8)
    )


def m_estate_cert(rng: Rng) -> str:
    return f"{rng.choice(['粤', '京', '沪', '浙'])}（2026）{rng.choice(['广州市', '朝阳区', '杭州市'])}不动产权第{digits(rng, 7, '0')}号"


def m_drug_code(rng: Rng) -> str:  # 医保药品代码 23
    return rng.choice(
        ["XA01ABD075A002010100483", "XJ01CAA040A001010101234", "ZA04FAA0057020101234"]
    )


def m_service_code(rng: Rng) -> str:  # 医疗服务项目编码 15 (+ 9)
    code = "00" + rng.choice(["1201", "2203", "3101", "3102"]) + digits(rng, 9)
    return code if rng.random() < 0.6 else f"{code}-3{digits(rng, 8)}"


def m_consumable(rng: Rng) -> str:  # 医用耗材编码 C + 19
    return "C" + digits(rng, 19, "01")


def m_social_reg(rng: Rng) -> str:  # 单位社保登记证号
    return _div(rng) + digits(rng, 6)


def m_drug_approval(rng: Rng) -> str:
    return f"国药准字{rng.choice('HZSJ')}{rng.choice(['2026', '2019', '1998'])}{digits(rng, 4)}"


def m_device(rng: Rng) -> str:
    return f"{rng.choice(['国械注准', '国械注进', '粤械注准', '浙械注准'])}2026{digits(rng, 7)}"


def m_food_licence(rng: Rng) -> str:
    return "SC" + rng.choice(["1", "2"]) + digits(rng, 2) + _div(rng) + digits(rng, 5)


def m_pollution(rng: Rng) -> str:
    code = uscc(
        "91" + _div(rng) + "MA5" + "".join(rng.choice("0123456789ABCDEFGH") for _ in range(6))
    )
    return code + digits(rng, 3) + rng.choice("VWUQ")


def m_patent(rng: Rng) -> str:
    return f"ZL2026{rng.choice('123')}{digits(rng, 7)}.{rng.choice(DIGITS + 'X')}"


def m_trademark(rng: Rng) -> str:
    return digits(rng, rng.choice([7, 8]), "123456789")


def m_lawyer(rng: Rng) -> str:  # 律师执业证号 17: region 4, year 4, kind 1, sex 1, serial 7
    return (
        _div(rng)[:4]
        + rng.choice(["2009", "2016", "2021"])
        + "1"
        + rng.choice("01")
        + digits(rng, 7)
    )


def m_teacher(rng: Rng) -> str:  # 教师资格证号 17
    return rng.choice(["2019", "2022", "2025"]) + _div(rng)[:2] + digits(rng, 11)


def m_elevator(rng: Rng) -> str:  # 特种设备注册代码 20
    return rng.choice(["3110", "3120", "2110", "4110"]) + _div(rng) + "2026" + digits(rng, 6)


def m_business_reg(rng: Rng) -> str:  # 营业执照注册号 15
    return _div(rng) + "000" + digits(rng, 6)


def m_hs(rng: Rng) -> str:
    return rng.choice(["8471300000", "0303890090", "8703234110", "6109100021"])


def m_express(rng: Rng) -> str:
    kind = rng.choice(["SF", "JD", "EMS", "ZTO"])
    if kind == "SF":
        return "SF" + digits(rng, rng.choice([12, 13, 15]), "1")
    if kind == "JD":
        return rng.choice(["JD", "JDV"]) + digits(rng, 13, "0")
    if kind == "EMS":
        return (
            digits(rng, 13, "1")
            if rng.random() < 0.5
            else "E" + rng.choice("ABCLM") + digits(rng, 9) + "CN"
        )
    return "7" + digits(rng, 14, "5")


def m_post(rng: Rng) -> str:
    return rng.choice(["100010", "510030", "200120", "310012", "518040", "650011"])


def m_ticket(rng: Rng) -> str:  # 工单号
    return (
        rng.choice(["GD", "WO", "ZX", ""])
        + "2026"
        + rng.choice(["0315", "1205", "0908"])
        + digits(rng, 6)
    )


def m_hotline(rng: Rng) -> str:  # 12345 受理号 14–16 digits
    return (
        "2026"
        + rng.choice(["12", "11", "03"])
        + rng.choice(["05", "18", "27"])
        + digits(rng, rng.choice([6, 7, 8]))
    )


def m_case(rng: Rng) -> str:
    return f"（2026）{rng.choice(['京0105', '粤0106', '沪0115', '浙0106'])}{rng.choice(['民初', '行初', '执', '刑初'])}{rng.randint(1, 39999)}号"


def m_uscc(rng: Rng) -> str:
    body = rng.choice(["91", "12", "51", "52", "53", "11"]) + _div(rng)
    return uscc(body + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)))


def m_orgcode(rng: Rng) -> str:
    code = org_code("".join(rng.choice("0123456789ABCDEFGH") for _ in range(8)))
    return f"{code[:8]}-{code[8]}" if rng.random() < 0.6 else code


def m_ip(rng: Rng) -> str:
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def m_isbn(rng: Rng) -> str:
    body = "9787" + rng.choice(["5086", "1000", "0101", "5203"]) + digits(rng, 4)
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    core = body + str(check)
    return f"ISBN {core[:3]}-{core[3]}-{core[4:8]}-{core[8:12]}-{core[12]}"


# name, labels, maker, natural groups (None: written as made)
SLOTS: list[tuple[str, tuple[str, ...], object, list[int] | None]] = [
    ("考生号", ("考生号", "高考报名号", "考生号码"), m_exam_candidate, [2, 2, 4, 6]),
    ("准考证号", ("准考证号", "准考证号码"), m_admission, None),
    ("报关单号", ("报关单号", "报关单编号", "海关编号"), m_customs, [4, 4, 1, 9]),
    ("发票代码", ("发票代码",), m_invoice_code, [4, 4, 4]),
    ("发票号码", ("发票号码", "发票号"), m_invoice_no, None),
    ("电费户号", ("电费户号", "用电户号", "燃气户号", "水费户号", "缴费户号"), m_utility, [4, 4]),
    ("ETC卡号", ("粤通卡号", "ETC卡号", "苏通卡卡号", "速通卡号"), m_etc, [4, 4, 4, 4]),
    ("交通卡号", ("交通卡号", "一卡通卡号", "交通联合卡号"), m_transit, [4, 4, 4, 4]),
    ("VIN", ("车辆识别代号", "车架号", "VIN"), m_vin, None),
    ("车牌号", ("车牌号", "号牌号码"), m_plate, None),
    ("驾驶证档案编号", ("驾驶证档案编号", "档案编号"), m_licence_file, [4, 4, 4]),
    ("不动产单元号", ("不动产单元号",), m_estate_unit, [6, 6, 7, 9]),
    ("不动产权证号", ("不动产权证号", "权证号"), m_estate_cert, None),
    ("医保药品代码", ("医保药品代码", "国家医保药品编码", "药品代码"), m_drug_code, None),
    ("医疗服务项目编码", ("医疗服务项目编码", "项目编码"), m_service_code, None),
    ("医用耗材编码", ("医用耗材编码", "耗材代码"), m_consumable, None),
    ("社保登记号", ("社会保险登记证号", "社保登记号", "单位社保编号"), m_social_reg, None),
    ("药品批准文号", ("批准文号", "药品批准文号"), m_drug_approval, None),
    ("医疗器械注册证号", ("注册证编号", "医疗器械注册证号"), m_device, None),
    ("食品生产许可证号", ("食品生产许可证编号", "许可证编号", "SC编号"), m_food_licence, None),
    ("排污许可证号", ("排污许可证编号", "排污许可证号"), m_pollution, None),
    ("专利号", ("专利号", "专利申请号"), m_patent, None),
    ("商标注册号", ("商标注册号", "注册号"), m_trademark, None),
    ("律师执业证号", ("律师执业证号", "执业证号"), m_lawyer, [4, 4, 9]),
    ("教师资格证号", ("教师资格证号", "资格证书编号"), m_teacher, [4, 2, 11]),
    ("电梯注册代码", ("电梯注册代码", "特种设备注册代码", "设备代码"), m_elevator, [4, 6, 4, 6]),
    ("营业执照注册号", ("营业执照注册号", "注册号"), m_business_reg, [6, 3, 6]),
    ("HS编码", ("HS编码", "商品编码", "税则号列"), m_hs, [4, 4, 2]),
    ("快递单号", ("快递单号", "运单号", "邮件号"), m_express, None),
    ("邮政编码", ("邮政编码", "邮编"), m_post, None),
    ("工单号", ("工单号", "工单编号"), m_ticket, None),
    ("受理号", ("受理号", "12345热线受理编号", "受理编号"), m_hotline, [4, 4, 8]),
    ("案号", ("案号",), m_case, None),
    ("统一社会信用代码", ("统一社会信用代码", "社会信用代码"), m_uscc, None),
    ("组织机构代码", ("组织机构代码",), m_orgcode, None),
    ("IP", ("IP地址", "服务器地址", "IP"), m_ip, None),
    ("ISBN", ("书号", "ISBN"), m_isbn, None),
]
SLOT_BY_NAME = {slot[0]: slot for slot in SLOTS}


def clean_item(rng: Rng, name: str | None = None) -> dict[str, str]:
    """One clean identifier with its label, written in one of its forms."""
    slot = SLOT_BY_NAME[name] if name else rng.choice(SLOTS)
    label = rng.choice(slot[1])
    while True:
        raw = slot[2](rng)  # type: ignore[operator]
        form, text = written(rng, raw, slot[3]) if raw.isalnum() else ("whole", raw)
        if not holds_id(text):
            break
    return {"slot": slot[0], "label": label, "value": text, "form": form}


# ----- the real items (must block) ---------------------------------------------------------


def person_id(rng: Rng, child: bool = False) -> str:
    year = rng.randint(2010, 2019) if child else rng.randint(1958, 2002)
    first17 = f"{_div(rng)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 3)}"
    return id_number(first17)


def mobile(rng: Rng) -> str:
    return "1" + rng.choice("3456789") + digits(rng, 9)


def card(rng: Rng) -> str:
    if rng.random() < 0.5:
        return luhn("62" + rng.choice(["2202", "2848", "1700", "2700"]) + digits(rng, 9))
    return luhn(rng.choice(["621700", "622848", "623668"]) + digits(rng, 12))


REALS = [
    # kind, labels, maker, rule, groups
    ("驾驶证号", ("驾驶证号", "驾驶证号码", "驾驶证编号"), lambda r: person_id(r), IDN, [6, 8, 4]),
    (
        "社保卡号",
        ("社会保障卡号", "社保卡号", "社会保障号码"),
        lambda r: person_id(r),
        IDN,
        [6, 8, 4],
    ),
    (
        "参保人证件号",
        ("参保人身份证号", "证件号码", "医保卡持卡人身份证号"),
        lambda r: person_id(r),
        IDN,
        [6, 8, 4],
    ),
    (
        "学籍号",
        ("学籍号", "全国学籍号", "学籍辅号"),
        lambda r: r.choice("GLJ") + person_id(r, True),
        IDN,
        None,
    ),
    ("就诊人手机号", ("就诊人手机号", "就诊人联系电话", "患者手机"), mobile, MOB, [3, 4, 4]),
    ("退费银行卡号", ("退费银行卡号", "退款银行卡号", "收款银行卡号"), card, CARD, [4, 4, 4, 4]),
]


def real_item(rng: Rng) -> dict[str, str]:
    kind, labels, maker, rule, groups = rng.choice(REALS)
    raw = maker(rng)
    if kind == "学籍号":
        form, text = rng.choice([("whole", raw), ("fw", full_width(raw))])
    else:
        form, text = written(rng, raw, groups)
    return {"slot": kind, "label": rng.choice(labels), "value": text, "form": form, "rule": rule}


# ----- the posts ----------------------------------------------------------------------------

TITLES = (
    "关于2026年度有关事项的公示",
    "办事指南",
    "关于开展专项检查情况的通报",
    "2026年第三季度行政许可信息公示",
    "关于做好有关工作的通知",
    "政务服务事项办理须知",
)
UNITS = (
    "某市市场监督管理局",
    "某区教育局",
    "某海关",
    "某市医疗保障局",
    "某区住房和城乡建设局",
    "某市交通运输局",
)
NAMES = ("张某", "李某某", "王某", "陈某", "刘某某", "赵某")


def labelled(rng: Rng, item: dict[str, str]) -> str:
    colon = rng.choice(COLONS)
    space = " " if colon in {":", ""} and rng.random() < 0.5 else ""
    return f"{item['label']}{colon}{space}{item['value']}"


def prose(rng: Rng, items: list[dict[str, str]]) -> str:
    unit = rng.choice(UNITS)
    lead = rng.choice(
        [
            f"经{unit}核查，相关信息如下：",
            f"根据有关规定，{unit}对以下事项予以公示，公示期为2026年12月5日至12月11日（5个工作日）。",
            f"{unit}现将办理情况通报如下。",
            "一、办理材料",
        ]
    )
    parts = [labelled(rng, it) for it in items]
    joiner = rng.choice(["，", "；", "。", "\n"])
    tail = rng.choice(
        [
            "如有异议，请于公示期内以书面形式向我局反映，咨询电话：020-83541234。",
            "特此公告。",
            "办理时限：5个工作日。办理地点：市政务服务中心二楼综合窗口。",
            "请各单位认真对照，举一反三，抓好整改落实。",
        ]
    )
    return f"{lead}\n{joiner.join(parts)}。\n{tail}"


def table(rng: Rng, items: list[dict[str, str]]) -> str:
    rows = ["| 序号 | 名称 | 项目 | 编号 |", "|---|---|---|---|"]
    for n, it in enumerate(items, 1):
        who = rng.choice([*UNITS, *NAMES])
        rows.append(f"| {n} | {who} | {it['label']} | {it['value']} |")
    lead = rng.choice(
        [
            "现将有关情况公示如下：",
            "附件：名单",
            "（单位：元）" if rng.random() < 0.1 else "名单如下：",
        ]
    )
    return f"{lead}\n\n" + "\n".join(rows) + "\n\n公示期：2026年12月5日至12月11日。"


def guide(rng: Rng, items: list[dict[str, str]]) -> str:
    lines = [rng.choice(["办理流程", "二、填写说明", "常见问题解答"]) + "："]
    for n, it in enumerate(items, 1):
        lines.append(
            rng.choice(
                [
                    f"{n}. 请准确填写{it['label']}，例如 {it['value']}；",
                    f"{n}、{labelled(rng, it)}（示例）",
                    f"（{n}）{it['label']}可在缴费凭证上查询，格式如：{it['value']}。",
                ]
            )
        )
    return "\n".join(lines)


def report(rng: Rng, items: list[dict[str, str]]) -> str:
    out = []
    for it in items:
        who = rng.choice(UNITS + ("某药业有限公司", "某食品有限公司", "某物流有限公司"))
        out.append(
            rng.choice(
                [
                    f"{who}（{labelled(rng, it)}）存在问题，已责令限期整改。",
                    f"经查，涉事{it['label']}为{it['value']}，{who}已依法处理。",
                    f"{it['label']} {it['value']} 已办结。",
                ]
            )
        )
    return "\n\n".join(out)


TEMPLATES = {"prose": prose, "table": table, "guide": guide, "report": report}


def make_post(rng: Rng, real: bool) -> dict[str, object]:
    items = [clean_item(rng) for _ in range(rng.randint(3, 8))]
    expect, rules = "clean", []
    hidden = None
    if real:
        hidden = real_item(rng)
        items.insert(rng.randrange(len(items) + 1), hidden)
        expect, rules = "block", [hidden["rule"]]
    kind = rng.choice(list(TEMPLATES))
    body = TEMPLATES[kind](rng, items)
    return {
        "title": rng.choice(TITLES),
        "body": body,
        "kind": kind,
        "items": items,
        "hidden": hidden,
        "expect": expect,
        "rules": rules,
    }


# ----- the family ---------------------------------------------------------------------------

# The sweep's findings, triaged (filled in after the first run): (id, text, expect, rule, note, xfail)
FOUND: list[tuple[str, str, str, object, str, str | None]] = []


def build_table() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    # one clean post per slot first (every slot covered), then random ones
    n = 0
    for slot in SLOTS:
        for _ in range(3):
            items = [clean_item(rng, slot[0]) for _ in range(2)] + [
                clean_item(rng) for _ in range(3)
            ]
            kind = rng.choice(list(TEMPLATES))
            body = TEMPLATES[kind](rng, items)
            n += 1
            forms = ", ".join(sorted({f"{it['slot']} {it['form']}" for it in items}))
            table.cases.append(
                {
                    "id": f"clean-{n:03d}",
                    "text": body,
                    "expect": "clean",
                    "note": f"clean {kind} post of sector identifiers ({forms}); none is personal data",
                    "title": rng.choice(TITLES),
                }
            )
    while n < 250:
        post = make_post(rng, real=False)
        n += 1
        forms = ", ".join(sorted({f"{it['slot']} {it['form']}" for it in post["items"]}))
        table.cases.append(
            {
                "id": f"clean-{n:03d}",
                "text": post["body"],
                "expect": "clean",
                "note": f"clean {post['kind']} post of sector identifiers ({forms}); none is personal data",
                "title": post["title"],
            }
        )
    for m in range(1, 55):
        post = make_post(rng, real=True)
        hidden = post["hidden"]
        table.cases.append(
            {
                "id": f"real-{m:03d}",
                "text": post["body"],
                "expect": "block",
                "rule": hidden["rule"],
                "note": (
                    f"hidden real item: {hidden['label']} {hidden['form']} ({hidden['slot']}: "
                    "a person's number) among clean sector identifiers"
                ),
                "title": post["title"],
            }
        )
    for id_, text, expect, rule, note, xfail in FOUND:
        entry: dict[str, object] = {"id": id_, "text": text, "expect": expect}
        if rule is not None:
            entry["rule"] = rule
        entry["note"] = note
        if xfail:
            entry["xfail"] = xfail
        table.cases.append(entry)
    return table


# ----- the sweep ----------------------------------------------------------------------------


def sweep(count: int, out: Path) -> None:
    """``count`` posts (one in five hiding a real item) through ``govpub.check``."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
    for n in range(count):
        post = make_post(rng, real=rng.random() < 0.2)
        result = check(Post(title=post["title"], body=post["body"]), policy)
        severities = {f.severity for f in result.findings}
        verdict = "block" if "block" in severities else "warn" if "warn" in severities else "clean"
        verdicts[verdict] += 1
        hidden = post["hidden"]
        keys: list[tuple[str, ...]] = []
        found_hidden = False
        body = str(post["body"])
        for f in result.findings:
            slot, form = "prose", ""
            for it in post["items"]:
                at = body.find(it["value"])
                if f.offset is not None and at >= 0 and at - 2 <= f.offset < at + len(it["value"]):
                    slot, form = it["slot"], it["form"]
                    break
            if hidden and slot == hidden["slot"] and f.rule == hidden["rule"]:
                found_hidden = True
                continue
            keys.append(("FALSE", f.severity, f.rule, slot, form))
        if hidden and not found_hidden:
            keys.append(("MISS", hidden["rule"], hidden["slot"], hidden["label"], hidden["form"]))
        for key in keys:
            by_pattern[key] += 1
            if len(samples[key]) < 20:
                samples[key].append(
                    {
                        "n": n,
                        "findings": [(f.rule, f.severity, f.excerpt) for f in result.findings],
                        "items": post["items"],
                        "body": body,
                    }
                )
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt87_sweep.json"))
        return
    header = (
        "red-team pass 87 (blind): sector identifiers that look like personal numbers; "
        "gen_redteam87.py regenerates it"
    )
    build_table().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
