"""Regenerate redteam89_blind_issue_draw5.yaml (red-team pass 89, written blind).

A fifth draw of issue 12's hidden set, built as a GRID the way a careful test writer builds a
hidden set: every form the issue names (the six ad-link forms, a zero-width character inside a
host, ``报名网址:t.cn/…``, ``https:/t.cn/…``, the 淘口令 in ``「」`` and ``《《``, the hyphen-grouped
ID number, the mobile with full-width hyphens, ``机密＊10年``, ``（此件不公开）``/``（此件不予公开）``,
spaced ``内 部 资 料``, ``機密★``/``內部資料`` and the all-digit 51–53 统一社会信用代码 that pass
Luhn), each beside its look-alike twin that must stay clean in the same place (a gov.cn host in
the same obfuscation where docs/compliance.md calls that clean, 机密/内部 in prose, 依法不予公开的
情形, an 18-digit number failing the ID check, a landline, a valid 统一社会信用代码 of the same
prefix, 《书名》《书名》), crossed with (1) position — first or last characters of the body, alone
on a line, after a CJK comma mid-sentence, after an ASCII colon, semicolon or closing bracket, a
Markdown list item, blockquote, table cell, heading, bold, italic, a Markdown link's text or
target, an HTML attribute; (2) field — title or body; (3) a neighbour on the same line — a gov.cn
link, a date, a 文号, a landline, a price, the 12345 hotline, a second copy of the form; (4) one
extra transform of the issue's first bullet at a time — full width, ``。｡．`` dots, U+200B/U+2060/
U+FEFF/U+00AD, case. Written before the checker or any other family was read (issue 12,
docs/compliance.md, the corpus README, ``case_table.py``, ``number_makers.py``, ``gen_redteam71.py``
and the ``--sweep`` layout of ``gen_redteam85.py`` only). Fixed seed; run from the repository root:

    python tests/compliance/corpus/gen_redteam89.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam89.py --sweep N  # N random grid cells, counted

First run (1,456 cases, 725 twins): 11 failed, all one pattern — a form in a ``<span title>``
(10 misses, and 依法不予公开 there unwarned). Sweeps of the grid (fresh numbers, codes and
paths; 16 positions, then 32, neighbours before or after the form, glued or not): 60,000 cells
710 misses (all that pattern); 200,000 cells added one false block (bold or italic asterisks read
as a mobile's masked digits); with the third slice's look-alikes, 300,000 cells 1,341 misses
(tooltip) and 118 false blocks (51–53 codes in fours beside another number). Each is a strict
xfail below with its minimal reproductions; the rest of the grid passes.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import IDN, INT, LS, MARK, MOB, NOTE, SC, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, is_id_number, luhn, uscc

SEED = 89
FAMILY = "redteam89_blind_issue_draw5"

ZERO_WIDTH = ["\u200b", "\u2060", "\ufeff", "\u00ad"]
STOPS = ["。", "｡", "．"]
GOV_LINK = "https://www.gov.cn/zhengce/content/2026-03/15/content_7012345.htm"


@dataclass(frozen=True)
class Form:
    """One value of the grid, with what a check must say of it."""

    key: str
    kind: str  # link, code, id, mobile, mark, note, internal, uscc, gov, prose, number
    value: str
    expect: str
    rule: str | None
    bare: bool = False  # a link without a scheme (given one in a link's target)
    twin_of: str = ""


def _fw(text: str) -> str:
    """ASCII letters, digits and punctuation in their full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _uscc_luhn(rng: random.Random, prefix: str) -> str:
    """An all-digit 统一社会信用代码 of ``prefix`` that passes Luhn and is no ID number."""
    while True:
        code = uscc(
            prefix + rng.choice(DIVISIONS) + "".join(rng.choice("0123456789") for _ in range(9))
        )
        if code.isdigit() and luhn(code[:-1]) == code and not is_id_number(code):
            return code


def _uscc_letters(rng: random.Random, prefix: str) -> str:
    """A valid 统一社会信用代码 of ``prefix`` with letters in its body (the twin)."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    return uscc(prefix + rng.choice(DIVISIONS) + "MJ" + body)


def _bad_id() -> str:
    """The issue's ID number with a wrong check digit, no Luhn number either, hyphen-grouped."""
    for last in "0123456789":
        number = "31010419851122368" + last
        if not is_id_number(number) and luhn(number[:17]) != number:
            return f"{number[:6]}-{number[6:14]}-{number[14:]}"
    raise AssertionError


