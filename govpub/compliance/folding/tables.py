"""What the fold maps each character to: the lists, and the map built from them.

Compatibility forms (NFKC), traditional characters, and the look-alike stars,
asterisks, dots, dashes, spaces, digits and letters; the pictographs read as spaces
and the invisible characters and decorating marks removed — each list with why it
holds what it holds.  :func:`build_tables` makes of them one map (``None``: remove)
and the character class that finds what it touches; :func:`_tables` reads the map
shipped precomputed (:mod:`govpub.compliance.fold_table`) or builds it, on first use.
Apart from the passes because it is data, asked by all of them, and depends on none.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from govpub.compliance.confusables import lookalikes
from govpub.compliance.fold_table import load_fold_table
from govpub.compliance.hanzi import traditional_to_simplified
from govpub.compliance.regex_cache import regex

__all__ = [
    "CJK_UNIFIED",
    "DECIMAL_ZEROS",
    "LINE_SEPARATORS",
    "build_tables",
    "decorating_marks",
    "ignorable_characters",
    "is_cjk_unified",
    "is_han",
    "pictographs",
]

# Full-width punctuation that stays as written (see the package docstring), and the ASCII
# characters they would become: no other character may fold into one of those either.
_KEEP_TARGETS = frozenset("!\"',;()<>[]{}")
_STARS = "☆✩✪✫✬✭✮✯✰✶✷✸✹✺⭐⋆⭑⭒✦✧\U0001f31f"
# (and the stars of the other symbol blocks: the APL circle star ⍟, the outlined ⚝, the half
# black stars ⯨–⯫ and the pointed stars of the geometric shapes extended, 🟀–🟔: "秘密🟊3年")
_STARS += "\u235f\u269d\u2be8\u2be9\u2bea\u2beb" + "".join(map(chr, range(0x1F7C0, 0x1F7D5)))
# (and the stars the emoji keyboards offer that were read as pictographs, spaces: ✴ eight
# pointed, ✵ pinwheel, ✡ and 🔯 six pointed, ❂ circled: "机密✴10年" is a marking, red team 35)
_STARS += "\u2734\u2735\u2721\U0001f52f\u2742"
_ASTERISKS = "∗⁎✱✲✳✻✽❉❊❋٭"
# (and the other asterisks: ⁑ two stacked, ✢–✥ and ✼ ❃ spoked, ⊛ circled, ꙳ Slavonic, and the
# spoked asterisks of the geometric shapes extended, 🞯–🞿: "秘密⁑5年", red team 35)
_ASTERISKS += "\u2051\u2722\u2723\u2724\u2725\u273c\u2743\u229b\ua673"
_ASTERISKS += "".join(map(chr, range(0x1F7AF, 0x1F7C0)))
# (and dots of other scripts that look like one: ⸱ ⸳ word separator and raised dot, ᛫ runic,
# ᐧ syllabics, ܁ ܂ Syriac full stops, ꓸ Lisu, ꞏ the sinological dot (confusables.txt: a middle
# dot), ⸼ stenographic full stop: "t⸳cn/x" is read as t·cn, a spelled host)
_DOTS = "•‧∙⋅・･⸱⸳᛫ᐧ܁܂ꓸꞏ⸼"
_DASHES = "‐‑‒−"  # hyphens, figure dash, minus (not the dashes — – ―: sentence punctuation)
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000"
# (and the Braille blank, a visible-width blank that filters pass as a symbol: spam uses it
# as an invisible space, "内⠀部⠀资⠀料", "138⠀1234⠀5678", red team 35)
_SPACES += "\u2800"
_FULL_STOPS = "。｡"
# (and the C0/C1 ones Python's str.splitlines() also ends a line at: U+000B, the soft line
# break Word and WPS put in copied text for Shift+Enter; U+000C, a page break; U+0085 NEL)
LINE_SEPARATORS = "\u2028\u2029\x0b\x0c\x85"
# Where NFKC mappings are looked for: Latin-1 to the CJK compatibility block, the
# compatibility ideographs, the half-/full-width and small forms, mathematical
# alphanumerics, enclosed alphanumerics and the CJK compatibility supplement.
_NFKC_BLOCKS = (
    (0x00A0, 0x3400),
    (0xF900, 0xFB00),
    (0xFE00, 0x10000),
    (0x1D400, 0x1D800),
    (0x1F100, 0x1F200),
    (0x2F800, 0x2FA20),
)
# Default-ignorable code points are looked for in these blocks (category Cf, plus the
# variation selectors and fillers that are not Cf).
_IGNORABLE_BLOCKS = ((0x0000, 0x3400), (0xFE00, 0x10000), (0x1BC00, 0x1BD00), (0x1D100, 0x1D200))
_IGNORABLE_EXTRA = (
    (0x034F, 0x0350),  # combining grapheme joiner
    (0x115F, 0x1161),  # Hangul fillers
    (0x17B4, 0x17B6),  # Khmer inherent vowels
    (0x180B, 0x1810),  # Mongolian variation selectors
    (0x3164, 0x3165),  # Hangul filler
    (0xFE00, 0xFE10),  # variation selectors
    (0xFFA0, 0xFFA1),  # half-width Hangul filler
    (0x1BCA0, 0x1BCA4),  # shorthand format controls
    (0x1D173, 0x1D17B),  # musical symbol format controls
    (0xE0000, 0xE1000),  # tags and variation selectors supplement
    (0x20E3, 0x20E4),  # combining enclosing keycap: 1️⃣ is a 1 in a box
    # unassigned but reserved as default-ignorable (DerivedCoreProperties): a renderer that
    # does not know them draws nothing, so ``138\ufff012345678`` shows a mobile (red team 91)
    (0x2065, 0x2066),
    (0xFFF0, 0xFFF9),
)
# Combining marks of the script-neutral blocks (diacritics and their extensions and
# supplement, the marks for symbols, the half marks): decoration on the letter before
# them — the underlined, struck-through or "zalgo" text of fancy-text generators
# (``机̲密̲``, ``t̶.̶c̶n̶``) reads as its letters.  Not the marks of a script's own block
# (a Thai or Devanagari vowel sign is part of the word) — but for the Cyrillic hundred
# thousands and millions signs, enclosing marks no word of any language carries today, which
# fancy-text generators put round every letter (``t҉.c҉n҉``, ``机҉密҉``: red team 56), and
# the Old Church Slavonic ten millions, hundred millions and thousand millions signs beside
# them (U+A670–U+A672, enclosing marks too: ``机꙰密꙰``).
_DECORATING_MARKS = (
    (0x0300, 0x0370),
    (0x0488, 0x048A),
    (0xA670, 0xA673),
    (0x1AB0, 0x1B00),
    (0x1DC0, 0x1E00),
    (0x20D0, 0x2100),
    (0xFE20, 0xFE30),
)
# Format characters that are visible or change the text (Arabic number signs, the
# interlinear annotation marks): not default-ignorable.
_NOT_IGNORABLE = frozenset(
    {0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891}
    | {0x08E2, 0x110BD, 0x110CD, 0xFFF9, 0xFFFA, 0xFFFB}
)


def is_han(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph (unified, extensions, compatibility)."""
    return (
        "\u3400" <= char <= "\u9fff"
        or "\uf900" <= char <= "\ufaff"
        or "\U00020000" <= char <= "\U0003ffff"
    )


