"""Regenerate redteam102_blind_evasion.yaml (red-team pass 102, written blind).

Deliberate evasion by an insider: someone who knows a filter stands before publication tries to
get an ad link, a mobile, an ID number, a card, a secrecy marking, a 公开属性 note or a 淘口令 past
it while keeping it readable to a human — defanged links (``hxxps://t[.]cn/…``, ``t(.)cn``,
``t[dot]cn``, ``t 点 cn``, ``t。cn``, ``t . cn``, ``t丶cn``), numbers in mixed numeral systems
(``一三八 1234 伍陆柒捌``, ``幺三八…``, ``〇``, circled, keycap, mathematical, superscript and Roman
digits), digits parted by emoji, punctuation or words (``138🌸1234🌸5678``, ``138（一二三四）5678``),
numbers spelt out as instructions to the reader (``手机号是138开头，后面是12345678``), markings with
characters inserted (``机·密★10年``, ``机 密 ★ 1 0 年``, ``机密☆10年``, ``机密*10年``) and 淘口令
in new shapes. Each item is put in each of these forms the way a post carries it.

Must catch: what a human reconstructs without effort as a real number, marking or ad address.
Must stay clean: prose with numerals, ①②③ and keycaps as list marks, emoji-rich posts, dates in
Chinese numerals (``二〇二四年三月五日``), quantities (``一三八万人次``), amounts of a mobile's
shape, words holding 点 or dot, ``☆`` ratings and prose that only mentions a marking
(``不得标注机密字样``).

Written before the checker or any other family was read (issue 12, docs/compliance.md up to its
corpus table, the corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam100.py``
for layout). Fixed seed; from the repository root:

    python tests/compliance/corpus/gen_redteam102.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam102.py --sweep N  # N random item x form posts

509 cases (385 to catch — 358 block, 23 fixed, 4 warn — and 124 to stay clean): 156 must items in
2 of 5 forms (a 通知, an emoji-rich 公众号 post, a list item, a table cell, an HTML paragraph) and 55
clean ones in 2, in rotation, 27 ``hand`` rows, 47 ``probe`` rows and 13 ``found-`` reproductions,
one per pattern; 60 strict xfails in 13 patterns (``REASONS``).

First run (449 cases: the grid and the ``hand`` rows, written before any check() call): 38 failed.
0 (a). 12 (b): ``网址：t.⏎cn/…`` was written as an opened link, the docs read it as spelled out
(block ``ad.spelled_link``); ``涉密`` and ``不予公开`` in prose warn ``secrecy.sensitive_term`` and
``作为内部资料`` blocks ``secrecy.internal`` as the docs' table says; a 淘口令 with numerals for its
digits is no working code (now clean); ``151转1550转3946`` reads as an extension (now clean);
``机密☆实验室`` is a level with its star (docs: a marking without a period). 26 (d), in
``number-told-in-parts``, ``contact-ask-across-br``, ``squared-ideograph-separator``,
``share-code-read-as-words``, ``share-undelimited-standin-app``, ``link-told-in-parts``,
``dot-named-otherwise``, ``emoji-for-dot``, ``stand-in-character`` and ``marking-star-spelled``; the
(b) fix of the wrapped link put it in an HTML form, where ``t.<br>cn`` passes: ``link-across-br``.
Every mixed-system, circled, keycap, mathematical, superscript, Roman, letter and emoji-split
number, every bracketed, ``[dot]``, ``点``, ``丶``, ``、``, ``。`` and defanged host and every marking
with dots, spaces, stars, asterisks, numerals or traditional characters inserted was caught; no clean
item (Chinese-numeral dates, ①②③ and keycap lists, emoji posts, quantities, amounts, 点 words,
ratings, mentions) was blocked. A probe slice of 47 (``probe-`` rows, written after that run, probing
with check() but still blind to the source) failed 19, all (d): two new patterns,
``separator-words`` (``138杠1234杠5678``) and ``space-inside-label`` (``s.click.tao bao.com/…`` warns
``link.other_host``), and more of ``stand-in-character`` (``机蜜★10年``, ``NEIBU资料``, ``（此件不公kai）``),
``dot-named-otherwise``, ``emoji-for-dot``, ``number-told-in-parts`` and
``squared-ideograph-separator`` (``内🈳部🈳资🈳料``); ``hand-int-pinyin-mix`` (``内部zi料``), written
clean, became a must beside ``NEIBU资料``. ``--sweep 1500`` (seed ``102:sweep``): 41 wrong;
``--sweep 4000`` (the same seed, so the 1,500 again and 2,500 more): 117 wrong, all misses of the
known patterns (``share-code-read-as-words`` showed it reaches ``淘口令：LKBJ7VK4qiQ`` and
``#7vud7c8D4qr#``; ``contact-ask-across-br`` every ``联系我：`` number wrapped in a cell or
paragraph) — no false finding on any clean item in any form.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, SPELLED, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, full_width, id_number, luhn, random_digits

SEED = 102
FAMILY = "redteam102_blind_evasion"
ID_DIVISIONS = [d for d in DIVISIONS if not d.startswith("65")]  # 65…: a Discover's prefix
Rule = str | list[str] | None


# ----- numbers -------------------------------------------------------------------------------


def person_id(rng: random.Random) -> str:
    year = rng.randint(1955, 2004)
    first17 = (
        f"{rng.choice(ID_DIVISIONS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{random_digits(rng, 3)}"
    )
    return id_number(first17)


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + rng.choice("0123456789") + random_digits(rng, 8)


def unionpay(rng: random.Random) -> str:
    return luhn("6222" + random_digits(rng, 11))


def token(rng: random.Random, n: int = 8) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(letters) for _ in range(n))


def share_token(rng: random.Random) -> str:
    """An 11-character code written as a random code is: capitals, small letters, digits."""
    while True:
        t = token(rng, 11)
        if (
            any(c.isupper() for c in t)
            and any(c.islower() for c in t)
            and any(c.isdigit() for c in t)
        ):
            return t


# ----- the numeral systems an evader writes digits in ----------------------------------------


def _table(chars: str) -> Callable[[str], str]:
    def spell(number: str) -> str:
        return "".join(chars[int(c)] if c.isdigit() else c for c in number)

    return spell


CN = _table("〇一二三四五六七八九")
CN_LING = _table("零一二三四五六七八九")
DAXIE = _table("零壹贰叁肆伍陆柒捌玖")
YAO = _table("洞幺两三四五六拐八勾")
CIRCLED = _table("⓪①②③④⑤⑥⑦⑧⑨")
NEG_CIRCLED = _table("⓿❶❷❸❹❺❻❼❽❾")
SANS_CIRCLED = _table("🄋➀➁➂➃➄➅➆➇➈")
MATH_BOLD = _table("".join(chr(0x1D7CE + i) for i in range(10)))
MATH_DOUBLE = _table("".join(chr(0x1D7D8 + i) for i in range(10)))
MATH_MONO = _table("".join(chr(0x1D7F6 + i) for i in range(10)))
SUPER = _table("⁰¹²³⁴⁵⁶⁷⁸⁹")
SUB = _table("₀₁₂₃₄₅₆₇₈₉")
ROMAN = _table("OⅠⅡⅢⅣⅤⅥⅦⅧⅨ")
LETTERS = _table("O l 2 3 4 5 6 7 8 9".replace(" ", ""))


def keycap(number: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in number)


def g344(m: str, sep: str = " ") -> str:
    return sep.join([m[:3], m[3:7], m[7:]])


def mixed(m: str) -> str:
    """The first group in digits, the second in 一二三, the third in 壹贰叁."""
    return m[:3] + CN(m[3:7]) + DAXIE(m[7:])


def mixed_spaced(m: str) -> str:
    return f"{CN(m[:3])} {m[3:7]} {DAXIE(m[7:])}"


# ----- items ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    kind: str
    text: str  # the line the post carries
    expect: str
    rule: Rule
    desc: str


def mobile_items(rng: random.Random) -> list[Item]:
    m = [mobile(rng) for _ in range(40)]
    lab = "联系电话："
    rows = [
        (f"{lab}{CN(m[0])}", "一三八 numerals throughout"),
        (f"{lab}{mixed_spaced(m[1])}", "一三八 1234 伍陆柒捌"),
        (f"{lab}{mixed(m[2])}", "digits, 一二三 and 壹贰叁 glued"),
        (f"手机：{YAO(m[3])}", "radio speech 幺 洞 两 拐 勾"),
        (f"{lab}{CN_LING(m[4])}", "零 for zero"),
        (f"{lab}{DAXIE(m[5])}", "壹贰叁 throughout"),
        (f"{lab}{CIRCLED(m[6])}", "circled digits"),
        (f"{lab}{NEG_CIRCLED(m[7])}", "negative circled digits"),
        (f"{lab}{SANS_CIRCLED(m[8])}", "sans-serif circled digits"),
        (f"{lab}{keycap(m[9])}", "keycap emoji digits"),
        (f"{lab}{MATH_BOLD(m[10])}", "mathematical bold digits"),
        (f"{lab}{MATH_DOUBLE(m[11])}", "double-struck digits"),
        (f"{lab}{MATH_MONO(m[12])}", "monospace digits"),
        (f"{lab}{SUPER(m[13])}", "superscript digits"),
        (f"{lab}{SUB(m[14])}", "subscript digits"),
        (f"{lab}{ROMAN(m[15])}", "Roman numerals for digits, O for zero"),
        (f"{lab}{LETTERS(m[16])}", "l for one, O for zero"),
        (f"{lab}{full_width(m[17])}", "full-width digits"),
        (g344(m[18], "🌸"), "emoji between the groups, no label"),
        (f"{lab}{'❤️'.join(m[19])}", "an emoji between every digit"),
        (f"王老师{m[20][:3]}（{CN(m[20][3:7])}）{m[20][7:]}", "the middle group in brackets"),
        (f"{lab}{g344(m[21], '.')}", "dotted groups"),
        (f"{lab}{g344(m[22], '_')}", "underscores"),
        (f"{lab}{g344(m[23], '~')}", "tildes"),
        (f"{lab}{g344(m[24], '、')}", "enumeration commas"),
        (f"{lab}{g344(m[25], '，')}", "full-width commas"),
        (f"{lab}{g344(m[26], ' / ')}", "spaced slashes"),
        (f"{lab}{' '.join(m[27])}", "a space between every digit"),
        (f"{lab}{g344(m[28], '*')}", "asterisks between groups (not a mask: all digits there)"),
        (f"手机号是{m[29][:3]}开头，后面是{m[29][3:]}", "an instruction: prefix then the rest"),
        (
            f"电话前三位{m[30][:3]}，中间四位{m[30][3:7]}，尾号{m[30][7:]}",
            "an instruction: three parts named",
        ),
        (f"手机：{g344(m[31])}（去掉空格）", "an instruction to remove the spaces"),
        (f"联系我：{m[32][:3]}\n{m[32][3:]}", "over two lines after a label"),
        (f"电话{m[33][:3]}。{m[33][3:7]}。{m[33][7:]}。", "three sentences of one number"),
        (f"加V：{m[34][:3]}-{CN(m[34][3:7])}-{m[34][7:]}", "a WeChat ask (加V) with mixed groups"),
        (f"{lab}{m[35][:3]}[微笑]{m[35][3:7]}[微笑]{m[35][7:]}", "Weibo emoticon codes"),
        (f"咨询：{m[36][:3]}➖{m[36][3:7]}➖{m[36][7:]}", "heavy minus emoji"),
        (f"{lab}{m[37][:3]}🈳{m[37][3:7]}🈳{m[37][7:]}", "squared CJK emoji"),
        (f"vx同号{m[38][:3]} {CIRCLED(m[38][3:7])} {MATH_BOLD(m[38][7:])}", "three systems"),
        (f"{lab}{m[39][:3]}\u3000{m[39][3:7]}\u3000{m[39][7:]}", "ideographic spaces"),
    ]
    return [Item("mob", text, "block", MOB, desc) for text, desc in rows]


def id_items(rng: random.Random) -> list[Item]:
    p = [person_id(rng) for _ in range(14)]
    lab = "身份证号："
    rows = [
        (f"{lab}{CN(p[0])}", "一二三 numerals"),
        (f"{lab}{p[1][:6]}{CN(p[1][6:14])}{p[1][14:]}", "the birth date in numerals"),
        (f"{lab}{DAXIE(p[2])}", "壹贰叁"),
        (f"{lab}{CIRCLED(p[3][:17])}{p[3][17]}", "circled digits"),
        (f"{lab}{MATH_BOLD(p[4])}", "mathematical bold"),
        (f"{lab}{keycap(p[5][:17])}{p[5][17]}", "keycap emoji"),
        (f"{lab}{p[6][:6]}🌸{p[6][6:14]}🌸{p[6][14:]}", "emoji between the parts"),
        (f"{lab}{p[7][:6]}（{p[7][6:14]}）{p[7][14:]}", "the birth date in brackets"),
        (f"{lab}{p[8][:6]}\n{p[8][6:]}", "over two lines"),
        (f"身份证前六位{p[9][:6]}，后面是{p[9][6:]}", "an instruction in two parts"),
        (f"{lab}{SUPER(p[10][:17])}{p[10][17]}", "superscript digits"),
        (f"{lab}{' '.join(p[11])}", "spaced digit by digit"),
        (f"{lab}{p[12][:6]}·{p[12][6:14]}·{p[12][14:]}", "middle dots"),
        (f"{lab}{full_width(p[13])}", "full-width"),
    ]
    return [Item("id", text, "block", IDN, desc) for text, desc in rows]


def card_items(rng: random.Random) -> list[Item]:
    c = [unionpay(rng) for _ in range(8)]
    lab = "银行卡号："

    def fours(n: str, sep: str) -> str:
        return sep.join(n[i : i + 4] for i in range(0, len(n), 4))

    rows = [
        (f"{lab}{fours(c[0], '🌸')}", "emoji between fours"),
        (f"{lab}{CN(c[1])}", "numerals"),
        (f"{lab}{fours(c[2][:8], ' ')} {DAXIE(c[2][8:])}", "the second half in 壹贰叁"),
        (f"{lab}{MATH_BOLD(c[3])}", "mathematical bold"),
        (f"{lab}{fours(c[4], '.')}", "dotted fours"),
        (f"{lab}{fours(c[5], '、')}", "enumeration commas"),
        (f"收款账号：{c[6][:8]}\n{c[6][8:]}", "over two lines after a label"),
        (f"{lab}{CIRCLED(c[7])}", "circled digits"),
    ]
    return [Item("card", text, "block", CARD, desc) for text, desc in rows]


def link_items(rng: random.Random) -> list[Item]:
    t = [token(rng) for _ in range(40)]
    spelled = [
        (f"hxxps://t[.]cn/{t[0]}", "defanged scheme and bracketed dot"),
        (f"t(.)cn/{t[1]}", "parenthesized dot"),
        (f"t[dot]cn/{t[2]}", "[dot]"),
        (f"t 点 cn/{t[3]}", "点 spaced"),
        (f"t . cn/{t[4]}", "spaced dot"),
        (f"t丶cn/{t[5]}", "丶 for the dot"),
        (f"u[.]jd[.]com/{t[6]}", "JD bracketed"),
        (f"s(.)click(.)taobao(.)com/t?e={t[7]}", "taobao affiliate parenthesized"),
        (f"dwz{{.}}cn/{t[8]}", "curly-bracketed dot"),
        (f"t（点）cn/{t[9]}", "（点）"),
        (f"t【.】cn/{t[10]}", "【.】"),
        (f"t (dot) cn/{t[11]}", "(dot) spaced"),
        (f"把点换成.：t点cn/{t[12]}", "an instruction to replace 点"),
        (f"去掉空格：t . c n / {t[13]}", "an instruction to remove the spaces"),
        (f"h t t p s : / / t . c n / {t[14]}", "spaced letter by letter"),
        (f"t點cn/{t[15]}", "traditional 點"),
        (f"m(.)tb(.)cn/h.{t[16]}", "m.tb.cn parenthesized"),
        (f"t DOT cn/{t[17]}", "DOT in capitals"),
        (f"t·cn/{t[18]}", "middle dot"),
        (f"hxxp://u[.]jd[.]com/{t[19]}", "hxxp and brackets"),
        (f"t、cn/{t[20]}", "enumeration comma for the dot"),
        (f"t ｡ cn/{t[21]}", "half-width ideographic stop, spaced"),
        (f"bit[.]ly/{t[22]}", "bit.ly bracketed"),
        (f"t[.]cn 斜杠 {t[23]}", "the slash spelled as 斜杠"),
        # (b) after the first run: written as an opened link, but the docs read `t.⏎cn` as
        # spelled out (a page shows the break as a space)
        (f"网址：t.\ncn/{t[33]}", "the link broken after its dot"),
    ]
    opened = [
        (f"请访问t。cn/{t[24]}", "ideographic full stop for the dot"),
        (f"hxxps://t.cn/{t[25]}", "defanged scheme only"),
        (f"链接：ｔ．ｃｎ／{t[26]}", "full-width"),
        (f"u。jd。com/{t[27]}", "ideographic stops"),
        (f"t﹒cn/{t[28]}", "small full stop"),
        (f"dwz｡cn/{t[29]}", "half-width ideographic stop"),
        (f"https://t.c\u200bn/{t[30]}", "zero-width space inside the host"),
        (f"𝐭.𝐜𝐧/{t[31]}", "mathematical bold letters"),
        (f"ⓣ.ⓒⓝ/{t[32]}", "circled letters"),
        (f"T.CN/{t[34]}", "capitals"),
        (f"https:/t.cn/{t[35]}", "one slash"),
    ]
    return [Item("spelled", s, "block", SPELLED, d) for s, d in spelled] + [
        Item("link", s, "fixed", LS, d) for s, d in opened
    ]


MARKINGS = [
    ("机·密★10年", "a middle dot inside the level"),
    ("机 密 ★ 1 0 年", "every character spaced"),
    ("机密☆10年", "white star"),
    ("机密*10年", "ASCII asterisk"),
    ("机密＊10年", "full-width asterisk"),
    ("机密⭐10年", "star emoji"),
    ("机密🌟10年", "glowing star emoji"),
    ("机密✦10年", "four-pointed star"),
    ("机密★十年", "the period in numerals"),
    ("机密★拾年", "the period in 拾"),
    ("机密★１０年", "full-width period"),
    ("机密★𝟏𝟎年", "mathematical period"),
    ("机密★1️⃣0️⃣年", "keycap period"),
    ("機密★10年", "traditional"),
    ("机\u200b密★10年", "a zero-width space inside"),
    ("机🌸密★10年", "an emoji inside the level"),
    ("机-密-★-10-年", "hyphens everywhere"),
    ("绝·密★永·久", "绝密 with dots"),
    ("秘 密 ☆ 五 年", "秘密 spaced, white star, numerals"),
    ("机密 ★ 10 年", "spaces around star and period"),
    ("【机密★10年】", "in 【】"),
    ("机密※10年", "reference mark for the star"),
    ("机密✱10年", "heavy asterisk"),
    ("机密★10 年", "a space before 年"),
    ("机_密★10年", "underscore inside"),
    ("机密★⑩年", "circled ten"),
]
INTERNAL = [
    ("内·部·资·料", "middle dots"),
    ("内 部 资 料", "spaces"),
    ("内🔒部🔒资🔒料", "emoji between"),
    ("內部資料", "traditional"),
    ("内_部_资_料", "underscores"),
    ("内部\u200d资料", "zero-width joiner"),
    ("内～部～资～料", "full-width tildes"),
    ("内部资料（请勿外传）", "with a request"),
    ("内/部/资/料", "slashes"),
    ("内部★资料", "a star inside"),
]
NOTES = [
    ("（此 件 不 公 开）", "spaced"),
    ("（此件·不公开）", "a middle dot"),
    ("（此件不🙅公开）", "an emoji inside"),
    ("（此件不予公開）", "traditional 開"),
    ("(此件不公开)", "ASCII brackets"),
    ("（此\u200b件不公开）", "a zero-width space"),
    ("【此件不公开】", "【】 brackets"),
    ("（此_件_不_公_开）", "underscores"),
]


def marking_items() -> list[Item]:
    return (
        [Item("mark", s, "block", MARK, d) for s, d in MARKINGS]
        + [Item("int", s, "block", INT, d) for s, d in INTERNAL]
        + [Item("note", s, "block", NOTE, d) for s, d in NOTES]
    )


def share_items(rng: random.Random) -> list[Item]:
    k = [share_token(rng) for _ in range(14)]
    rows = [
        (f"👉{k[0]}👈复制打开淘宝", "pointing emoji round the code"),
        (f"复制本条消息({k[1]})去【tao宝】", "ASCII brackets, tao宝"),
        (f"€ {k[2]} € 长按复制，打开淘tao宝", "spaced euro signs"),
        (f"￥{k[3][:4]} {k[3][4:8]} {k[3][8:]}￥复制打开淘宝", "the code in groups"),
        (f"^{k[4]}^ 复制这段话，打开手机淘宝", "carets"),
        (f"#{k[5]}# 复制后打开淘宝", "hash signs"),
        (f"~{k[6]}~ 复制整段打开天猫", "tildes"),
        (f"😊{k[7]}😊 复制这条信息，打开👉淘宝👈", "smileys and pointing emoji"),
        (f"[{k[8]}] 复制后打开淘宝", "ASCII square brackets"),
        (f"淘口令：{k[9]}", "the code's name, no brackets"),
        (f"₴{k[10]}₴", "a currency sign alone"),
        (f"复制{k[11]}打开🍑宝", "no brackets, emoji for 淘"),
        (f"「{k[12]}」复制后打开TB", "TB for Taobao"),
    ]
    # (b) after the first run: written as a must, but a code with numerals for its digits is
    # no code the app reads — the sharer has broken it
    broken = Item(
        "share-broken",
        f"₳{CN_LING(k[13])}₳ 复制打开淘宝",
        "clean",
        None,
        "digits of the code as numerals: no working code",
    )
    return [Item("share", text, "block", SC, desc) for text, desc in rows] + [broken]


def must_items(rng: random.Random) -> list[Item]:
    return (
        mobile_items(rng)
        + id_items(rng)
        + card_items(rng)
        + link_items(rng)
        + marking_items()
        + share_items(rng)
    )


def clean_items(rng: random.Random) -> list[Item]:
    m = mobile(rng)
    items: list[tuple[str, str] | tuple[str, str, str, Rule]] = [
        ("date", "会议定于二〇二四年三月五日上午九时召开。"),
        ("date", "二〇二三年十一月二十八日，二〇二四年一月一日起施行"),
        ("date", "落款：二〇二四年十二月七日"),
        ("date", "二〇二四—二〇二五学年第一学期"),
        ("date", "一九九八年至二〇〇八年，历时十年"),
        ("list", "①加强组织领导；②压实主体责任；③强化督促检查。"),
        ("list", "①新建138个项目 ②新增1234户 ③投资5678万元"),
        ("list", "❶提交材料 ❷现场审核 ❸领取证件"),
        ("list", "1️⃣ 提交材料 2️⃣ 现场审核 3️⃣ 领取证件"),
        ("list", "⑴ 第138号 ⑵ 第1234号 ⑶ 第5678号"),
        ("emoji", "🎉热烈祝贺！🏆我市138家企业🌟入选，👍带动就业1234人🌸，总投资5678万元💰"),
        ("emoji", "🌸138人🌸1234户🌸5678万元🌸"),
        ("emoji", "📢📢📢 重要提醒 ⚠️⚠️ 请广大市民注意防范 🙏🙏"),
        ("emoji", "🔥2024🔥年度🔥十大🔥民生实事🔥"),
        ("qty", "全年接待游客约一三八万人次。"),
        ("qty", "全市户籍人口一百三十八万，常住人口一百五十六万。"),
        ("qty", "粮食产量一千三百八十一万二千吨"),
        ("qty", "共计一二三四五件"),
        ("amount", "全年实现营收13812345678元"),
        ("amount", "总投资138亿1234万5678元"),
        ("amount", f"合计：{m}元"),
        ("amount", "GDP 13,812,345,678 元"),
        ("dot", "活动于下午3点开始，9点结束。"),
        ("dot", "政府网站地址为www 点 gov 点 cn"),
        ("dot", "重点：cn域名注册量稳步增长"),
        ("dot", "小数点后保留两位，如3.14"),
        ("dot", "本次培训要点 t 检验与方差分析"),
        ("dot", "dot-com泡沫时期的互联网企业"),
        ("dot", "网点覆盖全市，详见www.gov.cn"),
        ("rating", "服务评价：★★★★☆"),
        ("rating", "推荐指数：☆☆☆☆☆"),
        ("rating", "保密宣传教育满意度：★★★★☆（4.5分）"),
        ("mention", "各单位不得在互联网上发布标有机密字样的文件。"),
        # (b) after the first run: 涉密 and 不予公开 in prose warn, as the docs' table says
        ("mention", "涉密文件不得标注机密字样后上网。", "warn", TERM),
        ("mention", "内部资料性出版物管理办法"),
        ("mention", "依法不予公开的情形除外。", "warn", TERM),
        ("mention", "保密期限：绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。"),
        # (b): 内部资料 is a marker that blocks anywhere (the docs: only the longer kinds,
        # 内部学习资料…, are excused as an object), and 涉密 warns
        ("mention", "严禁将涉密材料作为内部资料随意散发。", "block", [INT, TERM]),
        ("mention", "机密文件保管应当符合国家保密规定。"),
        ("masked", "联系电话：138****5678"),
        ("masked", "身份证号：3101**********1234"),
        ("masked", "手机尾号5678的市民"),
        ("roman", "Ⅰ类、Ⅱ类、Ⅲ类水质断面占比达到138%"),
        ("roman", "第Ⅲ期项目于二〇二四年完工"),
        ("super", "面积1234m²，浓度10⁻⁵ mol/L"),
        ("super", "参考文献¹²³"),
        ("yao", "幺妹今年十三岁，在县一中读初二。"),
        ("math", "完成率𝟏𝟎𝟎%"),
        ("circled", "㉑号楼、㉒号楼已完工"),
        ("words", "机密码锁已安装完毕"),
        ("words", "内部资源整合工作推进会"),
        ("words", "请于3月5日前将材料报送至办公室，电话12345。"),
        ("words", "点击“阅读原文”了解更多"),
        ("link-ok", "详见www.gov.cn/zhengce/"),
        ("link-ok", "来源：http://www.xinhuanet.com/politics/2024-12/05/c_1.htm"),
    ]
    return [
        Item(row[0], row[1], "clean", None, row[0])
        if len(row) == 2
        else Item(row[0], row[1], row[2], row[3], row[0])
        for row in items
    ]


# ----- the forms a post carries them in -------------------------------------------------------

Form = Callable[[str], str]
FORMS: dict[str, Form] = {
    "notice": lambda s: f"# 关于开展志愿服务活动的通知\n\n各社区：\n\n{s}\n\n特此通知。",
    "wechat": lambda s: f"📢 温馨提示 📢\n\n近期活动火热进行中～\n\n{s}\n\n🌸🌸🌸 感谢关注！",
    "list": lambda s: f"报名须知：\n\n1. 报名时间：3月5日至3月10日\n2. {s}\n3. 地址：市民中心3楼",
    "table": lambda s: (
        "| 项目 | 内容 |\n|---|---|\n| 活动 | 社区义诊 |\n| 说明 | "
        + s.replace("\n", "<br>")
        + " |"
    ),
    "html": lambda s: "<p>社区通知</p>\n<p>" + s.replace("\n", "<br>") + "</p>",
}


# ----- hand rows: forms a grid does not reach --------------------------------------------------


def hand_rows(rng: random.Random) -> list[tuple[str, str, str, Rule, str]]:
    m = [mobile(rng) for _ in range(6)]
    t = [token(rng) for _ in range(6)]
    return [
        ("link-two-sentences", f"网址前半段是t.，后半段是cn/{t[0]}", "block", SPELLED,
         "a host split over two clauses, the reader told to join"),
        ("link-add-dot", f"网址：tcn/{t[1]}（t和cn中间加个点）", "block", SPELLED,
         "the dot left out, an instruction to add it"),
        ("link-dot-emoji", f"t⚫cn/{t[2]}", "block", SPELLED, "a black circle for the dot"),
        ("link-reversed-words", f"网址：cn.t/{t[3]}（倒过来）", "block", SPELLED,
         "labels reversed with an instruction"),
        ("link-pinyin-dot", f"t dian cn/{t[4]}", "block", SPELLED, "dian for 点"),
        ("link-句号", f"t句号cn/{t[5]}", "block", SPELLED, "句号 for the dot"),
        ("mob-two-lines-no-label", f"王老师\n{m[0][:3]}\n{m[0][3:]}", "block", MOB,
         "a name, then the number over two lines"),
        ("mob-words-between", f"王老师：{m[1][:3]}转{m[1][3:7]}转{m[1][7:]}", "clean", None,
         "转 between groups: (b) after the first run — 转 is a telephone's extension, no reader "
         "joins the three into one mobile"),
        ("mob-cn-sentence", f"电话是{CN(m[2][:3])}，然后{CN(m[2][3:7])}，最后{CN(m[2][7:])}",
         "block", MOB, "numerals in three clauses"),
        ("mob-spaced-numerals", f"手机：{' '.join(CN(m[3]))}", "block", MOB,
         "numerals spaced one by one"),
        ("mob-plus-label", f"📱{MATH_BOLD(m[4])}", "block", MOB, "a phone emoji, mathematical digits"),
        ("mob-reversed", f"手机号倒过来是{m[5][::-1]}", "clean", None,
         "reversed digits: no reader reconstructs it without effort (decided clean)"),
        ("mark-dash-star", "机密—10年", "block", MARK, "a dash for the star"),
        ("mark-split-lines", "机密★\n10年", "block", MARK, "the period on the next line"),
        ("mark-pinyin", "JIMI★10年", "block", MARK, "the level in pinyin capitals"),
        ("mark-circled-ideo", "机㊙★10年", "block", MARK, "㊙ for 密"),
        ("mark-star-words", "机密（星）10年", "block", MARK, "the star spelled as a word"),
        ("int-pinyin-mix", "内部zi料", "block", INT,
         "pinyin for one character (written clean at first; NEIBU资料 in the probes reads as "
         "the marker, so this does too)"),
        ("note-split", "（此件不\n公开）", "block", NOTE, "a line break inside the note"),
        ("share-no-trigger-word", f"复制{share_token(rng)}，去某宝搜", "block", SC,
         "某宝 for 淘宝"),
        ("clean-list-circled-num", "①138 ②1234 ③5678", "clean", None,
         "a list of three figures with circled marks"),
        ("clean-keycap-steps", "1️⃣3️⃣8️⃣号窗口办理", "clean", None, "a window number in keycaps"),
        ("clean-date-circled", "时间：⑫月⑤日", "clean", None, "a date in circled digits"),
        ("clean-point-prose", "要点cn：中国的国家顶级域名", "clean", None, "要点 then cn"),
        ("clean-t-dot", "第t点：cn代码", "clean", None, "a letter point and cn"),
        ("star-name", "机密☆实验室开放日", "block", MARK,
         "a level and its star before a name: (b) after the first run — the docs read a level "
         "with its star as a marking without a period (`印有「机密★」标识`)"),
        ("clean-mention-quote", "文件上不得出现“机密★10年”以外的标志", "block", MARK,
         "a full marking quoted with no lesson's cue (docs: still blocks)"),
    ]  # fmt: skip


def probe_rows(rng: random.Random) -> list[tuple[str, str, str, Rule, str]]:
    """A second slice, written after the first run, probing with check() (still blind)."""
    m = [mobile(rng) for _ in range(6)]
    k = share_token(rng)
    return [
        # separators spelled as words
        ("sep-gang", f"联系电话：{g344(m[0], '杠')}", "block", MOB, "杠 (a dash, as dictated)"),
        ("sep-hengGang", f"联系电话：{g344(m[1], '横杠')}", "block", MOB, "横杠"),
        ("sep-kongge", f"联系电话：{g344(m[2], '空格')}", "block", MOB, "空格 spelled"),
        ("sep-gang-id", f"身份证号：{person_id(rng)[:6]}杠{person_id(rng)[6:]}", "block", IDN,
         "杠 in an ID number"),
        # a character of a marking word replaced by a stand-in
        ("standin-homophone-level", "机蜜★10年", "block", MARK, "蜜 for 密 (a homophone)"),
        ("standin-homophone-top", "绝蜜★永久", "block", MARK, "绝蜜★永久"),
        ("standin-pinyin-level", "ji密★10年", "block", MARK, "pinyin for 机"),
        ("standin-homophone-internal", "内部姿料", "block", INT, "姿 for 资"),
        ("standin-pinyin-internal", "NEIBU资料", "block", INT, "half in pinyin"),
        ("standin-pinyin-internal2", "内部ZILIAO", "block", INT, "the other half in pinyin"),
        ("standin-pinyin-note", "（此件不公kai）", "block", NOTE, "pinyin for 开"),
        ("squared-internal", "内🈳部🈳资🈳料", "block", INT, "a squared ideograph emoji between"),
        ("squared-link-br", "<p>网址：https://t.<br>cn/Ab3dEfGh</p>", "block",
         [SPELLED, "link.other_host"],
         "after a scheme, broken by a <br> after the dot; the part above still warns, as after "
         "https://t.⏎ (ad_links host-split-by-newline)"),
        # the dot named another way
        ("dot-yuandian", "t圆点cn/Ab3dEfGh", "block", SPELLED, "圆点"),
        ("dot-dian-jd", "u dian jd dian com/Ab3dEf", "block", SPELLED, "dian twice"),
        ("dot-emoji-red", "t🔴cn/Ab3dEfGh", "block", SPELLED, "a red circle"),
        ("label-space", "s.click.tao bao.com/t?e=Ab3dEf", "block", SPELLED,
         "a space inside a label of an affiliate host"),
        ("told-two-sentences", f"王老师的号码前半是{m[3][:7]}。后半是{m[3][7:]}。", "block", MOB,
         "two sentences"),
        ("told-tail-first", f"尾号{m[4][7:]}，前七位{m[4][:7]}", "block", MOB, "the tail first"),
        # evasions that were caught (kept as regression rows)
        ("caught-alternating", f"联系电话：{m[5][0]}{CN(m[5][1])}{m[5][2:4]}{CN(m[5][4:6])}{m[5][6:]}",
         "block", MOB, "digits and numerals alternating"),
        ("caught-flags", "联系电话：138🇨🇳1234🇨🇳5678", "block", MOB, "flag emoji"),
        ("caught-zwj", "联系电话：138👨\u200d👩\u200d👧1234👨\u200d👩\u200d👧5678", "block", MOB,
         "a ZWJ emoji sequence"),
        ("caught-times-x", "身份证号：11010519491231002×", "block", IDN, "× for X"),
        ("caught-roman-x", "身份证号：11010519491231002Ⅹ", "block", IDN, "Ⅹ for X"),
        ("caught-capital-i", "联系电话：I38I2345678", "block", MOB, "capital I for 1"),
        ("caught-hashtag", "#13812345678#", "block", MOB, "in a hashtag"),
        ("caught-bullet-op", "t∙cn/Ab3dEfGh", "block", SPELLED, "bullet operator"),
        ("caught-dot-op", "t⋅cn/Ab3dEfGh", "block", SPELLED, "dot operator"),
        ("caught-cyrillic", "t.сn/Ab3dEfGh", "fixed", LS, "Cyrillic с"),
        ("caught-star-small", "机密⭑10年", "block", MARK, "small black star"),
        ("caught-star-op", "机密⋆10年", "block", MARK, "star operator"),
        ("caught-arabic-star", "机密٭10年", "block", MARK, "Arabic five-pointed star"),
        ("caught-small-ast", "机密﹡10年", "block", MARK, "small asterisk"),
        ("caught-spaced-numerals", "机 密 ★ 十 年", "block", MARK, "spaced, numerals"),
        ("caught-months", "秘密★六个月", "block", MARK, "months in numerals"),
        ("caught-grouped-code", f"￥{k[:4]} {k[4:8]} {k[8:]}￥复制打开淘宝".replace(k[8:], k[8:].upper()),
         "block", SC, "grouped, a capital in the last group"),
        # clean
        ("clean-jianpu", "简谱：1 3 5 5 6 6 5 4 4 3 3 2 2 1", "clean", None, "numbered musical notation"),
        ("clean-lottery", "双色球开奖号码：13 18 21 25 28 33 + 07", "clean", None, "a lottery draw"),
        ("clean-formula", "布洛芬分子式C₁₃H₁₈O₂", "clean", None, "subscripts in a formula"),
        ("clean-footnotes", "全年完成138项¹，新增1234户²，投资5678万元³", "clean", None,
         "footnote marks after figures"),
        ("clean-emoji-line", "📅 2024年12月7日 ⏰ 9:00 📍 市民中心138号 ☎️ 12345", "clean", None,
         "an event line with emoji"),
        ("clean-emoji-zwj", "🏃\u200d♂️1380名选手🏃\u200d♀️1234名志愿者", "clean", None, "ZWJ emoji"),
        ("clean-date-time", "二〇二四年一月二十三日四时五十六分", "clean", None, "a date and time"),
        ("clean-circled-run", "①②③④⑤⑥⑦⑧⑨⑩⑪", "clean", None, "a run of circled marks"),
        ("clean-odd-even", "单号一三五七九，双号二四六八〇", "clean", None, "odd and even plates"),
        ("clean-regiment", "幺三八团一营二连", "clean", None, "a unit's number in radio speech"),
        ("clean-gang-range", "138杠1234", "clean", None, "two figures and a dash spelled"),
    ]  # fmt: skip


def found_rows() -> list[tuple[str, str, str, Rule, str]]:
    """One minimal reproduction of each pattern (``found-<pattern>``)."""
    return [
        ("number-told-in-parts", "手机号是138开头，后面是12345678", "block", MOB, "minimal"),
        ("contact-ask-across-br", "<p>联系我：131<br>88490765</p>", "block", MOB,
         "联系我：131⏎88490765 and <p>联系电话：131<br>88490765</p> block"),
        ("squared-ideograph-separator", "联系电话：131🈳9330🈳6728", "block", MOB,
         "🈳 is an emoji, but NFKC makes it 空"),
        ("share-code-read-as-words", "^82j4Gty6uaa^ 复制打开淘宝", "block", SC,
         "^A2j4Gty6uaa^ 复制打开淘宝 blocks"),
        ("share-undelimited-standin-app", "复制6GhdVXwqqL8打开🍑宝", "block", SC,
         "复制6GhdVXwqqL8打开淘宝 blocks"),
        ("link-told-in-parts", "网址前半段是t.，后半段是cn/CKfLPreF", "block", SPELLED, "minimal"),
        ("dot-named-otherwise", "t dian cn/Ab3dEfGh", "block", SPELLED, "t点cn blocks"),
        ("emoji-for-dot", "t⚫cn/Ab3dEfGh", "block", SPELLED, "t·cn blocks"),
        ("stand-in-character", "机蜜★10年", "block", MARK, "a homophone for 密"),
        ("marking-star-spelled", "机密（星）10年", "block", MARK, "机密★10年 blocks"),
        ("separator-words", "联系电话：138杠1234杠5678", "block", MOB, "138-1234-5678 blocks"),
        ("space-inside-label", "s.click.tao bao.com/t?e=Ab3dEf", "block", SPELLED,
         "warns link.other_host for bao.com"),
        ("link-across-br", "网址：t.<br>cn/zrJzS2tq", "block", SPELLED,
         "网址：t.⏎cn/zrJzS2tq blocks"),
    ]  # fmt: skip


# ----- triage --------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "number-told-in-parts": "a mobile or ID number told to the reader in parts, each part named, "
    "passes: `手机号是138开头，后面是12345678`, `电话前三位155，中间四位0140，尾号5780`, "
    "`尾号6544，前七位1994819`, `电话是一八九，然后二四六〇，最后七七八三`, "
    "`身份证前六位310104，后面是199404189271` (the same digits glued after the label block)",
    "contact-ask-across-br": "a mobile after `联系我：` broken by a `<br>` passes: "
    "`<p>联系我：131<br>88490765</p>`, the same in a table cell (`联系我：131⏎88490765` and "
    "`<p>联系电话：131<br>88490765</p>` block): 联系我 is a label over a line break, not over a "
    "`<br>`",
    "squared-ideograph-separator": "a squared-ideograph emoji (🈳 🈚 🉐, Enclosed Ideographic "
    "Supplement) between a number's groups or a marker's characters is folded by NFKC to its "
    "ideograph (🈳 → 空), not read as an emoji: `联系电话：131🈳9330🈳6728` and `内🈳部🈳资🈳料` "
    "pass (`131🌸9330🌸6728` blocks)",
    "link-across-br": "an ad host broken after its dot by a `<br>` passes: `网址：t.<br>cn/x`, "
    "`<p>网址：t.<br>cn/x</p>` (`t.⏎cn/x` blocks `ad.spelled_link`); after a scheme, "
    "`https://t.<br>cn/x`, it only warns `link.other_host`",
    "share-code-read-as-words": "a 淘口令's code that the random-code test takes for words "
    "(a run of small letters or a syllable in it) passes wherever that test decides — grouped "
    "with spaces between ￥ signs, between signs that are no listed delimiter, or after "
    "`淘口令：` with none: `￥DT9e 4vab sbc￥复制打开淘宝`, `^82j4Gty6uaa^ 复制打开淘宝`, "
    "`#7vud7c8D4qr# 复制后打开淘宝`, `淘口令：LKBJ7VK4qiQ` (`￥DT9e4vabsbc￥…`, `￥DT9e 4vab Sbc￥…`, "
    "`^A2j4Gty6uaa^ …` block); about one random 11-character code in twenty",
    "share-undelimited-standin-app": "a code with no delimiters before an app's stand-in name "
    "passes: `复制6GhdVXwqqL8打开🍑宝`, `复制4BSBN3heHFN，去某宝搜` (`复制6GhdVXwqqL8打开淘宝` and "
    "`复制￥4BSBN3heHFN￥，去某宝搜` block)",
    "link-told-in-parts": "an ad address told to the reader in parts or with an instruction to "
    "mend it passes: `网址前半段是t.，后半段是cn/x`, `网址：tcn/x（t和cn中间加个点）`, "
    "`网址：cn.t/x（倒过来）` — decided, a limit: an instruction to mend an address asks the "
    "reader to write a host the text never holds; reading it needs the sentence's meaning, "
    "not its characters (docs/compliance.md, ad.spelled_link)",
    "dot-named-otherwise": "the dot of an ad host named by a word the spelled-host reader does not "
    "know passes: `t dian cn/x`, `t句号cn/x`, `t圆点cn/x`, `u dian jd dian com/x` (`t点cn/x`, "
    "`t[dot]cn/x` block)",
    "emoji-for-dot": "a round emoji for the dot of an ad host passes (emoji fold to spaces): "
    "`t⚫cn/x`, `t🔴cn/x` (`t·cn/x`, `t∙cn/x`, `t◦cn/x` block)",
    "stand-in-character": "a marking word with one character replaced by a homophone, its pinyin "
    "or a circled ideograph passes: `机蜜★10年`, `绝蜜★永久`, `ji密★10年`, `机㊙★10年`, `内部姿料`, "
    "`NEIBU资料`, `内部ZILIAO`, `内部zi料`, `（此件不公kai）` (the docs read `NEIBU ZILIAO` whole)",
    "marking-star-spelled": "a 密级 with its star written as a word passes: `机密（星）10年` "
    "(`机密☆10年`, `机密—10年` block)",
    "separator-words": "a number's groups parted by the word for a dash or a space pass: "
    "`联系电话：138杠1234杠5678`, `…横杠…`, `…空格…`, `身份证号：500103杠197705093563` "
    "(`138-1234-5678` blocks)",
    "space-inside-label": "a space inside a label of an affiliate host makes a harmless host of "
    "its tail: `s.click.tao bao.com/t?e=x` warns `link.other_host` (bao.com) where the spaced-out "
    "host `s.click.taobao.com` is an ad's",
}
FIXED: frozenset[str] = frozenset(
    {
        "separator-words",  # fix102c
        "squared-ideograph-separator",  # fix102c
        "share-code-read-as-words",  # fix102a
        "share-undelimited-standin-app",  # fix102a
        "stand-in-character",  # fix102d
        "marking-star-spelled",  # fix102d
        "contact-ask-across-br",  # labels: 联系我(们)
        "number-told-in-parts",  # fix102e
        "link-across-br",  # fix102b
        "dot-named-otherwise",  # fix102b
        "emoji-for-dot",  # fix102b
        "space-inside-label",  # fix102b
    }
)
# The ids the first run and the probe slice found failing, by pattern.
FAILING: dict[str, str] = {
    **dict.fromkeys(
        [
            "hit-029-mob-wechat",
            "hit-029-mob-list",
            "hit-030-mob-notice",
            "hit-030-mob-wechat",
            "hit-049-id-wechat",
            "hit-049-id-list",
            "hand-mob-cn-sentence",
            "probe-told-two-sentences",
            "probe-told-tail-first",
        ],
        "number-told-in-parts",
    ),
    **dict.fromkeys(["hit-032-mob-table", "hit-032-mob-html"], "contact-ask-across-br"),
    **dict.fromkeys(
        ["hit-037-mob-table", "hit-037-mob-html", "probe-squared-internal"],
        "squared-ideograph-separator",
    ),
    **dict.fromkeys(["hit-086-spelled-html", "probe-squared-link-br"], "link-across-br"),
    **dict.fromkeys(
        [
            "hit-145-share-notice",
            "hit-145-share-wechat",
            "hit-146-share-notice",
            "hit-146-share-html",
        ],
        "share-code-read-as-words",
    ),
    **dict.fromkeys(
        ["hit-153-share-list", "hit-153-share-table", "hand-share-no-trigger-word"],
        "share-undelimited-standin-app",
    ),
    **dict.fromkeys(
        ["hand-link-two-sentences", "hand-link-add-dot", "hand-link-reversed-words"],
        "link-told-in-parts",
    ),
    **dict.fromkeys(
        ["hand-link-pinyin-dot", "hand-link-句号", "probe-dot-yuandian", "probe-dot-dian-jd"],
        "dot-named-otherwise",
    ),
    **dict.fromkeys(["hand-link-dot-emoji", "probe-dot-emoji-red"], "emoji-for-dot"),
    **dict.fromkeys(
        [
            "hand-mark-circled-ideo",
            "hand-int-pinyin-mix",
            "probe-standin-homophone-level",
            "probe-standin-homophone-top",
            "probe-standin-pinyin-level",
            "probe-standin-homophone-internal",
            "probe-standin-pinyin-internal",
            "probe-standin-pinyin-internal2",
            "probe-standin-pinyin-note",
        ],
        "stand-in-character",
    ),
    "hand-mark-star-words": "marking-star-spelled",
    **dict.fromkeys(
        ["probe-sep-gang", "probe-sep-hengGang", "probe-sep-kongge"],
        "separator-words",
    ),
    "probe-label-space": "space-inside-label",
    **{f"found-{name}": name for name in REASONS},
}


# Cases whose text cannot give what they expect, kept as written (the texts red team 102 ran):
# strict xfails with the slip as their reason.  probe_rows draws person_id() twice, so the
# probe's 18 digits join two IDs' halves and fail the check character (fix102c: with one ID,
# 身份证号：500103杠197705093564 blocks).
SLIPS: dict[str, str] = {
    "probe-sep-gang-id": "the generator's slip: the 18 digits are the halves of two ID numbers "
    "and fail the check character, so no ID number is there to block "
    "(`身份证号：500103杠197705093564`, one ID, blocks)",
}


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    if id_ in SLIPS:
        return SLIPS[id_]
    return still_failing(FAILING[id_]) if id_ in FAILING else None


# ----- the family ----------------------------------------------------------------------------


def grid(table: CaseTable, items: list[Item], prefix: str, keep: int) -> None:
    """Each item in ``keep`` of the forms, in rotation."""
    for item_no, item in enumerate(items):
        for f_no, (name, form) in enumerate(FORMS.items()):
            if (item_no + f_no) % len(FORMS) >= keep:
                continue
            id_ = f"{prefix}-{item_no:03d}-{item.kind}-{name}"
            note = f"item={item.desc}; form={name}"
            table.case(id_, form(item.text), item.expect, item.rule, note, xfail=xfail(id_))


def hand(table: CaseTable) -> None:
    for prefix, rows in (
        ("hand", hand_rows(random.Random(SEED + 2))),
        ("probe", probe_rows(random.Random(SEED + 3))),
        ("found", found_rows()),
    ):
        for id_, text, expect, rule, note in rows:
            full_id = f"{prefix}-{id_}"
            table.case(full_id, text, expect, rule, note, xfail=xfail(full_id))


def build() -> CaseTable:
    table = CaseTable(FAMILY)
    grid(table, must_items(random.Random(SEED)), "hit", 2)
    grid(table, clean_items(random.Random(SEED + 1)), "look", 2)
    hand(table)
    return table


def sweep(count: int, seed: str) -> None:
    """``count`` random posts through ``govpub.check``: a random must or clean item of fresh
    numbers and tokens in a random form; wrong ones grouped by (verdict, kind, item, form)."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    wrong: Counter[tuple[str, str, str, str]] = Counter()
    samples: dict[tuple[str, str, str, str], str] = {}
    forms = list(FORMS)
    for _ in range(count):
        sub = random.Random(rng.random())
        pool = must_items(sub) + clean_items(sub)
        item = rng.choice(pool)
        form = rng.choice(forms)
        text = FORMS[form](item.text)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        rule = item.rule
        want = set() if rule is None else {rule} if isinstance(rule, str) else set(rule)
        if rules == want:
            continue
        verdict = "false" if rules - want else "miss"
        key = (verdict, item.kind, item.desc, form)
        wrong[key] += 1
        samples.setdefault(key, f"{item.text!r} -> {sorted(rules)}")
    sys.stdout.write(f"{count} posts; {sum(wrong.values())} wrong\n")
    for key, n in wrong.most_common():
        sys.stdout.write(f"  {n:5d}  {' / '.join(key)}\n        {samples[key]}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", type=int, default=0)
    parser.add_argument("--seed", default=f"{SEED}:sweep", help="the sweep's seed")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.seed)
        return
    header = "red-team pass 102 (blind): deliberate evasion by an insider"
    build().write(__file__, header + "; gen_redteam102.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
