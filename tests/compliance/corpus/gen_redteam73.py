"""Regenerate redteam73_blind_issue_draw3.yaml (red-team pass 73, written blind).

A third draw of the hidden set, written from issue 12's text alone, as a QA engineer at a
provincial 网信办 or 政务公开办 would: a test sheet built from real posts that went wrong —
a 公众号 article pasted from Word (smart quotes, U+FFFC object placeholders, U+2028 soft
line breaks, no-break spaces, fields in 【】), a Weibo post typed on a phone (full- and
half-width digits mixed mid-number, the IME's 。 for ., pinyin capitals), a 头条号 or 抖音
caption with emoji between digits (keycaps, ➊, ①, mathematical bold digits), a 小红书 line
with 🔗 or 🌐 before a bare host, OCR text of screenshots (O for 0, l for 1, S for 5; 〇 in
years), a scanned 红头文件 with 机密★1年 in its header line and 此件不公开 in its 附注 — and
the look-alikes colleagues complained were wrongly blocked (统一社会信用代码 of 社会组织,
组织机构代码, 18-digit 发票/订单/流水号, Mastercard-shaped 18-digit numbers, 依法不予公开的情形,
内部控制/内部审计, 机密 in 保守国家秘密 prose, gov.cn links written oddly). Where the issue is
silent the note says ``(evaluator's guess)``; the rule ids the brief let us read are the
three below; the other four rule ids are guessed and marked so.
Run from the repository root: python tests/compliance/corpus/gen_redteam73.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, LS, MARK, NOTE, SC

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from number_makers import chunks, full_width, grouped, id_number, luhn, org_code, uscc

ID = "personal.id_number"
# Not named in the lines the brief let us read; the loader needs a rule for a blocking case,
# so these were guessed (evaluator's guess). First run: CARD, MARK and NOTE guessed right;
# phones are personal.mobile (guessed personal.phone, 32 cases) and 内部资料 is
# secrecy.internal (guessed secrecy.marking, 4 cases) — corrected after the first run.
PH = "personal.mobile"
INTERNAL = "secrecy.internal"
HINT = "secrecy.document_hint"
SENSITIVE = "secrecy.sensitive_term"

GUESS = "(evaluator's guess)"
T = CaseTable("redteam73_blind_issue_draw3")

# ---------------------------------------------------------------- numbers
ID1 = id_number("31010419851122368")
ID2 = id_number("44030619900305412")
ID3 = id_number("51010719780916003")
ID4 = id_number("33010620010101772")
ID5 = id_number("11010819660228151")
PH1 = "13812345678"
PH2 = "15921876543"
PH3 = "18601234567"
PH4 = "17717654321"
PH5 = "19955550123"
CARD1 = luhn("621700123456789012")  # UnionPay 19 digits
CARD2 = luhn("622848001234567")  # UnionPay 16 digits
CARD3 = luhn("411111222233334")  # Visa 16


def keycap(number: str) -> str:
    """Digits as keycap emoji (digit, VS16, U+20E3), the way 抖音 captions write them."""
    return "".join(d + "\ufe0f\u20e3" for d in number)


def circled(number: str) -> str:
    """Digits as ① … ⑨, ⓪ (U+2460 …, U+24EA)."""
    return "".join("\u24ea" if d == "0" else chr(0x2460 + int(d) - 1) for d in number)


def dingbat(number: str) -> str:
    """Digits as ➊ … ➒, ⓿ (dingbat negative circled digits, no NFKC decomposition)."""
    return "".join("\u24ff" if d == "0" else chr(0x278A + int(d) - 1) for d in number)


def bold(number: str) -> str:
    """Digits as mathematical bold 𝟎 … 𝟗 (U+1D7CE …)."""
    return "".join(chr(0x1D7CE + int(d)) for d in number)


def ocr(number: str, table: dict[str, str]) -> str:
    """``number`` with OCR's letter-for-digit confusions applied."""
    return "".join(table.get(d, d) for d in number)


def social_org_uscc(prefix: str, division: str, *, luhn_valid: bool) -> str:
    """An all-digit 统一社会信用代码 of a 社会组织 (prefix 51/52/53), Luhn-valid if asked."""
    for serial in range(10_000_000, 99_999_999, 7919):
        code = uscc(prefix + division + f"{serial:09d}")
        if code.isdigit() and (luhn(code[:-1]) == code) == luhn_valid:
            return code
    raise SystemExit("no code found")


