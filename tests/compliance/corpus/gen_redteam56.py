"""Generate ``redteam56_blind_unicode_standins.yaml``: Unicode stand-ins for digits, letters, marks.

Red-team pass 56, written blind (issue 12, the reference docs, docs/compliance.md, the corpus
README and ``number_makers.py`` only, before the checker or the other families were read).
Spammers and careless editors write digits, letters and marks with characters that look like
them or that a reader reads as them: keycaps, circled, parenthesized, full-stop, dingbat,
superscript, subscript and mathematical digits, other scripts' digits, 大写 and spoken
numerals (幺 两 洞), mathematical, circled, squared and small-capital letters and combining
marks in ad hosts, star stand-ins after a 密级, compatibility ideographs, Kangxi radicals,
right-to-left overrides and fillers (U+2800, U+3164, U+2062/U+2063) — each with the clean
twin a reader reads as harmless: numbered lists, footnotes, formulas, 大写 amounts, ratings,
hotlines in keycaps, foreign-language text.

Run ``python tests/compliance/corpus/gen_redteam56.py`` to write the YAML beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus_yaml import write  # noqa: E402
from number_makers import id_number, luhn  # noqa: E402

FAMILY = "redteam56_blind_unicode_standins"

MOBILE = "13912345678"
MOBILE2 = "15867894321"
ID18 = id_number("31010419851122368")  # 310104198511223688
ID18B = id_number("44030619900307123")
CARD = luhn("621700123456789012")  # UnionPay, 19 digits
CARD16 = luhn("622202100112345")  # UnionPay, 16 digits


def _run(start: int) -> list[str]:
    """Ten consecutive code points from ``start``: the digits 0–9 of one block."""
    return [chr(start + i) for i in range(10)]


def _with_zero(zero: str, one_to_nine_start: int) -> list[str]:
    """A block that has 1–9 in a row and its zero elsewhere."""
    return [zero] + [chr(one_to_nine_start + i) for i in range(9)]


# Digit forms: name → (the ten digits or None for a missing zero, what a reader sees).
DIGITS: dict[str, list[str]] = {
    "keycap-fe0f": [f"{d}\ufe0f\u20e3" for d in "0123456789"],
    "keycap-bare": [f"{d}\u20e3" for d in "0123456789"],
    "circled": _with_zero("\u24ea", 0x2460),
    "negative-circled": _with_zero("\u24ff", 0x2776),
    "dingbat-circled": _with_zero("\U0001f10b", 0x2780),
    "dingbat-negative": _with_zero("\U0001f10c", 0x278A),
    "parenthesized": ["\u24ea"] + [chr(0x2474 + i) for i in range(9)],
    "full-stop": ["\U0001f100"] + [chr(0x2488 + i) for i in range(9)],
    "superscript": list("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"),
    "subscript": _run(0x2080),
    "math-bold": _run(0x1D7CE),
    "double-struck": _run(0x1D7D8),
    "math-sans": _run(0x1D7E2),
    "math-sans-bold": _run(0x1D7EC),
    "monospace": _run(0x1D7F6),
    "full-width": _run(0xFF10),
    "arabic-indic": _run(0x0660),
    "persian": _run(0x06F0),
    "devanagari": _run(0x0966),
    "bengali": _run(0x09E6),
    "thai": _run(0x0E50),
    "tibetan": _run(0x0F20),
    "khmer": _run(0x17E0),
    "mongolian": _run(0x1810),
    "daxie": list("零壹贰叁肆伍陆柒捌玖"),
    "daxie-trad": list("零壹貳參肆伍陸柒捌玖"),
    "xiaoxie": list("〇一二三四五六七八九"),
    "spoken-yao": list("〇幺二三四五六七八九"),
    "spoken-yao-liang-dong": list("洞幺两三四五六七八九"),
    "circled-ideograph": ["〇"] + [chr(0x3280 + i) for i in range(9)],
    "paren-ideograph": ["〇"] + [chr(0x3220 + i) for i in range(9)],
    "kangxi": list("〇\u2f00\u2f06三四五六七\u2f0b九"),
}

# A reader reads each as the digit it shows; the docs list keycap, dingbat, circled,
# superscript, mathematical digits, ⑴ ⒈ ㈠, Unicode Nd, 大写 and 幺 (docs/compliance.md,
# mobile_numbers and "Written forms"). 两 and 洞 (radio speech for 2 and 0, as 幺 is for 1)
# and the Kangxi radicals ⼀ ⼆ ⼋ are not named; decided as a reader reads them: digits.
NOTES = {
    "keycap-fe0f": "keycap emoji (digit, U+FE0F, U+20E3)",
    "keycap-bare": "keycaps without U+FE0F (digit, U+20E3)",
    "circled": "circled digits ①③⑨, ⓪ for zero",
    "negative-circled": "negative circled digits ❶❸❾, ⓿ for zero",
    "dingbat-circled": "dingbat circled sans-serif digits ➀➂➈",
    "dingbat-negative": "dingbat negative circled sans-serif digits ➊➌➒",
    "parenthesized": "parenthesized digits ⑴⑶⑼ (NFKC: (1)(3)(9))",
    "full-stop": "digits with full stop ⒈⒊⒐ (NFKC: 1.3.9.)",
    "superscript": "superscript digits ¹³⁹",
    "subscript": "subscript digits ₁₃₉",
    "math-bold": "mathematical bold digits 𝟏𝟑𝟗",
    "double-struck": "double-struck digits 𝟙𝟛𝟡",
    "math-sans": "mathematical sans-serif digits 𝟣𝟥𝟫",
    "math-sans-bold": "mathematical sans-serif bold digits 𝟭𝟯𝟵",
    "monospace": "mathematical monospace digits 𝟷𝟹𝟿",
    "full-width": "full-width digits",
    "arabic-indic": "Arabic-Indic digits ١٣٩ (Unicode Nd)",
    "persian": "Extended Arabic-Indic (Persian) digits ۱۳۹",
    "devanagari": "Devanagari digits १३९",
    "bengali": "Bengali digits ১৩৯",
    "thai": "Thai digits ๑๓๙",
    "tibetan": "Tibetan digits ༡༣༩",
    "khmer": "Khmer digits ១៣៩",
    "mongolian": "Mongolian digits ᠑᠓᠙",
    "daxie": "大写 numerals 壹叁玖",
    "daxie-trad": "traditional 大写 numerals 壹參玖",
    "xiaoxie": "Chinese numerals 一三九",
    "spoken-yao": "spoken 幺 for 1",
    "spoken-yao-liang-dong": "radio speech: 幺 1, 两 2, 洞 0 (docs name 幺 only; read as a reader reads them)",
    "circled-ideograph": "circled ideograph numerals ㊀㊂㊈ (NFKC 一三九)",
    "paren-ideograph": "parenthesized ideograph numerals ㈠㈢㈨ (NFKC (一)(三)(九))",
    "kangxi": "Kangxi radicals ⼀ ⼆ ⼋ for 一 二 八 among numerals",
}


def spell(number: str, form: str) -> str:
    """``number`` (ASCII digits, maybe a final X) in ``form``'s digits."""
    digits = DIGITS[form]
    return "".join(digits[int(c)] if c.isdigit() else c for c in number)


