"""Regenerate redteam79_blind_office_artefacts.yaml (red-team pass 79, written blind).

Editors paste from Word, WPS, PDF readers and e-mail, and those tools leave artefacts: soft
hyphens and line-end hyphenation, Word field codes (``HYPERLINK "…"``), autocorrect (curly
quotes, em dashes, arrows, ©, ½, a capitalised first letter, …, auto-numbering ``1）``),
no-break and typographic spaces and hyphens, PDF extraction (a line break every 30–45
characters, ligatures ``ﬁ ﬂ ﬀ``, ``(cid:123)`` garbage, a page header in a paragraph) and e-mail
quoting (``> `` line starts, quoted-printable ``=⏎`` and ``=E2=80=8B``, ``[cid:…]``,
``<mailto:…>``). Issue 12's forms and about 130 look-alikes that must stay clean each go through
a random stack of 1–3 of these (fixed seed). Where docs/compliance.md names a form a documented
limit (an unlabelled mobile or card read over a line break; a host split by a line break) the
expectation is what the docs say, and the note says so. Written before the checker or any other
family was read (issue 12, docs/compliance.md, the corpus README, ``case_table.py``,
``number_makers.py`` and ``gen_redteam71.py`` for layout only). Run from the repository root:
python tests/compliance/corpus/gen_redteam79.py
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, OTHER, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, luhn, no_mobile_inside, org_code, uscc

SEED = 79

PROSE = [
    "区政府召开专题会议，研究部署下一阶段重点工作。",
    "各街道、各部门要压实责任，确保各项措施落到实处。",
    "现将有关事项通知如下。",
    "请各单位结合实际认真贯彻执行。",
    "本次活动由区文明办、区教育局联合举办。",
    "会议强调，要坚持以人民为中心的发展思想。",
    "全区共完成老旧小区改造项目十二个。",
    "如有疑问，请在工作日与承办科室联系。",
]
SPACES = ["\u00a0", "\u2007", "\u202f", "\u2009", "\u3000"]
HYPHENS = ["\u2011", "\u2012", "\u2212"]
HEADERS = ["\n— 3 —\n", "\n- 3 -\n", "第 3 页 共 5 页", "\n第 3 页 共 5 页\n"]


@dataclass
class Seed:
    """One value of one kind, with what a check must say of it."""

    kind: str  # link, code, id, mobile, card, mark, internal, note, cnum, clink, prose
    value: str
    expect: str
    rule: object
    desc: str
    labels: list[str] = field(default_factory=list)
    groups: tuple[int, ...] = ()


NUMBER_KINDS = {"id", "mobile", "card", "cnum"}
LINK_KINDS = {"link", "clink"}
MARK_KINDS = {"mark", "internal", "note"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _fresh_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS[:-1]) + birth + _digits(rng, 3))


def _valid_id(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    month, day = int(number[10:12]), int(number[12:14])
    return 1 <= month <= 12 and 1 <= day <= 31 and id_number(number[:17]) == number


def _card(rng: random.Random, prefix: str, length: int) -> str:
    while True:
        number = luhn(prefix + _digits(rng, length - len(prefix) - 1))
        if no_mobile_inside(number) and not _valid_id(number):
            return number


def _isbn13(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return first12 + str(-total % 10)


# ----- seeds -------------------------------------------------------------------------------


def must_seeds(rng: random.Random) -> list[Seed]:
    """Issue 12's forms: ad links, 淘口令, personal data, markings and notes."""
    tails = ["A6fiXk2", "ffQ2mZ8", "Kp3flWq", "Hx7ffiB", "9QwErT5", "Zq8LmN2"]
    links = [
        "s.click.taobao.com/t?e=m%3D2%26s%3DAbC",
        f"u.jd.com/{tails[0]}",
        f"t.cn/{tails[1]}",
        f"dwz.cn/{tails[2]}",
        f"https://u.jd.com/{tails[3]}",
        f"https://t.cn/{tails[4]}",
        f"https:/t.cn/{tails[5]}",
        "m.tb.cn/h.fiXk2Q",
        "uland.taobao.com/coupon/edetail?e=ffAb12",
        "https://s.click.taobao.com/t?e=Kp3fl",
    ]
    labels = ["详见", "报名网址：", "链接：", "报名网址:", "点击领取"]
    seeds = [Seed("link", v, "fixed", LS, f"link {v[:24]}", labels) for v in links]
    codes = ["￥AbCd1234XyZ￥", "「VAQz99KzQVD」", "《Kp3mZx82QwE《", "€g1IVbaMXxxK€"]
    seeds += [Seed("code", f"{c}复制后打开淘宝", "block", SC, f"share code {c[0]}") for c in codes]
    id_labels = ["身份证号：", "身份证号码：", "公民身份号码："]
    for n in ["310104198511223688", _fresh_id(rng), _fresh_id(rng)]:
        seeds.append(Seed("id", n, "block", IDN, "id", id_labels, (6, 8, 4)))
    mob_labels = ["联系电话：", "手机：", "联系人手机："]
    for m in ["13812345678", "1" + rng.choice("3456789") + _digits(rng, 9)]:
        seeds.append(Seed("mobile", m, "block", MOB, "mobile", mob_labels, (3, 4, 4)))
    card_labels = ["卡号：", "银行卡号：", "收款卡号："]
    for name, prefix, length in [("unionpay16", "62", 16), ("unionpay19", "622", 19),
                                 ("visa", "4", 16), ("mastercard", "53", 16)]:  # fmt: skip
        seeds.append(
            Seed(
                "card",
                _card(rng, prefix, length),
                "block",
                CARD,
                f"card {name}",
                card_labels,
                (4, 4, 4, 4, 4),  # 4-4-4-4 and a last group of 3 for 19 digits
            )
        )
    seeds += [
        Seed("mark", m, "block", MARK, f"mark {m}")
        for m in ["机密★", "机密★10年", "秘密★3年", "绝密★永久", "機密★5年"]
    ]
    seeds += [Seed("internal", m, "block", INT, f"internal {m}") for m in ["内部资料", "內部資料"]]
    seeds += [
        Seed("note", m, "block", NOTE, f"note {m}") for m in ["（此件不公开）", "（此件不予公开）"]
    ]
    return seeds


