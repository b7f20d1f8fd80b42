"""Regenerate redteam91_blind_code_points.yaml (red-team pass 91, written blind).

Code point by code point: every character issue 12's folding step names — the default-ignorable
code points as DerivedCoreProperties lists them (U+00AD, U+034F, U+061C, U+115F–1160, U+17B4–17B5,
U+180B–180F, U+200B–200F, U+202A–202E, U+2060–206F, U+3164, U+FE00–FE0F, U+FEFF, U+FFA0,
U+FFF0–FFF8, U+1BCA0–1BCA3, U+1D173–1D17A, U+E0000–E0FFF sampled), the dots NFKC or UTS #46
map to ``.`` (U+3002 U+FF0E U+FF61 U+FE52 U+2024) and the dots that only look like one (U+00B7
U+30FB U+2027 U+2219 U+22C5, and U+FF65 U+2022 U+2E33 U+A78F) — put at the start, inside,
between the groups and at the end of every form the issue names (an ad link's host, a
shortener, a 淘口令, a mobile, an 18-digit ID with X, a card, ``机密★10年``, ``内部资料``,
``（此件不公开）``), and the twins that must stay clean (the same characters in prose: 中点 in
外国人名, soft hyphens in English, variation selectors after emoji, ZWJ in emoji sequences,
Mongolian and Persian text with their own joiners; look-alike numbers with bad checks).

Decisions (a strict reviewer's, from docs/compliance.md and UTS #46):
* a default-ignorable is invisible wherever it stands, so the item must be caught exactly as
  without it (a host: the browser drops what UTS #46 maps to nothing; the reader sees the
  address whole in every case);
* a dot NFKC or UTS #46 maps to ``.`` is a dot between host labels: the link is the ad
  (``ad.link_stripped``); anywhere else in an item it is one stray mark that does not make a
  real number, a code or a marking stop being one;
* a look-alike dot between host labels makes no link a browser opens, but the reader types the
  ad host: ``ad.spelled_link`` (block), as the docs decide for ``t·cn``; elsewhere as above.

Written before the checker or any other family was read (issue 12, docs/compliance.md, the
corpus README, ``case_table.py``, ``number_makers.py``, ``gen_redteam71.py`` and the ``--sweep``
layout of ``gen_redteam85.py`` only). Fixed seed; run from the repository root:

    python tests/compliance/corpus/gen_redteam91.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam91.py --sweep N  # N random cells, counted
"""

from __future__ import annotations

import dataclasses
import random
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, SPELLED

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, uscc

SEED = 91
FAMILY = "redteam91_blind_code_points"

# ----- the code points ---------------------------------------------------------------------


def _span(first: int, last: int) -> list[str]:
    return [chr(c) for c in range(first, last + 1)]


#: Default_Ignorable_Code_Point (DerivedCoreProperties.txt), the tags block sampled.
IGNORABLE = [
    "\u00ad",
    "\u034f",
    "\u061c",
    *_span(0x115F, 0x1160),
    *_span(0x17B4, 0x17B5),
    *_span(0x180B, 0x180F),
    *_span(0x200B, 0x200F),
    *_span(0x202A, 0x202E),
    *_span(0x2060, 0x206F),
    "\u3164",
    "\ufe00",
    "\ufe01",
    "\ufe0e",
    "\ufe0f",
    "\ufeff",
    "\uffa0",
    "\ufff0",
    "\ufff8",
    *_span(0x1BCA0, 0x1BCA3),
    "\U0001d173",
    "\U0001d17a",
    "\U000e0000",
    "\U000e0001",
    "\U000e0020",
    "\U000e0041",
    "\U000e007f",
    "\U000e0100",
    "\U000e01ef",
    "\U000e0fff",
]
#: The whole set by range, for the sweep (a range drawn first, so that the 4,096 tags and
#: supplement variation selectors do not crowd out the rest).
IGNORABLE_RANGES = [
    ["\u00ad"],
    ["\u034f"],
    ["\u061c"],
    _span(0x115F, 0x1160),
    _span(0x17B4, 0x17B5),
    _span(0x180B, 0x180F),
    _span(0x200B, 0x200F),
    _span(0x202A, 0x202E),
    _span(0x2060, 0x206F),
    ["\u3164"],
    _span(0xFE00, 0xFE0F),
    ["\ufeff"],
    ["\uffa0"],
    _span(0xFFF0, 0xFFF8),
    _span(0x1BCA0, 0x1BCA3),
    _span(0x1D173, 0x1D17A),
    _span(0xE0000, 0xE007F),
    _span(0xE0100, 0xE01EF),
    _span(0xE01F0, 0xE0FFF),
]
#: Dots NFKC or UTS #46 map to FULL STOP.
MAPPED_DOTS = ["\u3002", "\uff0e", "\uff61", "\ufe52", "\u2024"]
#: Dots that look like one and are mapped to none.
LOOK_DOTS = [
    "\u00b7",
    "\u30fb",
    "\u2027",
    "\u2219",
    "\u22c5",
    "\uff65",
    "\u2022",
    "\u2e33",
    "\ua78f",
]
DOTS = MAPPED_DOTS + LOOK_DOTS
POSITIONS = ["start", "inside", "between", "end"]


