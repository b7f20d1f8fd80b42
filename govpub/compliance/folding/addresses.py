"""Addresses as a browser reads them: host full stops, look-alike hosts, written URLs.

``。`` between two host labels is a dot (UTS #46), a host whose letters mix scripts is
read as the host it imitates (:mod:`govpub.compliance.confusables`), and
:func:`written_url` reads an address written with compatibility forms, markup or
escapes as the address it imitates, case kept.  Apart because these rules hold in
hosts and addresses only, where the rest of the fold holds everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from govpub.compliance.confusables import lookalikes, read_hosts
from govpub.compliance.folding.artefacts import read_artefacts
from govpub.compliance.folding.bbcode import drop_bbcode
from govpub.compliance.folding.emphasis import _EMPHASIS, _ITALICS, _unitalic
from govpub.compliance.folding.markup import (
    REFERENCE_ANY_CASE,
    _may_hold_markup,
    _reference,
    drop_formatting,
    holds_reference,
)
from govpub.compliance.folding.ruby import drop_annotations
from govpub.compliance.folding.tables import _FULL_STOPS, _tables
from govpub.compliance.regex_cache import regex

__all__ = ["MD_ESCAPE", "written_url"]

# "。" or "｡" between two ASCII labels of a host: a letter follows, or a label of digits
# that does not run into CJK text ("www。163。com", but not "www.gov.cn。2025年"); or
# a host's trailing root dot, right before its path ("https://t.cn。/x" opens t.cn).
_HOST_DOT = regex(r"。(?=[a-z]|[0-9][a-z0-9\-]*+(?![\u3400-\u9fff\uf900-\ufaff])|/)")
_LABEL_END = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


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


#: A Markdown escape as written: a backslash before ASCII punctuation (CommonMark), the
#: character escaped its group.
MD_ESCAPE = regex(r"\\([!-/:-@\[-`{-~])")


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
    A quoted-printable soft break or escape inside it is read as the decoder reads it
    (:mod:`.artefacts`).
    """
    read = read_artefacts(raw)
    if read is not None:
        raw = read[0]
    if "\\" in raw:
        raw = MD_ESCAPE.sub(r"\1", raw)
    if _may_hold_markup(raw):  # "t.<b>cn</b>/x", "t&#46;cn/x", "t&period;cn/x" show t.cn/x
        raw = _EMPHASIS.sub("", drop_formatting(drop_annotations(raw)))
        if holds_reference(raw):
            raw = REFERENCE_ANY_CASE.sub(_written_reference, raw)
    if "[" in raw:  # "u.[size=1]jd.com/x" shows u.jd.com/x (a forum's tags)
        raw = drop_bbcode(raw)
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
