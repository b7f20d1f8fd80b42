"""Regenerate redteam100_blind_bilingual.yaml (red-team pass 100, written blind).

Bilingual and international posts: agencies in 自贸区, 开发区, border cities and foreign-affairs
offices publish Chinese-English posts — notices to foreign residents, investment promotion, visa
and 出入境 notices, expo registration, press releases, bilingual tables — and cite international
formats. Each item is put in each of these forms the way such posts carry it.

Must catch: mainland mobiles in the international forms (``+86 138 1234 5678``,
``+86-138-1234-5678``, ``(+86)13812345678``, ``0086 13812345678``, ``+8613812345678``,
``Tel: 138 1234 5678``, ``Mobile/手机:``, ``WhatsApp/WeChat:``), 港澳台 mobiles after their country
code (``+852 9123 4567``, ``+853 6612 3456``, ``+886 912 345 678``: personal data by the docs' table),
ID numbers after English labels and in English sentences (``ID No.:``, ``Resident ID``,
``1101 0119 9003 0745 14``), the 永居证 after its bilingual name, passports after ``Passport No.``
(the docs name that label), bank cards after ``Card No.`` and ``A/C``, ``机密★10年`` beside
``CONFIDENTIAL``, ``内部资料 Internal Use Only``, ``（此件不公开）(Not for public release)`` (block),
and ad and short links after English labels and punctuation (``Register at: t.cn/…``,
``(see: dwz.cn/…)``, ``"t.cn/…"``, ``<t.cn/…>``, ``More info → u.jd.com/…``: stripped, fixed).

Must stay clean: English dates and times, amounts with thousands separators (``USD 1,380,012,345``,
``EUR 13,812,345,678``), flight and train numbers, postal codes, HS codes, GB/ISO standards, ISBN,
ISSN, DOI, booth numbers, landlines and hotlines in international form (``+86 10 1234 5678``,
``(010) 1234-5678``, ``12345``), Hong Kong landlines, foreign numbers (``+1 (202) 555-0143``),
masked numbers, IBAN and SWIFT codes, valid 统一社会信用代码 after ``USCC:``, English markings
alone (``CONFIDENTIAL``, ``Internal Use Only``, ``Not for public release``: the docs promise only
the Chinese ones), English words holding marking letters, and links to gov.cn, english.www.gov.cn,
the 稿源单位's English sites.

Written before the checker or any other family was read (issue 12, docs/compliance.md up to its
corpus table, the corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam98.py``
for layout). Fixed seed; from the repository root:

    python tests/compliance/corpus/gen_redteam100.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam100.py --sweep N  # N random item x form posts

503 cases (313 to catch — 265 block, 48 fixed — and 190 to stay clean): the must items in 6 of
the 8 bilingual forms and the clean ones in 4, in rotation, 37 ``hand`` rows, 53 ``probe`` rows and
9 ``found-`` reproductions, one per pattern; 39 strict xfails in 9 patterns (``REASONS``).

First run (437 cases: the grid and the ``hand`` rows, written before any check() call): 9 failed,
0 (a); 8 (b): the clean items ``Internal Use Only`` and ``(Not for public release)`` alone block
``secrecy.internal`` and ``disclosure.not_public``, as the docs say (an English translation's
``FOR INTERNAL USE ONLY``; an English version's note in brackets or on its line) — they are must
items now; 1 (d), ``note-bilingual-line`` (``此件不公开 — Not for public release`` passes). Every
mobile in the international forms (``+86``, ``(+86)``, ``0086``, ``+86 (0)``, dotted, ``Tel:``,
``WhatsApp/WeChat:``), 港澳台 mobiles after their codes, ID numbers after English labels and in an
English sentence, the 永居证, passports, cards, the markings beside their translations and every
ad or short link after English labels and punctuation was caught; every date, amount, flight,
standard, ISBN, DOI, booth, landline, hotline, foreign number, masked number, IBAN, SWIFT code and
USCC stayed clean. A probe slice of 51 (``probe-`` rows, written after that run, probing with
check() but still blind to the source) failed 28, all (d): ``note-bilingual-line``,
``note-bilingual-brackets``, ``gloss-disclosure-field``, ``gloss-secrecy-field``,
``marking-en-level-cn-period``, ``marking-gloss-before-star``, ``gloss-personal-label``,
``country-code-odd-grouping``. ``--sweep 1500`` (seed ``100:sweep``): 17 wrong — 15
``note-bilingual-line`` and 2 a new pattern, ``card-across-list-slash``
(``Tel/Mobile: 010-6512 3456 / 18951061374`` blocks as a 65… card, the mobile unnamed; its two
``probe-slash-pair-`` rows were added after). ``--sweep 4000`` (the same seed, so the 1,500 again and 2,500
more): 39 wrong, 34 ``note-bilingual-line`` and 5 ``card-across-list-slash``, nothing else — no
false finding on any clean item in any form.
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
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, luhn_uscc, random_digits, uscc

SEED = 100
FAMILY = "redteam100_blind_bilingual"
PASSPORT = "personal.passport"
ID_DIVISIONS = [d for d in DIVISIONS if not d.startswith("65")]  # 65…: a Discover's prefix


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


def visa(rng: random.Random) -> str:
    return luhn("4" + random_digits(rng, 14))


def g344(m: str, sep: str = " ") -> str:
    return sep.join([m[:3], m[3:7], m[7:]])


def token(rng: random.Random, n: int = 8) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(letters) for _ in range(n))


# ----- items ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    kind: str
    text: str  # the line the post carries
    expect: str
    rule: str | list[str] | None
    desc: str


def must_items(rng: random.Random) -> list[Item]:
    m = [mobile(rng) for _ in range(12)]
    pid = [person_id(rng) for _ in range(6)]
    up = unionpay(rng)
    vs = visa(rng)
    foreign = id_number("911840" + "19850101" + "003")
    t = [token(rng) for _ in range(8)]
    return [
        Item("mob", f"Contact: +86 {g344(m[0])}", "block", MOB, "+86 and 3-4-4 spaces"),
        Item("mob", f"Tel: +86-{g344(m[1], '-')}", "block", MOB, "+86- and hyphens"),
        Item("mob", f"Mobile/手机：(+86){m[2]}", "block", MOB, "(+86) glued"),
        Item("mob", f"Please call 0086 {m[3]} for details.", "block", MOB, "0086 in a sentence"),
        Item("mob", f"Contact person: Ms. Li, +86{m[4]}", "block", MOB, "+86 glued"),
        Item("mob", f"Tel: {g344(m[5])}", "block", MOB, "Tel: and 3-4-4"),
        Item("mob", f"WhatsApp/WeChat: {m[6]}", "block", MOB, "WhatsApp/WeChat label"),
        Item("mob", f"Cell: {g344(m[7], '.')}", "block", MOB, "dotted groups"),
        Item("mob", f"联系人 Contact: Mr. Wang ({m[8]})", "block", MOB, "in brackets after a name"),
        Item("mob", f"T: +86 (0){m[9]}", "block", MOB, "+86 (0) trunk prefix"),
        Item("mob-hk", "Hong Kong office: +852 9123 4567", "block", MOB, "HK mobile +852"),
        Item("mob-mo", "Macao contact: +853 6612 3456", "block", MOB, "Macau mobile +853"),
        Item("mob-tw", "Taiwan liaison: +886 912 345 678", "block", MOB, "Taiwan mobile +886"),
        Item("id", f"ID No.: {pid[0]}", "block", IDN, "ID No.: label"),
        Item("id", f"Resident ID / 身份证号: {pid[1]}", "block", IDN, "Resident ID label"),
        Item(
            "id",
            f"His ID number is {' '.join(pid[2][i : i + 4] for i in range(0, 18, 4))}.",
            "block",
            IDN,
            "ID in fours in an English sentence",
        ),
        Item(
            "id",
            f"ID Card No. {pid[3][:6]}-{pid[3][6:14]}-{pid[3][14:]}",
            "block",
            IDN,
            "6-8-4 hyphens",
        ),
        Item(
            "id",
            f"外国人永久居留身份证号码 Foreign Permanent Resident ID No.: {foreign}",
            "block",
            IDN,
            "2023 永居证 after its name",
        ),
        Item("pp", "Passport No. E12345678", "block", PASSPORT, "Passport No. E+8"),
        Item("pp", "护照号码 Passport No.: EA1234567", "block", PASSPORT, "E + letter + 7"),
        Item("card", f"Card No.: {' '.join(up[i : i + 4] for i in range(0, 16, 4))}", "block", CARD,
             "UnionPay in fours"),
        Item("card", f"A/C No. {up}", "block", CARD, "A/C label"),
        Item("card", f"Visa card: {vs}", "block", CARD, "Visa 16 digits"),
        Item("mark", "机密★10年 CONFIDENTIAL", "block", MARK, "密级 beside English"),
        Item("mark", "CONFIDENTIAL 秘密★1年", "block", MARK, "English before 密级"),
        Item("mark", "绝密·永久 (TOP SECRET)", "block", MARK, "绝密·永久"),
        Item("int", "内部资料 Internal Use Only", "block", INT, "内部资料 beside English"),
        Item("int", "Internal Use Only / 内部资料，不得外传", "block", INT, "English first"),
        Item("note", "（此件不公开）(Not for public release)", "block", NOTE, "bilingual note"),
        Item("note", "(Not for public release)（此件不予公开）", "block", NOTE, "English first"),
        Item("link", f"Register at: t.cn/{t[0]}", "fixed", LS, "label colon bare t.cn"),
        Item(
            "link",
            f"Details: https://s.click.taobao.com/t?e={t[1]}",
            "fixed",
            LS,
            "taobao affiliate",
        ),
        Item("link", f"More info → u.jd.com/{t[2]}", "fixed", LS, "arrow then u.jd.com"),
        Item("link", f"(see: dwz.cn/{t[3]})", "fixed", LS, "in English brackets"),
        Item("link", f'Sign up via "t.cn/{t[4]}" today.', "fixed", LS, "in ASCII quotes"),
        Item("link", f"Link: <t.cn/{t[5]}>", "fixed", LS, "in angle brackets"),
        Item("link", f"Scan or visit m.tb.cn/h.{t[6]}", "fixed", LS, "m.tb.cn"),
        Item("share", "复制￥VAQz99KzQVD￥打开淘宝 / Copy and open Taobao", "block", SC, "淘口令"),
        # written clean at first; the docs name both English forms (secrecy.internal's
        # `internal use only`, disclosure's `(Not for public release)`): (b)
        Item("int-en", "Internal Use Only", "block", INT, "English marker alone"),
        Item("note-en", "(Not for public release)", "block", NOTE, "English note alone"),
    ]  # fmt: skip


def clean_items(rng: random.Random) -> list[Item]:
    m = mobile(rng)
    pid = person_id(rng)
    code = uscc("91110000" + random_digits(rng, 9))
    social = luhn_uscc(rng, "51")
    items = [
        ("date", "Date: Dec. 5, 2024 (Thursday), 9:30 a.m.–5:30 p.m."),
        ("date", "Deadline: 05/12/2024 18:00 (GMT+8)"),
        ("date", "Period: 2024-12-05 to 2025-01-31"),
        ("amount", "Total investment: USD 1,380,012,345"),
        ("amount", "Registered capital: EUR 13,812,345,678"),
        ("amount", "Trade volume reached RMB 13.8 billion (US$1.9 billion)."),
        ("flight", "Flight CA1381 / MU5101 arrives at T3; train G1234 or D3138."),
        ("postal", "Address: 1 Zhengyi Road, Dongcheng District, Beijing 100006"),
        ("hs", "HS Code: 8471.30.00; HS 8517620000"),
        ("std", "Standards: GB/T 9704-2012, ISO 9001:2015, ISO/IEC 27001:2022"),
        ("isbn", "ISBN 978-7-01-013812-1; ISSN 1002-4565"),
        ("doi", "DOI: 10.13812/j.cnki.cn11-1234.2024.05.001"),
        ("booth", "Booth No. 8.1H-C138, Hall 4.2, Stand B13812"),
        ("landline", "Tel: +86 10 6512 3456"),
        ("landline", "Tel: (010) 1234-5678, Fax: (010) 1234-5679"),
        ("landline", "Tel: +86-21-6213-8888 ext. 8138"),
        ("hotline", "Hotline: 12345 (24 hours)"),
        ("hotline", "Service hotline: 400-810-1234 / 95588"),
        ("hk-land", "Hong Kong office: +852 2123 4567"),
        ("foreign", "U.S. office: +1 (202) 555-0143"),
        ("foreign", "London office: +44 20 7946 0958"),
        ("foreign", "Tokyo office: +81 3-1234-5678"),
        ("masked", f"Tel: +86 {m[:3]} **** {m[7:]}"),
        ("masked", f"Mobile: {m[:3]}****{m[7:]}"),
        ("masked", f"ID: {pid[:4]}**********{pid[14:]}"),
        ("masked", "Card No. **** **** **** 1234"),
        ("iban", "IBAN: DE89 3704 0044 0532 0130 00"),
        ("iban", "IBAN: GB82 WEST 1234 5698 7654 32"),
        ("swift", "SWIFT/BIC: BKCHCNBJ110, ICBKCNBJ"),
        ("uscc", f"USCC: {code}"),
        ("uscc", f"统一社会信用代码 USCC: {social}"),
        ("words", "The confidentiality agreement was signed by the internal audit office."),
        ("words", "Secretary-General of the Public Security Bureau"),
        ("en-mark", "CONFIDENTIAL"),
        ("app-no", f"Application No. {m}"),
        ("link-ok", "More: https://english.www.gov.cn/news/202412/05/content_WS1.html"),
        ("link-ok", "Source: www.gov.cn"),
        ("link-ok", "See http://www.xinhuanet.com/english/2024-12/05/c_1.htm"),
        ("time", "Office hours: Mon.–Fri., 8:30–12:00 and 13:30–17:30"),
        ("visa", "Visa-free stay: up to 144 hours (6 days) from Dec. 17, 2024"),
        ("room", "Venue: Room 1381, Building 3, No. 138 Century Avenue"),
    ]
    return [Item(kind, text, "clean", None, kind) for kind, text in items]


# ----- the bilingual forms -------------------------------------------------------------------

Form = Callable[[str], str]
FORMS: dict[str, Form] = {
    "residents": lambda s: (
        "# 致在华外籍人士的一封信 A Letter to Foreign Residents\n\n"
        "尊敬的外籍朋友 Dear foreign friends,\n\n"
        f"如有疑问，请联系我们。For inquiries, please contact us.\n\n{s}\n\n"
        "感谢您的理解与配合！Thank you for your cooperation!"
    ),
    "invest": lambda s: (
        "## 自贸区投资推介会 Investment Promotion Conference\n\n"
        "中国（上海）自由贸易试验区诚邀全球投资者。The Pilot Free Trade Zone welcomes investors "
        f"from around the world.\n\n{s}\n\n上海自贸区管委会 Administration of the FTZ"
    ),
    "visa": lambda s: (
        "出入境管理局提示 Notice from the Exit and Entry Administration\n\n"
        "外国人办理签证延期，请提前预约。Foreigners applying for a visa extension should "
        f"book in advance.\n\n{s}"
    ),
    "expo": lambda s: (
        "第七届中国国际进口博览会参展报名 Registration for the 7th CIIE\n\n"
        f"* 时间 Time：11月5日至10日 Nov. 5–10\n* {s}\n* 地点 Venue：国家会展中心（上海）"
    ),
    "table": lambda s: (
        "| 项目 Item | 内容 Details |\n|---|---|\n| 活动 Event | 国际友城论坛 Sister Cities Forum |\n"
        f"| 联系 Contact | {s} |"
    ),
    "html": lambda s: (
        '<p>外事办公室通知</p>\n<p lang="en">Notice of the Foreign Affairs Office</p>\n'
        f'<p lang="en">{s}</p>'
    ),
    "inline": lambda s: (
        f"边境经济合作区招商公告（Border Economic Cooperation Zone）：{s}。欢迎垂询。"
    ),
    "press": lambda s: (
        "新闻发布会 Press Conference\n\nBEIJING, Dec. 5 — 国务院新闻办公室今日举行发布会。"
        f"The State Council Information Office held a press conference today.\n\n{s}\n\n(完 End)"
    ),
}


# ----- hand rows: forms a grid does not reach --------------------------------------------------


def hand_rows(rng: random.Random) -> list[tuple[str, str, str, str | list[str] | None, str]]:
    m = [mobile(rng) for _ in range(8)]
    pid = person_id(rng)
    up = unionpay(rng)
    t = [token(rng) for _ in range(6)]
    return [
        ("mob-fw-plus", f"Tel：＋86 {g344(m[0])}", "block", MOB, "full-width plus"),
        ("mob-en-dash", f"Tel: +86 {g344(m[1], '–')}", "block", MOB, "en dashes between groups"),
        ("mob-slash-pair", f"Tel/Mobile: 010-6512 3456 / {m[2]}", "block", MOB,
         "a landline then a mobile"),
        ("mob-hk-label", "Mobile: 9123 4567", "block", MOB, "HK mobile after Mobile label"),
        ("mob-tw-09", "Mobile: 0912-345-678", "block", MOB, "Taiwan 09 after Mobile"),
        ("mob-in-email-line", f"Email: info@example.org | Mob: {m[3]}", "block", MOB, "Mob:"),
        ("mob-parens-86", f"Tel: (86) {g344(m[4])}", "block", MOB, "(86) without plus"),
        ("mob-00-86-dash", f"Phone: 0086-{m[5]}", "block", MOB, "0086-"),
        ("mob-tel-link", f"[Call us](tel:+86{m[6]})", "block", MOB, "tel: link"),
        ("id-colon", f"ID: {pid}", "block", IDN, "ID after ID:"),
        ("id-pin", f"Chinese ID (PIN): {pid}", "block", IDN, "PIN label"),
        ("card-acct", f"Beneficiary A/C: {up[:4]}-{up[4:8]}-{up[8:12]}-{up[12:]}", "block", CARD,
         "hyphen groups"),
        ("pp-no-colon", "Passport number: G12345678", "block", PASSPORT, "Passport number:"),
        ("link-en-para", f"For details (click here: u.jd.com/{t[0]}), see below.", "fixed", LS,
         "inside English parentheses"),
        ("link-quote-single", f"Visit 't.cn/{t[1]}' now!", "fixed", LS, "single quotes"),
        ("link-md", f"[Register now](https://t.cn/{t[2]})", "fixed", LS, "Markdown link"),
        ("link-after-period", f"Apply online.t.cn/{t[3]}", "fixed", LS, "after a full stop"),
        ("link-bullet", f"- Online: dwz.cn/{t[4]}", "fixed", LS, "in a list"),
        ("link-semicolon", f"Tel: 12345; Web: t.cn/{t[5]}", "fixed", LS, "after semicolon"),
        ("mark-en-paren", "（机密★5年）(Confidential, 5 years)", "block", MARK, "bracketed 密级"),
        ("int-en-after", "Internal Use Only（内部资料）", "block", INT, "bracketed 内部资料"),
        ("note-en-dash", "此件不公开 — Not for public release", "block", NOTE, "unbracketed"),
        ("clean-ext", "Tel: +86 10 6512 3456 ext. 138", "clean", None, "extension"),
        ("clean-fax-86", "Fax: 86-10-65123456", "clean", None, "fax 86- landline"),
        ("clean-mo-land", "Macao office: +853 2812 3456", "clean", None, "Macau landline 28"),
        ("clean-pop", "Population: 13,812,345 (2023)", "clean", None, "a count"),
        ("clean-coords", "GPS: 31.138123, 121.456789", "clean", None, "coordinates"),
        ("clean-cas", "CAS No. 1381-23-4", "clean", None, "CAS registry"),
        ("clean-tracking", "Tracking No.: SF1381234567890", "clean", None, "waybill"),
        ("clean-gov-en", "Source: english.www.gov.cn", "clean", None, "bare English gov host"),
        ("clean-neibu-word", "the Internal Affairs Committee (内务司法委员会)", "clean", None,
         "内务 is not 内部"),
        ("clean-secret-word", "Secret Garden Exhibition 秘密花园展", "clean", None, "秘密花园"),
        ("clean-12345-plus", "Citizen hotline: +86 12345", "clean", None, "12345 with +86"),
        ("clean-ticket", "Ticket No. 1381234567", "clean", None, "ten digits"),
        ("clean-iso-date", "2024-12-05T13:81", "clean", None, "odd timestamp"),
        ("clean-vat", "VAT No. GB 123 4567 89", "clean", None, "UK VAT"),
        ("clean-eori", "EORI: CN1381234567", "clean", None, "EORI"),
    ]  # fmt: skip


def probe_rows(rng: random.Random) -> list[tuple[str, str, str, str | list[str] | None, str]]:
    """A second slice, written after the first run, probing with check() (still blind)."""
    m = [mobile(rng) for _ in range(4)]
    return [
        # bilingual 公开属性 notes: the Chinese note with its translation beside it
        ("note-line-en-after", "此件不公开 Not for public release", "block", NOTE,
         "the note on its line, its translation after"),
        ("note-line-en-dash", "此件不予公开 — Not for public release", "block", NOTE, "an em dash"),
        ("note-line-en-before", "Not for public release — 此件不公开", "block", NOTE,
         "the translation first"),
        ("note-line-en-stop", "此件不公开。Not for public release.", "block", NOTE, "full stops"),
        ("note-line-note", "注：此件不公开。Note: not for public release.", "block", NOTE,
         "注： before it"),
        ("note-brackets-both", "（此件不公开 Not for public release）", "block", NOTE,
         "both languages in one pair of brackets"),
        ("note-brackets-slash", "(此件不公开 / Not for public release)", "block", NOTE,
         "a slash between them"),
        ("note-line-en-brackets", "此件不公开 (Not for public release)", "block", NOTE,
         "the translation bracketed"),
        ("note-en-own-line", "此件不予公开\nNot for public release", "block", NOTE,
         "a line each"),
        # bilingual field labels
        ("field-disclosure-gloss", "公开属性（Disclosure）：不予公开", "block", NOTE,
         "the field's name glossed in brackets"),
        ("field-disclosure-slash", "公开属性/Disclosure：不予公开", "block", NOTE, "after a slash"),
        ("field-public-gloss", "是否公开 Public：否", "block", NOTE, "a yes/no field glossed"),
        ("field-disclosure-en-first", "Disclosure / 公开属性：不予公开", "block", NOTE,
         "the English name first"),
        ("field-secrecy-gloss", "密级 Classification：机密", "block", MARK, "密级 glossed"),
        ("field-secrecy-gloss-brackets", "密级（Classification）：机密", "block", MARK,
         "密级 glossed in brackets"),
        ("field-secrecy-en-name", "Classification：机密", "block", MARK,
         "the English field's name, a Chinese level"),
        ("field-secrecy-en-first", "Classification 密级：机密★5年", "block", MARK,
         "the English name first, a full marking"),
        ("field-secrecy-en-value", "密级：CONFIDENTIAL", "block", MARK, "an English level"),
        # 密级 with its translation
        ("mark-en-level-cn-period", "SECRET★5年", "block", MARK,
         "an English level, a Chinese period"),
        ("mark-en-level-permanent", "TOP SECRET★永久", "block", MARK, "永久"),
        ("mark-en-level-spaced", "CONFIDENTIAL ★ 10年", "block", MARK, "spaced star"),
        ("mark-gloss-before-star", "机密 CONFIDENTIAL ★10年", "block", MARK,
         "the translation between the level and its star"),
        ("mark-gloss-brackets-star", "机密（Confidential）★10年", "block", MARK,
         "a bracketed translation before the star"),
        ("mark-gloss-slash-star", "机密/CONFIDENTIAL★10年", "block", MARK, "a slash"),
        ("mark-en-after", "机密★10年（CONFIDENTIAL）", "block", MARK, "translation after"),
        ("mark-cn-en-period", "机密★10 years", "block", MARK, "a Chinese level, English period"),
        ("mark-two-lines", "机密★10年\nCONFIDENTIAL★10 YEARS", "block", MARK, "two lines"),
        # personal labels glossed
        ("label-passport-gloss", "护照号码（Passport No.）：e12345678", "block", PASSPORT,
         "a label's English gloss before the colon; the lower-case letter needs the label"),
        ("label-passport-brackets", "护照（Passport）：e12345678", "block", PASSPORT,
         "the docs' own form"),
        ("label-hk-mobile-gloss", "手机（Mobile）：9123 4567", "block", MOB,
         "a HK mobile after a glossed mobile label"),
        ("label-hk-mobile-qualified", "Mobile (HK): 9123 4567", "block", MOB,
         "Mobile with a region in brackets"),
        ("label-hk-mobile-bilingual", "手提電話 Mobile：9123 4567", "block", MOB, "two labels"),
        ("label-id-numerals-gloss", "身份证号（ID No.）：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ", "block", IDN,
         "an ID in numerals after a glossed label"),
        ("label-id-numerals", "身份证号：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ", "block", IDN,
         "the same, the label plain"),
        # a mobile after +86 in other groupings
        ("cc-4-3-4", f"+86 {m[0][:4]} {m[0][4:7]} {m[0][7:]}", "block", MOB, "+86 then 4-3-4"),
        ("cc-3-3-5", f"Mr. Li (+86 {m[1][:3]} {m[1][3:6]} {m[1][6:]})", "block", MOB,
         "+86 then 3-3-5"),
        ("cc-sentence-4-3-4", f"Contact Mr. Li at +86 {m[2][:4]} {m[2][4:7]} {m[2][7:]}.",
         "block", MOB, "in a sentence"),
        ("cc-0086-4-3-4", f"0086 {m[3][:4]} {m[3][4:7]} {m[3][7:]}", "block", MOB, "0086"),
        ("cc-label-4-3-4", f"Tel: +86 {m[3][:4]} {m[3][4:7]} {m[3][7:]}", "block", MOB,
         "with a label (the twin that works)"),
        ("cc-5-3-3", f"+86 {m[0][:5]} {m[0][5:8]} {m[0][8:]}", "block", MOB, "+86 then 5-3-3"),
        # from the sweep: a landline and a mobile parted by ` / `
        ("slash-pair-sweep", "Tel/Mobile: 010-6512 3456 / 18951061374", "block", MOB,
         "the sweep's sample; the 19 digits from 65… pass Luhn"),
        ("slash-pair-luhn-fails", "Tel/Mobile: 010-6512 3456 / 18951061375", "block", MOB,
         "the twin whose 19 digits fail Luhn"),
        # clean twins
        ("clean-en-marker-prose-sign", "Secret★Garden Café opened in 2010.", "clean", None,
         "a star in a name"),
        ("clean-award-star", "Awards: Confidential Secretary ★ 10 Years Service Award", "clean",
         None, "a title with a star"),
        ("clean-embargo", "The document is not for public release before Dec. 5.", "clean", None,
         "an embargo in a sentence (docs: prose)"),
        ("clean-classification-other", "Classification: Class II medical device", "clean", None,
         "another field value"),
        ("clean-foreign-grouped", "+44 7911 123456 / +65 9123 4567 / +82 10-1234-5678", "clean",
         None, "foreign mobiles: not promised"),
        ("clean-landline-areas", "+86 755 8381 2345; (0755) 8381 2345", "clean", None,
         "landlines"),
        ("clean-amount-no-commas", "Investment of USD 13812345678", "clean", None,
         "an amount of mobile's digits after a currency"),
        ("clean-order-no", f"Order No.: {m[0]}", "clean", None, "a serial label"),
        ("clean-hk-gloss-landline", "电话（Tel）：2123 4567", "clean", None, "a HK landline"),
        ("clean-not-for-sale", "Not for sale / 非卖品", "clean", None, "another 'not for'"),
        ("clean-secret-name", "机密 Machine Secret Co.?", "clean", None,
         "a level word without a star or field"),
    ]  # fmt: skip


def found_rows() -> list[tuple[str, str, str, str | list[str] | None, str]]:
    """One minimal reproduction of each pattern (``found-<pattern>``)."""
    return [
        ("note-bilingual-line", "此件不公开 Not for public release", "block", NOTE, "minimal"),
        ("note-bilingual-brackets", "（此件不公开 Not for public release）", "block", NOTE,
         "minimal"),
        ("gloss-disclosure-field", "公开属性（Disclosure）：不予公开", "block", NOTE, "minimal"),
        ("gloss-secrecy-field", "密级（Classification）：机密", "block", MARK, "minimal"),
        ("marking-en-level-cn-period", "SECRET★5年", "block", MARK, "minimal"),
        ("marking-gloss-before-star", "机密（Confidential）★10年", "block", MARK, "minimal"),
        ("gloss-personal-label", "护照号码（Passport No.）：e12345678", "block", PASSPORT,
         "minimal"),
        ("country-code-odd-grouping", "+86 1381 234 5678", "block", MOB, "minimal"),
        ("card-across-list-slash", "电话：010-6512 3456 / 13812345678", "block", MOB,
         "a landline's 4-4 groups and a mobile after ` / `: 6512345613812345678 passes Luhn"),
    ]  # fmt: skip


# ----- triage --------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "note-bilingual-line": "a 公开属性 note unbracketed on its line blocks alone (`此件不公开`) and so "
    "does its translation alone (`Not for public release`), but the two on one line pass: "
    "`此件不公开 Not for public release`, `此件不予公开 — Not for public release`, "
    "`Not for public release — 此件不公开`, `注：此件不公开。Note: not for public release.` "
    "(`此件不予公开 / Not for public release` only warns `secrecy.sensitive_term`)",
    "note-bilingual-brackets": "both languages of the note in one pair of brackets pass: "
    "`（此件不公开 Not for public release）`, `(此件不公开 / Not for public release)` — each in "
    "brackets of its own blocks",
    "gloss-disclosure-field": "a 公开属性 field whose name carries its English gloss is no field: "
    "`公开属性（Disclosure）：不予公开` and `公开属性/Disclosure：不予公开` only warn "
    "`secrecy.sensitive_term`, `是否公开 Public：否` passes (`公开属性：不予公开`, `是否公开：否` "
    "block; `Disclosure / 公开属性：不予公开` blocks)",
    "gloss-secrecy-field": "a 密级 field glossed or named in English with a Chinese level passes: "
    "`密级 Classification：机密`, `密级（Classification）：机密`, `Classification：机密` (`密级：机密`, "
    "`Classification: Confidential` and `密级：CONFIDENTIAL` block)",
    "marking-en-level-cn-period": "an English level with a Chinese period passes: `SECRET★5年`, "
    "`TOP SECRET★永久`, `CONFIDENTIAL ★ 10年` (`SECRET★5 years` and `机密★10 years` block)",
    "marking-gloss-before-star": "a 密级 with its translation between the level and its star passes: "
    "`机密 CONFIDENTIAL ★10年`, `机密（Confidential）★10年`, `机密/CONFIDENTIAL★10年` (the translation "
    "after the period, `机密★10年（CONFIDENTIAL）`, blocks)",
    "gloss-personal-label": "a personal label with an English gloss or qualifier in brackets before "
    "its colon no longer licenses what only a label does: `护照号码（Passport No.）：e12345678`, "
    "`手机（Mobile）：9123 4567`, `Mobile (HK): 9123 4567`, `身份证号（ID No.）：ⅢⅠOⅠOⅣⅠⅨⅧⅤⅠⅠⅡⅡⅢⅥⅧⅧ` "
    "pass (`护照（Passport）：e12345678`, `手提電話 Mobile：9123 4567` and `身份证号：ⅢⅠOⅠ…` block)",
    "card-across-list-slash": "a landline in 4-4 groups and a mobile after it, parted by ` / ` as "
    "a list of numbers is, are read as one 19-digit card of 65… (Discover) when the 19 digits pass "
    "Luhn (one in ten): `电话：010-6512 3456 / 13812345678` blocks `personal.bank_card`, masking the "
    "landline, and the mobile is not named (`010-65123456 / …` and `6512 3456 / …` name the mobile)",
    "country-code-odd-grouping": "a mainland mobile after `+86` or `0086` with no label, grouped "
    "other than 3-4-4, passes: `+86 1381 234 5678`, `Mr. Li (+86 138 123 45678)`, "
    "`+86 13812 345 678`, `0086 1381 234 5678` (`Tel: +86 1381 234 5678` and `+86 138 1234 5678` "
    'block; the docs read a number "in whatever grouping the editor wrote")',
}
FIXED: frozenset[str] = frozenset(
    {
        "gloss-personal-label",  # fix 100b
        "country-code-odd-grouping",
        "card-across-list-slash",
        "note-bilingual-line",  # fix 100a
        "note-bilingual-brackets",
        "gloss-disclosure-field",
        "gloss-secrecy-field",
        "marking-en-level-cn-period",
        "marking-gloss-before-star",
    }
)
# The ids the first run and the probe slice found failing, by pattern.
FAILING: dict[str, str] = {
    **dict.fromkeys(
        [
            "hand-note-en-dash",
            "probe-note-line-en-after",
            "probe-note-line-en-dash",
            "probe-note-line-en-before",
            "probe-note-line-en-stop",
            "probe-note-line-note",
        ],
        "note-bilingual-line",
    ),
    **dict.fromkeys(
        ["probe-note-brackets-both", "probe-note-brackets-slash"], "note-bilingual-brackets"
    ),
    **dict.fromkeys(
        [
            "probe-field-disclosure-gloss",
            "probe-field-disclosure-slash",
            "probe-field-public-gloss",
        ],
        "gloss-disclosure-field",
    ),
    **dict.fromkeys(
        [
            "probe-field-secrecy-gloss",
            "probe-field-secrecy-gloss-brackets",
            "probe-field-secrecy-en-name",
        ],
        "gloss-secrecy-field",
    ),
    **dict.fromkeys(
        [
            "probe-mark-en-level-cn-period",
            "probe-mark-en-level-permanent",
            "probe-mark-en-level-spaced",
        ],
        "marking-en-level-cn-period",
    ),
    **dict.fromkeys(
        [
            "probe-mark-gloss-before-star",
            "probe-mark-gloss-brackets-star",
            "probe-mark-gloss-slash-star",
        ],
        "marking-gloss-before-star",
    ),
    **dict.fromkeys(
        [
            "probe-label-passport-gloss",
            "probe-label-hk-mobile-gloss",
            "probe-label-hk-mobile-qualified",
            "probe-label-id-numerals-gloss",
        ],
        "gloss-personal-label",
    ),
    **dict.fromkeys(
        [
            "probe-cc-4-3-4",
            "probe-cc-3-3-5",
            "probe-cc-sentence-4-3-4",
            "probe-cc-0086-4-3-4",
            "probe-cc-5-3-3",
        ],
        "country-code-odd-grouping",
    ),
    "probe-slash-pair-sweep": "card-across-list-slash",
    **{f"found-{name}": name for name in REASONS},
}


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    return still_failing(FAILING[id_]) if id_ in FAILING else None


# ----- the family ----------------------------------------------------------------------------


def grid(table: CaseTable, items: list[Item], prefix: str, keep: int) -> None:
    """Each item in ``keep`` of the bilingual forms, in rotation."""
    for item_no, item in enumerate(items):
        for f_no, (name, form) in enumerate(FORMS.items()):
            if (item_no + f_no) % len(FORMS) >= keep:
                continue
            id_ = f"{prefix}-{item_no:02d}-{item.kind}-{name}"
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
    grid(table, must_items(random.Random(SEED)), "hit", 6)
    grid(table, clean_items(random.Random(SEED + 1)), "look", 4)
    hand(table)
    return table


def sweep(count: int, seed: str) -> None:
    """``count`` random posts through ``govpub.check``: a random must or clean item of fresh
    numbers in a random bilingual form (one in three with a second item of the other direction
    after it); wrong ones grouped by (verdict, kind, form)."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    wrong: Counter[tuple[str, str, str]] = Counter()
    samples: dict[tuple[str, str, str], str] = {}
    forms = list(FORMS)
    for _ in range(count):
        sub = random.Random(rng.random())
        pool = (
            must_items(sub)
            + clean_items(sub)
            + [Item("hand-" + r[0], r[1], r[2], r[3], r[4]) for r in hand_rows(sub)]
        )
        item = rng.choice(pool)
        form = rng.choice(forms)
        text = FORMS[form](item.text)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        want = set() if item.rule is None else {item.rule}
        if rules == want:
            continue
        verdict = "false" if rules - want else "miss"
        key = (verdict, item.kind, form)
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
    header = "red-team pass 100 (blind): bilingual and international posts"
    build().write(__file__, header + "; gen_redteam100.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
