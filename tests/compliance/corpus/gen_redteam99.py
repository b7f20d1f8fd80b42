"""Regenerate redteam99_blind_office_pastes.yaml (red-team pass 99, written blind).

Text pasted from office documents: agencies write posts by pasting from Word, WPS, PDF copies
of 通知, 公告, 通报, 名单 and 公示, Excel sheets and the OCR of scanned letters. Each item meets
each paste form: a PDF's page numbers (``— 2 —``, ``-2-``) and footers (``第 2 页 共 3 页``) between
paragraphs, form feeds, a 发文字号 header and an 附注 below the date, Word's numbered lists
(``（一）``, ``1.``, ``(1)``) and tab tables, non-breaking, en and em spaces, smart quotes and 附件
lists, footnote markers (``¹``, ``[1]``), a 报名表's ``□男 ☑女`` boxes (OCR's ``口`` for ``□``), the
spaced-out text of an OCR'd letter. The items are a document's data as those documents carry
it: ID numbers in a 公示名单 row, wrapped over a PDF line (after a hyphen too), split by a page
number or a footer, with Excel's thousands separators or leading ``'``, in full-width digits, with
soft hyphens (U+00AD), with OCR's letters for digits after a label; mobiles wrapped, split into
tab cells, after ``'``, with a form feed, en/em/no-break spaces, a footnote mark glued on, Excel's
``.0``; cards in an account row; 密级 lines, 内部资料, a 公开属性 note, ad links in a footer
(full-width, with a soft hyphen in the host, a Word field code). Must stay clean: 发文字号, page
numbers, dates, valid 统一社会信用代码 (91 and the all-digit, Luhn-passing 51–53), amounts and
totals with thousands separators, 12345 and landlines, masked rows, Excel's lossy ``1.38123E+10``
and ``3.10104E+17`` (the digits are gone), footnote and circled numbers, postcodes,
``（此件公开发布）``, 做好机密文件管理 in prose; ``依法不予公开的情形`` warns
``secrecy.sensitive_term`` as the docs decide, and a 公文's 份号, 紧急程度 and 版记 warn
``secrecy.document_hint`` unless the document says it is public (docs).

Decisions: an OCR'd number after its label or under its column (``联系电话：l3B1234S678``) is the
number a reader reads and blocks; a number split into tab cells, by a page number, a footer or a
form feed is one number (the reader joins it); Excel's scientific form and its 15-digit
truncation (``310104198511223000``) disclose no whole number and stay clean.

Written before the checker or any other family's YAML was read (issue 12, the head of
docs/compliance.md up to its corpus table — read for the rule ids and promises —, the corpus
README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam98.py`` for layout; a grep for
the rule-id constants showed a few lines of gen_redteam66/73/95–97; eight calls of check() on
contexts' wording — 发文字号, a header with 公开发布, 依法不予公开的情形, 做好机密文件管理, a total,
the two E+ forms, 12345 — were made before the cases were written). Fixed seed; from the
repository root:

    python tests/compliance/corpus/gen_redteam99.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam99.py --sweep N  # N random number x paste posts

449 cases (295 to catch — 266 block, 26 fixed, 3 warn ``secrecy.document_hint`` as the docs
say — and 154 to stay clean, 5 of them warning ``secrecy.sensitive_term`` on 依法不予公开的情形 as
documented); the grids are thinned by rotation (each must item in 6 of the 12 paste forms, each
clean item in 5). 39 strict xfails in 7 patterns (``REASONS``).

First run (407 cases: the grid and the ``hand`` rows, written before any check() call but the
eight above): 24 failed — 1 (a): the ``word-attach`` form put its item in smart quotes, so a bare
``秘密`` line was a quoted word (the form now quotes a title line); 3 (b): a 份号 on one line with
the 密级 (``000123　机密　1年``) draws no hint, which the docs give six digits alone on a line;
``1.7257327161E+10`` shows every digit of a mobile and blocks, rightly; an old and a new mobile
glued into 22 digits by track changes is no number a reader reads (the case now parts them);
20 (d) in 5 patterns: ``ocr-id-sbz`` (6), ``glued-numeral-mark`` (6), ``excel-float-suffix`` (6),
``ocr-column-tab-paste`` (1), ``url-wrap-mid-label`` (1). In triage a silent (a) too: the
all-digit 51–53 codes made with ``luhn_uscc(rng, "51")`` have 17 digits (the maker adds a
division, eight digits and the check to a two-character prefix; ``gen_redteam98.py`` uses it so),
so this family makes its own, 18 characters with a well-formed 组织机构代码 (``digit_uscc``).
A second slice of 33 (``probe-`` rows, written after that run): 15 failed, all (d) — the same
patterns' minimal forms and one new, ``page-split-tail-fenhao`` (a false hint); ``[1]``, ``(1)``,
``⁽¹⁾``, ``~~…~~``, ``="…"``, a soft hyphen in a note or a 密级 and ``内部\f资料`` passed.
``--sweep 4000`` (seed ``99:sweep``, each wrap parting a number once): 461 wrong, all misses, none
false — every one a mobile or a card wrapped by a line end, a page number, a footer, a form feed
or a hyphen at a line end, inside a group, with no label (after a name, in a 名单 row, after
Excel's ``'`` or alone); after its label each was caught, and every ID number was (its check
character makes a wrap safe to read). A third slice of 9 (``sweep-`` rows): 4 failed (d),
``wrap-in-group-after-name``; 3 failed (a): legacy-ID-looking 2-6-9-1 codes built with a random
organisation part are not well formed, which the docs require (now built with ``org_code``; clean).
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
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, OTHER, SPELLED, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import (
    DIVISIONS,
    USCC_CHARS,
    chunks,
    full_width,
    id_number,
    is_id_number,
    luhn,
    no_mobile_inside,
    org_code,
    random_digits,
    uscc,
)

SEED = 99
FAMILY = "redteam99_blind_office_pastes"
HINT = "secrecy.document_hint"
ID_DIVISIONS = [d for d in DIVISIONS if not d.startswith("65")]


# ----- numbers ---------------------------------------------------------------------------------


def person_id(rng: random.Random, *, digits_only: bool = False) -> str:
    while True:
        year = rng.randint(1955, 2004)
        first17 = (
            f"{rng.choice(ID_DIVISIONS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{random_digits(rng, 3)}"
        )
        number = id_number(first17)
        if digits_only and not number.isdigit():
            continue
        if no_mobile_inside(number):
            return number


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("35789") + rng.choice("0123456789") + random_digits(rng, 8)


def unionpay(rng: random.Random) -> str:
    while True:
        card = luhn("6222" + random_digits(rng, 11))
        if no_mobile_inside(card):
            return card


def org_uscc(rng: random.Random) -> str:
    """A 企业's 统一社会信用代码 (91…) with letters in its organisation part."""
    while True:
        body = "".join(rng.choice(USCC_CHARS) for _ in range(9))
        code = uscc("91" + rng.choice(DIVISIONS) + body)
        if not code.isdigit():
            return code


