"""Generate ``fix51_review.yaml``: the holes a review of red teams 51–54 found on main.

Every case here failed on main before the fix (its note says how): digits of two inline
boxes (135编辑器's and 秀米's columns) joined into one number and lost; a disclosure note or
a secrecy marking on its own line of a text with Windows line ends ("\\r\\n") unread; a
government suffix hidden or struck inside an ad address read as the government's site.
The CRLF twins copy cases of other families with each "\\n" written "\\r\\n".  Numbers
with check characters come from ``tests/compliance/number_makers.py``.  Run from the
repository root:

    python tests/compliance/corpus/gen_fix51_review.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import corpus_yaml  # noqa: E402
from number_makers import id_number, luhn  # noqa: E402

FAMILY = "fix51_review"
CASES: list[dict[str, Any]] = []
_IDS: set[str] = set()


def add(case_id: str, text: str, expect: str, rule: str | None, note: str) -> None:
    """One case; ``rule`` None for a clean case."""
    assert case_id not in _IDS, case_id
    _IDS.add(case_id)
    case: dict[str, Any] = {"id": case_id, "text": text, "expect": expect}
    if rule is not None:
        case["rule"] = rule
    case["note"] = note
    CASES.append(case)


# --- 1. inline boxes side by side: a digit ending one box, a number in the next ----------

ID = id_number("31010419851122368")
CARD = luhn("622202111202921")
BOX = '<section style="display:inline-block;width:50%">{}</section>'
DIV = '<div style="display: inline-block; width: 30%">{}</div>'
P = '<p style="display:inline">{}</p>'
_JOINED = "main: clean, the box tags dropped joined the digits into one number"
add(
    "box-serial-mobile",
    BOX.format("序号1") + BOX.format("13812345678"),
    "block",
    "personal.mobile",
    f"a 135编辑器 row: 序号1 | mobile; {_JOINED} (113812345678)",
)
add(
    "box-year-id",
    BOX.format("2026") + BOX.format(ID),
    "block",
    "personal.id_number",
    f"a year column then an ID number column; {_JOINED}",
)
add(
    "div-box-one-mobile",
    DIV.format("1") + DIV.format("13812345678"),
    "block",
    "personal.mobile",
    f"<div> boxes of 秀米; {_JOINED}",
)
add(
    "p-inline-mobile",
    P.format("编号7") + P.format("13812345678"),
    "block",
    "personal.mobile",
    f"<p> styled inline; {_JOINED}",
)
add(
    "box-mobile-spaced",
    BOX.format("2") + BOX.format("138 1234 5678"),
    "block",
    "personal.mobile",
    f"the mobile grouped with spaces; {_JOINED}",
)
add(
    "box-mobile-hyphens",
    BOX.format("3") + BOX.format("138-1234-5678"),
    "block",
    "personal.mobile",
    f"the mobile grouped with hyphens; {_JOINED}",
)
add(
    "box-bank-card",
    BOX.format("4") + BOX.format(CARD),
    "block",
    "personal.bank_card",
    f"a bank card column (Luhn-valid); {_JOINED}",
)
add(
    "box-nested-bold-mobile",
    BOX.format("<strong>5</strong>") + BOX.format("<span>13812345678</span>"),
    "block",
    "personal.mobile",
    f"formatting tags inside the boxes too; {_JOINED}",
)

# --- 2. Windows line ends ----------------------------------------------------------------

_CRLF = "main: only warn secrecy.sensitive_term, '$' matches before '\\n', not '\\r'"
add(
    "crlf-note-hyphenated",
    "2026年12月5日\r\n此-件-不-予-公-开\r\n各区县人民政府：",
    "block",
    "disclosure.not_public",
    f"the note letter-spaced, on its own CRLF line; {_CRLF}",
)
add(
    "crlf-note-between-lines",
    "各区县人民政府：\r\n此件不予公开\r\n现将有关事项通知如下。",
    "block",
    "disclosure.not_public",
    f"the note on its own CRLF line; {_CRLF}",
)
add(
    "crlf-note-short-last",
    "2026年12月5日\r\n不予公开\r\n",
    "block",
    "disclosure.not_public",
    f"不予公开 alone on the last CRLF line; {_CRLF}",
)
add(
    "crlf-note-vertical",
    "2026年12月5日\r\n此\r\n件\r\n不\r\n予\r\n公\r\n开\r\n各区县人民政府：",
    "block",
    "disclosure.not_public",
    f"the note written down the page, a character a line; {_CRLF}",
)

# CRLF twins of cases of other families that failed on main (checked 2026-12-05)
TWINS = {
    "redteam53_blind_data_grid": [
        "disc-bugongkai-line-top",
        "s2-disc-letterspaced-hy-top",
        "s2-disc-letterspaced-dot-top",
        "s2-disc-letterspaced-slash-top",
        "s2-disc-letterspaced-eq-top",
        "s2-disc-letterspaced-us-top",
        "mark-0-ast-line",
        "mark-0-fwast-line",
        "mark-1-ast-line",
        "mark-1-fwast-line",
        "mark-2-ast-line",
        "mark-2-fwast-line",
    ],
    "redteam45_blind_markings2": [
        "corner-fenhao-urgency",
        "fenhao-same-line-urgency-below",
        "hyphen-alone-line",
        "whole-header-notice",
    ],
    "redteam39_blind_internal": [
        "this-not-external-line",
        "fenhao-then-marking",
        "marking-fullwidth-space-period",
    ],
    "internal_disclosure": [
        "rt4-note-on-its-line-in-italics",
        "rt4-note-missing-opening-bracket",
    ],
    "secrecy_markings": [
        "alone-on-line",
        "alone-spaced",
        "level-period-no-star",
        "triangle-alone-on-a-line",
        "colon-star-alone-on-a-line",
        "star-before-level",
        "rt2-triangle-alone",
        "rt3-jimiji-line",
        "rt4-bold-level-on-its-line",
        "rt4-italic-level-on-its-line",
    ],
    "redteam54_blind_public_lists": [
        "lookalike-exam-no-mobile-shape-col",
        "lookalike-big-amount-col",
    ],
}


def _main_result(case: dict[str, Any]) -> str:
    if case["expect"] == "clean":
        return "main: block personal.mobile, the column's lines ran together past their '\\r'"
    if case["expect"] == "block" and isinstance(case.get("rule"), list):
        return "main: the document hint on its CRLF line unread (secrecy.marking alone)"
    return "main: not read as the note or marking on its CRLF line ('$' matches before '\\n' only)"


for family, ids in TWINS.items():
    cases = {c["id"]: c for c in yaml.safe_load((HERE / f"{family}.yaml").read_text())["cases"]}
    for case_id in ids:
        case = cases[case_id]
        assert "\n" in case["text"], case_id
        assert "\r" not in case["text"], case_id
        add(
            f"crlf-{family.split('_')[0]}-{case_id}",
            case["text"].replace("\n", "\r\n"),
            case["expect"],
            case.get("rule"),
            f"CRLF twin of {family}/{case_id}; {_main_result(case)}",
        )

# --- 3. a government suffix hidden or struck inside an ad address ------------------------

_HIDDEN = "main: clean, the address read with its hidden part, as t.cn.gov.cn (allowed)"
for case_id, text in [
    ("hidden-none", '请访问 https://t.cn<span style="display:none">.gov.cn</span>/A6xYz'),
    ("hidden-attr", "请访问 https://t.cn<span hidden>.gov.cn</span>/A6xYz"),
    ("hidden-font-0", '请访问 https://t.cn<span style="font-size:0">.gov.cn</span>/A6xYz'),
    ("struck-del", "请访问 https://t.cn<del>.gov.cn</del>/A6xYz"),
    ("struck-s", "请访问 https://t.cn<s>.gov.cn</s>/A6xYz"),
    ("hidden-jd-sh", '下单 https://u.jd.com<span style="display:none">.sh.gov.cn</span>/AbCd'),
]:
    add(
        case_id,
        text,
        "fixed",
        "ad.link_stripped",
        f"the reader sees and copies the ad address without the hidden part; {_HIDDEN}",
    )
add(
    "hidden-other-site",
    "详见 https://example.net<span hidden>.gov.cn</span>/x",
    "warn",
    "link.other_host",
    "a site of no one's shown as example.net; main: clean, read as example.net.gov.cn",
)

# --- 4. one star inside a whole mobile -----------------------------------------------------

_STAR = "main: clean, one star read as a decimal point or a product without a label"
add(
    "star-mobile-7-4",
    "报名人员：王某 1381234*5678",
    "block",
    "personal.mobile",
    f"eleven digits and a star, nothing masked; {_STAR}",
)
add(
    "star-mobile-full-width",
    "1381234＊5678",
    "block",
    "personal.mobile",
    f"a full-width star; {_STAR}",
)
add("star-mobile-3-8", "138*12345678", "block", "personal.mobile", f"3-8 with a star; {_STAR}")


# --- 5. (review of fix51) one inline box inside a run of digits: one number -------------

_ONE = "main (fix51): clean, the box tag read as a space split the number a reader reads as one"
for case_id, text, rule in [
    ("digits-section-inline", '138123<section style="display:inline">45678</section>', "mobile"),
    ("digits-p-inline", '138123<p style="display:inline">45678</p>', "mobile"),
    (
        "digits-section-inline-block",
        '138123<section style="display:inline-block">45678</section>',
        "mobile",
    ),
    (
        "digits-card-inline-block",
        f'{CARD[:7]}<section style="display:inline-block">{CARD[7:]}</section>',
        "bank_card",
    ),
]:
    add(case_id, text, "block", f"personal.{rule}", f"one box inside the digits; {_ONE}")

# --- 6. (review of fix51) a lone "\r" ends a line too -------------------------------------

_CR = "main (fix51): not read, a lone '\\r' was no line end"
add("cr-marking-line", "秘密\r正文", "block", "secrecy.marking", f"秘密 on its own line; {_CR}")
add(
    "cr-cr-lf-marking-line",
    "标题\r\r\n秘密\r\r\n正文",
    "block",
    "secrecy.marking",
    f"'\\r\\r\\n' line ends; {_CR}",
)
add(
    "cr-inside-mobile",
    "联系电话1381234\r5678",
    "block",
    "personal.mobile",
    f"a line end inside the mobile, as '\\n' is read; {_CR}",
)

# --- 7. (review of fix51) more hidden forms inside an ad address ---------------------------

_MORE = "main (fix51): clean, the address read with its hidden part, as gov.cn"
_NONE = '<span style="display:none">{}</span>'
for case_id, text, how in [
    ("hidden-at-end", "详见https://t.cn" + _NONE.format(".gov.cn"), "the address ends inside it"),
    ("hidden-at-end-space", "详见https://t.cn" + _NONE.format(".gov.cn") + " 其他", "then a word"),
    ("hidden-at-end-stop", "详见https://t.cn" + _NONE.format(".gov.cn") + "。", "then a 。"),
    ("hidden-nested-b", "详见https://t.cn" + _NONE.format("<b>.gov.cn</b>") + "/x", "<b> inside"),
    ("struck-nested-i", "详见https://t.cn<del><i>.gov.cn</i></del>/x", "<i> inside <del>"),
    ("hidden-opacity-dot0", '详见https://t.cn<span style="opacity:.0">.gov.cn</span>/x', ".0"),
    ("hidden-opacity-00", '详见https://t.cn<span style="opacity:0.0">.gov.cn</span>/x', "0.0"),
    ("hidden-font-00px", '详见https://t.cn<span style="font-size:0.0px">.gov.cn</span>/x', "0.0px"),
    (
        "hidden-font-important",
        '详见https://t.cn<span style="font-size:0!important">.gov.cn</span>/x',
        "0!important",
    ),
    (
        "hidden-transparent",
        '详见https://t.cn<span style="color:transparent">.gov.cn</span>/x',
        "a transparent colour",
    ),
    (
        "hidden-width-0",
        '详见https://t.cn<span style="display:inline-block;width:0;overflow:hidden">.gov.cn</span>/x',
        "an inline-block of width 0",
    ),
]:
    add(case_id, text, "fixed", "ad.link_stripped", f"{how}; {_MORE}")

# --- 8. (review of fix51) a star in a sum or in code is a multiplication sign ---------------

_SUM = "main (fix51): block personal.mobile, the star read as typed into a mobile"
for case_id, text in [
    ("sum-area-units", "面积=1381234*5678平方厘米"),
    ("sum-product-question", "1381234*5678的积是多少"),
    ("sum-8-2-equals", "计算：13812345*78=1077362910"),
    ("sum-code-span", "`13812345*78`"),
    ("sum-version-file", "版本1381234*5678号文件"),
]:
    add(case_id, text, "clean", None, f"no label, a sum or code beside it; {_SUM}")

# --- 9. (review of fix51) a mobile masked too little with other marks ----------------------

_UNDER = "main (fix51): clean, only a star was read as a mask"
for case_id, written, how in [
    ("under-x-one", "1381234X678", "one digit masked with X"),
    ("under-x-two", "13812345XX8", "two with XX"),
    ("under-dot", "1381234●678", "one with ●"),
    ("under-hash", "1381234#678", "one with #"),
    ("under-full-width", "１３８１２３４＊６７８", "full-width digits and star"),
    ("under-plus86", "+861381234*678", "after +86"),
]:
    add(case_id, f"联系电话 {written}", "block", "personal.mobile", f"{how}; {_UNDER}")


def write() -> Path:
    return corpus_yaml.write(
        HERE / f"{FAMILY}.yaml",
        FAMILY,
        CASES,
        header="Generated by gen_fix51_review.py (review of red teams 51–54): edit the script.",
        escaped=(),  # written before the shared writer: its two U+3000 stand as they are
    )


if __name__ == "__main__":
    sys.stdout.write(f"{write()} {len(CASES)}\n")
