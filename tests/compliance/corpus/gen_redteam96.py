"""Regenerate redteam96_blind_rendered_view.yaml (red-team pass 96, written blind).

What a reader SEES, in the order and form it is shown. Issue 12's items — 密级 markings,
内部资料, （此件不公开）/（此件不予公开）, mobiles, ID numbers (valid check character), cards (Luhn,
network prefix and length), short and affiliate links, a 淘口令 — put through the wrappers a
platform renders: reading order (``<bdo dir="rtl">`` and CSS ``bidi-override`` round text
stored backwards, U+202E/U+202D overrides, U+2066–U+2069 isolates and ``dir="rtl"``, which do
NOT reverse CJK or digits, ``<ruby>`` with its ``<rt>`` annotation, ``<li value>``/``<ol
start>``), decoration that leaves the text shown (strike-through in HTML and GFM, ``<sub>``,
``<sup>``, ``<u>``, ``<mark>``, ``<font color>``, ``<marquee>``, ``<option>``, ``<button>``,
``<summary>``/``<details>``, ``<abbr title>``, BBCode ``[b]``/``[color]``/``[size]``/``[url]``), and
hiding (``display:none``, ``visibility:hidden``, ``hidden``, ``font-size:0``, ``opacity:0``,
white on white, ``<template>``, ``<noscript>``, comments). Look-alikes: the same wrappers round
harmless text (依法不予公开的情形, a landline, 统一社会信用代码, a gov.cn link, a date, an amount, a
文号, 内部控制), and reversed items a non-reversing wrapper leaves reversed on screen.

Decisions (one way throughout): what is in the published source is published — a marking, a
note, personal data or a 淘口令 hidden by CSS, ``hidden``, ``<template>`` or ``<noscript>`` is
shown to anyone viewing the source, copying or scraping, so it blocks (an ad link there is
stripped, ``fixed``); a reversal is read both ways, as stored and as shown, the worse reading
winning (a U+202E run or ``<bdo dir="rtl">`` round 内部资料 still blocks); a ``<details>`` body is
in the page and one click from view: it blocks. HTML comments: the docs decided their content
is not read (``<!-- -->`` is dropped whole); this family expects block (a CMS ships the comment
in the page's source) and keeps those cases as a documented strict xfail (pattern
``comment-content``). Written before the checker or any other family was read (issue 12, the
head of docs/compliance.md, the corpus README, ``case_table.py``, ``number_makers.py`` and
``gen_redteam95.py`` for layout). Fixed seed; from the repository root:

    python tests/compliance/corpus/gen_redteam96.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam96.py --sweep N  # N random wrapper x item combos

521 cases (398 to catch, 123 to stay clean), 95 strict xfails in 8 patterns (``REASONS``).

Before the first run, one generator bug (a): a reversed odd-length number keeps its Luhn digit
valid, so the loop wanting a reversal that is no card never ended. First run (660 cases): 63
failed — 0 (a); 1 (b): a struck part inside a gov.cn address is read also without it, the worse
reading winning as the docs decide, so `https://www.~~gov.cn/…~~` warns ``link.other_host``; 62
(d) in four patterns: ``<bdo dir="rtl">`` round text stored backwards (15), CSS
``bidi-override`` (14), a ``<ruby>`` annotation of dots, digits or hanzi read into its base (14),
BBCode tags inside a word or number (19). Twenty more wrappers (second run, 711 cases): 35 failed —
(d) CSS ``isolate-override`` (14, the CSS pattern), U+202E written as a character reference (14),
a U+202E run holding only an item's tail (2), a known pattern's new id (1), a flex row reversed
(1); (a) 4: two found- rows left without their pattern, the flex wrapper xfailed where a mobile's
stored order is itself a mobile, a UnionPay card whose reversed tail (odd length) stays Luhn-valid
as stored; (b) 1: 注音 bopomofo ruby passes (the pattern is narrower than guessed). The grid was then
thinned to 515 by rotation (every reversing wrapper kept for every item).

Sweeps (``--sweep N``, known patterns left out unless ``--all``): the first 3,000 found, beside them,
only the sweep's own stacking bugs (a): a tag inside an attribute's value, a split cut inside the inner
markup, the expectation of a stacked struck gov.cn link (``NO_OUTER``). 30,000 (``--seed
96:sweep-2``): 69 wrong outside the known patterns, all (b): U+200E, U+200F and U+061C inside a
gov.cn host warn ``link.unparsable`` — UTS #46 disallows them, so the address opens nothing.
30,000 more (``96:sweep-3``): 0 outside the known patterns; with ``--all`` 2,546 wrong, all in
them (BBCode 985, CSS override 581, bdo 276, character reference 273, ruby 251, partial U+202E
124, flex 60). What passed: every hidden form (read as published), struck and decorated text,
``<option>``, ``<button>``, ``<details>`` bodies, ``<abbr title>``, ``<li value>``/``<ol start>``,
``<template>``/``<noscript>``/hidden ``<input>``, raw U+202E/U+202D/isolates in every field, pinyin
and bopomofo ruby, and every look-alike (reversed text a non-reversing wrapper leaves reversed:
no false block).
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
from number_makers import (
    DIVISIONS,
    id_number,
    is_id_number,
    luhn,
    luhn_uscc,
    no_mobile_inside,
    random_digits,
    uscc,
)

SEED = 96
FAMILY = "redteam96_blind_rendered_view"

PROSE = [
    "为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，现将有关事项通知如下。",
    "各街道、各部门要压实工作责任，确保各项措施落到实处。",
    "区政府召开常务会议，研究部署下一阶段重点工作。",
    "请各单位结合实际认真贯彻执行，执行中遇到的问题请及时反馈。",
    "全区共完成老旧小区改造项目十二个，惠及居民三千余户。",
]

# ----- items -------------------------------------------------------------------------------


@dataclass
class Item:
    """One of the issue's items (or a look-alike) and what a strict reviewer expects of it."""

    kind: str  # mark, internal, note, mobile, id, card, link, code; clean kinds: clean
    value: str
    expect: str
    rule: str | list[str] | None
    desc: str
    label: str = ""
    cut: int = 2  # where a splitting wrapper cuts the value
    own_line: bool = False  # a 公开属性 note: alone on the body's last line