#: The CJK Unified Ideographs block, U+4E00–U+9FFF: the common Chinese characters, where a
#: reader asks whether the characters around a word are words too (up to four before 工作秘密,
#: a surname before 某, no ideograph after 不对外).  The body of a regular-expression character
#: class (``f"[{CJK_UNIFIED}]"``), written as escapes, so that a raw pattern reads as before.
#: Not the extensions nor the compatibility ideographs, which :func:`is_han` (the fold's
#: spaced Han text) takes in too; ``links.expressions._CJKL`` is wider still (kana, Hangul).
CJK_UNIFIED = r"\u4e00-\u9fff"


def is_cjk_unified(char: str) -> bool:
    """Whether ``char`` is in :data:`CJK_UNIFIED`, tested in Python."""
    return "\u4e00" <= char <= "\u9fff"


@cache
def ignorable_characters() -> frozenset[str]:
    """Characters the fold removes: default-ignorable format characters (Unicode DI).

    That covers what UTS #46 maps to nothing (status "ignored": U+00AD, U+200B,
    U+2060–U+2064, U+FE00–U+FE0F, U+FEFF…; a test checks it against the ``idna``
    package's table) and also ZWJ/ZWNJ and the bidi controls, which UTS #46
    rejects in a host but which are just as invisible in prose.
    """
    chars = {
        chr(cp)
        for low, high in _IGNORABLE_BLOCKS
        for cp in range(low, high)
        if unicodedata.category(chr(cp)) == "Cf" and cp not in _NOT_IGNORABLE
    }
    chars.update(chr(cp) for low, high in _IGNORABLE_EXTRA for cp in range(low, high))
    return frozenset(chars)