def mixed(number: str, first: str, second: str) -> str:
    """Half of ``number`` in ``first``'s digits, the rest in ``second``'s."""
    half = len(number) // 2
    return spell(number[:half], first) + spell(number[half:], second)


class _Cases(list[dict[str, object]]):
    """The family's cases, in order."""

    def add(
        self, cid: str, text: str, expect: str, rule: object, note: str, **extra: object
    ) -> None:
        """One case; ``rule`` ``None`` for a clean one."""
        case: dict[str, object] = {"id": cid, "text": text, "expect": expect}
        if rule is not None:
            case["rule"] = rule
        case["note"] = note
        case.update(extra)
        self.append(case)


def _digit_cases(c: _Cases) -> None:
    """Mobiles, ID numbers and cards in every digit form, mixed, and split by fillers."""
    # --- digits: mobiles, ID numbers, cards in every form -------------------------------
    for form in DIGITS:
        note = NOTES[form]
        c.add(
            f"mobile-{form}",
            f"如有疑问请联系王老师{spell(MOBILE, form)}，工作日9:00—17:00。",
            "block",
            "personal.mobile",
            f"a mobile in {note}, no label",
        )
        c.add(
            f"mobile-label-{form}",
            f"联系电话：{spell(MOBILE2, form)}",
            "block",
            "personal.mobile",
            f"a labelled mobile in {note}",
        )
        c.add(
            f"id-{form}",
            f"申请人张某某，身份证号{spell(ID18, form)}，现予公示。",
            "block",
            "personal.id_number",
            f"an ID number with a valid check digit in {note}",
        )
        c.add(
            f"card-{form}",
            f"补贴发放至李某银行卡{spell(CARD, form)}。",
            "block",
            "personal.bank_card",
            f"a UnionPay card (19 digits, Luhn) in {note}",
        )
        c.add(
            f"clean-short-{form}",
            f"本次共受理{spell('1391234567', form)}号以前的申请。",
            "clean",
            None,
            f"ten digits in {note}: one short of a mobile, no card, no ID",
        )
    # grouped numbers in a few forms
    for form, sep in [
        ("circled", "-"),
        ("keycap-fe0f", " "),
        ("math-bold", "－"),
        ("superscript", " "),
        ("arabic-indic", "-"),
        ("daxie", " "),
    ]:
        grouped = sep.join(spell(p, form) for p in (MOBILE[:3], MOBILE[3:7], MOBILE[7:]))
        c.add(
            f"mobile-grouped-{form}",
            f"报名咨询：{grouped}",
            "block",
            "personal.mobile",
            f"a mobile 3-4-4 with {sep!r} between groups of {NOTES[form]}",
        )
        card = sep.join(spell(CARD16[i : i + 4], form) for i in range(0, 16, 4))
        c.add(
            f"card16-grouped-{form}",
            f"收款账号：{card}",
            "block",
            "personal.bank_card",
            f"a 16-digit UnionPay card in fours of {NOTES[form]}",
        )
    # half one form, half another
    pairs = [
        ("circled", "full-width"),
        ("keycap-fe0f", "math-bold"),
        ("arabic-indic", None),
        ("daxie", None),
        ("superscript", "subscript"),
        ("devanagari", "circled"),
        ("monospace", "double-struck"),
        ("xiaoxie", "daxie"),
        ("spoken-yao", None),
        ("keycap-bare", "circled"),
        ("negative-circled", "dingbat-circled"),
        ("math-sans", "persian"),
    ]
    for first, second in pairs:
        name = f"{first}+{second or 'ascii'}"

        def half(number: str, first: str = first, second: str | None = second) -> str:
            if second is None:
                return spell(number[: len(number) // 2], first) + number[len(number) // 2 :]
            return mixed(number, first, second)

        c.add(
            f"mixed-mobile-{name}",
            f"联系人：刘先生 {half(MOBILE)}",
            "block",
            "personal.mobile",
            f"a mobile, first half {first}, second half {second or 'ASCII'}",
        )
        c.add(
            f"mixed-id-{name}",
            f"身份证号码：{half(ID18B)}",
            "block",
            "personal.id_number",
            f"an ID number, first half {first}, second half {second or 'ASCII'}",
        )
        c.add(
            f"mixed-card-{name}",
            f"卡号{half(CARD)}",
            "block",
            "personal.bank_card",
            f"a UnionPay card, first half {first}, second half {second or 'ASCII'}",
        )
    # each digit a different form, round-robin
    forms = ["keycap-fe0f", "circled", "math-bold", "full-width", "superscript", "arabic-indic"]
    rr = "".join(DIGITS[forms[i % len(forms)]][int(c)] for i, c in enumerate(MOBILE))
    c.add("mixed-mobile-six-forms", f"电话{rr}", "block", "personal.mobile", "six forms in turn")
    c.add(
        "mobile-spoken-guai-gou",
        "值班手机：幺五八六拐八勾四三两幺",
        "block",
        "personal.mobile",
        "radio speech 幺 两 拐 (7) 勾 (9) for 15867894321 after a label; decided as a reader reads it",
    )
    c.add(
        "mobile-keycap-phone-emoji",
        "☎️" + spell(MOBILE, "keycap-fe0f"),
        "block",
        "personal.mobile",
        "a phone emoji then a mobile in keycaps",
    )

    # invisible and filler characters inside digits
    for name, char in [
        ("u2062", "\u2062"),
        ("u2063", "\u2063"),
        ("braille-blank", "\u2800"),
        ("hangul-filler", "\u3164"),
        ("halfwidth-hangul-filler", "\uffa0"),
        ("hangul-choseong-filler", "\u115f"),
    ]:
        c.add(
            f"mobile-{name}",
            f"手机{char.join(MOBILE)}",
            "block",
            "personal.mobile",
            f"U+{ord(char):04X} between every digit of a mobile",
        )
        c.add(
            f"id-{name}",
            f"公示对象身份证{ID18[:6]}{char}{ID18[6:14]}{char}{ID18[14:]}",
            "block",
            "personal.id_number",
            f"U+{ord(char):04X} between the 6-8-4 groups of an ID number",
        )
        c.add(
            f"card-{name}",
            f"银行卡：{char.join(CARD16[i : i + 4] for i in range(0, 16, 4))}",
            "block",
            "personal.bank_card",
            f"U+{ord(char):04X} between the fours of a card",
        )


def _host_cases(c: _Cases) -> None:
    """Ad hosts in fancy letters, with combining marks, reversed by U+202E."""
    # --- letters in ad hosts ---------------------------------------------------------------
    small_caps = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))

    def letters(start: int, upper: bool = False) -> dict[str, str]:
        base = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "abcdefghijklmnopqrstuvwxyz"
        return {c.lower(): chr(start + i) for i, c in enumerate(base)}

    letter_forms: dict[str, tuple[dict[str, str], str]] = {
        "math-bold": (letters(0x1D41A), "mathematical bold letters 𝐭.𝐜𝐧"),
        "math-sans": (letters(0x1D5BA), "mathematical sans-serif letters 𝗍.𝖼𝗇"),
        "monospace": (letters(0x1D68A), "mathematical monospace letters 𝚝.𝚌𝚗"),
        "double-struck": (letters(0x1D552), "double-struck letters 𝕥.𝕔𝕟"),
        "bold-script": (letters(0x1D4EA), "bold script letters 𝓽.𝓬𝓷"),
        "bold-fraktur": (letters(0x1D586), "bold fraktur letters 𝖙.𝖈𝖓"),
        "circled": (letters(0x24D0), "circled letters ⓣ.ⓒⓝ"),
        "parenthesized": (letters(0x249C), "parenthesized letters ⒯.⒞⒩"),
        "squared": (letters(0x1F130, upper=True), "squared letters 🄣.🄒🄝"),
        "negative-squared": (letters(0x1F170, upper=True), "negative squared letters 🅣.🅒🅝"),
        "negative-circled": (letters(0x1F150, upper=True), "negative circled letters 🅣.🅒🅝"),
        "small-caps": (small_caps, "small capitals ᴛ.ᴄɴ"),
        "full-width-mixed": (
            {c: chr(ord(c) + 0xFEE0) for c in "acegikmoqsuwy"},
            "every other letter full width",
        ),
    }
    hosts = [
        ("t.cn", "/A6xyZ"),
        ("u.jd.com", "/Ab12Cd"),
        ("s.click.taobao.com", "/t?e=m%3D2"),
        ("dwz.cn", "/AbCd"),
    ]
    for form, (table, note) in letter_forms.items():
        for host, path in hosts:
            written = "".join(table.get(c, c) for c in host)
            c.add(
                f"host-{form}-{host}",
                f"限时福利，点击{written}{path}领取",
                "fixed",
                "ad.link_stripped",
                f"{host} in {note}; NFKC/the fold reads the ad host",
            )
    for mark, name in [
        ("\u0332", "low line"),
        ("\u0336", "long stroke"),
        ("\u0335", "short stroke"),
        ("\u0338", "long solidus"),
        ("\u0331", "macron below"),
        ("\u20e5", "reverse solidus overlay"),
    ]:
        for host, path in hosts[:2]:
            written = "".join(c + mark if c.isalnum() else c for c in host)
            c.add(
                f"host-mark-{ord(mark):04x}-{host}",
                f"领券地址：{written}{path}",
                "fixed",
                "ad.link_stripped",
                f"{host} with U+{ord(mark):04X} ({name}) on every letter",
            )
    c.add(
        "host-mark-whole-url",
        "领券：" + "".join(c + "\u0332" for c in "t.cn/A6xyZ"),
        "fixed",
        "ad.link_stripped",
        "t.cn/A6xyZ underlined character by character, dot and slash too",
    )
    c.add(
        "host-math-scheme",
        "详见" + "".join(letters(0x1D41A).get(c, c) for c in "https://u.jd.com") + "/Ab12Cd",
        "fixed",
        "ad.link_stripped",
        "scheme and host in mathematical bold",
    )
    c.add(
        "host-math-title",
        "福利领取𝐭.𝐜𝐧/A6xyZ",
        "fixed",
        "ad.link_stripped",
        "a mathematical-bold short host in the title",
        field="title",
    )
    c.add(
        "host-mixed-forms",
        "戳这里：𝐬.ⓒlick.ᴛaobao.𝚌𝚘𝚖/t?e=1",
        "fixed",
        "ad.link_stripped",
        "one host in four letter forms",
    )
    c.add(
        "host-hangul-filler",
        "详情t.\u3164cn/A6xyZ",
        "fixed",
        "ad.link_stripped",
        "U+3164 Hangul filler inside a host (default-ignorable)",
    )
    for host in ["s.click.taobao.com/t?e=1", "u.jd.com/Ab12Cd", "t.cn/A6xyZ"]:
        c.add(
            f"rlo-{host.split('/')[0]}",
            f"领取地址：\u202e{host[::-1]}\u202c",
            "block",
            "ad.spelled_link",
            "stored reversed after U+202E: the page shows the ad host the right way round",
        )


