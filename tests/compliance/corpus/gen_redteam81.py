"""Regenerate redteam81_blind_number_prose.yaml (red-team pass 81, written blind).

The false-block hunt at scale. A seeded grammar of government prose (templates × slots) whose
slots are filled with the non-personal numbers and codes an agency publishes every day, in many
written forms: dates and times (``2026年12月5日``, ``2026-12-05 09:30``, ``二〇二六年``,
``12月5日至12月20日``, 农历), amounts (``12,345.67万元``, ``￥1 234 567``, ``人民币壹拾贰万元整``),
statistics, 文号, 案号, 统一社会信用代码 and 组织机构代码 (``number_makers.py``), 项目编号 and
合同编号 of many shapes (16–19 digits too), 邮政编码, landlines with area codes and extensions,
hotlines, 车次 and 航班, coordinates, masked ID numbers, 车牌, ISBN/ISSN/国标号, 药品批准文号,
versions, IP addresses, 准考证号 ranges, 座位号, 档案号, 不动产权证号, 许可证号, an agency's 对公
account — beside 保密 and 公开 words in ordinary prose (保守国家秘密, 内部控制, 商业秘密,
依法不予公开的情形). Digits half or full width, thousands separators, spaces, hyphens,
Chinese numerals and 〇, ranges with 至 - ~ —, units in brackets.

Two uses. ``python tests/compliance/corpus/gen_redteam81.py`` writes the family: a sample of
generated posts that must stay clean (covering every slot), posts that hold one real item beside
the look-alikes (an unmasked ID number in a 公示, a mobile after 联系人, a person's card, a 密级,
a 公开属性 note) and the false blocks the sweep found (strict xfails, after triage).
``python tests/compliance/corpus/gen_redteam81.py --sweep N [out.json]`` (with govpub importable)
puts N generated posts through ``govpub.check`` and counts blocks and warnings by severity, rule,
slot and triaged pattern (``known_false_block``; ``NEW`` for one not triaged yet). The sampled
clean posts skip the triaged patterns, which the ``fb-`` cases hold (strict xfails).
First sweep after triage: 250,000 posts, 6,402 blocked, every block one of the patterns below.
After fix 100 (nine of the patterns fixed, ``FIXED``): 250,000 posts, 102 blocked, all but one
of them the documented limits ``c1``/``c2`` (spaced figures, a piece of a 对公 account), the one an
account in fours too; ``--sweep 20000``: 523 blocked before, 7 after.
Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py``, ``number_makers.py`` and the layout of ``gen_redteam71.py`` only).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, IDN, MARK, MOB, NOTE, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, is_id_number, luhn, org_code, uscc
from number_makers import vin as vin_checked

SEED = 81

Rng = random.Random
DIGITS = "0123456789"
FW = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789,.-:/%+"})
CN_DIGITS = "〇一二三四五六七八九"
THIN = "\u2009"


def fw(text: str) -> str:
    """ASCII digits and number punctuation in their full-width forms."""
    return text.translate(FW)


def maybe_fw(rng: Rng, text: str, p: float = 0.15) -> str:
    return fw(text) if rng.random() < p else text


def digits(rng: Rng, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def thousands(n: int, sep: str = ",") -> str:
    return f"{n:,}".replace(",", sep)


def cn_year(year: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(year))


def cn_small(n: int) -> str:
    """1–99 in Chinese numerals (十二, 二十五)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + ("" if ones == 0 else CN_DIGITS[ones]) if n else "〇"


CAPITAL = "零壹贰叁肆伍陆柒捌玖"


def capital_amount(n: int) -> str:
    """An integer of yuan up to 99,999,999 in 大写 (人民币壹拾贰万叁仟元整)."""
    units = ["", "拾", "佰", "仟"]

    def four(x: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10**i % 10
            if d:
                if zero and out:
                    out += "零"
                out += CAPITAL[d] + units[i]
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(n, 10000)
    text = (four(high) + "万" if high else "") + (
        ("零" if high and low < 1000 and low else "") + four(low)
    )
    return text + "元整"


CARD_PREFIXES = ("62", "4", "51", "52", "53", "54", "55", "34", "37", "35", "36", "38", "39")
CARD_PREFIXES += ("30", "6011", "64", "65", "2", "9", "60")


def safe_digits(rng: Rng, n: int, first: str = "123") -> str:
    """``n`` digits with no card network's prefix and, if 18 long, no valid ID reading."""
    while True:
        value = digits(rng, n, first)
        if value.startswith(CARD_PREFIXES):
            continue
        if n == 18 and is_id_number(value):
            continue
        return value


def plain_digits(rng: Rng, n: int) -> str:
    """``n`` digits of any prefix but never a valid 18-digit ID number."""
    while True:
        value = digits(rng, n, "123456789")
        if not (n == 18 and is_id_number(value)):
            return value


# ----- slots -------------------------------------------------------------------------------
# Each maker returns one value as an editor writes it.


def s_date(rng: Rng) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
    m2 = min(12, m + rng.randint(0, 2))
    d2 = rng.randint(d if m2 == m else 1, 28)
    forms = [
        f"{y}年{m}月{d}日",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}{m:02d}{d:02d}",
        f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}日",
        f"{cn_year(y)}年",
        f"{m}月{d}日至{m2}月{d2}日",
        f"{y}年{m}月{d}日—{m2}月{d2}日",
        f"{m}月{d}日-{d2}日",
        f"{y}年{m}月{d}日{hh}时{mm}分",
        f"{hh:02d}:{mm:02d}-{hh + 2:02d}:{mm:02d}",
        f"{hh}:{mm:02d}~{hh + 1}:{mm:02d}",
        f"农历{rng.choice(['正', '二', '三', '八', '九', '十', '冬', '腊'])}月{rng.choice(['初一', '初八', '十五', '十六', '廿三'])}",
        f"{y}年第{rng.randint(1, 4)}季度",
        f"{y}—{y + 4}年",
        f"{y}年{m}月{d}日（星期{rng.choice('一二三四五六日')}）上午{hh}:{mm:02d}",
        f"{y} 年 {m} 月 {d} 日",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.2)


def s_amount(rng: Rng) -> str:
    wan = rng.randint(1, 999999) + rng.randint(0, 99) / 100
    yuan = rng.randint(1000, 99999999)
    forms = [
        f"{wan:,.2f}万元",
        f"￥{thousands(yuan, ' ')}",
        f"¥{yuan:,}.00",
        f"人民币{capital_amount(rng.randint(10000, 99999999))}",
        f"{yuan}元",
        f"{yuan}.{rng.randint(0, 99):02d}元",
        f"{rng.randint(1, 999)}.{rng.randint(1, 9)}亿元",
        f"{yuan:,}元（大写：{capital_amount(yuan)}）",
        thousands(yuan, THIN) + "元",
        f"{wan:.2f}（万元）",
        f"RMB {yuan:,}",
        f"{rng.randint(10, 999)}万—{rng.randint(1000, 5000)}万元",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.15)


def s_stat(rng: Rng) -> str:
    pct = f"{rng.randint(0, 99)}.{rng.randint(0, 9)}%"
    forms = [
        f"同比增长{pct}",
        f"环比下降{pct}",
        f"比上年提高{rng.randint(0, 9)}.{rng.randint(0, 9)}个百分点",
        f"常住人口{rng.randint(100, 9999):,}.{rng.randint(0, 99):02d}万人",
        f"涉及{thousands(rng.randint(100, 999999))}户",
        f"共{rng.randint(1, 99)}个批次、{thousands(rng.randint(100, 99999))}件",
        f"接待游客{rng.randint(1000000, 99999999)}人次",
        f"受理量（件）：{thousands(rng.randint(1000, 9999999))}",
        f"完成{rng.randint(100, 99999)}.{rng.randint(0, 9)}万平方米",
        f"累计接种{thousands(rng.randint(1000000, 99999999))}剂次",
        f"发放{rng.randint(100, 9999)}万张",
        f"第{rng.randint(1, 20)}批次共{rng.randint(10, 9999)}件",
        f"粮食产量{rng.randint(100, 9999)}.{rng.randint(0, 9)}万吨",
        f"降雨量{rng.randint(10, 500)}.{rng.randint(0, 9)}毫米",
        f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%～{rng.randint(1, 99)}.{rng.randint(0, 9)}%",
        f"一般公共预算收入（万元）：{rng.randint(100000, 99999999) / 100:.2f}",
        f"参保人数（单位：人）{thousands(rng.randint(10000, 99999999))}",
        f"户数（户）{rng.randint(1000, 9999999)}",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.15)


