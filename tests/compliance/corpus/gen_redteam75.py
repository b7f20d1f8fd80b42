"""Regenerate redteam75_blind_cross_stacks.yaml (red-team pass 75, written blind).

A tester's script against issue 12's hidden set: red team 71's transforms (spacing, width,
dashes, zero-width characters, grouping, full stops, case, line breaks) and red team 74's
(look-alike digits and letters, homoglyphs, traditional/compatibility/Kangxi ideographs, stars,
combining marks, U+202E reversal, HTML comments) stacked 2–4 at a time, at least one of each
set, on fresh values of issue 12's items (``number_makers.py``) and on look-alikes that must stay
clean, and placed in a field drawn at random: the body (start, middle or end of a post of about
1,500 characters), the title, the summary, the tag, a Markdown link's text, an image's alt text
or a table cell. Red team 74's open gaps (a character split into components, Roman numerals,
O/l for digits, bare %2E hosts) are not drawn. Written before the checker, the docs or any other
family was read (issue 12, the corpus README, ``case_table.py``, ``gen_redteam71.py``,
``gen_redteam74.py`` and ``number_makers.py`` only). Fixed seed; run from the repository root:
python tests/compliance/corpus/gen_redteam75.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

import gen_redteam71 as rt71
import gen_redteam74 as rt74
from case_table import CaseTable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import luhn, no_mobile_inside

SEED = 75
FAMILY = "redteam75_blind_cross_stacks"
Seed = rt71.Seed
Rng = random.Random
Step = Callable[[Seed, str, Rng], str]


# --- the two sets of transforms, each with its stage (the order a stack applies them in) ---
def _from74(f: rt74.Transform) -> Step:
    def apply(seed: Seed, value: str, rng: Rng) -> str:
        return f(value, rng)

    return apply


def _guarded(f: Step) -> Step:
    """A 71 transform that has no place to act on this value changes nothing (stack redrawn)."""

    def apply(seed: Seed, value: str, rng: Rng) -> str:
        try:
            return f(seed, value, rng)
        except (ValueError, IndexError):
            return value

    return apply


def _stops(seed: Seed, value: str, rng: Rng) -> str:
    """Full stops between host labels, for a gov.cn link too."""
    return rt71.t_stops(Seed("link", seed.value, "", None, ""), value, rng)


SET71: dict[str, tuple[int, Step, set[str]]] = {
    "grouping": (0, rt71.t_grouping, {"id", "mobile", "card", "clean_number"}),
    "full_width": (2, rt71.t_full_width, {"link", "code", "id", "mobile", "card", "mark"}),
    "stops": (2, _stops, {"link", "clean_link"}),
    "case": (2, rt71.t_case, {"link", "clean_link"}),
    "spaces": (
        3,
        _guarded(rt71.t_spaces),
        {"id", "mobile", "card", "mark", "internal", "note", "clean_number", "prose"},
    ),
    "dashes": (
        3,
        _guarded(rt71.t_dashes),
        {"id", "mobile", "card", "mark", "internal", "note", "clean_number"},
    ),
    "invisible": (
        4,
        _guarded(rt71.t_invisible),
        {"link", "code", "id", "mobile", "card", "mark", "internal", "note", "clean_number"},
    ),
    "line_break": (
        4,
        _guarded(rt71.t_line_break),
        {"id", "mobile", "card", "mark", "internal", "note"},
    ),
}
_DIGITS74 = [n for n in rt74.DIGITS if n not in {"roman", "o-l"}]  # 74's open gaps
_SAFE_DIGITS = ["small", "big", "circled", "mbold", "mdouble", "mmono", "keycap", "super"]
_LETTERS74 = [n for n in rt74.LETTERS if n != "full-width"]  # (71's full width stands for it)
_MUST = {"link", "code", "id", "mobile", "card", "mark", "internal", "note"}
SET74: dict[str, tuple[int, Step, set[str]]] = {
    **{n: (1, _from74(rt74.DIGITS[n]), _MUST - {"internal", "note"}) for n in _DIGITS74},
    **{n: (1, _from74(rt74.LETTERS[n]), {"link", "code"}) for n in _LETTERS74},
    **{
        n: (1, _from74(rt74.IDEOGRAPHS[n]), {"mark", "internal", "note", "prose"})
        for n in ["traditional", "compat", "kangxi"]
    },
    "star": (1, _from74(rt74.star), {"mark"}),
    "combining": (5, _from74(rt74.combining), _MUST),
    "comment": (6, _from74(rt74.html_comment), _MUST),
    "rlo": (7, _from74(rt74.reversed_rlo), _MUST),
}
# What keeps a look-alike what it is: digits that read as digits, gov.cn in letters that
# are not Latin (no address at all) or in Latin ones (still gov.cn).
for _n in _SAFE_DIGITS:
    SET74[_n][2].add("clean_number")
for _n in ["math-bold", "enclosed", "math-mono", "homoglyph"]:
    SET74[_n][2].add("clean_link")
TRANSFORMS = SET71 | SET74


def _digits_in(names: list[str]) -> int:
    return sum(n in rt74.DIGITS for n in names)


def render_value(seed: Seed, stack: list[str], case_seed: int) -> str | None:
    """``seed``'s value through ``stack`` (each transform with its own generator, so a sub-stack
    reproduces its characters); None when a transform changes nothing."""
    value = seed.value
    left = _digits_in(stack)
    for name in sorted(stack, key=lambda n: (TRANSFORMS[n][0], n)):
        if name in rt74.DIGITS:
            rt74.SHARE[0] = 1.0 / left
            left -= 1
        changed = TRANSFORMS[name][1](seed, value, random.Random(f"{case_seed}:{name}"))
        rt74.SHARE[0] = 1.0
        if changed == value:
            return None
        value = changed
    return value


def draw_stack(seed: Seed, rng: Rng) -> tuple[list[str], int, str]:
    """2–4 transforms, at least one of each set, that all change the value."""
    a = [n for n, (_, _, kinds) in SET71.items() if seed.kind in kinds]
    b = [n for n, (_, _, kinds) in SET74.items() if seed.kind in kinds]
    while True:
        size = rng.choice([2, 2, 3, 3, 4])
        stack = [rng.choice(a), rng.choice(b)]
        pool = [n for n in a + b if n not in stack]
        stack += rng.sample(pool, min(len(pool), size - 2))
        if _digits_in(stack) > 2:
            continue
        case_seed = rng.randrange(10**9)
        value = render_value(seed, stack, case_seed)
        if value is not None:
            return sorted(stack), case_seed, value


# --- seeds -------------------------------------------------------------------------------
def must_seeds(rng: Rng) -> list[Seed]:
    """Fresh values of issue 12's items."""
    seeds = []
    for _ in range(5):
        link = rt74.fresh_link(rng)
        while "item.taobao" in link:  # (a product page only warns: not an ad host)
            link = rt74.fresh_link(rng)
        seeds.append(Seed("link", link, "fixed", rt71.LS, "link", ["报名网址：", "详见", "链接："]))
    for _ in range(4):
        seeds.append(Seed("code", rt74.fresh_code(rng), "block", rt71.SC, "淘口令"))  # noqa: PERF401 - the draws in order
    for _ in range(4):
        seeds.append(  # noqa: PERF401 - the draws in order
            Seed(
                "id",
                rt74.fresh_id(rng),
                "block",
                rt71.IDN,
                "id",
                ["身份证号：", "公民身份号码"],
                (6, 8, 4),
            )
        )
    for _ in range(4):
        seeds.append(  # noqa: PERF401 - the draws in order
            Seed(
                "mobile",
                rt74.fresh_mobile(rng),
                "block",
                rt71.MOB,
                "mobile",
                ["联系电话：", "手机："],
                (3, 4, 4),
            )
        )
    for _ in range(3):
        number = rt74.fresh_card(rng)
        while not no_mobile_inside(number):
            number = rt74.fresh_card(rng)
        seeds.append(
            Seed("card", number, "block", rt71.CARD, "card", ["卡号：", "收款账号："], (4, 4, 4, 4))
        )
    for mark in ["机密★", "秘密★5年", "绝密★", "机密★10年"]:
        seeds.append(Seed("mark", mark, "block", rt71.MARK, f"marking {mark}", ["本文件密级："]))  # noqa: PERF401 - the draws in order
    for text in ["（此件不公开）", "（此件不予公开）"]:
        seeds.append(Seed("note", text, "block", rt71.NOTE, f"note {text}"))  # noqa: PERF401 - the draws in order
    for text in ["内部资料", "内部资料，请勿外传"]:
        seeds.append(Seed("internal", text, "block", rt71.INT, f"internal {text}"))  # noqa: PERF401 - the draws in order
    return seeds


