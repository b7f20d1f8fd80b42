"""Folding text for detection, in one pass, with the way back to what the editor wrote.

Every rule matches on a *folded* copy of a field, so that the forms people use to
get an ad link, a marking or a phone number past a filter read the way a reader
(or a reader's browser) reads them (issue 12; rules.md §7 "normalise first"):

* **compatibility forms** to their plain form — NFKC, one character for one:
  full-width letters, digits and URL punctuation (``ｈｔｔｐｓ：／／``, ``－``,
  ``＊``, ``＿``), mathematical and circled letters (and the fancy-text letters NFKC
  leaves alone: small capitals ``ᴛ.ᴄɴ``, negative circled and squared ``🅣 🆃``,
  parenthesized ``⒯``), CJK compatibility
  ideographs, Kangxi radicals, circled ideographs (``㊙`` → ``秘``); letters to
  lower case;
* **traditional characters to simplified** (``機密`` → ``机密``, ``內部資料`` →
  ``内部资料``), character by character, with OpenCC's table
  (:mod:`govpub.compliance.hanzi`), so term lists and markings match in either
  script;
* **star, asterisk, dot and dash variants** to ``★ * · -``; the ideographic
  space and no-break space to a space; dingbat digits (``❶ ➀ ➊ ⓵``) to digits;
* **emoji and pictographs read as spaces** (``内部🔒资料``, ``138🔸1234🔸5678``): so
  they close up between ideographs and separate digit groups; an emoticon code of
  Weibo or Douyin between two digits too (``138[心]1234[心]5678``);
* **decorating combining marks removed**: the marks of the script-neutral blocks
  (diacritics, their extensions, the marks for symbols, the half marks) that
  fancy-text generators put on every letter — underlined ``机̲密̲``, struck
  ``t̶.̶c̶n̶``, "zalgo" — read as the letters they decorate; a script's own marks
  (a Thai vowel sign) stay;
* **invisible characters removed**: the characters UTS #46 maps to nothing
  (soft hyphen, zero-width space, word joiner, variation selectors…), every
  other default-ignorable format character (zero-width joiners, bidi marks) and
  the keycap that boxes a digit (``1️⃣``), as
  browsers drop them from a host — ``tao\\u200bbao.com`` *is* ``taobao.com``;
* **spaced-out text closed up**: horizontal whitespace between two CJK
  ideographs is removed (``内 部 资 料`` → ``内部资料``) — Chinese prose does not
  put spaces between characters, headings and markings do;
* **letter-spaced text closed up**: ideographs strung together one by one with
  separators (``- _ · . / | ~ + * =``, spaces around them allowed) are joined
  (``内-部-资-料``, ``内 / 部 / 资料``, ``机·密★10年`` → ``内部资料``, ``机密★10年``);
  one separator between two words of two or more ideographs stays (``马克·吐温``,
  ``北京-上海``), unless the words join into a marking (``内部·资料``, ``此件·不予公开``); a
  line break or ``<br>`` is such a separator too (``内部⏎资料``), a blank line never;
* **character references** (``&#46;``, ``&nbsp;``, ``&starf;``) read as their character;
* **look-alike letters of other scripts in hosts that mix scripts**: ``t.сn`` (Cyrillic
  ``с``) → ``t.cn``, ``tаobao`` → ``taobao``, as a reader reads them
  (:mod:`.confusables`: UTS #39's table, only in host-like tokens whose letters mix
  scripts, so that Russian and Greek prose stays as written);
* **full stops between host labels**: ``。`` and ``｡`` between two ASCII labels
  become ``.`` (``u。jd。com`` → ``u.jd.com``), as UTS #46 maps them in a host;
  a sentence's full stop stays;
* **Markdown escapes**: a backslash before ASCII punctuation goes, as the renderer
  drops it (``t\\.cn/x`` is a link on the page);
* **inline formatting goes**: HTML formatting tags and comments (``<span>``,
  ``<b>``, ``<!-- -->``) and Markdown emphasis runs between two characters
  (``138**1234**5678``, ``机<span>密</span>★``) render as nothing between the
  characters they split; so do the two asterisks of single-``*`` italics
  (``機*密*★``, ``dwz｡c*n/x*y``), a pair of ASCII asterisks on one line as written
  (a lone ``*`` and the full-width ``＊`` of ``机密＊10年`` stay), and a pair of runs
  beside spaces that CommonMark reads as emphasis around digits (``138 **1234** 5678``).

Sentence punctuation and brackets (``，；！（）［］｛｝＜＞＂＇``) stay as they are:
they end a URL in Chinese text and are not Markdown or HTML syntax, and folding
them would make ``详见https://t.cn/x（附件）`` one long address.

The fold is one regular-expression split at the characters that change (most
texts have a few dozen: ``：``, ``？``, capitals in URLs), each replaced from a
table and the pieces joined — a callback for each only when one of them needs
its context (whitespace, a backslash, an invisible character),
plus two scans that start only at a space before an ideograph and at ``。``.
Lengths change only where characters are removed (a slower path, taken only by
texts that need it), and :class:`Folded` maps every folded offset back to the
text as written, so that excerpts, masks and stripping act on the characters the
editor wrote.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from govpub.compliance.char_marks import mark_table, marks
from govpub.compliance.confusables import lookalikes, read_hosts
from govpub.compliance.fold_table import load_fold_table
from govpub.compliance.hanzi import traditional_to_simplified
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.marking_words import joins_marking

__all__ = [
    "Folded",
    "decorating_marks",
    "fold",
    "fold_term",
    "holds_reference",
    "ignorable_characters",
    "is_han",
    "pictographs",
    "written_url",
]

# Full-width punctuation that stays as written (see the module docstring), and the ASCII
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
_LINE_SEPARATORS = "\u2028\u2029\x0b\x0c\x85"
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
)
# Combining marks of the script-neutral blocks (diacritics and their extensions and
# supplement, the marks for symbols, the half marks): decoration on the letter before
# them — the underlined, struck-through or "zalgo" text of fancy-text generators
# (``机̲密̲``, ``t̶.̶c̶n̶``) reads as its letters.  Not the marks of a script's own block
# (a Thai or Devanagari vowel sign is part of the word).
_DECORATING_MARKS = (
    (0x0300, 0x0370),
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
# transport and supplemental blocks, regional indicators and skin tones.
_PICTOGRAPH_BLOCKS = (
    (0x2600, 0x27C0),
    (0x1F1E6, 0x1F200),
    (0x1F300, 0x1F650),
    (0x1F680, 0x1F700),
    (0x1F7E0, 0x1F800),
    (0x1F900, 0x1FB00),
)


@cache
def pictographs() -> frozenset[str]:
    """Emoji and pictographs, which the fold reads as spaces (``内部🔒资料``, ``138🔸1234``).

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
    )


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
    return trans, re.compile(f"({characters})")


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
    mapping.update(dict.fromkeys(_LINE_SEPARATORS, "\n"))
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
def _astral_finder() -> re.Pattern[str]:
    """The finder for texts that hold characters beyond the BMP (emoji, extension B…)."""
    _, finder = _tables()
    return re.compile(finder.pattern[:-1] + "|[\U00010000-\U0010ffff])")


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
# What a backslash escapes in Markdown (CommonMark: ASCII punctuation); the renderer
# drops such a backslash, so "t\\.cn/x" is a link on the page.
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# "。" or "｡" between two ASCII labels of a host: a letter follows, or a label of digits
# that does not run into CJK text ("www。163。com", but not "www.gov.cn。2025年"); or
# a host's trailing root dot, right before its path ("https://t.cn。/x" opens t.cn).
_HOST_DOT = re.compile(r"。(?=[a-z]|[0-9][a-z0-9\-]*+(?![\u3400-\u9fff\uf900-\ufaff])|/)")
_LABEL_END = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and the way back to offsets in the text as written.

    ``_starts[k]`` is the folded offset from which ``_shifts[k]`` characters of the
    original lie before the folded character (characters that were removed).
    """

    text: str
    _starts: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()

    @property
    def identity(self) -> bool:
        """Whether folded offsets are original offsets (nothing was removed)."""
        return not self._starts

    @property
    def removals(self) -> tuple[int, ...]:
        """The folded offsets right before which characters of the original were removed."""
        return self._starts

    def original(self, index: int) -> int:
        """The offset in the original text of folded offset ``index``."""
        if not self._starts:
            return index
        at = bisect.bisect_right(self._starts, index) - 1
        return index + (self._shifts[at] if at >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded ``[start, end)`` → the original characters it came from.

        Removed characters inside the span are included (so that stripping takes
        ``tao\\u200bbao``); those just before or after it are not.
        """
        if not self._starts:
            return start, end
        if end <= start:
            at = self.original(start)
            return at, at
        return self.original(start), self.original(end - 1) + 1