# ================================================================ must block / fix
# ---- A. 公众号 article pasted from Word -------------------------------------
NB = "\u00a0"
LSEP = "\u2028"
OBJ = "\ufffc"
A = "wordpaste"
T.case(
    f"{A}-id-nbsp-groups",
    f"【身份证号】{grouped(ID1, [6, 8], NB)}",
    "block",
    ID,
    "ID number in 6-8-4 groups joined by U+00A0, as Word keeps them",
)
T.case(
    f"{A}-id-nbsp-label",
    f"申请人：张某某{NB}{NB}身份证号码：{ID2}",
    "block",
    ID,
    "a plain ID number after two no-break spaces from a Word table cell",
)
T.case(
    f"{A}-id-lsep-split",
    f"身份证号：{ID3[:10]}{LSEP}{ID3[10:]}",
    "block",
    ID,
    "a soft line break (U+2028) from Word's Shift+Enter inside the number " + GUESS,
)
T.case(
    f"{A}-id-obj-split",
    f"公民身份号码 {ID4[:6]}{OBJ}{ID4[6:]}",
    "block",
    ID,
    "U+FFFC object placeholder left where an inline picture was, inside the number " + GUESS,
)
T.case(
    f"{A}-id-smartquote",
    f"“{ID5}”为其本人身份证号。",
    "block",
    ID,
    "ID number inside Word's smart quotes",
)
T.case(
    f"{A}-id-fullwidth-brackets",
    f"【身份证号】：【{ID1}】",
    "block",
    ID,
    "ID number as a 【】 field value",
)
T.case(
    f"{A}-id-ideo-space",
    f"身份证号码：{grouped(ID2, [6, 8], chr(0x3000))}",
    "block",
    ID,
    "ID grouped with ideographic spaces U+3000 (Word's 全角空格)",
)
T.case(
    f"{A}-id-nnbsp",
    f"证件号码：{grouped(ID3, [6, 4, 4], chr(0x202F))}",
    "block",
    ID,
    "narrow no-break space U+202F between groups (Word's French-style paste) " + GUESS,
)
T.case(
    f"{A}-phone-nbsp",
    f"【联系电话】{PH1[:3]}{NB}{PH1[3:7]}{NB}{PH1[7:]}",
    "block",
    PH,
    "mobile number 3-4-4 with U+00A0, a 【】 field",
)
T.case(
    f"{A}-phone-lsep",
    f"联系人：王老师{LSEP}手机：{PH2}",
    "block",
    PH,
    "mobile number on a soft-broken line",
)
T.case(
    f"{A}-phone-smartquote",
    f"请拨打“{PH3}”咨询。",
    "block",
    PH,
    "mobile number inside smart quotes",
)
T.case(
    f"{A}-phone-obj",
    f"手机{OBJ}{PH4}",
    "block",
    PH,
    "U+FFFC placeholder right before the mobile number",
)
T.case(
    f"{A}-phone-fw-hyphen",
    "【联系方式】138－1234－5678（微信同号）",
    "block",
    PH,
    "full-width hyphens, the issue's form, in a 【】 field",
)
T.case(
    f"{A}-card-nbsp",
    f"【收款账号】{chunks(CARD1, 4, NB)}",
    "block",
    CARD,
    "UnionPay 19-digit card in groups of four with U+00A0",
)
T.case(
    f"{A}-card-ideo",
    f"开户行：中国建设银行 账号：{chunks(CARD2, 4, chr(0x3000))}",
    "block",
    CARD,
    "UnionPay 16-digit card grouped with U+3000",
)
T.case(
    f"{A}-link-smartquote",
    "详情请点击“s.click.taobao.com/t?e=m%3D2%26s%3Dab”",
    "fixed",
    LS,
    "bare Taobao ad host inside smart quotes",
)
T.case(
    f"{A}-link-lsep",
    f"购买链接：{LSEP}u.jd.com/aBc123",
    "fixed",
    LS,
    "bare JD ad host at the start of a soft-broken line",
)
T.case(
    f"{A}-link-nbsp",
    f"报名入口{NB}t.cn/A6Xyz9Qp",
    "fixed",
    LS,
    "Weibo shortener after a no-break space",
)
T.case(
    f"{A}-link-brackets",
    "【活动链接】dwz.cn/k8Hs2",
    "fixed",
    LS,
    "Baidu shortener right after a 】",
)
T.case(
    f"{A}-link-obj",
    f"扫码或点击{OBJ}s.click.taobao.com/t?e=7",
    "fixed",
    LS,
    "ad host right after an object placeholder U+FFFC",
)
T.case(
    f"{A}-link-fw",
    "详见：ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／ｔ？ｅ＝１",
    "fixed",
    LS,
    "full-width host and path pasted from a Word document",
)
T.case(
    f"{A}-taokouling-smart",
    "“VAQz99KzQVD”复制后打开淘宝",
    "block",
    SC,
    "淘口令 in smart quotes with the trigger words " + GUESS,
)
T.case(
    f"{A}-taokouling-corner",
    "【淘宝】「VAQz99KzQVD」复制后打开淘宝",
    "block",
    SC,
    "淘口令 in 「」, the issue's form, after a 【淘宝】 tag",
)
T.case(
    f"{A}-mark-nbsp",
    f"机密{NB}★{NB}1年",
    "block",
    MARK,
    "secrecy marking with no-break spaces around the star " + GUESS,
)
T.case(
    f"{A}-note-smartparen",
    "（此件不公开）",
    "block",
    NOTE,
    "the issue's disclosure note as the last paragraph of a pasted 通知",
)
# ---- B. Weibo typed on a phone --------------------------------------------
B = "weibo"
W = "overrides.weibo.text"
T.case(
    f"{B}-phone-mixed1",
    "有意者联系138１２３４5678",
    "block",
    PH,
    "half- and full-width digits mixed mid-number",
    W,
)
T.case(
    f"{B}-phone-mixed2",
    "电话：１38-1234-５678",
    "block",
    PH,
    "one full-width digit at each end, ASCII hyphens",
    W,
)
T.case(
    f"{B}-phone-mixed3",
    f"电话{full_width(PH2[:5])}{PH2[5:]}",
    "block",
    PH,
    "first five full-width, rest ASCII",
    W,
)
T.case(
    f"{B}-phone-fwspace",
    f"手机 {full_width(PH3[:3])}　{PH3[3:7]}　{full_width(PH3[7:])}",
    "block",
    PH,
    "mixed widths with ideographic spaces",
    W,
)
T.case(
    f"{B}-phone-plus86",
    "＋86 139 1234 5678",
    "block",
    PH,
    "full-width plus, country code, spaced",
    W,
)
T.case(
    f"{B}-phone-body",
    "接单请私信或致电1５9２1８7６5４3",
    "block",
    PH,
    "alternating widths digit by digit",
)
T.case(
    f"{B}-id-mixed",
    f"我的身份证{ID1[:9]}{full_width(ID1[9:])}",
    "block",
    ID,
    "ID number: first half ASCII, second half full-width",
    W,
)
T.case(
    f"{B}-id-mixed-x",
    f"身份证号{full_width(ID4[:6])}{ID4[6:]}",
    "block",
    ID,
    "ID number: division full-width, rest ASCII",
    W,
)
T.case(
    f"{B}-link-ime-dot1",
    "戳这里t。cn/A6Xyz9Qp",
    "fixed",
    LS,
    "IME put 。 for the dot in a Weibo short link",
    W,
)
T.case(
    f"{B}-link-ime-dot2",
    "链接：u。jd。com/aBc123",
    "fixed",
    LS,
    "both dots as 。 (the issue's form)",
    W,
)
T.case(
    f"{B}-link-ime-dot3",
    "领券 s.click.taobao。com/t?e=abc",
    "fixed",
    LS,
    "only the last dot as 。 (the issue's form)",
    W,
)
T.case(
    f"{B}-link-halfwidth-dot",
    "dwz｡cn/k8Hs2 速抢",
    "fixed",
    LS,
    "half-width ideographic full stop U+FF61 (the issue's form)",
    W,
)
T.case(
    f"{B}-link-fw-dot",
    "t．cn/A6Xyz9Qp",
    "fixed",
    LS,
    "full-width full stop U+FF0E (the issue's form)",
    W,
)
T.case(
    f"{B}-link-caps",
    "ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／ABC123",
    "fixed",
    LS,
    "full-width capitals with scheme (the issue's form)",
    W,
)
T.case(
    f"{B}-link-pinyin-caps",
    "复制打开 U.JD.COM/ABC123",
    "fixed",
    LS,
    "caps-lock host, ASCII " + GUESS,
    W,
)
T.case(
    f"{B}-link-caps-tcn", "T.CN/A6XYZ9QP 抢", "fixed", LS, "caps-lock Weibo shortener " + GUESS, W
)
T.case(
    f"{B}-link-ascii-colon",
    "报名网址:t.cn/A6Xyz9Qp",
    "fixed",
    LS,
    "link right after an ASCII colon (the issue's form)",
    W,
)
T.case(
    f"{B}-link-one-slash",
    "https:/t.cn/A6Xyz9Qp",
    "fixed",
    LS,
    "one slash after the scheme (the issue's form)",
    W,
)
T.case(f"{B}-link-fw-colon", "网址：dwz.cn/k8Hs2", "fixed", LS, "after a full-width colon", W)
T.case(
    f"{B}-link-zwsp",
    "https://s.click.tao\u200bbao.com/t?e=1",
    "fixed",
    LS,
    "U+200B inside the host (the issue's form)",
    W,
)
T.case(
    f"{B}-link-wj",
    "u.\u2060jd.com/aBc123",
    "fixed",
    LS,
    "U+2060 word joiner after the first label (the issue's form)",
    W,
)
T.case(
    f"{B}-link-title",
    "t。cn/A6Xyz9Qp",
    "block",
    [LS, "ad.url_field"],
    "IME dot, in the post's title; first run expected fixed alone — the docs decide a title "
    "that is nothing but an ad link blocks (ad.url_field)",
    "title",
)
T.case(
    f"{B}-taokouling-double",
    "《VAQz99KzQVD《 复制这段话打开手机淘宝",
    "block",
    SC,
    "淘口令 in 《…《 (the issue's form)",
    W,
)
T.case(
    f"{B}-taokouling-dollar",
    "￥VAQz99KzQVD￥ 打开淘宝APP即可领取",
    "block",
    SC,
    "淘口令 between ￥ signs " + GUESS,
    W,
)
T.case(
    f"{B}-mark-fw-star",
    "机密＊10年",
    "block",
    MARK,
    "full-width asterisk for ★ (the issue's form)",
    W,
)
# ---- C. 头条号 / 抖音 captions with emoji digits ----------------------------------
C = "emoji"
D = "overrides.douyin.text"
TT = "overrides.toutiao.text"
T.case(
    f"{C}-phone-keycap",
    f"☎️{keycap(PH1)}",
    "block",
    PH,
    "mobile number in keycap emoji 1️⃣3️⃣8️⃣… " + GUESS,
    D,
)
T.case(
    f"{C}-phone-keycap-body",
    f"咨询热线{keycap(PH2)}",
    "block",
    PH,
    "keycap mobile number in the body " + GUESS,
)
T.case(
    f"{C}-phone-keycap-bare",
    "联系" + "".join(d + "\u20e3" for d in PH3),
    "block",
    PH,
    "keycaps without the VS16 (digit + U+20E3) " + GUESS,
    D,
)
T.case(
    f"{C}-phone-circled",
    f"电话{circled(PH4)}",
    "block",
    PH,
    "mobile number in circled digits ①③… (NFKC gives digits) " + GUESS,
    TT,
)
T.case(
    f"{C}-phone-dingbat",
    f"电话{dingbat(PH5)}",
    "block",
    PH,
    "mobile number in dingbat digits ➊➒… (no NFKC decomposition) " + GUESS,
    TT,
)
T.case(
    f"{C}-phone-bold",
    f"V信同号 {bold(PH1)}",
    "block",
    PH,
    "mobile number in mathematical bold digits 𝟏𝟑𝟖… " + GUESS,
    D,
)
T.case(
    f"{C}-phone-bold-body",
    f"联系电话：{bold(PH3)}",
    "block",
    PH,
    "bold digits in the body " + GUESS,
)
T.case(
    f"{C}-phone-emoji-between",
    f"热线{PH1[:3]}🔥{PH1[3:7]}🔥{PH1[7:]}",
    "block",
    PH,
    "emoji between the groups of a mobile number " + GUESS,
    D,
)
T.case(
    f"{C}-phone-emoji-every",
    "电话1📞3📞8📞1📞2📞3📞4📞5📞6📞7📞8",
    "block",
    PH,
    "an emoji between every digit " + GUESS,
    D,
)
T.case(
    f"{C}-phone-heart",
    f"私信{PH2[:3]}❤️{PH2[3:7]}❤️{PH2[7:]}",
    "block",
    PH,
    "heart emoji with VS16 between groups " + GUESS,
    D,
)
T.case(
    f"{C}-phone-mixed-styles",
    f"☎{keycap(PH4[:3])}{bold(PH4[3:7])}{PH4[7:]}",
    "block",
    PH,
    "keycap, bold and ASCII in one number " + GUESS,
    D,
)
T.case(
    f"{C}-id-keycap", f"身份证{keycap(ID1)}", "block", ID, "ID number in keycap emoji " + GUESS, D
)
T.case(
    f"{C}-id-bold",
    f"身份证号{bold(ID2[:17])}{ID2[17]}",
    "block",
    ID,
    "ID number in mathematical bold digits " + GUESS,
    TT,
)
T.case(
    f"{C}-id-circled",
    f"身份证号码{circled(ID5)}",
    "block",
    ID,
    "ID number in circled digits " + GUESS,
    TT,
)
T.case(
    f"{C}-card-bold",
    f"转账到{bold(CARD1)}",
    "block",
    CARD,
    "UnionPay card in bold digits " + GUESS,
    D,
)
T.case(
    f"{C}-card-keycap",
    f"收款卡号{keycap(CARD2)}",
    "block",
    CARD,
    "UnionPay 16-digit card in keycaps " + GUESS,
    TT,
)
T.case(
    f"{C}-link-emoji-before",
    "👉s.click.taobao.com/t?e=abc",
    "fixed",
    LS,
    "finger emoji right before a bare ad host",
    D,
)
T.case(
    f"{C}-link-keycap-num",
    "1️⃣点击u.jd.com/aBc123领券",
    "fixed",
    LS,
    "keycap step number before a bare ad host",
    TT,
)
T.case(
    f"{C}-link-emoji-after", "t.cn/A6Xyz9Qp👈👈", "fixed", LS, "emoji straight after the path", D
)
T.case(
    f"{C}-link-sparkle-fw",
    "✨ｔ．ｃｎ／Ａ６Ｘｙｚ９Ｑｐ✨",
    "fixed",
    LS,
    "full-width shortener between sparkles",
    D,
)
T.case(
    f"{C}-taokouling-emoji",
    "💰VAQz99KzQVD💰复制打开淘宝",
    "block",
    SC,
    "淘口令 between emoji " + GUESS,
    D,
)
T.case(
    f"{C}-taokouling-corner-tt",
    "「VAQz99KzQVD」复制后打开淘宝",
    "block",
    SC,
    "the issue's 「」 form in a 头条 caption",
    TT,
)
T.case(
    f"{C}-phone-summary",
    f"报名{keycap(PH5)}",
    "block",
    PH,
    "keycap mobile number in the summary " + GUESS,
    "summary",
)
T.case(
    f"{C}-phone-keycap-spaced",
    "电话 " + " ".join(keycap(d) for d in PH1),
    "block",
    PH,
    "keycaps separated by spaces " + GUESS,
    D,
)
T.case(
    f"{C}-id-dingbat",
    f"证件号{dingbat(ID3[:17])}{ID3[17]}",
    "block",
    ID,
    "ID number in dingbat digits " + GUESS,
    TT,
)
# ---- D. 小红书 lines with 🔗 / 🌐 -----------------------------------------------
X = "xhs"
T.case(f"{X}-link-chain", "🔗s.click.taobao.com/t?e=m%3D2", "fixed", LS, "🔗 then a bare ad host")
T.case(f"{X}-link-globe", "🌐u.jd.com/aBc123", "fixed", LS, "🌐 then a bare JD host")
T.case(f"{X}-link-chain-space", "🔗 t.cn/A6Xyz9Qp", "fixed", LS, "🔗, a space, a shortener")
T.case(
    f"{X}-link-globe-fw",
    "🌐ｄｗｚ．ｃｎ／ｋ８Ｈｓ２",
    "fixed",
    LS,
    "🌐 then a full-width shortener",
)
T.case(f"{X}-link-chain-ime", "🔗u。jd。com/aBc123", "fixed", LS, "🔗 then an IME-dotted host")
T.case(f"{X}-link-chain-colon", "🔗:s.click.taobao.com/t?e=9", "fixed", LS, "🔗 and an ASCII colon")
T.case(f"{X}-link-pin", "📍店铺：s.click.taobao.com/t?e=q", "fixed", LS, "📍 label then host")
T.case(
    f"{X}-link-hashtag",
    "#好物分享# 🔗u.jd.com/aBc123 #政务#",
    "fixed",
    LS,
    "between 小红书 hashtags",
)
T.case(
    f"{X}-link-zw-emoji",
    "🔗s.click.taobao\u200c.com/t?e=1",
    "fixed",
    LS,
    "ZWNJ before the suffix after 🔗",
)
T.case(
    f"{X}-link-vs16",
    "🔗\ufe0fu.jd.com/aBc123",
    "fixed",
    LS,
    "a stray VS16 between the emoji and the host " + GUESS,
)
T.case(
    f"{X}-link-zwj",
    "🔗\u200dt.cn/A6Xyz9Qp",
    "fixed",
    LS,
    "a ZWJ between the emoji and the host " + GUESS,
)
T.case(f"{X}-link-arrow", "➡️dwz.cn/k8Hs2", "fixed", LS, "arrow emoji then a shortener")
T.case(
    f"{X}-link-two", "🔗u.jd.com/aBc123\n🌐t.cn/A6Xyz9Qp", "fixed", LS, "two lines, two ad links"
)
T.case(f"{X}-link-summary", "🔗s.click.taobao.com/t?e=1", "fixed", LS, "in the summary", "summary")
T.case(
    f"{X}-link-alt",
    "🔗u.jd.com/aBc123",
    "fixed",
    LS,
    "in an image's alt text " + GUESS,
    "image.alt",
)
T.case(
    f"{X}-link-markdown",
    "[🔗好物链接](https://u.jd.com/aBc123)",
    "fixed",
    LS,
    "Markdown link with an emoji label",
)
T.case(f"{X}-phone-emoji", "📱18601234567", "block", PH, "📱 then a mobile number")
T.case(f"{X}-phone-wechat", "🛒V：139 1234 5678", "block", PH, "V for 微信 then a spaced mobile")
T.case(f"{X}-taokouling", "🔑VAQz99KzQVD 复制后打开淘宝", "block", SC, "淘口令 after 🔑 " + GUESS)
T.case(
    f"{X}-link-jd-item",
    "🌐item.m.jd.com/product/100012345678.html",
    "warn",
    "link.other_host",
    "bare JD item page; first run expected fixed — the docs decide a shop's "
    "item page without affiliate marks is another site (warn)",
)
# ---- E. OCR text of screenshots ---------------------------------------------
OC = "ocr"
OCR_L = {"1": "l", "0": "O"}
OCR_S = {"5": "S"}
T.case(
    f"{OC}-phone-l",
    f"联系电话：{ocr(PH1, {'1': 'l'})}",
    "block",
    PH,
    "l for 1 in an OCR'd mobile number " + GUESS,
    "image.alt",
)
T.case(
    f"{OC}-phone-O",
    f"电话 {ocr(PH3, {'0': 'O'})}",
    "block",
    PH,
    "O for 0 in an OCR'd mobile number " + GUESS,
    "image.alt",
)
T.case(
    f"{OC}-phone-S",
    f"手机{ocr(PH2, OCR_S)}",
    "block",
    PH,
    "S for 5 in an OCR'd mobile number " + GUESS,
    "image.alt",
)
T.case(
    f"{OC}-phone-mix",
    f"联系人手机：{ocr(PH5, OCR_S | {'1': 'l', '0': 'O'})}",
    "block",
    PH,
    "l, O and S together " + GUESS,
    xfail="seven of the eleven characters are letters: a number written with letters is read "
    "only with six real digits in it (letter_digits._FEWEST_DIGITS), so that a word of letters "
    "is never one; l995555Ol23 and 199SSSS0123 after the same label block",
)
T.case(
    f"{OC}-phone-body",
    f"截图文字：报名电话{ocr(PH4, {'1': 'l'})}",
    "block",
    PH,
    "OCR text pasted into the body " + GUESS,
)
T.case(
    f"{OC}-phone-I",
    f"电话：{ocr(PH1, {'1': 'I'})}",
    "block",
    PH,
    "capital I for 1 " + GUESS,
    "image.alt",
)
T.case(
    f"{OC}-phone-o",
    f"电话：{ocr(PH3, {'0': 'o'})}",
    "block",
    PH,
    "small o for 0 " + GUESS,
    "image.alt",
)
T.case(
    f"{OC}-id-l",
    f"身份证号：{ocr(ID1, {'1': 'l'})}",
    "block",
    ID,
    "l for 1 in an OCR'd ID number " + GUESS,
    "image.alt",
)
T.case(
    f"{OC}-id-O",
    f"公民身份号码 {ocr(ID5, {'0': 'O'})}",
    "block",
    ID,
    "O for 0 in an OCR'd ID number " + GUESS,
    "image.alt",
)
T.case(f"{OC}-id-lO", f"身份证号码{ocr(ID2, OCR_L)}", "block", ID, "l and O together " + GUESS)
T.case(
    f"{OC}-id-S",
    f"身份证 {ocr(ID3, OCR_S)}",
    "block",
    ID,
    "S for 5 in an ID number; first run expected block — the docs then read S, B and Z for a "
    "labelled mobile only; since fix 99e (red team 99) for an ID number after its label too, "
    "where the 18 then check",
)
T.case(
    f"{OC}-id-spaced",
    f"身份证号 {' '.join(ID4)}",
    "block",
    ID,
    "OCR put a space between every digit",
)
T.case(
    f"{OC}-card-l",
    f"卡号：{ocr(CARD1, {'1': 'l'})}",
    "block",
    CARD,
    "l for 1 in an OCR'd card number; first run expected block — the docs then decided a card "
    "is never read with letters (clean); fix 83 reads it after a card label when the network "
    "rule and Luhn hold",
    "image.alt",
)
T.case(f"{OC}-link-O", "网址：t.cn/A6Xyz9Qp", "fixed", LS, "a link in OCR text", "image.alt")
T.case(f"{OC}-link-spaced", "s.click.taobao.com /t?e=1", "fixed", LS, "OCR's space before the path")
T.case(f"{OC}-mark", "机密★1年", "block", MARK, "OCR'd header of a scanned 红头文件", "image.alt")
T.case(
    f"{OC}-mark-spaced",
    "机 密 ★ 1 年",
    "block",
    MARK,
    "OCR spaced every character of the marking " + GUESS,
)
T.case(f"{OC}-mark-star-lookalike", "机密☆1年", "block", MARK, "OCR read ★ as ☆ " + GUESS)
T.case(f"{OC}-mark-trad", "機密★", "block", MARK, "traditional 機 (the issue's form)")
T.case(
    f"{OC}-internal-trad",
    "內部資料 注意保存",
    "block",
    INTERNAL,
    "traditional 內部資料 (the issue's form)",
)
# ---- F. scanned 红头文件 ----------------------------------------------------------
F = "redhead"
HEADER = "××市人民政府办公室文件\n××府办发〔2026〕18号\n"
T.case(
    f"{F}-mark-header",
    f"机密★1年\n{HEADER}关于做好有关工作的通知",
    "block",
    MARK,
    "marking alone on the header line",
)
T.case(
    f"{F}-mark-header-right",
    f"{' ' * 30}机密★1年\n{HEADER}",
    "block",
    MARK,
    "marking right-aligned by spaces",
)
T.case(f"{F}-mark-secret", f"秘密★6个月\n{HEADER}", "block", MARK, "秘密 with months")
T.case(f"{F}-mark-top", f"绝密★长期\n{HEADER}", "block", MARK, "绝密 with 长期")
T.case(
    f"{F}-mark-no-term", f"机密\n{HEADER}", "block", MARK, "机密 alone on the header line " + GUESS
)
T.case(
    f"{F}-mark-with-copy",
    f"000123\n机密★1年\n特急\n{HEADER}",
    "block",
    [MARK, HINT],
    "份号, marking, 紧急程度 as the 版头 prints them; first run expected the marking alone — "
    "the docs decide a 份号 and a 紧急程度 warn too (secrecy.document_hint)",
)
T.case(f"{F}-mark-fw-digit", f"机密★１年\n{HEADER}", "block", MARK, "full-width 1")
T.case(f"{F}-mark-cn-digit", f"机密★一年\n{HEADER}", "block", MARK, "the term in a Chinese numeral")
T.case(
    f"{F}-mark-fw-star", f"秘密＊６个月\n{HEADER}", "block", MARK, "full-width asterisk and digit"
)
T.case(f"{F}-mark-zw", f"机\u200b密★1年\n{HEADER}", "block", MARK, "zero-width space inside 机密")
T.case(f"{F}-mark-nbsp", f"机密{NB}★{NB}1年\n{HEADER}", "block", MARK, "no-break spaces")
T.case(
    f"{F}-mark-title",
    "机密★1年 ××市关于做好有关工作的通知",
    "block",
    MARK,
    "the marking pasted into the title",
    "title",
)
T.case(f"{F}-mark-trad-header", f"機密★1年\n{HEADER}", "block", MARK, "traditional 機密")
T.case(f"{F}-mark-star-ascii", f"机密*1年\n{HEADER}", "block", MARK, "ASCII asterisk " + GUESS)
T.case(
    f"{F}-note-plain",
    f"{HEADER}正文……\n\n（此件不公开）",
    "block",
    NOTE,
    "附注 (此件不公开), the issue's form",
)
T.case(
    f"{F}-note-buyu",
    f"{HEADER}正文……\n\n（此件不予公开）",
    "block",
    NOTE,
    "附注 (此件不予公开), the issue's form",
)
T.case(
    f"{F}-note-halfparen",
    f"{HEADER}正文……\n\n(此件不公开)",
    "block",
    NOTE,
    "half-width parentheses",
)
T.case(
    f"{F}-note-fuzhu", f"{HEADER}正文……\n附注：此件不公开", "block", NOTE, "附注： label " + GUESS
)
T.case(
    f"{F}-note-bare",
    f"{HEADER}正文……\n\n此件不公开",
    "block",
    NOTE,
    "the note without parentheses, last line " + GUESS,
)
T.case(
    f"{F}-note-attr",
    f"{HEADER}正文……\n公开属性：不予公开",
    "block",
    NOTE,
    "公开属性 field saying 不予公开 (the issue: 不予公开 as a note)",
)
T.case(
    f"{F}-note-spaced",
    f"{HEADER}正文……\n（此 件 不 公 开）",
    "block",
    NOTE,
    "OCR-spaced note " + GUESS,
)
T.case(
    f"{F}-note-smartquotes",
    f"{HEADER}正文……\n（此件不公开）\n抄送：市委办公室",
    "block",
    [NOTE, HINT],
    "the note before the 抄送 line; first run expected the note alone — the docs "
    "decide a 版记 抄送 warns (secrecy.document_hint)",
)
T.case(
    f"{F}-internal-spaced",
    "内 部 资 料 注意保存",
    "block",
    INTERNAL,
    "spaced 内部资料 (the issue's form)",
)
T.case(f"{F}-internal-trad", "內部資料", "block", INTERNAL, "traditional (the issue's form)")
T.case(
    f"{F}-internal-header", f"内部资料\n{HEADER}", "block", INTERNAL, "内部资料 on the header line"
)

