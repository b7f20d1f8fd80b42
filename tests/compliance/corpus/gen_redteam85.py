"""Regenerate redteam85_blind_issue_draw4.yaml (red-team pass 85, written blind).

A fourth draw of issue 12's hidden set, as its author would write it after reading the issue's
list: every form the issue names, and the variants a test writer thinks of next — other ad and
short hosts, other invisible characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD, U+180E,
variation selectors), other dot and colon stand-ins, mixed widths inside one token, case, the
form at the start or end, in the title or the body, twice, beside an allowed link, in a list or
a quote; ID numbers and mobiles with other separators and groupings, an X/x check character;
markings with other stars and periods; disclosure notes in other brackets and wordings; the
traditional forms of other markings — and as many look-alikes that must stay clean (valid
统一社会信用代码 of every prefix, 组织机构代码, wrong-check IDs, service and landline numbers,
gov.cn links in odd forms, 机密/内部 in prose, 不予公开 in prose, prices, book titles).
Written before the checker or any other family was read (issue 12, docs/compliance.md, the
corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam71.py`` only). Fixed
seed; run from the repository root:

    python tests/compliance/corpus/gen_redteam85.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam85.py --sweep N  # N random posts, counted by form
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, USCC_CHARS, id_number, is_id_number, luhn, org_code, uscc

SEED = 85
FAMILY = "redteam85_blind_issue_draw4"

# The brief's characters, as data.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
INVISIBLE += ["\ufe00", "\ufe0f", "\U000e0100"]  # variation selectors
SPACES = [" ", "\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u205f"]
NUMBER_SEPS = ["-", "－", "・", "·", "‧", "∙", "—", "―", "~", "／", *SPACES]
ODD_SEPS = {"∙", "―", "~", "／"}  # separators the docs do not list: only after a label
DOTS = ["。", "．", "｡", "﹒"]
COLONS = [":", "：", "︰", "∶"]
STARS = ["★", "☆", "✩", "⭐", "✱", "✲", "✳", "❋", "＊", "※"]
STAR_LIKE = {"★", "☆", "✩", "⭐"}  # fold to ★: a period is optional after them
PERIODS = ["10年", "长期", "一年", "3个月", "永久", "5年", "二十年"]
LEVELS = ["绝密", "机密", "秘密"]

PROSE = [
    "区政府召开专题会议，研究部署下一阶段重点工作。",
    "各街道、各部门要压实责任，确保各项措施落到实处。",
    "请各单位结合实际认真贯彻执行。",
    "本次活动由区文明办、区教育局联合举办。",
    "全区共完成老旧小区改造项目十二个。",
    "如有疑问，请在工作日与承办科室联系。",
    "活动时间为2024年5月10日至6月30日。",
]
TITLES = ["关于做好近期重点工作的通知", "区政府召开常务会议", "关于开展专项检查的公告"]
GOV_LINK = "https://www.gov.cn/zhengce/content/2024-01/05/content_6924218.htm"
SIGN_OFF = "\n\n××区人民政府办公室\n2024年3月1日\n"

INLINE = {"link", "code", "id", "mobile", "card", "clean_number", "clean_link", "clean_prose"}


@dataclass
class Seed:
    """One value of one kind, and what a check must say of it."""

    kind: str
    value: str
    expect: str
    rule: str | list[str] | None
    desc: str
    labels: list[str] = field(default_factory=list)
    groupings: list[tuple[int, ...]] = field(default_factory=list)


# ----- values ------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fresh_id(rng: random.Random, check: str | None = None) -> str:
    while True:
        birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        number = id_number(rng.choice(DIVISIONS) + birth + _digits(rng, 3))
        if check is None or number.endswith(check):
            return number


def _fresh_mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + _digits(rng, 9)


def _card(rng: random.Random, prefix: str, length: int) -> str:
    while True:
        number = luhn(prefix + _digits(rng, length - len(prefix) - 1))
        if not any(number[i] == "1" and number[i + 1] in "3456789" for i in range(len(number) - 1)):
            return number


def _tail(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice("AbCdEfGhJkMnPqRsTuVwXyZ23456789") for _ in range(n))


ID_GROUPINGS = [
    (6, 8, 4),
    (6, 4, 4, 4),
    (3, 3, 4, 4, 4),
    (4, 4, 4, 4, 2),
    (6, 6, 6),
    (2, 4, 4, 4, 4),
]
MOBILE_GROUPINGS = [(3, 4, 4), (3, 8), (4, 4, 3), (7, 4)]
CARD_GROUPINGS = [(4, 4, 4, 4, 4), (6, 13)]
ID_LABELS = ["身份证号：", "身份证号码", "公民身份号码：", "证件号码:"]
MOBILE_LABELS = ["联系电话：", "手机：", "手机号", "联系人电话:"]


def ad_seeds(rng: random.Random) -> list[Seed]:
    """Every ad and short host the docs list and the issue's link forms."""
    t = _tail(rng)
    links = [
        (f"s.click.taobao.com/t?e=m%3D2%26s%3D{t}", "taobao-affiliate"),
        (f"u.jd.com/{t}", "jd-short"),
        (f"t.cn/A6{t}", "weibo-short"),
        (f"dwz.cn/{t}", "baidu-short"),
        (f"https:/t.cn/A6{t}", "one-slash"),
        (f"HTTPS://U.JD.COM/{t}", "upper-scheme"),
        (f"uland.taobao.com/coupon/edetail?e={t}", "uland"),
        (f"m.tb.cn/h.{t}", "m.tb.cn"),
        (f"e.tb.cn/h.{t}", "e.tb.cn"),
        (f"union-click.jd.com/jdc?e={t}", "union-click"),
        (f"url.cn/{t}", "url.cn"),
        (f"suo.im/{t}", "suo.im"),
        (f"bit.ly/{t}", "bit.ly"),
        (f"tinyurl.com/{t}", "tinyurl"),
        (f"is.gd/{t}", "is.gd"),
        (f"b23.tv/{t}", "b23.tv"),
        (f"v.douyin.com/{t}/", "douyin-share"),
        (f"xhslink.com/{t}", "xhslink"),
        (f"p.pinduoduo.com/{t}", "pinduoduo"),
        (f"wxaurl.cn/{t}", "wxaurl"),
        (f"sohu.gg/{t}", "sohu.gg"),
    ]
    labels = ["报名网址:", "详见", "链接：", "报名网址︰", "点击", "扫码或访问", "(", "网址∶"]
    seeds = [Seed("link", link, "fixed", LS, f"link {desc}", labels) for link, desc in links]
    codes = [
        ("￥AbCd1234XyZ￥", "yuan"),
        ("「VAQz99KzQVD」", "corner"),
        ("《Kp3mZx82QwE《", "double-angle"),
        ("€g1IVbaMXxxK€", "euro"),
        ("$Rt8sPq3LmN2$", "dollar"),
        ("¥Hx7Kp2WzQ9m¥", "half-yen"),
        ("₤Zq4Lm8XvT2b₤", "lira"),
        ("『Pq9Wm3KzX7v』", "white-corner"),
    ]
    triggers = [
        "复制后打开淘宝",
        "复制这段话后打开手机淘宝",
        "復制後打開淘寶",
        "，复制本条信息，打开【手机淘宝】即可查看",
    ]
    for i, (code, desc) in enumerate(codes):
        trigger = triggers[i % len(triggers)]
        seeds.append(Seed("code", code + trigger, "block", SC, f"share code {desc}"))
    return seeds