def _quiet_reversed(number: str) -> bool:
    """A number whose reversal is no card, ID or mobile of its own (for the reversed look-alikes)."""
    back = number[::-1]
    return (
        back[0] in "0789"  # no network's prefix, no mobile (a Luhn digit may pass)
        and not is_id_number(back)
        and no_mobile_inside(back)
    )


def must_items(rng: random.Random) -> list[Item]:
    """Issue 12's items, each with a fresh value where it has one."""
    while True:
        birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        idn = id_number(rng.choice(DIVISIONS) + birth + f"{rng.randint(0, 999):03d}")
        if _quiet_reversed(idn.replace("X", "0")) and no_mobile_inside(idn):
            break
    while True:
        card = luhn("6222" + random_digits(rng, 14))
        if no_mobile_inside(card) and _quiet_reversed(card):
            break
    while True:
        visa = luhn("4" + random_digits(rng, 14))
        if no_mobile_inside(visa) and _quiet_reversed(visa):
            break
    while True:
        mobile = "1" + rng.choice("3589") + random_digits(rng, 9)
        if _quiet_reversed(mobile):
            break
    tail = "".join(rng.choice("AbCdEfGhJkMn23456789") for _ in range(7))
    code = "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(11)
    )
    return [
        Item("mark", "机密★10年", "block", MARK, "机密★10年", cut=2),
        Item("mark", "秘密★5年", "block", MARK, "秘密★5年", cut=2),
        Item("mark", "绝密·永久", "block", MARK, "绝密·永久", label="本文件", cut=2),
        Item("internal", "内部资料", "block", INT, "内部资料", label="本刊为", cut=2),
        Item("note", "（此件不公开）", "block", NOTE, "（此件不公开）", cut=4, own_line=True),
        Item("note", "（此件不予公开）", "block", NOTE, "（此件不予公开）", cut=5, own_line=True),
        Item("mobile", mobile, "block", MOB, "mobile", label="联系电话：", cut=3),
        Item(
            "mobile",
            "138－1234－5678",
            "block",
            MOB,
            "issue mobile fw",
            label="联系人：王先生，",
            cut=4,
        ),
        Item("id", idn, "block", IDN, "id", label="身份证号：", cut=6),
        Item("card", card, "block", CARD, "unionpay 19", label="银行卡号：", cut=4),
        Item("card", visa, "block", CARD, "visa 16", label="收款卡号：", cut=4),
        Item("link", f"t.cn/A6{tail}", "fixed", LS, "t.cn", label="报名详见", cut=2),
        Item(
            "link", f"https://u.jd.com/{tail}", "fixed", LS, "u.jd.com", label="购买链接：", cut=10
        ),
        Item("code", f"￥{code}￥复制这段话打开淘宝", "block", SC, "淘口令", cut=6),
    ]


def clean_items(rng: random.Random) -> list[Item]:
    """The look-alikes: harmless text (依法不予公开 only warns, a sensitive term in 政务公开 prose)."""
    return [
        Item(
            "prose",
            "依法不予公开的情形",
            "warn",
            TERM,
            "依法不予公开的情形",
            label="本条所称",
            cut=4,
        ),
        Item("clean", "0571-87654321", "clean", None, "landline", label="咨询电话：", cut=4),
        Item(
            "clean",
            luhn_uscc(rng, "51"),
            "clean",
            None,
            "uscc 51 luhn",
            label="统一社会信用代码：",
            cut=6,
        ),
        Item(
            "clean",
            uscc("91330106" + "MA2" + random_digits(rng, 6)),
            "clean",
            None,
            "uscc 91",
            label="统一社会信用代码：",
            cut=6,
        ),
        Item(
            "clean",
            "https://www.gov.cn/zhengce/content/2024-03/15/content_6939001.htm",
            "clean",
            None,
            "gov.cn link",
            label="原文链接：",
            cut=12,
        ),
        Item("clean", "2024年3月15日", "clean", None, "date", label="发布日期：", cut=5),
        Item("clean", "1380000元", "clean", None, "amount", label="补助资金", cut=3),
        Item("clean", "国办发〔2024〕12号", "clean", None, "文号", label="根据", cut=3),
        Item("clean", "内部控制", "clean", None, "内部控制", label="加强", cut=2),
        Item("clean", "（此件公开发布）", "clean", None, "（此件公开发布）", cut=4, own_line=True),
    ]


# ----- wrappers ----------------------------------------------------------------------------
# mode: "shown"   — stored as the item, shown as the item: the item's verdict;
#       "rev"     — stored backwards, shown forwards (an override): the item's verdict, a link
#                   spelled out for the reader (ad.spelled_link, block);
#       "fwdrev"  — stored forwards, shown backwards: the worse reading, the item's verdict
#                   (not for links: which rule is a matter of taste);
#       "revnone" — stored backwards, shown backwards (nothing reverses it): clean.


@dataclass
class Wrapper:
    name: str
    group: str  # order, visible, hidden, bbcode, unicode
    make: Callable[[str, Item], str]
    mode: str = "shown"
    fields: tuple[str, ...] = ("body",)
    kinds: frozenset[str] | None = None  # None: every kind
    pattern: str | None = None  # a documented expectation this family disagrees with


