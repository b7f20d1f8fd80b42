"""Regenerate redteam78_blind_structure_stacks.yaml (red-team pass 78, written blind).

Where in a document's STRUCTURE an item sits, crossed with how it is disguised. Issue 12's
forms — ad links bare and with schemes (t.cn, dwz.cn, u.jd.com, s.click.taobao.com, b23.tv),
淘口令 with their triggers, ID numbers, mobiles, bank cards of each network, 密级 with a
period, 内部资料/注意保密 notes, 此件不予公开 notes — with fresh values from
``number_makers.py``, each put into ONE structural place drawn at random (a Markdown table
cell, first, middle or last column, under a header naming it or naming something else; a
bullet or numbered list item, nested too; a blockquote, ``>`` and ``> >``; a heading ``#`` to
``######``; a code span; a fenced code block; a footnote; a link's text or title; an image's
alt; bold or italics around the whole item; an HTML ``<table><td>``; a ``<details>`` summary;
a line of its own), after a label or with none, and 0–2 disguise transforms (full width, a
zero-width character inside, CJK full stops for dots, spacing, dash-grouping, traditional
characters, Chinese numerals for digits, circled digits). About a third are look-alikes that
must stay clean, through the same places: valid 统一社会信用代码 (51–53 all-digit ones passing
Luhn too), 组织机构代码, 18-digit numbers failing the ID check, landlines, dates, amounts, 文号,
gov.cn links, 保守国家秘密 prose, 内部控制, 公开属性：主动公开, and a table of statistics whose
header gives the unit.

The expectation is what a strict reviewer would want of the rendered page: a code span or a
code block still shows its text, a link's title shows on hover, an alt text is read out.
Written before the checker or any other family was read (issue 12, docs/compliance.md, the
corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam71.py`` only). Fixed
seed; run from the repository root:
python tests/compliance/corpus/gen_redteam78.py
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, SPELLED

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, is_id_number, luhn, org_code, uscc

SEED = 78

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
STOPS = ["。", "．", "｡"]
DASHES = ["-", "－", "—", "–"]
SPACES = [" ", "\u3000", "\u00a0"]
SMALL_NUMERALS = "〇一二三四五六七八九"
BIG_NUMERALS = "零壹贰叁肆伍陆柒捌玖"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
# simplified → traditional, for the words and characters the seeds and labels use (as OpenCC's
# s2t writes them); the words first, where a character has more than one traditional form
TRAD_WORDS = {"复制": "複製", "联系": "聯繫", "控制": "控制", "发布": "發布"}
TRAD = dict(
    zip(
        "证号码联电话机银报网址链资传开这后宝统会组织构国发办档编项咨询额计规范评价"
        "义识强严华实请长绝内动属务标备启县区级类别选单万条沪",
        "證號碼聯電話機銀報網址鏈資傳開這後寶統會組織構國發辦檔編項諮詢額計規範評價"
        "義識強嚴華實請長絕內動屬務標備啟縣區級類別選單萬條滬",
        strict=True,
    )
)

PROSE = [
    "区政府召开专题会议，研究部署下一阶段重点工作。",
    "各街道、各部门要压实责任，确保各项措施落到实处。",
    "现将有关事项通知如下。",
    "请各单位结合实际认真贯彻执行。",
    "本次活动由区文明办、区教育局联合举办。",
    "会议强调，要坚持以人民为中心的发展思想。",
    "全区共完成老旧小区改造项目十二个。",
    "如有疑问，请在工作日与承办科室联系。",
]
OTHER_HEADERS = ["备注", "说明", "事项", "内容", "单位名称"]
FILLER_CELLS = ["张某", "某街道办事处", "已核实", "按期办理", "区民政局", "第二批"]


@dataclass
class Item:
    """One fresh value of one kind, with what a check must say of it."""

    kind: str
    value: str
    expect: str
    rule: str | None
    desc: str
    labels: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # a table column's header naming it
    groups: tuple[int, ...] = ()  # the natural grouping of a number
    transforms: tuple[str, ...] = ()  # the disguises that keep it what it is


# ----- fresh values ----------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


_NETWORK = re.compile(r"4|5[1-5]|2[2-7]|3[47]|35|36|3[089]|62|6011|64[4-9]|65")


def _card_like_inside(number: str) -> bool:
    """Whether a run of 13–19 digits inside ``number`` has a network's prefix and passes Luhn."""
    for length in range(13, 20):
        for start in range(len(number) - length + 1):
            piece = number[start : start + length]
            if _NETWORK.match(piece) and luhn(piece[:-1]) == piece:
                return True
    return False


def _mobile_inside(number: str) -> bool:
    return any(number[i] == "1" and number[i + 1] in "3456789" for i in range(len(number) - 10))


def fresh_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    division = rng.choice([d for d in DIVISIONS if not d.startswith("65")])
    return id_number(division + birth + _digits(rng, 3))


