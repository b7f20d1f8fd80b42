"""Regenerate redteam63_blind_issue_sample.yaml (red-team pass 63, written blind).

A second draw of the hidden set, written from issue 12's text alone, as the outside
evaluator would: every form the issue lists exactly as it shows it, three to five
natural variants of each (other shop and shortener hosts, separators, positions, Markdown,
HTML, a title, twice in one text), and the look-alikes that must stay clean (gov.cn links
written the same odd ways, valid 统一社会信用代码 of every 登记管理部门, order numbers,
文号, dates, amounts, masked numbers, the marking and note words in prose). Where the
issue is silent the note says ``(evaluator's guess)``. Run from the repository root:
python tests/compliance/corpus/gen_redteam63.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, LS, MARK, MOB, NOTE, OTHER, SC, TERM, UNPARSABLE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from number_makers import DIVISIONS, chunks, full_width, grouped, id_number, luhn, org_code, uscc

ID = "personal.id_number"
INTERNAL = "secrecy.internal"
GUESS = " (evaluator's guess)"
# The blind draft guessed the rule names of personal data (privacy.*) and of internal-use
# markings (secrecy.marking); the first run named them personal.* and secrecy.internal with
# the severity expected, and the names were corrected (RENAMED in those cases' notes).
RENAMED = " [rule name corrected after run 1]"

TABLE = CaseTable("redteam63_blind_issue_sample")
case = TABLE.case
clean = TABLE.clean


# --- 1. links without a scheme, full width or odd dots (issue-literal, then variants) --------
ISSUE_LINK = "issue 12: scheme-less link in full width or with odd dots; an ad is stripped"
case(
    "lit-fw-taobao",
    "活动详情：ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=m2Ab9",
    "fixed",
    LS,
    ISSUE_LINK,
)
case("lit-ideo-dot-taobao", "领券地址 s.click.taobao。com/t?e=m2Ab9", "fixed", LS, ISSUE_LINK)
case("lit-ideo-dots-jd", "京东下单：u。jd。com/8Kx2Qa", "fixed", LS, ISSUE_LINK)
case("lit-halfwidth-stop-dwz", "点此了解 dwz｡cn/Ab3dE", "fixed", LS, ISSUE_LINK)
case("lit-fw-dot-tcn", "报名请点 t．cn/A6x8bY2k", "fixed", LS, ISSUE_LINK)
case(
    "lit-fw-scheme-jd",
    "抢购入口：ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／8Kx2Qa",
    "fixed",
    LS,
    ISSUE_LINK,
)

VAR_LINK = "variant of issue 12's scheme-less odd-dot link: other host, separator or position"
for id_, text in [
    ("var-mtb-ideo", "好物推荐→m。tb。cn/h.5Xz9Q"),
    ("var-etb-fw", "复制链接 ｅ．ｔｂ．ｃｎ／h.Ux2Bc 打开"),
    ("var-3cn-halfwidth", "京东秒杀：3｡cn/1x-AbCd"),
    ("var-item-jd-mixed", "同款在这 item。jd．com/100012043978.html"),
    ("var-pdd-ideo", "拼多多砍一刀 p。pinduoduo。com/ab12CD"),
    ("var-yangkeduo-fw", "ｍｏｂｉｌｅ．ｙａｎｇｋｅｄｕｏ．ｃｏｍ／goods.html?goods_id=1234"),
    ("var-douyin-ideo", "抖音同款 v。douyin。com/iRNBxYz/"),
    ("var-tcn-ideo-start", "t。cn/A6x8bY2k 报名从速"),
    ("var-dwz-end-period", "具体优惠详见dwz．cn/Ab3dE。"),
    ("var-taobao-fw-upper", "ＳＨＯＰ１２３４．ＴＡＯＢＡＯ．ＣＯＭ"),
    ("var-urlcn-mixed", "点击url｡cn/5Gh7Jk领取"),
]:
    case(id_, text, "fixed", LS, VAR_LINK + ("" if "t。cn" in text or "dwz" in text else GUESS))
case(
    "var-fw-tcn-title",
    "限时福利 t．cn/A6x8bY2k",
    "fixed",
    LS,
    VAR_LINK + " in a title" + GUESS,
    "title",
)
case("var-markdown-link", "[点此报名](t．cn/A6x8bY2k)", "fixed", LS, VAR_LINK + ": Markdown")
case(
    "var-markdown-bare-target",
    "详情见[活动页](u。jd。com/8Kx2Qa)。",
    "fixed",
    LS,
    VAR_LINK + ": Markdown",
)
case(
    "var-html-href",
    '<p>领券<a href="s.click.taobao。com/t?e=m2Ab9">这里</a></p>',
    "fixed",
    LS,
    VAR_LINK + ": HTML href" + GUESS,
)
case(
    "var-html-text",
    "<p>抢购：ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=1</p>",
    "fixed",
    LS,
    VAR_LINK + ": HTML text",
)
case(
    "var-twice",
    "第一波 t．cn/A6x8bY2k，第二波 u。jd。com/8Kx2Qa。",
    "fixed",
    LS,
    VAR_LINK + ": twice in one text",
)
case("var-in-corner-brackets", "「t．cn/A6x8bY2k」", "fixed", LS, VAR_LINK + ": in 「」")
case("var-in-fw-parens", "报名（t。cn/A6x8bY2k）", "fixed", LS, VAR_LINK + ": in （）")
case("var-after-lenticular", "【福利】dwz｡cn/Ab3dE", "fixed", LS, VAR_LINK + ": after 【】")
case("var-fw-colon-then-link", "网址：ｔ．ｃｎ／A6x8bY2k", "fixed", LS, VAR_LINK)
case("var-line-end", "报名链接见下：\nt．cn/A6x8bY2k", "fixed", LS, VAR_LINK + ": own line")

# --- 2. zero-width characters in hosts ------------------------------------------------------
ZW = "issue 12: a default-ignorable character in the host; UTS #46 drops it"
case("lit-zwsp-taobao", "https://s.click.tao\u200bbao.com/t?e=m2Ab9", "fixed", LS, ZW)
case("lit-wj-jd", "下单 u.\u2060jd.com/8Kx2Qa", "fixed", LS, ZW)
case("lit-wj-jd-bare", "京东 u.\u2060jd.com", "fixed", LS, ZW)
for id_, text in [
    ("var-zwnj-tcn", "https://t.\u200ccn/A6x8bY2k"),
    ("var-zwj-dwz", "dwz.\u200dcn/Ab3dE"),
    ("var-bom-taobao", "https://s.click.\ufefftaobao.com/t?e=1"),
    ("var-shy-jd", "https://u.j\u00add.com/8Kx2Qa"),
    ("var-zwsp-twice", "https://m.t\u200bb.c\u200bn/h.5Xz9Q"),
    ("var-zwsp-pdd", "p.pin\u200bduoduo.com/ab12CD"),
]:
    case(id_, text, "fixed", LS, ZW + " (variant)")
case(
    "var-zwsp-title",
    "爆款 https://s.click.tao\u200bbao.com/t?e=1",
    "fixed",
    LS,
    ZW + " (variant, title)" + GUESS,
    "title",
)
case("var-zwsp-markdown", "[领取](https://u.\u200bjd.com/8Kx2Qa)", "fixed", LS, ZW + " (Markdown)")

# --- 3. ASCII colon and one-slash scheme ----------------------------------------------------
COLON = "issue 12: a bare link right after an ASCII colon"
SLASH = "issue 12: scheme:/host (one slash), which browsers open"
case("lit-ascii-colon", "报名网址:t.cn/A6x8bY2k", "fixed", LS, COLON)
case("lit-one-slash", "https:/t.cn/A6x8bY2k", "fixed", LS, SLASH)
case("var-ascii-colon-jd", "购买链接:u.jd.com/8Kx2Qa", "fixed", LS, COLON + " (variant)")
case("var-ascii-colon-dwz-end", "详情:dwz.cn/Ab3dE", "fixed", LS, COLON + " (variant)")
case(
    "var-ascii-colon-space-less-taobao",
    "地址:s.click.taobao.com/t?e=1。",
    "fixed",
    LS,
    COLON + " (variant)",
)
case("var-one-slash-http", "活动页 http:/u.jd.com/8Kx2Qa", "fixed", LS, SLASH + " (variant)")
case(
    "var-one-slash-fw", "ｈｔｔｐｓ：／t.cn/A6x8bY2k", "fixed", LS, SLASH + " (variant, full width)"
)
case("var-one-slash-upper", "HTTPS:/DWZ.CN/Ab3dE", "fixed", LS, SLASH + " (variant, capitals)")
case("var-one-slash-after-colon", "链接:https:/m.tb.cn/h.5Xz9Q", "fixed", LS, SLASH + " (variant)")
case(
    "var-one-slash-title",
    "秒杀https:/t.cn/A6x8bY2k",
    "fixed",
    LS,
    SLASH + " in a title" + GUESS,
    "title",
)

# --- 4. 淘口令 in 「」 and 《《 -----------------------------------------------------------------
TKL = "issue 12: 淘口令 in 「」 / 《《 brackets with its trigger words" + GUESS + " on severity"
case("lit-tkl-corner", "「VAQz99KzQVD」复制后打开淘宝", "block", SC, TKL)
case("lit-tkl-double-angle", "《VAQz99KzQVD《复制后打开淘宝", "block", SC, TKL)
case("var-tkl-corner-prefix", "复制这段话「Xp7LmQ2RtY9」打开手机淘宝即可领券", "block", SC, TKL)
case("var-tkl-angle-app", "8《Hk3dRt9Wq2B《 打开👉手机淘宝👈", "block", SC, TKL)
case("var-tkl-white-corner", "『Zt4Kd8PqW1m』复制打开淘宝", "block", SC, TKL)
case("var-tkl-title", "「VAQz99KzQVD」复制打开淘宝", "block", SC, TKL + " in a title", "title")
case(
    "var-tkl-twice",
    "「VAQz99KzQVD」复制后打开淘宝；或《Hk3dRt9Wq2B《复制打开淘宝",
    "block",
    SC,
    TKL,
)

# --- 5. ID numbers --------------------------------------------------------------------------
ISSUE_ID = "issue 12: a valid ID number grouped with hyphens must block"
ID_A = "310104198511223688"
ID_B = id_number("44010619900307251")
# (The blind draft cut this number's birth date to 1978-06-00, no date: fixed after run 1.)
ID_X = next(
    id_number(f"11010519780601{n:03d}")
    for n in range(1000)
    if id_number(f"11010519780601{n:03d}").endswith("X")
)
case("lit-id-hyphen", "申请人身份证号：310104-19851122-3688", "block", ID, ISSUE_ID)
VAR_ID = "variant of issue 12's grouped ID number"
case("var-id-spaces", f"身份证 {ID_B[:6]} {ID_B[6:14]} {ID_B[14:]}", "block", ID, VAR_ID)
case("var-id-fw-hyphen", f"身份证号{ID_B[:6]}－{ID_B[6:14]}－{ID_B[14:]}", "block", ID, VAR_ID)
case(
    "var-id-fw-digits", f"证件号码：{full_width(ID_A)}", "block", ID, VAR_ID + ": full-width digits"
)
case(
    "var-id-zwsp", "身份证号：3101\u200b0419851122\u200b3688", "block", ID, VAR_ID + ": zero width"
)
case("var-id-x", f"公民身份号码{ID_X[:6]}-{ID_X[6:14]}-{ID_X[14:]}", "block", ID, VAR_ID + ": X")
case("var-id-lower-x", f"身份证号 {ID_X[:-1]}x。", "block", ID, VAR_ID + ": lower-case x")
case(
    "var-id-4s",
    f"{ID_B[:3]} {ID_B[3:6]} {ID_B[6:10]} {ID_B[10:14]} {ID_B[14:]}",
    "block",
    ID,
    VAR_ID + ": 3-3-4-4-4 at the start" + GUESS,
)
case(
    "var-id-title",
    f"寻人：{ID_A[:6]}-{ID_A[6:14]}-{ID_A[14:]}",
    "block",
    ID,
    VAR_ID + " in a title",
    "title",
)
case("var-id-twice", f"甲{ID_A}，乙{ID_B[:6]}-{ID_B[6:14]}-{ID_B[14:]}。", "block", ID, VAR_ID)

# --- 6. mobile numbers ----------------------------------------------------------------------
ISSUE_MOB = "issue 12: a mobile number with full-width hyphens must block"
VAR_MOB = "variant of issue 12's mobile number"
case("lit-mobile-fw-hyphen", "联系电话：138－1234－5678", "block", MOB, ISSUE_MOB)
for id_, text in [
    ("var-mobile-hyphen", "联系人王先生 139-8765-4321"),
    ("var-mobile-spaces", "手机 186 2233 4455，随时联系"),
    ("var-mobile-fw-digits", "手机号：１３７１２３４５６７８"),
    ("var-mobile-plus86", "+86 158 0000 1234"),
    ("var-mobile-zwsp", "电话：135\u200b1234\u200b5678"),
    ("var-mobile-ideo-space", "电话 150\u30001234\u30005678"),
    ("var-mobile-fw-hyphen-end", "如有疑问请致电187－6543－2109"),
]:
    case(id_, text, "block", MOB, VAR_MOB + ("" if "－" in text else GUESS))
case(
    "var-mobile-title",
    "失物招领 请联系138－1234－5678",
    "block",
    MOB,
    VAR_MOB + " in a title",
    "title",
)

# --- 7. markings ----------------------------------------------------------------------------
ISSUE_MARK = "issue 12: a secrecy marking written to slip past must block"
VAR_MARK = "variant of issue 12's marking"
case("lit-mark-fw-star", "机密＊10年", "block", MARK, ISSUE_MARK)
case("lit-mark-spaced", "内 部 资 料", "block", MARK, ISSUE_MARK)
case("lit-mark-trad-secret", "機密★", "block", MARK, ISSUE_MARK)
case("lit-mark-trad-internal", "內部資料", "block", MARK, ISSUE_MARK)
for id_, text, extra in [
    ("var-mark-secret-fw-star", "秘密＊5年\n关于做好年度工作的通知", ""),
    ("var-mark-top-fw-star", "绝密＊长期", ""),
    ("var-mark-fw-star-fw-digits", "机密＊１０年", ""),
    ("var-mark-ideo-spaced", "内\u3000部\u3000资\u3000料\n请勿外传", ""),
    ("var-mark-spaced-secret", "机 密 ★ 10 年", GUESS),
    ("var-mark-trad-top", "絕密★長期", ""),
    ("var-mark-trad-internal-doc", "內部文件 注意保存", GUESS),
    ("var-mark-trad-spaced", "內 部 資 料", ""),
    ("var-mark-end", "会议纪要如上。\n内部资料 注意保存", ""),
    ("var-mark-internal-plain", "内部资料，请勿外传。", ""),
]:
    case(id_, text, "block", MARK, VAR_MARK + extra)
case("var-mark-title", "機密★ 关于某项目的报告", "block", MARK, VAR_MARK + " in a title", "title")
case(
    "var-mark-title-spaced",
    "内 部 资 料｜第三季度简报",
    "block",
    MARK,
    VAR_MARK + " in a title",
    "title",
)

# --- 8. disclosure notes --------------------------------------------------------------------
ISSUE_NOTE = "issue 12 Build 4: a 公开属性 note that the document is not for release blocks"
case("lit-note-not-public", "（此件不公开）", "block", NOTE, ISSUE_NOTE)
case("lit-note-not-released", "（此件不予公开）", "block", NOTE, ISSUE_NOTE)
for id_, text, extra in [
    (
        "var-note-after-body",
        "请各单位认真贯彻执行。\n\n××市人民政府办公厅\n2024年3月15日\n（此件不公开）",
        "",
    ),
    ("var-note-ascii-parens", "请遵照执行。(此件不公开)", ""),
    ("var-note-bare", "此件不予公开", ""),
    ("var-note-attribute", "公开属性：不予公开", ""),
    ("var-note-lenticular", "【此件不公开】关于调整人员的通知", GUESS),
    ("var-note-spaced", "（此 件 不 公 开）", GUESS),
    ("var-note-trad", "（此件不公開）", GUESS),
]:
    case(id_, text, "block", NOTE, ISSUE_NOTE + " (variant)" + extra)
case(
    "var-note-title",
    "关于人事调整的通知（此件不公开）",
    "block",
    NOTE,
    ISSUE_NOTE + " in a title",
    "title",
)

# --- 9. cards of each network (must block) --------------------------------------------------
CARD_NOTE = "issue 12 Build 3: a real card of its network (length, prefix, Luhn) is personal data"


def card_of(prefix: str, length: int, seed: int) -> str:
    """A Luhn-valid number of ``length`` digits starting ``prefix``."""
    body = (prefix + f"{seed:019d}")[: length - 1]
    return luhn(body)


CARDS = [
    ("unionpay-16", card_of("6222", 16, 8123456789012)),
    ("unionpay-19", card_of("6228", 19, 4801234567890123)),
    ("visa-16", card_of("4111", 16, 27384950617)),
    ("visa-13", card_of("4", 13, 98765432101)),
    ("mc-51", card_of("51", 16, 3456789012345)),
    ("mc-55", card_of("55", 16, 9988776655443)),
    ("mc-2221", card_of("2221", 16, 456789012345)),
    ("mc-2720", card_of("2720", 16, 123456789012)),
    ("amex-34", card_of("34", 15, 123456789012)),
    ("amex-37", card_of("37", 15, 876543210987)),
    ("jcb-3528", card_of("3528", 16, 11223344556)),
    ("jcb-3589", card_of("3589", 16, 66554433221)),
]
for name, number in CARDS:
    spaced = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    case(f"card-{name}", f"退款账户：{spaced}", "block", CARD, CARD_NOTE + GUESS)
case("card-unionpay-fw", f"卡号{full_width(CARDS[0][1])}", "block", CARD, CARD_NOTE + GUESS)
case(
    "card-visa-hyphen",
    "卡号 " + "-".join(CARDS[2][1][i : i + 4] for i in range(0, 16, 4)),
    "block",
    CARD,
    CARD_NOTE + GUESS,
)

# --- 10. 统一社会信用代码 of every 登记管理部门: must stay clean --------------------------------
USCC_NOTE = "a valid 统一社会信用代码 (GB 32100) is a public registration, not a card"
PREFIXES = [
    "11",
    "12",
    "13",
    "19",
    "21",
    "29",
    "31",
    "32",
    "33",
    "34",
    "35",
    "39",
    "41",
    "49",
    "51",
    "52",
    "53",
    "59",
    "61",
    "62",
    "69",
    "71",
    "72",
    "79",
    "81",
    "89",
    "91",
    "92",
    "93",
    "A1",
    "A9",
    "N1",
    "N2",
    "N3",
    "N9",
    "Y1",
]
for index, prefix in enumerate(PREFIXES):
    division = DIVISIONS[index % len(DIVISIONS)]
    org = org_code(f"{(index * 7919 + 1234567) % 100000000:08d}".replace("0", "M", 1))
    code = uscc(prefix + division + org[:9])
    clean(f"uscc-{prefix}", f"统一社会信用代码：{code}", USCC_NOTE + f" (prefix {prefix})")


def digit_uscc(prefix: str, start: int) -> str:
    """An all-digit valid 统一社会信用代码 with ``prefix`` that also passes Luhn."""
    for n in range(start, start + 200000):
        org = org_code(f"{n:08d}")
        if not org.isdigit():
            continue
        for division in DIVISIONS:
            code = uscc(prefix + division + org)
            if code.isdigit() and luhn(code[:-1]) == code:
                return code
    raise SystemExit("no code")


DIGIT_NOTE = "issue 12: an all-digit 统一社会信用代码 of prefix 51–53 passing Luhn is no card"
for prefix, start, kind in [
    ("51", 50000000, "社会团体"),
    ("52", 52000000, "民办非企业单位"),
    ("53", 53000000, "基金会"),
]:
    code = digit_uscc(prefix, start)
    clean(f"lit-uscc-digits-{prefix}", f"{kind}统一社会信用代码：{code}", DIGIT_NOTE)
    clean(
        f"var-uscc-digits-{prefix}-bare", f"本{kind}（{code}）依法登记。", DIGIT_NOTE + " (variant)"
    )
    clean(
        f"var-uscc-digits-{prefix}-spaced",
        f"信用代码 {code[:2]} {code[2:8]} {code[8:17]} {code[17]}",
        DIGIT_NOTE + " (grouped)" + GUESS,
    )
code51 = digit_uscc("51", 51000000)
clean(
    "var-uscc-digits-title", f"某协会（{code51}）年检结果公告", DIGIT_NOTE + " in a title", "title"
)

ORG_NOTE = "a valid 组织机构代码 (GB 11714) is a public registration"
for index, first8 in enumerate(["00000001", "12345678", "50218347", "MA1K2L3N", "71093456"]):
    code = org_code(first8)
    clean(f"orgcode-hyphen-{index}", f"组织机构代码：{code[:8]}-{code[8]}", ORG_NOTE)
    clean(f"orgcode-plain-{index}", f"组织机构代码{code}", ORG_NOTE)

# --- 11. other number look-alikes: must stay clean ------------------------------------------
NUM = "a number that looks like an ID, phone or card but is none (evaluator's guess)"
for id_, text in [
    ("order-18", "订单号：202403151230450017"),
    ("order-18-b", "物流单号 773012345678901234"),
    ("doc-number", "根据《关于印发〈实施方案〉的通知》（国办发〔2024〕12号）精神"),
    ("doc-number-local", "沪府规〔2023〕5号文件自2024年1月1日起施行。"),
    ("date-iso", "会议于2024-03-15 09:30在市政府召开。"),
    ("date-cn", "2024年3月15日至2024年12月31日"),
    ("amount", "共计拨付资金1,234,567,890.00元。"),
    ("amount-fw", "补贴标准为每人１２００元／月。"),
    ("hotline", "如有疑问请拨打12345政务服务便民热线。"),
    ("landline", "咨询电话：021-63211234"),
    ("masked-mobile", "中奖用户138****5678请于三日内领取。"),
    ("masked-mobile-fw", "用户138＊＊＊＊5678已完成登记"),
    ("masked-id", "身份证号310104********3688"),
    ("masked-id-tail", "证件号：310104198511****88"),
    ("masked-card", "尾号6789的银行卡"),
    ("isbn", "ISBN 978-7-01-012345-6"),
    ("statistics", "全市GDP达到47218.66亿元，同比增长5.0%。"),
    ("postcode", "邮编200003，地址：人民大道200号"),
    ("luhn-18-53-order", "流水号：" + luhn("53" + "0123456789012345")),
    ("luhn-18-55-order", "交易编号 " + luhn("55" + "9876543210987654")),
]:
    clean(f"clean-{id_}", text, NUM)

# --- 12. gov.cn links written the odd ways: must not be stripped ----------------------------
GOV = "a gov.cn link written the same odd way is an allowed source, not an ad" + GUESS
for id_, text in [
    ("fw", "原文链接：ｗｗｗ．ｇｏｖ．ｃｎ／zhengce／"),
    ("ideo-dot", "详见www.gov。cn/zhengce/content/2024-03/15/content_123.htm"),
    ("halfwidth-stop", "政策解读：www｡gov｡cn/zhengce/jiedu/"),
    ("fw-scheme", "ＨＴＴＰＳ：／／ＷＷＷ．ＧＯＶ．ＣＮ／"),
    ("zwsp", "https://www.go\u200bv.cn/xinwen/"),
    ("ascii-colon", "网址:www.shanghai.gov.cn/nw12344/"),
    ("one-slash", "https:/www.gov.cn/zhengce/"),
    ("provincial-ideo", "浙江政务服务网 zjzwfw。gov。cn"),
    ("markdown", "[国务院政策文件库](www．gov．cn／zhengce／)"),
    ("html", '<a href="https:/www.beijing.gov.cn/">首都之窗</a>'),
]:
    clean(f"gov-{id_}", text, GOV)
clean("gov-title", "转发 www。gov。cn 通知", GOV + " in a title", "title")

DOTS = "full-width or ideographic stops in prose, not a host" + GUESS
clean("dots-decimal", "同比增长１．５倍。", DOTS)
clean("dots-version", "已升级至V2．3版本。", DOTS)
clean("ascii-colon-time", "时间:10:30 地点:市民中心", DOTS)

# --- 13. the marking and note words in prose: must stay clean -------------------------------
PROSE = "the words of a marking or note in ordinary prose"
for id_, text in [
    ("prose-not-released-law", "行政机关应当依法不予公开的情形，由法律法规规定。"),
    ("prose-not-released-reply", "经审查，您申请的信息属于不予公开范围，现告知如下。"),
    ("prose-not-released-reason", "对决定不予公开的，应当告知申请人并说明理由。"),
    ("prose-public-attribute", "公开属性：主动公开"),
    ("prose-business-secret", "企业商业机密受法律保护。"),
    ("prose-confidentiality", "数据的机密性、完整性和可用性是网络安全的核心。"),
    ("prose-internal-control", "进一步健全内部控制制度，加强内部审计。"),
    ("prose-internal-materials-word", "内部资料室将于周五闭馆整理。"),
    ("prose-secret-success", "成功的秘密在于坚持。"),
    ("prose-secrecy-work", "全市召开保密工作会议，部署机密载体管理。"),
    ("prose-trad-business-secret", "保護商業機密，人人有責。"),
    ("prose-star-rating", "机密性评级：★★★"),
]:
    clean(id_, text, PROSE + ("" if "不予公开" in text else GUESS))

# --- second slice (not blind: written after run 1 and the docs, all passing on first run) ----
SLICE2 = "second slice (not blind): "
case(
    "s2-summary-fw-link",
    "t．cn/A6x8bY2k",
    "fixed",
    LS,
    SLICE2 + "the issue's link in a summary",
    "summary",
)
case(
    "s2-author-marking",
    "机密＊10年",
    "block",
    MARK,
    SLICE2 + "a marking in the author field",
    "author",
)
case(
    "s2-author-mobile",
    "编辑：张三 138－1234－5678",
    "block",
    MOB,
    SLICE2 + "a mobile with full-width hyphens in the author field",
    "author",
)
case(
    "s2-tag-ideo-link",
    "u。jd。com/8Kx2Qa",
    "fixed",
    LS,
    SLICE2 + "an odd-dot link as a tag",
    "tags",
)
case(
    "s2-summary-note",
    "（此件不公开）",
    "block",
    NOTE,
    SLICE2 + "a disclosure note in a summary",
    "summary",
)
case(
    "s2-unionpay-6-13",
    "银行卡号：" + grouped(CARDS[1][1], [6, 13], " "),
    "block",
    CARD,
    SLICE2 + "a 19-digit UnionPay card grouped 6-13",
)
case(
    "s2-card-zwsp",
    "卡号：" + "\u200b".join(CARDS[0][1][i : i + 4] for i in range(0, 16, 4)),
    "block",
    CARD,
    SLICE2 + "a UnionPay card with U+200B between its fours",
)
for prefix, start in [("51", 51200000), ("52", 52300000), ("53", 53400000)]:
    code = digit_uscc(prefix, start)
    clean(
        f"s2-uscc-{prefix}-card-fours",
        f"统一社会信用代码：{chunks(code, 4, ' ')}",
        SLICE2 + "an all-digit Luhn-valid code of prefix " + prefix + " grouped like a card",
    )
clean("s2-masked-mobile-hyphens", "联系电话：138-****-5678", SLICE2 + "a masked mobile in groups")
clean("s2-masked-id-hyphens", "身份证号：310104-********-3688", SLICE2 + "a masked ID in groups")
clean(
    "s2-douyin-share",
    "「Xp7LmQ2RtY9」复制打开抖音",
    SLICE2 + "a 抖音 share in 「」 is a video, not a shop (docs: 抖音 shares stay clean)",
)
clean(
    "s2-bracket-code-alone",
    "「VAQz99KzQVD」是系统生成的编号",
    SLICE2 + "a code in brackets without a trigger (docs: stays clean)",
)

# --- corrections after the first run: the blind expectation stays named in the note ---------
FOLDED_GOV = (
    "warn",
    UNPARSABLE,
    "docs/compliance.md: no link is allowed on its folded reading — a browser does not open "
    "ｗｗｗ．gov．cn／… as www.gov.cn; it is not stripped",
)
PROSE_TERM = (
    "warn",
    TERM,
    "docs/compliance.md: 不予公开 in prose does not block; the sensitive-word list still asks a "
    "reviewer to look",
)
CORRECTED: dict[str, tuple[str, str | None, str]] = {
    "var-item-jd-mixed": (
        "warn",
        OTHER,
        "docs/compliance.md: a jd.com page is a 京东联盟 link only with its marks; another site",
    ),
    "var-taobao-fw-upper": (
        "warn",
        OTHER,
        "docs/compliance.md: a taobao.com page outside 淘宝联盟's hosts is an ad only with pid=mm_…",
    ),
    "var-yangkeduo-fw": (
        "warn",
        UNPARSABLE,
        "docs/compliance.md: mobile.yangkeduo.com is 多多进宝's only with pid or duoduo_…; another "
        "host in full width opens nowhere",
    ),
    "gov-fw": FOLDED_GOV,
    "gov-fw-scheme": FOLDED_GOV,
    "gov-markdown": FOLDED_GOV,
    "prose-not-released-law": PROSE_TERM,
    "prose-not-released-reply": PROSE_TERM,
    "prose-not-released-reason": PROSE_TERM,
}
# Corrections a later fix took back: the blind expectation stands again, the history in the note
REVERSED = {
    "var-html-href": (
        "corrected after run 1 to clean: an href without scheme or slashes is a path on the "
        "page's own site; blind expectation restored by fix108a (red team 108): a listed ad or "
        "short link's host there is read as that host, which an editor's link dialog opens"
    ),
}
INTERNAL_USE = {
    "lit-mark-spaced",
    "lit-mark-trad-internal",
    "var-mark-ideo-spaced",
    "var-mark-trad-internal-doc",
    "var-mark-trad-spaced",
    "var-mark-end",
    "var-mark-internal-plain",
    "var-mark-title-spaced",
}
for row in TABLE.cases:
    if row["id"] in CORRECTED:
        expect, rule, why = CORRECTED[str(row["id"])]
        row["note"] = f"{row['note']} [blind: {row['expect']}; corrected after run 1: {why}]"
        row["expect"] = expect
        row.pop("rule", None)
        if rule is not None:
            row["rule"] = rule
    elif row["id"] in REVERSED:
        row["note"] = f"{row['note']} [{REVERSED[str(row['id'])]}]"
    elif row["id"] in INTERNAL_USE:
        row["rule"] = INTERNAL
        row["note"] = f"{row['note']}{RENAMED}"
    elif row.get("rule") in {ID, MOB, CARD}:
        row["note"] = f"{row['note']}{RENAMED}"

TABLE.write(
    __file__, "Generated by gen_redteam63.py — edit the generator, not this file.", width=100
)
