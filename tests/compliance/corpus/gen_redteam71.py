"""Regenerate redteam71_blind_random_stacks.yaml (red-team pass 71, written blind).

A tester's script against issue 12's hidden set: every form the issue lists, and fresh values of
each kind made with ``number_makers.py``, put through 1–4 small transforms drawn at random —
full width, CJK full stops for dots, default-ignorable characters of every kind, spaces and
dashes of every kind, case, grouping, brackets, quotes, Markdown, HTML tags and entities, line
breaks, a label or none — placed at the start, middle or end of 1–3 sentences of government
prose, in the body or the title. Must-stay-clean look-alikes (valid 统一社会信用代码 with the
51–53 prefixes, 组织机构代码, 18-digit numbers failing the ID check, Mastercard-like 18-digit
numbers, gov.cn links, landlines, dates, amounts) get the same treatment with the transforms
that keep them what they are. Written before the checker or any other family was read (issue 12,
docs/compliance.md, the corpus README, ``case_table.py`` and ``number_makers.py`` only). Fixed
seed; run from the repository root:
python tests/compliance/corpus/gen_redteam71.py
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, no_mobile_inside, org_code, uscc

SEED = 71

# Characters the transforms draw from (data, as the brief lists them).
IGNORABLES = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\ufe0f",
    "\u2061", "\u2062", "\u2063", "\u2064",
] + [chr(c) for c in range(0xE0020, 0xE0080, 9)]  # fmt: skip
SPACES = ["\u3000", "\u00a0", *(chr(c) for c in range(0x2002, 0x200B)), "\u202f", "\u205f"]
DASHES = [
    *(chr(c) for c in range(0x2010, 0x2016)), "\u2212", "\ufe58", "\ufe63", "\uff0d", "\u30fc",
]  # fmt: skip
STOPS = ["。", "．", "｡"]
BRACKETS = [
    "（{}）",
    "({})",
    "【{}】",
    "[{}]",
    "「{}」",
    "“{}”",
    '"{}"',
    "‘{}’",
    "《{}》",
    "〔{}〕",
]
HTML_WRAPS = ["<b>{}</b>", '<span style="color:#c00">{}</span>', "<strong>{}</strong>", "<p>{}</p>"]

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
TITLES = ["关于做好近期重点工作的通知", "区政府召开常务会议", "关于开展专项检查的公告"]


@dataclass
class Seed:
    """One value of one kind, with what a check must say of it."""

    kind: str  # link, code, id, mobile, card, mark, internal, note, clean_number, clean_link, prose
    value: str
    expect: str
    rule: str | None
    desc: str
    labels: list[str] = field(default_factory=list)
    groups: tuple[int, ...] = ()  # natural grouping of a number


# ----- seeds -------------------------------------------------------------------------------


def _valid_id(number: str) -> bool:
    """Whether ``number`` (18 digits) is a well-formed ID number: real date and check."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    date_ok = 1900 <= year <= 2026 and 1 <= month <= 12 and 1 <= day <= 28
    return date_ok and id_number(number[:17]) == number


def _fresh_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(
        rng.choice([d for d in DIVISIONS if not d.startswith("65")])
        + birth
        + f"{rng.randint(0, 999):03d}"
    )


def _fresh_mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _card(rng: random.Random, prefix: str, length: int) -> str:
    return luhn(prefix + _digits(rng, length - len(prefix) - 1))


