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
``gen_redteam81.py`` only); triaged from the docs and the checker's findings, govpub's code unread.

First run of the family (304 cases: 250 sampled clean posts, 54 hiding one real item): 11 failed —
3 clean posts blocked or warned (ETC cards), 6 real mobiles missed in tables, 2 real posts with an
extra ETC card finding. First sweep, 40,000 posts (8,003 hiding a real item): 31,305 clean, 8,031
blocked, 664 warned; every finding and miss fell into the patterns below (``PATTERNS``). The one
generator bug (a): 教师资格证号 written 4-2-11 (no one writes it so; now whole, in fours or full
width). After triage the sampled posts leave the triaged forms out (``SAMPLE``, ``triaged``) and
``FOUND`` holds one minimal form of each, a strict xfail. Sweep of this generator, 40,000 posts:
31,296 clean, 8,039 blocked, 665 warned; by pattern — d1 177 warnings and 7 ID numbers missed,
d2 328 mobiles missed (of 1,334 planted), d3 126, d4 30, d5 8, d6 5 false findings; the documented
c1 691 and c2 264. Sweep of 200,000 posts
(39,596 hiding a real item: 26,413 ID numbers, 6,621 mobiles, 6,562 cards): 156,678 clean, 39,761
blocked, 3,561 warned; no finding or miss outside the patterns — d1 980 warnings and 35 real items
hidden (24 ID numbers, 7 cards, 4 mobiles), d2 1,630 mobiles missed (of 6,621), d3 585, d4 144,
d5 46, d6 22 false findings; c1 3,595 and c2 1,314 (documented). Probing d1 and d2 past the
grammar found the silent form of d1 (a number before `。ID`, `。TV`: no finding at all) and the
other serial headers of d2 (编码, 登记号, 单号, 序列号, 档案号); their cases are in ``FOUND`` too.
Fix 129 fixed d2: its three ``FOUND`` cases are no xfails, and the sampled posts' tables are
headed 编号 again (a 20,000-post sweep after it: no d2 miss).
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, IDN, MOB

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import (
    DIVISIONS,
    chunks,
    full_width,
    id_number,
    is_id_number,
    luhn,
    org_code,
    uscc,
    vin,
)

SEED = 87
#: True while the family's sampled posts are made: the triaged forms are left out of them
SAMPLE = False
FAMILY = "redteam87_blind_sector_identifiers"

Rng = random.Random
DIGITS = "0123456789"
COLONS = ("：", "：", "：", ":", "︰", "")
PROVINCES = set(range(11, 16)) | set(range(21, 24)) | set(range(31, 38)) | set(range(41, 47))
PROVINCES |= set(range(50, 55)) | set(range(61, 66)) | {71, 81, 82}
CARD_PREFIXES = ("62", "4", "5", "34", "37", "35", "36", "38", "39", "30", "60", "64", "65", "2")