def personal_seeds(rng: random.Random) -> list[Seed]:
    """The issue's ID number and mobile, fresh ones, X/x check characters, and cards."""
    ids = ["310104198511223688", _fresh_id(rng), _fresh_id(rng), _fresh_id(rng, "X")]
    ids.append(_fresh_id(rng, "X").replace("X", "x"))
    seeds = [
        Seed("id", n, "block", IDN, "id" + (" X" if n[-1] in "Xx" else ""), ID_LABELS, ID_GROUPINGS)
        for n in ids
    ]
    mobiles = ["13812345678", _fresh_mobile(rng), _fresh_mobile(rng), _fresh_mobile(rng)]
    seeds += [
        Seed("mobile", m, "block", MOB, "mobile", MOBILE_LABELS, MOBILE_GROUPINGS) for m in mobiles
    ]
    for name, prefix, length in [
        ("unionpay19", "622", 19),
        ("unionpay16", "62", 16),
        ("visa", "4", 16),
    ]:
        groupings = CARD_GROUPINGS if length == 19 else [(4, 4, 4, 4)]
        seeds.append(
            Seed(
                "card",
                _card(rng, prefix, length),
                "block",
                CARD,
                f"card {name}",
                ["卡号：", "银行卡号", "收款卡号："],
                groupings,
            )
        )
    return seeds


def marking_seeds(rng: random.Random) -> list[Seed]:
    """Markings with every star and period, internal notes, 公开属性 notes, traditional too."""
    seeds = [Seed("mark", "机密＊10年", "block", MARK, "mark issue 机密＊10年")]
    seeds.append(Seed("mark", "機密★", "block", MARK, "mark issue 機密★"))
    for star in STARS:
        level = rng.choice(LEVELS)
        period = rng.choice(PERIODS)
        seeds.append(
            Seed("mark", f"{level}{star}{period}", "block", MARK, f"mark star {star} period")
        )
        if star in STAR_LIKE:
            seeds.append(Seed("mark", f"{level}{star}", "block", MARK, f"mark star {star} bare"))
    trads = ["絕密★長期", "秘密★一年", "機密★3個月", "絕密☆永久"]
    seeds += [Seed("mark", trad, "block", MARK, "mark traditional") for trad in trads]
    internal = [
        "内部资料",
        "内 部 资 料",
        "內部資料",
        "内部文件",
        "內部文件",
        "內　部　資　料",
        "内部资料，不得外传",
    ]
    seeds += [Seed("internal", m, "block", INT, f"internal {m}") for m in internal]
    notes = [
        "（此件不公开）",
        "（此件不予公开）",
        "〔此件不公开〕",
        "【不予公开】",
        "（此文件不公开）",
        "（本件不公开）",
        "（此件不予公開）",
        "(此件不予公开)",
        "［此件不公开］",
    ]
    seeds += [Seed("note", m, "block", NOTE, f"note {m}") for m in notes]
    seeds.append(Seed("note_line", "此文件不公开", "block", NOTE, "note own line 此文件不公开"))
    seeds.append(Seed("note_line", "本件不予公开", "block", NOTE, "note own line 本件不予公开"))
    return seeds


def _uscc_seeds(rng: random.Random) -> list[Seed]:
    """统一社会信用代码 of every 登记管理部门/机构类别 prefix; all-digit where the body allows."""
    seeds = []
    prefixes = ["11", "12", "13", "19", "21", "31", "32", "33", "34", "35", "39", "41", "51", "52", "53",
                "59", "61", "62", "71", "72", "81", "91", "92", "93", "A1", "N1", "N2", "Y1"]  # fmt: skip
    for prefix in prefixes:
        for _ in range(500):
            body = (
                _digits(rng, 9)
                if rng.random() < 0.7
                else "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
            )
            code = uscc(prefix + rng.choice(DIVISIONS) + body)
            if not is_id_number(code) and org_code(code[8:16])[-1] == code[16]:
                break
        else:
            code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
            while is_id_number(code):
                code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
        desc = f"uscc {prefix}" + (" luhn" if code.isdigit() and luhn(code[:-1]) == code else "")
        seeds.append(
            Seed(
                "clean_number",
                code,
                "clean",
                None,
                desc,
                ["统一社会信用代码：", "信用代码", "登记证号："],
                [(4, 4, 4, 4, 2), (2, 6, 9, 1)],
            )
        )
    return seeds


