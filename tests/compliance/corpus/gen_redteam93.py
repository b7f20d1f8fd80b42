"""Regenerate redteam93_blind_html_tokenizing.yaml (red-team pass 93, written blind).

A post's body may be HTML pasted from a CMS. A browser tokenizes it by the WHATWG HTML rules
(https://html.spec.whatwg.org/multipage/parsing.html#tokenization); a checker with its own tag
reading may disagree. Issue 12's items — an ad link, a 淘口令, a mobile, an ID number, a bank
card, ``机密★10年``, ``内部资料``, ``（此件不公开）``, a title ``不公开`` — are put

* in the text of a ``<p>`` whose start tag is written in every way browsers accept,
* in shown attributes (``title``, ``alt``, ``aria-label``) written in those ways — ``<`` and
  ``>`` inside quoted values, single quotes, unquoted values, no space between attributes,
  attributes on new lines, upper and mixed case, a slash before ``>`` or between attributes,
  duplicate attributes (the first wins), character references,
* split by markup a browser shows as nothing — formatting tags in those forms, comments (also
  the abrupt ``<!-->`` and ``<!--->`` and the ``--!>`` close), ``<wbr>``, ``<br/>``, bogus
  comments (``<?…>``, ``</ x>``, ``<![CDATA[…]]>`` outside SVG/MathML), ``</>`` —,
* right after markup whose end a sloppy reader misplaces (``</SCRIPT >``, ``<!-->``,
  ``<![CDATA[ a>`` …), in elements that are shown (``<textarea>``, ``<xmp>``, ``<noscript>``,
  an input's ``value``/``placeholder``), escaped with ``&lt;`` (the page prints the code), and
  after a stray ``<`` in prose (``年龄<35周岁``: ``<`` before a digit opens no tag);

and the must-stay-clean twins: the same words where the page does NOT show them (a comment, a
``<script>``, a ``<style>``, a ``<template>``, a bogus comment, a ``data-*`` value of a
formatting tag — also one holding ``>`` or ``<`` —, a duplicate ``title`` that the first one
overrides, a start tag cut off by the end of the text), the documented non-notes (``<img
alt="不公开">``, ``<th title="不公开">``, ``<abbr title="机密">``) in every tag form, and
prose with ``<`` and ``>``.

Written before the checker or any other family was read (issue 12, docs/compliance.md, the
corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam71.py`` for layout).
Fixed seed; run from the repository root:

    python tests/compliance/corpus/gen_redteam93.py             # writes the YAML
    python tests/compliance/corpus/gen_redteam93.py --sweep N   # N random cells through check()
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import is_id_number, luhn

SEED = 93
LS = "ad.link_stripped"
SPELLED = "ad.spelled_link"
SC = "ad.share_code"
IDN = "personal.id_number"
MOB = "personal.mobile"
CARD = "personal.bank_card"
MARK = "secrecy.marking"
INT = "secrecy.internal"
NOTE = "disclosure.not_public"

BEFORE = "<p>区政府召开专题会议，研究部署下一阶段重点工作。</p>"
AFTER = "<p>请各单位结合实际认真贯彻执行。</p>"
BODY_WORDS = "请各单位遵照执行。"


@dataclass(frozen=True)
class Item:
    """One issue-12 item: a label (kept whole) and its core (split, escaped)."""

    name: str
    label: str
    core: str
    expect: str
    rule: str
    split_at: int  # a position inside ``core`` where markup is slipped in

    @property
    def value(self) -> str:
        return self.label + self.core


def _card(rng: random.Random) -> str:
    while True:
        number = luhn("622202" + "".join(rng.choice("0123456789") for _ in range(12)))
        if not any(
            number[i] == "1" and number[i + 1] in "3456789" for i in range(len(number) - 10)
        ):
            return number


def items(rng: random.Random) -> dict[str, Item]:
    """The issue's items (the ID number is the issue's own, checked with number_makers)."""
    assert is_id_number("310104198511223688")
    found = [
        Item("link_tb", "详见", "https://s.click.taobao.com/t?e=m%3D2%26s%3DAbC", "fixed", LS, 19),
        Item("link_jd", "详见", "u.jd.com/AbC123", "fixed", LS, 3),
        Item("code", "", "￥AbCd1234XyZ￥复制后打开淘宝", "block", SC, 5),
        Item("mobile", "联系电话：", "13812345678", "block", MOB, 3),
        Item("id", "身份证号：", "310104198511223688", "block", IDN, 6),
        Item("card", "银行卡号：", _card(rng), "block", CARD, 8),
        Item("mark", "", "机密★10年", "block", MARK, 1),
        Item("internal", "", "内部资料", "block", INT, 2),
        Item("note", "", "（此件不公开）", "block", NOTE, 4),
        # the words alone in a tooltip: on a <p>/<span> the note all the same (reviews 53, 54)
        Item("notitle", "", "不公开", "block", NOTE, 1),
    ]
    return {i.name: i for i in found}


def refs(value: str, *, hex_: bool = False) -> str:
    """Its first two ideographs or digits as numeric character references."""
    out, done = [], 0
    for c in value:
        if done < 2 and (c.isdigit() or "\u4e00" <= c <= "\u9fff"):
            out.append(f"&#x{ord(c):X};" if hex_ else f"&#{ord(c)};")
            done += 1
        else:
            out.append(c)
    return "".join(out)


# ----- start tags written every way a browser accepts -------------------------------------
# Each builds a start tag of ``tag`` carrying ``attr="V"`` (and a class), and says how the
# element is closed.

StartTag = Callable[[str, str, str], tuple[str, str]]


def _st(fmt: str, close: str = "</{t}>") -> StartTag:
    def build(tag: str, attr: str, value: str) -> tuple[str, str]:
        t, a = tag, attr
        if "{T}" in fmt:
            t, a = tag.upper(), attr.upper()
        if "{Tm}" in fmt:
            t, a = tag.title(), attr.title()
        text = fmt.format(t=t, a=a, v=value, T=t, A=a, Tm=t, Am=a)
        return text, close.format(t=t, T=t, Tm=t)

    return build


ATTR_FORMS: dict[str, tuple[StartTag, Callable[[str], str], str]] = {
    # name: (start tag, value transform, note)
    "dq": (_st('<{t} class="c1" {a}="{v}">'), str, "double-quoted value"),
    "sq": (_st("<{t} class='c1' {a}='{v}'>"), str, "single-quoted value"),
    "unq": (_st("<{t} class=c1 {a}={v}>"), str, "unquoted value (no space, quote or > in it)"),
    "lt_before": (_st('<{t} data-x="a<b" {a}="{v}">'), str, "'<' inside a quoted value before"),
    "gt_before": (_st('<{t} data-x="a>b" {a}="{v}">'), str, "'>' inside a quoted value before"),
    "gt_sq_before": (_st("<{t} data-x='1>0' {a}='{v}'>"), str, "'>' in a single-quoted value"),
    "gt_after": (_st('<{t} {a}="{v}" data-x="a>b">'), str, "'>' in a quoted value after"),
    "nospace": (_st('<{t} class="c1"{a}="{v}">'), str, "no space between attributes"),
    "newlines": (_st('<{t}\nclass="c1"\n{a}="{v}"\n>'), str, "attributes on lines of their own"),
    "tabs": (_st('<{t}\tclass="c1"\t{a}="{v}">'), str, "tabs between attributes"),
    "upper": (_st('<{T} CLASS="C1" {A}="{v}">', "</{T}>"), str, "tag and attribute in capitals"),
    "mixed": (_st('<{Tm} Class="c1" {Am}="{v}">', "</{Tm}>"), str, "tag and attribute mixed case"),
    "slash_end": (_st('<{t} class="c1" {a}="{v}"/>'), str, "a slash before '>'"),
    "slash_sep": (_st('<{t}/class="c1"/{a}="{v}">'), str, "a slash between attributes"),
    "spaced_eq": (_st('<{t} class="c1" {a} = "{v}">'), str, "spaces around '='"),
    "dup_first": (_st('<{t} {a}="{v}" {a}="说明">'), str, "duplicate attribute: first wins"),
    "ref_dec": (_st('<{t} class="c1" {a}="{v}">'), refs, "decimal character references"),
    "ref_hex": (
        _st('<{t} class="c1" {a}="{v}">'),
        lambda v: refs(v, hex_=True),
        "hex character references",
    ),
}
# an unquoted value cannot hold a space, a quote or '>'; none of the items does


@dataclass(frozen=True)
class Placement:
    tag: str
    attr: str
    inner: str  # the element's content ("" for a void element)
    items: tuple[str, ...]
    rule_override: dict[str, tuple[str, str]] | None = None  # item -> (expect, rule)


PERSONAL = ("code", "mobile", "id", "card")
NOTES = ("mark", "internal", "note")
PLACEMENTS = {
    "p_title": Placement("p", "title", BODY_WORDS, (*PERSONAL, *NOTES, "notitle")),
    "span_title": Placement("span", "title", "附注", (*PERSONAL, *NOTES, "notitle")),
    "img_alt": Placement(
        "img",
        "alt",
        "",
        (*PERSONAL, *NOTES, "link_jd"),
        # docs: an ad host in a link's or picture's title or alt text is ad.spelled_link
        {"link_jd": ("block", SPELLED)},
    ),
    "a_title": Placement(
        "a", "title", "中国政府网", ("link_jd", "mark", "mobile"), {"link_jd": ("block", SPELLED)}
    ),
    "aria_p": Placement("p", "aria-label", BODY_WORDS, (*PERSONAL, *NOTES)),
    "input_value": Placement("input", "value", "", ("mobile", "id", "internal", "mark")),
    "p_data": Placement("p", "data-note", BODY_WORDS, ("mobile", "id", "mark", "internal", "note")),
}


def attr_case(place: str, form: str, item: Item) -> tuple[str, str, str | list[str]]:
    """The text of ``item`` in ``place``'s attribute written as ``form``; expect and rule."""
    p = PLACEMENTS[place]
    build, transform, _ = ATTR_FORMS[form]
    value = item.label + transform(item.core)
    tag = p.tag
    start, close = build(tag, p.attr, value)
    extra = {"a": ' href="https://www.gov.cn/"', "img": ' src="a.png"'}.get(tag, "")
    if extra:  # the address right after the tag's name
        cut = len(tag) + 1
        start = start[:cut] + extra + start[cut:]
    element = start if tag in {"img", "input"} else start + p.inner + close
    expect, rule = (p.rule_override or {}).get(item.name, (item.expect, item.rule))
    if tag in {"span", "img", "a", "input"}:
        element = "<p>" + element + "</p>"
    return BEFORE + element + AFTER, expect, rule


