"""Findings about wording: the policy's term lists, and the readers of sentences around them.

The policy's lists (opinions, forced engagement, ad wording, internal markers,
sensitive terms, and the lists a configuration adds) are found in one pass
(:mod:`.anchors`); :func:`listed_terms` reports each hit that does not stand where
it is no finding (in an address, in ordinary prose, quoted as a warning, a citizen's
reported words).  Its internal hits anchor the readers of whole sentences that run
after it: forced engagement said in a sentence (:mod:`.engagement`), sales talk
(:mod:`.sales_cues`) and sales contacts spelled to slip past the lists
(:mod:`.contacts`).  Each skips a sentence a listed term reported already: one
phrase, one finding.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import chain

from govpub.compliance._text import as_quoted, excerpt
from govpub.compliance.anchors import Anchors
from govpub.compliance.contacts import (
    CONTACT_RULE,
    find_id_contacts,
    find_plus_contacts,
    find_symbol_split_contacts,
    may_hold_plus_contact,
)
from govpub.compliance.engagement import ACT_RULE, find_engagement_demands
from govpub.compliance.field_view import FieldView
from govpub.compliance.folding import fold
from govpub.compliance.marking_words import (
    APART_RULE,
    a_spaced_name,
    spelled_apart,
    standin_markers,
)
from govpub.compliance.opinion_prose import not_an_opinion, opinion_forbidden
from govpub.compliance.policy import BUILTIN_TERM_RULES, PROSE_RULE
from govpub.compliance.quoted_speech import reported_speech
from govpub.compliance.run import Run
from govpub.compliance.sales_contexts import coupon_of_another_word, no_sale, searches_a_programme
from govpub.compliance.sales_cues import (
    CUE_RULE,
    PITCH,
    claim_cue_count,
    find_sales_talk,
    other_cue_count,
    trade_anchors,
    trade_words_in,
)
from govpub.compliance.scam_warnings import sentence_warns, warned_against
from govpub.compliance.secrecy_findings import INTERNAL_MESSAGE, said_of_a_thing
from govpub.compliance.spans import Points, Spans
from govpub.compliance.trade_leads import BlockLeads, lead_warns
from govpub.compliance.wording import Term

__all__ = ["forced_engagement", "listed_terms", "sales_contacts", "sales_talk"]

# built-in wording rules: a phrase two listed terms overlap in is reported once
_WORDING_RULES = frozenset({"wording.opinion", "wording.forced_engagement"})
# internal terms that anchor a reader of their sentence (never reported themselves)
_READ_AROUND = frozenset({ACT_RULE, CUE_RULE, CONTACT_RULE})
# terms that are not reported in some contexts: the test of the context, per rule
_TERM_CONTEXT: dict[str, tuple[Callable[[str, int, int], bool], ...]] = {
    # a citizen's words the post reports; other words and idioms; 123号's ban on
    # opinions, quoted
    "wording.opinion": (reported_speech, not_an_opinion, opinion_forbidden),
    # a search in a shopping app that names no shop or sale; a scammer's words quoted
    "ad.wording": (no_sale, warned_against, coupon_of_another_word),
    "wording.forced_engagement": (warned_against,),  # “集赞送礼品”等活动多为骗局
}


def _in_context(rule: str, folded: str, start: int, end: int) -> bool:
    """Whether a term of ``rule`` at ``[start, end)`` stands where it is not reported."""
    return any(context(folded, start, end) for context in _TERM_CONTEXT.get(rule, ()))


_TERM_MESSAGES = {
    "wording.opinion": (
        "含个人观点或情绪化表述「{term}」：政务新媒体不得发布代表个人观点、意见及情绪的言论"
        "（国办发〔2018〕123号）"
    ),
    "wording.forced_engagement": (
        "疑似强制要求点赞、转发、关注或下载「{term}」（国办发〔2018〕123号不得强制要求）"
    ),
    "ad.wording": "疑似商业推广用语「{term}」：政务新媒体不得刊登商业广告（国办发〔2018〕123号）",
    "secrecy.internal": INTERNAL_MESSAGE,
}


def _term_message(term: Term) -> str:
    template = _TERM_MESSAGES.get(term.rule)
    if template is not None:
        return template.format(term=term.term)
    message = f"命中{term.list_name}「{term.term}」"
    if term.suggestion:
        message += f"，建议改为「{term.suggestion}」"
    return message


def _markers_apart(
    run: Run, folded: str, hits: list[tuple[int, int, Term]]
) -> list[tuple[int, int, Term]]:
    """``hits`` with each anchor of a marker spelled apart (``内、``) read on from: the listed
    marker and where it ends (``内、部、资、料``), or nothing (``国内、外``)."""
    if not any(term.rule == APART_RULE for _, _, term in hits):
        return hits
    read: list[tuple[int, int, Term]] = []
    for start, end, term in hits:
        if term.rule != APART_RULE:
            read.append((start, end, term))
        elif (found := spelled_apart(folded, start)) is not None:
            word, apart_end = found
            listed = [t for t in run.policy.terms.terms_of(word) if t.rule == "secrecy.internal"]
            read.extend((start, apart_end, t) for t in listed[:1])
    return read


def _markers_standin(
    run: Run, view: FieldView, hits: list[tuple[int, int, Term]], seeds: list[int] | None
) -> list[tuple[int, int, Term]]:
    """``hits`` with the internal-use markers written with stand-ins (``内部姿料``, ``neibu资料``:
    :func:`.standin_markers`, read from ``seeds`` where the anchors' pass found them) as the
    listed marker they stand for, in order of their starts; not one that holds a name set off
    by spaces (``内部 Wen 件``: :func:`.a_spaced_name`, asked of the text as written)."""
    found = [
        (start, end, term)
        for start, end, word in standin_markers(view.folded.text, seeds)
        if not a_spaced_name(view.written(start, end))
        for term in [t for t in run.policy.terms.terms_of(word) if t.rule == "secrecy.internal"][:1]
    ]
    return sorted(hits + found, key=lambda hit: hit[0]) if found else hits


def listed_terms(
    run: Run,
    view: FieldView,
    notes: list[tuple[int, int]],
    anchors: Anchors,
    marks: Spans,
) -> dict[str, list[tuple[int, int, str]]]:
    """Every term of every list, from the policy's one expression (or automaton); returns
    the anchors other readers read around, by their internal rule: the acts of
    :mod:`.engagement`, the selling words of :mod:`.sales_cues`, the contacts' colons of
    :mod:`.contacts`."""
    seen: set[tuple[str, int, str]] = set()
    hits = anchors.terms
    if hits is None:
        hits = list(run.policy.terms.find(view.folded.text))
    hits = _markers_apart(run, view.folded.text, hits)
    hits = _markers_standin(run, view, hits, anchors.standins)
    prose = Spans((s, e) for s, e, term in hits if term.rule == PROSE_RULE)
    note_spans = Spans(notes)
    # one phrase, one finding: 必须转发到朋友圈才能 (wording), 仅供内部参考 (internal); the
    # hits come in order of their starts, so a hit overlaps an earlier one of its group
    # when it starts before the furthest end so far (one comparison, not one per finding)
    phrase_end = {True: -1, False: -1}
    # a word that asks a reviewer to look (不予公开 in an annual report's prose) is reported
    # once per field with its count, as link.other_host is once per host
    asks: dict[Term, list[tuple[int, str]]] = {}
    readings: dict[str, list[tuple[int, int, str]]] = {}  # (read after the terms)
    for start, end, term in hits:
        if term.rule in _READ_AROUND:
            readings.setdefault(term.rule, []).append((start, end, term.term))
            continue
        if (
            term.rule == PROSE_RULE
            or view.in_url(start, end)
            or _in_context(term.rule, view.folded.text, start, end)
        ):
            continue  # (in context: 群众说：“我认为……”, 打开淘宝搜索“植树”了解详情)
        if prose and term.rule in BUILTIN_TERM_RULES and prose.cover(start, end):
            continue  # ordinary prose: 内部资料性出版物, 内部使用的车辆
        if term.rule == "secrecy.internal" and (
            marks.overlap(start, end)
            or said_of_a_thing(view.folded, start, end, term, title=run.post.title)
        ):
            continue  # 电池内部材料, 该系统仅限内部使用; a note (内部资料，严禁翻印) reported
        if term.rule == "secrecy.sensitive_term" and note_spans.overlap(start, end):
            continue  # the note itself is reported (disclosure.*)
        if term.rule in _WORDING_RULES or term.rule == "secrecy.internal":
            group = term.rule in _WORDING_RULES
            if start < phrase_end[group]:
                continue
            phrase_end[group] = end
        o_start, _, shown = view.place(start, end)
        key = (term.rule, o_start, term.term)
        if key in seen:
            continue
        seen.add(key)
        if term.rule == "secrecy.sensitive_term":
            asks.setdefault(term, []).append((o_start, shown))
            continue
        run.add(
            term.rule,
            term.severity,
            _term_message(term),
            excerpt=shown,
            field=view.spec.name,
            offset=o_start,
        )
    for term, places in asks.items():
        count = f"（共 {len(places)} 处）" if len(places) > 1 else ""
        run.add(
            term.rule,
            term.severity,
            f"含「{term.term}」{count}，请确认内容可以公开（保密关）",
            excerpt=places[0][1],
            field=view.spec.name,
            offset=places[0][0],
        )
    return readings


def sales_talk(run: Run, view: FieldView, anchors: list[tuple[int, int, str]]) -> None:
    """Ad copy in selling phrases (:mod:`.sales_cues`: 全国包邮，拍下立发), where no listed
    phrase (reported already by :func:`listed_terms`) stands in the same sentence."""
    if not anchors:
        return
    folded = view.folded.text
    taken = Points(run.offsets("ad.wording", view.spec.name))
    title_reach = _TitleReach(run, view)
    leads = BlockLeads(folded)  # (lines above a list's lead judged once in this field)
    for start, end, head, tail in find_sales_talk(folded, anchors, _gaps(view, anchors)):
        if view.in_url(start, end) or warned_against(folded, start, end):
            continue  # (所谓“私信领取福利”多为诈骗: a warning, quoted)
        if sentence_warns(folded, head, tail):
            continue  # (部分微商以“月入过万”为诱饵，骗取加盟费: the bait, named)
        if _listed_under_a_warning(folded, head, tail, title_reach, leads):
            continue  # (以下情形均为诈骗：\n1.刷单返利，日赚300元: the scam's words, listed)
        if searches_a_programme(folded, head, tail):
            continue  # (搜索“家装厨卫焕新”，领券后下单购买: the subsidy's guide, review 13)
        o_head, o_tail = view.span(head, tail)
        if taken.within(o_head, o_tail):
            continue  # a listed phrase in the sentence says it (私信领券，下单更优惠)
        o_start, _, shown = view.place(start, end)
        run.add(
            "ad.wording",
            "warn",
            _TERM_MESSAGES["ad.wording"].format(term=view.spec.text[o_head:o_tail].strip()),
            excerpt=shown,
            field=view.spec.name,
            offset=o_start,
        )


def _gaps(view: FieldView, anchors: list[tuple[int, int, str]]) -> Sequence[int]:
    """The folded offsets a character was removed before, a space or an emoji (考前泄题 包过,
    娱乐城🎰百家乐: two clauses of ad copy), read only where a trade's anchor was found
    (:func:`.sales_cues.trade_clauses`)."""
    folded = view.folded
    if folded.identity or not any(term in _trade_anchor_set() for _, _, term in anchors):
        return ()
    return folded.removals


@cache
def _trade_anchor_set() -> frozenset[str]:
    """:func:`.sales_cues.trade_anchors` as a set (an anchor's term is one of them)."""
    return frozenset(trade_anchors())


def _listed_under_a_warning(
    folded: str, head: int, tail: int, title_reach: _TitleReach, leads: BlockLeads
) -> bool:
    """Whether the sentence ``[head, tail)`` names a trade's words under a lead or a title that
    warns (review 14) and nothing else that sells: the warning explains the trade's words
    and the pitch's claims (零风险, 月入: review 17) only, so the calls to act or buy still
    count (谨防诈骗 above 秒到账，稳赚不赔，私信领取，全场包邮 is a pitch: review 16; a planted
    ad in a long 反诈 post, red team 66)."""
    sentence = folded[head:tail]
    if not trade_words_in(sentence) or _counted_under_a_warning(sentence) >= PITCH:
        return False
    return title_reach.covers(head) or leads.warned_above(head)


def _counted_under_a_warning(sentence: str) -> int:
    """The cues that still count under a warning: none where nothing calls to act or buy
    (the claims are the scam's words, listed), else every cue besides the trade's words: a
    warning line above 零风险，月入过万，宝妈优先，刷单返利，私信领取 hides no pitch (review 18)."""
    others = other_cue_count(sentence)  # (read once: the claims are a part of them)
    return others if others > claim_cue_count(sentence) else 0


class _TitleReach:
    """Where a warning title reaches in the body: its first block, or nowhere (警惕刷单返利诈骗
    above 刷单返利，日赚300元: review 14).  Found once per field, when first asked: asked per
    sentence, 240,000 characters took 5.8 s (review 16)."""

    def __init__(self, run: Run, view: FieldView) -> None:
        self._run, self._view = run, view
        self._reach: int | None = None

    def covers(self, head: int) -> bool:
        """Whether the sentence at ``head`` stands under the warning title."""
        if self._reach is None:
            self._reach = self._find()
        return head < self._reach

    def _find(self) -> int:
        if self._view.spec.name != "body":
            return -1
        title = fold(self._run.post.title or "").text
        if not lead_warns(title, 0, len(title)):
            return -1
        folded = self._view.folded.text
        blank = folded.find("\n\n")
        return len(folded) + 1 if blank < 0 else blank + 2


def forced_engagement(run: Run, view: FieldView, acts: list[tuple[int, int, str]]) -> None:
    """Forced engagement said in a sentence of its own (:mod:`.engagement`), where no
    listed phrase (reported already by :func:`listed_terms`) stands in it."""
    if not acts:
        return
    folded = view.folded.text
    listed = Points(run.offsets("wording.forced_engagement", view.spec.name))
    for start, end in find_engagement_demands(folded, acts, _thumbs_up(view)):
        if view.in_url(start, end) or warned_against(folded, start, end):
            continue  # (“集赞送礼品”等活动多为骗局: a warning, quoted)
        o_start, o_end, shown = view.place(start, end)
        if listed.within(o_start, o_end):
            continue  # a listed phrase in it is reported already (转发后方可)
        run.add(
            "wording.forced_engagement",
            "warn",
            _TERM_MESSAGES["wording.forced_engagement"].format(
                term=as_quoted(view.spec.text[o_start:o_end])
            ),
            excerpt=shown,
            field=view.spec.name,
            offset=o_start,
        )


def _thumbs_up(view: FieldView) -> Callable[[int], bool]:
    """Whether 👍 was written right after the folded offset (spaces aside): the fold blanks
    a pictograph, or removes it between ideographs."""
    text, folded = view.spec.text, view.folded
    return lambda at: text[folded.original(at - 1) + 1 :].lstrip().startswith(_THUMBS_UP)


_THUMBS_UP = "\U0001f44d"  # 👍


def sales_contacts(run: Run, view: FieldView, colons: list[tuple[int, int, str]]) -> None:
    """Sales contacts spelled to slip past the term lists (:mod:`.contacts`): 微信 broken
    by a symbol (``加微🌟信``), a plus sign for 加 (``➕V：abc12345``), a contact word and an
    ID that sell, read from 加 or from ``colons`` (the anchors of a contact word's colon)."""
    text = view.spec.text
    folded = view.folded.text
    spans: list[tuple[int, int]] = []
    for start, end in chain(
        find_symbol_split_contacts(view.folded, text), find_id_contacts(folded, colons)
    ):
        if not view.in_url(start, end) and not warned_against(folded, start, end):
            spans.append(view.span(start, end))
    if may_hold_plus_contact(folded, text):
        spans.extend(
            (start, end)
            for start, end in find_plus_contacts(text)
            if not (
                view.folded.identity
                and (view.in_url(start, end) or warned_against(folded, start, end))
            )
        )
    if not spans:
        return
    # a listed term over the same words is reported already (加微❤信购买: 加微信购买)
    taken = Points(run.offsets("ad.wording", view.spec.name))
    for o_start, o_end in sorted(set(spans)):
        if taken.within(o_start - 6, o_end):
            continue  # (a term starts in or just before the contact: its finding says it)
        taken.add(o_start)
        term = text[o_start:o_end]
        run.add(
            "ad.wording",
            "warn",
            _TERM_MESSAGES["ad.wording"].format(term=term),
            excerpt=excerpt(text, o_start, o_end, view.masks),
            field=view.spec.name,
            offset=o_start,
        )
