"""Regenerate redteam74_blind_random_glyphs.yaml (red-team pass 74, written blind).

A tester's script against issue 12's hidden set, second set of transforms: the characters
that *look like* the right ones. Issue 12's forms (ad links, 淘口令, ID numbers, mobiles,
cards, 机密★, 此件不公开, 内部资料) and fresh values made with ``number_makers.py`` go through
a stack of 1–3 transforms drawn at random: Chinese numerals (小写, 大写, 〇/零, 幺), circled,
parenthesized, full-stop, superscript, subscript, mathematical, keycap and dingbat digits,
Roman numerals, O for 0 and l/I/| for 1, combining marks; Cyrillic/Greek, enclosed,
mathematical, small-capital and full-width letters; traditional and variant ideographs, CJK
compatibility ideographs, Kangxi radicals, a character split into its components, stars that
look like ★; U+202E reversal, HTML comments, Markdown escapes, URL-encoded dots and punycode.
Must-stay-clean look-alikes (valid 统一社会信用代码 and 组织机构代码, gov.cn hosts in the same
glyphs, dates and amounts in Chinese numerals, ① lists, 内部控制/内部审计, Greek and Russian
prose) get the transforms that keep them what they are. Written before the checker, the docs
or any other family was read (issue 12, the corpus README, ``case_table.py``, the head of
``gen_redteam71.py`` and ``number_makers.py`` only); where the issue is silent the note says
"(evaluator's guess)". Fixed seed; run from the repository root:
python tests/compliance/corpus/gen_redteam74.py
"""

from __future__ import annotations

import random
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, org_code, uscc

SEED = 74

GUESS = " (evaluator's guess)"
Rng = random.Random
Transform = Callable[[str, Rng], str]

# --- digits ----------------------------------------------------------------------------
SMALL = "〇一二三四五六七八九"
BIG = "零壹贰叁肆伍陆柒捌玖"
CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
PAREN = "⓪⑴⑵⑶⑷⑸⑹⑺⑻⑼"
STOP = "🄀⒈⒉⒊⒋⒌⒍⒎⒏⒐"
SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUB = "₀₁₂₃₄₅₆₇₈₉"
NEG_CIRCLED = "⓿❶❷❸❹❺❻❼❽❾"
DINGBAT = "🄋➀➁➂➃➄➅➆➇➈"
ROMAN = "OⅠⅡⅢⅣⅤⅥⅦⅧⅨ"


def _math(base: int) -> str:
    return "".join(chr(base + i) for i in range(10))


DIGIT_TABLES = {
    "small": SMALL,
    "big": BIG,
    "circled": CIRCLED,
    "paren": PAREN,
    "stop": STOP,
    "super": SUPER,
    "sub": SUB,
    "mbold": _math(0x1D7CE),
    "mdouble": _math(0x1D7D8),
    "mmono": _math(0x1D7F6),
    "negcircled": NEG_CIRCLED,
    "dingbat": DINGBAT,
    "roman": ROMAN,
}


# The share of the remaining ASCII digits the next digit transform takes: a stack of k digit
# transforms splits the digits between them at random (``apply_stack`` sets it).
SHARE = [1.0]


def per_digit(text: str, rng: Rng, glyph: Callable[[str], str]) -> str:
    """``glyph`` of each ASCII digit, for the share of them this transform takes."""
    return "".join(
        glyph(c) if c.isascii() and c.isdigit() and rng.random() < SHARE[0] else c for c in text
    )


def digit_map(name: str) -> Transform:
    """Every ASCII digit (a random share when ``partial``) through one look-alike table."""
    table = DIGIT_TABLES[name]

    def apply(text: str, rng: Rng) -> str:
        return per_digit(text, rng, lambda c: table[int(c)])

    apply.__name__ = name
    return apply


def yao(text: str, rng: Rng) -> str:
    """Chinese numerals as spoken on the phone: 幺 for 1, 洞 not used, 两 for 2 sometimes."""
    return per_digit(
        text,
        rng,
        lambda c: (
            "幺" if c == "1" else ("两" if c == "2" and rng.random() < 0.3 else SMALL[int(c)])
        ),
    )


def ling(text: str, rng: Rng) -> str:
    """Chinese numerals with 零 for 0."""
    return per_digit(text, rng, lambda c: "零" if c == "0" else SMALL[int(c)])


