"""Regenerate redteam90_blind_editor_html.yaml (red-team pass 90, written blind).

Issue 12's hidden set as a government new-media office pastes it: out of the WeChat 公众号
editor, 135编辑器 and 秀米, a Word-to-HTML export or a CMS rich-text field. Each of issue 12's
forms (ad links in the obfuscations the issue names, 淘口令 in 「」 and 《《, hyphen-grouped ID
numbers, full-width-hyphen mobiles, ``机密＊10年``, ``（此件不公开）``, spaced ``内 部 资 料``,
``機密★``, ``內部資料``, a 62 card) and a look-alike twin of each that must stay clean (gov.cn
links written the same ways, 机密 and 内部 in prose, a wrong-check ID of the same shape, valid
all-digit 统一社会信用代码 of prefixes 51–53, a landline, 12345, a 文号, a date) is put through
the editors' HTML: an item split over inline tags, character references inside it, a ``<br>``
in the middle, nested ``<section>`` boxes, 秀米's ``<span leaf="">``, empty spans, ``<wbr>``,
``data-*`` attributes, an ``<img alt>``, a table with the label in one cell, a comment inside,
and a CSS style whose values look like numbers (``color:#138123``, ``width:13812345678px``).

Expectations (docs/compliance.md): the inline tags, comments, character references and
``<br>`` a page shows as nothing or as their character are read as the page shows them; a
``data-*`` attribute of a block tag ships in the page's source and is read as text (mend 51a,
the maintainer's decision; an inline tag's go with the tag; an address with a scheme in it is a
link); an ``<img alt>`` is read as text, an ad host there blocks ``ad.spelled_link``; a CSS
value is no text a reader sees, so ``width:13812345678px`` is no mobile (a strict reviewer would
not stop a post for the editor's styling); a host broken by a ``<br>`` is the documented limit, so
a ``<br>`` goes into a link's path, and into a 淘口令 only after its closing bracket.

Written before the checker or any other family was read (issue 12, docs/compliance.md, the
corpus README, ``case_table.py``, ``number_makers.py``, ``gen_redteam71.py`` and the sweep of
``gen_redteam85.py`` only). Fixed seed; run from the repository root:

    python tests/compliance/corpus/gen_redteam90.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam90.py --sweep N  # N random posts, counted by form
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, SPELLED

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number, is_id_number, luhn, org_code, uscc

SEED = 90
FAMILY = "redteam90_blind_editor_html"

LEAD = "<p>现将有关事项通知如下。</p>\n"


@dataclass
class Item:
    """One form: ``pre`` and ``post`` around the ``core`` that the wrappers split."""

    name: str
    pre: str
    core: str
    post: str
    expect: str
    rules: object
    kind: str  # ad | scheme-ad | code | number | marking | twin | scheme-twin | unparsable
    br: tuple[int, int] | None = None  # where a <br> may go in the core (None: anywhere)
    note: str = ""


def _id_valid() -> str:
    number = id_number("31010419851122368")
    assert is_id_number(number)
    return number


def _id_wrong() -> str:
    good = _id_valid()
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    assert not is_id_number(bad)
    return bad


def _card(rng: random.Random) -> str:
    return luhn("621700" + "".join(rng.choice("0123456789") for _ in range(12)))


def _uscc_luhn(rng: random.Random, prefix: str) -> str:
    """An all-digit 统一社会信用代码 of ``prefix`` that passes Luhn and is no ID number."""
    while True:
        org8 = "".join(rng.choice("0123456789") for _ in range(8))
        org = org_code(org8)
        if not org[-1].isdigit():
            continue
        code = uscc(prefix + "110105" + org)
        if code[-1].isdigit() and luhn(code[:17]) == code and not is_id_number(code):
            return code


def _group(number: str, sizes: list[int], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    return sep.join(out)


def items(rng: random.Random) -> list[Item]:
    idv, idw = _id_valid(), _id_wrong()
    card = _card(rng)
    u51, u52, u53 = (_uscc_luhn(rng, p) for p in ("51", "52", "53"))
    real = [
        Item(
            "ad-tcn-colon", "报名网址：", "t.cn/A6xYz9", "，欢迎参加。", "fixed", LS, "ad", (5, 10)
        ),
        Item(
            "ad-taobao-fw",
            "详见",
            "ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=m2",
            "。",
            "fixed",
            LS,
            "ad",
            (21, 24),
        ),
        Item("ad-jd-idot", "购买入口：", "u。jd。com/4kQz", "", "fixed", LS, "ad", (10, 12)),
        Item("ad-dwz-halfwidth-dot", "链接：", "dwz｡cn/Ab12", "", "fixed", LS, "ad", (8, 10)),
        Item(
            "ad-one-slash", "点击", "https:/t.cn/Rx8Kp", "报名", "fixed", LS, "scheme-ad", (13, 16)
        ),
        Item(
            "ad-zwsp-host",
            "详情见",
            "https://s.click.tao\u200bbao.com/t?e=Qa1",
            "",
            "fixed",
            LS,
            "scheme-ad",
            (29, 34),
        ),
        Item("tkl-corner", "", "「VAQz99KzQVD」复制后打开淘宝", "", "block", SC, "code", (13, 14)),
        Item(
            "tkl-double-angle",
            "",
            "《WXuy88HpLm2《复制这段话打开手机淘宝",
            "",
            "block",
            SC,
            "code",
            (13, 14),
        ),
        Item(
            "id-hyphen", "申请人身份证号：", _group(idv, [6, 8, 4], "-"), "", "block", IDN, "number"
        ),
        Item("mobile-fw-hyphen", "联系电话：", "138－1234－5678", "", "block", MOB, "number"),
        Item("mobile-plain", "联系人手机 ", "13812345678", "", "block", MOB, "number"),
        Item(
            "card-62", "银行卡号：", _group(card, [4, 4, 4, 4, 3], " "), "", "block", CARD, "number"
        ),
        Item("mark-fw-star", "", "机密＊10年", "", "block", MARK, "marking"),
        Item("mark-star", "", "机密★10年", "", "block", MARK, "marking"),
        Item("note-not-public", "", "（此件不公开）", "", "block", NOTE, "marking"),
        Item("note-not-released", "", "（此件不予公开）", "", "block", NOTE, "marking"),
        Item("internal-spaced", "", "内 部 资 料", "", "block", INT, "marking"),
        Item("trad-mark", "", "機密★", "", "block", MARK, "marking"),
        Item("trad-internal", "", "內部資料", "", "block", INT, "marking"),
    ]
    twins = [
        Item(
            "gov-bare",
            "报名网址：",
            "www.gov.cn/zhengce/a.html",
            "，欢迎参加。",
            "clean",
            None,
            "twin",
            (12, 24),
        ),
        Item(
            "gov-fw",
            "详见",
            "ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ",
            "。",
            "warn",
            "link.unparsable",
            "unparsable",
            (11, 16),
        ),
        Item("gov-idot", "入口：", "www。gov。cn/xxgk/a.html", "", "clean", None, "twin", (11, 21)),
        Item(
            "gov-one-slash",
            "点击",
            "https:/www.gov.cn/a.html",
            "报名",
            "clean",
            None,
            "scheme-twin",
            (18, 23),
        ),
        Item(
            "gov-zwsp-host",
            "详情见",
            "https://www.go\u200bv.cn/a.html",
            "",
            "clean",
            None,
            "scheme-twin",
            (20, 25),
        ),
        Item("corner-quote", "深化", "「放管服」改革", "，优化营商环境。", "clean", None, "twin"),
        Item(
            "book-title",
            "依据",
            "《中华人民共和国政府信息公开条例》",
            "办理。",
            "clean",
            None,
            "twin",
        ),
        Item(
            "id-wrong-check", "受理编号：", _group(idw, [6, 8, 4], "-"), "", "clean", None, "twin"
        ),
        Item("landline-fw-hyphen", "咨询电话：", "0431－4956－982", "", "clean", None, "twin"),
        Item("hotline", "政务服务便民热线：", "12345", "", "clean", None, "twin"),
        Item("uscc-51-labelled", "统一社会信用代码：", u51, "", "clean", None, "twin"),
        Item("uscc-52-bare", "某民办非企业单位（", u52, "）", "clean", None, "twin"),
        Item("uscc-53-labelled", "基金会统一社会信用代码：", u53, "", "clean", None, "twin"),
        Item("mark-prose", "依法保护", "商业机密", "和个人隐私。", "clean", None, "twin"),
        Item("note-public", "", "（此件公开发布）", "", "clean", None, "twin"),
        Item("internal-control-spaced", "", "内 部 控 制", "", "clean", None, "twin"),
        Item("trad-prose", "", "機關事務管理局", "", "clean", None, "twin"),
        Item(
            "doc-number-date",
            "根据",
            "国办发〔2018〕123号",
            "，2025年11月22日印发。",
            "clean",
            None,
            "twin",
        ),
    ]
    return real + twins


# ----- the editors' HTML -------------------------------------------------------------------
# A core is edited as a list of visible characters with markup inserted between them and
# characters replaced by references; the outer wrappers go round pre + core + post.

INNER = ["span-color", "strong", "em", "entity", "br", "xiumi-leaf", "empty-span", "wbr", "comment"]
OUTER = ["p", "section", "data-attrs", "css-style", "table", "img-alt", "data-only"]
ATTRIBUTE = {"img-alt", "data-only"}  # the text goes in an attribute: no markup inside


class Core:
    def __init__(self, text: str) -> None:
        self.chars = list(text)
        self.before: list[list[str]] = [[] for _ in range(len(text) + 1)]
        self.after: list[list[str]] = [[] for _ in range(len(text) + 1)]
        self.ranges: list[tuple[int, int]] = []

    def pair(self, rng: random.Random, open_: str, close: str) -> None:
        n = len(self.chars)
        for _ in range(30):
            i = rng.randrange(0, n)
            j = rng.randrange(i + 1, n + 1)
            if (i, j) != (0, n) and all(
                j <= a or i >= b or (a <= i and j <= b) or (i <= a and b <= j)
                for a, b in self.ranges
            ):
                break
        self.ranges.append((i, j))
        self.after[i].append(open_)  # opens after what already stands at i
        self.before[j].insert(0, close)

    def point(self, position: int, markup: str) -> None:
        self.after[position].append(markup)

    def render(self) -> str:
        out = []
        for k, char in enumerate(self.chars):
            out += self.before[k] + self.after[k] + [char]
        return "".join(out + self.before[-1] + self.after[-1])


def _entity(rng: random.Random, core: Core) -> None:
    text = "".join(core.chars)
    if text.isdigit():  # 138&nbsp;1234&nbsp;5678, as the WeChat editor writes it
        for k in range(len(text) - 4, 0, -4):
            core.chars[k] = "&nbsp;" + core.chars[k]
        return
    spots = [k for k, c in enumerate(core.chars) if not c.isalnum()]
    if not spots:
        spots = list(range(len(core.chars)))
    k = rng.choice(spots)
    char = core.chars[k]
    if char == " ":
        core.chars[k] = "&nbsp;"
    elif char == "。":
        core.chars[k] = rng.choice(["&#12290;", "&#x3002;"])
    elif char == "\u200b":
        core.chars[k] = "&#8203;"
    else:
        core.chars[k] = rng.choice([f"&#{ord(char)};", f"&#x{ord(char):x};"])


def apply_inner(item: Item, wrapper: str, core: Core, rng: random.Random) -> None:
    n = len(core.chars)
    if wrapper == "span-color":
        k = rng.randrange(1, n)
        core.after[0].insert(0, '<span style="color:rgb(255,0,0);">')
        core.point(k, "</span><span>")
        core.before[n].append("</span>")
    elif wrapper == "strong":
        core.pair(rng, "<strong>", "</strong>")
    elif wrapper == "em":
        core.pair(rng, "<em>", "</em>")
    elif wrapper == "xiumi-leaf":
        k = rng.randrange(1, n)
        core.after[0].insert(0, '<span leaf="">')
        core.point(k, '</span><span leaf="">')
        core.before[n].append("</span>")
    elif wrapper == "entity":
        _entity(rng, core)
    elif wrapper == "br":
        lo, hi = item.br or (1, n - 1)
        assert 1 <= lo <= hi <= n - 1, item.name
        core.point(rng.randint(lo, hi), "<br>")
    elif wrapper == "empty-span":
        for k in sorted(rng.sample(range(1, n), min(2, n - 1))):
            core.point(k, "<span></span>")
    elif wrapper == "wbr":
        for k in sorted(rng.sample(range(1, n), min(2, n - 1))):
            core.point(k, "<wbr>")
    elif wrapper == "comment":
        core.point(rng.randrange(1, n), "<!-- 135editor -->")


def apply_outer(item: Item, wrapper: str, text: str, core_text: str) -> str:  # noqa: PLR0911 - a branch per wrapper
    if wrapper == "p":
        return f'<p style="text-indent:2em;line-height:1.75em;">{text}</p>'
    if wrapper == "section":
        return (
            '<section style="margin:0px auto;max-width:100%;box-sizing:border-box;">'
            '<section style="padding:10px 16px;background-color:rgb(255,250,240);">'
            f'<p style="line-height:1.75em;letter-spacing:1px;">{text}</p></section></section>'
        )
    if wrapper == "data-attrs":
        return f'<p><span data-tools="135编辑器" data-id="98765" data-brushtype="text">{text}</span></p>'
    if wrapper == "css-style":
        return f'<p style="color:#138123;"><span style="width:13812345678px;font-size:15px;">{text}</span></p>'
    if wrapper == "table":
        label = item.pre.rstrip("：: ") or "附注"
        if not (item.pre and text.startswith(item.pre)):
            label = "项目"
        rest = text[len(item.pre) :] if label != "项目" else text
        return (
            '<table><tbody><tr><td width="120" style="border:1px solid #ccc;">'
            f'{label}</td><td style="border:1px solid #ccc;">{rest}</td></tr></tbody></table>'
        )
    if wrapper == "img-alt":
        return f'<p><img src="https://www.gov.cn/images/a.png" alt="{text}" data-ratio="0.75"></p>'
    if wrapper == "data-only":
        return f'<section data-role="paragraph" data-note="{text}"><p>附件</p></section>'
    raise ValueError(wrapper)


def expectation(item: Item, stack: list[str]) -> tuple[str, object]:
    if "data-only" in stack and item.kind == "ad":  # (a spelled host outside alt/title: F7)
        return "clean", None  # the spelled-link rule reads no other attribute, as before
    if item.kind == "unparsable" and ("img-alt" in stack or "data-only" in stack):
        return "clean", None  # an attribute's text is no link (a link in it is the scanner's)
    if "img-alt" in stack and item.kind in {"ad", "scheme-ad"}:
        return "block", SPELLED  # an ad host in an alt text (the rules' table)
    return item.expect, item.rules


def render(item: Item, stack: list[str], case_seed: int) -> str:
    rng = random.Random(case_seed)
    core = Core(item.core)
    for wrapper in stack:
        if wrapper in INNER:
            apply_inner(item, wrapper, core, rng)
    core_text = core.render()
    text = item.pre + core_text + item.post
    outers = [w for w in stack if w in OUTER]
    outers.sort(key=lambda w: w not in ATTRIBUTE)  # an attribute holds the text itself
    for wrapper in outers:
        text = apply_outer(item, wrapper, text, core_text)
    return LEAD + text


NOTES = {
    "p": "in a styled <p>",
    "section": "in 135编辑器's nested <section> boxes with inline styles",
    "data-attrs": "in a <span> with 135编辑器's data-* attributes",
    "css-style": "inside styles whose values look like numbers (color:#138123, width:13812345678px)",
    "table": "label in one <td>, the item in the next",
    "img-alt": "carried by an <img alt> (read as text; an ad host there is ad.spelled_link)",
    "data-only": "carried only by a <section>'s data-* attribute (published in the source: read as text)",
    "span-color": "split over two <span>s, the first coloured",
    "strong": "part of it in <strong>",
    "em": "part of it in <em>",
    "entity": "a character written as a character reference (&nbsp;, &#12290;, &#x3002;…)",
    "br": "a <br> in the middle",
    "xiumi-leaf": '秀米\'s <span leaf=""> split',
    "empty-span": "empty <span></span>s between characters",
    "wbr": "<wbr> between characters",
    "comment": "an HTML comment inside",
}


def _allowed(item: Item, stack: list[str]) -> bool:
    if any(w in ATTRIBUTE for w in stack):
        if sum(w in ATTRIBUTE for w in stack) > 1:
            return False
        return all(w in OUTER or w == "entity" for w in stack) and "table" not in stack
    return True


def grid(table: CaseTable, rng: random.Random) -> None:
    for item in items(random.Random(SEED)):
        for wrapper in INNER + OUTER:
            stack = [wrapper]
            text = render(item, stack, rng.randrange(10**9))
            expect, rules = expectation(item, stack)
            twin = "twin, must stay clean" if item.expect == "clean" else "real form"
            note = f"{item.name} ({twin}) {NOTES[wrapper]}"
            id_ = f"{item.name}--{wrapper}"
            table.case(id_, text, expect, rules, note)


def build() -> CaseTable:
    table = CaseTable(FAMILY)
    grid(table, random.Random(f"{SEED}:grid"))
    hand(table)
    return table


# ----- triage (after the first run; see the report) -----------------------------------------
# (D2, D3, D7, D8 fixed by fix 135; D1, D5, D6, D9 by fix 134)

C_HOST_BR = (
    "documented limit (docs/compliance.md): a host split by a line break, which no renderer"
    " joins, warns for each half as another host"
)


# (id, text, expect, rule, note, xfail)
HAND: list[tuple[str, str, str, object, str, str | None]] = [
    (
        "brief-mobile-two-spans",
        '联系人手机 <span style="color:red">1381</span><span>2345678</span>',
        "block",
        MOB,
        "the brief's split over two spans",
        None,
    ),
    (
        "brief-mark-strong",
        "机<strong>密</strong>★10年",
        "block",
        MARK,
        "the brief's 密 in <strong>",
        None,
    ),
    ("brief-tcn-em", "报名网址：t.<em>cn</em>/x", "fixed", LS, "the brief's t.<em>cn</em>/x", None),
    (
        "twin-css-colour",
        '<p style="color:#138123;">请各单位认真落实。</p>',
        "clean",
        None,
        "a colour value of six digits is no number a reader sees",
        None,
    ),
    (
        "d9-p-style-width",
        '<p style="width:13812345678px;">请各单位认真落实。</p>',
        "clean",
        None,
        "a mobile-shaped CSS width on a <p> is styling, not text",
        None,
    ),
    (
        "d9-section-style-width",
        '<section style="width:13812345678px;"><p>请各单位认真落实。</p></section>',
        "clean",
        None,
        "a mobile-shaped CSS width on a 135编辑器 <section>",
        None,
    ),
    (
        "d9-twin-span-style-width",
        '<span style="width:13812345678px;">请各单位认真落实。</span>',
        "clean",
        None,
        "the same on a <span>: the fold drops an inline tag, attributes and all",
        None,
    ),
    (
        "twin-css-bg-gov",
        '<section style="background-image:url(https://www.gov.cn/images/bg.png);"><p>请各单位认真落实。</p></section>',
        "clean",
        None,
        "a gov.cn background image in a 135编辑器 box",
        None,
    ),
    (
        "twin-hotline-span",
        "政务服务便民热线：<span>123</span><span>45</span>",
        "clean",
        None,
        "12345 split over spans",
        None,
    ),
    (
        "d1-alt-mark-ref",
        '<p><img src="https://www.gov.cn/images/a.png" alt="机密&#x2605;10年"></p>',
        "block",
        MARK,
        "★ as a reference in an alt text",
        None,
    ),
    (
        "d1-alt-mobile-nbsp",
        '<p><img src="https://www.gov.cn/images/a.png" alt="联系人手机 138&nbsp;1234&nbsp;5678"></p>',
        "block",
        MOB,
        "&nbsp; groups in an alt text",
        None,
    ),
    (
        "d1-alt-trad-ref",
        '<p><img src="https://www.gov.cn/images/a.png" alt="內部&#x8cc7;料"></p>',
        "block",
        INT,
        "資 as a reference in an alt text",
        None,
    ),
    (
        "d1-alt-tkl-ref",
        '<p><img src="https://www.gov.cn/images/a.png" alt="「VAQz99KzQVD&#12301;复制后打开淘宝"></p>',
        "block",
        SC,
        "」 as a reference in an alt text",
        None,
    ),
    (
        "d1-twin-alt-plain",
        '<p><img src="https://www.gov.cn/images/a.png" alt="机密★10年"></p>',
        "block",
        MARK,
        "the same alt text without a reference blocks",
        None,
    ),
    (
        "d2-fw-star-br-period",
        "机密＊1<br>0年",
        "block",
        MARK,
        "<br> inside the period after ＊",
        None,
    ),
    ("d2-fw-star-br-after-star", "机密＊<br>10年", "block", MARK, "<br> right after ＊", None),
    ("d2-twin-star-br", "机密★10<br>年", "block", MARK, "★ with the same <br> blocks", None),
    (
        "d3-mobile-br-hyphen",
        "联系电话：138<br>－1234－5678",
        "block",
        MOB,
        "<br> before a full-width hyphen group",
        None,
    ),
    (
        "d3-id-newline-hyphen",
        "申请人身份证号：310104\n-19851122-3688",
        "block",
        IDN,
        "line break before a hyphen group",
        None,
    ),
    (
        "d3-id-br-hyphen",
        "申请人身份证号：310104<br>-19851122-3688",
        "block",
        IDN,
        "<br> before a hyphen group",
        None,
    ),
    (
        "d3-twin-mobile-br",
        "联系电话：138<br>1234－5678",
        "block",
        MOB,
        "<br> not before the hyphen: read",
        None,
    ),
    (
        "d5-p-data-mobile",
        '<p data-note="联系人手机 13812345678">附件</p>',
        "block",
        MOB,
        "a mobile only in a <p>'s data-*: published in the source (mend 51a)",
        None,
    ),
    (
        "d5-section-data-mark",
        '<section data-note="机密★10年"><p>附件</p></section>',
        "block",
        MARK,
        "a 密级 only in a <section>'s data-*: published in the source (mend 51a)",
        None,
    ),
    (
        "d5-twin-span-data-mobile",
        '<span data-note="联系人手机 13812345678">附件</span>',
        "clean",
        None,
        "the same on a <span>: the fold drops an inline tag, attributes and all",
        None,
    ),
    (
        "d6-data-href-one-slash",
        '<span data-href="https:/t.cn/Rx8Kp">附件</span>',
        "fixed",
        LS,
        "one slash in data-href",
        None,
    ),
    (
        "d6-section-data-one-slash",
        '<section data-note="https:/t.cn/Rx8Kp"><p>附件</p></section>',
        "fixed",
        LS,
        "one slash in data-note",
        None,
    ),
    (
        "d6-twin-data-href-two-slashes",
        '<span data-href="https://t.cn/Rx8Kp">附件</span>',
        "fixed",
        LS,
        "two slashes: found",
        None,
    ),
    (
        "d7-styled-td-mobile-br",
        '<table><tr><td>联系人手机</td><td style="border:1px solid #ccc;">1381234567<br>8</td></tr></table>',
        "block",
        MOB,
        "label cell, styled number cell, <br>",
        None,
    ),
    (
        "d7-twin-bare-td-mobile-br",
        "<table><tr><td>联系人手机</td><td>1381234567<br>8</td></tr></table>",
        "block",
        MOB,
        "the same after a bare <td>: read",
        None,
    ),
    (
        "d8-long-p-note-br",
        '<p style="text-indent:2em;line-height:1.75em;">（此件不公开<br>）</p>',
        "block",
        NOTE,
        "long <p> tag, <br> before ）",
        None,
    ),
    (
        "d8-long-p-note-released-br",
        '<p style="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx">（此件不予公开<br>）</p>',
        "block",
        NOTE,
        "long <p> tag, <br> before ）",
        None,
    ),
    (
        "d8-twin-short-p-note-br",
        '<p style="color:red">（此件不公开<br>）</p>',
        "block",
        NOTE,
        "short <p> tag: read",
        None,
    ),
    (
        "c-mobile-over-cells",
        "<table><tr><td>联系电话</td><td>138</td><td>1234</td><td>5678</td></tr></table>",
        "block",
        MOB,
        "a mobile over three cells: read (docs/compliance.md still lists it as not caught, by"
        " decision: the doc is out of date)",
        None,
    ),
    (
        "c-host-br",
        "详情见https://s.click.tao<br>bao.com/t?e=1",
        "fixed",
        LS,
        "<br> inside the host",
        C_HOST_BR,
    ),
]


def hand(table: CaseTable) -> None:
    for id_, text, expect, rule, note, xfail in HAND:
        table.case(f"hand-{id_}", LEAD + text, expect, rule, note, xfail=xfail)


# ----- sweep -------------------------------------------------------------------------------


def _draw_stack(rng: random.Random, item: Item) -> list[str]:
    for _ in range(50):
        inner = rng.sample(INNER, rng.choice([0, 1, 1, 2, 2, 3]))
        outer = rng.sample(OUTER, rng.choice([0, 1, 1, 2]))
        stack = inner + outer
        if stack and _allowed(item, stack):
            return stack
    return ["p"]


def sweep(count: int) -> None:
    """``count`` random compositions through ``govpub.check``, misses and false findings
    counted by (form, wrappers)."""
    from govpub import Policy, Post, check  # (only the sweep needs govpub)

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict[str, object]]] = {}
    pool: list[Item] = []
    for n in range(count):
        if n % 500 == 0:
            pool = items(rng)
        item = rng.choice(pool)
        stack = _draw_stack(rng, item)
        text = render(item, stack, rng.randrange(10**9))
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        expect, want_rules = expectation(item, stack)
        want = {want_rules} if isinstance(want_rules, str) else set(want_rules or [])
        if rules == want:
            verdicts["ok"] += 1
            continue
        outcome = "miss" if want - rules else "false"
        verdicts[outcome] += 1
        key = (outcome, item.name, "+".join(sorted(stack)), ",".join(sorted(rules)) or "-")
        by_pattern[key] += 1
        samples.setdefault(key, [])
        if len(samples[key]) < 3:
            samples[key].append({"text": text, "expect": expect})
    out = Path(tempfile.gettempdir()) / f"{FAMILY}.sweep.json"
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]))
        return
    header = "red-team pass 90 (blind): issue 12's forms in editors' HTML; gen_redteam90.py regenerates it"
    build().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