def clean_seeds(rng: random.Random) -> list[Seed]:
    """Look-alikes that must stay clean."""
    seeds = []
    for prefix in [
        "51",
        "52",
        "53",
    ]:  # all-digit codes of 社会团体, 民办非企业, 基金会 passing Luhn
        while True:
            code = uscc(prefix + rng.choice(DIVISIONS) + _digits(rng, 9))
            if code.isdigit() and luhn(code[:-1]) == code and not _valid_id(code):
                break
        seeds.append(Seed("cnum", code, "clean", None, f"uscc {prefix} luhn",
                          ["统一社会信用代码：", "登记证号："], (2, 6, 9, 1)))  # fmt: skip
    code = uscc("91" + rng.choice(DIVISIONS) + "MA" + "1K2L3M4")
    seeds.append(
        Seed("cnum", code, "clean", None, "uscc 91 MA", ["统一社会信用代码："], (4, 4, 4, 4))
    )
    oc = org_code(_digits(rng, 8))
    seeds.append(Seed("cnum", oc[:8] + "-" + oc[8], "clean", None, "org code", ["组织机构代码："]))
    plain = [
        ("landline", ["010-63099999", "021-63211234", "0755-88881234"], ["咨询电话：", "联系电话："]),
        ("hotline", ["12345"], ["请拨打", "市民服务热线"]),
        ("date", ["2024年3月1日", "2025-06-30"], ["发布日期：", "成文日期："]),
        ("amount", ["1,234,567.89元", "3856.20万元"], ["合计金额：", "预算金额："]),
        ("isbn", ["ISBN " + "-".join(["978", "7", "01", "023456", _isbn13("978701023456")[-1]])],
         ["书号："]),
        ("postcode", ["200003", "100017"], ["邮政编码：", "邮编："]),
        ("version", ["V3.2.1", "2.10.5"], ["版本号：", "软件版本："]),
        ("docno", ["国办发〔2018〕123号", "沪府规〔2024〕5号"], ["依据", "文号："]),
    ]  # fmt: skip
    for desc, values, labels in plain:
        seeds += [Seed("cnum", v, "clean", None, desc, labels) for v in values]
    links = [
        "https://www.gov.cn/zhengce/content/2024-01/05/content_6924218.htm",
        "www.gov.cn/xinwen/index.htm",
        "http://www.sh.gov.cn/nw12344/index.html",
        "https://finance.sh.gov.cn/office/fiscal.html",
    ]
    seeds += [Seed("clink", v, "clean", None, "gov.cn link", ["详见", "原文链接："]) for v in links]
    prose = [
        "严格遵守保守国家机密的规定",
        "健全内部控制制度",
        "加强机关内部管理",
        "不得泄露国家机密和工作中知悉的个人信息",
        "内部审计发现的问题已整改",
    ]
    seeds += [Seed("prose", p, "clean", None, f"prose {p[:6]}") for p in prose]
    return seeds


# ----- artefacts ---------------------------------------------------------------------------
# Each works on a Case under construction: the value (with its label) and the text around it.