def _whole(open_: str, close: str) -> Callable[[str, Item], str]:
    return lambda text, _item: f"{open_}{text}{close}"


def _split(open_: str, close: str) -> Callable[[str, Item], str]:
    """The wrapper round the second part of the value only (``内部<sub>资料</sub>``)."""
    return lambda text, item: f"{text[: item.cut]}{open_}{text[item.cut :]}{close}"


def _ruby(text: str, _item: Item) -> str:
    return "<ruby>" + "".join(f"{c}<rp>(</rp><rt>·</rt><rp>)</rp>" for c in text) + "</ruby>"


NOT_LINK = frozenset({"mark", "internal", "note", "mobile", "id", "card", "code", "prose", "clean"})
SHORT = frozenset({"mark", "internal", "note", "mobile", "id", "card", "link", "code"})
UNI = ("body", "title", "summary")
REVNONE = frozenset({"internal", "mobile", "id", "card"})

WRAPPERS = [
    # order
    Wrapper("bdo-rtl-rev", "order", _whole('<bdo dir="rtl">', "</bdo>"), "rev", kinds=SHORT),
    Wrapper(
        "css-bidi-override-rev",
        "order",
        _whole('<span style="unicode-bidi:bidi-override;direction:rtl">', "</span>"),
        "rev",
        kinds=SHORT,
    ),
    Wrapper("rlo-rev", "unicode", _whole("\u202e", "\u202c"), "rev", UNI, kinds=SHORT),
    Wrapper(
        "rli-rlo-rev", "unicode", _whole("\u2067\u202e", "\u202c\u2069"), "rev", UNI, kinds=SHORT
    ),
    Wrapper(
        "bdo-rtl-fwd",
        "order",
        _whole('<bdo dir="rtl">', "</bdo>"),
        "fwdrev",
        kinds=NOT_LINK - {"prose", "clean"},
    ),
    Wrapper(
        "rlo-fwd",
        "unicode",
        _whole("\u202e", "\u202c"),
        "fwdrev",
        UNI,
        kinds=NOT_LINK - {"prose", "clean"},
    ),
    Wrapper("bdo-ltr-rev", "order", _whole('<bdo dir="ltr">', "</bdo>"), "revnone", kinds=REVNONE),
    Wrapper(
        "dir-rtl-rev", "order", _whole('<span dir="rtl">', "</span>"), "revnone", kinds=REVNONE
    ),
    Wrapper("rli-rev", "unicode", _whole("\u2067", "\u2069"), "revnone", UNI, kinds=REVNONE),
    Wrapper("lro-rev", "unicode", _whole("\u202d", "\u202c"), "revnone", UNI, kinds=REVNONE),
    Wrapper("rli-fwd", "unicode", _whole("\u2067", "\u2069"), fields=UNI),
    Wrapper("fsi-fwd", "unicode", _whole("\u2068", "\u2069"), fields=UNI),
    Wrapper("lri-fwd", "unicode", _whole("\u2066", "\u2069"), fields=UNI),
    Wrapper("bdi", "order", _whole("<bdi>", "</bdi>")),
    Wrapper("ruby-each", "order", _ruby, kinds=NOT_LINK),
    Wrapper("ruby-whole", "order", _whole("<ruby>", "<rt>zhù</rt></ruby>"), kinds=NOT_LINK),
    Wrapper(
        "css-isolate-override-rev",
        "order",
        _whole('<span style="direction: rtl; unicode-bidi: isolate-override">', "</span>"),
        "rev",
        kinds=SHORT,
    ),
    Wrapper(
        "css-direction-rtl-rev",
        "order",
        _whole('<span style="direction:rtl">', "</span>"),
        "revnone",
        kinds=REVNONE,
    ),
    Wrapper(
        "css-embed-rtl-rev",
        "order",
        _whole('<span style="unicode-bidi:embed;direction:rtl">', "</span>"),
        "revnone",
        kinds=REVNONE,
    ),
    Wrapper(
        "rlo-unclosed-rev",
        "unicode",
        lambda text, _i: "\u202e" + text,
        "rev",
        UNI,
        kinds=NOT_LINK - {"note", "prose", "clean"},
    ),
    Wrapper(
        "rlo-half-rev",
        "unicode",
        lambda text, item: (
            item.value[: item.cut] + "\u202e" + item.value[item.cut :][::-1] + "\u202c"
        ),
        "shown",
        UNI,
        kinds=NOT_LINK - {"note", "prose", "clean", "code"},
    ),
    Wrapper("rlo-ref-rev", "unicode", _whole("&#x202E;", "&#x202C;"), "rev", kinds=SHORT),
    Wrapper("rlm-split", "unicode", _split("\u200f", ""), fields=UNI),
    Wrapper("alm-split", "unicode", _split("\u061c", ""), fields=UNI),
    Wrapper("lrm-ref-split", "unicode", _split("&lrm;", "")),
    Wrapper(
        "flex-row-reverse",
        "order",
        lambda text, item: (
            f'<section style="display:flex;flex-direction:row-reverse"><span>{text[item.cut :]}</span><span>{text[: item.cut]}</span></section>'
        ),
        kinds=frozenset({"internal", "mark", "mobile"}),
    ),
    Wrapper("vertical-rl", "order", _whole('<span style="writing-mode:vertical-rl">', "</span>")),
    Wrapper("ol-reversed", "order", _whole("<ol reversed><li>", "</li></ol>")),
    # still visible though decorated
    Wrapper("del", "visible", _whole("<del>", "</del>")),
    Wrapper("s", "visible", _whole("<s>", "</s>")),
    Wrapper("strike-split", "visible", _split("<strike>", "</strike>")),
    Wrapper("gfm-strike", "visible", _whole("~~", "~~")),
    Wrapper("gfm-strike-split", "visible", _split("~~", "~~")),
    Wrapper("sub-split", "visible", _split("<sub>", "</sub>")),
    Wrapper("sup-split", "visible", _split("<sup>", "</sup>")),
    Wrapper("u", "visible", _whole("<u>", "</u>")),
    Wrapper("mark", "visible", _split("<mark>", "</mark>")),
    Wrapper("font-color", "visible", _split('<font color="#ff0000">', "</font>")),
    Wrapper("marquee", "visible", _whole("<marquee>", "</marquee>")),
    Wrapper("option", "visible", _whole("<select><option>", "</option></select>"), kinds=NOT_LINK),
    Wrapper("button", "visible", _whole("<button>", "</button>"), kinds=NOT_LINK),
    Wrapper("label", "visible", _whole("<label>", "</label>")),
    Wrapper(
        "summary",
        "visible",
        _whole("<details><summary>", "</summary>附件说明</details>"),
        kinds=NOT_LINK,
    ),
    Wrapper(
        "details-body",
        "visible",
        _whole("<details><summary>附件</summary>", "</details>"),
        kinds=NOT_LINK,
    ),
    Wrapper(
        "input-value",
        "visible",
        lambda text, _i: f'<input type="text" value="{text}" readonly>',
        kinds=NOT_LINK - {"note"},
    ),
    Wrapper("textarea", "visible", _whole("<textarea readonly>", "</textarea>")),
    Wrapper(
        "svg-text",
        "visible",
        _whole('<svg width="300" height="30"><text x="0" y="20">', "</text></svg>"),
        kinds=NOT_LINK,
    ),
    Wrapper("q", "visible", _whole("<q>", "</q>")),
    Wrapper("aria-hidden", "visible", _whole('<span aria-hidden="true">', "</span>")),
    Wrapper("font-size-1", "visible", _whole('<span style="font-size:1px">', "</span>")),
    Wrapper(
        "abbr-title",
        "visible",
        lambda text, _i: f'<abbr title="{text}">附注</abbr>',
        kinds=NOT_LINK - {"note"},
    ),
    Wrapper("bb-b-split", "bbcode", _split("[b]", "[/b]")),
    Wrapper("bb-color", "bbcode", _whole("[color=red]", "[/color]")),
    Wrapper("bb-size-split", "bbcode", _split("[size=1]", "[/size]")),
    Wrapper("bb-s", "bbcode", _whole("[s]", "[/s]")),
    Wrapper(
        "bb-url",
        "bbcode",
        lambda text, _i: f"[url]{text}[/url]",
        kinds=frozenset({"link", "clean"}),
    ),
    Wrapper(
        "bb-url-eq", "bbcode", lambda text, _i: f"[url={text}]官网[/url]", kinds=frozenset({"link"})
    ),
    # hidden (published in the source: blocks; an ad link is stripped)
    Wrapper("display-none", "hidden", _whole('<span style="display:none">', "</span>")),
    Wrapper("visibility-hidden", "hidden", _whole('<span style="visibility:hidden">', "</span>")),
    Wrapper("hidden-attr", "hidden", _whole("<p hidden>", "</p>")),
    Wrapper("font-size-0", "hidden", _whole('<span style="font-size:0">', "</span>")),
    Wrapper("opacity-0", "hidden", _whole('<span style="opacity:0">', "</span>")),
    Wrapper(
        "white-on-white",
        "hidden",
        _whole('<span style="color:#ffffff;background:#ffffff">', "</span>"),
    ),
    Wrapper("template", "hidden", _whole("<template>", "</template>")),
    Wrapper("noscript", "hidden", _whole("<noscript>", "</noscript>")),
    Wrapper(
        "input-hidden",
        "hidden",
        lambda text, _i: f'<input type="hidden" name="x" value="{text}">',
        kinds=NOT_LINK - {"note", "prose", "clean"},
    ),
    Wrapper(
        "offscreen", "hidden", _whole('<span style="position:absolute;left:-9999px">', "</span>")
    ),
    Wrapper("height-0", "hidden", _whole('<div style="height:0;overflow:hidden">', "</div>")),
    Wrapper("transparent", "hidden", _whole('<span style="color:transparent">', "</span>")),
    Wrapper(
        "clip", "hidden", _whole('<span style="clip:rect(0 0 0 0);position:absolute">', "</span>")
    ),
    Wrapper(
        "comment",
        "hidden",
        _whole("<!-- ", " -->"),
        kinds=NOT_LINK - {"prose", "clean"},
        pattern="comment-content",
    ),
]