def digit_uscc(rng: random.Random, prefix: str) -> str:
    """An all-digit 统一社会信用代码 of 18 (``prefix``, a division, a 组织机构代码, the GB 32100
    check) that passes Luhn, no ID number or mobile inside (``luhn_uscc`` with a two-character
    prefix makes 17)."""
    while True:
        org = org_code(random_digits(rng, 8))  # a well-formed 组织机构代码 (GB 11714)
        code = uscc(prefix + rng.choice(DIVISIONS) + org)
        if (
            code.isdigit()
            and luhn(code[:-1]) == code
            and not is_id_number(code)
            and no_mobile_inside(code)
        ):
            return code


def commas(number: str) -> str:
    """``number`` with Excel's thousands separators."""
    return f"{int(number):,}"


OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def ocr(number: str, every: int = 3) -> str:
    """``number`` with OCR's letters for some digits (the 2nd, then each ``every``-th that has one)."""
    out = []
    for i, d in enumerate(number):
        out.append(OCR[d] if d in OCR and i % every == 1 else d)
    return "".join(out)


# ----- items -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    kind: str
    text: str
    expect: str
    rule: str | list[str] | None
    desc: str


def must_items(rng: random.Random) -> list[Item]:
    p = [person_id(rng) for _ in range(14)]
    pd = person_id(rng, digits_only=True)
    m = [mobile(rng) for _ in range(13)]
    c = [unionpay(rng) for _ in range(3)]
    return [
        Item("id-gongshi-row", f"1\t张三\t男\t{p[0]}\t合格", "block", IDN,
             "a 公示名单 row pasted from Excel with a full ID number"),
        Item("id-wrapped", f"身份证号码：{p[1][:10]}\n{p[1][10:]}", "block", IDN,
             "an ID number a PDF wrapped mid-number after its label"),
        Item("id-wrapped-name", f"申请人张三，{p[2][:12]}\n{p[2][12:]}，现居朝阳区。", "block", IDN,
             "an ID number wrapped after a name, no label"),
        Item("id-page-number", f"身份证号：{p[3][:8]}\n\n— 3 —\n\n{p[3][8:]}", "block", IDN,
             "an ID number split by a PDF page number"),
        Item("id-page-footer", f"公民身份号码 {p[4][:6]}\n第 2 页 共 5 页\n{p[4][6:]}", "block", IDN,
             "an ID number split by a PDF footer"),
        Item("id-thousands", f"身份证号\t{commas(pd)}", "block", IDN,
             "an ID number Excel showed with thousands separators (310,104,198,511,223,688)"),
        Item("id-apostrophe", f"2\t李四\t'{p[5]}", "block", IDN,
             "an ID number kept as text by Excel's leading apostrophe"),
        Item("id-fullwidth", f"身份证号码：{full_width(p[6])}", "block", IDN,
             "an ID number in an old document's full-width digits"),
        Item("id-soft-hyphen", f"身份证号：{p[7][:6]}\u00ad{p[7][6:14]}\u00ad{p[7][14:]}", "block",
             IDN, "an ID number with soft hyphens (U+00AD) left by Word's hyphenation"),
        Item("id-hyphen-wrap", f"身份证号：{p[8][:9]}-\n{p[8][9:]}", "block", IDN,
             "an ID number hyphenated at a PDF line end"),
        Item("id-ocr", f"身份证号码：{ocr(p[9])}", "block", IDN,
             "an OCR'd ID number after its label, O/l/S/B/Z for digits"),
        Item("id-checkbox-form", f"姓名：王五　□男 ☑女　身份证号码：{p[10]}", "block", IDN,
             "a 报名表 with check boxes and an ID number"),
        Item("id-tab-split", f"身份证号\t{p[11][:6]}\t{p[11][6:14]}\t{p[11][14:]}", "block", IDN,
             "an ID number split over tab-aligned groups"),
        Item("id-spaces-3", f"身份证号：{chunks(p[12], 3, ' ')}", "block", IDN,
             "an ID number in threes by spaces"),
        Item("mobile-wrapped", f"联系电话：{m[0][:5]}\n{m[0][5:]}", "block", MOB,
             "a mobile a PDF wrapped after its fifth digit"),
        Item("mobile-tab-split", f"联系电话\t{m[1][:3]}\t{m[1][3:7]}\t{m[1][7:]}", "block", MOB,
             "a mobile split over tab-aligned groups"),
        Item("mobile-apostrophe", f"3\t王五\t男\t'{m[2]}", "block", MOB,
             "a mobile in an Excel row with a leading apostrophe"),
        Item("mobile-fullwidth", f"联系电话：{full_width(m[3])}", "block", MOB,
             "a mobile in full-width digits"),
        Item("mobile-ocr", f"联系电话：{ocr(m[4])}", "block", MOB,
             "an OCR'd mobile after its label"),
        Item("mobile-soft-hyphen", f"手机：{m[5][:3]}\u00ad{m[5][3:7]}\u00ad{m[5][7:]}", "block", MOB,
             "a mobile with soft hyphens"),
        Item("mobile-nbsp", f"联系人：刘老师\u00a0{m[6][:3]}\u00a0{m[6][3:7]}\u00a0{m[6][7:]}",
             "block", MOB, "a mobile grouped by no-break spaces"),
        Item("mobile-form-feed", f"联系电话：{m[7][:7]}\f{m[7][7:]}", "block", MOB,
             "a mobile split by a form feed (a PDF page break)"),
        Item("mobile-en-em", f"手机号码：{m[8][:3]}\u2002{m[8][3:7]}\u2003{m[8][7:]}", "block", MOB,
             "a mobile grouped by an en and an em space"),
        Item("mobile-footnote", f"联系人：赵六，电话{m[9]}¹", "block", MOB,
             "a mobile with a footnote mark glued on"),
        Item("mobile-excel-float", f"4\t孙七\t{m[10]}.0", "block", MOB,
             "a mobile exported as a float (13812345678.0)"),
        Item("mobile-smart-quotes", f"请拨打“{m[11]}”报名", "block", MOB,
             "a mobile in smart quotes"),
        Item("card-row", f"户名：王芳\t开户行：农业银行\t卡号：{c[0]}", "block", CARD,
             "a person's card in an account row"),
        Item("card-wrap", f"收款人：李某 账号：{c[1][:8]}\n{c[1][8:]}", "block", CARD,
             "a person's card wrapped by a PDF"),
        Item("card-fullwidth", f"银行卡号：{full_width(chunks(c[2], 4, ' '))}", "block", CARD,
             "a card in full-width digits in fours"),
        Item("secret-line", "机密★1年", "block", MARK, "a document's 密级 and 保密期限 line"),
        Item("secret-fullwidth-star", "秘密＊6个月", "block", MARK, "a 密级 with a full-width asterisk"),
        Item("secret-bare-line", "秘密", "block", MARK, "a 密级 alone on its line"),
        Item("internal", "内部资料　注意保存", "block", INT, "an internal-use note"),
        Item("internal-ocr-spaced", "内 部 资 料", "block", INT, "an OCR'd internal note, spaced"),
        Item("note", "（此件不公开）", "block", NOTE, "a 公开属性 note"),
        Item("note-wrapped", "（此件不予公开\n）", "block", NOTE, "a note whose bracket wrapped"),
        Item("ad-footer", "扫码报名：https://t.cn/A6xYz8kQ", "fixed", LS, "a short link in a footer"),
        Item("ad-fullwidth", "报名入口：ｔ．ｃｎ／A6xYz8kQ", "fixed", LS,
             "a full-width short link without a scheme"),
        Item("ad-soft-hyphen", "购买链接 https://u.jd\u00ad.com/AbCdEf1", "fixed", LS,
             "a soft hyphen inside an ad host (default-ignorable, UTS #46 drops it)"),
        Item("ad-taobao", "同款：https://s.click.taobao.com/t?e=m%3D2%26s%3DAbCd", "fixed", LS,
             "an affiliate link"),
    ]  # fmt: skip


