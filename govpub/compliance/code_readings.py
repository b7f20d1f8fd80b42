"""What a code's bytes say when no character set is named: the reading readers see, and the others.

A QR code's byte segment carries no character set unless an ECI names one.  Chinese
generators write Chinese text in GBK (GB 18030) without an ECI, and WeChat shows it as
Chinese; Taiwanese and Hong Kong ones write Big5.  zxing-cpp guesses as ZXing's
``StringUtils.guessEncoding`` does, among UTF-8, Shift_JIS and Latin-1 only, so GBK bytes
come out as Shift_JIS half-width kana (``内部资料`` → ``ﾄﾚｲｿﾗﾊﾁﾏ``) or as Latin-1
(``ÄÚ²¿×ÊÁÏ``, ``ｍ．ｔｂ`` → ``£í£®£ô£â``), and Latin-1 symbols as kana too
(``±5°C`` → ``ｱ5ｰC``).  :func:`readings` picks the reading the code is judged by (its
text: what the text rules read and the editor is shown) and lists the others:

The **Chinese reading** is GB 18030's, what WeChat shows, unless the Big5 reading is
likelier Chinese text (:func:`_chinese_reading`): Taiwanese and Hong Kong generators write
Big5, and most Big5 text GB 18030 reads too, as rarer hanzi, kana and bopomofo (``機密★``
is ``诀盞」``, ``不公開`` is ``ぃそ秨``).  Which is likelier is told by how often the
characters are used (:mod:`.charset_odds`); no GB 2312 text is read as Big5.  zxing-cpp's
own GB 18030 reading is weighed so too.

* zxing-cpp read **Latin-1**: the Latin-1 text stays when it reads as Latin-1
  (:func:`_latin_text`: ``Temp 25°C``, ``Zürich``); otherwise the Chinese reading when
  it is Chinese text (:func:`_chinese_text`) and no Latin-1 word (:func:`_latin_words`),
  or far likelier text than the Latin-1 reading (:func:`_likelier_than_latin`: GBK's
  traditional and rare hanzi, review 99's L4).
* zxing-cpp read **Shift_JIS half-width kana** (:func:`_kana_misreading`): the Chinese
  reading when it is mostly common Chinese (:func:`_common_gb`: GB 2312 level-1 hanzi,
  the Chinese punctuation and full-width forms); else the Latin-1 text when it reads as
  Latin-1; else the kana when they read as Japanese (:func:`_japanese`: ``ﾐﾂﾋﾞｼ…``);
  else any Chinese reading (``內部資料`` written in GBK, whose kana reading holds a
  Greek κ).
* UTF-8, ASCII, and a character set that only an ECI can name, stay as zxing-cpp read
  them: zxing-cpp's Python API (3.1) has no has-ECI flag, so a code whose ECI names
  Shift_JIS or Latin-1 is judged as one without.

Which reading a scanner shows depends on the scanner, so a code whose bytes are neither
ASCII nor UTF-8 also keeps its **other readings** — zxing-cpp's guess, Latin-1, GB 18030,
Big5 and the ASCII a GB 18030 lead byte swallowed (:func:`_swallowed`: ``B0 "t.cn/…"`` is
``皌.cn/…`` in GB 18030 and ``°t.cn/…`` in Latin-1).  :mod:`.image_codes` judges their
links too and keeps the worse finding (review 87's F3).

Half-width kana that read as Japanese and as common Chinese both (``ｶﾀｶﾅ`` is ``独杜``
in GB 18030) are read as Chinese, as WeChat shows them; a short kana word is not told
from a Chinese pair by any test here.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from govpub.compliance.charset_odds import (
    big5_likelier,
    latin_costs,
    likelier_than_latin,
    likelier_than_noise,
)
from govpub.compliance.hanzi import traditional_to_simplified
from govpub.compliance.regex_cache import regex

__all__ = ["readings"]

_Test = Callable[[str], bool]

#: the share of a reading's two-byte characters that must be common (nine in ten): GB 2312's
#: level-1 hanzi cover some 99.7 % of modern Chinese text, while GBK bytes read from
#: half-width kana (bytes A1–DF, paired) land on them about six times in ten
_COMMON_SHARE = (9, 10)


def readings(text: str, raw: bytes) -> tuple[str, ...]:
    """The readings of a code whose zxing-cpp text is ``text`` and bytes ``raw``: first the
    one the code is judged by (as WeChat and Chinese phone scanners show it), then the
    other readings a scanner may show, each once."""
    if raw.isascii() or _utf8(raw):
        return (text,)
    latin = raw.decode("latin-1")
    gb, big5 = _chinese_decoded(raw, "gb18030"), _chinese_decoded(raw, "cp950")
    chinese = _chinese_reading(gb, big5)
    if text == latin:
        shown = _latin_guess(latin, chinese, gb)
    elif _kana_misreading(text):
        shown = _kana_guess(text, latin, chinese)
    elif text == gb and chinese is not None:
        shown = chinese  # zxing-cpp read GB 18030: Big5 may be likelier (``機密★ 噁``)
    else:
        shown = text
    found = [shown]
    for other in (text, latin, gb, big5, _swallowed(raw)):
        if other is not None and other not in found:
            found.append(other)
    return tuple(found)


def _latin_guess(latin: str, chinese: str | None, gb: str | None) -> str:
    r"""zxing-cpp read Latin-1: the Latin-1 text, or the Chinese reading (GBK or Big5).

    Only a GB 18030 reading is tested for Latin-1 words: a Big5 reading was chosen over
    GB 18030's, or read where GB 18030 could not read the bytes.  Latin-1 words do not keep
    the Latin-1 reading when the Chinese one is far likelier text by how often its
    characters are used (:func:`_likelier_than_latin`): GBK's traditional and rare hanzi put
    ASCII letters after lead bytes C0–FE and C1 controls before them (``報證⏎機密★`` is
    ``\x88ó×C⏎\x99CÃÜ¡ï``, review 99's L4).
    """
    if _latin_text(latin):
        return latin
    if chinese is not None and (
        chinese != gb
        or not _latin_words(chinese)
        or _hanzi_run(chinese)
        or _likelier_than_latin(chinese, latin)
    ):
        return chinese
    return latin


def _kana_guess(kana: str, latin: str, chinese: str | None) -> str:
    """zxing-cpp read Shift_JIS half-width kana: common Chinese, Latin-1 or Japanese."""
    if chinese is not None and _common(chinese, _common_gb):
        return chinese
    if _latin_text(latin):
        return latin
    if chinese is not None and _hanzi_run(chinese) and not _voiced(kana):
        return chinese
    if _japanese(kana):
        return kana
    return chinese or kana


def _decoded(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _chinese_decoded(raw: bytes, codec: str) -> str | None:
    """``raw`` decoded with ``codec`` (``gb18030``; ``cp950``, Microsoft's Big5, what Windows
    software writes) when that is Chinese text (:func:`_chinese_text`), else None."""
    decoded = _decoded(raw, codec)
    return decoded if decoded is not None and _chinese_text(decoded) else None


def _chinese_reading(gb: str | None, big5: str | None) -> str | None:
    """The Chinese reading of a code's bytes: GB 18030's (``gb``), which WeChat shows and
    mainland generators write, unless Big5's is Chinese text and GB 18030 cannot read the
    bytes or reads them as unlikelier text (:func:`~.charset_odds.big5_likelier`:
    ``機密★`` in Big5 is GB 18030's ``诀盞」``, review 90's L3).

    Big5's reading is Chinese text when it is common traditional Chinese (:func:`_common`
    of :func:`_common_big5`) or, as a whole, far likelier Chinese than noise
    (:func:`~.charset_odds.likelier_than_noise`): a short code with one of Big5's 7,652
    level-2 hanzi (次常用字, C940–F9D5: 舖, 蔘, 噁 and given names) fails the share test,
    not the odds (review 99's L1)."""
    if big5 is None or not (_common(big5, _common_big5) or likelier_than_noise(big5)):
        return gb
    if gb is None or big5_likelier(gb, big5):
        return big5
    return gb


def _utf8(raw: bytes) -> bool:
    return _decoded(raw, "utf-8") is not None


def _kana_misreading(text: str) -> bool:
    """Whether zxing-cpp's Shift_JIS guess ``text`` may be GBK or Latin-1 read as Shift_JIS.

    Japanese text mostly has hiragana or full-width katakana; GBK read as Shift_JIS has
    half-width kana (GB 2312's lead bytes B0–DF are Shift_JIS's one-byte kana) and no
    full-width kana, and so have Latin-1 symbols (° is ｰ).  (zxing-cpp's Shift_JIS
    decoder is more lenient than Python's, so its text is judged, not compared with a
    decoding.)
    """
    return any("\uff61" <= c <= "\uff9f" for c in text) and not any(
        "\u3040" <= c <= "\u30ff" for c in text
    )


def _latin_words(chinese: str) -> bool:
    """Whether a two-byte character of ``chinese`` is an accented Latin-1 letter and an ASCII one.

    Latin-1 words put an accented letter (C0–FF) before an ASCII letter (``Zürich``:
    FC 72, which GBK reads as one ideograph).  GB 2312, the Chinese that generators
    write, has both bytes at A1 and above; GBK's traditional characters with an ASCII
    trail byte mostly have lead bytes 81–A0, which are no Latin-1 letters.
    """
    for c in chinese:
        if not c.isascii():
            pair = c.encode("gb18030")
            if len(pair) == 2 and pair[0] >= 0xC0 and chr(pair[1]).isalpha() and pair[1] < 0x80:
                return True
    return False


# Latin-1 symbols and where Latin-1 text puts them: (before, after) — the characters one
# neighbour may be, "" for no test.  « and » are paired instead (_latin_text).
_DIGIT, _LETTER = string.digits, string.ascii_letters
_ALNUM = _DIGIT + _LETTER
_SYMBOL_PLACES: dict[str, tuple[str, str]] = {
    "°": (_DIGIT, ""),  # 25°, or °C/°F (the "after" test below)
    "±": ("", _DIGIT),  # ±5
    "µ": ("", _LETTER),  # µg, µm
    "²": (_ALNUM, ""),  # m², x²
    "³": (_ALNUM, ""),  # m³
    "¹": (_ALNUM, ""),
    "£": ("", _DIGIT),  # £5
    "¥": ("", _DIGIT),
    "¢": (_DIGIT, ""),  # 5¢
    "§": ("", _DIGIT + " "),  # §3, § 3
    "×": (_DIGIT, _DIGIT),  # 3×4 (either side)
    "ª": (_DIGIT, ""),  # 1ª
    "º": (_DIGIT, ""),  # 2º
    "©": ("", _DIGIT + " "),  # © 2025
    "®": (_ALNUM, ""),  # Brand®
    "¿": ("", _LETTER),  # ¿Qué
    "¡": ("", _LETTER),  # ¡Hola
}


def _likelier_than_latin(chinese: str, latin: str) -> bool:
    """Whether the Chinese reading ``chinese`` is far likelier text than the Latin-1 reading
    ``latin`` (:func:`~.charset_odds.likelier_than_latin`), each of its characters past
    ASCII weighed by whether it stands where Latin-1 text puts it (:func:`_latin_places`)."""
    return likelier_than_latin(chinese, latin_costs(latin, _latin_places(latin)))


def _latin_text(latin: str) -> bool:
    """Whether the Latin-1 reading ``latin`` reads as Latin-1 text: printable, every
    character past ASCII where Latin-1 text puts it (:func:`_latin_places`)."""
    printable = all(c.isprintable() or c in "\t\n\r" for c in latin if c.isascii())
    return printable and all(_latin_places(latin))


def _latin_places(latin: str) -> list[bool]:
    """For each character of the Latin-1 reading ``latin`` past ASCII, whether it stands
    where Latin-1 text puts it.

    An accented letter stands next to an ASCII letter (``Zürich``, ``Straße``, ``Ça``);
    a symbol next to what it qualifies (``25°C``, ``±5``, ``5µg/m³``, ``£5``, ``§3``);
    ``«`` before a ``»``.  GBK read as Latin-1 puts its symbols and accented letters
    next to each other (``ÄÚ²¿×ÊÁÏ``), and so do half-width kana (``ﾐﾂ`` is ``ÐÂ``).
    """
    last_close, first_open = latin.rfind("»"), latin.find("«")
    found: list[bool] = []
    for i, c in enumerate(latin):
        if c.isascii():
            continue
        before, after = latin[i - 1 : i] if i else "", latin[i + 1 : i + 2]
        if c == "«":
            placed = i < last_close
        elif c == "»":
            placed = 0 <= first_open < i
        elif c in _SYMBOL_PLACES:
            placed = _placed(c, before, after)
        elif c.isalpha() and c >= "À":  # the accented letters (× and ÷ are symbols above)
            placed = _ascii_letter(before) or _ascii_letter(after)
        else:
            placed = False
        found.append(placed)
    return found


def _placed(symbol: str, before: str, after: str) -> bool:
    """Whether a Latin-1 ``symbol`` stands where Latin-1 text puts it (``_SYMBOL_PLACES``)."""
    left, right = _SYMBOL_PLACES[symbol]
    if symbol == "°" and after in ("C", "F"):
        return True
    return bool((before and before in left) or (after and after in right))


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


# Half-width katakana (U+FF61–FF9F) as Japanese writes them: the voiced marks after the kana
# that take them, the long-vowel mark and small kana after a kana (_FOLLOWS), 「」 paired.
_KANA_LETTERS = frozenset(chr(c) for c in range(0xFF66, 0xFF9E))  # ｦ … ﾝ (small kana too)
_FOLLOWS: dict[str, frozenset[str]] = {
    "ﾞ": frozenset("ｳｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ"),
    "ﾟ": frozenset("ﾊﾋﾌﾍﾎ"),
    **dict.fromkeys("ｧｨｩｪｫｬｭｮｯｰ", _KANA_LETTERS | frozenset("ﾞﾟ")),
}
_PUNCTUATION = frozenset("｡､･")


def _japanese(kana: str) -> bool:
    """Whether zxing-cpp's Shift_JIS reading ``kana`` reads as Japanese.

    Every character is ASCII, half-width kana or Japanese (kana, kanji, full-width forms),
    and the half-width kana are placed as Japanese places them: ﾞ after a kana that takes
    it (ｶﾞ), ﾟ after ﾊ–ﾎ, ｰ and small kana after a kana (ﾕｰ, ｼﾞｪ), ｡､･ after a character,
    ｣ after a ｢.  GBK or Latin-1 read as kana break these (ｰ after a digit: ``25ｰC``;
    ``｣5 off``; a Greek κ) — a GBK reading of real Japanese kana breaks none, so the kana
    stay (``ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲｷﾞﾝｺｳ``, review 87's F1).
    """
    previous = ""
    opened = False
    for c in kana:
        if c == "｢":
            opened = True
        elif c == "｣":
            if not opened:
                return False
            opened = False
        elif not _kana_placed(c, previous):
            return False
        previous = c
    return not opened


def _kana_placed(c: str, previous: str) -> bool:
    """Whether ``c`` of a Shift_JIS reading stands where Japanese puts it, after ``previous``."""
    if _glued(previous, c) or _glued(c, previous):
        return False
    if c.isascii():
        return c.isprintable() or c in "\t\n\r"
    if c in _FOLLOWS:
        return previous in _FOLLOWS[c]
    if c in _PUNCTUATION:
        return bool(previous) and not previous.isspace()
    return "\uff66" <= c <= "\uff9d" or _JAPANESE.fullmatch(c) is not None


def _glued(kana: str, other: str) -> bool:
    """Whether a half-width ``kana`` stands against a letter or a kanji ``other``.

    GBK read as Shift_JIS glues them so: a second byte 40–7E is an ASCII letter after the
    kana of its first (資 is ﾙY, ︰ is ｩU), and a pair of a two-byte kanji stands against
    the kana of its neighbours (電話 is ﾌ硴間).  Japanese puts a space or a full-width form
    there more often than not, and when it does not (東京ﾀﾜｰ), the bytes are judged as
    WeChat reads them: as GB 18030 Chinese if they so read.
    """
    if not ("\uff61" <= kana <= "\uff9f"):
        return False
    return ("@" <= other <= "~") or "\u4e00" <= other <= "\u9fff"


#: kana, kanji and full-width forms: the rest of JIS X 0208 as Japanese text uses it
_JAPANESE = regex("[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e]")


def _common(text: str, is_common: _Test) -> bool:
    """Whether nine in ten of the characters of ``text`` past ASCII are common."""
    wide = [c for c in text if not c.isascii()]
    common = sum(1 for c in wide if is_common(c))
    share, whole = _COMMON_SHARE
    return bool(wide) and common * whole >= share * len(wide)


#: common hanzi in a row that make a GB 18030 reading Chinese text (内部资料, 东莞市区)
_HANZI_RUN = 4


def _hanzi_run(chinese: str) -> bool:
    """Whether ``chinese`` has ``_HANZI_RUN`` GB 2312 level-1 hanzi (or traditional forms
    of them) in a row.

    A short code names a place or a person beside a marking (``东莞内部资料``,
    ``鄞州内部资料``, ``内部资料 芸``): one level-2 hanzi in it (莞 DD B8, 鄞, 芸) is more
    than one in ten, and every byte is a plain half-width kana, so the share test
    (:func:`_common`) fails and the kana pass as Japanese (review 90's L1).  Four common
    hanzi in a row are Chinese words; kana with a voiced mark (``ﾐﾂﾋﾞｼ…``, whose GB 18030
    reading has such a run too) stay Japanese (:func:`_voiced`, review 87's F1).  In a
    Latin-1 guess the run outweighs a GBK/4 traditional character whose trail byte is an
    ASCII letter (資 is D9 59, ``Ù Y``: review 90's L2).
    """
    run = 0
    for c in chinese:
        run = run + 1 if _common_hanzi(c) else 0
        if run >= _HANZI_RUN:
            return True
    return False


def _voiced(kana: str) -> bool:
    """Whether the Shift_JIS reading ``kana`` has a voiced mark (ﾞ ﾟ), which only Japanese writes."""
    return "ﾞ" in kana or "ﾟ" in kana


def _common_hanzi(c: str) -> bool:
    """A GB 2312 level-1 hanzi (rows 16–55), or a traditional form of one."""
    lead, trail = _gb_pair(traditional_to_simplified().get(c, c))
    return trail >= 0xA1 and 0xB0 <= lead <= 0xD7


def _common_gb(c: str) -> bool:
    """A GB 2312 level-1 hanzi (rows 16–55) or a traditional form of one (資, 機, 號: GBK has
    them, and Hong Kong and Taiwan text written in GBK uses them), or GB 2312 row 1, 2 or 3
    (、。〔〕“”★℃, ① ⑴ Ⅰ, full-width forms)."""
    lead, trail = _gb_pair(traditional_to_simplified().get(c, c))
    return trail >= 0xA1 and (0xB0 <= lead <= 0xD7 or 0xA1 <= lead <= 0xA3)


def _gb_pair(c: str) -> tuple[int, int]:
    pair = c.encode("gb18030")
    return (pair[0], pair[1]) if len(pair) == 2 else (0, 0)


def _common_big5(c: str) -> bool:
    """A Big5 常用字 (A440–C67E), or rows A1–A3: punctuation, symbols and the full-width
    digits and letters (``ｍ．ｔｂ．ｃｎ`` is A2F5 A144 …: review 90's L3)."""
    pair = c.encode("cp950", errors="replace")
    code = int.from_bytes(pair, "big")
    return len(pair) == 2 and (0xA1 <= pair[0] <= 0xA3 or 0xA440 <= code <= 0xC67E)


def _swallowed(raw: bytes) -> str | None:
    """The GB 18030 reading of ``raw`` with every ASCII character a lead byte took as its
    trail given back (``B0 "t.cn"``: ``皌.cn`` → ``t.cn``), if a lead byte took one.

    The ASCII a Latin-1 scanner shows after a stray byte (``https://°t.cn/…``, whose host a
    browser would not open as ``t.cn``) is what the code was made to carry: its links are
    judged (review 87's F3), never its text.
    """
    chinese = raw.decode("gb18030", errors="replace")
    given: list[str] = []
    took = False
    for c in chinese:
        if not c.isascii() and c != "\ufffd":
            pair = c.encode("gb18030")
            if len(pair) == 2 and pair[1] < 0x80:
                given.append(chr(pair[1]))
                took = True
                continue
        given.append(c)
    return "".join(given) if took else None


def _chinese_text(text: str) -> bool:
    """Whether ``text`` is what a Chinese generator writes: CJK, full-width, punctuation, ASCII.

    At least one character is not ASCII; control characters other than tab and line
    breaks, the private-use area (GB 18030's user-defined codes) and rare scripts fail.
    """
    return not text.isascii() and _CHINESE_TEXT.fullmatch(text) is not None


#: the blocks of GB 2312 / GBK / GB 18030 text as Chinese generators write it (one
#: character class, repeated: linear time)
_CHINESE_TEXT = regex(
    "["
    "\t\n\r\x20-\x7e"  # printable ASCII, tab and line breaks
    "\u00a4-\u00fc"  # ¤ § ° ± · × ÷ and the pinyin vowels of GB 2312 row 8
    "\u0100-\u02d9"  # the other pinyin letters (ā ī ǎ ǖ ɑ ɡ) and tone marks (ˇ ˉ ˊ ˋ ˙)
    "\u0391-\u0451"  # Greek and Cyrillic (GB 2312 rows 6 and 7)
    "\u2010-\u2642"  # punctuation, ℃ №, Ⅰ, arrows, ① ⑴, box drawing, ■ ○ ★, ♀
    "\u3000-\u33ff"  # CJK punctuation, kana, bopomofo, ㈠ ㎎
    "\u3400-\u9fff"  # CJK ideographs (extension A and the unified block)
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\ufe30-\ufe4f"  # CJK compatibility forms (vertical punctuation)
    "\ufe50-\ufe6b"  # small form variants (﹒ ﹡: GBK row A9)
    "\uff01-\uffe5"  # full-width forms
    "]+"
)