def _mark_cases(c: _Cases) -> None:
    """Markings with star stand-ins, split by marks, in compatibility ideographs."""
    # --- marks -------------------------------------------------------------------------------
    stars = ["✪", "✯", "✰", "⭐", "🌟", "✩", "⋆", "＊", "※", "✦", "✫", "✬", "✮", "✱", "✴", "⍟", "⚝"]
    for star in stars:
        c.add(
            f"secret-period-{ord(star):04x}",
            f"机密{star}10年\n关于印发《某某工作方案》的通知",
            "block",
            "secrecy.marking",
            f"机密 + {star} (U+{ord(star):04X}) + a period: a marking with any mark before the period",
        )
    for star in ["✪", "✯", "✰", "⭐", "🌟", "✩", "⋆", "＊", "✫", "✮"]:
        c.add(
            f"secret-bare-{ord(star):04x}",
            f"绝密{star}\n\n关于某某事项的请示",
            "block",
            "secrecy.marking",
            f"绝密 + {star} alone on the first line: a reader reads the star of a 密级",
        )
    for name, char in [
        ("combining-diaeresis", "\u0308"),
        ("combining-enclosing-circle", "\u20dd"),
        ("vs16", "\ufe0f"),
        ("vs1", "\ufe00"),
        ("vs17", "\U000e0100"),
        ("cgj", "\u034f"),
        ("u2063", "\u2063"),
        ("braille-blank", "\u2800"),
        ("hangul-filler", "\u3164"),
    ]:
        c.add(
            f"secret-split-{name}",
            f"机{char}密★5年",
            "block",
            "secrecy.marking",
            f"U+{ord(char):04X} between 机 and 密",
        )
        c.add(
            f"internal-split-{name}",
            f"本材料为内{char}部{char}资{char}料，请妥善保管。",
            "block",
            "secrecy.internal",
            f"U+{ord(char):04X} between the characters of 内部资料",
        )
    c.add(
        "secret-circled-ideograph", "㊙密★10年", "block", "secrecy.marking", "㊙ (NFKC 秘) for 秘"
    )
    c.add(
        "secret-kangxi-period",
        "秘密★\u2f17年\n关于…的通知",
        "block",
        "secrecy.marking",
        "the period 十 written as the Kangxi radical ⼗",
    )
    c.add(
        "secret-kangxi-two",
        "绝密★\u2f06\u2f17年",
        "block",
        "secrecy.marking",
        "the period 二十 in Kangxi radicals",
    )
    c.add(
        "secret-circled-period",
        "机密★㊉年",
        "block",
        "secrecy.marking",
        "the period 十 as ㊉ (circled ideograph ten)",
    )
    c.add(
        "secret-period-circled-digits",
        "机密★①⓪年",
        "block",
        "secrecy.marking",
        "the period in circled digits",
    )
    c.add(
        "secret-period-keycaps",
        "秘密⭐" + spell("5", "keycap-fe0f") + "年",
        "block",
        "secrecy.marking",
        "an emoji star and a keycap period",
    )
    c.add(
        "internal-compat-nei",
        "\U0002f814部资料\n注意保存",
        "block",
        "secrecy.internal",
        "內 as the compatibility ideograph U+2F814 (traditional 內部)",
    )
    c.add(
        "internal-compat-liao",
        "内部资\uf9be，不得外传",
        "block",
        "secrecy.internal",
        "料 as the compatibility ideograph U+F9BE",
    )
    c.add(
        "internal-circled-zi",
        "内部㊮料",
        "block",
        "secrecy.internal",
        "資 as the circled ideograph ㊮",
    )
    c.add(
        "disclosure-compat",
        "（此件\uf967予公\U0002f9ee）",
        "block",
        "disclosure.not_public",
        "不 and 開 as compatibility ideographs U+F967 and U+2F9EE",
    )
    c.add(
        "secret-rlo",
        "\u202e年01★密机\u202c\n关于某某事项的通知",
        "block",
        "secrecy.marking",
        "a 密级 stored reversed after U+202E",
    )
    c.add(
        "mobile-rlo",
        f"联系电话：\u202e{MOBILE[::-1]}\u202c",
        "block",
        "personal.mobile",
        "a mobile stored reversed after U+202E",
    )