def clean_items(rng: random.Random) -> list[Item]:
    return [
        Item("wenhao", "京政办发〔2024〕12号", "clean", None, "a 发文字号 line"),
        Item("wenhao-prose", "根据《关于进一步加强政务公开工作的通知》（京政发〔2024〕3号）第2页要求", "clean",
             None, "a 发文字号 quoted in prose"),
        Item("page-numbers", "— 3 —\n\n第 2 页 共 5 页\n\n-4-", "clean", None, "page numbers and a footer"),
        Item("dates", "申报时间：2024年3月1日至2024年12月31日（2024-03-01 09:00—17:30）", "clean", None,
             "dates and times"),
        Item("uscc-91", f"统一社会信用代码：{org_uscc(rng)}", "clean", None, "a company's USCC"),
        Item("uscc-51", f"统一社会信用代码：{digit_uscc(rng, '51')}", "clean", None,
             "an all-digit Luhn-passing USCC of a 社会团体"),
        Item("uscc-52", f"5\t某民办学校\t{digit_uscc(rng, '52')}\t合格", "clean", None,
             "a 民办非企业单位's all-digit Luhn-passing USCC in a 名单 row"),
        Item("uscc-53", f"某基金会（{digit_uscc(rng, '53')}）", "clean", None,
             "a 基金会's all-digit Luhn-passing USCC in brackets"),
        Item("amount", "项目总投资12,345,678.90元，其中财政资金3,456,789元", "clean", None,
             "amounts with thousands separators"),
        Item("amount-big", "合计\t1,234,567,890,123元", "clean", None, "a 13-digit amount with separators"),
        Item("hotline", "咨询电话：12345；办公电话：010-12345678；传真：(010)6519 2345", "clean", None,
             "12345 and landlines (the docs: ordinary figures)"),
        Item("masked-id-row", "1\t张三\t110101********1234\t合格", "clean", None, "a masked 名单 row"),
        Item("masked-mobile-row", "2\t李四\t138****5678\t合格", "clean", None, "a masked mobile row"),
        Item("table-total", "合计\t\t1,234\t5,678.00\t100%", "clean", None, "a table total row"),
        Item("prose-buyu", "属于依法不予公开的情形，行政机关应当告知理由。", "warn", TERM,
             "依法不予公开的情形 in prose (warns sensitive_term as the docs decide)"),
        Item("public-note", "（此件公开发布）", "clean", None, "a note that the document is public"),
        Item("prose-secrecy", "各单位要做好机密文件管理，落实保密工作责任制。", "clean", None,
             "a 密级 word in a sentence about 保密工作"),
        Item("excel-e-mobile", "联系电话\t1.38123E+10", "clean", None,
             "Excel's scientific form of a mobile: the digits are gone"),
        Item("excel-e-id", "身份证号\t3.10104E+17", "clean", None,
             "Excel's scientific form of an ID number: the digits are gone"),
        Item("excel-15-digits", "身份证号\t310104198511223000", "clean", None,
             "Excel's 15-digit precision: the last three digits lost, no check character"),
        Item("postcode", "邮编：100017　地址：北京市西城区府右街2号", "clean", None, "a postcode"),
        Item("footnotes", "同比增长5.2%¹，完成投资1,234.5亿元[2]，涉及132个项目⑶", "clean", None,
             "footnote markers after figures"),
        Item("circled", "①加强领导；②压实责任；⑴明确分工；㈠强化考核", "clean", None,
             "circled and parenthesised numerals"),
        Item("ligature", "英文名称：Beijing Municipal Bureau of Finance（ﬁnance oﬃce）", "clean", None,
             "ligatures from a PDF"),
        Item("project-no", "项目编号：BJCZ-2024-0312-001，合同编号：2024030112345", "clean", None,
             "project and contract numbers"),
        Item("ocr-boxes", "口同意　口不同意　☑弃权", "clean", None, "OCR's 口 for □"),
        Item("masked-card", "卡号：6222 **** **** 1234", "clean", None, "a masked card"),
    ]  # fmt: skip


