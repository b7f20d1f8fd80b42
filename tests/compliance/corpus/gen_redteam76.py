"""Regenerate redteam76_blind_markup_stacks.yaml (red-team pass 76, written blind).

A tester's script against issue 12's hidden set, from the side of the tools that mangle text on
its way to a post: a CMS, a Word export, an e-mail client, the WeChat editor. Issue 12's forms
(ad links bare and with schemes, the shorteners, 淘口令 with triggers, ID numbers, mobiles, bank
cards, 密级 markings, 内部资料, 此件不予公开 notes) with fresh values from ``number_makers.py`` go
through 1–4 MARKUP transforms drawn at random: numeric character references (decimal and hex, one
character or all), named references (``&nbsp; &ensp; &middot; &period;``), inline tags between
characters, empty tags, HTML comments, ``<br>`` and ``<wbr>``, Markdown emphasis round a part,
Markdown backslash escapes, an e-mail's hard wrap at a fixed column, a paragraph split
(``</p><p>``), and one full-width or zero-width character. About a third are look-alikes that
must stay clean through the same transforms. Written before the checker or any other family was
read (issue 12, docs/compliance.md, the corpus README, ``case_table.py``, ``number_makers.py`` and
``gen_redteam71.py`` for layout only). Fixed seed; run from the repository root:
python tests/compliance/corpus/gen_redteam76.py
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, no_mobile_inside, org_code, uscc

SEED = 76

PROSE = [
    "区政府召开专题会议，研究部署下一阶段重点工作。",
    "各街道、各部门要压实责任，确保各项措施落到实处。",
    "现将有关事项通知如下。",
    "请各单位结合实际认真贯彻执行。",
    "会议强调，要坚持以人民为中心的发展思想。",
    "全区共完成老旧小区改造项目十二个。",
    "如有疑问，请在工作日与承办科室联系。",
    "市场监管部门将持续加强日常监督检查。",
]
TITLES = ["关于做好近期重点工作的通知", "区政府召开常务会议", "关于开展专项检查的公告"]
INLINE_TAGS = [
    ("<span>", "</span>"),
    ("<b>", "</b>"),
    ("<em>", "</em>"),
    ('<font color="red">', "</font>"),
    ("<font color=red>", "</font>"),
    ("<sup>", "</sup>"),
    ('<strong style="color:#c00;font-size:16px">', "</strong>"),
]
EMPTY_TAGS = ["<span></span>", "<b></b>", '<span style="color:red"></span>', "<o:p></o:p>"]
COMMENTS = ["<!-- -->", "<!--x-->", "<!-- [if gte mso 9] -->", "<!--StartFragment-->"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


@dataclass
class Seed:
    """One value of one kind, with what a check must say of it."""

    kind: str  # link, code, id, mobile, card, mark, internal, note, clean_*
    value: str
    expect: str
    rule: str | None
    desc: str
    labels: list[str] = field(default_factory=list)


# ----- seeds -------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _valid_id(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    date_ok = 1900 <= year <= 2026 and 1 <= month <= 12 and 1 <= day <= 31
    return date_ok and id_number(number[:17]) == number


def _fresh_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1955, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + f"{rng.randint(0, 999):03d}")


def _grouped(rng: random.Random, number: str, groups: tuple[int, ...]) -> str:
    """The number plain, or in its usual groups with a space or a hyphen."""
    form = rng.choice(["plain", " ", "-"])
    if form == "plain":
        return number
    out, pos = [], 0
    for g in groups:
        out.append(number[pos : pos + g])
        pos += g
    if pos < len(number):
        out.append(number[pos:])
    return form.join(p for p in out if p)


def ad_seeds(rng: random.Random) -> list[Seed]:
    """Ad and short links bare and with schemes, and 淘口令 with their triggers."""
    seeds = []
    for _ in range(2):
        tail = "".join(rng.choice("AbCdEfGhJkMnPqRsTuVwXyZ23456789") for _ in range(7))
        links = [
            f"t.cn/A6{tail}",
            f"dwz.cn/{tail}",
            f"u.jd.com/{tail}",
            f"s.click.taobao.com/t?e=m%3D2%26s%3D{tail}",
            f"https://t.cn/{tail}",
            f"http://dwz.cn/{tail}",
            f"https://u.jd.com/{tail}",
            f"https://s.click.taobao.com/{tail}",
        ]
        seeds.extend(
            Seed("link", link, "fixed", LS, f"link {link[:24]}", ["详见", "报名网址：", "链接："])
            for link in links
        )
    triggers = [
        "复制后打开淘宝",
        "复制这段话打开手机淘宝",
        "长按复制，打开淘宝APP",
        "复制打开淘宝即可领取",
    ]
    for brackets in ["￥{}￥", "€{}€", "「{}」", "《{}《"]:
        code = "".join(
            rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(11)
        )
        seeds.append(
            Seed(
                "code",
                brackets.format(code) + rng.choice(triggers),
                "block",
                SC,
                f"share code {brackets[0]}",
            )
        )
    return seeds


def personal_seeds(rng: random.Random) -> list[Seed]:
    """Fresh ID numbers, mobiles and cards (UnionPay 16/19, Visa 16), plain or grouped."""
    seeds = []
    for _ in range(5):
        n = _fresh_id(rng)
        seeds.append(
            Seed(
                "id",
                _grouped(rng, n, (6, 8, 4)),
                "block",
                IDN,
                "id",
                ["身份证号：", "公民身份号码", "身份证号码："],
            )
        )
    for _ in range(5):
        m = "1" + rng.choice("3456789") + _digits(rng, 9)
        seeds.append(
            Seed(
                "mobile",
                _grouped(rng, m, (3, 4, 4)),
                "block",
                MOB,
                "mobile",
                ["联系电话：", "手机：", "联系人手机"],
            )
        )
    for prefix, length in [("62", 16), ("622", 19), ("4", 16), ("62", 19)]:
        while True:
            number = luhn(prefix + _digits(rng, length - len(prefix) - 1))
            if no_mobile_inside(number):
                break
        seeds.append(
            Seed(
                "card",
                _grouped(rng, number, (4, 4, 4, 4)),
                "block",
                CARD,
                f"card {prefix}/{length}",
                ["银行卡号：", "卡号：", "收款卡号"],
            )
        )
    return seeds


def marking_seeds() -> list[Seed]:
    """密级 markings, internal-use notes and not-for-release notes."""
    seeds = [
        Seed("mark", m, "block", MARK, f"mark {m}")
        for m in ["机密★10年", "绝密★永久", "秘密★5年", "机密★", "绝密★", "秘密★1年"]
    ]
    seeds += [
        Seed("internal", m, "block", INT, f"internal {m}")
        for m in ["内部资料", "内部资料，注意保存", "内部资料 不得外传"]
    ]
    seeds += [
        Seed("note", m, "block", NOTE, f"note {m}")
        for m in ["（此件不予公开）", "（此件不公开）", "(此件不予公开)"]
    ]
    return seeds


def clean_seeds(rng: random.Random) -> list[Seed]:
    """Look-alikes that must stay clean."""
    seeds = []
    for prefix in ["51", "52", "53"]:
        while True:
            code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
            if (
                code.isdigit()
                and luhn(code[:-1]) == code
                and not _valid_id(code)
                and no_mobile_inside(code)
            ):
                break
        seeds.append(
            Seed("clean_number", code, "clean", None, f"uscc {prefix} luhn", ["统一社会信用代码："])
        )
    for lead in ["91", "12", "11"]:
        code = uscc(
            lead
            + rng.choice(DIVISIONS)
            + "MA"
            + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        )
        seeds.append(
            Seed("clean_number", code, "clean", None, f"uscc {lead}", ["统一社会信用代码："])
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
    for _ in range(3):
        while True:
            good = _fresh_id(rng)
            bad = good[:17] + rng.choice([c for c in "0123456789" if c != good[17]])
            if luhn(bad[:17]) != bad and no_mobile_inside(bad):
                break
        seeds.append(
            Seed(
                "clean_number",
                bad,
                "clean",
                None,
                "18 digits failing the ID check",
                ["档案编号：", "编号："],
            )
        )
    plain = [
        (
            "landline",
            ["咨询电话：", "联系电话："],
            ["010-63099999", "021-63211234", "0755-88881234"],
        ),
        ("date", ["发布日期："], ["2024年3月1日", "2025-06-30"]),
        ("amount", ["合计金额："], ["1,234,567.89元", "3856.20万元"]),
    ]
    for desc, labels, values in plain:
        seeds += [Seed("clean_number", v, "clean", None, desc, labels) for v in values]
    seeds += [
        Seed("clean_link", link, "clean", None, "gov.cn link", ["详见", "原文链接："])
        for link in [
            "https://www.gov.cn/zhengce/content/2024-01/05/content_6924218.htm",
            "www.gov.cn/xinwen/index.htm",
            "http://www.sh.gov.cn/nw12344/index.html",
        ]
    ]
    seeds += [
        Seed("clean_prose", p, "clean", None, f"prose {p[:8]}")
        for p in [
            "国办发〔2018〕123号",
            "公开属性：主动公开",
            "保守国家秘密是每个公民的法定义务",
            "依照《机密文件管理办法》做好归档",
            "进一步健全内部控制制度",
            "区审计局开展内部审计工作",
        ]
    ]
    return seeds


# ----- the value as units: the characters a reader sees, each as written -------------------


class Written:
    """A value as visible characters, each with its written form, and markup between them."""

    def __init__(self, seed: Seed) -> None:
        self.seed = seed
        self.chars = list(seed.value)
        self.forms = list(seed.value)
        self.before: dict[int, list[str]] = {}  # markup before character i
        self.after: dict[int, list[str]] = {}  # markup after character i
        self.tricks: list[str] = []
        self.breaks: list[str] = []  # what a reader sees: line breaks, paragraphs
        self.wrapped = False  # an inline wrap (a tag or emphasis) is in place

    def start(self) -> int:
        """First character after a link's scheme (no markup in ``https://``)."""
        if self.seed.kind in {"link", "clean_link"}:
            scheme = re.match(r"[a-z]+://", self.seed.value)
            return scheme.end() if scheme else 0
        return 0

    def host_end(self) -> int:
        value = self.seed.value
        end = value.find("/", self.start())
        return len(value) if end < 0 else end

    def gaps(self) -> list[int]:
        """Positions i (markup before character i) a transform may use."""
        n, start = len(self.chars), self.start()
        spots = list(range(start + 1, n))
        if self.seed.kind == "clean_link":  # a gov.cn link keeps its host whole
            spots = [i for i in spots if i > self.host_end()]
        if self.seed.kind == "note":  # inside the brackets
            spots = [i for i in spots if 1 < i < n - 1]
        return spots

    def word_chars(self) -> list[int]:
        """Characters a reference or a case change may stand for: letters, digits, ideographs."""
        return [
            i
            for i, c in enumerate(self.chars)
            if i >= self.start()
            and (c.isalnum() or c in "★.")
            and not (self.seed.kind == "clean_link" and i < self.host_end() and c == ".")
        ]

    def render(self) -> str:
        out = []
        for i, form in enumerate(self.forms):
            out.extend(self.before.get(i, []))
            out.append(form)
            out.extend(self.after.get(i, []))
        return "".join(out)