@dataclass
class Build:
    seed: Seed
    value: str
    label: str
    before: str  # prose before the (label+)value
    after: str  # prose after it
    expect: str
    rule: object
    notes: list[str] = field(default_factory=list)
    quoted: bool = False  # e-mail quoting, applied last
    pdf: bool = False  # PDF line breaks, applied last but one
    qp_break: bool = False


def _host_span(value: str) -> tuple[int, int]:
    scheme = re.match(r"[A-Za-z]+:/*", value)
    start = scheme.end() if scheme else 0
    end = value.find("/", start)
    return start, (len(value) if end < 0 else end)


def _group_cuts(seed: Seed, value: str) -> list[int]:
    """Positions between the natural groups of a number (in ``value``'s characters)."""
    digits = [i for i, c in enumerate(value) if c.isdigit() or c in "Xx"]
    cuts, total = [], 0
    for g in seed.groups[:-1]:
        total += g
        if total < len(digits) and value[digits[total] - 1].isdigit():
            cuts.append(digits[total])
    return cuts


def _insert(value: str, pos: int, text: str) -> str:
    return value[:pos] + text + value[pos:]


def _is_form(kind: str, digits: str) -> bool:
    """Whether ``digits`` (a piece left whole on one line) is a mobile or a card by itself."""
    if kind == "mobile":
        return re.fullmatch(r"1[3-9]\d{9}", digits) is not None
    networks = [(r"62", range(16, 20)), (r"4", (13, 16, 19)), (r"5[1-5]", (16,))]
    return luhn(digits[:-1]) == digits and any(
        re.match(prefix, digits) and len(digits) in lengths for prefix, lengths in networks
    )


def _unlabelled_break(b: Build, what: str, breaks: list[int] = ()) -> None:
    """A mobile or card over a line break without a label: docs say it is not read — unless
    a piece on one line is such a number by itself (first run: hit-212, whose first 16 of 19
    digits are a UnionPay card passing Luhn)."""
    pieces = re.split(r"\n", b.value) if not breaks else _split_at(b.value, breaks)
    whole = ["".join(c for c in piece if c.isdigit()) for piece in pieces]
    if any(_is_form(b.seed.kind, d[:n]) for d in whole for n in range(11, len(d) + 1)):
        b.notes.append(f"{what}: a piece on one line is a {b.seed.kind} by itself")
        return
    if b.seed.kind in {"mobile", "card"} and not b.label:
        b.expect, b.rule = "clean", None
        b.notes.append(
            f"{what} inside an unlabelled number: documented limit, docs read a number over a "
            "break only after a label (expect clean as the docs say)"
        )


def _split_at(value: str, positions: list[int]) -> list[str]:
    cuts = [0, *positions, len(value)]
    return [value[a:c] for a, c in itertools.pairwise(cuts)]


def a_soft_hyphen(b: Build, rng: random.Random) -> None:
    """U+00AD at one to three places inside the value (a host's or path's letters for links)."""
    v = b.value
    if b.seed.kind in LINK_KINDS:
        start, _ = _host_span(v)
        spots = list(range(start + 1, len(v)))
    elif b.seed.kind in MARK_KINDS | {"prose"}:
        spots = [i for i in range(1, len(v)) if "\u4e00" <= v[i - 1] <= "\u9fff"]
    else:
        spots = list(range(1, len(v)))
    for pos in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
        v = _insert(v, pos, "\u00ad")
    b.value = v


def a_hyphenation(b: Build, rng: random.Random) -> None:
    """A line-end hyphenation ``-⏎`` or ``‐⏎`` inside a number (between its groups), a
    link's path, or a taobao host (docs: a host split by a line break warns for each half)."""
    mark = rng.choice(["-\n", "\u2010\n"])
    v, kind = b.value, b.seed.kind
    if kind in {"id", "mobile", "card"}:
        pos = rng.choice(_group_cuts(b.seed, v))
        b.value = _insert(v, pos, mark)
        _unlabelled_break(b, "hyphenation")
    elif kind == "cnum":
        digits = [i for i in range(1, len(v)) if v[i - 1].isdigit() and v[i].isdigit()]
        if digits:
            b.value = _insert(v, rng.choice(digits), mark)
    elif kind in LINK_KINDS:
        start, end = _host_span(v)
        if kind == "link" and "taobao" in v[start:end] and rng.random() < 0.5:
            pos = v.index("taobao") + 3
            b.value = _insert(v, pos, mark)
            b.expect, b.rule = "warn", OTHER
            b.notes.append(
                "hyphenation inside the host: documented limit, docs say a host split by a "
                "line break warns for each half as another host (bao.com…)"
            )
        else:
            spots = [i for i in range(end + 2, len(v)) if v[i - 1].isalnum() and v[i].isalnum()]
            if spots:
                b.value = _insert(v, rng.choice(spots), mark)
    # markings and codes: no hyphenation (Chinese is not hyphenated)