REGIONS = ["京", "沪", "津", "渝", "冀", "晋", "苏", "浙", "皖", "闽", "粤", "川", "陕", "甘"]
ORGS = ["政办发", "政发", "府办", "政规", "办字", "财预", "人社发", "卫健发", "教发", "市监发"]
DOC_BRACKETS = ["〔{}〕", "[{}]", "（{}）", "【{}】", "({})", "﹝{}﹞"]


def s_docno(rng: Rng) -> str:
    y = rng.randint(2016, 2026)
    org = rng.choice(REGIONS) + rng.choice(ORGS)
    n = rng.randint(1, 300)
    forms = [
        f"{org}{rng.choice(DOC_BRACKETS).format(y)}{n}号",
        f"国办发〔{y}〕{n}号",
        f"{rng.choice(['东', '西', '海', '朝'])}政办发〔{y}〕{n}号",
        f"{org}〔{y}〕第{n}号",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.1)


def s_caseno(rng: Rng) -> str:
    y = rng.randint(2018, 2026)
    court = f"{rng.choice(REGIONS)}{rng.choice(['01', '0105', '0108', '02', '0115', '7101'])}"
    forms = [
        f"（{y}）{court}{rng.choice(['民初', '民终', '刑初', '行初', '执'])}{rng.randint(1, 99999)}号",
        f"{rng.choice(REGIONS)}{rng.choice(['东城', '朝阳', '浦东'])}市监罚〔{y}〕{rng.randint(1, 9999)}号",
        f"案件编号：{y}-XZ-{rng.randint(1, 99999):05d}",
        f"{rng.choice(REGIONS)}公（{rng.choice(['刑', '治'])}）决字〔{y}〕{rng.randint(1, 9999)}号",
        f"{rng.choice(REGIONS)}环罚字〔{y}〕{rng.randint(1, 99)}号",
        f"立案号{y}{rng.randint(1, 999999):06d}",
    ]
    return rng.choice(forms)


USCC_LEADS = ["11", "12", "13", "31", "51", "52", "53", "59", "91", "92", "93", "Y1", "N2"]


def make_uscc(rng: Rng, all_digits: bool | None = None) -> str:
    """A 统一社会信用代码 whose 主体标识码 is a valid 组织机构代码 (as every real one is)."""
    lead = rng.choice(USCC_LEADS)
    body = rng.choice((*DIVISIONS, "360102", "360111", "620102", "450103", "340104"))
    if all_digits or (all_digits is None and rng.random() < 0.5 and lead.isdigit()):
        while True:
            org = org_code(digits(rng, 8, "123456789"))
            if org[-1] == "X":
                continue
            code = uscc(lead + body + org)
            if code.isdigit() and not is_id_number(code):
                return code
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    org = org_code("MA" + "".join(rng.choice(chars) for _ in range(6)))
    return uscc(lead + body + org)


def s_uscc(rng: Rng) -> str:
    code = make_uscc(rng)
    form = rng.random()
    if form < 0.6:
        text = code
    elif form < 0.75:
        text = " ".join(code[i : i + 4] for i in range(0, 18, 4))
    elif form < 0.9:
        text = fw(code)
    else:
        text = f"{code[:2]} {code[2:8]} {code[8:17]} {code[17]}"
    return (
        rng.choice(["统一社会信用代码：", "统一社会信用代码", "社会信用代码：", "信用代码 "]) + text
    )


def s_orgcode(rng: Rng) -> str:
    code = org_code(digits(rng, 8, "123456789"))
    return rng.choice(["组织机构代码：", "组织机构代码证号", "机构代码："]) + rng.choice(
        [code[:8] + "-" + code[8], code, fw(code[:8] + "-" + code[8])]
    )


PROJECT_LABELS = [
    "项目编号：",
    "招标编号：",
    "合同编号：",
    "采购项目编号",
    "标段编号：",
    "项目代码：",
]


def s_project(rng: Rng) -> str:
    y = rng.randint(2023, 2026)
    forms = [
        f"ZB{y}-{rng.randint(1, 9999):04d}",
        f"GXTC-C-{y}-{rng.randint(1, 99999):05d}",
        f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}SCCZ{rng.randint(1, 9999):04d}",
        f"SDGP{rng.choice(DIVISIONS)}{y}{rng.randint(1, 99):02d}{rng.randint(1, 99999):05d}",
        f"{y}{safe_digits(rng, rng.randint(12, 15), '0123456789')}",
        safe_digits(rng, rng.randint(16, 19)),
        plain_digits(rng, rng.randint(16, 19)),
        f"{rng.choice(['3601', '6201', '6501', '4501', '3401'])}{plain_digits(rng, rng.randint(12, 15))}",
        f"{rng.choice(DIVISIONS)}{y}{rng.randint(1, 99999999):08d}",
        f"HT-{y}-{rng.randint(1, 999):03d}",
        f"{y}-{rng.choice(DIVISIONS)}-{rng.randint(1, 99):02d}-{rng.randint(1, 999999):06d}",
        f"{y}年第{rng.randint(1, 99)}号",
        f"CG{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 999):03d}",
        f"({y}){rng.choice(REGIONS)}采字第{rng.randint(1, 999)}号",
    ]
    value = rng.choice(forms)
    if value.isdigit() and len(value) == 18 and is_id_number(value):
        value = value[:17] + str((int(value[17]) + 1) % 10) if value[17] != "X" else value
    return rng.choice(PROJECT_LABELS) + maybe_fw(rng, value, 0.1)


POSTCODES = ["100017", "100010", "200003", "300040", "400015", "310006", "510030", "730030"]
POSTCODES += ["830002", "610041", "430014", "050051", "150001", "570203", "650031", "710003"]


def s_postcode(rng: Rng) -> str:
    code = rng.choice(POSTCODES)
    return rng.choice(["邮政编码：", "邮编：", "邮编 ", "邮政编码"]) + maybe_fw(rng, code, 0.15)


AREAS = ["010", "021", "022", "023", "020", "0571", "0755", "0931", "0991", "0898", "0351", "0451"]


def s_landline(rng: Rng) -> str:
    area = rng.choice(AREAS)
    local = digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
    ext = str(rng.randint(1, 9999))
    half = len(local) // 2
    forms = [
        f"{area}-{local}",
        f"({area}){local}",
        f"（{area}）{local}",
        f"{area}-{local[:half]} {local[half:]}",
        f"{area}-{local}转{ext}",
        f"{area}-{local}-{ext}",
        f"{area} {local}",
        f"{area}－{local}",
        f"+86 {area[1:]} {local}",
        f"{area}-{local}、{local[:-1]}{(int(local[-1]) + 1) % 10}",
        f"{area}{local}",
        f"{local}（{area}）",
    ]
    label = rng.choice(["咨询电话：", "联系电话：", "传真：", "监督电话：", "办公电话", "电话："])
    return label + maybe_fw(rng, rng.choice(forms), 0.15)


HOTLINES = ["12345", "12315", "95598", "12329", "12333", "12366", "12388", "12320", "110", "119"]


def s_hotline(rng: Rng) -> str:
    n400 = "400" + digits(rng, 7)
    n800 = "800" + digits(rng, 7)
    forms = [
        f"{rng.choice(HOTLINES)}热线",
        f"{rng.choice(['拨打', '致电', '通过'])}{rng.choice(HOTLINES)}",
        f"{n400[:3]}-{n400[3:6]}-{n400[6:]}",
        n400,
        f"{n400[:3]} {n400[3:6]} {n400[6:]}",
        f"{n800[:3]}-{n800[3:6]}-{n800[6:]}",
        f"{rng.choice(HOTLINES)}政务服务便民热线",
        f"{rng.choice(HOTLINES)}、{rng.choice(HOTLINES)}",
    ]
    value = maybe_fw(rng, rng.choice(forms), 0.15)
    return rng.choice(["服务热线：", "客服电话", "", "热线电话："]) + value


def s_transport(rng: Rng) -> str:
    forms = [
        f"{rng.choice('GDCKTZ')}{rng.randint(1, 9999)}次",
        f"{rng.choice(['CA', 'MU', 'CZ', '3U', 'HU', 'ZH', 'MF'])}{rng.randint(1000, 9999)}航班",
        f"{rng.choice('GD')}{rng.randint(1, 9999)}/{rng.randint(1, 9999)}次",
        f"第{rng.randint(1, 16)}车厢{rng.randint(1, 20)}{rng.choice('ABCDF')}号",
        f"{rng.randint(1, 999)}路公交",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.1)