def _fresh_id(rng: random.Random) -> tuple[str, str]:
    """A fresh ID number (an X check character one time in three, when one comes) and the
    same digits with a wrong check character (no Luhn number either), both grouped 6-8-4."""
    want_x = rng.random() < 0.33
    for _ in range(200):
        first = (
            rng.choice(DIVISIONS)
            + f"{rng.randint(1950, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + f"{rng.randint(0, 999):03d}"
        )
        number = id_number(first)
        if number.endswith("X") == want_x:
            break
    bad = next(
        first + c for c in "0123456789" if not is_id_number(first + c) and luhn(first) != first + c
    )
    group = lambda n: f"{n[:6]}-{n[6:14]}-{n[14:]}"  # noqa: E731
    return group(number), group(bad)


def _fresh_code(rng: random.Random) -> str:
    """An 11-character share code as a random code is written (no vowels: no syllables)."""
    while True:
        code = "".join(
            rng.choice("BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz23456789") for _ in range(11)
        )
        caps = sum(c.isupper() for c in code)
        if caps >= 2 and any(c.islower() for c in code) and any(c.isdigit() for c in code):
            return code


def forms(rng: random.Random, *, fresh: bool = False) -> list[Form]:
    """The issue's forms, each followed by its twin (``fresh``: new numbers, codes and paths
    for the sweep; the YAML keeps the issue's own)."""
    out = _forms(rng)
    if not fresh:
        return out
    ident, bad = _fresh_id(rng)
    mobile = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    landline = (
        "0"
        + rng.choice(["10", "21", "22", "23", "20"])
        + "".join(rng.choice("123456789") for _ in range(8))
    )
    tail = _fresh_code(rng)[:6]
    swaps = {
        "id-hyphen": ident,
        "id-hyphen~twin": bad,
        "mobile-fwhyphen": f"{mobile[:3]}－{mobile[3:7]}－{mobile[7:]}",
        "mobile-fwhyphen~twin": f"{landline[:3]}－{landline[3:7]}－{landline[7:]}",
        "code-corner": f"「{_fresh_code(rng)}」复制后打开淘宝",
        "code-book": f"《{_fresh_code(rng)}《复制后打开淘宝",
    }
    fresh_forms = []
    for form in out:
        value = swaps.get(form.key, form.value)
        if form.kind == "link":
            for old in ("Ab3Cd9", "A6xYz8", "Kp3mZx"):
                value = value.replace(old, tail)
        fresh_forms.append(
            Form(form.key, form.kind, value, form.expect, form.rule, form.bare, form.twin_of)
        )
    return fresh_forms


def extra_twins(rng: random.Random) -> list[Form]:
    """More look-alikes for the sweep (the third slice): other government hosts in the issue's
    obfuscations, service numbers with full-width hyphens, an 18-digit number of no province,
    a model code after its label before the trigger (the sweep's first draw, 「GB32100XY」
    复制后打开淘宝, blocks as docs/compliance.md says: a token of capitals and digits counts in its
    trigger's sentence), 秘密投票, 内部资料性出版物, the 依申请公开 note (warns
    disclosure.on_request, docs/compliance.md), a 51–53 code in fours."""
    code = _uscc_luhn(rng, rng.choice(["51", "52", "53"]))
    return [
        Form(
            "x-gov-beijing-stops~twin",
            "gov",
            "www。beijing。gov。cn/zwgk/",
            "clean",
            None,
            True,
            "x",
        ),
        Form("x-gov-sh-fw~twin", "gov", "ｗｗｗ．ｓｈ．ｇｏｖ．ｃｎ", "clean", None, True, "x"),
        Form(
            "x-gov-oneslash~twin",
            "gov",
            "https:/www.beijing.gov.cn/zwgk/",
            "clean",
            None,
            False,
            "x",
        ),
        Form("x-gov-colon~twin", "gov", "报名网址:zwfw.gd.gov.cn/bm/", "clean", None, False, "x"),
        Form("x-fax-fw~twin", "number", "021－6321－1234", "clean", None, False, "x"),
        Form("x-service-fw~twin", "number", "400－810－9999", "clean", None, False, "x"),
        Form("x-id-noprovince~twin", "number", "990101-19851122-3688", "clean", None, False, "x"),
        Form(
            "x-model-code~twin",
            "prose",
            "型号（CZ3457AB12）复制后打开淘宝",
            "clean",
            None,
            False,
            "x",
        ),
        Form("x-vote~twin", "prose", "依法实行秘密投票", "clean", None, False, "x"),
        Form(
            "x-publication~twin", "prose", "《内部资料性出版物管理办法》", "clean", None, False, "x"
        ),
        Form(
            "x-on-request~twin",
            "prose",
            "（此件依申请公开）",
            "warn",
            "disclosure.on_request",
            False,
            "x",
        ),
        Form(
            "x-uscc-fours~twin",
            "uscc",
            " ".join(code[i : i + 4] for i in range(0, 18, 4)),
            "clean",
            None,
            False,
            "x",
        ),
    ]