def clean_seeds(rng: Rng) -> list[Seed]:
    """Look-alikes: red team 71's, and prose with 内部/机密 that is no marking."""
    seeds = rt71.clean_seeds(rng)
    for _ in range(2):  # a 16-digit UnionPay-like number failing Luhn
        good = luhn("62" + rt71._digits(rng, 13))
        bad = good[:-1] + str((int(good[-1]) + 5) % 10)
        if no_mobile_inside(bad):
            seeds.append(
                Seed(
                    "clean_number",
                    bad,
                    "clean",
                    None,
                    "card failing luhn",
                    ["编号："],
                    (4, 4, 4, 4),
                )
            )
    for text in [
        "健全内部控制制度",
        "保障数据的机密性",
        "加强内部资料室管理",
        "机关内部审计工作规定",
    ]:
        seeds.append(Seed("prose", text, "clean", None, f"prose {text}"))
    return seeds


# --- placement ---------------------------------------------------------------------------
FIELDS = ["start", "middle", "end", "title", "summary", "tags", "link_text", "image.alt", "cell"]
ONE_LINE = {"title", "summary", "tags", "link_text", "image.alt", "cell"}


def _filler(rng: Rng, size: int) -> str:
    text = ""
    while len(text) < size:
        text += rng.choice(rt71.PROSE)
    return text


