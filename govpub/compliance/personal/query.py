"""Personal data in a link's query: ``?idcard=…``, ``&mobile=…``, ``q=身份证号3101…``,
``?passport=E12345678``.

Digits in a link are a page's id, but a parameter named for what it holds holds that, and a
checked 18-digit ID number is one under any name (a passport, which no check character tells
from an order's id, only under its own).  The caller reports these and never masks
them in the post (a masked link is a broken one); :func:`mask_query` masks an address for
showing.  Apart from the text readers: an address is read by its syntax, not by the words
around a number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Literal
from urllib.parse import unquote

from govpub.compliance.cards import is_card_number
from govpub.compliance.folding import ignorable_characters
from govpub.compliance.idnumbers import valid_id15
from govpub.compliance.personal.hits import Kind, PersonalHit, mask
from govpub.compliance.personal.kinds import is_id18
from govpub.compliance.personal.labels import Label
from govpub.compliance.personal.number_tails import BLANK
from govpub.compliance.regex_cache import regex

# Personal data in a link's address: digits in a link are a page's id (``/13812345678/``), but
# a query or fragment parameter that names what it holds (``?idcard=…``, ``&mobile=…``,
# ``#tel=…``) holds that, and a checked 18-digit ID number is one under any name (a random page
# id passes one time in 10^5).  Names as sites write them, compared without case, ``_`` or
# ``-`` (``mobileNo``, ``mobile_no``): English, pinyin initials (sfzh 身份证号, sjh 手机号,
# lxdh 联系电话, lxsj 联系手机, zjhm 证件号码, yhkh 银行卡号, yhzh 银行账号).
_QUERY_KEYS: dict[Kind, frozenset[str]] = {
    "id_number": frozenset(
        [
            "idcard",
            "idcardno",
            "idcardnumber",
            "idno",
            "idnumber",
            "sfz",
            "sfzh",
            "sfzhm",
            "zjh",
            "zjhm",
            "certno",
            "certnum",
            "certificateno",
            "identity",
            "identityno",
            "identitycard",
        ]
    ),
    "mobile": frozenset(
        [
            "phone",
            "phoneno",
            "phonenum",
            "phonenumber",
            "mobile",
            "mobileno",
            "mobilenum",
            "mobilephone",
            "tel",
            "telno",
            "telephone",
            "cellphone",
            "userphone",
            "usermobile",
            "usertel",
            "contact",
            "contacttel",
            "contactphone",
            "contactmobile",
            "contactno",
            "contactnum",
            "contactnumber",
            "caller",
            "callerno",
            "callernum",
            "callernumber",
            "callerphone",
            "callertel",
            "callermobile",
            "linkphone",
            "linktel",
            "sjh",
            "sjhm",
            "shouji",
            "lxdh",
            "lxsj",
            "lxfs",
            # (联系人手机/电话, 申请人手机号/电话: review 71's L13)
            "lxrsj",
            "lxrsjh",
            "lxrdh",
            "sqrsj",
            "sqrsjh",
            "sqrdh",
        ]
    ),
    "bank_card": frozenset(
        [
            "card",
            "cardno",
            "cardnum",
            "cardnumber",
            "bankcard",
            "bankcardno",
            "bankno",
            "bankaccount",
            "account",
            "accountno",
            "acctno",
            "yhkh",
            "yhzh",
            "kh",
            # (收款账号, 付款账号, 收款人账号: review 71's L13)
            "skzh",
            "fkzh",
            "skrzh",
        ]
    ),
    # a travel document's number, read in its shape (:func:`_document_hit`): passport, pass_no,
    # hzh 护照号; txz 通行证, gatxz 港澳通行证, hxz 回乡证 (not "pass", a password's name)
    "passport": frozenset(
        ["passport", "passportno", "passportnum", "passportnumber", "passno", "hzh", "hzhm"]
    ),
    "permit": frozenset(["txz", "txzh", "txzhm", "gatxz", "gatxzh", "hxz", "hxzh"]),
}
#: Names of a 统一社会信用代码 or 组织机构代码 (a number passing both checks is a code there, as
#: after such a label in text: :func:`~.kinds.is_id18`).
_CODE_KEYS = frozenset(
    [
        "uscc",
        "creditcode",
        "unifiedcode",
        "socialcreditcode",
        "tyshxydm",
        "shxydm",
        "xydm",
        "orgcode",
        "zzjgdm",
        "nsrsbh",
        "taxno",
    ]
)
_KEY_SEPARATORS = str.maketrans("", "", "_-.")
#: Where a name's words start after its first (``applicant|Mobile``, ``linkman_|phone``): a
#: name's last words that are a known name name its value (review 71's L13) — a known name
#: only as the tail of one word names nothing (``xmobile``, ``hotel``).  A word after a dot
#: too, ``user.mobile`` in a link's query (review 76's L4c).
_KEY_WORD_START = regex(r"(?<=[a-z0-9])[A-Z]|(?<=[_\-.])[A-Za-z]")
#: A form's Chinese names, percent-encoded as a browser sends them or as written
#: (``%E6%89%8B%E6%9C%BA%E5%8F%B7=``, ``手机号=``, ``联系电话：``): each the end of a name
#: (``申请人手机号``), as after a label in text (review 71's L12, L16).
_CJK_KEYS: dict[Kind, tuple[str, ...]] = {
    "mobile": ("手机", "手机号", "手机号码", "电话", "电话号码", "联系方式", "手機", "電話"),
    "id_number": ("身份证", "身份证号", "身份证号码", "证件号", "证件号码", "身份證", "身份證號"),
    "bank_card": ("卡号", "银行卡", "银行卡号", "账号", "银行账号", "收款账号", "卡號", "帳號"),
}
#: A name of each kind, under which a pasted pair's value is read as a link's query value
#: (:func:`find_in_bare_queries`: its own name may be Chinese, escaped or a word's tail).
_KEY_OF: dict[Kind, str] = {
    "id_number": "idcard",
    "mobile": "mobile",
    "bank_card": "card",
    "passport": "passport",
    "permit": "txz",
}
#: How much of a number its mask keeps (first, last), by kind.
_KEEP: dict[Kind, tuple[int, int]] = {
    "id_number": (6, 4),
    "mobile": (3, 4),
    "bank_card": (0, 4),
    "passport": (1, 3),
    "permit": (1, 3),
}
# (and a checked ID number after a few letters of a label glued to it, "?kw=sfz3101…",
# "?q=ID3101…", "&wd=sfzh:3101…", and then maybe a few more, "?kw=sfz3101…3688abc": read
# here at no extra pass, only at an "="; letters after only when letters came before, the
# conditional group: a whole value of digits is read by the parameter's name)
_GLUED_LETTERS = r"[A-Za-zＡ-Ｚａ-ｚ_.:+\-]"
# (a value is digits, or digits as people type them, in groups the editor chose, a "+" or a
# space before: "+8613812345678", "138-1234-5678", "0086-138-1234-5678", "110101-19900307-4514",
# "6222 2855 1048 0136" — a form's "+" is a space, "138+1234+5678", and so is a decoded "%20";
# spaces typed after it, "138+1234+5678+", "13812345678%20", are no part of it: review 71's L10)
# (and between groups up to three separators, a dot too, "138++1234++5678", "138.1234.5678",
# a decoded NBSP or U+3000 a space; a group a digit, "1+3+8+…"; China's code in brackets
# before, "(+86)138…"; a name percent-encoded or in Chinese, "%E6%89%8B%E6%9C%BA=",
# "手机号=": review 71's L11, L12, L15)
# (a name's last word after a dot, "?user.mobile=", in a link's query, where "?" or "&" tells
# where the whole name starts; a form's nested field in brackets, escaped or not,
# "form[mobile]=", "form%5Bmobile%5D="; a Chinese name escaped twice, "%25E6%2589%258B…=":
# review 76's L4c, L4d, L4h; its brackets escaped twice, "form%255Bmobile%255D=": review 78's L9)
_KEY_FIELDS = r"(?:(?:\[|%(?:25)?5[Bb])[A-Za-z0-9_\-]{0,30}(?:\]|%(?:25)?5[Dd])){0,3}"
_ESCAPED_KEY = r"(?:%(?:25)?[0-9A-Fa-f]{2}){3,45}"
_BARE_QUERY_KEY = (
    rf"[A-Za-z][A-Za-z0-9_\-]{{0,30}}{_KEY_FIELDS}|{_ESCAPED_KEY}|[\u3400-\u9fff]{{1,15}}"
)
_QUERY_KEY = rf"[A-Za-z][A-Za-z0-9_\-.]{{0,30}}{_KEY_FIELDS}|{_ESCAPED_KEY}|[\u3400-\u9fff]{{1,15}}"
_QUERY_VALUE = regex(
    rf"[?&;#]({_QUERY_KEY})=([A-Za-zＡ-Ｚａ-ｚ]{_GLUED_LETTERS}{{0,15}})?"
    r"([0-9]{11,19}[Xx]?|(?:\(\+?(?:86|0086)\)[-+ ]{0,3})?[+ ]?[0-9]{1,19}"
    r"(?:[-+ .]{1,3}[0-9]{1,19}){0,18}[Xx]?)"
    rf"(?(2){_GLUED_LETTERS}{{0,15}})[+ ]*(?=[&;#]|$)"
)
_VALUE_SEPARATORS = str.maketrans("", "", "+- .()")
#: The names under which a number is read in any grouping besides a mobile's (whose own
#: name reads it so): an ID number's and a card's, as after their labels in text.
_GROUPED_UNDER: frozenset[Kind | Literal["code"] | None] = frozenset(["id_number", "bank_card"])
#: A whole value of letters and then digits, a travel document's number as a form sends it
#: (``?passport=E12345678``, ``&txz=C12345678``): read only under a name saying so.
_DOCUMENT_VALUE = regex(
    r"[?&;#]([A-Za-z][A-Za-z0-9_\-]{0,30})=([A-Za-z]{1,2})([0-9]{7,10})(?=[&;#]|$)"
)
#: What :func:`in_query_maybe` looks for of one (seven digits at least, after one or two letters).
_DOCUMENT_SHAPE = regex(r"=[A-Za-z]{1,2}[0-9]{7}")
#: The letters a permit's number starts with: 往来港澳通行证 C, 回乡证 H/M, 往来台湾通行证 L/T.
_PERMIT_LETTERS = "chmlt"


#: A checked ID number's 18 characters inside a longer query value (``q=身份证号3101…``,
#: percent-encoded or not), in the query with its percent escapes blanked (:func:`_blanked`),
#: or as a path segment or a file name's part (``/upload/idcard/3101….jpg``, ``/张三_3101….pdf``).
_ID_IN_VALUE = regex(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")
# (in a path also after a label's letters, "/upload/idcard3101….jpg": the check decides)
_ID_IN_PATH = regex(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
_PERCENT_ESCAPE = regex(r"%[0-9A-Fa-f]{2}")
#: A percent escape a server decodes to a character of a number or a name (``%31`` 1, ``%58`` X,
#: ``%2B`` +), of a pair's syntax (``%3F`` ?, ``%3D`` =, ``%26`` &: a query inside a value, a
#: login's ``redirect=%2Fa%3Fmobile%3D…``) or of a separator (``%2E`` ., ``%28`` (); maybe
#: escaped twice, ``%2520`` as redirect chains write it, but no more) — and the UTF-8 escapes
#: of an NBSP, a U+3000 or a full-width digit (``%C2%A0``, ``%E3%80%80``, ``%EF%BC%91``):
#: decoded before reading (:func:`_decoded`, review 71's L11, L14, L15); the others stay escapes.
#: A tab (``%09``) is read as a space, a full-width minus, an en or an em dash (``%EF%BC%8D``,
#: ``%E2%80%93``, ``%E2%80%94``) as a ``-``, as the text reads them typed (review 76's L4e/f/j).
_ASCII_ESCAPE = regex(
    r"%(?:25)?(?:09|2[0689BbDdEe]|3[0-9DdFf]|[4-7][0-9A-Fa-f])"
    r"|%[Cc]2%[Aa]0|%[Ee]3%80%80|%[Ee][Ff]%[Bb][Cc]%(?:9[0-9]|8[BbDd])|%[Ee]2%80%9[34]"
)
#: What each escape of a space or a full-width character :data:`_ASCII_ESCAPE` decodes is.
_WIDE_ESCAPES = {
    "c2a0": " ",
    "e38080": " ",
    "efbc8b": "+",
    "efbc8d": "-",
    "e28093": "-",
    "e28094": "-",
} | {f"efbc9{digit}": digit for digit in "0123456789"}
#: An escape :func:`in_query_maybe` decodes before looking (one escaped twice, a tab, a
#: space's, a full-width digit's or a dash's in UTF-8).
_UNUSUAL_ESCAPE = regex(
    r"%25[23]|%(?:25)?09|%[Cc]2%[Aa]0|%[Ee]3%80%80|%[Ee][Ff]%[Bb][Cc]%|%[Ee]2%80%9[34]"
)
# (each finds 11 digits in a row or more, the whole run; a percent escape's blanking only
# breaks runs)
_ELEVEN_DIGITS = regex(r"[0-9]{11,}")
#: A number a reading needs that is no 11 digits in a row: escaped digits, a grouped number
#: (eleven digits at least, one separator between two groups: "138+1234+5678", its separators
#: maybe escaped: "138%201234%205678", "138%2D1234%2D5678", "110101%2019900307%204514")
_SPELLED = regex(r"%3[0-9]|[0-9](?:(?:[-+ .]|%2[0BbDdEe]){0,3}[0-9]){10}")
#: A link's user part (``https://138…@host/``, ``https://user:3101…@host/``): what is before the
#: last "@" of the authority.
_USER_PART = regex(r"[A-Za-z][A-Za-z0-9+.\-]*://([^/?#]*)@")


#: A mobile or a checked ID number as a label of the host of an address inside a query
#: value, escaped or not (``?target=https%3A%2F%2F13938513134.t.cn%2Fx``): read as any host's
#: first label is (fix 127) — the redirect takes the reader there.  A mobile grouped
#: (``138-1234-5678.t.cn``), a sub-domain's label (``x.138….t.cn``) or after a backslash a
#: browser reads as a slash (``https:/\138…``) too: review 63 item L6.  (A few labels of a
#: host's length before it at most: each "//" costs a bounded try.)  Only a "//" that opens an
#: authority: after a scheme's ":" or where a value starts ("=", "?", "&", "#", ";"; escaped or
#: not) — a path's "//" after a host (``?img=//cdn.x.cn//a.138….jpg``) opens none, and a
#: file name's dots there are no host's (review 64's F5).  Spaces at a value's start (a form's
#: ``+``, ``%20``, a space once decoded: ``?a=+//138….t.cn/``) go first: a URL parser strips
#: them (review 65's L10).
_NESTED_HOST = regex(
    r"(?:(?<=[:=?&#;])|(?<=%3[AaBbDdFf])|(?<=%2[36]))(?:[+ ]|%20)*"
    r"(?:[/\\]|%2[Ff]|%5[Cc]){2}(?:[A-Za-z0-9\-]{1,63}(?:\.|%2[Ee])){0,8}?"
    r"(1[3-9][0-9]{9}|1[3-9][0-9]-[0-9]{4}-[0-9]{4}|[1-9][0-9]{16}[0-9Xx])(?=\.|%2[Ee])"
)
#: A character reference an HTML page decodes in an ``href`` (``tel=&#49;38…``).
_REFERENCE = regex(r"&#(?:[0-9]{1,7}|[Xx][0-9A-Fa-f]{1,6});?")


def in_query_maybe(url: str) -> bool:
    """Whether :func:`find_in_query` may find anything in ``url``: eleven digits at least
    (escaped ones count), and then a value (an "=") or a user part (an "@") with eleven digits
    in a row, escaped digits or a grouped mobile, or seventeen digits in a row for an ID
    number in the path, or a host in the query (``?https://138….t.cn/``); or a value of one
    or two letters and seven digits or more (a passport's or a permit's:
    :data:`_DOCUMENT_SHAPE`).  Asked without a generator by a
    caller with many links (most links of a post hold fewer than eleven digits: a C-level
    count, 0.3 µs a link)."""
    if "%" in url and _UNUSUAL_ESCAPE.search(url) is not None:
        url = _decoded(url)[0]
    digits = _ascii_digits(url)
    if digits < 11:
        return digits >= 7 and "=" in url and _DOCUMENT_SHAPE.search(url) is not None
    if "=" not in url and "@" not in url:
        if digits >= 17 and _id_run(url, _ELEVEN_DIGITS.search(url)) is not None:
            return True
        query = url.find("?")  # a nested host in a query of no value (?https://138….t.cn/)
        if query >= 0 and "%3" in url:  # (its digits escaped: ?https://%31%33812….t.cn/)
            url = _decoded(url)[0]
            query = url.find("?")
        return query >= 0 and _NESTED_HOST.search(url, query) is not None
    if _ELEVEN_DIGITS.search(url) is not None or _DOCUMENT_SHAPE.search(url) is not None:
        return True
    spelled = "%3" in url or "-" in url or " " in url or "+" in url or "." in url
    if not (spelled or "%2" in url):
        return False  # (%2F is common: not it)
    return _SPELLED.search(url) is not None


def any_query_maybe(urls: Iterable[str]) -> bool:
    """Whether :func:`in_query_maybe` may hold for any of ``urls``, told from one look at all
    of them instead of a call for each: each of its answers needs eleven digits in a row (a
    value's, a user part's; an ID number's seventeen in a path), a grouped mobile, a value of a
    letter or two and seven digits (a passport's) or an escaped digit (``%31``), and most
    posts' addresses hold none (a call for each link cost 2.5 % of ``check()``'s
    instructions on the benchmark's posts).  An address beyond ASCII is looked at in its
    ASCII characters."""
    joined = "\n".join(urls)
    # (an escaped space, tab, dash, plus or dot between groups, 138%201234…, maybe escaped
    # twice or a space's or a dash's UTF-8: %2520, %09, %C2%A0, %E3%80%80, %EF%BC%8D, %E2%80%94)
    if "%" in joined:
        joined = _ESCAPED_SEPARATOR.sub("-", joined)
    shape = joined.encode("ascii", "replace").translate(_SHAPES)
    return (
        _SHAPE_ELEVEN in shape
        or (_SHAPE_APART in shape and _SHAPE_ELEVEN in shape.replace(b"-", b""))
        or (_SHAPE_APART_MORE in shape and _SHAPE_ELEVEN in shape.replace(b"-", b""))
        or _SHAPE_DOCUMENT in shape
        or _SHAPE_DOCUMENT_2 in shape
        or _ESCAPED_DIGIT.search(joined) is not None
    )


#: An address's shape for :func:`any_query_maybe`: an ASCII digit ``0``, a ``-``, a ``+``, a
#: space, a dot or a bracket ``-``, an ASCII letter ``a``, an ``=`` itself, anything else a
#: blank (the line break between two addresses too: no run goes from one into the next).
_SHAPES = bytes(
    ord("0")
    if char in "0123456789"
    else ord("-")
    if char in "-+ .()"
    else ord("a")
    if char.isascii() and char.isalpha()
    else ord("=")
    if char == "="
    else ord(" ")
    for char in map(chr, range(256))
)
_SHAPE_ELEVEN = b"0" * 11
# (as _SPELLED's grouped number, eleven digits with a separator between groups: its digits
# with the separators dropped, or more — runs apart by two are joined too, a maybe; a byte
# replace, not an expression, for a search over all of a post's addresses cost 0.8 ms)
_SHAPE_APART = b"0-0"
_SHAPE_APART_MORE = b"0--"  # (two separators or three: "138++1234++5678", "(+86)138")
_SHAPE_DOCUMENT, _SHAPE_DOCUMENT_2 = b"=a0000000", b"=aa0000000"  # (as _DOCUMENT_SHAPE)
_ESCAPED_DIGIT = regex(r"%3[0-9]|%EF%BC%9[0-9]")  # (a full-width one's UTF-8 too)
_ESCAPED_SEPARATOR = regex(
    "%(?:25)?(?:09|2[0BbDdEe89])|%[Cc]2%[Aa]0|%[Ee]3%80%80|%[Ee][Ff]%[Bb][Cc]%8[BbDd]"
    "|%[Ee]2%80%9[34]"
)


def _ascii_digits(url: str) -> int:
    """How many ASCII digits ``url`` holds (its length when it holds other characters)."""
    if not url.isascii():
        return len(url)
    return len(url) - len(url.encode().translate(None, b"0123456789"))


def _id_run(url: str, run: re.Match[str] | None) -> re.Match[str] | None:
    """The first run of 17 digits or more from ``run`` on (an ID number's shape), if any."""
    while run is not None and run.end() - run.start() < 17:
        run = _ELEVEN_DIGITS.search(url, run.end())
    return run


def find_in_query(url: str, *, inside: bool = False) -> Iterator[PersonalHit]:
    """Personal data in the address of a link ``url`` (offsets in ``url``), read as its server
    reads it: percent escapes of digits and letters decoded (``tel=%31%33%38…``).

    An 18-digit value that is a checked ID number, under any name that does not say it is a
    统一社会信用代码 (and, passing the GB 32100 check too, unless every part of it is a code's:
    :func:`~.kinds.is_id18`, as in text), or such a number inside a value after other words
    (``q=身份证号3101…``, whose label a browser sends percent-encoded: ``%E5%8F%B7`` ends in
    digits that are no part of the number), or as a path segment or a file name's part
    (``/upload/idcard/3101….jpg``: no page id has an ID number's date and check character); a
    mobile, card or legacy ID number only as the whole value and under a name saying so
    (:data:`_QUERY_KEYS`; a mobile also ``+86…``, and each in any grouping, a form's ``+`` a
    space: ``138-1234-5678``, ``138+1234+5678``, ``?sfzh=110101-19900307-4514``).  A fragment's
    ``#name=value`` pairs are read as a query's (a page's script reads them).  A user part
    (``https://138…@host/``, ``https://user:3101…@host/``) is read as a value under a mobile's
    name.  A checked ID number after a few letters glued to it (``kw=sfz3101…``,
    ``q=ID3101…``) is read in every link, by the same expression: a label's letters before
    the number and nothing after it.  A passport's or a permit's number only as a whole value
    under a name saying so (``?passport=E12345678``, ``hzh=``, ``pass_no=``; ``txz=C12345678``,
    ``hxz=``), in its shape: :func:`_document_hit`.

    A number inside a value is looked for in every address with ``inside`` (an address
    field: ``Post.url``, ``source.url``), and in a link of a text only when its address holds
    a percent escape (a browser's encoding of the words before the number).  Looking in every
    link's query costs ≈ 1 µs a link, 5 % of ``check()`` on a post of 100 links, for values
    with other words after the number (``q=3101…+张三``) that systems seldom write.
    """
    if in_query_maybe(url):
        yield from _reading(url, inside)


def _reading(url: str, inside: bool) -> Iterator[PersonalHit]:
    """:func:`find_in_query` without its first test (:func:`in_query_maybe`), which a test
    holds to: no address it passes over holds anything this reading finds."""
    inside = inside or "%" in url
    if "%" not in url:
        yield from _read(url, inside)
        return
    decoded, starts = _decoded(url)
    for hit in _read(decoded, inside):
        yield replace(hit, start=starts[hit.start], end=starts[hit.end])


def _read(url: str, inside: bool) -> Iterator[PersonalHit]:
    """:func:`find_in_query` of an address with its escapes of digits and letters decoded."""
    glued: set[int] = set()
    for match in _QUERY_VALUE.finditer(url):
        key, value = match.group(1), match.group(3)
        if match.group(2) is not None:
            # letters before: only a checked ID number ("sfz" + an order number is an order's)
            if len(value) == 18 and is_id18(value.lower(), lambda: None):
                glued.add(match.start(3))
                yield PersonalHit("id_number", match.start(3), match.end(3), mask(value, 6, 4))
            continue
        hit = _value_hit(_named(key), value, match.start(3))
        if hit is not None:
            yield hit
    for match in _DOCUMENT_VALUE.finditer(url):
        hit = _document_hit(_named(match.group(1)), match)
        if hit is not None:
            yield hit
    if "@" in url:
        yield from _in_user_part(url)
    yield from _nested_hosts(url)
    if _ascii_digits(url) >= 17:
        yield from _ids_in_path(url)
    if inside:
        for hit in _ids_inside_values(url):
            if hit.start not in glued:
                yield hit


#: A pair's value in a form's query string written as text (``mobile=138%201234%205678``,
#: ``&phone=193+5714+3217``): the characters a form encodes a value in, whole (a longer run is
#: no number's).  Matched at its ``=`` (:func:`_bare_values` finds it from an escape or a
#: ``+`` in the value), its name then looked for right before it (:data:`_BARE_KEY`).
#: A pair is also ``name: value``, ``"name":"value"`` (a form's export as JSON), ``名称：value``
#: (review 71's L12, L16), and a value may hold China's code in brackets (``(+86)138…``: L15).
#: A space may stand round an ``=`` (``mobile = 138+…``, ini style) and round a ``+`` between
#: groups (``联系电话：138 + 1234 + 5678``), and a JSON value hold ``\u`` escapes
#: (``"138\u00a01234…"``: review 76's L4b, L4i, L4g); a tab round a JSON colon
#: (``"mobile"\t:\t"…"``) and a JSON ``\t`` escape in a value (review 78's L9) too.
_BARE_VALUE = regex(
    r'(?:=[ \t]?|:"?[ \t]?"?|："?[ \t]?"?)'
    r"((?:\+[ ]|[ ]\+[ ]?|[0-9A-Za-z%+\-._~()]|\\u[0-9A-Fa-f]{4}|\\t){1,200})"
    r"(?![0-9A-Za-z%+\-._~()])"
)
#: A pair's name right before its ``=`` (or ``:``, and a JSON name's ``"``; a space between,
#: ``"mobile" : …``, ``mobile = …``: review 76's L4a/b), not the tail of a longer word or a
#: path's (``xmobile=``, ``a.mobile=``, ``%2Fmobile=``: in text no ``?`` or ``&`` tells where a
#: dotted name starts, fix101e): letters, a form's nested field (``form[mobile]``), a
#: percent-encoded name, or Chinese (:func:`_named`).
_BARE_KEY = regex(rf'(?<![0-9A-Za-z_\-%.])(?:{_BARE_QUERY_KEY})"?[ \t]?\Z')
#: (a Chinese name of four characters escaped twice is 60: review 76's L4h)
_BARE_KEY_REACH = 96
_BARE_VALUE_MOST = 200


def find_in_bare_queries(
    text: str, written: Callable[[int, int], str] | None = None, *, scan: str | None = None
) -> Iterator[PersonalHit]:
    """Personal numbers in a form's query string written as text, with no link around it
    (``mobile=138%201234%205678``, ``?tel=185+7514+5522``, ``name=%E5%BC%A0…&phone=…``: a
    form export pasted into a post), offsets in ``text``: each pair under a name of
    :data:`_QUERY_KEYS` whose value a form encoded — an escape or a ``+`` in it — read as the
    same pair in a link's query (:func:`find_in_query`), and shown to every reader as plain
    text.  A value without either is text's to read (``mobile=138 1234 5678``), and a pair
    inside a link's address the caller leaves to the link's reading.  Found from the escapes
    and ``+`` signs of a text (:func:`_bare_values`); a bounded look back and a value of 200
    characters at most (a full-width number's UTF-8 escapes) at each.
    ``written(start, end)``: the characters of ``text[start:end]`` as written, when ``text``
    is folded (a name's capitals tell its words: ``applicantMobile``).  ``scan``: ``text``
    with its link addresses blanked (``FieldView.prose``), when the caller has it: an escape
    or a ``+`` there is a link's, whose pairs the link's own reading reads."""
    if not ("=" in text or ":" in text or "：" in text) or not (
        "%" in text or "+" in text or "\\" in text
    ):
        return
    for match in _bare_values(text, scan):
        # (a sentence's full stop or a stray "_" after the value is no part of it: review 71's
        # L9; nor a bracket closing one opened before the pair)
        value = match.group(1).rstrip("._~-")
        if value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1]
        if "%" not in value and "+" not in value and "\\" not in value:
            continue
        if "\\" in value and _read_length_most(value) < _SHORTEST_VALUE:
            continue  # (JSON escapes of a character or two, "\u0031\u00a0": review 78's S2)
        if _EQUATION.match(text, match.end(1)) is not None:
            continue  # (a sum and its result, 电话：138 + 1234 + 5678 = 7050: review 78's F3)
        sign = match.start()
        key = _BARE_KEY.search(text, max(0, sign - _BARE_KEY_REACH), sign)
        if key is None:
            continue
        name = key.group().rstrip('" \t')
        named = _named(_as_written(name, key.start(), written))
        if named is None or named == "code":
            continue
        query = f"?{_KEY_OF[named]}="
        read, starts = _json_read(value)
        at = match.start(1)
        for hit in find_in_query(query + read):
            start, end = hit.start - len(query), hit.end - len(query)
            yield replace(hit, start=at + starts[start], end=at + starts[end])


#: The fewest characters a value read by :func:`find_in_query` holds: a passport's nine
#: (``E12345678``); a mobile's eleven digits and more.
_SHORTEST_VALUE = 9


def _read_length_most(value: str) -> int:
    """How many characters a pasted pair's ``value`` holds at most once its JSON escapes are
    read (:func:`_json_read`: each ``\\uXXXX`` one character, each ``\\t`` one), told
    without reading them — most values of a JSON text's escapes are a character or two."""
    return len(value) - 5 * value.count("\\u") - value.count("\\t")


#: A JSON string's escape of a character (``\u00a0``, a tab's ``\t``), read in a pasted
#: pair's value.
_JSON_ESCAPE = regex(r"\\u[0-9A-Fa-f]{4}|\\t")
#: What a JSON escape's character is read as in a number: a space, a dash, a digit.
_JSON_CHARACTERS = {0xA0: " ", 0x3000: " ", 0x09: " ", 0x2013: "-", 0x2014: "-"} | {
    code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)
}


def _json_read(value: str) -> tuple[str, list[int]]:
    """A pasted pair's ``value`` with its JSON escapes (``138\\u00a01234…``) read as the
    characters a number is written with, as a JSON parser gives them to a form (review 76's
    L4g), and where each character starts in ``value`` (as :func:`_decoded`)."""
    if "\\" not in value:
        return value, list(range(len(value) + 1))
    return _replaced(value, _JSON_ESCAPE, _json_character)


def _json_character(escape: str) -> str:
    """The character of a JSON escape ``\\uXXXX`` (or ``\\t``) as a number reads it."""
    code = 0x09 if escape == "\\t" else int(escape[2:], 16)
    return _JSON_CHARACTERS.get(code, chr(code))


def _bare_values(text: str, scan: str | None = None) -> Iterator[re.Match[str]]:
    """Each pair's value in ``text`` that holds an escape or a ``+`` (:data:`_BARE_VALUE`),
    found from those: the ``=`` or colon nearest before each, within a value's length, is where
    its pair's value starts if any does.  (A pass over the colons of a Chinese text, which
    holds many, cost 0.5 ms a benchmark post, and an expression's search for ``[%+]`` 0.3 ms:
    its ``%`` and ``+`` are few, found by ``str.find``, and most are no escape's or a value's
    — ``30%以上``, ``互联网+政务``: :func:`_in_a_value_maybe`.)  Each costs a look back and a
    match of a value's length at most."""
    percent, plus, escape = text.find("%"), text.find("+"), text.find("\\")
    while percent >= 0 or plus >= 0 or escape >= 0:
        here = percent if percent >= 0 else len(text)
        if 0 <= plus < here:
            here = plus
        if 0 <= escape < here:
            here = escape
        at = here + 1
        if (scan is None or scan[here] != BLANK) and _in_a_value_maybe(text, here):
            low = max(0, here - _BARE_VALUE_MOST - 4)
            sign = max(
                text.rfind("=", low, here), text.rfind(":", low, here), text.rfind("：", low, here)
            )
            match = _BARE_VALUE.match(text, sign) if sign >= 0 else None
            if match is not None and match.end(1) > here:
                yield match
                at = match.end()
        if 0 <= percent < at:
            percent = text.find("%", at)
        if 0 <= plus < at:
            plus = text.find("+", at)
        if 0 <= escape < at:
            escape = text.find("\\", at)


# what follows a sum's terms: its equals sign
_EQUATION = regex(r"[ \t]*[=＝]")
_HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")
_VALUE_CHARACTERS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%(")


def _in_a_value_maybe(text: str, at: int) -> bool:
    """Whether the ``%``, ``+`` or backslash at ``at`` may be part of a pair's value: an
    escape's two hex digits after a ``%`` (a JSON escape's ``u`` and four, or its tab's
    ``t``), a value's character beside a ``+``, maybe past a space (``138 + 1234``)."""
    if text[at] == "%":
        return text[at + 1 : at + 2] in _HEX_DIGITS and text[at + 2 : at + 3] in _HEX_DIGITS
    if text[at] == "\\":
        if text[at + 1 : at + 2] == "t":  # (a JSON tab's, 138\t1234: review 78's L9)
            return True
        hexes = text[at + 2 : at + 6]
        return text[at + 1 : at + 2] == "u" and len(hexes) == 4 and set(hexes) <= _HEX_DIGITS
    after = text[at + 2 : at + 3] if text[at + 1 : at + 2] == " " else text[at + 1 : at + 2]
    before = text[at - 2 : at - 1] if text[at - 1 : at] == " " else text[at - 1 : at]
    return after in _VALUE_CHARACTERS or before in _VALUE_CHARACTERS


def _as_written(name: str, start: int, written: Callable[[int, int], str] | None) -> str:
    """A pair's name ``name`` (at ``start`` of a folded text) in its capitals as written, when
    it was written so: a name folded otherwise than by case (full-width, a look-alike) is read
    folded."""
    if written is None:
        return name
    as_written = written(start, start + len(name))
    return as_written if as_written.lower() == name.lower() else name


def masked_as_written(written: str, masked: str) -> str:
    """The mask ``masked`` of a number read decoded (``138 **** 5678``) in the characters
    ``written`` (``138%201234%205678`` → ``138%20****%205678``), of their length — a text's
    mask replaces what was written character for character; an escape of a hidden
    character is hidden whole.  Written otherwise than :func:`_decoded` reads it (full-width,
    an invisible character), every letter and digit is hidden."""
    decoded, starts = _decoded(written)
    if len(decoded) != len(masked):
        return mask(written, 0, 0)
    chars = list(written)
    for at, char in enumerate(masked):
        if char == "*" and decoded[at] != "*":
            chars[starts[at] : starts[at + 1]] = "*" * (starts[at + 1] - starts[at])
    return "".join(chars)


def find_in_written_query(raw: str, *, inside: bool = False) -> Iterator[PersonalHit]:
    """:func:`find_in_query` of a link's address as written (offsets in ``raw``), read as a
    browser sends it when it holds other than ASCII: invisible characters dropped
    (``?idcard=310104\u200b1985…``), full-width letters and digits as ASCII, and the
    other characters percent-encoded — so that a number after words in a value
    (``[查询](…?kw=身份证3101…)``) is looked for as in an address with escapes."""
    if "&#" in raw:
        read, starts = _references_read(raw)
        if read != raw:
            for hit in find_in_written_query(read, inside=inside):
                yield replace(hit, start=starts[hit.start], end=starts[hit.end])
            return
    if raw.isascii():
        yield from find_in_query(raw, inside=inside)
        return
    dropped = ignorable_characters()
    kept = [i for i, char in enumerate(raw) if char not in dropped]
    url = "".join(raw[i] for i in kept).translate(_FULL_WIDTH_ASCII)
    for hit in find_in_query(url, inside=inside or not url.isascii()):
        yield replace(hit, start=kept[hit.start], end=kept[hit.end - 1] + 1)


_FULL_WIDTH_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _references_read(raw: str) -> tuple[str, list[int]]:
    """``raw`` with its character references of digits, letters, ``+``, ``-`` and spaces
    decoded, as the page's ``href`` gives them to the browser (``tel=&#49;38…``), and where
    each character starts in ``raw`` (as :func:`_decoded`)."""
    return _replaced(raw, _REFERENCE, html.unescape)


def _decoded(url: str) -> tuple[str, list[int]]:
    """``url`` with its escapes of digits, letters, separators and a pair's syntax decoded
    (:data:`_ASCII_ESCAPE`), and where each of its characters starts in ``url`` (and, last,
    ``len(url)``): a decoded character ``i`` was written at ``url[starts[i]:starts[i + 1]]``."""
    return _replaced(url, _ASCII_ESCAPE, _escaped)


def _escaped(escape: str) -> str:
    """The character a percent escape of :data:`_ASCII_ESCAPE` stands for, as a server
    reads it (one escaped twice decoded twice; a full-width digit as its ASCII digit)."""
    if escape[1] in "CcEe":
        return _WIDE_ESCAPES[escape.replace("%", "").lower()]
    char = chr(int(escape[-2:], 16))
    return " " if char == "\t" else char


#: The characters besides letters and digits :func:`_replaced` decodes: separators a number
#: is written with, and a pair's syntax (a query inside a value: ``%3Fmobile%3D…``).
_SYNTAX = "+- .()?=&"


def _replaced(
    text: str, pattern: re.Pattern[str], decode: Callable[[str], str]
) -> tuple[str, list[int]]:
    """``text`` with each match of ``pattern`` that ``decode`` makes one character a number's
    address may hold (an ASCII letter or digit, ``+``, ``-``, a space) replaced by it, and
    where each character of the result starts in ``text`` (and, last, ``len(text)``)."""
    pieces: list[str] = []
    starts: list[int] = []
    done = 0
    for match in pattern.finditer(text):
        char = decode(match.group())
        if len(char) != 1 or not (char.isascii() and (char.isalnum() or char in _SYNTAX)):
            continue
        pieces += (text[done : match.start()], char)
        starts += range(done, match.start() + 1)
        done = match.end()
    pieces.append(text[done:])
    starts += range(done, len(text) + 1)
    return "".join(pieces), starts


def _named(key: str) -> Kind | Literal["code"] | None:
    """What a parameter's name says its value is: a kind of personal number, a code, or
    nothing (``id``, ``q``, ``docid``).  A name's number after it is no part of it
    (``mobile1``), and its last words are read too (``applicantMobile``, ``linkman_phone``); a
    name percent-encoded is read decoded (escaped twice, twice), a Chinese one by its end
    (review 71's L12, L13); a dotted name by its words after the dots (``user.mobile``), a
    nested field by its last name in brackets (``form[mobile]``: review 76's L4c/d/h)."""
    if "%" in key:
        key = unquote(key, errors="replace")
        if "%" in key:  # (escaped twice, %25E6%2589…: review 76's L4h)
            key = unquote(key, errors="replace")
    if key.endswith("]"):
        key = _last_field(key)
    if not key.isascii():
        return _chinese_named(key)
    starts = [0] + [word.start() for word in _KEY_WORD_START.finditer(key)]
    for start in starts:
        named = _plain_named(key[start:].lower().translate(_KEY_SEPARATORS).rstrip("0123456789"))
        if named is not None:
            return named
    return None


def _last_field(key: str) -> str:
    """A nested field's own name, its last in brackets (``form[mobile]``, ``user[contact][tel]``;
    an array's ``[]`` or index after it dropped: ``mobile[]``, ``tel[0]``), as PHP and Rails
    forms send it: the outer names are the form's (review 76's L4d, 78's L9)."""
    while key.endswith("]"):
        opens = key.rfind("[")
        field = key[opens + 1 : -1]
        if opens <= 0 or (field and not field.isdigit()):
            return field if opens >= 0 else key
        key = key[:opens]
    return key


def _plain_named(key: str) -> Kind | Literal["code"] | None:
    """What a name in lower case without separators says its value is (:func:`_named`)."""
    if key in _CODE_KEYS:
        return "code"
    return next((kind for kind, keys in _QUERY_KEYS.items() if key in keys), None)


def _chinese_named(key: str) -> Kind | None:
    """What a Chinese name says its value is: a kind whose name it ends in (``手机号``,
    ``申请人手机号``, ``联系电话``)."""
    return next((kind for kind, ends in _CJK_KEYS.items() if key.endswith(ends)), None)


def _value_hit(named: Kind | Literal["code"] | None, value: str, start: int) -> PersonalHit | None:
    """The personal number a whole value ``value`` (at ``start``) is under a name saying
    ``named``, if any: its digits in any groups, a form's ``+`` or a space (``%20``) or a
    ``-`` between them, read as the text reads a number after its label."""
    digits = value.lower().translate(_VALUE_SEPARATORS)
    lead = _country_code(digits)
    kind = _value_kind(named, digits[lead:], plain=len(digits) == len(value), lead=lead > 0)
    if kind is None or (kind == "mobile" and not lead and _foreign(value)):
        return None
    first, last = _KEEP[kind]
    return PersonalHit(kind, start, start + len(value), mask(value, first + lead, last))


#: A value's first group after a "+": a mobile's first three digits when a group follows.
_PLUS_GROUP = regex(r"\+(1[3-9][0-9])?[-+ ]")


def _foreign(value: str) -> bool:
    """Whether a mobile's value is a foreign number in international form, as text reads
    one: a "+" before a code not China's (``+1-415-852-5900``, ``+13812345678``) — not a
    form's "+" for a space before a mainland mobile's groups (``+138+1234+5678``: review
    72's L1)."""
    if not value.startswith("+"):
        return False
    group = _PLUS_GROUP.match(value)
    return group is None or group.group(1) is None


def _country_code(digits: str) -> int:
    """How many leading digits of a mobile's ``digits`` are China's code (``86…``, ``0086…``)."""
    if len(digits) == 13 and digits.startswith("86"):
        return 2
    return 4 if len(digits) == 15 and digits.startswith("0086") else 0


def _value_kind(
    named: Kind | Literal["code"] | None, digits: str, *, plain: bool, lead: bool
) -> Kind | None:
    """The kind of the number ``digits``, a whole value under a name saying ``named``;
    ``plain``: written as digits alone; ``lead``: after China's code (``+86``, ``0086``), a
    mobile's.  Written otherwise, in groups (``110101-19900307-4514``, ``6222 2855 1048
    0136``), a number is one only under its own name, as in text after its label: a
    checked ID number under any name is one written whole (fix101e)."""
    if named == "mobile" and len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return "mobile"
    if lead or not (plain or named in _GROUPED_UNDER):
        return None
    said: Label | None = "id" if named == "id_number" else "org" if named == "code" else None
    if len(digits) == 18 and is_id18(digits, lambda: said):
        return "id_number"
    if named == "bank_card" and digits.isdigit() and is_card_number(digits):
        return "bank_card"
    if named == "id_number" and len(digits) == 15 and valid_id15(digits):
        return "id_number"
    return None


def _document_hit(named: Kind | Literal["code"] | None, match: re.Match[str]) -> PersonalHit | None:
    """The passport or permit number a whole value of letters and digits is under a name
    saying so, read as the text reads one after its label (:mod:`.documents`): a passport's
    one or two letters and digits, nine characters (``E12345678``, ``EA1234567``); a permit's
    letter and eight digits (``C12345678``), a 回乡证's H or M and ten.  Under another name
    such a value is an order's or a page's id (``?id=E20240315``: no check character tells
    a passport from one)."""
    if named not in ("passport", "permit"):
        return None
    letters, digits = match.group(2).lower(), match.group(3)
    if named == "passport":
        shaped = len(letters) + len(digits) == 9
    else:
        shaped = len(letters) == 1 and letters in _PERMIT_LETTERS
        shaped = shaped and (len(digits) == 8 or (letters in "hm" and len(digits) == 10))
    if not shaped:
        return None
    start, end = match.start(2), match.end(3)
    first, last = _KEEP[named]
    return PersonalHit(named, start, end, mask(match.string[start:end], first, last))


def _in_user_part(url: str) -> Iterator[PersonalHit]:
    """A mobile or a checked ID number as a link's user name or password (``https://138…@…``):
    the text shows it and the browser sends it."""
    match = _USER_PART.match(url)
    if match is None:
        return
    at = match.start(1)
    for piece in match.group(1).split(":"):
        if piece:
            hit = _value_hit("mobile", piece, at)
            if hit is not None:
                yield hit
        at += len(piece) + 1


def _nested_hosts(url: str) -> Iterator[PersonalHit]:
    """A mobile or a checked ID number as the first label of an address's host in the query
    (:data:`_NESTED_HOST`)."""
    query = url.find("?")
    if query < 0:
        return
    for match in _NESTED_HOST.finditer(url, query):
        number = match.group(1).replace("-", "")
        if len(number) == 11:
            yield PersonalHit("mobile", match.start(1), match.end(1), mask(number, 3, 4))
        elif is_id18(number.lower(), lambda: None):
            yield PersonalHit("id_number", match.start(1), match.end(1), mask(number, 6, 4))


def where_in_address(url: str, start: int) -> str:
    """Where in the address ``url`` the character at ``start`` is, as a message names it:
    ``用户名`` (the user part), ``域名`` (the host), ``路径`` (the path) or ``参数`` (the
    query or the fragment)."""
    scheme = url.find("://")
    authority = scheme + 3 if scheme >= 0 else 0
    ends = [i for i in (url.find(c, authority) for c in "/?#") if i >= 0]
    authority_end = min(ends, default=len(url))
    if start < authority_end:
        return "用户名" if 0 <= start < url.rfind("@", authority, authority_end) else "域名"
    tail = [i for i in (url.find(c, authority_end) for c in "?#") if i >= 0]
    return "参数" if tail and start >= min(tail) else "路径"


def _ids_in_path(url: str) -> Iterator[PersonalHit]:
    """Checked ID numbers as a path segment or a file name's part (``/idcard/3101….jpg``)."""
    scheme = url.find("://")
    path = url.find("/", scheme + 3 if scheme >= 0 else 0)
    if path < 0:
        return
    ends = [end for end in (url.find("?", path), url.find("#", path)) if end >= 0]
    for match in _ID_IN_PATH.finditer(url, path, min(ends, default=len(url))):
        number = match.group().lower()
        if is_id18(number, lambda: None):
            yield PersonalHit("id_number", match.start(), match.end(), mask(match.group(), 6, 4))


def _ids_inside_values(url: str) -> Iterator[PersonalHit]:
    """Checked ID numbers with other characters before or after them in a query or fragment
    value."""
    query = url.find("?")
    if query < 0:
        query = url.find("#")
    if query < 0 or len(url) - query < 20:
        return
    for match in _ID_IN_VALUE.finditer(_blanked(url, query, len(url)), query):
        start, stop, number = match.start(), match.end(), match.group().lower()
        if _a_whole_value(url, start, stop):
            continue  # a whole value: read by name above
        if is_id18(number, lambda: None):
            yield PersonalHit("id_number", start, stop, mask(match.group(), 6, 4))


def _a_whole_value(url: str, start: int, stop: int) -> bool:
    """Whether ``url[start:stop]`` is a pair's whole value: right after its pair's first
    ``=`` and up to its end (``?q==1101…`` — an ``=`` escaped in the value, decoded — is
    a value holding the number after a word, not the number alone)."""
    if stop != len(url) and url[stop] not in "&;#":
        return False
    pair = max(url.rfind(mark, 0, start) for mark in "?&;#")
    return url.find("=", pair, start) == start - 1


def _blanked(url: str, start: int, end: int) -> str:
    """``url`` with the percent escapes of ``url[start:end]`` made ``%..`` and the rest
    outside it blank: offsets kept, and no escape's hex digits read as part of a number."""
    piece = url[start:end]
    if "%" in piece:
        piece = _PERCENT_ESCAPE.sub("%..", piece)
    return " " * start + piece


def mask_query(url: str) -> str:
    """``url`` with the personal data of its address masked (:func:`find_in_written_query`),
    for showing: in the characters written (``ＳＪＨ＝１３８****５６７８``, a full-width
    address no browser opens, is read as the one it imitates)."""
    if url.isascii() and "&#" not in url and not in_query_maybe(url):
        return url  # most links: find_in_query's own first test
    for hit in sorted(find_in_written_query(url, inside=True), key=lambda h: -h.start):
        written = url[hit.start : hit.end]
        shown = hit.masked
        if len(written) == len(shown) and written != hit.masked:
            shown = "".join(m if m == "*" else w for w, m in zip(written, shown, strict=True))
        url = url[: hit.start] + shown + url[hit.end :]
    return url