Transform = Callable[[Written, random.Random], None]


def t_ref_one(w: Written, rng: random.Random) -> None:
    """One character as a decimal or hex numeric reference."""
    i = rng.choice(w.word_chars())
    hexa = rng.random() < 0.5
    w.forms[i] = f"&#x{ord(w.chars[i]):x};" if hexa else f"&#{ord(w.chars[i])};"
    w.tricks.append(f"{'hex' if hexa else 'decimal'} reference for {w.chars[i]!r}")


def t_ref_all(w: Written, rng: random.Random) -> None:
    """Every letter, digit and ideograph as a numeric reference (a CMS's 'encode all')."""
    hexa = rng.random() < 0.5
    for i in w.word_chars():
        if not w.forms[i].startswith("&"):
            w.forms[i] = f"&#x{ord(w.chars[i]):X};" if hexa else f"&#{ord(w.chars[i])};"
    w.tricks.append(f"every character as a {'hex' if hexa else 'decimal'} reference")


def t_named(w: Written, rng: random.Random) -> None:
    """Named references: a space as &nbsp;/&ensp;, a dot as &period;, or &middot; between
    ideographs (spaced-out text)."""
    spaces = [i for i, c in enumerate(w.chars) if c == " "]
    dots = [i for i, c in enumerate(w.chars) if c == "." and i >= w.start()]
    if w.seed.kind == "clean_link":
        dots = [i for i in dots if i > w.host_end()]
    if spaces:
        name = rng.choice(["&nbsp;", "&ensp;"])
        for i in spaces:
            w.forms[i] = name
        w.tricks.append(f"spaces as {name}")
    elif dots:
        i = rng.choice(dots)
        w.forms[i] = "&period;"
        w.tricks.append("a dot as &period;")
    else:
        cjk = [
            i
            for i in w.gaps()
            if "\u4e00" <= w.chars[i - 1] <= "\u9fff" and "\u4e00" <= w.chars[i] <= "\u9fff"
        ]
        if cjk:
            name = rng.choice(["&nbsp;", "&ensp;", "&middot;"])
            for i in cjk:
                w.before.setdefault(i, []).append(name)
            w.tricks.append(f"{name} between every two ideographs")
        else:
            i = rng.choice(w.gaps())
            w.before.setdefault(i, []).append("&nbsp;")
            w.tricks.append("one &nbsp; inside")


