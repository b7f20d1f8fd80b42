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
overrides, a ``<title>`` in the body; a start tag cut off by the end of the text was one
until triage found the platform's template runs it on, so it is shown), the documented non-notes (``<img
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
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, SPELLED

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import is_id_number, luhn

SEED = 93

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
    "span_lt_sq": ("<span title='a<b'>", "</span>", "a span whose single-quoted title holds '<'"),
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
    "comment_bang_empty": ("<!----!>", "", "'<!----!>' is a whole empty comment (found probing)"),
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
    "title_el": ("<title>{v}</title>", "in a <title> element in the body: display:none (probing)"),
    "span_unq_slash": (
        '<span class=a/title="{v}">附注</span>',
        "'/' inside an unquoted value is the value's: class is 'a/title=\"…\"', no title at all",
    ),
    "eof_in_tag": (
        '<p title="{v}"',
        "a start tag cut off by the end of the text: a browser drops it",
    ),
}
HIDDEN_ITEMS = ("mark", "internal", "note", "code", "link_tb")
NO_LINK = {"script", "script_upper", "script_scriptx", "script_tags", "script_comment", "span_data",
           "span_data_gt", "span_data_lt", "span_data_sq_gt", "span_dup_second", "eof_in_tag", "span_unq_slash"}  # fmt: skip


# Triage (b): one of these the page does show after all. A post's HTML is never the end of the
# page: the platform embeds it in its template, so a start tag cut off at the end of the body
# runs on into the template's next tag — `<p title="…"</div>` is a <p> with that title (the "<"
# after the quoted value starts another attribute's name, missing-whitespace-between-attributes),
# and the title is shown. ("</ x>" stays hidden: the body's line opens with <p>, so CommonMark
# passes the whole line on as an HTML block, and the browser reads "</ x>" as a bogus comment.)
SHOWN_IN_MARKDOWN = {"eof_in_tag"}
# Decided (mend93, issue 12): what ships in the page's source is read, as docs/compliance.md
# reads data-* values — a <script>'s, a <template>'s and a body <title>'s content, and the
# second of duplicate attributes. The page does not show them, but anyone who views the
# source (or a reader mode, a feed, a crawler) does; so they count, as written there.
DECIDED_READ = {
    "script", "script_upper", "script_scriptx", "script_tags", "template", "title_el",
    "span_dup_second",
}  # fmt: skip


# Decided (fix127d, red team 112's M4, changing mend93): a comment's, a bogus comment's and a
# <style>'s CSS comments ship in the page's source too; their content is read apart, for
# markings, internal-use markers and 公开属性 notes (and personal data), not for ads or links.
DECIDED_SOURCE = {
    "comment", "comment_tight", "comment_gt", "comment_lines", "script_comment", "style",
    "style_upper", "cdata", "pi", "bogus_end",
}  # fmt: skip
SOURCE_ITEMS = {"mark", "internal", "note"}


def _source_read(form: str, name: str) -> bool:
    """Whether ``name`` in hidden ``form`` counts as the page's source ships it (fix127d)."""
    return form in DECIDED_SOURCE and name in SOURCE_ITEMS


def hidden_expect(form: str, item: Item) -> tuple[str, str | None]:
    """What a hidden cell must get: clean, or the item's verdict where Markdown prints it or
    where it is decided read (``DECIDED_READ``, ``DECIDED_SOURCE``)."""
    shown = form in SHOWN_IN_MARKDOWN or form in DECIDED_READ or _source_read(form, item.name)
    return (item.expect, item.rule) if shown else ("clean", None)


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