def keycap(text: str, rng: Rng) -> str:
    """Emoji keycaps: the digit, VS16, U+20E3."""
    return per_digit(text, rng, lambda c: c + "\ufe0f\u20e3")


def letter_zero_one(text: str, rng: Rng) -> str:
    """O/o/〇 for 0 and l/I/| for 1."""
    return per_digit(
        text,
        rng,
        lambda c: rng.choice("Oo〇") if c == "0" else rng.choice("lI|") if c == "1" else c,
    )


COMBINING = "\u0301\u0300\u0308\u0332\u0338\u20dd\u0323"


def combining(text: str, rng: Rng) -> str:
    """A combining mark on some letters and digits."""
    out = []
    for c in text:
        out.append(c)
        if c.isalnum() and rng.random() < 0.4:
            out.append(rng.choice(COMBINING))
    return "".join(out)


# --- letters ---------------------------------------------------------------------------
HOMOGLYPH = {
    "a": "аα",
    "c": "сϲ",
    "e": "е",
    "o": "оο",
    "p": "рρ",
    "x": "хχ",
    "y": "уγ",
    "i": "іι",
    "j": "ј",
    "s": "ѕ",
    "k": "κ",
    "n": "η",
    "t": "τ",
    "d": "ԁ",
    "h": "һ",
    "B": "ВΒ",
    "K": "КΚ",
    "M": "МΜ",
    "H": "НΗ",
    "T": "ТΤ",
    "A": "АΑ",
    "E": "ЕΕ",
    "O": "ОΟ",
    "P": "РΡ",
    "C": "С",
    "X": "ХΧ",
    "Z": "Ζ",
    "V": "ѵ",
}
SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))


def homoglyph(text: str, rng: Rng) -> str:
    """Cyrillic and Greek letters for some Latin ones."""
    return "".join(
        rng.choice(HOMOGLYPH[c]) if c in HOMOGLYPH and rng.random() < 0.6 else c for c in text
    )


def _letters(lower: int, upper: int | None) -> Transform:
    def apply(text: str, rng: Rng) -> str:
        out = []
        for c in text:
            if "a" <= c <= "z":
                out.append(chr(lower + ord(c) - 97))
            elif "A" <= c <= "Z" and upper is not None:
                out.append(chr(upper + ord(c) - 65))
            else:
                out.append(c)
        return "".join(out)

    return apply


def enclosed(text: str, rng: Rng) -> str:
    """ⓐ–ⓩ and Ⓐ–Ⓩ."""
    return _letters(0x24D0, 0x24B6)(text, rng)


def math_bold(text: str, rng: Rng) -> str:
    """𝐚 and 𝐀."""
    return _letters(0x1D41A, 0x1D400)(text, rng)


def math_mono(text: str, rng: Rng) -> str:
    """𝚊 and 𝙰."""
    return _letters(0x1D68A, 0x1D670)(text, rng)


def fraktur(text: str, rng: Rng) -> str:
    """𝔞 (lower case only; the capitals have holes)."""
    return _letters(0x1D51E, None)(text, rng)


def small_caps(text: str, rng: Rng) -> str:
    """ᴀʙᴄ small capitals."""
    return "".join(SMALL_CAPS.get(c, c) for c in text)


def full_width(text: str, rng: Rng) -> str:
    """ASCII in its full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- ideographs ------------------------------------------------------------------------
TRADITIONAL = {
    "机": "機",
    "资": "資",
    "内": "內",
    "开": "開",
    "绝": "絕",
    "秘": "祕",
    "复": "複",
    "淘": "淘",
}
SPLIT = {
    "机": "木几",
    "密": "宓山",
    "资": "次贝",
    "料": "米斗",
    "部": "咅阝",
    "秘": "禾必",
    "绝": "纟色",
    "件": "亻牛",
}
RADICALS_SUPPLEMENT = {
    "西": "⻄",
    "见": "⻅",
    "长": "⻓",
    "门": "⻔",
    "页": "⻚",
    "马": "⻢",
    "车": "⻋",
    "贝": "⻉",
}


def _fold_tables() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Compatibility ideographs and Kangxi radicals, by the ideograph they normalize to."""
    compat: dict[str, list[str]] = {}
    for cp in [*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)]:
        c = chr(cp)
        target = unicodedata.normalize("NFC", c)
        if target != c and len(target) == 1:
            compat.setdefault(target, []).append(c)
    kangxi: dict[str, list[str]] = {}
    for cp in range(0x2F00, 0x2FD6):
        c = chr(cp)
        kangxi.setdefault(unicodedata.normalize("NFKC", c), []).append(c)
    return compat, kangxi