# ================================================================ must stay clean
K = "clean"
# ---- USCC of 社会组织 (51 社会团体, 52 民办非企业单位, 53 基金会) ---------------------------
for prefix, kind in (("51", "社会团体"), ("52", "民办非企业单位"), ("53", "基金会")):
    for n, division in enumerate(("440106", "330106", "510107")):
        code = social_org_uscc(prefix, division, luhn_valid=True)
        T.clean(
            f"{K}-uscc{prefix}-{n}",
            f"{kind}名称：××市××协会　统一社会信用代码：{code}",
            f"all-digit 统一社会信用代码 of a {kind}, Luhn-valid (the issue's false block)",
        )
for prefix in ("51", "52", "53"):
    code = social_org_uscc(prefix, "320102", luhn_valid=True)
    T.clean(f"{K}-uscc{prefix}-bracket", f"【统一社会信用代码】{code}", "as a 【】 field value")
    T.clean(
        f"{K}-uscc{prefix}-nolabel",
        f"经审查，{code}号登记证书有效。",
        "a Luhn-valid 51–53 code with no label " + GUESS,
    )
    T.clean(f"{K}-uscc{prefix}-nbsp", f"统一社会信用代码：{NB}{code}", "after a no-break space")
T.clean(
    f"{K}-uscc-weibo",
    f"登记证号：{social_org_uscc('52', '110108', luhn_valid=True)}",
    "in a Weibo text",
    W,
)
# ---- 组织机构代码 ------------------------------------------------------------------
for n, first8 in enumerate(("12345678", "50012345", "MA1234X5", "06890123", "40123456")):
    code = org_code(first8)
    T.clean(f"{K}-org-{n}", f"组织机构代码：{code[:8]}-{code[8]}", "组织机构代码 with its hyphen")
