"""Regenerate redteam95_blind_issue_draw6.yaml (red-team pass 95, written blind).

Issue 12's own forms — every bullet, word for word — and the look-alikes it says must stay clean,
put through stacks of 1–3 transformations drawn at random from the 30 below (full and half
width, zero-width and the other default-ignorables, spaces of every Unicode kind, CJK full stops,
homoglyphs, full-width and mathematical digits, case, traditional characters, soft and hard line
breaks, HTML tags, comments and references, Markdown, percent-encoding, brackets, trailing
punctuation, regrouping…), and placed in the title, at the body's start, middle or end, in a
table cell, a list item or a quote, among sentences of government prose. Written before the
checker or any other family was read (issue 12, docs/compliance.md, the corpus README,
``case_table.py``, ``number_makers.py`` and ``gen_redteam71.py`` for layout). Fixed seed; run
from the repository root:

    python tests/compliance/corpus/gen_redteam95.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam95.py --sweep N  # N random stacks through check()

First run: 8 of 420 failed (7 misses, one of them a look-alike meant to warn; 1 false finding):
3 generator bugs (a) — a Markdown link
target given a second scheme, a tag put inside a character reference and inside a comment; 2
wrong expectations (b) — an HTML comment inside a code span is printed, so the marking is gone
(code spans no longer take markup), and a Cyrillic letter in a bare host's TLD leaves no
suffix, so no link (clean, not warn); 3 real misses (d). The sweep (``--sweep 60000``, after the
sweep's own generator bugs were fixed: emphasis and tags inside a link's target, a reference
inside a reference, a full-width scheme read as host) finds 327 wrong of 60,000, all in three
patterns: a Markdown hard break inside a marking word (298), a labelled number over a line break
in 《》〔〕【】「」 or a link's text (27), an ID number's wrapped tail read as 份号 (2). Two more
sweeps of 100,000 with those patterns' stacks left out (``--seed other-seed-2``, ``other-seed-3``)
found four more: emphasis glued to a marking's star, emphasis before a break inside a marking,
a wrapped mobile's tail as 份号, a Cyrillic letter in a full-width host; a fourth
(``other-seed-4``) a zero-width joiner with a Cyrillic letter in an ad host. The
``found-`` cases reproduce each minimally (``REASONS``; a fix adds its pattern to ``FIXED``).
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, OTHER, SC, TERM, UNPARSABLE

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import (
    DIVISIONS,
    id_number,
    luhn,
    luhn_uscc,
    no_mobile_inside,
    org_code,
    random_digits,
)

SEED = 95
FAMILY = "redteam95_blind_issue_draw6"

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
OTHER_IGNORABLE = ["\u00ad", "\u034f", *(chr(c) for c in range(0xFE00, 0xFE10, 3)), "\U000e0101"]
SPACES = [" ", "\u3000", "\u00a0", "\u2002", "\u2003", "\u2005", "\u2009", "\u200a", "\u202f"]
SPACES += ["\u205f", "\u1680", "\u2007", "\u2008"]
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"]
STOPS = ["。", "｡", "．"]
BRACKETS = ["（{}）", "({})", "【{}】", "[{}]", "「{}」", "“{}”", "〔{}〕", "《{}》", "『{}』"]
TRAILING = ["。", "！", "；", "，", "、", "…", ".", ";", "）", "”"]
HOMOGLYPHS = {"o": ["\u043e", "\u03bf"], "a": ["\u0430"], "c": ["\u0441"], "e": ["\u0435"]}
HOMOGLYPHS |= {"p": ["\u0440"], "x": ["\u0445"], "i": ["\u0456"]}
TRADITIONAL = {"机": "機", "资": "資", "内": "內", "开": "開", "件": "件", "予": "予", "秘": "祕"}
TRADITIONAL |= {"密": "密", "绝": "絕", "年": "年", "宝": "寶", "复": "複", "后": "後", "打": "打"}
TRADITIONAL |= {"况": "況", "形": "形", "围": "圍", "应": "應", "发": "發", "论": "論"}
MATH_DIGITS = [0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6]  # bold, double, sans, sans bold, mono

PROSE = [
    "为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，现将有关事项通知如下。",
    "各街道、各部门要压实工作责任，确保各项措施落到实处。",
    "区政府召开常务会议，研究部署下一阶段重点工作。",
    "请各单位结合实际认真贯彻执行，执行中遇到的问题请及时反馈。",
    "本次活动由区文明办、区教育局联合举办，欢迎广大市民积极参与。",
    "全区共完成老旧小区改造项目十二个，惠及居民三千余户。",
    "如有疑问，请在工作日与承办科室联系。",
    "会议强调，要坚持以人民为中心的发展思想，切实解决群众急难愁盼问题。",
]
TITLES = ["关于做好近期重点工作的通知", "区政府召开常务会议", "关于开展专项检查的公告"]
PLACES = ["title", "start", "middle", "end", "table", "list", "quote"]


@dataclass
class Item:
    """One of the issue's forms (or a look-alike), with what a strict reviewer expects of it."""

    kind: str  # link, code, id, mobile, card, mark, internal, note, prose, clean_link, number
    value: str
    expect: str
    rule: str | list[str] | None
    desc: str
    labels: list[str] = field(default_factory=list)
    groups: tuple[int, ...] = ()


# ----- items -------------------------------------------------------------------------------


def _fresh_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + f"{rng.randint(0, 999):03d}")