def _clean_cases(c: _Cases) -> None:
    """The twins a reader reads as harmless."""
    # --- clean twins ---------------------------------------------------------------------------
    clean = [
        ("list-circled", "工作要求：①提高认识；②加强领导；③落实责任；④强化督查。"),
        ("list-circled-lines", "①报名\n②资格审查\n③笔试\n④面试\n⑤体检\n⑥考察\n⑦公示"),
        ("list-parenthesized", "⑴申请条件；⑵申请材料；⑶办理流程。"),
        ("list-full-stop", "⒈坚持问题导向。⒉坚持系统观念。⒊坚持守正创新。"),
        ("list-negative-circled", "❶扫码登记 ❷填写信息 ❸提交审核"),
        ("list-dingbat", "➀ 准备材料 ➁ 网上申请 ➂ 窗口领证"),
        ("list-keycap", "1️⃣ 报名：3月1日起\n2️⃣ 审核：3月10日前\n3️⃣ 公示：3月15日"),
        ("answer-row-circled", "满意度选项：①②③④⑤⑥⑦⑧⑨⑩⑪（可多选）"),
        ("footnote-superscript", "依据《政府信息公开条例》¹和《实施办法》²，现公告如下。"),
        ("footnote-three", "相关研究³⁴表明，垃圾分类成效显著¹²。"),
        ("units-superscript", "新建绿地面积约12000m²，蓄水池容积3500m³。"),
        ("formula-math", "评分公式：𝑆 = 𝑥² + 𝑦²，其中𝑥为笔试成绩，𝑦为面试成绩。"),
        ("formula-math-bold", "总分 = 𝟏𝟐 × 𝟑𝟒 + 𝟓𝟔"),
        ("daxie-receipt", "今收到某某公司捐款人民币壹万贰仟元整（¥12000.00）。"),
        ("daxie-long-amount", "中标金额（大写）：人民币壹佰叁拾玖万壹仟贰佰叁拾肆元伍角陆分"),
        ("daxie-date", "二〇二五年十二月五日"),
        ("rating-stars", "群众满意度评价：⭐⭐⭐⭐⭐"),
        ("rating-glowing", "本期服务获评🌟🌟🌟🌟🌟五星好评"),
        ("hotline-keycaps", "☎️1️⃣2️⃣3️⃣4️⃣5️⃣ 政务服务便民热线"),
        ("hotline-keycaps-bare", "热线：1\u20e32\u20e33\u20e31\u20e35\u20e3"),
        (
            "landline-keycaps",
            "咨询电话：" + spell("021", "keycap-fe0f") + "-" + spell("63211234", "keycap-fe0f"),
        ),
        ("landline-circled", "咨询电话：⓪②①-⑥③②①①②③④"),
        ("arabic-text", "مرحباً بكم في شنغهاي. للاستفسار اتصلوا على الرقم ١٢٣٤٥"),
        ("arabic-year", "تأسست المدينة عام ١٩٤٩ — 本市成立于1949年。"),
        ("devanagari-text", "नमस्ते, शंघाई में आपका स्वागत है। वर्ष २०२५"),
        ("heading-math-bold", "𝐍𝐨𝐭𝐢𝐜𝐞：本周六图书馆闭馆"),
        ("heading-small-caps", "ᴛɪᴘs：办理时请携带本人有效证件"),
        ("heading-circled", "ⓘ 温馨提示：请勿相信陌生来电"),
        ("gov-circled-bare", "请登录ⓦⓦⓦ.ⓖⓞⓥ.ⓒⓝ查询"),
        ("gov-full-width-mixed", "详见ｗｗｗ.gov.ｃｎ/zhengce/"),
        ("gov-rlo", "官网：\u202enc.vog.www\u202c"),
        ("gov-hangul-filler", "官网：www.gov\u3164.cn"),
        ("date-circled", "②⓪②⑤年⑫月⑤日"),
        ("count-circled", "共走访①③⑨户，发放资料②⓪⓪份。"),
        ("kangxi-idiom", "⼗年树木，百年树人。"),
        ("circled-congrats", "㊗️全市人民新年快乐！"),
        ("secret-prose-vs", "加强数据机\ufe0f密性保护"),
        ("braille-spacer", "\u2800\n\u2800\n关于开展秋季消防检查的通知"),
        ("braille-heading", "活\u2800动\u2800简\u2800介"),
        ("hangul-spacer", "\u3164\n各位市民："),
        ("korean-text", "한국어 안내: 서울시청 방문을 환영합니다."),
        ("spoken-prose", "幺妹两三天就回来。"),
        ("yao-prose", "三四五个小组，两三天完成。"),
        ("superscript-exponent", "病毒载量降至10⁵以下，稀释10⁻³倍。"),
        ("subscript-chem", "减少CO₂排放，PM₂.₅浓度下降。"),
        ("id-wrong-check", "证号" + spell(ID18[:17] + "1", "circled")),
        ("keycap-steps-numbers", "1️⃣ 拨打12345\n2️⃣ 按1号键"),
        ("arabic-indic-landline", "هاتف: ٠٢١-٦٣٢١١٢٣٤"),
        ("stars-hotel", "五星级⭐酒店服务标准"),
        ("mixed-ten", "编号①③⑨１２３４5６7"),
        ("daxie-ten", "壹叁玖壹贰叁肆伍陆柒"),
        ("visa-no-luhn-circled", "编号" + spell("4111111111111112", "circled")),
    ]
    notes = {
        "answer-row-circled": "eleven circled option marks in a row: 1…9, 10, 11, no number",
        "id-wrong-check": "an ID number with a wrong check digit in circled digits",
        "visa-no-luhn-circled": "16 digits from 4 failing Luhn, circled: no card",
        "mixed-ten": "ten digits in three forms: one short of a mobile",
        "daxie-ten": "ten 大写 numerals: one short of a mobile",
        "gov-circled-bare": "UTS #46 maps circled letters: www.gov.cn",
        "gov-rlo": "www.gov.cn shown by U+202E",
        "gov-hangul-filler": "U+3164 inside a gov.cn host, dropped as UTS #46 drops it",
        "secret-prose-vs": "机密性 (prose) with a variation selector inside",
    }
    for cid, text in clean:
        c.add(f"clean-{cid}", text, "clean", None, notes.get(cid, "must stay clean: " + cid))
    # (fixed after the first run: the blind expectation was clean, but a scheme in
    # mathematical letters is no scheme to a URL parser; the docs never allow a link on a
    # folded reading, so it warns as an address no browser opens)
    c.add(
        "gov-math-scheme",
        "详见𝐡𝐭𝐭𝐩𝐬://𝐰𝐰𝐰.𝐠𝐨𝐯.𝐜𝐧/zhengce/a.html",
        "warn",
        "link.unparsable",
        "a scheme in mathematical letters opens nothing; never allowed on its folded reading"
        " (first run: expected clean, a wrong expectation)",
    )


