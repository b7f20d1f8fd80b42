"""Regenerate redteam77_blind_numeric_notices.yaml (red-team pass 77, written blind).

The false-finding sweep: long, real-looking government notices full of numbers and codes that
are not personal data — 政府采购 and 中标 notices (项目编号, budgets, the agency's 对公账户,
保证金, landlines, the agent's 统一社会信用代码), 统计公报 (GDP, population, growth rates, years in
a row), 财政预决算 tables (科目编码, amounts with commas), 不动产/土地 公示 (不动产单元号, 宗地编号,
coordinates), 药品/食品 抽检 (国药准字, 食品生产许可证, 批号, EAN-13), 交通 (VIN, 车牌, 驾驶证档案编号),
专利/商标, 出版物 (ISBN, ISSN, CN), 标准, 社保/医保 policies (12345, 12333, amounts) and 招聘
(岗位代码, 准考证号 ranges, 报名序号). Most posts must stay clean (or warn only as the docs say: a
link to a non-government site is ``link.other_host``); about a quarter hide one real item — a
citizen's mobile in a 联系人 line, an unmasked ID number in a 公示, a 内部资料 note, an ad link.

Written before the checker or any other family was read (issue 12, docs/compliance.md, the
corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam71.py`` only). Every
number with a check character of those standards comes from ``number_makers.py``; EAN-13, ISBN,
ISSN, patent and VIN check characters (no maker there) are computed below by their standards.
First run (96 posts: 72 clean or warn-only, 24 hiding an item): 2 failed, both the documented
decision on card-shaped 对公 accounts. A second slice (``s2-*``, 19 posts) was written after it,
still before any code under govpub/ was read; 3 of it failed (2 documented, 1 real). Fixed
seed; run from the repository root: python tests/compliance/corpus/gen_redteam77.py
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MOB, OTHER

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, chunks, grouped, id_number, luhn, org_code, uscc

SEED = 77

HIDDEN_RULES = {"mobile": (MOB, "block"), "id": (IDN, "block"), "internal": (INT, "block")}
HIDDEN_RULES["ad"] = (LS, "fixed")

PLACES = [
    ("临安区", "杭州市", "浙江省", "0571"),
    ("肥西县", "合肥市", "安徽省", "0551"),
    ("江宁区", "南京市", "江苏省", "025"),
    ("浏阳市", "长沙市", "湖南省", "0731"),
    ("顺义区", "北京市", "北京市", "010"),
    ("浦东新区", "上海市", "上海市", "021"),
    ("鄞州区", "宁波市", "浙江省", "0574"),
    ("武侯区", "成都市", "四川省", "028"),
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
BANKS = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "杭州银行"]

# ----- numbers -----------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _date_ok(yyyy: int, mm: int, dd: int) -> bool:
    return 1 <= mm <= 12 and 1 <= dd <= 31 and 1880 <= yyyy <= 2026


def _looks_like_id(run: str) -> bool:
    """Whether some 18 digits of ``run`` (digits only) form a checked ID number, or 15 a legacy."""
    for i in range(len(run) - 17):
        part = run[i : i + 18]
        checked = part[17] in "0123456789" and id_number(part[:17]) == part
        if checked and _date_ok(int(part[6:10]), int(part[10:12]), int(part[12:14])):
            return True
    return len(run) == 15 and _date_ok(1900 + int(run[6:8]), int(run[8:10]), int(run[10:12]))


def _passes_luhn(number: str) -> bool:
    return luhn(number[:-1]) == number


def account(rng: random.Random, length: int) -> str:
    """A 对公 account of ``length`` digits with no card network's prefix and no ID inside."""
    while True:
        number = rng.choice(["1202", "3301", "3105", "1001", "1204", "3320", "1903"])
        number += _digits(rng, length - 4)
        if not _looks_like_id(number) and not re.search(r"1[3-9]\d{9}", number):
            return number


def unionpay_account(rng: random.Random) -> str:
    """A 19-digit account starting 62 that passes Luhn (the brief's 对公 probe)."""
    while True:
        number = luhn("6228" + _digits(rng, 14))
        if not _looks_like_id(number) and not re.search(r"1[3-9]\d{9}", number):
            return number


def company_code(rng: random.Random, prefix: str = "91") -> str:
    """A 统一社会信用代码 with a real division and a valid embedded 组织机构代码."""
    body = rng.choice(["MA", "7", "6", "3"]) if prefix == "91" else ""
    alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    tail = "".join(
        rng.choice(alnum if body == "MA" else "0123456789") for _ in range(8 - len(body))
    )
    return uscc(prefix + rng.choice(DIVISIONS) + org_code(body + tail))


def digit_code(rng: random.Random, prefix: str) -> str:
    """An all-digit 统一社会信用代码 (51 社会团体, 52 民非, 53 基金会) that also passes Luhn."""
    while True:
        org = org_code(_digits(rng, 8))
        code = uscc(prefix + rng.choice(DIVISIONS) + org)
        if code.isdigit() and _passes_luhn(code):
            return code


def person_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1960, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + _digits(rng, 3))


def masked_id(rng: random.Random) -> str:
    number = person_id(rng)
    return number[:6] + "********" + number[-4:]


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + rng.choice("0123456789") + _digits(rng, 8)


def landline(rng: random.Random, area: str) -> str:
    size = 8 if len(area) == 3 else rng.choice([7, 8])
    return f"{area}-{rng.choice('2568')}{_digits(rng, size - 1)}"


def ean13(rng: random.Random) -> str:
    """A Chinese EAN-13 (690–699), check digit per GS1 (weights 1 and 3)."""
    body = "69" + rng.choice("0123456789") + _digits(rng, 9)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str(-total % 10)


def isbn13(rng: random.Random) -> str:
    """An ISBN-13 of the Chinese group (978-7), hyphenated, GS1 check digit."""
    publisher = rng.choice(["5097", "5213", "0100", "3025", "5130"])
    title = _digits(rng, 4)
    body = "9787" + publisher + title
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return f"978-7-{publisher}-{title}-{-total % 10}"


def issn(rng: random.Random) -> str:
    """An ISSN, check character mod 11 (weights 8…2, 10 written X)."""
    body = "1" + _digits(rng, 6)
    value = -sum(int(d) * w for d, w in zip(body, range(8, 1, -1), strict=True)) % 11
    return f"{body[:4]}-{body[4:]}{'X' if value == 10 else value}"


def patent(rng: random.Random, year: int) -> str:
    """A CNIPA application number ZL + 12 digits + '.' + check (mod 11, weights 2–9 cyclic)."""
    body = f"{year}{rng.choice('123')}{_digits(rng, 7)}"
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    value = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return f"ZL{body}.{'X' if value == 10 else value}"


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9})
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    """A 17-character VIN with its ISO 3779 (GB 16735) check character in position 9."""
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LBV"])
    vds = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    vis = rng.choice("NPRS") + rng.choice("0123456789ABC") + _digits(rng, 6)
    raw = wmi + vds + "0" + vis
    value = sum(_VIN_VALUES[c] * w for c, w in zip(raw, _VIN_WEIGHTS, strict=True)) % 11
    return raw[:8] + ("X" if value == 10 else str(value)) + raw[9:]


def plate(rng: random.Random) -> str:
    return (
        rng.choice("京沪浙苏皖湘川") + rng.choice("ABCDE") + rng.choice(["", "D"]) + _digits(rng, 5)
    )


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(["先生", "女士", "工", "老师"])


def money(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low, high):,}.{rng.choice(['00', '50', '36', '80'])}"


# ----- hidden items ------------------------------------------------------------------------

AD_LINKS = [
    "https://s.click.taobao.com/t?e=m%3D2%26s%3DqXk2",
    "https://u.jd.com/Ab3xYz9",
    "https://m.tb.cn/h.5abcdEF",
    "https://t.cn/A6xYz2Qk",
]


def contact_line(rng: random.Random, area: str, hide: str | None, label: str = "联系人") -> str:
    """A 联系人 line: a landline, or (hidden) a person's mobile."""
    who = person(rng)
    if hide == "mobile":
        return f"{label}：{who}，联系电话：{mobile(rng)}"
    return f"{label}：{who}，联系电话：{landline(rng, area)}"