def must_items(rng: random.Random) -> list[Item]:
    """Every form the issue's bullets list, word for word, and a fresh value of each kind."""
    tail = "".join(rng.choice("AbCdEfGhJkMn23456789") for _ in range(7))
    link_labels = ["详见", "报名网址：", "报名网址:", "链接："]
    links = [
        ("ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=m%3D2%26s%3DxYz", "issue fw s.click"),
        ("s.click.taobao。com/t?e=m%3D2%26s%3DxYz", "issue s.click 。com"),
        (f"u。jd。com/{tail}", "issue u。jd。com"),
        (f"dwz｡cn/{tail}", "issue dwz｡cn"),
        (f"t．cn/A6{tail}", "issue t．cn"),
        (f"ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／{tail.upper()}", "issue FW HTTPS U.JD.COM"),
        (f"https://s.click.tao\u200bbao.com/t?e={tail}", "issue zwsp taobao"),
        (f"u.\u2060jd.com/{tail}", "issue wj u.jd.com"),
        (f"https:/t.cn/A6{tail}", "issue https:/ one slash"),
        (f"t.cn/A6{tail}", "plain t.cn"),
        (f"https://m.tb.cn/h.{tail}", "plain m.tb.cn"),
    ]
    items = [Item("link", v, "fixed", LS, d, link_labels) for v, d in links]
    items.append(Item("link", f"报名网址:t.cn/A6{tail}", "fixed", LS, "issue 报名网址:t.cn"))
    codes = [
        ("「VAQz99KzQVD」复制后打开淘宝", "issue 「」code"),
        ("《VAQz99KzQVD《复制后打开淘宝", "issue 《《 code"),
        ("￥Kp3mZx82QwE￥复制后打开淘宝", "￥ code"),
    ]
    items += [Item("code", v, "block", SC, d) for v, d in codes]
    id_labels = ["身份证号：", "公民身份号码：", "身份证号码"]
    items.append(Item("id", "310104-19851122-3688", "block", IDN, "issue id 6-8-4", id_labels))
    items.append(Item("id", _fresh_id(rng), "block", IDN, "fresh id", id_labels, (6, 8, 4)))
    mob_labels = ["联系电话：", "手机：", "联系人：王先生，"]
    items.append(Item("mobile", "138－1234－5678", "block", MOB, "issue mobile fw", mob_labels))
    fresh = "1" + rng.choice("3589") + random_digits(rng, 9)
    items.append(Item("mobile", fresh, "block", MOB, "fresh mobile", mob_labels, (3, 4, 4)))
    card = luhn("6222" + random_digits(rng, 14))
    while not no_mobile_inside(card):
        card = luhn("6222" + random_digits(rng, 14))
    card_labels = ["银行卡号：", "收款卡号：", "卡号"]
    items.append(Item("card", card, "block", CARD, "unionpay 19", card_labels, (4, 4, 4, 4, 3)))
    for value, desc in [("机密＊10年", "issue 机密＊10年"), ("機密★", "issue 機密★")]:
        items.append(Item("mark", value, "block", MARK, desc))
    items.append(Item("mark", "秘密★5年", "block", MARK, "秘密★5年"))
    for value, desc in [("内 部 资 料", "issue spaced 内部资料"), ("內部資料", "issue 內部資料")]:
        items.append(Item("internal", value, "block", INT, desc))
    for value, desc in [
        ("（此件不公开）", "issue 此件不公开"),
        ("（此件不予公开）", "issue 此件不予公开"),
    ]:
        items.append(Item("note", value, "block", NOTE, desc))
    return items


def clean_items(rng: random.Random) -> list[Item]:
    """The issue's look-alikes that must stay clean (依法不予公开 only warns, as the docs say)."""
    items = [
        Item("prose", "属于依法不予公开的情形", "warn", TERM, "issue prose 依法不予公开的情形"),
        Item(
            "clean_link",
            "https://www.gov.cn/zhengce/content/2024-01/05/content_6924218.htm",
            "clean",
            None,
            "issue gov.cn link",
            ["详见", "原文链接："],
        ),
        Item("clean_link", "www.gov.cn/xinwen/index.htm", "clean", None, "gov.cn bare", ["详见"]),
    ]
    uscc_labels = ["统一社会信用代码：", "登记证号：", "信用代码"]
    for prefix in ["51", "52", "53"]:
        code = luhn_uscc(rng, prefix)
        items.append(Item("number", code, "clean", None, f"issue uscc {prefix}", uscc_labels))
    for prefix in ["54", "55"]:  # Mastercard-shaped (51–55), 18 digits: a valid USCC, never a card
        code = luhn_uscc(rng, prefix)
        items.append(Item("number", code, "clean", None, f"mc-shaped uscc {prefix}", uscc_labels))
    org = org_code(random_digits(rng, 8))
    items.append(
        Item("number", f"{org[:8]}-{org[8]}", "clean", None, "组织机构代码", ["组织机构代码："])
    )
    for value, desc, labels in [
        ("010-63099999", "landline", ["咨询电话：", "联系电话："]),
        ("0755-88881234", "landline", ["值班电话："]),
        ("国办发〔2024〕12号", "文号", ["根据"]),
        ("2025年3月15日", "date", ["发布日期："]),
        ("2024-12-31", "date", ["截止日期："]),
        ("1,234,567.89元", "amount", ["合计金额："]),
        ("3856.20万元", "amount", ["项目总投资"]),
    ]:
        items.append(Item("number", value, "clean", None, desc, labels))
    return items


# ----- transformations ---------------------------------------------------------------------

Transform = Callable[[Item, str, random.Random], str]
CJK = range(0x4E00, 0xA000)


def _cjk_gaps(value: str) -> list[int]:
    return [i for i in range(1, len(value)) if ord(value[i - 1]) in CJK and ord(value[i]) in CJK]