@cache
def ignorable_class() -> str:
    """:func:`ignorable_characters` as a regex character class (eighteen ranges)."""
    return _char_class(set(ignorable_characters()))


@cache
def decorating_marks() -> frozenset[str]:
    """Combining marks the fold removes: script-neutral decoration (``_DECORATING_MARKS``)."""
    return frozenset(
        chr(cp)
        for low, high in _DECORATING_MARKS
        for cp in range(low, high)
        if unicodedata.category(chr(cp)) in ("Mn", "Me")
    )


# Dingbat and double-circled digits, which NFKC leaves alone (① is already "1"): ❶ ➀ ➊ ⓵ ⓿;
# and the numbers a Chinese input method's symbol palette offers beside ①, which NFKC makes
# several characters of: parenthesized ⑴ (0x2474), with a full stop ⒈ (0x2488) and the
# parenthesized ideographs ㈠ (0x3220, "(一)") — each one digit on the page.
_DIGIT_FORMS = {
    chr(first + offset): str(offset + 1)
    for first in (0x2776, 0x2780, 0x278A, 0x24F5, 0x2474, 0x2488, 0x3220)
    for offset in range(9)
} | {"\u24ff": "0"}
# ... and the zeros and the comma digits of the enclosed alphanumeric supplement, which NFKC
# makes two characters of (🄀 "0.", 🄁 "0,") or leaves alone (🄋 🄌, the zeros of ➀ and ➊):
# ``⒊⒈🄀⒈…`` is an ID number with its zeros written so
_DIGIT_FORMS |= {"\U0001f100": "0", "\U0001f10b": "0", "\U0001f10c": "0"}
_DIGIT_FORMS |= {chr(0x1F101 + value): str(value) for value in range(10)}
# The decimal digits of every other script (Unicode Nd), most of which NFKC leaves alone:
# Arabic-Indic ١٣٨ (0x0660), Persian ۱۳۸ (0x06F0), Devanagari १३८ (0x0966), Thai ๑๓๘ (0x0E50),
# segmented 🯱🯳🯸 (0x1FBF0, beyond the blocks NFKC is asked about)… — a digit in any script is
# read as one (``int()`` reads them too), so that a phone number written in them is one.
# Each block is ten digits from its zero; a test checks the list against unicodedata
# (listed, not looked for: a scan of every code point costs 0.2 s).
DECIMAL_ZEROS = (
    *(0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66),
    *(0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810),
    *(0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0),
    *(0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0),
    *(0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0),
    *(0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8),
    *(0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0),
)
_DIGIT_FORMS |= {chr(zero + value): str(value) for zero in DECIMAL_ZEROS for value in range(10)}


# Letters that fancy-text generators put for ASCII ones and NFKC leaves alone (or makes
# several characters of): small capitals (ᴛ.ᴄɴ, ꜱ, ʙ — IPA and phonetic letters no Chinese
# post otherwise holds), negative circled 🅣 and squared 🆃 letters, parenthesized ⒯ — each
# one letter on the page.  (Circled Ⓣ and squared 🅃 letters NFKC folds already.)
_SMALL_CAPITALS = dict(
    zip(
        "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
        "\u0274\u1d0f\u1d18\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
        "abcdefghijklmnoprstuvwyz",
        strict=True,
    )
)
_LETTER_FORMS = _SMALL_CAPITALS | {
    chr(first + offset): chr(ord("a") + offset)
    for first in (0x1F150, 0x1F170, 0x249C)
    for offset in range(26)
}


