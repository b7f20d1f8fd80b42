"""A field read again as the page shows it, where it hides characters inside a word (fix103e).

``158<span style="display:none">x</span>57083934`` is stored with an ``x`` in the number,
and the fold keeps the hidden element's content (it is in the published HTML: crawlers and
screen readers read it), so the field's reading sees ``158x57083934`` — no mobile — while the
reader sees ``15857083934``; ``机<span style="font-size:0">x</span>密★10年`` shows 机密★10年
(red team 98's ``css-hidden-junk``).  Links are judged so already (an address with hidden
content in it is read also as the reader sees and copies it: ``link_findings._worse_reading``);
here the field's text with every element the page does not show removed
(:func:`~.folding.hidden_elements.unshown_elements`, the one reader of hiding: ``display:none``,
``hidden``, ``visibility:hidden``, ``font-size:0``, ``opacity:0``, ``color:transparent``, …)
is read by the readers of personal data, 密级 markings, internal-use markers, 公开属性
notes and wording (the term lists, forced engagement, sales talk: review 77's L9), and what
they find that the field's own reading has not (same rule, same place) is the field's, at
the offset of the character the page shows where the finding's reading starts.

The field's own reading stays as it is: ``<span style="display:none">13812345678</span>``
still blocks, for hidden data is still published; this reading only adds what the shown
text alone holds.  Nothing in it is masked (a mask over the shown characters would cut the
hidden element's tags apart), so personal data blocks, its excerpt masked as the shown
text's reading masked it.  As :func:`.check._reversed_text` reads a run shown reversed.
"""

from __future__ import annotations

from collections.abc import Callable

from govpub.compliance.bidi_styles import screen_only, style_rules
from govpub.compliance.fields import TextField
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.folding.element_tags import element_tags
from govpub.compliance.folding.folded import back_to_written
from govpub.compliance.folding.hidden_elements import (
    HidingSheet,
    clear_colour,
    declared_at,
    hiding_sheet,
    shown_again_by,
    unshown_elements,
    zero_length,
)
from govpub.compliance.folding.verbatim import in_code
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.second_reading import add_second_reading

__all__ = ["read_as_shown"]

#: The rules whose findings the shown text adds: personal data, 密级 markings, internal-use
#: markers, 公开属性 notes, and the wording the term lists, forced engagement and sales talk
#: read (``扫码<span hidden>x</span>领红包`` shows 扫码领红包: review 77's L9; the fold keeps a
#: hidden element's content, so the field's own reading sees 扫码x领红包).  Links have their
#: own reading.
SHOWN_RULES = (
    *("personal.", "secrecy.marking", "secrecy.internal", "secrecy.sensitive_term"),
    *("disclosure.", "ad.wording", "wording."),
)
#: What an editor is told each finding is read from.
_WHERE = "页面显示的文字中（隐藏的元素不显示）："
#: What an editor does instead of a mask (and what tells the shown text's own reading apart).
_REMEDY = "隐藏的元素夹在其中的内容无法自动遮盖，请删除隐藏的元素并改写这段文字"


def read_as_shown(run: Run, spec: TextField, read: Callable[[Run, TextField], object]) -> None:
    """What the field ``spec`` shows with its hidden elements removed, read by ``read`` (the
    driver's readers of these rules' families over a text field): the findings of
    :data:`SHOWN_RULES` that the field's own reading did not make (same rule, same offset)
    are added to ``run``, at the offsets of the text as written.  A field with no hidden
    element (most: the driver asks :func:`~.folding.hidden_elements.may_hide` first) reads
    nothing again, and the shown text is read once, not again for what it hides in turn."""
    if spec.remedy == _REMEDY:
        return
    hidden = _hidden_on_page(spec.text)
    if not hidden:
        return
    shown, written = _shown(spec.text, hidden)
    known = {(f.rule, f.offset) for f in run.findings if f.field == spec.name}
    add_second_reading(
        run,
        spec,
        read,
        text=shown,
        written=written,
        rules=SHOWN_RULES,
        told=(_WHERE, _REMEDY),
        known=known,
    )


def _hidden_on_page(text: str) -> list[tuple[int, int]]:
    """The elements of ``text`` the page does not show (:func:`unshown_elements`), but those
    in Markdown code: a code span or block prints their tags as written, content and all
    (a code span of ``138<span hidden>x</span>12345678`` shows no number), as the override elements
    in code are none (:func:`.bidi_elements.override_elements`)."""
    spans = unshown_elements(text)
    if not spans:
        return spans
    sheet, sheet_shows = hiding_sheet(text), _sheet_shows(text)
    hidden = [span for span in spans if not _may_show(text, *span, sheet, sheet_shows)]
    if not hidden:
        return hidden
    printed = in_code(text, [start for start, _ in hidden])
    return [span for span in hidden if span[0] not in printed]