def place(seed: Seed, value: str, where: str, rng: Rng) -> tuple[str, str | None]:  # noqa: PLR0911 - one return a field
    """The case's text and field for ``value`` placed ``where``."""
    if seed.labels and rng.random() < 0.6:
        value = rng.choice(seed.labels) + value
    if where in ONE_LINE:
        value = value.replace("\n", "")
    if where in {"title", "summary", "tags"}:
        return value, where
    if where == "image.alt":
        return value, "image.alt"
    if where == "link_text":
        return f"{_filler(rng, 60)}\n\n详见[{value}](https://www.gov.cn/zhengce/)。\n", None
    if where == "cell":
        row = rng.choice(["联系方式", "备注", "说明"])
        return (
            f"{_filler(rng, 80)}\n\n| 事项 | 内容 |\n| --- | --- |\n| 办理时间 | 工作日 |\n"
            f"| {row} | {value} |\n",
            None,
        )
    head, tail = _filler(rng, 700), _filler(rng, 700)
    if where == "start":
        return f"{value}\n\n{head}{tail}", None
    if where == "end":
        return f"{head}{tail}\n\n{value}", None
    return f"{head}\n\n{value}\n\n{tail}", None


def expectation(seed: Seed, stack: list[str]) -> tuple[str, str | None, str]:
    """What to expect; red team 74's triage where it decided a form (its generator says why)."""
    names = set(stack)
    if seed.kind == "code" and names & rt74.NOT_A_CODE:
        return (
            "clean",
            None,
            " — as red team 74's triage: a code with Chinese numerals is no code the app reads",
        )
    if seed.kind == "link" and "rlo" in names:
        return (
            "block",
            "ad.spelled_link",
            " — as red team 74's triage: a reversed ad host is spelled out",
        )
    return seed.expect, seed.rule, ""


