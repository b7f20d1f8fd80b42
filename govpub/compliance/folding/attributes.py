"""What the attributes of the tags a page keeps are to a reader: published text, or layout.

The fold drops the formatting tags (:mod:`.markup`) and keeps those that shape a page
(``<p>``, ``<section>``, ``<td>``, ``<img>``, ``<a>``…), attributes and all.  An attribute's
value ships in the page's source, which scrapers, search engines, reader modes and copy
buttons read, and which tooltip libraries show (``data-tip``, ``data-title``); a
``data-clipboard-text`` puts its 淘口令 on the reader's clipboard: published content, read as
text where it stands (review 51a).  Only layout is no content — a style, a class, a size, an
alignment, a colour, a cell's span, and the WeChat editors' picture geometry (``data-ratio``,
``data-w``, ``data-cropx1``…): the text the rules read has those blanked, name and value, one
space a character (red team 90: ``<p style="width:13812345678px;">`` blocked as a mobile).
Nor, since review 52, is what a program wrote for itself (``data/attribute_kinds.txt``): an id,
Excel's ``x:num``, a cell's copied value, blanked so too (``data-mid="4977981234567891"``, a
Weibo status's, passed Luhn); a person's words in an id are read.  A style's ``white-space``
that keeps the source's line breaks (``pre``, ``pre-wrap``, ``pre-line``, ``break-spaces``) is
left standing in the blanked style, the one declaration: a number wrapped there shows on two
lines, which the number reader asks (:data:`KEEPS_BREAKS_STYLE`, fix98t).
The link scanner reads the tags whole (:attr:`.Folded.tagged`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from govpub.compliance._data import data_kinds, data_words
from govpub.compliance.cards import luhn_ok
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.regex_cache import regex

__all__ = [
    "ATTRIBUTE",
    "ATTRIBUTES_TO_END",
    "BREAKS_KEPT_BY",
    "KEEPS_BREAKS_STYLE",
    "LAYOUT_ATTRIBUTES",
    "SHOWN_ATTRIBUTES",
    "TOOLTIP_ATTRIBUTES",
    "WHITE_SPACES",
    "attribute_value",
    "blank_layout",
    "in_shown_value",
    "opening_tag",
    "tag_end",
]

#: A tag's tooltip: ``title``, and the attributes the tooltip libraries show as one (bootstrap's
#: ``data-original-title``, tippy's and CSS ``attr()``'s ``data-tooltip``, ``data-tip``,
#: ``data-title``), read as a title is (review 51a's F4).
TOOLTIP_ATTRIBUTES = ("title", "data-tooltip", "data-title", "data-tip", "data-original-title")
#: What a page shows or says of a tag besides its words: its character references shown.
SHOWN_ATTRIBUTES = frozenset(
    {*TOOLTIP_ATTRIBUTES, "alt", "aria-label", "aria-description", "placeholder", "value", "label"}
)


def _names(names: list[str]) -> str:
    """A pattern of attribute names, "x:*" a prefix and "*id" an ending."""
    return "|".join(re.escape(name).replace(r"\*", ".*") for name in names)


_KINDS = data_kinds("attribute_kinds.txt")
#: What shapes a tag on the page and says nothing: blanked for the text rules.
LAYOUT_ATTRIBUTES = frozenset(_KINDS["layout"])
# What a program wrote for itself: Office's own ("written"), blanked whatever it holds, and
# ids and values copied for scripts ("machine"), blanked when ASCII; "read" ones are read.
_PROGRAMS_OWN = regex(
    "|".join(f"(?P<{kind}>{_names(_KINDS[kind])})" for kind in ("read", "written", "machine"))
)

#: A start tag's attributes up to the ">" that ends it, read as HTML reads them: a quoted
#: value may hold a ">" (``<p style="a>b" title="…">``: review 51a's F6) and a "<"
#: (``<p title="不公开" data-y="a<b">``, which browsers show with its title: left27b), an
#: unquoted one ends at a space or a ">" (``data-y=a<b``, and ``title=a</b>``, whose "</" is
#: two characters of the value to WHATWG's unquoted-value state: left29b).  A value holding a
#: "<" reaches :data:`_VALUE_REACH` characters at most, so that a quote left open swallows no
#: page (past
#: that the quote is a character, and the tag ends at its first ">" before any "<", as
#: before), and a tag holds :data:`_ANGLED` such values at most: each lets the tag run on past
#: a "<", from which another tag is read, so that a run of them (``<b a=<b a=…``) read from
#: every "<" must end soon.  A value runs over an end tag's "</" and a "-->" (``data-tpl=
#: "<b>x</b>"``, as browsers read it: review 58's C), but over no end tag of raw text
#: (script, style, textarea, title, xmp), which ends the raw text a quote left open there
#: stands in (``<script>s='<b a="<';</script>内部资料``: review 57).  A tag in a comment
#: is read to its end by :func:`tag_end`.  Possessive: one pass.
_VALUE_REACH = 300
_ANGLED = 8
_WITHIN = f"{{0,{_VALUE_REACH}}}+"
_RAW_TEXT_END = r"</(?i:script|style|textarea|title|xmp)(?![a-zA-Z0-9-])"


def _quoted_with_angle(quote: str, in_comment: bool) -> str:
    """A value in ``quote`` marks that holds a "<", after its "=", reaching :data:`_VALUE_REACH`
    at most and over no raw text's end tag, nor, ``in_comment``, over the comment's "-->"."""
    lt = f"(?!{_RAW_TEXT_END})<"
    if not in_comment:
        return (
            rf"{quote}(?=[^{quote}]{_WITHIN}{quote})[^{quote}<]*+{lt}"
            rf"(?:[^{quote}<]++|{lt})*+{quote}"
        )
    dash = r"-(?!->)"
    return (
        rf"{quote}(?=[^{quote}]{_WITHIN}{quote})(?:[^{quote}<-]++|{dash})*+{lt}"
        rf"(?:[^{quote}<-]++|{lt}|{dash})*+{quote}"
    )


# A quoted value that holds no "<", and a "<" after it (spaces between or not) that starts the
# next attribute's name: ``<span title="a"<b>密</span>`` is one tag to a browser, with an
# attribute "<b" (WHATWG: a "<" after a quoted value, or before an attribute's name, is a parse
# error and a character of that name), and its words are shown (fix rt93).  A "</" there too:
# ``<span title="a"</b>不公开</span>`` is one tag, "<" a name, "/" a solidus in the tag and "b"
# the next name (WHATWG 13.2.5.39, 13.2.5.40: after the quoted value, then in the self-closing
# start tag state, a character that is not ">" starts another attribute; left29b) — but a raw
# text's end tag, which ends the raw text the tag's "<" stands in (``<script>s='<b a="x"
# </script>``).  Counted as a value holding a "<" (one of :data:`_ANGLED`).
_QUOTED = r"""(?:"[^"<]*+"|'[^'<]*+')"""
_ANGLE_AFTER = rf"\s*+<(?!{_RAW_TEXT_END})"