T.clean(f"{K}-org-nohyphen", f"组织机构代码{org_code('71093245')}", "组织机构代码 without hyphen")
T.clean(
    f"{K}-org-bracket",
    f"【组织机构代码】{org_code('55012345')[:8]}-{org_code('55012345')[8]}",
    "in 【】",
)
# ---- 18-digit 发票 / 订单 / 流水号 ----------------------------------------------------------
ORDERS = [
    ("发票号码", "20260512345678901"),
    ("订单号", "26120512345678901"),
    ("交易流水号", "20261205093012345"),
    ("订单编号", "88801234567890123"),
    ("业务流水号", "40261205000012345"),
    ("受理编号", "26120500000000123"),
]
for n, (label, first17) in enumerate(ORDERS):
    number = luhn(first17)
    T.clean(
        f"{K}-order-luhn-{n}",
        f"{label}：{number}",
        f"18-digit {label}, Luhn-valid, not a card prefix " + GUESS,
    )
    plain = first17 + "7"
    T.clean(f"{K}-order-plain-{n}", f"{label}{plain}", f"18-digit {label} " + GUESS)
T.clean(
    f"{K}-invoice-code", "发票代码：044031900111 发票号码：12345678", "a 电子发票's code and number"
)
T.clean(f"{K}-order-weibo", f"订单号{luhn('20261205123456789')}已发货", "a Weibo 订单号", W)
T.clean(f"{K}-order-fw", f"订单号：{full_width(luhn('26120512345678901'))}", "full-width 订单号")
# ---- Mastercard-shaped 18-digit numbers ---------------------------------------
for n, first17 in enumerate(
    (
        "51234567890123456",
        "52000012345678901",
        "53987654321012345",
        "54111122223333444",
        "55000000001234567",
        "22210012345678901",
    )
):
    number = luhn(first17)
    T.clean(
        f"{K}-mc18-{n}",
        f"编号：{number}",
        "18 digits starting 51–55 / 2221: no Mastercard is 18 digits (the issue)",
    )