def clean_seeds(rng: random.Random) -> list[Seed]:
    """Look-alikes that must stay clean (不予公开 in prose warns, as the docs say)."""
    seeds = _uscc_seeds(rng)
    # all-digit, Luhn-valid codes of the card-shaped prefixes (62 UnionPay, 35 JCB, 51–53)
    for prefix in ["62", "35", "51", "52", "53"]:
        while True:
            code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
            if code.isdigit() and luhn(code[:-1]) == code and not is_id_number(code):
                break
        seeds.append(
            Seed(
                "clean_number",
                code,
                "clean",
                None,
                f"uscc {prefix} luhn card-shaped",
                ["统一社会信用代码："],
                [(4, 4, 4, 4, 2)],
            )
        )
    for _ in range(3):
        code = org_code(_digits(rng, 8))
        seeds.append(
            Seed(
                "clean_number",
                code[:8] + "-" + code[8],
                "clean",
                None,
                "org code",
                ["组织机构代码："],
            )
        )
    for _ in range(4):  # a real division and date, the wrong check character, no Luhn
        good = _fresh_id(rng)
        bad = good
        while bad == good or luhn(bad[:17]) == bad or is_id_number(bad):
            bad = good[:17] + rng.choice("0123456789X")
        seeds.append(
            Seed(
                "clean_number",
                bad,
                "clean",
                None,
                "id failing check",
                ["编号：", "档案号：", "案卷号"],
                [(6, 8, 4), (6, 4, 4, 4)],
            )
        )
    numbers = ["400-810-1234", "4008101234", "800-820-8820", "0371-6512345", "021-63211234",
               "(0755)88881234", "010 6309 9999", "12345", "95588"]  # fmt: skip
    labels = ["服务热线：", "咨询电话：", "联系电话："]
    seeds += [
        Seed("clean_number", n, "clean", None, "service or landline", labels) for n in numbers
    ]
    for _ in range(2):  # 18 digits from 51–55 passing Luhn: no Mastercard has 18 digits
        while True:
            number = luhn("5" + rng.choice("12345") + _digits(rng, 15))
            if not is_id_number(number) and "1" not in number[:-10]:
                break
        seeds.append(
            Seed(
                "clean_number",
                number,
                "clean",
                None,
                "mastercard-like 18",
                ["项目编号：", "合同编号："],
            )
        )
    gov = [
        GOV_LINK,
        "www.gov.cn/xinwen/index.htm",
        "WWW.GOV.CN/zhengce/",
        "www。gov。cn/zhengce/",
        "https://www.sh.gov.cn/nw12344/index.html",
        "https://www\\.gov\\.cn/a.html",
        "<b>www.gov.cn</b>/zhengce/",
        "www.g\u200bov.cn/zhengce/",
        "ｗｗｗ．ｇｏｖ．ｃｎ/zhengce/",
    ]
    seeds += [
        Seed("clean_link", g, "clean", None, "gov.cn link", ["详见", "原文链接：", "网址:"])
        for g in gov
    ]
    prose = [
        ("要严格保守党和国家的机密，不断增强保密意识。", "机密 in prose"),
        ("这部电视剧讲述了科研人员守护国家机密的故事。", "机密 in prose"),
        ("他守住这个秘密10年。", "秘密 in prose"),
        ("进一步加强内部管理，健全内部控制制度。", "内部 in prose"),
        ("小区内部道路改造工程已于近日完工。", "内部 in prose"),
        ("开展内部审计工作，规范财务收支。", "内部 in prose"),
        ("门票价格为¥80元，学生凭证半价。", "price"),
        ("每户补贴￥500元，合计￥1,280,000.00元。", "price"),
        ("推荐书目：《红岩》《林海雪原》《青春之歌》。", "book titles"),
        ("组织党员学习《习近平谈治国理政》《中国共产党章程》。", "book titles"),
        ("切勿轻信陌生人发来的“复制后打开淘宝”口令。", "share-code warning"),
        ("本机关收到的申请中，有3件属于依法不予公开的情形。", "不予公开 in prose"),
        ("五星★级服务窗口评选结果揭晓。", "star in prose"),
    ]
    for text, desc in prose:
        warn = "不予公开" in text
        seeds.append(
            Seed("clean_prose", text, "warn" if warn else "clean", TERM if warn else None, desc)
        )
    return seeds


# ----- transforms --------------------------------------------------------------------------

Transform = Callable[[Seed, str, random.Random], str]


def _host_span(value: str) -> tuple[int, int]:
    start = value.find("//")
    start = start + 2 if start >= 0 else (value.find(":/") + 2 if ":/" in value else 0)
    end = value.find("/", start)
    return start, len(value) if end < 0 else end


def _spots(seed: Seed, value: str) -> list[int]:
    """Interior positions where a character may be slipped in without changing the kind."""
    if seed.kind in {"link", "clean_link"}:
        start, end = _host_span(value)
        return list(range(start + 1, end))
    if seed.kind in {"mark", "internal", "note", "note_line"}:
        return [
            i
            for i in range(1, len(value))
            if "\u4e00" <= value[i - 1] <= "\u9fff" and value[i] not in "（）【】〔〕［］()"
        ]
    if seed.kind == "code":
        close = max(i for i, c in enumerate(value[:16]) if not c.isalnum())
        return list(range(2, close - 1))
    return [i for i in range(1, len(value)) if value[i].isalnum() and value[i - 1].isalnum()]