def _attributes_to_end(in_comment: bool) -> str:
    """:data:`ATTRIBUTES_TO_END`, or the same for a tag in a comment."""
    angled_value = (
        rf"""(?:{_quoted_with_angle('"', in_comment)}|{_quoted_with_angle("'", in_comment)}"""
        rf"""|(?!["'])(?=[^\s>]{{1,{_VALUE_REACH}}}+[\s>])[^\s<>]*+<(?!{_RAW_TEXT_END})[^\s>]*+"""
        rf"""|{_QUOTED}{_ANGLE_AFTER})"""
    )
    # (names, spaces and values that hold no "<" and no "<" follows; a quote left open is a
    # character)
    plain = rf"""(?:[^<>=]++|=\s*+(?:{_QUOTED}(?!{_ANGLE_AFTER})|(?!{angled_value})))*+"""
    return rf"""{plain}(?:{_NAMED}=\s*+{angled_value}{plain}){{0,{_ANGLED}}}+>"""


# An "=" right after an attribute's name: one where a name is read (after a space, a value,
# the tag's name) is a character of a name, and the quote after it too (``<span =" <b>内部资料
# </span>``, ``<span a=1 =" <b>…``: review 57), not a value holding a "<" that runs on
# (``title = "<b>…"``, spaced, reads the page's text after its first ">": the safe side).
_NAMED = r"""(?<![\s"'=/])"""