def s_place(rng: Rng) -> str:
    lon, lat = rng.uniform(73, 135), rng.uniform(18, 53)
    forms = [
        f"东经{lon:.3f}°、北纬{lat:.3f}°",
        f"（{lon:.6f}，{lat:.6f}）",
        f"E{lon:.4f}, N{lat:.4f}",
        f"东经{int(lon)}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″",
        f"桩号K{rng.randint(1, 999)}+{rng.randint(0, 999):03d}至K{rng.randint(1, 999)}+{rng.randint(0, 999):03d}",
        f"{rng.randint(1, 200)}号院{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 30)}{rng.randint(1, 4):02d}室",
        f"{rng.choice(['中山路', '人民大道', '解放街'])}{rng.randint(1, 999)}号",
        f"海拔{rng.randint(100, 5000)}米",
        f"G{rng.randint(1, 99)}{rng.choice(['', '01', '15'])}高速K{rng.randint(1, 2999)}处",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.1)


def s_masked_id(rng: Rng) -> str:
    div = rng.choice(DIVISIONS)
    tail = digits(rng, 3) + rng.choice("0123456789X")
    year = str(rng.randint(1950, 2005))
    forms = [
        f"{div}********{tail}",
        f"{div}{year}****{tail}",
        f"{div[:4]}**********{tail}",
        f"{div} ******** {tail}",
        f"{div}××××××××{tail}",
        f"{div}********{tail[:-1]}*",
    ]
    value = rng.choice(forms)
    return rng.choice(["身份证号：", "身份证号码", "公民身份号码：", "证件号码："]) + maybe_fw(
        rng, value, 0.1
    )


PLATE_LETTERS = "ABCDEFGHJKLMNPQ"


def s_plate(rng: Rng) -> str:
    region = rng.choice(["京", "沪", "津", "渝", "冀", "苏", "浙", "粤", "川", "鄂"])
    letter = rng.choice(PLATE_LETTERS)
    forms = [
        f"{region}{letter}·{digits(rng, 5)}",
        f"{region}{letter}{digits(rng, 4)}{rng.choice('XYZ')}",
        f"{region}{letter}D{digits(rng, 5)}",
        f"{region}{letter} {digits(rng, 5)}",
        f"{region}{letter}{digits(rng, 5)}",
    ]
    return rng.choice(["车牌号为", "号牌", "车辆", ""]) + rng.choice(forms)


def isbn13(rng: Rng) -> str:
    core = "9787" + digits(rng, 8)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    check = (10 - total % 10) % 10
    full = core + str(check)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def issn(rng: Rng) -> str:
    core = digits(rng, 7, "12")
    total = sum(int(c) * w for c, w in zip(core, range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{core[:4]}-{core[4:]}{'X' if check == 10 else check}"


def s_standard(rng: Rng) -> str:
    forms = [
        f"ISBN {isbn13(rng)}",
        f"ISBN{isbn13(rng).replace('-', '')}",
        f"ISSN {issn(rng)}",
        f"CN {rng.randint(10, 65)}-{rng.randint(1000, 1999)}/{rng.choice('DGNRZ')}",
        "GB/T 9704-2012",
        "GB 11643-1999",
        f"GB/T {rng.randint(1000, 39999)}-{rng.randint(2000, 2026)}",
        f"DB{rng.randint(11, 65)}/T {rng.randint(100, 4999)}-{rng.randint(2015, 2026)}",
        "GB 32100-2015",
        f"HJ {rng.randint(1, 1300)}-{rng.randint(2010, 2026)}",
    ]
    return rng.choice(["依据", "执行", "书号", "刊号", ""]) + rng.choice(forms)


def s_drug(rng: Rng) -> str:
    forms = [
        f"国药准字H{rng.randint(1990, 2026)}{rng.randint(1, 9999):04d}",
        f"国药准字Z{rng.randint(11, 65)}0{rng.randint(10000, 99999)}",
        f"国械注准{rng.randint(2019, 2026)}{rng.randint(1, 3)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}",
        f"国食健注G{rng.randint(2015, 2026)}{rng.randint(1, 9999):04d}",
        f"国妆特字G{rng.randint(2010, 2020)}{rng.randint(1, 9999):04d}",
        f"批号{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 99):02d}",
        f"药品本位码86{digits(rng, 12)}",
    ]
    return rng.choice(forms)


def s_version(rng: Rng) -> str:
    forms = [
        f"V{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
        f"版本号{rng.randint(1, 15)}.{rng.randint(0, 9)}.{rng.randint(10000, 22631)}.{rng.randint(1, 5000)}",
        f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-beta.{rng.randint(1, 9)}",
        f"第{rng.randint(1, 9)}.{rng.randint(0, 9)}版",
    ]
    return rng.choice(forms)


def s_ip(rng: Rng) -> str:
    forms = [
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}-192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"{rng.randint(58, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.choice([80, 443, 8080, 8443])}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}/24",
        f"2001:db8::{rng.randint(1, 9999)}",
    ]
    return rng.choice(["IP地址", "服务器地址：", "网段", ""]) + rng.choice(forms)


def s_exam(rng: Rng) -> str:
    prefix = rng.choice(["13", "15", "26", "11", "33", "44"]) + digits(rng, 4)
    length = rng.choice([11, 13, 15])
    start = prefix + f"{rng.randint(0, 10 ** (length - 8) // 2):0{length - 6}d}"
    end = start[:-3] + f"{min(999, int(start[-3:]) + rng.randint(10, 400)):03d}"
    sep = rng.choice(["至", "-", "~", "—", "到", "～"])
    forms = [
        f"准考证号{start}{sep}{end}",
        f"准考证号：{start}—{end}",
        f"准考证号为{start}{sep}{end}的考生",
        f"报名序号{start}",
        f"准考证号：{start}",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.1)


def s_seat(rng: Rng) -> str:
    forms = [
        f"第{rng.randint(1, 60)}考场第{rng.randint(1, 30)}号",
        f"座位号：{rng.randint(1, 60):02d}{rng.randint(1, 30):02d}",
        f"{rng.randint(1, 40)}排{rng.randint(1, 40)}座",
        f"考场号{rng.randint(1, 99):03d}、座位号{rng.randint(1, 30):02d}",
    ]
    return rng.choice(forms)


def s_archive(rng: Rng) -> str:
    y = rng.randint(1990, 2026)
    forms = [
        f"档案号：A{rng.randint(1, 9)}-{y}-{rng.randint(1, 999999):06d}",
        f"档号：J{rng.randint(1, 999):03d}-{y}-Y-{rng.randint(1, 9999):04d}",
        f"档案编号{rng.choice(DIVISIONS)}{y}{rng.randint(1, 99999):05d}",
        f"全宗号{rng.randint(1, 999):03d}、目录号{rng.randint(1, 99)}、案卷号{rng.randint(1, 9999)}",
        f"索引号：{make_uscc(rng, all_digits=False)[:18]}/{y}-{rng.randint(1, 99999):05d}",
    ]
    return rng.choice(forms)


def s_estate(rng: Rng) -> str:
    y = rng.randint(2016, 2026)
    unit = (
        rng.choice(DIVISIONS)
        + f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        + rng.choice(["GB", "JA", "JC"])
        + f"{rng.randint(1, 99999):05d}"
        + "F"
        + f"{rng.randint(1, 9999):04d}{rng.randint(1, 9999):04d}"
    )
    forms = [
        f"{rng.choice(REGIONS)}（{y}）{rng.choice(['东城区', '朝阳区', '浦东新区', '天河区'])}不动产权第{rng.randint(1, 9999999):07d}号",
        f"不动产单元号：{unit}",
        f"{rng.choice(REGIONS)}房权证{rng.choice(['东', '西', '朝'])}字第{rng.randint(1, 999999)}号",
    ]
    return rng.choice(forms)


def s_licence(rng: Rng) -> str:
    forms = [
        f"食品经营许可证编号JY{rng.randint(1, 3)}{rng.choice(DIVISIONS)}{rng.randint(1, 9999999):07d}",
        f"食品生产许可证编号SC{rng.randint(101, 399)}{rng.choice(DIVISIONS)}{rng.randint(1, 99999):05d}",
        f"药品经营许可证编号：{rng.choice(REGIONS)}AA{rng.randint(1, 9999999):07d}",
        f"ICP备案号：{rng.choice(REGIONS)}ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 9)}",
        f"{rng.choice(REGIONS)}公网安备 {rng.randint(11, 65)}{rng.randint(100000000000, 999999999999)}号",
        f"赣公网安备 36{rng.choice(['0102', '0111', '0403', '0702'])}02{rng.randint(0, 999999):06d}号",
        f"{rng.choice(REGIONS)}公网安备{rng.choice(DIVISIONS)}02{rng.randint(0, 999999):06d}号",
        f"营业执照注册号{rng.choice(DIVISIONS)}{rng.randint(0, 999999999):09d}",
        f"排污许可证编号{make_uscc(rng)}001{rng.choice('PVUQ')}",
    ]
    return rng.choice(forms)


AGENCIES = ["北京市东城区财政局", "上海市浦东新区人力资源和社会保障局", "某市红十字会"]
AGENCIES += ["某区教育局", "某县公共资源交易中心", "某市住房公积金管理中心"]


def s_account(rng: Rng) -> str:
    lead = rng.choice(
        ["0200", "1100", "3105", "1202", "3100", "1001", "0400", "1219", "4000", "3602", "2703"]
    )
    number = lead + digits(rng, rng.choice([15, 16, 17, 18]))
    form = rng.random()
    if form < 0.5:
        text = number
    elif form < 0.85:
        text = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    else:
        text = fw(number)
    bank = rng.choice(["中国工商银行", "中国建设银行", "中国农业银行", "交通银行"])
    return (
        f"户名：{rng.choice(AGENCIES)}，开户行：{bank}{rng.choice(['北京', '上海', '某市'])}分行，"
        f"{rng.choice(['账号：', '对公账户：', '银行账号：', '收款账号：'])}{text}"
    )


def s_numerals(rng: Rng) -> str:
    forms = [
        f"{cn_year(rng.randint(2019, 2026))}年度",
        "“十四五”时期",
        f"第{cn_small(rng.randint(1, 30))}届",
        f"{cn_small(rng.randint(1, 99))}个重点项目",
        "二〇三五年远景目标",
        f"{cn_year(rng.randint(2000, 2026))}至{cn_year(rng.randint(2026, 2030))}年",
        f"第{cn_small(rng.randint(1, 99))}条第{cn_small(rng.randint(1, 9))}款",
        "农历丙午年十月十六",
    ]
    return rng.choice(forms)


def vin(rng: Rng) -> str:
    chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    return "L" + "".join(rng.choice(chars) for _ in range(7)) + digits(rng, 9)


def s_code(rng: Rng) -> str:
    """Other numbers of things a notice carries: invoices, bar codes, VINs, patents, meters."""
    forms = [
        f"发票代码{digits(rng, 12, '1234')}，发票号码{digits(rng, 8)}",
        f"发票号码：{rng.randint(24, 26)}{digits(rng, 18)}",
        f"商品条码69{digits(rng, 11)}",
        f"车辆识别代号{vin(rng)}",
        f"专利号ZL {rng.randint(2015, 2026)} {rng.randint(1, 3)} {digits(rng, 7)}.{rng.randint(0, 9)}",
        f"电费户号{digits(rng, 10, '0123456789')}",
        f"快递单号SF{digits(rng, 13, '1')}",
        f"股票代码{rng.choice(['600', '601', '000', '002', '300', '688'])}{digits(rng, 3)}",
        f"药品追溯码8{digits(rng, 19)}",
        f"定点医疗机构代码H{rng.choice(DIVISIONS)}{digits(rng, 5)}",
        f"时间戳{rng.randint(1700000000, 1799999999)}",
        f"第{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(10, 99)}条",
        f"气象站号{rng.randint(50000, 59999)}",
        f"商标注册第{rng.randint(10000000, 79999999)}号",
        f"工号{digits(rng, 6)}",
        f"圆周率约为3.{digits(rng, 10)}",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.1)


def b_count(rng: Rng) -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 9999), rng.randint(10000, 999999)])
    return rng.choice([str(n), f"{n:,}", fw(str(n)), cn_small(n % 100 or 1)])