def a_field_code(b: Build, rng: random.Random) -> None:
    """Word's field code copied as text: ``HYPERLINK "…"``, ``{ HYPERLINK "…" \\o "tip" }``,
    or (other kinds) a ``HYPERLINK \\l "_Toc1"`` anchor beside the value."""
    if b.seed.kind in LINK_KINDS:
        url = b.value if re.match(r"[A-Za-z]+:", b.value) else "http://" + b.value
        form = rng.choice([
            'HYPERLINK "{}" 点击查看',
            '{{ HYPERLINK "{}" \\o "点击报名" }}',
            ' HYPERLINK "{}" \\t "_blank" ',
        ])  # fmt: skip
        b.value = form.format(url)
    else:
        b.before = b.before + 'HYPERLINK \\l "_Toc12345" '


def a_autocorrect(b: Build, rng: random.Random) -> None:
    """Word/WPS autocorrect: curly quotes round the value, — for --, → for ->, © for (c),
    ½ for 1/2, a capitalised first letter, … for ..., auto-numbering 1）."""
    kind = b.seed.kind
    options = ["dash", "arrow", "copyright", "half", "ellipsis", "numbering"]
    if kind in {"link", "clink", "code", "id", "mobile", "card", "cnum"}:
        options += ["quotes", "quotes"]
    if kind in LINK_KINDS:
        options += ["capital", "capital"]
    form = rng.choice(options)
    if form == "quotes":
        b.value = rng.choice(["“{}”", "‘{}’"]).format(b.value)
    elif form == "capital":
        b.value = b.value[0].upper() + b.value[1:]
    elif form == "dash":
        b.before = b.before.replace("，", "—", 1) if "，" in b.before else b.before + "——"
    elif form == "arrow":
        b.label = (b.label or "") + "→"
        if kind in MARK_KINDS:
            b.label = ""
            b.before = b.before + "→"
    elif form == "copyright":
        b.after = b.after + "©2024 区政府办公室"
    elif form == "half":
        b.after = b.after + "完成率约½。"
    elif form == "ellipsis":
        b.after = "…" + b.after
    elif form == "numbering":
        b.before = "1）" + b.before
    b.notes.append(f"autocorrect {form}")


def a_spaces(b: Build, rng: random.Random) -> None:
    """No-break and typographic spaces or hyphens between a number's groups, between a
    marking's characters, or after the label (links, codes)."""
    kind = b.seed.kind
    char = rng.choice(SPACES + (HYPHENS if kind not in LINK_KINDS | {"code"} else []))
    if kind in {"id", "mobile", "card"}:
        v = b.value
        for pos in sorted(_group_cuts(b.seed, v), reverse=True):
            v = _insert(v, pos, char)
        b.value = v
    elif kind in MARK_KINDS or kind == "prose":
        v = b.value
        spots = [i for i in range(1, len(v)) if "\u4e00" <= v[i - 1] <= "\u9fff"
                 and "\u4e00" <= v[i] <= "\u9fff"]  # fmt: skip
        if kind == "prose":
            spots = spots[:1]
        for pos in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 3))), reverse=True):
            v = _insert(v, pos, char)
        b.value = v
    elif kind == "cnum" and "-" in b.value and b.seed.desc in {"landline", "date", "org code"}:
        b.value = b.value.replace("-", rng.choice(HYPHENS))
    else:
        char = rng.choice(SPACES)
        b.label = (b.label or "") + char
    b.notes.append(f"char U+{ord(char):04X}")


def a_pdf(b: Build, rng: random.Random) -> None:
    """PDF extraction: a line break every 30–45 characters (applied when the text is put
    together; see ``_pdf_wrap``)."""
    b.pdf = True


def a_ligature(b: Build, rng: random.Random) -> None:
    """PDF ligatures ﬁ ﬂ ﬀ for fi fl ff (in a value that has them, else in an English word
    beside it: ``（见附件 ﬁnal.pdf）``)."""
    v = b.value
    if re.search("fi|fl|ff", v):
        b.value = v.replace("ffi", "ﬃ").replace("fi", "ﬁ").replace("fl", "ﬂ").replace("ff", "ﬀ")
    else:
        b.after = b.after + "（英文稿见附件 Oﬃcial ﬁle）"


def a_cid(b: Build, rng: random.Random) -> None:
    """``(cid:123)`` garbage of a PDF's unmapped glyph right before or after the value."""
    garbage = f"(cid:{rng.randint(3, 999)})"
    if rng.random() < 0.5:
        b.after = garbage + b.after
    else:
        b.label = (b.label or "") + garbage