def _host_span(value: str) -> tuple[int, int]:
    """The host's span of a link as written (full-width forms too: first sweep, ``ｈtｔpｓ:／``)."""
    value = "".join(
        c if len(unicodedata.normalize("NFKC", c)) != 1 else unicodedata.normalize("NFKC", c)
        for c in value
    )
    start = 0
    for sep in ("//", "／／", ":/", "：／"):
        at = value.find(sep)
        if at >= 0 and at < 8:
            start = at + len(sep)
            while start < len(value) and value[start] in "/／":
                start += 1
            break
    if value.startswith("报名网址:"):
        start = len("报名网址:")
    end = len(value)
    for sep in ("/", "／"):
        at = value.find(sep, start)
        if 0 <= at < end:
            end = at
    return start, end


def _inner(item: Item, value: str) -> list[int]:
    """Positions inside the item where a character may go without changing what it is."""
    if item.kind in {"link", "clean_link"}:
        start, end = _host_span(value)
        return list(range(start + 1, end))
    if item.kind in {"mark", "internal", "note", "prose", "code"}:
        gaps = _cjk_gaps(value)
        if item.kind == "mark":
            gaps += [i for i in range(1, len(value)) if value[i - 1] in "密" and value[i] in "★＊*"]
        return gaps or list(range(1, len(value)))
    return [i for i in range(1, len(value)) if value[i - 1].isalnum() and value[i].isalnum()]


def _outside_markup(value: str, spots: list[int]) -> list[int]:
    """``spots`` not inside a tag, a comment or a character reference already there (first
    run: a tag went inside ``&#xfeff;`` and inside ``<!---->``)."""
    inside: set[int] = set()
    for opener, closer in (("<", ">"), ("&", ";")):
        at = value.find(opener)
        while at >= 0:
            end = value.find(closer, at)
            end = len(value) if end < 0 else end
            inside.update(range(at + 1, end + 1))
            at = value.find(opener, end)
    return [i for i in spots if i not in inside]


def _insert(value: str, positions: list[int], chars: list[str]) -> str:
    for pos, char in sorted(zip(positions, chars, strict=True), reverse=True):
        value = value[:pos] + char + value[pos:]
    return value


def _sprinkle(item: Item, value: str, rng: random.Random, pool: list[str]) -> str:
    spots = _inner(item, value)
    if not spots:
        return value
    picks = rng.sample(spots, min(len(spots), rng.randint(1, 3)))
    return _insert(value, picks, [rng.choice(pool) for _ in picks])


def _group_cuts(item: Item, value: str) -> list[int]:
    """Where a number's natural groups meet (its separators if it has them)."""
    seps = [i for i, c in enumerate(value) if c in "-－ "]
    if seps:
        return seps
    cuts, total = [], 0
    for g in (item.groups or (3, 4, 4))[:-1]:
        total += g
        if total < len(value):
            cuts.append(total)
    return cuts


def _between(item: Item, value: str, rng: random.Random, sep: str) -> str:
    if item.kind in {"id", "mobile", "card", "number"}:
        cuts = _group_cuts(item, value)
        out = value
        for cut in sorted(cuts, reverse=True):
            if out[cut] in "-－ ":
                out = out[:cut] + sep + out[cut + 1 :]
            else:
                out = out[:cut] + sep + out[cut:]
        return out
    spots = _cjk_gaps(value)
    picks = rng.sample(spots, rng.randint(1, len(spots))) if spots else []
    return _insert(value, picks, [sep] * len(picks))


def t_full_width(item: Item, value: str, rng: random.Random) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c not in "<>&;#%" else c for c in value
    )


def t_half_width(item: Item, value: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in value)


def t_mixed_width(item: Item, value: str, rng: random.Random) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c not in "<>&;#%" and rng.random() < 0.5 else c
        for c in value
    )


def t_stops(item: Item, value: str, rng: random.Random) -> str:
    start, end = _host_span(value)
    stop = rng.choice(STOPS)
    return value[:start] + value[start:end].replace(".", stop).replace("．", stop) + value[end:]


def t_zero_width(item: Item, value: str, rng: random.Random) -> str:
    return _sprinkle(item, value, rng, ZERO_WIDTH)


def t_ignorable(item: Item, value: str, rng: random.Random) -> str:
    return _sprinkle(item, value, rng, OTHER_IGNORABLE)


def t_edge_invisible(item: Item, value: str, rng: random.Random) -> str:
    return rng.choice(ZERO_WIDTH) + value + rng.choice(ZERO_WIDTH)


def t_spaces(item: Item, value: str, rng: random.Random) -> str:
    return _between(item, value, rng, rng.choice(SPACES))


def t_dashes(item: Item, value: str, rng: random.Random) -> str:
    return _between(item, value, rng, rng.choice(DASHES))


def t_homoglyph(item: Item, value: str, rng: random.Random) -> str:
    start, end = _host_span(value)
    spots = [i for i in range(start, end) if value[i].lower() in HOMOGLYPHS]
    if not spots:
        return value
    i = rng.choice(spots)
    return value[:i] + rng.choice(HOMOGLYPHS[value[i].lower()]) + value[i + 1 :]


def t_fw_digits(item: Item, value: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in value)


def t_math_digits(item: Item, value: str, rng: random.Random) -> str:
    base = rng.choice(MATH_DIGITS)
    return "".join(chr(base + int(c)) if c.isascii() and c.isdigit() else c for c in value)


def t_case(item: Item, value: str, rng: random.Random) -> str:
    return value.upper() if rng.random() < 0.5 else value.swapcase()


def t_traditional(item: Item, value: str, rng: random.Random) -> str:
    return "".join(TRADITIONAL.get(c, c) for c in value)