T.clean(
    f"{K}-mc18-spaced",
    f"档案号 {chunks(luhn('52345678901234567'), 6, ' ')}",
    "Mastercard-shaped 18 digits in groups of six",
)
# ---- disclosure words in prose -----------------------------------------------
PROSE = [
    "对依法不予公开的情形，行政机关应当书面告知申请人并说明理由。",
    "依法不予公开的政府信息，不得公开；但第三方同意公开的除外。",
    "申请公开的信息属于依法不予公开的情形的，告知申请人不予公开并说明理由。",
    "《中华人民共和国政府信息公开条例》第十四条规定了不予公开的范围。",
    "本机关不得以“此件不公开”为由拒绝公开应当主动公开的政府信息。",
    "公开方式：主动公开",
    "（此件公开发布）",
    "公开属性：依申请公开",
    "经审查，您申请的信息部分公开，涉及个人隐私的部分不予公开。",
]
# decided after the first run (expected clean): 不予公开 in prose warns for a reviewer, and a
# 依申请公开 note warns, as docs/compliance.md says (neither blocks: the complaint)
PROSE_DECIDED = {
    0: ("warn", SENSITIVE),
    1: ("warn", SENSITIVE),
    2: ("warn", SENSITIVE),
    3: ("warn", SENSITIVE),
    7: ("warn", "disclosure.on_request"),
    8: ("warn", SENSITIVE),
}
for n, text in enumerate(PROSE):
    if n in PROSE_DECIDED:
        expect, rule = PROSE_DECIDED[n]
        T.case(
            f"{K}-disclosure-prose-{n}",
            text,
            expect,
            rule,
            "disclosure words in prose; first run expected clean — the docs decide it warns "
            "(不予公开 in 政务公开 prose is for a reviewer; 依申请公开 is no release on the "
            "agency's own initiative), never blocks",
        )
    else:
        T.clean(
            f"{K}-disclosure-prose-{n}", text, "disclosure words in ordinary prose or a public note"
        )