# ----- the item split by markup a browser shows as nothing --------------------------------

SPLITS: dict[str, tuple[str, str, str]] = {
    # name: (open or inserted markup, close ("" for an insertion), note)
    "span": ("<span>", "</span>", "a <span> round one character"),
    "span_upper": ("<SPAN>", "</SPAN>", "an upper-case <SPAN>"),
    "span_unq": ("<span class=hl>", "</span>", "a span with an unquoted class"),
    "span_sq": ("<span class='hl'>", "</span>", "a span with a single-quoted class"),
    "span_gt": ('<span data-x="a>b">', "</span>", "a span whose data-x value holds '>'"),
    "span_lt": ('<span data-x="a<b">', "</span>", "a span whose data-x value holds '<'"),
    "span_nl": ('<span\nclass="hl"\n>', "</span>", "a span's attributes on new lines"),
    "span_nospace": ('<span class="a"style="color:red">', "</span>", "no space between attrs"),
    "font_mixed": ("<Font Color=red>", "</Font>", "a mixed-case <Font> unquoted"),
    "b_selfclose": ("<b/>", "</b>", "<b/>: the slash is ignored on a non-void element"),
    "comment": ("<!-- x -->", "", "a comment"),
    "comment_empty": ("<!---->", "", "an empty comment"),
    "comment_gt": ("<!-- a>b -->", "", "a comment holding '>'"),
    "comment_tag": ("<!-- <p> -->", "", "a comment holding a tag"),
    "comment_abrupt3": ("<!--->", "", "'<!--->' closes at once (abrupt-closing-of-empty-comment)"),
    "comment_abrupt2": ("<!-->", "", "'<!-->' closes at once (abrupt-closing-of-empty-comment)"),
    "comment_bang": ("<!-- x --!>", "", "'--!>' closes a comment (incorrectly-closed-comment)"),
    "wbr": ("<wbr>", "", "<wbr>"),
    "wbr_upper": ("<WBR>", "", "<WBR>"),
    "wbr_slash": ("<wbr/>", "", "<wbr/>"),
    "br_slash": ("<br/>", "", "<br/> (a line break joins inside one block, docs)"),
    "pi": ("<?x?>", "", "'<?x?>' is a bogus comment"),
    "bogus_end": ("</ x>", "", "'</ x>' is a bogus comment"),
    "empty_end": ("</>", "", "'</>' is dropped"),
    "cdata": ("<![CDATA[x]]>", "", "CDATA outside SVG/MathML is a bogus comment"),
}


