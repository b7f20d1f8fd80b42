"""What a page's source ships without showing it, read as a second reading of a field (fix127d).

A comment (``<!-- 机密★10年 -->``, ``<!--联系人 13812345678-->``), an Obsidian comment
(``%%内部资料%%``, hidden in preview) and a ``<style>``'s CSS (``content:"机密★"``, which the
page shows, and its ``/* … */`` comments) are published with the HTML: the platform stores
them, and anyone who views the source reads them.  The fold drops comments and ``<style>`` as
layout (a page shows them as nothing), so the field's own reading never sees them; mend93 had
decided to leave them so, and red team 112's M4 showed what passed: a 保密 officer would not
accept a 密级 marking or a mobile in the published HTML.  Here each such content is read apart
(blank lines between them, so nothing reads across two) by the readers of personal data, 密级
markings, internal-use markers and 公开属性 notes, and what they find that the field's own
reading has not (same rule, same place) is the field's, at the offset of the character as
written: they block with their own rules, as ``<span hidden>13812345678</span>`` does.  Ads,
links and wording in comments stay as they were (an editor's ``<!-- 广告位 -->`` places no ad).
The rest of a ``<style>`` — selectors, properties, colours (``#138123``), sizes — is layout and
is not read.

An Obsidian highlight, ``==…==``, shows its text marked and its ``==`` as nothing, so
``138==1234==5678`` shows 13812345678 and ``==机密==★10年`` shows 机密★10年: the field is also
read with the highlights' markers removed, by the same readers.

Nothing in these readings is masked (a mask in a comment's content would not cut its markup
apart), so personal data blocks, the editor told where it was read and to delete it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from govpub.compliance.fields import TextField
from govpub.compliance.folding.markup import hidden_markup
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.second_reading import add_second_reading

__all__ = ["may_ship_unshown", "read_source", "source_pieces", "unhighlighted"]

#: The rules whose findings the source's readings add: personal data, 密级 markings,
#: internal-use markers and 公开属性 notes.  Links, ads and wording have their own readings.
SOURCE_RULES = ("personal.", "secrecy.marking", "secrecy.internal", "disclosure.")
#: What an editor is told each finding is read from, and what to do instead of a mask.
_SOURCE_WHERE = "页面源代码中（注释或样式表，页面不显示但随页面发布）："
_SOURCE_REMEDY = "注释和样式表随页面源代码发布，无法自动遮盖，请删除其中的这段文字"
_HIGHLIGHT_WHERE = "页面显示的文字中（高亮标记==不显示）："
_HIGHLIGHT_REMEDY = "高亮标记夹在其中的内容无法自动遮盖，请删除高亮标记并改写这段文字"
#: What stands between two pieces read together: blank lines, which nothing reads across.
_APART = "\n\n\n"
#: How far an Obsidian comment reaches for its closing ``%%`` (as a comment's end: markup.py).
_REACH = 10_000

# the end of a comment (or a bogus one's) and its opener, as the fold reads them
_COMMENT_OPENER = regex(r"<(?:!--|!\[CDATA\[|!|\?|/)")
_COMMENT_CLOSER = regex(r"(?:--!?|\]\]|\?)?>\Z")
# a <style>'s start tag, its CSS comments and its content strings (``content:"…"``)
_STYLE_TAG = regex(r"(?i)<style[^<>]*+>")
_CSS_CONTENT = regex(r"""(?i)\bcontent\s*+:\s*+(?P<value>(?:"[^"\n]*+"|'[^'\n]*+'|[^;}"'\n]+)++)""")
_CSS_STRING = regex(r""""(?P<a>[^"\n]*+)"|'(?P<b>[^'\n]*+)'""")
# a bogus comment's start: "</" then no letter ("</ x>"; "</>" is one, empty)
_BOGUS_END_OR_STYLE = regex(r"</[^A-Za-z]|<[Ss][Tt][Yy][Ll][Ee]")
# an Obsidian comment's marker, and a highlight's
_OBSIDIAN = regex(r"%%")
_HIGHLIGHT = regex(r"==")
# what a highlight's marker may not stand next to on its text's side
_NOT_HIGHLIGHTED = frozenset(" \t\n\r\f\v\u3000=")

Piece = tuple[int, int]


def may_ship_unshown(text: str) -> bool:
    """Whether ``text`` may hold a comment (a bogus one: ``<?…>``, ``</ …>`` too), a
    ``<style>``, an Obsidian comment or a highlight (a quick look, before the spans are
    sought)."""
    if "<!" in text or "<?" in text or "%%" in text or "==" in text:
        return True
    # (one search, no lowered copy of the text: the copy cost 2 % of a 20,000-character check)
    return "<" in text and _BOGUS_END_OR_STYLE.search(text) is not None


def read_source(run: Run, spec: TextField, read: Callable[[Run, TextField], object]) -> None:
    """The field ``spec``'s comments, ``<style>`` content strings and CSS comments and Obsidian
    comments (:func:`source_pieces`), and the field with its highlights' markers removed
    (:func:`unhighlighted`), each read by ``read`` (the driver's readers of a text field): the
    findings of :data:`SOURCE_RULES` that the field's own reading did not make (same rule, same
    offset) are added to ``run``, at the offsets of the text as written."""
    if spec.remedy in {_SOURCE_REMEDY, _HIGHLIGHT_REMEDY} or not may_ship_unshown(spec.text):
        return
    known = {(f.rule, f.offset) for f in run.findings if f.field == spec.name}
    pieces = source_pieces(spec.text)
    if pieces:
        told = (_SOURCE_WHERE, _SOURCE_REMEDY)
        _read_again(run, spec, read, pieces=pieces, between=_APART, told=told, known=known)
    kept = unhighlighted(spec.text)
    if kept:
        told = (_HIGHLIGHT_WHERE, _HIGHLIGHT_REMEDY)
        _read_again(run, spec, read, pieces=kept, between="", told=told, known=known)


def _read_again(
    run: Run,
    spec: TextField,
    read: Callable[[Run, TextField], object],
    *,
    pieces: list[Piece],
    between: str,
    told: tuple[str, str],
    known: set[tuple[str, int | None]],
) -> None:
    """The ``pieces`` of ``spec``'s text (spans as written, in order), joined by ``between``,
    read by ``read``; the new findings of :data:`SOURCE_RULES` added to ``run`` with ``told``'s
    place before their message, each once (``known``: rule and offset as written)."""
    reading, written = _joined(spec.text, pieces, between)
    add_second_reading(
        run, spec, read, text=reading, written=written, rules=SOURCE_RULES, told=told, known=known
    )


def _joined(text: str, pieces: list[Piece], between: str) -> tuple[str, Callable[[int], int]]:
    """The ``pieces`` of ``text`` joined by ``between``, and the way from an offset in the
    joined text back to ``text`` (an offset in ``between`` is the piece before's last character)."""
    starts: list[int] = []
    parts: list[str] = []
    at = 0
    for start, end in pieces:
        if parts:
            parts.append(between)
            at += len(between)
        starts.append(at)
        parts.append(text[start:end])
        at += end - start

    def written(offset: int) -> int:
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        start, end = pieces[index]
        return min(start + max(offset - starts[index], 0), max(end - 1, start))

    return "".join(parts), written


def source_pieces(text: str) -> list[Piece]:
    """The spans of ``text`` that its page's source ships but the page does not show as text:
    the content of each comment and bogus comment the fold drops (:func:`hidden_markup`; Word's
    conditional comment round its document's properties is read as text already), a
    ``<style>``'s content strings and CSS comments, and each Obsidian comment's
    (:func:`_obsidian_comments`), in order."""
    pieces: list[Piece] = []
    if "<" in text:
        for start, end in hidden_markup(text):
            if text[start : start + 6].lower() == "<style":
                pieces.extend(_style_pieces(text, start, end))
            else:
                pieces.extend(_comment_piece(text, start, end))
    if "%%" in text:
        pieces.extend(_obsidian_comments(text))
    return sorted(set(pieces))


def _comment_piece(text: str, start: int, end: int) -> list[Piece]:
    """A comment's content (``<!--`` … ``-->``, ``<?`` … ``>``, ``<!`` … ``>``), if any."""
    opener = _COMMENT_OPENER.match(text, start)
    inner = start if opener is None else opener.end()
    closer = _COMMENT_CLOSER.search(text, inner, end)
    outer = end if closer is None else closer.start()
    return [(inner, outer)] if outer > inner and not text[inner:outer].isspace() else []


def _style_pieces(text: str, start: int, end: int) -> list[Piece]:
    """A ``<style>``'s CSS comments and the strings of its ``content`` declarations (which the
    page shows: ``.a::before{content:"机密★"}``); the rest of its CSS is layout."""
    tag = _STYLE_TAG.match(text, start)
    inner = start if tag is None else tag.end()
    pieces = _css_comments(text, inner, end)
    for declared in _CSS_CONTENT.finditer(text, inner, end):
        for string in _CSS_STRING.finditer(text, *declared.span("value")):
            group = "a" if string.group("a") is not None else "b"
            if string.end(group) > string.start(group):
                pieces.append(string.span(group))
    return pieces


def _css_comments(text: str, start: int, end: int) -> list[Piece]:
    """The content of each CSS comment (``/* … */``) between ``start`` and ``end``, read
    forward once (an unclosed one ends the search: a regex's lazy scan would be quadratic)."""
    pieces: list[Piece] = []
    at = text.find("/*", start, end)
    while at >= 0:
        closed = text.find("*/", at + 2, end)
        if closed < 0:
            break
        pieces.append((at + 2, closed))
        at = text.find("/*", closed + 2, end)
    return pieces


def _obsidian_comments(text: str) -> list[Piece]:
    """The content of each Obsidian comment of ``text``: from a ``%%`` to the next one (within
    :data:`_REACH` characters; one unclosed is no comment), in one pass.  A ``%%`` right after
    a digit is an escaped percent sign (``增长5%%``), which opens nothing, though it may close a
    comment: a stray one does not shift the pairing (review 134's E3, F1)."""
    marks = [m.start() for m in _OBSIDIAN.finditer(text)]
    pieces: list[Piece] = []
    index = 0
    while index + 1 < len(marks):
        start, end = marks[index] + 2, marks[index + 1]
        if end - start > _REACH or end < start or _after_a_digit(text, marks[index]):
            index += 1
            continue
        if end > start:
            pieces.append((start, end))
        index += 2
    return pieces


def _after_a_digit(text: str, at: int) -> bool:
    """Whether the character before ``at`` is an ASCII or full-width digit."""
    return at > 0 and ("0" <= text[at - 1] <= "9" or "０" <= text[at - 1] <= "９")


def unhighlighted(text: str) -> list[Piece]:
    """The spans of ``text`` left when its highlights' ``==`` markers are removed, or none when
    it holds no highlight (``138==1234==5678`` shows 13812345678)."""
    if "==" not in text:
        return []
    pieces: list[Piece] = []
    done = 0
    for start, end in _highlights(text):
        pieces.append((done, start))
        pieces.append((start + 2, end - 2))
        done = end
    if not pieces:
        return []
    pieces.append((done, len(text)))
    return [(start, end) for start, end in pieces if end > start]


def _highlights(text: str) -> list[Piece]:
    """The highlights of ``text``, markers and all: a ``==`` before a character that is no
    blank and no ``=``, to the next ``==`` after such a character on the same line, in one
    pass over the markers."""
    found: list[Piece] = []
    opened = -1
    last = 0
    for marker in _HIGHLIGHT.finditer(text):
        at = marker.start()
        if opened >= 0 and "\n" in text[last:at]:
            opened = -1  # (a highlight ends with its line)
        last = at
        if opened >= 0 and at > opened + 2 and text[at - 1] not in _NOT_HIGHLIGHTED:
            found.append((opened, at + 2))
            opened = -1
        elif opened < 0 and at + 2 < len(text) and text[at + 2] not in _NOT_HIGHLIGHTED:
            opened = at
    return found