MOBILE_PREFIXES = (
    [f"13{d}" for d in range(10)]
    + ["150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "145", "147"]
    + ["170", "171", "173", "175", "176", "177", "178", "191", "193", "195", "198", "199"]
    + [f"18{d}" for d in range(10)]
)


def fresh_mobile(rng: random.Random) -> str:
    """A mobile number of a segment issued to people (not the 14x/140 IoT ones)."""
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


NETWORKS = [
    ("unionpay16", lambda r: "62" + r.choice("12345678"), 16),
    ("unionpay19", lambda r: "62" + r.choice("12345678"), 19),
    ("visa16", lambda r: "4", 16),
    ("visa19", lambda r: "4", 19),
    ("mastercard5x", lambda r: "5" + r.choice("12345"), 16),
    ("mastercard2x", lambda r: str(r.randint(2221, 2720)), 16),
    ("amex", lambda r: r.choice(["34", "37"]), 15),
    ("jcb", lambda r: str(r.randint(3528, 3589)), 16),
    ("discover", lambda r: r.choice(["6011", "65"]), 16),
]


def fresh_card(rng: random.Random, network: int) -> tuple[str, str]:
    name, prefix_of, length = NETWORKS[network]
    while True:
        prefix = prefix_of(rng)
        number = luhn(prefix + _digits(rng, length - len(prefix) - 1))
        if _mobile_inside(number):
            continue
        if length == 15 and int(number[8:10]) <= 12:  # no legacy ID reading (34/37 are provinces)
            continue
        return name, number


def fresh_token(rng: random.Random) -> str:
    while True:
        token = "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
            for _ in range(11)
        )
        if (
            any(c.isupper() for c in token)
            and any(c.islower() for c in token)
            and any(c.isdigit() for c in token)
        ):
            return token


def fresh_path(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice("AbCdEfGhJkMnPqRsTuVwXyZ23456789") for _ in range(n))


# ----- the kinds ---------------------------------------------------------------------------

NUMBER_TRANSFORMS = (
    "full_width",
    "zero_width",
    "spacing",
    "dashes",
    "traditional",
    "numerals",
    "circled",
)


def make_link(rng: random.Random) -> Item:
    tail = fresh_path(rng)
    host, path = rng.choice(
        [
            ("t.cn", f"/A6{tail}"),
            ("dwz.cn", f"/{tail}"),
            ("u.jd.com", f"/{tail}"),
            ("s.click.taobao.com", f"/t?e=m%3D2%26s%3D{tail}"),
            ("b23.tv", f"/{tail}"),
        ]
    )
    scheme = rng.choice(["", "", "https://", "http://", "https:/"])
    transforms = ["full_width", "zero_width", "cjk_stops"]
    if not scheme and host != "s.click.taobao.com":
        transforms.append("spacing")  # a shortener spelled out with spaces round its dots
    return Item(
        "link",
        scheme + host + path,
        "fixed",
        LS,
        f"ad link {scheme}{host}",
        ["报名网址：", "详见", "链接：", "网址:"],
        ["链接", "报名网址"],
        transforms=tuple(transforms),
    )


DELIMITERS = [("￥", "￥"), ("「", "」"), ("《", "《"), ("€", "€"), ("【", "】"), ("$", "$")]
TRIGGERS = [
    "复制这段话打开淘宝",
    "复制后打开手机淘宝",
    "复制本条信息，打开淘宝即可领取",
    "復製整段話打開淘寶",
    "复制后打开天猫",
]


def make_code(rng: random.Random) -> Item:
    left, right = rng.choice(DELIMITERS)
    token = fresh_token(rng)
    trigger = rng.choice(TRIGGERS)
    value = f"{left}{token}{right}{trigger}"
    return Item(
        "code",
        value,
        "block",
        SC,
        f"淘口令 {left}…{right}",
        ["淘口令：", "口令："],
        ["淘口令", "口令"],
        transforms=("full_width", "zero_width", "spacing", "traditional"),
    )


def make_id(rng: random.Random) -> Item:
    return Item(
        "id",
        fresh_id(rng),
        "block",
        IDN,
        "ID number",
        ["身份证号：", "身份证号码：", "公民身份号码："],
        ["身份证号", "公民身份号码"],
        (6, 8, 4),
        NUMBER_TRANSFORMS,
    )


def make_mobile(rng: random.Random) -> Item:
    return Item(
        "mobile",
        fresh_mobile(rng),
        "block",
        MOB,
        "mobile",
        ["联系电话：", "手机：", "手机号码："],
        ["联系电话", "手机号码"],
        (3, 4, 4),
        NUMBER_TRANSFORMS,
    )


def make_card(rng: random.Random, network: int) -> Item:
    name, number = fresh_card(rng, network)
    groups = {15: (4, 6, 5), 16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}[len(number)]
    return Item(
        "card",
        number,
        "block",
        CARD,
        f"card {name}",
        ["银行卡号：", "卡号：", "收款卡号："],
        ["银行卡号", "收款卡号"],
        groups,
        NUMBER_TRANSFORMS,
    )