# ----- paste forms -----------------------------------------------------------------------------

CONTEXTS: dict[str, Callable[[str], str]] = {
    "pdf-pages": lambda s: (
        "各区人民政府，市政府各委、办、局：\n现将有关事项通知如下。\n\n— 2 —\n\n"
        f"{s}\n\n— 3 —\n\n特此通知。"
    ),
    "pdf-footer-ff": lambda s: (
        f"一、工作目标\n进一步规范办理流程。\n第 1 页 共 3 页\f二、有关要求\n{s}\n第 2 页 共 3 页\f"
    ),
    "pdf-dash-page": lambda s: (
        "根据《中华人民共和国政府信息公开条例》有关规定，现就有关事项公告如下：\n"
        f"{s}\n本公告自发布之日起施行。\n-2-"
    ),
    "word-numbered": lambda s: (
        "（一）申报范围\n1. 本市户籍居民；\n2. 在本市连续缴纳社保满1年。\n（二）有关信息\n"
        f"(1) {s}\n(2) 咨询时间：工作日9:00—17:30。"
    ),
    "word-tab-table": lambda s: f"序号\t单位\t事项\t备注\n1\t市民政局\t{s}\t无\n2\t市财政局\t资金拨付\t已完成",
    "word-spaces": lambda s: (
        "\u3000\u3000为进一步做好服务工作，现公告如下：\n"
        f"\u3000\u3000{s}\n\u3000\u3000特此公告。\u00a0\u2002"
    ),
    "word-attach": lambda s: (
        f"关于“十四五”时期评选工作的说明\n{s}\n\n附件：1. 申报表\n\u3000\u3000\u3000 2. 承诺书\n\n北京市民政局\n2024年3月1日\n\n（此件公开发布）"
    ),
    "ocr-spaced": lambda s: f"关 于 做 好 冬 季 供 暖 工 作 的 通 知\n各 街 道 办 事 处 ：\n{s}\n特 此 通 知 。",
    "gbt-doc": lambda s: (
        "京政办发〔2024〕12号\n\n北京市人民政府办公厅关于印发评选办法的通知\n\n各区人民政府：\n"
        f"{s}\n\n北京市人民政府办公厅\n2024年3月1日"
    ),
    "footnotes": lambda s: (
        f"2023年全市完成投资1,234.5亿元¹，同比增长5.2%[1]。\n{s}\n\n注：[1] 数据来源：市统计局。\n¹ 含跨年度项目。"
    ),
    "form-boxes": lambda s: f"报名表\n姓名：张三　性别：□男 ☑女\n{s}\n是否党员：☑是 □否\n本人签字：",
    "ocr-boxes": lambda s: f"性别：口男 口女\n{s}\n（本表复印有效）",
}  # fmt: skip


# ----- hand rows -------------------------------------------------------------------------------


