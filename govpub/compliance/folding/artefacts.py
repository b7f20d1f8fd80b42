"""What a PDF reader and a raw e-mail leave inside the text, read as their tools meant it.

Text copied from a PDF, or from an e-mail shown undecoded, carries artefacts of the tool
that made it — inside a number, a marking or a note as much as between them (red team 79):

* ``(cid:N)``: pdfminer's placeholder for a glyph it could not map to a character
  (``银行卡号：(cid:345)48506100``, ``机(cid:3)密★10年``) — an unreadable glyph, read as the
  placeholder of an inline picture (U+FFFC) is: a stand-in the fold reads as a space, so it
  closes up between ideographs and parts digit groups;
* a quoted-printable soft line break, ``=`` at a line's end (``联系电话：138123=⏎45678``,
  ``内部=⏎资料``): the decoder joins the line to the next, and so does this — where the
  ``=`` follows a character that is not ``=`` or whitespace, so that a Setext heading's
  ``===`` and a formula's ``a =`` stay;
* a quoted-printable escape (``=E2=80=8B``): two to four ``=XX`` (upper-case hex, as the
  encoder writes them) that make one valid UTF-8 character are that character — a zero-width
  one the fold then drops as it drops any (``手机：=E2=80=8B13812345678``).  A lone ``=20``
  (``?a=20`` in a query) is none.

Each artefact is one span of the text: its first character stands for what it is read as
(U+FFFC, the decoded character) and the others are removed — recorded, as the fold's passes
record what they remove, so that offsets lead back to the text as written.  Looked for only
in a text holding ``(cid:`` or an ``=`` before a line break or an upper-case ``C``–``F``: a
post without them pays a few substring searches.
"""

from __future__ import annotations

from govpub.compliance.folding.tables import _OBJECT_PLACEHOLDER
from govpub.compliance.regex_cache import regex

__all__ = ["may_hold_artefacts", "read_artefacts"]

_PLACEHOLDER = _OBJECT_PLACEHOLDER  # what (cid:N) is read as: an inline picture's stand-in
# A line's end: a decoder knows "\r\n" and "\n", but the fold makes a line break of the other
# breaks too (\v, \f, NEL, U+2028, U+2029), so the "=" before them is read the same way and a
# text folded twice folds as once ("0=\f": found by hypothesis)
_BREAKS = "\r\n\x0b\x0c\x85\u2028\u2029"

# One expression, one pass (linear: each branch is bounded).  The escapes spelled by UTF-8's
# structure, a lead byte and as many continuation bytes as it says; the decoding then refuses
# the overlong forms and the surrogates.
_ARTEFACT = regex(
    r"\(cid:[0-9]{1,5}\)"
    rf"|(?<=[^=\s])=(?:\r\n|[{_BREAKS}])"
    r"|=[CD][0-9A-F]=[89AB][0-9A-F]"
    r"|=E[0-9A-F](?:=[89AB][0-9A-F]){2}"
    r"|=F[0-4](?:=[89AB][0-9A-F]){3}"
)
# (an "=" before a line break or an escape's lead byte: one search, found by the "=" that
# starts it — most posts with an "=" hold it in a link's query, "?a=1")
_MAY_HOLD = regex(f"=[{_BREAKS}C-F]")


def may_hold_artefacts(text: str) -> bool:
    """Whether ``text`` may hold an artefact: ``(cid:``, or ``=`` before a line break or an
    upper-case ``C``–``F``.  (Each "(" looked at: a search for the five characters ``(cid:``
    took twice as long in a post of ideographs, 20 µs in 20,000 characters.)"""
    if "=" in text and _MAY_HOLD.search(text) is not None:
        return True
    at = text.find("(")
    while at != -1:
        if text.startswith("cid:", at + 1):
            return True
        at = text.find("(", at + 1)
    return False


def read_artefacts(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its artefacts read, and the offsets of the characters removed from it
    (ascending); ``None`` when it holds none."""
    if not may_hold_artefacts(text):
        return None
    pieces: list[str] = []
    removed: list[int] = []
    position = 0
    for match in _ARTEFACT.finditer(text):
        start, end = match.span()
        found = match.group()
        if found[0] == "(":
            stand_in = _PLACEHOLDER
        elif found[1] in _BREAKS:
            stand_in = ""  # a soft line break: the two lines are one
        else:
            try:
                stand_in = bytes.fromhex(found.replace("=", "")).decode("utf-8")
            except UnicodeDecodeError:
                continue  # no character: the escapes stay as written
        pieces.append(text[position:start])
        pieces.append(stand_in)
        removed.extend(range(start + len(stand_in), end))
        position = end
    if not removed:
        return None
    pieces.append(text[position:])
    return "".join(pieces), removed