def b_masked_id(rng: Rng) -> str:
    value = s_masked_id(rng)
    return value.split("：")[-1].removeprefix("身份证号码").removeprefix("公民身份号码")


def b_figure(rng: Rng) -> str:
    n = rng.choice(
        [rng.randint(1000, 999999), rng.randint(10**7, 10**9), rng.randint(10**10, 2 * 10**10)]
    )
    return rng.choice([str(n), f"{n:,}", f"{n / 100:.2f}", f"{n:,}.00", fw(str(n))])


def b_pct(rng: Rng) -> str:
    return f"{rng.choice(['', '-'])}{rng.randint(0, 30)}.{rng.randint(0, 9)}"


def b_postcode(rng: Rng) -> str:
    return rng.choice(POSTCODES)


def b_year(rng: Rng) -> str:
    return str(rng.randint(2019, 2026))


BARE: dict[str, Callable[[Rng], str]] = {
    "n": b_count,
    "mid": b_masked_id,
    "fig": b_figure,
    "pct": b_pct,
    "pc": b_postcode,
    "y": b_year,
    "k": lambda rng: str(rng.randint(1, 399)),
}


SERIAL_LABELS = [
    "证书编号：",
    "工单号：",
    "学号",
    "订单号：",
    "登记编号：",
    "受理编号：",
    "备案编号：",
]
SERIAL_LABELS += [
    "许可证编号：",
    "批次号：",
    "流水号：",
    "编号：",
    "序列号：",
    "检验报告编号：",
    "No.",
]
SERIAL_LABELS += [
    "报名号：",
    "考号",
    "岗位代码：",
    "注册证编号：",
    "案卷号",
    "报告编号",
    "申请编号：",
]


def s_masked_contact(rng: Rng) -> str:
    """A mobile, a card or a name masked as 公示 mask them."""
    mobile = "1" + rng.choice("3456789") + digits(rng, 9)
    card = luhn("62" + rng.choice(["2202", "2848", "1700"]) + digits(rng, 12))
    forms = [
        f"联系电话：{mobile[:3]}****{mobile[7:]}",
        f"手机号{mobile[:3]} **** {mobile[7:]}",
        f"电话{mobile[:3]}-****-{mobile[7:]}",
        f"银行卡号：{card[:4]} **** **** {card[-4:]}",
        f"卡号尾号{card[-4:]}",
        f"账号{card[:6]}*********{card[-4:]}",
        f"手机尾号{mobile[-4:]}",
    ]
    return (
        rng.choice(["张*", "李某", "王**", "赵某某"]) + "，" + maybe_fw(rng, rng.choice(forms), 0.1)
    )


def s_serial(rng: Rng) -> str:
    """A labelled serial of 11–20 digits, any prefix (never a valid 18-digit ID number)."""
    number = plain_digits(rng, rng.randint(11, 20))
    if rng.random() < 0.3:
        number = f"{rng.randint(2019, 2026)}{number[4:]}"
    form = rng.random()
    if form < 0.2:
        number = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    elif form < 0.3:
        number = fw(number)
    return rng.choice(SERIAL_LABELS) + number


def s_list(rng: Rng) -> str:
    """Figures, times, years and phone numbers listed with 、 / spaces and slashes."""
    figs = [str(rng.randint(100, 9999)) for _ in range(rng.randint(3, 5))]
    local = [digits(rng, 8, "2345678") for _ in range(2)]
    forms = [
        "分别为" + "、".join(figs) + "万元",
        " ".join(f"{rng.randint(7, 20)}:{rng.choice(['00', '30'])}" for _ in range(4)),
        f"{local[0]}/{local[1]}",
        "、".join(str(y) for y in range(rng.randint(2019, 2022), 2026)) + "年",
        "各季度：" + " ".join(figs),
        "（" + "，".join(figs) + "）",
        f"{rng.randint(2019, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}",
    ]
    return maybe_fw(rng, rng.choice(forms), 0.1)


SLOTS: dict[str, Callable[[Rng], str]] = {
    "date": s_date,
    "amount": s_amount,
    "stat": s_stat,
    "docno": s_docno,
    "caseno": s_caseno,
    "uscc": s_uscc,
    "orgcode": s_orgcode,
    "project": s_project,
    "postcode": s_postcode,
    "landline": s_landline,
    "hotline": s_hotline,
    "transport": s_transport,
    "place": s_place,
    "masked_id": s_masked_id,
    "plate": s_plate,
    "standard": s_standard,
    "drug": s_drug,
    "version": s_version,
    "ip": s_ip,
    "exam": s_exam,
    "seat": s_seat,
    "archive": s_archive,
    "estate": s_estate,
    "licence": s_licence,
    "account": s_account,
    "numerals": s_numerals,
    "code": s_code,
    "serial": s_serial,
    "masked_contact": s_masked_contact,
    "list": s_list,
}