def _forms(rng: random.Random) -> list[Form]:
    real = [
        Form(
            "fw-taobao",
            "link",
            "ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=m%3D2%26s%3DAbC",
            "fixed",
            LS,
            True,
        ),
        Form("stop-taobao", "link", "s.click.taobao。com/t?e=m%3D2%26s%3DxYz", "fixed", LS, True),
        Form("stop-jd", "link", "u。jd。com/Ab3Cd9", "fixed", LS, True),
        Form("halfstop-dwz", "link", "dwz｡cn/Kp3mZx", "fixed", LS, True),
        Form("fwdot-tcn", "link", "t．cn/A6xYz8", "fixed", LS, True),
        Form("fw-scheme-jd", "link", "ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／Ab3Cd9", "fixed", LS),
        Form("zwsp-taobao", "link", "https://s.click.tao\u200bbao.com/t?e=m%3D2", "fixed", LS),
        Form("wj-jd", "link", "u.\u2060jd.com/Ab3Cd9", "fixed", LS, True),
        Form("colon-tcn", "link", "报名网址:t.cn/A6xYz8", "fixed", LS),
        Form("oneslash-tcn", "link", "https:/t.cn/A6xYz8", "fixed", LS),
        Form("code-corner", "code", "「VAQz99KzQVD」复制后打开淘宝", "block", SC),
        Form("code-book", "code", "《Kp3mZx82QwE《复制后打开淘宝", "block", SC),
        Form("id-hyphen", "id", "310104-19851122-3688", "block", IDN),
        Form("mobile-fwhyphen", "mobile", "138－1234－5678", "block", MOB),
        Form("mark-fwstar", "mark", "机密＊10年", "block", MARK),
        Form("note-bugongkai", "note", "（此件不公开）", "block", NOTE),
        Form("note-buyu", "note", "（此件不予公开）", "block", NOTE),
        Form("internal-spaced", "internal", "内 部 资 料", "block", INT),
        Form("mark-trad", "mark", "機密★", "block", MARK),
        Form("internal-trad", "internal", "內部資料", "block", INT),
        *(
            Form(f"uscc{p}-luhn", "uscc", _uscc_luhn(rng, p), "clean", None)
            for p in ("51", "52", "53")
        ),
    ]
    twins = {
        "fw-taobao": ("gov", "ｗｗｗ．ｇｏｖ．ｃｎ", True),
        "stop-taobao": ("gov", "www.gov。cn/zhengce/", True),
        "stop-jd": ("gov", "www。gov。cn/xinwen/", True),
        "halfstop-dwz": ("gov", "www｡gov｡cn/fuwu/", True),
        "fwdot-tcn": ("gov", "www．gov．cn/hudong/", True),
        "fw-scheme-jd": ("gov", "ＷＷＷ．ＧＯＶ．ＣＮ", True),
        "zwsp-taobao": ("gov", "https://www.gov.cn/zhengce/index.htm", False),
        "wj-jd": ("gov", "www.gov.cn/xinwen/", True),
        "colon-tcn": ("gov", "报名网址:www.gov.cn/fuwu/", False),
        "oneslash-tcn": ("gov", "https:/www.gov.cn/zhengce/", False),
        "code-corner": ("prose", "「数字政府」建设工作要点", False),
        "code-book": ("prose", "《政府工作报告》《民法典》", False),
        "id-hyphen": ("number", _bad_id(), False),
        "mobile-fwhyphen": ("number", "010－6309－9999", False),
        "mark-fwstar": ("prose", "企业商业机密受法律保护", False),
        "note-bugongkai": ("prose", "（此件公开发布）", False),
        "note-buyu": ("prose", "属于依法不予公开的情形", False),
        "internal-spaced": ("prose", "内 部 控 制", False),
        "mark-trad": ("prose", "保障數據機密性", False),
        "internal-trad": ("prose", "加強內部控制", False),
        "uscc51-luhn": ("uscc", _uscc_letters(rng, "51"), False),
        "uscc52-luhn": ("uscc", _uscc_letters(rng, "52"), False),
        "uscc53-luhn": ("uscc", _uscc_letters(rng, "53"), False),
    }
    out: list[Form] = []
    for form in real:
        kind, value, bare = twins[form.key]
        # 不予公开 in prose warns (docs/compliance.md: the sensitive-word list asks a reviewer)
        expect, rule = ("warn", TERM) if "不予公开" in value else ("clean", None)
        twin = Form(f"{form.key}~twin", kind, value, expect, rule, bare, form.key)
        out += [form, twin]
    return out