class _Removal(Exception):  # noqa: N818 - control flow, never seen outside fold()
    """A character must go: the one-for-one fast path cannot fold this text."""


def fold(text: str) -> Folded:
    """Fold ``text`` for detection; see the module docstring."""
    if text.isascii() and "\\" not in text and "*" not in text and not _may_hold_markup(text):
        lowered = text.lower()
        if "\x0b" in lowered or "\x0c" in lowered:  # line breaks, as _tables() has them
            lowered = lowered.replace("\x0b", "\n").replace("\x0c", "\n")
        return Folded(lowered)
    trans, finder = _tables()
    if _beyond_bmp(text):
        finder = _astral_finder()  # an astral character: looked at one by one
    removed: list[int] = []  # original offsets of the removed characters, ascending
    splitter, simple = _splitter(finder)
    parts = splitter.split(text)
    found = parts[1::2]
    mapped = [simple.get(char) for char in found]
    if None not in mapped:
        # every character found folds into one other, whatever is around it: no callbacks
        parts[1::2] = mapped
        folded = "".join(parts)
    else:
        try:
            folded = finder.sub(partial(_one_for_one, trans, _BlankRun()), text)
        except _Removal:
            folded = _with_removals(text, trans, finder, removed)
    # a ruby's "<r" and a line break's "<br" looked for at once, and again only if markup went
    # in between: most posts with tags hold neither (a search for each: −12 µs a post)
    angles = "<" in folded and _RUBY_OR_BREAK.search(folded) is not None
    tagged = folded
    if _may_hold_markup(folded) or "*" in text:
        folded = _drop_markup(folded, removed, text, ruby=angles)
    if "[" in folded:
        folded = _drop(folded, removed, _emoticon_codes)
    tabs = "\t" in folded  # left where no ideograph was beside it until markup went
    if tabs or " " in folded:
        folded = _close_up_spaces(folded, removed, tabs)
    # (a "<br" may stand in the text only if it did before the markup went, or the markup's
    # going made one: _drop returns its very argument when it drops nothing)
    folded = _close_up_separators(folded, removed, breaks=angles or folded is not tagged)
    if not _shows_lookalikes().isdisjoint(found) or _refers_to_lookalikes(text):
        folded = read_hosts(folded)  # "t.сn", "tаobao" (one for one: offsets stay)
    folded = _host_dots(folded)
    return Folded(folded, *_offset_map(removed))


# The most a str of BMP characters alone can take: CPython stores a string at the narrowest
# of 1, 2 or 4 bytes a character (PEP 393), so one that holds a character beyond the BMP
# takes more — told in O(1), where encoding the text to count its UTF-16 units took 20–30 µs
# a post.  A larger size (a str subclass, a cached UTF-8 copy) is confirmed by the encoding.
_BMP_SIZE = sys.getsizeof("\u0100") - 2


