"""Regenerate redteam94_blind_markdown_rendering.yaml (red-team pass 94, written blind).

A post's body is Markdown, and the platforms render it as CommonMark + GFM do. This pass puts
issue 12's items (an ad link, a 淘口令, a mobile, an ID number, a bank card, ``机密★10年``,
``内部资料``, ``（此件不公开）``) where Markdown SHOWS them — a paragraph, ATX and setext headings,
a block quote, list items, a table cell, a link's words, a link's title, an image's alt, a
footnote, fenced and indented code, a bold run — or where a link GOES (a link's destination, a
reference definition, an autolink, a ``tel:`` link), and splits each item by Markdown that shows
nothing: ``*``/``**``/``__``/``~~`` runs, backslash escapes, code-span backticks, character
references, soft and hard line breaks. Must-stay-clean twins go through the same grid: gov.cn
links, 文号, an all-digit 统一社会信用代码 of a 社会组织 that passes Luhn, a landline, a date, an
18-digit number starting 55, and ordinary prose with the same emphasis.

Decisions (a strict reviewer's, from docs/compliance.md: what the rendered post shows, and where
a link goes, is what counts): an item shown in a code span or a code block is shown, so it is
caught (an ad address there is stripped, as a reader copies it); emphasis markers a code block
or a link title prints literally (``内部**资料**``) leave the words readable, so they still block;
an image's alt is shown when the picture fails, and the picture (remote, not downloaded) warns
``image.not_scanned``; an ad address in a link's words, title or alt is stripped; a reference
definition to an ad host is stripped although the definition itself is not shown; a ``tel:``
link with a mobile publishes it. Written before the checker or any other family was read
(issue 12, docs/compliance.md, the corpus README, ``case_table.py``, ``number_makers.py`` and
the layout of ``gen_redteam71.py`` only). Fixed seed; run from the repository root:

    python tests/compliance/corpus/gen_redteam94.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam94.py --sweep N  # N random cells, counts by
                                                               # (placement, form)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, OTHER, SC, SPELLED

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, uscc

SEED = 94
FAMILY = "redteam94_blind_markdown_rendering"
NOT_SCANNED = "image.not_scanned"
SEVERITY = {LS: "fixed", NOT_SCANNED: "warn", OTHER: "warn"}  # every other rule here blocks
GOV = "https://www.gov.cn/zhengce/"

P1 = [
    "区政府召开专题会议，研究部署下一阶段重点工作。",
    "现将有关事项通知如下。",
    "本次活动由区文明办、区教育局联合举办。",
    "全区共完成老旧小区改造项目十二个。",
]
P2 = ["请各单位结合实际认真贯彻执行。", "如有疑问，请在工作日与承办科室联系。"]


@dataclass(frozen=True)
class Item:
    """One thing to place: ``pre + mid + post`` as written, ``mid`` the part a form splits."""

    key: str
    kind: str  # ad, adscheme, code, mobile, num, word | clean_link, clean_num, clean_word
    pre: str
    mid: str
    post: str
    label: str
    rule: str | None  # None: must stay clean

    @property
    def whole(self) -> str:
        return self.pre + self.mid + self.post

    @property
    def ad(self) -> bool:
        return self.kind in {"ad", "adscheme"}


# ---------------------------------------------------------------- items


def _card(rng: random.Random, prefix: str, length: int) -> str:
    while True:
        number = luhn(
            prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        )
        if not any(
            number[i] == "1" and number[i + 1] in "3456789" for i in range(len(number) - 10)
        ):
            return number


def _fresh_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    division = rng.choice([d for d in DIVISIONS if not d.startswith("65")])
    return id_number(division + birth + f"{rng.randint(0, 999):03d}")


def _fresh_mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _social_uscc(rng: random.Random) -> str:
    """An all-digit 统一社会信用代码 of a 社会团体/民办非企业/基金会 (51–53) that passes Luhn."""
    while True:
        first = rng.choice(["51", "52", "53"]) + rng.choice(DIVISIONS)
        first += "".join(rng.choice("0123456789") for _ in range(17 - len(first)))
        code = uscc(first)
        if code.isdigit() and _luhn_ok(code):
            return code


def items(rng: random.Random) -> list[Item]:
    """Issue 12's items (fresh numbers from ``rng``) and their must-stay-clean twins."""
    tail = "".join(rng.choice("AbCdEfGhJk23456789") for _ in range(6))
    mobile = rng.choice(["13812345678", _fresh_mobile(rng)])
    idn = rng.choice(["310104198511223688", _fresh_id(rng)])
    card = _card(rng, rng.choice(["622", "621", "62"]), rng.choice([16, 19]))
    social = _social_uscc(rng)
    card18 = luhn("55" + "".join(rng.choice("0123456789") for _ in range(15)))
    return [
        Item("tb", "adscheme", "https://s.click.", "taobao", ".com/t?e=m%3D2%26s%3D" + tail, "链接：", LS),
        Item("jd", "ad", "u.", "jd", ".com/" + tail, "链接：", LS),
        Item("jds", "adscheme", "https://u.", "jd", ".com/" + tail, "详见", LS),
        Item("code", "code", "￥AbCd1234XyZ￥复制后打开", "淘宝", "", "", SC),
        Item("mobile", "mobile", mobile[:3], mobile[3:7], mobile[7:], "联系电话：", MOB),
        Item("id", "num", idn[:6], idn[6:14], idn[14:], "身份证号：", IDN),
        Item("card", "num", card[:4], card[4:12], card[12:], "银行卡号：", CARD),
        Item("mark", "word", "机", "密", "★10年", "", MARK),
        Item("internal", "word", "内部", "资料", "", "", INT),
        Item("note", "word", "（此件", "不公开", "）", "", NOTE),
        Item("c-gov", "clean_link", "https://www.gov.cn/", "zhengce", "/content_5.htm", "链接：", None),
        Item("c-wenhao", "clean_num", "国办发〔2018〕", "123", "号", "依据", None),
        Item("c-uscc", "clean_num", social[:6], social[6:14], social[14:], "统一社会信用代码：", None),
        Item("c-land", "clean_num", "0316-", "689", "8304", "咨询电话：", None),
        Item("c-date", "clean_num", "2024年", "10月", "1日", "时间：", None),
        Item("c-card18", "clean_num", card18[:6], card18[6:12], card18[12:], "档案编号：", None),
        Item("c-control", "clean_word", "内部", "控制", "制度建设", "", None),
        Item("c-secret", "clean_word", "保守", "国家秘密", "是公民的义务", "", None),
        Item("c-open", "clean_word", "政府信息", "公开", "工作年度报告", "", None),
        Item("c-data", "clean_word", "学习", "资料", "汇编", "", None),
    ]  # fmt: skip