COMPAT, KANGXI = _fold_tables()


def traditional(text: str, rng: Rng) -> str:
    """Traditional and variant forms (機密, 內部資料, 祕密, 此件不公開)."""
    return "".join(TRADITIONAL.get(c, c) for c in text)


def compat_ideograph(text: str, rng: Rng) -> str:
    """CJK compatibility ideographs (U+F967 不 …) for the characters that have one."""
    return "".join(rng.choice(COMPAT[c]) if c in COMPAT else c for c in text)


def kangxi(text: str, rng: Rng) -> str:
    """Kangxi radicals (⼀ ⼆ ⼋ ⼗ …) and radicals supplement for the characters that have one."""
    return "".join(KANGXI[c][0] if c in KANGXI else RADICALS_SUPPLEMENT.get(c, c) for c in text)


def split_component(text: str, rng: Rng) -> str:
    """One character written as its components (资 → 次贝)."""
    spots = [i for i, c in enumerate(text) if c in SPLIT]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + SPLIT[text[i]] + text[i + 1 :]


STARS = "☆✭✮⭐✪✯✩✱⋆🌟"


def star(text: str, rng: Rng) -> str:
    """A star that looks like ★."""
    return text.replace("★", rng.choice(STARS))


# --- structure -------------------------------------------------------------------------
def reversed_rlo(text: str, rng: Rng) -> str:
    """Stored reversed between U+202E and U+202C, so it displays the right way round."""
    return "\u202e" + text[::-1] + "\u202c"


def html_comment(text: str, rng: Rng) -> str:
    """An HTML comment inside."""
    if len(text) < 2:
        return text
    i = rng.randrange(1, len(text))
    return text[:i] + rng.choice(["<!-- -->", "<!---->", "<!-- 注 -->"]) + text[i:]


def md_escape(text: str, rng: Rng) -> str:
    """Markdown backslash escapes before the punctuation."""
    return "".join("\\" + c if c in ".★-_*()[]/:#!" else c for c in text)


def url_encoded(text: str, rng: Rng) -> str:
    """Dots of the host written %2E."""
    scheme = ""
    if "://" in text:
        scheme, text = text.split("://", 1)
        scheme += "://"
    host, sep, rest = text.partition("/")
    return scheme + host.replace(".", rng.choice(["%2E", "%2e"])) + sep + rest


