"""Findings about what may not be published: secrets, 公文 and notes on their use.

:mod:`.secrecy`, :mod:`.internal_notes`, :mod:`.disclosure`, :mod:`.marking_notes` and
:mod:`.document_elements` find them; this module reports them in a field:
密级标志 (``secrecy.marking``), 公开属性 notes (此件不予公开: ``disclosure.*``),
internal-use notes (内部参阅, 注意保存: ``secrecy.internal``) and the elements of a
公文's header (``secrecy.document_hint``).  The same internal markers stand in the
policy's term lists; :func:`said_of_a_thing` is the test that tells the term list's
reader (:mod:`.wording_findings`) when one is prose about a thing, not a marking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from govpub.compliance._text import LABEL_COLONS, Folded, as_quoted
from govpub.compliance.anchors import Anchors
from govpub.compliance.annex_notes import Annexes, find_annex_notes
from govpub.compliance.disclosure import find_disclosure_notes
from govpub.compliance.document_elements import find_document_hints
from govpub.compliance.field_view import FieldView
from govpub.compliance.findings import Severity
from govpub.compliance.handled_materials import (
    after_handling,
    handled_as_a_thing,
    part_of_a_word,
    records_work,
)
from govpub.compliance.internal_notes import find_internal_notes
from govpub.compliance.level_tables import listed_level
from govpub.compliance.marker_subjects import passed_on_as_prose, used_by_a_thing
from govpub.compliance.marking_examples import quoted_as_an_example
from govpub.compliance.marking_notes import find_marking_notes, quoted_as_a_word
from govpub.compliance.marking_words import a_spaced_name
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.secrecy import Hit, find_markings
from govpub.compliance.spans import Spans
from govpub.compliance.table_cells import column_header, row_at
from govpub.compliance.trade_secrets import find_trade_secret_cells, find_trade_secret_marks
from govpub.compliance.wording import Term

__all__ = [
    "INTERNAL_MESSAGE",
    "disclosure_notes",
    "document_hints",
    "internal_notes",
    "markings",
    "said_of_a_thing",
]

#: The message of an internal-use note, and of an internal marker from the term lists.
INTERNAL_MESSAGE = "含内部资料标识「{term}」，须经保密审查确认可以公开后方可发布（保密关）"

_DISCLOSURE_MESSAGES = {
    "not_public": (
        "含公开属性标注「{note}」：该文件确定为不予公开，不得在政务新媒体发布"
        "（《政府信息公开条例》第十四条至第十六条；国办发〔2016〕80号 公文公开属性认定）"
    ),
    "on_request": (
        "公开属性标注为「{note}」：该文件不属于主动公开范围，发布前请确认其公开属性已调整为"
        "主动公开（国办发〔2016〕80号 公文公开属性认定）"
    ),
}


_MARKING_MESSAGE = (
    "含密级标志「{mark}」，涉密内容不得在政务新媒体发布（保密关，泄露国家秘密为单项否决）"
)
# a 中央企业's trade-secret level (:mod:`.trade_secrets`)
_COMMERCIAL_LEVEL_MESSAGE = (
    "含商业秘密密级标志「{mark}」：该文件为企业商业秘密，不得在政务新媒体发布"
    "（《中央企业商业秘密保护暂行规定》第十三条；《政府信息公开条例》第十五条）"
)

# (a corner bracket is one of a marking's brackets: the example is named without its quotation)
_QUOTATION_MARKS = '「」『』“”‘’"＂〝〞 '


def markings(run: Run, view: FieldView) -> None:
    """密级标志 (机密★1年): what is marked secret is never published.  One quoted as a lesson's
    example (如“机密★10年”: :mod:`.marking_examples`) asks a reviewer to look, once per field."""
    spec = view.spec
    text = spec.text
    folded = view.folded.text
    found = list(find_markings(folded, filename=spec.filename))
    found += _in_cells(view, found, find_markings)
    state = len(found)
    if "商密" in folded:  # (a 商业秘密 level: :mod:`.trade_secrets`; most fields hold none)
        taken = Spans(found)
        found += [span for span in find_trade_secret_marks(folded) if not taken.overlap(*span)]
        taken = Spans(found)
        found += [span for span in find_trade_secret_cells(folded) if not taken.overlap(*span)]
    examples: list[tuple[int, str, str]] = []
    for at, (start, end) in enumerate(found):
        if at < state and listed_level(folded, start, end, run.post.title):
            continue  # (a 保密 lesson's table of the levels)
        o_start, o_end, shown = view.place(start, end)
        if not spec.filename and quoted_as_an_example(view.folded.text, start, end):
            examples.append((o_start, shown, text[o_start:o_end].strip(_QUOTATION_MARKS)))
            continue
        run.add(
            "secrecy.marking",
            "block",
            (_MARKING_MESSAGE if at < state else _COMMERCIAL_LEVEL_MESSAGE).format(
                mark=as_quoted(text[o_start:o_end])
            ),
            excerpt=shown,
            field=spec.name,
            offset=o_start,
        )
    if examples:
        o_start, shown, written = min(examples)
        count = f"（共 {len(examples)} 处）" if len(examples) > 1 else ""
        run.add(
            "secrecy.sensitive_term",
            "warn",
            f"含密级标志示例「{as_quoted(written)}」{count}，请确认是说明标注方法的举例、"
            "内容可以公开（保密关）",
            excerpt=shown,
            field=spec.name,
            offset=o_start,
        )


def _in_cells(
    view: FieldView, found: list[tuple[int, int]], finder: Callable[[str], Iterable[Hit]]
) -> list[tuple[int, int]]:
    """What ``finder`` finds in the cells of the field's GFM tables, each read as a line of
    its own (:meth:`FieldView.cells`: a page shows a cell so, as it shows an HTML ``<td>``),
    in the field's folded offsets, but for what overlaps ``found`` (the field's own)."""
    cells = view.cells()
    if cells is None:
        return []
    taken = Spans(found)
    return [
        span
        for span in cells.spans(finder(cells.folded.text))
        if span[0] < span[1] and not taken.overlap(*span)
    ]


def disclosure_notes(run: Run, view: FieldView, anchors: Anchors) -> list[tuple[int, int]]:
    """公开属性 notes (此件不予公开…); returns their folded spans."""
    folded = view.folded.text
    found = [
        note
        for note in find_disclosure_notes(folded, anchors=anchors.notes)
        if not _an_html_tables_value(folded, note[0], note[1])
        and not a_spaced_name(view.written(note[0], note[1]))  # (此件不公 Kai: a name)
    ]
    # (in a GFM table's cells, the notes that block: | 依申请公开 | stays a column's value)
    text = view.spec.text
    found += [
        (start, end, "not_public")
        for start, end in _in_cells(view, [(s, e) for s, e, _ in found], _not_public)
        if not _a_tables_value(text, view.place(start, end)[0])
    ]
    spans: list[tuple[int, int]] = []
    for start, end, kind in found:
        spans.append((start, end))
        severity: Severity = "block" if kind == "not_public" else "warn"
        _note_finding(
            run,
            view,
            (start, end),
            rule=f"disclosure.{kind}",
            severity=severity,
            message=_DISCLOSURE_MESSAGES[kind],
        )
    # (an attachment's note beside a note that says the document is 依申请公开 is read too)
    said = [(start, end) for start, end, kind in found if kind == "not_public"]
    return spans + _annex_notes(run, view, said, anchors.notes)


_ANNEX_MESSAGES = {
    "block": (
        "含公开属性标注「{note}」，其后附有附件：附件确定为不予公开，不得随文在政务新媒体发布"
        "（《政府信息公开条例》第十四条至第十六条；国办发〔2016〕80号 公文公开属性认定）"
    ),
    "warn": "含公开属性标注「{note}」：附件不予公开，请确认发布内容不含该附件（保密关）",
}


def _annex_notes(
    run: Run, view: FieldView, taken: list[tuple[int, int]], anchors: list[int]
) -> list[tuple[int, int]]:
    """Notes that a document's attachment is not for release (:mod:`.annex_notes`, read at the
    notes' ``anchors``), but in a note found ``taken`` (此件不予公开 says it all): block where an
    attachment follows in the post, else a reviewer looks; returns their spans."""
    folded = view.folded.text
    notes = Spans(taken)
    spans: list[tuple[int, int]] = []
    annexes: Annexes | None = None  # (the attachments after the first note: read once)
    for start, end in find_annex_notes(folded, anchors):
        if notes.overlap(start, end):
            continue
        spans.append((start, end))
        if annexes is None:
            annexes = Annexes(folded, end)
        severity: Severity = "block" if annexes.follow(folded, start, end) else "warn"
        rule = "disclosure.not_public" if severity == "block" else "secrecy.sensitive_term"
        _note_finding(
            run, view, (start, end), rule=rule, severity=severity, message=_ANNEX_MESSAGES[severity]
        )
    return spans


def _note_finding(
    run: Run,
    view: FieldView,
    span: tuple[int, int],
    *,
    rule: str,
    severity: Severity,
    message: str,
) -> None:
    """A finding of ``rule`` on the note at the folded ``span``, ``message`` naming it as
    the editor wrote it (its ``{note}``)."""
    o_start, o_end, shown = view.place(*span)
    run.add(
        rule,
        severity,
        message.format(note=as_quoted(view.spec.text[o_start:o_end])),
        excerpt=shown,
        field=view.spec.name,
        offset=o_start,
    )


def _not_public(folded: str) -> Iterator[Hit]:
    """The spans of the notes that say a text is not for release (``not_public``)."""
    for start, end, kind in find_disclosure_notes(folded):
        if kind == "not_public":
            yield start, end


# What a row's cell before a bare verdict names when the verdict is the document's own note
_NOTE_LABELS = frozenset(
    {"备注", "附注", "注", "说明", "公开", "是否公开", "公开情况"}
    | {"此件", "本件", "该件", "本文", "此文件", "本文件"}
)
_CELL_REACH = 200  # how far a cell's bars are looked for (a cell is short; a row may be long)
# A column whose header names a 公开 attribute or a distribution: 内部公开, 内部发行 are its values
_PUBLIC_COLUMN = ("公开", "发行", "属性", "方式", "形式")


def _a_tables_value(text: str, at: int) -> bool:
    """Whether the cell note written at ``at`` is a table's value, not a document's note about
    itself: a bare verdict (不予公开, 不公开, 非公开) alone in its cell, in a row of other cells and
    not after a note's label — a 政府信息公开年报's count row (``| 不予公开 | 12 |``), a 指南's rule
    (涉及国家秘密的, then 不予公开), a reply's or a catalogue's column; or 内部公开, 内部发行 alone
    in a column whose header names the attribute (a 公开目录's 公开形式, a catalogue's 发行: red
    team 86).  此件不予公开 or 主动公开：否 in a cell, ``| 备注 | 不予公开 |``, ``| 此件 | 内部公开
    |`` and a row of one cell are notes; a 公开方式 field is read in its row.  Fix 117, reviews
    43–45 (fixes 120, 122–124).  Each look is bounded: a long row of notes reads in linear time."""
    if not text.startswith(_BARE_VERDICTS, at):
        return False
    bar = text.rfind("|", max(0, at - _CELL_REACH), at)
    if bar == -1 or "\n" in text[bar:at] or text[bar + 1 : at].strip(" \t*_"):
        return False  # (words before the verdict in its cell)
    previous = _neighbour(text, text.rfind("|", max(0, bar - _CELL_REACH), bar), bar)
    close = text.find("|", at, at + _CELL_REACH)
    following = "" if close == -1 else _neighbour(text, close, text.find("|", close + 1))
    # (the header over the cell after the bar)
    return _a_rows_value(text, at, previous, following, lambda: column_header(text, bar + 1))


# what a bare verdict alone in a cell starts with (依申请公开: an HTML cell's; a GFM cell's is
# never read as a note)
_BARE_VERDICTS = ("不", "非", "内部", "依申请")


def _a_rows_value(
    text: str, at: int, previous: str, following: str, header: Callable[[], str | None]
) -> bool:
    """:func:`_a_tables_value`'s verdict on the bare verdict at ``at``, its row's cells before
    and after its own (stripped; ``""`` when none) and the header over it read on demand."""
    if not previous and not following:
        return False  # (a row of one cell: a line of its own)
    if previous.rstrip(LABEL_COLONS) in _NOTE_LABELS:
        return False
    if not text.startswith("内部", at):
        return True
    said = header()
    return said is not None and any(word in said for word in _PUBLIC_COLUMN)


_HTML_CELL_BEFORE = regex(r"<t[dh]\b[^<>]{0,200}>[ \t*_]*$")
_HTML_CELL_AFTER = regex(r"[ \t*_]*</t[dh]>")


def _an_html_tables_value(folded: str, start: int, end: int) -> bool:
    """Whether the note ``folded[start:end]`` is a bare verdict alone in an HTML table's cell
    that is the table's value, as the same cell of a GFM table is (:func:`_a_tables_value`):
    ``<td>依申请公开</td>`` in a 指南's row, ``<td>不予公开</td><td>12</td>`` in a 年报's
    (red team 86).  ``<td>此件不予公开</td>``, ``<td>不予公开。</td>`` and a row of one cell stay
    notes."""
    if (
        not folded.startswith(_BARE_VERDICTS, start)
        or "<t" not in folded[max(0, start - 20) : start]
    ):
        return False
    if _HTML_CELL_BEFORE.search(folded, max(0, start - _CELL_REACH), start) is None:
        return False
    if _HTML_CELL_AFTER.match(folded, end) is None or folded[end - 1] in "。.":
        return False  # (<td>不予公开。</td>: a sentence of its own, a note — red team 84)
    row = row_at(folded, start)
    if row is None or not 0 <= row.column < len(row.cells):
        return False
    previous = row.cells[row.column - 1] if row.column > 0 else ""
    following = row.cells[row.column + 1] if row.column + 1 < len(row.cells) else ""
    return _a_rows_value(
        folded,
        start,
        previous.strip(" \t*_"),
        following.strip(" \t*_"),
        lambda: column_header(folded, start),
    )


def _neighbour(text: str, opening: int, closing: int) -> str:
    """The cell between the bars at ``opening`` and ``closing`` on one line, stripped (``""``
    when either is missing or the cell is longer than a cell is looked for)."""
    if opening == -1 or closing == -1 or closing - opening > _CELL_REACH:
        return ""
    cell = text[opening + 1 : closing]
    return "" if "\n" in cell else cell.strip(" \t*_")


def internal_notes(
    run: Run, view: FieldView, anchors: Anchors, notes: list[tuple[int, int]]
) -> Spans:
    """Internal-use notes and phrases (注意保存 as a note, 内部参阅, 征求意见稿，请勿扩散);
    returns their folded spans.  A phrase inside a 公开属性 note is that note's finding
    (【此件不予公开，注意保存】 reads 注意保存 as well, as before)."""
    folded = view.folded.text
    disclosed = Spans(notes)
    phrases = [
        (s, e)
        for s, e in find_marking_notes(
            folded, anchors.marks, filename=view.spec.filename, gaps=view.folded.removals
        )
        if not disclosed.overlap(s, e) and not _a_handling_rule(folded, s)
    ]
    taken = Spans(phrases)
    found = phrases + [(s, e) for s, e in find_internal_notes(folded) if not taken.overlap(s, e)]
    cells = [
        span
        for span in _in_cells(view, [*found, *notes], _cell_notes)
        if not _a_handling_rule(folded, span[0])
    ]
    if cells:  # (a cell's phrase is a phrase: the term lists leave it to this finding)
        found += cells
        taken = Spans(phrases + cells)
    for start, end in found:
        o_start, o_end, shown = view.place(start, end)
        run.add(
            "secrecy.internal",
            "block",
            INTERNAL_MESSAGE.format(term=view.spec.text[o_start:o_end]),
            excerpt=shown,
            field=view.spec.name,
            offset=o_start,
        )
    return taken


# a cell that names what is done to a kind of internal material (借阅 内部资料, 复印内部文件)
_HANDLED_KIND = regex(r"[ \t*_]*(.{1,8}?)(内部(?:学习|培训|交流)?(?:资料|材料|文件|参考))[ \t*_]*")


def _a_handling_rule(folded: str, start: int) -> bool:
    """Whether the cell note at ``start`` (``| 借阅 内部资料 | 不得外借 |``) is a rules table's
    value: the cell before it names what is done to a kind of internal material, as a
    library's or an archive's 借阅 rules do; the row reads as the sentence 借阅内部资料，不得
    外借, prose about the category (:func:`.handled_materials.after_handling`), not a note on
    the post.
    A marker alone in a cell (``| 通知 | 内部资料 |``) is no such rule (red team 86)."""
    row = row_at(folded, start)
    if row is None or not 0 < row.column < len(row.cells):
        return False
    kind = _HANDLED_KIND.fullmatch(row.cells[row.column - 1])
    return (
        kind is not None
        and not any(only in kind.group(1) for only in "仅只限")  # (仅供查阅 内部资料: a note's)
        and after_handling(kind.group(0), kind.start(2))
    )


def _cell_notes(folded: str) -> Iterator[Hit]:
    """Internal-use phrases and notes in a text of its own (a table's cells, one a line)."""
    phrases = list(find_marking_notes(folded))
    taken = Spans(phrases)
    yield from phrases
    yield from ((s, e) for s, e in find_internal_notes(folded) if not taken.overlap(s, e))


def document_hints(run: Run, view: FieldView) -> None:
    """What betrays a pasted 公文 (:mod:`.document_elements`: a 份号, 抄送, 印发机关和印发日期…)
    in a field that can hold one (``TextField.header``): the editor confirms."""
    spec = view.spec
    for start, end, element in find_document_hints(view.folded.text):
        o_start, _, shown = view.place(start, end)
        run.add(
            "secrecy.document_hint",
            "warn",
            f"疑似公文{element}，请确认不是内部公文原件（未公开的公文不得在政务新媒体发布）",
            excerpt=shown,
            field=spec.name,
            offset=o_start,
        )


def said_of_a_thing(folded: Folded, start: int, end: int, term: Term, *, title: str) -> bool:
    """Whether an internal marker is prose about a thing: its inside (电池内部材料), a thing
    that is used (该系统仅限内部使用), a kind of record that is kept (内部资料归档), what must
    not be passed on (严禁外传谣言, 个人信息不得外传; a 考务 rule unless the post's ``title``
    names an exam's paper) or the word quoted (标有“内部资料”字样), not a marking on the text."""
    text = folded.text
    return (
        part_of_a_word(text, start, term.term)
        or (term.term == "内部使用" and used_by_a_thing(text, start))
        or records_work(text, start, term.term)
        or handled_as_a_thing(text, start, term.term, folded.removals)
        or passed_on_as_prose(
            text, start, end, term.term, joined=_joined_after(folded, end), title=title
        )
        or quoted_as_a_word(text, start, end)
    )


def _joined_after(folded: Folded, end: int) -> bool:
    """Whether the fold closed a gap right after ``end`` (a separator, a line break: 不得外-传⏎
    请遵照执行 reads 不得外传请遵照执行): what follows was not written as the same phrase."""
    return (
        not folded.identity
        and 0 < end < len(folded.text)
        and folded.original(end) - folded.original(end - 1) > 1
    )