def split_case(form: str, item: Item) -> tuple[str, str, str]:
    open_, close, _ = SPLITS[form]
    i = item.split_at
    core = item.core
    if close:
        core = core[:i] + open_ + core[i] + close + core[i + 1 :]
    else:
        core = core[:i] + open_ + core[i:]
    return BEFORE + "<p>" + item.label + core + "</p>" + AFTER, item.expect, item.rule


# ----- the item right after markup whose end a sloppy reader misplaces, or in a shown element -

AFTERS: dict[str, tuple[str, str]] = {
    # name: (template with {v}, note)
    "script_end_upper": ("<script>var a=1;</SCRIPT >{v}", "the item after '</SCRIPT >'"),
    "script_end_attr": ('<script>var a=1;</script foo="x">{v}', "after '</script foo=…>'"),
    "script_scriptx": (
        '<script>var s="</scriptx>";</script>{v}',
        "after a script whose string holds '</scriptx>' (no end tag)",
    ),
    "style_end_upper": ("<style>p{{color:red}}</STYLE\n>{v}", "after '</STYLE⏎>'"),
    "comment_abrupt2": ("<!-->{v}<!-- end -->", "after '<!-->' (an empty comment)"),
    "comment_abrupt3": ("<!--->{v}<!-- end -->", "after '<!--->' (an empty comment)"),
    "comment_bang": ("<!-- a --!>{v}<!-- end -->", "after a comment closed by '--!>'"),
    "cdata_gt": ("<![CDATA[ a>{v} ]]>", "CDATA is a bogus comment ending at the first '>'"),
    "xml_pi": ('<?xml version="1.0"?>{v}', "after an XML declaration (a bogus comment)"),
    "word_ns": (
        '<?xml:namespace prefix = o ns="urn:schemas-microsoft-com:office:office" />{v}',
        "after Word's namespace declaration",
    ),
    "bogus_end": ("</ 注>{v}", "after '</ 注>' (a bogus comment)"),
    "textarea": ("<textarea>{v}</textarea>", "in a <textarea>: shown as text"),
    "textarea_upper": ("<TEXTAREA rows=3>{v}</TEXTAREA>", "in an upper-case <TEXTAREA>"),
    "xmp": ("<xmp>{v}</xmp>", "in an <xmp>: shown as text"),
    "noscript": (
        "<noscript>{v}</noscript>",
        "in a <noscript>: decided shown (reader modes, feeds, no-script readers show it)",
    ),
    "escaped_tag": (
        '&lt;p title="{v}"&gt;正文&lt;/p&gt;',
        "escaped code: the page prints the words; decided: shown words block",
    ),
    "escaped_comment": ("&lt;!-- {v} --&gt;", "an escaped comment: printed, so shown"),
    "stray_lt": (
        "报名条件：年龄<35周岁。{v}。学历>本科。",
        "after a stray '<' before a digit (no tag) and before a '>'",
    ),
    "stray_lt_cjk": ("<{v}>", "in '<…>' where '<' precedes no ASCII letter: text"),
    "math_lt": ("若3<5，则{v}，且7>6。", "between '3<5' and '7>6' in prose"),
    "unclosed_p": ('<p title="说明">{v}', "in an unclosed <p>"),
}


