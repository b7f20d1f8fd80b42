"""Which of a code's two Chinese readings is the text: GB 18030's or Big5's, by how often
their characters are used.

A QR code's bytes name no character set (:mod:`.code_readings`).  Big5's common
characters (lead bytes A4–C6) share their bytes with GB 2312's, so each reading of the
other's text looks Chinese too: GBK ``机密`` is Big5 ``儂躇``, Big5 ``機密★`` is GB 18030
``诀盞」``, Big5 ``不公開`` is ``ぃそ秨`` (review 90's L3), and a share of common characters
cannot tell them apart.  How often the characters are used can: the list
``data/hanzi_frequency.txt`` (from jieba's dictionary, MIT) gives each hanzi a cost in
bits, n for a character used once in 2ⁿ, and a reading's cost is the sum of its
characters' (:func:`costs`).  Chinese text costs about 10 bits a character; the other
script's reading of it, 16 to 22.

:func:`likelier_than_noise` says whether a Big5 reading is Chinese at all, when its share of
common characters (``code_readings._common``) does not: one of Big5's level-2 hanzi
(次常用字) in a short code (``內部資料 店舖``) is more than one in ten, yet the reading as a
whole costs far less than noise, two random bytes a character (review 99's L1).
:func:`likelier_than_latin` weighs a Chinese reading against the Latin-1 one
(:func:`latin_costs`: a Latin-1 character costs half what a hanzi does, being one byte of
two), when the Latin-1 reading has Latin-1 words (review 99's L4).

:func:`big5_likelier` says when the Big5 reading wins.  GB 18030's, which WeChat shows
and mainland generators write, is kept whenever a doubt is left:

* it is GB 2312 text (:func:`_gb2312_text`): Big5 text always reads in GB 18030 as
  something else as well — a GBK-only character or kana, bopomofo, Greek, Cyrillic — so
  no GB 2312 text, markings among rare hanzi included, is ever read as Big5;
* the Big5 reading has one character past ASCII (a stray byte before a link, ``B0 "t.cn"``,
  is 皌 in GB 18030 and 配 in Big5): one character tells no character set;
* Big5 is not at least ``2**_BIG5_ODDS`` times as likely;
* two hanzi of the GB 18030 reading that follow each other are a GB word, ``2**_GB_WORD``
  times likelier than Big5's characters in their places (:func:`_gb_word`): signs, kana,
  Cyrillic or GBK's traditional characters added to a GBK marking (``机密★ Москва``,
  ``机ー密``) cannot tip it to Big5.

Measured on the corpus's texts (docs/compliance.md, family ``fix111f_code_readings_big5``):
of the 1,291 Big5 texts GB 18030 also reads, 1,139 are read as Big5; of 11,711 GBK texts
and 32,000 random GB 2312 texts that Big5 also reads, none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

from govpub.compliance._data import data_kinds
from govpub.compliance.hanzi import traditional_to_simplified

__all__ = ["big5_likelier", "costs", "latin_costs", "likelier_than_latin", "likelier_than_noise"]

#: how many bits likelier a Big5 reading must be than the GB 18030 one to be taken: 64 times
_BIG5_ODDS = 6
#: the characters past ASCII a Big5 reading must have to be weighed at all
_BIG5_LEAST = 2
#: how many bits likelier two hanzi of the GB 18030 reading must be than Big5's characters
#: in their places to keep it, whatever the rest: a GB word (机密 costs 20 bits, Big5's
#: 儂躇 35)
_GB_WORD = 8
#: what a sign costs, in bits: punctuation, symbols, numbers, full-width forms (、：★①ｍ),
#: about as often used as a common hanzi
_SIGN_COST = 8
#: what a letter of another script (kana, bopomofo, Greek, Cyrillic, pinyin), a box-drawing
#: piece, a private-use character or a hanzi rarer than the list holds costs: what GB 18030
#: makes of Big5's commonest hanzi (不 A4 A3 is ぃ, 公 A4 BD is そ) and Big5 of GB 2312's
#: rows of symbols
_RARE_COST = 22
#: what a C1 control (80–9F) of a Latin-1 reading costs: no Latin-1 text holds one, and
#: every GBK/3 hanzi (lead bytes 81–A0: 機 is 99 43) puts one there
_C1_COST = 32
#: what a Latin-1 character costs where Latin-1 text puts it (``Zürich``, ``25°C``), and
#: elsewhere: half a sign's and a rare hanzi's cost, a Latin-1 character being one byte
#: where a hanzi is two
_LATIN_PLACED = _SIGN_COST // 2
_LATIN_RARE = _RARE_COST // 2
#: how many bits likelier a Chinese reading must be than the Latin-1 one to be taken over
#: it when the Latin-1 reading has Latin-1 words (``code_readings._latin_words``): 2**12
#: times, more than one Latin-1 character out of place costs; random accented and ASCII
#: letters (review 99's fuzz) mostly stay Latin-1
_LATIN_ODDS = 12
#: what a character of noise costs, in bits: two random bytes
_NOISE_COST = 16


def big5_likelier(gb: str, big5: str) -> bool:
    """Whether the Big5 reading ``big5`` of a code's bytes is the text rather than their GB
    18030 reading ``gb`` (both Chinese text): see the module's docstring."""
    if _gb2312_text(gb):
        return False
    gb_costs, big5_costs = costs(gb), costs(big5)
    if len(gb_costs) != len(big5_costs) or len(big5_costs) < _BIG5_LEAST:
        return False  # (both readings pair the same bytes: the counts differ for no text)
    if sum(gb_costs) - sum(big5_costs) < _BIG5_ODDS:
        return False
    return not _gb_word(gb, gb_costs, big5_costs)


