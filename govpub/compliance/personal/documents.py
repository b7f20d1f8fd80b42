"""Passports, 港澳/台湾 travel permits and the 外国人永久居留身份证: read by their letters, or
after their name.

A passport in upper case (``E``/``G`` + 8 digits, ``E`` + a letter + 7) is read anywhere
but where the words before name another thing's number, a 批准文号 or a 组织机构代码
(:func:`_passport`); with the letter apart, in lower case or with the digits grouped, and the
permits (``C…``, ``H…``/``M…``, ``L…``/``T…``, the 台胞证's eight digits), only after a label
naming the document or under a column headed with it (:func:`_labelled_passport`): without
one, ``C12345678`` is as often a contract or part number.  The 永居证's numbers (18 digits
from 9, or three letters and twelve digits) need its name too (:func:`_permanent`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govpub.compliance._data import data_words
from govpub.compliance._text import HTML_CELL_GAP, LABEL_COLONS, alternation
from govpub.compliance.folding import fold_term
from govpub.compliance.grouping import WrittenNumber
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.personal.codes import _ALNUM, _glued
from govpub.compliance.personal.hits import Kind, _Reading
from govpub.compliance.personal.labels import _NAME_TO_NUMBER, GLOSS, _code_letters, _named
from govpub.compliance.regex_cache import regex
from govpub.compliance.table_cells import column_header

# The name of the 外国人永久居留身份证 (永居证) right before its number: its 18-digit numbers
# start with 9, as no resident's ID number does (the province codes end at 8x), and its 2017
# numbers are three letters and twelve digits; neither is read without the name.
_PERMANENT_LABEL = LazyPattern(r"(?:永久居留|永居)(?:身份)?证(?:件)?(?:号码|号)?" + _NAME_TO_NUMBER)


def _permanent(folded: str, start: int) -> bool:
    """Whether the name of a 外国人永久居留身份证 names the number at ``start``."""
    return _named(_PERMANENT_LABEL, folded, start)


def _passport(
    folded: str, original: str, to_original: Callable[[int], int], number: WrittenNumber
) -> _Reading | None:
    group = number.groups[0]
    size, start = len(group.digits), group.start
    if number.plus or size not in (7, 8) or _glued(folded, group.end, group.end + 1):
        return None
    letters = 9 - size  # E12345678, EA1234567
    begin = start - letters
    if begin < 0 or (begin > 0 and folded[begin - 1] in _ALNUM):
        return None
    prefix = folded[begin:start]
    if not (prefix[0] in "eg" if letters == 1 else prefix[0] == "e" and prefix[1].isalpha()):
        return None
    if not prefix[1:].isascii() or original[to_original(begin)] not in "EGＥＧ":
        return None  # lower case "e12345678" is a model or part number
    if _named_otherwise(folded, begin):
        return None
    positions = tuple(range(begin, group.end))
    return _Reading("passport", begin, group.end, positions[1:-3])


def _named_otherwise(folded: str, begin: int) -> bool:
    """Whether the words before a passport's shape at ``begin`` name it another thing's number:
    a product's 批准文号 (``国食健注G20177607``: fix 100) or an organisation's 组织机构代码
    (``组织机构代码：E30307830``, or under its column: fix 128)."""
    if _APPROVAL_PREFIX.search(folded, max(0, begin - _APPROVAL_REACH), begin) is not None:
        return True
    return _named(_ORG_CODE_LABEL, folded, begin)


def _approval_source() -> str:
    """The expression of :data:`_APPROVAL_PREFIX`, from ``data/approval_number_prefixes.txt``."""
    words = sorted({fold_term(w) for w in data_words("approval_number_prefixes.txt")})
    return f"(?:{alternation(words)})[ \\t]?$"


# The prefix of a product's 注册号 or 批准文号 right before a passport's letter and digits: a
# 保健食品's 国食健注G20177607, a 化妆品's 国妆特字G20170123 name a product, never a person (red
# team 81's sweep: one post in fifty).  Only for a number read by its letter alone: a passport
# after its own label (护照号码：G12345678) is read by :func:`_labelled_passport` whatever stands
# before the label.
_APPROVAL_PREFIX = LazyPattern.built(_approval_source)
_APPROVAL_REACH = 7  # the longest prefix (国妆网备进字) and a space


# An organisation code's label right before a letter and eight digits, or the header of their
# column: a 组织机构代码 (GB 11714) written without its hyphen, E3030783-0 as ``E30307830``, may
# start with a passport's E or G (red team 87's d6).  The label names the number, so it is the
# code whether its check character holds or not (a mistyped code is no passport), as after a
# 批准文号's prefix; a passport after its own label is read by :func:`_labelled_passport`,
# beside such a code too (组织机构代码：E30307830，护照号码：G28778187 blocks).
_ORG_CODE_LABEL = LazyPattern(r"(?:组织机构|机构|信用)代码" + _NAME_TO_NUMBER)


# A travel document's label right before its letter: "护照 G 12345678", "护照号码：e1234-5678",
# "港澳通行证号码：C12345678", "回乡证 H 1234 5678"; also in the next table cell
# ("| 港澳通行证 | C12345678 |", "<td>证件号码</td><td>C12345678</td>") or on the next line
# (a form: "证件号码：⏎C12345678").  Each kind with its letters (the number is the letters
# and then digits, nine characters in all).  Any colon of :data:`LABEL_COLONS` (护照号码︰G…,
# 通行证号码∶C…), and one opening bracket or quotation mark before the number
# (往来港澳通行证号码：（C12345678）, 回乡证号码 【M12345678】, 护照号码：“G1234-5678”: red team 82,
# fix 103).
_LABEL_GAP = (
    rf"{GLOSS}[ \t{LABEL_COLONS}#为是|]{{0,4}}(?:(?:\n|{HTML_CELL_GAP})[ \t|]{{0,2}})?"
    r"(?:[（(【\[〔“\"「『‘][ \t]?)?"
)


def _label_tail(letters: str) -> str:
    return rf"{_LABEL_GAP}(?P<letters>{letters})[ \t\-]{{0,2}}$"


_DOCUMENT_LABELS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "passport",
        # (also 公务护照 SE…, 外交护照 DE…, 公务普通护照 PE… after their label; a label in two
        # languages or for two documents: 护照（Passport）：, 护照/通行证号码：)
        regex(
            r"(?:护照(?:[（(]passport[）)])?(?:[/／、]通行证)?(?:号码|号)?|passport(?: ?no\.?)?)"
            # (a foreign passport after the label: K12345678, TR1234567, 512345678)
            + _label_tail("[a-z]{0,2}")
        ),
    ),
    (
        # 往来港澳通行证 C…, 回乡证 H…/M…, 往来台湾通行证 L… (the card; T… the old booklet)
        "permit",
        regex(r"(?:通行证|回乡证|证件)(?:号码|号)?" + _label_tail("[chmlt]")),
    ),
    (
        # 台湾居民来往大陆通行证 (台胞证): eight digits and no letter (the card since 2015); the
        # name's end is enough (the label is looked for within 20 characters of the number)
        "permit",
        regex(r"(?:台胞证|大陆通行证)(?:号码|号)?" + _label_tail("")),
    ),
)
#: The words that make a stretch of 7 or 8 digits worth reading (:func:`_worth_reading`).
_DOCUMENT_WORDS = ("护照", "passport", "通行证", "回乡证", "证件", "台胞证", "澳门", "澳門")
# (as one expression: eight ``in`` tests, each widening its word to the text's kind first,
# cost 2 µs a stretch, about 20 a post: −0.03 ms a post)
_DOCUMENT_WORD = regex("|".join(_DOCUMENT_WORDS))
_PASSPORT_REACH = 20 + 26  # (and an English gloss before the colon: labels.GLOSS)


def _document_label(folded: str, start: int, end: int) -> tuple[Kind, re.Match[str]] | None:
    """The kind of travel document a label ending at ``end`` names, and the label."""
    for kind, expression in _DOCUMENT_LABELS:
        label = expression.search(folded, start, end)
        if label is not None:
            return kind, label
    return None


def _document_column(folded: str, start: int) -> tuple[Kind, str] | None:
    """The kind of travel document the column header over a cell names, and the letters the
    cell starts with before ``start``: a 公示's table names the document once, in its header
    (``| 姓名 | 港澳通行证号码 |`` over ``| 李明 | C12345678 |``, ``<th>护照号码</th>``)."""
    begin = _code_letters(folded, start, 2)
    if begin == start:
        return None  # (digits alone: most numbers in tables; no header is looked up)
    header = column_header(folded, begin)
    if header is None:
        return None
    probe = header.strip(" \t*_") + " " + folded[begin:start]
    found = _document_label(probe, 0, len(probe))
    return None if found is None else (found[0], found[1].group("letters"))


def _labelled_passport(folded: str, number: WrittenNumber) -> _Reading | None:
    """A passport or permit number after a label naming the document: the letter may stand
    apart or be lower case, and the digits may be grouped (``护照 E 1234 5678``).  Without
    the label a lone ``E``/``G`` before grouped digits is too often a list mark or a label of
    its own, and a permit's ``C12345678`` a contract or part number."""
    if number.plus or _glued(folded, number.end, number.end + 1):
        return None
    found = _document_label(folded, max(0, number.start - _PASSPORT_REACH), number.start)
    if found is not None:
        kind, label = found
        letters = label.group("letters")
        begin = label.start("letters") if letters else number.groups[0].start
    elif (headed := _document_column(folded, number.start)) is not None:
        kind, letters = headed
        begin = number.start - len(letters)
    else:
        return None
    groups = number.groups
    digits = "".join(g.digits for g in groups)
    sizes: tuple[int, ...] = (9 - len(letters),) if letters or kind == "passport" else (8,)
    if kind == "permit" and letters in ("h", "m"):
        sizes = (8, 10)  # 回乡证: the 2013 card's H/M + 10 digits
    if len(digits) not in sizes or not digits.isdigit():
        return None
    if not number.consistent(0, len(groups)):
        return None
    positions = [*range(begin, begin + len(letters))]
    positions += [i for g in groups for i in range(g.start, g.end)]
    return _Reading(kind, begin, number.end, tuple(positions[1:-3]))


def _permanent_2017(folded: str, number: WrittenNumber) -> _Reading | None:
    """A 2017 外国人永久居留身份证 number, its nationality's three letters glued to twelve
    digits (``USA110090123105``), after the card's name (:data:`_PERMANENT_LABEL`)."""
    begin = number.start - 3
    if begin < 0 or not folded[begin : number.start].isalpha() or number.plus:
        return None
    if not folded[begin : number.start].isascii() or (begin and folded[begin - 1] in _ALNUM):
        return None
    digits = "".join(g.digits for g in number.groups)
    if len(digits) != 12 or not digits.isdigit() or _glued(folded, number.end, number.end + 1):
        return None
    if not number.consistent(0, len(number.groups)) or not _permanent(folded, begin):
        return None
    positions = [*range(begin, number.start)]
    positions += [i for g in number.groups for i in range(g.start, g.end)]
    return _Reading("id_number", begin, number.end, tuple(positions[3:-3]))