# Cells the sweep found failing that the random draw of the grid missed: each distinct
# pattern of the sweep is in the table (the sweep's counts are in the report).
SWEEP_ATTR = [
    ("span_title", "slash_sep", n) for n in ("mobile", "id", "card", "code", "mark", "internal", "note", "notitle")
] + [
    ("p_title", "slash_sep", "notitle"), ("p_title", "nospace", "notitle"),
    ("p_title", "lt_before", "notitle"), ("span_title", "lt_before", "notitle"),
    ("a_title", "nospace", "link_jd"), ("a_title", "slash_sep", "link_jd"),
    ("a_title", "lt_before", "link_jd"), ("a_title", "gt_before", "link_jd"),
    ("a_title", "gt_sq_before", "link_jd"), ("img_alt", "nospace", "link_jd"),
    ("img_alt", "slash_sep", "link_jd"), ("img_alt", "lt_before", "link_jd"),
    ("img_alt", "gt_before", "link_jd"), ("img_alt", "gt_sq_before", "link_jd"),
    ("p_data", "ref_dec", "mark"), ("p_data", "ref_hex", "mobile"), ("p_data", "ref_dec", "id"),
]  # fmt: skip
SWEEP_SPLIT = [
    ("comment_bang_empty", "internal"), ("comment_bang_empty", "mobile"),
    ("span_lt_sq", "mark"), ("span_lt_sq", "card"),
    ("br_slash", "link_tb"), ("br_slash", "link_jd"), ("br_slash", "code"), ("br_slash", "mark"),
    ("comment_tag", "mobile"), ("comment_tag", "code"), ("comment_gt", "internal"),
    ("comment_gt", "mark"), ("comment_abrupt3", "internal"), ("comment_abrupt3", "id"),
    ("comment_abrupt2", "card"), ("comment_abrupt2", "internal"), ("comment_bang", "mobile"),
    ("comment_bang", "internal"), ("span_lt", "mobile"), ("span_lt", "internal"), ("span_lt", "id"),
    ("pi", "code"), ("pi", "internal"), ("pi", "id"), ("cdata", "id"), ("cdata", "internal"),
    ("cdata", "link_tb"), ("bogus_end", "mark"), ("bogus_end", "internal"),
    ("empty_end", "note"), ("empty_end", "internal"), ("empty_end", "card"),
]  # fmt: skip


def grid(rng: random.Random) -> CaseTable:
    """About 400 cases: every family of forms, items drawn so each form meets several, and
    every pattern the sweep found failing."""
    it = items(rng)
    table = CaseTable("redteam93_blind_html_tokenizing")

    def add(id_: str, text: str, expect: str, rule: object, note: str) -> None:
        if id_ in CORRECTED:
            expect, rule, why = CORRECTED[id_]
            note = f"{note}; {why}"
        if id_ not in {c["id"] for c in table.cases}:
            table.case(id_, text, expect, rule, note, xfail=xfail(id_))

    attr_cells = [
        (place, form, name)
        for place, p in PLACEMENTS.items()
        for form in ATTR_FORMS
        for name in p.items
        if not (form == "unq" and " " in it[name].value)
    ]
    for place, form, name in sorted(rng.sample(attr_cells, 90)) + SWEEP_ATTR:
        text, expect, rule = attr_case(place, form, it[name])
        note = f"{ATTR_FORMS[form][2]}; {name} in {place}: shown, so it counts (docs)"
        if place == "p_data":
            note += "; a data-* value on a kept tag is read in place (docs, review 51a)"
        add(f"attr-{place}-{form}-{name}", text, expect, rule, note)
    split_cells = [(form, name) for form in SPLITS for name in it if name != "notitle"]
    for form, name in sorted(rng.sample(split_cells, 60)) + SWEEP_SPLIT:
        text, expect, rule = split_case(form, it[name])
        note = f"{SPLITS[form][2]} inside {name}; the page shows it whole"
        add(f"split-{form}-{name}", text, expect, rule, note)
    after_cells = [(form, name) for form in AFTERS for name in it if name != "notitle"]
    for form, name in sorted(rng.sample(after_cells, 30)):
        text, expect, rule = after_case(form, it[name])
        add(f"after-{form}-{name}", text, expect, rule, f"{AFTERS[form][1]}; {name} is shown")
    # the text of a <p> whose start tag takes each form
    for form in ATTR_FORMS:
        name = rng.choice([n for n in it if n != "notitle"])
        start, close = ATTR_FORMS[form][0]("p", "data-k", "v1")
        item = it[name]
        note = f"{name} in the text of a <p> whose start tag has {ATTR_FORMS[form][2]}"
        add(
            f"text-{form}-{name}",
            BEFORE + start + item.value + close + AFTER,
            item.expect,
            item.rule,
            note,
        )
    _clean_rows(it, add)
    return table