# ----- positions ---------------------------------------------------------------------------

S1 = "区政府召开专题会议，研究部署下一阶段重点工作。"
S2 = "各街道、各部门要压实责任，确保各项措施落到实处。"
S3 = "请各单位结合实际认真贯彻执行。"
TITLE = "关于做好近期重点工作的通知"

# position: (template, takes links' targets only, allowed in the title)
POSITIONS: dict[str, tuple[str, bool, bool]] = {
    "first": ("{v}，" + S2 + S3, False, True),
    "last": (S1 + S3 + "{v}", False, True),
    "own-line": (S1 + "\n{v}\n" + S3, False, False),
    "cjk-comma": ("各街道、各部门要压实责任，{v}，确保各项措施落到实处。" + S3, False, True),
    "ascii-colon": (S1 + "详见:{v}，" + S3, False, True),
    "ascii-semicolon": (S1 + "第一项已完成;{v}，" + S3, False, True),
    "close-bracket": (S1 + "(附件1){v}，" + S3, False, True),
    "list-item": (S1 + "\n\n- 第一项工作\n- {v}\n- 第三项工作\n\n" + S3, False, False),
    "blockquote": (S1 + "\n\n> {v}\n\n" + S3, False, False),
    "table-cell": (S1 + "\n\n| 事项 | 内容 |\n|---|---|\n| 说明 | {v} |\n\n" + S3, False, False),
    "heading": ("### {v}\n\n" + S1 + S3, False, False),
    "bold": (S1 + "**{v}**，" + S3, False, False),
    "italic": (S1 + "*{v}*，" + S3, False, False),
    "md-link-text": (S1 + "[{v}](https://www.gov.cn/zhengce/)，" + S3, False, False),
    "md-link-url": (S1 + "[报名入口]({v})，" + S3, True, False),
    "html-attr": (S1 + "{v}，" + S3, False, False),  # built in _place
}

# The second slice (after the first run and its sweep): more ways to write the same places,
# swept and put in the YAML after the first run's pattern was triaged.
MORE_POSITIONS: dict[str, tuple[str, bool, bool]] = {
    "first-glued": ("{v}" + S2 + S3, False, True),
    "last-stop": (S1 + S3 + "{v}。", False, True),
    "fw-colon": (S1 + "详见：{v}，" + S3, False, True),
    "crlf-line": (S1 + "\r\n{v}\r\n" + S3, False, False),
    "numbered-item": (S1 + "\n\n1. 第一项工作\n2. {v}\n3. 第三项工作\n\n" + S3, False, False),
    "nested-quote": (S1 + "\n\n> > {v}\n\n" + S3, False, False),
    "html-cell": (S1 + "<table><tr><td>说明</td><td>{v}</td></tr></table>" + S3, False, False),
    "html-p": (S1 + "<p>{v}</p>" + S3, False, False),
    "h1": ("# {v}\n\n" + S1 + S3, False, False),
    "bold-underscore": (S1 + "__{v}__，" + S3, False, False),
    "italic-underscore": (S1 + "_{v}_，" + S3, False, False),
    "img-alt": (S1 + '<img src="a.png" alt="{v}">' + S3, False, False),
    "md-link-title": (S1 + '[附件](https://www.gov.cn/a.pdf "{v}")，' + S3, False, False),
    "bold-after-word": (S1 + "**附件 {v}**，" + S3, False, False),
    "italic-after-word": (S1 + "*附件 {v}*，" + S3, False, False),
    "plain-after-word": (S1 + "附件 {v}。" + S3, False, False),
}
ALL_POSITIONS = {**POSITIONS, **MORE_POSITIONS}