def _wrap_range(w: Written, rng: random.Random) -> tuple[int, int] | None:
    """A range of characters whose first and last are letters, digits or ideographs."""
    spots = [i for i in w.gaps() if w.chars[i].isalnum()]
    if not spots:
        return None
    a = rng.choice(spots)
    ends = [j for j in range(a, len(w.chars) - 1) if w.chars[j].isalnum()]
    if w.seed.kind == "clean_link":
        ends = [j for j in ends if j > w.host_end()]
    if not ends:
        return None
    return a, rng.choice(ends[: max(1, len(ends) // 2)])


def t_tag(w: Written, rng: random.Random) -> None:
    """An inline tag round a part in the middle (<span>, <b>, <em>, <font>, <sup>, <strong style>)."""
    if w.wrapped or not (span := _wrap_range(w, rng)):
        return
    open_, close = rng.choice(INLINE_TAGS)
    w.before.setdefault(span[0], []).append(open_)
    w.after.setdefault(span[1], []).insert(0, close)
    w.wrapped = True
    w.tricks.append(f"{open_} round {''.join(w.chars[span[0] : span[1] + 1])!r}")


def t_empty(w: Written, rng: random.Random) -> None:
    """One to three empty tags between characters (an editor's leftovers)."""
    for i in rng.sample(w.gaps(), min(len(w.gaps()), rng.randint(1, 3))):
        w.before.setdefault(i, []).append(rng.choice(EMPTY_TAGS))
    w.tricks.append("empty tags between characters")


def t_comment(w: Written, rng: random.Random) -> None:
    """An HTML comment between characters (Word's fragments)."""
    i = rng.choice(w.gaps())
    w.before.setdefault(i, []).append(rng.choice(COMMENTS))
    w.tricks.append(f"a comment before {w.chars[i]!r}")


def t_wbr(w: Written, rng: random.Random) -> None:
    """<wbr> between characters: a break opportunity, nothing visible."""
    for i in rng.sample(w.gaps(), min(len(w.gaps()), rng.randint(1, 2))):
        w.before.setdefault(i, []).append(rng.choice(["<wbr>", "<wbr/>"]))
    w.tricks.append("<wbr> inside (invisible)")


def t_br(w: Written, rng: random.Random) -> None:
    """<br> inside: the reader sees two lines."""
    i = rng.choice(w.gaps())
    w.before.setdefault(i, []).append(rng.choice(["<br>", "<br/>", "<br />"]))
    w.breaks.append(f"<br> before {w.chars[i]!r}: two lines")


def t_emphasis(w: Written, rng: random.Random) -> None:
    """Markdown emphasis round a part in the middle (138**1234**5678)."""
    if w.wrapped or not (span := _wrap_range(w, rng)):
        return
    mark = rng.choice(["**", "**", "*", "***"])
    w.before.setdefault(span[0], []).append(mark)
    w.after.setdefault(span[1], []).insert(0, mark)
    w.wrapped = True
    w.tricks.append(f"Markdown {mark} round {''.join(w.chars[span[0] : span[1] + 1])!r}")


def t_escape(w: Written, rng: random.Random) -> None:
    """Markdown backslash escapes before ASCII punctuation (t\\.cn, 138\\-1234)."""
    spots = [i for i, c in enumerate(w.chars) if c in ASCII_PUNCT and i >= w.start()]
    if not spots:
        return
    for i in spots:
        if w.forms[i] == w.chars[i]:
            w.forms[i] = "\\" + w.chars[i]
    w.tricks.append("backslash escapes before ASCII punctuation")


def t_wrap(w: Written, rng: random.Random) -> None:
    """An e-mail's hard wrap (76 columns) falling inside: a line break."""
    i = rng.choice(w.gaps())
    w.before.setdefault(i, []).append("\n")
    w.breaks.append(f"hard wrap before {w.chars[i]!r}: two lines")


def t_paragraph(w: Written, rng: random.Random) -> None:
    """A paragraph split inside (</p><p>): two paragraphs."""
    i = rng.choice(w.gaps())
    w.before.setdefault(i, []).append("</p><p>")
    w.breaks.append(f"</p><p> before {w.chars[i]!r}: two paragraphs")


def t_full_width(w: Written, rng: random.Random) -> None:
    """One ASCII letter, digit or dot in its full-width form."""
    spots = [i for i in w.word_chars() if "!" <= w.chars[i] <= "~" and w.forms[i] == w.chars[i]]
    if w.seed.kind == "clean_link":
        spots = [i for i in spots if i > w.host_end()]
    if not spots:
        return
    i = rng.choice(spots)
    w.forms[i] = chr(ord(w.chars[i]) + 0xFEE0)
    w.chars[i] = w.forms[i]
    w.tricks.append(f"one full-width {w.forms[i]!r}")


def t_zero_width(w: Written, rng: random.Random) -> None:
    """One zero-width character inside."""
    i = rng.choice(w.gaps())
    char = rng.choice(ZERO_WIDTH)
    w.before.setdefault(i, []).append(char)
    w.tricks.append(f"U+{ord(char):04X} before {w.chars[i]!r}")


# name: (stage, function); later stages wrap earlier ones' characters
TRANSFORMS: dict[str, tuple[int, Transform]] = {
    "full_width": (0, t_full_width),
    "escape": (1, t_escape),
    "ref_one": (2, t_ref_one),
    "ref_all": (2, t_ref_all),
    "named": (3, t_named),
    "zero_width": (4, t_zero_width),
    "tag": (5, t_tag),
    "emphasis": (5, t_emphasis),
    "empty": (6, t_empty),
    "comment": (6, t_comment),
    "wbr": (6, t_wbr),
    "br": (7, t_br),
    "wrap": (7, t_wrap),
    "paragraph": (7, t_paragraph),
}
BREAKING = {"br", "wrap", "paragraph"}


def applicable(seed: Seed, where: str) -> list[str]:
    names = list(TRANSFORMS)
    if where != "body":  # a title, summary or tag is one line
        names = [n for n in names if n not in BREAKING]
    if seed.kind in {"mark", "internal", "note", "clean_prose"}:
        names = [n for n in names if n != "escape"]
    if seed.kind == "clean_link":
        names = [n for n in names if n not in {"zero_width", "ref_all"}]
    return names


def place(seed: Seed, value: str, where: str, rng: random.Random) -> tuple[str, str]:  # noqa: PLR0911
    """The text the value goes in, and where in it."""
    label = rng.choice(seed.labels) if seed.labels and rng.random() < 0.5 else ""
    value = label + value
    if where == "tags":
        return value, "alone"
    if where == "title":
        title = rng.choice(TITLES)
        if seed.kind in {"mark", "internal", "note"}:
            return (value + " " + title if rng.random() < 0.5 else title + value), "title"
        return title + value, "title"
    sentences = rng.sample(PROSE, rng.randint(1, 3))
    if seed.kind in {"mark", "internal"}:
        spot = rng.choice(["start", "end"])
        prose = "".join(sentences)
        return (value + "\n" + prose if spot == "start" else prose + "\n" + value), f"{spot} line"
    if seed.kind == "note":
        spot = rng.choice(["end line", "end"])
        prose = "".join(sentences)
        return (prose + "\n" + value if spot == "end line" else prose + value), spot
    spot = rng.choice(["start", "middle", "end"])
    if spot == "start":
        return value + "。" + "".join(sentences), spot
    if spot == "end":
        return "".join(sentences) + value + "。", spot
    first = sentences[0]
    if "，" not in first:  # before the sentence's full stop
        return first[:-1] + value + first[-1] + "".join(sentences[1:]), spot
    cut = first.index("，") + 1
    return first[:cut] + value + "，" + first[cut:] + "".join(sentences[1:]), spot


def build(seed: Seed, stack: list[str], where: str, case_seed: int) -> tuple[str, str, bool]:
    """The text, the note and whether a paragraph split wraps the text in <p>."""
    w = Written(seed)
    for name in sorted(stack, key=lambda n: TRANSFORMS[n][0]):
        TRANSFORMS[name][1](w, random.Random(f"{case_seed}:{name}"))
    text, spot = place(seed, w.render(), where, random.Random(f"{case_seed}:place"))
    if where == "summary":  # a summary is one line
        text = text.replace("\n", " ")
    paragraph = "paragraph" in stack
    if paragraph:
        text = "<p>" + text.replace("\n", "</p><p>") + "</p>"
    tricks = "; ".join(w.tricks) or "none"
    sees = "; ".join(w.breaks) or "one run of text, markup invisible"
    note = (
        f"seed={seed.desc}; stack={'+'.join(sorted(stack))}; where={where}/{spot}; "
        f"tricks: {tricks}; a reader sees: {sees}; case_seed={case_seed}"
    )
    return text, note, paragraph


# The first run's failures (38 of 360), triaged after reading the checker and its docs (five of
# them, a gov.cn address with a scheme and Markdown-escaped host dots, fixed by fix 89).
_HOST_OVER_BREAK = (
    "an ad host cut by a line break, <br> or </p><p> (an e-mail's hard wrap, an editor's Enter): "
    "docs/compliance.md, 'a host split by a line break, which no renderer joins' is not joined "
    "(each half is read alone, and warns as another host when it is one); not fixed in red team 76"
)
_NUMBER_OVER_PARAGRAPHS = (
    "an unlabelled number cut by </p><p>: docs/compliance.md reads a number over a break, and "
    "over </p><p> since lead112b, 'only after a label saying what it is' (a column of figures "
    "one a paragraph looks the same); hit-023, hit-164 and hit-209, labelled, block since lead112b"
)
_NUMBER_OVER_LINES = (
    "an unlabelled number over a line break or <br>: docs/compliance.md reads a number over a "
    "break 'only after a label saying what it is' (a column of figures one a line looks the same)"
)
_IRREGULAR = (
    "an unlabelled card with a stray &nbsp; making a grouping nobody writes (4-4-4-1-3, 4-4-1-3-4): "
    "docs/compliance.md reads only the groupings people use, since any split would also join "
    "unrelated numbers (with a label it blocks)"
)
_BLOCK_SPLIT = (
    "a marking, a note or a share code split by </p><p> (or broken over lines between a share "
    "code's delimiters): docs/compliance.md, 'a word split by an HTML block boundary' is two "
    "blocks, and 'a share code broken over lines is not read'"
)
XFAIL: dict[str, str] = {
    **dict.fromkeys(
        [
            "hit-003", "hit-007", "hit-011", "hit-097", "hit-107", "hit-198",
        ],
        _HOST_OVER_BREAK,
    ),
    **dict.fromkeys(["hit-076", "hit-215"], _NUMBER_OVER_PARAGRAPHS),
    **dict.fromkeys(["hit-025", "hit-027", "hit-029", "hit-030", "hit-125", "hit-212"], _NUMBER_OVER_LINES),
    **dict.fromkeys(["hit-122", "hit-168"], _IRREGULAR),
    **dict.fromkeys(["hit-045", "hit-063", "hit-090", "hit-129", "hit-135", "hit-174"], _BLOCK_SPLIT),
}  # fmt: skip
# Expectations corrected after the first run (the docs define these otherwise).
_SPELLED_OVER_BREAK = (
    "corrected (fix104d, fix105c): a short host cut by <br> or </p><p> is no link a "
    "renderer joins, but a host spelled over a break: ad.spelled_link (block), not stripped"
)
EXPECT: dict[str, tuple[str, object, str]] = {
    "hit-052": ("block", ["ad.spelled_link", "link.other_host"], _SPELLED_OVER_BREAK),
    "hit-053": ("block", ["ad.spelled_link", "link.other_host"], _SPELLED_OVER_BREAK),
    "hit-148": ("block", "ad.spelled_link", _SPELLED_OVER_BREAK),
    "hit-191": ("block", ["ad.spelled_link", "link.other_host"], _SPELLED_OVER_BREAK),
    # (fix105c: a paragraph break before the dot, a host with no scheme over </p><p>)
    "hit-008": ("block", "ad.spelled_link", _SPELLED_OVER_BREAK),
    "hit-014": ("block", ["ad.spelled_link", "link.other_host"], _SPELLED_OVER_BREAK),
    "hit-103": ("block", "ad.spelled_link", _SPELLED_OVER_BREAK),
    "hit-194": (
        "block",
        "ad.spelled_link",
        "corrected: a short host with a line break before its dot (u⏎.jd.com/…) is a host "
        "spelled out with a blank, ad.spelled_link (block) in docs/compliance.md",
    ),
}


def draw(rng: random.Random, seeds: list[Seed], count: int, prefix: str, table: CaseTable) -> None:
    for n in range(count):
        seed = seeds[n % len(seeds)]
        where = rng.choices(["body", "title", "summary", "tags"], weights=[7, 1, 1, 1])[0]
        if where == "tags" and seed.kind in {"link", "code", "note", "clean_link"}:
            where = "body"
        names = applicable(seed, where)
        stack = rng.sample(names, rng.randint(1, 4))
        case_seed = rng.randrange(10**9)
        text, note, _ = build(seed, stack, where, case_seed)
        id_ = f"{prefix}-{n:03d}"
        field_ = None if where == "body" else where
        expect: str = seed.expect
        rule: object = seed.rule
        if id_ in EXPECT:
            expect, rule, why = EXPECT[id_]
            note = f"{note}; {why}"
        table.case(id_, text, expect, rule, note, field_, xfail=XFAIL.get(id_))


def main() -> None:
    rng = random.Random(SEED)
    table = CaseTable("redteam76_blind_markup_stacks")
    must = ad_seeds(rng) + personal_seeds(rng) + marking_seeds()
    clean = clean_seeds(rng)
    draw(rng, must, 240, "hit", table)
    draw(rng, clean, 120, "clean", table)
    header = (
        "red-team pass 76 (blind): random stacks of markup and export transforms; "
        "gen_redteam76.py regenerates it"
    )
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