# ---------------------------------------------------------------- forms (split by Markdown)


def _ref_hex(ch: str) -> str:
    return f"&#x{ord(ch):x};"


def _escape(it: Item) -> str | None:
    if it.ad or it.kind == "clean_link":
        return it.whole.replace(".", "\\.", 2) if it.ad else it.whole.replace(".htm", "\\.htm")
    if it.kind in {"mobile", "num"} or it.key in {"c-uscc", "c-card18"}:
        return f"{it.pre}\\-{it.mid}\\-{it.post}"
    if it.key == "c-land":
        return it.whole.replace("-", "\\-")
    if it.kind in {"word", "clean_word"}:
        return f"{it.pre}\\*{it.mid}{it.post}"
    return None


FORMS: dict[str, Callable[[Item], str | None]] = {
    "plain": lambda it: it.whole,
    "em": lambda it: f"{it.pre}*{it.mid}*{it.post}",
    "strong": lambda it: f"{it.pre}**{it.mid}**{it.post}",
    "under": lambda it: f"{it.pre}__{it.mid}__{it.post}",
    "strike": lambda it: f"{it.pre}~~{it.mid}~~{it.post}",
    "codesplit": lambda it: f"{it.pre}`{it.mid}`{it.post}",
    "codespan": lambda it: f"`{it.whole}`",
    "ent_hex": lambda it: f"{it.pre}{_ref_hex(it.mid[0])}{it.mid[1:]}{it.post}",
    "ent_dec": lambda it: f"{it.pre}&#{ord(it.mid[0])};{it.mid[1:]}{it.post}",
    "escape": _escape,
    "soft": lambda it: f"{it.pre}\n{it.mid}{it.post}",
    "hard_sp": lambda it: f"{it.pre}  \n{it.mid}{it.post}",
    "hard_bs": lambda it: f"{it.pre}\\\n{it.mid}{it.post}",
}
BREAKS = {"soft", "hard_sp", "hard_bs"}
SPLITS = {"em", "strong", "under", "strike", "codesplit"}
ENTITIES = {"ent_hex", "ent_dec"}


