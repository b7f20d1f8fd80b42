"""A sweep of stacked obfuscations over issue 12's forms (red-team passes 20 and 24).

Run by hand, not by pytest (the name does not match ``test_*.py``)::

    python tests/compliance/sweep_stacked.py --seed 24

It takes the must-catch forms of issue 12 and five clean look-alikes, applies every pair
and every triple of nine transforms (full width, ``。｡．`` dots, zero-width characters,
every character spaced apart, traditional characters, Markdown emphasis, HTML tags,
character references, a line break inside), puts each variant bare in the body, in a
Markdown table cell, in prose, or in the title, summary or author field, and prints the
misses and false positives by class. A must-catch variant is caught when a finding of its
kind is made; a look-alike is a false positive when any finding is made. Numbers with
check characters come from ``number_makers`` (independent of govpub).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from number_makers import id_number, luhn, uscc

from govpub import Policy, Post, check

Atom = tuple[str, str, str]  # what a transform put before it, one visible character, after
Atoms = list[Atom]

TRANSFORMS = ("break", "spaced", "emphasis", "tags", "refs", "zw", "dots", "full", "trad")
# A variant's class is its first transform in this order (a line break inside is the
# largest class; letter-spacing the next), as the pass-20 table counts them.

_TRADITIONAL = str.maketrans(
    "内资机报网复后开宝联系电话关于单位会码统一社信用代",
    "內資機報網複後開寶聯繫電話關於單位會碼統一社信用代",
)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_SPACES = (" ", "\u3000", "\u00a0")


@dataclass(frozen=True)
class Form:
    name: str
    text: str
    kind: str  # the rule prefix of a catch; "" for a look-alike


def _codes(rng: random.Random, prefix: str) -> str:
    """An all-digit 统一社会信用代码 starting ``prefix`` that also passes Luhn."""
    while True:
        code = uscc(prefix + "".join(rng.choice("0123456789") for _ in range(15)))
        if code.isdigit() and luhn(code[:-1]) == code:
            return code


def forms(seed: int) -> list[Form]:
    rng = random.Random(seed)
    ngo = _codes(rng, rng.choice(("51", "52", "53")))
    named = _codes(rng, "53")
    return [
        Form("taobao-fullwidth", "ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／ｔ?ｅ=Ｗｍ８Ｋｐ２", "ad."),
        Form("taobao-stop", "s.click.taobao。com/t?e=Wm8Kp2", "ad."),
        Form("jd-stops", "u。jd。com/K7qP2x", "ad."),
        Form("dwz-halfwidth-stop", "dwz｡cn/CLqUw7", "ad."),
        Form("tcn-fullwidth-dot", "t．cn/A6xYz12", "ad."),
        Form("jd-fullwidth-scheme", "ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／Ｋ７ｑＰ２ｘ", "ad."),
        Form("taobao-zwsp", "https://s.click.tao\u200bbao.com/t?e=Wm8Kp2", "ad."),
        Form("jd-word-joiner", "u.\u2060jd.com/K7qP2x", "ad."),
        Form("tcn-ascii-colon", "报名网址:t.cn/Hq3ZpTx", "ad."),
        Form("tcn-one-slash", "https:/t.cn/Rk7Vw2Q", "ad."),
        Form("tkl-corner", "「VAQz99KzQVD」复制后打开淘宝", "ad."),
        Form("tkl-book-title", "《VAQz99KzQVD《复制后打开淘宝", "ad."),
        Form("id-hyphens", "-".join(_split(id_number("31010419851122368"), 6, 8)), "personal.id"),
        Form("mobile-fullwidth-hyphens", "138－1234－5678", "personal.mobile"),
        Form("secret-fullwidth-star", "机密＊10年", "secrecy."),
        Form("not-public", "（此件不公开）", "disclosure."),
        Form("not-to-be-public", "（此件不予公开）", "disclosure."),
        Form("internal-spaced", "内 部 资 料", "secrecy."),
        Form("secret-traditional", "機密★", "secrecy."),
        Form("internal-traditional", "內部資料", "secrecy."),
        Form("ngo-code", ngo, ""),
        Form("ngo-code-named", f"某某市慈善基金会（{named}）", ""),
        Form("project-number", "项目编号：440304-2026-0312", ""),
        Form("landline-hyphens", "咨询电话：0755-8210-3361", ""),
        Form("gov-stops", "www。gov。cn", ""),
    ]


def _split(text: str, *lengths: int) -> list[str]:
    pieces, at = [], 0
    for length in lengths:
        pieces.append(text[at : at + length])
        at += length
    return [*pieces, text[at:]]


def _visible(atoms: Atoms) -> list[int]:
    """The indices of atoms that are letters, digits or ideographs (not spaces, marks)."""
    return [i for i, (_, char, _) in enumerate(atoms) if char.isalnum()] or list(range(len(atoms)))


class _Random(random.Random):
    """A variant's choices; ``loose``: marks may go beside the spaces of letter-spacing."""

    loose = False