def _insert(value: str, positions: list[int], chars: list[str]) -> str:
    for pos, char in sorted(zip(positions, chars, strict=True), reverse=True):
        value = value[:pos] + char + value[pos:]
    return value


def t_full_width(seed: Seed, value: str, rng: random.Random) -> str:
    """ASCII in its full-width forms — all of it, or mixed widths inside one token."""
    share = 1.0 if rng.random() < 0.5 else 0.5
    # a gov.cn link keeps its ASCII scheme and slashes: a browser opens no other (docs/compliance.md,
    # "No source or link is ever allowed on that reading"; first run: 4 cases)
    # (and its scheme's letters: `ｈｔｔｐｓ://` is no scheme — the sweep's 75 false warnings)
    keep = "" if seed.kind != "clean_link" else ":/\\"
    head = value.find("//") + 2 if seed.kind == "clean_link" and "//" in value else 0
    return value[:head] + "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c not in keep and rng.random() < share else c
        for c in value[head:]
    )


def t_dots(seed: Seed, value: str, rng: random.Random) -> str:
    """Dots between host labels as ideographic, full-width, half-width or small full stops."""
    start, end = _host_span(value)
    stop = rng.choice(DOTS if seed.kind != "clean_link" else DOTS[:3])  # ﹒ opens nothing
    return value[:start] + value[start:end].replace(".", stop).replace("．", stop) + value[end:]


def t_case(seed: Seed, value: str, rng: random.Random) -> str:
    """Upper case, or title case."""
    return value.upper() if rng.random() < 0.6 else value.title()


def t_invisible(seed: Seed, value: str, rng: random.Random) -> str:
    """One to three invisible characters of the brief's list."""
    spots = _spots(seed, value)
    if not spots:
        return value
    picks = rng.sample(spots, min(len(spots), rng.randint(1, 3)))
    # ZWNJ and ZWJ stay in a host under UTS #46's nontransitional processing, which then fails
    # its CONTEXTJ check: a gov.cn host holding one opens nothing (first run: 2 cases)
    pool = (
        INVISIBLE
        if seed.kind != "clean_link"
        else [c for c in INVISIBLE if c not in "\u200c\u200d"]
    )
    return _insert(value, picks, [rng.choice(pool) for _ in picks])


def t_group(seed: Seed, value: str, rng: random.Random) -> str:
    """A number cut into one of its kind's groupings with one separator of the brief's list."""
    lengths = rng.choice(seed.groupings) if seed.groupings else (3, 4, 4)
    sep = rng.choice(NUMBER_SEPS if seed.expect != "clean" else [" ", "-", "\u3000"])
    cuts, total = [], 0
    for n in lengths[:-1]:
        total += n
        if total < len(value):
            cuts.append(total)
    return _insert(value, cuts, [sep] * len(cuts))


def t_spaced(seed: Seed, value: str, rng: random.Random) -> str:
    """A marking's characters spaced out with spaces of one width."""
    space = rng.choice(SPACES)
    return _insert(value, _spots(seed, value), [space] * len(_spots(seed, value)))