def after_case(form: str, item: Item) -> tuple[str, str, str]:
    text = AFTERS[form][0].format(v=item.value)
    if "textarea" not in form:
        text = "<p>" + text + "</p>"
    return BEFORE + text + AFTER, item.expect, item.rule


# ----- where the page does NOT show the words (must stay clean) ----------------------------

HIDDEN: dict[str, tuple[str, str]] = {
    "comment": ("<!-- {v} -->", "in a comment (docs: a comment is dropped with its content)"),
    "comment_tight": ("<!--{v}-->", "in a comment, no spaces"),
    "comment_gt": ("<!-- a>b {v} -->", "in a comment holding '>' before the words"),
    "comment_lines": ("<!--\n{v}\n-->", "in a comment over lines"),
    "script": ('<script>var s="{v}";</script>', "in a <script> string"),
    "script_upper": (
        '<SCRIPT type="text/javascript">/* {v} */</SCRIPT>',
        "in an upper-case SCRIPT",
    ),
    "script_scriptx": (
        '<script>var s="</scriptx>{v}";</script>',
        "in a script after '</scriptx>', which ends nothing",
    ),
    "script_tags": ('<script>var s="<b>{v}</b>";</script>', "in a script string holding tags"),
    "script_comment": ('<script><!--\nvar s="{v}";\n//--></script>', "in a script's old comment"),
    "style": ("<style>/* {v} */</style>", "in a CSS comment in <style>"),
    "style_upper": ('<STYLE type="text/css">/* {v} */</STYLE>', "in an upper-case STYLE"),
    "template": ("<template><p>{v}</p></template>", "in a <template> (inert, never shown)"),
    "cdata": ("<![CDATA[{v}]]>", "in CDATA: a bogus comment in HTML, shown as nothing"),
    "pi": ("<?note {v} ?>", "in '<?…>': a bogus comment"),
    "bogus_end": ("</ {v}>", "in '</ …>': a bogus comment"),
    "span_data": (
        '<span data-note="{v}">附注</span>',
        "in a formatting tag's data-* (docs: dropped)",
    ),
    "span_data_gt": (
        '<span data-x="a>{v}">附注</span>',
        "after '>' inside a span's quoted data-x value (the tag ends at its own '>')",
    ),
    "span_data_lt": (
        '<span data-x="a<b>{v}">附注</span>',
        "after '<b>' inside a span's quoted data-x value",
    ),
    "span_data_sq_gt": (
        "<span data-x='1>{v}'>附注</span>",
        "after '>' inside a span's single-quoted data-x value",
    ),
    "span_dup_second": (
        '<span title="说明" title="{v}">附注</span>',
        "a duplicate title: the first wins, the second is dropped by the parser and never shown",
    ),
    "eof_in_tag": (
        '<p title="{v}"',
        "a start tag cut off by the end of the text: a browser drops it",
    ),
}
HIDDEN_ITEMS = ("mark", "internal", "note", "code", "link_tb")
NO_LINK = {"script", "script_upper", "script_scriptx", "script_tags", "script_comment", "span_data",
           "span_data_gt", "span_data_lt", "span_data_sq_gt", "span_dup_second", "eof_in_tag"}  # fmt: skip