# ---- 内部控制 / 内部审计 ----------------------------------------------------------
INTERNAL_PROSE = [
    "进一步加强行政事业单位内部控制建设。",
    "市审计局印发《内部审计工作规定》实施细则。",
    "内部审计机构应当对本单位内部控制的有效性进行评价。",
    "健全内部管理制度，规范内部资金使用。",
    "完善内部控制评价报告制度。",
    "内部资料性出版物管理办法解读",
    "《内部控制基本规范》培训班圆满结束",
]
for n, text in enumerate(INTERNAL_PROSE):
    T.clean(f"{K}-internal-prose-{n}", text, "内部控制 / 内部审计 wording " + GUESS)
# ---- 机密 / 秘密 in 保守国家秘密 prose --------------------------------------------
SECRECY = [
    "国家秘密的密级分为绝密、机密、秘密三级。",
    "机密级国家秘密的保密期限，除另有规定外，不超过二十年。",
    "严禁在互联网上存储、处理涉及国家秘密的信息，切实做好保守国家秘密工作。",
    "开展保密宣传教育，增强干部“保守机密、慎之又慎”的意识。",
    "《中华人民共和国保守国家秘密法》第十五条规定了保密期限。",
    "企业应保护商业机密，防止泄露。",
    "揭秘：政务服务“一网通办”背后的秘密。",
    "标注“机密★”等密级标志的文件不得上网发布。",
]
for n, text in enumerate(SECRECY[:-1]):
    T.clean(f"{K}-secrecy-prose-{n}", text, "secrecy words in 保密 prose " + GUESS)