def ad_seeds(rng: random.Random) -> list[Seed]:
    """The issue's link and 淘口令 forms, and fresh short and affiliate paths."""
    tail = "".join(rng.choice("AbCdEfGhJk23456789") for _ in range(6))
    links = [
        "s.click.taobao.com/t?e=m%3D2%26s%3DAbC",
        f"u.jd.com/{tail}",
        f"t.cn/A6{tail}",
        f"dwz.cn/{tail}",
        f"https:/t.cn/{tail}",
        f"https://u.jd.com/{tail}",
        f"uland.taobao.com/coupon/edetail?e={tail}",
        f"m.tb.cn/h.{tail}",
    ]
    seeds = [
        Seed(
            "link",
            link,
            "fixed",
            LS,
            f"link {link.split('?')[0][:20]}",
            ["详见", "报名网址：", "链接："],
        )
        for link in links
    ]
    codes = ["￥AbCd1234XyZ￥", "「VAQz99KzQVD」", "《Kp3mZx82QwE《", "€g1IVbaMXxxK€"]
    seeds += [
        Seed("code", f"{code}复制后打开淘宝", "block", SC, f"share code {code[0]}")
        for code in codes
    ]
    return seeds


def personal_seeds(rng: random.Random) -> list[Seed]:
    """The issue's ID and mobile, fresh ones, and cards of every network."""
    ids = ["310104198511223688", *(_fresh_id(rng) for _ in range(3))]
    seeds = [
        Seed("id", n, "block", IDN, "id", ["身份证号：", "身份证号码", "公民身份号码："], (6, 8, 4))
        for n in ids
    ]
    seeds.append(Seed("id", _x_id(), "block", IDN, "id X", ["身份证号："], (6, 8, 4)))
    seeds.append(Seed("id", _x_id().lower(), "block", IDN, "id lower x", ["身份证号："], (6, 8, 4)))
    mobiles = ["13812345678", *(_fresh_mobile(rng) for _ in range(3))]
    seeds += [
        Seed("mobile", m, "block", MOB, "mobile", ["联系电话：", "手机：", "手机号"], (3, 4, 4))
        for m in mobiles
    ]
    networks = [
        ("unionpay16", "62", 16), ("unionpay19", "622", 19), ("visa", "4", 16),
        ("mastercard", "5" + rng.choice("12345"), 16), ("mastercard2", "2" + str(rng.randint(221, 720)), 16),
        ("amex", rng.choice(["34", "37"]), 15), ("jcb", str(rng.randint(3528, 3589)), 16),
    ]  # fmt: skip
    for name, prefix, length in networks:
        number = _card(rng, prefix, length)
        while not no_mobile_inside(number) or (length == 15 and int(number[8:10]) <= 12):
            number = _card(rng, prefix, length)
        seeds.append(
            Seed(
                "card",
                number,
                "block",
                CARD,
                f"card {name}",
                ["卡号：", "银行卡号", "收款卡号："],
                (4, 4, 4, 4),
            )
        )
    return seeds


def _x_id() -> str:
    """An ID number whose check character is X (made by trying sequence numbers)."""
    for seq in range(1000):
        number = id_number(f"44030419900101{seq:03d}")
        if number.endswith("X"):
            return number
    raise AssertionError


def marking_seeds() -> list[Seed]:
    """Markings, internal notes and 公开属性 notes, simplified and traditional."""
    seeds = [
        Seed("mark", m, "block", MARK, f"mark {m}")
        for m in ["机密★", "机密＊10年", "秘密★3年", "绝密★永久", "機密★", "機密★5年"]
    ]
    seeds += [
        Seed("internal", m, "block", INT, f"internal {m}")
        for m in ["内部资料", "內部資料", "内部资料，不得外传"]
    ]
    seeds += [
        Seed("note", m, "block", NOTE, f"note {m}")
        for m in ["（此件不公开）", "（此件不予公开）", "（此件不予公開）"]
    ]
    return seeds


