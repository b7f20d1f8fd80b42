"""Regenerate redteam86_blind_tables_separators.yaml (red-team pass 86, written blind).

The false-finding hunt at scale for what the latest passes widened: Markdown (GFM) and HTML
tables of every government kind (政府信息公开年报 counts, 公开指南, 办事指南, 采购/中标 results,
值班表, 名单 with masked IDs, 保密宣传 tables of 密级 and 保密期限, library catalogues with a
内部资料 type, 会议安排), numbers written with one ``・ ‧ · ／ ～ 〜 /`` between groups (dates,
ranges, 文号, ISBN/ISSN, 统一社会信用代码, extensions, serials after any colon), Chinese numerals
beside digits after phone labels, 【】 signs of apps with 复制 in instructions, ``/…/`` paths
after a colon, underscores in file names, percent-encoded gov.cn links and quoted-printable
``=`` at line ends of formulas.

Each slot value carries the findings the docs define for it (a bare 不予公开 alone in a table
cell warns ``secrecy.sensitive_term``, fix 117/120; a real 淘口令 inside a quoted scam message
still blocks ``ad.share_code``); anything else is suspect.

``python tests/compliance/corpus/gen_redteam86.py`` writes the family: ~250 sampled generated
posts, ~40 posts hiding one real item, and the false findings the sweep found (after triage).
``python tests/compliance/corpus/gen_redteam86.py --sweep N [out.json]`` (with govpub importable)
puts N generated posts through ``govpub.check`` and counts unexpected findings by rule and slot.
First run (295 cases: 250 generated, 45 hidden): 159 failed, all false findings, no miss.
Triage: (a) 0; (b) 3 patterns — the table row ``（三）不予公开`` is a documented prose phrase
(clean), 涉密 in a 保密 course's cell warns, a Luhn-valid 62… 会员卡号 blocks; (c) 4 patterns —
an HTML ``<td>不予公开</td>`` blocks (the docs' limit), 内部资料 alone in a catalogue's cell and
会后收回 in a meeting table's cell block (fix 115: a cell is a line), ``1381234/5678`` is a
mobile (fix 118); (d) d1 a 保密宣传 table of the three levels blocks, d2 ``<td>依申请公开</td>``
warns; widening the grammar then found d3 (a 会员卡号 column header), d4 (内部公开 in a 公开目录
cell), d5 (试卷…严禁外传) and, by hand, d6 (非涉密) and d7 (受理量／办结量：1381234／5678).
Sweep after triage: 40,000 posts, 22,143
blocked, 8,833 warned; every finding not documented for its form is one of d1–d5 (d1 12,714,
d3 8,722, d4 4,063, d5 1,395, d2 1,306).
Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py``, ``number_makers.py`` and the layout of ``gen_redteam83.py`` only).
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number, luhn, uscc

SEED = 86
INTERNAL = "secrecy.internal"
MARKING = "secrecy.marking"
NOT_PUBLIC = "disclosure.not_public"
ON_REQUEST = "disclosure.on_request"
MOBILE = "personal.mobile"
BLOCKS = {INTERNAL, MARKING, NOT_PUBLIC, MOBILE, CARD, "personal.id_number", "ad.share_code"}
# the real false findings (d) the sweep found: id -> (rules they add, why)
REAL = {
    "d1-levels-table": (
        {MARKING},
        "red team 86: a 保密宣传 table listing all three levels in a 密级 column (| 绝密 | 30年 |) "
        "blocks secrecy.marking; the docs pass a list of the levels on lines, and a GFM/HTML cell "
        "counts as a line",
    ),
    "d2-html-on-request": (
        {ON_REQUEST},
        "red team 86: <td>依申请公开</td> in an HTML 公开指南 table warns disclosure.on_request, "
        "while the docs keep | 依申请公开 | a column's value (same gap as the documented HTML "
        "<td>不予公开</td> limit)",
    ),
    "d3-member-column": (
        {CARD},
        "red team 86: a 62… number failing Luhn under a 会员卡号/会员号/VIP卡号 column header warns "
        "personal.bank_card; the docs exempt a shop's member number after those labels (the same "
        "number after 会员卡号： in prose is clean)",
    ),
    "d4-inner-open-cell": (
        {NOT_PUBLIC},
        "red team 86: 内部公开 alone in a 公开目录 table's value cell (| 职工福利待遇 | 内部公开 |) "
        "blocks disclosure.not_public, while the bare verdicts 不予公开/不公开/非公开 in such a cell "
        "are a table's value (fix 117/120)",
    ),
    "d5-exam-paper": (
        {INTERNAL},
        "red team 86: 严禁外传 closing a 考务 sentence about another object (试卷属绝密材料，考试结束前"
        "严禁外传) blocks secrecy.internal as if it were the post's own note",
    ),
}
Rng = random.Random
SEPS = ["・", "‧", "·", "／", "～", "〜", "/"]
COLONS = ["：", "︰", "∶", ":"]


def isbn13(first12: str) -> str:
    """ISBN-13 with its check digit (weights 1, 3)."""
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def issn(first7: str) -> str:
    """ISSN with its MOD 11 check character."""
    total = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1), strict=True))
    value = (11 - total % 11) % 11
    return first7[:4] + "-" + first7[4:] + ("X" if value == 10 else str(value))


# ----- table makers: (kind, rows of cells, documented rules) ----------------------------------


def t_annual(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["处理结果", "数量（件）"]]
    for name in ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"]:
        rows.append([name, str(r.randint(0, 300))])  # noqa: PERF401
    return "annual", rows, {TERM}


def t_annual_sub(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["（三）不予公开", "件数"]]
    for name in [
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
    ]:
        rows.append([name, str(r.randint(0, 20))])  # noqa: PERF401
    return "annual_sub", rows, set()


def t_guide(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["信息类别", "公开方式", "公开时限"]]
    rows.append(["机构职能", "主动公开", "信息形成之日起20个工作日内"])
    rows.append(["规范性文件", r.choice(["主动公开", "网站公开"]), "印发之日起20个工作日内"])
    rows.append(["涉及国家秘密的", "不予公开", "—"])
    rows.append(["依申请公开的信息", "依申请公开", "收到申请之日起20个工作日内答复"])
    return "guide", rows, {TERM}


def t_service(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["事项", "材料", "时限", "收费"]]
    rows.append(["居民身份证换领", "居民户口簿、原证件", f"{r.randint(7, 60)}个工作日", "20元"])
    rows.append(["营业执照变更", "变更登记申请书、股东会决议", "3个工作日", "不收费"])
    rows.append(
        ["不动产登记", "申请书、身份证明、权属来源材料", f"5{r.choice(SEPS)}10个工作日", "80元/件"]
    )
    return "service", rows, set()


def t_procure(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    code = uscc("91110105" + "".join(r.choice("0123456789ABCDEFGH") for _ in range(9)))
    rows = [
        ["项目编号", "项目名称", "预算金额（元）", "中标金额（元）", "中标供应商统一社会信用代码"]
    ]
    rows.append(
        [
            f"BJZC-2026-{r.randint(100, 999)}",
            "政务新媒体运维服务",
            f"{r.randint(100, 999)},{r.randint(100, 999)}.00",
            f"{r.randint(100, 999)},{r.randint(100, 999)}.00",
            code,
        ]
    )
    social = uscc(
        r.choice(["51", "52", "53"]) + "110000" + "".join(r.choice("0123456789") for _ in range(9))
    )
    rows.append(
        [
            "ZFCG〔2026〕" + str(r.randint(10, 99)) + "号",
            "社会组织评估服务",
            "500000",
            "486000",
            social,
        ]
    )
    return "procure", rows, set()


def t_duty(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    sep = r.choice(SEPS)
    rows = [["日期", "带班领导", "值班人员", "值班电话"]]
    for d in range(3):
        rows.append(  # noqa: PERF401
            [
                f"2026{sep}03{sep}{15 + d:02d}",
                r.choice(["张建国", "李红", "王伟"]),
                r.choice(["赵敏", "孙磊", "周洁"]),
                f"010-6{r.randint(1000000, 9999999)}{r.choice(['', '转8001', '-123'])}",
            ]
        )
    return "duty", rows, set()


def t_list(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["序号", "姓名", "身份证号", "联系电话", "备注"]]
    for i in range(1, 4):
        rows.append(  # noqa: PERF401
            [
                str(i),
                r.choice(["张*", "李**", "王*明"]),
                f"110105********{r.randint(1000, 9999)}",
                f"138****{r.randint(1000, 9999)}",
                r.choice(["已公示", "拟录用", "—"]),
            ]
        )
    return "list", rows, set()


def t_secrecy_levels(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["密级", "保密期限（一般）"]]
    rows.append(["绝密", "30年"])
    rows.append(["机密", "20年"])
    rows.append(["秘密", "10年"])
    return "secrecy_levels", rows, set()


def t_secrecy_files(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["文件名称", "密级", "保密期限"]]
    rows.append(["2026年政务公开工作要点", r.choice(["非密", "公开"]), "—"])
    rows.append(["政府信息公开指南", r.choice(["非密", "公开"]), "—"])
    return "secrecy_files", rows, set()


def t_secrecy_course(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["课程", "要点"]]
    rows.append(["定密管理", "国家秘密分为绝密、机密、秘密三级"])
    rows.append(["涉密载体", "严禁在互联网上传递秘密文件，注意保密"])
    rows.append(["宣传用语", "保守国家秘密，严禁外传工作资料"])
    return "secrecy_course", rows, {TERM}


def t_catalogue(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["题名", "类型", "索书号"]]
    rows.append(["北京统计年鉴2025", "年鉴", f"C832.1{r.choice(SEPS)}{r.randint(10, 99)}"])
    rows.append(
        [
            r.choice(["区志办工作通讯", "档案工作简报"]),
            "内部资料",
            f"K291.{r.randint(1, 9)}/{r.randint(10, 99)}",
        ]
    )
    return "catalogue", rows, {INTERNAL}


def t_meeting(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["时间", "议程", "备注"]]
    rows.append([f"9{r.choice([':', '：'])}00", "传达学习会议精神", "—"])
    note = r.choice(["会议材料会后收回", "请携带笔记本"])
    rows.append([f"10{r.choice([':', '：'])}30", "审议工作方案", note])
    return "meeting", rows, {INTERNAL} if "收回" in note else set()


def t_member(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["序号", r.choice(["会员卡号", "会员号", "VIP卡号"]), "储值余额（元）", "处理结果"]]
    for i in range(1, 3):
        number = "62" + "".join(r.choice("0123456789") for _ in range(14))
        while luhn_ok(number):
            number = number[:-1] + str((int(number[-1]) + 1) % 10)
        rows.append([str(i), number, str(r.randint(100, 5000)), "已退还"])
    return "member", rows, set()


def t_open_catalogue(r: Rng) -> tuple[str, list[list[str]], set[str]]:
    rows = [["公开内容", r.choice(["公开形式", "公开范围", "公开方式"])]]
    rows.append(["收费项目及标准", "对外公开"])
    rows.append([r.choice(["干部选拔任用", "职工福利待遇", "年度考核结果"]), "内部公开"])
    return "open_catalogue", rows, set()


TABLES = [
    t_annual,
    t_annual_sub,
    t_guide,
    t_service,
    t_procure,
    t_duty,
    t_list,
    t_secrecy_levels,
    t_secrecy_files,
    t_secrecy_course,
    t_catalogue,
    t_meeting,
    t_member,
    t_open_catalogue,
]


def render(rows: list[list[str]], html: bool) -> str:
    if html:
        head = "".join(f"<th>{c}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
        return f"<table><tr>{head}</tr>{body}</table>"
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


# ----- prose slots: (name, maker) -> (value, documented rules) --------------------------------


def s_date(r: Rng) -> tuple[str, set[str]]:
    sep = r.choice(SEPS)
    return f"2026{sep}{r.randint(1, 12):02d}{sep}{r.randint(1, 28):02d}", set()


def s_range(r: Rng) -> tuple[str, set[str]]:
    return (
        f"{r.choice(['2021', '2026'])}{r.choice(SEPS)}{r.choice(['2025', '2030', '2035'])}年",
        set(),
    )


def s_docno(r: Rng) -> tuple[str, set[str]]:
    return f"{r.choice(['京政发', '国办发', '京政办发'])}〔2026〕{r.randint(1, 199)}号", set()


def s_issue(r: Rng) -> tuple[str, set[str]]:
    return f"第{r.randint(1, 12)}{r.choice(SEPS)}{r.randint(1, 31)}号", set()


def s_ratio(r: Rng) -> tuple[str, set[str]]:
    return f"{r.randint(1000, 99999)}{r.choice(['/', '／'])}{r.randint(1000, 99999)}", set()


def s_ratio_long(r: Rng) -> tuple[str, set[str]]:
    # docs (fix 118): one slash in a mobile's 7-4 grouping is read without a label
    return f"13{r.randint(10000, 99999)}{r.choice(['/', '／'])}{r.randint(1000, 9999)}", {MOBILE}


def s_isbn(r: Rng) -> tuple[str, set[str]]:
    body = "9787" + "".join(r.choice("0123456789") for _ in range(8))
    n = isbn13(body)
    return f"ISBN {n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}", set()


def s_issn(r: Rng) -> tuple[str, set[str]]:
    return "ISSN " + issn("".join(r.choice("0123456789") for _ in range(7))), set()


def s_uscc_piece(r: Rng) -> tuple[str, set[str]]:
    code = uscc(
        r.choice(["51", "52", "53", "12"])
        + "110105"
        + "".join(r.choice("0123456789") for _ in range(9))
    )
    sep = r.choice(["", " ", "-", "・"])
    return f"统一社会信用代码{r.choice(COLONS)}{code[:6]}{sep}{code[6:]}", set()


def s_ext(r: Rng) -> tuple[str, set[str]]:
    return (
        f"联系电话{r.choice(COLONS)}010-{r.randint(60000000, 89999999)}{r.choice(['转', '-', '／', '・'])}{r.randint(100, 8999)}",
        set(),
    )


def s_serial(r: Rng) -> tuple[str, set[str]]:
    label = r.choice(["受理编号", "订单号", "报名序号", "文章编号", "档案号"])
    return f"{label}{r.choice(COLONS)}{r.randint(10**10, 10**13)}", set()


def luhn_ok(number: str) -> bool:
    return luhn(number[:-1]) == number


def s_member(r: Rng) -> tuple[str, set[str]]:
    number = f"{r.choice(['62', '88'])}{r.randint(10**13, 10**14 - 1)}"
    # docs: the 会员卡号 exemption covers the 62… no-Luhn warning; a checked UnionPay number blocks
    rules = {CARD} if number.startswith("62") and luhn_ok(number) else set()
    return f"会员卡号{r.choice(COLONS)}{number}", rules


def s_numeral_phone(r: Rng) -> tuple[str, set[str]]:
    return r.choice(
        [
            "联系电话：12345一线",
            "电话：010-1234五六转接人工",
            "手机号：3个以内",
            "Tel2024年版",
            "Tel: 010-65123456",
            "Phone: +86 10 6512 3456",
            "热线电话：12345（一号响应）",
            "联系电话：12345，一站式受理",
            "办公电话：6512三楼服务台",
        ]
    ), set()


def s_app(r: Rng) -> tuple[str, set[str]]:
    return r.choice(
        [
            "【微信】复制公众号名称“北京发布”搜索关注",
            "【淘宝】复制链接到浏览器打开即可查看公示",
            "【京东】复制（2026）12号文件标题搜索原文",
            "【支付宝】复制“浙里办”搜索进入",
            "【抖音】复制账号名称搜索关注",
            "【12345】复制工单号查询进度",
        ]
    ), set()


def s_path(r: Rng) -> tuple[str, set[str]]:
    return r.choice(
        [
            f"路径{r.choice(COLONS)}/zwgk/index.html",
            f"栏目路径{r.choice(COLONS)}/zwgk/zfxxgkml/",
            "详见——www.beijing.gov.cn",
            "网址——www.gov.cn",
            "https://www.gov.cn/search?q=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80",
            "https://www.beijing.gov.cn/zhengce/%E6%94%BF%E7%AD%96%E8%A7%A3%E8%AF%BB/",
        ]
    ), set()


def s_file(r: Rng) -> tuple[str, set[str]]:
    return r.choice(
        [
            "附件：file_name_v2.docx",
            "附件：mm_12_34.xlsx",
            "附件：2026_03_15_gongshi.pdf",
            "附件：zwgk_nb_2025.pdf",
        ]
    ), set()


def s_qp(r: Rng) -> tuple[str, set[str]]:
    return r.choice(
        [
            "计算公式：增长率 =\n（本期数 - 上期数）÷ 上期数 × 100%",
            "人均 = 总量 ÷ 人数 =\n1381234 ÷ 5678",
            "A = B + C =\n12 + 34",
        ]
    ), set()


def s_prose(r: Rng) -> tuple[str, set[str]]:
    value = r.choice(
        [
            "请各单位注意保密个人信息，严禁外传考生名单",
            "依法不予公开的情形见下表",
            "涉及国家秘密的信息依法不予公开",
            "会议材料请妥善保管，注意保密",
            "试卷属绝密材料，考试结束前严禁外传",
        ]
    )
    return value, ({TERM} if "不予公开" in value else set())


SLOTS = {
    "date": s_date,
    "range": s_range,
    "docno": s_docno,
    "issue": s_issue,
    "ratio": s_ratio,
    "ratio_long": s_ratio_long,
    "isbn": s_isbn,
    "issn": s_issn,
    "uscc": s_uscc_piece,
    "ext": s_ext,
    "serial": s_serial,
    "member": s_member,
    "numeral_phone": s_numeral_phone,
    "app": s_app,
    "path": s_path,
    "file": s_file,
    "qp": s_qp,
    "prose": s_prose,
}

LEADS = [
    "根据《中华人民共和国政府信息公开条例》，现将有关情况公布如下。",
    "为方便群众办事，现将有关事项公告如下：",
    "按照工作安排，现予公示，公示期{date}至{range}。",
    "本报告依据{docno}编制，统计期限为{range}。",
]
LINES = [
    "发布日期：{date}，文号：{docno}。",
    "本期为{issue}，出版物{isbn}，{issn}。",
    "申请量与答复量之比为{ratio}，较上年{ratio_long}有所变化。",
    "中标供应商{uscc}。",
    "如有疑问请咨询，{ext}。",
    "查询方式：凭{serial}查询办理进度。",
    "据消协通报，投诉人{member}的储值余额已退还。",
    "{numeral_phone}。",
    "{app}。",
    "原文{path}。",
    "{file}",
    "{qp}",
    "规划期为{range}。",
    "{prose}。",
]
TITLES = [
    "北京市某区人民政府2025年政府信息公开工作年度报告",
    "某区政府信息公开指南（2026年版）",
    "关于公布政务服务事项办事指南的通知",
    "政务新媒体运维服务项目中标结果公告",
    "2026年春节假期值班安排",
    "2026年公开招聘拟聘用人员名单公示",
    "保密宣传月知识问答",
    "区图书馆地方文献新书通报",
    "关于召开全区政务公开工作会议的通知",
]


def fill(template: str, r: Rng, slots: list[tuple[str, str]], rules: set[str]) -> str:
    out = template
    for name, maker in SLOTS.items():
        key = "{" + name + "}"
        while key in out:
            value, extra = maker(r)
            rules |= extra
            slots.append((name, value))
            out = out.replace(key, value, 1)
    return out


def make_post(r: Rng) -> dict[str, object]:
    slots: list[tuple[str, str]] = []
    rules: set[str] = set()
    real: set[str] = set()
    parts = [fill(r.choice(LEADS), r, slots, rules)]
    # the prose slot's exam sentence is a real false finding (d5), tagged after filling
    kinds = []
    for maker in r.sample(TABLES, r.randint(1, 2)):
        kind, rows, extra = maker(r)
        html = r.random() < 0.3
        kinds.append(kind + (":html" if html else ":md"))
        # (an HTML table reads as the GFM one since fix 125: <td>不予公开</td> is a value too)
        rules |= extra
        # (d1 levels, d2 <td>依申请公开</td>, d3 a 会员卡号 column: fixed by fix 125)
        # (kind "open_catalogue": d4, fixed by fix 123 — 内部公开 in a value cell is a table's value)
        parts.append(render(rows, html))
        for row in rows:
            for cell in row:
                slots.append((f"cell-{kind}", cell))  # noqa: PERF401
    for template in r.sample(LINES, r.randint(2, 4)):
        parts.append(fill(template, r, slots, rules))  # noqa: PERF401
    # (the prose slot's exam sentence, d5: fixed by fix 126)
    return {
        "title": r.choice(TITLES),
        "body": "\n\n".join(parts),
        "rules": sorted(rules),
        "real": sorted(real),
        "slots": slots,
        "kinds": kinds,
    }


# ----- hidden real items (contrast) -----------------------------------------------------------


def hidden_items(r: Rng) -> list[tuple[str, str, str, object, str]]:
    card = luhn("622202" + "".join(r.choice("0123456789") for _ in range(12)))
    ident = id_number("110105198503151" + str(r.randint(10, 99)))
    return [
        (
            "mobile-dot",
            "如有疑问请联系 138・12345678。",
            "block",
            "personal.mobile",
            "a mobile with ・ between groups",
        ),
        (
            "mobile-slash",
            "联系人：王老师，手机：138／1234／5678。",
            "block",
            "personal.mobile",
            "a mobile after a label with ／",
        ),
        (
            "card-cell",
            f"| 姓名 | 银行卡号 |\n|---|---|\n| 张三 | {card} |",
            "block",
            "personal.bank_card",
            "a UnionPay card in a cell",
        ),
        (
            "card-cell-html",
            f"<table><tr><th>姓名</th><th>开户账号</th></tr><tr><td>张三</td><td>{card}</td></tr></table>",
            "block",
            "personal.bank_card",
            "a card in an HTML cell",
        ),
        (
            "id-cell",
            f"| 姓名 | 身份证号 |\n|---|---|\n| 张三 | {ident} |",
            "block",
            "personal.id_number",
            "an unmasked ID in a cell",
        ),
        (
            "id-dot",
            f"身份证号：{ident[:6]}・{ident[6:14]}・{ident[14:]}",
            "block",
            "personal.id_number",
            "an ID grouped with ・",
        ),
        (
            "note-cell",
            "| 通知 | 此件不予公开 |\n|---|---|\n| 正文 | 见附件 |",
            "block",
            "disclosure.not_public",
            "a disclosure note alone in a cell (fix 115)",
        ),
        (
            "marking-cell",
            "| 通知 | ★机密 |\n|---|---|\n| 正文 | 见附件 |",
            "block",
            "secrecy.marking",
            "a marking alone in a cell (fix 115)",
        ),
        (
            "marking-cell-period",
            "| 通知 | 机密/5年 |\n|---|---|\n| 正文 | 见附件 |",
            "block",
            "secrecy.marking",
            "a marking with its period in a cell",
        ),
        (
            "miji-field",
            "| 密级 | 机密 |\n|---|---|\n| 文号 | 京政发〔2026〕1号 |",
            "block",
            "secrecy.marking",
            "a 密级 field with its value",
        ),
        (
            "neibu-cell",
            "| 经济动态 | 内部参阅 |\n|---|---|\n| 第3期 | 2026・03・15 |",
            "block",
            "secrecy.internal",
            "an internal note alone in a cell (fix 115)",
        ),
        (
            "taokouling",
            "【淘宝】复制￥AbCd1234EfG￥",
            "block",
            "ad.share_code",
            "an app sign and 复制 before a delimited code (fix 114)",
        ),
        (
            "jd-code",
            "【京东】复制(Xk9mPq2LrT)",
            "block",
            "ad.share_code",
            "an app sign and 复制 before a bracketed code",
        ),
        (
            "shortlink-cell",
            "| 报名入口 | t.cn/A6xYz123 |\n|---|---|",
            "fixed",
            "ad.link_stripped",
            "a short link in a cell",
        ),
        (
            "attr-cell",
            "| 公开属性 | 不予公开 |\n|---|---|\n| 文号 | 京政发〔2026〕1号 |",
            "block",
            "disclosure.not_public",
            "an attribute field in a table (docs)",
        ),
    ]


# ----- the family -----------------------------------------------------------------------------

# triaged patterns of the sweep: (id, text, expect, rule, note, xfail); "d" = REAL's reasons
LEVELS_MD = "| 密级 | 保密期限 |\n|---|---|\n| 绝密 | 30年 |\n| 机密 | 20年 |\n| 秘密 | 10年 |"
LEVELS_HTML = (
    "<table><tr><th>密级</th><th>保密期限</th></tr><tr><td>绝密</td><td>30年</td></tr>"
    "<tr><td>机密</td><td>20年</td></tr><tr><td>秘密</td><td>10年</td></tr></table>"
)
FB: list[tuple[str, str, str, object, str, str | None]] = [
    (
        "d1-levels-md",
        LEVELS_MD,
        "clean",
        None,
        "保密宣传: the three levels and their periods (d1: fixed by fix 125)",
        None,
    ),
    (
        "d1-levels-html",
        LEVELS_HTML,
        "clean",
        None,
        "the same table in HTML",
        None,
    ),
    (
        "d1-levels-columns",
        "| 绝密 | 机密 | 秘密 |\n|---|---|---|\n| 30年 | 20年 | 10年 |",
        "clean",
        None,
        "the three levels as column headers",
        None,
    ),
    (
        "d1-levels-one-row",
        "| 密级 | 保密期限 |\n|---|---|\n| 秘密 | 10年 |",
        "block",
        "secrecy.marking",
        "one level and its period under a 密级 header: a document's own 密级 block, its 版头 "
        "(review 47; clean in fix 125)",
        None,
    ),
    (
        "d2-html-on-request",
        "<table><tr><th>信息类别</th><th>公开方式</th></tr><tr><td>预算说明</td><td>依申请公开</td></tr></table>",
        "clean",
        None,
        "依申请公开 as an HTML 指南 table's value (d2: fixed by fix 125)",
        None,
    ),
    (
        "d2-md-on-request",
        "| 信息类别 | 公开方式 |\n|---|---|\n| 预算说明 | 依申请公开 |",
        "clean",
        None,
        "the same in GFM: a column's value (docs, fix 115)",
        None,
    ),
    (
        "d3-member-md",
        "| 序号 | 会员卡号 |\n|---|---|\n| 1 | 6222021234567891 |",
        "clean",
        None,
        "消协 report: a 62… member number failing Luhn under a 会员卡号 header (d3: fixed by fix 125)",
        None,
    ),
    (
        "d3-member-html",
        "<table><tr><th>序号</th><th>会员卡号</th></tr><tr><td>1</td><td>6222021234567891</td></tr></table>",
        "clean",
        None,
        "the same in HTML",
        None,
    ),
    (
        "d3-member-prose",
        "投诉人会员卡号：6222021234567891，储值余额已退还。",
        "clean",
        None,
        "the same number after the label in prose (docs: clean)",
        None,
    ),
    (
        "d4-inner-open",
        "| 公开内容 | 公开形式 |\n|---|---|\n| 收费标准 | 对外公开 |\n| 职工福利 | 内部公开 |",
        "clean",
        None,
        "院务公开目录: 内部公开 as a category's value (d4: fixed by fix 123)",
        None,
    ),
    (
        "d4-not-public-cell",
        "| 信息名称 | 公开方式 |\n|---|---|\n| 内部管理制度 | 非公开 |",
        "clean",
        None,
        "the bare verdict 非公开 in the same place stays clean (docs)",
        None,
    ),
    (
        "d5-exam-paper",
        "试卷属绝密材料，考试结束前严禁外传。",
        "clean",
        None,
        "考务 prose",
        None,
    ),
    (
        "d6-non-secret",
        "| 文件 | 密级 |\n|---|---|\n| 年度工作要点 | 非涉密 |",
        "clean",
        None,
        "a file list's 密级 column saying 非涉密",
        None,
    ),
    (
        "d6-not-secret",
        "| 文件 | 密级 |\n|---|---|\n| 年度工作要点 | 不涉密 |",
        "clean",
        None,
        "不涉密 in the same place is clean",
        None,
    ),
    (
        "d7-count-pair",
        "2025年12345热线受理量／办结量：1381234／5678（件）。",
        "clean",
        None,
        "two counts after two quantity labels joined by the same slash (d7: fixed by fix 123, the"
        " unit in brackets after it)",
        None,
    ),
    (
        "d7-count-pair-unit",
        "受理量（件）：1381234／5678",
        "clean",
        None,
        "the same with the documented unit in brackets",
        None,
    ),
    # documented verdicts (triage (b)/(c))
    (
        "c-html-annual",
        "<table><tr><td>不予公开</td><td>12</td></tr></table>",
        "warn",
        TERM,
        "an HTML <td>不予公开</td> in a count row is a table's value, as in GFM (fix 125 lifted the"
        " limit of fix 117/120)",
        None,
    ),
    (
        "c-md-annual",
        "| 处理结果 | 数量 |\n|---|---|\n| 不予公开 | 12 |\n| 无法提供 | 3 |",
        "warn",
        TERM,
        "docs: a bare verdict alone in a cell is a table's value and warns",
        None,
    ),
    (
        "c-catalogue",
        "| 题名 | 类型 |\n|---|---|\n| 区志办工作通讯 | 内部资料 |",
        "block",
        INTERNAL,
        "docs (fix 115): an internal-use note alone in a GFM cell blocks — a catalogue's type too",
        None,
    ),
    (
        "c-catalogue-long",
        "| 题名 | 类型 |\n|---|---|\n| 区志办工作通讯 | 内部资料性出版物 |",
        "clean",
        None,
        "docs: 内部资料性出版物 is prose (prose_phrases.txt)",
        None,
    ),
    (
        "c-meeting",
        "| 会议材料 | 会后收回 |\n|---|---|\n| 会议地点 | 三楼会议室 |",
        "block",
        INTERNAL,
        "docs: 会后收回 as a note; a cell counts as a line",
        None,
    ),
    (
        "c-book-title",
        "| 书名 | 出版 |\n|---|---|\n| 绝密 | 2026 |",
        "block",
        MARKING,
        "docs: a 密级 alone in a table cell blocks, a book called 绝密 too",
        None,
    ),
    (
        "c-exam-level",
        "| 考试科目 | 试卷密级 |\n|---|---|\n| 行政职业能力测验 | 绝密 |",
        "block",
        MARKING,
        "docs: a 密级 field with its value",
        None,
    ),
    (
        "c-ratio-7-4",
        "两项之比为1381234/5678。",
        "clean",
        None,
        "docs (fix 118): one slash in a mobile's 7-4 grouping is read without a label — but since"
        " review 44 (fix 122) not after a ratio's word (之比为): clean",
        None,
    ),
    (
        "c-ratio-colon",
        "申请量与答复量之比为1381234：5678。",
        "clean",
        None,
        "a colon is no separator",
        None,
    ),
    (
        "c-scam-quote",
        "骗子发来的信息：【淘宝】复制￥AbCd1234EfG￥打开淘宝",
        "block",
        "ad.share_code",
        "docs: a real 淘口令 inside a quoted scam message still blocks",
        None,
    ),
    (
        "c-course",
        "| 课程 | 要点 |\n|---|---|\n| 定密管理 | 国家秘密分为绝密、机密、秘密三级 |\n| 涉密载体 | 严禁在互联网上传递 |",
        "warn",
        TERM,
        "docs: 涉密 in prose warns",
        None,
    ),
    (
        "c-catalogue-distribution",
        "| 题名 | 出版者 | 发行 |\n|---|---|---|\n| 北京年鉴 | 北京市地方志办 | 内部发行 |",
        "clean",
        None,
        "docs: （内部发行） is a distribution scope — but alone in a value cell it is the catalogue's"
        " value since fix 123, as a bare 不予公开 there is",
        None,
    ),
    (
        "c-imprint",
        "| 序号 | 资料名称 | 备注 |\n|---|---|---|\n| 1 | 统计资料汇编 | 内部资料，免费交流 |",
        "block",
        INTERNAL,
        "docs: 内部资料 as a note in its own cell",
        None,
    ),
    (
        "c-star-example",
        "保密期限在密级后用★隔开，如“秘密★10年”。",
        "warn",
        TERM,
        "docs (red team 50): a quoted 密级 with its star and period blocks; since fix 126 one quoted"
        " as an example after 如 in a sentence about marking warns (a reviewer looks)",
        None,
    ),
    (
        "c-antifraud-quote",
        "【国家反诈中心】提醒：收到“【淘宝】复制￥AbCd1234EfG￥打开淘宝”这类短信请勿轻信。",
        "block",
        "ad.share_code",
        "docs: a real 淘口令 quoted in a warning still blocks",
        None,
    ),
    (
        "c-unit-less-amount",
        "| 标段 | 预算金额 |\n|---|---|\n| 1 | 13812345678 |",
        "block",
        MOBILE,
        "docs: an amount needs its unit (元, a caption's 单位) to be no mobile",
        None,
    ),
    (
        "k-attr-column",
        "| 文件名称 | 公开属性 |\n|---|---|\n| 工作要点 | 主动公开 |\n| 会议纪要 | 不予公开 |",
        "warn",
        TERM,
        "a 公开属性 column listing other documents' verdicts: the bare verdict warns (fix 120)",
        None,
    ),
    (
        "k-annual-bold",
        "| 处理结果 | 数量 |\n|:-:|:-:|\n| **不予公开** | 12 |",
        "warn",
        TERM,
        "a bold bare verdict under a centred delimiter row",
        None,
    ),
    (
        "k-app-link",
        "【淘宝】复制链接到浏览器打开即可查看公示。",
        "clean",
        None,
        "an app sign and 复制 with no code",
        None,
    ),
    (
        "k-app-docno",
        "【京东】复制（2026）12号文件标题搜索原文。",
        "clean",
        None,
        "a 文号 in brackets is no code",
        None,
    ),
    (
        "k-wechat",
        "【微信】复制公众号名称“北京发布”搜索关注。",
        "clean",
        None,
        "an account's name",
        None,
    ),
    (
        "k-ext",
        "联系电话︰0755-8888 6666-123",
        "clean",
        None,
        "a landline and extension after a Big5 colon",
        None,
    ),
    (
        "k-numeral",
        "联系电话：010-1234五六",
        "clean",
        None,
        "numerals after a landline's digits",
        None,
    ),
    (
        "k-path",
        "原文路径：/zwgk/zfxxgkml/202603/t20260315_1381234.html",
        "clean",
        None,
        "a path after a colon",
        None,
    ),
    ("k-mm", "附件：mm_12_34.xlsx", "clean", None, "pid's mm_ as a file name", None),
    (
        "k-qp",
        "增长率 =E6=94=BF=\n本期数",
        "clean",
        None,
        "quoted-printable-like = at a line end",
        None,
    ),
    (
        "k-amount",
        "| 项目编号 | 预算金额（元） |\n|---|---|\n| 2026-138 | 13812345678 |",
        "clean",
        None,
        "an amount under a unit header (docs)",
        None,
    ),
    (
        "k-order",
        "| 日期 | 订单号 |\n|---|---|\n| 2026・03・15 | 1381234・5678 |",
        "clean",
        None,
        "a 7-4 number under a serial label's column (docs)",
        None,
    ),
]


def verdict(rules: list[str]) -> str:
    if set(rules) & BLOCKS:
        return "block"
    if set(rules) - {"ad.link_stripped"}:
        return "warn"
    return "fixed" if rules else "clean"


def build_table() -> CaseTable:
    table = CaseTable("redteam86_blind_tables_separators")
    r = random.Random(SEED)
    n = 0
    while n < 250:
        post = make_post(r)
        rules = post["rules"]
        expect = verdict(rules)
        rule: object = None if not rules else (rules[0] if len(rules) == 1 else rules)
        kinds = ",".join(post["kinds"])
        names = ",".join(sorted({s for s, _ in post["slots"] if not s.startswith("cell-")}))
        text = post["body"]
        # a real false finding whose rules the documented ones already hold changes no verdict
        real = [d for d in post["real"] if not REAL[d][0] <= set(rules)]
        xfail = "; ".join(REAL[d][1] for d in real) or None
        table.case(
            f"gen-{n:03d}",
            text,
            expect,
            rule,
            f"generated post ({post['title']}): tables {kinds}; slots {names}",
            xfail=xfail,
        )
        n += 1
    body_r = random.Random(f"{SEED}:hidden")
    for round_ in range(3):
        for id_, item, expect, rule, note in hidden_items(body_r):
            # a plain frame, so the hidden item's finding is the only one
            text = f"关于做好有关工作的通知\n\n为方便群众办事，现将有关事项公告如下：\n\n{item}\n\n发布日期：2026・03・15。"
            table.case(f"hidden-{round_}-{id_}", text, expect, rule, "hidden real item: " + note)
    for id_, text, expect, rule, note, xfail in FB:
        table.case(f"hand-{id_}", text, expect, rule, note, xfail=xfail)
    return table


def sweep(count: int, out: Path) -> None:
    """``count`` generated posts through ``govpub.check``; unexpected findings by rule and slot."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for n in range(count):
        post = make_post(rng)
        result = check(Post(title=post["title"], body=post["body"]), policy)
        sev = {f.severity for f in result.findings}
        verdicts["block" if "block" in sev else "warn" if "warn" in sev else "clean"] += 1
        expected = set(post["rules"])
        for rule in expected - {f.rule for f in result.findings}:
            by_pattern["missing", rule] += 1
        for f in result.findings:
            if f.rule in expected:
                continue
            known = [d for d in post["real"] if f.rule in REAL[d][0]]
            if known:
                by_pattern["d", known[0]] += 1
                continue
            slot = "?"
            text = post["title"] if f.field == "title" else post["body"]
            for name, value in post["slots"]:
                at = text.find(value)
                while at >= 0 and f.offset is not None:
                    if at <= f.offset < at + len(value):
                        slot = f"{name}:{value}"
                        break
                    at = text.find(value, at + 1)
                if slot != "?":
                    break
            form = (
                "html"
                if "<td>" in (f.excerpt or "")
                else "md"
                if "|" in (f.excerpt or "")
                else "text"
            )
            key = (f.severity, f.rule, slot.split(":")[0], form)
            by_pattern[key] += 1
            if len(samples[key]) < 3:
                samples[key].append(
                    {
                        "n": n,
                        "field": f.field,
                        "excerpt": f.excerpt,
                        "slot": slot,
                        "body": post["body"],
                    }
                )
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt86_sweep.json"))
        return
    header = "red-team pass 86 (blind): government tables, separators and app signs; gen_redteam86.py regenerates it"
    build_table().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