def hidden_note(form: str, name: str, expect: str) -> str:
    """The note of a hidden cell: why the page does not show it, or why it counts after all."""
    if form in DECIDED_READ:
        return (
            f"{HIDDEN[form][1]} — decided: read, as data-* values are (it ships in the "
            f"page's source): {name} counts (mend93; first written as a clean twin)"
        )
    if _source_read(form, name):
        return (
            f"{HIDDEN[form][1]} — decided: read apart, as the page's source ships it: {name} "
            "counts (fix127d, changing mend93; first written as a clean twin)"
        )
    if expect != "clean":
        return (
            f"{HIDDEN[form][1]} — but the body is embedded in the platform's page, so the "
            f"tag runs on into the template's next tag and its title is shown: {name} "
            "counts (triage b: first written as a clean twin)"
        )
    return f"{HIDDEN[form][1]}: the page does not show {name}"


def _clean_rows(it: dict[str, Item], add: Callable[[str, str, str, object, str], None]) -> None:
    """The twins: hidden markup, the documented non-notes in every tag form, prose."""
    # must stay clean: hidden
    for form in HIDDEN:
        for name in HIDDEN_ITEMS:
            if name == "link_tb" and form in NO_LINK:
                continue
            expect, rule = hidden_expect(form, it[name])
            note = hidden_note(form, name, expect)
            add(f"hidden-{form}-{name}", hidden_case(form, it[name]), expect, rule, note)
    for doc, (tag, attr, inner, note) in DOC_CLEAN.items():
        value = "机密" if doc == "abbr_gloss" else "不公开"
        for form in ATTR_FORMS:
            if doc == "th_title_notitle" and form not in TH_FORMS:
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
            add(f"doc-{doc}-{form}", BEFORE + element + AFTER, "clean", None, note_)
    for id_, text, note in PROSE_CLEAN:
        add(id_, BEFORE + text + AFTER, "clean", None, note)


TH_FORMS = {"dq", "upper", "unq", "nospace", "gt_before", "ref_dec"}


def xfail(id_: str) -> str | None:
    """The strict xfail of a case the first run (and the sweep's cells) found failing: the
    reason of its pattern (the id's kind and form)."""
    if id_ not in FAILING or id_ in FIXED:
        return None
    kind, _, rest = id_.partition("-")
    for (k, form), reason in REASONS.items():
        if kind == k and (rest.startswith(form + "-") or rest == form):
            return still_failing((k, form), reason)
    raise AssertionError(f"no reason for {id_}")


def still_failing(pattern: tuple[str, str], reason: str) -> str | None:
    """``reason``, unless a fix has made its pattern pass (``FIXED``) or a decision has made
    its expectation the verdict the case gets (``DECIDED_READ``)."""
    if pattern in FIXED or (pattern[0] == "hidden" and pattern[1] in DECIDED_READ):
        return None
    return reason