def a_header(b: Build, rng: random.Random) -> None:
    """A repeated page header or number dropped between two sentences of the paragraph."""
    header = rng.choice(HEADERS)
    if rng.random() < 0.5 and "。" in b.before:
        i = b.before.index("。") + 1
        b.before = b.before[:i] + header + b.before[i:]
    else:
        b.after = b.after + header + rng.choice(PROSE)


def a_email(b: Build, rng: random.Random) -> None:
    """E-mail artefacts: ``> `` at every line start, a quoted-printable ``=⏎`` soft break and
    a ``=E2=80=8B`` escape left in, ``[cid:image001.png@01D9…]``, ``<mailto:…>``."""
    forms = rng.sample(["quote", "qp", "escape", "cidimg", "mailto"], rng.randint(1, 2))
    for form in forms:
        if form == "quote":
            b.quoted = True
        elif form == "qp":
            b.qp_break = True
        elif form == "escape":
            b.after = "=E2=80=8B" + b.after
        elif form == "cidimg":
            b.after = b.after + "[cid:image001.png@01D9A1B2.C3D4E5F0]"
        elif form == "mailto":
            b.after = b.after + "来信请寄 bgs@sh.gov.cn <mailto:bgs@sh.gov.cn>。"
    b.notes.append("email " + "+".join(sorted(forms)))


ARTEFACTS = {
    "soft_hyphen": a_soft_hyphen,
    "hyphenation": a_hyphenation,
    "field_code": a_field_code,
    "autocorrect": a_autocorrect,
    "spaces": a_spaces,
    "pdf": a_pdf,
    "ligature": a_ligature,
    "cid": a_cid,
    "header": a_header,
    "email": a_email,
}
ORDER = list(ARTEFACTS)


def applicable(seed: Seed) -> list[str]:
    names = list(ARTEFACTS)
    if seed.kind in MARK_KINDS | {"code", "prose"}:
        names.remove("hyphenation")
    if seed.kind == "cnum" and not re.search(r"\d\d", seed.value):
        names.remove("hyphenation")
    return names


def _protected(b: Build, text: str, start: int) -> list[tuple[int, int]]:
    """Spans of ``text`` no PDF break may fall in: the label, a share code, a link's host,
    and everything but between two ideographs of a marking or note (``start`` is where the
    label+value begins)."""
    label = b.label or ""
    spans = [(start, start + len(label) + 1)]
    vstart = start + len(label)
    v = b.value
    kind = b.seed.kind
    if kind == "code":
        spans.append((vstart, vstart + len(v) + 1))
    elif kind in LINK_KINDS:
        m = re.search(r"(?:[A-Za-z]+:/*)?[\w\u00ad.-]+", v[v.find('"') + 1 :] if '"' in v else v)
        off = v.find('"') + 1 if '"' in v else 0
        if m:
            spans.append((vstart + off, vstart + off + m.end() + 1))
    elif kind in MARK_KINDS:
        for i in range(len(v) + 1):
            prev = v[i - 1] if i > 0 else ""
            cur = v[i] if i < len(v) else ""
            if not ("\u4e00" <= prev <= "\u9fff" and "\u4e00" <= cur <= "\u9fff"):
                spans.append((vstart + i, vstart + i + 1))
    elif kind in {"id", "mobile", "card"}:
        spans.append((vstart + len(v), vstart + len(v) + 1))
    elif kind == "cnum":
        spans.append((vstart, vstart + len(v) + 1))  # a look-alike kept whole: clean anyway
    # ASCII runs outside the value (an address, a mail address, cid garbage) are kept whole
    ascii_runs = r"[\x21-\x7e\ufb00-\ufb06]+(?: [\x21-\x7e\ufb00-\ufb06]+)*"
    spans.extend(
        (m.start(), m.end() + 1)
        for m in re.finditer(ascii_runs, text)
        if m.end() <= vstart or m.start() >= vstart + len(v)
    )
    return spans


def _pdf_wrap(b: Build, text: str, start: int, rng: random.Random) -> str:
    """A line break every 30–45 characters, moved forward out of protected spans."""
    spans = _protected(b, text, start)
    vstart, vend = start + len(b.label or ""), start + len(b.label or "") + len(b.value)
    breaks, pos = [], 0
    while True:
        pos += rng.randint(30, 45)
        while pos < len(text) and (
            any(s <= pos < e for s, e in spans) or "\n" in (text[pos - 1], text[pos])
        ):
            pos += 1
        if pos >= len(text):
            break
        breaks.append(pos)
    inside = [p for p in breaks if vstart < p < vend]
    if inside:
        b.notes.append("PDF break inside the value")
        if b.seed.kind in {"id", "mobile", "card"}:
            _unlabelled_break(b, "PDF line break", [p - vstart for p in inside])
    for p in reversed(breaks):
        text = text[:p] + "\n" + text[p:]
    return text