def _inner(rng: random.Random, atoms: Atoms) -> tuple[int, int]:
    """Two visible atoms, the first before the second (any two atoms when loose)."""
    visible = list(range(len(atoms))) if getattr(rng, "loose", False) else _visible(atoms)
    if len(visible) < 2:
        return visible[0], visible[0]
    first, last = sorted(rng.sample(visible, 2))
    return first, last


def _around(atoms: Atoms, first: int, last: int, before: str, after: str) -> Atoms:
    atoms = list(atoms)
    head, char, tail = atoms[first]
    atoms[first] = (head + before, char, tail)
    head, char, tail = atoms[last]
    atoms[last] = (head, char, tail + after)
    return atoms


def _wide(char: str) -> str:
    if "!" <= char <= "~":
        return chr(ord(char) + 0xFEE0)
    return "\u3000" if char == " " else char


def _full(_rng: random.Random, atoms: Atoms) -> Atoms:
    return [(h, "".join(_wide(c) for c in char), t) for h, char, t in atoms]


def _dots(rng: random.Random, atoms: Atoms) -> Atoms:
    return [(h, rng.choice("。｡．") if c in ".．。｡" else c, t) for h, c, t in atoms]


def _zw(rng: random.Random, atoms: Atoms) -> Atoms:
    first, _ = _inner(rng, atoms)
    return _around(atoms, first, first, "", rng.choice(_ZERO_WIDTH))


def _trad(_rng: random.Random, atoms: Atoms) -> Atoms:
    return [(h, c.translate(_TRADITIONAL), t) for h, c, t in atoms]


def _emphasis(rng: random.Random, atoms: Atoms) -> Atoms:
    first, last = _inner(rng, atoms)
    mark = rng.choice(("**", "*"))
    return _around(atoms, first, last, mark, mark)


def _tags(rng: random.Random, atoms: Atoms) -> Atoms:
    first, last = _inner(rng, atoms)
    tag = rng.choice(("b", "em", "span", "strong"))
    return _around(atoms, first, last, f"<{tag}>", f"</{tag}>")


def _refs(rng: random.Random, atoms: Atoms) -> Atoms:
    at = rng.choice(_visible(atoms))
    atoms = list(atoms)
    head, char, tail = atoms[at]
    code = f"&#{ord(char)};" if rng.random() < 0.5 else f"&#x{ord(char):x};"
    atoms[at] = (head, code, tail)
    return atoms


def _break(rng: random.Random, atoms: Atoms) -> Atoms:
    first, _ = _inner(rng, atoms)
    return _around(atoms, first, first, "", rng.choice(("<br>", "\u2028")))


_APPLY: dict[str, Callable[[random.Random, Atoms], Atoms]] = {
    "trad": _trad,
    "full": _full,
    "dots": _dots,
    "zw": _zw,
    "emphasis": _emphasis,
    "tags": _tags,
    "refs": _refs,
    "break": _break,
}
# the order they are applied in: characters first, then what goes around them
_ORDER = ("trad", "full", "dots", "zw", "emphasis", "tags", "break", "refs")

CONTEXTS = ("body", "cell", "prose", "title", "summary", "author")