ATTRIBUTES_TO_END = _attributes_to_end(in_comment=False)
# A tag in a comment, read so by the readers of the text as written (titles, an attribute's
# tag): its values run over no "-->", which ends the comment and a quote left open in it
# (``<!-- <img a="< --><p title="不公开">``: review 57).
_IN_COMMENT_TO_END = _attributes_to_end(in_comment=True)
# A start tag with attributes (the text is folded: names in lower case), but the commonest,
# an anchor with its href alone, which has nothing to blank: one search in C at each "<".
_ATTRIBUTED_TAG = regex(
    r"<(?!a href=\"[^\"<>]*+\">)[a-z][a-z0-9-]{0,30}(?::[a-z0-9-]{1,30})?"
    rf"(?P<attrs>\s{ATTRIBUTES_TO_END[:-1]})>"
)
# One attribute of a tag and its value, quoted or not (HTML's attribute name: anything but
# spaces, quotes, "/", "=" and the angles): group 1 "name", groups 2–4 "v1"/"v2"/"v3" the value.
# Read one after another along a tag's list, a quoted value is taken whole; the link scanner
# reads a tag's links with it too (``title="<a href='//t.cn/x'>"`` is a title, the ``href``
# inside it the title's text: review 59's item 2).
_NAME = r"""(?:^|(?<=[\s"'/]))(?P<name>[^\s"'<>/=]++)"""
_VALUE = r"""(?:"(?P<v1>[^"]*+)"|'(?P<v2>[^']*+)'|(?P<v3>[^\s"'=<>`]++))"""
ATTRIBUTE = regex(rf"{_NAME}\s*+=\s*+{_VALUE}")
# A tag whose attributes are all layout, told in C, so that the commonest tags of an editor's
# page, <section style=…>, <p style=…>, are blanked whole with no attribute parsed (none
# holding a "<": see _says_nothing).
_NAMES = "|".join(sorted(LAYOUT_ATTRIBUTES, key=lambda name: (-len(name), name)))
_LAYOUT_ONLY = regex(
    rf"""(?:\s++(?:{_NAMES})\s*+=\s*+(?:"[^"<]*+"|'[^'<]*+'|[^\s"'=<>`]++))++\s*+/?"""
)


#: The ``white-space`` values CSS reads (an other one is dropped, the element's inherited value
#: standing), and those that show the source's line breaks: ``pre``, ``pre-wrap``,
#: ``pre-line``, ``break-spaces`` (not ``normal`` or ``nowrap``).
WHITE_SPACES = frozenset({"normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces"})
BREAKS_KEPT_BY = frozenset({"pre", "pre-wrap", "pre-line", "break-spaces"})
#: A style's ``white-space`` as the fold leaves it standing where the style is blanked, the
#: declaration that takes effect written alone (:func:`_kept_white_space`):
#: ``<p style="white-space:pre">1308⏎7610800</p>`` shows two lines, no mobile, and
#: ``<p style="white-space:pre-wrap;white-space:normal">`` one (review 66's L4).
KEEPS_BREAKS_STYLE = regex(
    r"(?<![\w-])white-space:(normal|nowrap|pre(?:-wrap|-line)?|break-spaces)(?![\w-])"
)


def blank_layout(folded: str) -> str:
    """``folded`` with the layout attributes of its tags blanked, names and values (same
    length, so offsets stay), but a ``white-space`` that keeps line breaks
    (:data:`KEEPS_BREAKS_STYLE`); ``folded`` itself when there are none."""
    if "=" not in folded:
        return folded
    styled = "white-space" in folded
    pieces: list[str] = []
    done = 0
    for tag in _ATTRIBUTED_TAG.finditer(folded):
        start, end = tag.span("attrs")
        if _LAYOUT_ONLY.fullmatch(folded, start, end):
            pieces += (folded[done:start], _blank(folded, start, end, styled=styled))
            done = end
            continue
        for attribute in ATTRIBUTE.finditer(folded, start, end):
            if _says_nothing(attribute):
                start, end = attribute.span()
                pieces += (folded[done:start], _blank(folded, start, end, styled=styled))
                done = end
    if not pieces:
        return folded
    pieces.append(folded[done:])
    return "".join(pieces)