# ---------------------------------------------------------------- placements


@dataclass(frozen=True)
class Place:
    make: Callable[[str, str, random.Random], str]  # (label, formed item, rng) -> body
    breaks: bool = True  # a line break inside keeps it one block
    code: bool = False  # shown verbatim (no emphasis, no references)
    link: bool = False  # where a link goes: not shown; only plain/entity/escape forms
    kinds: frozenset[str] | None = None  # the item kinds it takes (None: all)
    extra: tuple[str, ...] = ()


def _cell_label(label: str) -> str:
    return label.rstrip("：") or "备注"


PLACES: dict[str, Place] = {
    "para": Place(lambda lab, x, r: f"{r.choice(P1)}\n\n{lab}{x}\n\n{r.choice(P2)}"),
    "atx": Place(lambda lab, x, r: f"## {lab}{x}\n\n{r.choice(P2)}", breaks=False),
    "setext": Place(lambda lab, x, r: f"{lab}{x}\n===\n\n{r.choice(P2)}"),
    "quote": Place(lambda lab, x, r: f"{r.choice(P1)}\n\n> {lab}{x}\n\n{r.choice(P2)}"),
    "bullet": Place(lambda lab, x, r: f"{r.choice(P1)}\n\n- 一是加强组织领导。\n- {lab}{x}\n- 三是强化督查问效。"),
    "ordered": Place(lambda lab, x, r: f"1. 请各单位认真执行。\n2. {lab}{x}\n3. 按时报送有关材料。"),
    "table": Place(
        lambda lab, x, r: f"| 事项 | 内容 |\n|---|---|\n| 单位 | 区政务服务中心 |\n| {_cell_label(lab)} | {x} |",
        breaks=False,
    ),
    "linktext": Place(lambda lab, x, r: f"{r.choice(P1)}[{lab}{x}]({GOV})"),
    "linktitle": Place(lambda lab, x, r: f'{r.choice(P1)}[详见]({GOV} "{lab}{x}")', breaks=False),
    "reftitle": Place(
        lambda lab, x, r: f'{r.choice(P1)}[详见][1]。\n\n[1]: {GOV} "{lab}{x}"', breaks=False
    ),
    "alt": Place(
        lambda lab, x, r: f"{r.choice(P1)}\n\n![{lab}{x}](https://www.gov.cn/images/a.png)",
        breaks=False,
    ),
    "footnote": Place(lambda lab, x, r: f"{r.choice(P1)}[^1]\n\n[^1]: {lab}{x}"),
    "fenced": Place(lambda lab, x, r: f"{r.choice(P1)}\n\n```\n{lab}{x}\n```", breaks=False, code=True),
    "indented": Place(
        lambda lab, x, r: f"{r.choice(P1)}\n\n    {lab}{x}\n\n{r.choice(P2)}", breaks=False, code=True
    ),
    "bold": Place(lambda lab, x, r: f"{r.choice(P1)}**{lab}{x}**{r.choice(P2)}"),
    "dest": Place(
        lambda lab, x, r: f"{r.choice(P1)}[点击查看]({x})",
        link=True,
        kinds=frozenset({"adscheme", "clean_link"}),  # no scheme: a relative path
    ),
    "refdef": Place(
        lambda lab, x, r: f"{r.choice(P1)}[点击查看][1]。\n\n[1]: {x}",
        link=True,
        kinds=frozenset({"adscheme", "clean_link"}),  # no scheme: a relative path
    ),
    "autolink": Place(
        lambda lab, x, r: f"{r.choice(P1)}<{x}>", link=True, kinds=frozenset({"adscheme", "clean_link"})
    ),
    "tel": Place(
        lambda lab, x, r: f"{r.choice(P1)}[联系我们](tel:{x})", link=True, kinds=frozenset({"mobile"})
    ),
}  # fmt: skip
PLACES["tel-land"] = Place(
    lambda lab, x, r: f"{r.choice(P1)}[咨询电话](tel:{x})",
    link=True,
    kinds=frozenset({"clean_num"}),
)