T.case(
    f"{K}-secrecy-prose-{len(SECRECY) - 1}",
    SECRECY[-1],
    "block",
    MARK,
    "机密★ quoted in a 保密 rule; first run expected clean — the docs decide a quoted 密级 is a "
    "word only when bare: with its star (印有「机密★」标识) it blocks",
)
# ---- gov.cn links written oddly ----------------------------------------------
GOV = [
    ("ime", "详见 www。gov。cn/zhengce/content/2026-12/05/content_1234567.htm"),
    ("fw", "网址：ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ／"),
    ("caps", "ＨＴＴＰＳ：／／ＷＷＷ．ＧＯＶ．ＣＮ／"),
    ("one-slash", "https:/www.gov.cn/zhengce/"),
    ("colon", "网址:www.gov.cn"),
    ("chain", "🔗www.gov.cn/zhengce/"),
    ("globe", "🌐www.sh.gov.cn"),
    ("zw", "https://www.g\u200bov.cn/zhengce/"),
    ("smart", "“www.gov.cn”"),
    ("bracket", "【政府网站】www.beijing.gov.cn"),
    ("halfwidth-dot", "zwfw｡gov｡cn"),
    ("province", "浙江政务服务网zjzwfw.gov.cn"),
    ("lsep", f"链接：{LSEP}www.gov.cn/xinwen/"),
    ("caps-ascii", "WWW.GOV.CN/ZHENGCE/"),
    ("keycap-before", "1️⃣登录www.gov.cn"),
]
for name, text in GOV:
    if name in ("fw", "caps"):
        T.case(
            f"{K}-gov-{name}",
            text,
            "warn",
            "link.unparsable",
            "gov.cn with full-width slashes (and scheme); first run expected clean — the docs "
            "decide it warns: no browser opens it, never allowed on its folded reading",
        )
    else:
        T.clean(f"{K}-gov-{name}", text, "a gov.cn link written oddly")