def _second_slice(c: _Cases) -> None:
    """After the first run, not blind: probes around the fixes and the gaps they found."""
    c.add(
        "host-cyrillic-millions",
        "点击t\u0489.c\u0489n\u0489/A6xyZ领取",
        "fixed",
        "ad.link_stripped",
        "U+0489 (Cyrillic millions sign, fancy text's favourite) round every letter of t.cn",
    )
    c.add(
        "host-cyrillic-hundred-thousands",
        "领券u\u0488.j\u0488d\u0488.c\u0488o\u0488m\u0488/Ab12Cd",
        "fixed",
        "ad.link_stripped",
        "U+0488 round every letter of u.jd.com",
    )
    c.add(
        "secret-cyrillic-millions",
        "机\u0489密\u0489★\u04891\u04890\u0489年",
        "block",
        "secrecy.marking",
        "U+0489 round every character of 机密★10年",
    )
    c.add(
        "internal-cyrillic-millions",
        "内\u0489部\u0489资\u0489料\u0489",
        "block",
        "secrecy.internal",
        "U+0489 round every character of 内部资料",
    )
    c.add(
        "mobile-cyrillic-millions",
        "手机" + "".join(d + "\u0489" for d in MOBILE),
        "block",
        "personal.mobile",
        "U+0489 round every digit of a mobile",
    )
    c.add(
        "clean-cyrillic-word",
        "Добро пожаловать в Шанхай",
        "clean",
        None,
        "a Russian greeting for foreign readers",
    )
    c.add(
        "disclosure-rlo-brackets",
        "\u202e（开公予不件此）\u202c\n各区县人民政府：",
        "block",
        "disclosure.not_public",
        "（此件不予公开） stored reversed after U+202E: the page mirrors the brackets (UAX #9 L4)",
    )
    c.add(
        "internal-rlo-brackets",
        "\u202e】料资部内【\u202c",
        "block",
        "secrecy.internal",
        "【内部资料】 stored reversed, brackets mirrored on the page",
    )
    c.add(
        "secret-rlo-brackets",
        "\u202e）年01★密机（\u202c\n关于某某事项的通知",
        "block",
        "secrecy.marking",
        "（机密★10年） stored reversed, brackets mirrored on the page",
    )
    c.add(
        "clean-rlo-brackets-gov",
        "\u202e（nc.vog.www）\u202c",
        "clean",
        None,
        "（www.gov.cn） shown by U+202E with mirrored brackets",
    )
    c.add(
        "host-superscript-letters",
        "点击ᵗ.ᶜⁿ/A6xyZ领取",
        "fixed",
        "ad.link_stripped",
        "modifier (superscript) letters ᵗ ᶜ ⁿ",
    )
    c.add(
        "host-letterlike",
        "点击𝕥.ℂℕ/A6xyZ领取",
        "fixed",
        "ad.link_stripped",
        "letterlike double-struck capitals ℂ ℕ",
    )
    c.add(
        "mobile-ol-chiki",
        "电话᱑᱓᱙᱑᱒᱓᱔᱕᱖᱗᱘",
        "block",
        "personal.mobile",
        "Ol Chiki digits (Unicode Nd)",
    )
    c.add(
        "mobile-segmented",
        "电话🯱🯳🯹🯱🯲🯳🯴🯵🯶🯷🯸",
        "block",
        "personal.mobile",
        "segmented (seven-segment display) digits 🯱🯳🯹",
    )
    reason = (
        "an enclosed number of two digits (⑬ ⒀ ⒔ ⓭) is two digits on the page, and the fold"
        " reads one character for one (offsets, masks); the digit reader does not read it"
    )
    c.add(
        "mobile-circled-thirteen",
        "电话⑬⑨①②③④⑤⑥⑦⑧",
        "block",
        "personal.mobile",
        "⑬ (circled thirteen) for the first two digits",
        xfail=reason,
    )
    c.add(
        "mobile-parenthesized-thirteen",
        "电话⒀⑼⑴⑵⑶⑷⑸⑹⑺⑻",
        "block",
        "personal.mobile",
        "⒀ (parenthesized thirteen) for the first two digits",
        xfail=reason,
    )
    c.add(
        "clean-circled-list-to-twenty",
        "考核要点：⑪廉洁自律；⑫作风建设；⑬为民服务。",
        "clean",
        None,
        "a list numbered past ten: ⑪ ⑫ ⑬ are item numbers",
    )