# Emoji and other pictographs: the misc symbols and dingbats, the pictograph, emoticon,
# transport and supplemental blocks, regional indicators and skin tones; and the squared
# ideographs of the enclosed ideographic supplement (🈳 🈚 🉐 🈶, U+1F200–U+1F2FF), emoji
# on every keyboard, which the fold left as written — a symbol, neither a separator nor a
# word: "131🈳9330🈳6728" and "内🈳部🈳资🈳料" passed where 🌸 blocks (red team 102).  They
# read as the other emoji do, not as their ideograph (NFKC's 🈳 → 空 would make a letter of
# a word of the separator); the circled ideographs of the BMP (㊙ → 秘) keep NFKC's fold.
_PICTOGRAPH_BLOCKS = (
    (0x2600, 0x27C0),
    (0x1F1E6, 0x1F300),
    (0x1F300, 0x1F650),
    (0x1F680, 0x1F700),
    (0x1F7E0, 0x1F800),
    (0x1F900, 0x1FB00),
)

# The object replacement character a word processor leaves where an inline picture stood
# (Word pasted into the 公众号 editor: "138\ufffc1234\ufffc5678"): a picture, as an emoji is.
_OBJECT_PLACEHOLDER = "\ufffc"


@cache
def pictographs() -> frozenset[str]:
    """Emoji and pictographs, which the fold reads as spaces (``内部🔒资料``, ``138🔸1234``),
    and the placeholder of an inline picture (U+FFFC).

    Decoration, not words: between two ideographs they close up like a space, and
    between digits they are a separator.  The stars, asterisks and dingbat digits among
    them keep their own folding (``☆`` is ``★``, ``❶`` is ``1``).
    """
    own = set(_STARS + _ASTERISKS + "★" + "".join(_DIGIT_FORMS) + "".join(_LETTER_FORMS))
    return frozenset(
        char
        for low, high in _PICTOGRAPH_BLOCKS
        for char in map(chr, range(low, high))
        if unicodedata.category(char) in ("So", "Sk") and char not in own
    ) | {_OBJECT_PLACEHOLDER}


@cache
def _variants() -> dict[str, str]:
    """Look-alike stars, asterisks, dots, dashes, spaces and digits, each to its plain form."""
    groups = ((_STARS, "★"), (_ASTERISKS, "*"), (_DOTS, "·"), (_DASHES, "-"), (_SPACES, " "))
    return (
        {char: plain for chars, plain in groups for char in chars}
        | _DIGIT_FORMS
        | _LETTER_FORMS
        | dict.fromkeys(pictographs(), " ")
    )


def _plain(char: str) -> str:
    """One character's folded form before the traditional → simplified step."""
    variant = _variants().get(char)
    if variant is not None:
        return variant
    mapped = unicodedata.normalize("NFKC", char)
    if len(mapped) != 1:
        return char
    # case matters for ASCII only (terms, hosts, codes); other scripts keep theirs
    return mapped.lower() if "A" <= mapped <= "Z" else mapped


@cache
def _tables() -> tuple[dict[int, str | None], re.Pattern[str]]:
    """The one-to-one map (``None`` = remove) and the expression that finds what it touches.

    Read from the table shipped for this Python's Unicode version (:mod:`.fold_table`,
    4 ms), else built (:func:`build_tables`, 20 ms); then the character class is
    compiled (4 ms), on first use, nothing at import.  The expression has one group
    around the class, so that it splits a text as well as finding in it (one compile).
    """
    shipped = load_fold_table()
    trans, characters = build_tables() if shipped is None else shipped
    return trans, regex(f"({characters})")