def render(seed: Seed, stack: list[str], case_seed: int) -> tuple[Build, str]:
    rng = random.Random(f"{case_seed}:place")
    sentences = rng.sample(PROSE, rng.randint(1, 3))
    label = rng.choice(seed.labels) if seed.labels and rng.random() < 0.7 else ""
    if seed.kind in {"mobile", "card"} and "pdf" in stack and rng.random() < 0.5:
        label = ""
    if seed.kind in {"mark", "internal"}:
        before, after = "", "\n" + "".join(sentences)
    elif seed.kind == "note":
        before, after = "".join(sentences) + "\n", ""
    else:
        where = rng.choice(["start", "middle", "end"])
        if where == "start":
            before, after = "", "。" + "".join(sentences)
        elif where == "end":
            before, after = "".join(sentences), "。"
        else:
            before, after = sentences[0], "。" + "".join(sentences[1:])
    b = Build(seed, seed.value, label, before, after, seed.expect, seed.rule)
    for name in sorted(stack, key=ORDER.index):
        ARTEFACTS[name](b, random.Random(f"{case_seed}:{name}"))
    start = len(b.before)
    text = b.before + (b.label or "") + b.value + b.after
    if b.pdf:
        text = _pdf_wrap(b, text, start, random.Random(f"{case_seed}:wrap"))
    if b.qp_break:
        # a soft break in the prose after the value (never inside it)
        tail_start = text.find(b.value) + len(b.value) if b.value in text else len(text)
        spots = [i for i in range(tail_start + 2, len(text)) if "\u4e00" <= text[i] <= "\u9fff"]
        if spots:
            p = rng.choice(spots)
            text = text[:p] + "=\n" + text[p:]
    if b.quoted:
        text = "\n".join("> " + line for line in text.split("\n"))
    return b, text


def draw(rng: random.Random, seeds: list[Seed], count: int, prefix: str, table: CaseTable) -> None:
    for n in range(count):
        seed = seeds[n % len(seeds)]
        names = applicable(seed)
        stack = rng.sample(names, rng.randint(1, 3))
        case_seed = rng.randrange(10**9)
        b, text = render(seed, stack, case_seed)
        note = f"seed={seed.desc}; stack={'+'.join(sorted(stack))}; case_seed={case_seed}" + (
            f"; {'; '.join(b.notes)}" if b.notes else ""
        )
        id_ = f"{prefix}-{n:03d}"
        note += f"; {FIXED[id_]}" if id_ in FIXED else ""
        table.case(id_, text, b.expect, b.rule, note, xfail=XFAIL.get(id_))


# ----- wave 2 --------------------------------------------------------------------------
# Added after the first run (3 of 370 failed, all a ``(cid:N)`` between a card's label and
# its number): the artefacts the random stacks kept outside the forms, put inside them one at
# a time — a quoted-printable ``=⏎`` soft break (QP breaks lines at 76 characters whatever
# they cut), a ``=E2=80=8B`` escape and ``(cid:N)`` right before the number or inside a
# marking, a ``第 3 页 共 5 页`` footer between a number's groups. Written from black-box
# calls of ``check`` only, before any govpub code was read.