def applicable(it: Item, place_name: str, form: str) -> bool:  # noqa: PLR0911 - one rule a line
    """Whether ``form`` of ``it`` makes sense at ``place_name`` (and what it shows is decided)."""
    place = PLACES[place_name]
    if place.kinds is not None and it.kind not in place.kinds:
        return False
    if place_name == "tel-land" and it.key != "c-land":
        return False
    if FORMS[form](it) is None:
        return False
    if place.link:  # a destination shows nothing to split: references and escapes work there
        return form in {"plain", "escape", *ENTITIES} and not (
            place_name == "autolink" and form != "plain"
        )
    if form in BREAKS and not place.breaks:
        return False
    if form in ENTITIES and (place.code or form == "codespan"):
        return False  # a code span or block prints a reference as written: see the decided cases
    code_like = place.code or form == "codespan"
    if it.ad and code_like and form not in {"plain", "codespan"}:
        return False  # an address with markup printed inside no longer reads as one
    if it.ad and place.code and form == "codespan":
        return False
    if it.ad and place_name in {"linktitle", "reftitle"} and form in SPLITS:
        return False  # a title prints emphasis: the address shown is broken
    if form == "escape" and code_like and it.kind in {"word", "clean_word"}:
        return False
    return not (form == "codespan" and place_name in {"linktitle", "reftitle", "alt"})


def expectation(it: Item, place_name: str, form: str) -> tuple[str, list[str] | str | None]:
    rules = ({it.rule} if it.rule else set()) | set(PLACES[place_name].extra)
    if it.ad and (form in BREAKS or place_name in {"linktitle", "reftitle"}):
        # (b) after the first run: a host split over two lines, or an address in a tooltip, is
        # no link the renderer makes; the reader is shown a host to type: ad.spelled_link; the
        # scheme's half (``https://s.click.``) is linkified, another host
        rules = {SPELLED}
        if it.kind == "adscheme" and form in BREAKS:
            rules.add(OTHER)
    if not rules:
        return "clean", None
    sev = {SEVERITY.get(r, "block") for r in rules}
    verdict = next(v for v in ("block", "warn", "fixed") if v in sev)
    ordered = sorted(rules)
    return verdict, ordered[0] if len(ordered) == 1 else ordered


def cell(it: Item, place_name: str, form: str, rng: random.Random) -> tuple[str, str, object, str]:
    formed = FORMS[form](it)
    assert formed is not None
    label = "" if PLACES[place_name].link else it.label
    text = PLACES[place_name].make(label, formed, rng)
    verdict, rule = expectation(it, place_name, form)
    shown = "goes to" if PLACES[place_name].link else "shows"
    note = (
        f"{it.key} ({it.kind}) at {place_name} in form {form}: the rendered post {shown} "
        f"{it.whole!r}; decided {verdict}"
    )
    return text, verdict, rule, note


# ---------------------------------------------------------------- decided one-offs