# ----- templates ---------------------------------------------------------------------------
# {slot} fills a slot; {prose} an ordinary sentence with a 保密 or 公开 word; {clause} a plain one.

TEMPLATES = {
    "date": [
        "会议定于{date}在区政府第一会议室召开。",
        "申报时间为{date}，逾期不予受理。",
        "本次活动时间：{date}，地点：区文化馆。",
        "自{date}起施行，有效期五年。",
        "据统计，截至{date}，全市{stat}。",
    ],
    "amount": [
        "项目总投资{amount}，其中财政资金{amount}。",
        "本次采购预算金额为{amount}，最高限价{amount}。",
        "中标金额：{amount}。",
        "全年一般公共预算收入{amount}，{stat}。",
        "对当事人处以罚款{amount}，没收违法所得{amount}。",
    ],
    "stat": [
        "{date}全市地区生产总值{amount}，{stat}。",
        "截至目前，已{stat}，{stat}。",
        "全区{stat}，其中农村{stat}。",
    ],
    "docno": [
        "根据《关于进一步加强政务公开工作的通知》（{docno}）精神，结合我区实际，制定本方案。",
        "现将《实施意见》（{docno}）转发给你们，请认真贯彻执行。",
        "{docno}文件已于{date}印发。",
    ],
    "caseno": [
        "本院受理的{caseno}一案，现依法向你公告送达起诉状副本。",
        "行政处罚决定书文号：{caseno}，处罚金额{amount}。",
        "{caseno}案件已审理终结。",
    ],
    "uscc": [
        "中标单位：某建设工程有限公司，{uscc}。",
        "某社会组织服务中心（{uscc}）已完成年度检查。",
        "经营主体名称：某科技有限公司；{uscc}；住所：{place}。",
        "当事人：某市慈善基金会，{uscc}，法定代表人：张某。",
    ],
    "orgcode": [
        "采购人：某区卫生健康委员会，{orgcode}。",
        "单位名称：某街道社区卫生服务中心，{orgcode}，{uscc}。",
    ],
    "project": [
        "{project}，项目名称：某区老旧小区综合整治工程。",
        "本项目（{project}）已于{date}完成开标。",
        "{project}，采购方式：公开招标，预算金额{amount}。",
        "签订合同（{project}），合同金额{amount}。",
    ],
    "postcode": [
        "通讯地址：某市人民路{place}，{postcode}。",
        "来信请寄某市信访局，{postcode}，信封注明“意见建议”。",
    ],
    "landline": [
        "如有疑问，请在工作日拨打{landline}咨询。",
        "{landline}，{landline}。",
        "联系人：张科长，{landline}。",
        "受理部门：区市场监管局，地址：{place}，{landline}，{postcode}。",
    ],
    "hotline": [
        "群众可通过{hotline}反映问题。",
        "如遇停电，请拨打{hotline}报修。",
        "投诉举报请拨打{hotline}，或{landline}。",
    ],
    "transport": [
        "乘坐{transport}的旅客请注意，该车次{date}停运。",
        "{transport}因天气原因延误，请旅客合理安排行程。",
        "请{date}乘坐{transport}的旅客主动报告。",
    ],
    "place": [
        "事故发生在{place}附近，应急队伍已赶赴现场。",
        "监测点位于{place}，{stat}。",
        "管制路段为{place}，管制时间{date}。",
    ],
    "masked_id": [
        "拟录用人员：张某某，{masked_id}，准考证号按公示名单执行。",
        "经审核，李某，{masked_id}，符合申请条件，现予公示。",
        "补贴对象：王某，{masked_id}，补贴金额{amount}。",
    ],
    "plate": [
        "{plate}小型汽车于{date}在{place}违法停车，已依法处理。",
        "对{plate}重型货车超限运输行为处以罚款{amount}。",
    ],
    "standard": [
        "公文格式执行{standard}的规定。",
        "《政务新媒体工作手册》，{standard}，定价{amount}。",
        "本标准参照{standard}编制。",
    ],
    "drug": [
        "抽检发现标示{drug}的药品不符合规定。",
        "该产品（{drug}）已责令召回，涉及{stat}。",
    ],
    "version": [
        "请将客户端升级至{version}及以上。",
        "系统（{version}）已于{date}完成升级。",
    ],
    "ip": [
        "监测发现{ip}存在异常访问，已封禁。",
        "请将业务系统迁移至{ip}，迁移窗口为{date}。",
    ],
    "exam": [
        "{exam}的考生请于{date}到指定地点参加面试。",
        "现将{exam}考生的成绩公布如下。",
        "{exam}，考试时间{date}。",
    ],
    "seat": [
        "考生按{seat}入座，考试时间{date}。",
        "请持准考证按{seat}就座。",
    ],
    "archive": [
        "{archive}，保管期限：永久。",
        "查阅{archive}的档案须经审批。",
    ],
    "estate": [
        "{estate}的房屋已办理抵押登记。",
        "现对{estate}予以注销公告。",
    ],
    "licence": [
        "某餐饮店（{licence}）被责令整改。",
        "{licence}，有效期至{date}。",
    ],
    "account": [
        "非税收入缴款信息：{account}。",
        "捐款请汇至：{account}，并注明“防汛救灾”。",
        "投标保证金请汇入以下账户——{account}。",
    ],
    "code": [
        "经核查，{code}，相关信息已登记。",
        "检查发现{code}存在问题，已责令整改。",
        "{code}；{code}。",
    ],
    "masked_contact": [
        "获奖群众：{masked_contact}，请于{date}前领取。",
        "补贴已发放：{masked_contact}，金额{amount}。",
        "{pc} {landline}",
    ],
    "serial": [
        "{serial}，办理结果已反馈。",
        "经查询，{serial}的申请已受理。",
        "请凭{serial}到窗口领取。",
    ],
    "list": [
        "一至四季度{list}。",
        "开放时间：{list}。",
        "{list}，{stat}。",
    ],
    "table": [
        "| 序号 | 姓名 | 身份证号 | 补贴金额（元） |\n|---|---|---|---|\n"
        "| 1 | 张某 | {mid} | {fig} |\n| 2 | 李某某 | {mid} | {fig} |\n| 3 | 王某 | {mid} | {fig} |",
        "单位：万元\n\n| 指标 | {y}年 | 增长（%） |\n|---|---|---|\n"
        "| 地区生产总值 | {fig} | {pct} |\n| 一般公共预算收入 | {fig} | {pct} |\n"
        "| 社会消费品零售总额 | {fig} | {pct} |",
        "| 项目 | 金额（元） |\n|---|---|\n| 工程费 | {fig} |\n| 其他费用 | {fig} |\n"
        "| 合计 | {fig} |",
        "| 申请情况 | 件数 |\n|---|---|\n| 一、本年新收政府信息公开申请数量 | {n} |\n"
        "| （一）予以公开 | {n} |\n| （二）部分公开 | {n} |\n| （三）不予公开 | {n} |",
    ],
    "notice": [
        "一、{project}\n二、项目名称：某区智慧政务平台建设项目\n三、中标（成交）信息\n"
        "供应商名称：某信息技术有限公司\n{uscc}\n中标金额：{amount}\n四、联系方式\n"
        "1.采购人：某区政务服务管理局\n地址：{place}\n{landline}\n"
        "2.采购代理机构：某招标代理有限公司\n{landline}",
        "{pc}\n某市某区人民路{k}号\n某市人民政府信访局\n\n{landline}",
        "《社区通讯》为内部资料性出版物，准印证号：{y}-L{n}号，{date}出版。",
        "报名时间：{date}\n报名地点：{place}\n{hotline}\n{landline}\n{postcode}",
    ],
    "numerals": [
        "{numerals}，全区共实施{stat}。",
        "{numerals}，我区将围绕{clause}",
    ],
}