def hand_rows(rng: random.Random) -> list[tuple[str, str, str, object, str]]:
    p = [person_id(rng) for _ in range(6)]
    m = [mobile(rng) for _ in range(6)]
    body = "\n\n北京市人民政府办公厅关于做好冬季供暖工作的通知\n\n各区人民政府：\n现将有关事项通知如下。\n\n"
    sign = "北京市人民政府办公厅\n2024年3月1日\n"
    return [
        ("header-full", f"000123\n机密★1年\n特急{body}{sign}", "block", [MARK, HINT],
         "GB/T 9704 版头: 份号, 密级 and 期限, 紧急程度 (the 份号 and 特急 warn as the docs say)"),
        ("header-secret-only", f"机密★1年{body}{sign}", "block", MARK, "a 密级 block alone at the top"),
        ("header-mimi", f"秘密{body}{sign}", "block", MARK, "a bare 秘密 at the top-left"),
        ("header-internal", f"内部资料　注意保存{body}{sign}", "block", INT, "an internal note at the top"),
        ("header-fenhao-public", f"000123\n特急{body}{sign}\n（此件公开发布）", "clean", None,
         "a 份号 and 特急 in a document that says it is public: no hint (docs)"),
        ("header-fenhao", f"000123{body}{sign}", "warn", HINT, "a 份号 alone: a hint (docs)"),
        ("header-one-line", f"000123　机密　1年{body}{sign}", "block", MARK,
         "a Word layout's 份号 and 密级 on one line (the 份号 hint is for six digits alone on a line)"),
        ("header-columns", f"机密★1年　　　　　　　　　　北京市人民政府办公厅{body}{sign}", "block", MARK,
         "two columns read across: a 密级 beside the issuer"),
        ("banji-public", f"{body}{sign}\n（此件公开发布）\n\n抄送：市委办公厅。\n北京市人民政府办公厅　2024年3月1日印发",
         "clean", None, "a 版记 in a public document: no hint"),
        ("banji", f"{body}{sign}\n抄送：市委办公厅。\n北京市人民政府办公厅　2024年3月1日印发", "warn",
         HINT, "a 版记: a hint (docs)"),
        ("note-end", f"{body}{sign}\n（此件不公开）", "block", NOTE, "the note at the end of a pasted document"),
        ("note-after-ff", f"{body}{sign}\f（此件不予公开）", "block", NOTE, "the note after a form feed"),
        ("note-after-footer", f"{body}{sign}（此件不予公开\n第 2 页 共 2 页\n）", "block", NOTE,
         "the note's bracket pushed past a footer"),
        ("gongshi-mixed", "序号\t姓名\t身份证号\t联系电话\n1\t张三\t110101********1234\t138****5678\n"
         f"2\t李四\t{p[0]}\t139****1234\n3\t王五\t310104********2345\t137****4321", "block", IDN,
         "a 公示名单 with one unmasked ID among masked rows"),
        ("gongshi-mixed-mobile", "序号\t姓名\t联系电话\n1\t张三\t138****5678\n"
         f"2\t李四\t{m[0]}\n3\t王五\t137****4321", "block", MOB, "one unmasked mobile among masked rows"),
        ("gongshi-masked", "序号\t姓名\t身份证号\t联系电话\n1\t张三\t110101********1234\t138****5678\n"
         "2\t李四\t310104********2345\t137****4321\n合计\t2人\t\t", "clean", None, "a fully masked 名单"),
        ("gongshi-spaces", f"序号  姓名  身份证号  联系电话\n1  张三  {p[1]}  {m[1]}", "block", [IDN, MOB],
         "an Excel row pasted with spaces"),
        ("gongshi-ocr-column", f"序号\t姓名\t联系电话\n1\t张三\t{ocr(m[2])}", "block", MOB,
         "an OCR'd mobile under its column's header"),
        ("field-code-link", '{ HYPERLINK "https://t.cn/A6xYz8kQ" }报名入口', "fixed", LS,
         "a Word field code with a short link"),
        ("field-codes-clean", "{ PAGE }\n{ MERGEFIELD 身份证号 }\n{ DATE \\@ \"yyyy年M月d日\" }", "clean",
         None, "Word field codes with no data"),
        ("track-changes", f"联系电话：{m[3]} {m[4]}\n带格式的: 字体: (中文) 仿宋_GB2312\n删除的内容: 旧号码", "block",
         MOB, "track changes pasted as plain: the struck-out old mobile and the new one"),
        ("track-changes-clean", "带格式的: 缩进: 首行缩进:  2 字符\n删除的内容: 2023年\n批注 [A1]: 请核实", "clean",
         None, "track-changes leftovers"),
        ("url-hyphen-wrap", "报名网址：https://t.cn/A6x-\nYz8kQ", "fixed", LS, "a short link hyphenated at a PDF line end"),
        ("url-wrapped-host", "报名网址：https://s.click.tao\nbao.com/t?e=abc", "block", [SPELLED, OTHER],
         "an affiliate host wrapped by a PDF inside a label: read as a wrap at a dot is (probe-url-wrap-at-dot)"),
        ("id-lower-x", f"身份证号：{person_x(rng).lower()}",
         "block", IDN, "an ID number with a lower-case x from OCR"),
        ("id-15-excel-zeros", f"身份证号：{p[3][:15]}000", "clean", None,
         "Excel's 15-digit truncation of a real ID number: no check character"),
        ("mobile-E-full", f"联系电话：{m[5][0]}.{m[5][1:]}E+10", "block", MOB,
         "a mobile in Excel's scientific form with every digit shown: the number is disclosed"),
        ("interleaved-marking", "内部资料　　　　　　2024年第3期\n注意保存　　　　　　北京市民政局编", "block", INT,
         "a 内部资料 masthead read across two columns"),
        ("ocr-marking-star", "机密★l年", "block", MARK, "an OCR'd period, l for 1"),
        ("ocr-fenhao-public", f"OOO123\n特急{body}{sign}\n（此件公开发布）", "clean", None,
         "an OCR'd 份号 in a public document"),
        ("cc-prose", "此前已抄送市审计局，并于2024年3月1日印发执行。", "clean", None, "抄送 and 印发 in a sentence"),
        ("attach-list", "附件：1. 2024年度评选名单\n\u3000\u3000\u3000 2. 统计表（共12页）", "clean", None,
         "an attachment list"),
    ]  # fmt: skip