def decided(table: CaseTable) -> None:
    """Cases whose rendering is the question itself, each decided in its note."""
    rows: list[tuple[str, str, str, object, str]] = [
        ("refdef-unused", "详见通知全文。\n\n[1]: https://s.click.taobao.com/t?e=m%3D2", "fixed", LS,
         "a reference definition no reference uses: shown nowhere and linked nowhere, but it ships in the post; decided strip it (fixed)"),
        ("ref-collapsed", "请点击[优惠券][]领取。\n\n[优惠券]: https://u.jd.com/AbC234", "fixed", LS,
         "a collapsed reference link to an ad host: the words link there; stripped"),
        ("ref-shortcut", "请点击[优惠券]领取。\n\n[优惠券]: <https://u.jd.com/AbC234>", "fixed", LS,
         "a shortcut reference and an angle-bracket destination: the words link to the ad; stripped"),
        ("img-src-ad", "活动海报如下：\n\n![活动海报](https://u.jd.com/AbC234)", "fixed", LS,
         "an image whose src is an ad host: the picture loads from it; stripped with the image"),
        ("img-ref-ad", "活动海报如下：\n\n![活动海报][p]\n\n[p]: https://s.click.taobao.com/t?e=1", "fixed", LS,
         "a reference image whose definition is an ad host; stripped"),
        ("linktext-ad-gov", "[u.jd.com/AbC234](https://www.gov.cn/)", "fixed", LS,
         "the link's words show an ad address (a reader types it) although the link goes to gov.cn; decided strip the address shown"),
        ("linktext-gov-ad", "[https://www.gov.cn/](https://u.jd.com/AbC234)", "fixed", LS,
         "the words show gov.cn, the link goes to the ad: where a link GOES decides; stripped"),
        ("code-ent-internal", "`&#x5185;部资料`", "clean", None,
         "a code span prints the reference as written (`&#x5185;部资料`): no 内部资料 is shown; decided clean"),
        ("code-ent-mobile", "联系电话：`&#49;3812345678`", "clean", None,
         "a code span prints `&#49;3812345678`: ten digits after a reference, no mobile shown; decided clean"),
        ("fence-ent-mark", "```\n&#26426;&#23494;★10年\n```", "clean", None,
         "a fenced block prints the references as written; no 机密 shown; decided clean"),
        ("backslash-digit", "联系电话：1\\3812345678", "block", MOB,
         "`\\3` is no escape (a digit is not ASCII punctuation): the page shows 1\\3812345678, a mobile with a stray backslash; decided block"),
        ("escaped-backtick", "内部\\`资料\\`", "block", INT,
         "escaped backticks print as backticks: `内部`资料`` shows the words with marks between; block"),
        ("strike-whole", "~~内部资料~~，请勿外传。", "block", INT,
         "GFM strike-through still shows the words, struck; block"),
        ("html-block-code", "<pre>\n机密★10年\n</pre>", "block", MARK,
         "raw HTML <pre> shows its text; block"),
        ("setext-dash", "联系电话：13812345678\n---", "block", MOB,
         "a setext h2 underline after a mobile: a heading showing it; block"),
        ("hr-not-table", "138|1234|5678\n\n请来电咨询。", "block", MOB,
         "pipes with no delimiter row are no table: the page shows 138|1234|5678; decided block"),
        ("table-groups", "| 联系电话 | 138 | 1234 | 5678 |\n|---|---|---|---|", "block", MOB,
         "a header row's cells after a phone label hold a mobile's groups; block"),
        ("table-sep-clean", "| 序号 | 项目 | 金额（万元） |\n|:---:|---|---:|\n| 1 | 道路改造 | 1381 |\n| 2 | 绿化提升 | 1234 |",
         "clean", None, "table separators with alignment colons and small figures; clean"),
        ("list-numbers-clean", "1. 一是加强领导\n2. 二是压实责任\n3. 三是强化督查\n10. 十是总结", "clean", None,
         "list numbering 1. 2. 3. 10.; clean"),
        ("footnote-clean", "全区常住人口68.5万人[^1]。\n\n[^1]: 数据来源：区统计局，咨询电话0316-6898304。", "clean", None,
         "a footnote with a landline; clean"),
        ("autolink-mail-clean", "投稿邮箱：<tougao@gov.cn>", "clean", None, "a mail autolink to gov.cn; clean"),
        # found by the sweep and by hand during triage (not blind)
        ("br-newline", "内部<br>\n资料", "block", INT,
         "the HTML a hard break renders to (`<br>` then a newline): the page shows 内部 / 资料 over a line; block as `内部<br>资料` does"),
        ("quote-hard_sp", "> 内部  \n> 资料", "block", INT,
         "a quote's two lines with a two-space hard break; block as `> 内部⏎> 资料` does"),
        ("tab-newline", "内部\t\n资料", "block", INT,
         "a tab before the newline: trailing whitespace CommonMark strips, a soft break; block"),
        ("mark-bs-before-star", "机密\\\n★10年", "block", MARK,
         "a backslash hard break between 机密 and its star and period; block as `机密<br>★10年` does"),
        ("note-linktext-hard_bs", "请阅[（此件\\\n不公开）](https://www.gov.cn/)", "block", NOTE,
         "a 公开属性 note as a link's words with a backslash hard break; block"),
        ("table-pipe-escaped", "| 事项 | 内容 |\n|---|---|\n| 备注 | 138\\|1234\\|5678 |", "block", MOB,
         "escaped pipes in a cell show 138|1234|5678, one cell; block"),
        ("heading-wenhao-clean", "## 国办发〔2018〕123号\n\n现将有关事项通知如下。", "clean", None,
         "a 文号 as a heading; clean"),
    ]  # fmt: skip
    for id_, text, verdict, rule, note in rows:
        table.case(f"decided-{id_}", text, verdict, rule, note, xfail=xfail(f"decided-{id_}"))