NEIGHBOURS = {
    "none": "",
    "gov-link": "详见" + GOV_LINK,
    "date": "2026年3月15日",
    "wenhao": "国办发〔2018〕123号",
    "landline": "咨询电话010-12345678",
    "price": "报名费¥99",
    "hotline": "12345热线",
    "copy": "",  # a second copy of the form
}

TRANSFORMS = ["none", "full-width", "dots", "zero-width", "case"]


def applicable_positions(
    form: Form, table: dict[str, tuple[str, bool, bool]] = POSITIONS
) -> list[str]:
    """Positions the form can stand in: a link's target holds only an address."""
    linkish = form.kind in {"link", "gov"} and "报名网址" not in form.value
    return [p for p, (_, url_only, _) in table.items() if linkish or not url_only]


def applicable_transforms(form: Form) -> list[str]:
    names = ["none", "zero-width"]
    if form.kind in {"id", "number"} and "X" in form.value:
        names.append("case")  # a small x for the check character
    if form.kind in {"link", "gov"}:
        names += ["dots", "case", "full-width"]
    elif form.kind in {
        "code",
        "id",
        "mobile",
        "mark",
        "uscc",
        "number",
        "internal",
        "prose",
    } and any("!" <= c <= "~" or c == " " for c in form.value):
        names.append("full-width")
    return names


def _host_span(value: str) -> tuple[int, int]:
    """Where the host of a link form stands (after a scheme, ASCII or full-width, or a colon)."""
    start = 0
    for mark in ("：／／", "//", ":/", ":"):
        if mark in value:
            start = value.index(mark) + len(mark)
            break
    end = start
    while end < len(value) and value[end] not in "/／?":
        end += 1
    return start, end


def transform(form: Form, name: str, rng: random.Random) -> tuple[str, str]:  # noqa: PLR0911, PLR0912
    """The form's value through transform ``name``, and text to put right before it."""
    value = form.value
    if name == "none":
        return value, ""
    if name == "full-width":
        if form.kind == "gov":  # the host only: a full-width slash breaks a gov.cn link (docs)
            start, end = _host_span(value)
            return value[:start] + _fw(value[start:end]) + value[end:], ""
        if " " in value:  # spaced ideographs: the ideographic (full-width) space
            return value.replace(" ", "\u3000"), ""
        if form.kind == "link" and "报名网址" in value:
            return "报名网址" + _fw(value[4:]), ""
        return _fw(value), ""
    if name == "dots":
        start, end = _host_span(value)
        host = value[start:end]
        stop = rng.choice([s for s in STOPS if s not in host] or STOPS)
        for dot in ".。｡．":
            host = host.replace(dot, stop)
        return value[:start] + host + value[end:], ""
    if name == "case":
        if form.kind in {"id", "number"}:
            return value.lower(), ""
        if "报名网址" in value:
            return "报名网址" + value[4:].upper(), ""
        return value.upper(), ""
    # zero-width: inside the host of a link; a gov.cn host so written warns by design
    # (docs/compliance.md, red teams 20 and 24), so its twin carries it just before the address
    char = rng.choice(ZERO_WIDTH)
    if form.kind == "gov":
        return value, char
    if form.kind == "link":
        start, end = _host_span(value)
        spots = [
            i
            for i in range(start + 1, end)
            if value[i - 1] not in ".。｡．" and value[i] not in ".。｡．"
        ]
    else:
        spots = list(range(1, len(value)))
        if form.kind == "code":  # inside the code, between its brackets
            spots = list(range(2, value.index("复制") - 1))
    i = rng.choice(spots)
    return value[:i] + char + value[i:], ""


def _place(form: Form, position: str, value: str, before: str) -> str:
    template = ALL_POSITIONS[position][0]
    if position == "md-link-url" and form.bare:
        value = "https://" + value
    if position == "html-attr":
        if form.kind in {"link", "gov"} and "报名网址" not in value:
            target = "https://" + value if form.bare else value
            value = f'<a href="{target}">点击报名</a>'
        else:
            value = f'<span title="{value}">附注</span>'
    return template.replace("{v}", before + value)


PLACEMENTS = [
    "line-start",
    "before-comma",
    "before-glued",
    "after-comma",
    "after-glued",
    "after-dunhao",
]
# positions whose value sits inside markup or alone on its line: the neighbour goes elsewhere
_INSIDE = {"md-link-url", "html-attr", "img-alt", "md-link-title"}


def _is_alnum(char: str) -> bool:
    return char.isalnum() and not ("\u4e00" <= char <= "\u9fff")