STRUCK_INSIDE = frozenset({"strike-split", "gfm-strike-split"})
BIDI_MARK_INSIDE = frozenset({"rlm-split", "alm-split", "lrm-ref-split"})


# never outside another wrapper in the sweep's stacks (a generator's own bugs at its first sweep):
# a split's cut and ruby's characters would fall inside the inner markup, an attribute's value
# would hold a tag
NO_OUTER = frozenset(
    {
        "ruby-each",
        "abbr-title",
        "bb-url-eq",
        "bb-url",
        "rlo-half-rev",
        "input-value",
        "input-hidden",
    }
) | {w.name for w in WRAPPERS if w.name.endswith("split") or w.name in {"mark", "font-color"}}
# the patterns the first run found, left out of a sweep's report unless --all
KNOWN = (
    "bdo-rtl-rev",
    "css-bidi-override-rev",
    "css-isolate-override-rev",
    "ruby-each",
    "bb-b-split",
    "bb-size-split",
    "rlo-ref-rev",
    "rlo-half-rev",
    "flex-row-reverse",
)
STACKABLE = [
    w for w in WRAPPERS if w.mode == "shown" and w.group in {"visible", "hidden", "bbcode"}
]


def expectation(item: Item, wrapper: Wrapper) -> tuple[str, str | list[str] | None]:
    if wrapper.mode == "revnone":
        return "clean", None
    if wrapper.mode == "rev" and item.kind == "link":
        return "block", SPELLED
    if item.kind == "link" and wrapper.group == "hidden":
        return "fixed", LS
    if item.desc == "gov.cn link" and wrapper.name in STRUCK_INSIDE:
        # (b) at triage: struck text inside an address is read also without it, the worse
        # reading winning (docs/compliance.md, folding): `https://www.` warns
        return "warn", "link.other_host"
    if item.desc == "gov.cn link" and wrapper.name in BIDI_MARK_INSIDE:
        # (b) at the first sweep: UTS #46 disallows U+200E, U+200F and U+061C in a host (they
        # are not among the characters it maps to nothing), so the address opens nothing
        return "warn", "link.unparsable"
    return item.expect, item.rule