def t_html(seed: Seed, value: str, rng: random.Random) -> str:
    """A formatting tag round the whole or splitting it."""
    if rng.random() < 0.5 or seed.kind == "clean_prose":
        return rng.choice(
            ["<b>{}</b>", "<strong>{}</strong>", '<span style="color:#c00">{}</span>']
        ).format(value)
    spots = _spots(seed, value) or [len(value) // 2]
    i = rng.choice(spots)
    return value[:i] + "<span>" + value[i:] + "</span>"


def t_brackets(seed: Seed, value: str, rng: random.Random) -> str:
    """Wrapped in brackets or quotation marks."""
    return rng.choice(["（{}）", "【{}】", "“{}”", "「{}」", "[{}]", "〔{}〕"]).format(value)


TRANSFORMS: dict[str, tuple[int, Transform, set[str]]] = {
    "group": (0, t_group, {"id", "mobile", "card", "clean_number"}),
    "full_width": (1, t_full_width, {"link", "id", "mobile", "card", "clean_number", "clean_link"}),
    "dots": (1, t_dots, {"link", "clean_link"}),
    "case": (2, t_case, {"link", "clean_link"}),
    "spaced": (2, t_spaced, {"mark", "internal", "note", "note_line"}),
    "invisible": (
        3,
        t_invisible,
        {
            "link",
            "code",
            "id",
            "mobile",
            "card",
            "mark",
            "internal",
            "note",
            "note_line",
            "clean_number",
            "clean_link",
        },
    ),
    "html": (
        4,
        t_html,
        {"link", "id", "mobile", "card", "mark", "internal", "clean_number", "clean_prose"},
    ),
    "brackets": (5, t_brackets, {"link", "id", "mobile", "card", "clean_number", "clean_link"}),
}
PLACEMENTS = ["label", "title", "twice", "quote", "list", "beside_gov"]


def applicable(seed: Seed) -> list[str]:
    names = [n for n, (_, _, kinds) in TRANSFORMS.items() if seed.kind in kinds]
    if seed.kind == "clean_number" and not seed.groupings:
        names = [n for n in names if n != "group"]
    if seed.kind == "clean_link" and any(c in seed.value for c in "<\\\u200b"):
        names = ["brackets"]  # markup, escapes and the invisible character are the trick
    if seed.kind == "clean_number" and not seed.value.isalnum():
        names = [n for n in names if n not in {"invisible", "full_width"}]
    places = ["title", "twice", "quote"]
    if seed.labels:
        places.append("label")
    if seed.kind in INLINE:
        places += ["list", "beside_gov"]
    if seed.kind == "note_line":
        places = ["twice", "quote"]
    return names + places


def _inline_text(value: str, rng: random.Random, stack: list[str]) -> str:
    sentences = rng.sample(PROSE, 3)
    where = rng.choice(["start", "middle", "end"])
    if "beside_gov" in stack:
        value = f"原文见{GOV_LINK}，{value}"
    value = value.removesuffix("。")
    if where == "start":
        line = value + "。" + sentences[0]
    elif where == "end":
        line = sentences[0] + value + "。"
    else:
        first = rng.choice([p for p in PROSE if "，" in p])
        cut = first.index("，") + 1
        line = first[:cut] + value + "，" + first[cut:]
    rest = sentences[1:]
    if "twice" in stack:
        rest = [*rest, "再次提醒：" + value + "。"]
    if "quote" in stack:
        line = "> " + line
    if "list" in stack:
        return (
            "现将有关事项通知如下：\n\n1. " + rest[0] + "\n2. " + line + "\n3. " + "".join(rest[1:])
        )
    return line + "\n\n" + "".join(rest) if "quote" in stack else line + "".join(rest)


def _block_text(value: str, rng: random.Random, stack: list[str]) -> str:
    sentences = rng.sample(PROSE, 3)
    body = "".join(sentences[:2])
    line = ("> " + value) if "quote" in stack else value
    where = rng.choice(["head", "tail", "between"])
    if "twice" in stack:
        return line + "\n\n" + body + SIGN_OFF + line
    if where == "head":
        return line + "\n\n" + body
    if where == "tail":
        return body + SIGN_OFF + line
    return sentences[0] + "\n\n" + line + "\n\n" + sentences[1]


def render(seed: Seed, stack: list[str], case_seed: int) -> tuple[str, str | None]:
    """The text and field of ``seed`` through ``stack`` (each transform its own generator)."""
    value = seed.value
    for name in sorted((n for n in stack if n in TRANSFORMS), key=lambda n: TRANSFORMS[n][0]):
        value = TRANSFORMS[name][1](seed, value, random.Random(f"{case_seed}:{name}"))
    rng = random.Random(f"{case_seed}:place")
    forced = seed.kind in {"id", "mobile", "card"} and any(s in value for s in ODD_SEPS)
    if seed.labels and ("label" in stack or forced):
        value = rng.choice(seed.labels) + value
    if "title" in stack:
        title = rng.choice(TITLES)
        if seed.kind in INLINE:
            return (title + "：" + value if rng.random() < 0.5 else value + " " + title), "title"
        if seed.kind == "mark":
            return value + " " + title, "title"
        if seed.kind == "internal":
            return title + "【" + value + "】", "title"
        return title + value, "title"
    if seed.kind in INLINE:
        return _inline_text(value, rng, stack), None
    return _block_text(value, rng, stack), None


# ----- cases ---------------------------------------------------------------------------------

# The first run's failures, triaged (strict xfails, filled in after the first run).
XFAIL: dict[str, str] = {}


def _draw_stack(rng: random.Random, seed: Seed) -> list[str]:
    names = applicable(seed)
    stack = rng.sample(names, min(len(names), rng.randint(1, 4)))
    if "title" in stack:
        stack = [n for n in stack if n not in {"twice", "quote", "list", "beside_gov"}]
    if "list" in stack and "quote" in stack:
        stack.remove("quote")
    return stack


def draw(rng: random.Random, seeds: list[Seed], count: int, prefix: str, table: CaseTable) -> None:
    """``count`` cases over ``seeds`` in turn, each with a random stack of transforms."""
    for n in range(count):
        seed = seeds[n % len(seeds)]
        stack = _draw_stack(rng, seed)
        case_seed = rng.randrange(10**9)
        text, field_ = render(seed, stack, case_seed)
        note = (
            f"seed={seed.desc}; stack={'+'.join(sorted(stack)) or 'plain'}; case_seed={case_seed}"
        )
        id_ = f"{prefix}-{n:03d}"
        table.case(id_, text, seed.expect, seed.rule, note, field_, xfail=XFAIL.get(id_))


def plain_forms(table: CaseTable) -> None:
    """The issue's forms exactly as it writes them."""
    forms = [
        ("ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=m2s", "fixed", LS),
        ("s.click.taobao。com/t?e=m2s", "fixed", LS),
        ("u。jd。com/AbC123", "fixed", LS),
        ("dwz｡cn/AbC123", "fixed", LS),
        ("t．cn/A6AbC123", "fixed", LS),
        ("ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／AbC123", "fixed", LS),
        ("https://s.click.tao\u200bbao.com/t?e=m2s", "fixed", LS),
        ("https://u.\u2060jd.com/AbC123", "fixed", LS),
        ("报名网址:t.cn/A6AbC123", "fixed", LS),
        ("https:/t.cn/A6AbC123", "fixed", LS),
        ("「VAQz99KzQVD」复制后打开淘宝", "block", SC),
        ("《VAQz99KzQVD《复制后打开淘宝", "block", SC),
        ("身份证号：310104-19851122-3688", "block", IDN),
        ("联系电话：138－1234－5678", "block", MOB),
        ("机密＊10年", "block", MARK),
        ("（此件不公开）", "block", NOTE),
        ("（此件不予公开）", "block", NOTE),
        ("内 部 资 料", "block", INT),
        ("機密★", "block", MARK),
        ("內部資料", "block", INT),
    ]
    for i, (text, expect, rule) in enumerate(forms):
        body = text + "\n\n" + PROSE[i % len(PROSE)]
        table.case(
            f"issue-{i:02d}", body, expect, rule, "the issue's own form, at the head of the body"
        )


_GROUPINGS_DOC = (
    "documented limit: docs/compliance.md reads an unlabelled mobile only whole, 3-4-4, 3-8, 7-4 or "
    'in equal chunks ("Each kind accepts its groupings"); 3-3-5 without a label is left (with a '
    "label it blocks)"
)
_LINES_DOC = (
    'documented limit: docs/compliance.md — "but for a checked 18-digit ID number, a reading over '
    'lines needs a label right before it": a column of figures one a line looks the same (with a '
    "label it blocks)"
)

# (id, text, expect, rule, note, xfail): the sweep's patterns reduced, their twins, and the
# look-alikes probed by hand after the first run (all found by the sweep or written then).
SAMPLED: list[tuple[str, str, str, str | None, str, str | None]] = [
    (
        "sweep-d1-mobile-3-8-katakana-dot",
        "本次活动由区文明办联合举办。138・12345678。请执行。",
        "block",
        MOB,
        "a mobile 3-8 with ・ (U+30FB), unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-mobile-7-4-hyphenation-point",
        "本次活动由区文明办联合举办。1381234‧5678。请执行。",
        "block",
        MOB,
        "a mobile 7-4 with ‧ (U+2027), unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-mobile-7-4-middle-dot",
        "活动时间为2024年5月10日至6月30日。1787581·3196。本次活动由区文明办联合举办。",
        "block",
        MOB,
        "a mobile 7-4 with · (U+00B7), unlabelled (the sweep's sample); fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-mobile-7-4-fullwidth-tilde",
        "本次活动由区文明办联合举办。1381234～5678。请执行。",
        "block",
        MOB,
        "a mobile 7-4 with ～ (U+FF5E), unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-mobile-3-8-fullwidth-slash",
        "本次活动由区文明办联合举办。138／12345678。请执行。",
        "block",
        MOB,
        "a mobile 3-8 with ／, unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-card-6-13-katakana-dot",
        "本次活动由区文明办联合举办。622202・1001123456789。请执行。",
        "block",
        CARD,
        "a UnionPay card of 19 in 6 + 13 with ・, unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-card-6-13-middle-dot",
        "本次活动由区文明办联合举办。622202·1001123456789。请执行。",
        "block",
        CARD,
        "a UnionPay card of 19 in 6 + 13 with ·, unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-card-visa-6-10-dot",
        "本次活动由区文明办联合举办。453201・5112830366。请执行。",
        "block",
        CARD,
        "a Visa of 16 in 6 + 10 with ・, unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-d1-card-4-6-9-dot",
        "本次活动由区文明办联合举办。6222・021001・123456789。请执行。",
        "block",
        CARD,
        "a UnionPay card of 19 in 4-6-9 with ・, unlabelled; fixed by fix 118",
        None,
    ),
    (
        "sweep-twin-mobile-3-8-hyphen",
        "本次活动由区文明办联合举办。138-12345678。请执行。",
        "block",
        MOB,
        "twin of d1: the 3-8 grouping with a hyphen",
        None,
    ),
    (
        "sweep-twin-mobile-3-4-4-dot",
        "本次活动由区文明办联合举办。138・1234・5678。请执行。",
        "block",
        MOB,
        "twin of d1: the same separator in 3-4-4",
        None,
    ),
    (
        "sweep-twin-mobile-3-8-labelled",
        "联系电话：138・12345678",
        "block",
        MOB,
        "twin of d1: the same number after a label",
        None,
    ),
    (
        "sweep-twin-card-6-13-space",
        "本次活动由区文明办联合举办。622202 1001123456789。请执行。",
        "block",
        CARD,
        "twin of d1: 6 + 13 with a space",
        None,
    ),
    (
        "sweep-twin-card-fours-dot",
        "本次活动由区文明办联合举办。6222・0210・0112・3456・789。请执行。",
        "block",
        CARD,
        "twin of d1: the card in fours with ・",
        None,
    ),
    (
        "sweep-b-gov-fullwidth-host-ascii-scheme",
        "详见https://ｗｗｗ．ｇｏｖ．ｃｎ/zhengce/，请查阅。",
        "clean",
        None,
        "a gov.cn host in full width after an ASCII scheme opens www.gov.cn",
        None,
    ),
    (
        "sweep-b-gov-fullwidth-scheme",
        "详见ｈｔｔｐｓ://ｗｗｗ．ｇｏｖ．ｃｎ/zhengce/，请查阅。",
        "warn",
        "link.unparsable",
        "a scheme in full-width letters is no scheme: never allowed on its folded reading (docs)",
        None,
    ),
    (
        "sweep-b-gov-zwj-host",
        "详见www.g\u200dov.cn/zhengce/，请查阅。",
        "warn",
        "link.unparsable",
        "ZWJ stays in a host under UTS #46 nontransitional processing and fails CONTEXTJ: opens nothing",
        None,
    ),
    (
        "limit-mobile-3-3-5-unlabelled",
        "本次活动由区文明办联合举办。138 123 45678。请执行。",
        "block",
        MOB,
        "a mobile in 3-3-5 with spaces, no label",
        _GROUPINGS_DOC,
    ),
    (
        "limit-twin-mobile-3-3-5-labelled",
        "联系电话：138 123 45678",
        "block",
        MOB,
        "twin: the same after a label",
        None,
    ),
    (
        "limit-mobile-over-lines-unlabelled",
        "本次活动由区文明办联合举办。\n138\n1234\n5678\n请执行。",
        "block",
        MOB,
        "a mobile over three lines, no label",
        _LINES_DOC,
    ),
    (
        "limit-twin-mobile-over-lines-labelled",
        "联系电话：\n138\n1234\n5678",
        "block",
        MOB,
        "twin: after a label",
        None,
    ),
    (
        "probe-clean-uscc-shaped-like-id-labelled",
        "统一社会信用代码：320102200407281174",
        "clean",
        None,
        "an 18-digit number valid both as an ID and a 信用代码, labelled as the code (docs: the code wins)",
        None,
    ),
    (
        "probe-id-shaped-like-uscc-unlabelled",
        "本次活动由区文明办联合举办。320102200407281174。请执行。",
        "block",
        IDN,
        "the same number unlabelled and not a well-formed code: an ID number (docs)",
        None,
    ),
    (
        "probe-clean-court-reason",
        "本件不公开审理的理由如下：涉及个人隐私。",
        "clean",
        None,
        "本件不公开 going on as a sentence",
        None,
    ),
    (
        "probe-clean-court-hearing",
        "依照法律规定，本案不公开开庭审理。",
        "clean",
        None,
        "不公开 of a hearing",
        None,
    ),
    (
        "probe-warn-decision-prose",
        "经审查，本件不予公开，理由是涉及商业秘密。",
        "warn",
        TERM,
        "a decision in prose: 不予公开 warns (docs)",
        None,
    ),
    (
        "probe-clean-quoted-note-word",
        "“此件不公开”的标注应当规范使用。",
        "clean",
        None,
        "a note quoted as a word",
        None,
    ),
    (
        "probe-clean-spaced-prose",
        "小区 内 部 道 路已完成改造。",
        "clean",
        None,
        "spaced prose the fold closes: 内部道路",
        None,
    ),
    (
        "probe-mark-emoji-star-vs16",
        "绝密 ✳️ 长期\n\n请各单位认真执行。",
        "block",
        MARK,
        "✳ with VS16 and spaces, a period",
        None,
    ),
    (
        "probe-mobile-fullwidth-plus-86",
        "本次活动由区文明办联合举办。＋８６－１３８－１２３４－５６７８。请执行。",
        "block",
        MOB,
        "＋８６ and full-width hyphens",
        None,
    ),
    (
        "probe-id-3-3-4-4-4",
        "本次活动由区文明办联合举办。310 104 1985 1122 3688。请执行。",
        "block",
        IDN,
        "an ID in 3-3-4-4-4, unlabelled",
        None,
    ),
    (
        "probe-colon-standin-presentation",
        "报名请访问https︰//t.cn/A6xYz12，谢谢。",
        "fixed",
        LS,
        "the scheme's colon as ︰ (U+FE30)",
        None,
    ),
    (
        "probe-colon-standin-ratio",
        "报名请访问https∶//t.cn/A6xYz12，谢谢。",
        "fixed",
        LS,
        "the scheme's colon as ∶ (U+2236)",
        None,
    ),
    (
        "probe-colon-standin-modifier",
        "报名请访问https꞉//t.cn/A6xYz12，谢谢。",
        "fixed",
        LS,
        "the scheme's colon as ꞉ (U+A789)",
        None,
    ),
    (
        "probe-zwsp-after-slashes",
        "报名请访问https://\u200bt.cn/A6xYz12，谢谢。",
        "fixed",
        LS,
        "U+200B between the slashes and the host",
        None,
    ),
    (
        "probe-id-fullwidth-x",
        "本次活动由区文明办联合举办。4403 0419 9001 0110 9Ｘ。请执行。",
        "block",
        IDN,
        "an ID in fours, its check character a full-width Ｘ",
        None,
    ),
    (
        "probe-mark-two-stars",
        "机密★★10年\n\n请各单位认真执行。",
        "block",
        MARK,
        "a 密级 with its star doubled",
        None,
    ),
    (
        "probe-note-zuo",
        "（此件不作公开）\n\n请各单位认真执行。",
        "block",
        NOTE,
        "不作公开 in a note's brackets",
        None,
    ),
    (
        "probe-note-white-lenticular",
        "请各单位认真执行。\n\n〖此件不公开〗",
        "block",
        NOTE,
        "a note in 〖〗",
        None,
    ),
    (
        "probe-clean-amount-yen-11-digits",
        "合同金额¥13812345678元，已完成支付。",
        "clean",
        None,
        "an amount of eleven digits after ¥ with 元: no mobile",
        None,
    ),
    (
        "probe-clean-amount-commas",
        "项目总投资￥13,812,345,678元。",
        "clean",
        None,
        "an amount in thousands",
        None,
    ),
    (
        "probe-clean-express-number",
        "快递单号：SF1381234567890",
        "clean",
        None,
        "a waybill holding a mobile's digits after letters",
        None,
    ),
    (
        "probe-clean-order-number",
        "订单号：138123456781234",
        "clean",
        None,
        "an order number after its serial label",
        None,
    ),
    (
        "probe-clean-landline-fax",
        "咨询电话：0571-87023456，传真：0571-87023457。",
        "clean",
        None,
        "a landline and a fax",
        None,
    ),
    (
        "probe-clean-hotline-ext",
        "咨询电话：400-810-1234转2",
        "clean",
        None,
        "a 400 hotline with an extension",
        None,
    ),
    (
        "probe-clean-gb-title",
        "请参照GB/T 9704—2012《党政机关公文格式》执行。",
        "clean",
        None,
        "a standard's number and title",
        None,
    ),
    (
        "probe-clean-bullet-star",
        "★机密文件管理培训班报名通知",
        "clean",
        None,
        "a star before a sentence is a bullet (docs)",
        None,
    ),
    (
        "probe-clean-slogan",
        "保守国家秘密★人人有责",
        "clean",
        None,
        "a 保密 slogan's star (docs)",
        None,
    ),
    (
        "probe-clean-uscc-51-letters",
        "登记证号：51310000MJ4899761Q",
        "clean",
        None,
        "a 社会团体's code with letters after its label",
        None,
    ),
    (
        "probe-clean-system-internal",
        "本系统仅供内部使用。",
        "clean",
        None,
        "内部使用 said of a system (docs)",
        None,
    ),
    (
        "probe-clean-report-row",
        "（三）不予公开",
        "clean",
        None,
        "the 年度报告 table's row (docs: prose_phrases)",
        None,
    ),
    (
        "probe-warn-report-prose",
        "全年共办理依申请公开事项35件，其中不予公开3件。",
        "warn",
        TERM,
        "不予公开 in prose warns (docs)",
        None,
    ),
    (
        "probe-clean-email-digits",
        "邮箱：zhangsan138@163.com",
        "clean",
        None,
        "an e-mail address with digits",
        None,
    ),
    (
        "probe-clean-gov-subdomain-digits",
        "请登录www.12345.gov.cn办理。",
        "clean",
        None,
        "a gov.cn host whose label is a hotline",
        None,
    ),
]


def sampled(table: CaseTable) -> None:
    """The sweep's patterns reduced to minimal cases, their twins, and probes."""
    for id_, text, expect, rule, note, xfail in SAMPLED:
        table.case(id_, text, expect, rule, note, xfail=xfail)


def build() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    plain_forms(table)
    must = ad_seeds(rng) + personal_seeds(rng) + marking_seeds(rng)
    clean = clean_seeds(rng)
    draw(rng, must, 230, "hit", table)
    draw(rng, clean, 210, "clean", table)
    sampled(table)
    return table


# ----- sweep -------------------------------------------------------------------------------


def extra_seeds(rng: random.Random) -> tuple[list[Seed], list[Seed]]:
    """More values for the sweep only (the YAML's draw stays as first run): the other hosts the
    docs list, every star with every level and period, the notes' other brackets and wordings,
    other traditional markings, and more prose look-alikes."""
    t = _tail(rng)
    hosts = ["t.ly", "goo.gl", "a.co", "amzn.to", "dpurl.cn", "j.youzan.com", "t.meituan.com",
             "click.union.vip.com", "s.click.ele.me", "wxmpurl.cn", "union.click.jd.com"]  # fmt: skip
    must = [
        Seed("link", f"{h}/{t}", "fixed", LS, f"link {h}", ["报名网址:", "详见", "链接："])
        for h in hosts
    ]
    for star in STARS:
        for level in LEVELS:
            trad = rng.random() < 0.3
            name = {"绝密": "絕密", "机密": "機密"}.get(level, level) if trad else level
            period = rng.choice(PERIODS)
            period = period.replace("长", "長").replace("个", "個") if trad else period
            must.append(
                Seed(
                    "mark",
                    f"{name}{star}{period}",
                    "block",
                    MARK,
                    f"mark {'trad ' if trad else ''}star {star} period",
                )
            )
    brackets = ["（{}）", "〔{}〕", "【{}】", "［{}］", "({})", "〖{}〗", "﹙{}﹚"]
    words = [
        "此件不公开",
        "此件不予公开",
        "此文件不公开",
        "本件不公开",
        "不予公开",
        "本文件不予公开",
        "此件不予公開",
    ]
    for word in words:
        form = rng.choice(brackets)
        must.append(
            Seed("note", form.format(word), "block", NOTE, f"note {form.format('…')} {word}")
        )
    must += [
        Seed("internal", f"（{word}）", "block", INT, f"internal traditional {word}")
        for word in ["內部材料", "內部使用", "內部參考", "不得外傳", "內部文件"]
    ]
    clean = [
        Seed("clean_prose", text, "clean", None, desc)
        for text, desc in [
            ("该案涉及商业秘密，依法不公开审理。", "秘密 in a court report"),
            ("科研人员在机密实验室工作了十年。", "机密 in prose"),
            ("要加强对财务人员的管理和内部监督。", "内部 in prose"),  # (涉密 warns: sweep 3)
            ("内部装修工程已完工，将于下月开放。", "内部 in prose"),
            ("他把秘密藏在心里3年。", "秘密 and a period in prose"),
            (
                "请阅读《中华人民共和国保守国家秘密法》《政府信息公开条例》。",
                "book titles of secrecy laws",
            ),
            ("门票：成人¥120，儿童¥60。", "prices"),
            ("本期推荐：《三体》《流浪地球》《球状闪电》。", "book titles"),
        ]
    ]
    return must, clean


def sweep(count: int) -> None:
    """``count`` random compositions through ``govpub.check``, misses and false findings
    counted by seed and transform."""
    from govpub import Policy, Post, check  # (only the sweep needs govpub)

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict[str, object]]] = {}
    must: list[Seed] = []
    clean: list[Seed] = []
    for n in range(count):
        if n % 200 == 0:  # fresh values every 200 posts
            more, less = extra_seeds(rng)
            must = ad_seeds(rng) + personal_seeds(rng) + marking_seeds(rng) + more
            clean = clean_seeds(rng) + less
        seed = rng.choice(must if n % 2 == 0 else clean)
        stack = _draw_stack(rng, seed)
        text, field_ = render(seed, stack, rng.randrange(10**9))
        post = Post(
            title=text if field_ == "title" else "关于做好有关工作的通知",
            body=PROSE[0] if field_ == "title" else text,
        )
        result = check(post, policy)
        rules = {f.rule for f in result.findings}
        want = {seed.rule} if isinstance(seed.rule, str) else set(seed.rule or [])
        if rules == want:
            verdicts["ok"] += 1
            continue
        outcome = "miss" if want - rules else "false"
        verdicts[outcome] += 1
        seps = "".join(sorted({c for c in text if c in NUMBER_SEPS})) if "group" in stack else ""
        stacked = "+".join(sorted(stack)) or "plain"
        key = (
            outcome,
            seed.desc,
            stacked + (f" sep={seps!r}" if seps else ""),
            ",".join(sorted(rules)) or "-",
        )
        by_pattern[key] += 1
        samples.setdefault(key, [])
        if len(samples[key]) < 3:
            samples[key].append({"text": text, "field": field_ or "body"})
    out = Path(tempfile.gettempdir()) / f"{FAMILY}.sweep.json"
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]))
        return
    header = "red-team pass 85 (blind): issue 12's forms and look-alikes; gen_redteam85.py regenerates it"
    build().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
