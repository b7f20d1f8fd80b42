"""Red team 32: a blind generator of obfuscated items and look-alikes, run by hand.

Written before reading the checker or the other sweeps: base items (ad and short
links, 淘口令, ID numbers, mobiles, bank cards, 密级 markings, 内部资料, 公开属性
notes) and look-alikes that must stay clean (统一社会信用代码 incl. all-digit
51–53 ones passing Luhn, 组织机构代码, masked numbers, dates, amounts, landlines,
文号), each put through one or two obfuscating transforms and set in a context
(body, title, summary, table, quote, list). A must-catch item is caught when a
blocking or fixing finding of its rule family is reported; a look-alike is falsely
flagged when any blocking or fixing finding is reported.

    python tests/compliance/sweep_blind.py --seed 1 --count 3000

Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from number_makers import DIVISIONS, id_number, luhn, org_code, uscc

from govpub import Post, check


@dataclass(frozen=True)
class Item:
    kind: str  # "ad", "share", "id", "mobile", "card", "secret", "internal", "disclosure", or "clean:*"
    core: str  # the part transforms act on
    before: str = ""  # words around it, left as written
    after: str = ""
    rules: tuple[str, ...] = ()  # rule prefixes that count as caught

    @property
    def must_catch(self) -> bool:
        return not self.kind.startswith("clean")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_items(rng: random.Random) -> list[Item]:
    div = rng.choice(DIVISIONS)
    year = rng.randint(1950, 2005)
    birth = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    idn = id_number(div + birth + _digits(rng, 3))
    mobile = rng.choice(["138", "139", "150", "186", "177", "199"]) + _digits(rng, 8)
    unionpay = luhn("62" + _digits(rng, 16))
    visa = luhn("4" + _digits(rng, 14))
    code = "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(11)
    )
    path = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(6))
    # all-digit USCC of a 社会团体/民办非企业/基金会 (51–53) that passes Luhn
    while True:
        usc = uscc(rng.choice(["51", "52", "53"]) + div + _digits(rng, 9))
        if usc.isdigit() and luhn(usc[:-1]) == usc:
            break
    usc_company = uscc("91" + div + _digits(rng, 8) + rng.choice("ABCDEFGHJKLMNPQRTUWXY"))
    org = org_code(_digits(rng, 8))
    ad = ("ad.",)
    return [
        Item("ad", f"s.click.taobao.com/t?e={path}", "领取优惠券：", "。", ad),
        Item("ad", f"u.jd.com/{path}", "点击", "购买。", ad),
        Item("ad", f"t.cn/{path}", "报名入口", "，欢迎参加。", ad),
        Item("ad", f"https://dwz.cn/{path}", "详见", "。", ad),
        Item(
            "ad",
            f"https://mobile.yangkeduo.com/goods.html?goods_id={_digits(rng, 9)}&pid={_digits(rng, 7)}_{_digits(rng, 9)}",
            "拼单：",
            "",
            ad,
        ),
        Item("share", f"￥{code}￥", "", "复制这条信息，打开手机淘宝即可领取", ("ad.share_code",)),
        Item("id", idn, "申请人张某，身份证号", "，现予公示。", ("personal.id_number",)),
        Item("id", idn, "公民身份号码：", "", ("personal.id_number",)),
        Item("mobile", mobile, "联系人：李老师，手机", "。", ("personal.mobile",)),
        Item("mobile", mobile, "咨询请拨打", "（王先生）。", ("personal.mobile",)),
        Item("card", unionpay, "退款请汇入银行卡号", "。", ("personal.bank_card",)),
        Item("card", visa, "信用卡号", "已冻结。", ("personal.bank_card",)),
        Item("secret", "机密★10年", "", "\n\n关于做好有关工作的通知", ("secrecy.marking",)),
        Item("secret", "绝密★永久", "", "\n\n会议纪要", ("secrecy.marking",)),
        Item("secret", "秘密★1年", "", "\n\n关于印发方案的通知", ("secrecy.marking",)),
        Item("internal", "内部资料", "", "，注意保存。", ("secrecy.internal",)),
        Item("internal", "内部资料 不得外传", "本材料为", "。", ("secrecy.internal",)),
        Item(
            "disclosure",
            "（此件不公开）",
            "市政府办公室\n2025年3月1日\n",
            "",
            ("disclosure.not_public",),
        ),
        Item(
            "disclosure",
            "（此件不予公开）",
            "区人民政府\n2025年5月8日\n",
            "",
            ("disclosure.not_public",),
        ),
        Item("clean:uscc51", usc, "统一社会信用代码：", "。", ()),
        Item("clean:uscc91", usc_company, "统一社会信用代码", "，法定代表人王某。", ()),
        Item("clean:org", org, "组织机构代码：", "", ()),
        Item("clean:masked_id", idn[:6] + "********" + idn[-4:], "身份证号", "的申请人", ()),
        Item("clean:masked_mobile", mobile[:3] + "****" + mobile[-4:], "联系电话", "。", ()),
        Item("clean:date", f"{birth[:4]}-{birth[4:6]}-{birth[6:]}", "成立日期", "。", ()),
        Item(
            "clean:date8",
            f"{rng.randint(2018, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            "批次号",
            "。",
            (),
        ),
        Item(
            "clean:amount",
            f"{rng.randint(1, 999)},{_digits(rng, 3)},{_digits(rng, 3)}.{_digits(rng, 2)}",
            "总投资",
            "元。",
            (),
        ),
        Item("clean:landline", f"021-{rng.randint(5, 6)}{_digits(rng, 7)}", "咨询电话：", "。", ()),
        Item("clean:landline2", f"(010){rng.randint(6, 8)}{_digits(rng, 7)}", "值班电话", "。", ()),
        Item(
            "clean:docno",
            f"国办发〔{rng.randint(2015, 2025)}〕{rng.randint(1, 130)}号",
            "根据",
            "精神。",
            (),
        ),
        Item("clean:prose", "依法不予公开", "涉及国家秘密的，", "。", ()),
        Item("clean:gov", f"https://www.gov.cn/zhengce/{path}.htm", "原文：", "。", ()),
        Item(
            "clean:account",
            rng.choice("13579") + _digits(rng, rng.randint(15, 18)),
            "户名：某市财政局非税收入专户，账号：",
            "。",
            (),
        ),
        Item("clean:publication", "内部资料性出版物", "根据《", "管理办法》，申领准印证。", ()),
        Item("clean:secrecy_prose", "绝密、机密、秘密", "国家秘密的密级分为", "三级。", ()),
        Item("clean:capital_amount", "壹佰叁拾捌万贰仟叁佰肆拾伍元整", "合同金额人民币", "。", ()),
        Item("clean:hotline", f"400-{_digits(rng, 3)}-{_digits(rng, 4)}", "服务热线", "。", ()),
        Item(
            "clean:isbn",
            f"978-7-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(0, 9)}",
            "ISBN ",
            "",
            (),
        ),
    ]


# ---- transforms --------------------------------------------------------------

INVISIBLES = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u180e",
    "\u2061",
    "\u2062",
    "\u2063",
    "\u2064",
    "\ufe0f",
    "\ufe00",
    "\u034f",
]
EMOJI = ["🔥", "👉", "✨", "★", "☆", "♥", "✅", "▲", "※"]
CN_DIGITS = dict(zip("0123456789", "〇幺二三四五六七八九", strict=True))
CN_PLAIN = dict(zip("0123456789", "零一二三四五六七八九", strict=True))
CN_CAPITAL = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖", strict=True))
PINYIN = dict(
    zip(
        "0123456789",
        ["ling", "yao", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"],
        strict=True,
    )
)
ENGLISH = dict(
    zip(
        "0123456789",
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        strict=True,
    )
)
HOMO = {
    "a": "а",
    "c": "с",
    "e": "е",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "i": "і",
    "j": "ј",
    "s": "ѕ",
}
GREEK = {"o": "ο", "a": "α", "i": "ι", "n": "η", "u": "υ", "t": "τ", "k": "κ"}


def _map_digits(base: int) -> Callable[[str, random.Random], str]:
    def go(text: str, rng: random.Random) -> str:
        return "".join(chr(base + int(c)) if c.isdigit() and c.isascii() else c for c in text)

    return go


def _map_table(table: dict[str, str], sep: str = "") -> Callable[[str, random.Random], str]:
    def go(text: str, rng: random.Random) -> str:
        return sep.join(table.get(c, c) for c in text)

    return go


def full_width(text: str, rng: random.Random) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text
    )


def mixed_width(text: str, rng: random.Random) -> str:
    return "".join(full_width(c, rng) if rng.random() < 0.5 else c for c in text)


def circled(text: str, rng: random.Random) -> str:
    return "".join(
        ("⓪" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isascii() and c.isdigit() else c
        for c in text
    )


SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))
SUB = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True))


def _between(chars: list[str]) -> Callable[[str, random.Random], str]:
    def go(text: str, rng: random.Random) -> str:
        out = []
        for i, c in enumerate(text):
            out.append(c)
            if i < len(text) - 1 and rng.random() < 0.6:
                out.append(rng.choice(chars))
        return "".join(out)

    return go


def combining(text: str, rng: random.Random) -> str:
    return "".join(
        c + (rng.choice("\u0301\u0308\u0332\u0336") if c.isalnum() and rng.random() < 0.5 else "")
        for c in text
    )


def digit_groups(sep: str) -> Callable[[str, random.Random], str]:
    def go(text: str, rng: random.Random) -> str:
        if not any(c.isdigit() for c in text) or "/" in text:
            return text
        n = len(text)
        sizes = {11: [3, 4, 4], 18: [6, 8, 4], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}.get(
            n, [4] * (n // 4 + 1)
        )
        parts, pos = [], 0
        for s in sizes:
            if pos < n:
                parts.append(text[pos : pos + s])
                pos += s
        if pos < n:
            parts.append(text[pos:])
        if sep == "()":
            return f"({parts[0]})" + "-".join(parts[1:])
        return sep.join(parts)

    return go


def uppercase(text: str, rng: random.Random) -> str:
    return text.upper()


def url_encode(text: str, rng: random.Random) -> str:
    return "".join(
        f"%{ord(c):02X}" if c.isalnum() and c.isascii() and rng.random() < 0.5 else c for c in text
    )


def html_entities(text: str, rng: random.Random) -> str:
    return "".join(
        (f"&#{ord(c)};" if rng.random() < 0.5 else f"&#x{ord(c):x};") if rng.random() < 0.6 else c
        for c in text
    )


def markdown_wrap(text: str, rng: random.Random) -> str:
    cut = max(1, len(text) // 2)
    style = rng.choice(["**", "*", "~~", "`", "__"])
    return f"{style}{text[:cut]}{style}{text[cut:]}"


def html_wrap(text: str, rng: random.Random) -> str:
    cut = max(1, len(text) // 2)
    tag = rng.choice(["b", "span", "em", "font color=red"])
    end = tag.split()[0]
    return f"<{tag}>{text[:cut]}</{end}>{text[cut:]}"


def line_wrap(text: str, rng: random.Random) -> str:
    cut = rng.randint(1, max(1, len(text) - 1))
    return text[:cut] + "\n" + text[cut:]


def homoglyph(table: dict[str, str]) -> Callable[[str, random.Random], str]:
    def go(text: str, rng: random.Random) -> str:
        # only letters of the host part, and at least one
        end = len(text)
        for sep in "/?":
            at = text.find(sep, text.find("://") + 3 if "://" in text else 0)
            if at != -1:
                end = min(end, at)
        start = text.find("://") + 3 if "://" in text else 0
        idx = [i for i in range(start, end) if text[i] in table]
        if not idx:
            return text
        chosen = set(rng.sample(idx, k=max(1, len(idx) // 3)))
        return "".join(table[c] if i in chosen else c for i, c in enumerate(text))

    return go


def punycode(text: str, rng: random.Random) -> str:
    # an IDN lookalike host, written in its ACE form
    start = text.find("://") + 3 if "://" in text else 0
    end = len(text)
    for sep in "/?":
        at = text.find(sep, start)
        if at != -1:
            end = min(end, at)
    host = text[start:end]
    labels = host.split(".")
    out = []
    for label in labels:
        if any(c in HOMO for c in label) and len(label) > 2:
            swapped = "".join(HOMO.get(c, c) if i == 1 else c for i, c in enumerate(label))
            out.append(swapped.encode("idna").decode() if swapped != label else label)
        else:
            out.append(label)
    return text[:start] + ".".join(out) + text[end:]


def spaced(text: str, rng: random.Random) -> str:
    return rng.choice([" ", "\u3000", "\u00a0", "\u2002"]).join(text)


def dots_between(text: str, rng: random.Random) -> str:
    return rng.choice(["·", "・", "-", "_", "|"]).join(text)


def traditional(text: str, rng: random.Random) -> str:
    table = {
        "内": "內",
        "资": "資",
        "料": "料",
        "机": "機",
        "绝": "絕",
        "开": "開",
        "予": "予",
        "传": "傳",
        "外": "外",
        "秘": "秘",
        "件": "件",
    }
    return "".join(table.get(c, c) for c in text)


def rtl_marks(text: str, rng: random.Random) -> str:
    return _between(["\u200f", "\u200e", "\u061c", "\u2066", "\u2069"])(text, rng)


TRANSFORMS: dict[str, Callable[[str, random.Random], str]] = {
    "none": lambda t, r: t,
    "full_width": full_width,
    "mixed_width": mixed_width,
    "math_bold_digits": _map_digits(0x1D7CE),
    "math_mono_digits": _map_digits(0x1D7F6),
    "arabic_indic": _map_digits(0x0660),
    "ext_arabic_indic": _map_digits(0x06F0),
    "devanagari": _map_digits(0x0966),
    "circled": circled,
    "superscript": _map_table(SUPER),
    "subscript": _map_table(SUB),
    "cn_lower_yao": _map_table(CN_DIGITS),
    "cn_lower": _map_table(CN_PLAIN),
    "cn_capital": _map_table(CN_CAPITAL),
    "pinyin": _map_table(PINYIN, " "),
    "english": _map_table(ENGLISH, " "),
    "emoji_between": _between(EMOJI),
    "invisible": _between(INVISIBLES),
    "combining": combining,
    "rtl_marks": rtl_marks,
    "spaced": spaced,
    "symbols_between": dots_between,
    "groups_dash": digit_groups("-"),
    "groups_dot": digit_groups("."),
    "groups_slash": digit_groups("/"),
    "groups_space": digit_groups(" "),
    "groups_paren": digit_groups("()"),
    "uppercase": uppercase,
    "url_encode": url_encode,
    "html_entities": html_entities,
    "markdown_wrap": markdown_wrap,
    "html_wrap": html_wrap,
    "line_wrap": line_wrap,
    "cyrillic_host": homoglyph(HOMO),
    "greek_host": homoglyph(GREEK),
    "punycode": punycode,
    "traditional": traditional,
}

# which transforms make sense for which kind of item (a reader must still read it as the item)
DIGITAL = {"id", "mobile", "card"}
HOSTY = {"ad"}


DIGIT_TRANSFORMS = {
    "math_bold_digits",
    "math_mono_digits",
    "arabic_indic",
    "ext_arabic_indic",
    "devanagari",
    "circled",
    "superscript",
    "subscript",
    "cn_lower_yao",
    "cn_lower",
    "cn_capital",
    "pinyin",
    "english",
}


def applicable(name: str, item: Item) -> bool:
    kind = item.kind.split(":")[0] if item.must_catch else item.kind
    if name in {"cyrillic_host", "greek_host", "punycode", "url_encode", "uppercase"}:
        return item.kind in HOSTY or item.kind == "clean:gov"
    if name.startswith("groups_"):
        return kind in DIGITAL or item.kind in {"clean:uscc51", "clean:date8"}
    if name in DIGIT_TRANSFORMS:
        # a digit written otherwise in a link's path or a share code changes nothing a reader is sent to
        return any(c.isdigit() for c in item.core) and item.kind not in {"ad", "share", "clean:gov"}
    if name == "traditional":
        return kind in {"secret", "internal", "disclosure", "clean:prose"}
    return True


CONTEXTS = ["body", "title", "summary", "table", "quote", "list"]


def place(text: str, context: str) -> Post:
    filler = "为进一步做好相关工作，现将有关事项通知如下。"
    if context == "body":
        return Post(title="关于有关事项的通知", body=filler + "\n\n" + text + "\n\n特此通知。")
    if context == "title":
        return Post(title=text.replace("\n", " "), body=filler)
    if context == "summary":
        return Post(title="关于有关事项的通知", summary=text, body=filler)
    if context == "table":
        cell = text.replace("\n", "<br>").replace("|", "\\|")
        return Post(
            title="公示", body=f"{filler}\n\n| 项目 | 内容 |\n| --- | --- |\n| 信息 | {cell} |\n"
        )
    if context == "quote":
        return Post(
            title="关于有关事项的通知", body=filler + "\n\n> " + text.replace("\n", "\n> ") + "\n"
        )
    return Post(
        title="关于有关事项的通知",
        body=filler + "\n\n- 事项一\n- " + text.replace("\n", "\n  ") + "\n- 事项三\n",
    )


def judge(item: Item, post: Post, chosen: list[str]) -> tuple[bool, list[str]]:
    """Whether the item was caught (must-catch) or flagged (look-alike), and the rules fired."""
    result = check(post)
    hard = [f"{f.rule}:{f.severity}" for f in result.findings if f.severity in {"block", "fixed"}]
    if item.must_catch:
        ok = any(
            f.severity in {"block", "fixed"} and f.rule.startswith(item.rules)
            for f in result.findings
        )
        if item.kind == "ad" and not ok:
            # a punycode look-alike is another host: a warning is the right answer
            prefixes = ("ad.", "link.other_host") if "punycode" in chosen else ("ad.",)
            ok = any(f.rule.startswith(prefixes) for f in result.findings)
        return ok, hard
    return bool(hard), hard


def say(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=32)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument(
        "--pairs", type=float, default=0.3, help="share of variants with two transforms"
    )
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated transforms to restrict to")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = [n for n in TRANSFORMS if not args.only or n in args.only.split(",")]
    total: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    by_item_total: Counter[str] = Counter()
    by_item_bad: Counter[str] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    done = 0
    while done < args.count:
        items = make_items(rng)
        item = rng.choice(items)
        chosen = [rng.choice(names)]
        if rng.random() < args.pairs:
            chosen.append(rng.choice(list(TRANSFORMS)))
        if not all(applicable(n, item) for n in chosen):
            continue
        core = item.core
        for n in chosen:
            core = TRANSFORMS[n](core, rng)
        context = rng.choice(CONTEXTS)
        if context == "title" and item.kind in {"secret", "disclosure"}:
            context = "body"
        text = item.before + core + item.after
        flagged, hard = judge(item, place(text, context), chosen)
        wrong = (not flagged) if item.must_catch else flagged
        label = "+".join(chosen)
        for key in {chosen[0] if len(chosen) == 1 else label, *chosen}:
            total[key] += 1
            bad[key] += wrong
        by_item_total[item.kind] += 1
        by_item_bad[item.kind] += wrong
        if wrong and len(examples[(label, item.kind)]) < args.examples:
            examples[(label, item.kind)].append(f"[{context}] {text!r} -> {hard}")
        done += 1
    say(f"seed {args.seed}: {done} variants")
    say(
        "\n== by transform (miss = must-catch not caught; FP = look-alike flagged), singles and parts of pairs"
    )
    for key in sorted(total, key=lambda k: (-bad[k] / total[k], k)):
        if "+" in key:
            continue
        say(f"{key:22} {bad[key]:4}/{total[key]:<4} {bad[key] / total[key]:6.1%}")
    say("\n== by item")
    for key in sorted(by_item_total):
        rate = by_item_bad[key] / by_item_total[key]
        kind = "FP  " if key.startswith("clean") else "miss"
        say(f"{kind} {key:22} {by_item_bad[key]:4}/{by_item_total[key]:<4} {rate:6.1%}")
    say("\n== examples")
    for (label, kind), lines in sorted(examples.items()):
        for line in lines:
            say(f"{label:30} {kind:18} {line}")


if __name__ == "__main__":
    main()