def make_mark(rng: random.Random) -> Item:
    level, longest = rng.choice([("秘密", 10), ("机密", 20), ("绝密", 30)])
    star = rng.choice(["★", "★", "＊", "☆", "·", "※"])
    period = rng.choice([f"{rng.randint(1, longest)}年", f"{rng.randint(1, longest)}年", "长期"])
    if level == "绝密" and rng.random() < 0.3:
        period = "永久"
    return Item(
        "mark",
        f"{level}{star}{period}",
        "block",
        MARK,
        "密级 with a period",
        ["密级："],
        ["密级"],
        transforms=(
            "full_width",
            "zero_width",
            "spacing",
            "dashes",
            "traditional",
            "numerals",
            "circled",
        ),
    )


def make_internal(rng: random.Random) -> Item:
    value = rng.choice(
        [
            "内部资料",
            "（内部资料，注意保密）",
            "【注意保密】",
            "（注意保密）",
            "内部资料，不得外传",
            "内部资料　请勿外传",
        ]
    )
    return Item(
        "internal",
        value,
        "block",
        INT,
        f"internal note {value}",
        ["备注："],
        ["标注"],
        transforms=("zero_width", "spacing", "dashes", "traditional"),
    )


def make_note(rng: random.Random) -> Item:
    value = rng.choice(
        [
            "（此件不予公开）",
            "（此件不公开）",
            "(此件不予公开)",
            "【此件不予公开】",
            "（此件不予公开。）",
        ]
    )
    return Item(
        "note",
        value,
        "block",
        NOTE,
        f"disclosure note {value}",
        ["附注："],
        ["公开属性"],
        transforms=("zero_width", "spacing", "dashes", "traditional"),
    )


# --- look-alikes that must stay clean


def make_uscc_letters(rng: random.Random) -> Item:
    lead = rng.choice(["91", "12", "11", "92", "31"])
    code = uscc(
        lead
        + rng.choice(DIVISIONS)
        + "MA"
        + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    )
    return Item(
        "clean_number",
        code,
        "clean",
        None,
        f"统一社会信用代码 {lead}",
        ["统一社会信用代码：", "纳税人识别号："],
        ["统一社会信用代码"],
        (4, 4, 4, 4),
        ("full_width", "zero_width", "spacing", "dashes_2691"),
    )


def make_uscc_digits(rng: random.Random) -> Item:
    prefix = rng.choice(["51", "52", "53"])
    while True:
        code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
        if code.isdigit() and luhn(code[:-1]) == code and not is_id_number(code):
            break
    return Item(
        "clean_number",
        code,
        "clean",
        None,
        f"统一社会信用代码 {prefix} all digits, passing Luhn",
        ["统一社会信用代码：", "登记证号："],
        ["统一社会信用代码"],
        (4, 4, 4, 4),
        ("full_width", "zero_width", "spacing", "dashes_2691", "numerals"),
    )


def make_org(rng: random.Random) -> Item:
    code = org_code(_digits(rng, 8))
    return Item(
        "clean_number",
        code[:8] + "-" + code[8],
        "clean",
        None,
        "组织机构代码",
        ["组织机构代码："],
        ["组织机构代码"],
        transforms=("full_width", "zero_width"),
    )


def make_failing_id(rng: random.Random) -> Item:
    while True:
        good = fresh_id(rng)
        bad = good[:17] + rng.choice([c for c in "0123456789X" if c != good[17]])
        if bad[17] == "X" or _card_like_inside(bad):
            continue
        return Item(
            "clean_number",
            bad,
            "clean",
            None,
            "18 digits failing the ID check",
            ["档案号：", "编号：", "项目编码："],
            ["档案号"],
            (6, 8, 4),
            ("full_width", "zero_width", "spacing", "dashes", "numerals", "circled"),
        )


AREA_CODES = ["010", "021", "022", "023", "027", "028", "0571", "0755", "0311", "0431"]


def make_landline(rng: random.Random) -> Item:
    area = rng.choice(AREA_CODES)
    local = rng.choice("2345678") + _digits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
    form = rng.choice(["{a}-{l}", "{a}-{l}", "({a}) {l}", "{a}－{l}"])
    return Item(
        "clean_number",
        form.format(a=area, l=local),
        "clean",
        None,
        "landline",
        ["咨询电话：", "联系电话：", "办公电话："],
        ["咨询电话"],
        transforms=("full_width", "zero_width", "traditional", "numerals", "circled"),
    )


def make_date(rng: random.Random) -> Item:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    value = rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}"])
    return Item(
        "clean_number",
        value,
        "clean",
        None,
        "date",
        ["发布日期：", "成文日期："],
        ["日期"],
        transforms=("full_width", "zero_width", "numerals", "traditional"),
    )