def stored(item: Item, wrapper: Wrapper, inner: Wrapper | None = None) -> str:
    value = item.value[::-1] if wrapper.mode in {"rev", "revnone"} else item.value
    if inner is not None:  # the sweep's stacks: an inner wrapper first (outer mode "shown")
        value = inner.make(value, item)
    return wrapper.make(value, item)


def render(
    item: Item, wrapper: Wrapper, field_: str, prose: int, inner: Wrapper | None = None
) -> str:
    """The wrapped item in its field: a sentence with its label, a note on its own line."""
    inner = stored(item, wrapper, inner)
    if field_ in {"title", "summary"}:
        return f"{item.label}{inner}"
    if item.own_line:
        return f"{PROSE[prose]}\n\n{inner}"
    return f"{PROSE[prose]}{item.label}{inner}。{PROSE[(prose + 1) % len(PROSE)]}"


def applies(item: Item, wrapper: Wrapper) -> bool:
    return wrapper.kinds is None or item.kind in wrapper.kinds


# ----- triage --------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "bdo-rtl": '`<bdo dir="rtl">料资部内</bdo>` is shown 内部资料 (HTML: bdo overrides the bidi '
    "algorithm, every character right to left) but is read only as stored; a mobile, an ID, a card "
    "or a short link stored backwards inside it passes (U+202E is read both ways)",
    "css-bidi-override": "`unicode-bidi:bidi-override;direction:rtl` in a style shows its text "
    "backwards, as <bdo dir=rtl> does; read only as stored (WeChat and the CMS editors keep inline "
    "styles)",
    "ruby-annotation": "a <ruby> annotation of dots, digits or hanzi (着重号 `·`, a gloss `注`, "
    "`幺三八`) is read into its base text, so `内<rt>·</rt>部<rt>·</rt>资…` or "
    "`<ruby>138<rt>幺三八</rt></ruby>12345678` no longer reads 内部资料 / the mobile (pinyin and "
    "注音 bopomofo annotations work)",
    "rlo-reference": "U+202E written as a character reference (`&#x202E;料资部内&#x202C;`, the form "
    "an HTML editor's source view keeps) is shown as the override, but not read reversed: only the "
    "raw U+202E is",
    "rlo-partial": "a U+202E run that holds only the tail of an item, its head stored forwards before "
    "it (`机密\\u202e年01★\\u202c` shows 机密★10年, `4475\\u202e800752281606\\u202c` a card), is "
    "not read with its head (a labelled mobile so written blocks)",
    "bbcode-inline": "BBCode tags (`[b]`, `[size=1]`, `[i]`) inside a word or a number are read as "
    "characters; a forum shows `内部[b]资料[/b]` as 内部资料 and `[b]138[/b]12345678` as a mobile",
    "flex-order": "blind guess (the brief's 'ignore if ambiguous' corner, kept as one wrapper): a "
    "flex box with `flex-direction:row-reverse` (秀米 and 135编辑器 layouts) shows its second child "
    "first, so `<section style=display:flex;flex-direction:row-reverse><span>资料</span><span>内部"
    "</span></section>` shows 内部资料",
    "comment-content": "documented (docs/compliance.md, folding: a comment goes with its content, "
    "`nor a comment's content`); this family expects block — a CMS ships the comment in the "
    "page's source, which anyone can read",
}
FIXED: frozenset[str] = frozenset(  # fix96a: the bidi patterns; fix96b: BBCode and ruby;
    {  # fix127d: a comment's content, read as the page's source ships it
        "bdo-rtl",
        "css-bidi-override",
        "rlo-partial",
        "rlo-reference",
        "bbcode-inline",
        "ruby-annotation",
        "comment-content",
    }
)
# The grid ids the first run (after the (a) and (b) corrections) found failing, by pattern.
FAILING: dict[str, str] = {
    **dict.fromkeys(
        [
            "hit-01-bb-size-split",
            "hit-02-bb-size-split",
            "hit-03-bb-b-split",
            "hit-04-bb-b-split",
            "hit-07-bb-size-split",
            "hit-08-bb-size-split",
            "hit-09-bb-b-split",
            "hit-10-bb-b-split",
            "hit-13-bb-size-split",
        ],
        "bbcode-inline",
    ),
    **dict.fromkeys(
        [
            "hit-00-bdo-rtl-rev",
            "hit-01-bdo-rtl-rev",
            "hit-02-bdo-rtl-rev",
            "hit-03-bdo-rtl-rev",
            "hit-04-bdo-rtl-rev",
            "hit-05-bdo-rtl-rev",
            "hit-06-bdo-rtl-rev",
            "hit-07-bdo-rtl-rev",
            "hit-08-bdo-rtl-rev",
            "hit-09-bdo-rtl-rev",
            "hit-10-bdo-rtl-rev",
            "hit-11-bdo-rtl-rev",
            "hit-12-bdo-rtl-rev",
            "hit-13-bdo-rtl-rev",
        ],
        "bdo-rtl",
    ),
    **dict.fromkeys(
        [
            "hit-00-css-bidi-override-rev",
            "hit-00-css-isolate-override-rev",
            "hit-01-css-bidi-override-rev",
            "hit-01-css-isolate-override-rev",
            "hit-02-css-bidi-override-rev",
            "hit-02-css-isolate-override-rev",
            "hit-03-css-bidi-override-rev",
            "hit-03-css-isolate-override-rev",
            "hit-04-css-bidi-override-rev",
            "hit-04-css-isolate-override-rev",
            "hit-05-css-bidi-override-rev",
            "hit-05-css-isolate-override-rev",
            "hit-06-css-bidi-override-rev",
            "hit-06-css-isolate-override-rev",
            "hit-07-css-bidi-override-rev",
            "hit-07-css-isolate-override-rev",
            "hit-08-css-bidi-override-rev",
            "hit-08-css-isolate-override-rev",
            "hit-09-css-bidi-override-rev",
            "hit-09-css-isolate-override-rev",
            "hit-10-css-bidi-override-rev",
            "hit-10-css-isolate-override-rev",
            "hit-11-css-bidi-override-rev",
            "hit-11-css-isolate-override-rev",
            "hit-12-css-bidi-override-rev",
            "hit-12-css-isolate-override-rev",
            "hit-13-css-bidi-override-rev",
            "hit-13-css-isolate-override-rev",
        ],
        "css-bidi-override",
    ),
    **dict.fromkeys(
        [
            "hit-00-flex-row-reverse",
        ],
        "flex-order",
    ),
    **dict.fromkeys(
        [
            "hit-10-rlo-half-rev",
        ],
        "rlo-partial",
    ),
    **dict.fromkeys(
        [
            "hit-00-rlo-ref-rev",
            "hit-01-rlo-ref-rev",
            "hit-02-rlo-ref-rev",
            "hit-03-rlo-ref-rev",
            "hit-04-rlo-ref-rev",
            "hit-05-rlo-ref-rev",
            "hit-06-rlo-ref-rev",
            "hit-07-rlo-ref-rev",
            "hit-08-rlo-ref-rev",
            "hit-09-rlo-ref-rev",
            "hit-10-rlo-ref-rev",
            "hit-11-rlo-ref-rev",
            "hit-12-rlo-ref-rev",
            "hit-13-rlo-ref-rev",
        ],
        "rlo-reference",
    ),
    **dict.fromkeys(
        [
            "hit-04-ruby-each",
            "hit-05-ruby-each",
            "hit-10-ruby-each",
        ],
        "ruby-annotation",
    ),
}


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str, wrapper: Wrapper) -> str | None:
    if id_ in FAILING:
        return still_failing(FAILING[id_])
    if wrapper.pattern:
        return still_failing(wrapper.pattern)
    return None