def probe_cases(table: CaseTable) -> None:
    card = luhn("622202123456789")
    idn = "310104198511223688"
    rows = [
        ("qp-mobile", "联系电话：138123=\n45678。请于工作日联系。", "block", MOB,
         "a QP soft break inside a labelled mobile"),
        ("qp-mobile-groups", "联系电话：138 1234=\n 5678。", "block", MOB,
         "a QP soft break between a labelled mobile's groups"),
        ("qp-id", f"身份证号：{idn[:6]}=\n{idn[6:]}。", "block", IDN,
         "a QP soft break inside a checked ID number"),
        ("qp-card", f"银行卡号：{card[:9]}=\n{card[9:]}。", "block", CARD,
         "a QP soft break inside a labelled UnionPay card"),
        ("qp-host-tcn", "报名网址：t.c=\nn/A6xK2，先到先得。", "fixed", LS,
         "a QP soft break inside a short host"),
        ("qp-host-jd", "详见https://u.jd=\n.com/A6xK2。", "fixed", LS,
         "a QP soft break before a host's last dot"),
        ("qp-path-tcn", "详见t.cn/A6=\nxK2。", "fixed", LS,
         "a QP soft break in a short link's path: the host is whole"),
        ("qp-mark", "机=\n密★10年\n区政府召开专题会议。", "block", MARK,
         "a QP soft break between a 密级's two characters"),
        ("qp-mark-period", "机密★10=\n年\n区政府召开专题会议。", "block", MARK,
         "a QP soft break inside the 保密期限"),
        ("qp-internal", "内部=\n资料\n区政府召开专题会议。", "block", INT,
         "a QP soft break inside 内部资料 on its line"),
        ("qp-note", "请各单位认真贯彻执行。\n（此件不=\n公开）", "block", NOTE,
         "a QP soft break inside the 公开属性 note"),
        ("escape-mobile", "手机：=E2=80=8B13812345678。", "block", MOB,
         "a QP escape of U+200B left between the label and a mobile"),
        ("escape-id", f"身份证号：=E2=80=8B{idn}。", "block", IDN,
         "a QP escape of U+200B left before a checked ID number"),
        ("escape-card", f"银行卡号：=E2=80=8B{card}。", "block", CARD,
         "a QP escape of U+200B left before a labelled card"),
        ("escape-link", "详见=E2=80=8Bt.cn/A6xK2。", "fixed", LS,
         "a QP escape of U+200B glued before a short link: the label `8Bt` joins the host, "
         "which a linkifier opens as 8bt.cn, another host (first run: expected fixed, wrong; "
         "was warn link.other_host until fix 98 read the escape as the U+200B it encodes, "
         "which the fold drops: t.cn/A6xK2, an ad link)"),
        ("footer-mobile", "联系电话：138 1234\n第 3 页 共 5 页\n5678。", "block", MOB,
         "a PDF's 第 N 页 共 M 页 footer between a labelled mobile's groups"),
        ("footer-id", f"身份证号：{idn[:6]} {idn[6:14]}\n第 3 页 共 5 页\n{idn[14:]}。", "block",
         IDN, "a PDF's page footer between a checked ID number's groups"),
        ("footer-dash-mobile", "联系电话：138 1234\n— 3 —\n5678。", "block", MOB,
         "the GB/T 9704 page number between a labelled mobile's groups (documented as read)"),
        ("cid-mobile-break", "手机：(cid:45)138\n1234 5678。", "block", MOB,
         "(cid:N) between a mobile's label and the number, which a PDF line break cuts"),
        ("cid-card-break", f"卡号：(cid:87){card[:8]}\n{card[8:]}。", "block", CARD,
         "(cid:N) between a card's label and the number, which a PDF line break cuts"),
        ("cid-card-irregular", "卡号：(cid:15)6225 0253 4508 2898096。", "block", CARD,
         "(cid:N) between a card's label and a 19-digit card in 4-4-4-7, a grouping read only "
         "after a label (first run: hit-020, which the generator's grouping bug made so)"),
        ("cid-mark", "机(cid:3)密★10年\n区政府召开专题会议。", "block", MARK,
         "(cid:N) for an unmapped glyph between a 密级's two characters"),
        ("cid-internal", "内部(cid:3)资料\n区政府召开专题会议。", "block", INT,
         "(cid:N) inside 内部资料 on its line"),
        ("cid-note", "请各单位认真贯彻执行。\n（此件不(cid:3)公开）", "block", NOTE,
         "(cid:N) inside the 公开属性 note"),
        ("hyphen-host", "详见t.c-\nn/A6xK2。", "fixed", LS,
         "a line-end hyphenation inside a short host"),
        ("softhyphen-mobile", "手机：138\u00ad1234\u00ad5678。", "block", MOB,
         "soft hyphens between a mobile's groups"),
        ("numbering-mobile", "1）13812345678，请于工作日联系。", "block", MOB,
         "Word's auto-numbering 1） glued before an unlabelled mobile"),
    ]  # fmt: skip
    for id_, text, expect, rule, note in rows:
        pid = f"probe-{id_}"
        said = f"wave 2: {note}" + (f"; {FIXED[pid]}" if pid in FIXED else "")
        table.case(pid, text, expect, rule, said, xfail=XFAIL.get(pid))
    cleans = [
        ("footer-two-numbers", "咨询电话：010-63099999\n第 3 页 共 5 页\n2025年6月30日起施行。",
         "a page footer between a landline and a date"),
        ("qp-govlink", "详见https://www.gov.cn/zhengce/con=\ntent/2024.htm。",
         "a QP soft break in a gov.cn link's path"),
        ("escape-uscc", "统一社会信用代码：=E2=80=8B" + uscc("51310115MJ4936817"),
         "a QP escape before a 统一社会信用代码"),
        ("cid-docno", "依据国办发〔2018〕(cid:12)123号文件精神执行。",
         "(cid:N) inside a 文号"),
        ("qp-prose-secret", "严格遵守保守国家机=\n密的规定。", "a QP soft break in 机密 in prose"),
        ("footer-postcode", "邮政编码：200003\n第 3 页 共 5 页\n联系电话：021-63211234",
         "a page footer between a 邮政编码 and a landline"),
    ]  # fmt: skip
    for id_, text, note in cleans:
        table.case(f"probe-{id_}", text, "clean", None, f"wave 2: {note}")