def build_tables() -> tuple[dict[int, str | None], str]:
    """The fold's map (``None`` = remove) and the character class of what it touches.

    From the lists and Unicode's own tables: what :mod:`.fold_table` ships precomputed
    for one Unicode version (a test holds the two equal).
    """
    to_simple = traditional_to_simplified()
    mapping: dict[str, str] = {chr(cp): chr(cp + 0x20) for cp in range(0x41, 0x5B)}
    special = _STARS + _ASTERISKS + _DOTS + _DASHES + _SPACES + "".join(_DIGIT_FORMS)
    special += "".join(_LETTER_FORMS)
    special += "".join(sorted(pictographs()))
    specials = set(special)
    for char in _not_nfkc():
        if char not in specials:
            folded = _plain(char)
            if folded != char and folded not in _KEEP_TARGETS:
                mapping[char] = to_simple.get(folded, folded)
    for char in special:
        mapping[char] = _plain(char)
    for char, simple in to_simple.items():
        mapping.setdefault(char, simple)
    for char, target in mapping.items():  # ⁻ → − → -: folded through, so a fold is final
        if target in mapping and mapping[target] != target:
            mapping[char] = _folded_through(mapping, target)
    # the Unicode line and paragraph separators are line breaks: "\n" to what reads the
    # folded text (a class of characters under U+0100 is a bitmap to the regex engine; one
    # more character above it made the letter-spacing pass half as slow again)
    mapping.update(dict.fromkeys(LINE_SEPARATORS, "\n"))
    # letters of other scripts that look like ASCII ones fold to themselves: found by the
    # same split (a text that holds none pays nothing more), they are read in hosts that
    # mix scripts only (:mod:`.confusables`)
    for char in lookalikes():
        mapping.setdefault(char, char)
    mapping.pop("。", None)  # only between host labels: see _host_dots()
    mapping["｡"] = "。"
    drop = ignorable_characters() | decorating_marks()
    trans: dict[int, str | None] = {ord(c): t for c, t in mapping.items()}
    trans.update(dict.fromkeys(map(ord, drop)))
    # whitespace is looked at too: between two ideographs it is removed
    # plain spaces: _close_up_spaces(); the backslash: Markdown escapes
    triggers = set(mapping) | drop | set("\t\\" + _SPACES)
    # One character at a time: a class alone at the start lets the regex engine skip
    # ahead at C speed ("[K]+" would not), and runs are rare enough to join in Python.
    # Only characters of the Basic Multilingual Plane go in the class: one outside it
    # makes the engine test the class range by range instead of with a bitmap (200
    # times slower); texts with such characters use _astral_finder().
    bmp = {c for c in triggers if c <= "\uffff"}
    return trans, _char_class(bmp)


def _folded_through(mapping: dict[str, str], target: str) -> str:
    """``target`` mapped on while it maps to something else (chains are short; the bound
    keeps a cycle from looping)."""
    for _ in range(3):
        further = mapping.get(target, target)
        if further == target:
            break
        target = further
    return target


def _not_nfkc() -> list[str]:
    """The characters of ``_NFKC_BLOCKS`` that NFKC changes, in code point order.

    A block of 64 characters that is normalized as a whole holds none: a character
    that NFKC changes alone (a compatibility or singleton decomposition) it changes in
    any text.  Only the other blocks are tested one character at a time — a tenth of
    them (a test compares this with testing every character).
    """
    found: list[str] = []
    normalized = unicodedata.is_normalized
    for low, high in _NFKC_BLOCKS:
        for start in range(low, high, 64):
            block = "".join(map(chr, range(start, min(start + 64, high))))
            if not normalized("NFKC", block):
                found.extend(char for char in block if not normalized("NFKC", char))
    return found


@cache
def _shows_lookalikes() -> frozenset[str]:
    """The characters that fold into a look-alike letter: the letters, and the compatibility
    forms whose NFKC is one (the mathematical ``𝛎`` is ``ν``)."""
    trans, _ = _tables()
    letters = lookalikes()
    return frozenset(chr(point) for point, target in trans.items() if target in letters)


@cache
def _astral_finder() -> re.Pattern[str]:
    """The finder for texts that hold characters beyond the BMP (emoji, extension B…)."""
    _, finder = _tables()
    return regex(finder.pattern[:-1] + "|[\U00010000-\U0010ffff])")


@cache
def _splitter(finder: re.Pattern[str]) -> tuple[re.Pattern[str], dict[str, str]]:
    """``finder`` (whose one group makes it a splitter), and what folds the same anywhere.

    Those are the characters that fold into one other character: not whitespace
    (which closes up between ideographs), not a backslash (a Markdown escape), not
    what is removed.  A text holding only those is folded by one split and one join.
    """
    trans, _ = _tables()
    simple = {
        chr(point): target
        for point, target in trans.items()
        if target is not None and target != " " and chr(point) not in _WHITESPACE
    }
    return finder, simple


def _char_class(chars: set[str]) -> str:
    """A regex character class of ``chars``, written as ranges (compiles fast)."""
    points = sorted(ord(c) for c in chars)
    parts: list[str] = []
    start = previous = points[0]
    for point in [*points[1:], -2]:
        if point == previous + 1:
            previous = point
            continue
        low, high = _class_char(start), _class_char(previous)
        parts.append(low if start == previous else f"{low}-{high}")
        start = previous = point
    return "[" + "".join(parts) + "]"


def _class_char(point: int) -> str:
    char = chr(point)
    return "\\" + char if char in "\\[]^-" else char


_WHITESPACE = frozenset(" \t" + _SPACES)