def make_amount(rng: random.Random) -> Item:
    form = rng.choice(["comma", "wan", "mobile"])
    if form == "comma":
        value = f"{rng.randint(1, 999)},{rng.randint(0, 999):03d},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}元"
    elif form == "wan":
        value = f"{rng.randint(100, 99999)}.{rng.randint(0, 99):02d}万元"
    else:  # eleven digits of a mobile's shape, and then 元: an amount
        value = fresh_mobile(rng) + rng.choice(["元", ".00元", "元整"])
    return Item(
        "clean_number",
        value,
        "clean",
        None,
        f"amount ({form})",
        ["合计金额：", "预算金额："],
        ["金额（元）"],
        transforms=("full_width", "zero_width", "traditional"),
    )


def make_docno(rng: random.Random) -> Item:
    office = rng.choice(
        ["国办发", "沪府办规", "京政发", "浙政办发", "粤府函", "川办发", "区政办发"]
    )
    value = f"{office}〔{rng.randint(2016, 2026)}〕{rng.randint(1, 150)}号"
    return Item(
        "clean_number",
        value,
        "clean",
        None,
        "文号",
        ["文号：", "发文字号："],
        ["文号"],
        transforms=("full_width", "zero_width", "traditional"),
    )


def make_gov_link(rng: random.Random) -> Item:
    y, m = rng.randint(2019, 2026), rng.randint(1, 12)
    value = rng.choice(
        [
            f"https://www.gov.cn/zhengce/content/{y}-{m:02d}/{rng.randint(1, 28):02d}/content_{rng.randint(5000000, 7000000)}.htm",
            f"www.gov.cn/xinwen/{y}-{m:02d}/index.htm",
            f"http://www.sh.gov.cn/nw{rng.randint(10000, 49999)}/index.html",
            f"https://www.beijing.gov.cn/zhengce/zcjd/{y}{m:02d}/t{y}{m:02d}{rng.randint(10, 28)}_{rng.randint(1000000, 3999999)}.html",
        ]
    )
    return Item(
        "clean_link",
        value,
        "clean",
        None,
        "gov.cn link",
        ["详见", "原文链接："],
        ["链接"],
        transforms=("full_width", "zero_width", "cjk_stops"),
    )


PROSE_CLEAN = {
    "保守国家秘密": [
        "各单位要严格遵守《中华人民共和国保守国家秘密法》，切实做好保密工作",
        "保守国家秘密是每个公民的光荣义务",
        "强化保守国家秘密意识，筑牢保密防线",
        "保守国家秘密，人人有责",
    ],
    "内部控制": [
        "加强行政事业单位内部控制建设",
        "内部控制评价报告",
        "健全内部控制制度，规范资金管理",
        "单位内部控制规范（试行）",
    ],
    "主动公开": [
        "公开属性：主动公开",
        "公开属性：主动公开",
        "（此件主动公开）",
        "公开方式：主动公开",
    ],
}


def make_prose(rng: random.Random) -> Item:
    topic = rng.choice(list(PROSE_CLEAN))
    return Item(
        "clean_prose",
        rng.choice(PROSE_CLEAN[topic]),
        "clean",
        None,
        f"prose {topic}",
        headers=["内容"],
        transforms=("zero_width", "spacing", "traditional"),
    )


# ----- transforms --------------------------------------------------------------------------


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _host_span(value: str) -> tuple[int, int]:
    """Where the host of a link stands (its scheme in ASCII or in full width)."""
    scheme = re.match(r"[A-Za-zＡ-Ｚａ-ｚ]+[:：][/／]*", value)
    start = scheme.end() if scheme else 0
    slash = re.compile(r"[/／]").search(value, start)
    return start, slash.start() if slash else len(value)


def _inner_positions(item: Item, value: str) -> list[int]:
    """Where an invisible character may go inside without changing the item's kind."""
    if item.kind in {"link", "clean_link"}:
        start, end = _host_span(value)
        return list(range(start + 1, end))
    if item.kind == "code":  # inside the token, between its delimiters
        end = 1 + next(
            i
            for i, c in enumerate(value[1:])
            if not (c.isascii() or "！" <= c <= "～") or not c.isalnum()
        )
        return list(range(2, end))
    if item.kind in {"mark", "internal", "note", "clean_prose"}:
        return [
            i
            for i in range(1, len(value))
            if _cjk(value[i - 1]) and (_cjk(value[i]) or value[i] in "★＊☆·※")
        ]
    return [i for i in range(1, len(value)) if value[i - 1].isalnum() and value[i].isalnum()]


def _insert(value: str, positions: list[int], chars: list[str]) -> str:
    for pos, char in sorted(zip(positions, chars, strict=True), reverse=True):
        value = value[:pos] + char + value[pos:]
    return value