def clean_seeds(rng: random.Random) -> list[Seed]:
    """Look-alikes that must stay clean (or, for 依法不予公开, only warn as the docs say)."""
    seeds = []
    for prefix in [
        "51",
        "52",
        "53",
    ]:  # all-digit codes of 社会团体, 民办非企业, 基金会 that pass Luhn
        while True:
            code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
            if code.isdigit() and luhn(code[:-1]) == code and not _valid_id(code):
                break
        seeds.append(
            Seed(
                "clean_number",
                code,
                "clean",
                None,
                f"uscc {prefix} luhn",
                ["统一社会信用代码：", "登记证号："],
                (2, 6, 9, 1),
            )
        )
    for lead in ["91", "12", "11"]:
        code = uscc(
            lead
            + rng.choice(DIVISIONS)
            + "MA"
            + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        )
        seeds.append(
            Seed(
                "clean_number",
                code,
                "clean",
                None,
                f"uscc {lead}",
                ["统一社会信用代码："],
                (4, 4, 4, 4),
            )
        )
    for _ in range(2):
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
    for _ in range(3):  # 18 digits, a real division and date, the wrong check character
        good = _fresh_id(rng)
        bad = good[:17] + rng.choice([c for c in "0123456789" if c != good[17]])
        while luhn(bad[:17]) == bad:  # nor a card's Luhn digit (a Discover 65… of 18 digits)
            bad = good[:17] + rng.choice([c for c in "0123456789" if c not in (good[17], bad[17])])
        seeds.append(
            Seed(
                "clean_number",
                bad,
                "clean",
                None,
                "id failing check",
                ["编号：", "档案号："],
                (6, 8, 4),
            )
        )
    for _ in range(3):  # 51–55, 18 digits, Luhn-valid: no Mastercard has 18 digits
        while True:
            number = luhn("5" + rng.choice("12345") + _digits(rng, 4) + "9999" + _digits(rng, 7))
            if (
                no_mobile_inside(number)
                and not _valid_id(number)
                and luhn(number[:15]) != number[:16]
            ):
                break
        seeds.append(
            Seed(
                "clean_number",
                number,
                "clean",
                None,
                "mastercard-like 18",
                ["编号：", "项目编码："],
                (4, 4, 4, 4),
            )
        )
    return [*seeds, *_plain_clean_seeds()]


def _plain_clean_seeds() -> list[Seed]:
    """Landlines, dates, amounts, gov.cn links and the 依法不予公开 prose."""
    plain = [
        ("landline", ["咨询电话：", "联系电话："], "clean_number"),
        ("date", ["发布日期："], "clean_number"),
        ("amount", ["合计金额："], "clean_number"),
        ("gov.cn link", ["详见", "原文链接："], "clean_link"),
    ]
    values = [
        ["010-63099999", "021-63211234", "0755-88881234", "(0571) 8702 3456"],
        ["2024年3月1日", "2025-06-30", "20241231"],
        ["1,234,567.89元", "3856.20万元", "12345678.00元"],
        [
            "https://www.gov.cn/zhengce/content/2024-01/05/content_6924218.htm",
            "www.gov.cn/xinwen/index.htm",
            "http://www.sh.gov.cn/nw12344/index.html",
        ],
    ]
    seeds = [
        Seed(kind, value, "clean", None, desc, labels)
        for (desc, labels, kind), kind_values in zip(plain, values, strict=True)
        for value in kind_values
    ]
    seeds.append(Seed("prose", "属于依法不予公开的情形", "warn", TERM, "prose 依法不予公开"))
    return seeds


# ----- transforms --------------------------------------------------------------------------

Transform = Callable[[Seed, str, random.Random], str]


def _positions(kind: str, value: str) -> list[int]:
    """Interior positions where a character may be slipped in without changing the kind."""
    if kind in {"link", "clean_link"}:
        scheme = re.match(r"\w+:/*", value)  # (https:// and the one-slash https:/)
        start = scheme.end() if scheme else 0
        host_end = value.find("/", start)
        host_end = len(value) if host_end < 0 else host_end
        return list(range(start + 1, host_end))
    if kind in {"mark", "internal", "note", "prose"}:
        return [
            i
            for i in range(1, len(value))
            if "\u4e00" <= value[i - 1] <= "\u9fff" or "\u4e00" <= value[i] <= "\u9fff"
        ]
    return list(range(1, len(value)))