def _beside(text: str, at: int, end: int, near: str, placement: str) -> str:
    """``near`` put before the value at ``at``–``end`` or after it, glued or with a mark; glued
    only where no letter or digit would run into another (that is another number)."""
    sep = {"comma": "，", "dunhao": "、", "glued": ""}[placement.split("-")[1]]
    if placement.startswith("before"):
        if not sep and _is_alnum(near[-1]) and _is_alnum(text[at]):
            sep = "，"
        return text[:at] + near + sep + text[at:]
    if not sep and _is_alnum(text[end - 1]) and _is_alnum(near[0]):
        sep = "，"
    return text[:end] + sep + near + text[end:]


def render(  # noqa: PLR0917 - one grid cell
    form: Form,
    position: str,
    field: str,
    neighbour: str,
    name: str,
    case_seed: int,
    placement: str = "line-start",
) -> str:
    """The text of one grid cell."""
    rng = random.Random(case_seed)
    value, before = transform(form, name, rng)
    text = _place(form, position, value, before)
    if neighbour == "copy":
        text = text + ("" if field == "title" else "\n") + "另见" + value + "，" + S3
        if field == "title":
            text = text.replace("另见", "，另见")
    elif neighbour != "none":
        near = NEIGHBOURS[neighbour]
        line_start = text.rfind("\n", 0, text.index(value)) + 1
        if position in {
            "own-line",
            "heading",
            "list-item",
            "blockquote",
            "table-cell",
            "crlf-line",
        } | {
            "numbered-item",
            "nested-quote",
            "h1",
        }:
            text = text + "\n\n" + near + "。"  # the form keeps its line: the neighbour below
        elif placement == "line-start" or position in _INSIDE:
            text = text[:line_start] + near + "，" + text[line_start:]
        else:
            at = text.index(before + value)
            text = _beside(text, at, at + len(before + value), near, placement)
    if field == "title":
        text = text.replace(S3, "").replace(S2, "确保落实。").replace(S1, TITLE)
    return text


def expectation(form: Form, position: str, neighbour: str = "none") -> tuple[str, object]:
    """The verdict and rule of a cell: an ad host in a title attribute (no link of its own) is
    shown for the reader to type — `ad.spelled_link` blocks (docs/compliance.md, the rules);
    its second copy in the prose is stripped as well (the sweep's first run: a generator bug)."""
    shown = position in {"img-alt", "md-link-title"} and form.kind == "link"
    if shown or (position == "html-attr" and form.kind == "link" and "报名网址" in form.value):
        if neighbour == "copy":
            return "block", ["ad.spelled_link", LS]
        return "block", "ad.spelled_link"
    return form.expect, form.rule


# ----- the YAML ----------------------------------------------------------------------------


def _case(  # noqa: PLR0917 - one grid cell
    table: CaseTable,
    id_: str,
    form: Form,
    position: str,
    field: str,
    neighbour: str,
    name: str,
    seed: int,
) -> None:
    text = render(form, position, field, neighbour, name, seed)
    note = (
        f"form={form.key}; position={position}; field={field}; neighbour={neighbour}; transform={name}"
        + (f"; twin of {form.twin_of}: must stay {form.expect}" if form.twin_of else "")
    )
    expect, rule = expectation(form, position, neighbour)
    table.case(
        id_,
        text,
        expect,
        rule,
        note,
        "title" if field == "title" else None,
        xfail=still_failing(id_),
    )