def hidden_case(form: str, item: Item) -> str:
    text = HIDDEN[form][0].format(v=item.value)
    if form == "eof_in_tag":
        return BEFORE + AFTER + text
    return BEFORE + "<p>" + BODY_WORDS + text + "</p>" + AFTER


# ----- documented non-notes in every tag form, and prose -------------------------------------

DOC_CLEAN = {
    # name: (tag, attr, inner, note)
    "img_alt_notitle": (
        "img",
        "alt",
        "",
        "a lock icon's alt 不公开 labels the icon (docs, left26b)",
    ),
    "th_title_notitle": ("th", "title", "姓名", "a column header's tooltip 不公开 (docs, left26b)"),
    "abbr_gloss": (
        "abbr",
        "title",
        "机密",
        "a tooltip that is the level's name alone glosses it (docs)",
    ),
}

PROSE_CLEAN = [
    (
        "prose-age",
        "<p>报名条件：年龄<35周岁，学历>本科，工作年限>3年。</p>",
        "'<' and '>' in prose",
    ),
    ("prose-math", "<p>若3<5且7>6，则结论成立。</p>", "comparisons in prose"),
    ("prose-rate", "<p>群众满意度>95%，投诉率<1%。</p>", "percentages with '<' '>'"),
    ("prose-arrow", "<p>办理流程：申请->受理->审核->办结。</p>", "an ASCII arrow"),
    ("prose-lt-space", "<p>当 a < b 时，取较小值。</p>", "'< ' with a space opens no tag"),
    ("prose-angle-cjk", "<p><关于做好有关工作的通知>已印发。</p>", "'<' before an ideograph: text"),
    ("prose-landline", "<p>年龄<35周岁的，请拨打010-63099999咨询。</p>", "a landline after '<35'"),
    (
        "code-sample",
        '<p>示例代码：&lt;p class="note"&gt;通知&lt;/p&gt;</p>',
        "an escaped code sample",
    ),
    (
        "code-sample-level",
        '<p>示例：&lt;p title="机密"&gt;正文&lt;/p&gt;</p>',
        "escaped code whose title is the bare word 机密 (decided: no marking; a bare level name in "
        "quotes has no star or period)",
    ),
    (
        "prose-lock",
        '<p><img alt="不公开" src="lock.png">个人隐私信息不公开</p>',
        "docs' own example",
    ),
    (
        "table-th",
        '<table><tr><th title="不公开">姓名</th><th>职务</th></tr><tr><td>张三</td><td>科员</td></tr></table>',
        "docs' column-header example",
    ),
    (
        "comment-plain",
        "<p>请各单位遵照执行。<!-- 编辑：内部资料库第3期 --></p>",
        "internal words in an editor's comment",
    ),
    (
        "style-block",
        "<style>.a{width:13812345678px}</style><p>特此通知。</p>",
        "a mobile-shaped number in CSS",
    ),
    (
        "wbr-gov",
        "<p>详见https://www.gov<wbr>.cn/zhengce/a.html</p>",
        "a gov.cn link split by <wbr>",
    ),
    ("upper-p", '<P CLASS="A">请各单位遵照执行。</P>', "upper-case tags, nothing in them"),
    ("cdata-text", "<p><![CDATA[ 版本 1.0 ]]>特此通知。</p>", "CDATA with nothing in it"),
]