def _insert(value: str, positions: list[int], chars: list[str]) -> str:
    for pos, char in sorted(zip(positions, chars, strict=True), reverse=True):
        value = value[:pos] + char + value[pos:]
    return value


def t_full_width(seed: Seed, value: str, rng: random.Random) -> str:
    """ASCII letters, digits and URL punctuation in their full-width forms."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and rng.random() < 0.85 else c for c in value
    )


def t_stops(seed: Seed, value: str, rng: random.Random) -> str:
    """Dots between host labels (or in a number) as ideographic or half-width full stops."""
    stop = rng.choice(STOPS)
    if seed.kind == "link":
        head, sep, tail = value.partition("/") if "//" not in value else (value, "", "")
        if "//" in value:
            scheme, _, rest = value.partition("//")
            host, sep, path = rest.partition("/")
            return scheme + "//" + host.replace(".", stop) + sep + path
        return head.replace(".", stop) + sep + tail
    return value.replace(".", stop)


def t_invisible(seed: Seed, value: str, rng: random.Random) -> str:
    """One to three default-ignorable characters slipped inside."""
    spots = _positions(seed.kind, value)
    picks = sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))))
    return _insert(value, picks, [rng.choice(IGNORABLES) for _ in picks])


def _regroup(seed: Seed, value: str, rng: random.Random, separator: Callable[[], str]) -> str:
    groups = seed.groups or (3, 4, 4)
    if seed.kind in {"mark", "internal", "note", "prose"}:
        spots = _positions(seed.kind, value)
        picks = rng.sample(spots, min(len(spots), rng.randint(1, len(spots))))
        return _insert(value, picks, [separator() for _ in picks])
    digits = [i for i, c in enumerate(value) if c.isalnum()]
    cuts, total = [], 0
    for g in groups[:-1]:
        total += g
        if total < len(digits):
            cuts.append(digits[total])
    return _insert(value, cuts, [separator() for _ in cuts])


def t_spaces(seed: Seed, value: str, rng: random.Random) -> str:
    """Spaces of every kind between groups (numbers) or characters (markings)."""
    space = rng.choice(SPACES)
    return _regroup(seed, value, rng, lambda: space)


def t_dashes(seed: Seed, value: str, rng: random.Random) -> str:
    """Hyphens and dashes of every kind between groups or characters."""
    dash = rng.choice(DASHES)
    return _regroup(seed, value, rng, lambda: dash)


def t_grouping(seed: Seed, value: str, rng: random.Random) -> str:
    """The number in another grouping (3-4-4, 6-8-4, 4-4-4-4) with a space or hyphen."""
    sep = rng.choice([" ", "-"])
    other = rng.choice([(3, 4, 4), (6, 8, 4), (4, 4, 4, 4, 4)])
    return _regroup(Seed(seed.kind, value, "", None, "", groups=other), value, rng, lambda: sep)


def t_case(seed: Seed, value: str, rng: random.Random) -> str:
    """Upper or lower case of the letters (a host, an X check character)."""
    return value.upper() if rng.random() < 0.6 else value.title()


def t_entity(seed: Seed, value: str, rng: random.Random) -> str:
    """One character as a numeric reference (``&#49;``, ``&#46;``) or a space as ``&nbsp;``."""
    if " " in value and rng.random() < 0.5:
        return value.replace(" ", "&nbsp;")
    spots = [i for i, c in enumerate(value) if c.isalnum() or c in ".．。｡"]
    if seed.kind == "link":
        host = set(_positions("link", value))
        spots = [i for i in spots if i in host]
    if not spots:
        return value
    i = rng.choice(spots)
    return value[:i] + f"&#{ord(value[i])};" + value[i + 1 :]


def t_line_break(seed: Seed, value: str, rng: random.Random) -> str:
    """A line break inside (a marking's characters, a number between its groups)."""
    if seed.kind in {"mark", "internal", "note"}:
        return _insert(value, [rng.choice(_positions(seed.kind, value))], ["\n"])
    cuts = [i for i in range(1, len(value)) if value[i - 1] == " "]
    if cuts:
        i = rng.choice(cuts)
        return value[: i - 1] + "\n" + value[i:]
    return _regroup(seed, value, rng, lambda: "\n") if seed.groups else value


def t_brackets(seed: Seed, value: str, rng: random.Random) -> str:
    """Wrapped in brackets or quotes."""
    return rng.choice(BRACKETS).format(value)


def t_markdown(seed: Seed, value: str, rng: random.Random) -> str:
    """Markdown: bold, a code span, or the text of a link to gov.cn (a link's target for links)."""
    # no markup, reference or bracket inside a link's target (first run: a case did that)
    plain = "<" not in value and "&" not in value and value[0].isalnum()
    form = rng.choice(
        ["bold", "code", "link"] if plain or seed.kind != "link" else ["bold", "code"]
    )
    if form == "bold":
        return f"**{value}**"
    if form == "code":
        return f"`{value}`"
    if seed.kind == "link":
        target = value if ":" in seed.value[:6] else "https://" + value
        return f"[点击查看]({target})"
    return f"[{value}](https://www.gov.cn/zhengce/)"


def t_html(seed: Seed, value: str, rng: random.Random) -> str:
    """An HTML formatting tag around the whole or splitting it."""
    if rng.random() < 0.5:
        return rng.choice(HTML_WRAPS).format(value)
    spots = _positions(seed.kind, value)
    i = rng.choice(spots)
    return value[:i] + "<span>" + value[i:] + "</span>"


TRANSFORMS: dict[str, tuple[int, Transform, set[str]]] = {
    # name: (stage, function, kinds it applies to)
    "grouping": (0, t_grouping, {"id", "mobile", "card", "clean_number"}),
    "full_width": (
        1,
        t_full_width,
        {"link", "code", "id", "mobile", "card", "mark", "clean_number"},
    ),
    "stops": (1, t_stops, {"link"}),
    "case": (1, t_case, {"link", "clean_link"}),
    "spaces": (
        2,
        t_spaces,
        {"id", "mobile", "card", "mark", "internal", "note", "clean_number", "prose"},
    ),
    "dashes": (2, t_dashes, {"id", "mobile", "card", "mark", "internal", "note", "clean_number"}),
    "invisible": (
        3,
        t_invisible,
        {"link", "code", "id", "mobile", "card", "mark", "internal", "note", "clean_number"},
    ),
    "entity": (
        4,
        t_entity,
        {"link", "id", "mobile", "card", "mark", "internal", "note", "clean_number"},
    ),
    "line_break": (3, t_line_break, {"id", "mobile", "card", "mark", "internal", "note"}),
    "html": (
        5,
        t_html,
        {
            "link",
            "id",
            "mobile",
            "card",
            "mark",
            "internal",
            "note",
            "clean_number",
            "clean_link",
            "prose",
        },
    ),
    "brackets": (
        6,
        t_brackets,
        {"link", "id", "mobile", "card", "internal", "clean_number", "clean_link"},
    ),
    "markdown": (
        7,
        t_markdown,
        {"link", "id", "mobile", "card", "mark", "internal", "clean_number", "clean_link"},
    ),
}
# (the stages: a reference is made after the invisible characters go in — on the first run
# one went inside "&#100;", which then reads as text —, and Markdown wraps the brackets)
# Placement transforms (not stacked on the value): a label, the position in prose, the title.
PLACEMENTS = ["label", "title"]


def applicable(seed: Seed) -> list[str]:
    """The transforms that keep ``seed`` what it is (a clean link is not full-width: a browser
    does not open it as gov.cn, docs/compliance.md)."""
    names = [n for n, (_, _, kinds) in TRANSFORMS.items() if seed.kind in kinds]
    if seed.kind == "clean_number" and not seed.value.replace("-", "").isalnum():
        names = [n for n in names if n not in {"grouping", "spaces", "dashes"}]
    return [*names, *(p for p in PLACEMENTS if seed.labels or p == "title")]


def render(seed: Seed, stack: list[str], case_seed: int) -> tuple[str, str | None]:
    """The text and field of ``seed`` through ``stack`` (each transform has its own generator,
    so a sub-stack of a case reproduces its characters)."""
    value = seed.value
    for name in sorted((n for n in stack if n in TRANSFORMS), key=lambda n: TRANSFORMS[n][0]):
        value = TRANSFORMS[name][1](seed, value, random.Random(f"{case_seed}:{name}"))
    rng = random.Random(f"{case_seed}:place")
    if "label" in stack:
        value = rng.choice(seed.labels) + value
    sentences = rng.sample(PROSE, rng.randint(1, 3))
    where = rng.choice(["start", "middle", "end"])
    if where == "start":
        text = (
            value + "。" + "".join(sentences)
            if seed.kind not in {"note"}
            else value + "".join(sentences)
        )
    elif where == "end":
        text = "".join(sentences) + value + ("" if seed.kind == "note" else "。")
    else:
        first = sentences[0]
        cut = first.index("，") + 1 if "，" in first else len(first)
        text = (
            first[:cut]
            + value
            + ("，" if seed.kind not in {"note"} else "")
            + first[cut:]
            + "".join(sentences[1:])
        )
    if "title" in stack:
        return text.replace("\n", ""), "title"
    return text, None


# The first run's failures left after the fixes of this pass, with why (strict xfails).
_IRREGULAR = (
    "an unlabelled number in a grouping nobody writes it in (a card cut 6-8-5 or 3-4-9, a mobile "
    "6-5): docs/compliance.md reads only the groupings people use without a label, since any "
    "split would also join unrelated numbers in tables and lists (with a label it blocks)"
)
_OVER_LINES = (
    "an unlabelled number over line breaks: docs/compliance.md reads a number over a break only "
    "after a label saying what it is, since a short column of figures one a line looks the same "
    "(with a label it blocks)"
)
XFAIL = {
    **dict.fromkeys(["hit-023", "hit-107", "hit-110", "hit-145", "hit-182", "hit-232"], _IRREGULAR),
    **dict.fromkeys(["hit-108", "hit-143", "hit-149", "hit-183", "hit-192"], _OVER_LINES),
}


def draw(rng: random.Random, seeds: list[Seed], count: int, prefix: str, table: CaseTable) -> None:
    """``count`` cases over ``seeds`` in turn, each with a random stack of 1–4 transforms."""
    for n in range(count):
        seed = seeds[n % len(seeds)]
        names = applicable(seed)
        stack = rng.sample(names, min(len(names), rng.randint(1, 4)))
        if "title" in stack and "line_break" in stack:  # a title is one line
            stack.remove("line_break")
        case_seed = rng.randrange(10**9)
        text, field_ = render(seed, stack, case_seed)
        note = f"seed={seed.desc}; stack={'+'.join(sorted(stack))}; case_seed={case_seed}"
        id_ = f"{prefix}-{n:03d}"
        table.case(id_, text, seed.expect, seed.rule, note, field_, xfail=XFAIL.get(id_))


def main() -> None:
    rng = random.Random(SEED)
    table = CaseTable("redteam71_blind_random_stacks")
    must = ad_seeds(rng) + personal_seeds(rng) + marking_seeds()
    clean = clean_seeds(rng)
    draw(rng, must, 260, "hit", table)
    draw(rng, clean, 140, "clean", table)
    header = (
        "red-team pass 71 (blind): random stacks of transforms; gen_redteam71.py regenerates it"
    )
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