# The first run's failures (11 of 1,456, all one pattern), strict xfails: see the report.
_TOOLTIP = (
    "red team 89: the title attribute (a tooltip the page shows) of an inline formatting tag "
    "(<span>, <abbr>, <font>, <b>) is dropped with the tag by the fold, and only ad addresses are "
    "read there (links/titles.tag_titles); docs/compliance.md says a title or alt text is shown to "
    "the reader and judged as text, and <p title>, <img title>, <a title> and a Markdown link's "
    "title are read — a 密级, note, internal marker, ID number, mobile or 淘口令 in a <span title> passes"
)
XFAIL: dict[str, str] = dict.fromkeys(
    [
        f"{key}@html-attr"
        for key in (
            "code-corner",
            "code-book",
            "id-hyphen",
            "mobile-fwhyphen",
            "mark-fwstar",
            "note-bugongkai",
            "note-buyu",
            "note-buyu~twin",
            "internal-spaced",
            "mark-trad",
            "internal-trad",
        )
    ]
    + ["probe-abbr-title-mark", "probe-font-title-mobile", "probe-span-title-id-plain"],
    _TOOLTIP,
)
_EMPHASIS_MASK = (
    "red team 89: the asterisks of Markdown bold or italics closing right after a run of nine or "
    "ten digits from 1[3-9] (after a space, a zero-width character or a word inside the emphasis) "
    "are read as one or two masked digits of a mobile (undermasked._UNDER_MASKED_MOBILE reads the "
    "text as written): a bold or italic figure or a 51–53 统一社会信用代码 with an invisible "
    "character inside blocks personal.mobile; `**138123456**` alone stays clean"
)
_USCC_FOURS = (
    "red team 89: an all-digit 51–53 统一社会信用代码 written in fours (4-4-4-4-2) whose first 16 "
    "digits pass Luhn by chance (one in ten) blocks as a Mastercard when another number stands "
    "near it (`，2026年`, `，9月`, `¥99，` before it, list numbers round it); alone it stays "
    "clean — docs/compliance.md: never a valid 统一社会信用代码, and org_codes holds one grouped "
    "like a card clean"
)
XFAIL.update(
    dict.fromkeys(
        ["probe-uscc53-fours-date", "probe-uscc53-fours-price", "probe-uscc51-fours-list"],
        _USCC_FOURS,
    )
)
XFAIL.update(
    dict.fromkeys(
        [
            "probe-bold-count-nine",
            "probe-bold-year-nine",
            "probe-italic-code-ten",
            "probe-bold-uscc51-zw",
            "probe-bold-uscc51-space",
            "probe-italic-uscc53-zw",
        ],
        _EMPHASIS_MASK,
    )
)

# Every pattern above is fixed since (the tooltip by fix 131, the emphasis runs by left29b and the
# stranded-emphasis mends, the 51–53 codes in fours by mend 51c): the reasons stay for the notes,
# and no case is marked to fail.
FIXED: frozenset[str] = frozenset(XFAIL)


def still_failing(id_: str) -> str | None:
    """The strict-xfail reason of a case whose pattern is still open, or None."""
    return None if id_ in FIXED else XFAIL.get(id_)


# Minimal reproductions of the first run's pattern, and the tags whose titles are read (twins).
PROBES = [
    ("probe-abbr-title-mark", '<abbr title="机密★10年">附注</abbr>', "block", MARK),
    ("probe-font-title-mobile", '<font title="联系电话13812345678">联系人</font>', "block", MOB),
    (
        "probe-span-title-id-plain",
        '<span title="身份证号310104198511223688">x</span>',
        "block",
        IDN,
    ),
    ("probe-p-title-note", '<p title="（此件不予公开）">正文</p>', "block", NOTE),
    ("probe-img-title-mark", '<img src="a.png" title="机密★10年">', "block", MARK),
    (
        "probe-a-title-mark",
        '<a href="https://www.gov.cn/" title="机密★10年">通知</a>',
        "block",
        MARK,
    ),
    ("probe-md-title-mark", '[附件](https://www.gov.cn/a.pdf "机密★10年")', "block", MARK),
    ("probe-span-title-prose", '<span title="企业商业机密受法律保护">附注</span>', "clean", None),
    # the sweep's one false finding, reduced (bold or italic figures, 51–53 codes), and twins
    ("probe-bold-count-nine", "全年办件量为**共计 138123456**。", "clean", None),
    ("probe-bold-year-nine", "**2026 138123456**", "clean", None),
    ("probe-italic-code-ten", "全年接待游客 *共计 1381234567*。", "clean", None),
    ("probe-bold-uscc51-zw", "统一社会信用代码：**515301025\u200b182167494**", "clean", None),
    ("probe-bold-uscc51-space", "统一社会信用代码：**515301025 182167494**", "clean", None),
    ("probe-italic-uscc53-zw", "*53410105\ufeff1929363884*，请核对。", "clean", None),
    ("probe-bold-nine-alone", "**138123456**", "clean", None),
    ("probe-bold-mobile-labelled", "**联系电话 13812345678**", "block", MOB),
    ("probe-mobile-masked-two", "联系电话：13812345**8", "block", MOB),
    # the third slice's sweep: 51–53 codes in fours beside another number, and twins
    ("probe-uscc53-fours-date", "5331 0115 5406 5959 67，2026年3月15日登记。", "clean", None),
    ("probe-uscc53-fours-price", "报名费¥99，5331 0115 5406 5959 67", "clean", None),
    ("probe-uscc51-fours-list", "1. 工作\n2. 5111 0101 5957 4890 61\n3. 工作", "clean", None),
    ("probe-uscc53-fours-alone", "统一社会信用代码：5331 0115 5406 5959 67", "clean", None),
    (
        "probe-mastercard-fours-date",
        "5311 0115 5406 5953，2026年3月15日登记。",
        "block",
        "personal.bank_card",
    ),
]