WHERE = {"start": "before", "inside": "inside", "between": "between the groups of", "end": "after"}


def cp_name(char: str) -> str:
    return f"U+{ord(char):04X}"


def cp_class(char: str) -> str:
    if char in MAPPED_DOTS:
        return "mapped-dot"
    if char in LOOK_DOTS:
        return "look-dot"
    return "ignorable"


def describe(char: str) -> str:
    name = unicodedata.name(char, "unassigned")
    return f"{cp_name(char)} {name} ({unicodedata.category(char)})"


# ----- the forms ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    """One item in its sentence: ``before`` + ``item`` + ``after``; ``inside`` is an offset in
    the item that splits a group; ``between`` the offsets of the boundaries between its groups
    (the host's dots, whose character a dot replaces); ``dot_between`` whether a dot replaces
    the character at a boundary (a host's ``.``) or goes in beside it."""

    name: str
    before: str
    item: str
    after: str
    inside: int
    between: tuple[int, ...]
    expect: str
    rule: object
    host_dots: bool = False  # the boundaries are the host's dots
    clean: bool = False
    dot_inside: int | None = None  # where a visible dot goes "inside" (a link's path)
    replace: bool = False  # a visible dot replaces the boundary's character


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def fresh_id_x(rng: random.Random) -> str:
    while True:
        birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        number = id_number(rng.choice(DIVISIONS) + birth + _digits(rng, 3))
        if number.endswith("X"):
            return number


def bad_id(rng: random.Random) -> str:
    """A wrong check character, and no Luhn pass either: a 新疆 65… that passed would be a
    Discover card's shape (docs: 65, 16–19 digits) — the sweep's first run, a generator bug."""
    while True:
        good = fresh_id_x(rng)[:17]
        right = id_number(good)[-1]
        number = good + rng.choice([c for c in "0123456789" if c != right])
        if luhn(number[:-1]) != number:
            return number


def fresh_mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + _digits(rng, 9)


def fresh_card(rng: random.Random, length: int = 19) -> str:
    while True:
        number = luhn("62" + rng.choice("12258") + _digits(rng, length - 4))
        # no mobile's eleven digits inside it
        if not any(number[i] == "1" and number[i + 1] in "3456789" for i in range(len(number) - 1)):
            return number


def bad_card(rng: random.Random) -> str:
    """A Visa-shaped 16 digits that fail Luhn (a 62… would warn by the docs)."""
    while True:
        good = luhn("4" + _digits(rng, 14))
        number = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
        if not any(number[i] == "1" and number[i + 1] in "3456789" for i in range(15)):
            return number


def fresh_code(rng: random.Random) -> str:
    return "".join(rng.choice("AbCdEfGhJkMnPqRsTuVwXyZ23456789") for _ in range(11))


SHORT_HOSTS = ["t.cn", "u.jd.com", "dwz.cn", "m.tb.cn"]
AD_HOSTS = ["s.click.taobao.com", "uland.taobao.com", "union-click.jd.com"]


def _host_dots(host: str, start: int) -> tuple[int, ...]:
    return tuple(start + i for i, c in enumerate(host) if c == ".")


def _label_middle(host: str, start: int) -> int:
    """The offset of the middle of the host's longest label (``tao|bao``, ``c|n``)."""
    labels = host.split(".")
    longest = max(range(len(labels)), key=lambda i: len(labels[i]))
    offset = sum(len(label) + 1 for label in labels[:longest])
    return start + offset + max(1, len(labels[longest]) // 2)


def forms(rng: random.Random) -> list[Form]:
    """The nine issue forms and the twins, with fresh values."""
    ad_host = rng.choice(AD_HOSTS)
    ad_url = f"https://{ad_host}/t?e={fresh_code(rng)}"
    short = rng.choice(SHORT_HOSTS)
    short_url = f"{short}/{fresh_code(rng)[:7]}"
    code = fresh_code(rng)
    mobile = fresh_mobile(rng)
    idx = fresh_id_x(rng)
    card = fresh_card(rng, rng.choice([16, 19]))
    return [
        Form(
            "ad-host",
            "活动详情：",
            ad_url,
            "，欢迎参加。",
            _label_middle(ad_host, len("https://")),
            _host_dots(ad_host, len("https://")),
            "fixed",
            LS,
            host_dots=True,
            dot_inside=len("https://") + len(ad_host) + 3,
        ),
        Form(
            "shortener",
            "报名网址：",
            short_url,
            "，请于本周五前完成报名。",
            _label_middle(short, 0),
            _host_dots(short, 0),
            "fixed",
            LS,
            host_dots=True,
            dot_inside=len(short) + 3,  # inside the path: the host stays whole
        ),
        Form("taokouling", "", f"「{code}」复制后打开淘宝", "", 5, (13,), "block", SC),
        Form("mobile", "如有疑问，请联系王老师", mobile, "。", 2, (3, 7), "block", MOB),
        Form(
            "id-x",
            "经核查，当事人张某（身份证号",
            idx,
            "）已到案说明情况。",
            2,
            (6, 14),
            "block",
            IDN,
        ),
        Form(
            "card",
            "退款将原路退回，收款卡号",
            card,
            "，请注意查收。",
            2,
            tuple(range(4, len(card), 4)),
            "block",
            CARD,
        ),
        Form(
            "marking",
            "",
            "机密★10年",
            "\n\n关于加强安全生产工作的通知\n\n各区县人民政府：",
            1,
            (2,),
            "block",
            MARK,
        ),
        Form(
            "internal", "", "内部资料", "\n\n关于加强安全生产工作的情况通报", 1, (2,), "block", INT
        ),
        Form(
            "not-public",
            "各区县人民政府：\n\n现将有关事项通知如下，请认真贯彻落实。\n\n",
            "（此件不公开）",
            "",
            2,
            (3,),
            "block",
            NOTE,
        ),
    ]


def twin_forms(rng: random.Random) -> list[Form]:
    """Look-alikes that must stay clean, built like the forms."""
    gov = "www.gov.cn"
    bad = bad_id(rng)
    not_mobile = "12" + _digits(rng, 9)  # 12… is no mobile prefix
    card = bad_card(rng)
    code = uscc(
        "91"
        + rng.choice(DIVISIONS)
        + "MA1"
        + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    )
    return [
        Form(
            "twin-gov-link",
            "详见",
            f"https://{gov}/zhengce/content.htm",
            "。",
            _label_middle(gov, 8),
            _host_dots(gov, 8),
            "clean",
            None,
            host_dots=True,
            clean=True,
            dot_inside=8 + len(gov) + 3,
        ),
        Form("twin-bad-id", "档案编号", bad, "已归档。", 2, (6, 14), "clean", None, clean=True),
        Form("twin-not-mobile", "项目编码", not_mobile, "。", 2, (3, 7), "clean", None, clean=True),
        Form("twin-bad-card", "参考号", card, "。", 2, (4, 8, 12), "clean", None, clean=True),
        Form(
            "twin-uscc", "统一社会信用代码：", code, "。", 2, (2, 8, 17), "clean", None, clean=True
        ),
        Form(
            "twin-name",
            "居里夫人（",
            "玛丽·居里",
            "）曾两次获得诺贝尔奖。",
            1,
            (2,),
            "clean",
            None,
            clean=True,
            replace=True,
        ),
        Form(
            "twin-secret-prose",
            "保守国家",
            "机密",
            "是每个公民的义务。",
            1,
            (1,),
            "clean",
            None,
            clean=True,
        ),
        Form(
            "twin-internal-prose",
            "要加强对财务人员的管理和",
            "内部监督",
            "。",
            1,
            (2,),
            "clean",
            None,
            clean=True,
        ),
        Form(
            "twin-public-note",
            "各区县人民政府：\n\n现将有关事项通知如下。\n\n",
            "（此件公开发布）",
            "",
            2,
            (3,),
            "clean",
            None,
            clean=True,
        ),
    ]


def place(form: Form, char: str, position: str) -> str:
    """``char`` put into ``form`` at ``position``."""
    item = form.item
    if position == "start":
        item = char + item
    elif position == "end":
        item += char
    elif position == "inside":
        at = form.inside
        if form.dot_inside is not None and cp_class(char) != "ignorable":
            at = form.dot_inside
        item = item[:at] + char + item[at:]
    else:  # between: at every boundary
        parts = []
        last = 0
        for cut in form.between:
            if (form.host_dots or form.replace) and cp_class(char) != "ignorable":
                parts.append(item[last:cut] + char)
                last = cut + 1  # the dot replaced
            elif form.host_dots or form.replace:
                parts.append(item[last : cut + 1] + char)  # after the dot
                last = cut + 1
            else:
                parts.append(item[last:cut] + char)
                last = cut
        parts.append(item[last:])
        item = "".join(parts)
    return form.before + item + form.after


def expected(form: Form, char: str, position: str) -> tuple[str, object, str]:  # noqa: PLR0911 - one decision a branch
    """The verdict, the rules and the decision's words."""
    kind = cp_class(char)
    if form.clean:
        if form.name == "twin-gov-link" and position in {"inside", "between"}:
            opened = browser_host(
                place(dataclasses.replace(form, before="", after=""), char, position)
            )
            if opened is None:
                return "warn", "link.unparsable", BROWSER_REJECTS
            if opened != "www.gov.cn":
                return "warn", "link.other_host", BROWSER_OTHER
        return "clean", None, "a look-alike that must stay clean whatever the character does"
    if kind == "ignorable":
        return (
            form.expect,
            form.rule,
            "a default-ignorable is invisible: the item is caught as without it",
        )
    if form.host_dots and position == "between":
        if kind == "mapped-dot":
            return (
                form.expect,
                form.rule,
                "NFKC/UTS #46 map this dot to `.` between host labels: the ad link itself",
            )
        return (
            "block",
            SPELLED,
            "a look-alike dot between the host's labels opens nothing but spells the ad host for the reader (docs: `t·cn`)",
        )
    if form.host_dots and position == "inside":
        return form.expect, form.rule, "a dot inside the path: the host stays the ad's"
    return (
        form.expect,
        form.rule,
        "one stray dot does not make the item stop being one (strict reviewer)",
    )


# (b) after the first run: what a browser opens, asked of a WHATWG URL parser (ada-url, the
# docs' reference), not guessed — the first run had the gov.cn twins clean throughout.
BROWSER_REJECTS = (
    "a browser's host parser (UTS #46 in WHATWG's domain to ASCII) rejects this character in gov.cn's "
    "host, so the link opens nothing: `link.unparsable` warns, as the docs say for a URL the parser "
    "rejects (corrected after the first run, (b): the twin was clean)"
)
BROWSER_OTHER = (
    "a look-alike dot joins gov.cn's labels into one label of another host (`xn--wwwgovcn-…`), which a "
    "browser opens: `link.other_host` warns (corrected after the first run, (b): the twin was clean)"
)


def browser_host(url: str) -> str | None:
    """The host a browser opens for ``url``, or None when its parser rejects it."""
    import ada_url  # (the WHATWG parser the docs name, only for the twins)

    try:
        return ada_url.URL(url).host
    except ValueError:
        return None


# ----- triage (after the first run) ----------------------------------------------------------

UNASSIGNED_KEPT = {"\u2065", *_span(0xFFF0, 0xFFF8)}
SENTENCE_STOPS = {"\u3002", "\uff61"}
D1 = (
    "red team 91: an unassigned default-ignorable (U+2065, U+FFF0–U+FFF8), which renderers draw as "
    "nothing, is not dropped by the fold — folding/tables.py takes only category Cf in its blocks "
    "and lists the other ranges by hand (U+E0000–E0FFF whole, but not these) — so it splits the item"
)
D2 = (
    "red team 91: a delimited code in capitals and digits (no small letter) is read only with its "
    "trigger in its own sentence (share_codes.py `_SENTENCE_ENDS`), so `「G94GP3C35C4」。复制后打开淘宝` "
    "passes; the docs say within 200 characters of the trigger and name no sentence"
)
C_MOBILE = (
    "documented: one dot in a mobile is read only in a grouping the kind lists, 3-8 or 7-4 (docs, "
    "Personal data: `138・12345678`; `1381234.5678` stays clean, and dots must join three groups); 2-9 is none"
)
C_STOP = (
    "documented: a sentence's full stop is no separator of letter-spaced text (docs, Folding: the "
    "separators are `- _ · . / | ~ + * =`, their full-width forms and stars; a marking split by "
    "sentence punctuation is not read)"
)
C_CODE = (
    "documented: a 淘口令 is 8–13 letters and digits, single spaces allowed (docs, Ads: the share "
    "code); a dot inside it leaves no code the app opens"
)


#: Closed since the first run: the fold drops the unassigned default-ignorables (folding/tables.py),
#: and a code that is a sentence of its own before its trigger's sentence is read (share_codes.py).
FIXED = frozenset({D1, D2})


def triage(form: Form, char: str, position: str) -> str | None:
    """The xfail of a cell: the first run's triage, less what has been fixed since."""
    reason = first_run_triage(form, char, position)
    if reason == C_STOP and form.name == "not-public" and position == "between":
        return None  # (fix107b: "（此件。不公开）" is a 附注 of two clauses, each read as a note)
    return None if reason in FIXED else reason


def first_run_triage(form: Form, char: str, position: str) -> str | None:  # noqa: PLR0911
    """The xfail of a cell the first run failed: (c) a documented limit, (d) a real failure."""
    if form.clean:
        if form.name == "twin-gov-link" and char == "\u2065" and position in {"inside", "between"}:
            return D1  # (the host cut at it: `link.other_host` for `w`, not `link.unparsable`)
        return None
    kind = cp_class(char)
    if char in UNASSIGNED_KEPT and position in {"inside", "between"}:
        if form.name == "taokouling" and position == "between":
            return None  # (between the code's bracket and its trigger: read all the same)
        return D1
    if kind == "ignorable":
        return None
    if form.name == "mobile" and position == "inside":
        return C_MOBILE
    if form.name == "taokouling" and position == "inside":
        return C_CODE
    if char in SENTENCE_STOPS and position in {"inside", "between"}:
        if form.name in {"marking", "internal", "not-public"}:
            return C_STOP
        if form.name == "taokouling" and not any(c.islower() for c in form.item):
            return D2
    return None


# ----- the twins in prose --------------------------------------------------------------------

PROSE_TWINS = [
    (
        "soft-hyphen-english",
        "The Open Gov\u00adern\u00adment Infor\u00adma\u00adtion Regu\u00adla\u00adtions apply.",
        "soft hyphens in English words",
    ),
    (
        "soft-hyphen-pinyin",
        "Zheng\u00adfu Xin\u00adxi Gong\u00adkai（政府信息公开）",
        "soft hyphens in pinyin",
    ),
    ("vs16-heart", "感谢广大志愿者❤\ufe0f，活动圆满结束。", "VS16 after a heart"),
    (
        "vs16-phone-emoji",
        "☎\ufe0f 政务服务便民热线12345全天候受理。",
        "VS16 after ☎ before the 12345 hotline",
    ),
    (
        "vs15-text-star",
        "本次评选共产生优秀案例10个☆\ufe0e，欢迎学习。",
        "VS15 after a white star in prose (no 密级 word near it)",
    ),
    ("vs16-sun", "今日晴☀\ufe0f，气温10℃至18℃。", "VS16 after the sun"),
    (
        "keycaps",
        "1\ufe0f\u20e3报名 2\ufe0f\u20e3审核 3\ufe0f\u20e3公示",
        "keycap sequences as list marks",
    ),
    ("zwj-family", "欢迎全家👨\u200d👩\u200d👧\u200d👦一起参加植树活动。", "ZWJ in a family emoji"),
    ("zwj-technologist", "青年科技工作者👩\u200d💻座谈会顺利召开。", "ZWJ in a profession emoji"),
    ("zwj-rainbow-flag", "运动会旗帜🏳\ufe0f\u200d🌈展示环节", "ZWJ and VS16 in a flag sequence"),
    ("skin-tone", "为一线工作人员点赞👍🏻", "a skin-tone modifier"),
    (
        "mongolian-fvs",
        "ᠮᠣᠩᠭ\u180bᠣᠯ ᠬᠡᠯᠡ（蒙古语）培训班开班。",
        "a Mongolian free variation selector in Mongolian text",
    ),
    ("mongolian-nirugu", "ᠤᠯᠤᠰ\u180eᠤᠨ 国家通用语言", "U+180E between Mongolian words"),
    ("persian-zwnj", "می\u200cخواهم（波斯语：我想要）", "ZWNJ inside a Persian word"),
    ("arabic-letter-mark", "\u061cالعربية 阿拉伯语课程", "U+061C ARABIC LETTER MARK before Arabic"),
    ("bidi-mixed", "维吾尔语\u200fئۇيغۇرچە\u200e课程开班。", "RLM/LRM around Uyghur"),
    ("bom-start", "\ufeff关于开展春季植树活动的通知", "a byte-order mark at the start"),
    (
        "hangul-filler-name",
        "韩国代表团成员\u3164김민수 参观了展览。",
        "a Hangul filler beside a Korean name",
    ),
    ("name-middle-dot", "列夫·托尔斯泰的作品在图书馆展出。", "中点 in a foreign name (U+00B7)"),
    ("name-katakana-dot", "阿卜杜・热合曼同志当选。", "中点 in a name (U+30FB)"),
    ("name-hyphenation-point", "玛丽‧居里", "中点 in a name (U+2027)"),
    ("name-bullet-op", "让∙雅克·卢梭", "a bullet operator in a name (U+2219)"),
    ("name-dot-op", "马克⋅吐温", "a dot operator in a name (U+22C5)"),
    ("name-halfwidth-dot", "约翰･史密斯", "a half-width katakana middle dot in a name (U+FF65)"),
    ("date-middle-dots", "2026·03·15～2026·04·15开放报名。", "dates with middle dots"),
    ("math-dot-op", "面积S＝a⋅b，其中a＝3，b＝4。", "a dot operator in a formula"),
    ("version-leader", "版本号2․1․0已发布。", "a one dot leader in a version number"),
    (
        "gov-dots-prose",
        "登录中国政府网（www。gov。cn）查询。",
        "gov.cn with ideographic stops: allowed",
    ),
    (
        "sentence-dot-short",
        "请登录平台。cn域名注册另行通知。",
        "a sentence stop before cn: no host",
    ),
]


# ----- the table ---------------------------------------------------------------------------


def grid(table: CaseTable, rng: random.Random) -> None:
    """Dots: every code point × form × position. Ignorables: every code point × form at each
    position in turn (the sweep does all four)."""
    all_forms = forms(rng)
    twins = twin_forms(rng)
    for char in DOTS:
        for form in all_forms + twins:
            for position in POSITIONS:
                text = place(form, char, position)
                expect, rule, why = expected(form, char, position)
                note = f"{describe(char)} {WHERE[position]} {form.name}: {why}"
                xfail = triage(form, char, position)
                table.case(
                    f"{form.name}-{position}-{cp_name(char)}", text, expect, rule, note, xfail=xfail
                )
    for n, char in enumerate(IGNORABLE):
        for m, form in enumerate(all_forms + twins):
            position = POSITIONS[(n + m) % 4]
            text = place(form, char, position)
            expect, rule, why = expected(form, char, position)
            note = f"{describe(char)} {WHERE[position]} {form.name}: {why}"
            xfail = triage(form, char, position)
            table.case(
                f"{form.name}-{position}-{cp_name(char)}", text, expect, rule, note, xfail=xfail
            )


def prose_twins(table: CaseTable) -> None:
    for id_, text, note in PROSE_TWINS:
        table.clean(f"prose-{id_}", text, f"{note}: the character in ordinary text, clean")


# The (d) patterns reduced to minimal reproductions (after the first run and the sweep).
MINIMAL = [
    ("min-d1-mobile", "138\ufff012345678", "block", MOB, D1),
    ("min-d1-mobile-labelled", "联系电话：138\ufff012345678", "block", MOB, D1),
    ("min-d1-id", "身份证号11010519491231\ufff0002X", "block", IDN, D1),
    ("min-d1-card", "收款卡号6222\ufff00210\ufff00112\ufff03456\ufff0789", "block", CARD, D1),
    ("min-d1-marking", "机\u2065密★10年", "block", MARK, D1),
    ("min-d1-internal", "内部\ufff0资料", "block", INT, D1),
    ("min-d1-not-public", "（此件\ufff5不公开）", "block", NOTE, D1),
    ("min-d1-shortener", "报名网址：t.\ufff0cn/A6xYz9Q", "fixed", LS, D1),
    ("min-d1-shortener-label", "t.c\ufff0n/A6xYz9Q", "fixed", LS, D1),
    ("min-d1-ad-host", "https://s.click.tao\ufff0bao.com/t?e=1", "fixed", LS, D1),
    ("min-d1-code", "「AbCd1\ufff0234XyZ」复制后打开淘宝", "block", SC, D1),
    (
        "min-d1-gov-host-cut",
        "详见https://w\u2065ww.gov.cn/zhengce/",
        "warn",
        "link.unparsable",
        D1 + "; here the link scanner cuts gov.cn's host at U+2065 and warns `link.other_host` for "
        "the host `w`, where a browser rejects the URL (`link.unparsable`, as U+FFF1 there gives)",
    ),
    ("min-d2-code-stop", "「G94GP3C35C4」。复制后打开淘宝", "block", SC, D2),
    ("min-d2-code-halfwidth-stop", "「G94GP3C35C4」｡复制后打开淘宝", "block", SC, D2),
]
# Their twins, passing: the same items with a character the fold drops or a sentence's comma.
MINIMAL_TWINS = [
    ("min-twin-mobile-zwsp", "138\u200b12345678", "block", MOB, "U+200B, which the fold drops"),
    ("min-twin-internal-2064", "内部\u2064资料", "block", INT, "U+2064 (assigned, Cf), dropped"),
    (
        "min-twin-code-comma",
        "「G94GP3C35C4」，复制后打开淘宝",
        "block",
        SC,
        "a comma: one sentence",
    ),
    (
        "min-twin-code-lower-stop",
        "「AbCd1234XyZ」。复制后打开淘宝",
        "block",
        SC,
        "small letters: read across the stop",
    ),
    (
        "min-twin-gov-fff1",
        "详见https://w\ufff1ww.gov.cn/zhengce/",
        "warn",
        "link.unparsable",
        "U+FFF1 in the host: rejected",
    ),
]


# (b) found by the sweep: a U+202E never popped shows the rest of its paragraph reversed, and the
# docs read such a run as the page shows it too, the worse reading winning — so the digits after
# it, reversed, may make another item the reader sees (values from the sweep's samples).
RLO_READINGS = [
    (
        "b-rlo-twin-reads-mobile",
        "项目编码\u202e12521240261。",
        "block",
        MOB,
        "U+202E before a non-mobile 125…: the page shows 16204212521, a mobile's shape (the sweep's "
        "twin, expected clean at first: (b))",
    ),
    (
        "b-rlo-id-reads-card",
        "经核查，当事人张某（身份证号\u202e35010219600215726X）已到案说明情况。",
        "block",
        [IDN, CARD],
        "U+202E before an ID number: the page shows X62751200691020153, and 62 + 16 digits failing "
        "Luhn warns as a probable card beside the ID's block (docs: 62…, no Luhn, warns; (b))",
    ),
    (
        "b-rlo-id-between-reads-mobile",
        "经核查，当事人张某（身份证号350102\u202e19890315\u202e361X）已到案说明情况。",
        "block",
        [IDN, MOB],
        "U+202E between an ID's groups: the rest shows reversed, X163 51309891, whose 11 digits are "
        "a mobile's shape; both read (b)",
    ),
]


def minimal(table: CaseTable) -> None:
    for id_, text, expect, rule, why in RLO_READINGS:
        table.case(id_, text, expect, rule, why)
    for id_, text, expect, rule, why in MINIMAL:
        table.case(
            id_,
            text,
            expect,
            rule,
            f"minimal reproduction: {why.removeprefix('red team 91: ')}",
            xfail=None if why.startswith(tuple(FIXED)) else why,
        )
    for id_, text, expect, rule, why in MINIMAL_TWINS:
        table.case(id_, text, expect, rule, f"the passing twin of a minimal reproduction: {why}")


def build() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    grid(table, rng)
    prose_twins(table)
    minimal(table)
    return table


# ----- sweep -------------------------------------------------------------------------------


def sweep(count: int) -> None:
    """``count`` random cells (code point × form × position, fresh values each time) through
    ``govpub.check``, misses and false findings counted by (code point, form, position)."""
    from govpub import Policy, Post, check  # (only the sweep needs govpub)

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for n in range(count):
        if n % 100 == 0:
            all_forms = forms(rng) + twin_forms(rng)
        form = rng.choice(all_forms)
        char = rng.choice(DOTS) if rng.random() < 0.4 else rng.choice(rng.choice(IGNORABLE_RANGES))
        position = rng.choice(POSITIONS)
        text = place(form, char, position)
        _, rule, _ = expected(form, char, position)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        want = {rule} if isinstance(rule, str) else set(rule or [])
        known = triage(form, char, position)
        if rules == want:
            verdicts["ok"] += 1
            if known is not None:  # a cell the YAML's triage calls failing passed: say so
                by_pattern[
                    ("pass-though-triaged", known[:20], cp_name(char), form.name, position)
                ] += 1
            continue
        outcome = "miss" if want - rules else "false"
        verdicts[outcome] += 1
        label = cp_name(char) if cp_class(char) != "ignorable" or ord(char) < 0xE0000 else "U+E0xxx"
        verdict = "-" if known is None else known.split(":")[0].replace("red team 91", "d")
        if known is None and char == "\u202e" and outcome == "false":
            verdict = "b: reversed reading"  # (RLO_READINGS)
        key = (outcome, verdict, label, form.name, position, ",".join(sorted(rules)) or "-")
        by_pattern[key] += 1
        if len(samples.setdefault(key, [])) < 2:
            samples[key].append({"text": text})
    out = Path(tempfile.gettempdir()) / f"{FAMILY}.sweep.json"
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]))
        return
    header = "red-team pass 91 (blind): issue 12's folded code points, one by one; gen_redteam91.py regenerates it"
    build().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