def _review_slice(c: _Cases) -> None:
    """The review of red teams 55–56: the Old Church Slavonic signs beside U+0488/U+0489
    (U+A670–U+A672, enclosing marks too); each reported nothing on main before the fix."""
    c.add(
        "mobile-slavonic-ten-millions",
        "电话：" + "".join(d + "\ua670" for d in MOBILE),
        "block",
        "personal.mobile",
        "U+A670 (combining ten millions sign) round every digit of a mobile (clean on main)",
    )
    c.add(
        "secret-slavonic-ten-millions",
        "机\ua670密\ua670",
        "block",
        "secrecy.marking",
        "U+A670 round each character of 机密 (clean on main)",
    )
    c.add(
        "internal-slavonic-hundred-millions",
        "内\ua671部\ua671资\ua671料\ua671",
        "block",
        "secrecy.internal",
        "U+A671 (hundred millions sign) round each character of 内部资料 (clean on main)",
    )
    c.add(
        "host-slavonic-thousand-millions",
        "点击t\ua672.c\ua672n\ua672/A6xyZ领取",
        "fixed",
        "ad.link_stripped",
        "U+A672 (thousand millions sign) round each letter of t.cn (clean on main)",
    )


def cases() -> list[dict[str, object]]:
    """Every case of the family, in order."""
    c = _Cases()
    for part in (
        _digit_cases,
        _host_cases,
        _mark_cases,
        _clean_cases,
        _second_slice,
        _review_slice,
    ):
        part(c)
    return list(c)


def main() -> None:
    """Write the family's YAML beside this script."""
    path = HERE / f"{FAMILY}.yaml"
    write(
        path,
        FAMILY,
        cases(),
        header="generated by gen_redteam56.py (red team 56, written blind); edit the script",
    )
    sys.stdout.write(f"{path} {len(cases())}\n")


if __name__ == "__main__":
    main()