def digits(rng: Rng, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def _plain(text: str) -> str:
    """``text`` folded to ASCII digits and letters, separators dropped."""
    out = []
    for char in text:
        c = chr(ord(char) - 0xFEE0) if 0xFF10 <= ord(char) <= 0xFF5A else char
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
    return any(is_id_number(plain[i : i + 18], PROVINCES) for i in range(len(plain) - 17))


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
    ("教师资格证号", ("教师资格证号", "资格证书编号"), m_teacher, None),
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


def _network(d: str) -> bool:
    """A card network's prefix and length (docs/compliance.md's table), Luhn aside."""
    n = len(d)
    return (
        (d.startswith("62") and 16 <= n <= 19)
        or (d.startswith("4") and n in {13, 16, 19})
        or (("51" <= d[:2] <= "55" or "2221" <= d[:4] <= "2720") and n == 16)
        or (d[:2] in {"34", "37"} and n == 15)
        or ("3528" <= d[:4] <= "3589" and 16 <= n <= 19)
        or ((d.startswith(("6011", "65")) or "644" <= d[:3] <= "649") and 16 <= n <= 19)
        or (d.startswith("36") and 14 <= n <= 19)
        or (d.startswith(("30", "38", "39")) and 16 <= n <= 19)
    )


def _luhn_ok(d: str) -> bool:
    return luhn(d[:-1]) == d


def card_like(text: str) -> bool:
    """A card network's shape anywhere in the digits (Luhn, or 62… without it)."""
    d = "".join(c for c in _plain(text) if c.isdigit())
    for i in range(len(d)):
        for n in range(13, 20):
            w = d[i : i + n]
            if len(w) == n and _network(w) and (_luhn_ok(w) or w.startswith("62")):
                return True
    return False


def triaged(item: dict[str, str]) -> bool:
    """A form the sweep found checked wrongly (the ``fb-``/``miss-`` cases hold it): kept out
    of the sampled posts, so that they show what else the checker does."""
    slot, form, value = item["slot"], item["form"], item["value"]
    if slot in {"ETC卡号", "交通卡号"} and card_like(value):  # c1, c3
        return True
    if slot in {"医用耗材编码", "电梯注册代码", "快递单号"} and form == "fours":  # d3–d5
        return True
    return slot == "组织机构代码" and _plain(value)[:1] in {"E", "G"}  # d6


def clean_item(rng: Rng, name: str | None = None) -> dict[str, str]:
    """One clean identifier with its label, written in one of its forms."""
    slot = SLOT_BY_NAME[name] if name else rng.choice(SLOTS)
    label = rng.choice(slot[1])
    while True:
        raw = slot[2](rng)  # type: ignore[operator]
        form, text = written(rng, raw, slot[3]) if raw.isalnum() else ("whole", raw)
        item = {"slot": slot[0], "label": label, "value": text, "form": form}
        if not holds_id(text) and not (SAMPLE and triaged(item)):
            return item


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
    ("驾驶证号", ("驾驶证号", "驾驶证号码", "驾驶证编号"), person_id, IDN, [6, 8, 4]),
    (
        "社保卡号",
        ("社会保障卡号", "社保卡号", "社会保障号码"),
        person_id,
        IDN,
        [6, 8, 4],
    ),
    (
        "参保人证件号",
        ("参保人身份证号", "证件号码", "医保卡持卡人身份证号"),
        person_id,
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
    if SAMPLE and joiner == "。" and any(it["label"].startswith(("SC", "VIN")) for it in items):
        joiner = "；"  # d1: `…。SC编号` is read as a host
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
    header = "编号"  # (d2, fixed by fix 129: a mobile under it, its row naming it, blocks)
    rows = [f"| 序号 | 名称 | 项目 | {header} |", "|---|---|---|---|"]
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
        line = rng.choice(
            [
                f"{n}. 请准确填写{it['label']}，例如 {it['value']}；",
                f"{n}、{labelled(rng, it)}（示例）",
                f"（{n}）{it['label']}可在缴费凭证上查询，格式如：{it['value']}。",
            ]
        )
        if SAMPLE and ("例如" in line or "格式如" in line):
            line = f"{n}、{labelled(rng, it)}（示例）"  # c2: a label far before its number
        lines.append(line)
    return "\n".join(lines)


def report(rng: Rng, items: list[dict[str, str]]) -> str:
    out = []
    for it in items:
        who = rng.choice((*UNITS, "某药业有限公司", "某食品有限公司", "某物流有限公司"))
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

# The sweep's findings, triaged after the first run: one minimal form of each pattern (counts in
# the generator's docstring and the report). (d) real: "red team 87: …"; (c) documented: the docs'
# reason. Every one is a strict xfail.
_ID = id_number("44030419800307692")  # 440304198003076925
_ID2 = id_number("12010419770221067")  # 120104197702210679
_CHILD = "G" + id_number("65010220131224554")  # a 学籍号: G + a child's ID number
_TABLE = "| 序号 | 姓名 | 项目 | 编号 |\n|---|---|---|---|\n| 1 | 王某 | {label} | {value} |"
_SC = "SC编号：SC10644010612345。"
_VIN = "VIN：LSV3UBS31SD190615。"
# d1 was three strict xfails — `X。SC`/`X。VIN` read as a host warned link.other_host, hid the
# person's number before it, and before `。ID`/`。TV` hid it silently — fixed by fix 127
_HOST: str | None = None
_HIDES: str | None = None
_SILENT: str | None = None
_DOC_CARD = (
    "documented: a card-shaped number (network prefix, length, Luhn) blocks whatever the label "
    "says (docs/compliance.md, 对公 accounts); an ETC or transit card's label is no exception"
)
_DOC_RUN = (
    "documented: a card number is read inside a longer run of chunks (`6222 0212 3456 7894 "
    "0000`: one chunk more does not hide a card, docs/compliance.md, Written forms)"
)
_DOC_62 = (
    "documented: a 62… number of 16–19 digits failing Luhn warns as a probable UnionPay card; "
    "only 会员号/会员卡号/会员ID/VIP卡号 are exempt (docs/compliance.md, the rules' table)"
)
_DOC_FAR = (
    "documented: a serial label protects only a number right after it (docs/compliance.md: "
    "'a number right after a serial-number label'); `例如`/`格式如` between leaves it read"
)
_DOC_GROUPS = (
    "documented: after a serial label, groups of other sizes are read as before (`学号：2021001 "
    "138 1234 5678`, docs/compliance.md); the generator no longer writes this unusual grouping (a)"
)
FOUND: list[tuple[str, str, str, object, str, str | None]] = [
    # d1: `。SC` / `。VIN` read as a host
    (
        "fb-plate-then-sc",
        f"号牌号码：京AE3342。{_SC}",
        "clean",
        None,
        "车牌 then 。SC编号: no link",
        _HOST,
    ),
    (
        "fb-plate-then-vin",
        f"号牌号码：京AE3342。{_VIN}",
        "clean",
        None,
        "车牌 then 。VIN: no link",
        _HOST,
    ),
    ("fb-sc-then-vin", f"{_SC}{_VIN}", "clean", None, "SC licence then 。VIN: no link", _HOST),
    (
        "miss-id-then-sc",
        f"社会保障卡号：{_ID2}。{_SC}",
        "block",
        IDN,
        "社保卡号 = ID number, then 。SC编号",
        _HIDES,
    ),
    (
        "miss-id-then-vin",
        f"驾驶证号：{_ID}。{_VIN}",
        "block",
        IDN,
        "驾驶证号 = ID number, then 。VIN",
        _HIDES,
    ),
    (
        "miss-xueji-then-vin",
        f"学籍号：{_CHILD}。{_VIN}",
        "block",
        IDN,
        "学籍号 (G + a child's ID number), then 。VIN",
        _HIDES,
    ),
    (
        "miss-xueji-then-sc",
        f"学籍号：{_CHILD}。{_SC}",
        "block",
        IDN,
        "学籍号 (G + a child's ID number), then 。SC编号",
        _HIDES,
    ),
    (
        "miss-mobile-then-sc",
        f"患者手机：19963703421。{_SC}",
        "block",
        MOB,
        "患者手机, then 。SC编号",
        _HIDES,
    ),
    (
        "miss-card-then-sc",
        "退费银行卡号：" + luhn("621700123456789012") + "。" + _SC,
        "block",
        CARD,
        "退费银行卡号 (UnionPay 19, Luhn), then 。SC编号",
        _HIDES,
    ),
    # d1, probed beyond the grammar: other capitals after `。` — a top-level domain the checker
    # takes as a prose acronym (ID, TV) leaves the number before it silently unread
    (
        "miss-id-then-tv-silent",
        f"社会保障卡号：{_ID2}。TV端同步公布。",
        "block",
        IDN,
        "ID number, then 。TV端",
        _SILENT,
    ),
    (
        "miss-mobile-then-id-silent",
        "就诊人手机号：13938513134。ID号另行公布。",
        "block",
        MOB,
        "mobile, then 。ID号",
        _SILENT,
    ),
    (
        "miss-card-then-id-silent",
        "退费银行卡号：" + luhn("622202123456789") + "。ID号另行公布。",
        "block",
        CARD,
        "UnionPay card, then 。ID号",
        _SILENT,
    ),
    (
        "miss-id-then-icu",
        f"社会保障卡号：{_ID2}。ICU床位另行公布。",
        "block",
        IDN,
        "ID number, then 。ICU (a TLD)",
        _HIDES,
    ),
    (
        "fb-plate-then-app",
        "号牌号码：京AE3342。APP下载后可查询。",
        "clean",
        None,
        "车牌 then 。APP下载: no link",
        _HOST,
    ),
    # d2: a mobile in a table row whose cell before names it, under a column headed 编号
    (
        "miss-table-mobile-under-bianhao",
        _TABLE.format(label="就诊人手机号", value="13938513134"),
        "block",
        MOB,
        "a 就诊人手机号 row (its label in the cell before) under a column headed 编号",
        None,  # (fixed by fix 129)
    ),
    (
        "miss-table-mobile-fw-under-bianhao",
        _TABLE.format(label="患者手机", value="１３７\u3000８６５２\u3000７７２９"),
        "block",
        MOB,
        "a 患者手机 row, full width 3-4-4 with ideographic spaces, under a column headed 编号",
        None,  # (fixed by fix 129)
    ),
    (
        "miss-table-mobile-under-bianma",
        _TABLE.replace("编号", "编码").format(label="就诊人手机号", value="139 3851 3134"),
        "block",
        MOB,
        "a 就诊人手机号 row, 3-4-4, under a column headed 编码 (also 登记号, 单号, 序列号, 档案号)",
        None,  # (fixed by fix 129)
    ),
    # d3: 医保耗材 code C + 19 digits in fours
    (
        "fb-consumable-code-mobile",
        "耗材代码：C162 9554 2150 3027 3691",
        "clean",
        None,
        "医用耗材 code C + 19 digits in fours: 162 glued to C + the next two groups make 3-4-4",
        None,  # fixed by fix 128
    ),
    (
        "fb-consumable-code-card",
        "医用耗材编码：C010 4814 7805 8686 5375",
        "clean",
        None,
        "医用耗材 code C + 19 digits in fours: the last 16 digits pass Luhn with a 4",
        None,  # fixed by fix 128
    ),
    # d4: 特种设备注册代码 in fours
    (
        "fb-elevator-code-fours",
        "特种设备注册代码：4110 3701 0220 2641 9751",
        "clean",
        None,
        "20-digit 特种设备/电梯注册代码 in fours (printed on every lift); unspaced it is clean",
        None,  # fixed by fix 128
    ),
    # d5: 快递单号 with letters in fours
    (
        "fb-express-sf-fours",
        "快递单号：SF17 1340 8992 224",
        "clean",
        None,
        "SF waybill, SF + 13 digits in fours after 快递单号",
        None,  # fixed by fix 128
    ),
    (
        "fb-express-jd-fours",
        "运单号：JD05 1624 8230 108",
        "clean",
        None,
        "JD waybill, JD + 13 digits in fours after 运单号 (a listed serial label)",
        None,  # fixed by fix 128
    ),
    # d6: 组织机构代码 E/G + 8 read as a passport
    (
        "fb-orgcode-e-passport",
        "组织机构代码：" + org_code("E3030783"),
        "clean",
        None,
        "组织机构代码 E3030783-0 written without its hyphen (GB 11714 check valid): E + 8 digits",
        None,  # fixed by fix 128
    ),
    (
        "fb-orgcode-g-passport-fw",
        "组织机构代码：" + full_width(org_code("G2877818")),
        "clean",
        None,
        "组织机构代码 G + 8 digits in full width (GB 11714 check valid)",
        None,  # fixed by fix 128
    ),
    # c1: ETC and transit cards with a bank card's shape
    (
        "fb-etc-visa-shape",
        "粤通卡号：" + luhn("440112233445566"),
        "clean",
        None,
        "粤通卡 16 digits from 4401 that pass Luhn",
        _DOC_CARD,
    ),
    (
        "fb-etc-62-no-luhn",
        "粤通卡号：6201123456789012",
        "clean",
        None,
        "ETC card from 甘肃's 6201, 16 digits, no Luhn",
        _DOC_62,
    ),
    (
        "fb-etc-20-fours",
        "粤通卡号：4401 8957 1841 5698 8971",
        "clean",
        None,
        "20-digit ETC card in fours, the first 16 pass Luhn",
        _DOC_RUN,
    ),
    (
        "fb-transit-run",
        "一卡通卡号：8888-3625-9132-3147-132",
        "clean",
        None,
        "19-digit 一卡通 number; a Diners 36… of 15 inside it",
        _DOC_RUN,
    ),
    # c2: an example number with the label far before it
    (
        "fb-example-admission-legacy-id",
        "请准确填写准考证号，例如 466543690814616；",
        "clean",
        None,
        "15-digit 准考证号 after 例如 (a legacy ID's shape)",
        _DOC_FAR,
    ),
    (
        "fb-example-gas-account-mobile",
        "请准确填写燃气户号，例如 17288029773；",
        "clean",
        None,
        "11-digit 燃气户号 after 例如 (a mobile's shape); after 燃气户号： it is clean",
        _DOC_FAR,
    ),
    (
        "fb-example-customs-fours",
        "请准确填写报关单号，例如 5316 2026 1182 0796 93；",
        "clean",
        None,
        "18-digit 报关单号 in fours after 例如",
        _DOC_FAR,
    ),
    (
        "fb-example-einvoice-fours",
        "请准确填写发票号码，例如 2612 2746 7756 2925 7249；",
        "clean",
        None,
        "20-digit 全电发票 number in fours after 例如",
        _DOC_FAR,
    ),
    (
        "fb-example-lawyer",
        "请准确填写律师执业证号，例如 65012009110381928；",
        "clean",
        None,
        "17-digit 律师执业证号 of 新疆 (65: a Discover's prefix) after 例如",
        _DOC_FAR,
    ),
    (
        "fb-example-business-reg",
        "营业执照注册号可在营业执照上查询，格式如：370102000328787。",
        "clean",
        None,
        "15-digit 注册号 of 山东 (37: an Amex's) after 格式如",
        _DOC_FAR,
    ),
    (
        "fb-example-waybill-legacy-id",
        "请准确填写邮件号，例如 SF133585920211135；",
        "clean",
        None,
        "SF + 15 digits after 例如 (a legacy ID's shape)",
        _DOC_FAR,
    ),
    (
        "fb-example-teacher-fours",
        "请准确填写资格证书编号，例如 2025 4227 2250 7186 4；",
        "clean",
        None,
        "17-digit 教师资格证号 in fours after 例如",
        _DOC_FAR,
    ),
    (
        "fb-example-elevator-fours",
        "请准确填写电梯注册代码，例如 4110 4201 0620 2632 5861；",
        "clean",
        None,
        "20-digit 电梯注册代码 in fours after 例如",
        _DOC_FAR,
    ),
    (
        "fb-teacher-4-2-11",
        "教师资格证号：2022 65 16834750666",
        "clean",
        None,
        "17-digit 教师资格证号 written 4-2-11: the 11 read as a mobile",
        _DOC_GROUPS,
    ),
]


def build_table() -> CaseTable:
    global SAMPLE  # noqa: PLW0603 - the sampled posts leave the triaged forms out
    SAMPLE = True
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
    for m in range(1, 55):  # 54 posts hiding one real item
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
        entry["note"] = f"the sweep's pattern: {note}"
        if xfail:
            entry["xfail"] = xfail
        table.cases.append(entry)
    return table


# ----- the sweep ----------------------------------------------------------------------------


PATTERNS = {
    "d1": "(d) `X。SC…`/`X。VIN` read as a host: warns, and hides the person's number before it "
    "(`。ID`, `。TV`: silently)",
    "d2": "(d) a mobile in a table row, its label in the cell before, under a column headed 编号",
    "d3": "(d) a mobile or card cut from a 医保耗材 code C + 19 digits in fours",
    "d4": "(d) a card cut from a 20-digit 特种设备注册代码 in fours",
    "d5": "(d) a mobile cut from a waybill SF/JD + 13 digits in fours",
    "d6": "(d) a 组织机构代码 E/G + 8 digits read as a passport",
    "c1": "(c) an ETC or transit card's number with a bank card's shape (or 62… no Luhn)",
    "c2": "(c) an example number, its label far before it (例如, 格式如)",
}


def triage(rule: str, item: dict[str, str] | None, body: str) -> str:  # noqa: PLR0911
    """The triaged pattern (``PATTERNS``) of a finding or a miss; ``NEW`` if none."""
    if item is None:
        return "d1" if rule == "link.other_host" else "NEW"
    at = body.find(item["value"])
    before, after = body[max(0, at - 8) : at], body[at + len(item["value"]) :]
    if rule == "link.other_host" or (rule == "MISS" and after.startswith(("。SC", "。VIN"))):
        return "d1"
    if rule == "MISS":
        return "d2" if before.rstrip().endswith("|") and "编号 |" in body else "NEW"
    if "例如" in before or "格式如" in before:
        return "c2"
    slot = item["slot"]
    named = {"ETC卡号": "c1", "交通卡号": "c1", "医用耗材编码": "d3", "电梯注册代码": "d4"}
    if slot in named:
        return named[slot]
    if slot == "快递单号" and item["form"] == "fours":
        return "d5"
    return "d6" if slot == "组织机构代码" and rule == "personal.passport" else "NEW"


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
            slot, form, found_item = "prose", "", None
            for it in post["items"]:
                at = body.find(it["value"])
                if f.offset is not None and at >= 0 and at - 2 <= f.offset < at + len(it["value"]):
                    slot, form, found_item = it["slot"], it["form"], it
                    break
            if hidden and slot == hidden["slot"] and f.rule == hidden["rule"]:
                found_hidden = True
                continue
            group = triage(f.rule, found_item, body)
            keys.append((group, "FALSE", f.severity, f.rule, slot, form))
        if hidden and not found_hidden:
            group = triage("MISS", hidden, body)
            keys.append((group, "MISS", hidden["rule"], hidden["slot"], hidden["form"]))
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