def _beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character beyond the Basic Multilingual Plane."""
    if type(text) is str and sys.getsizeof(text) <= _BMP_SIZE + 2 * len(text):
        return False
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


_RUBY_OR_BREAK = re.compile("<b?r")


def _may_hold_markup(text: str) -> bool:
    return "<" in text or _may_hold_emphasis(text) or holds_reference(text)


def _may_hold_emphasis(text: str) -> bool:
    # one character first: "*" in a 20,000-character text takes 1 µs, "**" 20 µs and the
    # expression _EMPHASIS 250 µs (the regex engine tests a class character by character)
    return _holds(text, "**") or _holds(text, "__") or _holds(text, "~~") or "`" in text


# Needles of two or three characters, found by the regex engine: in a text of CJK characters
# (two bytes each) ``"__" in text`` takes 20–30 µs per 20,000 characters, the expression
# 5–13 µs (``"<r"`` and ``"<br"``, asked of every post with a link in ``<>``: −15 µs a post).
_NEEDLES = {
    needle: re.compile(re.escape(needle)) for needle in ("**", "__", "~~", "&#", "<r", "<br")
}


def _holds(text: str, needle: str) -> bool:
    """Whether ``text`` holds ``needle`` (one of ``_NEEDLES``): its first character first (1 µs)."""
    return needle[0] in text and _NEEDLES[needle].search(text) is not None


def holds_reference(text: str) -> bool:
    """Whether ``text`` may hold a character reference, numeric or named (``&nbsp;``)."""
    return "&" in text and _REFERENCE_START.search(text) is not None


# Inline formatting that the page shows as nothing: HTML formatting tags and comments
# anywhere, and Markdown emphasis runs between two visible characters — so that
# "138**1234**5678", "机<span>密</span>★10年" and "t.<b>cn</b>/x" read as the page
# shows them.  Links, images and line breaks (<a>, <img>, <br>, <p>) stay.
_TAG_NAMES = (
    "span|font|b|strong|i|em|u|s|strike|del|ins|mark|small|big|sub|sup|wbr|abbr|"
    "q|cite|code|kbd|tt|var|bdi|bdo|time|data|ruby|rb|rtc"
)
_TAG_FORM = r"<(?:/?(?:{names})(?=[\s/>])[^<>]{{0,300}}|!--[^<>]{{0,300}}?--)>"
_TAG = LazyPattern(_TAG_FORM.format(names=_TAG_NAMES), re.IGNORECASE)
# A formatting tag whose attributes hold a web address (``<span data-href="https://t.cn/x">``,
# ``<font onclick="window.open('//u.jd.com/x')">``): the fold drops it as formatting all the
# same (so ``机<span …>密</span>★`` still reads 机密★), and the link scanner reads its
# address from the text as written (links/tags.py ``formatting_tag_links``; red team 48).
FORMATTING_TAGS = frozenset(_TAG_NAMES.split("|"))
ADDRESS_TAG = LazyPattern(
    rf"<(?P<tag>{_TAG_NAMES})(?=[\s/>])(?P<attrs>[^<>]{{0,300}}?(?://|www\.)[^<>]{{0,300}})>",
    re.IGNORECASE,
)
# What IGNORECASE matches besides the ASCII letter, for the letters of those names: the
# characters outside ASCII whose case maps to them (a test checks every letter).
_CASELESS = {"i": "i\u0130\u0131", "k": "k\u212a", "s": "s\u017f"}


# A ruby annotation, "<ruby>机<rt>jī</rt>密<rt>mì</rt></ruby>★10年": the page shows the
# pinyin small above the base text, and reads 机密★10年 along the line.  The annotation goes
# with its tags when it is what ruby is for in Chinese, a pronunciation — pinyin (its tone
# marks too), bopomofo or spaces, at most 24 of them — and so do the brackets of <rp> that a
# browser without ruby shows; anything else in <rt> (a word, a link) stays to be read.
# (</rt> may be left out before the next <rt>, <rb>, <rp> or </ruby>, as HTML allows.)
_RUBY_TEXT = LazyPattern(
    r"<r[tp](?:\s[^<>]{0,100})?>"
    "[ a-z\u00e0-\u01dc\u02c7\u02c9-\u02cb\u02d9\u3100-\u312f\u31a0-\u31bf()\uff08\uff09]{0,24}"
    r"(?:</r[tp]>|(?=</?r(?:uby|[tbp])[\s>]))"
)


# An HTML comment is dropped with its content — unless the Markdown may show it as
# written: escaped ("\\<!--" is text, and a link in it is linked), or in a code span or
# a fenced or indented code block ("`<!--` t.cn/x `-->`": two code spans, and a link
# between them).  Told for the whole field, as the cheap and safe answer: with any of
# these, no comment is dropped, and what comments hold is read as text.
_SHOWN_COMMENT = re.compile(r"\\<!--|`|~~~|^(?: {4}|\t)[ \t]*<!--", re.MULTILINE)


def _comments_hidden(text: str) -> bool:
    """Whether the comments of ``text`` (as written) may be dropped: see ``_SHOWN_COMMENT``."""
    return "<!--" not in text or _SHOWN_COMMENT.search(text) is None


@cache
def _folded_tag() -> re.Pattern[str]:
    """``_TAG`` for folded text, whose ASCII letters are lower case already: the same
    matches without IGNORECASE, half the time at each ``<`` (the engine compares literals,
    not case folds).  Compiled on first use (0.3 ms), as the fold's other tables."""
    names = "".join(f"[{_CASELESS[c]}]" if c in _CASELESS else c for c in _TAG_NAMES)
    return re.compile(_TAG_FORM.format(names=names))


# (an alternation of literals: the engine skips to them fast; "[*_~]{2,3}" is 7× slower).
# A code span's backticks show as nothing too: "内部`资料`", "138`1234`5678".
_EMPHASIS = re.compile(r"\*\*\*?|___?|~~|`+")


def _entity(match: re.Match[str]) -> str | None:
    """The folded character a numeric reference stands for ("" to drop, None: not one)."""
    hexadecimal, decimal = match.group(1), match.group(2)
    point = int(hexadecimal, 16) if hexadecimal else int(decimal)
    if not 0 < point <= 0x10FFFF or 0xD800 <= point < 0xE000:
        return None
    char = chr(point)
    trans, _ = _tables()
    mapped = trans.get(point, char)
    return "" if mapped is None else mapped


# A named character reference shows its character too (the WeChat editor writes
# "138&nbsp;1234&nbsp;5678"; "机密&starf;10年").  The fold has lower-cased the name, so
# names are looked up without case.  The five that escape markup (&amp; &lt; &gt; &quot;
# &apos;) are left as written: they hide nothing, and links keep their "&amp;" as written.
# A numeric reference is its character on the page (Markdown and HTML both decode it):
# "t&#46;cn/x" shows t.cn/x; an HTML parser reads one without its ";" too (a parse error,
# not a refusal): in an HTML block "<p>t&#46cn/x</p>" is published as t.cn/x.  Its
# digits run as far as they go, as the parser reads them.
_REFERENCE = re.compile(
    r"&(?:#(?:x([0-9a-f]{1,6})(?![0-9a-f])|([0-9]{1,7})(?![0-9]));?|([a-z][a-z0-9]{1,31});)"
)
_REFERENCE_START = re.compile(r"&(?:#|[A-Za-z][A-Za-z0-9]{1,31};)")
_REFERENCE_ANY_CASE = LazyPattern(_REFERENCE.pattern, re.IGNORECASE)  # in written text
_MARKUP_ESCAPES = ("amp", "lt", "gt", "quot", "apos")