def t_soft_break(item: Item, value: str, rng: random.Random) -> str:
    spots = _cjk_gaps(value) if item.kind != "number" else _group_cuts(item, value)
    if item.kind in {"id", "mobile", "card"}:
        spots = _group_cuts(item, value)
    if not spots:
        return value
    i = rng.choice(spots)
    if value[i] in "-－ ":
        return value[:i] + "\n" + value[i + 1 :]
    return value[:i] + "\n" + value[i:]


def t_hard_break(item: Item, value: str, rng: random.Random) -> str:
    spots = (
        _cjk_gaps(value) if item.kind not in {"id", "mobile", "card"} else _group_cuts(item, value)
    )
    if not spots:
        return value
    i = rng.choice(spots)
    brk = rng.choice(["<br>", "<br/>", "  \n", "\\\n"])
    if value[i] in "-－ ":
        return value[:i] + brk + value[i + 1 :]
    return value[:i] + brk + value[i:]


def t_tag_split(item: Item, value: str, rng: random.Random) -> str:
    spots = _outside_markup(value, _inner(item, value)) or [0]
    i = rng.choice(spots)
    tag = rng.choice(["span", "b", "strong", "em", "font"])
    return value[:i] + f"<{tag}>" + value[i:] + f"</{tag}>"


def t_tag_wrap(item: Item, value: str, rng: random.Random) -> str:
    return rng.choice(
        ["<b>{}</b>", '<span style="color:#c00">{}</span>', "<strong>{}</strong>"]
    ).format(value)


def t_comment(item: Item, value: str, rng: random.Random) -> str:
    spots = _outside_markup(value, _inner(item, value)) or [0]
    i = rng.choice(spots)
    return value[:i] + rng.choice(["<!-- -->", "<!--x-->", "<!---->"]) + value[i:]


def t_num_ref(item: Item, value: str, rng: random.Random) -> str:
    spots = [i for i in _outside_markup(value, _inner(item, value)) if value[i] not in "<>&;\n"]
    if not spots:
        return value
    i = rng.choice(spots)
    ref = f"&#{ord(value[i])};" if rng.random() < 0.5 else f"&#x{ord(value[i]):x};"
    return value[:i] + ref + value[i + 1 :]


def t_named_ref(item: Item, value: str, rng: random.Random) -> str:
    names = {" ": "&nbsp;", ".": "&period;", "-": "&hyphen;", "★": "&starf;", "：": "&colon;"}
    spots = _outside_markup(value, [i for i, c in enumerate(value) if c in names])
    if not spots:
        return value
    i = rng.choice(spots)
    return value[:i] + names[value[i]] + value[i + 1 :]


def t_md_emphasis(item: Item, value: str, rng: random.Random) -> str:
    mark = rng.choice(["**", "__"])  # (a single * would pair with a marking's star)
    if item.kind in {"link", "clean_link"} or rng.random() < 0.5:
        return f"{mark}{value}{mark}"
    spots = _outside_markup(value, _inner(item, value)) or [0]
    i = rng.choice(spots)
    return value[:i] + "**" + value[i:] + "**"


def t_md_code(item: Item, value: str, rng: random.Random) -> str:
    return f"`{value}`"


def t_md_link(item: Item, value: str, rng: random.Random) -> str:
    if item.kind == "link":  # a target with no scheme would be relative to the page
        # (first run: ｈｔtps:／／; first sweep: ＨＴＴＰＳ&colon;／／)
        scheme = ":/" in unicodedata.normalize("NFKC", html.unescape(value))[:8]
        return f"[点击报名]({value if scheme else 'https://' + value})"
    return f"[{value}](https://www.gov.cn/zhengce/)"


def t_percent_path(item: Item, value: str, rng: random.Random) -> str:
    _start, end = _host_span(value)
    path = value[end + 1 :]
    spots = [i for i, c in enumerate(path) if c.isascii() and c.isalnum()]
    if not spots:
        return value
    picks = set(rng.sample(spots, min(len(spots), 3)))
    path = "".join(f"%{ord(c):02X}" if i in picks else c for i, c in enumerate(path))
    return value[: end + 1] + path


def t_brackets(item: Item, value: str, rng: random.Random) -> str:
    return rng.choice(BRACKETS).format(value)


def t_trailing(item: Item, value: str, rng: random.Random) -> str:
    return value + rng.choice(TRAILING)


def t_regroup(item: Item, value: str, rng: random.Random) -> str:
    sep = rng.choice([" ", "-", ""])
    plain = "".join(c for c in value if c not in "-－ ")
    groups = item.groups or {18: (6, 8, 4), 11: (3, 4, 4), 19: (4, 4, 4, 4, 3)}.get(
        len(plain), (4, 4)
    )
    return (
        _between(Item(item.kind, plain, "", None, "", groups=groups), plain, rng, sep)
        if sep
        else plain
    )


def t_one_slash(item: Item, value: str, rng: random.Random) -> str:
    if "://" in value:
        return value.replace("://", ":/", 1)
    if ":/" in value[:8] or "：／" in value[:8] or value.startswith("报名网址:"):
        return value
    return "https:/" + value