# Ordinary prose around the numbers: the 保密 and 公开 words a real post holds.
CLEAN_PROSE = [
    "各单位要严格遵守保守国家秘密法，做好信息公开保密审查。",
    "健全内部控制制度，加强内部审计监督。",
    "依法保护商业秘密和个人隐私。",
    "确保数据的机密性、完整性和可用性。",
    "选举采用无记名秘密投票方式进行。",
    "机关工作人员应当保守工作中知悉的国家秘密。",
    "加强内部管理，规范内部审批流程。",
    "涉及商业秘密的内容已作删除处理。",
    "本次公开的信息不涉及国家秘密。",
    "该书讲述了隐蔽战线的秘密工作。",
    "他守住这个秘密{n}年，直到退休。",
    "全年开展内部审计{n}次，发现问题{n}个。",
    "内部控制评价覆盖{n}个部门、{n}个业务流程。",
    "选举共进行{n}轮秘密投票。",
    "审结侵犯商业秘密案件{n}件，涉案金额{amount}。",
    "保密宣传月期间，发放保守国家秘密宣传册{n}份。",
    "系统机密性、完整性、可用性评分分别为{n}分、{n}分、{n}分。",
]
WARN_PROSE = [  # the sensitive words the docs say warn in prose
    ("属于依法不予公开的情形，申请人可依法申请行政复议。", TERM),
    ("对依法不予公开的政府信息，应当告知申请人并说明理由。", TERM),
    ("本年度收到政府信息公开申请{n}件，其中予以公开{n}件，不予公开{n}件。", TERM),
    ("全区{n}名涉密人员全部签订保密承诺书。", TERM),
]
CLAUSES = [
    "改善民生、推动高质量发展开展工作。",
    "生态保护和城乡融合发展精准发力。",
    "优化营商环境、便利群众办事持续用力。",
]
TITLES = [
    "关于{date}开展专项检查的公告",
    "{docno}",
    "关于{project}项目中标结果的公示",
    "某区人民政府关于{numerals}重点工作安排的通知",
    "关于公布{date}政务服务热线办理情况的通报",
    "某市{date}统计公报",
    "关于拟录用人员的公示",
    "关于开展“保守国家秘密”主题宣传月活动的通知",
]


def fill(template: str, rng: Rng, slots: list[tuple[str, str]]) -> str:
    """``template`` with each placeholder filled; records (slot, value) in ``slots``."""
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        name = out[start + 1 : end]
        if name == "prose":
            value = fill(rng.choice(CLEAN_PROSE), rng, slots)
        elif name == "clause":
            value = rng.choice(CLAUSES)
        elif name in BARE:
            value = BARE[name](rng)
            slots.append((name, value))
        else:
            value = SLOTS[name](rng)
            slots.append((name, value))
        out = out[:start] + value + out[end + 1 :]
    return out


def make_post(rng: Rng, focus: str | None = None) -> dict:
    """One generated post: a title and a body of one to four sentences, one focus slot first."""
    focus = focus or rng.choice(list(TEMPLATES))
    slots: list[tuple[str, str]] = []
    sentences = [fill(rng.choice(TEMPLATES[focus]), rng, slots)]
    for _ in range(rng.randint(0, 3)):
        if rng.random() < 0.35:
            sentences.append(fill(rng.choice(CLEAN_PROSE), rng, slots))
        else:
            sentences.append(fill(rng.choice(TEMPLATES[rng.choice(list(TEMPLATES))]), rng, slots))
    rules: set[str] = set()
    if rng.random() < 0.08:
        text, rule = rng.choice(WARN_PROSE)
        sentences.insert(rng.randint(0, len(sentences)), fill(text, rng, slots))
        rules.add(rule)
    if rng.random() < 0.3:
        rng.shuffle(sentences)
    joiner = rng.choice(["", "", "\n", "\n\n"])
    body, lines_before = "", False
    for sentence in sentences:  # a table or a notice of several lines stands apart
        apart = "\n" in sentence or lines_before
        body += ("\n\n" if apart else joiner) + sentence if body else sentence
        lines_before = "\n" in sentence
    title = fill(rng.choice(TITLES), rng, slots) if rng.random() < 0.5 else "关于做好有关工作的通知"
    expect = "warn" if rules else "clean"
    return {
        "focus": focus,
        "title": title,
        "body": body,
        "expect": expect,
        "rules": sorted(rules),
        "slots": slots,
    }


# ----- real items beside the look-alikes ---------------------------------------------------


def fresh_id(rng: Rng) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + f"{rng.randint(0, 999):03d}")


def fresh_mobile(rng: Rng) -> str:
    return "1" + rng.choice("3456789") + digits(rng, 9)


def fresh_card(rng: Rng) -> str:
    return luhn("62" + rng.choice(["2202", "2848", "1700", "2588"]) + digits(rng, 12))


def real_item(rng: Rng, kind: str) -> tuple[str, str, str]:
    """(sentence, rule, trick) of one real item a post must not carry."""
    if kind == "id":
        number = fresh_id(rng)
        text = rng.choice(
            [
                f"拟认定人员：张某，身份证号：{number}，现予公示。",
                f"公示名单：李某某（{number}）。",
                f"申请人王某，公民身份号码{number[:6]} {number[6:14]} {number[14:]}。",
            ]
        )
        return text, IDN, "an unmasked valid ID number in a 公示"
    if kind == "mobile":
        number = fresh_mobile(rng)
        text = rng.choice(
            [
                f"联系人：李老师，{number}。",
                f"联系人：王科长 {number[:3]} {number[3:7]} {number[7:]}。",
                f"联系人及电话：赵某，{number[:3]}-{number[3:7]}-{number[7:]}。",
            ]
        )
        return text, MOB, "a mobile after 联系人"
    if kind == "card":
        number = fresh_card(rng)
        grouped_ = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        text = f"补贴资金已发放至户名：张三，卡号：{rng.choice([number, grouped_])}。"
        return text, CARD, "a person's UnionPay card beside the public numbers"
    if kind == "mark":
        return "机密★5年\n", MARK, "a 密级 line heading the post"
    return "\n（此件不予公开）", NOTE, "a 公开属性 note closing the post"


REAL_KINDS = ["id", "mobile", "card", "mark", "note"]


# ----- the family --------------------------------------------------------------------------

# False blocks the sweep found, triaged after the first run: (id, body, note, xfail). Each is
# a minimal form of one blocking pattern of the sweep (counts in the report); all must be clean.


_IP = (
    "red team 81: a dotted IPv4 address of 3-3-3-2 digits from 13x–19x (192.168.x.y, the "
    "commonest private range) is read as a mobile number; docs/compliance.md counts IP "
    "addresses among the look-alikes that stay clean (redteam16_prose)"
)
_HEALTH = (
    "red team 81: the 注册号/批准文号 of a 保健食品 (国食健注G + 8 digits, the older 国食健字G) or "
    "a 特殊用途化妆品 (国妆特字G + 8 digits) has a passport's shape and is blocked as one; "
    "a 批准文号 prefix names a product, never a person"
)
_GAWAB = (
    "red team 81: a 江西 公网安备 number (36 + 12 digits, on every 江西 site's footer) that "
    "passes Luhn by chance (one in ten) is blocked as a Diners Club card (36, 14 digits); "
    "a 备案号 after 公网安备 is public registration data"
)
_RANGE = (
    "red team 81: an 准考证号 range written with a hyphen (the commonest range mark): the end "
    "is read as a card (a Visa 13 or a UnionPay 16 passing Luhn), while the same range with "
    "至, ~ or — is read as the docs describe (the end of a range a serial label names)"
)
_VIN = (
    "red team 81: a 车辆识别代号 (VIN, valid check digit) whose last 11 characters are "
    "digits starting 13–19 — a VDS ending in 1[3-9] and a digit year and plant code — is "
    "read as a mobile, even after 车辆识别代号 or 车架号"
)
_ACCOUNT = (
    "docs/compliance.md (对公 accounts): a UnionPay or domestic-BIN shape cut out of an "
    "organisation's account written in fours still blocks — only the overseas networks' "
    "shapes are read as an account after an account label and an organisation's 户名 (the "
    "same account unspaced is clean)"
)
CARD_SHAPES = [  # docs/compliance.md's network table: (prefixes, lengths)
    (("62",), range(16, 20)),
    (("4",), (13, 16, 19)),
    (("51", "52", "53", "54", "55", *map(str, range(2221, 2721))), (16,)),
    (("34", "37"), (15,)),
    (tuple(map(str, range(3528, 3590))), range(16, 20)),
    (("6011", "644", "645", "646", "647", "648", "649", "65"), range(16, 20)),
    (("36",), range(14, 20)),
    (("300", "301", "302", "303", "304", "305", "3095", "38", "39"), range(16, 20)),
]