RT = "red team 93: "
_COMMENT_FORM = "markup._TAG_FORM reads a comment only as '<!--' + up to 300 characters with no '<' or '>' + '-->'"
_HIDDEN = " — the page shows none of it (a false finding)"
REASONS: dict[tuple[str, str], str] = {
    # (d) false findings: words the page does not show
    ("hidden", "script"): RT + "a <script> element's content is read as text" + _HIDDEN,
    **dict.fromkeys(
        [("hidden", f) for f in ("script_upper", "script_scriptx", "script_tags")],
        RT + "a <script> element's content is read as text (also in capitals, after a '</scriptx>' "
        "that ends nothing, or holding tags)" + _HIDDEN,
    ),
    ("hidden", "title_el"): RT + "a <title> element in the body is read as text; browsers hide "
    "it (display:none)" + _HIDDEN,
    ("split", "comment_bang_empty"): RT + "'<!----!>' is a whole empty comment to a browser; the "
    "checker does not drop it (" + _COMMENT_FORM + "), so the item the page shows whole is read "
    "split",
    ("split", "span_lt_sq"): RT + "a formatting tag whose single-quoted value holds '<' (<span "
    "title='a<b'>) is not dropped, so the item the page shows whole is read split",
    ("hidden", "style"): RT + "a <style> element's CSS is read as text" + _HIDDEN,
    ("hidden", "style_upper"): RT + "a <STYLE> element's CSS is read as text" + _HIDDEN,
    ("hidden", "template"): RT + "a <template>'s inert content is read as text" + _HIDDEN,
    ("hidden", "cdata"): RT + "'<![CDATA[…]]>' outside SVG/MathML is a bogus comment to a browser "
    "(CommonMark passes it as raw HTML); its words are read as text" + _HIDDEN,
    ("hidden", "pi"): RT + "'<?…?>' is a bogus comment to a browser (a processing instruction, raw "
    "HTML, to CommonMark); its words are read as text" + _HIDDEN,
    ("hidden", "comment_gt"): RT
    + "a comment holding '>' is not dropped ("
    + _COMMENT_FORM
    + "), so "
    "the words after the '>' are read as text" + _HIDDEN,
    ("hidden", "span_data_lt"): RT + "a formatting tag whose quoted data-x value holds '<' is not "
    "read as a tag (markup._TAG_FORM's (?=[^<]{0,300}>)), so the words of the value are read as "
    "text" + _HIDDEN,
    ("hidden", "span_dup_second"): RT + "a duplicate title is read as a tooltip though the parser "
    "drops it (the first wins) and the page shows only the first" + _HIDDEN,
    ("style", "block"): RT + "a mobile-shaped CSS length in a <style> element blocks as a mobile, "
    "where the same in a style attribute is blanked (docs: red team 90's D9)" + _HIDDEN,
    # (d) misses: markup a browser shows as nothing splits the item
    ("split", "comment_abrupt2"): RT + "'<!-->' is a whole empty comment to a browser "
    "(abrupt-closing-of-empty-comment, also CommonMark 0.31); the checker does not drop it ("
    + _COMMENT_FORM
    + "), so the item the page shows whole is read split",
    ("split", "comment_abrupt3"): RT + "'<!--->' is a whole empty comment to a browser "
    "(abrupt-closing-of-empty-comment); the checker does not drop it (" + _COMMENT_FORM + "), so "
    "the item the page shows whole is read split",
    ("split", "comment_bang"): RT + "'--!>' closes a comment in a browser "
    "(incorrectly-closed-comment); the checker does not drop '<!-- x --!>', so the item the page "
    "shows whole is read split",
    ("split", "comment_gt"): RT
    + "a comment holding '>' (<!-- a>b -->) is not dropped ("
    + _COMMENT_FORM
    + "), so the item the page shows whole is read split",
    ("split", "comment_tag"): RT
    + "a comment holding a tag (<!-- <p> -->) is not dropped ("
    + _COMMENT_FORM
    + "), so the item the page shows whole is read split",
    ("split", "span_lt"): RT + "a formatting tag whose quoted value holds '<' (<span "
    'data-x="a<b">) is not dropped (markup._TAG_FORM\'s (?=[^<]{0,300}>)), so the item the page '
    "shows whole is read split",
    ("split", "pi"): RT + "'<?x?>' (a bogus comment to a browser, raw HTML to CommonMark) is not "
    "dropped, so the item the page shows whole is read split",
    ("split", "cdata"): RT + "'<![CDATA[x]]>' (a bogus comment to a browser, raw HTML to "
    "CommonMark) is not dropped, so the item the page shows whole is read split",
    ("split", "bogus_end"): RT + "'</ x>' is a bogus comment a browser drops (the line, opening "
    "with <p>, is a raw HTML block to CommonMark), so the item the page shows whole is read split",
    ("split", "empty_end"): RT + "'</>' is dropped by a browser (the line, opening with <p>, is a "
    "raw HTML block to CommonMark), so the item the page shows whole is read split",
    ("hidden", "bogus_end"): RT
    + "'</ …>' is a bogus comment a browser shows as nothing (the line, "
    "opening with <p>, is a raw HTML block to CommonMark); its words are read as text" + _HIDDEN,
    # (c) documented limits
    ("split", "br_slash"): "documented (docs/compliance.md, 'Also not caught, by decision'): a "
    "host split by a line break, which no renderer joins, warns for each half; a share code broken "
    "over lines (￥AbCd⏎1234XyZ￥) is not read — <br/> is that line break",
    # (d) attribute forms: shown attributes not read, or read by the wrong reader
    ("attr", "span_title-slash_sep"): RT + "'/' between attributes is whitespace to the tokenizer "
    "(unexpected-solidus-in-tag): the tooltip of <span/class=…/title=…> is not read",
    ("attr", "p_title-slash_sep"): RT + "'/' between attributes is whitespace to the tokenizer: "
    "the title 不公开 of <p/class=…/title=…> is not read as the note it is on a <p>",
    ("attr", "p_title-nospace"): RT + 'no space between attributes (class="c1"title=…) is '
    "accepted by browsers: the title 不公开 on a <p> is not read as the note",
    ("attr", "p_title-lt_before"): RT + "a '<' in an earlier quoted value (data-x=\"a<b\") hides "
    "the title 不公开 on a <p> from the note reader",
    ("attr", "span_title-lt_before"): RT + "a '<' in an earlier quoted value hides the title "
    "不公开 on a <span> from the note reader",
    ("attr", "a_title-nospace"): RT + "an ad host in a link's title is not read when no space "
    'stands before the attribute (class="c1"title=…), which browsers accept',
    ("attr", "a_title-slash_sep"): RT + "an ad host in a link's title is not read when '/' "
    "separates the attributes (<a href=…/class=…/title=…>), which browsers accept",
    ("attr", "img_alt-nospace"): RT + "an ad host in a picture's alt is not read when no space "
    "stands before the attribute, which browsers accept",
    ("attr", "img_alt-slash_sep"): RT + "an ad host in a picture's alt is not read when '/' "
    "separates the attributes, which browsers accept",
    ("attr", "a_title-lt_before"): RT + "after a '<' in an earlier quoted value, an ad host in a "
    "link's title is stripped (ad.link_stripped, fixed) instead of blocking as a title's host "
    "(ad.spelled_link)",
    ("attr", "a_title-gt_before"): RT + "after a '>' in an earlier quoted value, an ad host in a "
    "link's title is stripped (ad.link_stripped, fixed) instead of blocking as a title's host "
    "(ad.spelled_link)",
    ("attr", "a_title-gt_sq_before"): RT + "after a '>' in an earlier single-quoted value, an ad "
    "host in a link's title is stripped (fixed) instead of blocking (ad.spelled_link)",
    ("attr", "img_alt-lt_before"): RT + "after a '<' in an earlier quoted value, an ad host in a "
    "picture's alt blocks (ad.spelled_link, since left27b) but is also stripped as a link "
    "(ad.link_stripped): the link scanner's own tag pattern does not read a value holding '<'",
    ("attr", "img_alt-gt_before"): RT + "after a '>' in an earlier quoted value, an ad host in a "
    "picture's alt also warns ad.link_stripped beside ad.spelled_link (two readers of one value)",
    ("attr", "img_alt-gt_sq_before"): RT + "after a '>' in an earlier single-quoted value, an ad "
    "host in a picture's alt also gets ad.link_stripped beside ad.spelled_link",
    ("attr", "p_data-ref_dec"): "documented (docs/compliance.md): only the attributes a reader "
    "sees or hears (title, alt, aria-label, aria-description, placeholder, value, label) show "
    "their character references as characters; a data-* value is read as written",
    ("attr", "p_data-ref_hex"): "documented (docs/compliance.md): only the attributes a reader "
    "sees or hears show their character references as characters; a data-* value is read as "
    "written",
}
# Expectations a later decision corrected (their cases' xfails removed): id -> (expect, rule, why).
CORRECTED: dict[str, tuple[str, object, str]] = {
    "split-br_slash-link_jd": (
        "block",
        "ad.spelled_link",
        "corrected (fix104d): a short host cut by <br/> after a letter is no link a renderer joins, "
        "but a host spelled over a break: ad.spelled_link (block), not stripped",
    ),
}
# The patterns a fix has made pass (their cases' xfails removed).
FIXED = frozenset({
    # mend93: comments and bogus comments as the WHATWG tokenizer reads them, <style> as layout
    ("split", "comment_abrupt2"), ("split", "comment_abrupt3"), ("split", "comment_bang"),
    ("split", "comment_bang_empty"), ("split", "comment_gt"), ("split", "comment_tag"),
    ("split", "pi"), ("split", "cdata"), ("split", "bogus_end"), ("split", "empty_end"),
    ("hidden", "comment_gt"), ("hidden", "pi"), ("hidden", "cdata"), ("hidden", "bogus_end"),
    ("hidden", "style"), ("hidden", "style_upper"), ("style", "block"),
    # left27b: a quoted value may hold '<' (ATTRIBUTES_TO_END, opening_tag, TOOLTIP_TAG)
    ("attr", "p_title-lt_before"), ("attr", "span_title-lt_before"), ("split", "span_lt"),
    ("split", "span_lt_sq"), ("hidden", "span_data_lt"),
    # a title after a quoted value with no space or a "/" between (links/titles.py _BEFORE_NAME)
    ("attr", "span_title-slash_sep"), ("attr", "p_title-slash_sep"), ("attr", "p_title-nospace"),
    ("attr", "a_title-nospace"), ("attr", "a_title-slash_sep"), ("attr", "img_alt-nospace"),
    ("attr", "img_alt-slash_sep"),
    # fix127e: one <br/> inside a share code is a separator, as a line break is (its case alone)
    "split-br_slash-code",
    # fixrt93: the link scanner reads a tag to its own ">" as the fold does (ATTRIBUTES_TO_END)
    ("attr", "a_title-lt_before"), ("attr", "a_title-gt_before"), ("attr", "a_title-gt_sq_before"),
    ("attr", "img_alt-lt_before"), ("attr", "img_alt-gt_before"), ("attr", "img_alt-gt_sq_before"),
})  # fmt: skip
FAILING = frozenset({
    "attr-a_title-gt_before-link_jd",
    "attr-a_title-gt_sq_before-link_jd",
    "attr-a_title-lt_before-link_jd",
    "attr-a_title-nospace-link_jd",
    "attr-a_title-slash_sep-link_jd",
    "attr-img_alt-gt_before-link_jd",
    "attr-img_alt-gt_sq_before-link_jd",
    "attr-img_alt-lt_before-link_jd",
    "attr-img_alt-nospace-link_jd",
    "attr-img_alt-slash_sep-link_jd",
    "attr-p_data-ref_dec-id",
    "attr-p_data-ref_dec-mark",
    "attr-p_data-ref_dec-mobile",
    "attr-p_data-ref_hex-mobile",
    "attr-p_title-lt_before-notitle",
    "attr-p_title-nospace-notitle",
    "attr-p_title-slash_sep-notitle",
    "attr-span_title-lt_before-notitle",
    "attr-span_title-slash_sep-card",
    "attr-span_title-slash_sep-code",
    "attr-span_title-slash_sep-id",
    "attr-span_title-slash_sep-internal",
    "attr-span_title-slash_sep-mark",
    "attr-span_title-slash_sep-mobile",
    "attr-span_title-slash_sep-note",
    "attr-span_title-slash_sep-notitle",
    "hidden-bogus_end-code",
    "hidden-bogus_end-internal",
    "hidden-bogus_end-link_tb",
    "hidden-bogus_end-mark",
    "hidden-bogus_end-note",
    "hidden-cdata-code",
    "hidden-cdata-internal",
    "hidden-cdata-link_tb",
    "hidden-cdata-mark",
    "hidden-cdata-note",
    "hidden-comment_gt-code",
    "hidden-comment_gt-internal",
    "hidden-comment_gt-link_tb",
    "hidden-comment_gt-mark",
    "hidden-comment_gt-note",
    "hidden-pi-code",
    "hidden-pi-internal",
    "hidden-pi-link_tb",
    "hidden-pi-mark",
    "hidden-pi-note",
    "hidden-script-code",
    "hidden-script-internal",
    "hidden-script-mark",
    "hidden-script-note",
    "hidden-script_scriptx-code",
    "hidden-script_scriptx-internal",
    "hidden-script_scriptx-mark",
    "hidden-script_scriptx-note",
    "hidden-script_tags-code",
    "hidden-script_tags-internal",
    "hidden-script_tags-mark",
    "hidden-script_tags-note",
    "hidden-script_upper-code",
    "hidden-script_upper-internal",
    "hidden-script_upper-mark",
    "hidden-script_upper-note",
    "hidden-span_data_lt-code",
    "hidden-span_data_lt-internal",
    "hidden-span_data_lt-mark",
    "hidden-span_data_lt-note",
    "hidden-span_dup_second-code",
    "hidden-span_dup_second-internal",
    "hidden-span_dup_second-mark",
    "hidden-span_dup_second-note",
    "hidden-style-code",
    "hidden-style-internal",
    "hidden-style-link_tb",
    "hidden-style-mark",
    "hidden-style-note",
    "hidden-style_upper-code",
    "hidden-style_upper-internal",
    "hidden-style_upper-link_tb",
    "hidden-style_upper-mark",
    "hidden-style_upper-note",
    "hidden-template-code",
    "hidden-template-internal",
    "hidden-template-link_tb",
    "hidden-template-mark",
    "hidden-template-note",
    "hidden-title_el-code",
    "hidden-title_el-internal",
    "hidden-title_el-link_tb",
    "hidden-title_el-mark",
    "hidden-title_el-note",
    "split-bogus_end-code",
    "split-bogus_end-internal",
    "split-bogus_end-mark",
    "split-bogus_end-mobile",
    "split-br_slash-code",
    "split-br_slash-link_tb",
    "split-cdata-id",
    "split-cdata-internal",
    "split-cdata-link_tb",
    "split-cdata-mark",
    "split-cdata-mobile",
    "split-comment_abrupt2-card",
    "split-comment_abrupt2-code",
    "split-comment_abrupt2-id",
    "split-comment_abrupt2-internal",
    "split-comment_abrupt2-mark",
    "split-comment_abrupt2-note",
    "split-comment_abrupt3-code",
    "split-comment_abrupt3-id",
    "split-comment_abrupt3-internal",
    "split-comment_abrupt3-mobile",
    "split-comment_bang-card",
    "split-comment_bang-internal",
    "split-comment_bang-mobile",
    "split-comment_bang_empty-internal",
    "split-comment_bang_empty-link_tb",
    "split-comment_bang_empty-mobile",
    "split-comment_gt-card",
    "split-comment_gt-internal",
    "split-comment_gt-mark",
    "split-comment_tag-code",
    "split-comment_tag-mobile",
    "split-comment_tag-note",
    "split-empty_end-card",
    "split-empty_end-id",
    "split-empty_end-internal",
    "split-empty_end-link_tb",
    "split-empty_end-mark",
    "split-empty_end-note",
    "split-pi-code",
    "split-pi-id",
    "split-pi-internal",
    "split-pi-link_jd",
    "split-span_lt-code",
    "split-span_lt-id",
    "split-span_lt-internal",
    "split-span_lt-mark",
    "split-span_lt-mobile",
    "split-span_lt_sq-card",
    "split-span_lt_sq-mark",
    "style-block",
})  # fmt: skip


