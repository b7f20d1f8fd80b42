"""``govpub.check``: every compliance rule over every field of a post, in one call.

The check runs before any review or network call and does no I/O.  For each
text field it folds the text once (:mod:`.folding`: full-width, traditional,
spaced-out and invisible-character forms read as what they imitate), scans its
links once on the folded text, runs the personal-data, secrecy and 公开属性
patterns and the policy's one Aho-Corasick automaton once, and then
builds the field as it will be sent: personal data masked (when the policy says
``mask``), ad links stripped, tracking parameters removed.  URL fields
(``source.url``, ``url``, ``overrides.*.url``, image sources) are judged whole.
QR codes and barcodes in the images are read and judged by :mod:`.image_codes`.
Custom rules from the ``govpub.rules`` entry-point group run last.

Offsets in findings are character offsets in the field as the editor wrote it.

This module is the driver: the order in which the readers of findings run over a
field (each one's result feeds the next: the masks every excerpt hides, the term
list's anchors, the spans of spelled-out hosts), and over the post.  The readers
are functions of the run (:class:`.run.Run`, one ``add()`` path) and the field
(:class:`.field_view.FieldView`), in modules named for what they judge:

* :mod:`.personal_findings` — personal data, masked or reported;
* :mod:`.secrecy_findings` — 密级 markings, 公开属性 and internal-use notes, 公文 headers;
* :mod:`.wording_findings` — the term lists, forced engagement, sales talk and contacts;
* :mod:`.unlinked_ad_findings` — ad hosts that are no link (spelled out, reversed,
  in titles and file names) and share codes;
* :mod:`.link_findings` — a field's links, and the field rebuilt without its ads;
* :mod:`.url_findings` — the reprint source, the post's addresses, its pictures;
* :mod:`.shown_text` — a field that hides characters inside a word, read again as shown.
* :mod:`.source_text` — what a page's source ships unshown (comments, CSS), read again.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import replace

from govpub.compliance._text import fold
from govpub.compliance.anchors import Anchors, find_anchors
from govpub.compliance.bidi import (
    Override,
    may_override,
    overridden_runs,
    shown_stretches,
    unmirrored,
)
from govpub.compliance.contacts import CONTACT_RULE
from govpub.compliance.custom import custom_rules, run_custom
from govpub.compliance.engagement import ACT_RULE
from govpub.compliance.field_view import FieldView
from govpub.compliance.fields import TextField, rebuild_post, text_fields
from govpub.compliance.findings import CheckResult, Finding, rank
from govpub.compliance.folding.attributes import opening_tag
from govpub.compliance.folding.hidden_elements import may_hide
from govpub.compliance.folding.ruby import annotation_spans
from govpub.compliance.link_findings import (
    link_warnings,
    rebuild_field,
    unscanned_images,
    url_excerpt,
)
from govpub.compliance.links import flatten, scan_links, tooltips
from govpub.compliance.links.titles import kept_tag_titles
from govpub.compliance.personal import mask_personal_data
from govpub.compliance.personal_findings import ShownNumbers, personal_data
from govpub.compliance.policy import Policy
from govpub.compliance.regex_cache import regex
from govpub.compliance.run import Run
from govpub.compliance.sales_cues import CUE_RULE
from govpub.compliance.secrecy_findings import (
    disclosure_notes,
    document_hints,
    internal_notes,
    markings,
)
from govpub.compliance.shown_text import read_as_shown
from govpub.compliance.source_text import may_ship_unshown, read_source
from govpub.compliance.spans import Spans
from govpub.compliance.unlinked_ad_findings import (
    filename_links,
    reversed_links,
    share_codes,
    spelled_links,
    titled_links,
)
from govpub.compliance.url_findings import image_sources, reprint_source, url_field
from govpub.compliance.wording_findings import (
    forced_engagement,
    listed_terms,
    sales_contacts,
    sales_talk,
)
from govpub.model import Post

__all__ = ["check"]

_log = logging.getLogger("govpub.compliance")
_LINE_BREAK = regex("[\r\n]")
# the embedding, override and isolate controls and the directional marks (UAX #9)
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
)


def _text_field(run: Run, spec: TextField) -> list[tuple[int, int, str]]:
    """Every rule over one text field; its findings in reading order.  Returns the masks its
    excerpts hide."""
    before = len(run.findings)
    masks = _read_field(run, spec)
    # the field's findings in reading order
    run.findings[before:] = sorted(
        run.findings[before:], key=lambda f: -1 if f.offset is None else f.offset
    )
    return masks


def _code_text(run: Run, name: str, where: str, text: str) -> None:
    """The text of a code in an image, read by the text rules; ``where`` begins each message.

    Its links are found, so that the text rules read around them as in any
    text, but judged as the code's (``image.*``: they cannot be stripped from a
    picture), and nothing is masked or stripped: only a new picture changes it.
    """
    before = len(run.findings)
    _text_field(run, TextField(name, text, links=True, editable=False, payload=True))
    run.findings[before:] = [
        # (no offset: a place in a code's text is not a place an editor can go to)
        replace(f, message=f"{where}{f.message}", offset=None)
        for f in run.findings[before:]
    ]


def _read_field(run: Run, spec: TextField) -> list[tuple[int, int, str]]:
    """The readers of a text field, in the order whose results feed the next; returns the
    masks its excerpts hide."""
    text = spec.text
    folded = fold(text)
    spans = scan_links(text, folded=folded) if spec.links else []
    if spec.filename and "." in folded.text:
        filename_links(run, spec, folded)
    view = FieldView(spec, folded, flatten(spans))
    anchors, masks, readings = _read_words(run, view)
    _read_wording(run, view, readings)
    share_codes(run, view, anchors)
    spelled = spelled_links(run, view, anchors)
    if may_override(text):  # (a U+202E, a reference to one, a <bdo> or a CSS override)
        spelled += reversed_links(run, view)
        _reversed_text(run, spec)
    if may_hide(text):  # (an element the page does not show: display:none, hidden, …)
        read_as_shown(run, spec, _read_shown)
    if may_ship_unshown(text):  # (a comment, a <style>, %%…%%, ==…==: fix127d)
        read_source(run, spec, _read_shown)
    if view.links or "<" in text:
        titled_links(run, view)
        _kept_titles(run, view)  # (last of the text readers: once what they found is known)
    if view.links and spec.editable:  # (a code's links are judged as the code's)
        # a piece of a spelled-out host ("s.click.taobao" of "s.click.taobao[.]com") is
        # that host's finding, not a link of its own
        links = view.links
        if spelled:
            hosts = Spans(spelled)
            links = [s for s in links if not hosts.cover(s.url_start, s.url_end)]
        link_warnings(run, spec, links, masks)
        unscanned_images(run, spec, links, masks)
    if spec.editable:
        rebuild_field(run, spec, spans, masks)
    return view.masks


def _read_words(
    run: Run, view: FieldView
) -> tuple[Anchors, list[tuple[int, int, str]], dict[str, list[tuple[int, int, str]]]]:
    """The readers of a field's words: its tooltips, personal data, 密级 markings, 公开属性
    notes, internal-use markers and listed terms, in that order.  Returns the anchors they
    found, the masks of personal data (the tooltips' among them) and the listed terms'
    readings by rule."""
    spec = view.spec
    # first: the excerpts of the field hide the tooltips' numbers too (review 49's L1)
    in_tooltips = _tooltips(run, spec)
    anchors = find_anchors(view.folded.text, run.policy.terms)
    # (and view.masks: those the excerpts hide, the tooltips' among them)
    masks = personal_data(run, view, anchors.labels, hidden=in_tooltips, places=anchors.places)
    markings(run, view)
    notes = disclosure_notes(run, view, anchors)
    marks = internal_notes(run, view, anchors, notes)
    if spec.header:
        document_hints(run, view)
    return anchors, masks, listed_terms(run, view, notes, anchors, marks)


def _read_shown(run: Run, spec: TextField) -> None:
    """The field ``spec`` as a page shows it (:func:`.shown_text.read_as_shown`), read only by
    the readers whose rules that reading keeps (:data:`.shown_text.SHOWN_RULES`: personal
    data, 密级 markings, internal-use markers, 公开属性 notes, the listed terms, forced
    engagement and sales talk — ``扫码<span hidden>x</span>领红包`` shows 扫码领红包: review
    77's L9; a kept tag's title holds notes): the readers of links, share codes and a
    reversed run (which reads its run as shown itself) would find nothing it keeps
    (fix104a: a field with hidden elements cost 1.6 times a plain one)."""
    folded = fold(spec.text)
    spans = scan_links(spec.text, folded=folded) if spec.links else []
    view = FieldView(spec, folded, flatten(spans))
    _, _, readings = _read_words(run, view)
    _read_wording(run, view, readings)
    if view.links or "<" in spec.text:
        _kept_titles(run, view)


def _read_wording(
    run: Run, view: FieldView, readings: dict[str, list[tuple[int, int, str]]]
) -> None:
    """The readers of wording read around the listed terms' readings: forced engagement,
    sales talk, sales contacts."""
    forced_engagement(run, view, readings.get(ACT_RULE, []))
    sales_talk(run, view, readings.get(CUE_RULE, []))
    sales_contacts(run, view, readings.get(CONTACT_RULE, []))


# What stands between two tooltips read together: blank lines, which nothing reads across, and
# more than one, so that tooltips of a number each read as no list of numbered items (a list's
# items are looked up one before the other: 0.5 ms a number, against 0.2 ms).
_APART = "\n\n\n"
# A tooltip that is a level's name alone (<abbr title="机密">机密</abbr>, <span
# title="秘密">M</span>) glosses the words it formats: it marks nothing, where the same word on
# a line of its own is a marking (review 49); a whole marking (机密★10年, 秘密 10年) still is.
_LEVEL_NAME = regex(r"\s*[绝机秘]\s?密\s?级?\s*")
# A title or alt text that is 不公开 or 不予公开 alone labels the icon or the column it is on
# (a lock icon's alt, a 姓名 header's tooltip, ``<img alt="不公开">个人隐私信息不公开``): it
# says no 公开属性 of the page, where the same words on a line of their own are the note;
# a note's own form (此件不予公开, （不予公开）, 公开属性：不公开) still is (review 51a's F5).
# 不予公开 is a listed term all the same: read in its quotes, as a kept tag's title is read in
# place, it warns (secrecy.sensitive_term) on a formatting tag's tooltip as on <img alt>.
_BARE_NOT_PUBLIC = regex(r"\s*不予?公开\s*")
# (only on a picture, an empty icon or a column's header: on a <p>, a <span> or a <td> round
# the words it is the note all the same, reviews 53 and 54)
# (a picture and a header whatever they hold, the others when empty)
_ICON_TAG = regex(r"<(?:(?P<labels>img|th)|i|svg|use|icon)\b", re.IGNORECASE)
# What an empty icon holds up to its own close tag (or the text's end): blanks, no-break
# spaces, comments, and at most one icon font's glyph (``&#xe600;``: a private-use character,
# U+E000–U+F8FF, never a word's — ``&#x4e0d;`` is 不, review 56) or one SVG sprite's
# ``<use>`` (review 55's item 9); another tag's close tag ends nothing
# (``<i title="不公开"></b>本件内容``: item 5).  (A comment to the next angle: one pass.)
_BLANK = r"(?:\s|&nbsp;|&#0*160;|&#x0*a0;|<!--[^<>]*?-->)*+"
_GLYPH = (  # (and the supplementary private-use planes, U+F0000–U+10FFFD: review 57)
    r"&#x0*(?:e[0-9a-f]{3}|f[0-8][0-9a-f]{2}|(?:f|10)[0-9a-f]{4});"
    r"|&#0*(?:9830[4-9][0-9]|983[1-9][0-9]{2}|98[4-9][0-9]{3}|99[0-9]{4}|10[0-9]{5}|110[0-9]{4}"
    r"|111[0-3][0-9]{3}|1114(?:0[0-9]{2}|10[0-9]|11[01]));"
    r"|&#0*(?:573(?:4[4-9]|[5-9][0-9])|57[4-9][0-9]{2}|5[89][0-9]{3}|6[0-2][0-9]{3}"
    r"|63[0-6][0-9]{2}|637[0-3][0-9]|6374[0-3]);"
)
_EMPTY_CONTENT = regex(
    rf"{_BLANK}(?:(?:{_GLYPH}|<use\b[^<>]*+>(?:\s*+</use\s*+>)?){_BLANK})?"
    r"(?:</(?P<name>[a-z][a-z0-9]*+)\s*+>|$)",
    re.IGNORECASE,
)
# (the rest of a start tag as a browser reads it: a quoted value holds any "<" or ">")
_REST_OF_TAG = regex(r"""(?:[^"'<>]++|"[^"]*+"|'[^']*+')*+>""")


def _empty_element(text: str, at: int, name: str) -> bool:
    """Whether the element ``name`` whose attribute value starts at ``at`` holds nothing the
    page shows (:data:`_EMPTY_CONTENT`): its tag read to its own ">" (a quoted value may
    hold one: ``data-x="></i>"``), then its content up to its own close tag."""
    quote = text[at - 1 : at]
    value_end = text.find(quote, at) + 1 if quote in ('"', "'") else at
    tag = _REST_OF_TAG.match(text, value_end) if value_end > 0 else None
    content = _EMPTY_CONTENT.match(text, tag.end()) if tag is not None else None
    if content is None:
        return False
    closed = content.group("name")
    return closed is None or closed.lower() == name


def _labels_an_icon(text: str, at: int) -> bool:
    """Whether the attribute at ``at`` is a picture's, a column header's or an empty icon's."""
    opened = opening_tag(text, at)
    tag = _ICON_TAG.match(text, opened) if opened >= 0 else None
    if tag is None:
        return False
    if tag.group("labels") is not None:
        return True
    return _empty_element(text, at, tag.group()[1:].lower())


def _tooltips(run: Run, spec: TextField) -> list[tuple[int, int, str]]:
    """The tooltips and spoken labels of formatting tags (``<span title="机密★10年">``), read as
    a text of their own: the fold drops such a tag, title and all, so that the words it
    formats read across it, and the page shows the tooltip apart from them (red team 89).

    Each one a paragraph of its own, at the offsets the editor wrote it
    (but a level's name alone: :data:`_LEVEL_NAME`); nothing in it is masked (a tooltip is no
    text the fold keeps), so personal data blocks.  Its ad addresses are
    :func:`.unlinked_ad_findings.titled_links`' to judge.  Returns the masks of its personal
    data, at the field's offsets: no excerpt of the field shows it."""
    masks = _read_apart(
        run,
        spec,
        _shown_apart(spec.text, tooltips(spec.text)),
        lambda f: not f.rule.startswith("ad.") or f.rule == "ad.share_code",
    )
    return masks + _ruby_annotations(run, spec)


def _ruby_annotations(run: Run, spec: TextField) -> list[tuple[int, int, str]]:
    """The annotations of a ruby (``<ruby>138<rt>幺三八</rt></ruby>``), read as a text of their
    own: the fold drops them, so that the base reads on (``13812345678``), and the page shows
    them above it (or in brackets beside it: red team 96).  As a tooltip is read
    (:func:`_tooltips`): nothing in them is masked, so personal data blocks; an annotation
    with a link's characters is none of these (the fold keeps it, and reads it in place)."""
    return _read_apart(
        run,
        spec,
        _shown_apart(spec.text, annotation_spans(spec.text)),
        lambda _: True,
        remedy="注音（<rt>、<rp>）中的内容无法自动遮盖，请删除或改写",
    )


# The rules whose words stand on a line or in brackets of their own (依申请公开, 此件不予公开,
# 秘密 10年, 注意保存 会后收回): a title in a tag the fold keeps is read for these apart, as a
# tooltip is; its other findings (a number, masked there; an ad host; a 密级 with its star;
# a listed word) the field's own reading makes in the tag.
_NOTE_RULES = ("disclosure.", "secrecy.marking", "secrecy.internal")


def _kept_titles(run: Run, view: FieldView) -> None:
    """The titles and alt texts of the tags the fold keeps (``<p title="依申请公开">``,
    ``<img alt=…>``), read as a text of their own for the notes and markings that stand
    alone (:data:`_NOTE_RULES`): the page shows such a title as it shows a formatting tag's
    tooltip, which :func:`_tooltips` reads so (mend 49b: ``<span title="依申请公开">`` warns),
    while in its tag its quotes keep the note from a line of its own.  A finding the field's
    own reading made in the same title already is not made twice."""
    text = view.spec.text
    if "<" not in text:
        return
    found = _shown_apart(text, kept_tag_titles(text, view.links))
    if not found:
        return
    made: dict[str, list[int]] = {}  # where the field's reading found each rule's words
    for f in run.findings:
        if f.field == view.spec.name and f.offset is not None:
            made.setdefault(f.rule, []).append(f.offset)
    for offsets in made.values():
        offsets.sort()

    def new_note(finding: Finding) -> bool:
        if not finding.rule.startswith(_NOTE_RULES) or finding.offset is None:
            return False
        start, end = found[bisect.bisect_right(found, (finding.offset, len(text))) - 1]
        offsets = made.get(finding.rule, [])
        first = bisect.bisect_left(offsets, start)
        return first == len(offsets) or offsets[first] >= end

    _read_apart(run, view.spec, found, new_note)


def _shown_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the titles at ``spans``, those to read apart: none blank, none a level's name alone
    (:data:`_LEVEL_NAME`); 不公开 alone (:data:`_BARE_NOT_PUBLIC`) with its quotes (or its "="),
    as the word it is."""
    apart = []
    for start, end in spans:
        if start >= end or text[start:end].isspace():
            continue
        shown = fold(text[start:end]).text
        if _LEVEL_NAME.fullmatch(shown):
            continue
        if not _BARE_NOT_PUBLIC.fullmatch(shown) or not _labels_an_icon(text, start):
            apart.append((start, end))
            continue
        before = text[start - 1 : start]  # (its quote, or the "=" of a value unquoted)
        if before == "=":
            apart.append((start - 1, end))
        elif before in ('"', "'") and text[end : end + 1] == before:
            apart.append((start - 1, end + 1))
    return apart


def _read_apart(
    run: Run,
    spec: TextField,
    found: list[tuple[int, int]],
    keep: Callable[[Finding], bool],
    remedy: str = "提示文字（title、aria-label）中的内容无法自动遮盖，请删除或改写",
) -> list[tuple[int, int, str]]:
    """The titles at ``found`` read by every text rule as one text, each a paragraph of its
    own; the findings ``keep`` keeps (at the field's offsets) are the field's.  Returns the
    masks of their personal data, at the field's offsets."""
    if not found:
        return []
    starts: list[int] = []  # where each title starts in the text of them all
    pieces: list[str] = []
    length = 0
    for start, end in found:
        starts.append(length)
        pieces += (spec.text[start:end], _APART)
        length += end - start + len(_APART)
    before = len(run.findings)
    shown = TextField(spec.name, "".join(pieces), links=True, editable=False, remedy=remedy)
    masks = _text_field(run, shown)

    def written(at: int) -> int:  # an offset in the titles → in the field
        tooltip = bisect.bisect_right(starts, at) - 1
        return found[tooltip][0] + at - starts[tooltip]

    moved = [
        replace(
            f, offset=None if f.offset is None else written(f.offset), excerpt=f.excerpt.strip()
        )
        for f in run.findings[before:]
    ]
    run.findings[before:] = [f for f in moved if keep(f)]
    return [(written(start), written(start) + end - start, mask) for start, end, mask in masks]


def _reversed_text(run: Run, spec: TextField) -> None:
    """Markings, personal data and 淘口令 a right-to-left override shows the right way round.

    ``\u202e年1★密机`` shows ``机密★1年`` and ``\u202e87654321831`` shows a mobile
    number — and so do ``&#x202E;``, ``<bdo dir="rtl">`` and a CSS bidi override (red team
    96): each overridden run is read again, as shown, by the text rules (its ad addresses
    are :func:`.unlinked_ad_findings.reversed_links`'s to judge), then its paragraph as
    shown, for a run may hold only an item's tail (``机密\u202e年01★\u202c``).  Nothing in
    it is masked: a mask laid on characters stored backwards is not one the page shows,
    so personal data blocks.
    """
    runs = list(overridden_runs(spec.text))
    _read_runs(run, spec, runs)
    if runs:
        _reversed_paragraphs(run, spec, runs)
    # a run over a line break (a space in HTML and in Markdown: review 62's L6) ends at it
    # where an editor shows the text: its runs so are read too, the block side winning
    if any(_LINE_BREAK.search(spec.text, r.start, r.end) is not None for r in runs):
        lines = [r for r in overridden_runs(spec.text, lines=True) if r not in runs]
        _read_runs(run, spec, lines, frozenset((f.rule, f.offset) for f in run.findings))
        _reversed_paragraphs(run, spec, lines)


def _read_runs(
    run: Run,
    spec: TextField,
    runs: list[Override],
    known: frozenset[tuple[str, int | None]] = frozenset(),
) -> None:
    """Each of ``runs`` read as shown; a finding ``known`` (its rule and offset) not again."""
    for override in runs:
        where = f"{override.how}倒序显示的文字中："
        # the page shows the run's brackets mirrored (UAX #9 L4), and a reader reads the words
        # in them whichever way the brackets face: a run with brackets is read both ways round
        # (``）开公不件此（`` shows ``）此件不公开（``) and the worse reading wins (red team 56)
        readings = [
            [
                replace(f, message=where + f.message, offset=override.start)
                for f in _read_reversed(run, spec.name, reading)
            ]
            for reading in dict.fromkeys((override.shown, unmirrored(override.shown)))
        ]
        worse = readings[0]  # (the page's reading, unless the other is stricter)
        for other in readings[1:]:
            if _worst(other) > _worst(worse):
                worse = other
        run.findings.extend(f for f in worse if (f.rule, f.offset) not in known)


def _read_reversed(run: Run, name: str, text: str) -> list[Finding]:
    """The text rules' findings in ``text``, a reading of a field as a page shows it, taken
    out of ``run`` (what but a 淘口令 an ad reader finds is reversed_links')."""
    before = len(run.findings)
    _text_field(
        run,
        TextField(
            name,
            # the controls inside go (the fold drops them too): a run is read once, however
            # deep its overrides nest — not once per level, which thousands of nested U+202E
            # made quadratic and then a RecursionError
            text.translate(_BIDI_CONTROLS),
            editable=False,
            remedy="倒序显示的内容无法自动遮盖，请删除这段文字",
        ),
    )
    found = [
        f
        for f in run.findings[before:]
        # (addresses are reversed_links'; a 淘口令 is no address: red team 74)
        if not f.rule.startswith("ad.") or f.rule == "ad.share_code"
    ]
    del run.findings[before:]
    return found


def _reversed_paragraphs(run: Run, spec: TextField, runs: list[Override]) -> None:
    """What a paragraph shows only with its runs reversed in it: ``本刊为内部\u202e料资\u202c。``
    shows 内部资料, its run alone 资料 (red team 96).  Each paragraph holding a run and more is
    read as shown and as stored; a finding of the first reading that the second has not (same
    rule, same place) is the run's where it starts or ends — unless the run's own readings (or
    the field's) found something where it starts — its offset and message those of a run's
    own finding."""
    read = {f.offset for f in run.findings if f.field == spec.name}
    added: set[tuple[str, int]] = set()  # (one finding a rule and run)
    for stretch in shown_stretches(spec.text, runs):
        stored = {(f.rule, f.offset) for f in _read_reversed(run, spec.name, stretch.stored)}
        ends = [end for _, end in stretch.places]
        for finding in _read_reversed(run, spec.name, stretch.shown):
            if (finding.rule, finding.offset) in stored:
                continue
            at = 0 if finding.offset is None else finding.offset
            index = bisect.bisect_right(ends, at)
            if index == len(ends):
                continue  # (after every run: the runs changed nothing it reads)
            override = stretch.runs[index]
            if override.start in read or (finding.rule, override.start) in added:
                continue  # (what a run shows alone, its own readings found)
            added.add((finding.rule, override.start))
            run.findings.append(
                replace(
                    finding,
                    message=f"{override.how}倒序显示的文字中：{finding.message}",
                    offset=override.start,
                )
            )


def _worst(findings: list[Finding]) -> int:
    """The rank of the strictest of ``findings`` (-1 for none)."""
    return max((rank(f.severity) for f in findings), default=-1)


def _custom(run: Run, checked: Post) -> None:
    """Custom rules from the ``govpub.rules`` entry points, over the post as it will be sent;
    their messages and excerpts masked as the built-in rules' are."""
    for name, rule in custom_rules():
        try:
            produced = run_custom(rule, checked, run.policy)
        except Exception as exc:
            _log.warning("custom rule %s failed: %r", name, exc)
            run.add(
                "custom.error",
                "block",
                f"自定义规则 {name} 运行出错（{type(exc).__name__}），无法确认内容合规",
            )
            continue
        for finding in produced:
            shown = mask_personal_data(finding.excerpt)
            run.add(
                finding.rule,
                finding.severity,
                mask_personal_data(finding.message),
                excerpt=shown,
                field=finding.field,
                offset=finding.offset,
            )


def _require_types(post: object, policy: object) -> None:
    """A clear ``TypeError`` for the commonest slips (a text, a dict, a file's path), which
    would otherwise fail deep inside a rule with a message about some attribute."""
    if not isinstance(post, Post):
        given = type(post).__name__
        if isinstance(post, str):
            hint = "wrap the text: govpub.check(govpub.Post(title=..., body=text))"
        elif isinstance(post, dict):
            hint = "validate it first: govpub.Post.model_validate(data)"
        else:
            hint = "read a post file with govpub.load_post(path)"
        raise TypeError(f"check() takes a govpub.Post, not {given}: {hint}")
    if policy is not None and not isinstance(policy, Policy):
        raise TypeError(
            f"check()'s policy must be a govpub.Policy or None, not {type(policy).__name__}: "
            "use Policy.default() or Policy.from_toml(path)"
        )


def check(post: Post, policy: Policy | None = None) -> CheckResult:
    """Run every compliance rule over ``post``; see :class:`~govpub.CheckResult`.

    Nothing is sent anywhere and nothing is read from disk: ``policy`` (default
    :meth:`Policy.default`) holds every list, compiled once.  A post over
    ``policy.limits`` (a 50 MB body) raises :class:`~govpub.PostError` before any
    rule runs: checking it would take minutes, and no platform would take it.
    """
    _require_types(post, policy)
    policy = policy if policy is not None else Policy.default()
    policy.limits.enforce(post)
    result = _check_once(post, policy)
    if policy.personal_data != "mask":
        return result
    # Masking one number can bare another that was read together with it (a mobile glued
    # to a card, 13856786222 0210 0112…: the mobile's reading took the card's first digits
    # and the card went unread).  A masked post is checked again until nothing new is found.
    for _ in range(_MASK_ROUNDS):
        if not any(f.severity == "fixed" and f.rule.startswith("personal.") for f in result):
            break
        again = _check_once(result.post, policy)
        bared = tuple(
            f
            for f in again.findings
            if f.rule.startswith("personal.") and f not in result.findings  # (a picture's again)
        )
        if not bared:
            break
        result = CheckResult(again.post, result.findings + bared, result.source_list)
    return result


#: Rounds of checking a masked post again (each one masks what the last one bared).
_MASK_ROUNDS = 3


def _check_once(post: Post, policy: Policy) -> CheckResult:
    """One pass of every rule over ``post`` (:func:`check` repeats it after masking)."""
    run = Run(post, policy)
    reprint_source(run)
    url_field(run, "url", post.url)
    for platform, override in sorted(post.overrides.items()):
        url_field(run, f"overrides.{platform}.url", override.url)
    for spec in text_fields(post):
        _text_field(run, spec)
    if not run.updates.get("title", post.title).strip():
        del run.updates["title"]  # a post needs a title: this one is refused instead
        run.add(
            "ad.url_field",
            "block",
            "标题删除广告、推广或短链接后为空，请重写标题",
            excerpt=url_excerpt(post.title),
            field="title",
        )
    if "source.name" in run.updates and not run.updates["source.name"].strip():
        del run.updates["source.name"]  # a reprint names its source (转载时必须注明来源)
        assert post.source is not None  # noqa: S101 - only a source has a name to update
        run.add(
            "source.missing_name",
            "block",
            "来源名称删除广告、推广或短链接后为空，转载内容必须注明来源名称，请填写"
            "（国办发〔2018〕123号）",
            excerpt=url_excerpt(post.source.name),
            field="source.name",
        )
    drop = image_sources(run)
    if post.cover is not None or post.images:  # QR codes in images; loaded only when needed
        from govpub.compliance.image_codes import code_texts, image_findings  # noqa: PLC0415

        for f in image_findings(post, run.policy, skip=frozenset(drop)):
            run.add(f.rule, f.severity, f.message, excerpt=f.excerpt, field=f.field)
        for name, where, text in code_texts(post, skip=frozenset(drop)):
            _code_text(run, name, where, text)
    checked = rebuild_post(post, run.updates, drop)
    _custom(run, checked)
    return CheckResult(checked, tuple(_numbers_hidden(run)), run.policy.source_list_version)


def _numbers_hidden(run: Run) -> list[Finding]:
    """The run's findings with every person's number it found masked wherever one shows
    (:class:`.personal_findings.ShownNumbers`; most posts: nothing to do)."""
    post = run.post
    addresses = [post.url, post.source.url if post.source is not None else None]
    addresses += [override.url for override in post.overrides.values()]
    addresses += [image.src for image in (post.cover, *post.images) if image is not None]
    return ShownNumbers(run.numbers, addresses).hidden(run.findings)