def _blank(folded: str, start: int, end: int, *, styled: bool) -> str:
    """Spaces for ``folded[start:end]``, but the ``white-space`` its style sets, written alone
    where the style stood (:func:`_kept_white_space`), when ``styled`` says the text holds
    one at all."""
    kept = _kept_white_space(folded, start, end) if styled else None
    if kept is None:
        return " " * (end - start)
    at, declaration = kept
    return " " * (at - start) + declaration + " " * (end - at - len(declaration))


def _kept_white_space(folded: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the first ``style`` attribute of ``folded[start:end]`` stands (HTML keeps the
    first of a name) and its ``white-space`` that takes effect, ``white-space:pre``: read
    by the one reader of declarations, the last winning (``white-space:pre-wrap;
    white-space:normal`` is ``normal``), a property only at a declaration's start
    (``font-family:'white-space:pre'`` sets none: review 66's L4).  None when it sets no
    value CSS reads (:data:`WHITE_SPACES`)."""
    for attribute in ATTRIBUTE.finditer(folded, start, end):
        if attribute.group("name").lower() != "style":
            continue
        value = attribute_value(attribute)
        white_space = declarations(value).get("white-space")
        declaration = f"white-space:{white_space}"
        if white_space not in WHITE_SPACES or len(declaration) > end - attribute.start():
            return None
        return attribute.start(), declaration
    return None


def attribute_value(attribute: re.Match[str]) -> str:
    """The value of an :data:`ATTRIBUTE` match, however quoted (or none: "")."""
    return attribute.group("v1") or attribute.group("v2") or attribute.group("v3") or ""


def _says_nothing(attribute: re.Match[str]) -> bool:
    """Whether an attribute is layout or a value a program wrote for itself
    (``data/attribute_kinds.txt``): no content, blanked for the text rules.  A Weibo
    status's ``data-mid`` passes Luhn, Excel's ``x:num`` is the amount its cell shows
    (review 52); a person's words in an id (``data-id="身份证号…"``) are read.  No value
    holding a "<" says nothing: a quote left open there swallowed the page's text up to the
    next quote, which a ``style`` would blank (left27b)."""
    name = attribute.group(1)
    if "<" in attribute.group(attribute.lastindex or 0):
        return False
    if name in LAYOUT_ATTRIBUTES:
        return True
    kind = _programs_own(name)
    if kind != "machine":
        return kind == "written"
    value = attribute.group(attribute.lastindex or 0)
    return (
        value.isascii()
        and not (name.startswith(_SHEETS) and _SHEETS_TEXT.search(value))
        and not any(marker in value for marker in _ASCII_MARKERS)
        and _PERSONAL_HINT.search(value) is None
        and _PERSONS_MOBILE.search(value) is None
        and not _holds_an_id(value)
        and not _holds_a_card(value)
    )


# Google Sheets' copy of a cell holding text (type 2, ``{"1":2,"2":"13812345678"}``): the
# words the cell shows, read as text (review 54); a number's copy (type 3) is blanked.
_SHEETS = "data-sheets-"
_SHEETS_TEXT = regex(r'"1"\s*:\s*2\s*[,}]')
# 内部资料 as a header spells it in pinyin (neibuziliao): a column's slug in an id
# (``data-id="neibuziliao"``) names a page published as internal, as the words do (review 54).
_ASCII_MARKERS = tuple(word for word in data_words("internal_markers.txt") if word.isascii())
# What makes a program's ASCII value a person's: a label (``data/attribute_kinds.txt``) or a
# currency sign, a 淘口令's delimiter (review 53).  A label that is part of ordinary words
# counts whole only, a pinyin initialism at a word's start right before its number, and
# "cell" as the value's first word only: ctl00_cell_… is ASP.NET's table cell (review 55).
# A whole label may follow a word of whose it is and be followed by more labels and a number's
# words, all in one (the fold has lowered camelCase: bankCardNo, userContact, creditcard,
# bankAccountNo, contacts: review 56).
_WHOLE_LABEL = _names(_KINDS["whole-label"])
_PERSONAL_HINT = regex(
    rf"{_names(_KINDS['label'])}"
    rf"|(?<![a-z])(?:{_names(_KINDS['whose'])})?(?:{_WHOLE_LABEL})s?"
    rf"(?:{_WHOLE_LABEL}|{_names(_KINDS['number-word'])})*(?![a-z])"
    rf"|^cell(?![a-z])|(?<![a-z0-9])(?:{_names(_KINDS['initials'])})(?=[\s_:.-]?[0-9])"
    r"|[$¥€£]"
)
# A mobile no program writes in an id (review 54, 55): in a phone's groups (3-4-4, 7-4; no
# "/", a path's; not a dated or numbered id's 135-2025-0610, 150.2025.0001, 138-0001-0002),
# after China's calling code (+86 138…, 86-138…), a WeChat id's wx or vx, or as a mail
# address's name (13812345678@163.com).
_SEP = r"[\s_.-]"
_MONTH_DAY = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"  # (a real one: 138-2025-1234 is a phone)
_DATED = rf"{_SEP}(?:(?:19|20)[0-9]{{2}}{_SEP}(?:{_MONTH_DAY}|000[0-9])|000[0-9]{_SEP}000)"
_PERSONS_MOBILE = regex(
    rf"(?<![0-9])1[3-9][0-9](?!{_DATED})(?:{_SEP}[0-9]{{4}}|[0-9]{{4}}){_SEP}[0-9]{{4}}(?![0-9])"
    rf"|(?:\+86\)?{_SEP}?|(?<![a-z0-9])86{_SEP}|(?<![a-z0-9])[wv]x{_SEP}?)1[3-9][0-9]{{9}}(?![0-9])"
    r"|(?<![0-9])1[3-9][0-9]{9}@"
)
# (a card's number in its groups of four, with its Luhn digit)
_GROUPED_CARD = regex(
    rf"(?<![0-9])[0-9]{{4}}(?:{_SEP}[0-9]{{4}}){{3}}(?:{_SEP}?[0-9]{{1,3}})?(?![0-9])"
)
_EIGHTEEN = regex(r"(?<![0-9])[0-9]{17}[0-9x](?![0-9])")
_SEPARATORS = regex(r"[\s_./-]")


def _holds_an_id(value: str) -> bool:
    """Whether an id's value holds a checked 18-digit ID number (a region, a real birth date,
    the check character), its groups apart or not: a roster keyed by its people's ID numbers
    (``<td data-id="310104198511223688">张三</td>``) ships them in the page's source, where
    a program's own id passes all three checks by chance too rarely to weigh."""
    if len(value) < _ID_LENGTH:
        return False
    return any(valid_id18(found) for found in _EIGHTEEN.findall(_SEPARATORS.sub("", value)))


_ID_LENGTH = 18


def _holds_a_card(value: str) -> bool:
    """Whether a value holds a payment card's number in its groups of four (``6222 0212 3456
    7894``): no program writes its ids so (review 55)."""
    return any(luhn_ok(_SEPARATORS.sub("", found)) for found in _GROUPED_CARD.findall(value))


@lru_cache(maxsize=1024)
def _programs_own(name: str) -> str | None:
    """The kind of a program's own attribute ``name`` is, ``None`` for any other."""
    kind = _PROGRAMS_OWN.fullmatch(name)
    return None if kind is None else kind.lastgroup


_TAG_END = regex(ATTRIBUTES_TO_END)
_COMMENTED_TAG_END = regex(_IN_COMMENT_TO_END)
_COMMENT_END = regex(r"--!?>")
_COMMENT_REACH = 10_000  # how far before a tag the comment it may stand in is looked for


def tag_end(text: str, after: int, end: int | None = None) -> re.Match[str] | None:
    """A start tag's attributes from ``after`` (its name's end) to its own ">", within
    ``end``: :data:`ATTRIBUTES_TO_END`, or, in a comment, its values over no "-->" (a quote
    left open there ends with the comment: ``<!-- <img a="< --><p title="不公开">``, review
    57); the comment is looked for only when a value ran over one."""
    end = len(text) if end is None else end
    tag = _TAG_END.match(text, after, end)
    if tag is None or text.find("-->", after, tag.end()) < 0 or not _in_comment(text, after):
        return tag
    return _COMMENTED_TAG_END.match(text, after, end)


def _in_comment(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` stands in a comment: after a "<!--" that no "-->"
    ends before it (``<!-->`` is a whole empty one)."""
    opened = text.rfind("<!--", max(0, at - _COMMENT_REACH), at)
    return opened >= 0 and _COMMENT_END.search(text, opened + 2, at) is None


_TAG_OPEN = regex(r"<[a-z]", re.IGNORECASE)
_TAG_REACH = 500  # how far before an attribute its tag's "<" is looked for


def opening_tag(text: str, at: int) -> int:
    """Where the start tag whose attributes hold offset ``at`` of ``text`` opens, -1 if none
    does: the first "<" within reach whose attributes run past ``at`` — not the last "<"
    before it, which may stand in a value (``<p data-y="x<img" title="不公开">``: left27b)."""
    for opened in _TAG_OPEN.finditer(text, max(0, at - _TAG_REACH), at):
        tag = tag_end(text, opened.start() + 1)
        if tag is not None and tag.end() > at:
            return opened.start()
    return -1


def in_shown_value(folded: str, opened: int, at: int) -> bool:
    """Whether offset ``at`` of ``folded`` lies in the value of a shown attribute
    (:data:`SHOWN_ATTRIBUTES`) of the tag that opens at ``opened`` — or anywhere in a tag no
    ">" closes: Markdown (CommonMark) prints such a tag as text, its references decoded, so
    that every value in it is shown, a ``src``'s and a ``class``'s too, its quote closed or
    left open (``<img src="身份证号：&#x31;…"``: review 63's L3, L4), however long (L5).
    That reading is one look at the text's last ">" (:func:`_last_close`), and a closed
    tag's values are read once for all its references (:func:`_tag_values`): a tag of
    16,000 references took 3 s (S1)."""
    if _last_close(folded) < at:
        return True
    close = _tag_close(folded, opened)
    if close < 0:  # (no tag to its ">": read to the first ">", as before)
        close = folded.find(">", at)
    for values in _tag_values(folded, opened, close):
        held = bisect_right(values, at, key=_start) - 1
        if held >= 0 and at < values[held][1]:
            return values[held][2]
    return False


@lru_cache(maxsize=1)
def _last_close(folded: str) -> int:
    """Where the last ">" of ``folded`` stands (-1: none), found once for a text's references."""
    return folded.rfind(">")


_Values = tuple[tuple[int, int, bool], ...]  # each value's start, end and whether it is shown

# An attribute whose "=" the fold joined away with the line's end, a quoted-printable soft
# break (``<img alt=⏎"身份证号：&#x31;…">`` folds to ``alt"…"``), its quoted value right
# after its name: read where no attribute holds a reference (review 63's L7).
_JOINED = regex(rf"""{_NAME}(?=["']){_VALUE}""")


@lru_cache(maxsize=8)
def _tag_close(folded: str, opened: int) -> int:
    """Where the ">" of the tag that opens at ``opened`` stands (:func:`tag_end`; -1: none
    reads), read once for all the references in it."""
    tag = tag_end(folded, opened + 1)
    return -1 if tag is None else tag.end() - 1


@lru_cache(maxsize=8)
def _tag_values(folded: str, opened: int, close: int) -> tuple[_Values, _Values]:
    """The values of the tag that opens at ``opened`` and ends at ``close``, in order: read
    by :data:`ATTRIBUTE`, and by :data:`_JOINED` (asked only where the first hold none)."""
    return _values(ATTRIBUTE, folded, opened, close), _values(_JOINED, folded, opened, close)


def _values(pattern: re.Pattern[str], folded: str, start: int, end: int) -> _Values:
    """The values ``pattern`` finds from ``start`` to ``end``: span, and whether shown."""
    return tuple(
        (*found.span(found.lastindex or 0), found.group("name") in SHOWN_ATTRIBUTES)
        for found in pattern.finditer(folded, start, end)
    )


def _start(value: tuple[int, int, bool]) -> int:
    """A value's start, the key its tag's values are searched by."""
    return value[0]