@cache
def _named_references() -> dict[str, str]:
    """HTML5's named references of one character, by lower-case name (built on first use)."""
    from html.entities import html5  # noqa: PLC0415 - a 2,000-entry table, only when needed

    named: dict[str, str] = {}
    # a name that is lower case already wins over one that only folds to it (&star; ☆, &Star; ⋆)
    for name, chars in sorted(html5.items(), key=lambda item: item[0] != item[0].lower()):
        if name.endswith(";") and len(chars) == 1:
            named.setdefault(name[:-1].lower(), chars)
    for name in _MARKUP_ESCAPES:
        del named[name]
    return named


def _reference(match: re.Match[str]) -> str | None:
    """The folded character a numeric or named reference stands for (see :func:`_entity`)."""
    name = match.group(3)
    if name is None:
        return _entity(match)
    char = _named_references().get(name.lower())
    if char is None:
        return None
    trans, _ = _tables()
    mapped = trans.get(ord(char), char)
    return "" if mapped is None else mapped


@cache
def _shows_lookalikes() -> frozenset[str]:
    """The characters that fold into a look-alike letter: the letters, and the compatibility
    forms whose NFKC is one (the mathematical ``𝛎`` is ``ν``)."""
    trans, _ = _tables()
    letters = lookalikes()
    return frozenset(chr(point) for point, target in trans.items() if target in letters)


def _refers_to_lookalikes(text: str) -> bool:
    """Whether a character reference of ``text`` shows a look-alike letter (``t.&#1089;n``:
    the split saw no Cyrillic letter, the page shows one)."""
    if not holds_reference(text):
        return False
    letters = lookalikes()
    return any(_reference(m) in letters for m in _REFERENCE_ANY_CASE.finditer(text))