def t_full_width(item: Item, value: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def t_zero_width(item: Item, value: str, rng: random.Random) -> str:
    spots = _inner_positions(item, value)
    picks = rng.sample(spots, min(len(spots), rng.randint(1, 2)))
    return _insert(value, picks, [rng.choice(INVISIBLES) for _ in picks])


def t_cjk_stops(item: Item, value: str, rng: random.Random) -> str:
    start, end = _host_span(value)
    stop = rng.choice(STOPS)
    return value[:start] + value[start:end].replace(".", stop).replace("．", stop) + value[end:]


def _regroup(value: str, groups: tuple[int, ...], sep: str) -> str:
    chars = [i for i, c in enumerate(value) if c.isalnum()]
    cuts, total = [], 0
    for g in groups[:-1]:
        total += g
        if total < len(chars):
            cuts.append(chars[total])
    return _insert(value, cuts, [sep] * len(cuts))


def t_spacing(item: Item, value: str, rng: random.Random) -> str:
    space = rng.choice(SPACES)
    if item.kind == "link":  # a shortener spelled out: spaces round the dots of the host
        start, end = _host_span(value)
        host = re.sub(r"[.．。｡]", lambda m: f"{space}{m.group()}{space}", value[start:end])
        return value[:start] + host + value[end:]
    if item.kind == "code":  # single spaces between the token's characters
        left = value[0]
        token_end = 1 + next(
            i
            for i, c in enumerate(value[1:])
            if not c.isalnum() and c not in "\u200b\u200c\u200d\u2060\ufeff\u00ad"
        )
        return left + " ".join(value[1:token_end]) + value[token_end:]
    if item.kind in {"mark", "internal", "note", "clean_prose"}:
        return (
            space.join(value) if item.kind != "clean_prose" else space.join(value[:6]) + value[6:]
        )
    if rng.random() < 0.3 and item.kind in {"id", "mobile", "card"}:
        return space.join(value)  # every digit apart
    return _regroup(value, item.groups or (4, 4, 4, 4), space)


def t_dashes(item: Item, value: str, rng: random.Random) -> str:
    dash = rng.choice(DASHES)
    if item.kind in {"mark", "internal", "note"}:
        # between the ideographs of the words (a 密级's two, a note's), not at a comma
        spots = [i for i in range(1, len(value)) if _cjk(value[i - 1]) and _cjk(value[i])]
        return _insert(value, spots, [dash] * len(spots))
    return _regroup(value, item.groups or (4, 4, 4, 4), dash)


def t_dashes_2691(item: Item, value: str, rng: random.Random) -> str:
    return _regroup(value, (2, 6, 9, 1), rng.choice(["-", " "]))


def t_traditional(item: Item, value: str, rng: random.Random) -> str:
    out, i = [], 0
    while i < len(value):
        word = value[i : i + 2]
        if word in TRAD_WORDS:
            out.append(TRAD_WORDS[word])
            i += 2
        else:
            out.append(TRAD.get(value[i], value[i]))
            i += 1
    return "".join(out)


def _period_numerals(match: re.Match[str]) -> str:
    n = int(match.group())
    tens, ones = divmod(n, 10)
    word = (
        ("" if tens <= 1 else SMALL_NUMERALS[tens])
        + ("十" if tens else "")
        + (SMALL_NUMERALS[ones] if ones else "")
    )
    return word or "〇"


def t_numerals(item: Item, value: str, rng: random.Random) -> str:
    if item.kind == "mark":
        return re.sub(r"\d+", _period_numerals, value)
    if item.desc == "date" and "年" in value:
        y, m, d = re.findall(r"\d+", value)
        return (
            "".join(SMALL_NUMERALS[int(c)] for c in y)
            + "年"
            + _period_numerals(re.match(r"\d+", m))
            + "月"
            + _period_numerals(re.match(r"\d+", d))
            + "日"
        )
    table = SMALL_NUMERALS
    if item.kind in {"id", "mobile", "card"}:
        table = rng.choice([SMALL_NUMERALS, SMALL_NUMERALS, BIG_NUMERALS])
    return "".join(table[int(c)] if c.isdigit() else c for c in value)


def t_circled(item: Item, value: str, rng: random.Random) -> str:
    return "".join(CIRCLED[int(c)] if c.isdigit() else c for c in value)


TRANSFORMS = {
    # name: (stage, function)
    "traditional": (0, t_traditional),
    "numerals": (1, t_numerals),
    "circled": (1, t_circled),
    "full_width": (1, t_full_width),
    "cjk_stops": (2, t_cjk_stops),
    "spacing": (3, t_spacing),
    "dashes": (3, t_dashes),
    "dashes_2691": (3, t_dashes_2691),
    "zero_width": (4, t_zero_width),
}
EXCLUSIVE = [
    {"numerals", "circled", "full_width"},  # one form of the digits
    {"spacing", "dashes", "dashes_2691"},  # one grouping
]


def draw_transforms(item: Item, rng: random.Random) -> list[str]:
    names = list(item.transforms)  # (traditional acts on a number's label only: one is drawn)
    count = rng.choice([0, 1, 1, 2, 2])
    chosen: list[str] = []
    for name in rng.sample(names, len(names)):
        if len(chosen) == count:
            break
        if any(
            name in group and chosen_name in group for group in EXCLUSIVE for chosen_name in chosen
        ):
            continue
        chosen.append(name)
    return sorted(chosen, key=lambda n: TRANSFORMS[n][0])


def apply(item: Item, stack: list[str], rng: random.Random) -> str:
    value = item.value
    for name in stack:
        value = TRANSFORMS[name][1](item, value, rng)
    return value


# ----- structural places -------------------------------------------------------------------

PLACES = [
    "md_table_first",
    "md_table_middle",
    "md_table_last",
    "html_table",
    "bullet",
    "numbered",
    "nested_bullet",
    "nested_numbered",
    "quote",
    "quote_nested",
    "heading",
    "code_span",
    "fenced_code",
    "footnote",
    "link_text",
    "link_title",
    "image_alt",
    "bold",
    "italic",
    "bold_italic",
    "details_summary",
    "own_line",
]
INLINE = {"code_span", "link_text", "image_alt", "bold", "italic", "bold_italic"}


def _md_table(header: str, cell: str, column: int, rng: random.Random) -> str:
    others = rng.sample([h for h in ["姓名", "单位", "事项", "办理情况"] if h != header], 2)
    heads = others[:]
    heads.insert(column, header)
    fills = rng.sample(FILLER_CELLS, 2)
    cells = fills[:]
    cells.insert(column, cell)
    return "| " + " | ".join(heads) + " |\n|---|---|---|\n| " + " | ".join(cells) + " |"


BLOCK_TEMPLATES = {
    "html_table": (
        "<table>\n<tr><th>{th}</th><th>{header}</th></tr>\n"
        "<tr><td>{fill}</td><td>{whole}</td></tr>\n</table>"
    ),
    "bullet": "{mark} {whole}",
    "numbered": "{number}. {whole}",
    "nested_bullet": "- 办理事项\n  - {whole}",
    "nested_numbered": "1. 办理事项\n   1. {whole}",
    "quote": "> {whole}",
    "quote_nested": "> 转引如下：\n>\n> > {whole}",
    "heading": "{hashes} {whole}",
    "fenced_code": "{fence}\n{whole}\n{fence_end}",
    "footnote": "具体要求见附注[^1]。\n\n[^1]: {whole}",
    "link_title": '[点击查看原文](https://www.gov.cn/zhengce/ "{whole}")',
    "details_summary": "<details>\n<summary>{whole}</summary>\n\n详见附件。\n\n</details>",
    "own_line": "{whole}",
    # inline wrappers: the label (if any) stands before the wrapper, as editors write it
    "code_span": "{label}`{value}`",
    "link_text": "{label}[{value}](https://www.gov.cn/zhengce/)",
    "image_alt": "{label}![{value}](https://www.gov.cn/images/{number}.png)",
    "bold": "{label}**{value}**",
    "italic": "{label}*{value}*",
    "bold_italic": "{label}***{value}***",
}


def place(where: str, label: str, value: str, header: str, rng: random.Random) -> str:
    """The item (``label`` + ``value``) written into the structure ``where``."""
    whole = label + value
    if where.startswith("md_table"):
        column = {"md_table_first": 0, "md_table_middle": 1, "md_table_last": 2}[where]
        return _md_table(header, whole, column, rng)
    fence = rng.choice(["```", "~~~", "```text"])
    return BLOCK_TEMPLATES[where].format(
        whole=whole,
        label=label,
        value=value,
        header=header,
        th=rng.choice(["姓名", "单位"]),
        fill=rng.choice(FILLER_CELLS),
        mark=rng.choice(["-", "*", "+"]),
        number=rng.randint(1, 9),
        hashes="#" * rng.randint(1, 6),
        fence=fence,
        fence_end=fence[:3],
    )


def surround(block: str, rng: random.Random) -> str:
    before = rng.sample(PROSE, rng.randint(0, 2))
    after = rng.sample([p for p in PROSE if p not in before], rng.randint(0, 1))
    parts = ["".join(before)] if before else []
    parts.append(block)
    if after:
        parts.append("".join(after))
    return "\n\n".join(parts)


UNPARSABLE = "link.unparsable"


def expectation(item: Item, stack: list[str], where: str, value: str) -> tuple[str, object]:
    if item.kind == "link" and ("spacing" in stack or where == "link_title"):
        # spelled out for the reader to type, or in a link's title: docs/compliance.md, ad.spelled_link
        return "block", SPELLED
    if (
        item.kind == "clean_link"
        and where != "link_title"  # (a title is read as words: no address there is parsed)
        and ("full_width" in stack or "\u200c" in value or "\u200d" in value)
    ):
        # Triage (b), first run: a gov.cn address with full-width slashes, or a zero-width
        # joiner or non-joiner in its host, is one no browser opens (WHATWG host parsing: ／ is
        # no path separator, and UTS #46 CheckJoiners refuses the joiners) — docs/compliance.md
        # "A URL the parser rejects is never allowed (… in text it warns, link.unparsable)";
        # decided in redteam11_leftovers/fullwidth-gov-link-path and red team 20's sweep.
        return "warn", UNPARSABLE
    return item.expect, item.rule


def make_case(item: Item, rng: random.Random) -> tuple[str, str, object, str]:
    where = rng.choice(PLACES)
    stack = draw_transforms(item, rng)
    header_names = rng.random() < 0.5 and bool(item.headers)
    header = rng.choice(item.headers) if header_names else rng.choice(OTHER_HEADERS)
    label = rng.choice(item.labels) if item.labels and rng.random() < 0.45 else ""
    if (
        "traditional" in stack
        and item.kind in {"id", "mobile", "card", "clean_number"}
        and not label
    ):
        label = rng.choice(item.labels)  # traditional acts on the label's characters
    value = apply(item, stack, rng)
    if "traditional" in stack:
        label = t_traditional(item, label, rng)
    text = surround(place(where, label, value, header, rng), rng)
    expect, rule = expectation(item, stack, where, value)
    table_note = ""
    if where.endswith("table") or where.startswith("md_table"):
        table_note = (
            f"; header={'naming it' if header_names else 'naming something else'} ({header})"
        )
    note = (
        f"{item.desc} in {where}{table_note}; label={label or 'none'}; "
        f"disguise={'+'.join(stack) or 'none'}"
    )
    return text, expect, rule, note


# --- the statistics table: figures of a mobile's shape under a header giving the unit


def stats_table(rng: random.Random) -> tuple[str, str]:
    rows = ["一般公共预算收入", "税收收入", "政府性基金收入", "国有资本经营收入"]
    figures = [fresh_mobile(rng) for _ in range(2)]
    disguise = rng.choice(["none", "none", "full_width", "zero_width"])
    if disguise == "full_width":
        figures = ["".join(chr(ord(c) + 0xFEE0) for c in f) for f in figures]
    elif disguise == "zero_width":
        figures = [f[:3] + "\u200b" + f[3:] for f in figures]
    form = rng.choice(["header_unit", "unit_column", "caption", "html_header_unit"])
    picked = rng.sample(rows, 2)
    if form == "header_unit":
        head = rng.choice(["金额（元）", "决算数（元）", "预算数（元）"])
        text = f"| 指标 | {head} |\n|---|---|\n| {picked[0]} | {figures[0]} |\n| {picked[1]} | {figures[1]} |"
    elif form == "unit_column":
        text = (
            "| 指标 | 单位 | 2025年 |\n|---|---|---|\n"
            f"| {picked[0]} | 元 | {figures[0]} |\n| {picked[1]} | 元 | {figures[1]} |"
        )
    elif form == "caption":
        text = (
            f"（单位：元）\n\n| 指标 | 预算数 |\n|---|---|\n| {picked[0]} | {figures[0]} |\n"
            f"| {picked[1]} | {figures[1]} |"
        )
    else:
        text = (
            "<table>\n<tr><th>指标</th><th>金额（元）</th></tr>\n"
            f"<tr><td>{picked[0]}</td><td>{figures[0]}</td></tr>\n"
            f"<tr><td>{picked[1]}</td><td>{figures[1]}</td></tr>\n</table>"
        )
    text = surround(text, rng)
    return (
        text,
        f"statistics table, figures of a mobile's shape, unit given by {form}; disguise={disguise}",
    )


# ----- the draw ----------------------------------------------------------------------------

MUST = [
    (make_link, 50),
    (make_code, 25),
    (make_id, 35),
    (make_mobile, 35),
    ("card", 40),
    (make_mark, 25),
    (make_internal, 15),
    (make_note, 15),
]
CLEAN = [
    (make_uscc_letters, 12),
    (make_uscc_digits, 18),
    (make_org, 10),
    (make_failing_id, 14),
    (make_landline, 12),
    (make_date, 8),
    (make_amount, 10),
    (make_docno, 8),
    (make_gov_link, 12),
    (make_prose, 16),
]
STATS = 10

# The first run's failures, triaged: all 7 were expectations of mine the docs decide otherwise
# (gov.cn addresses that open nothing: see ``expectation``); none is an xfail.
XFAIL: dict[str, str] = {}

# A second slice, NOT blind: after the first run and its triage, a throw-away sweep of the same
# generator (every kind × every place, 8 draws each, seeds 1–4: 18,304 checks) found these;
# each with its twin that passes. They were strict xfails, real misses (red team 78): fix 92
# (〇 between spaced numerals, 绝密＊永-久) and fix 93 (an ordered list's item number before a
# spaced number, a token spaced letter by letter before its trigger) made them pass.
# The probes fixes 92 and 93 made pass (strict xfails before), with what they probe.
FIXED = {
    **dict.fromkeys(
        ["probe-01", "probe-02", "probe-03", "probe-04"],
        "an ordered list's item number before a number spaced digit by digit (`1. 1 3 8 0 …`), "
        "once read as a digit group of it so the mobile or card was missed (fix 93: a list "
        "marker at the start of a line is no group of the number after it)",
    ),
    **dict.fromkeys(
        ["probe-14", "probe-15"],
        "a 淘口令 token spaced letter by letter between its delimiters right before its trigger, "
        "once read only when its letters passed `written_like_a_code` (fix 93: read as the "
        "same token unspaced is)",
    ),
    **dict.fromkeys(
        ["probe-07", "probe-08", "probe-10", "probe-11"],
        "an unlabelled number in Chinese numerals, spaced or grouped, whose zero is written 〇 "
        "(fix 92: the fold closes spaces beside 〇 as between ideographs)",
    ),
    **dict.fromkeys(
        ["probe-17", "probe-18"],
        "a 密级 with a stand-in for the star and its period 永久 letter-spaced (`绝密＊永-久`; "
        "fix 92: the star after 密 is no letter-spacing, and the period's words may be spaced)",
    ),
}
PROBES = [
    ("probe-01", "现将有关事项通知如下。\n\n1. 1 3 8 0 1 2 3 4 5 0 6", "block", MOB, None),
    (
        "probe-02",
        "2. 1 8 6 0 1 2 3 4 5 6 7\n\n请各单位结合实际认真贯彻执行。",
        "block",
        MOB,
        None,
    ),
    ("probe-03", "4. 6 2 7 5 8 2 1 9 0 9 7 4 9 2 6 3", "block", CARD, None),
    (
        "probe-04",
        "1. 办理事项\n   1. 4 7 6 3 4 4 9 6 9 8 8 8 5 4 6 9 2 3 8",
        "block",
        CARD,
        None,
    ),
    ("probe-05", "- 6 2 7 5 8 2 1 9 0 9 7 4 9 2 6 3", "block", CARD, None),
    ("probe-06", "2. 186 0123 4567", "block", MOB, None),
    ("probe-07", "一 三 八 〇 一 二 三 四 五 〇 六", "block", MOB, None),
    (
        "probe-08",
        "> 一\u3000三\u3000八\u3000〇\u3000一\u3000二\u3000三\u3000四\u3000五\u3000〇\u3000六",
        "block",
        MOB,
        None,
    ),
    ("probe-09", "一 三 八 零 一 二 三 四 五 零 六", "block", MOB, None),
    ("probe-10", "六二七五 八二一九 〇九七四 九二六三", "block", CARD, None),
    ("probe-11", "**四四〇一 〇四七二 七七三九 〇七九四 三四〇**", "block", CARD, None),
    ("probe-12", "六二七五 八二一九 零九七四 九二六三", "block", CARD, None),
    ("probe-13", "卡号：六二七五 八二一九 〇九七四 九二六三", "block", CARD, None),
    ("probe-14", "> 【W k e n z p U e U 2 i】复制后打开天猫", "block", SC, None),
    ("probe-15", "###### €x s 5 b h k m N 2 3 e€复制这段话打开淘宝", "block", SC, None),
    ("probe-16", "> 【WkenzpUeU2i】复制后打开天猫", "block", SC, None),
    ("probe-17", "本通知绝密＊永-久，请妥善保管。", "block", MARK, None),
    (
        "probe-18",
        "| 说明 | 办理情况 |\n|---|---|\n| 绝密＊永-久 | 按期办理 |",
        "block",
        MARK,
        None,
    ),
    ("probe-19", "本通知绝密★永-久，请妥善保管。", "block", MARK, None),
    # 51–53 codes in their parts 2-6-9-1 whose embedded 组织机构代码 is valid stay clean (the
    # sweep's false ID readings were of codes it made with an invalid one: not well formed)
    ("probe-20", "统一社会信用代码：51-110105-930702033-9", "clean", None, None),
    ("probe-21", "- 52 110105 930804961 7", "clean", None, None),
]


def main() -> None:
    rng = random.Random(SEED)
    table = CaseTable("redteam78_blind_structure_stacks")
    n = 0
    for maker, count in MUST:
        for i in range(count):
            item = make_card(rng, i % len(NETWORKS)) if maker == "card" else maker(rng)
            text, expect, rule, note = make_case(item, rng)
            id_ = f"hit-{n:03d}"
            table.case(id_, text, expect, rule, note, xfail=XFAIL.get(id_))
            n += 1
    n = 0
    for maker, count in CLEAN:
        for _ in range(count):
            item = maker(rng)
            text, expect, rule, note = make_case(item, rng)
            id_ = f"clean-{n:03d}"
            table.case(id_, text, expect, rule, note, xfail=XFAIL.get(id_))
            n += 1
    for _ in range(STATS):
        text, note = stats_table(rng)
        id_ = f"clean-{n:03d}"
        table.case(id_, text, "clean", None, note, xfail=XFAIL.get(id_))
        n += 1
    for id_, text, expect, rule, xfail in PROBES:
        why = xfail.split(": ", 1)[1] if xfail else FIXED.get(id_, "a twin that passes")
        table.case(id_, text, expect, rule, f"second slice (not blind): {why}", xfail=xfail)
    header = (
        "red-team pass 78 (blind): structure × disguise stacks; gen_redteam78.py regenerates it"
    )
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