# name: (stage, function, kinds it keeps what they are)
LINKS = {"link"}
NUMS = {"id", "mobile", "card"}
WORDS = {"mark", "internal", "note"}
TRANSFORMS: dict[str, tuple[int, Transform, set[str]]] = {
    "regroup": (0, t_regroup, NUMS),
    "one_slash": (0, t_one_slash, LINKS),
    "traditional": (0, t_traditional, WORDS | {"prose", "code"}),
    "full_width": (1, t_full_width, LINKS | NUMS | {"mark", "code", "number"}),
    "half_width": (1, t_half_width, LINKS | NUMS | WORDS | {"code", "number"}),
    "mixed_width": (1, t_mixed_width, LINKS | NUMS | {"code"}),
    "fw_digits": (1, t_fw_digits, NUMS | {"mark", "number"}),
    "math_digits": (1, t_math_digits, NUMS | {"number"}),
    "stops": (1, t_stops, LINKS),
    "case": (1, t_case, LINKS | {"clean_link"}),
    "homoglyph": (1, t_homoglyph, LINKS | {"clean_link"}),
    "percent_path": (1, t_percent_path, LINKS | {"clean_link"}),
    "spaces": (2, t_spaces, NUMS | WORDS | {"prose"}),
    "dashes": (2, t_dashes, NUMS | {"internal", "note"}),
    "zero_width": (3, t_zero_width, LINKS | NUMS | WORDS | {"code", "number", "prose"}),
    "ignorable": (3, t_ignorable, LINKS | NUMS | WORDS | {"code", "number", "prose"}),
    "soft_break": (3, t_soft_break, NUMS | WORDS),
    "hard_break": (3, t_hard_break, WORDS),
    "num_ref": (4, t_num_ref, LINKS | NUMS | WORDS | {"number", "clean_link", "prose"}),
    "named_ref": (4, t_named_ref, LINKS | NUMS | WORDS | {"number", "clean_link"}),
    "tag_split": (5, t_tag_split, LINKS | NUMS | WORDS | {"clean_link", "prose", "number"}),
    "comment": (5, t_comment, LINKS | NUMS | WORDS | {"clean_link", "prose"}),
    "tag_wrap": (6, t_tag_wrap, LINKS | NUMS | WORDS | {"clean_link", "prose", "number", "code"}),
    "brackets": (6, t_brackets, LINKS | NUMS | {"mark", "internal", "clean_link", "number"}),
    "md_emphasis": (6, t_md_emphasis, LINKS | NUMS | WORDS | {"clean_link", "number", "prose"}),
    "md_code": (7, t_md_code, NUMS | {"mark", "internal", "number", "clean_link"}),
    "md_link": (7, t_md_link, LINKS | NUMS | {"mark", "internal", "number"}),
    "edge_invisible": (
        8,
        t_edge_invisible,
        LINKS | NUMS | WORDS | {"code", "number", "clean_link"},
    ),
    "trailing": (8, t_trailing, LINKS | NUMS | {"mark", "internal", "clean_link", "number"}),
}
MARKUP = {"tag_split", "tag_wrap", "comment", "num_ref", "named_ref", "hard_break"}
MARKUP |= {"md_emphasis", "md_code", "md_link"}
# Pairs that make nonsense (a percent in a one-slash rewrite is fine; these are not).
CLASHES = [
    {"full_width", "half_width"},
    {"full_width", "mixed_width"},
    {"half_width", "mixed_width"},
    {"fw_digits", "math_digits"},
    {"md_link", "md_code"},
    {"md_link", "brackets"},
    {"md_link", "md_emphasis"},  # (first sweep: ** went into the link's target)
    {"soft_break", "hard_break"},
    {"spaces", "dashes"},
    # a code span prints markup and references as written (first run: `机<!---->密*10年`
    # shows the comment, so the marking is no longer what the reader sees)
    *({"md_code", name} for name in ("tag_split", "tag_wrap", "comment", "num_ref", "named_ref")),
    {"md_code", "hard_break"},
]


def applicable(item: Item, place: str) -> list[str]:
    names = [n for n, (_, _, kinds) in TRANSFORMS.items() if item.kind in kinds]
    if place == "title":  # a title is plain text on one line: no markup, no break
        names = [n for n in names if n not in MARKUP | {"soft_break"}]
    if item.kind == "link" and "md_link" in names:  # markup in a link's target is no markup
        names = [n for n in names if n not in {"tag_wrap", "tag_split", "comment"}]
    if item.value.startswith("报名网址:"):
        names = [n for n in names if n not in {"md_link", "one_slash"}]
    if item.kind == "number" and not any(c.isdigit() for c in item.value[:3]):
        names = [n for n in names if n not in {"math_digits", "fw_digits", "full_width"}]
    return names


def draw_stack(item: Item, place: str, rng: random.Random) -> list[str]:
    names = applicable(item, place)
    size = rng.randint(1, 3)
    stack: list[str] = []
    for name in rng.sample(names, len(names)):
        if len(stack) == size:
            break
        if any(clash <= {*stack, name} for clash in CLASHES):
            continue
        stack.append(name)
    return stack or [rng.choice(names)]


def expectation(item: Item, stack: list[str], value: str) -> tuple[str, object, str]:
    """The verdict, rules and a word on it, given the transformed ``value``: a transformation
    that changes what the reader sees changes the expectation."""
    if item.kind == "clean_link" and "homoglyph" in stack:
        value = html.unescape(value)
        start, end = _host_span(value)
        tld = value[start:end].rsplit(".", 1)[-1]
        if "://" not in value and not tld.isascii():  # (first run: `www.gov.сn/…`)
            return "clean", None, "a Cyrillic letter in the bare host's TLD: no suffix, no link"
        return "warn", OTHER, "a Cyrillic/Greek letter makes gov.cn another host: warns"
    return item.expect, item.rule, ""


def transformed(item: Item, stack: list[str], case_seed: int) -> str:
    value = item.value
    for name in sorted(stack, key=lambda n: TRANSFORMS[n][0]):
        value = TRANSFORMS[name][1](item, value, random.Random(f"{case_seed}:{name}"))
    return value