# Triage (after the first run, docs/compliance.md read): expectations the docs decide otherwise.
_CASE_OF_LOOKALIKE = (
    "clean — triage: upper case made of a look-alike another letter (the capital of the Greek eta "
    "η is Η, an H to the eye: DWZ.CΗ is .ch; the Komi capital Ԁ is no D in confusables.txt), and "
    "look-alike letters are read only as confusables.txt reads them (docs: documented limits)"
)
EXPECT_BY_ID: dict[str, tuple[str, str | None, str]] = {
    "hit-031": ("clean", None, _CASE_OF_LOOKALIKE),
    "hit-032": ("clean", None, _CASE_OF_LOOKALIKE),
    "clean-029": (
        "warn",
        rt71.CARD,
        "warn — triage: a 62… number of 16 digits failing Luhn, unlabelled, warns as a probable "
        "UnionPay card (docs: card networks); after 编号 it stays clean",
    ),
}
XFAIL: dict[str, str] = {
    **dict.fromkeys(["hit-016", "hit-042", "hit-211"], rt71._IRREGULAR),
    **dict.fromkeys(["hit-041", "hit-238"], rt71._OVER_LINES),
    # (hit-072, hit-185: a labelled number in a grouping inside a U+202E run, its label outside
    # the run — read since fix96a, the run's paragraph read as shown)
    "hit-060": (
        "a combining mark on the last letter of an ad link that is the whole title (…qwD́EDṬWŃ) is "
        "left outside the link: the link is stripped, but the title is not read as nothing but "
        "the link (ad.url_field); not fixed in red team 75"
    ),
}


def triaged(seed: Seed, value: str, text: str, field: str | None) -> tuple[str, str | None, str]:
    """What the docs give a placed form that the blind draw expected otherwise."""
    if (
        seed.kind == "clean_link"
        and "//" in value
        and not value.split("//", maxsplit=1)[0].isascii()
    ):
        return (
            "warn",
            "link.unparsable",
            " — triage: its scheme is a look-alike, no URL a browser opens (docs: link.unparsable)",
        )
    if seed.kind == "link" and field == "title" and text == value and "\u202e" not in text:
        return (
            "block",
            [rt71.LS, "ad.url_field"],  # type: ignore[return-value]
            " — triage: a title that is nothing but an ad link blocks (docs: ad.url_field)",
        )
    return seed.expect, seed.rule, ""


def draw(rng: Rng, seeds: list[Seed], count: int, prefix: str, table: CaseTable) -> None:
    for n in range(count):
        seed = seeds[n % len(seeds)]
        stack, case_seed, value = draw_stack(seed, rng)
        where = rng.choice(FIELDS)
        text, field = place(seed, value, where, random.Random(f"{case_seed}:place"))
        expect, rule, why = expectation(seed, stack)
        if not why:
            expect, rule, why = triaged(seed, value, text, field)
        id_ = f"{prefix}-{n:03d}"
        if id_ in EXPECT_BY_ID:
            expect, rule, reason = EXPECT_BY_ID[id_]
            why = f" — {reason}"
        note = f"seed={seed.desc} {seed.value}; stack={'+'.join(stack)}; where={where}; case_seed={case_seed}{why}"
        table.case(id_, text, expect, rule, note, field, xfail=XFAIL.get(id_))


def main() -> None:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    draw(rng, must_seeds(rng), 240, "hit", table)
    draw(rng, clean_seeds(rng), 110, "clean", table)
    table.write(
        __file__,
        "red-team pass 75 (blind): stacks across both transform sets; gen_redteam75.py regenerates it",
        width=1000,
    )


if __name__ == "__main__":
    main()
