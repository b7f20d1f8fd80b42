"""Generate ``redteam54_blind_public_lists.yaml``: 公示 lists and tables of people.

Red-team pass 54, written blind (issue 12, the reference docs, docs/compliance.md, the
corpus README and ``number_makers.py`` only). Whole notices as agencies publish them —
拟录用/拟聘用, 低保/临时救助, 表彰, 征地补偿, 行政处罚, 中标候选人, 不动产登记, 失信被执行人,
人才引进 — in four layouts (Markdown table, HTML table, tab-separated, numbered lines),
clean with properly masked numbers and with one leak slipped in.

Run ``python tests/compliance/corpus/gen_redteam54.py`` to write the YAML beside it.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number, luhn, org_code, uscc

FAMILY = "redteam54_blind_public_lists"
RNG = random.Random(54)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "华",
    "建国",
    "海燕",
    "志强",
    "晓东",
    "文博",
    "思远",
    "雨婷",
    "佳怡",
    "子涵",
    "浩然",
    "欣怡",
    "国庆",
    "春梅",
    "玉兰",
    "德明",
    "立新",
]
DIVISIONS = [
    "110101",
    "110105",
    "310104",
    "310115",
    "320102",
    "330106",
    "370102",
    "420106",
    "440106",
    "510107",
]
MOBILE_HEADS = [
    "130",
    "131",
    "135",
    "136",
    "138",
    "139",
    "150",
    "151",
    "152",
    "158",
    "159",
    "177",
    "180",
    "182",
    "186",
    "187",
    "188",
    "189",
    "199",
]


def name() -> str:
    return RNG.choice(SURNAMES) + RNG.choice(GIVEN)


def ident(birth_year: int | None = None) -> str:
    year = birth_year or RNG.randint(1950, 2000)
    first17 = f"{RNG.choice(DIVISIONS)}{year}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randint(1, 999):03d}"
    return id_number(first17)


def mobile() -> str:
    return RNG.choice(MOBILE_HEADS) + f"{RNG.randint(0, 99999999):08d}"


def card19() -> str:
    return luhn("621700" + f"{RNG.randint(0, 10**12 - 1):012d}")


def card16() -> str:
    return luhn("622202" + f"{RNG.randint(0, 10**9 - 1):09d}")


def mask_id(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:]


def mask_id44(number: str) -> str:
    return number[:4] + "*" * 10 + number[-4:]


def mask_mobile(number: str) -> str:
    return number[:3] + "****" + number[-4:]


def mask_card(number: str) -> str:
    return number[:4] + " **** **** " + number[-4:]


def gender() -> str:
    return RNG.choice("男女")


# ---------------------------------------------------------------- scenarios
# Each returns (title, intro, header, rows, footer); rows are lists of cell strings.

Scenario = tuple[str, str, list[str], list[list[str]], str]
FOOTER = "公示期为2024年12月5日至2024年12月11日（5个工作日）。如有异议，请在公示期内以书面形式向{org}反映。\n监督电话：0571-87654321\n\n{org}\n2024年12月5日"


def civil_servants(n: int) -> Scenario:
    rows = []
    for i in range(n):
        written = RNG.uniform(60, 85)
        oral = RNG.uniform(70, 90)
        rows.append(
            [
                str(i + 1),
                name(),
                gender(),
                f"11330106{RNG.randint(10000, 99999)}",
                f"1033{RNG.randint(1000, 9999)}",
                f"{written:.2f}",
                f"{oral:.2f}",
                f"{(written + oral) / 2:.2f}",
                str(i + 1),
                mask_id(ident()),
            ]
        )
    header = [
        "序号",
        "姓名",
        "性别",
        "准考证号",
        "职位代码",
        "笔试成绩",
        "面试成绩",
        "总成绩",
        "名次",
        "身份证号",
    ]
    return (
        "2024年度考试录用公务员拟录用人员公示",
        "根据公务员录用有关规定，经笔试、面试、体检和考察，现将拟录用人员名单公示如下：",
        header,
        rows,
        FOOTER.format(org="中共杭州市西湖区委组织部"),
    )


def public_institution(n: int) -> Scenario:
    schools = ["浙江大学", "复旦大学", "南京师范大学", "华东政法大学", "杭州师范大学"]
    posts = ["综合管理", "财务会计", "信息技术", "文字综合"]
    rows = [
        [
            str(i + 1),
            name(),
            gender(),
            f"{RNG.randint(1988, 2000)}.{RNG.randint(1, 12):02d}",
            RNG.choice(["硕士研究生", "大学本科"]),
            RNG.choice(schools),
            RNG.choice(posts),
            f"A{RNG.randint(1, 20):02d}",
        ]
        for i in range(n)
    ]
    header = ["序号", "姓名", "性别", "出生年月", "学历", "毕业院校", "拟聘岗位", "岗位代码"]
    return (
        "2024年下半年公开招聘事业单位工作人员拟聘用人员公示",
        "经笔试、面试、体检、考察等程序，现将拟聘用人员予以公示：",
        header,
        rows,
        FOOTER.format(org="杭州市西湖区人力资源和社会保障局"),
    )


def subsistence(n: int) -> Scenario:
    villages = ["留下村", "龙坞村", "转塘社区", "双浦村", "蒋村社区"]
    rows = [
        [
            str(i + 1),
            name(),
            str(RNG.randint(1, 5)),
            mask_id(ident()),
            f"{RNG.randint(600, 2800):,}.00",
            RNG.choice(villages),
        ]
        for i in range(n)
    ]
    header = ["序号", "户主姓名", "家庭人口", "身份证号码", "月保障金额（元）", "村（社区）"]
    return (
        "2024年12月城乡最低生活保障新增对象公示",
        "经本人申请、入户调查、民主评议和审核确认，拟将下列家庭纳入最低生活保障范围，现予公示：",
        header,
        rows,
        FOOTER.format(org="西湖区民政局"),
    )


def temporary_relief(n: int) -> Scenario:
    rows = [
        [
            str(i + 1),
            name(),
            mask_id(ident()),
            f"{RNG.randint(1, 12) * 500:,}.00",
            mask_card(card19()),
            mask_mobile(mobile()),
        ]
        for i in range(n)
    ]
    header = ["序号", "姓名", "身份证号", "救助金额（元）", "收款账号", "联系电话"]
    return (
        "2024年第四季度临时救助对象公示",
        "根据《社会救助暂行办法》，现将第四季度临时救助对象名单公示如下：",
        header,
        rows,
        FOOTER.format(org="转塘街道办事处"),
    )


def honours(n: int) -> Scenario:
    units = ["西湖区人民法院", "西湖区教育局", "转塘街道", "西湖区人民医院", "区交通运输局"]
    duties = ["科员", "副科长", "主任", "教师", "主治医师"]
    rows = [[str(i + 1), name(), gender(), RNG.choice(units), RNG.choice(duties)] for i in range(n)]
    header = ["序号", "姓名", "性别", "工作单位", "职务"]
    return (
        "2024年度全区保密工作先进个人拟表彰名单公示",
        "经单位推荐、评审委员会审核，拟表彰下列同志为全区保密工作先进个人，现予公示：",
        header,
        rows,
        FOOTER.format(org="西湖区表彰奖励工作领导小组办公室"),
    )


def land(n: int) -> Scenario:
    kinds = ["水田", "旱地", "林地", "宅基地"]
    rows = []
    for i in range(n):
        area = RNG.uniform(0.2, 3.5)
        rows.append(
            [
                str(i + 1),
                name(),
                mask_id(ident()),
                RNG.choice(kinds),
                f"{area:.3f}",
                f"{area * 48000:,.2f}",
                mask_card(card19()),
            ]
        )
    header = ["序号", "户主", "身份证号码", "地类", "面积（亩）", "补偿金额（元）", "收款账号"]
    return (
        "双浦镇新沙村集体土地征收补偿安置方案公示",
        "根据《中华人民共和国土地管理法》第四十七条，现将征地补偿登记结果公示如下：",
        header,
        rows,
        FOOTER.format(org="杭州市西湖区人民政府双浦街道办事处"),
    )


def company(kind: str, division: str, body8: str) -> str:
    body9 = org_code(body8)
    return uscc(kind + division + body9)


COMPANIES = [
    ("杭州某某建设工程有限公司", "91", "330106", "MA2H7K0B"),
    ("浙江某某市政园林有限公司", "91", "330000", "14291834"),
    ("杭州西湖区某某餐饮店", "92", "330106", "MA2J1Q2X"),
    ("杭州市西湖区某某商会", "51", "330106", "50871234"),
    ("杭州市西湖区某某培训学校", "52", "330106", "34207711"),
    ("浙江省某某慈善基金会", "53", "330000", "32965108"),
    ("杭州市西湖区某某中心小学", "12", "330106", "47005123"),
    ("杭州市西湖区某某局", "11", "330106", "00250319"),
]


def penalties(n: int) -> Scenario:
    rows = []
    for i in range(n):
        title, kind, division, body = COMPANIES[i % len(COMPANIES)]
        rows.append(
            [
                title,
                company(kind, division, body),
                name(),
                f"杭西市监处罚〔2024〕{RNG.randint(100, 999)}号",
                f"罚款人民币{RNG.randint(1, 50) * 1000:,}元",
                "杭州市西湖区市场监督管理局",
                f"2024-11-{RNG.randint(1, 28):02d}",
            ]
        )
    header = [
        "行政相对人名称",
        "统一社会信用代码",
        "法定代表人",
        "行政处罚决定书文号",
        "处罚内容",
        "处罚机关",
        "处罚决定日期",
    ]
    return (
        "行政处罚决定信息公示（2024年第11期）",
        "根据《企业信息公示暂行条例》，现将本局作出的行政处罚决定信息公示如下：",
        header,
        rows,
        "\n杭州市西湖区市场监督管理局\n2024年12月5日",
    )


def tender(n: int) -> Scenario:
    rows = []
    for i in range(min(n, 3)):
        title, kind, division, body = COMPANIES[i]
        rows.append(
            [
                f"第{'一二三'[i]}中标候选人",
                title,
                company(kind, division, body),
                f"{RNG.randint(1_000_000, 9_000_000):,}.{RNG.randint(0, 99):02d}",
                name(),
                f"浙{RNG.randint(1, 3)}33{RNG.randint(10**9, 10**10 - 1)}",
            ]
        )
    header = [
        "排名",
        "投标人名称",
        "统一社会信用代码",
        "投标报价（元）",
        "项目负责人",
        "注册证书编号",
    ]
    intro = "项目名称：西湖区某某道路提升改造工程\n项目编号：XHZC-2024-0312-001\n招标人：杭州市西湖区建设局\n开标时间：2024年11月28日9时30分\n\n中标候选人公示如下："
    footer = "投标保证金退还账户：户名：杭州市西湖区公共资源交易中心；开户行：中国工商银行杭州西湖支行；账号：1202021209900012345。\n公示期：2024年12月5日至2024年12月7日。\n联系人：周工，联系电话：0571-87012345\n\n杭州市西湖区公共资源交易中心\n2024年12月5日"
    return "西湖区某某道路提升改造工程中标候选人公示", intro, header, rows, footer


def real_estate(n: int) -> Scenario:
    rows = [
        [
            str(i + 1),
            name(),
            f"浙（2024）杭州市不动产权第{RNG.randint(1000000, 9999999)}号",
            f"330106{RNG.randint(1, 9):03d}{RNG.randint(1, 99):03d}GB{RNG.randint(10000, 99999)}F{RNG.randint(10000000, 99999999)}",
            f"西湖区转塘街道象山村{RNG.randint(1, 12)}组{RNG.randint(1, 80)}号",
            f"{RNG.uniform(60, 180):.2f}",
        ]
        for i in range(n)
    ]
    header = ["序号", "权利人", "不动产权证号", "不动产单元号", "坐落", "面积（㎡）"]
    return (
        "不动产首次登记公告（2024年第48号）",
        "经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条，现予公告：",
        header,
        rows,
        "异议书面材料送达地址：杭州市西湖区文三路1号 邮编：310012\n\n杭州市西湖区不动产登记中心\n2024年12月5日",
    )


def court_style(number: str) -> str:
    return number[:10] + "****" + number[-4:]


def defaulters(n: int) -> Scenario:
    rows = [
        [
            str(i + 1),
            name(),
            gender(),
            str(RNG.randint(25, 70)),
            court_style(ident()),
            "杭州市西湖区人民法院",
            f"（2024）浙0106执{RNG.randint(100, 9999)}号",
        ]
        for i in range(n)
    ]
    header = ["序号", "姓名", "性别", "年龄", "身份证号码", "执行法院", "案号"]
    return (
        "失信被执行人名单公布（第十二批）",
        "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将下列失信被执行人名单予以公布：",
        header,
        rows,
        "\n杭州市西湖区人民法院\n2024年12月5日",
    )


def talent(n: int) -> Scenario:
    schools = ["北京大学", "清华大学", "浙江大学", "中国科学院大学", "上海交通大学"]
    majors = ["计算机科学与技术", "公共管理", "临床医学", "材料科学与工程"]
    rows = [
        [
            str(i + 1),
            name(),
            gender(),
            f"{RNG.randint(1988, 1998)}年{RNG.randint(1, 12)}月",
            "博士研究生",
            RNG.choice(schools),
            RNG.choice(majors),
            "西湖区某某研究院",
        ]
        for i in range(n)
    ]
    header = ["序号", "姓名", "性别", "出生年月", "学历学位", "毕业院校", "专业", "引进单位"]
    return (
        "2024年度高层次人才引进拟引进人员公示",
        "经资格审查、考核等程序，现将拟引进人员名单公示如下：",
        header,
        rows,
        FOOTER.format(org="中共杭州市西湖区委人才工作领导小组办公室"),
    )


SCENARIOS: dict[str, Callable[[int], Scenario]] = {
    "civil-servants": civil_servants,
    "public-institution": public_institution,
    "subsistence": subsistence,
    "temporary-relief": temporary_relief,
    "honours": honours,
    "land": land,
    "penalties": penalties,
    "tender": tender,
    "real-estate": real_estate,
    "defaulters": defaulters,
    "talent": talent,
}


# ------------------------------------------------------------------ layouts


def markdown(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    lines = [caption, ""] if caption else []
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def html(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    parts = ['<table border="1" cellspacing="0">']
    if caption:
        parts.append(f"<caption>{caption}</caption>")
    parts.append("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
    parts += ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
    parts.append("</table>")
    return "\n".join(parts)


def tabs(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    lines = [caption] if caption else []
    lines.append("\t".join(header))
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines)


def numbered(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    lines = [caption, ""] if caption else []
    for number, row in enumerate(rows, 1):
        cells = (
            [f"{h}：{c}" for h, c in zip(header[1:], row[1:], strict=True)]
            if header[0] == "序号"
            else [f"{h}：{c}" for h, c in zip(header, row, strict=True)]
        )
        lines.append(f"{number}. " + "，".join(cells) + "；")
    return "\n".join(lines)


LAYOUTS: dict[str, Callable[..., str]] = {
    "md": markdown,
    "html": html,
    "tsv": tabs,
    "lines": numbered,
}


def notice(
    scenario: Scenario, layout: str, caption: str = "", top: str = "", bottom: str = ""
) -> str:
    title, intro, header, rows, footer = scenario
    table = LAYOUTS[layout](header, rows, caption)
    parts = [p for p in (top, f"# {title}", intro, table, footer, bottom) if p]
    return "\n\n".join(parts)


# -------------------------------------------------------------------- cases

CASES: list[dict[str, object]] = []


# (none left: lookalike-post-code-col, an 11-digit 岗位代码 under its header in a tab-separated
# sheet, passes since fix 111d counted a tab paste's columns as written)
XFAIL: dict[str, str] = {}


def add(case_id: str, text: str, expect: str, rule: str | list[str] | None, note: str) -> None:
    case: dict[str, object] = {"id": case_id, "text": text, "expect": expect}
    if rule is not None:
        case["rule"] = rule if isinstance(rule, str) or len(rule) > 1 else rule[0]
    case["note"] = note
    if case_id in XFAIL:
        case["xfail"] = XFAIL[case_id]
    CASES.append(case)


def clean_notices() -> None:
    for key, make in SCENARIOS.items():
        for layout in LAYOUTS:
            add(
                f"clean-{key}-{layout}",
                notice(make(8), layout),
                "clean",
                None,
                f"{key} 公示 ({layout}): names, ages, scores, codes, 文号, amounts, landlines, masked numbers; nothing to find",
            )


def row_leak(scenario: Scenario, column: str, value: str, row: int) -> Scenario:
    title, intro, header, rows, footer = scenario
    rows = [list(r) for r in rows]
    row = min(row, len(rows) - 1)  # (a 中标候选人 table has three rows: first run, my slip)
    if column in header:
        rows[row][header.index(column)] = value
    else:
        header = [*header, column]
        rows = [[*r, value if i == row else ""] for i, r in enumerate(rows)]
    return title, intro, header, rows, footer


def fifty_rows() -> None:
    for layout in LAYOUTS:
        add(
            f"clean-50-rows-{layout}",
            notice(subsistence(50), layout),
            "clean",
            None,
            "a 低保 table of 50 families, every ID number masked 6+4",
        )
        leak = ident()
        add(
            f"leak-id-row-37-of-50-{layout}",
            notice(row_leak(subsistence(50), "身份证号码", leak, 36), layout),
            "block",
            "personal.id_number",
            "one row of 50 has its ID number unmasked",
        )
        add(
            f"clean-50-relief-{layout}",
            notice(temporary_relief(50), layout),
            "clean",
            None,
            "a 临时救助 table of 50, masked ID numbers, cards and mobiles side by side",
        )
        add(
            f"leak-mobile-row-12-of-50-{layout}",
            notice(row_leak(temporary_relief(50), "联系电话", mobile(), 11), layout),
            "block",
            "personal.mobile",
            "one row of 50 has its mobile unmasked beside masked IDs and cards",
        )
        leak_x = id_number("44010619900315105")
        add(
            f"leak-id-last-row-of-50-{layout}",
            notice(row_leak(civil_servants(50), "身份证号", leak_x, 49), layout),
            "block",
            "personal.id_number",
            "the last row of 50 拟录用 has the ID unmasked",
        )


def full_columns() -> None:
    for layout in LAYOUTS:
        title, intro, header, rows, footer = defaulters(6)
        rows = [[*r[:4], ident(), *r[5:]] for r in rows]
        header = [*header[:4], "证件号码", *header[5:]]
        add(
            f"leak-id-column-{layout}",
            notice((title, intro, header, rows, footer), layout),
            "block",
            "personal.id_number",
            "a whole column of full ID numbers under 证件号码",
        )
        remark = f"联系电话{mobile()}"
        add(
            f"leak-mobile-in-remarks-{layout}",
            notice(row_leak(honours(10), "备注", remark, 4), layout),
            "block",
            "personal.mobile",
            "a mobile in a 备注 cell of a 表彰 list",
        )
        add(
            f"leak-card-relief-{layout}",
            notice(row_leak(temporary_relief(10), "收款账号", card19(), 3), layout),
            "block",
            "personal.bank_card",
            "a person's UnionPay card (19 digits, Luhn) under 收款账号 in a 救助 list",
        )
        add(
            f"leak-card16-land-{layout}",
            notice(row_leak(land(10), "收款账号", card16(), 7), layout),
            "block",
            "personal.bank_card",
            "a person's 16-digit card under 收款账号 in a 征地补偿 list",
        )


def markings() -> None:
    for layout in LAYOUTS:
        add(
            f"secret-top-line-{layout}",
            notice(civil_servants(6), layout, top="秘密★1年"),
            "block",
            "secrecy.marking",
            "a 密级 with star and period above the 公示",
        )
        add(
            f"internal-caption-{layout}",
            notice(honours(6), layout, caption="表1 拟表彰人员名单（内部资料）"),
            "block",
            "secrecy.internal",
            "内部资料 in the table's caption, in brackets",
        )
        add(
            f"not-public-note-{layout}",
            notice(land(6), layout, bottom="（此件不予公开）"),
            "block",
            "disclosure.not_public",
            "a 公开属性 note at the end of the list",
        )
        add(
            f"public-note-{layout}",
            notice(land(6), layout, bottom="（此件公开发布）"),
            "clean",
            None,
            "the note saying the list is public",
        )
    title, intro, header, rows, footer = subsistence(5)
    add(
        "secret-in-html-header",
        notice((title, intro, ["密级：秘密", *header[1:]], rows, footer), "html"),
        "block",
        "secrecy.marking",
        "a 密级 field in a <th> of the table's header",
    )
    add(
        "secret-in-md-header-row",
        "| 密级 | 机密 |\n|---|---|\n| 文件 | 拟录用人员名单 |\n\n" + markdown(header, rows),
        "block",
        "secrecy.marking",
        "a 密级 field table above the list",
    )
    add(
        "secret-th-colspan",
        notice((title, intro, header, rows, footer), "html").replace(
            "<tr><th>序号", '<tr><th colspan="6">机密★5年</th></tr>\n<tr><th>序号', 1
        ),
        "block",
        "secrecy.marking",
        "a 密级 with star and period in a header row spanning the table",
    )
    add(
        "secret-md-header-cell",
        notice((title, intro, [*header[:-1], "秘密★3年"], rows, footer), "md"),
        "block",
        "secrecy.marking",
        "a 密级 as a header cell of a Markdown table",
    )
    add(
        "internal-html-caption-note",
        notice(honours(5), "html", caption="内部资料　注意保存"),
        "block",
        "secrecy.internal",
        "内部资料 注意保存 as an HTML caption",
    )
    add(
        "internal-md-bold-above",
        notice(public_institution(5), "md", caption="**内部资料 不得外传**"),
        "block",
        "secrecy.internal",
        "a bold internal note as the table's caption",
    )
    add(
        "internal-tsv-caption",
        notice(talent(5), "tsv", caption="人才引进拟引进人员名单（仅供内部参考）"),
        "block",
        "secrecy.internal",
        "仅供内部参考 in brackets after the caption of a pasted sheet",
    )
    add(
        "not-public-field-top",
        notice(subsistence(5), "md", top="公开属性：不予公开"),
        "block",
        "disclosure.not_public",
        "an attribute field at the top",
    )
    add(
        "public-field-top",
        notice(subsistence(5), "md", top="公开属性：主动公开"),
        "clean",
        None,
        "the attribute field saying the list is public",
    )
    add(
        "clean-secrecy-honours-caption",
        notice(honours(5), "html", caption="全区保密工作先进个人拟表彰名单"),
        "clean",
        None,
        "保密工作 in a caption is prose",
    )


def masks() -> None:
    number = id_number("31010419851122368")
    phone = "13816545678"
    good = {
        "id-6-4": number[:6] + "********" + number[-4:],
        "id-4-4": number[:4] + "**********" + number[-4:],
        "id-3-4": number[:3] + "***********" + number[-4:],
        "id-court-year": court_style(number),
        "id-wrong-count-short": number[:4] + "*********" + number[-4:],
        "id-wrong-count-long": number[:6] + "*********" + number[-4:],
        "id-all-but-last-4": "*" * 14 + number[-4:],
        "id-x-masked": id_number("44010619900315105")[:6]
        + "********"
        + id_number("44010619900315105")[-4:],
        "id-grouped-masked": number[:6] + " ******** " + number[-4:],
        "id-fullwidth-stars": number[:6] + "＊＊＊＊＊＊＊＊" + number[-4:],
        "mobile-3-4": phone[:3] + "****" + phone[-4:],
        "mobile-dashes": phone[:3] + "-****-" + phone[-4:],
        "mobile-spaces": phone[:3] + " **** " + phone[-4:],
        "mobile-plus86": "+86 " + phone[:3] + "****" + phone[-4:],
        "mobile-5-stars": phone[:3] + "*****" + phone[-3:],
        "mobile-3-only": phone[:3] + "********",
        "mobile-x-mask": phone[:3] + "xxxx" + phone[-4:],
        "mobile-fullwidth-stars": phone[:3] + "＊＊＊＊" + phone[-4:],
        "card-last-4": "************" + card19()[-4:],
        "card-4-4": mask_card(card19()),
    }
    for key, value in good.items():
        label = (
            "身份证号"
            if key.startswith("id")
            else ("联系电话" if key.startswith("mobile") else "收款账号")
        )
        header = ["序号", "姓名", label, "金额（元）"]
        rows = [["1", name(), value, "1,500.00"], ["2", name(), value, "2,000.00"]]
        layout = list(LAYOUTS)[len(CASES) % 4]
        add(
            f"mask-{key}",
            notice(
                ("临时救助公示", "现公示如下：", header, rows, "西湖区民政局\n2024年12月5日"),
                layout,
            ),
            "clean",
            None,
            f"a masked number ({key}) that hides enough",
        )
    bad = {
        "id-two-day-digits": (
            number[:12] + "**" + number[-4:],
            "personal.id_number",
            "only the day masked: the birth date nearly shown, a filling makes it valid (docs: undermasked)",
        ),
        "id-check-masked": (
            number[:17] + "*",
            "personal.id_number",
            "only the check character masked",
        ),
        "id-one-seq-digit": (
            number[:15] + "*" + number[-2:],
            "personal.id_number",
            "one sequence digit masked",
        ),
        "id-two-seq-x": (
            id_number("44010619900315105")[:14] + "**" + id_number("44010619900315105")[-2:],
            "personal.id_number",
            "two sequence digits masked, the birth date shown",
        ),
        "mobile-one-digit": (
            phone[:7] + "*" + phone[-3:],
            "personal.mobile",
            "one digit of a mobile masked leaves ten candidates (decided: hides too little)",
        ),
        "mobile-unmasked-plain": (
            phone,
            "personal.mobile",
            "a mobile not masked at all in a masked list",
        ),
    }
    for key, (value, rule, why) in bad.items():
        label = "身份证号" if key.startswith("id") else "联系电话"
        ok = mask_id(ident()) if label == "身份证号" else mask_mobile(mobile())
        header = ["序号", "姓名", label, "金额（元）"]
        rows = [
            ["1", name(), ok, "1,500.00"],
            ["2", name(), value, "2,000.00"],
            ["3", name(), ok, "800.00"],
        ]
        for layout in ("md", "html"):
            add(
                f"undermask-{key}-{layout}",
                notice(
                    ("临时救助公示", "现公示如下：", header, rows, "西湖区民政局\n2024年12月5日"),
                    layout,
                ),
                "block",
                rule,
                why,
            )


def codes() -> None:
    for index, (title, kind, division, body) in enumerate(COMPANIES):
        code = company(kind, division, body)
        org = org_code(body)
        for layout in ("md", "lines"):
            header = ["单位名称", "统一社会信用代码", "组织机构代码", "中标金额（元）"]
            rows = [[title, code, f"{org[:8]}-{org[8]}", "1,286,400.00"]]
            add(
                f"uscc-{index}-{kind}-{layout}",
                notice(
                    (
                        "中标结果公告",
                        "项目编号：XHZC-2024-0312-002",
                        header,
                        rows,
                        "杭州市西湖区公共资源交易中心\n2024年12月5日",
                    ),
                    layout,
                ),
                "clean",
                None,
                f"a valid 统一社会信用代码 of prefix {kind} and its 组织机构代码",
            )
    digits = [uscc("51330106" + org_code(f"{n:08d}")) for n in range(50871000, 50871400)]
    numeric = [d for d in digits if d.isdigit() and luhn(d[:-1]) == d][:3]
    for i, code in enumerate(numeric):
        add(
            f"uscc-51-digits-luhn-{i}",
            f"社会团体登记公示\n\n| 名称 | 统一社会信用代码 |\n|---|---|\n| 杭州市西湖区某某协会 | {code} |",
            "clean",
            None,
            "an all-digit 51 code that passes Luhn: not a card",
        )
        add(
            f"uscc-51-digits-luhn-bare-{i}",
            f"杭州市西湖区某某协会（{code}）年检合格。",
            "clean",
            None,
            "the same all-digit 51 code without a label",
        )


def lookalikes() -> None:
    singles = {
        "exam-no-mobile-shape-col": (
            "| 序号 | 姓名 | 准考证号 | 笔试成绩 |\n|---|---|---|---|\n| 1 | 王伟 | 13810512345 | 78.50 |\n| 2 | 李芳 | 13810512346 | 77.00 |",
            "11-digit 准考证号 of a mobile's shape under its column",
        ),
        "exam-no-label": (
            "准考证号：15901020304，笔试成绩81.5分，面试成绩83.2分。",
            "11-digit 准考证号 after its label",
        ),
        "signup-serial-col": (
            "<table><tr><th>报名序号</th><th>姓名</th><th>名次</th></tr><tr><td>18800012345</td><td>张明</td><td>1</td></tr><tr><td>18800012399</td><td>刘洋</td><td>2</td></tr></table>",
            "11-digit 报名序号 under its column in HTML",
        ),
        "post-code-col": (
            "序号\t姓名\t岗位代码\t总成绩\n1\t赵敏\t13100120001\t82.15\n2\t钱磊\t13100120002\t80.90",
            "11-digit 岗位代码 in a tab-separated sheet",
        ),
        "post-code-label": (
            "1. 孙杰，男，岗位代码：13100120003，总成绩79.60，名次1；",
            "岗位代码 after its label in a numbered line",
        ),
        "landlines": (
            "咨询电话：0571-87654321、(0571)87012345、021-6321 1234，传真：0571-87654322。",
            "landlines of the agency",
        ),
        "amounts": (
            "补偿总额：13,812,345.00元，其中安置补助费1,380,000.00元，青苗补偿费38,712.50元。",
            "amounts with thousands separators",
        ),
        "big-amount-col": (
            "| 项目 | 金额（元） |\n|---|---|\n| 土地补偿费 | 15812345678 |\n| 合计 | 15812345678 |",
            "an 11-digit figure under a 金额（元） column",
        ),
        "agency-account": (
            "投标保证金缴纳账户\n户名：杭州市西湖区公共资源交易中心\n开户行：中国建设银行杭州西湖支行\n账号：3305 0161 3600 0000 0123",
            "the agency's 对公 account in fours",
        ),
        "agency-account-icbc": (
            "收款单位：杭州市西湖区财政局 开户银行：中国工商银行杭州分行营业部 账号：1202020209900012345",
            "a 财政局's 19-digit ICBC account",
        ),
        "penalty-doc-no": (
            "行政处罚决定书文号：杭西市监处罚〔2024〕312号；案件编号：3301062024000123。",
            "a decision's 文号 and a case number",
        ),
        "estate-cert": (
            "不动产权证号：浙（2024）杭州市不动产权第0312345号；不动产单元号：330106003001GB00012F00010001。",
            "不动产权证号 and 28-character 不动产单元号",
        ),
        "project-no": (
            "项目编号：ZJXH-2024-GK-0312；采购计划编号：330106202412050001。",
            "项目编号 and 采购计划编号",
        ),
        "dates-times": (
            "公示时间：2024年12月5日—2024年12月11日；开标时间：2024-11-28 09:30:00。",
            "dates and times",
        ),
        "court-case": (
            "案号：（2024）浙0106执恢1234号；执行依据文号：（2023）浙0106民初5678号。",
            "court case numbers",
        ),
        "exam-no-13": (
            "| 准考证号 | 姓名 | 成绩 |\n|---|---|---|\n| 1133010612345 | 王静 | 86.5 |\n| 1133010612346 | 周强 | 84.0 |",
            "13-digit 准考证号",
        ),
        "ages-scores": (
            "1. 陈超，男，32岁，总成绩85.35，名次1\n2. 林娜，女，28岁，总成绩84.10，名次2",
            "ages and scores in numbered lines",
        ),
        "builder-cert": (
            "项目负责人：郑军，注册建造师证书编号：浙133101234567，安全生产考核合格证书编号：浙建安B（2019）0012345。",
            "建造师 and 安全考核 certificates",
        ),
        "postcode-address": (
            "通讯地址：杭州市西湖区文三路1号，邮编：310012，联系人：王老师，电话：0571-87654321。",
            "a postcode beside an address and a landline",
        ),
        "hotline": ("监督举报电话：12345、12388，或来信寄至西湖区纪委监委信访室。", "hotlines"),
    }
    for key, (text, why) in singles.items():
        add(f"lookalike-{key}", text, "clean", None, why)


SLIP = " (wrong expectation on the first run: the leak went to a fourth row this table lacks, and the case was clean; now the last row)"


def scenario_leaks() -> None:
    leaks = [
        ("身份证号码", ident, "personal.id_number", "an unmasked ID number in one cell"),
        ("联系电话", mobile, "personal.mobile", "an unmasked mobile in an added 联系电话 column"),
        ("备注", lambda: f"本人手机{mobile()}", "personal.mobile", "a mobile inside a 备注 cell"),
        (
            "身份证号",
            lambda: id_number("11010519491231002"),
            "personal.id_number",
            "the test-vector ID with X in one cell",
        ),
    ]
    for i, (key, make) in enumerate(SCENARIOS.items()):
        for j, layout in enumerate(LAYOUTS):
            column, value, rule, why = leaks[(i + j) % len(leaks)]
            add(
                f"leak-{key}-{layout}",
                notice(row_leak(make(8), column, value(), 3), layout),
                "block",
                rule,
                f"{key}: {why}" + (SLIP if key == "tender" else ""),
            )
    title, intro, header, rows, footer = penalties(4)
    person = f"当事人：{name()}，身份证号码：{ident()}，住所：杭州市西湖区某某路8号。"
    add(
        "leak-penalty-individual",
        notice((title, intro, header, rows, footer), "md", bottom=person),
        "block",
        "personal.id_number",
        "an individual's unmasked ID in a 处罚 notice",
    )
    add(
        "clean-penalty-individual",
        notice(
            (title, intro, header, rows, footer),
            "md",
            bottom=f"当事人：{name()}，身份证号码：{mask_id(ident())}。",
        ),
        "clean",
        None,
        "the same with the ID masked",
    )
    add(
        "leak-tender-contact",
        notice(tender(3), "html", bottom=f"项目负责人联系方式：{mobile()}"),
        "block",
        "personal.mobile",
        "a 项目负责人's mobile under a 中标候选人 table",
    )
    add(
        "leak-relief-card-lines",
        notice(temporary_relief(5), "lines", bottom=f"补发说明：第3户收款账号更正为{card19()}。"),
        "block",
        "personal.bank_card",
        "a corrected card number in a sentence after the list",
    )


def after_first_run() -> None:
    """Second slice, not blind: around the fix for mobiles masked too little."""
    table = (
        "| 序号 | 姓名 | 联系电话 |\n|---|---|---|\n| 1 | 王伟 | 139****1234 |\n| 2 | 李芳 | {} |"
    )
    for key, value, expect in [
        ("two-last", "13816545**8", "block"),
        ("full-width", "138＊6545678", "block"),
        ("plus86", "+86 1381654*678", "block"),
        ("three", "138165***78", "clean"),
        ("five", "138*****678", "clean"),
        ("exam-no", "准考证号：1381654*678", "clean"),
    ]:
        rule = "personal.mobile" if expect == "block" else None
        why = (
            "masked too little (1–2 digits)" if expect == "block" else "masked enough, or no mobile"
        )
        add(
            f"after-mobile-mask-{key}",
            table.format(value),
            expect,
            rule,
            f"after the first run: {why}",
        )


def main() -> None:
    clean_notices()
    fifty_rows()
    full_columns()
    markings()
    masks()
    codes()
    lookalikes()
    scenario_leaks()
    after_first_run()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"

    class Dumper(yaml.SafeDumper):
        pass

    def text_block(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
        if (
            "\n" in data
            and "\t" not in data
            and not any(line != line.rstrip() for line in data.split("\n"))
        ):
            return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, text_block)
    out = Path(__file__).with_name(f"{FAMILY}.yaml")
    document = {"family": FAMILY, "cases": CASES}
    out.write_text(
        yaml.dump(document, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )
    blocks = sum(1 for c in CASES if c["expect"] != "clean")
    sys.stdout.write(f"{len(CASES)} cases, {blocks} must block, {len(CASES) - blocks} clean\n")


if __name__ == "__main__":
    main()
