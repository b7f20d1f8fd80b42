"""Codes that identify organisations: 统一社会信用代码 and 组织机构代码.

These are public registration data, printed on every licence and 公示 and not
personal information (rules.md §10: "USCC … not masked").  They matter here
because they *look like* personal data: an all-digit 统一社会信用代码 of a
社会团体 (``51…``), 民办非企业单位 (``52…``) or 基金会 (``53…``) is 18 digits, as
long as an ID number or a 19-digit card minus one, and passes the Luhn check one
time in ten.  So the personal-data detectors ask this module first, and a number
that carries a valid check character here is not reported as a bank card — and,
when it is a properly formed code, not as an ID number either.

**统一社会信用代码** (GB 32100-2015, 法人和其他组织统一社会信用代码编码规则): 18
characters from the 31-character set ``0123456789ABCDEFGHJKLMNPQRTUWXY`` (no I, O,
Z, S, V; values 0–30):

* position 1: 登记管理部门码; position 2: 机构类别码 — see :data:`AUTHORITY_CATEGORIES`;
* positions 3–8: the registering authority's division code (GB/T 2260; ``100000``
  for national registrations);
* positions 9–17: the 主体标识码, which is the organisation's 组织机构代码 with its
  own GB 11714 check character;
* position 18: the check character — weights ``wᵢ = 3^i mod 31`` (1 3 9 27 19 26
  16 17 20 29 25 13 8 24 10 30 28), ``C18 = charset[(31 − Σ vᵢwᵢ mod 31) mod 31]``
  (rules.md §9; Hutool ``CreditCodeUtil``).

**组织机构代码** (GB 11714-1997): 8 characters (digits or capital letters, A = 10 …
Z = 35) and a check character ``C9 = 11 − (Σ Cᵢ·Wᵢ mod 11)`` with weights
``3 7 9 10 5 8 4 2``, 10 written ``X`` and 11 written ``0``; usually printed
``XXXXXXXX-X``.

A valid check character is the test the card detector uses (the brief of issue
12: "never a valid 统一社会信用代码"): it is what every generator and validator of
these codes computes.  :func:`registered_uscc` asks for more — a known authority
and category, a province-level division code, a valid embedded 组织机构代码 — and
is what decides the rare 18-digit number that is a valid ID number *and* has a
valid GB 32100 check character: about one ID number in 31 passes that check by
chance, and it should not escape detection for that.
"""

from __future__ import annotations

from govpub.compliance.idnumbers import PROVINCES

__all__ = [
    "AUTHORITY_CATEGORIES",
    "USCC_CHARSET",
    "org_code_check_char",
    "registered_uscc",
    "uscc_check_char",
    "valid_org_code",
    "valid_uscc",
]

#: The GB 32100 character set; a character's value is its index.
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUES = {c: i for i, c in enumerate(USCC_CHARSET)}
_USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))

#: 登记管理部门码 → its 机构类别码.  GB 32100-2015 itself fixes 1 机构编制, 5 民政 and
#: 9 工商; the other authorities were assigned codes afterwards.  Table as published
#: in secondary sources (https://blog.csdn.net/lh1424573495/article/details/108776492,
#: http://ddrv.cn/?p=726373); the assignment notices themselves are UNCONFIRMED.
AUTHORITY_CATEGORIES: dict[str, str] = {
    "1": "1239",  # 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
    "2": "19",  # 外交: 外国常驻新闻机构, 其他
    "3": "123459",  # 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    "4": "19",  # 文化: 外国在华文化中心, 其他
    "5": "1239",  # 民政: 社会团体, 民办非企业单位, 基金会, 其他
    "6": "129",  # 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
    "7": "129",  # 宗教: 宗教活动场所, 宗教院校, 其他
    "8": "19",  # 工会: 基层工会, 其他
    "9": "123",  # 工商: 企业, 个体工商户, 农民专业合作社
    "A": "19",  # 中央军委改革和编制办公室: 军队事业单位, 其他
    "N": "1239",  # 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    "Y": "1",  # 其他
}

_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_NATIONAL = "10"  # division code 100000: registered by a national authority


def uscc_check_char(first17: str) -> str | None:
    """The GB 32100 check character for 17 code characters (``None`` outside the set)."""
    try:
        total = sum(_USCC_VALUES[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    except (KeyError, ValueError):
        return None
    return USCC_CHARSET[(31 - total % 31) % 31]


def valid_uscc(code: str) -> bool:
    """Whether ``code`` has 18 characters of the set and the right check character.

    Case-insensitive, because the detectors see text lower-cased by folding.
    """
    code = code.upper()
    return len(code) == 18 and uscc_check_char(code[:17]) == code[17]


def registered_uscc(code: str) -> bool:
    """Whether ``code`` is a valid 统一社会信用代码 in every part, not only its check character."""
    code = code.upper()
    return (
        valid_uscc(code)
        and code[1] in AUTHORITY_CATEGORIES.get(code[0], "")
        and _division(code[2:8])
        and valid_org_code(code[8:17])
    )


def _division(code: str) -> bool:
    """Whether ``code`` can be a GB/T 2260 division code, as far as its numbering rules tell.

    The first two digits are a province (or ``10`` for national registrations).  The
    last two number a city's districts 01–20 (市辖区), its counties 21–80 and
    county-level cities 81–99 (GB/T 2260 编码规则).  Districts numbered 18–20 exist
    only under city code ``01`` — the capitals and municipalities (北京 110118–110119,
    天津 120118–120119, 上海 310118–310120, 重庆 500118–500120, 南京 320118, 成都 510118,
    西安 610118, 广州 440118) — no other city has that many districts (UNCONFIRMED:
    read from the division lists, not from a rule of the standard).  That matters
    because an ID number read as a 统一社会信用代码 always has 18, 19 or 20 there: its
    birth century.
    """
    if not code.isdigit() or (code[:2] not in PROVINCES and code[:2] != _NATIONAL):
        return False
    return not "18" <= code[4:] <= "20" or code[2:4] == "01"


def _org_value(char: str) -> int:
    if char.isdigit() and char.isascii():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    raise ValueError(char)


def org_code_check_char(first8: str) -> str | None:
    """The GB 11714 check character for 8 code characters (``None`` if one is not allowed)."""
    try:
        total = sum(_org_value(c) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    except ValueError:
        return None
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def valid_org_code(code: str) -> bool:
    """Whether ``code`` (``XXXXXXXX-X`` or ``XXXXXXXXX``, any case) is a valid 组织机构代码."""
    code = code.upper()
    if len(code) == 10 and code[8] == "-":
        code = code[:8] + code[9]
    return len(code) == 9 and org_code_check_char(code[:8]) == code[8]
