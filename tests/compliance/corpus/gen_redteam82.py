"""Regenerate redteam82_blind_personal_sweep.yaml (red-team pass 82, written blind).

The complement of red team 81's false-block sweep: a seeded grammar that hides ONE real
personal-data item — a valid 18-digit ID number (some with the check character X), a mobile of
every current prefix 13x–19x, a UnionPay/Visa/Mastercard/Amex/JCB card passing Luhn, a passport
E/G + 8 digits after its label, a 港澳通行证/回乡证 C/H/M + 8 digits after its label — in
government prose (公示, 通报, 名单, 表格, 联系方式 blocks, 寻人启事, 失物招领, 中标公告 contacts),
written in many forms (grouped 3-4-4 / 6-8-4 / in fours, hyphens, spaces, dots, full width,
Chinese numerals with 〇 and 幺, letters for digits after a label, split over a line after a
label, in a Markdown table cell, after an emoji, in brackets, after colons of every width, with
or without a label, labels in many wordings). Written before the checker or any other family's
YAML was read (issue 12, docs/compliance.md, the corpus README, ``case_table.py``,
``number_makers.py`` and the layout of ``gen_redteam71.py`` only).

``python tests/compliance/corpus/gen_redteam82.py`` writes the YAML (fixed seed);
``python tests/compliance/corpus/gen_redteam82.py --sweep N [out.json]`` (with govpub importable)
puts N generated posts through ``govpub.check`` and counts the posts with no ``personal.*``
block for the planted item, by format × context × label.

First run (blind, 303 cases): 54 failed, all misses of the planted item, no false finding; every
look-alike clean. Sweep after triage: 60,000 posts, 17,617 misses (id 11 of 11,991; mobile 443 of
12,090; card 246 of 12,041; passport 6,847 of 11,973; permit 10,070 of 11,905), every miss one
of ten patterns, all real (no documented limit): R1 passport grouped in brackets/quotes 6,529;
R2 permit in brackets/quotes 9,089; R3 permit or grouped passport after ︰/∶ 992; R4 mobile with
letters after ︰/∶ 265; R5 split over a line after ︰/∶ 287; R6 a number ending an ordered-list
item before `2.` 438; R7 Chinese numerals joined with the next line's `四、` 5; R8 a few Chinese
numerals among digits 10; R9 letters after a glued `Tel` 1; R10 an Amex in a list item read as a
mobile 1. Each has a minimal reproduction (``REPROS``, strict xfail) beside a caught twin.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable, write_miss_report
from rule_ids import CARD, IDN, MOB

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, org_code, uscc

SEED = 82
FAMILY = "redteam82_blind_personal_sweep"
PASS = "personal.passport"
PERMIT = "personal.permit"
RULE = {"id": IDN, "mobile": MOB, "card": CARD, "passport": PASS, "permit": PERMIT}

Rng = random.Random
DIGITS = "0123456789"
CN = "〇一二三四五六七八九"
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789X"}

# ----- items -------------------------------------------------------------------------------

MOBILE_PREFIXES = [
    *(f"13{d}" for d in DIGITS), "145", "147", "149", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "162", "165", "166", "167", "170", "171", "172", "173", "175", "176",
    "177", "178", *(f"18{d}" for d in DIGITS), *(f"19{d}" for d in DIGITS),
]  # fmt: skip


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def make_id(rng: Rng, want_x: bool = False) -> str:
    """A valid 18-digit ID number; with ``want_x`` one whose check character is X."""
    while True:
        birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        number = id_number(rng.choice(DIVISIONS) + birth + _digits(rng, 3))
        if number.endswith("X") == want_x:
            return number


def make_mobile(rng: Rng) -> str:
    return rng.choice(MOBILE_PREFIXES) + _digits(rng, 8)


CARD_SHAPES = [  # (network, prefix maker, length)
    ("unionpay16", lambda r: "62" + r.choice("2578") + _digits(r, 3), 16),
    ("unionpay19", lambda r: "62" + r.choice("2578") + _digits(r, 3), 19),
    ("visa16", lambda r: "4" + _digits(r, 5), 16),
    ("mc51-55", lambda r: "5" + r.choice("12345") + _digits(r, 4), 16),
    ("mc2221-2720", lambda r: str(r.randint(2221, 2720)) + _digits(r, 2), 16),
    ("amex", lambda r: r.choice(["34", "37"]) + _digits(r, 4), 15),
    ("jcb", lambda r: str(r.randint(3528, 3589)) + _digits(r, 2), 16),
]


def make_card(rng: Rng) -> tuple[str, str]:
    network, prefix, length = rng.choice(CARD_SHAPES)
    start = prefix(rng)
    return network, luhn(start + _digits(rng, length - 1 - len(start)))


def make_passport(rng: Rng) -> str:
    return rng.choice("EG") + _digits(rng, 8)


def make_permit(rng: Rng) -> tuple[str, str]:
    letter = rng.choice("CHM")
    return letter, letter + _digits(rng, 8)


# ----- written formats ---------------------------------------------------------------------


def natural_groups(kind: str, number: str) -> list[int]:
    if kind == "id":
        return [6, 8, 4]
    if kind == "mobile":
        return [3, 4, 4]
    if len(number) == 15:
        return [4, 6, 5]
    return [4] * (len(number) // 4) + ([len(number) % 4] if len(number) % 4 else [])


def cut(number: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        if pos < len(number):
            out.append(number[pos : pos + size])
            pos += size
    if pos < len(number):
        out.append(number[pos:])
    return out


@dataclass(frozen=True)
class Fmt:
    name: str
    fn: Callable[[Rng, str, str], str]  # rng, kind, bare number (letter prefix included)
    label_only: bool = False  # a form the docs read only right after a label
    kinds: tuple[str, ...] = ("id", "mobile", "card", "passport", "permit")


def _prefix_split(kind: str, number: str) -> tuple[str, str]:
    """The letter of a passport or permit number, and its digits."""
    if kind in {"passport", "permit"}:
        return number[0], number[1:]
    return "", number


def _grouped(sep: str, groups: str = "natural") -> Callable[[Rng, str, str], str]:
    def fn(rng: Rng, kind: str, number: str) -> str:
        letter, body = _prefix_split(kind, number)
        if groups == "natural":
            sizes = natural_groups(kind, body) if not letter else [4, 4]
        else:
            sizes = [4] * 5
        return letter + sep.join(cut(body, sizes))

    return fn


def _fullwidth(rng: Rng, kind: str, number: str) -> str:
    return "".join(FW.get(c, c) for c in number)


def _fullwidth_grouped(rng: Rng, kind: str, number: str) -> str:
    return _fullwidth(rng, kind, _grouped("\u3000")(rng, kind, number))


def _each_digit(rng: Rng, kind: str, number: str) -> str:
    return " ".join(number)


def _chinese(yao: bool) -> Callable[[Rng, str, str], str]:
    def fn(rng: Rng, kind: str, number: str) -> str:
        out = []
        for c in number:
            if c.isdigit():
                out.append("幺" if yao and c == "1" else CN[int(c)])
            else:
                out.append(c)
        return "".join(out)

    return fn


def _mixed_chinese(rng: Rng, kind: str, number: str) -> str:
    """Some digits as Chinese numerals (with 〇), the rest as digits."""
    return "".join(CN[int(c)] if c.isdigit() and rng.random() < 0.4 else c for c in number)


LETTERS = {"0": "O", "1": "l"}


def _letters(rng: Rng, kind: str, number: str) -> str:
    """Two or three of the 0s and 1s written as O and l (well under the docs' ceiling)."""
    spots = [i for i, c in enumerate(number) if c in LETTERS and i > 0]
    rng.shuffle(spots)
    chars = list(number)
    for i in spots[: rng.randint(2, 3)]:
        chars[i] = LETTERS[chars[i]]
    return "".join(chars)


def _letters_grouped(rng: Rng, kind: str, number: str) -> str:
    return _grouped(" ")(rng, kind, _letters(rng, kind, number))


def _zwsp(rng: Rng, kind: str, number: str) -> str:
    return "\u200b".join(cut(number, [4] * 5))


def _line_split(rng: Rng, kind: str, number: str) -> str:
    """The number broken over a line at a group boundary (read after a label only)."""
    parts = cut(number, natural_groups(kind, number) if kind not in {"passport", "permit"} else [5])
    at = rng.randint(1, len(parts) - 1)
    return " ".join(parts[:at]) + "\n" + " ".join(parts[at:])


def _next_line(rng: Rng, kind: str, number: str) -> str:
    """The whole number on the line after its label."""
    return "\n" + number


FORMATS = [
    Fmt("plain", lambda r, k, n: n),
    Fmt("natural-space", _grouped(" ")),
    Fmt("natural-hyphen", _grouped("-")),
    Fmt("natural-fwhyphen", _grouped("－")),
    Fmt("natural-dot", _grouped("."), kinds=("id", "mobile", "card")),
    Fmt("natural-emdash", _grouped("—"), kinds=("id", "mobile", "card")),
    Fmt("natural-ideo-space", _grouped("\u3000")),
    Fmt("natural-nbsp", _grouped("\u00a0"), kinds=("id", "mobile", "card")),
    Fmt("fours-space", _grouped(" ", "fours"), kinds=("id", "mobile", "card")),
    Fmt("fours-hyphen", _grouped("-", "fours"), kinds=("id", "mobile", "card")),
    Fmt("fullwidth", _fullwidth),
    Fmt("fullwidth-grouped", _fullwidth_grouped),
    Fmt("each-digit", _each_digit, kinds=("id", "mobile", "card")),
    Fmt("zwsp", _zwsp, kinds=("id", "mobile", "card")),
    Fmt("chinese-numerals", _chinese(yao=False), label_only=True, kinds=("id", "mobile")),
    Fmt("chinese-yao", _chinese(yao=True), label_only=True, kinds=("mobile",)),
    Fmt("chinese-mixed", _mixed_chinese, label_only=True, kinds=("id", "mobile")),
    Fmt("letters", _letters, label_only=True, kinds=("id", "mobile")),
    Fmt("letters-grouped", _letters_grouped, label_only=True, kinds=("id", "mobile")),
    Fmt("line-split", _line_split, label_only=True, kinds=("id", "mobile", "card")),
    Fmt("next-line", _next_line, label_only=True),
]
FMT_BY_NAME = {f.name: f for f in FORMATS}

# ----- labels, wrappers, contexts -----------------------------------------------------------

LABELS = {
    "mobile": ["手机号码", "联系方式", "电话/手机", "联系电话", "手机", "联系人手机", "移动电话",
               "手机号", "联系手机", "Tel"],
    "id": ["身份证号码", "公民身份号码", "证件号", "证件号码", "身份证号", "居民身份证号码",
           "身份证", "有效身份证件号码"],
    "card": ["银行账号", "收款账户", "银行卡号", "卡号", "收款账号", "开户账号", "借记卡号",
             "信用卡号"],
    "passport": ["护照号码", "护照号", "护照", "护照（Passport）号码"],
    "permit": ["往来港澳通行证号码", "港澳通行证号码", "港澳通行证", "回乡证号码",
               "往来港澳通行证"],
}  # fmt: skip
COLONS = ["：", ":", "∶", "︰", "： ", ": ", "", " "]
WRAPS = ["{}", "（{}）", "({})", "【{}】", "[{}]", "“{}”", "「{}」", "〔{}〕"]
EMOJI = ["📞", "☎️", "📱", "👉", "🆔", "💳", "✅"]

NAMES = ["张某某", "李某", "王女士", "赵先生", "陈某", "刘某某", "周女士", "吴某"]
UNITS = ["区民政局", "街道办事处", "区住房和城乡建设局", "市场监督管理所", "区人力资源和社会保障局"]


def _people(rng: Rng) -> str:
    return rng.choice(NAMES)


CONTEXTS: dict[str, Callable[[Rng, str], str]] = {
    "gongshi": lambda r, x: (
        f"关于2026年度城乡低保对象的公示\n\n经个人申请、入户调查、民主评议，现将拟纳入对象公示如下："
        f"申请人{_people(r)}，家庭人口3人，{x}。公示期为7天，如有异议请向{r.choice(UNITS)}反映。"
    ),
    "tongbao": lambda r, x: (
        f"关于近期电信网络诈骗案件的通报\n\n近日，我区发生一起冒充客服诈骗案件，受害人{_people(r)}"
        f"（{x}）被骗资金3.2万元。请广大群众提高警惕，切勿轻信陌生来电。"
    ),
    "mingdan": lambda r, x: (
        f"2026年公开招聘拟聘用人员名单\n\n1. {_people(r)}，女，1995年出生，本科学历，{x}\n"
        f"2. {_people(r)}，男，1993年出生，硕士研究生\n以上人员名单予以公示。"
    ),
    "table": lambda r, x: (
        f"困难群众临时救助发放情况表\n\n| 序号 | 姓名 | 救助金额 | 备注 |\n|---|---|---|---|\n"
        f"| 1 | {_people(r)} | 2000元 | {x} |\n| 2 | {_people(r)} | 1500元 | 已发放 |"
    ),
    "contact": lambda r, x: (
        f"关于开展老旧小区改造意见征集的通知\n\n请居民于6月30日前反馈意见。\n\n联系方式\n"
        f"联系人：{_people(r)}\n{x}\n联系地址：区政务服务中心三楼"
    ),
    "xunren": lambda r, x: (
        f"寻人启事\n\n{_people(r)}，男，78岁，身高约1.65米，于6月3日上午在人民公园附近走失，"
        f"走失时身穿灰色外套。如有知情者请与家属联系，{x}，必有重谢。"
    ),
    "shiwu": lambda r, x: (
        f"失物招领\n\n6月5日，我中心工作人员在政务服务大厅拾到钱包一个，内有现金若干，{x}。"
        f"请失主携带有效证件到一楼服务台认领。"
    ),
    "zhongbiao": lambda r, x: (
        f"某区道路维修工程中标结果公告\n\n一、项目编号：QJ2026-017\n二、中标金额：人民币128.6万元\n"
        f"三、项目联系人：{_people(r)}\n{x}\n四、公告期限：自发布之日起1个工作日。"
    ),
}

CARD_LEAD = {
    "id": "身份证号码",
    "mobile": "手机",
    "card": "银行卡号",
    "passport": "护照号码",
    "permit": "港澳通行证号码",
}


@dataclass
class Plant:
    kind: str
    sub: str
    fmt: str
    label: str  # "" for none
    colon: str
    wrap: str
    ctx: str
    emoji: str
    item: str
    body: str

    @property
    def key(self) -> str:
        lab = "label" if self.label else "nolabel"
        wrap = "bare" if self.wrap == "{}" else "bracket"
        emoji = "emoji" if self.emoji else "-"
        return f"{self.kind}|{self.fmt}|{lab}|{self.colon.strip() or '_'}|{wrap}|{emoji}|{self.ctx}"


def plant(rng: Rng, kind: str | None = None, fmt: str | None = None, ctx: str | None = None,
          labelled: bool | None = None) -> Plant:  # fmt: skip
    kind = kind or rng.choice(list(RULE))
    if kind == "id":
        sub, number = ("X", make_id(rng, True)) if rng.random() < 0.3 else ("d", make_id(rng))
    elif kind == "mobile":
        number = make_mobile(rng)
        sub = number[:3]
    elif kind == "card":
        sub, number = make_card(rng)
    elif kind == "passport":
        number = make_passport(rng)
        sub = number[0]
    else:
        sub, number = make_permit(rng)
    choices = [f for f in FORMATS if kind in f.kinds]
    form = FMT_BY_NAME[fmt] if fmt else rng.choice(choices)
    written = form.fn(rng, kind, number)
    # passports and permits are read after a label naming them; letters/numerals after one too
    must_label = form.label_only or kind in {"passport", "permit"}
    if labelled is None:
        labelled = must_label or rng.random() < 0.7
    ctx = ctx or rng.choice(list(CONTEXTS))
    label = rng.choice(LABELS[kind]) if labelled else ""
    colon = rng.choice(COLONS) if label else ""
    if label and colon == "" and written.startswith("\n"):
        colon = "："
    wrap = "{}" if written.startswith("\n") or "\n" in written else rng.choice(WRAPS)
    emoji = rng.choice(EMOJI) if rng.random() < 0.2 and not written.startswith("\n") else ""
    if ctx == "table" and "\n" in written:
        ctx = "contact"
    if label:
        text = f"{emoji}{label}{colon}{wrap.format(written)}"
    else:
        text = f"{emoji}{wrap.format(written)}" if emoji or wrap != "{}" else written
    body = CONTEXTS[ctx](rng, text)
    return Plant(kind, sub, form.name, label, colon, wrap, ctx, emoji, number, body)


# ----- clean look-alikes --------------------------------------------------------------------


def clean_cases(rng: Rng) -> list[tuple[str, str, str]]:  # noqa: PLR0912 - one table
    out: list[tuple[str, str, str]] = []
    for i in range(8):
        lead = rng.choice(["51", "52", "53"])
        code = uscc(lead + rng.choice(DIVISIONS) + _digits(rng, 9))
        while not code.isdigit() or luhn(code[:-1]) != code:
            code = uscc(lead + rng.choice(DIVISIONS) + _digits(rng, 9))
        out.append((
            f"clean-uscc-{i:02d}",
            f"中标单位：某某基金会\n统一社会信用代码：{code}\n联系人：{_people(rng)}",
            f"all-digit 统一社会信用代码 from {lead} passing Luhn (GB 32100 valid): no card",
        ))  # fmt: skip
    for i in range(4):
        code = org_code(_digits(rng, 8))
        out.append((f"clean-org-{i:02d}", f"组织机构代码：{code[:8]}-{code[8]}", "组织机构代码"))
    for i in range(6):
        good = make_id(rng)
        bad = good[:17] + str((int(good[17]) + 1) % 10 if good[17] != "X" else 0)
        if bad == id_number(bad[:17]):
            bad = good[:17] + ("1" if good[17] != "1" else "2")
        out.append((
            f"clean-id-badcheck-{i:02d}",
            f"办件编号：{bad}，请凭此编号查询办理进度。",
            "18 digits of an ID's shape whose GB 11643 check character is wrong: a serial",
        ))  # fmt: skip
    for i in range(5):
        mob = make_mobile(rng)
        masked = [mob[:3] + "****" + mob[7:], mob[:3] + "-****-" + mob[7:], mob[:3] + "xxxx" + mob[7:],
                  mob[:3] + "＊＊＊＊" + mob[7:], mob[:3] + "●●●●" + mob[7:]][i]  # fmt: skip
        out.append((f"clean-masked-mobile-{i:02d}", f"联系电话：{masked}", "masked mobile"))
    for i in range(4):
        good = make_id(rng)
        masked = [good[:6] + "********" + good[14:], good[:3] + "*" * 11 + good[14:],
                  good[:1] + "*" * 16 + good[17:], good[:6] + "＊" * 8 + good[14:]][i]  # fmt: skip
        out.append((f"clean-masked-id-{i:02d}", f"身份证号码：{masked}", "masked ID number"))
    for i, line in enumerate([
        "联系电话：010-6512 3456",
        "咨询电话：0571-87654321",
        "服务热线：12345",
        "举报电话：(021) 6321 1234",
        "联系电话：0931-8123456 / 0931-8123457",
        "电话：400-800-1234",
    ]):  # fmt: skip
        out.append((f"clean-landline-{i:02d}", line, "landline / hotline, not a mobile"))
    for i in range(4):
        num = "1" + rng.choice("012") + _digits(rng, 9)
        out.append((f"clean-phone-label-1x-{i:02d}", f"联系电话：{num}",
                    "11 digits from 10/11/12 after a phone label: no mobile prefix"))  # fmt: skip
    for i in range(4):
        num = luhn("5" + rng.choice("12345") + _digits(rng, 16))
        out.append((f"clean-18-mc-{i:02d}", f"合同编号：{num}",
                    "18 digits from 51–55 passing Luhn: no Mastercard has 18 digits"))  # fmt: skip
    for i in range(3):
        out.append((  # noqa: PERF401 - one row at a time, as above
            f"clean-passport-nolabel-{i:02d}",
            f"本次共涉及 {rng.choice('EG')} {_digits(rng, 4)} {_digits(rng, 4)} 等批次。",
            "a lone E/G before grouped digits without a 护照 label (documented: not read)",
        ))  # fmt: skip
    for i in range(3):
        out.append((  # noqa: PERF401 - one row at a time, as above
            f"clean-amount-{i:02d}",
            f"全年累计发放补贴{rng.randint(1000, 9999)},{rng.randint(100, 999)},"
            f"{rng.randint(100, 999)}.{rng.randint(10, 99)}元。",
            "an amount with thousands separators",
        ))  # fmt: skip
    for i in range(3):
        y = rng.randint(2020, 2026)
        out.append((
            f"clean-dates-{i:02d}",
            f"办理时间：{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日至{y}年12月31日，"
            f"受理编号{y}{_digits(rng, 6)}。",
            "dates and a short serial",
        ))  # fmt: skip
    out.append(("clean-cn-year", "二〇二六年六月十八日", "a date in Chinese numerals with 〇"))
    out.append(("clean-label-none", "身份证号码：略\n手机号码：见附件", "labels with no number"))
    out.append(
        ("clean-yao-words", "幺妹子社区活动中心于一三八路公交站旁", "幺 and numerals in names")
    )
    return out


# ----- the YAML -----------------------------------------------------------------------------

# Misses the first run found, triaged after it (all real, (d)): pattern -> reason, then the cases.
REASONS = {
    "R1": "red team 82: a passport number after its label with the digits grouped (or the letter"
    " in lower case) inside brackets or quotes is not read; glued and unbracketed it is",
    "R2": "red team 82: a 港澳通行证/回乡证 number after its label inside brackets or quotes is"
    " not read",
    "R3": "red team 82: a permit number (or a grouped passport number) after the Big5 or ratio"
    " colon ︰/∶ is not read; after ： it is",
    "R4": "red team 82: a mobile with letters for digits after a label with the colon ∶ or ︰ is"
    " not read; after ： it is",
    "R5": "red team 82: a number split over a line after a label with the colon ∶ or ︰ is not"
    " read; after ： it is",
    "R6": "red team 82: a number ending an ordered-list item is lost or downgraded when the next"
    " item's number (2.) follows on the next line",
    "R7": "red team 82: a number ending in Chinese numerals is joined with the next line's"
    " Chinese heading numeral (四、) and lost",
    "R8": "red team 82: one to three Chinese numerals among digits after a label (no letters) are"
    " not read as digits; all numerals, or numerals with letters, are",
    "R9": "red team 82: letters for digits right after a glued Tel label (Tel1974OO3O538) are not"
    " read; with a colon, or 手机 glued, they are",
    "R10": "red team 82: an Amex number split over a line at the end of a list item blocks as a"
    " mobile (its last 11 digits), not as a bank card",
}
# R1–R7 and R10: fixed by fix 103 (their cases and minimal forms block; the lists of the
# sweep's cases they held are gone, their minimal forms are kept without an xfail); R8 and R9:
# fixed by fix 110.
FIXED = dict.fromkeys(("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R10"), 103)
FIXED |= {"R8": 110, "R9": 110}
XFAILS_BY_PATTERN: dict[str, list[str]] = {}
XFAILS: dict[str, str] = {i: REASONS[k] for k, ids in XFAILS_BY_PATTERN.items() for i in ids}

# Minimal reproductions of every miss pattern of the sweep (xfail), each beside a caught twin.
REPROS = [  # (id, text, expect, rule, pattern or None, note)
    ("repro-r1-passport-brackets", "护照号码：（G1234 5678）", "block", PASS, "R1",
     "passport grouped 4-4 in full-width brackets after its label"),
    ("repro-r1-passport-quotes", "护照号码：“G1234-5678”", "block", PASS, "R1",
     "passport with a hyphen in quotes after its label"),
    ("repro-r1-passport-lower", "护照号码：（g12345678）", "block", PASS, "R1",
     "passport letter in lower case in brackets after its label"),
    ("twin-r1-passport-bare", "护照号码：G1234 5678", "block", PASS, None,
     "caught twin of R1: the same grouping without brackets"),
    ("repro-r2-permit-brackets", "往来港澳通行证号码：（C12345678）", "block", PERMIT, "R2",
     "permit number in brackets after its label"),
    ("repro-r2-permit-lenticular", "回乡证号码 【M12345678】", "block", PERMIT, "R2",
     "回乡证 number in 【】 after its label and a space"),
    ("repro-r2-permit-quotes", "往来港澳通行证号码：“C12345678”", "block", PERMIT, "R2",
     "permit number in quotes after its label"),
    ("twin-r2-permit-bare", "往来港澳通行证号码：C12345678", "block", PERMIT, None,
     "caught twin of R2: no brackets"),
    ("repro-r3-permit-big5-colon", "往来港澳通行证号码︰C12345678", "block", PERMIT, "R3",
     "permit after the Big5 colon ︰"),
    ("repro-r3-permit-ratio-colon", "往来港澳通行证号码∶C12345678", "block", PERMIT, "R3",
     "permit after the ratio sign ∶ for a colon"),
    ("repro-r3-passport-big5-grouped", "护照号码︰G1234 5678", "block", PASS, "R3",
     "grouped passport after the Big5 colon ︰"),
    ("twin-r3-passport-big5-glued", "护照号码︰G12345678", "block", PASS, None,
     "caught twin of R3: the passport glued after ︰"),
    ("repro-r4-mobile-letters-ratio", "手机∶1381234O6O3", "block", MOB, "R4",
     "mobile with O for 0 after 手机 and the ratio colon ∶"),
    ("repro-r4-mobile-letters-big5", "手机︰1381234O6O3", "block", MOB, "R4",
     "mobile with O for 0 after 手机 and the Big5 colon ︰"),
    ("twin-r4-mobile-letters-colon", "手机：1381234O6O3", "block", MOB, None,
     "caught twin of R4: the full-width colon"),
    ("repro-r5-mobile-split-ratio", "联系手机∶155\n8070 8286", "block", MOB, "R5",
     "mobile over a line break after a label with ∶"),
    ("repro-r5-card-split-big5", "卡号︰6223 4582\n0095 9839", "block", CARD, "R5",
     "UnionPay card over a line break after a label with ︰"),
    ("twin-r5-card-split-colon", "卡号：6223 4582\n0095 9839", "block", CARD, None,
     "caught twin of R5: the full-width colon"),
    ("repro-r6-mobile-list", "1. 王女士，本科学历，手机：138\n1234 5678\n2. 赵先生，男", "block", MOB, "R6",
     "mobile split over a line inside list item 1, item 2 follows"),
    ("repro-r6-card-list", "1. 王女士，本科学历，银行卡号：6223 4582 0095 9839\n2. 赵先生，男", "block",
     CARD, "R6", "grouped card ending list item 1: read with the 2 of item 2, only warns"),
    ("repro-r6-passport-list", "护照：G0505-4019\n2. 吴某，男", "block", PASS, "R6",
     "hyphenated passport, the next list item after it"),
    ("repro-r6-permit-list", "往来港澳通行证号码：C98178001\n2. 吴某，男", "block", PERMIT, "R6",
     "permit, the next list item after it"),
    ("twin-r6-card-glued-list", "1. 王女士，本科学历，银行卡号：6223458200959839\n2. 赵先生，男", "block",
     CARD, None, "caught twin of R6: the card unbroken"),
    ("repro-r7-cn-heading", "手机：一八四三三四八六二〇九\n四、公告期限：自发布之日起1个工作日。", "block",
     MOB, "R7", "mobile in Chinese numerals, the next line a 四、 heading"),
    ("repro-r7-mixed-heading", "手机：1322857一93六\n四、公告期限", "block", MOB, "R7",
     "mobile ending in a Chinese numeral, the next line a 四、 heading"),
    ("twin-r7-cn-alone", "手机：一八四三三四八六二〇九", "block", MOB, None,
     "caught twin of R7: no heading after"),
    ("repro-r8-one-numeral", "联系电话：137九8644176", "block", MOB, "R8",
     "one Chinese numeral among ten digits after a phone label"),
    ("repro-r8-id-numerals", "身份证号：四一010520021113四990", "block", IDN, "R8",
     "three Chinese numerals among fifteen digits after an ID label"),
    ("repro-r8-id-numerals-end", "身份证号: 1一0一05199503229一八六", "block", IDN, "R8",
     "five Chinese numerals among digits after an ID label"),
    ("repro-r9-tel-glued-letters", "Tel1974OO3O538", "block", MOB, "R9",
     "letters for digits glued to a Tel label"),
    ("twin-r9-tel-colon-letters", "Tel：1974OO3O538", "block", MOB, None,
     "caught twin of R9: a colon after Tel"),
    ("repro-r10-amex-list", "1. 王女士，银行卡号：3767\n150651 44981\n2. 赵先生，男", "block", CARD,
     "R10", "Amex 4-6-5 split over a line in a list item: blocks as a mobile"),
]  # fmt: skip


def build() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    n = 0
    # every kind × format × label state once, then random fill to ~250
    combos = []
    for kind in RULE:
        for form in FORMATS:
            if kind not in form.kinds:
                continue
            for labelled in (True, False):
                if not labelled and (form.label_only or kind in {"passport", "permit"}):
                    continue
                combos.append((kind, form.name, labelled))
    for kind, fmt, labelled in combos:
        p = plant(rng, kind, fmt, labelled=labelled)
        _add(table, n, p)
        n += 1
    while n < 250:
        p = plant(rng)
        _add(table, n, p)
        n += 1
    for id_, text, expect, rule, pattern, note in REPROS:
        xfail = REASONS[pattern] if pattern and pattern not in FIXED else None
        fixed = f" ({pattern}: fixed by fix {FIXED[pattern]})" if pattern in FIXED else ""
        table.case(
            id_, text, expect, rule, f"minimal form of a sweep pattern: {note}{fixed}", xfail=xfail
        )
    for id_, text, note in clean_cases(rng):
        table.clean(id_, text, f"look-alike, must stay clean: {note}")
    return table


def _add(table: CaseTable, n: int, p: Plant) -> None:
    id_ = f"{p.kind}-{p.fmt}-{'l' if p.label else 'n'}-{n:03d}"
    note = (
        f"{p.kind} ({p.sub}) written {p.fmt}, "
        f"{'label ' + repr(p.label + p.colon) if p.label else 'no label'}, "
        f"wrap {p.wrap!r}{', emoji ' + p.emoji if p.emoji else ''}, in a {p.ctx} post"
    )
    table.case(id_, p.body, "block", RULE[p.kind], note, xfail=XFAILS.get(id_))


# ----- the sweep ----------------------------------------------------------------------------


def _check_one(args: tuple[int, int]) -> tuple[list[dict[str, object]], Counter[str]]:
    from govpub import Post, check

    start, count = args
    rng = random.Random(f"{SEED}:sweep:{start}")
    misses: list[dict[str, object]] = []
    totals: Counter[str] = Counter()
    for _ in range(count):
        p = plant(rng)
        totals[_short(p.key)] += 1
        result = check(Post(title="通知", body=p.body))
        rules = {f.rule for f in result.findings if f.severity == "block"}
        if RULE[p.kind] not in rules and not any(r.startswith("personal.") for r in rules):
            misses.append({"key": p.key, "body": p.body, "item": p.item,
                           "found": sorted({f.rule for f in result.findings})})  # fmt: skip
        elif RULE[p.kind] not in rules:
            misses.append({"key": "OTHER-RULE|" + p.key, "body": p.body, "item": p.item,
                           "found": sorted(rules)})  # fmt: skip
    return misses, totals


def _short(key: str) -> str:
    """kind|format|label|colon|wrap|emoji of a sweep key (the context left out)."""
    return "|".join(key.removeprefix("OTHER-RULE|").split("|")[:6])


def sweep(count: int, out: Path) -> None:
    from multiprocessing import Pool

    chunk = 500
    jobs = [(s, min(chunk, count - s)) for s in range(0, count, chunk)]
    with Pool() as pool:
        results = pool.map(_check_one, jobs)
    misses = [m for r in results for m in r[0]]
    totals: Counter[str] = Counter()
    for r in results:
        totals.update(r[1])
    write_miss_report(count, totals, misses, out, key=lambda miss: _short(str(miss["key"])))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt82_sweep.json"))
    else:
        build().write(
            __file__,
            "red team 82 (blind): one planted personal-data item in government prose, many forms"
            " — regenerate with tests/compliance/corpus/gen_redteam82.py",
            width=100,
        )