def render(  # noqa: PLR0911 - one return per placement
    item: Item, stack: list[str], place: str, case_seed: int
) -> tuple[str, str | None]:
    value = transformed(item, stack, case_seed)
    rng = random.Random(f"{case_seed}:place")
    if item.labels and (rng.random() < 0.6 or (item.kind in NUMS and "soft_break" in stack)):
        value = rng.choice(item.labels) + value
    sentences = rng.sample(PROSE, rng.randint(1, 3))
    glue = "" if item.kind == "note" or value[-1:] in TRAILING else "。"
    if place == "title":
        text = (rng.choice(TITLES) + value) if rng.random() < 0.5 else (value + rng.choice(TITLES))
        return text.replace("\n", ""), "title"
    if place == "start":
        return value + glue + "".join(sentences), None
    if place == "end":
        return "".join(sentences) + value + glue, None
    if place == "middle":
        first = sentences[0]
        cut = first.index("，") + 1
        sep = "" if item.kind == "note" else "，"
        return first[:cut] + value + sep + first[cut:] + "".join(sentences[1:]), None
    if place == "table":
        row = value.replace("\n", "<br>").replace("|", "\\|")
        head = "| 序号 | 事项 | 说明 |\n| --- | --- | --- |\n"
        return (
            f"{sentences[0]}\n\n{head}| 1 | 专项检查 | {row} |\n| 2 | 整改落实 | 已完成 |\n",
            None,
        )
    if place == "list":
        return (
            f"{sentences[0]}\n\n1. 提高认识，加强领导。\n2. {value}\n3. 强化督查，确保实效。\n",
            None,
        )
    quoted = value.replace("\n", "\n> ")
    return f"{sentences[0]}\n\n> {quoted}\n\n{sentences[-1]}", None


# ----- the grid and the sweep ----------------------------------------------------------------

RT = "red team 95: "
# The triage of the first run and the sweep: each failing pattern's reason.
REASONS: dict[str, str] = {
    "word-hard_break": RT + "a Markdown hard line break inside a marking, an internal note or a "
    "公开属性 note — two trailing spaces (`内部  ⏎资料`, `（此件不  ⏎公开）`) or a backslash "
    "(`秘\\⏎密★5年`) before the newline, or two spaces of any kind "
    "before a newline or a `<br>` (`秘  <br>密★5年`, `此件不&nbsp; ⏎予公开`; one space is read) — shows "
    "the word over two lines as `内部⏎资料` and `内部<br>资料` do (both blocked), but is not "
    "read (red team 94 found the two-space and backslash forms too)",
    "spaces-br": RT + "two or more spaces before a `<br>` with no newline after it, inside a "
    "marking word (`内部  <br>资料`, `秘  <br>密★5年` in a table cell): the page shows the word "
    "over two lines as `内部<br>资料` (blocked) does, but it is not read (the hard breaks with a "
    "newline were fixed by mend94)",
    "bracket-break": RT + "a labelled number over a line break wrapped in brackets other than "
    "（）/() — 《》, 〔〕, 【】, 「」 — or in a Markdown link's text, or after a contact's name "
    "label (`联系人：王先生，（138-1234⏎5678）`): the same number unwrapped, or in （）after "
    "`银行卡号：`/`手机：`, blocks",
    "id-tail-fenhao": RT + "a labelled number wrapped so that six digits stand alone on the next "
    "line — an ID number after its twelfth digit, a mobile after its fifth "
    "(`联系人：王先生，18309⏎893154`) — has its tail read as a 版头 份号 (secrecy.document_hint "
    "warns beside the block): a false finding, the six digits are the number's tail",
    "fw-cyrillic-i": RT + "a Cyrillic capital І (U+0406) among full-width capitals of an ad host, "
    "`Ｓ．ＣＬІＣＫ．ＴＡＯＢＡＯ．ＣＯＭ／Ｔ`, warns link.unparsable instead of being stripped: the "
    "same letter in ASCII capitals (`S.CLІCK.TAOBAO.COM/T`) or full-width lower case, and a "
    "Cyrillic С or Greek Ο among full-width capitals (`Ｔ．СＮ／…`), are stripped; and a full-width "
    "scheme before a host with a Cyrillic letter (`ｈｔｔｐｓ：／／ｗｗｗ．ｇоｖ．ｃｎ／`, which UTS #46 maps "
    "to www.xn--gv-fmc.cn) is called unparsable, not link.other_host as `https://ＷＷＷ．ＧОＶ．ＣＮ/` is",
    "emphasis-star": RT + "an emphasis run glued to a marking's asterisk, `机密***10年**`: "
    "CommonMark renders 机密*<strong>10年</strong>, the marking as written (`机密*<strong>10年"
    "</strong>` blocks), but the fold takes the three asterisks for emphasis and reads 机密10年",
    "emphasis-break": RT + "an emphasis run before a line break inside a marking word, "
    "`内部**⏎资料**`, `机**⏎密＊10年**`: the run cannot open there, so the page prints the asterisks "
    "and joins the lines (内部** 资料**), a letter-spaced marking the docs join (`*` is a "
    "separator), but it is not read (`内**部资料**` blocks)",
    "zwj-homoglyph": RT + "a zero-width joiner or non-joiner (U+200D, U+200C) inside an ad host "
    "that also holds a Cyrillic look-alike, `HTTPS://S.CLІCK.TA\u200dOBAO.COM/T`, warns "
    "link.unparsable instead of being stripped: either trick alone is stripped (the fold removes "
    "the joiners; the look-alike is read as the host it imitates), so the pair slips through",
    "irregular": "documented (docs/compliance.md, limits: 'only the groupings people use are' "
    "read, since any split would also join unrelated numbers in tables and lists): an unlabelled "
    "19-digit card written 4-4-4-7",
    "percent-host": "documented (docs/compliance.md, decided out of scope: percent-encoded bare "
    "hosts, `t.%63%6E/x` with no scheme — no renderer links it and no reader reads it)",
}
# The patterns a fix has made pass (their cases' xfails removed): add a pattern here when a
# fix lands and regenerate; strict xfails fail the corpus test until then.
FIXED: frozenset[str] = frozenset(  # word-hard_break, spaces-br: mend94 and main; the rest fix 95
    {
        "word-hard_break",
        "spaces-br",
        "bracket-break",
        "fw-cyrillic-i",
        "zwj-homoglyph",
        "id-tail-fenhao",
        "emphasis-star",
        "emphasis-break",
        "irregular",  # fix97: a card in fours and then the rest run together (4-4-4-7)
    }
)
# The grid ids the first run (after the (a) and (b) corrections) found failing, by pattern.
FAILING: dict[str, str] = {}


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    """The strict xfail of a grid case the triage found failing: its pattern's reason."""
    return still_failing(FAILING[id_]) if id_ in FAILING else None


