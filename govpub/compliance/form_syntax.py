"""A form export's fields, read as a label and its value: a 公开属性 note written as data.

An editor who pastes what a 政务服务 system or a document register exports pastes its syntax
with it: a JSON object (``{"公开属性":"不予公开"}``, ``{"remark":"此件不公开"}``), a form string
(``公开属性=不予公开&title=…``, ``note=此件不公开``), a line of an ASCII key and a colon
(``gkxs：此件不公开``), or a table written as comma- or bar-separated lines with its header on
the first (``标题,公开属性⏎关于…的通知,不予公开``, the full-width ``｜`` folded to ``|``).  The
notes of :mod:`.disclosure` read ``公开属性：…`` and a note on a line of its own; here the same
notes are read where the syntax stands between the label and the value (red team 101's
``note-in-form-value`` and ``disclosure-field-form-syntax``).

Each value is judged as :mod:`.disclosure` judges the field written plainly: under a label that
names the attribute (公开属性, 公开方式, 是否公开…, the pinyin keys ``gksx``, ``gkxs``, ``gkfs``,
``sfgk``) or a note (备注, 附注, ``remark``, ``note``, ``bz``) as ``公开属性：<value>`` or
``备注：<value>`` (a bare verdict under 备注 is a value, as fix 120 decided for a Markdown
cell); under any other label as a line of its own, and then only when it does not start with a
bare verdict (``{"result":"不予公开"}``, an application's reply, is no note about the post;
``{"title":"此件不公开"}`` is).  So ``{"remark":"依法不予公开的情形"}`` stays prose,
``公开属性=主动公开`` stays clean, and a header that lists the options (``公开属性（主动公开/依申请
公开/不予公开）``) is a label, never a value: the value below it is what is chosen.  A column is
read only after the first (a document register names the document first; a 年报's count table,
``公开属性,件数⏎不予公开,12``, has the verdict as its row's name), and not in a guide's row
(``涉及国家秘密的,不予公开``) nor for 内部公开 or 依申请公开 (a 公开目录's item).  A Markdown
table is not read here: its bare verdicts stay a table's values (review 43, fix 120); tab
pastes are not read either (the fold closes a tab between ideographs).

The pair readers read only a window around each anchor of a note that
:func:`.disclosure.find_disclosure_notes` read (a value that is a note holds one), the column
reader only when such a window holds a separator, each then one pass over the text's lines;
every value bounded in length: linear, and a post of links pays next to nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

from govpub.compliance.holds import holds, occurrences
from govpub.compliance.plain_tables import Span, cell_starts, line_at, rows_below
from govpub.compliance.regex_cache import regex

__all__ = ["FormField", "form_fields", "form_notes"]

K = TypeVar("K")


class FormField(NamedTuple):
    """A label (a key, a header cell) and where its value stands in the folded text."""

    label: str
    start: int
    end: int
    row_head: str | None = None  # a table's cell: its row's first cell


# (a value is short: a note is; a longer one is a paragraph, read by the notes' own readers)
_VALUE_MOST = 80
_QUOTE_OPEN = '"＂“'
_QUOTE_CLOSE = '"＂”'
# "key":"value" (straight, full-width or curly quotation marks; the fold keeps them)
_JSON_PAIR = regex(
    rf"[{_QUOTE_OPEN}](?P<key>[^{_QUOTE_CLOSE}\n]{{1,40}})[{_QUOTE_CLOSE}]\s*[:：]\s*"
    rf"[{_QUOTE_OPEN}](?P<value>[^{_QUOTE_CLOSE}\n]{{1,{_VALUE_MOST}}})[{_QUOTE_CLOSE}]"
)
# key=value in a form string: after its start, a "&", a "?", a blank or a label's colon
_QUERY_PAIR = regex(
    r"(?:(?m:^)|(?<=[&?\s:：]))(?P<key>[A-Za-z_][\w.]{0,30}|[\u4e00-\u9fff]{2,12})[ \t]*="
    rf"[ \t]*(?P<value>[^&=\n]{{1,{_VALUE_MOST}}})"
)
# an ASCII key and a colon opening a line: "gkxs：此件不公开", "remark: 此件不公开"
_ASCII_KEY_LINE = regex(
    rf"(?m:^)[ \t]*(?P<key>[A-Za-z_]\w{{0,30}})[ \t]*[:：][ \t]*"
    rf"(?P<value>[^\n]{{1,{_VALUE_MOST}}})(?m:$)"
)
# The attribute's names (as :mod:`.disclosure` reads them) and a form's yes/no field
_ATTRIBUTE = regex(
    r"(?:政府信息|信息)?公开(?:属性|方式|类型|形式|选项|类别|范围)|是否(?:主动)?公开"
)
_NOTE_LABELS = ("备注", "附注")
# The ASCII keys of export formats: pinyin initials and English names
_ASCII_LABELS = {
    "gksx": "公开属性",
    "gkxs": "公开形式",
    "gkfs": "公开方式",
    "gklx": "公开类型",
    "gkfw": "公开范围",
    "sfgk": "是否公开",
    "remark": "备注",
    "remarks": "备注",
    "note": "备注",
    "notes": "备注",
    "memo": "备注",
    "bz": "备注",
    "beizhu": "备注",
}
# What a note's value holds (the anchors of :mod:`.disclosure`), or 否 under 是否公开
_NOTE_WORDS = ("公开", "上网", "网站", "发布", "公布", "对外", "发至", "发行")
# A bare verdict: a note only under a label that says what it is
_BARE = ("不", "非", "内部", "依申请", "免", "暂缓", "仅", "限")
_SEPARATORS = (",", "|", "，", ";", "；")
# Separators prose writes too: under them a cell is a verdict that fills it (a "，" table typed by
# hand; a ";" CSV, Excel's in the locales whose decimal mark is a comma, review 76's L6 — and
# the fold's ";" of a "；" between clauses; and "；" as WPS and a typist write it, review 78's
# L11)
_PROSE_SEPARATORS = ("，", ";", "；")
# Separators typed by hand, whose header cells are short labels
_TYPED_SEPARATORS = ("，", "；")
# The names a "；" table's first column goes by: prose parts its clauses with "；"
# ("我们认为；公开属性⏎应当依法确定；不予公开"), a table typed so names its rows' column
# ("标题；公开属性": review 78's L11)
_ROW_HEADERS = frozenset(
    [
        "标题",
        "名称",
        "文件名称",
        "文件标题",
        "信息名称",
        "信息标题",
        "题名",
        "序号",
        "文号",
        "发文字号",
        # (and the other names a catalogue gives the column: review 80's L5)
        "文件",
        "文件名",
        "题目",
        "标题名称",
        "信息",
    ]
)
# Separators whose cells may be quoted the RFC 4180 way (Excel quotes under ";" as under ",")
_QUOTED_SEPARATORS = (",", ";")
# A CSV field's quotation mark (RFC 4180: a field may be quoted, "" inside it is one ")
_QUOTE = '"'


def form_fields(folded: str, anchors: Sequence[int]) -> Iterator[FormField]:
    """The label-and-value pairs of a form export's syntax in ``folded``: JSON pairs, form
    strings, ASCII-keyed lines and the columns of comma- or bar-separated tables."""
    # (the pair readers read only around the words a note's value holds: a post's links
    # hold many "key=value" pairs, and a note none of them)
    windows = list(_windows(folded, anchors))
    for lo, hi in windows:
        window = folded[lo:hi]
        for pattern, syntax in _PAIR_READERS:
            if not syntax.isdisjoint(window):
                for match in pattern.finditer(folded, lo, hi):
                    yield FormField(match.group("key"), *match.span("value"))
    if any(sep in folded[lo:hi] for lo, hi in windows for sep in _SEPARATORS):
        yield from _column_fields(folded)  # (a note's words on a line with a separator)


def form_notes(
    folded: str,
    anchors: Sequence[int],
    found: Iterable[tuple[int, int, K]],
    judge: Callable[[str], Iterable[tuple[int, int, K]]],
) -> Iterator[tuple[int, int, K]]:
    """The notes that a form's values are, ``judge`` (:func:`.disclosure.find_disclosure_notes`)
    reading each as the field written plainly; none overlapping ``found`` (read already) or
    one another."""
    if not anchors and not holds(folded, "sfgk"):
        return  # (every note holds an anchor; a yes/no field's pinyin key, 否 only)
    judged = _remembered(judge)
    notes = sorted(
        (
            note
            for field in form_fields(folded, anchors)
            for note in _value_notes(folded, field, judged)
        ),
        key=lambda note: note[:2],
    )
    # (both in the text's order: one walk keeps what overlaps neither, linear)
    read = sorted((start, end) for start, end, _ in found)
    at, kept_end = 0, -1
    for start, end, kind in notes:
        while at < len(read) and read[at][1] <= start:
            at += 1
        if start < kept_end or (at < len(read) and read[at][0] < end):
            continue
        kept_end = end
        yield start, end, kind


def _remembered(
    judge: Callable[[str], Iterable[tuple[int, int, K]]],
) -> Callable[[str], list[tuple[int, int, K]]]:
    """``judge`` reading each distinct text once: a table's column holds a few values over
    thousands of rows (``主动公开``, ``不予公开``), each judged as a text of its own, which cost
    a 10,000-row table half a second (review 76's S2)."""
    memo: dict[str, list[tuple[int, int, K]]] = {}

    def judged(text: str) -> list[tuple[int, int, K]]:
        notes = memo.get(text)
        if notes is None:
            notes = memo[text] = list(judge(text))
        return notes

    return judged


def _value_notes(
    folded: str, field: FormField, judge: Callable[[str], Iterable[tuple[int, int, K]]]
) -> Iterator[tuple[int, int, K]]:
    """The notes ``field``'s value is, in folded offsets (the value's own span at most)."""
    value = folded[field.start : field.end]
    stripped = value.strip(" \t\r")
    label = _label(field.label)
    if not stripped or not (
        any(word in value for word in _NOTE_WORDS) or (label or "").startswith("是否")
    ):
        return
    # (under a label, as the field written plainly; and, if no bare verdict, as a line of its
    # own: "gkxs：此件不公开" is a note with 此件, which no field's value starts with)
    if field.row_head is not None and (
        _a_guides_value(field.row_head, stripped) or _label(stripped) is not None
    ):
        return  # (a guide's value; or a label: the header again, as a pasted table repeats it)
    # (a bare verdict is a note under the attribute's name only: under 备注 it is a table's or
    # a form's value, as ``| 通知 | 不予公开。 |`` under 备注 is — fix 120, review 43)
    bare = stripped.startswith(_BARE)
    prefixes = [] if label is None or (bare and label == "备注") else [f"{label}："]
    if not bare:
        prefixes.append("")
    for prefix in prefixes:
        notes = [note for note in judge(prefix + value) if note[1] > len(prefix)]
        for start, end, kind in notes:
            yield (
                field.start + max(0, start - len(prefix)),
                field.start + end - len(prefix),
                kind,
            )
        if notes:
            return


def _label(key: str) -> str | None:
    """What ``key`` names, as :mod:`.disclosure` reads a field's name: the attribute (also in
    a header listing its options, ``公开属性（主动公开/…）``), a note's label, or ``None``."""
    key = key.strip(" \t*_\r" + _QUOTE)
    named = _ATTRIBUTE.match(key)
    if named is not None and _only_options(key[named.end() :]):
        return named.group()
    if key.startswith(_NOTE_LABELS) and _only_options(key[2:]):
        return "备注"
    return _ASCII_LABELS.get(key.lower())


def _only_options(rest: str) -> bool:
    """Whether ``rest``, after a label's name, is nothing, a bracket (its options, its
    English) or the label's colon: ``公开属性（主动公开/…）`` and ``公开属性：`` (a form's label
    pasted as a header cell, review 72's L3) are the label, ``备注栏请填写…`` a sentence."""
    return not rest or rest[0] in "（(【[〔" or rest in ("：", ":")


def _column_fields(folded: str) -> Iterator[FormField]:
    """The cells, after a row's first, of tables written as comma- or bar-separated lines
    under a header line (:mod:`.plain_tables`), each with the header cell over it (not a
    Markdown table's: a leading bar).  Only tables whose header names a label of
    :func:`_label` are read, found by one search for the labels' words: most texts cost that
    search alone; each line is then read once, as a row or as a header."""
    at = _first_label_line(folded)
    while 0 <= at <= len(folded):
        line = line_at(folded, at)
        header = _header(folded[line.start : line.end])
        at = line.end + 1
        if header is None:  # (no table: on to the next line that names a label)
            at = _first_label_line(folded, at)
            continue
        separator = _separator(folded[line.start : line.end])
        # (what the header says, read once for all its rows: review 76's S2)
        labels = [None] + [_label(cell) for cell in header[1:]]
        guide = header[0].strip(" \t\r*_" + _QUOTE).rstrip("：:") in _CATEGORY_HEADERS
        spans: dict[int, list[tuple[int, int]]] = {}
        for row in rows_below(folded, at, _a_row(folded, separator, len(header), spans)):
            if not guide:
                yield from _row_fields(folded, spans.pop(row.start), separator, header, labels)
            at = row.end + 1


def _a_row(
    folded: str, separator: str, cells: int, spans: dict[int, list[tuple[int, int]]]
) -> Callable[[int, int], bool]:
    """Whether a line (its start and end) is a row of a table with ``cells`` cells: as many,
    and not blank; its cells' spans kept in ``spans`` by its start (each row split once)."""

    def a_row(start: int, end: int) -> bool:
        cells_spans = spans[start] = _cell_spans(folded, Span(start, end), separator)
        return len(cells_spans) == cells and bool(folded[start:end].strip())

    return a_row


def _separator(line: str) -> str:
    """The separator of a header line: a bar if it holds one, else a comma; a semicolon in a
    line with no comma (``标题;公开属性``: Excel's CSV in many locales, review 76's L6); a
    full-width comma in a line with neither (``标题，公开属性``: a table typed by hand, review
    72's L5)."""
    if "|" in line:
        return "|"
    if "," in line:
        return ","
    if ";" in line:
        return ";"
    if "；" in line:
        return "；"
    return "，" if "，" in line else ","


def _header(line: str) -> list[str] | None:
    """A header line's cells, if it is one that names a label (not a Markdown row: its
    header is :func:`.table_cells.column_header`'s to read)."""
    if not any(sep in line for sep in _SEPARATORS) or len(line) > 400:
        return None
    if line.lstrip(" \t>").startswith("|"):
        return None
    separator = _separator(line)
    cells = [line[start:end] for start, end in _cell_spans(line, Span(0, len(line)), separator)]
    # (a sentence with a comma: "请填写姓名,备注栏填写…" heads no table; typed with "，", each
    # cell is a short label, for prose runs on in "，"-parted clauses)
    most = _HEADER_CELL_MOST if separator not in _TYPED_SEPARATORS else _TYPED_HEADER_CELL_MOST
    if "。" in line or any(len(cell.strip()) > most for cell in cells):
        return None
    if separator == "；" and cells[0].strip(" \t\r*_") not in _ROW_HEADERS:
        return None  # (clauses, not a table)
    return cells if any(_label(cell) is not None for cell in cells[1:]) else None


_HEADER_CELL_MOST = 30  # a header cell is a label (one listing its options included)
_TYPED_HEADER_CELL_MOST = 12  # (a "，" table's: 公开属性（主动公开/不予公开）at most)
_TYPED_VALUE_MOST = 6  # a "，" table's verdict fills its cell: 不予公开, 依申请公开


def _cell_spans(folded: str, row: Span, separator: str) -> list[tuple[int, int]]:
    """The cells of ``row`` as spans, a CSV field quoted the RFC 4180 way read inside its
    quotation marks (``"关于…的通知","不予公开"``, as Excel and WPS export: review 72's L2),
    a separator inside them none; a row with no quotation mark is split at each separator.
    One walk of the row."""
    starts = list(cell_starts(folded, row, separator))
    if separator not in _QUOTED_SEPARATORS or _QUOTE not in folded[row.start : row.end]:
        ends = [start - 1 for start in starts[1:]] + [row.end]
        return list(zip(starts, ends, strict=True))
    spans: list[tuple[int, int]] = []
    at = row.start
    while True:
        lead = at
        while lead < row.end and folded[lead] in " \t":
            lead += 1
        close = _closing_quote(folded, lead, row.end) if folded[lead : lead + 1] == _QUOTE else -1
        after = close + 1 if close != -1 else at
        end = folded.find(separator, after, row.end)
        end = row.end if end == -1 else end
        unquoted = close != -1 and not folded[after:end].strip(" \t\r")
        spans.append((lead + 1, close) if unquoted else (at, end))
        if end == row.end:
            return spans
        at = end + 1


def _closing_quote(folded: str, opening: int, end: int) -> int:
    """Where the quotation mark that closes the field opened at ``opening`` stands (a doubled
    one, ``""``, is a quotation mark inside it), or -1 when none does before ``end``."""
    at = folded.find(_QUOTE, opening + 1, end)
    while at != -1 and folded[at + 1 : at + 2] == _QUOTE and at + 1 < end:
        at = folded.find(_QUOTE, at + 2, end)
    return at


def _row_fields(
    folded: str,
    spans: list[tuple[int, int]],
    separator: str,
    header: list[str],
    labels: list[str | None],
) -> Iterator[FormField]:
    """The cells after the first of a row (its cells' ``spans``), each under its header cell
    (what it names in ``labels``; a guide's table of categories, :data:`_CATEGORY_HEADERS`,
    is read by none)."""
    head = folded[spans[0][0] : spans[0][1]].strip()
    for column in range(1, len(spans)):
        start, end = spans[column]
        if labels[column] is None or (
            separator in _PROSE_SEPARATORS and len(folded[start:end].strip()) > _TYPED_VALUE_MOST
        ):
            continue  # (under "，" or ";", a clause: "应当依法确定，不予公开的要说明" is prose)
        yield FormField(header[column], start, end, head)


def _a_guides_value(row_head: str, value: str) -> bool:
    """Whether a table's cell is a value of a guide or a catalogue, as a Markdown table's
    is (:func:`.secrecy_findings._a_tables_value`): the row names a kind of information
    (``涉及国家秘密的,不予公开``: fix 117; ``国家秘密,不予公开``: review 76's F1), or the value is
    内部公开 or 依申请公开 — an item's way of release in a 公开目录 (red team 86, fix 123), no
    note that keeps the post back."""
    return (
        row_head.endswith("的")
        or row_head.strip(_QUOTE) in _CATEGORIES
        or value.startswith(("内部", "依申请"))
    )


# A guide's table of categories (a 政府信息公开指南's or 年度报告's: 信息类别，公开属性⏎国家秘密，
# 不予公开): its first column names kinds of information, no document — its verdicts say what
# the 条例 withholds (第十四、十五、十六条), no note that keeps a post back (review 76's F1)
_CATEGORY_HEADERS = frozenset(
    [
        "信息类别",
        "信息类型",
        "信息种类",
        "类别",
        "类型",
        "种类",
        "分类",
        "情形",
        "项目",
        "事项",
        "范围",
    ]
)
_CATEGORIES = frozenset(
    [
        "国家秘密",
        "商业秘密",
        "工作秘密",
        "个人隐私",
        "内部事务信息",
        "过程性信息",
        "行政执法案卷信息",
    ]
)


_LABEL_WORDS = regex(r"公开(?:属性|方式|类型|形式|选项|类别|范围)|是否(?:主动)?公开|备注|附注")


def _first_label_line(folded: str, at: int = 0) -> int:
    """Where the first line at or after ``at`` that names a label starts (-1: none)."""
    found = _LABEL_WORDS.search(folded, at)
    return -1 if found is None else folded.rfind("\n", 0, found.start()) + 1


# each pair reader with the characters its syntax holds, one of which a window must hold (a
# set: a window's characters each looked up once, not the 53 letters each looked for in it)
_PAIR_READERS = (
    (_JSON_PAIR, frozenset('"＂”')),
    (_QUERY_PAIR, frozenset("=")),
    (_ASCII_KEY_LINE, frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")),
)
_WINDOW = 130  # a pair's key, its syntax and its value: at most 40 + 8 + 80 characters


def _windows(folded: str, anchors: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Spans of ``folded`` around each anchor of a note (:func:`.disclosure.find_disclosure_notes`
    passes those it read; and a yes/no field's pinyin key), on its line, ``_WINDOW`` either side,
    not overlapping."""
    starts = sorted([*anchors, *occurrences(folded, "sfgk")])
    done = 0
    for at in starts:
        if at < done:
            continue
        lo = max(done, at - _WINDOW, folded.rfind("\n", max(0, at - _WINDOW), at) + 1)
        line_end = folded.find("\n", at, at + _WINDOW)
        hi = min(at + _WINDOW, len(folded)) if line_end == -1 else line_end
        yield lo, hi
        done = hi