# ---- emoji lists, dates, amounts, masks, misc ----------------------------------
MISC = [
    ("keycap-list", "1️⃣提交材料 2️⃣现场核验 3️⃣领取证照", "keycap step numbers"),
    ("circled-list", "①申请 ②受理 ③审查 ④决定", "circled step numbers"),
    ("dingbat-list", "➊宣传 ➋培训 ➌检查", "dingbat step numbers"),
    ("year-ling", "二〇二六年十二月五日", "a date with 〇"),
    ("year-ocr", "2O26年12月5日印发", "OCR's O in a year " + GUESS),
    ("wenhao", "××府办发〔2026〕18号", "a 文号"),
    ("amount", "共计￥1,380,000.00元（壹佰叁拾捌万元整）", "an amount"),
    ("mask-phone", "联系人：李女士 138****5678", "a masked mobile number"),
    ("mask-id", "身份证号：310104********3688", "a masked ID number"),
    ("hotline", "☎️政务服务便民热线12345", "the 12345 hotline"),
    ("keycap-hotline", "拨打1️⃣2️⃣3️⃣4️⃣5️⃣反映诉求", "12345 in keycaps"),
    ("obj", f"如图所示{OBJ}，办理流程如下。", "a stray object placeholder"),
    ("pinyin", "ZHENGWU GONGKAI 政务公开专栏", "pinyin capitals"),
    ("bold-year", f"{bold('2026')}年政府工作报告", "bold digits in a year"),
    ("population", f"常住人口{bold('13812345')}人", "an 8-digit count in bold"),
    ("score", "满意度99.8%，办结率100%", "percentages"),
    ("postcode", "邮编：310006", "a postcode"),
]
for name, text, note in MISC:
    T.clean(f"{K}-misc-{name}", text, note)

# ================================================================ second slice (not blind)
# Around the one fix (U+FFFC reads as a picture, a space): written after the first run.
S2 = "slice2"
T.case(
    f"{S2}-obj-card",
    f"收款账号：{chunks(CARD1, 4, OBJ)}",
    "block",
    CARD,
    "UnionPay card in fours split by object placeholders",
)
T.case(
    f"{S2}-obj-internal",
    f"内部{OBJ}资料",
    "block",
    INTERNAL,
    "内部资料 split by an object placeholder (closes up as an emoji does)",
)
T.case(f"{S2}-obj-mark", f"机{OBJ}密★1年", "block", MARK, "机密 split by an object placeholder")
T.case(
    f"{S2}-obj-mobile-nolabel",
    f"{PH2[:3]}{OBJ}{PH2[3:7]}{OBJ}{PH2[7:]}",
    "block",
    PH,
    "a mobile in 3-4-4 split by placeholders, no label",
)
T.case(
    f"{S2}-obj-id-groups",
    f"{OBJ}{grouped(ID5, [6, 8], OBJ)}{OBJ}",
    "block",
    ID,
    "an ID number 6-8-4 between placeholders",
)
T.clean(
    f"{S2}-obj-between-counts",
    f"共{OBJ}138{OBJ}人参加，{OBJ}1234{OBJ}份问卷",
    "placeholders between counts: no number made",
)
T.clean(f"{S2}-obj-list", f"{OBJ}1.提交材料{OBJ}2.领取证照", "placeholders before list numbers")

T.write(
    __file__, "Generated by gen_redteam73.py (red-team pass 73, blind); do not edit.", width=100
)