def probe_rows(rng: random.Random) -> list[tuple[str, str, str, object, str]]:
    """The second slice, written after the first run from what it found."""
    p = [person_id(rng) for _ in range(6)]
    m = [mobile(rng) for _ in range(12)]
    u = digit_uscc(rng, "52")
    sbz = {"S": "5", "B": "8", "Z": "2"}
    ids = []
    for letter, digit in sbz.items():
        while True:
            n = person_id(rng)
            at = n.find(digit, 1, 17)
            if at > 0:
                ids.append(n[:at] + letter + n[at + 1 :])
                break
    return [
        ("id-ocr-s", f"身份证号码：{ids[0]}", "block", IDN, "an OCR'd ID number, one S for a 5"),
        ("id-ocr-b", f"身份证号码：{ids[1]}", "block", IDN, "an OCR'd ID number, one B for an 8"),
        ("id-ocr-z", f"公民身份号码：{ids[2]}", "block", IDN, "an OCR'd ID number, one Z for a 2"),
        ("id-ocr-o-l", f"身份证号码：{p[0].replace('0', 'O')}", "block", IDN,
         "an OCR'd ID number, O for 0 (documented)"),
        ("mobile-sup-1", f"联系电话：{m[0]}¹", "block", MOB, "a mobile, a superscript footnote mark glued on"),
        ("mobile-sup-3-prose", f"联系电话：{m[1]}³，地址：朝阳区", "block", MOB,
         "a mobile, a superscript ³ glued on, prose after"),
        ("mobile-paren-numeral", f"联系人：张三{m[2]}⑴", "block", MOB, "a mobile with ⑴ glued on"),
        ("mobile-circled", f"联系电话：{m[3]}①", "block", MOB, "a mobile with ① glued on"),
        ("mobile-sup-spaced", f"联系电话：{m[4]} ¹", "block", MOB, "a footnote mark after a space"),
        ("mobile-sup-brackets", f"联系电话：{m[5]}⁽¹⁾", "block", MOB, "a footnote mark in superscript brackets"),
        ("id-sup-row", f"序号1\t张三\t{p[1]}²", "block", IDN, "an ID number in a row, ² glued on"),
        ("hotline-sup", "服务热线12345¹，办公电话010-12345678²", "clean", None,
         "a hotline and a landline with footnote marks"),
        ("mobile-float-label", f"联系电话：{m[6]}.0", "block", MOB, "a mobile as Excel's float, after its label"),
        ("mobile-float-grouped", f"联系电话：{m[7][:3]} {m[7][3:7]} {m[7][7:]}.0", "block", MOB,
         "a grouped mobile with .0"),
        ("mobile-float-2", f"联系电话\t{m[8]}.00", "block", MOB, "a mobile with .00 from a number format"),
        ("id-float", f"身份证号：{p[2]}.0", "block", IDN, "an ID number with .0"),
        ("amount-float", "金额：12,345.0元；合计\t15,000.00", "clean", None, "amounts with decimals"),
        ("mobile-ocr-tab-col", f"序号\t姓名\t联系电话\n1\t张三\tl{m[9][1:]}", "block", MOB,
         "an OCR'd mobile (l for 1) under its column in a tab paste"),
        ("mobile-ocr-md-col", f"| 序号 | 姓名 | 联系电话 |\n|---|---|---|\n| 1 | 张三 | l{m[10][1:]} |", "block", MOB,
         "the same in a Markdown table (documented)"),
        ("url-wrap-mid-label-tcn", "报名网址：https://t.c\nn/A6xYz8kQ", "block", [SPELLED, OTHER],
         "a short host a PDF wrapped inside a label, as `u.jd.⏎com` (a wrap at a dot) is read"),
        ("url-wrap-at-dot", "报名网址：https://u.jd.\ncom/AbCdEf1", "block", [SPELLED, OTHER],
         "a wrap at a dot (the reference for the two above)"),
        ("page-split-first", f"联系电话：{m[11][:5]}\n— 3 —\n{m[11][5:]}", "block", MOB,
         "a mobile split by a page number at the top: its tail is no 份号"),
        ("uscc-wrap", f"统一社会信用代码：{u[:9]}\n{u[9:]}", "clean", None, "a 52 code wrapped"),
        ("masked-wrap", "身份证号：110101****\n****1234", "clean", None, "a masked ID number wrapped"),
        ("uscc-apostrophe", f"5\t某民办学校\t'{u}", "clean", None, "a 52 code with Excel's apostrophe"),
        ("wenhao-pages", "京政办发〔2024〕12号\n\n— 1 —\n\n京政办发〔2024〕12号", "clean", None,
         "a 发文字号 repeated in page headers"),
        ("fenhao-fullwidth", "０００１２３\n\n关于做好冬季供暖工作的通知", "warn", HINT,
         "a 份号 in full-width digits (a hint, as the docs say)"),
        ("excel-formula", f'="{m[0]}"', "block", MOB, "a CSV's text formula"),
        ("strike-md", f"~~{m[1]}~~ {m[2]}", "block", MOB, "struck-out and new numbers in Markdown"),
        ("list-tab-id", f"1.\t{p[3]}", "block", IDN, "an ID number after a list number and a tab"),
        ("note-soft-hyphen", "（此件不\u00ad公开）", "block", NOTE, "a soft hyphen in the note"),
        ("internal-form-feed", "内部\f资料", "block", INT, "内部资料 split by a form feed"),
        ("secret-soft-hyphen", "机\u00ad密★1年", "block", MARK, "a soft hyphen in the 密级"),
    ]  # fmt: skip


def legacy_uscc(rng: random.Random, prefix: str) -> str:
    """A 统一社会信用代码 whose organisation part opens with a 19xx date's six digits: its
    division and that part read as a 15-digit legacy ID number when it is grouped 2-6-9-1."""
    while True:
        date = f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        org = org_code(date + random_digits(rng, 2))  # a well-formed 组织机构代码 (GB 11714)
        if org.isdigit():
            return uscc(prefix + rng.choice(ID_DIVISIONS) + org)


