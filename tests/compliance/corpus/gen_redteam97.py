"""Regenerate redteam97_blind_real_documents.yaml (red-team pass 97, written blind).

The documents agencies really publish, with the numbers they really hold: 行政处罚决定书,
招标/中标公告, 公示名单, 不动产登记公告, 社保/医保 statistics, 政府信息公开指南, 微信公众号 articles
and 微博 posts. Must stay clean: 案号 and 文号, valid 统一社会信用代码 (GB 32100) and 组织机构代码
(GB 11714), 法定代表人 names, 项目编号, amounts, landlines, 邮编, masked ID numbers and mobiles,
不动产权证号, 车牌号, statistics, dates and times, service numbers (12345, 12315, 400, 95588),
ISBN, 发票代码/号码, 准考证号, 学号, 快递单号, 15-digit 营业执照注册号 (with its MOD 11,10 check),
the ID number described as a format, 内部/资料/秘密 in ordinary sentences, and links to gov.cn,
people.com.cn and xinhuanet.com (another site warns ``link.other_host``; 不予公开 in a guide's
prose warns ``secrecy.sensitive_term``, as the docs decide). Must block in the same documents: an
unmasked valid ID number, a 联系人 mobile, a Luhn-valid card with a real network prefix and
length, a 密级 marking or 内部资料 in the header, 此件不公开 as the 公开属性 note, a 淘口令; a short
or ad link is stripped (``fixed``). Each item meets several contexts: a sentence, the end of a
line before its 。, parentheses, full-width digits, a CMS line wrap inside the number, a Markdown
table row and an HTML table row. Look-alikes: an 18-digit number failing the ID check character,
a 16-digit Visa-prefixed number failing Luhn (a ``62…`` one failing Luhn warns, as documented).

Written before the checker or any other family was read (issue 12, the head of
docs/compliance.md, the corpus README, ``case_table.py``, ``number_makers.py`` and
``gen_redteam96.py`` for layout). Fixed seed; from the repository root:

    python tests/compliance/corpus/gen_redteam97.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam97.py --sweep N  # N random item x context x document

492 cases (265 to catch — 254 block, 7 fixed, 4 warn as documented — and 227 to stay clean), 13
strict xfails in 3 patterns (``REASONS``).

Before the first run, one generator bug (a): ``digits_safe`` with a prefix starting ``14`` (a real
发票代码 and 快递单号 shape) can never pass ``no_mobile_inside``, so it looped; the real
``144031900111`` is kept as a fixed value (it stays clean). First run (405 cases): 2 failed — 1 (a):
a slice meant to write a card in fours wrote UnionPay 19 as 4-4-4-7 (fixed to fours; the uneven
grouping, which passes unlabelled, kept as ``found-`` rows, pattern ``card-partly-grouped``); 0
(b); 1 (d): a bare mobile wrapped over a line (``mobile-wrapped-unlabelled``). Six more contexts
(list item, bold, ASCII colon, a wrap inside ``<p>``, ``&nbsp;``, a full-width table) and three
more items (``+86`` 3-4-4, an ID ending in lower-case ``x``, UnionPay in hyphenated fours), thinned
by rotation to 485: 3 failed, the same (d) and its ``<p>`` twin. The ``found-`` rows' first draft:
2 (b), a label (``报名咨询：``) or a 联系方式 column header before a wrapped or 4-7 mobile makes it
block — kept as controls. Every clean shape stayed clean in every context: 案号, USCC (a 51…
Luhn-passing one too), 15-digit 注册号, 组织机构代码, masked IDs and mobiles (full-width too),
不动产权证号 and 单元号, 车牌号, statistics tables, service numbers, ISBN, 发票, 准考证号, 学号,
快递单号, 18 digits failing the ID check, a Visa-prefixed 16 failing Luhn. Sweeps ``--sweep
20000`` (seeds ``97:sweep``, ``97:sweep-2``): 62 and 66 wrong, all ``mobile-wrapped-unlabelled``.
Then 24 hand ``found-`` rows from probing more real shapes (a full-width ``Ｘ``, IDs in fours, a
phone emoji, no-break spaces, 此件不公开 on its own line, 内部资料性出版物 in prose, 事业单位 and
民办非企业 USCCs, a unit's account, extensions, a 公众号 link): all as expected; the clean grid was
thinned to 5 contexts of 13 per item (rotation) to keep the family under 500.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, OTHER, SC, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import (
    DIVISIONS,
    full_width,
    id_number,
    is_id_number,
    luhn,
    luhn_uscc,
    no_mobile_inside,
    org_code,
    random_digits,
    uscc,
)

SEED = 97
FAMILY = "redteam97_blind_real_documents"

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"]
ID_DIVISIONS = [d for d in DIVISIONS if not d.startswith("65")]  # 65…: a Discover's prefix


# ----- numbers -------------------------------------------------------------------------------


def person_id(rng: random.Random) -> str:
    year = rng.randint(1950, 2004)
    first17 = (
        f"{rng.choice(ID_DIVISIONS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{random_digits(rng, 3)}"
    )
    return id_number(first17)


def bad_id(rng: random.Random) -> str:
    """18 digits shaped as an ID number whose check character is wrong (and no card, no mobile)."""
    while True:
        good = person_id(rng)
        wrong = good[:17] + rng.choice([c for c in "0123456789" if c != good[17]])
        if no_mobile_inside(wrong) and luhn(wrong[:-1]) != wrong and not is_id_number(wrong):
            return wrong


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + rng.choice("0123456789") + random_digits(rng, 8)


def card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["up16", "up19", "visa", "mc"])
    if kind == "up16":
        return luhn("6222" + random_digits(rng, 11)), "UnionPay 16"
    if kind == "up19":
        return luhn("6217" + random_digits(rng, 14)), "UnionPay 19"
    if kind == "visa":
        return luhn("4" + random_digits(rng, 14)), "Visa 16"
    return luhn("5" + rng.choice("12345") + random_digits(rng, 13)), "Mastercard 16"


def non_luhn(partial15: str) -> str:
    good = luhn(partial15)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def company_uscc(rng: random.Random) -> str:
    while True:
        code = uscc("91" + rng.choice(DIVISIONS) + org_code(random_digits(rng, 8)))
        if no_mobile_inside(code) and not is_id_number(code):
            return code


def reg_number(rng: random.Random) -> str:
    """A 15-digit 工商注册号 (GB/T 17710 ISO 7064 MOD 11,10 check digit), 区 code then 0000…."""
    while True:
        body = rng.choice(DIVISIONS) + "000" + random_digits(rng, 5)
        p = 10
        for ch in body:
            s = (p + int(ch)) % 10 or 10
            p = (s * 2) % 11
        number = body + str((11 - p) % 10)
        if no_mobile_inside(number) and luhn(number[:-1]) != number:
            return number


def isbn13(rng: random.Random) -> str:
    core = "9787" + random_digits(rng, 2) + random_digits(rng, 6)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
    check = (10 - total % 10) % 10
    return f"978-7-{core[4:6]}-{core[6:12]}-{check}"


def digits_safe(rng: random.Random, n: int, first: str = "") -> str:
    while True:
        number = first + random_digits(rng, n - len(first))
        if no_mobile_inside(number) and luhn(number[:-1]) != number and not is_id_number(number):
            return number


# ----- items ---------------------------------------------------------------------------------


@dataclass
class Item:
    """A labelled value (a number, usually) and what a strict reviewer expects of it."""

    kind: str
    label: str
    value: str
    expect: str
    rule: str | list[str] | None
    desc: str
    wrap_at: int = 6  # where a CMS line wrap cuts the value
    contexts: tuple[str, ...] = ()  # () = every context


def must_items(rng: random.Random) -> list[Item]:
    items = []
    for label in ["身份证号", "公民身份号码", "身份证号码"]:
        number = person_id(rng)
        items.append(Item("id", label, number, "block", IDN, f"valid ID after {label}", 9))
    number = person_id(rng)
    items.append(Item("id", "", number, "block", IDN, "valid ID bare in a row", 10))
    number = person_id(rng)
    items.append(
        Item(
            "id",
            "证件号码",
            number[:6] + " " + number[6:14] + " " + number[14:],
            "block",
            IDN,
            "valid ID grouped 6-8-4",
            7,
        )
    )
    for label, shape in [("联系电话", "plain"), ("联系人手机", "dash"), ("手机", "space")]:
        m = mobile(rng)
        value = {
            "plain": m,
            "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "space": f"{m[:3]} {m[3:7]} {m[7:]}",
        }[shape]
        items.append(Item("mobile", label, value, "block", MOB, f"mobile {shape} after {label}", 5))
    items.append(Item("mobile", "", mobile(rng), "block", MOB, "mobile bare in a row", 4))
    m = mobile(rng)
    items.append(
        Item("mobile", "手机", f"+86 {m[:3]} {m[3:7]} {m[7:]}", "block", MOB, "mobile +86 3-4-4", 8)
    )
    while not (number := person_id(rng)).endswith("X"):
        pass
    items.append(
        Item("id", "身份证", number.lower(), "block", IDN, "valid ID ending in lower-case x", 12)
    )
    number = luhn("6212" + random_digits(rng, 11))
    items.append(
        Item("card", "账号", "-".join(number[i : i + 4] for i in range(0, 16, 4)), "block", CARD,
             "UnionPay 16 in hyphenated fours", 7)
    )  # fmt: skip
    for label in ["缴费账号", "收款银行卡号", "银行卡号"]:
        number, net = card(rng)
        items.append(Item("card", label, number, "block", CARD, f"{net} card after {label}", 8))
    number, net = card(rng)
    items.append(
        Item(
            "card",
            "缴费卡号",
            " ".join(number[i : i + 4] for i in range(0, len(number), 4)),
            "block",
            CARD,
            f"{net} card in fours",
            9,
        )
    )
    return items


def clean_items(rng: random.Random) -> list[Item]:
    """Labelled values a real document carries that must stay clean (or warn as documented)."""
    n = rng.randint(100, 999)
    code = company_uscc(rng)
    masked_id = person_id(rng)
    masked_m = mobile(rng)
    org = org_code(random_digits(rng, 8))
    return [
        Item("case-no", "案号", f"京朝市监罚〔2024〕{n}号", "clean", None, "案号"),
        Item("uscc", "统一社会信用代码", code, "clean", None, "valid USCC of a company", 9),
        Item("uscc", "统一社会信用代码", luhn_uscc(rng, "51"), "clean", None,
             "all-digit 51… USCC of a 社会团体 passing Luhn", 9),
        Item("legal-rep", "法定代表人", rng.choice(NAMES), "clean", None, "法定代表人 name"),
        Item("project", "项目编号", f"ZB2024-0{rng.randint(100, 999)}", "clean", None, "项目编号"),
        Item("budget", "采购预算", "¥1,234,567.89", "clean", None, "采购预算 amount"),
        Item("budget", "中标金额", "人民币3,456,789.00元", "clean", None, "中标金额"),
        Item("landline", "代理机构电话", "010-6552 3456", "clean", None, "Beijing landline", 6),
        Item("landline", "联系电话", "(010)65523456", "clean", None, "landline in brackets", 7),
        Item("landline", "咨询电话", "0755-83451234", "clean", None, "Shenzhen landline", 7),
        Item("postcode", "邮编", "100000", "clean", None, "邮编"),
        Item("masked-id", "身份证号", masked_id[:6] + "********" + masked_id[14:], "clean", None,
             "ID masked 6+8*+4", 8),
        Item("masked-id", "身份证号", masked_id[:4] + "*" * 10 + masked_id[14:], "clean", None,
             "ID masked 4+10*+4", 8),
        Item("masked-m", "联系电话", masked_m[:3] + "****" + masked_m[7:], "clean", None,
             "mobile masked 3+4*+4", 5),
        Item("masked-m", "手机", masked_m[:3] + " **** " + masked_m[7:], "clean", None,
             "mobile masked spaced", 5),
        Item("estate", "不动产权证号", f"京(2024)朝阳区不动产权第00{rng.randint(10000, 99999)}号",
             "clean", None, "不动产权证号"),
        Item("plate", "车牌号", "京A·12345", "clean", None, "车牌号"),
        Item("plate", "号牌号码", "粤B·D12345", "clean", None, "新能源车牌号"),
        Item("stats", "基金支出", "1,234,567.8万元", "clean", None, "big amount"),
        Item("stats", "参保人数", "12,345,678人", "clean", None, "head count"),
        Item("stats", "同比增长", "12.35%", "clean", None, "percentage"),
        Item("date", "发布时间", "2024年12月6日 14:30", "clean", None, "date and time"),
        Item("hotline", "政务服务便民热线", "12345", "clean", None, "12345"),
        Item("hotline", "投诉举报电话", "12315", "clean", None, "12315"),
        Item("hotline", "客服电话", "400-810-8888", "clean", None, "400 number", 4),
        Item("hotline", "客服热线", "95588", "clean", None, "95588"),
        Item("docno", "文号", "国办发〔2018〕123号", "clean", None, "文号"),
        Item("isbn", "ISBN", isbn13(rng), "clean", None, "ISBN-13 valid", 8),
        Item("invoice", "发票代码", digits_safe(rng, 12, "2440"), "clean", None, "发票代码 12", 6),
        Item("invoice", "发票号码", digits_safe(rng, 8, "0"), "clean", None, "发票号码 8", 4),
        Item("exam", "准考证号", digits_safe(rng, 14, "2024"), "clean", None, "准考证号 14", 7),
        Item("student", "学号", digits_safe(rng, 10, "2021"), "clean", None, "学号 10", 5),
        Item("express", "快递单号", "SF" + digits_safe(rng, 13, "24"), "clean", None, "SF 单号", 8),
        Item("regno", "营业执照注册号", reg_number(rng), "clean", None, "15-digit 注册号", 7),
        Item("orgcode", "组织机构代码", f"{org[:8]}-{org[8]}", "clean", None, "组织机构代码", 4),
        Item("bad-id", "编号", bad_id(rng), "clean", None, "18 digits failing the ID check", 9),
        Item("bad-card", "卡号", non_luhn("4" + digits_safe(rng, 14, "5")), "clean", None,
             "Visa-prefixed 16 digits failing Luhn", 8),
    ]  # fmt: skip


# ----- contexts ------------------------------------------------------------------------------


def _cut(item: Item) -> tuple[str, str]:
    k = min(item.wrap_at, len(item.value) - 1)
    return item.value[:k], item.value[k:]


def _lead(item: Item) -> str:
    return f"{item.label}：" if item.label else ""


CONTEXTS: dict[str, Callable[[Item, str], str]] = {
    "sentence": lambda it, who: f"{who}，{_lead(it)}{it.value}，特此公告。",
    "eol": lambda it, who: f"{who}，{it.label or '号码'}为{it.value}。\n如有异议请在公示期内反映。",
    "paren": lambda it, who: f"{who}（{_lead(it)}{it.value}）已按规定办理。",
    "fullwidth": lambda it, who: f"{who}，{_lead(it)}{full_width(it.value)}。",
    "wrap": lambda it, who: f"{who}，{_lead(it)}{_cut(it)[0]}\n{_cut(it)[1]}，特此公告。",
    "list": lambda it, who: f"- 姓名：{who}\n- {_lead(it) or '号码：'}{it.value}\n- 备注：无",
    "bold": lambda it, who: f"{who}，{_lead(it)}**{it.value}**。",
    "ascii-colon": lambda it, who: f"{who}, {it.label or '号码'}:{it.value}; 特此公告.",
    "html-p-wrap": lambda it, who: (
        f"<p>{who}，{_lead(it)}{_cut(it)[0]}\n{_cut(it)[1]}，特此公告。</p>"
    ),
    "nbsp": lambda it, who: f"<p>{who}&nbsp;&nbsp;{_lead(it)}{it.value}</p>",
    "fw-table": lambda it, who: (
        "| 序号 | 姓名/单位 | 项目 | 内容 |\n|---|---|---|---|\n"
        f"| １ | {who} | {it.label or '号码'} | {full_width(it.value)} |"
    ),
    "md": lambda it, who: (
        "| 序号 | 姓名/单位 | 项目 | 内容 |\n|---|---|---|---|\n"
        f"| 1 | {who} | {it.label or '号码'} | {it.value} |\n| 2 | 其他 | 备注 | 无 |"
    ),
    "html": lambda it, who: (
        "<table><tr><th>序号</th><th>姓名/单位</th><th>项目</th><th>内容</th></tr>"
        f"<tr><td>1</td><td>{who}</td><td>{it.label or '号码'}</td><td>{it.value}</td></tr></table>"
    ),
}


# ----- documents -----------------------------------------------------------------------------


@dataclass
class Doc:
    name: str
    head: str
    tail: str


DOCS = [
    Doc(
        "penalty",
        "北京市朝阳区市场监督管理局\n行政处罚决定书\n\n当事人：北京某某科技有限公司\n"
        "经查，当事人在经营活动中存在违法行为，违反了《中华人民共和国广告法》第九条的规定。",
        "当事人如不服本处罚决定，可在收到本决定书之日起六十日内依法申请行政复议。\n\n"
        "北京市朝阳区市场监督管理局\n2024年12月6日",
    ),
    Doc(
        "tender",
        "## 某区教育局智慧校园建设项目中标结果公告\n\n一、项目名称：智慧校园建设项目\n"
        "二、采购方式：公开招标",
        "七、公告期限：自本公告发布之日起1个工作日。\n采购代理机构：某某招标有限公司\n"
        "地址：北京市东城区某某路1号，邮编100010",
    ),
    Doc(
        "roster",
        "关于2024年度公租房配租家庭名单的公示\n\n根据《公共租赁住房管理办法》，现将配租家庭名单予以公示，"
        "公示期为2024年12月6日至12月12日。",
        "公示期间，如对公示对象有异议，请拨打监督电话12345反映。\n\n区住房和城乡建设委员会\n2024年12月6日",
    ),
    Doc(
        "estate",
        "不动产首次登记公告\n\n经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》"
        "第十七条的规定，现予公告。",
        "异议书面材料送达地址：北京市朝阳区某某路8号。\n公告期间：2024年12月6日至2025年1月6日。",
    ),
    Doc(
        "stats",
        "【数据发布】2024年1—11月全市社会保险基金运行情况\n\n截至11月底，全市基本养老保险、失业保险、"
        "工伤保险参保人数稳步增长，基金运行总体平稳。",
        "数据来源：市人力资源和社会保障局。更多信息请访问 https://www.gov.cn/zhengce/ 。",
    ),
    Doc(
        "guide",
        "区人民政府政府信息公开指南（2024年版）\n\n一、主动公开\n本机关主动公开的政府信息包括机构职能、"
        "规范性文件、财政预决算等。",
        "四、监督和救济\n公民、法人或者其他组织认为行政机关侵犯其合法权益的，可以依法申请行政复议。",
    ),
    Doc(
        "wechat",
        "**朝阳发布** 2024-12-06 14:30\n\n冬季供暖季已经开始，区城市管理委员会提醒广大居民注意用气安全。",
        "来源：朝阳区城市管理委员会\n编辑：李娜 审核：王芳",
    ),
    Doc(
        "weibo",
        "#北京朝阳# 【冬季燃气安全提示】",
        "转发扩散，守护家人平安！",
    ),
    Doc(
        "activity",
        "【活动预告】“书香朝阳”全民阅读季启动啦！\n\n活动时间：2024年12月14日 9:30—11:30\n"
        "活动地点：朝阳区图书馆一层报告厅",
        "名额有限，先到先得。\n（本活动由区文化和旅游局主办）",
    ),
    Doc(
        "notice",
        "北京市朝阳区人民政府办公室文件\n\n朝政办发〔2024〕12号\n\n关于做好2024年冬季供暖保障工作的通知\n\n"
        "各街道办事处、地区办事处，区政府各委、办、局：\n为切实做好今冬明春供暖保障工作，现将有关事项通知如下。",
        "北京市朝阳区人民政府办公室\n2024年12月6日",
    ),
]
DOC_BY_NAME = {d.name: d for d in DOCS}


def document(doc: Doc, middle: str) -> str:
    return f"{doc.head}\n\n{middle}\n\n{doc.tail}"


# ----- snippets: whole passages, clean or carrying one item ---------------------------------


def clean_passages(
    rng: random.Random,
) -> list[tuple[str, str, str, str, str | list[str] | None, str]]:
    """(id, doc, passage, expect, rule, note): prose a real document holds."""
    code = company_uscc(rng)
    org = org_code(random_digits(rng, 8))
    m1, m2 = mobile(rng), mobile(rng)
    i1, i2, i3 = person_id(rng), person_id(rng), person_id(rng)
    roster_md = (
        "| 序号 | 申请人 | 身份证号 | 联系电话 | 家庭人口 |\n|---|---|---|---|---|\n"
        f"| 1 | 张* | {i1[:6]}********{i1[14:]} | {m1[:3]}****{m1[7:]} | 3 |\n"
        f"| 2 | 王** | {i2[:4]}**********{i2[14:]} | {m2[:3]} **** {m2[7:]} | 2 |\n"
        f"| 3 | 李* | {i3[:6]}********{i3[14:]} | — | 1 |"
    )
    roster_html = (
        "<table><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>"
        f"<tr><td>1</td><td>张*</td><td>{i1[:6]}********{i1[14:]}</td><td>{m1[:3]}****{m1[7:]}</td></tr>"
        f"<tr><td>2</td><td>王**</td><td>{i2[:6]}********{i2[14:]}</td><td>{m2[:3]}****{m2[7:]}</td></tr>"
        "</table>"
    )
    stats_md = (
        "| 险种 | 参保人数（人） | 基金收入（万元） | 基金支出（万元） | 同比 |\n|---|---:|---:|---:|---:|\n"
        "| 职工基本养老保险 | 12,345,678 | 23,456,789.12 | 19,876,543.21 | 5.6% |\n"
        "| 失业保险 | 9876543 | 1234567.89 | 987654.32 | -2.1% |\n"
        "| 工伤保险 | 11234567 | 345678.90 | 298765.43 | 3.4% |\n"
        "| 合计 | 33456788 | 25037035.91 | 21162963.96 | 4.9% |"
    )
    stats_html = (
        "<table><tr><th>月份</th><th>医保结算人次</th><th>统筹基金支付（元）</th></tr>"
        "<tr><td>2024年10月</td><td>13865432</td><td>1385412345.67</td></tr>"
        "<tr><td>2024年11月</td><td>14023456</td><td>1402987654.32</td></tr></table>"
    )
    return [
        ("penalty-body", "penalty",
         f"当事人：北京某某科技有限公司\n统一社会信用代码：{code}\n法定代表人：{rng.choice(NAMES)}\n"
         "住所：北京市朝阳区建国路88号\n案号：京朝市监罚〔2024〕1234号\n"
         "依据《中华人民共和国广告法》第五十八条，决定罚款人民币50,000.00元。",
         "clean", None, "a 处罚决定书's header block: USCC, 法定代表人, 案号, amount"),
        ("penalty-org", "penalty",
         f"当事人：某某餐饮管理中心（组织机构代码：{org[:8]}-{org[8]}；营业执照注册号：{reg_number(rng)}）",
         "clean", None, "old 组织机构代码 and 15-digit 注册号 in brackets"),
        ("tender-body", "tender",
         "项目编号：ZB2024-0156\n采购预算：¥1,234,567.89\n中标供应商：北京某某信息技术有限公司\n"
         f"统一社会信用代码：{code}\n中标金额：人民币1,198,000.00元\n"
         "代理机构联系人：刘工，电话：010-6552 3456，传真：010-65523457",
         "clean", None, "a 中标公告 with landline, fax, USCC, amounts"),
        ("roster-md", "roster", roster_md, "clean", None, "公示 table of masked IDs and mobiles (Markdown)"),
        ("roster-html", "roster", roster_html, "clean", None, "公示 table of masked IDs and mobiles (HTML)"),
        ("roster-fw", "roster",
         f"公示对象：张*，身份证号：{full_width(i1[:6])}＊＊＊＊＊＊＊＊{full_width(i1[14:])}，"
         f"电话：{full_width(m1[:3])}＊＊＊＊{full_width(m1[7:])}。",
         "clean", None, "masked ID and mobile in full-width"),
        ("estate-body", "estate",
         "| 权利人 | 坐落 | 不动产单元号 | 面积（㎡） |\n|---|---|---|---|\n"
         "| 某某房地产开发有限公司 | 朝阳区某某路8号院1号楼 | 110105009002GB00012F00010001 | 12,345.67 |",
         "clean", None, "不动产单元号 (28 characters) in a table"),
        ("estate-cert", "estate",
         "原不动产权证号：京(2024)朝阳区不动产权第0012345号，现予注销。", "clean", None, "不动产权证号"),
        ("stats-md", "stats", stats_md, "clean", None, "统计表 with long digit columns (Markdown)"),
        ("stats-html", "stats", stats_html, "clean", None, "统计表 with long digit columns (HTML)"),
        ("stats-prose", "stats",
         "1—11月，全市城镇职工基本养老保险基金收入2345.67亿元，同比增长6.8%；支出1987.65亿元。"
         "截至2024年11月30日24:00，全市参保人数达1234.56万人。", "clean", None, "statistics prose"),
        ("hotlines", "wechat",
         "如发现燃气泄漏，请立即拨打燃气抢修电话96777，或拨打12345市民服务热线、119火警电话。"
         "消费纠纷可拨打12315，银行业务咨询请致电95588或400-810-8888。", "clean", None, "service numbers"),
        ("docno", "notice",
         "根据《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》（国办发〔2020〕35号）"
         "和《北京市人民政府关于印发〈北京市优化营商环境条例〉的通知》（京政发〔2018〕123号）精神，结合我区实际。",
         "clean", None, "文号 in brackets"),
        ("isbn", "activity", f"本期推荐书目：《中国共产党简史》，人民出版社，ISBN {isbn13(rng)}，定价：25.00元。",
         "clean", None, "ISBN"),
        ("invoice", "tender",
         f"报销凭证：增值税普通发票，发票代码144031900111，发票号码{digits_safe(rng, 8, '0')}，"
         "金额￥3,450.00。", "clean", None, "发票代码/号码"),
        ("exam", "wechat",
         f"考生可登录 https://www.gov.cn/ 打印准考证，准考证号为14位数字（如{digits_safe(rng, 14, '2024')}），"
         f"学号为10位（如{digits_safe(rng, 10, '2021')}）。", "clean", None, "准考证号, 学号 examples"),
        ("express", "wechat",
         "材料已通过顺丰寄出，快递单号SF1434567890123，请注意查收。", "clean", None, "快递单号"),
        ("id-format", "guide",
         "居民身份证号码为18位，前6位为地址码，第7至14位为出生日期码，第15至17位为顺序码，最后一位为校验码（0—9或X）。",
         "clean", None, "ID number described as a format"),
        ("guide-exempt", "guide",
         "二、依申请公开\n对于依法不予公开的情形，本机关将书面告知申请人并说明理由。涉及商业秘密、个人隐私等的政府信息，"
         "依照《中华人民共和国政府信息公开条例》第十五条处理。", "warn", TERM,
         "不予公开 in a guide's prose: warns as documented (never blocks)"),
        ("guide-exempt-2", "guide",
         "下列政府信息不予公开：（一）依法确定为国家秘密的；（二）法律、行政法规禁止公开的。", "warn", TERM,
         "a guide's list of exemptions: 不予公开 in prose warns"),
        ("internal-prose", "penalty",
         "当事人已建立内部控制制度，并配合开展内部审计，主动提供了相关学习资料和财务资料。",
         "clean", None, "内部 and 资料 in ordinary sentences"),
        ("internal-prose-2", "notice",
         "各单位要健全内部管理制度，组织干部职工认真学习培训资料，加强内部监督。", "clean", None, "内部管理, 培训资料"),
        ("secret-prose", "notice",
         "《中华人民共和国保守国家秘密法》第二条规定，国家秘密是关系国家安全和利益，依照法定程序确定，"
         "在一定时间内只限一定范围的人员知悉的事项。", "clean", None, "保守国家秘密法 quoted"),
        ("secret-prose-2", "penalty",
         "当事人的行为侵犯了他人商业秘密，依据《反不正当竞争法》第二十一条予以处罚。", "clean", None, "商业秘密"),
        ("links-gov", "stats",
         "详情请见中国政府网 https://www.gov.cn/zhengce/content/202412/content_6990001.htm 、"
         "人民网 http://politics.people.com.cn/n1/2024/1206/c1001-40376543.html 和新华网 "
         "https://www.xinhuanet.com/politics/20241206/abc123/c.html", "clean", None, "allowed sources"),
        ("links-other", "activity", "报名请登录 https://www.example-library.org.cn/signup 填写信息。",
         "warn", OTHER, "an ordinary site: warns at most"),
        ("plate", "notice", "以下车辆请于12月10日前到交通支队接受处理：京A·12345、京N·D8888、冀B·67890。",
         "clean", None, "车牌号"),
        ("times", "activity", "讲座于2024年12月14日14:30开始，16:00结束，请提前15分钟入场。", "clean", None, "times"),
        ("postcode", "tender", "邮寄地址：北京市西城区府右街2号，邮政编码：100017。", "clean", None, "邮政编码"),
        ("org-uscc-51", "roster",
         "社会组织名称：北京市某某慈善基金会\n统一社会信用代码：" + uscc("53110000" + random_digits(rng, 9)),
         "clean", None, "a 基金会's 53… USCC"),
    ]  # fmt: skip


def must_passages(
    rng: random.Random,
) -> list[tuple[str, str, str, str, str | list[str] | None, str]]:
    """(id, doc, passage-or-whole, expect, rule, note); a doc of '' means the text is whole."""
    i1 = person_id(rng)
    i2 = person_id(rng)
    m = mobile(rng)
    c, net = card(rng)
    up = luhn("6228480" + random_digits(rng, 11))  # UnionPay 19
    notice = DOC_BY_NAME["notice"]
    return [
        ("mark-header", "",
         "机密★10年\n\n" + document(notice, "请各单位严格落实。"), "block", MARK, "机密★10年 as the header"),
        ("mark-header-1y", "",
         "秘密★1年\n" + document(notice, "请各单位严格落实。"), "block", MARK, "秘密★1年 as the header"),
        ("mark-header-fw", "",
         "机密＊１０年\n" + document(notice, "请各单位严格落实。"), "block", MARK, "full-width marking"),
        ("mark-header-html", "",
         "<p style=\"text-align:right\">秘密★1年</p><p>关于做好2024年冬季供暖保障工作的通知</p><p>各街道办事处：</p>",
         "block", MARK, "a marking as an HTML paragraph"),
        ("internal-header", "",
         "内部资料 注意保存\n\n" + document(DOC_BY_NAME["stats"], "全市参保人数达1234.56万人。"),
         "block", INT, "内部资料 注意保存 as the header"),
        ("internal-header-2", "",
         "内部资料\n注意保存\n\n工作简报\n第12期\n区政府办公室编  2024年12月6日\n\n本期要目：冬季供暖保障",
         "block", INT, "内部资料 over 注意保存 on a 简报"),
        ("note-end", "",
         document(notice, "请各单位严格落实。") + "\n\n（此件不公开）", "block", NOTE, "（此件不公开） at the end"),
        ("note-end-2", "",
         document(notice, "请各单位严格落实。") + "\n（此件不予公开）", "block", NOTE, "（此件不予公开）"),
        ("note-end-fw", "",
         document(notice, "请各单位严格落实。") + "\n(此件不公开)", "block", NOTE, "half-width brackets"),
        ("note-attr", "",
         document(notice, "请各单位严格落实。") + "\n\n公开属性：不予公开", "block", NOTE, "公开属性 field"),
        ("note-html", "",
         "<p>请各单位严格落实。</p><p style=\"text-align:right\">北京市朝阳区人民政府办公室</p>"
         "<p style=\"text-align:right\">2024年12月6日</p><p>（此件不公开）</p>", "block", NOTE, "note as HTML paragraph"),
        ("tcn", "activity", "报名链接：https://t.cn/A6x8kQ2p ，长按复制到浏览器打开。", "fixed", LS, "t.cn"),
        ("tcn-bare", "activity", "扫码或点击报名 t.cn/A6x8kQ2p", "fixed", LS, "bare t.cn"),
        ("dwz", "weibo", "活动详情戳→ https://dwz.cn/AbCd1234", "fixed", LS, "dwz.cn"),
        ("taobao", "activity", "文创产品购买：https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc123", "fixed", LS,
         "s.click.taobao.com"),
        ("jd", "wechat", "同款灭火器：https://u.jd.com/AbCdEfG", "fixed", LS, "u.jd.com"),
        ("jd-bare", "weibo", "参与抽奖：u.jd.com/AbCdEfG（名额有限）", "fixed", LS, "bare u.jd.com in brackets"),
        ("tkl", "activity", "文创周边：￥AbCd1234EfG￥ 复制这条信息，打开手机淘宝即可购买。", "block", SC, "淘口令"),
        ("tkl-2", "weibo", "复制口令 €Xy7Kp9QwErT€ 打开淘宝领取优惠券", "block", SC, "淘口令 with €"),
        ("roster-id-md", "roster",
         "| 序号 | 申请人 | 身份证号 | 家庭人口 |\n|---|---|---|---|\n"
         f"| 1 | 张* | {i1[:6]}********{i1[14:]} | 3 |\n| 2 | 王** | {i2} | 2 |", "block", IDN,
         "one row unmasked among masked (Markdown)"),
        ("roster-id-html", "roster",
         "<table><tr><th>序号</th><th>姓名</th><th>身份证号</th></tr>"
         f"<tr><td>1</td><td>张*</td><td>{i1[:6]}********{i1[14:]}</td></tr>"
         f"<tr><td>2</td><td>王**</td><td>{i2}</td></tr></table>", "block", IDN,
         "one row unmasked among masked (HTML)"),
        ("contact-dash", "tender", f"联系人：刘工，联系电话：{m[:3]}-{m[3:7]}-{m[7:]}。", "block", MOB,
         "联系人 mobile 3-4-4"),
        ("contact-plain", "notice", f"联系人：刘洋，电话：010-65523456，{m}。", "block", MOB,
         "a mobile after a landline"),
        ("card-fee", "notice", f"缴费银行卡号：{up}（开户行：中国农业银行朝阳支行）", "block", CARD,
         "UnionPay 19 for 缴费"),
        ("card-fee-2", "wechat", f"请将费用转入{' '.join(c[i : i + 4] for i in range(0, len(c), 4))}（{rng.choice(NAMES)}）", "block",
         CARD, f"{net} in fours"),
    ]  # fmt: skip


# ----- triage --------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "mobile-wrapped-unlabelled": "a mobile with no label before it, broken by a line break as a CMS "
    "wraps a long line (`周杰，1308\\n7610800`, `王老师139 1234\\n5678`, `<p>…1517\\n3615962…</p>`) is "
    "not read across the break — the page shows it on one line (a newline in a paragraph is a space "
    "or nothing); with a phone label before it (`联系电话：1308\\n7610800`) it blocks",
    "mobile-uneven-unlabelled": "a mobile with no label grouped 4-7 or 5-6 (`王老师1391 2345678`, "
    "`（1391 2345678）`, a table cell `| 1391 2345678 |`) passes; 3-4-4, 3-8 and 4-4-3 block, and so "
    "does 4-7 after `电话`/`联系`",
    "card-partly-grouped": "a card number with no card label whose first groups are split off in "
    "fours and the rest run together (`6222 0212 34567894`, `6217 2729 5181 7560484`, `6217 "
    "001234567890122`: UnionPay, Luhn-valid) passes; whole, in fours or after `卡号` it blocks",
}
FIXED: frozenset[str] = frozenset(
    {"mobile-wrapped-unlabelled", "mobile-uneven-unlabelled", "card-partly-grouped"}  # fix97
)
# The grid ids the first run found failing, by pattern.
FAILING: dict[str, str] = dict.fromkeys(
    ["hit-08-mobile-wrap", "hit-08-mobile-html-p-wrap"], "mobile-wrapped-unlabelled"
)


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    return still_failing(FAILING[id_]) if id_ in FAILING else None


# ----- the family ----------------------------------------------------------------------------


def item_case(item: Item, context: str, doc: Doc, rng: random.Random) -> str:
    who = (
        rng.choice(NAMES)
        if item.kind in {"id", "mobile", "card", "masked-id", "masked-m"}
        else "该单位"
    )
    return document(doc, CONTEXTS[context](item, who))


def grid(table: CaseTable, items: list[Item], prefix: str, rng: random.Random, keep: int) -> None:
    """Each item in ``keep`` of the contexts, in rotation (every context for ``keep`` = all)."""
    for item_no, item in enumerate(items):
        for c_no, context in enumerate(CONTEXTS):
            if (item_no + c_no) % len(CONTEXTS) >= keep:
                continue
            doc = DOCS[(item_no + c_no) % len(DOCS)]
            text = item_case(item, context, doc, rng)
            id_ = f"{prefix}-{item_no:02d}-{item.kind}-{context}"
            note = f"item={item.desc}; context={context}; document={doc.name}"
            table.case(id_, text, item.expect, item.rule, note, xfail=xfail(id_))


def passages(table: CaseTable, rows: list[tuple], prefix: str) -> None:
    for id_, doc_name, text, expect, rule, note in rows:
        whole = text if not doc_name else document(DOC_BY_NAME[doc_name], text)
        full_id = f"{prefix}-{id_}"
        table.case(full_id, whole, expect, rule, note, xfail=xfail(full_id))


U16 = luhn("622202123456789")
U19 = luhn("621727295181756048")
IDX = next(n for n in (id_number(f"31010419851122{k:03d}") for k in range(1000)) if n.endswith("X"))
FOUND: list[tuple[str, str, str, str | list[str] | None, str | None, str]] = [
    # id, text, verdict, rule, pattern (None: must pass), note
    ("wrap-4-7", "周杰，1308\n7610800，特此公告。", "block", MOB, "mobile-wrapped-unlabelled",
     "a bare mobile wrapped after its fourth digit"),
    ("wrap-3-4-4", "王老师139 1234\n5678", "block", MOB, "mobile-wrapped-unlabelled",
     "3-4-4 with the last separator a line wrap"),
    ("wrap-3-8", "王老师，139\n12345678。", "block", MOB, "mobile-wrapped-unlabelled",
     "3-8 with the separator a line wrap"),
    ("wrap-html", "<p>报名请找王老师，1517\n3615962，工作日9:00—17:00。</p>", "block", MOB,
     "mobile-wrapped-unlabelled", "a wrap inside an HTML paragraph"),
    ("ctl-wrap-html-label", "<p>报名咨询：王老师，1517\n3615962，工作日9:00—17:00。</p>", "block", MOB,
     None, "control: after 报名咨询： the wrap blocks"),
    ("ctl-wrap-labelled", "联系电话：1308\n7610800。", "block", MOB, None,
     "control: with a label the wrapped mobile blocks"),
    ("space-4-7", "王老师1391 2345678", "block", MOB, "mobile-uneven-unlabelled", "4-7 grouping"),
    ("space-4-7-paren", "报名请联系王老师（1391 2345678）。", "block", MOB, "mobile-uneven-unlabelled",
     "4-7 grouping in brackets"),
    ("space-4-7-cell", "| 姓名 | 备注 |\n|---|---|\n| 王** | 1391 2345678 |", "block", MOB,
     "mobile-uneven-unlabelled", "4-7 grouping in a table cell under 备注"),
    ("ctl-space-4-7-cell", "| 姓名 | 联系方式 |\n|---|---|\n| 王** | 1391 2345678 |", "block", MOB,
     None, "control: under a 联系方式 column it blocks"),
    ("space-5-6", "王老师13912 345678", "block", MOB, "mobile-uneven-unlabelled", "5-6 grouping"),
    ("ctl-space-4-7-label", "电话 1391 2345678", "block", MOB, None, "control: after 电话 it blocks"),
    ("ctl-space-3-8", "王老师139 12345678", "block", MOB, None, "control: 3-8 blocks"),
    ("card-4-4-8", f"请将费用转入{U16[:4]} {U16[4:8]} {U16[8:]}（张伟）", "block", CARD,
     "card-partly-grouped", "UnionPay 16 grouped 4-4-8"),
    ("card-4-4-4-7", f"请将费用转入{U19[:4]} {U19[4:8]} {U19[8:12]} {U19[12:]}（张伟）", "block", CARD,
     "card-partly-grouped", "UnionPay 19 grouped 4-4-4-7"),
    ("card-4-15", f"转账至 {U19[:4]} {U19[4:]}", "block", CARD, "card-partly-grouped",
     "UnionPay 19 grouped 4-15"),
    ("ctl-card-label", f"卡号 {U19[:4]} {U19[4:8]} {U19[8:12]} {U19[12:]}", "block", CARD, None,
     "control: after 卡号 the same grouping blocks"),
    ("ctl-card-fours", f"请将费用转入{U16[:4]} {U16[4:8]} {U16[8:12]} {U16[12:]}（张伟）", "block", CARD,
     None, "control: in fours it blocks"),
    ("ctl-masked-spaced", "公示对象：张*，110101 ******** 4514。", "clean", None, None,
     "a masked ID with spaces round the stars"),
    ("id-fw-x-cell", f"| 1 | 王** | {full_width(IDX)} |", "block", IDN, None,
     "full-width ID ending in Ｘ in a 公示 table cell"),
    ("id-fours", f"身份证：{' '.join(IDX[i : i + 4] for i in range(0, 18, 4))}", "block", IDN, None,
     "an ID in fours, 4-4-4-4-2"),
    ("mobile-emoji", "☎️13912345678", "block", MOB, None, "a 微博's phone emoji before a mobile"),
    ("mobile-slash-landline", "联系方式：13912345678/010-65523456", "block", MOB, None,
     "a mobile and a landline joined by a slash"),
    ("mobile-nbsp", "电话：139\u00a01234\u00a05678", "block", MOB, None, "no-break spaces as separators"),
    ("card-hyphens", f"账号：{U16[:4]}-{U16[4:8]}-{U16[8:12]}-{U16[12:]}", "block", CARD, None,
     "a card in hyphenated fours"),
    ("note-bare-line", "北京市朝阳区人民政府办公室\n2024年12月6日\n此件不公开", "block", NOTE, None,
     "此件不公开 on its own line after the date"),
    ("md-link-tcn", "[点击报名](https://t.cn/A6x8kQ2p)", "fixed", LS, None, "a Markdown link to t.cn"),
    ("internal-publication", "宣传册属内部资料，免费赠阅。", "block", INT, None,
     "a 内部资料性 publication saying so: it is one"),
    ("look-neizi-law", "依据《内部资料性出版物管理办法》，内部资料性出版物不得定价销售。", "clean", None, None,
     "the regulation's name in prose"),
    ("look-neizi-permit", "准印证号：京内资准字2024-L0123号", "clean", None, None, "a 准印证号"),
    ("look-secret-carrier", "加强机密文件管理和国家秘密载体保管。", "clean", None, None, "机密 and 国家秘密 in prose"),
    ("look-keep-receipt", "请注意保存好缴费票据。", "clean", None, None, "注意保存 in a sentence"),
    ("look-not-public-prose", "对不公开的信息应当说明理由。", "clean", None, None, "不公开 in a sentence"),
    ("look-uscc-12", f"统一社会信用代码：{uscc('12110105MB0123456')}", "clean", None, None,
     "a 事业单位's USCC"),
    ("look-uscc-52", f"统一社会信用代码：{uscc('52110105MJ0123456')}", "clean", None, None,
     "a 民办非企业单位's USCC"),
    ("look-account", "对公账户：11001019500053000123", "clean", None, None, "a unit's 20-digit account"),
    ("look-contract", "合同编号：HT-2024-000123", "clean", None, None, "合同编号"),
    ("look-extension", "电话：010-65523456转8001", "clean", None, None, "a landline with an extension"),
    ("look-mail", "邮箱：zhaoyang@bj.gov.cn", "clean", None, None, "a government mailbox"),
    ("look-public-note", "（此件主动公开）", "clean", None, None, "the note saying it is public"),
    ("look-gov-bare", "中国政府网（www.gov.cn）", "clean", None, None, "gov.cn bare in brackets"),
    ("look-qq", "QQ群：123456789", "clean", None, None, "a QQ group number"),
    ("other-wechat", "扫码关注：https://mp.weixin.qq.com/s/AbCdEf", "warn", OTHER, None,
     "a 公众号 article link: another host, warns"),
    ("ctl-exam-header", "绝密★启用前\n2024年普通高等学校招生全国统一考试", "block", MARK, None,
     "an exam paper's 绝密★启用前 is a marking"),
]  # fmt: skip


def found(table: CaseTable) -> None:
    for id_, text, verdict, rule, name, note in FOUND:
        table.case(
            f"found-{id_}", text, verdict, rule, note, xfail=still_failing(name) if name else None
        )


def build() -> CaseTable:
    table = CaseTable(FAMILY)
    rng = random.Random(SEED)
    grid(table, must_items(random.Random(SEED)), "hit", rng, len(CONTEXTS))
    grid(table, clean_items(random.Random(SEED + 1)), "look", rng, 5)
    passages(table, must_passages(random.Random(SEED + 2)), "doc-hit")
    passages(table, clean_passages(random.Random(SEED + 3)), "doc-look")
    found(table)
    return table


def sweep(count: int, seed: str) -> None:
    """``count`` random item x context x document posts through ``govpub.check``, wrong ones by
    (kind, item, context)."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    items = must_items(random.Random(seed + ":m")) + clean_items(random.Random(seed + ":c"))
    wrong: Counter[tuple[str, str, str]] = Counter()
    samples: dict[tuple[str, str, str], str] = {}
    for _ in range(count):
        item = rng.choice(items)
        context = rng.choice(list(CONTEXTS))
        doc = rng.choice(DOCS)
        text = item_case(item, context, doc, rng)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        sev = {f.severity for f in result.findings}
        got = next((v for v in ("block", "warn", "fixed") if v in sev), "clean")
        rules = {f.rule for f in result.findings}
        want = set(item.rule if isinstance(item.rule, list) else [item.rule] if item.rule else [])
        if got == item.expect and rules == want:
            continue
        kind = "false" if item.expect == "clean" or rules - want else "miss"
        key = (kind, item.desc, context)
        wrong[key] += 1
        samples.setdefault(
            key, f"{doc.name}: {CONTEXTS[context](item, '某')!r} -> {got} {sorted(rules)}"
        )
    sys.stdout.write(f"{count} posts; {sum(wrong.values())} wrong\n")
    for key, n in wrong.most_common():
        sys.stdout.write(f"  {key[0]:5s} {n:5d} {key[1]} / {key[2]}\n        {samples[key]}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", type=int, default=0)
    parser.add_argument("--seed", default=f"{SEED}:sweep", help="the sweep's seed")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.seed)
        return
    header = "red-team pass 97 (blind): the documents agencies really publish, with their numbers"
    build().write(__file__, header + "; gen_redteam97.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