def variant(form: Form, combo: tuple[str, ...], rng: _Random) -> str:
    """``form`` under the transforms of ``combo``. Letter-spaced, the marks of the others go
    around the characters (``内 部 **资 料**``) or, loose, anywhere between the characters and
    the spaces (``内* 部 资 *料``, ``内 部 资** 料**``): half the variants each."""
    atoms: Atoms = [("", c, "") for c in form.text if not (c == " " and "spaced" in combo)]
    if "spaced" in combo:
        space = rng.choice(_SPACES)
        spaced: Atoms = []
        for atom in atoms:
            spaced += [("", space, ""), atom] if spaced else [atom]
        atoms = spaced
        rng.loose = rng.random() < 0.5
    for name in _ORDER:
        if name in combo:
            atoms = _APPLY[name](rng, atoms)
    return "".join("".join(atom) for atom in atoms)


def post(text: str, context: str) -> Post:
    title = "关于做好有关工作的通知"
    if context == "cell":
        return Post(title=title, body=f"| 事项 | 内容 |\n|---|---|\n| 联系 | {text} |")
    if context == "prose":
        body = f"各有关单位：现将有关事项通知如下。{text}，请认真贯彻落实。"
        return Post(title=title, body=body)
    if context == "body":
        return Post(title=title, body=text)
    fields = {"title": title, "body": "各有关单位：现将有关事项通知如下。", context: text}
    return Post(**fields)


@dataclass(frozen=True)
class Outcome:
    form: Form
    combo: tuple[str, ...]
    context: str
    text: str
    rules: tuple[str, ...]

    @property
    def wrong(self) -> bool:
        if not self.form.kind:
            return bool(self.rules)
        return not any(rule.startswith(self.form.kind) for rule in self.rules)

    @property
    def cls(self) -> str:
        return next(t for t in TRANSFORMS if t in self.combo)


def sweep(seed: int) -> list[Outcome]:
    policy = Policy.default()
    combos = [c for n in (2, 3) for c in combinations(TRANSFORMS, n)]
    outcomes = []
    for form in forms(seed):
        for combo in combos:
            for context in CONTEXTS:
                rng = _Random(f"{seed}/{form.name}/{'+'.join(combo)}/{context}")
                text = variant(form, combo, rng)
                found = check(post(text, context), policy).findings
                rules = tuple(sorted({f.rule for f in found}))
                outcomes.append(Outcome(form, combo, context, text, rules))
    return outcomes


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def report(outcomes: list[Outcome], examples: int) -> None:
    catch = [o for o in outcomes if o.form.kind]
    clean = [o for o in outcomes if not o.form.kind]
    misses = [o for o in catch if o.wrong]
    false = [o for o in clean if o.wrong]
    say(f"variants {len(outcomes)}: {len(catch)} must-catch, {len(clean)} clean")
    say(f"misses {len(misses)} of {len(catch)}; false positives {len(false)} of {len(clean)}")
    for title, wrong in (("misses", misses), ("false positives", false)):
        say(f"\n{title} by class (first transform of {', '.join(TRANSFORMS)}):")
        for cls, count in Counter(o.cls for o in wrong).most_common():
            say(f"  {cls:9} {count}")
        say(f"{title} by form:")
        for name, count in Counter(o.form.name for o in wrong).most_common():
            say(f"  {name:26} {count}")
        spaced = [o for o in wrong if o.cls == "spaced"]
        if spaced:
            say(f"{title}, letter-spaced, by the stacked transforms:")
            stacks = Counter("+".join(t for t in o.combo if t != "spaced") for o in spaced)
            for stack, count in stacks.most_common():
                say(f"  spaced+{stack:16} {count}")
            say(f"{title}, letter-spaced, by form and second transform:")
            pairs = Counter(
                (o.form.name, t) for o in spaced for t in o.combo if t not in {"spaced"}
            )
            for (name, second), count in pairs.most_common(40):
                say(f"  {name:26} {second:9} {count}")
        shown: set[tuple[str, str]] = set()
        say(f"{title}, examples:")
        for o in wrong:
            key = (o.form.name, "+".join(o.combo))
            if len(shown) >= examples or key in shown:
                continue
            shown.add(key)
            say(f"  {o.form.name} [{'+'.join(o.combo)}] {o.context}: {o.text!r} {o.rules}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--examples", type=int, default=40, help="wrong variants shown")
    parser.add_argument("--only", help="only forms whose name contains this")
    args = parser.parse_args(argv)
    outcomes = sweep(args.seed)
    if args.only:
        outcomes = [o for o in outcomes if args.only in o.form.name]
    report(outcomes, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