# ---------------------------------------------------------------- the grid


RT = "red team 94: "
AD_KEYS = {"tb", "jd", "jds"}
WORD_KEYS = {"mark", "internal", "note"}
# The triage of the first run and the sweep: each failing pattern's reason.
REASONS: dict[str, str] = {
    "host-hard_bs": "documented (docs/compliance.md, limits): a host split by a line break, which "
    "no renderer joins, warns for each half as another host (`s.click.tao⏎bao.com`); a soft or a "
    "two-space break there is read as ad.spelled_link, a backslash hard break is not",
    "word-hard_break": RT + "a Markdown hard line break inside a marking word — two trailing "
    "spaces (`内部  ⏎资料`, `机  ⏎密★10年`) or a backslash (`内部\\⏎资料`) before the newline, "
    "and the HTML it renders to (`内部<br>⏎资料`), or a tab before it — shows the word over a "
    "line, which the docs join as `内部⏎资料` and `内部<br>资料` are, but it is not read",
    "code-entity": RT + "a code span or code block prints a character reference as written "
    "(`&#x5185;部资料` shows no 内部资料), but the fold decodes it there and blocks (a false "
    "finding)",
    "pipe-groups": RT + "`138|1234|5678` with no delimiter row is no GFM table: the page shows "
    "the mobile in pipe-separated groups, but with no label it is not read",
    "pipe-escaped": RT + "escaped pipes in a table cell (`| 备注 | 138\\|1234\\|5678 |`) are the "
    "cell's text, 138|1234|5678, but were read as cell borders",
}
# The patterns a fix has made pass (their cases' xfails removed): add a pattern here when a
# fix lands and regenerate; strict xfails fail the corpus test until then.
FIXED: frozenset[str] = frozenset({"word-hard_break", "host-hard_bs", "pipe-escaped"})
# The ids the first run (after the (b) corrections) found failing.
FAILING = frozenset({
    "tb-linktext-hard_bs", "jd-para-hard_bs", "jds-ordered-hard_bs", "jds-setext-hard_bs",
    "mark-setext-hard_sp", "mark-linktext-hard_sp", "mark-bold-hard_sp", "mark-bold-hard_bs",
    "internal-para-hard_sp", "internal-bold-hard_bs",
    "decided-code-ent-internal", "decided-code-ent-mobile", "decided-fence-ent-mark",
    "decided-hr-not-table", "decided-br-newline", "decided-quote-hard_sp", "decided-tab-newline",
    "decided-mark-bs-before-star", "decided-note-linktext-hard_bs", "decided-table-pipe-escaped",
})  # fmt: skip