# ----- the table -----------------------------------------------------------------------------


def grid(rng: random.Random) -> CaseTable:
    """About 330 cases: every family of forms, items drawn so each form meets several."""
    it = items(rng)
    table = CaseTable("redteam93_blind_html_tokenizing")
    attr_cells = [
        (place, form, name)
        for place, p in PLACEMENTS.items()
        for form in ATTR_FORMS
        for name in p.items
        if not (form == "unq" and " " in it[name].value)
    ]
    for place, form, name in sorted(rng.sample(attr_cells, 90)):
        text, expect, rule = attr_case(place, form, it[name])
        note = f"{ATTR_FORMS[form][2]}; {name} in {place}: shown, so it counts (docs)"
        if place == "p_data":
            note += "; a data-* value on a kept tag is read in place (docs, review 51a)"
        table.case(f"attr-{place}-{form}-{name}", text, expect, rule, note)
    split_cells = [(form, name) for form in SPLITS for name in it if name != "notitle"]
    for form, name in sorted(rng.sample(split_cells, 60)):
        text, expect, rule = split_case(form, it[name])
        table.case(
            f"split-{form}-{name}",
            text,
            expect,
            rule,
            f"{SPLITS[form][2]} inside {name}; the page shows it whole",
        )
    after_cells = [(form, name) for form in AFTERS for name in it if name != "notitle"]
    for form, name in sorted(rng.sample(after_cells, 30)):
        text, expect, rule = after_case(form, it[name])
        table.case(
            f"after-{form}-{name}", text, expect, rule, f"{AFTERS[form][1]}; {name} is shown"
        )
    # the text of a <p> whose start tag takes each form
    for form in ATTR_FORMS:
        name = rng.choice([n for n in it if n != "notitle"])
        build = ATTR_FORMS[form][0]
        start, close = build("p", "data-k", "v1")
        item = it[name]
        table.case(
            f"text-{form}-{name}",
            BEFORE + start + item.value + close + AFTER,
            item.expect,
            item.rule,
            f"{name} in the text of a <p> whose start tag has {ATTR_FORMS[form][2]}",
        )
    # must stay clean: hidden
    for form in HIDDEN:
        for name in HIDDEN_ITEMS:
            if name == "link_tb" and form in NO_LINK:
                continue
            table.clean(
                f"hidden-{form}-{name}",
                hidden_case(form, it[name]),
                f"{HIDDEN[form][1]}: the page does not show {name}",
            )
    for doc, (tag, attr, inner, note) in DOC_CLEAN.items():
        value = "机密" if doc == "abbr_gloss" else "不公开"
        for form in ATTR_FORMS:
            if doc == "th_title_notitle" and form not in {
                "dq",
                "upper",
                "unq",
                "nospace",
                "gt_before",
                "ref_dec",
            }:
                continue
            start, close = ATTR_FORMS[form][0](tag, attr, ATTR_FORMS[form][1](value))
            if tag == "img":
                element = start[:4] + ' src="lock.png"' + start[4:] + "个人隐私信息不公开"
            elif tag == "th":
                element = "<table><tr>" + start + inner + close + "<th>职务</th></tr></table>"
            else:
                element = "密级分为绝密、" + start + inner + close + "、秘密三级。"
            if tag != "th":
                element = "<p>" + element + "</p>"
            note_ = f"{note}; tag written with {ATTR_FORMS[form][2]}"
            table.clean(f"doc-{doc}-{form}", BEFORE + element + AFTER, note_)
    for id_, text, note in PROSE_CLEAN:
        table.clean(id_, BEFORE + text + AFTER, note)
    return table