# The first run's failures and wave 2's, with why (strict xfails; the report lists them).
_CID_LABEL = (
    "red team 79: a PDF's (cid:N) placeholder between a number's label and the number hides "
    "the label from the over-lines reading (only brackets and quotes may stand between, "
    "personal/labels.py _LINES_LABEL), so a labelled number cut by a line break is not read"
)
_QP_NUMBER = (
    "red team 79: a quoted-printable soft break `=⏎` inside a number is no separator the "
    "grouping reads (docs list spaces, dashes, dots, slashes, brackets, one line break)"
)
_QP_MARK = (
    "red team 79: a quoted-printable soft break `=⏎` inside a marking or note is not closed up "
    "(a line break alone is; docs' two-separator limit, `内部··资料`, arguably covers it)"
)
_ESCAPE = (
    "red team 79: a quoted-printable escape `=E2=80=8B` glued before a number after its label "
    "hides it (`8B` + digits is read as a code; docs say a code glued to a checked ID blocks)"
)
_FOOTER = (
    "red team 79: a PDF page footer `第 3 页 共 5 页` between a number's groups is no page break "
    "the reading joins over (docs name only a page number alone on its line, `— 3 —`, `- 3 -`)"
)
_CID_INSIDE = (
    "red team 79: a PDF's (cid:N) placeholder inside a marking or note is not closed up "
    "(emoji, U+FFFC and emoticon codes are; an ASCII run is not)"
)
_HOST_SPLIT = (
    "documented limit: a host split by a line break is not joined, no renderer joins it "
    "(docs/compliance.md, 'Also not caught, by decision'); a QP `=` or a hyphen before the "
    "break changes nothing"
)
XFAIL: dict[str, str] = {
    "probe-hyphen-host": _HOST_SPLIT,
}  # fmt: skip
# The xfails fix 98 fixed (each case's note says so, and how): the artefacts are read as their
# tools meant them before the fold (govpub/compliance/folding/artefacts.py) — (cid:N) as the
# placeholder U+FFFC, a QP soft break joined, a QP escape as the character it encodes — and a
# page footer 第 3 页 共 5 页 on a line of its own is a page break, as "— 3 —" is (grouping.py).
_FIXED_CID = "fixed by fix 98: (cid:N) is read as U+FFFC, a picture's placeholder"
_FIXED_QP = "fixed by fix 98: a QP soft break `=⏎` is joined, as the decoder joins it"
_FIXED_ESCAPE = (
    "fixed by fix 98: a QP escape of one UTF-8 character is that character (U+200B: dropped)"
)
_FIXED_FOOTER = "fixed by fix 98: a footer line 第 N 页 共 M 页 is a page break, as — N — is"
_FIXED_HOST = (
    "fixed by fix 98: the QP soft break is joined as the decoder joins it, the host is whole"
)
_WAS = [
    (["hit-149", "hit-213", "probe-cid-mobile-break", "probe-cid-card-break",
      "probe-cid-card-irregular"], _FIXED_CID, _CID_LABEL),
    (["probe-cid-mark", "probe-cid-internal", "probe-cid-note"], _FIXED_CID, _CID_INSIDE),
    (["probe-qp-mobile", "probe-qp-mobile-groups", "probe-qp-id", "probe-qp-card"], _FIXED_QP,
     _QP_NUMBER),
    (["probe-qp-mark", "probe-qp-internal", "probe-qp-note"], _FIXED_QP, _QP_MARK),
    (["probe-escape-mobile", "probe-escape-id", "probe-escape-card"], _FIXED_ESCAPE, _ESCAPE),
    (["probe-footer-mobile", "probe-footer-id"], _FIXED_FOOTER, _FOOTER),
    (["probe-qp-host-tcn", "probe-qp-host-jd"], _FIXED_HOST, _HOST_SPLIT),
]  # fmt: skip
FIXED: dict[str, str] = {
    id_: f"{fixed} (was xfail: {was})" for ids, fixed, was in _WAS for id_ in ids
}


def main() -> None:
    rng = random.Random(SEED)
    table = CaseTable("redteam79_blind_office_artefacts")
    must = must_seeds(rng)
    clean = clean_seeds(rng)
    draw(rng, must, 240, "hit", table)
    draw(rng, clean, 130, "clean", table)
    probe_cases(table)
    header = (
        "red-team pass 79 (blind): office-suite, PDF and e-mail artefacts stacked at random; "
        "gen_redteam79.py regenerates it"
    )
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
