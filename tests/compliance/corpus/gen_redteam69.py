"""Regenerate redteam69_blind_bilingual.yaml (red-team pass 69, written blind).

Minority-language and bilingual government posts (新疆, 西藏, 内蒙古, 延边, 广西, 凉山): Uyghur and
Kazakh in Arabic script (right-to-left, ، ؛, Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹
digits, RLM and ALM marks), Tibetan (digits ༠–༩, tsheg ་ and shad །), Mongolian (digits ᠐–᠙,
U+180E, ᠃ and ᠂, the no-break narrow space before case suffixes), Korean (Hangul, spaced
words), Zhuang and Yi, and Chinese. About ninety posts hide a mobile, an ID number, a card, an
ad or short link, a 淘口令, a marking or a disclosure note in the script's digits, punctuation
and invisible marks; about ninety official notices must stay clean (landlines, 12345, gov.cn
links, dates and document numbers, statistics, 邮编, names, masked numbers, lyrics, prices);
twenty look-alikes both ways. Written before the checker or any other family was read (issue
12, docs/compliance.md, the corpus README and number_makers.py only). Run from the repository
root: python tests/compliance/corpus/gen_redteam69.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number, luhn, uscc

SPELL = "ad.spelled_link"
DISC = "disclosure.not_public"

TABLE = CaseTable("redteam69_blind_bilingual")
case = TABLE.case
clean = TABLE.clean

# ------------------------------------------------------------------ digits of the scripts
TIB, MON, AR, EAR = 0x0F20, 0x1810, 0x0660, 0x06F0
SCRIPTS = {"tib": TIB, "mon": MON, "ar": AR, "ear": EAR}
RLM, ALM, MVS, NNBSP = "\u200f", "\u061c", "\u180e", "\u202f"
LRI, RLI, FSI, PDI, RLO, PDF = "\u2066", "\u2067", "\u2068", "\u2069", "\u202e", "\u202c"


def digits(text: str, base: int) -> str:
    """``text`` with its ASCII digits written in the script whose zero is ``base``."""
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in text)


MOBILE = "13812345678"
MOBILE2 = "15909912345"
ID_XJ = id_number("65010219850312123")
ID_XZ = id_number("54010219900715202")
ID_NM = id_number("15010219781109301")
ID_YB = id_number("22240119920203404")
ID_X = next(
    n for n in (id_number(f"65010219880808{i:03d}") for i in range(1000)) if n.endswith("X")
)
CARD16 = luhn("622202123456789")
CARD19 = luhn("621700012345678901")
VISA16 = luhn("427020123456789")

# Sentences each language's posts hold around the planted number (host text, no violation).
HOST = {
    "tib": ("བོད་ལྗོངས་ཀྱི་བརྡ་ཁྱབ། འབྲེལ་གཏུག་བྱེད་མཁན་གྱི་ཨང་གྲངས་ནི་", " ཡིན།"),
    "mon": ("ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠃ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ", " ᠃"),
    "ar": ("شىنجاڭ ئۇقتۇرۇشى، ئالاقىلىشىش نومۇرى ", " بولىدۇ."),
    "ear": ("ىلە قازاق اۆتونوميالى وبلىسى حابارلاندىرۋى، بايلانىس نومىرى ", " ."),
}
NATIVE_PHONE_LABEL = {
    "tib": "ཁ་པར:",
    "mon": "ᠤᠲᠠᠰᠤ:",
    "ar": "يانفون:",
    "ear": "تەلەفون:",
}
LANG = {"tib": "Tibetan", "mon": "Mongolian", "ar": "Uyghur", "ear": "Kazakh"}
DNAME = {
    "tib": "Tibetan digits ༠–༩",
    "mon": "Mongolian digits ᠐–᠙",
    "ar": "Arabic-Indic digits ٠–٩",
    "ear": "Extended Arabic-Indic digits ۰–۹",
}
SILENT = (
    "docs/compliance.md folds 'the decimal digits of every other script (Unicode Nd)' before the "
    "personal-data readers; issue 12: a mobile is a mobile in any digits"
)
# the script's own punctuation a writer may put between digit groups
SCRIPT_SEP = {"tib": "་", "mon": "᠆", "ar": "،", "ear": "٬"}
SEP_NAME = {
    "tib": "the tsheg ་ (the syllable dot) between groups",
    "mon": "the Mongolian todo soft hyphen ᠆ (U+1806, a dash) between groups",
    "ar": "the Arabic comma ، between groups",
    "ear": "the Arabic thousands separator ٬ (U+066C) between groups",
}
INVISIBLE = {"tib": RLM, "mon": MVS, "ar": ALM, "ear": RLM + ALM}
INV_NAME = {
    "tib": "an RLM (U+200F) between groups",
    "mon": "the Mongolian vowel separator U+180E between groups (default-ignorable)",
    "ar": "an ALM (U+061C) between groups",
    "ear": "RLM+ALM between groups",
}


def host(key: str, inner: str) -> str:
    """``inner`` inside a sentence of the language of ``key``."""
    before, after = HOST[key]
    return before + inner + after


# ================================================================== must block / must fix
for key, base in SCRIPTS.items():
    m = digits(MOBILE, base)
    g = digits("138 1234 5678", base)
    case(
        f"mob-{key}-whole",
        host(key, m),
        "block",
        MOB,
        f"a mobile in {DNAME[key]} inside a {LANG[key]} sentence. {SILENT}",
    )
    case(
        f"mob-{key}-spaced",
        host(key, g),
        "block",
        MOB,
        f"a mobile 3-4-4 with spaces in {DNAME[key]}. {SILENT}",
    )
    sep = SCRIPT_SEP[key]
    case(
        f"mob-{key}-script-sep",
        host(key, digits(f"138{sep}1234{sep}5678", base)),
        "block",
        MOB,
        f"a mobile in {DNAME[key]} with {SEP_NAME[key]}; docs are silent on a script's "
        "punctuation as a digit separator, issue 12 implies the number is still one (a reader "
        "dials it)",
    )
    inv = INVISIBLE[key]
    case(
        f"mob-{key}-invisible",
        host(key, digits(f"138{inv}1234{inv}5678", base)),
        "block",
        MOB,
        f"a mobile in {DNAME[key]} with {INV_NAME[key]}: docs fold bidi marks and "
        "default-ignorables away",
    )
    case(
        f"mob-{key}-zh-label",
        f"联系人：王老师，手机：{m}。{host(key, '')}",
        "block",
        MOB,
        f"a Chinese label and the number in {DNAME[key]} (bilingual post). {SILENT}",
    )
    case(
        f"mob-{key}-native-label",
        f"{HOST[key][0]}{NATIVE_PHONE_LABEL[key]} {m}{HOST[key][1]}",
        "block",
        MOB,
        f"the label in {LANG[key]} (phone) and a mobile in {DNAME[key]}; the mobile shape "
        "blocks without a label",
    )
    case(
        f"mob-{key}-plus86",
        host(key, "+" + digits("86 138 1234 5678", base)),
        "block",
        MOB,
        f"+86 and a mobile, all in {DNAME[key]}. {SILENT}",
    )
    case(
        f"id-{key}-whole",
        host(
            key, digits(ID_XJ if key in ("ar", "ear") else ID_XZ if key == "tib" else ID_NM, base)
        ),
        "block",
        IDN,
        f"a checked ID number in {DNAME[key]}. {SILENT}",
    )
    idn = ID_YB
    case(
        f"id-{key}-hyphen",
        "身份证号：" + digits(f"{idn[:6]}-{idn[6:14]}-{idn[14:]}", base) + " " + host(key, ""),
        "block",
        IDN,
        f"an ID number 6-8-4 with hyphens in {DNAME[key]} after a Chinese label. {SILENT}",
    )
    case(
        f"id-{key}-x",
        host(key, digits(ID_X, base)),
        "block",
        IDN,
        f"an ID number ending in X, its digits in {DNAME[key]} and the X Latin. {SILENT}",
    )
    case(
        f"card-{key}-fours",
        "银行卡号 "
        + digits(" ".join(CARD16[i : i + 4] for i in range(0, 16, 4)), base)
        + " "
        + host(key, ""),
        "block",
        CARD,
        f"a UnionPay card (Luhn) in fours in {DNAME[key]}. {SILENT}",
    )

case(
    "card-ar-19-rlm",
    host("ar", digits(RLM.join(CARD19[i : i + 4] for i in range(0, 19, 4)), AR)),
    "block",
    CARD,
    "a 19-digit UnionPay card in Arabic-Indic digits, RLM between its groups (bidi marks fold away)",
)
case(
    "card-tib-visa-tsheg",
    host("tib", digits("་".join(VISA16[i : i + 4] for i in range(0, 16, 4)), TIB)),
    "block",
    CARD,
    "a Visa card (16, Luhn) in Tibetan digits, tsheg between groups; docs silent on tsheg, "
    "issue 12 implies a card is a card in any digits",
)
case(
    "mob-ar-isolate-inside",
    host("ar", digits(f"138{LRI}1234{PDI}5678", AR)),
    "block",
    MOB,
    "a bidi isolate (LRI…PDI, U+2066/U+2069) around the middle group: invisible, folded away",
)
case(
    "mob-ar-isolate-around",
    host("ar", f"{FSI}{digits(MOBILE, AR)}{PDI}"),
    "block",
    MOB,
    "a mobile in Arabic-Indic digits inside a first-strong isolate (U+2068…U+2069)",
)
case(
    "mob-ar-rlo-reversed",
    "شىنجاڭ ئۇقتۇرۇشى " + RLO + digits(MOBILE[::-1], AR) + PDF + " بولىدۇ.",
    "block",
    MOB,
    "a mobile stored backwards after U+202E (RLO), shown 138… on the page: docs read a U+202E "
    "run as the page shows it",
)
case(
    "id-ar-rlo-reversed",
    "كىملىك " + RLO + ID_XJ[::-1] + PDF,
    "block",
    IDN,
    "an ID number stored backwards after U+202E in a Uyghur line, shown forwards",
)
case(
    "mob-mixed-scripts",
    "电话 " + digits("138", AR) + digits("1234", TIB) + digits("5678", MON),
    "block",
    MOB,
    "one mobile written in three scripts' digits (Arabic-Indic, Tibetan, Mongolian): each is Nd",
)
case(
    "mob-ascii-ar-mixed",
    host("ar", "138" + digits("1234", AR) + "5678"),
    "block",
    MOB,
    "ASCII and Arabic-Indic digits mixed in one mobile",
)
case(
    "mob-mon-nnbsp",
    host("mon", digits(f"138{NNBSP}1234{NNBSP}5678", MON)),
    "block",
    MOB,
    "a mobile in Mongolian digits grouped by U+202F (the narrow no-break space Mongolian puts "
    "before suffixes): docs read no-break spaces as spaces",
)
case(
    "mob-tib-shad",
    host("tib", digits("138།1234།5678", TIB)),
    "block",
    MOB,
    "a mobile in Tibetan digits with the shad । between groups; docs silent, issue 12 implies a "
    "mobile in any digits and separators a reader skips",
)
case(
    "mob-mon-comma",
    host("mon", digits("138᠂1234᠂5678", MON)),
    "block",
    MOB,
    "a mobile in Mongolian digits with the Mongolian comma ᠂ between groups; docs silent, issue 12 "
    "implies it blocks",
)
case(
    "mob-ko-label",
    "연변조선족자치주 인민정부 공고. 휴대폰: 138-1234-5678 로 연락 바랍니다.",
    "block",
    MOB,
    "a Korean label (휴대폰) and a Chinese mobile in a Korean sentence (spaces between words)",
)
case(
    "mob-ko-no-label",
    "문의 사항은 담당자 김철수 13812345678 에게 연락하십시오.",
    "block",
    MOB,
    "a Chinese mobile in a Korean sentence, no label",
)
case(
    "id-ko-label",
    f"신분증번호: {ID_YB} 본인 확인 후 접수합니다.",
    "block",
    IDN,
    "a Korean label (신분증번호, ID number) and an ID number",
)
case(
    "mob-zhuang",
    f"Gvangjsih Bouxcuengh Swcigih Yinzminz Cwngfu gaujsiq: boux lienzhaeh {MOBILE2}.",
    "block",
    MOB,
    "a mobile in a Zhuang (Latin) notice",
)
case(
    "mob-yi",
    f"ꆃꎭꆈꌠꊨꏦꏱꅉ ꉢꆈꌠꉙ {digits('138 1234 5678', 0x30)}",
    "block",
    MOB,
    "a mobile in a Yi-syllable notice (凉山)",
)
case(
    "mob-ar-undermasked",
    host("ar", digits("1381654*678", AR)),
    "block",
    MOB,
    "a mobile in Arabic-Indic digits masked one digit only: docs (red team 54) block one or two "
    "masked digits",
)
case(
    "id-tib-undermasked",
    host("tib", digits("32010219880808**18", TIB)),
    "block",
    IDN,
    "an ID number in Tibetan digits masked two characters, birth date shown: docs (red team 47) "
    "block it",
)
case(
    "mob-tib-title",
    "བརྡ་ཁྱབ། " + digits(MOBILE, TIB),
    "block",
    MOB,
    "a mobile in Tibetan digits in the title",
    "title",
)
case(
    "id-ar-summary",
    "ئۇقتۇرۇش " + digits(ID_XJ, AR),
    "block",
    IDN,
    "an ID number in Arabic-Indic digits in the summary",
    "summary",
)

# ---------------------------------------------------------------- links
case(
    "link-tib-taobao",
    "བོད་ལྗོངས་ཀྱི་བརྡ་ཁྱབ། https://s.click.taobao.com/t?e=m1 ལ་ལྟོས།",
    "fixed",
    LS,
    "an affiliate link in a Tibetan sentence",
)
case(
    "link-tib-after-shad",
    "བོད་ལྗོངས་ཀྱི་བརྡ་ཁྱབ།t.cn/A6xyZq",
    "fixed",
    LS,
    "a bare short host right after the shad །: docs find a bare domain after any punctuation",
)
case(
    "link-tib-after-tsheg",
    "ཞིབ་ཕྲ་ལ་ལྟོས་་u.jd.com/8Kx2",
    "fixed",
    LS,
    "a bare ad host right after tsheg marks (punctuation, not a letter)",
)
case(
    "link-ar-colon",
    "تەپسىلاتى ئۈچۈن:t.cn/A6xyZq",
    "fixed",
    LS,
    "a bare short host after an ASCII colon in a Uyghur sentence",
)
case(
    "link-ar-arabic-comma-before",
    "ئۇلىنىش،dwz.cn/ab12",
    "fixed",
    LS,
    "a bare short host right after the Arabic comma ، (punctuation)",
)
case(
    "link-ar-rlm-host",
    f"ئۇلىنىش: https://t{RLM}.cn/A6xyZq",
    "fixed",
    LS,
    "an RLM inside the host: docs remove bidi marks (UTS #46 maps default-ignorables to nothing)",
)
case(
    "link-ar-alm-host",
    f"ئۇلىنىش: u.jd{ALM}.com/8Kx2",
    "fixed",
    LS,
    "an ALM (U+061C) inside a bare host",
)
case(
    "link-mon-mvs-host",
    f"ᠮᠡᠳᠡᠭᠳᠡᠯ ᠃ https://s.click.tao{MVS}bao.com/t?e=m1",
    "fixed",
    LS,
    "the Mongolian vowel separator U+180E inside the host (default-ignorable)",
)
case(
    "link-ar-isolate",
    f"ئۇلىنىش {RLI}https://t.cn/A6xyZq{PDI} نى بېسىڭ.",
    "fixed",
    LS,
    "a short link in a right-to-left isolate (U+2067…U+2069) in a Uyghur sentence",
)
case(
    "link-ar-isolate-inside-host",
    f"ئۇلىنىش t{LRI}.{PDI}cn/A6xyZq",
    "fixed",
    LS,
    "an isolate pair around the dot of a bare short host: invisible, folded away",
)
case(
    "link-rlo-reversed",
    "ئۇلىنىش " + RLO + "qZyx6A/nc.t" + PDF,
    "block",
    SPELL,
    "a short link stored backwards after U+202E: docs list it under ad.spelled_link",
)
case(
    "link-host-tsheg-dot",
    "ཞིབ་ཕྲ་ t་cn/A6xyZq ལ་ལྟོས།",
    "block",
    SPELL,
    "the tsheg ་ (a dot on the baseline's top) as the host's dot: no browser opens it, a reader "
    "types t.cn — docs' spelled forms (`t·cn`); silent on tsheg",
)
case(
    "link-host-shad-spaced",
    "ཞིབ་ཕྲ་ t ། cn/A6xyZq ལ་ལྟོས།",
    "block",
    SPELL,
    "the shad । with spaces as the host's dot (`t . cn` spelled); docs silent on the shad",
)
case(
    "link-host-arabic-comma",
    "ئۇلىنىش: t، cn/A6xyZq",
    "block",
    SPELL,
    "the Arabic comma and a space as the host's dot; docs silent, spelled for the reader to type",
)
case(
    "link-host-arabic-full-stop",
    "ئۇلىنىش: t۔cn/A6xyZq",
    "block",
    SPELL,
    "the Arabic full stop ۔ (U+06D4) as the host's dot; UTS #46 does not map it: spelled",
)
case(
    "link-host-mongolian-full-stop",
    "ᠮᠡᠳᠡᠭᠳᠡᠯ t᠃cn/A6xyZq",
    "block",
    SPELL,
    "the Mongolian full stop ᠃ as the host's dot: spelled (docs silent on this script's stops)",
)
case(
    "link-host-mongolian-comma",
    "ᠮᠡᠳᠡᠭᠳᠡᠯ u᠂jd᠂com/8Kx2",
    "block",
    SPELL,
    "the Mongolian comma ᠂ as the host's dots: spelled (docs silent)",
)
case(
    "link-ko-label",
    "자세한 내용은 링크: t.cn/A6xyZq 를 참고하십시오.",
    "fixed",
    LS,
    "a short link after a Korean label and a colon",
)
case(
    "link-ko-https",
    "연길시 소식 https://u.jd.com/8Kx2 참고",
    "fixed",
    LS,
    "an ad link in a Korean sentence",
)
case(
    "link-zhuang",
    "Gvangjsih Bouxcuengh Swcigih gaujsiq, ciengz yawj https://dwz.cn/ab12 .",
    "fixed",
    LS,
    "a short link in a Zhuang notice",
)
case(
    "link-yi",
    "ꆃꎭꆈꌠꊨꏦꏱꅉ ꉢꆈꌠꉙ https://m.tb.cn/h.abc123",
    "fixed",
    LS,
    "a Taobao short link in a Yi notice",
)
case(
    "link-ar-summary",
    "ئۇقتۇرۇش t.cn/A6xyZq",
    "fixed",
    LS,
    "a short link in a Uyghur summary",
    "summary",
)

# ---------------------------------------------------------------- 淘口令
case(
    "code-ar-zh-trigger",
    "شىنجاڭ مېۋىسى ￥AbCd1234XyZ￥ 复制后打开淘宝",
    "block",
    SC,
    "a 淘口令 in a Uyghur sentence with the Chinese trigger",
)
case(
    "code-tib-zh-trigger",
    "བོད་ཀྱི་ཐོན་རྫས། ￥KpQ99aZ3LmN￥ 复制这段话打开手机淘宝",
    "block",
    SC,
    "a 淘口令 in a Tibetan sentence with the Chinese trigger",
)
case(
    "code-ko-zh-trigger",
    "연변 특산물 ￥Zx8Yw7Vu6Ts￥ 复制后打开淘宝 구매하세요",
    "block",
    SC,
    "a 淘口令 in a Korean sentence, the Chinese trigger",
)
case(
    "code-ar-rlm-inside",
    f"شىنجاڭ مېۋىسى ￥AbCd{RLM}1234XyZ￥ 复制后打开淘宝",
    "block",
    SC,
    "an RLM inside the token (invisible, folded away)",
)

# ---------------------------------------------------------------- markings and notes
case(
    "mark-tib-digits",
    "བོད་ལྗོངས། 机密★" + digits("10", TIB) + "年",
    "block",
    MARK,
    "机密★ with its years in Tibetan digits: a marking whatever the digits",
)
case(
    "mark-mon-digits",
    "ᠮᠡᠳᠡᠭᠳᠡᠯ 秘密★" + digits("5", MON) + "年",
    "block",
    MARK,
    "秘密★ with its years in Mongolian digits",
)
case(
    "mark-ar-digits",
    "شىنجاڭ ئۇقتۇرۇشى 机密★" + digits("20", AR) + "年",
    "block",
    MARK,
    "机密★ with its years in Arabic-Indic digits in a Uyghur post",
)
case(
    "mark-ar-juemi",
    "绝密★永久\nشىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى ئۇقتۇرۇشى",
    "block",
    MARK,
    "绝密★永久 heading a Uyghur notice",
)
case(
    "mark-rlm-inside",
    f"شىنجاڭ ئۇقتۇرۇشى 机{RLM}密★10年",
    "block",
    MARK,
    "an RLM between 机 and 密 (bidi marks fold away)",
)
case(
    "internal-mvs",
    f"ᠮᠡᠳᠡᠭᠳᠡᠯ 内{MVS}部{MVS}资{MVS}料",
    "block",
    INT,
    "内部资料 with U+180E between its characters",
)
case(
    "internal-ko",
    "연변조선족자치주 회의 자료 (内部资料 不得外传)",
    "block",
    INT,
    "内部资料 不得外传 in a Korean post",
)
case(
    "internal-alm",
    f"شىنجاڭ ئۇقتۇرۇشى 内部{ALM}资料",
    "block",
    INT,
    "an ALM between 内部 and 资料",
)
case(
    "internal-rlo",
    "ئۇقتۇرۇش " + RLO + "料资部内" + PDF,
    "block",
    INT,
    "内部资料 stored backwards after U+202E: read as the page shows it",
)
case(
    "disc-bilingual-tib",
    "关于做好冬季取暖工作的通知\nབོད་ལྗོངས་ཀྱི་བརྡ་ཁྱབ།\n（此件不公开）",
    "block",
    DISC,
    "（此件不公开） at the foot of a Chinese–Tibetan notice",
)
case(
    "disc-alm",
    f"ئۇقتۇرۇش\n（此件不{ALM}予公开）",
    "block",
    DISC,
    "an ALM inside （此件不予公开）",
)
case(
    "disc-mvs",
    f"ᠮᠡᠳᠡᠭᠳᠡᠯ\n（此件{MVS}不公开）",
    "block",
    DISC,
    "U+180E inside （此件不公开）",
)
case(
    "disc-ko",
    "연변조선족자치주 인민정부 판공실 통지\n公开属性：不予公开",
    "block",
    DISC,
    "公开属性：不予公开 at the foot of a Korean notice",
)
case(
    "disc-isolate",
    f"ئۇقتۇرۇش {RLI}（此件不公开）{PDI}",
    "block",
    DISC,
    "（此件不公开） inside a right-to-left isolate",
)

# ================================================================== must stay clean
LAND = [
    ("xj", AR, "0991-2345678", "ar", "Urumqi 0991"),
    ("xz", TIB, "0891-6321234", "tib", "Lhasa 0891"),
    ("nm", MON, "0471-6901234", "mon", "Hohhot 0471"),
    ("yl", EAR, "0999-8023456", "ear", "Yining 0999"),
    ("tc", EAR, "0901-6223456", "ear", "Tacheng 0901"),
    ("ks", AR, "0998-2823456", "ar", "Kashgar 0998"),
    ("sn", TIB, "0893-7823456", "tib", "Shannan 0893"),
    ("cf", MON, "0476-8823456", "mon", "Chifeng 0476"),
]
for tag, base, number, key, name in LAND:
    clean(
        f"land-{tag}-label",
        f"{HOST[key][0]}{NATIVE_PHONE_LABEL[key]} {digits(number, base)}{HOST[key][1]}",
        f"a landline ({name}) in the script's digits after a {LANG[key]} phone label: a public "
        "office's number, no mobile shape",
    )
    clean(
        f"land-{tag}-zh",
        f"咨询电话：{digits(number, base)}（工作日）",
        f"a landline ({name}) in the script's digits after a Chinese label",
    )
clean("land-yb-ko", "연길시 민원 전화: 0433-2512345 (평일 9:00-17:00)", "延吉 landline in Korean")
clean("land-gx-zh", "Gvangjsih Bouxcuengh Swcigih. 咨询电话：0771-2801234", "南宁 landline, Zhuang")
clean("land-ls-yi", "ꆃꎭꆈꌠꊨꏦꏱꅉ 咨询电话：0834-3221234", "西昌 landline, Yi")
clean("land-ar-rlm", f"تېلېفون: {RLM}{digits('0991-2345678', AR)}{RLM}", "RLM around a landline")

for key, base in SCRIPTS.items():
    clean(
        f"hotline-{key}",
        host(key, digits("12345", base)),
        f"the 12345 hotline in {DNAME[key]}",
    )
    clean(
        f"postcode-{key}",
        "邮编："
        + digits({"tib": "850000", "mon": "010000", "ar": "830000", "ear": "835000"}[key], base),
        f"a 邮编 in {DNAME[key]}",
    )
    clean(
        f"masked-id-{key}",
        host(key, digits("6501", base) + "**********" + digits("1234", base)),
        f"a masked ID number (ten stars) in {DNAME[key]}",
    )
    clean(
        f"masked-mobile-{key}",
        host(key, digits("138", base) + "****" + digits("5678", base)),
        f"a mobile masked the usual way (four stars) in {DNAME[key]}",
    )
    clean(
        f"docno-{key}",
        host(key, "新政发〔" + digits("2026", base) + "〕" + digits("12", base) + "号"),
        f"a 发文字号 with its year and number in {DNAME[key]}",
    )
    clean(
        f"price-{key}",
        host(key, "票价" + digits("30", base) + "元"),
        f"a price in yuan in {DNAME[key]}",
    )
    clean(
        f"stat-{key}",
        host(key, "牲畜存栏" + digits("4567", base) + "." + digits("8", base) + "万头"),
        f"a livestock count in {DNAME[key]}",
    )
    clean(
        f"date-{key}-iso",
        host(key, digits("2026-12-05 10:30", base)),
        f"a date and a time in {DNAME[key]}",
    )

clean(
    "date-tib-year",
    "༢༠༢༦ ལོ། ཟླ་ ༡༢ ཚེས་ ༥ ཉིན། བོད་ལྗོངས་མི་དམངས་སྲིད་གཞུང་།",
    "a Tibetan date, Tibetan digits",
)
clean(
    "date-mon-year", "᠒᠐᠒᠖ ᠣᠨ ᠑᠒ ᠰᠠᠷ\u202fᠠ ᠵᠢᠨ ᠕ ᠤ ᠡᠳᠦᠷ", "a Mongolian date, NNBSP before a suffix"
)
clean("date-ar-year", "٢٠٢٦-يىلى ١٢-ئاينىڭ ٥-كۈنى", "a Uyghur date in Arabic-Indic digits")
clean("date-ko", "2026년 12월 5일 연길시 인민정부", "a Korean date")
clean(
    "date-ear-range", "۲۰۲۶-۲۰۳۰-جىلدارعا ارنالعان جوسپار", "a year range in Extended Arabic-Indic"
)
clean("date-tib-range", "༢༠༢༦-༢༠༣༠ ལོའི་འཆར་གཞི།", "a Tibetan year range")

for tag, url, text in [
    (
        "xj",
        "https://www.xinjiang.gov.cn/",
        "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى تور بېكىتى: ",
    ),
    ("xz", "https://www.xizang.gov.cn/", "བོད་ལྗོངས་མི་དམངས་སྲིད་གཞུང་གི་དྲ་ཚིགས། "),
    ("nm", "https://www.nmg.gov.cn/", "ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠰᠠᠢᠳ ᠤᠨ ᠲᠣᠷ: "),
    ("yb", "https://www.yanbian.gov.cn/", "연변조선족자치주 인민정부 홈페이지: "),
    ("gx", "http://www.gxzf.gov.cn/", "Gvangjsih Bouxcuengh Swcigih Yinzminz Cwngfu: "),
    ("ls", "http://www.lsz.gov.cn/", "ꆃꎭꆈꌠꊨꏦꏱꅉ "),
]:
    clean(f"gov-{tag}", text + url, "a gov.cn link in the language's notice")
clean(
    "gov-tib-shad-bare", "ཞིབ་ཕྲ།www.xizang.gov.cn ལ་ལྟོས།", "a bare gov.cn host right after the shad"
)
clean("gov-ar-isolate", f"تور بېكىتى {LRI}https://www.gov.cn/{PDI}", "a gov.cn link in an isolate")
clean("gov-ar-rlm", f"تور بېكىتى: https://www.xinjiang.gov.cn/{RLM}", "RLM after a gov.cn link")

for tag, text, note in [
    (
        "name-ug",
        "ئابدۇرېھىم ئابدۇللا، ئايگۈل مەمەت ۋە تۇرسۇنجان ئىمىن يىغىنغا قاتناشتى.",
        "Uyghur names",
    ),
    ("name-ko", "김철수 주장, 리영희 부주장, 박명호 비서장이 회의에 참석했다.", "Korean names"),
    ("name-tib", "ཚེ་རིང་རྡོ་རྗེ་དང་བཀྲ་ཤིས་སྒྲོལ་མ་གཉིས་ཚོགས་འདུར་ཞུགས།", "Tibetan names"),
    ("name-mon", "ᠪᠠᠲᠤ ᠪᠠ ᠰᠠᠷᠠᠨᠭᠤᠸ᠎ᠠ ᠬᠤᠷᠠᠯ ᠳᠤ ᠣᠷᠤᠯᠴᠠᠪᠠ ᠃", "Mongolian names, U+180E in a word"),
    (
        "name-ug-zh",
        "阿不都热依木·阿不都拉（ئابدۇرېھىم ئابدۇللا）当选为代表。",
        "a Uyghur name both ways",
    ),
    ("lyric-tib", "ༀ་མ་ཎི་པདྨེ་ཧཱུྃ། ༀ་མ་ཎི་པདྨེ་ཧཱུྃ།", "the six-syllable mantra (scripture)"),
    ("lyric-ko", "아리랑 아리랑 아라리요 아리랑 고개로 넘어간다", "Arirang lyrics"),
    (
        "lyric-ug",
        "ئاي بالام، ئاي بالام، يۇلتۇزلار چاقنايدۇ؛ ئانا يۇرتۇم گۈزەل.",
        "Uyghur song lyrics",
    ),
    ("lyric-mon", "ᠣᠷᠲᠤ ᠶᠢᠨ ᠳᠠᠭᠤ ᠃ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠡᠷᠬᠡ ᠴᠢᠯᠦᠭᠡ ᠃", "a Mongolian long song line"),
    ("lyric-kk", "قارا جورعا، قارا جورعا، ارقا ەلىنىڭ ءانى.", "Kazakh song lyrics"),
    ("yi-notice", "ꆃꎭꆈꌠꊨꏦꏱꅉ ꉢꆈꌠꉙ ꀉꂿꄉꐯ ꒉꂵꄀꐚ", "a Yi-syllable notice"),
    (
        "zhuang-notice",
        "Gvangjsih Bouxcuengh Swcigih Yinzminz Cwngfu gaujsiq: ngoenz 5 ndwen 12 bi 2026.",
        "Zhuang",
    ),
    (
        "bilingual-xj",
        "关于做好冬季供暖保障工作的通知\nقىشلىق ئىسسىتىش كاپالىتى خىزمىتىنى ياخشى ئىشلەش توغرىسىدا ئۇقتۇرۇش\n"
        "咨询电话：0991-12345\nتېلېفون: ٠٩٩١-١٢٣٤٥",
        "a Chinese–Uyghur heating notice with a hotline both ways",
    ),
    (
        "bilingual-xz",
        "拉萨市2026年青稞收购工作安排\n༢༠༢༦ ལོའི་ནས་ཉོ་སྒྲུབ་ཀྱི་ལས་དོན་གཏན་འཁེལ།\n收购价每斤3.2元 / ནས་རྒྱ་མ་རེར་སྒོར་༣.༢",
        "a Chinese–Tibetan barley-purchase notice with a price",
    ),
    (
        "bilingual-nm",
        "内蒙古自治区2026年牧区草原生态补奖资金发放公告\nᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ ᠃\n"
        "发放总额᠑᠒᠓᠔᠕万元。",
        "a Chinese–Mongolian subsidy notice with a sum in Mongolian digits",
    ),
    (
        "bilingual-yb",
        "延边州2026年冬季防火通告\n연변주 2026년 겨울철 산불 방지 통고\n"
        "火警电话：119 / 화재신고: 119",
        "a Chinese–Korean fire notice",
    ),
    (
        "stat-grain-ar",
        "شىنجاڭنىڭ ٢٠٢٥-يىللىق ئاشلىق مەھسۇلاتى ٢٣٥٧٫٦ تۈمەن توننا بولدى.",
        "a grain output with the Arabic decimal separator",
    ),
    (
        "stat-pop-tib",
        "བོད་ལྗོངས་ཀྱི་མི་གྲངས་ ༣༦༤༨༠༠༠ ཡོད།",
        "a population count in Tibetan digits (7 digits)",
    ),
    ("stat-gdp-mon", "地区生产总值᠒᠔᠖᠒᠗亿元，增长᠕.᠒%。", "GDP in Mongolian digits"),
    (
        "stat-ko",
        "연변주 인구는 1,940,000명이며 조선족은 597,000명이다.",
        "population with thousands separators",
    ),
    (
        "stat-livestock-ar",
        "چارۋا ماللار سانى ٤٥٦٧٨٩١٢ تۇياق.",
        "an 8-digit livestock count in Arabic-Indic",
    ),
    ("docno-zang", "藏政发〔༢༠༢༦〕༥号 བོད་ལྗོངས་མི་དམངས་སྲིད་གཞུང་།", "a 藏政发 number in Tibetan digits"),
    ("docno-yb", "延州政发〔2026〕8号 연변주정부 문건", "a 延州政发 number in a Korean post"),
    ("docno-gx", "桂政办发〔2026〕21号 Gvangjsih", "a 桂政办发 number"),
    ("docno-ls", "凉府发〔2026〕3号 ꆃꎭꆈꌠ", "a 凉府发 number in a Yi post"),
    ("price-ko", "입장료 30위안, 65세 이상 무료", "a price in yuan in Korean"),
    ("price-tib-sgor", "ཐོབ་ཁེ་ སྒོར་ ༢༥ (25元)", "a price in Tibetan and Chinese"),
    ("article-ug", "بىرىنچى ماددا: ٣-ماددا، ١٢-ماددا بويىچە ئىجرا قىلىنسۇن.", "article numbers"),
    ("hotline-ko", "민원전화 12345, 경찰 110, 구급 120", "hotlines in Korean"),
    ("mon-mvs-word", "ᠲᠡᠮᠡ\u180eᠡ ᠮᠠᠯ ᠠᠵᠤ ᠠᠬᠤᠢ ᠃", "U+180E inside a Mongolian word (its real use)"),
    ("tib-digit-list", "༡། བོད་ཡིག ༢། རྒྱ་ཡིག ༣། དབྱིན་ཡིག", "a numbered list in Tibetan digits"),
    ("ar-list", "١. تىل ٢. مەدەنىيەت ٣. مائارىپ", "a numbered list in Arabic-Indic digits"),
    (
        "ko-spaced-words",
        "연길시 인민정부는 12월 5일 시민 여러분께 알립니다 다음과 같습니다",
        "Hangul with spaces",
    ),
    (
        "ko-bilingual-title",
        "延边州人民政府 연변조선족자치주인민정부 공고 제 12 호",
        "a Korean notice number",
    ),
    ("ug-decimal-price", "باھاسى ٣٫٥ يۈەن", "a price with the Arabic decimal separator"),
]:
    clean(tag, text, note)

# ================================================================== look-alikes both ways
clean(
    "la-amount-tib",
    "拨付资金" + digits("13812345678", TIB) + "元",
    "11 digits of a mobile's shape followed by 元: an amount (docs: 13800000000元 is clean), "
    "in Tibetan digits",
)
clean(
    "la-ko-mobile",
    "한국 연락처: 010-1234-5678",
    "a South Korean mobile (010): not a Chinese mobile's shape; docs read only Chinese and "
    "港澳台 mobiles (silent on Korean ones)",
)
clean(
    "la-decimal-ar",
    "نىسبىتى " + digits("0", AR) + "٫" + digits("13812345678", AR),
    "a decimal with the Arabic decimal separator ٫ (docs: 0.13812345678 is clean)",
)
clean(
    "la-count12-tib",
    "ཕྱུགས་ " + digits("138123456789", TIB) + " 头",
    "twelve digits starting 138: no mobile (docs: a mobile is eleven, the run is longer)",
)
clean(
    "la-uscc-ar",
    "统一社会信用代码："
    + digits(
        next(c for c in (uscc(f"5165000050000{i:04d}") for i in range(300)) if c.isdigit()), AR
    ),
    "an all-digit 统一社会信用代码 (社会团体, 51…) in Arabic-Indic digits: never a card",
)
clean(
    "la-gov-tsheg",
    "དྲ་ཚིགས། www་xizang་gov་cn",
    "gov.cn spelled with tsheg dots: not an ad or short host, nothing to block",
)
clean(
    "la-tib-138",
    "ཨང་ ༡༣༨ ལ་ལྟོས།",
    "the number 138 alone in Tibetan digits",
)
clean(
    "la-mon-12345",
    "ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠑᠒᠓᠔᠕ ᠃",
    "12345 in Mongolian digits",
)
clean(
    "la-landline-ko",
    "연길시 전화: 0433-2512345",
    "a 延吉 landline after a Korean phone label",
)
clean(
    "la-ar-comma-list",
    "يىللار: ٢٠٢٤، ٢٠٢٥، ٢٠٢٦",
    "years separated by Arabic commas: twelve digits with commas, no number",
)
case(
    "la-mob-tib-yuan-label",
    "手机号码：" + digits(MOBILE, TIB),
    "block",
    MOB,
    "the twin of la-amount-tib: the same digits after a mobile label",
)
case(
    "la-mob-ko-chinese",
    "중국 연락처: 138-1234-5678",
    "block",
    MOB,
    "the twin of la-ko-mobile: a Chinese mobile after a Korean label",
)
case(
    "la-mob-ar-no-decimal",
    "نومۇر " + digits(MOBILE, AR),
    "block",
    MOB,
    "the twin of la-decimal-ar: the digits alone",
)
case(
    "la-short-tsheg",
    "དྲ་ཚིགས། t་cn/A6xyZq",
    "block",
    SPELL,
    "the twin of la-gov-tsheg: a short host spelled with tsheg (docs silent; spelled for the "
    "reader to type)",
)
case(
    "la-mob-mon-label",
    "ᠤᠲᠠᠰᠤ: " + digits(MOBILE, MON),
    "block",
    MOB,
    "the twin of la-mon-12345: a mobile in Mongolian digits",
)
case(
    "la-card-ar",
    "كارتا نومۇرى: " + digits(CARD16, AR),
    "block",
    CARD,
    "the twin of la-uscc-ar: a UnionPay card (Luhn) in Arabic-Indic digits",
)
case(
    "la-mob-ar-comma-list",
    "نومۇرلار: ١٣٨١٢٣٤٥٦٧٨، ١٥٩٠٩٩١٢٣٤٥",
    "block",
    [MOB],
    "the twin of la-ar-comma-list: two mobiles separated by an Arabic comma, two findings",
)
case(
    "la-id-ar-masked-too-little",
    "كىملىك: " + digits("65010219661001234*", AR),
    "block",
    IDN,
    "the twin of masked-id-ar: one character masked, the birth date shown (docs, red team 47)",
)
case(
    "la-land-ko-mobile",
    "연길시 전화: 0433-2512345, 휴대폰 13912345678",
    "block",
    MOB,
    "the twin of la-landline-ko: a landline and then a mobile",
)
case(
    "la-tib-138-mobile",
    "ཨང་ " + digits(MOBILE2, TIB) + " ལ་ལྟོས།",
    "block",
    MOB,
    "the twin of la-tib-138: a whole mobile (159…) in Tibetan digits",
)

TABLE.write(
    __file__,
    "Red-team pass 69 (blind): minority-language and bilingual posts — gen_redteam69.py regenerates it",
    width=100,
)