def punycode(text: str, rng: Rng) -> str:
    """A look-alike host (Cyrillic letters) written as punycode."""
    scheme = ""
    if "://" in text:
        scheme, text = text.split("://", 1)
        scheme += "://"
    host, sep, rest = text.partition("/")
    labels = host.split(".")
    main = max(range(len(labels) - 1), key=lambda i: len(labels[i])) if len(labels) > 1 else 0
    label = labels[main]
    swap = [i for i, c in enumerate(label) if c in "aceopx"]
    if swap:
        i = rng.choice(swap)
        label = (
            label[:i]
            + {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х"}[label[i]]
            + label[i + 1 :]
        )
        labels[main] = "xn--" + label.encode("punycode").decode("ascii")
    return scheme + ".".join(labels) + sep + rest


DIGITS: dict[str, Transform] = {name: digit_map(name) for name in DIGIT_TABLES}
DIGITS |= {"yao": yao, "ling": ling, "keycap": keycap, "o-l": letter_zero_one}
LETTERS: dict[str, Transform] = {
    "homoglyph": homoglyph,
    "enclosed": enclosed,
    "math-bold": math_bold,
    "math-mono": math_mono,
    "fraktur": fraktur,
    "small-caps": small_caps,
    "full-width": full_width,
}
IDEOGRAPHS: dict[str, Transform] = {
    "traditional": traditional,
    "compat": compat_ideograph,
    "kangxi": kangxi,
    "split": split_component,
    "star": star,
}
MARKS: dict[str, Transform] = {"combining": combining}
STRUCTURE: dict[str, Transform] = {
    "md-escape": md_escape,
    "rlo": reversed_rlo,
    "comment": html_comment,
}
LINK_STRUCTURE: dict[str, Transform] = STRUCTURE | {
    "url-encoded": url_encoded,
    "punycode": punycode,
}

# The transforms each kind of value can take, in the order they are applied.
POOLS: dict[str, list[dict[str, Transform]]] = {
    "link": [LETTERS, DIGITS, MARKS, LINK_STRUCTURE],
    "code": [LETTERS, DIGITS, MARKS, STRUCTURE],
    "number": [DIGITS, MARKS, STRUCTURE],
    "ideo": [IDEOGRAPHS, DIGITS, MARKS, STRUCTURE],
}


def stack(kind: str, rng: Rng, size: int) -> list[tuple[str, Transform]]:
    """``size`` distinct transforms for ``kind``, in application order (structure last)."""
    pools = POOLS[kind]
    flat = [(name, f) for pool in pools for name, f in pool.items()]
    if kind == "number":
        flat += [(name, f) for name, f in DIGITS.items()]  # digits are the point: draw them more
    chosen: list[tuple[str, Transform]] = []
    while len(chosen) < size:
        pick = rng.choice(flat)
        if pick[0] in {n for n, _ in chosen}:
            continue
        if pick[0] == "punycode" and any(n in LETTERS for n, _ in chosen):
            continue
        chosen.append(pick)
    order = {name: i for i, pool in enumerate(pools) for name in pool}
    order["punycode"] = -1  # punycode encodes the plain host, before other glyphs
    chosen.sort(key=lambda item: order[item[0]])
    return chosen


def apply_stack(value: str, steps: list[tuple[str, Transform]], rng: Rng) -> str | None:
    """``value`` through ``steps``; None when a step changes nothing (the stack is redrawn)."""
    digit_steps = sum(name in DIGITS for name, _ in steps)
    for name, f in steps:
        if name in DIGITS:
            SHARE[0] = 1.0 / digit_steps
            digit_steps -= 1
        changed = f(value, rng)
        SHARE[0] = 1.0
        if changed == value:
            return None
        value = changed
    return value


def draw(kind: str, value: str, rng: Rng) -> tuple[list[tuple[str, Transform]], str]:
    """A stack of 1–3 transforms that each change ``value``, and the result."""
    while True:
        steps = stack(kind, rng, rng.choice([1, 1, 2, 2, 3]))
        text = apply_stack(value, steps, rng)
        if text is not None:
            return steps, text


# --- values ----------------------------------------------------------------------------
def code62(rng: Rng, n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def fresh_link(rng: Rng) -> str:
    host = rng.choice(
        [
            "s.click.taobao.com/t?e=",
            "u.jd.com/",
            "t.cn/",
            "dwz.cn/",
            "m.tb.cn/h.",
            "item.taobao.com/item.htm?id=",
        ]
    )
    scheme = rng.choice(["", "", "https://", "http://"])
    tail = (
        str(rng.randrange(10**11, 10**12))
        if host.endswith("id=")
        else code62(rng, rng.randint(6, 9))
    )
    return scheme + host + tail


def fresh_code(rng: Rng) -> str:
    code = code62(rng, 11)
    left, right = rng.choice([("「", "」"), ("￥", "￥"), ("《", "《"), ("€", "€"), ("(", ")")])
    trigger = rng.choice(["复制后打开淘宝", "复制这条信息打开手机淘宝", "打开👉淘宝👈即可"])
    return left + code + right + trigger


def fresh_id(rng: Rng) -> str:
    birth = f"{rng.randint(1955, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + f"{rng.randint(0, 999):03d}")


def fresh_mobile(rng: Rng) -> str:
    return (
        rng.choice(["13", "15", "17", "18", "19"])
        + str(rng.randint(0, 9))
        + f"{rng.randint(0, 10**8 - 1):08d}"
    )


def fresh_card(rng: Rng) -> str:
    length = rng.choice([16, 19])
    return luhn("62" + "".join(str(rng.randint(0, 9)) for _ in range(length - 3)))


MARKINGS = ["机密★", "机密★10年", "秘密★", "秘密★5年", "绝密★", "机密★长期"]
NOTES = ["（此件不公开）", "（此件不予公开）", "此件不公开"]
INTERNALS = ["内部资料", "内部资料 注意保存", "内部资料，请勿外传"]

SENTENCES = {
    "link": [
        "报名网址：{v}，逾期不再受理。",
        "详情请点击{v}查看。",
        "活动链接 {v} 欢迎参与",
        "{v}",
    ],
    "code": ["领取方式：{v}", "{v}，限时优惠。", "市民可{v}"],
    IDN: ["联系人张伟，身份证号{v}。", "申请人身份证号码：{v}", "公民身份号码 {v}"],
    MOB: ["联系电话：{v}", "如有疑问请拨打{v}咨询。", "联系人李娜，手机{v}。"],
    CARD: ["收款账号：{v}", "请将款项汇入银行卡号{v}。", "开户行：中国银行，卡号 {v}"],
    MARK: ["{v}\n关于做好有关工作的通知", "本文件密级：{v}", "{v}"],
    # (a note stands in brackets or on a line of its own: "通知此件不公开" run on is no note —
    # the blind draw ran it on; fixed in triage, docs/compliance.md 公开属性)
    NOTE: ["{v}\n各区人民政府：", "关于印发工作方案的通知\n{v}", "{v}"],
    INT: ["{v}\n一、基本情况", "本材料为{v}。", "{v}"],
}


# Triage (after the first run, docs/compliance.md read): what the docs decide for a drawn form.
# A 淘口令 is 8–13 letters and digits the app reads as written: one with a Chinese or a Roman
# numeral in it is no code (the fold reads full-width, mathematical, enclosed and small-capital
# forms, and Cyrillic/Greek look-alikes as the Latin letters — docs: red team 8 —, which stay codes).
NOT_A_CODE = {"small", "big", "yao", "ling", "roman"}
# Real gaps left for later, strict xfail with the reason (by case id).
XFAIL = {
    "letters": "digits written as letters (O/o for 0, l/I/| for 1) are not read as digits: reading "
    "letters in a run of digits needs a rule of its own (how many before it is a code, not a "
    "number), not done in pass 74",
    "roman": "Roman numerals (Ⅰ–Ⅸ) are not read as digits: the fold makes Ⅰ and Ⅴ the letters i "
    "and v for hosts, so a reader of Roman digits needs its own copy of the text; not done in "
    "pass 74",
    "split": "a character written as its components (资 → 次贝, 件 → 亻牛) is not put back together: "
    "a table of component pairs for the marking words' characters, not done in pass 74",
    "encoded": "a bare host with percent-encoded dots and no scheme (u%2Ejd%2Ecom/…) is not read "
    "as a link (with a scheme it is stripped); not done in pass 74",
}


def triaged(
    kind: str, rule: str, expect: str, names: set[str], value: str
) -> tuple[str, str | None, str]:
    """The expectation the docs give a drawn form: (expect, rule, why), ``why`` empty if unchanged."""
    if kind == "link" and value.rsplit("://", maxsplit=1)[-1].startswith("item.taobao.com/"):
        if "rlo" in names:
            return (
                "clean",
                None,
                "; a product page shown reversed is no ad host spelled out (docs: ad.spelled_link is for ad and short hosts)",
            )
        return (
            "warn",
            "link.other_host",
            "; a product page without a 淘宝联盟 pid warns (docs: red team 9)",
        )
    if kind == "link" and "rlo" in names:
        return (
            "block",
            "ad.spelled_link",
            "; an ad host shown reversed by U+202E is spelled out (docs: ad.spelled_link)",
        )
    if kind == "code" and names & NOT_A_CODE:
        return "clean", None, "; no code the app reads (docs: 8–13 letters and digits) — clean"
    return expect, rule, ""


def must_catch(table: CaseTable, rng: Rng) -> None:
    """≈ 280 obfuscated forms of issue 12's items."""
    kinds: list[tuple[str, str, str, str, Callable[[Rng], str]]] = [
        ("link", "link", LS, "fixed", fresh_link),
        ("code", "code", SC, "block", fresh_code),
        ("id", "number", IDN, "block", fresh_id),
        ("mobile", "number", MOB, "block", fresh_mobile),
        ("card", "number", CARD, "block", fresh_card),
        ("marking", "ideo", MARK, "block", lambda r: r.choice(MARKINGS)),
        ("note", "ideo", NOTE, "block", lambda r: r.choice(NOTES)),
        ("internal", "ideo", INT, "block", lambda r: r.choice(INTERNALS)),
    ]
    guessed = {SC: "block for a 淘口令", INT: "block for 内部资料"}
    for name, kind, rule, expect, make in kinds:
        for n in range(35):
            value = make(rng)
            steps, text = draw(kind, value, rng)
            sentence = rng.choice(
                SENTENCES.get(kind if kind in {"link", "code"} else rule, ["{v}"])
            )
            body = sentence.format(v=text)
            field = "title" if rng.random() < 0.1 and "\n" not in body else None
            label = "+".join(n_ for n_, _ in steps)
            note = f"{value} through {label}; a reader sees the {name}"
            if any(
                n_ in {"homoglyph", "small-caps", "punycode", "split", "roman", "o-l", "star"}
                for n_, _ in steps
            ):
                note += GUESS
            elif rule in guessed:
                note += f"; {guessed[rule]}" + GUESS
            names = {n_ for n_, _ in steps}
            id_ = f"{name}-{n:02d}-{label}"
            got_expect, got_rule, why = DECIDED_BY_ID.get(id_) or triaged(
                kind, rule, expect, names, value
            )
            if why:
                note += " — triage:" + why
            table.case(
                id_,
                body,
                got_expect,
                got_rule,
                note,
                field,
                xfail=_xfail(id_, names, kind, got_expect, body),
            )


def _xfail(id_: str, names: set[str], kind: str, expect: str, id_text: str) -> str | None:
    """The honest reason a drawn form is still missed, if it is one of the gaps left."""
    if expect == "clean":
        return None
    if kind == "number" and "o-l" in names and id_ not in LETTERS_READ:
        return XFAIL["letters"]
    if kind == "number" and "roman" in names and id_ not in LETTERS_READ:
        return XFAIL["roman"]
    if "split" in names and "外传" not in id_text:  # (请勿外传 is a marker of its own)
        return XFAIL["split"]
    return XFAIL_BY_ID.get(id_)


# Letters for digits read since (fix 83: in a card after a card label, when it checks; fix 86:
# letters and Roman numerals, Chinese numerals mixed in, in an ID number or a mobile after its
# label or the verbs 拨打/致电 — and so in a card after its label, when it checks).
LETTERS_READ = {
    "card-09-o-l",
    "card-25-mbold+o-l",
    "id-04-small+o-l",
    "id-05-roman",
    "id-08-roman+paren",
    "id-12-mmono+roman",
    "mobile-01-roman+circled+keycap",
    "mobile-06-sub+o-l",
    "mobile-14-roman",
    "mobile-16-negcircled+roman",
    "mobile-21-roman+mbold",
    "mobile-22-mdouble+roman+negcircled",
    "mobile-28-roman+mbold",
    "card-11-roman+sub",
    "card-23-roman",
    # (fix96a: a U+202E run's paragraph read as shown puts 拨打 before the reversed numerals)
    "mobile-19-roman+rlo",
}

# Forms whose expectation a later decision changed: (expect, rule, why).
DECIDED_BY_ID: dict[str, tuple[str, str | None, str]] = {
    # (mend58a: a comment opens only where "<!--" is written so; Markdown prints the escaped
    # "<\\!\\-\\-" as text, as it does "\\<!--", and the page shows 内部<!-- 注 -->资料)
    "internal-14-compat+comment+md-escape": (
        "clean",
        None,
        "; decided (mend58a): the escapes make the comment printed text, as an escaped"
        " '\\\\<!--' is (docs: Markdown may show it as written), not one 内部资料",
    ),
}


# (link-28-circled+mdouble+md-escape, a Markdown-escaped scheme and path of a host that only
# warns, is read as the page shows it since fix 89.)
XFAIL_BY_ID = {
    "link-15-big+url-encoded": XFAIL["encoded"],
    "link-16-url-encoded": XFAIL["encoded"],
}


def valid_uscc(rng: Rng, prefix: str) -> str:
    """An all-digit 统一社会信用代码 of a 社会团体/民办非企业/基金会, Luhn-valid when we can."""
    best = ""
    for _ in range(4000):
        first = prefix + rng.choice(DIVISIONS) + "".join(str(rng.randint(0, 9)) for _ in range(9))
        code = uscc(first)
        if code.isdigit():
            best = code
            if luhn(code[:-1]) == code:
                return code
    return best


def must_stay_clean(table: CaseTable, rng: Rng) -> None:  # noqa: PLR0912 - one table of look-alikes
    """≈ 120 look-alikes that must stay clean."""
    number_safe = {
        k: DIGITS[k]
        for k in ["small", "big", "circled", "mbold", "mdouble", "mmono", "keycap", "super"]
    }
    for n in range(25):
        code = valid_uscc(rng, rng.choice(["51", "52", "53"]))
        name, f = rng.choice(sorted(number_safe.items()))
        text = f"统一社会信用代码：{f(code, rng)}"
        table.clean(
            f"clean-uscc-{n:02d}-{name}",
            text,
            f"a valid all-digit 统一社会信用代码 {code} in {name} digits",
        )
    for n in range(12):
        code = org_code("".join(str(rng.randint(0, 9)) for _ in range(8)))
        name, f = rng.choice(sorted(number_safe.items()))
        text = f"组织机构代码：{f(code[:8], rng)}-{f(code[8], rng)}"
        table.clean(f"clean-org-{n:02d}-{name}", text, f"组织机构代码 {code} in {name} digits")
    gov_hosts = [
        "www.gov.cn/zhengce/content/2026-12/01/content_7001234.htm",
        "www.beijing.gov.cn/zhengce/",
        "https://www.shanghai.gov.cn/nw12344/index.html",
    ]
    glyphs = {
        "full-width": full_width,
        "math-bold": math_bold,
        "enclosed": enclosed,
        "homoglyph": homoglyph,
        "math-mono": math_mono,
    }
    for n in range(15):
        host = rng.choice(gov_hosts)
        name, f = rng.choice(sorted(glyphs.items()))
        note = f"a gov.cn link in {name} letters"
        text = f(host, rng)
        scheme = text.split("//")[0] if "//" in text else ""
        if "／" in text or (scheme and not scheme.isascii()):
            # triage: the docs' rule — a URL the parser rejects is never allowed (link.unparsable):
            # a look-alike scheme or a full-width slash after the host is no URL a browser opens
            note += " — triage: its scheme or slash is a look-alike, no URL a browser opens (docs: link.unparsable)"
            table.case(
                f"clean-gov-{n:02d}-{name}", f"原文链接：{text}", "warn", "link.unparsable", note
            )
            continue
        if name == "homoglyph":
            note += (
                " — triage: a Cyrillic/Greek gov.cn is never gov.cn (docs); here its suffix is a "
                "look-alike too (сη, ϲn), no public suffix, so no address at all"
            )
        table.clean(f"clean-gov-{n:02d}-{name}", f"原文链接：{text}", note)
    dates = [
        "二〇二六年十二月五日",
        "二〇二五年一月一日至二〇二五年十二月三十一日",
        "贰零贰陆年壹拾贰月",
        "自二〇一九年十月一日起施行",
        "印发日期：二○二六年十一月二十八日",
        "二零二六年第三季度",
        "⼆〇⼆六年⼗⼆月⼀日",
    ]
    amounts = [
        "中标金额：人民币壹佰贰拾叁万肆仟伍佰陆拾柒元整",
        "合同总价（大写）：贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分",
        "补助资金共计一千二百三十四万五千六百七十八元",
        "拨付资金：壹拾叁亿捌仟陆佰伍拾叁万贰仟壹佰元",
        "预算：一二三四五六七八九元（小写数字）",
    ]
    for n, text in enumerate(dates):
        table.clean(f"clean-date-{n:02d}", f"特此通知。{text}", "a date in Chinese numerals")
    for n, text in enumerate(amounts):
        table.clean(f"clean-amount-{n:02d}", text, "an amount in Chinese numerals")
    lists = [
        "主要任务：①加强组织领导；②压实工作责任；③强化督促检查；④做好宣传引导。",
        "⑴明确目标；⑵细化措施；⑶抓好落实。",
        "⒈总体要求 ⒉重点任务 ⒊保障措施",
        "❶稳增长 ❷促改革 ❸调结构 ❹惠民生 ❺防风险",
        "详见附件¹，数据来源²。",
        "第①批、第②批、第③批、第④批、第⑤批、第⑥批、第⑦批、第⑧批、第⑨批、第⑩批名单已公布。",
        "1️⃣ 报名 2️⃣ 审核 3️⃣ 公示",
        "水的化学式为H₂O，二氧化碳为CO₂。",
        "第Ⅰ类、第Ⅱ类、第Ⅲ类项目分别予以支持。",
        "𝟏𝟐𝟑个项目已完成验收。",
    ]
    for n, text in enumerate(lists):
        table.clean(
            f"clean-list-{n:02d}", text, "list numbers, footnotes and formulae in look-alike digits"
        )
    internal_like = [
        "健全内部控制制度，加强内部审计监督。",
        "健全內部控制制度，加強內部審計監督。",
        "单位内部资料室开放时间为每周一至周五。",
        "加强内部管理，规范内部资料的归档。",
        "依法不予公开的情形按照条例规定执行。",
        "依法不予公開的情形按照條例規定執行。",
        "保障数据的机密性、完整性和可用性。",
        "保障數據的機密性、完整性和可用性。",
        "⾦融机构应当健全内部控制。",
        "本次评选共评出五星☆级单位十个，四星级单位二十个。",
        "机关内部审计工作规定第十二条",
        "公开属性：主动公开",
    ]
    for n, text in enumerate(internal_like):
        note = "内部/公开/机密 in ordinary prose, simplified or traditional"
        if "不予公" in text:
            # triage: the docs keep asking a reviewer to look at 不予公开 in prose
            note += " — triage: 不予公开 in prose warns (docs: secrecy.sensitive_term)"
            table.case(f"clean-prose-{n:02d}", text, "warn", "secrecy.sensitive_term", note)
            continue
        table.clean(f"clean-prose-{n:02d}", text, note)
    foreign = [
        "Η Ελλάδα και η Κίνα υπέγραψαν συμφωνία συνεργασίας για τον πολιτισμό.",
        "Россия и Китай подписали соглашение о сотрудничестве в области образования.",
        "Дата: 5 декабря 2026 года, телефон посольства указан на сайте.",
        "Πληροφορίες: www.gov.cn και το κέντρο εξυπηρέτησης.",
        "Спасибо за внимание! Сайт правительства: www.gov.cn",
        "Αριθμός πρωτοκόλλου 2026/12 — συνάντηση στο Πεκίνο.",
        "Переводчик: Мария Иванова, отдел международных связей.",
    ]
    for n, text in enumerate(foreign):
        table.clean(
            f"clean-foreign-{n:02d}", text, "a Greek or Russian sentence (letters that look Latin)"
        )
    look_numbers = [
        "咨询电话：〇一〇-六五一二三四五六",
        "服务热线：⑴②③④⑤",
        "邮政编码：一〇〇〇〇一",
        "文号：京政发〔二〇二六〕十二号",
        "会议室：𝟑𝟎𝟏室，座位号⑫",
        "二〇二六年共办理事项一二三四五件",
        "统计年鉴 二〇二五 第一二三页",
        "排名：𝟏、𝟐、𝟑",
    ]
    for n, text in enumerate(look_numbers):
        table.clean(f"clean-number-{n:02d}", text, "short or landline numbers in look-alike digits")
    # Chinese-numeral 18-digit strings failing the ID check.
    for n in range(6):
        good = fresh_id(rng)
        bad = good[:-1] + str((int(good[-1]) + 1) % 10 if good[-1] != "X" else 0)
        if bad == id_number(bad[:17]):
            bad = good[:-1] + ("1" if good[-1] != "1" else "2")
        name, f = rng.choice(sorted(number_safe.items()))
        table.clean(
            f"clean-badid-{n:02d}-{name}",
            f"档案编号：{f(bad, rng)}",
            f"{bad} fails the GB 11643 check, in {name} digits",
        )


def main() -> None:
    table = CaseTable("redteam74_blind_random_glyphs")
    rng = random.Random(SEED)
    must_catch(table, rng)
    must_stay_clean(table, rng)
    table.write(
        __file__,
        "Red-team pass 74 (blind): look-alike characters. Generated by gen_redteam74.py.",
        width=200,
    )


if __name__ == "__main__":
    main()