PROSE = [
    "<p>区政府召开专题会议，研究部署下一阶段重点工作。</p>",
    "<p>各街道、各部门要压实责任，确保各项措施落到实处。</p>",
    "<p>现将有关事项通知如下。</p>",
    "<section><p>全区共完成老旧小区改造项目十二个。</p></section>",
    "",
]


def cells(it: dict[str, Item]) -> list[tuple[str, str, str, Callable[[], tuple[str, str, object]]]]:
    """Every (kind, form, item) cell with its builder: the sweep's population."""
    out: list[tuple[str, str, str, Callable[[], tuple[str, str, object]]]] = []
    for place, p in PLACEMENTS.items():
        for form in ATTR_FORMS:
            for name in p.items:
                out.append(
                    (
                        f"attr:{place}",
                        form,
                        name,
                        lambda pl=place, f=form, n=name: attr_case(pl, f, it[n]),
                    )
                )
    for form in SPLITS:
        for name in it:
            if name != "notitle":
                out.append(("split", form, name, lambda f=form, n=name: split_case(f, it[n])))
    for form in AFTERS:
        for name in it:
            if name != "notitle":
                out.append(("after", form, name, lambda f=form, n=name: after_case(f, it[n])))
    for form in HIDDEN:
        for name in HIDDEN_ITEMS:
            if not (name == "link_tb" and form in NO_LINK):
                out.append(
                    (
                        "hidden",
                        form,
                        name,
                        lambda f=form, n=name: (hidden_case(f, it[n]), "clean", None),
                    )
                )
    return out  # fmt: skip


def sweep(count: int) -> None:
    """``count`` random cells, each in random surrounding paragraphs, through ``check()``;
    misses and false findings counted by (kind, form) and by (kind, item)."""
    from govpub import Policy, Post, check  # noqa: PLC0415 - only the sweep needs the checker

    rng = random.Random(f"{SEED}:sweep")
    it = items(random.Random(SEED))
    population = cells(it)
    policy = Policy.default()
    by_form: Counter[tuple[str, ...]] = Counter()
    by_item: Counter[tuple[str, ...]] = Counter()
    totals: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    for _ in range(count):
        kind, form, name, build = rng.choice(population)
        text, expect, rule = build()
        text = text.replace(BEFORE, rng.choice(PROSE)).replace(AFTER, rng.choice(PROSE))
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        found = {f.rule for f in result.findings}
        severities = {f.severity for f in result.findings}
        verdict = next((v for v in ("block", "warn", "fixed") if v in severities), "clean")
        want = set() if rule is None else ({rule} if isinstance(rule, str) else set(rule))
        totals[kind] += 1
        if found == want and verdict == expect:
            continue
        if not want:
            outcome = "false:" + ",".join(sorted(found))
        elif not want <= found:
            outcome = (
                "miss:"
                + ",".join(sorted(want - found))
                + ("" if not found - want else " +" + ",".join(sorted(found - want)))
            )
        else:
            outcome = "extra:" + ",".join(sorted(found - want))
        by_form[(kind, form, outcome)] += 1
        by_item[(kind, name, outcome)] += 1
        key = f"{kind}|{form}|{name}|{outcome}"
        if len(samples.setdefault(key, [])) < 2:
            samples[key].append(text)
    sys.stdout.write(f"{count} cells: {dict(totals)}; wrong {sum(by_form.values())}\n")
    for key, n in by_form.most_common():
        sys.stdout.write(f"  {n:6d}  {' / '.join(key)}\n")
    sys.stdout.write("by item:\n")
    for key, n in by_item.most_common():
        sys.stdout.write(f"  {n:6d}  {' / '.join(key)}\n")
    out = Path("/tmp/redteam93_sweep.json")
    out.write_text(
        json.dumps(
            {"count": count, "totals": totals, "samples": samples}, ensure_ascii=False, indent=1
        ),
        encoding="utf-8",
    )


def main() -> None:
    rng = random.Random(SEED)
    table = grid(rng)
    header = (
        "red-team pass 93 (blind): HTML as browsers tokenize it; gen_redteam93.py regenerates it"
    )
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]))
    else:
        main()