def sweep_rows(rng: random.Random) -> list[tuple[str, str, str, object, str]]:
    """The third slice, written after ``--sweep`` found its patterns."""
    m = [mobile(rng) for _ in range(5)]
    c = unionpay(rng)
    u1, u2 = legacy_uscc(rng, "53"), legacy_uscc(rng, "91")
    g1 = f"{u1[:2]} {u1[2:8]} {u1[8:17]} {u1[17]}"
    return [
        ("wrap-in-group-name", f"失主王先生{m[0][:6]}\n{m[0][6:]}", "block", MOB,
         "a mobile a PDF wrapped inside a group, after a name"),
        ("wrap-in-group-row", f"1\t张三\t{m[1][:6]}\n{m[1][6:]}", "block", MOB,
         "the same in a 名单 row"),
        ("wrap-in-group-hyphen", f"申请人张三，{m[2][:5]}-\n{m[2][5:]}", "block", MOB,
         "the same with a hyphen at the line end"),
        ("wrap-in-group-payee", f"收款人张三，{c[:6]}\n{c[6:]}", "block", CARD,
         "a card wrapped inside a group after a payee"),
        ("wrap-at-group-name", f"失主王先生{m[3][:3]}\n{m[3][3:]}", "block", MOB,
         "a mobile wrapped at its 3-4-4 edge after a name (the reference: blocks)"),
        ("uscc-2691-legacy-53", f"统一社会信用代码：{g1}", "clean", None,
         "a 基金会's code in 2-6-9-1 (its 组织机构代码 well formed) whose division and organisation part look like a legacy ID"),
        ("uscc-2691-legacy-91", f"统一社会信用代码：{u2[:2]} {u2[2:8]} {u2[8:17]} {u2[17]}", "clean",
         None, "a company's code in 2-6-9-1, the same"),
        ("uscc-joined-legacy", f"统一社会信用代码：{u1}", "clean", None,
         "the 53 code joined (the reference: clean)"),
        ("uscc-2691-unlabelled", f"某基金会\t{g1}", "clean", None, "the grouped code in a row"),
    ]  # fmt: skip


def person_x(rng: random.Random) -> str:
    while True:
        number = person_id(rng)
        if number.endswith("X"):
            return number


# ----- triage ----------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "ocr-id-sbz": "an OCR'd ID number after its label with S, B or Z for 5, 8 or 2 passes "
    "(`身份证号码：44030S198508152838`): O, l and I are read there, and a mobile after its label "
    "reads B, S and Z (`联系电话：l3B1234S678` blocks)",
    "glued-numeral-mark": "a footnote mark that folds to a digit glued after a number — superscript "
    "`¹` `²` `³` `⁴`, `⑴`, `①` — hides it (`联系电话：13812345678¹`, `联系人：张三13812345678⑴`, "
    "`序号1⇥张三⇥440305198508152838²`): the fold adds the mark's digit to the run; `[1]`, `(1)`, "
    "`⁽¹⁾` and ` ¹` after a space block",
    "excel-float-suffix": "a number an Excel or CSV export wrote as a float passes "
    "(`联系电话：13812345678.0`, `4⇥孙七⇥13812345678.0`, `身份证号：440305198508152838.0`, `.00`): the "
    "reader sees the whole number; `1.3812345678E+10` blocks",
    "ocr-column-tab-paste": "an OCR'd mobile under a 联系电话 column of a tab-separated paste passes "
    "(`序号⇥姓名⇥联系电话⏎1⇥张三⇥l3812345678`): the same row blocks in a Markdown table, and with "
    "digits only in the tab paste",
    "url-wrap-mid-label": "an ad or short host a PDF wrapped inside a label warns only "
    "`link.other_host` for the fragment (`https://t.c⏎n/A6xYz8kQ`, `https://s.click.tao⏎bao.com/…`), "
    "while the wrap at a dot (`https://u.jd.⏎com/…`) blocks `ad.spelled_link`",
    "wrap-in-group-after-name": "a mobile or a card a PDF wrapped inside a group (not at its 3-4-4 "
    "or 4-4-4-4 edge), after a name or in a 名单 row with no label, passes (`失主王先生183191⏎67517`, "
    "`1⇥张三⇥132390⏎03129`, `申请人张三，19426-⏎963993`, `收款人张三，622226⏎8417511476`): the same "
    "wrap after a label blocks, and so does a wrap at a group's edge after a name "
    "(`失主王先生139⏎12345678`)",
    "page-split-tail-fenhao": "a mobile split by a page number at the top of a post also warns "
    "`secrecy.document_hint`: its six-digit tail under `— 3 —` is read as a 份号 "
    "(`联系电话：13812⏎— 3 —⏎345678`); the docs except the tail of a number wrapped from the line "
    "above, and a page number joins the groups",
}
FIXED: frozenset[str] = frozenset(
    {
        "page-split-tail-fenhao",  # fix 99d
        "url-wrap-mid-label",
        "wrap-in-group-after-name",  # fix 99f
        "ocr-column-tab-paste",
        "ocr-id-sbz",  # fix 99e
        "glued-numeral-mark",
        "excel-float-suffix",
    }
)
# The ids the first run (and the second slice's) found failing, by pattern.
FAILING: dict[str, str] = {
    **{
        f"hit-10-id-ocr-{c}": "ocr-id-sbz"
        for c in ("pdf-dash-page", "word-numbered", "word-tab-table", "word-spaces", "word-attach",
                  "ocr-spaced")
    },
    **dict.fromkeys(["probe-id-ocr-s", "probe-id-ocr-b", "probe-id-ocr-z"], "ocr-id-sbz"),
    **{
        f"hit-23-mobile-footnote-{c}": "glued-numeral-mark"
        for c in ("pdf-footer-ff", "pdf-dash-page", "word-numbered", "word-tab-table",
                  "word-spaces", "word-attach")
    },
    **dict.fromkeys(
        ["probe-mobile-sup-1", "probe-mobile-sup-3-prose", "probe-mobile-paren-numeral",
         "probe-mobile-circled", "probe-id-sup-row"],
        "glued-numeral-mark",
    ),
    **{
        f"hit-24-mobile-excel-float-{c}": "excel-float-suffix"
        for c in ("pdf-pages", "pdf-footer-ff", "pdf-dash-page", "word-numbered",
                  "word-tab-table", "word-spaces")
    },
    **dict.fromkeys(
        ["probe-mobile-float-label", "probe-mobile-float-grouped", "probe-mobile-float-2",
         "probe-id-float"],
        "excel-float-suffix",
    ),
    **dict.fromkeys(["hand-gongshi-ocr-column", "probe-mobile-ocr-tab-col"], "ocr-column-tab-paste"),
    **dict.fromkeys(["hand-url-wrapped-host", "probe-url-wrap-mid-label-tcn"], "url-wrap-mid-label"),
    "probe-page-split-first": "page-split-tail-fenhao",
    **dict.fromkeys(
        [f"sweep-wrap-in-group-{k}" for k in ("name", "row", "hyphen", "payee")],
        "wrap-in-group-after-name",
    ),
}  # fmt: skip


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    return still_failing(FAILING[id_]) if id_ in FAILING else None