def _may_show(
    text: str, start: int, end: int, sheet: HidingSheet | None, sheet_shows: frozenset[str]
) -> bool:
    """Whether a page may show some of a hidden element after all, so that its removal would
    join characters no reader sees together (review 73): an element inside it that shows
    itself again by the very property that hides it (an editor's ``font-size:0`` wrapper
    round spans of 16px, a ``visibility:visible`` child, a coloured child of a transparent
    parent: :func:`~.folding.hidden_elements.shown_again_by`) or a ``<style>`` rule that may
    (review 77's F3).  (A start tag's second ``style`` is none, a page keeps the first, and a
    ``hidden`` attribute that a ``display`` overrides hides nothing: both read by the one
    reader of hiding, review 77's L7 and F6.)  Such an element is left
    as written in this reading (the blocking side stays the field's own reading, which keeps
    its content); one that hides otherwise (``display:none``, ``hidden``, ``opacity:0``…)
    shows nothing inside it, whatever its children's styles (review 77's L1).  ``sheet``: the
    text's hiding rules (:func:`~.folding.hidden_elements.hiding_sheet`), ``sheet_shows`` what
    its rules may show again (:func:`_sheet_shows`), each read once for all its elements."""
    opening_end = next(element_tags(text, start)).end()  # (a ">" in a value ends no tag)
    opening = text[start:opening_end].lower()
    undone = shown_again_by(opening, declared_at(text, start, sheet))
    if not undone:
        return False
    if undone & sheet_shows:
        return True  # (a sheet's rule may size or show the children: review 77's F3)
    return _shows_again(text[opening_end:end].lower(), undone)


# the properties by which an element inside a hidden one may show itself again
_UNDOABLE = ("font-size", "visibility", "color")


def _sheet_shows(text: str) -> frozenset[str]:
    """The properties of :data:`_UNDOABLE` that a ``<style>`` rule of ``text`` (any selector,
    on any screen) sets to a value that shows (:func:`_shows`): such a rule may show a hidden
    element's children (``.row span{font-size:16px}``)."""
    rules = style_rules(text, _UNDOABLE, None, screen_only)
    if rules is None:
        return frozenset()
    return frozenset(name for name, value in rules.declared() if _shows(name, value))


def _shows_again(inner: str, undone: frozenset[str]) -> bool:
    """Whether an element inside (``inner``, lower case) sets one of ``undone`` in a style of
    its own to a value that shows it (:func:`_shows`)."""
    for style in _INNER_STYLE.finditer(inner):
        declared = declarations(style.group("value").strip("\"'"))
        if any(_shows(name, declared.get(name, "")) for name in undone):
            return True
    return False


def _shows(name: str, value: str) -> bool:
    """Whether a declared ``value`` of ``name`` (one of :data:`_UNDOABLE`) shows what that
    property hid: a size that is no zero, ``visible``, a colour one sees."""
    if not value:
        return False
    if name == "font-size":
        return not zero_length(value) and _RELATIVE_SIZE.fullmatch(value) is None
    if name == "visibility":
        return value == "visible"
    return not clear_colour(value)


# a font size relative to the parent's, which of a parent's 0 is 0 too (``1em``, ``100%``,
# ``inherit``, ``smaller``: review 78's L4); an absolute one (``16px``, ``1rem``, ``medium``)
# shows the child again
_RELATIVE_SIZE = regex(
    r"[0-9.]+(?:em|ex|ch|cap|ic|lh|%)|inherit|unset|revert|revert-layer|smaller|larger"
)
# a start tag's style inside the element, its value quoted either way or not
_INNER_STYLE = regex(r"""<[a-z][^<>]*?\sstyle\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s>]+)""")


def _shown(text: str, hidden: list[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """``text`` without the spans ``hidden`` (in order, apart), and the way from an offset
    in it back to the text as written (:func:`~.folding.folded.back_to_written`: an offset at a
    cut is the shown character after it)."""
    kept: list[str] = []
    removed: list[int] = []
    done = 0
    for start, end in hidden:
        kept.append(text[done:start])
        removed.extend(range(start, end))
        done = end
    kept.append(text[done:])
    return "".join(kept), back_to_written(removed).original