def found(table: CaseTable, fresh_id: str) -> None:
    """Minimal reproductions of every distinct pattern the sweep found, and clean controls."""
    rows = [
        # id, text, verdict, rule, pattern (None: must pass), note
        ("hardsp-internal", "各单位：\n\n内部  \n资料\n\n请妥善保管。", "block", INT, "word-hard_break",
         "two-space hard break inside 内部资料"),
        ("hardbs-internal", "各单位：\n\n内部\\\n资料", "block", INT, "word-hard_break",
         "backslash hard break inside 内部资料"),
        ("hardsp-note", "请认真贯彻执行。\n\n（此件不  \n公开）", "block", NOTE, "word-hard_break",
         "two-space hard break inside the issue's （此件不公开）"),
        ("hardbs-note", "请认真贯彻执行。\n\n（此件不予\\\n公开）", "block", NOTE, "word-hard_break",
         "backslash hard break inside the issue's （此件不予公开）"),
        ("hardsp-mark", "机  \n密＊10年\n\n关于做好近期重点工作的通知", "block", MARK, "word-hard_break",
         "two-space hard break inside the issue's 机密＊10年"),
        ("hardbs-mark", "秘\\\n密★5年", "block", MARK, "word-hard_break",
         "backslash hard break inside 秘密★5年"),
        ("spbr-internal", "本刊为内部  <br>资料。", "block", INT, "spaces-br",
         "two spaces before a <br> inside 内部资料 (`内部<br>资料` blocks)"),
        ("nbsp-note", "请认真贯彻执行。（此件不&nbsp; \n予公开）", "block", NOTE, "word-hard_break",
         "a no-break space and a space before a newline inside （此件不予公开）"),
        ("spbr-mark", "| 密级 |\n| --- |\n| 秘  <br>密★5年 |", "block", MARK, "spaces-br",
         "two spaces before a <br> inside 秘密★5年 in a table cell"),
        ("quote-hardsp-trad", "前言。\n\n> 內  \n> 部資料\n\n后记。", "block", INT,
         "word-hard_break", "the issue's 內部資料 over a two-space hard break in a quote"),
        ("book-card", "银行卡号：《62226522\n26592969485》", "block", CARD, "bracket-break",
         "labelled card over a line break in 《》 (in （） it blocks)"),
        ("lenticular-card", "收款卡号：【62226522\n26592969485】", "block", CARD, "bracket-break",
         "labelled card over a line break in 【】"),
        ("corner-card", "银行卡号：「62226522\n26592969485」", "block", CARD, "bracket-break",
         "labelled card over a line break in 「」"),
        ("tortoise-card", "银行卡号：〔62226522\n26592969485〕", "block", CARD, "bracket-break",
         "labelled card over a line break in 〔〕"),
        ("linktext-card", "银行卡号：[62226522\n26592969485](https://www.gov.cn/)", "block", CARD,
         "bracket-break", "labelled card over a line break in a Markdown link's text"),
        ("book-mobile", "手机：《138-1234\n5678》", "block", MOB, "bracket-break",
         "labelled mobile over a line break in 《》 (〔〕 blocks)"),
        ("contact-paren-mobile", "联系人：王先生，（138-1234\n5678）", "block", MOB, "bracket-break",
         "mobile after a contact's name, in （）, over a line break (unbracketed it blocks)"),
        ("contact-issue-mobile", "联系人：王先生，(138－1234\n5678)", "block", MOB, "bracket-break",
         "the issue's 138－1234－5678 after a contact's name, in (), over a line break"),
        ("linktext-mobile", "联系人：王先生，[138-1234\n5678](https://www.gov.cn/)", "block", MOB,
         "bracket-break", "mobile after a contact's name in a Markdown link's text over a break"),
        ("id-tail", f"身份证号码{fresh_id[:12]}\n{fresh_id[12:]}", "block", IDN, "id-tail-fenhao",
         "an ID number wrapped 12/6: its tail is no 份号"),
        ("mobile-tail", "联系人：王先生，18309\n893154", "block", MOB, "id-tail-fenhao",
         "a mobile wrapped 5/6: its tail is no 份号 (third sweep)"),
        ("fw-cyrillic-i", "链接：Ｓ．ＣＬІＣＫ．ＴＡＯＢＡＯ．ＣＯＭ／Ｔ？Ｅ＝７６７", "fixed", LS, "fw-cyrillic-i",
         "full-width capitals with a Cyrillic І in s.click.taobao.com (third sweep)"),
        ("fw-cyrillic-gov", "详见ＨＴＴＰＳ：／／ＷＷＷ．ＧОＶ．ＣＮ／", "warn", UNPARSABLE, None,
         "gov.cn with a Cyrillic О among full-width capitals: warns (fix 95: expected other_host — "
         "a full-width ／ opens nothing, link.unparsable as redteam73's clean-gov-caps decides)"),
        ("zwj-homoglyph", "链接：HTTPS://S.CLІCK.TA\u200dOBAO.COM/T?E=767E5AE", "fixed", LS,
         "zwj-homoglyph", "ZWJ plus a Cyrillic І in s.click.taobao.com (fourth sweep)"),
        ("card-4447", "请各单位结合实际认真贯彻执行，6222-6522-2659-2969485，执行中遇到的问题请及时反馈。",
         "block", CARD, "irregular", "unlabelled 19-digit card 4-4-4-7"),
        ("percent-host", "详见t.%63%6E/A6767E5AE。", "fixed", LS, "percent-host",
         "bare t.cn with its TLD percent-encoded"),
        ("emstar-mark", "机密***10年**。", "block", MARK, "emphasis-star",
         "bold 10年 glued to the issue's 机密*10年 (second sweep)"),
        ("embreak-internal", "内部**\n资料**。", "block", INT, "emphasis-break",
         "** then a line break inside 内部资料 (second sweep)"),
        ("embreak-mark", "机**\n密＊10年**。", "block", MARK, "emphasis-break",
         "** then a line break inside the issue's 机密＊10年 (second sweep)"),
        ("ctl-embreak-control", "加强内部**\n管理**。", "clean", None, None,
         "内部管理 with an emphasis run over a break: no marking"),
        ("ctl-hardsp-control", "加强内部  \n控制制度建设。", "clean", None, None,
         "内部控制 over a hard break: no marking"),
        ("ctl-hardsp-public", "请认真贯彻执行。\n\n（此件公开  \n发布）", "clean", None, None,
         "（此件公开发布） over a hard break: a public note"),
        ("ctl-book-wenhao", "根据《国办发〔2024〕\n12号》文件精神", "clean", None, None,
         "a 文号 in 《》 over a line break"),
        ("ctl-contact-title", "联系人：王先生，（办公室  \n主任）", "clean", None, None,
         "a contact's title in brackets over a hard break"),
    ]  # fmt: skip
    for id_, text, verdict, rule, name, note in rows:
        table.case(
            f"found-{id_}", text, verdict, rule, note, xfail=still_failing(name) if name else None
        )