def internal_note(rng: random.Random) -> str:
    return rng.choice(["【内部资料，注意保存】", "内部资料　请勿外传", "（内部资料　不得外传）"])


# ----- genres ------------------------------------------------------------------------------
# Each genre: (rng, variant, hide) -> (title, body, other_rules); ``hide`` is None or a kind of
# HIDDEN_RULES and the genre puts the item where such a post would carry it.


def procurement(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, province, area = PLACES[v % len(PLACES)]
    item = rng.choice(
        ["智慧校园设备采购", "道路保洁服务", "办公家具采购", "农村饮用水水质检测服务"]
    )
    item += rng.choice(["", "（二次）"])
    no = f"ZFCG-2026-{rng.randint(1, 999):04d}"
    budget = rng.randint(300_000, 9_800_000)
    agent = rng.choice(["浙江中诚", "安徽华信", "江苏建威", "湖南天和"]) + "工程咨询有限公司"
    agent_code = company_code(rng)
    other: set[str] = set()
    if v % 4 == 1:
        site = "https://www.zjzfcg-ebid.com/"
        where = f"{city}公共资源交易电子服务系统（{site}）"
        other.add(OTHER)
    else:
        where = f"{province}政府采购网（www.ccgp.gov.cn）"
    # the agency's 对公账户: plain, in fours, short, long, or (v 5) a 62… number passing Luhn
    length = [19, 19, 12, 22, 17, 19, 20, 16][v % 8]
    acct = unionpay_account(rng) if v == 5 else account(rng, length)
    if v in {1, 6}:
        acct = chunks(acct, 4, " ")
    ad = ""
    if hide == "ad":
        ad = f"投标人可在线购买电子签章CA锁：{rng.choice(AD_LINKS)}\n"
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    body = f"""{note}项目概况
{item}招标项目的潜在投标人应在{where}获取招标文件，并于2026年2月{rng.randint(10, 27)}日9:30（北京时间）前递交投标文件。

一、项目基本情况
项目编号：{no}
项目名称：{county}{item}项目
预算金额：{budget:,}.00元
最高限价：{budget - rng.randint(1, 9) * 10_000:,}.00元
采购需求：详见招标文件第三章。
合同履行期限：自合同签订之日起{rng.choice([90, 180, 365])}日历天。
本项目不接受联合体投标。

二、申请人的资格要求
1.满足《中华人民共和国政府采购法》第二十二条规定；
2.落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购，预留份额比例100%；
3.本项目的特定资格要求：无。

三、获取招标文件
时间：2026年1月{rng.randint(5, 9)}日至2026年1月{rng.randint(12, 16)}日，每天上午8:30至12:00，下午14:30至17:30（北京时间，法定节假日除外）
地点：{where}
方式：网上下载
售价：0元

四、投标保证金
保证金金额：{rng.randint(5, 80) * 1000:,}元
开户名称：{county}财政局
开户银行：{rng.choice(BANKS)}{county}支行
账号：{acct}
保证金须于投标截止时间前从投标人基本账户转出，以到账时间为准。
{ad}
五、对本次招标提出询问，请按以下方式联系
1.采购人信息
名称：{county}{rng.choice(["教育局", "综合行政执法局", "机关事务管理中心", "水利局"])}
地址：{county}{rng.choice(["人民路", "城中街", "文化大道"])}{rng.randint(1, 399)}号
联系方式：{landline(rng, area)}
2.采购代理机构信息
名称：{agent}
统一社会信用代码：{agent_code}
地址：{city}{rng.choice(["西湖区", "蜀山区", "建邺区", "岳麓区"])}{rng.choice(["天目山路", "长江西路", "江东中路"])}{rng.randint(1, 299)}号{rng.randint(2, 22)}楼
联系方式：{landline(rng, area)}
3.项目联系方式
{contact_line(rng, area, hide)}
"""
    return f"{county}{item}项目公开招标公告", body, other


def award(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, _province, area = PLACES[(v + 3) % len(PLACES)]
    kind = ["91", "52", "51", "53", "91", "52", "91", "12"][v % 8]
    what = {
        "91": ("信息化运维服务", "科技有限公司"),
        "52": ("社区居家养老服务", "社会工作服务中心"),
        "51": ("行业统计调查服务", "企业联合会"),
        "53": ("困境儿童关爱服务", "慈善基金会"),
        "12": ("地质灾害隐患排查", "地质勘查院"),
    }[kind]
    code = digit_code(rng, kind) if kind in {"51", "52", "53"} else company_code(rng, kind)
    supplier = f"{city}{rng.choice(['恒信', '同心', '阳光', '启明'])}{what[1]}"
    amount = rng.randint(200_000, 6_000_000)
    rows = "\n".join(
        f"| {i} | {name} | {spec} | {qty} | {money(rng, 800, 90_000)} |"
        for i, (name, spec, qty) in enumerate(
            [
                ("服务人员", "按需配置", f"{rng.randint(4, 30)}人"),
                ("服务期限", "12个月", "1项"),
                (
                    "设备维护",
                    rng.choice(["M4300", "X-2026A", "HC320"]),
                    f"{rng.randint(20, 200)}台",
                ),
            ],
            start=1,
        )
    )
    ad = f"成交供应商宣传册下载：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    spaced = chunks(code, 4, " ") if v == 5 else code
    body = f"""{note}一、项目编号：{county[:2].upper()}CG{2026}{rng.randint(1, 300):04d}（招标编号：HX-2026-{rng.randint(100, 999)}）
二、项目名称：{county}{what[0]}项目
三、中标（成交）信息
供应商名称：{supplier}
供应商地址：{city}{rng.choice(["解放路", "中山路", "建设路"])}{rng.randint(1, 500)}号
统一社会信用代码：{spaced}
中标（成交）金额：{amount:,}.00元（人民币{amount / 10000:.4f}万元）
四、主要标的信息
| 序号 | 名称 | 规格型号 | 数量 | 单价（元） |
|---|---|---|---|---|
{rows}
五、评审专家名单：{rng.choice(SURNAMES)}某某、{rng.choice(SURNAMES)}某某、{rng.choice(SURNAMES)}某某、{rng.choice(SURNAMES)}某某（采购人代表）
六、代理服务收费标准及金额：参照原国家计委计价格〔2002〕1980号文件标准收取，收费金额{rng.randint(3000, 40000):,}元。
七、公告期限：自本公告发布之日起1个工作日。
八、其他补充事项
中标候选人排序：第一名{supplier}，综合得分{rng.uniform(85, 96):.2f}分；第二名{city}{rng.choice(["华东", "中建", "众诚"])}{what[1]}，综合得分{rng.uniform(70, 85):.2f}分。
{ad}九、凡对本次公告内容提出询问，请按以下方式联系
采购人：{county}{rng.choice(["民政局", "住房和城乡建设局", "自然资源和规划局"])}，联系电话：{landline(rng, area)}
采购代理机构：{city}{rng.choice(["正信", "明华"])}招标代理有限公司，统一社会信用代码：{company_code(rng)}
{contact_line(rng, area, hide, "项目联系人")}
"""
    return f"{county}{what[0]}项目中标（成交）结果公告", body, set()


def statistics(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, _province, area = PLACES[(v + 1) % len(PLACES)]
    gdp = rng.randint(3_000_000, 90_000_000)
    years = " ".join(str(y) for y in range(2021, 2026))
    values = " ".join(f"{rng.uniform(300, 9000):.1f}" for _ in range(5))
    pop = rng.uniform(30, 400)
    births = rng.randint(2000, 40000)
    note = f"{internal_note(rng)}\n\n" if hide == "internal" else ""
    ad = f"\n扫码或点击 {rng.choice(AD_LINKS)} 领取统计年鉴电子版。\n" if hide == "ad" else ""
    table = "\n".join(
        f"| {label} | {unit} | {rng.uniform(10, 9000):.2f} | {rng.uniform(-3, 12):.1f} |"
        for label, unit in [
            ("地区生产总值", "亿元"),
            ("规模以上工业增加值", "亿元"),
            ("社会消费品零售总额", "亿元"),
            ("一般公共预算收入", "亿元"),
            ("城镇居民人均可支配收入", "元"),
        ]
    )
    tail = ""
    if v % 3 == 0:
        tail = (
            f"\n表2　{years}年常住人口（单位：人）\n"
            + " ".join(str(rng.randint(1_000_000, 9_999_999)) for _ in range(5))
            + "\n"
        )
    if v % 3 == 1:
        tail = (
            "\n| 指标 | 单位 | 2025年 |\n|---|---|---|\n"
            f"| 一般公共预算收入 | 元 | 1{rng.choice('3589')}{_digits(rng, 9)} |\n"
            f"| 税收收入 | 元 | {rng.randint(1_000_000_000, 9_999_999_999)} |\n"
        )
    hotline = "" if v % 2 else "\n统计咨询电话：12345（政务服务便民热线）、" + landline(rng, area)
    body = f"""{note}{city}{county}2025年国民经济和社会发展统计公报
{county}统计局　国家统计局{county}调查队
2026年3月{rng.randint(10, 28)}日

一、综合
初步核算，全年全区地区生产总值（GDP）{gdp}万元，按不变价格计算，比上年增长{rng.uniform(3, 8):.1f}%。其中，第一产业增加值{rng.randint(100_000, 900_000)}万元，增长{rng.uniform(1, 4):.1f}%；第二产业增加值{rng.randint(1_000_000, 9_000_000)}万元，增长{rng.uniform(3, 9):.1f}%；第三产业增加值{rng.randint(1_000_000, 9_000_000)}万元，增长{rng.uniform(3, 9):.1f}%。三次产业结构为{rng.randint(2, 9)}.{rng.randint(0, 9)}:{rng.randint(30, 45)}.{rng.randint(0, 9)}:{rng.randint(45, 60)}.{rng.randint(0, 9)}。

年末全区常住人口{pop:.2f}万人，比上年末增加{rng.uniform(0.1, 2):.2f}万人。全年出生人口{births}人，出生率{rng.uniform(4, 9):.2f}‰；死亡人口{rng.randint(2000, 30000)}人，死亡率{rng.uniform(5, 8):.2f}‰。城镇化率{rng.uniform(55, 80):.2f}%，比上年提高{rng.uniform(0.2, 1.5):.2f}个百分点。

图1　{years}年地区生产总值（单位：亿元）
{values}

表1　主要经济指标
| 指标 | 单位 | 绝对数 | 比上年增长（%） |
|---|---|---|---|
{table}
{tail}{ad}
注：1.本公报中部分数据为初步统计数，各项数据均未包括港澳台地区；2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算；3.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。{hotline}
"""
    if hide == "mobile":
        body += f"\n{contact_line(rng, area, hide, '数据解读联系人')}\n"
    return f"{city}{county}2025年国民经济和社会发展统计公报", body, set()


def budget(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, _city, _province, area = PLACES[(v + 5) % len(PLACES)]
    dept = rng.choice(["教育局", "卫生健康局", "农业农村局", "交通运输局"])
    items = [
        ("201", "一般公共服务支出"),
        ("20101", "人大事务"),
        ("2010101", "行政运行"),
        ("2010102", "一般行政管理事务"),
        ("205", "教育支出"),
        ("2050101", "行政运行"),
        ("2080501", "行政单位离退休"),
        ("2080505", "机关事业单位基本养老保险缴费支出"),
        ("2101101", "行政单位医疗"),
        ("2210201", "住房公积金"),
    ]
    if v % 2:
        unit = "元"
        lines = [
            f"| {code} | {name} | {rng.randint(100_000, 99_999_999)} | {rng.randint(100_000, 99_999_999)} |"
            for code, name in items
        ]
        if v == 3:  # a mobile-shaped figure under a 元 column
            lines[0] = (
                f"| 201 | 一般公共服务支出 | 1{rng.choice('3589')}{_digits(rng, 9)} | {rng.randint(10**9, 9 * 10**9)} |"
            )
        table = (
            "| 科目编码 | 科目名称 | 预算数（元） | 决算数（元） |\n|---|---|---|---|\n"
            + "\n".join(lines)
        )
    else:
        unit = "万元"
        table = (
            "单位：万元\n| 科目编码 | 科目名称 | 预算数 | 决算数 | 完成预算% |\n|---|---|---|---|---|\n"
            + "\n".join(
                f"| {code} | {name} | {money(rng, 10, 99_999)} | {money(rng, 10, 99_999)} | {rng.uniform(80, 120):.1f} |"
                for code, name in items
            )
        )
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"附件下载（网盘）：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    other: set[str] = set()
    if v == 4:
        ad += "财政预决算公开统一平台：https://czyjs.example-finance.com.cn/\n"
        other.add(OTHER)
    body = f"""{note}{county}{dept}2025年度部门决算公开
第一部分　部门概况
本部门共有预算单位{rng.randint(3, 40)}个，其中行政单位{rng.randint(1, 3)}个、事业单位{rng.randint(2, 37)}个。年末实有人员编制{rng.randint(60, 900)}人，在职实有人员{rng.randint(60, 900)}人，离退休人员{rng.randint(10, 300)}人。

第二部分　2025年度部门决算表
{table}

第三部分　2025年度部门决算情况说明
一、收入支出决算总体情况说明
2025年度收入总计{money(rng, 1_000, 99_999)}{unit}，支出总计{money(rng, 1_000, 99_999)}{unit}。与上年相比，收入、支出总计各增加{money(rng, 10, 999)}{unit}，增长{rng.uniform(1, 15):.2f}%。
二、“三公”经费支出决算情况说明
2025年度“三公”经费支出决算{money(rng, 1, 99)}万元，完成预算的{rng.uniform(60, 99):.2f}%。其中：因公出国（境）费0万元；公务用车购置及运行维护费{money(rng, 1, 50)}万元，年末公务用车保有量{rng.randint(2, 15)}辆；公务接待费{money(rng, 0, 5)}万元，国内公务接待{rng.randint(5, 60)}批次{rng.randint(30, 400)}人次。
三、政府采购支出情况说明
2025年度政府采购支出总额{money(rng, 100, 9_999)}万元，其中：政府采购货物支出{money(rng, 10, 999)}万元、工程支出{money(rng, 10, 999)}万元、服务支出{money(rng, 10, 999)}万元。授予中小企业合同金额{money(rng, 10, 999)}万元，占政府采购支出总额的{rng.uniform(60, 99):.2f}%。
{ad}
第四部分　名词解释
“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。

如对本部门决算有疑问，请与{county}{dept}计划财务科联系，{contact_line(rng, area, hide)}。
"""
    return f"{county}{dept}2025年度部门决算", body, other


def land(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, _province, area = PLACES[(v + 2) % len(PLACES)]
    division = rng.choice(DIVISIONS)
    rows = []
    hidden_row = rng.randint(0, 3)
    for i in range(4):
        unit_no = f"{division}{rng.randint(1, 20):03d}{rng.randint(1, 30):03d}GB{rng.randint(1, 99999):05d}F{rng.randint(1, 9999):04d}{rng.randint(1, 9999):04d}"
        ident = masked_id(rng)
        if hide == "id" and i == hidden_row:
            ident = person_id(rng)
        name = rng.choice(SURNAMES) + "某" + rng.choice(["某", "", "华", "明"])
        rows.append(
            f"| {i + 1} | {name} | {ident} | {county}{rng.choice(['城东', '城西', '新安'])}村{rng.randint(1, 30)}组{rng.randint(1, 99)}号 | {unit_no} | {rng.uniform(80, 400):.2f} |"
        )
    points = "\n".join(
        f"| J{i} | {rng.uniform(3_300_000, 3_400_000):.3f} | 39{rng.randint(400_000, 599_999)}.{rng.randint(10, 99)} |"
        for i in range(1, 6)
    )
    parcel = (
        f"{division}{rng.randint(1, 20):03d}{rng.randint(1, 30):03d}GB{rng.randint(1, 99999):05d}"
    )
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"更多房源信息：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    body = f"""{note}经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，现予公告。如有异议，请自本公告之日起十五个工作日内（2026年1月{rng.randint(5, 9)}日至2026年1月{rng.randint(23, 28)}日）将异议书面材料送达我机构。逾期无人提出异议或者异议不成立的，我机构将予以登记。

| 序号 | 权利人 | 身份证明号码 | 不动产坐落 | 不动产单元号 | 面积（㎡） |
|---|---|---|---|---|---|
{chr(10).join(rows)}

宗地编号：{parcel}，宗地面积{rng.uniform(500, 9000):.2f}平方米，土地用途：农村宅基地。
国有建设用地使用权证号：{county[:1]}国用（{rng.randint(2005, 2016)}）第{rng.randint(1, 9999):06d}号
界址点坐标（2000国家大地坐标系，3度带第39带）：
| 点号 | X（m） | Y（m） |
|---|---|---|
{points}
{ad}
异议书面材料送达地址：{city}{county}{rng.choice(["行政服务中心", "自然资源和规划局"])}二楼不动产登记窗口，邮编{rng.randint(100000, 599999)}。
联系电话：{landline(rng, area)}
{contact_line(rng, area, hide) if hide == "mobile" else ""}
{city}{county}不动产登记中心
2026年1月{rng.randint(5, 9)}日
"""
    return f"{county}不动产首次登记公告（2026年第{rng.randint(1, 30)}号）", body, set()


def food_drug(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, province, area = PLACES[(v + 4) % len(PLACES)]
    rows = []
    for i in range(1, 5):
        sc = f"SC{rng.choice(['106', '107', '113', '122'])}{division_digits(rng)}{rng.randint(1, 9999):04d}"
        batch = f"{rng.choice(['', 'B', 'C'])}{rng.randint(20250101, 20251130)}"
        rows.append(
            f"| {i} | {city}{rng.choice(['绿源', '康达', '禾丰', '金穗'])}食品有限公司 | {sc} | {rng.choice(['纯牛奶', '挂面', '酱油', '饼干'])} | {rng.choice(['250mL/盒', '500g/袋', '1L/瓶'])} | {batch} | {ean13(rng)} | 合格 |"
        )
    drug = f"国药准字H{rng.randint(1990, 2025)}{rng.randint(1, 9999):04d}"
    drug2 = f"国药准字Z{rng.randint(1990, 2025)}{rng.randint(1, 9999):04d}"
    ad = f"\n同款产品购买链接：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    other: set[str] = set()
    query = "国家市场监督管理总局食品安全抽检公布结果查询系统（https://spcjsac.gsxt.gov.cn/）"
    if v % 4 == 2:
        query = "中国食品安全网（https://www.cfsn.cn/）"
        other.add(OTHER)
    body = f"""{note}近期，{county}市场监督管理局组织抽检食品、药品样品{rng.randint(60, 400)}批次，其中合格{rng.randint(60, 400)}批次。现将部分抽检结果公告如下：

一、食品抽检情况
| 序号 | 标称生产企业 | 食品生产许可证编号 | 食品名称 | 规格型号 | 生产日期/批号 | 商品条码 | 检验结论 |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

二、药品抽检情况
本次抽检药品{rng.randint(10, 60)}批次，涉及{drug}（{rng.choice(["阿莫西林胶囊", "布洛芬缓释胶囊", "盐酸二甲双胍片"])}，批号{rng.randint(2401001, 2512999)}，有效期至2027年{rng.randint(1, 12):02d}月）、{drug2}（{rng.choice(["板蓝根颗粒", "连花清瘟胶囊"])}，批号{rng.randint(240101, 251231)}）等品种，检验结果均符合规定。
药品经营许可证编号：{province[:1]}AA{rng.randint(5710000, 5719999)}；医疗器械注册证编号：{province[:1]}械注准{rng.randint(2019, 2025)}2{rng.randint(10000, 99999)}。

三、相关要求
对抽检中发现的不合格食品，{county}市场监督管理局已责令相关经营者立即采取下架、召回等措施，依法予以查处。消费者可登录{query}查询抽检信息。
{ad}
消费者如发现不合格食品，请拨打投诉举报电话12315或12345进行投诉举报。
{contact_line(rng, area, hide, "联系人")}
{county}市场监督管理局
2026年1月{rng.randint(5, 28)}日
"""
    return (
        f"{county}市场监督管理局关于2026年第{rng.randint(1, 12)}期食品药品抽检信息的公告",
        body,
        other,
    )


def division_digits(rng: random.Random) -> str:
    return rng.choice(DIVISIONS)[:4] + f"{rng.randint(1, 20):02d}"


def traffic(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, _province, area = PLACES[(v + 6) % len(PLACES)]
    if v % 2 == 0:
        rows = []
        hidden_row = rng.randint(0, 3)
        for i in range(4):
            ident = masked_id(rng)
            if hide == "id" and i == hidden_row:
                ident = person_id(rng)
            rows.append(
                f"| {i + 1} | {rng.choice(SURNAMES)}某{rng.choice(['', '某', '强'])} | {ident} | {rng.choice(['31', '33', '34', '32'])}{_digits(rng, 10)} | {rng.choice(['C1', 'C2', 'B2', 'A2'])} | {rng.choice(['超过有效期一年以上未换证', '一个记分周期末记分满12分逾期未接受教育', '身体条件不适合驾驶机动车'])} |"
            )
        table = (
            "| 序号 | 姓名 | 身份证明号码 | 驾驶证档案编号 | 准驾车型 | 注销原因 |\n|---|---|---|---|---|---|\n"
            + "\n".join(rows)
        )
        head = f"根据《机动车驾驶证申领和使用规定》第七十四条规定，下列驾驶人的机动车驾驶证已被{city}公安局交通警察支队注销，现予公告，其驾驶证作废，不得驾驶机动车。"
        title = f"{city}公安局交通警察支队关于注销机动车驾驶证的公告"
    else:
        rows = [
            f"| {i} | {plate(rng)} | {vin(rng)} | {rng.choice(['小型轿车', '小型普通客车', '轻型厢式货车', '二轮摩托车'])} | {rng.choice(['大众', '别克', '五菱', '雅迪'])} | {rng.randint(2008, 2020)}年{rng.randint(1, 12)}月 |"
            for i in range(1, 6)
        ]
        table = (
            "| 序号 | 号牌号码 | 车辆识别代号 | 车辆类型 | 品牌 | 初次登记日期 |\n|---|---|---|---|---|---|\n"
            + "\n".join(rows)
        )
        head = f"下列机动车因交通违法或交通事故被依法扣留，逾期未处理。根据《道路交通安全违法行为处理程序规定》，请机动车所有人或管理人自公告之日起三十日内，携带机动车行驶证、号牌号码为{plate(rng)}等车辆的相关证明到{county}交警大队停车场接受处理。"
        title = f"{county}交警大队关于逾期未处理扣留机动车的公告"
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"\n车主可通过以下链接预约拖车服务：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    body = f"""{note}{head}

{table}
{ad}
特此公告。
办理地点：{county}{rng.choice(["车管所", "交警大队事故处理中队"])}（{county}{rng.choice(["迎宾大道", "工业路"])}{rng.randint(1, 300)}号），办理时间：工作日上午9:00—12:00，下午13:30—17:00。
咨询电话：{landline(rng, area)}；监督电话：12345、12389。也可登录交通安全综合服务管理平台（https://{rng.choice(["zj", "ah", "js", "hn"])}.122.gov.cn）或“交管12123”APP查询。
{contact_line(rng, area, hide, "经办民警") if hide == "mobile" else ""}
"""
    return title, body, set()


def patents(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, _province, area = PLACES[(v + 7) % len(PLACES)]
    rows = "\n".join(
        f"| {i} | {patent(rng, rng.choice([2021, 2022, 2023]))} | {rng.choice(['一种智能灌溉控制装置', '一种锂电池极片涂布方法', '一种桥梁检测机器人', '一种茶叶揉捻机'])} | {city}{rng.choice(['鼎新', '创维', '中科'])}科技有限公司 | {rng.choice(['发明', '实用新型'])} | {rng.randint(1, 50)}万元 |"
        for i in range(1, 5)
    )
    marks = "\n".join(
        f"| {i} | {rng.randint(10_000_000, 79_999_999)} | 第{rng.randint(1, 45)}类 | {city}{rng.choice(['山茶', '竹乡', '湖畔'])}农业开发有限公司 | {company_code(rng)} |"
        for i in range(1, 4)
    )
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"\n专利代办优惠：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    body = f"""{note}根据《{city}知识产权资助管理办法》，经企业申报、{county}市场监督管理局（知识产权局）审核，拟对以下专利、商标项目予以资助，现予公示。

一、专利资助项目
| 序号 | 专利号 | 专利名称 | 专利权人 | 类型 | 资助金额 |
|---|---|---|---|---|---|
{rows}

二、商标资助项目（地理标志证明商标、驰名商标）
| 序号 | 注册号 | 国际分类 | 注册人 | 统一社会信用代码 |
|---|---|---|---|---|
{marks}

专利法律状态可在中国及多国专利审查信息查询系统（https://cpquery.cponline.cnipa.gov.cn）查询，商标信息可在中国商标网（https://sbj.cnipa.gov.cn）查询。
公示期：2026年1月{rng.randint(5, 9)}日至2026年1月{rng.randint(14, 19)}日（5个工作日）。
{ad}公示期内如有异议，请以书面形式向{county}市场监督管理局（知识产权局）反映，{contact_line(rng, area, hide)}。
"""
    return f"{county}2025年度知识产权资助项目公示", body, set()


def publications(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, province, area = PLACES[(v + 1) % len(PLACES)]
    books = "\n".join(
        f"| {i} | 《{rng.choice(['乡村振兴的临安实践', '基层治理案例选编', '家风家训读本', '非遗手工技艺图谱'])}》 | {isbn13(rng)} | {rng.choice(['浙江人民出版社', '安徽教育出版社', '江苏凤凰科学技术出版社'])} | {rng.randint(2023, 2025)}年{rng.randint(1, 12)}月 | {rng.randint(28, 98)}.00元 |"
        for i in range(1, 4)
    )
    journals = "\n".join(
        f"| {i} | 《{name}》 | CN {cn}-{rng.randint(1000, 1999)}/{rng.choice('GDNRC')} | ISSN {issn(rng)} | {rng.choice(['月刊', '双月刊', '季刊'])} | 合格 |"
        for i, (name, cn) in enumerate(
            [
                ("基层治理研究", rng.choice(["33", "34", "32"])),
                ("农业科技通讯", rng.choice(["11", "43"])),
                ("城市规划与设计", "31"),
            ],
            start=1,
        )
    )
    permit = f"（{province[:1]}）字第{rng.choice('ABCDEFG')}{rng.randint(100, 999)}号"
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"\n优惠订阅：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    internal_pub = ""
    if v % 2 == 0:
        internal_pub = f"""
三、内部资料性出版物准印证核验
《{county}工作通讯》（内部资料性出版物，准印证号：{permit}）按照《内部资料性出版物管理规定》完成年度核验，准予继续编印，印数{rng.randint(500, 3000)}册/期，免费交流。
"""
    body = f"""{note}根据《出版管理条例》《期刊出版管理规定》，{city}新闻出版局完成2025年度出版物质量检查和期刊年度核验工作，现将结果公布如下。

一、2025年度优秀地方图书
| 序号 | 书名 | ISBN | 出版社 | 出版时间 | 定价 |
|---|---|---|---|---|---|
{books}

二、期刊年度核验结果
| 序号 | 刊名 | 国内统一连续出版物号 | 国际标准连续出版物号 | 刊期 | 核验结果 |
|---|---|---|---|---|---|
{journals}
{internal_pub}{ad}
出版物质量问题举报电话：{landline(rng, area)}，全国“扫黄打非”举报电话12390。
{contact_line(rng, area, hide) if hide == "mobile" else ""}
"""
    return f"{city}2025年度出版物质量检查和期刊核验结果公告", body, set()


def standards(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    _county, _city, province, area = PLACES[(v + 3) % len(PLACES)]
    code = rng.choice(["33", "34", "32", "43", "11", "31"])
    rows = "\n".join(
        f"| {i} | DB{code}/T {rng.randint(1000, 4999)}-2026 | {name} | {rng.choice(['GB/T 1.1-2020', 'GB/T 9704-2012', 'GB/T 19001-2016'])} | ICS {rng.choice(['03.080', '13.020.01', '65.020.20', '91.140.10'])} | CCS {rng.choice('ABCP')} {rng.randint(10, 99)} |"
        for i, name in enumerate(
            [
                "政务服务事项办理规范",
                "农村生活污水处理设施运维规范",
                "公共机构节能管理规范",
                "老年助餐服务规范",
            ],
            start=1,
        )
    )
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"\n标准文本购买：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    other: set[str] = set()
    site = f"{province}地方标准信息服务平台（http://dbba.sacinfo.org.cn）"
    if v % 3 == 0:
        other.add(OTHER)
    else:
        site = "全国标准信息公共服务平台（https://std.samr.gov.cn）"
    body = f"""{note}根据《中华人民共和国标准化法》《地方标准管理办法》（国家市场监督管理总局令第26号），{province}市场监督管理局批准发布以下{province}地方标准，现予公告。

| 序号 | 标准编号 | 标准名称 | 编写依据 | ICS分类号 | CCS分类号 |
|---|---|---|---|---|---|
{rows}

以上标准自2026年{rng.randint(2, 6)}月1日起实施，代替DB{code}/T {rng.randint(500, 999)}-2019。标准文本可在{site}免费查阅。
本批标准按GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》起草，公文格式参照GB/T 9704-2012《党政机关公文格式》执行，引用GB 2760-2024、GB 7718-2025等强制性国家标准的条款。
{ad}
标准归口单位：{province}{rng.choice(["政务服务", "生态环境", "机关事务"])}标准化技术委员会（秘书处统一社会信用代码：{company_code(rng, "12")}）
{contact_line(rng, area, hide, "技术咨询联系人")}
{province}市场监督管理局
2026年1月{rng.randint(5, 28)}日
"""
    return (
        f"{province}市场监督管理局关于批准发布《政务服务事项办理规范》等4项地方标准的公告",
        body,
        other,
    )


def insurance(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, city, _province, area = PLACES[(v + 5) % len(PLACES)]
    threshold = rng.choice([600, 800, 1000, 1200])
    acct_len = [19, 20, 17, 21, 19, 16, 22, 19][v % 8]
    acct = unionpay_account(rng) if v == 6 else account(rng, acct_len)
    if v == 2:
        acct = chunks(acct, 4, " ")
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"\n参保缴费小程序入口：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    body = f"""{note}为做好{city}2026年度城乡居民基本医疗保险参保缴费工作，根据《{city}城乡居民基本医疗保险办法》，现将有关事项通知如下。

一、缴费标准
2026年度城乡居民医保个人缴费标准为每人每年{rng.choice([380, 400, 420])}元，各级财政补助标准为每人每年不低于{rng.choice([670, 700])}元。

二、待遇标准
1.普通门诊：一级及以下定点医疗机构起付标准{rng.choice([100, 200])}元，支付比例{rng.choice([55, 60])}%，年度最高支付限额{rng.choice([1500, 2000])}元。
2.住院：统筹基金起付线{threshold:,}元（三级医院），政策范围内支付比例{rng.choice([60, 65, 70])}%，年度最高支付限额{rng.choice([30, 40])}万元；大病保险起付线{rng.choice([15000, 18000])}元，分段按{rng.choice([60, 65])}%—{rng.choice([70, 80])}%支付。
3.生育医疗费用：顺产定额{rng.choice([1200, 1500])}元，剖宫产定额{rng.choice([2000, 2500])}元。

三、缴费期和缴费方式
集中缴费期为2025年9月1日至12月31日。参保人员可通过“浙里办”APP、{rng.choice(BANKS)}网点或税务部门办税服务厅缴费。单位代缴的，请汇入以下账户：
户名：{city}医疗保障局
开户行：{rng.choice(BANKS)}{city}分行营业部
账号：{acct}
行号：{rng.choice(["102", "103", "104", "105"])}{_digits(rng, 9)}

四、咨询服务
政策咨询：12345政务服务便民热线、12393医保服务热线；社会保险咨询：12333；
{county}医疗保障局服务窗口：{landline(rng, area)}；
{contact_line(rng, area, hide, "经办人") if hide == "mobile" else ""}
{ad}
{city}医疗保障局　国家税务总局{city}税务局
2025年8月{rng.randint(10, 28)}日
"""
    return f"关于做好{city}2026年度城乡居民基本医疗保险参保缴费工作的通知", body, set()


def recruiting(rng: random.Random, v: int, hide: str | None) -> tuple[str, str, set[str]]:
    county, _city, _province, area = PLACES[(v + 2) % len(PLACES)]
    start = rng.randint(1010101, 1010180)
    codes = [f"2026{rng.randint(1, 12):02d}{rng.randint(1, 30):02d}" for _ in range(3)]
    if v % 2 == 0:
        rows = []
        hidden_row = rng.randint(0, 4)
        for i in range(5):
            ident = masked_id(rng)
            if hide == "id" and i == hidden_row:
                ident = person_id(rng)
            rows.append(
                f"| {codes[i % 3]} | {rng.choice(['综合管理', '财务会计', '信息技术'])} | {rng.choice(SURNAMES)}某{rng.choice(['', '某', '婷', '杰'])} | {rng.choice(['男', '女'])} | {ident} | {start + i * rng.randint(1, 4)} | {rng.uniform(60, 90):.2f} | {rng.uniform(70, 92):.2f} |"
            )
        table = (
            "| 岗位代码 | 岗位名称 | 姓名 | 性别 | 身份证号 | 准考证号 | 笔试成绩 | 面试成绩 |\n|---|---|---|---|---|---|---|---|\n"
            + "\n".join(rows)
        )
        head = f"根据《{county}2026年公开招聘事业单位工作人员公告》，经笔试、面试、体检和考察，现将拟聘用人员名单予以公示。"
        title = f"{county}2026年公开招聘事业单位工作人员拟聘用人员公示"
    else:
        table = f"""| 岗位代码 | 招聘单位 | 岗位名称 | 人数 | 学历要求 | 专业要求 |
|---|---|---|---|---|---|
| {codes[0]} | {county}政务服务中心 | 综合管理 | 2 | 本科及以上 | 汉语言文学、行政管理 |
| {codes[1]} | {county}融媒体中心 | 新闻采编 | 1 | 本科及以上 | 新闻学、传播学 |
| {codes[2]} | {county}疾病预防控制中心 | 公共卫生 | 3 | 本科及以上 | 预防医学 |

笔试准考证号为{start}至{start + 29}的考生在第一考场，{start + 30}至{start + 59}的考生在第二考场。报名序号以“2026”开头，如20260{rng.randint(10000, 99999)}，请妥善保管，报名序号：2026{_digits(rng, 7)}。"""
        head = f"经研究，{county}部分事业单位面向社会公开招聘工作人员{rng.randint(10, 60)}名。报名时间：2026年2月{rng.randint(1, 9)}日9:00至2月{rng.randint(12, 16)}日17:00。"
        title = f"{county}2026年部分事业单位公开招聘工作人员公告"
    note = f"{internal_note(rng)}\n" if hide == "internal" else ""
    ad = f"\n考试辅导资料：{rng.choice(AD_LINKS)}\n" if hide == "ad" else ""
    body = f"""{note}{head}

{table}
{ad}
公示时间：2026年3月{rng.randint(1, 9)}日至3月{rng.randint(12, 16)}日（7个工作日）。公示期间，如对公示对象有异议，请以书面或电话形式向{county}人力资源和社会保障局反映。反映情况应当实事求是，并提供必要的调查线索。
咨询电话：{landline(rng, area)}；监督电话：{landline(rng, area)}；人社服务热线：12333。
{contact_line(rng, area, hide, "招聘工作联系人") if hide == "mobile" else ""}
{county}人力资源和社会保障局
2026年3月{rng.randint(1, 9)}日
"""
    return title, body, set()


GENRES: dict[str, Callable[[random.Random, int, str | None], tuple[str, str, set[str]]]] = {
    "procurement": procurement,
    "award": award,
    "statistics": statistics,
    "budget": budget,
    "land": land,
    "food-drug": food_drug,
    "traffic": traffic,
    "patents": patents,
    "publications": publications,
    "standards": standards,
    "insurance": insurance,
    "recruiting": recruiting,
}
# Which variants hide an item (about a quarter of the posts); id numbers only where a 公示 lists
# people (land, traffic's 驾驶证 list, recruiting's 拟聘用 list).
HIDDEN: dict[tuple[str, int], str] = {
    ("procurement", 2): "mobile",
    ("procurement", 7): "ad",
    ("award", 3): "mobile",
    ("award", 6): "internal",
    ("statistics", 2): "internal",
    ("statistics", 7): "ad",
    ("budget", 2): "mobile",
    ("budget", 5): "internal",
    ("land", 1): "id",
    ("land", 6): "ad",
    ("food-drug", 3): "ad",
    ("food-drug", 5): "mobile",
    ("traffic", 0): "id",
    ("traffic", 5): "internal",
    ("patents", 1): "mobile",
    ("patents", 4): "ad",
    ("publications", 3): "internal",
    ("publications", 6): "mobile",
    ("standards", 2): "mobile",
    ("standards", 5): "ad",
    ("insurance", 3): "mobile",
    ("insurance", 7): "internal",
    ("recruiting", 2): "id",
    ("recruiting", 5): "mobile",
}
VARIANTS = 8

# Triage of the failures (strict xfails): (c) documented decisions, (d) real false findings.
_CARD_SHAPED_ACCOUNT = (
    "documented (docs/compliance.md, 对公 accounts): a card-shaped number (62, 16–19 digits, "
    "Luhn) blocks whatever the label says — a card is a person's; an agency's account published "
    "on purpose goes in the policy's public_numbers. The brief expected clean"
)
XFAIL = {
    "procurement-5": _CARD_SHAPED_ACCOUNT,
    "insurance-6": _CARD_SHAPED_ACCOUNT,
    "s2-project-id-valid": (
        "documented (docs/compliance.md): an 18-digit number passing the GB 11643 check is an ID "
        "number whatever its label says (项目编号：310104202412310101 blocks, by decision)"
    ),
}

NOTES = {
    "procurement": "招标公告: 项目编号, budgets, the 财政局's 对公账户 ({acct}), 保证金, landlines, the agent's USCC",
    "award": "中标结果: supplier USCC ({kind}), 成交金额, a price table, expert names, fees",
    "statistics": "统计公报: GDP in 万元, population, rates, years in a row and a row of figures",
    "budget": "决算: 科目编码 2010101…, amounts with commas or whole 元 figures in a 元 column",
    "land": "不动产公示: 28-character 不动产单元号, 宗地编号, masked ID numbers, coordinates",
    "food-drug": "抽检公告: SC 许可证号, 批号, EAN-13 条码, 国药准字, 械注准",
    "traffic": "交通公告: masked IDs with 12-digit 驾驶证档案编号, or plates and VINs",
    "patents": "知识产权公示: ZL numbers with check, 商标注册号, USCC",
    "publications": "出版物公告: ISBN, CN/ISSN, 内部资料性出版物 准印证 (a publication kind, not a marking)",
    "standards": "标准公告: DB33/T 1234-2026, GB/T 9704-2012, ICS and CCS codes",
    "insurance": "医保通知: 12345, 12393, 12333, 统筹 amounts, the 医保局's 对公账户 ({acct}), 行号",
    "recruiting": "招聘: 岗位代码 2026xxxx, 准考证号 ranges, 报名序号, masked IDs",
}
HIDE_NOTES = {
    "mobile": "hidden: a person's mobile in the 联系人 line (landlines elsewhere are fine)",
    "id": "hidden: one unmasked ID number among the masked ones of the 公示",
    "internal": "hidden: a 内部资料 note heading the post",
    "ad": "hidden: an ad or short link, stripped",
}


def _acct_desc(genre: str, v: int) -> str:
    if (genre, v) in {("procurement", 5), ("insurance", 6)}:
        return "a 62… account of 19 digits passing Luhn, held by a 局"
    return "no card network's prefix"


def main() -> None:
    table = CaseTable("redteam77_blind_numeric_notices")
    for genre, make in GENRES.items():
        for v in range(VARIANTS):
            hide = HIDDEN.get((genre, v))
            rng = random.Random(f"{SEED}:{genre}:{v}")
            title, body, other = make(rng, v, hide)
            body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
            assert 300 <= len(body) <= 2000, (genre, v, len(body))
            rules = set(other)
            verdict = "warn" if other else "clean"
            if hide:
                rule, severity = HIDDEN_RULES[hide]
                rules.add(rule)
                verdict = severity if severity == "block" or not other else "warn"
            note = NOTES[genre].format(acct=_acct_desc(genre, v), kind=_kind(genre, v))
            if OTHER in rules:
                note += "; a link to a non-government site warns (link.other_host)"
            if hide:
                note += "; " + HIDE_NOTES[hide]
            rule_value: object = None
            if rules:
                rule_value = sorted(rules) if len(rules) > 1 else next(iter(rules))
            id_ = f"{genre}-{v}"
            table.case(id_, body, verdict, rule_value, note, xfail=XFAIL.get(id_))
            table.cases[-1]["title"] = title
    second_slice(table)
    header = "red-team pass 77 (blind): numeric government notices; gen_redteam77.py regenerates it"
    table.write(__file__, header, width=1000)


# ----- second slice ------------------------------------------------------------------------
# Written after the first run (2 of 96 failed, both the documented 62… account decision) and
# still before any code under govpub/ was read: harder look-alikes of the same genres, numbers
# whose shape is a card's, a mobile's or a legacy ID number's by chance.

_PAD = (
    "请各有关单位和个人认真核对，如有疑问，请在公示期内以书面形式反映，反映时须署真实姓名并提供"
    "联系方式和必要的证明材料。本公告同时在{county}人民政府门户网站和{county}公共资源交易中心"
    "网站发布，以网站发布的内容为准。对反映的问题，我们将认真调查核实，并按照有关规定及时处理和"
    "答复；对捏造事实、恶意中伤的，将依法依规追究责任。特此公告。"
)


def _ean_luhn(rng: random.Random, prefix: str) -> str:
    """An EAN-13 (GS1 check) that by chance also passes Luhn: a 13-digit Visa's shape from 4."""
    while True:
        body = prefix + _digits(rng, 12 - len(prefix))
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        code = body + str(-total % 10)
        if _passes_luhn(code):
            return code


def _luhn_with(rng: random.Random, prefix: str, length: int) -> str:
    while True:
        number = luhn(prefix + _digits(rng, length - len(prefix) - 1))
        if not _looks_like_id(number) and not re.search(r"1[3-9]\d{9}", number):
            return number


def _legacy_shaped(rng: random.Random, division: str) -> str:
    """A 15-digit 准考证号: the exam's division, 25 (the year), 0m, dd, a seat — born 1925."""
    return f"{division}250{rng.randint(1, 9)}{rng.randint(10, 28)}{_digits(rng, 3)}"


def second_slice(table: CaseTable) -> None:
    """The harder look-alikes (s2-*), and two hidden items written as real posts write them."""
    rng = random.Random(f"{SEED}:slice2")
    county, city, _province, area = PLACES[0]
    pad = _PAD.format(county=county)

    def add(  # noqa: PLR0917 - one row of the table
        id_: str, title: str, body: str, expect: str, rule: object, note: str
    ) -> None:
        body = body.strip() + "\n" + pad + "\n"
        if len(body) < 300:  # a short notice carries the office's signature block too
            body += f"{county}人民政府办公室\n2026年1月{rng.randint(5, 28)}日\n" + pad + "\n"
        assert 300 <= len(body) <= 2000, (id_, len(body))
        table.case(
            f"s2-{id_}", body, expect, rule, "slice 2: " + note, xfail=XFAIL.get(f"s2-{id_}")
        )
        table.cases[-1]["title"] = title

    division = "330185"
    bad = id_number(f"{division}20260115001")
    wrong = bad[:17] + ("0" if bad[17] == "X" else str((int(bad[17]) + 1) % 10))
    valid = id_number(f"{division}20260116002")
    for name, number, why in [
        ("project-id-shape", wrong, "fails the GB 11643 check: no ID number"),
        ("project-id-valid", valid, "passes the ID check by chance (1 in 11), dated 2026"),
    ]:
        add(
            name,
            f"{county}政府采购意向公开",
            f"""项目编号：{number}
采购项目名称：{county}乡村道路养护服务项目
采购需求概况：对全区{rng.randint(100, 300)}公里乡村道路开展日常养护、保洁和小修。
预算金额：{rng.randint(100, 900)}万元
预计采购时间：2026年{rng.randint(2, 6)}月
采购单位：{county}交通运输局，联系电话：{landline(rng, area)}
本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。""",
            "clean",
            None,
            f"an 18-digit 项目编号 built as 区划代码 + 2026 date + 序号 that {why}",
        )
    eans = [_ean_luhn(rng, "40"), _ean_luhn(rng, "42"), ean13(rng)]
    rows = "\n".join(
        f"| {i} | {name} | {origin} | {code} | 合格 |"
        for i, (name, origin, code) in enumerate(
            zip(["榛子巧克力", "黄油曲奇", "纯牛奶"], ["德国", "德国", "中国"], eans, strict=True),
            start=1,
        )
    )
    add(
        "ean-visa13-column",
        f"{county}市场监督管理局进口食品抽检结果公告",
        f"""本次抽检进口预包装食品{rng.randint(20, 60)}批次，结果如下：
| 序号 | 食品名称 | 原产国 | 商品条码 | 检验结论 |
|---|---|---|---|---|
{rows}""",
        "clean",
        None,
        "German EAN-13 barcodes (40…, 42…) that happen to pass Luhn: a 13-digit Visa's shape "
        "under a 商品条码 column",
    )
    add(
        "ean-visa13-prose",
        f"{county}关于下架召回问题批次进口饼干的通告",
        f"""经抽检，标称德国某公司生产的黄油曲奇（规格：200克/盒，商品条码{eans[1]}，批号L2507A）菌落总数项目不符合食品安全国家标准规定。请各经营者立即停止销售该批次产品，并按规定下架、召回。消费者已购买的，可凭购物凭证到购买地退货。""",
        "clean",
        None,
        "an EAN-13 from 42 passing Luhn after 商品条码 in prose",
    )
    gansu = f"620102{_digits(rng, 14)}"
    add(
        "gansu-fee-code-20",
        "兰州市城关区非税收入缴款指南",
        f"""缴款人可持《非税收入一般缴款书》到代理银行网点缴款，也可通过手机银行扫码缴纳。
缴款码：{gansu}
执收单位编码：{rng.randint(100000, 999999)}
项目编码：{rng.randint(10000000, 99999999)}
金额：{money(rng, 100, 9000)}元""",
        "clean",
        None,
        "a 20-digit 非税 缴款码 starting with 甘肃's 62 (no card has 20 digits)",
    )
    guarantee = _luhn_with(rng, "6226", 16)
    add(
        "guarantee-62-16",
        f"{county}公共资源交易中心关于电子保函验真的说明",
        f"""投标人以电子保函方式提交投标保证金的，交易系统自动验真。以{county}乡村道路养护服务项目为例：
保函编号：{guarantee}
担保人：{city}某融资担保有限公司
担保金额：{rng.randint(1, 9) * 10000:,}元
保函有效期：自开标之日起90日。""",
        "clean",
        None,
        "a 16-digit 保函编号 starting 6226 that passes Luhn: a serial after its own label",
    )
    legacy = [_legacy_shaped(rng, "330185") for _ in range(2)]
    add(
        "exam-number-legacy-range",
        f"{county}2026年公开招聘笔试考场安排",
        f"""笔试时间：2026年3月{rng.randint(1, 9)}日9:00—11:30。
准考证号{legacy[0]}至{legacy[1]}的考生在{county}中学第一考场，凭准考证和有效身份证件入场。""",
        "clean",
        None,
        "15-digit 准考证号 = division + 25 + month + day + seat: a legacy ID number's shape "
        "(born 1925) after 准考证号 and after 至",
    )
    seats = "\n".join(
        f"| {i} | {rng.choice(SURNAMES)}某某 | 13{rng.choice('5789')}{_digits(rng, 8)} | "
        f"{rng.uniform(60, 90):.1f} |"
        for i in range(1, 6)
    )
    add(
        "exam-number-column-mobile-shape",
        f"{county}2026年公开招聘笔试成绩公布",
        f"""| 序号 | 姓名 | 准考证号 | 笔试成绩 |
|---|---|---|---|
{seats}""",
        "clean",
        None,
        "11-digit 准考证号 (考区13x + seats) under a 准考证号 column: a mobile's shape",
    )
    add(
        "signup-serial-mobile-shape",
        f"{county}2026年公开招聘报名确认通知",
        f"""报名成功后系统生成报名序号，请考生妥善保管。示例：报名序号：15{_digits(rng, 9)}，岗位代码：20260101，准考证号将于考前一周在报名系统打印。""",
        "clean",
        None,
        "报名序号 of 11 digits from 15 (a serial label the docs list)",
    )
    clinics = "\n".join(
        f"| {i} | {county}{name} | H{division[:2]}{rng.choice(DIVISIONS)[2:6]}{_digits(rng, 5)} "
        f"| {level} |"
        for i, (name, level) in enumerate(
            [("人民医院", "三级"), ("中医院", "二级"), ("社区卫生服务中心", "一级")], start=1
        )
    )
    add(
        "clinic-codes-column",
        f"{county}新增医保定点医疗机构公示",
        f"""| 序号 | 机构名称 | 定点医疗机构代码 | 等级 |
|---|---|---|---|
{clinics}""",
        "clean",
        None,
        "医保 定点医疗机构代码 H + 11 digits under its column",
    )
    hebei = f"H13{rng.choice(['0102', '0104', '0105'])}{_digits(rng, 5)}"
    add(
        "clinic-code-hebei-label",
        "石家庄市长安区医保定点药店变更公告",
        f"""经审核，同意下列定点医药机构变更：
机构名称：长安区某某大药房
医保机构编码：{hebei}
变更事项：经营地址由中山东路{rng.randint(1, 300)}号变更为建设北大街{rng.randint(1, 300)}号。""",
        "clean",
        None,
        "a 河北 医保 code H13… (its digits a mobile's shape) after 医保机构编码",
    )
    retail = f"1{rng.choice('3589')}{_digits(rng, 9)}"
    add(
        "statistics-yuan-mobile-shape",
        f"{county}2025年消费品市场运行情况",
        f"""2025年，全区实现社会消费品零售总额{retail}元，同比增长{rng.uniform(3, 8):.1f}%。其中，限额以上单位消费品零售额{rng.randint(10**9, 9 * 10**9)}元，增长{rng.uniform(1, 6):.1f}%；网络零售额{rng.randint(10**9, 9 * 10**9)}元。""",
        "clean",
        None,
        "an amount in 元 whose 11 digits have a mobile's shape",
    )
    counts = _luhn_with(rng, "62", 16)
    add(
        "chart-counts-card-shape",
        f"{county}2025年12345热线运行分析",
        f"""2022—2025年12345热线受理量（件）：{chunks(counts, 4, " ")}
全年受理群众诉求同比增长{rng.uniform(3, 9):.1f}%，按时办结率{rng.uniform(95, 99.9):.1f}%，群众满意率{rng.uniform(90, 99):.1f}%。""",
        "clean",
        None,
        "four yearly counts of four digits after a unit label, which together are a 62… "
        "card of 16 passing Luhn",
    )
    visa_acct = _luhn_with(rng, "4000", 19)
    add(
        "account-visa19-org",
        "深圳市福田区慈善会关于接受社会捐赠的公告",
        f"""欢迎社会各界爱心人士通过银行转账方式捐赠。
户名：深圳市福田区慈善会
开户行：中国工商银行深圳福田支行
账号：{chunks(visa_acct, 4, " ")}
捐赠票据将由本会统一开具。""",
        "clean",
        None,
        "an ICBC 深圳 对公 account of 19 digits from 4000 passing Luhn, held by a 会 (docs: red "
        "team 19's exception)",
    )
    add(
        "landline-extensions",
        f"{county}政务服务中心各窗口咨询电话",
        f"""综合受理窗口：{landline(rng, area)}转8021；不动产登记窗口：{area}-{rng.randint(20000000, 89999999)}-8035；
社保医保窗口：{area}-{rng.randint(2000, 8999)} {rng.randint(1000, 9999)}转{rng.randint(8000, 8999)}；
企业开办专区：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}；
政务服务便民热线：12345；投诉监督电话：{landline(rng, area)}。""",
        "clean",
        None,
        "landlines with extensions written three ways and a 400 number",
    )
    add(
        "patent-spaced-official",
        f"{county}专利权质押登记信息公示",
        f"""出质人：{city}某某科技有限公司
质权人：{rng.choice(BANKS)}{county}支行
专利号：ZL 2023 1 {_digits(rng, 7)}.{rng.randint(0, 9)}，ZL 2022 2 {_digits(rng, 7)}.{rng.randint(0, 9)}
质押登记号：Y{rng.randint(2025, 2026)}{rng.randint(330000, 339999)}{_digits(rng, 6)}
质押金额：{rng.randint(100, 3000)}万元""",
        "clean",
        None,
        "patent numbers in the spaced official form and a 质押登记号 of letters and digits",
    )
    add(
        "masked-contacts",
        f"{county}2025年度见义勇为人员表彰名单公示",
        f"""| 姓名 | 身份证号 | 联系电话 | 事迹 |
|---|---|---|---|
| {rng.choice(SURNAMES)}某某 | {masked_id(rng)} | 1{rng.choice("3589")}{_digits(rng, 1)}****{_digits(rng, 4)} | 勇救落水儿童 |
| {rng.choice(SURNAMES)}某 | {masked_id(rng)} | 1{rng.choice("3589")}{_digits(rng, 1)}****{_digits(rng, 4)} | 协助民警抓获盗窃嫌疑人 |""",
        "clean",
        None,
        "a 公示 with IDs and mobiles masked by the convention",
    )
    person_card = _luhn_with(rng, "6228", 19)
    add(
        "hidden-person-card",
        f"{county}2025年度农村困难群众临时救助发放公示",
        f"""经村（社区）申请、乡镇审核、{county}民政局审批，对以下困难群众给予临时救助，资金通过社会保障卡发放：
户名：{rng.choice(SURNAMES)}某某，救助金额：3,000元，账号：{person_card}""",
        "block",
        CARD,
        "hidden: a person's 19-digit 62… account passing Luhn in a 救助 公示 (a person's card)",
    )
    add(
        "hidden-mobile-wechat",
        f"{county}2026年春季招聘会参会企业名单",
        f"""参会企业请于2026年2月{rng.randint(10, 20)}日前报名。
报名咨询：{landline(rng, area)}（工作日）
联系人：{rng.choice(SURNAMES)}女士（手机同微信）{grouped(mobile(rng), [3, 4], " ")}""",
        "block",
        MOB,
        "hidden: a staff member's mobile (同微信) grouped 3-4-4 after a 联系人 line",
    )


def _kind(genre: str, v: int) -> str:
    if genre != "award":
        return ""
    return {
        "91": "a company's 91…",
        "52": "a 民办非企业单位's all-digit 52… passing Luhn",
        "51": "a 社会团体's all-digit 51… passing Luhn",
        "53": "a 基金会's all-digit 53… passing Luhn",
        "12": "a 事业单位's 12…",
    }[["91", "52", "51", "53", "91", "52", "91", "12"][v % 8]]


if __name__ == "__main__":
    main()