def _markup(
    folded: str, written: str = "", ruby: bool = True
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The spans that render as nothing, and the character each reference shows; comments
    among them only when ``written``, the text as written, hides them (``_SHOWN_COMMENT``);
    a ruby's annotations only when ``ruby`` (false: ``folded`` holds no ``<r``)."""
    gaps: list[tuple[int, int]] = []
    if "<" in folded:
        tags = [m.span() for m in _folded_tag().finditer(folded)]
        # (the text as written is asked about its comments only when a tag is one: "<!--"
        # looked for in every post with a "<" cost 10 µs)
        if any(folded.startswith("<!--", start) for start, _ in tags) and not _comments_hidden(
            written
        ):
            tags = [span for span in tags if not folded.startswith("<!--", span[0])]
        gaps += tags
        if ruby and _holds(folded, "<r"):  # (a ruby's annotations: see _RUBY_TEXT)
            gaps += [m.span() for m in _RUBY_TEXT.finditer(folded)]
    shown: dict[int, str] = {}  # start of a character reference → the character it shows
    if holds_reference(folded):
        for match in _REFERENCE.finditer(folded):
            at, reach = match.start(), max(0, match.start() - 4000)
            if folded.rfind("<", reach, at) > folded.rfind(">", reach, at):
                continue  # inside an HTML tag: the link scanner decodes attribute values
            char = _reference(match)
            if char is not None:
                start = match.start() + (1 if char else 0)  # the "&" becomes the character
                if char:
                    shown[match.start()] = char
                gaps.append((start, match.end()))
    return gaps, shown


def _emphasis(
    folded: str, text: str = "", written: Folded | None = None
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Emphasis runs between two visible characters, and pairs of runs on one line that
    CommonMark's flanking rules make emphasis beside spaces — the first before a visible
    character, its partner after one (``138 **1234** 5678``: red team 21; ``内 部 **资 料**``,
    ``t **. c n** / x``: red team 24) — read after tags are gone.  ``text`` is the text as
    written, and ``written`` maps ``folded``'s offsets back to it, when a star of it folded
    into ``*``: ``＊ ✱ ∗`` are no Markdown (see ``_ITALICS``)."""
    gaps: list[tuple[int, int]] = []
    if not _may_hold_emphasis(folded):
        return gaps, {}  # most texts (with tags) have none
    last = len(folded)
    opener: tuple[int, int, str, bool] | None = None  # a run that may open, and if it went
    masks = _Masks(folded, text, written)
    for match in _EMPHASIS.finditer(folded):
        start, end = match.span()
        if match.group()[0] == "*" and masks.cover(start, end):
            continue
        if written is not None and "*" in match.group():
            start, end = _written_stars(text, written, start, end)
            if end - start < 2:  # (a run of two or three)
                continue
        run = folded[start:end]
        after_blank = start == 0 or folded[start - 1].isspace()
        before_blank = end == last or folded[end].isspace()
        # (a code span beside spaces keeps its backticks, but for a number's groups: in code,
        # "`ASP.NET`" is linked by no renderer)
        opens = run[0] != "`" or (end < last and folded[end].isdigit())
        if not after_blank and not before_blank:
            gaps.append((start, end))  # between two visible characters: it goes
            if _partner(folded, opener, start, run) and opener is not None and not opener[3]:
                gaps.append(opener[:2])  # and closes one that only opened ("**机密**＊10年")
                opener = None
            elif opens:
                opener = (start, end, run, True)  # (or opens: "：**138** 1")
        elif not before_blank:
            opener = (start, end, run, False) if opens else None  # it may open
        elif not after_blank and opener is not None and _partner(folded, opener, start, run):
            # after a visible character only, closing its partner on the line: the page shows
            # no asterisks ("资** 料**" opens nothing and stays; a run between blanks too)
            if not opener[3]:
                gaps.append(opener[:2])
            gaps.append((start, end))
            opener = None
    gaps.sort()
    return gaps, {}


@dataclass
class _Masks:
    """Which runs of asterisks are masks: four or more as written (``G3101********1234``,
    ``138****5678``), which the page shows — CommonMark pairs no emphasis there — so that
    their digits are not closed up into another number (the masked 学籍号 read as a passport
    ``G31011234``: red team 47).  ``written`` maps ``folded`` back to ``text`` when a star
    of it folded into ``*``."""

    folded: str
    text: str
    written: Folded | None
    _run_end: int = 0  # the end of the last run measured, and whether it is a mask
    _masked: bool = False

    def cover(self, start: int, end: int) -> bool:
        """Whether the match ``start:end`` of ``_EMPHASIS`` lies in a mask.  Every match in
        one run has the same answer, so a run is measured once (at each of its matches,
        40,000 asterisks took 26 s)."""
        if start < self._run_end:
            return self._masked
        folded = self.folded
        if not (start and folded[start - 1] == "*") and folded[end : end + 1] != "*":
            return False  # a run of two or three: the common case
        first, stop = start, end
        while first and folded[first - 1] == "*":
            first -= 1
        while stop < len(folded) and folded[stop] == "*":
            stop += 1
        self._run_end = stop
        if self.written is not None:  # only the ASCII stars as written make a run ("＊": none)
            first, stop = _written_stars(self.text, self.written, first, stop)
        self._masked = stop - first >= 4
        return self._masked


def _partner(folded: str, opener: tuple[int, int, str, bool] | None, start: int, run: str) -> bool:
    """Whether the run ``run`` at ``start`` closes ``opener``: the same run, on its line."""
    return opener is not None and opener[2] == run and folded.find("\n", opener[1], start) == -1


def _written_stars(text: str, back: Folded, start: int, end: int) -> tuple[int, int]:
    """The part of the folded run at ``start:end`` whose stars are ASCII ``*`` as written
    (``back`` maps the folded offsets to ``text``'s): ``**机密**＊10年`` folds to
    ``**机密***10年``, and its run is ``**`` before the ``＊``."""
    written = [text[back.original(at)] == "*" for at in range(start, end)]
    first = written.index(True) if True in written else len(written)
    stop = first
    while stop < len(written) and written[stop]:
        stop += 1
    return start + first, start + stop


# Single-asterisk italics, "dwz.c*n/x*y", "機*密*★", "139*-0446-9*239": a pair of lone
# ASCII asterisks on one line, the first before and the second after a visible character,
# as CommonMark pairs them (intraword too, unlike "_"). Looked for in the text as written:
# once folded, the full-width star of "机密＊10年" and ✱ ∗ are "*" as well, and they are
# no Markdown. A lone "*" (a footnote, "张*", "机密*10年") has no partner and stays.
_ITALICS = LazyPattern(r"(?<![*\\])\*(?=[^\s*])[^*\n\u2028\u2029]{0,60}?(?<=[^\s*\\])\*(?!\*)")


def _italics(
    text: str, removed: tuple[int, ...], folded: str
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The asterisks of single-* italics in ``text``, at their offsets in ``folded``.

    ``folded`` is ``text`` folded one character for one, less the characters at the
    (ascending) offsets ``removed``; an asterisk removed already (inside a tag) is skipped.
    """
    gaps: list[tuple[int, int]] = []
    for match in _ITALICS.finditer(text):
        for written in (match.start(), match.end() - 1):
            index = bisect.bisect_left(removed, written)
            if index < len(removed) and removed[index] == written:
                continue
            at = written - index
            if folded[at : at + 1] == "*":
                gaps.append((at, at + 1))
    return gaps, {}


def _unitalic(match: re.Match[str]) -> str:
    """Single-* italics as the page shows them: without their two asterisks."""
    return match.group()[1:-1]


# Weibo (and Douyin, Kuaishou) show an emoticon code, "[心]", "[哈哈]", as a little
# picture: between two digits it reads as an emoji does, a space ("138[心]1234[心]5678").
# Only codes of ideographs, only between digits: "[1]", "[注]" in prose, link words stay.
_EMOTICON_CODE = re.compile("\\[(?<=[0-9]\\[)[\u4e00-\u9fff]{1,4}\\](?=[0-9])")


def _emoticon_codes(folded: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Emoticon codes between digits, for :func:`_drop`: each shows as one space."""
    gaps: list[tuple[int, int]] = []
    shown: dict[int, str] = {}
    for match in _EMOTICON_CODE.finditer(folded):
        start, end = match.span()
        gaps.append((start + 1, end))
        shown[start] = " "
    return gaps, shown


def _drop_markup(folded: str, removed: list[int], text: str, ruby: bool = True) -> str:
    """Tags and references first, then single-* italics (an ASCII "*" in ``text``, as
    written), then the emphasis runs of what the page shows: the italics before the runs,
    so that the closing "*" of "*机密*＊10年" and the folded "＊" make no "**" run.
    (``ruby`` false: ``folded`` holds no ``<r``.)"""
    if _may_hold_markup(folded):
        folded = _drop(folded, removed, partial(_markup, written=text, ruby=ruby))
    if "*" not in text:
        return _drop(folded, removed, _emphasis)
    folded = _drop(folded, removed, partial(_italics, text, tuple(removed)))
    if folded.count("*") <= text.count("*"):
        folded = _drop(folded, removed, _emphasis)
        return _drop(folded, removed, _stray_stars) if "*" in folded else folded
    # a star that is no Markdown folded into "*" (``＊ ✱ ∗``): runs are of the ASCII ones
    back = Folded("", *_offset_map(removed))  # (built once, not for every run)
    folded = _drop(folded, removed, partial(_emphasis, text=text, written=back))
    back = Folded("", *_offset_map(removed))
    probe = "".join(
        "\uff0a" if char == "*" and text[back.original(at)] != "*" else char
        for at, char in enumerate(folded)
    )
    return _drop(folded, removed, lambda _: _stray_stars(probe))


# Asterisks glued to one letter of letter-spaced text, on the side of its space: "t . c** n
# / x", "内 部 资** 料**", "1 3 8 *－ 1 2 3 4". CommonMark pairs none of them (a run before
# a space opens nothing), so the page shows them; the reader, reading one character at a
# time, reads past them as past the spaces — as the fold reads "内*部*资*料" already.  Only
# where both sides are letter-spaced: the character the run is glued to stands alone, and
# so does the one across the space ("张* 先生", "注* 见", a list's "* " stay); a run of two
# or three between the spaces of such letters too ("a o ** b a o"; "5 * 3" stays).
_STAR_RUN = re.compile(r"\*{1,3}")


def _stray_stars(folded: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Star runs glued to a lone character on the side of a space, for :func:`_drop`."""
    gaps: list[tuple[int, int]] = []
    last = len(folded)
    for match in _STAR_RUN.finditer(folded):
        start, end = match.span()
        if (start and folded[start - 1] == "*") or (end < last and folded[end] == "*"):
            continue  # a longer run: a rule, or no emphasis anyone writes
        if (
            end - start > 1
            and 1 < start
            and end + 1 < last
            and folded[start - 1] == folded[end] == " "
            and _lone(folded, start - 2, -1)
            and _lone(folded, end + 1, 1)
        ):
            gaps.append((start - 1, end))  # with one of its spaces
        elif end < last and folded[end] == " " and _lone(folded, start - 1, -1):
            across = end
            while across < last and folded[across] == " ":
                across += 1
            if _lone(folded, across, 1):
                gaps.append((start, end))
        elif start and folded[start - 1] == " " and _lone(folded, end, 1):
            across = start - 1
            while across >= 0 and folded[across] == " ":
                across -= 1
            if _lone(folded, across, -1):
                gaps.append((start, end))
    return gaps, {}


def _lone(folded: str, at: int, away: int) -> bool:
    """Whether ``folded[at]`` is a visible character with no letter, digit or ideograph
    beyond it, ``away`` from the run: one character of letter-spaced text."""
    if not 0 <= at < len(folded) or folded[at].isspace() or folded[at] == "*":
        return False
    beyond = at + away
    return not 0 <= beyond < len(folded) or not folded[beyond].isalnum()


def _drop(
    folded: str,
    removed: list[int],
    find: Callable[[str], tuple[list[tuple[int, int]], dict[int, str]]],
) -> str:
    gaps, shown = find(folded)
    if not gaps:
        return folded
    pieces: list[str] = []
    position = 0
    dropped: list[int] = []
    for first, end in sorted(gaps):
        start = max(first, position)
        pieces.append(folded[position:start])
        dropped.extend(range(start, end))
        position = max(position, end)
    pieces.append(folded[position:])
    if shown:  # each "&" that stays stands for its character
        text = "".join(pieces)
        kept = Folded("", *_offset_map(dropped))
        chars = list(text)
        for index in range(len(chars)):
            if kept.original(index) in shown:
                chars[index] = shown[kept.original(index)]
        pieces = chars
    # offsets in `folded` → offsets in the original text, past the earlier removals
    earlier = Folded("", *_offset_map(removed))
    removed[:] = sorted([*removed, *(earlier.original(d) for d in dropped)])
    return "".join(pieces)


def _one_for_one(trans: dict[int, str | None], run: _BlankRun, match: re.Match[str]) -> str:
    """The fast path: a character that folds into one other (most texts need no more)."""
    char = match.group()
    if char == "\\":
        if match.string[match.end() : match.end() + 1] in _ESCAPABLE:
            raise _Removal  # a Markdown escape: "t\\.cn" renders as "t.cn"
        return char
    mapped = trans.get(ord(char), char)
    if mapped is None:
        raise _Removal
    if (mapped == " " or char == "\t") and run.between_han(match.string, match.start()):
        raise _Removal
    return mapped


class _BlankRun:
    """The run of blanks the fast path last measured: each of its characters asks whether the
    run lies between ideographs, and a run of 20,000 full-width spaces measured once for each
    took 44 s."""

    __slots__ = ("between", "end", "start")

    def __init__(self) -> None:
        self.start = self.end = -1
        self.between = False

    def between_han(self, text: str, index: int) -> bool:
        if not self.start <= index < self.end:
            self.start, self.end = _blank_run(text, index)
            self.between = _run_between_han(text, self.start, self.end)
        return self.between


def _blank_run(text: str, index: int) -> tuple[int, int]:
    """The run of blanks (whitespace, invisible characters, pictographs) around ``index``."""
    before = index - 1
    while before >= 0 and _is_blank(text[before]):
        before -= 1
    after = index + 1
    while after < len(text) and _is_blank(text[after]):
        after += 1
    return before + 1, after


def _run_between_han(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and is_han(text[start - 1]) and is_han(text[end])


def _between_han(text: str, index: int) -> bool:
    """Whether the whitespace at ``index`` (with the run around it) lies between ideographs."""
    return _run_between_han(text, *_blank_run(text, index))


def _is_blank(char: str) -> bool:
    return char in _WHITESPACE or char in ignorable_characters() or char in pictographs()


def _with_removals(
    text: str, trans: dict[int, str | None], finder: re.Pattern[str], removed: list[int]
) -> str:
    """The slow path: invisible characters go, whitespace closes up between ideographs."""
    pieces: list[str] = []
    position = 0  # the original text is copied up to here
    length = len(text)
    for match in finder.finditer(text):
        index = match.start()
        if index < position:
            continue  # taken with a run of whitespace before, or escaped
        char = text[index]
        if char == "\\":
            if text[index + 1 : index + 2] in _ESCAPABLE:  # a Markdown escape goes
                pieces.append(text[position:index])
                removed.append(index)
                escaped = text[index + 1]
                pieces.append(trans.get(ord(escaped), escaped) or escaped)
                position = index + 2  # the escaped character is itself, even "\\"
            continue
        mapped = trans.get(ord(char), char)
        if mapped is not None and mapped != " " and char != "\t":
            pieces.append(text[position:index])
            pieces.append(mapped)
            position = index + 1
            continue
        # whitespace and invisible characters: a run of them closes up between ideographs
        stop = index + 1
        while stop < length and _is_blank(text[stop]):
            stop += 1
        closes = _between_han(text, index)
        pieces.append(text[position:index])
        for at in range(index, stop):
            kept = None if closes else trans.get(ord(text[at]), text[at])
            if kept is None:
                removed.append(at)
            else:
                pieces.append(kept)
        position = stop
    pieces.append(text[position:])
    return "".join(pieces)


# Plain spaces are not in the fold's character class (they are everywhere in mixed text):
# a run of them is found here, only where an ideograph follows, and goes when one precedes.
# A tab is folded where it stands, but one that markup separated from an ideograph
# ("机<b>\t密") is beside it only once the markup is gone: a text that still holds a tab
# is searched for runs of both (a class: slower than the literal, and rarely needed).
# A run is taken whole from its first space (the lookbehind after it: no space before) and
# never given back (the possessive "*+"): "  *" tried again from every space of a run,
# backtracking through the rest each time, took 2.4 s over 20,000 spaces.  The space comes
# first, so that the engine still skips to one at C speed (a lookbehind first: 25 times slower).
_SPACE_RUN = re.compile(" (?<!  ) *+(?=[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])")
_BLANK_RUN = LazyPattern(
    "[ \t](?<![ \t][ \t])[ \t]*+(?=[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])"
)


def _close_up_spaces(folded: str, removed: list[int], tabs: bool = False) -> str:
    pieces: list[str] = []
    position = 0
    gaps: list[int] = []
    for match in (_BLANK_RUN if tabs else _SPACE_RUN).finditer(folded):
        start = match.start()
        if start == 0 or not is_han(folded[start - 1]):
            continue
        pieces.append(folded[position:start])
        gaps.extend(range(start, match.end()))
        position = match.end()
    if not gaps:
        return folded
    pieces.append(folded[position:])
    # offsets in `folded` → offsets in the original text, past the earlier removals
    earlier = Folded("", *_offset_map(removed))
    removed[:] = sorted([*removed, *(earlier.original(g) for g in gaps)])
    return "".join(pieces)


# Letter-spacing with punctuation: a separator, spaces around it allowed, between two
# ideographs.  Found from the separator (the class comes first: the regex engine skips to
# one at C speed, and Chinese text has few); the ideograph before it is looked at here.
# A line break (or ``<br>``) is such a separator too (``内部⏎资料``, ``内⏎部⏎资⏎料`` written
# down the page): a Markdown paragraph joins its lines and a reader reads the words whole.
# A blank line never is (the character before its second break is no ideograph).  Three
# expressions, each starting with what is found fast — a literal, or the separators in the
# text's marks (:mod:`.char_marks`) — rather than one holding the line breaks too (the
# Unicode line separators are "\n" by then: _tables()).
_HAN = "[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"  # (what is_han() tells)
_IDEOGRAPH_AHEAD = f"(?={_HAN})"
_SEPARATORS = "-_·./|~+*=\x0b\x0c\x85"
_SEPARATOR_GAP = re.compile(f"[{_SEPARATORS}] ?" + _IDEOGRAPH_AHEAD)
# Where _SEPARATOR_GAP may match, in the text's marks: a separator, a space or none, and a
# character beyond Latin-1 (every ideograph is one); it is matched only there.  The class
# tested at each of a post's 20,000 positions took 200 µs, this 80 µs (the addresses of a
# post hold a thousand separators, before no ideograph).  A space is marked as the
# separators are, so that a candidate is one literal of two bytes, a mark before "?" (the
# separator, or the space after one): "\x00 ?\?" was tried at each of those thousand
# separators (18 µs a post), the literal is skipped to (11 µs).
_SEPARATOR_MARKS = mark_table(_SEPARATORS + " ")
_SEPARATOR_CANDIDATE = re.compile(rb"\x00\?")  # ("?": beyond Latin-1)
# (a Markdown blockquote's markers start each of its lines, "> 机⏎> 密★10年", and a list
# item's next line is indented, "- 内⏎  部资料": the paragraph inside joins its lines all
# the same)
_LINE_GAP = re.compile("\n *+(?:> *+){0,3}" + _IDEOGRAPH_AHEAD)  # "\r\n": from the "\r"
# ... and of those, the breaks an ideograph stands before (one space or a "\r" between
# allowed): the only ones _letter_spacing() keeps.  A post's paragraphs end in ideographs and
# the next starts with one; a blank line between them made 26 gaps a post that were found,
# sorted and looked at again for nothing (15 µs a post).
_JOINED_LINE_GAP = re.compile(
    f"\n(?:(?<={_HAN}\n)|(?<={_HAN} \n)|(?<={_HAN}\r\n)|(?<={_HAN} \r\n))" + _LINE_GAP.pattern[1:]
)
_BR_GAP = LazyPattern("<br ?/?> ?" + _IDEOGRAPH_AHEAD)
# (and a star, which every star emoji folds to: "内⭐部⭐资⭐料" strings the characters as
# "内*部*资*料" does — beyond Latin-1, so looked for apart, and only in a text that holds one;
# red team 35)
_STAR_GAP = LazyPattern("(?<=[^密\n])★ ?" + _IDEOGRAPH_AHEAD)


def _separator_gaps(
    folded: str, *, joined: bool = False, breaks: bool = True
) -> list[tuple[int, int]]:
    """The spans of each separator (and a space after it) before an ideograph, in order;
    with ``joined``, only the line breaks after an ideograph (``_JOINED_LINE_GAP``); no
    ``<br>`` looked for unless ``breaks`` (false: ``folded`` holds no ``<br``)."""
    gap = _SEPARATOR_GAP.match
    spans: list[tuple[int, int]] = []
    for candidate in _SEPARATOR_CANDIDATE.finditer(marks(folded, _SEPARATOR_MARKS)):
        at = candidate.start()
        if folded[at] == " ":  # (the separator is the character before the space, if any)
            at -= 1
        if at >= 0 and (found := gap(folded, at)) is not None:
            spans.append(found.span())
    more: list[tuple[int, int]] = []
    if "\n" in folded:
        for match in (_JOINED_LINE_GAP if joined else _LINE_GAP).finditer(folded):
            start = match.start()
            more.append((start - 1 if start and folded[start - 1] == "\r" else start, match.end()))
    if breaks and _holds(folded, "<br"):
        more += [m.span() for m in _BR_GAP.finditer(folded)]
    if "★" in folded:
        # (not the star after a 密级: "绝-密★三年" is a marking's star before its period)
        more += [m.span() for m in _STAR_GAP.finditer(folded)]
    return sorted(spans + more) if more else spans


def _close_up_separators(folded: str, removed: list[int], breaks: bool = True) -> str:
    """Join ideographs strung together one by one with separators (see the module); no
    ``<br>`` looked for unless ``breaks`` (false: ``folded`` holds no ``<br``)."""
    return _drop(folded, removed, partial(_letter_spacing, breaks=breaks))


def _letter_spacing(
    folded: str, breaks: bool = True
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The separators (with their spaces) to drop, for :func:`_drop`; nothing is shown."""
    gaps: list[tuple[int, int]] = []
    for separator, end in _separator_gaps(folded, joined=True, breaks=breaks):
        start = separator
        if folded[separator] == "*":  # a run of stars beside a space ("内** 部** 资料")
            while start > separator - 2 and start > 0 and folded[start - 1] == "*":
                start -= 1
        start = start - 1 if start > 0 and folded[start - 1] == " " else start
        if start > 0 and is_han(folded[start - 1]):
            gaps.append((start, end))
    return (_letter_spaced_runs(folded, gaps) if gaps else []), {}


def _letter_spaced_runs(folded: str, gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The gaps to drop: those of chains that string ideographs together one by one.

    ``gaps`` are the spans of a separator and its spaces, in order; two gaps are links of
    one chain when exactly one ideograph stands between them (``内-部-资料``: two links).
    A chain of two links or more is joined; a single gap only between two ideographs that
    stand alone (``中·美``), so that ``马克·吐温`` and ``北京-上海`` keep theirs — or when
    the words either side join into a marking (``内部·资料``, :mod:`.marking_words`).
    """
    drop: list[tuple[int, int]] = []
    chain: list[tuple[int, int]] = []

    def settle() -> None:
        if not chain:
            return
        first, last = chain[0][0] - 1, chain[-1][1]
        alone_before = first == 0 or not is_han(folded[first - 1])
        alone_after = last + 1 >= len(folded) or not is_han(folded[last + 1])
        if len(chain) > 1 or (alone_before and alone_after) or joins_marking(folded, *chain[0]):
            drop.extend(chain)
        chain.clear()

    for gap in gaps:
        if chain and gap[0] == chain[-1][1] + 1:
            chain.append(gap)
            continue
        settle()
        chain.append(gap)
    settle()
    if len(drop) < len(gaps):  # a marking over two separators: "内* 部资* 料", "机·密★·10年"
        drop += _joined_markings(folded, gaps, drop)
        drop.sort()
    return drop


def _joined_markings(
    folded: str, gaps: list[tuple[int, int]], dropped: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The gaps left whose words join into a marking once every gap is gone (each gap alone
    left the marking split by the other: :func:`.joins_marking` looks at one)."""
    pieces: list[str] = []
    at: list[int] = []  # each gap's offset in the joined text
    position = length = 0
    for start, end in gaps:
        pieces.append(folded[position:start])
        length += start - position
        at.append(length)
        position = end
    pieces.append(folded[position:])
    joined = "".join(pieces)
    taken = set(dropped)
    return [
        gap
        for gap, point in zip(gaps, at, strict=True)
        if gap not in taken and joins_marking(joined, point, point)
    ]


def _offset_map(removed: list[int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """``Folded``'s map from the ascending original offsets of removed characters."""
    starts: list[int] = []
    shifts: list[int] = []
    for count, at in enumerate(removed, 1):
        start = at - count + 1  # the folded offset of the next character kept
        if starts and starts[-1] == start:
            shifts[-1] = count
        else:
            starts.append(start)
            shifts.append(count)
    return tuple(starts), tuple(shifts)


def _host_dots(folded: str) -> str:
    """``。`` between ASCII host labels → ``.`` (one for one; ``｡`` was folded to ``。``)."""
    if "。" not in folded:
        return folded
    pieces: list[str] = []
    position = 0
    for match in _HOST_DOT.finditer(folded):
        at = match.start()
        if at == 0 or folded[at - 1] not in _LABEL_END:
            continue
        pieces.append(folded[position:at])
        pieces.append(".")
        position = at + 1
    if not pieces:
        return folded
    pieces.append(folded[position:])
    return "".join(pieces)


@cache
def _url_table() -> dict[int, str | None]:
    trans, _ = _tables()
    table: dict[int, str | None] = {}
    for point, target in trans.items():
        if target is None:
            table[point] = None
        elif target in _FULL_STOPS:  # "︒" (vertical form) is "。" to UTS #46: a label's end
            table[point] = "."
        elif target.isascii() and not 0x41 <= point <= 0x5A:
            plain = unicodedata.normalize("NFKC", chr(point))  # case kept: paths need it
            table[point] = plain if len(plain) == 1 and plain.isascii() else target
        elif target in lookalikes() and target != chr(point):
            table[point] = target  # "𝛐" is "ο", which a host that mixes scripts reads as o
    table.update(dict.fromkeys(map(ord, _FULL_STOPS), "."))
    return table


_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def written_url(raw: str) -> str:
    """The address an address written with look-alike characters imitates, case kept.

    Full-width and other compatibility forms of ASCII characters become ASCII,
    ``。``/``｡`` become ``.`` and invisible characters go — what UTS #46 does to a
    host, applied to the whole address so that ``ｈｔｔｐｓ：／／ｕ．ｊｄ．ｃｏｍ／x``
    and ``u。jd。com/x`` are read as ``https://u.jd.com/x`` and ``u.jd.com/x``; a
    Markdown escape (``t\\.cn``) is read as the character it escapes.
    Inline formatting (``<b>``, ``**``, single-``*`` italics) inside the address goes,
    as the page shows it.
    Case is kept: paths and queries are case-sensitive.
    """
    if "\\" in raw:
        raw = _MD_ESCAPE.sub(r"\1", raw)
    if _may_hold_markup(raw):  # "t.<b>cn</b>/x", "t&#46;cn/x", "t&period;cn/x" show t.cn/x
        raw = _EMPHASIS.sub("", _TAG.sub("", raw))
        if holds_reference(raw):
            raw = _REFERENCE_ANY_CASE.sub(_written_reference, raw)
    if "*" in raw:  # "dwz.c*n/x*y" shows dwz.cn/xy
        raw = _ITALICS.sub(_unitalic, raw)
    if raw.isascii():
        return raw
    raw = raw.translate(_url_table())
    # a host whose letters mix scripts ("t.сn", "u.jd.cοm") is read as the host it imitates
    return raw if lookalikes().isdisjoint(raw) else read_hosts(raw)


def _written_reference(match: re.Match[str]) -> str:
    """What a reference in an address shows; an unknown name stays as written."""
    char = _reference(match)
    if char is not None:
        return char
    return match.group() if match.group(3) else ""


def fold_term(term: str) -> str:
    """A term folded the way texts are, so that it matches their folded form."""
    return fold(term.strip()).text