def grid(table: CaseTable, items: list[Item], count: int, prefix: str, rng: random.Random) -> None:
    for n in range(count):
        item = items[n % len(items)]
        place = PLACES[(n // len(items)) % len(PLACES)]
        stack = draw_stack(item, place, rng)
        case_seed = rng.randrange(10**9)
        text, field_ = render(item, stack, place, case_seed)
        expect, rule, why = expectation(item, stack, transformed(item, stack, case_seed))
        note = f"item={item.desc}; stack={'+'.join(stack)}; place={place}; case_seed={case_seed}"
        if why:
            note += f"; {why}"
        id_ = f"{prefix}-{n:03d}"
        table.case(id_, text, expect, rule, note, field_, xfail=xfail(id_))


def sweep(count: int, seed: str = f"{SEED}:sweep") -> None:
    """``count`` random stacks through ``govpub.check``, misses and false findings by pattern."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    items = must_items(random.Random(SEED)) + clean_items(random.Random(SEED + 1))
    totals: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    samples: dict[tuple[str, str, str], list[str]] = {}
    for _ in range(count):
        item = rng.choice(items)
        place = rng.choice(PLACES)
        stack = draw_stack(item, place, rng)
        case_seed = rng.randrange(10**9)
        text, field_ = render(item, stack, place, case_seed)
        expect, rule, _ = expectation(item, stack, transformed(item, stack, case_seed))
        post = Post(title=text) if field_ == "title" else Post(title=TITLES[0], body=text)
        result = check(post, policy)
        sev = {f.severity for f in result.findings}
        got = next((v for v in ("block", "warn", "fixed") if v in sev), "clean")
        rules = {f.rule for f in result.findings}
        want = set(rule if isinstance(rule, list) else [rule] if rule else [])
        for name in stack:
            totals[item.desc, name] += 1
        if got == expect and rules == want:
            continue
        kind = "miss" if expect != "clean" and not (want & rules) else "false"
        for name in ["*", *stack]:
            key = (kind, item.desc, name)
            wrong[key] += 1
            if len(samples.setdefault(key, [])) < 3 and name == "*":
                samples[key].append(f"{place} {'+'.join(stack)}: {text!r} -> {got} {sorted(rules)}")
    sys.stdout.write(f"{count} posts; {sum(v for k, v in wrong.items() if k[2] == '*')} wrong\n")
    for (kind, desc, name), n in sorted(wrong.items(), key=lambda kv: -kv[1]):
        of = "" if name == "*" else f" of {totals[desc, name]}"
        sys.stdout.write(f"  {kind:5s} {n:5d}{of:10s} {desc} / {name}\n")
        for sample in samples.get((kind, desc, name), []):
            sys.stdout.write(f"        {sample}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", type=int, default=0)
    parser.add_argument("--seed", default=f"{SEED}:sweep", help="the sweep's seed")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.seed)
        return
    table = CaseTable(FAMILY)
    must = must_items(random.Random(SEED))
    clean = clean_items(random.Random(SEED + 1))
    rng = random.Random(SEED)
    grid(table, must, 252, "hit", rng)
    grid(table, clean, 168, "look", rng)
    found(table, next(i.value for i in must if i.desc == "fresh id"))
    header = "red-team pass 95 (blind): issue 12's forms under stacked transformations"
    table.write(__file__, header + "; gen_redteam95.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