PROSE = [
    "<p>区政府召开专题会议，研究部署下一阶段重点工作。</p>",
    "<p>各街道、各部门要压实责任，确保各项措施落到实处。</p>",
    "<p>现将有关事项通知如下。</p>",
    "<section><p>全区共完成老旧小区改造项目十二个。</p></section>",
    "",
]


Cell = tuple[str, str, str, Callable[[], tuple[str, str, object]]]


def cells(it: dict[str, Item]) -> list[Cell]:
    """Every (kind, form, item) cell with its builder: the sweep's population."""
    named = [n for n in it if n != "notitle"]
    out: list[Cell] = [
        (f"attr:{pl}", f, n, lambda pl=pl, f=f, n=n: attr_case(pl, f, it[n]))
        for pl, p in PLACEMENTS.items()
        for f in ATTR_FORMS
        for n in p.items
    ]
    out += [("split", f, n, lambda f=f, n=n: split_case(f, it[n])) for f in SPLITS for n in named]
    out += [("after", f, n, lambda f=f, n=n: after_case(f, it[n])) for f in AFTERS for n in named]
    out += [
        ("hidden", f, n, lambda f=f, n=n: (hidden_case(f, it[n]), *hidden_expect(f, it[n])))
        for f in HIDDEN
        for n in HIDDEN_ITEMS
        if not (n == "link_tb" and f in NO_LINK)
    ]
    return out


def sweep(count: int) -> None:
    """``count`` random cells, each in random surrounding paragraphs, through ``check()``;
    misses and false findings counted by (kind, form) and by (kind, item)."""
    from govpub import Policy, Post, check

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