def card_shaped(number: str) -> bool:
    """Whether ``number`` has a network's prefix and length and passes Luhn."""
    return (
        any(
            number.startswith(prefixes) and len(number) in lengths
            for prefixes, lengths in CARD_SHAPES
        )
        and luhn(number[:-1]) == number
    )


def known_false_block(text: str) -> str | None:  # noqa: PLR0911, PLR0912 - one return a pattern
    """The triaged false-block pattern ``text`` holds, if any (its xfail reason)."""
    plain = fold_digits(text)
    if re.search(r"(?<![\d.])1[3-9]\d\.\d{3}\.\d{3}\.\d{2}(?![\d.])", plain):
        return _IP
    if re.search(r"国(食健注|食健字|妆特字)G\d{8}", plain):
        return _HEALTH
    for match in re.finditer(r"公网安备 ?(\d{14})", plain):
        if card_shaped(match[1]):
            return _GAWAB
    for match in re.finditer(r"准考证号[：为]?(\d+)[-—～~至到](\d+)", plain):
        if plain[match.start(2) - 1] == "-" and card_shaped(match[2]):
            return _RANGE
    if re.search(r"(车辆识别代号|车架号)：?[A-Z0-9]{6}(?<=[A-Z])1[3-9]\d{9}(?!\d)", plain):
        return _VIN
    for match in re.finditer(r"账号：|对公账户：|收款账号：", plain):
        run = re.match(r"[\d ]+", plain[match.end() :])
        groups = run[0].split() if run else []
        for i in range(1, len(groups)):
            rest = "".join(groups[i:])
            if any(card_shaped(rest[:n]) for n in range(13, len(rest) + 1)):
                return _ACCOUNT
    for match in re.finditer(
        r"(订单号|受理编号|证书编号|登记编号|许可证编号|申请编号|编号|流水号|报名号|学号|No\.|案卷号|岗位代码|批次号)：?",
        plain,
    ):
        run = re.match(r"\d+(?: \d+)+", plain[match.end() :])
        groups = run[0].split() if run else []
        for i in range(1, len(groups)):
            rest = "".join(groups[i:])
            if any(card_shaped(rest[:n]) for n in range(13, len(rest) + 1)):
                return _FOURS
    for match in re.finditer(r"([\u4e00-\u9fff]No\.\s?|案卷号)([\d ]+)", plain):
        run = match[2].replace(" ", "")
        if re.fullmatch(r"1[3-9]\d{9}", run) or card_shaped(run):
            return _NO if "No" in match[1] else _JUAN
    if re.search(r"-861[3-9]\d{4}-\d{3,4}\n\d", plain):
        return _EXT
    if re.search(r"[0-9A-Za-z]。(?:[A-Z]{2}|No)(?![a-z])", plain):
        return _TLD
    if re.search(r"各季度：\d+(?: \d+)+", plain):
        return _SPACED
    return None


def fold_digits(text: str) -> str:
    return text.translate({ord(c) + 0xFEE0: c for c in "0123456789-~"})


_FOURS = (
    "red team 81: a serial after its label (订单号, 受理编号, 证书编号, 登记编号, 许可证编号) "
    "written in fours, whose groups from the second on have a card's shape, is blocked as a "
    "card — the same digits unspaced are clean (the label names the whole run, not its first group)"
)
_NO = (
    "red team 81: a bare `No.` is a serial label at a clause's start (`No.135…` stays clean, "
    "docs: redteam12_numbers), but not right after a Han verb or noun (凭, 持, 查询, 号码): "
    "`请凭No.13548126723到窗口领取` blocks as a mobile"
)
_JUAN = (
    "red team 81: 案卷号 (an archive file's number, 全宗号/目录号/案卷号) is not read as a serial "
    "label; a long one of a mobile's or card's shape blocks (lower realism: most 案卷号 are short)"
)
_SPACED = (
    "docs/compliance.md (Written forms): digit groups joined by single spaces are one number "
    "whatever they stand for, so figures listed with spaces and no unit or label "
    "(`各季度：142 1234 2555`) read as a mobile 3-4-4 or a card in fours"
)
_TLD = (
    "red team 81 (a warning, not a block): a Chinese sentence ending in ASCII letters or digits "
    "(5G, 12345, 72392731-X) and the next opening with an acronym that is also a top-level "
    "domain (AI, IT, TV, IN, CC, No.) is read as a bare host over the 。 (`5G。AI` → 5g.ai) "
    "and warns link.other_host; docs/compliance.md exempts only a capitalised English word "
    "after the 。 (`9:00—18:00。Office hours`)"
)
_EXT = (
    "red team 81: a landline whose local number starts 86 then 1[3-9] (010-86135512), with an "
    "extension after a hyphen, at the end of a line above a numbered item (`2.`, `2、`, `3.`): "
    "the 86 is read as a country code and a mobile made of the local number, the extension "
    "and the next line's item number (86 135512 8001 2); a 中标公告's 联系方式 block"
)
_SLOGAN = (
    "red team 81: a 保密宣传 slogan with a star between its halves (`保守国家秘密★维护国家安全`, "
    "`守护国家秘密☆共筑安全防线`) is read as 密级 + ★; 国家秘密 after 保守/守护 is prose (docs: "
    "保守国家秘密 passes, `★ 保守机密 人人有责 ★` is clean), and a marking has no words after it"
)
_CELL = (
    "docs/compliance.md (secrecy.marking): a 密级 alone in a table cell blocks (`| 机密 |`), "
    "also in a 定密 self-inspection's table of counts by level"
)
PATTERN_NAMES = {
    _IP: "d1-ip",
    _HEALTH: "d2-health-G8",
    _GAWAB: "d3-gawab-36",
    _RANGE: "d4-range-hyphen",
    _VIN: "d5-vin",
    _ACCOUNT: "c1-account-62-piece",
    _FOURS: "d6-serial-in-fours",
    _NO: "d7-No-after-han",
    _JUAN: "d8-anjuanhao",
    _SPACED: "c2-spaced-figures",
    _TLD: "d9-tld-after-ideographic-stop",
    _EXT: "d10-86-local-ext-item",
}
# The false findings a later fix mended: the case stays, its xfail goes, the note says so
FIXED = {
    "fb-tld-1": "fixed by fix 101 (a token, 。 and an acronym of data/prose_acronyms.txt is two "
    "sentences; was xfail d9)",
    "fb-tld-2": "fixed by fix 101 (as fb-tld-1; was xfail d9)",
    "fb-slogan-1": "fixed by fix 101 (国家秘密 and a star with the slogan going on after it is no "
    "marking; was xfail d11)",
    "fb-slogan-2": "fixed by fix 101 (as fb-slogan-1, the white star folded to ★; was xfail d11)",
    "fb-cell-1": "fixed by fix 125 (rows named by different levels list them, as lines of the "
    "levels do; was xfail)",
}
# The patterns fix 100 fixed (every fb- case of each): known_false_block still knows them, so that
# the sampled clean posts stay the ones generated before (and a sweep names a hit that comes back).
FIXED_100 = frozenset({_IP, _HEALTH, _GAWAB, _RANGE, _VIN, _FOURS, _NO, _JUAN, _EXT})
_E13 = luhn("442634000430")
_U16 = luhn("620120260100032")
FOUND: list[tuple[str, str, str, str]] = [
    ("fb-ip-1", "监测发现IP地址192.168.175.27存在异常访问，已封禁。", "IPv4 3-3-3-2, 192.168", _IP),
    ("fb-ip-2", "主机 183.136.210.51:443 已停止对外服务。", "IPv4 with a port", _IP),
    (
        "fb-ip-3",
        "网关192.168.100.1，地址段192.168.100.10-192.168.100.200分配给各科室。",
        "an IPv4 range",
        _IP,
    ),
    (
        "fb-health-1",
        "抽检发现标示国食健注G20177607的保健食品不符合规定。",
        "保健食品注册号 G + 8 digits",
        _HEALTH,
    ),
    ("fb-health-2", "保健食品批准文号：国食健字G20040123。", "older 国食健字G", _HEALTH),
    (
        "fb-health-3",
        "抽检发现标示国妆特字G20170123的化妆品不合格。",
        "特殊用途化妆品 批准文号",
        _HEALTH,
    ),
    (
        "fb-gawab-1",
        f"江西省人民政府 版权所有 赣公网安备 {luhn('3601020200012')}号",
        "a site footer's 公网安备 number, 36…, passing Luhn",
        _GAWAB,
    ),
    (
        "fb-gawab-2",
        f"某餐饮店网站（赣公网安备{luhn('3604030200345')}号）已完成备案核查。",
        "公网安备 glued",
        _GAWAB,
    ),
    (
        "fb-range-1",
        f"准考证号为{_E13[:-3]}289-{_E13}的考生请于12月20日参加面试。",
        "13-digit 准考证号 range with an ASCII hyphen; the end is a Visa 13 shape",
        _RANGE,
    ),
    (
        "fb-range-2",
        f"准考证号{_U16[:-3]}101-{_U16}的考生成绩已公布。",
        "16-digit 甘肃 (62…) 准考证号 range with a hyphen; the end a UnionPay shape",
        _RANGE,
    ),
    (
        "fb-vin-1",
        f"涉案车辆（车辆识别代号{vin_checked('LFV2AK13', '71234567')}）已依法扣押。",
        "VIN after 车辆识别代号, the last 11 characters digits from 13",
        _VIN,
    ),
    (
        "fb-vin-2",
        f"车架号：{vin_checked('LSVXZA15', '51098765')}，发动机号：CKD123456。",
        "VIN after 车架号, the last 11 from 15",
        _VIN,
    ),
    (
        "fb-account-1",
        "户名：某县公共资源交易中心，开户行：中国农业银行某市分行，账号：3602 6288 2900 2243 0265 5。",
        "an organisation's 22-digit account in fours; its second to fifth groups a UnionPay shape",
        _ACCOUNT,
    ),
    (
        "fb-account-2",
        "户名：北京市东城区财政局，开户行：中国工商银行上海分行，账号：0400 9896 6883 0326 9971。",
        "a 20-digit 财政局 account in fours; its last 16 digits a domestic card's shape",
        _ACCOUNT,
    ),
    (
        "fb-fours-1",
        f"涉案订单号：2021 {' '.join(_U16[i : i + 4] for i in range(0, 16, 4))}，已移交处理。",
        "a 20-digit 订单号 in fours, its last 16 digits a UnionPay shape",
        _FOURS,
    ),
    (
        "fb-fours-2",
        f"受理编号：2021 {' '.join(_U16[i : i + 4] for i in range(0, 16, 4))}的申请已受理。",
        "a 20-digit 受理编号 in fours",
        _FOURS,
    ),
    (
        "fb-tld-1",
        "推进5G。AI应用在政务服务中落地。",
        "5G。AI: a sentence's end and an acronym",
        _TLD,
    ),
    (
        "fb-tld-2",
        "服务热线12345。IT运维由区大数据中心负责。",
        "12345。IT: a hotline ends one sentence, IT opens the next",
        _TLD,
    ),
    (
        "fb-ext-1",
        "四、联系方式\n1.采购人：某区政务服务管理局\n联系电话：010-86135512-8001\n"
        "2.采购代理机构：某招标代理有限公司\n联系电话：010-65123456",
        "a 中标公告's contacts: a landline 86… with an extension above item 2.",
        _EXT,
    ),
    (
        "fb-ext-2",
        "联系电话：010-86135512-8001\n2、采购代理机构：某招标代理有限公司",
        "the same above an item numbered 2、 (a list mark the docs name)",
        _EXT,
    ),
    ("fb-slogan-1", "保守国家秘密★维护国家安全", "a 保密宣传月 slogan, a star between", _SLOGAN),
    (
        "fb-slogan-2",
        "全区开展保密宣传月活动，主题为“守护国家秘密☆共筑安全防线”，发放资料3000份。",
        "the slogan quoted in a sentence, a white star",
        _SLOGAN,
    ),
    (
        "fb-cell-1",
        "全年定密情况如下：\n\n| 密级 | 件数 |\n|---|---|\n| 秘密 | 12 |\n| 机密 | 3 |",
        "a 定密 report's table of counts by level",
        _CELL,
    ),
    ("fb-no-1", "请凭No.13548126723到窗口领取。", "a bare No. after 凭", _NO),
    (
        "fb-juan-1",
        "请凭案卷号15048912632到档案馆查阅。",
        "a long 案卷号 (lower realism)",
        _JUAN,
    ),
    (
        "fb-spaced-1",
        "一至四季度各季度：142 1234 2555 1873。",
        "figures listed with spaces",
        _SPACED,
    ),
]