def costs(text: str) -> list[int]:
    """How unlikely each character of ``text`` past ASCII is in Chinese text, in bits: how
    rarely it is used (``data/hanzi_frequency.txt``; traditional characters are looked up as
    their simplified forms), or the cost of a sign or of another script."""
    folded = traditional_to_simplified()
    listed = _hanzi_costs()
    found: list[int] = []
    for c in text:
        if not c.isascii():
            cost = listed.get(folded.get(c, c))
            if cost is None:
                cost = _SIGN_COST if _sign(c) else _RARE_COST
            found.append(cost)
    return found


def likelier_than_noise(text: str) -> bool:
    """Whether ``text``, a Chinese reading of a code's bytes, is ``2**_BIG5_ODDS`` times
    likelier Chinese text than noise, two random bytes a character (``_NOISE_COST``).

    Chinese text costs about 10 bits a character, and one rare hanzi (20–22 bits) among
    common ones leaves it far below 16 (``內部資料 店舖``: 65 bits for six characters,
    ``機密★ 鄭淯``: 64 for five, review 99's L1); random bytes read as Big5 are mostly
    rare hanzi.
    """
    found = costs(text)
    return len(found) >= _BIG5_LEAST and _NOISE_COST * len(found) - sum(found) >= _BIG5_ODDS


def latin_costs(latin: str, placed: Sequence[bool]) -> list[int]:
    """How unlikely each character of a Latin-1 reading ``latin`` past ASCII is in Latin-1
    text, in bits: a character where Latin-1 text puts it (``placed``, one flag a character
    past ASCII: ``Zürich``, ``25°C``) costs as much as a sign, any other as much as a rare
    hanzi, a C1 control more (``_C1_COST``)."""
    wide = (c for c in latin if not c.isascii())
    return [
        _C1_COST if "\x80" <= c <= "\x9f" else _LATIN_PLACED if here else _LATIN_RARE
        for c, here in zip(wide, placed, strict=True)
    ]


def likelier_than_latin(chinese: str, latin: list[int]) -> bool:
    r"""Whether the Chinese reading ``chinese`` of a code's bytes is ``2**_LATIN_ODDS`` times
    likelier text than their Latin-1 reading, whose characters cost ``latin``
    (:func:`latin_costs`).

    Chinese text read as Latin-1 is symbols and accented letters side by side, with C1
    controls for GBK/3 lead bytes (``報證⏎機密★`` is ``\x88ó×C⏎\x99CÃÜ¡ï``, review 99's
    L4); Latin-1 text read as Chinese is rare GBK/4 hanzi (``Müller``'s ``ül`` is 黮), one
    for each accented letter placed as Latin-1 places it, which costs 8 bits in Latin-1.
    """
    found = costs(chinese)
    return len(found) >= _BIG5_LEAST and sum(latin) - sum(found) >= _LATIN_ODDS


def _gb_word(gb: str, gb_costs: list[int], big5_costs: list[int]) -> bool:
    """Whether two hanzi of the GB 18030 reading ``gb`` that follow each other (signs and
    other scripts between them skipped) are ``2**_GB_WORD`` times likelier than the Big5
    reading's two characters in their places: a GB word (``机密``, ``内部``), which signs,
    kana or Cyrillic put after it or between its hanzi (``机ー密``) cannot outweigh."""
    before = None
    wide = (c for c in gb if not c.isascii())
    for i, c in enumerate(wide):
        if not _hanzi(c):
            continue
        here = gb_costs[i] - big5_costs[i]
        if before is not None and before + here <= -_GB_WORD:
            return True
        before = here
    return False


def _gb2312_text(text: str) -> bool:
    """Whether every character of ``text`` past ASCII is a GB 2312 hanzi or in its rows 1–3
    (punctuation, symbols, numbers, full-width forms): what mainland generators write.

    Big5 text read as GB 18030 holds some other character: a GBK-only one (a Big5 trail
    byte 40–7E: 密 B1 4B is 盞), kana, bopomofo, Greek or Cyrillic (Big5's commonest hanzi,
    lead bytes A4–A9: 不 A4 A3 is ぃ), or a user-defined code (rows AA–AF).
    """
    for c in text:
        if not c.isascii():
            pair = c.encode("gb18030")
            if len(pair) != 2 or pair[1] < 0xA1:
                return False
            if not (0xA1 <= pair[0] <= 0xA3 or 0xB0 <= pair[0] <= 0xF7):
                return False
    return True


def _hanzi(c: str) -> bool:
    """A CJK ideograph: extension A, the unified block, or a compatibility ideograph."""
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def _sign(c: str) -> bool:
    """Punctuation, a symbol, a number or a full-width form, but no box-drawing piece."""
    if "\uff01" <= c <= "\uff5e":
        return True
    return unicodedata.category(c)[0] in "PSN" and not ("\u2500" <= c <= "\u257f")


@cache
def _hanzi_costs() -> dict[str, int]:
    """``{hanzi: cost in bits}`` from ``data/hanzi_frequency.txt``, read on first need."""
    return {
        c: int(cost)
        for cost, runs in data_kinds("hanzi_frequency.txt").items()
        for run in runs
        for c in run
    }