def grid(table: CaseTable, items: list[Item], prefix: str, rng: random.Random, keep: int) -> None:
    """Each item through the wrappers: every reversing one, and ``keep`` in 6 of the others (in
    rotation, so every item meets every wrapper group)."""
    for item_no, item in enumerate(items):
        for w_no, wrapper in enumerate(WRAPPERS):
            if not applies(item, wrapper):
                continue
            if wrapper.mode == "shown" and (item_no + w_no) % 6 >= keep:
                continue
            field_ = rng.choice(wrapper.fields) if not item.own_line else "body"
            text = render(item, wrapper, field_, rng.randrange(len(PROSE)))
            expect, rule = expectation(item, wrapper)
            note = f"item={item.desc}; wrapper={wrapper.name} ({wrapper.group}, {wrapper.mode})"
            id_ = f"{prefix}-{item_no:02d}-{wrapper.name}"
            table.case(
                id_,
                text,
                expect,
                rule,
                note,
                None if field_ == "body" else field_,
                xfail=xfail(id_, wrapper),
            )


def found(table: CaseTable) -> None:
    """Hand-made cases of the angle's corners, and minimal reproductions of what the run found."""
    rows = [
        # id, text, verdict, rule, pattern (None: must pass), note
        ("bdo-half-shown", "本刊为<bdo dir=\"rtl\">部内</bdo>资料。", "block", INT, "bdo-rtl",
         "<bdo rtl> round 部内 shows 内部, then 资料: the page shows 内部资料"),
        ("bdo-half-stored", "本刊为<bdo dir=\"rtl\">内部</bdo>资料。", "block", INT, None,
         "stored 内部资料, shown 部内资料: the source and a copy read 内部资料 (worse reading)"),
        ("bdo-neither", "本刊为<bdo dir=\"rtl\">料资</bdo>部内。", "clean", None, None,
         "stored 料资部内, shown 资料部内: neither reading is a marking"),
        ("li-value-mobile", "<ol><li value=\"13812345678\">王先生</li></ol>", "block", MOB, None,
         "an <li value> is shown as the item's number: 13812345678. 王先生"),
        ("ol-start-mobile", "<ol start=\"13812345678\"><li>王先生</li></ol>", "block", MOB, None,
         "an <ol start> is shown as the first item's number"),
        ("ol-start-small", "<ol start=\"3\"><li>内部控制制度</li><li>财务管理</li></ol>", "clean", None, None,
         "a list starting at 3: no number of anyone's"),
        ("table-cells-split", "<table><tr><td>内部</td><td>资料</td></tr></table>", "clean", None, None,
         "内部 and 资料 in two cells: two things, as the docs decide for block boundaries"),
        ("ruby-annotation", "<ruby>附注<rt>内部资料</rt></ruby>", "block", INT, None,
         "the <rt> annotation is shown above its base: 内部资料"),
        ("ruby-digits", "联系电话：<ruby>138<rt>幺三八</rt></ruby>12345678", "block", MOB, "ruby-annotation",
         "a ruby base holding the mobile's first digits: the base reads 13812345678"),
        ("ruby-lookalike", "<ruby>内<rt>nèi</rt>容<rt>róng</rt></ruby>资料", "clean", None, None,
         "内容资料 with pinyin: no marking"),
        ("rli-mark-rev", "\u2067年01★密机\u2069", "clean", None, None,
         "an RLI isolate does not reverse ideographs (strong L): the page shows 年01★密机"),
        ("dir-rtl-p", "<p dir=\"rtl\">料资部内</p>", "clean", None, None,
         "dir=rtl alone right-aligns, CJK stays in order: 料资部内"),
        ("comment-id", f"<!-- 身份证号：{id_number('11010119900307123')} -->本通知自印发之日起施行。", "block", IDN,
         "comment-content", "an ID number in a comment, in the page's source"),
        ("comment-mark", "<!-- 机密★10年 -->\n关于做好近期重点工作的通知", "block", MARK, "comment-content",
         "a 密级 in a comment above the title line"),
        ("bb-url-gov", "[url=https://www.gov.cn/]中国政府网[/url]", "clean", None, None,
         "a BBCode link to gov.cn"),
        ("bb-url-tcn", "详见[url=https://t.cn/A6x8k2]官网[/url]", "fixed", LS, None,
         "a forum shows 官网 linking to t.cn"),
        ("bdo-mobile", "联系电话：<bdo dir=\"rtl\">87654321831</bdo>", "block", MOB, "bdo-rtl",
         "a mobile stored backwards in <bdo dir=rtl>: shown 13812345678"),
        ("bdo-link", "详见<bdo dir=\"rtl\">x8A6/nc.t</bdo>", "block", SPELLED, "bdo-rtl",
         "t.cn/A6x stored backwards in <bdo dir=rtl>: shown as a short link for the reader to type"),
        ("css-override-internal", "<span style=\"unicode-bidi:bidi-override;direction:rtl\">料资部内</span>",
         "block", INT, "css-bidi-override", "a CSS override shows 内部资料"),
        ("css-override-mark", "<p style=\"direction:rtl;unicode-bidi:bidi-override\">年01★密机</p>",
         "block", MARK, "css-bidi-override", "a CSS override on a paragraph shows 机密★10年"),
        ("ruby-dots", "本刊为<ruby>内<rt>·</rt>部<rt>·</rt>资<rt>·</rt>料<rt>·</rt></ruby>。", "block", INT,
         "ruby-annotation", "着重号 dots as ruby over 内部资料"),
        ("ruby-bopomofo", "本刊为<ruby>内<rt>ㄋㄟˋ</rt>部<rt>ㄅㄨˋ</rt>资<rt>ㄗ</rt>料<rt>ㄌㄧㄠˋ</rt></ruby>。",
         "block", INT, None, "注音 bopomofo as ruby over 内部资料 (passes: control)"),
        ("ruby-hanzi-gloss", "本刊为<ruby>内部<rt>注</rt></ruby>资料。", "block", INT, "ruby-annotation",
         "a one-hanzi gloss over 内部: the base text reads 内部资料"),
        ("ctl-ruby-pinyin", "本刊为<ruby>内<rt>nèi</rt>部<rt>bù</rt>资<rt>zī</rt>料<rt>liào</rt></ruby>。",
         "block", INT, None, "pinyin ruby over 内部资料 (passes: control)"),
        ("bb-internal", "本刊为内部[b]资料[/b]。", "block", INT, "bbcode-inline", "BBCode bold inside 内部资料"),
        ("bb-mobile", "联系电话：[b]138[/b]12345678", "block", MOB, "bbcode-inline", "BBCode bold inside a mobile"),
        ("bb-italic", "本刊为[i]内部[/i]资料", "block", INT, "bbcode-inline", "BBCode italic inside 内部资料"),
        ("bb-link", "详见t.[size=1]cn/A6x8k2[/size]", "fixed", LS, "bbcode-inline",
         "BBCode size inside a short host: a forum shows t.cn/A6x8k2"),
        ("rlo-ref-internal", "本刊为&#x202E;料资部内&#x202C;。", "block", INT, "rlo-reference",
         "U+202E as a hexadecimal character reference: shown 内部资料"),
        ("rlo-dec-ref-mobile", "联系电话：&#8238;87654321831&#8236;", "block", MOB, "rlo-reference",
         "U+202E as a decimal character reference round a mobile stored backwards"),
        ("rlo-partial-mark", "机密\u202e年01★\u202c", "block", MARK, "rlo-partial",
         "机密 then ★10年 stored backwards under U+202E: shown 机密★10年"),
        ("rlo-partial-card", "银行卡号：4475\u202e800752281606\u202c", "block", CARD, "rlo-partial",
         "a Visa's first four digits, then the rest stored backwards under U+202E"),
        ("rlo-partial-internal", "本刊为内部\u202e料资\u202c。", "block", INT, "rlo-partial",
         "内部 then 资料 stored backwards under U+202E: shown 内部资料"),
        ("css-isolate-override", "<span style=\"direction: rtl; unicode-bidi: isolate-override\">料资部内</span>",
         "block", INT, "css-bidi-override", "CSS isolate-override shows 内部资料"),
        ("flex-reverse-internal", "<section style=\"display:flex;flex-direction:row-reverse\"><span>资料</span><span>内部</span></section>",
         "block", INT, "flex-order", "a flex row reversed shows 内部资料"),
        ("ctl-bb-clean", "[b]国务院[/b]办公厅印发《意见》。", "clean", None, None, "BBCode bold round ordinary words"),
        ("css-override-rtl-gov", "<span style=\"unicode-bidi:bidi-override;direction:rtl\">nc.vog.www</span>",
         "clean", None, None, "www.gov.cn shown by a CSS override: no ad"),
    ]  # fmt: skip
    for id_, text, verdict, rule, name, note in rows:
        table.case(
            f"found-{id_}", text, verdict, rule, note, xfail=still_failing(name) if name else None
        )
    fields = [
        # id, field, text, verdict, rule, note: the other fields a reader sees
        ("tags-rlo-mobile", "tags", "\u202e87654321831\u202c", "block", MOB, "a tag holding a mobile stored backwards under U+202E"),
        ("author-rlo-mark", "author", "\u202e年01★密机\u202c", "block", MARK, "an author line showing 机密★10年 under U+202E"),
        ("alt-rlo-internal", "image.alt", "\u202e料资部内\u202c", "block", INT, "an alt text showing 内部资料 under U+202E"),
        ("alt-rli-lookalike", "image.alt", "\u2067料资部内\u2069", "clean", None, "an isolate shows the alt text as stored: 料资部内"),
        ("summary-lro-lookalike", "summary", "联系电话：\u202d87654321831\u202c", "clean", None, "LRO shows the digits as stored: no mobile"),
        ("source-name-rlo", "source.name", "新华网\u202e料资部内\u202c", "block", INT, "a source name showing 内部资料 under U+202E"),
    ]  # fmt: skip
    for id_, field_, text, verdict, rule, note in fields:
        table.case(f"found-{id_}", text, verdict, rule, note, field_)