# ----- the family ------------------------------------------------------------------------------


def grid(table: CaseTable, items: list[Item], prefix: str, keep: int) -> None:
    """Each item in ``keep`` of the paste forms, in rotation."""
    for item_no, item in enumerate(items):
        for c_no, (context, form) in enumerate(CONTEXTS.items()):
            if (item_no + c_no) % len(CONTEXTS) >= keep:
                continue
            id_ = f"{prefix}-{item_no:02d}-{item.kind}-{context}"
            note = f"item={item.desc}; form={context}"
            table.case(id_, form(item.text), item.expect, item.rule, note, xfail=xfail(id_))


def build() -> CaseTable:
    table = CaseTable(FAMILY)
    grid(table, must_items(random.Random(SEED)), "hit", 6)
    grid(table, clean_items(random.Random(SEED + 1)), "look", 5)
    for prefix, rows in (
        ("hand", hand_rows(random.Random(SEED + 2))),
        ("probe", probe_rows(random.Random(SEED + 3))),
        ("sweep", sweep_rows(random.Random(SEED + 4))),
    ):
        for id_, text, expect, rule, note in rows:
            full_id = f"{prefix}-{id_}"
            table.case(full_id, text, expect, rule, note, xfail=xfail(full_id))
    return table


# The sweep's pieces: a number's groups parted by what office pastes put between them.
SEPARATORS = {
    "none": "",
    "newline": "\n",
    "page-number": "\n\n— 2 —\n\n",
    "dash-page": "\n-3-\n",
    "footer": "\n第 2 页 共 5 页\n",
    "form-feed": "\f",
    "soft-hyphen": "\u00ad",
    "hyphen-wrap": "-\n",
    "tab": "\t",
    "nbsp": "\u00a0",
    "en-space": "\u2002",
    "em-space": "\u2003",
    "ideographic-space": "\u3000",
}
LEADS = {
    "none": "",
    "name": "申请人张三，",
    "label": "",  # the kind's own label (LABELS)
    "row": "1\t张三\t",
    "apostrophe": "1\t张三\t'",
}
LABELS = {
    "mobile": "联系电话：",
    "id": "身份证号码：",
    "fullwidth-id": "公民身份号码：",
    "card": "银行卡号：",
    "look-masked": "联系电话：",
    "look-uscc": "统一社会信用代码：",
}


WRAPS = {"newline", "page-number", "dash-page", "footer", "form-feed", "hyphen-wrap"}


def parted(rng: random.Random, sep_name: str, groups: list[str]) -> str:
    """``groups`` joined by the separator: a wrap (a line end, a page break) parts them once, at a
    random place (a PDF wraps a number once), the others part every group."""
    sep = SEPARATORS[sep_name]
    if sep_name not in WRAPS:
        return sep.join(groups)
    whole = "".join(groups)
    at = rng.randint(3, len(whole) - 3)
    return whole[:at] + sep + whole[at:]


def sweep_item(rng: random.Random) -> tuple[str, str, str, str, str]:
    """(kind, separator, lead, sentence, rule) of one random number in the pastes' groupings."""
    kind = rng.choice(["mobile", "id", "card", "fullwidth-id", "look-masked", "look-uscc"])
    sep_name = rng.choice(list(SEPARATORS))
    lead_name = rng.choice(list(LEADS))
    lead = LABELS[kind] if lead_name == "label" else LEADS[lead_name]
    if kind == "mobile":
        n = mobile(rng)
        return kind, sep_name, lead_name, lead + parted(rng, sep_name, [n[:3], n[3:7], n[7:]]), MOB
    if kind in {"id", "fullwidth-id"}:
        n = person_id(rng)
        n = full_width(n) if kind == "fullwidth-id" else n
        return (
            kind,
            sep_name,
            lead_name,
            lead + parted(rng, sep_name, [n[:6], n[6:14], n[14:]]),
            IDN,
        )
    if kind == "card":
        n = unionpay(rng)
        return (
            kind,
            sep_name,
            lead_name,
            lead + parted(rng, sep_name, chunks(n, 4, " ").split()),
            CARD,
        )
    if kind == "look-masked":
        n = mobile(rng)
        return kind, sep_name, lead_name, lead + parted(rng, sep_name, [n[:3], "****", n[7:]]), ""
    n = digit_uscc(rng, rng.choice(["51", "52", "53"]))
    return (
        kind,
        sep_name,
        lead_name,
        lead + parted(rng, sep_name, [n[:2], n[2:8], n[8:17], n[17:]]),
        "",
    )


def sweep(count: int, seed: str) -> None:
    """``count`` random posts through ``govpub.check``: a mobile, an ID number (also in
    full-width), a card, a masked mobile or an all-digit 51–53 USCC, grouped with a random
    separator of the pastes, after a random lead, in a random paste form; wrong ones grouped by
    (verdict, kind, separator, lead)."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    wrong: Counter[tuple[str, str, str, str]] = Counter()
    samples: dict[tuple[str, str, str, str], str] = {}
    forms = list(CONTEXTS)
    for _ in range(count):
        kind, sep_name, lead_name, sentence, rule = sweep_item(rng)
        text = CONTEXTS[rng.choice(forms)](sentence)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        want = {rule} if rule else set()
        if rules == want:
            continue
        verdict = "false" if rules - want else "miss"
        key = (verdict, kind, sep_name, lead_name)
        wrong[key] += 1
        samples.setdefault(key, f"{sentence!r} -> {sorted(rules)}")
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
    header = "red-team pass 99 (blind): text pasted from office documents"
    build().write(__file__, header + "; gen_redteam99.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