def build_table() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable("redteam81_blind_number_prose")
    focuses = list(TEMPLATES)
    count = 0
    for round_ in range(10):  # ten generated posts per slot: ~260 that must stay clean
        for focus in focuses:
            post = make_post(rng, focus)
            while known_false_block(post["title"] + "\n" + post["body"]):  # in the fb- cases
                post = make_post(rng, focus)
            note = (
                f"generated clean prose, focus slot {focus}; slots "
                + ", ".join(sorted({s for s, _ in post["slots"]}))
                + (" ; 不予公开 in prose warns (docs)" if post["rules"] else "")
            )
            table.cases.append(
                {
                    "id": f"clean-{focus}-{round_}",
                    "text": post["body"],
                    "expect": post["expect"],
                    **({"rule": post["rules"]} if post["rules"] else {}),
                    "note": note,
                    **(
                        {"title": post["title"]}
                        if post["title"] != "关于做好有关工作的通知"
                        else {}
                    ),
                }
            )
            count += 1
    for focus in focuses:  # two real items per slot, among that slot's look-alikes
        for n in range(2):
            post = make_post(rng, focus)
            while known_false_block(post["title"] + "\n" + post["body"]):
                post = make_post(rng, focus)
            kind = REAL_KINDS[(focuses.index(focus) * 2 + n) % len(REAL_KINDS)]
            sentence, rule, trick = real_item(rng, kind)
            body = sentence + post["body"] if kind == "mark" else post["body"] + sentence
            rules = sorted({rule, *post["rules"]})
            table.cases.append(
                {
                    "id": f"real-{focus}-{n}",
                    "text": body,
                    "expect": "block",
                    "rule": rules if len(rules) > 1 else rules[0],
                    "note": f"hidden real item: {trick}, among {focus} look-alikes",
                    **(
                        {"title": post["title"]}
                        if post["title"] != "关于做好有关工作的通知"
                        else {}
                    ),
                }
            )
    for id_, body, trick, xfail in FOUND:
        note = f"false block the sweep found: {trick}; must stay clean"
        if id_ in FIXED:
            table.cases.append(
                {"id": id_, "text": body, "expect": "clean", "note": f"{note}; {FIXED[id_]}"}
            )
            continue
        if xfail in FIXED_100:
            note += f"; fixed by fix 100 (was: {xfail})"
            table.cases.append({"id": id_, "text": body, "expect": "clean", "note": note})
            continue
        table.cases.append(
            {"id": id_, "text": body, "expect": "clean", "note": note, "xfail": xfail}
        )
    return table


# ----- the sweep ---------------------------------------------------------------------------


def sweep(count: int, out: Path) -> None:
    """``count`` generated posts through ``govpub.check``; blocks and warnings by rule and slot."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, str, str, str]] = Counter()
    samples: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for n in range(count):
        post = make_post(rng)
        result = check(Post(title=post["title"], body=post["body"]), policy)
        findings = result.findings
        found = {f.rule for f in findings}
        expected = set(post["rules"])
        severities = {f.severity for f in findings}
        verdict = "block" if "block" in severities else "warn" if "warn" in severities else "clean"
        verdicts[verdict] += 1
        if found == expected and verdict == post["expect"]:
            continue
        for f in findings:
            if f.rule in expected and f.severity == "warn":
                continue
            text = post["title"] if f.field == "title" else post["body"]
            slot = "prose"
            for name, value in post["slots"]:
                at = text.find(value)
                if f.offset is not None and at >= 0 and at <= f.offset < at + len(value) + 2:
                    slot = name
                    break
            window = text[max(0, (f.offset or 0) - 40) : (f.offset or 0) + 60]
            known = known_false_block(window) or known_false_block(text)
            key = (f.severity, f.rule, slot, PATTERN_NAMES.get(known, "NEW"))
            by_pattern[key] += 1
            if len(samples[key]) < 40:
                samples[key].append(
                    {
                        "n": n,
                        "field": f.field,
                        "excerpt": f.excerpt,
                        "offset": f.offset,
                        "title": post["title"],
                        "body": post["body"],
                    }
                )
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt81_sweep.json"))
        return
    table = build_table()
    header = (
        "red-team pass 81 (blind): generated government prose full of numbers; "
        "gen_redteam81.py regenerates it"
    )
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
