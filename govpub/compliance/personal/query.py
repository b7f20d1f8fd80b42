"""Personal data in a link's query: ``?idcard=…``, ``&mobile=…``, ``q=身份证号3101…``.

Digits in a link are a page's id, but a parameter named for what it holds holds that, and a
checked 18-digit ID number is one under any name.  The caller reports these and never masks
them in the post (a masked link is a broken one); :func:`mask_query` masks an address for
showing.  Apart from the text readers: an address is read by its syntax, not by the words
around a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from govpub.compliance.cards import is_card_number
from govpub.compliance.folding import ignorable_characters
from govpub.compliance.idnumbers import valid_id15, valid_id18
from govpub.compliance.orgcodes import valid_uscc
from govpub.compliance.personal.hits import Kind, PersonalHit, mask

# Personal data in a link's query: digits in a link are a page's id (``/13812345678/``), but a
# query parameter that names what it holds (``?idcard=…``, ``&mobile=…``) holds that, and a
# checked 18-digit ID number is one under any name (a random page id passes one time in
# 10^5).  Names as sites write them: English, pinyin initials (sfzh 身份证号, sjh 手机号,
# lxdh 联系电话, zjhm 证件号码, yhkh 银行卡号).
_QUERY_KEYS: dict[Kind, frozenset[str]] = {
    "id_number": frozenset(
        [
            "idcard",
            "id_card",
            "idcardno",
            "idno",
            "id_no",
            "idnumber",
            "id_number",
            "sfz",
            "sfzh",
            "sfzhm",
            "zjhm",
            "certno",
            "cert_no",
            "certnum",
            "identity",
            "identityno",
            "identity_card",
        ]
    ),
    "mobile": frozenset(
        [
            "phone",
            "mobile",
            "mobilephone",
            "mobile_phone",
            "tel",
            "telephone",
            "phoneno",
            "phone_no",
            "phonenum",
            "cellphone",
            "sjh",
            "sjhm",
            "shouji",
            "lxdh",
            "lxfs",
            "contact",
        ]
    ),
    "bank_card": frozenset(
        [
            "cardno",
            "card_no",
            "card",
            "cardnum",
            "bankcard",
            "bank_card",
            "bankcardno",
            "acctno",
            "account",
            "yhkh",
            "kh",
        ]
    ),
}
# (and a checked ID number after a few letters of a label glued to it, "?kw=sfz3101…",
# "?q=ID3101…", "&wd=sfzh:3101…", and then maybe a few more, "?kw=sfz3101…3688abc": read
# here at no extra pass, only at an "="; letters after only when letters came before, the
# conditional group: a whole value of digits is read by the parameter's name)
_GLUED_LETTERS = r"[A-Za-zＡ-Ｚａ-ｚ_.:+\-]"
_QUERY_VALUE = re.compile(
    rf"[?&;]([A-Za-z][A-Za-z0-9_\-]{{0,30}})=([A-Za-zＡ-Ｚａ-ｚ]{_GLUED_LETTERS}{{0,15}})?"
    rf"([0-9]{{11,19}}[Xx]?)(?(2){_GLUED_LETTERS}{{0,15}})(?=[&;#]|$)"
)


#: A checked ID number's 18 characters inside a longer query value (``q=身份证号3101…``,
#: percent-encoded or not), in the query with its percent escapes blanked (:func:`_blanked`).
_ID_IN_VALUE = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# (each finds 11 digits in a row or more; a percent escape's blanking only breaks runs)
_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")


def in_query_maybe(url: str) -> bool:
    """Whether :func:`find_in_query` may find anything in ``url``: a query value (an "=")
    and eleven digits in a row, which each of its readings needs.  Asked without a
    generator by a caller with many links (most links of a post have no number that
    long in their query: −0.7 µs a link with one)."""
    return "=" in url and _ELEVEN_DIGITS.search(url) is not None


def find_in_query(url: str, *, inside: bool = False) -> Iterator[PersonalHit]:
    """Personal data in the query of a link's address ``url`` (offsets in ``url``).

    An 18-digit value that is a checked ID number, under any name that does not say it is a
    统一社会信用代码, or such a number inside a value after other words (``q=身份证号3101…``,
    whose label a browser sends percent-encoded: ``%E5%8F%B7`` ends in digits that are no
    part of the number); a mobile, card or legacy ID number only as the whole value and
    under a name saying so (:data:`_QUERY_KEYS`).  A checked ID number after a few letters
    glued to it (``kw=sfz3101…``, ``q=ID3101…``) is read in every link, by the same
    expression: a label's letters before the number and nothing after it.

    A number inside a value is looked for in every address with ``inside`` (an address
    field: ``Post.url``, ``source.url``), and in a link of a text only when its address holds
    a percent escape (a browser's encoding of the words before the number).  Looking in every
    link's query costs ≈ 1 µs a link, 5 % of ``check()`` on a post of 100 links, for values
    with other words after the number (``q=3101…+张三``) that systems seldom write.
    """
    if not in_query_maybe(url):
        return
    glued: set[int] = set()
    for match in _QUERY_VALUE.finditer(url):
        key, value = match.group(1).lower(), match.group(3)
        digits = value.lower()
        if match.group(2) is not None:
            # letters before: only a checked ID number ("sfz" + an order number is an order's)
            if len(digits) == 18 and valid_id18(digits) and not valid_uscc(digits):
                glued.add(match.start(3))
                yield PersonalHit("id_number", match.start(3), match.end(3), mask(value, 6, 4))
            continue
        kind = _query_kind(key, digits)
        if kind is None:
            continue
        keep = (6, 4) if kind == "id_number" else (3, 4) if kind == "mobile" else (0, 4)
        yield PersonalHit(kind, match.start(3), match.end(3), mask(value, *keep))
    if inside or "%" in url:
        for hit in _ids_inside_values(url):
            if hit.start not in glued:
                yield hit


def find_in_written_query(raw: str) -> Iterator[PersonalHit]:
    """:func:`find_in_query` of a link's address as written (offsets in ``raw``), read as a
    browser sends it when it holds other than ASCII: invisible characters dropped
    (``?idcard=310104\u200b1985…``), full-width letters and digits as ASCII, and the
    other characters percent-encoded — so that a number after words in a value
    (``[查询](…?kw=身份证3101…)``) is looked for as in an address with escapes."""
    if raw.isascii():
        yield from find_in_query(raw)
        return
    dropped = ignorable_characters()
    kept = [i for i, char in enumerate(raw) if char not in dropped]
    url = "".join(raw[i] for i in kept).translate(_FULL_WIDTH_ASCII)
    for hit in find_in_query(url, inside=not url.isascii()):
        yield replace(hit, start=kept[hit.start], end=kept[hit.end - 1] + 1)


_FULL_WIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _ids_inside_values(url: str) -> Iterator[PersonalHit]:
    """Checked ID numbers with other characters before or after them in a query value."""
    query = url.find("?")
    if query < 0 or len(url) - query < 20:
        return
    end = url.find("#", query)
    end = len(url) if end < 0 else end
    for match in _ID_IN_VALUE.finditer(_blanked(url, query, end), query):
        start, stop, number = match.start(), match.end(), match.group().lower()
        if url[start - 1] == "=" and (stop == len(url) or url[stop] in "&;#"):
            continue  # a whole value: read by name above
        if valid_id18(number) and not valid_uscc(number):
            yield PersonalHit("id_number", start, stop, mask(match.group(), 6, 4))


def _blanked(url: str, start: int, end: int) -> str:
    """``url`` with the percent escapes of ``url[start:end]`` made ``%..`` and the rest
    outside it blank: offsets kept, and no escape's hex digits read as part of a number."""
    piece = url[start:end]
    if "%" in piece:
        piece = _PERCENT_ESCAPE.sub("%..", piece)
    return " " * start + piece


def mask_query(url: str) -> str:
    """``url`` with the personal data of its query masked (:func:`find_in_query`), for showing."""
    if "=" not in url:
        return url  # no query value (most links): find_in_query's own first test
    for hit in sorted(find_in_query(url, inside=True), key=lambda h: -h.start):
        url = url[: hit.start] + hit.masked + url[hit.end :]
    return url


def _query_kind(key: str, digits: str) -> Kind | None:
    named = next((kind for kind, keys in _QUERY_KEYS.items() if key in keys), None)
    if (
        len(digits) == 18
        and valid_id18(digits)
        and (not valid_uscc(digits) or named == "id_number")
    ):
        return "id_number"
    if named == "mobile" and len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return "mobile"
    if named == "bank_card" and digits.isdigit() and is_card_number(digits):
        return "bank_card"
    if named == "id_number" and len(digits) == 15 and valid_id15(digits):
        return "id_number"
    return None