def pattern(id_: str) -> str:
    """The failing pattern a case id belongs to."""
    if id_.startswith(("decided-code-ent", "decided-fence-ent")):
        return "code-entity"
    if id_ == "decided-hr-not-table":
        return "pipe-groups"
    if id_ == "decided-table-pipe-escaped":
        return "pipe-escaped"
    if id_.startswith("decided-"):
        return "word-hard_break"
    key = id_.split("-", maxsplit=1)[0]
    if key in AD_KEYS and id_.endswith("-hard_bs"):
        return "host-hard_bs"
    if key in WORD_KEYS and id_.endswith(("-hard_sp", "-hard_bs")):
        return "word-hard_break"
    raise AssertionError(f"no pattern for {id_}")


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    """The strict xfail of a case the triage found failing: its pattern's reason."""
    return still_failing(pattern(id_)) if id_ in FAILING else None


def grid(rng: random.Random, table: CaseTable) -> None:
    """Per (item, placement): plain and one other form; per (item, form): one placement."""
    seen: set[tuple[str, str, str]] = set()
    its = items(rng)
    combos: list[tuple[Item, str, str]] = []
    for it in its:
        for place_name in PLACES:
            forms = [f for f in FORMS if applicable(it, place_name, f)]
            if not forms:
                continue
            picks = ["plain"] if "plain" in forms else []
            others = [f for f in forms if f != "plain"]
            if others:
                picks.append(rng.choice(others))
            combos += [(it, place_name, f) for f in picks]
        for form in FORMS:
            places = [p for p in PLACES if applicable(it, p, form)]
            if places:
                combos.append((it, rng.choice(places), form))
    for it, place_name, form in combos:
        if (it.key, place_name, form) in seen:
            continue
        seen.add((it.key, place_name, form))
        text, verdict, rule, note = cell(it, place_name, form, rng)
        id_ = f"{it.key}-{place_name}-{form}"
        table.case(id_, text, verdict, rule, note, xfail=xfail(id_))


# ---------------------------------------------------------------- the sweep


def sweep(count: int, out: Path) -> None:
    """``count`` random cells through ``govpub.check``: misses and false findings by pattern."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(SEED * 1000 + count)
    totals: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    falses: Counter[str] = Counter()
    samples: dict[str, list[dict[str, object]]] = {}
    done = 0
    while done < count:
        its = items(rng)
        it = rng.choice(its)
        place_name = rng.choice(list(PLACES))
        form = rng.choice(list(FORMS))
        if not applicable(it, place_name, form):
            continue
        done += 1
        text, verdict, rule, _ = cell(it, place_name, form, rng)
        want = set() if rule is None else ({rule} if isinstance(rule, str) else set(rule))
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        got = {f.rule for f in result.findings}
        sevs = {f.severity for f in result.findings}
        got_verdict = next((v for v in ("block", "warn", "fixed") if v in sevs), "clean")
        key = f"{'hit' if it.rule else 'twin'}|{it.kind}|{place_name}|{form}"
        totals[key] += 1
        kind = None
        if want - got:
            kind, misses[key] = "miss", misses[key] + 1
        elif got - want or got_verdict != verdict:
            kind, falses[key] = "false", falses[key] + 1
        if kind and len(samples.setdefault(key, [])) < 3:
            samples[key].append(
                {
                    "kind": kind,
                    "text": text,
                    "want": sorted(want),
                    "got": sorted(got),
                    "verdict": got_verdict,
                }
            )
    sys.stdout.write(
        f"{count} cells: {sum(misses.values())} misses, {sum(falses.values())} false findings\n"
    )
    for name, counter in (("misses", misses), ("false findings", falses)):
        sys.stdout.write(f"{name} by (direction|kind|placement|form):\n")
        for key, n in counter.most_common():
            sys.stdout.write(f"  {n:5d} of {totals[key]:5d}  {key}\n")
    report = {
        "count": count,
        "totals": totals,
        "misses": misses,
        "false": falses,
        "samples": samples,
    }
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", type=int, default=0, help="run N random cells instead")
    parser.add_argument("--out", type=Path, default=Path("/tmp/redteam94_sweep.json"))
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.out)
        return
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    grid(rng, table)
    decided(table)
    header = "red-team pass 94 (blind): Markdown as CommonMark/GFM renders it; gen_redteam94.py regenerates it"
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