def sweep(count: int, seed: str = f"{SEED}:sweep", *, show_all: bool = False) -> None:
    """``count`` random wrapper x item combos through ``govpub.check``, wrong ones by pattern."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    items = must_items(random.Random(SEED)) + clean_items(random.Random(SEED + 1))
    wrong: Counter[tuple[str, str, str]] = Counter()
    totals: Counter[str] = Counter()
    samples: dict[tuple[str, str, str], list[str]] = {}
    for _ in range(count):
        item = rng.choice(items)
        wrapper = rng.choice([w for w in WRAPPERS if applies(item, w)])
        # half the time a second wrapper inside the first (the stacks the grid leaves out)
        inner = None
        if wrapper.mode == "shown" and wrapper.name not in NO_OUTER and rng.random() < 0.5:
            inner = rng.choice([w for w in STACKABLE if applies(item, w) and w is not wrapper])
        field_ = rng.choice(wrapper.fields) if not item.own_line else "body"
        if inner is not None:
            field_ = "body"
        text = render(item, wrapper, field_, rng.randrange(len(PROSE)), inner)
        expect, rule = expectation(item, wrapper)
        if inner is not None:
            keyed = inner.group == "hidden" or inner.name in STRUCK_INSIDE | BIDI_MARK_INSIDE
            expect, rule = expectation(item, inner if keyed else wrapper)
        if wrapper.pattern or (inner is not None and inner.pattern):
            continue
        post = (
            Post(title=text)
            if field_ == "title"
            else (
                Post(title="关于做好有关工作的通知", summary=text)
                if field_ == "summary"
                else Post(title="关于做好有关工作的通知", body=text)
            )
        )
        result = check(post, policy)
        sev = {f.severity for f in result.findings}
        got = next((v for v in ("block", "warn", "fixed") if v in sev), "clean")
        rules = {f.rule for f in result.findings}
        want = set(rule if isinstance(rule, list) else [rule] if rule else [])
        totals[wrapper.name + (f"<{inner.name}" if inner else "")] += 1
        if got == expect and rules == want:
            continue
        names = [wrapper.name] + ([inner.name] if inner else [])
        if not show_all and any(n in KNOWN for n in names):
            continue
        kind = (
            "miss"
            if expect != "clean" and not (want & rules)
            else "false"
            if expect == "clean"
            else "other"
        )
        key = (kind, wrapper.name + (f"<{inner.name}" if inner else ""), item.desc)
        wrong[key] += 1
        if len(samples.setdefault(key, [])) < 2:
            samples[key].append(f"{field_}: {text!r} -> {got} {sorted(rules)}")
    sys.stdout.write(f"{count} posts; {sum(wrong.values())} wrong\n")
    for (kind, wname, desc), n in sorted(wrong.items(), key=lambda kv: (kv[0][1], -kv[1])):
        sys.stdout.write(f"  {kind:5s} {n:5d} of {totals[wname]:5d} {wname} / {desc}\n")
        for sample in samples[kind, wname, desc]:
            sys.stdout.write(f"        {sample}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", type=int, default=0)
    parser.add_argument("--seed", default=f"{SEED}:sweep", help="the sweep's seed")
    parser.add_argument("--all", action="store_true", help="report the known patterns too")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.seed, show_all=args.all)
        return
    table = CaseTable(FAMILY)
    rng = random.Random(SEED)
    grid(table, must_items(random.Random(SEED)), "hit", rng, keep=2)
    grid(table, clean_items(random.Random(SEED + 1)), "look", rng, keep=1)
    found(table)
    header = "red-team pass 96 (blind): what a reader sees, in the order and form it is shown"
    table.write(__file__, header + "; gen_redteam96.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