def build() -> CaseTable:  # noqa: PLR0912 - the grid's sections
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    all_forms = forms(rng)
    # (1) every form and twin in every position it can take (body, no neighbour, no transform)
    for form in all_forms:
        for position in applicable_positions(form):
            _case(table, f"{form.key}@{position}", form, position, "body", "none", "none", 0)
    # (2) every transform of every form, mid-sentence and in a Markdown list item
    for form in all_forms:
        for name in applicable_transforms(form):
            if name == "none":
                continue
            for position in ("cjk-comma", "table-cell"):
                seed = rng.randrange(10**9)
                _case(
                    table,
                    f"{form.key}@{position}+{name}",
                    form,
                    position,
                    "body",
                    "none",
                    name,
                    seed,
                )
    # (3) every neighbour of every form, in a random inline position
    for form in all_forms:
        for neighbour in NEIGHBOURS:
            if neighbour == "none":
                continue
            position = rng.choice(["first", "last", "cjk-comma", "ascii-colon", "bold"])
            _case(
                table,
                f"{form.key}@{position}~{neighbour}",
                form,
                position,
                "body",
                neighbour,
                "none",
                0,
            )
    # (4) the title: every form in the inline positions a title has
    for form in all_forms:
        for position in ("first", "last", "cjk-comma", "ascii-colon"):
            _case(table, f"{form.key}@title-{position}", form, position, "title", "none", "none", 0)
    # (6) the second slice: every form and twin in the positions added after the first run
    for form in all_forms:
        for position in applicable_positions(form, MORE_POSITIONS):
            _case(table, f"{form.key}@{position}", form, position, "body", "none", "none", 0)
    # (5) minimal reproductions of the first run's one pattern (added after it)
    for id_, text, expect, rule in PROBES:
        note = "probe after the first run and its sweep: " + (
            XFAIL[id_].split(": ", 1)[1][:80] if id_ in XFAIL else "a twin the checker gets right"
        )
        table.case(id_, text, expect, rule, note, xfail=still_failing(id_))
    return table


# ----- sweep -------------------------------------------------------------------------------


def sweep(count: int) -> None:
    """``count`` random grid cells through ``govpub.check``, misses and false findings
    counted by (form, position, transform)."""
    from govpub import Policy, Post, check  # (only the sweep needs govpub)

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict[str, object]]] = {}
    grid: list[Form] = []
    for n in range(count):
        if n % 500 == 0:  # fresh 51–53 codes every 500 cells
            batch = random.Random(rng.randrange(10**9))
            grid = forms(batch, fresh=True) + extra_twins(batch)
        form = rng.choice(grid)
        field = "title" if rng.random() < 0.2 else "body"
        positions = applicable_positions(form, ALL_POSITIONS)
        if field == "title":
            positions = [p for p in positions if ALL_POSITIONS[p][2]]
        position = rng.choice(positions)
        name = rng.choice(applicable_transforms(form))
        neighbour = rng.choice(list(NEIGHBOURS))
        placement = rng.choice(PLACEMENTS)
        text = render(form, position, field, neighbour, name, rng.randrange(10**9), placement)
        post = Post(title=text, body="") if field == "title" else Post(title=TITLE, body=text)
        result = check(post, policy)
        rules = {f.rule for f in result.findings}
        _, rule = expectation(form, position, neighbour)
        want = set(rule) if isinstance(rule, list) else {rule} if rule else set()
        if rules == want:
            verdicts["ok"] += 1
            continue
        outcome = "miss" if want - rules else "false"
        verdicts[outcome] += 1
        key = (outcome, form.key, position, name, ",".join(sorted(rules)) or "-")
        by_pattern[key] += 1
        if len(samples.setdefault(key, [])) < 3:
            samples[key].append(
                {"text": text, "field": field, "neighbour": neighbour, "placement": placement}
            )
    out = Path(tempfile.gettempdir()) / f"{FAMILY}.sweep.json"
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]))
        return
    header = "red-team pass 89 (blind): issue 12's forms and twins on a grid; gen_redteam89.py regenerates it"
    build().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
